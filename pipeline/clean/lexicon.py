"""Which words are English, from wordfreq's frequencies: on an English page, a short line of
other words is a label the site's template left untranslated, or a translation's leftover."""

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

import numpy as np
import regex
from wordfreq import available_languages, get_frequency_list, has_digit_sequence, read_cBpack

from pipeline.tokens import LETTER

# wordfreq's 100,000 most frequent English words reach down to zipf 1.96: the names and
# loanwords news prints are in, "fermer", "sluiten", "hyväksy" and "oldu" are not. Loading
# them takes 0.12 s of CPU and 30 MB once a process (measured with getrusage).
ENGLISH_WORDS = 100_000
# Words so common in English prose that a body without them is in another language. Of the
# extraction benchmark's ground-truth bodies, the English ones hold 0.13 or more of them (but
# a table of race results and a product list, which have no short labels to judge), the others
# 0.09 or less (a Japanese body quoting English product names).
_ENGLISH_MARKERS = frozenset(
    ("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "it", "this", "have",
     "has", "from", "by", "which", "would", "their", "they", "were", "been", "but", "not", "be")
)  # fmt: skip
MIN_ENGLISH_SHARE = 0.10
# The Latin-script languages wordfreq lists, whose words an English page can carry untranslated.
OTHER_LANGUAGES = (
    "ca", "cs", "da", "de", "es", "fi", "fil", "fr", "hu", "id", "is", "it", "lt", "lv", "ms",
    "nb", "nl", "pl", "pt", "ro", "sh", "sk", "sl", "sv", "tr", "vi",
)  # fmt: skip
# Some words of the English list are another language's, there by names and quotes: "naar",
# "tak" and "yani" are 100 times (2 zipf, 200 centibels) as frequent in Dutch, Polish and
# Turkish. Of the words English itself uses often (zipf 4.5 and up) only those about 300 times
# as frequent elsewhere count: "de" and "la" (260) do, "till" and "hat" (about 210) do not. A
# letter alone is an initial in English ("J. Smith", "Plan B"), never another language's.
OTHER_MARGIN_CB = 200
COMMON_ENGLISH_CB = 450  # zipf 4.5, in centibels below a frequency of one (9 - 4.5 zipf)
COMMON_MARGIN_CB = 250
# A sentence of one such word alone is another language's only 1,000 times (3 zipf) over:
# "Tak." and "Yani." (4.0 and 3.7) are, "Nadal." and "Oslo." (2.2 and 2.4) are names.
OUTRIGHT_MARGIN_CB = 300
# A word of this many letters or fewer that English prints below zipf 4.5 (COMMON_ENGLISH_CB)
# is no English sentence alone: the one-word replies prose prints are commoner ("No." 6.4,
# "Yes." 5.5, "Wow." 5.0); "Naw." (3.2) and "Ni." (3.9) are a translation's leftovers. Four
# letters take names and slang a page prints alone ("Oslo.", "Meth.").
SHORT_WORD_LETTERS = 3
# Words rarer than zipf 4 (500 centibels) are seldom English prose's: the companions a
# romanised particle came with on the cleaning bench ("yang" 3.9, "nan" 3.5, "loh" 2.6) are
# below it, the words a short English reply pairs with one ("thank" 5.5, "bet" 4.9) above.
RARE_ENGLISH_CB = 500
# How one writes "by" before a name in the languages above: "Von Anna Weber", "Oleh Ayu Sari".
FOREIGN_BY = frozenset(("von", "par", "door", "oleh", "di", "por", "av", "af", "przez", "bởi"))
# The lower-case words inside a name ("Pieter de Vries", "Ana da Silva", "Omar bin Said").
NAME_PARTICLES = frozenset(
    ("de", "van", "der", "den", "von", "da", "di", "del", "dos", "bin", "al")
)
# A byline names one to four people, and maybe a place after a comma ("Von Anna Weber, Köln").
MAX_BYLINE_NAME_WORDS = 4
# A line that opens with a label ("Đọc thêm: <headline>", "Texto: <name>") is this long at most:
# a headline runs to 15 words, the label to three.
MAX_LEAD_LINE_WORDS = 18
MAX_LEAD_LINE_CHARS = 300  # 18 long words; and a web address is looked for in no longer line
MAX_LEAD_LABEL_WORDS = 3
# A label is this short: the untranslated ones of news pages run one to five words ("Fermer",
# "Przejdź do treści", "Zapisz się do newslettera").
MAX_LABEL_WORDS = 6
# ... and at least half its words are not English ("Hoppa till innehåll": "till" is).
MIN_FOREIGN_SHARE = 0.5
# ... or, in a sentence naming a site, these many of its words are lower-case ones English
# prints seldom if ever: a footer in a language no list has, whose short words ("se", "la",
# "mo") the English list holds. English footers and credits around an address have none or
# one in five ("Read the full report at <site> today").
MIN_RARE_SHARE = 0.4
# A label in another script than the Latin one ("Читайте также", "相关新闻", "مشاركة") is this
# many characters at most: scripts that write no spaces make a label of few characters, and
# 40 is a headline's length. No English body of the extraction benchmark has a line mostly of
# another script. Characters are counted as they are seen: a vowel sign or a virama that
# combines with the letter before it (Tamil, Thaana, Devanagari write many) adds none.
MAX_OTHER_SCRIPT_CHARS = 40
# The script names main_script gives: the Latin letters', the one of the letters of Chinese,
# Japanese and Korean, which their pages mix (Unicode names them CJK, Hiragana, Katakana,
# Hangul, Bopomofo), and the letters whose name is no script's (a modifier letter).
LATIN = "LATIN"
_CJK = "CJK"
_CJK_NAMES = frozenset(
    ("CJK", "HIRAGANA", "KATAKANA", "KATAKANA-HIRAGANA", "HANGUL", "BOPOMOFO", "IDEOGRAPHIC")
)
_NO_SCRIPT = frozenset(("MODIFIER", "LETTER"))
# The Latin letters beyond ASCII's: Latin-1 to Extended-B, Vietnamese's, Extended-C and -D and
# the fullwidth forms. Any other letter is of another script.
_LATIN_RANGES = (
    (0x00C0, 0x024F),
    (0x1E00, 0x1EFF),
    (0x2C60, 0x2C7F),
    (0xA720, 0xA7FF),
    (0xFF21, 0xFF5A),
)
_LETTERS = regex.compile(rf"[{LETTER}]+(?:'[{LETTER}]+)*")
_DIGIT = re.compile(r"\d")
_DIGIT_OR_ACRONYM = re.compile(r"\d|\b[A-Z]{2,}\b")
# A line naming a social account or address is a credit or embed, whatever its words.
_NOT_A_LABEL = re.compile(r"@|https?:|www\.")
# A web address in a line ("zuerst bei example.com erschienen") is a name, not words of a language.
_ADDRESS = re.compile(r"\S+\.[a-z]{2,6}\b\S*")
# A label and what it introduces: "Đọc thêm: <headline>", "Simak juga | <headline>".
_LEAD_LABEL = regex.compile(rf"^([{LETTER}][^:|៖፦]{{0,40}}?)\s*[:|៖፦]\s+(\S.*)$")
# A sentence ended inside the line: prose, not a label and its headline.
_INNER_END = regex.compile(rf"[{LETTER}]{{2}}[.!?][\"'”’)]*\s+\S")
# A word of a label as written: letters, maybe an apostrophe or a hyphen, a comma or full stop.
_PLAIN_WORD = regex.compile(rf"[{LETTER}]+(?:['’-][{LETTER}]+)*[,.]?")
# What pages put around a label: bullets, arrows, an ellipsis.
_DECORATION = " •|·>→›»<‹«…*#-–—:"
# The letters of a name word, maybe hyphenated or with an apostrophe ("O'Neill", "Jean-Luc").
_NAME_WORD = regex.compile(rf"[{LETTER}]+(?:['’-][{LETTER}]+)*\.?")


def load() -> None:
    """Read the word lists now rather than at the first label that needs them."""
    english_words()
    _other_languages()


@cache
def english_words() -> frozenset[str]:
    """The English words, lower case, straight apostrophes."""
    return frozenset(_english_centibels())


def is_rare_english(word: str) -> bool:
    """Whether English prints a lower-case word seldom or never ("loh", "yang", "nan")."""
    return _english_centibels().get(word, RARE_ENGLISH_CB) >= RARE_ENGLISH_CB


def other_language_words() -> frozenset[str]:
    """The words of the English list that another language uses far more ("de", "naar", "tak")."""
    return _other_languages().owned


def is_other_language_word(word: str) -> bool:
    """Whether a word is in another language's list and not in the English one ("juga", "texto")."""
    known = _other_languages().codes
    code = hash(word)
    at = int(known.searchsorted(code))
    return at < len(known) and known[at] == code


@dataclass(frozen=True)
class OtherLanguages:
    """What the other languages' lists say of words: which are theirs rather than English's."""

    owned: frozenset[str]  # English-listed, far more frequent elsewhere: "de", "naar", "tak"
    outright: frozenset[str]  # ... 1,000 times more: a sentence alone of one is theirs ("Tak.")
    codes: np.ndarray  # sorted hashes of their words English does not list: "juga", "texto"


@cache
def _other_languages() -> OtherLanguages:
    """The other languages' lists, read once (their 750,000 words English does not list kept as
    hashes: 6 MB, where a set of strings takes 170 MB)."""
    english = _english_centibels()
    lists = available_languages("small")
    margins: dict[str, int] = {}
    codes = []
    for language in OTHER_LANGUAGES:  # read straight from the file: wordfreq would keep them all
        for centibels, bucket in enumerate(read_cBpack(lists[language])):
            for word in bucket:
                if word in english:
                    margin = english[word] - centibels
                    margins[word] = max(margin, margins.get(word, margin))
            codes.append(np.fromiter((hash(w) for w in bucket if w not in english), np.int64))
    margins = {word: margin for word, margin in margins.items() if len(word) > 1}
    return OtherLanguages(
        owned=frozenset(w for w, m in margins.items() if m >= _margin_needed(english[w])),
        outright=frozenset(w for w, m in margins.items() if m >= OUTRIGHT_MARGIN_CB),
        codes=np.unique(np.concatenate(codes)),
    )


def _margin_needed(english_cb: int) -> int:
    """How much more frequent another language must use a word this frequent in English."""
    return COMMON_MARGIN_CB if english_cb < COMMON_ENGLISH_CB else OTHER_MARGIN_CB


@cache
def _english_centibels() -> dict[str, int]:
    """The English words with their frequency, in centibels below a frequency of one."""
    ranked: dict[str, int] = {}
    for centibels, bucket in enumerate(get_frequency_list("en")):  # as wordfreq's top_n_list
        for word in bucket:
            if not has_digit_sequence(word):
                ranked.setdefault(word, centibels)
                if len(ranked) == ENGLISH_WORDS:
                    return ranked
    return ranked


def letter_words(text: str) -> list[str]:
    """The words of a text as the word list writes them: letters only, lower case."""
    return _LETTERS.findall(text.casefold().replace("’", "'").replace("i\u0307", "i"))


def is_english(text: str) -> bool:
    """Whether a text reads as English: enough of its words are the commonest English ones."""
    found = letter_words(text)
    markers = sum(map(_ENGLISH_MARKERS.__contains__, found))
    return bool(found) and markers >= MIN_ENGLISH_SHARE * len(found)


def foreign_share(found: list[str], owned: bool = True) -> float:
    """Share of the words that are not English, or (when owned) another language's far more."""
    english = english_words()
    other = other_language_words() if owned else frozenset()
    return (
        sum(word not in english or word in other for word in found) / len(found) if found else 0.0
    )


def is_foreign_label(line: str) -> bool:
    """Whether a short line of an English page is in another language: an untranslated label.

    A line of capitalised words is a name or a heading ("Michael Anastassiades", "La Liga"),
    kept, unless its words are all another language's and one is unknown to English ("Ähnliche
    Artikel", "LOMPAT KE KONTEN"), or it is in capitals and English lists none of its words
    ("KUBALI ZOTE"; a name in capitals nobody lists goes with it). A word alone that the English list has is a dateline or a
    heading ("Oslo"), and a line with a number is judged by the English list alone ("corso
    Monforte, 15, Milan").
    """
    if line.count(" ") >= MAX_LABEL_WORDS or _NOT_A_LABEL.search(line):
        return False  # a quick no for the paragraphs of prose
    if not line.isascii() and mostly_other_script(line):
        return False  # judged by other_script_label
    found = letter_words(line)
    if not 1 <= len(found) <= MAX_LABEL_WORDS:
        return False
    if _all_capitalised(line, len(found)):
        return _all_other_language(found) or (line.isupper() and _none_english(found))
    owned = len(found) > 1 and not _DIGIT.search(line)
    return foreign_share(found, owned) >= MIN_FOREIGN_SHARE


def is_foreign_lead(line: str) -> bool:
    """Whether a line of an English page is another language's label and what it introduces:
    "Đọc thêm: <headline>", "Saltar a la portada de <outlet>", "Ähnliche Artikel | <headline>".

    The label is the words before a colon or a bar, or those before the names that end the line,
    web addresses left out ("Dieser Text ist zuerst bei <site> erschienen").
    """
    if len(line) > MAX_LEAD_LINE_CHARS or line.count(" ") >= MAX_LEAD_LINE_WORDS:
        return False
    if _NOT_A_LABEL.search(line) or _INNER_END.search(line):
        return False  # an embed or a credit, or prose: a sentence ends inside
    core = line.strip(_DECORATION)
    labelled = _LEAD_LABEL.match(core)
    if labelled and not labelled[1].isascii() and mostly_other_script(labelled[1]):
        return False  # judged by other_script_label
    if labelled:
        label = letter_words(labelled[1])
        if len(label) == 1:  # a name quoting ("Mbappé: I want to stay"), but for a credit
            return _all_names(labelled[2].split()) and _unlisted_label(label)
        if len(label) > MAX_LEAD_LABEL_WORDS:
            return False
        if _all_capitalised(labelled[1], len(label)):  # a name quoting ("Ana Ruiz: We won")
            return _all_other_language(label)
        return _unlisted_label(label)
    rest = _ADDRESS.sub(" ", core)
    if rest != core and _names_a_site_in_another_language(rest):
        return True  # "Foilsíodh an t-alt seo ar dtús ar <site>.", "Мақала алғаш рет <site> ..."
    words = rest.split()
    while len(words) > 1 and words[-1][:1].isupper() and _is_name(words[-1]):
        words.pop()  # the outlet, the place, the name the label introduces
    if not 1 < len(words) <= MAX_LABEL_WORDS or not all(map(_PLAIN_WORD.fullmatch, words)):
        return False  # a product, an address, a censored word: "Satechi 72W", "Dia**** Co**"
    lead = letter_words(" ".join(words))
    return _known_foreign(lead[0]) and foreign_share(lead) >= MIN_FOREIGN_SHARE


def other_script_label(line: str) -> str | None:
    """The script of a short line, or of the label that opens it, when that is another than the
    Latin one ("Читайте также", "相关阅读: <headline>"): on a page not written in that script,
    chrome in any language."""
    if line.isascii() or line.count(" ") >= MAX_LEAD_LINE_WORDS or _NOT_A_LABEL.search(line):
        return None
    if mostly_other_script(line):
        short = line.count(" ") < MAX_LABEL_WORDS and _seen_length(line) <= MAX_OTHER_SCRIPT_CHARS
        return main_script(line) if short else None
    if _INNER_END.search(line):
        return None  # prose: a sentence ends inside
    labelled = _LEAD_LABEL.match(line.strip(_DECORATION))
    if (
        labelled
        and mostly_other_script(labelled[1])
        and _seen_length(labelled[1]) <= MAX_OTHER_SCRIPT_CHARS
    ):
        return main_script(labelled[1])
    return None


def _seen_length(text: str) -> int:
    """How many characters a text shows: the marks that combine with a letter add none."""
    return sum(not unicodedata.category(c).startswith("M") for c in text)


def _names_a_site_in_another_language(rest: str) -> bool:
    """Whether the words around a web address are another language's, of any script: a footer
    or credit naming the site ("<site> сайтында жарияланды"), not an English sentence; in a
    language no list has, most of its lower-case words are ones English prints seldom if ever
    ("Sengolwa sena se hatisitswe la pele ho <site>": "se", "la", "ho" are in its list)."""
    if not rest.isascii() and mostly_other_script(rest):
        return True
    found = letter_words(rest)
    if len(found) < 2 or _all_capitalised(rest, len(found)):
        return False
    first, *others = _LETTERS.findall(rest.replace("’", "'"))
    lower = [first.casefold()] + [w for w in others if not w[:1].isupper()]  # names aside
    rare = sum(w not in english_words() or is_rare_english(w) for w in lower)
    return foreign_share(found, owned=False) >= MIN_FOREIGN_SHARE or rare >= MIN_RARE_SHARE * len(
        found
    )


def is_foreign_byline(line: str) -> bool:
    """Whether a line is a byline in another language: "Von Anna Weber, Köln", "Oleh Ayu Sari"."""
    by, _, rest = line.strip(_DECORATION).partition(" ")
    if by.casefold() not in FOREIGN_BY:
        return False
    names, _, place = rest.partition(", ")
    name_words = names.split()
    return 1 < len(name_words) <= MAX_BYLINE_NAME_WORDS and _all_names(name_words + place.split())


def _is_name(word: str) -> bool:
    """Whether a word is written as a name: capitalised, its trailing comma or full stop aside."""
    word = word.rstrip(",.;:&")
    return (word[:1].isupper() or word in NAME_PARTICLES) and _NAME_WORD.fullmatch(word) is not None


def _all_names(words: list[str]) -> bool:
    """Whether every word of a run is written as a name: an outlet, a person, a place."""
    return bool(words) and all(map(_is_name, words))


def _known_foreign(word: str) -> bool:
    """Whether another language's list has a word and English's has not or far less ("naar")."""
    return word in other_language_words() or is_other_language_word(word)


def _all_other_language(found: list[str]) -> bool:
    """Whether words are all another language's, one at least known to it and unknown to English:
    a name the English list has ("Ángel Di María") or that no list has ("Itziar") is no label."""
    owned = other_language_words()
    return any(map(is_other_language_word, found)) and all(
        word in owned or is_other_language_word(word) for word in found
    )


def _none_english(found: list[str]) -> bool:
    """Whether no word of a line is in the English list: a label in capitals of a language no
    list has ("KUBALI ZOTE"), where a name in capitals has a word English knows ("LA LIGA")."""
    english = english_words()
    return not any(word in english for word in found)


def _unlisted_label(found: list[str]) -> bool:
    """Whether a label's words are all another language's or in no list at all, one at least
    unknown to English: "Les eisini", "Kaituhi" (languages wordfreq has no list of)."""
    english = english_words()
    owned = other_language_words()
    return any(w not in english for w in found) and all(
        w not in english or w in owned for w in found
    )


def is_foreign_fragment(sentence: str) -> bool:
    """Whether a sentence of one or two words is wholly of another language ("Oldu.", "Ipnida.").

    A number or an abbreviation in capitals makes it a table's or a score's line ("1 QH."); a
    word alone that English lists is another language's only outright ("Tak.", not "Nadal."),
    or when it is short and uncommon in English ("Ni.", not "Yes.").
    """
    if _DIGIT_OR_ACRONYM.search(sentence):
        return False
    found = letter_words(sentence)
    if not 1 <= len(found) <= 2 or _all_capitalised(sentence, len(found)):
        return False
    if len(found) == 1:
        word = found[0]
        return (
            word not in english_words()
            or word in _other_languages().outright
            or (len(word) <= SHORT_WORD_LETTERS and _english_centibels()[word] > COMMON_ENGLISH_CB)
        )
    return foreign_share(found) == 1.0


def mostly_other_script(text: str) -> bool:
    """Whether half or more of a text's letters are of another script than the Latin one."""
    letters = [ord(c) for c in text if c.isalpha()]
    return bool(letters) and 2 * sum(map(_other_script, letters)) >= len(letters)


def page_scripts(text: str) -> frozenset[str]:
    """The scripts a page is written in: that of most of its letters and that of every paragraph
    longer than a label (a page quoting an Arabic poem writes Arabic too)."""
    found = {main_script(text)}
    found.update(
        main_script(paragraph)
        for paragraph in text.split("\n\n")
        if not paragraph.isascii() and _seen_length(paragraph) > MAX_OTHER_SCRIPT_CHARS
    )
    return frozenset(found - {None})


def main_script(text: str) -> str | None:
    """The script most of a text's letters are written in ("LATIN", "CYRILLIC", "CJK"), if any."""
    if text.isascii():
        return LATIN if any(map(str.isalpha, text)) else None
    counts = Counter(_script(c) for c in text if c.isalpha())
    counts.pop(None, None)
    return counts.most_common(1)[0][0] if counts else None


@cache
def _script(letter: str) -> str | None:
    """The script of a letter, the first word of its Unicode name; Chinese, Japanese and Korean
    letters count as one script (their pages mix them), a modifier letter as none."""
    if not _other_script(ord(letter)):
        return LATIN
    parts = unicodedata.name(letter, "").split()
    if parts[:1] in (["HALFWIDTH"], ["FULLWIDTH"]):
        parts = parts[1:]
    if not parts or parts[0] in _NO_SCRIPT:
        return None
    return _CJK if parts[0] in _CJK_NAMES else parts[0]


def is_other_script(text: str) -> bool:
    """Whether a text has letters and every one is of another script than the Latin one."""
    letters = [ord(c) for c in text if c.isalpha()]
    return bool(letters) and all(map(_other_script, letters))


def _other_script(code: int) -> bool:
    """Whether a letter's code point is outside ASCII and the Latin ranges."""
    return code > 0x7F and not any(low <= code <= high for low, high in _LATIN_RANGES)


def _all_capitalised(text: str, count: int) -> bool:
    """Whether a text of several words has every word capitalised (a name, a title-case heading)."""
    return count > 1 and all(word[:1].isupper() for word in _LETTERS.findall(text))
