"""Cells of the apposition matrix whose frame is a verb frame (clauses.py, subject_np.py,
lexicon.py): the postposed `…, teilte X, Chef der Y, mit.` / `…, sagte X, 54, am Montag.` and
the first field `X, 54, sagte, …`; the speaker's appositions are read by apposition.tail.
The sentences are invented."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found, label
from test_de_s4_apposition import OTHER_FRAMES, _cells


@pytest.mark.parametrize("text,source,outside", _cells(OTHER_FRAMES))
def test_teammate_frame_by_speaker_shape(text: str, source: str, outside: str) -> None:
    check_found(text, "Lage am Standort", outside, source)


#: more shapes of the verb frames with a speaker in apposition (writer A3): Perfekt, modal,
#: negation, particle after an adverbial, plural verb with coordinated speakers, inverted
#: subject with age or relative clause; (text, source, outside)
VERB_SHAPES = [
    ("Burt Rutan, Chef der Firma, hat gesagt, die Lage am Standort sei ernst.",
     "Burt Rutan", "Chef der Firma"),
    ("Am Montag hat Burt Rutan, Chef der Firma, gesagt, die Lage am Standort sei ernst.",
     "Burt Rutan", "Chef der Firma"),
    ("Burt Rutan, 54, hat erklärt, die Lage am Standort sei ernst.", "Burt Rutan", "54"),
    ("Burt Rutan, der die Firma seit 1990 leitet, will nicht ausschließen, dass die Lage am "
     "Standort ernst ist.", "Burt Rutan", "1990"),
    ("Burt Rutan, 54, bestritt nicht, dass die Lage am Standort ernst ist.", "Burt Rutan", "54"),
    ("Die Lage am Standort sei ernst, räumte Burt Rutan, Chef der Firma, ein.", "Burt Rutan",
     "Chef der Firma"),
    ("Die Lage am Standort sei ernst, räumte Burt Rutan, 54, am Montag ein.", "Burt Rutan",
     "Montag"),
    ("Die Lage am Standort sei ernst, gab Anna Berg, die das Amt seit Mai führt, am Montag "
     "bekannt.", "Anna Berg", "Mai"),
    ("Die Lage am Standort sei ernst, erklärten Burt Rutan, Chef der Firma, und Anna Berg, "
     "Sprecherin des Ministeriums, am Montag.", "Burt Rutan", "Sprecherin"),
    ("Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums, erklärten, die "
     "Lage am Standort sei ernst.", "Burt Rutan", "Sprecherin"),
    ("Burt Rutan, Chef der Firma, und Anna Berg sagten, die Lage am Standort sei ernst.",
     "Burt Rutan", "Chef der Firma"),
    ("Burt Rutan, Chef der Firma, und Anna Berg haben erklärt, die Lage am Standort sei ernst.",
     "Anna Berg", "Chef der Firma"),
    # postposed, the apposition closed by the clause end or followed by adverbials
    ("Die Lage am Standort sei ernst, sagte Burt Rutan, 54.", "Burt Rutan", "54"),
    ("Die Lage am Standort sei ernst, sagte Burt Rutan, der die Firma seit 1990 leitet.",
     "Burt Rutan", "1990"),
    ("Die Lage am Standort sei ernst, sagte Burt Rutan, Chef der Firma, am Montag in Berlin.",
     "Burt Rutan", "Montag"),
    ("Die Lage am Standort sei ernst, sagte der Minister, der die Firma besuchte, den "
     "Reportern.", "Minister", "Reportern"),
    ("Die Lage am Standort sei ernst, teilte die Polizei, die den Einsatz leitet, am Abend mit.",
     "Polizei", "Einsatz"),
    ("Die Lage am Standort sei ernst, sagten Burt Rutan, Chef der Firma, und Anna Berg.",
     "Burt Rutan", "Chef der Firma"),
    ("Am Montag sagte Burt Rutan, 54, die Lage am Standort sei ernst.", "Burt Rutan", "54"),
    ("Am Montag sagte Burt Rutan, der die Firma seit 1990 leitet, die Lage am Standort sei "
     "ernst.", "Burt Rutan", "1990"),
]


@pytest.mark.parametrize("text,source,outside", VERB_SHAPES)
def test_verb_frame_shapes(text: str, source: str, outside: str) -> None:
    check_found(text, "Lage am Standort", outside, source)


#: look-alikes: what follows the speaker's comma is no apposition; (text, content, source)
VERB_LOOKALIKES = [
    # a clause after the speaker is its content, no relative clause on the speaker
    ("Am Montag sagte Burt Rutan, der Plan sei gut.", "der Plan sei gut", "Burt Rutan"),
    ("Am Montag sagte Burt Rutan, der Plan ist gut.", "der Plan ist gut", "Burt Rutan"),
    ("Die Lage sei ernst, sagte Burt Rutan, der Plan ist gut.", "der Plan ist gut", "Burt Rutan"),
    # a fronted object with a relative and an infinitive clause; the pronoun after the verb
    # speaks
    ("Die Arbeiter, die sich anschickten, an der Kundgebung teilzunehmen, warnte er, die Lage "
     "am Standort sei ernst.", "Lage am Standort", "er"),
    ("Die Arbeiter, die seit Wochen streiken, kritisierte er, die Lage am Standort sei ernst.",
     "Lage am Standort", "er"),
]


#: a first field with commas that is a time or a place, not a speaker with appositions
ADVERBIAL_FIELDS = [
    "Nach dem Spiel, das 2:1 endete, und der Feier, die lange dauerte, sagte der Trainer, die "
    "Lage am Standort sei ernst.",
    "In Berlin, der Hauptstadt, sagte der Trainer, die Lage am Standort sei ernst.",
    "Am Montag, 12. Mai, sagte der Trainer, die Lage am Standort sei ernst.",
    "Gestern, am 12. Mai, sagte der Trainer, die Lage am Standort sei ernst.",
]


@pytest.mark.parametrize("text", ADVERBIAL_FIELDS)
def test_adverbial_first_field_with_commas(text: str) -> None:
    check_found(text, "Lage am Standort", "Trainer", "Trainer")


@pytest.mark.parametrize("text,content,source", VERB_LOOKALIKES)
def test_verb_frame_lookalikes(text: str, content: str, source: str) -> None:
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    assert label(hits[0].source).split(" | ")[0] == source, label(hits[0].source)


@pytest.mark.parametrize("text,name", [
    ("Die Lage am Standort sei ernst, teilte die Polizei, die den Einsatz leitet, am Abend mit.",
     "Polizei"),
    ("Am Montag erklärte die Polizei, die den Einsatz leitet, die Lage am Standort sei ernst.",
     "Polizei"),
    ("Die Lage am Standort sei ernst, sagte Burt Rutan, der die Firma seit 1990 leitet.",
     "Burt Rutan"),
])
def test_relative_clause_keeps_the_name(text: str, name: str) -> None:
    """An age or a relative clause ends the speaker phrase but never enters the name."""
    atts = [a for a in analyze(text, lang="de").attributions if "Lage am Standort" in a.content.text]
    assert atts and atts[0].source is not None and atts[0].source.name == name, \
        [label(a.source) for a in atts]
