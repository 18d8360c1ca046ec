"""Limits and settings, read once from the environment; an options dataclass, not keywords."""

from __future__ import annotations

import os
from dataclasses import dataclass


def _env_int(name: str, default: int) -> int:
    try:
        return int(os.environ.get(name, default))
    except ValueError:
        return default


@dataclass(frozen=True)
class Limits:
    """Input limits. Oversized inputs are refused per document, never per run."""

    #: bytes of one input file / request body (CLAIMGRAPH_MAX_BYTES)
    max_bytes: int = 10_000_000
    #: characters of one paragraph analysed for attributions; longer ones are skipped by the
    #: attribution stage with a note in doc.meta["limits"] (the rules' cost grows with the
    #: square of a paragraph's length; the longest of 3,466 Wikinews paragraphs has 2,345)
    max_paragraph_chars: int = 10_000
    #: quotation spans kept per document
    max_quotes: int = 5_000

    @classmethod
    def from_env(cls) -> "Limits":
        return cls(
            max_bytes=_env_int("CLAIMGRAPH_MAX_BYTES", cls.max_bytes),
            max_paragraph_chars=_env_int("CLAIMGRAPH_MAX_PARAGRAPH_CHARS", cls.max_paragraph_chars),
            max_quotes=_env_int("CLAIMGRAPH_MAX_QUOTES", cls.max_quotes),
        )


LIMITS = Limits.from_env()
