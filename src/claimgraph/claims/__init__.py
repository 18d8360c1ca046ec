"""Claims and their comparison: normalise (normalize.py), cluster (cluster.py, embed.py) and
judge (findings.py). `claimgraph.compare` is the entry point the pipeline and the store call."""

from .cluster import cluster, pairs, score
from .embed import Embedder
from .normalize import Claim, build_claims, extract_terms

__all__ = ["Claim", "Embedder", "build_claims", "cluster", "extract_terms", "pairs", "score"]
