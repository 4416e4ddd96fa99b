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
import os
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
MAX_CHARS = 2_000_000  # one article; news runs to tens of thousands, extraction is not linear


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f]")  # control codes no text article holds
_WEB_URL = re.compile(r"https?://[^\s<>\"{}|\\^`\x00-\x1f\x7f]+", re.IGNORECASE)
_SURROGATE = re.compile("[\ud800-\udfff]")
_INVISIBLE = re.compile("[\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u00ad]")


def _scrub(value: str | None) -> str | None:
    r"""Replace lone surrogates (JSON can spell them, UTF-8 cannot) with U+FFFD.

    One character stays one character, so offsets into the text still hold.

    Example:
        >>> _scrub(json.loads('"a\ud800b"'))
        'a\ufffdb'
    """
    if value is None or not _SURROGATE.search(value):
        return value
    return _SURROGATE.sub("\ufffd", value)


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
    text, title, date, url = (_scrub(v) for v in (text, title, date, url))
    if url and not _WEB_URL.fullmatch(url.strip()):
        url = None  # javascript:, data:, relative or malformed: not an article address
    url = url.strip() if url else None
    if not _INVISIBLE.sub("", text).strip():
        raise InputError(f"{source}: empty article (no text)")
    if "\x00" in text:
        raise InputError(f"{source}: binary content (NUL bytes), not an article")
    if len(text) > MAX_CHARS:
        raise InputError(
            f"{source}: {len(text) / 1e6:.1f} million characters is too long for one article "
            f"(at most {MAX_CHARS / 1e6:g} million): split it"
        )
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


_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def _utf16_without_bom(head: bytes) -> str | None:
    """The codec of BOM-less UTF-16 text (a NUL in every other byte, none between), or None.

    Example:
        >>> _utf16_without_bom("Seoul talks".encode("utf-16-le")), _utf16_without_bom(b"ab")
        ('utf-16-le', None)
    """
    if len(head) < 8 or len(head) % 2:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) >= len(odd) // 3 and 0 not in even:
        return "utf-16-le"
    if even.count(0) >= len(even) // 3 and 0 not in odd:
        return "utf-16-be"
    return None


def _decode(data: bytes, source: str) -> str:
    r"""Decode the bytes of an input: UTF-8 (with or without BOM), or UTF-16/32 with a BOM.

    Example:
        >>> _decode("T\u00e9l\u00e9".encode("utf-16"), "a.txt")
        'Télé'
        >>> _decode(b"\xff\xfeA\x00\x00\xd8", "a.txt")
        Traceback (most recent call last):
        kg.errors.InputError: a.txt: invalid UTF-16 text (byte 4: unexpected end of data)
    """
    codec = next((c for bom, c in _BOMS if data.startswith(bom)), None)
    if codec is None and not data.startswith(b"\xef\xbb\xbf"):  # a UTF-8 BOM says UTF-8
        codec = _utf16_without_bom(data[:4096]) if len(data) % 2 == 0 else None
    if codec:
        try:
            text = data.decode(codec).lstrip("\ufeff")
        except UnicodeDecodeError as exc:
            name = codec[:6].upper()
            raise InputError(
                f"{source}: invalid {name} text (byte {exc.start}: {exc.reason})"
            ) from exc
        if _CONTROL.search(text[:4096]):  # NULs read as UTF-16 but control codes come out
            raise InputError(f"{source}: binary file, not a text article")
        return text
    if b"\x00" in data[:4096]:
        raise InputError(f"{source}: binary file, not a text article")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{source}: not UTF-8 text (byte {exc.start}: {exc.reason})") from exc


def _json_type(value: Any) -> str:
    """The JSON name of a parsed value's type, for error messages.

    Example:
        >>> _json_type([]), _json_type(None), _json_type(2.5), _json_type(True)
        ('an array', 'null', 'a number', 'a boolean')
    """
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else "a string"


def _load_json(text: str) -> Any:
    """``json.loads`` with every failure as a ValueError whose message says what is wrong.

    Example:
        >>> _load_json("[" * 100_000)
        Traceback (most recent call last):
        ValueError: nested too deeply
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        raise
    except RecursionError:
        raise ValueError("nested too deeply") from None
    except ValueError:  # an integer of more than 4300 digits
        raise ValueError("a number of more than 4300 digits") from None


def _from_record(obj: Any, source: str) -> Article:
    if not isinstance(obj, dict):
        raise InputError(
            f"{source}: expected a JSON object with a 'text' field, not {_json_type(obj)}"
        )
    key = next((k for k in ("text", "body", "content") if k in obj), None)
    if key is None:
        raise InputError(f"{source}: missing 'text' field")
    text = obj[key]
    if not isinstance(text, str):
        raise InputError(f"{source}: field '{key}' must be a string, not {_json_type(text)}")
    meta = {}
    for key in ("title", "date", "url", "id"):
        value = obj.get(key)
        if value is not None and (not isinstance(value, str | int) or isinstance(value, bool)):
            raise InputError(f"{source}: field '{key}' must be a string, not {_json_type(value)}")
        meta[key] = str(value) if value is not None else None
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
                obj = _load_json(text)
            except json.JSONDecodeError as exc:
                raise InputError(
                    f"{source}: invalid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
                ) from exc
            except ValueError as exc:
                raise InputError(f"{source}: invalid JSON ({exc})") from exc
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
            # Only \n ends a JSON line: U+2028, U+0085 and the like may sit inside strings.
            lines = [(n, ln) for n, ln in enumerate(text.split("\n"), 1) if ln.strip()]
            if not lines:
                raise InputError(f"{source}: empty file (no JSON lines)")
            for n, line in lines:
                try:
                    yield _from_record(_load_json(line), f"{source}:{n}")
                except json.JSONDecodeError as exc:
                    yield InputError(f"{source}:{n}: invalid JSON ({exc.msg}, column {exc.colno})")
                except ValueError as exc:
                    yield InputError(f"{source}:{n}: invalid JSON ({exc})")
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


def _walk(folder: Path) -> Iterator[Path]:
    """The article files under ``folder``, in path order, listing one folder at a time.

    Only names are held, never a list of every path: a folder of 100,000 articles costs a
    few megabytes. The order is that of ``sorted(folder.rglob("*"))``; symbolic links to
    folders are not followed.

    Example:
        >>> import tempfile
        >>> d = Path(tempfile.mkdtemp())
        >>> for name in ("b.txt", "a/z.md", "a.txt", "c.png"):
        ...     (d / name).parent.mkdir(exist_ok=True)
        ...     _ = (d / name).write_text("x")
        >>> [p.relative_to(d).as_posix() for p in _walk(d)]
        ['a/z.md', 'a.txt', 'b.txt']
    """
    try:
        with os.scandir(folder) as entries:
            folders = set()
            names = []
            for entry in entries:
                if entry.is_dir(follow_symlinks=False):
                    folders.add(entry.name)
                    names.append(entry.name)
                elif Path(entry.name).suffix.lower() in SUFFIXES and entry.is_file():
                    names.append(entry.name)
    except OSError:
        return
    names.sort()
    for name in names:
        if name in folders:
            yield from _walk(folder / name)
        else:
            yield folder / name


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
            found = False
            for file in _walk(path):
                found = True
                yield file
            if not found:
                yield InputError(f"{raw}: directory holds no articles ({', '.join(SUFFIXES)})")
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
