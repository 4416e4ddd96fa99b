"""Real SPARQL servers for tests, on 127.0.0.1 on free ports, in their own temp directories.

- :class:`OxigraphServer`: the Oxigraph server of the ``oxigraph`` package (read-write,
  no union default graph: the way a team runs it).
- :class:`VirtuosoServer`: Virtuoso 7 (``virtuoso-t`` from Debian's virtuoso-opensource)
  with a generated ``virtuoso.ini``; a fresh database has the ``dba`` account (password
  ``dba``), which signs in by HTTP digest at ``/sparql-auth`` and
  ``/sparql-graph-crud-auth``.
- :class:`FaultServer`: a loopback HTTP server that misbehaves on purpose (error statuses,
  resets in the middle of a body, slow or trickling answers, truncated results, a crash),
  alone or as a proxy in front of one of the above after some requests; it can ask for
  basic or bearer credentials and records what came through. :class:`Proxy` is one in
  front of a server that answers normally unless told otherwise.

Each can be stopped (SIGTERM), killed (SIGKILL) and started again on the same data.
"""

from __future__ import annotations

import base64
import http
import http.client
import http.server
import shutil
import socket
import struct
import subprocess
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from pathlib import Path

from kg.serve import Server, free_port, serve_store
from kg.store import open_store
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
        if not self.directory.exists():
            with open_store(self.directory):
                pass  # an empty kg store for the server to open
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


Action = int | str | None
Fault = Callable[[int, str, str], Action]
"""Given (request number from 1, method, path), what to do instead of answering normally."""

MODES = (
    "reset",
    "reset-after",
    "slow",
    "trickle",
    "truncated-json",
    "truncated-xml",
    "echo",
    "down",
)
"""The misbehaviours of :class:`FaultServer` besides an error status."""

_RESULTS = (
    b'{"head":{"vars":["g","n"]},"results":{"bindings":['
    + b",".join(
        b'{"g":{"type":"uri","value":"https://w3id.org/kg/id/article/a%d"},'
        b'"n":{"type":"literal","value":"%d",'
        b'"datatype":"http://www.w3.org/2001/XMLSchema#integer"}}' % (i, i)
        for i in range(40)
    )
    + b"]}}"
)
_XML_RESULTS = (
    b'<?xml version="1.0"?><sparql xmlns="http://www.w3.org/2005/sparql-results#">'
    b'<head><variable name="g"/><variable name="n"/></head><results>'
    + b"".join(
        b'<result><binding name="g"><uri>https://w3id.org/kg/id/article/a%d</uri></binding>'
        b'<binding name="n"><literal datatype="http://www.w3.org/2001/XMLSchema#integer">'
        b"%d</literal></binding></result>" % (i, i)
        for i in range(40)
    )
    + b"</results></sparql>"
)
_JSON = "application/sparql-results+json"
_BODIES = {
    401: b"Unauthorized: sign in first\n",
    403: b"Forbidden: this account may not do that\n",
    500: b"Internal Server Error: the query engine failed\n",
    502: b"<html><body><h1>502 Bad Gateway</h1><p>upstream went away</p></body></html>",
    503: b"Service Unavailable: try again later\n",
}


class FaultServer:
    """A loopback HTTP server that misbehaves on purpose, alone or in front of ``upstream``.

    What a request gets is ``mode``, or what ``fault(n, method, path)`` says for it:

    - ``None``: the upstream's answer (without one: 40 rows of SPARQL JSON results);
    - a status (401 with ``WWW-Authenticate``, 403, 500, 502, 503...): that, with a body;
    - ``reset``: headers with a Content-Length, half the body, then a TCP reset (SO_LINGER 0)
      (half the headers, for an answer without a body);
    - ``reset-after``: the request goes to the upstream (which applies it), then the
      upstream's answer is cut the same way: the client cannot know that it went in;
    - ``slow``: the answer, ``delay`` seconds late;
    - ``trickle``: the answer in pieces every 0.1 s, taking ``delay`` seconds in all (each
      read gets bytes in time: only a deadline for the whole answer stops it);
    - ``truncated-json``, ``truncated-xml``: 200 with SPARQL results cut off mid-way;
    - ``echo``: 500 with the request's ``Authorization`` header in a header and the body
      (as some debugging proxies do: a client must not pass it on);
    - ``down``: a reset, and the server stops listening (later connections are refused).

    ``basic=(user, password)`` or ``token`` make it answer 401 to requests without them,
    before anything else. ``port`` 0 picks a free one; another server can take over the
    port of one that went down. ``requests`` records ``(method, path, action)`` (action 0 for a
    normal answer) and ``authorizations`` the ``Authorization`` headers received.
    """

    def __init__(
        self,
        mode: Action = None,
        *,
        upstream: str | None = None,
        basic: tuple[str, str] | None = None,
        token: str | None = None,
        fault: Fault | None = None,
        delay: float = 4.0,
        port: int = 0,
    ) -> None:
        self.mode = mode
        self.upstream = upstream.removeprefix("http://") if upstream else None
        self.basic = basic
        self.token = token
        self.fault = fault
        self.delay = delay
        self.requests: list[tuple[str, str, int | str]] = []
        self.authorizations: list[str] = []
        self.dead = False
        self._stopping = threading.Event()
        self._lock = threading.Lock()
        self._server = _Quiet(("127.0.0.1", port), _handler(self))
        self._server.daemon_threads = True
        self.url = f"http://127.0.0.1:{self._server.server_address[1]}"
        self.query_url = f"{self.url}/query"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> FaultServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stopping.set()
        self._go_down()

    def endpoint(self, **kwargs: object) -> Endpoint:
        """An endpoint for this server's ``/query``, with few retries and a short backoff."""
        kwargs.setdefault("retries", 1)
        kwargs.setdefault("backoff", 0.01)
        return Endpoint(self.query_url, **kwargs)  # type: ignore[arg-type]

    def action(self, method: str, path: str, headers: http.client.HTTPMessage) -> Action:
        """Record the request and decide what it gets."""
        given = headers.get("Authorization", "")
        with self._lock:
            n = len(self.requests) + 1
            self.authorizations.append(given)
            action: Action
            if self.dead:
                action = "down"
            elif not self._signed_in(given):
                action = 401
            else:
                action = self.fault(n, method, path) if self.fault else self.mode
            self.requests.append((method, path, action or 0))
        return action

    def _signed_in(self, given: str) -> bool:
        if self.basic is not None:
            expected = base64.b64encode(":".join(self.basic).encode()).decode()
            return given == f"Basic {expected}"
        if self.token is not None:
            return given == f"Bearer {self.token}"
        return True

    def _go_down(self) -> None:
        self.dead = True
        if self._thread.is_alive():
            self._server.shutdown()
        self._server.server_close()


class Proxy(FaultServer):
    """A :class:`FaultServer` in front of ``upstream`` that answers normally unless told."""

    def __init__(
        self,
        upstream: str,
        *,
        basic: tuple[str, str] | None = None,
        token: str | None = None,
        fault: Fault | None = None,
    ) -> None:
        super().__init__(upstream=upstream, basic=basic, token=token, fault=fault)


def refused_url() -> str:
    """A query URL on 127.0.0.1 where nothing listens: connections are refused."""
    return f"http://127.0.0.1:{free_port()}/query"


class _Quiet(http.server.ThreadingHTTPServer):
    def handle_error(self, request: object, client_address: object) -> None:
        pass  # the client went away (timeouts, resets): expected here


def _handler(server: FaultServer) -> type[http.server.BaseHTTPRequestHandler]:
    class Handler(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, *args: object) -> None:
            pass

        def handle_one(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            action = server.action(self.command, self.path, self.headers)
            if isinstance(action, int):
                headers = [("Content-Type", "text/plain")]
                if 300 <= action < 400:
                    headers.append(("Location", f"https://127.0.0.1:1{self.path}"))
                self._answer(action, headers, _BODIES.get(action, b"no"))
            elif action == "echo":
                given = self.headers.get("Authorization", "")
                echo = f"you sent Authorization: {given}".encode()
                self._answer(500, [("X-Echo", given), ("Content-Type", "text/plain")], echo)
            elif action == "down":
                self._cut(200, [("Content-Type", _JSON)], _RESULTS)
                if not server.dead:
                    server.dead = True
                    threading.Thread(target=server._go_down, daemon=True).start()
            elif action == "truncated-json":
                self._answer(200, [("Content-Type", _JSON)], _RESULTS[: len(_RESULTS) // 2])
            elif action == "truncated-xml":
                xml = _XML_RESULTS[: len(_XML_RESULTS) // 2]
                self._answer(200, [("Content-Type", "application/sparql-results+xml")], xml)
            else:
                if action == "slow" and server._stopping.wait(server.delay):
                    return
                status, headers, data = self._forward(body)
                if action in ("reset", "reset-after"):
                    self._cut(status, headers, data)
                elif action == "trickle":
                    self._trickle(status, headers, data)
                else:
                    self._answer(status, headers, data)

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = handle_one

        def _forward(self, body: bytes) -> tuple[int, list[tuple[str, str]], bytes]:
            if server.upstream is None:
                return 200, [("Content-Type", _JSON)], _RESULTS
            conn = http.client.HTTPConnection(server.upstream, timeout=60)
            headers = {k: v for k, v in self.headers.items() if k.lower() != "authorization"}
            conn.request(self.command, self.path, body=body, headers=headers)
            answer = conn.getresponse()
            data = answer.read()
            conn.close()
            skip = ("transfer-encoding", "content-length", "connection")
            kept = [(k, v) for k, v in answer.getheaders() if k.lower() not in skip]
            return answer.status, kept, data

        def _head(self, status: int, headers: list[tuple[str, str]], length: int) -> None:
            self.send_response(status)
            if status == 401:
                self.send_header("WWW-Authenticate", 'Basic realm="kg"')
            for k, v in headers:
                self.send_header(k, v)
            self.send_header("Content-Length", str(length))
            self.end_headers()

        def _answer(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
            self._head(status, headers, len(data))
            self.wfile.write(data)

        def _cut(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
            """Half the answer (half its body; half its headers if it has no body), a pause,
            then a reset (RST, not a clean close)."""
            phrase = http.HTTPStatus(status).phrase
            lines = [f"HTTP/1.1 {status} {phrase}", *(f"{k}: {v}" for k, v in headers)]
            lines.append(f"Content-Length: {len(data)}")
            head = ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1")
            empty = not data or status in (204, 304)
            cut = len(head) // 2 if empty else len(head) + len(data) // 2
            self.wfile.write((head + data)[:cut])
            self.wfile.flush()
            server._stopping.wait(0.1)
            sock = self.connection
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            sock.close()
            self.close_connection = True

        def _trickle(self, status: int, headers: list[tuple[str, str]], data: bytes) -> None:
            steps = int(server.delay / 0.1) + 1
            data = data.ljust(steps)  # trailing blanks: still a valid answer
            size = -(-len(data) // steps)
            self._head(status, headers, len(data))
            for start in range(0, len(data), size):
                if server._stopping.wait(0.1):
                    return
                self.wfile.write(data[start : start + size])
                self.wfile.flush()

    return Handler
