"""What extraction produces: facts with evidence, and the entities they involve.

Example:
    >>> f = Fact("agreement", "USA–KOR cost-sharing agreement", type="cost-sharing",
    ...          parties=("KOR", "USA"), date="2024-04-26")
    >>> g = Fact("agreement", "deal", type="cost-sharing", parties=("USA", "KOR"))
    >>> f.same_as(g)
    True
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from decimal import Decimal

from kg.lexicon import Org, load_lexicon

# A meeting held by telephone or video ("USA–IND video call", "spoke by telephone"): another
# meeting than the same parties' talks in person that day.
_CALL = re.compile(r"\b(?:calls?|spoke|phone|telephone|virtual|online|video\w*)\b", re.I)


def remote_meeting(label: str) -> bool:
    """True for the label of a meeting held by telephone or video.

    Example:
        >>> remote_meeting("USA–IND video call"), remote_meeting("USA–IND talks")
        (True, False)
    """
    return _CALL.search(label) is not None


def _unit_of(a: str | None, b: str | None) -> bool:
    """True when one company's name is the other's followed by more words (a unit of it).

    Example:
        >>> _unit_of("Lockheed Martin", "Lockheed Martin Mission Systems"), _unit_of("Saab", "Saab")
        (True, False)
    """
    if not a or not b or a == b:
        return False
    short, long = sorted((a, b), key=len)
    return long.startswith(short + " ")


def _kin_systems(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """True unless both sales name systems and none of one's is kin of the other's (the same
    name, one a variant of the other, or the same family).

    Example:
        >>> _kin_systems(("F-16V",), ("F-16",)), _kin_systems(("Type 054A",), ("Hangor",))
        (True, False)
        >>> _kin_systems((), ("Hangor",))
        True
    """
    if not a or not b:
        return True
    lex = load_lexicon()

    def family(x: str) -> str | None:
        system = lex.systems.get(x)
        return (system.family if system else None) or lex.family_of(x)

    def kin(x: str, y: str) -> bool:
        if x.startswith(y) or y.startswith(x):
            return True
        fx = family(x)
        return fx is not None and fx in (family(y), y)

    return any(kin(x, y) for x in a for y in b)


def _same_name(a: str, b: str) -> bool:
    """True when two agreement names differ only by a kind word ("New START" and "New START
    Treaty"); generated labels ("USA–RUS treaty agreement") name nothing.

    Example:
        >>> _same_name("New START", "New START Treaty"), _same_name("New START", "START I")
        (True, False)
    """
    if "–" in a or "–" in b:
        return False
    core = [re.sub(r"^The\s+|\s+(?:Treaty|Agreement|Accord|Pact)$", "", x.strip()) for x in (a, b)]
    return bool(core[0]) and core[0] == core[1]


@dataclass(frozen=True)
class Evidence:
    """The sentence that states a fact: offsets into the article text, rule and confidence."""

    start: int
    end: int
    text: str
    rule: str
    confidence: float


@dataclass(frozen=True)
class Amount:
    """A money amount of a fact: decimal value and ISO 4217 code."""

    value: Decimal
    currency: str


_GENERIC_LABEL = re.compile(r"[A-Z]{3}(?:–[A-Z]{3})* [a-z][a-z ]*")


def unnamed(label: str) -> bool:
    """Whether an event's label is only its participants and a noun, no name of its own.

    Example:
        >>> unnamed("POL–USA exercise"), unnamed("Anakonda-16")
        (True, False)
    """
    return _GENERIC_LABEL.fullmatch(label) is not None


def _topic_key(target: str | None) -> str | None:
    """A stance target as compared for restatements: a topic without its leading article.

    Example:
        >>> _topic_key("topic:the political use of export controls")
        'topic:political use of export controls'
    """
    if target is None or not target.startswith("topic:"):
        return target
    return "topic:" + re.sub(r"^(?:the|a|an)\s+", "", target[6:], flags=re.I)


def dates_compatible(a: str | None, b: str | None) -> bool:
    """True when two dates can name the same day (one missing, or one a prefix of the other).

    Example:
        >>> dates_compatible("2024-04", "2024-04-26"), dates_compatible("2024-04-25", "2024-04-26")
        (True, False)
    """
    return a is None or b is None or a.startswith(b) or b.startswith(a)


def _within_a_week(a: str | None, b: str | None) -> bool:
    """True when two full dates are at most seven days apart.

    Example:
        >>> _within_a_week("2017-06-30", "2017-07-01"), _within_a_week("2017-06-01", "2017-06-29")
        (True, False)
    """
    if not a or not b or len(a) != 10 or len(b) != 10:
        return False
    return abs((datetime.date.fromisoformat(a) - datetime.date.fromisoformat(b)).days) <= 7


def _more_precise(a: str | None, b: str | None) -> str | None:
    if a is None:
        return b
    if b is None:
        return a
    return a if len(a) >= len(b) else b


@dataclass
class Fact:
    """One agreement, contract, meeting, exercise or stance, with its evidence.

    ``parties`` holds the parties (agreement), participants (meeting, exercise) or the actor
    (stance, one element). Actors are ISO3 codes or canonical organization names; a stance
    target that is neither is free text prefixed ``topic:``.
    """

    kind: str
    label: str
    type: str | None = None
    head: str | None = None  # agreements: the kind of document (agreement, memorandum, treaty, ...)
    parties: tuple[str, ...] = ()
    target: str | None = None
    date: str | None = None
    amount: Amount | None = None
    systems: tuple[str, ...] = ()
    awardee: str | None = None
    awarder: str | None = None
    customers: tuple[str, ...] = ()
    funding: str | None = None
    location: str | None = None
    announced_by: str | None = None
    evidence: list[Evidence] = field(default_factory=list)
    # agreements: the year the text gives when it gives no month ("concluded in 2000"), and
    # whether it presents the document as another one ("also signed a shiprider agreement")
    year: str | None = field(default=None, compare=False, repr=False)
    distinct: bool = field(default=False, compare=False, repr=False)

    def same_as(self, other: Fact) -> bool:
        """True when ``other`` reports the same fact (used to merge restatements).

        Example:
            >>> a = Fact("stance", "", type="condemns", parties=("JPN",), target="PRK")
            >>> a.same_as(Fact("stance", "", type="condemns", parties=("JPN",), target="CHN"))
            False

            A stance told again two days later is the same; a month later it is another:

            >>> b = Fact("stance", "", type="condemns", parties=("JPN",), target="PRK")
            >>> a.date, b.date = "2017-06-05", "2017-06-07"
            >>> c = Fact("stance", "", type="condemns", parties=("JPN",), target="PRK")
            >>> c.date = "2017-07-07"
            >>> a.same_as(b), a.same_as(c)
            (True, False)
        """
        if self.kind != other.kind:
            return False
        if not dates_compatible(self.date, other.date) and not (
            self.kind == "stance" and _within_a_week(self.date, other.date)
        ):
            return False  # (a stance told again a few days later is the same)
        if (
            self.kind == "contract"
            and (self.distinct or other.distinct)
            and not set(self.systems) & set(other.systems)
        ):
            return False  # one of several contracts the text told apart by what they buy
        if self.kind == "contract":
            if (
                self.amount is not None
                and self.amount == other.amount
                and _unit_of(self.awardee, other.awardee)
            ):
                return True  # "Lockheed Martin awarded $67 million" and "Lockheed Martin Mission
                # Systems and Training ... is being awarded $67,000,000": its unit's award
            return self.awardee == other.awardee and (
                self.amount is None or other.amount is None or self.amount == other.amount
            )
        if self.kind == "stance":
            return (self.parties, self.type, _topic_key(self.target)) == (
                other.parties,
                other.type,
                _topic_key(other.target),
            )
        # "other" is the type of an agreement whose kind the sentence did not say: the
        # same parties and the same kind of document name the same agreement.
        if (
            self.kind == "agreement"
            and self.type != other.type
            and ("other" not in (self.type, other.type) or self.head != other.head)
            and not _same_name(self.label, other.label)
        ):
            return False
        if self.kind == "agreement" and self._distinct_from(other):
            return False
        if self.kind == "exercise" and (self.distinct or other.distinct):
            return self.label == other.label  # two exercises, each named ("Key Resolve and
            # Foal Eagle"), are not one
        if self.kind == "meeting" and self.distinct != other.distinct:
            return False  # a second meeting of the same parties that day (see EventRules)
        if self.kind == "meeting" and remote_meeting(self.label) != remote_meeting(other.label):
            return False  # "hours before the ministers met, the leaders held a video call"
        if (
            self.kind == "meeting"
            and self.location
            and other.location
            and self.location != other.location
        ):
            return False  # talks in New Delhi are not the summit in Washington
        return set(self.parties) == set(other.parties)

    def _distinct_from(self, other: Fact) -> bool:
        """Two agreements of different years or amounts, or ``other`` one the text calls another.

        Example:
            >>> a = Fact("agreement", "", type="treaty", parties=("RUS", "PRK"), date="2024-06-19")
            >>> b = Fact("agreement", "", type="treaty", parties=("RUS", "PRK"), year="2000")
            >>> a.same_as(b)
            False
        """
        years = [f.year or (f.date[:4] if f.date else None) for f in (self, other)]
        if None not in years and years[0] != years[1]:
            return True
        if self.amount and other.amount and self.amount.currency == other.amount.currency:
            low, high = sorted((self.amount.value, other.amount.value))
            if high > low * Decimal("1.1"):
                return True  # "$665 million for radars ... $355 million for missiles": two
        if (
            self.type == other.type == "arms-sale"
            and not _kin_systems(self.systems, other.systems)
            and not any(ev.rule == "agreement.fms" for f in (self, other) for ev in f.evidence)
        ):  # "agreed to buy eight submarines ... and has ordered four frigates" (but a sale
            return True  # notified is one case, whatever else its sentences name)
        # a document the text calls another ("a separate agreement was also signed") is no
        # restatement of those before it; a later restatement of it may still join it, also
        # when it does not say the document's kind ("a 10-year accord")
        return other.distinct or (
            self.distinct and self.type != other.type and other.type != "other"
        )

    def absorb(self, other: Fact) -> None:
        """Merge ``other`` (the same fact, restated) into this one.

        Example:
            >>> a = Fact("meeting", "talks", parties=("KOR", "USA"))
            >>> a.absorb(Fact("meeting", "talks", parties=("USA", "KOR"), date="2024-04-24"))
            >>> a.date
            '2024-04-24'
        """
        self.date = _more_precise(self.date, other.date)
        if self.type == "other" and other.type:
            self.type = other.type
        self.amount = self.amount or other.amount
        self.systems = tuple(dict.fromkeys((*self.systems, *other.systems)))
        self.customers = tuple(dict.fromkeys((*self.customers, *other.customers)))
        self.awarder = self.awarder or other.awarder
        self.funding = self.funding or other.funding
        self.location = self.location or other.location
        self.announced_by = self.announced_by or other.announced_by
        for ev in other.evidence:
            if ev not in self.evidence:
                self.evidence.append(ev)


@dataclass
class Extraction:
    """Everything extracted from one article."""

    nations: set[str] = field(default_factory=set)
    orgs: set[str] = field(default_factory=set)
    systems: set[str] = field(default_factory=set)
    parents: dict[str, str] = field(default_factory=dict)  # org -> parent org (from the text)
    found_orgs: dict[str, Org] = field(default_factory=dict)  # organizations found by shape
    shared_components: set[tuple[str, str]] = field(default_factory=set)
    facts: list[Fact] = field(default_factory=list)
