"""Sentences with their mentions, dates and amounts, and the discourse state between them.

The discourse state is what lets "the three nations" or "they" stand for the actors last
named together, and lets a fact inherit the date of the event that introduced its actors.

Example:
    >>> ws = WordList(["condemn*", "grave concern*"])
    >>> [(m.start(), m.group()) for m in ws.finditer("Japan condemned it, voiced grave concerns")]
    [(6, 'condemned'), (27, 'grave concerns')]
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import cache, lru_cache

from kg.dates import DateMention
from kg.extract.mentions import Mention
from kg.extract.money import Money
from kg.lexicon import load_lexicon


class WordList:
    """A list of words and phrases from patterns.toml, matched case-insensitively on word bounds.

    A ``*`` at the end of a word matches any word ending ("condemn*", "lodg* a protest"); the
    longest phrase wins at a position.

    Example:
        >>> [m.group() for m in WordList(["lodg* a protest"]).finditer("It is lodging a protest.")]
        ['lodging a protest']
    """

    def __init__(self, words: list[str]) -> None:
        parts = []
        for w in sorted(words, key=len, reverse=True):
            parts.append(
                r"\s+".join(
                    re.escape(word.rstrip("*")) + (r"[\w-]*" if word.endswith("*") else "")
                    for word in w.split(" ")
                )
            )
        self.rx = (
            re.compile(r"(?<![\w-])(?:" + "|".join(parts) + r")(?![\w-])", re.IGNORECASE)
            if parts
            else None
        )
        # A quick test before the regular expression: some phrase's first word (or the stem
        # of a one-word "condemn*") must be a word of the text.
        firsts: set[str] = set()
        stems: list[str] = []
        self.quick = True
        for w in words:
            head = re.match(r"[\w-]+", w.lower())
            if head is None or (head.end() < len(w) and w[head.end()] not in " *"):
                self.quick = False  # a phrase whose first word has punctuation in it
            elif w[head.end() : head.end() + 1] == "*":
                stems.append(re.escape(head.group()))
            else:
                firsts.add(head.group())
        self.firsts = frozenset(firsts)
        self.stems = re.compile(r"(?<![\w-])(?:" + "|".join(stems) + ")", re.I) if stems else None

    def _may_match(self, text: str) -> bool:
        if not self.quick:
            return True
        if self.firsts & word_set(text):
            return True
        return bool(self.stems and self.stems.search(text))

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """Yield the matches in ``text``."""
        return self.rx.finditer(text) if self.rx and self._may_match(text) else iter(())

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """Return the first match in ``text`` at or after ``pos``, or None."""
        return self.rx.search(text, pos) if self.rx and self._may_match(text) else None


@lru_cache(maxsize=4096)
def word_set(text: str) -> frozenset[str]:
    """The lowercased words of ``text`` (cached: every word list asks about the same text).

    Example:
        >>> sorted(word_set("Japan condemned the launch, Japan said"))
        ['condemned', 'japan', 'launch', 'said', 'the']
    """
    return frozenset(re.findall(r"[\w-]+", text.lower()))


@cache
def words(*path: str) -> WordList:
    """Return the WordList for a list in patterns.toml (cached).

    Example:
        >>> bool(words("hedges", "before").search("is expected to sign"))
        True
    """
    return WordList(load_lexicon().words(*path))


# A date that modifies a noun names another act ("the Jan. 5 launch", "its March 2023 summit")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|its|their|his|her|a|an)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(
    r"\s+(?:[a-z-]+\s+){0,2}?(?:launch|launches|attacks?|strikes?|incident|tests?|shelling|bombing"
    r"|crash|clash(?:es)?|raids?|invasion|coup|election|explosion|blast|shooting|firing)\b"
)  # (an act's noun, not the fact's own: "won a March 1 contract ... by June 30, 2027")


@dataclass
class Sentence:
    """One sentence of an article, with everything found in it (offsets are article offsets)."""

    index: int
    start: int
    end: int
    text: str
    role: str  # body | headline | summary
    paragraph: int
    mentions: list[Mention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    money: list[Money] = field(default_factory=list)

    def local(self, pos: int) -> int:
        """Convert an article offset to an offset in ``text``."""
        return pos - self.start

    def actors(self, lo: int = 0, hi: int | None = None) -> list[Mention]:
        """Actor mentions (nations and organizations) between local offsets ``lo`` and ``hi``."""
        hi = len(self.text) if hi is None else hi
        return [
            m
            for m in self.mentions
            if m.kind in ("nation", "org") and m.role == "actor" and lo <= self.local(m.start) < hi
        ]

    def systems(self, lo: int = 0, hi: int | None = None) -> list[str]:
        """Canonical names of the systems mentioned (between local offsets ``lo`` and ``hi``),
        in order, without repeats."""
        hi = len(self.text) if hi is None else hi
        inside = [
            m.key for m in self.mentions if m.kind == "system" and lo <= self.local(m.start) < hi
        ]
        return list(dict.fromkeys(inside))

    def first_date(self, lo: int = 0, hi: int | None = None) -> str | None:
        """The first resolved date between local offsets ``lo`` and ``hi``; a date that names
        another act ("discussed the Jan. 5 launch on Monday") yields to a later one.

        Example:
            >>> from kg.dates import find_dates
            >>> t = "The council discussed the Jan. 5 launch on Monday."
            >>> Sentence(0, 0, len(t), t, "body", 0, dates=find_dates(t, "2022-01-12")).first_date()
            '2022-01-10'
        """
        hi = len(self.text) if hi is None else hi
        found = [d for d in self.dates if d.value and lo <= d.start < hi]
        if len(found) > 1 and self.names_act(found[0]):
            return found[1].value
        return found[0].value if found else None

    def names_act(self, date: DateMention) -> bool:
        """True when ``date`` modifies a noun, naming another act ("the Jan. 5 launch")."""
        return (
            _DETERMINER_BEFORE.search(self.text, 0, date.start) is not None
            and _NOUN_AFTER.match(self.text, date.end) is not None
        )


#: A state's titled official after its name ("'s President", "'s Defence Minister").
TITLED_OFFICIAL = (
    r"['’]s\s+(?:(?:Defen[cs]e|Foreign|Prime|Deputy|Vice|Armed\s+Forces)\s+)?"
    r"(?:President|Minister|Secretary|Premier|Chancellor|King|Emir)\b"
)


@cache
def _run_glue() -> re.Pattern[str]:
    """What may stand between two parties of one coordinated run (see ``runs``)."""
    epithets = load_lexicon().alternation("actors", "epithets")
    return re.compile(_RUN_GLUE.replace("EPITHETS", epithets))


_RUN_GLUE = (
    # "Chile's defence minister and Peru's", "Ugandan officials and German officials", "The
    # Moldovan side and the EU" (not "the Chinese side, and Japan"): the office of the one before
    # the conjunction
    # "the People's Front for Democracy and Justice (PFDJ), the Red Sea ...": its acronym first
    r"^(?:\s*\([A-Z][\w.&-]{1,10}\))?"
    r"(?:(?:['’]s)?\s+(?:[a-z-]+\s+){0,2}?(?:minister|leader|president|premier|counterpart|official"
    r"|envoy|ambassador|chief|secretary|government|delegation|military|navy|army|forces"
    r"|troops|coast guard)s?(?=[\s,])|\s+side(?=\s+(?:and|&)\s)"
    # "Chile's President Ana Diaz and France's": a titled official, named
    rf"|{TITLED_OFFICIAL}(?:\s+[A-Z][\w'’.-]+){{1,3}}"
    # "the Kenya Defence Forces and the Uganda People's Defence Force": a state's forces
    r"|(?:['’]s)?\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:Forces?|Army|Navy|Guard|Marines)(?=[\s,]))?"
    # "Saudi Arabia and nuclear-armed Pakistan", "the army and the paramilitary RSF": an
    # epithet may stand before the second (patterns.toml [actors] epithets)
    r"(?:,\s*(?:and\s+|&\s+)?(?:the\s+)?|\s+(?:and|&)\s+(?:the\s+)?"
    r"(?:[a-z]+-[a-z]+\s+|(?:EPITHETS)\s+)?"
    r"|\s*[-–/]\s*"
    # "submitted by Malaysia together with Australia, Belgium and Ukraine"
    r"|,?\s+(?:together|along)\s+with\s+(?:the\s+)?|,?\s+as\s+well\s+as\s+(?:the\s+)?)$"
)

# "the President of France and the Prime Minister of Greece" (an appositive name may follow
# the first state: "of Greece, Kyriakos Mitsotakis, and the President of France")
_OFFICE_OF_GLUE = re.compile(
    r"^(?:,\s+[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,3},)?\s+(?:and|&)\s+(?:the\s+)?"
    r"(?i:(?:[a-z-]+\s+){0,2}?(?:minister|president|premier|chancellor|king|emir|leader"
    r"|secretary|head\s+of\s+state|head\s+of\s+government|government))\s+of\s+(?:the\s+)?$"
)


# An office and a name the lexicon does not know, then "and" before the next nationality
_TITLED_NAME_GLUE = re.compile(  # (two offices of one person too: "Deputy Prime Minister and
    r"^\s+(?:[A-Z][\w.'’-]*\s+(?:and\s+(?=[A-Z]))?){2,8}(?:,\s*)?and\s+(?:the\s+)?$"  # Defense
)  # Minister Wladyslaw Kosiniak-Kamysz and")


# A state's office, then its holder's name in apposition (a title may open the name)
_APPOSITIVE_NAME_GLUE = re.compile(
    r"^(?:['’]s)?\s+(?:[A-Za-z-]+\s+){0,3}?(?i:minister|secretary|president|premier|chancellor"
    r"|ambassador|envoy|chief|leader|king|emir|sultan|crown\s+prince)\s*,\s+"
    r"(?:[A-Z][\w.'’-]*\s+){0,2}$"
)


@cache
def _office_words() -> frozenset[str]:
    """Offices after a nationality adjective (patterns.toml [meeting] offices)."""
    return frozenset(w.lower() for w in load_lexicon().words("meeting", "offices"))


# An opening participle ("After meeting Duda, ", "Speaking to Xi, "): the people it names are
# whom the sentence's subject met or addressed, not the subject.
PARTICIPLE_OPENER = re.compile(
    r"\W*(?:(?:After|Following|Before|Upon)\s+(?:(?:a|the|his|her|their)\s+)?(?:(?:(?:tele)?phone\s+)?"
    r"(?:meeting|talks|call|visit)|[a-z]+ing)|Speaking|Asked|Addressing|Welcoming|Meeting"
    r"|In\s+(?:a|an|his|her|their)\s+(?:[a-z]+\s+){0,2}(?:appearance|speech|address|interview"
    r"|letter|briefing|message|post|op-ed)\s+(?:before|to|at|on|with)\s)\b"
    r"[^,;:]*,\s*"
)  # ("In a rare appearance before the council, the North Korean envoy rejected": the envoy)


# "Secretary of State Antony Blinken, Secretary of Defense Lloyd Austin III and Minister of
# Defense Kihara Minoru": people listed with their titles
# The title between a nationality and its official's name ("Australian Defence Minister ")
_OWN_TITLE = re.compile(
    r"^\s+(?:(?!(?:and|or|said|says|with|to|of)\b)[\w.'’-]+\s+|of\s+(?:the\s+)?(?=[A-Z])){1,6}$"
)  # ("Estonian Minister of Defence Hanno Pevkur": "of" inside the office's name)
_FIRST_OFFICE = re.compile(r"^\s+(?:[A-Z][\w.'’-]*\s+){1,4}and\s+$")
_POSSESSIVE_TITLE = re.compile(r"^['’]s\s+(?:(?:[A-Z][\w.'’-]*|and|of|for)\s+){0,8}$")
_TITLE_GLUE = re.compile(
    r"^(?:\s+(?:III|II|IV|Jr\.?|Sr\.?))?(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:[A-Z][a-z]+(?:i|an|ese|ish|ch)\s+)?"  # "and Saudi Crown Prince": a nationality first
    r"(?:(?:then|former|outgoing|acting|interim)[- ])?"  # "and then-Prime Minister Ariel Henry"
    r"(?:(?:Secretary|Minister|President|Prime|Deputy|Vice|Foreign|Defen[cs]e|Affairs|State"
    r"|Crown|Prince|King|Emir|Sultan|Sheikh|Premier"
    r"|National|Security|Advis[eo]r|General|Admiral|Chancellor|Ambassador|Senior|Chief|Staff"
    r"|Col\.|Gen\.|Adm\.|of|for|the)\s+){1,7}$"
)


# A state's relation named after another state's possessive, in an appositive ("Russia,
# Mongolia's northern neighbor,")
_DESCRIBED_BY = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:neighbou?r|ally|partner|customer|client|friend|rival|foe"
    r"|arch-foe|enemy|patron|backer)\s*,"
)


# The family part of an Arabic name a person's mention stopped before ("Tamim bin Hamad
# Al-Thani", "Sabah Al-Khalid Al-Sabah")
_NAME_TAIL = re.compile(r"^(?:\s+(?:Al|El|Bin|Abu|Ould)[- ][A-Z][\w'’-]+){1,2}(?=,|\s+and\s)")


def runs(sentence: Sentence, mentions: list[Mention]) -> list[list[Mention]]:
    """Group mentions into coordinated runs ("A, B and C", "U.S.-Japan").

    Example:
        >>> from kg.extract.mentions import find_mentions
        >>> t = "Japan, the United States and South Korea met; China objected."
        >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
        >>> [[m.key for m in r] for r in runs(s, s.actors())]
        [['JPN', 'USA', 'KOR'], ['CHN']]
        >>> t = "The President of Chile and the Prime Minister of Peru met."
        >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
        >>> [[m.key for m in r] for r in runs(s, s.actors())]
        [['CHL', 'PER']]
        >>> t = "Italy and Libya's Tripoli government signed a memorandum."
        >>> s = Sentence(0, 0, len(t), t, "body", 0, find_mentions(t, 0))
        >>> [[m.key for m in r] for r in runs(s, s.actors())]
        [['ITA', 'LBY', 'LBY']]
        >>> t = "Secretary of State Antony Blinken and Minister of Defense Kihara Minoru met."
        >>> ms = [m for m in find_mentions(t, 0) if m.form == "person"]
        >>> [[m.key for m in r] for r in runs(Sentence(0, 0, len(t), t, "body", 0, ms), ms)]
        [['USA', 'JPN']]
    """
    out: list[list[Mention]] = []
    for m in mentions:
        if out:
            prev = out[-1][-1]
            gap = sentence.text[sentence.local(prev.end) : sentence.local(m.start)]
            if re.fullmatch(r"\s*\(", gap) and m.key == prev.key:
                out[-1].append(m)  # "the European Union (EU)": the name again, in brackets
                continue
            if (
                prev.kind == "nation"
                and prev.form != "person"
                and (
                    (m.kind == "org" and m.state == prev.key)
                    or (m.kind == "nation" and m.form != "person" and m.key == prev.key)
                )
                and re.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}", gap)
            ):
                out[-1].append(m)  # "Libya's internationally recognised Government of
                continue  # National Accord", "Libya's Tripoli government": the state's own
                # government, the same party
            if prev.form == "person":  # "Emir Sheikh Tamim bin Hamad Al-Thani, Kuwaiti ...":
                gap = _NAME_TAIL.sub("", gap)  # the rest of the name before the list goes on
            described = re.fullmatch(r",\s+", gap) and _DESCRIBED_BY.match(
                sentence.text, sentence.local(m.end)
            )  # "Russia, Mongolia's northern neighbor, has not sent troops": who Russia is
            if (
                (not described and _run_glue().match(gap))
                or _OFFICE_OF_GLUE.match(gap)
                or (m.form == "person" and prev.form == "person" and _TITLE_GLUE.match(gap))
                or (
                    m.form == "person"
                    and (
                        prev.form == "demonym"
                        or (prev.form == "name" and re.fullmatch(r"(?:[A-Z]\.){2,3}", prev.text))
                        or (
                            prev.form == "name"
                            and prev.kind == "nation"
                            and not re.match(r"['’]", sentence.text[sentence.local(m.end) :])
                        )  # (not "criticised Japan Prime Minister Kishida's remarks": Japan's)
                    )  # ("U.S. Secretary of Defense James Mattis", "New Zealand Prime Minister
                    # Jacinda Ardern": the state's name as an adjective)
                    and m.actor == prev.actor
                    and (
                        _OWN_TITLE.match(gap)
                        or (
                            _FIRST_OFFICE.match(gap)
                            and re.match(
                                r"(?:[A-Z][\w-]*\s+){0,2}(?i:minister|secretary)\b", m.text
                            )
                        )
                    )
                )  # "Australian Defence Minister Richard Marles": one official ("Polish Deputy
                # Prime Minister and Defense Minister Wladyslaw Kosiniak-Kamysz": two offices)
                or (
                    m.form == "person"
                    and prev.kind == "nation"
                    and prev.form != "person"
                    and m.actor == prev.actor
                    and _POSSESSIVE_TITLE.match(gap)
                )  # "Japan's Deputy Prime Minister and Defence Minister Gen Nakatani": one
                or (
                    m.form == "person"
                    and m.actor == prev.actor
                    and _APPOSITIVE_NAME_GLUE.match(gap)
                )  # "Bahrain's Foreign Minister, Shaikh Khalid bin Ahmed Al Khalifa,": one
                or (
                    m.form == prev.form == "demonym"
                    and _TITLED_NAME_GLUE.match(gap)
                    and gap.split()[0].lower() in _office_words()
                )  # "Indian Defense Secretary Ajay Kumar and Japanese Ambassador ...": two
            ):
                out[-1].append(m)
                continue
        out.append([m])
    return out


# Before a sentence's subject: a time or dateline stamp ("16:10 GMT — "), then only titles
# and names ("NATO Secretary General", "Mr").
_TITLES_ONLY = re.compile(  # (also "Secretary of State", "Minister for Defence"; whole words
    # only, so that a long word in capitals is not tried in pieces)
    r"(?:[^—–]{0,30}[—–]\s*)?"
    r"(?:\s*(?:the|[A-Z][\w.'’-]*|spokes(?:man|woman|person)|minister|ambassador|envoy)"
    r"(?![\w.'’-])(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w.'’-]*"
    r"(?![\w.'’-]))*)*\s*"
)


def titles_only(text: str) -> bool:
    """True when ``text`` holds nothing but titles and names (what may precede a subject).

    Example:
        >>> titles_only("16:10 GMT — NATO Secretary General "), titles_only("Talks with ")
        (True, False)
        >>> titles_only("U.S. Secretary of State "), titles_only("Talks of ")
        (True, False)
        >>> titles_only("Foreign Ministry spokesman ")
        True
    """
    return _TITLES_ONLY.fullmatch(text) is not None


def sentence_opener(text: str, start: int, mentions: list[Mention]) -> Mention | None:
    """The person who opens a sentence as its subject, after titles only ("NATO Secretary
    General Jens Stoltenberg, standing next to Boris Johnson, said"), or None.

    Example:
        >>> from kg.extract.mentions import find_mentions
        >>> t = "U.S. Defense Secretary Lloyd Austin met Peru's minister."
        >>> sentence_opener(t, 0, find_mentions(t, 0)).text
        'Lloyd Austin'
        >>> t = "In Lima on Monday, Lloyd Austin met Peru's minister."
        >>> sentence_opener(t, 0, find_mentions(t, 0)).text
        'Lloyd Austin'
    """
    opener = next((m for m in mentions if m.role == "actor" and m.form == "person"), None)
    if opener is None:
        return None
    lead = text[: opener.start - start]
    intro = _INTRO.match(lead)  # "In Paris on Monday, Carney and Macron pledged"
    quoted = _QUOTE_FIRST.match(lead)  # '"The situation is fragile," Maas said after meeting
    if quoted and re.match(r"\s+(?:said|says|added|told|wrote)\b", text[opener.end - start :]):
        intro = quoted  # Dendias': the speaker, who opens the sentence after the quote
    if not titles_only(lead[intro.end() :] if intro else lead):
        return None
    return opener


# A quotation that opens a sentence before its speaker ('"We are ready," ')
_QUOTE_FIRST = re.compile(r"\s*[\"“][^\"“”]{2,400}[\"”]\s*,?\s*")
# A phrase of place or time that opens a sentence before its subject
_INTRO = re.compile(  # (also "Also on Wednesday, ...", "Last week, ...")
    r"(?:In|On|At|Later|Earlier|Meanwhile|After|Before|During|Afterwards|Separately|Last"
    r"|Also|Yesterday|Today)\b"
    r"[^,;\"“”]{0,60},\s*"
)


def unique_actors(mentions: list[Mention]) -> tuple[str, ...]:
    """The distinct actor keys of ``mentions`` in order."""
    return tuple(dict.fromkeys(m.actor for m in mentions))


@dataclass
class Group:
    """Actors last named together, and the date of the sentence that named them."""

    actors: tuple[str, ...]
    date: str | None
    people: bool = False  # named as people ("Morrison and Kishida"), not as states
    at: int | None = field(default=None, compare=False)  # the sentence that named them


@dataclass
class Discourse:
    """State carried from sentence to sentence within an article."""

    group: Group | None = None
    subject: tuple[str, ...] = ()
    subject_date: str | None = None
    history: list[Group] = field(default_factory=list)
    # "NATO foreign ministers": the body a later "the ministers" stands for, by head noun,
    # with the index and the start of the sentence that named it
    heads: dict[str, tuple[str, int, int]] = field(default_factory=dict)
    named_at: int = -1  # where the last sentence that named several actors together starts
    # the states a text named as "the Korean side", "the Chinese side", latest last, with the
    # index of the sentence that named each
    sides: dict[str, int] = field(default_factory=dict)
    sides_mark: int = -1  # how many groups were known after the last sentence that named one

    def remember(self, group: Group) -> None:
        """Make ``group`` the current group and keep it for sized references later; named
        again right away with no date of its own, it keeps the day it was last told with."""
        if group.date is None:  # "France and Italy on Wednesday ended ... Under the deal
            told = self.day_before(group.actors, group.at)  # announced by Macron and
            group = replace(group, date=told) if told else group  # Gentiloni": Wednesday's
        self.group = group
        self.history.append(group)

    def day_before(
        self,
        actors: tuple[str, ...],
        at: int | None,
        end: int | None = None,
        keep: Callable[[str], bool] = lambda _a: True,
    ) -> str | None:
        """The day a group of the same ``actors`` (those of its actors ``keep`` keeps) was told
        with in the sentence right before sentence ``at``, among the three groups remembered
        before ``history[end]`` (or the last three), or None.

        Example:
            >>> d = Discourse()
            >>> d.remember(Group(("FRA", "ITA"), "2017-09-27", at=4))
            >>> d.day_before(("ITA", "FRA"), 5), d.day_before(("ITA", "FRA"), 6)
            ('2017-09-27', None)
        """
        if at is None:
            return None
        end = len(self.history) if end is None else end
        for old in reversed(self.history[max(0, end - 3) : end]):
            kept = {a for a in old.actors if keep(a)}
            if old.at is not None and at - old.at == 1 and kept == set(actors):
                return old.date  # (the sentence before names the group once)
        return None

    def sized(self, size: int, is_state: Callable[[str], bool]) -> Group | None:
        """The most recent group of ``size`` actors (or of ``size`` states among its actors).

        Example:
            >>> d = Discourse()
            >>> d.remember(Group(("TUR", "FIN", "SWE", "NATO"), None))
            >>> d.remember(Group(("FIN", "SWE"), None))
            >>> d.sized(3, lambda a: len(a) == 3 and a.isupper()).actors
            ('TUR', 'FIN', 'SWE')
        """
        for group in reversed(self.history):
            if len(group.actors) == size:
                return group
            states = tuple(a for a in group.actors if is_state(a))
            if len(states) == size:
                return Group(states, group.date)
        return None


@cache
def group_regex() -> re.Pattern[str]:
    """The regular expression of group references built from patterns.toml [groups]."""
    g = load_lexicon().patterns["groups"]
    nums = "|".join(list(g["numbers"]) + [str(v) for v in g["numbers"].values()])
    nouns = "|".join(g["nouns"])
    titles = "|".join(sorted(g.get("titles", []), key=len, reverse=True)).replace(" ", r"\ ")
    alts = []
    for phrase in sorted(g["phrases"], key=len, reverse=True):
        rx = (
            re.escape(phrase)
            .replace(r"\{n\}", f"(?P<n{len(alts)}>{nums})")
            .replace(r"\{noun\}", f"(?:{nouns})")
            .replace(r"\{title\}", f"(?:{titles})")
            .replace(r"\{mod\}", r"(?-i:[A-Z]{2,}\d*)")  # a body's acronym: "the two NATO allies"
        )
        alts.append(rx.replace(r"\ ", r"\s+"))
    return re.compile(r"(?<![\w-])(?:" + "|".join(alts) + r")(?![\w-])", re.IGNORECASE)


_LEGISLATORS_FROM = re.compile(
    r"\b(?i:senators|lawmakers|legislators|congressmen|congresswomen|representatives\s+in"
    r"\s+congress|members\s+of\s+(?:congress|parliament)|mps|parliamentarians|politicians"
    r"|congressional\s+(?:leaders|lawmakers|members))\s+(?:from|of|in"
    r"|across)\s+$"
)


# "both" before a plural noun that names things, not actors ("both initiatives", "both
# applications"); any other noun ("both presidents", "both capitals") keeps the group
_BOTH_THINGS = re.compile(
    r"\s+(?:initiatives|applications|texts|documents|agreements|deals|pacts|treaties|projects"
    r"|proposals|plans|resolutions|programmes|programs|systems|sites|bases|ships|vessels|issues"
    r"|rounds|events|meetings|exercises|drills|accords|declarations|memorandums|statements|bids"
    r"|requests|cases|incidents|attacks|strikes|reports|measures|versions|contracts|orders)\b"
)


def group_refs(text: str, things: bool = False) -> list[tuple[int, int, int | None]]:
    """Find group references in ``text``: (start, end, size or None).

    "both" before a plural noun of things ("reviewed progress on both initiatives") refers to
    no group of actors, unless ``things`` asks for it too ("objected to both applications":
    the two states' applications).

    Example:
        >>> group_refs("The three nations met; they agreed.")
        [(0, 17, 3), (23, 27, None)]
        >>> group_refs("The Secretary and the Minister signed it.")
        [(0, 30, 2)]
    """
    numbers = load_lexicon().patterns["groups"]["numbers"]
    out = []
    for m in group_regex().finditer(text):
        if re.search(r"\bparties$", m.group(), re.I) and _LEGISLATORS_FROM.search(
            text[: m.start()]
        ):
            continue  # "Senators from both parties": political parties, no states (but
            # "Negotiators from both parties met": the two sides)
        if not things and m.group().lower() == "both" and _BOTH_THINGS.match(text, m.end()):
            continue  # "reviewed progress on both initiatives": two things, not two actors
        size = None
        for value in m.groupdict().values():
            if value:
                size = int(value) if value.isdigit() else numbers[value.lower()]
        if size is None and re.search(r"\sand\s", m.group()):
            size = 2  # "the Secretary and the Minister"
        if size is None and re.match(r"both\b", m.group(), re.I):
            size = 2  # "both governments", "deepen its cooperation with both"
        out.append((m.start(), m.end(), size))
    return out


def quote_spans(text: str) -> list[tuple[int, int]]:
    """The quotations of ``text``: curly pairs, and straight quotes paired in order.

    Example:
        >>> quote_spans('At "2+2" talks, Japan said "no" and left.')
        [(3, 8), (27, 31)]
    """
    spans = [(m.start(), m.end()) for m in re.finditer(r"“[^“”]*”", text)]
    straight = [i for i, c in enumerate(text) if c == '"']
    spans += [(a, b + 1) for a, b in zip(straight[::2], straight[1::2], strict=False)]
    return sorted(spans)
