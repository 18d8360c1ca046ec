"""What stands right of an English cue besides a quotation or a `that` clause.

Verbs whose content is their object (appeals `urged X to Y`, valuations `put the toll at 40`,
labels `called it "…"`, naming `identified X as Y`), participles closing a sentence (`…, local
media reporting`), and the clauses a that-verb may take without "that": a bare past clause
(`report spiky skulls evolved …`), a relative (`which they note is …`), an infinitive (`finding
it to be unlawful`, `claimed to have …`), a quotation that goes on the clause (`found the order
"was made without …"`). Split from rules.py (round 5) to keep both modules readable.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import SourceMention, Span
from ..base import load_tsv
from . import mentions
from .frames import IRREGULAR_PAST
from .nested import registered_outlet
from .reading import AUX, FOLDER, Para, add_attribution, clause_end, lexicon, make_source, quote_at, trim


@lru_cache(maxsize=1)
def _complements() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """(act object, judged object) patterns built from complements.tsv."""
    rows = load_tsv(FOLDER / "complements.tsv")
    words = {k: "|".join(sorted((re.escape(r["word"]) for r in rows if r["kind"] == k), key=len, reverse=True))
             for k in ("act", "judgement", "superlative")}
    # 'announced his resignation', 'confirmed Pierluisi's nomination' — not followed by a verb of
    # its own ('announced the nomination was withdrawn' reports a clause)
    act = re.compile(
        rf"""\s*(?:his|her|their|its|the|a|an|(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*){{0,2}}['’]s?)\s+
            (?:[\w'’-]+\s+){{0,2}}?(?:{words['act']})\b
            (?![^,;:.]{{0,50}}?\b(?:would|will|was|is|were|are|had|has|have|could|can|might|may|must|should)\b)""",
        re.VERBOSE | re.IGNORECASE)
    # 'called its actions defensive in nature', 'found the air strike justified': an object of at
    # most five words, then a judging adjective that closes the phrase
    judged = re.compile(
        rf"""\s+(?:it|them|him|her|this|that|these|those
             |(?:(?:the|a|an|its|his|her|their|our|this|that|these|those)\s+
               |(?-i:[A-Z])[\w.'’-]*(?:['’]s)?\s+)(?:[\w'’.-]+\s+){{0,4}}?)
            \s*(?:(?:to\s+be\s+|as\s+)?(?:{words['judgement']})
            (?=\s*(?:[,.;:!?]|$)|\s+(?:and|or|but|in\s+nature|because|given|since|under|after|as|by)\b
               |\s+to\s+(?:the\s+)?(?-i:[A-Z]))              # 'called this dubious to Népszava'
             |the\s+(?:{words['superlative']})\b)            # 'called the crisis the worst in the world'""",
        re.VERBOSE | re.IGNORECASE)
    return act, judged


def act_object(rest: str) -> bool:
    """'announced his resignation', 'confirmed her nomination': an act, not a reported claim."""
    return _complements()[0].match(rest) is not None


def judged_object(rest: str) -> bool:
    """'called the order swift', 'found the strike justified': the object and a judging adjective."""
    return _complements()[1].match(rest) is not None


# no reported clause after the cue: 'said nothing', 'spoke of', 'told it so.'
NO_CLAUSE = re.compile(
    r"\s*(?:to|of|by|for|about|on|in|with|at|from|into|up|out|off|over|against|as|and|or|so|"
    r"nothing|anything|something|a\s+lot|(?:it|this|that|so|yes|no)\s*(?:[.,;!?]|$))(?![\w'’-])|\s*[.!?]|\s*$",
    re.IGNORECASE,
)
# the object of a valuation verb: 'placed the value of the vase at …', 'put the death toll at 40'
_VALUE_OBJECT = re.compile(
    r"\s+(?:the|its|their|his|her|a)\s+(?:[\w-]+\s+){0,2}?(?:value|cost|costs|toll|number|figure|damage|"
    r"loss|losses|price|bill|total|worth|size|age|count|epicent(?:er|re)|cent(?:er|re)|origin|location|depth|"
    r"magnitude|source|blame|responsibility|probability|odds|chance|chances|risk)\b")
# 'the deal they agreed would make …': an auxiliary right after the cue means the cue sits in a
# relative clause without "that" (its subject is the noun before), not a reported clause
AUX_FIRST = re.compile(r"\s*(?:can|could|would|will|may|might|must|should|shall|is|are|was|were|has|have|had)\b")


# 'said as a teenager she was forced …', 'said in 2019 the firm had …': a short phrase, then a clause
PP_CLAUSE = re.compile(
    r"""\s*(?:as|in|during|after|before|at|since|until|by|when)\s+(?:[\w'’-]+\s+){1,4}?,?\s*
        (?:he|she|they|I|we|it|there|(?:most|many|some|all|the|a|an)\s+(?:[\w'’-]+\s+){0,6}?)  # 'found in 36 states most of the people …'
        \s*(?:was|were|had|has|have|would|could|will|is|are|did|had|\w+ed)\b""",
    re.VERBOSE,
)


_PAREN_ASIDE = re.compile(r"\s*\([^()]{0,40}\)")  # "(UTC+0900)", "(BTP)"
_CIRCUMSTANCE = re.compile(
    r"\s*[—–]\s|\s*(?:(?:just|shortly|soon|long|only|hours|days|weeks|months|years|minutes"
    r"|(?:a|one|two|three|several|a\s+few)\s+(?:hours?|days?|weeks?|months?|years?|minutes?))\s+)?"
    r"(?:of|about(?!\s+\d)|in|at(?!\s+(?:least|most)\b)|on|during|after|before|from|with|when|while|outside|inside|ahead\s+of|following"  # ('said at least 71 …': a count)
    r"|later|earlier|ago|until|since|amid|as\s+(?:he|she|they|it|police))\b"
    r"(?:(?!\bthat\b)[^,;:\"“])*$")
_ASIDE_END = re.compile(r"\s*,\s*(?:local\s+time|(?:a|an|the)\s+[^,;:\"“”]{1,60}?)\s*[.!?]?\s*$")
_PARTICIPLE_NEXT = re.compile(r"\s*,\s*(?:\w+ing|according|in|on|as|while|but|and)\b")


def before_frame(p: Para, sent: Span, pos: int) -> bool:
    """True when nothing that could be content follows the cue (it stood before).

    Asked by `_stops` and again by the cue's own reading: the answer is kept on the paragraph.
    """
    key = (sent.end, pos)
    hit = p.befores.get(key)
    if hit is None:
        hit = p.befores[key] = _before_frame(p.masked[pos:sent.end])
    return hit


def _before_frame(text: str) -> bool:
    rest = _PAREN_ASIDE.sub("", text)
    if _CIRCUMSTANCE.match(rest) and not PP_CLAUSE.match(rest):
        return True  # '"…," he said of the final.' / '… she wrote shortly before her death.'
    if _ASIDE_END.match(rest) and not finite(rest):
        return True  # '…, police reported Friday, local time.' / '…," X told Y, a choice …': an aside
    return not rest.strip(" .!?\"”’") or bool(_PARTICIPLE_NEXT.match(rest))


# 'posted a message on Facebook on Friday announcing …': the message's author speaks
MESSAGE_BEFORE = re.compile(r"\b(?:posted|published|issued|released|sent|wrote|shared|put\s+out|tweeted)\s+(?:a|an|the)\s+"
                             r"(?:[\w-]+\s+)?(?:message|statement|letter|post|tweet|video|note|release|notice)"
                             r"(?:\s+(?:on|to|in|via)\s+[\w\s]{1,30}?)?(?:\s+on\s+[A-Z]\w+)?$")
# '…, they reason, could have …': after the frame's closing comma the clause goes on with its verb
INSERTED = re.compile(r"\s*,\s*(?:(?:also|still|now|not|only)\s+)?(?:can|could|would|will|may|might|must|should"
                       r"|is|are|was|were|has|have|had|\w+ed)\b(?!\s+by\b)")
# the object of a verb of finding/claiming with an infinitive: 'finding it to be unlawful',
# 'claimed to have bought …' (subject control: the speaker is the subject of the infinitive)
_TO_BE = re.compile(r"\s*(?:(?:[\w'’-]+\s+){1,8}?)?to\s+(?:be|have)\s+(?=\S)")
# a quotation that goes on the clause: 'The court found the order "was made without …"'
_NP_QUOTE = re.compile(r"\s*(?:(?!(?:that|which|who|and|but|to)\s)[\w'’.-]+\s+){1,8}?(?=[\"“])")


def past_clause(rest: str) -> bool:
    """'report spiky skulls evolved …': a subject of one to five words, then a verb in the past.

    (not 'noted the increased costs': a past form right after a determiner is an adjective)
    """
    words = rest.split()[:7]
    for k, w in enumerate(words[1:6], start=1):
        low = w.lower()
        if low == "and" and k + 2 < len(words) and not _past(words[k + 1]) and _past(words[k + 2]):
            continue  # 'suggested police and residents used chainsaws': a coordinated subject
        if low in _NOT_IN_SUBJECT or not w[:1].isalpha():
            return False
        if (low.endswith("ed") or low in IRREGULAR_PAST) and k + 1 < len(words) \
                and words[k + 1].lower() not in _AFTER_PARTICIPLE \
                and words[k - 1].lower() not in mentions.DETERMINERS \
                and words[0].lower() not in _NOT_SUBJECT:
            return True
    return False


def _past(word: str) -> bool:
    low = word.lower()
    return low.endswith("ed") or low in IRREGULAR_PAST


_NOT_IN_SUBJECT = frozenset("that which who to and or if whether as when while because since after before until "
                            "with".split())
# 'a podcast dedicated to X', 'proteins found only in': a participle after its noun, no clause
_AFTER_PARTICIPLE = frozenset("by to for with from as only in inside near under".split())
_NOT_SUBJECT = frozenset("to for of on about with by in at from as it this him her them us me nothing anything "
                         "last next yesterday today earlier later because since so".split())


def object_clause(p: Para, sent: Span, cue, cs: int, pos: int, rest: str) -> bool:
    """The content of a that-verb without "that": a relative ('which they note is …'), an
    infinitive ('finding it to be unlawful'), a quotation going on the clause."""
    if AUX_FIRST.match(rest):
        return re.search(r"\b(?:which|that|who)\s+(?:[\w'’-]+\s+){1,3}$", p.masked[max(sent.start, cs - 40):cs]) \
            is not None
    if _TO_BE.match(rest):  # ('told them to be careful' is a request; 'is said to be' was read as a hedge)
        return cue.klass in ("speech", "evidence", "belief") and not cue.takes_object \
            and (cue.klass == "evidence" or re.match(r"\s*to\s+(?:be|have)\s", rest) is not None)
    m = _NP_QUOTE.match(rest)
    q = quote_at(p, pos + m.end()) if m else None
    return q is not None and p.doc.text[q.inner.start:q.inner.start + 1].islower()


def finite(text: str) -> bool:
    """True when one of the first six words is an auxiliary or a past form (a clause, not a noun)."""
    return any(w in AUX or w.endswith("ed") for w in text.lower().split()[:6])


def gap_clause(text: str) -> bool:
    """'(far from where the records predicted) it would be': a relative clause missing its place."""
    return re.fullmatch(r"\s*(?:it|they|he|she|this|that|there)\s+(?:\w+\s+)?(?:be|is|was|were|are|been|had|did|would"
                        r"|could)\s*[.!?]?\s*", text) is not None


def object_content(p: Para, sent: Span, cue, pos: int, rest: str, cue_span: tuple[int, int],
                    source: SourceMention, vias: list[Span], stops: list[int]) -> None:
    """Verbs whose content is their object: appeals ('urged X to Y'), valuations, forecasts.

    'urged residents to stay indoors' -> 'residents to stay indoors'; 'placed the value of the
    vase at two million' -> 'the value of the vase at two million'; 'expects rising costs'.
    """
    t = p.masked
    rule = f"cue_{cue.klass}_object"
    if cue.klass == "appeal":
        rest = re.sub(r"^\s*for\b", lambda m: " " * len(m.group()), rest)  # "calling for X to …"
        head = " ".join(rest.split()[:14])
        if not re.search(r"(?<!\bup\s)\bto\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b|life\b)[a-z]+|\bbe\b", head):
            return  # "asked a question", "called for calm": a request without a proposition
        if re.match(r"\s*(?:whether|if|why|how|what|when|where|who)\b", rest):
            return
        c_start = pos + len(rest) - len(rest.lstrip())
    elif cue.klass == "valuation":
        if not _VALUE_OBJECT.match(rest):
            return
        c_start = pos + len(rest) - len(rest.lstrip())
    else:  # forecasts: "expects rising costs"
        if NO_CLAUSE.match(rest) or len(p.doc.text[pos:sent.end].split()) < 3:
            return
        c_start = pos
    c_end = clause_end(p, c_start, sent, stops)
    if len(t[c_start:c_end].split()) < 2 or gap_clause(t[c_start:c_end]):
        return
    add_attribution(p, "indirect", (c_start, c_end), cue_span, source, rule, vias)


def absolute(p: Para, sent: Span, cs: int, ce: int, pos: int) -> None:
    """'…, local media reporting (on Tuesday).': a participle clause closing the sentence."""
    t = p.masked
    if not before_frame(p, sent, pos):
        return
    comma = t.rfind(",", sent.start, cs)
    if comma <= sent.start:
        return
    np_span = Span(*trim(t, comma + 1, cs))
    if not 0 < len(t[np_span.start:np_span.end].split()) <= 5:
        return
    source = make_source(p, np_span)
    if source is None or source.type == "person" and source.text.lower() in mentions.PRONOUNS:
        return
    klass = lexicon().cues[t[cs:ce]].klass
    add_attribution(p, "indirect", (sent.start, comma), (cs, ce), source, f"cue_{klass}absolute")


def label(p: Para, sent: Span, ce: int, cue_span: tuple[int, int],
           source: SourceMention, vias: list[Span]) -> None:
    """'X called it "a non-starter"' (direct) / 'X called the deal "lousy"' (mixed).

    Without a quotation only two propositions count: 'called for X to Y' (an appeal with its
    content) and 'blamed X for Y' (who caused what); 'called for calm' reports no proposition.
    """
    t = p.masked
    lemma = lexicon().cues[t[cue_span[0]:cue_span[1]]].lemma
    m = re.match(r"((?:\s+[\w'’.-]+){0,8}?)\s+(?:as\s+|a\s+|an\s+)?(?=[\"“‘'])", t[ce:sent.end])
    q = quote_at(p, ce + m.end()) if m else None
    if q is None:
        rest = t[ce:sent.end]
        if lemma == "call" and re.match(r"\s+for\s", rest):
            cue = lexicon().cues["urged"]
            object_content(p, sent, cue, ce, rest, cue_span, source, vias, [])
        elif lemma in ("call", "deem", "consider") and judged_object(rest):
            s0 = ce + len(rest) - len(rest.lstrip())  # 'called its actions defensive in nature'
            jm = _complements()[1].match(rest)
            pron = re.match(r"(?:it|this|that|them|him|her)\s+", t[s0:])  # a pronoun object is left out
            s0 += pron.end() if pron else 0
            # 'called this dubious to Népszava': the outlet addressed relays the judgement
            to = re.match(r"\s+to\s+((?:the\s+)?(?-i:[A-Z])[\w.'’&-]*(?:\s+(?-i:[A-Z])[\w.'’&-]*){0,3})", rest[jm.end():])
            if to and (mentions.is_outlet(to.group(1)) or registered_outlet(to.group(1))):
                vias = vias + [Span(ce + jm.end() + to.start(1), ce + jm.end() + to.end(1))]
            add_attribution(p, "indirect", (s0, clause_end(p, s0, sent, [])), cue_span, source,
                            "cue_label_judged", vias)
        elif re.match(r"\s+as\s+(?=[a-z])", rest) and re.search(
                r"\b(?:which|that|what)\s+(?:[\w'’.-]+\s+){1,4}$|\b(?-i:[a-z]+)\s+(?:[A-Z][\w'’.-]*\s+){1,3}$",
                t[max(sent.start, cue_span[0] - 50):cue_span[0]]):
            # 'the fibres, which Chen described as resembling silk', 'a step Ana described as tricky':
            # the antecedent is the object
            rr = re.search(r"(?<=[a-z] )(?:[A-Z][\w'’.-]*\s+){1,3}$", t[max(sent.start, cue_span[0] - 50):cue_span[0]])
            if rr and not re.search(r"\b(?:which|that|what)\s", t[max(sent.start, cue_span[0] - 50):cue_span[0]]):
                named = make_source(p, Span(*trim(t, cue_span[0] - len(rr.group()), cue_span[0])))
                source = named or source
            s0 = ce + re.match(r"\s+as\s+", rest).end()
            e0 = clause_end(p, s0, sent, [])
            e0 = t.find(",", s0, e0) % (e0 + 1) or e0  # the relative clause ends at its comma
            add_attribution(p, "indirect", (s0, e0), cue_span, source,
                            "cue_label_as", vias)
        elif lemma in ("describe", "characterise", "characterize", "brand", "label", "justify"):
            naming(p, sent, ce, cue_span, source, vias, [])  # 'described the plan as reckless'
        elif (lemma == "blame" and re.match(r"\s+(?:[\w'’-]+\s+){1,10}?(?:for|on)\s+\S", rest)) or \
                (lemma == "accuse" and re.match(r"\s+(?:[\w'’-]+\s+){1,6}?of\s+\S", rest)) or \
                (lemma in ("attribute", "ascribe") and re.match(r"\s+(?:[\w'’-]+\s+){1,8}?to\s+(?!be\b|have\b)\S", rest)):
            s0 = ce + len(rest) - len(rest.lstrip())
            add_attribution(p, "indirect", (s0, clause_end(p, s0, sent, [])), cue_span, source,
                            "cue_label_blame", vias)
        return
    obj = m.group(1).strip().lower()
    if lemma == "refer" and obj == "to":
        if not re.search(r"\sas\s+(?:an?\s+)?$", t[ce:q.span.start]):
            return  # 'referred to "the old days"': a topic, not a name given
        obj = ""  # 'which the opposition has referred to as "theft"'
    elif lemma == "refer" and " as" not in t[cue_span[0]:cue_span[1]]:
        # 'referred to him as "…"': only with 'to' + object + 'as' before the quotation
        if not re.fullmatch(r"\s+to\s+(?:[\w'’.-]+\s+){0,4}?[\w'’.-]+", m.group(1)) or \
                not re.search(r"\sas\s+(?:an?\s+)?$", t[ce:q.span.start]):
            return
        obj = ""  # ('referred to the 707 as a "cargo plane"': the quoted words alone, as the gold has it)
    if obj in ("", "it", "this", "that", "him", "her", "them", "the move", "the decision"):
        after = t[q.span.end:sent.end]
        if not obj and re.match(r"\s*(?:and|as\s+well\s+as|,\s*and)\s+\w+(?:\s+\w+){2}", after):
            # 'blaming "human error" and the fear of attack': the quote opens a longer object
            add_attribution(p, "mixed", (q.inner.start, clause_end(p, q.span.end, sent, [])), cue_span,
                            source, "cue_label", vias)
            return
        add_attribution(p, "direct", (q.inner.start, q.inner.end), cue_span, source, "cue_label", vias)
        # 'referred to as "gamesmanship" and a "stunt"': each quoted label is one item
        m2 = re.match(r"\s*(?:,\s*)?(?:and|or)\s+(?:a\s+|an\s+|as\s+)?(?=[\"“‘])", after)
        q2 = quote_at(p, q.span.end + m2.end()) if m2 else None
        if q2 is not None:
            add_attribution(p, "direct", (q2.inner.start, q2.inner.end), cue_span, source, "cue_label", vias)
    elif obj == "as":  # 'what the scientists describe as an "upside-down river" flowing …': the antecedent is the object
        add_attribution(p, "mixed", (ce + m.end(1), clause_end(p, q.span.end, sent, [])), cue_span, source, "cue_label_as", vias)
    else:
        add_attribution(p, "mixed", (ce + len(m.group(1)) - len(m.group(1).lstrip()), q.inner.end), cue_span,
             source, "cue_label", vias)


def naming(p: Para, sent: Span, pos: int, cue_span: tuple[int, int], source: SourceMention,
            vias: list[Span], stops: list[int]) -> None:
    """'Reports named him on Sunday as X' / 'Police identified the victim as a local teacher'.

    Naming verbs report a proposition only with an object and "as": the content is the object
    and what it is named as ('named a new coach', 'identified problems' report nothing).
    """
    t = p.masked
    # ('identifies February 26, 1944 as the day', 'justified the strike, which X approved, as
    # "defensive"', 'named the chain and developer Y among the buyers')
    m = re.match(r"\s*((?:[\w'’.-]+,?\s+){1,8}?)((?:,\s*)?(?:which|who)\s[^,;:]{1,80},\s+)?(?:as|among)\s+(?=[\w\"“])",
                 t[pos:sent.end])
    if m is None or re.search(r"\b(?:that|which|who|but|after|because)\b|\band\s+\S+,?\s*$", m.group(1)) or \
            re.search(r"\band\b", m.group(1)) and lexicon().cue_re.search(m.group(1)) or \
            re.match(r"(?:only|also|simply|later|merely|just|publicly|officially|\w+ly)\s", m.group(1)):
        return  # "a man identified only as 'P'": an adverb, no object — the passive participle
    c_start = pos + m.start(1)
    add_attribution(p, "indirect", (c_start, clause_end(p, c_start, sent, stops)), cue_span, source,
                    "cue_naming", vias)


# 'The seaman was identified as J. G. by a Coast Guard spokesperson': the agent names the subject
_PASSIVE_NAMING = re.compile(
    r"""\s+as\s+[^,;:]{1,60}?\s+by\s+(?P<agent>(?:(?:a|an|the|his|her|their|its)\s+|(?-i:[A-Z]))[^,;:.]{1,60}?)
        \s*(?=[,.;!?]|$)""",
    re.VERBOSE,
)


def passive_naming(p: Para, sent: Span, be_start: int, cs: int, ce: int) -> bool:
    """'X was identified as Y by Z': Z's claim is 'X … as Y' (True when read)."""
    t = p.masked
    m = _PASSIVE_NAMING.match(t, ce, sent.end)
    if m is None:
        return False
    source = make_source(p, Span(*trim(t, m.start("agent"), m.end("agent"))), max_words=8)
    if source is None:
        return False
    bounds = [b.end() for b in re.finditer(r"[;:]\s|,\s+(?:and|but)\s", t[sent.start:be_start])]
    s0 = sent.start + (bounds[-1] if bounds else 0)
    if not 1 <= len(t[s0:be_start].split()) <= 8:
        return False
    add_attribution(p, "indirect", (s0, m.start("agent") - len(" by ")), (cs, ce), source, "cue_naming_passive")
    return True
