"""Tests of kg.sources: HTML to text, page layout (noise, summary, dates), formats, ids."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import kg.extract  # noqa: F401  (first: kg.sources.clean alone hits an import cycle, see below)
from kg.errors import InputError
from kg.sources.clean import find_layout
from kg.sources.model import Article
from kg.sources.read import article_id, make_article, parse_text, read_articles
from kg.sources.webpage import html_to_text

ARTICLES = Path(__file__).resolve().parent / "articles"


def roles(text: str, **kw: str) -> list[tuple[str, str]]:
    """(role, text) of every segment find_layout marks."""
    return [(s.role, text[s.start : s.end]) for s in find_layout(text, **kw).segments]


def role_of(text: str, line: str) -> set[str]:
    return {role for role, seg in roles(text) if seg == line}


# -- imports ------------------------------------------------------------------------------


def test_sources_clean_imports_on_its_own() -> None:
    """Regression: kg.sources.clean imported first must not hit the kg.extract import cycle."""
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "from kg.sources.clean import find_layout; print(find_layout('T').title)",
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "T"


# -- HTML ---------------------------------------------------------------------------------

PAGE = """<!doctype html><html><head>
<title>Spain, Portugal sign pact | Iberia Daily</title>
<meta property="article:published_time" content="2024-05-06T09:00:00+02:00">
<link rel="canonical" href="https://iberia.example.com/defense/pact">
<style>body { font-family: serif; }</style>
<script type="text/javascript">var headline = "Russia condemned Spain";</script>
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/world">World news</a></li></ul></nav>
<header><p>Iberia Daily masthead</p></header>
<main>
<h1>Spain and Portugal Sign Defense Cooperation Agreement</h1>
<p>LISBON, May 6, 2024 &mdash; Spain and Portugal signed a defense pact on Monday.</p>
<p>The two countries will hold joint naval exercises in the Atlantic.</p>
<noscript>Please enable JavaScript</noscript>
</main>
<aside>Most read today</aside>
<footer><p>Contact us &middot; Privacy</p></footer>
</body></html>"""


def test_html_drops_scripts_styles_and_navigation() -> None:
    text = html_to_text(PAGE).text
    for gone in (
        "var headline",
        "font-family",
        "Home",
        "World news",
        "masthead",
        "Most read",
        "Privacy",
        "enable JavaScript",
        "Russia condemned",
    ):
        assert gone not in text


def test_html_keeps_paragraphs_with_the_title_first() -> None:
    page = html_to_text(PAGE)
    assert page.text.split("\n\n") == [
        "Spain and Portugal Sign Defense Cooperation Agreement",
        "LISBON, May 6, 2024 — Spain and Portugal signed a defense pact on Monday.",
        "The two countries will hold joint naval exercises in the Atlantic.",
    ]


def test_html_line_breaks_inside_a_paragraph_are_spaces() -> None:
    """Regression: newlines in HTML source are whitespace; a wrapped <p> is one paragraph."""
    page = html_to_text(
        "<h1>Pact</h1>\n<p>Spain and Portugal signed a defense cooperation\n"
        "   agreement in Lisbon on Monday,\n   officials said.</p>"
    )
    assert page.text == (
        "Pact\n\nSpain and Portugal signed a defense cooperation agreement in Lisbon on Monday, "
        "officials said."
    )


def test_html_metadata() -> None:
    page = html_to_text(PAGE)
    assert page.title == "Spain and Portugal Sign Defense Cooperation Agreement"  # h1 over <title>
    assert page.date == "2024-05-06T09:00:00+02:00"
    assert page.url == "https://iberia.example.com/defense/pact"


def test_html_title_without_h1_and_time_element() -> None:
    page = html_to_text(
        "<html><head><title>Talks in Rome</title>"
        '<meta property="og:url" content="https://x.example/1"></head><body>'
        '<time datetime="2024-06-12">June 12</time><p>Italy and Japan held talks.</p></body></html>'
    )
    assert page.title == "Talks in Rome"
    assert page.text.startswith("Talks in Rome\n\n")
    assert "Italy and Japan held talks." in page.text
    assert page.date == "2024-06-12"
    assert page.url == "https://x.example/1"


def test_html_file_becomes_an_article_with_metadata() -> None:
    path = ARTICLES / "manila-access.html"
    (article,) = parse_text(path.read_bytes(), str(path), ".html")
    assert isinstance(article, Article)
    assert article.title == "Japan and Philippines Sign Reciprocal Access Agreement"
    assert article.date == "2024-07-08"
    assert article.url == "https://wire.example.org/asia/japan-philippines-access"
    assert "tracker" not in article.text and "Most read" not in article.text
    assert "signed a reciprocal access agreement on Monday" in article.text


# -- layout -------------------------------------------------------------------------------

PAGE_TEXT = """Greece and Cyprus Sign Defense Pact
By Eleni Papadaki
Published: June 21, 2024 11:05 AM

NICOSIA, June 20, 2024 — Greece and Cyprus signed a defense cooperation agreement on Thursday.

Advertisement

Related:
Cyprus buys new radars
Greek navy commissions frigate

Greece and Cyprus Sign Defense Pact

Key points
- Greece and Cyprus signed a defense cooperation agreement.
- The pact covers training and radars.
"""


def test_layout_title_is_the_first_line() -> None:
    layout = find_layout(PAGE_TEXT)
    assert layout.title == "Greece and Cyprus Sign Defense Pact"
    assert roles(PAGE_TEXT)[0] == ("headline", "Greece and Cyprus Sign Defense Pact")


def test_layout_byline_is_noise() -> None:
    assert role_of(PAGE_TEXT, "By Eleni Papadaki") == {"noise"}


@pytest.mark.parametrize(
    ("line", "role"),
    [
        ("By U.S. Naval Forces Southern Command / U.S. 4th Fleet Public Affairs", {"noise"}),
        ("By J. Smith and A. Jones", {"noise"}),
        ("By then, Russia had invaded Ukraine.", {"body"}),
    ],
)
def test_layout_byline_with_initials_is_noise(line: str, role: set[str]) -> None:
    text = (
        f"Navies Train Off Chile\n\n{line}\n\nChile and Peru began an exercise on June 3, 2024.\n"
    )
    assert role_of(text, line) == role


def test_layout_bare_author_name_near_the_top_is_noise() -> None:
    text = "Greece Buys Radars\nMaria Ioannou\n\nGreece ordered radars on June 3, 2024.\n"
    assert role_of(text, "Maria Ioannou") == {"noise"}


def test_layout_advertisement_is_noise() -> None:
    assert role_of(PAGE_TEXT, "Advertisement") == {"noise"}


def test_layout_related_link_block_is_noise_up_to_the_blank_line() -> None:
    assert role_of(PAGE_TEXT, "Related:") == {"noise"}
    assert role_of(PAGE_TEXT, "Cyprus buys new radars") == {"noise"}
    assert role_of(PAGE_TEXT, "Greek navy commissions frigate") == {"noise"}


def test_layout_repeated_headline_is_headline() -> None:
    assert [r for r, seg in roles(PAGE_TEXT) if seg == "Greece and Cyprus Sign Defense Pact"] == [
        "headline",
        "headline",
    ]


def test_layout_key_points_items_are_summary() -> None:
    assert role_of(PAGE_TEXT, "Key points") == {"noise"}
    assert role_of(PAGE_TEXT, "- Greece and Cyprus signed a defense cooperation agreement.") == {
        "summary"
    }
    assert role_of(PAGE_TEXT, "- The pact covers training and radars.") == {"summary"}


def test_layout_body_and_dateline() -> None:
    layout = find_layout(PAGE_TEXT)
    body = [seg for role, seg in roles(PAGE_TEXT) if role == "body"]
    assert body == ["Greece and Cyprus signed a defense cooperation agreement on Thursday."]
    start, end = layout.dateline
    assert PAGE_TEXT[start:end] == "NICOSIA, June 20, 2024 — "
    assert ("noise", "NICOSIA, June 20, 2024 — ") in roles(PAGE_TEXT)


def test_layout_published_line_is_noise_and_gives_the_date() -> None:
    # the Published: line comes first, so it wins over the dateline
    assert find_layout(PAGE_TEXT).date == "2024-06-21"
    assert role_of(PAGE_TEXT, "Published: June 21, 2024 11:05 AM") == {"noise"}


def test_layout_segments_point_into_the_text() -> None:
    for seg in find_layout(PAGE_TEXT).segments:
        assert 0 <= seg.start <= seg.end <= len(PAGE_TEXT)
        chunk = PAGE_TEXT[seg.start : seg.end]
        assert chunk == chunk.strip() or seg.role == "noise"


@pytest.mark.parametrize(
    "dateline,date",
    [
        ("SEOUL, April 3, 2024 — ", "2024-04-03"),
        ("WASHINGTON, Nov. 17, 2017 — ", "2017-11-17"),
        ("TOKYO, Jan 5, 2024 – ", "2024-01-05"),
        ("NEW DELHI, Sept. 9, 2024 -- ", "2024-09-09"),
        ("CANBERRA, March 1 2024 - ", "2024-03-01"),
        ("CAMP HUMPHREYS, South Korea, May 2, 2024 — ", "2024-05-02"),
        ("YEREVAN, 12 March 2024 — ", "2024-03-12"),
        ("LIMA, Peru, Feb. 8, 2024 (Andina) — ", "2024-02-08"),
        ("CASTRIES, St. Lucia and the Grenadines, Feb 8, 2024 (AP) - ", "2024-02-08"),
        ("TAIPEI/BEIJING, July 9, 2019 — ", "2019-07-09"),
        ("WASHINGTON/BEIJING, Oct. 18, 2024 — ", "2024-10-18"),
        ("VLADIVOSTOK, September 11, 2018 /TASS/. ", "2018-09-11"),
        ("Khartoum, Dec. 25, 2017 (SUNA) - ", "2017-12-25"),
        ("Hafr Al-Batin, March 10, 2016, SPA -- ", "2016-03-10"),
        ("Athens, March 3, 2024 - ", "2024-03-03"),
        ("Incheon, March 4, 2024 (Yonhap) - ", "2024-03-04"),
        ("ABU DHABI, 24th September, 2024 (WAM) -- ", "2024-09-24"),
        ("ROME, 3 March, 2024 - ", "2024-03-03"),
        ("SYDNEY, Saturday 12 August 2023 — ", "2023-08-12"),  # a weekday before the date
        ("CANBERRA, Thursday 7 December 2023 (AAP) — ", "2023-12-07"),
        ("OSLO, Monday, March 4, 2024 — ", "2024-03-04"),
        ("SYDNEY, Sat. 12 August 2023 — ", "2023-08-12"),
        ("WASHINGTON, Sept. 23, 2024 6:47 PM ET — ", "2024-09-23"),  # the time after the date
        ("New Delhi, 10 AUG 2021 — ", "2021-08-10"),  # a month in capitals
    ],
)
def test_dateline_forms(dateline: str, date: str) -> None:
    text = f"Allies Meet\n\n{dateline}Poland and Japan held talks.\n"
    layout = find_layout(text)
    assert layout.date == date
    start, end = layout.dateline
    assert text[start:end] == dateline
    assert ("body", "Poland and Japan held talks.") in roles(text)


@pytest.mark.parametrize(
    ("lead", "date"),
    [
        ("14.09.2019 | ", "2019-09-14"),
        ("2019-09-14 | ", "2019-09-14"),
        ("Sep 14, 2019 | ", "2019-09-14"),
    ],
)
def test_a_date_and_a_bar_before_the_dateline_date_the_article(lead: str, date: str) -> None:
    text = f"Allies Meet\n\n{lead}OSLO — Poland and Japan held talks on Friday.\n"
    layout = find_layout(text)
    assert layout.date == date
    assert ("body", "Poland and Japan held talks on Friday.") in roles(text)


def test_a_date_and_place_line_above_the_headline_dates_the_article() -> None:
    text = (
        "30 July 2024 | Dar es Salaam\n\nChina, Tanzania open drill\n\nBy Staff Writer\n\n"
        "China and Tanzania began drills on Monday.\n"
    )
    assert find_layout(text).date == "2024-07-30"
    headline = "Drills open as of 30 July 2024 | in the Pwani region\n\nThe drills began.\n"
    assert find_layout(headline).date is None  # a headline's words are no header


def test_a_bar_after_a_date_in_a_sentence_is_no_dateline() -> None:
    text = "Allies Meet\n\nPoland and Japan held talks on 14.09.2019 | OSLO — said the report.\n"
    assert find_layout(text).date is None


def test_dateline_with_a_non_latin1_city_name() -> None:
    # patterns.toml documents this very form: "MORĄG, Poland, Aug. 26, 2022 -"
    text = "Polish Troops Train\n\nMORĄG, Poland, Aug. 26, 2022 - Polish troops held drills.\n"
    layout = find_layout(text)
    assert layout.date == "2022-08-26"
    assert layout.dateline is not None
    assert text[layout.dateline[0] : layout.dateline[1]] == "MORĄG, Poland, Aug. 26, 2022 - "


def test_dateline_is_only_looked_for_once() -> None:
    text = "Headline\n\nSEOUL, April 3, 2024 — Talks began.\n\nBUSAN, April 5, 2024 — More talks.\n"
    layout = find_layout(text)
    assert layout.date == "2024-04-03"
    assert ("body", "BUSAN, April 5, 2024 — More talks.") in roles(text)


@pytest.mark.parametrize(
    "line,date",
    [
        ("Published: March 7, 2024", "2024-03-07"),
        ("Updated: 7 March 2024, 10:15 CET", "2024-03-07"),
        ("Posted: 2024-03-07", "2024-03-07"),
        ("Release date: 7 March 2024", "2024-03-07"),
        ("Issued: March 7, 2024", "2024-03-07"),
        ("Released on 7 March 2024", "2024-03-07"),
        ("September 11, 2023 15:20 GMT", "2023-09-11"),
        ("Saturday, October 31st 2009 - 05:32 UTC", "2009-10-31"),
        ("02.12.2008, 10.47", "2008-12-02"),
        ("Source: Xinhua | 2015-02-16 23:41:07 | Editor: huaxia", "2015-02-16"),
    ],
)
def test_published_lines(line: str, date: str) -> None:
    text = f"Headline Here\n{line}\n\nPoland and Japan held talks.\n"
    assert find_layout(text).date == date
    assert role_of(text, line) == {"noise"}


@pytest.mark.parametrize(
    "line", ["Published 26 Aug 2022", "Date: Aug. 26, 2022", "Last updated: Aug. 26, 2022"]
)
def test_every_date_line_gives_the_date(line: str) -> None:
    # patterns.toml [noise]: published = '^(published|posted|updated|date)[: ]+(?P<date>.+)$'
    # reads "Published 26 Aug 2022" and "Date: ..."; lines = '^(published|updated|posted|last
    # updated):.*$' drops "Last updated: ..." as furniture. Each such line is noise with a date.
    text = f"Headline Here\n{line}\n\nPoland and Japan held talks.\n"
    assert find_layout(text).date == "2022-08-26"
    assert role_of(text, line) == {"noise"}


def test_a_dateline_alone_on_its_line_gives_the_date_and_place() -> None:
    text = "Pact Signed\n\nSUVA, 14 June 2024\n\nYesterday, Fiji and Japan signed a pact.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2024-06-14", "Suva")
    assert ("body", "Yesterday, Fiji and Japan signed a pact.") in roles(text)
    text = "Pact Signed\nOffice of the Spokesperson\nSuva, 14 June 2024\n\nFiji signed a pact.\n"
    assert (find_layout(text).date, find_layout(text).place) == ("2024-06-14", "Suva")
    text = "Pact Signed\n\nIn Suva, talks went on, 14 June 2024\n\nFiji signed a pact.\n"
    assert find_layout(text).date is None


@pytest.mark.parametrize(
    "line,date",
    [
        ("June 4, 2024", "2024-06-04"),
        ("Tuesday, 4 June 2024", "2024-06-04"),
        ("Office of the Prime Minister | Media release | 4 June 2024", "2024-06-04"),
        ("Live updates | Tuesday, June 4, 2024 | Last updated 10:05 GMT", "2024-06-04"),
        ("Press release — Suva, June 4, 2024", "2024-06-04"),
        ("Media Release – Suva, 4 June 2024", "2024-06-04"),
        ("Press Release – Washington, D.C., June 4th, 2024", "2024-06-04"),
        ("News Release | Ottawa, Ontario, 4 June, 2024", "2024-06-04"),
    ],
)
def test_a_date_line_or_a_header_field_gives_the_date(line: str, date: str) -> None:
    text = f"Joint Statement of Fiji and Japan\n{line}\n\nFiji and Japan held talks.\n"
    assert find_layout(text).date == date
    assert role_of(text, line) == {"noise"}


@pytest.mark.parametrize(
    "header,date",
    [
        ("Source: Xinhua| 2021-06-28 22:05:41|Editor: huaxia", "2021-06-28"),
        ("June 28, 2021 15:20 GMT", "2021-06-28"),
        ("Press Information Bureau\nMinistry of Defence\n28-June-2021 17:32 IST", "2021-06-28"),
    ],
)
def test_a_date_line_above_the_headline_is_no_headline(header: str, date: str) -> None:
    text = f"{header}\n\nFiji and Japan sign a pact\n\nFiji and Japan signed a pact.\n"
    layout = find_layout(text)
    assert layout.date == date
    assert role_of(text, header.splitlines()[-1]) == {"noise"}
    if "\n" not in header:  # (a release's office lines stay its first lines)
        assert layout.title == "Fiji and Japan sign a pact"


def test_a_headline_with_date_words_stays_the_headline() -> None:
    text = "Date set for 2026 summit of Pacific leaders\n\nFiji will host the summit.\n"
    assert find_layout(text).title == "Date set for 2026 summit of Pacific leaders"


def test_a_headline_ending_in_a_full_date_gives_the_date() -> None:
    assert (
        find_layout("CONTRACTS FOR MAR. 4, 2024\n\nNAVY\n\nBoeing was awarded.").date
        == "2024-03-04"
    )
    assert find_layout("Talks on the pact resumed in May 2024\n\nBody.").date is None


def test_no_date_without_dateline_or_published_line() -> None:
    layout = find_layout("Headline\n\nPoland and Japan held talks on March 3, 2024.\n")
    assert layout.date is None and layout.dateline is None


def test_given_title_is_not_searched_for() -> None:
    text = "Poland and Japan held talks.\nThey met again."
    assert find_layout(text, title="Talks").title == "Talks"
    assert {r for r, _ in roles(text, title="Talks")} == {"body"}


# -- formats and metadata -----------------------------------------------------------------


def test_txt_article_metadata() -> None:
    path = ARTICLES / "oslo-submarine-pact.txt"
    (article,) = read_articles([str(path)])
    assert isinstance(article, Article)
    assert article.title == "Norway and Germany Sign Defense Cooperation Agreement on Submarines"
    assert article.date == "2024-03-08"
    assert article.source == str(path)
    assert article.text == path.read_text(encoding="utf-8")


def test_markdown_heading_marker_is_dropped_from_the_title() -> None:
    (article,) = parse_text(
        b"# Italy and Japan Hold Talks\n\nItaly and Japan held talks.\n", "a.md", ".md"
    )
    assert article.title == "Italy and Japan Hold Talks"


def test_json_object_with_metadata() -> None:
    data = json.dumps(
        {
            "id": "reuters/2024 06 12",
            "title": "Italy and Japan Hold Talks",
            "date": "June 12, 2024",
            "url": "https://example.org/rome-talks",
            "text": "Italy and Japan held defense talks in Rome on Wednesday.",
        }
    ).encode()
    (article,) = parse_text(data, "a.json", ".json")
    assert article.id == "reuters-2024-06-12"
    assert article.title == "Italy and Japan Hold Talks"
    assert article.date == "2024-06-12"
    assert article.url == "https://example.org/rome-talks"
    assert article.source == "a.json"


def test_json_iso_timestamp_date_and_non_http_url() -> None:
    data = json.dumps(
        {
            "text": "Talks.\nItaly and Japan met.",
            "date": "2024-06-20T08:00:00Z",
            "url": "javascript:alert(1)",
            "id": 42,
        }
    ).encode()
    (article,) = parse_text(data, "a.json", ".json")
    assert article.date == "2024-06-20"
    assert article.url is None
    assert article.id == "42"


def test_json_list() -> None:
    path = ARTICLES / "briefs.json"
    items = list(parse_text(path.read_bytes(), "briefs.json", ".json"))
    assert all(isinstance(a, Article) for a in items)
    assert [a.title for a in items] == ["Italy and Japan Hold Talks", "Greece Backs Cyprus"]
    assert [a.date for a in items] == ["2024-06-14", "2024-06-20"]
    assert items[0].id == "brief-17"
    assert items[1].id == article_id(items[1].text)
    assert [a.source for a in items] == ["briefs.json[0]", "briefs.json[1]"]


def test_json_list_bad_record_is_an_error_for_that_record_only() -> None:
    data = json.dumps(
        [{"text": "Italy and Japan met."}, {"title": "no text"}, "just a string"]
    ).encode()
    items = list(parse_text(data, "l.json", ".json"))
    assert isinstance(items[0], Article)
    assert isinstance(items[1], InputError) and str(items[1]).startswith("l.json[1]: ")
    assert isinstance(items[2], InputError) and str(items[2]).startswith("l.json[2]: ")


def test_jsonl() -> None:
    path = ARTICLES / "wire.jsonl"
    items = list(parse_text(path.read_bytes(), "wire.jsonl", ".jsonl"))
    assert [a.id for a in items] == ["wire-0001", "wire-0002"]
    assert [a.date for a in items] == ["2024-04-03", "2024-05-03"]
    assert [a.url for a in items] == [
        "https://wire.example.org/0001",
        "https://wire.example.org/0002",
    ]
    assert [a.source for a in items] == ["wire.jsonl:1", "wire.jsonl:2"]


def test_jsonl_bad_line_names_its_line_number() -> None:
    data = b'{"text": "Italy and Japan met."}\n\n{"text": \n{"text": "Spain and Portugal met."}\n'
    items = list(parse_text(data, "f.jsonl", ".jsonl"))
    assert [type(i).__name__ for i in items] == ["Article", "InputError", "Article"]
    assert str(items[1]).startswith("f.jsonl:3: invalid JSON")


@pytest.mark.parametrize(
    "data,suffix,problem",
    [
        (b"", ".txt", "empty"),
        (b" \n\t ", ".txt", "empty"),
        (b"a\x00b\x00c", ".txt", "binary"),
        (b"\x00\x01binary", ".md", "binary"),  # even length, NULs on one side: not UTF-16
        ("\x01\x02\x03\x04".encode("utf-16-le"), ".txt", "binary"),
        (b"caf\xe9 latin-1 text", ".txt", "not UTF-8"),
        (b"{not json", ".json", "invalid JSON"),
        (b"[]", ".json", "no articles"),
        (b'{"text": 7}', ".json", "'text'"),
        (b"\n\n", ".jsonl", "empty"),
    ],
)
def test_unreadable_input_is_one_error(data: bytes, suffix: str, problem: str) -> None:
    items = list(parse_text(data, "bad" + suffix, suffix))
    assert len(items) == 1
    assert isinstance(items[0], InputError)
    message = str(items[0])
    assert message.startswith("bad" + suffix)
    assert problem in message
    assert "\n" not in message


def test_utf16_with_bom_decodes() -> None:
    text = (
        "Italy and Japan Hold Talks\n\nROME, June 12, 2024 — Italy and Japan held defense talks.\n"
    )
    boms = [
        text.encode("utf-16"),
        b"\xff\xfe" + text.encode("utf-16-le"),
        b"\xfe\xff" + text.encode("utf-16-be"),
    ]
    for encoded in boms:
        (article,) = parse_text(encoded, "u.txt", ".txt")
        assert isinstance(article, Article)
        assert article.text == text
        assert article.title == "Italy and Japan Hold Talks"
        assert article.date == "2024-06-12"


def test_utf8_bom_is_not_part_of_the_text() -> None:
    (article,) = parse_text(b"\xef\xbb\xbfTalks\n\nItaly and Japan met.", "b.txt", ".txt")
    assert article.text == "Talks\n\nItaly and Japan met."
    assert article.title == "Talks"


def test_read_articles_of_a_folder_reports_unsupported_files_only_when_named(
    tmp_path: Path,
) -> None:
    (tmp_path / "a.txt").write_text("Talks\n\nItaly and Japan met.", encoding="utf-8")
    (tmp_path / "notes.pdf").write_bytes(b"%PDF")
    items = list(read_articles([str(tmp_path)]))
    assert [type(i).__name__ for i in items] == ["Article"]
    items = list(read_articles([str(tmp_path / "notes.pdf")]))
    assert len(items) == 1 and "unsupported file type '.pdf'" in str(items[0])


# -- ids ----------------------------------------------------------------------------------


def test_article_ids_are_stable() -> None:
    text = "Talks\n\nItaly and Japan held defense talks in Rome on June 12, 2024."
    a = make_article(text, "a.txt")
    b = make_article(text, "copy/of/a.md")
    assert a.id == b.id == article_id(text)
    assert len(a.id) == 16 and int(a.id, 16) >= 0
    assert make_article(text + " ", "a.txt").id != a.id


def test_article_id_is_the_sha256_prefix() -> None:
    # docs/model.md: first 16 hex digits of the SHA-256 of the cleaned article text
    assert article_id("abc") == "ba7816bf8f01cfea"


def test_same_text_from_different_formats_gets_the_same_id() -> None:
    text = "Talks\n\nItaly and Japan met."
    (from_txt,) = parse_text(text.encode(), "a.txt", ".txt")
    (from_json,) = parse_text(json.dumps({"text": text}).encode(), "a.json", ".json")
    (from_utf16,) = parse_text(text.encode("utf-16"), "b.txt", ".txt")
    assert from_txt.id == from_json.id == from_utf16.id


def test_an_article_too_long_to_be_one_is_refused_by_name(tmp_path: Path) -> None:
    from kg.sources.read import MAX_CHARS, read_articles

    big = tmp_path / "dump.txt"
    big.write_text("Headline\n\n" + "Japan met Korea. " * (MAX_CHARS // 17 + 1), encoding="utf-8")
    [item] = list(read_articles([str(big)]))
    assert str(item).startswith(f"{big}: ") and "too long for one article" in str(item)


def test_a_folder_is_read_in_path_order_one_level_at_a_time(tmp_path: Path) -> None:
    """Folders are walked lazily, in the order of sorted paths, skipping other files."""
    from kg.sources.read import expand_paths

    names = ["b.txt", "a/z.md", "a/b/c.json", "a.txt", "a-b/x.html", "A.TXT", "notes.pdf"]
    for name in names:
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("x", encoding="utf-8")
    (tmp_path / "empty").mkdir()
    (tmp_path / "link").symlink_to(tmp_path / "a", target_is_directory=True)
    walked = expand_paths([str(tmp_path)])
    assert iter(walked) is walked  # a generator: nothing is listed before it is asked for
    got = [p.relative_to(tmp_path).as_posix() for p in walked]
    assert got == ["A.TXT", "a/b/c.json", "a/z.md", "a-b/x.html", "a.txt", "b.txt"]
    expected = sorted(p for p in tmp_path.rglob("*") if p.is_file() and p.suffix.lower() != ".pdf")
    assert got == [p.relative_to(tmp_path).as_posix() for p in expected]


@pytest.mark.parametrize(
    "line,place",
    [
        ("SYDNEY - ", "Sydney"),
        ("MANILA, July 8 (Reuters) - ", "Manila"),
        ("NUSA DUA, Indonesia - ", "Nusa Dua"),
        ("MOSCOW, March 5. /TASS/. ", "Moscow"),
    ],
)
def test_a_dateline_without_a_year_gives_the_place_only(line: str, place: str) -> None:
    text = f"Allies Meet\n\n{line}Poland and Japan held talks.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == (None, place)
    assert ("body", "Poland and Japan held talks.") in roles(text)


@pytest.mark.parametrize(
    ("lead", "date"),
    [  # the latest year named, when the dateline's day fell on the lead's weekday that year
        ("Poland on Tuesday joined the pact it first signed in 2014.", "2014-07-08"),
        (
            "Poland on Tuesday joined the pact, first signed in 2011 and renewed in 2014.",
            "2014-07-08",
        ),
        # July 8, 2014 was a Tuesday, not a Wednesday: no year is guessed
        ("Poland on Wednesday joined the pact it first signed in 2014.", None),
        # a deadline is no year of writing ("until 2019": the pact signed in 2014 runs on)
        ("Poland on Tuesday joined the pact signed in 2014, which runs until 2019.", "2014-07-08"),
        # no weekday in the lead, or no year named: nothing to tell the year by
        ("Poland joined the pact it first signed in 2014.", None),
        ("Poland on Tuesday joined the pact.", None),
        # a year ahead, a count, or an event the evening before: no year of writing
        (
            "Poland on Tuesday joined the pact signed in 2014. Deliveries will start in 2030.",
            "2014-07-08",
        ),
        ("Poland on Tuesday joined the pact signed in 2014, with 2025 troops.", "2014-07-08"),
        ("Poland said late on Tuesday it joined the pact signed in 2014.", None),
        # a plan named as a noun, a year something is "to" happen in, a capital "On"
        ("Poland on Tuesday joined the action plan set up in 2014.", "2014-07-08"),
        (
            "Poland on Tuesday joined the pact signed in 2014. Tanks are to arrive in 2031.",
            "2014-07-08",
        ),
        ("On Tuesday, Poland joined the pact it first signed in 2014.", "2014-07-08"),
    ],
)
def test_a_dateline_without_a_year_takes_the_year_the_text_names(
    lead: str, date: str | None
) -> None:
    text = f"Allies Meet\n\nWARSAW, July 8 (Reuters) - {lead}\n"
    assert find_layout(text).date == date


def test_a_section_header_in_capitals_is_no_dateline() -> None:
    layout = find_layout("CONTRACTS FOR MAY 3, 2024\n\nARMY\n\nBoeing was awarded a contract.\n")
    assert layout.place is None and ("body", "ARMY") in roles(
        "CONTRACTS FOR MAY 3, 2024\n\nARMY\n\nBoeing was awarded a contract.\n"
    )


def test_a_release_header_in_capitals_is_no_dateline() -> None:
    text = (
        "Pact Signed\nMEDIA RELEASE — Minister for Defence\n\n"
        "SUVA, August 29, 2024 — The minister signed the pact.\n"
    )
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2024-08-29", "Suva")


@pytest.mark.parametrize("heading", ["Key events", "Key developments", "What we know"])
def test_live_blog_summary_headings_open_a_summary_block(heading: str) -> None:
    text = f"Headline Here\n\n{heading}\n- Chile and Peru began drills\n\nPoland and Japan met.\n"
    assert role_of(text, heading) == {"noise"}
    assert role_of(text, "- Chile and Peru began drills") == {"summary"}


def test_short_header_lines_are_not_joined_into_one_paragraph() -> None:
    text = (
        "Chile and Peru sign pact\n\nMinistry of National Defence\nOffice of the Undersecretary "
        "for Defence (Press)\n\nChile and Peru signed a pact on Monday.\n"
    )
    assert role_of(text, "Ministry of National Defence") == {"body"}
    assert ("body", "Ministry of National Defence") in roles(text)
    wrapped = (
        "Pact signed\n\nChile and Peru signed a defence cooperation agreement in Lima on the\n"
        "sidelines of the summit, officials said.\n"
    )
    assert len([r for r in roles(wrapped) if r[0] == "body"]) == 1  # a hard-wrapped paragraph


def test_a_narrow_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    text = (
        "Pact signed\n\nChile and Peru signed a defence\ncooperation agreement in Lima on\n"
        "Monday, officials said, after talks\nbetween the two leaders.\n"
    )
    assert len([r for r in roles(text) if r[0] == "body"]) == 1


def test_a_sentence_opening_with_a_day_and_a_date_is_no_dateline() -> None:
    text = "Allies Meet\n\nOn Tuesday, March 8, 2016, NATO - allies met in Brussels.\n"
    assert find_layout(text).dateline is None


def test_a_releases_closing_boilerplate_is_noise_up_to_an_editors_note() -> None:
    from kg.sources.clean import find_layout

    text = (
        "Saab wins Chilean radar order\n\n"
        "Saab has signed a contract with Chile for radars.\n\n"
        "Media contacts:\nPress Office, Stockholm\n\n"
        "About Saab\nSaab serves customers in Australia, India and the United States.\n\n"
        "Editor's note: Peru ordered the same radar in 2023.\n"
    )
    layout = find_layout(text)
    body = " ".join(text[s.start : s.end] for s in layout.segments if s.role == "body")
    assert "signed a contract" in body and "Peru ordered" in body
    assert "Australia" not in body and "Press Office" not in body and "About Saab" not in body


def test_a_sentence_opening_with_about_and_a_number_is_news() -> None:
    from kg.sources.clean import find_layout

    text = "Drills end\n\nChile and Peru ended drills.\n\nAbout 500 troops took part\n"
    body = [text[s.start : s.end] for s in find_layout(text).segments if s.role == "body"]
    assert "About 500 troops took part" in body


def test_a_wrapped_line_opening_with_about_is_no_boilerplate() -> None:
    from kg.sources.clean import find_layout

    text = (
        "Dutch jets for Kyiv\n\nThe Dutch government said on Monday it would deliver\n"
        "about two dozen F-16 fighter jets to Ukraine by\nthe end of the year.\n\n"
        "About Face Systems\n\nThe Netherlands and Denmark signed an agreement on Tuesday.\n"
    )
    body = " ".join(text[s.start : s.end] for s in find_layout(text).segments if s.role == "body")
    assert "two dozen" in body and "Denmark signed" not in body


@pytest.mark.parametrize(
    "line", ["March 3, 2024 — Jane Doe, Staff Writer", "March 3, 2024 - Grafenwoehr, Germany"]
)
def test_a_date_and_a_name_with_a_region_are_no_release_header_but_a_capital_is(line: str) -> None:
    text = f"Drills go on\n\n{line}\n\nWASHINGTON, May 6, 2024 (Reuters) - They met.\n"
    assert (find_layout(text).date, find_layout(text).place) == ("2024-05-06", "Washington")


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("May 16, 2024 — Ottawa, Ontario — National Defence", "2024-05-16", "Ottawa"),
        ("4 June 2024 - Wellington - Ministry of Defence", "2024-06-04", "Wellington"),
        ("September 22, 2017 – Ottawa, Ontario", "2017-09-22", "Ottawa"),
    ],
)
def test_a_release_header_of_date_place_and_issuer_gives_date_and_place(
    line: str, date: str, place: str
) -> None:
    text = (
        f"Fiji and Japan sign a pact\n\nNews release\n\n{line}\n\nFiji and Japan signed a pact.\n"
    )
    layout = find_layout(text)
    assert (layout.date, layout.place) == (date, place)
    assert role_of(text, line) == {"noise"}


@pytest.mark.parametrize(
    ("line", "date", "place"),
    [
        ("May 16, 2024 — Washington — U.S. Department of Defense", "2024-05-16", "Washington"),
        ("May 16, 2024 — St. John's, Newfoundland and Labrador — National Defence",
         "2024-05-16", "St. John's"),
        ("May 16, 2024 — Opinion — By Jane Doe", "2024-05-16", None),
    ],
)  # fmt: skip
def test_a_release_header_names_a_place_only_when_it_is_one(
    line: str, date: str, place: str | None
) -> None:
    layout = find_layout(f"Pact signed\n\n{line}\n\nFiji and Japan signed a pact.\n")
    assert (layout.date, layout.place) == (date, place)


def test_a_header_of_a_date_and_page_words_names_no_place() -> None:
    layout = find_layout("Pact signed\n\nMarch 3, 2025 - Updated - Analysis by John Smith\n\nFiji "
                         "and Japan signed a pact.\n")  # fmt: skip
    assert layout.place is None


def test_a_lead_sentence_after_a_date_and_place_is_no_header() -> None:
    line = "March 3, 2025 — Kyiv — Ukraine and Britain signed a defence partnership on Thursday"
    text = f"Pact signed\n\n{line}\n\nThe pact runs for 100 years.\n"
    assert role_of(text, line) == {"body"}


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("2021.03.09 16:05", "2021-03-09"),  # the year-first dotted date of East Asian sites
        ("2021/3/9", "2021-03-09"),
    ],
)
def test_a_year_first_date_line_is_the_articles_date(line: str, date: str) -> None:
    text = f"Seoul and Tokyo hold talks\n\n{line}\nBy Lee Ji-won\n\nThe two met on Tuesday.\n"
    layout = find_layout(text)
    assert layout.date == date
    assert layout.title == "Seoul and Tokyo hold talks"


def test_a_release_dateline_may_end_in_a_full_stop() -> None:
    text = (
        "Estonia and Finland sign a pact\n\n"
        "Tallinn, 4 May 2022. Defence ministers of Estonia and Finland today signed a pact.\n"
    )
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2022-05-04", "Tallinn")
    body = [text[s.start : s.end] for s in layout.segments if s.role == "body"]
    assert body == ["Defence ministers of Estonia and Finland today signed a pact."]


def test_a_sentence_naming_a_city_and_a_date_is_no_dateline() -> None:
    text = "Pact talks\n\nOn Tuesday, 4 May 2022. Estonia signed a pact.\n"
    assert find_layout(text).date is None


def test_a_date_line_with_its_update_note_is_the_articles_date() -> None:
    text = (
        "Council adopts text\n\nMarch 3, 2025 9:41 PM GMT Updated 3 hours ago\n\n"
        "UNITED NATIONS, March 3 (Reuters) - The council met on Monday.\n"
    )
    assert find_layout(text).date == "2025-03-03"


def test_a_dateline_may_give_the_day_first_in_figures() -> None:
    text = "Bern signs a deal\n\nBern, 19.09.2022 - Switzerland today signed the agreements.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2022-09-19", "Bern")


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("For Release Oct. 4, 2023", "2023-10-04"),
        ("4 October, 2023", "2023-10-04"),
        ("October 4, 2023 3:27 PM GMT+3", "2023-10-04"),
        ("Jane Doe | 04.10.2023", "2023-10-04"),
    ],
)
def test_more_date_lines_of_releases_and_pages(line: str, date: str) -> None:
    text = f"Ministers meet\n\n{line}\n\nThe ministers met on Wednesday.\n"
    assert find_layout(text).date == date


def test_a_dateline_may_close_its_agency_in_brackets_with_a_colon() -> None:
    text = "Jets inducted\n\nKAMRA, Mar 11, 2022 (APP): The minister attended the ceremony.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2022-03-11", "Kamra")


def test_a_datelines_city_may_have_its_region_in_brackets() -> None:
    text = "Deal signed\n\nBenaulim (Goa), Oct 15, 2016 (PTI) — India and Russia signed a deal.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2016-10-15", "Benaulim")


def test_a_long_line_of_header_fields_fails_fast() -> None:
    text = "Title\n\n" + "x | " * 40 + "30.09\n\nThe body.\n"
    assert find_layout(text).date is None  # (in a few milliseconds, not minutes)
    fields = "T\n\nSource: Xinhua | 2015-02-16 23:41:07 | Editor: huaxia\n\nBody.\n"
    assert find_layout(fields).date == "2015-02-16"


def test_the_title_again_without_the_sites_name_is_a_headline() -> None:
    text = (
        "Summit in the desert: Israel hosts four ministers | The Daily Ledger\n\n"
        "Summit in the desert: Israel hosts four ministers\n\n"
        "SDE BOKER, Israel, March 28, 2022 — Foreign ministers met on Monday.\n\n"
        "Summit in the desert: Israel hosts four ministers\n"
    )
    assert role_of(text, "Summit in the desert: Israel hosts four ministers") == {"headline"}


def test_a_header_in_capitals_is_no_dateline() -> None:
    text = (
        "Ministry signs framework agreement for armoured vehicles\n"
        "ROMANIA — MINISTRY OF NATIONAL DEFENCE\n\n"
        "BUCHAREST, January 11, 2018 — The Ministry of National Defence today signed a framework "
        "agreement.\n"
    )
    layout = find_layout(text)
    assert layout.place == "Bucharest"
    assert ("noise", "BUCHAREST, January 11, 2018 — ") in roles(text)


def test_a_body_line_that_opens_like_the_title_stays_body() -> None:
    text = (
        "Russia and China hold joint naval drills | Xinhua\n\n"
        "Russia and China hold joint naval drills — the Northern Interaction-2023 exercise began "
        "on Thursday in the Sea of Japan.\n"
    )
    assert role_of(
        text,
        "Russia and China hold joint naval drills — the Northern Interaction-2023 exercise began "
        "on Thursday in the Sea of Japan.",
    ) == {"body"}


def test_a_dateline_in_a_body_line_of_capitals_is_still_a_dateline() -> None:
    text = (
        "Pact signed\n\nNEW DELHI, INDIA — THE UNITED STATES AND INDIA SIGNED A DEFENCE PACT ON "
        "MONDAY.\n"
    )
    assert find_layout(text).place == "New Delhi"


# -- header dates no known layout gives -------------------------------------------------------


@pytest.mark.parametrize(
    "header,date",
    [
        ("By Pacific Desk | March 9, 2022, 6:40 pm AEDT", "2022-03-09"),
        ("SUVA - Mar 9, 2022", "2022-03-09"),
        ("MARCH 9, 2022 / 6:40 PM", "2022-03-09"),
        ("The Island Times · Posted: Mar 09, 2022 6:40 AM ET", "2022-03-09"),
        ("Mele Taufa |09.03.2022 - Update : 10.03.2022", "2022-03-09"),
        ("Suva (AFP) – Published on: 29/03/2022 - 18:05", "2022-03-29"),
        ("March 9, 2022 | PACIFIC WIRE", "2022-03-09"),
    ],
)
def test_a_short_header_line_of_fields_gives_the_date_and_is_furniture(
    header: str, date: str
) -> None:
    text = f"Fiji and Japan sign a pact\n\n{header}\n\nFiji and Japan signed a pact on Tuesday.\n"
    layout = find_layout(text)
    assert layout.date == date
    start = text.index(header)  # (a dateline may take the line's head as a segment of its own)
    inside = [s.role for s in layout.segments if start <= s.start < start + len(header)]
    assert inside and set(inside) == {"noise"}


def test_a_numeric_date_that_could_be_either_order_gives_no_date() -> None:
    text = "Fiji and Japan sign a pact\n\nPosted 03/04/2022\n\nFiji and Japan signed a pact.\n"
    assert find_layout(text).date is None


@pytest.mark.parametrize(
    "opening,date",
    [
        ("Nadi, Rajab 6, 1443, February 7, 2022, FBC -- ", "2022-02-07"),
        ("Lautoka, Fiji, February 7, 2022 – ", "2022-02-07"),
        ("SUVA, 7th February, 2022 (FBC) -- ", "2022-02-07"),
        ("SUVA, February 7, 2022. /TASS/. ", "2022-02-07"),
        ("February 7, 2022 (NADI) - ", "2022-02-07"),
    ],
)
def test_a_dateline_with_more_fields_before_the_story_gives_the_date(
    opening: str, date: str
) -> None:
    text = f"Fiji opens a naval base\n\n{opening}Fiji opened a naval base on Monday.\n"
    assert find_layout(text).date == date


def test_a_sentence_that_tells_an_event_date_gives_no_article_date() -> None:
    for text in (
        "Pact signed\n\nFiji and Japan agreed on March 9, 2022 to hold talks.\n\nMore text.\n",
        "Pact signed\n\nOn March 9, 2022 – the day the pact was signed – Fiji held talks with "
        "Japan.\n",
    ):
        assert find_layout(text).date is None


def test_a_city_and_its_agency_in_brackets_are_a_dateline() -> None:
    text = "Pact signed\n\nNadi (AFP) - Fiji and Japan signed a pact on Tuesday.\n"
    layout = find_layout(text)
    assert layout.place == "Nadi"
    assert ("noise", "Nadi (AFP) - ") in roles(text)
    assert ("body", "Fiji and Japan signed a pact on Tuesday.") in roles(text)


def test_an_agency_named_after_the_day_closes_the_dateline() -> None:
    text = "Pact signed\n\nSUVA, March 9 Kyodo - Fiji and Japan signed a pact on Tuesday.\n"
    assert ("noise", "SUVA, March 9 Kyodo - ") in roles(text)
    assert find_layout(text).place == "Suva"


def test_a_copyright_notice_is_furniture() -> None:
    text = (
        "Pact signed\n\nFiji and Japan signed a pact.\n\n"
        "Copyright Island Media Corporation. All rights reserved.\n"
    )
    assert role_of(text, "Copyright Island Media Corporation. All rights reserved.") == {"noise"}


def test_an_issuer_with_its_acronym_over_a_dateline_is_no_dateline() -> None:
    text = (
        "Exercise opens in Nadi\n\nFiji Navy (RFN) — Public Affairs Office\n\n"
        "NADI, March 7, 2022 — The Fiji Navy opened on Sunday an exercise with six partners.\n"
    )
    layout = find_layout(text)
    assert layout.date == "2022-03-07" and layout.place == "Nadi"


def test_a_release_header_that_names_its_issuer_stays_text() -> None:
    text = (
        "Fiji and Japan sign a pact\n\nFiji Foreign Ministry — Press release — Suva, 9 March "
        "2022\n\nFiji and Japan signed a pact on Tuesday.\n"
    )
    assert find_layout(text).date == "2022-03-09"
    assert role_of(text, "Fiji Foreign Ministry — Press release — Suva, 9 March 2022") == {"body"}


@pytest.mark.parametrize(
    "text",
    [
        "Talks\n\nSaudi Arabia (KSA) - the largest Gulf state - held talks with Qatar on Monday.\n",
        "Roundup\n\nFirst paragraph.\n\nDassault Aviation (AM.PA) - the maker of Rafale jets - "
        "will supply them.\n",
    ],
)
def test_a_name_with_its_abbreviation_before_a_dash_is_no_dateline(text: str) -> None:
    layout = find_layout(text)
    assert layout.place is None and layout.dateline is None
    assert "noise" not in {role for role, _seg in roles(text)}


@pytest.mark.parametrize(
    "text",
    [
        "Roundup\n\nLockheed Martin Wins $1.2 Billion F-35 Contract From Poland On March 3, "
        "2024\n\nThe company said deliveries would start in 2026.\n",
        "NATO marks anniversary\n\nFinland joined NATO in Brussels, April 4, 2023 - ending decades "
        "of neutrality.\n",
        "Talks\n\nFile photo: Putin and Xi in Beijing, Feb. 4, 2022\n\nPutin will hold talks.\n",
    ],
)
def test_a_subhead_a_lede_or_a_caption_gives_no_article_date(text: str) -> None:
    assert find_layout(text).date is None


@pytest.mark.parametrize(
    "line",
    [
        "© 2024 Island News. Lockheed Martin and Raytheon declined to comment.",
        "Copyright claims by Hanwha over the howitzer design were rejected by the court.",
    ],
)
def test_a_sentence_after_or_about_a_copyright_is_text(line: str) -> None:
    text = f"Court ruling\n\nA court ruled on Monday.\n\n{line}\n"
    assert role_of(text, line) == {"body"}


@pytest.mark.parametrize(
    "text",
    [
        "T\n\nPalestinian National Authority (PNA) - the body that governs parts of the West Bank "
        "- condemned the raids on Monday.\n",
        "T\n\nFile Photo / March 3, 2019\n\nJapan held talks on Monday.\n",
        "T\n\nFirst paragraph.\n\n(c) India and Australia held talks in Delhi on Wednesday.\n",
    ],
)
def test_an_acronym_a_caption_and_a_lettered_item_are_no_header(text: str) -> None:
    layout = find_layout(text)
    assert layout.date is None and layout.place is None
    assert "noise" not in {role for role, _seg in roles(text)}


@pytest.mark.parametrize(
    ("opening", "date", "place"),
    [
        ("Lautoka, February 7, 2022 (FBC) ", "2022-02-07", "Lautoka"),
        ("Suva, Feb 7, 2022 (EFE).- ", "2022-02-07", "Suva"),
        ("Suva, 7 Feb 2022: ", "2022-02-07", "Suva"),
    ],
)
def test_a_dateline_closed_by_its_agency_a_spanish_dash_or_a_colon(
    opening: str, date: str, place: str
) -> None:
    text = f"Fiji opens a naval base\n\n{opening}Fiji opened a naval base on Monday.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == (date, place)
    assert ("body", "Fiji opened a naval base on Monday.") in roles(text)


def test_a_subhead_above_a_header_line_lets_the_header_give_the_date() -> None:
    text = (
        "Fiji opens a naval base\n\nNavy chief says the base will host partners\n\n"
        "Mele Taufa |09.03.2022 - Update : 09.03.2022\n\nSUVA\n\nFiji opened a naval base.\n"
    )
    assert find_layout(text).date == "2022-03-09"


@pytest.mark.parametrize(
    "text",
    [
        "Talks\n\nOn Tuesday, March 8, 2022: the day the talks opened.\n",
        "Talks\n\nLockheed Martin (LMT) Wins Contract\n\nThe company said so.\n",
    ],
)
def test_a_colon_or_a_bracket_in_a_sentence_is_no_dateline(text: str) -> None:
    assert find_layout(text).dateline is None


def test_a_date_line_with_its_agency_in_brackets_gives_the_article_date() -> None:
    text = (
        "Fiji opens a naval base\n\nJune 3, 2022 (Kyodo)\n\n"
        "SUVA, June 3 Kyodo - Fiji opened a naval base on Friday.\n"
    )
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2022-06-03", "Suva")
    assert ("noise", "June 3, 2022 (Kyodo)") in roles(text)


def test_a_timeline_entry_dated_with_a_place_in_brackets_is_no_page_date() -> None:
    text = (
        "Key moments in Sweden's path to NATO\n\nSweden applied to join the alliance in 2022.\n\n"
        "July 10, 2023 (Vilnius)\nErdogan and Kristersson met in Vilnius.\n"
    )
    assert find_layout(text).date is None


def test_figures_either_way_round_are_read_as_the_dateline_tells(tmp_path: Path) -> None:
    path = tmp_path / "wire.txt"
    path.write_text(
        "Malaysia signs ship deal\n\n01/11/2016 09:47 PM\n\n"
        "KUALA LUMPUR, Nov 1 (Bernama) -- Malaysia today signed a contract for four ships.\n",
        encoding="utf-8",
    )
    [article] = read_articles([str(path)])
    assert article.date == "2016-11-01"
    path.write_text(
        "Malaysia signs ship deal\n\n01/11/2016 09:47 PM\n\n"
        "KUALA LUMPUR (Bernama) -- Malaysia today signed a contract for four ships.\n",
        encoding="utf-8",
    )
    [article] = read_articles([str(path)])
    assert article.date is None


def test_a_date_between_dashes_after_a_datelines_place_is_no_part_of_the_body() -> None:
    text = (
        "Drills begin\n\nADAZI TRAINING AREA, Latvia — June 14, 2023 — The exercise began "
        "Tuesday with troops from Latvia and Estonia.\n"
    )
    layout = find_layout(text)
    body = [text[s.start : s.end] for s in layout.segments if s.role == "body"]
    assert layout.date == "2023-06-14"
    assert body[0].startswith("The exercise began")


@pytest.mark.parametrize(
    ("dateline", "date"),
    [
        ("TOKYO, March 9, 2019 Kyodo - ", "2019-03-09"),  # the agency's bare name after the date
        ("(ANSA) - Milan, May 3, 2016 - ", "2016-05-03"),  # the agency's bracket first
    ],
)
def test_a_dateline_with_the_agency_bare_or_first(dateline: str, date: str) -> None:
    text = f"Allies Meet\n\n{dateline}Poland and Japan held talks.\n"
    layout = find_layout(text)
    assert layout.date == date
    assert ("body", "Poland and Japan held talks.") in roles(text)
    assert all("Kyodo" not in t and "ANSA" not in t for r, t in roles(text) if r == "body")


def test_a_dateline_alone_on_its_line_may_end_with_the_agency_bracket() -> None:
    text = "Pact Signed\n\nCairns, 12 July 2022 (AAP)\n\nOn Monday, Fiji and Japan signed a pact.\n"
    layout = find_layout(text)
    assert (layout.date, layout.place) == ("2022-07-12", "Cairns")


def test_an_agency_bracket_first_then_a_city_without_a_year_is_a_dateline() -> None:
    text = "Senate Votes\n\n(ANSA) - Milan, May 3 - The Senate approved the mission.\n"
    layout = find_layout(text)
    assert layout.dateline is not None and layout.place == "Milan"
    assert ("body", "The Senate approved the mission.") in roles(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        (
            "Talks\n\nDar es Salaam, 5 May 2023 (Xinhua)\n\nTanzania and China met on Thursday.\n",
            "2023-05-05",
        ),
        (
            "Talks\n\nBAKU, April 28, 2018 Trend - Azerbaijan and Turkey met on Thursday.\n",
            "2018-04-28",
        ),
    ],
)
def test_the_re_reviewed_datelines_of_round_48(text: str, date: str) -> None:
    layout = find_layout(text)
    assert layout.date == date and layout.dateline is not None


@pytest.mark.parametrize(
    ("line", "date"),
    [
        ("TOKYO, March 10, 2017 Kyodo", "2017-03-10"),  # an agency's name ends the dateline
        ("Contracts For Sept. 29, 2016", "2016-09-29"),  # a day's list of awards
        ("Press release 8.5.2018 21.30", "2018-05-08"),  # a release headed by its day and time
        ("Press release 11 April 2017", "2017-04-11"),
        ("2022.05.05 15:12 | Politics", "2022-05-05"),  # a date, then the header's fields
        ("November 27, 2024 | 11:05 GMT | By our Beirut correspondent", "2024-11-27"),
    ],
)
def test_header_lines_that_date_the_page(line: str, date: str) -> None:
    text = f"Allies Meet in the North\n\n{line}\n\nPoland and Japan held talks on Friday.\n"
    assert find_layout(text).date == date
    assert ("body", "Poland and Japan held talks on Friday.") in roles(text)


def test_a_sentence_after_a_date_and_a_bar_is_no_header_field() -> None:
    text = "Allies Meet\n\n2019-09-14 | OSLO — Poland and Japan held talks on Friday.\n"
    assert ("body", "Poland and Japan held talks on Friday.") in roles(text)


def test_a_city_a_day_and_an_agency_bracket_open_a_dateline_without_a_year() -> None:
    text = (
        "Seoul, Tokyo ruling parties hold security talks\n\n09/14/2024 02:15 PM\n\n"
        "Seoul, Sept. 14 (Yonhap) South Korea's ruling party and Japan's ruling party held their "
        "first security dialogue on Friday, officials said.\n"
    )
    layout = find_layout(text)
    assert layout.place == "Seoul"
    assert layout.dateline is not None
    assert text[layout.dateline[0] : layout.dateline[1]] == "Seoul, Sept. 14 (Yonhap) "
    assert layout.date == "2024-09-14"
    # (not a sentence that names a place and a day: "Officials, Sept. 14 (Reuters)" needs a
    # news agency the lexicon lists)
    other = find_layout("Talks\n\nParis, March 3 (Ministry) The two sides met on Friday.\n")
    assert other.place is None


def test_an_agency_bracket_dateline_may_run_into_a_capitalised_name() -> None:
    layout = find_layout(
        "Talks\n\nTaipei, Aug. 28 (CNA) U.S. and Japanese defense officials held talks on Friday.\n"
    )
    assert layout.place == "Taipei"
