"""Graph views: select entity and fact nodes from a store and draw them as pyvis HTML.

Importing this package is cheap: networkx and pyvis are imported inside the functions
that need them.

Example:
    >>> from kg.view import write_view
    >>> write_view.__name__
    'write_view'
"""

from __future__ import annotations

from kg.view.html import ViewSummary, build_network, render_page, write_view
from kg.view.select import select_graph

__all__ = ["ViewSummary", "build_network", "render_page", "select_graph", "write_view"]
