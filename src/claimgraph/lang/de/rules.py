"""Attribution rules for this language (to be written)."""

from __future__ import annotations


def find(doc, paragraphs, pack):
    return []
