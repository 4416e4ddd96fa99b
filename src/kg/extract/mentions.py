"""Entity mentions in a sentence: nations, organizations, weapon systems, with their role.

A mention's ``role`` says how the text uses it: ``actor`` (a state or body that acts or is
acted on), ``place`` ("in Seoul"), ``origin`` ("German-made", "South Korean manufacturers")
or ``part`` (inside a longer name). Only actor mentions make nations, parties and targets.

Example:
    >>> ms = find_mentions("Polish officials met in Seoul with German-made tanks.", 0)
    >>> [(m.key, m.role) for m in ms]
    [('POL', 'actor'), ('KOR', 'place'), ('DEU', 'origin')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from kg.extract.nlp import matcher, pipeline
from kg.lexicon import load_lexicon


@dataclass(frozen=True)
class Mention:
    """A name found in the text: offsets into the article, what it names, how it is used."""

    start: int
    end: int
    text: str
    kind: str  # nation | org | system
    key: str  # ISO3 code or canonical name
    form: str  # name | demonym | metonym | designator
    role: str = "actor"  # actor | place | origin

    @property
    def state(self) -> str | None:
        """The ISO3 code this mention stands for as an actor, if it stands for a state.

        Example:
            >>> Mention(0, 8, "Pentagon", "org", "U.S. Department of Defense", "name").state
            'USA'
        """
        if self.kind == "nation":
            return self.key
        if self.kind == "org":
            org = load_lexicon().orgs[self.key]
            if org.state_apparatus:
                return org.country
        return None

    @property
    def government(self) -> str | None:
        """The ISO3 code of the state a government body or armed service belongs to.

        Agencies such as DSCA stay organizations, but when they sign, approve or attend,
        their state is the party (as event-data coders code them).

        Example:
            >>> dsca = Mention(0, 4, "DSCA", "org", "Defense Security Cooperation Agency", "name")
            >>> dsca.government
            'USA'
        """
        if self.kind == "nation":
            return self.key
        org = load_lexicon().orgs[self.key]
        if org.kind in ("government-body", "military-branch") and org.country:
            return org.country
        return None

    @property
    def actor(self) -> str:
        """The actor key used in facts: a state's ISO3 code, else the organization's name."""
        return self.government or self.key


@cache
def _config() -> dict[str, object]:
    lex = load_lexicon()
    sysp = lex.patterns.get("systems", {})
    return {
        "heads": {w.lower() for w in lex.words("actors", "demonym_heads")},
        "preps": {w.lower() for w in lex.words("actors", "place_prepositions")},
        "origin": re.compile(lex.patterns["actors"]["origin_suffix"]),
        "designator": re.compile(sysp["designator"]),
        "sys_nouns": {w.lower() for w in sysp.get("nouns", [])},
        "stop": set(sysp.get("stopwords", [])),
        "aliases": {a for o in lex.orgs.values() for a in (o.name, *o.aliases)},
    }


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s]*$", text[:start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s*(?:'s\s+|’s\s+)?([A-Za-z-]+)", text[end:])
    return m.group(1).lower() if m else ""


def _role(text: str, kind: str, form: str, start: int, end: int) -> str:
    cfg = _config()
    if form == "person":
        return "actor"
    after = text[end : end + 12]
    if kind == "nation" and cfg["origin"].match(after):  # type: ignore[union-attr]
        return "origin"
    if form == "demonym":
        return "actor" if _next_word(text, end) in cfg["heads"] else "origin"  # type: ignore[operator]
    if kind == "nation" and _prev_word(text, start) in cfg["preps"]:  # type: ignore[operator]
        # "in Seoul", "in Poland": a place. "the capital of X" too.
        return "place"
    return "actor"


def _designators(text: str, offset: int) -> list[Mention]:
    cfg = _config()
    lex = load_lexicon()
    out = []
    for m in cfg["designator"].finditer(text):  # type: ignore[union-attr]
        name = re.sub(r"\s+", " ", m.group())
        base = name.split(" ")[0]
        if name in cfg["stop"] or base in cfg["stop"] or name in cfg["aliases"]:  # type: ignore[operator]
            continue
        known = name in lex.systems or lex.family_of(name) is not None
        noun = _next_word(text, m.end()) in cfg["sys_nouns"]  # type: ignore[operator]
        if known or noun:
            out.append(
                Mention(offset + m.start(), offset + m.end(), name, "system", name, "designator")
            )
    return out


def find_mentions(sentence: str, offset: int) -> list[Mention]:
    """Return the non-overlapping mentions in ``sentence`` (offsets shifted by ``offset``).

    Example:
        >>> [m.key for m in find_mentions("Raytheon, an RTX business, won SM-6 Block IU work.", 0)]
        ['Raytheon', 'RTX', 'SM-6 Block IU']
    """
    pm, labels = matcher()
    doc = pipeline().make_doc(sentence)
    found: list[Mention] = []
    for match_id, s, e in pm(doc):
        kind, key, form = labels[match_id]
        span = doc[s:e]
        start, end = span.start_char, span.end_char
        found.append(
            Mention(
                offset + start,
                offset + end,
                span.text,
                kind,
                key,
                form,
                _role(sentence, kind, form, start, end),
            )
        )
    found.extend(_designators(sentence, offset))
    # Longest match wins; at equal length an organization beats a nation ("Hanwha Defence
    # Australia"), a named system beats a designator.
    rank = {"org": 0, "system": 1, "nation": 2}
    forms = {"name": 0, "demonym": 1, "metonym": 2, "person": 3, "designator": 4}
    found.sort(key=lambda m: (-(m.end - m.start), rank[m.kind], forms[m.form], m.start))
    kept: list[Mention] = []
    for m in found:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    return kept
