"""Lexicons of the comparison: bilingual key terms, stopwords, frames, certainty and polarity.

All of them are TSV data files (`data/compare_*.tsv`, one loader: `lang.base.load_tsv`) so adding
a word is a one-line change. The stemmer is deliberately small (simplemma is not a dependency):
it only has to make "Soldaten" meet "Soldat" and "trained" meet "train", because the bilingual
table, not the stemmer, carries the meaning across languages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from ..lang.base import load_tsv

DATA = Path(__file__).resolve().parent.parent / "data"

#: certainty levels, weakest first; a claim matching no marker is "asserted"
LEVELS: dict[str, int] = {"speculative": 0, "hedged": 1, "asserted": 2, "confirmed": 3}

# German suffixes, longest first; stripping stops at a 4-letter stem ("Ausbildung" -> "ausbild")
_DE_SUFFIXES = ("ungen", "ung", "ern", "em", "en", "er", "es", "e", "n", "s", "t")
_EN_SUFFIXES = ("ments", "ment", "ings", "ing", "ies", "ied", "ed", "es", "s")
#: letters of the longest word split into compound parts (real ones stay under ~45;
#: "Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz" has 63)
_MAX_COMPOUND = 64
_UMLAUT = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "ss"})


@lru_cache(maxsize=65_536)  # words repeat: 150,000 calls for 50,000 attributions, few distinct
def stem(word: str, lang: str | None) -> str:
    """A light stem: lower case, umlauts folded, one inflection suffix removed.

    >>> stem("geschickt", "de") == stem("schicken", "de"), stem("trained", "en")
    (True, 'train')
    """
    w = word.casefold().translate(_UMLAUT).strip("’'.-")
    if lang == "de" and w.startswith("ge") and len(w) > 7 and w.endswith(("t", "en")):
        w = w[2:]  # participle: geschickt -> schickt, gesandt -> sandt
    for suf in _DE_SUFFIXES if lang == "de" else _EN_SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 4:
            w = w[: -len(suf)]
            break
    if lang != "de" and w.endswith("e") and len(w) > 4:
        w = w[:-1]  # English: deploye(d) / deploy, combine(d) / combin
    return w


@dataclass
class TermTable:
    """Stemmed word forms -> concept key, per language, plus longest-tail lookup for compounds."""

    by_stem: dict[str, dict[str, str]] = field(default_factory=dict)
    phrases: dict[str, list[tuple[re.Pattern[str], str]]] = field(default_factory=dict)
    #: all phrases of a language as one pattern: most contents hold none, and one search
    #: saves the ~40 single ones (a fifth of building claims)
    any_phrase: dict[str, re.Pattern[str]] = field(default_factory=dict)
    stop: dict[str, frozenset[str]] = field(default_factory=dict)

    def key(self, word: str, lang: str) -> str | None:
        """The concept of a single word, or None (unknown words are their own stem)."""
        keys = self.keys(word, lang)
        return keys[-1] if keys else None

    def keys(self, word: str, lang: str) -> list[str]:
        """Concepts of a word: one, or for a German noun compound its head's and its tail's
        (Hafenausbau -> port, expand; Truppenentsendung -> soldier, send), tail last."""
        table = self.by_stem.get(lang, {})
        s = stem(word, lang)
        if s in table:
            return [table[s]]
        again = stem(s, lang)  # a second suffix: zerstörte -> zerstort -> zerstor (zerstört)
        if again != s and len(again) >= 5 and again in table:
            return [table[again]]
        if not (lang == "de" and word[:1].isupper() and 7 < len(s) <= _MAX_COMPOUND):
            return []  # verbs like "darzustellen" are not split (nor 1 MB "WortWort…": the
            # split below tries every position, quadratic in the word's length)
        raw = word.casefold().translate(_UMLAUT)
        # the longest known tail of 5+ letters after a head of 3+, as stemmed (Truppenentsendung
        # -> entsend) or as written and then stemmed (Containerhafen -> hafen, whose stem is short)
        for i in range(3, len(raw) - 4):
            hit = table.get(s[i:]) if i < len(s) - 4 else None
            hit = hit or table.get(stem(raw[i:], lang))
            if hit:
                head = self._head(raw[:i], lang)
                return [head, hit] if head and head != hit else [hit]
        return []

    def _head(self, head: str, lang: str) -> str | None:
        """The concept of a compound's first part, with or without a linking s/n/en."""
        table = self.by_stem.get(lang, {})
        for cut in ("", "s", "n", "en", "es"):
            part = head[: len(head) - len(cut)] if cut and head.endswith(cut) else head
            if len(part) >= 4 and (cut == "" or part != head):
                hit = table.get(stem(part, lang))
                if hit:
                    return hit
        return None

    def is_stop(self, word: str, lang: str) -> bool:
        return word.casefold() in self.stop.get(lang, frozenset())


@lru_cache(maxsize=1)
def terms() -> TermTable:
    """The bilingual term table (`compare_terms.tsv`) and stopwords, loaded once."""
    table = TermTable()
    for lang in ("de", "en"):
        table.by_stem[lang] = {}
        table.phrases[lang] = []
    for row in load_tsv(DATA / "compare_terms.tsv"):
        key = row["key"]
        for lang in ("de", "en"):
            for form in filter(None, (f.strip() for f in row[lang].split("|"))):
                if " " in form:  # multi-word forms ("front line", "am Leben") are phrases
                    pat = re.compile(r"\b" + r"\s+".join(map(re.escape, form.split())) + r"\b", re.I)
                    table.phrases[lang].append((pat, key))
                else:
                    table.by_stem[lang].setdefault(stem(form, lang), key)
    for lang, found in table.phrases.items():
        if found:
            table.any_phrase[lang] = re.compile("|".join(f"(?:{p.pattern})" for p, _ in found), re.I)
    stop: dict[str, set[str]] = {"de": set(), "en": set()}
    for row in load_tsv(DATA / "compare_stopwords.tsv"):
        for lang in (("de", "en") if row["lang"] == "*" else (row["lang"],)):
            stop.setdefault(lang, set()).add(row["word"].casefold())
    table.stop = {k: frozenset(v) for k, v in stop.items()}
    return table


@dataclass(frozen=True)
class Marker:
    """One row of compare_certainty.tsv or compare_frames.tsv, compiled."""

    name: str  # level (certainty, polarity, accusation) or frame
    value: str  # frame value; "" for certainty rows
    lang: str
    where: str  # content | cue | both
    pattern: re.Pattern[str]


@lru_cache(maxsize=1)
def frames() -> tuple[Marker, ...]:
    """Purpose/status frames (`compare_frames.tsv`)."""
    return tuple(Marker(r["frame"], r["value"], r["lang"], "content", re.compile(r["pattern"], re.I))
                 for r in load_tsv(DATA / "compare_frames.tsv"))


@lru_cache(maxsize=1)
def markers() -> tuple[Marker, ...]:
    """Certainty, polarity and accusation markers (`compare_certainty.tsv`)."""
    return tuple(Marker(r["level"], "", r["lang"], r["where"], re.compile(r["pattern"], re.I))
                 for r in load_tsv(DATA / "compare_certainty.tsv"))


def find_markers(content: str, cue: str, lang: str) -> set[str]:
    """Names of the certainty/polarity/accusation markers present in a claim's content and cue."""
    found: set[str] = set()
    for m in markers():
        if m.lang != lang:
            continue
        if m.where in ("content", "both") and m.pattern.search(content):
            found.add(m.name)
        if m.where in ("cue", "both") and cue and m.pattern.search(cue):
            found.add(m.name)
    return found


def certainty(found: set[str]) -> str:
    """The level of a claim from its markers: the weakest hedge wins over a confirmation.

    "könnte offiziell bestätigt werden" is speculative, not confirmed.
    """
    for level in ("speculative", "hedged", "confirmed"):
        if level in found:
            return level
    return "asserted"


def find_frames(text: str, lang: str) -> dict[str, str]:
    """Frame -> value for the frames with exactly one value in `text`."""
    seen: dict[str, set[str]] = {}
    for m in frames():
        if m.lang == lang and m.pattern.search(text):
            seen.setdefault(m.name, set()).add(m.value)
    return {frame: next(iter(vals)) for frame, vals in seen.items() if len(vals) == 1}


def frames_present(text: str, lang: str) -> set[str]:
    """Frames `text` speaks to at all, with one value or several."""
    return {m.name for m in frames() if m.lang == lang and m.pattern.search(text)}
