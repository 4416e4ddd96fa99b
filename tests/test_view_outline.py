"""Views cut on the store's outline, then read only what they keep: same views as before.

The outline (:func:`kg.view.select.select_outline`) must give the cuts the same nodes,
labels, dates, edges and article counts as the full selection, so that every request draws
exactly what cutting the full selection would draw.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import EmbeddedStore
from kg.view import ViewRequest, select_graph, view_graph
from kg.view import build as build_module
from kg.view.select import select_outline

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def store() -> EmbeddedStore:
    s = EmbeddedStore.in_memory()
    folders = [ROOT / "data" / "articles", *(ROOT / "tests").glob("heldout*/articles")]
    summary = ingest([str(f) for f in sorted(folders)], s)
    assert summary.failures == [] and summary.articles > 40
    return s


def test_the_outline_has_the_full_selections_nodes_and_edges(store: EmbeddedStore) -> None:
    outline, full = select_outline(store), select_graph(store)
    assert list(outline) == list(full) and len(full) > 200
    assert list(outline.edges(keys=True)) == list(full.edges(keys=True))
    fields = ("class", "fact", "label", "name", "iso", "date", "sources")
    for node, data in full.nodes(data=True):
        assert {k: outline.nodes[node][k] for k in fields} == {k: data[k] for k in fields}
    assert max(data["sources"] for _n, data in full.nodes(data=True)) > 1


REQUESTS = [
    ViewRequest(),
    ViewRequest(max_nodes=40),
    ViewRequest(focus=("KOR",), hops=1),
    ViewRequest(focus=("USA",), hops=2, max_nodes=25),
    ViewRequest(since="2024", until="2024-06"),
    ViewRequest(types=("fact",), max_nodes=50),
    ViewRequest(exclude_types=("Stance",), max_nodes=60),
]


@pytest.mark.parametrize("request_", REQUESTS, ids=[repr(r)[12:60] for r in REQUESTS])
def test_cutting_the_outline_draws_what_cutting_everything_would(
    store: EmbeddedStore, request_: ViewRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    fast = view_graph(store, request_)
    monkeypatch.setattr(
        build_module, "select_outline", lambda s, article=None: select_graph(s, article=article)
    )
    slow = view_graph(store, request_)
    assert fast.graph.number_of_nodes() > 0
    assert list(fast.graph.nodes(data=True)) == list(slow.graph.nodes(data=True))
    assert list(fast.graph.edges(keys=True, data=True)) == list(
        slow.graph.edges(keys=True, data=True)
    )
    described = (fast.description, fast.notice, fast.total)
    assert described == (slow.description, slow.notice, slow.total)
    if request_.max_nodes < 100:
        assert fast.notice and fast.graph.number_of_nodes() <= request_.max_nodes


def test_an_article_view_reads_that_article_only(store: EmbeddedStore) -> None:
    article = sorted(g for g in store.graphs())[3]
    view = view_graph(store, ViewRequest(article=article))
    facts = [d for _n, d in view.graph.nodes(data=True) if d["fact"]]
    assert facts and all(e["article"] == article for d in facts for e in d["evidence"])
