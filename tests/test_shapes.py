"""The SHACL shapes accept the valid examples and catch exactly what each invalid one breaks.

Every file under ``tests/shapes/valid/`` must conform with no result at all. Every file
under ``tests/shapes/invalid/`` breaks one rule and says which in ``# expect:`` lines
(``# expect: kgsh:NationShape kg:isoCode`` or ``... schema:headline Warning``); the test
asserts that the report holds exactly those (shape, path, severity) results. ``.trig``
files are read into a ``Dataset`` so that data in named graphs is validated too.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from kg.errors import KgError, ValidationError
from kg.paths import resource_dir
from kg.rdf.namespace import KG, KGR, PREFIXES, curie
from kg.validate import ValidationReport, Violation, validate_graph, validate_store

EXAMPLES = Path(__file__).resolve().parent / "shapes"
VALID = sorted((EXAMPLES / "valid").glob("*.*"))
INVALID = sorted((EXAMPLES / "invalid").glob("*.*"))
KGSH = "https://w3id.org/kg/shapes#"
EXPECT = re.compile(r"^# expect: (\S+) (\S+)(?: (Violation|Warning|Info))?$", re.MULTILINE)


def load(path: Path) -> Graph | Dataset:
    if path.suffix == ".trig":
        return Dataset().parse(path, format="trig")
    return Graph().parse(path, format="turtle")


def all_triples(data: Graph | Dataset) -> set[tuple]:
    """The triples of ``data``, of every named graph when it is a dataset."""
    if isinstance(data, Dataset):
        return {(s, p, o) for s, p, o, _ in data.quads((None, None, None, None))}
    return set(data)


def expand(name: str) -> URIRef:
    prefix, local = name.split(":", 1)
    base = KGSH if prefix == "kgsh" else PREFIXES[prefix]
    return URIRef(base + local)


def expectations(path: Path) -> set[tuple[URIRef, URIRef, str]]:
    return {
        (expand(shape), expand(prop), severity or "Violation")
        for shape, prop, severity in EXPECT.findall(path.read_text(encoding="utf-8"))
    }


def observed(report: ValidationReport) -> set[tuple[URIRef, URIRef, str]]:
    return {(r.shape, r.path, r.severity) for r in report.results}


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(resource_dir("ontology") / "shapes.ttl", format="turtle")


# -- the examples --------------------------------------------------------------------------


def test_there_are_examples() -> None:
    assert len(VALID) >= 3
    assert len(INVALID) >= 20
    assert {p.suffix for p in VALID + INVALID} == {".ttl", ".trig"}


@pytest.mark.parametrize("path", VALID, ids=lambda p: p.name)
def test_valid_example_conforms_without_any_result(path: Path) -> None:
    report = validate_graph(load(path))
    assert report.conforms, report.text()
    assert report.results == [], report.text()


@pytest.mark.parametrize("path", INVALID, ids=lambda p: p.name)
def test_invalid_example_reports_exactly_the_broken_rule(path: Path) -> None:
    expected = expectations(path)
    assert expected, f"{path.name} has no '# expect:' line"
    report = validate_graph(load(path))
    assert observed(report) == expected, report.text()
    assert report.conforms == all(severity != "Violation" for _, _, severity in expected)


def test_every_targeted_shape_has_a_valid_and_an_invalid_example(shapes: Graph) -> None:
    targeted = set(shapes.subjects(SH.targetClass, None))
    broken = {shape for path in INVALID for shape, _, _ in expectations(path)}
    assert targeted == broken
    valid_types: set[URIRef] = set()
    for path in VALID:
        valid_types |= {o for _, p, o in all_triples(load(path)) if p == RDF.type}
    for shape in targeted:
        assert set(shapes.objects(shape, SH.targetClass)) & valid_types, curie(shape)


@pytest.mark.parametrize("path", VALID + INVALID, ids=lambda p: p.name)
def test_example_uses_only_declared_kg_terms(path: Path) -> None:
    terms = {t for triple in all_triples(load(path)) for t in triple}
    used = {t for t in terms if isinstance(t, URIRef) and str(t).startswith(str(KG))}
    assert used <= set(dir(KG))


# -- datasets and named graphs -------------------------------------------------------------


def test_named_graph_data_is_validated() -> None:
    article = KGR["article/508db50f0299079e"]
    dataset = Dataset()
    dataset.graph(article).add((KGR["nation/KOR"], RDF.type, KG.Nation))
    report = validate_graph(dataset)
    assert not report.conforms
    assert {(r.focus_node, r.path) for r in report.results} == {
        (KGR["nation/KOR"], KG.isoCode),
        (KGR["nation/KOR"], URIRef(PREFIXES["rdfs"] + "label")),
    }


def test_dataset_is_validated_as_the_union_of_its_graphs() -> None:
    # The nation's type is in one article's graph and its code and label in another's:
    # only the union conforms.
    nation = KGR["nation/KOR"]
    dataset = Dataset()
    dataset.graph(KGR["article/aaaaaaaaaaaaaaaa"]).add((nation, RDF.type, KG.Nation))
    second = dataset.graph(KGR["article/bbbbbbbbbbbbbbbb"])
    second.add((nation, KG.isoCode, Literal("KOR")))
    second.add((nation, URIRef(PREFIXES["rdfs"] + "label"), Literal("South Korea")))
    assert validate_graph(dataset).conforms
    assert not validate_graph(dataset.graph(KGR["article/aaaaaaaaaaaaaaaa"])).conforms


def test_validation_does_not_change_the_data() -> None:
    dataset = load(EXAMPLES / "invalid" / "agreement-date-as-text.trig")
    before = set(dataset.quads((None, None, None, None)))
    assert len(before) > 10
    validate_graph(dataset)
    assert set(dataset.quads((None, None, None, None))) == before


def test_validate_store_validates_what_dump_dataset_returns() -> None:
    class FakeStore:
        def __init__(self, path: Path) -> None:
            self.path = path
            self.calls = 0

        def dump_dataset(self) -> Dataset:
            self.calls += 1
            return Dataset().parse(self.path, format="trig")

    good = FakeStore(EXAMPLES / "valid" / "seed-article.trig")
    assert validate_store(good).conforms
    assert good.calls == 1
    bad = FakeStore(EXAMPLES / "invalid" / "evidence-article-missing.trig")
    report = validate_store(bad)
    assert [(curie(r.focus_node), curie(r.path)) for r in report.results] == [
        ("kgr:evidence/9f0c2b7d41e8a356", "kg:article")
    ]


# -- the report ----------------------------------------------------------------------------


def test_report_text_has_one_line_per_result_and_a_summary() -> None:
    report = validate_graph(load(EXAMPLES / "invalid" / "nation-no-label.ttl"))
    assert report.text() == (
        "Violation  kgr:nation/JPN  rdfs:label  A nation needs an rdfs:label.\n"
        "1 result (1 violation): does not conform"
    )


def test_report_orders_violations_before_warnings() -> None:
    data = load(EXAMPLES / "invalid" / "article-no-headline.ttl")
    data.add((KGR["nation/USA"], RDF.type, KG.Nation))
    report = validate_graph(data)
    assert not report.conforms
    assert [r.severity for r in report.results] == ["Violation", "Violation", "Warning"]
    assert [r.severity for r in report.violations] == ["Violation", "Violation"]
    assert report.text().splitlines()[-1] == (
        "3 results (2 violations, 1 warning): does not conform"
    )


def test_warnings_alone_conform() -> None:
    report = validate_graph(load(EXAMPLES / "invalid" / "article-no-headline.ttl"))
    assert report.conforms
    assert report.text() == (
        "Warning  kgr:article/508db50f0299079e  schema:headline  "
        "An article should have a schema:headline.\n"
        "1 result (1 warning): conforms"
    )
    report.check()  # does not raise


def test_result_records_constraint_and_value() -> None:
    report = validate_graph(load(EXAMPLES / "invalid" / "nation-alpha2-as-iso-code.ttl"))
    (result,) = report.results
    assert result == Violation(
        focus_node=KGR["nation/KOR"],
        path=KG.isoCode,
        message='A nation needs exactly one kg:isoCode, an ISO 3166-1 alpha-3 code such as "KOR".',
        severity="Violation",
        shape=URIRef(KGSH + "NationShape"),
        constraint=SH.PatternConstraintComponent,
        value=Literal("KR"),
    )


def test_check_raises_validation_error_listing_violations() -> None:
    report = validate_graph(load(EXAMPLES / "invalid" / "stance-no-type.ttl"))
    with pytest.raises(ValidationError) as excinfo:
        report.check()
    assert str(excinfo.value).splitlines() == [
        "1 result (1 violation): does not conform",
        "Violation  kgr:stance/086524c03a08b53d  kg:stanceType  "
        "A stance needs exactly one kg:stanceType, a concept of kgv:stance-type.",
    ]


# -- the shapes file -----------------------------------------------------------------------


def test_shapes_path_selects_another_shapes_file(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(
        "@prefix sh: <http://www.w3.org/ns/shacl#> .\n"
        "@prefix kg: <https://w3id.org/kg/def#> .\n"
        "<urn:x:TopicShape> a sh:NodeShape ; sh:targetClass kg:Topic ;\n"
        '    sh:property [ sh:path kg:rule ; sh:minCount 1 ; sh:message "needs a rule" ] .\n',
        encoding="utf-8",
    )
    data = load(EXAMPLES / "valid" / "seed-article.trig")
    report = validate_graph(data, shapes_path=shapes)
    assert [(curie(r.focus_node), r.message) for r in report.results] == [
        ("kgr:topic/rule-of-law", "needs a rule")
    ]
    assert validate_graph(data, shapes_path=str(shapes)).conforms is False


def test_missing_shapes_file_is_a_kg_error(tmp_path: Path) -> None:
    with pytest.raises(KgError, match="shapes file not found"):
        validate_graph(Graph(), shapes_path=tmp_path / "nope.ttl")


def test_malformed_shapes_file_is_a_kg_error(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(KgError, match="cannot read shapes"):
        validate_graph(Graph(), shapes_path=shapes)
