"""The graph-view API: what to draw (:class:`ViewRequest`), then a network, a page or a picture.

``view_graph`` selects and cuts the graph; ``network_view`` returns the pyvis network (for
notebooks); ``write_view`` writes an HTML page, or a png/svg picture, atomically; the
``kg graph`` command is a thin layer over ``write_view``.

Order of the cuts: the whole store (or one article's graph, or a query's graph), then
``types``/``exclude_types``, then ``since``/``until``, then the ``focus`` neighbourhood,
then the reduction to ``max_nodes``. The cuts run on the store's outline (nodes, labels,
dates, edges, article counts: :func:`~kg.view.select.select_outline`); evidence and the
other data are read for the kept nodes only.

Example:
    >>> from kg.store import EmbeddedStore
    >>> net = network_view(EmbeddedStore.in_memory(), ViewRequest(title="empty"))
    >>> net.kg_title, len(net.nodes)
    ('empty', 0)
"""

from __future__ import annotations

import os
import webbrowser
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.view.cut import MAX_NODES, by_dates, by_types, find_node, neighbourhood, reduce_graph
from kg.view.select import QueryableStore, resolve_article, select_graph, select_outline

if TYPE_CHECKING:
    import networkx as nx

    from kg.view.network import KgNetwork

FORMATS = ("html", "png", "svg")


@dataclass(frozen=True)
class ViewRequest:
    """What a view shows and how. Every field has the default of ``kg graph``.

    ``focus``: node names (nation code, label or IRI) whose ``hops`` neighbourhood is drawn;
    ``query``: a query file or competency-query name (CONSTRUCT, DESCRIBE or SELECT with
    ``?source ?target [?role]`` or ``?node`` columns), ``params`` its bindings; ``types``
    and ``exclude_types``: class names or ``fact``/``organization``/``entity``;
    ``since``/``until``: ``YYYY[-MM[-DD]]`` bounds on fact dates; ``article``: one
    article's graph (id, IRI, path or title); ``max_nodes``: reduce above this (0: never);
    ``layout``, ``physics``, ``size_by``: see :mod:`kg.view.layout` and
    :func:`kg.view.network.build_network`.
    """

    focus: tuple[str, ...] = ()
    hops: int = 2
    query: str | None = None
    params: dict[str, Any] = field(default_factory=dict)
    types: tuple[str, ...] = ()
    exclude_types: tuple[str, ...] = ()
    since: str | None = None
    until: str | None = None
    article: str | None = None
    max_nodes: int = MAX_NODES
    layout: str = "auto"
    physics: bool | None = None
    size_by: str = "degree"
    title: str = "kg graph"
    menus: bool = True


@dataclass
class ViewGraph:
    """The graph a request selects, with the words that describe it and any notice."""

    graph: nx.MultiDiGraph
    description: list[str]
    notice: str | None = None
    total: int = 0


@dataclass(frozen=True)
class ViewSummary:
    """What :func:`write_view` wrote: the file, its format, what it drew, any notice."""

    path: Path
    nodes: int
    edges: int
    format: str = "html"
    notice: str | None = None


def _label(graph: nx.MultiDiGraph, node: str) -> str:
    return str(graph.nodes[node].get("label", node))


def view_graph(store: QueryableStore, request: ViewRequest | None = None) -> ViewGraph:
    """Select and cut the graph a request draws (see the module for the order).

    Example:
        >>> from kg.store import EmbeddedStore
        >>> view_graph(EmbeddedStore.in_memory(), ViewRequest(since="2024")).description
        ['facts dated 2024-01-01 to …']
    """
    r = request or ViewRequest()
    description: list[str] = []
    if r.query and r.article:
        raise KgError("give --query or --article, not both (a query can name a GRAPH itself)")
    if r.params and not r.query:
        raise KgError("--param binds a variable of --query: give a query too")
    if r.query:
        from kg.query import load_query
        from kg.view.custom import query_graph

        graph = query_graph(store, load_query(r.query), r.params)
        description.append(f"query: {Path(r.query).name}")
    else:
        article = resolve_article(store, r.article) if r.article else None
        graph = select_outline(store, article=article)  # cut first, then read what is kept
        if article:
            description.append(f"article: {article.rsplit('/', 1)[-1]}")
    total = graph.number_of_nodes()
    if r.types or r.exclude_types:
        graph = by_types(graph, r.types, r.exclude_types)
        if r.types:
            description.append(f"types: {', '.join(r.types)}")
        if r.exclude_types:
            description.append(f"without: {', '.join(r.exclude_types)}")
    if r.since or r.until:
        graph = by_dates(graph, r.since, r.until)
        from kg.view.cut import date_range

        low = date_range(r.since) if r.since else "…"
        high = date_range(r.until, end=True) if r.until else "…"
        description.append(f"facts dated {low} to {high}")
    keep: list[str] = []
    if r.focus:
        keep = [find_node(graph, name) for name in r.focus]
        graph = neighbourhood(graph, keep, r.hops)
        names = ", ".join(_label(graph, v) for v in keep)
        description.append(f"around {names}, {r.hops} hop{'s' * (r.hops != 1)}")
    graph, reduction = reduce_graph(graph, r.max_nodes, keep)
    if not r.query:
        kept = list(graph)
        full = select_graph(store, article=article, nodes=None if len(kept) == total else kept)
        graph = full.subgraph(kept).copy()
    notice = reduction.text() if reduction else None
    if graph.number_of_nodes() == 0:
        notice = "nothing to draw: no node matches this view"
    return ViewGraph(graph, description, notice, total)


def _network(view: ViewGraph, r: ViewRequest) -> KgNetwork:
    from kg.view.network import build_network

    net = build_network(
        view.graph,
        title=r.title,
        layout=r.layout,
        physics=r.physics,
        size_by=r.size_by,
        menus=r.menus,
    )
    net.kg_description = view.description + net.kg_description
    net.kg_notice = view.notice
    return net


def network_view(store: QueryableStore, request: ViewRequest | None = None) -> KgNetwork:
    """Return the pyvis network of a view, for notebooks (``net.show("g.html", notebook=True)``).

    Example:
        >>> from kg.store import EmbeddedStore
        >>> type(network_view(EmbeddedStore.in_memory())).__mro__[1].__name__
        'Network'
    """
    r = request or ViewRequest()
    return _network(view_graph(store, r), r)


def output_format(path: str | os.PathLike[str], fmt: str | None = None) -> str:
    """Return ``fmt``, or the format a file name asks for (``.png``, ``.svg``, else html).

    Example:
        >>> output_format("g.svg"), output_format("g.out", "png"), output_format("g")
        ('svg', 'png', 'html')
    """
    if fmt is None:
        suffix = Path(path).suffix.lower().lstrip(".")
        return suffix if suffix in FORMATS else "html"
    if fmt not in FORMATS:
        raise KgError(f"unknown view format '{fmt}': use one of {', '.join(FORMATS)}")
    return fmt


def write_view(
    store: QueryableStore,
    path: str | os.PathLike[str],
    request: ViewRequest | None = None,
    *,
    fmt: str | None = None,
    **fields: Any,
) -> ViewSummary:
    """Write a view of the store to ``path``: an offline HTML page, or a png/svg picture.

    ``fields`` override the request's (``write_view(store, "g.html", focus=("KOR",))``).

    Example:
        >>> import tempfile, pathlib
        >>> from kg.store import EmbeddedStore
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     s = write_view(EmbeddedStore.in_memory(), pathlib.Path(tmp) / "g.html")
        ...     s.path.name, s.nodes, s.edges, s.format
        ('g.html', 0, 0, 'html')
    """
    from kg.view.html import write_atomic

    r = replace(request or ViewRequest(), **fields)
    kind = output_format(path, fmt)
    target = Path(path)
    view = view_graph(store, r)
    if kind == "html":
        net = _network(view, r)
        write_atomic(target, net.generate_html())
        return ViewSummary(target, len(net.nodes), len(net.edges), kind, view.notice)
    import io

    from kg.view.image import draw_image
    from kg.view.layout import plan_layout

    buf = io.BytesIO()
    plan = plan_layout(view.graph.number_of_nodes(), r.layout, False)
    draw_image(view.graph, buf, kind, title=r.title, layout=plan.layout, size_by=r.size_by)
    write_atomic(target, buf.getvalue())
    edges = len({(u, v) for u, v in view.graph.edges()})
    return ViewSummary(target, view.graph.number_of_nodes(), edges, kind, view.notice)


def open_view(path: str | os.PathLike[str]) -> bool:
    """Open a written view in the default web browser; return whether one was found.

    Example:
        >>> open_view.__name__
        'open_view'
    """
    return webbrowser.open(Path(path).resolve().as_uri())


__all__ = [
    "FORMATS",
    "ViewGraph",
    "ViewRequest",
    "ViewSummary",
    "network_view",
    "open_view",
    "output_format",
    "view_graph",
    "write_view",
]
