"""Which claims are about the same matter: a pairwise score and average-link clusters.

The lexical score mixes four features (weights sum to 1.1, capped at 1):
  0.60 Dice overlap of bilingual concept keys (the matter: send/train/fight/lose …)
  0.25 Jaccard overlap of canonical places (Nordkorea = North Korea)
  0.15 a shared unit of counting (soldier, person, EUR …)
  0.10 the same original source
so a claim needs shared matter words, not just the same country and unit, to reach the cluster
threshold: "Russland hat 600'000 Soldaten verloren" and "Nordkorea schickt 10'000 Soldaten nach
Russland" share a place and a unit (0.15 + 0.10) and stay apart.

Candidate pairs come from an inverted index over terms, places and units, skipping keys held by
very many claims, so a corpus of 10,000 claims is not compared all against all.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from itertools import combinations

from .embed import Embedder
from .normalize import Claim

W_TERMS, W_PLACES, W_UNITS, W_ORIGIN = 0.60, 0.25, 0.15, 0.10
#: a pair at or above this score is an edge (same matter) — tuned on the seed and story set:
#: related pairs score 0.45..0.9, unrelated ones in the same article 0..0.3
EDGE = 0.40
#: two clusters merge when the mean score over all their pairs (missing = 0) reaches this
LINK = 0.30
#: an index key held by more claims than this (and by more than 5 % of them) is not a block
BLOCK_MAX = 200


@dataclass(frozen=True)
class Pair:
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


def _candidates(claims: list[Claim]) -> set[tuple[int, int]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        keys = {"t:" + t for t in c.terms} | {"p:" + p for p in c.places}
        for key in keys:
            index[key].append(i)
    limit = max(BLOCK_MAX, len(claims) // 20)
    pairs: set[tuple[int, int]] = set()
    for members in index.values():
        if 1 < len(members) <= limit:
            pairs.update(combinations(members, 2))
    return pairs


def pairs(claims: list[Claim], embedder: Embedder | None = None) -> list[Pair]:
    """Scored candidate pairs of usable claims (not containers), best first."""
    use_embed = embedder is not None and embedder.available()
    if use_embed:
        embedder.fit([c.text for c in claims])  # type: ignore[union-attr]
    out: list[Pair] = []
    for i, j in _candidates(claims):
        a, b = claims[i], claims[j]
        if a.container or b.container:
            continue
        s, t = score(a, b)
        if use_embed:
            s = max(s, (s + embedder.similarity(i, j)) / 2)  # type: ignore[union-attr]
        out.append(Pair(i, j, s, t))
    out.sort(key=lambda p: (-p.score, p.a, p.b))
    return out


def cluster(claims: list[Claim], scored: list[Pair]) -> list[list[int]]:
    """Average-link clusters (lists of claim indices, 2+ members) from scored pairs.

    Edges are taken best first; two clusters merge only when the mean score over all their
    member pairs reaches LINK, which stops one chain of look-alikes from gluing a story
    together.
    """
    sim = {(p.a, p.b): p.score for p in scored}
    owner = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    for p in scored:
        if p.score < EDGE:
            break
        ca, cb = owner[p.a], owner[p.b]
        if ca == cb:
            continue
        total = sum(sim.get((min(x, y), max(x, y)), 0.0) for x in members[ca] for y in members[cb])
        if total / (len(members[ca]) * len(members[cb])) < LINK:
            continue
        for x in members[cb]:
            owner[x] = ca
        members[ca].extend(members.pop(cb))
    groups = [sorted(m) for m in members.values() if len(m) > 1]
    return sorted(groups, key=lambda g: g[0])
