"""Load the cleaning rules from pipeline/rules/*.toml once, validated and compiled."""

import hashlib
import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path

RULES_DIR = Path(__file__).resolve().parent.parent / "rules"
RULE_FILES = ("boilerplate.toml", "mt_artifacts.toml", "chrome.toml")
# A pattern that matches ordinary prose would delete real paragraphs: every pattern is tried
# on these sentences when loaded and refused if it matches one of them.
CANARY_SENTENCES = (
    "",
    "The minister said on Thursday that talks with the union would continue next week.",
    "Prices rose 3% in March, the statistics office said, the fastest pace in a year.",
)
_FLAGS = {"i": re.IGNORECASE}
# No chrome paragraph is longer: the longest patterns (a caption with its credit, a cookie
# notice) allow about 800 characters.
MAX_BOILERPLATE_CHARS = 1000
# Room for the spacing and end marks phrase_key ignores around a listed phrase.
PHRASE_SLACK = 20
# Bullets, arrows and ellipses that pages put around chrome labels ("• Share →", "READ MORE…").
DECORATION = " •|·>→›»<‹«…*#-–—:"


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

    def matches(self, paragraph: str) -> bool:
        """Whether the paragraph is this kind of boilerplate, bullets and arrows around it ignored."""
        if len(paragraph) > self.max_chars + len(DECORATION):
            return False
        core = paragraph.strip(DECORATION)
        if self.phrases and phrase_key(core) in self.phrases:
            return True
        return bool(self.pattern and self.pattern.fullmatch(core))


@dataclass(frozen=True)
class BoilerplateRules:
    """All boilerplate rules, in the order they are tried."""

    rules: tuple[ParagraphRule, ...]
    tail_paragraphs: int


@dataclass(frozen=True)
class MtRules:
    """Word lists and limits of the machine-translation debris rules."""

    abbreviations: frozenset[str]
    units: frozenset[str]
    particles: frozenset[str]
    function_words: frozenset[str]
    subjectless_verbs: frozenset[str]
    conjunctions: tuple[str, ...]
    max_fragment_words: int
    max_orphan_words: int
    examples: tuple[tuple[str, str, str], ...]
    counterexamples: tuple[tuple[str, str], ...]


def phrase_key(text: str) -> str:
    """How a paragraph is compared with a phrase list: case, spacing and end marks ignored."""
    return " ".join(text.casefold().split()).strip(" .:!»›>|-–—·•")


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
        "function_words",
        "subjectless_verbs",
        "conjunctions",
    )
    for key in words:
        if not data.get(key):
            raise RuleError(f"mt_artifacts.toml: {key} must not be empty")
    return MtRules(
        abbreviations=frozenset(data["abbreviations"]),
        units=frozenset(data["units"]),
        particles=frozenset(data["particles"]),
        function_words=frozenset(data["function_words"]),
        subjectless_verbs=frozenset(data["subjectless_verbs"]),
        conjunctions=tuple(sorted(data["conjunctions"], key=len, reverse=True)),
        max_fragment_words=int(data["max_fragment_words"]),
        max_orphan_words=int(data["max_orphan_words"]),
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
    """A fingerprint of the rule files, stored with every article they cleaned."""
    digest = hashlib.sha256()
    for file in RULE_FILES:
        digest.update((RULES_DIR / file).read_bytes())
    return digest.hexdigest()[:12]
