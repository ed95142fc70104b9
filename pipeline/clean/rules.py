"""Load the cleaning rules from pipeline/rules/*.toml once, validated and compiled."""

import hashlib
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache
from importlib import metadata
from pathlib import Path
from re import _constants as sre

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
# Every rule file that shapes a stored article: the cleaner's three, the extractor's (what
# becomes the body of a page) and the URL rules (what becomes its canonical_url).
RULE_FILES = ("boilerplate.toml", "mt_artifacts.toml", "chrome.toml", "extract.toml", "urls.toml")
# The code that reads the rules shapes a body as much as they do ("is it English?" is code),
# and so do the libraries it asks: a change to any of them must re-clean a page fetched before.
CODE_DIR = RULES_DIR.parent
CODE_FILES = ("clean/*.py", "extract.py", "urls.py")
LIBRARIES = ("ftfy", "wordfreq", "beautifulsoup4", "lxml")
# A pattern that matches ordinary prose would delete real paragraphs: every pattern is tried
# on these sentences when loaded and refused if it matches one of them.
CANARY_SENTENCES = (
    "",
    "The minister said on Thursday that talks with the union would continue next week.",
    "Prices rose 3% in March, the statistics office said, the fastest pace in a year.",
)
_FLAGS = {"i": re.IGNORECASE}
_NEVER = "(?!)"  # a regex that matches nothing
# No chrome paragraph is longer: the longest patterns (a caption with its credit, a cookie
# notice) allow about 800 characters.
MAX_BOILERPLATE_CHARS = 1000
# Room for the spacing and end marks phrase_key ignores around a listed phrase.
PHRASE_SLACK = 20
# Bullets, arrows and ellipses that pages put around chrome labels ("• Share →", "READ MORE…").
DECORATION = " •|·>→›»<‹«…*#-–—:"
# The end marks phrase_key strips. It keeps every other character but spaces (case folding
# turns no character into a space or an end mark: checked on all of Unicode), so a paragraph
# keeping more of them than the longest phrase has is no phrase.
KEY_MARKS = " .:!»›>|-–—·•"
_KEPT = f"[^\\s{re.escape(KEY_MARKS)}]"
_UNKEPT = f"[\\s{re.escape(KEY_MARKS)}]"
# The only characters outside ASCII that match an ASCII letter when case is ignored (dotted
# and dotless i, long s, Kelvin sign; found by trying every character): where none occurs,
# ignoring case is lower-casing.
_ASCII_CASE_TWINS = "\u0130\u0131\u017f\u212a"
_ASCII_CASE_TWIN = re.compile(f"[{_ASCII_CASE_TWINS}]")
# Paragraphs whose first matching rule is remembered: the cleaning stages run up to four passes
# over an article (a page's second pass sees most of its paragraphs again), and an article has
# at most a few hundred paragraphs (as chrome.CACHE_SIZE).
MATCH_CACHE_SIZE = 4096


class RuleError(ValueError):
    """A rule file is malformed; the message names the file and the rule to fix."""


@dataclass(frozen=True)
class ParagraphRule:
    """A boilerplate rule: which whole paragraphs it removes."""

    name: str
    phrases: frozenset[str]
    pattern: re.Pattern[str] | None
    tail_only: bool
    keep_as: str | None
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]
    max_chars: int
    # Every paragraph the pattern matches contains one of these (lower case when the pattern
    # ignores case): a substring test rules out most paragraphs far faster than the pattern.
    needles: tuple[str, ...] = ()
    ignore_case: bool = False

    def matches(self, paragraph: str) -> bool:
        """Whether the paragraph is this kind of boilerplate, bullets and arrows around it ignored."""
        core = paragraph.strip(DECORATION)
        return self.accepts(Candidate(paragraph, core, phrase_key(core), opens=True))

    def accepts(self, candidate: "Candidate") -> bool:
        """matches(), on the forms of a paragraph that every rule compares."""
        if len(candidate.text) > self.max_chars + len(DECORATION):
            return False
        if candidate.key in self.phrases:
            return True
        if self.pattern is None:
            return False
        if self.needles:
            if not candidate.may_hold(self.needles, self.ignore_case):
                return False
        elif not candidate.opens:
            return False
        return self.pattern.fullmatch(candidate.core) is not None


class Candidate:
    """A paragraph in the forms the boilerplate rules compare, made once for all of them."""

    __slots__ = ("core", "key", "lowered", "opens", "text")

    def __init__(self, text: str, core: str, key: str | None, opens: bool) -> None:
        """The paragraph, its core, its phrase key (None: it is no phrase) and lower case, and
        whether a pattern without needles may match it (False: none of them does)."""
        self.text = text
        self.core = core
        self.key = key
        self.opens = opens
        self.lowered = _lowered(core)

    def may_hold(self, needles: tuple[str, ...], ignore_case: bool) -> bool:
        """Whether the core holds one of the needles (lower-cased ones: ignoring case)."""
        return _holds_any(self.lowered if ignore_case else self.core, needles)


@dataclass(frozen=True)
class BoilerplateRules:
    """All boilerplate rules, in the order they are tried."""

    rules: tuple[ParagraphRule, ...]
    tail_paragraphs: int

    def first_match(self, paragraph: str, in_tail: bool) -> ParagraphRule | None:
        """The first rule that matches the paragraph (tail rules only in the tail), or None."""
        if len(paragraph) > self._widest:
            return None
        return self._remembered_match(paragraph, in_tail)

    @cached_property
    def _remembered_match(self) -> Callable[[str, bool], ParagraphRule | None]:
        """_match, its answers remembered: the cleaning passes see a paragraph again and again."""
        return lru_cache(maxsize=MATCH_CACHE_SIZE)(self._match)

    def _match(self, paragraph: str, in_tail: bool) -> ParagraphRule | None:
        """first_match() of a paragraph no wider than the widest rule."""
        core = paragraph.strip(DECORATION)
        key = None if self._beyond_phrases.match(core) else phrase_key(core)
        openings = self._openings[in_tail]
        opens = openings is None or openings.fullmatch(core) is not None
        if not (
            opens
            or key in self._phrases
            or self._any_cased_needle.search(core)
            or _may_hold_folded(core, self._needles[True])
        ):
            return None  # the quick tests say no rule matches: most paragraphs end here
        candidate = Candidate(paragraph, core, key, opens)
        for rule in self.rules:
            if (in_tail or not rule.tail_only) and rule.accepts(candidate):
                return rule
        return None

    @cached_property
    def _widest(self) -> int:
        """No rule matches a paragraph longer than this."""
        return max((rule.max_chars for rule in self.rules), default=0) + len(DECORATION)

    @cached_property
    def _phrases(self) -> frozenset[str]:
        """Every rule's phrase keys."""
        return frozenset().union(*(rule.phrases for rule in self.rules))

    @cached_property
    def _beyond_phrases(self) -> re.Pattern[str]:
        """Matches a core keeping more characters in its key than the longest phrase has."""
        longest = max(map(len, self._phrases), default=0)
        return re.compile(f"(?:{_UNKEPT}*{_KEPT}){{{longest + 1}}}")

    @cached_property
    def _needles(self) -> dict[bool, tuple[str, ...]]:
        """Every rule's needles, by whether they ignore case."""
        return {
            case: tuple(n for rule in self.rules if rule.ignore_case is case for n in rule.needles)
            for case in (False, True)
        }

    @cached_property
    def _any_cased_needle(self) -> re.Pattern[str]:
        """Finds any needle of the rules that heed case: one search instead of one per needle."""
        return re.compile("|".join(map(re.escape, self._needles[False])) or _NEVER)

    @cached_property
    def _openings(self) -> dict[bool, re.Pattern[str] | None]:
        """The other patterns in one regex (None where they cannot be joined), by whether the
        paragraph is in the tail: they fail on the first characters of most paragraphs, one
        call tries them all, and the tail rules' cost nothing elsewhere."""
        if any(rule.pattern is not None and rule.pattern.groups for rule in self.rules):
            return dict.fromkeys((False, True))  # joined, group numbers would shift
        joined: dict[bool, re.Pattern[str] | None] = {}
        for in_tail in (False, True):
            parts = [
                f"(?{'i' if rule.ignore_case else ''}:{rule.pattern.pattern})"
                for rule in self.rules
                if rule.pattern is not None and not rule.needles and (in_tail or not rule.tail_only)
            ]
            try:
                joined[in_tail] = re.compile("|".join(parts) or _NEVER)
            except re.error:  # a pattern setting its own flags cannot be nested
                joined[in_tail] = None
        return joined


@dataclass(frozen=True)
class MtRules:
    """Word lists and limits of the machine-translation debris rules."""

    abbreviations: frozenset[str]
    units: frozenset[str]
    particles: frozenset[str]
    particle_endings: tuple[str, ...]  # romanised verb endings, any stem
    function_words: frozenset[str]
    subjectless_verbs: frozenset[str]
    conjunctions: tuple[str, ...]
    ing_nouns: frozenset[str]  # words ending in -ing that open no participle clause
    ed_words: frozenset[str]  # ... and in -ed
    participles: frozenset[str]  # irregular and short past participles
    participle_links: frozenset[str]  # prepositions after a past participle that opens a clause
    open_ends: frozenset[str]  # words a finished sentence does not end on
    comma_joins: frozenset[str]  # a wrong period before these replaced a comma
    relatives: frozenset[str]  # ... before these after a capitalised word
    coordinators: frozenset[str]  # ... before these when a clause subject follows
    clause_subjects: frozenset[str]
    max_fragment_words: int
    max_orphan_words: int
    end_of_copy: re.Pattern[str]  # a paragraph that is only the mark of a story's end
    examples: tuple[tuple[str, str, str], ...]
    counterexamples: tuple[tuple[str, str], ...]


def _lowered(core: str) -> str | None:
    """core in lower case, or None where ignoring case is more than lower-casing: needles
    cannot tell there."""
    if core.isascii() or not _ASCII_CASE_TWIN.search(core):  # isascii() reads a flag
        return core.lower()
    return None


def _holds_any(haystack: str | None, needles: tuple[str, ...]) -> bool:
    """Whether haystack holds one of the needles; None (case cannot be told) may hold any."""
    return haystack is None or any(map(haystack.__contains__, needles))


def _may_hold_folded(core: str, needles: tuple[str, ...]) -> bool:
    """Candidate.may_hold of lower-case needles, without making the Candidate."""
    return _holds_any(_lowered(core), needles)


def phrase_key(text: str) -> str:
    """How a paragraph is compared with a phrase list: case, spacing and end marks ignored."""
    return " ".join(text.casefold().split()).strip(KEY_MARKS)


def _compile(file: str, name: str, spec: dict) -> re.Pattern[str] | None:
    source = spec.get("pattern")
    if source is None:
        return None
    flags = 0
    for letter in spec.get("flags", ""):
        flags |= _FLAGS[letter]
    try:
        pattern = re.compile(source, flags)
    except re.error as exc:
        raise RuleError(f"{file}: rule {name!r} has a bad pattern: {exc}") from exc
    for canary in CANARY_SENTENCES:
        if pattern.fullmatch(canary):
            raise RuleError(f"{file}: rule {name!r} matches ordinary text {canary!r}: narrow it")
    return pattern


def _max_width(pattern: re.Pattern[str] | None) -> int:
    """The longest text a pattern can match (its regex's upper width bound), 0 for none."""
    if pattern is None:
        return 0
    return min(
        re._parser.parse(pattern.pattern, pattern.flags).getwidth()[1], MAX_BOILERPLATE_CHARS
    )


def _needles(pattern: re.Pattern[str] | None) -> tuple[str, ...]:
    """Strings one of which every match of a costly pattern contains; none for the others."""
    if pattern is None:
        return ()
    parsed = list(re._parser.parse(pattern.pattern, pattern.flags))
    found = _required(parsed) if _scans(parsed) else None
    if not found:
        return ()
    if pattern.flags & re.IGNORECASE:
        if not all(needle.isascii() for needle in found):
            return ()
        found = {needle.lower() for needle in found}
    # A needle holding a shorter one adds nothing: the shorter one is found first.
    return tuple(sorted(n for n in found if not any(m != n and m in n for m in found)))


def _scans(items: list) -> bool:
    """Whether a parsed regex may open with a run over any text (.{0,600}, [^.]{2,120}): such a
    pattern is tried at every place in a paragraph, the others fail on its first characters."""
    if not items:
        return False
    op, arg = items[0]
    if op is sre.SUBPATTERN:
        return _scans(list(arg[3]))
    if op is sre.BRANCH:
        return any(_scans(list(branch)) for branch in arg[1])
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _scans(list(arg[2]))
    return op is sre.ANY or op is sre.NOT_LITERAL or (op is sre.IN and arg[0][0] is sre.NEGATE)


def _required(items: list) -> set[str] | None:
    """Strings one of which every match of a parsed regex sequence contains, or None."""
    options: list[set[str]] = []
    run = ""
    for op, arg in items:
        if op is sre.LITERAL:
            run += chr(arg)
            continue
        if op is sre.AT:  # \b, ^ and $ take no characters: literals around them are adjacent
            continue
        if run:
            options.append({run})
            run = ""
        found = None
        if op is sre.SUBPATTERN and not arg[1] and not arg[2]:  # a group without its own flags
            found = _required(list(arg[3]))
        elif op is sre.BRANCH:
            branches = [_required(list(branch)) for branch in arg[1]]
            if all(branches):
                found = set().union(*branches)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and arg[0] >= 1:
            found = _required(list(arg[2]))
        elif op is sre.IN and all(kind is sre.LITERAL for kind, _ in arg):
            found = {chr(code) for _, code in arg}
        if found:
            options.append(found)
    if run:
        options.append({run})
    # The most telling option: the longest shortest string up to six characters (rarer in prose
    # the longer; past six all are rare), then the fewest strings, then the longest.
    return max(
        options, key=lambda o: (min(*map(len, o), 6), -len(o), min(map(len, o))), default=None
    )


def _load(file: str) -> dict:
    with (RULES_DIR / file).open("rb") as handle:
        return tomllib.load(handle)


@cache
def boilerplate_rules() -> BoilerplateRules:
    """The boilerplate rules, compiled; raises RuleError naming a malformed rule."""
    data = _load("boilerplate.toml")
    rules = []
    for spec in data["rule"]:
        name = spec["name"]
        phrases = frozenset(phrase_key(p) for p in spec.get("phrases", ()))
        pattern = _compile("boilerplate.toml", name, spec)
        if not phrases and pattern is None:
            raise RuleError(f"boilerplate.toml: rule {name!r} needs phrases or a pattern")
        if not spec.get("examples"):
            raise RuleError(f"boilerplate.toml: rule {name!r} needs at least one example")
        longest_phrase = max((len(p) for p in spec.get("phrases", ())), default=0)
        rules.append(
            ParagraphRule(
                name=name,
                phrases=phrases,
                pattern=pattern,
                tail_only=spec.get("where") == "tail",
                keep_as=spec.get("keep_as"),
                examples=tuple(spec["examples"]),
                counterexamples=tuple(spec.get("counterexamples", ())),
                max_chars=max(longest_phrase + PHRASE_SLACK, _max_width(pattern)),
                needles=_needles(pattern),
                ignore_case=bool(pattern and pattern.flags & re.IGNORECASE),
            )
        )
    return BoilerplateRules(tuple(rules), int(data["tail_paragraphs"]))


@cache
def mt_rules() -> MtRules:
    """The machine-translation debris word lists and limits."""
    data = _load("mt_artifacts.toml")
    words = (
        "abbreviations",
        "units",
        "particles",
        "particle_endings",
        "function_words",
        "subjectless_verbs",
        "conjunctions",
        "ing_nouns",
        "ed_words",
        "participles",
        "participle_links",
        "open_ends",
        "comma_joins",
        "relatives",
        "coordinators",
        "clause_subjects",
    )
    for key in words:
        if not data.get(key):
            raise RuleError(f"mt_artifacts.toml: {key} must not be empty")
    return MtRules(
        abbreviations=frozenset(data["abbreviations"]),
        units=frozenset(data["units"]),
        particles=frozenset(data["particles"]),
        particle_endings=tuple(data["particle_endings"]),
        function_words=frozenset(data["function_words"]),
        subjectless_verbs=frozenset(data["subjectless_verbs"]),
        conjunctions=tuple(
            sorted({*data["conjunctions"], *data["comma_joins"]}, key=len, reverse=True)
        ),
        ing_nouns=frozenset(data["ing_nouns"]),
        ed_words=frozenset(data["ed_words"]),
        participles=frozenset(data["participles"]),
        participle_links=frozenset(data["participle_links"]),
        open_ends=frozenset(data["open_ends"]),
        comma_joins=frozenset(data["comma_joins"]),
        relatives=frozenset(data["relatives"]),
        coordinators=frozenset(data["coordinators"]),
        clause_subjects=frozenset(data["clause_subjects"]),
        max_fragment_words=int(data["max_fragment_words"]),
        max_orphan_words=int(data["max_orphan_words"]),
        end_of_copy=re.compile(data["end_of_copy"], re.IGNORECASE),
        examples=tuple(
            (family["name"], before, after)
            for family in data["family"]
            for before, after in family["examples"]
        ),
        counterexamples=tuple(
            (family["name"], text)
            for family in data["family"]
            for text in family.get("counterexamples", ())
        ),
    )


@cache
def rules_version() -> str:
    """A fingerprint of the rule files, the code that applies them and the word lists it reads,
    stored with every article they shaped."""
    digest = hashlib.sha256()
    for file in RULE_FILES:
        digest.update((RULES_DIR / file).read_bytes())
    for pattern in CODE_FILES:
        for path in sorted(CODE_DIR.glob(pattern)):
            digest.update(path.read_bytes())
    for package in LIBRARIES:
        digest.update(f"{package} {metadata.version(package)}".encode())
    return digest.hexdigest()[:12]
