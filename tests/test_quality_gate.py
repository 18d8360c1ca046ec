"""Quality gate: F1 on the team's gold sets must not drop below the floors in bench/eval_baseline.json.

The floors are pinned per language a little below the scores measured when they were set; a
change to rules or lexicons that loses attributions fails here with the numbers side by side.
"""

from __future__ import annotations

import json

import pytest

from shared_paths import ROOT, need_shared

BASELINE = json.loads((ROOT / "bench" / "eval_baseline.json").read_text(encoding="utf-8"))
LANGS = sorted(k for k in BASELINE if not k.startswith("_"))
MEASURES = ("content_f1", "joint_f1")


@pytest.fixture(scope="module")
def reports():
    """One evaluation per gold set, shared by the measures (the pipeline runs once per text)."""
    return {}


def _report(reports, lang):
    from claimgraph.evaluate import evaluate

    if lang not in reports:
        gold_dir = ROOT / BASELINE[lang]["gold"]
        if not (gold_dir / "gold.jsonl").exists():
            pytest.skip(f"no gold set at {gold_dir}")
        need_shared("data")
        reports[lang] = evaluate(gold_dir)
    return reports[lang]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("measure", MEASURES)
def test_f1_stays_above_floor(reports, lang, measure):
    report = _report(reports, lang)
    score = getattr(report.overall, measure.split("_")[0]).f1
    floor = BASELINE[lang][measure]
    assert score >= floor, (
        f"{lang} {measure} = {score:.3f} fell below the floor {floor:.3f} "
        f"(run `claimgraph eval {BASELINE[lang]['gold']} --errors 10` to see what is missed)")


@pytest.mark.parametrize("lang", LANGS)
def test_gold_texts_all_analysed(reports, lang):
    report = _report(reports, lang)
    assert not report.failed_docs, f"the pipeline failed on: {report.failed_docs[:3]}"
