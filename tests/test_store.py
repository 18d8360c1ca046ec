"""The store, against SQLite (file and :memory:) and a real PostgreSQL (fixture `store`).

The documents here are written by hand (our own sentences) with known attributions, so the
store is tested independently of the analysis quality.
"""

from __future__ import annotations

import csv
import io
import json
import uuid

import pytest

from claimgraph.errors import StoreError
from claimgraph.model import (Attribution, Document, Entity, Finding, Quantity, SourceMention,
                              Span, TextSpan, Via)
from claimgraph.store import open_store
from claimgraph.store.export import export_csv, export_graphml, export_json, export_parquet
from claimgraph.store.query import TABLES

from shared_paths import postgres_url

# --- hand-written documents -------------------------------------------------------------

TEXT_DE = ("Hafen Rheinau meldet Rekordumschlag\n"
           "Der Hafen von Rheinau hat im März 42'000 Container umgeschlagen. «Wir sind an der "
           "Kapazitätsgrenze», sagte Hafendirektorin Petra Keller. Laut Reuters erwartet Keller "
           "weitere Zuwächse im Sommer.")
TEXT_EN = ("Port of Rheinau nears capacity\n"
           "Port director Petra Keller said the terminal was full. According to the Associated "
           "Press, Keller wants a second quay before winter.")


def _span(text: str, part: str) -> Span:
    start = text.index(part)
    return Span(start, start + len(part))


def _ts(text: str, part: str) -> TextSpan:
    return TextSpan(part, _span(text, part))


def _att(text: str, aid: str, kind: str, cue: str | None, content: str, source: str, name: str,
         type_: str, entity: str | None, via: tuple[tuple[str, str], ...] = (),
         lang: str = "de") -> Attribution:
    return Attribution(
        id=aid, kind=kind, cue=_ts(text, cue) if cue else None, content=_ts(text, content),
        source=SourceMention(source, _span(text, source), name, type=type_, entity=entity,
                             role="Hafendirektorin" if "direktor" in source else None),
        via=[Via(v, "outlet", ent, _span(text, v)) for v, ent in via], lang=lang)


def doc_de(text: str = TEXT_DE, path: str = "hafen/de.txt") -> Document:
    doc = Document(text=text, path=path, lang="de", title=text.split("\n")[0],
                   meta={"date": "2025-03-04", "outlet": "Rheinauer Zeitung", "format": "text"})
    doc.attributions = [
        _att(text, "a1", "direct", "sagte", "Wir sind an der Kapazitätsgrenze",
             "Hafendirektorin Petra Keller", "Petra Keller", "person", "e1"),
        _att(text, "a2", "according_to", "Laut", "erwartet Keller weitere Zuwächse im Sommer",
             "Keller", "Petra Keller", "person", "e1", via=(("Reuters", "e2"),)),
    ]
    doc.entities = [
        Entity("e1", "Petra Keller", "person", ["Keller", "Hafendirektorin Petra Keller"],
               "Hafendirektorin", "Hafen Rheinau",
               [_span(text, "Hafendirektorin Petra Keller"), _span(text, "Keller weitere")]),
        Entity("e2", "Reuters", "outlet", [], mentions=[_span(text, "Reuters")],
               registry_id="reuters"),
    ]
    doc.quantities = [Quantity("42'000 Container", _span(text, "42'000 Container"), 42000,
                               unit="Container", unit_key="container")]
    doc.findings = [Finding("single_source", "Zuwächse rest on Keller alone", ["a2"],
                            ["Petra Keller"], reason="one_source", score=0.8)]
    return doc


def doc_en() -> Document:
    text = TEXT_EN
    doc = Document(text=text, path="port/en.txt", lang="en", title=text.split("\n")[0],
                   meta={"date": "2025-03-05", "outlet": "Harbour Daily", "format": "text"})
    doc.attributions = [
        _att(text, "a1", "indirect", "said", "the terminal was full", "Port director Petra Keller",
             "Petra Keller", "person", "e1", lang="en"),
        _att(text, "a2", "according_to", "According to", "Keller wants a second quay before winter",
             "Keller", "Petra Keller", "person", "e1", via=(("Associated Press", None),), lang="en"),
    ]
    doc.entities = [Entity("e1", "Petra Keller", "person", ["Keller"],
                           mentions=[_span(text, "Petra Keller")])]
    return doc


# --- backends ---------------------------------------------------------------------------

def drop_schema(url: str, schema: str) -> None:
    import psycopg

    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture
def pg_schema_url():
    """A fresh PostgreSQL schema for one test (dropped afterwards)."""
    url = postgres_url()
    schema = f"cg_test_{uuid.uuid4().hex[:12]}"
    sep = "&" if "?" in url else "?"
    yield f"{url}{sep}schema={schema}"
    drop_schema(url, schema)


@pytest.fixture(params=["sqlite", "postgres"])
def store(request, tmp_path):
    if request.param == "sqlite":
        s = open_store(str(tmp_path / "test.db"))
    else:
        s = open_store(request.getfixturevalue("pg_schema_url"))
    yield s
    s.close()


def _count(store, table: str) -> int:
    return sum(1 for _ in store.iter_table(table))


# --- writes -----------------------------------------------------------------------------

def test_add_is_idempotent_by_hash(store):
    doc = doc_de()
    first = store.add(doc)
    assert store.add(doc_de()) == first
    assert store.has(doc.id) and not store.has("sha256:" + "0" * 64)
    assert [d["hash"] for d in store.list_documents()] == [doc.id]
    assert _count(store, "attributions") == 2


@pytest.mark.parametrize("make", [doc_de, doc_en])
def test_round_trip_is_exact(store, make):
    doc = make()
    row = store.add(doc)
    assert store.get_document(row).to_dict() == doc.to_dict()
    assert store.get_document(doc.id).to_dict() == doc.to_dict()
    assert store.get_document(doc.id[:20]).id == doc.id  # unique hash prefix
    assert store.get_document(row + 99) is None
    assert store.get_document(10**30) is None and store.get_entity(10**30) is None
    assert store.chain(str(10**30)) == [] and store.chain(f"{10**30}#a1") == []


def test_changed_text_at_same_path_is_new_version(store):
    first = store.add(doc_de())
    second = store.add(doc_de(TEXT_DE.replace("im März", "im April")))
    rows = {r["id"]: r for r in store.list_documents()}
    assert second != first
    assert (rows[first]["version"], rows[second]["version"]) == (1, 2)
    assert rows[first]["path"] == rows[second]["path"] == "hafen/de.txt"


def test_failed_add_leaves_nothing_visible(store):
    bad = doc_de()
    bad.entities.append(Entity("e3", None, "person"))  # type: ignore[arg-type] # NOT NULL fails
    with pytest.raises(StoreError) as err:
        store.add(bad)
    assert "hafen/de.txt" in str(err.value) and "\n" not in str(err.value)
    assert not store.has(bad.id)
    for table in TABLES:
        assert _count(store, table) == 0, table
    assert store.add(doc_de()) > 0  # the store still works afterwards
    assert _count(store, "attributions") == 2


def test_quarantine_keeps_latest_reason(store):
    store.quarantine("a.txt", "a.txt: empty input")
    store.quarantine("b.txt", "b.txt: binary")
    store.quarantine("a.txt", "a.txt: still\nempty")
    rows = store.quarantined()
    assert [(r["name"], r["reason"]) for r in rows] == [("b.txt", "b.txt: binary"),
                                                         ("a.txt", "a.txt: still empty")]
    assert all(r["time"] for r in rows)


# --- entities ---------------------------------------------------------------------------

def test_entities_merge_across_documents(store):
    store.add(doc_de())
    store.add(doc_en())
    (keller,) = store.list_entities(q="keller")
    assert (keller["name"], keller["type"], keller["statements"], keller["documents"]) == \
        ("Petra Keller", "person", 4, 2)
    full = store.get_entity(keller["id"])
    assert "Keller" in full["aliases"]
    assert {s["title"] for s in full["statements"]} == {doc_de().title, doc_en().title}
    assert {s["attribution"]["content"]["text"] for s in full["statements"]} >= {
        "Wir sind an der Kapazitätsgrenze", "the terminal was full"}
    outlets = {e["name"] for e in store.list_entities(type="outlet")}
    assert outlets == {"Reuters", "Associated Press"}  # AP had no entity: made from the via
    (reuters,) = store.list_entities(q="reuters")
    assert [s["attribution"]["id"] for s in store.get_entity(reuters["id"])["relayed"]] == ["a2"]


def doc_spokesman(place: str) -> Document:
    """An anonymous spokesman and an unresolved pronoun (the resolver left it without entity)."""
    text = f"Ein Sprecher in {place} sagte, alles sei ruhig. Er fügte hinzu, man warte ab."
    doc = Document(text=text, path=f"{place}.txt", lang="de")
    doc.attributions = [
        _att(text, "a1", "indirect", "sagte", "alles sei ruhig", "Ein Sprecher", "Sprecher",
             "anonymous", "e1"),
        _att(text, "a2", "indirect", "fügte hinzu", "man warte ab", "Er", "Er", "person", None),
    ]
    doc.entities = [Entity("e1", "Sprecher", "anonymous", mentions=[_span(text, "Ein Sprecher")])]
    return doc


def test_anonymous_sources_stay_per_document_and_pronouns_get_no_entity(store):
    store.add(doc_spokesman("Bern"))
    store.add(doc_spokesman("Basel"))
    spokesmen = store.list_entities(q="Sprecher")
    assert [(e["statements"], e["documents"]) for e in spokesmen] == [(1, 1), (1, 1)]
    assert store.list_entities(q="Er", type="person") == []
    assert [r["name"] for r in store.sources()] == ["Sprecher", "Sprecher"]
    assert store.said("Er") == []


# --- queries ----------------------------------------------------------------------------

@pytest.fixture
def filled(store):
    store.add(doc_de())
    store.add(doc_en())
    return store


@pytest.mark.parametrize("who, n", [
    ("Petra Keller", 4), ("keller", 4), ("Petra Keler", 4), ("Hafendirektorin Petra Keller", 4),
    ("Reuters", 0), ("Olaf Scholz", 0),
])
def test_said_matches_names_fuzzily(filled, who, n):
    rows = filled.said(who)
    assert len(rows) == n
    assert all(r["source"] == "Petra Keller" for r in rows)


@pytest.mark.parametrize("term, contents", [
    ("Kapazitätsgrenze", ["Wir sind an der Kapazitätsgrenze"]),
    ("KAPAZITÄTSGRENZE", ["Wir sind an der Kapazitätsgrenze"]),  # Unicode folding in SQLite too
    ("quay", ["Keller wants a second quay before winter"]),
    ("100%", []),
])
def test_about_term(filled, term, contents):
    assert [r["content"] for r in filled.about(term)] == contents


def test_chain_runs_from_source_to_outlet(filled):
    doc = filled.list_documents(q="Rekordumschlag")[0]
    for ref in (f"{doc['id']}#a2", f"{doc['hash'][:16]}#a2"):
        steps = filled.chain(ref)
        assert [(s["role"], s["name"]) for s in steps] == [
            ("source", "Petra Keller"), ("via", "Reuters"), ("outlet", "Rheinauer Zeitung")]
    assert filled.chain("nope#a9") == [] and filled.chain(10_000) == []


@pytest.mark.parametrize("kwargs, expected", [
    ({}, {"Petra Keller": (4, 2)}),
    ({"outlet": "harbour daily"}, {"Petra Keller": (2, 1)}),
    ({"outlet": "Reuters"}, {"Petra Keller": (1, 1)}),  # a relaying outlet counts too
    ({"since": "2025-03-05"}, {"Petra Keller": (2, 1)}),
    ({"until": "2025-03-04"}, {"Petra Keller": (2, 1)}),
    ({"since": "2026-01-01"}, {}),
])
def test_sources_by_outlet_and_date(filled, kwargs, expected):
    got = {r["name"]: (r["statements"], r["documents"]) for r in filled.sources(**kwargs)}
    assert got == expected


def test_findings_and_single_source(filled):
    (f,) = filled.list_findings(type="single_source")
    assert (f["scope"], f["attributions"], f["sources"]) == ("document", ["a2"], ["Petra Keller"])
    assert f["summary"] == "Zuwächse rest on Keller alone" and len(f["attribution_ids"]) == 1
    assert filled.list_findings(type="conflict") == []
    (row,) = filled.single_source()
    assert row["attribution"] == f["attribution_ids"][0]
    assert row["content"] == "erwartet Keller weitere Zuwächse im Sommer"


def test_refresh_keeps_document_findings(filled):
    found = filled.refresh_findings()
    assert isinstance(found, list)
    assert [f["type"] for f in filled.list_findings() if f["scope"] == "document"] == ["single_source"]


FIRE = ("Brand in Talberg\nBei dem Brand in der Lagerhalle von Talberg wurden nach Angaben der "
        "{who} {n} Menschen verletzt, sagte {speaker} am Montag.")


def test_cross_document_findings_link_stored_attributions(store):
    import claimgraph

    for i, (who, n, speaker) in enumerate([("Polizei", 40, "ein Polizeisprecher"),
                                           ("Feuerwehr", 400, "Feuerwehrchef Bruno Lang")]):
        store.add(claimgraph.analyze(FIRE.format(who=who, n=n, speaker=speaker), path=f"f{i}.txt"))
    found = store.refresh_findings()
    assert found, "a 40 vs 400 casualty count across two articles is a textbook conflict"
    corpus = [f for f in store.list_findings() if f["scope"] == "corpus"]
    assert [f["attributions"] for f in corpus] == [f.attributions for f in found]
    for f in corpus:  # every "<hash>#a1" reference became a link to a stored attribution
        assert len(f["attribution_ids"]) == len(f["attributions"]) and len(f["documents"]) == 2
    assert len(store.refresh_findings()) == len(found)  # refreshing replaces, never duplicates
    assert len([f for f in store.list_findings() if f["scope"] == "corpus"]) == len(found)


@pytest.mark.parametrize("q, n", [("Keller", 4), ("terminal", 1), ("Associated", 0)])
def test_search(filled, q, n):
    assert len(filled.search(q)) == n


# --- exports ----------------------------------------------------------------------------

def test_export_json_round_trips(filled):
    buf = io.StringIO()
    assert export_json(filled, buf) == 2
    docs = [Document.from_dict(json.loads(line)) for line in buf.getvalue().splitlines()]
    assert [d.to_dict() for d in docs] == [doc_de().to_dict(), doc_en().to_dict()]


def test_export_csv_and_parquet_tables(filled, tmp_path):
    import pyarrow.parquet as pq

    export_csv(filled, tmp_path / "csv")
    export_parquet(filled, tmp_path / "pq")
    for table, n in [("documents", 2), ("attributions", 4), ("vias", 2), ("entities", 3),
                     ("quantities", 1), ("findings", 1)]:
        with open(tmp_path / "csv" / f"{table}.csv", encoding="utf-8", newline="") as fh:
            assert len(list(csv.DictReader(fh))) == n, table
        assert pq.read_table(tmp_path / "pq" / f"{table}.parquet").num_rows == n, table
    values = pq.read_table(tmp_path / "pq" / "quantities.parquet").column("value").to_pylist()
    assert values == [42000]
    # empty tables keep their column types (joins in DuckDB do not depend on the data)
    empty = pq.read_table(tmp_path / "pq" / "cluster_members.parquet")
    assert empty.num_rows == 0 and str(empty.schema.field("attribution_id").type) == "int64"


def test_export_graphml_opens_in_networkx(filled, tmp_path):
    import networkx as nx

    path = tmp_path / "g.graphml"
    export_graphml(filled, str(path))
    g = nx.read_graphml(path)
    types = {d["type"] for _, d in g.nodes(data=True)}
    assert {"person", "outlet", "document"} <= types
    labels = {(g.nodes[u]["label"], d["label"], g.nodes[v]["label"]) for u, v, d in g.edges(data=True)}
    assert ("Petra Keller", "says", doc_de().title) in labels
    assert ("Reuters", "relays", "Petra Keller") in labels
    assert (doc_de().title, "cites", "Reuters") in labels
    assert ("Rheinauer Zeitung", "publishes", doc_de().title) in labels
    says = [d for u, v, d in g.edges(data=True) if d["label"] == "says"]
    assert sorted(d["weight"] for d in says) == [2.0, 2.0]


# --- opening ----------------------------------------------------------------------------

@pytest.mark.parametrize("form", ["{dir}/s.db", "sqlite:///{dir}/s.db", ":memory:", "sqlite://"])
def test_open_store_url_forms(tmp_path, form):
    s = open_store(form.format(dir=tmp_path))
    s.add(doc_de())
    assert s.has(doc_de().id) and s.schema_version() >= 1
    s.close()


@pytest.mark.parametrize("url, needle", [
    ("mysql://localhost/db", "unknown store URL"),
    ("/no/such/folder/x.db", "does not exist"),
])
def test_open_store_errors_are_one_line(url, needle):
    with pytest.raises(StoreError) as err:
        open_store(url)
    assert needle in str(err.value) and "\n" not in str(err.value)


def test_not_a_store_file(tmp_path):
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not a database file at all" * 100)
    with pytest.raises(StoreError, match="junk.db"):
        open_store(str(path))


def test_reopen_keeps_data_and_migrates_once(tmp_path):
    path = str(tmp_path / "r.db")
    s = open_store(path)
    s.add(doc_de())
    version = s.schema_version()
    s.close()
    s = open_store(path)
    assert s.schema_version() == version and s.has(doc_de().id)
    assert [r[0] for r in s.conn.execute("SELECT version FROM schema_version")] == \
        list(range(1, version + 1))
    mode = s.conn.execute("PRAGMA journal_mode").fetchone()[0]
    assert mode == "wal"
    s.close()
