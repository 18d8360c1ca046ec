"""The language-independent attribution engine.

Each paragraph is given to the pack of its language (`Paragraph.lang`); the pack's rules
return candidate attributions; the engine then resolves overlaps and fills `doc.attributions`
in text order. Source mentions carry what the rules could see (name, role, affiliation, type);
`sources.resolve` canonicalises them and builds entities afterwards.
"""

from __future__ import annotations

from collections import defaultdict

from .lang.base import get_pack
from .model import Attribution, Document


def attribute(doc: Document) -> Document:
    """Stage: find attributions in every paragraph with the pack of its language."""
    by_lang: dict[str, list[int]] = defaultdict(list)
    for i, para in enumerate(doc.paragraphs):
        by_lang[para.lang or doc.lang or "de"].append(i)
    found: list[Attribution] = []
    for code, indices in by_lang.items():
        pack = get_pack(code)
        for att in pack.find(doc, indices, pack):
            att.lang = att.lang or code
            found.append(att)
    found.sort(key=lambda a: (a.content.span.start, a.content.span.end))
    doc.attributions = found
    return doc
