"""Smoke tests of bench/bench_startup.py and bench/bench_query_scale.py (no timing asserted).

Example:
    python -m pytest tests/test_startup_bench.py -q -p no:cacheprovider
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"


def _load(name: str):
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module(name)


def test_startup_bench_times_commands_and_lists_heavy_imports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _load("bench_startup")
    out_json = tmp_path / "startup.json"
    assert bench.main(["--repeat", "1", "--json", str(out_json)]) == 0
    out = capsys.readouterr().out
    assert "import pyoxigraph" in out and "kg --help" in out and "kg query nations" in out
    data = json.loads(out_json.read_text())
    query = data["commands"]["kg query nations"]
    assert query["seconds"] > 0 and "pyoxigraph" in query["imports"]
    assert "click" in data["commands"]["kg --help"]["imports"]


def test_query_scale_bench_runs_every_competency_query(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bench = _load("bench_query_scale")
    from kg.query import competency_queries

    out_json = tmp_path / "q.json"
    argv = ["--triples", "2500", "--repeat", "1", "--cache", str(tmp_path), "--json", str(out_json)]
    assert bench.main(argv) == 0
    data = json.loads(out_json.read_text())
    assert set(data["queries"]) == set(competency_queries())
    assert all(q["kg_s"] > 0 and q["raw_s"] > 0 for q in data["queries"].values())
    assert data["selective"]["agreements of KOR"]["param"] == "nation=kgr:nation/KOR"
    assert data["selective"]["evidence of a meeting"]["rows"] >= 1
    assert "kg/raw" in capsys.readouterr().out
