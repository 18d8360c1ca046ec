"""What a German reporting verb frames, once `rules._verb_frames` has found verb and speaker.

The content after the verb (`_verb_content`: a clause after a comma or colon, a prepositional
or accusative object, a judgement noun, a bare zu-infinitive), and the special frames that read
it elsewhere: a pronoun standing for the sentence before (`_anaphoric`), a perfect whose object
stands before the participle (`_perfect_middle`), a passive cite after its clause
(`_cited_after`), a second verb sharing the subject (`_coordinated`). Split out of rules.py,
which keeps the reading order of a paragraph and the verb-frame loop.
"""

from __future__ import annotations

import re
from itertools import islice

from ...model import Attribution, Document, SourceMention, TextSpan
from ...source_words import lexicon as source_lexicon
from ..common import classify_quote, content, copy_source, make, MASK, Unit
from . import lexicon
from .clauses import (Ctx, _POST_SUBJ, _PRE_SUBJ, _agent, _clause_start, _content_clause,
                      _is_name, _vias, _with_apposition)
from .fields import prepositional
from .mentions import DET, NP, Lexicons, parse

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
        if prev is None or prev.end > unit.span.start or not (any(
                s.start <= prev.start < s.end
                for s in ctx.index.sentences.get(unit.paragraph, ())) or _paragraph_before(
                ctx, unit, prev)):
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


def _paragraph_before(ctx: Ctx, unit: Unit, prev) -> bool:
    """`… bestellte den Premierminister ein.` / (new paragraph) `Dies teilte X mit.`: a
    paragraph that opens with the anaphor points back to the last sentence of the paragraph
    before, when that is a full sentence of the body (a headline has no closing stop)."""
    before = ctx.index.sentences.get(unit.paragraph - 1, ())
    own = ctx.index.sentences.get(unit.paragraph, ())
    if not before or not own or own[0].start < unit.span.start - 2:
        return False
    last = before[-1]
    return last.start <= prev.start < last.end and \
        ctx.doc.text[prev.start:prev.end].rstrip()[-1:] in ".!?"


#: a figure in an estimate's object ("etwa 1.500 bis 2.000 Teilnehmer", "zehntausend Tote")
_NUMBER = re.compile(r"(?<![\w-])(?:\d[\d.,']*|\w*(?:zehn|zig|hundert|tausend)|Dutzende?|"
                     r"Hunderte?|Tausende?|Millionen|Milliarden)(?![\w-])")

#: articles that open an object after a fronted PP ("am Montag den Tod des Mannes")
_OBJ_DET = frozenset("den die das einen eine ein seinen seine ihren ihre".split())
#: a double accusative that gives a name: a possessed (or kin/pet) noun, then a bare proper
#: name closing the clause ("nennt seinen Sohn Paul", "nannten ihre Tochter Marie Luise");
#: an article before the second noun makes a judgement instead ("nannte die Reform einen
#: Fehler"), and a lower-case word or a figure is no name
_NAME_GIVEN = re.compile(r"""\s*(?:(?:seinen|seine|sein|ihren|ihre|ihr|unseren|unsere|deren|dessen)
                                  \s+[A-ZÄÖÜ][a-zäöüß-]+
                                  |(?:das|den|die)\s+(?:Kind|Baby|Hund|Katze|Pferd|Schiff|Boot|Sohn|
                                     Tochter|Enkel|Enkelin|Neugeborene|Neugeborenen))
                             (?:\s+[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?){1,2}
                             \s*[.!?]?\s*""", re.VERBOSE)

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
    if aux is None and row["lemma"] in _SEIN_PERFECT:
        # "Die Polizei war von einem Unfall ausgegangen": verbs of motion take sein
        aux = re.search(r"(?<![\w-])(?:ist|war|sind|waren|sei|seien|wäre|wären)(?![\w-])", pre)
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
        if fr.startswith("prep:") and "agent" in frames and not _speaker_like(ctx, src):
            continue
        if fr.startswith("prep:") and "refl" in frames and not re.match(r"\s*sich(?![\w-])",
                                                                         middle):
            continue  # "hat sich für X ausgesprochen", not "hat Drohungen … ausgesprochen"
        pp = re.search(rf"(?<![\w-])(?:da|dar)?{fr[5:]}(?![\w-])", middle) \
            if fr.startswith("prep:") else None
        if pp is not None:
            kind = "prep"
            if "refl" in frames:  # "hat sich gestern für X ausgesprochen": from the preposition
                start += pp.start()
                middle = middle[pp.start():]
            break
    if kind is None:
        obj = _accusative(middle) if "obj" in frames else None
        if obj is None:
            return None  # "hatte im Oktober noch selbst angekündigt": no object
        start += obj.start("np")
    body = content(doc, start, end)
    if body is None or len(body.text.split()) < 2:
        return None
    return make(row["kind"], body, cue=cue, source=src, rule="verb_perfect")


#: a determiner opening a prepositional object (a name's "für" takes a bare noun: "Bundesamt
#: für Statistik", "Ministerium für Bildung")
_PP_DET = re.compile(r"(?:ein|eine|einen|einem|einer|den|die|das|dem|der|mehr|weniger|kein|keine|"
                     r"seine|seinen|ihre|ihren|neue|neuen|höhere|strengere|schärfere)\s")


def _prep_in_subject(ctx: Ctx, frames: list[str], particle: str, stretch: str,
                     src: SourceMention | None) -> tuple[SourceMention, int] | None:
    """`sprach sich die Ministerin für einen Kompromiss aus`: after an inverted subject only
    the particle is left, and the noun phrase took the prepositional object ("X für Y" reads
    like "Bundesamt für Statistik"). Returns the subject before the preposition and where the
    content starts."""
    # (without a particle the clause ends right after the subject: "Am Montag plädierte die
    # Ministerin für eine Reform.")
    if src is None or src.span is None or \
            not re.fullmatch(rf"\s*{particle}\s*[.!?]?\s*" if particle else r"\s*[.!?]?\s*", stretch):
        return None
    for fr in frames:
        if not fr.startswith("prep:"):
            continue
        pm = re.search(rf"\s(?:{fr[5:]})\s", src.text)
        if pm is None:
            continue
        if not particle and not _PP_DET.match(src.text, pm.end()):
            continue  # "plädierte das Bundesamt für Strahlenschutz.": a name; "für eine …" is not
        head = parse(src.text[:pm.start()], src.span.start, ctx.pack)
        if head is not None:
            return head, src.span.start + pm.start() + 1
    return None


def _speaker_like(ctx: Ctx, src: SourceMention | None) -> bool:
    """Can the subject `src` hold a view (cues.tsv `agent`): a pronoun, a name, a role, an
    institution or a group — not a thing ("Der Brand ging von einem Kamin aus")?"""
    if src is None:
        return False
    if src.text.lower() in ("er", "sie", "man") or _is_name(src.text) or bool(src.role) \
            or src.type not in ("person",) or _agent(ctx, src.text):
        return True
    # "Die Behörden vor Ort", "Die Unterstützer der Vorlage", "Gutachter der DLR": a source
    # word (role, group, body) or a plural agent noun in -er (after "Die" or bare)
    words = re.findall(r"[A-ZÄÖÜ][\w-]*", src.text)
    if any(source_lexicon().match(w, "de") for w in words[1:2] or words[:1]):
        return True
    if re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?", src.text) and \
            _introduced(ctx.doc.text, src.text):
        return True  # "Merkel geht von einer Einigung aus" after "Angela Merkel" somewhere
    return bool(re.match(r"(?:[Dd]ie\s+)?(?:[a-zäöüß]\w*\s+)?(?!(?:Der|Dieser|Jeder|Einer|Jener)\s)"
                         r"[A-ZÄÖÜ]\w*er(?![\w-])", src.text))


def _introduced(text: str, surname: str) -> bool:
    """Is `surname` written somewhere in `text` after a known first name or a role word
    ("Angela Merkel", "Kanzlerin Merkel")? Then the bare surname names that person."""
    lex = source_lexicon()
    for nm in re.finditer(rf"([A-ZÄÖÜ][\w-]*)\s+{re.escape(surname)}(?![\w-])", text):
        word = nm.group(1)
        if lex.first_name(word) is not None or lex.match(word, "de") is not None:
            return True
    return False


#: reporting verbs whose perfect takes sein ("ist davon ausgegangen", "war zu dem Schluss
#: gekommen")
_SEIN_PERFECT = frozenset({"gehen", "kommen", "gelangen"})

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
    if co is None and last is not None and last.rule == "verb_clause" and re.match(
            r"[a-zäöüß]+\s+(?:aber|jedoch|zudem|außerdem|allerdings|ferner)(?![\w-])",
            doc.text[vs:vs + 40]):
        # "räumte ein, es könnten Stellen wegfallen, sprach aber von …": a second verb with an
        # adverb of contrast or addition after the first content shares its subject
        co = re.search(r",$", before)
    if co is None or last is None or last.source is None:
        return None
    if not last.content.span.start < vs <= last.content.span.end + 2:
        return None  # (+2: the content may already end before ", ")
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
    # "Den … Einspareffekt, unter anderem durch …, bezifferte X mit …": an accusative article
    # keeps the phrase an object across an inserted aside
    accusative = re.match(r"\s*(?:Den|Einen|Diesen)\s", pre) is not None
    if ("," in pre and not accusative) or not (accusative or _PRE_SUBJ.match(pre)) or not (
                re.search(r"(?<![\w-])(?:als|für)(?![\w-])", att.content.text[:40])
                or re.search(r"(?<![\w-])(?:auf|mit)\s+$", ctx.doc.text[
                    max(0, att.content.span.start - 5):att.content.span.start])):
        return
    if prepositional(ctx.pack, pre.strip()):
        return  # "Zusammen mit X plädiert Y für Z": a fronted PP is no object of the frame
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


#: ", doch UN-Sprecher X erklärte": a contrastive main clause with its own subject and verb
_BUT_FRAME = re.compile(rf""",\s*(?:doch|aber|jedoch|während|wohingegen)\s+
                            (?:{DET}\s+)?(?:[a-zäöüß][\w-]*\s+){{0,2}}
                            (?:[A-ZÄÖÜ][\w.'’-]*\s+){{1,4}}(?P<v>[a-zäöüß]+)(?=[\s,:])""",
                        re.VERBOSE)


def _narrator_again(lx: lexicon.Compiled, m: str, start: int, end: int) -> int:
    """End of a reported clause `m[start:end]`: before `und` (or a comma) + an indicative past
    verb (the frame's subject acts again), when the clause before it is in Konjunktiv."""
    for cm in islice(_BUT_FRAME.finditer(m, start, end), MAX_NARRATOR_TRIES):
        if lx.rows.get(cm.group("v")) and not lx.subordinate_form(cm.group("v")):
            # "…, Annabi sei tot, doch der Sprecher X erklärte, …": a new speaker's frame
            return cm.start()
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


#: "als" before a pronoun subject opens a clause of time or comparison ("sah den Film, als er
#: kam"), not the predicative "als" of a judgement; after a comma it may still be one
#: ("bezeichnete die Worte, sollten sie gefallen sein, als „…“")
_ALS_CLAUSE = re.compile(r"als(?=\s+(?:er|sie|es|man|ich|wir|ihr|du|ob|wenn)(?![\w-]))")


def _verb_content(ctx: Ctx, unit: Unit, m: str, row: dict[str, str], frames: list[str],
                  at: int, cue: TextSpan, src: SourceMention) -> Attribution | None:
    """The content after a reporting verb: a clause after a comma/colon, a PP or an object."""
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
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
    swallowed = _prep_in_subject(ctx, frames, particle, stretch, src)
    if swallowed is not None and ("refl" in frames and not re.search(
            r"(?<![\w-])sich(?![\w-])", m[cue.span.end - base:rel])
            or "agent" in frames and not _speaker_like(ctx, swallowed[0])):
        swallowed = None
    if swallowed is not None:  # "sprach sich die Ministerin für einen Kompromiss aus"
        src, start = swallowed
        body = content(doc, start, base + rel + len(stretch) - len(
            re.search(rf"\s*{particle}\s*[.!?]?\s*$", stretch).group()))
        if body is not None:
            return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_prep")
    for fr in frames:
        if fr.startswith("prep:") and "agent" in frames and not _speaker_like(ctx, src):
            continue  # "Die Gefahr geht von dem Vulkan aus", "Der Name verweist auf …"
        if fr.startswith("prep:") and "refl" in frames and not re.match(
                r"(?:\s+\S+){0,5}?\s+sich(?![\w-])", m[cue.span.end - base:rel] + stretch):
            continue  # "sprach sich gegen X aus"; "hat Drohungen gegen X ausgesprochen" utters
        if fr.startswith("prep:"):
            prep = fr[5:]
            # a relative clause inside the object ("den Schaden, der … entstand, auf") is blanked
            pm = re.match(rf"(?:\s+\S+){{0,8}}?\s+(?P<p>(?:da|dar)?{prep})(?![\w-])",
                          lexicon.blank_inserted(stretch))
            if pm is not None and prep == "als" and _ALS_CLAUSE.match(stretch, pm.start("p")):
                continue  # "sah den Zusammenbruch, als sie landeten": als of time, no judgement
            if pm is not None:
                # "hält X für Y", "bezeichnet X als Y", "schätzt X auf Y": the object counts
                from_at = rel if prep in ("für", "als", "auf") else rel + pm.start("p")
                to_rel = _narrator_again(lx, m, rel, end_rel) if _BUT_FRAME.search(
                    m, rel, end_rel) else end_rel  # "von zehn Toten, aber die Helfer berichteten"
                if particle:  # "wies dies als «…» zurück", "geht von X aus": not the particle
                    pe = re.search(rf"\s{particle}(?=\s*[.!?,]?\s*$)", stretch)
                    to_rel = rel + pe.start() if pe else end_rel
                body = content(doc, base + from_at, base + to_rel)
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
    if "objnum" in frames and "obj" not in frames and _NUMBER.search(stretch) and \
            not re.search(r"(?<![\w-])(?:auf|als)(?![\w-])", stretch):
        frames = frames + ["obj"]  # "Die Veranstalter schätzten etwa 2.000 Teilnehmer"
    if "obj" in frames:
        if re.match(r"\s*(?:sich|es|sie|ihn|ihm|ihr|uns|mich|dich)(?![\w-])", stretch):
            return None
        if particle and re.match(rf"\s*{particle}\s*,", stretch):
            return None  # "räumte X ein, …": a clause after the particle is no object
        if particle:
            # "machen X verantwortlich, die Agentur dagegen …": the particle closes the clause
            stretch_end = re.search(rf"\s{particle}(?=\s*[.!?,]?\s*$)", stretch) or \
                re.search(rf"\s{particle}(?=\s*,(?!\s*(?:der|die|das|dem|den|deren|dessen|denen|"
                          rf"welche[rsmn]?)\s+[a-zäöüß]))", stretch)  # not before a relative
            end_rel = rel + stretch_end.start() if stretch_end else end_rel
        elif lx.blocked_particle(stretch.rstrip(" .!?")):
            return None
        if _NAME_GIVEN.fullmatch(stretch):
            return None  # "Er nennt seinen Sohn Paul": a name given, nothing reported
        words = stretch.strip(" .!?").split()
        if words and words[0].lower() in Lexicons.of(ctx.pack).prepositions and len(words) <= 3 \
                and not any(w.lower() in _OBJ_DET for w in words[2:]):
            return None  # "Das bestätigte die Polizei am Montag.": one PP, no object
        lead = re.match(r"(?:\s*(?:aber|jedoch|zudem|außerdem|allerdings|auch|ferner)(?![\w-]))+",
                        stretch)  # "befürchtet aber weitere Tote": the adverb is no object
        body = content(doc, at + (lead.end() if lead else 0), base + end_rel)
        if body is not None and len(body.text.split()) >= 2:
            return make(row["kind"], body, cue=cue, source=src, via=via, rule="verb_object")
    return None
