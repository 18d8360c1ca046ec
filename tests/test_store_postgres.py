"""PostgreSQL-only behaviour: schema isolation, concurrent opening, URL handling.

Needs CLAIMGRAPH_TEST_POSTGRES (set by .ci/run); skipped without it outside CI, failing in CI.
"""

from __future__ import annotations

import threading

import pytest

from claimgraph.errors import StoreError
from claimgraph.store import open_store
from claimgraph.store.postgres import split_schema

from test_store import doc_de, doc_en, pg_schema_url, postgres_url  # noqa: F401 (fixture)


@pytest.mark.parametrize("url, rest, schema", [
    ("postgresql://u@h/db?schema=cg1", "postgresql://u@h/db", "cg1"),
    ("postgresql://u@h/db?sslmode=disable&schema=x_2", "postgresql://u@h/db?sslmode=disable", "x_2"),
    ("postgresql://u@h/db", "postgresql://u@h/db", None),
])
def test_split_schema(url, rest, schema):
    assert split_schema(url) == (rest, schema)


def test_schemas_isolate_stores(pg_schema_url):
    other = pg_schema_url + "b"
    a = open_store(pg_schema_url)
    b = open_store(other)
    try:
        a.add(doc_de())
        b.add(doc_en())
        assert [d["hash"] for d in a.list_documents()] == [doc_de().id]
        assert [d["hash"] for d in b.list_documents()] == [doc_en().id]
    finally:
        a.close()
        b.close()
        from test_store import drop_schema

        drop_schema(postgres_url(), other.rsplit("schema=", 1)[1])


def test_concurrent_open_migrates_once(pg_schema_url):
    stores, errors = [], []

    def opener():
        try:
            stores.append(open_store(pg_schema_url))
        except Exception as exc:  # collected and asserted below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    rows = stores[0]._all("SELECT version FROM schema_version")
    assert [r["version"] for r in rows] == list(range(1, stores[0].schema_version() + 1))
    for s in stores:
        s.close()


def test_two_connections_add_same_document(pg_schema_url):
    a, b = open_store(pg_schema_url), open_store(pg_schema_url)
    try:
        assert a.add(doc_de()) == b.add(doc_de())
        assert len(a.list_documents()) == 1
    finally:
        a.close()
        b.close()


@pytest.mark.parametrize("url, needle", [
    ("postgresql://postgres@127.0.0.1:1/postgres", "cannot open the store"),
    ("postgresql://u:secret@127.0.0.1:1/postgres", "u:***@"),
    ("postgresql://postgres@127.0.0.1:1/postgres?schema=bad;drop", "plain identifier"),
])
def test_open_errors_are_one_line_without_password(url, needle):
    with pytest.raises(StoreError) as err:
        open_store(url)
    msg = str(err.value)
    assert needle in msg and "secret" not in msg and "\n" not in msg
