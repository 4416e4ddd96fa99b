"""Benchmark of ``kg graph``: build time and page size by view size, and Chromium's draw time.

Builds synthetic in-memory stores shaped like kg output (facts made as
``kg.extract.model.Fact`` objects and mapped by ``kg.rdf.mapping.article_quads``, five facts
per article, each with its evidence sentence), then for each requested size:

* the time ``kg.view.write_view`` takes (SPARQL selection, cuts, layout, page) and the HTML
  size, for the default view (reduced above ``--max-nodes``, 1,500) and unreduced;
* for the browser sizes, the time headless Chromium (network blocked) takes from navigation
  until the view is stable (vis-network's stabilization done, or physics off and drawn),
  as a ratio to the same measure for an empty kg page loaded in the same run (the baseline:
  parsing the inlined vis-network and drawing nothing); views above the size the browser
  lays out by default are also timed with ``--layout force`` (bounded stabilization).

With ``--corpus-store``, the views are instead cut from the synthetic corpus-scale store
of ``bench/corpus.py`` (about ``--triples`` quads, built once and cached under ``--cache``):
one request per size in ``--requests``, each the whole store reduced to that many nodes
(``--max-nodes``), and ``--focus XXX --hops 2`` around the nation mentioned in the most
articles (a neighbourhood, reduced to 1,500).

Example:
    python bench/bench_view.py          # stores of 200, 2,000, 20,000; Chromium 200, 2,000
    python bench/bench_view.py --sizes 200 --browser-sizes 200 --repeat 1
    python bench/bench_view.py --corpus-store --requests 200,2000,20000
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path
from typing import Any

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def synthetic_store(nodes: int, seed: int = 0) -> tuple[Any, int]:
    """Return an in-memory store whose drawable graph has about ``nodes`` nodes, and the count.

    Example:
        >>> store, n = synthetic_store(30)
        >>> n >= 30
        True
    """
    from kg.extract.model import Amount, Evidence, Extraction, Fact
    from kg.lexicon import load_lexicon
    from kg.rdf.mapping import article_quads
    from kg.sources.model import Article
    from kg.store import EmbeddedStore
    from kg.view.select import CLASSES

    lex = load_lexicon()
    nations = sorted(lex.nations)
    orgs = sorted(
        name for name, org in lex.orgs.items() if not org.country or org.country in lex.nations
    )
    rng = random.Random(seed)
    store = EmbeddedStore.in_memory()
    drawn: set[str] = set()
    i = article = 0
    while len(drawn) < nodes:
        article += 1
        facts, used, sentences = [], set(), []
        for _ in range(5):
            i += 1
            kind = ("agreement", "contract", "meeting", "exercise", "stance")[i % 5]
            parties = tuple(rng.sample(nations, rng.choice((2, 2, 3))))
            date = f"{rng.randint(2019, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            text = f"Sentence {i} says that {' and '.join(parties)} did {kind} number {i}."
            ev = [Evidence(len(" ".join(sentences)), len(" ".join(sentences)) + len(text), text,
                           f"{kind}.bench", 0.9)]  # fmt: skip
            sentences.append(text)
            fact = Fact(kind, f"{kind} {i}", date=date, evidence=ev)
            if kind == "agreement":
                fact.type, fact.parties = "arms-sale", parties
                fact.systems = (f"BX-{i}",)
                fact.amount = Amount(Decimal(rng.randint(1, 900) * 1_000_000), "USD")
            elif kind == "contract":
                fact.type, fact.awardee = "production", rng.choice(orgs)
                fact.customers, fact.systems = parties[:1], (f"BX-{i}",)
            elif kind in ("meeting", "exercise"):
                fact.parties = parties
                fact.location = f"Place {i}" if kind == "meeting" else None
            else:
                fact.type, fact.parties, fact.target = "condemns", parties[:1], f"topic:issue {i}"
            used.update(p for p in parties if p in lex.nations)
            facts.append(fact)
        art = Article(f"bench{article:06d}", " ".join(sentences), f"bench/{article}.txt",
                      title=f"Bench article {article}", date="2024-06-01")  # fmt: skip
        ex = Extraction(nations=used, facts=facts)
        quads = article_quads(art, ex)
        store.replace_graph(f"https://w3id.org/kg/id/article/{art.id}", quads)
        drawn.update(
            q.subject.value
            for q in quads
            if q.predicate.value == RDF_TYPE and q.object.value in CLASSES
        )
    return store, len(drawn)


def build(store: Any, out: Path, **fields: Any) -> tuple[float, int, int]:
    """Write a view; return (seconds, nodes drawn, bytes)."""
    from kg.view import ViewRequest, write_view

    start = time.perf_counter()
    summary = write_view(store, out, ViewRequest(**fields))
    return time.perf_counter() - start, summary.nodes, out.stat().st_size


def stable_ms(browser: Any, page_path: Path, timeout_s: float = 900) -> float:
    """Milliseconds from navigation until the kg page says its network is stable."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    off_machine: list[str] = []

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            off_machine.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    try:
        page.goto(page_path.resolve().as_uri())
        page.wait_for_selector(
            "body[data-kg-state=stable]", state="attached", timeout=timeout_s * 1000
        )
        value = float(page.evaluate("window.kgStableAt"))
    finally:
        context.close()
    if off_machine:
        raise RuntimeError(f"the page tried the network: {off_machine[:3]}")
    return value


def most_mentioned_nation(store: Any) -> str:
    """The code of the nation mentioned in the most articles (ties: the first code), the
    neighbourhood the benchmark draws: which nations a generated store holds depends on the
    lexicons it was generated from."""
    from kg.query import load_query, run_query

    result = run_query(store, load_query("nations"))
    code, articles = result.variables.index("code"), result.variables.index("articles")
    rows = [(-int(r[articles].value), r[code].value) for r in result.rows if r[code] is not None]
    if not rows:
        raise SystemExit("the store names no nation: no neighbourhood to draw")
    return min(rows)[1]


def corpus_views(args: argparse.Namespace) -> int:
    """Build views of the corpus-scale store: one per requested size, and a neighbourhood."""
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import corpus

    from kg.store import open_store

    path = corpus.cached_store(args.cache, args.triples)
    info = corpus.store_info(path)
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-view-"))
    print(f"store: {path} ({info['articles']:,} articles, {info['quads']:,} quads)")
    print(f"{'request':>22} {'drawn':>7} {'build s':>8} {'HTML MB':>8}")
    requests: list[tuple[str, dict[str, Any]]] = [
        (f"max-nodes {int(n):,}", {"max_nodes": int(n)}) for n in args.requests.split(",") if n
    ]
    with open_store(path, read_only=True) as store:
        focus = most_mentioned_nation(store)
        requests.append((f"focus {focus}, 2 hops", {"focus": (focus,), "hops": 2}))
        for label, fields in requests:
            out = tmp / f"view-{label.replace(' ', '-').replace(',', '')}.html"
            seconds, drawn, size = build(store, out, **fields)
            print(f"{label:>22} {drawn:>7,} {seconds:>8.2f} {size / 1e6:>8.2f}", flush=True)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="200,2000,20000", help="store sizes, in nodes")
    parser.add_argument("--browser-sizes", default="200,2000", help="sizes drawn in Chromium")
    parser.add_argument("--repeat", type=int, default=3, help="browser runs per page (median)")
    parser.add_argument("--no-browser", action="store_true", help="skip the Chromium part")
    parser.add_argument("--corpus-store", action="store_true", help="views of the big store")
    parser.add_argument("--requests", default="200,2000,20000", help="--max-nodes per view")
    parser.add_argument("--triples", type=int, default=1_000_000, help="corpus store size")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), help="where stores are kept")
    args = parser.parse_args(argv)
    if args.corpus_store:
        return corpus_views(args)
    from kg.view.layout import FORCE_MAX_NODES

    sizes = [int(s) for s in args.sizes.split(",") if s]
    browser_sizes = {int(s) for s in args.browser_sizes.split(",") if s}
    tmp = Path(tempfile.mkdtemp(prefix="kg-bench-view-"))
    pages: dict[str, Path] = {}

    print("build: write_view on a synthetic store (one run each)")
    print(f"{'request':>9} {'store s':>8} {'view':>11} {'drawn':>7} {'build s':>8} {'HTML MB':>8}")
    for n in sizes:
        start = time.perf_counter()
        store, actual = synthetic_store(n)
        made = time.perf_counter() - start
        for label, fields in (("default", {}), ("unreduced", {"max_nodes": 0})):
            if label == "unreduced" and actual <= 1500:
                continue
            out = tmp / f"view-{n}-{label}.html"
            seconds, drawn, size = build(store, out, **fields)
            print(f"{actual:>9,} {made:>8.1f} {label:>11} {drawn:>7,} {seconds:>8.2f} "
                  f"{size / 1e6:>8.2f}")  # fmt: skip
            if n in browser_sizes:
                pages[f"{n} {label}"] = out
        if n in browser_sizes and actual > FORCE_MAX_NODES:  # smaller views are force already
            out = tmp / f"view-{n}-force.html"
            build(store, out, max_nodes=0, layout="force")
            pages[f"{n} force"] = out
    if args.no_browser or not pages:
        return 0

    from kg.store import EmbeddedStore

    empty = tmp / "empty.html"
    build(EmbeddedStore.in_memory(), empty)
    from playwright.sync_api import sync_playwright

    print("\nChromium: ms from navigation until the network is stable, network blocked")
    print(f"{'page':>16} {'ms':>9} {'x empty page':>13}")
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        try:
            base = statistics.median(stable_ms(browser, empty) for _ in range(args.repeat))
            print(f"{'empty (baseline)':>16} {base:>9.0f} {1.0:>13.1f}")
            for name, path in pages.items():
                runs = 1 if name.endswith("force") and not name.startswith("200 ") else args.repeat
                ms = statistics.median(stable_ms(browser, path) for _ in range(runs))
                print(f"{name:>16} {ms:>9.0f} {ms / base:>13.1f}")
        finally:
            browser.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
