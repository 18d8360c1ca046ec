"""The speaker after an inverted cue when a possessive role precedes the name.

`"…," said University of California, San Diego's chancellor, Pradeep Khosla.` The words after
`said` are an apposition: an institution in the genitive (which may itself hold a comma before
its place name), a role noun, a comma, then the person's name. The inverted-speaker pattern in
`rules.py` stops at the first comma, leaving the institution as the speaker; English grammar
puts the head of such a phrase at its end (the name), so the speaker span runs on to it.

Only a role noun from roles.tsv licenses the extension, and the name must close the clause: in
`said Acme's lawyers, Smith and Jones, …` the list is not one name, and in `said the
university's campus, Oxford, was …` no role is named.
"""

from __future__ import annotations

import re

from ...model import Span
from . import mentions
from .apposition import role_phrase

_CAP = r"[A-Z][\w.'’-]*"
# after the first name: an optional place in the genitive ('…, San Diego's chancellor'), then
# the comma and the person's name closing the clause
_ROLE_NAME = re.compile(
    rf"""(?:,\s+(?:{_CAP}\s+){{0,2}}{_CAP}['’]s\s+   # ', San Diego's'
          (?P<role>(?:[\w-]+\s+){{0,3}}?[\w-]+))?     # 'vice chancellor'
        ,\s+(?P<name>{_CAP}(?:\s+{_CAP}){{1,3}})      # ', Pradeep Khosla'
        (?=\s*(?:[,.;!?]|$))""",
    re.VERBOSE,
)
# the first part already ends in a possessive role: "the University of Oxford's chancellor"
_OWN_ROLE = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}?([\w-]+)$")


def _is_role(words: str) -> bool:
    roles = mentions.lexicons().roles
    return any(w.lower() in roles for w in words.split())


def role_name_end(text: str, span: Span, end: int) -> Span:
    """`span` run on to the name of an apposition `ORG['s] ROLE, NAME`, or `span` unchanged.

    >>> t = 'said Acme Corp, Austin\\'s president, Maria Lopez.'
    >>> role_name_end(t, Span(5, 14), len(t))
    Span(start=5, end=47)
    """
    m = _ROLE_NAME.match(text, span.end, end)
    if m is None:
        return span
    if m.group("role"):
        ok = _is_role(m.group("role"))
    else:
        own = _OWN_ROLE.search(text, span.start, span.end)
        ok = (own is not None and _is_role(own.group(1))) or \
            role_phrase(text[span.start:span.end])  # 'said the head of the firm, Burt Rutan'
    stop = m.end("name")
    while text[stop - 1] == ".":  # the full stop after the name ('…, Maria Lopez.')
        stop -= 1
    return Span(span.start, stop) if ok else span


__all__ = ["role_name_end"]
