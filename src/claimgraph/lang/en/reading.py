"""Reading English paragraphs: lexicons, masked text, speakers left of a cue, small helpers.

The rules in `rules.py` build on these pieces.

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
from ..base import load_tsv
from . import mentions
from .gates import Requirement, foldable, required
from .mentions import is_outlet, parse

FOLDER = Path(__file__).parent
QUOTE_OPEN = "\"“‘'«»„"
QUOTE_CLOSE = "\"”’'»«“"
BE = r"(?:is|are|was|were|be|been|being|has\s+been|have\s+been|had\s+been)"
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
        (?:\s+(?:morning|afternoon|evening|night))?$""",
    re.VERBOSE,
)
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
    r"""\b(?P<adv>[Rr]eportedly|[Aa]llegedly|[Pp]urportedly|[Ss]upposedly|[Rr]umou?redly)\b
      | \b(?P<pass>(?:is|are|was|were|been)\s+(?:\w+ly\s+)?(?:said|believed|reported|thought|alleged|rumou?red|understood
           |claimed|feared|estimated|suspected|presumed|assumed|projected|rumoured|known)\s+to)\b
      | \b(?P<presumed>(?:is|are|was|were)\s+(?:\w+ly\s+|later\s+|also\s+|since\s+|then\s+)?(?:presumed|reported|accused))
           (?=\s+(?:dead|killed|drowned|missing|lost|injured|hurt|wounded|hospitali[sz]ed|safe|stable|arrested|of)\b)
      | (?<=[\w,]\s)(?P<reduced>(?:believed|thought|suspected|reported|alleged|rumou?red|presumed|reputed|estimated)
           (?=\s+to\s+(?:be|have)\b))            # "a prisoner, suspected to be X": after its noun
      | \b(?P<it>[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:reported|alleged|claimed|believed|said
           |rumou?red|understood|feared|intimated|suggested|announced|speculated)
           (?:\s+that\b|(?=\s+(?!to\b|by\b|on\b|in\b|at\b|as\b|from\b|for\b|with\b|and\b|but\b)[a-z]+\s)))
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


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    klass: str
    takes_object: bool
    needs_that: bool
    needs: str = ""


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    cue_re: re.Pattern[str]
    lookalikes: tuple[re.Pattern[str], ...]
    #: all look-alike patterns in one alternation: no match of it in a window means no match of
    #: any single pattern, so most cues cost one scan (the per-pattern loop was ~30% of the pack)
    any_lookalike: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    #: look-alike patterns by a word each needs (`gates.required`): a window lacking every key
    #: word of a pattern cannot match it; patterns with no provable word sit under ""
    lookalike_keys: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: per pattern, all its requirement sets (checked once its key word is present)
    lookalike_gates: tuple[tuple[Requirement, ...], ...] = ()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Cue verbs, look-alikes and skippable adverbials of this pack, compiled once."""
    cues = {
        r["form"]: Cue(r["form"], r["lemma"], r["class"], r["object"] == "yes", r["needs"] in ("that", "strict"),
                       r["needs"])
        for r in load_tsv(FOLDER / "cues.tsv")
    }
    forms = sorted(cues, key=len, reverse=True)
    cue_re = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w'’-])")
    rows = load_tsv(FOLDER / "lookalikes.tsv")
    looks = tuple(re.compile(r["pattern"], re.IGNORECASE) for r in rows)
    any_look = re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.IGNORECASE)
    adv = load_tsv(FOLDER / "adverbials.tsv")
    before = "|".join(r["pattern"] for r in adv if r["where"] in ("before", "both"))
    after = "|".join(r["pattern"] for r in adv if r["where"] in ("after", "both"))
    gates = [required(r["pattern"], re.IGNORECASE) or () for r in rows]
    keys: dict[str, list[int]] = {}
    for i, gate in enumerate(gates):  # the key: the set with the longest shortest word
        key = max(gate, key=lambda r: (min(map(len, r)), -len(r)), default=frozenset({""}))
        for word in key:
            keys.setdefault(word, []).append(i)
    return Lexicon(
        cues, cue_re, looks, any_look,
        re.compile(rf"(?<![\w'’-])(?:{before})\s*,?\s*$", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:{after})\b\s*,?", re.IGNORECASE),
        {w: tuple(ix) for w, ix in keys.items()}, tuple(gates),
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
    #: `speaker_left` by (sentence start, sentence end, cue start): `_stops` and the cue's own
    #: reading ask the same question (the answer depends only on the text, which stays put)
    lefts: dict[tuple[int, int, int], "Left"] = field(default_factory=dict)
    #: `objects.before_frame` by (sentence end, position after the cue), for the same reason
    befores: dict[tuple[int, int], bool] = field(default_factory=dict)


def mask_quotes(text: str, quotes: list[Quote]) -> str:
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


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) past spaces, commas and final punctuation (quote marks stay outside)."""
    while s < e and text[s] in " ,;:—–-":
        s += 1
    while e > s and text[e - 1] in " ,;:.—–-":
        e -= 1
    return s, e


def quote_at(p: Para, pos: int) -> Quote | None:
    for q in p.quotes:
        if q.depth == 0 and q.span.start == pos:
            return q
    return None


def quote_ending(p: Para, pos: int) -> Quote | None:
    for q in p.quotes:
        if q.depth == 0 and q.span.end == pos:
            return q
    return None


def is_lookalike(text: str, sent: Span, cs: int, ce: int) -> bool:
    """A look-alike pattern (lookalikes.tsv) covers the cue at [cs, ce) in a window around it."""
    window_s = max(sent.start, cs - 40)
    return _lookalike_in(text[window_s:min(sent.end, ce + 60)], cs - window_s, ce - window_s)


@lru_cache(maxsize=4096)
def _lookalike_in(window: str, cs: int, ce: int) -> bool:
    """The answer depends on the window alone: a repeated line (boilerplate, a feed's footer)
    is read once."""
    lex = lexicon()
    if foldable(window):  # only the patterns whose words all occur in the window can match
        low = window.lower()
        picked = sorted({i for word, ix in lex.lookalike_keys.items() if word in low for i in ix})
        gates = lex.lookalike_gates
        present = {w for i in picked for req in gates[i] for w in req if w in low}
        pats = [lex.lookalikes[i] for i in picked if not any(map(present.isdisjoint, gates[i]))]
    elif lex.any_lookalike.search(window) is None:
        return False
    else:
        pats = list(lex.lookalikes)
    for pat in pats:
        for m in pat.finditer(window):
            if m.start() <= cs and ce <= m.end():
                return True
    return False


def strip_before(masked: str, s: int, e: int) -> int:
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


def skip_after(masked: str, pos: int, end: int) -> tuple[int, list[Span]]:
    """Position after adverbials that follow a cue; spans of outlets named in them (via)."""
    lex = lexicon()
    vias: list[Span] = []
    while True:
        m = lex.after.match(masked, pos, end)
        if not m or m.end() == pos:
            return pos, vias
        vias.extend(outlets_in(masked, m.start(), m.end()))
        pos = m.end()


CAP_RUN = re.compile(r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w.&'’-]*)*")


def outlets_in(text: str, s: int, e: int) -> list[Span]:
    out = []
    for m in CAP_RUN.finditer(text, s, e):
        name = m.group().rstrip(".,")
        if is_outlet(name):
            out.append(Span(m.start(), m.start() + len(name)))
    return out


def as_via(doc: Document, span: Span) -> Via:
    name = re.sub(r"^(?:the|The)\s+", "", doc.slice(span))
    return Via(name=name, type="outlet", span=span)


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
_PRONOUN_LAST = re.compile(r"\s(he|she|they|we|I|it)\s*$")
_WHO_LAST = re.compile(r"(?:^|,\s*)(?:who|which)$")
_NAME_WHO = re.compile(r"((?:[A-Z][\w.'’-]*\s+)*[A-Z][\w.'’-]*)\s+who\s*$")
_LEAD_WORD = re.compile(r"(?:when|after|before|as|if|since|although|though|while|because|once|until|"
                        r"which|who|whom|where|and|but|so|(?:in|of|by|from|to)?\s*what)\s+", re.IGNORECASE)
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
    bounds = [m for m in LEFT_BOUNDARY.finditer(t, sent.start, e) if m.end() <= e
              and not _quoted_name(p, sent, m.start())]
    if bounds and bounds[-1].group() == "that " and re.match(
            r"(?:was|were|is|are|has|had|have)\s+(?:not\s+|been\s+|since\s+|later\s+)*(?-i:[a-z]+(?:ed|en|wn|ne|un))(?:\s+[^,;:]{0,30})?$",
            t[bounds[-1].end():e]) and re.search(r"(?-i:[a-z]{3,})\s+$", t[sent.start:bounds[-1].start()]):
        bounds.pop()  # 'Part of the court order that was not overturned declared': a relative on the noun
    s = bounds[-1].end() if bounds else sent.start
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
    if rel and rel.start() > 0:  # "The minister, who lives (in Paris,) said": the relative's rest
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
        if not ADVERBIAL_START.match(chunk):
            # apposition: "Kubiak, a fire service spokesman," / "The leader, Chuck Schumer,"
            prev = t.rfind(",", s, last_comma) if last_comma >= 0 else -1
            s2 = prev + 1 if prev >= 0 else s
            if last_comma < 0:
                s2 = s
            elif prev < 0 and ADVERBIAL_START.match(t[s:last_comma].strip()):
                s2 = last_comma + 1  # "On Friday, Beto O'Rourke, who …, announced"
            if prev >= 0 and re.match(r"\s*(?:the|a|an)\s", t[prev + 1:last_comma]):
                # "Ana Ruiz, the mayor of Lipa, Batangas, said": the name before the role speaks
                pp = t.rfind(",", s, prev)
                if NAME_RUN.fullmatch(t[pp + 1 if pp >= 0 else s:prev].strip()):
                    prev, s2 = pp, (pp + 1 if pp >= 0 else s)
            out.speaker = Span(*trim(t, s2, inner_end))
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
    lead = _LEAD_WORD.match(t[s:e])
    if lead:  # "When the mayor announced …", "which the New York Times called …"
        s += lead.end()
    # "On the live television he said": a pronoun right before the cue is the speaker
    pron = _PRONOUN_LAST.search(t[s:e])
    if pron and (ADVERBIAL_START.match(t[s:e]) or len(t[s:e].split()) > 5):
        s += pron.start(1)
    when = TIME_LEAD.match(t, s, e) or TIME_PHRASE.match(t, s, e)
    if when and when.end() < e:  # "This Wednesday Greek Foreign Minister X said"
        s = when.end()
    tail = TIME_TAIL.search(t, s, e)
    if tail and tail.start() > s:  # "Another report from the government during the weekend said"
        e = tail.start()
    who = _WHO_LAST.search(t[s:e])
    if who:  # "… the home of Prime Minister Tuilaepa, who told the press": the noun before the comma
        before = t[sent.start:s + who.start()].rstrip(" ,")
        ap = re.search(NAME_RUN.pattern + r",\s*(?:a|an|the)\s[^,;:]{1,80}$", before)
        if ap:  # "led by Mark Hay, a marine ecologist at GT, who said": the named person
            before = before[:ap.end()]
        np = ap or re.search(r"(?:(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[\w'’-]+\s+){0,3}[\w'’-]+"
                             r"|(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)$", before)
        if np:
            s, e = sent.start + np.start(), sent.start + np.end()
            out.relative = True
    rel = _NAME_WHO.search(t[s:e])
    if rel:  # "drafted by Alex Greenwich who said"
        s, e = s + rel.start(1), s + rel.end(1)
    inner = list(lexicon().cue_re.finditer(t, s, e))
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
        out.speaker = span
    return out


# a personal name of up to five capitalised words ("Charles Federic Plotena", "Lord Carloway")
NAME_RUN = re.compile(r"((?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*)")


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
    r"""\s*(?=\S)(?!(?:to|for|of|on|about|with|by|in|at|from|as|it|this|him|her|them|us|me|nothing|anything
             |last|next|yesterday|today|earlier|later|recently|previously|because|since|although|though|so)\b)
        (?:(?!(?:who|which|that|whom|whose|to|and|or|if|whether|said|says|told|added)\b|[\w'’-]+ing\s+(?:he|she|they|it|we|I|that)\b)
           [\w'’.,()-]+\s+){1,8}?
        (?:can|could|would|will|may|might|must|should|shall|is|are|was|were|had|has|have|did|does|do|
           cannot|can't|won't|wasn't|weren't|isn't|aren't|hadn't|hasn't|haven't|didn't|doesn't|don't)\b""",
    re.VERBOSE,
)
AUX = frozenset("did does do has had have was is were are will would can could may might must "
                 "should shall not also".split())


def leading_subject(p: Para, sent: Span, limit: int) -> SourceMention | None:
    """The noun phrase opening a sentence ("The president praised …, saying"), as a mention."""
    lex = mentions.lexicons()
    start = sent.start
    t = p.masked
    # "In late June, the Supreme Court ruled …, saying": the subject follows an opening adverbial
    for _ in range(2):
        chunk = t[start:limit]
        lead = TIME_PHRASE.match(chunk)
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
            after_det = 2 if low in mentions.DETERMINERS else 0
        elif after_det and not low.endswith("ed") and low not in AUX:
            after_det -= 1
        else:
            break
        end = start + m.end()
    return make_source(p, Span(start, end)) if end > start else None


