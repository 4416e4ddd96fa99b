"""Coordinated lists of names: the items of "A, B's unit C, its director D and E".

Sanctions and designations name their targets in long lists of companies, banks, people and
groups that no lexicon knows ("designated Affiliates International, Rockside Enterprise and
Li Wei, all based in Karachi, for ..."). This module cuts such a list into its
items and keeps the ones that are names; what each name is (a state, a known organization, or
a new name) is for the caller to say.

The words that end a list, the words a name may hold in lower case and the abbreviations whose
full stop ends no sentence are data (patterns.toml [lists]). "and" always separates two items:
"Akhtar and Sons" is read as two names.
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


@dataclass(frozen=True)
class _Grammar:
    """The list grammar of patterns.toml [lists], compiled."""

    stop: re.Pattern[str]  # what ends a list, but a full stop
    split: re.Pattern[str]  # what separates two items
    name_words: frozenset[str]  # lower-case words a name may hold
    not_describing: frozenset[str]  # words that make a prefix more than a description
    abbreviations: frozenset[str]  # words whose full stop ends no sentence


@cache
def _grammar() -> _Grammar:
    lists = load_lexicon().patterns["lists"]
    stops = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in lists["stops"])
    return _Grammar(
        stop=re.compile(
            r";|:|\s[—–-]\s"
            rf"|\s+(?<!\bwell\s)(?:{stops})\b(?!\s+well\s+as\b)"  # "as", not "as well as"
            r"|\s+for\s+(?![A-Z])"  # "for helping", "for 50 years", not "Foundation for Studies"
        ),
        split=re.compile(
            r",?\s+(?:along\s+with|as\s+well\s+as|together\s+with)\s+"
            r"|,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+"
        ),
        name_words=frozenset(w.lower() for w in lists["name_words"]),
        not_describing=frozenset(lists["not_describing"]),
        abbreviations=frozenset(lists["abbreviations"]),
    )


def _full_stop(text: str, start: int, grammar: _Grammar) -> int | None:
    """Where the sentence ends after ``start``: a full stop that ends no abbreviation
    ("U.S.", "Co.", "Col.")."""
    for m in re.finditer(r"\.(?=\s|$)", text[start:]):
        word = re.search(r"([\w.]+)$", text[start : start + m.start()])
        token = word.group(1) if word else ""
        if not (re.fullmatch(r"(?:[A-Z]\.)*[A-Z]", token) or token in grammar.abbreviations):
            return start + m.start()
    return None


_OWNER = re.compile(r"^(?:[A-Z][\w.&-]*\s+){0,3}[A-Z][\w.&-]*['’]s\s+")
# What opens an item before its name: an article, a possessive or the list's preposition
# again ("on A and on B")
_LEAD = re.compile(r"^(?:(?:on|against)\s+)?(?:(?:the|its|their|his|her|an?)\s+)?", re.I)
_TRAILING_NAME = re.compile(  # (a nickname in quotes inside: 'Jimmy "Barbecue" Cherizier')
    r"\s((?:[\"“]?[A-Z][\w.&'’-]*[\"”]?\s+){0,3}[A-Z][\w.&'’-]*)$"
)
_WORD = re.compile(r"[^\s]+")
# A word of a name: capitalized, a number, or a particle joined to one ("al-Qahtani")
_NAME_WORD = re.compile(r"[\"“]?(?:[A-Z0-9]|[a-z]{1,4}-[A-Z])")


def _described_name(text: str) -> str | None:
    """The name that ends ``text`` after lower-case words that only describe it (nouns and
    adjectives: "state oil company PDVSA", "chief executive Greg Hayes"), or None when no
    name ends it or the words before it hold a preposition or participle ("all based in
    Karachi")."""
    trailing = _TRAILING_NAME.search(" " + text)
    if trailing is None:
        return None
    prefix = text[: trailing.start(1) - 1].split()
    described = 0 < len(prefix) <= 4 and not any(
        w in _grammar().not_describing or w.endswith("ed") or not w.isalpha() for w in prefix
    )
    return trailing.group(1) if described else None


# The legal forms a company's name may end in ("Ltd", "Co", "JSC")
LEGAL_FORMS = (
    r"(?:Ltd|Limited|Co|Corp|Corporation|LLC|JSC|PJSC|OJSC|Inc|SA|S\.A|PLC|plc|GmbH|AG|Pvt)"
)
# ... set off by a comma ("Co., Ltd.", "Acme, Inc."): no name of its own
_LEGAL_FORM = re.compile(LEGAL_FORMS + r"\.?")


def list_items(text: str, start: int, end: int | None = None) -> list[Item]:
    """The name items of the coordinated list that opens ``text[start:end]``.

    The list ends at a clause boundary, a full stop or a word that opens what follows it
    ("as", "for", "under", ...). Items that describe rather than name ("a unit of X", "all
    based in Karachi") are left out; an owner's possessive before a name ("Venezuela's Tren
    de Aragua") and lower-case words that describe it ("chief executive Greg Hayes") stay out
    of the name.

    Example:
        >>> t = "It listed Affiliates International, the Gulf Cartel and Li Wei, its head, for it."
        >>> [i.name for i in list_items(t, len("It listed "))]
        ['Affiliates International', 'Gulf Cartel', 'Li Wei']
        >>> [i.name for i in list_items("sanctions on Venezuela's Tren de Aragua.", 13)]
        ['Tren de Aragua']
    """
    grammar = _grammar()
    hi = len(text) if end is None else end
    cut = grammar.stop.search(text, start)
    stop = _full_stop(text, start, grammar)
    ends = [x for x in (cut.start() if cut else None, stop, hi) if x is not None]
    region_end = min(ends)
    region = re.sub(r"\([^()]*\)", lambda m: " " * len(m.group()), text[start:region_end])
    items: list[Item] = []
    pos = 0
    said = (
        cut is not None
        and cut.start() == region_end
        and re.match(r"\s+(?:said|says|saying)\b", cut.group())
    )
    pieces = grammar.split.split(region)
    if said and len(pieces) > 1:
        pieces = pieces[:-1]  # "on A and B, Foreign Minister Wang Yi said": the speaker
    for piece in pieces:
        at = region.find(piece, pos)
        pos = at + len(piece)
        name = _name_in(piece.strip(), grammar)
        if name is None or (items and _LEGAL_FORM.fullmatch(name)):
            continue  # ("Union Development Group Co., Ltd.": the legal form of the name before)
        s0 = start + at + piece.find(name)
        items.append(Item(name, s0, s0 + len(name)))
    return items


def _name_in(raw: str, grammar: _Grammar) -> str | None:
    """The name an item of a list gives ("the Bank of Tarsis in Dubai": "Bank of Tarsis";
    "state oil company PDVSA": "PDVSA"), or None when it only describes."""
    name = _LEAD.sub("", raw)
    owner = _OWNER.match(name)
    if owner:
        name = name[owner.end() :]
    if not name[:1].isupper():
        described = _described_name(name)  # "state oil company PDVSA", "its head Ali Omar"
        if described is None:
            return None  # (not "all based in Karachi": a place in a description)
        name = described
    tokens = _WORD.findall(name)
    words: list[str] = []
    for w in tokens:  # the name runs to its first word of another kind
        if not (_NAME_WORD.match(w) or w.lower() in grammar.name_words):
            break  # ("Pamir Logistics on March 3")
        words.append(w)
    person = _described_name(" ".join(tokens[len(words) :]))
    if person:
        words = person.split()  # "Raytheon chief executive Greg Hayes": the person
    while words and not _NAME_WORD.match(words[-1]):
        words.pop()  # ("Bank of")
    name = " ".join(words).rstrip(" ,'’\"”")
    if not words or len(words) > 8 or len(name) < 3 or re.search(r"-[a-z]+$", name):
        return None  # (not "Washington-based": a description)
    return name
