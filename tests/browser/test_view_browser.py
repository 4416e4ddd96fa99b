"""kg graph pages in headless Chromium, offline: they load, draw, and keep article text inert.

Example:
    PYTHONPATH=src python -m pytest tests/browser/test_view_browser.py -q -p no:cacheprovider
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.store import EmbeddedStore
from kg.view import ViewRequest, write_view

VIEW_TRIG = Path(__file__).resolve().parent / "view.trig"
ID = "https://w3id.org/kg/id/"
NAMES = """nation/USA nation/KOR nation/CHN agreement/a1 contract/c1 stance/s1 meeting/m1
exercise/x1 place/seoul org/raytheon org/rtx org/us-navy system/sm-6-block-iu system/sm-6
family/standard-missile funding/foreign-military-sales topic/joint-drills"""
NODES = {f"{ID}{name}" for name in NAMES.split()}
HOSTILE = [f"{ID}stance/s1", f"{ID}topic/joint-drills"]
PAYLOAD = '<img src=x onerror="window.__pwned=1">'


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    """The three hostile test articles in an in-memory store."""
    db = EmbeddedStore.in_memory()
    db._open().extend(ox.parse(VIEW_TRIG.read_bytes(), format=ox.RdfFormat.TRIG))
    return db


def _write(store: EmbeddedStore, tmp_path: Path, **fields: Any) -> Path:
    path = tmp_path / "view.html"
    write_view(store, path, ViewRequest(**fields))
    return path


def _node_point(page: Any, node: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    x, y = page.evaluate(
        """(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.getElementById("mynetwork").getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    return x, y


def test_page_loads_offline_with_exact_dataset(
    store: EmbeddedStore, tmp_path: Path, watched: Any
) -> None:
    watched.open(_write(store, tmp_path, title=f"Korea {PAYLOAD}"))
    page = watched.page
    assert set(page.evaluate("nodes.getIds()")) == NODES
    edges = page.evaluate("edges.get().map(e => [e.from, e.to, e.label])")
    assert len(edges) == 20
    assert [f"{ID}stance/s1", f"{ID}nation/CHN", "actor"] in edges
    assert [f"{ID}contract/c1", f"{ID}nation/KOR", "customer"] in edges
    assert page.title() == f"Korea {PAYLOAD}"
    assert page.inner_text("h1") == f"Korea {PAYLOAD}"
    assert page.inner_text("#kg-count").startswith("17 nodes · 20 edges")
    legend = page.eval_on_selector_all("#kg-legend li", "els => els.map(e => e.dataset.class)")
    assert legend[0] == "Nation" and "Exercise" in legend and len(legend) == 13
    assert page.evaluate("typeof vis.Network") == "function"
    watched.clean()


def test_hover_and_click_show_evidence_as_text(
    store: EmbeddedStore, tmp_path: Path, watched: Any
) -> None:
    watched.open(_write(store, tmp_path, layout="circle"))
    page = watched.page
    for node in HOSTILE:
        page.mouse.move(*_node_point(page, node))
        page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
        tip = page.inner_text("div.vis-tooltip")
        assert PAYLOAD in tip or "<script>window.__pwned=1</script>" in tip
        page.mouse.click(*_node_point(page, node))
        panel = page.inner_text("#kg-panel")
        assert node in panel
        page.mouse.move(5, 5)
    panel = page.inner_text("#kg-panel")
    assert "condemns" in panel or "joint drills" in panel
    # the stance's sentence and its hostile headline, shown in full as text
    page.mouse.click(*_node_point(page, f"{ID}stance/s1"))
    panel = page.inner_text("#kg-panel")
    assert "</script><script>window.__pwned=1</script>" in panel
    assert f"— Beijing protests <b>drills</b> {PAYLOAD}" in panel
    assert (
        page.eval_on_selector_all("#kg-panel img, #kg-panel script, #kg-panel a", "e => e.length")
        == 0
    )
    watched.clean()


def test_contract_details_show_type_date_amount_and_sources(
    store: EmbeddedStore, tmp_path: Path, watched: Any
) -> None:
    watched.open(_write(store, tmp_path, layout="circle"))
    page = watched.page
    page.mouse.click(*_node_point(page, f"{ID}contract/c1"))
    panel = page.inner_text("#kg-panel")
    assert "Contract · production · 2024-05 · 344,000,000 USD" in panel
    assert "Evidence: 7 sentences" in panel and "Contract sentence 6." in panel
    assert "Sources: 1 article" in panel
    page.mouse.click(*_node_point(page, f"{ID}agreement/a1"))
    panel = page.inner_text("#kg-panel")
    assert '— Seoul and Washington seal "landmark deal' in panel
    assert "Sources: 2 articles" in panel
    watched.clean()


def test_select_menu_finds_a_node_by_its_hostile_label(
    store: EmbeddedStore, tmp_path: Path, watched: Any
) -> None:
    watched.open(_write(store, tmp_path, layout="circle"))
    page = watched.page
    page.click("#select-menu .ts-control")
    page.keyboard.type("joint drills")
    option = page.wait_for_selector(
        f'#select-menu .ts-dropdown .option[data-value="{ID}topic/joint-drills"]', timeout=5000
    )
    assert "<script>window.__pwned=1</script>" in option.inner_text()
    option.click()
    assert f"{ID}topic/joint-drills" in page.inner_text("#kg-panel")
    assert page.evaluate("network.getSelectedNodes()") == [f"{ID}topic/joint-drills"]
    # neighbourhood highlight: the stance keeps its colour, far nodes are greyed
    colours = page.evaluate("Object.fromEntries(nodes.get().map(n => [n.id, n.color]))")
    assert colours[f"{ID}stance/s1"] == "#e7298a"
    assert colours[f"{ID}org/rtx"].startswith("rgba(")
    page.click("#select-reset")
    colours = page.evaluate("Object.fromEntries(nodes.get().map(n => [n.id, n.color]))")
    assert colours[f"{ID}org/rtx"] == "#ff7f0e"
    watched.clean()


def test_filter_menu_shows_only_chosen_kind(
    store: EmbeddedStore, tmp_path: Path, watched: Any
) -> None:
    watched.open(_write(store, tmp_path, layout="circle"))
    page = watched.page
    for control, text in (("item", "node"), ("property", "kind"), ("value", "Nation")):
        page.click(f"#select-{control} + .ts-wrapper .ts-control")
        page.click(f"#select-{control} + .ts-wrapper .ts-dropdown .option >> text='{text}'")
        page.keyboard.press("Escape")
    page.click("#filter-apply")
    shown = page.evaluate("nodes.get().filter(n => !n.hidden).map(n => n.id)")
    assert sorted(shown) == sorted(f"{ID}nation/{c}" for c in ("USA", "KOR", "CHN"))
    page.click("#filter-reset")
    assert page.evaluate("nodes.get().filter(n => n.hidden).length") == 0
    watched.clean()


@pytest.mark.parametrize(
    "fields",
    [
        {"layout": "force"},
        {"layout": "spring", "physics": True},
        {"layout": "hierarchical"},
        {"focus": ("KOR",), "hops": 1, "size_by": "sources"},
    ],
)
def test_layouts_draw_without_errors(
    store: EmbeddedStore, tmp_path: Path, watched: Any, fields: dict[str, Any]
) -> None:
    watched.open(_write(store, tmp_path, **fields))
    assert watched.page.evaluate("nodes.length") > 0
    watched.clean()


def test_reduced_big_view_says_so_and_draws(tmp_path: Path, watched: Any) -> None:
    import networkx as nx

    from kg.view.cut import reduce_graph
    from kg.view.network import build_network

    graph = nx.MultiDiGraph()
    for i in range(60):
        graph.add_node(
            f"urn:f{i}", **{"class": "Meeting", "label": f"meeting {i}", "sources": i % 3}
        )
        for j in (i, i + 1):
            graph.add_node(f"urn:n{j}", **{"class": "Nation", "label": f"nation {j}"})
            graph.add_edge(f"urn:f{i}", f"urn:n{j}", key="participant")
    small, note = reduce_graph(graph, 40)
    assert note is not None and small.number_of_nodes() <= 40
    net = build_network(small, title="big")
    net.kg_notice = note.text()
    path = tmp_path / "big.html"
    path.write_text(net.generate_html(), encoding="utf-8")
    watched.open(path)
    assert watched.page.inner_text("#kg-notice").startswith(
        f"showing {small.number_of_nodes()} of 121 nodes"
    )
    assert watched.page.evaluate("nodes.length") == small.number_of_nodes()
    watched.clean()


def test_svg_picture_is_inert(store: EmbeddedStore, tmp_path: Path, watched: Any) -> None:
    path = tmp_path / "view.svg"
    write_view(store, path)
    watched.page.goto(path.resolve().as_uri())
    text = watched.page.evaluate("document.documentElement.textContent")
    assert "<script>window.__pwned=1</script>" in text
    assert watched.page.evaluate("document.getElementsByTagName('script').length") == 0
    watched.clean()
