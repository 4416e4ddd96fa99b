"""Select what a graph view draws: entity and fact nodes, role edges, evidence per fact.

One SPARQL SELECT over the union of the store's named graphs returns typed rows
(``node``, ``attr``, ``amount``, ``edge``, ``evidence``); :func:`select_graph` folds
them into a :class:`networkx.MultiDiGraph` keyed by IRI. Evidence and article nodes are
not drawn: their sentences and headlines become data of the fact they support. The
selection can be cut to one article's named graph or to a given set of nodes.

Example:
    >>> import pyoxigraph as ox
    >>> class Store:
    ...     db = ox.Store()
    ...     def query(self, sparql):
    ...         return self.db.query(sparql, use_default_graph_as_union=True)
    >>> select_graph(Store()).number_of_nodes()
    0
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Protocol

from kg.errors import KgError

if TYPE_CHECKING:
    import networkx as nx

KG = "https://w3id.org/kg/def#"
KGR = "https://w3id.org/kg/id/"
SCHEMA = "https://schema.org/"

#: Drawn classes, most specific first: a node typed with several gets the first. Values are
#: (class name, whether it is a fact).
CLASSES: dict[str, tuple[str, bool]] = {
    f"{KG}Nation": ("Nation", False),
    f"{KG}Company": ("Company", False),
    f"{KG}GovernmentBody": ("GovernmentBody", False),
    f"{KG}MilitaryBranch": ("MilitaryBranch", False),
    f"{KG}InternationalOrganization": ("InternationalOrganization", False),
    f"{KG}Legislature": ("Legislature", False),
    f"{KG}PoliticalParty": ("PoliticalParty", False),
    f"{KG}ArmedGroup": ("ArmedGroup", False),
    f"{KG}NewsMedia": ("NewsMedia", False),
    f"{KG}NonGovernmentalOrganization": ("NonGovernmentalOrganization", False),
    f"{KG}Organization": ("Organization", False),
    f"{KG}WeaponSystem": ("WeaponSystem", False),
    f"{KG}SystemFamily": ("SystemFamily", False),
    f"{KG}FundingMechanism": ("FundingMechanism", False),
    f"{SCHEMA}Place": ("Place", False),
    f"{KG}Topic": ("Topic", False),
    f"{KG}Agreement": ("Agreement", True),
    f"{KG}Contract": ("Contract", True),
    f"{KG}Meeting": ("Meeting", True),
    f"{KG}Exercise": ("Exercise", True),
    f"{KG}Stance": ("Stance", True),
}

#: Edge properties (in the kg: namespace) and the role label drawn on the edge.
ROLES: dict[str, str] = {
    "party": "party",
    "announcedBy": "announced by",
    "awardee": "awardee",
    "awarder": "awarder",
    "customer": "customer",
    "participant": "participant",
    "actor": "actor",
    "target": "target",
    "system": "system",
    "funding": "funding",
    "location": "location",
    "variantOf": "variant of",
    "family": "family",
    "developer": "developer",
    "sharesComponentsWith": "shares components",
    "parentOrganization": "parent",
    "country": "country",
}

#: Evidence sentences kept per fact (the total is kept as ``evidence_count``).
EVIDENCE_CAP = 20

_ATTRS = {"label": "rdfs:label", "iso": "kg:isoCode", "date": "kg:date"}
_TYPE_PROPERTIES = ("kg:agreementType", "kg:purpose", "kg:stanceType")


class QueryableStore(Protocol):
    """Anything with ``query(sparql)`` returning pyoxigraph QuerySolutions over the union."""

    def query(self, sparql: str) -> Iterable[Any]:
        """Run a SPARQL query over the union of the named graphs."""
        ...


def _sparql(*, graph: str | None = None, nodes: Iterable[str] | None = None) -> str:
    classes = " ".join(f"<{iri}>" for iri in CLASSES)
    roles = " ".join(f'(kg:{prop} "{label}")' for prop, label in ROLES.items())
    attrs = " ".join(f'("{key}" {prop})' for key, prop in _ATTRS.items())
    types = " ".join(_TYPE_PROPERTIES)
    values = ""
    if nodes is not None:
        values = "VALUES ?node { " + " ".join(f"<{_checked_iri(n)}>" for n in nodes) + " }"
    open_graph = f"GRAPH <{_checked_iri(graph)}> {{" if graph else ""
    close_graph = "}" if graph else ""
    return f"""
PREFIX kg: <{KG}>
PREFIX schema: <{SCHEMA}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
SELECT DISTINCT ?row ?node ?key ?value ?currency ?target
                ?evidence ?sentence ?begin ?rule ?article ?headline ?url ?path
WHERE {{ {values} {open_graph}
  {{ VALUES ?value {{ {classes} }} ?node a ?value . BIND("node" AS ?row) }}
  UNION
  {{ VALUES (?key ?p) {{ {attrs} }} ?node ?p ?value . BIND("attr" AS ?row) }}
  UNION
  {{ VALUES ?p {{ {types} }} ?node ?p ?value . BIND("type" AS ?key) BIND("attr" AS ?row) }}
  UNION
  {{ ?node kg:amount ?amount . ?amount schema:value ?value .
     OPTIONAL {{ ?amount schema:currency ?currency }} BIND("amount" AS ?row) }}
  UNION
  {{ VALUES (?p ?key) {{ {roles} }} ?node ?p ?target . BIND("edge" AS ?row) }}
  UNION
  {{ ?node kg:evidence ?evidence . ?evidence nif:anchorOf ?sentence .
     OPTIONAL {{ ?evidence nif:beginIndex ?begin }}
     OPTIONAL {{ ?evidence kg:rule ?rule }}
     OPTIONAL {{ ?evidence kg:article ?article .
                OPTIONAL {{ ?article schema:headline ?headline }}
                OPTIONAL {{ ?article schema:url ?url }}
                OPTIONAL {{ ?article kg:sourcePath ?path }} }}
     BIND("evidence" AS ?row) }}
  UNION
  {{ ?node kg:mentionedIn ?article . BIND("mention" AS ?row) }}
{close_graph} }}"""


SPARQL = _sparql()


def _outline_sparql(*, graph: str | None = None) -> list[str]:
    """The outline's queries, one per kind of row (one UNION would make all rows distinct)."""
    classes = " ".join(f"<{iri}>" for iri in CLASSES)
    roles = " ".join(f'(kg:{prop} "{label}")' for prop, label in ROLES.items())
    attrs = " ".join(f'("{key}" {prop})' for key, prop in _ATTRS.items())
    where = f"GRAPH <{_checked_iri(graph)}> " if graph else ""
    head = f"PREFIX kg: <{KG}>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    rows = [
        ("node", "?node ?value", f"VALUES ?value {{ {classes} }} ?node a ?value"),
        ("attr", "?node ?key ?value", f"VALUES (?key ?p) {{ {attrs} }} ?node ?p ?value"),
        ("edge", "?node ?key ?target", f"VALUES (?p ?key) {{ {roles} }} ?node ?p ?target"),
    ]
    queries = [
        f'{head}SELECT DISTINCT ("{row}" AS ?row) {names} WHERE {{ {where}{{ {pattern} }} }}'
        for row, names, pattern in rows
    ]
    counts = [
        ("sources", "?node kg:evidence ?evidence . ?evidence kg:article ?article"),
        ("mentions", "?node kg:mentionedIn ?article"),
    ]
    queries += [
        f'{head}SELECT ("{row}" AS ?row) ?node (COUNT(DISTINCT ?article) AS ?value) '
        f"WHERE {{ {where}{{ {pattern} }} }} GROUP BY ?node"
        for row, pattern in counts
    ]
    return queries


def select_outline(store: QueryableStore, *, article: str | None = None) -> nx.MultiDiGraph:
    """The graph :func:`select_graph` returns without evidence, types and amounts: for cuts.

    Nodes have ``class``, ``fact``, ``label``, ``name``, ``iso``, ``date`` and ``sources``
    as there, and the edges are the same, so the cuts of :mod:`kg.view.cut` choose the same
    nodes on it; the articles are counted inside the store instead of row by row in
    Python, which makes it several times faster to read from a large store.

    Example:
        >>> import pyoxigraph as ox
        >>> class Store:
        ...     db = ox.Store()
        ...     def query(self, sparql):
        ...         return self.db.query(sparql, use_default_graph_as_union=True)
        >>> select_outline(Store()).number_of_nodes()
        0
    """
    queries = _outline_sparql(graph=article)
    return _fold(itertools.chain.from_iterable(map(store.query, queries)), outline=True)


def _checked_iri(iri: str) -> str:
    if not iri or any(ch in iri for ch in '<>"{}|^`\\ \n\t'):
        raise KgError(f"not an IRI: {iri!r}")
    return iri


def _text(solution: Any, name: str) -> str | None:
    term = solution[name]
    return None if term is None else str(term.value)


def _local_name(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _amount(value: str, currency: str | None) -> str:
    try:
        number = f"{Decimal(value):,}"
    except (InvalidOperation, ValueError):
        number = value
    return f"{number} {currency}" if currency else number


def _begin(value: str | None) -> int:
    try:
        return int(value) if value is not None else -1
    except ValueError:
        return -1


@dataclass
class _Evidence:
    """What the rows say about one sentence of one article: where, and which rules read it."""

    begin: int
    headline: str | None = None
    url: str | None = None
    path: str | None = None
    rules: set[str] = field(default_factory=set)

    def data(self) -> dict[str, Any]:
        rule = ", ".join(sorted(self.rules)) or None
        return {"headline": self.headline, "url": self.url, "path": self.path, "rule": rule}


def _first(old: str | None, new: str | None) -> str | None:
    return new if old is None or (new is not None and new < old) else old


def _add_evidence(found: dict[tuple[str, str], _Evidence], key: tuple[str, str], row: Any) -> None:
    """Fold one evidence row into ``found``: the earliest offset, one value of each field."""
    begin = _begin(_text(row, "begin"))
    seen = found.setdefault(key, _Evidence(begin))
    seen.begin = min(seen.begin, begin)
    seen.headline = _first(seen.headline, _text(row, "headline"))
    seen.url = _first(seen.url, _text(row, "url"))
    seen.path = _first(seen.path, _text(row, "path"))
    if (rule := _text(row, "rule")) is not None:
        seen.rules.add(rule)


def select_graph(
    store: QueryableStore, *, article: str | None = None, nodes: Iterable[str] | None = None
) -> nx.MultiDiGraph:
    """Return the drawable graph of a store: entity and fact nodes joined by role edges.

    Nodes are keyed by IRI with data ``class``, ``fact`` (bool), ``label`` (nations as
    ``"South Korea (KOR)"``), ``name`` (the label as written), ``iso``, ``date``,
    ``type``, ``amount`` (multi-valued ones ``|``-joined and sorted), ``evidence`` (at
    most :data:`EVIDENCE_CAP` dicts of ``sentence``, ``article`` and its ``headline``,
    ``url`` and source ``path``, and the extraction ``rule``),
    ``evidence_count`` and ``sources`` (articles whose evidence states a fact, or that
    mention an entity). Edges go from a fact (or entity) to what it names, keyed and
    labelled by ``role``. ``article`` (an article IRI) reads only that article's named
    graph; ``nodes`` (IRIs) keeps only those nodes. All strings are raw article text:
    escape before putting them in HTML.

    Example:
        >>> import pyoxigraph as ox
        >>> class Store:
        ...     db = ox.Store()
        ...     def query(self, sparql):
        ...         return self.db.query(sparql, use_default_graph_as_union=True)
        >>> s = Store()
        >>> s.db.load(b'<https://w3id.org/kg/id/nation/KOR> a <https://w3id.org/kg/def#Nation> ;'
        ...     b' <http://www.w3.org/2000/01/rdf-schema#label> "South Korea" ;'
        ...     b' <https://w3id.org/kg/def#isoCode> "KOR" .',
        ...     format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/kg/id/a"))
        >>> select_graph(s).nodes["https://w3id.org/kg/id/nation/KOR"]["label"]
        'South Korea (KOR)'
    """
    sparql = SPARQL if article is None and nodes is None else _sparql(graph=article, nodes=nodes)
    return _fold(store.query(sparql))


def _fold(solutions: Iterable[Any], *, outline: bool = False) -> nx.MultiDiGraph:
    """Fold the rows of :data:`SPARQL` (or of the outline query) into the drawable graph."""
    import networkx as nx

    classes: dict[str, str] = {}
    attrs: dict[tuple[str, str], set[str]] = {}
    edges: set[tuple[str, str, str]] = set()
    evidence: dict[str, dict[tuple[str, str], _Evidence]] = {}
    mentions: dict[str, set[str]] = {}
    counted: dict[tuple[str, str], int] = {}
    rank = {name: i for i, (name, _) in enumerate(CLASSES.values())}
    for solution in solutions:
        row, node = _text(solution, "row"), _text(solution, "node")
        if node is None:
            continue
        value = _text(solution, "value")
        if row == "node" and value in CLASSES:
            name = CLASSES[value][0]
            if node not in classes or rank[name] < rank[classes[node]]:
                classes[node] = name
        elif row == "attr" and value is not None:
            key = str(_text(solution, "key"))
            attrs.setdefault((node, key), set()).add(_local_name(value) if key == "type" else value)
        elif row == "amount" and value is not None:
            attrs.setdefault((node, "amount"), set()).add(
                _amount(value, _text(solution, "currency"))
            )
        elif row == "edge" and (target := _text(solution, "target")) is not None:
            edges.add((node, target, str(_text(solution, "key"))))
        elif row == "evidence":
            sentence, source = str(_text(solution, "sentence")), _text(solution, "article") or ""
            _add_evidence(evidence.setdefault(node, {}), (source, sentence), solution)
        elif row == "mention" and (source := _text(solution, "article")) is not None:
            mentions.setdefault(node, set()).add(source)
        elif row in ("sources", "mentions"):
            counted[(node, str(row))] = int(_text(solution, "value") or 0)

    def joined(node: str, key: str) -> str | None:
        values = attrs.get((node, key))
        return "|".join(sorted(values)) if values else None

    graph = nx.MultiDiGraph()
    fact_names = {name for name, fact in CLASSES.values() if fact}
    for node in sorted(classes):
        name = classes[node]
        labels = attrs.get((node, "label"))
        written = min(labels, key=lambda s: (len(s), s)) if labels else _local_name(node)
        iso = joined(node, "iso")
        label = f"{written} ({iso})" if iso and name == "Nation" else written
        data = {
            "class": name,
            "fact": name in fact_names,
            "label": label,
            "name": written,
            "iso": iso,
            "date": joined(node, "date"),
        }
        if outline:
            sources = counted.get((node, "sources")) or counted.get((node, "mentions"), 0)
            graph.add_node(node, **data, sources=sources)
            continue
        found = evidence.get(node, {})
        ordered = sorted(found.items(), key=lambda item: (item[0][0], item[1].begin, item[0][1]))
        graph.add_node(
            node,
            **data,
            type=joined(node, "type"),
            amount=joined(node, "amount"),
            evidence=[
                {"sentence": sentence, "article": source or None, **seen.data()}
                for (source, sentence), seen in ordered[:EVIDENCE_CAP]
            ],
            evidence_count=len(found),
            sources=len({source for source, _ in found if source} or mentions.get(node, ())),
        )
    for source, target, role in sorted(edges):
        if source in classes and target in classes:
            graph.add_edge(source, target, key=role, role=role)
    return graph


_ARTICLES = f"""
PREFIX kg: <{KG}>
PREFIX schema: <{SCHEMA}>
SELECT ?article ?path ?headline WHERE {{
  ?article a kg:Article .
  OPTIONAL {{ ?article kg:sourcePath ?path }}
  OPTIONAL {{ ?article schema:headline ?headline }}
}}"""


def resolve_article(store: QueryableStore, ref: str) -> str:
    """Return the IRI of the article ``ref`` names: its id, IRI, ``kgr:`` name, path or title.

    The source path matches as given at ingest or by file name; the title matches whole,
    ignoring case. Raises :class:`~kg.errors.KgError` when no article, or several, match.

    Example:
        >>> import pyoxigraph as ox
        >>> class Store:
        ...     db = ox.Store()
        ...     def query(self, sparql):
        ...         return self.db.query(sparql, use_default_graph_as_union=True)
        >>> s = Store()
        >>> s.db.load(b'<https://w3id.org/kg/id/article/ab12> a <https://w3id.org/kg/def#Article> ;'
        ...     b' <https://w3id.org/kg/def#sourcePath> "data/articles/seed.txt" .',
        ...     format=ox.RdfFormat.TURTLE, to_graph=ox.NamedNode("https://w3id.org/kg/id/a"))
        >>> resolve_article(s, "seed.txt")
        'https://w3id.org/kg/id/article/ab12'
        >>> resolve_article(s, "ab12") == resolve_article(s, "kgr:article/ab12")
        True
    """
    wanted = ref.strip()
    if wanted.startswith("kgr:"):
        wanted = KGR + wanted[4:]
    folded = wanted.casefold()
    found: set[str] = set()
    for solution in store.query(_ARTICLES):
        iri = str(_text(solution, "article"))
        path = _text(solution, "path") or ""
        headline = _text(solution, "headline") or ""
        if (
            wanted in (iri, iri.removeprefix(f"{KGR}article/"), path)
            or (path and path.replace("\\", "/").rsplit("/", 1)[-1] == wanted)
            or (headline and headline.casefold() == folded)
        ):
            found.add(iri)
    if not found:
        raise KgError(f"no article '{ref}' in the store (give its id, IRI, file path or title)")
    if len(found) > 1:
        shown = ", ".join(sorted(found)[:5])
        raise KgError(f"'{ref}' names {len(found)} articles ({shown}): give the article id")
    return found.pop()
