"""German passive frames that name their source with a von-agent, or name none.

Three shapes the verb frames do not read:

* a judgement with an als-phrase and the agent first: `Von politischen Beobachtern wird
  dieser Schritt als wichtig gewertet` (judgements.tsv); the agent judges, the words between
  the auxiliary and the participle are the content (as in `hearsay._agent_first`); the
  Konjunktiv I sentence after it goes on with the agent (the state keeps the source);
* a statement noun put forward in a passive: `Es wurde von Demjanjuks Sohn die Mutmaßung
  geäußert, Deutschland brauche …`, `Von der Opposition wurde die Forderung erhoben, dass …`
  (nominal.tsv nouns, statement_verbs.tsv participles); without an agent the verb frame
  names the noun, so an agent is required here;
* a naming fronted by an als-phrase: `Als Favorit wird Michael Glos genannt` (naming.tsv):
  nobody is named as the source unless a von-agent is;
* a report fronted by the act of putting a motion forward: `Zur Begründung des Antrags der
  Grünen wurde betont, …` (verbs_passive_movers.tsv): the motion's owner is the speaker; an
  owner-less motion (`Zur Begründung des Antrags wurde …`) names none and is left to the
  agentless passive.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution
from ..common import content, make, MASK, MAX_CUES, text_span, Unit
from .clauses import Ctx
from .lexicon import WERDEN as _AUX
from .mentions import NP, parse
from .verbs_experiencer import experiencer_frames

#: the von-agent of a passive ("von politischen Beobachtern", "seitens der Regierung")
_AGENT = rf"(?:[Vv]on\s+Seiten|[Ss]eitens|[Vv]on|[Vv]om)\s+(?P<agent>{NP})"
_AGENT2 = _AGENT.replace("(?P<agent>", "(?P<agent2>")
#: adverbs that may stand between the auxiliary and the rest ("wurde auch die Forderung …")
_ADVS = r"(?:(?:auch|zudem|erneut|bereits|schon|nun|jedoch|aber|dabei|inzwischen|wiederholt)\s+)*"
#: personal pronouns: "Als Kind wurde er Hans genannt" gives a name, reports nothing
_PRONOUN = re.compile(r"(?:er|sie|es|ihn|ihm|ihr|man|wir|ich|du)(?![\w-])")


def _alt(ctx: Ctx, name: str) -> str:
    rows = ctx.pack.lexicon(name)
    return "|".join(sorted((re.escape(r["participle"]) for r in rows), key=len, reverse=True))


def _patterns(ctx: Ctx) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(agent-first judgement, statement noun passive, als-naming) built from the lexicons."""
    done = ctx.pack.hooks.get("_de_passive_frames")
    if done is None:
        judged = re.compile(rf"""(?:^|(?<=[,;:]))\s*(?:(?:Aber|Doch|Und|Auch|Zudem)\s+)?
                                 {_AGENT}\s+{_AUX}\s+{_ADVS}
                                 (?P<body>[^,;:!?{MASK}]{{2,160}}?
                                    (?<![\w-])als(?![\w-])[^;:!?]{{1,160}}?)
                                 \s+(?P<cue>{_alt(ctx, "judgements")})(?:\s+worden)?
                                 (?=\s*(?:[.!?;]|$))""", re.VERBOSE)
        nouns = [f for r in ctx.pack.lexicon("nominal")
                 for f in [r["noun"]] + [x.strip() for x in r["forms"].split(",") if x.strip()]]
        noun_alt = "|".join(sorted(map(re.escape, nouns), key=len, reverse=True))
        stated = re.compile(rf"""(?:(?<![\w-])[Ee]s\s+{_AUX}\s+{_ADVS}{_AGENT}
                                   |(?:^|(?<=[,;:]))\s*{_AGENT2}\s+{_AUX})
                                 \s+{_ADVS}(?:die|der|den|eine|einen|erneut)\s+
                                 (?:[a-zäöüß][\w-]*(?:e|en)\s+)?                # an adjective
                                 (?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]+-?)?(?:{noun_alt}))
                                 \s+(?P<verb>{_alt(ctx, "statement_verbs")})(?:\s+worden)?
                                 \s*(?P<punct>[,:])\s*""", re.VERBOSE)
        naming = re.compile(rf"""(?:^|(?<=[,;:]))\s*
                                 (?P<body>[Aa]ls\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?
                                    [A-ZÄÖÜ][\w-]+                           # Als (neuer) Favorit
                                    \s+{_AUX}\s+(?:{_AGENT}\s+)?
                                    (?!{_PRONOUN.pattern})
                                    [^,;:!?{MASK}]{{2,120}}?)
                                 \s+(?P<cue>{_alt(ctx, "naming")})(?:\s+worden)?
                                 (?=\s*(?:[.!?;]|$))""", re.VERBOSE)
        done = (judged, stated, naming)
        ctx.pack.hooks["_de_passive_frames"] = done
    return done


def _mover_pattern(ctx: Ctx) -> re.Pattern[str]:
    """`Zur Begründung des Antrags der Grünen wurde betont,`: event PP, motion, owner, verb."""
    done = ctx.pack.hooks.get("_de_passive_movers")
    if done is None:
        rows = ctx.pack.lexicon("verbs_passive_movers")
        event = "|".join(re.escape(r["word"]) for r in rows if r["role"] == "event")
        motion = "|".join(sorted((re.escape(r["word"]) for r in rows if r["role"] == "motion"),
                                 key=len, reverse=True))
        done = re.compile(rf"""(?:^|(?<=[;:]))\s*(?:(?:Auch|Zudem|Dabei)\s+)?
                               (?:[Zz]ur|[Bb]ei\s+der|[Ii]n\s+der|[Mm]it\s+der|[Nn]ach\s+der)\s+
                               (?:{event})\s+
                               (?:des|der|eines|einer)\s+
                               (?:[a-zäöüß][\w-]*(?:e|en)\s+)?             # an adjective
                               (?:[A-ZÄÖÜ][\w-]*-)?(?:{motion})\s+       # (CDU-)Antrags
                               (?:der|des|von\s+der|von\s+den|vom|von)\s+
                               (?P<agent>{NP})\s+
                               {_AUX}\s+{_ADVS}
                               (?P<cue>[a-zäöüß]+)(?:\s+worden)?
                               \s*(?P<punct>[,:])\s*""", re.VERBOSE)
        ctx.pack.hooks["_de_passive_movers"] = done
    return done


def _movers(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Passive reports whose speaker is the owner of the motion put forward."""
    from .nominal import _reports  # nominal imports this module: a late import breaks the cycle
    doc, base = ctx.doc, unit.span.start
    for mm in islice(_mover_pattern(ctx).finditer(m), MAX_CUES):
        rows = [r for r, _ in ctx.lx.rows.get(mm.group("cue"), ())]
        if not any("say" in r["frame"].split(",") for r in rows):
            continue  # "… wurde abgelehnt": no speech verb
        start = mm.end()
        if re.match(r"(?:dass|daß)\s+", m[start:]) is None and \
                not _reports(ctx, m[start:start + 200]):
            continue
        src = parse(mm.group("agent"), base + mm.start("agent"), ctx.pack)
        body = content(doc, base + start, base + ctx.lx.content_end(m, start))
        if src is None or body is None or len(body.text.split()) < 3:
            continue
        yield make("indirect", body, cue=text_span(doc, base + mm.start("cue"),
                   base + mm.end("cue")), source=src, rule="passive_mover")


def passive_frames(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Passive-frame candidates in one unit (`m` is its masked text)."""
    judged, stated, naming = _patterns(ctx)
    doc, base = ctx.doc, unit.span.start
    yield from _movers(ctx, unit, m)
    yield from experiencer_frames(ctx, unit, m)  # "Ihm war es wichtig zu betonen, …" (verbs_experiencer.py)
    for jm in islice(judged.finditer(m), MAX_CUES):
        src = parse(jm.group("agent"), base + jm.start("agent"), ctx.pack)
        body = content(doc, base + jm.start("body"), base + jm.end("body"))
        if src is not None and body is not None:
            yield make("indirect", body, cue=text_span(doc, base + jm.start("cue"),
                       base + jm.end("cue")), source=src, rule="passive_judged_agent")
    from .nominal import _reports  # nominal imports this module: a late import breaks the cycle
    for sm in islice(stated.finditer(m), MAX_CUES):
        start = sm.end()
        lead = re.match(r"(?:dass|daß)\s+", m[start:])
        if lead is None and not _reports(ctx, m[start:start + 200]):
            continue
        # the content keeps its "dass" (as the verb frame's does, which would name the noun
        # as the subject: the tie goes to this earlier candidate)
        key = "agent" if sm.group("agent") is not None else "agent2"
        src = parse(sm.group(key), base + sm.start(key), ctx.pack)
        body = content(doc, base + start, base + ctx.lx.content_end(m, start))
        if src is None or body is None or len(body.text.split()) < 3:
            continue
        yield make("indirect", body, cue=text_span(doc, base + sm.start("noun"),
                   base + sm.end("verb")), source=src, rule="passive_statement_noun")
    for nm in islice(naming.finditer(m), MAX_CUES):
        agent = nm.group("agent")
        src = parse(agent, base + nm.start("agent"), ctx.pack) if agent else None
        body = content(doc, base + nm.start("body"), base + nm.end("body"))
        if body is not None:
            yield make("indirect", body, cue=text_span(doc, base + nm.start("cue"),
                       base + nm.end("cue")), source=src, rule="passive_naming")
