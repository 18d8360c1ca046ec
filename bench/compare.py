"""Benchmark: the store's cross-document refresh at 700, 2,000 and 5,000 documents.

Documents are the shared German (700) and English (295) Wikinews articles, analysed once, then
repeated with variations until the size is reached: every copy gets its own id, a date some days
later, drops about a third of its attributions and scales the figures of one in three of the
rest (so copies relay, omit and dispute each other, as outlets do). For each size it prints
  - full: `store.refresh(full=True)` over every stored document (seconds, findings, clusters),
  - incremental: the last 100 documents stored after a refresh of the others, then `refresh()`,
  - before (`--before`): the refresh of the code before this change (git revision `--rev`, run
    in a subprocess on a copy of the same store) for sizes up to `--before-max`.

    python bench/compare.py                       # after only, 700 / 2,000 / 5,000
    python bench/compare.py --before --before-max 2000
    python bench/compare.py --conflicts           # list cross-document conflicts to read
`--conflicts` compares the shared articles once, as they are (no copies): they are unrelated
articles, so nearly every cross-document conflict there is a false one; each is printed with the
headlines and claims so it can be judged by reading (docs/findings.md, "Across articles").
Numbers are printed, never asserted. Wall-clock times: run it on an otherwise idle machine.
"""

from __future__ import annotations

import argparse
import copy
import csv
import hashlib
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("CLAIMGRAPH_SHARED", ROOT.parent / "shared"))
#: the commit before the blocked, one-pass comparison (compare_documents + cluster_claims)
BEFORE_REV = "d3b1d14~1"
#: documents stored after the first refresh in the incremental measurement
INCREMENT = 100

_BEFORE = """
import json, sys, time
from claimgraph.store import open_store
store = open_store(sys.argv[1])
t = time.perf_counter()
found = store.refresh_findings()
n = store._all("SELECT COUNT(*) AS n FROM clusters")[0]["n"]
print(json.dumps({"seconds": time.perf_counter() - t, "findings": len(found), "clusters": n}))
"""


def base_documents(cache: Path) -> list[dict]:
    """Contract dicts of the shared articles, analysed once (cached in `cache`)."""
    if cache.exists():
        return [json.loads(line) for line in cache.read_text(encoding="utf-8").splitlines()]
    import claimgraph

    texts: list[tuple[str, str, str | None]] = []
    folder = SHARED / "data" / "de-wikinews-texts"
    dates = {}
    for line in (folder / "index.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        name, _, day, _ = line.split("\t", 3)
        dates[name] = day
    for path in sorted((folder / "texts").glob("*.txt")):
        texts.append((path.name, path.read_text(encoding="utf-8"), dates.get(path.name)))
    csv.field_size_limit(10_000_000)
    for part in sorted((SHARED / "data" / "en-wikinews-sample" / "data").glob("*.csv")):
        with open(part, encoding="utf-8", newline="") as fh:
            for i, row in enumerate(csv.DictReader(fh)):
                texts.append((f"{part.stem}-{i}", f"{row['title']}\n\n{row['text']}", None))
    if not texts:
        sys.exit(f"no articles found under {SHARED}/data")
    out = []
    for name, text, day in texts:
        doc = claimgraph.analyze(text, path=name)
        doc.meta["date"] = day
        out.append(doc.to_dict())
    cache.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), "utf-8")
    return out


def variant(base: dict, copy_no: int, rng: random.Random) -> dict:
    """Copy `copy_no` of an analysed document: own id, later date, fewer and changed claims."""
    doc = copy.deepcopy(base)
    if not copy_no:
        return doc
    doc["id"] = "sha256:" + hashlib.sha256(f"{base['id']}/{copy_no}".encode()).hexdigest()
    doc["path"] = f"{base.get('path')}#v{copy_no}"
    day = (doc.get("meta") or {}).get("date")
    if day:
        from datetime import date, timedelta

        doc["meta"]["date"] = (date.fromisoformat(day[:10])
                               + timedelta(days=copy_no * 2)).isoformat()
    atts = doc.get("attributions") or []
    keep = [a for a in atts if rng.random() > 0.33] or atts[:1]
    doc["attributions"] = keep
    for a in keep[::3]:  # every third kept claim gives another figure
        span = a["content"]["span"]
        for q in doc.get("quantities") or []:
            if span[0] <= q["span"][0] and q["span"][1] <= span[1] and q.get("value"):
                q["value"] = q["value"] * (1.2 + 0.1 * (copy_no % 3))
    doc["findings"] = [f for f in doc.get("findings") or []
                       if set(f.get("attributions") or []) <= {a["id"] for a in keep}]
    return doc


def corpus(size: int, bases: list[dict]) -> list:
    from claimgraph.model import Document

    rng = random.Random(size)
    return [Document.from_dict(variant(bases[i % len(bases)], i // len(bases), rng))
            for i in range(size)]


def fill(path: str, docs: list) -> None:
    from claimgraph.store import open_store

    with open_store(path) as store:
        for doc in docs:
            store.add(doc)


def before(db: str, rev: str, workdir: Path) -> dict | None:
    """The refresh of revision `rev`, in a subprocess on a copy of `db`."""
    src = workdir / "before"
    if not src.exists():
        src.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", rev, "src"],
                                 capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", str(src)], input=archive, check=True)
    shutil.copy(db, workdir / "before.db")
    env = {**os.environ, "PYTHONPATH": str(src / "src")}
    done = subprocess.run([sys.executable, "-c", _BEFORE, str(workdir / "before.db")],
                          capture_output=True, text=True, env=env)
    if done.returncode:
        print(f"  before: failed ({done.stderr.strip().splitlines()[-1:]})")
        return None
    return json.loads(done.stdout.strip().splitlines()[-1])


def list_conflicts(bases: list[dict]) -> None:
    """Print every cross-document conflict of the base articles with headline and claim."""
    from claimgraph.compare import compare_corpus
    from claimgraph.model import Document

    docs = [Document.from_dict(b) for b in bases]
    byid = {d.id: d for d in docs}
    found = compare_corpus(docs).findings
    conflicts = [f for f in found if f.type == "conflict"]
    print(f"{len(docs)} articles: {len(conflicts)} cross-document conflicts, "
          f"{len(found) - len(conflicts)} other findings")
    for f in conflicts:
        print(f"== {f.reason} ({len(f.attributions)} claims)")
        for ref in f.attributions:
            doc_id, att_id = ref.split("#", 1)
            doc = byid[doc_id]
            att = next(a for a in doc.attributions if a.id == att_id)
            head = doc.text[:60].split("\n")[0]
            claim = " ".join(doc.text[att.content.span.start:att.content.span.end].split())
            print(f"   [{head}] {claim[:140]}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="700,2000,5000")
    ap.add_argument("--before", action="store_true", help="also time the code of --rev")
    ap.add_argument("--before-max", type=int, default=2000)
    ap.add_argument("--rev", default=BEFORE_REV)
    ap.add_argument("--cache", default=str(Path(tempfile.gettempdir()) / "claimgraph-bench-docs.jsonl"))
    ap.add_argument("--conflicts", action="store_true",
                    help="only list the cross-document conflicts of the shared articles")
    args = ap.parse_args()
    from claimgraph.store import open_store

    bases = base_documents(Path(args.cache))
    if args.conflicts:
        list_conflicts(bases)
        return
    print(f"{len(bases)} analysed articles; block_max and window: defaults")
    print(f"{'docs':>6} {'mode':<12} {'seconds':>8} {'findings':>9} {'clusters':>9}  notes")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for size in [int(s) for s in args.sizes.split(",")]:
            docs = corpus(size, bases)
            db = str(work / f"s{size}.db")
            fill(db, docs)
            if args.before and size <= args.before_max:
                old = before(db, args.rev, work)
                if old:
                    print(f"{size:>6} {'before':<12} {old['seconds']:>8.1f} {old['findings']:>9} "
                          f"{old['clusters']:>9}  compare_documents + cluster_claims")
            with open_store(db) as store:
                t = time.perf_counter()
                s = store.refresh(full=True)
                print(f"{size:>6} {'full':<12} {time.perf_counter() - t:>8.1f} {s.findings:>9} "
                      f"{s.clusters:>9}  {s.new} documents")
            inc = str(work / f"i{size}.db")
            fill(inc, docs[:-INCREMENT])
            with open_store(inc) as store:
                store.refresh(full=True)
            fill(inc, docs[-INCREMENT:])
            with open_store(inc) as store:
                t = time.perf_counter()
                s = store.refresh()
                print(f"{size:>6} {'incremental':<12} {time.perf_counter() - t:>8.1f} "
                      f"{s.findings:>9} {s.clusters:>9}  {s.new} new vs {s.related} related; "
                      f"{s.added} added, {s.replaced} replaced")


if __name__ == "__main__":
    main()
