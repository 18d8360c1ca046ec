"""German rules of wave 2 (sentences written for these tests): new frames end a carried
speaker, number agreement keeps objects from speaking, anaphoric and document frames.

SPEAKS: text -> the attribution whose content contains `content` has a source whose mention
text or name contains `source` and never `wrong` ("" = none or anonymous).
SILENT: text -> no attribution's content contains `content` with a source containing `wrong`
(look-alikes: temporal "nach dem Bericht", objects after a plural verb).
"""

from __future__ import annotations

import pytest

from claimgraph import analyze

SPEAKS = [
    # --- "nach einem Bericht der X" names X and ends the speaker carried before it
    ("Die Forscher gehen davon aus, dass die Zahl steigt. Die Lage könne sich verschärfen. "
     "Nach einem Bericht des NDR seien 40 Kliniken untersucht worden. Es werde vermutet, dass "
     "viele Fälle unentdeckt blieben.",
     "seien 40 Kliniken untersucht worden", "NDR", "Forscher"),
    ("Die Forscher gehen davon aus, dass die Zahl steigt. Nach einem Bericht des NDR seien 40 "
     "Kliniken untersucht worden. Es werde vermutet, dass viele Fälle unentdeckt blieben.",
     "viele Fälle unentdeckt blieben", "NDR", "Forscher"),
    ("Nach einer Meldung der Agentur Reuters seien zwei Fischer vermisst.",
     "zwei Fischer vermisst", "Reuters", None),
    # a compound document without an owner names itself
    ("Nach einem UN-Dokument leben die meisten Nomaden der Region in Armut.",
     "leben die meisten Nomaden", "UN-Dokument", None),
    # after the verb, "der X" following a feminine document noun is the clause's subject
    ("Im Jahr 2001 soll nach einer weiteren Nachricht der alte Fährmann gestorben sein.",
     "Fährmann gestorben", "Nachricht", "Fährmann"),
    # --- number agreement: a plural auxiliary never has a singular (dative) subject
    ("Abgeordnete aus anderen Fraktionen haben der Senatorin vorgeworfen, die Bilanz zu schönen.",
     "die Bilanz zu schönen", "Abgeordnete aus anderen Fraktionen", "Senatorin"),
    ("Am Dienstag hat der Senatorin niemand widersprochen. Ärzte aus Kiel haben dem Minister "
     "vorgeworfen, die Kliniken zu vernachlässigen.",
     "die Kliniken zu vernachlässigen", "Ärzte aus Kiel", "Minister"),
    # look-alike: a singular auxiliary with its singular inverted subject
    ("Am Montag hat der Bürgermeister erklärt, die Brücke bleibe gesperrt.",
     "die Brücke bleibe gesperrt", "Bürgermeister", None),
    ("Am Montag haben die Ärzte erklärt, die Klinik bleibe geschlossen.",
     "die Klinik bleibe geschlossen", "Ärzte", None),
]

SILENT = [
    # a plural verb after a subject with a prepositional relative clause: the phrase after the
    # verb is its object, never a speaker
    ("Auch die amtlichen Zahlen, auf die im Gutachten verwiesen wird, bestätigen die hohe "
     "Fehlerquote.", "", "Fehlerquote"),
    # temporal "nach dem Bericht": no according-to frame
    ("Nach dem Bericht trat der Minister zurück.", "trat der Minister zurück", "Bericht"),
    ("Nach der Erklärung des Vorstands stiegen die Kurse deutlich.", "stiegen die Kurse",
     "Vorstand"),
]


def _find(doc, fragment):
    for att in doc.attributions:
        if fragment in att.content.text:
            return att
    return None


def _label(src) -> str:
    return "" if src is None or (src.type == "anonymous" and not src.role) else \
        f"{src.text} | {src.name}"


@pytest.mark.parametrize("text,content,source,wrong", SPEAKS)
def test_speaker(text, content, source, wrong):
    doc = analyze(text, lang="de")
    att = _find(doc, content)
    assert att is not None, [a.content.text for a in doc.attributions]
    got = _label(att.source) if not source or att.source is None else \
        f"{att.source.text} | {att.source.name}"
    if source:
        assert source in got
    else:
        assert got == ""
    if wrong:
        assert wrong not in got


@pytest.mark.parametrize("text,content,wrong", SILENT)
def test_no_such_speaker(text, content, wrong):
    doc = analyze(text, lang="de")
    bad = [(a.content.text, _label(a.source)) for a in doc.attributions
           if content in a.content.text and wrong in _label(a.source)]
    assert not bad
