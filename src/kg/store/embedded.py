"""The embedded store: Oxigraph on disk, one named graph per article.

Every write is one Oxigraph transaction; every query sees the union of the named graphs
as its default graph. pyoxigraph errors become :class:`~kg.errors.StoreError` (the
store cannot be opened, read or written) or :class:`~kg.errors.QueryError` (bad SPARQL).

Example:
    >>> from pyoxigraph import Literal, NamedNode, Triple
    >>> store = EmbeddedStore.in_memory()
    >>> t = Triple(NamedNode("https://w3id.org/kg/id/nation/KOR"),
    ...            NamedNode("https://w3id.org/kg/def#isoCode"), Literal("KOR"))
    >>> store.replace_graph("https://w3id.org/kg/id/article/0123456789abcdef", [t])
    1
    >>> [str(s["code"].value) for s in store.query("SELECT ?code { ?n ?p ?code }")]
    ['KOR']
"""

from __future__ import annotations

import io
import os
import re
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, BinaryIO

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store import layout
from kg.store.locks import FileLock, take_data

if TYPE_CHECKING:
    import rdflib

# Our own copy until kg.rdf.namespace.PREFIXES exists; used for Turtle/TriG output and for
# shortening IRIs in tables.
PREFIXES: dict[str, str] = {
    "kg": "https://w3id.org/kg/def#",
    "kgr": "https://w3id.org/kg/id/",
    "kgv": "https://w3id.org/kg/vocab/",
    "schema": "https://schema.org/",
    "prov": "http://www.w3.org/ns/prov#",
    "sem": "http://semanticweb.cs.vu.nl/2009/11/sem/",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "nif": "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#",
    "wd": "http://www.wikidata.org/entity/",
    "dcterms": "http://purl.org/dc/terms/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "owl": "http://www.w3.org/2002/07/owl#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

EXPORT_FORMATS: dict[str, ox.RdfFormat] = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_TRIPLE_FORMATS = {"ttl", "nt"}
_UNION_TRIPLES = (
    "CONSTRUCT { ?s ?p ?o } WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
)
_UNPROJECTED = re.compile(r"does not contains? variable \?(\S+) in its SELECT projection")


class UnprojectedVariableError(QueryError):
    """A substitution names a variable the query does not project (Oxigraph's SEP-0007 rule)."""

    def __init__(self, variable: str) -> None:
        super().__init__(f"?{variable} is not in the query's SELECT projection")
        self.variable = variable


def default_store_path() -> Path:
    """Return the store path used when none is given: ``$KG_STORE`` or the XDG data dir.

    Example:
        >>> default_store_path().name
        'store'
    """
    env = os.environ.get("KG_STORE")
    if env:
        return Path(env).expanduser()
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(data_home).expanduser() / "kg" / "store"


def open_store(
    path: str | os.PathLike[str] | None = None,
    *,
    read_only: bool = False,
    wait: float | None = None,
    on_wait: Callable[[str], None] | None = None,
) -> EmbeddedStore:
    """Open (creating it if needed) the embedded store at ``path``.

    ``path`` defaults to :func:`default_store_path`. A writer (the default) takes the
    store's writer lock: a second writer fails at once with "store ... is in use", or
    after ``wait`` seconds. ``read_only=True`` opens a reader: any number share a store,
    and while an ingest runs they wait (up to ``wait`` seconds, 30 by default) for the
    batch being written, then see the store as of the last finished batch. ``on_wait`` is
    told, once, when the open has to wait. See :mod:`kg.store.locks`.

    Example:
        >>> import tempfile
        >>> with open_store(tempfile.mkdtemp() + "/store") as store:
        ...     store.triple_count(), store.info["version"]
        (0, 1)
    """
    return EmbeddedStore(
        default_store_path() if path is None else path,
        read_only=read_only,
        wait=wait,
        on_wait=on_wait,
    )


class EmbeddedStore:
    """A pyoxigraph ``Store`` with kg's conventions: per-article graphs, union queries.

    On disk the store is a directory (:mod:`kg.store.layout`) shared by one writer and
    many readers (:mod:`kg.store.locks`); a writer can :meth:`pause` between batches so
    readers get in, and reopens by itself on its next call.

    Example:
        >>> with EmbeddedStore.in_memory() as store:
        ...     store.graphs()
        []
    """

    READER_WAIT = 30.0  # seconds a reader waits for a batch write to end
    WRITER_WAIT_FOR_READERS = 300.0  # seconds a writer waits for readers to close

    def __init__(
        self,
        path: str | os.PathLike[str] | None,
        *,
        read_only: bool = False,
        wait: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> None:
        self.path: Path | None = None if path is None else Path(path)
        self.read_only = read_only
        self.info: dict[str, Any] = {}
        self._store: ox.Store | None = None
        self._closed = False
        self._on_wait = on_wait
        self._wait = wait
        self._writer: FileLock | None = None
        self._data: FileLock | None = None
        if self.path is None:
            self._store = ox.Store()
            self.info = {"format": layout.FORMAT, "version": layout.VERSION}
            return
        root = self.path
        if read_only:
            if layout.is_blank(root) or not root.is_dir():
                raise StoreError(f"no store at {root} (run `kg ingest` first)")
            self.info = layout.check(root)
        else:
            if not layout.is_blank(root):
                self.info = layout.check(root)
            try:
                root.mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create store {root}: {e.strerror}") from e
            self._writer = FileLock(root / layout.WRITER_LOCK, "writer")
            self._writer.acquire(
                exclusive=True,
                wait=wait or 0.0,
                on_wait=on_wait and (lambda h: on_wait(f"store {root} is in use by {h}")),
                busy=lambda h: (
                    f"store {root} is in use by {h}: wait for it to finish, or pass --wait SECONDS"
                ),
            )
            try:
                if layout.is_blank(root):
                    self.info = layout.create(root)
                else:
                    self.info = layout.check(root)
            except BaseException:
                self._writer.release()
                raise
        if read_only and (root / layout.JOURNAL).exists():
            _take_back_if_free(root)
        self._attach(root)

    @classmethod
    def delegate(
        cls,
        path: str | os.PathLike[str],
        *,
        wait: float | None = None,
        on_wait: Callable[[str], None] | None = None,
    ) -> EmbeddedStore:
        """Open a store for a helper process of the writer that holds its writer lock.

        The writer of an ingest hands each batch to a fresh process
        (:class:`kg.writer.BatchWriter`); that process opens the store here, taking only the
        data lock, as the writer would. The writer lock must be held by another process
        (the ingest that started this one), or this refuses to open: a delegate is never a
        second writer. A batch left half-written by an earlier process is taken back first.

        Example:
            >>> import tempfile
            >>> EmbeddedStore.delegate(tempfile.mkdtemp() + "/s")
            Traceback (most recent call last):
            ...
            kg.errors.StoreError: store ... has no writer to write for
        """
        self = cls.__new__(cls)
        root = self.path = Path(path)
        self.read_only, self._store, self._closed = False, None, False
        self._on_wait, self._wait, self._writer = on_wait, wait, None
        self._data = None
        writer = FileLock(root / layout.WRITER_LOCK, "writer")
        if not root.is_dir() or writer.try_acquire(exclusive=True):
            writer.release()
            raise StoreError(f"store {root} has no writer to write for")
        self.info = layout.check(root)
        self._attach(root)
        return self

    def _attach(self, root: Path) -> None:
        """Open the database under the data lock; a writer first takes back a cut batch."""
        self._data = FileLock(root / layout.DATA_LOCK, "data")
        try:
            self._resume()
            if not self.read_only:
                with self._errors():
                    _take_back(self._open(), root)
        except BaseException:
            self.close()
            raise

    @classmethod
    def in_memory(cls) -> EmbeddedStore:
        """Return a temporary store held in memory (for tests and one-off conversions).

        Example:
            >>> EmbeddedStore.in_memory().path is None
            True
        """
        return cls(None)

    def __enter__(self) -> EmbeddedStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        where = "memory" if self.path is None else str(self.path)
        return f"EmbeddedStore({where!r}, read_only={self.read_only})"

    def close(self) -> None:
        """Flush and release the store (and its locks); further calls raise StoreError.

        Example:
            >>> store = EmbeddedStore.in_memory()
            >>> store.close(); store.close()
        """
        try:
            self._shut()
        finally:
            self._closed = True
            if self._data is not None:
                self._data.release()
            if self._writer is not None:
                self._writer.release()

    def pause(self) -> None:
        """Close the database until the next call, so that readers can open the store.

        Only a writer on disk pauses; the writer lock stays held, so no other writer gets
        in between. The next call reopens the database (waiting for readers to close).

        Example:
            >>> import tempfile
            >>> with open_store(tempfile.mkdtemp() + "/s") as store:
            ...     store.pause(); store.triple_count()
            0
        """
        if self.path is None or self.read_only or self._store is None:
            return
        self._shut()
        if self._data is not None:
            self._data.release()

    @property
    def waiting(self) -> tuple[float | None, Callable[[str], None] | None]:
        """How long this store waits for the locks of others, and whom it tells meanwhile.

        A batch process of the writer (:meth:`delegate`) waits and tells the same way.

        Example:
            >>> EmbeddedStore.in_memory().waiting
            (None, None)
        """
        return self._wait, self._on_wait

    def readers_waiting(self) -> bool:
        """Whether a reader is waiting for this writer to pause (see :mod:`kg.store.locks`).

        Example:
            >>> import tempfile
            >>> with open_store(tempfile.mkdtemp() + "/s") as store:
            ...     store.readers_waiting()
            False
        """
        if self.path is None or self.read_only or self._store is None:
            return False
        intent = FileLock(self.path / layout.INTENT_LOCK, "intent")
        if intent.try_acquire(exclusive=True):
            intent.release()
            return False
        return True

    def lock_fds(self) -> list[int]:
        """The descriptors of the locks held, for forked workers to close.

        Example:
            >>> EmbeddedStore.in_memory().lock_fds()
            []
        """
        locks = (self._writer, self._data)
        return [fd for lock in locks if lock is not None and (fd := lock.fileno()) is not None]

    def _shut(self) -> None:
        store, self._store = self._store, None
        if store is not None and self.path is not None and not self.read_only:
            with self._errors():
                store.flush()
        del store  # the last reference: Oxigraph closes the database here

    def _resume(self) -> None:
        assert self.path is not None and self._data is not None
        root, db = self.path, layout.database(self.path)
        if self.read_only:
            wait = self.READER_WAIT if self._wait is None else self._wait
            busy = f"store {root} is being written"
        else:
            wait = max(self._wait or 0.0, self.WRITER_WAIT_FOR_READERS)
            busy = f"store {root} is being read"
        on_wait = self._on_wait
        told = []

        def tell(_holder: str) -> None:
            if on_wait and not told:
                told.append(True)
                on_wait(f"{busy}; waiting...")

        take_data(
            self._data,
            FileLock(root / layout.INTENT_LOCK, "intent"),
            exclusive=not self.read_only,
            wait=wait,
            on_wait=tell,
            busy=lambda h: f"{busy} and did not become free within {wait:g} s (--wait SECONDS)",
        )
        try:
            self._store = ox.Store.read_only(str(db)) if self.read_only else ox.Store(str(db))
        except (OSError, RuntimeError) as e:  # RuntimeError: RocksDB reports corruption
            self._data.release()
            raise StoreError(_open_message(root, e)) from e

    # -- graphs ---------------------------------------------------------------------------

    def replace_graph(
        self, graph_iri: str, quads: Iterable[ox.Quad | ox.Triple], also: Iterable[str] = ()
    ) -> int:
        """Replace the named graph ``graph_iri`` by ``quads`` atomically; return its size.

        Dropping the old graph and inserting the new triples is one SPARQL UPDATE request,
        which Oxigraph applies as one transaction: readers see the old graph or the new
        one, never a mix, and a failure leaves the old graph in place. Quads must be in
        ``graph_iri`` or in the default graph (they are moved into ``graph_iri``). ``also``
        holds further update operations (kg's own, never user text) applied in the same
        transaction.

        Example:
            >>> from pyoxigraph import Literal, NamedNode, Triple
            >>> store = EmbeddedStore.in_memory()
            >>> t = Triple(NamedNode("http://ex/s"), NamedNode("http://ex/p"), Literal("o"))
            >>> store.replace_graph("http://ex/g", [t, t]), store.replace_graph("http://ex/g", [])
            (1, 0)
        """
        graph = _named_node(graph_iri)
        body = "\n".join(_triple_line(graph, q) for q in quads)
        request = f"DROP SILENT GRAPH {graph} ;\nINSERT DATA {{ GRAPH {graph} {{\n{body}\n}} }}"
        for operation in also:
            request += " ;\n" + operation
        store = self._writable()
        with self._errors():
            store.update(request)
        return self.graph_size(graph_iri)

    def add_graphs(self, nquads: bytes) -> None:
        """Add N-Quads (of named graphs not in the store yet) in one transaction.

        All of ``nquads`` goes in or, on any error, nothing: the batch writes of
        :mod:`kg.ingest` rely on it.

        Example:
            >>> store = EmbeddedStore.in_memory()
            >>> store.add_graphs(b'<http://ex/s> <http://ex/p> "o" <http://ex/g> .\\n')
            >>> store.graphs()
            ['http://ex/g']
        """
        store = self._writable()
        with self._errors():
            store.load(nquads, format=ox.RdfFormat.N_QUADS)

    def bulk_add(self, nquads: bytes, graphs: Iterable[str], keys: Iterable[str]) -> None:
        """Add N-Quads of new named graphs with Oxigraph's bulk loader, then settle ``keys``.

        ``graphs`` are the named graphs of ``nquads`` (none of them in the store yet) and
        ``keys`` the match keys their facts report (:func:`kg.resolve.report_keys`). The
        bulk loader is several times faster than a transaction but not atomic, so a journal
        naming the graphs and keys is written first and removed when the batch is complete;
        after the load, one transaction gives every report of ``keys`` its shared IRI
        (:func:`kg.resolve.settle`). If the process dies midway, the next open of the store
        takes the batch back: it drops those graphs and settles the keys again, which leaves
        the store as it was before the batch. On an error the batch is taken back at once.

        Example:
            >>> store = EmbeddedStore.in_memory()
            >>> store.bulk_add(b'<http://ex/s> <http://ex/p> "o" <http://ex/g> .\\n',
            ...                ["http://ex/g"], [])
            >>> store.graphs()
            ['http://ex/g']
        """
        from kg.resolve import settle

        store = self._writable()
        entry = {"graphs": sorted(set(graphs)), "keys": sorted(set(keys))}
        if self.path is not None:
            layout.write_journal(self.path, entry)
        try:
            with self._errors():
                store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
                operations = settle(store, entry["keys"])
                if operations:
                    store.update(" ;\n".join(operations))
        except BaseException:
            with self._errors():
                _take_back(store, self.path, entry)
            raise
        if self.path is not None:
            layout.clear_journal(self.path)

    def remove_graph(self, graph_iri: str) -> None:
        """Remove the named graph ``graph_iri`` (nothing happens if it is absent).

        Example:
            >>> EmbeddedStore.in_memory().remove_graph("http://ex/g")
        """
        graph = _named_node(graph_iri)
        store = self._writable()
        with self._errors():
            if store.contains_named_graph(graph):
                store.remove_graph(graph)

    def has_graph(self, graph_iri: str) -> bool:
        """Return whether the named graph ``graph_iri`` exists.

        Example:
            >>> EmbeddedStore.in_memory().has_graph("http://ex/g")
            False
        """
        with self._errors():
            return self._open().contains_named_graph(_named_node(graph_iri))

    def graphs(self) -> list[str]:
        """Return the IRIs of the named graphs, sorted.

        Example:
            >>> EmbeddedStore.in_memory().graphs()
            []
        """
        with self._errors():
            return sorted(str(g.value) for g in self._open().named_graphs())

    def graph_size(self, graph_iri: str) -> int:
        """Return the number of triples in the named graph ``graph_iri``.

        Example:
            >>> EmbeddedStore.in_memory().graph_size("http://ex/g")
            0
        """
        graph = _named_node(graph_iri)
        with self._errors():
            return sum(1 for _ in self._open().quads_for_pattern(None, None, None, graph))

    def triple_count(self) -> int:
        """Return the number of quads in the named graphs (repeats across graphs count).

        Example:
            >>> EmbeddedStore.in_memory().triple_count()
            0
        """
        store = self._open()
        with self._errors():
            default = store.quads_for_pattern(None, None, None, ox.DefaultGraph())
            return len(store) - sum(1 for _ in default)

    # -- SPARQL ---------------------------------------------------------------------------

    def query(
        self, sparql: str, *, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
        """Run a SPARQL query over the union of the named graphs; return pyoxigraph's result.

        ``substitutions`` binds variables (by name, without ``?``) to terms without touching
        the query text (SEP-0007). Oxigraph only accepts variables of the SELECT projection
        (any in-scope variable for ASK/CONSTRUCT/DESCRIBE and ``SELECT *``); others raise
        :class:`UnprojectedVariableError`.

        Example:
            >>> bool(EmbeddedStore.in_memory().query("ASK { ?s ?p ?o }"))
            False
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        store = self._open()
        with self._errors(sparql):
            return store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)

    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE request as one transaction.

        Example:
            >>> store = EmbeddedStore.in_memory()
            >>> store.update("INSERT DATA { GRAPH <http://ex/g> { <http://ex/s> <http://ex/p> 1 }}")
            >>> store.triple_count()
            1
        """
        store = self._writable()
        with self._errors(sparql):
            store.update(sparql)

    # -- export ---------------------------------------------------------------------------

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write the store to ``out`` as ``fmt``: nq, trig, jsonld (all graphs), ttl or nt.

        The triple formats (ttl, nt) get the union of the named graphs without repeats.

        Example:
            >>> buf = io.BytesIO()
            >>> store = EmbeddedStore.in_memory()
            >>> store.update('INSERT DATA { GRAPH <http://ex/a> { <http://ex/s> <http://ex/p> 1 } '
            ...              'GRAPH <http://ex/b> { <http://ex/s> <http://ex/p> 1 } }')
            >>> store.export(buf, "nt"); buf.getvalue()
            b'<http://ex/s> <http://ex/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\\n'
        """
        if fmt not in EXPORT_FORMATS:
            raise StoreError(
                f"unknown export format '{fmt}': use one of {', '.join(EXPORT_FORMATS)}"
            )
        rdf_format = EXPORT_FORMATS[fmt]
        prefixes = PREFIXES if fmt in {"ttl", "trig"} else None
        store = self._open()
        with self._errors():
            if fmt in _TRIPLE_FORMATS:
                triples = store.query(_UNION_TRIPLES)
                ox.serialize(triples, out, rdf_format, prefixes=prefixes)
            else:
                store.dump(out, rdf_format, prefixes=prefixes)

    def dump_dataset(self) -> rdflib.Dataset:
        """Return the whole store as an rdflib ``Dataset`` (for SHACL validation, conversion).

        Example:
            >>> len(list(EmbeddedStore.in_memory().dump_dataset().quads()))
            0
        """
        import rdflib

        buf = io.BytesIO()
        self.export(buf, "nq")
        dataset = rdflib.Dataset()
        dataset.parse(data=buf.getvalue(), format="nquads")
        return dataset

    # -- internals ------------------------------------------------------------------------

    def _open(self) -> ox.Store:
        if self._store is None:
            if self._closed or self.path is None:
                raise StoreError(f"store {self.path or 'in memory'} is closed")
            self._resume()
        assert self._store is not None
        return self._store

    def _writable(self) -> ox.Store:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")
        return self._open()

    @contextmanager
    def _errors(self, sparql: str | None = None) -> Iterator[None]:
        """Turn pyoxigraph exceptions into kg's one-line errors."""
        where = self.path or "in memory"
        try:
            yield
        except SyntaxError as e:
            raise QueryError(syntax_message(e, sparql or "")) from e
        except OSError as e:
            raise StoreError(f"store {where}: {_first_line(e)}") from e
        except RuntimeError as e:
            unprojected = _UNPROJECTED.search(str(e))
            if unprojected:
                raise UnprojectedVariableError(unprojected.group(1)) from e
            if "read-write" in str(e):
                raise StoreError(f"store {where} is open read-only") from e
            raise QueryError(_first_line(e)) from e


def syntax_message(error: SyntaxError, text: str) -> str:
    """Turn an Oxigraph SPARQL ``SyntaxError`` into ``line L, column C: message``.

    Oxigraph reports ``error at L:C: expected one of ...`` with C counted in bytes and a
    long list of grammar alternatives; this keeps the position (in characters), the
    parser's own explanations if any, and the text found there.

    Example:
        >>> import pyoxigraph
        >>> q = "SELECT * WHERE {\\n  ?s foo:bar ?o }"
        >>> try:
        ...     pyoxigraph.Store().query(q)
        ... except SyntaxError as e:
        ...     syntax_message(e, q)
        "line 2, column 6: unknown prefix 'foo:'"
    """
    raw = str(error)
    m = re.match(r"error at (\d+):(\d+)(?:-\d+:\d+)?: (.*)", raw, re.S)
    if not m:
        return _first_line(error)
    line, col, detail = int(m[1]), int(m[2]), m[3]
    lines = text.split("\n")
    here = ""
    if 0 < line <= len(lines):
        encoded = lines[line - 1].encode()
        col = len(encoded[: col - 1].decode(errors="ignore")) + 1
        here = lines[line - 1][col - 1 : col + 19]
    near = f' (near "{here}")' if here.strip() else " (at the end of the line)"
    explained = _explain(detail)
    if explained == "prefix not found" and 0 < line <= len(lines):
        name = re.search(r"([A-Za-z][\w.-]*)?:[\w.-]*$", lines[line - 1][: col - 1])
        if name:
            return f"line {line}, column {name.start() + 1}: unknown prefix '{name[1] or ''}:'"
    return f"line {line}, column {col}: {explained}{near}"


def _explain(detail: str) -> str:
    """Shorten a peg ``expected one of a, b, [class], ...`` list to something readable."""
    if not detail.startswith("expected"):
        return detail.split("\n")[0]
    rest = re.sub(r"^expected (one of )?", "", detail)
    items = re.findall(r"\"(?:[^\"\\]|\\.)*\"|\[(?:'(?:[^'\\]|\\.)*'|[^\]])*\]|[^,]+", rest)
    items = [i.strip() for i in items if i.strip()]
    notes = [i for i in items if " " in i and not i.startswith(("[", '"'))]
    if notes:
        return "; ".join(n[0].lower() + n[1:] for n in notes)
    tokens = [i for i in items if not i.startswith("[")]
    if not tokens:
        return "unexpected character"
    shown = ", ".join(tokens[:8]) + (", ..." if len(tokens) > 8 else "")
    return f"expected {shown}"


def _named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(iri)
    except ValueError as e:
        raise StoreError(f"invalid graph IRI {iri!r}: {e}") from e


def _triple_line(graph: ox.NamedNode, item: Any) -> str:
    if isinstance(item, ox.Quad) and item.graph_name not in (graph, ox.DefaultGraph()):
        raise StoreError(f"a quad of graph {item.graph_name} was given for graph {graph}")
    return f"{item.subject} {item.predicate} {item.object} ."


def _open_message(path: Path, error: Exception) -> str:
    text = str(error)
    if "lock" in text.lower():
        return (
            f"store {path} is in use by another process (or already open here): "
            "close it, or open it read-only"
        )
    return f"cannot open store {path}: {_first_line(error)}"


def _take_back(store: ox.Store, root: Path | None, entry: dict[str, Any] | None = None) -> None:
    """Undo the batch of the journal in ``root`` (or ``entry``): drop its graphs, settle keys."""
    from kg.resolve import settle

    if entry is None:
        entry = None if root is None else layout.read_journal(root)
        if entry is None:
            return
    graphs = [str(_named_node(g)) for g in entry.get("graphs", []) if isinstance(g, str)]
    if graphs:
        store.update(" ;\n".join(f"DROP SILENT GRAPH {g}" for g in graphs))
    keys = [k for k in entry.get("keys", []) if isinstance(k, str)]
    operations = settle(store, keys)
    if operations:
        store.update(" ;\n".join(operations))
    if root is not None:
        layout.clear_journal(root)


def _take_back_if_free(root: Path) -> None:
    """For a reader: undo a batch a dead writer left, if no writer or reader is about."""
    writer = FileLock(root / layout.WRITER_LOCK, "writer")
    data = FileLock(root / layout.DATA_LOCK, "data")
    try:
        if not writer.try_acquire(exclusive=True) or not data.try_acquire(exclusive=True):
            return  # a live writer takes it back itself
        store = ox.Store(str(layout.database(root)))
        try:
            _take_back(store, root)
            store.flush()
        finally:
            del store
    except (OSError, RuntimeError, ValueError, StoreError):
        return  # cannot write here: read what is there
    finally:
        data.release()
        writer.release()


def _first_line(error: BaseException) -> str:
    return str(error).strip().split("\n")[0]
