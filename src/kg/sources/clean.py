"""Finding the parts of a scraped article: headline, dateline, body, restatements, noise.

Page furniture (bylines, "Advertisement", "Related:" link lists, repeated headlines) becomes
``noise``; "Key points" lists become ``summary``; the rest is ``body``. The text itself is
never changed, so evidence offsets point into what the user gave.

Example:
    >>> t = "Title\\nBy Jane Doe\\n\\nSEOUL, April 3, 2024 — Talks began.\\nAdvertisement\\n"
    >>> layout = find_layout(t)
    >>> layout.title, layout.date
    ('Title', '2024-04-03')
    >>> [t[s.start:s.end] for s in layout.segments if s.role == "noise"]
    ['By Jane Doe', 'SEOUL, April 3, 2024 — ', 'Advertisement']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from kg.dates import MONTHS, WEEKDAY_NAMES, WEEKDAYS, find_dates, parse_absolute
from kg.lexicon import NOISE_LISTS, load_lexicon
from kg.sources.model import Segment

_BULLET = re.compile(r"^\s*(?:[•·▪‣◦*›»>-]|\d+[.)])\s+")
# A headline that ends in a full date ("CONTRACTS FOR JUNE 28, 2024", "Statement - 5 March 2024")
_DATED_TITLE = re.compile(
    r"(?:\b[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+|\b\d{1,2}\s+[A-Za-z]{3,9}\.?\s+)(?:19|20)\d\d\s*$"
)
# The head of a day's list of awards, before its date ("Contracts For Sept. 29, 2016", the U.S.
# Department of Defense's daily announcement): a header line, its date the page's
_LISTING_HEAD = re.compile(r"(?i)contracts\s+for")
MAX_SEGMENT = 100_000  # characters: longer paragraphs are cut, at a sentence end if one is near
# The lines of a hard-wrapped paragraph are about as long as each other (but for its last): a
# line shorter than this share of the next one ends its block.
_WRAP_SHARE = 0.6
_SENTENCE_END = re.compile(r"[.!?。！？][\"'”’)\]]*(\s+)")
_SPACE = re.compile(r"(\s+)")
MAX_WORD = 300  # characters without a space: longer runs (base64, "<?<?<?...") are noise
_LONG_WORD = re.compile(rf"\S{{{MAX_WORD + 1},}}")


@dataclass
class Layout:
    """What find_layout learnt about a text."""

    title: str | None
    date: str | None
    dateline: tuple[int, int] | None
    place: str | None = None
    segments: list[Segment] = field(default_factory=list)


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    lex = load_lexicon()
    out = {
        name: [re.compile(p, re.IGNORECASE) for p in lex.words("noise", name)]
        for name in NOISE_LISTS
    }
    agencies = lex.alternation("dateline", "news_agencies")  # (the AGENCIES of the pattern)
    out["dateline"] = [
        re.compile(lex.patterns["dateline"]["pattern"].replace("AGENCIES", agencies))
    ]
    return out


@cache
def _not_cities() -> frozenset[str]:
    """Words of a release header in capitals ("PRESS RELEASE — ..."): never a dateline's city."""
    return frozenset(load_lexicon().patterns["dateline"].get("not_cities", []))


@cache
def _capitals() -> frozenset[str]:
    """The capitals the lexicon knows (nations.tsv metonyms)."""
    return frozenset(c for n in load_lexicon().nations.values() for c in n.metonyms)


def _header_place(m: re.Match[str]) -> bool:
    """A date line's place, when it is told with its region and no issuer ("September 22,
    2017 – Ottawa, Ontario"), must be a capital: "March 3, 2024 — Jane Doe, Staff Writer" or a
    caption's "March 3, 2024 - Grafenwoehr, Germany" is no release header."""
    groups = m.groupdict()
    return not groups.get("region") or (groups.get("place") or "").strip() in _capitals()


def _header_agency(m: re.Match[str], layout: Layout) -> bool:
    """A date line's bracket ("March 21, 2023 (Kyodo)") must name a news agency, in the page's
    header: "July 10, 2023 (Vilnius)" in a timeline is an entry, not the page's date."""
    agency = m.groupdict().get("agency")
    return agency is None or (
        agency in _news_agencies() and not any(seg.role == "body" for seg in layout.segments)
    )


def _norm(line: str) -> str:
    return re.sub(r"\W+", " ", line).strip().lower()


def _title_core(line: str) -> str:
    """A page title without the site name after a bar or dash, normalized.

    Example:
        >>> _title_core("Negev summit: Israel hosts Blinken | The Jerusalem Ledger")
        'negev summit israel hosts blinken'
    """
    core = re.split(r"\s+[|–—]\s+|\s+-\s+(?=[A-Z][^|–—-]*$)", line)[0]
    return _norm(core if len(core.split()) >= 4 else line)


def _is_byline_name(line: str, index: int) -> bool:
    words = line.split()
    return (
        index < 12
        and 1 < len(words) <= 4
        and all(w[:1].isupper() for w in words)
        and not re.search(r"[.!?:;,\d]", line)
    )


def mark_long_words(text: str, seg: Segment) -> list[Segment]:
    """Make every run of more than MAX_WORD non-space characters in ``seg`` a noise segment.

    No sentence hides in such a run, and the tokenizer takes quadratic time on long runs
    of punctuation; the text itself is unchanged.

    Example:
        >>> t = "Japan met Korea. " + "<?" * 200 + " Then they left."
        >>> pieces = mark_long_words(t, Segment(0, len(t), "body"))
        >>> [(s.role, len(t[s.start : s.end])) for s in pieces]
        [('body', 16), ('noise', 400), ('body', 15)]
    """
    if seg.role == "noise":
        return [seg]
    out: list[Segment] = []
    start = seg.start
    for m in _LONG_WORD.finditer(text, seg.start, seg.end):
        before = text[start : m.start()].rstrip()
        if before.strip():
            out.append(Segment(start, start + len(before), seg.role))
        out.append(Segment(m.start(), m.end(), "noise"))
        start = m.end() + len(text[m.end() : seg.end]) - len(text[m.end() : seg.end].lstrip())
    if text[start : seg.end].strip():
        out.append(Segment(start, seg.end, seg.role))
    return out


def split_long(text: str, seg: Segment, limit: int = MAX_SEGMENT) -> list[Segment]:
    """Cut a segment longer than ``limit`` characters into pieces, at sentence ends if any.

    A page with no paragraph breaks (one 1 MB line) still reads as many paragraphs, each
    short enough for the sentence splitter.

    Example:
        >>> t = "One two. Three four. Five six."
        >>> [t[s.start : s.end] for s in split_long(t, Segment(0, len(t), "body"), 12)]
        ['One two.', 'Three four.', 'Five six.']
    """
    out: list[Segment] = []
    start = seg.start
    while seg.end - start > limit:
        window = text[start : start + limit]
        cut = _last_gap(_SENTENCE_END, window) or _last_gap(_SPACE, window)
        end, start_next = (start + cut[0], start + cut[1]) if cut else (start + limit,) * 2
        out.append(Segment(start, end, seg.role))
        start = start_next
        while start < seg.end and text[start].isspace():
            start += 1
    out.append(Segment(start, seg.end, seg.role))
    return out


def _last_gap(pattern: re.Pattern[str], window: str) -> tuple[int, int] | None:
    """Start and end of the whitespace of the last match of ``pattern`` not at the start."""
    last = None
    for m in pattern.finditer(window):
        if m.start(1) > 0:
            last = m
    return (last.start(1), last.end(1)) if last else None


def _numeric_date(date: str) -> str:
    """A date a site prints in figures, in ISO form (day first as European and Russian sites
    print it, "02.12.2008"; year first as East Asian sites do, "2024.06.28"); a hyphenated one
    ("27-July-2018") with spaces; any other as it is.

    Example:
        >>> _numeric_date("02.12.2008"), _numeric_date("27-July-2018")
        ('2008-12-02', '27 July 2018')
        >>> _numeric_date("2024.06.28"), _numeric_date("2019/7/9"), _numeric_date("July 9, 2019")
        ('2024-06-28', '2019-07-09', 'July 9, 2019')
    """
    if y := re.fullmatch(r"(\d{4})[./](\d{1,2})[./](\d{1,2})", date):
        return f"{y.group(1)}-{int(y.group(2)):02d}-{int(y.group(3)):02d}"
    m = re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4})", date)
    if re.fullmatch(r"\d{1,2}-[A-Z][a-z]{2,8}-\d{4}", date):
        return date.replace("-", " ")
    return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}" if m else date


# A dateline's end before the story: a dash ("SOCHI, October 24, 2019 –"), an agency's slashed
# name ("October 24, 2019. /TASS/."), a Spanish agency's ".-", a colon, or the agency's bracket
# itself ("February 22, 2021 (PTI) India ...")
_DATELINE_END = re.compile(
    r"\s+(?:—|–|--?)\s+|\.?\s*/[A-Z][A-Za-z-]{1,20}/\.?\s"
    r"|\.-\s*"  # ("Madrid, Jun 17, 2015 (EFE).- Spain and ...")
    r"|:\s+(?=[A-Z])"  # ("Karachi, 10 Feb 2017: The fifth edition ...")
    r"|(?<=\))\s+(?=[A-Z][a-z])"  # ("Malé, February 22, 2021 (PTI) India and the Maldives")
)
# What may follow the date in a dateline: an agency's name or acronym ("March 10, 2016, SPA",
# "23rd September, 2024 (WAM)")
_AFTER_DATE = re.compile(r"[.,]?\s*(?:\(?[A-Z][A-Za-z]{1,7}\)?(?:\s+[A-Z]{2,8})?)?\s*")
# A dateline's city and the agency that filed it, in brackets, before the dash ("Abuja (AFP) - ")
# A date and a dash right after a dateline's place ("... Bulgaria — July 12, 2017 — ")
_DATE_DASH = re.compile(
    r"(?P<date>[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})"
    r"\s*(?:—|–|--|-)\s+"
)
# A news agency's bracket opening the first paragraph, before the dateline ("(ANSA) - Rome, ")
# A date and a bar opening the first paragraph, before the dateline ("06.06.2015 | STOCKHOLM —")
_DATE_LEAD = re.compile(
    r"(?P<date>\d{1,2}\.\d{1,2}\.\d{4}|\d{4}-\d{2}-\d{2}|[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}"
    r"|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4})\s*\|\s*(?=[A-Z])"
)
_AGENCY_LEAD = re.compile(r"\(([A-Za-z][\w.-]{1,15})\)\s*(?:—|–|--|-)\s*")
_AGENCY_DATELINE = re.compile(
    r"[^()]{1,40}\s\(([A-Za-z][A-Za-z.-]{1,15}(?:\s[A-Z][A-Za-z.]+)?)\)\s+(?:—|–|--|-)\s*"
)
# What may stand before the date in a dateline: a place and its fields, each closed by a comma
# ("Hafr Al-Batin, Jumada Al-Akhirah 1, 1437, "), not a sentence's opening ("On March 9, ...")
_PLACE_WORDS = r"[A-Z\d][\w.'’()-]*(?:\s+(?:[A-Z\d][\w.'’()-]*|de|da|do|dos|das|del|la|el|al|bin))*"
_DATELINE_PLACE = re.compile(
    r"(?:(?!(?:On|In|At|By|Last|Since|From|Until|Before|After|During|Between|Early|Late|Mid|"
    rf"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b){_PLACE_WORDS},\s*(?:{_PLACE_WORDS},\s*){{0,3}})?"
)  # (capitalised words and figures only, or nothing: "October 3, 2020 (JUBA) - "; not "Finland
# joined NATO in Brussels, April 4, 2023 - ending decades of neutrality")
# A header line's fields are set apart by a separator ("By Desk | March 9, 2022", "TOKYO - Mar
# 17, 2023", "JUNE 25, 2019 / 5:58 AM", "The Times · Posted: ..."), or the line is the date
_HEADER_FIELDS = re.compile(r"\s[|·/—–-]\s|\||·|^\s*(?:By|Posted|Published|Updated)\b", re.I)
# A release's header, which names its issuer ("Council of the EU — Press release — ...")
_ISSUER_HEADER = re.compile(r"\b(?:press|media|news)\s+release\b|\bstatement\b", re.I)
# A picture's caption or credit line
_CAPTION = re.compile(r"\b(?:photo|image|picture|file|credit|caption)s?\b", re.I)
# A subhead: one short line that ends in no sentence stop
_SUBHEAD = re.compile(r"[^\n.!?\"”]{10,160}")
_SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
_HEADER_WORDS = 14  # a header line (byline, date, issuer) is at most this many words long


def _line_date(line: str) -> tuple[str | None, int, int]:
    """The full date a header line tells (and where it starts and ends), day-first or
    month-first only when the figures leave no doubt ("28/08/2021").

    Example:
        >>> _line_date("Baghdad (AFP) – Published on: 28/08/2021 - 18:05")
        ('2021-08-28', 30, 40)
        >>> _line_date("Posted 03/04/2021")[0] is None
        True
    """
    found = [
        (m.start, m.end, m.value)
        for m in find_dates(line, None)
        if m.value and not m.relative and len(m.value) == 10
    ]
    for m in _SLASHED.finditer(line):
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        day, month = (a, b) if a > 12 >= b else (b, a) if b > 12 >= a else (0, 0)
        value = f"{year:04d}-{month:02d}-{day:02d}" if day else None
        if value and parse_absolute(value):
            found.append((m.start(), m.end(), value))
    found += [  # "Rania Khoury |11.08.2025": European sites write the day first
        (m.start(), m.end(), value)
        for m in re.finditer(r"\b\d{1,2}\.\d{1,2}\.(?:19|20)\d\d\b", line)
        if (value := parse_absolute(_numeric_date(m.group())))
    ]
    if not found:
        return None, -1, -1
    start, end, value = min(found)
    return value, start, end


# A dateline's month and day without a year ("BEIJING, Nov 1 (Bernama) --")
_DATELINE_DAY = re.compile(
    r"^\s*[A-Z][\w .'’/-]{1,40},\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2})\b(?!,?\s+(?:19|20)\d\d)", re.M
)


def _slashed_by_dateline(line: str, after: str) -> tuple[str | None, int, int]:
    """A header's figures that could be day-first or month-first ("01/11/2016"), read the way
    the dateline right after gives the month and day ("BEIJING, Nov 1"), or nothing.

    Example:
        >>> _slashed_by_dateline("01/11/2016 09:47 PM", "BEIJING, Nov 1 (Bernama) -- Malaysia")
        ('2016-11-01', 0, 10)
        >>> _slashed_by_dateline("01/11/2016", "BEIJING (Reuters) - Malaysia")[0] is None
        True
    """
    slashed = _SLASHED.search(line)
    told = _DATELINE_DAY.search(after)
    month = MONTHS.get(told.group(1).lower()) if told else None
    if slashed is None or told is None or month is None:
        return None, -1, -1
    a, b, year = int(slashed.group(1)), int(slashed.group(2)), int(slashed.group(3))
    day = int(told.group(2))
    if (a, b) not in ((day, month), (month, day)):
        return None, -1, -1
    value = parse_absolute(f"{year:04d}-{month:02d}-{day:02d}")
    return (value, slashed.start(), slashed.end()) if value else (None, -1, -1)


# The weekday of the event a lead tells ("NATO on Tuesday granted"; not "said late on Thursday",
# often the evening before the dateline's day)
_LEAD_WEEKDAY = re.compile(rf"(?<!late\s)(?<!early\s)\b(?i:on)\s+({WEEKDAY_NAMES})\b")
# A year a text names, and the words before one that look ahead ("until March 31, 2014",
# "by 2030", "expires in 2026"): no year the story was written in
_NAMED_YEAR = re.compile(r"(?<![\w/.-])((?:19|20)\d\d)(?![\w/-])")
_YEAR_AHEAD = re.compile(
    r"(?:\b(?:by|until|till|through|to|before|expires?\s+in|due\s+in|end\s+of|starting\s+in|from)"
    r"\s+(?:the\s+end\s+of\s+)?"
    r"|\b(?:will|would|should|could|plans?\s+to|planned\s+to|scheduled|expected|slated|Vision"
    r"|targets?|goal|aims?\s+to|(?:is|are)\s+to|due\s+for)\s+"
    r"(?:[a-z]+\s+){0,3}?)(?:[A-Z][a-z]+\.?\s+(?:\d{1,2},?\s+)?)?$",
    re.I,
)
# A number that counts things, or a year of an event ahead, not a year of writing ("2030
# troops", "the 2036 Olympics")
_COUNTED = re.compile(r"\s+(?:[a-z]+s\b|Olympics|World\s+Cup|Games|Expo)")


def dateline_year(text: str, month: int, day: int, lead: str) -> str | None:
    """The date of a dateline that gives no year ("TALLINN, Oct 28 (Reuters) -"): in the latest
    year the text names, when the dateline's day falls on the weekday its lead tells the event
    on ("NATO on Tuesday granted"); else None. A year named as a deadline ("until March 31,
    2014", "by 2030") is no year of writing; a story whose lead names another day, or none,
    stays undated rather than guessed.

    Example:
        >>> t = "TALLINN, Oct 28 (Reuters) - NATO on Tuesday granted ... set up in May 2008."
        >>> dateline_year(t, 10, 28, t[28:])
        '2008-10-28'
        >>> dateline_year(t, 10, 29, t[28:]) is None  # (Oct 29, 2008 was a Wednesday)
        True
    """
    told = _LEAD_WEEKDAY.search(lead[:400])
    years = [
        int(m.group(1))
        for m in _NAMED_YEAR.finditer(text)
        if not _YEAR_AHEAD.search(text, max(0, m.start() - 40), m.start())
        and not _COUNTED.match(text, m.end())
    ]
    if told is None or not years:
        return None
    year = max(years)
    try:
        date = dt.date(year, month, day)
    except ValueError:
        return None
    return date.isoformat() if date.weekday() == WEEKDAYS.index(told.group(1).lower()) else None


def header_date(text: str, segments: list[Segment]) -> tuple[str | None, int | None]:
    """The article's date from its header when no known layout gave one: a short line of
    fields before the story ("By Defense Desk | January 26, 2023, 3:47 pm IST", "TOKYO - Mar
    17, 2023") or a dateline of the first paragraph ("Hafr Al-Batin, Jumada Al-Akhirah 1,
    1437, March 10, 2016, SPA -- The Custodian ...").

    A line with words of a sentence ("Iran agreed on March 10, 2023 to restore ties") tells
    an event, not when the page was written; the headline and a "Key points" list never do.
    The index of the header line that told the date comes with it (the line is furniture).

    Example:
        >>> t = "T\\n\\nWorld | Tue May 3, 2016 | 7:52am EDT\\n\\nDAKAR (Reuters) - Senegal signed."
        >>> header_date(t, find_layout(t).segments)
        ('2016-05-03', 1)
        >>> t = "T\\n\\nSaudi Arabia and Iran agreed on March 10, 2023 to restore ties.\\n\\nMore."
        >>> header_date(t, find_layout(t).segments)
        (None, None)
    """
    words = _header_words()
    for index, seg in enumerate(segments):
        line = text[seg.start : seg.end]
        if seg.role == "headline" and index == 0 and _HEADER_FIELDS.search(line):
            value, start, end = _line_date(line)  # "30 July 2024 | Dar es Salaam" above the
            rest = (line[:start] + line[end:]).strip(" ,.|") if value else line  # headline
            if value and len(rest.split()) <= 4:
                return value, index
        if seg.role in ("headline", "summary"):
            continue
        if _CAPTION.search(line):
            continue  # "File Photo / March 3, 2019": a picture's date, not the page's
        if len(line.split()) <= _HEADER_WORDS and not any(
            w not in words for w in re.findall(r"\b[a-z]{3,}\b", line)
        ):
            # fields set apart, or the date alone (not a title-case subhead: "Lockheed Wins F-35
            # Contract From Poland On March 3, 2024")
            value, start, end = _line_date(line)
            if value is None:  # "01/11/2016 09:47 PM" above "BEIJING, Nov 1 (Bernama) --"
                value, start, end = _slashed_by_dateline(line, text[seg.end : seg.end + 400])
            rest = (line[:start] + line[end:]).strip(" ,.") if value else line
            if value and (
                _HEADER_FIELDS.search(line)
                or not re.search(r"[A-Za-z]{3,}", rest)
                or _LISTING_HEAD.fullmatch(rest)
            ):
                return value, index
            continue
        if seg.role != "body":
            continue
        end = _DATELINE_END.search(line, 0, 160)
        if not end and _SUBHEAD.fullmatch(line):
            continue  # "Cabinet tasks army with disarmament plan": a subhead above the header
        if end:  # the first paragraph: its dateline, if it has one, ends in the date
            value, start, stop = _line_date(line[: end.start()])
            if (
                value
                and _AFTER_DATE.fullmatch(line, stop, end.start())
                and _DATELINE_PLACE.fullmatch(line, 0, start)
            ):
                return value, None
        return None, None
    return None, None


@cache
def _news_agencies() -> frozenset[str]:
    """Agencies that file datelines ("Abuja (AFP) - "): patterns.toml [dateline] news_agencies."""
    return frozenset(load_lexicon().patterns["dateline"].get("news_agencies", []))


@cache
def _header_words() -> frozenset[str]:
    """Lower-case words a header line may hold besides names and the date (patterns.toml)."""
    return frozenset(load_lexicon().patterns["dateline"].get("header_words", []))


def find_layout(text: str, *, title: str | None = None) -> Layout:
    """Split ``text`` into segments and find its title and date (YYYY-MM-DD) if stated.

    Example:
        >>> find_layout("Headline\\n\\nBody text here.").segments[0].role
        'headline'
    """
    pats = _patterns()
    lines: list[tuple[int, int, str]] = []
    pos = 0
    for raw in text.splitlines(keepends=True):
        stripped = raw.strip()
        start = pos + (len(raw) - len(raw.lstrip()))
        lines.append((start, start + len(stripped), stripped))
        pos += len(raw)

    layout = Layout(title=title, date=None, dateline=None)
    block: str | None = None  # "links" or "summary" while inside such a block
    bullets = 0  # bullet items seen in the current summary block
    first_content = True
    for index, (start, end, line) in enumerate(lines):
        if not line:
            block = None if block == "links" else block
            continue
        role = "body"
        date_line = False
        if block == "summary" and not _BULLET.match(line) and (bullets or len(line.split()) > 25):
            block = None
        if block == "tail" and any(p.match(line) for p in pats["tail_ends"]):
            block = None  # "Editor's note: ..." after the boilerplate is news again
        if block in ("links", "tail"):
            role = "noise"
        elif (
            not first_content
            and not lines[index - 1][2]  # a paragraph's first line, not a wrapped line's rest
            and any(p.match(line) for p in pats["tail_blocks"])
        ):
            role, block = "noise", "tail"  # "About BAE Systems": boilerplate to the end
        elif block == "summary":
            role = "summary"
            bullets += bool(_BULLET.match(line))
        elif any(p.match(line) for p in pats["link_blocks"]):
            role, block = "noise", "links"
        elif any(p.match(line) for p in pats["summary_blocks"]):
            role, block, bullets = "noise", "summary", 0
        elif dated := next(
            (
                m
                for p in pats["date_lines"]
                if (m := p.match(line)) and _header_place(m) and _header_agency(m, layout)
            ),
            None,
        ):
            role, date_line = "noise", True  # no headline, even first on the page
            layout.date = layout.date or parse_absolute(_numeric_date(dated.group("date")))
            place = (dated.groupdict().get("place") or "").strip()
            if place and layout.place is None and not set(place.upper().split()) & _not_cities():
                layout.place = place.title() if place.isupper() else place  # "May 16, 2024 —
                # Ottawa, Ontario — ..." (not "March 3, 2025 - Updated - ...")
        elif first_content and layout.title is None:
            layout.title, role = line, "headline"
        elif layout.title and _norm(line) in (_title_core(layout.title), _norm(layout.title)):
            role = "headline"  # the title again, with or without the site's name after it
        elif any(p.match(line) for p in pats["published"]):
            role = "noise"
            for p in pats["published"]:
                m = p.match(line)
                if m and layout.date is None:
                    layout.date = parse_absolute(_numeric_date(m.group("date")))
        elif any(p.match(line) for p in pats["lines"]) or _is_byline_name(line, index):
            role = "noise"
        first_content = first_content and date_line  # (the headline may follow the date)
        lead = _AGENCY_LEAD.match(line) if role == "body" and layout.dateline is None else None
        lead = lead if lead and lead.group(1) in _news_agencies() else None
        if lead and pats["dateline"][0].match(line[lead.end() :]):
            layout.segments.append(Segment(start, start + lead.end(), "noise"))  # "(ANSA) - Rome,
            start, line = start + lead.end(), line[lead.end() :]  # August 2, 2017 - ...": the
            # agency first, then the dateline
        dated_lead = _DATE_LEAD.match(line) if role == "body" and layout.dateline is None else None
        if dated_lead and pats["dateline"][0].match(line[dated_lead.end() :]):
            layout.segments.append(Segment(start, start + dated_lead.end(), "noise"))  # "06.06.
            start, line = start + dated_lead.end(), line[dated_lead.end() :]  # 2015 | STOCKHOLM
            layout.date = layout.date or parse_absolute(_numeric_date(dated_lead.group("date")))
        if role == "body" and layout.dateline is None:
            m = pats["dateline"][0].match(line)
            city = m.group("place").split(",")[0] if m else ""
            if m and not m.group("date") and set(city.split()) & _not_cities():
                m = None  # "MEDIA RELEASE — Minister for Defence": a header, no dateline
            if (
                m
                and not m.group("date")
                and line == line.upper()
                and len(line[m.end() :].split()) <= 6
            ):
                m = None  # "ROMANIA — MINISTRY OF NATIONAL DEFENCE": a header in capitals
            alone = m and m.group("date") and m.end() == len(line)  # "Cairo, 3 September 2023"
            if (
                alone
                and line.endswith(")")
                and (
                    any(seg.role == "body" for seg in layout.segments)
                    or len(city.split()) > 4
                    or not all(
                        w[:1].isupper() or w in ("de", "es", "da", "do", "del", "la", "al", "el")
                        for w in city.split()
                    )
                )
            ):  # ("Darwin, 31 August 2018 (AAP)" first, not a caption's "... in Vilnius, July
                m, alone = None, False  # 11, 2023 (AP)" further down)
            titled = (
                m
                and m.group("date")
                and len(city.split()) <= 3
                and city[:1].isupper()
                and not re.match(  # ("On Tuesday, March 8, 2016, ..." is a sentence)
                    r"(?:On|In|At|By|Last|Since|From|Until|Before|After|During"
                    r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",  # (not "Athens", "Incheon")
                    city,
                )
            )
            # ("Khartoum, Dec. 25, 2017 (SUNA) - ": a city and a full date before the dash)
            agency = (
                m
                and not m.group("date")
                and not any(seg.role == "body" for seg in layout.segments)
                and len(city.split()) <= 3
                and city[:1].isupper()
                and (bracket := _AGENCY_DATELINE.fullmatch(line, 0, m.end())) is not None
                and bracket.group(1) in _news_agencies()
                and "".join(w[0] for w in city.split() if w[:1].isupper()) != bracket.group(1)
                and len(re.findall(r"\b[a-z]{2,}\b", line[m.end() :])) >= 3
            )  # "Abuja (AFP) - Nigeria has cancelled": in the first paragraph, a city and a news
            # agency (patterns.toml [dateline] news_agencies) before the dash, and a sentence
            # after it (not "Saudi Arabia (KSA) - the largest Gulf state - held talks")
            daybreak = (  # "Taipei, Aug. 28 (CNA) Taiwan's ruling party ...": a city, a day
                m  # and a news agency's bracket, the story right after it
                and m.group("dayagency")
                and not any(  # (no paragraph before it: a timestamp line may be)
                    seg.role == "body"
                    and len(re.findall(r"\b[a-z]{2,}\b", text[seg.start : seg.end])) >= 4
                    for seg in layout.segments
                )
                and len(city.split()) <= 3
                and city[:1].isupper()
            )
            agency = agency or daybreak
            led = lead and m and len(city.split()) <= 3 and city[:1].isupper()  # "(ANSA) -
            if m and (city == city.upper() or alone or titled or agency or led):  # Rome, Aug 2 -"
                layout.dateline = (start, start + m.end())
                dated = parse_absolute(_numeric_date(m.group("date"))) if m.group("date") else None
                layout.date = layout.date or dated
                layout.place = m.group("place").split(",")[0].strip().title()
                then = _DATE_DASH.match(line, m.end()) if not m.group("date") else None
                cut = then.end() if then else m.end()  # "NOVO SELO TRAINING AREA, Bulgaria —
                if then:  # July 12, 2017 — Saber Guardian 17 ...": the date after the place too
                    layout.date = layout.date or parse_absolute(then.group("date"))
                layout.segments.append(Segment(start, start + cut, "noise"))
                start = start + cut
        previous = layout.segments[-1] if layout.segments else None
        joined = (
            previous
            and role == previous.role == "body"
            and "\n\n" not in text[previous.end : start]
            and (
                _BULLET.match(line) is not None
                or previous.end - max(previous.start, text.rfind("\n", 0, previous.end) + 1)
                >= _WRAP_SHARE * (end - start)
            )  # (a line much shorter than the next ends its
        )  # block: "U.S. Department of Defense" over "Office of the Assistant Secretary of
        # Defense (Public Affairs)" are two header lines, a narrow column's lines are not)
        if joined and not text[previous.end : start].strip():
            layout.segments[-1] = Segment(previous.start, end, "body")  # a hard-wrapped paragraph
        else:
            layout.segments.append(Segment(start, end, role))
    if layout.date is None and layout.title and _DATED_TITLE.search(layout.title):
        layout.date = parse_absolute(layout.title)  # "CONTRACTS FOR JUNE 28, 2024"
    if layout.date is None:
        layout.date, at = header_date(text, layout.segments)
        if (
            at is not None
            and layout.segments[at].role == "body"
            and not _ISSUER_HEADER.search(text, layout.segments[at].start, layout.segments[at].end)
        ):  # a line of header fields (but "Council of the EU — Press release — Brussels, 21
            seg = layout.segments[at]  # March 2022" names who issued the text)
            layout.segments[at] = Segment(seg.start, seg.end, "noise")
    told = _DATELINE_DAY.match(text, layout.dateline[0]) if layout.dateline else None
    month = MONTHS.get(told.group(1).lower()) if told else None
    if layout.date is None and told and month and layout.dateline:
        layout.date = dateline_year(  # "TALLINN, Oct 28 (Reuters) - NATO on Tuesday granted"
            text, month, int(told.group(2)), text[layout.dateline[1] :]
        )  # (the year the text names last, when Oct 28 was a Tuesday in it)
    if not any(s.role == "body" for s in layout.segments):
        layout.segments = [
            Segment(s.start, s.end, "body") if s.role == "headline" else s for s in layout.segments
        ]
    if any(_LONG_WORD.search(text, s.start, s.end) for s in layout.segments):
        layout.segments = [piece for s in layout.segments for piece in mark_long_words(text, s)]
    if any(s.end - s.start > MAX_SEGMENT for s in layout.segments):
        layout.segments = [piece for s in layout.segments for piece in split_long(text, s)]
    return layout
