"""Real SPARQL servers for tests, on 127.0.0.1 on free ports, in their own temp directories.

- :class:`OxigraphServer`: the Oxigraph server of the ``oxigraph`` package (read-write,
  no union default graph: the way a team runs it).
- :class:`VirtuosoServer`: Virtuoso 7 (``virtuoso-t`` from Debian's virtuoso-opensource)
  with a generated ``virtuoso.ini``; a fresh database has the ``dba`` account (password
  ``dba``), which signs in by HTTP digest at ``/sparql-auth`` and
  ``/sparql-graph-crud-auth``.
- :class:`Proxy`: a loopback HTTP proxy in front of a server that asks for basic or bearer
  credentials, or answers some requests with an error, and records what came through.

Each can be stopped (SIGTERM), killed (SIGKILL) and started again on the same data.
"""

from __future__ import annotations

import base64
import http.client
import http.server
import shutil
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kg.serve import Server, free_port, serve_store
from kg.store.http import Endpoint

VIRTUOSO = shutil.which("virtuoso-t")


class OxigraphServer:
    """The Oxigraph server over ``directory`` (created empty if new)."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.query_url = f"{self.url}/query"
        self._server: Server | None = None

    def start(self) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self._server = serve_store(self.directory, port=self.port, write=True, union=False)

    def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            self._server = None

    def kill(self) -> None:
        """SIGKILL the server, as a crash would."""
        if self._server is not None:
            self._server.process.kill()
            self._server.process.wait()
            self._server.stop()
            self._server = None

    def endpoint(self, **kwargs: object) -> Endpoint:
        kwargs.setdefault("retries", 1)
        kwargs.setdefault("backoff", 0.05)
        return Endpoint(self.query_url, **kwargs)  # type: ignore[arg-type]


_INI = """\
[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = {d}
ServerThreads = 10
MaxClientConnections = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryExecutionTime = 120
"""


class VirtuosoServer:
    """Virtuoso 7 with its database, log and ini in ``directory``."""

    def __init__(self, directory: Path) -> None:
        if VIRTUOSO is None:
            raise RuntimeError("virtuoso-t is not installed")
        self.directory = directory
        self.http_port = free_port()
        self.sql_port = free_port()
        self.url = f"http://127.0.0.1:{self.http_port}"
        self.query_url = f"{self.url}/sparql"
        self.process: subprocess.Popen[bytes] | None = None
        directory.mkdir(parents=True, exist_ok=True)
        ini = _INI.format(d=directory, sql=self.sql_port, http=self.http_port)
        (directory / "virtuoso.ini").write_text(ini)

    def start(self, timeout: float = 120.0) -> None:
        log = open(self.directory / "server.out", "ab")  # noqa: SIM115 - the server's
        self.process = subprocess.Popen(
            [VIRTUOSO, "-f", "-c", "virtuoso.ini"],  # type: ignore[list-item]
            cwd=self.directory,
            stdin=subprocess.DEVNULL,
            stdout=log,
            stderr=subprocess.STDOUT,
        )
        log.close()
        deadline = time.monotonic() + timeout
        probe = f"{self.query_url}?query=ASK%7B%7D"
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"virtuoso-t exited: see {self.directory}/virtuoso.log")
            try:
                with urllib.request.urlopen(probe, timeout=2) as answer:
                    if answer.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"virtuoso-t did not answer in {timeout} s")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        self.process = None

    def kill(self) -> None:
        """SIGKILL the server, as a crash would."""
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            self.process = None

    def endpoint(self, **kwargs: object) -> Endpoint:
        kwargs.setdefault("user", "dba")
        kwargs.setdefault("password", "dba")
        kwargs.setdefault("retries", 1)
        kwargs.setdefault("backoff", 0.05)
        return Endpoint(self.query_url, **kwargs)  # type: ignore[arg-type]


Fault = Callable[[int, str, str], int | None]
"""Given (request number from 1, method, path), a status to answer instead, or None."""


class Proxy:
    """A loopback HTTP proxy to ``upstream`` that checks credentials and injects faults.

    ``basic=(user, password)`` or ``token`` make it answer 401 to requests without them;
    ``fault`` may answer any request with an error status instead of forwarding it.
    """

    def __init__(
        self,
        upstream: str,
        *,
        basic: tuple[str, str] | None = None,
        token: str | None = None,
        fault: Fault | None = None,
    ) -> None:
        self.upstream = upstream.removeprefix("http://")
        self.basic = basic
        self.token = token
        self.fault = fault
        self.requests: list[tuple[str, str, int]] = []
        self._lock = threading.Lock()
        proxy = self

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: object) -> None:
                pass

            def handle_one(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                with proxy._lock:
                    n = len(proxy.requests) + 1
                    status = proxy._check(n, self.command, self.path, self.headers)
                    proxy.requests.append((self.command, self.path, status or 0))
                if status:
                    self.send_response(status)
                    if status == 401:
                        self.send_header("WWW-Authenticate", 'Basic realm="kg"')
                    self.send_header("Content-Length", "12")
                    self.end_headers()
                    self.wfile.write(b"fault/denied")
                    return
                conn = http.client.HTTPConnection(proxy.upstream, timeout=60)
                headers = {
                    k: v for k, v in self.headers.items() if k.lower() not in ("authorization",)
                }
                conn.request(self.command, self.path, body=body, headers=headers)
                answer = conn.getresponse()
                data = answer.read()
                self.send_response(answer.status)
                for k, v in answer.getheaders():
                    if k.lower() not in ("transfer-encoding", "content-length", "connection"):
                        self.send_header(k, v)
                self.send_header("Content-Length", str(len(data)))
                self.end_headers()
                self.wfile.write(data)
                conn.close()

            do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_one

        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def _check(self, n: int, method: str, path: str, headers: object) -> int | None:
        given = headers.get("Authorization", "")  # type: ignore[attr-defined]
        if self.basic is not None:
            expected = base64.b64encode(":".join(self.basic).encode()).decode()
            if given != f"Basic {expected}":
                return 401
        if self.token is not None and given != f"Bearer {self.token}":
            return 401
        return self.fault(n, method, path) if self.fault else None

    def __enter__(self) -> Proxy:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
