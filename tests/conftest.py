"""Shared fixtures: paths to ../shared (skipping with a reason where absent) and examples."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(__import__("os").environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "examples" / "seed-article-de.txt"


def need_shared(*parts: str) -> Path:
    """Path inside ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the team's shared/ folder beside the checkout)")
    return path


@pytest.fixture(scope="session")
def seed_text() -> str:
    return need_shared("examples", "seed-article-de.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_doc(seed_text):
    import claimgraph

    return claimgraph.analyze(seed_text, path="seed-article-de.txt")


@pytest.fixture(scope="session")
def examples_dir() -> Path:
    return ROOT / "examples"
