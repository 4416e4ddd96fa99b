"""Remote stores that fail: every fault gives one clear line, a resumable state, no secret.

A :class:`~servers.FaultServer` on loopback misbehaves on purpose (nothing listening,
connections reset mid-body, 401/403, 5xx, answers slower than ``--timeout``, truncated
SPARQL results, a server echoing the credentials). Each fault meets ``kg query``,
``kg stats``, ``kg load`` and ``kg ingest`` with a password, a bearer token and a URL with
``user:password@``, and none of the secrets may show in output, exceptions or log records.
In front of the real Oxigraph server, a fault after some requests must leave every graph
whole or absent, name the graphs that did not go in, and a rerun must finish the job.
"""

from __future__ import annotations

import base64
import logging
import re
import sys
import traceback
import urllib.parse
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).parent))

from kg.cli import main
from kg.errors import StoreError
from kg.ingest import ingest
from kg.load import LoadState
from kg.store import EmbeddedStore, open_store
from kg.store.http import Endpoint, HttpClient, SignInRefused, Unreachable
from kg.store.remote import RemoteStore, open_remote
from servers import Action, FaultServer, OxigraphServer, Proxy, refused_url

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "data" / "articles", ROOT / "tests" / "articles"]
USER = "analyst"
PASSWORD = "pa55-Wörd-7f3c"
TOKEN = "tok-9d41be-Zq"
SECRETS = [
    PASSWORD,
    urllib.parse.quote(PASSWORD, safe=""),
    base64.b64encode(f"{USER}:{PASSWORD}".encode()).decode(),
    base64.b64encode(PASSWORD.encode()).decode()[:8],
    TOKEN,
]
CREDENTIALS = ["password", "token", "url"]
GRAPH = "https://w3id.org/kg/id/article/fault-test"

# What each fault must say, after "Error: endpoint URL " (the URL without credentials).
MESSAGES: dict[Action, str] = {
    "refused": r"is not answering: connection refused \(4 tries\)",
    "reset": r"broke off its answer \(connection (reset|closed)\) \(4 tries\)",
    401: r"refused the sign-in \(HTTP 401\): check (the bearer token \(KG_ENDPOINT_TOKEN or "
    r"--token\)|the user \(--user or the URL\) and the password \(KG_ENDPOINT_PASSWORD, "
    r"--password or the URL\))$",
    403: r"refused the sign-in \(HTTP 403: Forbidden: this account may not do that\): check "
    r"(the bearer|the user) .*, and that this account may do this$",
    500: r"failed: HTTP 500: Internal Server Error: the query engine failed \(4 tries\)",
    502: r"is unavailable: HTTP 502: 502 Bad Gateway upstream went away \(4 tries\)",
    503: r"is unavailable: HTTP 503: Service Unavailable: try again later \(4 tries\)",
    "slow": r"did not answer within 1 s \(--timeout\)",
    "trickle": r"did not answer within 1 s \(--timeout\)",
    "truncated-json": (
        r"sent an unreadable answer \(application/sparql-results\+json\): .*end of file.*"
    ),
    "truncated-xml": r"sent an unreadable answer \(application/sparql-results\+xml\): .*",
    "echo": r"failed: HTTP 500: you sent Authorization: (Basic|Bearer) \*\*\* \(4 tries\)",
}


# -- fixtures and helpers ---------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding the bundled articles and tests/articles (10 graphs)."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    with open_store(path) as store:
        summary = ingest([str(p) for p in CORPUS], store)
    assert not summary.failures
    return path


@pytest.fixture(scope="module")
def local_sizes(corpus_store: Path) -> dict[str, int]:
    with open_store(corpus_store, read_only=True) as store:
        sizes = {g: store.graph_size(g) for g in store.graphs()}
    assert len(sizes) >= 8
    return sizes


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def clean_count(
    oxigraph: OxigraphServer, corpus_store: Path, tmp_path_factory: pytest.TempPathFactory
) -> int:
    """The triple count on the Oxigraph server after one clean ``kg load``."""
    clear(oxigraph)
    state = tmp_path_factory.mktemp("clean") / "state.json"
    result = kg("load", "--store", corpus_store, "--endpoint", oxigraph.query_url, "--state", state)
    assert result.exit_code == 0, result.output
    with RemoteStore(oxigraph.endpoint()) as remote:
        count = remote.triple_count()
    clear(oxigraph)
    return count


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """The waits between tries, recorded instead of slept."""
    waits: list[float] = []
    monkeypatch.setattr("kg.store.http.sleep", waits.append)
    return waits


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    """Every log record at DEBUG, httpx's and httpcore's included."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "kg"):
        caplog.set_level(logging.DEBUG, logger=name)
    return caplog


def clear(srv: OxigraphServer) -> None:
    with RemoteStore(srv.endpoint()) as store:
        for graph in store.graphs():
            store.remove_graph(graph)


def kg(*args: object, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def signed(kind: str, query_url: str) -> tuple[str, list[str], dict[str, str]]:
    """The endpoint URL, options and environment that carry credentials of ``kind``."""
    if kind == "token":
        return query_url, [], {"KG_ENDPOINT_TOKEN": TOKEN}
    if kind == "password":
        return query_url, ["--user", USER], {"KG_ENDPOINT_PASSWORD": PASSWORD}
    userinfo = f"{USER}:{urllib.parse.quote(PASSWORD, safe='')}@"
    return query_url.replace("http://", f"http://{userinfo}"), [], {}


def library_options(kind: str, query_url: str) -> dict[str, str]:
    url, args, env = signed(kind, query_url)
    options = {"endpoint": url}
    if args:
        options["user"] = args[1]
    if "KG_ENDPOINT_PASSWORD" in env:
        options["password"] = env["KG_ENDPOINT_PASSWORD"]
    if "KG_ENDPOINT_TOKEN" in env:
        options["token"] = env["KG_ENDPOINT_TOKEN"]
    return options


def fault_server(mode: Action, kind: str, **kwargs: object) -> FaultServer:
    """A fault server that wants the credentials of ``kind``, then misbehaves."""
    if kind == "token":
        return FaultServer(mode, token=TOKEN, **kwargs)  # type: ignore[arg-type]
    return FaultServer(mode, basic=(USER, PASSWORD), **kwargs)  # type: ignore[arg-type]


def chain(error: BaseException) -> str:
    """Everything an exception shows: messages and reprs down its causes and contexts."""
    parts = ["".join(traceback.format_exception(error))]
    seen: set[int] = set()
    todo: list[BaseException | None] = [error]
    while todo:
        e = todo.pop()
        if e is None or id(e) in seen:
            continue
        seen.add(id(e))
        parts += [str(e), repr(e), repr(e.args)]
        request = getattr(e, "_request", None)
        if request is not None:
            parts += [str(request.url), repr(request.headers)]
        todo += [e.__cause__, e.__context__]
    return "\n".join(parts)


def assert_no_secret(*texts: str) -> None:
    for text in texts:
        for secret in SECRETS:
            assert secret not in text, f"{secret!r} shown in {text[:300]!r}"


def assert_log_clean(logs: pytest.LogCaptureFixture) -> None:
    assert logs.records, "nothing was logged: the capture does not work"
    assert_no_secret(logs.text, *(repr((r.msg, r.args)) for r in logs.records))


def after(count: int, action: Action, *on: str) -> Callable[[int, str, str], Action]:
    """A fault: the first ``count`` requests ``on`` some methods or paths go through, then
    each of them gets ``action``; other requests always go through."""
    seen = [0]

    def fault(_n: int, method: str, path: str) -> Action:
        if method not in on and path.split("?")[0] not in on:
            return None
        seen[0] += 1
        return action if seen[0] > count else None

    return fault


# -- every fault, every command, every kind of credentials: one line, no secret -----------


@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("mode", list(MESSAGES))
def test_each_fault_is_one_clear_line_without_secrets(
    mode: Action,
    kind: str,
    corpus_store: Path,
    tmp_path: Path,
    sleeps: list[float],
    logs: pytest.LogCaptureFixture,
) -> None:
    with fault_server(None if mode == "refused" else mode, kind, delay=3) as server:
        query_url = refused_url() if mode == "refused" else server.query_url
        url, options, env = signed(kind, query_url)
        commands = {
            "query": ["query", "-e", "SELECT * { ?s ?p ?o } LIMIT 3"],
            "stats": ["stats"],
            "load": ["load", "--store", corpus_store, "--state", tmp_path / "state.json"],
            "ingest": ["ingest", *CORPUS],
        }
        for name, args in commands.items():
            result = kg(*args, "--endpoint", url, "--timeout", "1", *options, env=env)
            assert result.exit_code == 1, (name, result.output)
            assert "Traceback" not in result.output
            lines = result.stderr.splitlines()
            assert len(lines) == 1, (name, result.stderr)
            assert lines[0].startswith(f"Error: endpoint {query_url} "), (name, lines[0])
            problem = lines[0].removeprefix(f"Error: endpoint {query_url} ")
            if name == "load":
                assert problem.endswith("; nothing was loaded"), problem
                problem = problem.removesuffix("; nothing was loaded")
            problem = re.sub(
                r"; stopped at graph \S+ \(the graphs before it are in: run again\)$", "", problem
            )  # ingest: the article graph it was writing
            assert re.fullmatch(MESSAGES[mode], problem), (name, problem)
            if mode in (401, 403):
                assert ("bearer token" in problem) == (kind == "token"), problem
            assert_no_secret(result.stdout, result.stderr)
    if mode != "refused":
        signature = "Bearer" if kind == "token" else "Basic"
        assert any(a.startswith(signature) for a in server.authorizations)  # they were sent
    assert_log_clean(logs)


# -- the library: exception types, messages and reprs ------------------------------------

KINDS: dict[Action, type[StoreError]] = {
    "refused": Unreachable,
    "reset": Unreachable,
    401: SignInRefused,
    403: SignInRefused,
    500: StoreError,
    502: Unreachable,
    503: Unreachable,
    "slow": Unreachable,
    "trickle": Unreachable,
    "truncated-json": StoreError,
    "truncated-xml": StoreError,
    "echo": StoreError,
}


@pytest.mark.parametrize("kind", CREDENTIALS)
@pytest.mark.parametrize("mode", list(KINDS))
def test_exceptions_and_reprs_show_no_secret(
    mode: Action, kind: str, sleeps: list[float], logs: pytest.LogCaptureFixture
) -> None:
    triple = b"<http://e/s> <http://e/p> 1 .\n"
    with fault_server(None if mode == "refused" else mode, kind, delay=1.5) as server:
        query_url = refused_url() if mode == "refused" else server.query_url
        options = library_options(kind, query_url)
        store = open_remote(options, timeout=0.5)
        assert store is not None
        calls: dict[str, Callable[[], object]] = {
            "count": store.triple_count,
            "query": lambda: list(store.query("SELECT * { ?s ?p ?o }")),  # type: ignore[arg-type]
            "put": lambda: store.put_graphs([(GRAPH, triple)]),
            "replace": lambda: store.replace_graph(GRAPH, [], also=["CLEAR SILENT DEFAULT"]),
            "update": lambda: store.update("INSERT DATA { <http://e/s> <http://e/p> 2 }"),
        }
        if mode in ("truncated-json", "truncated-xml"):  # writes read no results
            calls = {name: calls[name] for name in ("count", "query")}
        shown = [repr(store), str(store), repr(store.endpoint), str(store.endpoint)]
        for name, call in calls.items():
            with pytest.raises(StoreError) as info:
                call()
            error = info.value
            assert isinstance(error, KINDS[mode]), (name, type(error), error)
            assert str(error).startswith("endpoint http://127.0.0.1:"), (name, str(error))
            assert "\n" not in str(error)
            shown.append(chain(error))
        shown.append(repr(store.endpoint))
        store.close()
    assert_no_secret(*shown)
    assert_log_clean(logs)
    from kg.store.http import _SCRUB

    assert not set(SECRETS) & set(_SCRUB._secrets)  # a closed client's secrets are forgotten


# -- retries: what is asked again, and how long kg waits --------------------------------


def test_backoff_doubles_and_timeouts_are_not_retried(sleeps: list[float]) -> None:
    with (
        FaultServer(503) as server,
        HttpClient(Endpoint(server.query_url, retries=3, backoff=0.5)) as client,
        pytest.raises(Unreachable, match=r"is unavailable: HTTP 503.*\(4 tries\)"),
    ):
        client.request("GET", server.query_url)
    assert sleeps == [0.5, 1.0, 2.0]
    assert len(server.requests) == 4

    sleeps.clear()
    with (
        FaultServer("slow", delay=2) as server,
        HttpClient(Endpoint(server.query_url, retries=3, timeout=0.3)) as client,
        pytest.raises(Unreachable, match=r"did not answer within 0.3 s \(--timeout\)$"),
    ):
        client.request("GET", server.query_url)
    assert sleeps == [] and len(server.requests) == 1  # the user chose how long to wait

    with (
        HttpClient(Endpoint(refused_url(), retries=2, backoff=0.25)) as client,
        pytest.raises(Unreachable, match=r"connection refused \(3 tries\)$"),
    ):
        client.request("GET", client.endpoint.query_url)
    assert sleeps == [0.25, 0.5]


@pytest.mark.parametrize("mode", ["reset", 500, 503])
def test_a_user_update_is_sent_once_but_kg_writes_are_retried(
    mode: Action, sleeps: list[float]
) -> None:
    """Nobody can tell whether an update whose answer broke went in; kg's own writes
    (DROP + INSERT DATA, PUT) give the same result when applied twice, so they are retried."""
    with FaultServer(mode) as server:
        urls = {"update_url": f"{server.url}/update", "gsp_url": f"{server.url}/store"}
        with RemoteStore(server.endpoint(retries=2, **urls)) as store:
            with pytest.raises(StoreError):
                store.update("INSERT { ?s <http://e/seen> _:b } WHERE { ?s ?p ?o }")
            assert server.requests == [("POST", "/update", mode)]
            with pytest.raises(StoreError):
                store.put_graphs([(GRAPH, b"<http://e/s> <http://e/p> 1 .\n")])
    assert [method for method, _path, _a in server.requests].count("PUT") == 3


def test_a_server_that_wants_credentials_says_how_to_give_them(sleeps: list[float]) -> None:
    with FaultServer(401) as server:
        result = kg("stats", "--endpoint", server.query_url)
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: endpoint {server.query_url} asks for a sign-in (HTTP 401): give --user NAME "
        "with the password in KG_ENDPOINT_PASSWORD, or a bearer token in KG_ENDPOINT_TOKEN\n"
    )
    with FaultServer(403) as server:
        result = kg("query", "nations", "--endpoint", server.query_url)
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: endpoint {server.query_url} refused the request (HTTP 403: Forbidden: this "
        "account may not do that); if it needs a sign-in: give --user NAME"
    )
    with FaultServer(301) as server:
        result = kg("stats", "--endpoint", server.query_url)
    assert result.stderr == (
        f"Error: endpoint {server.query_url} redirects to https://127.0.0.1:1/query "
        "(HTTP 301): give that URL instead\n"
    )


# -- resumable: in front of the real Oxigraph server, faults after some requests ---------


@pytest.mark.parametrize(
    ("mode", "method"),
    [
        ("reset-after", "gsp"),  # the graph went in, its answer broke off
        ("reset", "gsp"),  # the request never reached the server
        (503, "gsp"),
        ("slow", "gsp"),
        ("down", "gsp"),  # the server crashed: later connections are refused
        (401, "gsp"),  # the sign-in expired
        ("reset-after", "update"),
    ],
)
def test_load_interrupted_leaves_whole_graphs_and_a_rerun_finishes(
    mode: Action,
    method: str,
    oxigraph: OxigraphServer,
    corpus_store: Path,
    local_sizes: dict[str, int],
    clean_count: int,
    tmp_path: Path,
    sleeps: list[float],
) -> None:
    clear(oxigraph)
    state = tmp_path / "state.json"
    verb = "PUT" if method == "gsp" else "POST"
    first = 3 if method == "gsp" else 2  # graphs, or requests after the size query
    fault = after(first if method == "gsp" else first + 1, mode, verb)
    proxy = FaultServer(upstream=oxigraph.url, fault=fault, delay=2)
    args = ["load", "--store", corpus_store, "--state", state, "--method", method]
    timeout = "1" if mode == "slow" else "30"  # only the fault may be slow
    args += ["--endpoint", proxy.query_url, "--timeout", timeout, "--batch-size", "2"]
    with proxy:
        result = kg(*args)
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output

    # Every graph on the server is whole; the ones the state lists as loaded are there.
    with RemoteStore(oxigraph.endpoint()) as remote:
        there = remote.graph_sizes()
    assert there, "nothing went in before the fault"
    assert {g: local_sizes[g] for g in there} == there
    loaded = LoadState(state).graphs(proxy.query_url)
    assert set(loaded) <= set(there)
    assert len(loaded) == (3 if method == "gsp" else 4)

    # The graphs that did not go in are named, one line each, with the reason.
    lines = result.stderr.splitlines()
    failed = {line.split(": ")[1]: line for line in lines if line.startswith("not loaded: ")}
    assert set(failed) == set(local_sizes) - set(loaded)
    assert set(there) | set(failed) == set(local_sizes)
    for line in failed.values():
        assert f"endpoint {proxy.url}/" in line, line
    assert lines[-1].endswith(
        f"; {len(failed)} not loaded (run the same command again to send them)"
    )

    # The same command again, the server answering, sends the rest and nothing twice.
    with FaultServer(upstream=oxigraph.url, port=int(proxy.url.rsplit(":", 1)[1])) as again:
        rerun = kg(*args)
    assert rerun.exit_code == 0, rerun.output
    assert rerun.stderr.startswith(f"loaded {len(failed)} graphs ("), rerun.stderr
    assert rerun.stderr.endswith(f"; {len(loaded)} unchanged\n"), rerun.stderr
    if method == "gsp":
        put = [urllib.parse.unquote(p.partition("graph=")[2]) for m, p, _a in again.requests]
        assert sorted(g for g in put if g) == sorted(failed)
    with RemoteStore(oxigraph.endpoint()) as remote:
        assert remote.graph_sizes() == local_sizes
        assert remote.triple_count() == clean_count


def test_ingest_interrupted_leaves_whole_graphs_and_a_rerun_finishes(
    oxigraph: OxigraphServer,
    local_sizes: dict[str, int],
    clean_count: int,
    sleeps: list[float],
) -> None:
    clear(oxigraph)
    with Proxy(oxigraph.url, fault=after(4, "reset-after", "PUT", "/update")) as proxy:
        result = kg("ingest", *CORPUS, "--endpoint", proxy.query_url)
    assert result.exit_code == 1, result.output
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert re.fullmatch(
        rf"Error: endpoint {proxy.url}/(store|update) (broke off its answer|cut the connection "
        r"before answering) \(connection (reset|closed)\) \(4 tries\); stopped at graph (\S+) "
        r"\(the graphs before it are in: run again\)",
        lines[0],
    ), lines[0]
    stopped = lines[0].split("stopped at graph ")[1].split()[0]

    # What is on the server is exactly what ingesting the same first articles gives.
    with RemoteStore(oxigraph.endpoint()) as remote:
        there = remote.graph_sizes()
    assert stopped in there  # its request went in: the answer was what broke
    reference = FirstArticles(len(there))
    with pytest.raises(FirstArticles.Enough):
        ingest([str(p) for p in CORPUS], reference)
    store = reference.store
    assert {g: store.graph_size(g) for g in store.graphs()} == there

    rerun = kg("ingest", *CORPUS, "--endpoint", oxigraph.query_url)
    assert rerun.exit_code == 0, rerun.output
    with RemoteStore(oxigraph.endpoint()) as remote:
        assert remote.graph_sizes() == local_sizes
        assert remote.triple_count() == clean_count


class FirstArticles:
    """An embedded store, seen as a remote one is (graph by graph), that takes ``count``
    articles and refuses the next: what a store holds after the first ``count``."""

    class Enough(Exception):
        pass

    def __init__(self, count: int) -> None:
        self.store = EmbeddedStore.in_memory()
        self.left = count

    def query(self, sparql: str, **kwargs: object) -> object:
        return self.store.query(sparql, **kwargs)  # type: ignore[arg-type]

    def has_graph(self, graph: str) -> bool:
        return self.store.has_graph(graph)

    def graphs(self) -> list[str]:
        return self.store.graphs()

    def replace_graph(self, graph: str, quads: object, also: object = ()) -> int:
        if self.left == 0:
            raise self.Enough
        self.left -= 1
        return self.store.replace_graph(graph, quads, also=also)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("url", "problem"),
    [
        ("http://{userinfo}127.0.0.1:notaport/query", "is not a valid URL: Port could not"),
        ("http://{userinfo}[::1/query", "is not a valid URL: Invalid IPv6 URL"),
        ("http://{userinfo}127.0.0.1:99999/query", "is not a valid URL: Port out of range"),
        ("ftp://{userinfo}127.0.0.1/query", "is not an http(s) URL"),
        ("http://{userinfo}nowhere.invalid/query", "is not answering: "),
    ],
)
def test_a_bad_endpoint_url_is_one_line_without_secrets(
    url: str, problem: str, sleeps: list[float]
) -> None:
    signed_url = url.format(userinfo=f"{USER}:{urllib.parse.quote(PASSWORD, safe='')}@")
    shown = url.format(userinfo="").split("/query")[0]
    result = kg("stats", "--endpoint", signed_url)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"Error: endpoint {shown}/query {problem}"), result.stderr
    assert len(result.stderr.splitlines()) == 1
    assert_no_secret(result.output)
