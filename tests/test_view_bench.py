"""Smoke test of bench/bench_view.py: it runs end to end on tiny sizes (no timing checks).

Example:
    PYTHONPATH=src python -m pytest tests/test_view_bench.py -q -p no:cacheprovider
"""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_view.py"


def test_bench_view_runs(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_view", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--sizes", "40", "--browser-sizes", "40", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "build: write_view" in out and " default " in out
    assert "empty (baseline)" in out and "40 default" in out


def test_bench_view_cuts_views_from_the_corpus_store(
    tmp_path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = importlib.util.spec_from_file_location("bench_view", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    argv = ["--corpus-store", "--triples", "3000", "--cache", str(tmp_path), "--requests", "30"]
    assert bench.main(argv) == 0
    out = capsys.readouterr().out
    assert "quads)" in out and "max-nodes 30      30" in out
    assert re.search(r"focus [A-Z]{3}, 2 hops +\d+", out)
