"""German direct quotes: the frame before (`X sagte: «…»`, `X: «…»`), after (`«…», sagte X`,
`«…», hieß es vom X`), around (`«…», so X, «…»`), a frame taken up by the next sentence
(`«…» Das musste X einräumen.`), or none (a quote standing alone continues the last speaker).
"""

from __future__ import annotations

import re

from ...model import Attribution, Document, Quote, SourceMention, Span, TextSpan, Via
from ..common import as_via, content, make, text_span, trim, Unit
from .clauses import (Ctx, State, _ADV, _AUX, _NP_AT, _NP_END, _NP_VERB, _POST_SUBJ, _PRE_SUBJ,
                      _reach, _subject, _unwrap, _vias)
from .lexicon import FINITE_WERDEN
from .mentions import ADJ, NP, parse

#: what a frame reader returns: (cue, source, vias, rule name)
Frame = tuple[TextSpan | None, SourceMention | None, list[Via], str]

def _direct(ctx: Ctx, unit: Unit, m: str, q: Quote, speech: list[Quote], consumed: set[int],
            state: State) -> Attribution | None:
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
    consumed.add(id(q))
    end = q.inner.end
    kind = "direct"
    # what stands before the quote in this unit (after an earlier quote, if any)
    prev_end = max((p.span.end for p in speech if p.span.end <= q.span.start), default=base)
    pre = m[prev_end - base:q.span.start - base]
    post = m[q.span.end - base:]
    cue = src = None
    via: list[Via] = []
    rule = "direct"
    # 1. frame after: «…», sagte X  /  «…», so X  /  «…» wird X (in Y) zitiert
    pm = lx.post_quote.match(post)
    if pm and pre.strip(" ,–—-") in ("", ):
        cue_end = q.span.end + (pm.end("es") if pm.group("es") else pm.end("cue"))
        if pm.group("es"):  # "hieß es vom X": the cue is "hieß es"
            cue_end = q.span.end + pm.end("cue") + 3
        cue = text_span(doc, q.span.end + pm.start("cue"), cue_end)
        src_at = q.span.end + pm.start("np")
        src = parse(pm.group("np"), src_at, ctx.pack)
        tail_start = q.span.end + pm.end("np")
        rule = "direct_after"
        row = lx.row_for(pm.group("cue"), post, pm.end("cue"))
        if row is not None and "cite" in row["frame"] and src is not None:
            # «…», zitiert die «Computerwoche» Lynch: the first noun phrase relays the second
            sp = _NP_AT.match(m, tail_start - base)
            speaker = parse(sp.group("np"), base + sp.start("np"), ctx.pack) if sp else None
            if speaker is not None:
                via, src = [as_via(src)], speaker
                tail_start = base + sp.end("np")
        # «…», sagte X, «…»: one attribution over both parts
        nxt = next((p for p in speech if p.span.start >= tail_start and id(p) not in consumed),
                   None)
        if nxt is not None and not m[tail_start - base:nxt.span.start - base].strip(" ,:–—-"):
            consumed.add(id(nxt))
            end = nxt.inner.end
            rule = "direct_around"
        elif _PARTIAL_TAIL.match(m, tail_start - base) and kinds_short(doc, q):
            # «In absehbarer Zeit», so X, wird VW «…»: the sentence goes on after the frame
            end = trim(doc.text, tail_start, unit.span.end)[1]
            kind, rule = "mixed", "mixed_around"
        via = via + _vias(ctx, tail_start, unit.span.end, m, base)
    elif (dm := _ES_IN_DOC.match(post)) is not None and (
            not pre.strip(" ,–—-") or pre.rstrip().endswith(":")):
        # «…», heißt es in einer am Montag verbreiteten Erklärung (des Vereins): the owner of
        # the document speaks, else the document itself
        cue = text_span(doc, q.span.end + dm.start("cue"), q.span.end + dm.end("cue"))
        group = "np" if dm.group("np") else "doc"
        if group == "np" or dm.group("doc").lower().rsplit("-", 1)[-1] in lx.documents:
            src = parse(dm.group(group), q.span.end + dm.start(group), ctx.pack)
        rule = "direct_es_in_document"
    elif (wm := _WORDS_AFTER.match(post)) is not None and not pre.strip(" ,–—-"):
        # «…», mit diesen Worten meldete er sich zurück: any verb frames the quote
        cue = text_span(doc, q.span.end + wm.start("cue"), q.span.end + wm.end("cue"))
        src = parse(wm.group("np"), q.span.end + wm.start("np"), ctx.pack)
        rule = "direct_words_after"
    elif (lm := _LASSEN_AFTER.match(post)) is not None and not pre.strip(" ,–—-"):
        # «…», ließ ein Sprecher aus Washington kurz verlauten: a causative frame
        cue = text_span(doc, q.span.end + lm.start("cue"), q.span.end + lm.end("cue"))
        src = parse(lm.group("np"), q.span.end + lm.start("np"), ctx.pack)
        rule = "direct_after"
    elif pre.rstrip().endswith((":", ",")) or ctx.lx.cue_ends(pre):
        frame = _frame_before(ctx, unit, m, prev_end, q.span.start)
        if frame is not None:
            cue, src, via, rule = frame
    if src is None and cue is None and pre.rstrip().endswith("("):
        pm2 = _NP_END.search(pre.rstrip()[:-1].rstrip(" ,"))  # "ElBaradei („Mir fällt …“)"
        if pm2 is not None:
            src = parse(pm2.group("np"), prev_end + pm2.start("np"), ctx.pack)
            rule = "direct_parenthesis"
            if src is None:
                return None
    if src is None and cue is None:
        if (pre.strip(" ,–—-:") and not _CONNECTOR.fullmatch(pre)) or \
                post.strip(" .!?,–—-"):
            return None  # a quote inside a sentence without a frame: mixed or nothing
        block = _colon_block(ctx, unit, q.span.start)
        taken = _taken_up(ctx, unit) if block is None else None
        if block is not None:  # "X sagte am Montag:" ¶ „…“: the frame ends the unit before
            cue, src, via, rule = block
        elif taken is not None:
            cue, src = taken
            rule = "direct_taken_up"
        else:
            src = _reach(state, unit, 2)
            rule = "direct_continuation"
    body = content(doc, q.inner.start, end)
    if body is None:
        return None
    return make(kind, body, cue=cue, source=src, via=via, rule=rule)


#: «…», mit diesen Worten begrüßte der Trainer …: the quote is named as the words of a verb
_WORDS_AFTER = re.compile(rf"""\s*[,–—-]?\s*[Mm]it\s+(?:diesen|den|folgenden|jenen|solchen)\s+
                               (?:\w+\s+)?Worten\s+(?P<cue>[a-zäöüß]+)(?:\s+sich)?(?:\s+{_ADV})?
                               \s+(?P<np>{NP})""",
                          re.VERBOSE)
#: «…», ließ ein Sprecher (aus Washington) (kurz) verlauten / mitteilen / erklären
_LASSEN_AFTER = re.compile(rf"""\s*[,–—-]\s*(?P<cue>ließ|ließen|lässt|lassen)\s+(?P<np>{NP})
                               (?:\s+[^\s,.;:!?«»„“”]+){{0,5}}?
                               \s+(?:verlauten|erklären|mitteilen|ausrichten|wissen)
                               \s*(?:[.!?]|$)""", re.VERBOSE)
#: «…», heißt es in einer gestern verbreiteten Erklärung (des Bischofs)
_ES_IN_DOC = re.compile(rf"""\s*[,–—-]\s*(?P<cue>(?:heißt|hieß|heisst|hiess)\s+es)
                             (?:\s+{_ADV})?\s+(?:in|im)\s+
                             (?:(?:einem|einer|dem|der|seinem|seiner|ihrem|ihrer|einer)\s+)?
                             (?:(?:am|vom)\s+[A-ZÄÖÜ]\w+\s+      # am Montag
                                |[a-zäöüß][\w-]*\s+){{0,3}}         # gestern verbreiteten
                             (?P<doc>[A-ZÄÖÜ][\w-]+)             # Erklärung, Mitteilung
                             (?:\s+(?:des|der|von|vom)\s+(?P<np>{NP}))?""", re.VERBOSE)
#: a quote after "Und:" or "Weiter:" goes on with the speaker of the quote before
_CONNECTOR = re.compile(r"\s*(?:Und|Sowie|Weiter|Außerdem|Ausserdem|Ferner|Zudem|Dann|"
                        r"Schließlich|Schliesslich|Und\s+weiter)\s*:\s*")


#: after «…», so X the sentence goes on: ", wird VW «…»" (words, then a quote, no full stop)
_PARTIAL_TAIL = re.compile(r"\s*,\s+[a-zäöüß]\w*\s[^.!?]*?[«„»“\"\u2591]")
#: "Das musste X einräumen", "So beschrieb es X": a sentence that takes up the quote before it
_TAKE_UP = re.compile(rf"\s*(?:Das|Dies|So)\s+(?P<v>\w+)(?:\s+{_ADV})?\s+(?P<np>{NP})")
#: "Mit diesen Worten eröffnete X die Sitzung": the words name the quote, any verb frames it
_WORDS_TAKE_UP = re.compile(rf"""\s*(?P<cue>Mit\s+(?:diesen|den|solchen|jenen|folgenden)\s+
                                 (?:[a-zäöüß]+en\s+)?Worten)
                                 # the finite verb, not a preposition ("Worten im Ohr")
                                 \s+(?!(?:im|in|am|an|auf|aus|bei|vor|nach|mit|zu|zum|zur|und|
                                       von|vom|über|unter|für|gegen)(?![\w-]))
                                 (?P<v>[a-zäöüß]+)(?:\s+sich)?(?:\s+{_ADV})?\s+(?P<np>{NP})""",
                            re.VERBOSE)
#: a preposition that opens a scene after the speaker ("am Dienstag", "in Berlin")
_SCENE_PREP = r"(?:am|im|in|bei|beim|gegenüber|vor|nach|auf|während|zum|zur)(?![\w-])"
#: "So der Minister.", "So Hofreiter am Dienstag in Berlin.": a verbless sentence naming the
#: speaker of the quote before; only a scene (time, place, occasion) may follow the name
_SO_ALONE = re.compile(rf"""\s*(?P<cue>So)\s+(?P<np>{NP}(?:,\s+{NP})?)
                            (?:\s+(?:{_ADV}|zuletzt|abschließend|jüngst|kürzlich))*
                            (?:\s+{_SCENE_PREP}
                               # the scene's words are no preposition: one reading of each word
                               # (a preposition inside a scene made the match exponential)
                               (?:\s+(?!{_SCENE_PREP})[^\s.!?,;:]+){{1,4}}?)*
                            \s*[.!]?\s*$""", re.VERBOSE)


def kinds_short(doc: Document, q: Quote) -> bool:
    """A short opening quote without end punctuation (a few words of a longer statement)."""
    inner = doc.text[q.inner.start:q.inner.end].strip()
    return len(inner.split()) <= 6 and not inner.endswith(tuple(".!?…"))


def _taken_up(ctx: Ctx, unit: Unit) -> tuple[TextSpan | None, SourceMention] | None:
    """(cue, source) when the sentence after a bare quote names its speaker with a cue:

    „Ja, es gibt Zumutungen.“ Das musste der Minister einräumen.
    """
    doc, lx = ctx.doc, ctx.lx
    nxt = next((s for s in ctx.index.sentences.get(unit.paragraph, ())
                if s.start >= unit.span.end), None)
    if nxt is None or doc.text[unit.span.end:nxt.start].strip():
        return None
    text = doc.text[nxt.start:nxt.end]
    wm = _WORDS_TAKE_UP.match(text) or _SO_ALONE.match(text)
    if wm is not None and not any(w in lx.rows for w in wm.group("np").split()[:1]):
        src = parse(wm.group("np"), nxt.start + wm.start("np"), ctx.pack)
        if src is not None:
            return text_span(doc, nxt.start + wm.start("cue"), nxt.start + wm.end("cue")), src
    tm = _TAKE_UP.match(text)
    if tm is None or not (tm.group("v") in lx.rows or re.fullmatch(_AUX, tm.group("v"))):
        return None
    cm = next(iter(lx.cue.finditer(text, tm.start("v"))), None)
    if cm is None or lx.row_for(cm.group(0), text, cm.end()) is None:
        return None
    src = parse(tm.group("np"), nxt.start + tm.start("np"), ctx.pack)
    if src is None:
        return None
    return text_span(doc, nxt.start + cm.start(), nxt.start + cm.end()), src


def _colon_block(ctx: Ctx, unit: Unit, qstart: int) -> Frame | None:
    """(cue, source, via, rule) when the unit before the quote is a frame ending in a colon:

    Der Minister sagte am Montag vor Journalisten:
    „Wir werden die Grenzen nicht schließen.“
    """
    prev = ctx.state.previous
    text = ctx.doc.text
    if prev is None or prev.end > qstart or text[prev.end:qstart].strip():
        return None
    head = text[prev.start:prev.end].rstrip()
    if not head.endswith(":") or any(c in head for c in "«»„“”\"‚‘‹›"):
        return None  # a quote in the frame itself: its own attribution
    before = Unit(Span(prev.start, prev.start + len(head)), unit.paragraph, [])
    frame = _frame_before(ctx, before, head, prev.start, prev.start + len(head))
    if frame is None:
        return None
    cue, src, via, rule = frame
    return cue, src, via, rule + "_block"


def _frame_before(ctx: Ctx, unit: Unit, m: str, start: int, qstart: int) -> Frame | None:
    """(cue, source, via, rule) of `X sagte:` / `«CNN» zitiert X:` before a quote, or None."""
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
    region = m[start - base:qstart - base]
    cm = None
    for c in lx.cue.finditer(region):
        if lx.row_for(c.group(0), region, c.end()) is not None and not lx.pp_only(c.group(0)):
            cm = c
            break
    if cm is None:
        if not region.rstrip().endswith(":"):
            return None
        return _colon_frame(ctx, unit, m, start, qstart, region)
    row = lx.row_for(cm.group(0), region, cm.end())
    cue = text_span(doc, start + cm.start(), start + cm.end())
    subj = _subject(ctx, m, base, start, start + cm.start(), start + cm.end())
    if subj is None or subj[0] is None:
        # "Warum …, erklärte die Universität so:": the subject follows the verb
        # "äußerte sich der Minister jedoch zuversichtlich:": a reflexive verb, its subject,
        # then adverbs and one predicative adjective before the colon
        refl = re.match(r"\s+sich(?![\w-])", m[start + cm.end() - base:])
        sm = _POST_SUBJ.match(m, start + cm.end() - base + (refl.end() if refl else 0))
        pred = r"(?:\s+[a-zäöüß]+)?" if refl else ""
        if sm is None or not re.fullmatch(rf"(?:\s+(?:so|{_ADV}))*{pred}\s*:\s*",
                                          m[sm.end():qstart - base]):
            return _colon_frame(ctx, unit, m, start, qstart, region) \
                if region.rstrip().endswith(":") else None
        subj = parse(sm.group("np"), base + sm.start("np"), ctx.pack), base + sm.end()
    src, subj_end = subj
    passive = _passive_speaker(ctx, unit, m, start, cm, row)
    if passive is not None:
        src = passive[0]  # "Darin wird der Minister aufgefordert: «…»": no patient speaks
    via = _vias(ctx, start + cm.end(), qstart, m, base)
    if row["frame"].startswith("cite") or "cite" in row["frame"]:
        obj = _POST_SUBJ.match(m, cm.end() + start - base)
        if obj is not None and src is not None:
            speaker = parse(obj.group("np"), base + obj.start("np"), ctx.pack)
            if speaker is not None:
                return cue, speaker, [as_via(src)] + via, "direct_cited"
    return cue, src, via, "direct_before"


#: a first field that points into a document or statement named just before
_POINTER = re.compile(r"\s*(?:Darin|Dort|Dabei|Hierin|Hierbei|Weiter|Zudem|Außerdem)(?![\w-])")
_AGENT = re.compile(rf"(?<![\w-])(?:von\s+Seiten|seitens|von|vom)\s+(?P<np>{NP})")


def _passive_speaker(ctx: Ctx, unit: Unit, m: str, start: int, cm: re.Match[str],
                     row: dict[str, str]) -> tuple[SourceMention | None] | None:
    """(speaker,) of a passive frame, or None when the frame is active.

    The subject of "wird … aufgefordert" is the one addressed; the speaker is the agent
    (von X), else the last speaker when the first field points back ("Darin wird …"), else
    nobody.
    """
    base = unit.span.start
    form = cm.group(0)
    if "cite" in row["frame"] or form == row["lemma"] or not form.endswith(("t", "en")):
        return None
    pre = m[start - base:start - base + cm.start()]
    aux = FINITE_WERDEN.search(pre)  # a passive auxiliary: "Darin wird der Minister aufgefordert"
    if aux is None or re.search(r"(?<![\w-])(?:hat|hatte|habe|haben|hatten)(?![\w-])", pre):
        return None
    agent = _AGENT.search(pre, aux.end())
    if agent is not None:
        return (parse(agent.group("np"), start + agent.start("np"), ctx.pack),)
    return (_reach(ctx.state, unit, 1) if _POINTER.match(pre) else None,)


#: a lower-case word that ends the first field (a finite verb, not an adjective)
_FIRST_VERB = re.compile(rf"""\s(?!{ADJ})
                             # a preposition or article is no verb ("Die Stimmung nach dem Spiel:")
                             (?!(?:nach|vor|bei|beim|am|im|in|an|auf|aus|mit|von|vom|zu|zum|zur|
                                   für|über|unter|gegen|um|während|der|die|das|des|dem|den|
                                   und|oder)(?![\w-]))
                             (?:[a-zäöüß]+)(?=[\s,:])""", re.VERBOSE)


def _colon_frame(ctx: Ctx, unit: Unit, m: str, start: int, qstart: int, region: str) -> Frame | None:
    """A speaker before a colon without a known cue.

    "BKA-Präsident Ziercke: «…»", "…, und Ministerpräsident Jens Stoltenberg: «…»",
    "Sein Mitarbeiter Nick Brauns hat weniger Hemmungen, …: «…»", "X beschrieb es mit den
    Worten: «…»". A speaker named right before the colon must be a person with a role or a
    full name; a first field is taken only when the clause has a finite verb after it.
    """
    base = unit.span.start
    head = region.rstrip()[:-1]
    stated = _statement_frame(ctx, region, start)
    if stated is not None:
        return stated
    written = _written_frame(ctx, region, start)
    if written is not None:
        return written
    im = _ES_BEFORE.fullmatch(region)
    if im is not None:
        # "In dem Antrag heißt es wörtlich:": the document (or its owner) speaks
        group = "np" if im.group("np") else "doc"
        src = _unwrap(ctx, im.group(group), start + im.start(group)) if group == "np" else \
            parse(im.group("doc"), start + im.start("doc"), ctx.pack)
        if src is not None:
            cue = text_span(ctx.doc, start + im.start("cue"), start + im.end("cue"))
            return cue, src, [], "direct_es_in_document"
    sm = _PRE_SUBJ.fullmatch(head)
    if sm and sm.group("np").strip() not in ("", "Es", "Das", "Dies"):
        src = _speaker(ctx, sm.group("np"), start + sm.start("np"))
        if src is not None:
            return None, src, _vias(ctx, start + sm.end(), qstart, m, base), "direct_colon"
    tm = _SCENE_PP.fullmatch(head)
    sm = _PRE_SUBJ.fullmatch(tm.group("head")) if tm is not None else None
    if sm and sm.group("np").strip() not in ("", "Es", "Das", "Dies"):
        # "Ein Sprecher der Polizei nach der Festnahme:": a scene after a speaker with a role
        src = _speaker(ctx, sm.group("np"), start + sm.start("np"))
        if src is not None and (src.role or src.type == "person" and len(src.name.split()) >= 2):
            return None, src, [], "direct_colon"
    em = _NP_END.search(head.rstrip())
    if em is not None and re.search(r"(?:^|[,;–—(]|\bund|\bsowie)\s*$", head[:em.start()]):
        src = _speaker(ctx, em.group("np"), start + em.start("np"))
        if src is not None and src.type == "person" and (
                src.role or len(src.name.split()) >= 2) and src.name[:1].isupper():
            return None, src, [], "direct_colon"
    sm = _NP_VERB.match(region)
    if sm and sm.group("np").strip() not in ("", "Es", "Das", "Dies"):
        src = _speaker(ctx, sm.group("np"), start + sm.start("np"))
        if src is not None:
            return None, src, _vias(ctx, start + sm.end(), qstart, m, base), "direct_colon"
    fv = _FIRST_VERB.search(head)
    if fv is not None and (re.search(r"\bmit\s+(?:den|folgenden)\s+(?:\w+\s+)?Worten\s*$", head)
                           or len(head.split()) <= 25):
        fm = _NP_END.search(head[:fv.start()])
        if fm is not None and not head[:fm.start()].strip() and \
                head[:fv.start()].strip() == fm.group("np").strip():
            carried = _reach(ctx.state, unit, 2) if ctx.lx.mood(fv.group()) == "k1" else None
            if carried is not None:
                # "Queensland sei Neuseeland zu Dank verpflichtet: «…»": the clause before the
                # colon is itself reported (Konjunktiv I), so the speaker named before goes on
                return None, carried, [], "direct_colon_carried"
            src = _speaker(ctx, fm.group("np"), start + fm.start("np"))
            if src is not None and src.type != "anonymous" and src.name[:1].isupper():
                return None, src, _vias(ctx, start + fv.end(), qstart, m, base), "direct_colon"
    return None


#: "In dem Antrag heißt es (wörtlich):", "Im Bericht der Kommission heißt es:"
_ES_BEFORE = re.compile(rf"""\s*(?:In|Im)\s+(?:(?:dem|einem|ihrem|seinem|diesem)\s+)?
                             (?:[a-zäöüß][\w-]*(?:e|en|er|em|es)\s+){{0,2}}
                             (?P<doc>[A-ZÄÖÜ][\w-]+)
                             (?:\s+(?:des|der|von|vom)\s+(?P<np>{NP}))?
                             \s+(?P<cue>(?:heißt|hieß|heisst|hiess)\s+es)
                             (?:\s+{_ADV})*\s*:\s*""", re.VERBOSE)
#: "Auf dem Plakat der Demonstranten stand:", "Im Brief des Bischofs hieß es wörtlich:", "Auf
#: einem Schild an der Tür war zu lesen:": a written surface (frames_signs.tsv) and its owner
_WRITTEN = re.compile(rf"""\s*(?:Auf|In|Im|An|Am|Unter)\s+
                           (?:(?:dem|den|der|die|einem|einer|einen|ihrem|ihren|ihrer|seinem|
                                 seinen|seiner|zahlreichen|vielen|mehreren|einigen)\s+)?
                           (?:{ADJ}\s+){{0,2}}
                           (?P<doc>[A-ZÄÖÜ][\w-]+)
                           (?:\s+(?:des|der|von|vom|von\s+der|von\s+den)\s+(?P<np>{NP}))?
                           (?:\s+(?:an|auf|in|vor|am|im|neben)\s+[^:,;]{{1,40}}?)?
                           \s+(?P<cue>(?:stand|steht|standen|stehen|war|ist|waren|sind|
                                     (?:hieß|heißt|hiess|heisst)\s+es)
                                     (?:\s+geschrieben|\s+zu\s+lesen)?)
                           (?:\s+(?:wörtlich|nur|groß|etwa|unter\s+anderem|
                                  in\s+großen\s+Lettern|in\s+großen\s+Buchstaben))*
                           \s*:\s*$""", re.VERBOSE)


def _written_frame(ctx: Ctx, region: str, start: int) -> Frame | None:
    """`Auf dem Plakat der Demonstranten stand: «…»`: the owner of the writing speaks; a sign
    without an owner names nobody, a letter or a statement without one speaks itself."""
    wm = _WRITTEN.match(region)
    if wm is None:
        return None
    kinds = ctx.pack.hooks.get("_de_signs")
    if kinds is None:
        kinds = {r["noun"]: r["kind"] for r in ctx.pack.lexicon("frames_signs")}
        ctx.pack.hooks["_de_signs"] = kinds
    noun = wm.group("doc").lower()
    kind = kinds.get(noun) or next((k for n, k in kinds.items()
                                    if noun.endswith(n) and len(noun) > len(n) + 2), None)
    if kind is None:
        return None
    cue = text_span(ctx.doc, start + wm.start("cue"), start + wm.end("cue"))
    if wm.group("np"):
        src = _unwrap(ctx, wm.group("np"), start + wm.start("np"))
    elif kind == "letter":
        src = parse(wm.group("doc"), start + wm.start("doc"), ctx.pack)
    else:
        src = None
    return cue, src, [], "direct_written"


#: a scene after the speaker before a colon: "X nach der Festnahme:", "X am Rande des Gipfels:"
_SCENE_PP = re.compile(r"""(?P<head>.+?)\s+(?:nach|vor|bei|beim|während|am|im|gegenüber)\s+
                           [^,:;«„»“”\"]{1,60}""", re.VERBOSE)
#: "Das Fazit von X:", "Seine Meinung zu Y:", "Die Antwort der Ministerin:": a statement noun
#: names its speaker in a von-phrase, a genitive or a possessive
_STATED = re.compile(rf"""\s*(?:(?P<poss>Sein|Seine|Ihr|Ihre)|Das|Die|Der)\s+
                          (?:{ADJ}\s+)?
                          (?P<noun>Fazit|Meinung|Urteil|Antwort|Reaktion|Kommentar|Botschaft|
                                   Einschätzung|Bilanz|Resümee|Schlussfolgerung|Prognose|
                                   Kernaussage|Aussage|Forderung|Warnung|Devise|Parole)
                          (?:\s+(?:von|vom)\s+(?P<np>{NP})|\s+(?P<gen>(?:des|der)\s+{NP}))?
                          (?:\s+(?:zu|zum|zur|über|auf|nach)\s+[^:]{{1,80}}?)?
                          # "… überrascht daher nicht:", "… fällt positiv aus:"
                          (?:\s+(?:überrascht|überraschte|fällt|fiel|ist|war|lautet|lautete)
                             (?:\s+[a-zäöüß]+){{0,3}})?\s*:\s*$""",
                     re.VERBOSE)


def _statement_frame(ctx: Ctx, region: str, start: int) -> Frame | None:
    """`Das Fazit von X: «…»`: the statement noun is the cue, its owner the speaker."""
    sm = _STATED.match(region)
    if sm is None:
        return None
    group = "np" if sm.group("np") else "gen" if sm.group("gen") else None
    if group is not None:
        src = parse(sm.group(group), start + sm.start(group), ctx.pack)
    elif sm.group("poss"):
        poss = sm.group("poss")
        src = parse("er" if poss.startswith("S") else "sie", start + sm.start("poss"), ctx.pack)
        if src is not None:  # the possessive stands for its owner: "Seine" -> er
            src.text, src.span = poss, Span(start + sm.start("poss"), start + sm.end("poss"))
    else:
        return None
    if src is None or src.type == "anonymous":
        return None
    cue = text_span(ctx.doc, start + sm.start("noun"), start + sm.end("noun"))
    return cue, src, [], "direct_statement"


# --- according-to frames -----------------------------------------------------------------------


def _speaker(ctx: Ctx, np_text: str, at: int) -> SourceMention | None:
    """A mention before a colon that can speak: "Seine Meinung zu X:" or "Die ersten Worte
    Armstrongs:" name the statement, not its speaker (documents.tsv lists such nouns)."""
    words = {w.lower() for w in re.findall(r"[\w-]+", np_text)}
    if words & (ctx.lx.documents | _STATEMENTS):
        return None
    return parse(np_text, at, ctx.pack)


#: nouns for what was said (besides documents.tsv): "Seine Meinung:", "Die ersten Worte:"
_STATEMENTS = frozenset("meinung worte antwort reaktion kommentar fazit urteil botschaft "
                        "motto parole devise titel überschrift schlagzeile bilanz resümee "
                        "einschätzung schlussfolgerung prognose".split())
