"""The right edge of a German speaker noun phrase: appositions, brackets, age, relative clauses.

A German speaker is often more than its head: `Burt Rutan, Chef der Firma X,`, `die Sprecherin
des Ministeriums, Anna Berg,`, `Anna Berg (Grüne)`, `Burt Rutan, 54,`, `Burt Rutan, der die Firma
seit 1990 leitet,`. Every frame without a verb between speaker and content (`laut X`, `X
zufolge`, `nach Angaben von X`, `, so X`, `wie X mitteilte`) has to know where the speaker ends,
or the apposition becomes content (`Laut X, Chef der Y, ist …` -> content `Chef der Y, ist …`).

Why one reader: each frame had its own regex tail and each missed other shapes. `tail()` reads
the pieces one by one from the offset after the head; `widen()` turns them into one source
(a name in apposition after a role is the speaker; a role after a name is its role).
An apposition is only taken when it is closed: by a comma (the frame goes on) or, for a frame
at the end of its clause (`, so X, Chef der Y.`), by the clause end. Enumerations (`laut Plan,
Budget und Satzung`, `Laut Polizei, Feuerwehr und Rettungsdienst`) are no apposition: a bare
phrase after a comma is one only with a role word (roles.tsv) or an owner (`Chef der Y`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ...model import SourceMention, Span
from ..common import MASK
from .clauses import Ctx
from .mentions import NP, parse
from .subject_np import _merged

#: a bracket right after the head: a party, a place or an age ("Anna Berg (Grüne)", "(54)")
_BRACKET = re.compile(r"\s*\((?P<b>[^()]{1,40})\)")
#: one comma piece: what stands between this comma and the next comma or the clause end
_PIECE = re.compile(r"""\s*,\s*(?P<p>[^,;:.!?()]{1,100}?)
                        (?P<br>\s*\([^()]{1,40}\))?          # "…, Anna Berg (Grüne),"
                        (?P<close>\s*,|\s*[.!?]?\s*$)""", re.VERBOSE)
#: an age: "Burt Rutan, 54," / ", 54 Jahre alt,"
_AGE = re.compile(r"\d{1,3}(?:\s+Jahre(?:\s+alt)?)?")
#: a personal name: up to four capitalised words, name particles between
_NAME = re.compile(r"""(?:[A-ZÄÖÜ][\w'’.-]*\s+(?:(?:von|van|de|da|del|zu|bin|al)\s+)?){0,3}
                       [A-ZÄÖÜ][\w'’-]*\w""", re.VERBOSE)
#: a relative clause: an optional preposition, the pronoun, then words up to a verb at the end
_RELATIVE = re.compile(r"""(?:(?:an|auf|aus|bei|durch|für|gegen|in|mit|nach|über|unter|von|vor|
                               zu|seit)\s+)?
                           (?:der|die|das|dem|den|denen|deren|dessen|welche[rsmn]?)\s
                           .*\s[a-zäöüß][\w-]*$""", re.VERBOSE)
#: a piece ending in a zu-infinitive ("an der Kundgebung teilzunehmen") is an infinitive clause
_ZU_INFINITIVE = re.compile(r"(?:(?<![\w-])zu\s+[a-zäöüß]+|[a-zäöüß]{2,}zu[a-zäöüß]{2,})en$")
#: an article or adjective before the role noun of an apposition ("der frühere Chef", "ein")
_ROLE_LEAD = re.compile(r"""(?:(?:der|die|das|dem|den|des|ein|eine|einer|eines|einem|einen)\s+)?
                            (?:[a-zäöüß][\w-]*(?:e|er|en|es|em)\s+){0,2}
                            [A-ZÄÖÜ]""", re.VERBOSE)
#: a finite verb or conjunction: the piece is a clause, no apposition
_CLAUSE = re.compile(r"""(?<![\w-])(?:ist|sind|war|waren|sei|seien|hat|hatte|habe|haben|hatten|
                                     wird|werde|werden|wurde|wurden|würde|wäre|kann|könne|muss|
                                     soll|solle|sollen|dass|daß|ob|weil|wenn|als|sagte|sagt|
                                     teilte|erklärte|berichtete|meinte|so|wie|es|man|sich)
                         (?![\w-])""", re.VERBOSE)
#: a coordinated second speaker after the appositions: "…, und Anna Berg, Chefin der Y,"
_AND = re.compile(r"\s*(?:und|sowie)\s+(?=[A-ZÄÖÜ])")
#: a speaker head at an offset
_NP_AT = re.compile(NP)


@dataclass
class Tail:
    """What follows a speaker head: where the speaker ends and the pieces it holds."""

    end: int                                  #: offset after the last piece (before its comma)
    name: tuple[int, int] | None = None       #: a name in apposition ("…, Anna Berg,")
    role: tuple[int, int] | None = None       #: a role in apposition ("…, Chef der Y,")
    after: int = -1                           #: offset after the closing comma, if any


def _kind(piece: str, ctx: Ctx, head_is_name: bool) -> str | None:
    """`age`, `name`, `role` or `relative` for one comma piece, None for no apposition."""
    piece = piece.strip()
    if MASK in piece or not piece:
        return None
    if _AGE.fullmatch(piece):
        return "age"
    if _ZU_INFINITIVE.search(piece):
        return None  # "…, an der Kundgebung teilzunehmen,": an infinitive clause, no relative
    if _RELATIVE.fullmatch(piece):
        return "relative"
    if _NAME.fullmatch(piece):
        # after a role or an institution a name is its person; after a name, a list of names
        return None if head_is_name else "name"
    if not _ROLE_LEAD.match(piece) or _CLAUSE.search(piece) or not piece.split()[-1][:1].isupper():
        return None
    if re.search(r"(?<![\w-])(?:und|oder|sowie|bzw\.)(?![\w-])", piece) and not re.search(
            r"(?<![\w-])(?:des|der|von|vom|beim)(?![\w-])", piece):
        return None  # "Feuerwehr und Rettungsdienst": an enumeration, no role
    src = parse(piece, 0, ctx.pack)
    if src is None or not src.role:
        return None
    return "role"


def is_name(text: str) -> bool:
    """Is `text` a bare personal name (capitalised words, no article)?"""
    return bool(_NAME.fullmatch(text.strip()))


def tail(ctx: Ctx, m: str, at: int, *, head_is_name: bool, final: bool = False,
         coordinate: bool = True) -> Tail:
    """The speaker's tail in the masked unit `m` from `at` (right after the head).

    Args:
        head_is_name: the head is a personal name (a name after it starts a list, no apposition)
        final: the frame closes its clause (`, so X, Chef der Y.`): the clause end closes a piece
        coordinate: read `und Z, Chef der W,` after the appositions as the same speaker phrase
    """
    out = Tail(at)
    pos = at
    br = _BRACKET.match(m, pos)
    if br is not None:
        pos = out.end = br.end()
    while True:
        pm = _PIECE.match(m, pos)
        if pm is None:
            break
        closed = pm.group("close").strip() == ","
        if not closed and not final:
            break
        kind = _kind(pm.group("p"), ctx, head_is_name)
        if kind is None:
            break
        if kind == "name" and out.name is None:
            out.name = (pm.start("p"), pm.end("p"))
        elif kind == "role" and out.role is None:
            out.role = (pm.start("p"), pm.end("p"))
        out.end = pm.end("br") if pm.group("br") else pm.end("p")
        out.after = pm.end() if closed else -1
        if not closed:
            break
        pos = pm.end() - 1  # the closing comma may open the next piece
        am = _AND.match(m, pm.end()) if coordinate else None
        if am is not None:
            nm = _NAME.match(m, am.end())
            if nm is not None and re.match(r"\s*[,(]", m[nm.end():]):
                more = tail(ctx, m, nm.end(), head_is_name=True, final=final, coordinate=False)
                if more.end > nm.end():
                    out.end, out.after = more.end, more.after
                    break
    return out


def widen(ctx: Ctx, m: str, base: int, src: SourceMention | None, at: int, *,
          final: bool = False) -> tuple[SourceMention | None, int]:
    """The speaker `src` whose head ends at `at` in `m`, with its tail; and the offset in `m`
    where the speaker phrase ends (`at` when nothing follows).

    `die Sprecherin des Ministeriums, Anna Berg,` -> Anna Berg, role Sprecherin;
    `Burt Rutan, Chef der Firma X,` -> Burt Rutan, role Chef, affiliation Firma X.
    """
    if src is None or src.span is None:
        return src, at
    if src.type == "outlet" and not final:
        # "des Südwestrundfunks (SWR)": the bracket ends the frame, the outlet's mention stays
        # as written (its name is read from the head; an abbreviation would replace it)
        br = _BRACKET.match(m, at)
        return src, at if br is None else br.end()
    t = tail(ctx, m, at, head_is_name=is_name(src.text), final=final)
    if t.end == at:
        return src, at
    if t.name is not None:
        named = parse(m[t.name[0]:t.name[1]], base + t.name[0], ctx.pack)
        if named is not None and named.type == "person":
            src = _merged(ctx, src, named, base + t.name[1])
    elif t.role is not None and (src.type == "person" or is_name(src.text)):
        role = parse(m[t.role[0]:t.role[1]], base + t.role[0], ctx.pack)
        if role is not None and role.role:
            src = _merged(ctx, role, src, base + t.role[1])
            src.role, src.affiliation = role.role, role.affiliation
    end = base + t.end
    assert src.span is not None
    if end > src.span.end:
        src.text, src.span = ctx.doc.text[src.span.start:end], Span(src.span.start, end)
    return src, t.end


def before(ctx: Ctx, m: str, end: int) -> tuple[int, int] | None:
    """`Burt Rutan, dem Chef der Firma, zufolge`: the (start, end) in `m` of the head of a
    speaker whose appositions, closed by a comma, reach `end` (the postposition); the
    earliest head wins (`X, Chef der Y, und Z, …, zufolge` starts at X)."""
    seg = m[max(0, end - 240):end]
    off = end - len(seg)
    for hm in re.finditer(r"(?:^|(?<=[\s(]))(?=[A-ZÄÖÜa-zäöüß])", seg):
        head = _NP_AT.match(seg, hm.start())
        if head is None or not re.match(r"\s*[,(]", seg[head.end():]):
            continue
        t = tail(ctx, seg, head.end(), head_is_name=is_name(head.group()))
        if t.after > 0 and not seg[t.after:].strip():
            return off + head.start(), off + head.end()
    return None
