"""Where ../shared is, and a skip helper for tests that read it.

A module of its own (not conftest.py) so that test files can import it by a unique name:
`from conftest import …` breaks as soon as a sub-folder has its own conftest.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
SEED = SHARED / "examples" / "seed-article-de.txt"


def need_shared(*parts: str) -> Path:
    """Path inside ../shared, or skip the test saying what is missing."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"needs {path} (the team's shared/ folder beside the checkout)")
    return path
