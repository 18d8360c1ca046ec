"""Shared by the German frame tables: a source as one label, and the check of one
`(text, content, outside, source)` row, so each table file only lists sentences."""

from __future__ import annotations

from claimgraph import analyze


def label(src) -> str:
    """`text | name` of a source, "" for none: one string a row's expected source is in."""
    return "" if src is None else f"{src.text} | {src.name}"


def source_of(text: str, piece: str) -> str | None:
    """`text name` of the source of the German attribution whose content holds `piece`
    ("" for none; None: no such attribution)."""
    for att in analyze(text, lang="de").attributions:
        if piece in att.content.text:
            src = att.source
            return "" if src is None else f"{src.text} {src.name}"
    return None


def check_found(text: str, content: str, outside: str, source: str) -> None:
    """An attribution holds `content` and not `outside`; its source label contains `source`
    (an empty `source`: the attribution has no source)."""
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    att = hits[0]
    if outside:
        assert outside not in att.content.text
    if source:
        assert source in label(att.source)
    else:
        assert label(att.source) == ""
