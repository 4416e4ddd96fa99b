"""Serializing quads to the RDF formats kg writes (pyoxigraph serializers).

Example:
    >>> import pyoxigraph as ox
    >>> q = ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal("o"), ox.NamedNode("http://e/g"))
    >>> serialize_quads([q], "nq")
    b'<http://e/s> <http://e/p> "o" <http://e/g> .\\n'
"""

from __future__ import annotations

import pyoxigraph as ox

from kg.store.embedded import PREFIXES

FORMATS = {
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def serialize_quads(quads: list[ox.Quad], fmt: str) -> bytes:
    """Serialize ``quads`` as ``fmt``; triple formats get the union of the graphs, deduplicated."""
    rdf_format = FORMATS[fmt]
    if not rdf_format.supports_datasets:
        triples = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in quads))
        return ox.serialize(triples, format=rdf_format, prefixes=PREFIXES)
    if fmt == "nq":
        return ox.serialize(quads, format=rdf_format)
    return ox.serialize(quads, format=rdf_format, prefixes=PREFIXES)
