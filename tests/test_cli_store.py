"""`claimgraph ingest | query ... | export` through click's CliRunner (SQLite files)."""

from __future__ import annotations

import csv
import io
import json
import re
import zipfile

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.store import open_store

from test_store import doc_de, doc_en

# our own short articles (German only, so every language pack involved is the same)
ARTICLES = {
    "brunnen.txt": "Neuer Brunnen für den Marktplatz\nDie Gemeinde Talberg baut einen Brunnen. "
                   "«Der Platz wird schöner», sagte Bürgermeisterin Anna Roth am Montag.",
    "bahn.txt": "Bahnstrecke wieder offen\nNach drei Wochen Bauzeit fahren die Züge wieder. "
                "Laut der Bahngesellschaft gab es keine Verzögerungen.",
    "schule.txt": "Schule erhält Preis\nDie Realschule Talberg wurde ausgezeichnet. Der Rektor "
                  "erklärte, die Schüler hätten das Projekt selbst geplant.",
}
MORE = {
    "markt.txt": "Wochenmarkt zieht um\nDer Wochenmarkt findet ab Mai am Bahnhof statt, "
                 "teilte die Stadtverwaltung mit.",
}


def _summary(output: str) -> dict[str, int]:
    m = re.search(r"(\d+) stored, (\d+) skipped .*?, (\d+) failed", output)
    assert m, output
    return dict(zip(("stored", "skipped", "failed"), map(int, m.groups())))


def _write(folder, articles):
    folder.mkdir(exist_ok=True)
    for name, text in articles.items():
        (folder / name).write_text(text, encoding="utf-8")


@pytest.fixture
def runner():
    return CliRunner()


def test_ingest_resumes_by_hash(runner, tmp_path):
    db, folder = str(tmp_path / "c.db"), tmp_path / "in"
    _write(folder, ARTICLES)
    first = runner.invoke(main, ["ingest", str(folder), "--db", db, "--no-compare"])
    assert first.exit_code == 0, first.output
    assert _summary(first.output) == {"stored": 3, "skipped": 0, "failed": 0}
    _write(folder, MORE)
    again = runner.invoke(main, ["ingest", str(folder), "--db", db])
    assert again.exit_code == 0, again.output
    assert _summary(again.output) == {"stored": 1, "skipped": 3, "failed": 0}
    store = open_store(db)
    assert len(store.list_documents()) == 4
    store.close()


def test_ingest_with_workers(runner, tmp_path):
    db, folder = str(tmp_path / "w.db"), tmp_path / "in"
    _write(folder, {**ARTICLES, **MORE})
    res = runner.invoke(main, ["ingest", str(folder), "--db", db, "--workers", "2"])
    assert res.exit_code == 0, res.output
    assert _summary(res.output) == {"stored": 4, "skipped": 0, "failed": 0}
    store = open_store(db)
    assert sorted(d["path"].rsplit("/", 1)[1] for d in store.list_documents()) == \
        sorted({**ARTICLES, **MORE})
    store.close()


def test_failures_are_quarantined_and_exit_1(runner, tmp_path):
    db, folder = str(tmp_path / "q.db"), tmp_path / "in"
    _write(folder, {"gut.txt": ARTICLES["bahn.txt"], "leer.txt": ""})
    res = runner.invoke(main, ["ingest", str(folder), "--db", db])
    assert res.exit_code == 1
    assert _summary(res.output) == {"stored": 1, "skipped": 0, "failed": 1}
    out = runner.invoke(main, ["query", "quarantine", "--db", db, "--format", "json"])
    (row,) = json.loads(out.output)
    assert row["name"].endswith("leer.txt") and "empty" in row["reason"]


def test_bad_db_is_one_line(runner, tmp_path):
    res = runner.invoke(main, ["query", "documents", "--db", "mysql://x/y"])
    assert res.exit_code == 1
    assert "unknown store URL" in res.output and "Traceback" not in res.output


@pytest.fixture
def db(tmp_path):
    path = str(tmp_path / "filled.db")
    store = open_store(path)
    store.add(doc_de())
    store.add(doc_en())
    store.close()
    return path


#: subcommand arguments -> (json check on the rows, a column the CSV must have, a table word)
QUERIES = {
    "said": (["said", "Petra Keler"], lambda rows: {r["source"] for r in rows} == {"Petra Keller"}
             and len(rows) == 4, "content", "Keller"),
    "about": (["about", "quay"], lambda rows: [r["content"] for r in rows]
              == ["Keller wants a second quay before winter"], "source", "quay"),
    "single-source": (["single-source"], lambda rows: [r["basis"] for r in rows] == ["finding"],
                      "summary", "Zuwächse"),
    "findings": (["findings", "--type", "single_source"], lambda rows: [r["type"] for r in rows]
                 == ["single_source"], "summary", "single_source"),
    "chain": (["chain", "1#a2"], lambda rows: [r["name"] for r in rows]
              == ["Petra Keller", "Reuters", "Rheinauer Zeitung"], "role", "Reuters"),
    "sources": (["sources", "--outlet", "Harbour Daily"], lambda rows: [(r["name"], r["statements"])
                for r in rows] == [("Petra Keller", 2)], "documents", "Keller"),
    "documents": (["documents"], lambda rows: [r["version"] for r in rows] == [1, 1], "hash",
                  "Rekordumschlag"),
    "quarantine": (["quarantine"], lambda rows: rows == [], "", "no rows"),
}


@pytest.mark.parametrize("fmt", ["json", "csv", "table"])
@pytest.mark.parametrize("name", list(QUERIES))
def test_query_formats(runner, db, name, fmt):
    args, check, column, word = QUERIES[name]
    res = runner.invoke(main, ["query", *args, "--db", db, "--format", fmt])
    assert res.exit_code == 0, res.output
    if fmt == "json":
        assert check(json.loads(res.output))
    elif fmt == "csv":
        rows = list(csv.DictReader(io.StringIO(res.output)))
        if column:
            assert rows and column in rows[0]
        else:
            assert rows == []
    else:
        assert word in res.output


def test_chain_of_unknown_attribution(runner, db):
    res = runner.invoke(main, ["query", "chain", "99#a7", "--db", db])
    assert res.exit_code == 1 and "no such attribution" in res.output


def test_export_formats(runner, db, tmp_path):
    import networkx as nx
    import pyarrow.parquet as pq

    res = runner.invoke(main, ["export", "--db", db, "--format", "json"])
    assert res.exit_code == 0
    assert [json.loads(x)["id"] for x in res.stdout.splitlines()] == [doc_de().id, doc_en().id]
    for fmt, out in [("csv", "t.zip"), ("csv", "t"), ("parquet", "p"), ("graphml", "g.graphml")]:
        res = runner.invoke(main, ["export", "--db", db, "--format", fmt, "--out", str(tmp_path / out)])
        assert res.exit_code == 0, res.output
    with zipfile.ZipFile(tmp_path / "t.zip") as zf:
        rows = list(csv.DictReader(io.StringIO(zf.read("attributions.csv").decode())))
    assert len(rows) == 4
    with open(tmp_path / "t" / "vias.csv", encoding="utf-8", newline="") as fh:
        assert [r["name"] for r in csv.DictReader(fh)] == ["Reuters", "Associated Press"]
    assert pq.read_table(tmp_path / "p" / "entities.parquet").num_rows == 3
    g = nx.read_graphml(tmp_path / "g.graphml")
    assert g.number_of_nodes() == 2 + 3 + 2  # documents, entities, document outlets
    res = runner.invoke(main, ["export", "--db", db, "--format", "graphml"])
    assert nx.parse_graphml(res.stdout_bytes.decode().strip()).number_of_edges() == \
        g.number_of_edges()


@pytest.mark.parametrize("cmd", [["ingest"], ["query"], ["export"], ["query", "said"],
                                 ["query", "chain"], ["query", "sources"]])
def test_help(runner, cmd):
    res = runner.invoke(main, [*cmd, "--help"])
    assert res.exit_code == 0 and "Usage" in res.output and "--db" in res.output or cmd == ["query"]
