"""German clause reading shared by the rules: where a clause starts, its subject, its
apposition, its relays, and what the reading remembers from unit to unit.

German puts the finite verb second, so a subject is either the first field ("Die Polizei
teilte mit") or the noun phrase right after the verb or its auxiliary ("Am Montag sagte X").
The helpers here find it with a few regexes over the masked unit text (see `lang.common`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ...model import Attribution, Document, SourceMention, Span, TextSpan, Via
from ..base import LanguagePack, load_tsv
from ..common import alternation, copy_source, MASK, ParagraphIndex, Unit
from . import lexicon
from .animacy import animate_np, inanimate_np
from .fields import ALS_FIELD, MANNER_FIELD, adverbial, adverbs_only, circumstance
from .mentions import Lexicons, NP, is_outlet, parse
# re-exported: the other German modules import these from clauses
from .subject_np import (_agent, _agrees, _appositive, _first_field_apposition,  # noqa: F401
                         _is_name, _with_apposition, after_oblique)

# Adverbs that may stand between a subject and its verb or after an inverted subject.
_ADV = (r"(?:auch|zudem|dagegen|hingegen|jedoch|aber|allerdings|indes|derweil|unterdessen|"
        r"weiter|außerdem|ausserdem|bereits|nun|jetzt|heute|gestern|damals|dazu|selbst|"
        r"ebenfalls|zufolge|offenbar|erneut|stets|mehrfach|später|zuvor|daraufhin|inzwischen|"
        r"wörtlich|selber|ihrerseits|seinerseits|ebenso|wiederum|gleichwohl|freilich|"
        # middle-field adverbs before an inverted subject ("meldeten dann die Agenturen")
        + alternation(r["word"] for r in load_tsv(Path(__file__).with_name("verbs_midfield.tsv")))
        + r")")


_AUX = (r"(?:hat|hatte|habe|haben|hatten|wird|wurde|werden|wurden|ist|war|soll|sollen|will|"
        r"wollte|muss|musste|kann|konnte|darf|durfte|möchte)")


_CONJ = r"(?:(?:Aber|Doch|Und|Denn|Sondern|Oder|Allerdings|Jedoch|Auch|Selbst|Zudem|Dann)\s+)"
_PRE_SUBJ = re.compile(rf"\s*{_CONJ}?(?P<np>{NP})(?:\s+{_ADV})*\s*", re.VERBOSE)
#: a list of members inserted between commas after the subject: ", unter ihnen auch X und Y,"
_INSERTED_LIST = re.compile(r"(?P<head>[^,]{2,90}?)\s*,\s*(?:unter\s+ihnen|darunter|unter\s+anderem)"
                            r"\s[^,]{1,120},\s*")
# "Die Sprecherin der Grünen, Anja Hajduk, sagte" / "Kluncker, der …, sagte": a subject with an
# apposition or a relative clause between commas before the verb
_APPOS = re.compile(
    rf"""\s*{_CONJ}?(?P<head>[^,]{{2,90}}?)\s*,\s*
         (?:(?P<app>{NP})[^,]{{0,80}}?\s*,\s*      # ", Obmann der CDU/CSU-Fraktion im …,"
            # then a relative clause on it: ", der zur Zeit den Vorsitz innehat,"
            (?:(?:der|die|das|dem|den|denen|deren|dessen)\s[^,]{{1,120}}\s*,\s*)?
           |(?:(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|unter|von|vor|zu)\s+)?
            (?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\s[^,]{{1,120}}\s*,\s*
                                                   # a relative clause ("auf die …")
           |(?P<open>(?:ein|eine)\s+{NP}[^,]{{0,40}}?)\s*)  # ", ein Klimaexperte vom WWF" + verb
    """, re.VERBOSE)


#: "nahm jetzt auch der Ministerpräsident …": up to three adverbs before an inverted subject;
#: "sagte der für die Region zuständige Koordinator": an extended attribute (a prepositional
#: phrase closed by a participle or adjective) stands between the article and its noun
_POST_SUBJ = re.compile(rf"""(?:\s+{_ADV}){{0,3}}
                             (?:\s+(?:der|die|das)\s+
                                (?:für|in|im|von|vom|am|an|auf|aus|bei|beim|mit|seit|über|zum|zur)
                                (?:\s+[^\s,.;:!?«»„“]+){{1,4}}?
                                (?=\s+[a-zäöüß][\w-]*(?:e|en)\s+[A-ZÄÖÜ]))?
                             \s+(?P<np>{NP})""", re.VERBOSE)
_NP_AT = re.compile(rf"\s*(?P<np>{NP})")
_NP_VERB = re.compile(rf"\s*(?P<np>{NP})\s+[a-zäöüß]+(?:t|te|ten|en)\s")
_NP_END = re.compile(rf"(?P<np>{NP})\s*$")
_VIA = re.compile(rf"(?:gegenüber|mit|im|in|bei|von|auf)\s+(?P<np>{NP})")
_IMPERSONAL_SRC = re.compile(rf"(?:[Aa]us|[Vv]on|[Ii]n|[Ii]m|[Bb]ei|[Bb]eim)\s+(?P<np>{NP})")


@dataclass
class State:
    """What the reading remembers across units: the last source and where it was named."""

    source: SourceMention | None = None
    cue: TextSpan | None = None
    paragraph: int = -1
    unit: int = -1
    unclosed: bool = False
    counter: int = 0
    #: the unit read before the current one (for "Demnach" after a report)
    previous: Span | None = None
    #: the last source's content was a reported clause (not a plan, an object or a topic):
    #: only then may a Konjunktiv II sentence continue it
    clause: bool = True
    #: the last content was in Konjunktiv (a chain of reported speech): only then does an
    #: ambiguous subjunctive (müssten, ließe) continue it
    reported: bool = False


@dataclass
class Ctx:
    """One document's reading: the text, the pack and its compiled lexicons, the output."""

    doc: Document
    pack: LanguagePack
    lx: lexicon.Compiled
    out: list[Attribution] = field(default_factory=list)
    state: State = field(default_factory=State)
    #: a speaker named by an intro frame in the current unit ("äußerte sich zu …")
    speaker: SourceMention | None = None
    #: sentences and quotes by paragraph (per-paragraph lookups stay linear in the document)
    index: ParagraphIndex = field(init=False)

    def __post_init__(self) -> None:
        self.index = ParagraphIndex.of(self.doc)


def _unwrap(ctx: Ctx, np_text: str, at: int) -> SourceMention | None:
    """The source of `einem Bericht der «Times»` is the Times; of `NATO-Schätzungen` NATO."""
    if MASK in np_text and MASK not in np_text.split()[0]:
        # "des Leiters der Sektion von „Ärzte ohne Grenzen“": a quoted name in an attachment;
        # "Gall „auch in Zukunft …“": a quote after the name is no part of it
        cut = re.search(r"\s+(?:von|vom|der|des|bei|beim)\s+[«„»“\"‚]", np_text)
        if cut is not None:
            np_text = ctx.doc.text[at:at + len(np_text)]
        else:
            np_text = np_text[:np_text.index(MASK)].rstrip(" «„»“\"‚")
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


def _compound_source(ctx: Ctx, word: str, prefix: str, at: int) -> SourceMention | None:
    """`NATO-Schätzungen` / `Polizeiangaben` -> a mention named after the first part."""
    name = prefix.rstrip("-")
    if not name.isupper() and name.endswith("s") and name[:-1].lower().endswith(("ung", "heit", "keit")):
        name = name[:-1]  # Regierungsangaben -> Regierung
    m = parse(name, at, ctx.pack)
    if m is None:
        return None
    m.text, m.span = word, Span(at, at + len(word))
    return m



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


#: "der Haushalt sei solide": an article, its noun and a Konjunktiv I verb in second place
#: open a verb-second clause, not a relative clause (whose verb stands last)
_V2_ARTICLE = re.compile(r"""\s*(?:der|die|das)\s+
                             (?:[a-zäöüß][\w-]*\s+){0,3}?[A-ZÄÖÜ][\w-]*   # (adjectives) noun
                             (?:\s+[^\s,.;:!?]+){0,6}?                      # attributes
                             \s+(?P<v>sei|seien|habe|werde|könne|müsse|wolle|solle|dürfe|gebe|
                                  wäre|wären|hätte|hätten|würde|würden|bleibe|gehe|komme|
                                  liege|stehe|gelte|fehle|brauche|bestehe|drohe|gebe|trage)
                             (?=\s+[^\s,.;:!?])
                           # "die Reform komme." closing the sentence: article, noun, Konjunktiv I
                           # (a relative clause ending so would need a bare object noun; one with
                           # an article or attributes, "die einen Mangel zur Folge hätten", is
                           # a relative clause)
                           |\s*(?:der|die|das)\s+(?:(?!(?:einen|einem|einer|den|dem|des)\s)
                                                    [a-zäöüß][\w-]*e[nr]?\s+)?[A-ZÄÖÜ][\w-]*
                            \s+(?:sei|seien|habe|werde|komme|gebe|gehe|stehe|liege|bleibe|fehle|
                                 gelte)\s*[.!?]?\s*$""", re.VERBOSE)


#: a clause that ends in a zu-infinitive ("…, die Mensa zu meiden.") is no relative clause
_ZU_END = re.compile(r"(?:(?<![\w-])zu\s+[a-zäöüß]+en|[a-zäöüß]+zu[a-zäöüß]+en)\s*[.!?]?\s*$")


_ADVERBIAL_ZU = re.compile(r"\s*(?:um|ohne|statt|anstatt|und|aber|sondern|denn)(?![\w-])")


def _content_clause(after: str, frame_region: str, that_only: bool) -> bool:
    """Is the clause after the frame's comma its content (not a relative or adverbial one)?"""
    if _THAT.match(after):
        return True
    if that_only:
        return False
    if _SUBORD.match(after) and not (_ZU_END.search(after) and not _ADVERBIAL_ZU.match(after)):
        return False  # "seit Jahren davon geträumt zu haben" is content, "um … zu" is not
    if _RELATIVE.match(after) and re.search(r"[A-ZÄÖÜ]", frame_region) and \
            not _V2_ARTICLE.match(after) and not _ZU_END.search(after):
        return False  # "fordert eine Ampel, die …": a relative clause on the object
    return True


#: a main clause closed by its separable particle before a comma ("X wies das zurück, …"): the
#: next clause is a new one with its own subject
_CLOSED_CLAUSE = re.compile(r"""(?:[^,]{6,120}?\s(?:zurück|ab|an|auf|aus|ein|fest|hin|vor|bei|los)
                                # "Er wurde festgenommen, andere Quellen berichten", "X wird
                                # von ai positiv gesehen, die Organisation bezweifelt aber": a
                                # finished perfect or passive clause before the comma
                                |(?:[^,]{0,120}?\s)?(?:wurde|wurden|ist|sind|war|waren|hat|hatte|
                                                 haben|hatten|wird|werden)\s(?:[^,]{0,60}?\s)?
                                 (?:(?:ge|[a-zäöüß]+ge)[a-zäöüß]{3,}(?:t|en)
                                    # participles without ge-: "beraten", "verschoben", "diskutiert"
                                    |(?:be|ver|er|ent|zer)[a-zäöüß]{3,}(?:t|en)|[a-zäöüß]{3,}iert)
                                 (?:\s+(?:worden|gewesen))?)     # "ist verschoben worden,"
                                \s*,\s*(?=(?:der|die|das|ein|eine|andere|mehrere|einige|viele)\s)
                             """, re.VERBOSE)


_ALS_FIELD = ALS_FIELD  # re-exported for rules.py


#: a comma and a coordinating conjunction opening a main clause with a new subject
_BUT = re.compile(r"(?:^|,)\s*(?:doch|aber|jedoch|sondern)\s+(?=[A-ZÄÖÜ]|(?:der|die|das)\s)")


def _subject(ctx: Ctx, m: str, base: int, cstart: int, vs: int, ve: int
             ) -> tuple[SourceMention | None, int] | None:
    """(subject mention, offset after it) of the verb at `[vs, ve)`; None if there is none.

    V2 order: the subject is the whole first field, or the noun phrase right after the verb
    (or after an auxiliary) when the first field is an adverbial ("Am Montag sagte X").
    """
    pre = m[cstart - base:vs - base]
    conj = None
    for conj in _BUT.finditer(pre):
        pass
    if conj is not None and "," not in pre[conj.end():]:
        # "…, Annabi sei tot, doch UN-Sprecher X erklärte, …": a new main clause after the
        # conjunction; its subject is the phrase before the verb
        cstart, pre = cstart + conj.end(), pre[conj.end():]
    if _LEAD_SUBORD.match(pre) and pre.rstrip().endswith(","):
        pre = ""  # "Nachdem …, warnte X": the subject follows the verb
    elif adverbial(ctx.pack, pre) and (len(pre.split()) > 1 or _POST_SUBJ.match(m, ve - base)):
        # "Die Wahl betreffend sagte X", "Relativierend fügte X hinzu", "Zu den Vorwürfen
        # führte X aus", "Wenige Stunden nach dem Putsch erklärte X", "Bislang gingen X davon
        # aus": an adverbial (see fields.py), the subject follows the verb
        pre = ""
    closed = _CLOSED_CLAUSE.match(pre)
    if closed is None and "," in pre:
        # "Nachdem …, wurde er festgenommen, andere Quellen berichten": a later segment
        for comma in re.finditer(",", pre):
            closed = _CLOSED_CLAUSE.match(pre, comma.end()) or closed
    if closed is not None:  # "X wies das zurück, die Sprecherin Y erklärte": a second clause
        cstart, pre = cstart + closed.end(), pre[closed.end():]
    lm = _INSERTED_LIST.fullmatch(pre)  # "Die Initiatoren, unter ihnen auch X, betonen"
    pre = lm.group("head") if lm is not None else pre
    pm = _PRE_SUBJ.fullmatch(pre)
    if pm is not None:
        ovs = _ovs_subject(ctx, m, base, pm.group("np"), ve)
        if ovs is not None:
            return ovs
        obl = after_oblique(ctx, m, base, ctx.doc.text[cstart + pm.start("np"):cstart + pm.end("np")],
                            ve, m[vs - base:ve - base])
        if obl is not None:  # "Der Zeitung sagte der Minister": a dative first field (case.py)
            return obl
        return parse(pm.group("np"), cstart + pm.start("np"), ctx.pack), ve
    if pre.rstrip().endswith(","):
        app = _APPOS.fullmatch(pre)
        if app is not None and _PRE_SUBJ.fullmatch(app.group("head")):
            ovs = _ovs_subject(ctx, m, base, app.group("head"), ve)
            if ovs is not None:  # "Die Zahl der Menschen, die …, bezifferte die Agentur mit 13"
                return ovs
            # "Kolarow, dessen Behörde zuständig ist, sagte": the auxiliary is the relative
            # clause's, the subject the head before it
            return _appositive(ctx, app, cstart), ve
        if app is not None and re.match(r"\s*(?:Im|In|Am|An|Auf|Aus|Bei|Beim|Mit|Nach|Vor|Für|"
                                        r"Über|Unter|Zum|Zur|Von|Vom)\s", app.group("head")) \
                and not re.search(rf"(?<![\w-]){_AUX}(?![\w-])", app.group("head")):
            pre = ""  # "Im Brief, den er schickte, schreibt X": a fronted PP, the subject follows
    aux = None
    # "lässt sie über ihren Anwalt erklären": a causative lassen stands where an auxiliary does
    for a in re.finditer(rf"(?<![\w-])(?:{_AUX}|lässt|ließ|ließen)(?![\w-])", pre):
        aux = a
        break
    if aux is not None:
        head = pre[:aux.start()]
        hm = None if _adverbs_only(ctx, head) or MANNER_FIELD.fullmatch(head) \
            else _PRE_SUBJ.fullmatch(head)
        obl = None if hm is None else after_oblique(
            ctx, pre, cstart, ctx.doc.text[cstart + hm.start("np"):cstart + hm.end("np")],
            cstart + aux.end(), aux.group())
        if obl is not None:  # "Der Zeitung hat der Minister gesagt": a dative first field
            return obl[0], ve
        if hm is not None:
            am = _POST_SUBJ.match(pre, aux.end())
            if am is not None and inanimate_np(ctx.pack, hm.group("np"), ctx.lx.documents) and \
                    _speaks(ctx, am.group("np")):
                # "Diese Entscheidung hat die Ministerin kritisiert": the thing is the object
                return parse(am.group("np"), cstart + am.start("np"), ctx.pack), ve
            return parse(hm.group("np"), cstart + hm.start("np"), ctx.pack), ve
        happ = _APPOS.fullmatch(head)  # "Anna Roth, die Kandidatin der Grünen, hat … gesagt"
        if happ is not None and not _LEAD_SUBORD.match(head):
            return _appositive(ctx, happ, cstart), ve
        wide = _first_field_apposition(ctx, head, cstart)  # "Burt Rutan, 54, hat … gesagt"
        if wide is not None:
            return wide, ve
        # "hat sich etwa X …": a reflexive or an adverb before the subject
        skip = re.match(rf"(?:\s+(?:sich|etwa|{_ADV})(?![\w-]))*", pre[aux.end():])
        am = _POST_SUBJ.match(pre, aux.end() + skip.end())
        if am is not None and not _agrees(aux.group(), am.group("np")):
            # "Politiker aus anderen Parteien haben der Ministerin vorgeworfen": a dative
            hp = _PRE_SUBJ.match(head)
            if hp is None or head[hp.end():].strip():
                return None
            return parse(hp.group("np"), cstart + hp.start("np"), ctx.pack), ve
        if am is not None:
            src = parse(am.group("np"), cstart + am.start("np"), ctx.pack)
            return _with_apposition(ctx, pre, cstart, src, am.end("np"))[0], ve
        return None
    app = _APPOS.fullmatch(pre)
    if app is not None:
        return _appositive(ctx, app, cstart), ve
    wide = _first_field_apposition(ctx, pre, cstart)  # "Burt Rutan, 54, sagte"
    if wide is not None and not re.match(r"\s+(?:er|ich|wir)(?![\w-])", m[ve - base:]):
        # (a nominative pronoun after the verb is the subject: "Die Anhänger, die …, warnte er")
        return wide, ve
    named = _named_after_comma(ctx, pre, cstart)
    if named is not None:
        return named, ve
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
    shared = _shared_subject(ctx, pre, cstart, m[vs - base:ve - base])
    if shared is not None:
        return shared, ve
    if pre.strip() and len(pre.split()) > 12:
        return None
    if pre.strip() and _PRE_SUBJ.match(pre) and not re.match(r"\s*[A-ZÄÖÜ][a-zäöüß]+\s", pre):
        return None
    # "Im ersten Satz beruft sich die Bank darauf": a reflexive before the inverted subject
    refl = re.match(r"\s+sich(?=\s+(?:der|die|das|ein|eine)\s)", m[ve - base:])
    sm = _POST_SUBJ.match(m, ve - base + (refl.end() if refl else 0))
    if sm is not None and not _agrees(m[vs - base:ve - base], sm.group("np")):
        return None  # "Am Montag bestätigten den Tod die Ärzte": an object, not the subject
    if sm is not None:
        src = parse(sm.group("np"), base + sm.start("np"), ctx.pack)
        src, end = _with_apposition(ctx, m, base, src, sm.end("np"))
        return src, base + end
    if re.match(r"\s+es(?![\w-])", m[ve - base:]):
        return None, ve + 3
    return None


def _adverbs_only(ctx: Ctx, field: str) -> bool:
    return adverbs_only(ctx.pack, field)


#: "X dankte den Helfern und ergänzte, …": a main clause (finite verb second, no comma after
#: it) and `und` before the cue; the cue shares the first clause's subject
_FIRST_VERB = re.compile(r"\s*(?P<v>[a-zäöüß]+(?:te|ten|t|en))\s[^,;:]{0,120}\s(?:und|sowie)\s*$")


def _shared_subject(ctx: Ctx, pre: str, cstart: int, verb: str) -> SourceMention | None:
    if not re.search(r"\s(?:und|sowie)\s*$", pre) or _LEAD_SUBORD.match(pre):
        return None
    app = _APPOS.match(pre)
    if app is not None and app.group("app") is not None and _FIRST_VERB.fullmatch(pre, app.end()):
        src = _appositive(ctx, app, cstart)
    else:
        hm = _PRE_SUBJ.match(pre)
        if hm is None or hm.group("np")[:1].islower() or \
                not _FIRST_VERB.fullmatch(pre, hm.end()):
            return None
        src = parse(hm.group("np"), cstart + hm.start("np"), ctx.pack)
    first = _FIRST_VERB.fullmatch(pre, app.end() if app is not None and
                                  app.group("app") is not None else hm.end())
    if src is None or first is None or ctx.lx.mood(first.group("v")) is not None or \
            not _agrees(verb, src.text):
        return None
    return src


def _named_after_comma(ctx: Ctx, pre: str, cstart: int) -> SourceMention | None:
    """`Ein Sprecher der Polizei, Kommissar Tim Berg sagte`: the closing comma is missing."""
    if "," not in pre or _LEAD_SUBORD.match(pre):
        return None
    hm = _PRE_SUBJ.match(pre)
    if hm is None or hm.end("np") != pre.index(","):
        return None
    head = parse(hm.group("np"), cstart + hm.start("np"), ctx.pack)
    src, end = _with_apposition(ctx, pre, cstart, head, hm.end("np"))
    if src is head or pre[end:].strip():
        return None
    return src


def _asyndetic_subject(ctx: Ctx, pre: str, cstart: int) -> SourceMention | None:
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


def _ovs_subject(ctx: Ctx, m: str, base: int, fronted: str, ve: int
                 ) -> tuple[SourceMention | None, int] | None:
    """Object-verb-subject order: "Die Äußerungen … bezeichnete Wiefelspütz als …".

    The fronted phrase is an object when its nouns are statements or plans, or when a
    pronoun subject follows the verb ("Den Plan kritisierte er").
    """
    post = _POST_SUBJ.match(m, ve - base)
    if post is None or fronted.split()[0] in ("Er", "Sie"):
        return None
    if re.match(r"(?:den|dem|einem|einen|des|eines|diesem|diesen)\s", post.group("np")):
        return None  # "Der Bericht wirft den Behörden vor": a dative after the verb never speaks
    if re.match(r"(?:Ein|Eine|Der)\s", fronted) and re.match(r"(?:die|das)\s", post.group("np")) \
            and re.match(r"\s+(?:als|auf|für)\s", m[post.end("np"):]):
        # "Eine Schätzung beziffert die Schulden auf …": the phrase before als/auf/für is the
        # judged object, the fronted (nominative) phrase the subject
        return None
    if re.fullmatch(r"(?:[A-ZÄÖÜ][\w'’-]+\s+){0,2}[A-ZÄÖÜ][\w'’-]+|er|sie", post.group("np")) and \
            re.match(r"\s+als\s", m[post.end("np"):]) and \
            re.match(r"(?:Ein|Eine|Die|Das|Den|Diese|Dieses)\s", fronted) and \
            not _agent(ctx, fronted):
        # "Eine Verschiebung der Wahl bezeichnete Conze als fatal": a bare name (no article)
        # after the verb, then als: the name is the subject, the fronted phrase the object
        return parse(post.group("np"), base + post.start("np"), ctx.pack), base + post.end("np")
    # "der" + noun after the verb is nominative; "die" only with a name ("die Agentur Xinhua"),
    # since "Die Studie bewertet die Ministerin als …" has the object there
    if (re.match(r"der\s", post.group("np")) or re.match(
            r"die\s(?:.*\s)?[A-ZÄÖÜ][\w-]*\s+[A-ZÄÖÜ]", post.group("np"))) and re.match(
            r"(?:\s+(?:heute|gestern|nun|jetzt|zuletzt|bereits|inzwischen|auch|am\s+\w+)){0,2}"
            r"\s+(?:als|auf|für|mit)\s", m[post.end("np"):]) and \
            _agent(ctx, post.group("np")) and not _agent(ctx, fronted):
        # "Die Kosten bezifferte der Bürgermeister auf …", "Die Zahl der …, bezifferte die
        # Agentur X heute mit 13": a speaker after the verb, then the judgement's preposition;
        # the fronted thing is the judged object
        return parse(post.group("np"), base + post.start("np"), ctx.pack), base + post.end("np")
    verb = re.search(r"(\S+)\s*$", m[:ve - base])
    if inanimate_np(ctx.pack, fronted, ctx.lx.documents, verb.group(1) if verb else "") and \
            _speaks(ctx, post.group("np")):
        # "Diese Entscheidung kritisierte die Ministerin scharf", "Die praktische Anwendung
        # der Richtlinie stellte der SPD-Vorsitzende in Frage": a decision cannot speak, so the
        # fronted phrase is the object and the speaker after the verb the subject (animacy.py)
        return parse(post.group("np"), base + post.start("np"), ctx.pack), base + post.end("np")
    words = {w.lower() for w in re.findall(r"[\w-]+", fronted)}
    accusative = re.match(r"(?:Den|Einen|Diesen|Jenen|Seinen|Ihren|Unseren)\s", fronted)
    if words & (ctx.lx.documents | _FRONTED) or post.group("np") == "er" or accusative:
        return parse(post.group("np"), base + post.start("np"), ctx.pack), base + post.end("np")
    return None


def _speaks(ctx: Ctx, np_text: str) -> bool:
    """Can the phrase after the verb be the speaker when the first field cannot speak?"""
    return _agent(ctx, np_text) or np_text in ("sie", "Sie") or animate_np(ctx.pack, np_text)


def _impersonal_source(ctx: Ctx, m: str, base: int, cstart: int, uend: int) -> SourceMention | None:
    """`Aus Regierungskreisen hieß es, …` / `In einer Mitteilung der Polizei hieß es …`."""
    for sm in _IMPERSONAL_SRC.finditer(m, cstart - base):
        if not (sm.group(0)[:1] in "Ii" and circumstance(ctx.pack, sm.group("np"))):
            break  # "Im Mai hieß es, …": a time names no sayer
    else:
        return None
    return _unwrap(ctx, sm.group("np"), base + sm.start("np"))


def _clause_subject(ctx: Ctx, m: str, base: int) -> SourceMention | None:
    sm = _NP_AT.match(m)
    return parse(sm.group("np"), base + sm.start("np"), ctx.pack) if sm else None


def _clause_start(m: str, base: int, at: int) -> int:
    """Start of the clause that ends at `at`: after the last colon/semicolon before it."""
    cut = max(m.rfind(":", 0, at), m.rfind(";", 0, at))
    return base + (cut + 1 if cut >= 0 else 0)


def _vias(ctx: Ctx, start: int, end: int, m: str, base: int) -> list[Via]:
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



def _recent(state: State, unit: Unit) -> SourceMention | None:
    """The source of the previous unit of the same paragraph (or of this one), if any."""
    if state.source is None or state.paragraph != unit.paragraph or \
            state.counter - state.unit > 1:
        return None
    return copy_source(state.source)


def _reach(state: State, unit: Unit, units_back: int) -> SourceMention | None:
    """The last source if it was named in this or the previous paragraph, a few units back."""
    if state.source is None:
        return None
    if unit.paragraph - state.paragraph > 1 or state.counter - state.unit > units_back:
        return None
    return copy_source(state.source)
