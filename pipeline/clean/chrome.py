"""Find web-page chrome paragraphs that no phrase list names, from their vocabulary and shape.

The phrase rules (boilerplate.toml) remove the wordings they list and little else: on
bench/cleaning.py they recall 0.99 of the wordings they were written from but 0.38 of the
held-out wordings. This detector scores a paragraph instead: the weights of the interface words
it holds (pipeline/rules/chrome.toml) plus what its shape says (short and not a sentence,
bullets and arrows around it, all capitals, a counter such as "3/12" or "24 comments", an
@handle, a run of button names, a photo credit at its end, words to the reader, mostly names)
less what makes it prose (reported speech, quotation marks, first person, hedging clauses,
length). A paragraph that reaches the threshold, with evidence besides its shape, is chrome.
One pass over at most max_words words: linear in the paragraph's length.

How well it does is measured by bench/cleaning.py, and the figures are in the README
("Cleaning"): the honest ones are each blind set's before anyone changing this file read it.
"""

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import islice, pairwise

import regex

from pipeline.clean import rules as rule_files
from pipeline.clean.lexicon import (
    is_other_script,
    is_rare_english,
    mostly_other_script,
)
from pipeline.clean.rules import CANARY_SENTENCES, RuleError
from pipeline.tokens import ALNUM, LETTER, findall_words

RULE_FILE = "chrome.toml"
# The rule name of the paragraphs it removes, in the boilerplate stage's edits.
CHROME_RULE = "chrome_paragraph"
# Bullets, pipes and arrows that pages put around chrome labels: their presence is a feature.
UI_MARKS = "•|·›»▶►▸→>‹«<*■▪◆"
# Stripped from both ends before the shape is read; ":" and "…" end labels and teasers alike,
# so they are stripped without counting as decoration.
_STRIP = UI_MARKS + " :…-–—"
# Emoji and symbols pages put before or after labels ("🔍 Search", "📰 More stories", "✉️
# Email"): arrows (the long and circled ones too, ⟶ ⟲), technical symbols (⏯), box drawing,
# shapes, dingbats and the emoji blocks, with the variation selector that follows them. Enclosed letters (Ⓒ) and numbers (①) are
# left out.
_PICTOGRAPH = (
    "\u2190-\u21ff\u2300-\u23ff\u2500-\u27bf\u27f0-\u27ff\u2900-\u2bff\U0001f000-\U0001faff\ufe0f"
)
_PICTOGRAPH_ENDS = re.compile(f"^[{_PICTOGRAPH}\\s]+|[{_PICTOGRAPH}\\s]+$")
_LEADING_PICTOGRAPH = re.compile(f"^\\s*[{_PICTOGRAPH}]")
# ... or standing as a word of its own in a short line, where a page draws its icon: "Dark mode
# ◐", "Sections ≡ News" (the identity sign, like ☰, a menu's icon), "To the top ⇡": arrows,
# technical symbols, geometric shapes; an emoji there ends a friendly sentence ("See you soon!
# 🙂"). Glued to words it is text's ("「その他」→「ファイル」"), and between figures a change
# ("5% → 7%").
_LONE_PICTOGRAPH = re.compile(
    r"(?:^|\s)[\u2190-\u23ff\u25a0-\u25ff\u27f0-\u27ff\u2900-\u2bff≡☰]+(?:\s|$)"
)
# "Home > World", "You are here: Home / News", "News » Local » Sport", "⌂ > Sport", "Home →
# Leeds → Courts", "Home ‣ Cities", "Start ⟶ Leeds ⟶ Courts": a breadcrumb trail.
_CRUMB = "›»>→⇒⟶⟹➔➜➝➞‣❯❱⟩⟫▸"
_BREADCRUMB = re.compile(
    rf"^(?:you are here\s*:?\s*)?(?:home|⌂)\s*[{_CRUMB}/|]|^[^{_CRUMB}]{{1,30}}(?:[{_CRUMB}][^{_CRUMB}]{{1,30}}){{2,}}$",
    re.IGNORECASE,
)
# A weather widget: a place or a sky and a temperature ("Light rain 14°C", "Lyon 21 °F").
_WEATHER = re.compile(r"^[^\W\d_][\w .'’-]{0,30}\s-?\d{1,3}\s?°\s?[CF]?$")
# ... or a short line of readings, each temperature ending the line or a part of it ("H: 16°
# L: 9°", "Busan weather: Frost, 7°", "Breezy, 32°F, feels like 30°"); an angle is followed
# by what it measures ("a 360° view").
_READING = re.compile(r"\d(?<![\d.]\d)\d{0,2}\s?°\s?[CF]?\s*(?:[,;|/·]|$)")
# ... or one temperature with its scale anywhere in a short line that is no sentence ("Lyon
# now: 12°C and clear"): prose gives temperatures in sentences.
_TEMPERATURE = re.compile(r"\d\s?°\s?[CF]\b")
WEATHER_WORDS = 8
# A link's arrow closing a short line ("Back to the homepage >", "More on Brexit »"): pages put it
# after the text of a link or button; prose never ends so, but a quotation or title the line
# opens with the matching mark ("«Non»", "<The Palace: Jang Noksu>"). Of the 4,363 paragraphs
# of the extraction benchmark's ground-truth bodies, one short one ends so: a tool's ad.
_LINK_ARROWS = {"»": "«", "›": "‹", ">": "<", "→": "←", "▸": "◂", "►": "◄", "▶": "◀"}
# ... or a back link's arrow opening it ("« Older posts", "← Back to gallery").
_BACK_ARROWS = {opener: closer for closer, opener in _LINK_ARROWS.items()}
_WORD = regex.compile(rf"[{ALNUM}]++(?:['’.&-][{ALNUM}]++)*+|[©ⓒ]")
_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*$")
# A sentence that ends inside the paragraph: what follows it is no label ("... slogan. Video").
_INNER_SENTENCE_END = re.compile(r"[a-z]{2}[.!?][\"'”’)]*\s+\S")
# "icon-arrow-right", "fa-envelope", "chevron_down": a style sheet's name for an icon.
_CSS_NAME = re.compile(r"[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+")
# ... several of them, as a class attribute lists them ("glyphicon glyphicon-chevron-left"), or
# a ligature icon's snake-case name ("open_in_new", "arrow_forward"): no word of prose is.
_CSS_NAMES = re.compile(r"[a-z][a-z0-9-]*(?: [a-z][a-z0-9-]*){0,3}")
_LIGATURE = re.compile(r"[a-z]+(?:_[a-z]+)+")
# A lead label and, in its group, the label before the colon or pipe ("Live: ...", "Opinion |").
_LEAD_LABEL = re.compile(r"^([^\s:|]+(?: [^\s:|]+){0,3})\s*[:|]\s+\S")
# "3/12", "4 of 20", "5 out of 9" (whole numbers: "4.5 out of 5" is a rating) and the same in
# the languages galleries are most often left in ("2 de 9", "3 von 5", "4 sur 12", "5 di 8",
# "6 van 10", "7 z 9"), "(12)", a "+5" overlay on a thumbnail, "2:35" (a duration: "4:14
# p.m." and "10:30 GMT" are times of day). Here and below, a number's first
# digit comes before the look back at what precedes it: the regex engine then fails at once on
# every other character, where opening with the look back it tested each.
_COUNTER = re.compile(
    r"\d(?<![\d.,]\d)\d{0,2}\s*(?:/|of|out of|de|von|sur|di|van|z|av|af|из|od|ze|dari|apo|από|din)\s*\d{1,3}(?![\d.,])"
    r"|\(\d{1,6}\)|^\+\d{1,3}$"
    f"|[{_PICTOGRAPH}]\\s?\\d"  # "👍 24 ❤️ 3": reactions under a story
    r"|\d(?<!\w\d)\d?:\d{2}\b(?!\s*(?:[ap]\.?m\b|[ap]\.m\.|(?-i:[A-Z]{2,4})\b))"
    r"|\d(?<![\w.]\d)(?:\.\d{1,2})?[x×](?!\w)",  # a playback rate, x or the multiplication sign: "1.5x"
    re.IGNORECASE,
)
# A gallery's counter opening a caption ("Image 4 of 7: Lawmakers leave ..."), or a counted
# noun and its index and nothing else ("Slide 10", "Photo #3").
_GALLERY_LEAD = re.compile(
    r"^([^\W\d_]+)\s+#?\d{1,3}(?:\s*(?:/|of)\s*\d{1,3}\s*[:|.—–-](?=\s)|$)", re.IGNORECASE
)
_DIGIT = re.compile(r"\d")
# A number as a counter line writes it, a playback rate included ("12", "1.25x").
_NUMERIC = re.compile(r"\d+(?:\.\d+)?x?")
# A number and the word after it: "24 comments", "3,000 views", "1.2K likes", "5 min", "12
# more photos".
_NUMBER_THEN_WORD = re.compile(
    r"\d(?<![\d.,]\d)(?:[\d,]|\.\d)*\s*[kKmM]?\s+(?:more\s+)?([^\W\d_]+)"
)
# A small whole number and the word after it: "30 pictures" ("4K video" is a format).
_COUNT_THEN_WORD = re.compile(r"(?<![\w.,])\d{1,3}\s+([^\W\d_]+)")
# The words a counter line may have besides its numbers and vocabulary: "of" and its
# translations, "out", "more" and the thousands and millions of "1.2K views".
_COUNTER_GLUE = frozenset(
    ("of", "out", "k", "m", "more", "de", "von", "sur", "di", "van", "z", "av", "af", "из", "od",
     "dari", "apo", "από", "din")
)  # fmt: skip
# A menu: three or more capitalised items of one to four words (an outlet's name has four), with no digits and no
# sentence in them, split by one kind of separator ("About | Masthead | Ethics | Contact",
# "Inicio / Noticias / Lyon"; not "salt / pepper / oil").
_MENU_SEPARATORS = (" | ", " • ", " · ", " / ")
MENU_ITEMS = 3
MENU_ITEM_WORDS = 4
_MENU_ITEM = re.compile(r"[^\W\d_][^\d.!?]*")
# A kicker's label and the headline after it, the label up to eight words ("Coming up on The
# Harbour Gazette:"), before a colon, a pipe or a link's or a trail's arrow ("Top story ⟫").
_KICKER_LEAD = re.compile(
    f"^([^\\s:|{_CRUMB}]+(?: [^\\s:|{_CRUMB}]+){{0,7}})\\s*[:|{_CRUMB}]\\s+\\S"
)
# The prepositions before the outlet, place or topic a kicker names ("Latest from Sligo", "Más
# noticias de Lyon", "Leggi anche su The Courier").
_NAMING_LINKS = frozenset(
    ("on", "from", "in", "at", "of", "for", "su", "de", "di", "da", "en", "auf", "von", "aus",
     "sur", "op", "van", "dari", "z", "w", "na")
)  # fmt: skip
# A gallery's counter in any wording: a picture's noun opening a line of at most this many
# words, and two small numbers among its first words ("Foto 11 uit de reeks van 13" has seven).
GALLERY_LINE_WORDS = 12
GALLERY_HEAD_WORDS = 7
_SMALL_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?![\d.,]?\d)")
# ... or a word, the picture's index, up to two short words ("of" in the language of the page)
# and the gallery's size, and nothing else: "Picha 4 ya 11", "Litrato 2 sa 9", "Fọto 3 ni 8".
# The word, when no credit word, must be one English prints seldom: "Serves 4 to 6" is a
# recipe's, "Arsenal 2 Chelsea 1" a score.
_BARE_GALLERY_COUNT = regex.compile(
    rf"^([{LETTER}'’-]+)\s+(\d{{1,3}})\s*(?:[{LETTER}'’]{{1,4}}\s*){{1,2}}(\d{{1,3}})$"
)
# A weather widget's reading: a quantity it shows (chrome.toml's readings) in its first two words,
# then a number and its unit or a time, in a line of at most this many words ("Wind 14 km/h NE" has four).
WEATHER_READING_WORDS = 6
_MEASURE = re.compile(
    r"\d(?:[.,]\d+)?\s?(?:%|°|km/h|kmh|mph|m/s|knots?|kn|hpa|mbar|mb|mm|cm|m|ft|in|[ap]\.?m\.?)(?!\w)"
    r"|\d:\d\d",  # a tide's or the sun's time: "High tide 4:12 am", "Sunset 19:42"
    re.IGNORECASE,
)
# A line alone that is an e-mail address: a form's placeholder ("name@example.com") or a
# reporter's contact at the foot of the story.
_ADDRESS_LINE = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# A download's size closing a short line: "Download MP3 (13 MB)", "Full report (PDF, 2.4 MB)".
_FILE_SIZE = re.compile(r"\(\s*(?:[A-Z0-9]{2,4},?\s*)?\d+(?:[.,]\d+)?\s?[KMG]B\s*\)$")
# A publishing stamp: a label (chrome.toml's stamp_labels), then a date or a time of day and
# at most this many words of letters (a month, a weekday, "at", a time zone).
TIMESTAMP_WORDS = 10
TIMESTAMP_OTHER_WORDS = 4
_YEAR_OR_TIME = re.compile(
    r"(?<!\d)(?:(?:19|20)\d\d|\d{1,2}[:.h]\d\d(?:\s?[ap]\.?m\.?)?)(?!\d)", re.IGNORECASE
)
_LETTER_RUN = regex.compile(rf"[{LETTER}]{{2,}}")
# A comment's or post's age closing a short line ("Ana Ruiz · 9h ago", "3 hours ago"), or
# after the name's comma or dot without "ago" ("Posted by Ana Ruiz, 7 hrs").
_AGE = re.compile(
    r"\b\d{1,3}\s?(?:s|m|min|mins|h|hr|hrs|d|w|mo|y|secs?|seconds?|minutes?|hours?|days?"
    r"|weeks?|months?|years?)\s+ago$"
    r"|(?-i:[A-Z])[\w'’-]+\s*[,·•]\s*\d{1,3}\s?(?:m|min|mins|h|hr|hrs|d|w)$",
    re.IGNORECASE,
)
AGE_LINE_WORDS = 8
# A season and episode code before a podcast's or a series' title ("S2 E14: ...", "S02E05 |").
_EPISODE = re.compile(r"s\d{1,2}\s?e\d{1,3}", re.IGNORECASE)
# A skip length after a player's control ("Forward 15s", "Back 30 sec").
_SECONDS = re.compile(r"\d{1,3}s?|secs?|seconds")
# Words of no weight in a label of interface words ("Share this story", "Pause the video").
_LABEL_GLUE = frozenset(
    (
        "the",
        "a",
        "an",
        "to",
        "of",
        "on",
        "in",
        "for",
        "all",
        "and",
        "or",
        "this",
        "our",
        "it",
        "by",
        "with",
        "&",
    )
)
# A web address ends in a generic domain or a country's ("gazette.co.za", "nos.nl", "bbc.com").
_DOMAINS = (
    "com|org|net|edu|gov|info|io|news|co|uk|au|za|in|ca|ie|nz|my|sg|ph|gh|ng|ke|de|fr|es|it|nl"
    "|be|pl|tr|id|br|pt|ru|jp|kr|cn|ch|at|se|no|dk|fi|cz|ro|gr|hu|tv|fm|me|eu|us"
    "|ua|kz|kg|tj|uz|am|ge|az|pk|bd|lk|np|mm|th|vn|tw|hk|mx|ar|cl|pe|pg|fj|tz|ug|rw|et|eg|ma"
)
_HANDLE = re.compile(
    rf"(?<!\w)@\w{{2,}}|\bwww\.|https?://|\b[\w-]{{2,}}(?:\.[\w-]{{2,}})*\.(?:{_DOMAINS})\b"
)
_QUOTES = re.compile('[“”"„]')
_READER = frozenset(("you", "your", "you're", "you've", "you'll", "yourself"))
_FIRST_PERSON = frozenset(("i", "i'm", "i've", "i'd", "i'll", "me", "my", "myself"))
# Where a caption's credit starts: after its last sentence, a pipe or a dash.
_CREDIT_BREAK = re.compile(r"[.!?][\"'”’]?\s+|\s[|—–―⎯]\s+|\s-\s+")
_LEADING_WORD = regex.compile(rf"([{LETTER}]+)")
# What follows a credit word before the names: "Photo: X", "PHOTO/X", "Pic credit — X", "사진=X",
# "撮影・X", "PHOTO | X", and the bracket of "(FILE) AP/X".
_CREDIT_MARKS = ":/©)]=：・—–|"
_COPYRIGHT_SIGNS = frozenset("©ⓒ")  # the circled letter is what some pages print for the sign
# The parts of a line of credits and one part: a role (or two, joined by "and", "&", a slash
# or a space: "Reporter/Writer", "Additional research"), then ":" or "by", then names.
_ROLE_PARTS = re.compile(r"\s*[;|·]\s*|\.\s+")
_ROLE_CREDIT = regex.compile(
    rf"([{LETTER}]+(?:-[{LETTER}]+)?(?:(?:\s*/\s*|\s+(?:and|&)\s+|\s+)[{LETTER}]+)?)(?:\s*:\s*|\s+by\s+|(?<=[Vv][Ii][Aa])\s+)(\S.{{0,80}})$"
)
# "Photo by X", "Image provided to X", "Foto di X", "Foto von X": the word after the credit word.
# What joins two roles of one credit ("Text and photos: X").
_ROLE_JOINS = frozenset(("and", "&"))
_CREDIT_BY = frozenset(
    ("by", "courtesy", "via", "provided", "obtained", "taken", "released", "distributed",
     "from", "di", "de", "von", "par", "por", "door", "oleh", "av", "af", "przez", "bởi",
     "mula", "dari", "aus")
)  # fmt: skip
# An outlet's or agency's short code before the credit word ("ST PHOTO: X", "AFP PHOTO/X",
# "HT Photo" alone).
_CREDIT_CODE = re.compile(r"[A-Z]{2,6}$")
_BRACKETED_END = re.compile(r"[(\[（【]([^()\[\]（）【】]{2,120})[)\]）】]$")
# A credit labelled anywhere in the caption's last words: a credit word, a mark and names
# ("... /사진=Yonhap", "... 撮影・山田太郎 in fullwidth brackets", "... Nuotr. Jonas Petraitis",
# "... Pic credit — AP"), the colons of Khmer and Ethiopic among the marks. On a caption in the
# Latin script a label in another script is a credit's whatever its word ("... Jaffna. ඡායාරූපය:
# Name"): no other label comes between a caption and the names closing it.
_CREDIT_LABEL = regex.compile(rf"(?:^|(?<=[\s/(（\[【|·]))([{LETTER}]+)\s*(?:[:=：・—–.៖፦]|\s-)\s*")
_CLOSING_BRACKETS = ")]）】"
# A caption whose last sentence has ended, then one word and a colon before the names closing
# it ("... in Ibadan. Àwòrán: Name", "... Hargeisa. Sawir: Name"): when English prints that word
# seldom or never ("ata" is in its list, below zipf 4) it is another language's credit label,
# whatever the language (no paragraph of the extraction benchmark's bodies ends so; English
# ones, "His answer: Manchester United", are judged by the credit words).
_FOREIGN_CREDIT = regex.compile(rf"[.!?][\"'”’)]*\s+([{LETTER}]+)\s*[:：]\s*([^:：.!?]{{2,80}})$")
# A camera before the photographer's name ("📷 Lens: Ana Ruiz", "📸 Ana Ruiz").
_CAMERA_CREDIT = re.compile(r"[📷📸]\s*(?:[^\W\d_]+\s?:\s?)?(\S.{0,80})$")
# "EPA/Name", "NAME/Agency", "Agency / Name": two capitalised parts joined by a slash.
_SLASH_CREDIT = re.compile(r"^[\w.'’-]+(?: [\w.'’-]+){0,4} ?/ ?[\w.'’-]+(?: [\w.'’-]+){0,4}$")
# Lower-case words allowed in a credit besides names: "Photograph by X for Y", "courtesy of".
_YEAR = re.compile(r"(?:19|20)\d\d")
_CREDIT_LINKS = frozenset(("by", "for", "of", "via", "and", "the", "de", "da", "van", "von", "al"))
# ... and the common nouns of an agency's or archive's name: "MIA photo service", "Ana Ruiz /
# The Outlet archive".
_CREDIT_NOUNS = frozenset(
    ("service", "agency", "bureau", "archives", "office", "collection", "library")
)
# A credit word closing the caption after two to this many names: "... Jonas Petraitis
# nuotr.", "... Ana Ruiz photo" (the Lithuanian and the newsroom order).
MAX_NAMES_BEFORE_CREDIT = 4
# Terms of this weight or more are evidence of chrome; lighter ones (more, here, story) only
# add to the score, so a paragraph of common words is never chrome by its shape alone (the
# weight tiers of chrome.toml: 2 is "chrome-leaning").
EVIDENCE_WEIGHT = 2.0
# ... or light terms adding up to this ("Receive our top headlines every weekday morning"
# has five); chosen on dev+held-out: 4 and 5 remove the same paragraphs there.
EVIDENCE_TOTAL = 4.0
# Two button words side by side make a share bar ("Tweet Email"); one is a word.
MIN_BUTTONS = 2
# A credit names a source in a few words ("Photograph by Name Surname for The Outlet Name" has
# eight); longer text after a sentence is prose.
MAX_CREDIT_WORDS = 10
# The labelled credit is looked for in this many closing characters (ten long words), after a
# scene of at least this many words: a line that is only a credit ("Main image credit: Getty",
# "[사진=JTBC]") the extraction benchmark's annotators kept as part of the story.
CREDIT_TAIL_CHARS = 120
MIN_SCENE_WORDS = 3
# A line of this many words ending in a colon is a label ("Share this:"); longer ones
# introduce a list ("The measures include:").
SHORT_LABEL_WORDS = 3
# Credits and footers are mostly names ("Research assistance by Ana Lima."): a paragraph with
# this many capitalised words after its first, a third or more of its words, has "names"
# (held-out credit lines have 2-6 names in 5-12 words; prose sentences far fewer).
MIN_NAMES = 2
NAMES_SHARE = 3
# Sentences of this many words are as often chrome ("Link copied.", "Comments are closed.")
# as prose: they do not count as sentences.
SHORT_SENTENCE_WORDS = 4
# An all-capitals label has at least this many characters ("AD" is too short to tell).
MIN_CAPS_CHARS = 3
# A label of this many interface words and nothing else ("Now playing", "Top videos", "Show
# all replies") is chrome by its words alone; one such word is as often a heading ("Research",
# "Experience"), so it takes two.
INTERFACE_LABEL_WORDS = (2, 4)
# A label ending in "..." ("Loading...", "Please wait...") is as much a label as one ending in
# "…" when it is this short; a longer one is as often a sentence trailing off.
ELLIPSIS_LABEL_WORDS = 3
# Paragraphs whose verdict is remembered: the cleaning stages run up to four passes over an
# article, and an article has at most a few hundred paragraphs.
CACHE_SIZE = 4096
# Words whose stem is remembered: the short paragraphs of 2,000 generated news articles (those
# the detector reads) use 12,302 distinct words.
STEM_CACHE_SIZE = 16384
# A caption that ends in a credit is one or two sentences: its words cost nothing up to here
# (wire captions run to about 30 words; the bench's to about 20).
CAPTION_FREE_WORDS = 30
# Words besides the numbers and the interface vocabulary a counter line may have ("Pic 3 of 9"
# has none, "1/2 tsp ground cloves" three): more make it a recipe or a score, not a counter.
COUNTER_OTHER_WORDS = 1


@dataclass(frozen=True)
class Phrases:
    """Phrases of whole words (agencies, reporting verbs), found among a paragraph's words."""

    pattern: re.Pattern[str]  # any of them in a text of words joined by single spaces
    first_words: frozenset[str]

    def any_in(self, words: list[str]) -> bool:
        """Whether any of the phrases occurs among the words."""
        # a phrase starts at a word, so its first word must be one: most paragraphs have none
        if self.first_words.isdisjoint(words):
            return False
        return self.pattern.search(" ".join(words)) is not None


@dataclass(frozen=True)
class ChromeRules:
    """Weights, word lists and limits of the chrome detector."""

    threshold: float
    max_words: int
    free_words: int
    length_cost: float
    label_words: int
    shape: dict[str, float]
    terms: dict[tuple[str, ...], float]
    term_lengths: dict[str, tuple[int, ...]]  # first word -> lengths of its terms, longest first
    tail_terms: frozenset[tuple[str, ...]]  # credit terms, counted only in the tail
    imperatives: frozenset[str]
    buttons: frozenset[str]
    counted: frozenset[str]
    credit_words: frozenset[str]
    roles: frozenset[str]  # "Words", "Photos", "Editor": what opens a "Role: Name" credit line
    controls: frozenset[str]  # "Expand", "Close", "Replay": a page's buttons, each alone a label
    icon_parts: frozenset[str]  # "icon", "fa", "chevron": parts of an icon's style-sheet name
    kickers: frozenset[tuple[str, ...]]  # "Live", "Opinion", "Q&A": a teaser's story type, stemmed
    readings: frozenset[str]  # "humidity", "wind": what a weather widget shows, stemmed
    stamp_labels: frozenset[str]  # "updated", "published": what opens a publishing stamp, stemmed
    interface: frozenset[str]  # the single words of positive weight and the buttons
    agencies: Phrases  # any agency, stemmed, among stemmed words
    reported: Phrases  # any reporting verb, as written, among words
    examples: tuple[str, ...]
    counterexamples: tuple[str, ...]


SHAPE_FEATURES = (
    "label", "decoration", "all_caps", "lead_label", "counter", "handle", "button_run", "credit",
    "reader", "imperative", "names", "reported", "first_person", "quoted", "sentence",
    "pictograph", "interface_label", "breadcrumb", "weather", "control", "kicker", "menu", "age",
    "link_arrow", "address", "file_size", "timestamp",
)  # fmt: skip
LISTS = (
    "imperatives", "buttons", "counted", "credit_words", "roles", "agencies", "reported",
    "controls", "icon_parts", "kickers", "readings", "stamp_labels",
)  # fmt: skip


def tokens(text: str) -> list[str]:
    """The words of a text as the vocabulary is written: lower case, straight apostrophes."""
    # curly and straight apostrophes join words alike: straightening them first cuts the same
    # a Turkish dotted capital folds to "i" and a combining dot, which would split its word
    return findall_words(_WORD, text.casefold().replace("’", "'").replace("i\u0307", "i"))


@lru_cache(maxsize=STEM_CACHE_SIZE)
def stem(word: str) -> str:
    """A word without its plural ending, so one term covers "comment" and "comments"."""
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


def stems(text: str) -> list[str]:
    """The stemmed words of a text: what vocabulary terms are matched against."""
    return list(map(stem, tokens(text)))


@cache
def chrome_rules() -> ChromeRules:
    """The chrome detector's vocabulary and weights; raises RuleError naming what is wrong."""
    data = rule_files._load(RULE_FILE)
    missing = [k for k in SHAPE_FEATURES if k not in data.get("shape", {})]
    missing += [k for k in LISTS if not data.get("lists", {}).get(k)]
    if missing:
        raise RuleError(f"{RULE_FILE}: missing {', '.join(missing)}")
    terms: dict[tuple[str, ...], float] = {}
    tail_terms = set()
    for group in data["vocabulary"]:
        for term in group["terms"]:
            key = tuple(stems(term))
            if not key or key in terms:
                raise RuleError(f"{RULE_FILE}: term {term!r} is empty or listed twice")
            terms[key] = float(group["weight"])
            if group.get("where") == "tail":
                tail_terms.add(key)
    lists = data["lists"]
    for name in ("agencies", "reported"):
        if not all(map(tokens, lists[name])):
            raise RuleError(f"{RULE_FILE}: an item of {name} has no words")
    interface = {t[0] for t, w in terms.items() if len(t) == 1 and w > 0}
    interface.update(map(stem, lists["buttons"]))
    rules = ChromeRules(
        threshold=float(data["threshold"]),
        max_words=int(data["max_words"]),
        free_words=int(data["free_words"]),
        length_cost=float(data["length_cost"]),
        label_words=int(data["label_words"]),
        shape={k: float(data["shape"][k]) for k in SHAPE_FEATURES},
        terms=terms,
        term_lengths=_term_lengths(terms),
        tail_terms=frozenset(tail_terms),
        imperatives=frozenset(map(stem, lists["imperatives"])),
        buttons=frozenset(map(stem, lists["buttons"])),
        counted=frozenset(map(stem, lists["counted"])),
        credit_words=frozenset(map(stem, lists["credit_words"])),
        roles=frozenset(map(stem, lists["roles"])),
        controls=frozenset(map(stem, lists["controls"])),
        icon_parts=frozenset(lists["icon_parts"]),
        kickers=frozenset(tuple(stems(item)) for item in lists["kickers"]),
        readings=frozenset(map(stem, lists["readings"])),
        stamp_labels=frozenset(map(stem, lists["stamp_labels"])),
        interface=frozenset(interface),
        agencies=_any_phrase(" ".join(stems(item)) for item in lists["agencies"]),
        reported=_any_phrase(" ".join(tokens(item)) for item in lists["reported"]),
        examples=tuple(data.get("examples", ())),
        counterexamples=tuple(data.get("counterexamples", ())),
    )
    if not rules.examples:
        raise RuleError(f"{RULE_FILE}: needs at least one example")
    for text in (*CANARY_SENTENCES, *rules.counterexamples):
        if is_chrome(text, rules):
            raise RuleError(f"{RULE_FILE}: ordinary text {text!r} scores as chrome: lower weights")
    for text in rules.examples:
        if not is_chrome(text, rules):
            raise RuleError(f"{RULE_FILE}: example {text!r} does not score as chrome")
    return rules


def is_chrome(paragraph: str, rules: ChromeRules | None = None, tail: bool = True) -> bool:
    """Whether a paragraph is page chrome: its score reaches the threshold, on evidence.

    tail: whether it is among the article's last paragraphs, where credit lines count.
    """
    if rules is None:
        return _is_chrome_cached(paragraph, tail)
    score, evidence = chrome_score(paragraph, rules, tail)
    return evidence and score >= rules.threshold


@lru_cache(maxsize=CACHE_SIZE)
def _is_chrome_cached(paragraph: str, tail: bool) -> bool:
    """is_chrome with the rule file's rules, remembered: the cleaning passes see a paragraph
    again and again."""
    return is_chrome(paragraph, chrome_rules(), tail)


def chrome_score(paragraph: str, rules: ChromeRules, tail: bool = True) -> tuple[float, bool]:
    """(score, whether anything but the shape points to chrome) of one paragraph."""
    if paragraph.count(" ") >= rules.max_words:
        return 0.0, False  # a quick gate: most prose paragraphs stop here
    raw = tokens(paragraph)
    if not raw or len(raw) > rules.max_words:
        return 0.0, False
    words = list(map(stem, raw))
    core = paragraph.strip(_STRIP)
    if not (core[:1].isascii() and core[-1:].isascii()):  # only then can a symbol end it
        core = _PICTOGRAPH_ENDS.sub("", core).strip(_STRIP)
    if core.endswith("...") and len(words) <= ELLIPSIS_LABEL_WORDS:
        core = core.rstrip(".").strip(_STRIP)
    found = _terms(words, rules)
    if not tail:
        found -= rules.tail_terms
    weights = [rules.terms[t] for t in found]
    # The shape features that are evidence on their own.
    signals = {
        name
        for name, present in (
            ("credit", _credit_tail(core, words, rules) or (tail and _role_credit(core, rules))),
            ("button_run", _is_button_run(words, rules)),
            ("counter", _is_counter(core, words, rules)),
            ("pictograph", _has_pictograph(paragraph, words, rules)),
            ("interface_label", _is_interface_label(core, words, rules)),
            ("breadcrumb", _BREADCRUMB.search(core) is not None),
            ("weather", _is_weather(core, words) or _is_weather_reading(core, words, rules)),
            ("control", _is_control(core, words, rules)),
            ("kicker", _is_kicker(core, rules)),
            ("menu", _is_menu(core)),
            ("age", len(words) <= AGE_LINE_WORDS and _AGE.search(core) is not None),
            ("link_arrow", len(words) <= rules.label_words and _has_link_arrow(paragraph)),
            ("address", _ADDRESS_LINE.fullmatch(core) is not None),
            ("file_size", len(words) <= rules.label_words and _FILE_SIZE.search(core) is not None),
            ("timestamp", _is_timestamp(core, words, rules)),
        )
        if present
    }
    evidence = (
        max(weights, default=0) >= EVIDENCE_WEIGHT
        or sum(w for w in weights if w > 0) >= EVIDENCE_TOTAL
        or bool(signals)
    )
    if not evidence:
        return 0.0, False  # the shape alone never makes chrome: no need to read it
    features = signals | _shape(paragraph, core, raw, words, rules)
    score = sum(weights) + sum(rules.shape[f] for f in features)
    free = CAPTION_FREE_WORDS if "credit" in features else rules.free_words
    score -= rules.length_cost * max(0, len(words) - free)
    return score, True


def _has_pictograph(paragraph: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a line opens with an emoji or a symbol, or a short one without figures holds one
    as a word."""
    if paragraph.isascii():
        return False
    if _LEADING_PICTOGRAPH.match(paragraph):
        return True
    return (
        len(words) <= rules.label_words
        and not _DIGIT.search(paragraph)
        and _LONE_PICTOGRAPH.search(paragraph) is not None
    )


def _has_link_arrow(paragraph: str) -> bool:
    """Whether a line ends in the arrow of a link, or opens with a back link's, and holds no
    mark that arrow would pair with (a quotation, a title in angle brackets)."""
    opener = _LINK_ARROWS.get(paragraph.rstrip()[-1:])
    if opener is not None and opener not in paragraph:
        return True
    closer = _BACK_ARROWS.get(paragraph.lstrip()[:1])
    return closer is not None and closer not in paragraph


def _is_button_run(words: list[str], rules: ChromeRules) -> bool:
    """Whether button words make up most of a line ("Share Tweet Email", "Facebook | X")."""
    buttons = sum(map(rules.buttons.__contains__, words))
    return buttons >= MIN_BUTTONS and 2 * buttons > len(words)


def _is_interface_label(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a short label is made of interface words only ("Now playing", "Hide captions")."""
    if _SENTENCE_END.search(core):
        return False
    content = [w for w in words if w not in _LABEL_GLUE]
    low, high = INTERFACE_LABEL_WORDS
    return low <= len(content) <= high and all(map(rules.interface.__contains__, content))


def _is_control(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a line is one button ("Expand", "Replay", "Zoom in") or an icon's style-sheet name
    ("icon-arrow-right"): a page's control, which no sentence is."""
    if _LIGATURE.fullmatch(core):
        return True
    if _CSS_NAME.fullmatch(core):
        return not rules.icon_parts.isdisjoint(re.split("[-_]", core))
    if "-" in core and " " in core and _CSS_NAMES.fullmatch(core):
        # each name is an icon's: an icon part itself or holding one
        return all(not rules.icon_parts.isdisjoint(name.split("-")) for name in core.split())
    if words[0] not in rules.controls or len(words) > SHORT_LABEL_WORDS:
        return False
    return all(
        w in rules.interface or w in rules.controls or w in _LABEL_GLUE or _SECONDS.fullmatch(w)
        for w in words[1:]
    )


def _is_kicker(core: str, rules: ChromeRules) -> bool:
    """Whether a line is a teaser: a story type's kicker before a colon, pipe or arrow ("Live:
    ...", "Opinion | ...", "NEXT UP » ...") over a headline, which ends with no sentence mark;
    or a kicker alone naming its place or topic ("Latest from Sligo", "More on Brexit")."""
    if _SENTENCE_END.search(core):
        return False
    lead = _KICKER_LEAD.match(core)
    if lead is None:
        kicker, named = _kicker_words(core)
        return named and kicker in rules.kickers and not rules.interface.isdisjoint(kicker)
    return _kicker_words(lead.group(1))[0] in rules.kickers or bool(
        _EPISODE.fullmatch(lead.group(1))
    )


def _kicker_words(label: str) -> tuple[tuple[str, ...], bool]:
    """(the stemmed words of a kicker label without the outlet, place or topic it names after a
    preposition, whether it named one): "Coming up on The Harbour Gazette" is "coming up"."""
    words = label.split()
    for i in range(len(words) - 2, 0, -1):
        if words[i].casefold() in _NAMING_LINKS and all(
            w[:1].isupper() or w == "&" for w in words[i + 1 :]
        ):
            return tuple(stems(" ".join(words[:i]))), True
    return tuple(stems(label)), False


def _is_menu(core: str) -> bool:
    """Whether a line is a menu of links: short items, one kind of separator between them."""
    for separator in _MENU_SEPARATORS:
        if core.count(separator) >= MENU_ITEMS - 1:
            items = core.split(separator)
            return all(
                _MENU_ITEM.fullmatch(item.strip())
                and item.strip()[0].isupper()
                and len(item.split()) <= MENU_ITEM_WORDS
                for item in items
            )
    return False


def _terms(words: list[str], rules: ChromeRules) -> set[tuple[str, ...]]:
    """The distinct vocabulary terms among the words, longest first ("most popular", not also
    "popular"); a hyphenated word is read as its parts too ("most-shared" is "most shared"),
    and whole where a term holds it ("reject non-essential")."""
    if not any("-" in word for word in words):
        return _terms_in(words, rules)
    parts = [stem(part) for word in words for part in word.split("-") if part]
    whole = {term for term in _terms_in(words, rules) if any("-" in w for w in term)}
    spelt = [f" {' '.join(p for w in term for p in w.split('-'))} " for term in whole]
    return whole | {
        term
        for term in _terms_in(parts, rules)
        if not any(f" {' '.join(term)} " in s for s in spelt)
    }


def _terms_in(words: list[str], rules: ChromeRules) -> set[tuple[str, ...]]:
    """The terms of a list of words: one look-up per word, a few more where a term starts."""
    found: set[tuple[str, ...]] = set()
    lengths = rules.term_lengths
    if lengths.keys().isdisjoint(words):
        return found  # no word starts a term: most prose, told without a loop over its words
    covered = 0  # words before this are inside a term found already
    for i, word in enumerate(words):
        if i < covered or word not in lengths:
            continue
        for n in lengths[word]:
            key = tuple(words[i : i + n])
            if len(key) == n and key in rules.terms:
                found.add(key)
                covered = i + n
                break
    return found


def _term_lengths(terms: Iterable[tuple[str, ...]]) -> dict[str, tuple[int, ...]]:
    """For each word that starts a term, the lengths of its terms, longest first."""
    lengths: dict[str, set[int]] = {}
    for term in terms:
        lengths.setdefault(term[0], set()).add(len(term))
    return {word: tuple(sorted(found, reverse=True)) for word, found in lengths.items()}


def _any_phrase(phrases: Iterable[str]) -> Phrases:
    """The phrases as one pattern of whole words, longest first, and their first words."""
    longest_first = sorted(phrases, key=len, reverse=True)
    pattern = r"(?<![^ ])(?:" + "|".join(map(re.escape, longest_first)) + r")(?![^ ])"
    return Phrases(re.compile(pattern), frozenset(p.split(" ", 1)[0] for p in longest_first))


def _shape(
    paragraph: str, core: str, raw: list[str], words: list[str], rules: ChromeRules
) -> set[str]:
    """The shape features of a paragraph (names of rules.shape) but the credit, button run and
    counter chrome_score reads first; raw: its words as written, words: the same stemmed."""
    features = set()
    if _SENTENCE_END.search(core) or _INNER_SENTENCE_END.search(core):
        if len(words) > SHORT_SENTENCE_WORDS:
            features.add("sentence")  # it ends as a sentence, or holds one ("... slogan. Video")
    elif len(words) <= rules.label_words and (
        len(words) <= SHORT_LABEL_WORDS or not paragraph.endswith(":")
    ):
        features.add("label")  # a longer line ending in a colon introduces a list: neither
    if paragraph[:1] in UI_MARKS or paragraph.rstrip()[-1:] in UI_MARKS:
        features.add("decoration")
    if core.isupper() and len(core) >= MIN_CAPS_CHARS:
        features.add("all_caps")
    if _LEAD_LABEL.match(core):
        features.add("lead_label")
    if _HANDLE.search(core):
        features.add("handle")
    if _READER.intersection(words):
        features.add("reader")
    capitals = sum(w[:1].isupper() for w in core.split()[1:])
    if (
        capitals >= MIN_NAMES
        and NAMES_SHARE * capitals >= len(words)
        and "all_caps" not in features
    ):
        features.add("names")
    if words[0] in rules.imperatives:
        features.add("imperative")
    if rules.reported.any_in(raw):
        features.add("reported")
    if _FIRST_PERSON.intersection(words):
        features.add("first_person")
    if _QUOTES.search(paragraph):
        features.add("quoted")
    return features


def _is_weather(core: str, words: list[str]) -> bool:
    """Whether a line is a weather widget: a place or sky and a temperature, or a few readings."""
    if len(words) <= SHORT_LABEL_WORDS + 1 and _WEATHER.match(core):
        return True
    return (
        len(words) <= WEATHER_WORDS
        and "°" in core
        and not _SENTENCE_END.search(core)
        and (_READING.search(core) is not None or _TEMPERATURE.search(core) is not None)
    )


def _is_counter(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a line counts something: "3/12", "Photo 4 of 20", "(12)", "24 comments", "2:35"."""
    if not _DIGIT.search(core):
        return False  # every counter has a digit: a quick no for most lines
    gallery = _GALLERY_LEAD.match(core)
    if gallery and stem(gallery.group(1).casefold()) in rules.counted:
        return True
    if _is_gallery_count(core, words, rules) or _is_gallery_title(core, words, rules):
        return True
    other = (
        w
        for w in words
        if not _NUMERIC.fullmatch(w)
        and (w,) not in rules.terms
        and w not in rules.counted
        and w not in _COUNTER_GLUE
    )
    if len(list(islice(other, COUNTER_OTHER_WORDS + 1))) > COUNTER_OTHER_WORDS:
        return False  # a sentence with a number in it: told before the costlier searches
    return bool(_COUNTER.search(core)) or any(
        stem(m.group(1).casefold()) in rules.counted for m in _NUMBER_THEN_WORD.finditer(core)
    )


def _is_gallery_count(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a line opens with a picture's index and the gallery's size in a few words, in any
    language's wording: "Bild 1 von 10, zurück zum Artikel", "Foto ke-3 dari 38", "Image no. 4
    (of 11)", "Picha 4 ya 11"."""
    if len(words) > GALLERY_LINE_WORDS or _SENTENCE_END.search(core):
        return False
    bare = _BARE_GALLERY_COUNT.match(core)
    if bare and int(bare[2]) <= int(bare[3]):
        noun = bare[1].casefold()
        return stem(noun) in rules.credit_words or is_rare_english(noun)
    if words[0] not in rules.credit_words:
        return False
    head = " ".join(core.split()[:GALLERY_HEAD_WORDS])
    return len(_SMALL_NUMBER.findall(head)) >= 2


def _is_gallery_title(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a short line that is no sentence names a gallery by its count of pictures: "The
    week in 30 pictures", "15 images from the march"."""
    if len(words) > GALLERY_HEAD_WORDS or _SENTENCE_END.search(core):
        return False
    return any(
        (noun := stem(m.group(1).casefold())) in rules.counted and noun in rules.credit_words
        for m in _COUNT_THEN_WORD.finditer(core)
    )


def _is_weather_reading(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a line is one reading of a weather widget: "Humidity 78%", "Wind 14 km/h NE",
    "Niederschlag: 60%"."""
    if len(words) > WEATHER_READING_WORDS or rules.readings.isdisjoint(words[:2]):
        return False  # "Humidity 78%", "High tide 4:12 am"
    if _SENTENCE_END.search(core):
        return False  # "Rain fell at 3pm."
    return _MEASURE.search(core) is not None


def _is_timestamp(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether a line is when the story was published or updated, and nothing else: "Updated
    08.02.2024, 17:25 CET", "PUBLISHED SEPT. 19, 2023 · 7.50AM", "Aktualisiert am 3. Mai 2024"."""
    if len(words) > TIMESTAMP_WORDS or not core[:1].isalpha() or words[0] not in rules.stamp_labels:
        return False  # a stamp in brackets is an editor's note in the story: "(Published ...)"
    rest = core.split(None, 1)[1:]
    if not rest or _YEAR_OR_TIME.search(rest[0]) is None:
        return False
    letters = _LETTER_RUN.findall(_YEAR_OR_TIME.sub(" ", rest[0]))
    return len(letters) <= TIMESTAMP_OTHER_WORDS


def _credit_tail(core: str, words: list[str], rules: ChromeRules) -> bool:
    """Whether the text ends in a photo credit: "Photo: X", "(Agency/X)", "EPA/X", "File photo"."""
    last = words[-MAX_CREDIT_WORDS:]
    if not (
        core.endswith((")", "]"))
        or "/" in core
        or not rules.credit_words.isdisjoint(last)
        or rules.agencies.any_in(last)
        or not _COPYRIGHT_SIGNS.isdisjoint(last)
        or (not core.isascii() and any(map(is_other_script, last)))
        or _FOREIGN_CREDIT.search(core)
    ):
        return False  # no credit word, agency, slash, bracket or other script near the end
    breaks = list(_CREDIT_BREAK.finditer(core))
    # a credit may hold a pipe, a dash or a bracket itself ("Photo: Name | The Outlet",
    # "Fotografía: Name (Agency)", "... Thursday | Photo credit — Name, 2018")
    for found in breaks:
        whole = core[found.end() :].strip(" |—–-")
        if len(whole.split()) <= MAX_CREDIT_WORDS and _credit_lead(whole, rules):
            return True
    if _labelled_credit(core, rules):
        return True
    bracketed = _BRACKETED_END.search(core)
    if bracketed:
        segment = bracketed.group(1).strip()
    else:
        segment = core[breaks[-1].end() :] if breaks else core
    segment = segment.strip(" |—–-")
    parts = segment.split()
    if not parts or len(parts) > MAX_CREDIT_WORDS:
        return False
    if _credit_lead(segment, rules) or _credit_last(parts, rules):
        return True
    folded = stems(segment)
    if bracketed is not None and any(
        w in rules.credit_words and nxt == "by" for w, nxt in pairwise(folded)
    ):
        return True  # "[Harbour Gazette photo by Ana Ruiz]"
    names = re.split(r"[\s/,;]+", segment)
    if not all(_name_like(w, rules) for w in names if w):
        return False
    if _SLASH_CREDIT.match(segment) and (
        rules.agencies.any_in(folded) or any(p.isupper() for p in names if len(p) > 1)
    ):
        return True  # "EPA/Name", "NAME/Agency"; "Curitiba / Alternativa" is a place
    if len(folded) > 1 and rules.agencies.any_in(folded):
        return True  # "(Name, Agency)", "AFP via Getty Images"; a lone "Reuters" may be debris
    if (
        bracketed is not None
        and core[: bracketed.start()].rstrip().endswith((".", "!", "?"))
        and (_SLASH_CREDIT.match(segment) or rules.agencies.any_in(folded))
    ):
        return True  # "... Monday. (Name/The Outlet)", "... (AFP)"; "NEW DELHI (AP)" is a dateline
    return bracketed is not None and bool(rules.credit_words.intersection(folded))


def _labelled_credit(core: str, rules: ChromeRules) -> bool:
    """Whether a caption ends in a credit word, a mark and names in any language's typography,
    a camera and a name, or a word of no English and a colon after its last sentence: "...
    /사진=Yonhap", "... 撮影・山田太郎", "... 📷 Lens: Ana Ruiz", "... Ibadan. Àwòrán: Name"."""
    camera = _CAMERA_CREDIT.search(core)
    if camera:
        return _all_name_like(camera.group(1), rules)
    foreign = _FOREIGN_CREDIT.search(core)
    if foreign and is_rare_english(foreign[1].casefold()) and foreign[2][:1].isupper():
        scene = core[: foreign.start()]
        return len(scene.split()) >= MIN_SCENE_WORDS and _all_name_like(foreign[2], rules)
    tail = core[-CREDIT_TAIL_CHARS:]
    latin = not mostly_other_script(core)
    labels = [
        m
        for m in _CREDIT_LABEL.finditer(tail)
        if stem(m.group(1).casefold()) in rules.credit_words
        or (latin and is_other_script(m.group(1)))
    ]
    if not labels:
        return False
    label = labels[-1]
    scene = core[: len(core) - len(tail) + label.start()]
    names = tail[label.end() :].rstrip(_CLOSING_BRACKETS)
    return len(scene.split()) >= MIN_SCENE_WORDS and _all_name_like(names, rules)


def _all_name_like(text: str, rules: ChromeRules) -> bool:
    """Whether a credit's names are all name-like, and few enough for a credit."""
    names = [w for w in re.split(r"[\s/,;]+", text) if w]
    return 0 < len(names) <= MAX_CREDIT_WORDS and all(_name_like(w, rules) for w in names)


def _role_credit(core: str, rules: ChromeRules) -> bool:
    """Whether a line is credits, each part a role and names: "Words: X | Pictures: Y",
    "Story: X; Photos: Y", "Produced by X. Design by Y.", "Editor: X", "Via X"."""
    parts = _ROLE_PARTS.split(core.rstrip("."))
    for index, part in enumerate(parts):
        match = _ROLE_CREDIT.match(part)
        if match is None and index and index == len(parts) - 1:
            names = part.split()  # the outlet or place after the credits: "| Toowoomba"
        elif match is None or not set(stems(match.group(1))) - _ROLE_JOINS <= rules.roles:
            return False
        else:
            names = re.split(r"[\s/,]+", match.group(2))
        if not all(_name_like(w, rules) for w in names if w):
            return False
    return True


def _credit_lead(segment: str, rules: ChromeRules) -> bool:
    """Whether a segment opens like a credit: "Photo: X", "PHOTO/X", "Photo credit: X",
    "Picture by X", "Image courtesy of X", "File photo", "Supplied image", "© 2018 Agency",
    "ST PHOTO: X"."""
    if segment.startswith(tuple(_COPYRIGHT_SIGNS)):
        return True
    segment = segment.lstrip("([（【")  # "(FILE) AP/Name"
    first, rest = _first_word(segment)
    if stem(first) not in rules.credit_words:
        if not _CREDIT_CODE.match(segment[: len(first)]):
            return False
        first, rest = _first_word(rest)  # the credit word after the code
        return stem(first) in rules.credit_words and (not rest or rest[0] in _CREDIT_MARKS)
    if rest[:1] and rest[0] in _CREDIT_MARKS:
        return True
    second, rest = _first_word(rest)
    if second in _CREDIT_BY:
        return True
    if stem(second) not in rules.credit_words:
        return False
    third, _ = _first_word(rest)
    marked = bool(rest) and rest[0] in _CREDIT_MARKS
    return marked or third in _CREDIT_BY or not rest  # "File photo", "Supplied image"


def _credit_last(parts: list[str], rules: ChromeRules) -> bool:
    """Whether a caption's last segment is names and a credit word: "Jonas Petraitis nuotr.",
    "Ana Ruiz photo"."""
    *before, last = [p.strip(".,") for p in parts]
    return (
        MIN_NAMES <= len(before) <= MAX_NAMES_BEFORE_CREDIT
        and stem(last.casefold()) in rules.credit_words
        and all(_name_like(w, rules) for w in before)
    )


def _first_word(text: str) -> tuple[str, str]:
    """(first word in lower case, the text after it without leading spaces)."""
    match = _LEADING_WORD.match(text)
    if not match:
        return "", text
    return match.group(1).casefold(), text[match.end() :].lstrip()


def _name_like(word: str, rules: ChromeRules) -> bool:
    """Whether a word can stand in a credit: a name, an agency, a link word ("by", "via")."""
    folded = word.casefold()
    return (
        word[:1].isupper()
        or _YEAR.fullmatch(word) is not None  # "Photo: Ana Ruiz, 2018"
        or stem(folded) in rules.credit_words  # "Name, The Outlet staff", "Agency pool"
        or word[:1] in "(©"
        or (word[:1].isalpha() and not word[:1].islower())  # a script without capitals: "山田"
        or folded in _CREDIT_LINKS
        or folded in _CREDIT_NOUNS
        or rules.agencies.pattern.fullmatch(folded) is not None
    )
