"""Loading and checking the curated name lists and patterns under data/lexicon/.

Everything extraction knows by name lives in those files: nation aliases, demonyms and
metonyms (``nations.tsv``, on top of pycountry's ISO 3166-1 list), organizations with kinds
and parents (``organizations.tsv``), weapon systems and families (``systems.tsv``,
``families.tsv``) and trigger words, cues and grammar (``patterns.toml``).

Example:
    >>> lex = load_lexicon()
    >>> lex.nations["KOR"].label, lex.nations["KOR"].wikidata
    ('South Korea', 'Q884')
    >>> lex.orgs["Raytheon"].parent
    'RTX'
"""

from __future__ import annotations

import csv
import re
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

from kg.errors import LexiconError
from kg.paths import resource_dir

ORG_KINDS = (
    "company",
    "government-body",
    "military-branch",
    "international-organization",
    "legislature",
    "political-party",
    "armed-group",
    "news-media",
    "non-governmental-organization",
)


#: The lists of patterns.toml [noise], each a list of regular expressions for page furniture.
NOISE_LISTS = (
    "lines",
    "link_blocks",
    "summary_blocks",
    "tail_blocks",
    "tail_ends",
    "published",
    "date_lines",
)


@dataclass(frozen=True)
class Nation:
    """A state: ISO codes, display label, Wikidata id and the names that mean it."""

    code: str
    alpha2: str
    label: str
    wikidata: str | None
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    metonyms: tuple[str, ...]


@dataclass(frozen=True)
class Org:
    """An organization row of organizations.tsv."""

    name: str
    kind: str
    parent: str | None
    country: str | None
    state_apparatus: bool
    aliases: tuple[str, ...]
    #: an apparatus that is an organization of its own in the entity lists (a named agency,
    #: command or fleet: "command" in organizations.tsv), though it acts for its state
    listed: bool = False

    @property
    def stands_for(self) -> str | None:
        """The state a ministry or armed service stands for wherever it is named (it is no
        organization of its own), else None.

        Example:
            >>> o = Org("Pentagon", "government-body", None, "USA", True, ())
            >>> o.stands_for, replace(o, listed=True).stands_for
            ('USA', None)
        """
        return self.country if self.state_apparatus and not self.listed else None


@dataclass(frozen=True)
class System:
    """A weapon system known by name (systems.tsv)."""

    name: str
    family: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Person:
    """A person who acts for a state or an organization (people.tsv)."""

    name: str
    acts_for: str
    aliases: tuple[str, ...]
    home: str | None = None  # the state a national office named before them stands for


@dataclass
class Lexicon:
    """All lexicon data, loaded once per process."""

    nations: dict[str, Nation]
    orgs: dict[str, Org]
    systems: dict[str, System]
    families: dict[str, tuple[str, ...]]
    patterns: dict[str, Any]
    root: Path
    people: dict[str, Person] = field(default_factory=dict)
    _family_prefixes: list[tuple[str, str]] = field(default_factory=list)
    _alternations: dict[tuple[Any, ...], str] = field(default_factory=dict, repr=False)
    _compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, repr=False)

    def family_of(self, designator: str) -> str | None:
        """Return the family whose prefix starts ``designator`` (longest prefix wins).

        Example:
            >>> load_lexicon().family_of("SM-6 Block IU")
            'Standard Missile'
        """
        for prefix, family in self._family_prefixes:
            if designator.startswith(prefix):
                rest = designator[len(prefix) :]
                if prefix.endswith("-") or not rest or not rest[0].isdigit():
                    return family
        return None

    def words(self, *path: str) -> list[str]:
        """Return the list at ``path`` in patterns.toml (empty when absent).

        Example:
            >>> "condemn*" in load_lexicon().words("stances", "condemns")
            True
        """
        node: Any = self.patterns
        for key in path:
            node = node.get(key, {}) if isinstance(node, dict) else {}
        return list(node) if isinstance(node, list) else []

    def compiled(self, name: str, build: Callable[[], str], flags: int = 0) -> re.Pattern[str]:
        """Return the pattern ``build()`` makes from this lexicon, compiled once per ``name``.

        Example:
            >>> lex = load_lexicon()
            >>> rx = lex.compiled("doc-example", lambda: r"\\bpact\\b", re.I)
            >>> rx is lex.compiled("doc-example", lambda: "never built again")
            True
        """
        found = self._compiled.get(name)
        if found is None:
            found = self._compiled[name] = re.compile(build(), flags)
        return found

    def alternation(self, *path: str, spaces: bool = False, longest: bool = False) -> str:
        """Return the list at ``path`` as an escaped regular-expression alternation (cached).

        ``spaces`` lets a space in a phrase match any run of white space; ``longest`` puts
        longer phrases first, so the longest phrase wins at a position.

        Example:
            >>> rx = load_lexicon().alternation("stances", "cues", "condemnations")
            >>> re.search(rf"\\b(?:{rx})\\b", "a wave of condemnation") is not None
            True
        """
        key = (path, spaces, longest)
        found = self._alternations.get(key)
        if found is None:
            words = self.words(*path)
            if longest:
                words = sorted(words, key=len)[::-1]
            parts = (re.escape(w) for w in words)
            if spaces:
                parts = (w.replace(r"\ ", r"\s+") for w in parts)
            found = self._alternations[key] = "|".join(parts)
        return found


def _split(value: str | None) -> tuple[str, ...]:
    return tuple(v.strip() for v in (value or "").split("|") if v.strip())


def _read_tsv(path: Path, key: str | None = None) -> list[dict[str, str]]:
    """The rows of a lexicon table; with ``key``, a value repeated in that column is an error
    (a second row would silently replace the first).

    Example:
        >>> import tempfile
        >>> p = Path(tempfile.mkdtemp()) / "systems.tsv"
        >>> _ = p.write_text("name\\tfamily\\nK9\\t\\nK9\\tK9\\n", encoding="utf-8")
        >>> _read_tsv(p, key="name")
        Traceback (most recent call last):
        ...
        kg.errors.LexiconError: systems.tsv: the name 'K9' is on two lines (2 and 3)
    """
    if not path.is_file():
        raise LexiconError(f"{path}: lexicon file missing")
    numbered = [
        (n, ln)
        for n, ln in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1)
        if ln.strip() and not ln.startswith("#")
    ]  # (the reader skips blank lines too, so rows and numbers stay aligned)
    lines = [ln for _n, ln in numbered]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE, restval=""))
    first: dict[str, int] = {}
    for (line, _text), row in zip(numbered[1:], rows, strict=False):
        if None in row:
            raise LexiconError(f"{path.name}: line {line} has more columns than the header")
        if key is not None:
            value = (row.get(key) or "").strip()
            if value in first:
                raise LexiconError(
                    f"{path.name}: the {key} {value!r} is on two lines ({first[value]} and {line})"
                )
            first[value] = line
    return rows


def _load_nations(root: Path) -> dict[str, Nation]:
    import pycountry

    curated = {row["iso3"]: row for row in _read_tsv(root / "nations.tsv", key="iso3")}
    nations: dict[str, Nation] = {}
    for country in pycountry.countries:
        code = country.alpha_3
        row = curated.pop(code, None)
        iso_names = {country.name, getattr(country, "common_name", country.name)}
        official = getattr(country, "official_name", None)
        if official:
            iso_names.add(official)
        # ISO names with a comma ("Korea, Republic of") never occur in running text.
        iso_names = {n for n in iso_names if "," not in n and "(" not in n}
        # "Republic of the Sudan", "Republic of the Niger": also without the article, as the
        # news writes them ("the Republic of Sudan")
        iso_names |= {re.sub(r" of the ", " of ", n) for n in iso_names if " of the " in n}
        if row:
            names = tuple(dict.fromkeys((*_split(row["aliases"]), *sorted(iso_names))))
            label = row["label"] or getattr(country, "common_name", country.name)
            nations[code] = Nation(
                code,
                country.alpha_2,
                label,
                row["wikidata"] or None,
                names,
                _split(row["demonyms"]),
                _split(row["metonyms"]),
            )
        else:
            label = getattr(country, "common_name", country.name)
            nations[code] = Nation(
                code, country.alpha_2, label, None, tuple(sorted(iso_names)), (), ()
            )
    if curated:
        raise LexiconError(f"nations.tsv: unknown ISO 3166-1 alpha-3 code(s): {', '.join(curated)}")
    return nations


def _load_orgs(root: Path) -> dict[str, Org]:
    orgs: dict[str, Org] = {}
    for row in _read_tsv(root / "organizations.tsv", key="name"):
        name = row["name"].strip()
        apparatus = row["state_apparatus"].strip().lower()
        orgs[name] = Org(
            name,
            row["kind"].strip(),
            row["parent"].strip() or None,
            row["country"].strip() or None,
            apparatus in ("yes", "command"),
            _split(row["aliases"]),
            apparatus == "command",
        )
    return _with_spellings(orgs)


#: British and American spellings of words in organization names: "Hanwha Defense Australia"
#: is the "Hanwha Defence Australia" the lexicon knows.
_SPELLINGS = (("Defence", "Defense"), ("Organisation", "Organization"), ("Centre", "Center"))


#: Legal forms a company's name may be written without ("China Shipbuilding & Offshore
#: International Company" is "China Shipbuilding & Offshore International").
_LEGAL_FORM = re.compile(
    r",?\s+(?:Company|Corporation|Co\.|Corp\.|Inc\.|Incorporated|Limited|Ltd\.?)$"
)


def _with_spellings(orgs: dict[str, Org]) -> dict[str, Org]:
    """Add the other spelling of each name, and a company's name without its legal form of
    two words or more, as aliases, unless another row already owns them.

    Example:
        >>> o = Org("Hanwha Defence Australia", "company", None, "AUS", False, ())
        >>> _with_spellings({o.name: o})[o.name].aliases
        ('Hanwha Defense Australia',)
        >>> o = Org("Electric Boat Corporation", "company", None, "USA", False, ())
        >>> _with_spellings({o.name: o})[o.name].aliases
        ('Electric Boat',)
    """
    owned = {a for o in orgs.values() for a in (o.name, *o.aliases)}
    out = {}
    for name, org in orgs.items():
        extra = []
        for form in (org.name, *org.aliases):
            bare = _LEGAL_FORM.sub("", form) if org.kind == "company" else form
            if bare != form and " " in bare and bare not in owned and bare not in extra:
                extra.append(bare)
            for a, b in _SPELLINGS:
                for old, new in ((a, b), (b, a)):
                    other = re.sub(rf"\b{old}\b", new, form)
                    if other != form and other not in owned and other not in extra:
                        extra.append(other)
        out[name] = replace(org, aliases=(*org.aliases, *extra)) if extra else org
    return out


def _load_systems(root: Path) -> tuple[dict[str, System], dict[str, tuple[str, ...]]]:
    systems = {
        row["name"]: System(row["name"], row["family"].strip() or None, _split(row["aliases"]))
        for row in _read_tsv(root / "systems.tsv", key="name")
    }
    families = {
        row["family"]: _split(row["prefixes"])
        for row in _read_tsv(root / "families.tsv", key="family")
    }
    return systems, families


def _load_patterns(root: Path) -> dict[str, Any]:
    """patterns.toml and the other ``*.toml`` files of ``root`` (stances.toml), as one table.

    Each file owns its top-level sections; a section in two files is an error.

    Example:
        >>> sorted(_load_patterns(resource_dir("lexicon")))[:3]
        ['actors', 'agreement', 'anaphora']
    """
    if not (root / "patterns.toml").is_file():
        raise LexiconError(f"{root / 'patterns.toml'}: lexicon file missing")
    patterns: dict[str, Any] = {}
    owner: dict[str, str] = {}
    for path in sorted(root.glob("*.toml"), key=lambda p: (p.name != "patterns.toml", p.name)):
        try:
            table = tomllib.loads(path.read_text(encoding="utf-8"))
        except tomllib.TOMLDecodeError as exc:
            raise LexiconError(f"{path.name}: {exc}") from exc
        for section, value in table.items():
            if section in owner:
                raise LexiconError(
                    f"{path.name}: section [{section}] is already in {owner[section]}"
                )
            owner[section] = path.name
            patterns[section] = value
    return patterns


def read_lexicon(root: Path) -> Lexicon:
    """Read and check the lexicon in folder ``root``; raise LexiconError on a problem.

    Example:
        >>> read_lexicon(resource_dir("lexicon")).orgs["NATO"].kind
        'international-organization'
    """
    patterns = _load_patterns(root)
    systems, families = _load_systems(root)
    lex = Lexicon(_load_nations(root), _load_orgs(root), systems, families, patterns, root)
    lex.people = {
        row["name"]: Person(
            row["name"],
            row["acts_for"].strip(),
            _split(row["aliases"]),
            (row.get("home") or "").strip() or None,
        )
        for row in _read_tsv(root / "people.tsv", key="name")
    }
    lex._family_prefixes = sorted(
        ((p, fam) for fam, prefixes in families.items() for p in prefixes),
        key=lambda pf: -len(pf[0]),
    )
    problems = check_lexicon(lex)
    if problems:
        raise LexiconError("; ".join(problems))
    return lex


def check_lexicon(lex: Lexicon) -> list[str]:
    """Return the problems found in a loaded lexicon (empty when it is consistent).

    Example:
        >>> check_lexicon(load_lexicon())
        []
    """
    problems: list[str] = []
    for org in lex.orgs.values():
        if org.kind not in ORG_KINDS:
            problems.append(f"organizations.tsv: {org.name}: unknown kind {org.kind!r}")
        if org.parent and org.parent not in lex.orgs:
            problems.append(f"organizations.tsv: {org.name}: parent {org.parent!r} is not a row")
        if org.country and org.country not in lex.nations:
            problems.append(f"organizations.tsv: {org.name}: unknown country {org.country!r}")
        if org.listed and not org.country:
            problems.append(f"organizations.tsv: {org.name}: a command needs its country")
        if org.name in lex.nations:  # actors are ISO codes or organization names: one space
            problems.append(f"organizations.tsv: {org.name}: the name is a nation's ISO code")
    for system in lex.systems.values():
        if (
            system.family
            and system.family not in lex.families
            and system.family not in {s.family for s in lex.systems.values()}
        ):
            problems.append(f"systems.tsv: {system.name}: unknown family {system.family!r}")
    for person in lex.people.values():
        if person.acts_for not in lex.nations and person.acts_for not in lex.orgs:
            problems.append(
                f"people.tsv: {person.name}: acts_for {person.acts_for!r} "
                "is no nation or organization"
            )
        if person.home and person.home not in lex.nations:
            problems.append(f"people.tsv: {person.name}: home {person.home!r} is no nation")
    anaphora = lex.patterns.get("organizations", {}).get("anaphora", {})
    for phrase, candidates in anaphora.items():
        for name in candidates:  # ("the council": one of the bodies it may stand for)
            if name not in lex.orgs:
                problems.append(
                    f"patterns.toml: organizations.anaphora: {phrase!r}: {name!r} is no "
                    "organization row"
                )
    for section in ("agreement", "contract", "meeting", "exercise", "stances", "hedges"):
        if section not in lex.patterns:
            problems.append(f"lexicon: section [{section}] missing (patterns.toml, stances.toml)")
    for key in ("designator",):
        try:
            re.compile(lex.patterns.get("systems", {}).get(key, ""))
        except re.error as exc:
            problems.append(f"patterns.toml: systems.{key}: {exc}")
    for name in NOISE_LISTS:
        for pat in lex.words("noise", name):
            try:
                re.compile(pat)
            except re.error as exc:
                problems.append(f"patterns.toml: noise.{name}: {pat!r}: {exc}")
    seen: dict[str, str] = {}
    for org in lex.orgs.values():
        for alias in (org.name, *org.aliases):
            other = seen.setdefault(alias, org.name)
            if other != org.name:
                problems.append(f"organizations.tsv: alias {alias!r} names {other} and {org.name}")
    return problems


@cache
def load_lexicon() -> Lexicon:
    """Return the bundled lexicon (read once per process).

    Example:
        >>> "Standard Missile" in load_lexicon().families
        True
    """
    return read_lexicon(resource_dir("lexicon"))
