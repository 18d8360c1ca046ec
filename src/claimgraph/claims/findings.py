"""Findings over clustered claims: conflict, escalation, unsourced, single_source; diversity.

Every finding names its attributions (refs) and the display names of the sources involved.
Numbers are compared as tolerance intervals built from the quantity's qualifier (see
`interval`), so "etwa 10'000" and "10,000" agree while 10'000 and 12'000 do not.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..lang.base import load_tsv
from ..model import Document, Finding, Quantity, Span
from . import lexicon
from .anchors import Specificity, same_matter
from .cluster import EDGE, Pair
from .normalize import Claim, SpanIndex, extract_terms, paragraph_at, same_sentence

#: relative tolerance around a number by qualifier: reports round (10,000 vs 10,150 is the same
#: figure), "etwa" allows about 15 %, "über X" reads as X up to 1.5 X, "unter X" as 0.6 X up to X
EXACT_TOL, APPROX_TOL, OVER_FACTOR, UNDER_FACTOR = 0.02, 0.15, 1.5, 0.6
#: a round figure ("3000 Soldaten") is itself a rounding: 5 % keeps 3000 ~ 3,100 while 10,000 vs
#: 12,000 (20 % apart) still conflicts
ROUND_TOL = 0.05
#: levels a relay must climb to escalate: hedged -> confirmed, speculative -> asserted. One level
#: (hedged -> asserted) is how every paraphrase drops "wir gehen davon aus"; flagging it made 2 of
#: 3 escalations in the story set noise.
ESCALATION_STEP = 2
FRAME_LABELS = {"purpose": "purpose", "custody": "status", "life": "status", "access": "status"}


def interval(q: Quantity) -> tuple[float, float] | None:
    """The values a quantity allows, by its qualifier.

    >>> from claimgraph.model import Quantity, Span
    >>> interval(Quantity("über 600'000", Span(0, 1), 600000, "over", low=600000))
    (600000.0, 900000.0)
    """
    v = q.value
    lo, hi = q.low, q.high
    if q.qualifier == "vague" or (v is None and lo is not None and hi is not None):
        if lo is None or hi is None:
            return None
        return float(lo) * (1 - EXACT_TOL), float(hi) * (1 + EXACT_TOL)
    if v is None:
        return None
    v = float(v)
    if lo is not None and hi is not None and lo != hi:  # a range "3000 bis 5000"
        return float(lo) * (1 - EXACT_TOL), float(hi) * (1 + EXACT_TOL)
    if q.qualifier == "approx":
        return v * (1 - APPROX_TOL), v * (1 + APPROX_TOL)
    if q.qualifier == "over":
        return float(lo if lo is not None else v), v * OVER_FACTOR
    if q.qualifier == "under":
        return v * UNDER_FACTOR, float(hi if hi is not None else v)
    tol = ROUND_TOL if v >= 1000 and v % 100 == 0 else EXACT_TOL
    return v * (1 - tol), v * (1 + tol)


def _qkey(q: Quantity) -> tuple[str, str, str] | None:
    if q.kind == "count" and not q.unit_key:
        return None  # a bare number: no idea what it counts
    return (q.kind, q.unit_key or "", q.currency or "")


def number_clash(a: Claim, b: Claim) -> tuple[Quantity, Quantity] | None:
    """Two quantities of one unit that no tolerance reconciles, when no other pair agrees."""
    clash = None
    for key in {_qkey(q) for q in a.quantities} & {_qkey(q) for q in b.quantities} - {None}:
        qa = [q for q in a.quantities if _qkey(q) == key and interval(q)]
        qb = [q for q in b.quantities if _qkey(q) == key and interval(q)]
        agree = False
        for x in qa:
            for y in qb:
                (l1, h1), (l2, h2) = interval(x), interval(y)  # type: ignore[misc]
                if l1 <= h2 and l2 <= h1:
                    agree = True
                elif clash is None:
                    clash = (x, y)
        if agree:
            return None
    return clash


def _short(text: str, n: int = 70) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def _who(c: Claim) -> str:
    """Speaker, with the source they cite when it differs ("SANTINO (@x), citing Pentagon")."""
    if c.att.source and c.speaker != (c.att.source.name or c.att.source.text):
        return f"{c.speaker}, citing {c.att.source.name or c.att.source.text}"
    return c.speaker


def _finding(type_: str, summary: str, claims: Iterable[Claim], reason: str, score: float,
             sources: list[str] | None = None) -> Finding:
    claims = list(claims)
    names = sources if sources is not None else [c.speaker for c in claims]
    return Finding(type_, summary, [c.ref for c in claims], list(dict.fromkeys(names)),
                   reason, round(max(0.0, min(score, 1.0)), 3))


@dataclass(frozen=True)
class Clash:
    """One way two claims disagree: a `dimension` ("number:soldier", "purpose", "denial") on
    which claim a holds `left` and claim b holds `right`."""

    dimension: str
    left: object  # a Quantity for numbers, else the value ("training", "denied")
    right: object
    reason: str
    strength: float


def clashes(a: Claim, b: Claim) -> list[Clash]:
    """Incompatible content about one matter: number, purpose/status frame, or denial."""
    out: list[Clash] = []
    clash = number_clash(a, b)
    if clash:
        x, y = clash
        lo, hi = sorted(float(v) for v in (x.value or x.low or 0, y.value or y.low or 0))
        out.append(Clash("number:" + ":".join(_qkey(x) or ()), x, y,
                         f"number: {x.text} vs {y.text}",
                         0.6 + 0.4 * min(1.0, (hi - lo) / hi if hi else 0)))
    for frame in sorted(set(a.frames) & set(b.frames)):
        if a.frames[frame] != b.frames[frame]:
            label = FRAME_LABELS.get(frame, frame)
            out.append(Clash(frame, a.frames[frame], b.frames[frame],
                             f"{label}: {a.frames[frame]} vs {b.frames[frame]}", 0.8))
    if (a.polarity == "denied") != (b.polarity == "denied"):
        denier, other = (a, b) if a.polarity == "denied" else (b, a)
        out.append(Clash("denial", "denied" if a is denier else "stated",
                         "denied" if b is denier else "stated",
                         f"denial: {denier.speaker} denies what {other.speaker} states", 0.9))
    return out


def conflict(a: Claim, b: Claim, pair: Pair) -> Finding | None:
    """One finding for one pair (every way they disagree); `grouped_conflicts` joins pairs."""
    found = clashes(a, b)
    if not found:
        return None
    reason = "; ".join(c.reason for c in found)
    summary = f"{_who(a)}: «{_short(a.text)}» vs {_who(b)}: «{_short(b.text)}» — {reason}"
    return _finding("conflict", summary, (a, b), reason,
                    max(c.strength for c in found) * pair.score / 0.6)


def _sides(pairs: list[tuple[Claim, Claim, Clash]]) -> list[list[Claim]] | None:
    """Claims of one disputed dimension grouped by the value they give, or None when the values
    do not split cleanly (3000 ~ 3400 ~ 3900 while 3000 and 3900 clash)."""
    value: dict[int, object] = {}
    claims: dict[int, Claim] = {}
    for a, b, c in pairs:
        for claim, v in ((a, c.left), (b, c.right)):
            claims.setdefault(id(claim), claim)
            value.setdefault(id(claim), v)
    keys = list(claims)
    owner = {k: k for k in keys}

    def find(k: int) -> int:
        while owner[k] != k:
            owner[k] = owner[owner[k]]
            k = owner[k]
        return k

    for i, x in enumerate(keys):
        for y in keys[i + 1:]:
            vx, vy = value[x], value[y]
            if isinstance(vx, Quantity) and isinstance(vy, Quantity):
                (l1, h1), (l2, h2) = interval(vx), interval(vy)  # type: ignore[misc]
                same = l1 <= h2 and l2 <= h1
            else:
                same = vx == vy
            if same:
                owner[find(x)] = find(y)
    if any(find(id(a)) == find(id(b)) for a, b, _ in pairs):
        return None
    groups: dict[int, list[Claim]] = {}
    for k in keys:
        groups.setdefault(find(k), []).append(claims[k])
    return list(groups.values())


def _side_text(side: list[Claim], value: object) -> str:
    shown = value.text if isinstance(value, Quantity) else str(value)
    who = list(dict.fromkeys(_who(c) for c in side))
    more = f" ({len(side)} claims)" if len(side) > 1 else ""
    return f"{shown} — {', '.join(who[:4])}{' …' if len(who) > 4 else ''}{more}: «{_short(side[0].text, 60)}»"


def grouped_conflicts(found: list[tuple[Claim, Claim, Clash, float]]) -> list[Finding]:
    """One conflict per disputed dimension of a cluster, listing every claim on each side.

    A figure relayed by four outlets against one other figure is one finding with five
    attributions (side by side: first side first), not four findings of two.
    """
    by_dim: dict[str, list[tuple[Claim, Claim, Clash, float]]] = {}
    for item in found:
        by_dim.setdefault(item[2].dimension, []).append(item)
    out: list[Finding] = []
    for dim, items in by_dim.items():
        sides = _sides([(a, b, c) for a, b, c, _ in items]) if len(items) > 1 else None
        strength = max(s for *_, s in items)
        if sides is None:  # one pair, or values that do not split: one finding per pair
            for a, b, c, s in items:
                summary = f"{_who(a)}: «{_short(a.text)}» vs {_who(b)}: «{_short(b.text)}» — {c.reason}"
                out.append(_finding("conflict", summary, (a, b), c.reason, s))
            continue
        order: dict[int, int] = {}
        for a, b, *_ in items:
            for x in (a, b):
                order.setdefault(id(x), len(order))
        sides = sorted((sorted(side, key=lambda c: order[id(c)]) for side in sides),
                       key=lambda side: (-len(side), order[id(side[0])]))
        given: dict[int, object] = {}  # what each claim holds on this dimension
        for a, b, c, _ in items:
            given.setdefault(id(a), c.left)
            given.setdefault(id(b), c.right)
        values = [given[id(side[0])] for side in sides]
        label = dim.split(":")[0]
        if label == "denial":
            deniers = [s for s, v in zip(sides, values) if v == "denied"]
            stated = [s for s, v in zip(sides, values) if v != "denied"]
            reason = (f"denial: {', '.join(dict.fromkeys(c.speaker for s in deniers for c in s))} "
                      f"denies what {', '.join(dict.fromkeys(c.speaker for s in stated for c in s))} "
                      "states")
        else:
            shown = [v.text if isinstance(v, Quantity) else str(v) for v in values]
            reason = f"{FRAME_LABELS.get(label, label)}: {' vs '.join(shown)}"
        summary = (f"{len(sides)} sides, {sum(map(len, sides))} claims — "
                   + " vs ".join(_side_text(side, v) for side, v in zip(sides, values)))
        claims = [c for side in sides for c in side]
        out.append(_finding("conflict", summary, claims, reason, strength))
    return out


def _later(a: Claim, b: Claim) -> bool:
    """True when `b` relays or follows `a`: in a post or via an outlet, or in a later document."""
    if b.relayed and not a.relayed:
        return True
    if a.doc_index != b.doc_index:
        if a.date and b.date and a.date != b.date:
            return b.date > a.date
        return b.doc_index > a.doc_index and not (a.relayed and not b.relayed)
    return False


def escalation(a: Claim, b: Claim, pair: Pair) -> Finding | None:
    """`b` states more surely what `a`, its own origin, put as hedged or speculative."""
    for first, second in ((a, b), (b, a)):
        if (first.origin and first.origin == second.origin
                and not first.origin.startswith("anonymous:")
                and second.strength - first.strength >= ESCALATION_STEP
                and first.speaker != second.speaker and _later(first, second)):
            summary = (f"{_who(second)} states as {second.level} «{_short(second.text)}», which "
                       f"{first.speaker} put as {first.level}: «{_short(first.text)}»")
            reason = f"certainty: {first.level} -> {second.level}"
            return _finding("escalation", summary, (first, second), reason,
                            (0.6 + 0.2 * (second.strength - first.strength)) * pair.score / 0.6)
    return None


def unbacked_confirmation(c: Claim, cluster: list[Claim]) -> Finding | None:
    """A relay says "X has confirmed" while no claim of X itself is in the cluster."""
    if not (c.relayed and c.polarity == "confirmed" and c.origin
            and not c.origin.startswith("anonymous:")):
        return None
    others = [o for o in cluster if o is not c and o.speaker != c.speaker]
    if not others or any(o.origin == c.origin for o in others):
        return None
    origin = c.att.source.name if c.att.source else c.origin_name
    summary = (f"{c.speaker} says {origin} confirmed «{_short(c.text)}»; no statement of "
               f"{origin} on this matter is among the {len(others)} related claims")
    return _finding("escalation", summary, [c, *others[:3]], "unbacked confirmation: " + origin,
                    0.7, sources=[c.speaker, origin])


def pair_findings(claims: list[Claim], clusters: list[list[int]], scored: list[Pair],
                  texts: dict[int, str], cross_only: bool = False) -> list[Finding]:
    """Conflicts and escalations between pairs of one cluster (`cross_only`: across documents);
    conflicts of one cluster are grouped by what is disputed (`grouped_conflicts`)."""
    owner = {i: k for k, members in enumerate(clusters) for i in members}
    spec = Specificity.of(claims) if any(c.doc_index for c in claims) else None
    out: list[Finding] = []
    disputes: dict[int, list[tuple[Claim, Claim, Clash, float]]] = {}
    for p in scored:
        if p.score < EDGE or p.terms <= 0 or owner.get(p.a, -1) != owner.get(p.b, -2):
            continue
        a, b = claims[p.a], claims[p.b]
        if cross_only and a.doc_index == b.doc_index:
            continue
        if not cross_only and same_sentence(texts[a.doc_index], a, b):
            continue  # one composite statement ("sent to train … deployed to fight")
        for c in clashes(a, b):
            if (c.dimension.startswith("number:") and spec is not None
                    and a.doc_index != b.doc_index and not same_matter(a, b, spec)):
                continue  # one unit, different events (claims/anchors.py)
            disputes.setdefault(owner[p.a], []).append((a, b, c, c.strength * p.score / 0.6))
        found = escalation(a, b, p)
        if found:
            out.append(found)
    for k in sorted(disputes):
        out += grouped_conflicts(disputes[k])
    for members in clusters:
        group = [claims[i] for i in members]
        for c in group:
            f = unbacked_confirmation(c, group)
            if f and (not cross_only or len({g.doc_index for g in group}) > 1):
                out.append(f)
    return out


def single_source(claims: list[Claim], clusters: list[list[int]],
                  cross_only: bool = False) -> list[Finding]:
    """Clusters resting on one named origin however many outlets relay it."""
    out: list[Finding] = []
    for members in clusters:
        group = [claims[i] for i in members]
        named = [c for c in group if c.origin]
        origins = {c.origin for c in named}
        if len(named) < 2 or len(origins) != 1 or next(iter(origins)).startswith("anonymous:"):
            continue
        docs = {c.doc_index for c in group}
        relays = list(dict.fromkeys(
            [v.name for c in group for v in c.att.via]
            + [c.speaker for c in group if c.att.embed]))
        if cross_only and len(docs) < 2:
            continue
        if not cross_only and len(relays) < 2:
            continue  # within one article a source quoted twice is no finding
        origin = named[0].origin_name
        summary = (f"{len(group)} claims in {len(docs)} document(s) rest on {origin} alone"
                   + (f", relayed by {', '.join(relays)}" if relays else "")
                   + f": «{_short(named[0].text)}»")
        out.append(_finding("single_source", summary, group, "one origin: " + origin,
                            min(1.0, 0.4 + 0.15 * len(group)), sources=[origin, *relays]))
    return out


# --- within one document ---------------------------------------------------------------------

_SENT_END = re.compile(r"(?<=[.!?…])[»«\"“”']?\s+(?=[A-ZÄÖÜ«»\"“„])")


def _sentences(doc: Document) -> list[Span]:
    if doc.sentences:
        return [s.span for s in doc.sentences]
    out: list[Span] = []
    for para in doc.paragraphs or []:
        start = para.span.start
        for m in _SENT_END.finditer(doc.text, para.span.start, para.span.end):
            out.append(Span(start, m.start()))
            start = m.end()
        out.append(Span(start, para.span.end))
    return out


def unsourced(doc: Document, claims: list[Claim]) -> list[Finding]:
    """Sentences outside every attribution stating a number or an accusation.

    Precision first: a number that an attributed claim of the same document also gives (the
    headline repeating the spokesperson's figure) is sourced; posts and questions are skipped.
    """
    taken = [s for a in doc.attributions for s in
             (a.content.span, a.cue.span if a.cue else None, a.source.span if a.source else None)
             if s is not None]
    kinds = {i: p.kind for i, p in enumerate(doc.paragraphs)}
    # every sentence against every paragraph, attribution span and quantity was quadratic
    # (12 s for 4,000 one-sentence paragraphs): bisect over sorted starts instead, same result
    at = paragraph_at(doc)
    taken.sort(key=lambda t: t.start)
    starts = [t.start for t in taken]
    reach = [t.end for t in taken]  # reach[k]: the furthest end among taken[:k + 1]
    for k in range(1, len(reach)):
        reach[k] = max(reach[k], reach[k - 1])
    in_quantities = SpanIndex([q.span for q in doc.quantities])
    accused = any(c.accusation for c in claims)
    out: list[Finding] = []
    for sent in _sentences(doc):
        text = doc.text[sent.start:sent.end].strip()
        if at is None:
            para = next((i for i, p in enumerate(doc.paragraphs) if p.span.contains(sent)), -1)
        else:  # (a sentence with text is not empty: the paragraph holding its start)
            para = at(sent.start)
            para = para if para >= 0 and doc.paragraphs[para].span.contains(sent) else -1
        before = bisect_left(starts, sent.end)  # taken[:before] start before the sentence ends
        if (not text or text.endswith("?") or kinds.get(para) == "embed"
                or (before > 0 and reach[before - 1] > sent.start)
                or any(e.span.overlaps(sent) for e in doc.embeds)):
            continue
        lang = (doc.paragraphs[para].lang if para >= 0 else None) or doc.lang or "de"
        lang = lang if lang in ("de", "en") else "de"
        numbers = [q for q in (doc.quantities[j] for j in in_quantities.inside(sent))
                   if q.qualifier != "vague"
                   and interval(q) and _contested(q, text, lang) and not _sourced(q, claims)]
        found = lexicon.find_markers(text, "", lang)
        accusation = ("accusation" in found and not found & {"hedged", "speculative", "denied"}
                      and kinds.get(para) not in ("headline", "subhead")
                      and not accused)
        if not numbers and not accusation:
            continue
        what = (f"number {', '.join(q.text for q in numbers)}" if numbers else "accusation")
        out.append(Finding("unsourced", f"No source given for the {what}: «{_short(text, 110)}»",
                           [], [], "number" if numbers else "accusation",
                           0.7 if numbers else 0.6))
    return out


@lru_cache(maxsize=1)
def _unsourced_table() -> dict[str, frozenset[str]]:
    rows = load_tsv(lexicon.DATA / "compare_unsourced.tsv")
    return {k: frozenset(r["key"] for r in rows if r["kind"] == k)
            for k in ("contested", "people", "matter")}


def _contested(q: Quantity, sentence: str, lang: str) -> bool:
    """A number sides would dispute: soldiers, deaths, drones; or 10+ people killed/arrested."""
    table = _unsourced_table()
    if q.unit_key in table["contested"]:
        return True
    return (q.unit_key in table["people"] and (q.value or 0) >= 10
            and bool(extract_terms(sentence, lang) & table["matter"]))


def _sourced(q: Quantity, claims: list[Claim]) -> bool:
    iq = interval(q)
    for c in claims:
        for other in c.quantities:
            io = interval(other)
            if _qkey(other) == _qkey(q) and io and iq and io[0] <= iq[1] and iq[0] <= io[1]:
                return True
    return False


def diversity(claims: list[Claim]) -> dict[str, object]:
    """Source diversity of one document (stored in `doc.meta["diversity"]`)."""
    used = [c for c in claims if not c.container]
    n = len(used)
    named = [c for c in used if c.origin and not c.origin.startswith("anonymous:")]
    counts = Counter(c.origin for c in named)
    names = {c.origin: c.origin_name for c in named}
    top = counts.most_common(1)
    return {
        "attributions": n,
        "sources": len(counts),
        "source_names": [names[k] for k, _ in counts.most_common()],
        "anonymous_share": round(sum(1 for c in used if c.origin.startswith("anonymous:")) / n, 3)
        if n else 0.0,
        "unnamed_share": round(sum(1 for c in used if not c.origin) / n, 3) if n else 0.0,
        "relayed_share": round(sum(1 for c in used if c.relayed) / n, 3) if n else 0.0,
        "top_source": names[top[0][0]] if top else None,
        "top_source_share": round(top[0][1] / n, 3) if top and n else 0.0,
    }
