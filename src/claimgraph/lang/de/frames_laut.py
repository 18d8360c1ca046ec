"""What may follow the source of a German `laut` frame and still belong to the frame.

`Laut Polizei und Feuerwehr wurden …`: a coordinated second source (both speak; the content
starts after the second one). `Laut NDR unter Berufung auf Scotland Yard wurde …`: a citing
phrase (citing.tsv) after the source; an outlet relays the cited party (source Scotland Yard,
via NDR), anyone else speaks itself. Either way the phrase is frame, not content.

Why a module of its own: according.py reads the frame; this reads its right edge, which is
where the content went wrong (the content began with "und Feuerwehr" or "unter Berufung").
"""

from __future__ import annotations

import re

from ...model import SourceMention, Via
from .citing import pattern, relay
from .clauses import Ctx, _unwrap
from .mentions import NP

#: "… und (der) Feuerwehr": a second noun phrase coordinated with the laut source
_AND_NP = re.compile(rf"\s+(?:und|sowie|bzw\.|beziehungsweise)\s+(?P<np>{NP})")
#: "Laut Polizei, Feuerwehr und Rettungsdienst wurden …": a list in the Vorfeld, the finite
#: verb right after it (an apposition would be closed by a comma: apposition.py)
_LIST_NP = re.compile(rf"(?:\s*,\s*(?:{NP})){{1,4}}\s+(?:und|sowie)\s+(?P<np>{NP})(?=\s+[a-zäöüß])")
#: the coordinated noun phrase closes the frame: punctuation or the end of the unit
_CLOSED = re.compile(r"\s*(?:[,;:.!?)–—]|$)")
#: the Vorfeld: nothing but a connector before the laut phrase (then one constituent is fronted
#: and the finite verb follows: "Laut Polizei und Feuerwehr wurden …")
_FRONT = re.compile(r"\s*(?:(?:Und|Aber|Doch|Auch|Denn|Jedoch)\s+)?$")
#: pronouns after "und" open a new clause ("laut Polizei und sie …"), never a second source
_PRONOUNS = frozenset("es er sie man das dies wir ich ihr".split())
_ARTICLES = frozenset("die der den dem des ein eine einer einem einen".split())


def _laut_more(ctx: Ctx, m: str, am: re.Match[str], src: SourceMention | None,
               base: int) -> tuple[SourceMention | None, int, list[Via]]:
    """(source, end of the frame in the document, vias) of a laut frame `am` in the masked
    unit `m` (starting at `base`), with a coordinated second source or a citing phrase taken
    into the frame."""
    end = am.end()
    via: list[Via] = []
    lm = _LIST_NP.match(m, end) if _FRONT.fullmatch(m, 0, am.start()) else None
    if lm is not None and src is not None:
        every = _unwrap(ctx, m[am.start("np"):lm.end("np")], base + am.start("np"))
        if every is not None:  # "Laut Polizei, Feuerwehr und Rettungsdienst": all speak
            src, end = every, lm.end("np")
    cm = _AND_NP.match(m, end)
    first = cm.group("np").split()[0].lower() if cm is not None else ""
    if cm is not None and src is not None and first not in _PRONOUNS and (
            _FRONT.fullmatch(m, 0, am.start()) or _CLOSED.match(m, cm.end())
            or first not in _ARTICLES):
        # an article after "und" may open a clause ("laut Polizei und die Feuerwehr löschte"),
        # a bare noun may not: in the middle field only a bare second source or a closed one
        both = _unwrap(ctx, m[am.start("np"):cm.end("np")], base + am.start("np"))
        if both is not None:  # "laut Polizei und Feuerwehr": both speak, one mention
            src, end = both, cm.end("np")
    cited = pattern(ctx.pack).match(m, end + 1) if m[end:end + 1] == " " else None
    if cited is not None and src is not None:
        other = _unwrap(ctx, cited.group("np"), base + cited.start("np"))
        if other is not None:  # "Laut NDR unter Berufung auf Scotland Yard": Yard via NDR
            src, via = relay(src, other, [])
            end = cited.end("np")
    return src, base + end, via
