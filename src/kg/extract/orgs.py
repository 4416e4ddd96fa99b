"""Organizations the lexicon does not know, found by the shape of their names.

A run of capitalized words ending in a head word of patterns.toml [organizations]
("Shahed Aviation Industries", "Defence Acquisition Council", "Senate of the Philippines")
names an organization; the head decides its kind. Leading nationality words give its
country and are not part of the name ("Iranian drone maker Shahed ..." is not). A party
name that many states share takes its state's name ("Norway's Labour Party" is the Labour
Party of Norway), as the gold names the "Social Democratic Party of Switzerland". A name that
is only generic words of government ("Foreign Ministry") is state apparatus, not a body.

Example:
    >>> [(o.name, o.kind) for _s, _e, o in find_orgs("It hired Korvet Dock Shipbuilders.")]
    [('Korvet Dock Shipbuilders', 'company')]
    >>> [o.country for _s, _e, o in find_orgs("India's Defence Capability Council met.")]
    ['IND']
    >>> find_orgs("The Chinese Foreign Ministry said so.")
    []
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from kg.dates import CALENDAR_NAMES
from kg.lexicon import Org, load_lexicon

_GENERIC = {
    "Foreign", "Defense", "Defence", "Ministry", "Office", "Department", "Affairs", "Interior",
    "Trade", "Commerce", "Finance", "Economy", "National", "Security", "Council", "State",
    "Federal", "Home", "Justice", "Armed", "Forces", "Military", "Joint", "Staff", "General",
    "Headquarters", "Public", "Government", "Presidential", "The", "Prime", "Minister",
    "Cabinet", "Service", "Services", "Agency", "Command", "Administration", "Board", "Group",
    "Carrier", "Strike", "Battle", "Task", "Force", "Air", "Army", "Navy", "Coast", "Guard",
    "Naval", "Maritime", "Land", "Space", "Electronic", "Mission", "Combat", "Integrated",
    "Advanced", "Strategic", "Tactical", "Missile", "Missiles", "Aerospace", "Aviation",
}  # fmt: skip
_WORD = r"[A-Z][\w&'’.-]*"
_ON = {"Committee", "Commission", "Panel", "Council"}  # "Cabinet Committee on Security"
_APPARATUS = {"Ministry", "Department"}  # a state's own: "the Philippine Department of ..."
# The form of a state's official name before the name itself ("the Republic of Armenia")
_STATE_FORM = re.compile(
    r"^(?:(?:Federal|Islamic|Democratic|United|Socialist)\s+)*"
    r"(?:Republic|Kingdom|Federation|State|Sultanate|Emirate|Commonwealth)\s+of\s+(?:the\s+)?"
)
# An office holder before the body they hold office in ("Secretary of the Supreme National
# Security Council", "Chairman of the Joint Chiefs"), or its people ("Leaders of the Group of
# Seven"): the name starts after it.
_OFFICE_OF = re.compile(
    r"^(?:(?:Deputy|Vice|Acting|Former|Managing|Executive)\s+)?(?:Secretary|Chairman|Chairwoman"
    r"|Chair|Head|Director|CEO|(?:Director|Secretary)[-\s]General"  # ("Director-General of")
    r"|President|Minister|Spokesman|Spokeswoman|Spokesperson|Commander|Chief|Member|Members"
    r"|Leaders?|Heads|Ministers|Presidents|Representatives|Delegates|Delegations|Envoys|Officials)"
    r"(?:\s+and\s+(?:CEO|Chief\s+Executive(?:\s+Officer)?|Managing\s+Director|President))?"
    r"\s+of\s+(?:the\s+)?(?=[A-Z])"
    # ("Chairman and CEO of Dassault Aviation"; "Chairman Joint Chiefs of Staff Committee")
    r"|^(?:Chairman|Chairwoman)\s+(?=(?:[A-Z][\w-]*\s+){0,3}(?:Joint|Committee|Chiefs|Board"
    r"|Council|Commission)\b)"  # (not "Chairwoman Liu of the Taiwan Affairs Office")
)
# Words that open a document's title, not a body's name
_DOCUMENTS = frozenset(
    ("Framework", "Agreement", "Memorandum", "Treaty", "Declaration", "Protocol", "Accord",
     "Arrangement", "Convention", "Charter", "Statement", "Communiqué", "Roadmap")
)  # fmt: skip
_DETERMINERS = {"The", "the", "A", "An", "This", "That", "Its", "Their", "His", "Her", "Our"}
# Capitalized prepositions (a sentence's first word) before a name ("At the Ministry of Defence")
_OPENING_PREPOSITIONS = {
    "At", "In", "On", "From", "With", "By", "During", "Under", "After", "Before", "Inside",
    "Outside", "Within", "Following", "Through", "Since", "Without",
}  # fmt: skip
_LEGAL = {
    "Ltd",
    "Limited",
    "Inc",
    "Corp",
    "Co",
    "plc",
    "PLC",
    "AG",
    "GmbH",
    "SA",
    "S.A",
    "AB",
    "ASA",
    "AS",
    "A/S",
    "Oy",
    "Oyj",
}

# Words that describe a party or movement before its name, capitalised at a sentence's start
# or in a headline, not part of the name
_DESCRIPTORS = frozenset(
    {"Islamist", "Leftist", "Rightist", "Marxist", "Maoist", "Separatist", "Ruling",
     "Opposition", "Governing", "Hardline"}
)  # fmt: skip


# Offices that open a person's description ("President X of France"), never a body's name
_PERSON_TITLES = frozenset(
    {"President", "Prime", "Minister", "Chancellor", "King", "Queen", "Emir", "Premier", "Crown",
     "Sultan", "Vice"}
)  # fmt: skip

_LEGAL_SPELLED = {"Corp": "Corporation", "Co": "Company", "Ltd": "Limited", "Inc": "Incorporated"}


@cache
def _config() -> dict[str, object]:
    lex = load_lexicon()
    cfg = lex.patterns.get("organizations", {})
    heads: dict[str, str] = {}
    kinds = ("company", "legislature", "political-party", "armed-group", "government-body")
    for kind in (*kinds, "military-branch"):
        for word in cfg.get(kind, []):
            heads.setdefault(word, kind)
    connectors = "|".join(re.escape(c) for c in cfg.get("connectors", ["of", "and"]))
    names: dict[str, str] = {}
    for nation in lex.nations.values():
        for n in (*nation.names, *nation.demonyms, *nation.metonyms):
            names.setdefault(n, nation.code)
    labels = {nation.label for nation in lex.nations.values()}
    for n in list(names):  # a short alias that ends another state's name ("Korea", the end of
        if n not in labels and any(  # "North Korea"): a word of the owner "South Korea's", no
            o != n and o.endswith(" " + n) and names[o] != names[n] for o in names
        ):  # owner itself (but "Turkey", the end of "Republic of Turkey", stays)
            del names[n]
    return {
        "heads": heads,
        "gov": [w for w in cfg.get("government_words", [])],
        "units": frozenset(cfg.get("military_units", [])),
        "rx": re.compile(rf"(?<![\w-]){_WORD}(?:\s+(?:(?:{connectors})\s+)*{_WORD})+"),
        "nations": names,
        "state_names": frozenset(n for nation in lex.nations.values() for n in nation.names),
        "demonyms": frozenset(d for nation in lex.nations.values() for d in nation.demonyms),
        "owners": {
            a: o.country for o in lex.orgs.values() if o.country for a in (o.name, *o.aliases)
        },
        "venues": tuple(cfg.get("venues", [])),
        "generic": frozenset(cfg.get("generic_names", [])),
        "known": frozenset(a for o in lex.orgs.values() for a in (o.name, *o.aliases))
        | {a for x in lex.systems.values() for a in (x.name, *x.aliases)},
        # (a company may be named after its product: "Javelin Joint Venture")
        "known_orgs": frozenset(a for o in lex.orgs.values() for a in (o.name, *o.aliases)),
    }


def _kind(words: list[str], cfg: dict[str, object]) -> str:
    heads: dict[str, str] = cfg["heads"]  # type: ignore[assignment]
    name = " ".join(words)
    if any(g in name for g in cfg["gov"]):  # type: ignore[attr-defined]
        return "government-body"
    kinds = [heads[w] for w in words if w in heads]
    for kind in ("legislature", "political-party", "armed-group", "government-body"):
        if kind in kinds and heads.get(words[-1]) != "company":
            return kind
    return kinds[-1] if kinds else "company"


def _nation_word(word: str) -> str:
    return re.sub(r"['’]s?$", "", word)


@lru_cache(maxsize=4)
def _shapes(known: frozenset[str]) -> tuple[list[int], frozenset[str]]:
    """The lengths of the known names and the known names of several words."""
    return sorted({len(k) for k in known}), frozenset(k for k in known if " " in k)


def _segments(
    words: list[tuple[str, int]], heads: dict[str, str], known: frozenset[str]
) -> list[list[tuple[str, int]]]:
    """Split "A Industries and B Systems" or "Group of Seven and the European Union" in two;
    keep "Research and Development"."""
    for i, (w, _) in enumerate(words):
        own = next((j + 1 for j in range(i - 1, -1, -1) if _POSSESSIVE.search(words[j][0])), 0)
        if w == "for" and " ".join(x for x, _ in words[own:i] if x not in _DETERMINERS) in known:
            # "Kongsberg Defence & Aerospace for the National Advanced Surface-to-Air Missile
            # System": a known name, then what it was hired for
            return [words[:i]]
        if w not in ("and", "&"):
            continue
        if w == "&" and i + 1 < len(words) and re.fullmatch(r"Co\.?|Cie\.?", words[i + 1][0]):
            return [words[:i]]  # "Lürssen Werft GmbH & Co. KG": the firm, then its legal form
        left = " ".join(x for x, _ in words[:i])
        rest = words[i + 1 :]
        while rest and rest[0][0] in ("the", "The"):
            rest = rest[1:]
        right = " ".join(x for x, _ in rest)
        lengths, multiword = _shapes(known)
        left_named = (
            left in known
            or (bool(left) and re.sub(r"['’]s$", "", left.split()[-1]) in known)
            or any(left[-n - 1 : -n] == " " and left[-n:] in multiword for n in lengths)
        )
        right_named = any(  # (a whole name: "Avio" is not the start of "Avionics")
            right[:n] in known and (n == len(right) or not right[n].isalnum())
            for n in lengths
            if n <= len(right)
        )
        state_before = (  # "the Government of the Republic of Yemen and the Southern
            # Transitional Council": a state's government, then another party
            i + 1 < len(words)
            and words[i + 1][0] in ("the", "The")
            and words[i - 1][0] in _config()["nations"]  # type: ignore[operator]
        )
        states: frozenset[str] = _config()["state_names"]  # type: ignore[assignment]
        state_after = (  # "the Japan Ministry of Defense and the Republic of Korea (ROK)
            # Ministry of National Defense": a body, then a state's own
            i + 1 < len(words)
            and words[i + 1][0] in ("the", "The")
            and any(
                right[:n] in states and (n == len(right) or not right[n].isalnum())
                for n in range(1, len(right) + 1)
                if right[n - 1 : n].isalpha()
            )
        )
        if (
            right_named
            or state_before
            or state_after
            or (  # (a known name after "and" ends the run before it: "Defence
                (any(x in heads for x, _ in words[:i]) or left_named)  # Minister X and Thales")
                and any(x in heads for x, _ in rest)
                and w == "and"  # ("GS Engineering & Construction Corp.": one firm)
            )
        ):
            return [words[:i], *_segments(rest, heads, known)]
    return [words]


def _org(words: list[tuple[str, int]], cfg: dict[str, object]) -> tuple[int, int, Org] | None:
    heads: dict[str, str] = cfg["heads"]  # type: ignore[assignment]
    nations: dict[str, str] = cfg["nations"]  # type: ignore[assignment]
    country = None
    adjective = None
    original = list(words)
    owners: dict[str, str] = cfg["owners"]  # type: ignore[assignment]
    inner = _last_possessive(words)
    if inner is not None:  # "the Treasury Department's Office of ...": owned by the department
        owner = _nation_word(words[inner][0])
        country = nations.get(owner, owners.get(owner))
        words = words[inner + 1 :]
        if country:
            return _finish(words, cfg, country)
    lead: list[tuple[str, int]] = []  # the state's or capital's name words before the rest
    while words and (
        words[0][0] in _DETERMINERS
        or _nation_word(words[0][0]) in nations
        or (_nation_word(words[0][0]) in owners and words[0][0] != _nation_word(words[0][0]))
    ):
        adjective = words[0] if words[0][0] in cfg["demonyms"] else None  # type: ignore[operator]
        first = words.pop(0)
        plain = first[0] not in _DETERMINERS and first[0] not in cfg["demonyms"]  # type: ignore[operator]
        lead = [*lead, first] if plain and first[0] == _nation_word(first[0]) else []
        word = _nation_word(first[0])  # "PLA's Eastern Theater Command": China's
        country = nations.get(word, owners.get(word, country))
    if country and len(words) == 1 and heads.get(words[0][0]) == "legislature":
        words = [w for w in original if w[0] not in _DETERMINERS]  # "the Philippine Senate"
        tokens = [w for w, _ in words]
        end = words[-1][1] + len(words[-1][0])
        return words[0][1], end, Org(" ".join(tokens), "legislature", None, country, False, ())
    found = _finish(words, cfg, country)
    if (
        found
        and lead
        and found[2].kind == "company"
        and found[0] == words[0][1]
        and _known_org(found[2].name) is None
        and len(found[2].name.split()) >= 2
    ):  # "China Merchants Port Holdings", "Beijing Luo Luo Technology Development Co Ltd": a
        # company's name may open with its home state's or city's (but "U.S. Raytheon" is rare)
        named = " ".join(w for w, _ in lead) + " " + found[2].name
        return lead[0][1], found[1], replace(found[2], name=named)
    if (
        found
        and adjective
        and found[2].kind == "government-body"
        and found[0] == words[0][1]
        and not any(w in _APPARATUS for w in found[2].name.split())
        and not found[2].name.startswith(f"{adjective[0]} ")  # (the lexicon's name has it)
    ):  # "the Swedish Defence Materiel Administration": an agency's name keeps its nationality
        org = replace(found[2], name=f"{adjective[0]} {found[2].name}")
        return adjective[1], found[1], org
    return found


def _home_state_after(name: list[tuple[str, int]], rest: list[str], cfg: dict[str, object]) -> bool:
    """True when "of <state>" after a company's name tells its home, not part of its name:
    "Hanwha Land Systems of South Korea" (but "Shipping Corporation of India" and "Development
    Bank of Japan" are names, unless the lexicon knows the shorter one: "Mitsubishi Corp of
    Japan").

    Example:
        >>> cfg = _config()
        >>> words = [("Hanwha", 0), ("Land", 7), ("Systems", 12)]
        >>> _home_state_after(words, ["of", "South", "Korea"], cfg)
        True
        >>> words = [("Shipping", 0), ("Corporation", 9)]
        >>> _home_state_after(words, ["of", "India"], cfg)
        False
    """
    head = name[-1][0]
    heads: dict[str, str] = cfg["heads"]  # type: ignore[assignment]
    if heads.get(head) != "company":
        return False
    if " ".join(w for w in rest[1:] if w != "the") not in cfg["nations"]:  # type: ignore[operator]
        return False
    if head not in ("Corporation", "Company", "Corp", "Co", "Bank"):
        return True
    short = " ".join(w for w, _ in name)
    bare = " ".join(w for w, _ in name[:-1])  # "Mitsubishi", "Hyundai Rotem"
    spelled = f"{bare} {_LEGAL_SPELLED[head]}" if head in _LEGAL_SPELLED else short
    return any(_known_org(n) is not None for n in (short, bare, spelled) if n)


# Company heads a name may continue with "of" ("Shipping Corporation of India", "Bank of
# America"); after the others, "of" tells where the company is
_NAMED_OF = frozenset({"Corporation", "Company", "Corp", "Co", "Bank", "Trust", "Group"})


def _finish(
    words: list[tuple[str, int]], cfg: dict[str, object], country: str | None
) -> tuple[int, int, Org] | None:
    heads: dict[str, str] = cfg["heads"]  # type: ignore[assignment]
    connectors = set(load_lexicon().patterns.get("organizations", {}).get("connectors", []))
    dated = next((i for i, (w, _) in enumerate(words) if w in CALENDAR_NAMES), len(words))
    words = words[:dated]  # "the Department of National Defense on Monday"
    if len(words) > 2 and words[0][0] in heads and words[1][0] in connectors:
        last = len(words) - 1  # "Organisation for Joint Armament Cooperation"
    else:
        last = max((i for i, (w, _) in enumerate(words) if w in heads), default=-1)
        if last >= 0 and heads[words[last][0]] == "military-branch":
            return None  # "the Guyana Defence Force", "the Armed Forces of France": the state's
        rest = [w for w, _ in words[last + 1 :]]
        if (
            last >= 1
            and len(rest) > 1
            and words[last][0].rstrip(".,") not in _LEGAL  # ("Air Tractor Inc. of Olney": where)
            and (
                rest[0] in ("of", "for", "de", "du") or (rest[0] == "on" and words[last][0] in _ON)
            )
            and all(w[:1].isupper() or w in ("of", "for", "and", "the", "on") for w in rest[1:])
            and not any(w in CALENDAR_NAMES or re.search(r"\d|\.$", w) for w in rest)
            and not _home_state_after(words[: last + 1], rest, cfg)
            and not (
                heads[words[last][0]] == "company"
                and words[last][0].rstrip(".") not in _NAMED_OF
                and rest[0] == "of"
            )  # ("Southern African Shipyards of Durban": where; "Bank of America" is a name)
        ):
            last = len(words) - 1  # "Institute for Strategic Studies", "Assembly of Hungary"
    if last < 1:
        return None
    words = words[: last + 1]
    while words and words[-1][0] in connectors:
        words = words[:-1]
    if words and re.search(r"['’]s?$", words[-1][0]):  # "the Union's": possessive ending
        words[-1] = (re.sub(r"['’]s?$", "", words[-1][0]), words[-1][1])
    tokens = [w for w, _ in words]
    if len(tokens) < 2 or tokens[0].islower() or re.search(r"\d", tokens[0]):
        return None  # "AGM-88B High-Speed Anti-Radiation ...": a system, not a body
    if any(w in cfg["units"] for w in tokens):
        return None  # "Coastal Defense Regiment of the Philippine Marine": a military unit
    nations: dict[str, str] = cfg["nations"]  # type: ignore[assignment]
    if tokens[0] in _PERSON_TITLES and any(_nation_word(w) in nations for w in tokens[1:]):
        return None  # "President Emmanuel Macron of France and the President of the European
        # Council": people and their offices, not a body
    legal = None
    if tokens[-1].rstrip(".") in _LEGAL and (
        len(tokens) > 2
        or (
            tokens[0][0].isupper()
            and tokens[0] not in cfg["nations"]  # type: ignore[operator]
            and tokens[0] not in _GENERIC
            and tokens[0] not in heads
        )
    ):  # (two words when the first is a one-word name: "AeroVironment Inc.")
        legal = tokens[-1].rstrip(".")
        tokens = tokens[:-1]  # "Mazagon Dock Shipbuilders Ltd." is Mazagon Dock Shipbuilders
        if len(tokens) > 2 and tokens[-1].rstrip(".") in ("Private", "Pvt", "Pty"):
            tokens = tokens[:-1]  # "Indo-Russia Rifles Private Limited", "... Root Pty Ltd."
        if len(tokens) > 2 and tokens[-1].rstrip(".,") == "Co" and tokens[-2] != "&":
            tokens = tokens[:-1]  # "Changzhou Utour Composite Material Co Ltd"
    office = re.match(_OFFICE_OF, " ".join(tokens))
    if office:  # "Secretary of the Supreme National Security Council": the council
        skip = len(office.group().split())
        tokens, words = tokens[skip:], words[skip:]
        if len(tokens) < 2:
            return None
    if (
        tokens[0] in ("Ministry", "Department", "Office", "Embassy", "Government")
        and any(
            _STATE_FORM.sub("", segment) in cfg["nations"]  # type: ignore[operator]
            for m in re.finditer(r"\s+of\s+(?:the\s+)?", " ".join(tokens))
            for segment in (
                " ".join(tokens)[m.end() :],
                re.split(r"\s+of\s+(?!the\s)", " ".join(tokens)[m.end() :])[0],
            )
        )
    ):
        return None  # "Ministry of Defence of the Republic of Armenia": the state's apparatus
        # ("a sale to the Government of Israel of CH-53K Heavy Lift Helicopters": Israel's)
    proper = [w for w in tokens if w[0].isupper() and w not in _GENERIC and w not in heads]
    name = " ".join(tokens)
    if name.endswith(cfg["venues"]) or name in cfg["generic"]:  # type: ignore[arg-type,operator]
        return None  # "the Changi Exhibition Centre", "the West Bank": a place; "Press Service"
    if not proper or name in cfg["known"]:  # type: ignore[operator]
        return None
    kind = _kind(tokens, cfg)
    nations: dict[str, str] = cfg["nations"]  # type: ignore[assignment]
    topical = country is not None and all(nations.get(w, country) != country for w in proper)
    if kind != "legislature" and all(w in nations for w in proper) and not topical:
        return None  # "Ministry of Defense of Japan": the state's own apparatus
    end = words[-1][1] + len(words[-1][0])
    if kind == "political-party" and country and not any(w in nations for w in tokens):
        name = f"{name} of {load_lexicon().nations[country].label}"  # many states have one
        known = _known_org(name)
        if known is not None:  # "Vietnam's Communist Party": the Communist Party of Vietnam
            return words[0][1], words[-1][1] + len(words[-1][0]), known
    spelled = _LEGAL_SPELLED.get(legal or "")
    known = _known_org(f"{name} {spelled}") if spelled else None
    if known is not None:  # "Sierra Nevada Corp." is the Sierra Nevada Corporation it knows
        return words[0][1], end, known
    if country:  # "Sweden's Defence Materiel Administration" is the Swedish one the lexicon knows
        nation = load_lexicon().nations[country]
        for prefix in (*nation.demonyms, *nation.names):  # "China Shipbuilding & ... Co"
            for full in (f"{prefix} {name}", f"{prefix} {name} {spelled}" if spelled else ""):
                known = _known_org(full) if full else None
                if known is not None:
                    return words[0][1], end, known
    return words[0][1], end, Org(name, kind, None, country, False, ())


def _known_org(name: str) -> Org | None:
    """The lexicon's organization with ``name`` as its name or an alias, if any.

    Example:
        >>> _known_org("China Shipbuilding & Offshore International Co.").name
        'China Shipbuilding & Offshore International Company'
    """
    return _orgs_by_name().get(name)


@cache
def _orgs_by_name() -> dict[str, Org]:
    out: dict[str, Org] = {}
    for o in load_lexicon().orgs.values():
        for n in (o.name, *o.aliases):
            out.setdefault(n, o)
    return out


# "the Treasury Department's", "Huntington Ingalls Industries'": a possessive word
# (not a word of the name itself: "the People's Front for Democracy and Justice", "the
# Citizens' Action Party")
_POSSESSIVE = re.compile(
    r"^(?!(?:People|Peoples|Women|Children|Veterans|Citizens|Workers|Farmers|Patriots|Soldiers"
    r"|Mothers|Students)['’]s?$).*(?:['’]s|s['’])$"
)


def _last_possessive(words: list[tuple[str, int]]) -> int | None:
    """The index of the last possessive word before the name's last word, if any."""
    inner = [i for i, (w, _) in enumerate(words[:-1]) if _POSSESSIVE.search(w)]
    return inner[-1] if inner else None


def _owner(words: list[tuple[str, int]], cfg: dict[str, object]) -> tuple[int, int, Org] | None:
    """The organization named as the owner of another ("Huntington Ingalls Industries' Newport
    News Shipbuilding" names both), unless the owner is a state or a known body."""
    inner = _last_possessive(words)
    if inner is None:
        return None
    owned = list(words[: inner + 1])
    owned[-1] = (re.sub(r"['’]s?$", "", owned[-1][0]), owned[-1][1])
    conj = [i for i, (w, _) in enumerate(owned) if w in ("and", "&")]
    if conj and any(
        _POSSESSIVE.search(w) for w, _ in owned[: conj[-1]]
    ):  # "Rheinmetall's Lynx and General
        owned = owned[conj[-1] + 1 :]  # Dynamics' ASCOD": the owner is the last conjunct
    if len(owned) == 1:
        return None  # "India's", "Boeing's": a state or a one-word name the lexicon knows
    return _org(owned, cfg)


def find_orgs(sentence: str) -> list[tuple[int, int, Org]]:
    """Find organization names by shape in ``sentence``: (start, end, Org) in local offsets."""
    cfg = _config()
    heads: dict[str, str] = cfg["heads"]  # type: ignore[assignment]
    out = []
    for m in cfg["rx"].finditer(sentence):  # type: ignore[union-attr]
        words = [(w.group(), m.start() + w.start()) for w in re.finditer(r"\S+", m.group())]
        words = [(w.rstrip(","), i) for w, i in words]
        if words and re.search(r"['’]s$", words[-1][0]):  # "the Polisario Front's campaign"
            words[-1] = (re.sub(r"['’]s$", "", words[-1][0]), words[-1][1])
        words = [(w[:-1] if w.endswith(".") and w[:-1] in heads else w, i) for w, i in words]
        if words and m.end() == len(sentence.rstrip()) and _sentence_stop(words[-1][0]):
            words[-1] = (words[-1][0][:-1], words[-1][1])  # "at Japan's Ministry of Defense."
        while words and (
            re.search(r"-[a-z]", words[0][0])
            or (words[0][0] in _DETERMINERS and len(words) > 1)
            or (words[0][0] in _DESCRIPTORS and len(words) > 2)
            or (words[0][0] in _OPENING_PREPOSITIONS and len(words) > 1)
        ):  # "U.S.-drafted", "the Algeria-backed Polisario Front", "the Islamist Popular
            # Congress Party", "Ruling Justice Party leaders": an adjective, no part of the name
            # (nor a preposition before the name: "At the Ministry of Defence, the Minister ...")
            words = words[1:]
        for segment in _segments(words, heads, cfg["known"]):  # type: ignore[arg-type]
            found = _org(list(segment), cfg)
            owner = _owner(segment, cfg)
            if owner:
                out.append(owner)
                if found and found[2].kind == owner[2].kind == "company":
                    found = (*found[:2], replace(found[2], parent=owner[2].name))
            if found and found[2].name.split()[0] in _DOCUMENTS and not _known_org(found[2].name):
                found = None  # "the Framework for U.S. Department of Defense-Maldives Ministry
                # of Defence Defense and Security Relationship": a document's title, no body
            if found:
                out.append(found)
    out += _appositions(sentence, [(a, b) for a, b, _o in out])
    out += _described(sentence, [(a, b) for a, b, _o in out])
    out += _parties(sentence, [(a, b) for a, b, _o in out])
    out += _awardees(sentence, [(a, b) for a, b, _o in out])
    return out


def _sentence_stop(word: str) -> bool:
    """Whether the period ending ``word`` ends the sentence rather than an abbreviation.

    Example:
        >>> _sentence_stop("Defense."), _sentence_stop("Corp."), _sentence_stop("U.S.")
        (True, False, False)
    """
    stem = word[:-1]
    return word.endswith(".") and len(stem) > 3 and stem.isalpha() and stem not in _LEGAL


_TITLES = {
    "President", "Chairman", "Chief", "CEO", "Executive", "Director", "Spokesman", "Spokeswoman",
    "Minister", "Secretary", "General", "Officials", "Head", "Vice", "Senior",
}  # fmt: skip
_APPOSITION = re.compile(
    r"\b(?:maker|manufacturer|company|firm|contractor|shipbuilder|shipyard|producer|supplier)"
    r"\s+((?:[A-Z][\w&.-]*[a-z0-9][\w&.-]*)(?:\s+[A-Z][\w&-]*){0,3})"
)


def _appositions(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Org]]:
    """Companies named after a description of their trade ("drone maker Vantor", "satellite
    company Skyline"), even with one word.

    Example:
        >>> [(o.name, o.kind) for _s, _e, o in _appositions("It fined drone maker Vantor.", [])]
        [('Vantor', 'company')]
    """
    cfg = _config()
    lex = load_lexicon()
    out = []
    for m in _APPOSITION.finditer(sentence):
        name = re.sub(r"(?:['’]s|\.)$", "", m.group(1))
        first = name.split()[0]
        if (
            any(a <= m.start(1) < b for a, b in taken)
            or first in CALENDAR_NAMES
            or first in _DETERMINERS
            or name in cfg["known"]  # type: ignore[operator]
            or _nation_word(first) in cfg["nations"]  # type: ignore[operator]
            or name in lex.systems
            or first in _TITLES
        ):
            continue
        org = Org(name, "company", None, None, False, ())
        out.append((m.start(1), m.start(1) + len(name), org))
    return out


_DESCRIBED = re.compile(
    r"(?<![\w&.-])(?P<name>[A-Z][\w&.-]*(?:\s+(?:(?:and|of|&)\s+)?[A-Z][\w&.-]*){0,4}),\s+"
    r"(?:an?|the)\s+"
    r"(?P<mods>(?:(?:state-owned|state-run|private|privately\s+held|family-owned|family-run"
    r"|[A-Z][\w.-]*)\s+){0,2})"
    r"(?:company|firm|subsidiary|manufacturer|maker|shipbuilder|shipyard|contractor|supplier"
    r"|producer|unit|division|business)\b(?!\s+(?:town|city|port|area|region|workers))"
)


def _described(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Org]]:
    """Companies described right after their name ("TSK Vektor, a Russian company that ...",
    "Orbex Dynamika, a state-owned firm", "IEMZ Kupol, a subsidiary of ...").

    Only the nationality adjective or "state-owned" may stand between the article and the
    noun, so "Sweden, a NATO member" or "Ankara, the Turkish capital" are no companies.

    Example:
        >>> [o.name for _s, _e, o in _described("It listed Orbex Dynamika, a Serbian firm.", [])]
        ['Orbex Dynamika']
        >>> [o.name for _s, _e, o in _described("by the Arms Agency and Tesla Ltd, a firm", [])]
        ['Tesla Ltd']
    """
    cfg = _config()
    nations: dict[str, str] = cfg["nations"]  # type: ignore[assignment]
    out = []
    for m in _DESCRIBED.finditer(sentence):
        name, start = m.group("name"), m.start("name")
        joined = list(re.finditer(r"\s+(?:and|&)\s+", name))
        left = name[: joined[-1].start()].split() if joined else []
        if joined and (
            left[-1] in cfg["heads"] or " ".join(left) in cfg["known"]  # type: ignore[operator]
        ):  # "the Armament Agency and PZL-Świdnik, a company ...": a body, then the company
            start += joined[-1].end()  # described (but "Kestrel Land and Air" is one name)
            name = name[joined[-1].end() :]
        words = name.split()
        mods = [w for w in m.group("mods").split() if w[:1].isupper()]
        if (
            any(a <= start < b or a < m.end("name") <= b for a, b in taken)
            or any(_nation_word(w) not in nations for w in mods)
            or words[0] in CALENDAR_NAMES | _DETERMINERS | _TITLES
            or name in cfg["known"]  # type: ignore[operator]
            or any(_nation_word(w) in nations for w in words)
            or (start == 0 and len(words) == 1)
            or re.fullmatch(r"[A-Z]{3}", name)  # three capitals read as a state's ISO code
        ):
            continue
        country = nations.get(_nation_word(mods[-1])) if mods else None
        org = Org(name, "company", None, country, False, ())
        out.append((start, m.end("name"), org))
    return out


# A contract announcement's awardee: "Metal Shark Boats, Jeanerette, Louisiana, is awarded"
_AWARDEE = re.compile(
    r"^\s*(?P<name>[A-Z][\w&'’.-]*(?:\s+(?:&\s+|and\s+)?[A-Z][\w&'’.-]*){0,5})"
    r"(?:\s+(?:hf|ehf|a\.s|d\.o\.o|s\.r\.o|spol\.\s+s\s+r\.o|sp\.\s+z\s+o\.o|a/s|aps|oy|ab)\.?)?"
    r",\*?\s+"  # (a lower-case legal form: "IAV hf., Reykjavik, Iceland, is awarded")
    r"(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*,\s+"
    r"(?:is|was|has\s+been|have\s+been|are|were)\s+(?:being\s+)?(?:awarded|modified|issued)\b"
)


def _awardees(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Org]]:
    """The company a contract announcement opens with, before its city and state ("Metal
    Shark Boats, Jeanerette, Louisiana, is awarded ..."), when no name was found there.

    Example:
        >>> text = "Gulf Craft Works, Franklin, Louisiana, is awarded a $9,874,250 contract."
        >>> [o.name for _s, _e, o in _awardees(text, [])]
        ['Gulf Craft Works']
        >>> text = "Javelin Joint Venture, Tucson, Arizona, was awarded a $987,513,000 contract."
        >>> [o.name for _s, _e, o in _awardees(text, [])]
        ['Javelin Joint Venture']
        >>> text = "Vela ehf., Reykjavik, Iceland, is awarded an $11,870,400 contract."
        >>> [o.name for _s, _e, o in _awardees(text, [])]
        ['Vela']
    """
    m = _AWARDEE.match(sentence)
    if m is None or any(a < m.end("name") and b > m.start("name") for a, b in taken):
        return []
    known: frozenset[str] = _config()["known_orgs"]  # type: ignore[assignment]
    words = m.group("name").split()
    last = words[-1].rstrip(".")
    if any(" ".join(words[:n]) in known for n in range(1, len(words) + 1)):
        return []  # a known company ("Bell Textron Inc.")
    name, end = m.group("name"), m.end("name")
    if len(words) > 1 and (
        last in _LEGAL or last in _LEGAL_SPELLED.values() or last in ("LLC", "LP", "L.P")
    ):  # "Swiftships LLC,* Morgan City": the company, without its legal form
        name = " ".join(words[:-1]).rstrip(",")
        end = m.start("name") + len(name)
        if name in known or _finish([(w, 0) for w in name.split()], _config(), None):
            return []  # (one the name's head already finds: "Metal Shark Boats LLC")
    return [(m.start("name"), end, Org(name, "company", None, None, False, ()))]


_PARTY = re.compile(
    r"\b[Tt]he\s+(?:(?:opposition|ruling|governing|nationalist|conservative|liberal|populist|"
    r"far-right|far-left|right-wing|left-wing|centrist|main|junior|coalition)\s+)*"
    r"(?P<name>[A-Z][\w'’-]*(?:\s+(?:and|of|for|[A-Z][\w'’-]*)){0,5})\s+(?:party|movement)\b"
)


def _parties(sentence: str, taken: list[tuple[int, int]]) -> list[tuple[int, int, Org]]:
    """Political parties named as "the <Name> party" ("the Law and Justice party", "the
    opposition Freedom movement"); the canonical name leaves out the word "party".

    Example:
        >>> text = "Lawmakers from the Forward Together party voted."
        >>> [o.name for _s, _e, o in _parties(text, [])]
        ['Forward Together']
    """
    cfg = _config()
    nations: dict[str, str] = cfg["nations"]  # type: ignore[assignment]
    out = []
    for m in _PARTY.finditer(sentence):
        name = m.group("name")
        words = name.split()
        if (
            any(a <= m.start("name") < b for a, b in taken)
            or words[-1] in ("and", "of", "for")
            or words[0] in CALENDAR_NAMES
            or any(_nation_word(w) in nations for w in words)
            or name in cfg["known"]  # type: ignore[operator]
            or re.fullmatch(r"[A-Z]{3}", name)  # three capitals read as a state's ISO code
        ):
            continue
        org = Org(name, "political-party", None, None, False, ())
        out.append((m.start("name"), m.end("name"), org))
    return out
