"""English quotations whose frame is not in their own sentence.

News writing attributes long quotations once and lets them run on: `X said: "…"`, a headline
`Rutte: …`, a quotation left open across paragraphs, and a quote paragraph that follows a
paragraph ending with an attributed quote ("an unattributed quote paragraph directly after a
quoted speaker belongs to that speaker"). The rules here run after the cue rules of a paragraph
and only take quotations that no cue claimed.
"""

from __future__ import annotations

import re

from ...model import Span
from . import mentions
from .carry import coordinated_quote
from .reading import (
    ADVERBIAL_START, TITLE_BEFORE, Para, add_attribution, leading_subject, lexicon, make_source, quote_at,
    speaker_left, trim,
)

# a verb after the subject of a colon frame: "X praised the agent on Twitter:" / "X posted:"
_COLON_VERB = re.compile(r"\s+(?:also\s+|later\s+|then\s+)?([a-z]+(?:ed|es|s)|wrote|spoke|gave|put|sent|began|made|said|told)\b")


# a place or institution phrase between a subject and a closed set of frame verbs
_PLACE_BEFORE_VERB = re.compile(r"\s+(?:in|at|of|from|for|on)\s+[^,;:\"“”]{1,50}?(?=\s+(?:also\s+|later\s+|then\s+)?"
                                r"(?:made|gave|issued|released|posted|wrote|said|told|added|declared|announced|stated)\b)")


def _taken(p: Para, start: int) -> bool:
    return start in p.used_quotes or any(
        a.content.span.start <= start < a.content.span.end for a in p.found)


def loose_quotes(p: Para) -> None:
    """Quotations still unattributed: 'X: "…"', 'X praised Y: "…"', quotes after a speaker."""
    doc, t = p.doc, p.masked
    for q in p.quotes:
        if q.depth != 0 or _taken(p, q.span.start):
            continue
        words = len(doc.slice(q.inner).split())
        before = t[p.start:q.span.start]
        if TITLE_BEFORE.search(before) or words < 4:
            continue
        cm = re.search(r"(?:^|[.!?]\s+|\n)([A-Z][^.!?:,\"“”]{0,60}?):\s*$", before)
        if cm and not re.search(r"\s(?:[a-z]+(?:ed|es)|made|said|told|wrote|gave|put|sent)\b", cm.group(1)):
            # ('X proposed:', 'the minister made a short statement:' are verb frames)
            source = make_source(p, Span(*trim(t, p.start + cm.start(1), p.start + cm.end(1))))
            if source is not None:
                add_attribution(p, "direct", (q.inner.start, q.inner.end), None, source, "quote_colon")
                continue
        if coordinated_quote(p, q, before) or _colon_frame(p, q, before):
            continue
        sentence_start = not before.strip() or before.rstrip()[-1:] in ".!?\"”"
        prior = [a for a in p.found if a.source and a.content.span.end <= q.span.start and not _appeal(a)]
        last = max(prior, key=lambda a: a.content.span.end) if prior else None
        if before.rstrip().endswith(";") and last is not None and words >= 5 and \
                last.content.span.end >= p.start + len(before.rstrip()) - 3:
            _after_semicolon(p, q, last)  # '…, a spokesman said X; "…"': the same speaker
            continue
        if sentence_start and prior and words >= 5:
            add_attribution(p, "direct", (q.inner.start, q.inner.end), None, prior[-1].source,
                            "quote_same_speaker")
        elif not sentence_start:
            _voice_quote(p, q, prior)


def _appeal(a) -> bool:
    """'His classmates encouraged him to sit down.': a request names no speaker for the next quote.

    The request's object is often the one who speaks next ('"I had never played", he recalled').
    """
    cue = lexicon().cues.get(a.cue.text.lower()) if a.cue else None
    return cue is not None and cue.klass == "appeal"


def _after_semicolon(p: Para, q, a) -> None:
    """A quotation closing a sentence after a semicolon continues its attribution.

    'According to the BBC, a spokesman voiced regret; "…"': the subject of the reported
    clause speaks, the outlet relays it.
    """
    source, vias = a.source, [Span(v.span.start, v.span.end) for v in a.via if v.span]
    if a.kind == "according_to" and (source.type == "outlet" or mentions.is_outlet(source.name)):
        subject = leading_subject(p, a.content.span, a.content.span.end)
        if subject is not None and subject.type in ("person", "anonymous") and \
                subject.text.lower() not in mentions.PRONOUNS:
            source, vias = subject, [a.source.span] if a.source.span else []
    add_attribution(p, "direct", (q.inner.start, q.inner.end), None, source, "quote_after_semicolon", vias)


# a quotation in the first person speaks for someone: 'her "passion" … "stemmed from my love …"'
_FIRST_PERSON = re.compile(r"(?<![\w'’-])(?:I|I'm|I’m|I've|I’ve|my|me|we|our|us|we're|we’re)(?![\w'’-])")


def _voice_quote(p: Para, q, prior: list) -> None:
    """A first-person quotation inside a sentence without a cue (feature prose): mixed.

    'Lisa Mancini has cosplayed for two years, her "passion … stemmed from my love of Halloween."'
    The speaker is the sentence's subject when it is a person, else the speaker of the sentence
    before (in this paragraph): 'She met Ron Perlman. The suit "is so warm I nearly fainted".'
    """
    doc, t = p.doc, p.masked
    inner = doc.slice(q.inner)
    if len(inner.split()) < 4 or not _FIRST_PERSON.search(inner):
        return
    ends = [m.end() for m in re.finditer(r"[.!?][\"”’]?\s+", t[p.start:q.span.start])]
    s0 = p.start + (ends[-1] if ends else 0)
    if doc.text[q.inner.end - 1:q.inner.end] in (".", "!", "?"):
        s1 = q.span.end  # the quotation closes the sentence
    else:
        end_m = re.search(r"[.!?][\"”’]?(?=\s|$)", t[q.span.end:p.end])
        s1 = q.span.end + (end_m.end() if end_m else p.end - q.span.end)
    if lexicon().cue_re.search(t, s0, s1):
        return  # a cue verb is there; its rule decides
    subject = leading_subject(p, Span(s0, s1), q.span.start)
    source = None
    if subject is not None and subject.type == "person" and (
            subject.text.lower() in ("he", "she") or any(
                w[:1].isupper() and w.lower() not in mentions.DETERMINERS and w.lower() not in mentions.NOT_NAMES
                for w in subject.name.split())):
        source = subject
    else:
        near = [a for a in prior if a.content.span.end >= s0 - 400]
        source = near[-1].source if near else None
    if source is not None:
        add_attribution(p, "mixed", (s0, s1), None, source, "quote_voice")


# '…, tour manager Tom Grey, 24, who cited only his rugby:' — a named person, a who-clause, the colon
_WHO_VERB = re.compile(
    r"""(?P<who>(?:(?-i:[a-z]+)\s+){0,2}(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4})(?:,\s*\d{1,3})?,\s*
        who\s+(?:(?:also|then|later|\w+ly)\s+)?(?P<verb>(?-i:[a-z]+(?:ed|es|s))|wrote|spoke|gave|put|sent)\b[^.!?;:]*$""",
    re.VERBOSE,
)


def _colon_frame(p: Para, q, before: str) -> bool:
    """'Former deputy director Mark Hale praised the agent on Twitter: "…"' (subject + verb + colon)."""
    t = p.masked
    mark = before.rstrip()[-1:]
    if mark != ":" and not (mark == "," and len(p.doc.slice(q.inner).split()) >= 6):
        return False
    colon = p.start + len(before.rstrip()) - 1
    sm = list(re.finditer(r"(?:^|[.!?]\s+)(?=[A-Z])", t[p.start:colon]))
    if not sm:
        return False
    s0 = p.start + sm[-1].end()
    # "In a statement released after the attack, the ministry …" / "However, addressing X, Y proposed:"
    while (ADVERBIAL_START.match(t[s0:colon]) or re.match(r"[A-Za-z]+ing\b", t[s0:colon])) \
            and "," in t[s0:colon]:
        s0 = t.index(",", s0, colon) + 1
        while t[s0] == " ":
            s0 += 1
    subject = leading_subject(p, Span(s0, colon), colon)
    pron = re.match(r"(?:he|she|they|we|I)(?=\s)", t[s0:colon])
    if subject is None and pron:  # 'In his message, he appreciated X's life: "…"'
        subject = make_source(p, Span(s0, s0 + pron.end()))
    rel = _WHO_VERB.search(t, s0, colon)
    if rel:  # 'Another was tour manager Tom Grey, 24, who cited only his rugby: "…"'
        named = make_source(p, Span(*trim(t, rel.start("who"), rel.end("who"))), max_words=7)
        if named is not None:
            add_attribution(p, "direct", (q.inner.start, q.inner.end), (rel.start("verb"), rel.end("verb")),
                            named, "quote_colon_who")
            return True
    if subject is None or subject.span is None or subject.type == "anonymous" and " " not in subject.text:
        return False
    aside = re.match(r",[^,;:\"“”]{1,40},", t[subject.span.end:colon])  # "Trump, also on Twitter,"
    skip = aside.end() if aside else 0
    place = None if aside else _PLACE_BEFORE_VERB.match(t, subject.span.end, colon)
    if place:  # 'The chairman of the water authority in the north made …:': a place after the subject
        skip = place.end() - subject.span.end
    vm = _COLON_VERB.match(t, subject.span.end + skip, colon)
    if vm is None or vm.group(1) in ("is", "was", "has", "does", "this", "thus", "as", "its"):
        return False
    add_attribution(p, "direct", (q.inner.start, q.inner.end), (vm.start(1), vm.end(1)), subject,
                    "quote_colon_verb")
    return True


def headline(p: Para) -> None:
    """'Rutte: North Korean troops in Kursk' — a headline naming who says it."""
    doc = p.doc
    m = re.match(r"([A-Z][^:\"“”]{1,50}?):\s+(\S.{3,})$", doc.text[p.start:p.end])
    if not m:
        return
    if re.search(r"\s(?:from|as|in|of|and)\s", m.group(1)) or \
            not re.search(r"(?<![\w'’-])[a-z][a-z'’-]{2,}\b", m.group(2)):
        return  # photo captions and titles: "Rey from Star Wars: The Force Awakens"
    source = make_source(p, Span(p.start + m.start(1), p.start + m.end(1)))
    if source is None:
        return
    c = (p.start + m.start(2), p.start + m.end(2))
    q = quote_at(p, c[0])
    if q is not None:
        c = (q.inner.start, q.inner.end)
    add_attribution(p, "direct", c, None, source, "headline_colon")


def continue_quotes(paras: dict[int, Para]) -> None:
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


# between a cue and a colon ending its paragraph: an addressee, a time or a place, no verb
_ADDRESSEE_TIME = re.compile(
    r"""\s+(?:(?:the|his|her|their|its|a|an)\s+)?(?:[\w'’-]+\s+){0,2}?(?-i:[a-z]+)s?          # reporters, residents
        (?:\s+(?:on|in|at|during|after|before|via|from)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+)?){0,2}\s*,?\s*
      |\s+(?:on|in|at|during|after|before|via|from)\s+(?:the\s+|a\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*,?\s*""",
    re.VERBOSE,
)


def _closing_speaker(p: Para):
    """The attribution that closes paragraph `p` ('… "…," she said.' / 'She said:'), or None."""
    doc, t = p.doc, p.masked
    tail = t[p.start:p.end].rstrip()
    if tail.endswith(":"):
        # 'The minister said:' with the quotation in the next paragraph
        colon = p.start + len(tail) - 1
        cues = list(lexicon().cue_re.finditer(t, p.start, colon))
        between = t[cues[-1].end():colon] if cues else ""
        # ('He said:', 'warned residents on Monday evening:' — an addressee or a time, no clause)
        if cues and (not between.strip(" ,") or _ADDRESSEE_TIME.fullmatch(between)):
            stop = t.rfind(". ", p.start, cues[-1].start())
            sent_start = stop + 2 if stop >= 0 else p.start
            left = speaker_left(p, Span(sent_start, colon), cues[-1].start())
            src = make_source(p, left.speaker)
            return (src, (cues[-1].start(), cues[-1].end())) if src is not None else None
        return None
    direct = [a for a in p.found if a.kind == "direct" and a.source is not None]
    if not direct:
        return None
    last = max(direct, key=lambda a: a.content.span.end)
    after = doc.text[last.content.span.end:p.end]
    if re.search(r"[.!?][\"”’]?\s+[\"“A-Z]", after):
        return None  # the paragraph goes on after the quote with a sentence of its own
    return last.source, (last.cue.span.start, last.cue.span.end) if last.cue else None


def quote_paragraphs(paras: dict[int, Para]) -> None:
    """A paragraph opening with an unclaimed quotation after a paragraph closed by a speaker."""
    for i in sorted(paras):
        prev, p = paras.get(i - 1), paras[i]
        if prev is None or not p.quotes or p.doc.paragraphs[i].kind in ("headline", "subhead"):
            continue
        q = p.quotes[0]
        if q.depth != 0 or q.span.start != p.start or _taken(p, q.span.start):
            continue
        if len(p.doc.slice(q.inner).split()) < 5:
            continue
        closing = _closing_speaker(prev)
        if closing is None:
            continue
        source, cue = closing
        if source.type == "outlet" and source.text.lower() in mentions.PRONOUNS:
            continue
        # 'He said:' closing the paragraph before frames this quotation: its cue is the verb
        framed = cue if prev.doc.text[prev.start:prev.end].rstrip().endswith(":") else None
        add_attribution(p, "direct", (q.inner.start, q.inner.end), framed, source, "quote_paragraph")
