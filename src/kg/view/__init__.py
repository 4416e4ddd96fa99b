"""Graph views: select what to draw from a store, cut it, draw it as offline HTML or a picture.

Importing this package is cheap: networkx, pyvis and matplotlib are imported by the
functions that need them.

Example:
    >>> from kg.view import ViewRequest, write_view
    >>> ViewRequest(focus=("KOR",)).hops
    2
"""

from __future__ import annotations

from kg.view.build import (
    FORMATS,
    ViewGraph,
    ViewRequest,
    ViewSummary,
    network_view,
    open_view,
    output_format,
    view_graph,
    write_view,
)
from kg.view.select import resolve_article, select_graph

__all__ = [
    "FORMATS",
    "ViewGraph",
    "ViewRequest",
    "ViewSummary",
    "network_view",
    "open_view",
    "output_format",
    "resolve_article",
    "select_graph",
    "view_graph",
    "write_view",
]
