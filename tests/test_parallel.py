"""Local parallelism: ordered, streaming output with a bounded number of documents in flight;
the same Documents with 1 or 2 workers; a dying worker costs one document, not the run."""

from __future__ import annotations

import json
import os
import time

import pytest

from claimgraph.ingest import Item, from_text
from claimgraph.pipeline import analyze_many
from claimgraph.scale.parallel import analyze_items, ordered_map

#: team-written articles of very different lengths, so that workers finish out of order
TEXTS = [
    "Kanzler Olaf Scholz sagte am Mittwoch, die Regierung werde die Hilfen verlängern.",
    ("„Wir lassen niemanden im Stich“, sagte Bundeskanzler Olaf Scholz am Mittwoch in Berlin. "
     "Die Opposition kritisierte die Pläne. CDU-Chef Friedrich Merz sagte, die Regierung verteile "
     "Geld, das sie nicht habe. Laut Bundesfinanzministerium kostet das Paket rund zwölf "
     "Milliarden Euro. ") * 6,
    "According to the Met Office, temperatures could reach 35C in London on Friday.",
    ("\"The situation is under control,\" fire chief Mark Hardingham told the BBC. Residents said "
     "the smoke could be seen for miles. Police said two people had been arrested. ") * 5,
    "Die Polizei teilte mit, der Verdächtige sei am Abend festgenommen worden.",
]


def _slow_for_small(i: int) -> int:
    time.sleep(0.05 if i % 2 == 0 else 0.0)  # even items finish later than the odd ones after them
    return i * i


def _die_on_three(i: int) -> int:
    if i == 3:
        os._exit(3)  # a worker killed mid-document (segfault, OOM killer)
    return i


def test_ordered_map_keeps_input_order():
    assert list(ordered_map(_slow_for_small, range(12), workers=2)) == [i * i for i in range(12)]


@pytest.mark.parametrize("workers, window", [(2, None), (2, 3), (2, 1)])
def test_in_flight_is_bounded(workers, window):
    pulled = 0

    def source():
        nonlocal pulled
        for i in range(30):
            pulled += 1
            yield i

    bound = window or 2 * workers
    worst = 0
    out = []
    for res in ordered_map(_slow_for_small, source(), workers=workers, window=window):
        out.append(res)
        worst = max(worst, pulled - len(out) + 1)  # submitted, not yet handed out (incl. this one)
    assert out == [i * i for i in range(30)]
    assert worst <= bound


def test_a_dying_worker_costs_one_item():
    out = list(ordered_map(_die_on_three, range(8), workers=2,
                           on_broken=lambda item, exc: -item))
    assert out[3] == -3
    assert [x for i, x in enumerate(out) if i != 3] == [0, 1, 2, 4, 5, 6, 7]


def _items() -> list[Item]:
    return [Item(f"t{i}", doc=from_text(t, path=f"t{i}")) for i, t in enumerate(TEXTS)]


def test_two_workers_give_the_same_documents_in_order():
    one = [json.dumps(r.doc.to_dict(), sort_keys=True) for r in analyze_items(_items())]
    two = list(analyze_items(_items(), workers=2))
    assert [r.name for r in two] == [f"t{i}" for i in range(len(TEXTS))]
    assert [json.dumps(r.doc.to_dict(), sort_keys=True) for r in two] == one
    assert sum(len(r.doc.attributions) for r in two) >= 8


def test_analyze_many_on_files_with_skip_and_errors(tmp_path):
    paths = []
    for i, text in enumerate(TEXTS):
        p = tmp_path / f"{i:02d}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    (tmp_path / "03b.txt").write_bytes(b"\xff\xfe\x00binary")
    skipped = {from_text(TEXTS[1]).id}
    res = list(analyze_many([str(tmp_path)], workers=2,
                            skip=lambda it: it.doc is not None and it.doc.id in skipped))
    names = [os.path.basename(r.name) for r in res]
    assert names == ["00.txt", "02.txt", "03.txt", "03b.txt", "04.txt"]
    assert [r.ok for r in res] == [True, True, True, False, True]


def test_warc_through_two_workers_matches_one(tmp_path):
    pytest.importorskip("fastwarc")
    from claimgraph.scale.warcgen import sample_pages, warc_bytes

    path = tmp_path / "sample.warc.gz"
    path.write_bytes(warc_bytes(sample_pages(), requests=True))
    one = [(r.name, [a.to_dict() for a in r.doc.attributions]) for r in analyze_many([str(path)])]
    two = [(r.name, [a.to_dict() for a in r.doc.attributions])
           for r in analyze_many([str(path)], workers=2)]
    assert two == one and len(one) == 5


@pytest.mark.parametrize("workers", [1, 2])
def test_warc_counts_are_the_same_with_workers(tmp_path, workers):
    pytest.importorskip("fastwarc")
    from claimgraph.ingest.warc import WarcOptions, warc_filters
    from claimgraph.scale.warcgen import Page, sample_pages, warc_bytes

    path = tmp_path / "sample.warc.gz"
    robots = Page("https://www.bbc.co.uk/robots.txt", b"User-agent: *\n" * 80,
                  content_type="text/plain")
    path.write_bytes(warc_bytes(sample_pages() + [robots]))
    with warc_filters(WarcOptions(langs=("en",))) as stats:
        res = list(analyze_many([str(path)], workers=workers))
    assert [r.doc.meta["outlet"] for r in res] == ["BBC", "Reuters"]
    assert (stats.records, stats.kept, stats.skipped) == (
        7, 2, {"not_response": 1, "not_article": 1, "lang": 3})


_KILLED_PARENT = """
import multiprocessing, sys, time
sys.path.insert(0, {tests!r})
from claimgraph.scale.parallel import ordered_map
import test_parallel
for i, r in enumerate(ordered_map(test_parallel._slow_for_small, range(10_000), workers=2)):
    if i == 0:
        print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    time.sleep(0.05)
"""


def _alive(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as fh:
            return fh.read().split()[2] != "Z"
    except FileNotFoundError:
        return False


@pytest.mark.skipif(not os.path.exists("/proc/self/stat"), reason="needs Linux /proc")
def test_workers_end_when_the_parent_is_killed():
    import signal
    import subprocess
    import sys

    script = _KILLED_PARENT.format(tests=os.path.dirname(__file__))
    proc = subprocess.Popen([sys.executable, "-c", script], stdout=subprocess.PIPE, text=True)
    pids = [int(p) for p in proc.stdout.readline().split()]
    assert len(pids) == 2 and all(_alive(p) for p in pids)
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    proc.stdout.close()
    for _ in range(100):  # poll (up to ~10 s on a busy machine); no timing is asserted
        if not any(_alive(p) for p in pids):
            break
        time.sleep(0.1)
    assert not any(_alive(p) for p in pids)
