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
    ],
    ids=["label-pairs", "web-address", "handle", "open-bracket"],
)
def test_a_product_box_or_social_post_is_not_a_headline(line):
    assert not reads_as_headline(line)
    result = fix_structure(f"{line}\n\n{BODY}", None, find_title=True)
    assert result.title is None
    assert result.edits == ()
