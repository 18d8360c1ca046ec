"""German reported speech recognised by its grammar, not by a verb list.

German marks reported speech in the verb of the reported clause: a complement clause in
Konjunktiv I right after a main clause in the indicative is reported speech, and the main clause
is its frame whatever its verb — "Der Minister gab zu verstehen, man werde nicht nachgeben",
"Ein Manager ließ damals durchblicken, dass ein Werk entstehen solle", "Der Trainer haderte
damit, dass der Schiedsrichter das Tor nicht gegeben habe". Every article brings idioms no cue
list holds, so this is the fallback after the lexical rules (rules.py calls `implicit_frame`
once per unit, after them): it acts only where they found no frame in the unit.

The shape is `MAIN , (dass)? COMPLEMENT`:

* the complement is a dass-clause whose finite verb is Konjunktiv I (or the Konjunktiv II forms
  würde/hätte/wäre, which have no indicative reading), or a verb-second clause whose finite verb
  is Konjunktiv I (or würde/würden + infinitive) within its first words;
* the main clause is indicative, opens with no subordinator, and its nominative subject (read
  by `clauses._subject`: subject first, or after the verb behind an adverbial) can speak — a
  person, a body, a group, a role, a document; `es`, `man` and things (animacy.py) cannot;
  "Von der Polizei kam die Information, …" names the speaker in the von-phrase;
* refused: relative clauses (", der … habe"), purpose, condition and cause (um/wenn/weil/…),
  indirect questions (ob, w-words: after a verb of action they ask, not report), passives and
  copulas (", der Mann wurde verhaftet, er habe …"), wishes and fixed phrases (`es lebe`,
  `es sei denn`, `als ob`, concessive `sei es`: lexicon.mood masks them).

Source = that subject, cue = the finite verb with the right bracket of the main clause (its
separated particle, infinitive or idiom: "gab zu verstehen", "stellte in Aussicht"), content =
the complement clause, kind = indirect.
"""

from __future__ import annotations

import re

from ... import places
from ...model import Attribution, SourceMention, Span
from ..common import MASK, content, make, Unit
from .animacy import animate_np, head_noun, inanimate_np
from .clauses import Ctx, _LEAD_SUBORD, _subject
from .cue_parts import _piece_cue
from .mentions import NP, parse

#: a complement clause opening with a conjunction, a relative word or a preposition + relative
#: pronoun: purpose, condition, cause, comparison, relative clause, question — no report
_NOT_REPORT = re.compile(r"""\s*(?:um|ohne|statt|anstatt|wenn|weil|da|obwohl|obgleich|damit|als|
                              falls|sofern|bevor|nachdem|während|sodass|indem|bis|seit|seitdem|sobald|solange|ehe|
                              zumal|sowie|
                              und|oder|aber|sondern|denn|so|doch|jedoch|wie|ob|wer|was|wo|wann|
                              warum|weshalb|wieso|welche[rsmn]?|wobei|wodurch|womit|wonach|
                              worauf|woran|worüber|deren|dessen|denen|sei\s+es|es\s+sei\s+denn|
                              sonst|ansonsten|anderenfalls|andernfalls|dann)
                            (?![\w-])""", re.VERBOSE | re.IGNORECASE)
#: a relative pronoun followed by a lower-case word ("der das Tor …", "die bald …") or a
#: preposition + relative pronoun ("mit dem er …"): an attribute clause, not a verb-second one
_RELATIVE = re.compile(r"""\s*(?:(?:in|an|auf|aus|bei|mit|nach|von|vor|zu|für|gegen|über|unter|
                                  durch|um|seit)\s+)?
                          (?:der|die|das|dem|den|denen|deren|dessen)\s+[a-zäöüß]""", re.VERBOSE)
#: a verb-first clause ("Verläuft der Test erfolgreich, würde …"): a condition or a question
_V1 = re.compile(r"""\s*(?:[A-ZÄÖÜ][a-zäöüß]+(?:t|te|ten|en|st)\s+
                       (?:der|die|das|den|dem|ein|eine|einen|er|sie|es|man|sich)(?![\w-])
                     |(?:Würde|Würden|Sollte|Sollten|Hätte|Hätten|Wäre|Wären|Käme|Kämen|Gäbe|
                        Könnte|Könnten|Müsste|Müssten|Bliebe|Ginge)(?![\w-]))""",
                 re.VERBOSE)
#: "dass" opening the complement
_THAT = re.compile(r"\s*dass\s+")
#: Konjunktiv II forms with no indicative reading (in a dass-clause after a frame they report)
_K2_PLAIN = re.compile(r"(?<![\w-])(?:würde|würden|hätte|hätten|wäre|wären)(?![\w-])")
#: würde/würden + an infinitive later in a verb-second clause: "die Preise würden bald sinken"
_WUERDE = re.compile(r"(?<![\w-])(?:würde|würden)(?![\w-])(?=[^,;:]*\s[a-zäöüß]+en\s*(?:[,;.!?]|$))")
#: "Von der Polizei kam die Information, …": the speaker in a von-phrase before an information noun
_FROM = r"""\s*(?:Von|Vom|Seitens|Aus)\s+(?P<np>{np})
            (?:\s+(?P<v>kam|kamen|kommt|gab\s+es|gibt\s+es)
               (?:\s+(?:auch|zudem|dann|später|schließlich|nun|jedoch|aber))*
               \s+(?:die|eine|keine)\s+(?:[a-zäöüß]+e\s+)?(?P<noun>{nouns})
            # "Aus der Regierung war zu hören, …": the speaker in the from-phrase
            |\s+(?P<v2>ist|war|hieß|verlautete)(?:\s+(?:auch|zudem|dann|jedoch|aber))*
               (?:\s+(?P<noun2>zu\s+(?:hören|erfahren|vernehmen)))?)\s*$"""
#: correlative adverbs standing for the clause that follows (not words of the cue)
_CORRELATIVES = frozenset("""damit darauf daran darüber davon davor dafür dagegen darum dazu
                             dabei darin""".split())
#: a lower-case word: the candidates for the finite verb of a main clause
_LOWER_WORD = re.compile(r"(?<![\w-])[a-zäöüß][a-zäöüß-]+(?![\w-])")
#: words that never speak, whatever the parser makes of them
_NO_SPEAKER = frozenset("es das dies dieses man was wer jeder jemand niemand alles".split())


def _words(ctx: Ctx, kind: str) -> frozenset[str]:
    return frozenset(r["word"] for r in ctx.pack.lexicon("implicit_frames") if r["kind"] == kind)


def _lexicon(ctx: Ctx) -> dict:
    done = ctx.pack.hooks.get("_de_implicit")
    if done is None:
        nouns = "|".join(sorted(_words(ctx, "info_noun"), key=len, reverse=True))
        done = {"stop": _words(ctx, "stop"),
                "refuse": tuple(_words(ctx, "refuse_verb")), "copula": _words(ctx, "copula"),
                "from": re.compile(_FROM.format(np=NP, nouns=nouns), re.VERBOSE)}
        ctx.pack.hooks["_de_implicit"] = done
    return done


def implicit_frame(ctx: Ctx, unit: Unit, m: str, found: list[Attribution]) -> None:
    """Add the report framed by a main clause with an unlisted verb (in place): see the module
    docstring. A source-less Konjunktiv continuation over the same unit gives way to it."""
    if any(a.cue is not None and a.content.span.overlaps(unit.span) for a in found):
        return  # a lexical frame spoke in this unit
    att = _frame(ctx, unit, m)
    if att is None:
        return
    for old in [a for a in found if a.content.span.overlaps(att.content.span)]:
        if old.source is not None and not old.rule.startswith("continuation"):
            return  # an owner found by another rule stays
    found[:] = [a for a in found if not a.content.span.overlaps(att.content.span)]
    found.append(att)


def _frame(ctx: Ctx, unit: Unit, m: str) -> Attribution | None:
    comma = _top_comma(m)
    if comma is None:
        return None
    lead = 0
    if _LEAD_SUBORD.match(m[:comma]) and ctx.lx.mood(m[:comma]) is None:
        # "Nachdem die Zahlen bekannt waren, ließ der Minister durchblicken, dass …": the frame
        # is the clause after the fronted subordinate one, its finite verb first
        nxt = m.find(",", comma + 1)
        if nxt < 0 or not re.match(r"\s*[a-zäöüß]+\s", m[comma + 1:nxt]):
            return None
        lead, comma = comma + 1, nxt
    main, rest = m[:comma], m[comma + 1:]
    if MASK in main or (not lead and (_LEAD_SUBORD.match(main) or _V1.match(main))) or \
            ctx.lx.mood(main[lead:]) is not None:
        return None  # a quotation, a subordinate clause or a Konjunktiv first: no frame
    at = _complement(ctx, rest)
    if at is None:
        return None
    base = unit.span.start
    lx = _lexicon(ctx)
    fm = lx["from"].match(main)
    if fm is not None:
        src = parse(fm.group("np"), base + fm.start("np"), ctx.pack)
        v, noun = ("v", "noun") if fm.group("v") else ("v2", "noun2")
        if fm.group(noun) is None and fm.group(v) in ("ist", "war"):
            return None  # "Aus Sicherheitsgründen war …": no report
        vs, ve = base + fm.start(v), base + fm.end(v)
        pieces = [Span(vs, ve)] + ([Span(base + fm.start(noun), base + fm.end(noun))]
                                   if fm.group(noun) else [])
    else:
        found = _main_subject(ctx, m, base, main, lead)
        if found is None:
            return None
        src, vs, ve, tail = found
        pieces = [Span(vs, ve)] + tail
    if src is None or not _speaker(ctx, src, ctx.doc.text[vs:ve]):
        return None
    body = content(ctx.doc, base + comma + 1 + at, unit.span.end)
    if body is None or MASK in body.text[:2]:
        return None
    cue = _piece_cue(ctx.doc.text, pieces, Span(vs, ve))
    return make("indirect", body, cue=cue, source=src, modality="reported", rule="implicit_frame")


def _top_comma(m: str) -> int | None:
    """The first comma after at least two words (the frame ends there); an apposition between
    commas right after the first noun phrase ("Der Sprecher, Max Roth, gab …") is skipped."""
    skip = -1
    for cm in re.finditer(",", m):
        head = m[:cm.start()]
        if len(head.split()) < 2 or cm.start() == skip:
            continue
        nxt = m.find(",", cm.end())
        if nxt > 0 and re.fullmatch(rf"\s*{NP}\s*", head) and \
                re.fullmatch(r"\s*(?:[A-ZÄÖÜ][\w.'’-]*\s*){1,4}", m[cm.end():nxt]):
            skip = nxt  # "Die Sprecherin, Anna Roth, …": a name in apposition
            continue
        return cm.start()
    return None


def _complement(ctx: Ctx, rest: str) -> int | None:
    """Offset in `rest` where a reported complement clause starts, or None."""
    tm = _THAT.match(rest)
    if tm is not None:
        clause = _first_clause(rest[tm.end():])
        mood = ctx.lx.mood(clause)
        if mood == "k1" or (mood is not None and _K2_PLAIN.search(clause)):
            return tm.end()
        return None
    if _NOT_REPORT.match(rest) or _RELATIVE.match(rest):
        return None
    clause = _first_clause(rest)
    # the finite verb of a verb-second clause stands after its first field (at most 6 words)
    head = " ".join(clause.split()[:7])
    if ctx.lx.mood(head) == "k1" or _WUERDE.search(clause):
        return len(rest) - len(rest.lstrip())
    return None


def _first_clause(text: str) -> str:
    """The clause up to the next comma, semicolon or sentence end."""
    return re.split(r"[,;:]|[.!?](?:\s|$)", text, maxsplit=1)[0]


def _main_subject(ctx: Ctx, m: str, base: int, main: str, lead: int = 0
                  ) -> tuple[SourceMention | None, int, int, list[Span]] | None:
    """(subject, verb start, verb end, cue tail) of the verb-second main clause `main` (from
    `lead` on, after a fronted subordinate clause: its first word is the verb)."""
    lx = _lexicon(ctx)
    for vm in _LOWER_WORD.finditer(main, lead):
        word = vm.group()
        if lead and word in lx["stop"]:
            return None
        if vm.start() == 0 or word in lx["stop"]:
            continue
        prev = main[:vm.start()].split()[-1:]
        before_noun = re.match(r"\s+[A-ZÄÖÜ]", main[vm.end():]) is not None
        if before_noun and (re.search(r"(?:(?<!t)e|er|es|em)$", word) or re.search(r"(?:en|te)$", word) and (
                prev and (prev[0].lower() in lx["stop"] or prev[0][:1].islower()))):
            continue  # "Die zuständige Ministerin", "Zwölf andere Mitglieder": an adjective
        subj = _subject(ctx, m, base, base, base + vm.start(), base + vm.end())
        if subj is None or subj[0] is None:
            return None  # the first verb-like word after the first field is the verb or none
        if word in lx["copula"] or any(word.startswith(r) for r in lx["refuse"]):
            return None  # "Der Mann wurde verhaftet, er habe …"; "sorgte dafür, dass …"
        tail = _tail(ctx, main, base, max(vm.end(), subj[1] - base))
        return subj[0], base + vm.start(), base + vm.end(), tail
    return None


def _tail(ctx: Ctx, main: str, base: int, after: int) -> list[Span]:
    """The right bracket of the main clause: lower-case words (particle, infinitive,
    participle, correlative) and an idiom noun after in/zu/zum ("in Aussicht") at its end."""
    stop = _lexicon(ctx)["stop"] - {"zu", "in", "zum", "zur"}
    spans: list[Span] = []
    words = list(re.finditer(r"[^\s]+", main[after:]))
    for w in reversed(words):
        text = w.group()
        if text in _CORRELATIVES and not spans:
            continue  # "haderte damit, dass …": the correlative stands for the clause
        if text[:1].islower() and text not in stop and text.isalpha():
            spans.append(Span(base + after + w.start(), base + after + w.end()))
            continue
        if text[:1].isupper() and not spans and len(words) >= 2:
            prev = words[words.index(w) - 1].group() if words.index(w) > 0 else ""
            if prev in ("in", "zu", "zum", "zur", "außer"):  # "stellte in Aussicht"
                spans.append(Span(base + after + w.start(), base + after + w.end()))
                continue
        break
    return sorted(spans, key=lambda s: s.start)


def _speaker(ctx: Ctx, src: SourceMention, verb: str) -> bool:
    """Can the subject `src` speak? A name, a pronoun, a body, a group, a role, a document or a
    noun of a person (-er, -in, -ist, -ent …); not `es`, `man` or a thing (animacy.py). The
    parser calls any unknown noun a person, so a determiner-led phrase must show it."""
    low = src.text.lower().strip()
    if low in _NO_SPEAKER or inanimate_np(ctx.pack, src.text, ctx.lx.documents, verb):
        return False
    if src.type in ("organisation", "government", "outlet", "group", "social_account") or \
            src.role or low in ("er", "sie"):
        return True
    head = head_noun(src.text)
    place = places.lookup(head or src.text.strip())
    if place is not None and place.type == "country":
        return True  # "Die Schweiz hatte … begründet, dass …": a state acts through its government
    if head is None:  # no determiner: a name ("Rice", "Anna Roth")
        return src.type == "person" and src.text[:1].isupper() and " " not in low or \
            bool(re.fullmatch(r"(?:[A-ZÄÖÜ][\w'’-]+\s+){1,3}[A-ZÄÖÜ][\w'’-]+", src.text.strip()))
    return head.lower() in ctx.lx.documents or animate_np(ctx.pack, src.text) or \
        _PERSON_NOUN.search(head) is not None


#: endings of nouns for persons: Taxifahrer, Ärztin, Aktivisten, Studenten, Demonstranten
_PERSON_NOUN = re.compile(r"(?:er|erin|innen|ist|isten|ent|enten|eur|eure|ant|anten|oge|ogen)$")
