"""Competency-query latency as one article's facts are restated by more and more articles.

Each article's named graph repeats the triples it states and the union of the graphs is a
bag, so a query that joins repeated patterns before making them distinct grows with a
power of the number of articles. This benchmark ingests the bundled articles, copies each
N times (a line added so every copy is its own article), and times every competency query
at each N, as the median of ``--repeat`` runs, next to a baseline measured in the same run:
counting the store's quads with a plain SPARQL query (linear in the store's size).

Example:
    python bench/bench_queries.py --copies 1 10 60
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from kg.ingest import ingest
from kg.paths import resource_dir
from kg.query import competency_queries, load_query, run_query
from kg.store import EmbeddedStore

BASELINE = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _median(fn, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _corpus(folder: Path, copies: int) -> list[str]:
    paths = []
    for source in sorted(resource_dir("articles").glob("*.txt")):
        text = source.read_text(encoding="utf-8")
        for i in range(copies):
            path = folder / f"{source.stem}-{i}.txt"
            path.write_text(f"{text}\n\nCopy {i}.\n", encoding="utf-8")
            paths.append(str(path))
    return paths


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print one table per number of copies."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--copies", type=int, nargs="+", default=[1, 10, 60])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    names = [n for n in competency_queries() if n != "evidence"]
    for copies in args.copies:
        with tempfile.TemporaryDirectory() as tmp:
            store = EmbeddedStore.in_memory()
            summary = ingest(_corpus(Path(tmp), copies), store)
            base = _median(lambda store=store: store.query(BASELINE), args.repeat)
            print(f"\n{copies} copies: {summary.articles} articles, {store.triple_count()} quads")
            print(f"{'query':<14}{'seconds':>10}{'vs baseline':>13}")
            print(f"{'(baseline)':<14}{base:>10.4f}{1.0:>12.1f}x")
            for name in names:
                text = load_query(name)
                secs = _median(lambda t=text, st=store: run_query(st, t), args.repeat)
                print(f"{name:<14}{secs:>10.4f}{secs / base:>12.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
