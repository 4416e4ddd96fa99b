"""Process start-up: ``kg --help`` and ``kg query`` cold starts, and what each command imports.

Each command is run ``--repeat`` times as a fresh process; the table gives the median wall
time and its ratio to ``python -c "import pyoxigraph"`` measured in the same run (the
floor for any command that opens a store). Then each command is run once more under
``python -X importtime`` to list the heavy packages it imports (spaCy, pyvis, pySHACL,
matplotlib, rdflib, networkx, ...) and their cumulative import time: a command that does
not need a package should not import it.

Example:
    python bench/bench_startup.py                 # 15 runs of each command
    python bench/bench_startup.py --repeat 3 --json out.json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HEAVY = ("spacy", "thinc", "pyvis", "pyshacl", "matplotlib", "rdflib", "networkx", "jinja2",
         "dateparser", "pycountry", "numpy", "click", "pyoxigraph", "requests", "httpx",
         "playwright", "owlrl")  # fmt: skip
RUN_KG = "import sys; from kg.cli import main; sys.argv[0] = 'kg'; main()"


def kg_command() -> list[str]:
    """The ``kg`` console script of this environment (or the same entry point via python).

    Example:
        >>> kg_command()[-1] in ("kg", RUN_KG) or kg_command()[0].endswith("kg")
        True
    """
    script = Path(sys.executable).with_name("kg")
    if script.is_file():
        return [str(script)]
    found = shutil.which("kg")
    return [found] if found else [sys.executable, "-c", RUN_KG]


def cold_start(argv: list[str], repeat: int) -> float:
    """Median seconds of ``repeat`` runs of ``argv`` as a new process (output discarded)."""
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def imports(args: list[str]) -> dict[str, float]:
    """Heavy top-level packages that ``kg ARGS`` imports, with cumulative import seconds.

    Example:
        >>> "click" in imports(["--help"])
        True
    """
    code = f"import sys; sys.argv = ['kg', *{args!r}]; from kg.cli import main; main()"
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONWARNINGS": "ignore"},
    )
    found: dict[str, float] = {}
    for line in done.stderr.splitlines():
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, cumulative, name = (part.strip() for part in line[12:].split("|"))
        if name in HEAVY:  # the top-level line of a package holds its cumulative time
            found[name] = max(found.get(name, 0.0), int(cumulative) / 1e6)
    return found


def small_store(folder: Path) -> Path:
    """A kg store with the bundled articles (so ``kg query`` has something to answer)."""
    from kg.ingest import ingest
    from kg.paths import resource_dir
    from kg.store import open_store

    path = folder / "store"
    with open_store(path) as store:
        ingest([str(resource_dir("articles"))], store)
    return path


def main(argv: list[str] | None = None) -> int:
    """Time the cold starts and list the imports; print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=15, help="runs per command (median)")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        store = str(small_store(Path(tmp)))
        kg = kg_command()
        commands: dict[str, list[str]] = {
            "kg --help": ["--help"],
            "kg query nations": ["query", "nations", "--store", store],
            "kg stats": ["stats", "--store", store],
            "kg ingest --help": ["ingest", "--help"],
            "kg graph --help": ["graph", "--help"],
        }
        base = cold_start([sys.executable, "-c", "import pyoxigraph"], args.repeat)
        py = cold_start([sys.executable, "-c", "pass"], args.repeat)
        res: dict[str, Any] = {"python": py, "import_pyoxigraph": base, "commands": {}}
        print(f"cold start, median of {args.repeat} runs")
        print(f"{'command':<22}{'seconds':>9}{'x import pyoxigraph':>21}")
        print(f"{'python -c pass':<22}{py:>9.3f}{py / base:>20.2f}x")
        print(f"{'import pyoxigraph':<22}{base:>9.3f}{1.0:>20.2f}x")
        for label, cmd in commands.items():
            seconds = cold_start(kg + cmd, args.repeat)
            heavy = imports(cmd)
            res["commands"][label] = {"seconds": seconds, "ratio": seconds / base,
                                      "imports": heavy}  # fmt: skip
            print(f"{label:<22}{seconds:>9.3f}{seconds / base:>20.2f}x")
        print("\nheavy packages imported (cumulative import seconds, python -X importtime)")
        for label, item in res["commands"].items():
            listed = ", ".join(f"{k} {v:.2f}" for k, v in sorted(item["imports"].items()))
            print(f"{label:<22}{listed or '-'}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
