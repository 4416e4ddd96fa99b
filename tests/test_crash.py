"""A killed ingest leaves every article whole or absent; a rerun finishes the job.

The ingest process (the writer only: its worker processes must die with it and free the
store) is killed with SIGKILL at random moments of 1,000-article runs, with one and with
two worker processes, the input in a different order each time. After each kill the store
must open, and every article graph in it must be exactly what a clean run gives that
article. The next run starts from that state and skips what is in, so the kills move
through the corpus; a run that finishes must leave the clean run's store, quad for quad,
and the next cycle starts from an empty store. At least 20 kills, then a run to completion.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

from crashcorpus import expected_graphs, store_graphs, write_corpus
from kg.store import layout
from kg.store.locks import FileLock

KILLS = 20
ARTICLES = 1000


def ingest_command(store: Path, files: list[Path], jobs: int) -> list[str]:
    return [
        sys.executable, "-m", "kg", "ingest", "-q", "--jobs", str(jobs), "--batch-seconds", "0.5",
        "--store", str(store),
        *map(str, files),
    ]  # fmt: skip


def writer_lock_is_free(store: Path) -> bool:
    lock = FileLock(store / layout.WRITER_LOCK, "writer")
    deadline = time.monotonic() + 10
    while not lock.try_acquire(exclusive=True):
        if time.monotonic() > deadline:
            return False
        time.sleep(0.05)
    lock.release()
    return True


def test_sigkill_at_random_points_never_leaves_half_an_article(tmp_path: Path) -> None:
    corpus = write_corpus(tmp_path / "articles", ARTICLES)
    files = sorted(corpus.iterdir())
    started = time.monotonic()
    reference = expected_graphs(tmp_path, corpus)
    clean_seconds = time.monotonic() - started
    assert len(reference) == ARTICLES

    store = tmp_path / "store"
    rng = random.Random(2024)
    kills, runs, partial, completed = 0, 0, 0, 0
    while kills < KILLS:
        runs += 1
        assert runs < KILLS * 4, "the runs keep finishing before the kill"
        order = files[:]
        rng.shuffle(order)
        proc = subprocess.Popen(
            ingest_command(store, order, jobs=1 + runs % 2),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # Reruns skip the articles already in, so each kill lands further on.
        time.sleep(rng.uniform(0.2, clean_seconds * 0.6))
        killed = proc.poll() is None
        if killed:
            proc.send_signal(signal.SIGKILL)  # the writer only: its workers must follow
            kills += 1
        _out, err = proc.communicate()
        if not (store / layout.MARKER).exists():
            continue  # killed before the store was made
        assert writer_lock_is_free(store), f"run {runs}: a dead ingest still holds the store"
        found = store_graphs(store)
        for graph, triples in found.items():
            assert triples == reference[graph], f"run {runs}: {graph} is not whole"
        partial += 0 < len(found) < ARTICLES
        if not killed:  # a rerun finished the job: the clean run's store, then start afresh
            assert proc.returncode == 0, err
            assert found == reference, f"run {runs} finished with another store"
            completed += 1
            shutil.rmtree(store)

    assert partial >= 5, "too few kills landed in the middle of a run"
    final = subprocess.run(
        ingest_command(store, files, jobs=2), capture_output=True, text=True, timeout=900
    )
    assert final.returncode == 0, final.stderr
    assert store_graphs(store) == reference
