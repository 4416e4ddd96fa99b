"""Ingest: worker processes, batches, idempotence, skipping what is done, one bad article."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest

from crashcorpus import store_graphs
from kg import ingest as ingest_module
from kg.errors import KgError
from kg.ingest import ingest, ingest_digest
from kg.sources.read import make_article
from kg.store import EmbeddedStore, open_store

ROOT = Path(__file__).resolve().parents[1]
SOURCES = [
    ROOT / "data" / "articles",
    ROOT / "tests" / "heldout" / "articles",
    ROOT / "tests" / "heldout2" / "articles",
]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Articles that report some facts twice (copies under another headline), so merges
    across articles happen in every order."""
    folder = tmp_path_factory.mktemp("corpus")
    files = [f for src in SOURCES for f in sorted(src.iterdir())]
    out = []
    for i, f in enumerate(files):
        out.append(folder / f"a{i:03d}.txt")
        shutil.copy(f, out[-1])
        if i % 3 == 0:  # the same report again, restated under another headline
            out.append(folder / f"b{i:03d}.txt")
            out[-1].write_text("Also reported\n\n" + f.read_text(encoding="utf-8"))
    return out


def run(store: Path, files: list[Path], jobs: int, **kw: object) -> None:
    with open_store(store) as s:
        summary = ingest([str(f) for f in files], s, jobs=jobs, **kw)  # type: ignore[arg-type]
    assert summary.failures == []


def test_two_workers_give_the_same_store_as_one(corpus: list[Path], tmp_path: Path) -> None:
    run(tmp_path / "one", corpus, jobs=1)
    run(tmp_path / "two", corpus, jobs=2)
    one, two = store_graphs(tmp_path / "one"), store_graphs(tmp_path / "two")
    assert len(one) == len(corpus)
    assert one == two


def test_three_ingests_in_any_order_give_the_same_store(corpus: list[Path], tmp_path: Path) -> None:
    reference = tmp_path / "reference"
    run(reference, corpus, jobs=1)
    expected = store_graphs(reference)
    rng = random.Random(5)
    for jobs in (1, 2):
        store = tmp_path / f"jobs{jobs}"
        for round_ in range(3):
            order = corpus[:]
            rng.shuffle(order)
            run(store, order, jobs=jobs, force=round_ == 2)  # the third re-extracts all
            assert store_graphs(store) == expected, (jobs, round_)
    with open_store(reference, read_only=True) as a, open_store(store, read_only=True) as b:
        assert a.triple_count() == b.triple_count()


def test_small_batches_give_the_same_store(corpus: list[Path], tmp_path: Path) -> None:
    run(tmp_path / "big", corpus[:30], jobs=1)
    run(tmp_path / "small", corpus[:30], jobs=1, batch_triples=1, batch_seconds=0)
    assert store_graphs(tmp_path / "big") == store_graphs(tmp_path / "small")


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_rerun_skips_articles_already_in_the_store(tmp_path: Path, jobs: int) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Japan condemned North Korea on May 3, 2024.\n")
    other = tmp_path / "b.txt"
    other.write_text("Poland and Germany held talks in Berlin on May 2, 2024.\n")
    seen: list[str] = []
    with open_store(tmp_path / "store") as store:
        first = ingest([str(article)], store, jobs=jobs)
        again = ingest([str(article), str(other)], store, jobs=jobs, on_article=seen.append)
        forced = ingest([str(article)], store, force=True, jobs=jobs)
        article.write_text("Japan condemned North Korea on May 4, 2024.\n")
        changed = ingest([str(article)], store, jobs=jobs)
    assert seen == [str(article), str(other)]
    assert (first.articles, first.unchanged) == (1, 0)
    assert (again.articles, again.unchanged) == (1, 1)
    assert (forced.articles, forced.unchanged) == (1, 0)
    assert (changed.articles, changed.unchanged) == (1, 0)
    assert "unchanged (already in the store, skipped): 1" in again.text()


def test_workers_read_files_and_report_bad_ones_like_one_process(tmp_path: Path) -> None:
    """Files of one article are read in the workers; jsonl and failures behave the same."""
    inputs = tmp_path / "in"
    inputs.mkdir()
    (inputs / "a.txt").write_text("Japan condemned North Korea on May 3, 2024.\n")
    (inputs / "b.html").write_text(
        "<html><body><p>Poland and Germany held talks in Berlin on May 2, 2024.</p></body></html>"
    )
    (inputs / "c.jsonl").write_text(
        '{"text": "India and France signed a defence pact on June 1, 2024."}\n{"text": \n'
    )
    (inputs / "d.txt").write_text("   \n")
    (inputs / "e.md").write_bytes(b"PK\x03\x04\x00\x00binary")
    summaries, graphs = [], []
    for jobs in (1, 2):
        with open_store(tmp_path / f"store{jobs}") as store:
            summaries.append(ingest([str(inputs)], store, jobs=jobs))
        graphs.append(store_graphs(tmp_path / f"store{jobs}"))
    one, two = summaries
    assert two.articles == one.articles == 3
    assert two.failures == one.failures
    names = [Path(f.split(":")[0]).name for f in two.failures]
    assert names == ["c.jsonl", "d.txt", "e.md"]
    assert "empty article" in two.failures[1]
    assert graphs[0] == graphs[1] and len(graphs[0]) == 3
    assert two.stages["read"] > 0


def test_the_digest_covers_text_metadata_and_extractor() -> None:
    base = make_article("Japan condemned North Korea.", "a.txt", date="2024-05-03")
    assert ingest_digest(base) == ingest_digest(
        make_article("Japan condemned North Korea.", "a.txt", date="2024-05-03")
    )
    for other in (
        make_article("Japan condemned North Korea!", "a.txt", date="2024-05-03"),
        make_article("Japan condemned North Korea.", "b.txt", date="2024-05-03"),
        make_article("Japan condemned North Korea.", "a.txt", date="2024-05-04"),
    ):
        assert ingest_digest(other) != ingest_digest(base)


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_article_that_breaks_extraction_is_reported_and_the_rest_go_in(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, jobs: int
) -> None:
    real = ingest_module.extract_article

    def fragile(article):  # type: ignore[no-untyped-def]
        if "Canada" in article.text:
            raise ValueError("no more Canada")
        return real(article)

    monkeypatch.setattr(ingest_module, "extract_article", fragile)  # forked workers see it
    (tmp_path / "a.txt").write_text("Japan condemned North Korea on May 3, 2024.\n")
    (tmp_path / "b.txt").write_text("Canada condemned Russia on May 3, 2024.\n")
    (tmp_path / "c.txt").write_text("Poland condemned Belarus on May 3, 2024.\n")
    with EmbeddedStore.in_memory() as store:
        summary = ingest([str(tmp_path)], store, jobs=jobs)
        graphs = store.graphs()
    assert summary.articles == 2 and len(graphs) == 2
    assert summary.failures == [
        f"{tmp_path / 'b.txt'}: internal error while extracting (ValueError: no more Canada); "
        "the other articles went in"
    ]


def test_a_failed_batch_write_leaves_none_of_it(tmp_path: Path) -> None:
    for i, state in enumerate(["Japan", "Poland", "Chile"]):
        (tmp_path / f"{i}.txt").write_text(f"{state} condemned Russia on May 3, 2024.\n")

    class Full(EmbeddedStore):
        def bulk_add(self, nquads: bytes, graphs: object, keys: object) -> None:
            half = nquads[: len(nquads) // 2]  # a write that breaks midway
            super().bulk_add(half, graphs, keys)  # type: ignore[arg-type]

    with Full(None) as store:
        with pytest.raises(KgError):
            ingest([str(tmp_path)], store)
        assert store.graphs() == []


# -- a bulk-loaded batch cut short is taken back ---------------------------------------------

MONTH = "Japan and Poland signed a defense cooperation agreement in May 2024.\n"
DAY = "Japan and Poland signed a defense cooperation agreement on May 3, 2024.\n"


def _cut_short(root: Path, text: str, *, settled: bool) -> None:
    """Leave ``root`` as a writer killed inside ``bulk_add`` of one article would.

    The journal is written and the article's quads are loaded; with ``settled`` the shared
    IRIs are given too (the kill came just before the journal was removed).
    """
    from kg.ingest import prepare
    from kg.resolve import settle
    from kg.store import layout

    item = prepare(make_article(text, "cut.txt"))
    keys = sorted({key for key, _date in item.keys.values()})
    with open_store(root) as store:
        layout.write_journal(root, {"graphs": [item.graph], "keys": keys})
        raw = store._open()
        raw.bulk_load(item.nquads, format=ox.RdfFormat.N_QUADS)
        if settled:
            operations = settle(raw, keys)
            assert operations, "the cut article must merge with the stored one"
            raw.update(" ;\n".join(operations))
        raw.flush()
        # the process dies here: no clear_journal(), no close() of the database
        store._store = None
        store._data.release()  # type: ignore[union-attr]
        store._writer.release()  # type: ignore[union-attr]


@pytest.mark.parametrize("settled", [False, True])
@pytest.mark.parametrize("reader", [False, True])
def test_a_batch_cut_short_is_taken_back_on_the_next_open(
    tmp_path: Path, settled: bool, reader: bool
) -> None:
    root = tmp_path / "store"
    (tmp_path / "month.txt").write_text("Talks\n\n" + MONTH)
    with open_store(root) as store:
        ingest([str(tmp_path / "month.txt")], store)
    before = store_graphs(root)
    _cut_short(root, DAY, settled=settled)
    assert (root / "kg-journal.json").exists()
    if not reader:
        open_store(root).close()
    assert store_graphs(root) == before  # a reader's open takes it back too
    assert not (root / "kg-journal.json").exists()


def test_the_writer_merges_within_a_batch_as_across_batches(tmp_path: Path) -> None:
    files = []
    for name, text in [("a", MONTH), ("b", DAY), ("c", MONTH)]:
        files.append(tmp_path / f"{name}.txt")
        files[-1].write_text(f"Report {name}\n\n{text}")
    with open_store(tmp_path / "one-batch") as store:
        ingest([str(f) for f in files], store)
    for i, f in enumerate(files):
        with open_store(tmp_path / "three-batches") as store:
            ingest([str(f)], store)
        assert len(store_graphs(tmp_path / "three-batches")) == i + 1
    one, three = store_graphs(tmp_path / "one-batch"), store_graphs(tmp_path / "three-batches")
    assert one == three
    dated = [t for lines in one.values() for t in lines if "def#date>" in t]
    assert len(dated) == 1 and '"2024-05-03"' in dated[0]  # only the article that gives the day


def test_the_writer_closes_the_database_after_every_batch(tmp_path: Path) -> None:
    """Between batches a reader opens the store at once, and sees the batches written so far."""
    from kg.ingest import IngestSummary, prepare
    from kg.writer import BatchWriter

    root = tmp_path / "store"
    texts = ["Japan condemned North Korea on May 3, 2024.", "Poland and Japan met on May 6, 2024."]
    with open_store(root) as store:
        writer = BatchWriter(store, IngestSummary(), max_triples=1)  # one article per batch
        for i, text in enumerate(texts):
            writer.add(prepare(make_article(text, f"a{i}.txt")))
            with open_store(root, read_only=True, wait=0) as reader:  # no wait: it is closed
                assert len(reader.graphs()) == i + 1
        writer.flush()
        writer.close()
        assert len(store.graphs()) == 2  # the writer opens it again for its own use
