"""Tests of kg.view: graph selection from a store and the self-contained HTML page.

Example:
    PYTHONPATH=src python -m pytest tests/test_view.py -q -p no:cacheprovider
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyoxigraph as ox
import pytest

from kg.view import select_graph, write_view
from kg.view.html import PHYSICS_MAX_NODES, build_network

XSS_SCRIPT = "<script>alert(1)</script>"
XSS_IMG = "<img src=x onerror=alert(1)>"
XSS_LINK = '<a href="javascript:alert(1)">details</a>'
HEADLINE_QUOTE = 'Seoul and Washington seal "landmark deal'

PREFIXES = """
@prefix kg: <https://w3id.org/kg/def#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .
@prefix wd: <http://www.wikidata.org/entity/> .
@prefix article: <https://w3id.org/kg/id/article/> .
@prefix evidence: <https://w3id.org/kg/id/evidence/> .
@prefix nation: <https://w3id.org/kg/id/nation/> .
@prefix org: <https://w3id.org/kg/id/org/> .
@prefix system: <https://w3id.org/kg/id/system/> .
@prefix family: <https://w3id.org/kg/id/family/> .
@prefix funding: <https://w3id.org/kg/id/funding/> .
@prefix topic: <https://w3id.org/kg/id/topic/> .
@prefix agreement: <https://w3id.org/kg/id/agreement/> .
@prefix contract: <https://w3id.org/kg/id/contract/> .
@prefix stance: <https://w3id.org/kg/id/stance/> .
@prefix meeting: <https://w3id.org/kg/id/meeting/> .
@prefix place: <https://w3id.org/kg/id/place/> .
@prefix amount: <https://w3id.org/kg/id/amount/> .
@prefix atype: <https://w3id.org/kg/vocab/agreement-type/> .
@prefix purpose: <https://w3id.org/kg/vocab/contract-purpose/> .
@prefix stype: <https://w3id.org/kg/vocab/stance-type/> .
"""

NATIONS = """
    nation:USA a kg:Nation ; rdfs:label "United States" ; kg:isoCode "USA" ; kg:isoAlpha2 "US" .
    nation:KOR a kg:Nation ; rdfs:label "South Korea" ; kg:isoCode "KOR" ; kg:isoAlpha2 "KR" ;
        owl:sameAs wd:Q884 .
"""

AGREEMENT = """
    agreement:a1 a kg:Agreement ; rdfs:label "USA-KOR cost-sharing agreement" ;
        kg:agreementType atype:cost-sharing ; kg:party nation:USA, nation:KOR ;
        kg:date "2024-04-26"^^xsd:date ; kg:amount amount:KRW\\/1400000000000 ;
        kg:evidence evidence:{ev} .
    amount:KRW\\/1400000000000 a schema:MonetaryAmount ;
        schema:value "1400000000000"^^xsd:decimal ; schema:currency "KRW" .
    evidence:{ev} a kg:Evidence ; kg:article article:{art} ;
        nif:anchorOf "{sentence}" ; nif:beginIndex {begin} ; nif:endIndex {end} ;
        kg:rule "agreement.reach" ; kg:confidence 0.9 .
"""


def _contract_evidence(n: int) -> str:
    return "\n".join(
        f'evidence:c{i} a kg:Evidence ; kg:article article:a2 ; nif:anchorOf "Contract '
        f'sentence {i}." ; nif:beginIndex {100 * i} ; nif:endIndex {100 * i + 20} ; '
        f'kg:rule "contract.award" ; kg:confidence 0.8 .'
        for i in range(n)
    )


AGREEMENT_A1 = AGREEMENT.format(
    ev="e1",
    art="a1",
    begin=0,
    end=80,
    sentence="The United States and South Korea reached a cost-sharing deal.",
)
AGREEMENT_A2 = AGREEMENT.format(
    ev="e2",
    art="a2",
    begin=10,
    end=90,
    sentence="Seoul and Washington signed the cost-sharing agreement.",
)
STANCE_SENTENCE = json.dumps(f"China condemned the drills {XSS_SCRIPT} {XSS_IMG} {XSS_LINK}")

TRIG = (
    PREFIXES
    + f"""
article:a1 {{
    article:a1 a kg:Article ; schema:headline "South Korea and U.S. Reach Cost-Sharing Deal" .
{NATIONS}
{AGREEMENT_A1}
    place:seoul a schema:Place ; rdfs:label "Seoul" .
    meeting:m1 a kg:Meeting, <http://semanticweb.cs.vu.nl/2009/11/sem/Event>, schema:Event ;
        rdfs:label "USA-KOR meeting in Seoul" ; kg:participant nation:USA, nation:KOR ;
        kg:location place:seoul ; kg:date "2024"^^xsd:gYear ; kg:evidence evidence:m1 .
    evidence:m1 a kg:Evidence ; kg:article article:a1 ; nif:anchorOf "They met in Seoul." ;
        nif:beginIndex 200 ; nif:endIndex 218 ; kg:rule "meeting.meet" ; kg:confidence 0.9 .
}}

article:a2 {{
    article:a2 a kg:Article ; schema:headline {json.dumps(HEADLINE_QUOTE)} .
{NATIONS}
{AGREEMENT_A2}
    org:raytheon a kg:Company ; rdfs:label "Raytheon" ; kg:parentOrganization org:rtx ;
        kg:country nation:USA .
    org:rtx a kg:Company ; rdfs:label "RTX" .
    org:us-navy a kg:MilitaryBranch ; rdfs:label "U.S. Navy" ; kg:country nation:USA .
    system:sm-6-block-iu a kg:WeaponSystem ; rdfs:label "SM-6 Block IU" ;
        kg:variantOf system:sm-6 ; kg:family family:standard-missile ;
        kg:developer org:raytheon .
    system:sm-6 a kg:WeaponSystem ; rdfs:label "SM-6" ; kg:family family:standard-missile .
    family:standard-missile a kg:SystemFamily ; rdfs:label "Standard Missile" .
    funding:foreign-military-sales a kg:FundingMechanism ; rdfs:label "Foreign Military Sales" .
    contract:c1 a kg:Contract ; rdfs:label "Raytheon SM-6 Block IU production contract" ;
        kg:awardee org:raytheon ; kg:awarder org:us-navy ; kg:system system:sm-6-block-iu ;
        kg:purpose purpose:production ; kg:funding funding:foreign-military-sales ;
        kg:customer nation:KOR ; kg:date "2024-05"^^xsd:gYearMonth ;
        kg:amount amount:USD\\/344000000 ;
        kg:evidence evidence:c0, evidence:c1, evidence:c2, evidence:c3, evidence:c4,
                    evidence:c5, evidence:c6 .
    amount:USD\\/344000000 a schema:MonetaryAmount ; schema:value "344000000"^^xsd:decimal ;
        schema:currency "USD" .
{_contract_evidence(7)}
}}

article:a3 {{
    article:a3 a kg:Article ; schema:headline "Beijing protests <b>drills</b>" .
    nation:CHN a kg:Nation ; rdfs:label "China" ; kg:isoCode "CHN" .
    topic:joint-drills a kg:Topic ; rdfs:label "the joint drills" .
    stance:s1 a kg:Stance ; rdfs:label "CHN condemns the joint drills" ;
        kg:actor nation:CHN ; kg:stanceType stype:condemns ; kg:target topic:joint-drills ;
        kg:evidence evidence:s1 .
    evidence:s1 a kg:Evidence ; kg:article article:a3 ;
        nif:anchorOf {STANCE_SENTENCE} ;
        nif:beginIndex 5 ; nif:endIndex 120 ; kg:rule "stance.condemn" ; kg:confidence 0.7 .
}}
"""
)

ID = "https://w3id.org/kg/id/"
EXPECTED_NODES = {
    f"{ID}nation/USA": ("Nation", "United States (USA)"),
    f"{ID}nation/KOR": ("Nation", "South Korea (KOR)"),
    f"{ID}nation/CHN": ("Nation", "China (CHN)"),
    f"{ID}agreement/a1": ("Agreement", "USA-KOR cost-sharing agreement"),
    f"{ID}contract/c1": ("Contract", "Raytheon SM-6 Block IU production contract"),
    f"{ID}stance/s1": ("Stance", "CHN condemns the joint drills"),
    f"{ID}meeting/m1": ("Meeting", "USA-KOR meeting in Seoul"),
    f"{ID}place/seoul": ("Place", "Seoul"),
    f"{ID}org/raytheon": ("Company", "Raytheon"),
    f"{ID}org/rtx": ("Company", "RTX"),
    f"{ID}org/us-navy": ("MilitaryBranch", "U.S. Navy"),
    f"{ID}system/sm-6-block-iu": ("WeaponSystem", "SM-6 Block IU"),
    f"{ID}system/sm-6": ("WeaponSystem", "SM-6"),
    f"{ID}family/standard-missile": ("SystemFamily", "Standard Missile"),
    f"{ID}funding/foreign-military-sales": ("FundingMechanism", "Foreign Military Sales"),
    f"{ID}topic/joint-drills": ("Topic", "the joint drills"),
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
}
REMOTE_ATTRIBUTE = re.compile(r"""(?i)\b(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""")


class UnionStore:
    """The store interface kg.view uses: SPARQL over the union of the named graphs."""

    def __init__(self, store: ox.Store) -> None:
        self.store = store

    def query(self, sparql: str) -> Any:
        """Run a query with the default graph as the union of all named graphs."""
        return self.store.query(sparql, use_default_graph_as_union=True)


@pytest.fixture
def store() -> UnionStore:
    """A fresh in-memory store holding three articles' graphs."""
    db = ox.Store()
    db.extend(ox.parse(TRIG.encode(), format=ox.RdfFormat.TRIG))
    return UnionStore(db)


def _dataset(page: str, name: str) -> list[dict[str, Any]]:
    """Parse the JSON given to ``{name} = new vis.DataSet(...)`` out of a pyvis page."""
    marker = f"{name} = new vis.DataSet("
    assert page.count(marker) == 1
    data, _ = json.JSONDecoder().raw_decode(page, page.index(marker) + len(marker))
    return data


def _short(iri: str) -> str:
    return iri.removeprefix(ID)


def test_select_graph_nodes_and_edges(store: UnionStore) -> None:
    graph = select_graph(store)
    assert {n: (d["class"], d["label"]) for n, d in graph.nodes(data=True)} == EXPECTED_NODES
    edges = {(_short(u), _short(v), d["role"]) for u, v, d in graph.edges(data=True)}
    assert edges == EXPECTED_EDGES


def test_select_graph_fact_data(store: UnionStore) -> None:
    graph = select_graph(store)
    agreement = graph.nodes[f"{ID}agreement/a1"]
    assert agreement["fact"] is True
    assert (agreement["date"], agreement["type"]) == ("2024-04-26", "cost-sharing")
    assert agreement["amount"] == "1,400,000,000,000 KRW"
    assert (agreement["evidence_count"], agreement["sources"]) == (2, 2)
    assert [e["headline"] for e in agreement["evidence"]] == [
        "South Korea and U.S. Reach Cost-Sharing Deal",
        HEADLINE_QUOTE,
    ]
    contract = graph.nodes[f"{ID}contract/c1"]
    assert (contract["type"], contract["date"]) == ("production", "2024-05")
    assert contract["amount"] == "344,000,000 USD"
    assert (contract["evidence_count"], len(contract["evidence"]), contract["sources"]) == (7, 5, 1)
    assert contract["evidence"][0]["sentence"] == "Contract sentence 0."
    meeting = graph.nodes[f"{ID}meeting/m1"]
    assert (meeting["class"], meeting["date"], meeting["evidence_count"]) == ("Meeting", "2024", 1)
    assert graph.nodes[f"{ID}nation/KOR"]["fact"] is False
    assert graph.nodes[f"{ID}nation/KOR"]["evidence"] == []


def test_write_view_page(store: UnionStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    summary = write_view(store, path, title='Korea <script>alert("t")</script> & "co')
    assert path.is_file()
    assert (summary.path, summary.nodes, summary.edges) == (path, 16, 19)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]  # no temp file left
    page = path.read_text(encoding="utf-8")

    nodes = _dataset(page, "nodes")
    assert {n["id"]: n["label"] for n in nodes} == {
        iri: label for iri, (_, label) in EXPECTED_NODES.items()
    }
    edges = _dataset(page, "edges")
    assert {(_short(e["from"]), _short(e["to"]), e["label"]) for e in edges} == EXPECTED_EDGES
    assert all(e["title"] for e in edges)
    size = {n["id"]: n["size"] for n in nodes}
    assert size[f"{ID}nation/USA"] > size[f"{ID}org/rtx"]  # sized by degree

    tips = {n["id"]: n["title"] for n in nodes}
    contract = tips[f"{ID}contract/c1"]
    assert "production" in contract and "2024-05" in contract and "344,000,000 USD" in contract
    assert "Contract sentence 4." in contract and "Contract sentence 5." not in contract
    assert "and 2 more" in contract
    assert "Seoul and Washington seal &quot;landmark deal" in tips[f"{ID}agreement/a1"]
    assert "Beijing protests &lt;b&gt;drills&lt;/b&gt;" in tips[f"{ID}stance/s1"]


def test_write_view_escapes_article_text(store: UnionStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    write_view(store, path, title='Korea <script>alert("t")</script> & "co')
    page = path.read_text(encoding="utf-8")
    tip = {n["id"]: n["title"] for n in _dataset(page, "nodes")}[f"{ID}stance/s1"]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in tip
    assert "&lt;img src=x onerror=alert(1)&gt;" in tip
    assert "<a " not in tip and "<img" not in tip and "<script" not in tip
    for raw in (XSS_SCRIPT, XSS_IMG, XSS_LINK, 'alert("t")</script>', HEADLINE_QUOTE):
        assert raw not in page
    assert not re.search(r"""(?i)href\s*=\s*["']?\s*javascript:""", page)
    title = "Korea &lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; &amp; &quot;co"
    assert f"<title>{title}</title>" in page and f"<h1>{title}</h1>" in page


def test_write_view_needs_no_network(store: UnionStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    write_view(store, path)
    page = path.read_text(encoding="utf-8")
    assert not REMOTE_ATTRIBUTE.search(page)
    assert "new vis.Network(" in page and "vis-network" in page  # the library is inlined
    assert '"iterations": 200' in page  # bounded stabilization


def test_write_view_legend_lists_classes_present(store: UnionStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    write_view(store, path)
    page = path.read_text(encoding="utf-8")
    legend = re.search(r'<ul class="kg-legend">(.*?)</ul>', page, re.DOTALL)
    assert legend
    assert re.findall(r'data-class="(\w+)"', legend.group(1)) == [
        "Nation",
        "Company",
        "MilitaryBranch",
        "WeaponSystem",
        "SystemFamily",
        "FundingMechanism",
        "Place",
        "Topic",
        "Agreement",
        "Contract",
        "Meeting",
        "Stance",
    ]
    assert "Nation (3)" in legend.group(1)


def test_write_view_replaces_existing_file(store: UnionStore, tmp_path: Path) -> None:
    path = tmp_path / "graph.html"
    path.write_text("old")
    write_view(store, path)
    assert path.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.html"]


def test_write_view_reports_unwritable_path(store: UnionStore, tmp_path: Path) -> None:
    from kg.errors import KgError

    with pytest.raises(KgError, match="cannot write"):
        write_view(store, tmp_path / "missing" / "graph.html")


def test_big_graph_gets_positions_and_no_physics() -> None:
    import networkx as nx

    graph = nx.MultiDiGraph()
    for i in range(PHYSICS_MAX_NODES + 1):
        graph.add_node(f"n{i}", **{"class": "Nation", "label": f"N{i}", "evidence": []})
        if i:
            graph.add_edge(f"n{i}", "n0", key="party", role="party")
    net = build_network(graph)
    assert all("x" in n and "y" in n for n in net.nodes)
    assert net.options["physics"]["enabled"] is False
