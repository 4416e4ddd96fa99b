"""The single writer of an ingest: writes articles in batches, merges reports of one fact.

New articles are collected into a batch and bulk-loaded together
(:meth:`~kg.store.EmbeddedStore.bulk_add`), then one transaction gives the facts several
articles report their shared IRIs (:func:`kg.resolve.settle`); a journal lets the next open
take back a batch a crash cut short, so every article is complete or absent. An article
that replaces its earlier version is written on its own, in one SPARQL update with the
changes to the other graphs (:func:`kg.resolve.plan`), and so is every article when the
store has no bulk loader (a remote endpoint). A batch ends at ``max_triples`` triples,
after ``max_seconds``, or as soon as a reader waits. After every batch the writer pauses
the store: it closes the database, which lets a waiting reader in; the next batch opens it
again. After the first batch, each batch of a store on disk is written by a fresh process
that opens the store for the writer (:meth:`kg.store.EmbeddedStore.delegate`) and exits
when the batch is in: the memory RocksDB gathers while writing (buffers, index blocks, the
fragments its threads leave in the allocator) goes with the process, so the writer's memory
stays flat however large the store and the run grow. Starting that process costs about
0.2 s per batch, which the first batch of a run (often the only one) does not pay.

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

import os
import pickle
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol

import pyoxigraph as ox

from kg import errors
from kg.errors import StoreError
from kg.resolve import apply, plan

if TYPE_CHECKING:
    from kg.ingest import IngestSummary, Prepared


class Item(Protocol):
    """What writing an article needs: its graph, its N-Quads and its facts' match keys."""

    graph: str
    nquads: bytes
    keys: dict[str, tuple[str, str | None]]


class Written(NamedTuple):
    """An article as handed to a batch process (plain data: no import of the extraction)."""

    graph: str
    nquads: bytes
    keys: dict[str, tuple[str, str | None]]


class BatchWriter:
    """Collects prepared articles and writes them to ``store`` in batches.

    Batches after the first ``isolate_after`` are written by a fresh process each when the
    store is on disk (None: always in this process).
    """

    READER_CHECK = 0.25  # seconds between looks for a waiting reader

    def __init__(
        self,
        store: Any,
        summary: IngestSummary,
        *,
        max_seconds: float = 10.0,
        max_triples: int = 100_000,
        isolate_after: int | None = 1,
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
        self._batches = 0
        self.isolate_after = isolate_after if _can_delegate(store) else None

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
        if pending and self.isolate_after is not None and self._batches >= self.isolate_after:
            stages = write_elsewhere(self.store, pending)
        else:
            stages = Counter()
            write_items(self.store, pending, stages, bulk=self._bulk)
            pause = getattr(self.store, "pause", None)
            if pause:
                pause()
                _release_memory()
        self.summary.stages.update(stages)
        self._batches += bool(pending)

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


def write_items(
    store: Any, items: Sequence[Item], stages: Counter[str], *, bulk: bool = True
) -> None:
    """Write articles to ``store``: new graphs bulk-loaded together, replacements alone.

    An article whose graph is already in the store replaces it on its own, in one update
    with the changes to the other graphs (:func:`kg.resolve.plan`); so does every article
    when ``bulk`` is false or the store has no bulk loader. Seconds go into ``stages``.

    Example:
        >>> from kg.store import EmbeddedStore
        >>> store, stages = EmbeddedStore.in_memory(), Counter()
        >>> item = Written("http://ex/g", b'<http://ex/s> <http://ex/p> "o" <http://ex/g> .\\n', {})
        >>> write_items(store, [item, item], stages)
        >>> store.graphs(), sorted(stages)
        (['http://ex/g'], ['resolve', 'write'])
    """
    bulk = bulk and hasattr(store, "bulk_add")
    batch: list[Item] = []
    graphs: set[str] = set()
    for item in items:
        if bulk and item.graph not in graphs and not store.has_graph(item.graph):
            batch.append(item)
            graphs.add(item.graph)
            continue
        _bulk_write(store, batch, stages)  # it replaces an earlier version: after the batch
        batch, graphs = [], set()
        _write_alone(store, item, stages)
    _bulk_write(store, batch, stages)


def _bulk_write(store: Any, batch: list[Item], stages: Counter[str]) -> None:
    if not batch:
        return
    started = time.perf_counter()
    keys = {key for item in batch for key, _date in item.keys.values()}
    nquads = b"".join(item.nquads for item in batch)
    store.bulk_add(nquads, [item.graph for item in batch], keys)
    stages["write"] += time.perf_counter() - started


def _write_alone(store: Any, item: Item, stages: Counter[str]) -> None:
    started = time.perf_counter()
    renames, updates = plan(store, item.graph, item.keys)
    stages["resolve"] += time.perf_counter() - started
    started = time.perf_counter()
    quads = apply(list(ox.parse(item.nquads, format=ox.RdfFormat.N_QUADS)), renames)
    store.replace_graph(item.graph, quads, also=updates)
    stages["write"] += time.perf_counter() - started


def _can_delegate(store: Any) -> bool:
    from kg.store.embedded import EmbeddedStore

    return isinstance(store, EmbeddedStore) and store.path is not None and not store.read_only


_WAITING = b"kg-waiting: "
_CHILD = "from kg.writer import _serve_batch; _serve_batch()"


def write_elsewhere(store: Any, items: Sequence[Item]) -> Counter[str]:
    """Write ``items`` to the on-disk ``store`` from a fresh process; return its stage seconds.

    The caller holds the store's writer lock; the store is paused, and the process shares
    that lock (it outlives the caller if need be), opens the store with
    :meth:`~kg.store.EmbeddedStore.delegate`, writes like :func:`write_items` and exits,
    taking the memory the database gathered with it. Its errors come back as the
    same :class:`kg.errors.KgError`; if it dies, the batch's journal lets the next open take
    the batch back, and this raises :class:`~kg.errors.StoreError`. Interrupting the caller
    stops the process the same way.

    Example:
        >>> import tempfile
        >>> from kg.store import open_store
        >>> with open_store(tempfile.mkdtemp() + "/s") as store:
        ...     store.pause()
        ...     quads = b'<http://ex/s> <http://ex/p> "o" <http://ex/g> .\\n'
        ...     stages = write_elsewhere(store, [Written("http://ex/g", quads, {})])
        ...     store.graphs(), stages["write"] > 0
        (['http://ex/g'], True)
    """
    store.pause()  # the process takes the data lock; only the writer lock is shared
    request = {
        "path": str(store.path),
        "wait": store.waiting[0],
        "items": [(item.graph, item.nquads, item.keys) for item in items],
    }
    source = str(Path(__file__).resolve().parent.parent)  # where kg is imported from
    path = os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))
    env = dict(os.environ, PYTHONPATH=path)
    # The process shares the writer lock (the same open file, so the same flock): if this
    # process dies, the store stays locked until the batch is in, and nobody takes back a
    # batch that is still being written.
    try:
        proc = subprocess.Popen(
            [sys.executable, "-c", _CHILD],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env,
            pass_fds=tuple(store.lock_fds()),
        )  # fmt: skip
    except OSError as e:
        raise StoreError(f"store {store.path}: cannot start a process to write: {e}") from e
    relay = threading.Thread(target=_relay, args=(proc.stderr, store.waiting[1]), daemon=True)
    relay.start()
    try:
        assert proc.stdin is not None and proc.stdout is not None
        with proc.stdin:
            proc.stdin.write(pickle.dumps(request, protocol=pickle.HIGHEST_PROTOCOL))
        answer = proc.stdout.read()
        code = proc.wait()
    except BaseException:
        proc.kill()
        proc.wait()
        raise
    finally:
        relay.join(timeout=5)
    try:
        result = pickle.loads(answer) if answer else {}
    except Exception:  # a torn answer is the same as none
        result = {}
    if "error" in result:
        name, message = result["error"]
        cls = getattr(errors, name, StoreError)
        if not (isinstance(cls, type) and issubclass(cls, errors.KgError)):
            cls = StoreError
        raise cls(message)
    if code != 0 or "stages" not in result:
        raise StoreError(
            f"store {store.path}: the process writing a batch ended with code {code}; "
            "the batch is taken back when the store is next opened"
        )
    return Counter(result["stages"])


def _relay(stream: Any, on_wait: Callable[[str], None] | None) -> None:
    """Pass a batch process's waiting notices to ``on_wait`` and anything else to stderr."""
    for line in stream:
        if line.startswith(_WAITING):
            if on_wait:
                on_wait(line[len(_WAITING) :].decode("utf-8", "replace").rstrip("\n"))
        else:
            sys.stderr.write(line.decode("utf-8", "replace"))
    stream.close()


def _serve_batch() -> None:
    """Run in a batch process: read a request on stdin, write it, answer on stdout."""
    import signal

    from kg.store.embedded import EmbeddedStore

    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the ingest decides; it kills us if need be
    sys.argv = [f"kg batch writer for pid {os.getppid()}"]  # how the store's locks name us
    request = pickle.load(sys.stdin.buffer)

    def tell(message: str) -> None:
        sys.stderr.buffer.write(_WAITING + message.encode() + b"\n")
        sys.stderr.flush()

    stages: Counter[str] = Counter()
    try:
        store = EmbeddedStore.delegate(request["path"], wait=request["wait"], on_wait=tell)
        try:
            write_items(store, [Written(*item) for item in request["items"]], stages)
        finally:
            store.close()
        result: dict[str, Any] = {"stages": dict(stages)}
    except errors.KgError as e:
        result = {"error": (type(e).__name__, str(e))}
    except Exception as e:  # reported as a store error
        result = {"error": ("StoreError", f"store {request['path']}: {type(e).__name__}: {e}")}
    sys.stdout.buffer.write(pickle.dumps(result))
    sys.stdout.flush()
