"""The load benchmark runs (a smoke test on a tiny corpus; no timing is asserted)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench" / "bench_load.py"


def test_bench_load_runs_on_a_tiny_corpus() -> None:
    done = subprocess.run(
        [sys.executable, str(BENCH), "--graphs", "12"], capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("corpus: 12 graphs,")
    methods = [line.split("  ")[0] for line in lines[2:]]
    assert methods == [
        "POST /store?no_transaction",
        "kg load (gsp)",
        "kg load --method update",
        "POST /store",
        "oxigraph load (offline)",
    ]
    assert all(line.rstrip().endswith("x") for line in lines[2:])
