"""Remove the debris machine translation leaves: orphan fragments, echoed words, stray periods."""

import re
import unicodedata
from collections.abc import Callable
from functools import cache, partial

from pipeline.clean.lexicon import (
    is_english,
    is_foreign_fragment,
    is_other_script,
    is_rare_english,
    main_script,
    page_scripts,
)
from pipeline.clean.rules import MtRules, mt_rules
from pipeline.clean.text import (
    SENTENCE_END,
    Span,
    apply_edits,
    paragraphs,
    remove_paragraphs,
    sentences,
    skip_spaces,
    words,
)
from pipeline.types import Edit, StageResult

# Links, handles and hashtags are not prose: sentences holding them are never judged debris.
_LINKISH = re.compile(r"[/@#]|\bwww\.|\.(?:com|org|net)\b")
_QUOTES = frozenset('"“”«»„')
_TERMINATORS = ".!?"
_CLOSERS = ".!?\"'”’»)]…"
# Marks of the source language or its typography left at the start of a sentence ("... rose.
# ، Prices ...", "... said. 、 The"): closing and other punctuation, not an opening quote or
# bracket, a dash, a footnote star or a sign that opens a name (# @ &). A closing quotation
# mark there is stray unless it closes a quotation opened earlier in the paragraph.
# An inverted mark (¿ ¡) opens a Spanish sentence, and a low quotation mark („) a German
# quotation, only when a word follows it without a space.
# What follows the marks is a word or an opening quotation mark (". · “I love ...").
_STRAY_LEAD = re.compile(r"(?:[^\w\s\"'“‘«„(\[¿¡*#@&%†‡§¶\-–—]|[¿¡„](?=\s))+\s+(?=[\w\"“‘«„])")
# Quotation marks and brackets an echoed word comes wrapped in ("... scandal. "scandal".",
# "... governance. 【governance】", fullwidth brackets): opening, closing and initial or final
# quote punctuation, besides the straight quotes.
_WRAPPER_CATEGORIES = frozenset(("Ps", "Pe", "Pi", "Pf"))
# What ends an echo: the terminators, their ideographic forms, the full stops of other
# scripts (the danda, Myanmar's, Ethiopic's, Khmer's, Arabic's question mark, Urdu's full
# stop and the Tibetan shad), a semicolon and the ideographic and fullwidth commas ("... Browns again。", "... Xi
# Jinping. Xi Jinping;", "... on impeachment. impeachment।").
_ECHO_ENDS = ".!?。！？।॥။።។؟۔།༎;，、"
# Punctuation, and the mathematical and modifier signs that stand in for it (a fullwidth
# tilde, "^"); not other symbols (emoji, ©, currency signs), but the geometric shapes and
# stars and card suits that stand in for bullets ("▲", "◆", "■", "★", "♢").
_MARK_CATEGORIES = frozenset(("Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sk"))
_MARK_SIGNS = (
    frozenset(map(chr, range(0x25A0, 0x2600)))
    | frozenset(map(chr, range(0x2722, 0x274C)))  # the dingbat stars, asterisks and florets
    | frozenset(map(chr, range(0x2660, 0x2668)))  # the card suits, black and white
    | frozenset(map(chr, range(0x2B12, 0x2B30)))  # squares, diamonds, lozenges: "⬥", "⬦"
    | frozenset("★☆❖❦❧☙⚜⁂")
)
# Words in -ing or -ed shorter than this are no participles ("ring", "sing", "need"); the
# short participles ("led") are listed in mt_artifacts.toml.
MIN_PARTICIPLE_CHARS = 5
# An echo the sentence split cannot see: one to three words (of two letters or more: not the
# initials of "J.R.R.") again after their period (and the quotation marks closing there),
# glued to it ("Jinping.Jinping."), or after a space wrapped in quotation marks or brackets, in
# lower case or ended by a semicolon, before the next sentence ("Jinping. 「Jinping」 The",
# "Jinping. jinping", "Xi Jinping. Xi Jinping; The"). Case is ignored in the repeat, not in the
# lower-case test or the next sentence's capital. The site is the period: found by a fast
# scan, then the words before it are tried one, two and three back.
# A sentence that opens with a verb ends here: "Was held.", "Has taken place.", "Is to be
# held.", "Remains to be seen."; the words after the verb may only be lower case, so "Will
# Smith won." is a name's sentence.
SUBJECTLESS_WORDS = 4
# ... or the last word again, over and over: "... on Monday. Monday Monday Monday."
MAX_REPEATS = 6
MAX_ECHO_WORDS = 3  # "Xi Jinping. 「Xi Jinping」": the seeds' echoes are of one or two words
_OPEN_MARKS = "\"'“‘«‹„‚(\\[{（【「『〈《〔［｛〝﹁﹃❝❛⟨＂❲⦗〘"
_CLOSE_MARKS = "\"'”’»›)\\]}）】」』〉》〕］｝〞〟﹂﹄❞❜⟩＂❳⦘〙"
_AFTER_PERIOD = "[”’\"'»)\\]]*+"  # the quotation marks and brackets a sentence closes with
# A lowercase word in -ly continues the clause a wrong period broke (". apparently by", ".
# partly because"); counted in the extraction benchmark's bodies a comma comes before such a
# word 94 times in 1,111, so the repair takes the period out.
_ADVERB = re.compile(r"[a-z]{3,}ly")
# An echo may also trail off or open a list like a label ("... last week. week...", "... the
# difference. difference:", "... a cash crunch. crunch~"): a translation's ellipsis, colon or
# tilde after the repeat.
_TRAILING_MARK = r"(?:\.\.\.|[;:…~～，、])"
_ECHO_END = rf"(?:\.\.\.|[{_ECHO_ENDS}:…~～])?"
# ... or come back as a hashtag of the sentence's last words ("... the Los Angeles show.
# #AngelesShow"), the words run together.
_HASHTAG_ECHO = re.compile(rf"\.{_AFTER_PERIOD}(?P<echo>\s+#(?P<tag>[^\W\d_]{{2,}}+))(?=\s|$)")
# The text before a hashtag that holds its words: three words of a sentence are this short.
HASHTAG_LOOKBACK_CHARS = 120
_ECHO_SITE = re.compile(
    rf"\.(?<=[^\W\d_]\.)(?=[^\W\d_]|{_AFTER_PERIOD}\s+(?:[a-z{_OPEN_MARKS}]|[^\W\d_]++(?: [^\W\d_]++)*{_TRAILING_MARK}))"
)
_ECHO = re.compile(
    rf"(?<![^\W\d_])(?P<words>[^\W\d_]{{2,}}+(?: [^\W\d_]{{2,}}+)*+)\.{_AFTER_PERIOD}"
    rf"(?P<echo>(?<=\.)(?P=words){_ECHO_END}(?=\s|$)"
    rf"|\s+(?:(?:[{_OPEN_MARKS}](?P=words)[{_CLOSE_MARKS}]|(?-i:(?=[a-z]))(?P=words)){_ECHO_END}"
    rf"|(?P=words){_TRAILING_MARK})(?=\s+(?-i:[A-Z])|$))",
    re.IGNORECASE,
)
# Opening quotation marks and the closing ones that pair with them.
_OPENERS = {"“": "”", "«": "»", "„": "“"}
# A one-word sentence of a participle or an adverb ("Finished.", "Reportedly."): what is left
# of a clause whose subject and object went elsewhere.
_BARE_FORM = re.compile(r"[A-Za-z][a-z]{2,}(?:ed|ly)\.")


def strip_mt_artifacts(text: str, rules: MtRules | None = None) -> StageResult:
    """Remove sentence-level machine-translation debris, paragraph by paragraph."""
    rules = rules or mt_rules()
    spans = paragraphs(text)
    removals: dict[int, str] = {}
    edits: list[Edit] = []
    english = cache(partial(is_english, text))  # read once a sentence needs it
    scripts = cache(partial(page_scripts, text))
    for index, paragraph in enumerate(spans):
        if rules.end_of_copy.fullmatch(paragraph.text):
            removals[index] = "stray_punctuation"
            continue
        if echoes := _echoes(paragraph):
            edits.extend(echoes)  # the next pass judges the paragraph without them
            continue
        if _only_long_sentences(paragraph.text, rules):
            continue
        sents = sentences(paragraph, rules.abbreviations, rules.units)
        verdicts = _judge(sents, rules, english, scripts)
        dropped = {i: rule for i, rule in verdicts.items() if rule != "wrong_period"}
        if sents and len(dropped) == len(sents):
            removals[index] = next(iter(dropped.values()))
            continue
        edits.extend(_sentence_edits(text, sents, verdicts, rules))
        edits.extend(_stray_leads(text, sents, dropped))
    edits.extend(remove_paragraphs(text, spans, removals, "mt_artifact"))
    ordered = tuple(sorted(edits, key=lambda e: e.char_start or 0))
    return StageResult(text=apply_edits(text, ordered), edits=ordered)


def _echoes(paragraph: Span) -> list[Edit]:
    """Edits that take out the echoes the sentence split cannot see, their period kept."""
    text = paragraph.text
    edits: list[Edit] = []
    for site in _ECHO_SITE.finditer(text):
        if edits and paragraph.start + site.start() < edits[-1].char_end:
            continue  # the period ends an echo already taken
        start = site.start()
        for _ in range(MAX_ECHO_WORDS):
            start = text.rfind(" ", 0, start) + 1
            match = _ECHO.match(text, start)
            if match and match.end("words") == site.start():
                begin, end = (paragraph.start + i for i in match.span("echo"))
                edits.append(Edit("mt_artifact", "repeated_word", begin, end, match["echo"]))
                break
            if start == 0:
                break
            start -= 1  # the space before the word: the next try starts a word earlier
    return sorted(edits + _hashtag_echoes(paragraph), key=lambda e: e.char_start or 0)


def _hashtag_echoes(paragraph: Span) -> list[Edit]:
    """Edits that take out a hashtag made of the one to three words before its period."""
    text = paragraph.text
    edits: list[Edit] = []
    if "#" not in text:
        return edits
    for match in _HASHTAG_ECHO.finditer(text):
        before = words(text[max(0, match.start() - HASHTAG_LOOKBACK_CHARS) : match.start()])
        tag = match["tag"].casefold()
        if any("".join(before[-n:]).casefold() == tag for n in range(1, MAX_ECHO_WORDS + 1)):
            begin, end = (paragraph.start + i for i in match.span("echo"))
            edits.append(Edit("mt_artifact", "repeated_word", begin, end, match["echo"]))
    return edits


def _only_long_sentences(text: str, rules: MtRules) -> bool:
    """Whether no sentence of a paragraph can be debris, told cheaply from its pieces."""
    # A sentence is one or more of the pieces the end marks cut, with the first one's first
    # letter and at least its spaces: out of reach when its first piece is.
    start = 0
    for end in SENTENCE_END.finditer(text):
        piece = text[skip_spaces(text, start) : end.end()]
        if not _out_of_reach(piece, rules.max_fragment_words):
            return False
        start = end.end()
    rest = text[skip_spaces(text, start) :]
    return not rest or _out_of_reach(rest, rules.max_fragment_words)


def _out_of_reach(sentence: str, max_fragment_words: int) -> bool:
    """Whether no rule can apply: each wants a short sentence, one starting in lower case or
    one opened by a stray mark."""
    first = sentence[0]
    if first.islower() or (not first.isalnum() and _STRAY_LEAD.match(sentence)):
        return False
    return sentence.count(" ") >= max_fragment_words


def _stray_leads(text: str, sents: list[Span], dropped: dict[int, str]) -> list[Edit]:
    """Edits that take the stray marks and the space after them from the start of sentences."""
    edits = []
    for i, sent in enumerate(sents):
        if sent.text[0].isalnum() or i in dropped:
            continue
        lead = _STRAY_LEAD.match(sent.text)
        if (
            lead
            and _only_punctuation(lead.group())
            and not _closes_quotation(sents[:i], lead.group())
        ):
            end = sent.start + lead.end()
            edits.append(
                Edit("mt_artifact", "stray_punctuation", sent.start, end, text[sent.start : end])
            )
    return edits


def _judge(
    sents: list[Span],
    rules: MtRules,
    english: Callable[[], bool],
    scripts: Callable[[], frozenset[str]],
) -> dict[int, str]:
    """Which sentences of a paragraph are debris, and by which rule (english, scripts: whether
    the text is English, the scripts it is written in)."""
    verdicts: dict[int, str] = {}
    previous: Span | None = None
    for i, sent in enumerate(sents):
        rule = _rule_for(sent, previous, i == len(sents) - 1, rules, english, scripts)
        # Quoted speech is the speaker's: only a wrong period is mended inside it. Quotation
        # marks with no words between them quote nothing ("“”", "« »").
        if (
            rule not in (None, "wrong_period", "repeated_word")
            and not _QUOTES.isdisjoint(sent.text)
            and (rule != "stray_punctuation" or _closes_quotation(sents[:i], sent.text))
        ):
            rule = None
        if rule:
            verdicts[i] = rule
        if rule is None or rule == "wrong_period":
            previous = sent
    # What a wrong period cut off the front of a sentence ("Mostly. because ...") is its start,
    # not debris of its own: kept, it takes the mended period.
    for i in [i for i in verdicts if verdicts.get(i + 1) == "wrong_period"]:
        if verdicts[i] != "wrong_period":
            del verdicts[i]
    return verdicts


# A section break drawn with a letter between dashes or stars ("-x-", "*o*", "~0~").
_ORNAMENT = re.compile(r"[-–—*~]+\s?[oOxX0]\s?[-–—*~]+")
# Symbols (Unicode's So) from here on are the emoji and dingbats, which are no debris; the ones
# before stand in for a section break or a full stop ("۩", "°").
_EMOJI_START = "\u2600"


def _rule_for(
    sent: Span,
    previous: Span | None,
    last: bool,
    rules: MtRules,
    english: Callable[[], bool],
    scripts: Callable[[], frozenset[str]],
) -> str | None:
    """The debris rule a sentence falls under, or None when it is real text."""
    if _out_of_reach(sent.text, rules.max_fragment_words):
        return None
    tokens = words(sent.text)
    folded = [t.casefold() for t in tokens]
    if not tokens or (len(tokens) == 1 and _ORNAMENT.fullmatch(sent.text)):
        return "stray_punctuation" if _only_punctuation(sent.text, ornaments=True) else None
    if _LINKISH.search(sent.text) or _closes_unopened_bracket(sent.text):
        return None
    # an echo is judged first: echoed words may be of any kind ("said. «said».")
    if previous is not None and previous.text[-1] in _CLOSERS and len(tokens) <= MAX_REPEATS:
        before = [t.casefold() for t in words(previous.text)]
        joined = folded[0].split("-") if len(folded) == 1 else folded  # "Xi-Jinping."
        echoed = before[-len(joined) :] == joined and len(joined) <= MAX_ECHO_WORDS
        repeated = bool(before) and len(tokens) > 1 and set(folded) == {before[-1]}
        if (echoed or repeated) and _is_echo(sent.text):
            return "repeated_word"
    if len(tokens) <= 2 and sent.text.endswith(".") and _particles_only(tokens, folded, rules):
        return "particle"
    # a word or two of another language after a finished sentence of an English text ("Oldu.")
    if (
        len(tokens) <= 2
        and sent.text.endswith(".")
        and previous is not None
        and previous.text[-1] in _TERMINATORS
        and is_foreign_fragment(sent.text)
        and english()
    ):
        return "foreign_fragment"
    # a word or two of another script than the Latin one after a finished sentence of a page
    # not written in it, ended by that script's full stop or by nothing ("ነው።", "了。", "ค่ะ",
    # "Эдийн засаг")
    if (
        len(tokens) <= 2
        and previous is not None
        and previous.text[-1] in _CLOSERS
        and is_other_script(sent.text)
        and main_script(sent.text) not in scripts()
    ):
        return "foreign_fragment"
    # after a question the same word is an answer ("Is it over? Possibly.")
    if (
        len(tokens) == 1
        and previous is not None
        and previous.text.endswith(".")
        and _BARE_FORM.fullmatch(sent.text)
    ):
        return "subjectless"
    if (
        len(tokens) <= 3
        and all(t in rules.function_words for t in folded)
        and sent.text.endswith(".")
    ):
        return "function_words_only"
    if _is_subjectless(tokens, folded, rules) and sent.text.endswith("."):
        return "subjectless"
    if previous is None or previous.text[-1] not in _CLOSERS:
        return None
    first = tokens[0]
    if first.islower() and sent.text[0].islower() and previous.text[-1] in _TERMINATORS:
        lowered = " ".join(folded)
        if (
            (
                any(lowered.startswith(c + " ") for c in rules.conjunctions)
                or _is_participle(folded[:2], rules)
                or _ADVERB.fullmatch(folded[0]) is not None
            )
            and previous.text.endswith(".")
            and not (len(tokens) <= rules.max_fragment_words and folded[-1] in rules.open_ends)
        ):
            return "wrong_period"
        if len(tokens) <= rules.max_fragment_words:
            return "dangling_fragment"
    if (
        last
        and sent.text[-1] not in _CLOSERS + ":"
        and len(tokens) <= rules.max_orphan_words
        and first[0].isupper()
        and previous.text[-1] in _TERMINATORS
    ):
        return "orphan_word"
    return None


def _is_echo(sentence: str) -> bool:
    """Whether a sentence of echoed words is only those words: ended by a terminator (an
    ideographic one too), or wrapped whole in quotation marks or brackets (a quotation is never
    judged a repeat)."""
    if sentence[-1] in _ECHO_ENDS and not _wraps(sentence[0]):
        return _QUOTES.isdisjoint(sentence)
    core = sentence.rstrip(_ECHO_ENDS)
    return _wraps(core[:1]) and _wraps(core[-1:])


def _wraps(mark: str) -> bool:
    """Whether a character is a quotation mark or bracket, of any script's typography."""
    return mark in "\"'" or (len(mark) == 1 and unicodedata.category(mark) in _WRAPPER_CATEGORIES)


def _is_participle(folded: list[str], rules: MtRules) -> bool:
    """Whether lowercase words open a participle clause ("saying", "adding that", "backed by",
    "led by"): a past participle only before a preposition, else it may be a verb in the past
    whose subject the translation lost ("made it possible to maintain.")."""
    word = folded[0]
    if word.endswith("ing"):
        return len(word) >= MIN_PARTICIPLE_CHARS and word not in rules.ing_nouns
    past = word in rules.participles or (
        len(word) >= MIN_PARTICIPLE_CHARS and word.endswith("ed") and word not in rules.ed_words
    )
    return past and len(folded) > 1 and folded[1] in rules.participle_links


def _closes_quotation(before: list[Span], marks: str) -> bool:
    """Whether quotation marks may close a quotation the sentences before left open: a plain
    double quote after an odd number of them, or a closing mark after an unpaired opening one."""
    if not _QUOTES.intersection(marks):
        return False
    prior = "".join(sent.text for sent in before)
    if '"' in marks and prior.count('"') % 2:
        return True
    return any(
        closer in marks and prior.count(opener) > prior.count(closer)
        for opener, closer in _OPENERS.items()
    )


def _is_subjectless(tokens: list[str], folded: list[str], rules: MtRules) -> bool:
    """Whether a short sentence opens with a verb that lost its subject ("Has taken place.")."""
    if folded[0] not in rules.subjectless_verbs or len(tokens) > SUBJECTLESS_WORDS:
        return False
    return len(tokens) <= 2 or all(token.islower() for token in tokens[1:])


def _particles_only(tokens: list[str], folded: list[str], rules: MtRules) -> bool:
    """Whether a sentence of one or two words is romanised particles: each word one, or one and
    a lower-case word English seldom prints ("Loh ya.", "Sou nan."; not "Thank you.")."""
    found = [_particle(t, f, rules) for t, f in zip(tokens, folded, strict=True)]
    if all(found):
        return True
    return (
        len(tokens) == 2
        and any(found)
        and tokens[1].islower()
        and all(p or is_rare_english(f) for p, f in zip(found, folded, strict=True))
    )


def _particle(token: str, folded: str, rules: MtRules) -> bool:
    """Whether a word is a romanised particle or verb form: listed, or a stem with one of the
    listed endings (not an all-capitals abbreviation such as "PDA")."""
    if folded in rules.particles:
        return True
    return not token.isupper() and any(
        folded.endswith(ending) and len(folded) > len(ending) for ending in rules.particle_endings
    )


def _only_punctuation(text: str, ornaments: bool = False) -> bool:
    """Whether a text is nothing but punctuation marks (an emoji is not debris); ornaments: or
    the symbols and the letter between dashes a section break is drawn with, alone."""
    if ornaments and _ORNAMENT.fullmatch(text):
        return True
    return all(
        unicodedata.category(c) in _MARK_CATEGORIES
        or c.isspace()
        or c in _MARK_SIGNS
        or (ornaments and unicodedata.category(c) == "So" and c < _EMOJI_START)
        for c in text
    )


def _closes_unopened_bracket(text: str) -> bool:
    """A sentence that closes a bracket it did not open continues an earlier one ("(or 1 tsp. water)")."""
    return text.count(")") > text.count("(") or text.count("]") > text.count("[")


def _sentence_edits(
    text: str, sents: list[Span], verdicts: dict[int, str], rules: MtRules
) -> list[Edit]:
    """Edits that drop the judged sentences (with the space before them) or mend a wrong period."""
    edits = []
    last_kept: Span | None = None
    for i, sent in enumerate(sents):
        rule = verdicts.get(i)
        if rule == "wrong_period" and last_kept is not None:
            period = last_kept.end - 1
            comma = _stands_for_comma(last_kept, sent, rules)
            edits.append(
                Edit("mt_artifact", rule, period, period + 1, text[period], "," if comma else "")
            )
        elif rule and rule != "wrong_period":
            start, end = (
                (sents[i - 1].end, sent.end) if last_kept else (sent.start, sents[i + 1].start)
            )
            edits.append(Edit("mt_artifact", rule, start, end, text[start:end]))
            continue
        last_kept = sent
    return edits


def _stands_for_comma(before: Span, after: Span, rules: MtRules) -> bool:
    """Whether a wrong period replaced a comma, not a space: news prose puts a comma before a
    joining word of contrast or an aside, a relative word after a name, a coordinator before a
    new subject (the counts are in mt_artifacts.toml)."""
    join, *rest = folded = [w.casefold() for w in words(after.text)[:2]]
    if join in rules.comma_joins or _is_participle(folded, rules):
        return True
    if join in rules.coordinators:
        return bool(rest) and rest[0] in rules.clause_subjects
    if join in rules.relatives:
        previous = words(before.text)
        return len(previous) > 1 and previous[-1][:1].isupper()
    return False
