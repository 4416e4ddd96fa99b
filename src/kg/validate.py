"""Check a kg graph against the SHACL shapes (``ontology/shapes.ttl``) with pySHACL.

A dataset is validated as the union of its graphs (every named graph, one per article,
and the default graph), without the ontology and without inference: the shapes are
written so the data alone suffices. Violations are returned, not raised: the caller (the
CLI) decides what a failed check means, and ``ValidationReport.check()`` raises for
callers that want an exception.

Example:
    >>> from rdflib import Graph
    >>> data = '''
    ... @prefix kg: <https://w3id.org/kg/def#> .
    ... <https://w3id.org/kg/id/nation/KOR> a kg:Nation ; kg:isoCode "KOR" .
    ... '''
    >>> report = validate_graph(Graph().parse(data=data, format="turtle"))
    >>> report.conforms
    False
    >>> print(report.text())
    Violation  kgr:nation/KOR  rdfs:label  A nation needs an rdfs:label.
    1 result (1 violation): does not conform
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from rdflib import BNode, Graph, URIRef
from rdflib.graph import ConjunctiveGraph, Dataset
from rdflib.namespace import SH
from rdflib.term import Identifier

from kg.errors import KgError, ValidationError
from kg.paths import resource_dir
from kg.rdf.namespace import curie

__all__ = [
    "DatasetSource",
    "ValidationReport",
    "Violation",
    "default_shapes_path",
    "validate_graph",
    "validate_store",
]

_SEVERITY_ORDER = {"Violation": 0, "Warning": 1, "Info": 2}


@dataclass(frozen=True)
class Violation:
    """One SHACL validation result: what is wrong, where, and which shape says so.

    ``severity`` is ``"Violation"``, ``"Warning"`` or ``"Info"``. ``shape`` is the node
    shape (such as ``kgsh:AgreementShape``) whose property shape failed, ``constraint``
    the SHACL constraint component (such as ``sh:MinCountConstraintComponent``), and
    ``value`` the offending value when there is one.

    Example:
        >>> from kg.rdf.namespace import KG, KGR
        >>> v = Violation(KGR["nation/KOR"], KG.isoCode, "Bad code.", "Violation")
        >>> v.line()
        'Violation  kgr:nation/KOR  kg:isoCode  Bad code.'
    """

    focus_node: Identifier
    path: Identifier | None
    message: str
    severity: str = "Violation"
    shape: Identifier | None = None
    constraint: Identifier | None = None
    value: Identifier | None = None

    def line(self) -> str:
        """Return the one-line form used by :meth:`ValidationReport.text`.

        Example:
            >>> from kg.rdf.namespace import KGR
            >>> Violation(KGR["article/x"], None, "No headline.", "Warning").line()
            'Warning  kgr:article/x  -  No headline.'
        """
        return f"{self.severity}  {_show(self.focus_node)}  {_show_path(self.path)}  {self.message}"


@dataclass
class ValidationReport:
    """The outcome of a validation: whether the data conforms, and every result.

    ``conforms`` is true when there is no result of severity ``Violation`` (warnings
    and infos do not make data non-conforming).

    Example:
        >>> report = ValidationReport(conforms=True)
        >>> print(report.text())
        0 results: conforms
    """

    conforms: bool
    results: list[Violation] = field(default_factory=list)

    @property
    def violations(self) -> list[Violation]:
        """The results of severity ``Violation``.

        Example:
            >>> ValidationReport(conforms=True).violations
            []
        """
        return [r for r in self.results if r.severity == "Violation"]

    def text(self) -> str:
        """Return a readable report: one line per result, then a summary line.

        Each line is ``severity  focus-node  path  message`` with IRIs shortened by the
        prefixes of :data:`kg.rdf.namespace.PREFIXES`.

        Example:
            >>> from kg.rdf.namespace import KGR
            >>> v = Violation(KGR["article/x"], None, "No headline.", "Warning")
            >>> print(ValidationReport(conforms=True, results=[v]).text())
            Warning  kgr:article/x  -  No headline.
            1 result (1 warning): conforms
        """
        lines = [r.line() for r in self.results]
        lines.append(self.summary())
        return "\n".join(lines)

    def summary(self) -> str:
        """Return the summary line: how many results of each severity, and the verdict.

        Example:
            >>> ValidationReport(conforms=False, results=[]).summary()
            '0 results: does not conform'
        """
        n = len(self.results)
        counts = []
        for severity in _SEVERITY_ORDER:
            k = sum(1 for r in self.results if r.severity == severity)
            if k:
                counts.append(f"{k} {severity.lower()}{'' if k == 1 else 's'}")
        detail = f" ({', '.join(counts)})" if counts else ""
        verdict = "conforms" if self.conforms else "does not conform"
        return f"{n} result{'' if n == 1 else 's'}{detail}: {verdict}"

    def check(self) -> None:
        """Raise :class:`~kg.errors.ValidationError` if the data does not conform.

        For library callers that want an exception; the message is the summary line
        followed by the first violations.

        Example:
            >>> ValidationReport(conforms=True).check()
            >>> ValidationReport(conforms=False).check()
            Traceback (most recent call last):
            ...
            kg.errors.ValidationError: 0 results: does not conform
        """
        if self.conforms:
            return
        shown = [v.line() for v in self.violations[:5]]
        more = len(self.violations) - len(shown)
        if more > 0:
            shown.append(f"... and {more} more")
        raise ValidationError("\n".join([self.summary(), *shown]))


class DatasetSource(Protocol):
    """Anything that can hand over its whole content as an rdflib ``Dataset`` (a store)."""

    def dump_dataset(self) -> Dataset:
        """Return every quad as a ``Dataset``."""
        ...


def default_shapes_path() -> Path:
    """Return the path of the bundled shapes, ``ontology/shapes.ttl``.

    Example:
        >>> default_shapes_path().name
        'shapes.ttl'
    """
    return resource_dir("ontology") / "shapes.ttl"


def validate_graph(
    data: Graph | Dataset, *, shapes_path: str | Path | None = None
) -> ValidationReport:
    """Validate ``data`` against the SHACL shapes and return a :class:`ValidationReport`.

    A ``Dataset`` (or ``ConjunctiveGraph``) is validated as the union of all its
    graphs, so the triples in every article's named graph are checked. ``shapes_path``
    defaults to the bundled ``ontology/shapes.ttl``. Raises
    :class:`~kg.errors.KgError` only when the shapes cannot be read.

    Example:
        >>> from rdflib import RDF, Dataset, Literal
        >>> from kg.rdf.namespace import KG, KGR
        >>> ds = Dataset()
        >>> g = ds.graph(KGR["article/0123456789abcdef"])
        >>> _ = g.add((KGR["nation/KOR"], RDF.type, KG.Nation))
        >>> _ = g.add((KGR["nation/KOR"], KG.isoCode, Literal("KOR")))
        >>> [v.line() for v in validate_graph(ds).results]
        ['Violation  kgr:nation/KOR  rdfs:label  A nation needs an rdfs:label.']
    """
    import pyshacl  # slow to import: only when validating

    shapes = _load_shapes(Path(shapes_path) if shapes_path is not None else default_shapes_path())
    graph = _union(data)
    conforms, results_graph, _text = pyshacl.validate(
        graph,
        shacl_graph=shapes,
        inference="none",
        abort_on_first=False,
        allow_infos=True,
        allow_warnings=True,
        meta_shacl=False,
        advanced=False,
    )
    results = sorted(_results(results_graph, shapes), key=_sort_key)
    return ValidationReport(conforms=bool(conforms), results=results)


def validate_store(
    store: DatasetSource, *, shapes_path: str | Path | None = None
) -> ValidationReport:
    """Validate everything in ``store`` (any object with ``dump_dataset()``).

    Example:
        >>> from rdflib import Dataset
        >>> class EmptyStore:
        ...     def dump_dataset(self):
        ...         return Dataset()
        >>> validate_store(EmptyStore()).conforms
        True
    """
    return validate_graph(store.dump_dataset(), shapes_path=shapes_path)


# -- internals ----------------------------------------------------------------------------


def _load_shapes(path: Path) -> Graph:
    try:
        return Graph().parse(path, format="turtle")
    except FileNotFoundError as e:
        raise KgError(f"{path}: shapes file not found") from e
    except Exception as e:  # rdflib raises many kinds of parse errors
        raise KgError(f"{path}: cannot read shapes: {e}") from e


def _union(data: Graph | Dataset) -> Graph:
    """Return a plain graph holding the triples of every graph of ``data``."""
    if not isinstance(data, ConjunctiveGraph):  # Dataset is a ConjunctiveGraph
        return data
    union = Graph()
    for s, p, o, _g in data.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _results(report: Graph, shapes: Graph) -> Iterable[Violation]:
    # Only the report's own results: nested sh:detail results (from sh:node, sh:or) are
    # explained by their parent's message.
    for result in report.objects(None, SH.result):
        severity = report.value(result, SH.resultSeverity)
        messages = sorted(str(m) for m in report.objects(result, SH.resultMessage))
        yield Violation(
            focus_node=report.value(result, SH.focusNode),
            path=report.value(result, SH.resultPath),
            message=" ".join(messages) or "(no message)",
            severity=str(severity).rsplit("#", 1)[-1] if severity is not None else "Violation",
            shape=_owner_shape(report.value(result, SH.sourceShape), shapes),
            constraint=report.value(result, SH.sourceConstraintComponent),
            value=report.value(result, SH.value),
        )


def _owner_shape(source: Identifier | None, shapes: Graph) -> Identifier | None:
    """Name the node shape a (blank) property shape belongs to, when it has one."""
    if isinstance(source, BNode):
        owner = shapes.value(None, SH.property, source)
        if owner is not None:
            return owner
    return source


def _show(term: Identifier) -> str:
    return curie(term) if isinstance(term, URIRef) else term.n3()


def _show_path(path: Identifier | None) -> str:
    if path is None:
        return "-"
    # A complex path (inverse, sequence, ...) is a blank node of the results graph.
    return "(complex path)" if isinstance(path, BNode) else _show(path)


def _sort_key(v: Violation) -> tuple[int, str, str, str]:
    return (_SEVERITY_ORDER.get(v.severity, 9), _show(v.focus_node), _show_path(v.path), v.message)
