"""kg against real SPARQL servers: the Oxigraph server and Virtuoso 7, started on loopback.

Each server gets the bundled articles and the test articles (loaded from an embedded store
that holds them); every competency query must answer on the server as on the embedded
store. Rows are compared as sorted lists of lexical values, with every ``|``-joined cell
sorted too (GROUP_CONCAT order is the engine's business; the queries sort, but a server
may not honour an ORDER BY in a subquery).
"""

from __future__ import annotations

import io
import logging
import re
import shutil
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

sys.path.insert(0, str(Path(__file__).parent))

from kg.cli import main
from kg.errors import QueryError, StoreError
from kg.ingest import ingest
from kg.load import LoadState, load_store
from kg.query import competency_queries, load_query, run_query
from kg.serve import free_port, serve_store
from kg.store import EmbeddedStore, open_store
from kg.store.http import Endpoint, strip_userinfo
from kg.store.remote import RemoteStore, open_remote, server_layout
from kg.store.rewrite import has_dataset, prebind, with_dataset
from servers import VIRTUOSO, OxigraphServer, Proxy, VirtuosoServer

ROOT = Path(__file__).resolve().parent.parent
CORPUS = [ROOT / "data" / "articles", ROOT / "tests" / "articles"]
SECRET = "pa55-Wörd-7f3c"
TOKEN = "tok-9d41be"
AGREEMENT = "https://w3id.org/kg/def#Agreement"
FORMATS = {
    "trig": ox.RdfFormat.TRIG,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ttl": ox.RdfFormat.TURTLE,
    "jsonld": ox.RdfFormat.JSON_LD,
}


# -- fixtures ---------------------------------------------------------------------------


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An embedded store holding the bundled articles and tests/articles."""
    path = tmp_path_factory.mktemp("corpus") / "store"
    with open_store(path) as store:
        summary = ingest([str(p) for p in CORPUS], store)
    assert not summary.failures
    assert summary.articles >= 5
    return path


@pytest.fixture(scope="module")
def expected(corpus_store: Path) -> dict[str, list[tuple[str, ...]]]:
    with open_store(corpus_store, read_only=True) as store:
        return answers(store)


@pytest.fixture(scope="module")
def oxigraph(tmp_path_factory: pytest.TempPathFactory) -> Iterator[OxigraphServer]:
    server = OxigraphServer(tmp_path_factory.mktemp("oxigraph") / "data")
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[VirtuosoServer]:
    if VIRTUOSO is None:
        pytest.skip("virtuoso-t is not installed (.ci/run installs virtuoso-opensource)")
    server = VirtuosoServer(tmp_path_factory.mktemp("virtuoso"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(params=["oxigraph", "virtuoso"])
def server(request: pytest.FixtureRequest) -> Iterator[OxigraphServer | VirtuosoServer]:
    """Each server in turn, started, holding none of kg's graphs."""
    srv = request.getfixturevalue(request.param)
    clear(srv)
    yield srv
    if (srv.process if isinstance(srv, VirtuosoServer) else srv._server) is None:
        srv.start()  # a test killed it


def clear(srv: OxigraphServer | VirtuosoServer) -> None:
    with RemoteStore(srv.endpoint()) as store:
        for graph in store.graphs():
            store.remove_graph(graph)
        assert store.graphs() == []


def answers(store: object) -> dict[str, list[tuple[str, ...]]]:
    """Every competency query's rows, normalised; evidence for the first agreement."""
    out = {}
    for name in competency_queries():
        params = {}
        if name == "evidence":
            first = run_query(store, f"SELECT ?a {{ ?a a <{AGREEMENT}> }} ORDER BY ?a LIMIT 1")
            params = {"fact": first.rows[0][0]}
        result = run_query(store, load_query(name), params)
        out[name] = sorted(tuple(cell(t) for t in row) for row in result.rows)
    return out


def cell(term: object) -> str:
    if term is None:
        return ""
    value = term.value if isinstance(term, ox.Literal | ox.NamedNode) else str(term)
    return "|".join(sorted(value.split("|"))) if "|" in value else value


def sizes(path: Path) -> dict[str, int]:
    with open_store(path, read_only=True) as store:
        return {g: store.graph_size(g) for g in store.graphs()}


def kg(*args: object, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def load(corpus: Path, srv: object, **kwargs: object) -> object:
    endpoint = srv.endpoint(**kwargs.pop("endpoint", {}))  # type: ignore[attr-defined]
    with open_store(corpus, read_only=True) as source, RemoteStore(endpoint) as target:
        return load_store(source, target, **kwargs)  # type: ignore[arg-type]


# -- no server needed -------------------------------------------------------------------


def test_endpoint_takes_credentials_out_of_the_url() -> None:
    ep = Endpoint(f"http://analyst:{SECRET}@127.0.0.1:7878/query")
    assert ep.query_url == "http://127.0.0.1:7878/query"
    assert (ep.user, ep.password) == ("analyst", SECRET)
    assert SECRET not in repr(ep) and SECRET not in repr(RemoteStore(ep))
    assert strip_userinfo("http://a:b@h/x") == "http://h/x"
    with pytest.raises(StoreError, match="not both"):
        Endpoint("http://h/q", user="u", token=TOKEN)
    with pytest.raises(StoreError, match="not an http"):
        Endpoint("ftp://h/q")


def test_server_layouts() -> None:
    assert server_layout("Oxigraph/0.5", "http://h/query", signed_in=False) == (
        "http://h/update",
        "http://h/store",
    )
    assert server_layout("Apache Jena Fuseki (5.1.0)", "http://h/ds/query", signed_in=False) == (
        "http://h/ds/update",
        "http://h/ds/data",
    )
    assert server_layout("Virtuoso/07.20", "http://h/sparql", signed_in=False) == (
        "http://h/sparql",
        "http://h/sparql-graph-crud",
    )
    assert server_layout("GraphDB", "http://h/repositories/kg", signed_in=True) == (
        "http://h/repositories/kg",
        "http://h/repositories/kg",
    )


def test_prebind_opens_the_where_clause() -> None:
    kor = ox.Literal("KOR")
    assert prebind("SELECT ?x { }", {"x": kor}) == 'SELECT ?x { VALUES (?x) { ("KOR") } }'
    construct = "CONSTRUCT { ?x ?p ?o } WHERE { ?x ?p ?o }"
    bound = prebind(construct, {"x": ox.NamedNode("http://e/x")})
    assert bound == "CONSTRUCT { ?x ?p ?o } WHERE { VALUES (?x) { (<http://e/x>) } ?x ?p ?o }"
    projected = 'SELECT (CONCAT("{", ?x) AS ?y) ?x WHERE { ?x ?p ?o }'
    assert "WHERE { VALUES" in prebind(projected, {"x": kor})
    unprojected = prebind("SELECT ?a { ?fact ?p ?a }", {"fact": kor})
    assert unprojected == 'SELECT ?a { VALUES (?fact) { ("KOR") } ?fact ?p ?a }'


def test_with_dataset_names_the_graphs_before_the_where_clause() -> None:
    g = ["http://e/g1", "http://e/g2"]
    clauses = (
        "FROM <http://e/g1> FROM <http://e/g2> FROM NAMED <http://e/g1> FROM NAMED <http://e/g2>"
    )
    assert with_dataset("ASK { ?s ?p ?o }", g) == f"ASK {clauses} {{ ?s ?p ?o }}"
    construct = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
    assert with_dataset(construct, g) == f"CONSTRUCT {{ ?s ?p ?o }} {clauses} WHERE {{ ?s ?p ?o }}"
    text = 'PREFIX e: <http://e/{x}> SELECT (EXISTS { ?a ?b "{" } AS ?e) WHERE { ?a ?b ?c }'
    assert with_dataset(text, g).endswith(f"AS ?e) {clauses} WHERE {{ ?a ?b ?c }}")
    assert not has_dataset('SELECT ?from { ?from ?p "FROM" } # FROM')
    assert has_dataset("SELECT * FROM NAMED <http://e/g> { GRAPH ?g { ?s ?p ?o } }")


def test_open_remote_needs_an_endpoint() -> None:
    assert open_remote({"store_path": "x"}) is None
    store = open_remote({"query_url": "http://h/q", "gsp_url": "http://h/g", "timeout": 5})
    assert store is not None and store.gsp_url == "http://h/g"
    assert store.endpoint.timeout == 5


def test_an_unreachable_server_is_one_line(corpus_store: Path) -> None:
    port = free_port()
    result = kg("stats", "--endpoint", f"http://127.0.0.1:{port}/query", "--timeout", "2")
    assert result.exit_code == 1
    assert result.stderr.startswith(
        f"Error: endpoint http://127.0.0.1:{port}/query is not answering: connection refused"
    )
    assert "Traceback" not in result.output
    result = kg(
        "load",
        "--store",
        corpus_store,
        "--endpoint",
        f"http://127.0.0.1:{port}/query",
        "--retries",
        "0",
        "--state",
        corpus_store.parent / "nowhere.json",
    )
    assert result.exit_code == 1
    assert result.stderr == (
        f"Error: endpoint http://127.0.0.1:{port}/query is not answering: connection refused; "
        "nothing was loaded\n"
    )
    assert not (corpus_store.parent / "nowhere.json").exists()


# -- every server: load, answer, reload, crash ------------------------------------------


def test_load_then_every_competency_query_answers_the_same(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, expected: dict, tmp_path: Path
) -> None:
    report = load(corpus_store, server, state_path=tmp_path / "state.json")
    assert report.ok, report.failed
    assert report.method == "gsp"
    local = sizes(corpus_store)
    assert sorted(report.loaded) == sorted(local)
    assert report.triples == sum(local.values())
    with RemoteStore(server.endpoint(), read_only=True) as remote:
        assert remote.graph_sizes() == local
        assert remote.triple_count() == sum(local.values())
        assert answers(remote) == expected


def test_load_twice_gives_the_same_triple_count(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    first = load(corpus_store, server, state_path=state)
    again = load(corpus_store, server, state_path=state)
    forced = load(corpus_store, server, state_path=state, force=True)
    assert first.ok and again.ok and forced.ok
    assert again.loaded == [] and len(again.unchanged) == len(first.loaded)
    assert sorted(forced.loaded) == sorted(first.loaded)  # PUT replaces: no duplicates
    with RemoteStore(server.endpoint()) as remote:
        assert remote.triple_count() == first.triples == forced.triples


def test_update_fallback_loads_the_same(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, expected: dict
) -> None:
    with open_store(corpus_store, read_only=True) as source:
        target = RemoteStore(server.endpoint(), method="update")
        report = load_store(source, target, batch_size=3)
        again = load_store(source, target, batch_size=3, force=True)
    assert report.ok and again.ok and report.method == "update"
    with RemoteStore(server.endpoint()) as remote:
        assert remote.graph_sizes() == sizes(corpus_store)
        assert answers(remote) == expected


def test_server_killed_mid_load_then_rerun_sends_the_rest(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, expected: dict, tmp_path: Path
) -> None:
    state = tmp_path / "state.json"
    graphs = sorted(sizes(corpus_store))
    done: list[str] = []

    def crash(graph: str, status: str) -> None:
        done.append(graph)
        if len(done) == 3:
            server.kill()  # SIGKILL, after its answer to the third PUT

    report = load(corpus_store, server, state_path=state, on_graph=crash)
    assert report.loaded == graphs[:3]
    assert sorted(report.failed) == graphs[3:]
    assert all("is not answering" in reason for reason in report.failed.values())
    assert sorted(LoadState(state).graphs(server.query_url)) == graphs[:3]

    server.start()
    rerun = load(corpus_store, server, state_path=state)
    assert rerun.ok
    assert sorted(rerun.loaded) == graphs[3:]
    assert rerun.unchanged == graphs[:3]
    with RemoteStore(server.endpoint()) as remote:
        assert remote.graph_sizes() == sizes(corpus_store)  # nothing lost, nothing twice
        assert answers(remote) == expected


def test_cli_reads_match_the_embedded_store(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, tmp_path: Path
) -> None:
    env = {"KG_ENDPOINT_PASSWORD": "dba"} if isinstance(server, VirtuosoServer) else {}
    user = ["--user", "dba"] if env else []
    remote = ["--endpoint", server.query_url, *user]
    result = kg("load", "--store", corpus_store, *remote, "--state", tmp_path / "s.json", env=env)
    assert result.exit_code == 0, result.output
    assert "loaded" in result.stderr and "unchanged" in result.stderr

    for args in (["stats"], ["query", "agreements", "--format", "csv"], ["validate"]):
        local = kg(*args, "--store", corpus_store)
        there = kg(*args, *remote, env=env)
        expected = re.sub(r"(?m)^store[ -]format .*\n", "", local.stdout)  # a directory's own
        assert (there.exit_code, there.stdout) == (local.exit_code, expected), args

    local_nq = kg("export", "--format", "nq", "--store", corpus_store)
    remote_nq = kg("export", "--format", "nq", *remote, env=env)
    assert remote_nq.exit_code == 0, remote_nq.output
    assert sorted(remote_nq.stdout.splitlines()) == sorted(local_nq.stdout.splitlines())
    for fmt, rdf in FORMATS.items():
        local = kg("export", "--format", fmt, "--store", corpus_store).stdout_bytes
        there = kg("export", "--format", fmt, *remote, env=env).stdout_bytes
        assert set(ox.parse(there, rdf)) == set(ox.parse(local, rdf)), fmt

    html = tmp_path / "graph.html"
    result = kg("graph", "-o", html, *remote, env=env)
    assert result.exit_code == 0, result.output
    assert html.stat().st_size > 0


def test_ingest_straight_into_a_server_builds_the_same_graphs(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, expected: dict
) -> None:
    env = {"KG_ENDPOINT_PASSWORD": "dba"} if isinstance(server, VirtuosoServer) else {}
    remote = ["--endpoint", server.query_url, *(["--user", "dba"] if env else [])]
    result = kg("ingest", *CORPUS, *remote, env=env)
    assert result.exit_code == 0, result.output
    with RemoteStore(server.endpoint()) as store:
        assert store.graph_sizes() == sizes(corpus_store)
        assert answers(store) == expected


def test_syntax_errors_read_as_on_the_embedded_store(
    server: OxigraphServer | VirtuosoServer, corpus_store: Path, tmp_path: Path
) -> None:
    env = {"KG_ENDPOINT_PASSWORD": "dba"} if isinstance(server, VirtuosoServer) else {}
    remote = ["--endpoint", server.query_url, *(["--user", "dba"] if env else [])]
    copy = tmp_path / "store"  # --update opens it read-write: not the shared one
    shutil.copytree(corpus_store, copy)
    for args in (["-e", "SELECT ?x {"], ["--update", "-e", "INSERT DATA { GRAPH <http://e/g> {"]):
        local = kg("query", *args, "--store", copy)
        there = kg("query", *args, *remote, env=env)
        assert there.exit_code == local.exit_code == 1
        assert there.stderr == local.stderr, args


def test_cli_update_through_an_endpoint(server: OxigraphServer | VirtuosoServer) -> None:
    env = {"KG_ENDPOINT_PASSWORD": "dba"} if isinstance(server, VirtuosoServer) else {}
    remote = ["--endpoint", server.query_url, *(["--user", "dba"] if env else [])]
    insert = (
        "INSERT DATA { GRAPH <https://w3id.org/kg/id/article/cli-test> "
        "{ <https://w3id.org/kg/id/nation/KOR> <http://ex/p> 1 } }"
    )
    refused = kg("query", "-e", insert, *remote, env=env)
    assert refused.exit_code == 1 and "refusing" in refused.output
    applied = kg("query", "--update", "-e", insert, *remote, env=env)
    assert applied.exit_code == 0, applied.output
    count = kg(
        "query", "-e", "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }", "--format", "csv", *remote, env=env
    )
    assert count.stdout.splitlines() == ["n", "1"]


def test_many_graphs_on_virtuoso(virtuoso: VirtuosoServer) -> None:
    """Regression: the dataset went as protocol parameters, echoed by Virtuoso in response
    headers too long for the HTTP client beyond a few hundred graphs."""
    clear(virtuoso)
    graphs = [f"https://w3id.org/kg/id/article/many-{i:04d}" for i in range(600)]
    with RemoteStore(virtuoso.endpoint(), method="update") as remote:
        for start in range(0, len(graphs), 100):
            remote.put_graphs(
                [
                    (g, f"<{g}> a <https://w3id.org/kg/def#Article> .\n".encode())
                    for g in graphs[start : start + 100]
                ]
            )
        assert remote.graphs() == graphs
        rows = list(remote.query("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s a ?c } }"))
        assert rows[0]["n"].value == "600"
        buf = io.BytesIO()
        remote.export(buf, "nq")
        assert buf.getvalue().count(b"\n") == 600
    clear(virtuoso)


def test_virtuoso_answers_cut_short_are_refused(virtuoso: VirtuosoServer) -> None:
    with RemoteStore(virtuoso.endpoint()) as remote:
        triples = " ".join(f"<http://e/s{i}> <http://e/p> {i} ." for i in range(120))
        remote.update(
            f"INSERT DATA {{ GRAPH <https://w3id.org/kg/id/article/rows> {{ {triples} }} }}"
        )
        assert len(list(remote.query("SELECT * { ?a ?p ?o . ?b ?q ?r } LIMIT 9999"))) == 9999
        with pytest.raises(StoreError, match="at most 10000 rows"):
            remote.query("SELECT * { ?a ?p ?o . ?b ?q ?r }")
        remote.remove_graph("https://w3id.org/kg/id/article/rows")


# -- Oxigraph server: changes, wipes, retries, fallback, credentials, kg serve ----------


def test_rerun_sends_only_the_changed_graph(
    oxigraph: OxigraphServer, corpus_store: Path, tmp_path: Path
) -> None:
    clear(oxigraph)
    copy = tmp_path / "store"
    shutil.copytree(corpus_store, copy)
    state = tmp_path / "state.json"
    assert load(copy, oxigraph, state_path=state).ok
    graph = sorted(sizes(copy))[1]
    with open_store(copy) as store:
        triples = list(
            store.query(f"CONSTRUCT {{?s ?p ?o}} WHERE {{ GRAPH <{graph}> {{?s ?p ?o}} }}")
        )
        store.replace_graph(graph, triples[:-1])
    report = load(copy, oxigraph, state_path=state)
    assert report.loaded == [graph]
    with RemoteStore(oxigraph.endpoint()) as remote:
        assert remote.graph_sizes() == sizes(copy)


def test_rerun_refills_a_wiped_server(
    oxigraph: OxigraphServer, corpus_store: Path, tmp_path: Path
) -> None:
    clear(oxigraph)
    state = tmp_path / "state.json"
    first = load(corpus_store, oxigraph, state_path=state)
    clear(oxigraph)  # the state file still says everything is there
    again = load(corpus_store, oxigraph, state_path=state)
    assert sorted(again.loaded) == sorted(first.loaded)
    assert again.unchanged == []


def test_retries_with_backoff_on_5xx(oxigraph: OxigraphServer, corpus_store: Path) -> None:
    clear(oxigraph)
    flaky = Proxy(oxigraph.url, fault=lambda n, method, path: 503 if n in (2, 3) else None)
    with flaky:
        endpoint = {"retries": 2, "backoff": 0.01}
        report = load(corpus_store, _via(flaky, oxigraph), endpoint=endpoint)
    assert report.ok
    assert [status for _m, _p, status in flaky.requests[:4]] == [0, 503, 503, 0]

    clear(oxigraph)
    failing = Proxy(oxigraph.url, fault=lambda n, method, path: 500 if method == "PUT" else None)
    with failing:
        report = load(corpus_store, _via(failing, oxigraph), endpoint={"retries": 1})
    assert sorted(report.failed) == sorted(sizes(corpus_store))
    assert all("HTTP 500" in reason for reason in report.failed.values())
    assert sum(1 for m, _p, _s in failing.requests if m == "PUT") == 2 * len(report.failed)


def test_auto_falls_back_to_update_without_a_graph_store(
    oxigraph: OxigraphServer, corpus_store: Path, expected: dict
) -> None:
    clear(oxigraph)
    no_gsp = Proxy(oxigraph.url, fault=lambda n, method, path: 405 if method == "PUT" else None)
    with no_gsp:
        report = load(corpus_store, _via(no_gsp, oxigraph), batch_size=4)
    assert report.ok and report.method == "update"
    with RemoteStore(oxigraph.endpoint()) as remote:
        assert remote.graph_sizes() == sizes(corpus_store)
        assert answers(remote) == expected


@pytest.mark.parametrize("scheme", ["basic", "bearer", "url"])
def test_credentials_are_used_and_never_shown(
    scheme: str,
    oxigraph: OxigraphServer,
    corpus_store: Path,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    clear(oxigraph)
    if scheme == "bearer":
        proxy = Proxy(oxigraph.url, token=TOKEN)
        options = {"token": TOKEN}
    else:
        proxy = Proxy(oxigraph.url, basic=("analyst", SECRET))
        options = {"user": "analyst", "password": SECRET}
    with proxy:
        url = f"{proxy.url}/query"
        if scheme == "url":  # http://analyst:SECRET@host/query
            url, options = url.replace("//", f"//analyst:{SECRET}@"), {}
        good, bad = cli_credentials(options), cli_credentials(options, wrong=True)
        bad_url = url.replace(SECRET, SECRET + "x")
        state = ["--state", tmp_path / "s.json"]
        ok = kg("load", "--store", corpus_store, "--endpoint", url, *state, *good[0], env=good[1])
        assert ok.exit_code == 0, ok.output
        stats = kg("stats", "--endpoint", url, *good[0], env=good[1])
        assert stats.exit_code == 0, stats.output
        denied = kg(
            "load",
            "--store",
            corpus_store,
            "--endpoint",
            bad_url,
            "--force",
            *state,
            *bad[0],
            env=bad[1],
        )
        assert denied.exit_code == 1
        assert "refused the sign-in (HTTP 401)" in denied.output
        wrong = {k: v + "x" for k, v in options.items() if k != "user"}
        with pytest.raises(StoreError) as info:
            open_remote({"endpoint": bad_url, **options, **wrong}).triple_count()
    assert any(path.startswith("/store?graph=") for _m, path, _s in proxy.requests)
    state_text = (tmp_path / "s.json").read_text()  # keyed by the URL without userinfo
    assert proxy.url in state_text
    shown = (ok.output, stats.output, denied.output, str(info.value), caplog.text, state_text)
    for text in shown:
        for secret in (SECRET, TOKEN, "cGE1NS1X"):  # the last: base64 of the password
            assert secret not in text


def cli_credentials(options: dict[str, str], *, wrong: bool = False) -> tuple[list, dict]:
    """Command-line arguments and environment carrying ``options``: secrets in the env."""
    args = ["--user", options["user"]] if "user" in options else []
    env = {}
    if "password" in options:
        env["KG_ENDPOINT_PASSWORD"] = options["password"] + "x" * wrong
    if "token" in options:
        env["KG_ENDPOINT_TOKEN"] = options["token"] + "x" * wrong
    return args, env


def test_serve_read_only(corpus_store: Path, expected: dict, tmp_path: Path) -> None:
    with serve_store(corpus_store, port=0) as server:
        assert not server.write
        with RemoteStore(Endpoint(server.query_url)) as remote:
            assert remote.graph_sizes() == sizes(corpus_store)
            assert answers(remote) == expected
            with pytest.raises(StoreError, match="HTTP 403"):
                remote.update("INSERT DATA { GRAPH <http://e/g> { <http://e/s> <http://e/p> 1 } }")
        # The server unions the graphs itself: plain SPARQL clients see the same.
        query = urllib.parse.quote(f"SELECT (COUNT(DISTINCT ?a) AS ?n) {{ ?a a <{AGREEMENT}> }}")
        request = urllib.request.Request(
            f"{server.query_url}?query={query}", headers={"Accept": "text/csv"}
        )
        with urllib.request.urlopen(request) as answer:
            assert answer.read().decode().split() == ["n", str(len(expected["agreements"]))]


def test_serve_command_runs_until_interrupted(corpus_store: Path) -> None:
    port = free_port()
    code = "import sys; from kg.cli import main; sys.exit(main())"
    cmd = [sys.executable, "-c", code, "serve", "--store", str(corpus_store), "--port", str(port)]
    # A test run started in the background by a shell ignores SIGINT, and so would the
    # child: give it the default disposition, as a terminal's Ctrl-C finds it.
    process = subprocess.Popen(
        cmd,
        stderr=subprocess.PIPE,
        text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    try:
        line = process.stderr.readline()  # type: ignore[union-attr]
        assert f"SPARQL endpoint http://127.0.0.1:{port}/query (read-only)" in line
        result = kg("query", "nations", "--endpoint", f"http://127.0.0.1:{port}/query")
        assert result.exit_code == 0, result.output
        assert result.stdout == kg("query", "nations", "--store", corpus_store).stdout
    finally:
        process.send_signal(signal.SIGINT)
        assert process.wait(20) == 0


def test_serve_needs_a_store(tmp_path: Path) -> None:
    result = kg("serve", "--store", tmp_path / "none", "--port", "0")
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_remote_query_errors_are_query_errors(oxigraph: OxigraphServer) -> None:
    clear(oxigraph)
    with RemoteStore(oxigraph.endpoint()) as remote:
        with pytest.raises(QueryError):
            remote.query("SELECT ?x WHERE { ?x ?p }")
        store = EmbeddedStore.in_memory()
        store.update(
            "INSERT DATA { GRAPH <https://w3id.org/kg/id/article/q> { <http://e/s> "
            "<http://e/p> 1 } }"
        )
        remote.replace_graph(
            "https://w3id.org/kg/id/article/q",
            store.query("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"),
        )
        buf = io.BytesIO()
        remote.export(buf, "nt")
        assert (
            buf.getvalue()
            == b'<http://e/s> <http://e/p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
        )
        remote.replace_graph("https://w3id.org/kg/id/article/q", [])
        assert remote.graphs() == []


def _via(proxy: Proxy, srv: OxigraphServer) -> object:
    """The Oxigraph server, reached through ``proxy``."""

    class Via:
        query_url = f"{proxy.url}/query"

        @staticmethod
        def endpoint(**kwargs: object) -> Endpoint:
            kwargs.setdefault("retries", 1)
            kwargs.setdefault("backoff", 0.01)
            return Endpoint(f"{proxy.url}/query", **kwargs)  # type: ignore[arg-type]

    return Via
