"""Tests of kg.store: atomic per-article graphs, counts, export round trips, errors."""

from __future__ import annotations

import io
from collections import defaultdict
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.errors import QueryError, StoreError
from kg.store import EXPORT_FORMATS, EmbeddedStore, default_store_path, open_store

SAMPLE = Path(__file__).parent / "data" / "sample.trig"
ARTICLE_1 = "https://w3id.org/kg/id/article/508db50f0299079e"
ARTICLE_2 = "https://w3id.org/kg/id/article/4423e1af19dd0c88"
XSD = "http://www.w3.org/2001/XMLSchema#"


def sample_graphs() -> dict[str, list[ox.Quad]]:
    """The sample dataset's quads, by graph name."""
    graphs: dict[str, list[ox.Quad]] = defaultdict(list)
    for quad in ox.parse(path=str(SAMPLE), format=ox.RdfFormat.TRIG):
        graphs[quad.graph_name.value].append(quad)
    return dict(graphs)


@pytest.fixture
def store(tmp_path: Path):
    with open_store(tmp_path / "store") as s:
        for graph, quads in sample_graphs().items():
            s.replace_graph(graph, quads)
        yield s


def expected_dataset() -> rdflib.Dataset:
    """The sample as rdflib reads it, with the literal forms Oxigraph stores.

    Oxigraph keeps typed literals in canonical form and stores the derived integer types
    (xsd:nonNegativeInteger for nif offsets) as xsd:integer.
    """
    source = rdflib.Dataset()
    source.parse(SAMPLE, format="trig")
    out = rdflib.Dataset()
    for s, p, o, g in source.quads():
        if isinstance(o, rdflib.Literal) and o.datatype == rdflib.URIRef(
            XSD + "nonNegativeInteger"
        ):
            o = rdflib.Literal(str(o), datatype=rdflib.URIRef(XSD + "integer"))
        out.graph(g).add((s, p, o))
    return out


def named_graphs(dataset: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {
        str(g.identifier): g
        for g in dataset.graphs()
        if g.identifier != rdflib.graph.DATASET_DEFAULT_GRAPH_ID and len(g)
    }


def union_graph(dataset: rdflib.Dataset) -> rdflib.Graph:
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads():
        union.add((s, p, o))
    return union


def test_sample_loads_into_one_graph_per_article(store: EmbeddedStore) -> None:
    assert store.graphs() == sorted([ARTICLE_1, ARTICLE_2])
    sizes = {g: len(q) for g, q in sample_graphs().items()}
    assert store.graph_size(ARTICLE_1) == sizes[ARTICLE_1] == 218
    assert store.triple_count() == sum(sizes.values())
    assert store.has_graph(ARTICLE_2)
    assert not store.has_graph("https://w3id.org/kg/id/article/ffffffffffffffff")


def test_replace_graph_is_idempotent(store: EmbeddedStore) -> None:
    before = store.triple_count()
    quads = sample_graphs()[ARTICLE_1]
    assert store.replace_graph(ARTICLE_1, quads) == len(quads)
    assert store.replace_graph(ARTICLE_1, quads) == len(quads)
    assert store.triple_count() == before
    assert store.graphs() == sorted([ARTICLE_1, ARTICLE_2])


def test_replace_graph_changes_only_that_graph(store: EmbeddedStore) -> None:
    size_1 = store.graph_size(ARTICLE_1)
    headline = [
        q
        for q in sample_graphs()[ARTICLE_2]
        if q.subject.value == ARTICLE_2 and q.predicate.value == "https://schema.org/headline"
    ]
    assert store.replace_graph(ARTICLE_2, headline) == 1
    assert store.graph_size(ARTICLE_1) == size_1
    assert store.triple_count() == size_1 + 1
    exercise = "ASK { ?x a <https://w3id.org/kg/def#Exercise> }"
    assert not bool(store.query(exercise))


def test_replace_graph_accepts_triples_and_moves_default_graph_quads(tmp_path: Path) -> None:
    with open_store(tmp_path / "s") as store:
        s, p = ox.NamedNode("http://ex/s"), ox.NamedNode("http://ex/p")
        items = [ox.Triple(s, p, ox.Literal("a")), ox.Quad(s, p, ox.Literal("b"))]
        assert store.replace_graph("http://ex/g", items) == 2
        assert store.graphs() == ["http://ex/g"]


def test_replace_graph_refuses_quads_of_another_graph_and_keeps_the_old_one(
    store: EmbeddedStore,
) -> None:
    size_2 = store.graph_size(ARTICLE_2)
    stray = ox.Quad(
        ox.NamedNode("http://ex/s"),
        ox.NamedNode("http://ex/p"),
        ox.Literal("o"),
        ox.NamedNode(ARTICLE_1),
    )
    with pytest.raises(StoreError, match="was given for graph"):
        store.replace_graph(ARTICLE_2, [stray])
    assert store.graph_size(ARTICLE_2) == size_2


def test_replace_graph_with_nothing_empties_it(store: EmbeddedStore) -> None:
    assert store.replace_graph(ARTICLE_2, []) == 0
    assert store.graph_size(ARTICLE_2) == 0


def test_remove_graph(store: EmbeddedStore) -> None:
    size_1 = store.graph_size(ARTICLE_1)
    store.remove_graph(ARTICLE_2)
    store.remove_graph(ARTICLE_2)
    assert store.graphs() == [ARTICLE_1]
    assert store.triple_count() == size_1


def test_invalid_graph_iri(store: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match="invalid graph IRI"):
        store.replace_graph("not an iri", [])


def test_union_queries_see_every_graph(store: EmbeddedStore) -> None:
    rows = store.query(
        "SELECT (COUNT(DISTINCT ?a) AS ?n) WHERE { ?a a <https://w3id.org/kg/def#Article> }"
    )
    assert [r["n"].value for r in rows] == ["2"]


def test_update_and_query_errors(store: EmbeddedStore) -> None:
    store.update(f"DROP GRAPH <{ARTICLE_2}>")
    assert store.graphs() == [ARTICLE_1]
    with pytest.raises(QueryError, match=r"^line 1, column \d+: "):
        store.query("SELECT ?x WHERE { ?x ")


@pytest.mark.parametrize("fmt", sorted(EXPORT_FORMATS))
def test_export_round_trip(store: EmbeddedStore, fmt: str) -> None:
    buf = io.BytesIO()
    store.export(buf, fmt)
    expected = expected_dataset()
    rdflib_format = {
        "nq": "nquads",
        "trig": "trig",
        "jsonld": "json-ld",
        "ttl": "turtle",
        "nt": "nt",
    }[fmt]
    if fmt in {"ttl", "nt"}:
        got = rdflib.Graph().parse(data=buf.getvalue(), format=rdflib_format)
        assert len(got) < store.triple_count()  # repeats across graphs are written once
        assert isomorphic(got, union_graph(expected))
        return
    got_ds = rdflib.Dataset()
    got_ds.parse(data=buf.getvalue(), format=rdflib_format)
    got, want = named_graphs(got_ds), named_graphs(expected)
    assert sorted(got) == sorted(want) == sorted([ARTICLE_1, ARTICLE_2])
    for name in want:
        assert isomorphic(got[name], want[name]), name


def test_dump_dataset(store: EmbeddedStore) -> None:
    got, want = named_graphs(store.dump_dataset()), named_graphs(expected_dataset())
    assert sorted(got) == sorted(want)
    assert all(isomorphic(got[name], want[name]) for name in want)


def test_unknown_export_format(store: EmbeddedStore) -> None:
    with pytest.raises(StoreError, match="unknown export format 'xml'"):
        store.export(io.BytesIO(), "xml")


def test_store_persists_across_opens(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path) as store:
        store.replace_graph(ARTICLE_1, sample_graphs()[ARTICLE_1])
    with open_store(path) as store:
        assert store.graphs() == [ARTICLE_1]


def test_open_store_creates_missing_parents(tmp_path: Path) -> None:
    with open_store(tmp_path / "a" / "b" / "store") as store:
        assert store.triple_count() == 0
    assert (tmp_path / "a" / "b" / "store").is_dir()


def test_locked_store_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path), pytest.raises(StoreError) as info:
        open_store(path)
    message = str(info.value)
    assert str(path) in message and "in use" in message and "\n" not in message


def test_read_only_handle(tmp_path: Path) -> None:
    path = tmp_path / "store"
    with open_store(path) as writer:
        writer.replace_graph(ARTICLE_2, sample_graphs()[ARTICLE_2])
        count = writer.triple_count()
    with open_store(path, read_only=True) as reader, open_store(path, read_only=True) as other:
        assert reader.graphs() == other.graphs() == [ARTICLE_2]
        assert reader.triple_count() == count
        with pytest.raises(StoreError, match="read-only"):
            reader.replace_graph(ARTICLE_1, [])
        with pytest.raises(StoreError, match="read-only"):
            reader.update("CLEAR ALL")
        with pytest.raises(StoreError, match="read-only"):
            reader.remove_graph(ARTICLE_2)
    with open_store(path) as writer:  # readers take no lock
        assert writer.graphs() == [ARTICLE_2]


def test_read_only_on_missing_store(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match=f"no store at {tmp_path / 'nothing'}"):
        open_store(tmp_path / "nothing", read_only=True)


def test_path_that_is_a_file(tmp_path: Path) -> None:
    path = tmp_path / "file"
    path.write_text("not a store")
    with pytest.raises(StoreError, match=f"cannot open store {path}"):
        open_store(path)


def test_directory_that_is_not_a_store(tmp_path: Path) -> None:
    path = tmp_path / "junk"
    path.mkdir()
    (path / "CURRENT").write_text("garbage\n")
    with pytest.raises(StoreError, match=str(path)):
        open_store(path)


def test_closed_store(tmp_path: Path) -> None:
    store = open_store(tmp_path / "store")
    store.close()
    with pytest.raises(StoreError, match="is closed"):
        store.graphs()
    with open_store(tmp_path / "store") as again:  # the lock was released
        assert again.graphs() == []


def test_default_store_path(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("KG_STORE", str(tmp_path / "env-store"))
    assert default_store_path() == tmp_path / "env-store"
    monkeypatch.delenv("KG_STORE")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert default_store_path() == tmp_path / "xdg" / "kg" / "store"
    with open_store() as store:
        assert store.path == tmp_path / "xdg" / "kg" / "store"
    monkeypatch.delenv("XDG_DATA_HOME")
    monkeypatch.setenv("HOME", str(tmp_path))
    assert default_store_path() == tmp_path / ".local" / "share" / "kg" / "store"
