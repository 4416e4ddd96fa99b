"""The single writer of an ingest: writes articles in batches, merges reports of one fact.

New articles are collected into a batch and bulk-loaded together
(:meth:`~kg.store.EmbeddedStore.bulk_add`), then one transaction gives the facts several
articles report their shared IRIs (:func:`kg.resolve.settle`); a journal lets the next open
take back a batch a crash cut short, so every article is complete or absent. An article
that replaces its earlier version is written on its own, in one SPARQL update with the
changes to the other graphs (:func:`kg.resolve.plan`), and so is every article when the
store has no bulk loader (a remote endpoint). A batch ends at ``max_triples`` triples,
after ``max_seconds``, or as soon as a reader waits. After every batch the writer pauses
the store: it closes the database, which lets a waiting reader in and hands back the memory
the database gathered while reading (index blocks, caches), so the writer's memory stays
flat however large the store grows; the next batch opens it again.

Example:
    >>> from kg.ingest import IngestSummary, prepare
    >>> from kg.sources.read import make_article
    >>> from kg.store import EmbeddedStore
    >>> store, summary = EmbeddedStore.in_memory(), IngestSummary()
    >>> with BatchWriter(store, summary) as writer:
    ...     writer.add(prepare(make_article("Japan condemned North Korea on May 3, 2024.", "a")))
    ...     writer.add(prepare(make_article("Japan condemned North Korea on May 3, 2024!", "b")))
    >>> len(store.graphs()), summary.articles
    (2, 2)
"""

from __future__ import annotations

import time
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.resolve import apply, plan

if TYPE_CHECKING:
    from kg.ingest import IngestSummary, Prepared


class BatchWriter:
    """Collects prepared articles and writes them to ``store`` in batches."""

    READER_CHECK = 0.25  # seconds between looks for a waiting reader

    def __init__(
        self,
        store: Any,
        summary: IngestSummary,
        *,
        max_seconds: float = 10.0,
        max_triples: int = 100_000,
    ) -> None:
        self.store = store
        self.summary = summary
        self.max_seconds = max_seconds
        self.max_triples = max_triples
        self._pending: list[Prepared] = []
        self._triples = 0
        self._since = 0.0
        self._looked = 0.0
        self._bulk = hasattr(store, "bulk_add")
        self._readers = getattr(store, "readers_waiting", lambda: False)

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.flush()
        self.close()

    def add(self, item: Prepared) -> None:
        """Take one prepared article; write the pending ones when the batch is full."""
        self.summary.count(item.facts, item.entities, item.triples)
        now = time.monotonic()
        if not self._pending:
            self._since = self._looked = now
        self._pending.append(item)
        self._triples += item.triples
        if self._triples >= self.max_triples or now - self._since >= self.max_seconds:
            self.flush()
        elif now - self._looked >= self.READER_CHECK:
            self._looked = now
            if self._readers():
                self.flush()

    def flush(self) -> None:
        """Write the pending articles, then close the database until the next batch.

        A reader that wants the store while the writer has it open waits until the writer
        notices it (``READER_CHECK`` seconds plus one batch write at most).
        """
        pending, self._pending, self._triples = self._pending, [], 0
        batch: list[Prepared] = []
        graphs: set[str] = set()
        for item in pending:
            if self._bulk and item.graph not in graphs and not self.store.has_graph(item.graph):
                batch.append(item)
                graphs.add(item.graph)
                continue
            self._write(batch)  # it replaces an earlier version: on its own, after the batch
            batch, graphs = [], set()
            self._alone(item)
        self._write(batch)
        pause = getattr(self.store, "pause", None)
        if pause:
            pause()
            _release_memory()

    def _write(self, batch: list[Prepared]) -> None:
        if not batch:
            return
        started = time.perf_counter()
        keys = {key for item in batch for key, _date in item.keys.values()}
        nquads = b"".join(item.nquads for item in batch)
        self.store.bulk_add(nquads, [item.graph for item in batch], keys)
        self.summary.stages["write"] += time.perf_counter() - started

    def _alone(self, item: Prepared) -> None:
        started = time.perf_counter()
        renames, updates = plan(self.store, item.graph, item.keys)
        self.summary.stages["resolve"] += time.perf_counter() - started
        started = time.perf_counter()
        quads = apply(list(ox.parse(item.nquads, format=ox.RdfFormat.N_QUADS)), renames)
        self.store.replace_graph(item.graph, quads, also=updates)
        self.summary.stages["write"] += time.perf_counter() - started

    def close(self) -> None:
        """Drop what was not flushed (an error stopped the run: those are not written)."""
        self._pending, self._triples = [], 0


def _release_memory() -> None:
    """Return the memory freed by the closed database to the system (glibc only).

    Oxigraph's threads free their buffers into malloc arenas that glibc keeps; trimming them
    after each batch keeps the writer's resident memory at what it uses.
    """
    try:
        import ctypes

        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass
