"""Stance extraction on short sentences written for these tests (one frame per test).

Each test names the grammar frame or lexicon class it covers; none is copied from a corpus.
"""

from __future__ import annotations

import pytest

from kg.extract import extract_text

DATELINE = "OSLO, March 14, 2025 — "


def stances(text: str) -> list[tuple[str, str, str | None]]:
    """(actor, type, target) of the stances extracted from ``text`` (after a dateline)."""
    ex = extract_text(DATELINE + text)
    return [(f.parties[0], f.type, f.target) for f in ex.facts if f.kind == "stance"]


def rules(text: str) -> list[str]:
    """The rule ids of the stances' evidence."""
    ex = extract_text(DATELINE + text)
    return [f.evidence[0].rule for f in ex.facts if f.kind == "stance"]


# -- triggers: a multiword trigger ending in a noun is still a trigger ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vietnam lodged stern representations with China over the survey ship.",
        "Vietnam lodged solemn representations with China on Monday.",
    ],
)
def test_a_trigger_phrase_ending_in_a_noun_is_no_bare_noun(text: str) -> None:
    assert stances(text) == [("VNM", "condemns", "CHN")]


def test_a_bare_noun_sharing_a_trigger_stem_is_still_no_stance() -> None:
    assert stances("The opposition leader in Poland met voters in Krakow.") == []


# -- targets: a time adverb after the named target ------------------------------------------


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Canada imposed sanctions on Belarus last year.", ("CAN", "sanctions", "BLR")),
        ("Estonia condemned Russia again on Friday.", ("EST", "condemns", "RUS")),
        ("Chile criticized Venezuela yesterday for the arrests.", ("CHL", "condemns", "VEN")),
    ],
)
def test_a_time_word_after_the_target_keeps_it_the_target(text: str, want: tuple) -> None:
    assert stances(text) == [want]


def test_a_name_modifying_a_noun_is_still_no_target() -> None:
    got = stances("Japan urged U.N. member states to enforce the embargo.")
    assert all(target.startswith("topic:") for _a, _t, target in got)
