"""German agentless frames (sentences written for these tests): `hieß es` names nobody unless a
document PP or a sayer PP does ("Im Bericht hieß es", "Aus der Stadtverwaltung hieß es"); a
time or circumstance PP ("Im Mai", "Im Vorfeld des Gipfels") names nobody (circumstances.tsv).
An agentless frame carries the last speaker only when it points back to that speaker's act
("Weiter hieß es", "Dazu hieß es"); otherwise it ends the speaker's Konjunktiv run, and a
speaker carried by a continuation never fills its empty source in the overlap resolver.

Each row: text, a piece of the content, the expected source ("" = none; else contained in
the source mention's text or name).
"""

from __future__ import annotations

import pytest

from frame_checks import source_of



ROWS = [
    # a time or circumstance PP names no sayer
    ("Im Mai hieß es, die Firma werde bald schließen.", "die Firma werde", ""),
    ("Im Sommer hieß es noch, der Plan sei gescheitert.", "der Plan sei", ""),
    ("Im Vorfeld des Gipfels hieß es, die Gespräche seien schwierig.", "die Gespräche", ""),
    ("In diesem Zusammenhang hieß es, die Kosten seien gestiegen.", "die Kosten", ""),
    ("Im Frühjahr 2020 hieß es, der Bau werde sich verzögern.", "der Bau werde", ""),
    # look-alikes: a document or an institution in the PP does name the sayer
    ("Im Bericht hieß es, die Firma werde bald schließen.", "die Firma werde", "Bericht"),
    ("In der Erklärung heißt es, man sei überrascht worden.", "man sei", "Erklärung"),
    ("In einer Mitteilung der Polizei hieß es, der Täter sei geflohen.", "der Täter", "Polizei"),
    ("Im Innenministerium hieß es, man prüfe den Vorfall.", "man prüfe", "Innenministerium"),
    ("Aus der Stadtverwaltung hieß es, die Straße werde gesperrt.", "die Straße", "Stadtverwaltung"),
    # an agentless frame pointing back carries the last speaker
    ("Die Ministerin sagte, die Lage sei ernst. Weiter hieß es, die Gespräche seien gescheitert.",
     "die Gespräche seien", "Ministerin"),
    ("Der Minister kündigte an, das Gesetz zu ändern. Dazu hieß es, man wolle die Bürger "
     "entlasten.", "man wolle", "Minister"),
    ("Der Bürgermeister lehnte den Antrag ab. Als Begründung dafür heißt es im Rathaus nur, die "
     "Frist sei abgelaufen.", "die Frist sei", "Rathaus"),
    # one that does not point back names nobody, and ends the speaker's run
    ("Die Ministerin sagte, die Lage sei ernst. Am Montag hieß es dann, die Gespräche seien "
     "gescheitert.", "die Gespräche seien", ""),
    ("Die Ministerin sagte, die Lage sei ernst. Später hieß es, die Gespräche seien gescheitert.",
     "die Gespräche seien", ""),
    ("Die Ministerin sagte, die Lage sei ernst. Am Montag hieß es dann, die Gespräche seien "
     "gescheitert. Die Ursache sei unklar.", "Die Ursache sei", ""),
    ("Die Ministerin sagte, die Lage sei ernst. Weiter hieß es, die Gespräche seien gescheitert. "
     "Die Ursache sei unklar.", "Die Ursache sei", "Ministerin"),
    # an inverted 'Hieß es zunächst' keeps its empty source against a carried speaker
    ("Monatelang haben die Stadtwerke abgestritten, dass die Türen unsicher wären. Hieß es "
     "zunächst noch, dass die Fahrgäste selber schuld seien, wird nun in die Türen investiert.",
     "die Fahrgäste selber", ""),
]


@pytest.mark.parametrize("text,piece,source", ROWS)
def test_impersonal_frame_source(text: str, piece: str, source: str) -> None:
    got = source_of(text, piece)
    assert got is not None, f"no attribution holds {piece!r}"
    if source:
        assert source in got
    else:
        assert got == ""
