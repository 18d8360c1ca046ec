"""The team's example articles analyse, and the commands printed in the docs run as documented.

docs/cli.md and docs/tutorial.md are read here: every line of a ```bash block that starts with
`claimgraph` runs with CliRunner in a scratch folder (with `examples/` and `tests/` linked in),
in document order, so `ingest` fills the store the later `query` lines read. A trailing
`# exit N` comment states the expected exit status (default 0). Of a pipeline only the
`claimgraph` part runs; lines with other shell syntax (redirection, variables) and the commands
that start servers or Spark are not run.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

import claimgraph
from claimgraph.cli import main
from shared_paths import ROOT, SHARED, need_shared

EXAMPLES = ROOT / "examples"
DOCS = ("cli.md", "tutorial.md")
#: long-running or network commands: documented, never started by a unit test
NOT_RUN = {"serve", "spark", "ingest-parquet", "convert-spkatt"}
SHELL = re.compile(r"[|<>$`;&]")


# --- the example articles ------------------------------------------------------------------

@pytest.mark.parametrize("name, lang, n_docs, min_atts, sources", [
    ("hafen-de.txt", "de", 1, 6, {"Andrea Keller", "Markus Brunner"}),
    ("hafen-de.html", "de", 1, 6, {"Andrea Keller", "Markus Brunner"}),
    ("port-en.txt", "en", 1, 8, {"Andrea Keller", "Markus Brunner"}),
    ("briefs.jsonl", None, 3, 2, {"Markus Brunner"}),
])
def test_example_analyses(name, lang, n_docs, min_atts, sources):
    results = list(claimgraph.analyze_many([str(EXAMPLES / name)], workers=1))
    assert len(results) == n_docs and all(r.ok for r in results), [r.error for r in results]
    docs = [r.doc for r in results]
    for doc in docs:
        assert lang is None or doc.lang == lang
        assert len(doc.attributions) >= min_atts, (doc.title, len(doc.attributions))
    assert any(a.kind == "direct" for d in docs for a in d.attributions), f"{name}: no quote"
    assert any(d.quantities for d in docs), f"{name}: the examples carry numbers"
    names = {a.source.name for d in docs for a in d.attributions if a.source}
    assert sources <= names, names


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.iterdir()
                                        if not p.name.startswith(".")))
def test_example_is_team_sized(name):
    """150-300 words each, so an example stays readable in a terminal table."""
    text = (EXAMPLES / name).read_text(encoding="utf-8")
    words = len(re.sub(r"<[^>]+>", " ", text).split())
    assert 140 <= words <= 320, words


def test_html_example_keeps_date_and_embed():
    doc = claimgraph.analyze_many([str(EXAMPLES / "hafen-de.html")], workers=1)
    doc = next(iter(doc)).doc
    assert doc.meta.get("date", "").startswith("2024-03-12")
    kinds = [a.kind for a in doc.attributions]
    assert "embed" in kinds and "direct" in kinds and "according_to" in kinds
    assert "Impressum" not in doc.text, "boilerplate must not reach the text"


def test_examples_give_a_cross_document_conflict(tmp_path):
    """The tutorial promises one conflict (1200 vs 500 jobs) once the examples are stored."""
    db = str(tmp_path / "r.db")
    res = CliRunner().invoke(main, ["ingest", str(EXAMPLES), "--db", db, "--workers", "1"])
    assert res.exit_code == 0, res.output
    out = CliRunner().invoke(main, ["query", "findings", "--type", "conflict", "--db", db,
                                    "--format", "json"])
    rows = json.loads(out.output)
    assert any("Arbeitsplätze" in r["summary"] for r in rows), rows


# --- the commands in the docs ---------------------------------------------------------------

def _doc_commands(name: str) -> list[tuple[int, str]]:
    """(line number, command line) of each `claimgraph …` line in a ```bash block."""
    out, in_bash = [], False
    for no, line in enumerate((ROOT / "docs" / name).read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("```"):
            in_bash = line.strip() == "```bash"
            continue
        if in_bash and line.startswith("claimgraph "):
            out.append((no, line))
    return out


def _runnable(line: str) -> tuple[list[str], int] | None:
    """Arguments and expected exit status of a documented line, or None when it is not run."""
    code, _, comment = line.partition("  #")
    code = code.split(" | ")[0]  # `claimgraph … | jq …`: the claimgraph part runs
    if SHELL.search(code):
        return None
    args = shlex.split(code)[1:]
    if not args or args[0] in NOT_RUN:
        return None
    m = re.search(r"exit (\d+)", comment)
    return args, int(m.group(1)) if m else 0


@pytest.mark.parametrize("name", DOCS)
def test_docs_have_runnable_commands(name):
    """A test that runs nothing proves nothing: each page shows several runnable commands."""
    runnable = [line for _, line in _doc_commands(name) if _runnable(line)]
    assert len(runnable) >= 8, runnable


@pytest.mark.parametrize("name", DOCS)
def test_documented_commands_run(name, tmp_path, monkeypatch):
    (tmp_path / "examples").symlink_to(EXAMPLES)
    (tmp_path / "tests").symlink_to(ROOT / "tests")
    (tmp_path / "emptydir").mkdir()
    monkeypatch.chdir(tmp_path)
    env = {"CLAIMGRAPH_DB": str(tmp_path / "env.db"), "CLAIMGRAPH_TOKEN": None}
    ran = 0
    for no, line in _doc_commands(name):
        parsed = _runnable(line)
        if parsed is None:
            continue
        args, expected = parsed
        if args[0] == "eval" and not (SHARED / "data").is_dir():
            continue  # the gold sets point at texts in ../shared/data
        if args[0] in ("analyze", "ingest") and "--workers" not in args:
            args += ["--workers", "1"]  # the pool is tested elsewhere; keep the 2 cores free
        res = CliRunner().invoke(main, args, env=env)
        where = f"docs/{name}:{no}: {line}\n{res.output}"
        assert res.exit_code == expected, where
        assert res.exception is None or isinstance(res.exception, SystemExit), where
        assert "Traceback" not in res.output, where
        if expected == 1:  # an error names what it is about, in one line
            errors = [x for x in res.output.splitlines() if x.lower().startswith("error")]
            assert errors and len(errors[-1]) < 300, where
        ran += 1
    assert ran >= 8


# --- rough edges a first-time user meets ----------------------------------------------------

@pytest.mark.parametrize("args, code, says", [
    (["analyze", "{tmp}/empty"], 1, "no article files in this folder"),
    (["ingest", "{tmp}/empty", "--db", "{tmp}/x.db"], 1, "no article files in this folder"),
    (["analyze", "{tmp}/missing.txt"], 1, "missing.txt: cannot be read"),
    (["analyze", "{ex}/hafen-de.txt", "--max-bytes", "0"], 2, "--max-bytes"),
    (["analyze", "{ex}/hafen-de.txt", "--workers", "-1"], 2, "--workers"),
    (["query", "documents", "--db", "{tmp}/typo.db"], 1, "typo.db: no such store"),
    (["query", "documents", "--db", "sqlite:///{tmp}/typo.db"], 1, "no such store"),
    (["export", "--db", "{tmp}/typo.db"], 1, "typo.db: no such store"),
    (["query", "sources", "--db", "{tmp}/s.db", "--since", "yesterday"], 2, "YYYY-MM-DD"),
    (["query", "sources", "--db", "{tmp}/s.db", "--until", "2024-02-30"], 2, "YYYY-MM-DD"),
    (["query", "documents", "--db", "{tmp}/s.db", "--limit", "0"], 2, "--limit"),
    (["query", "nosuch"], 2, "No such command"),
    (["export", "--db", "{tmp}/s.db", "--format", "parquet", "--out", "{tmp}/s.db"], 1,
     "cannot write the export"),
    (["export", "--db", "{tmp}/s.db", "--out", "{tmp}/no/such/dir/x.jsonl"], 1,
     "cannot write the export"),
    (["ingest-parquet", "{tmp}/empty", "--db", "{tmp}/p.db"], 1, "no documents/ table"),
    (["spark", "{tmp}/missing.paths", "--out", "{tmp}/o"], 1, "missing.paths: no such file"),
])
def test_bad_invocation_is_one_line(tmp_path, args, code, says):
    (tmp_path / "empty").mkdir()
    sqlite3.connect(tmp_path / "s.db").close()  # an existing (empty) file: migrated on open
    args = [a.format(tmp=tmp_path, ex=EXAMPLES) for a in args]
    res = CliRunner().invoke(main, args)
    assert res.exit_code == code, res.output
    assert says in res.output and "Traceback" not in res.output, res.output
    assert not (tmp_path / "typo.db").exists() and not (tmp_path / "p.db").exists()


def test_convert_spkatt_points_into_the_nested_split(tmp_path):
    (tmp_path / "dev" / "task1").mkdir(parents=True)
    (tmp_path / "dev" / "task1" / "speech.json").write_text("{}", encoding="utf-8")
    res = CliRunner().invoke(main, ["convert-spkatt", str(tmp_path / "dev"), str(tmp_path / "o")])
    assert res.exit_code == 1 and "Traceback" not in res.output
    assert f"did you mean {tmp_path / 'dev' / 'task1'}?" in res.output


@pytest.mark.parametrize("lines, warned", [
    (['{"x": 1}'], True),                                   # not a contract document at all
    (['{"path": "elsewhere.txt", "attributions": [{"content": {"text": "x"}}]}'], True),
    (['{"path": "{doc}", "attributions": [{"content": {"text": "x"}}]}'], False),
])
def test_eval_warns_when_predictions_match_no_gold(tmp_path, lines, warned):
    need_shared("data", "de-wikinews-texts")  # the gold lines point at these texts
    gold = ROOT / "tests" / "gold" / "de"
    pred = tmp_path / "pred.jsonl"
    first = json.loads((gold / "gold.jsonl").read_text(encoding="utf-8").splitlines()[0])
    lines = [line.replace("{doc}", first["doc"]) for line in lines]
    pred.write_text("\n".join(lines) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(gold), "--pred", str(pred)])
    assert res.exit_code == 0, res.output
    assert ("no predicted attribution belongs to a gold document" in res.output) is warned


def test_help_names_exit_codes_and_environment():
    out = CliRunner().invoke(main, ["--help"]).output
    for word in ("Exit status", "130", "CLAIMGRAPH_DB", "CLAIMGRAPH_TOKEN", "CLAIMGRAPH_MAX_BYTES"):
        assert word in out, word


def _leaf_commands(group: click.Group, prefix: str = "") -> list[tuple[str, click.Command]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        if isinstance(cmd, click.Group):
            out += _leaf_commands(cmd, f"{prefix}{name} ")
        else:
            out.append((prefix + name, cmd))
    return out


@pytest.mark.parametrize("name, cmd", _leaf_commands(main))
def test_every_option_has_help(name, cmd):
    bare = [p.name for p in cmd.params if isinstance(p, click.Option) and not p.help]
    assert not bare, f"claimgraph {name}: options without help: {bare}"


# --- Ctrl-C ---------------------------------------------------------------------------------

def _corpus(folder: Path, n: int) -> Path:
    """n small distinct articles (distinct content hashes, so ingest stores each)."""
    folder.mkdir()
    base = (EXAMPLES / "hafen-de.txt").read_text(encoding="utf-8")
    for i in range(n):
        (folder / f"a{i:04d}.txt").write_text(f"{base}\nMeldung Nummer {i}.\n", encoding="utf-8")
    return folder


def _interrupt(cmd: list[str], ready) -> subprocess.CompletedProcess:
    """Run `python -m claimgraph …`, send SIGINT once `ready(proc)` is true, collect the output."""
    proc = subprocess.Popen([sys.executable, "-m", "claimgraph", *cmd], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):  # poll up to ~60 s for the first sign of work
            if ready(proc) or proc.poll() is not None:
                break
            time.sleep(0.1)
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=120)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    return subprocess.CompletedProcess(cmd, proc.returncode, out, err)


def test_ctrl_c_during_analyze(tmp_path):
    folder = _corpus(tmp_path / "in", 200)
    res = _interrupt(["analyze", str(folder), "--format", "jsonl", "--workers", "1"],
                     lambda p: bool(p.stdout.readline()))
    assert res.returncode == 130, res.stderr
    assert "interrupted after" in res.stderr and "Traceback" not in res.stderr
    for line in res.stdout.splitlines():  # what was printed is complete JSON
        json.loads(line)


def test_ctrl_c_during_ingest_keeps_stored_documents_and_resumes(tmp_path):
    folder = _corpus(tmp_path / "in", 200)
    db = tmp_path / "c.db"

    def stored(_proc) -> int:
        try:
            con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            try:
                return con.execute("SELECT count(*) FROM documents").fetchone()[0]
            finally:
                con.close()
        except sqlite3.Error:
            return 0

    res = _interrupt(["ingest", str(folder), "--db", str(db), "--workers", "1", "--no-compare"],
                     lambda p: stored(p) > 0)
    assert res.returncode == 130, res.stderr
    assert "run the same command again to resume" in res.stderr
    assert "Traceback" not in res.stderr
    kept = stored(None)
    assert 0 < kept < 200
    env = dict(os.environ, CLAIMGRAPH_DB=str(db))
    again = subprocess.run([sys.executable, "-m", "claimgraph", "ingest", str(folder),
                            "--workers", "1", "--no-compare"], capture_output=True, text=True,
                           env=env, timeout=600)
    assert again.returncode == 0, again.stderr
    assert f"{200 - kept} stored, {kept} skipped" in again.stdout
