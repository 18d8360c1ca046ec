"""Crash safety: `claimgraph ingest` killed with SIGKILL at random (seeded) moments, resumed, and
compared with a clean run, on SQLite and PostgreSQL, with one and two workers.

After every kill the store may hold fewer documents, but each one it holds must be whole: the
same number of attributions, vias, entity links, mentions, quantities, embeds and findings as
in the clean run. After the resume every document is there exactly once.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from reliability_support import bench_module

DOCS = 150
KILLS = 3

#: per-document row counts: what "the whole document" means in the store
ROW_COUNTS = """
SELECT d.hash, d.n_attributions,
  (SELECT COUNT(*) FROM attributions a WHERE a.document_id = d.id) AS attributions,
  (SELECT COUNT(*) FROM vias v JOIN attributions a ON a.id = v.attribution_id
    WHERE a.document_id = d.id) AS vias,
  (SELECT COUNT(*) FROM entity_links l WHERE l.document_id = d.id) AS entities,
  (SELECT COUNT(*) FROM mentions m WHERE m.document_id = d.id) AS mentions,
  (SELECT COUNT(*) FROM quantities q WHERE q.document_id = d.id) AS quantities,
  (SELECT COUNT(*) FROM embeds e WHERE e.document_id = d.id) AS embeds,
  (SELECT COUNT(*) FROM findings f WHERE f.document_id = d.id) AS findings
FROM documents d
"""


def _cmd(corpus: str, db: str, workers: int) -> list[str]:
    return [sys.executable, "-m", "claimgraph", "ingest", corpus, "--db", db,
            "--workers", str(workers), "--no-progress", "--no-compare"]


def snapshot(db: str) -> tuple[dict[str, tuple], int]:
    """hash -> per-document row counts, and the number of document rows (doubles show here)."""
    from claimgraph.store import open_store

    store = open_store(db)
    try:
        rows = store._all(ROW_COUNTS)
    finally:
        store.close()
    return {r["hash"]: tuple(int(v) for k, v in r.items() if k != "hash") for r in rows}, len(rows)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    faults = bench_module("faults")
    root = tmp_path_factory.mktemp("killcorpus")
    faults.build_corpus(root / "corpus", DOCS, bad_fraction=0, seed=23)
    return str(root / "corpus")


@pytest.fixture(scope="module")
def clean(corpus, tmp_path_factory):
    """The reference: one uninterrupted run, and how long it took (to aim the kills)."""
    db = str(tmp_path_factory.mktemp("clean") / "clean.db")
    started = time.monotonic()
    proc = subprocess.run(_cmd(corpus, db, 1), capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    counts, n = snapshot(db)
    assert n == len(counts) >= DOCS * 0.9  # HTML/WARC pages all kept, nothing doubled
    assert sum(c[1] for c in counts.values()) > DOCS  # attributions were found and stored
    return counts, time.monotonic() - started


def _kill_at(cmd: list[str], delay: float) -> int:
    """Start `cmd` in its own process group, SIGKILL the whole group after `delay` seconds."""
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            start_new_session=True)
    try:
        proc.wait(timeout=delay)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=60)
    proc.stderr.close()
    return proc.returncode


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("store_url", ["sqlite", "postgres"], indirect=True)
def test_kill_and_resume_loses_nothing_and_doubles_nothing(corpus, clean, store_url, workers):
    reference, clean_seconds = clean
    rng = random.Random(1000 + workers)
    cmd = _cmd(corpus, store_url, workers)
    killed = 0
    for round_no in range(KILLS):
        # startup (imports, pool) takes ~1-2 s: aim from there to well before the end
        delay = rng.uniform(1.0, max(1.5, clean_seconds * (0.4 + 0.2 * round_no)))
        code = _kill_at(cmd, delay)
        killed += code == -signal.SIGKILL
        seen, n_rows = snapshot(store_url)
        assert n_rows == len(seen), "a document row is doubled"
        assert set(seen) <= set(reference), "a document the clean run does not have"
        half = {h: (seen[h], reference[h]) for h in seen if seen[h] != reference[h]}
        assert half == {}, f"round {round_no}: half-written documents (stored, clean): {half}"
    assert killed >= 1, "no run was actually killed: the corpus is too small for the delays"
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    final, n_rows = snapshot(store_url)
    assert n_rows == len(final)
    assert sorted(set(reference) - set(final)) == []  # none missing
    assert final == reference  # and each one whole
