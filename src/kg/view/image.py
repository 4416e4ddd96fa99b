"""Static png/svg pictures of a view for reports, drawn with matplotlib (the ``plot`` extra).

Same colours, shapes and sizes as the HTML page; labels and role names are drawn when the
view is small enough to read them. Text is drawn as text (mathtext off, so ``$`` stays a
dollar sign), and SVG keeps it as escaped ``<text>``: a hostile label stays inert.

Example:
    >>> import io, networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("n", **{"class": "Nation", "label": "$5 <script>"})
    >>> buf = io.BytesIO()
    >>> draw_image(g, buf, "svg", title="t")
    >>> b"&lt;script&gt;" in buf.getvalue() and b"<script" not in buf.getvalue()
    True
"""

from __future__ import annotations

import math
from typing import IO, TYPE_CHECKING, Any

from kg.errors import KgError
from kg.view.layout import positions
from kg.view.style import MARKERS, STYLES, style

if TYPE_CHECKING:
    import networkx as nx

IMAGE_FORMATS = ("png", "svg")
#: Node labels are drawn up to this many nodes (above, only the best-connected 60).
LABEL_MAX_NODES = 150
#: Role labels and arrowheads are drawn up to this many edges.
EDGE_LABEL_MAX = 120


def _matplotlib() -> Any:
    try:
        import matplotlib
        from matplotlib.figure import Figure
    except ImportError:
        raise KgError(
            "png and svg output need matplotlib: pip install 'kg[plot]' (or write html)"
        ) from None
    return matplotlib, Figure


def draw_image(
    graph: nx.MultiDiGraph,
    out: str | IO[bytes],
    fmt: str,
    *,
    title: str = "kg graph",
    layout: str = "spring",
    size_by: str = "degree",
) -> None:
    """Draw ``graph`` as a ``png`` or ``svg`` picture into a path or binary file.

    Example:
        >>> import io, networkx as nx
        >>> buf = io.BytesIO(); draw_image(nx.MultiDiGraph(), buf, "png")
        >>> buf.getvalue()[:4]
        b'\\x89PNG'
    """
    if fmt not in IMAGE_FORMATS:
        raise KgError(f"unknown image format '{fmt}': use one of {', '.join(IMAGE_FORMATS)}")
    matplotlib, Figure = _matplotlib()
    from matplotlib.collections import LineCollection
    from matplotlib.lines import Line2D

    n = graph.number_of_nodes()
    coords = positions(graph, layout if layout in ("spring", "circle") else "spring") or {}
    side = min(max(6.0, math.sqrt(max(n, 1)) * 1.4), 30.0)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig = Figure(figsize=(side * 1.35, side), dpi=100)
        ax = fig.add_subplot()
        ax.set_axis_off()
        ax.set_title(title, parse_math=False, fontsize=14)
        segments = [(coords[u], coords[v]) for u, v in graph.edges() if u != v]
        ax.add_collection(LineCollection(segments, colors="#b0b0b0", linewidths=0.8, zorder=1))
        labelled = _edge_labels(graph)
        if graph.number_of_edges() <= EDGE_LABEL_MAX:
            for (u, v), role in labelled.items():
                (x1, y1), (x2, y2) = coords[u], coords[v]
                ax.annotate(
                    "",
                    xy=(x2, y2),
                    xytext=(x1, y1),
                    zorder=1,
                    arrowprops={
                        "arrowstyle": "-|>",
                        "color": "#909090",
                        "lw": 0.8,
                        "shrinkA": 8,
                        "shrinkB": 8,
                    },
                )
                ax.text(
                    (x1 + x2) / 2,
                    (y1 + y2) / 2,
                    role,
                    fontsize=6,
                    color="#606060",
                    ha="center",
                    va="center",
                    parse_math=False,
                    zorder=2,
                )
        handles = []
        for cls, (text, colour, shape) in STYLES.items():
            members = [v for v, c in graph.nodes(data="class") if c == cls]
            if not members:
                continue
            sizes = [_area(graph, v, size_by) for v in members]
            xs, ys = zip(*(coords[v] for v in members), strict=True)
            ax.scatter(
                xs,
                ys,
                s=sizes,
                c=colour,
                marker=MARKERS[shape],
                zorder=3,
                edgecolors="white",
                linewidths=0.5,
            )
            handles.append(
                Line2D(
                    [],
                    [],
                    marker=MARKERS[shape],
                    color=colour,
                    linestyle="",
                    markersize=8,
                    label=f"{text} ({len(members)})",
                )
            )
        others = [v for v, c in graph.nodes(data="class") if c not in STYLES]
        if others:
            xs, ys = zip(*(coords[v] for v in others), strict=True)
            ax.scatter(xs, ys, s=60, c=style("Other")[1], zorder=3)
        for v in _labelled_nodes(graph):
            x, y = coords[v]
            ax.text(
                x,
                y,
                str(graph.nodes[v].get("label", v)),
                fontsize=7,
                ha="center",
                va="bottom",
                parse_math=False,
                zorder=4,
            )
        if handles:
            ax.legend(
                handles=handles,
                loc="upper left",
                bbox_to_anchor=(1.0, 1.0),
                fontsize=8,
                frameon=False,
            )
        ax.autoscale_view()
        ax.margins(0.08)
        fig.savefig(out, format=fmt, bbox_inches="tight", metadata=_metadata(fmt))


def _metadata(fmt: str) -> dict[str, Any]:
    return {"Date": None} if fmt == "svg" else {"Software": "kg"}


def _area(graph: nx.MultiDiGraph, node: str, size_by: str) -> float:
    if size_by == "sources":
        value = int(graph.nodes[node].get("sources") or 0)
    else:
        value = int(graph.degree(node))
    return float(min(30 + 40 * math.sqrt(value), 600))


def _edge_labels(graph: nx.MultiDiGraph) -> dict[tuple[str, str], str]:
    roles: dict[tuple[str, str], set[str]] = {}
    for u, v, key in graph.edges(keys=True):
        if u != v:
            roles.setdefault((u, v), set()).add(str(key))
    return {pair: ", ".join(sorted(names)) for pair, names in roles.items()}


def _labelled_nodes(graph: nx.MultiDiGraph) -> list[str]:
    if graph.number_of_nodes() <= LABEL_MAX_NODES:
        return list(graph)
    return sorted(graph, key=lambda v: (-graph.degree(v), v))[:60]


__all__ = ["IMAGE_FORMATS", "draw_image"]
