"""Where nodes go and whether vis-network's physics moves them.

Layouts: ``force`` (vis-network lays the graph out in the browser, stabilization bounded to
:data:`STABILIZATION_ITERATIONS`), ``spring`` (networkx's spring layout, computed here; in a
big view only for the :data:`SPRING_ANCHORS` hubs, the others going beside their neighbours),
``circle`` (a circle grouped by class, computed here; instant at any size),
``hierarchical`` (vis-network's levels, facts above what they name) and ``auto`` (force up
to :data:`FORCE_MAX_NODES` nodes, spring up to :data:`SPRING_MAX_NODES`, circle above).

Physics: by default the browser simulates only to lay out a ``force`` view and freezes the
drawing once stabilized; ``physics=True`` keeps the simulation live (nodes settle again
when dragged; a computed layout is refined, bounded, first); ``physics=False`` never
simulates: a ``force`` layout is then computed here as ``spring``.

Example:
    >>> plan = plan_layout(10, "auto", None)
    >>> plan.layout, plan.physics, plan.stabilize
    ('force', True, True)
    >>> plan_layout(6000, "auto", None).layout
    'circle'
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.view.style import STYLES

if TYPE_CHECKING:
    import networkx as nx

LAYOUTS = ("auto", "force", "spring", "circle", "hierarchical")
#: ``auto`` lets the browser lay out views up to this many nodes.
FORCE_MAX_NODES = 300
#: ``auto`` computes a spring layout up to this many nodes, a circle above.
SPRING_MAX_NODES = 5000
#: A spring layout places at most this many hubs itself (networkx's spring layout is
#: quadratic: 1,500 nodes took 8.6 s here); the other nodes go beside their placed neighbours.
SPRING_ANCHORS = 300
#: Physics iterations vis-network spends before it shows a ``force`` view.
STABILIZATION_ITERATIONS = 200


@dataclass(frozen=True)
class LayoutPlan:
    """The resolved layout: which one, physics at all, stabilize first, keep physics live."""

    layout: str
    physics: bool
    stabilize: bool
    live: bool


def plan_layout(n: int, layout: str = "auto", physics: bool | None = None) -> LayoutPlan:
    """Resolve ``layout`` and ``physics`` (None: the default) for a view of ``n`` nodes.

    Example:
        >>> plan_layout(10, "force", False).layout
        'spring'
        >>> plan_layout(10, "spring", True)
        LayoutPlan(layout='spring', physics=True, stabilize=True, live=True)
    """
    if layout not in LAYOUTS:
        raise KgError(f"unknown layout '{layout}': use one of {', '.join(LAYOUTS)}")
    if layout == "auto":
        layout = (
            "force"
            if n <= FORCE_MAX_NODES and physics is not False
            else ("spring" if n <= SPRING_MAX_NODES else "circle")
        )
    if layout == "force" and physics is False:
        layout = "spring"
    if layout == "force":
        return LayoutPlan("force", physics=True, stabilize=True, live=bool(physics))
    return LayoutPlan(layout, physics=bool(physics), stabilize=bool(physics), live=bool(physics))


def positions(graph: nx.MultiDiGraph, layout: str) -> dict[str, tuple[float, float]] | None:
    """Return vis-network coordinates for a computed layout, None for the browser's own.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph([("a", "b")])
        >>> for v in g: g.nodes[v]["class"] = "Nation"
        >>> sorted(positions(g, "circle")), positions(g, "force")
        (['a', 'b'], None)
    """
    n = graph.number_of_nodes()
    if layout not in ("spring", "circle") or n == 0:
        return None
    scale = 60.0 * math.sqrt(n)
    if layout == "spring":
        try:
            pos = _anchored_spring(graph)
        except ImportError:  # networkx's layouts need numpy (spaCy brings it)
            layout = "circle"
        else:
            return {str(v): (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}
    rank = {name: i for i, name in enumerate(STYLES)}
    ranked = sorted(graph, key=lambda v: (rank.get(graph.nodes[v].get("class"), len(rank)), v))
    step = 2 * math.pi / n
    return {
        v: (scale * math.cos(i * step), scale * math.sin(i * step)) for i, v in enumerate(ranked)
    }


def _jitter(node: str, radius: float) -> tuple[float, float]:
    """A small deterministic offset, so that siblings do not sit on one point."""
    import zlib

    h = zlib.crc32(node.encode("utf-8"))
    angle = (h % 3600) / 3600 * 2 * math.pi
    r = radius * (0.5 + (h >> 12) % 1000 / 2000)
    return r * math.cos(angle), r * math.sin(angle)


def _anchored_spring(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]]:
    """Spring layout of the :data:`SPRING_ANCHORS` best-connected nodes, the rest beside them.

    Two hubs are joined in the small layout when they share a neighbour (the parties of one
    fact). Every other node goes near the centre of its placed neighbours, in breadth-first
    order; nodes with none go on an outer ring.
    """
    import networkx as nx

    simple = nx.Graph(graph)
    n = simple.number_of_nodes()
    if n <= SPRING_ANCHORS:
        pos = nx.spring_layout(simple, seed=0, iterations=50)
        return {v: (float(x), float(y)) for v, (x, y) in pos.items()}
    anchors = sorted(simple, key=lambda v: (-simple.degree(v), v))[:SPRING_ANCHORS]
    chosen = set(anchors)
    hubs = nx.Graph(simple.subgraph(anchors))
    for v in simple:
        near = [u for u in simple[v] if u in chosen]
        for i, a in enumerate(near):
            for b in near[i + 1 :]:
                hubs.add_edge(a, b)
    placed = {v: (float(x), float(y)) for v, (x, y) in nx.spring_layout(hubs, seed=0).items()}
    spread = 1.5 / math.sqrt(len(placed))
    frontier = list(anchors)
    while frontier:
        nxt = []
        for v in frontier:
            for u in simple[v]:
                if u in placed:
                    continue
                near = [placed[w] for w in simple[u] if w in placed]
                dx, dy = _jitter(u, spread)
                placed[u] = (
                    sum(p[0] for p in near) / len(near) + dx,
                    sum(p[1] for p in near) / len(near) + dy,
                )
                nxt.append(u)
        frontier = nxt
    rest = sorted(v for v in simple if v not in placed)
    for i, v in enumerate(rest):
        angle = 2 * math.pi * i / max(len(rest), 1)
        placed[v] = (1.3 * math.cos(angle), 1.3 * math.sin(angle))
    return placed


def vis_options(n: int, plan: LayoutPlan) -> dict[str, Any]:
    """Return the vis-network options of a view of ``n`` nodes drawn as ``plan`` says.

    Example:
        >>> vis_options(10, plan_layout(10))["physics"]["stabilization"]["iterations"]
        200
    """
    options: dict[str, Any] = {
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "color": {"color": "#a0a0a0", "highlight": "#404040", "hover": "#404040"},
            "font": {"size": 10, "align": "middle", "color": "#505050"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"type": "continuous"} if n <= FORCE_MAX_NODES else False,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": n > FORCE_MAX_NODES,
            "navigationButtons": False,
        },
        "layout": {"improvedLayout": n <= 100 and plan.layout == "force"},
        "physics": {
            "enabled": plan.physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
            "stabilization": {
                "enabled": plan.stabilize,
                "iterations": STABILIZATION_ITERATIONS,
                "updateInterval": 25,
                "fit": True,
            },
        },
    }
    if plan.layout == "hierarchical":
        options["layout"]["hierarchical"] = {
            "enabled": True,
            "direction": "UD",
            "sortMethod": "directed",
            "shakeTowards": "roots",
            "levelSeparation": 160,
            "nodeSpacing": 140,
        }
        options["physics"]["solver"] = "hierarchicalRepulsion"
        del options["physics"]["barnesHut"]
    return options
