"""Mention shapes that hold one unit or several speakers: a quoted name, a bracketed alias,
coordinated speakers with appositions, a possessive document owner.

Why a module of its own: `names.parse_mention` reads one source; these shapes decide first
*what* it reads. A quoted name (`die „Aktion Deutschland hilft“`) is one unit even with a
lower-case verb inside; a bracketed acronym after a person (`Burt Rutan (CDU), Chef der Y`)
is an affiliation, never part of the name; `X, Chef der Firma, und Y, Sprecherin des
Ministeriums` are two speakers named together (gold: `X und Y`, without the appositions).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from .persons import _POSSESSIVE
from .source_words import DETERMINERS, lexicon

#: a mention that is a quoted name after at most an article: „Aktion Deutschland hilft“
_QUOTED = re.compile(r"""^(?P<det>(?:\w+\s+)?)           # die / der / the (at most one word)
                         [„“"‚‹«»]\s*(?P<inner>[^„“”"«»]*?\S)\s*[“”"‘›«»]$""", re.VERBOSE)
#: an acronym in brackets inside a mention, before an apposition: "Burt Rutan (CDU), Chef"
#: or an age ("Klaus Meier (54), Rentner"), which is dropped
_MID_BRACKET = re.compile(r"""(?<=[\w.])\s*\((?:(?P<alias>[A-ZÄÖÜ][\w&-]{1,9})|\d{1,3})\)
                              (?=\s*(?:,|\bund\b|\band\b|$))""", re.VERBOSE)
#: words that join the speakers of one statement
_AND = frozenset({"and", "und"})


def quoted_name(raw: str) -> str | None:
    """The quoted name a mention consists of ("die „Aktion Deutschland hilft“" -> "Aktion
    Deutschland hilft"), or None: a quotation is one unit, cut nowhere."""
    m = _QUOTED.match(raw.strip())
    if not m or (m.group("det") and m.group("det").strip().lower() not in DETERMINERS):
        return None
    inner = m.group("inner")
    return inner if inner[:1].isupper() and len(inner.split()) > 1 else None


def bracket_alias(raw: str) -> tuple[str, str | None] | None:
    """The mention without its bracketed acronyms or ages before an apposition or "und", and
    the acronym of a single one: "Burt Rutan (CDU), Chef der Y" -> ("Burt Rutan, Chef der Y",
    "CDU")."""
    found = list(_MID_BRACKET.finditer(raw))
    if not found or (len(found) == 1 and found[0].group("alias") and found[0].end() == len(raw)):
        return None  # "X (MIF)" alone: names._BRACKETED_ACRONYM reads it
    for m in reversed(found):  # "Anna Berg (SPD) und Klaus Meier (CDU)": both brackets go
        raw = raw[:m.start()] + raw[m.end():]
    return raw, found[0].group("alias") if len(found) == 1 else None


def apposed_members(toks: list[str], lang: str, parse: Callable[[str], Any]) -> str | None:
    """The speakers of "Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des
    Ministeriums" -> "Burt Rutan und Anna Berg": the named pieces, their appositions dropped. None
    unless every member has a first name and surname or is a registry entry, and at least one
    piece is an apposition (plain lists are `names._coordination`'s)."""
    cuts = [i for i, t in enumerate(toks) if t.lower() in _AND]
    if len(cuts) != 1 or "," not in toks:
        return None
    pieces: list[tuple[list[str], bool]] = [([], False)]  # (tokens, right after "und")
    for k, tok in enumerate(toks):
        if tok == "," or k == cuts[0]:
            if pieces[-1][0]:
                pieces.append(([], k == cuts[0]))
            elif k == cuts[0]:  # ", und": the next piece follows "und"
                pieces[-1] = ([], True)
        else:
            pieces[-1][0].append(tok)
    members: list[Any] = []
    apposed = False
    for piece, joined in pieces:
        if not piece:
            return None
        parsed = parse(" ".join(piece))
        if _member(parsed, piece):
            members.append(parsed)
        elif joined or not members or not (piece[0][:1].islower() or _role_led(piece, lang)):
            return None  # "und" must join two speakers; descriptors follow a speaker
        else:
            apposed = True
    if not apposed or len(members) < 2:
        return None
    names = [p.entry.name_in(lang) if p.entry else p.name for p in members]
    return ", ".join(names[:-1]) + (" und " if lang == "de" else " and ") + names[-1]


def _member(parsed: Any, piece: list[str]) -> bool:
    """A named speaker: first name and surname, or an institution the registry knows."""
    if parsed.entry is not None:
        return True
    return parsed.form == "full" and parsed.type == "person" and len(piece) >= 2 and all(
        t[:1].isupper() for t in piece)


def _role_led(piece: list[str], lang: str) -> bool:
    """A descriptor piece led by a capitalised role noun ("Chef der Firma")."""
    return lexicon().match(piece[0], lang, ("role", "title")) is not None


def possessive_owner(toks: list[str], lang: str) -> str | None:
    """The owner of a document written with a possessive: "The chain's press release" ->
    "The chain", "Tesco's annual report" -> "Tesco" (not "Merkel's spokesman": a role)."""
    if len(toks) < 2:
        return None
    hit = lexicon().match(toks[-1], lang, ("info", "org"))
    if hit is None or (hit[0].kind == "org" and "online" not in hit[0].fits):
        return None  # (an owned channel speaks for its owner too: "the hotel's website")
    for k, tok in enumerate(toks[:-1]):
        if re.search(r"\w['’]s?$", tok) and all(t[:1].islower() for t in toks[k + 1:]):
            return " ".join(toks[:k] + [_POSSESSIVE.sub("", tok)])
    return None
