"""The competency-query library: load queries, bind parameters safely, format results.

Parameters are terms, never text: ``parse_params`` turns ``name=value`` strings into RDF
terms and ``run_query`` hands them to the store as SEP-0007 substitutions.

Example:
    >>> from kg.store import EmbeddedStore
    >>> store = EmbeddedStore.in_memory()
    >>> result = run_query(store, "SELECT ?x WHERE { BIND(1 AS ?x) }")
    >>> print(format_result(result, "csv"))
    x
    1
    <BLANKLINE>
"""

from __future__ import annotations

import json
import re
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pyoxigraph as ox

from kg.errors import QueryError, StoreError
from kg.paths import resource_dir
from kg.store.embedded import PREFIXES, UnprojectedVariableError

if TYPE_CHECKING:
    from kg.store.embedded import EmbeddedStore

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

QUERY_KINDS = ("select", "ask", "construct", "describe", "update")
SOLUTION_FORMATS = ("table", "csv", "tsv", "json", "xml")
GRAPH_FORMATS = ("table", "ttl", "nt", "jsonld")
_RESULTS_FORMATS = {
    "csv": ox.QueryResultsFormat.CSV,
    "tsv": ox.QueryResultsFormat.TSV,
    "json": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML,
}
_RDF_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}
_UPDATE_WORDS = frozenset(
    ("insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with")
)
_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
_RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"
# IRIs, strings and comments, blanked out before looking at keywords and variables.
_LEXICAL = re.compile(
    r"""<[^<>"{}|^`\\\s]*>
      | \"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\" | '''(?:[^'\\]|\\.|'(?!''))*'''
      | "(?:[^"\\\n]|\\.)*" | '(?:[^'\\\n]|\\.)*'
      | \#[^\n]*""",
    re.X,
)
_PROLOGUE = re.compile(r"\s*(?:(?:PREFIX\s+[^\s:]*:|BASE|VERSION)\s*)*(?P<word>[A-Za-z]*)", re.I)
_AGGREGATES = "COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT"
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"(?:@([A-Za-z]+(?:-[A-Za-z0-9]+)*)|\^\^(\S+))?')
_ESCAPES = {"t": "\t", "n": "\n", "r": "\r", "b": "\b", "f": "\f", '"': '"', "'": "'", "\\": "\\"}


@dataclass
class QueryResult:
    """What a query returned, materialised: solutions, a boolean or triples.

    Example:
        >>> QueryResult("ask", boolean=True).boolean
        True
    """

    kind: str
    variables: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)


def competency_queries() -> list[str]:
    """Return the names of the bundled competency queries, sorted.

    Example:
        >>> "agreements" in competency_queries()
        True
    """
    return sorted(p.stem for p in resource_dir("queries").glob("*.rq"))


def load_query(name_or_path: str) -> str:
    """Return the text of a bundled query (``agreements``) or of a query file (``q.rq``).

    Example:
        >>> load_query("nations").lstrip().startswith("#")
        True
    """
    path = Path(name_or_path)
    if not path.is_file() and "/" not in name_or_path and "\\" not in name_or_path:
        bundled = resource_dir("queries") / f"{name_or_path.removesuffix('.rq')}.rq"
        if not bundled.is_file():
            names = ", ".join(competency_queries())
            raise QueryError(f"no query file or competency query '{name_or_path}' ({names})")
        path = bundled
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError as e:
        raise QueryError(f"no query file {name_or_path}") from e
    except (OSError, UnicodeDecodeError) as e:
        raise QueryError(f"cannot read query file {name_or_path}: {e}") from e


def query_kind(text: str) -> str:
    """Return the form of a SPARQL request: select, ask, construct, describe or update.

    Example:
        >>> query_kind("PREFIX kg: <https://w3id.org/kg/def#> # hi\\nASK { ?s ?p ?o }")
        'ask'
        >>> query_kind("DROP ALL")
        'update'
    """
    stripped = _strip(text)
    m = _PROLOGUE.match(stripped)
    word = m["word"].lower() if m else ""
    if word in QUERY_KINDS[:4]:
        return word
    if word in _UPDATE_WORDS:
        return "update"
    pos = m.start("word") if m else 0
    line = text.count("\n", 0, pos) + 1
    col = pos - (text.rfind("\n", 0, pos) + 1) + 1
    found = f"'{word}'" if word else "nothing" if not stripped[pos:].strip() else "other text"
    raise QueryError(
        f"line {line}, column {col}: expected SELECT, ASK, CONSTRUCT, DESCRIBE or an update, "
        f"found {found}"
    )


def parse_params(items: list[str]) -> dict[str, Term]:
    """Turn ``name=value`` strings into RDF terms keyed by variable name.

    ``<iri>``, ``http(s)://...`` and ``prefix:local`` with a known prefix become IRIs;
    ``"text"``, ``"text"@lang`` and ``"text"^^xsd:type`` become literals; anything else
    (``KOR`` included) is a plain string literal.

    Example:
        >>> p = parse_params(["fact=kgr:agreement/1", "code=KOR", 'd="2024"^^xsd:gYear'])
        >>> p["fact"].value, p["code"].value, p["d"].datatype.value
        ('https://w3id.org/kg/id/agreement/1', 'KOR', 'http://www.w3.org/2001/XMLSchema#gYear')
    """
    params: dict[str, Term] = {}
    for item in items:
        name, sep, value = item.partition("=")
        name = name.strip().lstrip("?$")
        if not sep or not _NAME.fullmatch(name):
            raise QueryError(f"bad parameter {item!r}: expected name=value")
        if name in params:
            raise QueryError(f"parameter '{name}' given twice")
        params[name] = _term(name, value)
    return params


def run_query(
    store: EmbeddedStore,
    text: str,
    params: dict[str, Term] | None = None,
    *,
    allow_update: bool = False,
    allow_service: bool = False,
    timeout: float | None = None,
) -> QueryResult:
    """Run a SPARQL query (or, with ``allow_update``, an update) and materialise the result.

    ``SERVICE`` (a federated query, which makes the store call another URL) is refused
    unless ``allow_service``. With ``timeout`` (seconds), a query still running then
    raises :class:`QueryTimeout`; Oxigraph cannot cancel it, so it finishes in a
    background thread (the CLI exits instead).

    Each parameter binds the variable of its name. It is passed to the store as a term
    substitution; Oxigraph only substitutes variables the query projects, so a parameter
    for an unprojected variable (``?fact`` in evidence.rq) is bound by a trailing
    ``VALUES`` clause written from the term's N-Triples form (pyoxigraph escapes it; the
    user's string is never pasted into the query).

    Example:
        >>> from kg.store import EmbeddedStore
        >>> r = run_query(EmbeddedStore.in_memory(), "SELECT ?x { }", parse_params(["x=KOR"]))
        >>> r.variables, r.rows[0][0].value
        (['x'], 'KOR')
    """
    params = params or {}
    kind = query_kind(text)
    if not allow_service:
        refuse_service(text)
    if timeout is not None:
        return _with_timeout(
            lambda: run_query(store, text, params, allow_update=allow_update, allow_service=True),
            timeout,
        )
    if kind == "update":
        if not allow_update:
            raise QueryError("refusing to run a SPARQL UPDATE: updates must be allowed explicitly")
        if params:
            raise QueryError("parameters cannot be bound in an update")
        store.update(text)
        return QueryResult("update")
    stripped = _strip(text)
    for name in params:
        if not re.search(rf"[?$]{re.escape(name)}(?!\w)", stripped):
            raise QueryError(f"unknown parameter '{name}': the query has no ?{name}")
    raw = _execute(store, text, params)
    try:  # results are computed lazily: evaluation errors surface while reading them
        if isinstance(raw, ox.QueryBoolean):
            return QueryResult(kind, boolean=bool(raw))
        if isinstance(raw, ox.QuerySolutions):
            variables = [v.value for v in raw.variables]
            rows = [tuple(s[v] for v in variables) for s in raw]
            return QueryResult(kind, variables=variables, rows=rows)
        return QueryResult(kind, triples=list(raw))
    except OSError as e:
        raise StoreError(f"store {store.path or 'in memory'}: {e}") from e
    except RuntimeError as e:
        raise QueryError(str(e).split("\n")[0]) from e


def format_result(result: QueryResult, fmt: str) -> str:
    """Render a result: SELECT/ASK as table, csv, tsv, json, xml; graphs as table, ttl, nt, jsonld.

    csv, tsv, json and xml are the SPARQL 1.1 result formats, written by pyoxigraph.

    Example:
        >>> print(format_result(QueryResult("ask", boolean=False), "json"))
        {"head":{},"boolean":false}
    """
    if result.kind == "update":
        raise QueryError("an update has no result to format")
    graph = result.kind in ("construct", "describe")
    allowed = GRAPH_FORMATS if graph else SOLUTION_FORMATS
    if fmt not in allowed:
        raise QueryError(
            f"format '{fmt}' does not fit a {result.kind.upper()} result: "
            f"use one of {', '.join(allowed)}"
        )
    if fmt == "table":
        return _table(result)
    if graph:
        data = ox.serialize(result.triples, format=_RDF_FORMATS[fmt], prefixes=PREFIXES)
        return data.decode("utf-8")
    parsed = ox.parse_query_results(_sparql_json(result), ox.QueryResultsFormat.JSON)
    return parsed.serialize(format=_RESULTS_FORMATS[fmt]).decode("utf-8")


def short_term(term: Term | None) -> str:
    """Show a term compactly: a literal's lexical form, an IRI as ``prefix:local``.

    Example:
        >>> short_term(ox.NamedNode("https://w3id.org/kg/id/nation/KOR"))
        'kgr:nation/KOR'
    """
    if term is None:
        return ""
    if isinstance(term, ox.Literal):
        return term.value
    if isinstance(term, ox.NamedNode):
        best = max(
            (p for p, ns in PREFIXES.items() if term.value.startswith(ns)),
            key=lambda p: len(PREFIXES[p]),
            default=None,
        )
        return f"{best}:{term.value[len(PREFIXES[best]) :]}" if best else f"<{term.value}>"
    return str(term)


class QueryTimeout(QueryError):
    """The query ran longer than its time limit."""


_SERVICE = re.compile(r"(?<![\w:?$-])SERVICE(?![\w:-])", re.IGNORECASE)


def refuse_service(text: str) -> None:
    """Refuse a query with ``SERVICE``: a shared query file must not make kg call other hosts.

    Strings, IRIs and comments are not looked at, so ``"service"`` or ``ex:SERVICE`` pass.

    Example:
        >>> refuse_service('SELECT * { ?s ?p "SERVICE" } # SERVICE')
        >>> refuse_service("SELECT * { SERVICE <http://evil.example/sparql> { ?s ?p ?o } }")
        Traceback (most recent call last):
        kg.errors.QueryError: line 1, column 12: SERVICE (a federated query to another ...
    """
    m = _SERVICE.search(_strip(text))
    if m:
        line = text.count("\n", 0, m.start()) + 1
        col = m.start() - (text.rfind("\n", 0, m.start()) + 1) + 1
        raise QueryError(
            f"line {line}, column {col}: SERVICE (a federated query to another server) is "
            "refused: pass --allow-service to allow it"
        )


def _with_timeout(compute: Callable[[], QueryResult], timeout: float) -> QueryResult:
    """Run ``compute`` in a thread; give up waiting after ``timeout`` seconds."""
    box: dict[str, Any] = {}

    def work() -> None:
        try:
            box["result"] = compute()
        except BaseException as e:  # handed to the caller below, without the locals of its
            err: BaseException | None = e  # frames: an Oxigraph result there may only be
            while err is not None:  # dropped on this thread
                traceback.clear_frames(err.__traceback__)
                err = err.__cause__ or err.__context__
            box["error"] = e

    thread = threading.Thread(target=work, name="kg-query", daemon=True)
    thread.start()
    thread.join(timeout)
    if thread.is_alive():
        raise QueryTimeout(f"query stopped: still running after {timeout:g} s (--timeout)")
    if "error" in box:
        raise box["error"]
    return box["result"]


# -- internals ----------------------------------------------------------------------------


def _strip(text: str) -> str:
    """Blank out IRIs, strings and comments, keeping every other character's position."""
    return _LEXICAL.sub(lambda m: re.sub(r"[^\n]", " ", m[0]), text)


def _term(name: str, value: str) -> Term:
    try:
        if value.startswith("<") and value.endswith(">"):
            return ox.NamedNode(value[1:-1])
        if re.fullmatch(r"https?://\S+", value):
            return ox.NamedNode(value)
        m = _LITERAL.fullmatch(value)
        if m:
            lexical = re.sub(r"\\(.)", lambda e: _ESCAPES.get(e[1], e[0]), m[1])
            if m[2]:
                return ox.Literal(lexical, language=m[2])
            if m[3]:
                return ox.Literal(lexical, datatype=_iri(m[3]))
            return ox.Literal(lexical)
        prefix, colon, local = value.partition(":")
        if colon and prefix in PREFIXES and not re.search(r"\s", local):
            return ox.NamedNode(PREFIXES[prefix] + local)
        return ox.Literal(value)
    except ValueError as e:
        raise QueryError(f"bad value for parameter '{name}': {value!r} ({e})") from e


def _iri(text: str) -> ox.NamedNode:
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])
    prefix, colon, local = text.partition(":")
    if not colon or prefix not in PREFIXES:
        raise ValueError(f"unknown prefix in {text!r}")
    return ox.NamedNode(PREFIXES[prefix] + local)


def _execute(
    store: EmbeddedStore, text: str, params: dict[str, Term]
) -> ox.QuerySolutions | ox.QueryBoolean | ox.QueryTriples:
    """Substitute what Oxigraph allows; bind the rest with a trailing VALUES clause."""
    substituted = dict(params)
    while True:
        valued = {k: v for k, v in params.items() if k not in substituted}
        query = text
        if valued:
            _check_values_binding(text, valued)
            names = " ".join(f"?{k}" for k in valued)
            terms = " ".join(str(v) for v in valued.values())
            query = f"{text}\nVALUES ({names}) {{ ({terms}) }}\n"
        try:
            return store.query(query, substitutions=substituted)
        except UnprojectedVariableError as e:
            if e.variable not in substituted:
                raise QueryError(f"parameter '{e.variable}' cannot be bound here") from e
            del substituted[e.variable]


def _check_values_binding(text: str, names: dict[str, Term]) -> None:
    """Refuse a trailing VALUES binding that grouping would silently ignore.

    A trailing VALUES clause joins the solutions after GROUP BY (SPARQL 1.1, 18.2.4.3),
    where only group keys are in scope; binding any other variable would change nothing.
    """
    stripped = _strip(text)
    depth, top = 0, []
    for ch in stripped:
        depth += ch == "{"
        top.append(ch if depth == 0 else " ")
        depth -= ch == "}"
    outer = "".join(top)
    group_by = re.search(
        r"\bGROUP\s+BY\b(.*?)(?:\bHAVING\b|\bORDER\b|\bLIMIT\b|\bOFFSET\b|$)", outer, re.I | re.S
    )
    grouped = group_by or re.search(rf"\b(?:{_AGGREGATES})\s*\(", outer, re.I)
    for name in names:
        if grouped and not (group_by and re.search(rf"[?$]{name}(?!\w)", group_by[1])):
            raise QueryError(
                f"parameter '{name}' cannot be bound: the query groups its results "
                f"and neither projects nor groups by ?{name}"
            )


def _sparql_json(result: QueryResult) -> bytes:
    """Write a SELECT or ASK result as SPARQL 1.1 JSON (the input of pyoxigraph's writers)."""
    if result.kind == "ask":
        return json.dumps({"head": {}, "boolean": bool(result.boolean)}).encode()
    bindings = [
        {v: _json_term(t) for v, t in zip(result.variables, row, strict=True) if t is not None}
        for row in result.rows
    ]
    doc = {"head": {"vars": result.variables}, "results": {"bindings": bindings}}
    return json.dumps(doc).encode()


def _json_term(term: Term) -> dict[str, object]:
    if isinstance(term, ox.NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, ox.BlankNode):
        return {"type": "bnode", "value": term.value}
    if isinstance(term, ox.Literal):
        out: dict[str, object] = {"type": "literal", "value": term.value}
        if term.language:
            out["xml:lang"] = term.language
        elif term.datatype.value not in (_XSD_STRING, _RDF_LANG_STRING):
            out["datatype"] = term.datatype.value
        return out
    return {
        "type": "triple",
        "value": {
            "subject": _json_term(term.subject),
            "predicate": _json_term(term.predicate),
            "object": _json_term(term.object),
        },
    }


def _table(result: QueryResult) -> str:
    """A plain aligned text table, columns separated by two spaces."""
    if result.kind == "ask":
        return "true\n" if result.boolean else "false\n"
    if result.kind in ("construct", "describe"):
        header = ["subject", "predicate", "object"]
        cells = [
            [short_term(t.subject), short_term(t.predicate), short_term(t.object)]
            for t in result.triples
        ]
    else:
        header = list(result.variables)
        cells = [[short_term(t).replace("\n", " ") for t in row] for row in result.rows]
    widths = [max([len(h), *(len(r[i]) for r in cells)]) for i, h in enumerate(header)]
    lines = [header, ["-" * w for w in widths], *cells]
    return "".join(
        "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip() + "\n"
        for line in lines
    )
