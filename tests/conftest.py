"""Shared fixtures: a CLI runner, fresh stores, and a store holding the bundled seed article."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

SEED_DIR = Path(__file__).resolve().parent.parent / "data" / "articles"
sys.path.insert(0, str(Path(__file__).resolve().parent))  # test helper modules: servers, ...


def _run_kg(*args: object) -> Result:
    from kg.cli import main

    return CliRunner().invoke(main, [str(a) for a in args])


@pytest.fixture
def store_dir(tmp_path: Path) -> Path:
    """A path for a fresh, not yet created store."""
    return tmp_path / "store"


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the bundled seed article, ingested once per session (read it only)."""
    path = tmp_path_factory.mktemp("seed") / "store"
    result = _run_kg("ingest", str(SEED_DIR), "--store", str(path))
    assert result.exit_code == 0, result.output
    return path


@pytest.fixture
def seed_store_copy(seed_store: Path, tmp_path: Path) -> Path:
    """A private copy of the seed store, for tests that change it."""
    path = tmp_path / "seed-copy"
    shutil.copytree(seed_store, path)
    return path
