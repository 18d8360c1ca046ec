"""Shared by the resolve-side name tests: a Document with one attribution per written mention,
resolved, so a test table only lists text, mentions and the names it expects."""

from __future__ import annotations

import re

from claimgraph.model import Attribution, Document, SourceMention, Span, TextSpan
from claimgraph.sources import resolve


def resolved_names(text: str, mentions: list[str], lang: str, *, last: bool = False
                   ) -> list[str | None]:
    """Resolve `text` with an attribution per mention: the n-th occurrence of a repeated mention
    (or its last occurrence with `last`); the word after each mention is its cue."""
    doc = Document(text, lang=lang)
    seen: dict[str, int] = {}
    for written in mentions:
        if last:
            start = text.rindex(written)
        else:
            found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", text)]
            start = found[seen.get(written, 0)]
            seen[written] = seen.get(written, 0) + 1
        span = Span(start, start + len(written))
        word = re.compile(r"\s*(\w+)").match(text, span.end)
        cue = TextSpan(word.group(1), Span(word.start(1), word.end(1))) if word else None
        doc.attributions.append(Attribution(
            "indirect", TextSpan(text[span.end:span.end + 5], Span(span.end, span.end + 5)),
            cue=cue, source=SourceMention(written, span, written), lang=lang))
    return [a.source.name for a in resolve(doc).attributions]
