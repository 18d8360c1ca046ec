"""Who owns a German Konjunktiv sentence when the last speaker does not fit it.

A Konjunktiv I run goes on with the last speaker (`hearsay._continuation`). Grammar can
overrule that choice, and these are the constructions read here:

- an explicit subject naming the speaker: "Dazu sehe er, Köhler, keine Alternative." (a
  pronoun with the speaker's name apposed between commas: the writer says whose words these
  are, and the run from here on is his);
- agreement: "Sie wisse, dass …" (a singular verb and "sie") cannot be the words of a male
  speaker (a male first name, "Herr", a role noun without the feminine -in), "Er habe …" not
  those of a woman, and "sie seien …" (plural) not those of one person; the pronoun itself
  becomes the source so that the resolver finds the fitting antecedent;
- an indicative main clause whose subject is a party or a coordination of bodies and whose
  dass-clause is in Konjunktiv ("CDU und FDP setzten dem entgegen, dass es … sei"), or a
  dative experiencer of "wichtig"/"ein Anliegen" with a zu-infinitive of saying ("SPD und
  Linken war es wichtig zu betonen, dass …"): the subject (the dative) speaks, and the run
  after it is theirs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import Attribution, Document, SourceMention, Span
from ...source_words import lexicon as source_lexicon
from ..common import Unit, copy_source
from .clauses import Ctx
from .mentions import NP, parse

#: "sehe er, Köhler, keine …": a subject pronoun, then a name between commas
_APPOSED_NAME = re.compile(r"""(?<![\w-])(?P<pron>er|sie|Er|Sie)\s*,\s*
                               (?P<name>(?:[A-ZÄÖÜ][\w'’-]+\s+){0,2}[A-ZÄÖÜ][\w'’-]+)
                               \s*,""", re.VERBOSE)


def explicit_subject(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """The named speaker apposed to a subject pronoun of the Konjunktiv unit `m`."""
    am = _APPOSED_NAME.search(m)
    if am is None or ctx.lx.mood(m) is None:
        return None
    src = parse(am.group("name"), unit.span.start + am.start("name"), ctx.pack)
    if src is None or src.type != "person" or not src.name:
        return None
    return src


#: the subject pronoun of a Konjunktiv unit and its finite verb: "Sie wisse", "Dabei habe sie"
_PRON_FIRST = re.compile(r"\s*(?P<pron>Er|Sie)\s+(?P<v>[a-zäöüß]+)(?![\w-])")
_PRON_SECOND = re.compile(r"""\s*(?:[A-ZÄÖÜ][a-zäöüß]+|Am\s+\w+|Im\s+\w+)\s+
                              (?P<v>[a-zäöüß]+)\s+(?P<pron>er|sie)(?![\w-])""", re.VERBOSE)
#: Konjunktiv and indicative forms whose number is plain from the ending
_PLURAL_VERB = re.compile(r"(?:en|ten|ren|seien|wären|hätten|würden|könnten|müssten|sollten)$")
_SINGULAR_VERB = re.compile(r"(?:e|te|sei|wäre|hätte|würde|könnte|müsste|sollte|ist|hat|"
                            r"war|wird|kann|muss|soll|will)$")
#: male and female title words before a name
_TITLES = {"herr": "m", "herrn": "m", "frau": "f"}


def gender_of(ctx: Ctx, src: SourceMention) -> str:
    """'m', 'f' or '' for a person source: a first name (in the mention or with the surname
    elsewhere in the text), a title ("Frau", "Herr") or a role noun ("Dekanin", "Dekan")."""
    if src.type != "person":
        return ""
    words = [w for w in re.findall(r"[\w'’-]+", src.name or src.text) if w[:1].isupper()]
    if words and words[0].lower() in _TITLES:
        return _TITLES[words[0].lower()]
    lex = source_lexicon()
    for w in words:
        g = lex.first_name(w)
        if g in ("m", "f"):
            return g
    if words and src.name and not src.role:
        # a surname alone: the text may give it with a first name ("Manfred Berg … Berg")
        first = name_index(ctx.doc).first.get(words[-1])
        g = lex.first_name(first) if first else None
        if g in ("m", "f"):
            return g
    role = (src.role or "").split()[-1:] if src.role else []
    if role:
        head = role[0]
        if re.search(r"(?:in|innen)$", head) and not re.search(r"(?:ein|Admin|Kardin)$", head):
            return "f"
        return "m" if head[:1].isupper() else ""
    return ""


#: a capitalised word and the word after it ("Manfred Berg"); the lookahead keeps pairs overlapping
_PAIR = re.compile(r"(?<![\w-])([A-ZÄÖÜ][a-zäöüß]+)\s+(?=([\w'’-]+))")
#: the same with hyphenated given names ("Hans-Peter Berg")
_PAIR_HYPHEN = re.compile(r"(?<![\w-])((?:[A-ZÄÖÜ][a-zäöüß]*-)*[A-ZÄÖÜ][a-zäöüß]+)\s+"
                          r"(?=([\w'’-]+))")


@dataclass(frozen=True)
class NameIndex:
    """Which words of one document follow a capitalised given name, built once per document
    (one search of the whole text per unit made long documents quadratic)."""

    #: a word -> the capitalised word before its first occurrence ("Berg" -> "Manfred")
    first: dict[str, str]
    #: a word -> the end offset of its first occurrence after a (hyphenated) given name
    seen: dict[str, int]


#: the index of the document read last (a new document replaces it)
_LAST: list[tuple[Document, NameIndex]] = []


def _keys(word: str) -> list[str]:
    """`word` and its prefixes before a quote mark: "Berg’s" is Berg, "Bergs" is not."""
    return [word] + [word[:q.start()] for q in re.finditer(r"['’]", word)]


def name_index(doc: Document) -> NameIndex:
    """The `NameIndex` of `doc`, built on first use."""
    last = _LAST[-1] if _LAST else None
    if last is not None and last[0] is doc:
        return last[1]
    first: dict[str, str] = {}
    seen: dict[str, int] = {}
    for pm in _PAIR.finditer(doc.text):
        for key in _keys(pm.group(2)):
            first.setdefault(key, pm.group(1))
    for pm in _PAIR_HYPHEN.finditer(doc.text):
        for key in _keys(pm.group(2)):
            seen.setdefault(key, pm.end() + len(key))
    index = NameIndex(first, seen)
    _LAST[:] = [(doc, index)]
    return index


def introduced(doc: Document, word: str, before: int | None = None) -> bool:
    """Does the text give `word` after a given name ("Reinhold Gall … Gall"), ending before
    offset `before` when given?"""
    end = name_index(doc).seen.get(word)
    return end is not None and (before is None or end <= before)


def _speaker_verbs(ctx: Ctx) -> frozenset[str]:
    """The Konjunktiv forms whose subject pronoun is the speaker (owner_verbs.tsv)."""
    done = ctx.pack.hooks.get("_de_owner_verbs")
    if done is None:
        done = frozenset(r["word"] for r in ctx.pack.lexicon("owner_verbs"))
        ctx.pack.hooks["_de_owner_verbs"] = done
    return done


def agreeing(ctx: Ctx, unit: Unit, m: str, src: SourceMention | None) -> SourceMention | None:
    """`src` when the Konjunktiv unit's subject pronoun can refer to it, else the pronoun.

    "Sie wisse, …" after a male speaker is someone else's statement: the pronoun is returned
    as the source (the resolver links it to the fitting antecedent)."""
    if src is None or src.type != "person":
        return src
    pm = _PRON_FIRST.match(m) or _PRON_SECOND.match(m)
    if pm is None:
        return src
    pron, verb = pm.group("pron").lower(), pm.group("v")
    if verb not in _speaker_verbs(ctx):
        return src  # "Sie hätte saniert werden müssen": the pronoun may be the clause's thing
    plural = bool(_PLURAL_VERB.search(verb)) and not _SINGULAR_VERB.search(verb)
    singular = bool(_SINGULAR_VERB.search(verb)) and not plural
    if " und " in src.text:
        return src  # "Schulz und Hoffmann": a coordination is plural
    gender = gender_of(ctx, src)
    wrong = (pron == "sie" and singular and gender == "m") or \
        (pron == "sie" and plural and gender != "") or (pron == "er" and gender == "f")
    if not wrong:
        return src
    at = unit.span.start + pm.start("pron")
    return SourceMention(text=pm.group("pron"), span=Span(at, at + len(pm.group("pron"))),
                         name=pm.group("pron"), type="person")


#: "CDU und FDP setzten dem entgegen, dass …": bodies coordinated as the subject
_COORDINATED = re.compile(rf"""\s*(?P<np>(?:die\s+|Die\s+)?[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?
                                (?:\s*,\s*[A-ZÄÖÜ][\w-]*)*\s+(?:und|sowie)\s+
                                (?:die\s+)?[A-ZÄÖÜ][\w-]*)
                               \s+(?P<v>[a-zäöüß]+)(?![\w-])""", re.VERBOSE)
#: "SPD und Linken war es wichtig zu betonen, dass …": a dative experiencer of a concern
_EXPERIENCER = re.compile(rf"""\s*(?P<np>{NP}(?:\s+(?:und|sowie)\s+{NP})?)\s+
                               (?:war|ist|sei|wäre)\s+es\s+(?:(?:besonders|sehr|vor\s+allem)\s+)?
                               (?:wichtig|ein\s+(?:großes\s+|besonderes\s+)?Anliegen)
                               \s*,?\s+(?:[a-zäöüß]+\s+){{0,3}}zu\s+(?P<v>[a-zäöüß]+)
                               (?=\s*,)""", re.VERBOSE)


def indicative_opening(ctx: Ctx, m: str, om: re.Match[str] | None, shape: str) -> bool:
    """Is the verb (group `v`) of the opening match `om` an indicative of `shape`, with no
    Konjunktiv up to it? ("CDU und FDP setzten …", "Minister X zeigte sich …"; not "Minister
    X habe …", whose Konjunktiv makes it the previous speaker's report about X)"""
    return om is not None and ctx.lx.mood(m[:om.end()]) is None and \
        om.group("v") not in ctx.lx.k_forms and re.fullmatch(shape, om.group("v")) is not None


def party_subject(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """The coordinated bodies (or the dative experiencer) of an indicative main clause whose
    dass-clause carries the Konjunktiv: they are the speakers."""
    em = _EXPERIENCER.match(m)
    if em is not None and ctx.lx.cue.fullmatch(em.group("v")):
        src = parse(em.group("np"), unit.span.start + em.start("np"), ctx.pack)
        if src is not None and src.type in ("organisation", "government", "group", "person"):
            return src
    cm = _COORDINATED.match(m)
    if not indicative_opening(ctx, m, cm, r"[a-zäöüß]+(?:te|ten|en|t)"):
        return None
    assert cm is not None
    rest = m[cm.end():]
    dm = re.search(r",\s*dass\s", rest)
    if dm is None or ctx.lx.mood(rest[dm.end():]) is None or "." in rest[:dm.start()]:
        return None
    src = parse(cm.group("np"), unit.span.start + cm.start("np"), ctx.pack)
    if src is None or src.type not in ("organisation", "government", "group"):
        return None
    return src


#: a document noun phrase with a determiner or possessive: "seinen Bericht", "die neue Studie"
_DOC_NP = re.compile(r"""(?<![\w-])(?:seine[nmrs]?|ihre[nmrs]?|de[nmrs]|die|das|eine[nmrs]?|
                         diese[nmrs]?)\s+(?:[a-zäöüß]+e[nmrs]?\s+)?
                         (?P<noun>[A-ZÄÖÜ][\w-]+)(?![\w-])""", re.VERBOSE)


def _document_before(ctx: Ctx, prev: Span | None) -> SourceMention | None:
    """The last document named in the previous unit ("brachten seinen Bericht … So heißt es")."""
    if prev is None:
        return None
    text = ctx.doc.text[prev.start:prev.end]
    docs = [dm for dm in _DOC_NP.finditer(text)
            if any(dm.group("noun").lower().endswith(d) for d in ctx.lx.documents if len(d) >= 4)]
    if not docs:
        return None
    # "seinen Bericht über die Steuerdaten": a possessive marks the author's own document
    own = [dm for dm in docs if re.match(r"(?:seine|ihre)", dm.group())]
    dm = own[0] if own else docs[-1]
    return parse(dm.group(), prev.start + dm.start(), ctx.pack)


def outside_content(ctx: Ctx, found: list[Attribution], fallback: SourceMention | None) -> None:
    """A source never lies inside its own content ("So heißt es, die Verwaltung habe … im
    Internet veröffentlicht" names no source "Internet"): drop it for a document named in the
    previous unit, else the run owner `fallback`, else none."""
    for att in found:
        s = att.source
        if s is None or s.span is None or att.content is None:
            continue
        c = att.content.span
        if not (c.start < s.span.start and s.span.end <= c.end):
            continue
        if att.kind == "according_to" or att.cue is None or att.cue.span.end > c.start:
            # "Laut X …" keeps its frame in the content; "Seine Werke werden von Kennern als
            # … gesehen" its passive agent: only a frame before its content is read here
            continue
        att.source = _document_before(ctx, ctx.state.previous) or copy_source(fallback)
