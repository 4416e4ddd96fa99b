"""Dates in article text: absolute forms and relative ones resolved against the article date.

Values keep the precision the text gives: ``YYYY-MM-DD`` or ``YYYY-MM``. A year alone is not
a fact date. Without an article date, relative expressions stay unresolved (``None``).

Example:
    >>> [d.value for d in find_dates("Talks held on April 24, 2024 and on Tuesday.", "2024-04-26")]
    ['2024-04-24', '2024-04-23']
    >>> parse_absolute("Nov. 17, 2017")
    '2017-11-17'
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

_MONTH_NAMES = [
    ("january", "jan"),
    ("february", "feb"),
    ("march", "mar"),
    ("april", "apr"),
    ("may",),
    ("june", "jun"),
    ("july", "jul"),
    ("august", "aug"),
    ("september", "sep", "sept"),
    ("october", "oct"),
    ("november", "nov"),
    ("december", "dec"),
]
MONTHS = {name: i for i, names in enumerate(_MONTH_NAMES, start=1) for name in names}
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
#: Day and month names as written in running text ("Monday", "March"): a date's words, never
#: the name of a state, an organization or a system.
CALENDAR_NAMES = frozenset(
    [w.capitalize() for w in WEEKDAYS] + [names[0].capitalize() for names in _MONTH_NAMES]
)
#: The same names as regular-expression alternations, for patterns that spell a day or month.
WEEKDAY_NAMES = "|".join(w.capitalize() for w in WEEKDAYS)
MONTH_NAMES = "|".join(names[0].capitalize() for names in _MONTH_NAMES)

_MON = (
    r"(?P<mon>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|Jun(?:e|\.)?|Jul(?:y|\.)?"
    r"|Aug(?:ust|\.)?|Sep(?:t(?:ember|\.)?|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
    # upper case, as in release headers ("Posted On: 28 MAR 2025")
    r"|JAN(?:UARY)?|FEB(?:RUARY)?|MAR(?:CH)?|APR(?:IL)?|MAY|JUNE?|JULY?|AUG(?:UST)?"
    r"|SEPT?(?:EMBER)?|OCT(?:OBER)?|NOV(?:EMBER)?|DEC(?:EMBER)?)"
)
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_MONTH_STEMS = "Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_FORMS = [
    ("iso", rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # a range of days in one month gives its first day: "from 10 to 16 September (2021)",
    # "between 4 and 8 May", "10-16 September"
    (
        "dm_range",
        rf"\b(?:(?:[Ff]rom|[Bb]etween|[Oo]n)\s|(?=[0-3]?\d\s?[-–]))"
        rf"{_DAY}(?:\s(?:to|and|until|till)\s|\s?[-–]\s?)"
        rf"[0-3]?\d(?:st|nd|rd|th)?\s{_MON}\b\.?(?:,?\s{_YEAR}\b)?",
    ),
    # a range of days across months gives its first day, in the year told after the last:
    # "from 26 October to 12 November 2022", "October 26 to November 12, 2022"
    (
        "dmdm_range",
        rf"\b(?:(?:[Ff]rom|[Bb]etween)\s)?{_DAY}\s{_MON}\.?(?:\s(?:to|and|until|till)\s|\s?[-–]\s?)"
        rf"[0-3]?\d(?:st|nd|rd|th)?\s(?P<em>{_MONTH_STEMS})[a-z]*\.?,?\s{_YEAR}\b",
    ),
    (
        "mdmd_range",
        rf"\b(?:(?:[Ff]rom|[Bb]etween)\s)?{_MON}\.?\s{_DAY}(?:\s(?:to|and|until|till|through)\s"
        rf"|\s?[-–]\s?)(?P<em>{_MONTH_STEMS})[a-z]*\.?\s[0-3]?\d(?:st|nd|rd|th)?,?\s{_YEAR}\b",
    ),
    # a range of months gives its first month: "from August to October 2019", "June-July 2023"
    (
        "m_range",
        rf"\b(?:(?:[Ff]rom|[Bb]etween)\s)?{_MON}\.?(?:\s(?:to|and|until|till|through)\s|\s?[-–]\s?)"
        r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?,?\s"
        rf"{_YEAR}\b",
    ),
    # "June 15 and 16, 2024", "March 3-7": a range of days after the month, its first day
    (
        "md_range",
        rf"\b{_MON}\.?\s{_DAY}(?:\s(?:to|and|until|till|through)\s|\s?[-–]\s?)"
        rf"[0-3]?\d(?:st|nd|rd|th)?\b(?!\s?(?:%|percent|per\s?cent|million|billion))(?:,?\s{_YEAR}\b)?",
    ),
    ("mdy", rf"\b{_MON}\.?\s{_DAY},?\s{_YEAR}\b"),
    ("dmy", rf"\b{_DAY}\s{_MON}\.?,?\s{_YEAR}\b"),
    ("my", rf"\b{_MON}\s(?:of\s)?{_YEAR}\b"),
    ("md", rf"\b{_MON}\.?\s{_DAY}\b(?!,?\s(?:19|20)\d\d)"),
    (
        "dm",
        rf"\b(?:[Oo]n|[Ff]rom|[Ss]ince|[Bb]y|[Uu]ntil)\s{_DAY}\s{_MON}\b(?!\.?,?\s(?:19|20)\d\d)",
    ),
    ("last_wd", rf"\b[Ll]ast\s{_WD}\b"),
    ("wd_last_week", rf"\b(?:[Oo]n\s)?{_WD}\slast\sweek\b"),
    ("wd", rf"\b(?:on\s|since\s|by\s|until\s)?{_WD}(?:'s)?\b"),
    ("month_rel", r"\b(?P<rel>(?i:earlier this month|this month|last month|earlier this year))\b"),
    ("week_rel", r"\b(?P<rel>(?i:last week|earlier this week|this week))\b"),
    (
        "in_month",
        rf"\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Bb]y|[Uu]ntil|[Ee]arly|[Ll]ate|[Ll]ast|[Mm]id-"
        # ("at the end of April", "by the beginning of March": the month)
        r"|(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]owards?|[Ff]rom)\sthe\s(?:end|start|beginning|middle|close)\sof)"
        rf"\s(?:early\s|late\s|mid-)?{_MON}\b(?!\.?\s[0-3]?\d\b)(?!\.?,?\s(?:of\s)?(?:19|20)\d\d)"
        r"(?!\s(?:to|and|until|through|[-–])\s?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
        r"[a-z]*\.?,?\s(?:19|20)\d\d)"
        # "in August last year", "in July of that year"
        r"(?:,?\s(?:of\s)?(?P<which>last|this|next|that)\syear\b(?!['’]))?",
    ),
    (  # ("said this morning that ...": when it was said, no day of what was said)
        "day_rel",
        r"\b(?P<rel>[Yy]esterday|[Tt]oday|(?<!said\s)(?<!says\s)(?<!told\s)(?<!reporters\s)"
        r"(?<!announced\s)(?<!confirmed\s)(?<!statement\s)(?<!late\s)[Tt]his\s+"
        r"(?:morning|afternoon|evening))\b",
    ),
    # a day counted from the date told just before: "the next day", "two days later"
    (
        "day_after",
        r"\b(?:[Tt]he\s+(?:next|following)\s+day|(?P<n>[Aa]|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive"
        r"|[2-9])\s+days?\s+later)\b",
    ),
]
# Every form starts at the start of a word: testing that once, before the alternatives,
# spares trying twelve forms at every position inside a word (several times faster).
assert all(rx.startswith(r"\b") for _name, rx in _FORMS)
_RX = re.compile(
    r"\b(?=\w)(?:"
    + "|".join(f"(?P<{name}>{rx[2:].replace('(?P<', f'(?P<{name}_')})" for name, rx in _FORMS)
    + ")"
)


@dataclass(frozen=True)
class DateMention:
    """A date expression found in text, with its resolved value (or None)."""

    start: int
    end: int
    text: str
    value: str | None
    relative: bool


#: A year told in a sentence, for a later "that year": after a preposition, an article or a
#: month ("in 2019", "the 2014 talks", "a 2001 pact", "March 2018"), not a count ("about 2000
#: U.S. troops") or a number ("Resolution 1973")
_YEAR_TOLD = re.compile(
    r"(?:\b(?:[Ii]n|[Oo]f|[Ss]ince|[Ff]rom|[Uu]ntil|[Bb]y|[Dd]uring|[Tt]he|[Aa]n?|[Ee]arly|[Ll]ate"
    r"|[Mm]id|[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter|\d{1,2},?"
    rf"|(?:{MONTH_NAMES}|{_MONTH_STEMS}|Sept)\.?)[\s-]+)"
    r"((?:19|20)\d\d)(?![\w-])"
)
_UNTIL = re.compile(r"\b(?:until|till|through|to|ends?|ending)\s+(?:on\s+)?$", re.IGNORECASE)
#: Number words of a count of days ("two days later").
COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
COUNTS.update({str(i): i for i in range(2, 10)})
#: A day counted from one told before: "the next day", "the following day", "two days later".
DAY_AFTER = re.compile(r"\b(?:next|following)\s+day\b|\bdays?\s+later\b", re.IGNORECASE)


def shift_day(day: str, days: int) -> str:
    """The ISO day ``days`` after ``day`` (before it when negative).

    Example:
        >>> shift_day("2025-03-02", -2), shift_day("2024-02-28", 1)
        ('2025-02-28', '2024-02-29')
    """
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _month(token: str) -> int:
    return MONTHS[token.rstrip(".").lower()]


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def parse_absolute(text: str) -> str | None:
    """Parse one absolute date ("26 Aug 2022", "April 26, 2024", "2024-04-26"); None if not.

    Example:
        >>> parse_absolute("26 Aug 2022, 18:05 CEST"), parse_absolute("February 30, 2024")
        ('2022-08-26', None)
        >>> parse_absolute("Posted On: 28 MAR 2025 6:12PM by PIB Delhi")
        '2025-03-28'
        >>> parse_absolute("CONTRACTS FOR DEC. 2, 2019")
        '2019-12-02'
    """
    for m in find_dates(text, None):
        if m.value and not m.relative and len(m.value) == 10:
            return m.value
    return None


def _last_month_named(month: int, ref: dt.date) -> str:
    year = ref.year if month <= ref.month else ref.year - 1
    return f"{year:04d}-{month:02d}"


def _reference(article_date: str | None) -> dt.date | None:
    """The article date to resolve against; None when absent, malformed or out of range.

    Example:
        >>> _reference("2024-02-29"), _reference("2024-02-30"), _reference("0001-01-01")
        (datetime.date(2024, 2, 29), None, None)
    """
    try:
        ref = dt.date.fromisoformat(article_date) if article_date else None
    except ValueError:
        return None
    return ref if ref and 1 < ref.year < 9999 else None


# A date that names a deadline, not a day something happened ("the May 1 deadline")
_DEADLINE = re.compile(r"\s+(?:deadline|cut-?off|target\s+date|ultimatum)\b", re.I)


def find_dates(
    text: str, article_date: str | None, narrative: str | None = None
) -> list[DateMention]:
    """Find date expressions in ``text`` and resolve them against ``article_date``.

    Without an article date, a month and day without a year ("on October 29") that falls
    later in the year of ``narrative``, the last full date the article told before ("on
    September 15, 2021"), takes that year; an earlier one, weekdays and other relative dates
    stay unresolved.

    Example:
        >>> [d.value for d in find_dates("in December and last Thursday", "2023-01-11")]
        ['2022-12', '2023-01-05']
        >>> [d.value for d in find_dates("at a summit last August", "2024-06-30")]
        ['2023-08']
        >>> [d.value for d in find_dates("last week, and last week", "2024-05-22")][:1]
        ['2024-05']
        >>> [d.value for d in find_dates("talks last week", "2024-03-05")]
        [None]
        >>> [d.value for d in find_dates("on 7 April, and from 20 August", "2024-05-03")]
        ['2024-04-07', '2023-08-20']
        >>> [d.value for d in find_dates("from 7 to 11 February 2022, on 3 May", "2022-06-01")]
        ['2022-02-07', '2022-05-03']
        >>> [d.value for d in find_dates("from 26 October to 12 November 2022", "2024-01-23")]
        ['2022-10-26']
        >>> [d.value for d in find_dates("December 28 to January 3, 2023", None)]
        ['2022-12-28']
        >>> [d.value for d in find_dates("from August to October 2019, June-July 2023", None)]
        ['2019-08', '2023-06']
        >>> [d.value for d in find_dates("drills that run until May 31", "2021-05-27")]
        ['2021-05-31']
        >>> [d.value for d in find_dates("on 12 May 2023 and the next day", None)]
        ['2023-05-12', '2023-05-13']
        >>> [d.value for d in find_dates("The $344M deal, the 14th, Block IIA", "2024-01-01")]
        []
        >>> [d.value for d in find_dates("on June 15 and 16, 2024; March 3-7", "2025-03-14")]
        ['2024-06-15', '2025-03-03']
        >>> [d.value for d in find_dates("in December last year, in May next year", "2024-12-18")]
        ['2023-12', '2025-05']
        >>> [d.value for d in find_dates("in October 2018, after a summit in July of that year",
        ...     "2021-02-18")]
        ['2018-10', '2018-07']
        >>> [d.value for d in find_dates("a 2001 pact, signed in March that year", "2025-01-17")]
        ['2001-03']
        >>> [d.value for d in find_dates("In 2019 about 2000 troops moved, in May that year",
        ...     "2025-01-17")]
        ['2019-05']
        >>> [d.value for d in find_dates("met on October 29 and on Tuesday", None, "2021-09-15")]
        ['2021-10-29', None]
        >>> [d.value for d in find_dates("met on February 17", None, "2023-12-07")]
        [None]
        >>> [d.value for d in find_dates("before the April 26 deadline, in March", "2025-05-02")]
        ['2025-03']
    """
    ref = _reference(article_date)
    out: list[DateMention] = []
    for m in _RX.finditer(text):
        kind = m.lastgroup or ""
        g = {
            k[len(kind) + 1 :]: v
            for k, v in m.groupdict().items()
            if k.startswith(kind + "_") and v
        }
        value: str | None = None
        relative = False
        if kind == "iso":
            value = _valid(int(g["year"]), int(g["m"]), int(g["d"]))
        elif kind in ("mdy", "dmy"):
            value = _valid(int(g["year"]), _month(g["mon"]), int(g["day"]))
        elif kind in ("dmdm_range", "mdmd_range"):
            year, month = int(g["year"]), _month(g["mon"])
            if month > _month(g["em"]):  # "from 28 December to 3 January 2023": 2022
                year -= 1
            value = _valid(year, month, int(g["day"]))
        elif kind in ("my", "m_range"):
            value = f"{int(g['year']):04d}-{_month(g['mon']):02d}"
        elif kind in ("dm_range", "md_range") and g.get("year"):
            value = _valid(int(g["year"]), _month(g["mon"]), int(g["day"]))
        elif kind in ("md", "dm", "dm_range", "md_range"):
            relative = True
            if (
                kind == "md"
                and g["mon"] == "May"
                and not re.match(r"\s?\d", text[m.start("md_day") - 1 :])
            ):
                continue
            if ref:
                month, day = _month(g["mon"]), int(g["day"])
                year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
                until = _UNTIL.search(text, 0, m.start()) or re.match(r"[Uu]ntil\b", m.group())
                if until and (month, day) > (ref.month, ref.day):
                    year = ref.year  # "drills that run until May 31": an end still to come
                value = _valid(year, month, day)
            elif narrative is not None:  # an undated article's own last full date, when
                told = dt.date.fromisoformat(narrative)  # this day comes later in its year
                if (_month(g["mon"]), int(g["day"])) >= (told.month, told.day):
                    value = _valid(told.year, _month(g["mon"]), int(g["day"]))
        elif kind in ("wd", "last_wd", "wd_last_week"):
            relative = True
            if ref:
                wd = WEEKDAYS.index(g["wd"].lower())
                if kind == "wd":
                    day = ref - dt.timedelta(days=(ref.weekday() - wd) % 7)
                else:
                    monday = ref - dt.timedelta(days=ref.weekday())
                    day = monday - dt.timedelta(days=7) + dt.timedelta(days=wd)
                value = day.isoformat()
        elif kind == "month_rel":
            relative = True
            if ref:
                rel = g["rel"].lower()
                if rel == "last month":
                    prev = ref.replace(day=1) - dt.timedelta(days=1)
                    value = f"{prev.year:04d}-{prev.month:02d}"
                elif "month" in rel:
                    value = f"{ref.year:04d}-{ref.month:02d}"
        elif kind == "week_rel":
            relative = True  # a week gives its month when it lies within one, else nothing
            if ref:
                monday = ref - dt.timedelta(days=ref.weekday())
                if g["rel"].lower() == "last week":
                    first, last = monday - dt.timedelta(days=7), monday - dt.timedelta(days=1)
                else:
                    first, last = monday, ref
                if (first.year, first.month) == (last.year, last.month):
                    value = f"{first.year:04d}-{first.month:02d}"
        elif kind == "in_month":
            relative = True
            if g["mon"] == "May" and not re.match(
                r"in\b|\w+\s+the\s+\w+\s+of\b", text[m.start() :], re.I
            ):
                continue  # (only "in May" and "at the end of May": "Theresa May", "may")
            years = _YEAR_TOLD.findall(text, 0, m.start()) if g.get("which") == "that" else []
            if years:  # "in October 2018, after ... in July of that year" (also "a 2001
                value = f"{years[-1]}-{_month(g['mon']):02d}"  # agreement, signed in March of
                # that year"; with no year before it in the sentence, as a month alone)
            elif ref and g.get("which") and g["which"] != "that":
                shift = {"last": -1, "this": 0, "next": 1}[g["which"]]
                value = f"{ref.year + shift:04d}-{_month(g['mon']):02d}"
            elif ref:
                value = _last_month_named(_month(g["mon"]), ref)
        elif kind == "day_rel":
            relative = True
            if ref:
                value = (
                    ref - dt.timedelta(days=1 if g["rel"].lower() == "yesterday" else 0)
                ).isoformat()
        elif kind == "day_after":
            relative = True
            before = next((d.value for d in reversed(out) if d.value and len(d.value) == 10), None)
            if before is None:
                continue  # "the next day" of no day told here: nothing to count from
            n = COUNTS.get((g.get("n") or "one").lower(), 1)
            value = (dt.date.fromisoformat(before) + dt.timedelta(days=n)).isoformat()
        if _DEADLINE.match(text, m.end()):
            continue  # "set the May 1 deadline at a summit in January": no day of an event
        lead = re.match(r"(?:[Uu]ntil|[Bb]y)\s", m.group())  # "until 10 October": the date
        start = m.start() + (lead.end() if lead else 0)  # after the word that makes it an end,
        out.append(DateMention(start, m.end(), text[start : m.end()], value, relative))  # so a
    return out  # check before it ("run until") sees it
