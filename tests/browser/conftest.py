"""Headless Chromium for the view tests: Debian's chromium driven by Playwright, offline.

One browser per test module; each test gets a fresh page whose every request that is not
for a ``file:`` URL is aborted and recorded, with console errors, page errors and dialogs
recorded too, so a test can assert the page needed no network and ran no injected script.

Example:
    PYTHONPATH=src python -m pytest tests/browser -q -p no:cacheprovider
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

CHROMIUM = os.environ.get("KG_CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@dataclass
class Watched:
    """A page and what it did: requests off the machine, console and page errors, dialogs."""

    page: Any
    blocked: list[str] = field(default_factory=list)
    attempted: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)

    def open(self, path: Path, *, timeout: float = 60_000) -> None:
        """Load a local file and wait until the view says its network is stable."""
        self.page.goto(path.resolve().as_uri())
        self.page.wait_for_selector("body[data-kg-state=stable]", state="attached", timeout=timeout)

    def clean(self) -> None:
        """Assert no request left the machine, no error was logged, no dialog opened."""
        assert self.blocked == []
        assert self.attempted == []
        assert self.errors == []
        assert self.dialogs == []
        assert self.page.evaluate("typeof window.__pwned") == "undefined"


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """One headless Chromium per test module."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    """A fresh page with the network blocked and its errors and dialogs recorded."""
    context = browser.new_context(viewport={"width": 1400, "height": 900})
    page = context.new_page()
    seen = Watched(page)

    def route(r: Any) -> None:
        if r.request.url.startswith("file:"):
            r.continue_()
        else:
            seen.blocked.append(r.request.url)
            r.abort()

    def dialog(d: Any) -> None:
        seen.dialogs.append(d.message)
        d.dismiss()

    def request(r: Any) -> None:
        if not r.url.startswith(("file:", "data:")):
            seen.attempted.append(r.url)

    page.route("**/*", route)
    page.on("request", request)
    page.on("console", lambda m: seen.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: seen.errors.append(str(e)))
    page.on("dialog", dialog)
    yield seen
    context.close()
