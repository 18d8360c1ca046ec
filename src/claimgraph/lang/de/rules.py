"""German attribution rules: the reading order of a paragraph, according-to and verb frames.

A paragraph is read unit by unit (sentences glued over quotes, see `lang.common.units`).
In each unit, in this order:

1. speech quotes with a frame before, after, around or none (`quotes.py`);
2. according-to frames (`laut X`, `X zufolge`, `nach Angaben X`, `, so X`, `demnach`,
   `Für X ist …`; `according.py`);
3. reporting-verb frames (cues.tsv): `X sagte, dass …`, `…, berichtet X`, `wie X mitteilte`,
   `X warnt vor «…»` (mixed when the content holds a quotation), `«CNN» zitiert X: «…»`, and
   passive reports (`hearsay.py`);
4. reportative `sollen` (`hearsay.py`);
5. Konjunktiv I (and II right after an attribution) continuing the last source (`hearsay.py`).

Subjects, appositions and relays are read by `clauses.py`. Overlaps between candidates and
relays (an outlet relaying a named speaker) are resolved by the shared engine in
`attribute.py`; this module only proposes.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, Document, Quote, SourceMention, Span, TextSpan
from ..base import LanguagePack
from ..common import (as_via, classify_quote, content, copy_source, make, MASK, MAX_CUES, masked,
                      paragraph_quotes, stray_close, text_span, Unit, units)
from . import lexicon
from .according import _SO_VERB_MID, _around, according
from .clauses import (Ctx, State, _ALS_FIELD, _APPOS, _AUX, _LEAD_SUBORD, _POST_SUBJ, _PRE_SUBJ,
                      _agrees, _clause_start, _with_apposition, _content_clause, _impersonal_source,
                      _is_name, _reach, _recent, _subject, _vias)
from .hearsay import _ZU_INF, _continuation, _passive, _reportative
from .quotes import _direct
from .subordinate import split_row, subordinate_frame
from .mentions import DET, NP, parse

#: "unter Berufung auf (nicht näher genannte) Quellen": hedges before the adjective
_BERUFUNG = re.compile(rf"[Uu]nter\s+Berufung\s+auf\s+(?:(?:nicht|namentlich|näher|weiter)\s+){{0,3}}"
                       rf"(?P<np>{NP})")


def find(doc: Document, paragraphs: list[int], pack: LanguagePack) -> list[Attribution]:
    """Candidate attributions in the German paragraphs `paragraphs` of `doc`.

    >>> from claimgraph import analyze
    >>> [a.kind for a in analyze("Laut Polizei soll der Täter geflohen sein.").attributions]
    ['according_to']
    """
    ctx = Ctx(doc, pack, lexicon.compiled(pack))
    state = ctx.state
    for idx in paragraphs:
        para = doc.paragraphs[idx]
        if para.kind not in ("body", "embed"):
            continue  # headlines and subheads: too short to frame anything reliably
        quotes = paragraph_quotes(doc, idx, ctx.index)
        if state.unclosed and state.paragraph >= idx - 1:
            close = stray_close(doc.text, para.span.start, para.span.end)
            first_open = min((q.span.start for q in quotes), default=para.span.end)
            if close is not None and close < first_open:
                s = para.span.start
                quotes.insert(0, Quote(Span(s, close + 1), Span(s, close), "", doc.text[close],
                                       0, True, idx))
        state.unclosed = False
        for unit in units(doc, idx, quotes, ctx.index):
            state.counter += 1
            _read_unit(ctx, unit, state)
        state.unclosed = any(not q.closed for q in quotes)
    return ctx.out



def _read_unit(ctx: Ctx, unit: Unit, state: State) -> None:
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
    frames = list(according(ctx, unit, m, state)) + list(_verb_frames(ctx, unit, m))
    for att in frames:
        if any(att.content.span.overlaps(s) and _mostly_quote(att, s) for s in direct_spans):
            continue
        if att.kind in ("indirect", "according_to") and any(
                kinds[id(q)] != "name" and att.content.span.contains(q.inner)
                for q in unit.quotes):
            att.kind = "mixed"
        found.append(att)
    _split_asyndetic(doc, found)
    for rep in _reportative(ctx, unit, m):
        src = _reach(state, unit, 1) if not found and ctx.lx.mood(m) == "k1" else None
        if src is not None and 2 * len(rep.content.span) > len(unit.span):
            # "X hält ihn für gefährlich. Er soll Frauen bedroht haben, was Zeuginnen belegen
            # könnten": a Konjunktiv I beside the sollen goes on with the last speaker
            rep.kind, rep.source, rep.rule = "indirect", src, "continuation_k1"
        found.append(rep)
    covered = sum(min(a.content.span.end, unit.span.end) - max(a.content.span.start, base)
                  for a in found if a.content.span.overlaps(unit.span))
    if covered < 0.5 * len(unit.span):
        cont = _continuation(ctx, unit, m, state, has_other=bool(found))
        if cont is not None:
            found.append(cont)
    for att in sorted(found, key=lambda a: a.content.span.start):
        if att.source is not None and att.rule not in ("reportative",):
            state.source, state.cue = att.source, att.cue
            # "hat angekündigt, auf Gelder zu verzichten. Die Annahme hätte …": after a plan
            # (a zu-infinitive) a Konjunktiv II is the writer's counterfactual
            state.clause = not _ZU_INF.search(att.content.text.rstrip(" .!?"))
            state.reported = ctx.lx.mood(att.content.text) is not None
            state.paragraph, state.unit = unit.paragraph, state.counter
        elif att.rule.startswith("continuation"):
            state.unit = state.counter
            state.reported = True
    if ctx.speaker is None and not found:
        ctx.speaker = _stance_holder(ctx, unit, m) or _actor(ctx, unit, m)
    if ctx.speaker is not None and not any(a.source for a in found):
        state.source, state.cue = ctx.speaker, None
        state.paragraph, state.unit = unit.paragraph, state.counter
    ctx.speaker = None
    state.previous = unit.span
    ctx.out.extend(found)


def _stance_holder(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """`Präsident X ist besorgt.`: a stance (stances.tsv) without a verb of saying names the
    speaker of the Konjunktiv I sentences that follow."""
    rx = ctx.pack.hooks.get("_de_stance")
    if rx is None:
        words = "|".join(re.escape(r["word"]) for r in ctx.pack.lexicon("stances"))
        rx = re.compile(rf"""\s*(?P<np>{NP})(?:\s*,[^,]{{1,80}},)?
                             \s+(?:ist|war|sind|waren|zeigte\s+sich|zeigt\s+sich|zeigten\s+sich|
                                 gab\s+sich|gibt\s+sich)
                             (?:\s+[a-zäöüß]+){{0,3}}?\s+(?:{words})(?![\w-])""", re.VERBOSE)
        ctx.pack.hooks["_de_stance"] = rx
    sm = rx.match(m)
    if sm is None:
        return None
    src = parse(sm.group("np"), unit.span.start + sm.start("np"), ctx.pack)
    if src is None or src.type == "anonymous" or src.text.lower() in ("es", "das", "dies"):
        return None
    return src


#: "Der Innenminister X definierte das Ziel.": a person with a role as the first field, then a
#: finite (indicative) verb
_ACTOR = re.compile(rf"\s*(?P<np>{NP})\s+(?P<v>[a-zäöüß]{{3,}}(?:t|te|ten|en))(?=[\s,.])")


def _actor(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """`Der Innenminister Usman Ngom definierte das Ziel. Es gehe nicht darum, …`: a person
    with a role who acts (no verb of saying) in an indicative sentence speaks in the Konjunktiv I
    sentences that follow (they would otherwise have no source)."""
    am = _ACTOR.match(m)
    if am is None or ctx.lx.mood(m) is not None:
        return None
    src = parse(am.group("np"), unit.span.start + am.start("np"), ctx.pack)
    if src is None or src.type != "person" or not src.role:
        return None
    return src


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



def _verb_frames(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    doc, lx = ctx.doc, ctx.lx
    base, uend = unit.span.start, unit.span.end
    last: Attribution | None = None
    for cm in islice(lx.cue.finditer(m), MAX_CUES):  # the first few (lang.common)
        form = cm.group(0)
        vs, ve = base + cm.start(), base + cm.end()
        before = m[:cm.start()].rstrip()
        if re.search(r"(?<![\w-])zu$", before) and form.endswith("en"):
            continue  # "weigerte sich, seinen Namen zu nennen": an infinitive frames nothing
        if before.endswith(" so") and _SO_VERB_MID.match(m, before.rfind(",")):
            continue  # ", so vermutet X, …": read as an inserted frame by according.py
        # "steht" frames only as a main-clause verb after a document PP ("stehen blieb" no)
        pp_only = lx.pp_only(form)
        if pp_only and (form.endswith("en") or lx.subordinate_form(form)):
            continue
        sub = None if pp_only else subordinate_frame(ctx, unit, m, cm)
        if sub is not None:  # "Während X erklärte, …": a verb-last frame
            last = sub
            yield sub
            continue
        row = lx.row_for(form, m, cm.end()) or split_row(lx, form, before)
        if row is None or row["frame"] in ("quote",):
            continue
        cue = text_span(doc, vs - (len(row["split"]) + 1 if row.get("split") else 0), ve)
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
        ana = _ANAPHOR.search(before + " ") if "say" in frames or "obj" in frames else None
        if ana is not None:
            att = _anaphoric(ctx, unit, m, ana, cm, cue, row)
            if att is not None:
                last = att
                yield att
                continue
        vom = _ES_FROM.fullmatch(m, cm.end()) if row["frame"] == "impersonal" and \
            before.endswith(",") else None
        if vom is not None:
            # "Oberste Priorität sei es, …, hieß es vom Sprecher Mark Toner."
            cs = _clause_start(m, base, len(before) - 1)
            body = content(doc, cs, base + len(before) - 1)
            src = parse(vom.group("np"), base + vom.start("np"), ctx.pack)
            if body is not None and src is not None and MASK not in m[cs - base:len(before)]:
                es_end = ve + m[cm.end():].index("es") + 2
                yield make("indirect", body, cue=text_span(doc, vs, es_end),
                           source=src, rule="postposed_impersonal")
                continue
        if row["frame"] == "impersonal" and before.endswith(",") and re.fullmatch(
                r"\s+es(?:\s+(?:weiter|dazu|zudem|auch|ferner))?\s*[.!?]?\s*", m[cm.end():]):
            # "Drei Viertel der Fälle betreffen Kinder, heißt es.": said, by nobody named
            cs = _clause_start(m, base, len(before) - 1)
            body = content(doc, cs, base + len(before) - 1)
            if body is not None and MASK not in m[cs - base:len(before)]:
                # "…, hieß es weiter." goes on with the last speaker
                src = _recent(ctx.state, unit) if "weiter" in m[cm.end():] else None
                yield make("indirect", body, cue=text_span(doc, vs, base + len(m.rstrip(" .!?"))),
                           source=src, rule="postposed_impersonal")
            continue
        # a) postposed frame: "…, berichtet X." / "…, teilte die Polizei mit."
        seg = m[_clause_start(m, base, cm.start()) - base:cm.start()]
        subj_app = _APPOS.fullmatch(seg)
        if subj_app is not None and _FINITE.search(subj_app.group("head")):
            subj_app = None  # "Jetzt gibt es eine Idee, die …, erklärte X": a clause, no subject
        if before.endswith(",") and not subj_app and not _LEAD_SUBORD.match(seg) \
                and not _WIE_CLAUSE.match(seg):
            pm = _POST_SUBJ.match(m, cm.end())
            if pm is not None and (_BARE_ADJ.match(pm.group("np")) or
                                   not _agrees(form, pm.group("np"))):
                pm = None  # "…, befürchtet aber weitere Tote": an object, not a subject
            src, src_end = (None, 0) if pm is None else _with_apposition(
                ctx, m, base, parse(pm.group("np"), base + pm.start("np"), ctx.pack), pm.end())
            if pm is not None and lx.clause_ends_soon(m, src_end) and not (
                    not row["particle"] and lx.blocked_particle(m[src_end:].rstrip(" .!?"))):
                body = content(doc, _clause_start(m, base, len(before) - 1), base + len(before) - 1)
                if src is not None and body is not None and MASK not in body.text[:3]:
                    att = make(row["kind"], body, cue=cue, source=src,
                               via=_vias(ctx, base + src_end, uend, m, base), rule="postposed")
                    rel = _BERUFUNG.match(m, src_end + len(m[src_end:]) - len(m[src_end:].lstrip()))
                    inner = None if rel is None else parse(rel.group("np"),
                                                           base + rel.start("np"), ctx.pack)
                    if inner is not None:
                        # "…, berichtet der Sender X unter Berufung auf einen Offizier.": the
                        # officer speaks, the outlet relays
                        att.via = [as_via(src)] + [v for v in att.via if v.name != src.name]
                        att.source = inner
                    yield att
                continue
        # b) subordinate "wie X berichtet(e)" (verb last)
        wm = lx.wie_before(m, cm.start())
        if wm is not None and (not re.match(rf"(?:\s+{_AUX})?\s*(?:[,.;:!?–—]|$)", m[cm.end():])
                               or not re.search(r"(?:^|[,:;]|(?<![\w-])(?:Denn|Und|Aber|Doch|"
                                                r"Jedoch|Auch|Zudem|Allerdings|denn|und|aber|"
                                                r"doch))\s*$", m[:wm.start()].rstrip(" –—-"))):
            # "Verbände wie der WWF bewerteten den Bericht", "so gut wie eine WM eingeschätzt":
            # a comparison; the frame is a clause of its own ("…, wie X berichtete.")
            wm = None
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
        if subj is None and "impersonal" in frames and re.match(
                r"\s*(?:Aus|Von|In|Im|Bei|Beim|Seitens)\s[^,]*$", m[cstart - base:cm.start()]) \
                and re.match(r"(?:\s+[^\s,.;:]+){0,4}\s*[,:]", m[cm.end():]):
            subj = (None, ve)  # "Aus EU-Kreisen verlautete, …": no subject, a source in the PP
        if subj is None or "pp" in frames and subj[0] is not None:
            continue  # "Der Wagen steht, …": a pp-only verb never has a speaking subject
        src, after_subj = subj
        if row["frame"] == "impersonal" or (src is None and "impersonal" in frames):
            # "hieß es aus Regierungskreisen"; "weiter hieß es, …" goes on with the last speaker
            src = _impersonal_source(ctx, m, base, cstart, uend) or (
                None if "pp" in frames else _recent(ctx.state, unit))
            if "pp" in frames and not _document_pp(ctx, m[cstart - base:cm.start()]):
                continue  # "Im Mittelpunkt steht, dass …": the PP names no document
            es = re.match(r"\s+es(?![\w-])", m[cm.end():])
            if es is not None:
                cue = text_span(doc, vs, ve + es.end())
            if src is None:
                continue
        elif src is None:
            continue
        cited = "cite" in frames
        if cited:
            # "X wird von «Reuters» mit den Worten zitiert, …": X is the source, Reuters relays
            if not re.search(r"(?<![\w-])(?:wird|wurde|werden|wurden)(?![\w-])",
                             m[cstart - base:cm.start()]):
                continue  # active zitieren frames a direct quote only
            frames, row = ["say"], dict(row, frame="say", kind="indirect", passive="1")
        rest_at = max(ve, after_subj)
        if row["particle"] and form.startswith(row["particle"]):
            row = dict(row, particle="")  # "mitgeteilt": the particle is in the word
        att = _verb_content(ctx, unit, m, row, frames, rest_at, cue, src)
        if att is None:
            att = _perfect_middle(ctx, unit, m, row, frames, cstart, cm, cue, src)
        if att is None and src is not None and "prep:als" in frames and \
                _ALS_FIELD.fullmatch(m[cstart - base:cm.start()]):
            # "Als großen Erfolg bezeichnet der Trainer X den Sieg": the judgement is fronted;
            # the content runs from it to the object after the subject
            body = content(doc, cstart, base + ctx.lx.content_end(m, rest_at - base))
            if body is not None and body.span.end > rest_at + 2:
                att = make(row["kind"], body, cue=cue, source=src, rule="verb_prep_fronted")
        if att is None and ("intro" in frames or cited):
            # "X äußerte sich zu …", "X wird mit den Worten zitiert.": X speaks in what follows
            ctx.speaker = src
        if att is not None and row.get("passive"):
            att.via = _vias(ctx, cstart, vs, m, base) + att.via
        if att is not None:
            rel = _BERUFUNG.search(m, cm.end())
            if rel is None or base + rel.start() >= att.content.span.start + 40:
                # "Unter Berufung auf Quellen gab X an, …": the phrase fronted before the verb
                rel = _BERUFUNG.match(m, cstart - base + len(m[cstart - base:]) -
                                      len(m[cstart - base:].lstrip()))
                if rel is not None and rel.end() > cm.start():
                    rel = None
            if rel is not None:
                inner = parse(rel.group("np"), base + rel.start("np"), ctx.pack)
                if inner is not None:
                    att.via = [as_via(src)] + att.via
                    att.source = inner
            _front_object(ctx, m, base, cstart, vs, att)
            last = att
            yield att


#: a finite verb that makes a first field a clause ("Jetzt gibt es eine Idee, die …,")
_FINITE = re.compile(r"""(?<![\w-])(?:gibt|gab|ist|sind|war|waren|hat|hatte|haben|hatten|wird|
                             wurde|werden|wurden|kann|können|muss|müssen|soll|sollen|steht|stand|
                             liegt|lag|geht|ging|kommt|kam|bleibt|blieb)(?![\w-])""", re.VERBOSE)
#: "…, hieß es vom Sprecher X." closing the sentence
_ES_FROM = re.compile(rf"""\s+es(?:\s+(?:weiter|dazu|zudem|auch))?\s+
                           (?:vom|von\s+der|von\s+den|von|aus\s+dem|aus\s+der|aus|beim|bei\s+der|
                              bei|seitens)\s+(?P<np>{NP})\s*[.!?]?\s*""", re.VERBOSE)
#: a naming aside after the subject: ", wie sich die Junta selbst nennt,"
_NAMING_ASIDE = re.compile(r"""\s*wie\s+(?:sich\s+|er\s+sich\s+|sie\s+sich\s+)?[^,;:]{1,60}?\s
                               (?:nennt|nennen|nannte|nannten|genannt\s+wird|genannt\s+werden|
                                  heißt|bezeichnet|bezeichnete)\s*,""", re.VERBOSE)
#: a prepositional phrase between commas after the subject: ", gegenüber der BBC, dass …"
_COMMA_PP = re.compile(r"\s*gegenüber\s[^,;:«„»“\"]{1,60}?,")
#: an apposition with an extended attribute closed by a name, right before a dass-clause
_APP_NAMED = re.compile(rf"""\s*(?:der|die|das)\s[^,;:{MASK}]{{1,80}}?\s
                            (?P<name>[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){{1,3}})
                            \s*,(?=\s*(?:dass|daß|ob)\s)""", re.VERBOSE)
#: "Wie CBS berichtet, gab X …": a wie-frame before the comma is a frame, not a content
_WIE_CLAUSE = re.compile(r"\s*(?:Wie|wie)\s[^,]{1,80},\s*$")
#: a short zu-infinitive closing the clause right after the verb ("ihr Amt niederzulegen")
_BARE_ZU = re.compile(r"""(?P<inf>(?:\s+[^\s,;:.!?]+){1,8}?
                              \s+(?:zu\s+[a-zäöüß]+en|[a-zäöüß]+zu[a-zäöüß]{2,}en))
                          \s*[.!?]?\s*""", re.VERBOSE)
#: a noun phrase opened by a lower-case adjective without a determiner ("weitere Tote")
_BARE_ADJ = re.compile(rf"(?!{DET}\s)[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+[A-ZÄÖÜ]")


#: "Dies gab X bekannt", "… – das zumindest meint X": a pronoun stands for the content
_ANAPHOR = re.compile(r"""(?:^|[–—]\s*|\s-\s*|;\s*)
                          (?P<pro>[Dd]ies|[Dd]as|[Dd]ieses)
                          (?:\s+(?:zumindest|jedenfalls|wenigstens|auch|jedoch|aber|allerdings|
                                  so|hingegen|dagegen|wiederum))?\s*$""", re.VERBOSE)


def _anaphoric(ctx: Ctx, unit: Unit, m: str, ana: re.Match[str], cm: re.Match[str],
               cue: TextSpan, row: dict[str, str]) -> Attribution | None:
    """`Trapattoni wird Trainer. Dies gab der Verein bekannt.`: the content is the sentence
    before (or the clause before a dash); the subject follows the verb."""
    doc, base = ctx.doc, unit.span.start
    pm = _POST_SUBJ.match(m, cm.end())
    if pm is None or _BARE_ADJ.match(pm.group("np")):
        return None
    src, end = _with_apposition(ctx, m, base, parse(pm.group("np"), base + pm.start("np"),
                                                    ctx.pack), pm.end("np"))
    if src is None or not ctx.lx.clause_ends_soon(m, end) or re.search(
            r"(?<![\w-])(?:nicht|nie|niemals|kein|keine|keinen)(?![\w-])", m[end:]):
        return None  # "Das sagte er nicht": a denial of the frame
    if row["particle"] and not re.search(rf"(?<![\w-]){row['particle']}\s*[.!?]?\s*$", m):
        return None
    if ana.start("pro") > 0:
        body = content(doc, base, base + ana.start())
    else:
        prev = ctx.state.previous
        if prev is None or prev.end > unit.span.start or not any(
                s.start <= prev.start < s.end
                for s in ctx.index.sentences.get(unit.paragraph, ())):
            return None
        # a quote inside `prev` (a unit of this paragraph) is one of this paragraph's quotes
        if any(q.span.start >= prev.start and q.span.end <= prev.end and
               classify_quote(doc.text, q) == "speech" and 2 * len(q.span) > len(prev)
               for q in ctx.index.quotes.get(unit.paragraph, ())):
            return None  # a quote before: `_taken_up` frames it as direct speech
        body = content(doc, prev.start, prev.end)
    if body is None or MASK in body.text:
        return None
    quoted = any(body.span.contains(q.inner) and classify_quote(doc.text, q) != "name"
                 for q in ctx.index.quotes.get(unit.paragraph, ()))  # "… sondern der Regierung „assistieren“. Das erklärte X"
    return make("mixed" if quoted else "indirect", body, cue=cue, source=src,
                rule="verb_anaphoric")


#: an accusative object not governed by a preposition ("am Montag den Rücktritt")
_ACC_NP = re.compile(r"""(?:^|(?<=\s))
                         (?P<np>(?:den|die|das|einen|eine|ein|seinen|seine|sein|ihren|ihre|ihr|
                                  diese[ns]?|alle|keine[n]?)\s+
                                (?:[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}  # adjectives
                                [A-ZÄÖÜ«„»])""", re.VERBOSE)
_PREP_BEFORE = re.compile(r"(?:^|\s)(?:an|auf|über|für|gegen|um|durch|ohne|in|vor|hinter|neben|"
                          r"unter|zwischen|mit|nach|bei|von|zu|aus)\s*$")


def _accusative(middle: str) -> re.Match[str] | None:
    """The first determiner phrase in `middle` that no preposition governs."""
    for om in _ACC_NP.finditer(middle):
        if not _PREP_BEFORE.search(middle[:om.start("np")]):
            return om
    return None


def _perfect_middle(ctx: Ctx, unit: Unit, m: str, row: dict[str, str], frames: list[str],
                    cstart: int, cm: re.Match[str], cue: TextSpan, src: SourceMention
                    ) -> Attribution | None:
    """`X hatte Y als entspannter betrachtet.`: a participle closing the clause after an
    auxiliary; its object (or prepositional object) stands between the subject and the verb."""
    doc, base = ctx.doc, unit.span.start
    if src is None or src.span is None or not re.match(r"\s*(?:[.!?]|$)", m[cm.end():]):
        return None
    if "obj" not in frames and not any(f.startswith("prep:") for f in frames):
        return None
    pre = m[cstart - base:cm.start()]
    # a perfect (hat … gefordert), not a modal with an infinitive (soll … warnen)
    aux = re.search(r"(?<![\w-])(?:hat|hatte|habe|haben|hatten|hätte|hätten)(?![\w-])", pre)
    if aux is None or not re.search(r"(?:t|en)$", cm.group(0)) or cm.group(0) in ctx.lx.rows \
            and any(r["lemma"] == cm.group(0) for r, _ in ctx.lx.rows[cm.group(0)]):
        return None
    start = max(cstart + aux.end(), src.span.end)
    middle = m[start - base:cm.start()]
    if MASK in middle.replace(" ", "")[:1] or "," in middle:
        return None
    end = cm.start() + base
    if row["particle"] and not cm.group(0).startswith(row["particle"]):
        pm = re.search(rf"(?<![\w-]){row['particle']}\s*$", middle)
        if pm is None:
            return None
        middle, end = middle[:pm.start()], start + pm.start()  # "bekannt gegeben"
    kind = None
    for fr in frames:
        if fr.startswith("prep:") and re.search(rf"(?<![\w-])(?:da|dar)?{fr[5:]}(?![\w-])",
                                                middle):
            kind = "prep"
    if kind is None:
        obj = _accusative(middle) if "obj" in frames else None
        if obj is None:
            return None  # "hatte im Oktober noch selbst angekündigt": no object
        start += obj.start("np")
    body = content(doc, start, end)
    if body is None or len(body.text.split()) < 2:
        return None
    return make(row["kind"], body, cue=cue, source=src, rule="verb_perfect")


_COORD_END = re.compile(r"(?:^|[\s,])(?:und|sowie)$")


def _coordinated(doc: Document, last: Attribution | None, before: str, base: int, vs: int
                 ) -> SourceMention | None:
    """`bezeichnete X als Y und glaubt, dass …`: a second verb shares the first one's subject.

    The first content then ends before `und`.
    """
    # a match ends at the end: search the last characters only (`before` is the whole unit so far)
    co = _COORD_END.search(before, max(0, len(before) - 8))
    if co is None and last is not None and last.rule in ("verb_prep", "verb_object"):
        co = re.search(r",$", before)  # "beziffert X auf 626, befürchtet aber weitere Tote"
    if co is None or last is None or last.source is None:
        return None
    if not last.content.span.start < vs <= last.content.span.end + 1:
        return None
    body = content(doc, last.content.span.start, base + co.start())
    if body is not None:
        last.content = body
    return copy_source(last.source)


def _front_object(ctx: Ctx, m: str, base: int, cstart: int, vs: int, att: Attribution) -> None:
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


def _cited_after(ctx: Ctx, unit: Unit, m: str, cited: re.Match[str], cue: TextSpan,
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


#: "…, sie müssten sparen und bemühte das Bild …": `und` before a past verb of the frame's subject
_AND_PAST = re.compile(r"(?:,?\s+und|,)\s+(?:dann\s+|zudem\s+|später\s+)?(?P<v>[a-zäöüß]{3,})(?=\s)")


#: `und`/comma + past verb places tried per reported clause (real clauses have one or two;
#: 999 "sagte er," in one paragraph made thousands of tries, each over the whole clause)
MAX_NARRATOR_TRIES = 8


def _narrator_again(lx: lexicon.Compiled, m: str, start: int, end: int) -> int:
    """End of a reported clause `m[start:end]`: before `und` (or a comma) + an indicative past
    verb (the frame's subject acts again), when the clause before it is in Konjunktiv."""
    for k, am in enumerate(_AND_PAST.finditer(m, start, end)):
        if k >= MAX_NARRATOR_TRIES:
            break  # each try reads the clause so far: unbounded tries were quadratic
        v = am.group("v")
        # a singular past (the frame's subject, not the plural of the reported clause)
        if v in lx.k_forms or not (v.endswith("te") or v in lx.rows and not v.endswith("en")):
            continue
        if (lx.mood(m[start:am.start()]) is not None or lx.k2_chain.search(m, start, am.start()))\
                and \
                not re.search(r"(?:^|\s)(?:er|sie|es|man|wir|ihr)\s*$", m[start:am.start()]):
            return am.start()
    return end


#: texts that can "say" something with "steht" besides documents.tsv
_WRITTEN = ("vertrag", "antrag", "gesetz", "entwurf", "brief", "schreiben", "protokoll",
            "urteil", "beschluss", "papier", "gutachten", "programm", "memo", "akte", "akten")


def _document_pp(ctx: Ctx, pp: str) -> bool:
    """Does the prepositional phrase `pp` ("In einem Jahresbericht des Ministeriums") open
    with a document noun (its head may be a compound: Jahres|bericht)?"""
    head = re.match(r"\s*(?:In|Im)\s+(?:\w+\s+){0,3}?(?P<n>[A-ZÄÖÜ][\w-]+)", pp)
    if head is None:
        return False
    noun = head.group("n").lower()
    return any(noun.endswith(d) for d in (*ctx.lx.documents, *_WRITTEN) if len(d) >= 4)


def _assessment(ctx: Ctx, stretch: str) -> bool:
    """Does the object in `stretch` (before any comma) name a judgement (assessments.tsv)?"""
    rx = ctx.pack.hooks.get("_de_assess")
    if rx is None:
        nouns = [r["noun"] for r in ctx.pack.lexicon("assessments")]
        alt = "|".join(re.escape(n) for n in nouns + [n.lower() for n in nouns])
        # the noun alone or closing a compound ("Hauptverantwortung", "Handlungsbedarf")
        rx = re.compile(rf"(?<![\w-])(?:[A-ZÄÖÜ][\w-]*?)?(?:{alt})(?![\w-])")
        ctx.pack.hooks["_de_assess"] = rx
    head = re.split(r"[,;:]", stretch, maxsplit=1)[0]
    if re.match(r"\s*(?:sich|es|ihn|ihm|ihr|uns|mich|dich)(?![\w-])", head):
        return False  # "sieht sich als Opfer": reflexive, read by the als-frame
    return rx.search(head) is not None


def _verb_content(ctx: Ctx, unit: Unit, m: str, row: dict[str, str], frames: list[str],
                  at: int, cue: TextSpan, src: SourceMention) -> Attribution | None:
    """The content after a reporting verb: a clause after a comma/colon, a PP or an object."""
    doc, lx = ctx.doc, ctx.lx
    base, uend = unit.span.start, unit.span.end
    rel = at - base
    end_rel = lx.content_end(m, rel)
    stretch = m[rel:end_rel]
    punct = re.search(r"[,:]", lexicon.blank_inserted(stretch))
    aside = _NAMING_ASIDE.match(stretch, punct.end()) if punct is not None and \
        punct.group() == "," and not stretch[:punct.start()].strip() else None
    if aside is not None:  # "erklärte der Rat, wie sich die Junta nennt, die Lage sei …"
        punct = re.compile(",").search(stretch, aside.end() - 1)
    if punct is not None and punct.group() == "," and not stretch[:punct.start()].strip():
        # "sagte X, gegenüber der BBC, dass …": a relay between commas belongs to the frame
        pp = _COMMA_PP.match(stretch, punct.end())
        if pp is not None:
            punct = re.compile(",").search(stretch, pp.end() - 1)
        ap = _APP_NAMED.match(stretch, punct.end()) if pp is None and src is not None and \
            src.span is not None and src.span.end <= at and not _is_name(src.text) else None
        if ap is not None:
            # "erklärte der Eigentümer, das die Zeitung verlegende Medienhaus Lensing, dass …":
            # the apposition names the one behind a role
            named = parse(ap.group("name"), at + ap.start("name"), ctx.pack)
            if named is not None:
                src = named
                punct = re.compile(",").search(stretch, ap.end() - 1)
    via = _vias(ctx, at, base + (rel + punct.start() if punct else end_rel), m, base)
    particle = row["particle"]
    if punct is not None:
        frame_region = lexicon.blank_inserted(stretch)[:punct.start()]
        if len(frame_region.split()) <= 10 and MASK not in frame_region:
            if particle and not re.search(rf"(?<![\w-]){particle}\s*$", frame_region):
                return None
            if not particle and lx.blocked_particle(frame_region):
                return None
            after = stretch[punct.start() + 1:]
            if punct.group() == ":" and after.lstrip()[:1] in "«„»“\"":
                # "empfindet die Kritik als ungerecht: «…»": the judgement before the quote
                # is a content of its own; the quote is handled by _direct
                judged = any(f in ("prep:als", "prep:für", "prep:auf") and re.search(
                    rf"(?<![\w-]){f[5:]}(?![\w-])", frame_region) for f in frames) or (
                    "assess" in frames and _assessment(ctx, frame_region))
                body = content(doc, base + rel, base + rel + punct.start()) if judged else None
                if body is None or len(body.text.split()) < 3:
                    return None
                return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_prep")
            if ("say" in frames or "dass" in frames or "impersonal" in frames
                    or punct.group() == ":") and \
                    _content_clause(after, frame_region, "dass" in frames):
                stop = _narrator_again(lx, m, rel + punct.end(), end_rel)
                body = content(doc, base + rel + punct.end(), base + stop)
                if body is not None:
                    return make(row["kind"], body, cue=cue, source=src, via=via,
                                rule="verb_clause")
    if particle and not re.search(rf"(?<![\w-]){particle}(?:\s*[.!?]?\s*)$", stretch.rstrip(",")):
        if not (punct and re.search(rf"(?<![\w-]){particle}\s*$", stretch[:punct.start()])):
            return None
    for fr in frames:
        if fr.startswith("prep:"):
            prep = fr[5:]
            # a relative clause inside the object ("den Schaden, der … entstand, auf") is blanked
            pm = re.match(rf"(?:\s+\S+){{0,8}}?\s+(?P<p>(?:da|dar)?{prep})(?![\w-])",
                          lexicon.blank_inserted(stretch))
            if pm is not None:
                # "hält X für Y", "bezeichnet X als Y", "schätzt X auf Y": the object counts
                from_at = rel if prep in ("für", "als", "auf") else rel + pm.start("p")
                body = content(doc, base + from_at, base + end_rel)
                if body is not None:
                    return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_prep")
    if "assess" in frames and not particle and _assessment(ctx, stretch):
        # "Das Institut sieht keine besondere Gefahr": a judgement noun makes the object a claim
        body = content(doc, at, base + end_rel)
        if body is not None and len(body.text.split()) >= 2:
            return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_assess")
    zu_inf = _BARE_ZU.fullmatch(stretch) if "zu" in stretch and not punct else None
    if zu_inf is not None and not particle and ("say" in frames or "obj" in frames):
        # "hat angekündigt ihr Mandat niederzulegen": a zu-infinitive without its comma
        body = content(doc, at, base + rel + zu_inf.end("inf"))
        if body is not None:
            return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_zu_inf")
    if "obj" in frames:
        if re.match(r"\s*(?:sich|es|sie|ihn|ihm|ihr|uns|mich|dich)(?![\w-])", stretch):
            return None
        if particle and re.match(rf"\s*{particle}\s*,", stretch):
            return None  # "räumte X ein, …": a clause after the particle is no object
        if particle:
            stretch_end = re.search(rf"\s{particle}(?=\s*[.!?,]?\s*$)", stretch)
            end_rel = rel + stretch_end.start() if stretch_end else end_rel
        elif lx.blocked_particle(stretch.rstrip(" .!?")):
            return None
        body = content(doc, at, base + end_rel)
        if body is not None and len(body.text.split()) >= 2:
            return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_object")
    return None
