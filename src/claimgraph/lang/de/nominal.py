"""German nominal frames: a statement noun announces the reported clause.

`Die von Arnold geäußerte Hoffnung, sein Leben werde …` (the von-agent of a prenominal
participle), `die Sichtweise von Minister X, wonach …` / `die Ansicht des Verbands, dass …`
(a von- or genitive owner after the noun), `Österreichs Begründung, …` (a Saxon genitive),
`seine Behauptung, …` (a possessive), `die Behauptung, …` / `Aussagen, dass …` (no owner:
the source stays empty, nominal.tsv `bare`), `Die Kernaussagen des Berichts: …` (a colon), and
`Zunächst war von 25 Verletzten die Rede` (an impersonal "die Rede").

The clause must report: `dass`, `wonach`, `ob`, or a Konjunktiv I main clause ("die
Forderung, die gestern kam" is a relative clause on the noun and frames nothing).
"""

from __future__ import annotations

import re
from itertools import islice
from typing import Iterator

from ...model import Attribution, SourceMention, Span
from ..common import content, make, MASK, MAX_CUES, text_span, Unit
from .adopted import adopted
from .frames_consensus import consensus
from .frames_dative import dative_passives
from .passive_frames import passive_frames
from .clauses import Ctx, _subject, _unwrap
from .lexicon import FINITE_WERDEN, WERDEN
from .mentions import NP, parse
from .verb_content import _document_pp

#: a possessive determiner names the owner ("seine Behauptung", "ihrer Ansicht")
_POSS = r"(?:[Ss]eine[rnms]?|[Ii]hre[rnms]?)"
#: a prenominal participle phrase with its agent: "die (zuvor) von X (öffentlich) geäußerte"
_PARTICIPLE = rf"""(?:[Dd]ie|[Dd]er|[Dd]as|[Dd]en|[Dd]em|[Dd]es)\s+
                   (?:(?:bereits|zuvor|mehrfach|schon|wiederholt|erst|jüngst|damals|immer)\s+)?
                   [Vv]o(?:n|m)\s+(?P<agent>{NP})\s+
                   (?:(?:nach|vor|bei|beim|in|im|am|auf|seit|während|gegenüber)\s+  # a PP:
                      (?:(?:dem|der|den|des|einem|einer|seinem|seiner|ihrem|ihrer)\s+)?  # "nach
                      [A-ZÄÖÜ][\w-]*\s+)?                                  #   dem Urteil"
                   (?:[a-zäöüß][\w-]*\s+){{0,3}}?
                   [a-zäöüß]+(?:te|ene)[nmrs]?\s+"""
#: a Saxon genitive before the noun: "Österreichs Begründung", "Merkels Ansicht"
_SAXON = r"(?<![\w-])(?P<gen>[A-ZÄÖÜ][a-zäöüß]+?(?:-[A-ZÄÖÜ][a-zäöüß]+?)?)(?:s|')\s+"
#: an owner after the noun: "des Verbands", "von Innenminister X", "der Regierung"
_OWNER_AFTER = rf"""\s+(?:des|der|von\s+der|von\s+den|von|vom)\s+
                    (?:[a-zäöüß]+-\s+(?:und|oder)\s+)?   # "des leukämie- und nierenkranken X"
                    (?P<owner>{NP})
                    (?:\s*\([^()]{{1,40}}\))?     # a party or age: "von Minister X (CDU)"
                 """
#: what follows the frame: a comma (or a colon) and the reported clause
_AFTER = r"\s*(?P<punct>[,:])\s*"
#: the clause opening words that never report ("die Forderung, die gestern kam")
_NOT_REPORTED = re.compile(r"""(?:der|die|das|den|dem|dessen|deren|denen|welche[rsmn]?)
                                 \s+[a-zäöüß]                   # a relative pronoun
                               |(?:auf|an|in|mit|von|zu|für|über|unter|bei|nach|aus|gegen|
                                   durch|um|vor)\s+(?:den|dem|der|die|das|denen|deren|dessen|
                                   welche[rsmn]?)\s                # "…, auf den …": the same
                               |(?:als|wenn|weil|da|und|aber|oder|sondern|wie|so|obwohl|
                                   nachdem|während|um|ohne|was|wo|wer)(?![\w-])""", re.VERBOSE)
#: "Zunächst war von 25 Verletzten die Rede", "In dem Bericht ist von Betrug die Rede"
_RDE = re.compile(r"""(?<![\w-])(?P<verb>war|ist|sei|wäre|waren|sind)\s+
                      (?:(?:zunächst|zuerst|anfangs|später|nun|jetzt|inzwischen|auch|bereits|
                            schon|zuletzt|bisher|noch|sogar|mittlerweile|dabei|darin)\s+){0,2}
                      # a quotation may stand inside: von einem „offenen Dialog“ die Rede
                      (?P<body>[Vv]o[nm]\s+[^,;:!?]{2,140}?)\s+
                      (?P<cue>die\s+Rede)(?=\s*(?:[,.;:!?]|$))""", re.VERBOSE)
#: a comma that closes a nominal frame in the first field: the finite verb of the main clause
_MAIN_AFTER = re.compile(r""",\s*(?!(?:und|oder|aber|sondern|dass|daß|der|die|das|dem|den|
                                     dessen|deren|denen|welche[rsmn]?|wie|weil|da|wenn|ob|so|
                                     als|zu|um|nachdem|sofern|falls|obwohl|was|wo|sei|seien|
                                     habe|haben|werde|werden|könne|müsse|solle|dürfe|wolle)
                                  (?![\w-]))[a-zäöüß]+(?![\w-])""", re.VERBOSE)


#: "mit der Begründung (abgelehnt), …", "mit dem Hinweis, …": the reason the subject gives
_MIT_NOUN = re.compile(r"""(?<![\w-])[Mm]it\s+(?:der|dem)\s+
                           (?P<noun>Begründung|Warnung|Behauptung|Forderung|Aussage|Erklärung|
                                    Hinweis|Argument|Vorwurf|Versicherung|Zusage|Verweis|
                                    Einwand|Bemerkung|Feststellung|Drohung|Ankündigung)
                           (?:\s+[a-zäöüß]+){0,2}\s*,\s*""", re.VERBOSE)
#: the finite auxiliary of a V2 clause whose subject `_subject` finds around it
#: (a werden-passive is left out: "Er wurde mit der Begründung entlassen, …" names no giver)
_FINITE_AUX = re.compile(r"(?<![\w-])(?:hat|hatte|hatten|haben|ist|war|waren|sind)(?![\w-])")


def _patterns(ctx: Ctx) -> tuple[re.Pattern[str], frozenset[str]]:
    """The nominal frame pattern and the lower-cased nouns that report bare (nominal.tsv)."""
    done = ctx.pack.hooks.get("_de_nominal")
    if done is None:
        rows = ctx.pack.lexicon("nominal")
        forms: list[str] = []
        bare: set[str] = set()
        for r in rows:
            fs = [r["noun"]] + [f.strip() for f in r["forms"].split(",") if f.strip()]
            forms += fs
            if r["bare"]:
                bare.update(f.lower() for f in fs)
        alt = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
        low = "|".join(sorted((re.escape(f.lower()) for f in forms), key=len, reverse=True))
        noun = rf"(?P<noun>(?:[A-ZÄÖÜ][a-zäöüß]+(?:-)?(?:{low})|(?:[A-ZÄÖÜ][a-zäöüß]*-)?(?:{alt})))(?![\w-])"
        rx = re.compile(rf"""(?:(?P<part>{_PARTICIPLE})|(?P<poss>{_POSS})\s+|{_SAXON})?
                             (?:(?<![\w-])[a-zäöüß][\w-]*(?:e|en|er|es)\s+)?   # an adjective
                             (?<![\w-]){noun}(?:{_OWNER_AFTER})?{_AFTER}""", re.VERBOSE)
        done = (rx, frozenset(bare))
        ctx.pack.hooks["_de_nominal"] = done
    return done


def nominal(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """Nominal-frame candidates in one unit (`m` is its masked text)."""
    yield from _statement_nouns(ctx, unit, m)
    yield from _mit_noun(ctx, unit, m)
    yield from consensus(ctx, unit, m)  # "Unter X herrschte Konsens, dass …" (frames_consensus.py)
    yield from adopted(ctx, unit, m)  # "war der Einschätzung gefolgt, …" (adopted.py)
    yield from passive_frames(ctx, unit, m)  # "Es wurde von X die Mutmaßung geäußert, …"
    yield from dative_passives(ctx, unit, m)  # "Ihm wird vorgeworfen, … zu haben"
    rd = _RDE.search(m)
    if rd is not None:
        yield from _die_rede(ctx, unit, m, rd)
    em = _ES_IN.search(m)
    if em is not None:
        att = _postposed_es(ctx, unit, m, em)
        if att is not None:
            yield att
    hm = _HIESS_ES.search(m)
    if hm is not None:
        att = _hiess_es(ctx, unit, m, hm)
        if att is not None:
            yield att


def _statement_nouns(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    rx, bare = _patterns(ctx)
    base = unit.span.start
    for nm in islice(rx.finditer(m), MAX_CUES):
        noun = nm.group("noun")
        src = _owner(ctx, base, nm)
        head = noun.lower()
        owned = src is not None
        if not owned:
            if nm.group("gen") is not None and nm.group("gen") not in ("Des", "Das"):
                continue  # a Saxon genitive that names no one
            if nm.group("punct") == ":" or not any(head.endswith(b) for b in bare):
                continue  # "in der Hoffnung, dass …": the narrator's
            if _framed(ctx, m, nm.start()):
                continue  # "Er wies die Behauptung zurück, …": the verb frame reads it
        at = nm.end()
        clause = m[at:at + 200]
        if nm.group("punct") == ":":
            if not owned or not clause[:1].isupper() and not clause[:1].isdigit():
                continue
        elif not _reports(ctx, clause) and not (owned and _embedded_v2(m, nm.start(), at)):
            continue
        start = at
        lead = re.match(r"(?:dass|daß|wonach)\s+", m[at:])
        if lead is not None:
            start = at + lead.end()
        end = ctx.lx.content_end(m, start)
        mm = _MAIN_AFTER.search(m, start, end)
        if mm is not None:
            # "Die Hoffnung, er werde …, erfüllte sich nicht.", "trat dem Vorwurf, …, mit den
            # Worten entgegen": the clause is embedded, the main clause goes on after it
            end = mm.start()
        body = content(ctx.doc, base + start, base + end)
        if body is None or MASK in body.text[:2] or len(body.text.split()) < 3:
            continue
        kind = "indirect"
        yield make(kind, body, cue=text_span(ctx.doc, base + nm.start("noun"),
                   base + nm.end("noun")), source=src, rule="nominal_frame")


#: a verb-second clause: a subject (pronoun or noun phrase), then a lower-case finite verb
_V2_CLAUSE = re.compile(rf"""(?!(?:dem|den|des|einem|einen|eines)\s)   # an apposition, no subject
                              (?:es|er|sie|man|{NP})\s+
                              (?!(?:von|vom|mit|aus|in|im|bei|zu|zum|zur|für|über|unter|auf|an|
                                    am|nach|und|oder|aus|seit)(?![\w-]))
                              [a-zäöüß]+(?![\w-])[^,;:.!?]*""", re.VERBOSE)


def _embedded_v2(m: str, start: int, at: int) -> bool:
    """`Die Warnung des Wetterdienstes, es drohten Überschwemmungen, wurde ernst genommen`: an
    owned statement noun heading the first field, a verb-second clause between commas and the
    main clause's finite verb after it: the clause is the noun's content in any mood."""
    if m[_clause_from(m, start):start].strip(" ") not in ("", "Die", "Der", "Das", "Den", "Dem",
                                                          "Seine", "Ihre", "Auch die", "Doch die"):
        return False
    if _NOT_REPORTED.match(m, at):
        return False
    vm = _V2_CLAUSE.match(m, at)
    return vm is not None and _MAIN_AFTER.match(m, vm.end()) is not None


def _framed(ctx: Ctx, m: str, at: int) -> bool:
    """Is there a reporting verb (with its particle, if any) before offset `at` in its clause?
    ("wandte sich gegen die Behauptung" has no "ein": no frame)"""
    for cm in ctx.lx.cue.finditer(m, _clause_from(m, at), at):
        if ctx.lx.row_for(cm.group(), m, cm.end()) is not None:
            return True
    return False


def _mit_noun(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    """`Österreich hatte mit der Begründung abgelehnt, eine solche Forderung könne …`: the
    subject of the clause gives the reason; the reported clause after the comma is its."""
    base = unit.span.start
    for wm in islice(_MIT_NOUN.finditer(m), MAX_CUES):
        body_at = wm.end()
        lead = re.match(r"(?:dass|daß)\s+", m[body_at:])
        cut = _MAIN_AFTER.search(m, body_at, body_at + 200)  # the main clause goes on after it
        if lead is None and not _reports(ctx, m[body_at:cut.start() if cut else body_at + 200]):
            continue
        start = body_at + (lead.end() if lead else 0)
        end = ctx.lx.content_end(m, start)
        mm = _MAIN_AFTER.search(m, start, end)
        end = mm.start() if mm is not None else end
        cs = _clause_from(m, wm.start())
        am = _FINITE_AUX.search(m, cs, wm.start())
        subj = None
        if am is not None:
            got = _subject(ctx, m, base, base + cs, base + am.start(), base + am.end())
            subj = got[0] if got else None
        elif not m[cs:wm.start()].strip() and cut is not None:
            # "Mit dem Argument, …, lehnte der Minister den Antrag ab": the mit-phrase is the
            # first field, the subject follows the finite verb after the embedded clause
            vm = _V2_SUBJECT.match(m, cut.start())
            end = min(end, cut.start())
            if vm is not None:
                subj = parse(vm.group("np"), base + vm.start("np"), ctx.pack)
        elif FINITE_WERDEN.search(m, cs, wm.start()) is None:
            # "Der Minister lehnte den Antrag ab mit dem Hinweis, …", "X begegnet der Kritik
            # mit dem Argument, …": any finite verb; the subject stands first (V2)
            vm = _FIRST_FIELD.match(m, cs)
            if vm is not None and not re.fullmatch(r"(?:Es|Das|Dies|Man)", vm.group("np")):
                subj = parse(vm.group("np"), base + vm.start("np"), ctx.pack)
        body = content(ctx.doc, base + start, base + end)
        if subj is None or body is None or len(body.text.split()) < 3:
            continue
        yield make("indirect", body, cue=text_span(ctx.doc, base + wm.start("noun"),
                   base + wm.end("noun")), source=subj, rule="nominal_mit")


#: the finite verb after a fronted mit-phrase's clause, then the subject: ", lehnte der Minister"
_V2_SUBJECT = re.compile(rf",\s*(?!{WERDEN}(?![\w-]))[a-zäöüß]+\s+(?:sich\s+)?"
                         rf"(?P<np>{NP})")
#: the subject in the first field and a finite verb (not werden: a passive names no giver)
_FIRST_FIELD = re.compile(rf"""\s*(?:(?:Und|Aber|Doch|Auch)\s+)?(?P<np>{NP})\s+
                              (?!{WERDEN}(?![\w-]))[a-zäöüß]+(?![\w-])""",
                          re.VERBOSE)


def _owner(ctx: Ctx, base: int, nm: re.Match[str]) -> SourceMention | None:
    """The owner of a statement noun: a von-agent, a genitive or a possessive, or None."""
    if nm.group("part") is not None:
        return parse(nm.group("agent"), base + nm.start("agent"), ctx.pack)
    if nm.group("owner") is not None:
        return _unwrap(ctx, nm.group("owner"), base + nm.start("owner"))
    if nm.group("poss") is not None:
        return _possessor(ctx, base, nm)
    gen = nm.group("gen")
    if gen is not None and gen not in ("Des", "Das", "Dies", "Es", "Was", "Alles", "Jedes"):
        src = parse(gen, base + nm.start("gen"), ctx.pack)
        if src is not None and src.span is not None:
            end = base + nm.start("gen") + len(gen) + 1
            src.text, src.span = ctx.doc.text[src.span.start:end], Span(src.span.start, end)
        return src
    return None


#: the first field and the finite verb before a possessive: "Die Gewerkschaft erneuerte (nun)"
_SUBJ_VERB = re.compile(rf"""\s*(?P<np>{NP})\s+(?:(?:hat|hatte|haben|hatten)\s+)?
                            [a-zäöüß]+(?:\s+(?:nun|erneut|nochmals|jetzt|auch|dabei|damit|
                                               zuletzt|bereits|gestern|heute)){{0,2}}\s*$""",
                        re.VERBOSE)


def _possessor(ctx: Ctx, base: int, nm: re.Match[str]) -> SourceMention | None:
    """The owner of "seine/ihre Forderung": the subject of the clause when it stands first
    ("Die Gewerkschaft erneuerte ihre Forderung, …"), else the pronoun for the resolver to
    carry back ("Seine Befürchtung, …" -> er)."""
    word = nm.group("poss")
    at = base + nm.start("poss")
    cs = _clause_from(ctx.doc.text[base:base + nm.start()], nm.start())  # (not the whole rest)
    sm = _SUBJ_VERB.fullmatch(ctx.doc.text[base + cs:at])
    if sm is not None and not re.match(r"\s*(?:Es|Das|Dies|Man)\s", sm.group("np") + " "):
        src = parse(sm.group("np"), base + cs + sm.start("np"), ctx.pack)
        if src is not None and src.type != "anonymous":
            return src
    src = parse("er" if word[:1] in "Ss" else "sie", at, ctx.pack)
    if src is None:
        return SourceMention(word, Span(at, at + len(word)), word, type="person")
    src.text, src.span = word, Span(at, at + len(word))
    return src


def _reports(ctx: Ctx, clause: str) -> bool:
    """Does the clause after the noun's comma report (dass/wonach/ob, or Konjunktiv I)?"""
    if re.match(r"(?:dass|daß|wonach|ob)\s", clause):
        return True
    if _NOT_REPORTED.match(clause):
        return False
    stop = re.search(r"[.;:!?]", clause)
    # "die Befürchtung, die Kosten würden steigen": a Konjunktiv II reports after the noun too
    if ctx.lx.mood(clause[:stop.start()] if stop else clause) in ("k1", "k2"):
        return True
    # "die Forderung, die Löhne müssten steigen": a modal in Konjunktiv II in the second place
    # of a main clause (konjunktiv.tsv keeps these out of plain sentences, where they hedge)
    return _K2_MODAL_V2.match(clause) is not None


#: a short first field, then a Konjunktiv II modal ("die Löhne müssten", "man könnte")
_K2_MODAL_V2 = re.compile(r"""(?:[^\s,;:.!?]+\s+){1,4}?
                              (?:müsste|müssten|könnte|könnten|dürfte|dürften|sollte|sollten)
                              (?![\w-])""", re.VERBOSE)


def _clause_from(m: str, at: int) -> int:
    """Start of the clause holding offset `at` (after the last , ; : before it)."""
    return max(m.rfind(c, 0, at) for c in ",;:") + 1


#: "Hieß es zunächst, dass …, ist nun …", "Am Montag hieß es, …": an impersonal report; the
#: frame ends at its comma (or colon) within a few words
_HIESS_ES = re.compile(r"""(?<![\w-])(?P<cue>[Hh]ieß|[Hh]eißt)\s+es(?![\w-])
                           (?P<mid>(?:\s+[^\s,.;:!?«»„“”]+){0,6}?)\s*[,:]\s*""", re.VERBOSE)
#: "…, so zeigen die Akten …": the main clause after an inverted conditional frame
_THEN_MAIN = re.compile(r",\s*(?:so|dann)\s")
#: a PP naming who says it: "Aus der Stadtverwaltung hieß es", "Im Bericht heißt es"
_SAYER_PP = re.compile(rf"(?:[Aa]us|[Vv]on|[Vv]om|[Bb]ei|[Bb]eim|[Ss]eitens)\s+(?P<np>{NP})")


#: "Seitens des Ministeriums hieß es": a fronted seitens-phrase names the sayer
_SEITENS_LEAD = re.compile(rf"\s*(?:[Ss]eitens|[Vv]on\s+Seiten)\s+(?P<np>{NP})\s*")


def _hiess_es(ctx: Ctx, unit: Unit, m: str, hm: re.Match[str]) -> Attribution | None:
    """`Hieß es zunächst, dass niemand verletzt wurde, ist nun …` (inverted, a contrast with
    what follows), `Am Montag hieß es, …`: said by nobody named, unless a PP names a sayer or
    a document (read by the verb frames, whose named source wins the overlap)."""
    base = unit.span.start
    cs = _clause_from(m, hm.start())
    lead = m[cs:hm.start()]
    inverted = not lead.strip()
    if not inverted and (re.search(r"[Ww]ie\s|[Ww]eiter|[Ss]o\s*$", lead) or
                         re.search(r"(?<![\w-])[a-zäöüß]+(?:t|te|ten)\s", lead)):
        return None  # "wie es heißt", "weiter hieß es" (the last speaker), a verb before
    if re.search(r"(?<![\w-])(?:gut|willkommen)(?![\w-])", hm.group("mid")):
        return None  # "heißt es gut" (gutheißen), "hieß sie willkommen": no report
    src = None
    sm = _SEITENS_LEAD.fullmatch(lead)
    if sm is not None:  # "Seitens des Ministeriums hieß es, …": the verb frames miss seitens
        src = _unwrap(ctx, sm.group("np"), base + cs + sm.start("np"))
        lead = ""
    for part in (lead, hm.group("mid")):
        if _SAYER_PP.search(part) is not None:
            return None  # "Aus der Stadtverwaltung hieß es": the verb frames name the sayer
        dm = re.search(r"(?<![\w-])[Ii](?P<p>n|m)\s+(?P<np>[^,]{3,80})$", part.rstrip())
        if dm is not None and _document_pp(ctx, "I" + dm.group("p") + " " + dm.group("np")):
            # "Heißt es im Bericht, …": the document speaks
            at = base + (cs if part is lead else hm.start("mid")) + dm.start("np")
            src = _unwrap(ctx, dm.group("np"), at)
    start = hm.end()
    lead_that = re.match(r"(?:dass|daß)\s+", m[start:])
    if lead_that is not None:
        start += lead_that.end()
    end = ctx.lx.content_end(m, start)
    if inverted:
        cuts = [c.start() for c in (_MAIN_AFTER.search(m, start, end), _THEN_MAIN.search(m, start, end))
                if c is not None]
        if not cuts:
            return None  # an inverted frame is a conditional: a main clause must follow
        end = min(cuts)
    body = content(ctx.doc, base + start, base + end)
    if body is None or MASK in body.text[:2] or len(body.text.split()) < 3:
        return None
    cue_end = hm.start("cue") + len(hm.group("cue")) + 3
    return make("indirect", body, cue=text_span(ctx.doc, base + hm.start("cue"), base + cue_end),
                source=src, rule="nominal_hiess_es")


#: "…, heißt es in einer Erklärung des Verbands.", "…, so hieß es aus dem Ministerium.": a
#: postposed impersonal frame with a PP (the verb frames read ", hieß es vom/aus X" without so)
_ES_IN = re.compile(r""",\s*(?P<so>so\s+)?(?P<cue>heißt|hieß)\s+es
                        (?:\s+(?:weiter|dazu|zudem|auch|außerdem|ferner|nun|jedoch))?\s+
                        (?P<pp>(?P<prep>in|im|aus|vom|von|bei|beim|seitens)\s+
                               (?P<np>[^,;:!?]{3,140}?))\s*[.!?]?\s*$""", re.VERBOSE)
#: places and times after "heißt es in": no sayer ("hieß es in Berlin", "im Mai")
_ANONYMOUS_GROUP = re.compile(r"(?:[Kk]reisen|[Ll]ager|[Uu]mfeld)$")


def _postposed_es(ctx: Ctx, unit: Unit, m: str, em: re.Match[str]) -> Attribution | None:
    """`Die Kosten sollen sinken, heißt es in einer Erklärung des Betriebsrats.`: the clause
    before the comma is reported; a document PP names its owner (or itself), a group PP
    ("in Regierungskreisen") the group, a place or a time nobody."""
    if em.group("prep") not in ("in", "im") and em.group("so") is None:
        return None  # ", hieß es aus dem Ministerium": read by the verb frames
    base = unit.span.start
    np_at = base + em.start("np")
    pp = em.group("pp")
    if em.group("prep") in ("in", "im"):
        if _document_pp(ctx, pp[0].upper() + pp[1:]):
            src = _unwrap(ctx, em.group("np"), np_at)
        elif _ANONYMOUS_GROUP.search(em.group("np").strip()):
            src = parse(em.group("np"), np_at, ctx.pack)
        else:
            src = None
    else:
        src = _unwrap(ctx, em.group("np"), np_at)
    cs = _clause_from(m, em.start())
    body = content(ctx.doc, base + cs, base + em.start())
    if body is None or len(body.text.split()) < 3:
        return None
    cue_end = em.start("cue") + len(em.group("cue")) + 3
    cue_at = em.start("so") if em.group("so") else em.start("cue")  # "so heißt es", as annotated
    return make("indirect", body, cue=text_span(ctx.doc, base + cue_at, base + cue_end),
                source=src, rule="nominal_es_postposed")


def _die_rede(ctx: Ctx, unit: Unit, m: str, rd: re.Match[str]) -> Iterator[Attribution]:
    """`Zunächst war von 25 Verletzten die Rede`: said by nobody named, or by the document
    in the opening PP ("In dem Bericht ist von Betrug die Rede")."""
    base = unit.span.start
    lead = m[_clause_from(m, rd.start()):rd.start()]
    if re.search(r"(?<![\w-])(?:keine|nicht)(?![\w-])", m[rd.start():rd.end()]):
        return  # "Davon kann keine Rede sein": a denial
    src = None
    dm = re.match(r"\s*(?:In|Im)\s+(?P<np>[^,]{3,80})\s*$", lead)
    if dm is not None and _document_pp(ctx, lead):
        src = _unwrap(ctx, dm.group("np"), base + _clause_from(m, rd.start()) + dm.start("np"))
    body = content(ctx.doc, base + rd.start("body"), base + rd.end("body"))
    if body is not None:
        yield make("indirect", body, cue=text_span(ctx.doc, base + rd.start("cue"),
                   base + rd.end("cue")), source=src, rule="nominal_rede")
