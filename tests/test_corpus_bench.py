"""Smoke tests of bench/corpus.py: deterministic articles in the gold format, a small store.

Example:
    python -m pytest tests/test_corpus_bench.py -q -p no:cacheprovider
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parent.parent / "bench"
GOLD_KEYS = ["article_date", "nations", "organizations", "systems", "agreements", "contracts",
             "meetings", "exercises", "stances", "must_not"]  # fmt: skip


@pytest.fixture(scope="module")
def corpus():
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    return importlib.import_module("corpus")


def test_same_seed_same_corpus_and_articles_do_not_depend_on_its_size(corpus) -> None:
    first = [(a.name, a.text, a.gold) for a in corpus.generate(6, seed=3)]
    again = [(a.name, a.text, a.gold) for a in corpus.generate(6, seed=3)]
    other = [a.text for a in corpus.generate(6, seed=4)]
    assert first == again
    assert [t for _, t, _ in first] != other
    assert corpus.make_article(3, 2, 1).text == corpus.make_article(3, 2, 1).text


def test_written_corpus_has_gold_in_the_dev_corpus_format(corpus, tmp_path: Path) -> None:
    words = corpus.write_corpus(tmp_path, 12, seed=2)
    texts = sorted((tmp_path / "articles").glob("*.txt"))
    golds = sorted((tmp_path / "gold").glob("*.json"))
    assert [p.stem for p in texts] == [p.stem for p in golds] and len(texts) == 12
    assert 150 * 12 <= words <= 420 * 12
    kinds = set()
    for text_path, gold_path in zip(texts, golds, strict=True):
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        assert list(gold) == GOLD_KEYS
        text = text_path.read_text(encoding="utf-8")
        assert 150 <= len(text.split()) <= 420
        facts = [k for k in GOLD_KEYS[4:9] if gold[k]]
        kinds.update(facts)
        assert sum(len(gold[k]) for k in GOLD_KEYS[4:9]) >= 2
        assert gold["must_not"], text_path.name
        for item in gold["agreements"]:
            assert set(item["parties"]) <= set(gold["nations"])
        for item in gold["contracts"]:
            assert item["awardee"] in gold["organizations"]
            assert set(item["systems"]) <= set(gold["systems"])
    assert kinds == set(GOLD_KEYS[4:9])


def test_page_noise_and_hedges_occur(corpus) -> None:
    texts = [a.text for a in corpus.generate(40, seed=1)]
    assert any("\nAdvertisement\n" in t for t in texts)
    assert any("\nRelated:\n" in t for t in texts)
    assert any("\nKey points\n" in t for t in texts)
    assert any(" expected to " in t or " has not yet " in t or " failed to " in t for t in texts)


def test_synthetic_store_is_a_kg_store_of_the_requested_size(corpus, tmp_path: Path) -> None:
    from kg.query import load_query, run_query
    from kg.store import open_store

    path = corpus.cached_store(tmp_path, 3000, seed=1)
    info = corpus.store_info(path)
    assert info["quads"] >= 3000 and info["articles"] > 10
    assert corpus.cached_store(tmp_path, 3000, seed=1) == path  # built once
    with open_store(path, read_only=True) as store:
        assert store.triple_count() == info["quads"]
        assert len(run_query(store, load_query("agreements")).rows) > 5
