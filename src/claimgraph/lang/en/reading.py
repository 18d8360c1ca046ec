"""Reading English paragraphs: lexicons, masked text, speakers left of a cue, small helpers.

The rules in `rules.py` build on these pieces.

Work happens per paragraph on a *masked* copy of the text in which the inside of every
outermost quotation is replaced by placeholder letters: cue words inside a quotation are not
the writer's attributions, and a multi-sentence quote must not be cut by the sentence
splitter. Each cue is read in three steps: who is to its left (the speaker, after skipping
auxiliaries and adverbials), what is to its right (a quotation, a `that` clause, a bare clause,
or nothing, in which case the content stood before), and whether a relay (`told Reuters`,
`citing`, `according to` an outlet) passes it on.

The pieces live in three layers: `paragraph.py` (the masked paragraph, the lexicon, small
helpers), `speaker.py` (`speaker_left`: who stands left of a cue), and this module (where
content ends, source mentions, attributions, the leading subject, the frame patterns). The
rules import all of them from here.
"""

from __future__ import annotations

import re

from ...model import Attribution, SourceMention, Span
from . import mentions
from .mentions import is_outlet, parse
from .paragraph import (CAP_RUN, FOLDER, QUOTE_CLOSE, QUOTE_OPEN, Cue, Lexicon, Para, as_via,
                        is_lookalike, lexicon, mask_quotes, outlets_in, quote_at, quote_ending,
                        skip_after, strip_before, trim)
from .speaker import (ADVERBIAL_START, AUX, LEFT_BOUNDARY, NAME_RUN, TIME_LEAD, TIME_PHRASE,
                      TIME_TAIL, Left, speaker_left)

BE = r"(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)"
CLAUSE_END = re.compile(
    r"""(?:;\s
       | (?:,|[”"],?)\s*(?:(?:further|also|then|later|before|\w+ly)\s+)?(?:adding|saying|noting|citing|quoting|insisting|arguing|warning|stressing|explaining|asserting
           |pointing|describing|calling|claiming|accusing|blaming|referring)\b
       | ,\s*(?:according\s+to|while|whereas|which\s+(?:he|she|they|it))\b
       | ,\s*but\s+(?=(?:(?:he|she|they|it|we|I)\s+)?(?:\w+ed|declined|refused|did|does|do|would|could|will|was|were
                       |is|are|has|had|have|also|not|gave|said|says|told|added|stressed|insisted|warned)\b)
       | ,\s*but\s+(?=(?:[\w.'’&-]+\s+){1,5}?(?:reported|said|says|told|claimed|estimated|stated|put)\s)
                                                   # "…, but AFP reported 32": another speaker's count
       | \s(?:while|whereas)\s
       | :\s
       | ,?\s+and\s+(?:also\s+|further\s+|then\s+|later\s+)?       # "indicated X and suggested Y":
         (?=(?:suggested|said|added|noted|warned|stressed|insisted|claimed|argued|deemed|indicated|stated
            |reported|confirmed|denied|explained|announced|told|found|concluded
            |urged|encouraged|vowed|pledged|accused|dismissed|rejected|called|described|deemed|predicted)\s)  # a second cue
    )""",
    re.VERBOSE,
)
OBJECT_WORDS = frozenset(
    "him her them me us reporters journalists lawmakers parliament supporters the press media "
    "colleagues staff viewers listeners readers members students residents".split()
)
REPORTATIVE = re.compile(
    r"""\b(?P<adv>[Rr]eportedly|[Rr]eputedly|[Aa]llegedly|[Pp]urportedly|[Ss]upposedly|[Rr]umou?redly)\b
      | \b(?P<pass>(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:said|believed|reported|thought|alleged|rumou?red|understood
           |claimed|feared|estimated|suspected|presumed|assumed|projected|rumoured|known)\s+to)\b
      | \b(?P<presumed>(?:is|are|was|were)\s+(?:\w+ly\s+|later\s+|also\s+|since\s+|then\s+)?(?:presumed|reported|accused))
           (?=\s+(?:dead|killed|drowned|missing|lost|injured|hurt|wounded|hospitali[sz]ed|safe|stable|arrested|of)\b)
      | (?<=[\w,]\s)(?P<reduced>(?:believed|thought|suspected|reported|alleged|rumou?red|presumed|reputed|estimated)
           (?=\s+to\s+(?:be|have)\b))            # "a prisoner, suspected to be X": after its noun
      | \b(?P<it>[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reported|alleged|claimed|believed|said
           |rumou?red|understood|feared|intimated|suggested|announced|speculated)
           (?:\s+that\b|(?=\s+(?!to\b|by\b|on\b|in\b|at\b|as\b|from\b|for\b|with\b|and\b|but\b)[a-z]+\s)
              |(?=\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April
                          |May|June|July|August|September|October|November|December|On|In|At|By)\b)
                  [A-Z][\w'’-]+\s+(?:[A-Z][\w'’-]+\s+)?(?:was|were|is|are|had|has|would|will|could|\w+ed)\b)))
                                                 # 'it was reported Baker was hospitalised': a name, its verb
    """,
    re.VERBOSE,
)
ACCORDING = re.compile(r"\b[Aa]ccording\s+to\b")
QUOTED_AS = re.compile(
    r"""(?:was|were|is|has\s+been)\s+(?P<cue>quoted|cited)(?:\s+by\s+(?P<relay>[^,]+?))?\s+as\s+(?:saying|stating|telling\s+\S+)
      | (?P<cue2>quoted|cited)\s+(?P<src>[^,.;]+?(?:,[^,.;\"“”]{1,80},)?)\s+(?:as\s+(?:saying|stating|telling\s+\S+)
           | (?P<that>that)\s)                     # "cited a security source that …" 
    """,
    re.VERBOSE,
)
TITLE_BEFORE = re.compile(
    r"(?:titled|entitled|called|named|dubbed|nicknamed|so-called|known\s+as|film|movie|book|novel|song|"
    r"album|series|show|play|poem|painting|article|headline|slogan|hashtag|the\s+word|the\s+term|"
    r"the\s+phrase|labell?ed|branded|described\s+as)\s*$",
    re.IGNORECASE,
)


def clause_end(p: Para, pos: int, sent: Span, stops: list[int]) -> int:
    """Where content that starts at `pos` ends: sentence end, or a clause that starts another claim."""
    end = sent.end
    m = CLAUSE_END.search(p.masked, pos, end)
    if m:
        end = m.start()
    for s in stops:
        if pos < s < end:
            end = s
    return end


# what closes a speaker's phrase without naming anyone: where they are ("…, both in the United
# States"), what was done to a document ("the decree signed by the Pope")
SPEAKER_TAIL = re.compile(
    r"""(?:,\s*(?:(?:both|all|each)(?:\s+of\s+them)?\s+(?:in|at|from)|(?:based|located|headquartered)\s+in)\s
         [^,;:]{2,60}                                    # "…, both in the United States"
       | (?<=[a-z])\s+(?-i:(?!(?:was|were|has|had|led)\b)[a-z]+(?:ed|en))\s+by\s[^,;:]{2,80}  # "signed by …"
       | (?<=[a-z])\s+that\s+(?:was|were|is|are|has|had|have)\s+(?:not\s+|been\s+|since\s+|later\s+)*[a-z]+(?:ed|en|wn|ne|un)
         (?:\s+[^,;:]{0,30})?                            # "the court order that was not overturned"
      )$""",
    re.VERBOSE,
)


def make_source(p: Para, span: Span | None, max_words: int = 5) -> SourceMention | None:
    """The mention at `span`; an unknown short noun phrase still names a source."""
    if span is None or re.search(r"(?<!\bof\s[\"“])(?<!\bat\s[\"“])(?<!\bby\s[\"“])(?<!\bfrom\s[\"“])"
                                 r"(?<!\bwith\s[\"“])(?<!\bfor\s[\"“])Qq", p.masked[span.start:span.end]):
        return None  # a quotation is never the speaker (a quoted name after "of" is part of one)
    cut = SPEAKER_TAIL.search(p.doc.text, span.start, span.end)
    if cut and cut.start() > span.start and cut.end() == span.end:
        span = Span(span.start, cut.start())
    m = parse(p.doc.text, span.start, span.end)
    if m is not None:
        return m
    words = p.doc.slice(span).split()
    if 0 < len(words) <= max_words and (words[0][:1].isupper() or words[0].lower() in mentions.DETERMINERS) \
            and not all(w.lower().strip(",.") in mentions.NOT_NAMES and not w.isupper() for w in words):
        name = re.sub(r"^(?:the|The|a|A|an|An)\s+", "", p.doc.slice(span))
        kind = mentions.org_type(name) or ("outlet" if is_outlet(name) else "person")
        return SourceMention(p.doc.slice(span), span, name, type=kind)
    return None


def add_attribution(p: Para, kind: str, content: tuple[int, int], cue: tuple[int, int] | None,
         source: SourceMention | None, rule: str, vias: list[Span] | None = None,
         modality: str = "asserted") -> Attribution | None:
    doc = p.doc
    s, e = trim(doc.text, *content)
    if e - s < 3:
        return None
    # quoted words inside indirect content make it mixed, one word too ('was "contrived"');
    # a reportative hedge keeps its kind (the quote belongs to a speaker it does not name)
    if kind not in ("direct", "reportative") and any(q.depth == 0 and s <= q.span.start and q.inner.start < e
                                and min(e, q.inner.end) - q.inner.start >= 3
                                for q in p.quotes):
        kind = "mixed"
    if kind == "direct":
        q = next((q for q in p.quotes if q.depth == 0 and q.inner.start == s), None)
        if q is not None:
            p.used_quotes.add(q.span.start)
    att = Attribution(
        kind=kind, content=doc.text_span(s, e),
        cue=doc.text_span(*cue) if cue else None, source=source,
        via=[as_via(doc, v) for v in dict.fromkeys(vias or []) if v.start >= 0], modality=modality,
        lang="en", rule=rule,
    )
    p.found.append(att)
    return att
# 'suggested the algae, like warming, might render …', 'found oxygen levels would be high':
# a bare clause after a cue that otherwise needs "that" — a subject of at most eight words
# (no relative word, no infinitive, no 'announcing he'; not a time phrase: 'the wreck they found last
# June was …' is a relative clause) and then an auxiliary or modal verb
BARE_CLAUSE = re.compile(
    r"""\s*(?=\S)(?!it\s+(?:is|was|had|has|would|will|could|can|may|might|must|should|did|does)\b)  # 'it had': a clause
        (?!(?:to|for|of|on|about|with|by|in|at|from|as|it|this|him|her|them|us|me|nothing|anything
             |last|next|yesterday|today|earlier|later|recently|previously|because|since|although|though|so)\b)
        (?:(?!(?:who|which|that|whom|whose|to|and|or|if|whether|said|says|told|added)\b|[\w'’-]+ing\s+(?:he|she|they|it|we|I|that)\b)
           [\w'’.,()-]+\s+){1,8}?
        (?:can|could|would|will|may|might|must|should|shall|is|are|was|were|had|has|have|did|does|do|
           cannot|can't|won't|wasn't|weren't|isn't|aren't|hadn't|hasn't|haven't|didn't|doesn't|don't)\b""",
    re.VERBOSE,
)


# irregular past forms that end a subject before a colon frame ('X made a statement:')
_FRAME_PAST = frozenset("made gave took put sent wrote spoke began held issued".split())


def leading_subject(p: Para, sent: Span, limit: int) -> SourceMention | None:
    """The noun phrase opening a sentence ("The president praised …, saying"), as a mention."""
    lex = mentions.lexicons()
    start = sent.start
    t = p.masked
    # "In late June, the Supreme Court ruled …, saying": the subject follows an opening adverbial
    for _ in range(2):
        chunk = t[start:limit]
        lead = TIME_PHRASE.match(chunk) or TIME_LEAD.match(chunk)  # ('On Monday the minister made …')
        if lead:
            start += lead.end()
        elif ADVERBIAL_START.match(chunk) and "," in chunk[:80]:
            start += chunk.index(",") + 1
            while start < limit and t[start] == " ":
                start += 1
        else:
            break
    end = start
    after_det = 0  # lower-case nouns allowed after a determiner: "The health agency"
    for m in re.finditer(r"[\w.'’&-]+", p.masked[start:limit]):
        w = m.group()
        low = w.lower()
        if w[:1].isupper() or low in mentions.DETERMINERS or low in lex.roles \
                or low in lex.groups or low in mentions.NAME_GLUE:
            after_det = 3 if low in mentions.DETERMINERS else 0  # "the regional water authority"
        elif after_det and not low.endswith("ed") and low not in AUX and low not in _FRAME_PAST \
                and low not in lexicon().cues:  # ('… province made the following announcement')
            after_det -= 1
        else:
            break
        end = start + m.end()
    return make_source(p, Span(start, end)) if end > start else None


#: what the rules import from here, wherever it is defined
__all__ = [
    "ACCORDING", "ADVERBIAL_START", "AUX", "BARE_CLAUSE", "BE", "CAP_RUN", "CLAUSE_END", "FOLDER",
    "LEFT_BOUNDARY", "NAME_RUN", "OBJECT_WORDS", "QUOTED_AS", "QUOTE_CLOSE", "QUOTE_OPEN",
    "REPORTATIVE", "SPEAKER_TAIL", "TIME_LEAD", "TIME_PHRASE", "TIME_TAIL", "TITLE_BEFORE", "Cue",
    "Left", "Lexicon", "Para", "add_attribution", "as_via", "clause_end", "is_lookalike",
    "leading_subject", "lexicon", "make_source", "mask_quotes", "outlets_in", "quote_at",
    "quote_ending", "skip_after", "speaker_left", "strip_before", "trim",
]
