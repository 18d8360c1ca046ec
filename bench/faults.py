"""Fault injection: a corpus of good articles with ~1 % hostile inputs, ingested end to end.

Why: "fail per document, not per run" is a promise about the whole path (read -> analyse in a
process pool -> store -> quarantine). This script writes a corpus from the team's own sentence
templates (German and English, with attributions), mixes in bad inputs of every kind we know,
runs `claimgraph ingest --workers 2` into a fresh SQLite store and checks:

* the exit status is 1 ("some inputs failed"),
* every good document is stored exactly once (hashes of the good inputs == hashes in the store),
* every bad input is in the quarantine table with a reason, and nothing else is,
* no good document was quarantined (a quarantined good document is a crash or a lost document),

and prints docs/s, the quarantine counts by reason and the peak RSS of the process tree
(sampled from /proc, plus `getrusage(RUSAGE_CHILDREN)`: the largest single process).

    python bench/faults.py                       # 10,000 documents, 1 % bad, incl. a 50 MB file
    python bench/faults.py --docs 300 --max-bytes 2000000 --no-big  # what the test runs
    python bench/faults.py --keep /tmp/corpus    # keep corpus and store for a look

`tests/reliability/test_faults.py` runs the scaled-down version with the same checks.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

# --- team-written sentence templates ---------------------------------------------------------
# Names are real people and organisations, the statements are invented for this corpus.

DE_PEOPLE = [("Olaf Scholz", "Bundeskanzler"), ("Annalena Baerbock", "Außenministerin"),
             ("Boris Pistorius", "Verteidigungsminister"), ("Christian Lindner", "Finanzminister"),
             ("Karl Lauterbach", "Gesundheitsminister"), ("Nancy Faeser", "Innenministerin"),
             ("Friedrich Merz", "CDU-Chef"), ("Markus Söder", "CSU-Chef"),
             ("Ricarda Lang", "Grünen-Chefin"), ("Jens Stoltenberg", "Nato-Generalsekretär")]
DE_ORGS = ["Pentagon", "Bundesregierung", "Polizei", "Feuerwehr", "Statistischen Bundesamt",
           "Deutschen Wetterdienst", "Bundesagentur für Arbeit", "Kreml", "Uno", "Nato"]
DE_OUTLETS = ["die Nachrichtenagentur dpa", "der Spiegel", "die „Süddeutsche Zeitung“",
              "die Tagesschau", "Reuters"]
DE_PLACES = ["Berlin", "Hamburg", "München", "Köln", "Dresden", "Kiew", "Brüssel", "Wien"]
DE_DAYS = ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"]
DE_QUOTES = ["Wir werden das nicht hinnehmen", "Die Lage ist ernst, aber beherrschbar",
             "Das ist ein guter Tag für unser Land", "Wir brauchen jetzt schnelle Entscheidungen",
             "Niemand hat damit gerechnet", "Wir stehen an der Seite der Betroffenen"]
DE_CLAIMS = ["seien mehr als {num} Menschen betroffen", "habe sich die Lage deutlich verschärft",
             "werde die Regierung bis zu {num} Millionen Euro bereitstellen",
             "seien etwa {num} Soldaten an der Grenze stationiert",
             "gebe es keine Hinweise auf einen Anschlag", "sei der Streit beigelegt"]
DE_TEMPLATES = [
    "„{quote}“, sagte {role} {person} am {day} in {place}.",
    "{role} {person} sagte, es {claim}.",
    "Laut {org} {claim_v2}.",
    "Nach Angaben des {org} {claim_v2}.",
    "{person} erklärte am {day}, die Verhandlungen seien gescheitert.",
    "Wie {outlet} berichtet, {claim_v2}.",
    "„{quote}“, so {person}.",
    "{role} {person} warnte vor voreiligen Schlüssen: „{quote}.“",
    "In {place} demonstrierten am {day} rund {num} Menschen.",
    "Die Kosten belaufen sich auf {num} Millionen Euro.",
    "Ein Sprecher des {org} wollte sich dazu nicht äußern.",
    "Der Bericht soll am {day} vorgestellt werden.",
]
DE_CLAIMS_V2 = ["sind mehr als {num} Menschen betroffen", "hat sich die Lage deutlich verschärft",
                "stehen bis zu {num} Millionen Euro bereit", "sind etwa {num} Soldaten im Einsatz",
                "gibt es keine Hinweise auf einen Anschlag", "ist der Streit beigelegt"]
DE_TITLES = ["Streit um den Haushalt", "Neue Zahlen zur Lage", "Regierung unter Druck",
             "Einigung in letzter Minute", "Warnung vor Unwetter", "Gespräche in {place}"]

EN_PEOPLE = [("Joe Biden", "President"), ("Antony Blinken", "Secretary of State"),
             ("Rishi Sunak", "Prime Minister"), ("Keir Starmer", "Labour leader"),
             ("Ursula von der Leyen", "Commission President"), ("Jens Stoltenberg",
                                                                 "NATO Secretary General"),
             ("Emmanuel Macron", "French President"), ("Sabrina Singh", "Pentagon spokeswoman")]
EN_ORGS = ["the Pentagon", "the White House", "the police", "the World Health Organization",
           "the Office for National Statistics", "the Kremlin", "the United Nations"]
EN_OUTLETS = ["Reuters", "the BBC", "the Associated Press", "The Guardian", "CNN"]
EN_PLACES = ["London", "Washington", "Brussels", "Kyiv", "Paris", "Berlin", "Geneva"]
EN_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_QUOTES = ["We will not accept this", "The situation is serious but under control",
             "This is a good day for our country", "We need quick decisions now",
             "Nobody saw this coming", "We stand with the people affected"]
EN_CLAIMS = ["more than {num} people were affected", "the situation had worsened sharply",
             "the government would provide up to {num} million dollars",
             "about {num} troops were stationed at the border",
             "there was no sign of an attack", "the dispute had been settled"]
EN_TEMPLATES = [
    "\"{quote},\" {role} {person} said on {day} in {place}.",
    "{role} {person} said {claim}.",
    "According to {org}, {claim}.",
    "{person} told {outlet} that {claim}.",
    "\"{quote},\" {person} told reporters.",
    "{outlet} reported that {claim}, citing officials.",
    "{role} {person} warned against rushing to conclusions: \"{quote}.\"",
    "Around {num} people protested in {place} on {day}.",
    "The costs are estimated at {num} million dollars.",
    "A spokesman for {org} declined to comment.",
    "The report is due to be published on {day}.",
]
EN_TITLES = ["Budget row deepens", "New figures on the crisis", "Government under pressure",
             "Last-minute deal reached", "Storm warning issued", "Talks in {place}"]

#: unsupported languages (team-written): must be quarantined as such, never analysed as de/en
FR_TEXT = ("Le gouvernement a annoncé lundi de nouvelles mesures pour soutenir les agriculteurs. "
           "« Nous ne laisserons personne sur le bord de la route », a déclaré le ministre. "
           "Selon les syndicats, plus de {num} exploitations sont menacées cette année. "
           "Les négociations reprendront la semaine prochaine à Paris.")
ES_TEXT = ("El Gobierno anunció el martes un nuevo plan de vivienda para los jóvenes. "
           "«Es una prioridad absoluta para este país», dijo la ministra en Madrid. "
           "Según los sindicatos, más de {num} familias esperan una respuesta desde hace meses. "
           "La oposición criticó que el plan llega demasiado tarde.")


def _fill(rng: random.Random, template: str, lang: str) -> str:
    if lang == "de":
        person, role = rng.choice(DE_PEOPLE)
        slots = {"person": person, "role": role, "org": rng.choice(DE_ORGS),
                 "outlet": rng.choice(DE_OUTLETS), "place": rng.choice(DE_PLACES),
                 "day": rng.choice(DE_DAYS), "quote": rng.choice(DE_QUOTES),
                 "claim": rng.choice(DE_CLAIMS), "claim_v2": rng.choice(DE_CLAIMS_V2)}
    else:
        person, role = rng.choice(EN_PEOPLE)
        slots = {"person": person, "role": role, "org": rng.choice(EN_ORGS),
                 "outlet": rng.choice(EN_OUTLETS), "place": rng.choice(EN_PLACES),
                 "day": rng.choice(EN_DAYS), "quote": rng.choice(EN_QUOTES),
                 "claim": rng.choice(EN_CLAIMS)}
    num = f"{rng.randint(2, 990) * 10:,}".replace(",", "." if lang == "de" else ",")
    text = template.format(num=num, **slots)
    return text.format(num=num)  # claims filled in above carry their own {num}


def article(rng: random.Random, lang: str, serial: int) -> tuple[str, list[str]]:
    """(title, paragraphs) of one generated article; `serial` makes every text unique."""
    templates = DE_TEMPLATES if lang == "de" else EN_TEMPLATES
    titles = DE_TITLES if lang == "de" else EN_TITLES
    title = _fill(rng, rng.choice(titles), lang)
    paras = []
    for _ in range(rng.randint(2, 4)):
        paras.append(" ".join(_fill(rng, rng.choice(templates), lang)
                              for _ in range(rng.randint(2, 3))))
    tail = (f"Diese Meldung trägt die Nummer {serial}." if lang == "de"
            else f"This is report number {serial}.")
    paras.append(tail)
    return title, paras


def content_hash(text: str) -> str:
    """The store's document id of an already normalised text (model.content_hash, restated)."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


# --- the corpus --------------------------------------------------------------------------------

BAD_KINDS = ("binary", "invalid_utf8", "empty", "oversize", "html_deep", "html_attr",
             "gzip_truncated", "warc_truncated", "jsonl_types", "french", "spanish")

#: reason classes of quarantine rows: (class, regex on the reason)
REASONS = [
    ("binary", r"binary data"), ("invalid_utf8", r"invalid UTF-8"), ("empty", r"empty input"),
    ("too_large", r"above the input limit"), ("no_html_text", r"no article text|HTML could not"),
    ("corrupt_warc", r"corrupt|truncated"), ("jsonl", r"JSON|field '"),
    ("unsupported_language", r"is not supported"), ("too_deep", r"too deeply nested"),
    ("worker_died", r"worker process died"), ("crash", r"internal error"),
]


def reason_class(reason: str) -> str:
    for name, pat in REASONS:
        if re.search(pat, reason):
            return name
    return "other"


@dataclass
class Manifest:
    """What was written: good inputs (to be found in the store) and bad ones (in quarantine)."""

    root: Path
    #: hash -> input name, for good documents whose hash is known without reading them back
    good: dict[str, str] = field(default_factory=dict)
    #: files whose good documents are hashed by reading them back through ingest (HTML, WARC)
    read_back: list[Path] = field(default_factory=list)
    #: quarantine name -> bad kind
    bad: dict[str, str] = field(default_factory=dict)
    bytes_written: int = 0

    def expected_hashes(self) -> dict[str, str]:
        """Hashes of every good document (read-back files through `claimgraph.ingest.read`)."""
        from claimgraph.ingest import read

        out = dict(self.good)
        for path in self.read_back:
            for item in read(str(path)):
                if item.doc is not None:
                    out[item.doc.id] = item.name
        return out


def _write(man: Manifest, path: Path, data: bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    man.bytes_written += len(data)
    return path


def _html(title: str, paras: list[str], lang: str) -> str:
    from claimgraph.scale.warcgen import html_page

    return html_page(title, paras, lang)


def _bad_input(man: Manifest, kind: str, i: int, rng: random.Random, max_bytes: int,
               big: bool) -> None:
    """Write one bad input of `kind` and record the quarantine name(s) it must produce."""
    d = man.root / "bad"
    if kind == "binary":
        p = _write(man, d / f"binary-{i}.txt", bytes(rng.randrange(256) for _ in range(4096)))
    elif kind == "invalid_utf8":
        p = _write(man, d / f"latin1-{i}.txt",
                   "Der Bürgermeister sagte, die Straße bleibe gesperrt.".encode("latin-1"))
    elif kind == "empty":
        p = _write(man, d / f"empty-{i}.txt", b"" if i % 2 else b"  \n\n \t\n")
    elif kind == "oversize":
        size = 50 * 1024 * 1024 if big else max_bytes + 1024
        line = ("Der Minister sagte am Montag, es gebe keine Einigung. " * 20 + "\n").encode()
        p = d / f"huge-{i}.txt"
        p.parent.mkdir(parents=True, exist_ok=True)
        with open(p, "wb") as fh:  # streamed: the generator itself stays small
            written = 0
            while written < size:
                fh.write(line)
                written += len(line)
        man.bytes_written += written
    elif kind == "html_deep":
        depth = 100_000
        p = _write(man, d / f"deep-{i}.html",
                   b"<html><body>" + b"<div>" * depth + b"<p>Tief unten.</p>" + b"</div>" * depth
                   + b"</body></html>")
    elif kind == "html_attr":
        size = min(5_000_000, max_bytes // 2)
        p = _write(man, d / f"attr-{i}.html",
                   b"<html><body><div data-x=\"" + b"A" * size + b"\" class=\"" + b"b " * 1000
                   + b"\"></div><img alt=\"" + b"x" * 10_000 + b"\"></body></html>")
    elif kind in ("gzip_truncated", "warc_truncated"):
        from claimgraph.scale.warcgen import Page, warc_bytes

        title, paras = article(rng, "de", 10_000_000 + i)
        body = _html(title, paras, "de").encode()
        page = Page(f"https://example.org/bad/{i}.html", body)
        gz = kind == "gzip_truncated"
        data = warc_bytes([page], gzip=gz)
        cut = len(data) - (len(data) // 3)  # inside the response record (its body is the bulk)
        p = _write(man, d / f"cut-{i}.warc{'.gz' if gz else ''}", data[:cut])
    elif kind == "jsonl_types":
        lines = [json.dumps({"text": 42}), json.dumps(["not", "an", "object"]),
                 json.dumps({"text": "Der Sprecher sagte, alles sei gut.", "title": ["x"]}),
                 "{not json", json.dumps({"text": None}), json.dumps({"text": ""})]
        bad_line = lines[i % len(lines)]
        title, paras = article(rng, "en", 20_000_000 + i)
        good_text = "\n\n".join(paras)
        p = d / f"mixed-{i}.jsonl"
        _write(man, p, (json.dumps({"text": good_text}) + "\n" + bad_line + "\n").encode())
        man.good[content_hash(good_text)] = f"{p}:1"
        man.bad[f"{p}:2"] = kind
        return
    elif kind in ("french", "spanish"):
        text = (FR_TEXT if kind == "french" else ES_TEXT).format(num=rng.randint(100, 9000))
        p = _write(man, d / f"{kind}-{i}.txt", text.encode())
    else:
        raise ValueError(kind)
    man.bad[str(p)] = kind


def build_corpus(root: Path, n_docs: int, *, bad_fraction: float = 0.01, seed: int = 7,
                 max_bytes: int = 10_000_000, big: bool = True) -> Manifest:
    """Write `n_docs` inputs under `root`: good articles as .txt, .jsonl (50 a file), .html and
    .warc.gz (20 a file), and ~`bad_fraction` bad inputs, at least one of each kind.

    Args:
        max_bytes: the limit ingest will run with (the oversize input is just above it unless
            `big`, which writes a 50 MB file).
    """
    from claimgraph.scale.warcgen import Page, warc_bytes

    rng = random.Random(seed)
    man = Manifest(root=root)
    n_bad = max(len(BAD_KINDS), round(n_docs * bad_fraction)) if bad_fraction > 0 else 0
    kinds = [BAD_KINDS[i % len(BAD_KINDS)] for i in range(n_bad)]
    # one 50 MB file is enough: the others of that kind are just above the limit
    for i, kind in enumerate(kinds):
        _bad_input(man, kind, i, rng, max_bytes, big and i == BAD_KINDS.index("oversize"))
    n_good = n_docs - n_bad
    jsonl: list[str] = []
    pages: list = []
    serial = 0

    def flush_jsonl(force: bool = False) -> None:
        if jsonl and (force or len(jsonl) >= 50):
            p = root / "jsonl" / f"batch-{serial:06d}.jsonl"
            _write(man, p, ("\n".join(jsonl) + "\n").encode())
            for no, line in enumerate(jsonl, 1):
                rec = json.loads(line)
                man.good[content_hash(f"{rec['title']}\n{rec['text']}")] = f"{p}:{no}"
            jsonl.clear()

    def flush_warc(force: bool = False) -> None:
        if pages and (force or len(pages) >= 20):
            p = _write(man, root / "warc" / f"crawl-{serial:06d}.warc.gz", warc_bytes(pages))
            man.read_back.append(p)
            pages.clear()

    for serial in range(n_good):
        lang = "de" if rng.random() < 0.6 else "en"
        title, paras = article(rng, lang, serial)
        roll = rng.random()
        sub = f"{serial // 1000:02d}"
        if roll < 0.55:
            text = title + "\n\n" + "\n\n".join(paras)
            p = _write(man, root / "txt" / sub / f"{lang}-{serial:06d}.txt", text.encode())
            man.good[content_hash(text)] = str(p)
        elif roll < 0.85:
            jsonl.append(json.dumps({"title": title, "text": "\n\n".join(paras), "lang": lang},
                                    ensure_ascii=False))
            flush_jsonl()
        elif roll < 0.95:
            p = _write(man, root / "html" / sub / f"{lang}-{serial:06d}.html",
                       _html(title, paras, lang).encode())
            man.read_back.append(p)
        else:
            pages.append(Page(f"https://news.example.org/{lang}/{serial}.html",
                              _html(title, paras, lang).encode()))
            flush_warc()
    flush_jsonl(True)
    flush_warc(True)
    return man


# --- running and checking ------------------------------------------------------------------------

def _tree_rss_kb(root_pid: int) -> int:
    """Summed RSS (KB) of `root_pid` and all its descendants, from /proc."""
    parents: dict[int, int] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                stat = fh.read()
            with open(f"/proc/{entry}/statm") as fh:
                pages = int(fh.read().split()[1])
        except (OSError, ValueError, IndexError):
            continue
        fields_ = stat.rsplit(")", 1)[1].split()
        parents[int(entry)] = int(fields_[1])
        rss[int(entry)] = pages * (os.sysconf("SC_PAGE_SIZE") // 1024)
    tree, frontier = {root_pid}, [root_pid]
    while frontier:
        pid = frontier.pop()
        kids = [c for c, p in parents.items() if p == pid and c not in tree]
        tree.update(kids)
        frontier.extend(kids)
    return sum(rss.get(p, 0) for p in tree)


@dataclass
class RunResult:
    returncode: int
    seconds: float
    stdout: str
    stderr: str
    peak_tree_rss_mb: float
    peak_child_rss_mb: float


def run_ingest(paths: list[str], db: str, *, workers: int = 2, max_bytes: int | None = None,
               extra: tuple[str, ...] = ("--no-compare",)) -> RunResult:
    """`claimgraph ingest` as a subprocess, sampling the RSS of its process tree every 0.2 s."""
    cmd = [sys.executable, "-m", "claimgraph", "ingest", *paths, "--db", db,
           "--workers", str(workers), "--no-progress", *extra]
    if max_bytes:
        cmd += ["--max-bytes", str(max_bytes)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = [0]
    done = threading.Event()

    def sample() -> None:
        while not done.wait(0.2):
            peak[0] = max(peak[0], _tree_rss_kb(proc.pid))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    done.set()
    sampler.join()
    seconds = time.perf_counter() - started
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return RunResult(proc.returncode, seconds, out, err, peak[0] / 1024,
                     max(child, before) / 1024)


@dataclass
class Check:
    """What the store holds against what was written."""

    expected_good: int
    stored: int
    lost: list[str]
    doubled: list[str]
    unexpected: list[str]
    bad_missing: list[str]
    good_quarantined: list[str]
    quarantined_by_reason: dict[str, int]
    reasonless: list[str]

    @property
    def ok(self) -> bool:
        return not (self.lost or self.doubled or self.unexpected or self.bad_missing
                    or self.good_quarantined or self.reasonless)


def check_store(man: Manifest, db: str) -> Check:
    """Compare the store behind `db` with the manifest."""
    from claimgraph.store import open_store

    expected = man.expected_hashes()
    store = open_store(db)
    try:
        hashes = [r["hash"] for r in store._all("SELECT hash FROM documents")]
        quarantine = store.quarantined()
    finally:
        store.close()
    counts: dict[str, int] = {}
    for h in hashes:
        counts[h] = counts.get(h, 0) + 1
    qnames = {q["name"]: q["reason"] for q in quarantine}
    good_names = set(expected.values())
    by_reason: dict[str, int] = {}
    for reason in qnames.values():
        cls = reason_class(reason)
        by_reason[cls] = by_reason.get(cls, 0) + 1
    return Check(
        expected_good=len(expected), stored=len(hashes),
        lost=sorted(expected[h] for h in expected if h not in counts),
        doubled=sorted(h for h, n in counts.items() if n > 1),
        unexpected=sorted(h for h in counts if h not in expected),
        bad_missing=sorted(n for n in man.bad if n not in qnames),
        good_quarantined=sorted(f"{n}: {r}" for n, r in qnames.items() if n in good_names),
        quarantined_by_reason=dict(sorted(by_reason.items())),
        reasonless=sorted(n for n, r in qnames.items() if not r.strip()),
    )


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--bad-fraction", type=float, default=0.01)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--max-bytes", type=int, default=None,
                    help="passed to ingest (default: claimgraph's own, 10 MB)")
    ap.add_argument("--no-big", action="store_true", help="no 50 MB file")
    ap.add_argument("--keep", default=None, metavar="DIR", help="write corpus and store here")
    args = ap.parse_args(argv)

    tmp = None
    if args.keep:
        root = Path(args.keep)
        root.mkdir(parents=True, exist_ok=True)
    else:
        tmp = tempfile.TemporaryDirectory(prefix="claimgraph-faults-")
        root = Path(tmp.name)
    corpus, db = root / "corpus", str(root / "faults.db")
    for suffix in ("", "-wal", "-shm"):
        Path(db + suffix).unlink(missing_ok=True)
    t0 = time.perf_counter()
    man = build_corpus(corpus, args.docs, bad_fraction=args.bad_fraction, seed=args.seed,
                       max_bytes=args.max_bytes or 10_000_000, big=not args.no_big)
    print(f"corpus: {args.docs} documents ({len(man.bad)} bad), "
          f"{man.bytes_written / 1e6:.1f} MB in {time.perf_counter() - t0:.1f} s -> {corpus}")
    res = run_ingest([str(corpus)], db, workers=args.workers, max_bytes=args.max_bytes)
    print(res.stdout.strip().splitlines()[-1] if res.stdout.strip() else "(no summary line)")
    chk = check_store(man, db)
    rate = chk.stored / res.seconds if res.seconds else 0.0
    print(f"exit status: {res.returncode} (expected 1)")
    print(f"good documents: {chk.expected_good} expected, {chk.stored} stored, "
          f"{len(chk.lost)} lost, {len(chk.doubled)} doubled, {len(chk.unexpected)} unexpected")
    print(f"bad inputs: {len(man.bad)} written, {len(chk.bad_missing)} missing from quarantine")
    print(f"crashes (good documents quarantined): {len(chk.good_quarantined)}")
    print("quarantined by reason: " + ", ".join(f"{k} {v}" for k, v in
                                                chk.quarantined_by_reason.items()))
    print(f"time: {res.seconds:.1f} s, {rate:.1f} docs/s stored ({args.workers} workers)")
    print(f"peak RSS: process tree {res.peak_tree_rss_mb:.0f} MB (sampled /proc), largest "
          f"single process {res.peak_child_rss_mb:.0f} MB (getrusage RUSAGE_CHILDREN)")
    for label, rows in (("lost", chk.lost), ("doubled", chk.doubled),
                        ("missing from quarantine", chk.bad_missing),
                        ("good but quarantined", chk.good_quarantined)):
        for row in rows[:10]:
            print(f"  {label}: {row}")
    ok = res.returncode == 1 and chk.ok
    print("PASS" if ok else "FAIL")
    if tmp is not None:
        tmp.cleanup()
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
