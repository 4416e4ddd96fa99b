"""The ``kg`` command line: options in, one library call, output out.

Example:
    >>> from click.testing import CliRunner
    >>> CliRunner().invoke(main, ["--help"]).exit_code
    0
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kg.errors import KgError

STORE_HELP = "Store directory (default: $KG_STORE or ~/.local/share/kg/store)."


def store_option(f: Callable[..., Any]) -> Callable[..., Any]:
    """The shared store options: ``--store PATH``, or ``--endpoint URL`` and its settings.

    The endpoint options are not passed to the command: they go to
    ``click.get_current_context().meta["kg.endpoint"]``, where ``_open`` finds them.
    """

    def remember(ctx: click.Context, param: click.Parameter, value: Any) -> Any:
        if value is not None and param.name:
            ctx.meta.setdefault("kg.endpoint", {})[param.name] = value
        return value

    endpoint_options = {
        "--endpoint": ("URL", "KG_ENDPOINT", "SPARQL endpoint URL of a server to use instead "
                       "of the store, e.g. http://localhost:7878/query (wins over --store)."),
        "--query-url": ("URL", "KG_QUERY_URL", "Query URL, when it is not the endpoint's."),
        "--update-url": ("URL", "KG_UPDATE_URL", "SPARQL Update URL (default: where the "
                         "server's kind has it, else the endpoint)."),
        "--gsp-url": ("URL", "KG_GSP_URL", "Graph Store Protocol URL (default: where the "
                      "server's kind has it, else the endpoint)."),
        "--user": ("NAME", "KG_ENDPOINT_USER", "User for basic or digest sign-in."),
        "--password": ("TEXT", "KG_ENDPOINT_PASSWORD", "Password; never printed (prefer the "
                       "variable: options show in process lists)."),
        "--token": ("TEXT", "KG_ENDPOINT_TOKEN", "Bearer token; never printed (prefer the "
                    "variable)."),
    }  # fmt: skip
    f = click.option(
        "--retries",
        type=click.IntRange(min=0),
        envvar="KG_RETRIES",
        show_envvar=True,
        expose_value=False,
        callback=remember,
        metavar="N",
        help="Retries of an endpoint request after a refused or broken connection or a 5xx "
        "answer, with exponential backoff (default 3).",
    )(f)
    f = click.option(
        "--timeout",
        type=click.FloatRange(min=0, min_open=True),
        envvar="KG_TIMEOUT",
        show_envvar=True,
        expose_value=False,
        callback=remember,
        metavar="SECONDS",
        help="Seconds to wait for each answer of the endpoint (default 60); for kg query on the "
        "store, seconds a query may run (default: no limit).",
    )(f)
    for name, (metavar, envvar, text) in reversed(endpoint_options.items()):
        f = click.option(
            name,
            envvar=envvar,
            help=text,
            metavar=metavar,
            show_envvar=True,
            expose_value=False,
            callback=remember,
        )(f)
    f = click.option(
        "--wait",
        type=click.FloatRange(min=0),
        envvar="KG_WAIT",
        show_envvar=True,
        expose_value=False,
        callback=lambda ctx, _p, v: ctx.meta.__setitem__("kg.wait", v),
        metavar="SECONDS",
        help="Wait this long for a store another kg is writing or reading (default: writers "
        "fail at once, readers wait 30 s for the batch being written).",
    )(f)
    return click.option(
        "--store",
        "store_path",
        type=click.Path(file_okay=False),
        envvar="KG_STORE",
        help=STORE_HELP,
    )(f)


def kg_errors(f: Callable[..., Any]) -> Callable[..., Any]:
    """Turn library errors into one-line click errors (no traceback)."""

    @functools.wraps(f)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return f(*args, **kwargs)
        except KgError as exc:
            raise click.ClickException(str(exc)) from exc

    return wrapper


def _open(store_path: str | None, *, read_only: bool = False) -> Any:
    """Open the server named by ``--endpoint`` if any, else the embedded store."""
    from kg.store import open_store

    ctx = click.get_current_context(silent=True)
    if ctx is not None and ctx.meta.get("kg.endpoint"):
        from kg.store.remote import open_remote

        remote = open_remote(ctx.meta["kg.endpoint"], read_only=read_only)
        if remote is not None:
            return remote
    if read_only and store_path is not None and not Path(store_path).is_dir():
        from kg.errors import StoreError

        raise StoreError(f"no store at {store_path} (run `kg ingest` first)")
    wait = ctx.meta.get("kg.wait") if ctx is not None else None
    return open_store(store_path, read_only=read_only, wait=wait, on_wait=_tell_waiting)


def _tell_waiting(message: str) -> None:
    click.echo(f"kg: {message}", err=True)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kg")
def main() -> None:
    """Turn defense-diplomacy news into a knowledge graph you can query, draw and load.

    \b
    Example:
        kg ingest data/articles/ && kg query agreements
    """


@main.command()
@click.argument("paths", nargs=-1, required=True)
@store_option
@click.option(
    "--jobs",
    "-j",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    envvar="KG_JOBS",
    show_envvar=True,
    help="Worker processes that extract (0: one per core); one process writes.",
)
@click.option(
    "--force", is_flag=True, help="Re-extract articles the store already holds unchanged."
)
@click.option(
    "--batch-seconds",
    type=click.FloatRange(min=0),
    default=10.0,
    show_default=True,
    metavar="SECONDS",
    help="Work collected per batch write at most (a waiting reader ends a batch at once).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print no summary.")
@click.option("--verbose", "-v", is_flag=True, help="Also print throughput and time per stage.")
@kg_errors
def ingest(
    paths: tuple[str, ...],
    store_path: str | None,
    jobs: int,
    force: bool,
    batch_seconds: float,
    quiet: bool,
    verbose: bool,
) -> None:
    """Ingest article files, folders, globs or - (stdin) into the store.

    Each article becomes one named graph, replaced on re-ingest. Articles are written in
    batches, each all or nothing, so an interrupted ingest leaves no half article: run it
    again to finish (articles already in the store unchanged are skipped). Readers (kg
    query, kg graph) can use the store meanwhile. Exit code 1 when some inputs failed (the
    others still go in).

    \b
    Example:
        kg ingest data/articles/ news/*.jsonl --jobs 2
    """
    from kg.ingest import ingest as run_ingest

    bar = None
    if not quiet and sys.stderr.isatty():
        from kg.sources.read import expand_paths

        files = sum(1 for p in expand_paths(paths) if not isinstance(p, Exception))
        if files > 5:
            from tqdm import tqdm

            bar = tqdm(total=files, unit="file", file=sys.stderr)
    with _open(store_path) as store:
        summary = run_ingest(
            paths,
            store,
            jobs=jobs,
            force=force,
            batch_seconds=batch_seconds,
            on_article=(lambda _a: bar.update(1)) if bar else None,
        )
    if bar:
        bar.close()
    for failure in summary.failures:
        click.echo(f"error: {failure}", err=True)
    if not quiet:
        click.echo(summary.text(), err=True)
    if verbose:
        click.echo(summary.rates(), err=True)
    if summary.failures:
        sys.exit(1)


@main.command()
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["nq", "trig", "ttl", "jsonld"]),
    default="nq",
    show_default=True,
    help="RDF output format.",
)
@kg_errors
def extract(paths: tuple[str, ...], fmt: str) -> None:
    """Extract articles to RDF on stdout, without a store.

    \b
    Example:
        kg extract data/articles/seed-article.txt --format trig | less
    """
    from kg.ingest import IngestSummary, extract_paths
    from kg.rdf.serialize import serialize_quads

    summary = IngestSummary()
    quads = [q for _a, _e, qs in extract_paths(paths, summary) for q in qs]
    sys.stdout.buffer.write(serialize_quads(quads, fmt))
    for failure in summary.failures:
        click.echo(f"error: {failure}", err=True)
    if summary.failures:
        sys.exit(1)


@main.command()
@click.argument("query_file", required=False)
@click.option("-e", "--expression", help="SPARQL text to run instead of a file.")
@click.option(
    "--param",
    "-p",
    "params",
    multiple=True,
    metavar="NAME=VALUE",
    help="Bind ?NAME to VALUE (an IRI, prefix:name or literal).",
)
@click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    help="table|csv|tsv|json|xml (SELECT/ASK), ttl|nt|jsonld (CONSTRUCT/DESCRIBE).",
)
@click.option(
    "--update", "allow_update", is_flag=True, help="Allow a SPARQL UPDATE to change the store."
)
@click.option(
    "--allow-service",
    is_flag=True,
    help="Allow SERVICE clauses (federated queries that make the store call other URLs).",
)
@store_option
@kg_errors
def query(
    query_file: str | None,
    expression: str | None,
    params: tuple[str, ...],
    fmt: str,
    allow_update: bool,
    allow_service: bool,
    store_path: str | None,
) -> None:
    """Run a SPARQL query: a competency query name, a .rq file, or -e TEXT.

    Read-only unless --update; SERVICE clauses (calls to other servers) are refused unless
    --allow-service; --timeout SECONDS stops a query that runs too long.

    \b
    Example:
        kg query agreements --format csv
        kg query evidence --param fact=kgr:agreement/0123abcd
    """
    from kg.errors import QueryError
    from kg.query import QueryTimeout, format_result, load_query, parse_params, run_query

    if bool(query_file) == bool(expression):
        raise QueryError("give a query file or name, or -e 'SPARQL', not both")
    text = expression if expression else load_query(query_file)  # type: ignore[arg-type]
    bound = parse_params(list(params))
    ctx = click.get_current_context()
    remote = ctx.meta.get("kg.endpoint", {})
    timeout = remote.get("timeout") if not remote.get("endpoint") else None
    try:
        with _open(store_path, read_only=not allow_update) as store:
            result = run_query(
                store,
                text,
                bound,
                allow_update=allow_update,
                allow_service=allow_service,
                timeout=timeout,
            )
    except QueryTimeout as e:  # the query cannot be cancelled: leave without waiting for it
        click.echo(f"Error: {e}", err=True)
        sys.stderr.flush()
        os._exit(1)
    if result.kind == "update":
        click.echo("update applied", err=True)
        return
    click.echo(format_result(result, fmt), nl=False)


@main.command()
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["nq", "trig", "ttl", "nt", "jsonld"]),
    default="nq",
    show_default=True,
    help="RDF format.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write to FILE (default stdout)."
)
@store_option
@kg_errors
def export(fmt: str, output: str | None, store_path: str | None) -> None:
    """Export the whole store (all named graphs) as RDF.

    \b
    Example:
        kg export --format trig -o kg.trig
    """
    with _open(store_path, read_only=True) as store:
        if output:
            tmp = Path(output).with_name(Path(output).name + ".part")
            with open(tmp, "wb") as out:
                store.export(out, fmt)
            os.replace(tmp, output)
        else:
            store.export(sys.stdout.buffer, fmt)


@main.command()
@store_option
@kg_errors
def validate(store_path: str | None) -> None:
    """Check the store against the SHACL shapes of ontology/shapes.ttl.

    \b
    Example:
        kg validate
    """
    from kg.validate import validate_store

    with _open(store_path, read_only=True) as store:
        report = validate_store(store)
    click.echo(report.text())
    if not report.conforms:
        sys.exit(1)


@main.command()
@store_option
@kg_errors
def stats(store_path: str | None) -> None:
    """Count articles, entities and facts by kind, triples and named graphs.

    \b
    Example:
        kg stats
    """
    from kg.stats import stats as count

    with _open(store_path, read_only=True) as store:
        for key, value in count(store).items():
            click.echo(f"{key:<14}{value:>10}")
        version = getattr(store, "info", {}).get("version")
        if version is not None and getattr(store, "path", None) is not None:
            click.echo(f"{'store-format':<14}{version:>10}")


@main.command()
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    help="File to write (default: kg-graph.html, or kg-graph.png/.svg with --format).",
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["html", "png", "svg"]),
    help="html (interactive, offline) or a png/svg picture (needs the plot extra); "
    "default: from the -o suffix, else html.",
)
@click.option("--title", default="kg graph", show_default=True, help="Page title.")
@click.option(
    "--focus",
    multiple=True,
    metavar="NAME",
    help="Draw what is around NAME: a nation code (KOR), a label or an IRI. Repeatable.",
)
@click.option(
    "--hops",
    type=click.IntRange(min=0),
    default=2,
    show_default=True,
    help="How far from --focus, in edges (facts are nodes: 2 reaches the other parties).",
)
@click.option(
    "--query",
    "query_file",
    metavar="FILE.rq",
    help="Draw a CONSTRUCT/DESCRIBE result, or a SELECT with ?source ?target [?role] "
    "or ?node columns.",
)
@click.option(
    "--param", "-p", "params", multiple=True, metavar="NAME=VALUE", help="Bind ?NAME in --query."
)
@click.option(
    "--type",
    "types",
    multiple=True,
    metavar="TYPE",
    help="Keep only nodes of TYPE: Nation, Agreement, weapon-system, ... or fact, "
    "organization, entity. Repeatable.",
)
@click.option(
    "--exclude-type", "exclude_types", multiple=True, metavar="TYPE", help="Drop nodes of TYPE."
)
@click.option("--since", metavar="DATE", help="Keep facts dated from DATE (YYYY[-MM[-DD]]) on.")
@click.option("--until", metavar="DATE", help="Keep facts dated up to DATE (YYYY[-MM[-DD]]).")
@click.option(
    "--article", metavar="ARTICLE", help="Draw one article's graph: its id, IRI, file or title."
)
@click.option(
    "--max-nodes",
    type=click.IntRange(min=0),
    default=1500,
    show_default=True,
    help="Reduce a bigger view to this many nodes, best-sourced facts first (0: never).",
)
@click.option(
    "--layout",
    type=click.Choice(["auto", "force", "spring", "circle", "hierarchical"]),
    default="auto",
    show_default=True,
    help="force: laid out in the browser (bounded); spring, circle: computed here; "
    "hierarchical: facts above what they name; auto: by size.",
)
@click.option(
    "--physics/--no-physics",
    default=None,
    help="Keep the browser's physics live after the layout, or never run it "
    "(default: only to lay out a force view).",
)
@click.option(
    "--size",
    "size_by",
    type=click.Choice(["degree", "sources"]),
    default="degree",
    show_default=True,
    help="Node size by number of links or of source articles.",
)
@click.option("--open", "open_browser", is_flag=True, help="Open the file in the web browser.")
@store_option
@kg_errors
def graph(
    output: str | None,
    fmt: str | None,
    title: str,
    focus: tuple[str, ...],
    hops: int,
    query_file: str | None,
    params: tuple[str, ...],
    types: tuple[str, ...],
    exclude_types: tuple[str, ...],
    since: str | None,
    until: str | None,
    article: str | None,
    max_nodes: int,
    layout: str,
    physics: bool | None,
    size_by: str,
    open_browser: bool,
    store_path: str | None,
) -> None:
    """Write an interactive HTML view of the store (opens offline), or a png/svg picture.

    \b
    Example:
        kg graph -o graph.html
        kg graph --focus KOR --hops 2 --since 2024 --open
        kg graph --query my-view.rq --format svg -o view.svg
    """
    from kg.query import parse_params
    from kg.view import ViewRequest, open_view, write_view

    request = ViewRequest(
        focus=focus,
        hops=hops,
        query=query_file,
        params=parse_params(list(params)),
        types=types,
        exclude_types=exclude_types,
        since=since,
        until=until,
        article=article,
        max_nodes=max_nodes,
        layout=layout,
        physics=physics,
        size_by=size_by,
        title=title,
    )
    target = output or f"kg-graph.{fmt or 'html'}"
    with _open(store_path, read_only=True) as store:
        summary = write_view(store, target, request, fmt=fmt)
    if summary.notice:
        click.echo(f"note: {summary.notice}", err=True)
    click.echo(f"wrote {summary.path} ({summary.nodes} nodes, {summary.edges} edges)", err=True)
    if open_browser and not open_view(summary.path):
        click.echo(f"no web browser found: open {summary.path} yourself", err=True)


@main.group()
def lexicon() -> None:
    """Work with the lexicon files under data/lexicon/.

    \b
    Example:
        kg lexicon check
    """


@lexicon.command("check")
@click.option(
    "--dir",
    "directory",
    type=click.Path(file_okay=False, exists=True),
    help="Lexicon folder to check (default: the bundled one).",
)
@kg_errors
def lexicon_check(directory: str | None) -> None:
    """Validate the lexicon: columns, kinds, parents, codes, patterns.

    \b
    Example:
        kg lexicon check
    """
    from kg.lexicon import read_lexicon
    from kg.paths import resource_dir

    lex = read_lexicon(Path(directory) if directory else resource_dir("lexicon"))
    click.echo(
        f"ok: {len(lex.nations)} nations, {len(lex.orgs)} organizations, "
        f"{len(lex.systems)} systems, {len(lex.families)} families, {len(lex.people)} people"
    )


@main.command()
@store_option
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default="kg-demo.html",
    show_default=True,
    help="HTML view to write.",
)
@kg_errors
def demo(store_path: str | None, output: str) -> None:
    """Ingest the bundled articles, answer the competency queries, write a graph view.

    \b
    Example:
        kg demo --store /tmp/kg-demo
    """
    from kg.ingest import ingest as run_ingest
    from kg.paths import resource_dir
    from kg.query import competency_queries, format_result, load_query, run_query
    from kg.view import write_view

    with _open(store_path) as store:
        summary = run_ingest([str(resource_dir("articles"))], store)
        click.echo(summary.text() + "\n")
        for name in competency_queries():
            if name == "evidence":
                continue
            click.secho(f"== {name}", bold=True)
            click.echo(format_result(run_query(store, load_query(name)), "table"))
        view = write_view(store, output, title="kg demo")
    click.echo(f"graph view: {Path(view.path).resolve()} ({view.nodes} nodes, {view.edges} edges)")
    click.echo(f"store: {store.path}")


@main.command("eval")
@click.argument("corpus", type=click.Path(exists=True))
@click.option("--json", "as_json", is_flag=True, help="Print the full report as JSON.")
@click.option(
    "--errors/--no-errors",
    default=True,
    show_default=True,
    help="List misses and false positives per article.",
)
@click.option(
    "--rules",
    "by_rule",
    is_flag=True,
    help="Also count true and false positives per extraction rule (a table, or 'rules' in "
    "the JSON).",
)
@click.option(
    "--against",
    type=click.Path(exists=True, file_okay=False),
    help="Score this second annotation (a folder of NAME.json in the gold format) against "
    "the corpus gold instead of the extractor: how far two annotators agree.",
)
@kg_errors
def eval_command(
    corpus: str, as_json: bool, errors: bool, by_rule: bool, against: str | None
) -> None:
    """Score extraction on a corpus of articles/NAME.txt with gold/NAME.json, or on a
    phrasing catalog (a .jsonl file of passages; only each passage's own kind is scored).

    \b
    Example:
        kg eval ../shared/dev-corpus --json > eval.json
        kg eval tests/paraphrases/stances.jsonl --no-errors
        kg eval ../shared/dev-corpus --rules --no-errors
        kg eval tests/heldout51 --against tests/agreement/heldout51 --no-errors
    """
    from pathlib import Path

    from kg.evaluate import (
        evaluate_annotation,
        evaluate_catalog,
        evaluate_corpus,
        report_json,
    )

    if against is not None:
        if by_rule or Path(corpus).is_file():
            raise click.UsageError("--against scores a corpus folder's gold, without --rules")
        report = evaluate_annotation(corpus, against)
    else:
        score = evaluate_catalog if Path(corpus).is_file() else evaluate_corpus
        report = score(corpus, by_rule=by_rule)
    if as_json:
        click.echo(report_json(report))
        return
    click.echo(report.table())
    if by_rule:
        click.echo("\n" + report.rule_table())
    if errors:
        for name, errs in report.errors.items():
            click.echo(f"\n{name}")
            for e in errs["misses"]:
                click.echo(f"  miss  {e['kind']}: {e['item']}")
            for e in errs["false_positives"]:
                ev = f"\n        ← {e['evidence']}" if e.get("evidence") else ""
                rules = f" [{', '.join(e['rules'])}]" if e.get("rules") else ""
                click.echo(f"  extra {e['kind']}: {e['item']}{rules}{ev}")


@main.command()
@store_option
@click.option(
    "--method",
    type=click.Choice(["auto", "gsp", "update"]),
    default="auto",
    show_default=True,
    help="gsp: Graph Store Protocol PUT per graph; update: SPARQL Update (DROP SILENT GRAPH + "
    "INSERT DATA); auto: gsp, else update when the server has no Graph Store.",
)
@click.option(
    "--batch-size",
    type=click.IntRange(min=1),
    default=100,
    show_default=True,
    help="Graphs per SPARQL Update request, and between saves of the load state.",
)
@click.option("--force", is_flag=True, help="Send every graph, changed or not.")
@click.option(
    "--state",
    "state_file",
    type=click.Path(dir_okay=False),
    help="Load state file (default: STORE.load-state.json beside the store).",
)
@click.option("--quiet", "-q", is_flag=True, help="Print no progress bar and no summary.")
@kg_errors
def load(
    store_path: str | None,
    method: str,
    batch_size: int,
    force: bool,
    state_file: str | None,
    quiet: bool,
) -> None:
    """Load the store (--store) into the SPARQL server at --endpoint, graph by graph.

    One named graph per article, replaced on reload. Sends only the graphs the server
    lacks or holds in another version (see the load state beside the store); lists the
    graphs that did not load and exits 1 if any did not.

    \b
    Example:
        kg load --endpoint http://localhost:7878/query
        KG_ENDPOINT_USER=dba KG_ENDPOINT_PASSWORD=... kg load --endpoint http://localhost:8890/sparql
    """
    from kg.errors import StoreError
    from kg.load import load_store, state_path_for
    from kg.store import default_store_path, open_store
    from kg.store.remote import open_remote

    options = click.get_current_context().meta.get("kg.endpoint", {})
    target = open_remote(options, method=method)
    if target is None:
        raise StoreError("name the server: --endpoint URL (or KG_ENDPOINT)")
    source_path = Path(store_path) if store_path else default_store_path()
    if not source_path.is_dir():
        raise StoreError(f"no store at {source_path} (run `kg ingest` first)")
    state = Path(state_file) if state_file else state_path_for(source_path)
    with open_store(source_path, read_only=True) as source, target:
        bar = None
        if not quiet and sys.stderr.isatty():
            from tqdm import tqdm

            bar = tqdm(total=len(source.graphs()), unit="graph", file=sys.stderr)
        try:
            report = load_store(
                source,
                target,
                state_path=state,
                batch_size=batch_size,
                force=force,
                on_graph=(lambda _g, _s: bar.update(1)) if bar else None,
            )
        finally:
            if bar:
                bar.close()
    for graph, reason in report.failed.items():
        click.echo(f"not loaded: {graph}: {reason}", err=True)
    if not quiet:
        click.echo(report.text(), err=True)
    if report.failed:
        sys.exit(1)


@main.command()
@click.option(
    "--store", "store_path", type=click.Path(file_okay=False), envvar="KG_STORE", help=STORE_HELP
)
@click.option(
    "--port",
    type=click.IntRange(0, 65535),
    default=7878,
    show_default=True,
    help="Port on 127.0.0.1 (0: any free port).",
)
@click.option(
    "--write", is_flag=True, help="Serve read-write (updates allowed); locks the store meanwhile."
)
@kg_errors
def serve(store_path: str | None, port: int, write: bool) -> None:
    """Serve the store as a SPARQL endpoint on 127.0.0.1 (read-only) until Ctrl-C.

    Runs the Oxigraph server (pip install 'kg[server]') over the store directory, with
    the union of the article graphs as default graph. Stop it before `kg ingest`.

    \b
    Example:
        kg serve --port 7878   # YASGUI at http://127.0.0.1:7878/
        kg query agreements --endpoint http://127.0.0.1:7878/query
    """
    from kg.serve import serve_store

    with serve_store(store_path, port=port, write=write) as server:
        mode = "read-write" if server.write else "read-only"
        click.echo(
            f"SPARQL endpoint {server.query_url} ({mode}); YASGUI at {server.url}/", err=True
        )
        click.echo("press Ctrl-C to stop", err=True)
        try:
            code = server.wait()
        except KeyboardInterrupt:
            return
    if code:
        raise click.ClickException(f"the Oxigraph server stopped with exit code {code}")
