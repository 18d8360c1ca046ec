"""German according-to frames: `laut X`, `X zufolge`, `nach Angaben X`, `demnach`,
`Für X ist …` (`, so X` in so_frames.py).

These frames name a source without a reporting verb; the content is the clause around the
frame (`_around`). Split out of rules.py, which reads the unit and the verb frames.
"""

from __future__ import annotations

import re
from itertools import chain, islice
from typing import Iterator

from ...model import Attribution, Document, SourceMention, Span, TextSpan, Via
from ..common import content, make, MASK, MAX_CUES, text_span, Unit
from . import lexicon
from .frames_laut import _laut_more
from .apposition import before as _appos_before, tail as _appos_tail, widen
from .clauses import (Ctx, State, _LEAD_SUBORD, _NP_AT, _NP_END, _clause_start, _clause_subject,
                      _compound_source, _is_name, _reach, _unwrap)
from .nominal import nominal
from .so_frames import so_frames
from .mentions import DET, NP, Lexicons, parse

#: adverbs between the view holder and "als" ("gilt bei Beobachtern auch nicht als …")
_ADV_WORDS = "auch|jedoch|aber|allerdings|bereits|schon|inzwischen|längst|mittlerweile|derzeit"

_LAUT = re.compile(rf"""(?<![\w-])(?P<cue>[Ll]aut|[Gg]emäß|[Gg]emäss)\s+
                        # "einer am Dienstag veröffentlichten Mitteilung": an extended attribute
                        (?:{DET}\s+(?=[a-zäöüß])(?:[^\s,.;:!?]+\s+){{1,4}}?
                           (?=[a-zäöüß][\w-]*(?:ten|enen|ene|te)\s+[A-ZÄÖÜ]))?
                        (?P<np>{NP})""", re.VERBOSE)
#: "Gerüchten zu Folge": the older spelling in two words
#: a time noun that dates a report ("vom gestrigen Mittwoch", "vom Wochenende")
_TIME_WORD = re.compile(r"""(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|
                              Sonntag|Januar|Februar|März|April|Mai|Juni|Juli|August|September|
                              Oktober|November|Dezember|Wochenende|Vormittag|Nachmittag|Abend|
                              Morgen|Vortag|Vorabend)s?\s*$""", re.VERBOSE)
#: the dating phrase after a report noun: "Ersten Angaben| vom gestrigen Mittwoch"
_TIME_VOM = re.compile(r"\s+(?:vom|von)\s+(?=[^\s]+(?:\s+[^\s]+)?\s*$)")
_ZUFOLGE = re.compile(r"(?<![\w-])(?P<cue>zufolge|zu\s+Folge)(?![\w-])")
#: tails of compound view nouns after `nach` (Polizei|angaben, Experten|meinung)
_VIEW_TAIL = ("[Aa]ngaben|[Ss]chätzungen|[Ii]nformationen|[Mm]einung|[Aa]nsicht|[Ee]inschätzung|"
              "[Bb]erichten|[Ee]rkenntnissen|[Aa]ussagen|[Dd]arstellung")
_NACH = re.compile(
    r"""(?<![\w-])(?P<cue>[Nn]ach|[Aa]us\s+(?:der\s+)?(?=Sicht))\s*
        # "nach der Einschätzung von X": the article before a feminine view noun
        (?:der\s+(?=(?:Einschätzung|Ansicht|Auffassung|Meinung|Überzeugung|Darstellung|Sicht|
                      Aussage|Auskunft)(?![\w-])))?
        (?:(?:den|eigenen|ersten|offiziellen|bisherigen|vorläufigen|neuesten|jüngsten|
              neuen|übereinstimmenden|inoffiziellen)\s+)*
        # any adjective before a compound: "Nach israelischen Militärangaben"
        (?:[a-zäöüß][\w-]*en\s+(?=[A-ZÄÖÜ][\w-]*?-?(?:{_VIEW_TAIL})(?![\w-])))?
        (?P<noun>Angaben|Informationen|Einschätzung|Sicht|Ansicht|Auffassung|Meinung|Aussagen?|
                 Darstellung|Schätzungen|Berechnungen|Erkenntnissen|Worten|Auskunft|Überzeugung|
                 Berichten|
                 # compounds name their owner: Polizeiangaben, Expertenmeinung, Medienberichten
                 [A-ZÄÖÜ][\w-]*?-?(?:{_VIEW_TAIL}))
        (?![\w-])""".replace("{_VIEW_TAIL}", _VIEW_TAIL), re.VERBOSE)
#: "Expertenmeinung" -> "Experten": the head of a compound view noun names no source itself
_COMPOUND = re.compile(rf"(.+?)-?(?:{_VIEW_TAIL})$")


#: "Nach Schäubles Idee", "nach Müllers Worten": a name's genitive before a view noun
_NACH_GEN = re.compile(r"""(?<![\w-])(?P<cue>[Nn]ach)\s+
                           (?P<name>(?:[A-ZÄÖÜ][a-zäöüß]+\s+)?[A-ZÄÖÜ][a-zäöüß]+?)(?:s|')\s+
                           (?P<noun>Idee|Vorstellung|Vorstellungen|Plänen|Plan|Ansicht|Meinung|
                                    Auffassung|Einschätzung|Worten|Angaben|Darstellung|
                                    Überzeugung|Schätzung|Rechnung|Vorschlag|Lesart)(?![\w-])
                        """, re.VERBOSE)
#: the finite verb and the subject after a fronted frame (V2): "… hat das Unternehmen"
_INVERTED = re.compile(rf"\s+(?:[a-zäöüß]+)\s+(?P<np>{NP})")
#: a quoted title of at most four words after laut, followed by a verb or a comma ("Laut
#: „taz“ hat …", "laut «Le Monde»,"): the masked quote is a name, not quoted speech
_QUOTED_TITLE = re.compile(r"""(?P<np>[«„»"‚]\u2591+(?:\s\u2591+){0,3}[»“”«"‘])
                               (?=\s*(?:[,.;!?]|$|[a-zäöüß]+(?![\w-])))""", re.VERBOSE)
_NACH_SRC = re.compile(rf"\s+(?:von\s+|vom\s+|des\s+|der\s+|aus\s+)?(?P<np>{NP})")
#: a genitive plural without an article: the strong adjective ends in -er ("nach Angaben
#: informierter Kreise", "vieler Ökonomen"); after an article an adverb may come first ("der
#: gut informierten Kreise", which NP does not read); a possessive owns the view
_GEN_ADJ = re.compile(r"""\s+(?P<np>
        (?:(?:der|des)\s+(?:(?:gut|bestens|gewöhnlich|zuverlässig|sehr|meist)\s+)+
              [a-zäöüß][\w-]*en                                  # der gut informierten
          |(?:(?:gut|bestens|gewöhnlich|zuverlässig|sehr|meist)\s+)*
              (?!(?:aber|oder|über|unter|hier|wieder|immer|später|weiter|der|er|wer|sehr|mehr|
                    außer|hinter|vorher|bisher|daher|sicher|jeder|einer|keiner)(?![\w-]))
              [a-zäöüß][\w-]*er                                  # (gut) informierter
          |(?:seiner|seines|ihrer|ihres|unserer)(?=\s+[A-ZÄÖÜ]))  # seiner Familie
        (?:\s+[a-zäöüß][\w-]*(?:er|en))?                          # a second adjective
        \s+[A-ZÄÖÜ][\w-]+)(?![\w-])""", re.VERBOSE)
_GEN_ARTICLE = ("von", "vom", "des", "der", "eines", "einer", "aus", "")
#: "Nach Auffassung Österreichs", "nach Angaben Moskaus": a bare name in the genitive
_BARE_GENITIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+s")
#: a report noun with its owner and a "wonach" clause: "Ein Bericht der Agentur X, wonach …"
_WONACH = re.compile(rf"""(?<![\w-])(?P<noun>[A-ZÄÖÜ][\w-]+)          # Bericht, Meldung
                           \s+(?:des|der|von|vom|von\s+der|von\s+den)\s+(?P<np>{NP})
                           \s*,\s*wonach\s+""", re.VERBOSE)
_DEMNACH = re.compile(r"(?<![\w-])(?P<cue>[Dd]emnach)(?![\w-])")
#: "eine Schätzung, wonach …": a statement noun without an owner is its own source
_WONACH_BARE = re.compile(r"""(?<![\w-])(?P<det>eine|einer|einem|einen|die|der|den|dem)\s+
                              (?:[a-zäöüß][\w-]*(?:e|en|er|em|es)\s+){0,2}     # adjectives
                              (?P<noun>[A-ZÄÖÜ][\w-]+)\s*,\s*wonach\s+""", re.VERBOSE)
#: "Danach leiden …" right after a sentence naming a study: the study speaks (a present tense
#: verb follows; "Danach gab es …" after a report is temporal)
_DANACH = re.compile(r"""\s*(?P<cue>Danach)\s+
                         (?!(?:gab|kam|kamen|ging|gingen|war|waren|wurde|wurden|fand|fanden|
                               hatte|hatten|trat|traten|stand|standen|lag|lagen|hielt|hielten|
                               begann|begannen|fuhr|fuhren|sprach|sprachen|folgte|folgten|
                               zog|zogen|flog|flogen|sah|sahen)(?![\w-]))
                         (?P<verb>[a-zäöüß]+)(?<!te)(?<!ten)(?![\w-])""", re.VERBOSE)
#: "Wie sich aus X ergab, …", "Wie aus X hervorgeht, …": the record X is the source
_WIE_AUS = re.compile(r"""(?<![\w-])(?P<cue>[Ww]ie)\s+(?:sich\s+)?aus\s+
                          (?P<src>[^,;:]{3,100}?)\s+
                          (?P<verb>ergab|ergibt|ergaben|ergeben|hervorgeht|hervorging|
                                   hervorgingen|hervorgehen|
                                   # "wie aus Polizeikreisen verlautete": a sayer, not a record
                                   verlautete|verlautet|verlauteten|verlautbart)
                          (?P<end>\s*,|\s*[.!?]?\s*$)""", re.VERBOSE)
#: a statement noun with its owner and a reported clause: "dem Vorwurf der Verteidigung, das
#: Gericht sei nicht legitim", "Erklärungen des Verbands, die Schule werde …"
_NOUN_CLAUSE = re.compile(rf"""(?<![\w-])(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]+)?
                                (?:Vorwurf|Vorwürfe|Vorwürfen|Erklärung|Erklärungen|Einschätzung|
                                   Behauptung|Behauptungen|Aussage|Aussagen|Forderung|Warnung|
                                   Ankündigung|Ansicht|Auffassung|Darstellung|Argument|
                                   Versicherung|Zusage|Feststellung|Überzeugung|Befürchtung|
                                   Vermutung|Einwand|Hinweis))
                               \s+(?:des|der|von|vom)\s+(?P<np>{NP})\s*,\s*
                               # not a relative clause: a pronoun before a lower-case word
                               (?!(?:der|die|das|den|dem|dessen|deren|denen|welche[rsmn]?)
                                  \s+[a-zäöüß])
                               (?!(?:als|wenn|weil|da|und|aber|oder|sondern|wie|so|obwohl|
                                     nachdem|während|um|ohne|was|wo|wer)(?![\w-]))
                               (?P<body>[^,;:]{{5,300}}?)\s*(?=[,;:.!?]|$)""", re.VERBOSE)
#: "trat dem Vorwurf mit den Worten entgegen, das Gericht sei …": the words are a clause
_WORDS_CLAUSE = re.compile(r"""(?<![\w-])(?P<cue>mit\s+(?:den|diesen|folgenden)\s+Worten)
                               (?P<verb>(?:\s+[a-zäöüß]+){0,2})\s*,\s*
                               (?P<body>[^;:]{5,300}?)\s*(?=[;:.!?]|$)""", re.VERBOSE)
#: records whose findings a "Danach" reports ("Die Studie … Danach leiden …")
_STUDIES = ("studie", "bericht", "umfrage", "untersuchung", "analyse", "statistik", "gutachten",
            "erhebung", "report", "auswertung", "prognose", "dokument")
#: "X gilt bei Beobachtern (auch nicht) als gesichert": the bei/unter-phrase holds the view
_GILT_BEI = re.compile(rf"""(?<![\w-])(?P<cue>gilt|galt|gelten|galten)\s+(?:bei|unter)\s+
                            (?P<np>{NP})(?:\s+(?:{_ADV_WORDS}|nicht|noch|weiter|weiterhin))*
                            \s+als(?![\w-])""", re.VERBOSE)
#: statement nouns a Demnach/Danach may point back to, beyond documents.tsv
_CLAIM_NOUNS = ("beschuldigungen", "anschuldigungen", "vorwürfe", "vorwurf", "vorwürfen",
                "recherchen", "ermittlungen", "ermittlungsergebnisse", "hinweise")
#: "Nach einem Bericht der BBC", "nach einer weiteren Nachricht", "Nach einem EU-Dokument": a
#: document after `nach` names its author (or itself); "Nach dem Bericht trat er zurück" is
#: temporal, so a definite article or a bare noun needs hearsay (Konjunktiv, sollen) around it
_NACH_DOC = re.compile(r"""(?<![\w-])(?P<cue>[Nn]ach)\s+(?P<det>einem|einer|dem|der)\s+
                           (?:[a-zäöüß][\w-]*(?:e|en|er|em)\s+){0,2}          # adjectives
                           (?P<noun>(?P<pre>[A-ZÄÖÜ][\w]*-)?
                                    (?:Bericht|Meldung|Nachricht|Dokument|Studie|Umfrage|Analyse|
                                       Untersuchung|Mitteilung|Pressemitteilung|Erklärung|
                                       Statistik|Prognose|Gutachten|Papier|Schätzung|
                                       # a draft or an announcement: "Nach dem Gesetzentwurf
                                       # der Koalition sollen …" (hearsay needed: definite)
                                       Ankündigung|Entwurf|Gesetzentwurf|Gesetzesentwurf|
                                       Referentenentwurf))
                           (?![\w-])""", re.VERBOSE)
#: "Seiner Meinung nach", "Ihrer Ansicht nach": a possessive view fronting the clause
_POSS_NACH = re.compile(r"""\s*(?:(?:Aber|Doch|Und|Auch)\s+)?(?P<poss>Seiner|Ihrer)\s+
                            (?P<noun>Meinung|Ansicht|Auffassung|Einschätzung|Überzeugung)
                            \s+nach(?![\w-])""", re.VERBOSE)
_HEARSAY = re.compile(r"(?<![\w-])soll(?:en|te|ten)?(?![\w-])")

def _laut_lower(ctx: Ctx) -> re.Pattern[str]:
    """`laut dpa`: agencies written in lower case (relay.tsv kind `lower`), which NP misses."""
    rx = ctx.pack.hooks.get("_de_laut_lower")
    if rx is None:
        names = "|".join(re.escape(r["entry"]) for r in ctx.pack.lexicon("relay")
                         if r["kind"] == "lower")
        rx = re.compile(rf"(?<![\w-])(?P<cue>[Ll]aut|[Gg]emäß)\s+(?:der\s+|dem\s+)?"
                        rf"(?P<np>{names})(?![\w-])")
        ctx.pack.hooks["_de_laut_lower"] = rx
    return rx


def according(ctx: Ctx, unit: Unit, m: str, state: State) -> Iterator[Attribution]:
    """According-to candidates in one unit (`m` is its masked text)."""
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
    # each frame is read against the whole unit: only the first MAX_CUES of a kind
    relative = set()
    for rm in islice(_REL_LAUT.finditer(m), MAX_CUES):
        rel = _relative_laut(ctx, unit, m, rm)
        if rel is not None:  # "ein Gutachten, laut dem Kevin misshandelt worden war"
            relative.add(rm.start("cue"))
            yield rel
    for am in islice(chain(_LAUT.finditer(m), _laut_lower(ctx).finditer(m)), 2 * MAX_CUES):
        if am.start("cue") in relative:
            continue
        via: list[Via] = []
        first = re.sub(r"^(?:der|die|das|dem|den|des)\s+", "", am.group("np").lower()).split()
        if not first or first[0].strip("«»„“”") in lx.laut_blockers:
            continue
        src = _unwrap(ctx, am.group("np"), base + am.start("np"))
        fend = base + am.end()
        title = _QUOTED_TITLE.match(m, am.start("np"))
        if title is not None and MASK in title.group("np"):
            # "Laut „taz“ hat …": a short quoted title right after laut names an outlet
            at = base + title.start("np")
            src = _unwrap(ctx, doc.text[at:base + title.end("np")], at)
            fend = base + title.end("np")
        elif MASK in am.group("np"):  # "laut Gall „auch in Zukunft …“": the quote is content
            cut = am.group("np")[:am.group("np").index(MASK)].rstrip(" «„»“\"‚")
            fend = base + am.start("np") + len(cut)
        else:
            src, fend, via = _laut_more(ctx, m, am, src, base)
            src, rel = widen(ctx, m, base, src, fend - base)  # "Laut X, Chef der Y, ist …"
            fend = base + rel
        body = _around(doc, ustart, uend, base + am.start(), fend, lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + am.start("cue"),
                       base + am.end("cue")), source=src, via=via, rule="according_laut")
    for zm in islice(_ZUFOLGE.finditer(m), MAX_CUES):
        before = m[:zm.start()]
        paren = re.search(r"\s*\([^()]{1,30}\)\s*$", before)  # "des Verbandes (VDR) zufolge"
        nm = _NP_END.search(before[:paren.start()] if paren else before)
        appos = _appos_before(ctx, m, zm.start()) if before.rstrip().endswith(",") else None
        if appos is not None:  # "Burt Rutan, dem Chef der Firma, zufolge"
            nm = re.compile(r"(?s).{%d}(?P<np>.{%d})" % (appos[0], appos[1] - appos[0])).match(m)
        if nm is None:
            continue
        np_text = nm.group("np")
        tm = _TIME_VOM.search(np_text) if _TIME_WORD.search(np_text) else None
        if tm is not None and tm.start() > 0:
            np_text = np_text[:tm.start()]  # "Ersten Angaben vom gestrigen Mittwoch zufolge"
        if np_text.split()[-1].lower() in lx.laut_blockers:
            continue
        src = _unwrap(ctx, np_text, base + nm.start("np"))
        if appos is not None:
            src = widen(ctx, m, base, src, nm.end("np"))[0]
        zend = zm.end()
        after = _appos_tail(ctx, m, zend, head_is_name=True, coordinate=False)
        if after.role is not None and src is not None and src.type == "person":
            # "Burt Rutan zufolge, dem Chef der Firma, ist …": the apposition after the frame
            role = parse(m[after.role[0]:after.role[1]], base + after.role[0], ctx.pack)
            src.role = src.role or (role.role if role else None)
            zend = after.end
        body = _around(doc, ustart, uend, base + nm.start(), base + zend, lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + zm.start(), base + zm.end()),
                       source=src, rule="according_zufolge")
    for nm in islice(_NACH.finditer(m), MAX_CUES):
        noun = nm.group("noun")
        src = None
        end = nm.end()
        comp = _COMPOUND.match(noun)
        if comp and noun[:1].isupper() and len(comp.group(1)) > 2:
            src = _compound_source(ctx, noun, comp.group(1), base + nm.start("noun"))
        elif "eigenen" in nm.group(0):
            src = _clause_subject(ctx, m, base)
            inv = _INVERTED.match(m, nm.end()) if not m[:nm.start()].strip() else None
            if inv is not None:  # "Nach eigenen Angaben hat die Firma …": V2, the subject after
                src = parse(inv.group("np"), base + inv.start("np"), ctx.pack) or src
        elif (gm := _GEN_ADJ.match(m, nm.end())) is not None:
            src, end = widen(ctx, m, base, _unwrap(ctx, gm.group("np"), base + gm.start("np")),
                             gm.end())
        else:
            sm = _NACH_SRC.match(m, nm.end())
            if sm and m[nm.end():sm.start("np")].strip() in _GEN_ARTICLE:
                if m[nm.end():sm.start("np")].strip() or sm.group("np")[:1] in "«„»\"" or \
                        sm.group("np").split()[0] in ("eines", "einer", "des", "der") or \
                        _BARE_GENITIVE.fullmatch(sm.group("np")):
                    src = _unwrap(ctx, sm.group("np"), base + sm.start("np"))
                    src, end = widen(ctx, m, base, src, sm.end())  # "von X, Chef der Y,"
        if src is None and re.fullmatch(r"[Nn]ach\s+\w+", nm.group(0)):
            continue  # bare "nach Angaben im Fahrplan": neither a source nor "ersten Angaben"
        body = _around(doc, ustart, uend, base + nm.start(), base + end, lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + nm.start("cue"),
                       base + nm.end("noun")), source=src, rule="according_nach")
    for dm_ in islice(_NACH_DOC.finditer(m), MAX_CUES):
        att = _nach_document(ctx, unit, m, dm_)
        if att is not None:
            yield att
    pm = _POSS_NACH.match(m)
    if pm is not None:  # "Seiner Meinung nach hätte …": the possessive points to a person
        at = base + pm.start("poss")
        src = SourceMention(pm.group("poss"), Span(at, at + len(pm.group("poss"))),
                            pm.group("poss"), type="person")
        body = content(doc, base + pm.end(), base + lx.content_end(m, pm.end()))
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + pm.start("noun"),
                       base + pm.end()), source=src, rule="according_possessive")
    for gm in islice(_NACH_GEN.finditer(m), MAX_CUES):  # "Nach Schäubles Idee soll …"
        src = _unwrap(ctx, gm.group("name"), base + gm.start("name"))
        if src is not None and src.span is not None:  # the mention as written: "Schäubles"
            end = base + gm.end("name") + 1
            src.text, src.span = doc.text[src.span.start:end], Span(src.span.start, end)
        body = _around(doc, ustart, uend, base + gm.start(), base + gm.end(), lx)
        if src is not None and body is not None:
            yield make("according_to", body, cue=text_span(doc, base + gm.start("cue"),
                       base + gm.end("noun")), source=src, rule="according_nach_genitive")
    yield from so_frames(ctx, unit, m, _LAUT)  # ", so X", ", so VERB X," (so_frames.py)
    for wm in islice(_WONACH.finditer(m), MAX_CUES):  # "Ein Bericht der Agentur X, wonach …"
        if wm.group("noun").lower().rsplit("-", 1)[-1] not in lx.documents:
            continue
        src = _unwrap(ctx, wm.group("np"), base + wm.start("np"))
        stop = m.find(",", wm.end())
        body = content(doc, base + wm.end(), base + stop if stop > 0 else
                       base + lx.content_end(m, wm.end()))
        if src is not None and body is not None:
            yield make("indirect", body, cue=text_span(doc, base + wm.start("noun"),
                       base + wm.end("noun")), source=src, rule="according_wonach")
    for wb in islice(_WONACH_BARE.finditer(m), MAX_CUES):  # "gibt es eine Schätzung, wonach"
        if wb.group("noun").lower().rsplit("-", 1)[-1] not in lx.documents:
            continue
        src = parse(wb.group("noun"), base + wb.start("noun"), ctx.pack)
        stop = m.find(",", wb.end())
        body = content(doc, base + wb.end(), base + stop if stop > 0 else
                       base + lx.content_end(m, wb.end()))
        if src is not None and body is not None:
            w = base + m.rfind("wonach", wb.start(), wb.end())
            yield make("indirect", body, cue=text_span(doc, w, w + 6), source=src,
                       rule="according_wonach")
    for nc in islice(_NOUN_CLAUSE.finditer(m), MAX_CUES):
        clause = nc.group("body")
        if lx.mood(clause) != "k1" and not re.match(r"(?:dass|daß)\s", clause):
            continue  # "die Erklärung des Ministers, die gestern kam": no reported clause
        src = _unwrap(ctx, nc.group("np"), base + nc.start("np"))
        body = content(doc, base + nc.start("body"), base + nc.end("body"))
        if src is not None and body is not None:
            yield make("indirect", body, cue=text_span(doc, base + nc.start("noun"),
                       base + nc.end("noun")), source=src, rule="according_noun_clause")
    wc = _WORDS_CLAUSE.search(m)
    if wc is not None and lx.mood(wc.group("body")) == "k1" and not any(
            w in lx.rows for w in wc.group("verb").split()):  # "mit den Worten zitiert": a cue
        src = _clause_subject(ctx, m, base)
        body = content(doc, base + wc.start("body"), base + lx.content_end(m, wc.start("body")))
        if src is not None and body is not None:
            yield make("indirect", body, cue=text_span(doc, base + wc.start("cue"),
                       base + wc.end("cue")), source=src, rule="according_words_clause")
    gb = _GILT_BEI.search(m)
    if gb is not None:
        src = parse(gb.group("np"), base + gb.start("np"), ctx.pack)
        head = src.name.split()[-1].lower() if src is not None and src.name.split() else ""
        heads = Lexicons.of(ctx.pack).anonymous  # lower-case heads, built once per pack
        if src is not None and (head in heads or head.rstrip("n") in heads or src.role or
                                src.type in ("organisation", "government", "outlet")):
            body = content(doc, _clause_start(m, base, gb.start()),
                           base + lx.content_end(m, gb.end()))
            if body is not None:
                yield make("indirect", body, cue=text_span(doc, base + gb.start("cue"),
                           base + gb.end("cue")), source=src, rule="according_gilt_bei")
    wa = _WIE_AUS.search(m)
    if wa is not None:
        src = _unwrap(ctx, wa.group("src"), base + wa.start("src"))
        if wa.group("end").strip(" .!?"):  # fronted: the main clause after the comma
            body = content(doc, base + wa.end(), base + lx.content_end(m, wa.end()))
        else:  # "…, wie aus dem Protokoll hervorgeht.": the clause before
            body = content(doc, _clause_start(m, base, wa.start()), base + wa.start())
        if src is not None and body is not None:
            yield make("according_to", body, cue=text_span(doc, base + wa.start("cue"),
                       base + wa.end("verb")), source=src, rule="according_wie_aus")
    da = _DANACH.match(m)
    if da is not None:
        src = _document_subject(ctx, state.previous) or _document_in(ctx, state.previous)
        if src is not None and not src.name.lower().endswith(_STUDIES):
            src = None  # "Nach Aussagen von Zeugen … Danach fingen sie an": temporal
        body = content(doc, base + da.end("cue"), base + lx.content_end(m, da.end("cue")))
        if src is not None and body is not None:
            yield make("according_to", body, cue=text_span(doc, base + da.start("cue"),
                       base + da.end("cue")), source=src, rule="according_danach")
    dm = _DEMNACH.search(m)
    if dm is not None and lx.mood(m) is None and not re.search(r"(?<![\w-])soll(?:en)?(?![\w-])", m) \
            and not _names_document(ctx, state.previous):
        dm = None  # "Demnach durfte …" after "X teilte mit, dass …": a conclusion, not a source
    if dm is not None:
        src = _reach(state, unit, 2) or _document_subject(ctx, state.previous) or \
            _document_in(ctx, state.previous)
        body = _around(doc, ustart, uend, base + dm.start(), base + dm.end(), lx)
        if body is not None:
            yield make("according_to", body, cue=text_span(doc, base + dm.start(), base + dm.end()),
                       source=src, rule="according_demnach")
    yield from nominal(ctx, unit, m)  # "die Behauptung, …", "war von X die Rede" (nominal.py)


#: "Für X ist …": a person's view (the verb right after the name keeps "für" from being a goal)
_FUER = re.compile(rf"\s*(?P<cue>Für)\s+(?P<np>{NP})\s+(?=(?:ist|sind|war|waren|sei|seien|"
                   rf"steht|stand|stehe|bleibt|blieb|bleibe|gibt|gab|gebe|wäre|wären)(?![\w-]))")


#: a comma before a subordinate clause ends a view ("…, wenn sie …")
_SUBORD_COMMA = re.compile(r",\s*(?:wenn|weil|da|obwohl|nachdem|während|als|bevor|sodass|so dass)"
                           r"(?![\w-])")


#: ", laut dem|der|denen …": a relative pronoun after a comma, not an article
_REL_LAUT = re.compile(r",\s*(?P<cue>laut|gemäß)\s+(?P<rel>dem|der|denen)\s+(?P<body>[^,;:.!?]+?)"
                       r"\s*(?=[,;:.!?]|$)")
#: a finite verb right after the first noun: "…, laut der Polizei ist der Täter …" is V2
_V2_AFTER = re.compile(r"""[A-ZÄÖÜ][\w-]*\s+(?:ist|sind|war|waren|hat|hatte|haben|hatten|wird|
                           wurde|werden|wurden|soll|sollen|sei|seien|habe|gibt|gab|kann|können|
                           muss|müssen|gilt|galt)(?![\w-])""", re.VERBOSE)
#: separable particles that close a main clause before the comma ("legte ein Gutachten vor")
_PARTICLE_END = re.compile(r"\s+(?:vor|an|aus|fest|dar|bei|auf|vorgelegt|veröffentlicht)\s*$")


def _relative_laut(ctx: Ctx, unit: Unit, m: str, rm: re.Match[str]) -> Attribution | None:
    """`ein Gutachten, laut dem Kevin misshandelt worden war`: laut + relative pronoun means
    "according to which"; the noun before the comma speaks in the verb-final clause."""
    body_text = rm.group("body")
    words = body_text.split()
    if len(words) < 3 or not words[-1][:1].islower() or _V2_AFTER.match(body_text):
        return None  # "…, laut der Polizei am Montag": a plain laut-phrase
    before = _PARTICLE_END.sub("", m[:rm.start()])
    nm = _NP_END.search(before)
    if nm is None or not re.search(r"[A-ZÄÖÜ]", nm.group("np")) or MASK in nm.group("np"):
        return None
    base = unit.span.start
    src = parse(nm.group("np"), base + nm.start("np"), ctx.pack)
    body = content(ctx.doc, base + rm.start("body"), base + rm.start("body") + len(body_text))
    if src is None or body is None:
        return None
    return make("according_to", body, cue=text_span(ctx.doc, base + rm.start("cue"),
                base + rm.end("cue")), source=src, rule="according_laut_relative")


def _names_document(ctx: Ctx, span: Span | None) -> bool:
    """Does the unit at `span` name a report, a study or a statement (Demnach points to it)?"""
    if span is None:
        return False
    words = re.findall(r"[\w-]+", ctx.doc.text[span.start:span.end].lower())
    return any(w in ctx.lx.documents or w.rsplit("-", 1)[-1] in ctx.lx.documents
               or w in _CLAIM_NOUNS for w in words)


#: a determiner phrase whose head may be a statement noun ("eine neue Studie", "Beschuldigungen")
_DOC_NP = re.compile(r"""(?<![\w-])(?:(?:eine[rnms]?|die|der|den|dem|des|diese[rnms]?)\s+)?
                         (?:[a-zäöüß][\w-]*(?:e|en|er|em|es)\s+){0,2}
                         (?P<noun>[A-ZÄÖÜ][\w-]+)(?![\w-])""", re.VERBOSE)


def _document_in(ctx: Ctx, span: Span | None) -> SourceMention | None:
    """`Inzwischen sind Beschuldigungen bekannt geworden. Demnach …`: the last statement noun
    of the sentence before (documents.tsv or a charge) speaks in the next one."""
    if span is None:
        return None
    text = ctx.doc.text
    found = None
    for dm in _DOC_NP.finditer(text, span.start, span.end):
        noun = dm.group("noun").lower()
        if noun.rsplit("-", 1)[-1] in ctx.lx.documents or noun in _CLAIM_NOUNS:
            found = dm
    if found is None:
        return None
    return parse(found.group("noun"), found.start("noun"), ctx.pack)


def _document_subject(ctx: Ctx, span: Span | None) -> SourceMention | None:
    """`Der Bericht wurde am Montag veröffentlicht. Demnach …`: a document that is the
    subject of the sentence before speaks in the Demnach-sentence."""
    if span is None:
        return None
    sm = _NP_AT.match(ctx.doc.text, span.start, span.end)
    if sm is None:
        return None
    words = re.findall(r"[\w-]+", sm.group("np").lower())
    if not words or words[-1].rsplit("-", 1)[-1] not in ctx.lx.documents:
        return None
    return parse(sm.group("np"), sm.start("np"), ctx.pack)


#: a relative clause opened right before a frame: ", was sich nach Ansicht X …"
_RELATIVE_BEFORE = re.compile(r""",\s*(?P<rel>(?:was|der|die|das|denen|dem|deren|dessen|welche[rsmn]?)
                                   (?:\s+(?:sich|sie|er|es|auch|nun|jedoch|aber))?)
                                 \s*$""", re.VERBOSE)


#: a dass/ob-clause opened before a frame, with no comma between: ", dass nach Angaben X …"
_THAT_BEFORE = re.compile(r",\s*(?:dass|daß|ob)\s+(?=[^,]*$)")


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
    semi = doc.text.rfind(";", ustart, fstart)
    if semi >= 0:  # "Die Veranstalter schätzten 2.000; nach Polizeiangaben waren es 1.000"
        ustart = semi + 1
    if not doc.text[ustart:fstart].strip(" ,") or re.fullmatch(
            r"\s*(?:Denn|Und|Aber|Doch|Jedoch|Auch|Zudem|Allerdings)\s*", doc.text[ustart:fstart]):
        return content(doc, fend, uend)
    rel = _RELATIVE_BEFORE.search(doc.text, ustart, fstart)
    if rel is not None:
        # "…, die nach Ansicht der Kritiker liberal sind, …": the view is the relative clause
        comma = doc.text.find(",", fend, uend)
        return content(doc, rel.start("rel"), comma if comma > 0 else uend)
    that = _THAT_BEFORE.search(doc.text, ustart, fstart)
    if that is not None:
        # "Er sagte, dass nach Angaben der Feuerwehr niemand …": the frame's own dass-clause
        # (the speaker's verb frame, whose content holds the "dass", wins the overlap)
        return content(doc, fend if not doc.text[that.end():fstart].strip() else that.end(), uend)
    lead = _LEAD_SUBORD.match(doc.text, ustart, fstart)
    comma = doc.text.find(",", fend, uend)
    if lead is not None and comma > 0 and "," not in doc.text[ustart:fstart]:
        # "Während die Gespräche aus Sicht X gescheitert waren, …": the frame's own clause
        return content(doc, lead.end(), comma)
    if not doc.text[fend:uend].strip(" ,.!?"):
        return content(doc, ustart, fstart)
    return content(doc, ustart, uend)



def _nach_document(ctx: Ctx, unit: Unit, m: str, dm: re.Match[str]) -> Attribution | None:
    """`Nach einem Bericht der BBC seien …`: the owner of the document is the source, or the
    document itself when no owner follows (`nach einer weiteren Nachricht soll …`)."""
    doc, base = ctx.doc, unit.span.start
    owner = _NACH_SRC.match(m, dm.end())
    src, end = None, dm.end()
    article = m[dm.end():owner.start("np")].strip() if owner is not None else ""
    if article == "der" and m[:dm.start()].strip():
        owner = None  # "soll nach einer Meldung der Täter …": after the verb, `der` opens the subject
    if owner is not None and article in ("des", "der", "von", "vom"):
        src = _unwrap(ctx, owner.group("np"), base + owner.start("np"))
        end = owner.end()
    hearsay = ctx.lx.mood(m) is not None or _HEARSAY.search(m) is not None
    if not hearsay and not (dm.group("det") in ("einem", "einer") and
                            (src is not None or dm.group("pre"))):
        return None  # "Nach dem Bericht trat er zurück": after the report, not according to it
    if src is None:
        src = parse(m[dm.start("det"):dm.end()], base + dm.start("det"), ctx.pack)
        if src is not None and src.span is not None:
            s = base + dm.end("det") + 1
            src.text, src.span = doc.text[s:base + dm.end()], Span(s, base + dm.end())
    if src is None:
        return None
    body = _around(doc, unit.span.start, unit.span.end, base + dm.start(), base + end, ctx.lx)
    if body is None:
        return None
    return make("according_to", body, cue=text_span(doc, base + dm.start("cue"),
                base + dm.end("noun")), source=src, rule="according_nach_document")
