"""Where ../shared is and whether the test PostgreSQL runs: skip (or fail in CI) helpers.

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


#: set by .ci/run to the throw-away PostgreSQL server it starts
PG_ENV = "CLAIMGRAPH_TEST_POSTGRES"


def postgres_url() -> str:
    """The test server's URL; skip outside CI without one, fail in CI (.ci/run starts it)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL not available in CI: {PG_ENV} is not set (.ci/run starts it)")
        pytest.skip(f"PostgreSQL not available: set {PG_ENV} to a server URL")
    return url
