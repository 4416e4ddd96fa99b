"""SPARQL text rewriting for remote stores: name the dataset, bind parameters.

Both insert text at one place of the query, found on a copy whose IRIs, strings and
comments are blanked out (so a ``{`` or ``FROM`` inside them is never taken for syntax):
the WHERE clause of the query form (after a CONSTRUCT template, outside the parentheses
of SELECT expressions).

Example:
    >>> print(with_dataset("SELECT * WHERE { ?s ?p ?o }", ["http://e/g"]))
    SELECT * FROM <http://e/g> FROM NAMED <http://e/g> WHERE { ?s ?p ?o }
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import pyoxigraph as ox

from kg.errors import QueryError

_FROM = re.compile(r"(?<![?$:\w])FROM\b", re.I)
_FORM = re.compile(r"\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.I)
_WHERE_BEFORE = re.compile(r"\bWHERE\s*$", re.I)


def has_dataset(sparql: str) -> bool:
    """Return whether the query names its own dataset (``FROM`` or ``FROM NAMED``).

    Example:
        >>> has_dataset("SELECT ?from { ?from ?p 'FROM' }"), has_dataset("ASK FROM <g> {}")
        (False, True)
    """
    return bool(_FROM.search(_blank(sparql)))


def with_dataset(sparql: str, graphs: Sequence[str]) -> str:
    """Make ``graphs`` the query's default graph (merged) and its named graphs.

    ``FROM <g>`` and ``FROM NAMED <g>`` clauses go before the WHERE clause; a query with
    no WHERE clause (``DESCRIBE <x>``) gets them at its end.

    Example:
        >>> with_dataset("DESCRIBE <http://e/x>", ["http://e/g"])
        'DESCRIBE <http://e/x> FROM <http://e/g> FROM NAMED <http://e/g>'
    """
    iris = [str(ox.NamedNode(g)) for g in graphs]
    clauses = " ".join([*(f"FROM {i}" for i in iris), *(f"FROM NAMED {i}" for i in iris)])
    blanked = _blank(sparql)
    brace = _where_brace(blanked)
    if brace is None:
        return f"{sparql.rstrip()} {clauses}"
    where = _WHERE_BEFORE.search(blanked[:brace])
    at = where.start() if where else brace
    return f"{sparql[:at]}{clauses} {sparql[at:]}"


def prebind(sparql: str, substitutions: dict[str, Any]) -> str:
    """Bind variables to terms by a ``VALUES`` block opening the WHERE clause.

    The block joins the WHERE clause's solutions first, so the variable is bound
    everywhere in the clause's own scope (not inside subqueries that do not project it).

    Example:
        >>> print(prebind("SELECT ?x WHERE { ?x ?p ?o }", {"x": ox.NamedNode("http://e/x")}))
        SELECT ?x WHERE { VALUES (?x) { (<http://e/x>) } ?x ?p ?o }
    """
    brace = _where_brace(_blank(sparql))
    if brace is None:
        raise QueryError("parameters need a query with a WHERE clause")
    names = " ".join(f"?{k}" for k in substitutions)
    terms = " ".join(str(v) for v in substitutions.values())
    return f"{sparql[: brace + 1]} VALUES ({names}) {{ ({terms}) }}{sparql[brace + 1 :]}"


def _blank(sparql: str) -> str:
    from kg.query import _strip  # kg.query imports kg.store: import it late

    return _strip(sparql)


def _where_brace(blanked: str) -> int | None:
    """The index of the ``{`` opening the query form's WHERE clause, if any."""
    form = _FORM.search(blanked)
    start = form.end() if form else 0
    if form and form[1].upper() == "CONSTRUCT":
        template = re.match(r"\s*\{", blanked[start:])
        if template:
            start = _group_end(blanked, start + template.end() - 1)
    depth = 0
    for i in range(start, len(blanked)):
        ch = blanked[i]
        depth += (ch == "(") - (ch == ")")
        if ch == "{" and depth == 0:
            return i
    return None


def _group_end(text: str, brace: int) -> int:
    depth = 0
    for i in range(brace, len(text)):
        depth += (text[i] == "{") - (text[i] == "}")
        if depth == 0:
            return i + 1
    return len(text)
