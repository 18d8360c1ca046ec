"""German sources of wave 4 (sentences written for these tests): adverbs in the first field,
dative/accusative phrases, places, carried Konjunktiv speakers and relays that cite a source.

SPEAKS: text -> the attribution whose content contains `content` has a source whose mention
text or name contains `source` and never `wrong` ("" = none or anonymous).
SILENT: text -> no attribution whose content contains `content` has a source containing `wrong`.
"""

from __future__ import annotations

import pytest

from claimgraph.lang import base
from claimgraph.lang.de.mentions import Lexicons, parse

from speaker_checks import check_silent, check_speaker

SPEAKS = [
    # --- 1. a sentence-initial adverb fills the first field; the subject follows the verb
    ("Bislang gingen die Geologen davon aus, dass der Vulkan erloschen ist.",
     "der Vulkan erloschen", "Geologen", "Bislang"),
    ("Monatelang haben die Stadtwerke abgestritten, dass die Leitungen marode seien.",
     "die Leitungen marode", "Stadtwerke", "Monatelang"),
    ("Jahrelang hatte der Konzern behauptet, die Anlage sei sicher.",
     "die Anlage sei sicher", "Konzern", "Jahrelang"),
    ("Zunächst erklärte die Feuerwehr, das Feuer sei gelöscht.",
     "das Feuer sei gelöscht", "Feuerwehr", "Zunächst"),
    ("Möglicherweise vermuten die Ermittler, dass der Täter floh.",
     "der Täter floh", "Ermittler", "Möglicherweise"),
    # look-alikes: a surname that looks like an adverb ending, and an ordinary first field
    ("Lang sagte am Abend, die Mannschaft sei müde.",
     "die Mannschaft sei müde", "Lang", None),
    ("Die Forscherin Ute Lang erklärte, der Gletscher schmelze schneller.",
     "der Gletscher schmelze", "Ute Lang", None),
    # --- 2. a fronted thing, the verb, a bare name and "als": the name speaks (OVS order)
    ("Eine Erhöhung der Gebühren bezeichnete Kramer als unsozial, weil viele Familien sparen.",
     "als unsozial", "Kramer", "Erhöhung"),
    ("Die neue Regel bezeichnete Ministerin Eva Brandt als überfällig.",
     "als überfällig", "Eva Brandt", "Regel"),
    # look-alikes: a fronted institution or crowd noun is the subject, the name its object
    ("Die Regierung bezeichnete Kramer als Störenfried, weil er Akten verbreite.",
     "Kramer als Störenfried", "Regierung", None),
    ("Die Experten bezeichneten Kramer als Außenseiter.",
     "Kramer als Außenseiter", "Experten", None),
    # --- 3. a reported (Konjunktiv I) clause before a colon quote goes on with its speaker
    ("Wie die Regierungschefin von Tasmanien, Lara Webb, erklärte, habe sie Helfer entsandt. "
     "Tasmanien sei den Nachbarn zu Dank verpflichtet: „Sie haben uns im Winter geholfen.“",
     "Sie haben uns im Winter geholfen", "Lara Webb", "Tasmanien |"),
    # look-alike: an indicative clause before the colon keeps its own subject
    ("Der Trainer Tim Roth sagte, die Abwehr sei stark gewesen. Der Kapitän Jan Kolb blieb "
     "gelassen: „Wir waren zu langsam.“",
     "Wir waren zu langsam", "Jan Kolb", "Tim Roth"),
    ("Der Trainer Tim Roth sagte, die Abwehr sei stark gewesen. Die Mannschaft war enttäuscht: "
     "„Wir waren zu langsam.“",
     "Wir waren zu langsam", "Mannschaft", "Tim Roth"),
    # --- 4. a person with a role acting (no verb of saying) speaks in the Konjunktiv I after it
    ("Der kenianische Gesundheitsminister Peter Odhiambo eröffnete am Montag die Konferenz. "
     "Es gehe darum, die Impfquote bis 2030 zu verdoppeln.",
     "die Impfquote bis 2030", "Peter Odhiambo", None),
    ("Der Minister weist selbst auf die Gefahren hin. Dazu gehöre die Überwachung der Bahnhöfe.",
     "die Überwachung der Bahnhöfe", "Minister", None),
]

SILENT = [
    # look-alikes: an indicative sentence after the actor is the writer's, not his
    ("Der kenianische Gesundheitsminister Peter Odhiambo eröffnete am Montag die Konferenz. "
     "Die Teilnehmer kamen aus zwölf Ländern.",
     "aus zwölf Ländern", "Odhiambo"),
    # (session 3 wave 4A: "Peter Odhiambo eröffnete … Es gehe darum, …" now speaks — a full
    # name with a known first name acts like a role; see tests/test_de_s3d_coverage.py)
    # a thing in the first field names no speaker
    ("Der Sturm zerstörte am Montag viele Häuser. Es gehe darum, die Schäden zu "
     "verdoppeln.",
     "die Schäden", "Sturm"),
]


@pytest.mark.parametrize("text,content,source,wrong", SPEAKS)
def test_speaker(text, content, source, wrong):
    check_speaker(text, content, source, wrong)


@pytest.mark.parametrize("text,content,wrong", SILENT)
def test_no_such_speaker(text, content, wrong):
    check_silent(text, content, wrong)


@pytest.mark.parametrize("word,adverb", [
    ("Bislang", True), ("Monatelang", True), ("Erstmals", True), ("Beispielsweise", True),
    ("Neuerdings", True), ("Mittlerweile", True),
    ("Lang", False), ("Weise", False), ("Merkel", False), ("Polizei", False),
])
def test_adverb_lexicon(word, adverb):
    lex = Lexicons.of(base.get_pack("de"))
    assert lex.is_adverb(word) is adverb
    assert (parse(word, 0, base.get_pack("de")) is None) is adverb
