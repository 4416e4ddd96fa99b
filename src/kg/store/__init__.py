"""Stores behind one small interface: the embedded Oxigraph store and remote SPARQL servers.

:class:`EmbeddedStore` (Oxigraph on disk) and :class:`RemoteStore` (any SPARQL 1.1
server, see :mod:`kg.store.remote`) answer the same calls: ``query``, ``update``,
``graphs``, ``triple_count``, ``replace_graph``, ``remove_graph``, ``export``,
``dump_dataset``. The remote classes load on first use (they bring in httpx).

Example:
    >>> from kg.store import EmbeddedStore
    >>> EmbeddedStore.in_memory().triple_count()
    0
    >>> from kg.store import Endpoint, RemoteStore
    >>> RemoteStore(Endpoint("http://127.0.0.1:7878/query")).path
    'http://127.0.0.1:7878/query'
"""

from __future__ import annotations

from typing import Any

from kg.store.embedded import (
    EXPORT_FORMATS,
    PREFIXES,
    EmbeddedStore,
    UnprojectedVariableError,
    default_store_path,
    open_store,
)

_REMOTE = ("ARTICLE_GRAPHS", "Endpoint", "RemoteStore", "SignInRefused", "Unreachable")

__all__ = [
    "EXPORT_FORMATS",
    "PREFIXES",
    "EmbeddedStore",
    "UnprojectedVariableError",
    "default_store_path",
    "open_store",
    *_REMOTE,
]


def __getattr__(name: str) -> Any:
    """Import the remote store on first use, so ``kg`` starts without httpx."""
    if name in _REMOTE:
        from kg.store import remote

        return getattr(remote, name)
    raise AttributeError(f"module 'kg.store' has no attribute {name!r}")
