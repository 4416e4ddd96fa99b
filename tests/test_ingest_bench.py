"""Smoke tests of bench/bench_ingest.py and bench/plot_growth.py on tiny corpora (no timing).

Example:
    python -m pytest tests/test_ingest_bench.py -q -p no:cacheprovider
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


@pytest.fixture(scope="module")
def bench():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("bench_ingest")


def test_stages_and_growth_run_and_record_their_results(
    bench, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    results = tmp_path / "results.json"
    argv = ["--stages", "4", "--growth", "3", "--cache", str(tmp_path), "--results", str(results)]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert "4 articles," in out and "floor: blank tokenizer" in out and "floor: bulk load" in out
    assert "extract / blank tokenizer:" in out and "write / bulk load:" in out
    data = json.loads(results.read_text())
    assert data["machine"]["cores"] >= 1 and data["machine"]["pyoxigraph"]
    stage = data["stages"]["4"]
    assert stage["articles"] == 4 and stage["triples"] > 0
    assert set(stage["seconds"]) >= {"read", "clean", "extract", "map", "write", "ingest()"}
    [point] = data["growth"]
    assert point["articles"] == 3 and point["triples"] > 0
    assert point["peak_rss_mb"] > 10 and point["store_mb"] > 0
    assert 10 < point["peak_pss_mb"] <= point["peak_rss_mb"]

    plot = importlib.import_module("plot_growth")
    png = tmp_path / "growth.png"
    assert plot.main(["--results", str(results), "--out", str(png)]) == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_parallel_ingest_gives_the_same_graph(bench, tmp_path: Path) -> None:
    if not bench.has_jobs_option():
        pytest.fail("kg ingest has no --jobs option")
    folder = bench.cached_corpus(tmp_path, 6)
    res = bench.jobs_compare(folder, tmp_path, 2, repeat=2)
    assert res["same_graph"] is True
    assert res["triples"] > 0
    assert len(res["speedups"]) == 2 and min(res["speedups"]) <= res["speedup"]
    assert res["speedup"] <= max(res["speedups"])


def test_same_graph_tells_different_stores_apart(bench, tmp_path: Path) -> None:
    from kg.ingest import ingest
    from kg.store import open_store

    folder = bench.cached_corpus(tmp_path, 3)
    files = sorted(str(p) for p in (folder / "articles").iterdir())
    for name, paths in (("a", files), ("b", files), ("c", files[:2])):
        with open_store(tmp_path / name) as store:
            ingest(paths, store)
    assert bench.same_graph(tmp_path / "a", tmp_path / "b")
    assert not bench.same_graph(tmp_path / "a", tmp_path / "c")


def test_summary_line_is_parsed() -> None:
    sys.path.insert(0, str(BENCH))
    module = importlib.import_module("bench_ingest")
    assert module.parse_summary("x\narticles: 12, triples: 345, seconds: 6.70\n") == {
        "articles": 12.0,
        "triples": 345.0,
        "seconds": 6.7,
    }
    assert module.parse_summary("nothing here") == {}


def test_writer_memory_bench_runs_both_modes(tmp_path: Path) -> None:
    """bench_writer_memory.py on a tiny store: both modes write every batch (no timing)."""
    import subprocess

    out = tmp_path / "memory.json"
    argv = ["--base", "600", "--batches", "2", "--triples", "300", "--json", str(out)]
    done = subprocess.run(
        [sys.executable, str(BENCH / "bench_writer_memory.py"), *argv],
        capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    data = json.loads(out.read_text())
    for mode in ("long-lived", "fresh"):
        assert data[mode]["peak_mb"] > 0 and data[mode]["first_quarter_peak_mb"] > 0
    assert data["fresh_vs_long_lived_peak"] > 0
    assert "fresh process per batch / one long-lived process" in done.stdout


def test_timing_runs_can_leave_the_memory_poller_off(bench) -> None:
    # the poller reads smaps_rollup of every process every 50 ms: a timed run that keeps
    # every core busy would pay for it, so the parallel comparison turns it off
    code = "x = bytearray(64 * 1024 * 1024); import time; time.sleep(0.3)"
    polled = bench.run_measured([sys.executable, "-c", code])
    quiet = bench.run_measured([sys.executable, "-c", code], poll_memory=False)
    assert polled["code"] == quiet["code"] == 0
    assert polled["peak_pss_mb"] > 60 and polled["peak_rss_mb"] > 60
    assert quiet["peak_pss_mb"] == 0
    assert quiet["max_process_rss_mb"] > 60 and quiet["peak_rss_mb"] > 60
