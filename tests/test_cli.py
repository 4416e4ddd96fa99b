"""CliRunner tests of the ``kg`` command line: exit codes, outputs, errors, round-trips."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import click
import pytest
import rdflib
from click.testing import CliRunner, Result
from rdflib.compare import isomorphic

from contract import COLUMNS as QUERY_COLUMNS
from kg.cli import main

REPO = Path(__file__).resolve().parent.parent
SEED_DIR = REPO / "data" / "articles"
SEED_ARTICLE = SEED_DIR / "seed-article.txt"
BUNDLED = len(list(Path(SEED_DIR).glob("*.txt")))  # the articles bundled in data/articles
TEST_ARTICLES = Path(__file__).resolve().parent / "articles"
SPARQL_RESULTS = "{http://www.w3.org/2005/sparql-results#}"
KGR = "https://w3id.org/kg/id/"

# The column contract of README.md ("Competency queries"); evidence needs a fact.
COLUMNS = {name: columns for name, columns in QUERY_COLUMNS.items() if name != "evidence"}
EVIDENCE_COLUMNS = QUERY_COLUMNS["evidence"]

PACT = "Norway and Germany signed a defense cooperation agreement on March 8, 2024."
GOOD_ARTICLE = (
    "Norway and Germany Sign Submarine Pact\n\n"
    "OSLO, March 8, 2024 — Norway and Germany signed a defense cooperation agreement on "
    "Friday to build submarines together, the Norwegian defense ministry said.\n"
)


# -- helpers ------------------------------------------------------------------------------


def run_kg(*args: object, input: str | bytes | None = None) -> Result:
    """Invoke ``kg ARGS`` in-process; stdout and stderr are kept apart (click >= 8.2)."""
    return CliRunner().invoke(main, [str(a) for a in args], input=input, prog_name="kg")


def stats(store: Path) -> dict[str, int]:
    result = run_kg("stats", "--store", store)
    assert result.exit_code == 0, result.output
    out = {}
    for line in result.stdout.splitlines():
        key, value = line.split()
        out[key] = int(value)
    return out


def nation_codes(store: Path) -> set[str]:
    result = run_kg("query", "nations", "--format", "csv", "--store", store)
    assert result.exit_code == 0, result.output
    return {row["code"] for row in csv.DictReader(io.StringIO(result.stdout))}


def assert_clean_failure(result: Result) -> None:
    """Exit code 1 through click (SystemExit), no Python traceback anywhere."""
    assert result.exit_code == 1, result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)
    assert "Traceback" not in result.output


def all_commands() -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []

    def walk(group: click.Group, prefix: tuple[str, ...]) -> None:
        for name, cmd in group.commands.items():
            out.append((*prefix, name))
            if isinstance(cmd, click.Group):
                walk(cmd, (*prefix, name))

    walk(main, ())
    return out


def quads_by_graph(ds: rdflib.Dataset) -> dict[rdflib.term.Node, rdflib.Graph]:
    return {g.identifier: g for g in ds.graphs() if len(g)}


def union_graph(ds: rdflib.Dataset) -> rdflib.Graph:
    g = rdflib.Graph()
    for s, p, o, _ in ds.quads((None, None, None, None)):
        g.add((s, p, o))
    return g


# -- help ---------------------------------------------------------------------------------


@pytest.mark.parametrize("command", all_commands(), ids=" ".join)
def test_every_command_has_help_with_an_example(command: tuple[str, ...]) -> None:
    result = run_kg(*command, "--help")
    assert result.exit_code == 0, result.output
    assert "Example" in result.stdout
    assert "kg " + " ".join(command) in result.stdout  # the example runs this very command


def test_command_list_covers_the_documented_commands() -> None:
    names = {" ".join(c) for c in all_commands()}
    assert {
        "ingest",
        "extract",
        "query",
        "export",
        "validate",
        "stats",
        "graph",
        "lexicon",
        "lexicon check",
        "demo",
    } <= names


# -- ingest -------------------------------------------------------------------------------


def test_ingest_prints_a_summary_that_matches_the_store(store_dir: Path) -> None:
    result = run_kg("ingest", SEED_DIR, "--store", store_dir)
    assert result.exit_code == 0, result.output
    m = re.search(r"articles: (\d+), triples: (\d+)", result.stderr)
    assert m, result.stderr
    assert int(m[1]) == BUNDLED
    counts = stats(store_dir)
    assert int(m[2]) == counts["triples"] > 0
    assert counts["articles"] == BUNDLED
    assert counts["graphs"] == BUNDLED
    assert re.search(
        r"facts: agreements \d+, contracts \d+, meetings \d+, exercises \d+, stances \d+",
        result.stderr,
    )


def test_ingest_quiet_prints_nothing(store_dir: Path) -> None:
    result = run_kg("ingest", "-q", SEED_ARTICLE, "--store", store_dir)
    assert result.exit_code == 0, result.output
    assert result.output == ""
    assert stats(store_dir)["articles"] == 1


def test_reingest_leaves_triples_and_graphs_unchanged(seed_store_copy: Path) -> None:
    before = stats(seed_store_copy)
    result = run_kg("ingest", SEED_DIR, "--store", seed_store_copy)
    assert result.exit_code == 0, result.output
    after = stats(seed_store_copy)
    assert after["triples"] == before["triples"]
    assert after["graphs"] == before["graphs"] == BUNDLED
    assert after == before


def test_ingest_of_a_folder_with_every_format(store_dir: Path) -> None:
    result = run_kg("ingest", TEST_ARTICLES, "--store", store_dir)
    assert result.exit_code == 0, result.output
    # one .txt, one .html, two JSON lines, two JSON list items
    assert "articles: 6," in result.stderr
    counts = stats(store_dir)
    assert counts["articles"] == counts["graphs"] == 6
    assert {"NOR", "DEU", "JPN", "PHL", "POL", "KOR", "CAN", "ITA", "GRC", "CYP"} <= nation_codes(
        store_dir
    )


def test_ingest_uses_json_ids_for_graph_names(store_dir: Path) -> None:
    result = run_kg("ingest", TEST_ARTICLES / "wire.jsonl", "--store", store_dir)
    assert result.exit_code == 0, result.output
    q = "SELECT ?g WHERE { GRAPH ?g { ?g a <https://w3id.org/kg/def#Article> } } ORDER BY ?g"
    out = run_kg("query", "-e", q, "--format", "csv", "--store", store_dir)
    assert out.exit_code == 0, out.output
    assert out.stdout.split() == ["g", KGR + "article/wire-0001", KGR + "article/wire-0002"]


def test_ingest_from_stdin(store_dir: Path) -> None:
    result = run_kg("ingest", "-", "--store", store_dir, input=GOOD_ARTICLE)
    assert result.exit_code == 0, result.output
    assert "articles: 1," in result.stderr
    assert nation_codes(store_dir) == {"NOR", "DEU"}
    out = run_kg("query", "agreements", "--format", "json", "--store", store_dir)
    rows = json.loads(out.stdout)["results"]["bindings"]
    assert [(r["type"]["value"], r["parties"]["value"]) for r in rows] == [
        ("defense-cooperation", "DEU|NOR")
    ]


# -- bad inputs ---------------------------------------------------------------------------

BAD_INPUTS = {
    # id: (file name or None for a missing file, content, problem the error must name)
    "missing": ("missing.txt", None, "no such file"),
    "directory-without-articles": ("emptydir", "DIR", "no articles"),
    "binary": ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    "not-utf8": ("latin.txt", b"caf\xe9 latin-1 text about Norway and Germany", "UTF-8"),
    "empty": ("empty.txt", b"", "empty"),
    "whitespace-only": ("blank.md", b"  \n\t\n   \n", "empty"),
    "invalid-json": ("broken.json", b'{"text": "Norway and Germany', "invalid JSON"),
    "json-without-text": ("notext.json", b'{"title": "Norway and Germany"}', "'text'"),
    "unsupported-suffix": ("report.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "unsupported file type"),
}


@pytest.mark.parametrize("case", list(BAD_INPUTS))
def test_bad_input_is_reported_and_good_input_still_goes_in(
    case: str, tmp_path: Path, store_dir: Path
) -> None:
    name, content, problem = BAD_INPUTS[case]
    bad = tmp_path / name
    if content == "DIR":
        bad.mkdir()
        (bad / "notes.pdf").write_bytes(b"%PDF")
    elif content is not None:
        bad.write_bytes(content)
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")

    result = run_kg("ingest", bad, good, "--store", store_dir)

    assert_clean_failure(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, result.stderr
    assert name in errors[0]
    assert problem in errors[0]
    assert "failed: 1" in result.stderr
    assert stats(store_dir)["articles"] == 1
    assert nation_codes(store_dir) == {"NOR", "DEU"}


def test_jsonl_with_one_bad_line_keeps_the_good_lines(tmp_path: Path, store_dir: Path) -> None:
    path = tmp_path / "feed.jsonl"
    good = [
        {"id": "a1", "title": "Pact", "text": PACT},
        {
            "id": "a3",
            "title": "Talks",
            "text": "Italy and Japan held talks in Rome on June 12, 2024.",
        },
    ]
    lines = [json.dumps(good[0]), '{"id": "a2", "title": "Broken", "text": ', json.dumps(good[1])]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run_kg("ingest", path, "--store", store_dir)
    assert_clean_failure(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1
    assert "feed.jsonl:2" in errors[0] and "invalid JSON" in errors[0]
    assert stats(store_dir)["articles"] == 2
    assert nation_codes(store_dir) == {"NOR", "DEU", "ITA", "JPN"}


def test_json_list_with_one_bad_record_keeps_the_others(tmp_path: Path, store_dir: Path) -> None:
    path = tmp_path / "list.json"
    path.write_text(
        json.dumps(
            [
                {
                    "title": "Pact",
                    "text": PACT,
                },
                {"title": "No text here"},
            ]
        ),
        encoding="utf-8",
    )
    result = run_kg("ingest", path, "--store", store_dir)
    assert_clean_failure(result)
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "list.json[1]" in errors[0] and "'text'" in errors[0]
    assert nation_codes(store_dir) == {"NOR", "DEU"}


def test_unmatched_glob_is_an_error(tmp_path: Path, store_dir: Path) -> None:
    good = tmp_path / "good.txt"
    good.write_text(GOOD_ARTICLE, encoding="utf-8")
    result = run_kg("ingest", str(tmp_path / "*.jsonl"), good, "--store", store_dir)
    assert_clean_failure(result)
    assert "no file matches" in result.stderr
    assert nation_codes(store_dir) == {"NOR", "DEU"}


# -- query --------------------------------------------------------------------------------


def test_query_agreements_table_header(seed_store: Path) -> None:
    result = run_kg("query", "agreements", "--store", seed_store)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == COLUMNS["agreements"]
    assert set(lines[1].replace(" ", "")) == {"-"}
    assert any("cost-sharing" in line and "KOR|USA" in line for line in lines[2:])


def _parse_solutions(fmt: str, text: str) -> tuple[list[str], list[dict[str, str]]]:
    if fmt == "csv":
        rows = list(csv.reader(io.StringIO(text)))
        return rows[0], [dict(zip(rows[0], r, strict=True)) for r in rows[1:]]
    if fmt == "tsv":
        rows = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))
        header = [h.lstrip("?") for h in rows[0]]
        return header, [dict(zip(header, r, strict=True)) for r in rows[1:]]
    if fmt == "json":
        doc = json.loads(text)
        rows = [{k: v["value"] for k, v in b.items()} for b in doc["results"]["bindings"]]
        return doc["head"]["vars"], rows
    root = ET.fromstring(text)
    header = [v.get("name") for v in root.iter(SPARQL_RESULTS + "variable")]
    rows = []
    for res in root.iter(SPARQL_RESULTS + "result"):
        rows.append(
            {b.get("name"): "".join(b.itertext()) for b in res.iter(SPARQL_RESULTS + "binding")}
        )
    return header, rows


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "xml"])
@pytest.mark.parametrize("name", list(COLUMNS))
def test_query_result_formats_parse_with_contract_columns(
    seed_store: Path, name: str, fmt: str
) -> None:
    result = run_kg("query", name, "--format", fmt, "--store", seed_store)
    assert result.exit_code == 0, result.output
    header, rows = _parse_solutions(fmt, result.stdout)
    assert header == COLUMNS[name]
    if name in ("nations", "agreements", "stances", "timeline"):
        assert rows, f"the seed article answers {name}"


def test_query_agreements_csv_content(seed_store: Path) -> None:
    result = run_kg("query", "agreements", "--format", "csv", "--store", seed_store)
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    cost = [r for r in rows if r["type"] == "cost-sharing"]
    assert len(cost) == 1
    assert cost[0]["parties"] == "KOR|USA"
    assert cost[0]["date"] == "2024-04-26"
    assert cost[0]["sources"] == "1"


def test_ask_as_json_is_true(seed_store: Path) -> None:
    result = run_kg("query", "-e", "ASK {?s ?p ?o}", "--format", "json", "--store", seed_store)
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["boolean"] is True


def test_evidence_query_with_a_fact_parameter(seed_store: Path) -> None:
    agreements = run_kg("query", "agreements", "--format", "json", "--store", seed_store)
    rows = json.loads(agreements.stdout)["results"]["bindings"]
    iri = next(r["agreement"]["value"] for r in rows if r["type"]["value"] == "cost-sharing")
    short = "kgr:" + iri.removeprefix(KGR)
    result = run_kg(
        "query", "evidence", "--param", f"fact={short}", "--format", "csv", "--store", seed_store
    )
    assert result.exit_code == 0, result.output
    ev = list(csv.DictReader(io.StringIO(result.stdout)))
    assert list(ev[0]) == EVIDENCE_COLUMNS
    assert len(ev) >= 2
    text = SEED_ARTICLE.read_text(encoding="utf-8")
    for row in ev:
        begin, end = int(row["begin"]), int(row["end"])
        assert 0 <= begin < end <= len(text)
        assert text[begin:end] == row["sentence"]
        assert "cost-sharing" in row["sentence"].lower()
        assert 0 < float(row["confidence"]) <= 1


INJECTION = '"} ; DROP ALL ; #'


def test_parameter_is_bound_as_a_literal(seed_store: Path) -> None:
    before = stats(seed_store)["triples"]
    result = run_kg(
        "query",
        "-e",
        "SELECT ?x WHERE { BIND(?x AS ?y) }",
        "--param",
        f"x={INJECTION}",
        "--format",
        "json",
        "--store",
        seed_store,
    )
    assert result.exit_code == 0, result.output
    bindings = json.loads(result.stdout)["results"]["bindings"]
    assert bindings == [{"x": {"type": "literal", "value": INJECTION}}]
    assert stats(seed_store)["triples"] == before


def test_evidence_parameter_injection_is_inert(seed_store_copy: Path) -> None:
    before = stats(seed_store_copy)
    result = run_kg(
        "query",
        "evidence",
        "--param",
        f"fact={INJECTION}",
        "--format",
        "csv",
        "--store",
        seed_store_copy,
    )
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == ",".join(EVIDENCE_COLUMNS)  # a literal is no fact: no rows
    assert stats(seed_store_copy) == before
    # the same with updates allowed: still a literal, still nothing dropped
    result = run_kg(
        "query",
        "evidence",
        "--update",
        "--param",
        f"fact={INJECTION}",
        "--format",
        "csv",
        "--store",
        seed_store_copy,
    )
    assert result.exit_code == 0, result.output
    assert stats(seed_store_copy) == before


DELETE_ALL = "DELETE WHERE { GRAPH ?g { ?s ?p ?o } }"


def test_update_is_refused_without_the_flag(seed_store_copy: Path) -> None:
    before = stats(seed_store_copy)["triples"]
    result = run_kg("query", "-e", DELETE_ALL, "--store", seed_store_copy)
    assert_clean_failure(result)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Error:") and "UPDATE" in lines[0]
    assert stats(seed_store_copy)["triples"] == before > 0


def test_update_with_the_flag_empties_the_store(seed_store_copy: Path) -> None:
    result = run_kg("query", "--update", "-e", DELETE_ALL, "--store", seed_store_copy)
    assert result.exit_code == 0, result.output
    counts = stats(seed_store_copy)
    assert counts["triples"] == 0
    assert counts["articles"] == 0


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * WHERE { ?s ?p }",
        "SELECT ?s\nWHERE {\n  ?s ?p ?o .\n  FILTER(?s = )\n}",
        "PREFIX kg: <https://w3id.org/kg/def#>\nSELECT ?s WHERE { ?s kgx:name ?o }",
    ],
    ids=["missing-object", "bad-filter", "unknown-prefix"],
)
def test_malformed_sparql_reports_line_and_column(seed_store: Path, text: str) -> None:
    result = run_kg("query", "-e", text, "--store", seed_store)
    assert_clean_failure(result)
    message = result.stderr.strip()
    assert len(message.splitlines()) == 1
    assert "line" in message and "column" in message


def test_unknown_parameter_is_named(seed_store: Path) -> None:
    result = run_kg("query", "agreements", "--param", "colour=KOR", "--store", seed_store)
    assert_clean_failure(result)
    assert "colour" in result.stderr


def test_unknown_query_name_lists_the_known_ones(seed_store: Path) -> None:
    result = run_kg("query", "agreementz", "--store", seed_store)
    assert_clean_failure(result)
    assert "agreementz" in result.stderr and "agreements" in result.stderr


def test_query_on_a_missing_store_is_an_error(tmp_path: Path) -> None:
    result = run_kg("query", "nations", "--store", tmp_path / "nowhere")
    assert_clean_failure(result)
    assert "nowhere" in result.stderr
    assert not (tmp_path / "nowhere").exists()


# -- extract ------------------------------------------------------------------------------


def test_extract_writes_nquads(tmp_path: Path) -> None:
    result = run_kg("extract", SEED_ARTICLE)
    assert result.exit_code == 0, result.output
    ds = rdflib.Dataset()
    ds.parse(data=result.stdout, format="nquads")
    graphs = quads_by_graph(ds)
    assert len(graphs) == 1
    (name,) = graphs
    assert str(name).startswith(KGR + "article/")
    assert len(graphs[name]) > 100


@pytest.mark.parametrize(
    "fmt,rdflib_format", [("trig", "trig"), ("ttl", "turtle"), ("jsonld", "json-ld")]
)
def test_extract_formats_parse_to_the_same_graph(fmt: str, rdflib_format: str) -> None:
    nq = rdflib.Dataset()
    nq.parse(data=run_kg("extract", SEED_ARTICLE).stdout, format="nquads")
    result = run_kg("extract", SEED_ARTICLE, "--format", fmt)
    assert result.exit_code == 0, result.output
    if fmt == "ttl":
        g = rdflib.Graph()
        g.parse(data=result.stdout, format=rdflib_format)
        assert isomorphic(g, union_graph(nq))
    else:
        ds = rdflib.Dataset()
        ds.parse(data=result.stdout, format=rdflib_format)
        a, b = quads_by_graph(ds), quads_by_graph(nq)
        assert a.keys() == b.keys()
        assert all(isomorphic(a[k], b[k]) for k in a)


def test_extract_bad_file_is_an_error(tmp_path: Path) -> None:
    result = run_kg("extract", tmp_path / "missing.txt")
    assert_clean_failure(result)
    assert "missing.txt" in result.stderr and "no such file" in result.stderr


# -- export -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "fmt,rdflib_format",
    [("nq", "nquads"), ("trig", "trig"), ("ttl", "turtle"), ("nt", "nt"), ("jsonld", "json-ld")],
)
def test_export_round_trips(seed_store: Path, tmp_path: Path, fmt: str, rdflib_format: str) -> None:
    ref_file = tmp_path / "ref.nq"
    assert run_kg("export", "--format", "nq", "-o", ref_file, "--store", seed_store).exit_code == 0
    reference = rdflib.Dataset()
    reference.parse(ref_file, format="nquads")
    quads = list(reference.quads((None, None, None, None)))
    assert len(quads) == stats(seed_store)["triples"]
    assert all(str(g).startswith(KGR + "article/") for *_, g in quads)  # no default-graph triples

    out = tmp_path / f"kg.{fmt}"
    result = run_kg("export", "--format", fmt, "-o", out, "--store", seed_store)
    assert result.exit_code == 0, result.output
    assert result.stdout == ""
    assert not out.with_name(out.name + ".part").exists()
    if fmt in ("ttl", "nt"):
        g = rdflib.Graph()
        g.parse(out, format=rdflib_format)
        assert isomorphic(g, union_graph(reference))
    else:
        ds = rdflib.Dataset()
        ds.parse(out, format=rdflib_format)
        a, b = quads_by_graph(ds), quads_by_graph(reference)
        assert a.keys() == b.keys() and len(a) == BUNDLED
        assert all(isomorphic(a[k], b[k]) for k in a)


def test_export_to_stdout_matches_the_file(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "kg.nq"
    run_kg("export", "-o", out, "--store", seed_store)
    result = run_kg("export", "--store", seed_store)
    assert result.exit_code == 0
    a, b = rdflib.Dataset(), rdflib.Dataset()
    a.parse(data=result.stdout, format="nquads")
    b.parse(out, format="nquads")
    assert set(a.quads((None, None, None, None))) == set(b.quads((None, None, None, None)))


# -- validate, graph, lexicon, demo -------------------------------------------------------


def test_validate_seed_store_conforms(seed_store: Path) -> None:
    result = run_kg("validate", "--store", seed_store)
    assert result.exit_code == 0, result.output
    assert "Violation" not in result.stdout


def test_validate_reports_a_broken_store(seed_store_copy: Path) -> None:
    # remove every evidence offset: each Evidence then violates its shape
    update = (
        "DELETE WHERE { GRAPH ?g { ?e <http://persistence.uni-leipzig.org/nlp2rdf/"
        "ontologies/nif-core#beginIndex> ?b } }"
    )
    assert run_kg("query", "--update", "-e", update, "--store", seed_store_copy).exit_code == 0
    result = run_kg("validate", "--store", seed_store_copy)
    assert result.exit_code == 1
    assert "Traceback" not in result.output
    assert "beginIndex" in result.stdout


def test_graph_writes_an_html_file(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "f.html"
    result = run_kg("graph", "-o", out, "--store", seed_store)
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert str(out.name) in result.stderr


def test_lexicon_check_passes() -> None:
    result = run_kg("lexicon", "check")
    assert result.exit_code == 0, result.output
    m = re.match(
        r"ok: (\d+) nations, (\d+) organizations, (\d+) systems, (\d+) families", result.stdout
    )
    assert m and all(int(n) > 0 for n in m.groups())


def test_demo_prints_tables_and_the_view_path(tmp_path: Path) -> None:
    view = tmp_path / "view.html"
    result = run_kg("demo", "--store", tmp_path / "demo-store", "-o", view)
    assert result.exit_code == 0, result.output
    out = result.stdout
    for name in ("nations", "agreements", "contracts", "stances", "timeline"):
        assert f"== {name}" in out
    assert "== evidence" not in out
    assert "cost-sharing" in out
    assert str(view.resolve()) in out
    assert view.is_file() and view.stat().st_size > 0
