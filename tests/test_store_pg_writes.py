"""The PostgreSQL write path (store/postgres.py): inserts as `unnest` over typed arrays, queued
inserts sent as one WITH statement, rows referring to their document by hash. It must write
exactly the rows SQLite writes. The SQL-shape tests need no server; the rest need
CLAIMGRAPH_TEST_POSTGRES (skipped without it, as in test_store_postgres.py)."""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph.errors import StoreError
from claimgraph.store import open_store
from claimgraph.store.postgres import as_unnest, placeholder_columns
from claimgraph.store.query import TABLES

from test_store import pg_schema_url, postgres_url  # noqa: F401 (fixture)

#: articles written for this test: relays, quantities, a spokesperson, several people
ARTICLES = [
    ("de", "hafen/1.txt",
     "Hafen Rheinau wird ausgebaut\n\n"
     "Laut Bürgermeisterin Anna Keller sollen bis 2027 rund 12.000 Container pro Jahr "
     "umgeschlagen werden. „Wir investieren 40 Millionen Euro“, sagte Keller am Montag.\n\n"
     "Der Verkehrsminister Jonas Brandt erklärte dagegen, der Bund zahle höchstens 10 Millionen "
     "Euro. Wie die Rheinauer Zeitung berichtet, soll der Bau im Mai beginnen."),
    ("en", "port/2.txt",
     "Port expansion approved\n\n"
     "Mayor Anna Keller said the port would handle about 12,000 containers a year by 2027. "
     "\"We are investing 40 million euros,\" she told reporters on Monday.\n\n"
     "According to Reuters, transport minister Jonas Brandt said the federal share would not "
     "exceed 10 million euros."),
    ("de", "hafen/3.txt",
     "Streit um Hafengeld\n\n"
     "Ein Sprecher des Ministeriums sagte, man prüfe die Pläne. Keller betonte, die Stadt "
     "habe bereits 5 Millionen Euro ausgegeben."),
]

#: columns that differ between backends by design (row ids, clock times)
_SKIP = {"id", "ingested_at", "created_at", "at", "previous_id", "document_id", "entity_id",
         "attribution_id", "source_entity_id", "finding_id"}


@pytest.mark.parametrize("sql, columns", [
    ("INSERT INTO embeds (document_id, local_id, url) VALUES (?, ?, ?)",
     ["document_id", "local_id", "url"]),
    ("INSERT INTO mentions (document_id, entity_id, span_start) VALUES "
     "((SELECT id FROM documents WHERE hash = ?), (SELECT id FROM entities WHERE key = ?), ?)",
     ["hash", "key", "span_start"]),
    # a subquery with two marks: each takes the column it is compared with
    ("INSERT INTO vias (attribution_id, position) VALUES "
     "((SELECT id FROM attributions WHERE document_id = ? AND local_id = ?), ?)",
     ["document_id", "local_id", "position"]),
    # look-alike: a mark inside a subquery that compares nothing gets no column
    ("INSERT INTO t (a) VALUES ((SELECT MAX(x) + ? FROM u))", [None]),
])
def test_placeholder_columns(sql, columns):
    head, _, rest = sql.partition("VALUES ")
    assert placeholder_columns(head + "VALUES ", rest) == columns


@pytest.mark.parametrize("sql, rows, types, expect_arrays, expect_in_query", [
    # declared types keep the text the same whatever the values (NULLs included)
    ("INSERT INTO q (value, unit) VALUES (?, ?)", [(None, None), (None, None)],
     {"value": "double precision", "unit": "text"}, [[None, None], [None, None]],
     "unnest(%b::double precision[], %b::text[])"),
    # ints among floats are sent as floats (psycopg dumps no mixed lists)
    ("INSERT INTO q (value) VALUES (?)", [(10000,), (1.5,)], {"value": "double precision"},
     [[10000.0, 1.5]], "%b::double precision[]"),
    # without a declared type: inferred, and an all-NULL column becomes a plain NULL
    ("INSERT INTO q (value, unit) VALUES (?, ?)", [(3, None)], {}, [[3]],
     "SELECT u.c0, NULL FROM unnest(%b::bigint[])"),
    # a non-text value in a text column is sent as its text
    ("INSERT INTO q (unit) VALUES (?)", [("km",), (5,)], {"unit": "text"}, [["km", "5"]],
     "%b::text[]"),
])
def test_as_unnest_types(sql, rows, types, expect_arrays, expect_in_query):
    query, arrays = as_unnest(sql, rows, types)
    assert arrays == expect_arrays
    assert expect_in_query in query and "ORDER BY u.n" in query


_BY_HASH = ("INSERT INTO mentions (document_id, span_start) VALUES "
            "((SELECT id FROM documents WHERE hash = ?), ?)")


@pytest.mark.parametrize("rows, params, in_query", [
    # one document's rows: its hash is sent once, the lookup runs once per statement
    ([("sha256:a", 1), ("sha256:a", 5)], ["sha256:a", [1, 5]], "hash = %b::text), u.c1"),
    # look-alike: rows of two documents keep one hash per row
    ([("sha256:a", 1), ("sha256:b", 5)], [["sha256:a", "sha256:b"], [1, 5]], "hash = u.c0"),
])
def test_document_hash_is_sent_once_when_shared(rows, params, in_query):
    query, arrays = as_unnest(_BY_HASH, rows, {"hash": "text", "span_start": "integer"})
    assert arrays == params
    assert in_query in query


@pytest.mark.parametrize("sql", [
    "DELETE FROM quarantine WHERE name = ?",                       # no VALUES row
    "INSERT INTO t (a) SELECT ? FROM u",                           # INSERT … SELECT
    "INSERT INTO t (a) VALUES (?) ON CONFLICT (a) DO UPDATE SET b = ?",  # a mark in the tail
])
def test_as_unnest_leaves_other_statements(sql):
    assert as_unnest(sql, [(1, 2)], {}) is None


def _table_rows(store) -> dict[str, list[tuple]]:
    """Every table's rows without backend-specific ids and times, sorted."""
    out = {}
    for table in TABLES:
        cols = store.table_columns(table)
        keep = [i for i, c in enumerate(cols) if c not in _SKIP]
        rows = [tuple(r[i] for i in keep) for r in store.iter_table(table)]
        out[table] = sorted(rows, key=repr)
    return out


@pytest.fixture(scope="module")
def analysed():
    return [claimgraph.analyze(text, lang=lang, path=path) for lang, path, text in ARTICLES]


def test_postgres_writes_the_rows_sqlite_writes(analysed, pg_schema_url, tmp_path):
    lite, pg = open_store(str(tmp_path / "a.db")), open_store(pg_schema_url)
    try:
        for doc in analysed:
            assert lite.add(doc) > 0 and pg.add(doc) > 0
        want, got = _table_rows(lite), _table_rows(pg)
        assert sum(len(v) for v in want.values()) > 30  # the articles fill the tables
        for table in TABLES:
            assert got[table] == want[table], table
        # the links by id hold too: every mention's entity and every via's attribution exist
        for store in (lite, pg):
            assert store._one("SELECT COUNT(*) AS n FROM mentions m LEFT JOIN entities e "
                              "ON e.id = m.entity_id WHERE e.id IS NULL")["n"] == 0
            assert store._one("SELECT COUNT(*) AS n FROM attributions a JOIN documents d "
                              "ON d.id = a.document_id")["n"] == len(list(store.iter_table(
                                  "attributions")))
    finally:
        lite.close()
        pg.close()


def test_postgres_add_twice_and_versions(analysed, pg_schema_url):
    store = open_store(pg_schema_url)
    try:
        first = store.add(analysed[0])
        assert store.add(analysed[0]) == first  # the stored hash: same row, nothing doubled
        atts = len(list(store.iter_table("attributions")))
        assert atts == len(analysed[0].attributions)
        changed = claimgraph.analyze(ARTICLES[0][2] + " Der Rat stimmt im Juni ab.",
                                     lang="de", path=ARTICLES[0][1])
        second = store.add(changed)
        rows = {r["id"]: r for r in store.list_documents()}
        assert (rows[first]["version"], rows[second]["version"]) == (1, 2)
        assert len(list(store.iter_table("attributions"))) == atts + len(changed.attributions)
    finally:
        store.close()


def test_postgres_failed_document_is_one_line_and_leaves_nothing(analysed, pg_schema_url):
    from claimgraph.model import Entity

    store = open_store(pg_schema_url)
    try:
        bad = claimgraph.analyze(ARTICLES[2][2], lang="de", path="bad.txt")
        bad.entities.append(Entity("e99", None, "person"))  # type: ignore[arg-type]
        with pytest.raises(StoreError) as err:
            store.add(bad)
        assert str(err.value).startswith("bad.txt: could not be stored")
        assert "\n" not in str(err.value)
        assert all(not list(store.iter_table(t)) for t in TABLES if t != "schema_version")
        assert store.add(analysed[2]) > 0  # the connection is usable afterwards
    finally:
        store.close()
