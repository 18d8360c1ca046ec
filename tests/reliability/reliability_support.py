"""Helpers of the reliability tests: the bench scripts as modules, the PostgreSQL server.

(A module of its own, not conftest.py: two conftest modules would shadow each other.)
"""

from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
PG_ENV = "CLAIMGRAPH_TEST_POSTGRES"


def bench_module(name: str) -> ModuleType:
    """bench/<name>.py imported as a module (the bench scripts are not part of the package)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / f"{name}.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    sys.modules[name] = mod  # dataclasses look their module up while the class is built
    spec.loader.exec_module(mod)
    return mod


def postgres_url() -> str:
    """The test server's URL; skip outside CI without one, fail in CI (.ci/run starts it)."""
    url = os.environ.get(PG_ENV)
    if not url:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL not available in CI: {PG_ENV} is not set (.ci/run starts it)")
        pytest.skip(f"PostgreSQL not available: set {PG_ENV} to a server URL")
    return url
