"""Graphs from the user's own SPARQL: a CONSTRUCT (or DESCRIBE), or a SELECT with set columns.

A CONSTRUCT result is drawn as it is: ``rdf:type`` gives a node's class, ``rdfs:label``
(``skos:prefLabel``, ``schema:headline``) its label, an IRI object an edge named after the
property, a literal object a line in the node's details. A SELECT draws one edge per row
from its ``?source`` and ``?target`` columns, labelled by ``?role`` when given, and a node
for each value of a ``?node`` column, joined by the edges the store has between them.
Other columns are ignored. Nodes that are entities or facts in the store get their class,
label, dates and evidence from it.

Example:
    >>> from kg.store import EmbeddedStore
    >>> g = query_graph(EmbeddedStore.in_memory(),
    ...     "SELECT ?source ?target { VALUES (?source ?target) { (<urn:a> <urn:b>) } }")
    >>> sorted(g.edges(keys=True))
    [('urn:a', 'urn:b', 'link')]
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import QueryError
from kg.view.select import CLASSES, ROLES, QueryableStore, select_graph

if TYPE_CHECKING:
    import networkx as nx

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
LABELS = (
    "http://www.w3.org/2000/01/rdf-schema#label",
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "https://schema.org/headline",
)
_EXTRA_CLASSES = {
    "https://w3id.org/kg/def#Article": "Article",
    "https://w3id.org/kg/def#Evidence": "Evidence",
}
SELECT_COLUMNS = ("node", "source", "target", "role")


def _local(iri: str) -> str:
    return iri.rstrip("/#").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _key(term: Any) -> str:
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        return f'"{term.value}"'
    return str(term)


def _add(graph: nx.MultiDiGraph, term: Any) -> str:
    key = _key(term)
    if key not in graph:
        literal = isinstance(term, ox.Literal)
        label = term.value if literal or isinstance(term, ox.NamedNode) else key
        graph.add_node(
            key,
            **{
                "class": "Other",
                "fact": False,
                "label": label if literal else _local(label),
                "evidence": [],
                "evidence_count": 0,
                "sources": 0,
                "properties": [],
            },
        )
    return key


def _triples_graph(triples: list[ox.Triple]) -> nx.MultiDiGraph:
    import networkx as nx

    graph = nx.MultiDiGraph()
    rank = {iri: i for i, iri in enumerate([*CLASSES, *_EXTRA_CLASSES])}
    names = {**{iri: name for iri, (name, _) in CLASSES.items()}, **_EXTRA_CLASSES}
    for t in triples:
        node = _add(graph, t.subject)
        data = graph.nodes[node]
        p, o = t.predicate.value, t.object
        if p == RDF_TYPE and isinstance(o, ox.NamedNode):
            best = data.get("_rank", len(rank))
            if rank.get(o.value, len(rank)) < best:
                data["class"], data["_rank"] = names[o.value], rank[o.value]
        elif p in LABELS and isinstance(o, ox.Literal):
            data["label"] = data["name"] = o.value
        elif isinstance(o, ox.Literal):
            data["properties"].append((_local(p), o.value))
        else:
            role = ROLES.get(_local(p), _local(p))
            graph.add_edge(node, _add(graph, o), key=role, role=role)
    for _, data in graph.nodes(data=True):
        data.pop("_rank", None)
    return graph


def _rows_graph(variables: list[str], rows: list[tuple[Any, ...]]) -> nx.MultiDiGraph:
    import networkx as nx

    has = set(variables)
    if "node" not in has and not {"source", "target"} <= has:
        raise QueryError(
            "a SELECT for a graph view needs a ?source and a ?target column (and optionally "
            f"?role), or a ?node column; this one has {', '.join('?' + v for v in variables)}"
        )
    col = {v: i for i, v in enumerate(variables)}
    graph = nx.MultiDiGraph()
    for row in rows:
        cell = {v: row[i] for v, i in col.items() if v in SELECT_COLUMNS}
        if cell.get("node") is not None:
            _add(graph, cell["node"])
        source, target = cell.get("source"), cell.get("target")
        if source is not None and target is not None:
            role_term = cell.get("role")
            role = "link" if role_term is None else str(getattr(role_term, "value", role_term))
            role = _local(role) if isinstance(role_term, ox.NamedNode) else role
            graph.add_edge(_add(graph, source), _add(graph, target), key=role, role=role)
    return graph


def _enrich(graph: nx.MultiDiGraph, store: QueryableStore, *, store_edges: set[str]) -> None:
    """Give nodes the store knows their class, label and evidence; add its edges among
    ``store_edges`` nodes."""
    iris = [v for v in graph if v.startswith(("http://", "https://", "urn:"))]
    if not iris:
        return
    known = select_graph(store, nodes=iris)
    for node, data in known.nodes(data=True):
        mine = graph.nodes[node]
        written = mine.get("name")
        cls = mine["class"]
        mine.update(data)
        if cls != "Other":
            mine["class"] = cls
        if written:
            mine["label"] = mine["name"] = written
    for source, target, role in known.edges(keys=True):
        if source in store_edges and target in store_edges:
            graph.add_edge(source, target, key=role, role=role)


def query_graph(
    store: QueryableStore, text: str, params: dict[str, Any] | None = None
) -> nx.MultiDiGraph:
    """Run a CONSTRUCT, DESCRIBE or SELECT and return the graph it draws (see the module).

    Example:
        >>> from kg.store import EmbeddedStore
        >>> query_graph(EmbeddedStore.in_memory(), "ASK {}")
        Traceback (most recent call last):
        ...
        kg.errors.QueryError: a graph view needs a CONSTRUCT, DESCRIBE or SELECT query, not ASK
    """
    from kg.query import query_kind, run_query

    kind = query_kind(text)
    if kind not in ("construct", "describe", "select"):
        raise QueryError(
            f"a graph view needs a CONSTRUCT, DESCRIBE or SELECT query, not {kind.upper()}"
        )
    result = run_query(store, text, params or {})  # type: ignore[arg-type]
    if kind == "select":
        graph = _rows_graph(result.variables, result.rows)
        only_nodes: set[str] = set()
        if "node" in result.variables:
            col = result.variables.index("node")
            only_nodes = {_key(row[col]) for row in result.rows if row[col] is not None}
        _enrich(graph, store, store_edges=only_nodes)
    else:
        graph = _triples_graph(result.triples)
        _enrich(graph, store, store_edges=set())
    return graph
