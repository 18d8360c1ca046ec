"""German sources of wave 5 (sentences written for these tests): relays that cite a source
after the content, relative `laut dem`, `Wie …, erklärte` frames, speakers after the verb
carried into Konjunktiv sentences, and names glued from two phrases.

SPEAKS: text -> the attribution whose content contains `content` has a source whose mention
text or name contains `source`, never `wrong`, and relays `via` (None = not checked).
ABSENT: text -> no attribution has a content containing `content` (a look-alike frames nothing).
"""

from __future__ import annotations

import pytest

from claimgraph import analyze

SPEAKS = [
    # --- 1. "…, berichtet <outlet> unter Berufung auf X": X speaks, the outlet relays
    ("Zwei Brücken seien zerstört worden, berichtet der private Sender NTV unter Berufung auf "
     "einen Offizier.", "Zwei Brücken", "Offizier", "NTV", "n-tv"),
    ("Der Hafen bleibe geschlossen, meldete die Agentur Reuters unter Berufung auf "
     "Behördenkreise.", "Der Hafen bleibe", "Behördenkreise", "Reuters", "Reuters"),
    ("Die Zeitung berichtet unter Berufung auf Regierungskreise, der Minister werde "
     "zurücktreten.", "der Minister werde", "Regierungskreise", "Zeitung", "Zeitung"),
    # look-alike: without the phrase the outlet itself is the source
    ("Der Hafen bleibe geschlossen, meldete die Agentur Reuters am Montag.",
     "Der Hafen bleibe", "Reuters", None, None),
    # --- 2. ", laut dem|der <verb-final clause>": the noun before the comma speaks
    ("Die Anklage legte ein Gutachten vor, laut dem das Kind mehrfach geschlagen worden war.",
     "mehrfach geschlagen", "Gutachten", "Kind", None),
    ("Es gibt eine neue Studie, laut der die Temperaturen weiter steigen werden.",
     "Temperaturen weiter steigen", "Studie", None, None),
    ("Im Saal liegt ein ärztliches Attest vor, laut dem Anna schwer erkrankt gewesen war.",
     "schwer erkrankt", "Attest", "Anna", None),
    # look-alike: an article after laut ("laut der Polizei") keeps the plain reading
    ("Das Auto wurde gestohlen, laut der Polizei ist der Täter geflohen.",
     "der Täter geflohen", "Polizei", None, None),
    # --- 3. "Wie <role>, <name>, erklärte, …": the subordinator is no part of the source
    ("Wie der Bürgermeister von Kiel, Ulf Kämpfer, erklärte, habe er die Feuerwehr gerufen.",
     "die Feuerwehr gerufen", "Ulf Kämpfer", "Wie", None),
    ("Wie die Ministerin erklärte, sei die Lage ernst.", "die Lage ernst", "Ministerin", "Wie",
     None),
    # --- 4. a fronted als-phrase, the speaker after the verb, then Konjunktiv I sentences
    ("Als großen Erfolg bezeichnet der Trainer Thomas Berger den Sieg. Die Mannschaft habe "
     "hervorragend gespielt.", "großen Erfolg", "Thomas Berger", None, None),
    ("Als großen Erfolg bezeichnet der Trainer Thomas Berger den Sieg. Die Mannschaft habe "
     "hervorragend gespielt.", "hervorragend gespielt", "Thomas Berger", None, None),
    ("Als „schweren Fehler“ bezeichnete die Ministerin Eva Brandt den Beschluss.",
     "schweren Fehler", "Eva Brandt", None, None),
    # look-alike: an als-phrase before a verb of saying is no judgement; the subject still
    # follows the verb
    ("Als Sprecher der Firma sagte Müller, die Anlage sei sicher.", "die Anlage sei sicher",
     "Müller", "Sprecher", None),
]


def _find(doc, fragment):
    for att in doc.attributions:
        if fragment in att.content.text:
            return att
    return None


@pytest.mark.parametrize("text,content,source,wrong,via", SPEAKS)
def test_speaker(text, content, source, wrong, via):
    doc = analyze(text, lang="de")
    att = _find(doc, content)
    assert att is not None, [a.content.text for a in doc.attributions]
    assert att.source is not None
    got = f"{att.source.text} | {att.source.name}"
    assert source in got
    if wrong:
        assert wrong not in got
    if via is not None:
        assert via in [v.name for v in att.via]


ABSENT = [
    # "laut dem Fahrplan …" without a verb-final clause: no relative reading invents a source
    ("Der Zug kam zu spät an, laut dem Fahrplan um zehn Minuten.", "um zehn Minuten"),
]


@pytest.mark.parametrize("text,content", ABSENT)
def test_no_relative_reading(text, content):
    doc = analyze(text, lang="de")
    assert all(a.rule != "according_laut_relative" for a in doc.attributions
               if content in a.content.text)
