"""The case of the German first field (lang/de/case.py): a dative, accusative or genitive
phrase before the finite verb is never its subject; the nominative follows the verb.

`Der Zeitung sagte der Minister, …` once gave the source `Zeitung`: `der` before a feminine
noun is dative or genitive. A coverage matrix: oblique first fields x verbs x subjects after
the verb, plus look-alikes whose first field is the nominative subject. Invented sentences.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from claimgraph.lang.base import get_pack
from claimgraph.lang.de.case import gender, not_nominative
from frame_checks import label

#: first fields that are not nominative: dative feminine (by ending, by the press list, a
#: compound, with a name after it, with an adjective), dative masculine and plural, genitive,
#: a postposition
OBLIQUE = [
    "Der Zeitung",
    "Der Agentur Reuters",
    "Der Nachrichtenagentur AP",
    "Der Süddeutschen Zeitung",
    "Der Deutschen Presse-Agentur",
    "Einer Zeitung",
    "Dem Sender",
    "Den Reportern",
    "Des Weiteren",
    "Der Zeitung gegenüber",
]

#: (verb template, with {s} the subject after the verb)
VERBS = [
    "sagte {s}",
    "erklärte {s}",
    "versicherte {s}",
    "teilte {s} mit",
]

#: (subject after the verb, expected in the source label)
SUBJECTS = [
    ("der Minister", "Minister"),
    ("Burt Rutan", "Burt Rutan"),
    ("die Feuerwehr", "Feuerwehr"),
    ("sie", "sie"),
]


def _cells():
    return [pytest.param(f"{front} {verb.format(s=subj)}, die Lage am Standort sei ernst.",
                         expected, front, id=f"{front}-{verb.split()[0]}-{expected}")
            for front in OBLIQUE for verb in VERBS for subj, expected in SUBJECTS]


@pytest.mark.parametrize("text,source,front", _cells())
def test_subject_after_the_verb(text: str, source: str, front: str) -> None:
    atts = [a for a in analyze(text, lang="de").attributions
            if "Lage am Standort" in a.content.text]
    assert atts, text
    got = label(atts[0].source)
    assert source in got, got
    assert front.split()[1] not in got, got  # never the dative noun


@pytest.mark.parametrize("text,source", [
    ("Der Zeitung hat der Minister gesagt, die Lage am Standort sei ernst.", "Minister"),
    ("Der Agentur Reuters hat Burt Rutan am Montag erklärt, die Lage am Standort sei ernst.",
     "Burt Rutan"),
    ("Der Regierung warf die Opposition vor, die Lage am Standort zu verharmlosen.",
     "Opposition"),
    ("Der Polizei teilte die Feuerwehr am Abend mit, die Lage am Standort sei ernst.",
     "Feuerwehr"),
    ("Der Deutschen Presse-Agentur sagte die Sprecherin der Stadt, Anna Roth, die Lage am "
     "Standort sei ernst.", "Anna Roth"),
    ("Der Zeitung sagte er, die Lage am Standort sei ernst.", "er"),
    # an outlet in quotes (the phrase is read unmasked)
    ("Der „Bild“-Zeitung sagte der Minister, die Lage am Standort sei ernst.", "Minister"),
    ("Der „Süddeutschen Zeitung“ sagte der Minister, die Lage am Standort sei ernst.",
     "Minister"),
    ("Dem „Spiegel“ sagte Burt Rutan, die Lage am Standort sei ernst.", "Burt Rutan"),
    ("Der Zeitung „Die Welt“ sagte der Minister, die Lage am Standort sei ernst.", "Minister"),
])
def test_more_shapes(text: str, source: str) -> None:
    atts = [a for a in analyze(text, lang="de").attributions
            if "Lage am Standort" in a.content.text]
    assert atts and source in label(atts[0].source), [label(a.source) for a in atts]


#: look-alikes: the first field is the nominative subject and stays the source
LOOKALIKES = [
    ("Der Sprecher der Polizei sagte, die Lage am Standort sei ernst.", "Sprecher"),
    ("Die Zeitung berichtete, die Lage am Standort sei ernst.", "Zeitung"),
    ("Der Minister sagte der Zeitung, die Lage am Standort sei ernst.", "Minister"),
    ("Der Polizeisprecher sagte, die Lage am Standort sei ernst.", "Polizeisprecher"),
    ("Die Agentur Reuters meldete, die Lage am Standort sei ernst.", "Reuters"),
    ("Der Champion sagte, die Lage am Standort sei ernst.", "Champion"),
    ("Der Minister Burt Rutan sagte, die Lage am Standort sei ernst.", "Burt Rutan"),
    ("Der Chef der Agentur erklärte, die Lage am Standort sei ernst.", "Chef"),
    ("Der Sprecherin Anna Berg zufolge ist die Lage am Standort ernst.", "Anna Berg"),
    ("Der „Spiegel“ berichtete, die Lage am Standort sei ernst.", "Spiegel"),
    ("Die „Bild“-Zeitung meldete, die Lage am Standort sei ernst.", "Bild"),
]


@pytest.mark.parametrize("text,source", LOOKALIKES)
def test_nominative_first_field_stays(text: str, source: str) -> None:
    atts = [a for a in analyze(text, lang="de").attributions
            if "Lage am Standort" in a.content.text]
    assert atts and source in label(atts[0].source), [label(a.source) for a in atts]


@pytest.mark.parametrize("noun,expected", [
    ("Zeitung", "f"), ("Nachrichtenagentur", "f"), ("Landesregierung", "f"),
    ("Sprecherin", "f"), ("Polizei", "f"), ("Behörde", "f"), ("SPD", "f"), ("Ministerium", "n"),
    ("Champion", "m"), ("Sprung", "m"), ("Minister", None), ("Putin", None), ("Braun", None),
])
def test_gender_by_ending(noun: str, expected: str | None) -> None:
    assert gender(get_pack("de"), noun) == expected


@pytest.mark.parametrize("phrase,oblique", [
    ("Der Zeitung", True), ("Dem Minister", True), ("Den Bericht", True), ("Des Weiteren", True),
    ("Einer Sprecherin", True), ("Der Kanzlerin Anna Berg", True),
    ("Der Minister", False), ("Die Zeitung", False), ("Der Sprecher der Polizei", False),
    ("Einer der Demonstranten", False), ("Den Haag", False), ("Der Minister Putin", False),
])
def test_not_nominative(phrase: str, oblique: bool) -> None:
    assert not_nominative(get_pack("de"), phrase) is oblique
