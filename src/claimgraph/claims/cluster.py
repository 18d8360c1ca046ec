"""Which claims are about the same matter: a pairwise score and average-link clusters.

The lexical score mixes four features (weights sum to 1.1, capped at 1):
  0.60 Dice overlap of bilingual concept keys (the matter: send/train/fight/lose …)
  0.25 Jaccard overlap of canonical places (Nordkorea = North Korea)
  0.15 a shared unit of counting (soldier, person, EUR …)
  0.10 the same original source
so a claim needs shared matter words, not just the same country and unit, to reach the cluster
threshold: "Russland hat 600'000 Soldaten verloren" and "Nordkorea schickt 10'000 Soldaten nach
Russland" share a place and a unit (0.15 + 0.10) and stay apart.

Candidate pairs come from blocking (`blocking.py`: an inverted index over concept keys and
places, large blocks narrowed by further keys), so the work grows about linearly with the corpus.
A pair that shares neither a matter word nor a place is never an edge (unit + origin = 0.25) and
is not kept, whether it was a candidate or not: blocked and exhaustive scoring agree.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable, NamedTuple

from .blocking import BLOCK_MAX, BlockStats, candidates
from .embed import Embedder
from .normalize import Claim

W_TERMS, W_PLACES, W_UNITS, W_ORIGIN = 0.60, 0.25, 0.15, 0.10
#: a pair at or above this score is an edge (same matter) — tuned on the seed and story set:
#: related pairs score 0.45..0.9, unrelated ones in the same article 0..0.3
EDGE = 0.40
#: two clusters merge when the mean score over all their pairs (missing = 0) reaches this
LINK = 0.30


class Pair(NamedTuple):
    """A scored pair of claim indices (a < b); a tuple because a corpus makes millions."""

    a: int
    b: int
    score: float
    terms: float  # Dice of concept keys alone (findings need shared matter words)


def _dice(x: frozenset[str], y: frozenset[str]) -> float:
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def _jaccard(x: frozenset[str], y: frozenset[str]) -> float:
    return len(x & y) / len(x | y) if x and y else 0.0


def score(a: Claim, b: Claim) -> tuple[float, float]:
    """(lexical score, term Dice) of two claims."""
    terms = _dice(a.terms, b.terms)
    s = W_TERMS * terms + W_PLACES * _jaccard(a.places, b.places)
    if a.units & b.units:
        s += W_UNITS
    if a.origin and a.origin == b.origin and not a.origin.startswith("anonymous:"):
        s += W_ORIGIN
    return min(s, 1.0), terms


def pairs(claims: list[Claim], embedder: Embedder | None = None, *,
          block_max: int = BLOCK_MAX, window_days: int | None = None,
          exhaustive: bool = False,
          stats: BlockStats | None = None) -> list[Pair]:
    """Scored pairs of usable claims (not containers) that share a matter word or place: the
    edges (score >= EDGE) best first, then the weaker pairs between claims that have an edge
    (what `cluster` needs), in no particular order.

    Args:
        block_max, window_days, stats: see `blocking.candidates`.
        exhaustive: score every pair instead of blocking (quadratic; the reference in tests).
    """
    use_embed = embedder is not None and embedder.available()
    if use_embed:
        embedder.fit([c.text for c in claims])  # type: ignore[union-attr]
    if exhaustive:
        todo: Iterable[tuple[int, int]] = combinations(range(len(claims)), 2)
    else:
        todo = candidates(claims, block_max=block_max, window_days=window_days, stats=stats)
    # score() inlined over precomputed parts: a corpus of 2,000 documents scores ~800,000 pairs,
    # where two calls and three set operations per pair were half of the comparison's time
    parts = [(c.terms, c.places, c.units,
              c.origin if c.origin and not c.origin.startswith("anonymous:") else None,
              not c.container) for c in claims]
    edges: list[Pair] = []
    weak: list[tuple[int, int, float, float]] = []
    for i, j in todo:
        ta, pa, ua, oa, ok_a = parts[i]
        tb, pb, ub, ob, ok_b = parts[j]
        if not (ok_a and ok_b):
            continue
        shared = len(ta & tb)
        placed = len(pa & pb)
        if not (shared or placed):
            continue  # not the same matter (at most unit + origin = 0.25)
        t = 2 * shared / (len(ta) + len(tb)) if shared else 0.0
        s = W_TERMS * t + W_PLACES * (placed / len(pa | pb) if placed else 0.0)
        if ua and not ua.isdisjoint(ub):
            s += W_UNITS
        if oa is not None and oa == ob:
            s += W_ORIGIN
        s = min(s, 1.0)
        if use_embed:
            s = max(s, (s + embedder.similarity(i, j)) / 2)  # type: ignore[union-attr]
        if s >= EDGE:
            edges.append(Pair(i, j, s, t))
        else:
            weak.append((i, j, s, t))
    edges.sort(key=lambda p: (-p.score, p.a, p.b))
    # a claim without an edge never joins a cluster, so its weaker pairs can never count in a
    # cluster mean: keep those only between claims that both have an edge (1 in 10 on 2,000 docs)
    linked = {x for p in edges for x in (p.a, p.b)}
    return edges + [Pair(*w) for w in weak if w[0] in linked and w[1] in linked]


def cluster(claims: list[Claim], scored: list[Pair]) -> list[list[int]]:
    """Average-link clusters (lists of claim indices, 2+ members) from scored pairs.

    Edges are taken best first; two clusters merge only when the mean score over all their
    member pairs reaches LINK, which stops one chain of look-alikes from gluing a story
    together.
    """
    # link[x][y]: summed score between clusters x and y, kept up to date on every merge, so a
    # merge test costs one lookup instead of |x| * |y| (clusters of copies reach hundreds).
    # Pairs of a claim without an edge can never count in a mean (see `pairs`)
    linked = {x for p in scored if p.score >= EDGE for x in (p.a, p.b)}
    link: dict[int, dict[int, float]] = {}
    for p in scored:
        if p.a not in linked or p.b not in linked:
            continue
        link.setdefault(p.a, {})[p.b] = p.score
        link.setdefault(p.b, {})[p.a] = p.score
    owner = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for p in scored:
        if p.score < EDGE:
            break
        ca, cb = owner[p.a], owner[p.b]
        if ca == cb:
            continue
        # sums are added in merge order; the margin keeps a mean of exactly LINK a merge
        if link[ca].get(cb, 0.0) < LINK * len(members[ca]) * len(members[cb]) - 1e-9:
            continue
        for x in members[cb]:
            owner[x] = ca
        members[ca].extend(members.pop(cb))
        into = link[ca]
        del into[cb]
        for k, v in link.pop(cb).items():
            if k != ca:
                into[k] = into.get(k, 0.0) + v
                near = link[k]
                near[ca] = near.get(ca, 0.0) + near.pop(cb)
    groups = [sorted(m) for m in members.values() if len(m) > 1]
    return sorted(groups, key=lambda g: g[0])
