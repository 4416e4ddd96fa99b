"""Competency-query latency on a store of about a million triples, against raw pyoxigraph.

The store is the synthetic one of ``bench/corpus.py`` (generated articles' facts mapped by
kg's own RDF mapping and bulk-loaded, built once and cached under ``--cache``). For every
``queries/*.rq`` it reports the median of ``--repeat`` runs of ``kg.query.run_query`` (the
library call behind ``kg query``: parameter binding, execution, rows materialised) and of
raw ``pyoxigraph.Store.query`` on the same SPARQL text over the union of the named graphs
(rows materialised too), opened in the same process, and their ratio; then the selective
questions an analyst asks most, in milliseconds: one nation's agreements
(``--param nation=kgr:nation/KOR``) and one meeting's evidence (``evidence.rq`` with
``--param fact=...``, the meeting that most articles report).

Example:
    python bench/bench_query_scale.py                    # 1M triples, 5 runs per query
    python bench/bench_query_scale.py --triples 20000 --repeat 1 --json out.json
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

NATION_AGREEMENTS = """PREFIX kg: <https://w3id.org/kg/def#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?nation ?agreement ?label ?type ?date WHERE {
  ?agreement kg:party ?nation .
  ?agreement a kg:Agreement .
  OPTIONAL { ?agreement rdfs:label ?label }
  OPTIONAL { ?agreement kg:agreementType ?type }
  OPTIONAL { ?agreement kg:date ?date }
} ORDER BY ?date ?agreement"""
BUSIEST_MEETING = """PREFIX kg: <https://w3id.org/kg/def#>
SELECT ?fact (COUNT(DISTINCT ?ev) AS ?n) WHERE { ?fact a kg:Meeting ; kg:evidence ?ev }
GROUP BY ?fact ORDER BY DESC(?n) ?fact LIMIT 1"""


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    """Median wall time of ``repeat`` calls of ``fn`` (one untimed warm-up call first).

    Example:
        >>> median_seconds(lambda: sum(range(10)), 3) >= 0
        True
    """
    fn()
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def paired_medians(
    a: Callable[[], object], b: Callable[[], object], repeat: int
) -> tuple[float, float]:
    """Medians of ``repeat`` alternating timed calls of ``a`` and ``b`` (after a warm-up each).

    Alternating keeps the two sides under the same machine load and cache state.

    Example:
        >>> x, y = paired_medians(lambda: 1, lambda: 2, 3)
        >>> x >= 0 and y >= 0
        True
    """
    a(), b()
    ta, tb = [], []
    for _ in range(repeat):
        for fn, times in ((a, ta), (b, tb)):
            start = time.perf_counter()
            fn()
            times.append(time.perf_counter() - start)
    return statistics.median(ta), statistics.median(tb)


def raw_rows(store: Any, text: str, subs: dict[str, Any] | None = None) -> int:
    """Run ``text`` on a pyoxigraph store over the union graph and read every row."""
    import pyoxigraph as ox

    kwargs: dict[str, Any] = {"use_default_graph_as_union": True}
    if subs:
        kwargs["substitutions"] = {ox.Variable(k): v for k, v in subs.items()}
    result = store.query(text, **kwargs)
    if isinstance(result, ox.QuerySolutions):
        variables = result.variables
        return len([tuple(s[v] for v in variables) for s in result])
    if isinstance(result, ox.QueryBoolean):
        return 1
    return len(list(result))


def run(path: Path, repeat: int) -> dict[str, Any]:
    """Time every competency query and the selective questions on the store at ``path``."""
    import pyoxigraph as ox

    from kg.query import competency_queries, format_result, load_query, parse_params, run_query
    from kg.store import EmbeddedStore

    kg_store = EmbeddedStore(path, read_only=True)
    raw = ox.Store.read_only(str(corpus.database_dir(path)))
    out: dict[str, Any] = {"quads": len(raw), "queries": {}, "selective": {}}
    for name in competency_queries():
        text = load_query(name)
        rows = len(run_query(kg_store, text).rows)
        kg_s, raw_s = paired_medians(
            lambda t=text: run_query(kg_store, t), lambda t=text: raw_rows(raw, t), repeat
        )
        result = run_query(kg_store, text)
        fmt_s = median_seconds(lambda r=result: format_result(r, "table"), max(1, repeat // 2))
        out["queries"][name] = {"rows": rows, "kg_s": kg_s, "raw_s": raw_s,
                                "ratio": kg_s / raw_s, "format_s": fmt_s}  # fmt: skip
    meeting = run_query(kg_store, BUSIEST_MEETING).rows
    questions = [("agreements of KOR", NATION_AGREEMENTS, ["nation=kgr:nation/KOR"])]
    if meeting:
        fact = f"<{meeting[0][0].value}>"
        questions.append(("evidence of a meeting", load_query("evidence"), [f"fact={fact}"]))
    for label, text, params in questions:
        bound = parse_params(params)
        rows = len(run_query(kg_store, text, bound).rows)
        kg_s = median_seconds(lambda t=text, b=bound: run_query(kg_store, t, b), repeat)
        out["selective"][label] = {"rows": rows, "kg_ms": kg_s * 1000, "param": params[0]}
    kg_store.close()
    return out


def main(argv: list[str] | None = None) -> int:
    """Build or reuse the synthetic store, run the queries, print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000, help="store size, in quads")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--repeat", type=int, default=5, help="runs per query (median)")
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), help="where stores are kept")
    parser.add_argument("--json", type=Path, help="also write the figures to this JSON file")
    args = parser.parse_args(argv)
    path = corpus.cached_store(args.cache, args.triples, args.seed)
    meta = corpus.store_info(path)
    res = run(path, args.repeat)
    res["articles"] = meta["articles"]
    print(f"store: {path} ({meta['articles']:,} articles, {res['quads']:,} quads)")
    print(f"{'query':<14}{'rows':>8}{'kg s':>10}{'raw s':>10}{'kg/raw':>8}{'format s':>10}")
    for name, q in res["queries"].items():
        print(f"{name:<14}{q['rows']:>8}{q['kg_s']:>10.3f}{q['raw_s']:>10.3f}"
              f"{q['ratio']:>7.2f}x{q['format_s']:>10.3f}")  # fmt: skip
    print(f"\n{'selective question':<24}{'rows':>6}{'kg ms':>9}  parameter")
    for label, q in res["selective"].items():
        print(f"{label:<24}{q['rows']:>6}{q['kg_ms']:>9.1f}  {q['param']}")
    if args.json:
        args.json.write_text(json.dumps(res, indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
