"""Render a kg network as one self-contained HTML page and write it atomically.

The page is kg's own Jinja template (``assets/page.html``) with autoescaping on. It inlines
vis-network, tom-select and pyvis's highlight helpers from the installed pyvis package, so
it opens with no network (no CDN link, no Bootstrap), and a Content-Security-Policy that
allows no fetch at all. Article text reaches the page only as escaped HTML text or as JSON
with ``<``, ``>``, ``&`` and ``'`` escaped, and the page's script shows it with
``textContent``: a headline holding ``<script>`` stays text. The policy runs only the
page's own scripts, named by their SHA-256: even text that became markup could run no
event-handler attribute, ``javascript:`` URL or injected script.

Example:
    >>> from kg.view.network import KgNetwork
    >>> page = render_page(KgNetwork(title="<t>"))
    >>> "<title>&lt;t&gt;</title>" in page, 'src="http' in page, 'href="http' in page
    (True, False, False)
    >>> "'unsafe-inline'" in script_policy(page)
    False
"""

from __future__ import annotations

import base64
import contextlib
import functools
import hashlib
import os
import re
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from kg.errors import KgError
from kg.view.style import GLYPHS, STYLES

if TYPE_CHECKING:
    import jinja2

    from kg.view.network import KgNetwork

ASSETS = Path(__file__).resolve().parent / "assets"
_CLOSING = re.compile(r"</(script|style)|<!--", re.IGNORECASE)
#: Stands for the script hashes in the template's policy until the page is rendered.
_SCRIPT_SRC = "%KG-SCRIPT-SRC%"
_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)
_POLICY = re.compile(r'http-equiv="Content-Security-Policy" content="[^"]*script-src ([^;"]*)')
_SOURCE_MAP = re.compile(r"^\s*/[/*][#@] sourceMappingURL=.*$", re.MULTILINE)
#: Properties the page's filter menu offers, per item.
FILTERS = {"node": ["kind", "type", "date", "sources"], "edge": ["role"]}


def _pyvis_lib(name: str) -> str:
    import pyvis

    return (Path(pyvis.__file__).resolve().parent / "templates" / "lib" / name).read_text(
        encoding="utf-8"
    )


@functools.cache
def _assets() -> dict[str, Any]:
    """The inlined libraries, checked so that none can end its own <script>/<style>."""
    from markupsafe import Markup

    texts = {
        "vis_js": _pyvis_lib("vis-9.1.2/vis-network.min.js"),
        "vis_css": _pyvis_lib("vis-9.1.2/vis-network.css"),
        "tom_js": _pyvis_lib("tom-select/tom-select.complete.min.js"),
        "tom_css": _pyvis_lib("tom-select/tom-select.css"),
        "utils_js": _pyvis_lib("bindings/utils.js"),
        "kg_js": (ASSETS / "kg-view.js").read_text(encoding="utf-8"),
        "kg_css": (ASSETS / "kg-view.css").read_text(encoding="utf-8"),
    }
    for name, text in texts.items():
        # Line ends as the HTML parser gives them to the script, so that the hashes match.
        text = _SOURCE_MAP.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
        if _CLOSING.search(text):
            raise KgError(f"cannot inline {name}: it contains a closing tag or a comment opener")
        texts[name] = Markup(text)  # our own, checked library code: no escaping
    return texts


@functools.cache
def _template() -> jinja2.Template:
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(ASSETS)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    return env.get_template("page.html")


def legend(counts: dict[str, int]) -> list[dict[str, Any]]:
    """Return the legend entries (classes present, in :data:`STYLES` order) with counts.

    Example:
        >>> [(e["text"], e["count"]) for e in legend({"Stance": 1, "Nation": 2})]
        [('Nation', 2), ('Stance', 1)]
    """
    return [
        {"name": name, "text": text, "colour": colour, "glyph": GLYPHS.get(shape, "●"), "count": n}
        for name, (text, colour, shape) in STYLES.items()
        if (n := counts.get(name, 0))
    ]


def render_page(net: KgNetwork) -> str:
    """Return the HTML page of a :class:`~kg.view.network.KgNetwork`.

    Example:
        >>> from kg.view.network import KgNetwork
        >>> "vis.DataSet([])" in render_page(KgNetwork())
        True
    """
    counts: dict[str, int] = {}
    for node in net.nodes:
        counts[node.get("class", "Other")] = counts.get(node.get("class", "Other"), 0) + 1
    choices = sorted(
        ({"id": n["id"], "label": n.get("label", n["id"])} for n in net.nodes),
        key=lambda c: (str(c["label"]).casefold(), c["id"]),
    )
    options = net.options if isinstance(net.options, dict) else {}
    page = _template().render(
        title=net.kg_title,
        description=net.kg_description,
        notice=net.kg_notice,
        node_count=len(net.nodes),
        edge_count=len(net.edges),
        legend=legend(counts),
        menus=net.select_menu or net.filter_menu,
        select_menu=net.select_menu,
        filter_menu=net.filter_menu,
        choices=choices,
        height=net.height,
        nodes=net.nodes,
        edges=net.edges,
        options=options,
        details=net.kg_details,
        filters=FILTERS,
        live=net.kg_live,
        **_assets(),
    )
    return with_script_hashes(page)


def with_script_hashes(page: str) -> str:
    """Return ``page`` with its policy's script sources set to the hashes of its scripts.

    The placeholder is the page's first occurrence of it (the policy comes before any
    data); each ``<script>`` body is hashed as the browser reads it.

    Example:
        >>> page = with_script_hashes(f"script-src {_SCRIPT_SRC}; <script>1</script>")
        >>> page.split(";")[0]
        "script-src 'sha256-a4ayc/80/OGda4BO/1o/V0etpOqiLx1JwB5S3beHW0s='"
    """
    hashes = sorted({_sha256(body) for body in _SCRIPT.findall(page)})
    return page.replace(_SCRIPT_SRC, " ".join(hashes) or "'none'", 1)


def _sha256(text: str) -> str:
    digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"'sha256-{digest}'"


def script_policy(page: str) -> str:
    """Return the ``script-src`` sources of a page's Content-Security-Policy.

    Example:
        >>> from kg.view.network import KgNetwork
        >>> script_policy(render_page(KgNetwork())).count("'sha256-")
        6
    """
    found = _POLICY.search(page)
    return found.group(1).strip() if found else ""


def write_atomic(path: Path, data: str | bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file and a rename (never half a file).

    Example:
        >>> import tempfile, pathlib
        >>> p = pathlib.Path(tempfile.mkdtemp()) / "x.html"
        >>> write_atomic(p, "hi"); p.read_text()
        'hi'
    """
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as e:
        raise KgError(f"cannot write {path}: {e.strerror or e}") from e
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data.encode("utf-8") if isinstance(data, str) else data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except OSError as e:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise KgError(f"cannot write {path}: {e.strerror or e}") from e
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


__all__ = [
    "FILTERS",
    "legend",
    "render_page",
    "script_policy",
    "with_script_hashes",
    "write_atomic",
]
