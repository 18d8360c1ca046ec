"""Documents as sources and their issuer (session 4): "Das Bundesamt ... legte seinen
Jahresbericht vor. Der Bericht stellt fest ..." speaks for the Bundesamt; only a publishing verb
(vorlegen, veröffentlichen, präsentieren, vorstellen, herausgeben) makes the subject the issuer,
not a verb of reading or criticising. Invented texts."""

from __future__ import annotations

import pytest

from claimgraph.german_names import publisher_start

from resolve_helpers import resolved_names


@pytest.mark.parametrize("sentence,noun,who", [
    ("Das Bundesamt für Statistik legte am Dienstag seinen Jahresbericht vor.", "Jahresbericht",
     "Bundesamt für Statistik"),
    ("Die Weltbank hat gestern eine neue Studie veröffentlicht.", "Studie", "Weltbank"),
    ("Greenpeace präsentierte in Berlin einen umfangreichen Bericht.", "Bericht", "Greenpeace"),
    ("Die Stiftung stellte ihre Untersuchung am Montag vor.", "Untersuchung", "Stiftung"),
    # look-alikes: no publishing verb, a particle verb without its particle, no participle
    ("Die Regierung hat den Bericht scharf kritisiert.", "Bericht", None),
    ("Die Opposition las den Bericht genau.", "Bericht", None),
    ("Die Stiftung stellte ihre Untersuchung in Frage.", "Untersuchung", None),
])
def test_publisher_of_a_document(sentence: str, noun: str, who: str | None) -> None:
    s = sentence.index(noun)
    at = publisher_start(sentence, 0, s, s + len(noun))
    assert (sentence[at:at + len(who)] if at is not None and who else at) == who


@pytest.mark.parametrize("text,mention,name", [
    ("Das Statistische Bundesamt legte am Dienstag seinen Jahresbericht vor. Der Bericht "
     "stellt fest, die Zahl der Unfälle sei gesunken.", "Der Bericht", "Statistisches Bundesamt"),
    ("Die Weltbank hat am Morgen eine neue Studie veröffentlicht. Die Studie kommt zu dem "
     "Ergebnis, dass die Armut sinkt.", "Die Studie", "Weltbank"),
    # look-alike: the subject only criticised the report, it did not issue it
    ("Die Weltbank hat die neue Studie kritisiert. Die Studie kommt zu dem Ergebnis, dass "
     "die Armut sinkt.", "Die Studie", "Studie"),
])
def test_document_speaks_for_its_publisher(text: str, mention: str, name: str) -> None:
    assert resolved_names(text, [mention], "de") == [name]
