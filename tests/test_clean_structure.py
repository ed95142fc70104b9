"""The headline of a plain-text article: a first line that reads as one, and nothing else."""

import pytest

from pipeline.clean.structure import fix_structure, reads_as_headline

BODY = "The council voted on Tuesday to close the bridge for repairs until the spring."


@pytest.mark.parametrize(
    "line",
    [
        "Harbour town counts the cost of the storm",
        "Why the rail strike is far from over",
        "Mayor (and former coach) wins a second term",
    ],
)
def test_a_headline_is_taken_as_the_title(line):
    result = fix_structure(f"{line}\n\n{BODY}", None, find_title=True)
    assert result.title == line
    assert result.text == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Reviewed by: Ana Ortiz Price: $30 Details: example-audio.com",
        "Follow the builders at www.example.org for updates",
        "@harbourtown The storm season in pictures",
        "Ferry timetable changes (winter service",
        "先週、港町の市議会は、橋の修理のために春まで通行止めにすることを決めました。",
    ],
    ids=["label-pairs", "web-address", "handle", "open-bracket", "cjk-sentence"],
)
def test_a_product_box_a_social_post_or_a_sentence_is_not_a_headline(line):
    assert not reads_as_headline(line)
    result = fix_structure(f"{line}\n\n{BODY}", None, find_title=True)
    assert result.title is None
    assert result.edits == ()


def test_a_short_sentence_doubled_next_to_itself_is_taken_out_once():
    line = "A spokeswoman for the council declined to comment."
    result = fix_structure(f"{BODY}\n\n{line}\n\n{line}", BODY[:5] + " title", find_title=False)
    assert result.text == f"{BODY}\n\n{line}"
    assert [e.rule for e in result.edits] == ["repeated_paragraph"]


@pytest.mark.parametrize("line", ["Meal 1", "Step two: stir", "Ready?"])
def test_a_short_heading_or_list_line_repeated_is_kept(line):
    text = f"{BODY}\n\n{line}\n\n{line}"
    assert fix_structure(text, None, find_title=False).text == text
