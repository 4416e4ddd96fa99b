"""The ontology files agree with each other, with ``kg.rdf.namespace`` and with docs/model.md.

Tested like code (STYLE.md item 11): ``kg.ttl``, ``vocab.ttl`` and ``shapes.ttl`` parse;
the ``KG`` namespace class and ``kg.ttl`` declare the same terms; the concept schemes
hold exactly the controlled values; every mapping and every ``sh:in`` list points to
concepts that exist.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.collection import Collection
from rdflib.namespace import OWL, RDF, RDFS, SH, SKOS, XSD

from kg.paths import resource_dir
from kg.rdf.namespace import KG, KGR, KGV, PREFIXES, SCHEMA, SEM, bind_prefixes, curie

ONTOLOGY_DIR = resource_dir("ontology")
MODEL_MD = Path(__file__).resolve().parents[1] / "docs" / "model.md"
PROV = PREFIXES["prov"]

CONTROLLED_VALUES = {
    "agreement-type": {
        "cost-sharing",
        "arms-sale",
        "defense-cooperation",
        "treaty",
        "access",
        "other",
    },
    "contract-purpose": {"development", "production", "sustainment", "other"},
    "stance-type": {
        "condemns",
        "supports",
        "opposes",
        "urges",
        "commits-to-defend",
        "sanctions",
        "pledges-cooperation",
    },
    "org-kind": {
        "company",
        "government-body",
        "military-branch",
        "international-organization",
        "legislature",
        "political-party",
        "armed-group",
        "news-media",
        "non-governmental-organization",
    },
}
MAPPING_SCHEMES = {"cameo": r"^[0-9]{2,4}$", "plover": r"^[A-Z]+$", "plover-actor": r"^[A-Z]{3}$"}
MAPPINGS = (SKOS.exactMatch, SKOS.closeMatch, SKOS.relatedMatch)
SH_IN_PROPERTIES = {
    KG.orgKind: "org-kind",
    KG.agreementType: "agreement-type",
    KG.purpose: "contract-purpose",
    KG.stanceType: "stance-type",
}


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


@pytest.fixture(scope="module")
def vocab() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "vocab.ttl", format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(ONTOLOGY_DIR / "shapes.ttl", format="turtle")


def kg_terms_in(graph: Graph) -> set[URIRef]:
    """Every IRI of the kg: namespace that occurs anywhere in ``graph``."""
    return {
        t
        for triple in graph
        for t in triple
        if isinstance(t, URIRef) and str(t).startswith(str(KG))
    }


def concepts_of(vocab: Graph, scheme: str) -> set[URIRef]:
    return set(vocab.subjects(SKOS.inScheme, KGV[scheme]))


# -- kg.ttl and the KG namespace -----------------------------------------------------------


@pytest.mark.parametrize("name", ["kg.ttl", "vocab.ttl", "shapes.ttl"])
def test_ontology_file_parses_as_turtle(name: str) -> None:
    graph = Graph().parse(ONTOLOGY_DIR / name, format="turtle")
    assert len(graph) > 50


def test_kg_namespace_and_kg_ttl_declare_the_same_terms(ontology: Graph) -> None:
    declared = {s for s in ontology.subjects(RDF.type, None) if str(s).startswith(str(KG))}
    assert declared == set(dir(KG))


def test_kg_ttl_mentions_no_undeclared_kg_term(ontology: Graph) -> None:
    assert kg_terms_in(ontology) <= set(dir(KG))


def test_kg_namespace_is_closed() -> None:
    with pytest.raises(AttributeError, match="not in namespace"):
        _ = KG.Country


@pytest.mark.parametrize("term", sorted(dir(KG)), ids=lambda t: t.rsplit("#", 1)[-1])
def test_every_term_is_typed_labelled_and_commented(ontology: Graph, term: URIRef) -> None:
    kinds = set(ontology.objects(term, RDF.type))
    assert kinds & {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
    labels = list(ontology.objects(term, RDFS.label))
    assert len(labels) == 1 and labels[0].language == "en"
    comments = list(ontology.objects(term, RDFS.comment))
    assert len(comments) == 1 and len(str(comments[0])) > 20


def test_ontology_header_has_iri_and_version(ontology: Graph) -> None:
    header = URIRef("https://w3id.org/kg/def")
    assert (header, RDF.type, OWL.Ontology) in ontology
    version = ontology.value(header, OWL.versionInfo)
    assert isinstance(version, Literal) and re.fullmatch(r"\d+\.\d+\.\d+", str(version))


def test_ontology_declares_exactly_the_kg_terms_of_docs_model_md() -> None:
    used = set(re.findall(r"\bkg:([A-Za-z][A-Za-z0-9]*)", MODEL_MD.read_text(encoding="utf-8")))
    assert {KG[name] for name in used} == set(dir(KG))


ALIGNMENTS = [
    (KG.Nation, RDFS.subClassOf, SCHEMA.Country),
    (KG.Organization, RDFS.subClassOf, SCHEMA.Organization),
    *(
        (KG[c], RDFS.subClassOf, KG.Organization)
        for c in (
            "Company",
            "GovernmentBody",
            "MilitaryBranch",
            "InternationalOrganization",
            "Legislature",
            "PoliticalParty",
            "ArmedGroup",
            "NewsMedia",
            "NonGovernmentalOrganization",
        )
    ),
    *((KG[c], RDFS.subClassOf, KG.Fact) for c in ("Agreement", "Contract", "Stance")),
    *((KG[c], RDFS.subClassOf, KG.Fact) for c in ("Meeting", "Exercise")),
    *((KG[c], RDFS.subClassOf, SEM.Event) for c in ("Meeting", "Exercise")),
    *((KG[c], RDFS.subClassOf, SCHEMA.Event) for c in ("Meeting", "Exercise")),
    (KG.Article, RDFS.subClassOf, SCHEMA.NewsArticle),
    (KG.Evidence, RDFS.subClassOf, URIRef(PROV + "Entity")),
    (KG.participant, RDFS.subPropertyOf, SEM.hasActor),
    (KG.article, RDFS.subPropertyOf, URIRef(PROV + "wasDerivedFrom")),
    (KG.parentOrganization, RDFS.subPropertyOf, SCHEMA.parentOrganization),
    (KG.sharesComponentsWith, RDF.type, OWL.SymmetricProperty),
    (KG.confidence, RDFS.range, XSD.decimal),
    (KG.evidence, RDFS.range, KG.Evidence),
]


@pytest.mark.parametrize("triple", ALIGNMENTS, ids=lambda t: f"{curie(t[0])} {curie(t[2])}")
def test_alignment_is_stated(ontology: Graph, triple: tuple[URIRef, URIRef, URIRef]) -> None:
    assert triple in ontology


def test_no_agreement_party_is_a_sem_actor(ontology: Graph) -> None:
    # sem:hasActor has domain sem:Event; agreements and stances are not events.
    for prop in (KG.party, KG.actor):
        assert (prop, RDFS.subPropertyOf, SEM.hasActor) not in ontology


# -- vocab.ttl -----------------------------------------------------------------------------


def test_every_concept_has_one_notation_and_is_in_a_described_scheme(vocab: Graph) -> None:
    concepts = set(vocab.subjects(RDF.type, SKOS.Concept))
    assert len(concepts) > 30
    for concept in concepts:
        notations = list(vocab.objects(concept, SKOS.notation))
        assert len(notations) == 1, curie(concept)
        schemes = list(vocab.objects(concept, SKOS.inScheme))
        assert len(schemes) == 1, curie(concept)
        assert (schemes[0], RDF.type, SKOS.ConceptScheme) in vocab
        assert len(list(vocab.objects(concept, SKOS.prefLabel))) == 1, curie(concept)
        assert len(list(vocab.objects(concept, SKOS.definition))) == 1, curie(concept)


@pytest.mark.parametrize("scheme", sorted(CONTROLLED_VALUES))
def test_scheme_holds_exactly_the_controlled_values(vocab: Graph, scheme: str) -> None:
    concepts = concepts_of(vocab, scheme)
    notations = {str(vocab.value(c, SKOS.notation)) for c in concepts}
    assert notations == CONTROLLED_VALUES[scheme]
    for concept in concepts:
        assert concept == KGV[f"{scheme}/{vocab.value(concept, SKOS.notation)}"]
        assert (concept, SKOS.topConceptOf, KGV[scheme]) in vocab
        assert (KGV[scheme], SKOS.hasTopConcept, concept) in vocab


@pytest.mark.parametrize("scheme", sorted(MAPPING_SCHEMES))
def test_mapping_scheme_concepts_are_named_by_their_code(vocab: Graph, scheme: str) -> None:
    concepts = concepts_of(vocab, scheme)
    assert concepts
    for concept in concepts:
        code = str(vocab.value(concept, SKOS.notation))
        assert re.fullmatch(MAPPING_SCHEMES[scheme], code)
        assert concept == KGV[f"{scheme}/{code}"]


def test_every_mapping_target_is_a_referenced_declared_code(ontology: Graph, vocab: Graph) -> None:
    codes = set().union(*(concepts_of(vocab, s) for s in MAPPING_SCHEMES))
    targets = {o for p in MAPPINGS for o in vocab.objects(None, p)}
    see_also = {o for o in ontology.objects(None, RDFS.seeAlso) if str(o).startswith(str(KGV))}
    see_also.discard(URIRef(str(KGV)))
    # Mappings go from the controlled schemes to declared codes, and every declared code
    # is used by a mapping or by the ontology (the code schemes list only what kg uses).
    assert targets | see_also <= codes
    assert codes == targets | see_also
    for source in {s for p in MAPPINGS for s in vocab.subjects(p, None)}:
        scheme = str(vocab.value(source, SKOS.inScheme))[len(str(KGV)) :]
        assert scheme in CONTROLLED_VALUES


def test_every_stance_type_maps_to_a_cameo_code(vocab: Graph) -> None:
    cameo = concepts_of(vocab, "cameo")
    for concept in concepts_of(vocab, "stance-type"):
        matches = set(vocab.objects(concept, SKOS.exactMatch)) | set(
            vocab.objects(concept, SKOS.closeMatch)
        )
        assert matches & cameo, curie(concept)


def test_condemns_is_cameo_111_criticize_or_denounce(vocab: Graph) -> None:
    condemns = KGV["stance-type/condemns"]
    code = vocab.value(condemns, SKOS.exactMatch)
    assert vocab.value(code, SKOS.notation) == Literal("111")
    assert str(vocab.value(code, SKOS.prefLabel)) == "Criticize or denounce"


def test_vocab_mentions_no_undeclared_kg_term(vocab: Graph) -> None:
    assert kg_terms_in(vocab) <= set(dir(KG))


# -- shapes.ttl against the ontology and the vocabularies -----------------------------------


def test_shapes_mention_no_undeclared_kg_term(shapes: Graph) -> None:
    terms = kg_terms_in(shapes)
    assert terms <= set(dir(KG))
    assert KG.Nation in terms and KG.confidence in terms


@pytest.mark.parametrize("prop", sorted(SH_IN_PROPERTIES), ids=lambda p: curie(p))
def test_shape_value_list_is_exactly_the_scheme(shapes: Graph, vocab: Graph, prop: URIRef) -> None:
    lists = [
        set(Collection(shapes, shapes.value(shape, SH["in"])))
        for shape in shapes.subjects(SH.path, prop)
        if shapes.value(shape, SH["in"]) is not None
    ]
    assert len(lists) == 1
    assert lists[0] == concepts_of(vocab, SH_IN_PROPERTIES[prop])


def test_every_kg_class_with_instances_is_a_shape_target(shapes: Graph, ontology: Graph) -> None:
    targets = set(shapes.objects(None, SH.targetClass))
    instance_classes = {
        c for c in ontology.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and c != KG.Fact
    }
    assert instance_classes <= targets


# -- namespace.py --------------------------------------------------------------------------


def test_prefixes_cover_docs_model_md() -> None:
    text = MODEL_MD.read_text(encoding="utf-8")
    table = dict(re.findall(r"^\| `(\w+):` \| `([^`]+)` \|", text, flags=re.MULTILINE))
    assert table.items() <= PREFIXES.items()
    assert {"owl", "rdf", "rdfs", "xsd"} <= PREFIXES.keys()
    assert PREFIXES["kgr"] == str(KGR) and PREFIXES["kgv"] == str(KGV)


def test_bind_prefixes_binds_every_model_prefix() -> None:
    graph = bind_prefixes(Graph())
    bound = {prefix: str(iri) for prefix, iri in graph.namespaces()}
    assert PREFIXES.items() <= bound.items()
    graph.add((KGR["nation/KOR"], RDF.type, KG.Nation))
    graph.add((KGR["nation/KOR"], SCHEMA.name, Literal("South Korea")))
    turtle = graph.serialize(format="turtle")
    assert "@prefix kg: <https://w3id.org/kg/def#> ." in turtle
    assert "@prefix schema: <https://schema.org/> ." in turtle


@pytest.mark.parametrize(
    ("term", "short"),
    [
        (KGR["nation/KOR"], "kgr:nation/KOR"),
        (KG.isoCode, "kg:isoCode"),
        (KGV["org-kind/company"], "kgv:org-kind/company"),
        (URIRef(PREFIXES["nif"] + "beginIndex"), "nif:beginIndex"),
        (
            URIRef("https://w3id.org/kg/shapes#NationShape"),
            "<https://w3id.org/kg/shapes#NationShape>",
        ),
        (Literal("KOR"), '"KOR"'),
    ],
)
def test_curie_shortens_with_the_longest_prefix(term: URIRef, short: str) -> None:
    assert curie(term) == short
