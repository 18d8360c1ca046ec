"""Which claim pairs are worth scoring: blocking over an inverted index of key terms.

Scoring every pair of a corpus is quadratic (2,000 documents: 1.1 million candidate pairs, 18 s).
Two claims can only reach the edge score of `cluster.EDGE` (0.40) when they share a matter word
or a place: unit (0.15) and origin (0.10) together make 0.25. So claims are indexed by their
*primary keys* (bilingual concept ids `t:send`, canonical places `p:Kursk`) and only claims that
share a block are paired.

A block of more than `block_max` claims ("t:say", "p:Deutschland" in a large corpus) is not
paired all against all: it is split by the members' further keys, in a fixed order (other
terms and places, then the unit `u:soldier` and the origin `o:reg:pentagon`), so "t:send" +
"p:Kursk" or "t:send" + "u:soldier" become blocks of their own, down to `SPLIT_DEPTH` keys.
A block still too large at that depth pairs each member with its `block_max` nearest
neighbours in corpus order (a sorted-neighbourhood window), so near-copies relayed on the same
days still meet. Every member takes part in at most `block_max` pairs per block, which keeps the
number of pairs about linear in the corpus size.

What is lost: two claims whose only shared key is a very frequent one. Such a pair reaches the
edge score only when both have at most three matter words between them (Dice 2/3); the brute-force
check in tests/test_compare.py shows no such loss on the story set plus 100 Wikinews articles.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from itertools import combinations
from .normalize import Claim

#: largest block paired all against all; also the neighbour window of blocks that stay larger.
#: On the 995 shared Wikinews articles (4,281 claims, largest block 214) 100 scores 190,000
#: pairs instead of 286,000 (all pairs sharing a key) and changes 3 of 133 findings (it adds
#: them: weaker pairs no longer pull clusters together); 200 changes none but costs twice the
#: time once a corpus holds copies (5,000 documents: 2.8 million pairs)
BLOCK_MAX = 100
#: how many keys a block may be narrowed by before the neighbour window takes over
SPLIT_DEPTH = 3


@dataclass
class BlockStats:
    """What the blocking did (bench/compare.py prints it)."""

    keys: int = 0
    split: int = 0  # blocks larger than block_max that were narrowed by further keys
    windowed: int = 0  # blocks still too large at SPLIT_DEPTH, paired by neighbour window
    pairs: int = 0
    out_of_window: int = 0  # pairs skipped by the time window
    largest: int = 0
    notes: list[str] = field(default_factory=list)


def primary_keys(c: Claim) -> list[str]:
    """Keys that can make two claims the same matter: concept ids and places."""
    return sorted(["t:" + t for t in c.terms] + ["p:" + p for p in c.places])


def all_keys(c: Claim) -> list[str]:
    """Primary keys, then units and the origin (which only narrow a block: they sort last)."""
    extra = ["~u:" + u for u in c.units]
    if c.origin and not c.origin.startswith("anonymous:"):
        extra.append("~o:" + c.origin)
    return primary_keys(c) + sorted(extra)


def day_number(value: str | None) -> int | None:
    """Days since 0001-01-01 of an ISO date ("2024-10-28…"), None when there is none."""
    if not value or len(value) < 10:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None


def candidates(claims: list[Claim], *, block_max: int = BLOCK_MAX,
               window_days: int | None = None, stats: BlockStats | None = None) -> set[tuple[int, int]]:
    """Index pairs (i < j) of usable claims that share a block.

    Args:
        block_max: largest block paired all against all (see module docstring).
        window_days: skip pairs of dated claims more than this many days apart.
        stats: filled with counts when given.
    """
    stats = stats if stats is not None else BlockStats()
    keys: list[list[str]] = [[] if c.container else all_keys(c) for c in claims]
    rank: dict[str, int] = {k: r for r, k in enumerate(sorted({k for ks in keys for k in ks}))}
    ranked = [[rank[k] for k in ks] for ks in keys]  # ascending, like the keys
    days = [day_number(c.date) for c in claims] if window_days is not None else None
    index: dict[int, list[int]] = defaultdict(list)
    for i, ks in enumerate(keys):
        for k in ks:
            if not k.startswith("~"):
                index[rank[k]].append(i)
    stats.keys = len(index)
    small = {k for k, members in index.items() if len(members) <= block_max}
    out: set[tuple[int, int]] = set()

    def add(members: list[int]) -> None:
        out.update(combinations(members, 2))

    def block(members: list[int], last: int, depth: int) -> None:
        stats.largest = max(stats.largest, len(members))
        if len(members) <= block_max:
            add(members)
            return
        if depth >= SPLIT_DEPTH:
            stats.windowed += 1
            for pos, i in enumerate(members):
                out.update((i, j) for j in members[pos + 1:pos + 1 + block_max])
            return
        stats.split += 1
        narrower: dict[int, list[int]] = defaultdict(list)
        for i in members:
            for k in ranked[i]:
                if k > last and k not in small:  # a small block of its own: paired already
                    narrower[k].append(i)
        for k, sub in narrower.items():
            if len(sub) > 1:
                block(sub, k, depth + 1)

    for k, members in index.items():
        if len(members) > 1:
            block(members, k, 1)
    if days is not None:
        near = {(i, j) for i, j in out if days[i] is None or days[j] is None
                or abs(days[i] - days[j]) <= window_days}  # type: ignore[operator]
        stats.out_of_window = len(out) - len(near)
        out = near
    stats.pairs = len(out)
    return out
