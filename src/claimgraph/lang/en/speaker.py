"""Who stands left of an English cue: `speaker_left` and the patterns it reads.

Left of a cue word the speaker is the last clause-local noun phrase, once auxiliaries, adverbials
("On Friday,"), time phrases ("At about 5 p.m."), asides ("Cruz, in remarks to ABC, said") and
appositions ("Kubiak, a fire service spokesman,") are passed over; outlets in a parenthetical
are relays, "citing X" names a cited source, content may end before the speaker. The reading
is cached per paragraph and cue (`Para.lefts`), because the rules ask it more than once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...model import Span
from . import apposition, mentions
from .mentions import is_outlet
from .paragraph import (QUOTE_CLOSE, Para, is_lookalike, lexicon, outlets_in, skip_after,
                        strip_before, trim)

# clause boundaries left of a cue: the speaker starts after the last of them
LEFT_BOUNDARY = re.compile(
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
ADVERBIAL_START = re.compile(
    r"""^(?:on|in|at|during|after|before|since|following|despite|under|with|without|for|from
         |yesterday|today|tonight|earlier|later|meanwhile|however|also|separately|additionally
         |speaking|writing|asked|responding|according|citing|quoting|as|when|while|last|this|next|upon
         |furthermore|moreover|still|nevertheless|instead|now|then|thus|overall|elsewhere|in\s+addition
         |previously|recently|subsequently|finally|first|second|similarly|likewise|too
         |(?:released|published|issued|posted|signed|dated|filed|delivered)\s+(?:on|in|at|last|this|earlier|late|early))\b""",
    re.VERBOSE | re.IGNORECASE,
)
# a time phrase opening a speaker without a comma: "This Wednesday", "Last year", "On Friday"
TIME_LEAD = re.compile(
    r"""(?:(?:[Tt]his|[Ll]ast|[Nn]ext|[Oo]n|[Ee]arly|[Ll]ate|[Ee]arlier|[Ll]ater)\s+)?
       (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|[Yy]esterday|[Tt]oday|[Ee]arlier|[Ll]ater
        |[Ww]eek|[Mm]onth|[Yy]ear|[Mm]orning|[Ee]vening|[Nn]ight)\b
       (?:\s+(?:morning|afternoon|evening|night))?\s+(?=\S)""",
    re.VERBOSE,
)
# a clock time or a relative time opening a speaker: "At about 5:17 p.m. his daughter reported",
# "A few days later the administration said", "Later that day the club announced"
TIME_PHRASE = re.compile(
    r"""(?:(?:[Aa]t|[Bb]y|[Aa]round)\s+(?:about\s+|around\s+|approximately\s+)?\d{1,2}(?:[:.]\d{2})?
           \s*(?:a\.m\.|p\.m\.|am\b|pm\b)?(?:\s+local\s+time)?
       | (?:[Aa]\s+few|[Ss]everal|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Tt]en|\d+|[Mm]any|[Ss]ome|[Aa]n?)\s+
           (?:days?|weeks?|months?|hours?|minutes?|years?)\s+(?:later|earlier|ago|afterwards?)
       | (?:[Ll]ater|[Ee]arlier)\s+(?:that|this|the\s+same)\s+(?:day|week|month|year|morning|evening|night)
       | (?:[Ii]n|[Bb]y|[Ss]ince)\s+(?:early|mid|late)[\s-]+(?:January|February|March|April|May|June|July|August
           |September|October|November|December|\d{4})
    )\s*,?\s+(?=\S)""",
    re.VERBOSE,
)
# an opening prepositional phrase without a comma before a name: "With the acquisition Salling said",
# "After the vote Senator Ruiz said" (lower-case words only, so "In Warsaw Mayor X" is left alone)
_PP_LEAD = re.compile(
    r"""(?:With|After|Following|Despite|Under|Upon|Before|During|Since|Amid)\s+(?:the|a|an|this|that|its|their|his|her)
        (?:\s+(?-i:[a-z][\w-]*)){1,5}?\s+
        (?=(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){0,4}\s*$|(?:the|its|their)(?:\s+(?-i:[a-z][\w-]*)){1,3}\s*$)""",
    re.VERBOSE,
)
# a time phrase closing a speaker before the cue: "Another report ... during the weekend said"
TIME_TAIL = re.compile(
    r"""\s+(?:during|over|on|at|in|late|early|last|this)\s+(?:the\s+)?(?:weekend|week|month|year|night|morning
          |evening|afternoon|day|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)
        (?:\s+(?:morning|afternoon|evening|night))?$
      | \s+(?:yesterday|today|tonight)$                   # "with the latter yesterday confirming" """,
    re.VERBOSE,
)
AUX = frozenset("did does do has had have was is were are will would can could may might must "
                 "should shall not also".split())


@dataclass
class Left:
    """What stands left of a cue: the speaker, content ending before it, relays, a cited source."""

    speaker: Span | None = None
    content_end: int | None = None
    vias: list[Span] = field(default_factory=list)
    cited: Span | None = None
    #: the speaker is the antecedent of "…, who said": a comma after the cue closes the clause
    relative: bool = False


def _quoted_name(p: Para, sent: Span, at: int) -> bool:
    """A closing quotation mark at `at` ends a short quoted name after a preposition.

    ('Anna Nowak of "Have no fear", a charity, told …': the charity's name, not a quotation
    that ends a clause)
    """
    if p.masked[at:at + 1] not in QUOTE_CLOSE:
        return False
    q = next((q for q in p.quotes if q.depth == 0 and q.span.end == at + 1), None)
    return q is not None and q.span.start >= sent.start and len(p.doc.slice(q.inner).split()) <= 5 and \
        re.search(r"\b(?:of|from|at|for|with|by)\s+$", p.doc.text[max(sent.start, q.span.start - 8):q.span.start]) \
        is not None


def speaker_left(p: Para, sent: Span, cs: int) -> Left:
    """Read the words left of a cue (clause-local) into a `Left` (once per cue; do not mutate it)."""
    key = (sent.start, sent.end, cs)
    left = p.lefts.get(key)
    if left is None:
        left = p.lefts[key] = _speaker_left(p, sent, cs)
    return left


# what `speaker_left` looks for on every cue (compiled once; the comments stand at the uses)
_ASIDE_BEFORE_CUE = re.compile(r",\s*(?:released|published|issued|posted|signed|dated|filed|delivered)$")
_RELATIVE_REST = re.compile(r",\s*(?:who|which)\s(?!(?:the|a|an|he|she|they|it|we|I|his|her|their|its)\b|[A-Z])[^,]*$")
_PRONOUN_LAST = re.compile(r"\s(he|she|they|we|I|it)(?:\s+(?:sometimes|often|once|always|never|also|later|\w+ly))?\s*$")
# "according to police", "by local officials": a bare (lower-case) noun right after a preposition
_BARE_AFTER_PREP = re.compile(r"(?:(?<=\bto\s)|(?<=\bby\s)|(?<=\bfrom\s))(?:[a-z][\w'’-]+\s+)?[a-z][\w'’-]+$")
def _own_subject(seg: str, rel: re.Match[str]) -> int | None:
    """Where the subject of a relative clause starts when it has one of its own, else None.

    'fires, which state media said were under control' / 'a plan, which officials said would
    fail': 'which' is the object of the reported clause, and a bare group or role noun of up to
    three words before the cue is who said it ('The minister, who lives in Paris said' has a verb).
    """
    rest = re.match(r",\s*(?:who|which)\s+", seg[rel.start():])
    words = seg[rel.start() + rest.end():].split()
    lex = mentions.lexicons()
    low = [w.lower() for w in words]
    if not 1 <= len(low) <= 3 or any(w in AUX or w.endswith("ed") or w in _NOT_IN_SUBJECT for w in low):
        return None
    if len(low) == 1 and low[0] in ("he", "she", "they", "we", "i", "it"):
        return rel.start() + rest.end()  # 'which he said would cut waste'
    if low[-1] in lex.groups or low[-1] in lex.roles or low[-1] in ("media", "press") or \
            re.fullmatch(r"[a-z]{3,}(?:ers|ors|ists|ians|ants|ents)", low[-1]):
        return rel.start() + rest.end()  # (a single plural noun right before the cue is its subject)
    return None


# "Raman, speaking to reporters on Monday, said": a participle between commas is an aside, not an
# apposition naming the speaker (a role noun never ends in lower-case "-ing" and takes a preposition)
_PARTICIPLE_ASIDE = re.compile(r"(?-i:[a-z]{3,}ing)\s+(?:to|at|on|in|before|from|after|during|with|outside|"
                               r"via|through|for|about|the|a|an|his|her|their|its|two|three|several|"
                               r"(?-i:[a-z]+ly))\b")
_ING_ASIDE = re.compile(r",\s*(?!citing\s|quoting\s)" + _PARTICIPLE_ASIDE.pattern + r"[^,;:\"“”]{0,80},\s*(?:also\s+|later\s+|then\s+|\w+ly\s+)?$")
# the object after a past verb at the end of a clause: 'angered (the local teachers), who said'
_OBJECT_AFTER_VERB = re.compile(r"\s(?-i:[a-z]{3,}ed)\s+((?:(?!(?-i:[a-z]{3,}ed)\s)[\w'’-]+\s+){0,3}[\w'’-]+)$")
_NOT_IN_SUBJECT = frozenset("in at on to for of with from by into about over under not also".split())


_WHO_LAST = re.compile(r"(?:^|,\s*)(?:who|which)$")
_THAT_LAST = re.compile(r"(?<=[a-z])\s+(?:that|which)$")
_ISSUED_BEFORE = re.compile(r"\s+(?:also\s+|later\s+)?(?:issued|released|published|sent|posted|wrote|put\s+out|shared|"
                            r"signed|tweeted)\s*$")
_NAME_WHO = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+who\s*$")
_LEAD_WORD = re.compile(r"(?:when|after|before|as|if|since|although|though|while|because|once|until|"
                        r"which|who|whom|where|and|but|so|(?:in|of|by|from|to)?\s*what)\s+", re.IGNORECASE)
# 'creating what the scientists describe as …': a free relative inside the segment, then its subject
_WHAT_INSIDE = re.compile(r"(?<=[a-z])\s+(?:what|whom)\s+(?=(?:[\w'’.-]+\s+){0,3}[\w'’.-]+\s*$)")
_SPEAKING_TO = re.compile(r"\s+(?:speaking|writing|addressing|talking|appearing|testifying)\s+(?:to|at|on|in|before|from)"
                          r"\b[^,;:]{1,80}$")
_PLACE_AND = re.compile(r"(?:to|from|in|at|on|of|for|with|into|near|across|along)\s[^,;:]{1,80}?\s(?:and|but)\s+"
                        r"(?=(?:other|the|some|several|many|most|local|[A-Z])\S*(?:\s+\S+){0,4}\s*$)")
_CLAUSE_AND = re.compile(r"[^,;:]{1,80}?\s(?:and|but)\s+(?=(?:other|the|some|several|many|most|local|[A-Z])\S*"
                         r"(?:\s+\S+){0,4}\s*$)")


def _speaker_left(p: Para, sent: Span, cs: int) -> Left:
    t = p.masked
    out = Left()
    e = strip_before(t, sent.start, cs)
    while e > sent.start and t[e - 1] == " ":
        e -= 1
    aside = _ASIDE_BEFORE_CUE.search(t[sent.start:e])
    if aside:  # 'The opinion, released on Wednesday, read': the time went with the participle
        e = sent.start + aside.start()
    ing = _ING_ASIDE.search(t, sent.start, cs)
    if ing and ing.start() > sent.start and not aside:  # 'Raman, speaking to reporters on Monday, said'
        e = ing.start()
    e = apposition.left_trim(t, sent.start, e)  # 'Burt Rutan, who has led the firm since 1990, said'
    bounds = [m for m in LEFT_BOUNDARY.finditer(t, sent.start, e) if m.end() <= e
              and not _quoted_name(p, sent, m.start())]
    if bounds and bounds[-1].group() == "that " and re.match(
            r"(?:was|were|is|are|has|had|have)\s+(?:not\s+|been\s+|since\s+|later\s+)*(?-i:[a-z]+(?:ed|en|wn|ne|un))(?:\s+[^,;:]{0,30})?$",
            t[bounds[-1].end():e]) and re.search(r"(?-i:[a-z]{3,})\s+$", t[sent.start:bounds[-1].start()]):
        bounds.pop()  # 'Part of the court order that was not overturned declared': a relative on the noun
    s = bounds[-1].end() if bounds else sent.start
    if bounds and re.fullmatch(r",\s*as\s", bounds[-1].group()) and _AS_CLOSES.match(t, cs, sent.end):
        out.content_end = bounds[-1].start()  # 'The reactor is safe, as Burt Rutan noted.'
    if bounds and t[s:e].rstrip().endswith(","):
        # "Zoe, on the top deck when the roof fell in, said": the boundary sits in an aside
        c1 = t.rfind(",", sent.start, bounds[-1].start())
        if re.match(r",\s*(?:when|as|while|after)\s", bounds[-1].group()):
            c1 = bounds[-1].start()  # "Leyts, when asked whether …, told": the aside opens at the comma
        if c1 >= 0 and (ADVERBIAL_START.match(t[c1 + 1:bounds[-1].end()].strip() + " " + t[bounds[-1].end():e])
                        or bounds[-1].group().startswith("that")):  # "X, head of the lab that ran it, said"
            prev = [b for b in bounds if b.end() <= c1]
            s = prev[-1].end() if prev else sent.start
    if not t[s:e].strip():
        return out
    rel = _RELATIVE_REST.search(t[s:e])  # (not 'which the opposition has referred to as': its own subject speaks)
    own = _own_subject(t[s:e], rel) if rel else None
    if re.search(r",\s*(?:which|that)\s+(?:he|she|they|we|I|it)\s*$", t[s:e]):
        out.relative = True  # 'The budget, which he said would cut waste, passed': the content ends at the comma
    if own is not None:  # "fires, which state media said were under control": the relative's own subject
        s = s + own
        out.relative = True
    elif rel and rel.start() > 0:  # "The minister, who lives (in Paris,) said": the relative's rest
        e = s + rel.start() + 1  # was stripped as an adverbial; the noun before it speaks
    for _ in range(3):  # at most a few parentheticals: "Cruz, in remarks to ABC, said"
        seg = t[s:e].rstrip()
        if not seg.endswith(","):
            break
        inner_end = s + len(seg) - 1
        last_comma = t.rfind(",", s, inner_end)
        chunk_s = last_comma + 1 if last_comma >= 0 else s
        chunk = t[chunk_s:inner_end].strip()
        if re.match(r"(?:who|whom|whose|which)\s", chunk) and last_comma > s:
            e = chunk_s  # "Mark Hay, a professor at GT, who led the work, said": skip the relative
            continue
        if last_comma < 0 and lexicon().cue_re.search(t, s, inner_end):
            e = inner_end  # "Reuters reported a source, whom it did not name, said": read on below
            break
        if not ADVERBIAL_START.match(chunk) and not _PARTICIPLE_ASIDE.match(chunk):
            # apposition: "Kubiak, a fire service spokesman," / "The leader, Chuck Schumer,"
            prev = t.rfind(",", s, last_comma) if last_comma >= 0 else -1
            while prev >= 0 and re.fullmatch(r"\s*\d{1,3}\s*", t[prev + 1:last_comma]) and t.rfind(",", s, prev) >= 0:
                prev = t.rfind(",", s, prev)  # 'The reactor is safe, Tom Lee, 61, a retired teacher, said'
            if prev >= 0 and re.fullmatch(r"\s*\d{1,3}\s*", t[prev + 1:last_comma]):
                prev = -1  # 'Tom Lee, 61, a retired teacher from Leeds, said': the age is the name's
            s2 = prev + 1 if prev >= 0 else s
            if last_comma < 0:
                s2 = s
            elif prev < 0 and (as_at := apposition.as_subject(t[s:last_comma])) is not None:
                s2 = s + as_at  # 'As Burt Rutan, head of Y, told'
            elif prev < 0 and ADVERBIAL_START.match(t[s:last_comma].strip()):
                s2 = last_comma + 1  # "On Friday, Beto O'Rourke, who …, announced"
            if prev >= 0 and re.match(r"\s*(?:the|a|an)\s", t[prev + 1:last_comma]):
                # "Ana Ruiz, the mayor of Lipa, Batangas, said": the name before the role speaks
                pp = t.rfind(",", s, prev)
                if NAME_RUN.fullmatch(t[pp + 1 if pp >= 0 else s:prev].strip()):
                    prev, s2 = pp, (pp + 1 if pp >= 0 else s)
            lead_as = re.match(r"\s*as\s+(?=the\s|a\s|an\s|[A-Z])", t[s2:inner_end])
            if lead_as and s2 > sent.start:  # '…, as the head of the firm, Burt Rutan, noted': 'as' frames
                s2 += lead_as.end()
            out.speaker = _coordinated(t, sent, Span(*trim(t, s2, inner_end)), out, cs)
            if prev >= 0 and t[s:prev].strip() and not ADVERBIAL_START.match(t[s:prev].strip()):
                out.content_end = prev
            return out
        out.vias.extend(outlets_in(t, chunk_s, inner_end))
        cm = re.match(r"\s*(?:citing|quoting)\s+", t[chunk_s:inner_end])
        if cm:
            out.cited = Span(*trim(t, chunk_s + cm.end(), inner_end))
        e = chunk_s - 1 if last_comma >= 0 else s
    seg = t[s:e]
    comma = seg.rfind(",")
    if comma >= 0:
        comma = _apposition_start(seg, comma)
    if comma >= 0:
        head = t[s:s + comma].strip()
        if head and not (ADVERBIAL_START.match(head) and len(head.split()) <= 6):
            out.content_end = s + comma
        s = s + comma + 1
    while s < e and t[s] == " ":
        s += 1
    pp_lead = _PP_LEAD.match(t, s, e)
    if pp_lead:  # "With the acquisition Salling said": the phrase before the name is circumstance
        s = pp_lead.end()
    lead = _LEAD_WORD.match(t[s:e]) or _WHAT_INSIDE.search(t[s:e])
    if lead:  # "When the mayor announced …", "which the New York Times called …"
        s += lead.end()  # ("creating what the scientists describe as …": the relative's subject)
    elif re.fullmatch(r"\s*[Aa]s\s*", t[s:e]):
        return out  # "As revealed at trial, …": no one named (frames.as_frame reads it)
    # "On the live television he said": a pronoun right before the cue is the speaker
    pron = _PRONOUN_LAST.search(t[s:e])
    if pron and (ADVERBIAL_START.match(t[s:e]) or len(t[s:e].split()) > 5):
        s, e = s + pron.start(1), s + pron.end(1)  # "In a story he sometimes told": the pronoun alone
    when = TIME_LEAD.match(t, s, e) or TIME_PHRASE.match(t, s, e)
    if when and when.end() < e:  # "This Wednesday Greek Foreign Minister X said"
        s = when.end()
    tail = TIME_TAIL.search(t, s, e)
    if tail and tail.start() > s:  # "Another report from the government during the weekend said"
        e = tail.start()
    that = _THAT_LAST.search(t[s:e])
    if that:  # "issued a statement that said": the noun phrase before a subject relative 'that' / 'which'
        np = re.search(r"(?:\b(?:the|an?|his|her|their|its)\s+|(?<![\w'’-])(?=[A-Z]))"
                       r"(?:(?!(?:the|an?|his|her|their|its)\s)[\w.'’-]+\s+){0,3}[\w'’-]+$", t[s:s + that.start()])
        issued = np and _ISSUED_BEFORE.search(t[s:s + np.start()])
        if issued and issued.start() > 0:  # 'They released a statement which said': the issuer speaks
            e = s + issued.start()
        elif np:
            s, e = s + np.start(), s + np.end()
            out.relative = True
    who = _WHO_LAST.search(t[s:e])
    if who:  # "… the home of Prime Minister Tuilaepa, who told the press": the noun before the comma
        before = t[sent.start:s + who.start()].rstrip(" ,")
        ap = re.search(NAME_RUN.pattern + r",\s*(?:a|an|the)\s[^,;:]{1,80}$", before)
        if ap:  # "led by Mark Hay, a marine ecologist at GT, who said": the named person
            before = before[:ap.end()]
        np = ap or re.search(r"(?:(?<![\w'’-])(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+"
                             r"|" + apposition.NAME.pattern + r")$", before)
        bare = _BARE_AFTER_PREP.search(before)
        if bare and not ap:  # "according to police, who said": a bare noun after a preposition
            np = bare
        at = (np.start(), np.end()) if np else None
        if np and not ap and not bare and re.search(r"\s(?-i:[a-z]{3,}ed)\s", np.group()):
            # "The law angered farmers, who said": the object of the verb before, not the clause
            obj = _OBJECT_AFTER_VERB.search(before)
            if obj and mentions.parse(before, obj.start(1), obj.end(1)) is not None:
                at = (obj.start(1), obj.end(1))
        if at:
            s, e = sent.start + at[0], sent.start + at[1]
            out.relative = True
    rel = _NAME_WHO.search(t[s:e])
    if rel:  # "drafted by Alex Greenwich who said"
        s, e = s + rel.start(1), s + rel.end(1)
    # ("noted local news reports said": a cue form that ends the phrase is its noun, not an outer cue)
    inner = [c for c in lexicon().cue_re.finditer(t, s, e) if t[c.end():e].strip()]
    if inner and not is_lookalike(p.doc.text, sent, inner[-1].start(), inner[-1].end()):
        # "Znak.com reported its source said": the speaker follows the outer cue
        s = inner[-1].end()
        s = skip_after(t, s, e)[0]  # "Reuters reported on Monday a source said": past the adverbial
        s += len(t[s:e]) - len(re.sub(r"^\s*(?:that\s+)?", "", t[s:e]))
        conj = re.search(r"\s(?:and|but)\s+((?:[\w'’-]+\s+){0,3}[\w'’-]+)$", t[s:e])
        if conj and len(t[s:s + conj.start()].split()) >= 3:
            s += conj.start(1)  # "One said prices rose and several said …": the second subject
    pp = _SPEAKING_TO.search(t[s:e])
    if pp and pp.start() > 0:  # "Mitsotakis speaking to the Brookings think tank called": the subject
        e = s + pp.start()
    pp_and = _PLACE_AND.match(t[s:e])
    if pp_and is None:  # 'Ferries stopped running and the coast guard said': a clause, then a new subject
        pp_and = _CLAUSE_AND.match(t[s:e])
        if pp_and and not any(w in AUX or re.fullmatch(r"[a-z]{3,}ed", w) for w in pp_and.group().split()[1:-1]):
            pp_and = None
    if pp_and:  # '…an area from Gulfport to New Orleans and other forecasters predicted': a new subject
        s += pp_and.end()
    span = Span(*trim(t, s, e))
    if span.end > span.start and len(t[span.start:span.end].split()) <= 14:
        out.speaker = _coordinated(t, sent, span, out, cs)
    return out


# after the cue of '…, as X noted.': at most a few words, then the sentence ends
_AS_CLOSES = re.compile(r"\S+(?:\s+[^\s,;:]+){0,3}\s*[.!?]?[\"”’]?\s*$")


def _coordinated(t: str, sent: Span, span: Span, out: Left, cs: int) -> Span:
    """'Anna Berg, a nurse, and Tom Lee, a doctor, said': both named speakers, the first leading;
    a clause before them ('The reactor is safe, [as] Anna Berg, …') is the content."""
    first = apposition.coordinated_start(t, sent.start, span.start)
    if first is None:
        return span
    before = re.search(r",\s*(?:(as)\s+)?$", t[sent.start:first])
    if before and out.content_end is None and (not before.group(1) or _AS_CLOSES.match(t, cs, sent.end)):
        out.content_end = sent.start + before.start()
    return Span(first, span.end)


# a personal name of up to five capitalised words ("Charles Federic Plotena", "Lord Carloway")
NAME_RUN = re.compile(rf"({apposition.NAME.pattern})")


def _apposition_start(seg: str, comma: int) -> int:
    """The comma before the speaker when the last comma of `seg` sits inside the speaker's phrase.

    'Ian Forbes, Lord Dunmore, the presiding judge (decided)': names, then a role, no clause;
    'the ministry in Munich, Germany (confirmed)': town and country. Otherwise `comma` itself.
    """
    tail = seg[comma + 1:]
    if re.search(r"\s(?:in|at)\s+" + NAME_RUN.pattern + "$", seg[:comma]) and \
            re.fullmatch(r"\s*(?!The\s)(?:[A-Z][\w.'’-]*\s+){0,2}[A-Z][\w.'’-]*\s*", tail) and \
            not is_outlet(tail.strip()) and not mentions.org_type(tail.strip()) and \
            not re.search(r"\b(?:was|were|is|are|has|have|had|will|would|(?-i:[a-z]+ed))\b",
                          seg[seg.rfind(",", 0, comma) + 1:comma]):
        return seg.rfind(",", 0, comma)  # (not '…was active in Seoul, Kim reported': a clause first)
    tm = re.match(r"\s*(?:the|a|an)\s+((?:[\w'’-]+\s+){0,5}[\w'’-]+)\s*$", tail)
    roles = mentions.lexicons().roles
    if tm is None or not any(w.lower().strip(".") in roles for w in tm.group(1).split()):
        return comma
    k = comma
    for _ in range(2):  # at most two names before the role ("Colin Sutherland, Lord Carloway")
        pc = seg.rfind(",", 0, k)
        chunk = seg[pc + 1:k].strip()
        if not NAME_RUN.fullmatch(chunk) or ADVERBIAL_START.match(chunk) or TIME_LEAD.match(chunk + " x"):
            break
        k = pc
        if pc < 0:
            break
    return k
