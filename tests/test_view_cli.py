"""Tests of ``kg graph``: options reach kg.view, errors are one line, files and notices.

Example:
    PYTHONPATH=src python -m pytest tests/test_view_cli.py -q -p no:cacheprovider
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner, Result

from kg.cli import main
from kg.store import EmbeddedStore

VIEW_TRIG = Path(__file__).resolve().parent / "browser" / "view.trig"


def kg(*args: object) -> Result:
    """Run ``kg`` with string arguments."""
    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture(scope="module")
def view_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk kg store holding the three test articles' graphs (read it only)."""
    path = tmp_path_factory.mktemp("view") / "store"
    graphs: dict[str, list[ox.Quad]] = {}
    for quad in ox.parse(VIEW_TRIG.read_bytes(), format=ox.RdfFormat.TRIG):
        graphs.setdefault(str(quad.graph_name.value), []).append(quad)
    with EmbeddedStore(path) as db:
        for graph, quads in graphs.items():
            db.replace_graph(graph, quads)
    return path


def _nodes(page: Path) -> list[str]:
    text = page.read_text(encoding="utf-8")
    marker = "nodes = new vis.DataSet("
    data, _ = json.JSONDecoder().raw_decode(text, text.index(marker) + len(marker))
    return sorted(n["id"].rsplit("/id/", 1)[-1] for n in data)


def test_graph_of_the_seed_store(seed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "seed.html"
    result = kg("graph", "--store", seed_store, "-o", out, "--title", "Seed")
    assert result.exit_code == 0, result.output
    assert result.output.startswith(f"wrote {out} (")
    page = out.read_text(encoding="utf-8")
    assert "<title>Seed</title>" in page and "nation/KOR" in page


def test_graph_options_reach_the_view(view_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "kor.html"
    result = kg(
        "graph", "--store", view_store, "-o", out, "--focus", "KOR", "--hops", "1",
        "--exclude-type", "contract", "--since", "2024-04", "--until", "2024",
        "--layout", "circle", "--size", "sources",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert result.output == f"wrote {out} (3 nodes, 2 edges)\n"
    assert _nodes(out) == ["agreement/a1", "meeting/m1", "nation/KOR"]
    page = out.read_text(encoding="utf-8")
    assert "around South Korea (KOR), 1 hop · layout: circle" in page


def test_graph_types_article_and_query(view_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "v.html"
    result = kg("graph", "--store", view_store, "-o", out, "--type", "Nation", "--type", "fact")
    assert result.exit_code == 0, result.output
    assert len(_nodes(out)) == 8
    result = kg("graph", "--store", view_store, "-o", out, "--article", "sm6.txt")
    assert result.exit_code == 0, result.output
    assert "contract/c1" in _nodes(out) and "stance/s1" not in _nodes(out)
    rq = tmp_path / "actors.rq"
    rq.write_text(
        "PREFIX kg: <https://w3id.org/kg/def#>\n"
        "SELECT ?source ?target WHERE { ?source kg:actor|kg:participant ?target }"
    )
    result = kg(
        "graph", "--store", view_store, "-o", out, "--query", rq,
        "-p", "target=kgr:nation/CHN", "--layout", "hierarchical",
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert _nodes(out) == ["exercise/x1", "nation/CHN", "stance/s1"]


def test_graph_reduces_big_views_with_a_notice(view_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "small.html"
    result = kg("graph", "--store", view_store, "-o", out, "--max-nodes", "5")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("note: showing 5 of 17 nodes: the facts stated by")
    assert 'id="kg-notice"' in out.read_text(encoding="utf-8")


def test_graph_pictures(view_store: Path, tmp_path: Path) -> None:
    svg = tmp_path / "g.svg"
    result = kg("graph", "--store", view_store, "-o", svg, "--focus", "CHN")
    assert result.exit_code == 0, result.output
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    png = tmp_path / "kg.pic"
    result = kg("graph", "--store", view_store, "-o", png, "--format", "png")
    assert result.exit_code == 0, result.output
    assert png.read_bytes()[:4] == b"\x89PNG"


def test_graph_open_uses_the_web_browser(
    view_store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr("webbrowser.open", lambda url: opened.append(url) or True)
    out = tmp_path / "o.html"
    result = kg("graph", "--store", view_store, "-o", out, "--open")
    assert result.exit_code == 0, result.output
    assert opened == [out.resolve().as_uri()]
    monkeypatch.setattr("webbrowser.open", lambda url: False)
    result = kg("graph", "--store", view_store, "-o", out, "--open")
    assert result.exit_code == 0 and "no web browser found" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--focus", "Atlantis"], "Error: no node 'Atlantis' in the graph"),
        (["--query", "missing.rq"], "Error: no query file or competency query 'missing.rq'"),
        (["--article", "nope"], "Error: no article 'nope' in the store"),
        (["--type", "ships"], "Error: unknown type 'ships'"),
        (["--since", "yesterday"], "Error: bad date 'yesterday'"),
        (["-p", "x=1"], "Error: --param binds a variable of --query"),
    ],
)
def test_graph_errors_are_one_line(
    view_store: Path, tmp_path: Path, args: list[str], message: str
) -> None:
    result = kg("graph", "--store", view_store, "-o", tmp_path / "x.html", *args)
    assert result.exit_code == 1
    assert result.output.startswith(message)
    assert result.output.count("\n") == 1 and "Traceback" not in result.output


def test_graph_bad_query_and_no_store(view_store: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.rq"
    bad.write_text("SELECT ?x WHERE { ?x ?p }")
    result = kg("graph", "--store", view_store, "-o", tmp_path / "x.html", "--query", bad)
    assert result.exit_code == 1 and result.output.startswith("Error: line 1, column")
    result = kg("graph", "--store", tmp_path / "none", "-o", tmp_path / "x.html")
    assert result.exit_code == 1
    assert result.output == f"Error: no store at {tmp_path / 'none'} (run `kg ingest` first)\n"


def test_graph_defaults_match_the_library() -> None:
    from kg.view.cut import MAX_NODES
    from kg.view.layout import LAYOUTS

    params = {p.name: p for p in main.commands["graph"].params}
    assert params["max_nodes"].default == MAX_NODES
    assert list(params["layout"].type.choices) == list(LAYOUTS)
    help_text = kg("graph", "--help").output
    for option in ("--focus", "--hops", "--query", "--type", "--exclude-type", "--since",
                   "--until", "--article", "--layout", "--physics / --no-physics",
                   "--format", "--open", "--max-nodes", "--size"):  # fmt: skip
        assert option in help_text
