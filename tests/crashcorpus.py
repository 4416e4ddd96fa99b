"""A corpus of small articles whose facts never merge across articles, and its clean graphs.

Each article reports one meeting and one stance between its own pair of states, so every
article's named graph is the same whatever else is in the store: what the crash and
read-during-ingest tests compare against.
"""

from __future__ import annotations

import io
import itertools
import random
import subprocess
import sys
from pathlib import Path

from kg.store import open_store

STATES = [
    "Japan", "Poland", "Germany", "France", "Italy", "Spain", "Canada", "Australia", "India",
    "Brazil", "Mexico", "Egypt", "Turkey", "Greece", "Norway", "Sweden", "Finland", "Denmark",
    "Estonia", "Latvia", "Lithuania", "Romania", "Bulgaria", "Hungary", "Austria", "Chile",
    "Peru", "Argentina", "Colombia", "Nigeria", "Kenya", "Ghana", "Morocco", "Jordan",
    "Qatar", "Oman", "Kuwait", "Pakistan", "Bangladesh", "Vietnam", "Thailand", "Malaysia",
    "Indonesia", "Singapore", "Mongolia", "Kazakhstan", "Georgia", "Armenia", "Portugal",
    "Ireland",
]  # fmt: skip
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]  # fmt: skip


def write_corpus(folder: Path, count: int, seed: int = 7) -> Path:
    """Write ``count`` articles (at most 1,225) to ``folder``; return it."""
    pairs = list(itertools.combinations(STATES, 2))
    random.Random(seed).shuffle(pairs)
    folder.mkdir(parents=True, exist_ok=True)
    for i, (a, b) in enumerate(pairs[:count]):
        month, day = MONTHS[i % 12], 1 + i % 27
        text = (
            f"{a} and {b} hold talks\n\n"
            f"WASHINGTON, {month} {day + 1}, 2024 — Defense ministers of {a} and {b} met in "
            f"Geneva on {month} {day}, 2024, to discuss air defense cooperation.\n\n"
            f"{a} condemned {b} over a border incident on {month} {day}, 2024.\n"
        )
        (folder / f"a{i:04d}.txt").write_text(text, encoding="utf-8")
    return folder


def store_graphs(path: Path) -> dict[str, set[str]]:
    """Every named graph of the store at ``path`` as a set of N-Triples lines."""
    buffer = io.BytesIO()
    with open_store(path, read_only=True) as store:
        store.export(buffer, "nq")
    out: dict[str, set[str]] = {}
    for line in buffer.getvalue().decode("utf-8").splitlines():
        if not line:
            continue
        triple, graph = line[:-2].rsplit(" <", 1)  # "s p o <g> ."
        out.setdefault(graph[:-1], set()).add(triple + " .")
    return out


def expected_graphs(tmp: Path, corpus: Path) -> dict[str, set[str]]:
    """Ingest ``corpus`` cleanly into a fresh store; return its graphs."""
    clean = tmp / "clean-store"
    result = subprocess.run(
        [sys.executable, "-m", "kg", "ingest", "-q", "--store", str(clean), str(corpus)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr
    graphs = store_graphs(clean)
    keys = [line for lines in graphs.values() for line in lines if "#matchKey>" in line]
    assert len(keys) == len(set(keys)), "articles of the crash corpus must not share facts"
    return graphs
