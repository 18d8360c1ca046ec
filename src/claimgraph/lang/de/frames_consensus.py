"""German consensus frames: `Unter den Experten herrschte Konsens, dass …`, `Konsens war, dass …`,
`Es bestand Einigkeit darüber, dass …`.

A shared view is reported like a statement: the group that agrees (in an `unter/bei/zwischen`
phrase of the same clause) is the source, and without one nobody is named. The content is the
dass-clause only, never the frame. Called from nominal.py.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, SourceMention
from ..common import content, make, MAX_CUES, text_span, Unit
from .clauses import Ctx, _unwrap
from .mentions import NP

#: the consensus noun, then (within its clause) "darüber", and the dass-clause after a comma
_CONSENSUS = re.compile(r"""(?<![\w-])(?P<cue>Konsens|Einigkeit|Einvernehmen|Übereinstimmung|
                                         Einverständnis)
                            (?P<mid>[^,;:.!?]{0,80}?)\s*,\s*(?P<lead>dass|daß)\s+""", re.VERBOSE)
#: a verb that states the consensus (not "Der Konsens, dass …, zerbrach")
_STATES = re.compile(r"""(?<![\w-])(?:herrschte|herrscht|herrschten|bestand|besteht|bestehe|war|
                                     ist|sei|gab\s+es|gibt\s+es|es\s+gab|es\s+gibt|erzielt|
                                     erzielten|erzielte|fanden|fand)(?![\w-])""", re.VERBOSE)
#: the group that agrees: "unter den Experten", "bei den Teilnehmern", "zwischen Bund und Ländern"
_GROUP = re.compile(rf"(?<![\w-])(?:[Uu]nter|[Bb]ei|[Zz]wischen|[Ii]nnerhalb)\s+(?P<np>{NP}"
                    rf"(?:\s+und\s+{NP})?)")


#: a comma and a connector that opens the next main clause
_NEXT_MAIN = re.compile(r",\s*(?:allerdings|aber|doch|jedoch|sondern|während|wobei|zumal|"
                        r"gleichwohl|trotzdem)(?![\w-])")


def consensus(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Consensus-frame candidates in one unit (`m` is its masked text)."""
    base = unit.span.start
    for cm in islice(_CONSENSUS.finditer(m), MAX_CUES):
        cs = max(m.rfind(c, 0, cm.start()) for c in ",;:") + 1
        clause = m[cs:cm.start("lead")]
        if _STATES.search(clause) is None:
            continue
        gm = _GROUP.search(clause)
        src = _unwrap(ctx, gm.group("np"), base + cs + gm.start("np")) if gm else \
            _group_before(ctx)
        start = cm.end()
        end = ctx.lx.content_end(m, start)
        stop = _NEXT_MAIN.search(m, start, end)  # ", allerdings schrieb …": a main clause again
        body = content(ctx.doc, base + start, base + (stop.start() if stop else end))
        if body is None or len(body.text.split()) < 3:
            continue
        yield make("indirect", body, cue=text_span(ctx.doc, base + cm.start("cue"),
                   base + cm.end("cue")), source=src, rule="nominal_consensus")


#: a sentence that opens with the group and a verb of a state of opinion: "Unter den
#: Beobachtern herrscht Zwietracht, wer … So gibt es zwar einen Konsens darüber, dass …"
_GROUP_LEAD = re.compile(rf"""\s*(?:[Uu]nter|[Bb]ei|[Zz]wischen|[Ii]nnerhalb)\s+(?P<np>{NP})\s+
                              (?:herrscht|herrschte|besteht|bestand|gibt\s+es|gab\s+es)
                              (?![\w-])""", re.VERBOSE)


def _group_before(ctx: Ctx) -> SourceMention | None:
    """The group of the sentence before when it opens with `Unter X herrscht …` (the consensus
    sentence then goes on about the same group's views)."""
    prev = ctx.state.previous
    if prev is None:
        return None
    gm = _GROUP_LEAD.match(ctx.doc.text, prev.start, prev.end)
    return _unwrap(ctx, gm.group("np"), gm.start("np")) if gm else None
