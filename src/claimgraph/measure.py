"""Stage `measure`: quantities, dates and places of a document, each linked to its attribution.

Runs after `resolve`. Every paragraph is read with its own language (an English post inside a
German article reads `10,000` the English way); a number that the quantity scanner takes
(`2019 Soldaten`) is not also a date, a bare year (`2019 fand …`) is only a date. Each found
item points to the innermost attribution whose content span contains it, so a later stage can
say which source gave which figure; items outside any attribution keep `attribution=None`.
"""

from __future__ import annotations

from typing import Iterable

from .dates import find_dates, parse_base
from .model import Attribution, Document, Mention, Quantity, Span
from .places import find_places
from .quantities import find_quantities


def _ensure_ids(doc: Document) -> None:
    """Give attributions ids `a1..` in list order when they have none yet.

    `pipeline.finalize` numbers in the same order, so these ids survive it unchanged.
    """
    if any(not a.id for a in doc.attributions):
        for i, att in enumerate(doc.attributions, 1):
            att.id = f"a{i}"


def _blocks(doc: Document) -> Iterable[tuple[int, int, str | None]]:
    """(start, end, lang) of each paragraph, or the whole text when there are none."""
    if not doc.paragraphs:
        yield 0, len(doc.text), doc.lang
        return
    for para in doc.paragraphs:
        yield para.span.start, para.span.end, para.lang or doc.lang


class _Linker:
    """Innermost attribution whose content span contains a span (attributions sorted once)."""

    def __init__(self, atts: list[Attribution]):
        self.atts = sorted((a for a in atts if a.content and a.content.span),
                           key=lambda a: len(a.content.span))

    def __call__(self, span: Span) -> str | None:
        for att in self.atts:  # smallest first: the innermost one wins
            if att.content.span.contains(span):
                return att.id or None
        return None


def _overlaps_any(span: Span, taken: list[Span]) -> bool:
    return any(span.overlaps(t) for t in taken)


def measure(doc: Document) -> Document:
    """Stage: fill `doc.quantities` and the date/place entries of `doc.mentions`.

    >>> from claimgraph.model import Document
    >>> d = measure(Document("Laut Pentagon sind etwa 10'000 Soldaten in Kursk.", lang="de"))
    >>> [(q.value, q.unit_key) for q in d.quantities], [m.value for m in d.mentions]
    ([(10000, 'soldier')], ['Kursk'])
    """
    _ensure_ids(doc)
    link = _Linker(doc.attributions)
    base = parse_base(doc.meta.get("date"))
    text = doc.text
    quantities: list[Quantity] = []
    mentions: list[Mention] = []
    for start, end, lang in _blocks(doc):
        found = find_quantities(text, start, end, lang)
        dates = find_dates(text, start, end, lang, base)
        # 'vor drei Tagen' is a date, not three days; '2019 Soldaten' is a count, not a year
        counted = [q.span for q in found if q.unit_key]
        dates = [d for d in dates
                 if not (d.form == "year" and _overlaps_any(Span(d.start, d.end), counted))]
        date_spans = [Span(d.start, d.end) for d in dates]
        for q in found:
            if _overlaps_any(q.span, date_spans):
                continue
            q.attribution = link(q.span)
            quantities.append(q)
        for d, span in zip(dates, date_spans):
            mentions.append(Mention(text[d.start:d.end], span, "date", d.value, link(span)))
        for p in find_places(text, start, end, lang=lang):
            span = Span(p.start, p.end)
            mentions.append(Mention(text[p.start:p.end], span, "place", p.place.name, link(span)))
    # keep mentions other stages may have added (kinds other than ours)
    others = [m for m in doc.mentions if m.kind not in ("date", "place")]
    doc.quantities = quantities
    doc.mentions = sorted(others + mentions, key=lambda m: (m.span.start, m.span.end))
    return doc
