"""Where kg finds its bundled data: ontology, queries, lexicons and articles.

In a source checkout (``pip install -e .``) these are the top-level folders of the
repository; in an installed wheel they are copied under ``kg/_data/``.

Example:
    >>> resource_dir("queries").name
    'queries'
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
_NAMES = {
    "ontology": "ontology",
    "queries": "queries",
    "lexicon": "data/lexicon",
    "articles": "data/articles",
}


def resource_dir(name: str) -> Path:
    """Return the folder holding the bundled resource ``name``.

    Example:
        >>> resource_dir("ontology").joinpath("kg.ttl").name
        'kg.ttl'
    """
    rel = _NAMES[name]
    installed = _PACKAGE / "_data" / rel
    if installed.is_dir():
        return installed
    return _PACKAGE.parents[1] / rel
