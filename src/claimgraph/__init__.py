"""claimgraph: who says so, and through whom? Attribution graphs from news text."""

from .errors import ClaimgraphError, InputError, StoreError, UnsupportedLanguage
from .model import Attribution, Document, Embed, Entity, Finding, Quantity, SourceMention, Span
from .pipeline import analyze, analyze_many
from .store import open_store

__version__ = "0.1.0"

__all__ = sorted([
    "Attribution", "ClaimgraphError", "Document", "Embed", "Entity", "Finding", "InputError",
    "Quantity", "SourceMention", "Span", "StoreError", "UnsupportedLanguage", "__version__",
    "analyze", "analyze_many", "open_store",
])
