"""Queries are safe to share: read-only by default, no SERVICE, parameters bound as terms,
runaway queries stopped."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import QueryError
from kg.query import load_query, parse_params, refuse_service, run_query
from kg.store import EmbeddedStore, open_store

ROOT = Path(__file__).resolve().parents[1]
HOSTILE = [
    '"; DROP ALL; #',
    "}; DROP ALL; #",
    '"} } ; DELETE WHERE { ?s ?p ?o } #',
    "a\nb\r\n}\t{",
    "'quoted' \"double\" \\backslash",
    "<http://example.org/x> } INSERT DATA { <a> <b> <c> }",
    "kg:Agreement } ; CLEAR ALL",
    "\u202eRTL\u200b zero-width 😀",
]


@pytest.fixture()
def store(seed_store_copy: Path) -> EmbeddedStore:
    with open_store(seed_store_copy) as s:
        yield s


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_parameter_values_are_bound_as_literals(store: EmbeddedStore, value: str) -> None:
    before = store.triple_count()
    result = run_query(store, "SELECT ?x { }", parse_params([f"x={value}"]))
    assert [row[0].value for row in result.rows] == [value]
    assert store.triple_count() == before


@pytest.mark.parametrize("value", HOSTILE)
def test_hostile_values_in_competency_queries_change_nothing(
    store: EmbeddedStore, value: str
) -> None:
    before = store.triple_count()
    for name, param in (("agreements", "agreement"), ("evidence", "fact")):
        result = run_query(store, load_query(name), parse_params([f"{param}={value}"]))
        assert result.rows == []  # nothing matches the literal; nothing else happens
    assert store.triple_count() == before


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(value=st.text(max_size=60))
def test_any_text_is_bound_as_itself_or_refused_cleanly(store: EmbeddedStore, value: str) -> None:
    before = store.triple_count()
    try:
        bound = parse_params([f"x={value}"])
    except QueryError as e:
        assert "parameter 'x'" in str(e)  # e.g. an IRI with a space
        return
    result = run_query(store, "SELECT ?x { }", bound)
    assert result.rows[0][0] == bound["x"]
    assert store.triple_count() == before


def test_an_iri_with_spaces_is_refused_with_its_name() -> None:
    with pytest.raises(QueryError, match="bad value for parameter 'fact'"):
        parse_params(["fact=<http://example.org/a b>"])


def test_updates_need_update(store: EmbeddedStore) -> None:
    before = store.triple_count()
    with pytest.raises(QueryError, match="refusing to run a SPARQL UPDATE"):
        run_query(store, "DROP ALL")
    assert store.triple_count() == before


@pytest.mark.parametrize(
    "text",
    [
        "SELECT * { SERVICE <http://example.org/sparql> { ?s ?p ?o } }",
        "select * {\n  service   silent <http://example.org/sparql> { ?s ?p ?o } }",
        "PREFIX x: <http://e/>\nSELECT * { ?a ?b ?c . SERVICE ?endpoint { ?s ?p ?o } }",
        "INSERT { ?s ?p ?o } WHERE { SERVICE <http://example.org/s> { ?s ?p ?o } }",
    ],
)
def test_service_is_refused_unless_allowed(store: EmbeddedStore, text: str) -> None:
    with pytest.raises(QueryError, match=r"SERVICE .* is refused: pass --allow-service"):
        run_query(store, text, allow_update=True)


@pytest.mark.parametrize(
    "text",
    [
        'SELECT * { ?s ?p "SERVICE" }',
        "PREFIX ex: <http://e/>\nSELECT * { ?s ex:SERVICE ?o }",
        "SELECT ?service { ?service ?p ?o } # SERVICE <http://e/>",
        "SELECT * { ?s <http://e/SERVICE> ?o }",
    ],
)
def test_the_word_service_elsewhere_is_fine(text: str) -> None:
    refuse_service(text)
    assert run_query(EmbeddedStore.in_memory(), text).kind == "select"


def test_allow_service_lets_the_store_try(store: EmbeddedStore) -> None:
    text = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    with pytest.raises(Exception) as caught:  # the store tries, and port 9 is refused
        run_query(store, text, allow_service=True)
    assert "allow-service" not in str(caught.value)


def test_timeout_stops_a_runaway_query_in_the_cli(seed_store: Path) -> None:
    runaway = "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"
    result = subprocess.run(
        [sys.executable, "-m", "kg", "query", "--store", str(seed_store), "--timeout", "1",
         "-e", runaway],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert result.returncode == 1
    assert result.stderr.strip() == "Error: query stopped: still running after 1 s (--timeout)"


def test_timeout_is_not_in_the_way_of_a_quick_query(store: EmbeddedStore) -> None:
    result = run_query(store, "ASK { ?s ?p ?o }", timeout=60)
    assert result.boolean is True


def test_a_query_failing_under_a_timeout_leaves_no_result_to_another_thread(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import gc

    from kg.errors import StoreError

    dropped: list[str] = []
    gc.collect()  # (results other tests left in reference cycles are not this query's: collected
    gc.disable()  # now, and no automatic collection runs in the worker to drop them there)
    try:
        monkeypatch.setattr(sys, "unraisablehook", lambda u: dropped.append(str(u.exc_value)))
        query = "SELECT * { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
        with pytest.raises(StoreError):  # (the results fail while they are read, in the worker)
            run_query(EmbeddedStore.in_memory(), query, allow_service=True, timeout=30)
    finally:
        gc.enable()
    gc.collect()
    assert dropped == []
