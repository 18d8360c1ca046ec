"""Nested reports: an outlet's frame around someone else's speech passes the claim on.

`Interfax reported officials said the bridge was unsafe` holds two cues. The outer one
(`reported`) has the whole rest of the sentence as its content, the inner one (`said`) only the
clause after it. Both share most of their words, so the engine keeps one of them: the longer,
the outlet's. By English grammar the outer content is a clause whose subject is the inner
speaker; the claim is the inner speaker's and the outlet only relays it (`via`), just as in
`X told Reuters` or `…, Reuters reported, citing Y`. The same holds for a reporter of a named
outlet (`An Al Jazeera reporter noted local media said …`: via Al Jazeera) and for `claims`,
`wrote`, `noted` in place of `reported`.

When the outer speaker is no outlet (`The mayor said police told him …`) nothing changes: a
person who passes on a claim is not a relay in the output contract (`via` lists outlets).

The pass runs per paragraph before `rules._tidy`, at which point source types come from the
mention parser only (`NDTV` is an acronym there, `Znak.com` a name), so outlets are checked
against the English outlet list and the shared registry as well.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Attribution, Document, SourceMention, Span, Via
from .mentions import is_outlet
from .paragraph import as_via, outlets_in

# between the outer content's start and the inner speaker: nothing, or the complementiser
# ('reported that officials said …')
_GAP = re.compile(r"[\s,]*(?:that\s+)?")
# the inner content may stop a little before the outer one (a closing quote, a full stop)
_TAIL = 3


@lru_cache(maxsize=1)
def _registry():  # type: ignore[no-untyped-def]
    """The shared registry of outlets and institutions (read only; None when it cannot load)."""
    from ...errors import ClaimgraphError
    from ...registry import default_registry
    try:
        return default_registry()
    except (OSError, ClaimgraphError):  # an unreadable user registry ($CLAIMGRAPH_REGISTRY):
        return None  # the pass is optional, the English outlet list still works (a bug raises)


def _registered_outlet(name: str) -> bool:
    reg = _registry()
    if reg is None:
        return False
    entry = reg.lookup(re.sub(r"^(?:the|The)\s+", "", name.strip()))
    return entry is not None and entry.type == "outlet"


registered_outlet = _registered_outlet  # (objects.py: 'called this dubious to Népszava')


def outlet_via(doc: Document, source: SourceMention) -> Via | None:
    """The outlet a source mention names or belongs to ('An Al Jazeera reporter'), or None."""
    span = source.span
    if span is None:
        return None
    if source.type == "outlet" or is_outlet(source.name) or _registered_outlet(source.name):
        # 'One news site, Znak.com': the name part of an apposition
        inner = outlets_in(doc.text, span.start, span.end)
        return as_via(doc, inner[-1] if inner else span) if not inner or len(inner) == 1 else None
    inner = outlets_in(doc.text, span.start, span.end)
    if len(inner) == 1:  # 'An Al Jazeera reporter in Kenya', 'a BBC correspondent'
        return as_via(doc, inner[0])
    reg = _registry()
    if reg is not None:
        hits = [(s, e) for s, e in reg.find_in(doc.text, span.start, span.end) if e.type == "outlet"]
        if len(hits) == 1:
            return Via(name=hits[0][1].name, type="outlet", span=hits[0][0])
    return None


def _frames(doc: Document, outer: Attribution, inner: Attribution) -> bool:
    """True when `outer`'s content is `inner`'s speaker, cue and content, in this order."""
    if inner is outer or inner.source is None or inner.source.span is None or inner.cue is None:
        return False
    cs, sp = outer.content.span, inner.source.span
    if not (cs.start <= sp.start and inner.cue.span.end <= cs.end):
        return False
    if _GAP.fullmatch(doc.text[cs.start:sp.start]) is None:
        return False
    return inner.content.span.start >= inner.cue.span.start and \
        inner.content.span.end >= cs.end - _TAIL


def relay_frames(doc: Document, found: list[Attribution]) -> list[Attribution]:
    """Drop an outlet's frame around another speaker's clause and make the outlet its `via`.

    >>> from claimgraph import analyze
    >>> a = analyze("Interfax reported officials said the bridge was unsafe.", lang="en").attributions
    >>> [(x.source.text, [v.name for v in x.via]) for x in a]
    [('officials', ['Interfax'])]
    """
    drop: set[int] = set()
    for i, outer in enumerate(found):
        if outer.source is None or outer.cue is None or outer.kind == "direct":
            continue
        inner = next((b for b in found if _frames(doc, outer, b)), None)
        if inner is None:
            continue
        via = outlet_via(doc, outer.source)
        if via is None:
            continue
        inner.via = [via] + [v for v in inner.via if v.name != via.name]
        drop.add(i)
    return [a for k, a in enumerate(found) if k not in drop]


# 'reported, citing two diplomats, that …' / 'said, quoting a police source, the …': the cited
# party between commas, then the reported clause ('that' or a lower-case word opening it)
_CITING_AFTER = re.compile(
    r"""\s*,\s*(?:citing|quoting)\s+
        (?P<cited>[^,;:"“”()]{2,70}?)        # the cited party: no comma inside
        \s*,\s*(?=that\s|(?-i:[a-z]))""",
    re.VERBOSE,
)


def citing_after(masked: str, pos: int, end: int) -> tuple[int, Span] | None:
    """Where the clause starts and who is cited in 'X reported, citing Y, that …', or None.

    By the same grammar as '…, X reported, citing Y', the cited party is the source and X its relay.
    """
    m = _CITING_AFTER.match(masked, pos, end)
    if m is None:
        return None
    return m.end(), Span(m.start("cited"), m.end("cited"))


__all__ = ["citing_after", "outlet_via", "relay_frames"]
