"""A partitive speaker ("Einer der Feuerwehrmänner", "Zwei der Verletzten") is named as written.

The German mention reader keeps the whole phrase as the mention; resolution must not cut it to
its first word ("Zwei") or its noun ("Feuerwehrmänner"), which would name a group that did not
speak as a whole (docs/annotation.md: anonymous sources are named as written).
"""

from __future__ import annotations

import pytest

from claimgraph.pipeline import analyze


@pytest.mark.parametrize("text,name", [
    ("Einer der beteiligten Feuerwehrmänner sagte: „So etwas habe ich nie gesehen.“",
     "Einer der beteiligten Feuerwehrmänner"),
    ("Zwei der Verletzten sagten aus, der Fahrer sei betrunken gewesen.", "Zwei der Verletzten"),
    ("Viele der Demonstranten erklärten, sie würden bleiben.", "Viele der Demonstranten"),
    ("Eine der Ärztinnen berichtete, die Lage sei ernst.", "Eine der Ärztinnen"),
])
def test_partitive_speaker_keeps_its_phrase(text: str, name: str) -> None:
    atts = analyze(text, lang="de").attributions
    assert [a.source.name for a in atts if a.source] == [name]


@pytest.mark.parametrize("text,name", [
    # look-alikes: a named person or a whole group keeps its usual canonical name
    ("Der Sprecher der Feuerwehr, Jan Holm, sagte, die Lage sei ernst.", "Jan Holm"),
    ("Die Demonstranten erklärten, sie würden bleiben.", "Demonstranten"),
])
def test_non_partitive_speakers_are_unchanged(text: str, name: str) -> None:
    atts = analyze(text, lang="de").attributions
    assert [a.source.name for a in atts if a.source] == [name]
