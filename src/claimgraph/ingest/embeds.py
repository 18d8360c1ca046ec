"""Embedded social posts (to be written)."""

from ..model import Document


def detect_embeds(doc: Document) -> Document:
    return doc
