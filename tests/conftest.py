"""Shared fixtures: paths to ../shared (skipping with a reason where absent) and examples."""

from __future__ import annotations

from pathlib import Path

import pytest

from shared_paths import ROOT, SEED, SHARED, need_shared  # noqa: F401  (re-exported)


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
