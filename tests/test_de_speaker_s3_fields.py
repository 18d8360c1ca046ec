"""German first field (Vorfeld), session 3 (sentences written for these tests): a fronted
prepositional phrase or a single present participle is an adverbial, so the speaker is the
nominative noun phrase after the finite verb; a closed-class word is never a source.

SPEAKS: text -> the attribution whose content contains `content` has a source whose mention
text or name contains `source` and never `wrong`.
"""

from __future__ import annotations

import pytest

from claimgraph.lang import base
from claimgraph.lang.de.fields import adverbial
from claimgraph.lang.de.mentions import is_participle, parse

from speaker_checks import check_speaker

SPEAKS = [
    # --- 1. a prepositional first field: the subject follows the verb
    ("Zu den Vorwürfen führte der Manager aus, dass er von nichts gewusst habe.",
     "von nichts gewusst", "Manager", "Zu"),
    ("Zu dem neuen Haushalt führte Kämmerin Petra Lohse aus, dass die Rücklagen aufgebraucht seien.",
     "Rücklagen aufgebraucht", "Lohse", "Zu"),
    ("Gegenüber der Lokalzeitung erklärte der Trainer, die Mannschaft sei bereit.",
     "Mannschaft sei bereit", "Trainer", "Gegenüber"),
    ("Über die geplante Brücke sagte Bürgermeister Jens Albers, sie werde zu teuer.",
     "werde zu teuer", "Albers", "Über"),
    ("Wegen der Streiks warnte die Bahn, dass viele Züge ausfallen würden.",
     "Züge ausfallen", "Bahn", "Wegen"),
    # --- 2. a single present participle fills the first field
    ("Relativierend fügte Gall hinzu, dass die Lage nicht hoffnungslos sei.",
     "nicht hoffnungslos", "Gall", "Relativierend"),
    ("Ergänzend erklärte die Ministerin, dass die Mittel nicht reichten.",
     "Mittel nicht reichten", "Ministerin", "Ergänzend"),
    ("Einschränkend fügte der Sprecher hinzu: „Entschieden ist noch nichts.“",
     "Entschieden ist noch nichts", "Sprecher", "Einschränkend"),
    ("Lächelnd sagte die Siegerin, sie habe nicht mit dem Titel gerechnet.",
     "nicht mit dem Titel", "Siegerin", "Lächelnd"),
    # look-alikes: the first field is the subject and must stay it
    ("Townsend sagte, die Band werde im Herbst wieder auftreten.",
     "im Herbst wieder auftreten", "Townsend", None),
    ("Die Jugend der Stadt forderte, das Freibad müsse offen bleiben.",
     "Freibad müsse offen", "Jugend", None),
    ("Die Polizei teilte mit, der Täter sei geflohen.",
     "Täter sei geflohen", "Polizei", None),
    ("Im Bundestag kritisierte die Opposition, der Haushalt sei unsolide.",
     "Haushalt sei unsolide", "Opposition", "Bundestag"),
]


@pytest.mark.parametrize("text,content,source,wrong", SPEAKS)
def test_speaker(text, content, source, wrong):
    check_speaker(text, content, source, wrong)


@pytest.mark.parametrize("field,expected", [
    ("Zu den Vorwürfen ", True),
    ("Gegenüber der Presse ", True),
    ("Relativierend ", True),
    ("Mit Blick auf die Wahl ", True),
    ("Bislang ", True),
    ("Die Polizei ", False),
    ("Townsend ", True),              # alone a participle shape; _subject then needs a subject
    ("Mit der Polizei und die Feuerwehr ", False),   # two phrases: no single PP
    ("Zu den Vorwürfen, die erhoben wurden, ", False),
    ("Jugend ", False),
    ("Abend ", False),
])
def test_adverbial_field(field, expected):
    assert adverbial(base.get_pack("de"), field) is expected


@pytest.mark.parametrize("word,expected", [
    ("Relativierend", True), ("Abschließend", True), ("Lächelnd", True),
    ("Jugend", False), ("Abend", False), ("Gegend", False),
])
def test_participle(word, expected):
    assert is_participle(word) is expected


@pytest.mark.parametrize("word", ["Zu", "Gegen", "Über", "Und", "Dass", "Bislang"])
def test_closed_word_is_no_source(word):
    assert parse(word, 0, base.get_pack("de")) is None


@pytest.mark.parametrize("word", ["Zumwinkel", "Gegenbauer", "Lang", "Polizei"])
def test_name_like_word_is_a_source(word):
    assert parse(word, 0, base.get_pack("de")) is not None
