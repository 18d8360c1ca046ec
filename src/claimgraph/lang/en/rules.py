"""English attribution rules: cue verbs, quotations, `according to`, relays and hedges.

Work happens per paragraph on a *masked* copy of the text (`reading.mask_quotes`) in which the
inside of every outermost quotation is replaced by placeholder letters: cue words inside a
quotation are not the writer's attributions, and a multi-sentence quote must not be cut by the
sentence splitter. Each cue is read in three steps: who is to its left (the speaker, after
skipping auxiliaries and adverbials), what is to its right (a quotation, a `that` clause, a bare
clause, or nothing, in which case the content stood before), and whether a relay
(`told Reuters`, `citing`, `according to` an outlet) passes it on.
"""

from __future__ import annotations

import re

from ...model import Attribution, Document, Quote, SourceMention, Span, Via
from ...segment import sentences_in
from . import mentions
from .mentions import is_outlet, parse
from .reading import (
    ACCORDING, ADVERBIAL_START, BE, QUOTED_AS, REPORTATIVE, TITLE_BEFORE, Left, Para,
    add_attribution, clause_end, is_lookalike, lexicon, make_source, mask_quotes, outlets_in,
    quote_at, quote_ending, skip_after, speaker_left, trim,
)


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
    if is_lookalike(doc.text, sent, cs, ce):
        return
    if re.search(rf"\b{BE}\s+(?:\w+ly\s+)?$", t[max(sent.start, cs - 30):cs]):
        return  # passive ("was told"); "is said to" belongs to the reportative rule
    if re.search(r"\b(?:to|will|would|could|should|can|may|might|must|did|not|never|n't)\s+$",
                 t[max(sent.start, cs - 12):cs]):
        if not re.search(r"\b(?:has|had|have)\s+\w*\s*$", t[max(sent.start, cs - 20):cs]):
            return  # "wants to say", "did not say", "would tell": no reported content
    left_text = t[sent.start:cs].rstrip()
    pos, vias = skip_after(t, ce, sent.end)
    obj_end = pos
    if cue.takes_object:
        om = _OBJECT.match(t, pos, sent.end)
        if om:
            if om.group("name") and is_outlet(om.group("name")):
                vias.append(Span(om.start("name"), om.end("name")))
            obj_end = om.end()
        pos, more = skip_after(t, obj_end, sent.end)
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
    left = Left() if participle or coordinated else speaker_left(p, sent, cs)
    source: SourceMention | None = None
    if inverted:
        nm = re.match(r"(\s*[\w.'’&–-]+(?:\s+[\w.'’&–-]+){0,13}?)(?=\s*(?:[,.;!?]|$)|\s+(?:after|before|on|at|during|while|when|outside|in|from)\s+(?:the\s+|a\s+)?[a-z0-9])",
                      t[ce:sent.end])
        first = nm.group(1).split()[0] if nm and nm.group(1).strip() else ""
        caps_soon = any(w[:1].isupper() for w in nm.group(1).split()[:4]) if first else False
        if first and (first[:1].isupper() or caps_soon or first.lower() in mentions.DETERMINERS
                      or first.lower() in mentions.lexicons().roles
                      or first.lower() in mentions.PRONOUNS) and first.lower() != "that":
            span = Span(*trim(t, ce + nm.start(1), ce + nm.end(1)))
            source = parse(doc.text, span.start, span.end)  # strict: no guessing after the cue
            if source is not None:
                pos2, more = skip_after(t, span.end, sent.end)
                vias.extend(more)
                left = Left(speaker=None, content_end=cs)
                rest = t[pos2:sent.end]
                pos = pos2
    if inverted and source is None:
        inverted = False
    if source is None and not participle and not coordinated:
        source = make_source(p, left.speaker)
        vias = left.vias + vias
    if participle or coordinated:
        prior = [a for a in p.found if a.source and sent.start <= a.content.span.start < cs]
        if prior:
            source = prior[-1].source
        else:
            source = _leading_subject(p, sent, cs)
    cited = make_source(p, left.cited) if left.cited else None
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
    q_before = quote_ending(p, back) if (left.speaker is not None or inverted) else None
    # 1. a quotation right after the cue: X said: "…" / X told Reuters, "…" / "A," she said, "B"
    qm = re.match(r"\s*(?:,|:|that)?\s*", rest)
    q = quote_at(p, pos + qm.end()) if qm else None
    if q is None:
        # 'said on the parliament floor, "…"' / 'said, in remarks published by CNN, "…"'
        pm = re.match(r"\s*,?\s*(?:on|in|at|during|to|after|before|from|while|when|outside)\s"
                      r"[^,;:\"“”]{1,60},?\s*:?\s*", rest)
        if pm and quote_at(p, pos + pm.end()) is not None:
            q = quote_at(p, pos + pm.end())
            vias = vias + [v for v in outlets_in(t, pos, pos + pm.end()) if v not in vias]
    if q is not None and len(doc.slice(q.inner).split()) >= 2:
        if q_before is not None and q_before.span.start not in p.used_quotes:
            p.used_quotes.add(q_before.span.start)
            add_attribution(p, "direct", (q_before.inner.start, q.inner.end), cue_span, source,
                 rule + "_quote_resumed", vias, modality)
            return
        add_attribution(p, "direct", (q.inner.start, q.inner.end), cue_span, source, rule + "_quote_after", vias,
             modality)
        return
    # 2. content before: "…," X said. / "…," said X. / "…" X said. (quote in the sentence before)
    if inverted or _before_frame(p, sent, pos):
        cm = re.match(r"\s*,\s*(?:citing|quoting)\s+([^,.;]+)", t[pos:sent.end])
        if cm:  # "…, Bloomberg reported, citing two people familiar with the matter"
            cited = make_source(p, Span(*trim(t, pos + cm.start(1), pos + cm.end(1))))
            if cited is not None and source.span is not None:
                vias = [source.span] + vias
                source = cited
        if q_before is not None:
            add_attribution(p, "direct", (q_before.inner.start, q_before.inner.end), cue_span, source,
                 rule + "_quote_before", vias, modality)
        elif left.content_end is not None or (inverted and back > sent.start):
            c_end = left.content_end if left.content_end is not None else back
            add_attribution(p, kind, (sent.start, c_end), cue_span, source, rule + "_before", vias, modality)
        return
    # 3. a that-clause or bare clause after the cue
    tm = re.match(r"\s*,?\s*that\s+", rest)
    if tm:
        c_start = pos + tm.end()
    else:
        if cue.needs_that or _NO_CLAUSE.match(rest) or len(rest.split()) < 3:
            return
        c_start = pos
    c_end = clause_end(p, c_start, sent, stops)
    if not tm and len(t[c_start:c_end].split()) < 3:
        return  # "announced his plan": a noun phrase, not a reported clause
    add_attribution(p, kind, (c_start, c_end), cue_span, source, rule + ("_that" if tm else "_clause"), vias,
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
    q = quote_at(p, ce + m.end())
    if q is None:
        return
    obj = m.group(1).strip().lower()
    if obj in ("", "it", "this", "that", "him", "her", "them", "the move", "the decision"):
        add_attribution(p, "direct", (q.inner.start, q.inner.end), cue_span, source, "cue_label", vias)
    else:
        add_attribution(p, "mixed", (ce + len(m.group(1)) - len(m.group(1).lstrip()), q.inner.end), cue_span,
             source, "cue_label", vias)


def _stops(p: Para, sent: Span, cues: list[re.Match[str]]) -> list[int]:
    """Commas before a sentence-final 'X said': forward content must not run into them."""
    out = []
    for m in cues:
        left = speaker_left(p, sent, m.start())
        if _before_frame(p, sent, skip_after(p.masked, m.end(), sent.end)[0]):
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
    for m in ACCORDING.finditer(t, sent.start, sent.end):
        if is_lookalike(doc.text, sent, m.start(), m.end()):
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
            source = make_source(p, Span(*trim(t, ns, ne)), max_words=8)
        if source is None:
            continue
        at_start = not t[sent.start:m.start()].strip(" ,") or \
            ADVERBIAL_START.match(t[sent.start:m.start()].strip()) and t[sent.start:m.start()].count(",") == 1
        if at_start:
            c_start = ne
            c_end = clause_end(p, c_start, sent, [])
            if quote_at(p, trim(t, c_start, c_end)[0]) is not None:
                q = quote_at(p, trim(t, c_start, c_end)[0])
                add_attribution(p, "according_to", (q.inner.start, q.inner.end), (m.start(), m.end()), source,
                     "according_quote")
                continue
        elif not t[ne:sent.end].strip(" .!?\"”"):
            c_start, c_end = sent.start, m.start()
        else:
            c_start, c_end = sent.start, sent.end
        add_attribution(p, "according_to", (c_start, c_end), (m.start(), m.end()), source, "according_to")


def _reportative(p: Para, sent: Span) -> None:
    doc, t = p.doc, p.masked
    for m in REPORTATIVE.finditer(t, sent.start, sent.end):
        word = m.group()
        cue_at = m.start() + (word.index("said") if "said" in word else 0)
        if is_lookalike(doc.text, sent, cue_at, cue_at + 4 if "said" in word else m.end()):
            continue
        if m.group("it"):
            c = (m.end(), clause_end(p, m.end(), sent, []))
        else:
            c = (sent.start, sent.end)
        add_attribution(p, "reportative", c, (m.start(), m.end()), None, "reportative", modality="reported")


def _quoted_as(p: Para, sent: Span) -> None:
    doc, t = p.doc, p.masked
    for m in QUOTED_AS.finditer(t, sent.start, sent.end):
        if m.group("cue"):
            left = speaker_left(p, sent, m.start())
            source = make_source(p, left.speaker)
            relay = Span(m.start("relay"), m.end("relay")) if m.group("relay") else None
            cue = (m.start("cue"), m.end("cue"))
        else:
            src = Span(m.start("src"), m.end("src"))
            source = make_source(p, src)
            left = speaker_left(p, sent, m.start())
            relay = left.speaker
            cue = (m.start("cue2"), m.end("cue2"))
        if source is None:
            continue
        # a pronoun relay ("It cited …") names no outlet the reader could check
        vias = [relay] if relay and doc.slice(relay).lower() not in mentions.PRONOUNS else []
        rest = t[m.end():sent.end]
        qm = re.match(r"\s*(?:,|:|that)?\s*", rest)
        q = quote_at(p, m.end() + qm.end())
        if q is not None:
            add_attribution(p, "direct", (q.inner.start, q.inner.end), cue, source, "quoted_as", vias)
        else:
            tm = re.match(r"\s*,?\s*(?:that\s+)?", rest)
            c_start = m.end() + tm.end()
            add_attribution(p, "indirect", (c_start, clause_end(p, c_start, sent, [])), cue, source,
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
        if TITLE_BEFORE.search(before) or words < 4:
            continue
        cm = re.search(r"(?:^|[.!?]\s+|\n)([A-Z][^.!?:\"“”]{0,60}?):\s*$", before)
        if cm:
            source = make_source(p, Span(*trim(t, p.start + cm.start(1), p.start + cm.end(1))))
            if source is not None:
                add_attribution(p, "direct", (q.inner.start, q.inner.end), None, source, "quote_colon")
                continue
        sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\"”"
        prior = [a for a in p.found if a.source and a.content.span.end <= q.span.start]
        if sentence_start and prior and words >= 5:
            add_attribution(p, "direct", (q.inner.start, q.inner.end), None, prior[-1].source, "quote_same_speaker")


def _headline(p: Para) -> None:
    """'Rutte: North Korean troops in Kursk' — a headline naming who says it."""
    doc = p.doc
    m = re.match(r"([A-Z][^:\"“”]{1,50}?):\s+(\S.{3,})$", doc.text[p.start:p.end])
    if not m:
        return
    source = make_source(p, Span(p.start + m.start(1), p.start + m.end(1)))
    if source is None:
        return
    c = (p.start + m.start(2), p.start + m.end(2))
    q = quote_at(p, c[0])
    if q is not None:
        c = (q.inner.start, q.inner.end)
    add_attribution(p, "direct", c, None, source, "headline_colon")


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


def find(doc: Document, paragraphs: list[int], pack: object = None) -> list[Attribution]:
    """Attributions in the English paragraphs `paragraphs` of `doc`.

    >>> from claimgraph import analyze
    >>> [a.source.name for a in analyze("The minister said the bridge would reopen in May.").attributions]
    ['minister']
    """
    masked = mask_quotes(doc.text, [q for q in doc.quotes if q.paragraph in set(paragraphs)])
    paras: dict[int, Para] = {}
    for i in sorted(paragraphs):
        span = doc.paragraphs[i].span
        if span.end - span.start >= 3:
            paras[i] = _paragraph(doc, i, masked)
    _continue_quotes(paras)
    found = [a for p in paras.values() for a in _tidy(p.found)]
    _split_nested(doc, found)
    for a in found:
        for m in doc.embeds:
            if m.span.contains(a.content.span):
                a.embed = m.id
    return found


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
                att = add_attribution(nxt, "direct", (nq.inner.start, nq.inner.end), None, owner.source,
                           "quote_continued", [v.span for v in owner.via if v.span])
                if att is None or nq.closed:
                    break
                j += 1
