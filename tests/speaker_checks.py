"""Shared by the German speaker tables (test_de_wave2, test_de_wave4): find the attribution
holding a content fragment and compare its source, so each table file only lists sentences."""

from __future__ import annotations

from claimgraph import analyze


def find(doc, fragment):
    """The first attribution whose content contains `fragment`, or None."""
    for att in doc.attributions:
        if fragment in att.content.text:
            return att
    return None


def label(src) -> str:
    """`text | name` of a source; "" for none or an anonymous one without a role."""
    return "" if src is None or (src.type == "anonymous" and not src.role) else \
        f"{src.text} | {src.name}"


def check_speaker(text: str, content: str, source: str, wrong: str | None) -> None:
    """The attribution with `content` has a source containing `source` ("" = none) and not
    `wrong`."""
    doc = analyze(text, lang="de")
    att = find(doc, content)
    assert att is not None, [a.content.text for a in doc.attributions]
    got = label(att.source) if not source or att.source is None else \
        f"{att.source.text} | {att.source.name}"
    if source:
        assert source in got
    else:
        assert got == ""
    if wrong:
        assert wrong not in got


def check_silent(text: str, content: str, wrong: str) -> None:
    """No attribution with `content` names `wrong` as its source."""
    doc = analyze(text, lang="de")
    bad = [(a.content.text, label(a.source)) for a in doc.attributions
           if content in a.content.text and wrong in label(a.source)]
    assert not bad
