"""The Article record that flows from sources to extraction.

Example:
    >>> a = Article(id="abc", text="Hello.", source="x.txt")
    >>> a.body_segments()
    [Segment(start=0, end=6, role='body')]
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Segment:
    """A span of the article text with its role.

    ``role`` is ``body`` (extracted), ``headline`` or ``summary`` (restatements: they may add
    evidence to a fact the body states, never a new fact) or ``noise`` (ignored).
    """

    start: int
    end: int
    role: str


@dataclass
class Article:
    """One article: its text, metadata and the roles of its parts.

    Offsets everywhere in kg (evidence begin/end) are character offsets into ``text``.
    """

    id: str
    text: str
    source: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    place: str | None = None  # the dateline city, e.g. "Seoul"
    segments: list[Segment] = field(default_factory=list)

    def body_segments(self) -> list[Segment]:
        """Return the segments to extract from (all the text when none were marked).

        Example:
            >>> Article(id="a", text="x", source="-").body_segments()[0].role
            'body'
        """
        if not self.segments:
            return [Segment(0, len(self.text), "body")]
        return [s for s in self.segments if s.role != "noise"]
