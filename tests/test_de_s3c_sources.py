"""Remaining wrong German sources (session 3, wave c): an according-to phrase inside a frame
whose own reporting verb has a subject relays that subject (`Das Team kam der Studie zufolge
zu dem Schluss, dass …`: the team; an outlet becomes a via), but not when it stands inside
the reported words or frames no clause; a first field opening with `außer`/`binnen` is a
prepositional phrase, so the subject follows the verb."""

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
