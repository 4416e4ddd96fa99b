"""Coordinated lists of names: the items of "A, B's unit C, its director D and E".

Sanctions and designations name their targets in long lists of companies, banks, people and
groups that no lexicon knows ("designated Affiliates International, Akhtar and Sons and
Rockside Enterprise, all based in Karachi, for ..."). This module cuts such a list into its
items and keeps the ones that are names; what each name is (a state, a known organization, or
a new name) is for the caller to say.

The words that end a list and the words a name may hold in lower case are data
(patterns.toml [lists]).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.lexicon import load_lexicon


@dataclass(frozen=True)
class Item:
    """One item of a list: its text as named (``name``) and its span in the text."""

    name: str
    start: int
    end: int


@cache
def _grammar() -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    lists = load_lexicon().patterns["lists"]
    stops = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lists["stops"])
    end = re.compile(
        r";|:|\s[—–-]\s"
        r"|(?<!\b[A-Z])(?<!\bCo)(?<!\bInc)(?<!\bLtd)(?<!\bCorp)\.(?:\s|$)"  # not "U.S. Arms Co."
        rf"|\s+(?<!\bwell\s)(?:{stops})\b(?!\s+well\s+as\b)",  # "as", not "as well as"
        re.I,
    )
    split = re.compile(
        r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s+"
        r"|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
    )
    lowers = frozenset(w.lower() for w in lists["name_words"])
    return end, split, lowers, frozenset(lists["not_describing"])


_OWNER = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+")
_LEAD = re.compile(r"^(?:the|its|their|his|her|a|an)\s+", re.I)
_TRAILING_NAME = re.compile(r"\s((?:[A-Z][\w.&'’-]*\s+){0,3}[A-Z][\w.&'’-]*)$")
_WORD = re.compile(r"[^\s]+")
_ABBREVIATION = re.compile(r"(?:\b(?:Co|Inc|Ltd|Corp|Bhd|Pty|Plc)|\b[A-Z])\.$")


def _described(prefix: list[str]) -> bool:
    """Whether lower-case ``prefix`` words only describe the name after them (nouns and
    adjectives: "state oil company", "its head"), with no preposition or participle."""
    return 0 < len(prefix) <= 4 and not any(
        w in _grammar()[3] or w.endswith("ed") or not w.isalpha() for w in prefix
    )


def list_items(text: str, start: int, end: int | None = None) -> list[Item]:
    """The name items of the coordinated list that opens ``text[start:end]``.

    The list ends at a clause boundary, a full stop or a word that opens what follows it
    ("as", "for", "under", ...). Items that describe rather than name ("a unit of X", "all
    based in Karachi") are left out; an owner before a name ("Venezuela's Tren de Aragua")
    and a title before a person stay out of the name only when they are a possessive.

    Example:
        >>> t = "It listed Affiliates International, the Gulf Cartel and Li Wei, its head, for it."
        >>> [i.name for i in list_items(t, len("It listed "))]
        ['Affiliates International', 'Gulf Cartel', 'Li Wei']
        >>> [i.name for i in list_items("sanctions on Venezuela's Tren de Aragua.", 13)]
        ['Tren de Aragua']
    """
    stop, split, lowers, _ = _grammar()
    hi = len(text) if end is None else end
    cut = stop.search(text, start)
    region_end = min(cut.start(), hi) if cut else hi
    region = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text[start:region_end])
    items: list[Item] = []
    pos = 0
    said = (
        cut is not None
        and cut.start() <= hi + 1
        and re.match(r"\s+(?:said|says|saying|added|told)\b", cut.group(), re.I)
    )
    pieces = split.split(region)
    if said and len(pieces) > 1:
        pieces = pieces[:-1]  # "on A and B, Foreign Minister Wang Yi said": the speaker
    for piece in pieces:
        at = region.find(piece, pos)
        pos = at + len(piece)
        raw = piece.strip()
        if not raw:
            continue
        lead = len(piece) - len(piece.lstrip())
        name = _LEAD.sub("", raw)
        owner = _OWNER.match(name)
        if owner:
            name = name[owner.end() :]
        if not name[:1].isupper():
            trailing = _TRAILING_NAME.search(" " + name)  # "state oil company PDVSA", "its
            prefix = name[: trailing.start(1) - 1].split() if trailing else []  # head Ali Omar"
            if trailing is None or not _described(prefix):
                continue  # (not "all based in Karachi": a place in a description)
            name = trailing.group(1)
        name = name.rstrip(" ,'’\"”")
        if name.endswith(".") and not _ABBREVIATION.search(name):
            name = name[:-1]  # the sentence's full stop, not "Co."
        words = _WORD.findall(name)
        if not words or len(words) > 8 or len(name) < 3:
            continue
        if not all(w[:1].isupper() or w[:1].isdigit() or w.lower() in lowers for w in words):
            continue  # "Foreign Minister Wang Yi said": a clause, not a name
        if not (words[-1][:1].isupper() or words[-1][:1].isdigit()):
            continue
        s0 = start + at + lead + raw.find(name)
        items.append(Item(name, s0, s0 + len(name)))
    return items
