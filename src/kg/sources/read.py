"""Reading articles from files, folders, globs and stdin, in txt, md, html, json and jsonl.

Each input yields an Article or an InputError naming the file and the problem, so one bad
file never stops the others.

Example:
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (d / "a.txt").write_text("Headline\\n\\nSEOUL, May 2, 2024 — Talks began.")
    >>> [(a.title, a.date) for a in read_articles([str(d)]) if isinstance(a, Article)]
    [('Headline', '2024-05-02')]
"""

from __future__ import annotations

import glob
import hashlib
import json
import re
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.dates import parse_absolute
from kg.errors import InputError
from kg.sources.clean import find_layout
from kg.sources.model import Article
from kg.sources.webpage import html_to_text

SUFFIXES = (".txt", ".md", ".markdown", ".html", ".htm", ".json", ".jsonl", ".ndjson")
MAX_BYTES = 50 * 1024 * 1024


def article_id(text: str) -> str:
    """The default article id: 16 hex digits of the SHA-256 of the text.

    Example:
        >>> article_id("abc")
        'ba7816bf8f01cfea'
    """
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:16]


def make_article(
    text: str,
    source: str,
    *,
    title: str | None = None,
    date: str | None = None,
    url: str | None = None,
    ident: str | None = None,
) -> Article:
    """Build an Article from text and optional metadata, finding its layout.

    Example:
        >>> make_article("Title\\n\\nBody.", "x.txt").title
        'Title'
    """
    if not text.strip():
        raise InputError(f"{source}: empty article (no text)")
    if "\x00" in text:
        raise InputError(f"{source}: binary content (NUL bytes), not an article")
    text = text.lstrip("\ufeff")
    layout = find_layout(text, title=title)
    meta_date = parse_absolute(date) if date else None
    if date and not meta_date and re.fullmatch(r"\d{4}-\d{2}-\d{2}.*", date):
        meta_date = parse_absolute(date[:10])
    if ident is not None:
        ident = re.sub(r"[^A-Za-z0-9._-]+", "-", str(ident)).strip("-")[:64] or None
    return Article(
        id=ident or article_id(text),
        text=text,
        source=source,
        title=layout.title,
        date=meta_date or layout.date,
        url=url,
        place=layout.place,
        segments=layout.segments,
    )


def _decode(data: bytes, source: str) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise InputError(f"{source}: invalid UTF-16 text") from exc
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def _from_record(obj: Any, source: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(f"{source}: expected a JSON object with a 'text' field")
    text = obj.get("text", obj.get("body", obj.get("content")))
    if not isinstance(text, str):
        raise InputError(f"{source}: missing or non-string 'text' field")
    meta = {}
    for key in ("title", "date", "url", "id"):
        value = obj.get(key)
        if value is not None and not isinstance(value, str | int):
            raise InputError(f"{source}: field '{key}' must be a string")
        meta[key] = str(value) if value is not None else None
    if meta["url"] and not re.match(r"https?://", meta["url"]):
        meta["url"] = None
    return make_article(
        text, source, title=meta["title"], date=meta["date"], url=meta["url"], ident=meta["id"]
    )


def parse_text(data: bytes, source: str, suffix: str) -> Iterator[Article | InputError]:
    """Parse the bytes of one input of type ``suffix`` into articles (or errors per record).

    Example:
        >>> [a.title for a in parse_text(b'{"text": "Body.", "title": "T"}', "a.json", ".json")]
        ['T']
    """
    try:
        text = _decode(data, source)
    except InputError as exc:
        yield exc
        return
    try:
        if suffix in (".json",):
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{source}: invalid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
                ) from exc
            records = obj if isinstance(obj, list) else [obj]
            if not records:
                raise InputError(f"{source}: no articles in JSON list")
            for i, record in enumerate(records):
                try:
                    yield _from_record(
                        record, f"{source}[{i}]" if isinstance(obj, list) else source
                    )
                except InputError as exc:
                    yield exc
        elif suffix in (".jsonl", ".ndjson"):
            lines = [(n, ln) for n, ln in enumerate(text.splitlines(), 1) if ln.strip()]
            if not lines:
                raise InputError(f"{source}: empty file (no JSON lines)")
            for n, line in lines:
                try:
                    yield _from_record(json.loads(line), f"{source}:{n}")
                except json.JSONDecodeError as exc:
                    yield InputError(f"{source}:{n}: invalid JSON ({exc.msg})")
                except InputError as exc:
                    yield exc
        elif suffix in (".html", ".htm"):
            page = html_to_text(text)
            yield make_article(page.text, source, title=page.title, date=page.date, url=page.url)
        else:
            if suffix in (".md", ".markdown"):
                text = re.sub(r"^#{1,6}\s+", "", text, count=1)
            yield make_article(text, source)
    except InputError as exc:
        yield exc


def expand_paths(paths: Iterable[str]) -> Iterator[Path | str | InputError]:
    """Expand files, folders (recursively, known suffixes) and globs; ``-`` stays stdin.

    Example:
        >>> [str(e) for e in expand_paths(["/nonexistent/x.txt"])]
        ['/nonexistent/x.txt: no such file or directory']
    """
    for raw in paths:
        if raw == "-":
            yield "-"
            continue
        if any(ch in raw for ch in "*?[") and not Path(raw).exists():
            matches = sorted(glob.glob(raw, recursive=True))
            if not matches:
                yield InputError(f"{raw}: no file matches this pattern")
            for m in matches:
                yield from expand_paths([m])
            continue
        path = Path(raw)
        if path.is_dir():
            files = sorted(
                p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES
            )
            if not files:
                yield InputError(f"{raw}: directory holds no articles ({', '.join(SUFFIXES)})")
            yield from files
        elif path.is_file():
            yield path
        else:
            yield InputError(f"{raw}: no such file or directory")


def read_articles(
    paths: Iterable[str], *, stdin_format: str = "txt"
) -> Iterator[Article | InputError]:
    """Yield every article found under ``paths``, or an InputError per unreadable input."""
    for item in expand_paths(paths):
        if isinstance(item, InputError):
            yield item
        elif item == "-":
            data = sys.stdin.buffer.read()
            suffix = "." + stdin_format.lstrip(".")
            if suffix == ".txt" and data.lstrip()[:1] in (b"{", b"["):
                suffix = (
                    ".jsonl" if data.strip().count(b"\n") and data.lstrip()[:1] == b"{" else ".json"
                )
            yield from parse_text(data, "<stdin>", suffix)
        else:
            path = Path(item)
            suffix = path.suffix.lower()
            if suffix not in SUFFIXES:
                yield InputError(
                    f"{path}: unsupported file type '{suffix or '(none)'}' "
                    f"(use {', '.join(SUFFIXES)})"
                )
                continue
            try:
                if path.stat().st_size > MAX_BYTES:
                    yield InputError(f"{path}: file larger than {MAX_BYTES // 2**20} MB")
                    continue
                data = path.read_bytes()
            except OSError as exc:
                yield InputError(f"{path}: cannot read ({exc.strerror})")
                continue
            yield from parse_text(data, str(path), suffix)
