"""Entity mentions in a sentence: nations, organizations, weapon systems, with their role.

A mention's ``role`` says how the text uses it: ``actor`` (a state or body that acts or is
acted on), ``place`` ("in Seoul"), ``origin`` ("German-made", "South Korean manufacturers")
or ``part`` (inside a longer name). Only actor mentions make nations, parties and targets.

Example:
    >>> ms = find_mentions("Polish officials met in Seoul with German-made tanks.", 0)
    >>> [(m.key, m.role) for m in ms]
    [('POL', 'actor'), ('KOR', 'place'), ('DEU', 'origin')]
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache
from typing import TYPE_CHECKING

from kg.dates import CALENDAR_NAMES, WEEKDAY_NAMES
from kg.extract.nlp import matcher, pipeline
from kg.extract.orgs import find_orgs
from kg.lexicon import Org, load_lexicon

if TYPE_CHECKING:
    from spacy.tokens import Span


@dataclass(frozen=True)
class Mention:
    """A name found in the text: offsets into the article, what it names, how it is used."""

    start: int
    end: int
    text: str
    kind: str  # nation | org | system
    key: str  # ISO3 code or canonical name
    form: str  # name | demonym | metonym | person | designator | variant | found | acronym
    role: str = "actor"  # actor | place | origin
    org: Org | None = field(default=None, compare=False)  # the organization an org mention names

    @property
    def info(self) -> Org | None:
        """The organization record of an org mention (lexicon row or found by shape)."""
        if self.kind != "org":
            return None
        return self.org or load_lexicon().orgs.get(self.key)

    @property
    def state(self) -> str | None:
        """The ISO3 code this mention stands for as an actor, if it stands for a state.

        Example:
            >>> Mention(0, 8, "Pentagon", "org", "U.S. Department of Defense", "name").state
            'USA'
        """
        if self.kind == "nation":
            return self.key
        org = self.info
        if org is not None and org.state_apparatus:
            return org.country
        return None

    @property
    def government(self) -> str | None:
        """The ISO3 code of the state a government body or armed service belongs to.

        Agencies such as DSCA stay organizations, but when they sign, approve or attend,
        their state is the party (as event-data coders code them).

        Example:
            >>> dsca = Mention(0, 4, "DSCA", "org", "Defense Security Cooperation Agency", "name")
            >>> dsca.government
            'USA'
        """
        if self.kind == "nation":
            return self.key
        org = self.info
        if org is not None and org.kind in ("government-body", "military-branch") and org.country:
            return org.country
        return None

    @property
    def actor(self) -> str:
        """The actor key used in facts: a state's ISO3 code, else the organization's name.

        An organ of an international organization marked as its apparatus acts for it, as a
        ministry acts for its state ("the European Commission condemned" is the EU's stance).

        Example:
            >>> Mention(0, 19, "European Commission", "org", "European Commission", "name").actor
            'European Union'
        """
        government = self.government
        if government:
            return government
        org = self.info
        if org is not None and org.state_apparatus and not org.country and org.parent:
            return org.parent
        return self.key


# A second nationality coordinated after a first ("Japanese and U.S. jets", "South Korean and
# American troops"): the first shares the noun after it.
_COORDINATED_NATIONALITY = re.compile(
    r"\s+(?:and|or)\s+(?:U\.S\.|US|U\.K\.|UK|[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)"
    r"(?:\s+(?P<service>Army|Navy|Air\s+Force|Marines|Coast\s+Guard))?(?=\s+[a-z])"
)  # ("Greek and U.S. Army units": the service a head of both)

# Where a ship's name follows: "aboard the Boxer", "on board the Reagan"
_ABOARD = re.compile(r"\b(?:aboard|on\s+board|onboard)\s+(?:the\s+)?$", re.I)
_VEHICLE_AFTER = re.compile(
    r"s?\s+(?:[\w-]+\s+)?(?:vehicles?|helicopters?|aircraft|jets?|planes?|tanks?|transports?"
    r"|carriers?|trucks?|boats?|craft)\b"
)
# A list of two names or more before ", and": the state after it ends the list
_SERIAL_LIST = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*,\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*"
    r"\s*,\s*and\s+(?:the\s+)?$"
)
# A second nationality joined by a hyphen ("Egyptian-American", "Indian-Japanese", "Egyptian-U.S.")
_HYPHENED_NATIONALITY = re.compile(r"[-–](?:U\.S\.|U\.K\.|[A-Z][a-z]+)(?=\s+[a-z])")

# A capital between a determiner and the noun of a gathering names where it met, not a party
# ("At their Washington summit", "the Astana process"; but "Moscow's talks", "the
# Washington-Seoul summit")
_VENUE_BEFORE = re.compile(
    r"\b(?:the|their|its|a|(?:last|this|next)\s+\w+['’]s|(?:yesterday|today)['’]s"
    rf"|(?:{WEEKDAY_NAMES})['’]s)\s+$"
    r"|(?:(?<![\w.-])(?-i:[A-Z][A-Z0-9]+)|\bthe\s+(?:alliance|bloc|union|group(?:ing)?|organi[sz]ation"
    r"|forum|council|league|community))['’]s\s+$",  # (not "Xi's Moscow talks": the host's)
    re.I,
)  # ("NATO's Madrid summit", "the alliance's Vilnius summit": the capital is where it met)
_VENUE_OF = re.compile(
    r"\s+(?:summit|summits|talks|meeting|conference|process|format|round|session|forum"
    r"|dialogue|gathering|ministerial)\b(?!\s+with\b)"
)  # (not "The White House meeting with Zelensky": the host's too)

# Members counted by the body they belong to ("the two NATO neighbours", "both EU member states")
_COUNTED_MEMBERS = re.compile(r"\s+(?:neighbou?rs|allies|partners|member\s+states)\b")
_COUNT_BEFORE = re.compile(r"\b(?:two|three|four|five|both)\s+$", re.I)

# A region after a city's name, between commas ("London, Ontario,", "Paris, Texas,"), not a
# list ("Tehran, Hezbollah, and Moscow condemned")
_REGION_AFTER = re.compile(r",\s+([A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?!(?:and|or)\b)[a-z]")

# A sentence that opens with where someone came from ("From Caracas, Medvedev flew on to ...")
FROM_OPENER = re.compile(r"\W*From\s+")


@cache
def portfolios() -> str:
    """A state's portfolio, or several joined ("Energy and Mines"), as a pattern (patterns.toml
    [actors] portfolios).

    Example:
        >>> bool(re.fullmatch(portfolios(), "Energy and Mines"))
        True
    """
    one = load_lexicon().alternation("actors", "portfolios", spaces=True)
    return rf"(?:{one})(?:(?:,\s*|\s+and\s+)(?:{one}))*"


def _portfolio_office(portfolio: str) -> re.Pattern[str]:
    """An office after a nationality adjective with a portfolio or a rank before it
    ("Ukrainian Infrastructure Minister", "Peruvian Energy and Mines Minister", "Russian Deputy
    Prime Minister"): the state's official (a "Russian Deputy" alone sits in a parliament).

    Example:
        >>> bool(_portfolio_office("Energy and Mines").match(" Energy and Mines Minister Ana"))
        True
    """
    return re.compile(
        rf"\s+(?:(?:First\s+)?(?:Deputy|Vice)\s+(?:(?:Prime|Foreign|Defen[cs]e|{portfolio})\s+)?"
        r"(?:Minister|President|Premier|Chancellor|Secretary)"
        rf"|(?:{portfolio})\s+(?:Minister|Secretary|Commissioner))\b"
    )


@cache
def _config() -> dict[str, object]:
    lex = load_lexicon()
    sysp = lex.patterns.get("systems", {})
    return {
        "heads": {w.lower() for w in lex.words("actors", "demonym_heads")},
        "preps": {w.lower() for w in lex.words("actors", "place_prepositions")},
        "place_list": _place_list(
            lex.words("actors", "place_prepositions"), lex.words("actors", "place_leads")
        ),
        "origin": re.compile(lex.patterns["actors"]["origin_suffix"]),
        # a portfolio and an office after a nationality adjective ("Ukrainian Infrastructure
        # Minister"): the state's official (patterns.toml [actors] portfolios)
        "portfolio": _portfolio_office(portfolios()),
        "qualified": re.compile(  # "Northern Irish", "Turkish Cypriot": part of a longer one
            r"\b(?:"
            + "|".join(
                re.escape(w)
                for w in (
                    *lex.words("actors", "nationality_qualifiers"),
                    *(d for n in lex.nations.values() for d in n.demonyms if " " not in d),
                )
            )
            + r")\s+$"
        ),
        "equipment": {w.lower() for w in lex.words("actors", "equipment_heads")},
        "acquired": re.compile(  # a verb of buying or flying, then its object's first words
            r"\b(?:"
            + "|".join(map(re.escape, lex.words("actors", "acquired_before")))
            + r")\s+(?:(?:of|its|their|his|her|the|a|an|some|more|new|additional|used|modern"
            r"|advanced|second-hand|secondhand|[\d,]+)\s+){0,3}$",
            re.I,
        ),
        "designator": re.compile(sysp["designator"]),
        "variant_suffix": re.compile(sysp["variant_suffix"]),
        "ship_class": _ship_class(sysp["ship_modifiers"], sysp["ship_types"]),
        "ship_type_names": dict(sysp["ship_type_names"]),
        "ship_name": re.compile(sysp["ship_name"]),
        "ship_by_type": _ship_by_type(  # (not "the carrier Qantas", "the boat Lucky Star")
            [t for t in sysp["ship_types"] if t not in ("carrier", "boat")], sysp["ship_name_not"]
        ),
        "ship_name_not": frozenset(sysp["ship_name_not"]),
        "person_words": frozenset(  # the names people are called by (people.tsv)
            w for p in lex.people.values() for n in (p.name, *p.aliases) for w in n.split()[-1:]
        ),
        "named_variant": re.compile(sysp["named_variant"]),
        "unknown_name": re.compile(sysp["unknown_name"]),
        # "a Singapore hotel": a venue noun after a state's name (patterns.toml [places])
        "venue": re.compile(
            r"\s+(?:" + "|".join(re.escape(n) for n in lex.words("places", "venue_nouns")) + r")\b"
        ),
        "not_names": frozenset(sysp.get("not_names", [])),
        "ship_hull": re.compile(sysp["ship_hull"]),
        "sys_nouns": {w.lower() for w in sysp.get("nouns", [])},
        "stop": set(sysp.get("stopwords", [])),
        "aliases": {a for o in lex.orgs.values() for a in (o.name, *o.aliases)},
        "nation_names": {n for x in lex.nations.values() for n in (*x.names, *x.metonyms)},
        "capital_of": {n: x.code for x in lex.nations.values() for n in x.metonyms},
        "code_of": {n: x.code for x in lex.nations.values() for n in x.names},
        "demonyms": {n for x in lex.nations.values() for n in x.demonyms},
        "system_names": {a: s.name for s in lex.systems.values() for a in (s.name, *s.aliases)},
    }


# A part of a country before its name ("northeast Syria", "southern Lebanon").
_PART = (
    r"(?i:(?:north|south)(?:east|west)?(?:ern)?|(?:east|west)(?:ern)?|central|far|upper|lower"
    r"|neighbou?ring|nearby|mainland|occupied|war-torn|war-ravaged)"
    r"(?:\s+[a-z]+ern)?"
)  # ("in northeast Syria", "the crisis in neighbouring Venezuela")
_PART_OF = re.compile(rf"\b{_PART}\s+$")


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"([A-Za-z]+)[\s]*$", text[:start])
    return m.group(1).lower() if m else ""


def _next_word(text: str, end: int) -> str:
    m = re.match(r"\s*(?:'s\s+|’s\s+)?([A-Za-z-]+)", text[end:])
    return m.group(1).lower() if m else ""


_ITEM = (
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?:['’]s(?:\s+[A-Z][\w.-]*)*\s+[a-z]+)?"
)
# A subject after a fronted phrase, whose title may hold "of" ("U.S. Secretary of State John
# Kerry")
_SUBJECT_ITEM = (
    r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?){0,5}[A-Z][\w'’.-]*"
    r"(?:['’]s(?:\s+[A-Z][\w.-]*)*\s+[a-z]+)?"
)


def _place_list(preps: list[str], leads: list[str]) -> dict[str, re.Pattern[str]]:
    """Patterns for a state named as a place: right after a lead, last or inside a list."""
    lead = "|".join(re.escape(w) for w in sorted([*preps, *leads], key=len, reverse=True))
    travel = "|".join(re.escape(w) for w in sorted(leads, key=len, reverse=True))
    items = rf"\b(?:{lead})\s+(?:{_PART}\s+)?{_ITEM}(?:\s*,\s*{_ITEM})*"
    return {
        "first": re.compile(rf"\b(?:{travel})\s+(?:the\s+)?$"),
        "last": re.compile(rf"{items}\s*,?\s*(?:and|or)\s+(?:the\s+)?$"),
        "inside": re.compile(rf"{items}\s*,\s*(?:the\s+)?$"),
        "rest": re.compile(rf"(?:\s*,\s*{_ITEM})*\s*,?\s*(?:and|or)\s+{_ITEM}"),
    }


# A finite verb right after a state: the state is a clause's subject ("..., and Russia said")
_CLAUSE_VERB = re.compile(
    r"\s+(?:also\s+|again\s+|[a-z]+ly\s+)?(?:has|had|is|was|will|would|said|says|on\s+\w+day"
    r"|[a-z]{3,}ed\s+(?:(?:its|their|the|a|an|to|that)\b|[A-Z]))"  # ("and Egypt condemned Israel")
)


def _opens_clause(text: str, start: int, end: int) -> bool:
    """Whether the state at ``start:end`` follows ", and" and a finite verb follows it: the
    subject of a new clause ("..., and Russia reiterated its support").

    Example:
        >>> t = "in Uri, and Russia reiterated its support"
        >>> _opens_clause(t, 12, 18), _opens_clause("in Uri and Russia", 11, 17)
        (True, False)
    """
    return bool(re.search(r",\s*and\s+$", text[:start]) and _CLAUSE_VERB.match(text, end))


# A sentence's fronted phrase of place or time, then the list of its subjects and their verb
# ("At the summit in Tashkent in June, India and Pakistan signed")
_FRONTED = re.compile(  # (a time may come first: "Last month, at the alliance's summit in Wales,")
    r"\W*(?:(?:(?:Last|Later|Next)\s+(?:week|month|year)|(?:Earlier\s+this|This)\s+(?:week|month)"
    r"|Earlier\s+this\s+year"
    r"|On\s+[A-Z][a-z]+day),\s+"
    r"(?:at|in|during|on)|At|In|During|On|After\s+meeting)\s+[^,;]{3,90},\s+"
)
# The verbs of what subjects do at a meeting: "India and Pakistan signed", "... held talks"
ACTED = (
    r"\s+(?:(?:also|jointly|then|later|formally)\s+)?(?:signed|agreed|met|held|concluded|inked"
    r"|sealed|launched|pledged|announced|adopted|approved|endorsed|exchanged|discussed|struck"
    r"|reached|said|vowed|urged|called|condemned|reaffirmed|issued|established|unveiled|reiterated"
    r"|welcomed|upgraded|expressed|finali[sz]ed|stressed|emphasi[sz]ed|underlined|backed|rejected"
    r"|critici[sz]ed|warned)\b"
)
_SUBJECT_LIST = re.compile(
    rf"{_SUBJECT_ITEM}(?:\s*,\s*{_SUBJECT_ITEM})*(?:\s*,?\s*and\s+{_SUBJECT_ITEM})?(?={ACTED})"
)


def _fronted_subject(text: str, start: int) -> bool:
    """Whether the name at ``start`` is in the list of subjects right after a sentence's fronted
    phrase of place or time, before their verb.

    Example:
        >>> t = "At the summit in Tashkent in June, India and Pakistan signed memorandums."
        >>> _fronted_subject(t, t.index("India")), _fronted_subject(t, t.index("Tashkent"))
        (True, False)
    """
    opener = _FRONTED.match(text)
    subjects = _SUBJECT_LIST.match(text, opener.end()) if opener else None
    return bool(subjects and opener and opener.end() <= start < subjects.end())


def _listed_place(text: str, start: int, end: int) -> bool:
    """Whether the state at ``start`` is a destination, a neighbour or one of a list of places.

    Example:
        >>> t = "abuses in Syria, Libya and the Central African Republic"
        >>> [_listed_place(t, t.index(n), t.index(n) + len(n)) for n in ("Libya", "Central")]
        [True, True]
        >>> t = "Austin travels on to Qatar. Qatar said so."
        >>> _listed_place(t, 21, 26), _listed_place(t, 28, 33)
        (True, False)
        >>> t = "At the summit in Tashkent, India and Pakistan signed memorandums."
        >>> _listed_place(t, t.index("India"), t.index("India") + 5)
        False
    """
    rx: dict[str, re.Pattern[str]] = _config()["place_list"]  # type: ignore[assignment]
    head = text[max(0, start - 200) : start]
    if _fronted_subject(text, start):
        return False  # "At the SCO summit in Tashkent, India and Pakistan signed ...": the
        # subjects after a fronted phrase of place, not more places
    if rx["first"].search(head):
        return True
    if rx["last"].search(head):  # (but "in Uri, and Russia reiterated ...": a new clause's
        # subject, unless a list runs up to it: "in Iraq, Syria, and Jordan")
        return not (_opens_clause(text, start, end) and not _SERIAL_LIST.search(head))
    return bool(rx["inside"].search(head) and rx["rest"].match(text, end))


# People said to come from states, then a list of names up to the state at hand: where they
# are from, no actor ("migrants from Syria and Iraq", "people from countries including ...")
_PEOPLE_FROM = re.compile(
    r"\b(?i:people|migrants|refugees|asylum[- ]seekers|nationals|citizens|immigrants|travell?ers"
    r"|workers|students|arrivals|families|civilians)\s+from\s+(?:(?:countries|nations|states"
    r"|places)\s+)?(?:(?:such\s+as|including|like)\s+)?(?:the\s+)?"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?)*$"
)


# An owner or a past before equipment's nationality ("its French frigate", "a former Chinese
# frigate", "Pakistan's Turkish corvette"): where it was made, not who sails it
_OWNED_BEFORE = re.compile(
    r"(?:\b(?:its|their|his|her|former|ex|donated|used|second-hand|secondhand|refurbished"
    r"|new|newly\s+acquired)|['’]s?)[\s-]+(?:[\w-]+\s+)?$"
)


# A state whose government or leader a relative clause makes the subject of a signing: "the
# tour began in the Solomon Islands, whose government signed a pact with China" (the state acts)
_WHOSE_RULERS = re.compile(
    r",\s+whose\s+(?:(?:new|then|current|former|military|elected)\s+)?(?:government|president"
    r"|prime\s+minister|premier|leaders?|parliament|cabinet|king|junta|rulers?|authorities"
    r"|foreign\s+minister|defen[cs]e\s+minister)\s+(?:has\s+|had\s+|also\s+|then\s+)?"
    r"(?:signed|agreed|concluded|ratified|inked|struck)\b"
)  # (a signer, not a host or a bystander: "drills off South Africa, whose government has
# refused to condemn Moscow", "in Papua New Guinea, whose government hosted the drill")


# A state's possessive before an act of its own, after "over", "against" or "about" ("over
# Washington's decision", "against Moscow's invasion"): the state acts, though a preposition
# stands before it
_OWN_ACT = re.compile(
    r"['’]s\s+(?:[a-z]+\s+)?(?:decision|decisions|move|moves|plan|plans|refusal|policy|policies"
    r"|sanctions|offer|proposal|veto|invasion|annexation|aggression"
    r"|withdrawal|deployment|support|backing|actions?|announcement)\b"
)


# Branches of a state's forces listed after its adjective ("Saudi land, air, naval and air
# defense units"), before the head they share
_BRANCH = r"(?:land|ground|air|naval|maritime|sea|marine|special|air\s+defen[cs]e|missile)"
_BRANCH_LIST = re.compile(rf"(?:\s+{_BRANCH},)+\s+{_BRANCH}(?:,)?\s+(?:and|&)\s+{_BRANCH}(?=\s)")


#: The lower-case words inside a city's name ("Rio de Janeiro", "Santa Cruz de la Sierra",
#: "Dar es Salaam")
CITY_PARTICLE = r"(?:d[aeiou]s?|del|la|las|los|le|al|el|es)"
# The second of a hyphened pair of nationalities, whatever follows ("-American Keen Sword")
_PAIRED_NATIONALITY = re.compile(r"[-–](?:U\.S\.|U\.K\.|(?:South\s+|North\s+)?[A-Z][a-z]+)")


# A body named as what others follow or are tied to, not as who acts ("Daesh-inspired groups")
_INSPIRED_BY = re.compile(r"-(?:inspired|linked|affiliated|aligned|allied|influenced|style)\b")


def _role(text: str, kind: str, form: str, start: int, end: int, key: str = "") -> str:
    cfg = _config()
    if form == "person":
        return "actor"
    after = text[end : end + 12]
    if kind == "nation" and cfg["origin"].match(after):  # type: ignore[union-attr]
        return "origin"
    if kind == "org" and _INSPIRED_BY.match(text, end):
        return "origin"  # "Daesh-inspired groups", "al Qaeda-linked militants": others'
    if kind == "org" and _COUNTED_MEMBERS.match(text, end) and _COUNT_BEFORE.search(text, 0, start):
        return "origin"  # "between the two NATO neighbours": what the states are, no party
    if (
        kind == "nation"
        and re.fullmatch(r"U\.?S\.?|NZ|HK", text[start:end])
        and re.match(r"\s?\$\s?\d", after)
    ):
        return "origin"  # "US $100 million": a currency, no actor (but "lend Venezuela $2.2
        # billion": Venezuela)
    if kind == "nation" and cfg["venue"].match(text, end):  # type: ignore[union-attr]
        return "place"  # "at a Singapore hotel": where, not who
    if form == "demonym":
        head = _next_word(text, end)
        pair = _COORDINATED_NATIONALITY.match(text, end)
        if head in ("and", "or") and pair:  # "Japanese and U.S. fighter jets": their head
            head = _next_word(text, pair.end())  # ("Greek and U.S. Army units": units; "U.S.
            if (  # Army veterans" are no forces)
                pair["service"]
                and head in cfg["equipment"]  # type: ignore[operator]
                and not cfg["acquired"].search(text[max(0, start - 40) : start])  # type: ignore[union-attr]
            ):  # "Australian and U.S. Army helicopters flew": the services' own
                head = pair["service"].split()[0].lower()
        branches = _BRANCH_LIST.match(text, end)
        if branches:  # "Saudi land, air, naval and air defense units": the list's head (or a
            listed = [_next_word(text, branches.end()), *re.findall(r"[a-z]+", branches.group())]
            head = next((w for w in listed if w in cfg["heads"]), head)  # type: ignore[operator]
            # (a branch that is a head: "Saudi land, air and naval assets")
        hyphened = _HYPHENED_NATIONALITY.match(text, end)
        if hyphened:  # "the joint Egyptian-American exercise": the pair's head
            head = _next_word(text, hyphened.end())
        training = re.match(r"(?:[-–]\S+)?\s+(?:joint\s+)?training\b", text[end:], re.I)
        if training:  # "a joint Egyptian-American training exercise" (but "Italian training
            head = _next_word(text, end + training.end())  # jets" are made there)
        if cfg["portfolio"].match(text, end) and not cfg["qualified"].search(text, 0, start):  # type: ignore[union-attr]
            return "actor"  # "Ukrainian Infrastructure Minister ...": an official of the state
        if head in cfg["equipment"] and cfg["acquired"].search(text[max(0, start - 40) : start]):  # type: ignore[operator,union-attr]
            return "origin"  # "bought South Korean jets": made there
        if head in cfg["equipment"] and _OWNED_BEFORE.search(text, max(0, start - 40), start):  # type: ignore[operator]
            return "origin"  # "its French frigate", "a former Chinese frigate": made there
        if re.match(r"\s+service\s+(?:members|personnel)\b", text[end:]):
            return "actor"  # "American service members" (not "the BBC's Russian Service")
        if re.match(r"\s+deputy\s+(?:foreign|defen[cs]e|prime|minister|chief)", text[end:], re.I):
            return "actor"  # "Iranian deputy foreign ministers" (not "Chilean Deputy Ana Soto", a
            # member of parliament)
        paired = _PAIRED_NATIONALITY.match(text, end)
        drill_at = paired.end() if paired else end  # ("Japanese-American Keen Sword")
        if head not in cfg["heads"] and _NAMED_DRILL.match(text, drill_at):  # type: ignore[operator]
            return "actor"  # "the U.S.-Ukrainian Sea Breeze naval exercise": the drill's name
            # stands between the state and its head
        return "actor" if head in cfg["heads"] else "origin"  # type: ignore[operator]
    if kind == "nation" and (
        re.match(r"\s+Seas?\b", after) or re.search(r"\bSea\s+of\s+(?:the\s+)?$", text[:start])
    ):
        return "place"  # "the East and South China Seas", "the Sea of Japan": waters
    if kind == "nation" and form == "metonym" and FROM_OPENER.fullmatch(text[:start]):
        return "place"  # "From Caracas, Medvedev flew on to Havana": where he came from
    if (
        kind == "nation"
        and form == "metonym"
        and _VENUE_BEFORE.search(text, 0, start)
        and _VENUE_OF.match(text, end)
    ):
        return "place"  # "At their Washington summit", "the Vilnius summit": where it met
    region = _REGION_AFTER.match(text, end) if kind == "nation" and form == "metonym" else None
    if region and region.group(1) not in cfg["nation_names"]:  # type: ignore[operator]
        return "place"  # "the London, Ontario, company": a namesake city of a region
    if kind == "nation" and _WHOSE_RULERS.match(text, end):
        return "actor"  # "began in the Solomon Islands, whose government signed": who acts
    if kind == "nation" and re.search(
        r"\b(?:request|behest|invitation|initiative)\s+of\s+(?:the\s+)?$", text[:start]
    ):
        return "actor"  # "met at the request of France and Niger": who asked for it
    if kind == "nation" and _prev_word(text, start) in cfg["preps"]:  # type: ignore[operator]
        # "in Seoul", "in Poland": a place. "the capital of X" too.
        if _OWN_ACT.match(text, end) and _prev_word(text, start) in ("over", "against", "about"):
            return "actor"  # "over Washington's decision to impose sanctions": whose act (not
            # "at France's request", "a shift in Washington's policy")
        return "place"
    part = _PART_OF.search(text[:start])
    if kind == "nation" and part and _prev_word(text, part.start()) in cfg["preps"]:  # type: ignore[operator]
        return "place"  # "in northeast Syria", "across southern Lebanon"
    if kind == "nation" and form != "demonym" and _listed_place(text, start, end):
        return "place"  # "in Syria, Libya and the Central African Republic", "travels to Qatar"
    if (
        kind == "nation"
        and form == "name"
        and _PEOPLE_FROM.search(text, max(0, start - 160), start)
        and not _opens_clause(text, start, end)
    ):  # "people from countries including Syria, Somalia and Yemen" (but "refugees from
        return "origin"  # Ukraine, and Germany said ...": a new clause's subject)
    city = re.search(
        rf"\b(?:in|at|near|from|outside)\s+((?:[A-Z][\w'’.-]*\s+(?:(?:{CITY_PARTICLE}|of)\s+){{0,2}})"
        r"{0,3}[A-Z][\w'’.-]*),\s*$",  # ("in Costa do Sauípe, Brazil", "in Port of Spain,")
        text[:start],
    )
    if (
        kind == "nation"
        and city
        and not (_fronted_subject(text, start) and not re.match(r"\s*,", text[end:]))
        and (
            city.group(1) not in cfg["nation_names"]  # type: ignore[operator]
            or (
                cfg["capital_of"].get(city.group(1)) == key  # type: ignore[union-attr]
                and not re.match(
                    r",\s+(?!(?:including|according|during|following|concerning|regarding)\b)"
                    r"[a-z]+(?:ing|ed)\b",
                    text[end:],
                )
            )
        )
    ):  # "in Siem Reap, Cambodia", "in Windhoek, Namibia": the country of a place (but "in
        return "place"  # Iraq, Syria and Jordan" lists states; "at talks in Tokyo, Japan,
        # calling the launch reckless, condemned ..." is Japan's clause)
    return "actor"


# An exercise noun right before a designator, which is then the exercise's name ("the exercise
# AMAN-25", "exercise code-named X"); after a comma ("exercise, AMAN-21,") only when no system
# noun follows the designator ("During the exercise, TB-001 drones flew")
_EXERCISE_NOUN = r"\b(?:exercises?|drills?|manoeuvres?|maneuvers?|war\s?games?)"
# A drill's name and its noun after a demonym ("Ukrainian Sea Breeze naval exercise")
_NAMED_DRILL = re.compile(
    r"(?:\s+(?-i:[A-Z][\w-]*)){1,3}(?:[\s-]+\d{2,4})?"
    r"(?:\s+(?:joint|naval|air|military|combined|multinational|annual|maritime|amphibious))*"
    rf"\s+{_EXERCISE_NOUN}\b",
    re.I,
)
_AFTER_EXERCISE = re.compile(
    rf"{_EXERCISE_NOUN}\s+(?:(?:code-?named|dubbed|called|named)\s+)?$", re.I
)
_AFTER_EXERCISE_COMMA = re.compile(rf"{_EXERCISE_NOUN},\s+$", re.I)


def _accepted(text: str, start: int, end: int, name: str) -> bool:
    """Whether a designator-shaped token names a system here (not a flight, a year, a code).

    It does when the lexicon knows it or its family, when a system noun follows within three
    words ("K9 self-propelled howitzers", "AS21 Redback infantry fighting vehicles"), when a
    quantity precedes it ("208 PAC-3 MSE"), or when it has the military-designator shape
    of two or more mission letters, a hyphen and a number ("AGM-88B"), an electronics type
    designation ("AN/BQQ-10") or an engine designation ("F110-GE-129") — unless it follows an
    exercise noun ("the multinational exercise AMAN-25"), whose name it is.
    """
    cfg = _config()
    lex = load_lexicon()
    if name in lex.systems or lex.family_of(name) is not None:
        return True
    following = re.findall(r"[A-Za-z][\w-]*", text[end : end + 60])[:4]
    if _AFTER_EXERCISE.search(text, 0, start):
        return False  # "the multinational exercise AMAN-25": its name
    if any(w.lower() in cfg["sys_nouns"] for w in following):  # type: ignore[operator]
        return True
    if following and following[0].endswith("-class"):  # "Type 039B Yuan-class design"
        return True
    if re.search(
        r"(?:^|\s)(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|dozen)\s+$", text[:start]
    ):
        return True
    if _AFTER_EXERCISE_COMMA.search(text, 0, start):
        return False  # "exercise, AMAN-21,": its name (but "During the exercise, TB-001 drones"
        # are systems, as the noun after them tells)
    return bool(_MILITARY_SHAPE.fullmatch(name.split(" ")[0]))


# Designators that name military equipment by their shape alone: mission letters and a
# number ("AGM-88B"), electronics type designations ("AN/MPQ-64F1"), engine designations
# ("F110-GE-129", "T55-GA-714A").
_MILITARY_SHAPE = re.compile(
    r"[A-Z]{2,4}-\d{2,4}[A-Z]{0,3}\d?(?:-\d{1,2})?"
    r"|[A-Z]{1,4}/[A-Z]{3}-\d{1,3}(?:[A-Z]\d{0,2})?(?:\(V\)\d{0,2})?"
    r"|[FJT]\d{2,3}-[A-Z]{2,3}-\d{1,4}[A-Z]?"
)


@cache
def _dashed_families() -> list[tuple[str, str, re.Pattern[str]]]:
    """Families with a dashed designator prefix, and "<family>-<number>" spelled out."""
    out = []
    for family, prefixes in load_lexicon().families.items():
        dash = next((p for p in prefixes if p.endswith("-")), None)
        if dash is not None:
            spelled = rf"\b{re.escape(family)}-(\d+[A-Z]?(?:\s(?:Block\s[IVX]+[A-Z]{{0,3}}))?)"
            out.append((family, dash, re.compile(spelled)))
    return out


# A listed person written with middle initials or a generational suffix ("Lloyd J. Austin
# III", "Antony J. Blinken", "Joseph R. Biden Jr."): groups first name and surname.
_INITIALLED = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:(?:[A-Z]\.\s*){1,2}\s*([A-Z][\w'’-]+)"
    r"(?:,?\s+(?:Jr\.?|Sr\.?|II|III|IV)\b)?|([A-Z][\w'’-]+),?\s+(?:Jr\.?|Sr\.?|II|III|IV)\b)"
)


@cache
def _people_by_first_last() -> dict[tuple[str, str], tuple[str, str]]:
    """(first name, surname) of every listed person -> (kind, acts_for)."""
    lex = load_lexicon()
    out = {}
    for person in lex.people.values():
        parts = person.name.split()
        if len(parts) >= 2:
            kind = "nation" if person.acts_for in lex.nations else "org"
            out[(parts[0], parts[-1])] = (kind, person.acts_for)
    return out


# A suffix that makes an organization's abbreviation a rank or kind ("NSA-level talks",
# "NATO-standard ammunition"), not the organization.
_RANK_SUFFIX = re.compile(r"-(?:level|style|type|grade|standard|compatible|format)\b")


@cache
def _name_words() -> dict[str, frozenset[str]]:
    """The words of the full names of the listed people each one-word name stands for.

    Example:
        >>> "Minoru" in _name_words()["Kihara"]
        True
    """
    out: dict[str, set[str]] = {}
    for person in load_lexicon().people.values():
        words = {w for name in (person.name, *person.aliases) for w in name.split()}
        for name in (person.name, *person.aliases):
            if " " not in name:
                out.setdefault(name, set()).update(words)
    return {k: frozenset(v) for k, v in out.items()}


def _initialled_people(text: str, offset: int) -> list[Mention]:
    """Listed people named with middle initials or a suffix the lexicon does not spell out.

    Example:
        >>> [(m.text, m.key) for m in _initialled_people("Lloyd J. Austin III met them.", 0)]
        [('Lloyd J. Austin III', 'USA')]
    """
    out = []
    people = _people_by_first_last()
    for m in _INITIALLED.finditer(text):
        found = people.get((m.group(1), m.group(2) or m.group(3)))
        if found:
            kind, key = found
            role = _role(text, kind, "person", m.start(), m.end())
            out.append(
                Mention(offset + m.start(), offset + m.end(), m.group(), kind, key, "person", role)
            )
    return out


def _designators(text: str, offset: int) -> list[Mention]:
    cfg = _config()
    out = []
    for m in cfg["designator"].finditer(text):  # type: ignore[union-attr]
        name = re.sub(r"\s+", " ", m.group())
        base = name.split(" ")[0]
        if name in cfg["stop"] or base in cfg["stop"] or name in cfg["aliases"]:  # type: ignore[operator]
            continue
        if re.fullmatch(r"[A-Z]\d{4}|[A-Z]{1,3}\d{1}", name) and not _accepted(
            text, m.start(), m.end(), name
        ):
            continue
        if _accepted(text, m.start(), m.end(), name):
            out.append(
                Mention(offset + m.start(), offset + m.end(), name, "system", name, "designator")
            )
    for family, dash, spelled in _dashed_families():
        if family not in text:
            continue
        for m in spelled.finditer(text):
            name = dash + m.group(1)  # "Standard Missile-3 Block IIA" is SM-3 Block IIA
            out.append(
                Mention(
                    offset + m.start(), offset + m.end(), m.group(), "system", name, "designator"
                )
            )
    for m in cfg["named_variant"].finditer(text):  # type: ignore[union-attr]
        following = {(m.group(3) or "").lower(), (m.group(4) or "").lower()}
        if following & cfg["sys_nouns"] and not _not_a_system_name(m.group(1)):  # type: ignore[operator]
            name = f"{m.group(1)} {m.group(2)}"  # "Hawk 208 jets", "Mirage III fighters"
            out.append(
                Mention(offset + m.start(), offset + m.end(), m.group(), "system", name, "variant")
            )
    for m in cfg["unknown_name"].finditer(text):  # type: ignore[union-attr]
        word = m.group(1)  # "the INSAS rifles", "delivery of Bastion armoured vehicles"
        if word in cfg["not_names"] or _not_a_system_name(word):  # type: ignore[operator]
            continue
        out.append(Mention(offset + m.start(1), offset + m.end(1), word, "system", word, "variant"))
    for m in cfg["ship_name"].finditer(text):  # type: ignore[union-attr]
        if re.search(r"\bbase\b", text[m.end() : m.end() + 30]):
            continue  # "HMAS Stirling, a naval base near Perth": a shore establishment
        if re.search(r"-class\s+[\w -]+?,?\s$", text[max(0, m.start() - 40) : m.start()]):
            continue  # "the Ohio-class submarine USS Kentucky": one boat of the class named
        out.append(
            Mention(offset + m.start(), offset + m.end(), m.group(), "system", m.group(), "name")
        )
        hull = cfg["ship_hull"].match(text, m.end())  # type: ignore[union-attr]
        if hull:  # "USS Ross (DDG-71)": the hull number is the ship's, not a system
            out = [x for x in out if not (m.end() <= x.start - offset < hull.end())]
    for m in cfg["ship_by_type"].finditer(text):  # type: ignore[union-attr]
        names = list(re.finditer(_SHIP_WORDS, m.group("names")))
        if m.group("plural") and len(names) < 2:
            continue  # "the submarines Albanese announced": who announced them, no ship
        for name in names:  # "the destroyers Harusame and Amagiri", "the patrol ship Taizhou"
            words = name.group().split()
            if (
                any(_not_a_system_name(w) or w in cfg["person_words"] for w in words)  # type: ignore[operator]
                or set(words) & cfg["ship_name_not"]  # type: ignore[operator]
                or name.group() in cfg["system_names"]  # type: ignore[operator]
            ):  # ("the destroyers Kishida inspected", "the destroyer Lassen Navy officials")
                continue
            begin = offset + m.start("names") + name.start()
            out.append(
                Mention(
                    begin, begin + len(name.group()), name.group(), "system", name.group(), "name"
                )
            )
    for m in cfg["ship_class"].finditer(text):  # type: ignore[union-attr]
        start, cls = _class_name(m.group(1) or m.group(3))
        kind = (m.group(2) or m.group(4)).lower()
        name = f"{cls}-class {cfg['ship_type_names'].get(kind, kind)}"  # type: ignore[union-attr]
        begin = offset + m.start() + start
        out.append(Mention(begin, offset + m.end(), name, "system", name, "designator"))
    for m in _SIBLING.finditer(text):  # "F-15C/D": the F-15D too
        first = next((x for x in out if x.end == offset + m.start()), None)
        if first is not None and first.key[-1] == m.group(1)[0]:
            continue  # "JAS 39C/D" is itself a name
        if first is not None and re.fullmatch(r".*\d[A-Z]", first.key):
            name = first.key[:-1] + m.group(1)
            out.append(
                Mention(offset + m.start(), offset + m.end(), m.group(), "system", name, "variant")
            )
    return out


_SIBLING = re.compile(r"/([A-Z])(?![\w-])")


def _not_a_system_name(word: str) -> bool:
    """Whether a capitalized word before a number names something else: a state, a people, an
    organization, a day or month ("sent Ukraine 155 howitzers", "in March 200 drones")."""
    cfg = _config()
    return (
        word in CALENDAR_NAMES
        or word in cfg["nation_names"]  # type: ignore[operator]
        or word in cfg["demonyms"]  # type: ignore[operator]
        or word in cfg["aliases"]  # type: ignore[operator]
        or word in _demonym_tails()  # "Korean tanks" (of "South Korean"): a people, no system
    )


@cache
def _demonym_tails() -> frozenset[str]:
    """The last words of demonyms of more than one word ("Korean" of "South Korean")."""
    return frozenset(
        d.split()[-1]
        for d in _config()["demonyms"]  # type: ignore[union-attr]
        if " " in d
    )


# A ship's name after its type: capitalized words and a pennant number ("Zhongguo Haijian 75").
_SHIP_WORDS = r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}(?: \d{1,4}\b)?"


def _ship_by_type(types: list[str], not_names: list[str]) -> re.Pattern[str]:
    """The pattern of ships named after their type: "the destroyer Lanzhou", "the landing ship
    Peresvet", "the destroyers Admiral Tributs and Admiral Vinogradov" (group ``names``).

    Example:
        >>> p = _ship_by_type(["landing ship", "destroyer"], ["Monday"])
        >>> [m.group("names") for m in p.finditer("the destroyers Admiral Tributs and Admiral "
        ...     "Vinogradov and the landing ship Peresvet; destroyer Monday")]
        ['Admiral Tributs and Admiral Vinogradov', 'Peresvet']
    """
    kind = "(?:" + "|".join(map(re.escape, sorted(types, key=len, reverse=True))) + ")"
    stop = "|".join(map(re.escape, not_names))
    one = rf"(?!(?:{stop})\b){_SHIP_WORDS}(?![\w'’-]|\s+(?:[A-Z]|class\b|-class\b))"
    more = rf"(?:(?:,\s+|,?\s+and\s+){one})*"  # ("the flag carrier Cathay Pacific": an airline)
    return re.compile(rf"(?<!flag )(?<!air )\b{kind}(?P<plural>s?)\s+(?P<names>{one}{more})")


def _ship_class(modifiers: list[str], types: list[str]) -> re.Pattern[str]:
    """The pattern of a ship class: "Hobart-class destroyers", "the Columbia class of submarines".

    Groups 1 and 2 are the name and type of the first form, 3 and 4 those of the second.

    Example:
        >>> p = _ship_class(["guided-missile"], ["submarine", "destroyer"])
        >>> [m.group(1, 2, 3, 4) for m in p.finditer("two Arleigh Burke-class guided-missile "
        ...     "destroyers and the Columbia class of submarines")]
        [('Arleigh Burke', 'destroyer', None, None), (None, None, 'Columbia', 'submarine')]
    """
    name = r"((?:[A-Z][\w'’]+[ -]){0,2}[A-Z][\w'’]+)"
    modifier = "(?:(?:" + "|".join(map(re.escape, modifiers)) + r")\s+)?"
    kind = "(" + "|".join(map(re.escape, types)) + ")"
    of_name = name.replace("[ -]", " ")
    return re.compile(
        rf"\b{name}-class\s+{modifier}{kind}s?\b|\b{of_name}\s+class\s+of\s+{modifier}{kind}s\b"
    )


def _class_name(words: str) -> tuple[int, str]:
    """The class name in the words before "-class", without a leading article or nationality.

    Example:
        >>> _class_name("The Ohio"), _class_name("Russian Moudge"), _class_name("Navy's Collins")
        ((4, 'Ohio'), (8, 'Moudge'), (7, 'Collins'))
    """
    names = _config()["nation_names"] | _config()["demonyms"]
    start = 0
    parts = words.split(" ")
    owned = [i for i, w in enumerate(parts[:-1]) if re.search(r"['’]s?$", w)]
    if owned:  # "the Navy's Collins-class": the owner is not part of the class name
        start += sum(len(w) + 1 for w in parts[: owned[-1] + 1])
        parts = parts[owned[-1] + 1 :]
    while len(parts) > 1 and (parts[0] in ("The", "A", "An", "Its", "Their") or parts[0] in names):
        start += len(parts[0]) + 1
        parts = parts[1:]
    return start, " ".join(parts)


# Nouns after a leader's surname that make it the leader's rule ("the Maduro regime")
_RULE_HEADS = frozenset(("regime", "government", "administration", "junta", "cabinet"))
# An article before a one-word name: no person ("the Mulino range", "a Costa cruise ship")
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$")
# A state's office right before a name ("Estonian Prime Minister Kaja Kallas", "Defence
# Minister Ursula von der Leyen"), and a word that tells it was held before ("former")
_FORMER = re.compile(r"\b(?:former|ex-|one-time|onetime)\s*(?:[A-Z][\w'’.-]*\s+)?$", re.I)
_NATIONAL_OFFICE = re.compile(
    r"(?:\b(?:then-?\s*)?(?:[A-Z][a-z]+\s+)?(?:Prime\s+Minister|Premier"
    r"|Chancellor|(?:Foreign|Defen[cs]e|Finance|Economy|Interior)\s+Minister)"
    r"|\b[A-Z][a-z]+(?:an|ish|ese|ch)\s+President)\s+$"
)


@cache
def people_at_home() -> dict[str, str]:
    """The names and aliases of people who act for an organization, by the state a national
    office named before them stands for (people.tsv ``home``)."""
    return {
        n: p.home for p in load_lexicon().people.values() if p.home for n in (p.name, *p.aliases)
    }


def _home_office(sentence: str, offset: int, m: Mention) -> Mention:
    """A person listed as acting for an organization, acting for their state when a national
    office with no state named is right before them (people.tsv ``home``; a named state is
    _office_holders').

    Example:
        >>> [m.key for m in find_mentions("Prime Minister Kaja Kallas urged allies.", 0)]
        ['EST']
        >>> [m.key for m in find_mentions("EU foreign policy chief Kaja Kallas urged allies.", 0)]
        ['European Union', 'European Union']
        >>> [m.key for m in find_mentions("Macron and Prime Minister Paolo Gentiloni met.", 0)]
        ['FRA', 'ITA']
    """
    homes = people_at_home() if m.form == "person" and m.kind == "org" else {}
    home, start = homes.get(m.text), m.start - offset
    parts = m.text.split()
    for k in range(1, len(parts)) if homes and home is None else ():
        name = " ".join(parts[k:])  # the office inside the mention: "and Prime Minister Kaja
        if name in homes and m.text.endswith(name):  # Kallas"
            home, start = homes[name], m.start - offset + len(m.text) - len(name)
            break
    office = _NATIONAL_OFFICE.search(sentence, max(0, start - 40), start) if home else None
    if office is None or (
        _FORMER.search(sentence, 0, office.start())
        or office.group().lower().startswith(("former", "ex-"))
    ):
        return m  # ("Former Prime Minister Kaja Kallas", "former Estonian ...": held before)
    return replace(m, kind="nation", key=home, org=None)


_NEGATING_PREFIX = re.compile(r"\b(?:non|anti)-$", re.I)
# The spelled-out name between a designator and its short name in brackets
_SPELLED_OUT = re.compile(r"(?:\s+[A-Z][\w-]*){1,8}\s*\(")


_REGION_BEFORE = re.compile(r"\b(?:South|North|Central|Latin|Pan)[ -]$")


def _same_family(variant: str, name: str) -> bool:
    """True when ``name`` is the plain member of ``variant``'s family ("AH-64" of "AH-64E").

    Example:
        >>> _same_family("AH-64E", "AH-64"), _same_family("AH-64E", "CH-47")
        (True, False)
    """
    systems = load_lexicon().systems
    a, b = systems.get(variant), systems.get(name)
    return (
        a is not None
        and b is not None
        and a.family is not None
        and a.family == b.family
        and (variant.startswith(name) or name == a.family)  # "M1A2 SEPv3 Abrams" too
    )


def _extend_variants(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """Grow named systems by a variant suffix ("Rafale F4"); drop trade names after designators."""
    cfg = _config()
    out: list[Mention] = []
    for m in found:
        if out and m.start < out[-1].end:
            continue  # inside a name grown by its variant suffix
        if m.kind == "system" and m.form == "name":
            local_end = m.end - offset
            # "Precision Strike Missile (PrSM) Increment 2": the variant of the spelled-out name
            paren = re.match(r"\s*\([A-Za-z0-9-]{2,10}\)", sentence[local_end:])
            skip = paren.end() if paren else 0
            suffix = cfg["variant_suffix"].match(sentence[local_end + skip :])  # type: ignore[union-attr]
            if suffix:
                name = m.key + suffix.group()
                name = _config()["system_names"].get(name, name)  # type: ignore[attr-defined]
                m = Mention(
                    m.start,
                    m.end + skip + suffix.end(),
                    sentence[m.start - offset : local_end + skip + suffix.end()],
                    "system",
                    name,
                    "variant",
                )
            if (
                out
                and out[-1].kind == "system"
                and (
                    out[-1].form == "designator"
                    or out[-1].key == m.key
                    or _same_family(out[-1].key, m.key)  # "AH-64E Apache helicopters"
                )
            ):
                gap = sentence[out[-1].end - offset : m.start - offset]
                if gap == " ":
                    continue  # "AIM-120 AMRAAM": the trade name of the designator before it
                if re.fullmatch(r" [A-Z][a-z]+ ", gap) and out[-1].key.startswith(m.key):
                    continue  # "GBU-39B/B Laser Small Diameter Bombs": its trade name too
                if (
                    out[-1].key.startswith(m.key)
                    and _SPELLED_OUT.fullmatch(gap)
                    and sentence[m.end - offset : m.end - offset + 1] == ")"
                ):  # "AIM-120C-8 Advanced Medium Range Air-to-Air Missiles (AMRAAM)"
                    continue
        out.append(m)
    return out


def find_mentions(sentence: str, offset: int, tokens: Span | None = None) -> list[Mention]:
    """Return the non-overlapping mentions in ``sentence`` (offsets shifted by ``offset``).

    ``tokens``, when given, is the sentence's span in an already tokenized text (its text is
    ``sentence``), so the sentence is not tokenized a second time.

    Example:
        >>> [m.key for m in find_mentions("Raytheon, an RTX business, won SM-6 Block IU work.", 0)]
        ['Raytheon', 'RTX', 'SM-6 Block IU']
    """
    pm, labels = matcher()
    doclike = tokens if tokens is not None else pipeline().make_doc(sentence)
    base = tokens.start_char if tokens is not None else 0
    found: list[Mention] = []
    for match_id, s, e in pm(doclike):  # token indices in the whole doc, also for a span
        kind, key, form = labels[match_id]
        span = doclike.doc[s:e]
        start, end = span.start_char - base, span.end_char - base
        before = sentence[max(0, start - 16) : start]  # the words just before, not the sentence
        following = doclike.doc[e] if e < len(doclike.doc) else None
        if (
            form == "person"
            and e - s == 1
            and _ARTICLE_BEFORE.search(before)
            and not (following is not None and following.text.lower() in _RULE_HEADS)
        ):
            continue  # "the Mulino range": a place that shares a leader's surname (but "the
            # Maduro regime" is the leader's)
        if (
            form == "person"
            and e - s == 1
            and following is not None
            and following.text.isalpha()
            and following.text[0].isupper()
            and following.text not in ("Jr", "Sr")
            and following.text not in _name_words().get(span.text, ())  # "Kihara Minoru"
        ):
            continue  # "Mullah Abdul Ghani Baradar": part of another name, not Ashraf Ghani
        if span.text == "States" and not re.search(r"\b[Tt]he\s+$", before):
            continue  # "the Baltic States", "UN Member States": states, not "the States"
        if kind == "org" and _RANK_SUFFIX.match(sentence, end):
            continue  # "the NSA-level trilateral meeting": advisers of that rank, not the NSA
        if kind == "org" and span.text == "Security Council" and before.endswith("National "):
            continue  # "a National Security Council spokeswoman": a state's own, not the UN's
        role = _role(sentence, kind, form, start, end, key)
        if _NEGATING_PREFIX.search(before):
            role = "origin"  # "a major non-NATO ally", "anti-NATO protests": named, no actor
        found.append(Mention(offset + start, offset + end, span.text, kind, key, form, role))
    found.extend(_elided_pairs(sentence, offset, found))
    found.extend(_designators(sentence, offset))
    found.extend(_initialled_people(sentence, offset))
    for start, end, org in find_orgs(sentence):
        found.append(
            Mention(
                offset + start, offset + end, sentence[start:end], "org", org.name, "found", org=org
            )
        )
    # Longest match wins; at equal length an organization beats a nation ("Hanwha Defence
    # Australia"), a named system beats a designator.
    rank = {"org": 0, "system": 1, "place": 2, "nation": 3}
    forms = {
        "name": 0,
        "demonym": 1,
        "metonym": 2,
        "person": 3,
        "designator": 4,
        "variant": 5,
        "found": 6,
    }
    found.sort(
        key=lambda m: (-(m.end - m.start), m.form == "found", rank[m.kind], forms[m.form], m.start)
    )
    kept: list[Mention] = []
    for m in found:
        if all(m.end <= k.start or m.start >= k.end for k in kept):
            kept.append(m)
    kept.sort(key=lambda m: m.start)
    kept = [
        m
        for m in kept
        if m.kind != "place"
        and not _name_part(sentence, offset, m, kept)
        and not (m.form == "demonym" and _REGION_BEFORE.search(sentence, 0, m.start - offset))
    ]  # ("the South American country", "Latin American governments": a region, not the U.S.)
    kept = [_nation_titled(sentence, offset, m, kept) for m in kept]
    kept = [
        m for m in kept
        if not _modifier(sentence, offset, m) and not _programme(sentence, offset, m)
        and not _shouted(sentence, offset, m)
    ]  # fmt: skip
    kept = [  # "Sailors aboard the Boxer": a ship named like a system is no system
        m for m in kept
        if not (
            m.kind == "system"
            and _ABOARD.search(sentence, 0, m.start - offset)
            and re.fullmatch(r"[A-Z][a-z]+", m.text) is not None
            and not _VEHICLE_AFTER.match(sentence, m.end - offset)
            and not sentence.startswith("s", m.end - offset)
            and not (m.text.endswith("s") and not m.key.endswith("s"))
        )  # (but "aboard Stryker vehicles", "aboard Strykers" rode the system; "aboard the BRP
        # Sierra Madre" is the named ship)
    ]  # fmt: skip
    kept = [x for m in kept if (x := _other_bodys_organ(sentence, offset, m, kept))]
    kept = _spelled_out(sentence, offset, kept)
    kept = _coordinated_demonyms(sentence, offset, kept)
    kept = [_titled(sentence, offset, m) for m in kept]
    kept = _office_holders(sentence, offset, kept)
    kept = [_home_office(sentence, offset, m) for m in kept]
    kept = _seated_legislatures(sentence, offset, kept)
    return _subsidiaries(
        sentence,
        offset,
        _slash_variants(sentence, offset, _extend_variants(sentence, offset, kept)),
    )


_SEATED_CHAMBER = re.compile(
    r"(?:^|[,;]\s+|\b(?:and|but|while|as)\s+)(?:[A-Z]\w+\s+)??"
    r"(?P<noun>(?:[Tt]he\s+)?(?i:parliament|legislature))\s+in\s+$"
)  # a clause's subject (not "protesters surrounded the parliament in Skopje": the building)


@cache
def legislature_of() -> dict[str, str]:
    """The one legislature the lexicon knows for each state, by ISO3 code (states with more
    than one chamber are left out: which one sits is not told).

    Example:
        >>> legislature_of()["NZL"]
        'New Zealand Parliament'
    """
    found: dict[str, list[str]] = {}
    for org in load_lexicon().orgs.values():
        if org.kind == "legislature" and org.country:
            found.setdefault(org.country, []).append(org.name)
    return {code: names[0] for code, names in found.items() if len(names) == 1}


def _elided_pairs(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """The first of two states named with one shared last word ("North and South Korea",
    "East and West Germany"): a mention of its own.

    Example:
        >>> [m.key for m in find_mentions("North and South Korea test-fired missiles.", 0)]
        ['PRK', 'KOR']
    """
    out = []
    for m in found:
        if m.kind != "nation" or m.form != "name" or " " not in m.text:
            continue
        first, last = m.text.split(" ", 1)
        pair = re.search(r"\b((?-i:[A-Z][a-z]+))\s+(?:and|or|&)\s+$", sentence[: m.start - offset])
        named = _config()["code_of"]
        code = named.get(f"{pair.group(1)} {last}") if pair else None  # type: ignore[union-attr]
        if pair and code and code != m.key and first != pair.group(1):
            start, end = offset + pair.start(1), offset + pair.end(1)  # (the pair's shared
            out.append(Mention(start, end, pair.group(1), "nation", code, "name", m.role))  # role)
    return out


def _other_bodys_organ(
    sentence: str, offset: int, m: Mention, kept: list[Mention]
) -> Mention | None:
    """An organ's bare name owned by another body is that body's organ of the name ("the
    Organization of American States' Permanent Council" is no OSCE organ), or None when the
    lexicon knows no such organ of it (the owner, named before it, then acts).

    Example:
        >>> t = "the Organization of American States' Permanent Council met"
        >>> [m.key for m in find_mentions(t, 0)]
        ['Organization of American States', 'OAS Permanent Council']
        >>> [m.key for m in find_mentions("the OSCE's Permanent Council met", 0)]
        ['Organization for Security and Co-operation in Europe', 'OSCE Permanent Council']
    """
    orgs = load_lexicon().orgs
    if m.kind != "org" or m.key not in orgs or not orgs[m.key].parent:
        return m
    owner = next(
        (
            k
            for k in kept
            if k.kind == "org"
            and re.fullmatch(r"['’]s?\s+(?:the\s+)?", sentence[k.end - offset : m.start - offset])
        ),
        None,
    )
    if (
        owner is None
        or owner.key not in orgs
        or orgs[owner.key].kind != "international-organization"
        or owner.key == orgs[m.key].parent
    ):
        return m
    organ = organ_named(owner.key, m.text)
    return replace(m, key=organ) if organ else None


def organ_named(body: str, bare: str) -> str | None:
    """The organ of ``body`` a bare name stands for in a story of that body: one whose name is
    the body's name or alias and the bare name ("OAS Permanent Council" for "Permanent
    Council"), or that lists the bare name as its own, or None.

    Example:
        >>> organ_named("Organization of American States", "Permanent Council")
        'OAS Permanent Council'
        >>> organ_named("African Union", "Security Council") is None
        True
    """
    orgs = load_lexicon().orgs
    names = (body, *orgs[body].aliases) if body in orgs else (body,)
    return next(
        (
            o.name
            for o in orgs.values()
            if o.parent == body and (bare in o.aliases or o.name.removesuffix(" " + bare) in names)
        ),
        None,
    )


def _seated_legislatures(sentence: str, offset: int, kept: list[Mention]) -> list[Mention]:
    """ "The parliament in Skopje": the legislature of the state whose capital is named.

    Example:
        >>> [m.key for m in find_mentions("The parliament in Skopje approved it.", 0)]
        ['Assembly of North Macedonia']
        >>> [m.key for m in find_mentions("They rallied outside the parliament in Tbilisi.", 0)]
        ['GEO']
        >>> [m.key for m in find_mentions("Protesters surrounded the parliament in Skopje.", 0)]
        ['MKD']
    """
    out = []
    for m in kept:
        chamber = (
            _SEATED_CHAMBER.search(sentence, 0, m.start - offset)
            if m.kind == "nation" and m.form == "metonym"
            else None
        )
        name = legislature_of().get(m.key) if chamber else None
        if chamber is None or name is None:
            out.append(m)
            continue
        start = chamber.start("noun")  # (from "the parliament" on)
        role = _role(sentence, "org", "name", start, m.end - offset, name)
        out.append(Mention(offset + start, m.end, sentence[start : m.end - offset], "org", name,
                           "name", role))  # fmt: skip
    return out


def _spelled_out(sentence: str, offset: int, kept: list[Mention]) -> list[Mention]:
    """A name found by its shape and spelled out before a known acronym in brackets is the
    organization the acronym names ("the Social Democratic Party (SPD)" is the German one).

    Example:
        >>> [m.key for m in find_mentions("the Social Democratic Party (SPD) won", 0)]
        ['Social Democratic Party of Germany', 'Social Democratic Party of Germany']
    """
    out = list(kept)
    for i, m in enumerate(kept[:-1]):
        nxt = kept[i + 1]
        if (
            m.form == "found"
            and nxt.kind == "org"
            and nxt.form != "found"
            and re.fullmatch(r"\s*\(\s*", sentence[m.end - offset : nxt.start - offset])
            and sentence[nxt.end - offset : nxt.end - offset + 1] == ")"
        ):
            out[i] = replace(m, key=nxt.key, form="name", org=nxt.org)
    return out


# An office of the state or body named right before it, between that name and a person
# ("European Council President Donald Tusk", "Dutch Prime Minister Mark Rutte")
_OFFICE_BETWEEN = re.compile(
    r"\s+(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Vice|Acting|Interim|High)\s+)*"
    r"(?:Minister|Secretary|President|Premier|Chancellor|Secretary[- ]General|Chair(?:man|woman)?"
    r"|Commissioner|Representative|Director[- ]General|counterpart)\s+"
)  # ("his Estonian counterpart Kaja Kallas": Estonia's, whatever office she holds later)
# A body's chair in lower case ("African Union chairman Alpha Conde"): an international body's
# only (a party's "chairman Kim Jong Un" is his state's leader)
_BODY_CHAIR = re.compile(r"\s+(?:current\s+)?chair(?:man|woman|person)?\s+")


# Before a state's or body's name, words that make its office not the person's now: a
# preposition ("after a call with NATO President Trump met": two phrases) or "former"
_NOT_HELD_BEFORE = re.compile(
    r"\b(?:with|to|at|for|of|from|about|by|on|in|into|against|toward|towards|than|former|ex-)"
    r"\s*(?:the\s+)?$",
    re.I,
)


def _office_holders(sentence: str, offset: int, kept: list[Mention]) -> list[Mention]:
    """A person named by a state's or a body's office right before the name acts for that
    state or body there, whatever the lexicon says the person acts for elsewhere (people
    change offices: "European Council President Donald Tusk", "Polish Prime Minister Donald
    Tusk").

    Example:
        >>> ms = find_mentions("European Council President Donald Tusk spoke.", 0)
        >>> [(m.text, m.key) for m in ms]
        [('European Council', 'European Council'), ('Donald Tusk', 'European Council')]
    """
    out = list(kept)
    for i in range(1, len(kept)):
        m, prev = kept[i], kept[i - 1]
        if (
            m.form == "person"
            and prev.kind in ("nation", "org")
            and prev.form != "person"
            and prev.key != m.key
            and (
                _OFFICE_BETWEEN.fullmatch(between := sentence[prev.end - offset : m.start - offset])
                or (
                    _BODY_CHAIR.fullmatch(between)
                    and prev.info is not None
                    and prev.info.kind == "international-organization"
                )
            )
            and not _NOT_HELD_BEFORE.search(sentence, 0, prev.start - offset)
        ):
            out[i] = replace(m, kind=prev.kind, key=prev.key, org=prev.org)
    return out


_TITLE_BEFORE = re.compile(
    r"(?:,|\band)\s+(?P<title>(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Vice)\s+)*"
    r"(?:Minister|Secretary|President|Premier|Chancellor|Mr\.?|Ms\.?|Mrs\.?))\s+$"
)


def _titled(sentence: str, offset: int, m: Mention) -> Mention:
    """A person's mention inside a list grows over the title right before it ("and Minister
    Kihara"), so that "A, Secretary B and Minister C" reads as one run of names.

    Example:
        >>> [m.text for m in find_mentions("Mr Marles and Minister Kihara met.", 0)]
        ['Marles', 'Minister Kihara']
    """
    if m.form != "person":
        return m
    title = _TITLE_BEFORE.search(sentence[: m.start - offset])
    if title is None:
        return m
    begin = title.start("title")
    return replace(m, start=offset + begin, text=sentence[begin : m.end - offset])


_DEMONYM_GLUE = re.compile(
    # "Russian and Chinese warships", "some 6,400 American and 1,100 Israeli troops"
    r"\s*(?:,\s*(?:and\s+|or\s+)?|\s(?:and|or|&)\s+)(?:the\s+)?(?:(?:some|about|nearly)\s+)?"
    r"(?:\d[\d,.]*\s+)?"
)


def _coordinated_demonyms(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """Nationality adjectives coordinated with an acting one act too.

    In "Philippine and Japanese defense chiefs" or "Russian, Chinese and Iranian warships" only
    the last adjective stands before the head noun; the others share it.

    Example:
        >>> ms = find_mentions("Russian and Chinese warships sailed.", 0)
        >>> [(m.key, m.role) for m in ms]
        [('RUS', 'actor'), ('CHN', 'actor')]
    """
    out = list(found)
    for i in range(len(out) - 2, -1, -1):
        m, nxt = out[i], out[i + 1]
        if not (m.kind == "nation" and m.form == "demonym" and m.role == "origin"):
            continue
        if nxt.kind != "nation" or nxt.role != "actor" or nxt.form not in ("demonym", "name"):
            continue
        after = out[i + 2] if i + 2 < len(out) else None
        chained = (  # "Indian, U.S., Japanese and Australian warships": U.S. is in the list
            after is not None
            and after.kind == "nation"
            and after.role == "actor"
            and _DEMONYM_GLUE.fullmatch(sentence[nxt.end - offset : after.start - offset])
        )
        if (
            nxt.form == "name"
            and not chained
            and _next_word(sentence, nxt.end - offset) not in _config()["heads"]  # type: ignore[operator]
        ):
            continue  # "Japanese and U.S. forces" joins; "Japanese and U.S. firms" does not
        gap = sentence[m.end - offset : nxt.start - offset]
        if _DEMONYM_GLUE.fullmatch(gap):
            out[i] = replace(m, role="actor")
    return out


# Heads of a document or format named after the city it was made in ("the Vienna Document")
_CITY_NAMED = re.compile(
    r"\s+(Document|Agreements?|agreements|Accords?|accords|Treaty|Convention|Protocols?"
    r"|Declaration|Process|Format|format|Consensus|Charter|Pact|Communiqu[ée]|Framework|Principles"
    r"|Memorandum|Plan|Initiative|Group)\b"
)

# A facility or street named after a country ("Burma Camp" in Accra, "Kenya Road")
_FACILITY_NAMED = re.compile(
    r"\s+(?:Camp|Barracks|Cantonment|Road|Street|Avenue|Square)\b(?!\s+[A-Z])"
)  # (not "the U.S. Camp Humphreys base": a camp's own name follows)


def _name_part(sentence: str, offset: int, m: Mention, mentions: list[Mention]) -> bool:
    """True for a mention that is part of something else's name or title.

    "Jordan" next to a capitalized name ("Michael Jordan") is a person, and a person named
    after a nationality and title ("Dutch Prime Minister Mark Rutte") acts for that nation,
    whatever office the lexicon gives them today.
    """
    lo, hi = m.start - offset, m.end - offset
    if (m.kind == "nation" and m.text in load_lexicon().words("places", "ambiguous_nations")) or (
        m.kind == "org" and m.text in load_lexicon().words("places", "ambiguous_orgs")
    ):
        before = re.search(r"([A-Z][a-z]+)\s+$", sentence[:lo])
        after = re.match(r"\s+([A-Z][a-z]+)", sentence[hi:])
        bodies = load_lexicon().words("places", "state_bodies")
        if (before and before.group(1) not in _SENTENCE_WORDS) or (
            after and after.group(1) not in _SENTENCE_WORDS and after.group(1) not in bodies
        ):
            return True
    if m.kind == "nation" and m.form == "name" and _FACILITY_NAMED.match(sentence, hi):
        return True  # "the Burma Camp military headquarters", "Sierra Leone Road": a place
    named = m.form == "metonym" and _CITY_NAMED.match(sentence, hi)
    return bool(  # "the Vienna Document", "the Minsk agreements": a name, not Austria
        named and (named.group(1)[0].isupper() or re.search(r"\b[Tt]he\s+$", sentence[:lo]))
    )


_TITLE_AFTER = re.compile(  # (an appositive that ends there: not "Mark Rutte, Polish President
    # Andrzej Duda and ...", the next one's office)
    r",\s+(?:the\s+)?(\S+)\s+(?:[A-Z][a-z]+\s+){0,3}?(?:Minister|President|Premier|Chancellor"
    r"|Secretary)\b(?:\s+(?:of|for)\s+[^,;]{2,40})?(?=,)"
)


def _nation_titled(sentence: str, offset: int, m: Mention, mentions: list[Mention]) -> Mention:
    """A person named after a nationality and title ("Dutch Prime Minister Mark Rutte") acts
    for that nation, whatever office the lexicon gives them today; the name stays a mention,
    so that a list of such people reads as one run of names.

    Example:
        >>> ms = find_mentions("German Defence Minister Ursula von der Leyen spoke.", 0)
        >>> [(m.text, m.key) for m in ms]
        [('German', 'DEU'), ('Ursula von der Leyen', 'DEU')]
    """
    if m.form != "person":
        return m
    title = re.search(
        r"(\S+)\s+(?:(?:caretaker|acting|interim|former|outgoing|then-)\s+)?"
        r"(?:(?:Prime|Foreign|Defen[cs]e|Deputy|Vice)\s+)*(?:Minister|President|Premier|Chancellor)\s+$",
        sentence[: m.start - offset],
    )
    if title is None and re.match(r"(?:King|Queen|Emir|Sultan|Crown Prince)\b", m.text):
        title = re.search(r"(\S+?)(?:['’]s)?\s+$", sentence[: m.start - offset])  # "Saudi King
        # Abdullah", "Saudi Arabia's King Abdullah"
    nation = next(
        (k for k in mentions if k.kind == "nation" and k.end - offset == title.end(1)), None
    ) if title else None  # fmt: skip
    after = (  # (only for one the lexicon has act for a body: "Biden, Australian Prime Minister
        _TITLE_AFTER.match(sentence, m.end - offset)  # Anthony Albanese, Indian Prime
        if nation is None and m.kind == "org"  # Minister ...": the next one's office)
        else None
    )
    nation = next(  # ("Ursula von der Leyen, German Federal Minister of Defence,")
        (k for k in mentions if k.kind == "nation" and k.form == "demonym"
         and k.start - offset == after.start(1)),
        None,
    ) if after else nation  # fmt: skip
    if nation is None or nation.key == m.key:
        return m
    return replace(m, kind="nation", key=nation.key, org=None)


def _modifier(sentence: str, offset: int, m: Mention) -> bool:
    """True for a body's abbreviation used as an adjective, not for the body itself.

    "the U.N. Charter", "NATO Charter" name a document; "U.N. member states", "a U.N. panel"
    name its members or organs, and a named organ has its own row ("U.N. Security Council").
    Only an abbreviation of an international organization followed by "Charter" or by a
    lowercase noun that is no verb form counts.

    Example:
        >>> [m.key for m in find_mentions("Moscow violated the U.N. Charter.", 0)]
        ['RUS']
        >>> [m.key for m in find_mentions("The U.N. said it would help.", 0)]
        ['United Nations']
    """
    info = m.info
    if m.kind != "org" or info is None or info.kind != "international-organization":
        return False
    if not re.fullmatch(r"[A-Z](?:[A-Z.]){1,5}", m.text):
        return False
    after = re.match(r"\s+([A-Za-z-]+)", sentence[m.end - offset :])
    if after is None:
        return False
    word = after.group(1)
    if word == "Charter":
        return True
    if (
        word in ("Ambassador", "Envoy", "Representative", "Mission", "Delegation")
        and info.name == "United Nations"
        and re.search(r"['’]s\s+$", sentence[: m.start - offset])
    ):
        return True  # "Sudan's U.N. Ambassador X backed": Sudan's envoy
    return (
        info.name == "United Nations"
        and word.islower()
        and word not in _VERB_FORMS
        and not (re.search(r"(?:ed|es)$", word) and not word.endswith("ies"))
    )


def _shouted(sentence: str, offset: int, m: Mention) -> bool:
    """True for a two-letter acronym ("IS") in a line written in capitals, or before what a
    verb takes ("the US IS ready"), where it is a word.

    Example:
        >>> [m.key for m in find_mentions("WHAT IS NEXT FOR NATO", 0)]
        ['NATO']
        >>> [m.key for m in find_mentions("Jets struck IS targets.", 0)]
        ['Islamic State']
    """
    if m.kind != "org" or not re.fullmatch(r"[A-Z]{2}", m.text):
        return False
    if m.text == "IS" and re.match(_VERB_AFTER_IS, sentence[m.end - offset :]):
        return True  # "the US IS ready to help": an emphatic verb
    letters = [c for c in sentence if c.isalpha()]
    return sum(c.isupper() for c in letters) > 0.6 * len(letters)


# What follows an emphatic "IS" used as a verb ("IS ready", "IS not")
_VERB_AFTER_IS = (
    r"\s+(?:not|ready|committed|prepared|willing|able|going|very|still|also|now|clear|true"
    r"|here|back)\b"
)


def _programme(sentence: str, offset: int, m: Mention) -> bool:
    """True for a company's one-word short name that names a programme ("under the Halcon
    programme"), not the company.

    Example:
        >>> [m.key for m in find_mentions("Spain buys jets under the Halcon programme.", 0)]
        ['ESP']
        >>> [m.key for m in find_mentions("Halcon Systems won the contract.", 0)]
        ['Halcon Systems']
    """
    info = m.info
    if m.kind != "org" or info is None or info.kind != "company" or " " in m.text.strip():
        return False
    if m.text == info.name:
        return False
    before = sentence[max(0, m.start - offset - 4) : m.start - offset]
    return before.lower() == "the " and bool(
        re.match(r"\s+(?:programme|program|project|scheme)\b", sentence[m.end - offset :])
    )


_VERB_FORMS = {
    "said", "says", "has", "had", "is", "was", "will", "would", "can", "could", "must", "should",
    "did", "does", "voted", "adopted", "warned", "called", "urged",
}  # fmt: skip
# Capitalized words that open a sentence or clause, not a given name ("When Jordan signed")
_SENTENCE_WORDS = {
    "The", "A", "An", "In", "On", "At", "And", "But", "With", "From", "For", "To", "When",
    "After", "Before", "While", "As", "If", "Since", "Although", "Though", "Because", "Once",
    "Until", "Unlike", "Like", "Meanwhile", "Then", "Or", "Nor", "By", "Under", "During",
    "Against", "Between", "Over", "Through", "Within", "Without", "Where", "Whether", "Why",
    "How", "Only", "Even", "Also", "Yet", "So", "Both", "Neither", "Including", "Besides",
    # a day or month before a state opens the sentence ("On Tuesday Peru signed")
    *CALENDAR_NAMES,
}  # fmt: skip


_SLASH_PAIR = re.compile(r"(?P<base>.*?[\d ])(?P<a>[A-Z])/(?P<b>[A-Z])")


def _slash_variants(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """Two variants a lexicon name joins with a slash are two systems: "Gripen C/D" is the
    Gripen C and the Gripen D, as designators are ("F-16A/B"); "F/A-18E/F" names one aircraft.

    Example:
        >>> [m.key for m in find_mentions("It flies Gripen C/D and F-16A/B jets.", 0)]
        ['Gripen C', 'Gripen D', 'F-16A', 'F-16B']
    """
    names: dict[str, str] = _config()["system_names"]  # type: ignore[assignment]
    out: list[Mention] = []
    for m in found:
        pair = _SLASH_PAIR.fullmatch(m.key) if m.kind == "system" else None
        slash = m.text.find("/")
        if pair and slash > 0 and pair["a"] != pair["b"] and not m.key.startswith("F/A-"):
            base, a, b = pair.group("base"), pair.group("a"), pair.group("b")
            cut = m.start + slash
            first = replace(m, end=cut, text=m.text[:slash], key=names.get(base + a, base + a))
            second = replace(m, start=cut + 1, text=m.text[slash + 1 :])
            out += [first, replace(second, key=names.get(base + b, base + b))]
        else:
            out.append(m)
    return out


def _subsidiaries(sentence: str, offset: int, found: list[Mention]) -> list[Mention]:
    """ "Hanwha Defense Australia": a company named with a country is that company's subsidiary."""
    out: list[Mention] = []
    for m in found:
        prev = out[-1] if out else None
        if (
            prev is not None
            and m.kind == "nation"
            and m.form == "name"
            and prev.kind == "org"
            and prev.info is not None
            and prev.info.kind == "company"
            and sentence[prev.end - offset : m.start - offset] == " "
        ):
            name = f"{prev.info.name} {m.text}"
            org = Org(name, "company", prev.info.name, m.key, False, ())
            out[-1] = Mention(prev.start, m.end, name, "org", name, "found", org=org)
            continue
        out.append(m)
    return out
