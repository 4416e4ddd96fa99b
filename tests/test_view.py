"""Tests of kg.view: selection, cuts, query views, layouts, the page and the pictures.

The browser tests (tests/browser/) load the same pages in headless Chromium.

Example:
    PYTHONPATH=src python -m pytest tests/test_view.py -q -p no:cacheprovider
"""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import networkx as nx
import pyoxigraph as ox
import pytest

from kg.errors import KgError, QueryError
from kg.store import EmbeddedStore
from kg.view import ViewRequest, network_view, select_graph, view_graph, write_view
from kg.view.cut import by_dates, by_types, find_node, neighbourhood, reduce_graph
from kg.view.layout import FORCE_MAX_NODES, plan_layout
from kg.view.network import KgNetwork, build_network

VIEW_TRIG = Path(__file__).resolve().parent / "browser" / "view.trig"
ID = "https://w3id.org/kg/id/"
PAYLOADS = (
    "<script>window.__pwned=1</script>",
    '<img src=x onerror="window.__pwned=1">',
    '<a href="javascript:window.__pwned=1">',
    "<svg onload=window.__pwned=1>",
)
EXPECTED_NODES = {
    "nation/USA": ("Nation", "United States (USA)"),
    "nation/KOR": ("Nation", "South Korea (KOR)"),
    "nation/CHN": ("Nation", "China (CHN)"),
    "agreement/a1": ("Agreement", "USA-KOR cost-sharing agreement"),
    "contract/c1": ("Contract", "Raytheon SM-6 Block IU production contract"),
    "stance/s1": ("Stance", "CHN condemns the joint drills"),
    "meeting/m1": ("Meeting", "USA-KOR meeting in Seoul"),
    "exercise/x1": ("Exercise", "CHN exercise 'Strait Thunder"),
    "place/seoul": ("Place", "Seoul"),
    "org/raytheon": ("Company", "Raytheon"),
    "org/rtx": ("Company", "RTX"),
    "org/us-navy": ("MilitaryBranch", "U.S. Navy"),
    "system/sm-6-block-iu": ("WeaponSystem", "SM-6 Block IU"),
    "system/sm-6": ("WeaponSystem", "SM-6"),
    "family/standard-missile": ("SystemFamily", "Standard Missile"),
    "funding/foreign-military-sales": ("FundingMechanism", "Foreign Military Sales"),
    "topic/joint-drills": (
        "Topic",
        'the joint drills <img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script>',
    ),
}
EXPECTED_EDGES = {
    ("agreement/a1", "nation/USA", "party"),
    ("agreement/a1", "nation/KOR", "party"),
    ("meeting/m1", "nation/USA", "participant"),
    ("meeting/m1", "nation/KOR", "participant"),
    ("meeting/m1", "place/seoul", "location"),
    ("contract/c1", "org/raytheon", "awardee"),
    ("contract/c1", "org/us-navy", "awarder"),
    ("contract/c1", "system/sm-6-block-iu", "system"),
    ("contract/c1", "funding/foreign-military-sales", "funding"),
    ("contract/c1", "nation/KOR", "customer"),
    ("org/raytheon", "org/rtx", "parent"),
    ("org/raytheon", "nation/USA", "country"),
    ("org/us-navy", "nation/USA", "country"),
    ("system/sm-6-block-iu", "system/sm-6", "variant of"),
    ("system/sm-6-block-iu", "family/standard-missile", "family"),
    ("system/sm-6-block-iu", "org/raytheon", "developer"),
    ("system/sm-6", "family/standard-missile", "family"),
    ("stance/s1", "nation/CHN", "actor"),
    ("stance/s1", "topic/joint-drills", "target"),
    ("exercise/x1", "nation/CHN", "participant"),
}
REMOTE = re.compile(r"""(?i)\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""")


@pytest.fixture
def store() -> EmbeddedStore:
    """A fresh in-memory store holding the three test articles' graphs."""
    db = EmbeddedStore.in_memory()
    db._open().extend(ox.parse(VIEW_TRIG.read_bytes(), format=ox.RdfFormat.TRIG))
    return db


def _short(iri: str) -> str:
    return iri.removeprefix(ID)


def _dataset(page: str, name: str) -> list[dict[str, Any]]:
    """Parse the JSON given to ``{name} = new vis.DataSet(...)`` out of a page."""
    marker = f"{name} = new vis.DataSet("
    assert page.count(marker) == 1
    data, _ = json.JSONDecoder().raw_decode(page, page.index(marker) + len(marker))
    return data


def _edges(graph: nx.MultiDiGraph) -> set[tuple[str, str, str]]:
    return {(_short(u), _short(v), k) for u, v, k in graph.edges(keys=True)}


# -- selection ---------------------------------------------------------------------------


def test_select_graph_nodes_and_edges(store: EmbeddedStore) -> None:
    graph = select_graph(store)
    assert {_short(n): (d["class"], d["label"]) for n, d in graph.nodes(data=True)} == (
        EXPECTED_NODES
    )
    assert _edges(graph) == EXPECTED_EDGES


def test_select_graph_fact_data_and_sources(store: EmbeddedStore) -> None:
    graph = select_graph(store)
    agreement = graph.nodes[f"{ID}agreement/a1"]
    assert agreement["fact"] is True
    assert (agreement["date"], agreement["type"]) == ("2024-04-26", "cost-sharing")
    assert agreement["amount"] == "1,400,000,000,000 KRW"
    assert (agreement["evidence_count"], agreement["sources"]) == (2, 2)
    assert [e["headline"] for e in agreement["evidence"]] == [
        "South Korea and U.S. Reach Cost-Sharing Deal",
        'Seoul and Washington seal "landmark deal',
    ]
    contract = graph.nodes[f"{ID}contract/c1"]
    assert (contract["type"], contract["date"], contract["amount"]) == (
        "production",
        "2024-05",
        "344,000,000 USD",
    )
    assert (contract["evidence_count"], len(contract["evidence"]), contract["sources"]) == (7, 7, 1)
    assert contract["evidence"][0]["sentence"] == "Contract sentence 0."
    kor = graph.nodes[f"{ID}nation/KOR"]
    assert (kor["fact"], kor["evidence"], kor["sources"], kor["name"]) == (
        False,
        [],
        2,  # mentioned in two articles
        "South Korea",
    )


def test_evidence_keeps_article_url_source_file_and_rule(store: EmbeddedStore) -> None:
    store.update(
        "INSERT DATA { GRAPH <https://w3id.org/kg/id/article/a1> { "
        '<https://w3id.org/kg/id/article/a1> <https://schema.org/url> "javascript:x()" } }'
    )
    agreement = select_graph(store).nodes[f"{ID}agreement/a1"]
    first = agreement["evidence"][0]
    assert (first["url"], first["path"], first["rule"]) == (
        "javascript:x()",
        "news/cost-sharing.txt",
        "agreement.reach",
    )
    assert agreement["evidence"][1]["url"] is None
    details = build_network(select_graph(store)).kg_details[f"{ID}agreement/a1"]["evidence"]
    assert details[0] == {
        "sentence": "The United States and South Korea reached a cost-sharing deal.",
        "headline": "South Korea and U.S. Reach Cost-Sharing Deal",
        "url": "javascript:x()",  # kept as text: the page links only http(s) URLs
        "path": "news/cost-sharing.txt",
        "rule": "agreement.reach",
    }
    assert "url" not in details[1]


def test_select_graph_of_one_article(store: EmbeddedStore) -> None:
    graph = select_graph(store, article=f"{ID}article/a3")
    assert sorted(_short(n) for n in graph) == [
        "exercise/x1",
        "nation/CHN",
        "stance/s1",
        "topic/joint-drills",
    ]


def test_view_of_one_article_by_id_path_or_title(store: EmbeddedStore) -> None:
    for ref in ("a2", "kgr:article/a2", "news/sm6.txt", "sm6.txt", f"{ID}article/a2"):
        graph = view_graph(store, ViewRequest(article=ref)).graph
        assert f"{ID}contract/c1" in graph and f"{ID}stance/s1" not in graph
    headline = view_graph(
        store, ViewRequest(article="south korea and u.s. reach cost-sharing deal")
    )
    assert f"{ID}meeting/m1" in headline.graph
    with pytest.raises(KgError, match="no article 'nope' in the store"):
        view_graph(store, ViewRequest(article="nope"))


# -- cuts --------------------------------------------------------------------------------


def test_types_and_groups(store: EmbeddedStore) -> None:
    graph = select_graph(store)
    assert {d for _, d in by_types(graph, ["fact"]).nodes(data="class")} == {
        "Agreement",
        "Contract",
        "Meeting",
        "Exercise",
        "Stance",
    }
    orgs = by_types(graph, ["organization", "weapon-system"])
    assert sorted(_short(n) for n in orgs) == [
        "org/raytheon",
        "org/rtx",
        "org/us-navy",
        "system/sm-6",
        "system/sm-6-block-iu",
    ]
    no_facts = by_types(graph, exclude=["Fact", "Place"])
    assert "place/seoul" not in {_short(n) for n in no_facts} and no_facts.number_of_nodes() == 11
    with pytest.raises(KgError, match="unknown type 'ships'"):
        by_types(graph, ["ships"])


def test_dates_overlap_and_drop_undated_and_orphans(store: EmbeddedStore) -> None:
    graph = select_graph(store)
    in_2024 = by_dates(graph, since="2024")
    facts = sorted(_short(n) for n, d in in_2024.nodes(data=True) if d["fact"])
    assert facts == ["agreement/a1", "contract/c1", "meeting/m1", "stance/s1"]
    spring = by_dates(graph, since="2024-04-01", until="2024-05-31")
    facts = sorted(_short(n) for n, d in spring.nodes(data=True) if d["fact"])
    assert facts == ["agreement/a1", "contract/c1", "meeting/m1"]  # the meeting says "2024"
    assert "nation/CHN" not in {_short(n) for n in spring}  # left with no edge
    old = by_dates(graph, until="2023-12")
    assert sorted(_short(n) for n in old) == ["exercise/x1", "nation/CHN"]
    with pytest.raises(KgError, match="bad date '24'"):
        by_dates(graph, since="24")
    with pytest.raises(KgError, match="after --until"):
        by_dates(graph, since="2024-02", until="2024-01")


def test_focus_by_code_label_iri_and_hops(store: EmbeddedStore) -> None:
    graph = select_graph(store)
    assert find_node(graph, "kor") == f"{ID}nation/KOR"
    assert find_node(graph, "South Korea") == f"{ID}nation/KOR"
    assert find_node(graph, "kgr:org/rtx") == f"{ID}org/rtx"
    assert find_node(graph, "Raytheon SM-6") == f"{ID}contract/c1"  # a unique part of a label
    assert find_node(graph, "SM-6") == f"{ID}system/sm-6"  # a whole label first
    with pytest.raises(KgError, match="'sm-6 block' names 2 nodes"):
        find_node(graph, "sm-6 block")
    with pytest.raises(KgError, match="no node 'Atlantis'"):
        find_node(graph, "Atlantis")
    one = neighbourhood(graph, ["KOR"], hops=1)
    assert sorted(_short(n) for n in one) == [
        "agreement/a1",
        "contract/c1",
        "meeting/m1",
        "nation/KOR",
    ]
    two = neighbourhood(graph, ["KOR"], hops=2)
    assert {"nation/USA", "place/seoul", "org/raytheon"} <= {_short(n) for n in two}
    assert "nation/CHN" not in {_short(n) for n in two}


def test_view_request_cuts_in_order(store: EmbeddedStore) -> None:
    view = view_graph(
        store, ViewRequest(focus=("USA",), hops=2, types=("fact", "Nation"), since="2024-04")
    )
    assert sorted(_short(n) for n in view.graph) == [
        "agreement/a1",
        "meeting/m1",
        "nation/KOR",
        "nation/USA",
    ]  # the contract names KOR, not the USA: it is three hops out
    assert view.description == [
        "types: fact, Nation",
        "facts dated 2024-04-01 to …",
        "around United States (USA), 2 hops",
    ]
    with pytest.raises(KgError, match="no node 'CHN'"):  # CHN's facts are outside the range
        view_graph(store, ViewRequest(focus=("CHN",), since="2025"))


def test_reduce_keeps_best_sourced_facts_with_participants() -> None:
    graph = nx.MultiDiGraph()
    for i in range(30):
        graph.add_node(f"f{i}", **{"class": "Agreement", "sources": 1 + (i == 7)})
        for j in (i, i + 1):
            graph.add_node(f"n{j}", **{"class": "Nation"})
            graph.add_edge(f"f{i}", f"n{j}", key="party")
    small, note = reduce_graph(graph, 10)
    assert note is not None and (note.before, note.after) == (61, 10)
    assert {"f7", "n7", "n8"} <= set(small)  # the best-sourced fact and its parties
    for fact in (v for v in small if v.startswith("f")):
        assert set(graph.successors(fact)) <= set(small)  # no fact without its parties
    assert "showing 10 of 61 nodes" in note.text()
    same, none = reduce_graph(graph, 0)
    assert same is graph and none is None
    kept, _ = reduce_graph(graph, 5, keep=["n29"])
    assert "n29" in kept


def test_big_store_view_is_reduced_with_a_notice(store: EmbeddedStore) -> None:
    view = view_graph(store, ViewRequest(max_nodes=6))
    assert view.graph.number_of_nodes() <= 6
    assert view.notice and view.notice.startswith("showing ")
    assert f"{ID}agreement/a1" in view.graph  # stated by two articles


# -- query views -------------------------------------------------------------------------


def test_construct_view_draws_its_triples_enriched_from_the_store(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    rq = tmp_path / "parties.rq"
    rq.write_text(
        "PREFIX kg: <https://w3id.org/kg/def#>\n"
        "CONSTRUCT { ?a kg:party ?n . ?a kg:note ?label } WHERE { ?a kg:party ?n ; "
        "<http://www.w3.org/2000/01/rdf-schema#label> ?label }"
    )
    graph = view_graph(store, ViewRequest(query=str(rq))).graph
    assert _edges(graph) == {
        ("agreement/a1", "nation/USA", "party"),
        ("agreement/a1", "nation/KOR", "party"),
    }
    agreement = graph.nodes[f"{ID}agreement/a1"]
    assert (agreement["class"], agreement["sources"]) == ("Agreement", 2)
    assert agreement["properties"] == [("note", "USA-KOR cost-sharing agreement")]
    assert graph.nodes[f"{ID}nation/KOR"]["label"] == "South Korea (KOR)"


def test_select_view_with_source_target_role_and_node_columns(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    rq = tmp_path / "who.rq"
    rq.write_text(
        "PREFIX kg: <https://w3id.org/kg/def#>\n"
        "SELECT ?source ?target ?role WHERE { ?source kg:actor ?target BIND('said' AS ?role) }"
    )
    graph = view_graph(store, ViewRequest(query=str(rq))).graph
    assert _edges(graph) == {("stance/s1", "nation/CHN", "said")}
    nodes = tmp_path / "nodes.rq"
    nodes.write_text(
        "PREFIX kg: <https://w3id.org/kg/def#>\n"
        "SELECT ?node WHERE { { ?node a kg:Nation } UNION { ?node a kg:Company } }"
    )
    graph = view_graph(store, ViewRequest(query=str(nodes))).graph
    assert _edges(graph) == {
        ("org/raytheon", "org/rtx", "parent"),
        ("org/raytheon", "nation/USA", "country"),
    }
    bound = view_graph(
        store, ViewRequest(query=str(rq), params={"target": ox.NamedNode(f"{ID}nation/USA")})
    )
    assert bound.graph.number_of_nodes() == 0 and bound.notice and "nothing" in bound.notice


def test_query_view_errors(store: EmbeddedStore, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?p }")
    with pytest.raises(QueryError, match="line 1"):
        view_graph(store, ViewRequest(query=str(bad)))
    cols = tmp_path / "cols.rq"
    cols.write_text("SELECT ?a ?b WHERE { ?a ?p ?b }")
    with pytest.raises(QueryError, match=r"needs a \?source and a \?target column"):
        view_graph(store, ViewRequest(query=str(cols)))
    ask = tmp_path / "ask.rq"
    ask.write_text("ASK { ?s ?p ?o }")
    with pytest.raises(QueryError, match="not ASK"):
        view_graph(store, ViewRequest(query=str(ask)))
    with pytest.raises(QueryError, match="no query file"):
        view_graph(store, ViewRequest(query=str(tmp_path / "missing.rq")))
    with pytest.raises(KgError, match="not both"):
        view_graph(store, ViewRequest(query=str(ask), article="a1"))


# -- layout, network, page ---------------------------------------------------------------


def test_layout_plans() -> None:
    assert plan_layout(10).layout == "force"
    assert plan_layout(FORCE_MAX_NODES + 1).layout == "spring"
    assert plan_layout(10, "force", False).layout == "spring"
    live = plan_layout(10, "force", True)
    assert (live.physics, live.stabilize, live.live) == (True, True, True)
    still = plan_layout(10, "circle")
    assert (still.physics, still.stabilize) == (False, False)
    with pytest.raises(KgError, match="unknown layout"):
        plan_layout(10, "radial")


def test_network_nodes_edges_sizes_and_positions(store: EmbeddedStore) -> None:
    graph = select_graph(store)
    net = build_network(graph, layout="spring")
    assert isinstance(net, KgNetwork)
    nodes = {n["id"]: n for n in net.nodes}
    assert all("x" in n and "y" in n for n in nodes.values())
    assert net.options["physics"]["enabled"] is False
    assert nodes[f"{ID}nation/USA"]["size"] > nodes[f"{ID}org/rtx"]["size"]  # by degree
    assert (nodes[f"{ID}nation/KOR"]["shape"], nodes[f"{ID}stance/s1"]["shape"]) == (
        "dot",
        "diamond",
    )
    by_sources = {n["id"]: n["size"] for n in build_network(graph, size_by="sources").nodes}
    assert by_sources[f"{ID}agreement/a1"] > by_sources[f"{ID}contract/c1"]
    edges = {(_short(e["from"]), _short(e["to"]), e["label"]) for e in net.edges}
    assert edges == EXPECTED_EDGES
    assert "CHN condemns the joint drills → actor → China (CHN)" in {e["title"] for e in net.edges}
    with pytest.raises(KgError, match="unknown size"):
        build_network(graph, size_by="weight")


def test_page_is_offline_escaped_and_complete(store: EmbeddedStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    title = 'Korea <script>alert("t")</script> & "co'
    summary = write_view(store, path, title=title)
    assert (summary.path, summary.nodes, summary.edges, summary.format) == (path, 17, 20, "html")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]  # no temp file left
    page = path.read_text(encoding="utf-8")
    assert not REMOTE.search(page)
    assert "sourceMappingURL" not in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    assert "new vis.Network(" in page and "TomSelect" in page  # libraries inlined
    assert '"iterations": 200' in page  # bounded stabilization
    escaped = "Korea &lt;script&gt;alert(&#34;t&#34;)&lt;/script&gt; &amp; &#34;co"
    assert f"<title>{escaped}</title>" in page and f"<h1>{escaped}</h1>" in page
    for payload in PAYLOADS:
        assert payload not in page
    assert "</script><script>window" not in page
    assert not re.search(r"""(?i)href\s*=\s*["']?\s*javascript:window""", page)
    nodes = _dataset(page, "nodes")
    assert {_short(n["id"]): n["label"] for n in nodes} == {
        k: label for k, (_, label) in EXPECTED_NODES.items()
    }
    edges = _dataset(page, "edges")
    assert {(_short(e["from"]), _short(e["to"]), e["label"]) for e in edges} == EXPECTED_EDGES
    legend = re.search(r'<ul class="kg-legend" id="kg-legend">(.*?)</ul>', page, re.DOTALL)
    assert legend and re.findall(r'data-class="(\w+)"', legend.group(1))[:3] == [
        "Nation",
        "Company",
        "MilitaryBranch",
    ]
    assert "Nation (3)" in legend.group(1)
    assert re.search(r'<p class="kg-count" id="kg-count">17 nodes · 20 edges', page)


def test_page_policy_names_each_script_by_its_hash(store: EmbeddedStore) -> None:
    import base64
    import hashlib

    from kg.view.html import render_page, script_policy

    page = render_page(network_view(store, ViewRequest(title="%KG-SCRIPT-SRC% <script>")))
    bodies = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)
    assert len(bodies) == 6 and all("\r" not in body for body in bodies)
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(b.encode()).digest()).decode() + "'"
        for b in bodies
    }
    assert set(script_policy(page).split()) == hashes
    assert "%KG-SCRIPT-SRC% &lt;script&gt;</title>" in page  # a title like the placeholder
    assert "'unsafe-inline'; img-src" in page  # inline styles only, never inline scripts


def test_write_view_replaces_and_reports_unwritable(store: EmbeddedStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_text("old")
    write_view(store, path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    with pytest.raises(KgError, match="cannot write"):
        write_view(store, tmp_path / "missing" / "graph.html")


def test_network_view_is_a_pyvis_network_for_notebooks(
    store: EmbeddedStore, tmp_path: Path
) -> None:
    from pyvis.network import Network

    net = network_view(store, ViewRequest(focus=("KOR",), hops=1, title="KOR"))
    assert isinstance(net, Network) and len(net.nodes) == 4
    net.add_node("extra", label="added in a notebook")
    out = tmp_path / "nb.html"
    net.write_html(str(out))
    page = out.read_text(encoding="utf-8")
    assert "added in a notebook" in page and not REMOTE.search(page)
    frame = net._repr_html_()
    assert frame.startswith("<iframe srcdoc=") and "<script" not in frame


# -- pictures ----------------------------------------------------------------------------


def test_svg_and_png_pictures(store: EmbeddedStore, tmp_path: Path) -> None:
    svg = tmp_path / "g.svg"
    summary = write_view(store, svg, title="A $5 <b>title</b>")
    assert (summary.format, summary.nodes) == ("svg", 17)
    root = ET.parse(svg).getroot()
    texts = [t.text or "" for t in root.iter("{http://www.w3.org/2000/svg}text")]
    assert "A $5 <b>title</b>" in texts
    assert any("<script>window.__pwned=1</script>" in t for t in texts)
    tags = {el.tag.rsplit("}", 1)[-1] for el in root.iter()}
    assert "script" not in tags and "foreignObject" not in tags
    assert not any(k.startswith("on") for el in root.iter() for k in el.attrib)
    png = tmp_path / "g.out"
    summary = write_view(store, png, fmt="png", focus=("CHN",))
    assert summary.format == "png" and png.read_bytes()[:4] == b"\x89PNG"
    with pytest.raises(KgError, match="unknown view format"):
        write_view(store, png, fmt="gif")


def test_pictures_need_matplotlib(
    store: EmbeddedStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sys

    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(KgError, match=r"pip install 'kg\[plot\]'"):
        write_view(store, tmp_path / "g.png")
