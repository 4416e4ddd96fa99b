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

import contextlib
import logging
import re
import time
import urllib.parse
from collections.abc import Generator, Iterable
from dataclasses import dataclass

import httpx

from kg.errors import StoreError

log = logging.getLogger(__name__)

RETRY_STATUS = range(500, 600)


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
        parts = urllib.parse.urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise StoreError(f"endpoint {self.redact(strip_userinfo(url))} is not an http(s) URL")
        if parts.username is not None or parts.password is not None:
            self.user = self.user or urllib.parse.unquote(parts.username or "")
            if parts.password is not None:
                self.password = self.password or urllib.parse.unquote(parts.password)
        return strip_userinfo(url)

    def secrets(self) -> list[str]:
        """Return the secret strings (password, token) that must never be shown.

        Example:
            >>> Endpoint("http://h/q", user="u", password="pw").secrets()
            ['pw']
        """
        return [s for s in (self.password, self.token) if s]

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
    parts = urllib.parse.urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urllib.parse.urlunsplit(parts._replace(netloc=host))


class HttpClient:
    """An ``httpx.Client`` that signs in, times out, and retries with exponential backoff.

    Connection errors, timeouts and 5xx answers are retried ``endpoint.retries`` times,
    waiting ``backoff``, ``2 * backoff``, ... seconds; then :class:`~kg.errors.StoreError`
    is raised (or the last 5xx response returned, with ``raise_5xx=False``).

    Example:
        >>> with HttpClient(Endpoint("http://127.0.0.1:9/q", retries=0, timeout=1)) as c:
        ...     try:
        ...         c.request("GET", "http://127.0.0.1:9/q")
        ...     except StoreError as e:
        ...         print(e)
        cannot reach http://127.0.0.1:9/q: ...
    """

    def __init__(self, endpoint: Endpoint) -> None:
        self.endpoint = endpoint
        timeout = httpx.Timeout(endpoint.timeout, connect=min(10.0, endpoint.timeout))
        self._client = httpx.Client(
            auth=_auth(endpoint), timeout=timeout, headers={"User-Agent": "kg"}
        )

    def __enter__(self) -> HttpClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connections."""
        self._client.close()

    def request(
        self,
        method: str,
        url: str,
        *,
        params: Iterable[tuple[str, str]] = (),
        content: bytes | None = None,
        headers: dict[str, str] | None = None,
        raise_5xx: bool = True,
    ) -> httpx.Response:
        """Send one request with retries; return the response (any status below 500)."""
        params = list(params)
        attempts = 1 + max(0, self.endpoint.retries)
        for attempt in range(attempts):
            if attempt:
                time.sleep(self.endpoint.backoff * 2 ** (attempt - 1))
            try:
                response = self._client.request(
                    method, url, params=params, content=content, headers=headers
                )
            except httpx.TransportError as e:
                reason = self.endpoint.redact(_transport_reason(e))
                log.debug("%s %s: %s (attempt %d/%d)", method, url, reason, attempt + 1, attempts)
                if attempt + 1 == attempts:
                    raise Unreachable(f"cannot reach {url}: {reason}") from None
                continue
            log.debug("%s %s -> %d", method, url, response.status_code)
            if response.status_code not in RETRY_STATUS:
                return response
            if attempt + 1 == attempts:
                if not raise_5xx:
                    return response
                raise StoreError(self.describe(response))
        raise AssertionError("unreachable")  # pragma: no cover

    def describe(self, response: httpx.Response) -> str:
        """A one-line message for an error response, without secrets.

        Example:
            >>> import httpx
            >>> r = httpx.Response(400, text="Virtuoso 37000 Error SP030: bad\\nmore")
            >>> r.request = httpx.Request("POST", "http://h/sparql")
            >>> HttpClient(Endpoint("http://h/sparql")).describe(r)
            'http://h/sparql: HTTP 400: Virtuoso 37000 Error SP030: bad'
        """
        url = strip_userinfo(str(response.request.url).split("?")[0])
        if response.status_code in (401, 403):
            who = "sign-in refused" if self.endpoint.secrets() or self.endpoint.user else "sign in"
            return f"{url}: HTTP {response.status_code}: {who} (check --user/--password/--token)"
        return self.endpoint.redact(f"{url}: HTTP {response.status_code}: {_first_line(response)}")


class Unreachable(StoreError):
    """The server did not answer (connection refused or reset, timeout), even after retries."""


class SignInRefused(StoreError):
    """The server refused the credentials, or wants some (HTTP 401 or 403)."""


def _transport_reason(error: Exception) -> str:
    if isinstance(error, httpx.TimeoutException):
        return "timed out"
    text = str(error).strip() or type(error).__name__
    return text.split("\n")[0]


def _first_line(response: httpx.Response) -> str:
    text = response.text.strip()
    if text.lstrip().startswith("<"):  # an HTML error page: keep its words
        text = re.sub(r"<(script|style)[^>]*>.*?</\1>", " ", text, flags=re.S | re.I)
        text = re.sub(r"<[^>]+>", " ", text)
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line[:300] or response.reason_phrase or "error"


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
