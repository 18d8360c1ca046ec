"""German noun phrases next to a reporting verb: can one be its subject, and what does an
apposition add to it.

`Die Regierung bezeichnete X als Y` keeps an agent as subject; a plural verb never has a
singular subject (`bekräftigen die niedrige Quote` is an object); `Die Sprecherin der Stadt,
Anna Roth, sagte` and `sagte Mark Keller, der Sprecher der Ambulanz.` name one person with a
role. The clause reader (clauses.py) finds the phrases; the checks and joins live here (split
out of clauses.py, which had grown past the house limit of 600 lines).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...model import SourceMention, Span
from .mentions import Lexicons, NP, parse

if TYPE_CHECKING:  # clauses.py imports this module; its context type is only annotated here
    from .clauses import Ctx


def _agent(ctx: Ctx, phrase: str) -> bool:
    """Can `phrase` speak (a role, an institution, a group, a crowd noun like "Experten")? "Die
    Regierung bezeichnete X als Y" keeps its subject; "Eine Verschiebung …" is a thing."""
    src = parse(phrase, 0, ctx.pack)
    if src is None:
        return False
    head = src.name.split()[-1].lower() if src.name else ""
    return bool(src.role) or src.type in ("government", "organisation", "outlet", "group") or \
        head in Lexicons.of(ctx.pack).anonymous or head in ctx.lx.documents


#: "die niedrige Quote", "der Ministerin", "ein Bericht": a phrase that cannot be plural
_SINGULAR_NP = re.compile(r"(?:der|das|dem|des|ein|eine|einer|eines|einem|einen)\s"
                          r"|die\s+(?:[a-zäöüß][\w-]*e\s+)+[A-ZÄÖÜ]", re.I)
#: "die neuen Zahlen", "mehrere Experten": a phrase that cannot be singular
_PLURAL_NP = re.compile(r"(?:die|diese|alle|keine)\s+(?:[a-zäöüß][\w-]*en\s+)+[A-ZÄÖÜ]"
                        r"|(?:mehrere|einige|viele|zahlreiche|beide|zwei|drei|vier)\s", re.I)


def _agrees(verb: str, np_text: str) -> bool:
    """Can `np_text` be the subject of the finite verb `verb` (number agreement)?

    "Auch Statistiken … bekräftigen die niedrige Aufklärungsquote": a plural verb never has a
    singular subject, so the phrase after it is the object.
    """
    v = verb.lower()
    if v.endswith(("en", "ern", "eln")) or v in ("sind", "waren"):
        return not _SINGULAR_NP.match(np_text)
    if v.endswith(("t", "te")) or v in ("ist", "war", "hat", "wird", "sei", "habe"):
        return not _PLURAL_NP.match(np_text)
    return True


def _is_name(text: str) -> bool:
    """Two or more capitalised words and no article or role first: "Karl-Theodor zu Guttenberg"."""
    words = text.split()
    return len(words) >= 2 and words[0][:1].isupper() and not re.match(
        r"(?:Der|Die|Das|Den|Dem|Des|Ein|Eine|Einer|Eines|Sein|Seine|Ihr|Ihre)$", words[0]) \
        and all(w[:1].isupper() or w in ("von", "zu", "van", "de", "der") for w in words)


def _appositive(ctx: Ctx, app: re.Match[str], at: int) -> SourceMention | None:
    """`Die Haushaltspolitikerin der Grünen, Anja Hajduk, kritisierte …`: name from the
    apposition, role and affiliation from the head; `Kluncker, der …, setzte` keeps the head."""
    head = parse(app.group("head"), at + app.start("head"), ctx.pack)
    group = "app" if app.group("app") is not None else "open"
    if app.group(group) is None:
        return head
    name = parse(app.group(group), at + app.start(group), ctx.pack)
    if name is None or head is None:
        return name or head
    if _is_name(app.group("head")) and not _is_name(app.group(group)):
        # "Stephen Singer, ein Klimaexperte vom WWF": the head is the name, the apposition
        # gives role and affiliation
        end = at + app.end(group) - (len(app.group(group)) - len(app.group(group).rstrip()))
        whole = Span(head.span.start if head.span else at, end)
        words = [w for w in app.group(group).split() if w[:1].isupper()]
        return SourceMention(ctx.doc.text[whole.start:whole.end], whole, head.name,
                             role=name.role or (words[0] if words else None),
                             affiliation=name.affiliation, type="person")
    if name.role and not head.role and head.type == "person":
        head, name = name, head  # "Erik Schweickert, der Sprecher der FDP, äußerte"
        whole = Span(name.span.start if name.span else at, head.span.end if head.span else at)
    else:
        whole = Span(head.span.start if head.span else at, name.span.end if name.span else at)
    name.text, name.span = ctx.doc.text[whole.start:whole.end], whole
    if head.role and not name.role:
        name.role, name.affiliation = head.role, head.affiliation
    elif not name.role and head.name:
        name.role = head.name
    if name.type not in ("person",) and head.role:
        name.type = "person"
    return name


#: ", Anna Roth" after a role or an institution: the name of the person who speaks for it
_APP_NAME = re.compile(r"""\s*,\s*(?P<name>(?:[A-ZÄÖÜ][\w'’.-]*\s+){0,3}[A-ZÄÖÜ][\w'’-]*\w)
                           (?:\s*\([^()]{1,40}\))?    # a party or place: "Jan Weber (CDU)"
                           (?=\s*(?:[,.;:!?]|$))""", re.VERBOSE)
#: ", der Sprecher der Ambulanz" / ", Chef des Konzerns" after a name, ending the clause:
#: role and affiliation (the role word is checked by the caller)
_APP_ROLE = re.compile(rf"""\s*,\s*(?P<role>(?:(?:der|die|ein|eine)\s+)?{NP}
                            [^,;:.!?]{{0,60}}?)
                            # the clause ends, or a short PP closes it: ", in einer Mitteilung."
                            (?=\s*(?:[.;!?]|$|,\s*(?:in|im|auf|am|bei|beim|gegenüber|vor)\s
                                                  (?:[\w-]+\s+){{0,3}}[A-ZÄÖÜ][\w-]*\s*[.!?]?\s*$))
                         """, re.VERBOSE)


#: a finite auxiliary or copula: a phrase after the comma holding one is a clause, no apposition
_CLAUSE_VERB = re.compile(r"""(?<![\w-])(?:sei|seien|sein|habe|haben|hat|hatte|hätte|hätten|ist|sind|
                                         war|waren|wäre|wären|wird|werde|werden|wurde|würde|würden)
                              (?![\w-])""", re.VERBOSE)


def _with_apposition(ctx: Ctx, m: str, base: int, src: SourceMention | None, rel: int
                     ) -> tuple[SourceMention | None, int]:
    """Join a subject after its verb with its apposition (`rel`: offset in `m` after it).

    `sagte die Sprecherin der Stadt, Anna Roth` -> Anna Roth, role Sprecherin, affiliation
    Stadt; `sagte Mark Keller, der Sprecher der Ambulanz.` -> Mark Keller with that role.
    Returns the mention and the offset after the whole phrase.
    """
    if src is None or src.span is None or src.type in ("outlet",):
        return src, rel
    wide = _widened(ctx, m, base, src, rel)
    if wide is not None:
        return wide
    nm = _APP_NAME.match(m, rel)
    if nm is not None and not _is_name(src.text) and (
            src.role or src.type in ("government", "organisation")
            or re.match(r"(?:der|die|das|ein|eine)\s", src.text, re.I)) and \
            _is_name(nm.group("name")):
        named = parse(nm.group("name"), base + nm.start("name"), ctx.pack)
        if named is not None and named.type == "person":
            return _merged(ctx, src, named, base + nm.end("name")), nm.end()
    rm = _APP_ROLE.match(m, rel)
    if rm is not None and _CLAUSE_VERB.search(rm.group("role")):
        rm = None  # "meldeten die Agenturen, der Präsident sei zurückgetreten": a clause
    if rm is not None and (_is_name(src.text) or (src.type == "person" and not src.role)):
        role = parse(rm.group("role"), base + rm.start("role"), ctx.pack)
        if role is not None and role.role:
            out = _merged(ctx, role, src, base + rm.end("role"))
            return out, rm.end("role")
    return src, rel


#: "der Plan ist gut": an article, a noun and a lower-case finite verb right after it open a
#: verb-second clause (the content), never a relative clause on the speaker (verb last)
_V2_PIECE = re.compile(r"""\s*,\s*(?:der|die|das)\s+
                           (?:(?!(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer)\s)
                              [a-zäöüß][\w-]*e[nrs]?\s+)?[A-ZÄÖÜ][\w-]*\s+
                           [a-zäöüß]+\s+\S""", re.VERBOSE)


def _widened(ctx: Ctx, m: str, base: int, src: SourceMention, rel: int
             ) -> tuple[SourceMention | None, int] | None:
    """`sagte Burt Rutan, 54, am Montag`, `teilte Burt Rutan, der die Firma seit 1990 leitet,
    mit`, `sagte X, Chef der Y, und Z, Sprecherin der W, am Montag`: the speaker's appositions
    closed by a comma (apposition.tail); the offset returned is before that comma (the frame
    goes on after it, as after a bare name). None when no closed apposition follows (the callers' own joins decide)."""
    from .apposition import tail, widen  # (apposition imports this module)
    from .clauses import _V2_ARTICLE
    comma = re.match(r"\s*,", m[rel:])
    if comma is not None and _V2_ARTICLE.match(m, rel + comma.end()):
        return None  # "sagte X, der Plan sei gut, aber teuer": the content, no relative clause
    is_name = _is_name(src.text) or " " not in src.text.strip()
    t = tail(ctx, m, rel, head_is_name=is_name)
    if t.after < 0:
        # "…, sagte Burt Rutan, 54.": a piece closed by the clause end (a postposed frame)
        t = tail(ctx, m, rel, head_is_name=is_name, final=True)
        if t.end == rel or not re.fullmatch(r"\s*[.!?]?\s*", m[t.end:]) or \
                _V2_PIECE.match(m, rel):
            return None
    if t.name is None and t.role is None:
        return src, t.end  # an age or a relative clause: the mention stays the head
    out, end = widen(ctx, m, base, src, rel, final=t.after < 0)
    more = _AND_NAME.match(m, t.after) if t.after > 0 else None
    if more is not None and re.fullmatch(r"\s*[.!?]?\s*", m[more.end():]) and out is not None \
            and out.span is not None:
        # "…, sagten X, Chef der Y, und Anna Berg.": a bare name coordinated at the clause end
        end = more.end("name")
        out.text, out.span = ctx.doc.text[out.span.start:base + end], Span(out.span.start, base + end)
    return out, end


#: "und Anna Berg" closing a first field after a speaker's appositions
_AND_NAME = re.compile(r"\s*(?:und|sowie)\s+(?P<name>(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}[A-ZÄÖÜ][\w'’-]*\w)\s*")


def _first_field_apposition(ctx: Ctx, pre: str, cstart: int) -> SourceMention | None:
    """`Burt Rutan, 54, sagte`, `Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des
    Ministeriums, sagten`: a first field that is one speaker phrase, its appositions closed by
    the comma before the verb (apposition.tail reads age, relative clause and coordination)."""
    from .apposition import tail, widen  # (apposition imports this module)
    from .clauses import _LEAD_SUBORD, _PRE_SUBJ
    hm = _PRE_SUBJ.match(pre)
    if hm is None or _LEAD_SUBORD.match(pre) or "," not in pre:
        return None
    src = parse(hm.group("np"), cstart + hm.start("np"), ctx.pack)
    if src is None:
        return None
    t = tail(ctx, pre, hm.end("np"), head_is_name=_is_name(src.text) or " " not in src.text)
    # "X, Chef der Y, und Anna Berg sagten": a bare name coordinated after the appositions
    more = _AND_NAME.fullmatch(pre, t.after) if t.after > 0 else None
    if t.after < 0 or pre[t.after:].strip() and more is None:
        return None
    if t.name is None and t.role is None and more is None:
        return src  # "Die Polizei, die den Einsatz leitet,": the mention stays the head
    out = widen(ctx, pre, cstart, src, hm.end("np"))[0]
    if more is not None and out is not None and out.span is not None:
        end = cstart + more.end("name")
        out.text, out.span = ctx.doc.text[out.span.start:end], Span(out.span.start, end)
    return out


def after_oblique(ctx: Ctx, m: str, base: int, fronted: str, ve: int, verb: str
                  ) -> tuple[SourceMention | None, int] | None:
    """`Der Zeitung sagte der Minister, …`, `Dem Sender erklärte sie, …`: a first field that is
    not nominative (case.py) leaves the subject to the phrase after the finite verb `verb`
    (ending at `ve`); its (mention, end offset), or None when the first field may be the
    subject or no nominative phrase follows the verb."""
    from .case import not_nominative
    from .clauses import _POST_SUBJ  # (clauses imports this module)
    if not not_nominative(ctx.pack, fronted):
        return None
    refl = re.match(r"\s+sich(?=\s)", m[ve - base:])
    sm = _POST_SUBJ.match(m, ve - base + (refl.end() if refl else 0))
    if sm is None or not_nominative(ctx.pack, sm.group("np")) or not _agrees(verb, sm.group("np")):
        return None
    src = parse(sm.group("np"), base + sm.start("np"), ctx.pack)
    if src is None:
        return None
    src, end = _with_apposition(ctx, m, base, src, sm.end("np"))
    return src, base + end


def _merged(ctx: Ctx, holder: SourceMention, named: SourceMention, end: int) -> SourceMention:
    """The person `named` with the role and affiliation of `holder` (a role or institution)."""
    assert holder.span is not None and named.span is not None
    start = min(holder.span.start, named.span.start)
    role = holder.role or named.role
    affiliation = holder.affiliation or named.affiliation
    if affiliation is None and not holder.role and holder.type in ("government", "organisation"):
        affiliation = holder.name
    return SourceMention(ctx.doc.text[start:end], Span(start, end), named.name, role=role,
                         affiliation=affiliation, type="person")
