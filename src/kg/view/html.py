"""Draw a selected graph as one self-contained pyvis HTML page that opens with no network.

Every string that came from an article (labels, sentences, headlines) and the page title
is HTML-escaped before it enters the page; pyvis's inlined page still links Bootstrap from
a CDN, so remote ``<link>``/``<script>`` tags are removed. A small script of ours turns the
escaped tooltip markup into DOM elements (vis-network shows title strings as plain text),
decodes labels for the canvas, and stops the physics once the bounded stabilization ends.

Example:
    >>> import tempfile, pathlib, pyoxigraph as ox
    >>> class Store:
    ...     db = ox.Store()
    ...     def query(self, sparql):
    ...         return self.db.query(sparql, use_default_graph_as_union=True)
    >>> with tempfile.TemporaryDirectory() as tmp:
    ...     write_view(Store(), pathlib.Path(tmp) / "g.html", title="empty").nodes
    0
"""

from __future__ import annotations

import contextlib
import html
import math
import os
import re
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.view.select import QueryableStore, select_graph

if TYPE_CHECKING:
    import networkx as nx
    from pyvis.network import Network

#: Class name -> (legend text, colour, vis-network shape).
STYLES: dict[str, tuple[str, str, str]] = {
    "Nation": ("Nation", "#1f77b4", "dot"),
    "Company": ("Company", "#ff7f0e", "square"),
    "GovernmentBody": ("Government body", "#8c564b", "square"),
    "MilitaryBranch": ("Military branch", "#556b2f", "square"),
    "InternationalOrganization": ("International organization", "#17becf", "square"),
    "Legislature": ("Legislature", "#bcbd22", "square"),
    "PoliticalParty": ("Political party", "#e377c2", "square"),
    "ArmedGroup": ("Armed group", "#7f0000", "square"),
    "Organization": ("Organization", "#7f7f7f", "square"),
    "WeaponSystem": ("Weapon system", "#9467bd", "star"),
    "SystemFamily": ("System family", "#c5b0d5", "star"),
    "FundingMechanism": ("Funding mechanism", "#b8b800", "hexagon"),
    "Place": ("Place", "#8fbc8f", "triangle"),
    "Topic": ("Topic", "#6baed6", "triangleDown"),
    "Agreement": ("Agreement", "#2ca02c", "diamond"),
    "Contract": ("Contract", "#d62728", "diamond"),
    "Meeting": ("Meeting", "#ff9f40", "diamond"),
    "Exercise": ("Exercise", "#8c6d31", "diamond"),
    "Stance": ("Stance", "#e7298a", "diamond"),
}
_GLYPHS = {
    "dot": "●",
    "square": "■",
    "star": "★",
    "hexagon": "⬢",
    "triangle": "▲",
    "triangleDown": "▼",
    "diamond": "◆",
}

#: Up to this many nodes vis-network lays the graph out itself (bounded stabilization);
#: above it positions are computed here and physics is off.
PHYSICS_MAX_NODES = 300
#: Up to this many nodes the positions come from networkx's spring layout, above it from
#: a circle grouped by class (cheap; views that big should be cut to a neighbourhood).
SPRING_MAX_NODES = 1000
STABILIZATION_ITERATIONS = 200

_REMOTE = re.compile(
    r"""<(?:link|script)\b[^>]*?\b(?:href|src)\s*=\s*["']?\s*(?:https?:)?//[^>]*>"""
    r"""(?:\s*</script>)?""",
    re.IGNORECASE,
)
_DEAD_MARKUP = re.compile(
    r"<!--\s*<link[^>]*node_modules.*?-->|<center>\s*<h1>\s*</h1>\s*</center>", re.DOTALL
)

_STYLE = """<style>
  body { font-family: system-ui, sans-serif; margin: 0.5rem 1rem; }
  .kg-head h1 { font-size: 1.3rem; margin: 0.2rem 0; }
  .kg-head p { margin: 0.2rem 0; color: #555; font-size: 0.85rem; }
  .kg-legend { list-style: none; padding: 0; margin: 0.3rem 0; display: flex;
               flex-wrap: wrap; gap: 0.3rem 1rem; font-size: 0.85rem; }
  .kg-glyph { font-size: 1.1rem; }
  .kg-tip { white-space: normal; max-width: 34rem; font-family: system-ui, sans-serif;
            font-size: 0.85rem; }
  .kg-tip ol { margin: 0.3rem 0; padding-left: 1.2rem; }
  .kg-tip li { margin-bottom: 0.25rem; }
  #mynetwork { float: none; }
</style>
"""

# Our JavaScript, spliced into pyvis's drawGraph() around the network's creation. Every
# string it gives innerHTML was escaped in Python, so the only markup parsed is ours (<b>,
# <br>, <ol>, <li>, <i>) and article text stays text; textarea decoding yields plain text.
_NETWORK = "network = new vis.Network(container, data, options);"
_BEFORE_NETWORK = """
                  (function () {
                    function text(s) {
                      var t = document.createElement("textarea"); t.innerHTML = s; return t.value;
                    }
                    function tip(s) {
                      var d = document.createElement("div"); d.className = "kg-tip";
                      d.innerHTML = s; return d;
                    }
                    nodes.update(nodes.get().map(function (n) {
                      return {id: n.id, label: text(n.label), title: tip(n.title)};
                    }));
                    edges.update(edges.get().map(function (e) {
                      return {id: e.id, label: text(e.label), title: text(e.title)};
                    }));
                  })();
                  """
_AFTER_NETWORK = """
                  network.once("stabilizationIterationsDone", function () {
                    network.setOptions({physics: {enabled: false}});
                  });"""


@dataclass(frozen=True)
class ViewSummary:
    """What :func:`write_view` wrote: the page and the nodes and edges drawn in it."""

    path: Path
    nodes: int
    edges: int


def _esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def _esc_title(text: object) -> str:
    # pyvis switches to a different, innerHTML-based popup when any node title contains
    # "href"; keep one tooltip mechanism by spelling the letter e as a character reference.
    return _esc(text).replace("href", "hr&#101;f")


def _node_title(data: dict[str, Any]) -> str:
    style = STYLES.get(data["class"], (data["class"], "", ""))
    facts = [style[0], data.get("type"), data.get("date"), data.get("amount")]
    lines = [f"<b>{_esc_title(data['label'])}</b>", " · ".join(_esc_title(f) for f in facts if f)]
    count = data.get("evidence_count", 0)
    if count:
        sources = data.get("sources", 0)
        lines.append(
            f"Evidence: {count} sentence{'s' * (count != 1)} from {sources} "
            f"article{'s' * (sources != 1)}"
        )
        items = "".join(
            f"<li>{_esc_title(e['sentence'])}<br><i>— "
            f"{_esc_title(e.get('headline') or 'untitled article')}</i></li>"
            for e in data.get("evidence", [])
        )
        more = count - len(data.get("evidence", []))
        tail = f"… and {more} more" if more > 0 else ""
        return "<br>".join(lines) + f"<ol>{items}</ol>{tail}"
    return "<br>".join(lines)


def _positions(graph: nx.MultiDiGraph) -> dict[str, tuple[float, float]] | None:
    """Return vis-network coordinates for big graphs, None to let the browser lay out."""
    import networkx as nx

    n = graph.number_of_nodes()
    if n <= PHYSICS_MAX_NODES:
        return None
    scale = 40.0 * math.sqrt(n)
    if n <= SPRING_MAX_NODES:
        with contextlib.suppress(ImportError):  # networkx layouts need numpy
            pos = nx.spring_layout(nx.Graph(graph), seed=0, iterations=30)
            return {v: (float(x) * scale, float(y) * scale) for v, (x, y) in pos.items()}
    rank = {name: i for i, name in enumerate(STYLES)}
    ranked = sorted(graph, key=lambda v: (rank.get(graph.nodes[v]["class"], len(rank)), v))
    step = 2 * math.pi / n
    return {
        v: (scale * math.cos(i * step), scale * math.sin(i * step)) for i, v in enumerate(ranked)
    }


def _options(n: int, *, physics: bool) -> dict[str, Any]:
    return {
        "nodes": {"font": {"size": 14, "face": "sans-serif"}, "borderWidth": 1},
        "edges": {
            "color": {"color": "#a0a0a0", "highlight": "#404040", "hover": "#404040"},
            "font": {"size": 10, "align": "middle", "color": "#505050"},
            "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}},
            "smooth": {"type": "continuous"} if physics else False,
        },
        "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": n > 300},
        "layout": {"improvedLayout": n <= 100},
        "physics": {
            "enabled": physics,
            "solver": "barnesHut",
            "barnesHut": {"gravitationalConstant": -6000, "springLength": 140},
            "stabilization": {
                "enabled": physics,
                "iterations": STABILIZATION_ITERATIONS,
                "updateInterval": 25,
                "fit": True,
            },
        },
    }


def build_network(graph: nx.MultiDiGraph) -> Network:
    """Return a directed, in-line pyvis Network for a graph from :func:`select_graph`.

    Nodes are coloured and shaped by class (:data:`STYLES`) and sized by degree; parallel
    edges between two nodes are drawn once, labelled with their roles. Labels and titles
    are HTML-escaped.

    Example:
        >>> import networkx as nx
        >>> g = nx.MultiDiGraph()
        >>> g.add_node("n", **{"class": "Nation", "label": "A&B", "evidence": []})
        >>> build_network(g).nodes[0]["label"]
        'A&amp;B'
    """
    from pyvis.network import Network

    net = Network(height="82vh", width="100%", directed=True, cdn_resources="in_line", heading="")
    positions = _positions(graph)
    nodes = []
    for node, data in graph.nodes(data=True):
        _, colour, shape = STYLES.get(data["class"], ("", "#7f7f7f", "dot"))
        item: dict[str, Any] = {
            "id": node,
            "label": _esc(data["label"]),
            "title": _node_title(data),
            "shape": shape,
            "color": colour,
            "size": min(12 + 6 * math.sqrt(graph.degree(node)), 60),
        }
        if positions is not None:
            item["x"], item["y"] = positions[node]
        nodes.append(item)
    roles: dict[tuple[str, str], list[str]] = {}
    for source, target, role in graph.edges(keys=True):
        roles.setdefault((source, target), []).append(role)
    edges = []
    for (source, target), names in roles.items():
        label = ", ".join(sorted(names))
        title = f"{graph.nodes[source]['label']} → {label} → {graph.nodes[target]['label']}"
        edges.append({"from": source, "to": target, "label": _esc(label), "title": _esc(title)})
    # Set the lists in bulk: pyvis's add_node checks membership in a list (quadratic).
    net.nodes, net.edges = nodes, edges
    net.node_ids = [item["id"] for item in nodes]
    net.node_map = {item["id"]: item for item in nodes}
    net.options = _options(len(nodes), physics=positions is None)
    return net


def _once(page: str, anchor: str, text: str, *, before: bool = False) -> str:
    head, found, tail = page.partition(anchor)
    if not found or anchor in tail:
        raise KgError(f"unexpected pyvis page: {anchor!r} is not unique")
    return head + (text + anchor if before else anchor + text) + tail


def render_page(net: Network, title: str, counts: dict[str, int]) -> str:
    """Return the HTML page of a network: escaped title, legend of ``counts``, no CDN links.

    Example:
        >>> import networkx as nx
        >>> page = render_page(build_network(nx.MultiDiGraph()), "<t>", {})
        >>> "<title>&lt;t&gt;</title>" in page and "https://cdn" not in page
        True
    """
    page = _DEAD_MARKUP.sub("", _REMOTE.sub("", net.generate_html()))
    legend = "".join(
        f'<li data-class="{_esc(name)}"><span class="kg-glyph" style="color:{colour}">'
        f"{_GLYPHS.get(shape, '●')}</span> {_esc(text)} ({count})</li>"
        for name, (text, colour, shape) in STYLES.items()
        if (count := counts.get(name, 0))
    )
    header = (
        f'\n<header class="kg-head"><h1>{_esc(title)}</h1>'
        f"<p>{len(net.nodes)} nodes · {len(net.edges)} edges · "
        f"hover a node for its evidence, an edge for its role</p>"
        f'<ul class="kg-legend">{legend}</ul></header>\n'
    )
    page = _once(page, '<meta charset="utf-8">', f"\n<title>{_esc(title)}</title>")
    page = _once(page, "</head>", _STYLE, before=True)
    page = _once(page, "<body>", header)
    page = _once(page, _NETWORK, _BEFORE_NETWORK, before=True)
    page = _once(page, _NETWORK, _AFTER_NETWORK)
    if not page.startswith("<html>"):
        raise KgError("unexpected pyvis page: it does not start with <html>")
    page = '<!DOCTYPE html>\n<html lang="en">' + page.removeprefix("<html>")
    if _REMOTE.search(page):
        raise KgError("unexpected pyvis page: it still links a remote asset")
    return page


def _write_atomic(path: Path, text: str) -> None:
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise KgError(f"cannot write {path}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as out:
            out.write(text)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise KgError(f"cannot write {path}: {e.strerror or e}") from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def write_view(
    store: QueryableStore, path: str | os.PathLike[str], *, title: str = "kg graph"
) -> ViewSummary:
    """Select the store's graph, draw it and write one self-contained HTML page atomically.

    Example:
        >>> import tempfile, pathlib, pyoxigraph as ox
        >>> class Store:
        ...     db = ox.Store()
        ...     def query(self, sparql):
        ...         return self.db.query(sparql, use_default_graph_as_union=True)
        >>> with tempfile.TemporaryDirectory() as tmp:
        ...     summary = write_view(Store(), pathlib.Path(tmp) / "g.html")
        ...     summary.path.name, summary.nodes, summary.edges
        ('g.html', 0, 0)
    """
    graph = select_graph(store)
    net = build_network(graph)
    counts: dict[str, int] = {}
    for _, name in graph.nodes(data="class"):
        counts[name] = counts.get(name, 0) + 1
    target = Path(path)
    _write_atomic(target, render_page(net, title, counts))
    return ViewSummary(path=target, nodes=len(net.nodes), edges=len(net.edges))


__all__ = ["STYLES", "ViewSummary", "build_network", "render_page", "write_view"]
