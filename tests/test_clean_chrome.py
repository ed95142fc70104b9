"""The generic chrome detector: wordings no phrase list names go, real prose of any length stays."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from pipeline.clean import rules as rules_module
from pipeline.clean.boilerplate import strip_boilerplate
from pipeline.clean.chrome import CHROME_RULE, chrome_rules, is_chrome
from pipeline.clean.rules import RuleError, rules_version
from pipeline.clean.text import apply_edits

BEFORE = "The minister said on Thursday that talks with the union would continue next week."
AFTER = "Prices rose 3% in March, the statistics office said, the fastest pace in a year."

# Chrome worded unlike any phrase rule: each one must be taken out by the detector itself.
CHROME_LINES = [
    # skip links
    "Skip to footer navigation",
    "Jump to the main story",
    "Return to top of page ↑",
    # galleries
    "8 photos",
    "Open gallery (14 images)",
    "Picture 4 out of 11",
    # captions with their credit
    "Residents queue for water in the old port. REUTERS/Ibrahim Saleh",
    "The president waves to supporters | Photo credit: Jorge Luis/EFE",
    "Tourists crowd the town square. Image courtesy of the City Tourist Board",
    "Crews clear snow from the runway. Photo credit: Ana Ruiz | The Valley Courier",
    "Crews clear snow from the runway. AFP PHOTO: ANA RUIZ",
    "Crews clear snow from the runway. (Image for representation)",
    "Crews clear snow from the runway. Cameraman: Ana Ruiz",
    "Pictured above: crews clear snow from the runway",
    # menus, ages, episodes, counters and skip lengths in other shapes
    "Home | Newsroom | Standards | Careers",
    "Accueil / Actualités / Lyon",
    "Priya Raman · 3h ago",
    "S3 E07: Why the ferry timetable keeps changing",
    "Foto 2 z 18",
    "Bild 4 av 9",
    "Viewed 41 times",
    "Rewind 10s",
    # recommendations
    "Related Reading",
    "Most Read Today",
    "ALSO SEE: Election officials brace for record turnout",
    "More coverage: Floods hit northern towns",
    "You may be interested in",
    # advertising
    "ADVERTISEMENT - CONTINUE READING BELOW",
    "Story continues below this ad",
    "Sponsored post",
    "Advertise with us",
    # sharing
    "Share on X (formerly Twitter)",
    "Follow us on Instagram and TikTok",
    "Copy article link",
    "Share Tweet Email",
    # newsletters, paywalls
    "Enter your email to get our daily briefing.",
    "You're all set! Check your inbox to confirm your subscription.",
    "You have 2 free articles left this month.",
    "Log in to continue reading",
    "Subscribe for unlimited digital access.",
    # audio
    "Audio: listen to this report",
    "Press play to listen",
    # comments
    "View all 8 replies",
    "Have your say: leave a comment below",
    "Sign in to comment",
    # republishing
    "Republished with permission from Coastal Voices.",
    "This story was published in partnership with Delta Media.",
    # emoji before a label, breadcrumbs, weather widgets
    "📌 Pinned stories from the valley",
    "⏯ Resume",
    "Home » Sport » Rugby",
    "You are here: Home / Politics",
    "Light drizzle 7°C",
    # labels of interface words only
    "Show older replies",
    "Watch latest video",
    # counters in other languages, overlays, thousands
    "Imagen 3 de 12",
    "+12",
    "4.1K likes",
    "See 8 more pictures",
    # lines of credits at the end
    "Text: Lena Park | Photography: Omar Haddad",
    "Design by Rui Costa. Data: Mina Sato",
    # vocabulary classes: ads in other languages, players, forms, legal lines
    "Werbung",
    "Buffering the stream…",
    "Fields marked * are required fields",
    "Disclaimer: the author has no ties to the firms mentioned.",
    "Text and images licensed under CC BY-SA 3.0",
    # buttons, icon names and player lines
    "Expand",
    "Replay",
    "Zoom in",
    "icon-arrow-right",
    "fa_chevron_down",
    "Loading...",
    "Current time 1:12 of 3:40",
    # comment counts and sorting, in several languages
    "12 Kommentare",
    "Comentarios (9)",
    "No comments yet",
    "Oldest first",
    # captions: notes that stand for one, credits in brackets or in other languages
    "Stock photo",
    "Representative image",
    "Crowds line the route of the parade. Supplied image",
    "A tram passes the old town hall. (Ana Lima/The Courier)",
    "Fishermen mend their nets at dawn. (AFP)",
    "Crowds wait for the parade. Bild: Keystone",
    # shapes: a link's arrow, a gallery's count in any wording, a widget's reading, an address
    # alone, a download's size, a publishing stamp
    "Tutte le notizie dal Veneto »",
    "« Older posts",
    "Kuva 2 kaikkiaan 14 kuvasta",
    "Precipitation: 40%",
    "Luftfeuchtigkeit 64 %",
    "newsdesk@harbourgazette.example",
    "Listen to the full interview (MP3, 18 MB)",
    "Last modified 4 March 2025, 09:12 GMT",
    "Aktualisiert am 3. Mai 2024, 14:05 Uhr",
    # a Turkish dotted capital, a duration before a lower-case word (no time zone)
    "İçeriğe geç",
    "Video · 1:45 remaining",
    # the classes of more wordings: a player's control, a form's field, moderation, reuse
    "Pop-out player",
    "Pflichtfeld",
    "Flag this comment",
    "Website by Harbour Digital",
    # a kicker naming its outlet, place or topic; credits joined by "and" or ending in a place
    "Coming up on The Valley Courier: Ferry timetable cut again",
    "Latest from Tampere",
    "Photos and video: Lena Park",
    "Crowds wait for the parade. Foto von Lena Park / Keystone",
    # the strings of common page templates: consent, paywall, form, embed, widget, footer
    "Save my preferences",
    "Renews automatically",
    "Thanks for signing up!",
    "View this post on Instagram",
    "Watch on YouTube",
    "Accessibility statement",
    # generalized from blind8: a breadcrumb of arrows, credits in any typography, a camera's
    # credit, a tide table, a teaser after an arrow
    "Home → Leeds → Courts",
    "⌂ › Weather",
    "Crews clear snow from the runway /사진=Yonhap",
    "Crews clear snow from the runway（撮影・山田太郎）",
    "Crews clear snow from the runway. Nuotr. Jonas Petraitis",
    "Crews clear snow from the runway. 📷 Lens: Ana Ruiz",
    "Crews clear snow from the runway. [Valley Courier photo by Ana Ruiz]",
    "Low tide 10:41 pm",
    "Related story → Ferry timetable cut again",
]

# Real news text that shares words or shape with chrome: it must stay.
PROSE_LINES = [
    # datelines and subheadings
    "BERLIN —",
    "NEW DELHI (AP) —",
    "What comes next",
    "Why it matters",
    "Three questions for the council",
    "The road ahead",
    # short quotes
    "“Follow me,” he said.",
    "“We are not going anywhere,” she told reporters.",
    "It was, she said, “a total disaster.”",
    # one-line paragraphs of prose with chrome words in them
    "The company did not respond to a request for comment.",
    "Police declined to comment on the investigation.",
    "Share prices rose 4% in early trading.",
    "The photos were taken in 2019.",
    "She posted a photo of the team on Instagram.",
    "The advertisement drew hundreds of complaints.",
    "He was promoted to sergeant in 2012.",
    "Subscribers to the service will pay more from April.",
    "The newsletter was founded by two former teachers.",
    "The comments sparked outrage online.",
    "The book was first published in 1962.",
    "The gallery reopens in May after a two-year renovation.",
    "The icon of the civil rights movement died on Sunday.",
    "Listen to the people, she urged lawmakers.",
    "Twitter, Facebook and YouTube removed the videos.",
    "Comment sections were closed in 2015.",
    "He scored 3 of the team's 5 goals.",
    "1/2 tsp ground cloves",
    "Score 4.5 out of 5",
    "10:30 a.m.",
    # weather, counts and credits in prose
    "Temperatures reached 41°C in the south on Monday, the weather service said.",
    "The team won 3 de 5 matches in Lima.",
    "Home is where the heart is",
    "Research and development",
    "Design is how it works, she told the conference.",
    "He joined the paper as a reporter in 1998 and became its editor in 2004.",
    # comments, buttons and captions in prose
    "The post drew 47 comments from readers who said the plan was unfair.",
    "Readers left 12 comments on the council's website before the vote.",
    "Close to 200 people attended the vigil on Sunday.",
    "Search continues for missing hiker",
    "Back to school",
    "He is pictured with his wife in 2019.",
    "Oil prices rose 2% on Monday (Reuters).",
    "In this photo, taken in 1962, the author is seen with his mother.",
    "The runway reopened at noon. ST Engineering said the work was done.",
    "(Graphic: Global currencies vs. dollar - here)",
    "Salt / pepper / oil",
    "Palm Bay d. Rockledge | 25-10 | 25-15",
    "He was fined 3 times",
    "The plant closed three years ago.",
    "«The Last Harbour»",
    "Photo 1 shows the roof after the storm of 2019.",
    "Wind power supplied 28% of the grid's needs last year.",
    "Updated rules for 2025 take effect on Monday at 09:00.",
    "(Published Monday, Nov. 18, 2019)",
    "Live from Paris",
    "All right, we will wait and see, the mayor said.",
    "Best value for money was the council's test.",
    "He cited the source: a memo from the minister.",
    "She lives in Leeds.",
    "Rain fell at 3pm.",
]


def _between(paragraph: str) -> str:
    return f"{BEFORE}\n\n{paragraph}\n\n{AFTER}"


@pytest.mark.parametrize("line", CHROME_LINES)
def test_unlisted_chrome_is_removed_by_the_detector(line):
    text = _between(line)
    result = strip_boilerplate(text)
    assert result.text == f"{BEFORE}\n\n{AFTER}"
    assert [(e.stage, e.rule, e.removed_text.strip()) for e in result.edits] == [
        ("boilerplate", CHROME_RULE, line)
    ]
    assert apply_edits(text, result.edits) == result.text
    assert result.byline is None


@pytest.mark.parametrize("line", PROSE_LINES)
def test_prose_that_looks_like_chrome_is_kept(line):
    text = _between(line)
    result = strip_boilerplate(text)
    assert result.text == text
    assert result.edits == ()


@pytest.mark.parametrize(
    "decorated", ["• Related Reading ›", "| RELATED READING »", "Related Reading…"]
)
def test_bullets_arrows_and_capitals_do_not_hide_a_label(decorated):
    assert is_chrome(decorated)


def test_a_sentence_with_a_word_appended_is_not_a_caption():
    """Machine-translation debris ("... rose. Photo") is left for its own stage, not taken as
    a caption that would take the sentence with it."""
    sentence = "Long-dated Treasury yields slipped as risk appetite weakened."
    for word in ("Photo", "Video", "Image", "Correspondent"):
        assert not is_chrome(f"{sentence} {word}")


def test_credit_lines_count_only_at_the_end_of_an_article():
    line = "Edited by Paul Grant"
    assert is_chrome(line, tail=True)
    assert not is_chrome(line, tail=False)
    body = [BEFORE, line, AFTER, BEFORE + " Again.", AFTER + " Again.", BEFORE + " Once more."]
    text = "\n\n".join(body)
    assert strip_boilerplate(text).text == text
    ending = "\n\n".join([*body[:1], *body[2:], line])
    assert strip_boilerplate(ending).text == "\n\n".join([*body[:1], *body[2:]])


def test_long_paragraphs_are_never_chrome():
    """Past max_words a paragraph is prose whatever its words, and is not even scored."""
    rules = chrome_rules()
    assert not is_chrome(" ".join(["Subscribe"] * (rules.max_words + 1)), rules)
    assert not is_chrome("Share this. " * 100_000, rules)


# --- the rule file --------------------------------------------------------------------------


def test_rule_file_examples_and_counterexamples_hold():
    rules = chrome_rules()
    assert rules.examples and rules.counterexamples
    assert all(is_chrome(text, rules) for text in rules.examples)
    assert not any(is_chrome(text, rules) for text in rules.counterexamples)


def test_canary_sentences_are_not_chrome():
    assert not any(is_chrome(text) for text in rules_module.CANARY_SENTENCES)


@pytest.fixture
def chrome_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A copy of the rule files the loaders read instead of the real ones."""
    for name in rules_module.RULE_FILES:
        shutil.copy(rules_module.RULES_DIR / name, tmp_path / name)
    chrome_rules.cache_clear()
    rules_version.cache_clear()
    monkeypatch.setattr(rules_module, "RULES_DIR", tmp_path)
    yield tmp_path / "chrome.toml"
    monkeypatch.undo()
    chrome_rules.cache_clear()
    rules_version.cache_clear()


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_rules_version_covers_the_chrome_file(chrome_file):
    original = rules_version()
    rules_version.cache_clear()
    _edit(chrome_file, "threshold = 3.0", "threshold = 3.5")
    assert rules_version() != original


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        ("threshold = 3.0", "threshold = 0.5", "ordinary text"),
        ('    "Share Tweet Pin Email",\n', '    "The vote was held on Monday.",\n', "example"),
        ('"slideshow",', '"slideshow", "slideshows",', "listed twice"),
        ("button_run = 3.0", "", "button_run"),
    ],
    ids=["prose-scores-as-chrome", "example-not-chrome", "duplicate-term", "missing-weight"],
)
def test_loader_refuses_a_bad_chrome_file(chrome_file, old, new, message):
    _edit(chrome_file, old, new)
    with pytest.raises(RuleError, match=message):
        chrome_rules()
