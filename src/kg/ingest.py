"""The pipeline from article files to the store: read, extract, map to RDF, write.

``article_quads_for`` is a pure function of one article (article → quads), which is what
makes ingest idempotent: re-ingesting an article replaces its named graph and nothing else.

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

import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

import pyoxigraph as ox

from kg.errors import InputError
from kg.extract import Extraction, extract_article
from kg.rdf.iris import article_iri
from kg.rdf.mapping import article_quads
from kg.resolve import resolve
from kg.sources.model import Article
from kg.sources.read import read_articles


@dataclass
class IngestSummary:
    """What an ingest or extract run did."""

    articles: int = 0
    triples: int = 0
    seconds: float = 0.0
    facts: Counter[str] = field(default_factory=Counter)
    entities: Counter[str] = field(default_factory=Counter)
    failures: list[str] = field(default_factory=list)

    def add(self, ex: Extraction, triples: int) -> None:
        """Count one article's extraction."""
        self.articles += 1
        self.triples += triples
        self.facts.update(f.kind for f in ex.facts)
        self.entities.update(
            nations=len(ex.nations), organizations=len(ex.orgs), systems=len(ex.systems)
        )

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
        if self.failures:
            lines.append(f"failed: {len(self.failures)}")
        return "\n".join(lines)


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


def extract_paths(
    paths: Iterable[str], summary: IngestSummary | None = None
) -> Iterator[tuple[Article, Extraction, list[ox.Quad]]]:
    """Read and extract every article under ``paths``; failures are recorded in ``summary``."""
    summary = summary if summary is not None else IngestSummary()
    for item in read_articles(paths):
        if isinstance(item, InputError):
            summary.failures.append(str(item))
            continue
        ex, quads = article_quads_for(item)
        summary.add(ex, len(quads))
        yield item, ex, quads


def ingest(
    paths: Iterable[str],
    store: object,
    *,
    on_article: Callable[[Article], None] | None = None,
) -> IngestSummary:
    """Ingest every article under ``paths`` into ``store``, one transaction per article.

    ``store`` must have ``replace_graph(graph_iri, quads)``. Bad inputs are recorded in
    the summary's ``failures`` and the others still go in.
    """
    started = time.perf_counter()
    summary = IngestSummary()
    for article, _ex, quads in extract_paths(paths, summary):
        graph = article_iri(article.id)
        quads, updates = resolve(store, graph, quads)
        store.replace_graph(graph, quads, also=updates)  # type: ignore[attr-defined]
        if on_article:
            on_article(article)
    summary.seconds = time.perf_counter() - started
    return summary
