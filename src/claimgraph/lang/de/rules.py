"""German attribution rules: direct quotes, reporting frames, according-to, Konjunktiv I.

A paragraph is read unit by unit (sentences glued over quotes, see `lang.common.units`).
In each unit, in this order:

1. speech quotes with a frame before (`X sagte: «…»`), after (`«…», erklärt X`), around
   (`«…», sagte X, «…»`) or none (a quote standing alone continues the last speaker);
2. according-to frames (`laut X`, `X zufolge`, `nach Angaben X`, `, so X`, `demnach`);
3. reporting-verb frames (cues.tsv): `X sagte, dass …`, `…, berichtet X`, `wie X mitteilte`,
   `X warnt vor «…»` (mixed when the content holds a quotation), `«CNN» zitiert X: «…»`;
4. reportative `sollen` with a perfect infinitive (`soll … gestohlen haben`);
5. Konjunktiv I (and II right after an attribution) continuing the last source.

Overlaps between candidates and relays (an outlet relaying a named speaker) are resolved by
the shared engine in `attribute.py`; this module only proposes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator

from ...model import Attribution, Document, Quote, SourceMention, Span, TextSpan, Via
from ..base import LanguagePack
from ..common import (MASK, Unit, as_via, classify_quote, content, copy_source,
                      make, masked, paragraph_quotes, stray_close, text_span, trim, units)
from . import lexicon
from .mentions import ADJ, NP, Lexicons, is_outlet, parse

# Adverbs that may stand between a subject and its verb or after an inverted subject.
_ADV = (r"(?:auch|zudem|dagegen|hingegen|jedoch|aber|allerdings|indes|derweil|unterdessen|"
        r"weiter|außerdem|ausserdem|bereits|nun|jetzt|heute|gestern|damals|dazu|selbst|"
        r"ebenfalls|zufolge|offenbar|erneut|stets|mehrfach|später|zuvor|daraufhin|inzwischen|"
        r"wörtlich)")
_AUX = (r"(?:hat|hatte|habe|haben|hatten|wird|wurde|werden|wurden|ist|war|soll|sollen|will|"
        r"wollte|muss|musste|kann|konnte|darf|durfte|möchte)")
_CONJ = r"(?:(?:Aber|Doch|Und|Denn|Sondern|Oder|Allerdings|Jedoch|Auch|Selbst|Zudem|Dann)\s+)"
_PRE_SUBJ = re.compile(rf"\s*{_CONJ}?(?P<np>{NP})(?:\s+{_ADV})*\s*", re.VERBOSE)
# "Die Sprecherin der Grünen, Anja Hajduk, sagte" / "Kluncker, der …, sagte": a subject with an
# apposition or a relative clause between commas before the verb
_APPOS = re.compile(
    rf"""\s*{_CONJ}?(?P<head>[^,]{{2,90}}?)\s*,\s*
         (?:(?P<app>{NP})[^,]{{0,80}}?\s*,\s*      # ", Obmann der CDU/CSU-Fraktion im …,"
           |(?:der|die|das|welche[rs]?)\s[^,]{{1,120}}\s*,\s*   # a relative clause
           |(?P<open>(?:ein|eine)\s+{NP}[^,]{{0,40}}?)\s*)  # ", ein Klimaexperte vom WWF" + verb
    """, re.VERBOSE)
_POST_SUBJ = re.compile(rf"(?:\s+{_ADV})?\s+(?P<np>{NP})")
_NP_AT = re.compile(rf"\s*(?P<np>{NP})")
_NP_VERB = re.compile(rf"\s*(?P<np>{NP})\s+[a-zäöüß]+(?:t|te|ten|en)\s")
_NP_END = re.compile(rf"(?P<np>{NP})\s*$")
# postposed «so»: "…, so Pentagon-Sprecherin Singh." (a name or determiner must follow)
_SO = re.compile(rf",\s*(?P<cue>so)\s+(?P<np>{NP})(?P<tail>(?:\s+[^\s,.!?]+){{0,8}})\s*[.!?]?\s*$")
_LAUT = re.compile(rf"(?<![\w-])(?P<cue>[Ll]aut|[Gg]emäß|[Gg]emäss)\s+(?P<np>{NP})")
_ZUFOLGE = re.compile(r"(?<![\w-])(?P<cue>zufolge)(?![\w-])")
_NACH = re.compile(
    r"""(?<![\w-])(?P<cue>[Nn]ach)\s+
        (?:(?:den|eigenen|ersten|offiziellen|bisherigen|vorläufigen|neuesten|jüngsten|
              neuen|übereinstimmenden|inoffiziellen)\s+)*
        (?P<noun>Angaben|Informationen|Einschätzung|Ansicht|Auffassung|Meinung|Aussagen?|
                 Darstellung|Schätzungen|Berechnungen|Erkenntnissen|Worten|Auskunft|Überzeugung|
                 [A-ZÄÖÜ][\w-]*?(?:-?[Aa]ngaben|-?[Ss]chätzungen|-?[Ii]nformationen))
        (?![\w-])""", re.VERBOSE)
_NACH_SRC = re.compile(rf"\s+(?:von\s+|vom\s+|des\s+|der\s+)?(?P<np>{NP})")
_GEN_ARTICLE = ("von", "vom", "des", "der", "eines", "einer", "")
_BERUFUNG = re.compile(rf"unter\s+Berufung\s+auf\s+(?P<np>{NP})")
_DEMNACH = re.compile(r"(?<![\w-])(?P<cue>[Dd]emnach)(?![\w-])")
_VIA = re.compile(rf"(?:gegenüber|mit|im|in|bei|von)\s+(?P<np>{NP})")
_IMPERSONAL_SRC = re.compile(rf"(?:[Aa]us|[Vv]on|[Ii]n|[Ii]m|[Bb]ei|[Bb]eim)\s+(?P<np>{NP})")
_REPORTATIVE = re.compile(
    r"""(?<![\w-])(?P<cue>soll|sollen|sollt?e?n?)(?![\w-])   # the modal
        (?P<mid>(?:[^,.;:!?]|(?<=\d)[.,](?=\d)){0,160}?)          # what is said to have happened
        (?<![\w-])(?:[\w-]+(?:t|en)\s+(?:worden\s+|gewesen\s+)?) # a participle (+ passive)
        (?:haben|sein)(?![\w-])                                 # the perfect infinitive
    """, re.VERBOSE)
# "Es soll sich um … handeln", "Er soll krank sein": sollen + a stative infinitive is hearsay
_REPORTATIVE_STATIVE = re.compile(
    r"""(?<![\w-])(?P<cue>soll|sollen)(?![\w-])
        (?P<mid>(?:[^,.;:!?]|(?<=\d)[.,](?=\d)){1,160}?)         # digits may hold 10.000
        (?<![\w-])(?:handeln|geben|bestehen|existieren|stammen|betragen|kosten|gehören|
                     besitzen|liegen|sein)(?=\s*(?:[,.;:!?]|$))""", re.VERBOSE)


@dataclass
class _State:
    """What the reading remembers across units: the last source and where it was named."""

    source: SourceMention | None = None
    cue: TextSpan | None = None
    paragraph: int = -1
    unit: int = -1
    unclosed: bool = False
    counter: int = 0
    #: the unit read before the current one (for "Demnach" after a report)
    previous: Span | None = None


@dataclass
class _Ctx:
    doc: Document
    pack: LanguagePack
    lx: lexicon.Compiled
    out: list[Attribution] = field(default_factory=list)
    state: _State = field(default_factory=_State)
    #: a speaker named by an intro frame in the current unit ("äußerte sich zu …")
    speaker: SourceMention | None = None


def find(doc: Document, paragraphs: list[int], pack: LanguagePack) -> list[Attribution]:
    """Candidate attributions in the German paragraphs `paragraphs` of `doc`.

    >>> from claimgraph import analyze
    >>> [a.kind for a in analyze("Laut Polizei soll der Täter geflohen sein.").attributions]
    ['according_to']
    """
    ctx = _Ctx(doc, pack, lexicon.compiled(pack))
    state = ctx.state
    for idx in paragraphs:
        para = doc.paragraphs[idx]
        if para.kind not in ("body", "embed"):
            continue  # headlines and subheads: too short to frame anything reliably
        quotes = paragraph_quotes(doc, idx)
        if state.unclosed and state.paragraph >= idx - 1:
            close = stray_close(doc.text, para.span.start, para.span.end)
            first_open = min((q.span.start for q in quotes), default=para.span.end)
            if close is not None and close < first_open:
                s = para.span.start
                quotes.insert(0, Quote(Span(s, close + 1), Span(s, close), "", doc.text[close],
                                       0, True, idx))
        state.unclosed = False
        for unit in units(doc, idx, quotes):
            state.counter += 1
            _read_unit(ctx, unit, state)
        state.unclosed = any(not q.closed for q in quotes)
    return ctx.out


# --- one unit ------------------------------------------------------------------------------


def _read_unit(ctx: _Ctx, unit: Unit, state: _State) -> None:
    doc = ctx.doc
    text = doc.text
    base = unit.span.start
    kinds = {id(q): classify_quote(text, q) for q in unit.quotes}
    names = [q for q in unit.quotes if kinds[id(q)] == "name"]
    m = masked(text, unit.span, unit.quotes, keep=names)
    found: list[Attribution] = []
    consumed: set[int] = set()
    speech = [q for q in unit.quotes if kinds[id(q)] == "speech"]
    for q in speech:
        if id(q) in consumed:
            continue
        att = _direct(ctx, unit, m, q, speech, consumed, state)
        if att is not None:
            found.append(att)
    direct_spans = [a.content.span for a in found]
    frames = list(_according(ctx, unit, m, state)) + list(_verb_frames(ctx, unit, m))
    for att in frames:
        if any(att.content.span.overlaps(s) and _mostly_quote(att, s) for s in direct_spans):
            continue
        if att.kind in ("indirect", "according_to") and any(
                kinds[id(q)] != "name" and att.content.span.contains(q.inner)
                for q in unit.quotes):
            att.kind = "mixed"
        found.append(att)
    _split_asyndetic(doc, found)
    found.extend(_reportative(ctx, unit, m))
    covered = sum(min(a.content.span.end, unit.span.end) - max(a.content.span.start, base)
                  for a in found if a.content.span.overlaps(unit.span))
    if covered < 0.5 * len(unit.span):
        cont = _continuation(ctx, unit, m, state, has_other=bool(found))
        if cont is not None:
            found.append(cont)
    for att in sorted(found, key=lambda a: a.content.span.start):
        if att.source is not None and att.rule not in ("reportative",):
            state.source, state.cue = att.source, att.cue
            state.paragraph, state.unit = unit.paragraph, state.counter
        elif att.rule.startswith("continuation"):
            state.unit = state.counter
    if ctx.speaker is not None and not any(a.source for a in found):
        state.source, state.cue = ctx.speaker, None
        state.paragraph, state.unit = unit.paragraph, state.counter
    ctx.speaker = None
    state.previous = unit.span
    ctx.out.extend(found)


def _split_asyndetic(doc: Document, found: list[Attribution]) -> None:
    """End an according-to content before a verb frame named inside it.

    "Nach Angaben der Veranstalter kamen 7.000 Menschen, die Polizei spricht von 4.000": the
    second clause has its own speaker, so the first content stops at the comma.
    """
    for a in found:
        if a.kind not in ("according_to", "mixed") or not a.rule.startswith("according"):
            continue
        for b in found:
            if b is a or b.source is None or b.source.span is None or b.cue is None or \
                    a.cue is None or not b.rule.startswith("verb"):
                continue
            if a.cue.span.end <= b.source.span.start and a.content.span.contains(b.source.span):
                comma = doc.text.rfind(",", a.content.span.start, b.source.span.start)
                if comma > a.cue.span.end:
                    body = content(doc, a.content.span.start, comma)
                    if body is not None:
                        a.content = body


def _mostly_quote(att: Attribution, quote_span: Span) -> bool:
    """A frame's content that is mostly an already attributed direct quote is a duplicate."""
    ov = min(att.content.span.end, quote_span.end) - max(att.content.span.start, quote_span.start)
    return ov > 0.5 * len(att.content.span)


# --- direct quotes -----------------------------------------------------------------------------


def _direct(ctx: _Ctx, unit: Unit, m: str, q: Quote, speech: list[Quote], consumed: set[int],
            state: _State) -> Attribution | None:
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
        taken = _taken_up(ctx, unit)
        if taken is not None:
            cue, src = taken
            rule = "direct_taken_up"
        else:
            src = _reach(state, unit, 2)
            rule = "direct_continuation"
    body = content(doc, q.inner.start, end)
    if body is None:
        return None
    return make(kind, body, cue=cue, source=src, via=via, rule=rule)


#: a quote after "Und:" or "Weiter:" goes on with the speaker of the quote before
_CONNECTOR = re.compile(r"\s*(?:Und|Sowie|Weiter|Außerdem|Ausserdem|Ferner|Zudem|Dann|"
                        r"Schließlich|Schliesslich|Und\s+weiter)\s*:\s*")
#: after «…», so X the sentence goes on: ", wird VW «…»" (words, then a quote, no full stop)
_PARTIAL_TAIL = re.compile(r"\s*,\s+[a-zäöüß]\w*\s[^.!?]*?[«„»“\"\u2591]")
#: "Das musste X einräumen", "So beschrieb es X": a sentence that takes up the quote before it
_TAKE_UP = re.compile(rf"\s*(?:Das|Dies|So)\s+(?P<v>\w+)(?:\s+{_ADV})?\s+(?P<np>{NP})")


def kinds_short(doc: Document, q: Quote) -> bool:
    """A short opening quote without end punctuation (a few words of a longer statement)."""
    inner = doc.text[q.inner.start:q.inner.end].strip()
    return len(inner.split()) <= 6 and not inner.endswith(tuple(".!?…"))


def _taken_up(ctx: _Ctx, unit: Unit) -> tuple[TextSpan | None, SourceMention] | None:
    """(cue, source) when the sentence after a bare quote names its speaker with a cue:

    „Ja, es gibt Zumutungen.“ Das musste der Minister einräumen.
    """
    doc, lx = ctx.doc, ctx.lx
    nxt = next((s.span for s in doc.sentences if s.paragraph == unit.paragraph
                and s.span.start >= unit.span.end), None)
    if nxt is None or doc.text[unit.span.end:nxt.start].strip():
        return None
    text = doc.text[nxt.start:nxt.end]
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


def _frame_before(ctx: _Ctx, unit: Unit, m: str, start: int, qstart: int):
    """(cue, source, via, rule) of `X sagte:` / `«CNN» zitiert X:` before a quote, or None."""
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
    region = m[start - base:qstart - base]
    cm = None
    for c in lx.cue.finditer(region):
        if lx.row_for(c.group(0), region, c.end()) is not None:
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
        sm = _POST_SUBJ.match(m, start + cm.end() - base)
        if sm is None or not re.fullmatch(rf"(?:\s+(?:so|{_ADV}))*\s*:\s*",
                                          m[sm.end():qstart - base]):
            return _colon_frame(ctx, unit, m, start, qstart, region) \
                if region.rstrip().endswith(":") else None
        subj = parse(sm.group("np"), base + sm.start("np"), ctx.pack), base + sm.end()
    src, subj_end = subj
    via = _vias(ctx, start + cm.end(), qstart, m, base)
    if row["frame"].startswith("cite") or "cite" in row["frame"]:
        obj = _POST_SUBJ.match(m, cm.end() + start - base)
        if obj is not None and src is not None:
            speaker = parse(obj.group("np"), base + obj.start("np"), ctx.pack)
            if speaker is not None:
                return cue, speaker, [as_via(src)] + via, "direct_cited"
    return cue, src, via, "direct_before"


#: a lower-case word that ends the first field (a finite verb, not an adjective)
_FIRST_VERB = re.compile(rf"\s(?!{ADJ})(?:[a-zäöüß]+)(?=[\s,:])")


def _colon_frame(ctx: _Ctx, unit: Unit, m: str, start: int, qstart: int, region: str):
    """A speaker before a colon without a known cue.

    "BKA-Präsident Ziercke: «…»", "…, und Ministerpräsident Jens Stoltenberg: «…»",
    "Sein Mitarbeiter Nick Brauns hat weniger Hemmungen, …: «…»", "X beschrieb es mit den
    Worten: «…»". A speaker named right before the colon must be a person with a role or a
    full name; a first field is taken only when the clause has a finite verb after it.
    """
    base = unit.span.start
    head = region.rstrip()[:-1]
    sm = _PRE_SUBJ.fullmatch(head)
    if sm and sm.group("np").strip() not in ("", "Es", "Das", "Dies"):
        src = parse(sm.group("np"), start + sm.start("np"), ctx.pack)
        if src is not None:
            return None, src, _vias(ctx, start + sm.end(), qstart, m, base), "direct_colon"
    em = _NP_END.search(head.rstrip())
    if em is not None and re.search(r"(?:^|[,;–—(]|\bund|\bsowie)\s*$", head[:em.start()]):
        src = parse(em.group("np"), start + em.start("np"), ctx.pack)
        if src is not None and src.type == "person" and (
                src.role or len(src.name.split()) >= 2) and src.name[:1].isupper():
            return None, src, [], "direct_colon"
    sm = _NP_VERB.match(region)
    if sm and sm.group("np").strip() not in ("", "Es", "Das", "Dies"):
        src = parse(sm.group("np"), start + sm.start("np"), ctx.pack)
        if src is not None:
            return None, src, _vias(ctx, start + sm.end(), qstart, m, base), "direct_colon"
    fv = _FIRST_VERB.search(head)
    if fv is not None and (re.search(r"\bmit\s+(?:den|folgenden)\s+(?:\w+\s+)?Worten\s*$", head)
                           or len(head.split()) <= 25):
        fm = _NP_END.search(head[:fv.start()])
        if fm is not None and not head[:fm.start()].strip() and \
                head[:fv.start()].strip() == fm.group("np").strip():
            src = parse(fm.group("np"), start + fm.start("np"), ctx.pack)
            if src is not None and src.type != "anonymous" and src.name[:1].isupper():
                return None, src, _vias(ctx, start + fv.end(), qstart, m, base), "direct_colon"
    return None


# --- according-to frames -----------------------------------------------------------------------


def _according(ctx: _Ctx, unit: Unit, m: str, state: _State) -> Iterator[Attribution]:
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
    ustart, uend = unit.span.start, unit.span.end
    fm = _FUER.match(m)
    if fm is not None:  # "Für Anja Hajduk ist die Zeit der Ehrlichkeit vorbei"
        src = parse(fm.group("np"), base + fm.start("np"), ctx.pack)
        if src is not None and src.type == "person" and (
                _is_name(fm.group("np")) or (src.role and src.name != src.text.split()[-1])):
            stop = _SUBORD_COMMA.search(m, fm.end())
            body = content(doc, base + fm.end(), base + (stop.start() if stop else len(m)))
            if body is not None:
                yield make("according_to", body, cue=text_span(doc, base + fm.start("cue"),
                           base + fm.end("cue")), source=src, rule="according_fuer")
    for am in _LAUT.finditer(m):
        first = re.sub(r"^(?:der|die|das|dem|den|des)\s+", "", am.group("np").lower()).split()
        if not first or first[0].strip("«»„“") in lx.laut_blockers:
            continue
        src = _unwrap(ctx, am.group("np"), base + am.start("np"))
        body = _around(doc, ustart, uend, base + am.start(), base + am.end(), lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + am.start("cue"),
                       base + am.end("cue")), source=src, rule="according_laut")
    for zm in _ZUFOLGE.finditer(m):
        before = m[:zm.start()]
        paren = re.search(r"\s*\([^()]{1,30}\)\s*$", before)  # "des Verbandes (VDR) zufolge"
        nm = _NP_END.search(before[:paren.start()] if paren else before)
        if nm is None:
            continue
        np_text = nm.group("np")
        if np_text.split()[-1].lower() in lx.laut_blockers:
            continue
        src = _unwrap(ctx, np_text, base + nm.start("np"))
        body = _around(doc, ustart, uend, base + nm.start(), base + zm.end(), lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + zm.start(), base + zm.end()),
                       source=src, rule="according_zufolge")
    for nm in _NACH.finditer(m):
        noun = nm.group("noun")
        src = None
        end = nm.end()
        comp = re.match(r"(.+?)-?(?:[Aa]ngaben|[Ss]chätzungen|[Ii]nformationen)$", noun)
        if comp and noun[:1].isupper() and noun not in ("Angaben", "Informationen", "Schätzungen"):
            src = _compound_source(ctx, noun, comp.group(1), base + nm.start("noun"))
        elif "eigenen" in nm.group(0):
            src = _clause_subject(ctx, m, base)
        else:
            sm = _NACH_SRC.match(m, nm.end())
            if sm and m[nm.end():sm.start("np")].strip() in _GEN_ARTICLE:
                if m[nm.end():sm.start("np")].strip() or sm.group("np")[:1] in "«„»\"" or \
                        sm.group("np").split()[0] in ("eines", "einer", "des", "der"):
                    src = _unwrap(ctx, sm.group("np"), base + sm.start("np"))
                    end = sm.end()
        if src is None and re.fullmatch(r"[Nn]ach\s+\w+", nm.group(0)):
            continue  # bare "nach Angaben im Fahrplan": neither a source nor "ersten Angaben"
        body = _around(doc, ustart, uend, base + nm.start(), base + end, lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + nm.start("cue"),
                       base + nm.end("noun")), source=src, rule="according_nach")
    sm = _SO.search(m)
    if sm is not None:
        src = parse(sm.group("np"), base + sm.start("np"), ctx.pack)
        body = content(doc, _clause_start(m, base, sm.start()), base + sm.start())
        if src is not None and body is not None:
            via = _vias(ctx, base + sm.end("np"), uend, m, base)
            yield make("according_to", body, cue=text_span(doc, base + sm.start("cue"),
                       base + sm.end("cue")), source=src, via=via, rule="according_so")
    dm = _DEMNACH.search(m)
    if dm is not None and lx.mood(m) is None and not re.search(r"(?<![\w-])soll(?:en)?(?![\w-])", m) \
            and not _names_document(ctx, state.previous):
        dm = None  # "Demnach durfte …" after "X teilte mit, dass …": a conclusion, not a source
    if dm is not None:
        src = _reach(state, unit, 2)
        body = _around(doc, ustart, uend, base + dm.start(), base + dm.end(), lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + dm.start(), base + dm.end()),
                       source=src, rule="according_demnach")


#: "Für X ist …": a person's view (the verb right after the name keeps "für" from being a goal)
_FUER = re.compile(rf"\s*(?P<cue>Für)\s+(?P<np>{NP})\s+(?=(?:ist|sind|war|waren|sei|seien|"
                   rf"steht|stand|stehe|bleibt|blieb|bleibe|gibt|gab|gebe|wäre|wären)(?![\w-]))")
#: a comma before a subordinate clause ends a view ("…, wenn sie …")
_SUBORD_COMMA = re.compile(r",\s*(?:wenn|weil|da|obwohl|nachdem|während|als|bevor|sodass|so dass)"
                           r"(?![\w-])")


def _names_document(ctx: _Ctx, span: Span | None) -> bool:
    """Does the unit at `span` name a report, a study or a statement (Demnach points to it)?"""
    if span is None:
        return False
    words = re.findall(r"[\w-]+", ctx.doc.text[span.start:span.end].lower())
    return any(w in ctx.lx.documents or w.rsplit("-", 1)[-1] in ctx.lx.documents for w in words)


def _around(doc: Document, ustart: int, uend: int, fstart: int, fend: int,
            lx: lexicon.Compiled | None = None) -> TextSpan | None:
    """Content of a unit around a frame: what follows a leading frame, else the whole unit.

    With `lx`, a trailing relay frame (`…, meldet «AP»`) is cut off the end.
    """
    if lx is not None and fend < uend:
        seg = doc.text[fend:uend]
        cut = lx.trailer.search(seg)
        if cut is not None:
            uend = fend + cut.start()
    if not doc.text[ustart:fstart].strip(" ,"):
        return content(doc, fend, uend)
    if not doc.text[fend:uend].strip(" ,.!?"):
        return content(doc, ustart, fstart)
    return content(doc, ustart, uend)


def _unwrap(ctx: _Ctx, np_text: str, at: int) -> SourceMention | None:
    """The source of `einem Bericht der «Times»` is the Times; of `NATO-Schätzungen` NATO."""
    words = np_text.split()
    lx = ctx.lx
    for i, w in enumerate(words[:-1]):
        if w.lower().strip(",") in lx.documents and words[i + 1].lower() in (
                "der", "des", "von", "vom"):
            off = np_text.index(" ".join(words[i + 2:]), len(" ".join(words[:i + 1])))
            inner = parse(np_text[off:], at + off, ctx.pack)
            if inner is not None:
                return inner
    last = words[-1] if words else ""
    comp = re.match(r"(.+?)-(?:[Aa]ngaben|[Ss]chätzungen|[Ii]nformationen|[Bb]erichten?)$", last)
    if comp and len(words) == 1:
        return _compound_source(ctx, last, comp.group(1), at)
    return parse(np_text, at, ctx.pack)


def _compound_source(ctx: _Ctx, word: str, prefix: str, at: int) -> SourceMention | None:
    """`NATO-Schätzungen` / `Polizeiangaben` -> a mention named after the first part."""
    name = prefix.rstrip("-")
    if not name.isupper() and name.endswith("s") and name[:-1].lower().endswith(("ung", "heit", "keit")):
        name = name[:-1]  # Regierungsangaben -> Regierung
    m = parse(name, at, ctx.pack)
    if m is None:
        return None
    m.text, m.span = word, Span(at, at + len(word))
    return m


# --- reporting-verb frames ---------------------------------------------------------------------


def _verb_frames(ctx: _Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    doc, lx = ctx.doc, ctx.lx
    base, uend = unit.span.start, unit.span.end
    last: Attribution | None = None
    for cm in lx.cue.finditer(m):
        form = cm.group(0)
        vs, ve = base + cm.start(), base + cm.end()
        before = m[:cm.start()].rstrip()
        row = lx.row_for(form, m, cm.end())
        if row is None or row["frame"] in ("quote",):
            continue
        cue = text_span(doc, vs, ve)
        frames = row["frame"].split(",")
        shared = _coordinated(doc, last, before, base, vs)
        if "cite" in frames:
            cited = _CITED_AFTER.search(m, 0, cm.start())
            if cited is not None:  # "…, wird Mike Downey, Produktchef, zitiert."
                att = _cited_after(ctx, unit, m, cited, cue, row)
                if att is not None:
                    last = att
                    yield att
                continue
        # a) postposed frame: "…, berichtet X." / "…, teilte die Polizei mit."
        seg = m[_clause_start(m, base, cm.start()) - base:cm.start()]
        if before.endswith(",") and not _APPOS.fullmatch(seg) and not _LEAD_SUBORD.match(seg):
            pm = _POST_SUBJ.match(m, cm.end())
            if pm is not None and lx.clause_ends_soon(m, pm.end()):
                src = parse(pm.group("np"), base + pm.start("np"), ctx.pack)
                body = content(doc, _clause_start(m, base, len(before) - 1), base + len(before) - 1)
                if src is not None and body is not None and MASK not in body.text[:3]:
                    yield make(row["kind"], body, cue=cue, source=src,
                               via=_vias(ctx, base + pm.end(), uend, m, base), rule="postposed")
                continue
        # b) subordinate "wie X berichtet(e)" (verb last)
        wm = lx.wie_before(m, cm.start())
        if wm is not None:
            src = parse(wm.group("np"), base + wm.start("np"), ctx.pack)
            ws = base + wm.start()
            after = m[cm.end():]
            aux = re.match(rf"\s+{_AUX}(?![\w-])", after)
            we = ve + (aux.end() if aux else 0)
            body = _around(doc, _clause_start(m, base, wm.start()), uend, ws, we)
            if src is not None and body is not None:
                yield make("according_to", body, cue=cue, source=src, rule="according_wie")
            continue
        is_passive, passive = _passive(ctx, unit, m, cm, row, cue) if shared is None \
            else (False, None)
        if passive is not None:
            last = passive
            yield passive
        if is_passive:
            continue  # the subject of a passive clause is never its speaker
        if lx.subordinate_form(form) or re.match(
                r"\s+(?:worden|werden|wurde|wurden|war|waren|ist|sind|sei|hat|hatte|habe|haben)"
                r"(?![\w-])", m[cm.end():]):
            continue  # verb-last: a subordinate or passive clause, not a frame
        # c) main clause: subject before or right after the verb
        cstart = _clause_start(m, base, cm.start())
        subj = (shared, ve) if shared is not None else _subject(ctx, m, base, cstart, vs, ve)
        if subj is None:
            continue
        src, after_subj = subj
        if row["frame"] == "impersonal" or (src is None and "impersonal" in frames):
            # "hieß es aus Regierungskreisen"; "weiter hieß es, …" goes on with the last speaker
            src = _impersonal_source(ctx, m, base, cstart, uend) or _recent(ctx.state, unit)
            es = re.match(r"\s+es(?![\w-])", m[cm.end():])
            if es is not None:
                cue = text_span(doc, vs, ve + es.end())
            if src is None:
                continue
        elif src is None:
            continue
        if "cite" in frames:
            # "X wird von «Reuters» mit den Worten zitiert, …": X is the source, Reuters relays
            if not re.search(r"(?<![\w-])(?:wird|wurde|werden|wurden)(?![\w-])",
                             m[cstart - base:cm.start()]):
                continue  # active zitieren frames a direct quote only
            frames, row = ["say"], dict(row, frame="say", kind="indirect", passive="1")
        rest_at = max(ve, after_subj)
        if row["particle"] and form.startswith(row["particle"]):
            row = dict(row, particle="")  # "mitgeteilt": the particle is in the word
        att = _verb_content(ctx, unit, m, row, frames, rest_at, cue, src)
        if att is None and "intro" in frames:
            ctx.speaker = src  # "X äußerte sich zu …": X speaks in the Konjunktiv that follows
        if att is not None and row.get("passive"):
            att.via = _vias(ctx, cstart, vs, m, base) + att.via
        if att is not None:
            rel = _BERUFUNG.search(m, cm.end())
            if rel is not None and base + rel.start() < att.content.span.start + 40:
                inner = parse(rel.group("np"), base + rel.start("np"), ctx.pack)
                if inner is not None:
                    att.via = [as_via(src)] + att.via
                    att.source = inner
            _front_object(ctx, m, base, cstart, vs, att)
            last = att
            yield att


def _coordinated(doc: Document, last: Attribution | None, before: str, base: int, vs: int
                 ) -> SourceMention | None:
    """`bezeichnete X als Y und glaubt, dass …`: a second verb shares the first one's subject.

    The first content then ends before `und`.
    """
    co = re.search(r"(?:^|[\s,])(?:und|sowie)$", before)
    if co is None or last is None or last.source is None:
        return None
    if not last.content.span.start < vs <= last.content.span.end + 1:
        return None
    body = content(doc, last.content.span.start, base + co.start())
    if body is not None:
        last.content = body
    return copy_source(last.source)


def _front_object(ctx: _Ctx, m: str, base: int, cstart: int, vs: int, att: Attribution) -> None:
    """`Die Äußerungen … bezeichnete X als «…»`: a fronted object belongs to an als-content."""
    src = att.source
    if att.rule != "verb_prep" or src is None or src.span is None or src.span.start < vs:
        return
    pre = m[cstart - base:vs - base]
    if "," in pre or not _PRE_SUBJ.match(pre) or not re.search(
            r"(?<![\w-])(?:als|für)(?![\w-])", att.content.text[:40]):
        return
    lead = len(pre) - len(pre.lstrip())
    body = content(ctx.doc, cstart + lead, att.content.span.end)
    if body is not None:
        att.content = body


#: "…, wird X (, Titel,) (im Blatt «Y») zitiert": a passive cite after the clause it frames
_CITED_AFTER = re.compile(rf""",\s*(?:wird|wurde|werden|wurden)\s+(?P<np>{NP})
                              (?:\s*,[^,]{{1,100}},)?          # an apposition
                              (?P<mid>(?:\s+[^\s,.]+){{0,6}}?)\s*$""", re.VERBOSE)


def _cited_after(ctx: _Ctx, unit: Unit, m: str, cited: re.Match[str], cue: TextSpan,
                 row: dict[str, str]) -> Attribution | None:
    doc, base = ctx.doc, unit.span.start
    if not re.fullmatch(r"\s*[.!?]?\s*", m[cue.span.end - base:]):
        return None  # the cite ends the sentence
    src = parse(cited.group("np"), base + cited.start("np"), ctx.pack)
    body = content(doc, _clause_start(m, base, cited.start()), base + cited.start())
    if src is None or body is None:
        return None
    via = _vias(ctx, base + cited.start("mid"), base + cited.end("mid"), m, base)
    return make("indirect", body, cue=cue, source=src, via=via, rule="verb_cited_after")


_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:wird|wurde|werden|wurden|war|waren|ist|sind)(?![\w-])")
_AGENT = re.compile(rf"(?:[Vv]on\s+Seiten|[Ss]eitens|[Vv]on|[Vv]om)\s+(?P<np>{NP})")
#: "In einer Analyse des BBC wird …": a document with its author opens a passive clause
_DOC_PP = re.compile(rf"\s*(?:In|Nach)\s+(?:einem|einer|dem|der|seinem|seiner|ihrem|ihrer)\s+"
                     rf"(?:[\w-]+\s+)?(?P<doc>[A-ZÄÖÜ][\w-]+)\s+(?:des|der|von|vom)\s+(?P<np>{NP})\s+")
_ZU_INF = re.compile(r"(?<![\w-])zu\s+[a-zäöüß]+en\s*$|[a-zäöüß]+zu[a-zäöüß]+en\s*$")


def _passive(ctx: _Ctx, unit: Unit, m: str, cm: re.Match[str], row: dict[str, str],
             cue: TextSpan) -> tuple[bool, Attribution | None]:
    """(is the cue a passive participle, the report it frames or None).

    The agent (von Seiten X, seitens X, in einer Analyse des X) is the source, or nobody is
    ("Gegen den Plan wurde eingewandt, er sei zu teuer").
    """
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
    form = cm.group(0)
    if "cite" in row["frame"] or "intro" in row["frame"] or form == row["lemma"] or \
            not form.endswith(("t", "en")):
        return False, None
    cstart = _clause_start(m, base, cm.start())
    pre = m[cstart - base:cm.start()]
    aux = _PASSIVE_AUX.search(pre, pre.rfind(",") + 1)  # in the cue's own clause
    after = m[cm.end():]
    worden = re.match(r"\s+worden(?![\w-])", after)
    if aux is None or (aux.group() in ("war", "waren", "ist", "sind") and worden is None):
        return False, None
    if _PRE_SUBJ.fullmatch(pre[:aux.start()]) and not re.match(
            r"\s*(?:[Vv]on|[Vv]om|[Gg]egen|[Ii]n|[Nn]ach|[Ss]eitens|[Aa]us|[Bb]ei)\s", pre):
        return True, None  # "Der Minister wurde gelobt": a subject, not a report
    rest = cm.end() + (worden.end() if worden else 0)
    dm = _DOC_PP.match(pre)
    agent = _AGENT.search(pre)
    src = None
    if dm is not None and dm.group("doc").lower() in lx.documents:
        src = _unwrap(ctx, dm.group("np"), cstart + dm.start("np"))
    elif agent is not None:
        src = parse(agent.group("np"), cstart + agent.start("np"), ctx.pack)
    tail = m[rest:]
    if dm is not None and src is not None and re.fullmatch(r"\s*[.!?]?\s*", tail):
        body = content(doc, cstart + aux.start(), cm.start() + base)  # "… wird X als Y gesehen."
        rule = "passive_document"
    else:
        pm = re.match(r"\s*[,:]", tail)
        if pm is None:
            return True, None
        end_rel = lx.content_end(m, rest + pm.end())
        clause = m[rest + pm.end():end_rel]
        if not (_THAT.match(clause) or lx.mood(clause) or _ZU_INF.search(clause.rstrip(" .!?"))):
            return True, None
        body = content(doc, base + rest + pm.end(), base + end_rel)
        rule = "passive"
    if body is None:
        return True, None
    return True, make(row["kind"], body, cue=cue, source=src, rule=rule)


def _verb_content(ctx: _Ctx, unit: Unit, m: str, row: dict[str, str], frames: list[str],
                  at: int, cue: TextSpan, src: SourceMention) -> Attribution | None:
    """The content after a reporting verb: a clause after a comma/colon, a PP or an object."""
    doc, lx = ctx.doc, ctx.lx
    base, uend = unit.span.start, unit.span.end
    rel = at - base
    end_rel = lx.content_end(m, rel)
    stretch = m[rel:end_rel]
    punct = re.search(r"[,:]", stretch)
    via = _vias(ctx, at, base + (rel + punct.start() if punct else end_rel), m, base)
    particle = row["particle"]
    if punct is not None:
        frame_region = stretch[:punct.start()]
        if len(frame_region.split()) <= 10 and MASK not in frame_region:
            if particle and not re.search(rf"(?<![\w-]){particle}\s*$", frame_region):
                return None
            if not particle and lx.blocked_particle(frame_region):
                return None
            after = stretch[punct.start() + 1:]
            if punct.group() == ":" and after.lstrip()[:1] in "«„»“\"":
                return None  # a direct quote: handled by _direct
            if ("say" in frames or "dass" in frames or "impersonal" in frames
                    or punct.group() == ":") and \
                    _content_clause(after, frame_region, "dass" in frames):
                body = content(doc, base + rel + punct.end(), base + end_rel)
                if body is not None:
                    return make(row["kind"], body, cue=cue, source=src, via=via,
                                rule="verb_clause")
    if particle and not re.search(rf"(?<![\w-]){particle}(?:\s*[.!?]?\s*)$", stretch.rstrip(",")):
        if not (punct and re.search(rf"(?<![\w-]){particle}\s*$", stretch[:punct.start()])):
            return None
    for fr in frames:
        if fr.startswith("prep:"):
            prep = fr[5:]
            pm = re.match(rf"(?:\s+\S+){{0,6}}?\s+(?P<p>(?:da|dar)?{prep})(?![\w-])", stretch)
            if pm is not None:
                # "hält X für Y", "bezeichnet X als Y", "schätzt X auf Y": the object counts
                from_at = rel if prep in ("für", "als", "auf") else rel + pm.start("p")
                body = content(doc, base + from_at, base + end_rel)
                if body is not None:
                    return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_prep")
    if "obj" in frames:
        if re.match(r"\s*(?:sich|es|sie|ihn|ihm|ihr|uns|mich|dich)(?![\w-])", stretch):
            return None
        if particle:
            stretch_end = re.search(rf"\s{particle}(?=\s*[.!?,]?\s*$)", stretch)
            end_rel = rel + stretch_end.start() if stretch_end else end_rel
        elif lx.blocked_particle(stretch.rstrip(" .!?")):
            return None
        body = content(doc, at, base + end_rel)
        if body is not None and len(body.text.split()) >= 2:
            return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_object")
    return None


#: heads of fronted objects that are never the speaker ("Die Äußerungen … nannte er …")
_FRONTED = frozenset("äußerungen äusserungen haltung vorschlag vorschläge plan pläne entscheidung "
                     "politik kritik vorwurf vorwürfe forderung forderungen idee reform".split())

# a clause that starts with a subordinator is no content of a postposed frame: the verb after
# its comma opens the main clause ("Nachdem …, warnte die Botschaft vor …")
_LEAD_SUBORD = re.compile(r"\s*(?:Seit|Seitdem|Nachdem|Als|Weil|Da|Obwohl|Wenn|Während|Bevor|Um|"
                          r"Sobald|Solange|Falls|Sofern|Indem|Ob|Damit|Ehe|Bis)(?![\w-])")
_SUBORD = re.compile(r"\s*(?:um|ohne|statt|anstatt|während|weil|nachdem|bevor|obwohl|wenn|als|"
                     r"da|damit|sodass|bis|seit|seitdem|falls|sofern|indem|und|aber|doch|"
                     r"sondern|denn|so)(?![\w-])")
_RELATIVE = re.compile(r"\s*(?:der|die|das|dem|den|deren|dessen|denen|welche[rsnm]?|was|wo|"
                       r"wobei|woraufhin|weshalb|weswegen|wodurch|womit)(?![\w-])")
_THAT = re.compile(r"\s*(?:dass|daß|ob)(?![\w-])")


def _content_clause(after: str, frame_region: str, that_only: bool) -> bool:
    """Is the clause after the frame's comma its content (not a relative or adverbial one)?"""
    if _THAT.match(after):
        return True
    if that_only or _SUBORD.match(after):
        return False
    if _RELATIVE.match(after) and re.search(r"[A-ZÄÖÜ]", frame_region):
        return False  # "fordert eine Ampel, die …": a relative clause on the object
    return True


def _subject(ctx: _Ctx, m: str, base: int, cstart: int, vs: int, ve: int
             ) -> tuple[SourceMention | None, int] | None:
    """(subject mention, offset after it) of the verb at `[vs, ve)`; None if there is none.

    V2 order: the subject is the whole first field, or the noun phrase right after the verb
    (or after an auxiliary) when the first field is an adverbial ("Am Montag sagte X").
    """
    pre = m[cstart - base:vs - base]
    if _LEAD_SUBORD.match(pre) and pre.rstrip().endswith(","):
        pre = ""  # "Nachdem …, warnte X": the subject follows the verb
    pm = _PRE_SUBJ.fullmatch(pre)
    if pm is not None:
        ovs = _ovs_subject(ctx, m, base, pm.group("np"), ve)
        if ovs is not None:
            return ovs
        return parse(pm.group("np"), cstart + pm.start("np"), ctx.pack), ve
    aux = None
    for a in re.finditer(rf"(?<![\w-]){_AUX}(?![\w-])", pre):
        aux = a
        break
    if aux is not None:
        head = pre[:aux.start()]
        hm = _PRE_SUBJ.fullmatch(head)
        if hm is not None:
            return parse(hm.group("np"), cstart + hm.start("np"), ctx.pack), ve
        am = _POST_SUBJ.match(pre, aux.end())
        if am is not None:
            return parse(am.group("np"), cstart + am.start("np"), ctx.pack), ve
        return None
    app = _APPOS.fullmatch(pre)
    if app is not None:
        return _appositive(ctx, app, cstart), ve
    head = _PRE_SUBJ.match(pre)
    if head is not None:
        ovs = _ovs_subject(ctx, m, base, head.group("np"), ve)
        if ovs is not None:
            return ovs
    if head is not None and "," not in pre and not re.match(
            r"\s*(?:Dem|Den|Einem|Einen|Ihm|Ihnen|Diesem|Diesen)\s", pre):
        # "Die Opposition in Bulgarien befürchtet": the first field starts with the subject
        return parse(head.group("np"), cstart + head.start("np"), ctx.pack), ve
    asyn = _asyndetic_subject(ctx, pre, cstart)
    if asyn is not None:
        return asyn, ve
    if pre.strip() and len(pre.split()) > 12:
        return None
    if pre.strip() and _PRE_SUBJ.match(pre) and not re.match(r"\s*[A-ZÄÖÜ][a-zäöüß]+\s", pre):
        return None
    sm = _POST_SUBJ.match(m, ve - base)
    if sm is not None:
        src = parse(sm.group("np"), base + sm.start("np"), ctx.pack)
        return src, base + sm.end("np")
    if re.match(r"\s+es(?![\w-])", m[ve - base:]):
        return None, ve + 3
    return None


def _asyndetic_subject(ctx: _Ctx, pre: str, cstart: int) -> SourceMention | None:
    """`…, die Polizei spricht von 4.000`: a new main clause after a comma, its subject a
    determiner and a noun that names an institution, a group or a person with a role."""
    if _LEAD_SUBORD.match(pre) or "," not in pre:
        return None
    cut = pre.rindex(",")
    tm = _PRE_SUBJ.fullmatch(pre[cut + 1:])
    if tm is None or not re.match(r"(?:der|die|das)\s+[A-ZÄÖÜ]", tm.group("np")) or \
            _RELATIVE.fullmatch(tm.group("np").split()[0]) is None:
        return None
    src = parse(tm.group("np"), cstart + cut + 1 + tm.start("np"), ctx.pack)
    if src is None or (src.type == "person" and not src.role):
        return None
    return src


def _ovs_subject(ctx: _Ctx, m: str, base: int, fronted: str, ve: int
                 ) -> tuple[SourceMention | None, int] | None:
    """Object-verb-subject order: "Die Äußerungen … bezeichnete Wiefelspütz als …".

    The fronted phrase is an object when its nouns are statements or plans, or when a
    pronoun subject follows the verb ("Den Plan kritisierte er").
    """
    post = _POST_SUBJ.match(m, ve - base)
    if post is None or fronted.split()[0] in ("Er", "Sie"):
        return None
    words = {w.lower() for w in re.findall(r"[\w-]+", fronted)}
    accusative = re.match(r"(?:Den|Einen|Diesen|Jenen|Seinen|Ihren|Unseren)\s", fronted)
    if words & (ctx.lx.documents | _FRONTED) or post.group("np") == "er" or accusative:
        return parse(post.group("np"), base + post.start("np"), ctx.pack), base + post.end("np")
    return None


def _is_name(text: str) -> bool:
    """Two or more capitalised words and no article or role first: "Karl-Theodor zu Guttenberg"."""
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and not re.match(
        r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Sein|Seine|Ihr|Ihre)$", words[0]) \
        and all(w[:1].isupper() or w in ("von", "zu", "van", "de", "der") for w in words)


def _appositive(ctx: _Ctx, app: re.Match[str], at: int) -> SourceMention | None:
    """`Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte …`: name from the
    apposition, role and affiliation from the head; `Kluncker, der …, setzte` keeps the head."""
    head = parse(app.group("head"), at + app.start("head"), ctx.pack)
    group = "app" if app.group("app") is not None else "open"
    if app.group(group) is None:
        return head
    name = parse(app.group(group), at + app.start(group), ctx.pack)
    if name is None or head is None:
        return name or head
    if _is_name(app.group("head")) and not _is_name(app.group(group)):
        # "Stephen Singer, ein Klimaexperte vom WWF": the head is the name, the apposition
        # gives role and affiliation
        end = at + app.end(group) - (len(app.group(group)) - len(app.group(group).rstrip()))
        whole = Span(head.span.start if head.span else at, end)
        words = [w for w in app.group(group).split() if w[:1].isupper()]
        return SourceMention(ctx.doc.text[whole.start:whole.end], whole, head.name,
                             role=name.role or (words[0] if words else None),
                             affiliation=name.affiliation, type="person")
    if name.role and not head.role and head.type == "person":
        head, name = name, head  # "Erik Schweickert, der Sprecher der FDP, äußerte"
        whole = Span(name.span.start if name.span else at, head.span.end if head.span else at)
    else:
        whole = Span(head.span.start if head.span else at, name.span.end if name.span else at)
    name.text, name.span = ctx.doc.text[whole.start:whole.end], whole
    if head.role and not name.role:
        name.role, name.affiliation = head.role, head.affiliation
    elif not name.role and head.name:
        name.role = head.name
    if name.type not in ("person",) and head.role:
        name.type = "person"
    return name


def _impersonal_source(ctx: _Ctx, m: str, base: int, cstart: int, uend: int) -> SourceMention | None:
    """`Aus Regierungskreisen hieß es, …` / `In einer Mitteilung der Polizei hieß es …`."""
    sm = _IMPERSONAL_SRC.search(m, cstart - base)
    if sm is None:
        return None
    return _unwrap(ctx, sm.group("np"), base + sm.start("np"))


def _clause_subject(ctx: _Ctx, m: str, base: int) -> SourceMention | None:
    sm = _NP_AT.match(m)
    return parse(sm.group("np"), base + sm.start("np"), ctx.pack) if sm else None


def _clause_start(m: str, base: int, at: int) -> int:
    """Start of the clause that ends at `at`: after the last colon/semicolon before it."""
    cut = max(m.rfind(":", 0, at), m.rfind(";", 0, at))
    return base + (cut + 1 if cut >= 0 else 0)


def _vias(ctx: _Ctx, start: int, end: int, m: str, base: int) -> list[Via]:
    """Outlets named in a frame: `gegenüber «The Guardian»`, `im Fachblatt „X“`."""
    lex = Lexicons.of(ctx.pack)
    out: list[Via] = []
    for vm in _VIA.finditer(m, max(0, start - base), max(0, end - base)):
        np_text = vm.group("np")
        if is_outlet(np_text, lex):
            src = parse(np_text, base + vm.start("np"), ctx.pack)
            if src is not None:
                out.append(Via(name=src.name, type="outlet", span=src.span))
    return out


# --- reportative sollen and Konjunktiv -----------------------------------------------------------


#: "Delmare soll in eine Klinik verlegt werden": what is to happen to a named person is hearsay
#: (a plan for a thing, "Die Brücke soll gebaut werden", is not)
_REPORTATIVE_PERSON = re.compile(
    rf"""\s*(?P<np>{NP})\s+(?P<cue>soll)\s+              # a person's name, then the modal
        (?:[^,.;:!?]{{1,120}}?)\s+[\w-]+(?:t|en)\s+werden   # a passive infinitive
        (?=\s*(?:[.!?,]|$))""", re.VERBOSE)


def _known_person(doc: Document, np_text: str) -> bool:
    """A full name, or a surname that the text gives with a first name elsewhere."""
    if _is_name(np_text):
        return True
    word = np_text.strip()
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", word)) and re.search(
        rf"[A-ZÄÖÜ][a-zäöüß]+\s+{re.escape(word)}(?![\w-])", doc.text) is not None


def _reportative(ctx: _Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    doc = ctx.doc
    base = unit.span.start
    seen: set[int] = set()
    person = _REPORTATIVE_PERSON.match(m)
    if person is not None and not _known_person(doc, person.group("np")):
        person = None
    for rm in [*_REPORTATIVE.finditer(m), *_REPORTATIVE_STATIVE.finditer(m),
               *([person] if person else [])]:
        if rm.group("cue") not in ("soll", "sollen") or rm.start() in seen:
            continue
        seen.add(rm.start())
        s = _clause_start(m, base, rm.start())
        comma = m.rfind(",", 0, rm.start())
        if comma >= 0 and base + comma > s and re.match(r",\s*(?:dass|weil|da|als|der|die|das)\s",
                                                         m[comma:]):
            s = base + comma + 1
        end = base + ctx.lx.content_end(m, rm.end())
        stop = re.search(r"[;:]", m[rm.end():end - base])
        body = content(doc, s, base + rm.end() + stop.start() if stop else end)
        if body is not None:
            yield make("reportative", body, cue=text_span(doc, base + rm.start("cue"),
                       base + rm.end("cue")), modality="reported", rule="reportative")


def _continuation(ctx: _Ctx, unit: Unit, m: str, state: _State, has_other: bool
                  ) -> Attribution | None:
    """A Konjunktiv I unit reports the last source; Konjunktiv II only right after one."""
    lx = ctx.lx
    mood = lx.mood(m)
    if mood is None:
        return None
    recent = (state.source is not None and state.counter - state.unit <= 1
              and state.paragraph == unit.paragraph)
    if mood == "k2" and (not recent or _INFERENCE.match(m)):
        return None
    src = _new_speaker(ctx, unit, m) or copy_source(_reach(state, unit, 3))
    body = content(ctx.doc, unit.span.start, unit.span.end)
    if body is None or MASK in body.text[:1]:
        return None
    return make("indirect", body, source=src, modality="reported",
                rule="continuation_k1" if mood == "k1" else "continuation_k2")


#: "Damit wäre Indien die sechste Nation …": the writer's conclusion, not a report
_INFERENCE = re.compile(r"\s*(?:Damit|Somit|Sonst|Andernfalls|Dadurch|Folglich)(?![\w-])")
#: a unit that opens with a named person and an indicative verb: "Minister X zeigte sich …"
_OPENING = re.compile(rf"\s*(?P<np>{NP})\s+(?P<v>[a-zäöüß]+)(?![\w-])")


def _new_speaker(ctx: _Ctx, unit: Unit, m: str) -> SourceMention | None:
    """The subject of a unit whose own verb is indicative while its Konjunktiv I comes later:

    "Bundesaußenminister X zeigte sich bestürzt und dass es eine große Trauer gebe" is X's
    statement, not the previous speaker's. "Minister X habe …" (the Konjunktiv is X's verb)
    stays with the previous speaker, who reports on X.
    """
    om = _OPENING.match(m)
    if om is None or ctx.lx.mood(m[:om.end()]) is not None or om.group("v") in ctx.lx.k_forms:
        return None
    if not re.fullmatch(r"(?:[a-zäöüß]+(?:te|ten|t)|hat|war|ist|wurde)", om.group("v")):
        return None
    src = parse(om.group("np"), unit.span.start + om.start("np"), ctx.pack)
    if src is None or src.type != "person" or not (src.role and src.name != src.text.split()[-1]
                                                   or _is_name(om.group("np"))):
        return None
    return src


def _recent(state: _State, unit: Unit) -> SourceMention | None:
    """The source of the previous unit of the same paragraph (or of this one), if any."""
    if state.source is None or state.paragraph != unit.paragraph or \
            state.counter - state.unit > 1:
        return None
    return copy_source(state.source)


def _reach(state: _State, unit: Unit, units_back: int) -> SourceMention | None:
    """The last source if it was named in this or the previous paragraph, a few units back."""
    if state.source is None:
        return None
    if unit.paragraph - state.paragraph > 1 or state.counter - state.unit > units_back:
        return None
    return copy_source(state.source)
