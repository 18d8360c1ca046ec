"""English frames that carry a speaker past the usual subject-verb-content order.

Three shapes the cue rules miss because the speaker is not left of the verb or the content is
not right of it:

* a passive verb of saying with a `by` agent: `He was told by the fire chief that …`,
  `was warned by doctors of "a long recovery"` — the agent speaks, the subject only hears;
* a second quotation coordinated with one a cue already claimed: `talked of his "A" and "B"` —
  the same speaker, the same cue;
* an evaluation addressed to an outlet: `experts called the deal dubious to Népszava` — a
  naming verb with an object, an adjective complement and `to <outlet>` (the outlet relays).
"""

from __future__ import annotations

import re

from ...model import Span
from .frames import IRREGULAR_PAST
from .reading import Para, add_attribution, clause_end, lexicon, make_source, quote_at, trim

# 'was told by the fire chief that …' / '… of "…"': the agent noun phrase, then that / of + quote
_BY_AGENT = re.compile(
    r"""\s+by\s+(?P<agent>(?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)    # the agent, up to six words
        (?:\s*,[^,;:"“”]{1,40},)?                               # ', the head of the unit,'
        \s+(?:(?P<that>that)\s+|(?P<of>of|about)\s+(?=[\"“]))""",
    re.VERBOSE,
)
# cues whose passive with an agent reports the agent's words (not 'was accused by')
_PASSIVE_SPEECH = frozenset("tell inform warn assure advise notify remind".split())


def passive_agent(p: Para, sent: Span, cs: int, ce: int, stops: list[int]) -> bool:
    """'He was told by the minister that the bridge would close.' -> the minister said it."""
    cue = lexicon().cues.get(p.masked[cs:ce].lower())
    if cue is None or cue.lemma not in _PASSIVE_SPEECH:
        return False
    m = _BY_AGENT.match(p.masked, ce, sent.end)
    if m is None:
        return False
    agent = p.masked[m.start("agent"):m.end("agent")]
    if agent.split()[0].lower() in ("the", "a", "an", "his", "her", "their", "its") and len(agent.split()) == 1:
        return False
    source = make_source(p, Span(*trim(p.masked, m.start("agent"), m.end("agent"))), max_words=6)
    if source is None:
        return False
    if m.group("of"):
        q = quote_at(p, m.end())
        if q is None:
            return False
        add_attribution(p, "direct", (q.inner.start, q.inner.end), (cs, ce), source, "passive_agent_quote")
        return True
    start = m.end()
    add_attribution(p, "indirect", (start, clause_end(p, start, sent, stops)), (cs, ce), source,
                    "passive_agent_that")
    return True


# '"…" and "…"' / '"…", and "…"': a second quotation joined to the one before it
_JOINED = re.compile(r"[\"”],?\s+(?:and|or|as\s+well\s+as)\s+(?:(?:his|her|their|its|the|a|an)\s+)?$")


# the first quotation is a noun phrase after a preposition: 'talked of Munk's "A"', 'wrote of "A"'
_PREP_BEFORE = re.compile(r"\b(?:of|about|on|over|for|with)\s+(?:[\w'’-]+\s+){0,2}$")


def coordinated_quote(p: Para, q, before: str) -> bool:
    """'Khosla talked of Munk's "A" and "B"': the second quotation takes the first one's frame."""
    m = _JOINED.search(before)
    if m is None:
        return False
    end = p.start + m.start() + 1  # just after the closing mark of the first quotation
    first = next((x for x in p.quotes if x.depth == 0 and x.span.end == end), None)
    if first is None:
        return False
    owner = next((a for a in p.found if a.kind == "direct" and a.source is not None and a.cue is not None
                  and a.content.span.start == first.inner.start), None)
    if owner is None:
        return False  # ('called the plan "reckless" and "…"': a label's object is no quotation of its own)
    if not _PREP_BEFORE.search(p.masked, max(p.start, first.span.start - 60), first.span.start):
        return False  # ('said the matter "A", and "B"': two predicates of one reported clause)
    add_attribution(p, "direct", (q.inner.start, q.inner.end), (owner.cue.span.start, owner.cue.span.end),
                    owner.source, "quote_coordinated", [v.span for v in owner.via if v.span])
    return True


# the clause before an inserted frame is unfinished: a subordinate clause or a subject alone
_OPEN_BEFORE = re.compile(r"(?:If|Unless|Although|Though|Because|Once|Since|Even\s+if|While|When|As)\s")
# after the frame's closing comma: a main clause (subject + verb) or the subject's verb
_GOES_ON = re.compile(
    r"""\s*,\s*(?=(?:(?:it|they|he|she|we|this|the|a|an|most|many|some|all|[A-Z][\w'’-]*)\b[^,;:.!?]{0,60}?\b
                     (?:is|are|was|were|will|would|can|could|may|might|must|should|has|have|had|\w+s|\w+ed|"""
    + "|".join(sorted(IRREGULAR_PAST)) + r""")\b)
                 |(?:(?:also|still|now|not|only)\s+)?(?:can|could|would|will|may|might|must|should|is|are|was|were|has|have|had)\b)""",
    re.VERBOSE,
)


def inverted_insert(t: str, s0: int, c_end: int, pos: int) -> int | None:
    """Where the content goes on after an inverted frame between commas, or None.

    'Because warmer water is lighter, says the study, it rises …' and 'The bridge, said
    officials, would reopen …': the part before the frame cannot stand alone (a subordinate
    clause, or a subject without its verb), so the claim is the whole sentence.
    """
    m = _GOES_ON.match(t, pos)
    if m is None:
        return None
    head = t[s0:c_end].rstrip(" ,")
    if _OPEN_BEFORE.match(head) and "," not in head:
        return m.end()
    if not re.search(r"\b(?:is|are|was|were|will|would|can|could|has|have|had|\w+ed|\w+s)\b", head) and \
            re.match(r"\s*,\s*(?:(?:also|still|now|not|only)\s+)?(?:can|could|would|will|may|might|must|should|is|are|"
                     r"was|were|has|have|had)\b", t[pos:]):
        return m.end()  # 'The bridge, said officials, would reopen': a subject, then its verb
    return None
