"""Cutting coordinated lists of names into their items (kg.extract.namelists)."""

from __future__ import annotations

import pytest

from kg.extract.namelists import list_items


def names(text: str) -> list[str]:
    """The names of the list that opens ``text`` after its first word."""
    return [i.name for i in list_items(text, text.index(" ") + 1)]


def test_items_keep_their_spans() -> None:
    text = "on Gold Reef Bank and Li Wei."
    items = list_items(text, 3)
    assert [text[i.start : i.end] for i in items] == ["Gold Reef Bank", "Li Wei"]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "on Gold Reef Bank, Red Mesa Holdings and Li Wei.",
            ["Gold Reef Bank", "Red Mesa Holdings", "Li Wei"],
        ),
        (
            "on the Bank of Tarsis, along with Andoria's Blue Lantern, for it.",
            ["Bank of Tarsis", "Blue Lantern"],
        ),
        (
            "on the Office of Arms (OAR), its head Omar Diallo and two aides.",
            ["Office of Arms", "Omar Diallo"],
        ),
        (
            "on Cartel del Sur as well as La Familia Roja under the act.",
            ["Cartel del Sur", "La Familia Roja"],
        ),
        ("on U.S. Arms Co. and Gold Reef Bank.", ["U.S. Arms Co.", "Gold Reef Bank"]),
    ],
)
def test_a_list_gives_each_name_it_holds(text: str, want: list[str]) -> None:
    assert names(text) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [  # descriptions, places, speakers and counts are no names
        ("on Red Mesa Holdings, a trading house based in Dubai, for it.", ["Red Mesa Holdings"]),
        ("on Red Mesa Holdings, all registered in Dubai.", ["Red Mesa Holdings"]),
        ("on Red Mesa Holdings, Minister Ana Ruiz said.", ["Red Mesa Holdings"]),
        ("on Red Mesa Holdings and three of its officers.", ["Red Mesa Holdings"]),
        ("on state oil company PDVSA and others.", ["PDVSA"]),
        ("on the country's defense sector.", []),
    ],
)
def test_a_list_leaves_out_what_only_describes(text: str, want: list[str]) -> None:
    assert names(text) == want


def test_a_list_stops_at_the_end_given() -> None:
    text = "on Gold Reef Bank and Li Wei and Red Mesa Holdings."
    assert [i.name for i in list_items(text, 3, text.index(" and Red"))] == [
        "Gold Reef Bank",
        "Li Wei",
    ]
