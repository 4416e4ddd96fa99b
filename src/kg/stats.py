"""Counts of what a store holds: articles, entities and facts by kind, triples, graphs.

Example:
    >>> from kg.store import EmbeddedStore
    >>> stats(EmbeddedStore.in_memory())["triples"]
    0
"""

from __future__ import annotations

from typing import Any

from kg.errors import StoreError

KINDS = {
    "Article": "articles",
    "Nation": "nations",
    "Company": "organizations",
    "GovernmentBody": "organizations",
    "MilitaryBranch": "organizations",
    "InternationalOrganization": "organizations",
    "Legislature": "organizations",
    "PoliticalParty": "organizations",
    "ArmedGroup": "organizations",
    "NewsMedia": "organizations",
    "NonGovernmentalOrganization": "organizations",
    "WeaponSystem": "systems",
    "Agreement": "agreements",
    "Contract": "contracts",
    "Meeting": "meetings",
    "Exercise": "exercises",
    "Stance": "stances",
    "Evidence": "evidence",
}
_QUERY = """
SELECT ?class (COUNT(DISTINCT ?s) AS ?n) WHERE {
  ?s a ?class . FILTER(STRSTARTS(STR(?class), "https://w3id.org/kg/def#"))
} GROUP BY ?class
"""


def stats(store: Any) -> dict[str, int]:
    """Return counts by kind plus ``triples`` and ``graphs`` for any kg store.

    Example:
        >>> from kg.store import EmbeddedStore
        >>> sorted(stats(EmbeddedStore.in_memory()))[:3]
        ['agreements', 'articles', 'contracts']
    """
    counts = dict.fromkeys(dict.fromkeys(KINDS.values()), 0)
    for row in store.query(_QUERY):
        cls, n = row["class"], row["n"]
        if cls is None or n is None:
            raise StoreError("the store answered the count query without ?class and ?n")
        local = cls.value.rsplit("#", 1)[-1]
        if local in KINDS:
            try:
                counts[KINDS[local]] += int(n.value)
            except ValueError as e:
                raise StoreError(f"the store answered a count that is no number: {n}") from e
    counts["triples"] = store.triple_count()
    counts["graphs"] = len(store.graphs())
    return counts
