"""Where nodes go and whether vis-network's physics moves them.

Layouts: ``force`` (vis-network lays the graph out in the browser, stabilization bounded to
:data:`STABILIZATION_ITERATIONS`), ``spring`` (networkx's spring layout, computed here),
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
    >>> plan_layout(5000, "auto", None).layout
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
SPRING_MAX_NODES = 1500
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
    import networkx as nx

    n = graph.number_of_nodes()
    if layout not in ("spring", "circle") or n == 0:
        return None
    scale = 60.0 * math.sqrt(n)
    if layout == "spring":
        try:
            pos = nx.spring_layout(nx.Graph(graph), seed=0, iterations=50)
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
