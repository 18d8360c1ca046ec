"""Glued sentence ends in scraped news: `…im Bundesanzeiger.Mats Schönauer schreibt dazu` has no
space after the full stop, so the speaker's name sat inside the previous sentence. segment.py
cuts there, but not in domains, abbreviations, initials, file or product names."""

from __future__ import annotations

import pytest

from claimgraph.segment import sentences_in
from frame_checks import check_found


def _sentences(text: str) -> list[str]:
    return [text[s.span.start:s.span.end] for s in sentences_in(text, 0, len(text))]


@pytest.mark.parametrize("text,second", [
    ("Der Bericht erschien im Bundesanzeiger.Mats Schönauer schreibt dazu etwas.", "Mats"),
    ("Das Urteil fiel am Dienstag.Richterin Anna Roth sagte das.", "Richterin"),
    ("Die Sitzung endete spät.Beide Fraktionen stimmten zu.", "Beide"),
    ("Der Antrag wurde abgelehnt.Greenpeace reagierte empört.", "Greenpeace"),
    ("Die Preise stiegen deutlich.Nordkorea testete eine Rakete, sagte er.", "Nordkorea"),
])
def test_glued_end_is_cut(text: str, second: str) -> None:
    sents = _sentences(text)
    assert len(sents) == 2 and sents[1].startswith(second)


@pytest.mark.parametrize("text", [
    "Die Meldung stand auf Spiegel.De und wurde oft geteilt.",
    "Der Artikel erschien auf www.heise.De und wurde oft geteilt.",
    "Das Programm heißt Node.Js und ist beliebt.",
    "Es kamen z.B.Vertreter der Stadt und des Landes.",
    "Er schrieb an info@verein.Danach kam keine Antwort mehr.",
    "Die Version 2.Neue Funktionen fehlen noch.",     # no lower-case word before the dot
    "Herr Dr.Müller kam am Abend.",                   # an abbreviation before the dot
])
def test_lookalike_is_not_cut(text: str) -> None:
    assert len(_sentences(text)) == 1


@pytest.mark.parametrize("text,content,source", [
    ("Der Bericht erschien im Bundesanzeiger.Mats Schönauer schreibt dazu, die Zahlen "
     "seien falsch.", "Zahlen seien falsch", "Mats Schönauer"),
    ("Der Bericht erschien im Bundesanzeiger.Mats Schönauer schreibt dazu: „Die Zahlen sind "
     "falsch.“", "Zahlen sind falsch", "Mats Schönauer"),
    ("Das Urteil fiel am Dienstag.Richterin Anna Roth sagte, das Gesetz sei verfassungswidrig.",
     "verfassungswidrig", "Anna Roth"),
    ("Die Sitzung endete spät.Die Ministerin erklärte, der Haushalt sei solide.",
     "Haushalt sei solide", "Ministerin"),
    ("Die Sitzung endete spät.Laut Greenpeace ist der Plan unzureichend.",
     "Plan unzureichend", "Greenpeace"),
])
def test_glued_speaker_is_found(text: str, content: str, source: str) -> None:
    check_found(text, content, "Sitzung endete", source)
