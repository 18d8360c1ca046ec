"""Shared by the cue tables: the attribution a cue makes, the check of one English
`(text, cue, content, speaker)` row, and all the words of a cue in pieces."""

from __future__ import annotations

from claimgraph import analyze


def cue_words(cue) -> str:
    """All words of a cue: `words` of a cue in pieces ("teilte mit"), else its `text`."""
    return getattr(cue, "words", "") or cue.text


def first_with_cue(doc, cue: str):
    """The first attribution of `doc` whose cue is `cue`, or None."""
    return next((a for a in doc.attributions if a.cue and a.cue.text == cue), None)


def by_cue(text: str, cue: str):
    """The attribution whose cue is `cue` (the first one) in English `text`, or None."""
    return first_with_cue(analyze(text, lang="en"), cue)


def check_cue_row(text: str, cue: str, content: str | None, speaker: str) -> None:
    """content None: the cue reports nothing; else the cue's attribution holds `content`, and
    its source text holds `speaker` ("" = no source at all)."""
    att = by_cue(text, cue)
    if content is None:
        assert att is None, f"unexpected {att.kind} {att.content.text!r}"
        return
    assert att is not None, f"no attribution for {cue!r}"
    assert content in att.content.text
    if speaker:
        assert att.source is not None and speaker in att.source.text
    else:
        assert att.source is None
