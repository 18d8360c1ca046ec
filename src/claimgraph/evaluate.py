"""Scoring against gold annotations: the one gold loader and the scorer behind `claimgraph eval`.

The scoring rules are those of `shared/spec/gold-format.md`. They compare word tokens, never
offsets, so a system that cuts a quote one comma shorter still gets credit:

- a prediction matches a gold attribution when the Dice coefficient of their content tokens is at
  least 0.5; pairs are formed one-to-one, best Dice first;
- content P/R/F1 counts matched pairs; an `optional` gold item is neither a miss nor (when a
  prediction matches it) a false alarm;
- the source of a pair is right when the gold source tokens contain or are contained in the
  predicted `name` or `text` tokens (articles ignored); a gold source "" wants no source or an
  anonymous one; joint F1 counts a pair only with a right source;
- via accuracy and cue F1 are computed over the pairs whose gold item gives them.

The gold texts are not in the repository: a gold line's `doc` names a file below the shared data
root (or beside `gold.jsonl`), and its `text_sha256` detects a text that changed under the spans.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable

from .gold import WORD, GoldDoc, GoldError, load_gold, text_sha256, tokens

#: Dice threshold of a content match (gold-format.md).
MATCH_DICE = 0.5
#: Words ignored when comparing source and outlet names.
NAME_STOPWORDS = frozenset(
    "der die das den dem des ein eine einer eines einem the a an".split()
)
#: Gold items without a kind are reported under this label.
NO_KIND = "unlabelled"


# --- token comparison ------------------------------------------------------------------


def name_tokens(text: str | None) -> frozenset[str]:
    """Token set of a name, without articles (der/die/das/the …).

    A name made only of such words (the relative pronoun "der" as a SpkAtt source) keeps them,
    so it is not mistaken for "no source".
    """
    words = tokens(text)
    return frozenset(t for t in words if t not in NAME_STOPWORDS) or frozenset(words)


def dice(a: list[str], b: list[str]) -> float:
    """Dice coefficient of two token multisets: 2·|common| / (|a| + |b|)."""
    if not a or not b:
        return 0.0
    common = sum((Counter(a) & Counter(b)).values())
    return 2.0 * common / (len(a) + len(b))


def _nested(a: frozenset[str], b: frozenset[str]) -> bool:
    return bool(a) and bool(b) and (a <= b or b <= a)


# --- scoring -----------------------------------------------------------------------------


@dataclass
class PRF:
    """True positives, false positives and misses, with precision, recall and F1."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Ratio:
    """A share: right / total (accuracy over the pairs where a measure applies)."""

    right: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.right / self.total if self.total else 0.0

    def to_dict(self) -> dict[str, float | int]:
        return {"right": self.right, "total": self.total, "value": round(self.value, 4)}


@dataclass
class Scores:
    """Every measure for one slice (overall or one kind)."""

    content: PRF = field(default_factory=PRF)
    joint: PRF = field(default_factory=PRF)
    cue: PRF = field(default_factory=PRF)
    via: Ratio = field(default_factory=Ratio)
    source: Ratio = field(default_factory=Ratio)  # gold-format source rule, on matched pairs
    source_name: Ratio = field(default_factory=Ratio)
    kind: Ratio = field(default_factory=Ratio)

    def to_dict(self) -> dict[str, Any]:
        return {"content": self.content.to_dict(), "joint": self.joint.to_dict(),
                "cue": self.cue.to_dict(), "via_accuracy": self.via.to_dict(),
                "source_accuracy": self.source.to_dict(),
                "source_name_precision": self.source_name.to_dict(),
                "kind_accuracy": self.kind.to_dict()}


@dataclass
class Pair:
    """A matched gold/predicted pair with the verdicts on it."""

    doc: str
    gold: dict[str, Any]
    pred: dict[str, Any]
    dice: float
    source_right: bool
    name_right: bool


@dataclass
class Report:
    """Scores overall and per kind, plus the pairs and errors for error analysis."""

    overall: Scores = field(default_factory=Scores)
    by_kind: dict[str, Scores] = field(default_factory=dict)
    docs: int = 0
    gold_items: int = 0
    optional_items: int = 0
    predicted_items: int = 0
    missing_docs: list[str] = field(default_factory=list)
    failed_docs: list[str] = field(default_factory=list)
    pairs: list[Pair] = field(default_factory=list)
    misses: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    false_alarms: list[tuple[str, dict[str, Any]]] = field(default_factory=list)

    def kind(self, name: str | None) -> Scores:
        return self.by_kind.setdefault(name or NO_KIND, Scores())

    def to_dict(self) -> dict[str, Any]:
        return {"docs": self.docs, "gold_attributions": self.gold_items,
                "optional_attributions": self.optional_items,
                "predicted_attributions": self.predicted_items,
                "overall": self.overall.to_dict(),
                "by_kind": {k: v.to_dict() for k, v in sorted(self.by_kind.items())},
                "missing_docs": self.missing_docs, "failed_docs": self.failed_docs}


def _pred_content(pred: dict[str, Any]) -> str:
    content = pred.get("content") or {}
    return content.get("text", "") if isinstance(content, dict) else str(content)


def source_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The gold-format source rule: nested token sets with the predicted name or text.

    The gold side is the source as written and, where the annotator added it, its resolved
    `source_name`: gold "er" (source_name "Nicolas Sarkozy") is right for a prediction that
    cites the nearby mention "Sarkozy" instead of the pronoun.
    """
    src = pred.get("source") or None
    want = name_tokens(gold.get("source"))
    if not want:
        return src is None or src.get("type") == "anonymous"
    if src is None:
        return False
    wants = [want, name_tokens(gold.get("source_name"))]
    gots = [name_tokens(src.get("name")), name_tokens(src.get("text"))]
    return any(_nested(w, g) for w in wants for g in gots)


def _initials(name: str) -> str:
    """`Syrian Democratic Forces` → `SDF`: the capitals of a name's capitalised words."""
    return "".join(w[0] for w in WORD.findall(name) if w[:1].isupper())


def _same_referent(gold: dict[str, Any], src: dict[str, Any], name: str) -> bool:
    """Two ways a canonical name is right although its tokens do not nest with the gold name.

    Both need the gold to give no `source_name` (so the written source is the name) and the
    predicted mention to be that written source: (1) the name only adds given names to the same
    surname or head (`Bundesinnenminister Schäuble` → `Wolfgang Schäuble`); (2) the gold writes
    an acronym that the name spells out (`the SDF` → `Syrian Democratic Forces`).
    """
    written = gold.get("source") or ""
    if gold.get("source_name") or not _nested(name_tokens(written), name_tokens(src.get("text"))):
        return False
    gold_words, name_words = tokens(written), tokens(name)
    if gold_words and name_words and gold_words[-1] == name_words[-1] and len(name_words) > 1:
        return True
    acronyms = {w for w in WORD.findall(written) if len(w) > 1 and w.isupper()}
    return len(name_words) > 1 and _initials(name) in acronyms


def source_name_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """The predicted canonical `name` against the gold `source_name` (or `source` without one)."""
    src = pred.get("source") or None
    want = name_tokens(gold.get("source_name") or gold.get("source"))
    if not want:
        return src is None or src.get("type") == "anonymous"
    if src is None:
        return False
    name = src.get("name") or src.get("text") or ""
    return _nested(want, name_tokens(name)) or _same_referent(gold, src, name)


def via_right(gold: dict[str, Any], pred: dict[str, Any]) -> bool:
    """Same relaying outlets (token sets, order ignored), same count."""
    want = sorted(sorted(name_tokens(v if isinstance(v, str) else v.get("name"))) for v in gold["via"])
    got = sorted(sorted(name_tokens(v.get("name") if isinstance(v, dict) else v))
                 for v in pred.get("via") or [])
    return want == got


def _cue_text(pred: dict[str, Any]) -> str:
    cue = pred.get("cue") or None  # a cue in pieces gives all its `words` ("teilte mit")
    return (cue.get("words") or cue.get("text") or "") if isinstance(cue, dict) else (cue or "")


def match(gold: list[dict[str, Any]], pred: list[dict[str, Any]]) -> list[tuple[int, int, float]]:
    """One-to-one pairs (gold index, pred index, dice) with Dice ≥ 0.5, best first.

    Ties go to the earlier non-optional gold item, then to the earlier prediction.
    """
    gt = [tokens(g.get("content")) for g in gold]
    pt = [tokens(_pred_content(p)) for p in pred]
    cands = [(d, i, j) for i, g in enumerate(gt) for j, p in enumerate(pt)
             if (d := dice(g, p)) >= MATCH_DICE]
    cands.sort(key=lambda c: (-c[0], bool(gold[c[1]].get("optional")), c[1], c[2]))
    used_g: set[int] = set()
    used_p: set[int] = set()
    pairs = []
    for d, i, j in cands:
        if i in used_g or j in used_p:
            continue
        used_g.add(i)
        used_p.add(j)
        pairs.append((i, j, d))
    return pairs


def score_doc(report: Report, doc: str, gold: list[dict[str, Any]],
              pred: list[dict[str, Any]]) -> None:
    """Add one document's pairs, misses and false alarms to `report`."""
    report.docs += 1
    report.gold_items += sum(1 for g in gold if not g.get("optional"))
    report.optional_items += sum(1 for g in gold if g.get("optional"))
    report.predicted_items += len(pred)
    pairs = match(gold, pred)
    matched_g = {i for i, _, _ in pairs}
    matched_p = {j for _, j, _ in pairs}
    for i, j, d in pairs:
        g, p = gold[i], pred[j]
        if g.get("optional"):
            continue  # neither a hit nor a false alarm
        ok_src, ok_name = source_right(g, p), source_name_right(g, p)
        report.pairs.append(Pair(doc, g, p, d, ok_src, ok_name))
        for s in (report.overall, report.kind(g.get("kind"))):
            s.content.tp += 1
            if ok_src:
                s.joint.tp += 1
            else:  # a pair with a wrong source is both a miss and a false alarm for joint
                s.joint.fp += 1
                s.joint.fn += 1
            s.source.total += 1
            s.source.right += ok_src
            s.source_name.total += 1
            s.source_name.right += ok_name
            if g.get("via") is not None:
                s.via.total += 1
                s.via.right += via_right(g, p)
            if g.get("kind"):
                s.kind.total += 1
                s.kind.right += g["kind"] == p.get("kind")
            if g.get("cue"):
                want = set(tokens(g["cue"]))
                got = set(tokens(_cue_text(p)))
                if got and got == want:
                    s.cue.tp += 1
                else:
                    s.cue.fn += 1
                    s.cue.fp += bool(got)
    for i, g in enumerate(gold):
        if i not in matched_g and not g.get("optional"):
            report.misses.append((doc, g))
            for s in (report.overall, report.kind(g.get("kind"))):
                s.content.fn += 1
                s.joint.fn += 1
    for j, p in enumerate(pred):
        if j not in matched_p:
            report.false_alarms.append((doc, p))
            for s in (report.overall, report.kind(p.get("kind"))):
                s.content.fp += 1
                s.joint.fp += 1


# --- predictions -------------------------------------------------------------------------


def read_predictions(path: str | Path) -> list[dict[str, Any]]:
    """Contract-v1 documents from a JSONL file (one document per line)."""
    path = Path(path)
    if not path.is_file():
        raise GoldError(f"{path}: prediction file not found")
    docs = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            docs.append(json.loads(line))
        except json.JSONDecodeError as exc:
            raise GoldError(f"{path} line {n}: invalid JSON ({exc.msg})") from None
    return docs


def _index_predictions(docs: Iterable[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    index: dict[str, dict[str, Any]] = {}
    for d in docs:
        if d.get("path"):
            index.setdefault(f"path:{d['path']}", d)
        if d.get("text") is not None:
            index.setdefault(f"sha:{text_sha256(d['text'])}", d)
        elif str(d.get("id", "")).startswith("sha256:"):
            index.setdefault(f"sha:{d['id'][7:]}", d)
    return index


def analyze_gold(gold: GoldDoc, lang: str | None = None) -> dict[str, Any]:
    """Run the pipeline on one gold text and return its contract-v1 dict."""
    from .pipeline import analyze

    return analyze(gold.text, path=gold.doc, lang=lang).to_dict()


def score(gold_docs: list[GoldDoc], predictions: list[dict[str, Any]] | None = None, *,
          lang: str | None = None) -> Report:
    """Score predicted documents (or, without them, the pipeline's own output) against gold.

    Predictions are matched to gold docs by `path` == gold `doc`, else by the text's sha256.
    """
    from .errors import ClaimgraphError

    report = Report()
    index = _index_predictions(predictions) if predictions is not None else None
    for gd in gold_docs:
        if index is None:
            try:
                pdoc: dict[str, Any] | None = analyze_gold(gd, lang)
            except ClaimgraphError as exc:
                report.failed_docs.append(f"{gd.doc}: {exc}")
                pdoc = None
            except Exception as exc:  # an engine bug on one text must not stop the measurement
                report.failed_docs.append(f"{gd.doc}: internal error ({exc.__class__.__name__}: {exc})")
                pdoc = None
        else:
            pdoc = index.get(f"path:{gd.doc}") or index.get(f"sha:{text_sha256(gd.text)}")
            if pdoc is None:
                report.missing_docs.append(gd.doc)
        score_doc(report, gd.doc, gd.attributions, list((pdoc or {}).get("attributions") or []))
    return report


def evaluate(gold_dir: str | Path, pred: str | Path | None = None, *,
             data_root: str | Path | None = None, lang: str | None = None) -> Report:
    """Score a gold folder: against `pred` (JSONL of documents) or the pipeline run here."""
    gold = load_gold(gold_dir, data_root)
    return score(gold, read_predictions(pred) if pred else None, lang=lang)


# --- presentation ------------------------------------------------------------------------


def _row(name: str, s: Scores) -> str:
    c, j, q = s.content, s.joint, s.cue
    via = f"{s.via.value:6.1%}" if s.via.total else "     -"
    src = f"{s.source.value:6.1%}" if s.source.total else "     -"
    name_p = f"{s.source_name.value:6.1%}" if s.source_name.total else "     -"
    cue = f"{q.f1:5.3f}" if q.tp + q.fn else "    -"
    return (f"{name:<13}{c.tp + c.fn:>5}{c.tp + c.fp:>6}  {c.precision:5.3f} {c.recall:5.3f} "
            f"{c.f1:5.3f}  {j.precision:5.3f} {j.recall:5.3f} {j.f1:5.3f}  {cue}  {via}  {src}  "
            f"{name_p}")


def format_table(report: Report) -> str:
    """A fixed-width table: per kind, then overall."""
    head = (f"{'kind':<13}{'gold':>5}{'pred':>6}  {'P':>5} {'R':>5} {'F1':>5}  "
            f"{'jP':>5} {'jR':>5} {'jF1':>5}  {'cueF1':>5}  {'via':>6}  {'src':>6}  {'name':>6}")
    lines = [f"{report.docs} documents, {report.gold_items} gold attributions "
             f"(+{report.optional_items} optional), {report.predicted_items} predicted",
             "content = P/R/F1 of matched attributions (Dice >= 0.5); j = joint with the source;",
             "via = via accuracy; src = source right among matched pairs (the gold-format rule);",
             "name = the stricter source-name precision (canonical name vs gold source_name)", "",
             head, "-" * len(head)]
    lines += [_row(k, v) for k, v in sorted(report.by_kind.items())]
    lines += ["-" * len(head), _row("overall", report.overall)]
    if report.missing_docs:
        lines.append(f"no prediction for {len(report.missing_docs)} documents "
                     f"(e.g. {report.missing_docs[0]}): counted as all missed")
    for msg in report.failed_docs[:5]:
        lines.append(f"failed (counted as all missed): {msg}")
    if len(report.failed_docs) > 5:
        lines.append(f"… and {len(report.failed_docs) - 5} more failed documents")
    return "\n".join(lines)


def _short(text: str, n: int = 110) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= n else text[: n - 1] + "…"


def format_errors(report: Report, n: int = 10) -> str:
    """The first `n` misses, false alarms and wrong sources, for error analysis."""
    out = [f"-- misses ({len(report.misses)})"]
    for doc, g in report.misses[:n]:
        out.append(f"  {doc} [{g.get('kind')}] {g.get('source')!r} / {g.get('cue')!r}: "
                   f"{_short(g.get('content', ''))}")
    out.append(f"-- false alarms ({len(report.false_alarms)})")
    for doc, p in report.false_alarms[:n]:
        src = (p.get("source") or {}).get("name")
        out.append(f"  {doc} [{p.get('kind')}] {src!r} / {_cue_text(p)!r}: "
                   f"{_short(_pred_content(p))}")
    wrong = [pr for pr in report.pairs if not pr.source_right]
    out.append(f"-- wrong sources on matched pairs ({len(wrong)})")
    for pr in wrong[:n]:
        got = pr.pred.get("source") or {}
        out.append(f"  {pr.doc} gold {pr.gold.get('source')!r} got {got.get('text')!r} "
                   f"({got.get('name')!r}): {_short(pr.gold.get('content', ''), 70)}")
    return "\n".join(out)
