"""Who owns a German Konjunktiv run: the subject of the sentence that opens it.

German news reports long stretches of speech in Konjunktiv I without repeating the frame. The
run belongs to the most recent nominative subject (a person or a body) of a sentence that
introduces speech, a stance or a statement, even when that sentence has no verb of saying:

- a demeanour predicate: "X gab sich zuversichtlich.", "X zeigte sich überrascht.",
  "X reagierte gelassen." (runs.tsv `demeanour`);
- an action with a statement noun of the subject's own: "X begegnete der Kritik mit dem Hinweis,
  …", "In seiner Stellungnahme verwies X auf …" (`statement`); a noun with a genitive owner
  ("prüfte die Aussage des Zeugen") names someone else and opens nothing;
- an accusation: "Die Staatsanwaltschaft erhob Anklage. Er habe …" (`accusation`): the accuser
  owns the run even though "er" inside it is the accused;
- a verb of saying whose complement is a noun phrase ("Y verwies dagegen auf …"), so that a
  second speaker takes over the run in the same paragraph.

The subject is found by `clauses._subject` (V2 order: the first field, or the noun phrase after
the finite verb when the first field is an adverbial); the opening clause must be indicative
("Minister X habe …" is the previous speaker's report about X, not X speaking).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Attribution, SourceMention
from ..common import Unit, content, copy_source
from .clauses import Ctx, _POST_SUBJ, _agrees, _clause_start, _reach, _subject
from .fields import adverbial
from .lexicon import FINITE_WERDEN
from .mentions import NP, parse
from .owner import explicit_subject

#: the source types that can own a run (a crowd, a thing or "man" cannot)
_OWNERS = ("person", "organisation", "government", "group", "outlet")


@dataclass(frozen=True)
class Opener:
    """The owner of a run and the offset (in the masked unit) where the opening clause ends
    its trigger: a content in the same unit starts after it."""

    source: SourceMention
    trigger_end: int
    role: str


def _words(ctx: Ctx, kind: str) -> frozenset[str]:
    """The runs_words.tsv words of `kind` (empty | not_finite), read once per pack."""
    done = ctx.pack.hooks.get("_de_runs_words")
    if done is None:
        done = {}
        for r in ctx.pack.lexicon("runs_words"):
            done.setdefault(r["kind"], set()).add(r["word"])
        done = {k: frozenset(v) for k, v in done.items()}
        ctx.pack.hooks["_de_runs_words"] = done
    return done.get(kind, frozenset())


def _lexicon(ctx: Ctx) -> tuple[re.Pattern[str], dict[str, dict[str, str]]]:
    """(one pattern over all runs.tsv words, the rows by word), compiled once per pack."""
    done = ctx.pack.hooks.get("_de_runs")
    if done is None:
        rows = {r["word"]: r for r in ctx.pack.lexicon("runs")}
        alt = "|".join(sorted(map(re.escape, rows), key=len, reverse=True))
        done = (re.compile(rf"(?<![\w-])(?:{alt})(?![\w-])"), rows)
        ctx.pack.hooks["_de_runs"] = done
    return done


def opener(ctx: Ctx, unit: Unit, m: str) -> Opener | None:
    """The run owner named by the opening clause of the masked unit `m`, or None."""
    rx, rows = _lexicon(ctx)
    first = _first_clause(m)
    for tm in rx.finditer(_unbracketed(m), 0, first):
        row = rows[tm.group()]
        if row["role"] == "demeanour":
            refl = re.match(r"\s+sich(?![\w-])", m[tm.end():])
            if row["refl"] and refl is None:
                continue  # "gab das Geld zurück": no demeanour without "sich"
            if _PARTICLE_END.search(m, 0, first):
                continue  # "gaben sich als Kunden aus": ausgeben, a pretence, not a stance
            end = tm.end() + (refl.end() if refl else 0)
            # "Am Abend gab sich Trainer X kämpferisch": the subject follows the reflexive
            found = _owner(ctx, unit, m, tm.start(), end)
        else:
            if row["role"] == "statement" and _owned_by_other(m, tm.end()):
                if _IN_PP.search(m, 0, tm.start()):
                    # "Zu dieser Einschätzung des Kanzlers sehe er …", "Nach der Rede des
                    # Kanzlers": a topic or a time, not the owner's frame
                    continue
                # "prüfte die Aussage des Zeugen": the witness's statement opens his run
                owner = _genitive_owner(ctx, unit, m, tm.end())
                if owner is not None:
                    return Opener(owner, tm.end(), row["role"])
                continue
            found = _before(ctx, unit, m, tm.start())
            end = tm.end()
        if found is not None and row["role"] == "demeanour":
            return Opener(found, end, row["role"])
        trigger = unit.span.start + tm.start()
        if found is not None and found.span is not None and found.span.start < trigger < \
                found.span.end:
            # "hat die Sängerin Klage eingereicht": the noun phrase ran into the trigger
            found = parse(m[found.span.start - unit.span.start:tm.start()].strip(),
                          found.span.start, ctx.pack)
        if found is not None and found.span is not None and found.span.end <= trigger:
            # the owner stands before its trigger ("keine Aussagen … gemacht": no owner)
            return Opener(found, end, row["role"])
    return None


#: a preposition and a determiner right before a statement noun: the noun is inside a PP
_IN_PP = re.compile(r"""(?<![\w-])(?:[Zz]u|[Nn]ach|[Vv]or|[Mm]it|[Ii]n|[Aa]uf|[Bb]ei|[Ww]egen|
                         [Tt]rotz|[Ww]ährend|[Ss]eit|[Gg]egen|[Üü]ber|[Aa]ufgrund|[Ii]nfolge)\s+
                        (?:der|die|das|dem|den|dieser|diesem|dieses|jener|jenem|einer|einem|
                           seiner|seinem|ihrer|ihrem|deren|dessen)\s+
                        (?:[a-zäöüß]+(?:e|en|er|es|em)\s+){0,2}$""", re.VERBOSE)


_GENITIVE = re.compile(rf"\s+(?:des|der|von|vom|eines|einer)\s+(?P<np>{NP})")


def _genitive_owner(ctx: Ctx, unit: Unit, m: str, at: int) -> SourceMention | None:
    """The person or body named in the genitive after a statement noun at `at`."""
    gm = _GENITIVE.match(m, at)
    if gm is None:
        return None
    # "des Abgeordneten X für Aufregung": the noun phrase ends before a preposition
    np_text = re.split(r"\s(?:für|mit|in|im|auf|an|am|zu|zum|zur|gegen|über|bei|nach|vor|um)\s",
                       gm.group("np"))[0]
    src = parse(np_text, unit.span.start + gm.start("np"), ctx.pack)
    if src is None or src.type not in (*_OWNERS, "anonymous") or \
            src.text.lower() in _words(ctx, "empty"):
        return None  # a witness ("des Zeugen") is an anonymous source, still the owner
    return src


def _inverted(ctx: Ctx, m: str, base: int, pre: str, verb: str, ve: int
              ) -> SourceMention | None:
    """`Am Abend gab sich Trainer X kämpferisch`: after an adverbial first field the subject
    follows the finite verb (and its reflexive), agreeing with it."""
    if not pre.strip() or not adverbial(ctx.pack, pre):
        return None
    sm = _POST_SUBJ.match(m, ve)
    if sm is None or not _agrees(verb, sm.group("np")):
        return None
    return parse(sm.group("np"), base + sm.start("np"), ctx.pack)


def speaking_subject(ctx: Ctx, unit: Unit, m: str) -> Opener | None:
    """The subject of a verb of saying (cues.tsv) that framed no content of its own:
    "Lenz hingegen verwies auf die guten Zahlen." opens Lenz's run."""
    first = _first_clause(m)
    for cm in ctx.lx.cue.finditer(_unbracketed(m), 0, first):
        row = ctx.lx.row_for(cm.group(0), m, cm.end())
        if row is None or "cite" in row["frame"] or row["frame"] == "quote" or \
                ctx.lx.pp_only(cm.group(0)) or \
                not row["particle"] and _PARTICLE_END.search(m, cm.end(), first):
            # "Reuters zitiert den Bericht": the cited speaks; "steht", "ins Leben gerufen"
            # (a quote-only verb), "gaben sich als Käufer aus" (ausgeben): no speaker
            continue
        found = _wie_subject(ctx, unit, m, cm.start()) or _owner(ctx, unit, m, cm.start(),
                                                                   cm.end())
        if found is not None:
            return Opener(found, cm.end(), "speech")
    return None


#: "…, wie Burt Rutan, Chef der Firma, mitteilte": the subject of a verb-final wie-clause
_WIE = re.compile(rf",\s*wie\s+(?P<np>{NP})(?:\s*,[^,]{{3,80}},)?\s*(?:[a-zäöüß]+\s+){{0,3}}$")


def _wie_subject(ctx: Ctx, unit: Unit, m: str, at: int) -> SourceMention | None:
    """The speaker of `wie X mitteilte` in the opening sentence: the run after it is X's
    (not the narrative subject of the main clause, "Die Chemikalie stand unter Druck")."""
    wm = _WIE.search(m, 0, at)
    if wm is None:
        return None
    src = parse(wm.group("np"), unit.span.start + wm.start("np"), ctx.pack)
    if src is None or src.type not in _OWNERS or src.text.lower() in _words(ctx, "empty"):
        return None
    return src


def _first_clause(m: str) -> int:
    """The end of the unit's first sentence part: a run opener stands in it (not in a
    bracket: "(Wikinews berichtete)" names no speaker of the sentence, see `_unbracketed`)."""
    stop = re.search(r"[;:!?]|\.(?=\s+[A-ZÄÖÜ„«»\"]|\s*$)", m)
    return stop.start() if stop else len(m)


def _unbracketed(m: str) -> str:
    """`m` with bracketed asides blanked (same offsets): "(CDU)", "(Wikinews berichtete)"."""
    return re.sub(r"\([^()]{0,80}\)", lambda b: " " * len(b.group()), m)


#: a genitive or von-phrase after a statement noun, and the topics that are no owner
_OWNED = re.compile(r"\s+(?:des|der|von|vom|eines|einer)\s+(?:[a-zäöüß]+\s+){0,2}[A-ZÄÖÜ]")
_TOPIC = re.compile(r"\s+(?:der|des)\s+(?:Lage|Situation|Regierung|Kritik)\b")


def _owned_by_other(m: str, at: int) -> bool:
    """Does a genitive or von-phrase name the statement's owner ("die Aussage des Zeugen")?
    (Matched at `at` in place: `m` may be the whole document.)"""
    return _OWNED.match(m, at) is not None and _TOPIC.match(m, at) is None


#: a finite verb of the 3rd person indicative never ends in -e (but -te), -er, -es or -em
_NOT_VERB_END = re.compile(r"(?:(?<!t)e|(?<!i)er|(?<!i)es|em)$")
#: a separable particle closing the clause: "gaben sich als Kunden aus" (ausgeben)
_PARTICLE_END = re.compile(r"(?<![\w-])(?:aus|an|ab|auf|hin|her|preis|zurück|vor|dar)\s*(?:[.,;:]|$)")
_REPORTATIVE = re.compile(r"(?<![\w-])(?:soll|sollen)(?![\w-])")
#: an auxiliary right after the verb: it is a participle at the end of its clause
_VERB_LAST = re.compile(r"\s+(?:werden|worden|wurde|wurden|wird|hat|hatte|hatten|haben|ist|war|"
                        r"sei|habe|könne|kann|konnte)(?![\w-])")
#: a comma and a relative pronoun or subordinator: what follows is no main clause
_SUBORDINATE = re.compile(r""",\s*(?:(?:in|mit|bei|von|auf|an|für|über|nach|aus)\s+)?
                              (?:der|die|das|den|dem|deren|dessen|denen|was|wer|wo|wie|dass|ob|
                                 weil|wenn|als|nachdem|da|obwohl|während|welche[rsmn]?)\s""",
                          re.VERBOSE)
_LOWER = re.compile(r"(?<![\w-])[a-zäöüß]{3,}(?![\w-])")
#: the word right before an offset (searched in a short window: splitting the whole prefix for
#: every candidate verb made long units quadratic)
_WORD_BEFORE = re.compile(r"[^\s]+(?=\s*$)")


def _before(ctx: Ctx, unit: Unit, m: str, at: int) -> SourceMention | None:
    """The subject of the first finite verb before offset `at` (a trigger noun after it)."""
    if FINITE_WERDEN.search(m, 0, _first_clause(m)):
        return None  # "Eine Erklärung wurde übergeben": a passive clause has no speaking subject
    not_finite = _words(ctx, "not_finite")
    for wm in _LOWER.finditer(m, 0, at):
        if wm.group() in not_finite or _NOT_VERB_END.search(wm.group()):
            continue  # an article, a preposition or an inflected adjective ("entsprechende")
        prev = _WORD_BEFORE.search(m, max(0, wm.start() - 40), wm.start())
        if prev and prev.group().lower() in not_finite:
            continue  # "Im politischen Raum": no finite verb right after an article
        found = _owner(ctx, unit, m, wm.start(), wm.end())
        if found is not None:
            return found
        return None  # the first verb-like word decides
    return None


def _owner(ctx: Ctx, unit: Unit, m: str, vs: int, ve: int) -> SourceMention | None:
    """The indicative main-clause subject of the verb at [vs, ve) in `m`, if it can speak."""
    verb = m[vs:ve]
    if ctx.lx.mood(m[:ve]) is not None or verb in ctx.lx.k_forms or _NOT_VERB_END.search(verb) \
            or _REPORTATIVE.search(m, 0, vs):
        return None  # "Minister X habe …", "beschreibe": the previous speaker's report about X
    if _VERB_LAST.match(m, ve):
        return None  # "…, was mit Zeugen belegt werden könne": a verb-final participle
    base = unit.span.start
    cstart = _clause_start(m, base, vs)
    pre = m[cstart - base:vs]
    if FINITE_WERDEN.search(pre) or \
            re.match(r"\s*(?:Wenn|Falls|Ob|Als|Nachdem|Weil|Da|Obwohl|Während)\s", pre):
        return None  # a passive or a subordinate clause: its subject does not speak
    if _SUBORDINATE.search(pre) and not pre.rstrip().endswith(","):
        # the verb stands in a relative or subordinate clause ("…, was X belegt"); after it
        # ("Zapatero, der der PSOE angehört, verwies …") the main clause goes on
        return None
    subj = _subject(ctx, m, base, cstart, base + vs, base + ve)
    src = subj[0] if subj is not None and subj[0] is not None else \
        _inverted(ctx, m, base, pre, verb, ve)
    if src is None:
        return None
    if src.type not in _OWNERS or src.text.lower() in _words(ctx, "empty"):
        return None
    if src.type == "person" and not src.name and not src.role:
        return None
    return src


#: the rules whose attributions name no source of their own: a run opener in the same unit
#: supplies it ("Die Bahn begegnete der Kritik mit dem Hinweis, die Züge seien pünktlich")
_SOURCELESS = ("continuation_k1", "continuation_k2", "nominal_frame")
_PRONOUN = frozenset("er sie ihr ihm".split())


def own_run(ctx: Ctx, unit: Unit, m: str, found: list[Attribution]) -> SourceMention | None:
    """The speaker this unit hands to the Konjunktiv run after it (None: leave the last one).

    Sourceless continuations and nominal frames in the unit whose content follows the opener's
    trigger get the opener as their source (their content starts after the trigger).
    """
    if any(a.source is not None and a.rule not in _SOURCELESS for a in found):
        return None
    if explicit_subject(ctx, unit, m) is not None:
        return None  # "Dazu sehe er, Köhler, keine Alternative": the unit names its speaker
    op = opener(ctx, unit, m) or speaking_subject(ctx, unit, m)
    if op is None:
        return None
    src = op.source
    if src.text.lower() in _PRONOUN:
        src = _reach(ctx.state, unit, 3) or src  # "Er zeigte sich …": the same speaker goes on
    base = unit.span.start
    for att in found:
        if att.rule not in _SOURCELESS or att.content.span.end <= base + op.trigger_end:
            continue
        if att.rule == "nominal_frame" and not _own_statement(ctx, att):
            continue  # "zu Erklärungen des Verbands": the genitive owns the statement
        att.source = copy_source(src)
        if att.rule.startswith("continuation") and att.content.span.start < base + op.trigger_end:
            # the content is what follows the trigger: after its comma, or the words after it
            # "Rice sagte weiter, der Iran habe …": after the comma; "verwies dagegen auf
            # die Zusammenarbeit, …": an object complement, right after the verb
            comma = re.match(r"[^,]{0,80}?,\s*(?=[^,]{0,40}?(?<![\w-])(?:dass|ob|[a-zäöüß]+e|"
                             r"[a-zäöüß]+en)(?![\w-]))", m[op.trigger_end:])
            start = op.trigger_end + (comma.end() if comma and (
                op.role == "statement" or ctx.lx.mood(m[op.trigger_end + comma.end():]))
                else 0)
            lead = re.match(rf"\s*(?:(?:{_ADV_WORDS})\s+)*", m[start:])
            body = content(ctx.doc, base + start + lead.end(), att.content.span.end)
            if body is not None and len(body.text) > 10:
                att.content = body
    return src


_ADV_WORDS = "dagegen|hingegen|wiederum|jedoch|aber|allerdings|indes|seinerseits|ihrerseits"


def _own_statement(ctx: Ctx, att: Attribution) -> bool:
    """Is a nominal frame's cue a statement noun (runs.tsv) with no owner of its own?"""
    if att.cue is None:
        return False
    _, rows = _lexicon(ctx)
    row = rows.get(ctx.doc.text[att.cue.span.start:att.cue.span.end])
    return row is not None and row["role"] == "statement" and \
        not _owned_by_other(ctx.doc.text, att.cue.span.end)
