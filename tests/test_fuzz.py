"""Properties of reading and extracting any input: articles or one clear error, never a crash.

Hypothesis generates bytes, JSON records, money and dates; the fixed cases cover the inputs
the issue names (deep HTML and JSON, one 1 MB line, wrong JSON types, mixed folders, the CLI).
The 10,000-case run with big files is ``bench/fuzz.py``; its regressions live in tests/fuzz/.
"""

from __future__ import annotations

import datetime as dt
import itertools
import json
import re
import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import kg.extract  # first: kg.sources.clean alone hits an import cycle
from kg.dates import MONTHS, find_dates, parse_absolute
from kg.errors import InputError
from kg.extract import extract_text
from kg.extract.money import find_money
from kg.ingest import ingest
from kg.rdf.iris import article_iri
from kg.rdf.mapping import article_quads
from kg.sources.clean import MAX_SEGMENT, find_layout, split_long
from kg.sources.model import Article, Segment
from kg.sources.read import make_article, parse_text, read_articles
from kg.store import EmbeddedStore

settings.register_profile(
    "fuzz", max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
FUZZ = settings.get_profile("fuzz")
SLOW = settings(FUZZ, max_examples=25)  # each example runs the extractor

CORPUS = Path(__file__).resolve().parent / "fuzz"
SUFFIXES = [".txt", ".md", ".html", ".json", ".jsonl"]
XSD = "http://www.w3.org/2001/XMLSchema#"
GOOD = "Allies sign pact\n\nSEOUL, April 3, 2024 — Japan and South Korea signed a pact.\n"

# Pieces that make inputs interesting: BOMs, NULs, broken UTF-8, JSON and HTML syntax,
# lone surrogate escapes, Unicode line breaks, bidi and zero-width characters, RTL, emoji.
SNIPPETS = [
    b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff", b"\xff\xfe\x00\x00", b"\x00", b"\xff",
    b"\xc3", b"\xed\xa0\x80", b"\xc0\xaf", b"{", b"}", b"[", b"]", b'"', b":", b",",
    b'{"text": ', b'"title": ', b'"date": ', b"null", b"1e400", b"NaN", b"9" * 50,
    b"\\ud800", b"\\u0000", b"<div>", b"</div>", b"<script>", b"</script>", b"<!--",
    b"<title>", b"&#xD800;", b"&#0;", b"\n", b"\r\n", b"\r", "\u2028".encode(),
    "\u0085".encode(), "\u200b".encode(), "\u202e".encode(), "\ufeff".encode(),
    "الولايات المتحدة".encode(), "👩‍👩‍👧".encode(), b"Japan and South Korea met. ",
    b"SEOUL, February 30, 2024 \xe2\x80\x94 ", b"$1e308 billion", b"Published: 2024-13-45",
]  # fmt: skip
interesting_bytes = st.one_of(
    st.binary(max_size=300),
    st.lists(
        st.one_of(
            st.sampled_from(SNIPPETS), st.binary(max_size=8), st.text(max_size=8).map(str.encode)
        ),
        max_size=40,
    ).map(b"".join),
)


def check_article(article: Article) -> None:
    """What every article the reader yields must satisfy."""
    assert article.text.strip()
    article.text.encode("utf-8")  # no lone surrogates: RDF literals need valid Unicode
    for value in (article.title, article.url, article.id):
        if value is not None:
            value.encode("utf-8")
    if article.date is not None:
        assert dt.date.fromisoformat(article.date).isoformat() == article.date
    assert article.url is None or re.match(r"https?://\S+$", article.url)
    assert re.fullmatch(r"[A-Za-z0-9._-]{1,64}", article.id)
    for seg in article.segments:
        assert 0 <= seg.start <= seg.end <= len(article.text)
        assert seg.end - seg.start <= MAX_SEGMENT


def check_items(items: list[Article | InputError], source: str) -> None:
    """Every item is an article or an error naming ``source`` on one line."""
    assert items, "an input yields at least one article or error"
    for item in items:
        if isinstance(item, InputError):
            message = str(item)
            assert message.startswith(source), message
            assert "\n" not in message and "Traceback" not in message
        else:
            assert isinstance(item, Article)
            assert item.source.startswith(source)
            check_article(item)


# -- reading any bytes --------------------------------------------------------------------


@FUZZ
@given(data=interesting_bytes, suffix=st.sampled_from(SUFFIXES))
def test_any_bytes_give_articles_or_errors_naming_the_file(data: bytes, suffix: str) -> None:
    source = "in" + suffix
    check_items(list(parse_text(data, source, suffix)), source)


@FUZZ
@given(text=st.text(max_size=200), codec=st.sampled_from(["utf-16", "utf-32", "utf-8-sig"]))
def test_text_with_a_bom_reads_as_the_same_text(text: str, codec: str) -> None:
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:  # lone surrogates cannot be encoded at all
        return
    items = list(parse_text(data, "in.txt", ".txt"))
    check_items(items, "in.txt")
    if isinstance(items[0], Article):
        assert items[0].text == text.lstrip("\ufeff")


def test_files_read_from_disk_name_themselves(tmp_path: Path) -> None:
    (tmp_path / "deep.json").write_bytes(b"[" * 100_000)
    (tmp_path / "bad.txt").write_bytes(b"caf\xe9")
    (tmp_path / "good.md").write_text("# " + GOOD, encoding="utf-8")
    items = list(read_articles([str(tmp_path)]))
    check_items(items[:1], str(tmp_path / "bad.txt"))
    check_items(items[1:2], str(tmp_path / "deep.json"))
    assert isinstance(items[2], Article) and items[2].title == "Allies sign pact"


# -- JSON records of any shape ------------------------------------------------------------

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats()
    | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
field_values = st.one_of(
    json_values, st.sampled_from([GOOD, "2024-02-30", "February 30, 2024", "https://ex.com/a"])
)
records = st.dictionaries(
    st.sampled_from(["text", "title", "date", "url", "id", "extra"]), field_values, max_size=6
)


def must_go_in(record: dict[str, object]) -> bool:
    """The reader's contract: a non-blank string text; other fields strings, integers or null."""
    text = record.get("text")
    if not isinstance(text, str) or not re.sub(r"[\s\u200b-\u200f\u2060\ufeff]", "", text):
        return False
    for key in ("title", "date", "url", "id"):
        value = record.get(key)
        if value is not None and (isinstance(value, bool) or not isinstance(value, str | int)):
            return False
    return "\x00" not in text


@FUZZ
@given(lines=st.lists(records, min_size=1, max_size=5))
def test_jsonl_records_go_in_or_are_reported_with_their_line(lines: list[dict]) -> None:
    data = "\n".join(json.dumps(r, ensure_ascii=False) for r in lines).encode("utf-8", "replace")
    items = list(parse_text(data, "wire.jsonl", ".jsonl"))
    assert len(items) == len(lines)
    for n, (record, item) in enumerate(zip(lines, items, strict=True), 1):
        if must_go_in(record):
            assert isinstance(item, Article), item
            check_article(item)
            assert item.source == f"wire.jsonl:{n}"
        else:
            assert isinstance(item, InputError)
            assert str(item).startswith(f"wire.jsonl:{n}: "), item


@pytest.mark.parametrize(
    "record,problem",
    [
        ({"text": 5}, "field 'text' must be a string, not a number"),
        ({"text": GOOD, "date": []}, "field 'date' must be a string, not an array"),
        ({"text": GOOD, "title": {"a": None}}, "field 'title' must be a string, not an object"),
        ({"text": None}, "field 'text' must be a string, not null"),
        ({"title": "no text"}, "missing 'text' field"),
        ({"text": GOOD, "id": True}, "field 'id' must be a string, not a boolean"),
        ([None, {"text": None}], "expected a JSON object with a 'text' field, not an array"),
    ],
)
def test_wrong_json_types_name_the_file_and_line(record: object, problem: str) -> None:
    data = b'{"text": "Japan and Korea met."}\n' + json.dumps(record).encode()
    items = list(parse_text(data, "a.jsonl", ".jsonl"))
    assert isinstance(items[0], Article)
    assert str(items[1]) == f"a.jsonl:2: {problem}"


@pytest.mark.parametrize(
    "data,problem",
    [
        (b"[" * 100_000 + b"]" * 100_000, "invalid JSON (nested too deeply)"),
        (b'{"text": "x", "id": ' + b"9" * 5000 + b"}", "more than 4300 digits"),
        (b'{"text": "x"} trailing', "invalid JSON (line 1, column 15: Extra data)"),
    ],
)
def test_unparsable_json_is_one_error(data: bytes, problem: str) -> None:
    items = list(parse_text(data, "a.json", ".json"))
    assert len(items) == 1 and isinstance(items[0], InputError)
    assert str(items[0]).startswith("a.json: ") and problem in str(items[0])


def test_lone_surrogate_escapes_become_replacement_characters() -> None:
    data = b'{"text": "Japan \\ud800 met Korea.", "title": "\\udfff"}'
    (article,) = parse_text(data, "a.json", ".json")
    assert isinstance(article, Article)
    assert article.text == "Japan \ufffd met Korea." and article.title == "\ufffd"


def test_line_separators_inside_jsonl_strings_do_not_split_records() -> None:
    data = '{"text": "Japan\u2028and Korea\x85met."}\n{"text": "B\u2029C"}\n'.encode()
    items = list(parse_text(data, "a.jsonl", ".jsonl"))
    assert [i.source for i in items if isinstance(i, Article)] == ["a.jsonl:1", "a.jsonl:2"]


def test_only_web_addresses_are_kept_as_urls() -> None:
    page = b'<link rel="canonical" href="javascript:alert(1)"><p>Japan met Korea.</p>'
    (article,) = parse_text(page, "a.html", ".html")
    assert isinstance(article, Article) and article.url is None
    record = b'{"text": "x", "url": " https://ex.com/a?b=1 "}'
    assert next(parse_text(record, "a.json", ".json")).url == "https://ex.com/a?b=1"


# -- HTML -----------------------------------------------------------------------------------


@pytest.mark.parametrize("tag", ["div", "table"])
def test_html_nested_100000_levels_reads_without_recursion(tag: str) -> None:
    page = (
        f"<html><head><title>Deep</title><script>var x = '<p>Russia condemned Japan.</p>';"
        f"</script><style>p {{}}</style></head><body>{f'<{tag}>' * 100_000}"
        f"<p>Japan and South Korea met.</p>{f'</{tag}>' * 100_000}</body></html>"
    )
    (article,) = parse_text(page.encode(), "deep.html", ".html")
    assert isinstance(article, Article)
    assert "Japan and South Korea met." in article.text
    assert "Russia" not in article.text and "p {}" not in article.text


HTML_PIECES = [
    "<p>", "</p>", "<div>", "</div>", "<script>", "</script>", "<style>", "<nav>", "</nav>",
    "<title>", "</title>", "<h1>", "<!--", "-->", "<![", "<![CDATA[", "]]>", "<!DOCTYPE ",
    "<?", "</", "<", ">", "'", '"', "=", "&", "&#", "&#xD800;", "&#0;", "&lt;", "a", " ",
    "<meta property='article:published_time' content='", "<link rel=canonical href='",
    "Japan and South Korea met.", "\u202e", "🚀",
]  # fmt: skip


@FUZZ
@given(st.lists(st.sampled_from(HTML_PIECES) | st.text(max_size=5), max_size=60).map("".join))
def test_any_markup_reads_as_an_article_or_an_error(page: str) -> None:
    check_items(list(parse_text(page.encode("utf-8", "replace"), "p.html", ".html")), "p.html")


@pytest.mark.parametrize("tail", ["</", "<?", "<!", "<![", "<a b='"])
def test_page_ending_in_unclosed_markup_keeps_it_as_text(tail: str) -> None:
    """Regression: thousands of these after the last '>' took quadratic time, '<![<' raised."""
    (article,) = parse_text(f"<p>Japan met Korea.</p>{tail * 20_000}".encode(), "p.html", ".html")
    assert isinstance(article, Article)
    assert article.text.startswith("Japan met Korea.")
    assert article.text == "Japan met Korea.\n\n" + tail * 20_000


def test_long_runs_without_spaces_are_noise_not_sentences() -> None:
    """Regression: 40,000 characters of '<?' took the tokenizer minutes (quadratic)."""
    text = "Talks\n\nJapan and South Korea met in Seoul. " + "<?" * 20_000 + " Both agreed."
    layout = find_layout(text)
    assert [(s.role, text[s.start : s.end][:8]) for s in layout.segments] == [
        ("headline", "Talks"),
        ("body", "Japan an"),
        ("noise", "<?<?<?<?"),
        ("body", "Both agr"),
    ]
    assert [f.kind for f in extract_text(text).facts] == ["meeting"]


# -- long lines -----------------------------------------------------------------------------


def test_one_1mb_line_is_cut_into_paragraphs_the_splitter_accepts() -> None:
    line = "Japan and South Korea met in Seoul. " * 30_000  # 1.08 MB, over spaCy's 1,000,000
    layout = find_layout(line)
    pieces = [line[s.start : s.end] for s in layout.segments]
    assert all(len(p) <= MAX_SEGMENT for p in pieces)
    assert all(p.startswith("Japan") and p.endswith("Seoul.") for p in pieces)
    assert "".join(pieces).replace(" ", "") == line.replace(" ", "")


@FUZZ
@given(
    text=st.text(st.sampled_from("ab .!?\n\u3000\u2028。”"), max_size=300), limit=st.integers(1, 40)
)
def test_split_long_keeps_every_character_in_order(text: str, limit: int) -> None:
    pieces = split_long(text, Segment(0, len(text), "body"), limit)
    assert all(p.end - p.start <= limit for p in pieces)
    assert all(a.end <= b.start for a, b in itertools.pairwise(pieces))
    kept = "".join(text[p.start : p.end] for p in pieces)
    assert re.sub(r"\s", "", kept) == re.sub(r"\s", "", text)
    assert pieces[-1].end == len(text) and pieces[0].start == 0


# -- money and dates ------------------------------------------------------------------------

SYMBOLS = ["$", "US$", "A$", "€", "£", "¥", "₩", "USD ", "EUR ", "KRW "]
SCALES = ["", " million", " billion", " trillion", "bn", "m", " thousand"]


def numeral(n: int, commas: bool) -> str:
    return f"{n:,}" if commas else str(n)


@FUZZ
@given(
    n=st.integers(min_value=1, max_value=10**30),
    commas=st.booleans(),
    symbol=st.sampled_from(SYMBOLS),
    scale=st.sampled_from(SCALES),
)
def test_amounts_are_read_whole_or_not_at_all(
    n: int, commas: bool, symbol: str, scale: str
) -> None:
    text = f"a deal worth {symbol}{numeral(n, commas)}{scale} was signed"
    found = find_money(text)
    factor = {"": 1, " million": 10**6, " billion": 10**9, " trillion": 10**12, "bn": 10**9}
    factor |= {"m": 10**6, " thousand": 10**3}
    value = n * factor[scale]
    if value < 10**16:
        assert [m.value for m in found] == [value]
    else:
        assert found == []


@FUZZ
@given(
    mantissa=st.from_regex(r"\A\d{1,4}(\.\d{1,3})?\Z"),
    exponent=st.from_regex(r"\A[eE][+-]?\d{1,3}\Z"),
    symbol=st.sampled_from(SYMBOLS),
    scale=st.sampled_from(SCALES),
)
def test_scientific_notation_is_no_amount(
    mantissa: str, exponent: str, symbol: str, scale: str
) -> None:
    assert find_money(f"for {symbol}{mantissa}{exponent}{scale} in all") == []


@FUZZ
@given(text=st.lists(st.sampled_from(SNIPPETS[-4:]) | st.text(max_size=20), max_size=10))
def test_money_values_are_finite_positive_decimals(text: list) -> None:
    joined = "".join(t.decode("utf-8", "replace") if isinstance(t, bytes) else t for t in text)
    for m in find_money(joined + " $1e308 billion, $0.0000001 and ₩-5 billion"):
        assert m.value.is_finite() and 0 < m.value < 10**16
        lexical = f"{m.value:f}"
        assert re.fullmatch(r"\d+(\.\d+)?", lexical)
        literal = ox.Literal(lexical, datatype=ox.NamedNode(XSD + "decimal"))
        assert Decimal(literal.value) == m.value


@FUZZ
@given(
    month=st.sampled_from(sorted(MONTHS)),
    day=st.integers(0, 99),
    year=st.integers(1900, 2099),
    form=st.sampled_from(["{M} {d}, {y}", "{d} {M} {y}", "{y}-{m:02d}-{d:02d}"]),
)
def test_absolute_dates_are_real_days_or_none(month: str, day: int, year: int, form: str) -> None:
    number = MONTHS[month]
    name = month.capitalize() + ("." if len(month) == 3 and month != "may" else "")
    text = form.format(M=name, d=day, y=year, m=number)
    try:
        expected: str | None = dt.date(year, number, day).isoformat()
    except ValueError:
        expected = None
    assert parse_absolute(text) == expected


@FUZZ
@given(
    words=st.lists(
        st.sampled_from(
            ["February 30", "April 31, 2023", "Feb 29", "last month", "yesterday", "Tuesday",
             "in May", "last Sunday", "May 99", "2024-13-45", "2024-02-29", "Dec 31", "on "]
        )
        | st.text(max_size=6),
        max_size=12,
    ),
    article_date=st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2099, 12, 31)),
)  # fmt: skip
def test_found_dates_are_valid_calendar_values(words: list[str], article_date: object) -> None:
    ref = article_date.isoformat() if article_date else None  # type: ignore[attr-defined]
    for m in find_dates(" ".join(words), ref):
        if m.value is None:
            continue
        if len(m.value) == 10:
            assert dt.date.fromisoformat(m.value).isoformat() == m.value
        else:
            assert re.fullmatch(r"\d{4}-(0[1-9]|1[0-2])", m.value)
        assert 1899 <= int(m.value[:4]) <= 2099


@pytest.mark.parametrize("ref", ["2024-02-30", "0001-01-01", "9999-12-31", "2024-05", "x"])
def test_relative_dates_against_an_unusable_article_date_stay_unresolved(ref: str) -> None:
    found = find_dates("last month, yesterday, last Monday, in December", ref)
    assert [m.value for m in found] == [None, None, None, None]


def test_impossible_dates_never_become_article_dates() -> None:
    text = "Pact\n\nSEOUL, February 30, 2024 — Japan and Korea met on April 31, 2023."
    article = make_article(text, "a.txt", date="2024-02-30T10:00:00Z")
    assert article.date is None
    ex = extract_text(text)
    assert all(f.date is None or dt.date.fromisoformat(f.date[:10]) for f in ex.facts)


# -- extraction of any text -----------------------------------------------------------------

fact_sentences = [
    "Japan and South Korea signed a defense pact on May 3, 2024.",
    "Lockheed Martin was awarded a $344 million contract.",
    "China condemned the exercise.",
]
texts = st.lists(
    st.sampled_from(fact_sentences)
    | st.text(
        st.characters(blacklist_categories=["Cs"]) | st.sampled_from("\u200b\u202eאבג🚀 .\n"),
        max_size=40,
    ),
    min_size=1,
    max_size=8,
).map(" ".join)


@SLOW
@given(text=texts)
def test_any_text_extracts_to_literals_that_parse_back(text: str) -> None:
    try:
        article = make_article(text, "any.txt")
    except InputError as e:  # blank (zero-width characters count as blank) or binary
        assert str(e).startswith("any.txt: ")
        return
    ex = kg.extract.extract_article(article)
    for fact in ex.facts:
        for ev in fact.evidence:
            assert 0 <= ev.start <= ev.end <= len(text)
            assert text[ev.start : ev.end] == ev.text
    quads = article_quads(article, ex)
    data = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    assert set(ox.parse(data, format=ox.RdfFormat.N_QUADS)) == set(quads)
    for q in quads:
        if isinstance(q.object, ox.Literal) and q.object.datatype.value == XSD + "date":
            dt.date.fromisoformat(q.object.value)


# -- ingest: mixed folders, the CLI, the regression corpus ---------------------------------

BAD_FILES = {
    "empty.txt": b"",
    "blank.md": " \n\t\u3000\u200b\n".encode(),
    "latin1.txt": b"caf\xe9 au lait",
    "random.html": bytes(range(256)) * 4,
    "deep.json": b"[" * 100_000,
    "cut-utf16.txt": "Headline\n\nJapan met Korea.".encode("utf-16")[:-1],
}
GOOD_FILES = {
    "plain.txt": GOOD.encode(),
    "page.html": b"<title>Talks</title><script>x()</script><p>India and France held talks.</p>",
    "one.json": json.dumps({"text": "Sweden pledged support for Ukraine."}).encode(),
    "rtl-emoji.md": "# 🚀 الولايات\n\nJapan\u200b and Poland met in Warsaw.".encode(),
    "utf16.txt": "Pact\n\nGermany and France signed a pact.".encode("utf-16"),
}


def mixed_folder(root: Path) -> Path:
    folder = root / "in"
    folder.mkdir()
    for name, data in {**BAD_FILES, **GOOD_FILES}.items():
        (folder / name).write_bytes(data)
    (folder / "mixed.jsonl").write_text(
        json.dumps({"text": "Norway and Sweden met."}) + "\n" + json.dumps({"text": []}) + "\n"
    )
    return folder


def test_mixed_folder_puts_every_good_article_in_and_reports_every_bad_file(
    tmp_path: Path,
) -> None:
    folder = mixed_folder(tmp_path)
    store = EmbeddedStore.in_memory()
    sources: list[str] = []
    summary = ingest([str(folder)], store, on_article=sources.append)
    good = sorted([*(str(folder / n) for n in GOOD_FILES), f"{folder / 'mixed.jsonl'}:1"])
    assert sorted(sources) == good
    articles = [a for a in read_articles([str(folder)]) if isinstance(a, Article)]
    assert sorted(store.graphs()) == sorted({article_iri(a.id) for a in articles})
    for name in BAD_FILES:
        assert sum(f.startswith(str(folder / name) + ":") for f in summary.failures) == 1, name
    assert [f for f in summary.failures if "mixed.jsonl" in f] == [
        f"{folder / 'mixed.jsonl'}:2: field 'text' must be a string, not an array"
    ]
    assert len(summary.failures) == len(BAD_FILES) + 1
    assert not any("internal error" in f for f in summary.failures)


def test_kg_ingest_reports_each_bad_file_on_one_line_and_exits_1(tmp_path: Path) -> None:
    folder = mixed_folder(tmp_path)
    done = subprocess.run(
        [sys.executable, "-c", "from kg.cli import main; main()", "ingest", "--store",
         str(tmp_path / "store"), str(folder)],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert "Traceback" not in done.stderr
    errors = [ln for ln in done.stderr.splitlines() if ln.startswith("error: ")]
    for name in BAD_FILES:
        assert sum(ln.startswith(f"error: {folder / name}: ") for ln in errors) == 1, name
    assert len(errors) == len(BAD_FILES) + 1
    assert f"articles: {len(GOOD_FILES) + 1}," in done.stderr


def corpus_cases() -> list[Path]:
    return sorted(p for p in CORPUS.iterdir() if p.suffix in SUFFIXES) if CORPUS.is_dir() else []


@pytest.mark.parametrize("path", corpus_cases(), ids=lambda p: p.name)
def test_regression_corpus(path: Path) -> None:
    """Files that once crashed: ``ok-*`` go in whole, ``bad-*`` give errors naming them."""
    store = EmbeddedStore.in_memory()
    summary = ingest([str(path)], store)
    assert not any("internal error" in f for f in summary.failures), summary.failures
    if path.name.startswith("ok-"):
        assert summary.failures == [] and store.graphs()
    else:
        assert summary.failures and not store.graphs()
        assert all(f.startswith(str(path)) for f in summary.failures)


def test_a_utf8_bom_is_never_read_as_utf16() -> None:
    """Found by the fuzzer: BOM, then "00", NUL, U+0080 looked like BOM-less UTF-16."""
    items = list(parse_text("00\x00\x80".encode("utf-8-sig"), "in.txt", ".txt"))
    check_items(items, "in.txt")
    assert not isinstance(items[0], Article)  # a NUL in UTF-8 text: a binary file
    assert "binary" in str(items[0])
