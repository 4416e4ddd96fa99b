"""The single writer of an ingest: merges reports of one fact, writes articles in batches.

New articles whose facts nobody else reports are collected into a batch and added in one
transaction (:meth:`~kg.store.EmbeddedStore.add_graphs`): either the whole batch is in the
store or none of it, so a killed ingest leaves every article complete or absent. An article
that replaces its earlier version, or whose facts merge with reports in other graphs
(:mod:`kg.resolve`), is written on its own, in one SPARQL update with the changes to the
other graphs. After a batch the writer pauses the store when a reader waits for it, so
readers get in between batches.

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
    """Collects prepared articles and writes them to ``store`` in transactions."""

    def __init__(
        self,
        store: Any,
        summary: IngestSummary,
        *,
        max_seconds: float = 2.0,
        max_triples: int = 100_000,
    ) -> None:
        self.store = store
        self.summary = summary
        self.max_seconds = max_seconds
        self.max_triples = max_triples
        self._pending: list[Prepared] = []
        self._triples = 0
        self._since = 0.0
        self._batched = hasattr(store, "add_graphs")

    def __enter__(self) -> BatchWriter:
        return self

    def __exit__(self, *exc: object) -> None:
        if exc[0] is None:
            self.flush()
        self.close()

    def add(self, item: Prepared) -> None:
        """Take one prepared article; write the pending ones when there are enough."""
        self.summary.count(item.facts, item.entities, item.triples)
        if not self._pending:
            self._since = time.monotonic()
        self._pending.append(item)
        self._triples += item.triples
        if self._triples >= self.max_triples or time.monotonic() - self._since >= self.max_seconds:
            self.flush(final=False)

    def flush(self, *, final: bool = True) -> None:
        """Write the pending articles; then, if readers wait (or ``final``), close the store.

        A reader that wants the store while the writer has it open waits for the next
        flush (``max_seconds`` at most); without readers the store stays open.
        """
        pending, self._pending, self._triples = self._pending, [], 0
        batch: list[bytes] = []
        graphs: set[str] = set()
        keys: set[str] = set()
        for item in pending:
            own = {key for key, _date in item.keys.values()}
            if item.graph in graphs or own & keys:
                self._write(batch)  # it merges with, or replaces, an article of the batch
                batch, graphs, keys = [], set(), set()
            started = time.perf_counter()
            renames, updates = plan(self.store, item.graph, item.keys)
            alone = renames or updates or not self._batched or self.store.has_graph(item.graph)
            self.summary.stages["resolve"] += time.perf_counter() - started
            if not alone:
                batch.append(item.nquads)
                graphs.add(item.graph)
                keys |= own
                continue
            self._write(batch)
            batch, graphs, keys = [], set(), set()
            started = time.perf_counter()
            quads = apply(list(ox.parse(item.nquads, format=ox.RdfFormat.N_QUADS)), renames)
            self.store.replace_graph(item.graph, quads, also=updates)
            self.summary.stages["write"] += time.perf_counter() - started
        self._write(batch)
        if final or getattr(self.store, "readers_waiting", lambda: False)():
            pause = getattr(self.store, "pause", None)
            if pause:
                pause()

    def _write(self, batch: list[bytes]) -> None:
        if batch:
            started = time.perf_counter()
            self.store.add_graphs(b"".join(batch))
            self.summary.stages["write"] += time.perf_counter() - started

    def close(self) -> None:
        """Drop what was not flushed (an error stopped the run: those are not written)."""
        self._pending, self._triples = [], 0
