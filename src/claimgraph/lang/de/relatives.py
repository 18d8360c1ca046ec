"""Reported speech inside a German relative clause: who speaks is the clause's own subject.

"Die Laudatio hielt die Feministin X, die den Mut Alis hervorhob, der … zum Ausdruck komme":
the relative clause ends in a verb of saying (verb-final order), its subject is the nominative
relative pronoun, so the speaker is the antecedent — the noun phrase before the comma. With a
prepositional relative ("seine Ausführungen, in denen er … als Krankheit bezeichnet hatte")
the subject is the pronoun inside the clause. A document as antecedent ("In der Zeitung X
erschien ein Kommentar, der … bezeichnet") speaks for the outlet it appeared in.

Such a unit otherwise reads as a bare Konjunktiv continuation and carries a speaker from an
earlier sentence (or none); this reading replaces that guess.
"""

from __future__ import annotations

import re

from ...model import Attribution, SourceMention
from ..common import MASK, Unit, content, make, text_span
from .clauses import Ctx, _NP_END, _is_name
from .mentions import Lexicons, NP, is_outlet, parse

#: ", die …" / ", in denen er …": a relative clause (nominative pronoun, or a preposition and a
#: pronoun followed by a personal pronoun subject)
_REL = re.compile(r""",\s*(?:(?P<nom>der|die|welcher|welche)
                           |(?:in|mit|bei|auf|an|über|nach)\s+(?:denen|dem|der|welchen|welchem)
                            \s+(?P<pron>er|sie))\s""", re.VERBOSE)

#: an auxiliary after the verb-final participle ("bezeichnet hatte", "gelobt hat")
_TAIL = re.compile(r"(?:\s+(?:hat|hatte|hatten|haben|hätte|habe|wurde|worden|war|ist))?\s*(?=[,.;!?]|$)")

#: a passive auxiliary after the participle: the clause's subject undergoes the act
_PASSIVE_TAIL = re.compile(r"\s+(?:wurde|wurden|worden|wird|werden)(?![\w-])")
#: the agent of a passive relative clause: "von Kritikern", "vom Gericht"
_AGENT = re.compile(rf"(?<![\w-])(?:von|vom)\s+(?P<np>{NP})")

#: "In der Süddeutschen Zeitung erschien ein Kommentar": the outlet that printed a document
_PRINTED_IN = re.compile(r"""(?:^|\s)(?:In|in|Im|im|Auf|auf)\s+
                              (?P<np>(?:(?:der|dem|den|des)\s+)?
                                     (?:[A-ZÄÖÜ«„»“"][\w«„»“”"-]*\s+){0,4}?[A-ZÄÖÜ][\w-]*\w[»“”"]?)
                              (?=\s+[a-zäöüß])""", re.VERBOSE)


def relative_speech(ctx: Ctx, unit: Unit, m: str) -> Attribution | None:
    """An attribution for a relative clause that ends in a verb of saying, or None."""
    base = unit.span.start
    lx = ctx.lx
    for rm in _REL.finditer(m):
        stop = re.search(r"[,;.!?]", m[rm.end():])
        end = rm.end() + (stop.start() if stop else len(m) - rm.end())
        clause = m[rm.end():end]
        cue = None
        for c in lx.cue.finditer(clause):
            if lx.row_for(c.group(0), clause, c.end()) is not None and \
                    _TAIL.match(clause, c.end()) is not None:
                cue = c  # the verb stands last: a verb-final (relative) clause
        if cue is None or cue.start() < 6 or \
                rm.group("nom") and re.fullmatch(r"\s*[A-ZÄÖÜ][\w-]*\s+", clause[:cue.start()]):
            continue  # ", der Presse mitteilte": an article and a dative noun, no relative clause
        if _PASSIVE_TAIL.match(clause, cue.end()):
            # ", der von Kritikern als mutig bezeichnet wurde": the relative pronoun is the
            # passive subject, talked about; the von-agent (if any) speaks
            agent = _AGENT.search(clause, 0, cue.start())
            src = None if agent is None else parse(agent.group("np"),
                                                   base + rm.end() + agent.start("np"), ctx.pack)
        elif rm.group("pron"):
            src = parse(rm.group("pron"), base + rm.start("pron"), ctx.pack)
        else:
            src = _antecedent(ctx, m, base, rm.start())
        if src is None:
            continue
        body = content(ctx.doc, base + rm.end(), base + len(m.rstrip()))
        if body is None or MASK in body.text[:1]:
            continue
        return make("indirect", body, source=src,
                    cue=text_span(ctx.doc, base + rm.end() + cue.start(),
                                  base + rm.end() + cue.end()),
                    modality="reported", rule="relative_speech")
    return None


def _antecedent(ctx: Ctx, m: str, base: int, comma: int) -> SourceMention | None:
    """The speaker named by the noun phrase before the relative pronoun's comma."""
    em = _NP_END.search(m[:comma])
    if em is None:
        return None
    np_text = em.group("np")
    words = {w.lower() for w in re.findall(r"[\w-]+", np_text)}
    if words & ctx.lx.documents:
        # a document speaks for where it was printed ("In der Zeitung X erschien ein Kommentar")
        for pm in _PRINTED_IN.finditer(m[:em.start()]):
            outlet = parse(pm.group("np"), base + pm.start("np"), ctx.pack)
            lex = Lexicons.of(ctx.pack)
            if outlet is not None and (outlet.type == "outlet" or is_outlet(pm.group("np"), lex)
                                       or any(lex.is_outlet_word(w) for w in
                                              pm.group("np").split() if w[:1].isupper())):
                outlet.type = "outlet"
                return outlet
        return None
    src = parse(np_text, base + em.start("np"), ctx.pack)
    if src is None or src.type == "anonymous" and not src.role:
        return None
    if src.type == "person" and not (src.role or _is_name(src.name)):
        return None  # "den Mut Alis, der …": a thing, not a speaker
    return src
