"""A fronted thing cannot speak: in `Diese Entscheidung kritisierte die Ministerin scharf` the
first field is the object and the person after the verb the subject (animacy.py, animacy.tsv).

Coverage: fronted abstract, substance and plan nouns × speech verbs × subjects after the verb
(masculine, feminine, institution, pronoun, role with genitive); look-alikes where the first
field keeps the subject (institutions with abstract endings, documents, evidence verbs).
"""

from __future__ import annotations

import itertools

import pytest

from claimgraph.lang.base import get_pack
from claimgraph.lang.de.animacy import Animacy, head_noun, inanimate_np
from frame_checks import check_found

PACK = get_pack("de")

FRONTED = ["Diese Entscheidung", "Die praktische Anwendung der Richtlinie", "Die geplante Reform",
           "Die Erhöhung der Gebühren", "Den Vorschlag", "Die Abschiebung der Familie"]
VERBS = [("kritisierte", ""), ("stellte", " in Frage"), ("begrüßte", ""), ("kommentierte", "")]
SUBJECTS = [("der SPD-Vorsitzende", "SPD-Vorsitzende"), ("die Ministerin", "Ministerin"),
            ("die Gewerkschaft", "Gewerkschaft"), ("sie", "sie"),
            ("der Sprecher des Verbandes", "Sprecher")]


@pytest.mark.parametrize("fronted,verb,subject", [
    (f, v, s) for f, v, s in itertools.product(FRONTED, VERBS, SUBJECTS)
    # one row per fronted phrase and verb, subjects rotating, keeps the table small
    if (FRONTED.index(f) + VERBS.index(v)) % len(SUBJECTS) == SUBJECTS.index(s)])
def test_fronted_thing_is_object(fronted: str, verb: tuple[str, str], subject: tuple[str, str]
                                 ) -> None:
    text = f"{fronted} {verb[0]} {subject[0]} am Montag{verb[1]}: „Das ist der falsche Weg.“"
    check_found(text, "falsche Weg", "", subject[1])


@pytest.mark.parametrize("text,content,source", [
    # the first field is an institution with an abstract ending: it speaks
    ("Die Regierung kritisierte die Gewerkschaft am Montag scharf: „Das ist verantwortungslos.“",
     "verantwortungslos", "Regierung"),
    ("Die Staatsanwaltschaft kritisierte die Verteidigung: „Das verzögert das Verfahren.“",
     "verzögert", "Staatsanwaltschaft"),
    ("Die Kommission begrüßte die Einigung am Abend: „Das ist ein guter Tag für Europa.“",
     "guter Tag", "Kommission"),
    ("Die Opposition kritisierte die Ministerin: „Sie hat das Parlament getäuscht.“",
     "getäuscht", "Opposition"),
    ("Die Gewerkschaft kritisierte die Erhöhung der Gebühren: „Das trifft die Falschen.“",
     "Falschen", "Gewerkschaft"),
])
def test_institution_keeps_first_field(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


@pytest.mark.parametrize("np,expected", [
    ("Die praktische Anwendung der Richtlinie", True),
    ("Diese Entscheidung", True),
    ("Die Chemikalie", True),
    ("Der Großbrand", True),
    ("Die Befürchtungen", True),
    ("Den Vorschlag", True),
    ("Die Bundesregierung", False),
    ("Die Staatsanwaltschaft", False),
    ("Das Aktionsbündnis", False),
    ("Die Ministerin", False),
    ("Der Spion", False),
    ("Marion Schulz", False),       # no determiner: may be a name
    ("Die Studie", False),          # a document may be a source (given as documents)
])
def test_inanimate_np(np: str, expected: bool) -> None:
    docs = frozenset({"studie", "bericht"})
    assert inanimate_np(PACK, np, docs) is expected


@pytest.mark.parametrize("verb", ["zeigt", "belegte", "ergab"])
def test_evidence_verb_keeps_thing_subject(verb: str) -> None:
    assert not inanimate_np(PACK, "Die Verteilung der Taten", verb=verb)
    assert inanimate_np(PACK, "Die Verteilung der Taten", verb="kritisierte")


@pytest.mark.parametrize("np,head", [
    ("Die praktische Anwendung der Richtlinie", "Anwendung"),
    ("Den umstrittenen Vorschlag", "Vorschlag"),
    ("Angela Merkel", None),
])
def test_head_noun(np: str, head: str | None) -> None:
    assert head_noun(np) == head


def test_lexicon_lists_both_sides() -> None:
    lex = Animacy.of(PACK)
    assert "ung" in lex.abstract_suffixes and "regierung" in lex.speakers
    assert lex.can_speak("Landesregierung") is True and lex.can_speak("Anwendung") is False
