"""HTTP for remote stores: one client with credentials, timeouts and retries with backoff.

Credentials (basic, digest or bearer) live only in the :class:`Endpoint` and the client's
auth flow: they never appear in a URL kg prints, a log line or an error message (every
message is built from :meth:`Endpoint.redact` and scrubbed of the secrets).

Example:
    >>> ep = Endpoint("http://alice:s3cret@127.0.0.1:7878/query")
    >>> ep.query_url, ep.user, ep
    ('http://127.0.0.1:7878/query', 'alice', Endpoint('http://127.0.0.1:7878/query'))
"""

from __future__ import annotations

import base64
import contextlib
import logging
import re
import threading
import time
import urllib.parse
from collections import Counter
from collections.abc import Generator, Iterable
from dataclasses import dataclass

import httpx

from kg.errors import StoreError

log = logging.getLogger(__name__)

RETRY_STATUS = range(500, 600)
_CONNECT = 10.0  # seconds to wait for a connection, at most (--timeout if shorter)


@dataclass(repr=False)
class Endpoint:
    """Where a remote store answers and how to sign in: URLs, credentials, timeouts, retries.

    ``query_url`` is the SPARQL query endpoint. ``update_url`` and ``gsp_url`` (SPARQL 1.1
    Update and Graph Store Protocol) default to a layout the server announces (see
    :func:`kg.store.remote.server_layout`), else to ``query_url``. User and password may
    also come in the URL (``http://user:pass@host/sparql``); they are moved out of it.

    Example:
        >>> Endpoint("http://h/sparql", token="t0k").redact("bearer t0k failed")
        'bearer *** failed'
    """

    query_url: str
    update_url: str | None = None
    gsp_url: str | None = None
    user: str | None = None
    password: str | None = None
    token: str | None = None
    timeout: float = 60.0
    retries: int = 3
    backoff: float = 0.5

    def __post_init__(self) -> None:
        self.query_url = self._take_userinfo(self.query_url)
        if self.update_url:
            self.update_url = self._take_userinfo(self.update_url)
        if self.gsp_url:
            self.gsp_url = self._take_userinfo(self.gsp_url)
        if self.token and (self.user or self.password):
            raise StoreError("give either a user and password or a bearer token, not both")

    def __repr__(self) -> str:
        return f"Endpoint({self.query_url!r})"

    def _take_userinfo(self, url: str) -> str:
        shown = self.redact(strip_userinfo(url))
        try:
            parts = urllib.parse.urlsplit(url)
            _port = parts.port  # a bad port raises here, not in the middle of a request
            httpx.URL(url)
        except (ValueError, httpx.InvalidURL) as e:
            password = url.partition("//")[2].partition("/")[0].rpartition("@")[0].partition(":")[2]
            reason = str(e).split("\n")[0]
            if password:
                shown, reason = shown.replace(password, "***"), reason.replace(password, "***")
            raise StoreError(f"endpoint {shown} is not a valid URL: {reason}") from None
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"endpoint {shown} is not an http(s) URL")
        if parts.username is not None or parts.password is not None:
            self.user = self.user or urllib.parse.unquote(parts.username or "")
            if parts.password is not None:
                self.password = self.password or urllib.parse.unquote(parts.password)
        return strip_userinfo(url)

    def secrets(self) -> list[str]:
        """Return the strings that must never be shown, longest first.

        The password and the token, as given and percent-encoded, and the basic sign-in
        header's ``base64(user:password)``.

        Example:
            >>> Endpoint("http://h/q", user="u", password="p w").secrets()
            ['dTpwIHc=', 'p%20w', 'p w']
        """
        found = set()
        for secret in (self.password, self.token):
            if secret:
                found |= {secret, urllib.parse.quote(secret, safe="")}
        if self.password:
            pair = f"{self.user or ''}:{self.password}".encode()
            found.add(base64.b64encode(pair).decode())
        return sorted(found, key=lambda s: (-len(s), s))

    def redact(self, text: str) -> str:
        """Replace every secret in ``text`` by ``***``.

        Example:
            >>> Endpoint("http://u:pw@h/q").redact("pw? pw!")
            '***? ***!'
        """
        for secret in self.secrets():
            text = text.replace(secret, "***")
        return text


def strip_userinfo(url: str) -> str:
    """Return ``url`` without ``user:password@``.

    Example:
        >>> strip_userinfo("https://u:p@example.org:8890/sparql?x=1")
        'https://example.org:8890/sparql?x=1'
    """
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:  # not a URL urllib can split: cut what may be userinfo
        return re.sub(r"^([^/]*//)[^/?#]*@", r"\1", url)
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


class HttpClient:
    """An ``httpx.Client`` that signs in, times out, and retries with exponential backoff.

    Refused or broken connections and 5xx answers are retried ``endpoint.retries`` times,
    waiting ``backoff``, ``2 * backoff``, ... seconds; then :class:`Unreachable` (the server
    is down, cut the answer off, or answered 502/503/504) or :class:`~kg.errors.StoreError`
    (another 5xx) is raised, or the last 5xx response returned, with ``raise_5xx=False``.
    A server that does not answer within ``endpoint.timeout`` seconds is not asked again:
    the answer must arrive, headers and body, within that many seconds each.

    Example:
        >>> with HttpClient(Endpoint("http://127.0.0.1:9/q", retries=0, timeout=1)) as c:
        ...     try:
        ...         c.request("GET", "http://127.0.0.1:9/q")
        ...     except StoreError as e:
        ...         print(e)
        endpoint http://127.0.0.1:9/q is not answering: connection refused
    """

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        timeout = httpx.Timeout(endpoint.timeout, connect=min(_CONNECT, endpoint.timeout))
        self._client = httpx.Client(
            auth=_auth(endpoint), timeout=timeout, headers={"User-Agent": "kg"}
        )
        _SCRUB.add(endpoint.secrets())

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        if not self._client.is_closed:
            self._client.close()
            _SCRUB.remove(self.endpoint.secrets())

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Iterable[tuple[str, str]] = (),
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        raise_5xx: bool = True,
        idempotent: bool = True,
    ) -> httpx.Response:
        """Send one request with retries; return the response (any status below 500).

        ``idempotent=False``: ask again only when the request cannot have reached the
        server (no connection), never after it went out.
        """
        params = list(params)
        attempts = 1 + max(0, self.endpoint.retries)
        shown = _show(url)
        for attempt in range(attempts):
            if attempt:
                sleep(self.endpoint.backoff * 2 ** (attempt - 1))
            try:
                response = self._answer(method, url, params, content, headers)
            except _Failed as failed:
                problem = failed.problem
                log.debug("%s %s: %s (try %d/%d)", method, shown, problem, attempt + 1, attempts)
                if failed.final or not (idempotent or failed.unsent):
                    break
                continue
            log.debug("%s %s -> %d", method, shown, response.status_code)
            code = response.status_code
            if code not in RETRY_STATUS:
                return response
            if attempt + 1 == attempts or not idempotent:
                if not raise_5xx:
                    return response
                if code not in (502, 503, 504):
                    raise StoreError(self.describe(response) + _tries(attempt))
                problem = f"is unavailable: {self._status(response)}"
                break
        raise Unreachable(f"endpoint {shown} {problem}{_tries(attempt)}")

    def _answer(
        self,
        method: str,
        url: str,
        params: list[tuple[str, str]],
        content: bytes | None,
        headers: dict[str, str] | None,
    ) -> httpx.Response:
        """One try: the response, or :class:`_Failed` saying what went wrong."""
        answered = False
        try:
            with self._client.stream(
                method, url, params=params, content=content, headers=headers
            ) as response:
                answered = True
                return self._read(response)
        except httpx.TimeoutException as e:
            if isinstance(e, httpx.ConnectTimeout | httpx.PoolTimeout):
                seconds = min(_CONNECT, self.endpoint.timeout)
                problem = f"is not answering: no connection within {seconds:g} s"
                raise _Failed(problem, unsent=True) from None
            seconds = self.endpoint.timeout
            raise _Failed(f"did not answer within {seconds:g} s (--timeout)", final=True) from None
        except httpx.ConnectError as e:
            text = self._line(e)
            if "refused" in text.lower():
                text = "connection refused"
            raise _Failed(f"is not answering: {text}", unsent=True) from None
        except httpx.TransportError as e:
            how = "reset" if "reset" in self._line(e).lower() else "closed"
            if answered:
                raise _Failed(f"broke off its answer (connection {how})") from None
            raise _Failed(f"cut the connection before answering (connection {how})") from None
        except httpx.DecodingError as e:
            raise _Failed(f"sent an unreadable answer: {self._line(e)}", final=True) from None

    def _read(self, response: httpx.Response) -> httpx.Response:
        """Read the body by pieces, within ``timeout`` seconds of the headers; return it."""
        deadline = time.monotonic() + self.endpoint.timeout
        chunks = []
        for chunk in response.iter_bytes():
            chunks.append(chunk)
            if time.monotonic() > deadline:
                raise httpx.ReadTimeout("answer too slow", request=response.request)
        drop = ("content-encoding", "content-length", "transfer-encoding")
        return httpx.Response(
            response.status_code,
            headers=[(k, v) for k, v in response.headers.multi_items() if k.lower() not in drop],
            content=b"".join(chunks),
            request=response.request,
            extensions=response.extensions,
        )

    def _line(self, error: Exception) -> str:
        text = str(error).strip() or type(error).__name__
        text = re.sub(r"^\[Errno -?\d+\] ", "", text.split("\n")[0])
        return self.endpoint.redact(text[:1].lower() + text[1:])

    def _status(self, response: httpx.Response) -> str:
        return self.endpoint.redact(f"HTTP {response.status_code}: {_first_line(response)}")

    def describe(self, response: httpx.Response) -> str:
        """A one-line message for an error response, without secrets.

        Example:
            >>> import httpx
            >>> r = httpx.Response(400, text="Virtuoso 37000 Error: bad\\nmore")
            >>> r.request = httpx.Request("POST", "http://h/sparql")
            >>> HttpClient(Endpoint("http://h/sparql")).describe(r)
            'endpoint http://h/sparql refused the request: HTTP 400: Virtuoso 37000 Error: bad'
        """
        url = _show(str(response.request.url))
        code = response.status_code
        signed = bool(self.endpoint.secrets() or self.endpoint.user)
        if code in (401, 403) and signed:
            given = (
                "the bearer token (KG_ENDPOINT_TOKEN or --token)"
                if self.endpoint.token
                else "the user (--user or the URL) and the password (KG_ENDPOINT_PASSWORD, "
                "--password or the URL)"
            )
            if code == 401:
                return f"endpoint {url} refused the sign-in (HTTP 401): check {given}"
            return (
                f"endpoint {url} refused the sign-in ({self._status(response)}): check {given}, "
                "and that this account may do this"
            )
        if code == 401:
            return f"endpoint {url} asks for a sign-in (HTTP 401): {_HOW}"
        if code == 403:
            return f"endpoint {url} refused the request ({self._status(response)}); if it " + (
                f"needs a sign-in: {_HOW}"
            )
        if 300 <= code < 400:
            where = _show(response.headers.get("location", "")) or "elsewhere"
            return f"endpoint {url} redirects to {where} (HTTP {code}): give that URL instead"
        if code >= 500:
            return f"endpoint {url} failed: {self._status(response)}"
        return f"endpoint {url} refused the request: {self._status(response)}"


_HOW = (
    "give --user NAME with the password in KG_ENDPOINT_PASSWORD, or a bearer token in "
    "KG_ENDPOINT_TOKEN"
)


def sleep(seconds: float) -> None:
    """Wait between two tries (a function of its own, so tests can watch the backoff)."""
    time.sleep(seconds)


class Unreachable(StoreError):
    """The server did not answer (refused, broken or slow connection; 502/503/504)."""


class SignInRefused(StoreError):
    """The server refused the credentials, or wants some (HTTP 401 or 403)."""


class _Failed(Exception):
    """A try that got no usable answer: ``final`` ones are not worth another try."""

    def __init__(self, problem: str, *, unsent: bool = False, final: bool = False) -> None:
        super().__init__(problem)
        self.problem, self.unsent, self.final = problem, unsent, final


def _tries(attempt: int) -> str:
    return f" ({attempt + 1} tries)" if attempt else ""


def _show(url: str) -> str:
    """``url`` as kg prints it: no ``user:password@``, no query string."""
    return strip_userinfo(url.split("?")[0]) if url else ""


def _first_line(response: httpx.Response) -> str:
    text = response.text.strip()
    if text.lstrip().startswith("<"):  # an HTML error page: keep its words
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    line = next((" ".join(ln.split()) for ln in text.splitlines() if ln.strip()), "")
    return line[:300] or response.reason_phrase or "error"


class _Scrubber(logging.Filter):
    """Replaces the secrets of open clients in log records of httpx, httpcore and kg."""

    LOGGERS = (
        "httpx",
        "httpcore.connection",
        "httpcore.http11",
        "httpcore.http2",
        "httpcore.proxy",
        "httpcore.socks",
        __name__,
        "kg.store.remote",
    )

    def __init__(self) -> None:
        super().__init__()
        self._secrets: Counter[str] = Counter()
        self._lock = threading.Lock()

    def add(self, secrets: list[str]) -> None:
        with self._lock:
            if not self._secrets and secrets:
                for name in self.LOGGERS:
                    logging.getLogger(name).addFilter(self)
            self._secrets.update(secrets)

    def remove(self, secrets: list[str]) -> None:
        with self._lock:
            self._secrets.subtract(secrets)
            self._secrets = +self._secrets
            if not self._secrets:
                for name in self.LOGGERS:
                    logging.getLogger(name).removeFilter(self)

    def filter(self, record: logging.LogRecord) -> bool:
        secrets = sorted(self._secrets, key=len, reverse=True)
        try:
            message = record.getMessage()
        except Exception:  # a malformed record: logging reports it, not this filter
            return True
        if any(s in message for s in secrets):
            for secret in secrets:
                message = message.replace(secret, "***")
            record.msg, record.args = message, None
        return True


_SCRUB = _Scrubber()


def _auth(endpoint: Endpoint) -> httpx.Auth | None:
    if endpoint.token:
        return _Bearer(endpoint.token)
    if endpoint.user is not None or endpoint.password is not None:
        return _Challenge(endpoint.user or "", endpoint.password or "")
    return None


class _Bearer(httpx.Auth):
    """``Authorization: Bearer TOKEN`` on every request."""

    def __init__(self, token: str) -> None:
        self._token = token

    def __repr__(self) -> str:
        return "_Bearer(***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        request.headers["Authorization"] = f"Bearer {self._token}"
        yield request


class _Challenge(httpx.Auth):
    """Basic or digest, whichever the server asks for in its first 401 challenge.

    Nothing is sent before the server asks (so a password never goes to an endpoint that
    needs none); once the scheme is known, later requests are signed up front (basic) or
    with the last digest challenge.
    """

    requires_request_body = True

    def __init__(self, user: str, password: str) -> None:
        self._basic = httpx.BasicAuth(user, password)
        self._digest = httpx.DigestAuth(user, password)
        self._scheme: str | None = None

    def __repr__(self) -> str:
        return "_Challenge(***)"

    def auth_flow(self, request: httpx.Request) -> Generator[httpx.Request, httpx.Response]:
        if self._scheme == "basic":
            yield from self._basic.auth_flow(request)
            return
        if self._scheme == "digest":
            yield from self._digest.auth_flow(request)
            return
        response = yield request
        if response.status_code != 401:
            return
        offered = [
            h.split(None, 1)[0].lower() for h in response.headers.get_list("www-authenticate")
        ]
        if "digest" in offered:
            self._scheme = "digest"
            flow = self._digest.auth_flow(request)
            next(flow)  # the unsigned request: already sent, answered by this 401
            try:
                signed = flow.send(response)
            except StopIteration:
                return
            answer = yield signed
            with contextlib.suppress(StopIteration):
                flow.send(answer)
        elif "basic" in offered or not offered:
            self._scheme = "basic"
            yield from self._basic.auth_flow(request)
