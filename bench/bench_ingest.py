"""Ingest throughput, per stage and end to end, parallel speed-up, and growth with corpus size.

Corpora come from ``bench/corpus.py`` (generated once per size and seed, cached under
``--cache``). Three parts, each optional:

``--stages N ...``: for each size, in this process, one stage at a time over the whole corpus:
read (file bytes), clean (``parse_text``: decoding, page noise, title and date), extract
(``extract_article``), map (``article_quads``), write (``kg.writer.BatchWriter``, the
writer of ``kg ingest``: merging with facts already stored, then one transaction per batch,
into a fresh on-disk store, from the N-Quads its workers send), each in articles/s and
triples/s per CPU second, next to two floors measured in the same run: spaCy's blank English
tokenizer alone over the same texts (for extract) and pyoxigraph bulk-loading the same
N-Quads into an empty store (for write). Then ``kg.ingest.ingest`` end to end, with its own stage
timings when it reports them (``IngestSummary.stages``).

``--jobs-compare N``: ``kg ingest --jobs 1`` and ``--jobs J`` (``--jobs``, 2 by default) on
the same N articles, each into a fresh store; speed-up, and whether the two stores hold the
same graph (the same quads; isomorphic with rdflib when blank nodes occur).

``--growth N ...``: ``kg ingest`` end to end (a subprocess, fresh store each) for each size:
seconds, articles/s, triples, store size on disk and peak memory of the process tree, polled
from /proc every 50 ms: RSS (which counts the pages forked workers share with the writer
once per process) and PSS (which splits them: the memory the run really holds); the largest
single process too, from ``getrusage(RUSAGE_CHILDREN)``. Results are merged into
``--results`` (JSON) for ``bench/plot_growth.py``.

Example:
    python bench/bench_ingest.py --stages 1000 10000
    python bench/bench_ingest.py --jobs-compare 2000 --jobs 2
    python bench/bench_ingest.py --growth 100 1000 10000 100000 --jobs 2
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

import corpus

HERE = Path(__file__).resolve().parent
RESULTS = HERE / "results.json"


# -- corpora and processes ----------------------------------------------------------------------


def cached_corpus(cache: Path, articles: int, seed: int = 1) -> Path:
    """The folder of a generated corpus of ``articles`` articles (written once, then reused).

    Example:
        >>> import tempfile
        >>> p = cached_corpus(Path(tempfile.mkdtemp()), 3)
        >>> len(list((p / "articles").iterdir()))
        3
    """
    path = cache / f"kg-bench-corpus-{articles}-s{seed}"
    done = path / "complete"
    if not done.is_file():
        shutil.rmtree(path, ignore_errors=True)
        corpus.write_corpus(path, articles, seed)
        done.write_text("ok\n")
    return path


def kg_argv() -> list[str]:
    """How to run this environment's ``kg`` command."""
    script = Path(sys.executable).with_name("kg")
    if script.is_file():
        return [str(script)]
    found = shutil.which("kg")
    return [found] if found else [sys.executable, "-m", "kg.cli"]


def _tree_rss_kb(pid: int) -> tuple[int, int]:
    """Resident and proportional memory (kB) of ``pid`` and its descendants, from /proc.

    RSS counts the pages a forked worker shares with its parent in both; PSS (from
    ``smaps_rollup``) splits each shared page among the processes that map it, so the tree's
    PSS is the memory the command really holds.
    """
    rss, pss, todo = 0, 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        rss += int(line.split()[1])
                        break
            with open(f"/proc/{p}/smaps_rollup") as f:
                for line in f:
                    if line.startswith("Pss:"):
                        pss += int(line.split()[1])
                        break
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return rss, pss


def run_measured(
    argv: list[str], limit: float | None = None, *, poll_memory: bool = True
) -> dict[str, Any]:
    """Run ``argv``; return seconds, exit code, output, peak tree RSS and PSS, peak process RSS.

    The process tree's peaks (MB) are polled from /proc every 50 ms; the largest single process
    comes from ``getrusage(RUSAGE_CHILDREN)`` measured in a fresh wrapper process. After
    ``limit`` seconds the command is interrupted (SIGINT, then SIGKILL 60 s later) and
    ``"stopped"`` is true. Polling costs CPU (about 15 ms a poll for a tree of three
    processes of 250 MB: ``smaps_rollup`` walks their page tables), which a command that
    keeps every core busy loses; ``poll_memory=False`` turns it off for runs that only
    time (the tree's peaks are then 0, the largest process is still measured).

    Example:
        >>> r = run_measured([sys.executable, "-c", "print('hi')"])
        >>> r["code"], r["stdout"].strip(), r["peak_rss_mb"] > 0
        (0, 'hi', True)
    """
    wrapper = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stdout.write(p.stdout); sys.stderr.write(p.stderr)\n"
        "u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(f'\\n#maxrss {u.ru_maxrss} {u.ru_utime + u.ru_stime}')\n"
        "sys.exit(p.returncode)\n"
    )
    start = time.perf_counter()
    proc = subprocess.Popen(
        [sys.executable, "-c", wrapper, *argv],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    peak = [0, 0]
    stop = threading.Event()

    def poll() -> None:
        while not stop.is_set():
            rss, pss = _tree_rss_kb(proc.pid)
            peak[0], peak[1] = max(peak[0], rss), max(peak[1], pss)
            stop.wait(0.05)

    poller = threading.Thread(target=poll, daemon=True)
    if poll_memory:
        poller.start()
    stopped = False
    try:
        out, err = proc.communicate(timeout=limit)
    except subprocess.TimeoutExpired:
        stopped = True
        os.killpg(proc.pid, signal.SIGINT)  # the group of the wrapper this function started
        try:
            out, err = proc.communicate(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            out, err = proc.communicate()
    seconds = time.perf_counter() - start
    stop.set()
    if poll_memory:
        poller.join()
    match = re.search(r"#maxrss (\d+) ([\d.]+)", out)
    single = int(match.group(1)) / 1024 if match else 0.0
    cpu = float(match.group(2)) if match else 0.0
    out = out[: match.start()] if match else out
    return {"seconds": seconds, "cpu": cpu, "code": proc.returncode, "stopped": stopped,
            "stdout": out, "stderr": err,
            "peak_rss_mb": max(peak[0] / 1024, single), "max_process_rss_mb": single,
            "peak_pss_mb": peak[1] / 1024}  # fmt: skip


def disk_mb(path: Path) -> float:
    """Size of the files under ``path``, in MB."""
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def parse_summary(text: str) -> dict[str, float]:
    """Articles, triples and seconds from ``kg ingest``'s summary.

    Example:
        >>> parse_summary("articles: 2, triples: 10, seconds: 0.50")
        {'articles': 2.0, 'triples': 10.0, 'seconds': 0.5}
    """
    found = re.search(r"articles: (\d+), triples: (\d+), seconds: ([\d.]+)", text)
    if not found:
        return {}
    return dict(zip(("articles", "triples", "seconds"), map(float, found.groups()), strict=True))


def has_jobs_option() -> bool:
    """Whether ``kg ingest`` takes ``--jobs``."""
    done = subprocess.run([*kg_argv(), "ingest", "--help"], capture_output=True, text=True)
    return "--jobs" in done.stdout


def stored_counts(store: Path) -> tuple[int, int]:
    """How many article graphs and quads the kg store at ``store`` holds."""
    import pyoxigraph as ox

    db = ox.Store.read_only(str(corpus.database_dir(store)))
    return sum(1 for _ in db.named_graphs()), len(db)


def kg_ingest(
    folder: Path,
    store: Path,
    jobs: int | None,
    limit: float | None = None,
    *,
    poll_memory: bool = True,
) -> dict[str, Any]:
    """``kg ingest folder/articles --store store [--jobs J]``, measured (see run_measured)."""
    argv = [*kg_argv(), "ingest", str(folder / "articles"), "--store", str(store)]
    if jobs is not None:
        argv += ["--jobs", str(jobs)]
    r = run_measured(argv, limit, poll_memory=poll_memory)
    if r["stopped"]:
        r["articles"], r["triples"] = stored_counts(store)
        return r
    if r["code"] != 0:
        raise SystemExit(f"kg ingest failed ({r['code']}): {r['stderr'].strip()[-500:]}")
    r.update(parse_summary(r["stdout"] + r["stderr"]))
    return r


# -- stages --------------------------------------------------------------------------------------


def stages(folder: Path, work: Path) -> dict[str, Any]:
    """Time each ingest stage over the corpus at ``folder``; return seconds and rates."""
    import pyoxigraph as ox
    import spacy

    from kg.extract import extract_article
    from kg.ingest import IngestSummary, prepare
    from kg.rdf.mapping import article_quads
    from kg.sources.read import parse_text
    from kg.store import open_store
    from kg.writer import BatchWriter

    files = sorted((folder / "articles").glob("*.txt"))
    t: dict[str, float] = {}  # wall seconds
    cpu: dict[str, float] = {}  # CPU seconds of this process (all its threads)

    class timed:
        def __init__(self, name: str) -> None:
            self.name = name

        def __enter__(self) -> None:
            self.wall, self.cpu = time.perf_counter(), time.process_time()

        def __exit__(self, *exc: object) -> None:
            t[self.name] = time.perf_counter() - self.wall
            cpu[self.name] = time.process_time() - self.cpu

    with timed("read"):
        raw = [(p, p.read_bytes()) for p in files]
    with timed("clean"):
        articles = [a for p, data in raw for a in parse_text(data, str(p), ".txt")]
    articles = [a for a in articles if not isinstance(a, Exception)]

    nlp = spacy.blank("en")
    texts = [a.text for a in articles]
    for text in texts[:20]:  # warm-up: the tokenizer builds its caches on first use
        nlp.tokenizer(text)
    with timed("floor: blank tokenizer"):
        for text in texts:
            nlp.tokenizer(text)

    extract_article(articles[0])  # load lexicons and patterns outside the timing
    with timed("extract"):
        extractions = [extract_article(a) for a in articles]
    with timed("map"):
        quads = [article_quads(a, ex) for a, ex in zip(articles, extractions, strict=True)]
    triples = sum(len(q) for q in quads)

    prepared = [prepare(a) for a in articles]  # what the writer receives (untimed)
    with (
        open_store(work / "write") as store,
        timed("write"),
        BatchWriter(store, IngestSummary()) as writer,
    ):
        for item in prepared:
            writer.add(item)

    bulk = ox.Store(str(work / "bulk"))
    data = b"".join(item.nquads for item in prepared)
    with timed("floor: bulk load"):
        bulk.bulk_load(data, format=ox.RdfFormat.N_QUADS)
        bulk.flush()
    del bulk

    from kg.ingest import ingest

    with open_store(work / "e2e") as store, timed("ingest()"):
        summary = ingest([str(folder / "articles")], store)
    inner = dict(getattr(summary, "stages", {}) or {})
    n = len(articles)
    return {"articles": n, "triples": triples, "seconds": t, "cpu": cpu,
            "ingest_stages": inner,
            "extract_vs_floor": cpu["extract"] / cpu["floor: blank tokenizer"],
            "write_vs_bulk": cpu["write"] / cpu["floor: bulk load"],
            "write_vs_bulk_wall": t["write"] / t["floor: bulk load"],
            "ingest_per_min_cpu": n / cpu["ingest()"] * 60,
            "ingest_per_min": n / t["ingest()"] * 60}  # fmt: skip


def print_stages(res: dict[str, Any]) -> None:
    """Print one size's stage table."""
    n, triples = res["articles"], res["triples"]
    print(f"\n{n:,} articles, {triples:,} triples (rates per CPU second)")
    print(f"{'stage':<24}{'wall s':>8}{'CPU s':>8}{'articles/s':>12}{'triples/s':>12}")
    for stage, s in res["seconds"].items():
        c = max(res["cpu"][stage], 1e-9)
        print(f"{stage:<24}{s:>8.2f}{c:>8.2f}{n / c:>12,.0f}{triples / c:>12,.0f}")
    for stage, s in res["ingest_stages"].items():
        print(f"{'  ingest: ' + stage:<24}{s:>8.2f}{'':>8}{n / max(s, 1e-9):>12,.0f}")
    print(f"extract / blank tokenizer: {res['extract_vs_floor']:.1f}x CPU; "
          f"write / bulk load: {res['write_vs_bulk']:.1f}x CPU "
          f"({res['write_vs_bulk_wall']:.1f}x wall); "
          f"ingest(): {res['ingest_per_min_cpu']:,.0f} articles per CPU minute")  # fmt: skip


# -- parallel ingest ----------------------------------------------------------------------------


def store_quads(path: Path) -> set[str]:
    """The quads of the kg store at ``path``, as N-Quads lines."""
    import pyoxigraph as ox

    store = ox.Store.read_only(str(corpus.database_dir(path)))
    return {str(q) for q in store}


def graph_difference(a: Path, b: Path, sample: int = 5) -> dict[str, Any]:
    """How many quads only one of two kg stores holds, with a few of each."""
    qa, qb = store_quads(a), store_quads(b)
    return {"only_first": len(qa - qb), "only_second": len(qb - qa),
            "first": sorted(qa - qb)[:sample], "second": sorted(qb - qa)[:sample]}  # fmt: skip


def same_graph(a: Path, b: Path) -> bool:
    """Whether the kg stores at ``a`` and ``b`` hold the same quads (isomorphic with bnodes)."""
    qa, qb = store_quads(a), store_quads(b)
    if qa == qb:
        return True
    if not any("_:" in q for q in qa | qb):
        return False
    from rdflib import Dataset
    from rdflib.compare import isomorphic

    da, db = Dataset(), Dataset()
    da.parse(data="\n".join(q + " ." for q in qa), format="nquads")
    db.parse(data="\n".join(q + " ." for q in qb), format="nquads")
    return isomorphic(da, db)


def code_fingerprint() -> str:
    """A digest of kg's extraction code and lexicons now (``kg.ingest.fingerprint``, uncached)."""
    from kg import ingest

    fingerprint = getattr(ingest, "fingerprint", None)
    return fingerprint.__wrapped__() if fingerprint else ""


def jobs_compare(folder: Path, work: Path, jobs: int, repeat: int = 1) -> dict[str, Any]:
    """``kg ingest`` with one job and with ``jobs`` on the same corpus; speed-up, same graph.

    With ``repeat`` > 1 the pair is run that many times, the order alternating (1 then J,
    J then 1) so drift in the machine's load falls on both; the speed-up reported is the
    median of the pairs' ratios, each ratio measured within one pair.
    """
    import statistics

    before = code_fingerprint()
    pairs = []
    same = True
    for i in range(max(1, repeat)):
        shutil.rmtree(work / "jobs1", ignore_errors=True)
        shutil.rmtree(work / f"jobs{jobs}", ignore_errors=True)
        # timed without the memory poller: it would take CPU from the busier of the two runs
        if i % 2 == 0:
            one = kg_ingest(folder, work / "jobs1", 1, poll_memory=False)
            many = kg_ingest(folder, work / f"jobs{jobs}", jobs, poll_memory=False)
        else:
            many = kg_ingest(folder, work / f"jobs{jobs}", jobs, poll_memory=False)
            one = kg_ingest(folder, work / "jobs1", 1, poll_memory=False)
        this_same = same_graph(work / "jobs1", work / f"jobs{jobs}")
        same = same and this_same
        pairs.append(one["seconds"] / many["seconds"])
        if repeat > 1:
            print(f"  pair {i + 1}: {one['seconds']:.1f} s vs {many['seconds']:.1f} s, "
                  f"{pairs[-1]:.2f}x, same graph: {this_same}", flush=True)  # fmt: skip
        if not this_same:
            break
    if code_fingerprint() != before:
        raise SystemExit("kg's extraction code or lexicons changed during the comparison: rerun")
    res = {"jobs": jobs, "seconds_1": one["seconds"], "seconds_n": many["seconds"],
           "speedup": statistics.median(pairs), "speedups": pairs,
           "cpu_1": one["cpu"], "cpu_n": many["cpu"], "same_graph": same,
           "triples": many.get("triples")}  # fmt: skip
    if not same:
        res["difference"] = graph_difference(work / "jobs1", work / f"jobs{jobs}")
    return res


# -- growth ------------------------------------------------------------------------------------


def machine() -> dict[str, Any]:
    """Cores, RAM, CPU model, Python and pyoxigraph versions of this machine."""
    import pyoxigraph

    cpu = "unknown"
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem = Path("/proc/meminfo").read_text().split("\n")[0].split()[1]
        ram_gb = round(int(mem) / 2**20, 1)
    except OSError:
        ram_gb = 0.0
    return {"cores": os.cpu_count(), "ram_gb": ram_gb, "cpu": cpu,
            "python": platform.python_version(), "pyoxigraph": pyoxigraph.__version__}  # fmt: skip


def growth_point(
    folder: Path, work: Path, articles: int, jobs: int | None, limit: float | None = None
) -> dict[str, Any]:
    """One end-to-end ``kg ingest`` run for the growth curve (stopped after ``limit`` s)."""
    store = work / f"growth-{articles}"
    shutil.rmtree(store, ignore_errors=True)
    r = kg_ingest(folder, store, jobs, limit)
    done = int(r.get("articles", articles))
    point = {"articles": articles, "jobs": jobs or 1, "seconds": round(r["seconds"], 2),
             "stopped_after": done if r["stopped"] else None,
             "cpu_seconds": None if r["stopped"] else round(r["cpu"], 2),
             "articles_per_s": round(done / r["seconds"], 1),
             "triples": int(r.get("triples", 0)), "store_mb": round(disk_mb(store), 1),
             "peak_rss_mb": round(r["peak_rss_mb"], 1),
             "peak_pss_mb": round(r["peak_pss_mb"], 1),
             "max_process_rss_mb": round(r["max_process_rss_mb"], 1),
             "date": time.strftime("%Y-%m-%d")}  # fmt: skip
    shutil.rmtree(store, ignore_errors=True)
    return point


def merge_results(path: Path, key: str, value: Any) -> None:
    """Set ``key`` in the JSON results file ``path`` (created if missing), with the machine."""
    data = json.loads(path.read_text()) if path.is_file() else {}
    data["machine"] = machine()
    if key == "growth":
        old = {(p["articles"], p["jobs"]): p for p in data.get("growth", [])}
        old.update({(p["articles"], p["jobs"]): p for p in value})
        value = sorted(old.values(), key=lambda p: (p["jobs"], p["articles"]))
    data[key] = value
    path.write_text(json.dumps(data, indent=2) + "\n")


def main(argv: list[str] | None = None) -> int:
    """Run the requested parts and print their tables."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--stages", type=int, nargs="*", default=[], help="corpus sizes")
    parser.add_argument("--jobs-compare", type=int, help="corpus size for --jobs 1 vs --jobs J")
    parser.add_argument("--growth", type=int, nargs="*", default=[], help="corpus sizes")
    parser.add_argument("--jobs", type=int, default=2, help="worker processes (when supported)")
    parser.add_argument(
        "--repeat", type=int, default=1, help="--jobs-compare pairs to run (median ratio)"
    )
    parser.add_argument("--limit", type=float, help="stop each growth run after this many seconds")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--cache", type=Path, default=Path("/tmp"), help="where corpora are kept")
    parser.add_argument("--results", type=Path, default=RESULTS, help="JSON results file")
    parser.add_argument("--no-save", action="store_true", help="do not write --results")
    args = parser.parse_args(argv)
    jobs_ok = has_jobs_option()
    with tempfile.TemporaryDirectory(prefix="kg-bench-ingest-") as tmp:
        work = Path(tmp)
        stage_results = {}
        for n in args.stages:
            folder = cached_corpus(args.cache, n, args.seed)
            res = stages(folder, work / f"stages-{n}")
            print_stages(res)
            stage_results[str(n)] = res
        if stage_results and not args.no_save:
            merge_results(args.results, "stages", stage_results)
        if args.jobs_compare:
            if not jobs_ok:
                print("\nkg ingest has no --jobs option: parallel comparison skipped")
            else:
                folder = cached_corpus(args.cache, args.jobs_compare, args.seed)
                res = jobs_compare(folder, work, args.jobs, args.repeat)
                res["articles"] = args.jobs_compare
                print(f"\nkg ingest --jobs 1 vs --jobs {args.jobs}, {args.jobs_compare:,} "
                      f"articles: {res['seconds_1']:.1f} s vs {res['seconds_n']:.1f} s, "
                      f"{res['speedup']:.2f}x"
                      + (f" (median of {len(res['speedups'])} pairs, "
                         f"{min(res['speedups']):.2f}-{max(res['speedups']):.2f}x)"
                         if len(res["speedups"]) > 1 else "")
                      + f", same graph: {res['same_graph']}")  # fmt: skip
                if "difference" in res:
                    print(json.dumps(res["difference"], indent=1))
                if not args.no_save:
                    merge_results(args.results, "jobs", res)
        points = []
        if args.growth:
            print(f"\n{'articles':>9}{'jobs':>5}{'seconds':>9}{'CPU s':>9}{'art/s':>8}"
                  f"{'triples':>11}{'store MB':>10}{'peak RSS MB':>13}"
                  f"{'peak PSS MB':>13}")  # fmt: skip
        for n in args.growth:
            folder = cached_corpus(args.cache, n, args.seed)
            p = growth_point(folder, work, n, args.jobs if jobs_ok else None, args.limit)
            points.append(p)
            print(f"{n:>9,}{p['jobs']:>5}{p['seconds']:>9.1f}{p['cpu_seconds'] or 0:>9.1f}"
                  f"{p['articles_per_s']:>8.1f}"
                  f"{p['triples']:>11,}{p['store_mb']:>10.1f}{p['peak_rss_mb']:>13.1f}"
                  f"{p['peak_pss_mb']:>13.1f}"
                  + (f"  stopped after {p['stopped_after']:,} articles" if p["stopped_after"]
                     else ""), flush=True)  # fmt: skip
            if not args.no_save:
                merge_results(args.results, "growth", points)
    return 0


if __name__ == "__main__":
    sys.exit(main())
