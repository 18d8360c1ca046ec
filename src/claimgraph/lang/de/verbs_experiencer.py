"""German frames that wrap a speech infinitive in the speaker's stance.

A speaker may be named not as the subject of the reporting verb but as the one to whom saying
it mattered, with the verb in a zu-infinitive:

* a dative experiencer: `Dem Minister war es wichtig zu betonen, dass …`, `Es war ihm ein
  Anliegen, klarzustellen, …`, `Ihm lag viel daran klarzustellen, dass …`, `Der Partei war
  daran gelegen, festzuhalten, …`;
* a subject that weighs it: `Die Kanzlerin legte Wert darauf, zu betonen, …`, and with a
  statement noun instead of the infinitive: `X legte (großen) Wert auf die Feststellung, dass …`,
  or with the dass-clause itself: `Beide Regierungen legten aber Wert darauf, dass …`
  (`X hielt es für nötig, festzuhalten, …` is read by the verb frame of halten für).

The dative or subject is the speaker, the infinitive (or the noun) the cue, the dass-clause or
the Konjunktiv I clause after it the content. Without a speech verb (`Ihm lag daran, das Haus zu
verkaufen`, `Dem Trainer war es wichtig, pünktlich zu sein`) nothing is reported. The words are
data (verbs_experiencer.tsv); the speech infinitives come from the say-verbs of cues.tsv.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, Span
from ..common import content, make, MAX_CUES, text_span, Unit
from .clauses import Ctx
from .cue_parts import _piece_cue
from .mentions import NP, parse

#: a dative pronoun standing for the speaker (resolved like "er" later on)
_DAT_PRON = r"(?:[Ii]hm|[Ii]hr|[Ii]hnen)"
#: sentence adverbs that may open the first field before the finite verb ("Dabei war es …")
_LEAD_ADV = r"(?:[Dd]abei|[Dd]eshalb|[Dd]aher|[Zz]udem|[Aa]uch|[Vv]or\s+allem|[Bb]esonders|" \
            r"[Aa]llerdings|[Dd]ennoch|[Jj]edoch|[Ss]päter|[Dd]anach|[Zz]ugleich)"


#: the "zu" of a separate zu-infinitive ("zu  betonen": any white space, as the pattern allows)
_ZU = re.compile(r"zu\s+")


def _alt(words: list[str]) -> str:
    """One alternation over `words`, longest first, a space matching any white space."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+")
                    for w in sorted(set(words), key=len, reverse=True))


def _infinitives(ctx: Ctx) -> list[str]:
    """zu-infinitives of the say-verbs: `zu betonen`, `klarzustellen`, `hervorzuheben`."""
    out = []
    for row in ctx.pack.lexicon("cues"):
        frames = row["frame"].split(",")
        if "say" not in frames or "refl" in frames:
            continue
        particle = row["particle"]
        if not particle:
            out.append("zu " + row["lemma"])
        elif particle[:1].islower():
            out.append(particle + "zu" + row["lemma"])
    return out


def _patterns(ctx: Ctx) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(infinitive frame, statement-noun frame) compiled from the lexicons once."""
    done = ctx.pack.hooks.get("_de_experiencer")
    if done is not None:
        return done
    rows = ctx.pack.lexicon("verbs_experiencer")
    role = {r: [x["word"] for x in rows if x["role"] == r]
            for r in ("concern", "degree", "statement")}
    deg = rf"(?:(?:{_alt(role['degree'])})\s+)*"
    concern = _alt(role["concern"])
    inf = _alt(_infinitives(ctx))
    stance = rf"""(?:(?:war|ist|sei|wäre)\s+es\s+{deg}(?:{concern})         # war es wichtig
                   |(?:lag|liegt|lagen|liegen|läge)\s+{deg}daran               # lag viel daran
                   |(?:war|ist|sei|waren|sind)\s+{deg}daran\s+gelegen          # war daran gelegen
                   |(?:legte|legten|legt|legen|lege)\s+(?:[a-zäöüß]+en\s+)?Wert\s+darauf)"""
    infinitive = re.compile(rf"""
        (?:^|(?<=[;:]))\s*
        (?:(?P<np>{_DAT_PRON}|{NP}(?:\s+(?:und|sowie)\s+{NP})?)\s+{stance}  # Dem Minister war es …
          |(?:{_LEAD_ADV}\s+)?(?:[Ee]s\s+)?(?:war|ist)\s+(?:es\s+)?       # (Dabei) war es
             (?P<np2>{_DAT_PRON.lower()}|(?:dem|der|den)\s+{NP})\s+{deg}(?:{concern})
          |(?:{_LEAD_ADV}\s+)?(?:lag|liegt)\s+(?P<np3>{_DAT_PRON.lower()}|(?:dem|der|den)\s+{NP})
             \s+{deg}daran)
        \s*,?\s*{deg}(?P<cue>{inf})(?![\w-])\s*(?P<punct>[,:])\s*""", re.VERBOSE)
    noun = re.compile(rf"""
        (?:^|(?<=[;:]))\s*(?P<np>{NP})\s+
        (?P<verb>legte|legten|legt|legen|lege)\s+
        (?:(?:aber|jedoch|auch|zudem|dabei|besonders|stets|immer)\s+)*  # legten aber Wert
        (?:[a-zäöüß]+en\s+)?Wert\s+                                 # (großen) Wert
        (?:auf\s+die\s+(?P<cue>{_alt(role['statement'])})\s*,\s*   # auf die Feststellung,
          |darauf\s*,\s*(?=(?:dass|daß)\s))                        # darauf, dass …""",
                      re.VERBOSE)
    done = (infinitive, noun)
    ctx.pack.hooks["_de_experiencer"] = done
    return done


def experiencer_frames(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Speech infinitives framed by the speaker's stance, in one unit (`m` masked)."""
    from .nominal import _reports  # nominal imports passive_frames, which imports this module
    infinitive, noun = _patterns(ctx)
    doc, base = ctx.doc, unit.span.start
    for pattern, rule in ((infinitive, "experiencer_infinitive"), (noun, "experiencer_noun")):
        for fm in islice(pattern.finditer(m), MAX_CUES):
            start = fm.end()
            if not re.match(r"(?:dass|daß)\s", m[start:]) and not _reports(ctx, m[start:start + 200]):
                continue  # "Ihm lag daran, das Haus zu verkaufen": a plan, no report
            key = next(k for k in ("np", "np2", "np3") if fm.groupdict().get(k))
            src = parse(fm.group(key), base + fm.start(key), ctx.pack)
            body = content(doc, base + start, base + ctx.lx.content_end(m, start))
            if src is None or body is None or len(body.text.split()) < 3:
                continue
            key = "cue" if fm.group("cue") else "verb"  # "legten Wert darauf, dass": the verb
            cue_start = fm.start(key)
            zu = _ZU.match(m, cue_start)
            if zu is not None:
                cue_start = zu.end()  # the cue is the verb: "betonen", not "zu betonen"
            cue = text_span(doc, base + cue_start, base + fm.end(key))
            if key == "verb":  # the cue in pieces: "legten Wert darauf" (cue_parts.SplitCue)
                wm = re.search(r"Wert\s+darauf", m[fm.end("verb"):fm.end()])
                at = base + fm.end("verb") + wm.start()
                cue = _piece_cue(doc.text, [cue.span, Span(at, at + 4),
                                            Span(base + fm.end("verb") + wm.end() - 6,
                                                 base + fm.end("verb") + wm.end())], cue.span)
            yield make("indirect", body, cue=cue, source=src, rule=rule)
