"""A manner adverb in -gemäß/-mäßig fills the German first field ("Sinngemäß hofft Musk …"), so
the subject follows the verb; the adverb is never the speaker (fields.MANNER_FIELD)."""

from __future__ import annotations

import pytest

from claimgraph.lang.base import get_pack
from claimgraph.lang.de.fields import adverbial
from frame_checks import check_found


@pytest.mark.parametrize("text,content,source", [
    ("Sinngemäß hofft Musk also, dass der nächste Start bald erfolgt.", "Start bald", "Musk"),
    ("Sinngemäß sagte die Ministerin, man werde das prüfen.", "werde das prüfen", "Ministerin"),
    ("Verhältnismäßig spät räumte der Minister ein, dass Fehler passiert seien.",
     "Fehler passiert", "Minister"),
    ("Erwartungsgemäß erklärte die Opposition, der Antrag sei verfassungswidrig.",
     "verfassungswidrig", "Opposition"),
    ("Wahrheitsgemäß hat der Zeuge erklärt, er habe nichts gesehen.", "nichts gesehen",
     "Zeuge"),
])
def test_manner_adverb_first_field(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


@pytest.mark.parametrize("field,expected", [
    ("Sinngemäß", True),
    ("Erwartungsgemäß", True),
    ("Verhältnismäßig spät", True),
    ("Die Ministerin", False),
    ("Gemäß", False),          # a preposition alone, no adverb
    ("Thomas Mäßig", False),   # a name
])
def test_manner_field(field: str, expected: bool) -> None:
    assert adverbial(get_pack("de"), field) is expected


@pytest.mark.parametrize("text,content,source", [
    # a finished passive or perfect clause before the comma (wird/werden + participle, with or
    # without ge-): the next clause has its own subject
    ("Die Gründung der Kommission wird von Amnesty positiv gesehen, die Organisation bezweifelt "
     "aber, dass sich viel ändert.", "viel ändert", "Organisation"),
    ("Der Antrag wird heute beraten, der Minister sagte, er sei zuversichtlich.",
     "zuversichtlich", "Minister"),
    ("Das Gesetz wird im Bundestag diskutiert, die Opposition kritisiert, es gehe nicht weit "
     "genug.", "nicht weit", "Opposition"),
    ("Der Termin ist verschoben worden, die Veranstalter erklärten, der Saal sei zu klein.",
     "Saal sei", "Veranstalter"),
    # look-alike: no comma, the future auxiliary belongs to the cue's own clause
    ("Die Ministerin wird morgen erklären, ob sie kandidiert.", "kandidiert", "Ministerin"),
])
def test_second_clause_after_finished_passive(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)
