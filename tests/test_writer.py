"""The batch writer: later batches of a store on disk are written by a fresh process each."""

from __future__ import annotations

import os
import shutil
import threading
from pathlib import Path

import pytest

from crashcorpus import store_graphs
from kg import writer as writer_module
from kg.errors import KgError, StoreError
from kg.ingest import IngestSummary, ingest, prepare
from kg.sources.read import make_article
from kg.store import EmbeddedStore, open_store
from kg.writer import BatchWriter, Written, write_elsewhere

ROOT = Path(__file__).resolve().parents[1]

TEXTS = [
    "Japan condemned North Korea on May 3, 2024.",
    "Poland and Japan met in Warsaw on May 6, 2024.",
    "Japan and North Korea met on May 7, 2024. Japan condemned North Korea's launch.",
    "Japan condemned North Korea on May 3, 2024 after the test.",  # the first fact again
]


def _write(root: Path, isolate_after: int | None, monkeypatch: pytest.MonkeyPatch) -> int:
    """Write TEXTS one batch per article; return how many batches went to another process."""
    calls: list[int] = []

    def counted(store: EmbeddedStore, items: list[Written]) -> object:
        calls.append(len(items))
        return write_elsewhere(store, items)

    monkeypatch.setattr(writer_module, "write_elsewhere", counted)
    with open_store(root) as store:
        writer = BatchWriter(store, IngestSummary(), max_triples=1, isolate_after=isolate_after)
        for i, text in enumerate(TEXTS):
            writer.add(prepare(make_article(text, f"a{i}.txt")))
        writer.flush()
        writer.close()
    return len(calls)


def test_later_batches_are_written_by_a_fresh_process_with_the_same_result(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _write(tmp_path / "here", None, monkeypatch) == 0
    assert _write(tmp_path / "elsewhere", 1, monkeypatch) == len(TEXTS) - 1
    graphs = store_graphs(tmp_path / "here")
    assert len(graphs) == len(TEXTS)
    assert store_graphs(tmp_path / "elsewhere") == graphs  # merged reports included


def test_an_in_memory_store_is_always_written_here(monkeypatch: pytest.MonkeyPatch) -> None:
    store = EmbeddedStore.in_memory()
    writer = BatchWriter(store, IngestSummary(), max_triples=1, isolate_after=0)
    assert writer.isolate_after is None
    writer.add(prepare(make_article(TEXTS[0], "a.txt")))
    assert len(store.graphs()) == 1


def test_an_ingest_of_many_batches_gives_the_graph_of_one_batch(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    shutil.copytree(ROOT / "tests" / "heldout" / "articles", folder)
    with open_store(tmp_path / "one") as store:
        one = ingest([str(folder)], store)
    with open_store(tmp_path / "many") as store:
        many = ingest([str(folder)], store, jobs=2, batch_triples=200)
        assert store.triple_count() > 0  # the writer opens it again for its own use
    assert many.articles == one.articles and many.stages["write"] > 0
    assert store_graphs(tmp_path / "many") == store_graphs(tmp_path / "one")


def test_a_delegate_needs_a_writer_holding_the_store(tmp_path: Path) -> None:
    root = tmp_path / "store"
    open_store(root).close()
    with pytest.raises(StoreError, match="has no writer"):
        EmbeddedStore.delegate(root)
    with open_store(root) as store:
        store.pause()  # the writer of this process holds the store, its database closed
        delegate = EmbeddedStore.delegate(root)
        assert delegate.graphs() == []
        delegate.close()


def test_an_error_in_the_batch_process_comes_back_and_leaves_the_store_as_it_was(
    tmp_path: Path,
) -> None:
    root = tmp_path / "store"
    with open_store(root) as store:
        ingest([str(ROOT / "data" / "articles")], store)
    before = store_graphs(root)
    with open_store(root) as store:
        store.pause()
        bad = Written("http://ex/g", b"<http://ex/s> <http://ex/p> not n-quads .\n", {})
        with pytest.raises(KgError) as raised:
            write_elsewhere(store, [bad])
    assert "Traceback" not in str(raised.value)
    assert store_graphs(root) == before


def test_a_batch_process_that_dies_is_an_error_and_its_batch_is_taken_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "store"
    open_store(root).close()
    # the process writes the batch's journal and part of the batch, then dies
    dying = (
        "import os, pickle, sys; from kg.store import layout; import pyoxigraph as ox; "
        "r = pickle.load(sys.stdin.buffer); "
        "layout.write_journal(layout.Path(r['path']), {'graphs': ['http://ex/g'], 'keys': []}); "
        "s = ox.Store(str(layout.database(layout.Path(r['path'])))); "
        "s.bulk_load(r['items'][0][1], format=ox.RdfFormat.N_QUADS); s.flush(); os._exit(3)"
    )
    monkeypatch.setattr(writer_module, "_CHILD", dying)
    with open_store(root) as store:
        store.pause()
        item = Written("http://ex/g", b'<http://ex/s> <http://ex/p> "o" <http://ex/g> .\n', {})
        with pytest.raises(StoreError, match="ended with code 3"):
            write_elsewhere(store, [item])
    with open_store(root, read_only=True) as reader:
        assert reader.graphs() == []  # the half-written batch is gone


def test_a_batch_process_waiting_for_a_reader_says_so(tmp_path: Path) -> None:
    root = tmp_path / "store"
    told: list[str] = []
    with open_store(root, on_wait=told.append) as store:
        store.pause()
        reader = open_store(root, read_only=True)
        threading.Timer(0.5, reader.close).start()
        item = Written("http://ex/g", b'<http://ex/s> <http://ex/p> "o" <http://ex/g> .\n', {})
        write_elsewhere(store, [item])
        assert store.graphs() == ["http://ex/g"]
    assert any("is being read; waiting" in message for message in told)


def test_a_batch_process_keeps_the_store_locked_if_the_ingest_dies(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The batch process shares the writer lock, so nobody takes back a batch it is writing."""
    from kg.store import layout
    from kg.store.locks import FileLock

    root = tmp_path / "store"
    monkeypatch.setattr(
        writer_module, "_CHILD", "import sys, time; sys.stdin.buffer.read(); time.sleep(2)"
    )
    seen: list[bool] = []
    with open_store(root) as store:

        def die_then_look() -> None:
            lock = store._writer  # type: ignore[union-attr]
            fd, lock._fd = lock._fd, None  # type: ignore[union-attr]
            os.close(fd)  # as the kernel does when the ingest dies: no unlock, only a close
            seen.append(FileLock(root / layout.WRITER_LOCK, "writer").try_acquire(exclusive=True))

        threading.Timer(0.5, die_then_look).start()
        with pytest.raises(StoreError):
            write_elsewhere(store, [Written("http://ex/g", b"", {})])  # it answers nothing
    assert seen == [False]  # still held by the batch process
    assert FileLock(root / layout.WRITER_LOCK, "writer").try_acquire(exclusive=True)


def test_a_batch_process_that_cannot_start_is_a_store_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    root = tmp_path / "store"
    monkeypatch.setattr(writer_module.sys, "executable", str(tmp_path / "no-python"))
    with open_store(root) as store:
        with pytest.raises(StoreError, match="cannot start a process to write"):
            write_elsewhere(store, [Written("http://ex/g", b"", {})])
        assert store.graphs() == []
