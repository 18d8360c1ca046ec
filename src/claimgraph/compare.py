"""Stage: findings within a document (to be written)."""

from .model import Document


def compare_document(doc: Document) -> Document:
    return doc
