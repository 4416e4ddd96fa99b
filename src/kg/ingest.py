"""The pipeline from article files to the store: read, extract, map to RDF, write.

Reading streams (one article in memory per worker, plus a bounded window); extraction and
mapping run in the calling process or, with ``jobs > 1``, in worker processes; one writer
(:class:`kg.writer.BatchWriter`) writes articles in batches with the bulk loader, merges
reports of the same fact, and pauses between batches when a reader waits for the store.
``prepare`` is a pure function of one article, which is what makes ingest idempotent:
re-ingesting an article replaces its named graph and nothing else.

Example:
    >>> from kg.store import open_store
    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> text = "Tokyo protests\\n\\nJapan condemned North Korea on May 3, 2024."
    >>> _ = (d / "a.txt").write_text(text)
    >>> with open_store(d / "store") as store:
    ...     summary = ingest([str(d / "a.txt")], store)
    >>> summary.articles, summary.facts["stance"], summary.failures
    (1, 1, [])
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.errors import InputError
from kg.extract import Extraction, extract_article
from kg.rdf.iris import KG, article_iri
from kg.rdf.mapping import article_quads
from kg.resolve import report_keys
from kg.sources.model import Article
from kg.sources.read import read_articles

STAGES = ("read", "extract", "map", "resolve", "write")
WINDOW = 128  # articles in flight per worker: they keep extracting while a batch is written
CHUNK = 8  # articles per task sent to a worker (fewer wake-ups of the pool's threads)
_DIGEST = ox.NamedNode(KG + "ingestDigest")


@dataclass
class IngestSummary:
    """What an ingest or extract run did, with the seconds spent in each stage."""

    articles: int = 0
    triples: int = 0
    seconds: float = 0.0
    facts: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)
    stages: Counter[str] = field(default_factory=Counter)
    unchanged: int = 0

    def add(self, ex: Extraction, triples: int) -> None:
        """Count one article's extraction."""
        self.count(Counter(f.kind for f in ex.facts), _entities(ex), triples)

    def count(self, facts: Counter[str], entities: Counter[str], triples: int) -> None:
        """Count one article from its fact and entity counts."""
        self.articles += 1
        self.triples += triples
        self.facts.update(facts)
        self.entities.update(entities)

    def text(self) -> str:
        """A one-paragraph human summary.

        Example:
            >>> IngestSummary(articles=2, triples=10, seconds=0.5).text().splitlines()[0]
            'articles: 2, triples: 10, seconds: 0.50'
        """
        kinds = ("agreement", "contract", "meeting", "exercise", "stance")
        lines = [
            f"articles: {self.articles}, triples: {self.triples}, seconds: {self.seconds:.2f}",
            "facts: " + ", ".join(f"{k}s {self.facts.get(k, 0)}" for k in kinds),
        ]
        if self.unchanged:
            lines.append(f"unchanged (already in the store, skipped): {self.unchanged}")
        if self.failures:
            lines.append(f"failed: {len(self.failures)}")
        return "\n".join(lines)

    def rates(self) -> str:
        """Throughput and seconds per stage, for ``kg ingest --verbose`` and benchmarks.

        Example:
            >>> IngestSummary(articles=10, triples=100, seconds=2.0).rates().split(";")[0]
            'articles/s 5.0, triples/s 50'
        """
        secs = self.seconds or 1e-9
        stages = ", ".join(f"{s} {self.stages.get(s, 0.0):.2f}s" for s in STAGES)
        return (
            f"articles/s {self.articles / secs:.1f}, triples/s {self.triples / secs:.0f}; "
            f"stages (summed over workers): {stages}"
        )


@dataclass
class Prepared:
    """One article extracted and mapped: what the writer needs, small enough to pickle."""

    source: str
    graph: str
    nquads: bytes
    triples: int
    keys: dict[str, tuple[str, str | None]]
    facts: Counter[str]
    entities: Counter[str]
    seconds: dict[str, float]


def article_quads_for(article: Article) -> tuple[Extraction, list[ox.Quad]]:
    """Extract one article and map it to the quads of its named graph.

    Example:
        >>> from kg.sources.read import make_article
        >>> ex, quads = article_quads_for(make_article("Poland and Japan met on May 2, 2024.", "x"))
        >>> len(quads) > 0
        True
    """
    ex = extract_article(article)
    return ex, article_quads(article, ex)


def prepare(article: Article) -> Prepared:
    """Extract and map one article for the writer (runs in worker processes).

    Example:
        >>> from kg.sources.read import make_article
        >>> p = prepare(make_article("Japan condemned North Korea on May 3, 2024.", "x.txt"))
        >>> p.source, p.facts["stance"], p.triples > 0
        ('x.txt', 1, True)
    """
    started = time.perf_counter()
    ex = extract_article(article)
    extracted = time.perf_counter()
    quads = article_quads(article, ex)
    graph = ox.NamedNode(article_iri(article.id))
    quads.append(ox.Quad(graph, _DIGEST, ox.Literal(ingest_digest(article)), graph))
    nquads = ox.serialize(quads, format=ox.RdfFormat.N_QUADS)
    done = time.perf_counter()
    return Prepared(
        source=article.source,
        graph=graph.value,
        nquads=nquads,
        triples=len(set(quads)),
        keys=report_keys(quads),
        facts=Counter(f.kind for f in ex.facts),
        entities=_entities(ex),
        seconds={"extract": extracted - started, "map": done - extracted},
    )


@cache
def fingerprint() -> str:
    """A digest of what makes extraction what it is: kg's version, code and lexicons.

    Example:
        >>> len(fingerprint())
        64
    """
    from importlib.metadata import PackageNotFoundError, version

    from kg.paths import resource_dir

    h = hashlib.sha256()
    with contextlib.suppress(PackageNotFoundError):
        h.update(version("kg").encode())
    package = Path(__file__).parent
    files = [*package.glob("extract/*.py"), *package.glob("rdf/*.py")]
    files += [*package.glob("sources/*.py"), package / "dates.py", package / "lexicon.py"]
    files += resource_dir("lexicon").iterdir()
    for path in sorted(f for f in files if f.is_file()):
        h.update(path.name.encode() + b"\0" + path.read_bytes() + b"\0")
    return h.hexdigest()


def ingest_digest(article: Article) -> str:
    """The digest an article's graph carries (kg:ingestDigest): its input and the extractor.

    An ingest skips an article whose graph already carries the same digest, so a rerun
    after an interruption only does what is left, and a changed article or a new kg
    version re-extracts.

    Example:
        >>> from kg.sources.read import make_article
        >>> ingest_digest(make_article("Some text.", "a.txt")).startswith("sha256:")
        True
    """
    h = hashlib.sha256(fingerprint().encode())
    for part in (article.id, article.source, article.title, article.date, article.url):
        h.update(b"\0" + (part or "").encode("utf-8", "surrogatepass"))
    h.update(b"\0" + article.text.encode("utf-8", "surrogatepass"))
    return "sha256:" + h.hexdigest()


def stored_digests(store: Any) -> dict[str, str]:
    """The kg:ingestDigest of every article graph in ``store``.

    Example:
        >>> from kg.store import EmbeddedStore
        >>> stored_digests(EmbeddedStore.in_memory())
        {}
    """
    query = f"SELECT ?g ?d WHERE {{ GRAPH ?g {{ ?a <{KG}ingestDigest> ?d }} }}"
    return {row["g"].value: row["d"].value for row in store.query(query)}


def internal_error(source: str, error: BaseException) -> str:
    """The failure line of an article whose extraction raised: names the file, no traceback.

    Example:
        >>> internal_error("a.txt", ValueError("bad"))
        'a.txt: internal error while extracting (ValueError: bad); the other articles went in'
    """
    detail = str(error).strip().split("\n")[0][:200]
    return (
        f"{source}: internal error while extracting ({type(error).__name__}: {detail}); "
        "the other articles went in"
    )


def _safe_prepare(item: Article | InputError) -> Prepared | str:
    if isinstance(item, InputError):
        return str(item)
    try:
        return prepare(item)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as e:  # one article's bug must not stop the run
        return internal_error(item.source, e)


def extract_paths(
    paths: Iterable[str], summary: IngestSummary | None = None
) -> Iterator[tuple[Article, Extraction, list[ox.Quad]]]:
    """Read and extract every article under ``paths``; failures are recorded in ``summary``.

    Example:
        >>> s = IngestSummary()
        >>> list(extract_paths(["/nonexistent/a.txt"], s)), len(s.failures)
        ([], 1)
    """
    summary = summary if summary is not None else IngestSummary()
    for item in read_articles(paths):
        if isinstance(item, InputError):
            summary.failures.append(str(item))
            continue
        try:
            ex, quads = article_quads_for(item)
        except Exception as e:  # one article's bug must not stop the run
            summary.failures.append(internal_error(item.source, e))
            continue
        summary.add(ex, len(quads))
        yield item, ex, quads


def ingest(
    paths: Iterable[str],
    store: object,
    *,
    jobs: int = 1,
    on_article: Callable[[str], None] | None = None,
    batch_seconds: float = 10.0,
    batch_triples: int = 100_000,
    force: bool = False,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store``; return what was done.

    ``jobs`` worker processes extract (0: one per core); the calling process writes, in
    batches of at most ``batch_triples`` triples or ``batch_seconds`` seconds, ended early
    when a reader waits (:class:`kg.writer.BatchWriter`); an article is in the store
    completely or not at all. Bad inputs are
    recorded in the summary's ``failures`` and the others still go in. ``on_article`` is
    called with each article's source after it is handed to the writer. Articles already
    in the store as they are now (same :func:`ingest_digest`) are skipped unless ``force``.
    """
    from kg.writer import BatchWriter

    started = time.perf_counter()
    summary = IngestSummary()
    jobs = (os.cpu_count() or 1) if jobs == 0 else max(1, jobs)
    writer = BatchWriter(store, summary, max_seconds=batch_seconds, max_triples=batch_triples)
    done = {} if force else stored_digests(store)
    pause = getattr(store, "pause", None)
    if pause:
        pause()  # readers may open it until the first batch; no open database while forking
    items = _timed(read_articles(paths), summary)
    if done:
        items = _new_only(items, done, summary, on_article)
    try:
        for result in _prepared(items, jobs, store):
            if isinstance(result, str):
                summary.failures.append(result)
                continue
            for stage, seconds in result.seconds.items():
                summary.stages[stage] += seconds
            writer.add(result)
            if on_article:
                on_article(result.source)
        writer.flush()
    finally:
        writer.close()
    summary.seconds = time.perf_counter() - started
    return summary


def _prepared(
    items: Iterator[Article | InputError], jobs: int, store: object
) -> Iterator[Prepared | str]:
    """Prepare articles in this process or in ``jobs`` worker processes, in input order."""
    if jobs == 1:
        yield from map(_safe_prepare, items)
        return
    import multiprocessing

    from kg.extract.nlp import matcher, pipeline
    from kg.lexicon import load_lexicon

    # made once here, before the fork: the workers share these pages instead of each
    # building its own phrase matcher
    pipeline(), matcher(), load_lexicon(), fingerprint()
    fds = getattr(store, "lock_fds", lambda: [])()
    window = threading.Semaphore(jobs * WINDOW)

    def bounded() -> Iterator[Article | InputError]:
        for item in items:
            window.acquire()
            yield item

    context = multiprocessing.get_context("fork")
    with context.Pool(jobs, initializer=_worker_init, initargs=(fds,)) as pool:
        for result in pool.imap(_safe_prepare, bounded(), chunksize=CHUNK):
            window.release()
            yield result


def _worker_init(fds: list[int]) -> None:
    """Set a worker up: no share in the parent's store locks, dies with the parent."""
    import signal

    for fd in fds:
        with contextlib.suppress(OSError):
            os.close(fd)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        import ctypes

        libc = ctypes.CDLL(None)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG: no orphans holding the store
    except (OSError, AttributeError):
        pass


def _timed(items: Iterable[Article | InputError], summary: IngestSummary) -> Iterator[Any]:
    it = iter(items)
    while True:
        started = time.perf_counter()
        try:
            item = next(it)
        except StopIteration:
            return
        finally:
            summary.stages["read"] += time.perf_counter() - started
        yield item


def _new_only(
    items: Iterator[Article | InputError],
    done: dict[str, str],
    summary: IngestSummary,
    on_article: Callable[[str], None] | None,
) -> Iterator[Article | InputError]:
    """Drop the articles whose graphs already carry their digest."""
    for item in items:
        if isinstance(item, Article) and done.get(article_iri(item.id)) == ingest_digest(item):
            summary.unchanged += 1
            if on_article:
                on_article(item.source)
            continue
        yield item


def _entities(ex: Extraction) -> Counter[str]:
    return Counter(nations=len(ex.nations), organizations=len(ex.orgs), systems=len(ex.systems))
