"""Cut a selected graph down to what a view shows: types, dates, a neighbourhood, a size.

Each function takes a graph from :func:`kg.view.select.select_graph` (or a query) and
returns a new one; none changes its input.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("kor", **{"class": "Nation", "label": "South Korea (KOR)", "iso": "KOR"})
    >>> g.add_node("a", **{"class": "Agreement", "label": "deal", "date": "2024-04"})
    >>> _ = g.add_edge("a", "kor", key="party", role="party")
    >>> sorted(by_dates(g, since="2024-05"))
    []
    >>> sorted(neighbourhood(g, ["KOR"], hops=1))
    ['a', 'kor']
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.errors import KgError
from kg.view.select import KGR
from kg.view.style import FACTS, class_names

if TYPE_CHECKING:
    import networkx as nx

#: Views with more nodes than this are reduced (see :func:`reduce_graph`).
MAX_NODES = 1500

_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


@dataclass(frozen=True)
class Reduction:
    """What :func:`reduce_graph` dropped: node counts before and after, and how."""

    before: int
    after: int

    def text(self) -> str:
        """Return the notice shown in the page and on stderr.

        Example:
            >>> Reduction(2000, 1500).text()[:40]
            'showing 1,500 of 2,000 nodes: the facts '
        """
        return (
            f"showing {self.after:,} of {self.before:,} nodes: the facts stated by the most "
            "articles, with their participants, then the best-connected entities; cut the "
            "view with --focus, --type, --since/--until or raise --max-nodes"
        )


def date_range(value: str, *, end: bool = False) -> str:
    """Return the first (or, with ``end``, last) day a ``YYYY[-MM[-DD]]`` date covers.

    Example:
        >>> date_range("2024"), date_range("2024-02", end=True)
        ('2024-01-01', '2024-02-29')
        >>> date_range("April 2024")
        Traceback (most recent call last):
        ...
        kg.errors.KgError: bad date 'April 2024': use YYYY, YYYY-MM or YYYY-MM-DD
    """
    m = _DATE.fullmatch(value.strip())
    try:
        if not m:
            raise ValueError
        year, month, day = int(m[1]), int(m[2] or (12 if end else 1)), m[3]
        last = calendar.monthrange(year, month)[1]
        if day is None:
            day_n = last if end else 1
        else:
            day_n = int(day)
            if not 1 <= day_n <= last:
                raise ValueError
    except ValueError:
        raise KgError(f"bad date '{value}': use YYYY, YYYY-MM or YYYY-MM-DD") from None
    return f"{year:04d}-{month:02d}-{day_n:02d}"


def by_types(
    graph: nx.MultiDiGraph, include: Iterable[str] = (), exclude: Iterable[str] = ()
) -> nx.MultiDiGraph:
    """Keep the nodes of the ``include`` types (all when empty) that are not ``exclude``d.

    Names are those of :func:`kg.view.style.class_names` (``Nation``, ``weapon-system``,
    ``fact``, ``organization``, ...).

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("n", **{"class": "Nation"}); g.add_node("a", **{"class": "Agreement"})
        >>> list(by_types(g, exclude=["fact"]))
        ['n']
    """
    keep = {c for name in include for c in class_names(name)}
    drop = {c for name in exclude for c in class_names(name)}
    chosen = [
        v for v, cls in graph.nodes(data="class") if (not keep or cls in keep) and cls not in drop
    ]
    return graph.subgraph(chosen).copy()


def by_dates(
    graph: nx.MultiDiGraph, since: str | None = None, until: str | None = None
) -> nx.MultiDiGraph:
    """Keep the facts whose date falls in ``[since, until]`` and what is still linked to them.

    A date covers its whole span (``2024`` overlaps ``--since 2024-06``); a fact with no
    date is dropped when a bound is given, and so is every entity no longer linked, directly
    or through other entities, to a kept fact.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("old", **{"class": "Meeting", "date": "2019"})
        >>> g.add_node("new", **{"class": "Meeting", "date": "2024-03-01"})
        >>> list(by_dates(g, since="2024", until="2024-03"))
        ['new']
    """
    if since is None and until is None:
        return graph.copy()
    low = date_range(since) if since else "0000-01-01"
    high = date_range(until, end=True) if until else "9999-12-31"
    if low > high:
        raise KgError(f"--since {since} is after --until {until}")
    import networkx as nx

    facts = set(FACTS)
    kept = set()
    for node, data in graph.nodes(data=True):
        if data.get("class") not in facts:
            continue
        dates = [d for d in (data.get("date") or "").split("|") if _DATE.fullmatch(d)]
        if (
            dates
            and min(date_range(d) for d in dates) <= high
            and max(date_range(d, end=True) for d in dates) >= low
        ):
            kept.add(node)
    cut = graph.subgraph(
        [v for v, c in graph.nodes(data="class") if c not in facts or v in kept]
    ).copy()
    linked: set[str] = set()
    for part in nx.weakly_connected_components(cut):
        if part & kept:
            linked |= part
    cut.remove_nodes_from([v for v in list(cut) if v not in linked])
    return cut


def find_node(graph: nx.MultiDiGraph, name: str) -> str:
    """Return the node ``name`` names: an IRI, ``kgr:...``, a nation code or a label.

    Labels match whole, ignoring case, then as a unique part of a label.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("k", **{"class": "Nation", "label": "South Korea (KOR)",
        ...                    "name": "South Korea", "iso": "KOR"})
        >>> find_node(g, "kor"), find_node(g, "south korea"), find_node(g, "Korea")
        ('k', 'k', 'k')
    """
    wanted = name.strip()
    if wanted.startswith("kgr:"):
        wanted = KGR + wanted[4:]
    if wanted in graph:
        return wanted
    folded = wanted.casefold()
    for test in (
        lambda d: (d.get("iso") or "").casefold() == folded,
        lambda d: folded in (str(d.get("name", "")).casefold(), str(d.get("label")).casefold()),
        lambda d: folded in str(d.get("label", "")).casefold(),
    ):
        found = sorted(v for v, d in graph.nodes(data=True) if test(d))
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            shown = "; ".join(str(graph.nodes[v].get("label")) for v in found[:5])
            more = f" and {len(found) - 5} more" if len(found) > 5 else ""
            raise KgError(f"'{name}' names {len(found)} nodes ({shown}{more}): give an IRI")
    raise KgError(
        f"no node '{name}' in the graph (give a nation code such as KOR, a label or an IRI)"
    )


def neighbourhood(graph: nx.MultiDiGraph, names: Iterable[str], hops: int = 2) -> nx.MultiDiGraph:
    """Keep the nodes within ``hops`` edges (either direction) of the named nodes.

    Facts are nodes, so ``hops=1`` is a nation's facts and ``hops=2`` adds the other parties.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph([("a", "b"), ("b", "c")])
        >>> for v in g: g.nodes[v].update({"class": "Nation", "label": v})
        >>> sorted(neighbourhood(g, ["a"], hops=1))
        ['a', 'b']
    """
    import networkx as nx

    if hops < 0:
        raise KgError(f"--hops must be 0 or more, not {hops}")
    undirected = graph.to_undirected(as_view=True)
    kept: set[str] = set()
    for name in names:
        start = find_node(graph, name)
        kept.update(nx.single_source_shortest_path_length(undirected, start, cutoff=hops))
    return graph.subgraph(kept).copy()


def _score(graph: nx.MultiDiGraph, node: str) -> tuple[int, int, str]:
    data = graph.nodes[node]
    return (-int(data.get("sources") or 0), -graph.degree(node), node)


def reduce_graph(
    graph: nx.MultiDiGraph, max_nodes: int = MAX_NODES, keep: Iterable[str] = ()
) -> tuple[nx.MultiDiGraph, Reduction | None]:
    """Return at most ``max_nodes`` nodes: the best-sourced facts with their participants.

    Facts go in by the number of articles stating them (the kinds of fact taking turns
    among equals, each kind by degree), each with every node it names (a fact whose
    participants do not fit is skipped); entities fill what is left by degree. ``keep``
    nodes (a focus) go in first. Returns the graph and a :class:`Reduction`, or the graph
    unchanged and None when it is small enough.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph([("f1", "a"), ("f1", "b"), ("f2", "c")])
        >>> for v in g: g.nodes[v]["class"] = "Meeting" if v[0] == "f" else "Nation"
        >>> g.nodes["f2"]["sources"] = 2
        >>> small, note = reduce_graph(g, 3)
        >>> sorted(small), note.before
        (['a', 'c', 'f2'], 5)
    """
    n = graph.number_of_nodes()
    if max_nodes <= 0 or n <= max_nodes:
        return graph, None
    facts = set(FACTS)
    chosen: dict[str, None] = dict.fromkeys(v for v in keep if v in graph)
    # Best-sourced first; among equals, the kinds of fact take turns (so that two-party
    # stances are not all crowded out by many-party agreements), each kind by degree.
    turn: dict[str, int] = {}
    by_kind: dict[str, list[str]] = {}
    for v, c in graph.nodes(data="class"):
        if c in facts:
            by_kind.setdefault(c, []).append(v)
    for members in by_kind.values():
        members.sort(key=lambda v: _score(graph, v))
        rank_in_sources: dict[int, int] = {}
        for v in members:
            sources = int(graph.nodes[v].get("sources") or 0)
            turn[v] = rank_in_sources.get(sources, 0)
            rank_in_sources[sources] = turn[v] + 1
    ranked_facts = sorted(
        turn, key=lambda v: (-int(graph.nodes[v].get("sources") or 0), turn[v], _score(graph, v))
    )
    for fact in ranked_facts:
        if len(chosen) >= max_nodes:
            break
        group = [fact, *(v for v in graph.successors(fact) if v not in chosen)]
        if fact not in chosen and len(chosen) + len(group) <= max_nodes:
            chosen.update(dict.fromkeys(group))
    others = sorted(
        (v for v in graph if v not in chosen),
        key=lambda v: (
            graph.nodes[v].get("class") in facts,
            -graph.degree(v),
            -int(graph.nodes[v].get("sources") or 0),
            v,
        ),
    )
    chosen.update(dict.fromkeys(others[: max(0, max_nodes - len(chosen))]))
    small = graph.subgraph(list(chosen)[:max_nodes]).copy()
    return small, Reduction(before=n, after=small.number_of_nodes())
