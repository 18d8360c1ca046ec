"""German adopted views: the subject that follows or shares a view owns the clause after it.

`Ursprünglich war das Landgericht der Einschätzung gefolgt, die Werbung verletze das Gesetz`,
`Das Gericht folgte der Auffassung, dass …`, `Die Ministerin teilt die Sorge, …`: the statement
noun (nominal.tsv) has no owner of its own, and its clause is what the subject now holds — the
subject is the source, the noun the cue. A verb of adopting (cue_words.tsv `adopt`: folgen,
sich anschließen, teilen) must govern the noun; the clause after it must report (dass/ob or
Konjunktiv). Without such a verb ("in der Hoffnung, dass …") the noun stays the narrator's.
"""

from __future__ import annotations

import re
from typing import Iterator

from ...model import Attribution
from ..common import content, make, MASK, text_span, Unit
from .clauses import Ctx
from .cue_parts import words
from .mentions import NP, parse

_AUX = r"(?:hat|hatte|hatten|haben|ist|war|waren|sind)"
#: the dative/accusative article before the noun
_ART = r"(?:der|dem|die|diese|dieser|diesem)"


def _pattern(ctx: Ctx) -> re.Pattern[str]:
    done = ctx.pack.hooks.get("_de_adopted")
    if done is None:
        nouns = [r["noun"] for r in ctx.pack.lexicon("nominal")]
        alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
        verbs = "|".join(sorted(map(re.escape, words(ctx.pack, "adopt")), key=len, reverse=True))
        done = re.compile(rf"""(?P<pre>(?:^|(?<=[.;:!?]))[^,;:.!?]*?)
                              (?<![\w-])(?:(?P<verb>{verbs})(?:\s+sich)?\s+
                                 (?:(?:auch|nun|damit|jedoch|aber|ebenfalls|weiter)\s+)?)?
                              {_ART}\s+(?P<noun>{alt})
                              (?:\s+(?P<part>gefolgt|angeschlossen|geteilt))?
                              (?:\s+an)?\s*,\s*""", re.VERBOSE)
        ctx.pack.hooks["_de_adopted"] = done
    return done


def adopted(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Candidates in one unit (`m` is its masked text)."""
    base = unit.span.start
    for am in _pattern(ctx).finditer(m):
        pre = am.group("pre")
        if am.group("verb") is not None and am.group("part") is None:
            sm = re.fullmatch(rf"\s*(?P<np>{NP})\s*", pre)  # "Das Gericht folgte der …"
        elif am.group("part") is not None and am.group("verb") is None:
            # "Das Gericht war der … gefolgt" / "Ursprünglich war das Gericht der … gefolgt"
            sm = re.fullmatch(rf"\s*(?P<np>{NP})\s+{_AUX}\s*", pre) or \
                re.fullmatch(rf"\s*[A-ZÄÖÜ][a-zäöüß]+\s+{_AUX}\s+(?P<np>{NP})\s*", pre)
        else:
            continue
        if sm is None:
            continue
        start = am.end()
        clause = m[start:start + 200]
        stop = re.search(r"[.;:!?]", clause)
        lead = re.match(r"(?:dass|daß|ob)\s+", clause)
        if lead is None and ctx.lx.mood(clause[:stop.start()] if stop else clause) is None:
            continue
        if lead is not None:
            start += lead.end()
        src = parse(sm.group("np"), base + len(m[:am.start("pre")]) + sm.start("np"), ctx.pack)
        if src is None:
            continue
        body = content(ctx.doc, base + start, base + ctx.lx.content_end(m, start))
        if body is None or MASK in body.text[:2] or len(body.text.split()) < 3:
            continue
        yield make("indirect", body, cue=text_span(ctx.doc, base + am.start("noun"),
                   base + am.end("noun")), source=src, rule="nominal_adopted")
