"""Places: countries, capitals, major cities and regions in German and English, from our gazetteer.

`data/places.tsv` (about 1,100 aliases, compiled once from CLDR names plus hand-written rows)
maps every alias to a canonical English name: `Pjöngjang` and `Pyongyang` -> Pyongyang,
`Nordkorea` -> North Korea, `Ostrussland` -> Russia (detail East Russia). Matching is a dict
lookup over word tokens, not one huge regex alternation: tokens are letters only, so `US-Aussen-
ministerium` yields `US` and `Ukraine-Krieges` yields `Ukraine`; multi-word aliases are tried
longest first from their first token.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lang.base import load_tsv

DATA = Path(__file__).parent / "data"

# German adjective endings after a stem such as 'nordkoreanisch' or 'russisch'
_DE_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
# A place alias followed by one of these is part of a name ("The Washington Post", "New York
# Times", "Kursk-Offensive" stays a place): outlets are resolved by sources.py, not by us.
_NOT_A_PLACE_AFTER = frozenset(
    "Post Times Journal Herald Tribune Examiner Daily Globe Chronicle Zeitung Allgemeine "
    "Rundschau Kurier Nachrichten Review Monthly Street Consensus Accord Accords Convention "
    "Agreement Protocol Institute University Universität Airlines Kapitals".split()
)
# German names that are ordinary English words: matched in German paragraphs only.
_GERMAN_ONLY = frozenset({"Island", "Georgien"})


@dataclass(frozen=True)
class Place:
    """One gazetteer entry: `name` is the canonical English name (the Mention value)."""

    alias: str
    name: str
    type: str
    country: str
    detail: str = ""


@dataclass(frozen=True)
class PlaceMatch:
    place: Place
    start: int
    end: int


def _tokens(text: str) -> list[str]:
    return [t.rstrip(".") or t for t in re.findall(r"[^\W\d_]+", text)]


@lru_cache(maxsize=1)
def gazetteer() -> tuple[dict[str, list[tuple[tuple[str, ...], Place]]], dict[str, Place]]:
    """(first token -> [(token sequence, place)] longest first, German adjective stem -> place)."""
    index: dict[str, list[tuple[tuple[str, ...], Place]]] = {}
    stems: dict[str, Place] = {}
    for row in load_tsv(DATA / "places.tsv"):
        place = Place(row["alias"], row["name"], row["type"], row["country"], row["detail"])
        if place.type == "adjective" and place.alias[:1].islower():
            stems[place.alias.lower()] = place
            continue
        toks = tuple(_tokens(place.alias))
        if not toks:
            continue
        index.setdefault(toks[0], []).append((toks, place))
        if toks[0].isupper() is False and toks[0][:1].islower():
            # lower-case alias words ('indopazifischen Raum'): also match capitalised
            cap = (toks[0][:1].upper() + toks[0][1:],) + toks[1:]
            index.setdefault(cap[0], []).append((cap, place))
    for entries in index.values():
        entries.sort(key=lambda e: len(e[0]), reverse=True)
    return index, stems


def lookup(alias: str) -> Place | None:
    """The gazetteer entry for one alias as written, e.g. `lookup("Pjöngjang").name`."""
    index, stems = gazetteer()
    toks = tuple(_tokens(alias))
    for seq, place in index.get(toks[0] if toks else "", []):
        if seq == toks:
            return place
    return _adjective(alias)


def _adjective(word: str) -> Place | None:
    """German demonym adjectives: 'nordkoreanischen' -> North Korea (stem 'nordkoreanisch')."""
    _, stems = gazetteer()
    low = word.lower()
    if low in stems:
        return stems[low]
    for ending in _DE_ADJ_ENDINGS:
        if low.endswith(ending) and low[: -len(ending)] in stems:
            return stems[low[: -len(ending)]]
    return None


_WORDS = re.compile(r"[^\W\d_]+")


def find_places(text: str, start: int = 0, end: int | None = None,
                adjectives: bool = True, lang: str | None = None) -> list[PlaceMatch]:
    """Place mentions in `text[start:end]`, longest alias first, in text order.

    >>> [m.place.name for m in find_places("Moskau erhält Hilfe aus Pjöngjang.")]
    ['Moscow', 'Pyongyang']
    """
    end = len(text) if end is None else end
    index, stems = gazetteer()
    names = _WORDS.findall(text, start, end)
    # most words can start no alias, genitive or demonym: decide that once per distinct word,
    # then visit only the words that can (the loop below is the costly part)
    memo = _MAY_START[adjectives]
    if len(memo) > 200_000:
        memo.clear()
    maybe = set()
    for w in set(names):
        ok = memo.get(w)
        if ok is None:
            ok = memo[w] = _may_start(w, index, adjectives)
        if ok:
            maybe.add(w)
    if not maybe:
        return []
    spans = [m.span() for m in _WORDS.finditer(text, start, end)]
    words = [(w, s, e) for w, (s, e) in zip(names, spans)]
    out: list[PlaceMatch] = []
    i = 0
    for at in [k for k, w in enumerate(names) if w in maybe]:
        if at < i:
            continue  # inside or right after the previous match
        i = at
        word, s, e = words[i]
        hit = _match_at(words, i, index.get(word, ()), text)
        if hit is None and len(word) > 3 and word.endswith("s") and word[:1].isupper():
            # German genitive: Russlands, Chinas; English possessive comes as a separate 's'
            entries = index.get(word[:-1], ())
            hit = next(((1, p) for seq, p in entries if len(seq) == 1), None)
        if hit is None and adjectives and word[:1].islower() and len(word) > 5:
            place = _adjective(word)
            if place is not None:
                hit = (1, place)
        if hit is None:
            i += 1
            continue
        n, place = hit
        if lang == "en" and n == 1 and word in _GERMAN_ONLY:
            i += 1
            continue
        last_end = words[i + n - 1][2]
        nxt = words[i + n][0] if i + n < len(words) else ""
        if nxt in _NOT_A_PLACE_AFTER and text[last_end:words[i + n][1]].strip() == "":
            i += n + 1
            continue
        out.append(PlaceMatch(place, s, last_end))
        i += n
    return out


#: `_may_start` per word (with / without demonyms): news vocabulary repeats across documents
_MAY_START: dict[bool, dict[str, bool]] = {True: {}, False: {}}


def _may_start(word: str, index: dict, adjectives: bool) -> bool:
    """Whether `find_places` can find anything starting at `word` (alias, genitive, demonym)."""
    if word in index:
        return True
    if len(word) > 3 and word.endswith("s") and word[:1].isupper() and word[:-1] in index:
        return True
    return adjectives and word[:1].islower() and len(word) > 5 and _adjective(word) is not None


def _match_at(words: list[tuple[str, int, int]], i: int,
              entries: list[tuple[tuple[str, ...], Place]] | tuple, text: str) -> tuple[int, Place] | None:
    """Longest alias starting at word `i`; words of a multi-word alias are separated by space,
    hyphen or a dot only (so an alias never spans a sentence or a comma)."""
    for seq, place in entries:
        n = len(seq)
        if i + n > len(words):
            continue
        ok = True
        for k in range(1, n):
            if words[i + k][0] != seq[k] or \
                    not _joinable(text[words[i + k - 1][2]:words[i + k][1]]):
                ok = False
                break
        if ok:
            return n, place
    return None


def _joinable(gap: str) -> bool:
    return gap in (" ", "-", ". ", ".", "'", "’") or (gap.isspace() and "\n" not in gap)
