"""English attribution rules: cue verbs, quotations, `according to`, relays and hedges.

Work happens per paragraph on a *masked* copy of the text in which the inside of every
outermost quotation is replaced by placeholder letters: cue words inside a quotation are not
the writer's attributions, and a multi-sentence quote must not be cut by the sentence
splitter. Each cue is read in three steps: who is to its left (the speaker, after skipping
auxiliaries and adverbials), what is to its right (a quotation, a `that` clause, a bare clause,
or nothing, in which case the content stood before), and whether a relay (`told Reuters`,
`citing`, `according to` an outlet) passes it on.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ...model import Attribution, Document, Quote, SourceMention, Span, Via
from ...segment import sentences_in
from ..base import load_tsv
from . import mentions
from .mentions import is_outlet, parse

FOLDER = Path(__file__).parent
QUOTE_OPEN = "\"“‘'«»„"
QUOTE_CLOSE = "\"”’'»«“"
BE = r"(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)"
# clause boundaries left of a cue: the speaker starts after the last of them
_LEFT_BOUNDARY = re.compile(
    r"""(?:[;:]\s                                   # semicolon, colon
       | ,\s*(?:and|but|while|whereas|although|though|because|since|so|yet|or|as|when|after)\s
       | \s(?:but|while|whereas|because|although|though|since|when|as|if|unless|until|after|before)\s
       | \bthat\s                                   # "he said that officials said"
       | [”"’»]\s*,?\s                              # after a closed quotation
       | \s[—–]\s
    )""",
    re.VERBOSE,
)
# words that open an adverbial chunk rather than a speaker: "On Friday, ..." "In a statement, ..."
_ADVERBIAL_START = re.compile(
    r"""^(?:on|in|at|during|after|before|since|following|despite|under|with|without|for|from
         |yesterday|today|tonight|earlier|later|meanwhile|however|also|separately|additionally
         |speaking|writing|asked|responding|according|citing|quoting|as|when|while|last|this|next
         |furthermore|moreover|still|nevertheless|instead|now|then|thus|overall|elsewhere|in\s+addition
         |previously|recently|subsequently|finally|first|second|similarly|likewise|too)\b""",
    re.VERBOSE | re.IGNORECASE,
)
_CLAUSE_END = re.compile(
    r"""(?:;\s
       | ,\s*(?:adding|saying|noting|citing|quoting|according\s+to|while|whereas|but|which\s+(?:he|she|they|it))\b
       | \s(?:while|whereas)\s
       | :\s
    )""",
    re.VERBOSE,
)
_OBJECT_WORDS = frozenset(
    "him her them me us reporters journalists lawmakers parliament supporters the press media "
    "colleagues staff viewers listeners readers members students residents".split()
)
_REPORTATIVE = re.compile(
    r"""\b(?P<adv>[Rr]eportedly|[Aa]llegedly|[Pp]urportedly|[Ss]upposedly|[Rr]umou?redly)\b
      | \b(?P<pass>(?:is|are|was|were)\s+(?:\w+ly\s+)?(?:said|believed|reported|thought|alleged|rumou?red|understood|claimed|feared|estimated)\s+to)\b
      | \b(?P<it>[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reported|alleged|claimed|believed|said|rumou?red|understood|feared)\s+that)\b
    """,
    re.VERBOSE,
)
_ACCORDING = re.compile(r"\b[Aa]ccording\s+to\b")
_QUOTED_AS = re.compile(
    r"""(?:was|were|is|has\s+been)\s+(?P<cue>quoted)(?:\s+by\s+(?P<relay>[^,]+?))?\s+as\s+(?:saying|telling\s+\S+)
      | (?P<cue2>quoted)\s+(?P<src>[^,.;]+?)\s+as\s+(?:saying|telling\s+\S+)
    """,
    re.VERBOSE,
)
_TITLE_BEFORE = re.compile(
    r"(?:titled|entitled|called|named|dubbed|nicknamed|so-called|known\s+as|film|movie|book|novel|song|"
    r"album|series|show|play|poem|painting|article|headline|slogan|hashtag|the\s+word|the\s+term|"
    r"the\s+phrase|labell?ed|branded|described\s+as)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    klass: str
    takes_object: bool
    needs_that: bool


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    cue_re: re.Pattern[str]
    lookalikes: tuple[re.Pattern[str], ...]
    before: re.Pattern[str]
    after: re.Pattern[str]


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Cue verbs, look-alikes and skippable adverbials of this pack, compiled once."""
    cues = {
        r["form"]: Cue(r["form"], r["lemma"], r["class"], r["object"] == "yes", r["needs"] == "that")
        for r in load_tsv(FOLDER / "cues.tsv")
    }
    forms = sorted(cues, key=len, reverse=True)
    cue_re = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w'’-])")
    looks = tuple(re.compile(r["pattern"], re.IGNORECASE) for r in load_tsv(FOLDER / "lookalikes.tsv"))
    adv = load_tsv(FOLDER / "adverbials.tsv")
    before = "|".join(r["pattern"] for r in adv if r["where"] in ("before", "both"))
    after = "|".join(r["pattern"] for r in adv if r["where"] in ("after", "both"))
    return Lexicon(
        cues, cue_re, looks,
        re.compile(rf"(?<![\w'’-])(?:{before})\s*,?\s*$", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:{after})\b\s*,?", re.IGNORECASE),
    )


@dataclass
class Para:
    """One paragraph being read: the document, its masked text and the quotes in it."""

    doc: Document
    index: int
    start: int
    end: int
    masked: str
    quotes: list[Quote]
    found: list[Attribution] = field(default_factory=list)
    used_quotes: set[int] = field(default_factory=set)


def _mask(text: str, quotes: list[Quote]) -> str:
    """`text` with the inside of each outermost quotation replaced by `Qqq…` (final . ! ? kept)."""
    chars = list(text)
    for q in quotes:
        if q.depth != 0 or len(q.inner) < 1:
            continue
        s, e = q.inner.start, q.inner.end
        keep = text[e - 1] if text[e - 1] in ".!?" else None
        for i in range(s, e):
            chars[i] = "q"
        chars[s] = "Q"
        if keep and e - s > 1:
            chars[e - 1] = keep
    # thousands separators must not look like clause commas: 10,000 -> 10'000 (same length)
    return re.sub(r"(?<=\d),(?=\d{3})", "'", "".join(chars))


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) past spaces, commas and final punctuation (quote marks stay outside)."""
    while s < e and text[s] in " ,;:—–-":
        s += 1
    while e > s and text[e - 1] in " ,;:.—–-":
        e -= 1
    return s, e


def _quote_at(p: Para, pos: int) -> Quote | None:
    for q in p.quotes:
        if q.depth == 0 and q.span.start == pos:
            return q
    return None


def _quote_ending(p: Para, pos: int) -> Quote | None:
    for q in p.quotes:
        if q.depth == 0 and q.span.end == pos:
            return q
    return None


def _is_lookalike(text: str, sent: Span, cs: int, ce: int) -> bool:
    window_s = max(sent.start, cs - 40)
    window = text[window_s:min(sent.end, ce + 60)]
    for pat in lexicon().lookalikes:
        for m in pat.finditer(window):
            if m.start() + window_s <= cs and ce <= m.end() + window_s:
                return True
    return False


def _strip_before(masked: str, s: int, e: int) -> int:
    """End of the speaker once auxiliaries/adverbials before the cue are removed."""
    lex = lexicon()
    while True:
        m = lex.before.search(masked, s, e)
        if not m or m.end() != e or m.start() == e:
            return e
        new_e = m.start()
        while new_e > s and masked[new_e - 1] == " ":
            new_e -= 1
        if new_e == e:
            return e
        e = new_e


def _skip_after(masked: str, pos: int, end: int) -> tuple[int, list[Span]]:
    """Position after adverbials that follow a cue; spans of outlets named in them (via)."""
    lex = lexicon()
    vias: list[Span] = []
    while True:
        m = lex.after.match(masked, pos, end)
        if not m or m.end() == pos:
            return pos, vias
        vias.extend(_outlets_in(masked, m.start(), m.end()))
        pos = m.end()


_CAP_RUN = re.compile(r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w.&'’-]*)*")


def _outlets_in(text: str, s: int, e: int) -> list[Span]:
    out = []
    for m in _CAP_RUN.finditer(text, s, e):
        name = m.group().rstrip(".,")
        if is_outlet(name):
            out.append(Span(m.start(), m.start() + len(name)))
    return out


def _via(doc: Document, span: Span) -> Via:
    name = re.sub(r"^(?:the|The)\s+", "", doc.slice(span))
    return Via(name=name, type="outlet", span=span)


@dataclass
class Left:
    """What stands left of a cue: the speaker, content ending before it, relays, a cited source."""

    speaker: Span | None = None
    content_end: int | None = None
    vias: list[Span] = field(default_factory=list)
    cited: Span | None = None


def _speaker_left(p: Para, sent: Span, cs: int) -> Left:
    """Read the words left of a cue (clause-local) into a `Left`."""
    t = p.masked
    out = Left()
    e = _strip_before(t, sent.start, cs)
    while e > sent.start and t[e - 1] == " ":
        e -= 1
    s = sent.start
    for m in _LEFT_BOUNDARY.finditer(t, sent.start, e):
        if m.end() <= e:
            s = m.end()
    if not t[s:e].strip():
        return out
    for _ in range(3):  # at most a few parentheticals: "Cruz, in remarks to ABC, said"
        seg = t[s:e].rstrip()
        if not seg.endswith(","):
            break
        inner_end = s + len(seg) - 1
        last_comma = t.rfind(",", s, inner_end)
        chunk_s = last_comma + 1 if last_comma >= 0 else s
        chunk = t[chunk_s:inner_end].strip()
        if not _ADVERBIAL_START.match(chunk):
            # apposition: "Kubiak, a fire service spokesman," / "The leader, Chuck Schumer,"
            prev = t.rfind(",", s, last_comma) if last_comma >= 0 else -1
            s2 = prev + 1 if prev >= 0 else s
            if last_comma < 0:
                s2 = s
            out.speaker = Span(*_trim(t, s2, inner_end))
            if prev >= 0 and t[s:prev].strip() and not _ADVERBIAL_START.match(t[s:prev].strip()):
                out.content_end = prev
            return out
        out.vias.extend(_outlets_in(t, chunk_s, inner_end))
        cm = re.match(r"\s*(?:citing|quoting)\s+", t[chunk_s:inner_end])
        if cm:
            out.cited = Span(*_trim(t, chunk_s + cm.end(), inner_end))
        e = chunk_s - 1 if last_comma >= 0 else s
    seg = t[s:e]
    comma = seg.rfind(",")
    if comma >= 0:
        head = t[s:s + comma].strip()
        if head and not (_ADVERBIAL_START.match(head) and len(head.split()) <= 6):
            out.content_end = s + comma
        s = s + comma + 1
    lead = re.match(r"(?:when|after|before|as|if|since|although|though|while|because|once|until|"
                    r"which|who|whom|where|and|but|so)\s+", t[s:e], re.IGNORECASE)
    if lead:  # "When the mayor announced …", "which the New York Times called …"
        s += lead.end()
    rel = re.search(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+who\s*$", t[s:e])
    if rel:  # "drafted by Alex Greenwich who said"
        s, e = s + rel.start(1), s + rel.end(1)
    span = Span(*_trim(t, s, e))
    if span.end > span.start and len(t[span.start:span.end].split()) <= 14:
        out.speaker = span
    return out


def _clause_end(p: Para, pos: int, sent: Span, stops: list[int]) -> int:
    """Where content that starts at `pos` ends: sentence end, or a clause that starts another claim."""
    end = sent.end
    m = _CLAUSE_END.search(p.masked, pos, end)
    if m:
        end = m.start()
    for s in stops:
        if pos < s < end:
            end = s
    return end


def _make_source(p: Para, span: Span | None, max_words: int = 5) -> SourceMention | None:
    """The mention at `span`; an unknown short noun phrase still names a source."""
    if span is None:
        return None
    m = parse(p.doc.text, span.start, span.end)
    if m is not None:
        return m
    words = p.doc.slice(span).split()
    if 0 < len(words) <= max_words and (words[0][:1].isupper() or words[0].lower() in mentions.DETERMINERS):
        name = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", p.doc.slice(span))
        kind = mentions.org_type(name) or ("outlet" if is_outlet(name) else "person")
        return SourceMention(p.doc.slice(span), span, name, type=kind)
    return None


def _att(p: Para, kind: str, content: tuple[int, int], cue: tuple[int, int] | None,
         source: SourceMention | None, rule: str, vias: list[Span] | None = None,
         modality: str = "asserted") -> Attribution | None:
    doc = p.doc
    s, e = _trim(doc.text, *content)
    if e - s < 3:
        return None
    if kind != "direct" and any(q.depth == 0 and s <= q.span.start and q.span.end <= e
                                and len(doc.slice(q.inner).split()) >= 2 for q in p.quotes):
        kind = "mixed"
    if kind == "direct":
        q = next((q for q in p.quotes if q.depth == 0 and q.inner.start == s), None)
        if q is not None:
            p.used_quotes.add(q.span.start)
    att = Attribution(
        kind=kind, content=doc.text_span(s, e),
        cue=doc.text_span(*cue) if cue else None, source=source,
        via=[_via(doc, v) for v in (vias or []) if v.start >= 0], modality=modality,
        lang="en", rule=rule,
    )
    p.found.append(att)
    return att


# --- cue verbs ---------------------------------------------------------------------------

_OBJECT = re.compile(
    r"""\s+(?:(?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w.&'’-]*)*)   # Reuters, The Jakarta Post
       | (?:the|a|an|local|state|foreign|national|his|her|their)\s+(?:[\w-]+\s+){0,2}?
         (?:media|press|newspaper|paper|agency|broadcaster|channel|station|outlet|website|network|
            magazine|court|committee|audience|crowd|reporters|journalists|parliament|lawmakers|
            public|nation|country|people|police|investigators|jury|hearing|panel|senators|members)
       | (?:him|her|them|me|us|reporters|journalists|lawmakers|parliament|supporters|colleagues|
            police|investigators|viewers|listeners|readers|residents|Congress))\b""",
    re.VERBOSE,
)
_NO_CLAUSE = re.compile(
    r"\s*(?:to|of|by|for|about|on|in|with|at|from|into|up|out|off|over|against|as|and|or|so|"
    r"nothing|anything|something|yes|no|a\s+lot|(?:it|this|that|so)\s*(?:[.,;!?]|$))\b|\s*[.!?]|\s*$",
    re.IGNORECASE,
)


def _before_frame(p: Para, sent: Span, pos: int) -> bool:
    """True when nothing that could be content follows the cue (it stood before)."""
    rest = p.masked[pos:sent.end]
    if re.match(r"\s*(?:of|about|in|at|on|during|after|before|from|with|when|while|outside|inside)\b"
                r"(?:(?!\bthat\b)[^,;:\"“])*$", rest):
        return True  # '"…," he said of the final.' — a short phrase closes the sentence
    return not rest.strip(" .!?\"”’") or bool(
        re.match(r"\s*,\s*(?:\w+ing|according|in|on|as|while|but|and)\b", rest)
    )


def _read_cue(p: Para, sent: Span, m: re.Match[str], stops: list[int]) -> None:
    doc, t = p.doc, p.masked
    lex = lexicon()
    cue = lex.cues[m.group()]
    cs, ce = m.span()
    if _is_lookalike(doc.text, sent, cs, ce):
        return
    if re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", t[max(sent.start, cs - 30):cs]):
        return  # passive ("was told"); "is said to" belongs to the reportative rule
    if re.search(r"\b(?:to|will|would|could|should|can|may|might|must|did|not|never|n't)\s+$",
                 t[max(sent.start, cs - 12):cs]):
        if not re.search(r"\b(?:has|had|have)\s+\w*\s*$", t[max(sent.start, cs - 20):cs]):
            return  # "wants to say", "did not say", "would tell": no reported content
    left_text = t[sent.start:cs].rstrip()
    pos, vias = _skip_after(t, ce, sent.end)
    obj_end = pos
    if cue.takes_object:
        om = _OBJECT.match(t, pos, sent.end)
        if om:
            if om.group("name") and is_outlet(om.group("name")):
                vias.append(Span(om.start("name"), om.end("name")))
            obj_end = om.end()
        pos, more = _skip_after(t, obj_end, sent.end)
        vias.extend(more)
    rest = t[pos:sent.end]
    participle = cue.form.endswith("ing")
    if participle and not left_text.endswith(","):
        return
    # where is the speaker?
    # inversion ('"…," said X.' / '…, said the minister.'): the cue and a name close the clause
    inverted = not participle and not cue.takes_object and \
        (left_text.endswith((",", "\"", "”", "’")) or not left_text)
    coordinated = re.search(r"(?:^|[,;]|\s)(?:and|but)(?:\s+(?:then|also|later))?$", left_text) is not None
    left = Left() if participle or coordinated else _speaker_left(p, sent, cs)
    source: SourceMention | None = None
    if inverted:
        nm = re.match(r"((?:\s*[\w.'’&–-]+){1,14}?)(?=\s*(?:[,.;!?]|$)|\s+(?:after|before|on|at|during|while|when|outside|in|from)\s+(?:the\s+|a\s+)?[a-z0-9])",
                      t[ce:sent.end])
        first = nm.group(1).split()[0] if nm and nm.group(1).strip() else ""
        caps_soon = any(w[:1].isupper() for w in nm.group(1).split()[:4]) if first else False
        if first and (first[:1].isupper() or caps_soon or first.lower() in mentions.DETERMINERS
                      or first.lower() in mentions.lexicons().roles
                      or first.lower() in mentions.PRONOUNS) and first.lower() != "that":
            span = Span(*_trim(t, ce + nm.start(1), ce + nm.end(1)))
            source = parse(doc.text, span.start, span.end)  # strict: no guessing after the cue
            if source is not None:
                pos2, more = _skip_after(t, span.end, sent.end)
                vias.extend(more)
                left = Left(speaker=None, content_end=cs)
                rest = t[pos2:sent.end]
                pos = pos2
    if inverted and source is None:
        inverted = False
    if source is None and not participle and not coordinated:
        source = _make_source(p, left.speaker)
        vias = left.vias + vias
    if participle or coordinated:
        prior = [a for a in p.found if a.source and sent.start <= a.content.span.start < cs]
        if prior:
            source = prior[-1].source
        else:
            source = _leading_subject(p, sent, cs)
    cited = _make_source(p, left.cited) if left.cited else None
    if cited is not None and source is not None and source.span:
        vias = [source.span] + [v for v in vias if v != source.span]
        source = cited
    if source is None:
        return
    if cue.klass == "evidence" and source.type not in ("organisation", "anonymous") and \
            not re.search(r"\b(?:" + "|".join(mentions.lexicons().evidence) + r")\b",
                          (source.text or "").lower()):
        return
    kind = "indirect"
    modality = "hedged" if cue.klass == "belief" else "asserted"
    cue_span = (cs, ce)
    rule = f"cue_{cue.klass}"
    if cue.klass == "label":
        _label(p, sent, ce, cue_span, source, vias)
        return
    sp_start = left.speaker.start if left.speaker else cs
    back = sp_start
    while back > p.start and t[back - 1] in " ,":
        back -= 1
    q_before = _quote_ending(p, back) if (left.speaker is not None or inverted) else None
    # 1. a quotation right after the cue: X said: "…" / X told Reuters, "…" / "A," she said, "B"
    qm = re.match(r"\s*(?:,|:|that)?\s*", rest)
    q = _quote_at(p, pos + qm.end()) if qm else None
    if q is None:
        # 'said on the parliament floor, "…"' / 'said, in remarks published by CNN, "…"'
        pm = re.match(r"\s*,?\s*(?:on|in|at|during|to|after|before|from|while|when|outside)\s"
                      r"[^,;:\"“”]{1,60},?\s*:?\s*", rest)
        if pm and _quote_at(p, pos + pm.end()) is not None:
            q = _quote_at(p, pos + pm.end())
            vias = vias + [v for v in _outlets_in(t, pos, pos + pm.end()) if v not in vias]
    if q is not None and len(doc.slice(q.inner).split()) >= 2:
        if q_before is not None and q_before.span.start not in p.used_quotes:
            p.used_quotes.add(q_before.span.start)
            _att(p, "direct", (q_before.inner.start, q.inner.end), cue_span, source,
                 rule + "_quote_resumed", vias, modality)
            return
        _att(p, "direct", (q.inner.start, q.inner.end), cue_span, source, rule + "_quote_after", vias,
             modality)
        return
    # 2. content before: "…," X said. / "…," said X. / "…" X said. (quote in the sentence before)
    if inverted or _before_frame(p, sent, pos):
        cm = re.match(r"\s*,\s*(?:citing|quoting)\s+([^,.;]+)", t[pos:sent.end])
        if cm:  # "…, Bloomberg reported, citing two people familiar with the matter"
            cited = _make_source(p, Span(*_trim(t, pos + cm.start(1), pos + cm.end(1))))
            if cited is not None and source.span is not None:
                vias = [source.span] + vias
                source = cited
        if q_before is not None:
            _att(p, "direct", (q_before.inner.start, q_before.inner.end), cue_span, source,
                 rule + "_quote_before", vias, modality)
        elif left.content_end is not None or (inverted and back > sent.start):
            c_end = left.content_end if left.content_end is not None else back
            _att(p, kind, (sent.start, c_end), cue_span, source, rule + "_before", vias, modality)
        return
    # 3. a that-clause or bare clause after the cue
    tm = re.match(r"\s*,?\s*that\s+", rest)
    if tm:
        c_start = pos + tm.end()
    else:
        if cue.needs_that or _NO_CLAUSE.match(rest) or len(rest.split()) < 3:
            return
        c_start = pos
    c_end = _clause_end(p, c_start, sent, stops)
    if not tm and len(t[c_start:c_end].split()) < 3:
        return  # "announced his plan": a noun phrase, not a reported clause
    _att(p, kind, (c_start, c_end), cue_span, source, rule + ("_that" if tm else "_clause"), vias,
         modality)


_AUX = frozenset("did does do has had have was is were are will would can could may might must "
                 "should shall not also".split())


def _leading_subject(p: Para, sent: Span, limit: int) -> SourceMention | None:
    """The noun phrase opening a sentence ("The president praised …, saying"), as a mention."""
    lex = mentions.lexicons()
    end = sent.start
    after_det = 0  # lower-case nouns allowed after a determiner: "The health agency"
    for m in re.finditer(r"[\w.'’&-]+", p.masked[sent.start:limit]):
        w = m.group()
        low = w.lower()
        if w[:1].isupper() or low in mentions.DETERMINERS or low in lex.roles \
                or low in lex.groups or low in mentions.NAME_GLUE:
            after_det = 2 if low in mentions.DETERMINERS else 0
        elif after_det and not low.endswith("ed") and low not in _AUX:
            after_det -= 1
        else:
            break
        end = sent.start + m.end()
    return parse(p.doc.text, sent.start, end) if end > sent.start else None


def _label(p: Para, sent: Span, ce: int, cue_span: tuple[int, int],
           source: SourceMention, vias: list[Span]) -> None:
    """'X called it "a non-starter"' (direct) / 'X called the deal "lousy"' (mixed)."""
    m = re.match(r"((?:\s+[\w'’.-]+){0,8}?)\s+(?:as\s+|a\s+|an\s+)?(?=[\"“‘'])", p.masked[ce:sent.end])
    if not m:
        return
    q = _quote_at(p, ce + m.end())
    if q is None:
        return
    obj = m.group(1).strip().lower()
    if obj in ("", "it", "this", "that", "him", "her", "them", "the move", "the decision"):
        _att(p, "direct", (q.inner.start, q.inner.end), cue_span, source, "cue_label", vias)
    else:
        _att(p, "mixed", (ce + len(m.group(1)) - len(m.group(1).lstrip()), q.inner.end), cue_span,
             source, "cue_label", vias)


def _stops(p: Para, sent: Span, cues: list[re.Match[str]]) -> list[int]:
    """Commas before a sentence-final 'X said': forward content must not run into them."""
    out = []
    for m in cues:
        left = _speaker_left(p, sent, m.start())
        if _before_frame(p, sent, _skip_after(p.masked, m.end(), sent.end)[0]):
            if left.speaker is not None and left.content_end is not None:
                out.append(left.content_end)
        elif left.speaker is not None:
            # "… his plan, the council said …": a new speaker after a comma ends earlier content
            before = p.masked[sent.start:left.speaker.start].rstrip()
            if before.endswith(","):
                out.append(sent.start + len(before) - 1)
    return out


# --- according to, reportative, quoted as ------------------------------------------------


def _according(p: Para, sent: Span) -> None:
    doc, t = p.doc, p.masked
    for m in _ACCORDING.finditer(t, sent.start, sent.end):
        if _is_lookalike(doc.text, sent, m.start(), m.end()):
            continue
        nm = re.match(r"\s*([^,.;:!?\"“”]+)", t[m.end():sent.end])
        if not nm:
            continue
        ns, ne = m.end() + nm.start(1), m.end() + nm.end(1)
        source = None
        words = list(re.finditer(r"\S+", t[ns:ne]))
        for k in range(min(len(words), 12), 0, -1):
            end = ns + words[k - 1].end()
            cand = parse(doc.text, ns, end)
            if cand is not None and (k == len(words) or cand.type != "person" or k <= 4):
                source = cand
                ne = end
                break
        if source is None and len(words) <= 8 and re.match(r"\s*[,.;:!?]|\s*$", t[ne:sent.end]):
            source = _make_source(p, Span(*_trim(t, ns, ne)), max_words=8)
        if source is None:
            continue
        at_start = not t[sent.start:m.start()].strip(" ,") or \
            _ADVERBIAL_START.match(t[sent.start:m.start()].strip()) and t[sent.start:m.start()].count(",") == 1
        if at_start:
            c_start = ne
            c_end = _clause_end(p, c_start, sent, [])
            if _quote_at(p, _trim(t, c_start, c_end)[0]) is not None:
                q = _quote_at(p, _trim(t, c_start, c_end)[0])
                _att(p, "according_to", (q.inner.start, q.inner.end), (m.start(), m.end()), source,
                     "according_quote")
                continue
        elif not t[ne:sent.end].strip(" .!?\"”"):
            c_start, c_end = sent.start, m.start()
        else:
            c_start, c_end = sent.start, sent.end
        _att(p, "according_to", (c_start, c_end), (m.start(), m.end()), source, "according_to")


def _reportative(p: Para, sent: Span) -> None:
    doc, t = p.doc, p.masked
    for m in _REPORTATIVE.finditer(t, sent.start, sent.end):
        word = m.group()
        cue_at = m.start() + (word.index("said") if "said" in word else 0)
        if _is_lookalike(doc.text, sent, cue_at, cue_at + 4 if "said" in word else m.end()):
            continue
        if m.group("it"):
            c = (m.end(), _clause_end(p, m.end(), sent, []))
        else:
            c = (sent.start, sent.end)
        _att(p, "reportative", c, (m.start(), m.end()), None, "reportative", modality="reported")


def _quoted_as(p: Para, sent: Span) -> None:
    doc, t = p.doc, p.masked
    for m in _QUOTED_AS.finditer(t, sent.start, sent.end):
        if m.group("cue"):
            left = _speaker_left(p, sent, m.start())
            source = _make_source(p, left.speaker)
            relay = Span(m.start("relay"), m.end("relay")) if m.group("relay") else None
            cue = (m.start("cue"), m.end("cue"))
        else:
            src = Span(m.start("src"), m.end("src"))
            source = _make_source(p, src)
            left = _speaker_left(p, sent, m.start())
            relay = left.speaker
            cue = (m.start("cue2"), m.end("cue2"))
        if source is None:
            continue
        vias = [relay] if relay else []
        rest = t[m.end():sent.end]
        qm = re.match(r"\s*(?:,|:|that)?\s*", rest)
        q = _quote_at(p, m.end() + qm.end())
        if q is not None:
            _att(p, "direct", (q.inner.start, q.inner.end), cue, source, "quoted_as", vias)
        else:
            tm = re.match(r"\s*,?\s*(?:that\s+)?", rest)
            c_start = m.end() + tm.end()
            _att(p, "indirect", (c_start, _clause_end(p, c_start, sent, [])), cue, source,
                 "quoted_as", vias)


# --- quotations without a cue in their sentence ------------------------------------------


def _loose_quotes(p: Para) -> None:
    """Quotations still unattributed: 'X: "…"' and quotes following a speaker of the paragraph."""
    doc, t = p.doc, p.masked
    for q in p.quotes:
        if q.depth != 0 or q.span.start in p.used_quotes:
            continue
        if any(a.content.span.start <= q.span.start < a.content.span.end for a in p.found):
            continue
        words = len(doc.slice(q.inner).split())
        before = t[p.start:q.span.start]
        if _TITLE_BEFORE.search(before) or words < 4:
            continue
        cm = re.search(r"(?:^|[.!?]\s+|\n)([A-Z][^.!?:\"“”]{0,60}?):\s*$", before)
        if cm:
            source = _make_source(p, Span(*_trim(t, p.start + cm.start(1), p.start + cm.end(1))))
            if source is not None:
                _att(p, "direct", (q.inner.start, q.inner.end), None, source, "quote_colon")
                continue
        sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\"”"
        prior = [a for a in p.found if a.source and a.content.span.end <= q.span.start]
        if sentence_start and prior and words >= 5:
            _att(p, "direct", (q.inner.start, q.inner.end), None, prior[-1].source, "quote_same_speaker")


def _headline(p: Para) -> None:
    """'Rutte: North Korean troops in Kursk' — a headline naming who says it."""
    doc = p.doc
    m = re.match(r"([A-Z][^:\"“”]{1,50}?):\s+(\S.{3,})$", doc.text[p.start:p.end])
    if not m:
        return
    source = _make_source(p, Span(p.start + m.start(1), p.start + m.end(1)))
    if source is None:
        return
    c = (p.start + m.start(2), p.start + m.end(2))
    q = _quote_at(p, c[0])
    if q is not None:
        c = (q.inner.start, q.inner.end)
    _att(p, "direct", c, None, source, "headline_colon")


# --- the pack's entry point --------------------------------------------------------------

_PRIORITY = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3, "reportative": 4}


def _overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(min(len(a), len(b)), 1)


def _tidy(found: list[Attribution]) -> list[Attribution]:
    """Pass outlets' reports on as relays, then drop duplicates and hedges inside reports."""
    out = _relays(found)
    out.sort(key=lambda a: (_PRIORITY.get(a.kind, 5), a.content.span.start))
    kept: list[Attribution] = []
    for a in out:
        dup = next((k for k in kept if _overlap(k.content.span, a.content.span) > 0.8
                    and (k.source is None or a.source is None or a.kind == "reportative"
                         or k.kind == "according_to" or a.kind == "according_to"
                         or (k.cue and a.cue and k.cue.span == a.cue.span))), None)
        if dup is not None:
            if dup.source is None and a.source is not None:
                dup.source = a.source
            continue
        if a.kind == "reportative" and any(
                k.content.span.contains(a.cue.span) for k in kept if a.cue and k.source):
            continue
        kept.append(a)
    kept.sort(key=lambda a: (a.content.span.start, a.content.span.end))
    return kept


def _split_nested(doc: Document, found: list[Attribution]) -> None:
    """'A as the Pentagon reported B, NATO confirmed': NATO's content stops before the Pentagon.

    The engine keeps one of two attributions sharing most words; cutting the outer content at
    the inner speaker keeps both claims (and says what the outer speaker added).
    """
    for a in found:
        for b in found:
            if a is b or not (b.source and b.source.span and b.cue) or a.kind == "direct":
                continue
            sp = b.source.span
            if a.content.span.start < sp.start and b.content.span.end <= a.content.span.end \
                    and a.content.span.contains(b.cue.span):
                cut = re.search(r"(?:[\s,;]+(?:as|and|but|while|when|after|since|because|that|—|–))*[\s,;]*$",
                                doc.text[a.content.span.start:sp.start])
                end = a.content.span.start + (cut.start() if cut else sp.start - a.content.span.start)
                if len(doc.text[a.content.span.start:end].split()) >= 4:
                    a.content = doc.text_span(a.content.span.start, end)


def _relays(found: list[Attribution]) -> list[Attribution]:
    """An outlet's report whose content holds someone else's cue passes that claim on (via)."""
    out: list[Attribution] = []
    for a in found:
        if a.source and a.source.type == "outlet":
            inner = [b for b in found if b is not a and b.cue and b.source
                     and b.source.type != "outlet" and a.content.span.contains(b.cue.span)]
            if inner:
                for b in inner:
                    b.via = [Via(a.source.name, "outlet", span=a.source.span)] + b.via
                continue
        out.append(a)
    # "X said …, Reuters reported": the outlet's cue after the speaker's content
    for a in list(out):
        if a.source and a.source.type == "outlet" and a.cue:
            inner = [b for b in out if b is not a and b.source and b.source.type != "outlet"
                     and b.cue and _overlap(a.content.span, b.content.span) > 0.6
                     and b.cue.span.start < a.cue.span.start]
            if inner:
                for b in inner:
                    b.via = [Via(a.source.name, "outlet", span=a.source.span)] + b.via
                out.remove(a)
    return out


def _paragraph(doc: Document, idx: int, masked: str) -> Para:
    para = doc.paragraphs[idx]
    quotes = [q for q in doc.quotes if q.paragraph == idx] or []
    p = Para(doc, idx, para.span.start, para.span.end, masked, quotes)
    lex = lexicon()
    if para.kind in ("headline", "subhead"):
        _headline(p)
    for sent in sentences_in(masked, p.start, p.end, idx):
        span = sent.span
        cues = list(lex.cue_re.finditer(masked, span.start, span.end))
        _quoted_as(p, span)
        stops = _stops(p, span, cues)
        for m in cues:
            _read_cue(p, span, m, stops)
        _according(p, span)
        _reportative(p, span)
    _loose_quotes(p)
    return p


def _quotes_for(doc: Document, idx: int) -> list[Quote]:
    from ...segment import quotes_in

    existing = [q for q in doc.quotes if q.paragraph == idx]
    if existing or doc.quotes:
        return existing
    para = doc.paragraphs[idx]
    return quotes_in(doc.text, para.span.start, para.span.end, idx)


def find(doc: Document, paragraphs: list[int], pack: object = None) -> list[Attribution]:
    """Attributions in the English paragraphs `paragraphs` of `doc`.

    >>> from claimgraph import analyze
    >>> [a.source.name for a in analyze("The minister said the bridge would reopen in May.").attributions]
    ['minister']
    """
    quotes = {i: _quotes_for(doc, i) for i in paragraphs}
    masked = _mask(doc.text, [q for qs in quotes.values() for q in qs])
    paras: dict[int, Para] = {}
    for i in sorted(paragraphs):
        if doc.paragraphs[i].span.end - doc.paragraphs[i].span.start < 3:
            continue
        doc_quotes = doc.quotes
        p = _paragraph(doc, i, masked) if quotes[i] == [q for q in doc_quotes if q.paragraph == i] \
            else _with_quotes(doc, i, masked, quotes[i])
        paras[i] = p
    _continue_quotes(paras)
    found = [a for p in paras.values() for a in _tidy(p.found)]
    _split_nested(doc, found)
    for a in found:
        for m in doc.embeds:
            if m.span.contains(a.content.span):
                a.embed = m.id
    return found


def _with_quotes(doc: Document, idx: int, masked: str, quotes: list[Quote]) -> Para:
    saved = doc.quotes
    doc.quotes = saved + quotes
    try:
        return _paragraph(doc, idx, masked)
    finally:
        doc.quotes = saved


def _continue_quotes(paras: dict[int, Para]) -> None:
    """A quotation left open at a paragraph's end goes on in the next one, same speaker."""
    for i in sorted(paras):
        p = paras[i]
        for q in p.quotes:
            if q.closed or q.depth != 0:
                continue
            owner = next((a for a in p.found if a.content.span.start == q.inner.start and a.source), None)
            j = i + 1
            while owner is not None and j in paras:
                nxt = paras[j]
                if not nxt.quotes or nxt.quotes[0].span.start != nxt.start \
                        or nxt.quotes[0].span.start in nxt.used_quotes:
                    break
                nq = nxt.quotes[0]
                att = _att(nxt, "direct", (nq.inner.start, nq.inner.end), None, owner.source,
                           "quote_continued", [v.span for v in owner.via if v.span])
                if att is None or nq.closed:
                    break
                j += 1
