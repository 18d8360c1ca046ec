"""Fixtures of the reliability tests (helpers live in reliability_support.py)."""

from __future__ import annotations

import uuid

import pytest

from reliability_support import postgres_url


@pytest.fixture
def store_url(request, tmp_path):
    """A fresh store URL per test: a new SQLite file, or a new PostgreSQL schema (dropped)."""
    if request.param == "sqlite":
        yield str(tmp_path / "store.db")
        return
    url = postgres_url()
    schema = f"cg_rel_{uuid.uuid4().hex[:12]}"
    yield f"{url}{'&' if '?' in url else '?'}schema={schema}"
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')
