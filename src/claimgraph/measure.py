"""Stage: quantities, dates and places (to be written)."""

from .model import Document


def measure(doc: Document) -> Document:
    return doc
