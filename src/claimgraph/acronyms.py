"""Acronyms and spelled-out names: what an article defines ("American Library Association
(ALA)") and which registry short forms it spells out ("the World Health Organization" for WHO).

Split from `coref.py`, which re-exports these names; `sources.resolve` reads acronyms before it
seeds entities and asks `spelled_out` for the canonical names it writes back.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Callable

from .model import Document
from .german_names import institution_head, nominative
from .names import lexicon
from .registry import normalise

if TYPE_CHECKING:
    from .coref import Item

#: small words inside a spelled-out name ("Council of Europe", "Verband für Arbeit und Bildung")
_CONNECTORS = frozenset("of the for and on de la du des der die das für und von zur zum".split())
# an acronym defined in brackets after its long form: "American Library Association (ALA)"
_ACRONYM_DEF = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü&]{1,7})\)")
_LOWER_ACRONYM_DEF = re.compile(r"\(([a-z]{2,4})\)")
_DEF_WORD = re.compile(r"[\w'’.&-]+")


def doc_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in brackets after their long form, when the initials agree.

    >>> doc_acronyms("Die American Library Association (ALA) warnte.")
    {'ALA': 'American Library Association'}
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        if acr in out:
            continue
        if len(letters) < 2:
            clipped = _clipped_form(text, m.start(), acr)
            if clipped:
                out[acr] = clipped
            continue
        words = _DEF_WORD.findall(text, max(0, m.start() - 160), m.start())[-16:]
        caps: list[int] = []
        for j in range(len(words) - 1, -1, -1):
            want = letters[len(letters) - 1 - len(caps)]
            if words[j][:1].isupper() or (words[j][:1] == want.lower() and len(words[j]) > 2):
                # "Reporter ohne Grenzen (ROG)": a small word may give a letter too
                caps.insert(0, j)
                if len(caps) == len(letters):
                    break
            elif words[j].lower() not in _CONNECTORS:
                break
        if len(caps) == len(letters) and all(
                words[c][0].upper() == ch for c, ch in zip(caps, letters)):
            out[acr] = " ".join(words[caps[0]:])
        else:
            named = _named_institution(text, m.start(), acr)
            if named:
                out[acr] = named
    for m in _LOWER_ACRONYM_DEF.finditer(text):
        # "amnesty international (ai)": a lower-case name and its lower-case initials
        acr = m.group(1)
        words = _DEF_WORD.findall(text, max(0, m.start() - 80), m.start())[-len(acr):]
        if len(words) == len(acr) and all(w[0].lower() == c for w, c in zip(words, acr)) \
                and all(len(w) > 2 for w in words):
            out.setdefault(acr, " ".join(words))
    return out


#: the capitalised words right before a bracket: "der Interamerikanischen Entwicklungsbank ("
_CAPITAL_RUN = re.compile(r"(?:[A-ZÄÖÜ][\w.&'’-]*\s+(?:(?:für|der|des|von|und)\s+)?)*"
                          r"[A-ZÄÖÜ][\w.&'’-]*\s*$")


def _named_institution(text: str, at: int, acr: str) -> str | None:
    """An acronym of another language after an institution's name: "Berliner Verkehrsbetriebe
    (BVG)", "der Interamerikanischen Entwicklungsbank (IADB)" (the initials do not agree, but
    the name starts with the acronym's letter, holds an institution noun and no given name)."""
    m = _CAPITAL_RUN.search(text, max(0, at - 120), at)
    if m is None:
        return None
    words = m.group().split()
    for k, first in enumerate(words):
        rest = words[k:]
        if first[:1] != acr[:1] or len(rest) < 2 or first.lower() in _CONNECTORS:
            continue
        if any(lexicon().first_name(w) for w in rest) or not any(
                institution_head(w) for w in rest):
            return None
        return nominative(" ".join(rest))
    return None


def _clipped_form(text: str, at: int, short: str) -> str | None:
    """The long form a clipped short name in brackets stands for: "Philippine Institute of
    Volcanology and Seismology (Phivolcs)", whose letters are word beginnings in order."""
    words = _DEF_WORD.findall(text, max(0, at - 160), at)[-10:]
    k = len(words)
    while k and (words[k - 1][:1].isupper() or words[k - 1].lower() in _CONNECTORS):
        k -= 1
    words = words[k:]
    low = short.lower()
    for j, first in enumerate(words):
        if first[:1] == short[:1] and len(words) - j > 1 and not lexicon().first_name(first) \
                and _clips(
                low, [w.lower() for w in words[j:]], True, 0):
            return " ".join(words[j:])
    return None


def _clips(short: str, words: list[str], must: bool, used: int) -> bool:
    """Whether `short` is non-empty beginnings of `words` in order (the first when `must`),
    drawn from at least two words."""
    if not short:
        return used >= 2
    if not words:
        return False
    word = words[0]
    for k in range(min(len(short), len(word)), 0, -1):
        if short[:k] == word[:k] and _clips(short[k:], words[1:], False, used + 1):
            return True
    return not must and _clips(short, words[1:], False, used)

def written_form(text: str) -> str:
    """A written form for aliases: the mention without leading articles and quotes."""
    words = text.strip().strip("«»„“”\"'‚‘’‹›").split()
    while len(words) > 1 and words[0].lower() in {"der", "die", "das", "den", "dem", "des",
                                                  "the", "ein", "eine", "a", "an"}:
        words = words[1:]
    return " ".join(words).strip("«»„“”\"'‚‘’‹›")



def is_acronym(name: str) -> bool:
    """WHO, IMF, U.N., CBCP: a short all-capitals name."""
    bare = name.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def spelled_out(doc: Document, items: "list[Item]", lang_at: Callable[[int], str]
                ) -> dict[tuple[str, str], str]:
    """Per (entity key, language): the longest spelled-out registry form the document writes.

    An article that writes "the World Health Organization" names its source so; the registry's
    short form (WHO) is shown only where the article itself never spells the name out.
    """
    out: dict[tuple[str, str], str] = {}
    for item in items:
        ent = item.ent
        if ent is None or ent.entry is None or item.span is None:
            continue
        lang = item.lang or lang_at(item.span.start)
        if not is_acronym(ent.entry.name_in(lang)):
            continue
        key = normalise(written_form(doc.slice(item.span)))
        acronym = ent.entry.name_in(lang)
        # "Bundeskriminalamt (BKA)", "Federal Security Service (FSB)": defined in brackets
        defined = re.match(rf"\s*\({re.escape(acronym)}\)", doc.text[item.span.end:])
        for spelling in ent.entry.spellings():
            if normalise(spelling) == key and (spells(spelling, acronym) or defined) \
                    and len(spelling) > len(out.get((ent.key, lang), "")):
                out[(ent.key, lang)] = spelling
    return out


def spells(long: str, acronym: str) -> bool:
    """Whether `long` spells `acronym` out: the initials of its capitalised words, in order
    (World Health Organization = WHO; BBC News does not spell out BBC)."""
    letters = [c for c in acronym if c.isalpha()]
    initials = [w[0] for w in re.split(r"[\s-]+", long) if w[:1].isupper()]
    return " " in long and initials == [c.upper() for c in letters]
