"""A verb inside a statement noun's embedded clause frames nothing outside that clause.

`Die Warnung des Wetterdienstes, es drohten Überschwemmungen, wurde ernst genommen.`: the noun
frame (nominal.py) reads `es drohten Überschwemmungen` as the weather service's warning. A verb
frame that finds its cue and its speaker inside that clause (`drohten`, `Überschwemmungen`)
but its content outside it (`wurde ernst genommen`) crosses the clause boundary, which German
syntax does not allow: the nominal frame is preferred and the verb frame dropped. (The cue
`drohen` itself is writer V1's, cues.tsv; this keeps the fix on the frame side.)
"""

from __future__ import annotations

from ...model import Attribution

#: rules whose content is a statement noun's clause (nominal.py, according.py)
_NOUN_RULES = frozenset({"nominal_frame", "according_noun_clause"})


def prune_crossing(found: list[Attribution]) -> None:
    """Drop (in place) verb frames whose cue lies inside a noun frame's content while their
    own content lies wholly outside it."""
    clauses = [a.content.span for a in found if a.rule in _NOUN_RULES]
    if not clauses:
        return
    keep = []
    for att in found:
        cue = att.cue.span if att.cue is not None else None
        if att.rule not in _NOUN_RULES and cue is not None and any(
                c.start <= cue.start and cue.end <= c.end and not att.content.span.overlaps(c)
                for c in clauses):
            continue
        keep.append(att)
    found[:] = keep
