"""Serve the embedded store as a SPARQL endpoint: the Oxigraph server over the same directory.

The ``oxigraph`` package (``pip install 'kg[server]'``) ships the Oxigraph server, which
opens the database kg writes (``oxigraph/`` in the store directory, same Oxigraph version
line). kg starts it on 127.0.0.1 with ``--union-default-graph`` (queries see the union of
the article graphs, as ``kg query`` does) and holds the store's locks
(:mod:`kg.store.locks`) while it runs: read-only (the default) as a reader, so ``kg query``
and other readers still work and a ``kg ingest`` waits for it to stop; read-write as the
store's writer.

Example:
    >>> import tempfile
    >>> serve_store(tempfile.mkdtemp() + "/none")
    Traceback (most recent call last):
    kg.errors.StoreError: no store at ... (run `kg ingest` first)
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from pathlib import Path

from kg.errors import StoreError
from kg.store.locks import FileLock, take_data

HOST = "127.0.0.1"


def oxigraph_executable() -> str:
    """Return the path of the Oxigraph server program (the ``oxigraph`` package's).

    Example:
        >>> Path(oxigraph_executable()).name.startswith("oxigraph")
        True
    """
    beside = Path(sys.executable).with_name("oxigraph")
    if beside.is_file():
        return str(beside)
    found = shutil.which("oxigraph")
    if found:
        return found
    raise StoreError("the Oxigraph server is not installed: pip install 'kg[server]'")


def free_port() -> int:
    """Return a TCP port on 127.0.0.1 that is free right now.

    Example:
        >>> 0 < free_port() < 65536
        True
    """
    with socket.socket() as s:
        s.bind((HOST, 0))
        return int(s.getsockname()[1])


class Server:
    """A running Oxigraph server: its URLs, and how to wait for it or stop it.

    Example:
        >>> Server.__name__
        'Server'
    """

    def __init__(
        self, args: list[str], port: int, *, write: bool, locks: list[FileLock] | None = None
    ) -> None:
        self.args = args
        self.locks = locks or []
        self.port = port
        self.write = write
        self.url = f"http://{HOST}:{port}"
        self.query_url = f"{self.url}/query"
        self.update_url = f"{self.url}/update"
        self.store_url = f"{self.url}/store"
        self._log = tempfile.TemporaryFile()  # noqa: SIM115 - lives as long as the server
        self.process = subprocess.Popen(
            args, stdin=subprocess.DEVNULL, stdout=self._log, stderr=subprocess.STDOUT
        )

    def __enter__(self) -> Server:
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def wait_ready(self, timeout: float = 30.0) -> None:
        """Wait until the server answers a query; StoreError if it exits or times out."""
        deadline = time.monotonic() + timeout
        probe = f"{self.query_url}?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise StoreError(f"the Oxigraph server stopped: {self.output()}")
            try:
                with urllib.request.urlopen(probe, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.05)
        self.stop()
        raise StoreError(f"the Oxigraph server did not answer on {self.url} in {timeout:.0f} s")

    def wait(self) -> int:
        """Block until the server exits; return its exit code."""
        return self.process.wait()

    def stop(self) -> None:
        """Stop the server (SIGTERM, then SIGKILL after 10 s)."""
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self._log.close()
        for lock in reversed(self.locks):
            lock.release()

    def output(self) -> str:
        """The last line the server printed (for error messages)."""
        self._log.seek(0)
        lines = [ln for ln in self._log.read().decode(errors="replace").splitlines() if ln]
        return lines[-1].strip() if lines else f"exit code {self.process.returncode}"


def serve_store(
    path: str | os.PathLike[str] | None = None,
    *,
    port: int = 7878,
    write: bool = False,
    union: bool = True,
    timeout: float = 30.0,
) -> Server:
    """Start the Oxigraph server on the store at ``path``, on 127.0.0.1:``port``.

    ``port=0`` picks a free port. ``write`` serves read-write (and locks the store);
    ``union`` makes the default graph the union of the named graphs. Returns once the
    server answers; stop it with ``server.stop()`` or a ``with`` block.
    """
    from kg.store import layout
    from kg.store.embedded import default_store_path

    store = Path(default_store_path() if path is None else path)
    if not store.is_dir() or layout.is_blank(store):
        raise StoreError(f"no store at {store} (run `kg ingest` first)")
    layout.check(store)
    locks = _lock(store, write)
    port = port or free_port()
    args = [oxigraph_executable(), "serve" if write else "serve-read-only"]
    args += ["--location", str(layout.database(store)), "--bind", f"{HOST}:{port}"]
    if union:
        args.append("--union-default-graph")
    try:
        server = Server(args, port, write=write, locks=locks)
    except BaseException:
        for lock in locks:
            lock.release()
        raise
    try:
        server.wait_ready(timeout)
    except StoreError as e:
        server.stop()
        if "lock" in str(e).lower():
            raise StoreError(f"store {store} is in use by another process: close it") from e
        raise
    return server


def _lock(store: Path, write: bool) -> list[FileLock]:
    """Hold the store as a reader (shared) or as its writer for as long as the server runs."""
    from kg.store import layout

    data = FileLock(store / layout.DATA_LOCK, "data")
    intent = FileLock(store / layout.INTENT_LOCK, "intent")
    if not write:
        busy = f"store {store} is being written"
        take_data(data, intent, exclusive=False, wait=30.0, busy=lambda h: busy)
        return [data]
    writer = FileLock(store / layout.WRITER_LOCK, "writer")
    writer.acquire(exclusive=True, wait=0.0, busy=lambda h: f"store {store} is in use by {h}")
    try:
        busy = f"store {store} is being read"
        take_data(data, intent, exclusive=True, wait=30.0, busy=lambda h: busy)
    except BaseException:
        writer.release()
        raise
    return [writer, data]
