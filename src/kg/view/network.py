"""The pyvis Network of a view: kg's nodes, edges, details and page, for files and notebooks.

:class:`KgNetwork` is a pyvis ``Network`` whose HTML is kg's offline page
(:mod:`kg.view.html`): ``net.write_html("g.html")``, ``net.show("g.html", notebook=True)``
and ``net.generate_html()`` all give it, and a notebook cell ending in ``net`` shows it
inline. Nodes and edges can still be added with pyvis's own methods.

Example:
    >>> import networkx as nx
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("n", **{"class": "Nation", "label": "<b>Korea</b>", "evidence": []})
    >>> net = build_network(g, title="demo")
    >>> net.nodes[0]["label"], net.nodes[0]["shape"]
    ('<b>Korea</b>', 'dot')
"""

from __future__ import annotations

import html
import math
from typing import TYPE_CHECKING, Any

from pyvis.network import Network

from kg.errors import KgError
from kg.view.layout import LayoutPlan, plan_layout, positions, vis_options
from kg.view.style import style

if TYPE_CHECKING:
    import networkx as nx

SIZES = ("degree", "sources")
#: What the page shows of each piece of evidence. The article URL is a link only when it is
#: http(s): the page's script decides, so a ``javascript:`` URL stays text.
EVIDENCE_FIELDS = ("sentence", "headline", "url", "path", "rule")


class KgNetwork(Network):  # type: ignore[misc]
    """A directed pyvis ``Network`` that renders as kg's self-contained, escaped page.

    Example:
        >>> KgNetwork(title="empty").generate_html().startswith("<!DOCTYPE html>")
        True
    """

    def __init__(self, title: str = "kg graph", **kwargs: Any) -> None:
        kwargs.setdefault("height", "82vh")
        kwargs.setdefault("width", "100%")
        kwargs.setdefault("directed", True)
        kwargs.setdefault("select_menu", True)
        kwargs.setdefault("filter_menu", True)
        super().__init__(cdn_resources="in_line", **kwargs)
        self.kg_title = title
        self.kg_description: list[str] = []
        self.kg_notice: str | None = None
        self.kg_details: dict[str, dict[str, Any]] = {}
        self.kg_live = False
        self.options = vis_options(0, plan_layout(0))

    def generate_html(
        self, name: str = "index.html", local: bool = True, notebook: bool = False
    ) -> str:
        """Return kg's page for this network (pyvis's arguments are accepted and ignored).

        Example:
            >>> "<title>kg graph</title>" in KgNetwork().generate_html()
            True
        """
        from kg.view.html import render_page

        self.html = render_page(self)
        return self.html

    def _repr_html_(self) -> str:
        """Show the page inline in a notebook (an iframe holding the escaped page)."""
        page = html.escape(self.generate_html(), quote=True)
        return f'<iframe srcdoc="{page}" style="width:100%;height:640px;border:0"></iframe>'


def _size(graph: nx.MultiDiGraph, node: str, size_by: str) -> float:
    if size_by == "sources":
        return min(12 + 8 * math.sqrt(int(graph.nodes[node].get("sources") or 0)), 60)
    return min(12 + 6 * math.sqrt(graph.degree(node)), 60)


def _details(node: str, data: dict[str, Any]) -> dict[str, Any]:
    text, _, _ = style(data.get("class", "Other"))
    details: dict[str, Any] = {"label": str(data.get("label", node)), "kind": text}
    for key in ("type", "date", "amount"):
        if data.get(key):
            details[key] = str(data[key])
    if data.get("sources"):
        details["sources"] = int(data["sources"])
    if data.get("evidence_count"):
        details["evidence_count"] = int(data["evidence_count"])
        details["evidence"] = [
            {key: e.get(key) for key in EVIDENCE_FIELDS if e.get(key) is not None}
            for e in data.get("evidence", [])
        ]
    if data.get("properties"):
        details["properties"] = [[str(k), str(v)] for k, v in data["properties"]]
    return details


def build_network(
    graph: nx.MultiDiGraph,
    *,
    title: str = "kg graph",
    layout: str = "auto",
    physics: bool | None = None,
    size_by: str = "degree",
    menus: bool = True,
) -> KgNetwork:
    """Return the :class:`KgNetwork` drawing ``graph`` (from :func:`~kg.view.select.select_graph`).

    Nodes are coloured and shaped by class, sized by degree or by number of sources; the
    edges between two nodes are drawn once, directed, labelled with their roles. Labels are
    kept as written (vis-network draws them on a canvas) and details go to the page as data.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_nodes_from(["f", "n"])
        >>> g.nodes["f"].update({"class": "Meeting", "label": "talks"})
        >>> g.nodes["n"].update({"class": "Nation", "label": "Japan (JPN)"})
        >>> _ = g.add_edge("f", "n", key="participant")
        >>> [(e["from"], e["to"], e["label"]) for e in build_network(g).edges]
        [('f', 'n', 'participant')]
    """
    if size_by not in SIZES:
        raise KgError(f"unknown size '{size_by}': use one of {', '.join(SIZES)}")
    plan: LayoutPlan = plan_layout(graph.number_of_nodes(), layout, physics)
    net = KgNetwork(title=title, select_menu=menus, filter_menu=menus)
    coords = positions(graph, plan.layout)
    nodes = []
    for node, data in graph.nodes(data=True):
        cls = data.get("class", "Other")
        text, colour, shape = style(cls)
        item: dict[str, Any] = {
            "id": node,
            "label": str(data.get("label", node)),
            "shape": shape,
            "color": colour,
            "size": round(_size(graph, node, size_by), 1),
            "class": cls,
            "kind": text,
            "sources": int(data.get("sources") or 0),
        }
        for key in ("type", "date"):
            if data.get(key):
                item[key] = str(data[key])
        if coords is not None:
            item["x"], item["y"] = (round(c, 1) for c in coords[node])
        nodes.append(item)
        net.kg_details[node] = _details(node, data)
    roles: dict[tuple[str, str], list[str]] = {}
    for source, target, key in graph.edges(keys=True):
        roles.setdefault((source, target), []).append(str(key))
    edges = []
    for (source, target), names in roles.items():
        label = ", ".join(sorted(set(names)))
        a, b = graph.nodes[source].get("label", source), graph.nodes[target].get("label", target)
        edges.append(
            {
                "from": source,
                "to": target,
                "label": label,
                "role": label,
                "title": f"{a} → {label} → {b}",
            }
        )
    # Set the lists in bulk: pyvis's add_node checks membership in a list (quadratic).
    net.nodes, net.edges = nodes, edges
    net.node_ids = [item["id"] for item in nodes]
    net.node_map = {item["id"]: item for item in nodes}
    net.options = vis_options(len(nodes), plan)
    net.kg_live = plan.live
    net.kg_description = [f"layout: {plan.layout}"]
    return net


__all__ = ["SIZES", "KgNetwork", "build_network"]
