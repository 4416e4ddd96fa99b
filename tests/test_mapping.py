"""RDF mapping: deterministic IRIs, the model of docs/model.md, SHACL conformance."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset

from kg.extract import extract_article, extract_text
from kg.rdf import iris
from kg.rdf.mapping import KG, article_quads, fact_key, match_key, variant_base
from kg.rdf.namespace import KG as KG_NS
from kg.rdf.namespace import PREFIXES
from kg.sources.read import parse_text
from kg.store import PREFIXES as STORE_PREFIXES
from kg.validate import validate_graph

SEED = Path(__file__).parents[1] / "data" / "articles" / "seed-article.txt"


def seed_quads() -> list[ox.Quad]:
    article = next(parse_text(SEED.read_bytes(), str(SEED), ".txt"))
    return article_quads(article, extract_article(article))


def as_dataset(quads: list[ox.Quad]) -> Dataset:
    ds = Dataset()
    ds.parse(data=ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format="nquads")
    return ds


def test_namespaces_agree_across_modules() -> None:
    assert str(KG_NS) == KG
    assert STORE_PREFIXES == PREFIXES


def test_mapping_is_deterministic() -> None:
    assert seed_quads() == seed_quads()


def test_every_quad_is_in_the_article_graph() -> None:
    quads = seed_quads()
    graphs = {q.graph_name for q in quads}
    assert len(graphs) == 1
    (graph,) = graphs
    assert graph.value.startswith(iris.BASE + "article/")


def test_seed_graph_conforms_to_the_shapes() -> None:
    report = validate_graph(as_dataset(seed_quads()))
    assert report.conforms, report.text()


def test_nations_carry_iso_code_and_wikidata() -> None:
    quads = seed_quads()
    same_as = {
        (q.subject.value, q.object.value)
        for q in quads
        if q.predicate.value == "http://www.w3.org/2002/07/owl#sameAs"
    }
    assert (iris.nation_iri("KOR"), "http://www.wikidata.org/entity/Q884") in same_as
    codes = {q.object.value for q in quads if q.predicate.value == KG + "isoCode"}
    assert {"USA", "KOR", "JPN", "AUS", "CAN", "PRK", "UKR", "RUS"} <= codes


def test_evidence_offsets_slice_the_article_text() -> None:
    article = next(parse_text(SEED.read_bytes(), str(SEED), ".txt"))
    quads = article_quads(article, extract_article(article))
    nif = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
    by_node: dict[str, dict[str, str]] = {}
    for q in quads:
        if q.predicate.value.startswith(nif):
            by_node.setdefault(q.subject.value, {})[q.predicate.value[len(nif) :]] = q.object.value
    assert by_node
    for props in by_node.values():
        begin, end = int(props["beginIndex"]), int(props["endIndex"])
        assert article.text[begin:end] == props["anchorOf"]


def test_variant_and_family_triples() -> None:
    quads = {(q.subject.value, q.predicate.value, q.object.value) for q in seed_quads()}
    variant = iris.system_iri("SM-6 Block IU")
    assert (variant, KG + "variantOf", iris.system_iri("SM-6")) in quads
    assert (variant, KG + "family", iris.family_iri("Standard Missile")) in quads
    assert (variant, KG + "developer", iris.org_iri("Raytheon")) in quads
    assert (iris.org_iri("Raytheon"), KG + "parentOrganization", iris.org_iri("RTX")) in quads


@pytest.mark.parametrize(
    ("name", "base"),
    [
        ("SM-3 Block IIA", "SM-3"),
        ("F-35A", "F-35"),
        ("K9A1", "K9"),
        ("AH-64E", "AH-64"),
        ("K2PL", "K2"),
    ],
)
def test_variant_base(name: str, base: str) -> None:
    assert variant_base(name) == base


def test_fact_keys_ignore_party_order_and_restatement() -> None:
    from kg.extract.model import Fact
    from kg.rdf.mapping import match_key

    a = Fact("meeting", "talks", parties=("USA", "KOR"), date="2024-04-24")
    b = Fact("meeting", "other label", parties=("KOR", "USA"), date="2024-04-24")
    assert fact_key(a) == fact_key(b)
    assert iris.fact_iri("meeting", match_key(a), a.date) == iris.fact_iri(
        "meeting", match_key(b), b.date
    )
    c = Fact("meeting", "talks", parties=("KOR", "USA"), date="2024-04-25")
    assert match_key(a) == match_key(c)
    assert iris.fact_iri("meeting", match_key(a), a.date) != iris.fact_iri(
        "meeting", match_key(c), c.date
    )


def test_slugs_are_ascii_and_stable() -> None:
    assert iris.org_iri("Grand National Assembly of Türkiye").endswith(
        "grand-national-assembly-of-turkiye"
    )
    assert iris.slug("!!!") == "x"


def test_a_parent_named_only_in_passing_is_left_out() -> None:
    """A parent the extraction names but does not know is no node (it used to be a KeyError)."""
    from kg.extract.model import Extraction
    from kg.rdf.mapping import article_quads
    from kg.sources.read import make_article

    article = make_article("Raytheon won a contract.", "x.txt")
    ex = Extraction(orgs={"Raytheon"}, parents={"Raytheon": "Nowhere Holdings Unknown"})
    quads = article_quads(article, ex)
    parents = [q for q in quads if q.predicate.value.endswith("#parentOrganization")]
    assert parents and all("nowhere" not in q.object.value.lower() for q in parents)


def test_news_media_and_ngos_have_their_own_classes_and_conform() -> None:
    from kg.sources.read import make_article

    text = (
        "SEOUL, May 3, 2024 — North Korea fired a missile, Yonhap News Agency reported. "
        "The Stockholm International Peace Research Institute (SIPRI) said arms imports rose."
    )
    article = make_article(text, "media.txt")
    quads = article_quads(article, extract_article(article))
    types = {
        (q.subject.value.rsplit("/", 1)[-1], q.object.value.rsplit("#", 1)[-1])
        for q in quads
        if q.predicate.value.endswith("#type") and q.subject.value.startswith(iris.BASE + "org/")
    }
    assert ("yonhap-news-agency", "NewsMedia") in types
    assert (
        "stockholm-international-peace-research-institute",
        "NonGovernmentalOrganization",
    ) in types
    report = validate_graph(as_dataset(quads))
    assert report.conforms, report.text()


def test_a_second_meeting_of_the_same_parties_that_day_has_its_own_iri() -> None:
    from kg.extract.model import Fact

    first = Fact("meeting", "a", parties=("PER", "CHL"), date="2025-03-10")
    second = Fact("meeting", "b", parties=("CHL", "PER"), date="2025-03-10", distinct=True)
    again = Fact("meeting", "c", parties=("CHL", "PER"), date="2025-03-10")
    assert fact_key(first) == fact_key(again) != fact_key(second)


def test_another_document_signed_by_the_same_parties_that_day_has_its_own_iri() -> None:
    from kg.extract.model import Fact

    first = Fact("agreement", "a", type="other", parties=("IND", "AUS"), date="2020-06-04")
    named = Fact(
        "agreement", "Framework Arrangement on Cyber Cooperation", type="other",
        parties=("AUS", "IND"), date="2020-06-04", distinct=True,
    )  # fmt: skip
    again = Fact("agreement", "b", type="other", parties=("AUS", "IND"), date="2020-06-04")
    assert fact_key(first) == fact_key(again) != fact_key(named)


def test_two_sales_to_one_buyer_the_same_day_are_two_agreements() -> None:
    from kg.evaluate import _rows
    from kg.sources.read import make_article
    from kg.store import EmbeddedStore

    text = (
        "Chile - C-390 Aircraft\n\nWASHINGTON, March 3, 2025 - The State Department approved "
        "today a possible Foreign Military Sale to the Government of Chile of C-390 aircraft for "
        "an estimated cost of $1.2 billion. In a separate notification today, the State "
        "Department approved a possible sale to Chile of Javelin missiles for an estimated "
        "cost of $84.6 million.\n"
    )
    article = make_article(text, "fms.txt")
    quads = article_quads(article, extract_article(article))
    store = EmbeddedStore.in_memory()
    store.replace_graph(iris.article_iri(article.id), quads)
    rows = [r for r in _rows(store, "agreements") if r["parties"] == "CHL|USA"]
    assert sorted(float(r["amount"]) for r in rows) == [84_600_000, 1_200_000_000]
    assert len({r["agreement"] for r in rows}) == 2
    # a sale told alone keeps the key without its amount: a report that omits it merges
    alone = make_article(text.split(" In a separate")[0] + "\n", "one.txt")
    ex = extract_article(alone)
    [fact] = [f for f in ex.facts if f.kind == "agreement"]
    quads = article_quads(alone, ex)
    keys = {q.object.value for q in quads if q.predicate.value == KG + "matchKey"}
    assert match_key(fact) in keys and match_key(replace(fact, amount=None)) == match_key(fact)


def test_unpriced_contracts_told_apart_by_their_systems_get_their_own_iris() -> None:
    text = (
        "Japan said it had signed two contracts with Mitsubishi Heavy Industries on Tuesday. "
        "The contracts cover the Type 12 missile and the Hyper Velocity Gliding Projectile."
    )
    contracts = [f for f in extract_text(text, date="2023-04-12").facts if f.kind == "contract"]
    assert len({fact_key(f) for f in contracts}) == len(contracts) == 2
