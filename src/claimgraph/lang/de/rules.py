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

Subjects, appositions and relays are read by `clauses.py`; what a verb frames (its clause,
object or prepositional object) by `verb_content.py`. Overlaps between candidates and
relays (an outlet relaying a named speaker) are resolved by the shared engine in
`attribute.py`; this module only proposes.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, Document, Quote, SourceMention, Span
from ..base import LanguagePack
from ..common import (as_via, classify_quote, content, make, MASK, MAX_CUES, masked,
                      paragraph_quotes, stray_close, text_span, Unit, units)
from . import lexicon
from .according import _around, according
from .actors import actor
from .so_frames import _SO_VERB_MID
from .cue_parts import complete_cues, words
from .relatives import relative_speech
from .runs import own_run
from .owner import outside_content
from .clauses import (Ctx, State, _ALS_FIELD, _APPOS, _AUX, _LEAD_SUBORD, _POST_SUBJ,
                      _agrees, _clause_start, _with_apposition, _impersonal_source,
                      _reach, _recent, _subject, _vias)
from . import citing
from .hearsay import _ZU_INF, _continuation, _passive, _reportative
from .implicit_frames import implicit_frame
from .quotes import _direct
from .subordinate import split_row, subordinate_frame
from .mentions import NP, parse
from .verb_content import (_ANAPHOR, _BARE_ADJ, _CITED_AFTER, _anaphoric, _cited_after,
                           _coordinated, _document_pp, _front_object, _perfect_middle,
                           _verb_content)

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
        if para.kind not in ("body", "embed") and not _cut_last(doc, idx):
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
    complete_cues(doc.text, ctx.out, ctx.lx, pack)
    return ctx.out



def _read_unit(ctx: Ctx, unit: Unit, state: State) -> None:
    doc = ctx.doc
    text = doc.text
    base = unit.span.start
    kinds = {id(q): _german_name(text, q) or classify_quote(text, q) for q in unit.quotes}
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
    found = [a for a in _framed_relays(found) if not _asks(doc.text, a)]
    citing.recite(doc, found, ctx.pack)  # "berichtet X unter Berufung auf Y" (citing.py)
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
            # "…, die den Mut X hervorhob, der … komme": the relative clause names the speaker
            cont = (None if found else relative_speech(ctx, unit, m)) or cont
            found.append(cont)
    implicit_frame(ctx, unit, m, found)  # no listed verb: a Konjunktiv complement's frame
    owner = own_run(ctx, unit, m, found) if ctx.speaker is None else None
    outside_content(ctx, found, _reach(state, unit, 3))  # no source inside its content
    for att in sorted(found, key=lambda a: a.content.span.start):
        if att.source is not None and _plural_belief(ctx, att) and state.source is not None \
                and state.source.type == "person" and _reach(state, unit, 2) is not None:
            continue  # the named speaker's Konjunktiv run goes on past the group's belief
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
        elif att.rule.startswith("reportative") and _reach(state, unit, 3) is not None:
            state.unit = state.counter  # "soll … haben" inside a run: the same report goes on
        elif att.rule in _IMPERSONAL and att.cue is not None:
            # "Die Ministerin sagte, … Am Montag hieß es dann, … Die Ursache sei unklar.": an
            # agentless frame that does not point back (see _carried) ends her run; the
            # Konjunktiv after it goes on with the impersonal report
            state.source, state.cue = None, att.cue
            state.reported, state.clause = True, True
            state.paragraph, state.unit = unit.paragraph, state.counter
    if ctx.speaker is None and owner is not None and not any(a.source for a in found):
        ctx.speaker = owner  # "X gab sich zuversichtlich.": X owns the run after it (runs.py)
    if ctx.speaker is None and not found:
        ctx.speaker = _stance_holder(ctx, unit, m) or actor(ctx, unit, m)
    if ctx.speaker is not None and not any(a.source for a in found):
        state.source, state.cue = ctx.speaker, None
        state.paragraph, state.unit = unit.paragraph, state.counter
    ctx.speaker = None
    state.previous = unit.span
    ctx.out.extend(found)


#: a reported clause: a dass/ob/w-clause or a verb-second clause in Konjunktiv I
_REPORTED_CLAUSE = re.compile(r"""(?:dass|ob|wie|was|wer|warum|weshalb|wo)\s
                                 |[A-ZÄÖÜa-zäöüß][\w-]*\s+(?:sei|seien|habe|werde|könne|müsse)\s""",
                              re.VERBOSE)


#: prepositions inside German organisation names: „Reporter ohne Grenzen“, „Ärzte ohne Grenzen“,
#: „Bündnis gegen Rechts“ (classify_quote knows und/für/von/der …)
_NAME_PREPS = frozenset("ohne gegen mit über unter auf aus an in".split())


def _german_name(text: str, q: Quote) -> str | None:
    """"name" for a short capitalised quote whose only lower-case words are prepositions,
    after a noun ("Die Organisation „Reporter ohne Grenzen“") or opening the sentence."""
    inner = text[q.inner.start:q.inner.end].strip()
    words = inner.split()
    if not 2 <= len(words) <= 5 or not inner[:1].isupper() or inner[-1:] in ".!?,;:":
        return None
    if re.match(r"\s*[,–—-]\s*[a-zäöüß]", text[q.span.end:q.span.end + 12]):
        return None  # "„Nieder mit Assad“, riefen die Demonstranten": a quote frame follows
    before = text[max(0, q.span.start - 40):q.span.start]
    if not (re.search(r"(?:^|[.!?:]\s+|\n\s*)$", before)
            or re.search(r"(?<![\w-])[A-ZÄÖÜ][\w-]*\s+$", before)):
        return None  # "spricht von einem „Skandal ohne Beispiel“": a phrase of the speaker's
    lower = [w for w in words if not w[:1].isupper()]
    if lower and all(w in _NAME_PREPS for w in lower) and len(lower) < len(words) - 1:
        return "name"
    return None


def _asks(text: str, att: Attribution) -> bool:
    """`Die Eltern wollen wissen, ob …` asks; only `will wissen, dass …` claims to know."""
    return att.cue is not None and text[att.cue.span.start:att.cue.span.end] in _WANT and \
        re.match(r"(?:ob|wer|was|wie|wann|wo|warum|weshalb|welche[rsmn]?)\s", att.content.text) \
        is not None


_WANT = frozenset({"will", "wollen", "wollte", "wollten", "wolle", "gewollt"})


def _framed_relays(found: list[Attribution]) -> list[Attribution]:
    """`Das Team kam der Meldung zufolge zu dem Schluss, dass …`: an according-to phrase inside
    a clause whose own reporting verb frames the content relays that verb's subject (an
    outlet becomes a via); the verb's subject is the source."""
    drop: set[int] = set()
    for i, acc in enumerate(found):
        if acc.kind != "according_to" or acc.cue is None:
            continue
        for verb in found:
            if verb is acc or verb.rule != "verb_clause" or verb.cue is None \
                    or verb.source is None or not _REPORTED_CLAUSE.match(verb.content.text):
                continue
            # the phrase stands in the frame, before the reported clause (not inside it:
            # "Die SPD hält den Weg laut X für begehbar" is X's report)
            if acc.content.span.contains(verb.cue.span) and \
                    acc.cue.span.end <= verb.content.span.start and \
                    verb.content.span.start >= verb.cue.span.end:
                if acc.source is not None and acc.source.type == "outlet":
                    verb.via = [as_via(acc.source)] + verb.via
                drop.add(i)
                break
    return [a for k, a in enumerate(found) if k not in drop]


def _plural_belief(ctx: Ctx, att: Attribution) -> bool:
    """A group's belief told in the indicative (`Bislang gingen die Wissenschaftler davon aus,
    dass … würde`): background the writer or the speaker gives, not a new reported voice — a
    plural verb of belief (cue_words.tsv `belief`) over a clause without Konjunktiv I."""
    if att.cue is None or att.source is None:
        return False
    verb = ctx.doc.text[att.cue.span.start:att.cue.span.end]
    if not verb.endswith("en"):
        return False  # 3rd person plural (gingen, glauben, nahmen): no singular person
    lemmas = {(r["particle"] if r["particle"][:1].islower() else "") + r["lemma"]
              for r, _ in ctx.lx.rows.get(verb, ())}
    return bool(lemmas & words(ctx.pack, "belief")) and ctx.lx.mood(att.content.text) != "k1"


#: agentless frames: said by nobody named
_IMPERSONAL = frozenset({"nominal_hiess_es", "nominal_rede", "postposed_impersonal"})

#: an agentless frame that points back to the last speaker's act: "Weiter hieß es", "Dazu
#: heißt es", "Als Begründung dafür heißt es" (a da-compound or a continuing adverb)
_GOES_ON = re.compile(r"""(?<![\w-])(?:[Ww]eiter|[Dd]azu|[Dd]afür|[Dd]arin|[Dd]arüber|[Dd]aneben|
                          [Zz]udem|[Ff]erner|[Aa]ußerdem|[Ee]rgänzend|[Ee]benso)(?![\w-])""",
                      re.VERBOSE)


def _carried(ctx: Ctx, unit: Unit, frame: str) -> SourceMention | None:
    """The last speaker for an agentless frame (`hieß es`) that points back to that speaker's
    act ("Dazu hieß es, …"); "Am Montag hieß es, …" is said by nobody named."""
    cut = re.search(r"[,:]", frame)
    return _recent(ctx.state, unit) if _GOES_ON.search(frame[:cut.start()] if cut else frame) \
        else None


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
        perf = _perfect_postposed(ctx, unit, m, cm, cue, row)
        if perf is not None:  # "Die Lage ist ernst, hat der Minister am Montag gesagt."
            last = perf
            yield perf
            continue
        # a) postposed frame: "…, berichtet X." / "…, teilte die Polizei mit." / "…, so
        # bestätigt das Gericht." (a "so" before the verb links the frame to the clause before)
        so_v = re.search(r",\s*so$", before)
        if so_v is not None and (re.search(r"[,:;]", m[cm.end():].rstrip(" .!?"))
                                 or "say" not in frames):
            # ", so vermutet X, …" (inserted, according.py) or a clause after it; "Heißt es …,
            # so zeigen die Akten etwas anderes": a then-clause (zeigen takes no V2 clause)
            so_v = None
        if so_v is not None:
            before = before[:so_v.start() + 1]
        seg = m[_clause_start(m, base, cm.start()) - base:len(before) - 1 if so_v else cm.start()]
        subj_app = None if so_v else _APPOS.fullmatch(seg)  # "Ein Sieg, so urteilte X"
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
                    rel = citing.pattern(ctx.pack).match(
                        m, src_end + len(m[src_end:]) - len(m[src_end:].lstrip()))
                    inner = None if rel is None else parse(rel.group("np"),
                                                           base + rel.start("np"), ctx.pack)
                    # "…, berichtet der Sender X unter Berufung auf einen Offizier.": the
                    # officer speaks, the outlet relays; anyone else speaks itself (citing.py)
                    att.source, att.via = citing.relay(src, inner, att.via)
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
                att = make("according_to", body, cue=cue, source=src, rule="according_wie")
                rel = citing.pattern(ctx.pack).search(m, wm.end("np"), cm.start())
                if rel is not None:
                    # "Wie die SZ unter Berufung auf Parteikreise berichtet, …": the circles
                    # speak, the outlet relays (citing.py: only an outlet)
                    inner = parse(rel.group("np"), base + rel.start("np"), ctx.pack)
                    att.source, att.via = citing.relay(src, inner, att.via)
                yield att
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
                None if "pp" in frames else _carried(ctx, unit, m[cstart - base:uend - base]))
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
            if not lexicon.FINITE_WERDEN.search(m[cstart - base:cm.start()]):
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
            rel = citing.pattern(ctx.pack).search(m, cm.end())
            if rel is None or base + rel.start() >= att.content.span.start + 40:
                # "Unter Berufung auf Quellen gab X an, …": the phrase fronted before the verb
                rel = citing.pattern(ctx.pack).match(m, cstart - base + len(m[cstart - base:]) -
                                                     len(m[cstart - base:].lstrip()))
                if rel is not None and rel.end() > cm.start():
                    rel = None
            if rel is not None and src is not None:
                # "Unter Berufung auf staatliche Organe teilte die WHO mit": only an outlet
                # relays; a body or a person makes its own statement (citing.py)
                inner = parse(rel.group("np"), base + rel.start("np"), ctx.pack)
                att.source, att.via = citing.relay(src, inner, att.via)
            _front_object(ctx, m, base, cstart, vs, att)
            last = att
            yield att


#: "…, hat der Minister am Montag gesagt." / "…, hatten die Ermittler mitgeteilt.": a Perfekt
#: frame after the clause it reports: auxiliary, subject, up to five adverbial words, participle
_PERF_POST = re.compile(rf""",\s*(?P<aux>hat|hatte|haben|hatten)\s+(?P<np>{NP})
                            (?P<mid>(?:\s+[^\s,.;:!?«»„“”]+){{0,5}}?)\s*$""", re.VERBOSE)


def _perfect_postposed(ctx: Ctx, unit: Unit, m: str, cm: re.Match[str], cue: Span,
                       row: dict) -> Attribution | None:
    """The clause before a postposed Perfekt frame is its content; the subject agrees with the
    auxiliary ("haben die Ermittler", "hat er") and the participle closes the sentence."""
    if not cm.group(0).startswith("ge") and not ctx.lx.subordinate_form(cm.group(0)) and \
            not re.search(r"(?:t|en)$", cm.group(0)):
        return None
    pm = _PERF_POST.search(m, 0, cm.start())
    if pm is None or not re.fullmatch(r"\s*[.!?]?\s*", m[cm.end():]):
        return None
    if not _agrees(pm.group("aux"), pm.group("np")) or _BARE_ADJ.match(pm.group("np")):
        return None
    seg = m[_clause_start(m, unit.span.start, pm.start()) - unit.span.start:pm.start()]
    if _LEAD_SUBORD.match(seg) or _WIE_CLAUSE.match(seg + ","):
        return None
    base = unit.span.start
    src = parse(pm.group("np"), base + pm.start("np"), ctx.pack)
    body = content(ctx.doc, _clause_start(m, base, pm.start()), base + pm.start())
    if src is None or body is None or MASK in body.text[:3]:
        return None
    kind = row["kind"]
    if re.fullmatch(r"[„“»«\"][^„“”»«\"]+[“”«»\"]", body.text):  # "„Wir …“, hat sie gesagt."
        body, kind = content(ctx.doc, body.span.start + 1, body.span.end - 1) or body, "direct"
    return make(kind, body, cue=cue, source=src,
                via=_vias(ctx, base + pm.end("np"), base + cm.start(), m, base),
                rule="postposed_perfect")


def _cut_last(doc: Document, idx: int) -> bool:
    """Is paragraph `idx` the article's last line, a sentence that lost its full stop ("…, so
    Anna Berg, Chefin der Firma")? A subhead heads a section, so none closes a text after body
    text; a line with a comma inside is a clause, not a heading."""
    paras = doc.paragraphs
    return idx == len(paras) - 1 and idx > 0 and paras[idx].kind == "subhead" and \
        paras[idx - 1].kind == "body" and "," in doc.slice(paras[idx].span)


#: a finite verb that makes a first field a clause ("Jetzt gibt es eine Idee, die …,")
_FINITE = re.compile(r"""(?<![\w-])(?:gibt|gab|ist|sind|war|waren|hat|hatte|haben|hatten|wird|
                             wurde|werden|wurden|kann|können|muss|müssen|soll|sollen|steht|stand|
                             liegt|lag|geht|ging|kommt|kam|bleibt|blieb)(?![\w-])""", re.VERBOSE)
#: "…, hieß es vom Sprecher X." closing the sentence
_ES_FROM = re.compile(rf"""\s+es(?:\s+(?:weiter|dazu|zudem|auch))?\s+
                           (?:vom|von\s+der|von\s+den|von|aus\s+dem|aus\s+der|aus|beim|bei\s+der|
                              bei|seitens)\s+(?P<np>{NP})\s*[.!?]?\s*""", re.VERBOSE)
#: "Wie CBS berichtet, gab X …": a wie-frame before the comma is a frame, not a content
_WIE_CLAUSE = re.compile(r"\s*(?:Wie|wie)\s[^,]{1,80},\s*$")
