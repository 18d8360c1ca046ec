"""`store.add_many(docs)`: several documents per transaction (PostgreSQL sends each table's rows
of a whole batch as one statement). It must write exactly the rows that `add` per document
writes in SQLite, name each document that could not be stored while storing the others, and
never lose a batch it acknowledged when the process dies in the middle of the next one.
The PostgreSQL cases need CLAIMGRAPH_TEST_POSTGRES (skipped without it, as test_store_postgres.py).
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

import claimgraph
from claimgraph.errors import StoreError
from claimgraph.model import Entity
from claimgraph.store import open_store
from claimgraph.store.postgres import _table_rank
from claimgraph.store.query import TABLES

from test_store import pg_schema_url, postgres_url  # noqa: F401 (fixture)
from test_store_pg_writes import _table_rows

#: articles written for this test: two conflicting figures (a document finding with its
#: attributions), relays, quantities, an anonymous spokesman, a second version of a path and
#: an embedded post
ARTICLES = [
    ("de", "flut/1.txt",
     "Streit um Schäden an der Saale\n\n"
     "Der Landrat Peter Wendt sagte, 200 Häuser seien überflutet worden. Ein Sprecher der "
     "Feuerwehr sagte dagegen, es seien 50 Häuser überflutet worden.\n\n"
     "Wie die Saale-Post berichtet, soll der Schaden bei 3 Millionen Euro liegen."),
    ("en", "flood/2.txt",
     "Flood damage disputed\n\n"
     "District chief Peter Wendt said 200 homes were flooded. A fire brigade spokesman said "
     "only 50 homes were flooded.\n\n"
     "According to Reuters, Wendt said the damage would reach 3 million euros."),
    ("de", "bruecke/3.txt",
     "Brücke bleibt gesperrt\n\n"
     "„Wir öffnen die Brücke frühestens im März“, sagte Bauamtsleiterin Carla Nowak. Laut "
     "Nowak kostet die Reparatur rund 4 Millionen Euro."),
    # the same path again, changed: version 2 of flut/1.txt (in the same batch as version 1)
    ("de", "flut/1.txt",
     "Streit um Schäden an der Saale\n\n"
     "Der Landrat Peter Wendt sagte, 210 Häuser seien überflutet worden. Ein Sprecher der "
     "Feuerwehr sagte dagegen, es seien 50 Häuser überflutet worden."),
    # an embedded post (pasted form: text, then author, handle, date and status URL)
    ("de", "bruecke/5.txt",
     "Minister äußert sich zur Brücke\n\n"
     "Der Verkehrsminister Jonas Brandt schrieb am Dienstag auf X, die Brücke werde bald "
     "repariert.\n\n"
     "Die Brücke wird im Mai wieder geöffnet. Wir haben das Geld bereit.\n"
     "— Jonas Brandt (@brandt_verkehr) 4. März 2025 "
     "https://x.com/brandt_verkehr/status/1234567890\n\n"
     "Die Opposition kritisierte die Pläne."),
]


@pytest.fixture(scope="module")
def analysed():
    return [claimgraph.analyze(text, lang=lang, path=path) for lang, path, text in ARTICLES]


def _bad(text: str) -> claimgraph.Document:
    """A document the store refuses (an entity without a name violates NOT NULL)."""
    doc = claimgraph.analyze(text, lang="de", path="kaputt.txt")
    doc.entities.append(Entity("e99", None, "person"))  # type: ignore[arg-type]
    return doc


def test_batch_order_puts_lookups_after_what_they_look_up():
    # a table without a place in the order is refused (add_many falls back), not sent too early
    assert _table_rank("INSERT INTO entities (key) VALUES (?)") < \
        _table_rank("INSERT INTO attributions (x) VALUES (?)") < \
        _table_rank("INSERT INTO vias (x) VALUES (?)")
    with pytest.raises(ValueError, match="no batch order"):
        _table_rank("INSERT INTO clusters (label) VALUES (?)")


@pytest.mark.parametrize("batches", [
    [5],          # everything in one transaction (two versions of one path inside it)
    [2, 3],       # two batches
    [1, 4],       # a single document goes through add()
])
def test_add_many_writes_the_rows_sqlite_add_writes(analysed, pg_schema_url, tmp_path, batches):
    lite, pg = open_store(str(tmp_path / "a.db")), open_store(pg_schema_url)
    try:
        want_ids = [lite.add(doc) for doc in analysed]
        got_ids, at = [], 0
        for size in batches:
            got_ids += pg.add_many(analysed[at:at + size])
            at += size
        assert got_ids == want_ids  # fresh stores: ids in the order the documents came
        want, got = _table_rows(lite), _table_rows(pg)
        assert all(want[t] for t in ("findings", "finding_attributions", "vias", "embeds",
                                     "quantities", "entity_aliases"))
        for table in TABLES:
            assert got[table] == want[table], table
        versions = {(r["path"], r["version"]) for r in pg.list_documents()}
        assert ("flut/1.txt", 2) in versions
        # each finding links the attributions of its own document
        for store in (lite, pg):
            assert store._one(
                "SELECT COUNT(*) AS n FROM finding_attributions fa JOIN findings f ON "
                "f.id = fa.finding_id JOIN attributions a ON a.id = fa.attribution_id "
                "WHERE a.document_id <> f.document_id")["n"] == 0
    finally:
        lite.close()
        pg.close()


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
@pytest.mark.parametrize("bad_at", [0, 1, 3])
def test_bad_document_mid_batch_is_named_and_the_others_are_stored(
        analysed, request, tmp_path, backend, bad_at):
    url = str(tmp_path / "b.db") if backend == "sqlite" else request.getfixturevalue("pg_schema_url")
    store = open_store(url)
    try:
        docs = list(analysed[:3])
        docs.insert(bad_at, _bad(ARTICLES[2][2] + " Das Amt prüft."))
        results = store.add_many(docs)
        assert len(results) == 4
        error = results[bad_at]
        assert isinstance(error, StoreError)
        assert str(error).startswith("kaputt.txt: could not be stored") and "\n" not in str(error)
        ids = [r for i, r in enumerate(results) if i != bad_at]
        assert all(isinstance(i, int) for i in ids) and len(set(ids)) == 3
        assert [store.has(d.id) for d in docs] == [i != bad_at for i in range(4)]
        stored = len(list(store.iter_table("attributions")))
        assert stored == sum(len(d.attributions) for d in analysed[:3])
        # the batch again: stored hashes answer with their ids (idempotent, as add)
        assert store.add_many(analysed[:3]) == ids
    finally:
        store.close()


#: the child stores batch 1 (acknowledged: add_many returned), then dies while writing batch 2
_CHILD = textwrap.dedent("""
    import json, os, sys
    from claimgraph.model import Document
    from claimgraph.store import open_store

    url, path = sys.argv[1], sys.argv[2]
    docs = [Document.from_dict(d) for d in json.load(open(path, encoding="utf-8"))]
    store = open_store(url)
    print(json.dumps(store.add_many(docs[:2])), flush=True)
    real, target = Document.to_dict, docs[3]

    def dying(self):
        if self is target:  # batch 2's first document is already on its way to the server
            os._exit(3)  # a crash: no exception handler, no rollback by the client
        return real(self)

    Document.to_dict = dying
    store.add_many(docs[2:])
    print("not reached", flush=True)
""")


def test_crash_mid_batch_keeps_the_acknowledged_batch(analysed, pg_schema_url, tmp_path):
    data = tmp_path / "docs.json"
    data.write_text(json.dumps([d.to_dict() for d in analysed], ensure_ascii=False),
                    encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", _CHILD, pg_schema_url, str(data)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 3, run.stderr
    acked = json.loads(run.stdout.splitlines()[0])
    assert "not reached" not in run.stdout
    store = open_store(pg_schema_url)
    try:
        rows = store.list_documents()
        assert [r["id"] for r in rows] == acked
        assert [store.has(d.id) for d in analysed] == [True, True, False, False, False]
        assert len(list(store.iter_table("attributions"))) == \
            sum(len(d.attributions) for d in analysed[:2])
        # the lost batch can be stored afterwards (what a resumed ingest does)
        assert all(isinstance(i, int) for i in store.add_many(analysed[2:]))
    finally:
        store.close()


def _count_statements(store) -> list[str]:
    """The texts `store` sends from now on (the real connection, only counted)."""
    sent: list[str] = []
    real = store.conn.execute

    def counting(query, *args, **kwargs):
        sent.append(str(query))
        return real(query, *args, **kwargs)

    store.conn.execute = counting
    return sent


def test_a_batch_sends_its_documents_in_one_statement_per_path_round(analysed, pg_schema_url):
    store = open_store(pg_schema_url)
    sent = _count_statements(store)
    try:
        ids = store.add_many(analysed)  # flut/1.txt twice: two rounds
        assert all(isinstance(i, int) for i in ids)
        inserts = [q for q in sent if q.startswith("INSERT INTO documents")]
        assert len(inserts) == 2 and all("unnest" in q for q in inserts)  # no fallback
        assert [r["version"] for r in store.list_documents()] == [1, 1, 1, 2, 1]
    finally:
        store.close()


@pytest.fixture(scope="module")
def shared_docs():
    """60 shared Wikinews articles (every 15th German text, English rows of one CSV part),
    analysed: many more shapes of rows than the invented articles above."""
    import csv

    from shared_paths import need_shared

    de = sorted(need_shared("data", "de-wikinews-texts", "texts").glob("*.txt"))[::15][:40]
    docs = [claimgraph.analyze(p.read_text(encoding="utf-8"), lang="de", path=f"de/{p.name}")
            for p in de]
    part = sorted(need_shared("data", "en-wikinews-sample", "data").glob("*.csv"))[0]
    csv.field_size_limit(10_000_000)
    with open(part, encoding="utf-8", newline="") as fh:
        for i, row in zip(range(20), csv.DictReader(fh)):
            docs.append(claimgraph.analyze(f"{row['title']}\n\n{row['text']}", lang="en",
                                           path=f"en/{i}"))
    return docs


def test_add_many_on_shared_articles_writes_the_rows_sqlite_writes(shared_docs, pg_schema_url,
                                                                   tmp_path):
    lite, pg = open_store(str(tmp_path / "s.db")), open_store(pg_schema_url)
    try:
        for doc in shared_docs:
            lite.add(doc)
        sent = _count_statements(pg)
        for at in range(0, len(shared_docs), 25):
            assert all(isinstance(i, int) for i in pg.add_many(shared_docs[at:at + 25]))
        # three batches, no fallback to one document at a time (which would be correct, slow)
        assert sum(q.startswith("INSERT INTO documents") for q in sent) == 3
        want, got = _table_rows(lite), _table_rows(pg)
        assert len(want["attributions"]) > 100 and len(want["mentions"]) > 300
        for table in TABLES:
            assert got[table] == want[table], table
    finally:
        lite.close()
        pg.close()


def test_two_writers_batching_the_same_documents_store_each_once(analysed, pg_schema_url):
    import threading

    stores = [open_store(pg_schema_url) for _ in range(2)]
    results: list[list] = [[], []]

    def writer(k: int) -> None:  # overlapping batches: documents 0-3 and 1-4
        results[k] = stores[k].add_many(analysed[k:k + 4])

    try:
        threads = [threading.Thread(target=writer, args=(k,)) for k in range(2)]
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
        assert all(isinstance(i, int) for r in results for i in r)
        assert results[0][1:] == results[1][:3]  # the shared documents: the same rows
        assert len(stores[0].list_documents()) == 5
        assert len(list(stores[0].iter_table("attributions"))) == \
            sum(len(d.attributions) for d in analysed)
    finally:
        for s in stores:
            s.close()
