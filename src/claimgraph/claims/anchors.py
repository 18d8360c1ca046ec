"""Whether two claims of DIFFERENT documents can be about the same matter: specific anchors.

Within one article two claims are about the article's event. Across a corpus a shared unit and a
shared verb are not enough: "three people died" (an explosion in Magnitogorsk) and "18 people
died" (a plane crash in Calicut) share the unit `person` and the concept `kill` and used to make a
number conflict; on the 995 shared Wikinews articles all 126 cross-document conflicts were of that
kind. A cross-document number conflict therefore needs, besides the same unit (`findings._qkey`):

- an **anchor** both claims share: a place (of the claim, or of the article's headline and
  lead), a named actor (an entity mentioned in the claim, or its origin) that is not a generic one
  (police, government, ministry: `data/compare_generic.tsv`), a rare matter word (an unknown word
  of 7+ letters used by at most `SPECIFIC_MIN_DOCS` documents, such as `~nargis`), a name in a
  headline that the other claim or headline shares (`~rheinau`: the gazetteer does not know it),
  or dates in the content at most `DATE_WINDOW` days apart; places, actors and words count only while they are *specific*: used
  by at most `SPECIFIC_SHARE` of the documents, or at most `SPECIFIC_SMALL` in a small corpus
  (United States is in 157 of the 995 Wikinews articles);
- **key-term overlap**: a Dice of at least `MIN_TERMS` over the matter words, generic ones
  (`kind=term` rows) left out.

How the thresholds were chosen is written down in docs/findings.md ("Across articles").
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Iterable

from ..lang.base import load_tsv
from ..registry import normalise
from . import lexicon
from .normalize import Claim

#: content dates of two claims at most this many days apart are one anchor
DATE_WINDOW = 3
#: a place/actor/word in more than this share of the documents is not specific …
SPECIFIC_SHARE = 0.02
#: … but in a small corpus anything seen in up to this many documents is (a story of a few
#: articles names its mayor and town in each of them: tests/test_examples.py, the story set)
SPECIFIC_SMALL = 10
#: an unknown word in the claims themselves is an event word only in at most this many documents
SPECIFIC_MIN_DOCS = 3
#: least Dice of matter words for a cross-document number conflict
MIN_TERMS = 0.2
#: an unknown word this long is specific enough to be an event word (~hafenausbau)
RARE_WORD_LEN = 7


@lru_cache(maxsize=1)
def generic() -> dict[str, frozenset[str]]:
    """Generic words by kind ("actor", "term") from compare_generic.tsv."""
    rows = load_tsv(lexicon.DATA / "compare_generic.tsv")
    return {"actor": frozenset(normalise(r["word"]) for r in rows if r["kind"] == "actor"),
            "term": frozenset(r["word"].casefold() for r in rows if r["kind"] == "term")}


def is_generic_actor(name: str) -> bool:
    """True when every word of `name` is a generic actor word ("die Polizei", "Local police")."""
    key = normalise(name).replace("-", " ")
    words = [w for w in key.split() if len(w) >= 3]
    table = generic()["actor"]
    return not words or key in table or all(w in table for w in words)


def _doc_keys(c: Claim) -> set[str]:
    keys = {"p:" + p for p in c.places | c.lead_places}
    keys |= {"a:" + a for a in c.actors}
    keys |= {"t:" + t for t in c.terms | c.lead_words if _rare_word(t)}
    return keys


def _rare_word(term: str) -> bool:
    return term.startswith("~") and len(term) > RARE_WORD_LEN and term not in generic()["term"]


@dataclass
class Specificity:
    """How many documents use each anchor key; `specific(key)` is true for the uncommon ones."""

    df: Counter[str]
    limit: float

    @classmethod
    def of(cls, claims: Iterable[Claim]) -> "Specificity":
        per_doc: dict[int, set[str]] = {}
        for c in claims:
            per_doc.setdefault(c.doc_index, set()).update(_doc_keys(c))
        df: Counter[str] = Counter(k for keys in per_doc.values() for k in keys)
        return cls(df, max(SPECIFIC_SMALL, SPECIFIC_SHARE * len(per_doc)))

    def specific(self, key: str) -> bool:
        return self.df.get(key, 0) <= self.limit


def _day(value: str) -> int | None:
    try:
        return date.fromisoformat(value[:10]).toordinal() if len(value) >= 10 else None
    except ValueError:
        return None


def shared_anchors(a: Claim, b: Claim, spec: Specificity) -> list[str]:
    """The specific anchors two claims share ("p:Calicut", "a:pentagon", "t:~nargis", "date").

    A place both claims name in their content is an anchor however common it is ("nach Belarus
    verlegt"); a place only in an article's headline must be specific.
    """
    out = {"p:" + p for p in a.places & b.places}
    out |= _adjective_places(a, b) | _adjective_places(b, a)
    found = ({"p:" + p for p in (a.places | a.lead_places) & (b.places | b.lead_places)}
             | {"a:" + x for x in a.actors & b.actors})
    out |= {k for k in found if spec.specific(k)}
    out |= {"t:" + t for t in a.terms & b.terms
            if _rare_word(t) and spec.df.get("t:" + t, 0) <= SPECIFIC_MIN_DOCS}
    # a name in a headline ("Rheinau", "Nargis") that the other claim or headline shares
    headline = (a.lead_words & (b.terms | b.lead_words)) | (b.lead_words & a.terms)
    out |= {k for k in ("t:" + t for t in headline if _rare_word(t)) if spec.specific(k)}
    days_a = [d for d in map(_day, a.dates) if d is not None]
    days_b = [d for d in map(_day, b.dates) if d is not None]
    if any(abs(x - y) <= DATE_WINDOW for x in days_a for y in days_b):
        out.add("date")
    return sorted(out)


def _adjective_places(a: Claim, b: Claim) -> set[str]:
    """Places of `a` that `b` names as an adjective or unknown word ("Hamburg" ~ "Hamburger
    Hafen", whose place the measure stage does not see)."""
    return {"p:" + p for p in a.places | a.lead_places
            if len(p) >= 4 and "~" + lexicon.stem(p, b.lang) in b.terms}


def matter_overlap(a: Claim, b: Claim) -> float:
    """Dice of the matter words of two claims, generic words left out."""
    skip = generic()["term"]
    x = {t for t in a.terms if t not in skip}
    y = {t for t in b.terms if t not in skip}
    return 2 * len(x & y) / (len(x) + len(y)) if x and y else 0.0


def same_matter(a: Claim, b: Claim, spec: Specificity) -> bool:
    """True when two claims of different documents may dispute one figure (module docstring)."""
    return matter_overlap(a, b) >= MIN_TERMS and bool(shared_anchors(a, b, spec))
