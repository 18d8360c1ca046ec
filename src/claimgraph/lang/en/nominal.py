"""English nominal frames: a statement noun with a that-clause after a verb or preposition.

`He repeated his claim that the vote was rigged`, `The party denied allegations that it took
money`, `amid reports that the talks had stalled`: the that-clause is what someone said or held;
the noun, not a verb, is the cue. Who said it comes from the noun phrase (`the claim by the
ministry`, `Russia's assertion`, `his claim`) or, after a verb of making (`made the claim`,
`repeated`, `issued a warning`), from the subject. After a verb of answering (`rejected`,
`denied`) the subject holds the opposite and is annotated as the source with that verb as the
cue; around a preposition or a verb of handling (`amid`, `investigated`) the subject is not the
speaker, so an ownerless noun gives no source ("").

Only frames after a verb or preposition are read: a statement noun in subject position (`Claims
that X surfaced …`) has its own main verb after the clause, and without a parse the end of the
clause is unknown. Nouns and verbs are listed in nominal.tsv.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ...model import Span
from ..base import load_tsv
from .objects import gap_clause
from .reading import FOLDER, Para, add_attribution, clause_end, lexicon, make_source, speaker_left, trim


@lru_cache(maxsize=1)
def _frame() -> tuple[re.Pattern[str], frozenset[str], frozenset[str]]:
    """The frame pattern, the verbs whose subject owns the statement and those whose subject
    answers it (from nominal.tsv)."""
    rows = load_tsv(FOLDER / "nominal.tsv")

    def alt(kind: str) -> str:
        words = sorted((r["word"] for r in rows if r["kind"] == kind), key=len, reverse=True)
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)

    own = frozenset(r["word"] for r in rows if r["kind"] == "own")
    answer = frozenset(r["word"] for r in rows if r["kind"] == "answer")
    pattern = re.compile(
        rf"""\b(?P<verb>{alt('own')}|{alt('answer')}|{alt('other')})\s+
            (?P<np>(?:(?P<det>the|a|an|all|any|his|her|their|its|these|those|such|new|fresh|growing|repeated)\s+
                   |(?P<gen>(?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){{0,3}})['’]s?\s+)?
               (?:(?-i:[a-z])[\w-]*\s+){{0,2}}?)
            (?P<noun>{alt('noun')})
            (?:\s+(?:by|from)\s+(?P<by>[^,;:"“”]{{2,60}}?))?
            \s*,?\s+that\s+""",
        re.VERBOSE | re.IGNORECASE,
    )
    return pattern, own, answer


# 'a statement that said …', 'the claim that was made': 'that' as a relative pronoun
_RELATIVE_THAT = re.compile(r"(?:\w+ed|said|says|read|reads|is|was|were|are|has|had|have|will|would|could|can|may|"
                            r"might|also|appeared|came|went)\b")
# 'the claim that he made last year': a relative clause whose object is the noun (nothing after the verb
# but a time or place)
_OBJECT_GAP = re.compile(
    r"""\s*(?:he|she|they|we|I|it|you|(?:the\s+)?[\w'’-]+)\s+(?:(?:had|has|have)\s+)?
        (?:\w+ed|made|gave|told|heard|wrote|took|read|spread|put|found|brought|set)
        (?:\s+(?:last\s+\w+|this\s+\w+|earlier|before|again|then|yesterday|today|on\s+\w+|in\s+\d{4}|in\s+court))?
        \s*[.!?]?\s*""",
    re.VERBOSE,
)
_POSSESSIVE_PRONOUN = {"his": "he", "her": "she", "their": "they", "its": "it"}


def nominal(p: Para, sent: Span) -> None:
    """Attributions of statement nouns after a verb or preposition in sentence `sent`."""
    t = p.masked
    pattern, own, answer = _frame()
    for m in pattern.finditer(t, sent.start, sent.end):
        start = m.end()
        if _RELATIVE_THAT.match(t, start):
            continue
        noun = (m.start("noun"), m.end("noun"))
        if any(a.cue and a.cue.span.start < noun[1] and noun[0] < a.cue.span.end
               or a.content.span.start <= start < a.content.span.end - 3 for a in p.found):
            continue  # read already (a cue verb 'claims', or content of another frame)
        end = clause_end(p, start, sent, [])
        later = lexicon().cue_re.search(t, start, end)
        if later:  # '… denied claims that X was slain, however, a UN report concluded …': stop before it
            comma = t.rfind(",", start, later.start())
            if comma < 0:
                continue
            end = comma
        if len(t[start:end].split()) < 3 or gap_clause(p.doc.text[start:end]) \
                or _OBJECT_GAP.fullmatch(p.doc.text[start:end]):
            continue
        verb = re.sub(r"\s+", " ", m.group("verb").lower())
        source = None
        if verb in answer and not (m.group("by") or m.group("gen")):  # 'Saudi Arabia denied all claims that X was slain': the denier, cue 'denied'
            left = speaker_left(p, sent, m.start("verb"))
            source = make_source(p, left.speaker) if left.speaker else None
            if source is not None:
                add_attribution(p, "indirect", (start, end), (m.start("verb"), m.end("verb")), source,
                                "nominal_answer")
            continue
        if m.group("by"):
            source = make_source(p, Span(*trim(t, m.start("by"), m.end("by"))), max_words=7)
        elif m.group("gen"):
            source = make_source(p, Span(m.start("gen"), m.end("gen")))
        elif verb in own:
            left = speaker_left(p, sent, m.start("verb"))
            source = make_source(p, left.speaker) if left.speaker else None
            if source is None:
                continue  # a verb of making without a subject: nobody to name
        elif (m.group("det") or "").lower() in _POSSESSIVE_PRONOUN:
            continue  # 'rejected his claim that …': the owner is someone named before (not read here)
        add_attribution(p, "indirect", (start, end), noun, source, "nominal_frame")
