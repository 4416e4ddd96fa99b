"""Smoke test of bench/bench_queries.py: it runs end to end on tiny sizes (no timing checks)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_queries.py"


def test_bench_queries_runs(capsys: pytest.CaptureFixture[str]) -> None:
    spec = importlib.util.spec_from_file_location("bench_queries", BENCH)
    assert spec and spec.loader
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    assert bench.main(["--copies", "1", "2", "--repeat", "1"]) == 0
    out = capsys.readouterr().out
    assert "2 copies: 8 articles" in out
    assert "(baseline)" in out and "agreements" in out and "stances" in out
