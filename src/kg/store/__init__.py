"""Stores behind one small interface: the embedded Oxigraph store (remote endpoints later).

Example:
    >>> from kg.store import EmbeddedStore
    >>> EmbeddedStore.in_memory().triple_count()
    0
"""

from __future__ import annotations

from kg.store.embedded import (
    EXPORT_FORMATS,
    PREFIXES,
    EmbeddedStore,
    UnprojectedVariableError,
    default_store_path,
    open_store,
)

__all__ = [
    "EXPORT_FORMATS",
    "PREFIXES",
    "EmbeddedStore",
    "UnprojectedVariableError",
    "default_store_path",
    "open_store",
]
