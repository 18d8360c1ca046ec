"""English speaker noun phrases and what hangs on them: one apposition reader for every frame.

A speaker head ("Burt Rutan", "the head of the firm") often carries loose material between
commas or brackets that belongs to the speaker, not to what was said:

    Burt Rutan, head of Scaled Composites,      a role phrase (roles.tsv word among its first words)
    the head of the firm, Burt Rutan,           the name after a role
    Anna Berg (D-Calif.)                        a bracket tail (party-state, party, age, acronym)
    Burt Rutan, 54,                             an age
    Burt Rutan, who has led the firm since 1990,    a non-restrictive relative clause
    Anna Berg, a nurse, and Tom Lee, a doctor,  coordinated names, each with its apposition

The frames (`according to X`, `X said`, `said X`, `as X noted`) ask this module where the speaker
phrase ends (reading right from the head) or where it starts (reading left from the cue), so the
content never takes in the frame's appositions. Rules are English grammar: an apposition chunk
is verbless unless it is a relative clause, and it ends at a comma or at the sentence end.
"""

from __future__ import annotations

import re

from . import mentions

# a bracket right after a name: "(D-Calif.)", "(R)", "(54)", "(WHO)" — short, no clause inside
BRACKET = re.compile(r"\s*\([^()\"“”;:]{1,40}\)")
# an age between commas: "Burt Rutan, 54,"
_AGE = re.compile(r"\d{1,3}")
# a non-restrictive relative clause: "who has led the firm since 1990"
_RELATIVE = re.compile(r"(?:who|whom|whose)\s[^;:\"“”]{1,120}")
# a finite verb or auxiliary: a chunk that has one is a clause, not an apposition (relatives aside)
_VERB = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|must|should|shall|"
                   r"does|did|do|said|says|told|tells)\b|\b(?-i:[a-z]{3,}ed)\b(?!\s+(?:by|of|in|at)\b)",
                   re.IGNORECASE)
# a personal or organisation name of up to five capitalised words ("Burt Rutan", "Scaled Composites")
NAME = re.compile(r"(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w.'’-]*")
# a singular person noun by its ending: teacher, director, economist, historian, consultant, employee
_PERSON_NOUN = re.compile(r"[a-z]{3,}(?:er|or|ist|ian|ant|ent|ee|man|woman|person|expert)")
# words that open a role phrase without a role word of their own ("formerly the head of Y")
_ROLE_OPENERS = frozenset("a an the former formerly currently now then himself herself one its his her their".split())


def role_phrase(chunk: str) -> bool:
    """'head of Scaled Composites', 'a nurse', 'the company's chief engineer': a verbless noun
    phrase with a role word (roles.tsv) among its first five words."""
    words = [w.strip(".,'’").lower() for w in chunk.split()]
    # ('a retired teacher', 'the elected mayor': a participle after the article is an adjective)
    if not words or len(words) > 14 or _VERB.search(re.sub(r"\b(?:an?|the|former)\s+(?-i:[a-z]+ed)\b", "", chunk)):
        return False
    roles = mentions.lexicons().roles
    head = [w.removesuffix("'s").removesuffix("’s") for w in words[:5]]
    if words[0] in ("a", "an") and any(_PERSON_NOUN.fullmatch(w) for w in head[1:]):
        return True  # 'a retired teacher', 'a glacier expert': a person noun the lexicon lacks
    return any(w in roles for w in head) and (words[0] in _ROLE_OPENERS or words[0] in roles
                                               or chunk[:1].isupper() or words[1:2] != [] and words[1] in roles)


def apposition(chunk: str, *, after_role: bool = False) -> bool:
    """True when a comma chunk is loose material on a speaker: an age, a relative clause, a
    role phrase, or (after a role head) the person's name."""
    chunk = chunk.strip()
    if not chunk:
        return False
    if _AGE.fullmatch(chunk) or _RELATIVE.fullmatch(chunk) or role_phrase(chunk):
        return True
    return after_role and NAME.fullmatch(chunk) is not None and chunk.split()[0] not in mentions.NOT_NAMES


def right_end(t: str, pos: int, limit: int, *, after_role: bool = False, to_end: bool = False) -> int:
    """Where a speaker phrase ends when its head ends at `pos` (reading right).

    Brackets are taken at once; comma chunks only while each one is an apposition and is
    followed by a comma (or, with `to_end`, by the end of the sentence). Returns `pos` when
    nothing hangs on the head.
    """
    b = BRACKET.match(t, pos, limit)
    if b:
        pos = b.end()
    for k in range(5):
        m = re.match(r"\s*,\s*([^,;:\"“”()]{1,130}?)\s*(?=,|[.!?]?[\"”’)]?\s*$)", t[pos:limit])
        if m is None:
            break
        # ', a nurse, and Tom Lee, a doctor,': a second name after an apposition joins the speakers
        joined = k >= 1 and re.fullmatch(r"and\s+" + NAME.pattern, m.group(1)) is not None
        if not joined and not apposition(m.group(1), after_role=after_role):
            break
        if not t[pos + m.end():limit].startswith(",") and not to_end:
            break
        pos += m.end()
    return pos


# trailing loose chunks right before a cue: ", who has led the firm since 1990," / ", 54,"
_LEFT_TAIL = re.compile(r",\s*(?:(?:who|whom|whose)\s[^,;:\"“”]{1,120}|\d{1,3})\s*,\s*$")


def left_trim(t: str, start: int, end: int) -> int:
    """Where the speaker's own words end when a relative clause or an age stands between it and
    the cue ('Burt Rutan, who has led the firm since 1990, said'): the relative's own words
    (since, when) are no clause boundary of the sentence. The comma stays, so the phrase reads
    as one ending in an apposition when a role phrase stands before the relative ('Ines Berg, a
    glacier expert, who led the survey, said'). Returns `end` when there is none."""
    m = _LEFT_TAIL.search(t, start, end)
    if m is None or not re.search(r"[\w.)]$", t[start:m.start()]):
        return end
    comma = t.rfind(",", start, m.start())
    return m.start() + 1 if comma >= 0 and role_phrase(t[comma + 1:m.start()]) else m.start()


# "As Burt Rutan, head of Scaled Composites, told reporters": the speaker after a fronted "as"
_AS_SUBJECT = re.compile(r"\s*[Aa]s\s+(?=(?:(?:the|a|an)\s+(?:[\w'’-]+\s+){0,4}[\w'’-]+|" + NAME.pattern + r")\s*$)")


def as_subject(chunk: str) -> int | None:
    """Offset of the noun phrase after an opening 'As' in `chunk` (a verbless phrase), else None."""
    m = _AS_SUBJECT.match(chunk)
    if m is None or _VERB.search(chunk[m.end():]):
        return None
    return m.end()


# coordinated speakers: "Anna Berg, a nurse, and Tom Lee, a doctor, said": the first name leads
_COORDINATED = re.compile(r"(?<![\w.'’-])(" + NAME.pattern + r")\s*,\s*([^,;:\"“”]{1,80}?)\s*,\s*and\s+$")


def coordinated_start(t: str, start: int, at: int) -> int | None:
    """When the speaker at `at` is the second of two names with appositions, where the first
    name starts; else None."""
    m = _COORDINATED.search(t[start:at])
    if m is None or not role_phrase(m.group(2)):
        return None
    return start + m.start(1)
