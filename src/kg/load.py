"""Load the embedded store into a SPARQL server, sending only what it lacks.

Each article graph goes as one Graph Store Protocol ``PUT`` (or, on servers without the
protocol, in batches of SPARQL Update requests), so a reload replaces and never
duplicates. What was loaded where is kept in a small **load state** file beside the store
(``STORE.load-state.json``): per server, the SHA-256 of each graph's sorted N-Triples and
its triple count. A re-run sends a graph again when its hash is new or changed, or when
the server no longer holds it with that many triples (the server is asked once per run),
so a wiped or half-restored server is refilled. The hashes are kept out of the server's
data on purpose: the server then holds exactly what the embedded store holds (same
triple counts, same query answers) and no bookkeeping triples in a team's store.

Example:
    >>> LoadReport("http://127.0.0.1:7878/query", loaded=["g1"], triples=9).text()
    'loaded 1 graph (9 triples) into http://127.0.0.1:7878/query by gsp in 0.00 s; 0 unchanged'
"""

from __future__ import annotations

import hashlib
import json
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from kg.errors import StoreError

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore
    from kg.store.remote import RemoteStore

STATE_FORMAT = "kg-load-state/1"
_METHOD_NAMES = {"gsp": "the Graph Store Protocol", "update": "SPARQL Update"}


@dataclass
class LoadReport:
    """What a load did: graphs loaded, unchanged and failed (with the reason).

    Example:
        >>> LoadReport("u", failed={"g": "HTTP 500"}).ok
        False
    """

    target: str
    method: str = "gsp"
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    triples: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        """Whether every graph is on the server."""
        return not self.failed

    def text(self) -> str:
        """A one-line summary (the failed graphs are in ``failed``)."""
        n = len(self.loaded)
        line = (
            f"loaded {n} graph{'s' * (n != 1)} ({self.triples} triples) into {self.target} "
            f"by {self.method} in {self.seconds:.2f} s; {len(self.unchanged)} unchanged"
        )
        if self.failed:
            line += f"; {len(self.failed)} not loaded (run the same command again to send them)"
        return line


def state_path_for(store_path: str | os.PathLike[str]) -> Path:
    """Return where the load state of the store at ``store_path`` is kept.

    Example:
        >>> state_path_for("/data/kg-store").name
        'kg-store.load-state.json'
    """
    path = Path(store_path)
    return path.with_name(path.name + ".load-state.json")


class LoadState:
    """Per server, the hash and size of every graph it acknowledged; a JSON file.

    Example:
        >>> import tempfile
        >>> state = LoadState(Path(tempfile.mkdtemp()) / "s.json")
        >>> state.graphs("http://h/q")["g"] = ["sha256:00", 3]
        >>> state.save(); LoadState(state.path).graphs("http://h/q")
        {'g': ['sha256:00', 3]}
    """

    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._targets: dict[str, dict[str, list]] = {}
        if path is not None and path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                if data.get("format") != STATE_FORMAT:
                    raise ValueError(f"not a {STATE_FORMAT} file")
                self._targets = data["targets"]
            except (ValueError, KeyError, TypeError, AttributeError) as e:
                raise StoreError(f"load state {path} is unreadable ({e}): delete it") from e

    def graphs(self, target: str) -> dict[str, list]:
        """The ``{graph: [hash, triples]}`` record of ``target`` (created if new)."""
        return self._targets.setdefault(target, {})

    def save(self) -> None:
        """Write the state atomically (a temporary file renamed over the old one)."""
        if self.path is None:
            return
        tmp = self.path.with_name(self.path.name + ".part")
        data = {"format": STATE_FORMAT, "targets": self._targets}
        try:
            tmp.write_text(json.dumps(data, indent=1, sort_keys=True), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError as e:
            raise StoreError(f"cannot write load state {self.path}: {e.strerror}") from e


def graph_payload(store: EmbeddedStore, graph: str) -> tuple[bytes, str, int]:
    """Return a graph as sorted N-Triples, their ``sha256:`` hash, and the triple count.

    Example:
        >>> from kg.store import EmbeddedStore
        >>> s = EmbeddedStore.in_memory()
        >>> s.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }")
        >>> body, digest, n = graph_payload(s, "http://e/g")
        >>> body, n, len(digest)
        (b'<http://e/s> <http://e/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\\n', 1, 71)
    """
    sparql = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{graph}> {{ ?s ?p ?o }} }}"
    lines = sorted({f"{t.subject} {t.predicate} {t.object} .\n" for t in store.query(sparql)})
    body = "".join(lines).encode()
    return body, "sha256:" + hashlib.sha256(body).hexdigest(), len(lines)


def load_store(
    source: EmbeddedStore,
    target: RemoteStore,
    *,
    state_path: Path | None = None,
    batch_size: int = 100,
    force: bool = False,
    on_graph: Callable[[str, str], None] | None = None,
) -> LoadReport:
    """Send the graphs of ``source`` that ``target`` lacks or holds in another version.

    ``batch_size`` graphs go in one SPARQL Update request (update method) and between
    two saves of the load state. ``force`` sends every graph. ``on_graph(graph, status)``
    is called per graph, status ``loaded``, ``unchanged`` or ``failed``.

    Each graph goes in one request, so whole or not at all on a server that runs a request
    as one transaction (Oxigraph does). When the server stops answering (refused or broken
    connections, no answer within the timeout, 502/503/504 after the retries), the graphs
    not sent are listed in ``report.failed`` and the load state keeps what did arrive, so
    a re-run sends the rest. A server that cannot be asked what
    it holds, or that refuses the sign-in, raises :class:`~kg.errors.StoreError`.
    """
    started = time.perf_counter()
    report = LoadReport(target.path, method=target.method)
    state = LoadState(state_path)
    known = state.graphs(target.path)
    sender = _Sender(target, report, known, on_graph)
    try:
        on_server = target.graph_sizes()
    except StoreError as e:  # nothing sent yet: one line says it all
        raise type(e)(f"{e}; nothing was loaded") from None
    try:
        batch: list[tuple[str, bytes, str, int]] = []
        for graph, body, digest, n in _payloads(source):
            if not force and known.get(graph) == [digest, n] and on_server.get(graph) == n:
                report.unchanged.append(graph)
                sender.notify(graph, "unchanged")
                continue
            batch.append((graph, body, digest, n))
            if len(batch) >= max(1, batch_size):
                sender.send(batch)
                state.save()
                batch = []
        sender.send(batch)
    finally:
        state.save()
        report.method = target.method if target.method != "auto" else "gsp"
        report.seconds = time.perf_counter() - started
    return report


def _payloads(source: EmbeddedStore) -> Iterator[tuple[str, bytes, str, int]]:
    for graph in source.graphs():
        yield (graph, *graph_payload(source, graph))


class _Sender:
    """Sends batches, records outcomes, and stops sending once the server is gone."""

    def __init__(
        self,
        target: RemoteStore,
        report: LoadReport,
        known: dict[str, list],
        on_graph: Callable[[str, str], None] | None,
    ) -> None:
        self.target = target
        self.report = report
        self.known = known
        self.on_graph = on_graph
        self.down: str | None = None

    def notify(self, graph: str, status: str) -> None:
        if self.on_graph is not None:
            self.on_graph(graph, status)

    def send(self, batch: list[tuple[str, bytes, str, int]]) -> None:
        from kg.store.http import SignInRefused, Unreachable

        while batch:
            if self.down is not None:
                for graph, *_ in batch:
                    self._failed(graph, f"not sent: {self.down}")
                return
            one = self.target.method != "update"
            part, batch = (batch[:1], batch[1:]) if one else (batch, [])
            try:
                self.target.put_graphs([(g, body) for g, body, _d, _n in part])
            except (Unreachable, SignInRefused) as e:  # no use sending the others
                self.down = str(e)
                for graph, *_ in part:
                    self._failed(graph, str(e))
            except StoreError as e:  # QueryError included: the server refused this data
                if len(part) > 1:  # find which graph of the batch it was
                    for item in part:
                        self.send([item])
                    continue
                self._failed(part[0][0], str(e))
            else:
                for graph, _body, digest, n in part:
                    self.known[graph] = [digest, n]
                    self.report.loaded.append(graph)
                    self.report.triples += n
                    self.notify(graph, "loaded")

    def _failed(self, graph: str, reason: str) -> None:
        self.known.pop(graph, None)
        self.report.failed[graph] = reason
        self.notify(graph, "failed")
