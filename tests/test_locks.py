"""One writer, many readers: store locks, --wait, reading during an ingest, store format checks."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import StoreError
from kg.store import layout, open_store

ROOT = Path(__file__).resolve().parents[1]
ARTICLES = ROOT / "data" / "articles"
KG = [sys.executable, "-m", "kg"]

HOLD = textwrap.dedent(
    """
    import sys
    from kg.store import open_store
    store = open_store(sys.argv[1], read_only=sys.argv[2] == "reader")
    store.triple_count()
    print("holding", flush=True)
    for line in sys.stdin:  # "pause": let readers in; end of input: close
        if line.strip() == "pause":
            store.pause()
            print("paused", flush=True)
    store.close()
    """
)


def kg(*args: str | Path, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*KG, *map(str, args)], capture_output=True, text=True, timeout=timeout, cwd=ROOT
    )


def start(*args: str | Path) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [*KG, *map(str, args)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
    )


def hold(store: Path, role: str) -> subprocess.Popen[str]:
    """Start a process that opens the store as writer or reader and keeps it until told."""
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(store), role],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None
    assert proc.stdout.readline().strip() == "holding", proc.stderr and proc.stderr.read()
    return proc


def let_go(proc: subprocess.Popen[str]) -> None:
    assert proc.stdin is not None
    proc.stdin.close()
    proc.wait(timeout=60)


def first_line(proc: subprocess.Popen[str]) -> str:
    assert proc.stderr is not None
    return proc.stderr.readline()


@pytest.fixture()
def store(tmp_path: Path) -> Path:
    path = tmp_path / "store"
    assert kg("ingest", "-q", "--store", path, ARTICLES).returncode == 0
    return path


def test_second_writer_is_told_the_store_is_in_use(store: Path) -> None:
    holder = hold(store, "writer")
    try:
        result = kg("ingest", "-q", "--store", store, ARTICLES / "seed-article.txt", timeout=30)
    finally:
        let_go(holder)
    assert result.returncode == 1
    assert f"store {store} is in use by pid {holder.pid}" in result.stderr
    assert "--wait SECONDS" in result.stderr
    assert "Traceback" not in result.stderr


def test_second_writer_waits_with_wait(store: Path) -> None:
    holder = hold(store, "writer")
    second = start("ingest", "-q", "--wait", "600", "--store", store, ARTICLES / "seed-article.txt")
    told = first_line(second)
    let_go(holder)
    _out, err = second.communicate(timeout=120)
    assert f"store {store} is in use by pid {holder.pid}" in told
    assert second.returncode == 0, err


def test_wait_runs_out_with_a_clear_message(store: Path) -> None:
    holder = hold(store, "writer")
    try:
        result = kg("ingest", "-q", "--wait", "0.5", "--store", store, ARTICLES, timeout=30)
    finally:
        let_go(holder)
    assert result.returncode == 1
    assert "is in use by pid" in result.stderr and "Traceback" not in result.stderr


def test_readers_share_the_store_and_a_writer_waits_for_them(store: Path) -> None:
    reader = hold(store, "reader")
    other = kg("stats", "--store", store)  # a second reader gets in beside the first
    writer = start("ingest", "-q", "--store", store, ARTICLES / "seed-article.txt")
    told = first_line(writer)
    let_go(reader)
    _out, err = writer.communicate(timeout=120)
    assert other.returncode == 0 and "graphs" in other.stdout, other.stderr
    assert f"store {store} is being read; waiting" in told
    assert writer.returncode == 0, err


def test_a_reader_waits_for_the_batch_being_written(store: Path) -> None:
    writer = hold(store, "writer")
    query = start("query", "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--store", store)
    told = first_line(query)
    assert writer.stdin is not None and writer.stdout is not None
    writer.stdin.write("pause\n")
    writer.stdin.flush()
    assert writer.stdout.readline().strip() == "paused"
    out, err = query.communicate(timeout=120)
    beside = kg("stats", "--wait", "0", "--store", store)  # a paused writer lets readers in
    let_go(writer)
    assert f"store {store} is being written; waiting" in told
    with open_store(store, read_only=True) as reader:
        expected = reader.triple_count()
    assert query.returncode == 0, err
    assert out.split()[-1] == str(expected)
    assert beside.returncode == 0, beside.stderr


def test_not_a_kg_store_is_refused_and_left_untouched(tmp_path: Path) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "cat.jpg").write_bytes(b"\xff\xd8 not really")
    before = sorted(p.name for p in folder.iterdir())
    for args in (
        ("ingest", "-q", "--store", folder, ARTICLES / "seed-article.txt"),
        ("query", "agreements", "--store", folder),
        ("stats", "--store", folder),
    ):
        result = kg(*args)
        assert result.returncode == 1
        assert f"{folder} is not a kg store (no kg-store.json); nothing was changed" in (
            result.stderr
        )
        assert "Traceback" not in result.stderr
    assert sorted(p.name for p in folder.iterdir()) == before
    assert (folder / "cat.jpg").read_bytes() == b"\xff\xd8 not really"


def test_a_plain_oxigraph_database_gets_a_hint(tmp_path: Path) -> None:
    import pyoxigraph

    plain = tmp_path / "oxi"
    db = pyoxigraph.Store(str(plain))
    db.flush()
    del db
    with pytest.raises(StoreError, match="looks like a plain Oxigraph database"):
        open_store(plain)


def test_a_newer_store_format_is_refused_and_left_untouched(store: Path) -> None:
    marker = store / layout.MARKER
    info = json.loads(marker.read_text())
    marker.write_text(json.dumps({**info, "version": layout.VERSION + 1}))
    snapshot = {p: p.stat().st_mtime_ns for p in store.rglob("*") if p.is_file()}
    for args in (("stats", "--store", store), ("ingest", "-q", "--store", store, ARTICLES)):
        result = kg(*args)
        assert result.returncode == 1
        assert f"has format version {layout.VERSION + 1}, newer than this kg reads" in (
            result.stderr
        )
    assert {p: p.stat().st_mtime_ns for p in store.rglob("*") if p.is_file()} == snapshot


def test_a_damaged_marker_is_a_clear_error(store: Path) -> None:
    (store / layout.MARKER).write_text("{ not json")
    with pytest.raises(StoreError, match=r"kg-store\.json is unreadable"):
        open_store(store, read_only=True)


def test_stats_reports_the_store_format(store: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].split() == ["store-format", str(layout.VERSION)]


def test_a_new_store_is_marked_before_anything_is_written(tmp_path: Path) -> None:
    path = tmp_path / "new"
    with open_store(path) as store:
        assert json.loads((path / layout.MARKER).read_text())["format"] == "kg-store"
        assert store.info["version"] == layout.VERSION
    assert (path / layout.DATABASE / "CURRENT").is_file()


def test_reading_during_an_ingest_sees_whole_articles(tmp_path: Path) -> None:
    """Readers open the store again and again while a --jobs 2 ingest runs; each sees whole
    articles only (every article graph has all its triples), and the count only grows."""
    from crashcorpus import expected_graphs, write_corpus

    corpus = write_corpus(tmp_path / "articles", 300)
    reference = expected_graphs(tmp_path, corpus)
    path = tmp_path / "store"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = ["ingest", "-q", "--jobs", "2", "--batch-seconds", "0.3", "--store", str(path)]
    ingest = subprocess.Popen(
        [*KG, *command, str(corpus)],
        cwd=ROOT,
        env=env,
        stderr=subprocess.PIPE,
        text=True,
    )
    seen: list[int] = []
    while ingest.poll() is None:
        if not (path / layout.MARKER).exists():
            time.sleep(0.05)
            continue
        with open_store(path, read_only=True) as reader:
            graphs = reader.graphs()
            for graph in graphs:
                assert reader.graph_size(graph) == len(reference[graph]), graph
        seen.append(len(graphs))
    assert ingest.returncode == 0, ingest.stderr.read() if ingest.stderr else ""
    assert seen == sorted(seen)  # never goes back
    assert len(seen) >= 2 and any(0 < n < len(reference) for n in seen)
