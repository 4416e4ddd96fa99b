"""What a kg store directory holds, and the check that a directory is one.

A kg store is a directory with:

- ``kg-store.json``: ``{"format": "kg-store", "version": 1, ...}``, written first, by an
  atomic rename, when the store is created;
- ``oxigraph/``: the Oxigraph (RocksDB) database;
- ``kg-writer.lock``, ``kg.lock`` and ``kg-intent.lock``: the locks of :mod:`kg.store.locks`;
- ``kg-journal.json``, only while a batch is being bulk-loaded: the graphs it adds and the
  match keys they report, so that the next open can take back a batch a crash cut short
  (:meth:`kg.store.EmbeddedStore.bulk_add`).

Opening a directory that is not a kg store (files but no ``kg-store.json``), or a store of a
newer format than this kg reads, fails with a clear message and changes nothing in it.

Example:
    >>> import tempfile, pathlib
    >>> root = pathlib.Path(tempfile.mkdtemp()) / "store"
    >>> create(root)["version"]
    1
    >>> check(root)["format"], database(root).name
    ('kg-store', 'oxigraph')
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any

from kg.errors import StoreError

FORMAT = "kg-store"
VERSION = 1
MARKER = "kg-store.json"
DATABASE = "oxigraph"
WRITER_LOCK = "kg-writer.lock"
DATA_LOCK = "kg.lock"
INTENT_LOCK = "kg-intent.lock"
JOURNAL = "kg-journal.json"
LOCKS = {WRITER_LOCK, DATA_LOCK, INTENT_LOCK}


def database(root: Path) -> Path:
    """The Oxigraph database directory inside the store ``root``."""
    return root / DATABASE


def is_blank(root: Path) -> bool:
    """Whether ``root`` is absent, or a directory holding nothing but kg's lock files.

    Example:
        >>> import tempfile, pathlib
        >>> is_blank(pathlib.Path(tempfile.mkdtemp())), is_blank(pathlib.Path("/"))
        (True, False)
    """
    if not root.exists():
        return True
    if not root.is_dir():
        return False
    return all(p.name in LOCKS for p in root.iterdir())


def check(root: Path) -> dict[str, Any]:
    """Read and check the store marker of ``root``; raise StoreError if it is no kg store.

    Example:
        >>> import tempfile, pathlib
        >>> d = pathlib.Path(tempfile.mkdtemp()); _ = (d / "notes.txt").write_text("x")
        >>> check(d)
        Traceback (most recent call last):
        kg.errors.StoreError: ... is not a kg store (no kg-store.json); nothing was changed
    """
    if root.exists() and not root.is_dir():
        raise StoreError(f"cannot open store {root}: not a directory")
    marker = root / MARKER
    if not marker.is_file():
        hint = ""
        if (root / "CURRENT").is_file():
            hint = " (it looks like a plain Oxigraph database)"
        raise StoreError(f"{root} is not a kg store (no {MARKER}){hint}; nothing was changed")
    try:
        info = json.loads(marker.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise StoreError(f"{root} is not a kg store: {MARKER} is unreadable ({e})") from e
    if not isinstance(info, dict) or info.get("format") != FORMAT:
        raise StoreError(f"{root} is not a kg store: {MARKER} does not say format {FORMAT!r}")
    version = info.get("version")
    if not isinstance(version, int) or version < 1:
        raise StoreError(f"{root}: {MARKER} has no valid format version ({version!r})")
    if version > VERSION:
        raise StoreError(
            f"store {root} has format version {version}, newer than this kg reads "
            f"({VERSION}): upgrade kg; nothing was changed"
        )
    if not database(root).is_dir():
        raise StoreError(f"store {root} is damaged: its {DATABASE}/ database is missing")
    return info


def create(root: Path) -> dict[str, Any]:
    """Make ``root`` a new, empty kg store (it must be blank); return its marker."""
    root.mkdir(parents=True, exist_ok=True)
    database(root).mkdir(exist_ok=True)
    info = {"format": FORMAT, "version": VERSION, "created_by": f"kg {_kg_version()}"}
    _write_json(root / MARKER, info, indent=2)
    return info


def _write_json(path: Path, data: dict[str, Any], indent: int | None = None) -> None:
    """Write ``path`` atomically (a synced temporary file renamed over it)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.stem}.", dir=path.parent)
    with os.fdopen(fd, "w", encoding="utf-8") as f:
        json.dump(data, f, indent=indent)
        f.write("\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def write_journal(root: Path, entry: dict[str, Any]) -> None:
    """Write the journal of the batch about to be loaded (atomically, synced to disk).

    Example:
        >>> import tempfile, pathlib
        >>> root = pathlib.Path(tempfile.mkdtemp())
        >>> write_journal(root, {"graphs": ["http://ex/g"], "keys": []})
        >>> read_journal(root)["graphs"]
        ['http://ex/g']
    """
    _write_json(root / JOURNAL, entry)
    _sync_dir(root)


def read_journal(root: Path) -> dict[str, Any] | None:
    """The journal of a batch that did not finish, or None.

    Example:
        >>> import tempfile, pathlib
        >>> read_journal(pathlib.Path(tempfile.mkdtemp())) is None
        True
    """
    try:
        entry = json.loads((root / JOURNAL).read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError, ValueError) as e:
        raise StoreError(f"store {root}: {JOURNAL} is unreadable ({e}); remove the store") from e
    if not isinstance(entry, dict):
        raise StoreError(f"store {root}: {JOURNAL} is not a journal")
    return entry


def clear_journal(root: Path) -> None:
    """Remove the journal: its batch is complete (or was taken back).

    Example:
        >>> import tempfile, pathlib
        >>> clear_journal(pathlib.Path(tempfile.mkdtemp()))
    """
    try:
        (root / JOURNAL).unlink()
    except FileNotFoundError:
        return
    _sync_dir(root)


def _sync_dir(root: Path) -> None:
    fd = os.open(root, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _kg_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("kg")
    except PackageNotFoundError:
        return "unknown"
