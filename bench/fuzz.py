"""Fuzz run: generated and mutated article files fed to ingest, one file per case.

Families of cases (``--cases`` in all, shared out evenly, seedable):

- ``bytes``: random bytes under a random supported suffix;
- ``utf8``: good articles with invalid UTF-8 spliced in (stray continuation bytes,
  overlong forms, encoded surrogates, a cut multi-byte character);
- ``bom``: good articles in UTF-16/UTF-32 with a BOM, BOM-less UTF-16, odd lengths;
- ``blank``: empty files, whitespace, BOMs, zero-width and bidi controls only;
- ``html``: pages with scripts, styles, comments, unclosed and deeply nested tags (up
  to 100,000 levels), odd entities, bogus meta dates and URLs;
- ``json``: JSON and JSONL with wrong types, missing fields, nested nulls, huge numbers,
  deep nesting, lone surrogate escapes, NaN, trailing garbage;
- ``unicode``: good articles with RTL text, bidi controls, emoji (ZWJ sequences), zero-width
  characters inside names, combining marks, Unicode line breaks, control characters;
- ``numbers``: money and dates at the edges ("$1e308 billion", "February 30, 2024",
  "2024-13-45", negative and sub-cent amounts, 30-digit numbers);
- ``mutated``: bundled and test articles with byte flips, insertions, deletions,
  duplicated and spliced chunks;
- ``big``: a 10 MB article, a 10 MB page, one 1 MB line, a 10 MB JSONL (``--big`` sets
  how many of each; they count towards ``--cases``).

Each case goes through ``kg.ingest.ingest([path], store)`` with an in-memory store (a
fresh one every 200 cases). A case is:

- ``ok``: every article went in (its named graph exists) and nothing failed;
- ``reported``: failures, each one line naming the file (the others went in);
- ``CRASH``: an exception escaped ingest, or a failure says "internal error";
- ``FINDING``: a failure that does not name its file or spans lines, a graph for an
  article that was not reported as ingested, a literal that does not parse back
  (``xsd:date``, ``xsd:decimal``), or a case slower than ``--timeout`` seconds.

Every ``--mixed-every`` cases a folder of good and bad files is ingested at once and
checked (every good article in, one failure per bad file), and at the end ``kg ingest``
runs as a subprocess on such a folder (exit code 1, one ``error: <file>`` line per bad
file, no traceback). Crashes and findings are copied to ``--keep`` with their message.

Usage:
    python bench/fuzz.py --cases 10000 --seed 1
    python bench/fuzz.py --cases 500 --seed 7 --big 0 --keep /tmp/fuzz-findings
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import json
import random
import re
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

from kg.ingest import ingest
from kg.rdf.iris import article_iri
from kg.sources.model import Article
from kg.sources.read import read_articles
from kg.store import EmbeddedStore

ROOT = Path(__file__).resolve().parent.parent
SEED_DIRS = [ROOT / "data" / "articles", ROOT / "tests" / "articles", ROOT / "tests" / "fuzz"]
XSD = "http://www.w3.org/2001/XMLSchema#"
SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl"]

# A few sentences the extractor turns into facts, to build good articles from.
SENTENCES = [
    "Japan and South Korea signed a defense cooperation agreement on May 3, 2024.",
    "The U.S. State Department approved a possible $2.5 billion sale of Patriot missiles "
    "to Poland.",
    "Lockheed Martin was awarded a $344 million contract for F-35 sustainment.",
    "Defense ministers of Australia and Japan met in Tokyo on Tuesday.",
    "China condemned the joint exercise held by the Philippines and the United States.",
    "Sweden pledged support for Ukraine and urged Russia to withdraw.",
    "India and France held talks in New Delhi on the Rafale deal worth €7.8 billion.",
    "Hyundai Rotem will deliver K2 tanks to Poland under a 1.4 trillion won deal.",
    "NATO allies opened the Steadfast Defender exercise in Norway last week.",
    "Germany agreed to buy 35 F-35A jets from the United States for $8.4 billion.",
]
TITLES = ["Allies sign pact", "Arms sale approved", "Talks in Tokyo", "Exercise begins"]
RTL = ["الولايات المتحدة واليابان", "ישראל וארצות הברית", "پاکستان", "ܣܘܪܝܐ"]
EMOJI = ["🚀", "🇯🇵", "👩‍👩‍👧‍👦", "🏳️‍🌈", "💣", "🤝🏽", "\U0001f9d1\u200d\U0001f680"]
ZERO_WIDTH = ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u00ad", "\u200e", "\u200f"]
BIDI = ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
ODD_BREAKS = ["\r\n", "\r", "\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\x1c", "\x1e"]
MONEY = [
    "$1e308 billion", "$1E+308bn", "$9" + "9" * 40 + " trillion", "$0.0000001",
    "$0.00000001 million",
    "USD 1.5e10", "₩-5 billion", "$-3 million", "$1,000,000,000,000,000 million",
    "€NaN billion", "$Infinity", "1e308 billion won", "$12e5 billion", "$1,2345 million",
    "A$268-368 billion", "US$ 0 million", "$.5 billion", "$5. billion", "¥" + "1" * 30,
    "$१२३ million", "$１２３ million", "$1\u200b000 million", "$10\u00a0million",
]  # fmt: skip
DATES = [
    "February 30, 2024", "February 29, 2023", "April 31, 2023", "December 32, 2024",
    "2024-13-45", "2024-02-30", "0000-00-00", "31 Nov 2024", "May 99", "Feb 0, 2024",
    "June 31st, 2022", "9999-12-31", "1900-01-01", "2099-12-31", "March 00, 2020",
    "Sept. 31, 2021", "30 February 2024", "2024-02-29T25:61:61Z", "-2024-01-01",
]  # fmt: skip


@dataclass
class Case:
    """One generated input: its bytes, its suffix, and what it is for."""

    family: str
    data: bytes
    suffix: str
    good: bool | None = None  # True: must go in; False: must be reported; None: either


@dataclass
class Result:
    """What one case did."""

    outcome: str  # ok | reported | CRASH | FINDING
    seconds: float
    size: int
    detail: str = ""


@dataclass
class Tally:
    """Counts of one family."""

    cases: int = 0
    outcomes: Counter[str] = field(default_factory=Counter)
    seconds: float = 0.0
    size: int = 0
    slowest: tuple[float, int, str] = (0.0, 0, "")


# -- generators -----------------------------------------------------------------------


def article_text(rng: random.Random, sentences: int | None = None) -> str:
    """A plain good article: headline, dateline, a few fact sentences."""
    n = sentences or rng.randint(1, 6)
    body = " ".join(rng.choice(SENTENCES) for _ in range(n))
    return f"{rng.choice(TITLES)}\n\nSEOUL, April {rng.randint(1, 28)}, 2024 — {body}\n"


def seed_texts() -> list[bytes]:
    """The bytes of every bundled, test and fuzz-corpus article."""
    out = []
    for d in SEED_DIRS:
        if d.is_dir():
            out += [p.read_bytes() for p in sorted(d.rglob("*")) if p.suffix in SUFFIXES]
    return out


def gen_bytes(rng: random.Random) -> Case:
    n = rng.choice([0, 1, 2, 3, 7, 64, 512, 4096, 65536])
    return Case("bytes", rng.randbytes(n), rng.choice(SUFFIXES))


def gen_utf8(rng: random.Random) -> Case:
    text = article_text(rng).encode()
    bad = [b"\xff", b"\xfe", b"\x80", b"\xc0\xaf", b"\xe0\x80\xaf", b"\xed\xa0\x80", b"\xf4\x90"]
    bad += [b"\xc3", b"\xe2\x82", b"\xf0\x9f\x98"]
    for _ in range(rng.randint(1, 3)):
        i = rng.randrange(len(text) + 1)
        text = text[:i] + rng.choice(bad) + text[i:]
    if rng.random() < 0.2:
        text = text + "é".encode()[:1]  # a character cut at the end
    suffix = rng.choice(SUFFIXES)
    if suffix in (".json", ".jsonl"):
        text = b'{"text": "' + text.replace(b"\n", b"\\n").replace(b'"', b"'") + b'"}'
    return Case("utf8", text, suffix, good=False)


def gen_bom(rng: random.Random) -> Case:
    text = article_text(rng)
    suffix = rng.choice([".txt", ".md", ".html", ".json", ".jsonl"])
    if suffix == ".html":
        text = f"<html><body><h1>{TITLES[0]}</h1><p>{text}</p></body></html>"
    elif suffix in (".json", ".jsonl"):
        text = json.dumps({"text": text, "title": rng.choice(TITLES)}, ensure_ascii=False)
    codec = rng.choice(["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
    data = text.encode(codec)
    if codec in ("utf-16-le", "utf-16-be") and rng.random() < 0.5:
        data = ("\ufeff" + text).encode(codec)
    good: bool | None = True
    if rng.random() < 0.25:
        data = data[:-1]  # an odd length: a cut code unit
        good = None if codec == "utf-8-sig" else False
    return Case("bom", data, suffix, good=good)


def gen_blank(rng: random.Random) -> Case:
    pieces = [" ", "\t", "\n", "\r\n", "\u00a0", "\u3000", "\u2028", *ZERO_WIDTH, *BIDI]
    text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 50)))
    suffix = rng.choice(SUFFIXES)
    if suffix == ".html" and rng.random() < 0.5:
        text = f"<html><head><script>{text}x()</script></head><body>{text}</body></html>"
    if suffix in (".json", ".jsonl") and rng.random() < 0.5:
        text = json.dumps({"text": text})
    data = text.encode(rng.choice(["utf-8", "utf-8-sig", "utf-16"]))
    return Case("blank", data, suffix, good=False)


def gen_html(rng: random.Random) -> Case:
    body = article_text(rng).replace("\n\n", "</p><p>")
    depth = 100_000 if rng.random() < 0.03 else rng.choice([1, 10, 100, 1000, 10_000])
    tag = rng.choice(["div", "span", "b", "section", "nav", "p", "table", "li", "x-y"])
    parts = [
        "<!doctype html><html><head>",
        f"<title>{rng.choice(TITLES)}</title>",
        rng.choice(
            [
                f'<meta property="article:published_time" content="{rng.choice(DATES)}">',
                '<meta name="date" content="">',
                '<link rel="canonical" href="javascript:alert(1)">',
                '<link rel="canonical" href="http://exa mple.com/<a>{b}">',
                '<meta property="og:url" content="https://ex.com/\u202e&#xD800;x">',
            ]
        ),
        "<script>var s = '</p><p>Russia condemned Japan.</p>'; while(1){}</script>",
        "<style>p { color: red } /* <p>Not text</p> */</style>",
        "</head><body>",
    ]
    opener, closer = f"<{tag}>", f"</{tag}>"
    if rng.random() < 0.3:
        closer = ""  # unclosed
    parts += [opener * depth, f"<p>{body}</p>", closer * depth]
    parts.append(
        rng.choice(
            [
                "<!-- an unclosed comment <p>hidden",
                "<![CDATA[ <p>cdata</p> ]]>",
                "&#0;&#xD800;&#x110000;&#99999999999;&bogus;&amp",
                "<p>" + "&nbsp;" * 100 + "</p>",
                "<a href='x' " + "a=b " * 1000 + ">",
                "<svg><script>alert(1)</script></svg>",
                "</" * 500,
                "<" * 1000,
                "<p>Tail.</p>",
                "<![<![ <p>Tail.</p> <![if !IE]>x<![endif]>",
                "<!DOCTYPE <x [<!ELEMENT y>]>",
                "</" * 20_000,
                "<?" * 20_000,
                "<!" * 20_000,
                "<a b='" * 5_000,
            ]
        )
    )
    good = None if closer == "" or tag == "nav" else True
    return Case("html", "".join(parts).encode(), ".html", good=good)


def _json_value(rng: random.Random, depth: int = 0) -> object:
    kinds = ["null", "bool", "int", "float", "str", "list", "dict", "huge"]
    kind = rng.choice(kinds if depth < 3 else kinds[:5])
    if kind == "null":
        return None
    if kind == "bool":
        return rng.random() < 0.5
    if kind == "int":
        return rng.choice([0, -1, 2**63, -(2**64), 10**30])
    if kind == "float":
        return rng.choice([0.5, 1e308, -1e-308, float("nan"), float("inf")])
    if kind == "str":
        return rng.choice(["", " ", "2024-02-30", rng.choice(DATES), rng.choice(SENTENCES)])
    if kind == "huge":
        return RawJson("9" * rng.choice([100, 4301, 10_000]))
    if kind == "list":
        return [_json_value(rng, depth + 1) for _ in range(rng.randint(0, 3))]
    return {rng.choice(["text", "title", "a"]): _json_value(rng, depth + 1)}


class RawJson(str):
    """Text spliced into JSON as is (numbers json.dumps cannot write)."""


def _dump(value: object) -> str:
    if isinstance(value, RawJson):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_dump(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{json.dumps(k)}: {_dump(v)}" for k, v in value.items()) + "}"
    return json.dumps(value)


def _expected(record: dict[str, object]) -> bool:
    """Whether a JSON record must go in: a non-blank string text, other fields str/int/null."""
    text = record.get("text")
    if isinstance(text, RawJson) or not isinstance(text, str) or not text.strip():
        return False
    if _too_long(record):
        return False
    for key in ("title", "date", "url", "id"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            return False
    return True


def _too_long(value: object) -> bool:
    if isinstance(value, RawJson):
        return len(value) > 4300
    if isinstance(value, list):
        return any(_too_long(v) for v in value)
    if isinstance(value, dict):
        return any(_too_long(v) for v in value.values())
    return False


def _json_record(rng: random.Random) -> tuple[str, bool | None]:
    """One JSON object as text, and whether it must go in (None: either)."""
    if rng.random() < 0.05:
        return '{"text": "Japan \\ud800 met Korea \\udfff on May 3, 2024."}', True
    good_values = {
        "text": article_text(rng),
        "title": rng.choice(TITLES),
        "date": rng.choice(["2024-05-06", rng.choice(DATES), "2024-05-06T09:00:00Z"]),
        "url": rng.choice(["https://ex.com/a", "ftp://x", "https://ex.com/\u202e?a=<b>"]),
        "id": rng.choice(["a-1", "../../etc/passwd", "ü" * 100, "", 42]),
    }
    record: dict[str, object] = {}
    for key, value in good_values.items():
        roll = rng.random()
        if roll < 0.75:
            record[key] = value
        elif roll < 0.9:
            record[key] = _json_value(rng)
    if rng.random() < 0.1:
        return _dump(record) + rng.choice([" trailing", ",", "}", ""]), None
    return _dump(record), _expected(record)


def gen_json(rng: random.Random) -> Case:
    roll = rng.random()
    if roll < 0.1:
        depth = rng.choice([100, 10_000, 100_000])
        data = "[" * depth + "]" * depth if rng.random() < 0.5 else '{"a":' * depth + "1"
        return Case("json", data.encode(), rng.choice([".json", ".jsonl"]), good=False)
    if roll < 0.15:
        scalar = rng.choice(["1", "null", '"text"', "true", "NaN", "-Infinity", "[]", "{}"])
        return Case("json", scalar.encode(), rng.choice([".json", ".jsonl"]), good=False)
    records = [_json_record(rng) for _ in range(rng.randint(1, 5))]
    verdicts = {g for _, g in records}
    good = verdicts.pop() if len(verdicts) == 1 else None  # a mix: some in, some reported
    if rng.random() < 0.5:
        lines = [r for r, _ in records]
        if rng.random() < 0.3:
            lines.insert(rng.randrange(len(lines) + 1), "")
        return Case("json", "\n".join(lines).encode(), ".jsonl", good=good)
    if len(records) == 1 and rng.random() < 0.5:
        return Case("json", records[0][0].encode(), ".json", good=good)
    text = "[" + ", ".join(r for r, _ in records) + "]"
    return Case("json", text.encode(), ".json", good=good if good is not False else None)


def gen_unicode(rng: random.Random) -> Case:
    text = article_text(rng)
    chars = list(text)
    for _ in range(rng.randint(1, 20)):
        i = rng.randrange(len(chars) + 1)
        pool = rng.choice([RTL, EMOJI, ZERO_WIDTH, BIDI, ODD_BREAKS, ["\u0301", "\u20dd", "ﷺ"]])
        chars.insert(i, rng.choice(pool))
    text = "".join(chars)
    if rng.random() < 0.3:
        text = rng.choice(RTL) + " " + rng.choice(EMOJI) + "\n\n" + text
    suffix = rng.choice([".txt", ".md", ".json", ".jsonl", ".html"])
    if suffix in (".json", ".jsonl"):
        text = json.dumps({"text": text, "title": rng.choice(RTL + EMOJI)}, ensure_ascii=False)
        text = text.replace("\n", "\\n") if suffix == ".jsonl" else text
    elif suffix == ".html":
        text = f"<html><body dir='rtl'><p>{text}</p></body></html>"
    return Case("unicode", text.encode("utf-8", "surrogatepass"), suffix, good=True)


def gen_numbers(rng: random.Random) -> Case:
    lines = [rng.choice(TITLES), f"Published: {rng.choice(DATES)}", ""]
    for _ in range(rng.randint(1, 4)):
        lines.append(
            rng.choice(
                [
                    f"Poland agreed to buy Patriot missiles from the United States for "
                    f"{rng.choice(MONEY)} on {rng.choice(DATES)}.",
                    f"Lockheed Martin was awarded a {rng.choice(MONEY)} contract on "
                    f"{rng.choice(DATES)}.",
                    f"SEOUL, {rng.choice(DATES)} — Japan and South Korea met "
                    f"{rng.choice(['yesterday', 'last Tuesday', 'in May', 'last month'])}.",
                    f"The deal, worth {rng.choice(MONEY)} to {rng.choice(MONEY)}, was signed by "
                    f"India and France.",
                ]
            )
        )
    suffix = rng.choice([".txt", ".md", ".json"])
    text = "\n".join(lines)
    if suffix == ".json":
        text = json.dumps({"text": text, "date": rng.choice(DATES)})
    return Case("numbers", text.encode(), suffix, good=True)


def gen_mutated(rng: random.Random, *, seeds: list[bytes]) -> Case:
    data = bytearray(rng.choice(seeds))
    for _ in range(rng.randint(1, 8)):
        op = rng.choice(["flip", "insert", "delete", "dup", "splice", "byte"])
        i = rng.randrange(len(data) + 1)
        if op == "flip" and data:
            j = min(i, len(data) - 1)
            data[j] ^= 1 << rng.randrange(8)
        elif op == "insert":
            data[i:i] = rng.choice([b"\x00", b'"', b"{", b"<div>", b"\n\n", b"\\u0000", b"$"])
        elif op == "delete":
            del data[i : i + rng.randint(1, 64)]
        elif op == "dup":
            data[i:i] = data[i : i + rng.randint(1, 256)] * rng.randint(1, 20)
        elif op == "splice":
            other = rng.choice(seeds)
            data[i:] = other[rng.randrange(len(other) + 1) :]
        elif op == "byte" and data:
            data[min(i, len(data) - 1)] = rng.randrange(256)
    return Case("mutated", bytes(data), rng.choice(SUFFIXES))


def gen_big(rng: random.Random, kind: int) -> Case:
    mb = 2**20
    if kind == 0:  # a 10 MB article of fact sentences in paragraphs
        paras = []
        size = 0
        while size < 10 * mb:
            p = " ".join(rng.choice(SENTENCES) for _ in range(rng.randint(1, 8)))
            paras.append(p)
            size += len(p) + 2
        return Case("big", ("Big\n\n" + "\n\n".join(paras)).encode(), ".txt", good=True)
    if kind == 1:  # one 1 MB line
        words = [w for s in SENTENCES for w in s.split()] + EMOJI + RTL
        line = []
        size = 0
        while size < mb:
            w = rng.choice(words)
            line.append(w)
            size += len(w.encode()) + 1
        return Case("big", " ".join(line).encode(), rng.choice([".txt", ".md"]), good=True)
    if kind == 2:  # a 10 MB page
        cell = "<tr><td><p>{}</p></td></tr>"
        rows = []
        size = 0
        while size < 10 * mb:
            r = cell.format(rng.choice(SENTENCES)) + "<script>x()</script>"
            rows.append(r)
            size += len(r)
        page = f"<html><head><title>Big</title></head><body><table>{''.join(rows)}</table>"
        return Case("big", page.encode(), ".html", good=True)
    lines = []  # a 10 MB JSONL
    size = 0
    while size < 10 * mb:
        line = json.dumps({"text": article_text(rng, 3), "id": f"r{len(lines)}"})
        lines.append(line)
        size += len(line) + 1
    return Case("big", "\n".join(lines).encode(), ".jsonl", good=True)


FAMILIES: dict[str, Callable[[random.Random], Case]] = {
    "bytes": gen_bytes,
    "utf8": gen_utf8,
    "bom": gen_bom,
    "blank": gen_blank,
    "html": gen_html,
    "json": gen_json,
    "unicode": gen_unicode,
    "numbers": gen_numbers,
}


# -- checking -------------------------------------------------------------------------


class Timeout(Exception):
    """A case ran longer than allowed."""


def _alarm(_signum: int, _frame: object) -> None:
    raise Timeout


def bad_literals(store: EmbeddedStore, graphs: set[str]) -> list[str]:
    """Dates and decimals in ``graphs`` whose lexical form does not parse."""
    out = []
    for g in graphs:
        for q in store.query(f"SELECT ?o {{ GRAPH <{g}> {{ ?s ?p ?o FILTER(isLiteral(?o)) }} }}"):
            lit = q["o"]
            dtype = lit.datatype.value
            try:
                if dtype == XSD + "date":
                    dt.date.fromisoformat(lit.value)
                elif dtype == XSD + "gYearMonth":
                    dt.date.fromisoformat(lit.value + "-01")
                elif dtype == XSD + "decimal":
                    value = Decimal(lit.value)
                    if not value.is_finite() or not re.fullmatch(r"[+-]?\d*\.?\d+", lit.value):
                        raise InvalidOperation
            except (ValueError, InvalidOperation):
                out.append(f"{dtype.rsplit('#', 1)[-1]} literal {lit.value!r}")
    return out


def graphs_of(path: str, sources: set[str]) -> set[str]:
    """The graph IRIs of the articles read from ``path`` whose source is in ``sources``."""
    return {
        article_iri(a.id)
        for a in read_articles([path])
        if isinstance(a, Article) and a.source in sources
    }


def run_case(store: EmbeddedStore, path: Path, case: Case, timeout: float) -> Result:
    """Ingest one file and classify what happened."""
    name = str(path)
    sources: list[str] = []
    before = set(store.graphs())
    signal.setitimer(signal.ITIMER_REAL, timeout)
    started = time.perf_counter()
    try:
        summary = ingest([name], store, on_article=sources.append)
    except Timeout:
        return Result("FINDING", timeout, len(case.data), f"slower than {timeout:.0f} s")
    except BaseException as exc:  # any escape is the finding
        tb = traceback.extract_tb(exc.__traceback__)[-1]
        where = f"{Path(tb.filename).name}:{tb.lineno}"
        return Result(
            "CRASH",
            time.perf_counter() - started,
            len(case.data),
            f"{type(exc).__name__} at {where}: {str(exc)[:200]}",
        )
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
    seconds = time.perf_counter() - started
    problems: list[str] = []
    for failure in summary.failures:
        if "internal error" in failure and "(Timeout: " in failure:  # the alarm, caught
            return Result("FINDING", seconds, len(case.data), f"slower than {timeout:.0f} s")
        if "internal error" in failure:
            return Result("CRASH", seconds, len(case.data), failure[:300])
        if not failure.startswith(name) or "\n" in failure:
            problems.append(f"failure does not name the file on one line: {failure[:200]!r}")
    expected = graphs_of(name, set(sources))
    new = set(store.graphs()) - before
    missing = [g for g in expected if not store.has_graph(g)]
    if missing:
        problems.append(f"ingested article without a graph: {missing[0]}")
    if new - expected:
        problems.append(f"graph of an article not reported as ingested: {sorted(new - expected)}")
    problems += bad_literals(store, new)
    if case.good is True and summary.failures:
        problems.append(f"good input reported: {summary.failures[0][:200]}")
    if case.good is False and not summary.failures:
        problems.append("bad input went in without a failure")
    if problems:
        return Result("FINDING", seconds, len(case.data), "; ".join(problems))
    return Result("reported" if summary.failures else "ok", seconds, len(case.data))


def check_mixed(work: Path, rng: random.Random, index: int) -> list[str]:
    """Ingest a folder of good and bad files at once; return what went wrong."""
    folder = work / f"mixed-{index}"
    folder.mkdir()
    good, bad = [], []
    for i in range(rng.randint(2, 6)):
        p = folder / f"good-{i}.txt"
        p.write_text(article_text(rng), encoding="utf-8")
        good.append(p)
    for i, data in enumerate([b"", b"\xff\xfe\x00", b'{"text": 5}', b"\xc3(", b"[" * 5000]):
        p = folder / f"bad-{i}{['.txt', '.md', '.json', '.txt', '.json'][i]}"
        p.write_bytes(data)
        bad.append(p)
    store = EmbeddedStore.in_memory()
    sources: list[str] = []
    summary = ingest([str(folder)], store, on_article=sources.append)
    problems = []
    if sorted(sources) != sorted(str(p) for p in good):
        problems.append(f"{len(sources)} of {len(good)} good articles went in")
    for p in good:
        if not graphs_of(str(p), {str(p)}) <= set(store.graphs()):
            problems.append(f"no graph for {p.name}")
    for p in bad:
        if sum(f.startswith(str(p)) for f in summary.failures) != 1:
            problems.append(f"not exactly one failure for {p.name}: {summary.failures}")
    return problems


def check_cli(work: Path, rng: random.Random) -> list[str]:
    """Run ``kg ingest`` on a mixed folder as a user would; return what went wrong."""
    folder = work / "cli"
    folder.mkdir()
    (folder / "good.txt").write_text(article_text(rng), encoding="utf-8")
    (folder / "good.jsonl").write_text(json.dumps({"text": article_text(rng)}) + "\n")
    bad = {"empty.txt": b"  \n", "latin1.md": b"caf\xe9", "deep.json": b"[" * 100_000}
    bad["types.jsonl"] = b'{"text": ["a"]}\n{"date": []}\n'
    for name, data in bad.items():
        (folder / name).write_bytes(data)
    command = ["ingest", "--store", str(work / "cli-store"), str(folder)]
    done = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", *command],
        capture_output=True,
        text=True,
        timeout=600,
    )
    problems = []
    if done.returncode != 1:
        problems.append(f"exit code {done.returncode}, not 1")
    if "Traceback" in done.stderr:
        problems.append("a traceback on stderr")
    errors = [ln for ln in done.stderr.splitlines() if ln.startswith("error: ")]
    for name in bad:
        want = 2 if name == "types.jsonl" else 1
        got = sum(str(folder / name) in ln for ln in errors)
        if got != want:
            problems.append(f"{got} error lines for {name}, expected {want}")
    if "articles: 2," not in done.stderr:
        problems.append("the two good articles did not both go in: " + done.stderr[-300:])
    return problems


# -- the run --------------------------------------------------------------------------


def plan(cases: int, big: int, rng: random.Random, seeds: list[bytes]) -> list[Callable[[], Case]]:
    """The list of case makers, shuffled: big cases first counted, the rest shared out."""
    makers: list[Callable[[], Case]] = [
        functools.partial(gen_big, rng, k) for k in range(4) for _ in range(big)
    ][:cases]
    families = [*FAMILIES.values(), functools.partial(gen_mutated, seeds=seeds)]
    makers += [
        functools.partial(families[i % len(families)], rng) for i in range(cases - len(makers))
    ]
    rng.shuffle(makers)
    return makers


def main() -> int:
    """Run the fuzz cases and print the summary table; exit 1 on crashes or findings."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=10_000, help="number of cases in all")
    parser.add_argument("--seed", type=int, default=1, help="random seed (same seed, same run)")
    parser.add_argument("--big", type=int, default=1, help="cases of each big kind (10 MB...)")
    parser.add_argument("--timeout", type=float, default=600.0, help="seconds before a case hangs")
    parser.add_argument("--mixed-every", type=int, default=1000, help="mixed-folder check period")
    parser.add_argument("--keep", type=Path, help="folder to copy crashing and finding inputs to")
    args = parser.parse_args()

    rng = random.Random(args.seed)
    seeds = seed_texts()
    signal.signal(signal.SIGALRM, _alarm)
    tallies: dict[str, Tally] = defaultdict(Tally)
    findings: list[tuple[str, int, str, str]] = []
    mixed_problems: list[str] = []
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-fuzz-") as tmp:
        work = Path(tmp)
        (work / "warm-up.txt").write_text(article_text(random.Random(0)), encoding="utf-8")
        ingest([str(work / "warm-up.txt")], EmbeddedStore.in_memory())  # load the pipeline
        store = EmbeddedStore.in_memory()
        for i, make in enumerate(plan(args.cases, args.big, rng, seeds)):
            case = make()
            path = work / f"case-{i:05d}{case.suffix}"
            path.write_bytes(case.data)
            if i % 200 == 0:
                store = EmbeddedStore.in_memory()
            result = run_case(store, path, case, args.timeout)
            path.unlink()
            if case.family == "big":
                print(
                    f"  big case {i}: {case.suffix}, {result.size / 2**20:.1f} MB, "
                    f"{result.outcome}, {result.seconds:.1f} s {result.detail[:200]}",
                    file=sys.stderr,
                )
            t = tallies[case.family]
            t.cases += 1
            t.outcomes[result.outcome] += 1
            t.seconds += result.seconds
            t.size += result.size
            if result.seconds > t.slowest[0]:
                t.slowest = (result.seconds, result.size, f"case {i}")
            if result.outcome in ("CRASH", "FINDING"):
                findings.append((case.family, i, result.outcome, result.detail))
                if args.keep:
                    args.keep.mkdir(parents=True, exist_ok=True)
                    kept = args.keep / f"{result.outcome.lower()}-{i:05d}{case.suffix}"
                    kept.write_bytes(case.data)
                    kept.with_suffix(kept.suffix + ".msg").write_text(result.detail + "\n")
            if args.mixed_every and (i + 1) % args.mixed_every == 0:
                mixed_problems += check_mixed(work, rng, i)
            if (i + 1) % 500 == 0:
                print(f"  {i + 1} cases, {time.perf_counter() - started:.0f} s", file=sys.stderr)
        cli_problems = check_cli(work, rng)

    print_table(tallies)
    print(f"\nseed {args.seed}, {args.cases} cases, {time.perf_counter() - started:.0f} s")
    print(f"mixed-folder checks: {mixed_problems[:5] or 'ok'}")
    print(f"kg ingest subprocess check: {cli_problems or 'ok'}")
    by_detail: dict[str, list[int]] = defaultdict(list)
    for family, i, outcome, detail in findings:
        by_detail[f"{outcome} [{family}] {re.sub(r'case-[0-9]+', 'case-N', detail)}"].append(i)
    for detail, ids in sorted(by_detail.items()):
        print(f"{len(ids):5d} x {detail}  (cases {', '.join(map(str, ids[:5]))})")
    return 1 if findings or mixed_problems or cli_problems else 0


def print_table(tallies: dict[str, Tally]) -> None:
    """Print one row per family and a total row."""
    head = ("family", "cases", "ok", "reported", "crash", "finding", "s/case", "slowest s", "s/MB")
    print("| " + " | ".join(head) + " |")
    print("|---|" + "---:|" * (len(head) - 1))
    total = Tally()
    for name in [*FAMILIES, "mutated", "big"]:
        if name not in tallies:
            continue
        t = tallies[name]
        total.cases += t.cases
        total.outcomes.update(t.outcomes)
        total.seconds += t.seconds
        total.size += t.size
        if t.slowest[0] > total.slowest[0]:
            total.slowest = t.slowest
        print(_row(name, t))
    print(_row("**all**", total))


def _row(name: str, t: Tally) -> str:
    mb = t.size / 2**20
    slow = f"{t.slowest[0]:.2f} ({t.slowest[1] / 2**20:.2f} MB)"
    return (
        f"| {name} | {t.cases} | {t.outcomes['ok']} | {t.outcomes['reported']} | "
        f"{t.outcomes['CRASH']} | {t.outcomes['FINDING']} | {t.seconds / max(t.cases, 1):.3f} | "
        f"{slow} | {t.seconds / mb if mb else 0:.1f} |"
    )


if __name__ == "__main__":
    sys.exit(main())
