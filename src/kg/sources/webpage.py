"""Plain text and metadata from an HTML page, with the standard library's parser.

Scripts, styles, navigation, headers, footers and asides are dropped; block elements
become paragraphs. Nothing in the page is executed or fetched.

Example:
    >>> page = html_to_text("<title>T</title><p>One.</p><script>x()</script><p>Two.</p>")
    >>> page.title, page.text
    ('T', 'T\\n\\nOne.\\n\\nTwo.')
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

_SKIP = {
    "script",
    "style",
    "nav",
    "footer",
    "header",
    "aside",
    "noscript",
    "template",
    "svg",
    "form",
    "iframe",
}
_BLOCK = {
    "p",
    "div",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "li",
    "br",
    "tr",
    "section",
    "article",
    "blockquote",
    "ul",
    "ol",
    "table",
    "figcaption",
}


@dataclass
class Page:
    """Text and metadata of a page."""

    text: str
    title: str | None
    date: str | None
    url: str | None


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.in_title = False
        self.title: str | None = None
        self.h1: str | None = None
        self.in_h1 = False
        self.date: str | None = None
        self.url: str | None = None

    def parse_html_declaration(self, i: int) -> int:
        """Read ``<!...>``; a malformed one (``<![<``) is a bogus comment, not an error."""
        try:
            return super().parse_html_declaration(i)
        except AssertionError:  # _markupbase asserts on what it cannot scan
            return self.parse_bogus_comment(i)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag in _SKIP:
            self.skip += 1
        elif tag == "title":
            self.in_title = True
        elif tag == "h1":
            self.in_h1 = True
        elif tag == "meta":
            key = a.get("property") or a.get("name") or a.get("itemprop") or ""
            if (
                key in ("article:published_time", "datePublished", "date", "pubdate")
                and not self.date
            ):
                self.date = a.get("content")
            if key == "og:url" and not self.url:
                self.url = a.get("content")
        elif tag == "time" and not self.date and a.get("datetime"):
            self.date = a["datetime"]
        elif tag == "link" and a.get("rel") == "canonical" and not self.url:
            self.url = a.get("href")
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self.skip:
            self.skip -= 1
        elif tag == "title":
            self.in_title = False
        elif tag == "h1":
            self.in_h1 = False
        if tag in _BLOCK:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if self.in_title:
            self.title = (self.title or "") + data
            return
        if self.skip:
            return
        if self.in_h1:
            self.h1 = (self.h1 or "") + data
        self.parts.append(data)


def _close_safe(html: str) -> str:
    """Escape every ``<`` after the last ``>``: no tag can close there.

    The standard library's parser looks for a ``>`` to the end of the page at each such
    ``<`` (``</``, ``<?``, ``<!``), which takes quadratic time on a page ending in
    thousands of them; as ``&lt;`` they are the text they already were.

    Example:
        >>> _close_safe("<p>a</p> b </ c <? d")
        '<p>a</p> b &lt;/ c &lt;? d'
    """
    last = html.rfind(">")
    tail = html[last + 1 :]
    return html[: last + 1] + tail.replace("<", "&lt;") if "<" in tail else html


def html_to_text(html: str) -> Page:
    """Return the readable text of an HTML page (title first) and its metadata."""
    p = _Parser()
    try:
        p.feed(_close_safe(html))
        p.close()
    except AssertionError:  # markup the parser cannot scan: read the page with no declarations
        p = _Parser()
        p.feed(re.sub(r"<[!?]", lambda m: "&lt;" + m.group()[1], _close_safe(html)))
        p.close()
    body = "".join(p.parts)
    paras = [re.sub(r"\s+", " ", x).strip() for x in re.split(r"\n\s*\n", body)]
    paras = [x for x in paras if x]
    title = (p.h1 or p.title or "").strip() or None
    if title and (not paras or paras[0] != title):
        paras.insert(0, title)
    return Page("\n\n".join(paras), title, (p.date or "").strip() or None, p.url)
