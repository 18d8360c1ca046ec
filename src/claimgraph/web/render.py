"""Article markup: a Document's text as HTML with its attributions, cues and quantities marked.

Safety rests on one rule: the only HTML produced here is tags we write ourselves; every piece
of article text goes through `markupsafe.escape` first, and every attribute value too. Spans
may overlap in any way (a quantity inside a quote, a cue inside a mixed quote, spans from an
uploaded JSON that make no sense), so marks are closed and reopened at each boundary to keep
the HTML well-formed; pieces of one attribution share `data-att` so the page treats them as one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable

from markupsafe import Markup, escape

from ..model import KINDS, Attribution, Document, Paragraph, Span

#: Legend order and labels (the colours live in static/style.css as `.k-<kind>`).
KIND_LABELS: dict[str, str] = {
    "direct": "direct quote",
    "indirect": "indirect speech",
    "mixed": "mixed (partial quote)",
    "according_to": "according to …",
    "reportative": "hearsay (sollen / reportedly)",
    "embed": "embedded post",
}
NO_SOURCE = "(no named source)"

#: Bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+061C): shown as visible
#: markers instead of being passed to the browser, where they could reorder what the reader
#: sees ("Trojan Source" spoofing). Offsets are unaffected: this only changes the rendering.
BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c")


_BIDI_VISIBLE = {ord(ch): f"[U+{ord(ch):04X}]" for ch in BIDI_CONTROLS}


def inert(text: str) -> Markup:
    """Escaped text with bidi controls replaced by visible `[U+202E]` markers.

    Plain text (no tags), so it is safe in element content and in attribute values alike.
    """
    return escape(text.translate(_BIDI_VISIBLE))


def finalize(value: object) -> object:
    """Jinja2 `finalize`: every printed value goes through `inert` unless it is Markup already."""
    if isinstance(value, Markup) or not isinstance(value, str):
        return value
    return inert(value)


@dataclass
class Mark:
    """One inline element over `[start, end)`; lower `rank` nests outside higher ranks."""

    start: int
    end: int
    rank: int
    classes: str
    attrs: dict[str, str] = field(default_factory=dict)
    #: id attribute given to the first piece only (so "#att-a4" scrolls to its start)
    anchor: str | None = None

    def open_tag(self, first: bool) -> str:
        parts = [f'class="{escape(self.classes + ("" if first else " cont"))}"']
        if first and self.anchor:
            parts.append(f'id="{escape(self.anchor)}"')
        parts += [f'{escape(k)}="{inert(v)}"' for k, v in self.attrs.items()]
        return f"<span {' '.join(parts)}>"


@dataclass
class SourceGroup:
    """The statements of one source (an entity, or a name when no entity was resolved)."""

    key: str
    name: str
    type: str
    role: str | None = None
    affiliation: str | None = None
    attributions: list[Attribution] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.attributions)


def _clip(span: Span | None, length: int) -> tuple[int, int] | None:
    """A span clipped to the text, or None when nothing of it is left."""
    if span is None:
        return None
    start, end = max(0, span.start), min(length, span.end)
    return (start, end) if start < end else None


def source_groups(doc: Document) -> list[SourceGroup]:
    """Attributions grouped by source entity (by name where no entity), most statements first."""
    groups: dict[str, SourceGroup] = {}
    for att in doc.attributions:
        src = att.source
        if src is None:
            ident, name, typ, role, aff = "-", NO_SOURCE, "anonymous", None, None
        else:
            ident = f"e:{src.entity}" if src.entity else f"n:{(src.name or src.text).lower()}"
            ent = doc.entity(src.entity)
            name = (ent.name if ent else None) or src.name or src.text or NO_SOURCE
            typ = (ent.type if ent else None) or src.type
            role = (ent.role if ent else None) or src.role
            aff = (ent.affiliation if ent else None) or src.affiliation
        if ident not in groups:
            groups[ident] = SourceGroup(key="", name=name, type=typ, role=role, affiliation=aff)
        groups[ident].attributions.append(att)
    ordered = sorted(groups.values(), key=lambda g: (g.name == NO_SOURCE, -g.count, g.name.lower()))
    for i, group in enumerate(ordered, 1):
        group.key = f"s{i}"
    return ordered


def source_key_by_attribution(groups: Iterable[SourceGroup]) -> dict[str, str]:
    return {att.id: g.key for g in groups for att in g.attributions}


def marks_for(doc: Document, prefix: str = "", groups: list[SourceGroup] | None = None) -> list[Mark]:
    """All inline marks of a document: statements, source mentions, relays, cues, quantities."""
    n = len(doc.text)
    skey = source_key_by_attribution(groups if groups is not None else source_groups(doc))
    marks: list[Mark] = []
    for att in doc.attributions:
        kind = att.kind if att.kind in KINDS else "other"
        common = {"data-att": f"{prefix}{att.id}", "data-src": skey.get(att.id, "")}
        content = _clip(att.content.span if att.content else None, n)
        if content:
            marks.append(Mark(*content, rank=0, classes=f"att k-{kind}",
                              attrs={**common, "data-kind": kind, "tabindex": "0",
                                     "title": f"{KIND_LABELS.get(kind, kind)}: click for the source"},
                              anchor=f"{prefix}att-{att.id}"))
        parts = [(att.source, 1, "src"), *((via, 1, "via") for via in att.via), (att.cue, 2, "cue")]
        for part, rank, cls in parts:
            span = _clip(part.span, n) if part else None
            if span:
                marks.append(Mark(*span, rank=rank, classes=cls, attrs=dict(common)))
    for q in doc.quantities:
        span = _clip(q.span, n)
        if span:
            value = "?" if q.value is None else f"{q.value:,}".replace(",", "\u202f")
            tip = " ".join(x for x in (q.qualifier, value, q.unit or "") if x).strip()
            marks.append(Mark(*span, rank=3, classes="qty", attrs={"title": tip}))
    return marks


def markup(text: str, start: int, end: int, marks: list[Mark]) -> Markup:
    """HTML of `text[start:end]` with `marks` (clipped to the range), always well-formed."""
    inside = [m for m in marks if m.start < end and start < m.end]
    cuts = {start, end}
    for m in inside:
        cuts.update((max(m.start, start), min(m.end, end)))
    bounds = sorted(cuts)
    out: list[str] = []
    stack: list[Mark] = []
    for a, b in zip(bounds, bounds[1:]):
        want = sorted((m for m in inside if m.start <= a < m.end),
                      key=lambda m: (m.rank, m.start, -m.end))
        keep = 0
        while keep < len(stack) and keep < len(want) and stack[keep] is want[keep]:
            keep += 1
        out.extend("</span>" for _ in stack[keep:])
        stack = stack[:keep]
        for m in want[keep:]:
            # the piece that starts at the mark's own start is the first (carries the anchor)
            out.append(m.open_tag(first=a == m.start))
            stack.append(m)
        out.append(str(inert(text[a:b])))
    out.extend("</span>" for _ in stack)
    return Markup("".join(out))


@dataclass
class Block:
    """A paragraph ready for the template: kind (headline | subhead | body | embed) + HTML."""

    kind: str
    html: Markup
    embed: dict[str, Any] | None = None
    lang: str | None = None
    #: for embed cards: the paragraphs inside the post
    lines: list[Markup] = field(default_factory=list)


def _paragraphs(doc: Document) -> list[Paragraph]:
    if doc.paragraphs:
        return doc.paragraphs
    from ..segment import paragraphs

    return paragraphs(doc.text)


def blocks(doc: Document, prefix: str = "", groups: list[SourceGroup] | None = None) -> list[Block]:
    """The article as blocks; paragraphs inside an embedded post are gathered into one card."""
    marks = marks_for(doc, prefix, groups)
    n = len(doc.text)
    embeds = sorted(doc.embeds, key=lambda e: e.span.start)
    out: list[Block] = []
    card: Block | None = None
    card_end = -1
    for para in _paragraphs(doc):
        span = _clip(para.span, n)
        if span is None:
            continue
        html = markup(doc.text, span[0], span[1], marks)
        post = next((e for e in embeds if e.span.start <= span[0] < e.span.end), None)
        if post is not None:
            if card is None or span[0] >= card_end:
                card = Block("embed", Markup(""), embed=post.to_dict(), lang=para.lang)
                card_end = post.span.end
                out.append(card)
            card.lines.append(html)
            continue
        card = None
        kind = para.kind if para.kind in ("headline", "subhead", "body", "embed") else "body"
        out.append(Block(kind, html, lang=para.lang))
    return out


def kinds_present(doc: Document) -> list[str]:
    return [k for k in KINDS if any(a.kind == k for a in doc.attributions)]


def via_chain(att: Attribution) -> str:
    """'Rutte → CNN': the source first, then the relays from innermost to outermost."""
    names = [att.source.name or att.source.text] if att.source else []
    names += [v.name for v in reversed(att.via)]
    return " → ".join(names)


def short(text: str, limit: int = 110) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def article_context(doc: Document, prefix: str = "") -> dict[str, Any]:
    """Everything article.html needs for one document."""
    from .graph import source_graph_svg

    groups = source_groups(doc)
    return {
        "doc": doc,
        "prefix": prefix,
        "blocks": blocks(doc, prefix, groups),
        "groups": groups,
        "source_key": source_key_by_attribution(groups),
        "kinds": KIND_LABELS,
        "kinds_present": kinds_present(doc),
        "graph": source_graph_svg(doc, prefix),
        "via_chain": via_chain,
        "short": short,
    }
