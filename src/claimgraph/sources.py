"""Stage: source mentions -> entities (to be written)."""

from .model import Document


def resolve(doc: Document) -> Document:
    return doc
