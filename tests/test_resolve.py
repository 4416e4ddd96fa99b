"""The same fact reported by several articles is one node; different facts stay apart."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from rdflib import Dataset
from rdflib.compare import isomorphic

from kg.ingest import ingest
from kg.query import load_query, run_query
from kg.store import open_store

DATED = """Vietnam and Australia hold defence talks

HANOI, March 6, 2024 — Vietnam and Australia held defence talks in Hanoi on Tuesday, the
two governments said, agreeing to expand training exchanges.
"""
UNDATED = """Canberra and Hanoi deepen military ties

Officials from Australia and Vietnam held defence talks in the Vietnamese capital,
according to a statement from Canberra that gave few details.
"""
SAME_WEEK = """Second round of Vietnam-Australia talks

HANOI, March 8, 2024 — Vietnam and Australia held a second round of defence talks on
Friday, officials said.
"""
AGREEMENT_DATED = """Indonesia and Japan seal a defence equipment pact

JAKARTA, May 10, 2024 — Indonesia and Japan signed a defense equipment transfer agreement on
Friday, allowing Tokyo to supply patrol vessels.
"""
AGREEMENT_UNDATED = """Tokyo, Jakarta deepen security ties

Japan and Indonesia have signed a defense equipment transfer agreement, the two governments
said, without giving a date.
"""


def write(tmp: Path, **articles: str) -> dict[str, Path]:
    paths = {}
    for name, text in articles.items():
        path = tmp / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        paths[name] = path
    return paths


def rows(store_path: Path, name: str) -> list[dict[str, str | None]]:
    with open_store(store_path, read_only=True) as store:
        result = run_query(store, load_query(name))
    return [
        {v: (t.value if t is not None else None) for v, t in zip(result.variables, r, strict=True)}
        for r in result.rows
    ]


def dataset(store_path: Path) -> Dataset:
    with open_store(store_path, read_only=True) as store:
        return store.dump_dataset()


@pytest.mark.parametrize("order", [("dated", "undated"), ("undated", "dated")])
def test_meeting_reported_twice_is_one_node_with_two_sources(
    tmp_path: Path, order: tuple[str, str]
) -> None:
    paths = write(tmp_path, dated=DATED, undated=UNDATED)
    with open_store(tmp_path / "store") as store:
        ingest([str(paths[n]) for n in order], store)
    meetings = rows(tmp_path / "store", "meetings")
    assert len(meetings) == 1, meetings
    assert meetings[0]["participants"] == "AUS|VNM"
    assert meetings[0]["date"] == "2024-03-05"
    assert meetings[0]["sources"] == "2"


def test_merge_does_not_depend_on_ingest_order(tmp_path: Path) -> None:
    paths = write(tmp_path, dated=DATED, undated=UNDATED, week=SAME_WEEK)
    graphs = []
    for i, order in enumerate(itertools.permutations(paths)):
        store_path = tmp_path / f"store{i}"
        with open_store(store_path) as store:
            ingest([str(paths[n]) for n in order], store)
        graphs.append(dataset(store_path))
    first = graphs[0]
    for other in graphs[1:]:
        for context in first.graphs():
            if len(context) == 0:
                continue
            assert isomorphic(context, other.graph(context.identifier))


def test_two_meetings_in_the_same_week_stay_two(tmp_path: Path) -> None:
    paths = write(tmp_path, dated=DATED, week=SAME_WEEK)
    with open_store(tmp_path / "store") as store:
        ingest([str(paths["dated"]), str(paths["week"])], store)
    dates = sorted(r["date"] for r in rows(tmp_path / "store", "meetings"))
    assert dates == ["2024-03-05", "2024-03-08"]


def test_undated_report_between_two_dated_meetings_is_not_guessed(tmp_path: Path) -> None:
    paths = write(tmp_path, dated=DATED, week=SAME_WEEK, undated=UNDATED)
    with open_store(tmp_path / "store") as store:
        ingest([str(p) for p in paths.values()], store)
    meetings = rows(tmp_path / "store", "meetings")
    assert len(meetings) == 3
    assert {m["sources"] for m in meetings} == {"1"}


def test_agreement_reported_twice_is_one_node(tmp_path: Path) -> None:
    paths = write(tmp_path, dated=AGREEMENT_DATED, undated=AGREEMENT_UNDATED)
    with open_store(tmp_path / "store") as store:
        ingest([str(paths["undated"]), str(paths["dated"])], store)
        agreements = rows(tmp_path / "store", "agreements")
        assert len(agreements) == 1, agreements
        assert (agreements[0]["parties"], agreements[0]["date"], agreements[0]["sources"]) == (
            "IDN|JPN",
            "2024-05-10",
            "2",
        )


def test_reingest_after_merge_changes_nothing(tmp_path: Path) -> None:
    paths = write(tmp_path, dated=DATED, undated=UNDATED)
    with open_store(tmp_path / "store") as store:
        ingest([str(paths["undated"]), str(paths["dated"])], store)
        before = store.triple_count()
        ingest([str(paths["undated"]), str(paths["dated"])], store)
        assert store.triple_count() == before
