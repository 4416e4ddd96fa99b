"""Tests of kg.query and queries/*.rq: the competency-query contract on the sample data."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.plugins.sparql import prepareQuery

from contract import COLUMNS  # the column contract of the competency queries
from kg.errors import QueryError
from kg.paths import resource_dir
from kg.query import (
    QueryResult,
    competency_queries,
    format_result,
    load_query,
    parse_params,
    query_kind,
    run_query,
    short_term,
)
from kg.store import EmbeddedStore, open_store

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
KGR = "https://w3id.org/kg/id/"
AGREEMENT = KGR + "agreement/47f065c7089067e5"
CONTRACT = KGR + "contract/cc8321d6375c494d"
MEETING = KGR + "meeting/0fd924362117d036"
ARTICLE_1 = KGR + "article/508db50f0299079e"
ARTICLE_2 = KGR + "article/4423e1af19dd0c88"

MULTI_VALUED = {"parties", "systems", "customers", "participants", "developer", "users"}


@pytest.fixture
def store(tmp_path: Path):
    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG):
        graphs[quad.graph_name.value].append(quad)
    with open_store(tmp_path / "store") as s:
        for graph, quads in graphs.items():
            s.replace_graph(graph, quads)
        yield s


def table(store: EmbeddedStore, name: str, params: list[str] | None = None) -> list[dict]:
    """Run a competency query; return its rows as {column: lexical value or None}."""
    result = run_query(store, load_query(name), parse_params(params or []))
    return [
        {v: (None if t is None else t.value) for v, t in zip(result.variables, row, strict=True)}
        for row in result.rows
    ]


def by(rows: list[dict], column: str) -> dict[str, dict]:
    return {row[column]: row for row in rows}


# -- the query files ----------------------------------------------------------------------


def test_bundled_queries_are_exactly_the_contract() -> None:
    assert competency_queries() == sorted(COLUMNS)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_file_has_a_header_and_parses(name: str) -> None:
    text = (resource_dir("queries") / f"{name}.rq").read_text(encoding="utf-8")
    header = text.split("PREFIX")[0]
    assert text.startswith("# ") and "Columns:" in header and "Parameters:" in header
    assert query_kind(text) == "select"
    prepareQuery(text)  # rdflib's parser: the queries are portable SPARQL 1.1
    assert isinstance(ox.Store().query(text), ox.QuerySolutions)


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_query_returns_the_contract_columns(store: EmbeddedStore, name: str) -> None:
    params = [f"fact=<{AGREEMENT}>"] if name == "evidence" else []
    result = run_query(store, load_query(name), parse_params(params))
    assert result.variables == COLUMNS[name]
    assert result.rows
    first = [row[0] for row in result.rows]
    if name not in ("timeline", "evidence"):
        assert len(first) == len(set(first)), "one row per fact or entity"


@pytest.mark.parametrize("name", sorted(COLUMNS))
def test_multi_valued_columns_are_sorted(store: EmbeddedStore, name: str) -> None:
    for row in table(store, name):
        for column in MULTI_VALUED & row.keys():
            if row[column] is not None:
                values = row[column].split("|")
                assert values == sorted(set(values)), (name, column, row[column])


# -- concrete values on the sample --------------------------------------------------------


def test_agreements(store: EmbeddedStore) -> None:
    rows = table(store, "agreements")
    assert len(rows) == 1
    assert rows[0] == {
        "agreement": AGREEMENT,
        "label": "Defense cost-sharing agreement between the United States and South Korea",
        "type": "cost-sharing",
        "parties": "KOR|USA",
        "date": "2024-04-26",
        "amount": None,
        "currency": None,
        "systems": None,
        "sources": "2",
    }


def test_contracts(store: EmbeddedStore) -> None:
    (row,) = table(store, "contracts")
    assert row["contract"] == CONTRACT
    assert row["awardee"] == "Raytheon"
    assert row["awarder"] is None
    assert (row["amount"], row["currency"]) == ("344000000", "USD")
    assert row["systems"] == "SM-2 Block IIICU|SM-6 Block IU"
    assert row["purpose"] == "development"
    assert row["funding"] == "Foreign Military Sales"
    assert row["customers"] == "AUS|CAN|JPN|KOR|USA"
    assert row["date"] is None
    assert row["sources"] == "1"  # three evidence sentences, one article


def test_meetings(store: EmbeddedStore) -> None:
    (row,) = table(store, "meetings")
    assert row == {
        "meeting": MEETING,
        "label": "14th Defense Trilateral Talks",
        "date": "2024-04-24",
        "participants": "JPN|KOR|USA",
        "location": "Washington",
        "sources": "2",
    }


def test_exercises(store: EmbeddedStore) -> None:
    (row,) = table(store, "exercises")
    assert (row["label"], row["date"], row["participants"], row["sources"]) == (
        "Freedom Edge",
        "2024-06",
        "JPN|KOR|USA",
        "1",
    )


def test_stances(store: EmbeddedStore) -> None:
    rows = table(store, "stances")
    got = sorted((r["actor"], r["type"], r["target"], r["date"] or "") for r in rows)
    assert got == [
        ("JPN", "condemns", "PRK", "2024-04-24"),
        ("KOR", "condemns", "PRK", "2024-04-24"),
        ("KOR", "supports", "the rule of law and freedom of navigation in the Indo-Pacific", ""),
        ("USA", "commits-to-defend", "KOR", "2024-04-24"),
        ("USA", "condemns", "PRK", "2024-04-24"),
    ]
    assert {r["sources"] for r in rows} == {"1"}


def test_nations(store: EmbeddedStore) -> None:
    rows = table(store, "nations")
    assert [r["code"] for r in rows] == ["AUS", "CAN", "JPN", "KOR", "PRK", "USA"]
    kor = by(rows, "code")["KOR"]
    assert (kor["nation"], kor["label"], kor["articles"]) == (
        KGR + "nation/KOR",
        "South Korea",
        "2",
    )
    assert by(rows, "code")["CAN"]["articles"] == "1"


def test_organizations(store: EmbeddedStore) -> None:
    rows = by(table(store, "organizations"), "label")
    assert sorted(rows) == ["RTX", "Raytheon", "U.S. Department of Defense"]
    raytheon = rows["Raytheon"]
    assert (raytheon["kind"], raytheon["parent"], raytheon["country"]) == ("company", "RTX", "USA")
    assert rows["U.S. Department of Defense"]["kind"] == "government-body"
    assert rows["RTX"]["parent"] is None


def test_systems(store: EmbeddedStore) -> None:
    rows = by(table(store, "systems"), "label")
    # SM-2 and SM-6 are in the graph only as what the variants are variants of: not rows.
    assert sorted(rows) == ["SM-2 Block IIICU", "SM-6 Block IU"]
    variant = rows["SM-6 Block IU"]
    assert variant["family"] == "Standard Missile"
    assert variant["developer"] == "Raytheon"  # awardee of the development contract
    assert variant["users"] == "AUS|CAN|JPN|KOR|USA"


def test_timeline(store: EmbeddedStore) -> None:
    rows = table(store, "timeline")
    dates = [r["date"] for r in rows]
    assert dates == sorted(dates)
    assert [r["kind"] for r in rows].count("stance") == 4  # the undated stance is left out
    assert "contract" not in {r["kind"] for r in rows}  # the contract has no date
    assert rows[-1]["kind"] == "exercise" and rows[-1]["date"] == "2024-06"
    assert by(rows, "fact")[AGREEMENT]["date"] == "2024-04-26"


def test_evidence_for_a_fact(store: EmbeddedStore) -> None:
    rows = table(store, "evidence", [f"fact=kgr:agreement/{AGREEMENT.rsplit('/', 1)[1]}"])
    assert [r["article"] for r in rows] == [ARTICLE_2, ARTICLE_1]
    assert rows[1]["sentence"].startswith("The United States and South Korea have reached")
    assert (rows[1]["begin"], rows[1]["end"]) == ("567", "787")
    assert rows[0]["title"] == "Seoul and Washington finalize defense cost-sharing deal"
    assert {r["rule"] for r in rows} == {"agreement.reach"}
    assert rows[0]["confidence"] == "0.9"


def test_evidence_ordered_by_begin_within_an_article(store: EmbeddedStore) -> None:
    rows = table(store, "evidence", [f"fact=<{CONTRACT}>"])
    assert [int(r["begin"]) for r in rows] == [1449, 1697, 1809]


def test_evidence_of_an_unknown_fact_is_empty(store: EmbeddedStore) -> None:
    assert table(store, "evidence", ["fact=kgr:agreement/0000000000000000"]) == []


# -- parameters ---------------------------------------------------------------------------


def test_parse_params() -> None:
    p = parse_params(
        [
            "a=<https://w3id.org/kg/id/nation/KOR>",
            "b=kgr:nation/KOR",
            "c=https://example.org/x",
            "d=KOR",
            'e="South Korea"',
            'f="2024-04-26"^^xsd:date',
            'g="Corée du Sud"@fr',
            "h=wd:Q884",
            '?i="say \\"hi\\""',
            "j=unknown:thing",
            "k=",
        ]
    )
    assert p["a"] == p["b"] == ox.NamedNode(KGR + "nation/KOR")
    assert p["c"] == ox.NamedNode("https://example.org/x")
    assert p["d"] == ox.Literal("KOR")
    assert p["e"] == ox.Literal("South Korea")
    assert p["f"] == ox.Literal(
        "2024-04-26", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")
    )
    assert p["g"] == ox.Literal("Corée du Sud", language="fr")
    assert p["h"] == ox.NamedNode("http://www.wikidata.org/entity/Q884")
    assert p["i"] == ox.Literal('say "hi"')
    assert p["j"] == ox.Literal("unknown:thing")
    assert p["k"] == ox.Literal("")


@pytest.mark.parametrize(
    ("items", "message"),
    [
        (["novalue"], "expected name=value"),
        (["1x=3"], "expected name=value"),
        (["a=1", "a=2"], "given twice"),
        (["a=<not an iri>"], "bad value for parameter 'a'"),
        (['a="x"^^nope:type'], "bad value for parameter 'a'"),
    ],
)
def test_parse_params_errors(items: list[str], message: str) -> None:
    with pytest.raises(QueryError, match=message):
        parse_params(items)


def test_injection_is_bound_as_a_literal(store: EmbeddedStore) -> None:
    before = store.triple_count()
    params = parse_params(['fact="} ; DROP ALL ; #'])
    assert params["fact"] == ox.Literal('"} ; DROP ALL ; #')
    assert run_query(store, load_query("evidence"), params).rows == []
    params = parse_params(['code="} ; DROP ALL ; #'])
    assert run_query(store, load_query("nations"), params).rows == []
    assert store.triple_count() == before
    assert len(store.graphs()) == 2


def test_projected_parameter_is_substituted(store: EmbeddedStore) -> None:
    rows = table(store, "nations", ["code=KOR"])
    assert [(r["code"], r["label"]) for r in rows] == [("KOR", "South Korea")]
    rows = table(store, "agreements", [f"agreement=<{AGREEMENT}>"])
    assert len(rows) == 1 and rows[0]["parties"] == "KOR|USA"


def test_unknown_parameter(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match=r"^unknown parameter 'x': the query has no \?x$"):
        run_query(store, load_query("nations"), parse_params(["x=1"]))
    # a name that only occurs in a comment, a string or an IRI is not a variable
    text = '# ?y\nSELECT ?s WHERE { ?s <http://ex/?y> "?y" }'
    with pytest.raises(QueryError, match="unknown parameter 'y'"):
        run_query(store, text, parse_params(["y=1"]))


def test_parameter_that_grouping_would_ignore_is_refused(store: EmbeddedStore) -> None:
    with pytest.raises(QueryError, match="cannot be bound"):
        run_query(store, load_query("nations"), parse_params([f"article=<{ARTICLE_2}>"]))


def test_parameter_of_an_unprojected_variable_in_a_plain_query(store: EmbeddedStore) -> None:
    text = "PREFIX kg: <https://w3id.org/kg/def#>\nSELECT ?code WHERE { ?n kg:isoCode ?code }"
    result = run_query(store, text, parse_params(["n=kgr:nation/JPN"]))
    assert [row[0].value for row in result.rows] == ["JPN", "JPN"]  # once per article graph


# -- updates, syntax errors, kinds --------------------------------------------------------


def test_update_is_refused_without_allow_update(store: EmbeddedStore) -> None:
    before = store.triple_count()
    for text in [
        "DROP ALL",
        "PREFIX kg: <https://w3id.org/kg/def#>\n# c\nCLEAR ALL",
        "INSERT DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 } }",
    ]:
        with pytest.raises(QueryError, match="refusing to run a SPARQL UPDATE"):
            run_query(store, text)
    assert store.triple_count() == before
    assert len(store.graphs()) == 2


def test_update_with_allow_update(store: EmbeddedStore) -> None:
    result = run_query(store, f"DROP GRAPH <{ARTICLE_2}>", allow_update=True)
    assert result.kind == "update"
    assert store.graphs() == [ARTICLE_1]
    with pytest.raises(QueryError, match="parameters cannot be bound"):
        run_query(store, "CLEAR ALL", parse_params(["x=1"]), allow_update=True)


def test_syntax_error_gives_line_and_column(store: EmbeddedStore) -> None:
    text = "PREFIX kg: <https://w3id.org/kg/def#>\nSELECT ?x WHERE {\n  ?x kg:label ?y ?z }"
    with pytest.raises(QueryError, match=r"^line 3, column \d+: ") as info:
        run_query(store, text)
    assert "\n" not in str(info.value)
    with pytest.raises(QueryError, match=r"^line 2, column 6: unknown prefix 'nope:'$"):
        run_query(store, "SELECT * WHERE {\n  ?s nope:p ?o }")


def test_not_a_query() -> None:
    with pytest.raises(QueryError, match=r"^line 2, column 1: expected SELECT.*found 'hello'"):
        query_kind("# comment\nhello world")
    with pytest.raises(QueryError, match="found nothing"):
        query_kind("  # only a comment\n")


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("SELECT * { }", "select"),
        ("prefix x: <http://x/#select> base <http://b/> ask { }", "ask"),
        ("# SELECT\nCONSTRUCT WHERE { ?s ?p ?o }", "construct"),
        ("DESCRIBE <http://ex/s>", "describe"),
        ("WITH <http://g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }", "update"),
        ("LOAD <http://ex/data.ttl>", "update"),
    ],
)
def test_query_kind(text: str, kind: str) -> None:
    assert query_kind(text) == kind


def test_load_query(tmp_path: Path) -> None:
    assert load_query("agreements") == load_query("agreements.rq")
    path = tmp_path / "mine.rq"
    path.write_text("ASK { }", encoding="utf-8")
    assert load_query(str(path)) == "ASK { }"
    with pytest.raises(QueryError, match="no query file or competency query 'nope'"):
        load_query("nope")
    with pytest.raises(QueryError, match="no query file"):
        load_query(str(tmp_path / "missing.rq"))


# -- result formats -----------------------------------------------------------------------


def test_select_formats_parse(store: EmbeddedStore) -> None:
    result = run_query(store, load_query("contracts"))
    data = json.loads(format_result(result, "json"))
    assert data["head"]["vars"] == COLUMNS["contracts"]
    binding = data["results"]["bindings"][0]
    assert binding["customers"]["value"] == "AUS|CAN|JPN|KOR|USA"
    assert "awarder" not in binding  # unbound stays unbound

    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    root = ET.fromstring(format_result(result, "xml"))
    assert [v.get("name") for v in root.findall("r:head/r:variable", ns)] == COLUMNS["contracts"]
    assert len(root.findall("r:results/r:result", ns)) == 1

    rows = list(csv.reader(io.StringIO(format_result(result, "csv"))))
    assert rows[0] == COLUMNS["contracts"]
    assert rows[1][COLUMNS["contracts"].index("amount")] == "344000000"
    assert rows[1][0] == CONTRACT

    tsv = format_result(result, "tsv").splitlines()
    assert tsv[0].split("\t") == [f"?{c}" for c in COLUMNS["contracts"]]
    assert tsv[1].split("\t")[0] == f"<{CONTRACT}>"

    text = format_result(result, "table").splitlines()
    assert text[0].split() == COLUMNS["contracts"]
    assert set(text[1].replace(" ", "")) == {"-"}
    assert text[2].startswith("kgr:contract/cc8321d6375c494d  Raytheon development")
    assert "344000000  USD" in text[2]


def test_ask_formats_parse(store: EmbeddedStore) -> None:
    result = run_query(store, "ASK { ?s a <https://w3id.org/kg/def#Agreement> }")
    assert result.boolean is True
    assert json.loads(format_result(result, "json"))["boolean"] is True
    root = ET.fromstring(format_result(result, "xml"))
    assert root.find("{http://www.w3.org/2005/sparql-results#}boolean").text == "true"
    assert format_result(result, "table") == "true\n"
    assert format_result(result, "csv").strip() == "true"


@pytest.mark.parametrize(
    ("fmt", "rdflib_format"), [("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")]
)
def test_construct_formats_parse(store: EmbeddedStore, fmt: str, rdflib_format: str) -> None:
    text = (
        "PREFIX kg: <https://w3id.org/kg/def#>\n"
        "CONSTRUCT { ?a kg:party ?p } WHERE { ?a a kg:Agreement ; kg:party ?p }"
    )
    result = run_query(store, text)
    assert result.kind == "construct" and len(result.triples) >= 2
    graph = rdflib.Graph().parse(data=format_result(result, fmt), format=rdflib_format)
    parties = {str(o) for o in graph.objects()}
    assert parties == {KGR + "nation/KOR", KGR + "nation/USA"}


def test_describe_and_construct_table(store: EmbeddedStore) -> None:
    result = run_query(store, f"DESCRIBE <{KGR}place/washington>")
    assert result.kind == "describe"
    lines = format_result(result, "table").splitlines()
    assert lines[0].split() == ["subject", "predicate", "object"]
    assert any("rdfs:label" in line and "Washington" in line for line in lines)


def test_format_mismatch_is_refused(store: EmbeddedStore) -> None:
    select = run_query(store, load_query("nations"))
    with pytest.raises(QueryError, match="format 'ttl' does not fit a SELECT result"):
        format_result(select, "ttl")
    with pytest.raises(QueryError, match="format 'csv' does not fit a CONSTRUCT result"):
        format_result(QueryResult("construct"), "csv")


def test_short_term() -> None:
    assert short_term(None) == ""
    assert (
        short_term(
            ox.Literal(
                "2024-06", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth")
            )
        )
        == "2024-06"
    )
    assert short_term(ox.NamedNode("https://w3id.org/kg/def#Agreement")) == "kg:Agreement"
    assert short_term(ox.NamedNode("https://example.org/x")) == "<https://example.org/x>"
