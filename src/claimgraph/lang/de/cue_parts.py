"""German cues written in pieces: the words of the frame that belong to the reporting verb.

The rules find a frame by its finite verb (`teilte`); the annotation convention
(docs/annotation.md) writes the cue as every word of the verb: a separable particle closing
the clause (`teilte … mit`, `fanden … heraus`), a fixed noun (`kam zu dem Schluss`), a
reflexive (`äußerte sich`, `zeigte sich besorgt`), the preposition of a prepositional object
(`sprach von`, `rechnet mit`) or its correlative adverb before the clause (`geht davon aus`,
`wies darauf hin`, `hält es für möglich`). According-to phrases keep a plain statement noun
(`nach Angaben`, `Laut einem Bericht`) but not a compound or a document (`Nach`
Polizeiangaben); a postposed `so` before a verb is no part of the verb's cue (`so schrieb`).

A cue in pieces is a `SplitCue`: its `text` and `span` stay the reporting verb, so the
contract's promise `text[start:end] == cue.text` holds; the added `words` field joins the
pieces in text order ("teilte mit") and `spans` lists every piece. Scoring compares the
token set of `words` where it is given, so it sees both parts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from ...model import Attribution, Span, TextSpan
from ..base import LanguagePack
from .lexicon import Compiled


@dataclass
class SplitCue(TextSpan):
    """A cue of several words: `text`/`span` are the reporting verb, `words` all pieces."""

    spans: list[Span] = field(default_factory=list)
    words: str = ""

    def to_dict(self) -> dict[str, Any]:
        out = super().to_dict()
        out["words"] = self.words
        out["spans"] = [s.to_list() for s in self.spans]
        return out


#: verbs whose reflexive takes a predicative adjective of stance: "zeigte sich besorgt",
#: "gab sich überzeugt" (the adjective is a word of the cue)
_PREDICATIVE_REFL = frozenset({"zeigen", "geben"})
#: correlative adverbs standing for the clause that follows ("geht davon aus, dass …")
_CORRELATIVES = {"davon", "darauf", "davor", "daran", "darüber", "dafür", "damit", "dazu",
                 "darum", "dagegen"}
#: a correlative the verb may take without a prepositional frame (dazu: "sagte dazu")
_PLAIN_CORRELATIVES = _CORRELATIVES - {"dazu", "damit", "dagegen"}
#: the end of a frame's sentence: a colon, semicolon, ! ? or a full stop that ends no
#: abbreviation ("teilte Dr. Weber mit" goes on), or an opening quotation mark
_SENTENCE_END = re.compile(r"""[;:!?\n]
                               | (?<!\b[A-ZÄÖÜ])(?<!\bDr)(?<!\bProf)(?<!\bSt)(?<!\bNr)\.""",
                           re.VERBOSE)
#: a particle closes its clause: punctuation, a conjunction or the end follows
_CLOSES = r"(?=\s*(?:[,.;:!?»«„“”\"()–—]|$)|\s+(?:und|oder|sowie|aber)\b)"
_FIXED_NOUN_LEAD = r"(?:(?:zu|zum|zur|in|ins|im|auf|vor|von)\s+)?(?:(?:dem|der|die|den|das|einem|einer)\s+)?"
#: a subject between the reflexive and its adjective: an article or name and up to 3 words
_SUBJECT_AFTER = re.compile(r"""\s+(?:der|die|das|den|dem|des|ein|eine|einer|[A-ZÄÖÜ][\w'’.-]*)
                               (?:\s+[A-ZÄÖÜ][\w'’.-]*){0,3}(?=\s+[a-zäöüß])""", re.VERBOSE)
_ARTICLE = r"(?:(?:einem|einer|einen|eines|dem|der|den|des|ihrem|ihren|ihrer|seinem|seinen|seiner)\s+)?"


def words(pack: LanguagePack, role: str) -> frozenset[str]:
    """The words of cue_words.tsv with `role` (cached on the pack)."""
    key = f"_cue_words_{role}"
    done = pack.hooks.get(key)
    if done is None:
        done = frozenset(r["word"] for r in pack.lexicon("cue_words") if r["role"] == role)
        pack.hooks[key] = done
    return done


def complete_cues(text: str, atts: list[Attribution], lx: Compiled,
                  pack: LanguagePack) -> None:
    """Give each German attribution's cue all its words (in place)."""
    for att in atts:
        cue = att.cue
        if cue is None or not cue.text or isinstance(cue, SplitCue):
            continue
        new = _according(text, cue, pack) or _so_verb(cue, lx) or _wie_aus(text, cue, lx) or \
            _verb_pieces(text, cue, att.content.span, lx, pack)
        new = _with_wie(text, new or cue, lx)
        if new is cue:
            continue
        att.cue = new
        body = att.content.span
        lead = next((p for p in getattr(new, "spans", ()) if p.start == body.start), None)
        if lead is not None:  # "sprach von „…“": the preposition is the cue's, not the claim's
            start = re.compile(r"[\s,:]*").match(text, lead.end).end()
            if start < body.end:
                att.content = TextSpan(text[start:body.end], Span(start, body.end))


def _piece_cue(text: str, pieces: list[Span], head: Span) -> TextSpan:
    pieces = sorted({(s.start, s.end): s for s in pieces}.values(), key=lambda s: s.start)
    if len(pieces) == 1:
        return TextSpan(text[head.start:head.end], head)
    return SplitCue(text[head.start:head.end], head, pieces,
                    " ".join(text[s.start:s.end] for s in pieces))


def _according(text: str, cue: TextSpan, pack: LanguagePack) -> TextSpan | None:
    """`Nach Polizeiangaben` -> `Nach`; `laut` + `Angaben` -> `laut Angaben`."""
    parts = cue.text.split()
    first = parts[0].lower()
    if first not in ("nach", "laut", "gemäß"):
        return None
    statement = words(pack, "statement")
    start = cue.span.start
    if len(parts) > 1:
        if parts[-1] in statement or first != "nach":
            return None
        return TextSpan(parts[0], Span(start, start + len(parts[0])))
    if first == "nach":
        return None
    nm = re.compile(rf"\s+{_ARTICLE}(?P<noun>[A-ZÄÖÜ][\wäöüß]*)(?![\w-])").match(
        text, cue.span.end)
    if nm is None or nm.group("noun") not in statement:
        return None
    if re.match(r"\s+(?:seine|ihre)", text[cue.span.end:nm.start("noun")]):
        # "Gemäß seiner Aussage": the possessive names the speaker, it is no cue word
        return _piece_cue(text, [cue.span, Span(nm.start("noun"), nm.end())], cue.span)
    return TextSpan(text[start:nm.end()], Span(start, nm.end()))


def _so_verb(cue: TextSpan, lx: Compiled) -> TextSpan | None:
    """`…, so schrieb X` : the verb is the cue, `so` only links the frame."""
    sm = re.fullmatch(r"[Ss]o\s+(\S+)", cue.text)
    if sm is None or sm.group(1) not in lx.rows:
        return None
    return TextSpan(sm.group(1), Span(cue.span.start + sm.start(1), cue.span.end))


def _verb_pieces(text: str, cue: TextSpan, content: Span, lx: Compiled,
                 pack: LanguagePack) -> TextSpan | None:
    form = cue.text
    if " " in form or form not in lx.rows:
        return None
    head = cue.span
    row = lx.row_for(form, text, head.end)
    if row is None:
        return None
    limit = _sentence_end(text, head.end)
    pieces = [head]
    pos = head.end
    bm = re.search(r"(?<![\w-])(da[a-zäöü]+)\s+$", text[max(0, head.start - 12):head.start])
    if bm is not None and bm.group(1) in _PLAIN_CORRELATIVES:  # "war davon ausgegangen, dass"
        pieces.append(Span(head.start - len(bm.group()), head.start - len(bm.group()) + len(bm.group(1))))
    rm = re.compile(r"\s+(?:(?:er|sie|es|man)\s+)?(?P<sich>sich)(?![\w-])").match(text, pos)
    if rm is not None and rm.end() <= limit:
        pieces.append(Span(rm.start("sich"), rm.end("sich")))
        pos = rm.end()
        if row["lemma"] in _PREDICATIVE_REFL:
            adj = _predicative(text, pos, limit, pack)
            if adj is None:  # "zeigte sich der Bürgermeister enttäuscht:"
                sm = _SUBJECT_AFTER.match(text, pos)
                if sm is not None and sm.end() <= limit:
                    adj = _predicative(text, sm.end(), limit, pack)
            if adj is not None:
                pieces.append(adj)
    particle = row["particle"]
    if particle and not form.startswith(particle):
        found = _particle(text, pos, limit, particle)
        if found is not None:
            pieces.append(found)
            # "schloss nicht aus": a negation right before the particle changes the claim
            nm = re.search(r"(?<![\w-])nicht\s+$", text[max(0, found.start - 8):found.start])
            if nm is not None and found.start - 8 + nm.start() >= pos:
                pieces.append(Span(found.start - len(nm.group()), found.start - len(nm.group()) + 5))
    # a verb that takes its dass-clause itself keeps the correlative out of its cue
    # ("begründete X damit, dass …": gold writes "begründete"; "mit" frames only its PP)
    preps = {f[5:] for f in row["frame"].split(",") if f.startswith("prep:")
             and "dass" not in row["frame"].split(",")}
    if content.start >= head.end and row["lemma"] not in _PREDICATIVE_REFL:  # not "zeigte sich darüber …"
        pieces.extend(_before_content(text, head.end, content.start, preps, bool(particle), pack))
        pieces.extend(_content_lead(text, content, preps, bool(particle), pack))
    if len(pieces) == 1:
        return None
    return _piece_cue(text, pieces, head)


def _sentence_end(text: str, at: int) -> int:
    sm = _SENTENCE_END.search(text, at, min(len(text), at + 400))
    return sm.start() if sm else min(len(text), at + 400)


def _particle(text: str, pos: int, limit: int, particle: str) -> Span | None:
    """The separable particle (or fixed noun) of the verb between `pos` and `limit`."""
    if particle[:1].isupper():  # a fixed noun: "kam zu dem Schluss", "nahm … Stellung"
        pm = re.compile(rf"(?<![\w-]){_FIXED_NOUN_LEAD}{re.escape(particle)}(?![\w-])").search(
            text, pos, limit)
    else:
        pm = re.compile(rf"(?<![\w-]){re.escape(particle)}(?![\w-]){_CLOSES}").search(
            text, pos, limit)
        if pm is None:  # the particle closing the sentence just past an apposition
            pm = re.compile(rf"(?<![\w-]){re.escape(particle)}(?![\w-])\s*[.!?]").search(
                text, pos, min(len(text), limit + 1))
            if pm is not None:
                return Span(pm.start(), pm.start() + len(particle))
    return Span(pm.start(), pm.end()) if pm is not None else None


def _predicative(text: str, pos: int, limit: int, pack: LanguagePack) -> Span | None:
    """`zeigte sich (sehr) besorgt`: the adjective after the reflexive."""
    degree = words(pack, "degree")
    for wm in re.compile(r"\s+([a-zäöüß][\wäöüß]*)").finditer(text, pos, limit):
        if wm.start() != pos:
            return None
        word = wm.group(1)
        if word in degree or word in _CORRELATIVES:  # "zeigte sich besonders darüber besorgt"
            pos = wm.end()
            continue
        if word in words(pack, "stance") or re.search(
                r"(?:t|en|ig|lich|isch|bar|sam|iert|voll|los)$", word) and word not in \
                ("dass", "mit", "von", "vor", "gegen", "nicht", "bereit"):
            return Span(wm.start(1), wm.end(1))
        return None
    return None


def _before_content(text: str, start: int, end: int, preps: set[str], has_particle: bool,
                    pack: LanguagePack) -> list[Span]:
    """Words between the verb and its content that belong to the cue: a correlative adverb
    (`davon`, `darauf`), `für` + a predicative adjective, or the preposition that opens a
    prepositional-object content (`sprach von „…“`; not after a particle verb: gold writes
    `wiesen … hin` for `wiesen auf die Gefahren hin`)."""
    out: list[Span] = []
    region = text[start:end]
    allowed = set(_PLAIN_CORRELATIVES)
    for p in preps:
        allowed.add(("dar" if p[:1] in "aeiouäöü" else "da") + p)
    for cm in re.finditer(r"(?<![\w-])(da[a-zäöü]+)(?![\w-])", region):
        if cm.group(1) in allowed and re.match(r"\s*(?:[a-zäöü]+\s*)?[,:]?\s*(?:dass|ob)?\s*$",
                                              region[cm.end():]):
            out.append(Span(start + cm.start(1), start + cm.end(1)))
    fm = re.search(r"(?<![\w-])für\s+([a-zäöü]+)(?=\s*[,:]?\s*(?:dass|ob|zu)?\s*$)", region)
    if fm is not None and fm.group(1) in words(pack, "frame_adj"):
        out.append(Span(start + fm.start(), start + fm.end()))
    if not has_particle and not out:
        pm = re.search(r"(?<![\w-])([a-zäöü]+)\s*[„«»“”\"]?\s*$", region)
        if pm is not None and pm.group(1) in preps & words(pack, "prep"):
            out.append(Span(start + pm.start(1), start + pm.end(1)))
    return out


def _content_lead(text: str, content: Span, preps: set[str], has_particle: bool,
                  pack: LanguagePack) -> list[Span]:
    """A frame word the content starts with: the preposition of a prepositional-object
    content (`von einer „…“`) or `es für möglich, …` of a verb of holding."""
    lead = text[content.start:content.end]
    fm = re.match(r"(?:es\s+)?(?:[a-zäöü]+\s+){0,2}?(für\s+([a-zäöü]+))(?=\s*,)", lead)
    if fm is not None and "für" in preps and fm.group(2) in words(pack, "frame_adj"):
        return [Span(content.start + fm.start(1), content.start + fm.end(1))]
    cm = re.match(r"(da[a-zäöü]+)(?=\s*,)", lead)  # "sprachen davon, dass …"
    if cm is not None and cm.group(1) in _PLAIN_CORRELATIVES:
        return [Span(content.start, content.start + cm.end(1))]
    pm = re.match(r"([a-zäöü]+)(?![\w-])", lead)
    if not has_particle and pm is not None and pm.group(1) in preps & words(pack, "prep"):
        return [Span(content.start, content.start + pm.end(1))]
    return []


#: the start of a `wie`-frame clause before its verb: "…, wie die Ministerin, Jan Weber,
#: mitteilte"; not an interrogative "wie viele/lange/hoch"
_WIE_CLAUSE = re.compile(r"""(?:^|(?<=[,.;:!?–—(])|(?<=^\s))\s*(?P<wie>[Ww]ie)\s+
                             (?!viel|lange|hoch|weit|oft|groß|sehr|genau|bereits|schon)
                             [^,.;:!?„“”«»"()]*$""", re.VERBOSE)
_APPOSITION = re.compile(r",\s*(?:[A-ZÄÖÜ][\w'’.-]*\s+){0,3}[A-ZÄÖÜ][\w'’-]*(?:\s*\([^()]{1,30}\))?\s*,")


def _with_wie(text: str, cue: TextSpan, lx: Compiled) -> TextSpan:
    """`wie X mitteilte`: the clause's `wie` is a word of the cue (`wie mitteilte`)."""
    head = cue.span
    if cue.text.split()[0] not in lx.rows:
        return cue
    lo = max(0, head.start - 160)
    window = _APPOSITION.sub(lambda m: " " * len(m.group()), text[lo:head.start])
    wm = _WIE_CLAUSE.search(window)
    if wm is None:
        return cue
    wie = Span(lo + wm.start("wie"), lo + wm.end("wie"))
    pieces = list(getattr(cue, "spans", None) or [head])
    return _piece_cue(text, [wie] + pieces, head)


def _wie_aus(text: str, cue: TextSpan, lx: Compiled) -> TextSpan | None:
    """`Wie sich aus der Auswertung … ergab` -> `Wie ergab` (the aus-PP is the source)."""
    wm = re.fullmatch(r"([Ww]ie)\s.*\s(\S+)", cue.text, re.DOTALL)
    if wm is None or wm.group(2) not in lx.rows:
        return None
    verb = Span(cue.span.start + wm.start(2), cue.span.start + wm.end(2))
    return _piece_cue(text, [Span(cue.span.start, cue.span.start + len(wm.group(1))), verb], verb)
