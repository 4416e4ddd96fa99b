"""Writer memory: one long-lived process against a fresh process per batch, same store.

Why `kg ingest` writes each batch after the first in a fresh process
(:func:`kg.writer.write_elsewhere`). Both modes bulk-load the same ``--batches`` batches of
``--triples`` triples into copies of one store of ``--base`` triples, read back a sample of
each batch (as settling the facts of a batch does) and close the database after every
batch. The long-lived mode writes every batch in one process (freed memory handed back with
``malloc_trim`` after each); the fresh mode starts a process per batch. Both read each
batch's peak resident memory from the kernel (``VmHWM``, reset before each batch). The
table gives each mode's peak over the first and the last quarter of the batches and the
ratio of the two modes' peaks, measured in the same run.

Example:
    python bench/bench_writer_memory.py                       # 40 batches of 100,000 triples
    python bench/bench_writer_memory.py --base 1000 --batches 2 --triples 500
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pyoxigraph as ox

EX = "http://example.org/bench/"


def batch(i: int, triples: int) -> bytes:
    """The N-Quads of batch ``i``: ``triples`` quads in graphs of 120 quads, as articles are.

    Example:
        >>> batch(0, 2).count(b"\\n")
        2
    """
    lines = []
    for j in range(triples):
        k = i * triples + j
        lines.append(
            f'<{EX}s/{k}> <{EX}p/{k % 40}> "value {k} {k * 7919 % 100003}" <{EX}g/{k // 120}> .\n'
        )
    return "".join(lines).encode()


def write_batch(path: str, i: int, triples: int) -> None:
    """Open the store, bulk-load batch ``i``, read a sample of it back, close the store."""
    store = ox.Store(path)
    store.bulk_load(batch(i, triples), format=ox.RdfFormat.N_QUADS)
    for k in range(0, triples, max(1, triples // 200)):
        list(store.quads_for_pattern(ox.NamedNode(f"{EX}s/{i * triples + k}"), None, None))
    del store


def _hwm_mb() -> float:
    """This process's peak resident memory since the last reset (VmHWM), in MB."""
    with open("/proc/self/status") as f:
        line = next(x for x in f if x.startswith("VmHWM:"))
    return int(line.split()[1]) / 1024


def _reset_hwm() -> None:
    """Start a new peak (``5`` in ``/proc/self/clear_refs``, Linux 4.0 and later)."""
    with open("/proc/self/clear_refs", "w") as f:
        f.write("5")


def _batches_here(path: str, first: int, batches: int, triples: int) -> list[float]:
    """Write the batches in this process; return its peak resident MB during each."""
    import ctypes

    trim = getattr(ctypes.CDLL(None), "malloc_trim", None)
    out = []
    for i in range(first, first + batches):
        _reset_hwm()
        write_batch(path, i, triples)
        out.append(_hwm_mb())
        if trim:
            trim(0)
    return out


_CODE = (
    "import json, sys; sys.path.insert(0, sys.argv[1]); import bench_writer_memory as b; "
    "print(json.dumps(b._batches_here(sys.argv[2], *map(int, sys.argv[3:]))))"
)


def _process(path: str, first: int, batches: int, triples: int) -> list[float]:
    here = str(Path(__file__).resolve().parent)
    args = [sys.executable, "-c", _CODE, here, path, str(first), str(batches), str(triples)]
    done = subprocess.run(args, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.split("\n")[-2])


def long_lived(path: str, first: int, batches: int, triples: int) -> list[float]:
    """Peak resident MB during each batch, all written by one process."""
    return _process(path, first, batches, triples)


def fresh(path: str, first: int, batches: int, triples: int) -> list[float]:
    """Peak resident MB during each batch, each written by a process of its own."""
    return [_process(path, i, 1, triples)[0] for i in range(first, first + batches)]


def run(base: int, batches: int, triples: int, work: Path) -> dict[str, object]:
    """Build the base store once, copy it for each mode, write the batches, return figures."""
    origin = work / "base"
    store = ox.Store(str(origin))
    chunk = max(1, min(base, 100_000))
    for i in range(0, base, chunk):
        store.bulk_load(batch(10_000_000 + i // chunk, min(chunk, base - i)), ox.RdfFormat.N_QUADS)
    del store
    result: dict[str, object] = {"base": base, "batches": batches, "triples": triples}
    for mode, fn in (("long-lived", long_lived), ("fresh", fresh)):
        copy = work / mode
        shutil.copytree(origin, copy)
        started = time.perf_counter()
        peaks = fn(str(copy), 0, batches, triples)
        quarter = max(1, batches // 4)
        result[mode] = {
            "seconds": round(time.perf_counter() - started, 2),
            "first_quarter_peak_mb": round(max(peaks[:quarter]), 1),
            "last_quarter_peak_mb": round(max(peaks[-quarter:]), 1),
            "peak_mb": round(max(peaks), 1),
        }
    lived, new = result["long-lived"], result["fresh"]
    result["fresh_vs_long_lived_peak"] = round(new["peak_mb"] / lived["peak_mb"], 2)  # type: ignore[index]
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--base", type=int, default=3_000_000, help="triples in the store first")
    parser.add_argument("--batches", type=int, default=40)
    parser.add_argument("--triples", type=int, default=100_000, help="triples per batch")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="kg-bench-writer-") as tmp:
        res = run(args.base, args.batches, args.triples, Path(tmp))
    print(f"{args.batches} batches of {args.triples:,} triples into a store of {args.base:,}")
    print(f"{'mode':<12}{'seconds':>9}{'first quarter MB':>18}{'last quarter MB':>17}")
    for mode in ("long-lived", "fresh"):
        m = res[mode]
        print(
            f"{mode:<12}{m['seconds']:>9.1f}{m['first_quarter_peak_mb']:>18.1f}"  # type: ignore[index]
            f"{m['last_quarter_peak_mb']:>17.1f}"  # type: ignore[index]
        )
    ratio = res["fresh_vs_long_lived_peak"]
    print(f"peak, fresh process per batch / one long-lived process: {ratio}x")
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
