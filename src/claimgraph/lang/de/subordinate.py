"""German frames whose reporting verb stands last: subordinate clauses and split particles.

German puts the finite verb at the end of a subordinate clause, so a frame there reads
`Während X erklärte, …`, `Seitdem X bekannt gemacht hatte, … zu …`, `…, indem er ihm vorwarf,
…`: the subject follows the conjunction, the verb (and its auxiliary) closes the clause, and
the content is the clause after the comma. In a sentence that opens with such a frame the main
clause comes back after the content (`…, protestierten Hunderte`), which ends the content.

A separable particle written apart from a participle (`hatte bekannt gegeben`, `bekannt
gemacht hatte`) names the same cue as the joined form (`bekanntgegeben`).
"""

from __future__ import annotations

import re

from ...model import Attribution
from ..common import content, make, MASK, text_span, Unit
from .clauses import Ctx, _content_clause, _THAT
from .lexicon import Compiled
from .mentions import NP, parse

#: conjunctions that open a clause whose verb-last frame reports ("wenn X sagt" is hypothetical)
_CONJ = r"(?:[Ww]ährend|[Ss]eit|[Ss]eitdem|[Nn]achdem|[Aa]ls|[Ww]eil|[Dd]a|[Oo]bwohl|[Ii]ndem|" \
        r"[Ss]obald|[Bb]evor|[Ww]obei|[Nn]achdem|[Dd]enn\s+als)"

#: the clause before the verb: conjunction (first in the unit or after a comma), subject, up to
#: eight words of objects or adverbials (no comma, no quote)
_SUB_FRAME = re.compile(rf"""(?:^|(?<=[,;:–—]))\s*
                             (?P<conj>{_CONJ})\s+
                             (?P<np>{NP})
                             (?P<mid>(?:\s+[^\s,.;:!?«»„“\"\u2591]+){{0,8}}?)\s*$""",
                        re.VERBOSE)

#: the verb closes its clause: an optional auxiliary, then the comma before the content
_CLOSE = re.compile(r"(?:\s+(?:hat|hatte|habe|haben|hatten|ist|war|waren|sind|wurde|wird))?"
                    r"\s*,\s*")

#: ", protestierten Hunderte": a finite verb right after a comma resumes the main clause
_MAIN_AGAIN = re.compile(r""",\s*(?!(?:nicht|jetzt|bereits|selbst|meist|zuletzt|erst|fast|
                                     längst|sonst|statt|anstatt|seit|mit|zuerst|weit|gut|
                                     insbesondere|vor\s+allem)(?![\w-]))
                             (?:ist|sind|war|waren|hat|haben|hatte|hatten|wird|werden|wurde|
                                wurden|kann|können|konnte|konnten|soll|sollen|will|wollen|
                                muss|müssen|gab|gibt|kam|kamen|ging|gingen|blieb|blieben|
                                [a-zäöüß]{2,}(?:te|ten|t))(?![\w-])""", re.VERBOSE)

#: ", unterbrach ihn der Richter": a strong past (verbs_strong_past.tsv) after a comma
_STRONG_AFTER_COMMA = re.compile(r",\s*(?P<verb>[a-zäöüß]+)(?=\s)")


def _strong_again(ctx: Ctx, m: str, rel: int) -> re.Match[str] | None:
    """The comma before a strong past form that resumes the main clause, or None."""
    forms = ctx.pack.hooks.get("_de_strong_past")
    if forms is None:
        forms = frozenset(r["form"] for r in ctx.pack.lexicon("verbs_strong_past"))
        ctx.pack.hooks["_de_strong_past"] = forms
    for sm in _STRONG_AFTER_COMMA.finditer(m, rel):
        if sm.group("verb") in forms:
            return sm
    return None


#: how far back a subordinate frame may start (characters)
_WINDOW = 160


def split_row(lx: Compiled, form: str, before: str) -> dict[str, str] | None:
    """The cue row of a participle whose particle stands apart before it (`bekannt gegeben`).

    Returned with an empty particle: the particle is consumed, no later word must close it.
    """
    if not form.startswith("ge"):
        return None
    words = before.split()
    if not words:
        return None
    for row, sub in lx.rows.get(form, ()):
        if not sub and row["particle"] and row["particle"][:1].islower() and \
                words[-1] == row["particle"]:
            return dict(row, particle="", split=row["particle"])
    return None


def _row(lx: Compiled, form: str, mid: str) -> dict[str, str] | None:
    """The lexicon row of a verb-last cue: a prefixed form, a split particle or no particle."""
    options = lx.rows.get(form, ())
    for row, sub in options:
        if sub:
            return row
    split = split_row(lx, form, mid)
    if split is not None:
        return split
    for row, _ in options:
        if not row["particle"]:
            return row
    return None


def subordinate_frame(ctx: Ctx, unit: Unit, m: str, cm: re.Match[str]) -> Attribution | None:
    """`Während X erklärte, die Steuern würden steigen, …`: a frame in a verb-last clause."""
    close = _CLOSE.match(m, cm.end())
    if close is None:
        return None
    window = m[max(0, cm.start() - _WINDOW):cm.start()]
    sm = _SUB_FRAME.search(window)
    if sm is None:
        return None
    lx = ctx.lx
    form, mid = cm.group(0), sm.group("mid")
    row = _row(lx, form, mid)
    if row is None:
        return None
    frames = row["frame"].split(",")
    if "say" not in frames and "dass" not in frames:
        return None
    if row["particle"] and not form.startswith(row["particle"]):
        return None  # "als er sagte zu" cannot be verb-last
    if re.search(r"(?<![\w-])(?:nicht|nie|niemals|kein|keine|keinen)(?![\w-])", mid):
        return None  # "weil er nicht sagte, …": a denied frame
    after = m[close.end():]
    if re.match(r"(?:was|wer|wen|wem|wie|wo)(?![\w-])", after):
        return None  # "weil er sagte, was er dachte": an indirect question, not a report
    if not after or after[:1] in "«„»“\"" + MASK or not _content_clause(
            after, mid, "dass" in frames) and not _THAT.match(after):
        return None
    base = unit.span.start
    rel = close.end()
    end = lx.content_end(m, rel)
    lead = sm.start("conj") + max(0, cm.start() - _WINDOW)
    if not m[:lead].strip(" –—"):
        # (searched to the unit's end: ", forderte die Opposition …" is also a trailer frame)
        again = _MAIN_AGAIN.search(m, rel) or _strong_again(ctx, m, rel)
        if again is None:
            return None  # the main clause must come back after the content
        end = min(end, again.start())
    body = content(ctx.doc, base + rel, base + end)
    if body is None or len(body.text.split()) < 3 or MASK in body.text[:2]:
        return None
    start = max(0, cm.start() - _WINDOW) + sm.start("np")
    src = parse(sm.group("np"), base + start, ctx.pack)
    if src is None:
        return None
    cue_at = base + cm.start() - (len(mid) - len(mid.rstrip()[:-len(row["split"])].rstrip())
                                   if row.get("split") else 0)
    cue = text_span(ctx.doc, cue_at, base + cm.end())
    return make(row["kind"], body, cue=cue, source=src, rule="verb_subordinate")
