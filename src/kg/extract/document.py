"""Extraction of one article: sentences, mentions, facts, merged restatements.

Example:
    >>> ex = extract_text("The U.S. and Japan held talks in Tokyo on May 3, 2024.")
    >>> [(f.kind, f.parties, f.date, f.location) for f in ex.facts]
    [('meeting', ('USA', 'JPN'), '2024-05-03', 'Tokyo')]
    >>> sorted(ex.nations)
    ['JPN', 'USA']
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from kg.dates import DateMention, find_dates, shift_day
from kg.extract.anaphora import RELEASE, ArticleNames
from kg.extract.context import Discourse, Sentence, words
from kg.extract.mentions import find_mentions
from kg.extract.model import Extraction, Fact, remote_meeting, unnamed
from kg.extract.money import find_money, local_dollar, us_sale
from kg.extract.nlp import pipeline
from kg.extract.roles import END_DATE
from kg.extract.rules import Rules
from kg.lexicon import load_lexicon
from kg.sources.clean import find_layout
from kg.sources.model import Article

if TYPE_CHECKING:
    from collections.abc import Callable

    from spacy.tokens import Doc, Span

_PARENT = re.compile(
    r",\s+(?:an?|the)\s+(?:\w+\s+)?(?:business|unit|subsidiary|division|arm|company)\s+of\s*$"
)


_TITLE = re.compile(
    r"\b(?:Lt|Gen|Adm|Col|Maj|Capt|Sgt|Cmdr|Brig|Mr|Mrs|Ms|Dr|Prof|Sen|Rep|Gov|Amb|No|St|Vol)\.$"
)
_MISSED = re.compile(
    r"(?:\s(?:Block|Increment|Phase|Tranche|Lot)\s[IVX]{1,4}\.)(\s+)(?=[A-Z])"
    r"|(?:[a-z0-9%)\]”\"’]\.)(\s+)(?=(?:The|A|An|In|On|It|He|She|They|This|That|Under|After"
    r"|Before|But|However|Officials|Both|Its|Their)\s)"
    r"|(\n[ \t]*)(?=(?:[-•*–▪]|\d{1,2}[.)])\s)"  # each item of a list is a sentence of its own
)


# One item of a numbered list, alone on its line
_NUMBERED = re.compile(r"^[ \t]*\d{1,2}[.)][ \t]+\S[^\n]*", re.M)


def split_sentences(text: str, nlp: object) -> list[tuple[int, int]]:
    """Sentence spans of ``text``: spaCy's sentencizer, mended where news text fools it.

    A sentence ending in a title ("Lt.", "Gen.") goes on; "Block V. The" ends one.

    Example:
        >>> t = "It bought 200 Tomahawk Block V. The sale was approved by Lt. Gen. Ray Smith."
        >>> [t[a:b] for a, b in split_sentences(t, pipeline())]
        ['It bought 200 Tomahawk Block V.', 'The sale was approved by Lt. Gen. Ray Smith.']
        >>> t = "Vela ehf., Reykjavik, Iceland, is awarded a contract."
        >>> [t[a:b] for a, b in split_sentences(t, pipeline())]
        ['Vela ehf., Reykjavik, Iceland, is awarded a contract.']
        >>> t = 'Ministers met. "We stand with Kyiv," he said.'
        >>> [t[a:b] for a, b in split_sentences(t, pipeline())]
        ['Ministers met.', '"We stand with Kyiv," he said.']
        >>> t = "Key events\\n- Chile and Peru began drills\\n- Bolivia held talks"
        >>> [t[a:b] for a, b in split_sentences(t, pipeline())]
        ['Key events', '- Chile and Peru began drills', '- Bolivia held talks']
        >>> t = "Signed:\\n1. A defence pact. It runs.\\n2. A memorandum on training"
        >>> [t[a:b] for a, b in split_sentences(t, pipeline())]
        ['Signed:', '1. A defence pact. It runs.', '2. A memorandum on training']
    """
    return _split(nlp(text), text)  # type: ignore[operator]


def _split(doc: Doc, text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` from its already tokenized ``doc`` (see `split_sentences`)."""
    spans: list[tuple[int, int]] = []
    for sent in doc.sents:
        begin, end = sent.start_char, sent.end_char
        last = text[spans[-1][0] : spans[-1][1]].rstrip() if spans else ""
        if spans and (_TITLE.search(last) or last.endswith(".,")):
            begin = spans.pop()[0]  # ("IAV hf., Reykjavik, Iceland, is awarded": no sentence
            # ends in a comma)
        spans.append((begin, end))
    out: list[tuple[int, int]] = []
    for begin, end in spans:
        cut = begin
        for m in _MISSED.finditer(text, begin, end):
            gap = next(i for i in (1, 2, 3) if m.group(i) is not None)
            out.append((cut, m.start(gap)))
            cut = m.end(gap)
        out.append((cut, end))
    for i in range(len(out) - 1):  # 'met. "' + 'We stand ...': the quote opens the next one
        (a, b), (c, d) = out[i], out[i + 1]
        dangling = re.search(r"\s([\"“])\s*$", text[a:b])
        if dangling and c == b:
            out[i], out[i + 1] = (a, a + dangling.start()), (a + dangling.start(1), d)
    return _numbered_items(text, out)


def _numbered_items(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A numbered list ("1. Joint Statement on ...", "2. ...") is one sentence per item: the
    sentencizer takes "1." for a sentence and glues the next number to the item before."""
    items = [(m.start(), m.end()) for m in _NUMBERED.finditer(text)]
    if len(items) < 2:
        return spans
    out = list(items)
    for a, b in spans:
        cuts = [(x, y) for x, y in items if x < b and y > a]
        pieces, at = [], a
        for x, y in cuts:
            pieces.append((at, x))
            at = max(at, y)
        pieces.append((at, b))
        out += [
            (x, x + len(text[x:y].rstrip())) for x, y in pieces if re.search(r"\w{2}", text[x:y])
        ]
    return sorted(out)


# A release's header line: the ministry or department that issued it, then "Press Release"
# ("Ministry of Defense of Japan, Press Release"), or the other way round ("Press Release —
# Ministry of Defence, Sri Lanka"); a line of its own, no sentence
_RELEASE_HEADER = re.compile(
    r"^(?:(?P<before>[^\n.]{0,100}?\b(?:Ministry|Department|Presidency)\b[^\n.]{0,60}?)"
    r"\s*(?:,|—|–|-|\|)\s*(?i:press\s+(?:release|statement))"
    r"|(?i:press\s+(?:release|statement))\s*(?:,|—|–|-|\|)\s*"
    r"(?P<after>[^\n.]{0,100}?\b(?:Ministry|Department|Presidency)\b[^\n.]{0,60}?))\s*$",
    re.M,
)


# A line that only says "Press release", with its date ("Press release | 31.10.2022")
_RELEASE_LINE = re.compile(
    r"(?i:press\s+(?:release|statement))\s*(?:(?:,|—|–|-|\|)\s*[\w ./-]{0,30})?$"
)
_ISSUER = re.compile(r"^[^.|]{1,80}\|\s*[^.|]{0,40}\b(?:Ministry|Department|Presidency)\b[^.|]*$")


def _release_state(head: str) -> str | None:
    """The state whose ministry issued a press release, as its header line names it: its
    officials are that state's wherever the release is datelined ("Ministry of Defense of
    Japan, Press Release" / "SINGAPORE — Minister of Defense KIHARA Minoru held a meeting").

    Only the lines before the first sentence count, and only a line that is the issuer and
    "Press Release", with one state named in the issuer.

    Example:
        >>> _release_state("Ministry of Defense of Japan, Press Release\\n\\nSINGAPORE — ...")
        'JPN'
        >>> _release_state("Ministry of Foreign Affairs press statement on China's actions")
        >>> _release_state("Press release: PM announces defence deal with Turkey") is None
        True
        >>> _release_state("Republic of Moldova | Ministry of Defence\\nPress release | 31.10.2022")
        'MDA'
    """
    return release_issuer(head)[0]


@lru_cache(maxsize=8)  # (asked for each article's names and for its rules)
def release_issuer(head: str) -> tuple[str | None, str]:
    """The state whose ministry issued a press release (see ``_release_state``) and the words
    of its header that name the issuer ("" when the page is no state's release).

    Example:
        >>> release_issuer("Republic of Moldova | Ministry of Defence\\nPress release | 31.10.2022")
        ('MDA', 'Republic of Moldova | Ministry of Defence')
    """
    lines = []
    for line in head.splitlines():
        if line.rstrip().endswith(".") or len(line) > 160:
            break  # the body begins
        lines.append(line)
    for i, line in enumerate(lines):
        found = _RELEASE_HEADER.match(line.strip())
        top = next((x.strip() for x in lines[:i] if x.strip()), "")
        if found is None and _RELEASE_LINE.match(line.strip()) and _ISSUER.search(top):
            issuer = top  # "Republic of Moldova | Ministry of Foreign Affairs" over "Press
            # release | 31.10.2022": the issuer on the page's first line, set apart by a bar
        elif found is None:
            continue
        else:
            issuer = found.group("before") or found.group("after") or ""
        states = {
            m.key if m.kind == "nation" else m.state
            for m in find_mentions(issuer, 0)
            if m.kind == "nation" or (m.kind == "org" and m.state)
        }
        return (states.pop(), issuer) if len(states) == 1 else (None, "")
    return None, ""


def _home_state(place: str | None) -> str | None:
    """The state whose capital (or other metonym) the dateline names ("BUCHAREST" -> ROU).

    Example:
        >>> _home_state("SEOUL"), _home_state("Springfield"), _home_state(None)
        ('KOR', None, None)
    """
    return _metonym_states().get(place.strip().lower()) if place else None


@cache
def _metonym_states() -> dict[str, str]:
    """Lower-cased capitals and other metonyms -> the state they stand for (the first wins)."""
    out: dict[str, str] = {}
    for nation in load_lexicon().nations.values():
        for name in nation.metonyms:
            out.setdefault(name.lower(), nation.code)
    return out


# A time the sentence before told: "That same month", "the same day", "that day"
_SAME_TIME = re.compile(r"\b(?:[Tt]hat|[Tt]he)\s+same\s+(month|day)\b|\b[Tt]hat\s+(month|day)\b")


def sentences(article: Article) -> list[Sentence]:
    """Split the non-noise parts of ``article`` into sentences with their mentions.

    Example:
        >>> from kg.sources.model import Article
        >>> [s.text for s in sentences(Article("a", "Seoul agreed. Tokyo too.", "-"))]
        ['Seoul agreed.', 'Tokyo too.']
    """
    nlp = pipeline()
    home = _release_state(article.text[:600]) or _home_state(article.place)
    names = ArticleNames(home=home)
    if home and RELEASE.search(article.text[:600]):
        names.issuer = home  # a government's own release or statement: its unquoted "we"
        names.issuer_words = release_issuer(article.text[:600])[1]
    dollar = local_dollar(article.text, home)
    out: list[Sentence] = []
    paragraph = 0
    narrative: str | None = None  # an undated article's last full date told so far
    previous: str | None = None  # the last date the sentences before told
    for seg in article.body_segments():
        paragraph += 1
        chunk = article.text[seg.start : seg.end]
        doc = nlp(chunk)  # tokenized once: the sentencizer and the matcher share the tokens
        for begin, finish in _split(doc, chunk):
            raw = chunk[begin:finish]
            text = raw.strip()
            if not text:
                continue
            local = begin + (len(raw) - len(raw.lstrip()))
            start = seg.start + local
            s = Sentence(len(out), start, start + len(text), text, seg.role, paragraph)
            tokens = _tokens(doc, chunk, local, local + len(text))
            s.mentions = names.complete(text, start, find_mentions(text, start, tokens))
            s.dates = find_dates(text, article.date, narrative)  # sentence offsets
            same = _SAME_TIME.search(text)
            if same and re.search(
                r"\b(?:since|until|till|from|before|after|by)\s+$", text[: same.start()], re.I
            ):
                same = None  # "Since that day, they have held talks": no one day's event
            earlier = [  # (not an end: "began on May 5, which will run until May 19, and ...
                d.value  # held talks the same day": May 5)
                for d in s.dates
                if same
                and d.value
                and d.end <= same.start()
                and not END_DATE.search(text[: d.start])
            ]
            own = (  # "Trump, who announced in May ..., met al-Sharaa in Riyadh the same month":
                earlier[-1]  # the date the sentence told before it, with none after it
                if earlier and not any(d.value for d in s.dates if d.start >= same.end())
                else None
            )
            anchor = own or (  # "That same month, the navies held an exercise": the month the
                previous if same and not any(d.value for d in s.dates) else None  # sentence
            )  # before told
            if same and anchor:
                unit = (same.group(1) or same.group(2)).lower()
                if unit == "month" or len(anchor) == 10:
                    told = DateMention(
                        same.start(),
                        same.end(),
                        same.group(),
                        anchor[:7] if unit == "month" else anchor,
                        True,
                    )
                    s.dates = sorted([*s.dates, told], key=lambda d: d.start) if own else [told]
            told = [  # (not an end: "drills which run until May 31"; not a background date in
                d.value  # a relative clause: "Bahrain, which normalized ties in 2020, signed")
                for d in s.dates
                if d.value
                and not END_DATE.search(text[: d.start])
                and not re.search(r",\s*(?:which|who|whose)\b[^,]*$", text[: d.start])
            ]
            previous = told[0] if told else previous
            if article.date is None:  # "on October 29" after "September 15, 2021"
                told = [
                    d.value for d in s.dates if d.value and len(d.value) == 10 and not d.relative
                ]
                narrative = told[-1] if told else narrative
            s.money = [  # article offsets (a bare "$" of a local release: its own dollar)
                replace(
                    m,
                    start=m.start + start,
                    end=m.end + start,
                    currency=(
                        dollar
                        if dollar and m.text.startswith("$") and not us_sale(text)
                        else m.currency
                    ),
                )
                for m in find_money(text)
            ]
            out.append(s)
    return out


def _tokens(doc: Doc, chunk: str, begin: int, end: int) -> Span | None:
    """The tokens of ``chunk[begin:end]`` in ``doc``, when they are the sentence's own tokens.

    The tokenizer splits on whitespace first, so a sentence bounded by whitespace has the same
    tokens alone as inside its chunk; otherwise (a mended boundary inside a word) None, and the
    sentence is tokenized again on its own.
    """
    if (begin and not chunk[begin - 1].isspace()) or (
        end < len(chunk) and not chunk[end].isspace()
    ):
        return None
    return doc.char_span(begin, end)


def _run_rules(sents: list[Sentence], article: Article) -> list[Fact]:
    discourse = Discourse()
    rules = Rules(
        discourse,
        place=article.place,
        article_date=article.date,
        issuer=_release_state(article.text[:600]),
    )
    for s in sents:
        for rule in rules.sequence():
            rule(s)
    return _formats_take_no_part(_states_take_part(rules.facts))


def _formats_take_no_part(facts: list[Fact]) -> list[Fact]:
    """A meeting's format is not one of its participants: in "a meeting of the allies'
    Security Consultative Committee" the two states meet, and a body the lexicon does not know
    whose name is a meeting format (patterns.toml [meeting] format_words) is dropped when two
    states take part.

    Example:
        >>> f = Fact("meeting", "x", parties=("USA", "JPN", "Security Consultative Committee"))
        >>> _formats_take_no_part([f])[0].parties
        ('USA', 'JPN')
    """
    lex = load_lexicon()
    formats = words("meeting", "format_words")
    for f in facts:
        if f.kind != "meeting" or sum(p in lex.nations for p in f.parties) < 2:
            continue
        kept = tuple(
            p for p in f.parties
            if p in lex.nations or p in lex.orgs or formats.search(p) is None
        )  # fmt: skip
        told = "–".join(f.parties) + " "
        if kept != f.parties and f.label.startswith(told):  # "USA–JPN meeting"
            f.label = "–".join(kept) + " " + f.label[len(told) :]
        f.parties = kept
    return facts


def _states_take_part(facts: list[Fact]) -> list[Fact]:
    """An exercise's participants are the states whose forces take part: an organization ("the
    East African Community's annual exercise") is none, and an exercise of no state is dropped.

    Example:
        >>> f = Fact("exercise", "x", parties=("KEN", "East African Community"))
        >>> _states_take_part([f])[0].parties
        ('KEN',)
    """
    nations = load_lexicon().nations
    out = []
    for f in facts:
        if f.kind == "exercise":
            f.parties = tuple(p for p in f.parties if p in nations)
            if not f.parties:
                continue
        out.append(f)
    return out


def _same_edition(first: Fact, later: Fact) -> bool:
    """True when ``later`` names the edition of an exercise ``first`` already told, by the name
    with its year or number ("NATO said Vostok-2018 demonstrated Russia's focus" after "The
    Vostok-2018 exercise got under way on Tuesday"): one exercise, whatever day it is named on.

    Example:
        >>> a = Fact("exercise", "Vostok-2018", parties=("RUS", "CHN"), date="2018-09-11")
        >>> b = Fact("exercise", "Vostok-2018", parties=("RUS",), date="2018-09-12")
        >>> _same_edition(a, b), _same_edition(a, Fact("exercise", "Vostok", parties=("RUS",)))
        (True, False)
    """
    return (
        first.kind == later.kind == "exercise"
        and first.label == later.label
        and re.search(r"\d", first.label) is not None
        and "–" not in first.label
        and set(later.parties) <= set(first.parties)
    )


# Words that give a sentence a day of its own ("on Thursday", "yesterday", "April 25", "2019")
_DAY_WORDS = re.compile(
    r"\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|today|yesterday|tonight|(?:19|20)\d\d"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\b"
)


# A later sentence that refers back to those the lead named ("The two leaders met on Thursday"),
# and words that tell another meeting than the lead's ("last met", "also met for a dinner")
_REFERS_BACK = re.compile(
    r"\b(?:the\s+two|both|the\s+(?:leaders|presidents|ministers|sides|delegations)|they)\b", re.I
)
_ANOTHER_TIME = re.compile(
    r"\b(?:also|last|previously|again|earlier|another|second|as\s+well|had\s+(?:met|held|spoken))\b",
    re.I,
)


def fold_lede_meetings(
    facts: list[Fact], article_date: str | None, lead_end: int = 10**9
) -> list[Fact]:
    """Fold a meeting a lead tells without a day (so dated by the article) into the same
    parties' meeting a later sentence dates a few days before: "Kim and Putin held their first
    summit in Vladivostok ... The two leaders met on Thursday" is one summit, on Thursday. Only a
    meeting of the lead (told before ``lead_end``; not "Before the ceremony, the two presidents
    held a private meeting at the complex" further down).

    Example:
        >>> from kg.extract.model import Evidence
        >>> lede = Fact("meeting", "summit", parties=("PRK", "RUS"), date="2019-04-26",
        ...             evidence=[Evidence(0, 40, "Kim and Putin held a summit.", "r", 0.6)])
        >>> met = Fact("meeting", "met", parties=("RUS", "PRK"), date="2019-04-25",
        ...            evidence=[Evidence(41, 80, "The two met on Thursday.", "r", 0.6)])
        >>> [(f.label, f.date) for f in fold_lede_meetings([lede, met], "2019-04-26")]
        [('met', '2019-04-25')]
    """
    if article_date is None or len(article_date) != 10:
        return facts
    out = list(facts)
    for lede in facts:
        if (
            lede.kind != "meeting"
            or lede.date != article_date
            or lede.distinct
            or not lede.evidence
            or lede.evidence[0].start >= lead_end
            or remote_meeting(lede.label)
            or _DAY_WORDS.search(lede.evidence[0].text)  # (the sentence that told it)
        ):
            continue
        dated = next(
            (
                f for f in out
                if f is not lede and f.kind == "meeting" and f.date and len(f.date) == 10
                and set(f.parties) == set(lede.parties)
                and not (f.location and lede.location and f.location != lede.location)
                and not remote_meeting(f.label)  # (a call is no summit in person)
                and f.evidence
                and _REFERS_BACK.search(f.evidence[0].text) is not None
                and not _ANOTHER_TIME.search(f.evidence[0].text)
                and any(f.date == shift_day(article_date, -n) for n in (1, 2, 3))
            ),
            None,
        )  # fmt: skip
        if dated is not None:
            dated.evidence = [*lede.evidence, *dated.evidence]
            dated.location = dated.location or lede.location
            out.remove(lede)
    return out


def merge_facts(facts: list[Fact]) -> list[Fact]:
    """Merge facts that report the same thing (same key, compatible dates), keeping order.

    Example:
        >>> a = Fact("stance", "x", type="condemns", parties=("JPN",), target="PRK")
        >>> b = Fact("stance", "y", type="condemns", parties=("JPN",), target="PRK")
        >>> len(merge_facts([a, b]))
        1
    """
    out: list[Fact] = []
    for fact in facts:
        match = next((f for f in out if f.same_as(fact) or _same_edition(f, fact)), None)
        if match:
            match.absorb(fact)
        else:
            out.append(fact)
    return out


def fold_nested_meetings(facts: list[Fact]) -> list[Fact]:
    """Fold a signing into the ceremony the same sentence tells on its day with more parties.

    "Congo and Rwanda signed a peace agreement in Washington on Friday at a ceremony hosted
    by Secretary of State Marco Rubio" tells one event: the signing of the two is the
    ceremony of the three, not a second meeting.

    Example:
        >>> from kg.extract.model import Evidence
        >>> ev = Evidence(0, 40, "...", "meeting.signing", 0.6)
        >>> a = Fact("meeting", "signing", parties=("COD", "RWA"), date="2025-06-27",
        ...          evidence=[ev])
        >>> b = Fact("meeting", "COD–RWA–USA ceremony", parties=("COD", "RWA", "USA"),
        ...          date="2025-06-27",
        ...          evidence=[Evidence(0, 40, "...", "meeting.noun-verb", 0.6)])
        >>> [f.parties for f in fold_nested_meetings([a, b])]
        [('COD', 'RWA', 'USA')]
    """

    def ceremony(small: Fact, out: list[Fact]) -> Fact | None:
        if (
            small.kind != "meeting"
            or small.date is None
            or len(small.evidence) != 1
            or small.evidence[0].rule != "meeting.signing"
        ):
            return None
        where = small.evidence[0].start
        return next(
            (
                f
                for f in out
                if f is not small
                and f.kind == "meeting"
                and f.label.endswith("ceremony")  # the signing's own ceremony, not a summit
                and f.date == small.date
                and f.location in (None, small.location)
                and set(small.parties) < set(f.parties)
                and any(ev.start == where for ev in f.evidence)
            ),
            None,
        )

    return _fold(facts, ceremony)


# An agreement named again by a definite noun ("the agreement does not provide for bases",
# "called the pact a sign", "The defence agreement replaces an older arrangement")
_THE_AGREEMENT = re.compile(
    r"\b(?:[Tt]he|[Tt]his)\s+(?:new\s+|defen[cs]e\s+|security\s+|bilateral\s+)?"
    r"(?:agreement|pact|accord|deal|arrangement|treaty)\b(?!\s+(?:with|between|on|to|signed)\b)"
)


def fold_restated_agreements(facts: list[Fact]) -> list[Fact]:
    """Fold an undated agreement told only as "the agreement" into the dated one before it
    between the same parties: a later sentence that says what the pact does restates it, even
    when its words read as another kind ("gives access to", "replaces").

    Example:
        >>> from kg.extract.model import Evidence
        >>> a = Fact("agreement", "pact", type="defense-cooperation", parties=("AUS", "IDN"),
        ...          date="2024-08-29", evidence=[Evidence(0, 40, "...", "r", 0.7)])
        >>> b = Fact("agreement", "AUS–IDN access agreement", type="access",
        ...          parties=("AUS", "IDN"), evidence=[Evidence(50, 99,
        ...          "The agreement does not provide for foreign bases.", "r", 0.7)])
        >>> [f.type for f in fold_restated_agreements([a, b])]
        ['defense-cooperation']
    """

    def restated(small: Fact, out: list[Fact]) -> Fact | None:
        if (
            small.kind != "agreement"
            or small.date is not None
            or len(small.evidence) != 1
            or not unnamed(small.label)
        ):
            return None  # (a pact with a name of its own is another one: "the Lombok Treaty")
        text = small.evidence[0].text
        if not _THE_AGREEMENT.search(text) or re.search(r"\b(?:19|20)\d\d\b", text):
            return None
        return next(
            (
                f
                for f in out
                if f is not small
                and f.kind == "agreement"
                and f.date is not None
                and set(f.parties) == set(small.parties)
                and f.evidence
                and f.evidence[0].start < small.evidence[0].start
            ),
            None,
        )

    return _fold(facts, restated)


def _fold(facts: list[Fact], into: Callable[[Fact, list[Fact]], Fact | None]) -> list[Fact]:
    """Fold each fact into the one ``into`` finds for it among those kept so far, in order.

    Example:
        >>> a, b = Fact("exercise", "a", parties=("USA",)), Fact("exercise", "b", parties=("JPN",))
        >>> [f.label for f in _fold([a, b], lambda f, out: b if f is a else None)]
        ['b']
    """
    out = list(facts)
    for small in facts:
        big = into(small, out)
        if big is not None:
            if (
                small.evidence
                and big.evidence
                and small.evidence[0].start < big.evidence[0].start
                and set(small.parties) <= set(big.parties)
            ):  # (the parties in the order they were first told)
                big.parties = tuple(dict.fromkeys((*small.parties, *big.parties)))
            big.absorb(small)
            out.remove(small)
    return out


# A sentence that tells the exercise just reported again: "The exercise ...", "The ASEAN-U.S.
# Maritime Exercise (AUMX) ...", "The drills ..." (not "Separately, ..." or "Another drill")
_TOLD_AGAIN = re.compile(r"\s*The\s+(?!(?:other|second|separate|next)\b)")
# ... or names who joined it ("Australia and France joined this year's Balikatan"), and does not
# set it apart ("Separately", "another drill")
_JOINED = re.compile(r"\b(?:joined|joining|taking\s+part|took\s+part|participat\w+|involved)\b")
_APART = re.compile(r"\b(?:[Ss]eparate(?:ly)?|another|second|other)\b")


def fold_partial_exercises(facts: list[Fact]) -> list[Fact]:
    """Fold an unnamed exercise into one on the same day whose participants include all of its
    own: "The United States and the ten ASEAN states began their first joint exercise on
    Monday. The exercise ... involves ships from Brunei, ..." tells one exercise, first in part.

    Example:
        >>> from kg.extract.model import Evidence
        >>> a = Fact("exercise", "USA exercise", parties=("USA",), date="2019-09-02",
        ...          evidence=[Evidence(0, 60, "The U.S. and ASEAN began an exercise.", "r", 0.7)])
        >>> b = Fact("exercise", "AUMX", parties=("USA", "BRN", "THA"), date="2019-09-02",
        ...          evidence=[Evidence(61, 99, "The AUMX involves Brunei, Thailand.", "r", 0.7)])
        >>> c = Fact("exercise", "Cobra Gold", parties=("USA",), date="2019-09-02")
        >>> [f.label for f in fold_partial_exercises([a, b, c])]
        ['AUMX', 'Cobra Gold']
    """

    def told_next(small: Fact, out: list[Fact]) -> Fact | None:
        if (
            small.kind != "exercise"
            or small.date is None
            or len(small.date) != 10
            or not unnamed(small.label)
            or not small.evidence
        ):
            return None
        told = small.evidence[-1].end
        return next(
            (
                f
                for f in out
                if f is not small
                and f.kind == "exercise"
                and f.date == small.date
                and set(small.parties) < set(f.parties)
                and any(
                    0 <= ev.start - told <= 400
                    and (_TOLD_AGAIN.match(ev.text) or _JOINED.search(ev.text))
                    and not _APART.search(ev.text)
                    for ev in f.evidence
                )
            ),
            None,
        )  # (the next sentences tell it again: "The exercise ...", not "Separately, ...")

    return _fold(facts, told_next)


def extract_article(article: Article) -> Extraction:
    """Extract entities and facts from one article.

    Headline and "Key points" sentences only add evidence to facts the body states.
    """
    sents = sentences(article)
    body = [s for s in sents if s.role == "body"]
    restated = [s for s in sents if s.role != "body"]
    facts = merge_facts(_run_rules(body, article))
    facts = fold_restated_agreements(fold_partial_exercises(fold_nested_meetings(facts)))
    lead_end = body[min(1, len(body) - 1)].end if body else 0  # (the first two sentences)
    facts = fold_lede_meetings(facts, article.date, lead_end)
    for fact in _run_rules(restated, article):
        match = next((f for f in facts if f.same_as(fact)), None)
        if match:
            match.absorb(fact)
    ex = Extraction(facts=facts)
    for s in body:
        for m in s.mentions:
            if m.kind == "nation" and m.role == "actor":
                ex.nations.add(m.key)
            elif m.kind == "org":
                ex.orgs.add(m.key)
                if m.org is not None and m.key not in load_lexicon().orgs:
                    ex.found_orgs.setdefault(m.key, m.org)
                if m.state and m.role == "actor":
                    ex.nations.add(m.state)
            elif m.kind == "system":
                ex.systems.add(m.key)
        orgs = [m for m in s.mentions if m.kind == "org"]
        for child, parent in itertools.pairwise(orgs):
            gap = s.text[s.local(child.end) : s.local(parent.start)]
            if (
                re.fullmatch(r",\s+(?:an?|the)\s+", gap)
                and re.match(
                    r"\s*(?:business|unit|subsidiary|division|arm|company)\b",
                    s.text[s.local(parent.end) :],
                )
            ) or _PARENT.search(gap):
                ex.parents[child.key] = parent.key
        systems = s.systems()
        if len(systems) > 1 and words("systems", "shared_components").search(s.text):
            for i, a in enumerate(systems):
                for b in systems[i + 1 :]:
                    ex.shared_components.add((a, b))
    nations = load_lexicon().nations  # an organization may be called "ANO" or "ABC"
    for f in facts:
        for actor in (*f.parties, f.target, f.awarder, *f.customers):
            if actor in nations:
                ex.nations.add(actor)
    return ex


def extract_text(text: str, *, date: str | None = None) -> Extraction:
    """Extract from a bare string (layout found as for a file; handy in tests and notebooks).

    ``date`` is the article date as ``YYYY-MM-DD`` (or any absolute date); one that is no
    real day raises ValueError.

    Example:
        >>> sorted(extract_text("Poland signed a deal with Hyundai Rotem.").orgs)
        ['Hyundai Rotem']
        >>> extract_text("Japan and Korea met last month.", date="2024-02-30")
        Traceback (most recent call last):
        ValueError: article date '2024-02-30' is no real day
    """
    if date is not None:
        from kg.dates import parse_absolute

        day = parse_absolute(date)
        if day is None:
            raise ValueError(f"article date {date!r} is no real day")
        date = day
    layout = find_layout(text, title="")
    article = Article(
        "text",
        text,
        "<text>",
        date=date or layout.date,
        place=layout.place,
        segments=layout.segments,
    )
    return extract_article(article)
