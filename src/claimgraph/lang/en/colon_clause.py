"""Unquoted colon frames: 'The minister explained: the plant will close because demand fell.'

A subject, a speech verb (cues.tsv, class speech or belief) or a verb of answering
(colon_verbs.tsv), at most a short object or adverbial, then a colon and a clause of the
subject's own words without quotation marks. The clause must be finite (an auxiliary, a past
form or a present form after a subject): 'announced the winners: Smith, Jones and Lee' lists
names and reports nothing. Quoted words after a colon are read by the cue rules and quotes.py.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Span
from ..base import load_tsv
from .frames import IRREGULAR_PAST
from .paragraph import FOLDER
from .reading import AUX, Para, add_attribution, leading_subject, lexicon, trim

# the verb, then at most eight words of object/adverbial, then the colon and an unquoted clause
_FRAME = re.compile(
    r"""(?P<verb>[a-z]+(?:\s+(?:up|it|out))?)          # 'explained', 'summed up', 'put it', 'pointed out'
        (?P<obj>(?:\s+[\w'’,-]+){0,8}?)                # 'this argument', 'to the criticism', 'on Monday'
        \s*:$                                           # the colon (what follows is checked apart)
    """,
    re.VERBOSE,
)


@lru_cache(maxsize=1)
def _answering() -> frozenset[str]:
    return frozenset(r["word"] for r in load_tsv(FOLDER / "colon_verbs.tsv"))


def _is_frame_verb(verb: str) -> bool:
    cue = lexicon().cues.get(verb)
    return (cue is not None and cue.klass in ("speech", "belief")) or verb in _answering()


def _finite(clause: str) -> bool:
    """A clause with a verb: an auxiliary, a past form (regular or irregular) among its first words."""
    words = re.findall(r"[\w'’-]+", clause.lower())[:10]
    return len(words) >= 4 and any(w in AUX or w in IRREGULAR_PAST or re.fullmatch(r"[a-z]{3,}ed", w)
                                   for w in words[1:])


def colon_clause(p: Para, sent: Span) -> None:
    """'X explained: <clause>' / 'X rejected this argument: <clause>': X's words, indirect."""
    t = p.masked
    colon = t.find(":", sent.start, sent.end)
    if colon < 0 or any(a.content.span.start <= colon + 2 < a.content.span.end for a in p.found):
        return
    rest = t[colon + 1:sent.end]
    if re.match(r"\s*(?:Qq|[\"“”'‘])", rest) or not _finite(rest):
        return  # a quotation (the cue rules read it) or a list of names
    head = t[sent.start:colon + 1]
    best = None
    for m in re.finditer(r"(?<![\w'’-])(?=[a-z])", head):
        fm = _FRAME.match(head, m.start())
        if fm and _is_frame_verb(fm.group("verb")):
            best = fm
            break
    if best is None or re.search(r"\b(?:that|which|who|if|whether)\b", best.group("obj")):
        return  # ('said that …:' is another frame)
    verb_at = sent.start + best.start("verb")
    subject = leading_subject(p, Span(sent.start, verb_at), verb_at)
    if subject is None or subject.span is None or t[subject.span.end:verb_at].strip() not in (
            "", "also", "later", "then", "simply", "bluntly"):
        return  # the subject must stand right before the verb
    c = trim(t, colon + 1, sent.end)
    add_attribution(p, "indirect", c, (verb_at, sent.start + best.end("verb")), subject, "colon_clause")
