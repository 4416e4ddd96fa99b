"""Benchmark: ``kg load`` into the Oxigraph server against the server's own bulk load.

Builds a corpus of N article graphs (the bundled and test articles, copied under new graph
names until there are N), writes it as N-Quads, and loads it into a fresh Oxigraph server
several ways in the same run:

- ``kg load`` (Graph Store Protocol, one PUT per graph; the default),
- ``kg load --method update`` (SPARQL Update, 100 graphs per request),
- ``POST /store?no_transaction`` of the N-Quads (the server's bulk loader over HTTP),
- ``POST /store`` of the N-Quads (one transaction),
- ``oxigraph load`` of the N-Quads file (offline bulk loader, no server).

Prints seconds, triples per second and the ratio to ``POST /store?no_transaction`` (the
baseline), and checks that every server ends up with the same number of triples.

Usage:
    python bench/bench_load.py --graphs 2000
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

import pyoxigraph as ox

from kg.ingest import ingest
from kg.load import load_store
from kg.serve import oxigraph_executable, serve_store
from kg.store import layout, open_store
from kg.store.http import Endpoint
from kg.store.remote import RemoteStore

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [ROOT / "data" / "articles", ROOT / "tests" / "articles"]


def build_corpus(work: Path, graphs: int) -> tuple[Path, Path, int]:
    """Return (store dir, N-Quads file, quads) holding ``graphs`` article graphs."""
    seed = work / "seed"
    with open_store(seed) as store:
        ingest([str(p) for p in ARTICLES], store)
        base = {g: list(store.query(_graph(g))) for g in store.graphs()}
    nquads = work / "corpus.nq"
    count = 0
    with nquads.open("w", encoding="utf-8") as out:
        for i in range(graphs):
            name, triples = list(base.items())[i % len(base)]
            graph = f"{name}-copy{i // len(base)}" if i >= len(base) else name
            for t in triples:
                out.write(f"{t.subject} {t.predicate} {t.object} <{graph}> .\n")
                count += 1
    source = work / "source"
    open_store(source).close()  # an empty kg store; its database is filled by the bulk loader
    bulk = ox.Store(str(layout.database(source)))
    bulk.bulk_load(path=str(nquads), format=ox.RdfFormat.N_QUADS)
    bulk.flush()
    del bulk
    return source, nquads, count


def _graph(g: str) -> str:
    return f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{g}> {{ ?s ?p ?o }} }}"


def timed_kg_load(source: Path, server_dir: Path, method: str) -> tuple[float, int]:
    open_store(server_dir).close()
    server = serve_store(server_dir, port=0, write=True, union=False)
    with server, open_store(source, read_only=True) as src:
        target = RemoteStore(Endpoint(server.query_url), method=method)
        started = time.perf_counter()
        report = load_store(src, target, batch_size=100)
        seconds = time.perf_counter() - started
        assert report.ok, report.failed
        return seconds, target.triple_count()


def timed_post(nquads: Path, server_dir: Path, bulk: bool) -> tuple[float, int]:
    open_store(server_dir).close()
    with serve_store(server_dir, port=0, write=True, union=False) as server:
        url = f"{server.store_url}{'?no_transaction' if bulk else ''}"
        data = nquads.read_bytes()
        request = urllib.request.Request(
            url, data=data, method="POST", headers={"Content-Type": "application/n-quads"}
        )
        started = time.perf_counter()
        with urllib.request.urlopen(request, timeout=600) as answer:
            assert answer.status in (200, 201, 204), answer.status
        seconds = time.perf_counter() - started
        return seconds, RemoteStore(Endpoint(server.query_url)).triple_count()


def timed_offline(nquads: Path, server_dir: Path) -> tuple[float, int]:
    open_store(server_dir).close()
    database = str(layout.database(server_dir))
    started = time.perf_counter()
    cmd = [oxigraph_executable(), "load", "--location", database, "--file", str(nquads)]
    subprocess.run(cmd, check=True, capture_output=True)
    seconds = time.perf_counter() - started
    with open_store(server_dir, read_only=True) as store:
        return seconds, store.triple_count()


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print a table; exit 1 if the loads disagree on the count."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--graphs", type=int, default=2000, help="article graphs to load")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-load-") as tmp:
        work = Path(tmp)
        source, nquads, quads = build_corpus(work, args.graphs)
        print(f"corpus: {args.graphs} graphs, {quads} quads, {nquads.stat().st_size} bytes N-Quads")
        runs = {
            "POST /store?no_transaction": timed_post(nquads, work / "post-bulk", bulk=True),
            "kg load (gsp)": timed_kg_load(source, work / "gsp", "gsp"),
            "kg load --method update": timed_kg_load(source, work / "update", "update"),
            "POST /store": timed_post(nquads, work / "post", bulk=False),
            "oxigraph load (offline)": timed_offline(nquads, work / "offline"),
        }
    baseline = runs["POST /store?no_transaction"][0]
    print(f"{'method':<28}{'seconds':>9}{'triples/s':>12}{'ratio':>8}")
    for name, (seconds, count) in runs.items():
        rate = count / seconds if seconds else float("inf")
        print(f"{name:<28}{seconds:>9.2f}{rate:>12.0f}{seconds / baseline:>7.1f}x")
    counts = {count for _s, count in runs.values()}
    if counts != {quads}:
        print(f"triple counts differ: {sorted(counts)} (expected {quads})", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
