"""German dative passives of accusing and ascribing: `Ihm wird vorgeworfen, Geld unterschlagen
zu haben`, `Dem Minister wurde von der Opposition unterstellt, er habe …`.

The verb frames read an active `X warf Y vor, …`; in the passive the first field holds the
accused (a dative: `Ihm`, `Dem Minister`, a bare name), who must not become the source. The
speaker is a von/seitens agent in the frame, else the subject of the clause just before
that charges the patient (`Die Staatsanwaltschaft hat Anklage erhoben: Ihm wird vorgeworfen,
…`; frames_accusers.tsv), else nobody (annotation rule: a frame without a source phrase has
the source ""). The reported clause is a zu-infinitive (the shape the verb
frames miss: it has no subject of its own), a dass-clause or a Konjunktiv I clause.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, SourceMention
from ..common import content, make, MASK, MAX_CUES, text_span, Unit
from .clauses import Ctx
from .mentions import NP, parse

_AUX = r"(?:wird|wurde|werden|wurden|war|ist|sei|worden)"
#: words between the auxiliary and the participle: adverbs, the dative patient, an agent
_MID = r"(?:\s+[^\s,;:.!?]+){0,8}?"
_AGENT = re.compile(rf"(?<![\w-])(?:[Vv]on\s+Seiten|[Ss]eitens|[Vv]on|[Vv]om)\s+(?P<agent>{NP})")
#: an infinitive with zu closes the clause ("… beteiligt gewesen zu sein", "zu verheimlichen")
_ZU_INF = re.compile(r"(?<![\w-])(?:zu\s+[a-zäöüß]+|[a-zäöüß]+zu[a-zäöüß]+en)\s*(?:[.;!?]|$)")


def _pattern(ctx: Ctx) -> re.Pattern[str]:
    """The auxiliary, the middle field and a participle of frames_dative.tsv before a comma,
    compiled once per pack."""
    rx = ctx.pack.hooks.get("_de_frames_dative")
    if rx is None:
        alt = "|".join(sorted((r"\s+".join(map(re.escape, r["participle"].split()))
                               for r in ctx.pack.lexicon("frames_dative")), key=len, reverse=True))
        rx = re.compile(rf"""(?<![\w-])(?P<aux>{_AUX})(?P<mid>{_MID})\s+
                             (?P<cue>{alt})(?:\s+worden)?(?:\s+(?:sei|war|ist))?
                             \s*,\s*""", re.VERBOSE)
        ctx.pack.hooks["_de_frames_dative"] = rx
    return rx


def dative_passives(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Dative-passive accusation frames in one unit (`m` is its masked text)."""
    base = unit.span.start
    for fm in islice(_pattern(ctx).finditer(m), MAX_CUES):
        if re.search(r"(?<![\w-])(?:hat|hatte|haben|hatten|habe)(?![\w-])", fm.group("mid")):
            continue  # "Er hat ihm vorgeworfen" is active (read by the verb frames)
        start = fm.end()
        lead = re.match(r"(?:dass|daß)\s+", m[start:])
        end = ctx.lx.content_end(m, start)
        clause = m[start:end]
        zu_inf = _ZU_INF.search(clause) is not None and "," not in clause.rstrip(" .")[-30:]
        if lead is None and not zu_inf and ctx.lx.mood(clause) != "k1":
            continue  # "Ihm wurde vorgeworfen, was …" or a plain clause: no report read
        ag = _AGENT.search(fm.group("mid"))
        src = None
        if ag is not None:
            at = fm.start("mid") + ag.start("agent")
            src = parse(ag.group("agent"), base + at, ctx.pack)
        else:
            src = _accuser(ctx, unit, base + fm.start())
        body = content(ctx.doc, base + start + (lead.end() if lead else 0), base + end)
        if body is None or MASK in body.text[:2] or len(body.text.split()) < 2:
            continue
        yield make("indirect", body, cue=text_span(ctx.doc, base + fm.start("cue"),
                   base + fm.end("cue")), source=src, rule="dative_passive")


#: the first field of a clause and its finite verb: "Die Staatsanwaltschaft (Nürnberg) hat"
_FIRST_FIELD = re.compile(rf"\s*(?P<np>{NP})\s+[a-zäöüß]+(?![\w-])")


def _accuser(ctx: Ctx, unit: Unit, at: int) -> SourceMention | None:
    """The subject of the clause before `at` (before a colon in this sentence, else the
    sentence before) when that clause charges someone (frames_accusers.tsv), or None."""
    doc = ctx.doc
    words = ctx.pack.hooks.get("_de_accusers")
    if words is None:
        words = frozenset(r["word"] for r in ctx.pack.lexicon("frames_accusers"))
        ctx.pack.hooks["_de_accusers"] = words
    sents = [s for s in ctx.index.sentences.get(unit.paragraph, ()) if s.start < at]
    if not sents:
        return None
    cur = sents[-1]
    head = doc.text[cur.start:at]
    if ":" in head:
        clause, clause_at = head[:head.rindex(":")], cur.start
    elif len(sents) >= 2 and not re.search(r"[,;]", head):
        clause, clause_at = doc.text[sents[-2].start:sents[-2].end], sents[-2].start
    else:
        return None
    if not words & {w.lower() for w in re.findall(r"[\w-]+", clause)}:
        return None
    fm = _FIRST_FIELD.match(clause)
    if fm is None or words & {w.lower() for w in re.findall(r"[\w-]+", fm.group("np"))}:
        return None  # "Grund für die Anzeige war …": the charge is the subject, not a party
    src = parse(fm.group("np"), clause_at + fm.start("np"), ctx.pack)
    return None if src is None or src.type == "anonymous" else src
