"""Hostile article text in kg graph pages, driven in headless Chromium: inert and shown as written.

Hostile articles (txt, json, html) go through the real ``kg ingest`` and ``kg graph``; a
``--query`` SELECT and a CONSTRUCT give literal labels, roles and properties of their own.
Each test interacts with the page (hovers nodes and edges, clicks, opens and types into the
Find and Filter menus) and then asserts that nothing ran (no ``window.__pwned``, dialog,
console error or request, no injected element) and that the payloads are on screen, literally.

Example:
    PYTHONPATH=src python -m pytest tests/browser/test_view_hostile.py -q -p no:cacheprovider
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from kg.cli import main
from kg.view.style import STYLES

SCRIPT = "<script>window.__pwned=1</script>"
IMG = '<img src=x onerror="window.__pwned=1">'
SVG = '"><svg onload=window.__pwned=1>'
QUOTES = "'; window.__pwned=1; '"
CLOSE = "</script><script>window.__pwned=1</script>"
JS_URL = "javascript:window.__pwned=1"
DATA_URL = "data:text/html,<script>window.__pwned=1</script>"
HTTP_URL = 'https://example.org/deal?q="><svg onload=window.__pwned=1>'
TITLE = f"Hostile </title>{SCRIPT} He said \"yes it's"
HEADLINES = {
    "condemn.txt": f"Japan condemns {SCRIPT} North Korea's \"launch",
    "deal.json": f"Deal {SVG} it's done",
    "contract.html": f"Raytheon wins </title>{SCRIPT} contract",
    "data-url.html": "China protests 'drills",
}
#: Each evidence sentence the articles state, with the file it comes from.
SENTENCES = {
    f"Japan condemned North Korea {SCRIPT} on May 3, 2024.": "condemn.txt",
    f"South Korea and the United States held joint drills {IMG} near Seoul in May 2024.": (
        "condemn.txt"
    ),
    f"South Korea and the United States signed a cost-sharing agreement {QUOTES} on May 4, 2024.": (
        "deal.json"
    ),
    f'Japan and Australia held talks in Tokyo on May 6, 2024, and he said "yes {CLOSE}.': (
        "deal.json"
    ),
    f"The U.S. Navy awarded Raytheon a $344 million contract for SM-6 missiles {IMG} on May 5, "
    "2024.": "contract.html",
    "China criticized Japan <svg onload=window.__pwned=1> it's \"unacceptable on May 7, 2024.": (
        "data-url.html"
    ),
}
#: Article URLs: only the http(s) one may be a link.
URLS = {"deal.json": HTTP_URL, "contract.html": JS_URL, "data-url.html": DATA_URL}
#: Elements no article text may create.
INJECTED = "img, svg, iframe, object, embed, form, #kg-panel script, .vis-tooltip script"


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _articles(folder: Path) -> None:
    """Write the hostile articles a user might download: plain text, JSON and web pages."""
    sentences = {name: [s for s, f in SENTENCES.items() if f == name] for name in HEADLINES}
    (folder / "condemn.txt").write_text(
        f"{HEADLINES['condemn.txt']}\n\nTOKYO, May 3, 2024 — "
        + "\n\n".join(sentences["condemn.txt"])
        + "\n",
        encoding="utf-8",
    )
    record = {
        "title": HEADLINES["deal.json"],
        "url": HTTP_URL,
        "date": "2024-05-04",
        "text": "\n\n".join(sentences["deal.json"]),
    }
    (folder / "deal.json").write_text(json.dumps(record), encoding="utf-8")
    for name, city, link in (
        ("contract.html", "WASHINGTON, May 5, 2024", '<link rel="canonical" href="{}">'),
        ("data-url.html", "BEIJING, May 7, 2024", '<meta property="og:url" content="{}">'),
    ):
        title = _html(HEADLINES[name])
        body = "".join(f"<p>{city} — {_html(s)}</p>" for s in sentences[name])
        (folder / name).write_text(
            f"<html><head><title>{title}</title>{link.format(_html(URLS[name]))}</head>"
            f"<body><article><h1>{title}</h1>{body}</article></body></html>",
            encoding="utf-8",
        )


def kg(*args: object) -> str:
    """Run ``kg`` and return its output, failing the test on a non-zero exit."""
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the hostile articles, ingested by ``kg ingest``."""
    root = tmp_path_factory.mktemp("hostile")
    (root / "articles").mkdir()
    _articles(root / "articles")
    store = root / "store"
    assert "articles: 4," in kg("ingest", "--store", store, root / "articles")
    # A store loaded from elsewhere may hold any URL: make sure all three are there, whatever
    # the article readers keep.
    for name in URLS:
        kg(
            "query", "--store", store, "--update", "-e",
            "PREFIX kg: <https://w3id.org/kg/def#> PREFIX schema: <https://schema.org/> "
            f"INSERT {{ GRAPH ?a {{ ?a schema:url {json.dumps(URLS[name])} }} }} "
            f'WHERE {{ GRAPH ?a {{ ?a kg:sourcePath ?p }} FILTER(STRENDS(?p, "/{name}")) }}',
        )  # fmt: skip
    return store


@pytest.fixture(scope="module")
def store_page(hostile_store: Path) -> Path:
    """``kg graph`` of the whole hostile store, with a hostile ``--title``."""
    page = hostile_store.parent / "store.html"
    kg("graph", "--store", hostile_store, "-o", page, "--title", TITLE, "--layout", "circle")
    return page


SELECT = """SELECT ?source ?target ?role WHERE {
  VALUES (?source ?target ?role) {
    (<https://w3id.org/kg/id/nation/JPN> %s %s)
    (%s %s %s)
    (%s <https://w3id.org/kg/id/nation/PRK> %s)
    (%s %s %s)
  }
}"""
#: The literal nodes and the roles of the SELECT view: a chain JPN → SCRIPT → SVG → PRK, and
#: a node with an unbalanced quote pointing at SVG.
LITERALS = [SCRIPT, SVG, 'He said "yes']
ROLES = [CLOSE, JS_URL, QUOTES, "it's"]
ROWS = (SCRIPT, CLOSE, SCRIPT, SVG, JS_URL, SVG, QUOTES, LITERALS[2], SVG, ROLES[3])
QUERY_NAME = "<img src=x onerror=window.__pwned=1>.rq"


@pytest.fixture(scope="module")
def query_page(hostile_store: Path) -> Path:
    """``kg graph --query`` of a SELECT whose literals are hostile labels and roles."""
    query = hostile_store.parent / QUERY_NAME
    query.write_text(SELECT % tuple(json.dumps(x) for x in ROWS), encoding="utf-8")
    page = hostile_store.parent / "query.html"
    kg(
        "graph", "--store", hostile_store, "-o", page, "--query", query, "--title", SVG,
        "--focus", "svg onload", "--hops", "2", "--layout", "circle",
    )  # fmt: skip
    return page


CONSTRUCT = """PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
CONSTRUCT {
  <urn:x:a> a <urn:type:x'onmouseover=window.__pwned=1> ; rdfs:label %s ;
      <urn:p:note> %s ; <urn:p:quote> %s ; <urn:p:link> <urn:x:b> .
  <urn:x:b> rdfs:label %s .
} WHERE {}"""


@pytest.fixture(scope="module")
def construct_page(hostile_store: Path) -> Path:
    """``kg graph --query`` of a CONSTRUCT with an unknown type and hostile literals."""
    query = hostile_store.parent / "construct.rq"
    query.write_text(CONSTRUCT % tuple(json.dumps(x) for x in (IMG, CLOSE, QUOTES, SVG)))
    page = hostile_store.parent / "construct.html"
    kg("graph", "--store", hostile_store, "-o", page, "--query", query, "--layout", "circle")
    return page


def _point(page: Any, node: str) -> tuple[float, float]:
    """Where a node is drawn, in page coordinates."""
    x, y = page.evaluate(
        """(id) => {
            const p = network.canvasToDOM(network.getPositions([id])[id]);
            const box = document.getElementById("mynetwork").getBoundingClientRect();
            return [box.left + p.x, box.top + p.y];
        }""",
        node,
    )
    return x, y


def _edge_point(page: Any, edge: str) -> tuple[float, float]:
    """A point on an edge, away from any node, in page coordinates."""
    x, y = page.evaluate(
        """(id) => {
            const box = document.getElementById("mynetwork").getBoundingClientRect();
            for (const t of [0.5, 0.4, 0.6, 0.3, 0.7, 0.2, 0.8]) {
                const p = network.canvasToDOM(network.body.edges[id].edgeType.getPoint(t));
                if (network.getNodeAt(p) === undefined && network.getEdgeAt(p) === id) {
                    return [box.left + p.x, box.top + p.y];
                }
            }
            throw new Error("no free point on edge " + id);
        }""",
        edge,
    )
    return x, y


def _away(page: Any) -> None:
    """Move the mouse to an empty corner of the network, so that any tooltip hides."""
    x, y = page.evaluate(
        """() => {
            const box = document.getElementById("mynetwork").getBoundingClientRect();
            const p = { x: 4, y: 4 };
            if (network.getNodeAt(p) !== undefined || network.getEdgeAt(p) !== undefined) {
                throw new Error("the corner of the network is not empty");
            }
            return [box.left + p.x, box.top + p.y];
        }"""
    )
    page.mouse.move(x, y)
    page.wait_for_selector("div.vis-tooltip", state="hidden", timeout=5000)


def _tooltip(page: Any, at: tuple[float, float]) -> str:
    """Hover ``at`` and return the tooltip's text, then move away so that it hides."""
    _away(page)
    page.mouse.move(*at)
    page.wait_for_selector("div.vis-tooltip", state="visible", timeout=5000)
    text = page.inner_text("div.vis-tooltip")
    _away(page)
    return str(text)


def _canvas_label(page: Any, kind: str, item: str) -> str:
    """The text vis-network draws on the canvas for a node or an edge label."""
    return str(
        page.evaluate(
            """([kind, id]) => Object.values(network.body[kind][id].labelModule.lines)
                .map(l => l.blocks.map(b => b.text).join("")).join("\\n")""",
            [kind, item],
        )
    )


def _fact_of(page: Any, sentence: str) -> str:
    """The id of the node whose evidence holds ``sentence``."""
    found = page.evaluate(
        """(s) => Object.keys(kgDetails).filter(
            id => (kgDetails[id].evidence || []).some(e => e.sentence === s))""",
        sentence,
    )
    assert len(found) == 1, (sentence, found)
    return str(found[0])


def _inert(watched: Any) -> None:
    """Assert nothing ran and no article text became markup: only kg's six scripts, no
    event-handler attribute, no injected element, no script link."""
    page = watched.page
    assert page.evaluate("document.scripts.length") == 6
    handlers = page.evaluate(
        """() => [...document.querySelectorAll("*")].filter(
            el => [...el.attributes].some(a => a.name.toLowerCase().startsWith("on"))).length"""
    )
    assert handlers == 0
    assert page.eval_on_selector_all(INJECTED, "els => els.length") == 0
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(a => a.protocol)")
    assert set(hrefs) <= {"http:", "https:"}
    watched.clean()


def test_title_heading_count_and_legend_are_text(store_page: Path, watched: Any) -> None:
    watched.open(store_page)
    page = watched.page
    assert page.title() == TITLE
    assert page.inner_text("h1") == TITLE
    assert page.inner_text("#kg-count").startswith(
        f"{page.evaluate('nodes.length')} nodes · {page.evaluate('edges.length')} edges"
    )
    legend = page.eval_on_selector_all("#kg-legend li", "els => els.map(e => e.dataset.class)")
    assert legend and set(legend) <= set(STYLES)
    texts = page.eval_on_selector_all("#kg-legend li", "els => els.map(e => e.innerText)")
    for name, text in zip(legend, texts, strict=True):
        assert text.split(" ", 1)[1].startswith(f"{STYLES[name][0]} (")
    _inert(watched)


def test_tooltips_of_nodes_and_edges_show_hostile_text(store_page: Path, watched: Any) -> None:
    watched.open(store_page)
    page = watched.page
    for sentence, source in SENTENCES.items():
        node = _fact_of(page, sentence)
        tip = _tooltip(page, _point(page, node))
        assert sentence in tip
        headline = HEADLINES[source]
        assert f"— {headline}" in tip
        assert _canvas_label(page, "nodes", node) == page.evaluate(
            "(id) => kgDetails[id].label", node
        )
    for edge in page.evaluate("edges.getIds()")[:6]:
        text = page.evaluate("(id) => edges.get(id).text", edge)
        assert " → " in text
        assert _tooltip(page, _edge_point(page, edge)) == text
    _inert(watched)


def test_side_panel_shows_evidence_and_links_only_http_urls(store_page: Path, watched: Any) -> None:
    watched.open(store_page)
    page = watched.page
    for sentence, source in SENTENCES.items():
        node = _fact_of(page, sentence)
        page.mouse.click(*_point(page, node))
        panel = page.inner_text("#kg-panel")
        assert sentence in panel and f"— {HEADLINES[source]}" in panel
        assert f"articles/{source}" in panel and "rule " in panel
        links = page.eval_on_selector_all(
            "#kg-panel .kg-url",
            "els => els.map(e => [e.tagName, e.textContent, e.href || null])",
        )
        links = sorted({tuple(link) for link in links})
        url = URLS.get(source)
        if url is None:
            assert links == []
        elif url.startswith("https:"):
            assert links == [("A", url, page.evaluate("(u) => new URL(u).href", url))]
            assert page.get_attribute("#kg-panel a.kg-url", "rel") == "noopener noreferrer"
        else:  # javascript: and data: URLs are shown, as text, and clicking them does nothing
            assert links == [("SPAN", url, None)]
            page.click("#kg-panel .kg-url >> nth=0")
            assert page.url == store_page.resolve().as_uri()
        _inert(watched)
    # the edges of the last fact, listed under Links, and an edge's own panel
    assert "Links" in page.inner_text("#kg-panel")
    edge = page.evaluate("edges.getIds()[0]")
    page.mouse.click(*_edge_point(page, edge))
    assert page.inner_text("#kg-panel h2") == page.evaluate("(id) => edges.get(id).label", edge)
    assert page.inner_text("#kg-panel p") == page.evaluate("(id) => edges.get(id).text", edge)
    _inert(watched)


def _menu_type(page: Any, control: str, text: str) -> None:
    """Open a menu and type into its search box (focused by name: under load the click can
    land while the box is still taking focus, and the keys would go nowhere)."""
    page.click(f"{control} .ts-control")
    page.focus(f"{control} .ts-control input")
    page.keyboard.type(text)


def _close(page: Any, select: str) -> None:
    """Close the menu of ``select`` (its Tom Select instance) and wait until its dropdown is
    gone: an open dropdown covers the controls below it, and a click meant for them would land
    on one of its options. Escape does this for a user; it races with focus in a headless
    browser, so the instance is told directly; a search result that arrives late may open the
    menu again on a loaded machine, so it is told again until the dropdown stays hidden."""
    for _attempt in range(5):
        page.keyboard.press("Escape")
        page.evaluate(
            "(id) => { const ts = document.getElementById(id).tomselect; ts.close(); ts.blur(); }",
            select,
        )
        try:
            page.wait_for_selector(
                f"#{select} + .ts-wrapper .ts-dropdown", state="hidden", timeout=2000
            )
            return
        except PlaywrightTimeout:
            continue
    raise AssertionError(f"the menu of #{select} does not close")


def _open_options(page: Any, control: str) -> list[str]:
    """Open a menu and return the text of its options, once it shows them."""
    page.click(f"{control} .ts-control")
    page.wait_for_selector(f"{control} .ts-dropdown .option", state="visible", timeout=5000)
    return list(
        page.eval_on_selector_all(
            f"{control} .ts-dropdown .option", "els => els.map(e => e.innerText)"
        )
    )


def test_find_and_filter_menus_take_hostile_input(store_page: Path, watched: Any) -> None:
    watched.open(store_page)
    page = watched.page
    for text in (IMG, SVG, CLOSE, QUOTES, 'He said "yes'):
        _menu_type(page, "#select-menu", text)
        assert page.input_value("#select-node-ts-control") == text
        page.wait_for_selector("#select-menu .ts-dropdown .no-results", timeout=5000)
        assert page.inner_text("#select-menu .ts-dropdown") == "No results found"
        _close(page, "select-node")
        page.fill("#select-node-ts-control", "")
    # a fact found by typing, then shown in the panel with its evidence
    node = _fact_of(page, next(iter(SENTENCES)))
    label = page.evaluate("(id) => kgDetails[id].label", node)
    _menu_type(page, "#select-menu", label)
    option = f'#select-menu .ts-dropdown .option[data-value="{node}"]'
    try:
        page.wait_for_selector(option, state="visible", timeout=3000)
    except PlaywrightTimeout:  # the click on the still-focused box closed the menu again:
        page.keyboard.press("ArrowDown")  # the keyboard opens it, as a user would
        try:
            page.wait_for_selector(option, state="visible", timeout=3000)
        except PlaywrightTimeout:  # the key raced with focus: the instance opens it
            page.evaluate("() => document.getElementById('select-node').tomselect.open()")
    page.click(option)
    assert next(iter(SENTENCES)) in page.inner_text("#kg-panel")
    # the filter's values come from the data; a typed hostile value finds nothing
    _close(page, "select-node")  # (its dropdown would take the click meant for the filter)
    page.click("#select-item + .ts-wrapper .ts-control")
    page.click("#select-item + .ts-wrapper .ts-dropdown .option >> text='node'")
    page.click("#select-property + .ts-wrapper .ts-control")
    page.click("#select-property + .ts-wrapper .ts-dropdown .option >> text='type'")
    _close(page, "select-property")
    shown = _open_options(page, "#select-value + .ts-wrapper")
    assert sorted(shown) == sorted(set(page.evaluate("nodes.get().map(n => n.type)")) - {None})
    page.keyboard.type(SCRIPT)
    page.wait_for_selector("#select-value + .ts-wrapper .ts-dropdown .no-results", timeout=5000)
    page.keyboard.press("Escape")
    _inert(watched)


def test_query_view_draws_hostile_labels_and_roles_as_text(query_page: Path, watched: Any) -> None:
    watched.open(query_page)
    page = watched.page
    assert page.title() == SVG and page.inner_text("h1") == SVG
    count = page.inner_text("#kg-count")
    assert f"query: {QUERY_NAME}" in count and f"around {SVG}, 2 hops" in count
    ids = {label: f'"{label}"' for label in LITERALS}
    assert set(ids.values()) <= set(page.evaluate("nodes.getIds()"))
    for label, node in ids.items():
        assert _canvas_label(page, "nodes", node) == label
        tip = _tooltip(page, _point(page, node))
        assert tip.startswith(label)
        page.mouse.click(*_point(page, node))
        assert page.inner_text("#kg-panel h2") == label
        assert page.inner_text("#kg-panel .kg-iri") == node
    edges = page.evaluate("edges.get().map(e => [e.id, e.label, e.text])")
    assert sorted(label for _, label, _ in edges) == sorted(ROLES)
    for edge, role, text in edges:
        assert _canvas_label(page, "edges", edge) == role
        assert _tooltip(page, _edge_point(page, edge)) == text
        assert f" → {role} → " in text
        page.mouse.click(*_edge_point(page, edge))
        assert page.inner_text("#kg-panel h2") == role
    _inert(watched)


def test_query_view_menus_show_hostile_options_literally(query_page: Path, watched: Any) -> None:
    watched.open(query_page)
    page = watched.page
    _menu_type(page, "#select-menu", "svg onload")
    option = page.wait_for_selector(
        "#select-menu .ts-dropdown .option[data-value]:not(.no-results)", timeout=5000
    )
    assert option.inner_text() == SVG
    assert option.get_attribute("data-value") == f'"{SVG}"'
    option.click()
    assert page.inner_text("#kg-panel h2") == SVG
    assert page.evaluate("network.getSelectedNodes()") == [f'"{SVG}"']
    _menu_type(page, "#select-menu", 'said "yes')
    option = page.wait_for_selector("#select-menu .ts-dropdown .option.active", timeout=5000)
    assert option.inner_text() == 'He said "yes'
    _close(page, "select-node")
    # edge roles as filter values: every one listed as written, and one chosen by typing
    for control, text in (("item", "edge"), ("property", "role")):
        page.click(f"#select-{control} + .ts-wrapper .ts-control")
        page.click(f"#select-{control} + .ts-wrapper .ts-dropdown .option >> text='{text}'")
        _close(page, f"select-{control}")
    shown = _open_options(page, "#select-value + .ts-wrapper")
    assert sorted(shown) == sorted(ROLES)
    page.keyboard.type("window.__pwned=1; '")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    assert page.inner_text("#select-value + .ts-wrapper .ts-control .item") == QUOTES
    page.click("#filter-apply")
    shown = page.evaluate("nodes.get().filter(n => !n.hidden).map(n => n.id)")
    assert sorted(shown) == sorted([f'"{SVG}"', "https://w3id.org/kg/id/nation/PRK"])
    _inert(watched)


def test_construct_view_properties_and_unknown_type_are_text(
    construct_page: Path, watched: Any
) -> None:
    watched.open(construct_page)
    page = watched.page
    assert page.eval_on_selector_all("#kg-legend li", "els => els.map(e => e.innerText)") == [
        "⬬ Other (2)"
    ]
    assert _canvas_label(page, "nodes", "urn:x:a") == IMG
    assert _tooltip(page, _point(page, "urn:x:a")).startswith(f"{IMG}\nOther")
    page.mouse.click(*_point(page, "urn:x:a"))
    lines = page.eval_on_selector_all("#kg-panel p", "els => els.map(e => e.innerText)")
    assert f"urn:p:note: {CLOSE}" in lines and f"urn:p:quote: {QUOTES}" in lines
    assert page.inner_text("#kg-panel li") == f"urn:p:link → {SVG}"
    _inert(watched)


def test_notebook_frame_of_a_hostile_view_is_inert(
    hostile_store: Path, tmp_path: Path, watched: Any
) -> None:
    from kg.store import EmbeddedStore
    from kg.view import ViewRequest, network_view

    with EmbeddedStore(hostile_store, read_only=True) as store:
        net = network_view(store, ViewRequest(title=TITLE, layout="circle"))
    path = tmp_path / "notebook.html"
    path.write_text(f"<!DOCTYPE html><html><body>{net._repr_html_()}</body></html>")
    watched.page.goto(path.resolve().as_uri())
    frame = watched.page.frames[1]
    frame.wait_for_selector("body[data-kg-state=stable]", state="attached", timeout=60_000)
    assert frame.title() == TITLE and frame.inner_text("h1") == TITLE
    assert frame.evaluate("typeof window.__pwned") == "undefined"
    assert watched.page.evaluate("document.scripts.length") == 0
    watched.clean()


def test_policy_runs_only_the_page_scripts_even_if_text_became_markup(
    store_page: Path, tmp_path: Path, watched: Any
) -> None:
    # Were an escaping bug to turn article text into markup, the page's policy would still
    # run none of it: only the page's own scripts, named by their hashes, may run.
    injected = (
        f'<a id="kg-bad-link" href="{JS_URL}">x</a>{SCRIPT}'
        f'<img id="kg-bad-img" src="data:," onerror="window.__pwned=1">{SVG}</svg>'
    )
    page_text = store_page.read_text(encoding="utf-8").replace("<body>", f"<body>{injected}", 1)
    path = tmp_path / "injected.html"
    path.write_text(page_text, encoding="utf-8")
    watched.open(path)
    page = watched.page
    page.click("#kg-bad-link")
    page.wait_for_function("document.getElementById('kg-bad-img').complete")
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.evaluate("nodes.length") > 0  # the page's own scripts ran
    refused = [e for e in watched.errors if "Content Security Policy" in e]
    assert len(refused) >= 3 and len(refused) == len(watched.errors)
    assert watched.blocked == watched.attempted == watched.dialogs == []
