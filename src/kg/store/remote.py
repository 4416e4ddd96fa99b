"""A remote SPARQL 1.1 server as a kg store: the same calls as the embedded store.

Reads go through the SPARQL 1.1 Protocol, writes through the Graph Store HTTP Protocol
(``PUT`` one named graph per article, so a reload replaces it) or, for servers without
it, SPARQL 1.1 Update (``DROP SILENT GRAPH`` + ``INSERT DATA``).

**The dataset.** kg's store is the set of its article graphs (IRIs starting with
``https://w3id.org/kg/id/article/``); other graphs on a shared server are not kg's and are
left alone. Queries see the union of the article graphs as their default graph, as in the
embedded store: unless the query names its own dataset, kg adds a ``FROM`` and a
``FROM NAMED`` clause per article graph (:func:`~kg.store.rewrite.with_dataset`). That is
standard SPARQL, needs no server setting (Oxigraph's ``--union-default-graph``, Fuseki's
``unionDefaultGraph``) and keeps other graphs out (Virtuoso's default graph is *all*
graphs, its system graphs included). The protocol's ``default-graph-uri`` parameters would
say the same, but Virtuoso echoes them in response headers, which outgrow what an HTTP
client accepts beyond a few hundred graphs. Like Oxigraph's union, the default graph is
the bag of the graphs' triples.

**Parameters** (``substitutions``) are bound by a ``VALUES`` block opening the query's
WHERE clause (:func:`~kg.store.rewrite.prebind`), for any variable. (Oxigraph substitutes
only variables of the SELECT projection, and kg binds the others by a trailing ``VALUES``:
Virtuoso refuses that for a variable it does not project, so the remote store never asks.)

Example:
    >>> store = RemoteStore(Endpoint("http://127.0.0.1:7878/query"))
    >>> store.path, store.read_only
    ('http://127.0.0.1:7878/query', False)
"""

from __future__ import annotations

import io
import logging
import urllib.parse
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO

import httpx
import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.store.embedded import EXPORT_FORMATS, PREFIXES, EmbeddedStore
from kg.store.http import Endpoint, HttpClient, SignInRefused, Unreachable
from kg.store.rewrite import has_dataset, prebind, with_dataset

if TYPE_CHECKING:
    import rdflib

log = logging.getLogger(__name__)

ARTICLE_GRAPHS = "https://w3id.org/kg/id/article/"
METHODS = ("auto", "gsp", "update")
_ACCEPT = (
    "application/sparql-results+json, application/n-triples;q=0.9, text/turtle;q=0.8, "
    "application/sparql-results+xml;q=0.5, */*;q=0.1"
)
_FORM = "application/x-www-form-urlencoded"
_NO_GSP = (404, 405, 415, 501)
_PAGE = 5000  # rows per request: below Virtuoso's default ResultSetMaxRows (10000)


def server_layout(server: str, query_url: str, *, signed_in: bool) -> tuple[str, str]:
    """Return the (update URL, Graph Store URL) a server of this kind has beside ``query_url``.

    ``server`` is the HTTP ``Server`` header. Oxigraph: ``/query``, ``/update``, ``/store``;
    Fuseki: ``/ds/query``, ``/ds/update``, ``/ds/data``; Virtuoso: ``/sparql`` and
    ``/sparql-graph-crud``, or with credentials ``/sparql-auth`` and
    ``/sparql-graph-crud-auth`` (digest). Anything else: ``query_url`` for both.

    Example:
        >>> server_layout("Oxigraph/0.5.13", "http://h:7878/query", signed_in=False)
        ('http://h:7878/update', 'http://h:7878/store')
        >>> server_layout("Virtuoso/07.20.3229", "http://h/sparql", signed_in=True)
        ('http://h/sparql-auth', 'http://h/sparql-graph-crud-auth')
    """
    base = query_url.split("?")[0].rstrip("/")
    root, _, last = base.rpartition("/")
    name = server.lower()
    if "oxigraph" in name and last == "query":
        return f"{root}/update", f"{root}/store"
    if "fuseki" in name and last in ("query", "sparql"):
        return f"{root}/update", f"{root}/data"
    if "virtuoso" in name and last == "sparql":
        if signed_in:
            return f"{root}/sparql-auth", f"{root}/sparql-graph-crud-auth"
        return query_url, f"{root}/sparql-graph-crud"
    return query_url, query_url


class RemoteStore:
    """A SPARQL 1.1 server holding kg's article graphs, behind the embedded store's calls.

    ``method`` picks how graphs are written: ``gsp`` (Graph Store Protocol ``PUT``),
    ``update`` (SPARQL 1.1 Update) or ``auto`` (``gsp``, falling back to ``update`` when
    the server has no Graph Store endpoint).

    Example:
        >>> with RemoteStore(Endpoint("http://127.0.0.1:7878/query"), read_only=True) as s:
        ...     s
        RemoteStore('http://127.0.0.1:7878/query', read_only=True)
    """

    def __init__(
        self,
        endpoint: Endpoint,
        *,
        read_only: bool = False,
        method: str = "auto",
        graph_prefix: str = ARTICLE_GRAPHS,
    ) -> None:
        if method not in METHODS:
            raise StoreError(f"unknown load method '{method}': use one of {', '.join(METHODS)}")
        self.endpoint = endpoint
        self.path = endpoint.query_url
        self.read_only = read_only
        self.method = method
        self.graph_prefix = graph_prefix
        self._http: HttpClient | None = None
        self._sizes: dict[str, int] | None = None
        self._server: str | None = None

    def __enter__(self) -> RemoteStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"RemoteStore({self.path!r}, read_only={self.read_only})"

    def close(self) -> None:
        """Close the connections (the store can be used again: it reconnects).

        Example:
            >>> RemoteStore(Endpoint("http://127.0.0.1:7878/query")).close()
        """
        http, self._http = self._http, None
        if http is not None:
            http.close()

    @property
    def update_url(self) -> str:
        """The SPARQL Update URL: given, or the one the server's layout has."""
        return self.endpoint.update_url or self._layout()[0]

    @property
    def gsp_url(self) -> str:
        """The Graph Store Protocol URL: given, or the one the server's layout has."""
        return self.endpoint.gsp_url or self._layout()[1]

    # -- graphs ---------------------------------------------------------------------------

    def graph_sizes(self) -> dict[str, int]:
        """Return ``{graph IRI: triples}`` for kg's graphs on the server, sorted by IRI.

        One aggregate query, read in pages of 5000 rows (Virtuoso cuts larger results).
        """
        if self._sizes is None:
            prefix = _literal(self.graph_prefix)
            sparql = (
                "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } "
                f"FILTER(STRSTARTS(STR(?g), {prefix})) }} GROUP BY ?g ORDER BY ?g"
            )
            sizes: dict[str, int] = {}
            offset = 0
            while True:
                page = f"{sparql} LIMIT {_PAGE} OFFSET {offset}"
                rows = list(self._select(page))
                sizes.update((row["g"].value, int(row["n"].value)) for row in rows)
                if len(rows) < _PAGE:
                    break
                offset += _PAGE
            self._sizes = sizes
        return dict(self._sizes)

    def graphs(self) -> list[str]:
        """Return the IRIs of kg's named graphs on the server, sorted."""
        return sorted(self.graph_sizes())

    def graph_size(self, graph_iri: str) -> int:
        """Return the number of triples in the named graph ``graph_iri`` (0 when absent)."""
        return self.graph_sizes().get(graph_iri, 0)

    def has_graph(self, graph_iri: str) -> bool:
        """Return whether the server holds the named graph ``graph_iri``."""
        return graph_iri in self.graph_sizes()

    def triple_count(self) -> int:
        """Return the number of quads in kg's named graphs (repeats across graphs count)."""
        return sum(self.graph_sizes().values())

    def replace_graph(
        self, graph_iri: str, quads: Iterable[ox.Quad | ox.Triple], also: Iterable[str] = ()
    ) -> int:
        """Replace the named graph ``graph_iri`` by ``quads`` on the server; return its size.

        An empty graph is removed (the embedded store keeps no empty graphs either).
        ``also`` holds further update operations (kg's own) to apply with it: then the
        graph goes by SPARQL Update, all in one request, else by :meth:`put_graphs`. Either
        way one request carries it, so a failure leaves it whole or absent, and the error
        names the graph.
        """
        lines = sorted({_triple_line(graph_iri, q) for q in quads})
        also = list(also)
        self._writable()
        try:
            if also:
                graph = f"<{_iri(graph_iri)}>"
                first = f"DROP SILENT GRAPH {graph}"
                if lines:
                    first += f" ;\nINSERT DATA {{ GRAPH {graph} {{\n{''.join(lines)}}} }}"
                self._send_update(" ;\n".join([first, *also]))
            elif not lines:
                self.remove_graph(graph_iri)
            else:
                self.put_graphs([(graph_iri, "".join(lines).encode())])
        except SignInRefused:
            raise
        except StoreError as e:  # the graph is whole or absent: a rerun puts it right
            where = f"; stopped at graph {graph_iri} (the graphs before it are in: run again)"
            raise type(e)(f"{e}{where}") from None
        return len(lines)

    def put_graphs(self, graphs: list[tuple[str, bytes]]) -> str:
        """Write named graphs given as N-Triples; return the method used (gsp or update).

        ``gsp``: one ``PUT`` per graph. ``update``: one request for them all,
        ``DROP SILENT GRAPH`` + ``INSERT DATA`` per graph (atomic where the server runs a
        request as one transaction, as Oxigraph does).
        """
        self._writable()
        if self.method in ("auto", "gsp"):
            for i, (graph, body) in enumerate(graphs):
                response = self._http_client().request(
                    "PUT",
                    self.gsp_url,
                    params=[("graph", _iri(graph))],
                    content=body,
                    headers={"Content-Type": "text/turtle; charset=utf-8"},
                )
                if response.status_code in _NO_GSP and self.method == "auto":
                    log.info("no Graph Store Protocol at %s: using SPARQL Update", self.gsp_url)
                    self.method = "update"
                    return self.put_graphs(graphs[i:])
                self._check(response)
                self._forget()
            if self.method == "auto":
                self.method = "gsp"
            return "gsp"
        request = " ;\n".join(
            f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body.decode()}}} }}"
            for g, body in ((f"<{_iri(g)}>", body) for g, body in graphs)
        )
        self._send_update(request)
        return "update"

    def remove_graph(self, graph_iri: str) -> None:
        """Remove the named graph ``graph_iri`` (nothing happens if it is absent)."""
        self._writable()
        self._send_update(f"DROP SILENT GRAPH <{_iri(graph_iri)}>")

    # -- SPARQL ---------------------------------------------------------------------------

    def query(
        self, sparql: str, *, substitutions: dict[str, Any] | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | Iterator[ox.Triple]:
        """Run a SPARQL query over the union of kg's graphs; return results as pyoxigraph's.

        SELECT and ASK give ``QuerySolutions``/``QueryBoolean``, CONSTRUCT and DESCRIBE an
        iterator of triples.
        """
        text = sparql
        if substitutions:
            sparql = prebind(sparql, substitutions)
        if not has_dataset(sparql):
            sparql = with_dataset(sparql, self.graphs() or [self.graph_prefix])  # none: empty
        try:
            response = self._post_query(sparql)
        except QueryError:
            _syntax_check(text, EmbeddedStore.in_memory().query)
            raise
        return self._results(response)

    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE request on the server.

        It is not sent twice: after a broken connection or a 5xx answer nobody can tell
        whether it was applied, and an update may add something each time it runs.
        """
        self._writable()
        try:
            self._send_update(sparql, idempotent=False)
        except QueryError:
            _syntax_check(sparql, EmbeddedStore.in_memory().update)
            raise

    # -- export ---------------------------------------------------------------------------

    def export(self, out: BinaryIO, fmt: str) -> None:
        """Write kg's graphs to ``out`` as ``fmt``: nq, trig, jsonld (all graphs), ttl or nt.

        The quads come sorted (graph, subject, predicate, object) in pages of whole graphs;
        the triple formats get the union of the graphs without repeats.
        """
        if fmt not in EXPORT_FORMATS:
            raise StoreError(
                f"unknown export format '{fmt}': use one of {', '.join(EXPORT_FORMATS)}"
            )
        prefixes = PREFIXES if fmt in {"ttl", "trig"} else None
        items: Iterable[ox.Quad | ox.Triple] = self.quads()
        if fmt in {"ttl", "nt"}:
            items = _distinct_triples(items)
        ox.serialize(items, out, EXPORT_FORMATS[fmt], prefixes=prefixes)

    def quads(self) -> Iterator[ox.Quad]:
        """Yield every quad of kg's graphs, sorted, fetched a few thousand at a time."""
        batch: list[str] = []
        expected = 0
        for graph, size in self.graph_sizes().items():
            if batch and expected + size > _PAGE:
                yield from self._graph_quads(batch, expected)
                batch, expected = [], 0
            batch.append(graph)
            expected += size
        if batch:
            yield from self._graph_quads(batch, expected)

    def dump_dataset(self) -> rdflib.Dataset:
        """Return kg's graphs as an rdflib ``Dataset`` (for SHACL validation, conversion)."""
        import rdflib

        buf = io.BytesIO()
        self.export(buf, "nq")
        dataset = rdflib.Dataset()
        dataset.parse(data=buf.getvalue(), format="nquads")
        return dataset

    # -- internals ------------------------------------------------------------------------

    def _graph_quads(self, graphs: list[str], expected: int) -> Iterator[ox.Quad]:
        sparql = "SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } }"
        rows = list(self._select(with_dataset(sparql, graphs)))
        if len(rows) != expected:
            raise StoreError(
                f"{self.path}: the server returned {len(rows)} of {expected} triples "
                "(does it cut results short, like Virtuoso's ResultSetMaxRows?)"
            )
        quads = [ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]
        quads.sort(
            key=lambda q: (q.graph_name.value, str(q.subject), str(q.predicate), str(q.object))
        )
        yield from quads

    def _select(self, sparql: str) -> ox.QuerySolutions:
        result = self._results(self._post_query(sparql), default=ox.QueryResultsFormat.JSON)
        if not isinstance(result, ox.QuerySolutions):
            raise StoreError(f"endpoint {self.path} answered a SELECT query with no rows")
        return result

    def _results(
        self, response: httpx.Response, default: ox.QueryResultsFormat | None = None
    ) -> ox.QuerySolutions | ox.QueryBoolean | Iterator[ox.Triple]:
        """The answer as pyoxigraph results, read in full (a cut-off answer is an error)."""
        media = response.headers.get("content-type", "").split(";")[0].strip().lower()
        results = ox.QueryResultsFormat.from_media_type(media) if media else None
        rdf = ox.RdfFormat.from_media_type(media) if media and results is None else None
        if results is None and rdf is None:
            if default is None or media in ("text/html", "text/plain"):
                raise StoreError(
                    f"endpoint {self.path} answered with '{media or 'no type'}' instead of "
                    "SPARQL results"
                )
            results = default
        problem = None
        try:
            if results is not None:
                parsed = ox.parse_query_results(response.content, results)
                if isinstance(parsed, ox.QuerySolutions):
                    for _row in parsed:  # rows are parsed lazily: find a broken end now
                        pass
                    parsed = ox.parse_query_results(response.content, results)
                return parsed
            quads = list(ox.parse(response.content, rdf))
        except (SyntaxError, ValueError) as e:
            problem = self.endpoint.redact(str(e).strip().split("\n")[0][:200])
            parsed = _row = None  # free pyoxigraph results on this thread, not in a later GC
        if problem is not None:  # raised here, not above: no frame keeps the results alive
            raise StoreError(
                f"endpoint {self.path} sent an unreadable answer ({media or 'no type'}): {problem}"
            )
        return iter([ox.Triple(q.subject, q.predicate, q.object) for q in quads])

    def _post_query(self, sparql: str) -> httpx.Response:
        body = urllib.parse.urlencode([("query", sparql)]).encode()
        response = self._http_client().request(
            "POST",
            self.endpoint.query_url,
            content=body,
            headers={"Content-Type": _FORM, "Accept": _ACCEPT},
        )
        self._note_server(response)
        if response.status_code == 400:
            raise QueryError(self.endpoint.redact(_server_message(response)))
        self._check(response)
        cap = response.headers.get("x-sparql-maxrows")
        if cap:  # Virtuoso: the answer reached ResultSetMaxRows and may be cut short
            raise StoreError(
                f"{self.path}: the server returns at most {cap} rows and this answer has "
                f"{cap}, so it may be cut short: add a LIMIT below {cap}, or raise "
                "ResultSetMaxRows in virtuoso.ini"
            )
        return response

    def _send_update(self, sparql: str, *, idempotent: bool = True) -> None:
        response = self._http_client().request(
            "POST",
            self.update_url,
            content=sparql.encode(),
            headers={"Content-Type": "application/sparql-update; charset=utf-8"},
            idempotent=idempotent,
        )
        self._forget()
        if response.status_code == 400:
            raise QueryError(self.endpoint.redact(_server_message(response)))
        self._check(response)

    def _check(self, response: httpx.Response) -> None:
        if response.status_code in (401, 403):
            raise SignInRefused(self._http_client().describe(response))
        if response.status_code >= 300:
            raise StoreError(self._http_client().describe(response))

    def _layout(self) -> tuple[str, str]:
        if self._server is None:
            self._post_query("ASK {}")
        signed_in = bool(self.endpoint.user or self.endpoint.token)
        return server_layout(self._server or "", self.endpoint.query_url, signed_in=signed_in)

    def _note_server(self, response: httpx.Response) -> None:
        if self._server is None:
            self._server = response.headers.get("server", "")

    def _forget(self) -> None:
        self._sizes = None

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError(f"store {self.path} is open read-only")

    def _http_client(self) -> HttpClient:
        if self._http is None:
            self._http = HttpClient(self.endpoint)
        return self._http


def _syntax_check(sparql: str, run: Any) -> None:
    """Raise the embedded store's message if Oxigraph cannot parse ``sparql`` either.

    The server saw the rewritten text (dataset clauses, bound parameters), so its line and
    column numbers are off; Oxigraph's, on the user's text, are the embedded store's own.
    """
    try:
        result = run(sparql)
    except QueryError as e:
        if str(e).startswith("line "):
            raise
    else:
        del result  # parsed (and ran on an empty store): the server's message stands


def _distinct_triples(quads: Iterable[ox.Quad | ox.Triple]) -> Iterator[ox.Triple]:
    seen: set[ox.Triple] = set()
    for q in quads:
        triple = ox.Triple(q.subject, q.predicate, q.object)
        if triple not in seen:
            seen.add(triple)
            yield triple


def _triple_line(graph_iri: str, item: ox.Quad | ox.Triple) -> str:
    if isinstance(item, ox.Quad) and item.graph_name not in (
        ox.NamedNode(graph_iri),
        ox.DefaultGraph(),
    ):
        raise StoreError(f"a quad of graph {item.graph_name} was given for graph <{graph_iri}>")
    return f"{item.subject} {item.predicate} {item.object} .\n"


def _iri(iri: str) -> str:
    try:
        return ox.NamedNode(iri).value
    except ValueError as e:
        raise StoreError(f"invalid graph IRI {iri!r}: {e}") from e


def _literal(text: str) -> str:
    return str(ox.Literal(text))


def _server_message(response: httpx.Response) -> str:
    text = response.text.strip()
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:300] or f"HTTP {response.status_code}"


__all__ = [
    "ARTICLE_GRAPHS",
    "METHODS",
    "Endpoint",
    "RemoteStore",
    "SignInRefused",
    "Unreachable",
    "open_remote",
    "prebind",
    "server_layout",
]


def open_remote(
    options: dict[str, Any], *, read_only: bool = False, method: str = "auto", **overrides: Any
) -> RemoteStore | None:
    """Open the server named by command-line options; ``None`` when none is named.

    ``options`` may hold ``endpoint`` (or ``query_url``), ``update_url``, ``gsp_url``,
    ``user``, ``password``, ``token``, ``timeout`` and ``retries``; ``overrides`` set
    :class:`Endpoint` fields (``retries``, ``backoff``, ``timeout``) and win over options.

    Example:
        >>> open_remote({}) is None
        True
        >>> open_remote({"endpoint": "http://h/sparql", "update_url": "http://h/up"}).update_url
        'http://h/up'
        >>> open_remote({"endpoint": "http://h/q", "retries": 5}, retries=0).endpoint.retries
        0
    """
    query_url = options.get("query_url") or options.get("endpoint")
    if not query_url:
        return None
    settings = {k: options[k] for k in ("timeout", "retries") if options.get(k) is not None}
    settings.update(overrides)
    endpoint = Endpoint(
        query_url,
        update_url=options.get("update_url"),
        gsp_url=options.get("gsp_url"),
        user=options.get("user"),
        password=options.get("password"),
        token=options.get("token"),
        **settings,
    )
    return RemoteStore(endpoint, read_only=read_only, method=method)
