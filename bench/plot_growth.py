"""Draw the growth curve of ``kg ingest`` (time and memory vs articles) from bench/results.json.

Reads the ``growth`` points that ``bench/bench_ingest.py --growth`` wrote (one per corpus
size and job count) and draws two log-log panels with matplotlib: seconds (wall, and CPU
summed over processes) against articles, with a linear reference through the smallest
point; and peak resident memory against articles. A run stopped by ``--limit`` is drawn as
an open circle at the number of articles it had stored.

Example:
    python bench/plot_growth.py                      # bench/results.json -> bench/growth.png
    python bench/plot_growth.py --results r.json --out g.png
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def plot(points: list[dict[str, Any]], out: Path, title: str = "") -> Path:
    """Write the two-panel growth figure for ``points`` to ``out`` (PNG).

    Example:
        >>> import tempfile
        >>> pts = [{"articles": n, "jobs": 1, "seconds": n / 50, "cpu_seconds": n / 40,
        ...         "peak_rss_mb": 200} for n in (100, 1000)]
        >>> plot(pts, Path(tempfile.mkdtemp()) / "g.png").stat().st_size > 1000
        True
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (ax_t, ax_m) = plt.subplots(1, 2, figsize=(11, 4.2))
    for jobs in sorted({p["jobs"] for p in points}):
        pts = sorted(
            (p for p in points if p["jobs"] == jobs and not p.get("stopped_after")),
            key=lambda p: p["articles"],
        )
        n = [p["articles"] for p in pts]
        ax_t.plot(n, [p["seconds"] for p in pts], "o-", label=f"wall, --jobs {jobs}")
        if all(p.get("cpu_seconds") for p in pts):
            cpu = [p["cpu_seconds"] for p in pts]
            ax_t.plot(n, cpu, "s--", label=f"CPU (all processes), --jobs {jobs}")
        ax_m.plot(n, [p["peak_rss_mb"] for p in pts], "o-", label=f"peak RSS, --jobs {jobs}")
        if all(p.get("peak_pss_mb") for p in pts):
            pss = [p["peak_pss_mb"] for p in pts]
            ax_m.plot(n, pss, "s--", label=f"peak PSS (shared pages split), --jobs {jobs}")
        for p in points:
            if p["jobs"] == jobs and p.get("stopped_after"):
                done = p["stopped_after"]
                ax_m.plot([done], [p["peak_rss_mb"]], "o", mfc="none", color="C3",
                          label=f"run of {p['articles']:,} stopped after {done:,}")  # fmt: skip
                ax_t.plot([done], [p["seconds"]], "o", mfc="none", color="C3",
                          label=f"{done:,} of {p['articles']:,} (stopped)")  # fmt: skip
        if len(pts) > 1:
            first = pts[0]
            ax_t.plot(n, [first["seconds"] * x / n[0] for x in n], ":", color="grey",
                      label="linear from the smallest" if jobs == 1 else None)  # fmt: skip
    for ax in (ax_t, ax_m):
        ax.set_xscale("log")
        ax.set_xlabel("articles")
        ax.grid(True, which="both", alpha=0.3)
        ax.legend(fontsize=8)
    ax_t.set_yscale("log")
    ax_t.set_ylabel("seconds")
    ax_t.set_title("kg ingest: time")
    ax_m.set_ylabel("MB")
    ax_m.set_ylim(0, max(p["peak_rss_mb"] for p in points) * 1.2)
    ax_m.set_title("kg ingest: peak resident memory")
    if title:
        fig.suptitle(title, fontsize=9)
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)
    return out


def main(argv: list[str] | None = None) -> int:
    """Read the results file and write the PNG."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--results", type=Path, default=HERE / "results.json")
    parser.add_argument("--out", type=Path, default=HERE / "growth.png")
    args = parser.parse_args(argv)
    if not args.results.is_file():
        print(f"{args.results}: no results file (run bench/bench_ingest.py --growth first)")
        return 1
    data = json.loads(args.results.read_text())
    points = data.get("growth", [])
    if not points:
        print(f"{args.results}: no growth points (run bench/bench_ingest.py --growth first)")
        return 1
    m = data.get("machine", {})
    title = f"{m.get('cores', '?')} cores, {m.get('cpu', '?')}, Python {m.get('python', '?')}, "
    title += f"pyoxigraph {m.get('pyoxigraph', '?')}"
    plot(points, args.out, title)
    print(f"wrote {args.out} ({len(points)} points)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
