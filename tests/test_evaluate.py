"""The scorer, the gold loader and the SpkAtt converter, on small cases whose numbers we know."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from claimgraph.cli import main
from claimgraph.evaluate import Report, dice, match, score_doc
from claimgraph.gold import GoldError, load_gold, locate, text_sha256, tokens
from claimgraph.spkatt import SpkAttError, convert_spkatt, detokenize

from shared_paths import ROOT, need_shared

# Team-written sentences (not from any data set).
TEXT = ("Hafen Kiel\n\nDie Ministerin sagte, der Hafen werde im Mai eröffnet. "
        "Laut Reuters sollen 300 Arbeiter entlassen werden. "
        "„Wir bleiben hier“, sagte Bürgermeister Jan Ole Brandt.")


def gold(content: str, source: str = "", cue: str = "", kind: str | None = "indirect",
         **extra) -> dict:
    return {"content": content, "source": source, "cue": cue, "kind": kind, **extra}


def pred(content: str, name: str | None = None, text: str | None = None, *, cue: str | None = None,
         kind: str = "indirect", type_: str = "person", via: list[str] | None = None) -> dict:
    source = None if name is None and text is None else {
        "name": name or "", "text": text or name or "", "type": type_}
    return {"content": {"text": content, "span": [0, 0]}, "source": source,
            "cue": {"text": cue, "span": [0, 0]} if cue else None, "kind": kind,
            "via": [{"name": v} for v in via or []]}


def run(gold_items: list[dict], preds: list[dict]) -> Report:
    report = Report()
    score_doc(report, "t.txt", gold_items, preds)
    return report


# --- tokens and Dice --------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("„Wir bleiben hier“, sagte er.", ["wir", "bleiben", "hier", "sagte", "er"]),
    ("Pentagon-Sprecherin", ["pentagon", "sprecherin"]),
    ("10.000 Soldaten", ["10", "000", "soldaten"]),
    ("»Nein!«", ["nein"]),
])
def test_tokens_ignore_case_and_punctuation(text, expected):
    assert tokens(text) == expected


@pytest.mark.parametrize("a, b, expected", [
    ("der Hafen werde im Mai eröffnet", "der Hafen werde im Mai eröffnet", 1.0),
    ("der Hafen werde im Mai eröffnet", "der Hafen werde eröffnet", 0.8),
    ("der Hafen werde im Mai eröffnet", "der Hafen", 0.5),
    ("der Hafen werde im Mai eröffnet", "Hafen", 2 / 7),
    ("", "Hafen", 0.0),
])
def test_dice(a, b, expected):
    assert dice(tokens(a), tokens(b)) == pytest.approx(expected)


# --- content matching -------------------------------------------------------------------

@pytest.mark.parametrize("predicted, tp, fp, fn", [
    ("der Hafen werde im Mai eröffnet", 1, 0, 0),      # exact
    ("der Hafen werde eröffnet", 1, 0, 0),             # Dice 0.8
    ("der Hafen", 1, 0, 0),                            # Dice 0.5: still a match
    ("Hafen", 0, 1, 1),                                # Dice 0.29: a miss and a false alarm
])
def test_content_match_threshold(predicted, tp, fp, fn):
    c = run([gold("der Hafen werde im Mai eröffnet", "Ministerin")],
            [pred(predicted, "Ministerin")]).overall.content
    assert (c.tp, c.fp, c.fn) == (tp, fp, fn)


def test_matching_is_one_to_one_best_first():
    gold_items = [gold("Kiel baut einen neuen Hafen am Nordufer"), gold("Kiel baut einen Hafen")]
    preds = [pred("Kiel baut einen neuen Hafen am Nordufer"), pred("Kiel baut einen Hafen")]
    pairs = match(gold_items, preds)
    assert sorted((i, j) for i, j, _ in pairs) == [(0, 0), (1, 1)]
    # one prediction can match only one gold item
    assert len(match(gold_items, preds[:1])) == 1


def test_precision_recall_f1_numbers():
    gold_items = [gold("der Hafen werde im Mai eröffnet"), gold("300 Arbeiter sollen entlassen werden")]
    preds = [pred("der Hafen werde im Mai eröffnet"), pred("Wir bleiben hier"),
             pred("ganz etwas anderes")]
    c = run(gold_items, preds).overall.content
    assert (c.tp, c.fp, c.fn) == (1, 2, 1)
    assert c.precision == pytest.approx(1 / 3)
    assert c.recall == pytest.approx(1 / 2)
    assert c.f1 == pytest.approx(0.4)


def test_optional_items_are_neither_misses_nor_false_alarms():
    gold_items = [gold("der Hafen werde im Mai eröffnet"),
                  gold("300 Arbeiter sollen entlassen werden", optional=True),
                  gold("eine Brücke werde gebaut", optional=True)]
    preds = [pred("der Hafen werde im Mai eröffnet"), pred("300 Arbeiter sollen entlassen werden"),
             pred("Wir bleiben hier")]
    report = run(gold_items, preds)
    c = report.overall.content
    assert (c.tp, c.fp, c.fn) == (1, 1, 0)
    assert report.gold_items == 2 - 1 and report.optional_items == 2


# --- sources ------------------------------------------------------------------------------

@pytest.mark.parametrize("gold_source, name, text, type_, right", [
    ("Pentagon-Sprecherin Sabrina Singh", "Sabrina Singh", None, "person", True),
    ("Pentagon-Sprecherin Sabrina Singh", "Singh", None, "person", True),
    ("Singh", "Sabrina Singh", "Pentagon-Sprecherin Sabrina Singh", "person", True),
    ("Pentagon-Sprecherin Sabrina Singh", "Lloyd Austin", "Austin", "person", False),
    ("Er", "Olaf Scholz", "Er", "person", True),           # the written pronoun counts
    ("die Bundesregierung", "Bundesregierung", None, "government", True),  # article ignored
    ("The New York Times", "New York Times", None, "outlet", True),
    ("", None, None, "person", True),                      # no source wanted, none given
    ("", "Experten", None, "anonymous", True),             # anonymous is no named source
    ("", "Reuters", None, "outlet", False),
    ("Reuters", None, None, "person", False),
])
def test_source_rule(gold_source, name, text, type_, right):
    report = run([gold("300 Arbeiter sollen entlassen werden", gold_source)],
                 [pred("300 Arbeiter sollen entlassen werden", name, text, type_=type_)])
    j = report.overall.joint
    assert (j.tp, j.fp, j.fn) == ((1, 0, 0) if right else (0, 1, 1))
    assert report.overall.content.tp == 1


@pytest.mark.parametrize("written, name, right", [
    ("Sarkozy", "Nicolas Sarkozy", True),      # the nearby name instead of the pronoun
    ("Er", "Er", True),                       # the pronoun as written, even unresolved
    ("Merz", "Friedrich Merz", False),
])
def test_source_rule_accepts_the_resolved_gold_name(written, name, right):
    report = run([gold("die Lage sei ernst", "er", source_name="Nicolas Sarkozy")],
                 [pred("die Lage sei ernst", name, written)])
    assert report.overall.joint.tp == int(right)


@pytest.mark.parametrize("name, right", [("Olaf Scholz", True), ("Scholz", True),
                                         ("Friedrich Merz", False)])
def test_source_name_precision_uses_the_resolved_name(name, right):
    report = run([gold("die Lage sei ernst", "Er", source_name="Olaf Scholz")],
                 [pred("die Lage sei ernst", name, "Er")])
    assert report.overall.joint.tp == 1                    # "Er" as written is right
    assert report.overall.source_name.right == int(right)
    assert report.overall.source_name.total == 1



@pytest.mark.parametrize("written, source_name, name, text, right", [
    ("Bundesinnenminister Schäuble", None, "Wolfgang Schäuble", "Bundesinnenminister Schäuble", True),
    ("the SDF", None, "Syrian Democratic Forces", "the SDF", True),           # acronym spelled out
    ("the SDF", None, "Syrian Defence Ministry", "the SDF", False),
    ("Bundesinnenminister Schäuble", None, "Wolfgang Bosbach", "Bundesinnenminister Schäuble", False),
    ("Bundesinnenminister Schäuble", None, "Wolfgang Schäuble", "Schäuble und Bosbach", False),
    ("Er", "Olaf Scholz", "Olaf Scholz", "Er", True),
    ("Er", "Olaf Scholz", "Wolfgang Scholz", "Er", False),   # a source_name must nest itself
])
def test_source_name_accepts_a_fuller_canonical_name(written, source_name, name, text, right):
    extra = {"source_name": source_name} if source_name else {}
    report = run([gold("die Lage sei ernst", written, **extra)],
                 [pred("die Lage sei ernst", name, text)])
    assert report.overall.source_name.right == int(right)


def test_source_accuracy_counts_matched_pairs_by_the_gold_rule():
    """`src` = share of matched pairs whose source is right; misses and false alarms don't count."""
    report = run([gold("die Lage sei ernst", "Olaf Scholz"), gold("der Hafen bleibe offen", "Reuters"),
                  gold("die Preise steigen weiter stark", "Ifo")],
                 [pred("die Lage sei ernst", "Olaf Scholz"), pred("der Hafen bleibe offen", "dpa"),
                  pred("ganz etwas anderes hier gesagt", "Ifo")])
    src = report.overall.source
    assert (src.right, src.total) == (1, 2)
    assert report.overall.to_dict()["source_accuracy"]["value"] == 0.5

# --- via, cue, kinds ----------------------------------------------------------------------

@pytest.mark.parametrize("gold_via, pred_via, right, total", [
    (["CNN"], ["CNN"], 1, 1),
    (["The New York Times"], ["New York Times"], 1, 1),
    (["CNN"], [], 0, 1),
    (["CNN"], ["CNN", "Reuters"], 0, 1),
    ([], [], 1, 1),
    (None, ["CNN"], 0, 0),                                 # gold gives no via: not scored
])
def test_via_accuracy(gold_via, pred_via, right, total):
    item = gold("die Lage sei ernst", "Singh", via=gold_via)
    if gold_via is None:
        del item["via"]
    v = run([item], [pred("die Lage sei ernst", "Singh", via=pred_via)]).overall.via
    assert (v.right, v.total) == (right, total)


@pytest.mark.parametrize("gold_cue, pred_cue, tp, fp, fn", [
    ("sagte", "sagte", 1, 0, 0),
    ("sagte", "Sagte", 1, 0, 0),
    ("geht davon aus", "geht davon aus", 1, 0, 0),
    ("sagte", "erklärte", 0, 1, 1),
    ("sagte", None, 0, 0, 1),
    ("", "sagte", 0, 0, 0),                                # gold gives no cue: not scored
])
def test_cue_f1(gold_cue, pred_cue, tp, fp, fn):
    q = run([gold("die Lage sei ernst", "Singh", gold_cue)],
            [pred("die Lage sei ernst", "Singh", cue=pred_cue)]).overall.cue
    assert (q.tp, q.fp, q.fn) == (tp, fp, fn)


def test_per_kind_counts_pairs_by_gold_kind_and_false_alarms_by_predicted_kind():
    gold_items = [gold("Wir bleiben hier", "Brandt", kind="direct"),
                  gold("der Hafen werde im Mai eröffnet", "Ministerin", kind="indirect")]
    preds = [pred("Wir bleiben hier", "Brandt", kind="indirect"),
             pred("300 Arbeiter sollen entlassen werden", kind="according_to")]
    by = run(gold_items, preds).by_kind
    assert (by["direct"].content.tp, by["direct"].content.fp) == (1, 0)
    assert by["direct"].kind.right == 0 and by["direct"].kind.total == 1
    assert (by["indirect"].content.tp, by["indirect"].content.fn) == (0, 1)
    assert by["according_to"].content.fp == 1


# --- locate ---------------------------------------------------------------------------------

@pytest.mark.parametrize("needle, near, expected", [
    ("Laut Reuters", None, "Laut Reuters"),
    ("sagte", 140, "sagte"),           # the second "sagte" is nearer to offset 140
])
def test_locate(needle, near, expected):
    s, e = locate(TEXT, needle, near=near)
    assert TEXT[s:e] == expected
    if near:
        assert s > TEXT.index("Laut")


@pytest.mark.parametrize("needle", ["sagte", "Ostsee", "Haf"])
def test_locate_fails_loudly(needle):
    with pytest.raises(GoldError):
        locate(TEXT, needle)


# --- the loader -----------------------------------------------------------------------------

def write_gold(folder: Path, items: list[dict], text: str = TEXT, sha: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "a.txt").write_text(text, encoding="utf-8")
    line = {"doc": "a.txt", "text_sha256": sha or text_sha256(text), "attributions": items}
    (folder / "gold.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    return folder


def span_item(content: str, source: str = "", **extra) -> dict:
    s = TEXT.index(content)
    item = {"content": content, "content_span": [s, s + len(content)], "source": source, **extra}
    if source:
        t = TEXT.index(source)
        item["source_span"] = [t, t + len(source)]
    return item


def test_loader_reads_text_beside_gold(tmp_path):
    folder = write_gold(tmp_path / "g", [span_item("der Hafen werde im Mai eröffnet", "Ministerin")])
    [(doc, text, atts)] = load_gold(folder, data_root=tmp_path / "nowhere")
    assert doc == "a.txt" and text == TEXT and atts[0]["source"] == "Ministerin"


def test_loader_detects_a_changed_text(tmp_path):
    folder = write_gold(tmp_path / "g", [span_item("der Hafen werde im Mai eröffnet")],
                        sha=text_sha256(TEXT + " Ende."))
    with pytest.raises(GoldError, match="a.txt changed"):
        load_gold(folder)


def test_loader_detects_a_span_that_no_longer_fits(tmp_path):
    item = span_item("der Hafen werde im Mai eröffnet")
    item["content_span"] = [item["content_span"][0] + 4, item["content_span"][1] + 4]
    with pytest.raises(GoldError, match="content span"):
        load_gold(write_gold(tmp_path / "g", [item]))


def test_loader_joins_discontinuous_content(tmp_path):
    a, b = TEXT.index("300 Arbeiter"), TEXT.index("entlassen werden")
    item = {"content_spans": [[a, a + 12], [b, b + 16]], "source": "Reuters"}
    [(_, _, [att])] = load_gold(write_gold(tmp_path / "g", [item]))
    assert att["content"] == "300 Arbeiter entlassen werden"


def test_loader_reads_csv_rows(tmp_path):
    import csv

    root = tmp_path / "data"
    (root / "en").mkdir(parents=True)
    with open(root / "en" / "news.csv", "w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["url", "text"])
        w.writerow(["u0", "First text."])
        w.writerow(["u1", "The mayor said the port would open in May."])
    folder = tmp_path / "g"
    folder.mkdir()
    text = "The mayor said the port would open in May."
    line = {"doc": "en/news.csv#1", "text_sha256": text_sha256(text),
            "attributions": [{"content": "the port would open in May", "source": "The mayor"}]}
    (folder / "gold.jsonl").write_text(json.dumps(line) + "\n", encoding="utf-8")
    [(doc, got, _)] = load_gold(folder, data_root=root)
    assert got == text and doc.endswith("#1")


# --- the command ----------------------------------------------------------------------------

def test_cli_eval_scores_a_prediction_file(tmp_path):
    folder = write_gold(tmp_path / "g", [span_item("der Hafen werde im Mai eröffnet", "Ministerin",
                                                   kind="indirect"),
                                         span_item("Wir bleiben hier", "Bürgermeister Jan Ole Brandt",
                                                   kind="direct")])
    doc = {"claimgraph": "1", "path": "a.txt", "text": TEXT,
           "attributions": [pred("der Hafen werde im Mai eröffnet", "Ministerin"),
                            pred("Wir bleiben hier", "Jan Ole Brandt", kind="direct"),
                            pred("300 Arbeiter entlassen", "Reuters", kind="according_to")]}
    preds = tmp_path / "pred.jsonl"
    preds.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(folder), "--pred", str(preds), "--format", "json"])
    assert res.exit_code == 0, res.output
    out = json.loads(res.output)
    assert out["overall"]["content"]["precision"] == pytest.approx(2 / 3, abs=1e-4)
    assert out["overall"]["content"]["recall"] == 1.0
    assert out["overall"]["joint"]["tp"] == 2
    assert out["by_kind"]["according_to"]["content"]["fp"] == 1
    table = CliRunner().invoke(main, ["eval", str(folder), "--pred", str(preds), "--errors", "3"])
    assert "overall" in table.output and "false alarms (1)" in table.output


def test_cli_eval_matches_predictions_by_text_hash(tmp_path):
    folder = write_gold(tmp_path / "g", [span_item("Wir bleiben hier", "Bürgermeister Jan Ole Brandt")])
    doc = {"path": "elsewhere/x.txt", "text": TEXT, "attributions": [pred("Wir bleiben hier", "Brandt")]}
    preds = tmp_path / "pred.jsonl"
    preds.write_text(json.dumps(doc, ensure_ascii=False) + "\n", encoding="utf-8")
    res = CliRunner().invoke(main, ["eval", str(folder), "--pred", str(preds), "--format", "json"])
    assert json.loads(res.output)["overall"]["joint"]["f1"] == 1.0


@pytest.mark.parametrize("args, message", [
    (["eval", "{tmp}/missing"], "no gold.jsonl"),
    (["eval", "{tmp}/g", "--pred", "{tmp}/none.jsonl"], "prediction file not found"),
    (["convert-spkatt", "{tmp}/empty", "{tmp}/out"], "no SpkAtt"),
])
def test_cli_errors_are_one_line(tmp_path, args, message):
    write_gold(tmp_path / "g", [])
    (tmp_path / "empty").mkdir()
    res = CliRunner().invoke(main, [a.format(tmp=tmp_path) for a in args])
    assert res.exit_code == 1
    assert message in res.output and "Traceback" not in res.output
    assert len(res.output.strip().splitlines()) == 1


# --- SpkAtt ---------------------------------------------------------------------------------

SPEECH = {  # a SpkAtt-shaped speech written by the team
    "Sentences": [
        {"SentenceId": 0, "Tokens": ["Frau", "Präsidentin", "!"]},
        {"SentenceId": 1, "Tokens": ["Der", "Minister", "hat", "gesagt", ",", "die", "Brücke",
                                     "werde", "im", "Mai", "fertig", "."]},
        {"SentenceId": 2, "Tokens": ["Ich", "weise", "darauf", "hin", ",", "dass", "das", "nicht",
                                     "stimmt", "."]},
    ],
    "Annotations": [
        {"Cue": ["1:3"], "PTC": [], "Message": ["1:5", "1:6", "1:7", "1:8", "1:9", "1:10"],
         "Source": ["1:0", "1:1"], "Addr": [], "Topic": [], "Medium": [], "Evidence": []},
        {"Cue": ["2:1"], "PTC": ["2:3"], "Message": ["2:5", "2:6", "2:7", "2:8"],
         "Source": ["2:0"], "Addr": [], "Topic": [], "Medium": [], "Evidence": []},
        {"Cue": ["2:1"], "PTC": [], "Message": [], "Source": [], "Addr": [], "Topic": ["2:2"],
         "Medium": [], "Evidence": []},
        {"Cue": ["1:3"], "PTC": [], "Message": ["1:6", "1:7", "1:10"], "Source": [],
         "Addr": [], "Topic": [], "Medium": [], "Evidence": []},
    ],
}


def test_detokenize_spaces_and_offsets():
    text, offsets = detokenize([t["Tokens"] for t in SPEECH["Sentences"]])
    assert text.startswith("Frau Präsidentin! Der Minister hat gesagt, die Brücke")
    s, e = offsets[(1, 6)]
    assert text[s:e] == "Brücke"


def test_convert_spkatt_sample(tmp_path):
    split = tmp_path / "split"
    split.mkdir()
    (split / "speech1.json").write_text(json.dumps(SPEECH), encoding="utf-8")
    stats = convert_spkatt(split, tmp_path / "out")
    assert stats.to_dict() == {"speeches": 1, "attributions": 3, "skipped_no_message": 1}
    [(doc, text, atts)] = load_gold(tmp_path / "out")
    assert doc == "speech1.txt"
    by_content = {a["content"]: a for a in atts}
    first = by_content["die Brücke werde im Mai fertig"]
    assert (first["source"], first["cue"], first["kind"]) == ("Der Minister", "gesagt", None)
    assert by_content["dass das nicht stimmt"]["cue"] == "weise hin"       # PTC joins the cue
    assert "content_spans" in by_content["Brücke werde fertig"]     # discontinuous Message
    assert by_content["Brücke werde fertig"]["source"] == ""


def test_convert_spkatt_rejects_bad_addresses(tmp_path):
    bad = json.loads(json.dumps(SPEECH))
    bad["Annotations"][0]["Message"] = ["7:0"]
    (tmp_path / "s.json").write_text(json.dumps(bad), encoding="utf-8")
    with pytest.raises(SpkAttError, match="s.json annotation 0"):
        convert_spkatt(tmp_path, tmp_path / "out")


def test_converted_sample_scores_perfectly_against_itself(tmp_path):
    (tmp_path / "split").mkdir()
    (tmp_path / "split" / "speech1.json").write_text(json.dumps(SPEECH), encoding="utf-8")
    convert_spkatt(tmp_path / "split", tmp_path / "out")
    [(doc, text, atts)] = load_gold(tmp_path / "out")
    doc_pred = {"path": doc, "text": text, "attributions": [
        pred(a["content"], a["source"] or None, cue=a["cue"]) for a in atts]}
    (tmp_path / "p.jsonl").write_text(json.dumps(doc_pred, ensure_ascii=False), encoding="utf-8")
    from claimgraph.evaluate import evaluate

    report = evaluate(tmp_path / "out", tmp_path / "p.jsonl")
    assert report.overall.joint.f1 == 1.0 and report.overall.cue.f1 == 1.0


def test_convert_real_spkatt_dev(tmp_path):
    split = need_shared("data", "spkatt2023-task1", "data", "dev", "task1")
    stats = convert_spkatt(split, tmp_path / "dev")
    assert stats.speeches == 18
    assert stats.attributions + stats.skipped_no_message == 515
    gold_docs = load_gold(tmp_path / "dev")   # validates every span against its string
    assert sum(len(g.attributions) for g in gold_docs) == stats.attributions


# --- the team's German gold set -------------------------------------------------------------

def test_german_gold_set_loads_with_unchanged_texts():
    need_shared("data", "de-wikinews-texts", "texts")
    gold_docs = load_gold(ROOT / "tests" / "gold" / "de")
    assert len(gold_docs) >= 20
    assert all(g.doc.startswith("de-wikinews-texts/texts/") for g in gold_docs)
    required = [a for g in gold_docs for a in g.attributions if not a.get("optional")]
    assert len(required) / len(gold_docs) >= 5
    assert {a["kind"] for a in required} >= {"direct", "indirect", "mixed", "according_to",
                                            "reportative"}
