"""Same fact, several articles: one IRI for the reports of one fact (docs/model.md).

Every report of a fact keeps, in its article's graph, the fact's ``kg:matchKey`` (its
identity without the date) and the date that article gives (``kg:reportedDate``). A fact's
IRI hashes its match key and a date. For each match key, the reports of all graphs decide
together: when their dates are compatible (missing, or one a prefix of the other) and one
most precise date exists, every report uses the IRI of that date, and only the reports
that give that date state ``kg:date``; when the dates disagree, each report keeps the IRI of
its own date. This is a function of the set of reports, so the graph does not depend on
ingest order. Changes to other graphs go into the article's own update request, so the
store never shows half of a merge.

Example:
    >>> shared_date([None, "2024-04-24", "2024-04"])
    (True, '2024-04-24')
    >>> shared_date([None, "2024-04-24", "2024-04-25"])
    (False, None)
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

import pyoxigraph as ox

from kg.rdf.iris import BASE, KG, fact_iri

_MATCH = ox.NamedNode(KG + "matchKey")
_DATE = ox.NamedNode(KG + "date")
_REPORTED = ox.NamedNode(KG + "reportedDate")


def shared_date(dates: list[str | None]) -> tuple[bool, str | None]:
    """Whether reports with these dates are one fact, and the date that fact then has."""
    known = {d for d in dates if d}
    top = {d for d in known if not any(o != d and o.startswith(d) for o in known)}
    if len(top) > 1:
        return False, None
    return True, (top.pop() if top else None)


def _kind(iri: str) -> str:
    return iri[len(BASE) :].split("/", 1)[0]


def _settled(
    iri: str, key: str, reported: str | None, shared: tuple[bool, str | None]
) -> tuple[str, bool]:
    """One report's IRI given what all reports of its key share, and whether it states kg:date."""
    one, date = shared
    target = fact_iri(_kind(iri), key, date if one else reported)
    return target, reported is not None and (not one or reported == date)


def _ours(quads: list[ox.Quad]) -> dict[str, tuple[str, str | None]]:
    keys = {q.subject.value: q.object.value for q in quads if q.predicate == _MATCH}
    dates = {q.subject.value: q.object.value for q in quads if q.predicate == _REPORTED}
    return {iri: (key, dates.get(iri)) for iri, key in keys.items()}


def _rename(quads: list[ox.Quad], old: str, new: str, dated: bool) -> list[ox.Quad]:
    old_node, new_node = ox.NamedNode(old), ox.NamedNode(new)
    out = []
    for q in quads:
        if q.subject == old_node and q.predicate == _DATE and not dated:
            continue
        subject = new_node if q.subject == old_node else q.subject
        obj = new_node if q.object == old_node else q.object
        out.append(ox.Quad(subject, q.predicate, obj, q.graph_name))
    return out


def _rewrite(graph: str, old: str, new: str, dated: bool) -> list[str]:
    g, o, n, date, reported = (
        f"<{graph}>",
        f"<{old}>",
        f"<{new}>",
        f"<{KG}date>",
        f"<{KG}reportedDate>",
    )
    ops = [f"DELETE WHERE {{ GRAPH {g} {{ {o} {date} ?d }} }}"]
    if old != new:
        ops += [
            f"DELETE {{ GRAPH {g} {{ {o} ?p ?v }} }} INSERT {{ GRAPH {g} {{ {n} ?p ?v }} }} "
            f"WHERE {{ GRAPH {g} {{ {o} ?p ?v }} }}",
            f"DELETE {{ GRAPH {g} {{ ?s ?p {o} }} }} INSERT {{ GRAPH {g} {{ ?s ?p {n} }} }} "
            f"WHERE {{ GRAPH {g} {{ ?s ?p {o} }} }}",
        ]
    if dated:
        ops.append(
            f"INSERT {{ GRAPH {g} {{ {n} {date} ?d }} }} "
            f"WHERE {{ GRAPH {g} {{ {n} {reported} ?d }} }}"
        )
    return ops


def report_keys(quads: list[ox.Quad]) -> dict[str, tuple[str, str | None]]:
    """The facts of an article's quads: IRI → (match key, reported date or None).

    Example:
        >>> report_keys([])
        {}
    """
    return _ours(quads)


def plan(
    store: Any, graph: str, ours: dict[str, tuple[str, str | None]]
) -> tuple[dict[str, tuple[str, bool]], list[str]]:
    """Decide the shared IRIs of an article's facts against the reports already in ``store``.

    ``ours`` is :func:`report_keys` of the article's quads (named graph ``graph``). Returns
    the renames of the article's own facts (IRI → (new IRI, whether it keeps its
    ``kg:date``)), empty when nothing changes, and the SPARQL update operations that bring
    the other graphs' reports in line.

    Example:
        >>> from kg.store import EmbeddedStore
        >>> plan(EmbeddedStore.in_memory(), "http://ex/g", {"http://ex/f": ("k", None)})
        ({}, [])
    """
    if not ours:
        return {}, []
    keys = " ".join(str(ox.Literal(k)) for k in sorted({k for k, _d in ours.values()}))
    query = (
        f"SELECT ?f ?g ?k ?d WHERE {{ VALUES ?k {{ {keys} }} "
        f"GRAPH ?g {{ ?f <{KG}matchKey> ?k OPTIONAL {{ ?f <{KG}reportedDate> ?d }} }} "
        f"FILTER(?g != <{graph}>) }}"
    )
    reports: dict[str, list[tuple[str, str | None, str | None]]] = defaultdict(list)
    for row in store.query(query):
        date = row["d"].value if row["d"] is not None else None
        reports[row["k"].value].append((row["f"].value, date, row["g"].value))
    if not reports:
        return {}, []
    for iri, (key, date) in ours.items():
        reports[key].append((iri, date, None))
    renames: dict[str, tuple[str, bool]] = {}
    updates: list[str] = []
    for key, items in reports.items():
        if all(g is None for _i, _d, g in items):
            continue  # nobody else reports it
        shared = shared_date([d for _i, d, _g in items])
        for iri, reported, other in items:
            target, dated = _settled(iri, key, reported, shared)
            if other is None:
                if target != iri or (reported is not None and not dated):
                    renames[iri] = (target, dated)
            else:
                updates += _rewrite(other, iri, target, dated)
    return renames, list(dict.fromkeys(updates))


def settle(store: Any, keys: Iterable[str], *, chunk: int = 2000) -> list[str]:
    """The update operations that give every report of ``keys`` in ``store`` its shared IRI.

    What :func:`plan` decides for one incoming article, decided afresh for every report
    already stored: the result is a function of the set of reports, whatever the state the
    graphs are in. Writing a batch of new graphs as they came, then applying these
    operations, gives the same store as planning each article on its own; so does dropping
    half-written graphs and settling their keys again.

    Example:
        >>> from kg.store import EmbeddedStore
        >>> settle(EmbeddedStore.in_memory(), ["k"])
        []
    """
    keys = sorted(set(keys))
    reports: dict[str, list[tuple[str, str | None, str, bool]]] = defaultdict(list)
    for i in range(0, len(keys), chunk):
        values = " ".join(str(ox.Literal(k)) for k in keys[i : i + chunk])
        query = (
            f"SELECT DISTINCT ?f ?g ?k ?d ?x WHERE {{ VALUES ?k {{ {values} }} "
            f"GRAPH ?g {{ ?f <{KG}matchKey> ?k OPTIONAL {{ ?f <{KG}reportedDate> ?d }} "
            f"OPTIONAL {{ ?f <{KG}date> ?x }} }} }}"
        )
        for row in store.query(query):
            date = row["d"].value if row["d"] is not None else None
            item = (row["f"].value, date, row["g"].value, row["x"] is not None)
            reports[row["k"].value].append(item)
    updates: list[str] = []
    for key, items in reports.items():
        shared = shared_date([d for _i, d, _g, _x in items])
        for iri, reported, graph, has_date in items:
            target, dated = _settled(iri, key, reported, shared)
            if target != iri or has_date != dated:
                updates += _rewrite(graph, iri, target, dated)
    return list(dict.fromkeys(updates))


def apply(quads: list[ox.Quad], renames: dict[str, tuple[str, bool]]) -> list[ox.Quad]:
    """Rename an article's facts as :func:`plan` decided.

    Example:
        >>> apply([], {"http://ex/a": ("http://ex/b", True)})
        []
    """
    for iri, (target, dated) in renames.items():
        quads = _rename(quads, iri, target, dated)
    return quads


def resolve(store: Any, graph: str, quads: list[ox.Quad]) -> tuple[list[ox.Quad], list[str]]:
    """Give the facts in ``quads`` (the new content of named graph ``graph``) shared IRIs.

    Returns the article's quads with facts renamed and the SPARQL update operations that
    bring the other graphs' reports of the same facts in line.
    """
    renames, updates = plan(store, graph, _ours(quads))
    return apply(quads, renames), updates
