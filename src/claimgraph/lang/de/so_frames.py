"""German postposed and inserted `so` frames: `…, so der Sprecher.`, `Sein Rivale, so Obama
weiter, würde …`, `Ein Sieg, so urteilte Romney selbst, sei …`.

`so` after a comma, with a name or a determiner after it, names the speaker of the clause
around it; a finite cue verb between `so` and the noun phrase is the cue (the noun phrase is
still the speaker). Split out of according.py, which had grown past the house limit.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, SourceMention, Span
from ..common import content, make, MAX_CUES, text_span, Unit
from .apposition import widen
from .cue_parts import _piece_cue
from .clauses import Ctx, _ADV, _AUX, _clause_start, _unwrap, _vias
from .animacy import Animacy
from .mentions import NP, parse
from .subject_np import _agent

#: a time or an adverb between "so" and the speaker: ", so am Montag die Polizei", ", so auch
#: der Sprecher" (the middle field may precede the subject in a verbless frame too)
_SO_ADV = (rf"(?:(?:(?:am|vom|seit)\s+(?:[A-ZÄÖÜ]\w+|\d+\.(?:\s+[A-ZÄÖÜ]\w+)?)|{_ADV}|"
           r"zuletzt|zuvor|kürzlich|jüngst|bislang|bisher)\s+)*")
# postposed «so»: "…, so Pentagon-Sprecherin Singh." (a name or determiner must follow)
_SO = re.compile(rf",\s*(?P<cue>so)\s+{_SO_ADV}(?P<np>{NP})(?P<tail>(?:\s+[^\s,.!?]+){{0,8}})\s*[.!?]?\s*$")


def so_frames(ctx: Ctx, unit: Unit, m: str, laut: re.Pattern[str]) -> Iterator[Attribution]:
    """`so` frames in one unit (`m` is its masked text; `laut` finds a laut-phrase inside an
    inserted frame: ", so die Sprachregelung laut der Agentur X,")."""
    doc, lx = ctx.doc, ctx.lx
    base, uend = unit.span.start, unit.span.end
    sm = _SO.search(m)
    if sm is not None and sm.group("np").split()[0] in lx.rows:
        sm = None  # ", so urteilte der Richter.": the verb frame reads it (rules.py, postposed)
    src = None
    if sm is None:  # ", so Burt Rutan, Chef der Firma X.": an apposition closes the clause
        for hm in _SO_HEAD.finditer(m):
            if hm.group("np").split()[0] in lx.rows or re.match(r",\s*so\s+auch\s", hm.group()):
                continue  # "…, so auch X, die fünf Jahre …": "likewise X", no speaker
            head = parse(hm.group("np"), base + hm.start("np"), ctx.pack)
            src, rel = widen(ctx, m, base, head, hm.end("np"), final=True)
            if rel > hm.end("np") and not m[rel:].strip(" .!?"):
                sm = hm
                break
            src = None
    if sm is not None:
        src = src or parse(sm.group("np"), base + sm.start("np"), ctx.pack)
        body = content(doc, _clause_start(m, base, sm.start()), base + sm.start())
        if src is not None and body is not None:
            via = _vias(ctx, base + sm.end("np"), uend, m, base)
            yield make("according_to", body, cue=text_span(doc, base + sm.start("cue"),
                       base + sm.end("cue")), source=src, via=via, rule="according_so")
    for mm in islice(_SO_MID.finditer(m), MAX_CUES):
        if sm is not None and mm.start() >= sm.start():
            break
        if mm.group("np").split()[0] in lx.rows:
            continue  # ", so urteilte Romney selbst,": a finite verb is the cue (_SO_VERB_MID)
        wide, rel = widen(ctx, m, base, parse(mm.group("np"), base + mm.start("np"), ctx.pack),
                          mm.end("np"))
        close = m.find(",", rel)
        if rel > mm.end("np") and not mm.group("tail").strip() and close >= 0:
            # ", so X, Chef der Y, sei …": the apposition belongs to the speaker
            att = _so_inserted(ctx, unit, m, mm, laut, (wide, close + 1))
        else:
            att = _so_inserted(ctx, unit, m, mm, laut)
        if att is not None:
            yield att
    yield from _wie_apposed(ctx, unit, m)
    yield from _so_alone(ctx, unit, m)
    for mm in islice(_SO_VERB_MID.finditer(m), MAX_CUES):  # ", so schrieb sie in einem Brief,"
        if mm.group("verb") not in lx.rows:
            continue
        att = _so_inserted(ctx, unit, m, mm, laut)
        if att is not None:
            att.cue = text_span(doc, base + mm.start("cue"), base + mm.end("verb"))
            yield att


#: the head of a postposed so-frame whose speaker has an apposition (read by apposition.py)
_SO_HEAD = re.compile(rf",\s*(?P<cue>so)\s+{_SO_ADV}(?P<np>{NP})(?=\s*[,(])")


#: ", so Obama weiter, würde …": a frame inserted into the clause it frames
_SO_MID = re.compile(rf""",\s*(?P<cue>so)\s+(?!(?:viele|einige|mehrere|alle|zwei|drei|vier|manche[rsn]?)\s)
                          (?P<np>{NP})                                # the speaker
                          (?P<tail>(?:\s+[^\s,.;:!?]+){{0,14}}?)\s*,    # weiter, in einem Blog …
                          (?=\s*[^\s,.;:!?])""", re.VERBOSE)


#: ", so schrieb diese in einer Stellungnahme, sei es …": a verb between "so" and the speaker
_SO_VERB_MID = re.compile(rf""",\s*(?P<cue>so)\s+(?P<verb>[a-zäöüß]+)\s+
                              (?P<np>{NP})
                              (?P<tail>(?:\s+[^\s,.;:!?]+){{0,10}}?)\s*,
                              (?=\s*[^\s,.;:!?])""", re.VERBOSE)


def _so_inserted(ctx: Ctx, unit: Unit, m: str, mm: re.Match[str], laut: re.Pattern[str],
                 appos: tuple[SourceMention | None, int] | None = None) -> Attribution | None:
    """`Sein Rivale, so Obama weiter, würde …`: the clause around the frame is the content.

    A short frame stays inside the content (one span); after a long one (`so der Autor in
    einem Blogeintrag auf …`) the longer side of the clause is the content.
    """
    doc, base = ctx.doc, unit.span.start
    np_text, tail = mm.group("np"), mm.group("tail")
    if np_text.lower() in ("er", "sie") and tail.strip() not in ("", "weiter"):
        return None  # ", so sie es wünscht,": a manner clause
    if re.search(r"(?<![\w-])(?:dass|wie|als|ob)(?![\w-])", tail):
        return None
    src = parse(np_text, base + mm.start("np"), ctx.pack) if appos is None else appos[0]
    fend = mm.end() if appos is None else appos[1]  # after the comma closing the frame
    if appos is not None:
        tail = m[mm.end("np"):fend - 1]  # the apposition counts as frame words
    words = src.name.lower().split() if src is not None else []
    # ", so der OSZE-Bericht,": a short document phrase alone (with an owner or a relative
    # clause after it, the inserted reading picks the wrong side)
    document = bool(words) and words[-1].rsplit("-", 1)[-1] in ctx.lx.documents and \
        len(np_text.split()) <= 3 and not tail.strip()
    if src is None or src.type == "anonymous" and not src.role and not document:
        return None  # ", so ein Sprecher," speaks; ", so viele," does not
    if _wording_noun(src.name) or _statement_noun(ctx, src.name) and not document:
        # ", so die offizielle Sprachregelung laut der Agentur X,": the wording is quoted,
        # its source is the laut-phrase (or nobody)
        lm = laut.search(m, mm.end("np"), mm.end("tail"))
        src = _unwrap(ctx, lm.group("np"), base + lm.start("np")) if lm else None
        if src is None:
            return None
    cstart = _clause_start(m, base, mm.start())
    uend = base + ctx.lx.content_end(m, fend)
    # ", so vermutet die Zeitung X, …" (a verb): the whole clause around it, as annotated
    frame_words = 0 if "verb" in mm.groupdict() else len((np_text + tail).split()) + 1
    if frame_words <= 5:
        body = content(doc, cstart, uend)
    else:
        left = content(doc, cstart, base + mm.start())
        right = content(doc, base + fend, uend)
        body = max((b for b in (left, right) if b is not None),
                   key=lambda b: len(b.text.split()), default=None)
    if body is None:
        return None
    clause = m[cstart - base:uend - base]
    kind = "indirect" if ctx.lx.mood(clause) or ctx.lx.k1.search(clause) or \
        "verb" in mm.groupdict() else "according_to"
    via = _vias(ctx, base + mm.end("np"), base + mm.end("tail"), m, base)
    return make(kind, body, cue=text_span(doc, base + mm.start("cue"), base + mm.end("cue")),
                source=src, via=via, rule="according_so_inserted")


def _wording_noun(name: str) -> bool:
    """Does `name` end in a noun for a wording (not a document that speaks: "so der Bericht")?"""
    last = name.split()[-1].lower() if name.split() else ""
    return last.endswith(("regelung", "lesart", "version", "formulierung", "begründung",
                          "wortlaut", "tenor"))


def _statement_noun(ctx: Ctx, name: str) -> bool:
    """Does `name` end in a noun for a wording or a view (not a speaker)?"""
    last = name.split()[-1].lower() if name.split() else ""
    return last in ctx.lx.documents or last.endswith(
        ("regelung", "lesart", "version", "formulierung", "begründung", "wortlaut", "tenor"))


#: "Wie die Sprecherin, Anna Berg, mitteilte": a wie-clause opening a clause, its speaker
#: followed by an apposition or a bracket (the plain "wie X mitteilte" is read in rules.py)
_WIE_HEAD = re.compile(rf"""(?:^|(?<=[,;:–—]))\s*(?:(?:und|aber|doch|denn)\s+)?
                           (?P<cue>[Ww]ie)\s+(?:(?:schon|bereits|auch|zuvor|zuletzt|bisher)\s+)?
                           (?P<np>{NP})(?=\s*,)""", re.VERBOSE)
#: the rest of the wie-clause after the apposition: at most nine words, the cue verb last
_WIE_REST = re.compile(rf"""\s*,\s*(?P<mid>(?:[^\s,;:.!?]+\s+){{0,9}}?)
                           (?P<verb>[a-zäöüß]+)(?P<aux>\s+{_AUX})?
                           (?=\s*(?:[,;:.!?–—]|$))""", re.VERBOSE)


def _wie_apposed(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """`Wie X, Chef der Y, mitteilte, ist …` / `…, wie der Chef der Y, X, am Montag sagte.`:
    the speaker's apposition is read by apposition.py, the verb ends the wie-clause."""
    doc, lx, base = ctx.doc, ctx.lx, unit.span.start
    for wm in islice(_WIE_HEAD.finditer(m), MAX_CUES):
        head = parse(wm.group("np"), base + wm.start("np"), ctx.pack)
        src, rel = widen(ctx, m, base, head, wm.end("np"))
        rest = _WIE_REST.match(m, rel) if rel > wm.end("np") else None
        if src is None or rest is None or rest.group("verb") not in lx.rows or \
                lx.wie_before(m, rest.start("verb")) is not None:
            continue  # no apposition, no cue verb, or the plain frame reads it (rules.py)
        if any(r["frame"] == "impersonal" for r, _ in lx.rows[rest.group("verb")]):
            continue
        end = base + rest.end()
        after = m[rest.end():].lstrip()
        if after.startswith(","):  # fronted: the main clause after the comma
            body = content(doc, end + m[rest.end():].index(",") + 1,
                           base + lx.content_end(m, rest.end() + m[rest.end():].index(",") + 1))
        else:  # "…, wie X, Chef der Y, mitteilte.": the clause before
            body = content(doc, _clause_start(m, base, wm.start()), base + wm.start("cue"))
        if body is None:
            continue
        verb = Span(base + rest.start("verb"), base + rest.end("verb"))
        cue = _piece_cue(doc.text, [Span(base + wm.start("cue"), base + wm.end("cue")), verb], verb)
        yield make("according_to", body, cue=cue, source=src, rule="according_wie_apposition")


#: a verbless sentence of its own after a claim: "So Merkel, die Kanzlerin, am Abend."
_SO_ALONE = re.compile(rf"\s*(?P<cue>So)\s+(?!(?:auch|etwa|zum|zur|wie|weit|lange|viel)\s)"
                       rf"(?P<np>{NP})")
#: what may follow the speaker in it: a time or place phrase, never a verb (lower-case words
#: are prepositions, articles or time adverbs only)
_SO_ALONE_TAIL = re.compile(r"""(?:\s*,)?(?:\s+(?:am|im|in|vom|auf|bei|beim|gegenüber|vor|nach|
                                  weiter|zuvor|dazu|gestern|heute|damals|später|abschließend|
                                  einer?|einem|dem|der|den|des|\d+\.?|[A-ZÄÖÜ][\w-]*)){0,6}
                                  \s*[.!]\s*$""", re.VERBOSE)
_INDEF_WORDS = frozenset("ein eine einer eines einem einen".split())


def _so_alone(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """`So X[, APPOS][ am Abend].` after a sentence of the same paragraph: X said that sentence
    (a quote before it is X's direct speech). "So ein Unsinn." or "So auch Berlin." name none."""
    doc, base = ctx.doc, unit.span.start
    sents = [s for s in doc.sentences if s.paragraph == unit.paragraph]
    for i, sent in enumerate(sents):
        if i == 0 or not (base <= sent.span.start < unit.span.end):
            continue
        at = sent.span.start - base
        am = _SO_ALONE.match(m, at)
        if am is None or am.group("np").split()[0].lower() in _INDEF_WORDS:
            continue
        head = parse(am.group("np"), base + am.start("np"), ctx.pack)
        src, rel = widen(ctx, m, base, head, am.end("np"), final=True)
        tail = _SO_ALONE_TAIL.match(m[:sent.span.end - base], rel)
        if src is None or tail is None or src.type == "anonymous" and not src.role:
            continue
        words = am.group("np").split()
        if words[0].lower() in ("der", "die", "das", "den") and not _agent(ctx, am.group("np")) \
                and ctx.pack and Animacy.of(ctx.pack).can_speak(words[-1]) is not True:
            continue  # "So die Lage am Abend.": a thing, no speaker
        prev = sents[i - 1].span
        said = doc.slice(prev).strip()
        quoted = re.fullmatch(r"[„“»«\"]([^„“”»«\"]+)[“”«»\"]\s*[.!?]?", said)
        lead = len(doc.slice(prev)) - len(doc.slice(prev).lstrip())
        if quoted is not None:
            body = content(doc, prev.start + lead + 1, prev.start + lead + 1 + len(quoted.group(1)))
            kind = "direct"
        else:
            body = content(doc, prev.start, prev.end)
            kind = "according_to"
        if body is not None:
            yield make(kind, body, cue=text_span(doc, base + am.start("cue"), base + am.end("cue")),
                       source=src, rule="according_so_alone")

