"""The source graph as SVG: sources on the left, relaying outlets in the middle, statements right.

A fixed three-layer layout computed in Python keeps the page free of a JS graph library (and
of npm): sources are ordered by how much they say, statements follow their source's order,
and each relay sits at the mean height of the statements it carries, which removes most
crossings in news articles (where one relay rarely carries statements of many sources).
Every label is escaped; styling comes from classes in static/style.css (CSP allows no inline
styles).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from markupsafe import Markup, escape

from ..model import KINDS, Document
from .render import NO_SOURCE, inert, source_groups

ROW = 26          # px between node centres
TOP = 34          # px above the first row (column titles)
COLS = (8, 330, 520)
WIDTHS = (240, 150, 420)
BOX_H = 20


@dataclass
class Node:
    key: str
    label: str
    col: int
    row: float = 0.0
    css: str = ""
    title: str = ""
    href: str | None = None
    data_src: str | None = None

    @property
    def y(self) -> float:
        return TOP + self.row * ROW

    def svg(self) -> str:
        x, w = COLS[self.col], WIDTHS[self.col]
        label = _fit(self.label, w)
        attrs = f' data-src="{escape(self.data_src)}"' if self.data_src else ""
        body = (
            f'<g class="node {escape(self.css)}"{attrs}>'
            f"<title>{inert(self.title or self.label)}</title>"
            f'<rect x="{x}" y="{self.y - BOX_H / 2:.1f}" width="{w}" height="{BOX_H}" rx="4"/>'
            f'<text x="{x + 6}" y="{self.y + 4:.1f}">{inert(label)}</text></g>'
        )
        if self.href:
            return f'<a href="{escape(self.href)}">{body}</a>'
        return body


def _fit(text: str, width: int) -> str:
    """Cut a label to the box (about 6.6 px per character at the CSS font size)."""
    limit = max(4, int(width / 6.6))
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _edge(a: Node, b: Node, weight: int) -> str:
    x1 = COLS[a.col] + WIDTHS[a.col]
    x2 = COLS[b.col]
    if b.col <= a.col:  # relay to relay in the same column: loop out to the right
        x1, x2 = COLS[a.col] + WIDTHS[a.col], COLS[b.col] + WIDTHS[b.col]
    mid = (x1 + x2) / 2 if b.col > a.col else x1 + 40
    width = min(1 + weight, 5)
    return (f'<path class="edge" stroke-width="{width}" d="M{x1},{a.y:.1f} C{mid},{a.y:.1f} '
            f'{mid},{b.y:.1f} {x2},{b.y:.1f}"/>')


def source_graph_svg(doc: Document, prefix: str = "") -> Markup:
    """An `<svg>` element (as Markup) drawing who said what through whom in `doc`."""
    if not doc.attributions:
        return Markup("")
    groups = source_groups(doc)
    sources: list[Node] = []
    statements: list[Node] = []
    relays: dict[str, Node] = {}
    relay_rows: dict[str, list[float]] = {}
    edges: dict[tuple[str, str], int] = {}
    nodes: dict[str, Node] = {}
    for g in groups:
        who = g.name if g.name != NO_SOURCE else "no named source"
        src = Node(f"S{g.key}", f"{who} ({g.count})", 0, css=f"t-{g.type}", data_src=g.key,
                   title=", ".join(x for x in (g.name, g.role, g.affiliation, g.type) if x))
        sources.append(src)
        for att in g.attributions:
            kind = att.kind if att.kind in KINDS else "other"
            text = att.content.text if att.content else ""
            st = Node(f"A{att.id}", f"{att.id} {text}", 2, css=f"k-{kind}",
                      title=f"{att.id} ({kind}): {text}", href=f"#{prefix}att-{att.id}")
            statements.append(st)
            chain = [src.key]
            for via in reversed(att.via):  # innermost relay first
                rkey = f"R{via.entity or via.name.lower()}"
                if rkey not in relays:
                    relays[rkey] = Node(rkey, via.name, 1, css=f"t-{via.type}", title=via.name)
                relay_rows.setdefault(rkey, []).append(len(statements) - 1)
                chain.append(rkey)
            chain.append(st.key)
            for a, b in zip(chain, chain[1:]):
                if a != b:
                    edges[(a, b)] = edges.get((a, b), 0) + 1
    for i, st in enumerate(statements):
        st.row = i
    # sources: centred on their statements; relays: at the mean row of what they carry
    row = 0
    for src, g in zip(sources, groups):
        src.row = max(row, row + (g.count - 1) / 2)
        row += g.count
    _spread(sorted(relays.values(), key=lambda r: sum(relay_rows[r.key]) / len(relay_rows[r.key])),
            relay_rows)
    for n in (*sources, *relays.values(), *statements):
        nodes[n.key] = n
    rows = max([len(statements), 1] + [int(r.row) + 1 for r in relays.values()])
    height = TOP + rows * ROW
    width = COLS[2] + WIDTHS[2] + 8
    parts = [
        f'<svg class="graph" xmlns="http://www.w3.org/2000/svg" role="img" '
        f'viewBox="0 0 {width} {height}" width="{width}" height="{height}">',
        "<title>Source graph: who said what, through whom</title>",
        f'<text class="col-title" x="{COLS[0]}" y="16">sources</text>',
        f'<text class="col-title" x="{COLS[1]}" y="16">relayed by</text>',
        f'<text class="col-title" x="{COLS[2]}" y="16">statements</text>',
    ]
    parts += [_edge(nodes[a], nodes[b], w) for (a, b), w in edges.items()]
    parts += [n.svg() for n in (*sources, *relays.values(), *statements)]
    parts.append("</svg>")
    return Markup("".join(parts))


def _spread(ordered: Iterable[Node], rows_of: dict[str, list[int]]) -> None:
    """Place relays at their mean statement row, pushing down so boxes never overlap."""
    last = -1.0
    for node in ordered:
        want = sum(rows_of[node.key]) / len(rows_of[node.key])
        node.row = max(want, last + 1)
        last = node.row
