"""Animacy of German noun phrases: can the head noun speak?

When the first field and the noun phrase after the verb compete for the subject of a speech
verb, German case often leaves it open (`die` is nominative and accusative), but meaning does
not: "Diese Entscheidung kritisierte die Ministerin scharf" — a decision cannot criticise, so
the fronted phrase is the object and the person after the verb the subject. Abstract nouns
(-ung, -heit, -keit, -ion, -tät, -ismus, -nis, -schaft), substances, objects and events do not
speak; institutions with the same endings (Regierung, Kommission, Gewerkschaft) do. The word
lists are in animacy.tsv; a compound counts by its end (Bundesregierung, Großbrand).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..base import LanguagePack

#: determiners that open a common-noun phrase (a bare capitalised word may be a name: Marion)
_DET = re.compile(r"""(?:der|die|das|den|dem|des|ein|eine|einen|einem|einer|eines|diese[rsnm]?|
                         jene[rsnm]?|seine[rsnm]?|ihre[rsnm]?|sein|ihr|unsere[rsnm]?|kein|keine[rsnm]?)
                      $""", re.VERBOSE | re.IGNORECASE)


@dataclass(frozen=True)
class Animacy:
    """The animacy lexicon of a pack, compiled once."""

    abstract_suffixes: tuple[str, ...]
    speakers: tuple[str, ...]
    inanimate: tuple[str, ...]
    #: class noun before a quoted name -> "outlet" or "" ("Verein", "Zeitung")
    name_classes: dict[str, str]
    #: finite verbs whose subject may be a thing ("Die Statistik zeigt …")
    evidence_verbs: frozenset[str] = frozenset()

    @classmethod
    def of(cls, pack: LanguagePack) -> "Animacy":
        cached = pack.hooks.get("_animacy")
        if cached is None:
            rows = pack.lexicon("animacy")

            def words(kind: str) -> tuple[str, ...]:
                return tuple(r["word"].lower() for r in rows if r["kind"] == kind)
            cached = cls(words("abstract_suffix"), words("speaker"), words("inanimate"),
                         {r["word"].lower(): r["note"] for r in rows if r["kind"] == "name_class"},
                         frozenset(words("evidence_verb")))
            pack.hooks["_animacy"] = cached
        return cached

    def _ends(self, noun: str, entries: tuple[str, ...]) -> bool:
        """`noun` is an entry or a compound ending in one (Bundesregierung, Großbrand)."""
        low = noun.lower()
        return any(low == e or (low.endswith(e) and len(low) >= len(e) + 3) or
                   low.endswith("-" + e) for e in entries)

    def can_speak(self, noun: str) -> bool | None:
        """False for an abstract, substance, object or event noun; True for an institution
        with an abstract ending; None when the lexicon does not know (persons, names)."""
        low = noun.lower().strip("„“”\"«»")
        low = re.sub(r"(?:en|n|s|es)$", "", low) if not self._known(low) else low
        if self._ends(low, self.speakers):
            return True
        if self._ends(low, self.inanimate):
            return False
        if any(low.endswith(s) and len(low) >= len(s) + 3 for s in self.abstract_suffixes):
            return False
        return None

    def _known(self, low: str) -> bool:
        return self._ends(low, self.speakers) or self._ends(low, self.inanimate) or any(
            low.endswith(s) for s in self.abstract_suffixes)

    def name_class(self, noun: str) -> str | None:
        """"" or "outlet" when `noun` is a class noun that takes a quoted name, else None."""
        low = noun.lower()
        for e, note in self.name_classes.items():
            if low == e or low.endswith(e) and len(low) >= len(e) + 3 or low in (e + "s", e + "es"):
                return note
        return None


def head_noun(np_text: str) -> str | None:
    """The head of a determiner-led phrase: "Die praktische Anwendung der Richtlinie" ->
    "Anwendung". None when no determiner opens it (a bare capitalised word may be a name)."""
    words = np_text.split()
    if len(words) < 2 or not _DET.match(words[0]):
        return None
    for w in words[1:]:
        if w[:1].isupper():
            return w.strip(",.;:")
        if not re.fullmatch(r"[a-zäöüß][\w-]*|\d[\w.-]*", w):
            return None
    return None


def inanimate_np(pack: LanguagePack, np_text: str, documents: frozenset[str] = frozenset(),
                 verb: str = "") -> bool:
    """Is `np_text` a determiner-led phrase whose head cannot speak (and names no document,
    which may be a source of its own: "Die Studie zeigt")? With an evidence verb ("Die
    Verteilung zeigt NRW an erster Stelle") a thing may be the subject: False."""
    if verb.lower() in Animacy.of(pack).evidence_verbs:
        return False
    head = head_noun(np_text)
    if head is None or head.lower() in documents:
        return False
    return Animacy.of(pack).can_speak(head) is False


def animate_np(pack: LanguagePack, np_text: str) -> bool:
    """Is `np_text` a determiner-led phrase whose head the lexicon knows as a speaker
    (institutions and groups with abstract endings: "die Gewerkschaften", "die Opposition")?"""
    head = head_noun(np_text)
    return head is not None and Animacy.of(pack).can_speak(head) is True
