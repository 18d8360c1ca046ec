"""German rules of wave 3 (sentences written for these tests): belief and assessment frames,
anaphoric and prepositional frames, nominal frames and subjunctive continuations.

FOUND: text -> an attribution whose content contains `content`, whose content does not contain
`outside` (when given), and whose source mention text or name contains `source` ("" = none).
SILENT: text -> no attribution's content contains `content` (look-alikes: perception, temporal
"Danach", a plain object of "sehen").
"""

from __future__ import annotations

import pytest

from claimgraph import analyze

FOUND = [
    # --- "macht X für Y verantwortlich": the words before the closing adjective
    ("Die Ärztinnen der Klinik machen dafür die mangelhafte Lüftung verantwortlich.",
     "die mangelhafte Lüftung", "verantwortlich", "Ärztinnen"),
    ("Die Gewerkschaft macht den Vorstand für die Verluste verantwortlich.",
     "den Vorstand für die Verluste", None, "Gewerkschaft"),
    # --- "sieht X" with a judgement noun (assessments.tsv)
    ("Das Landesamt sieht derzeit für Bayern keine besondere Gefahr.",
     "keine besondere Gefahr", None, "Landesamt"),
    ("Die Bischöfin sieht die Hauptverantwortung bei den Regierungen.",
     "die Hauptverantwortung bei den Regierungen", None, "Bischöfin"),
    ("Der Kämmerer sieht keinen Spielraum für neue Schulden.",
     "keinen Spielraum", None, "Kämmerer"),
    # --- "empfindet X als Y"
    ("Die Reederei empfindet die Kritik allerdings als ungerecht.",
     "die Kritik allerdings als ungerecht", None, "Reederei"),
    # --- "schätzt X auf Y" with a relative clause inside the object
    ("Der Verband schätzt den Schaden, der durch die Rückrufe entstand, auf zwei Millionen Euro.",
     "auf zwei Millionen Euro", None, "Verband"),
    ("Das Hilfswerk schätzt die Zahl der Kinder unter zehn Jahren, die in Armut leben, auf "
     "zwölf Millionen.", "auf zwölf Millionen", None, "Hilfswerk"),
    # --- "eine Schätzung, wonach …": the statement noun is its own source
    ("Für das vergangene Jahr gibt es eine Schätzung, wonach zehntausend Menschen abgewandert "
     "sind.", "zehntausend Menschen abgewandert", "Schätzung", "Schätzung"),
    # --- "Wie sich aus X ergab, …" / "…, wie aus X hervorgeht."
    ("Es kam noch schlimmer: Wie sich aus den Akten der Staatsanwaltschaft ergab, hatte der "
     "Fahrer zuvor getrunken.", "hatte der Fahrer zuvor getrunken", "Wie", "Akten"),
    ("Zwei Abgeordnete stimmten dagegen, wie aus dem Protokoll der Sitzung hervorgeht.",
     "Zwei Abgeordnete stimmten dagegen", "Protokoll", "Protokoll"),
    # --- "Danach" right after a sentence naming a study, with a present-tense verb
    ("Die Forscher stellten am Montag eine neue Studie vor. Danach leiden immer mehr "
     "Jugendliche unter Schlafmangel.", "Jugendliche unter Schlafmangel", None, "Studie"),
    # --- "Demnach" after a sentence naming charges
    ("Gegen den Bürgermeister wurden schwere Vorwürfe erhoben. Demnach hat er Spenden "
     "verschwiegen.", "hat er Spenden verschwiegen", None, "Vorwürfe"),
]

SILENT = [
    # perception: "sehen" with an object that names no judgement
    ("Die Zuschauer sahen ein spannendes Spiel.", "spannendes Spiel"),
    ("Der Trainer sieht sich die Aufzeichnung an.", "Aufzeichnung"),
    # temporal "Danach": a past tense, or no study named before
    ("Die Forscher stellten am Montag eine neue Studie vor. Danach gab es einen Empfang im "
     "Rathaus.", "Empfang im Rathaus"),
    ("Die Forscher stellten am Montag eine neue Studie vor. Danach fuhren sie nach Hause.",
     "nach Hause"),
    ("Er ging zuerst einkaufen. Danach kocht er Suppe.", "kocht er Suppe"),
    # "wonach" after a noun that is no statement
    ("Sie fanden eine Kiste, wonach niemand gesucht hatte.", "niemand gesucht"),
    # "machte bekannt" keeps its own row; "verantwortlich" as a plain adjective frames nothing
    ("Der Hausmeister ist für die Heizung verantwortlich.", "Heizung"),
]


def _label(src) -> str:
    return "" if src is None else f"{src.text} | {src.name}"


@pytest.mark.parametrize("text,content,outside,source", FOUND)
def test_found(text, content, outside, source):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if content in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    att = hits[0]
    if outside:
        assert outside not in att.content.text
    if source:
        assert source in _label(att.source)
    else:
        assert _label(att.source) == ""


@pytest.mark.parametrize("text,content", SILENT)
def test_silent(text, content):
    doc = analyze(text, lang="de")
    assert not [a.content.text for a in doc.attributions if content in a.content.text]
