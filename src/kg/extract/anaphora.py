"""Names an article defines or implies: acronyms in brackets and "the alliance" for NATO.

"the Organisation for Joint Armament Cooperation (OCCAR)" makes "OCCAR" name that body in
the rest of the article; "the alliance" names the most recently mentioned of the
organizations listed for it in patterns.toml [organizations.anaphora].

Example:
    >>> from kg.extract.mentions import find_mentions
    >>> names = ArticleNames()
    >>> t1 = "The Organisation for Nordic Armament Cooperation (ONAC) signed."
    >>> _ = names.complete(t1, 0, find_mentions(t1, 0))
    >>> t2 = "ONAC said the alliance would help NATO."
    >>> ms = names.complete(t2, 100, find_mentions(t2, 100))
    >>> [(m.text, m.key) for m in ms if m.kind == "org"]
    [('ONAC', 'Organisation for Nordic Armament Cooperation'), ('NATO', 'NATO')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kg.extract.mentions import Mention
from kg.lexicon import load_lexicon

_ACRONYM = re.compile(r"\s*\(([A-Z][A-Za-z0-9&-]{1,9})\)")


@dataclass
class ArticleNames:
    """Acronyms defined so far and the order in which organizations were last mentioned."""

    acronyms: dict[str, Mention] = field(default_factory=dict)
    recent: list[str] = field(default_factory=list)

    def complete(self, text: str, start: int, mentions: list[Mention]) -> list[Mention]:
        """Add the mentions this sentence makes through acronyms and anaphora, and learn."""
        added: list[Mention] = []
        for acronym, model in self.acronyms.items():
            for m in re.finditer(rf"(?<![\w-]){re.escape(acronym)}(?![\w-])", text):
                added.append(_at(model, start + m.start(), start + m.end(), acronym, "acronym"))
        anaphora = load_lexicon().patterns.get("organizations", {}).get("anaphora", {})
        for phrase, candidates in anaphora.items():
            named = [k for k in reversed(self.recent) if k in candidates]
            if not named:
                continue
            for m in re.finditer(
                rf"\b{re.escape(phrase)}\b(?!['’]s\s+(?:[a-z]+\s+)?members)", text, re.I
            ):
                model = Mention(0, 0, "", "org", named[0], "anaphor")
                added.append(_at(model, start + m.start(), start + m.end(), m.group(), "anaphor"))
        merged = list(mentions)
        for m in added:
            if all(m.end <= k.start or m.start >= k.end for k in merged):
                merged.append(m)
        merged.sort(key=lambda m: m.start)
        for m in merged:
            if m.kind == "org":
                if m.key in self.recent:
                    self.recent.remove(m.key)
                self.recent.append(m.key)
            after = _ACRONYM.match(text, m.end - start)
            if after and m.kind in ("org", "system") and after.group(1) != m.text:
                self.acronyms.setdefault(after.group(1), m)
        return merged


def _at(model: Mention, begin: int, end: int, text: str, form: str) -> Mention:
    return Mention(begin, end, text, model.kind, model.key, form, "actor", model.org)
