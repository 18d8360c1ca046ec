"""Remaining wrong German sources (session 3, wave c): an according-to phrase inside a frame
whose own reporting verb has a subject relays that subject (`Das Team kam der Studie zufolge
zu dem Schluss, dass …`: the team; an outlet becomes a via), but not when it stands inside
the reported words or frames no clause; a first field opening with `außer`/`binnen` is a
prepositional phrase, so the subject follows the verb. A subject that follows or shares a view (`war der Einschätzung
gefolgt, …`) owns the clause after the statement noun (adopted.py); a list inserted after the
subject (`, unter ihnen …,`) is skipped."""

from __future__ import annotations

import pytest

from claimgraph import analyze

ROWS = [
    # text, a word of the content, the source name (a word of it), vias
    ("Die Gruppe um Jonas Weber kam der Studie zufolge zu dem Schluss, dass die Methode "
     "sicher ist.", "Methode", "Gruppe", []),
    ("Laut der Zeitung „Kurier“ sagte der Minister, er werde nicht zurücktreten.",
     "zurücktreten", "Minister", ["Kurier"]),
    ("Nach Angaben der Feuerwehr teilte der Betreiber mit, dass das Feuer gelöscht sei.",
     "Feuer", "Betreiber", []),
    ("Dem Bericht zufolge erklärte die Ministerin, ob die Schule schließe, sei offen.",
     "Schule", "Ministerin", []),
    # look-alikes: the according-to phrase keeps its words
    ("Die Partei hält den Plan laut Jan Roth für machbar.", "Plan", "Jan Roth", []),
    ("Laut Polizei wurde niemand verletzt.", "niemand", "Polizei", []),
    ("Inzwischen hat er laut einer Sprecherin des Gerichts ein Geständnis abgelegt.",
     "Geständnis", "Sprecherin", []),
    # an adopted view: the subject that follows or shares it owns the clause
    ("Ursprünglich war das Landgericht der Einschätzung gefolgt, die Werbung verletze das "
     "Gesetz.", "Werbung", "Landgericht", []),
    ("Das Gericht folgte der Auffassung, dass der Vertrag ungültig sei.", "Vertrag", "Gericht",
     []),
    ("Der Ausschuss schloss sich der Einschätzung an, das Projekt sei zu teuer.", "Projekt",
     "Ausschuss", []),
    ("Die Ministerin teilt die Sorge, dass die Preise weiter steigen.", "Preise", "Ministerin",
     []),
    # a claim to know: "will wissen, dass"
    ("Der Sender will aber wissen, dass der Abgeordnete das Mädchen gefragt habe.", "Mädchen",
     "Sender", []),
    ("Die Zeitung wollte wissen, dass der Vertrag längst unterschrieben sei.", "Vertrag",
     "Zeitung", []),
    # a list inserted after the subject
    ("Die Veranstalter des Festivals, unter ihnen neben der Stadt auch mehrere Vereine, betonen, "
     "wie wichtig es sei, die Kultur zu fördern.", "Kultur", "Veranstalter", []),
    ("Die Kläger, darunter zwei Umweltverbände, argumentieren, das Projekt sei zu teuer.",
     "Projekt", "Kläger", []),
    # prepositional first fields
    ("Außer in Berlin weist das Ministerium auch darauf hin, dass die Luft schlechter werde.",
     "Luft", "Ministerium", []),
    ("Binnen einer Woche teilte die Behörde mit, dass der Fall gelöst sei.", "Fall", "Behörde",
     []),
]


@pytest.mark.parametrize("text,needle,source,vias", ROWS, ids=[r[0][:40] for r in ROWS])
def test_source(text, needle, source, vias):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if needle in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    att = hits[0]
    assert att.source is not None and (source in att.source.name or source in att.source.text), \
        (att.source, att.rule)
    assert [v.name for v in att.via] == vias


@pytest.mark.parametrize("text", [
    "Die Bürger leben in der Hoffnung, dass der Bau bald beginnt.",
    "Das Gericht folgte der Spur, die zum Täter führte.",
    "Er war der Meinung gefolgt, weil er keine Wahl hatte.",
    "Die Eltern wollen wissen, ob die Schule öffnet.",
    "Der Minister will wissen, wer das Geld bekommen hat.",
])
def test_nothing_attributed(text):
    """No verb of adopting, no statement noun, no reported clause, or a question after
    `wollen wissen`: nothing is attributed."""
    assert [a.rule for a in analyze(text, lang="de").attributions] == []
