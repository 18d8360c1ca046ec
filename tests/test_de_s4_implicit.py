"""German reported speech framed by a verb no cue list holds, recognised by the Konjunktiv of
the complement clause (lang/de/implicit_frames.py): a coverage matrix of unlisted verbs and
idioms × sentence shapes, and look-alikes where a Konjunktiv-looking clause reports nothing.
All sentences are invented."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from claimgraph import analyze
from claimgraph.lang.base import get_pack
from frame_checks import label
from cue_checks import cue_words

CUES = Path(__file__).resolve().parents[1] / "src/claimgraph/lang/de/cues.tsv"

#: (lemma checked against cues.tsv, past finite, right bracket, perfect auxiliary, perfect tail,
#: infinitive after a modal)
VERBS = [
    ("durchblicken", "ließ", "durchblicken", "hat", "durchblicken lassen", "durchblicken lassen"),
    ("verstehen", "gab", "zu verstehen", "hat", "zu verstehen gegeben", "zu verstehen geben"),
    ("hadern", "haderte", "damit", "hat", "damit gehadert", "damit hadern"),
    ("Aussicht", "stellte", "in Aussicht", "hat", "in Aussicht gestellt", "in Aussicht stellen"),
    ("frohlocken", "frohlockte", "", "hat", "frohlockt", "frohlocken"),
    ("poltern", "polterte", "", "hat", "gepoltert", "poltern"),
    ("Feld", "führte", "ins Feld", "hat", "ins Feld geführt", "ins Feld führen"),
    ("stöhnen", "stöhnte", "", "hat", "gestöhnt", "stöhnen"),
    ("seufzen", "seufzte", "", "hat", "geseufzt", "seufzen"),
    ("prahlen", "prahlte", "damit", "hat", "damit geprahlt", "damit prahlen"),
    ("lästern", "lästerte", "", "hat", "gelästert", "lästern"),
    ("nörgeln", "nörgelte", "", "hat", "genörgelt", "nörgeln"),
    ("grummeln", "grummelte", "", "hat", "gegrummelt", "grummeln"),
]
SUBJECTS = ["Der Minister", "Die Gewerkschaft", "Anna Roth", "Die Opposition", "Der Trainer",
            "Die Stadtverwaltung", "Die Anwohner"]


def _with(*parts: str) -> str:
    return " ".join(p for p in parts if p)


def _shapes():
    """(sentence, expected source word, content piece) for each verb and shape."""
    for i, (_, fin, tail, aux, ptail, inf) in enumerate(VERBS):
        subj = SUBJECTS[i % len(SUBJECTS)]
        head = subj.split()[-1]
        yield _with(subj, fin, tail) + ", die Verhandlungen seien gescheitert.", head, \
            "Verhandlungen seien gescheitert"
        yield _with("Am Dienstag", fin, subj[0].lower() + subj[1:] if subj.startswith("D")
                    else subj, tail) + ", man werde nicht nachgeben.", head, \
            "man werde nicht nachgeben"
        yield _with(subj, aux, "mehrfach", ptail) + ", der Vertrag habe Lücken.", head, \
            "Vertrag habe Lücken"
        yield _with(subj, "musste", inf) + ", die Kasse sei leer.", head, "Kasse sei leer"
        yield _with(subj, fin, "gestern", tail) + ", dass die Schule geschlossen werde.", head, \
            "Schule geschlossen werde"
        yield _with(subj, fin, tail) + ", die Preise würden bald sinken.", head, \
            "Preise würden bald sinken"
        yield _with(subj, fin, tail) + ", dass die Kosten längst bekannt gewesen wären.", head, \
            "Kosten längst bekannt gewesen wären"


SHAPES = list(_shapes())


@pytest.mark.parametrize("lemma", [v[0] for v in VERBS])
def test_the_verbs_are_not_listed(lemma):
    """The matrix is about unlisted verbs: none of them is a row of cues.tsv."""
    lemmas = {line.split("\t")[0] for line in CUES.read_text(encoding="utf-8").splitlines()
              if line and not line.startswith("#")}
    assert lemma not in lemmas and not any(lemma.lower() in w.lower() for w in lemmas)


@pytest.mark.parametrize("text,source,piece", SHAPES)
def test_an_unlisted_frame_names_its_subject(text, source, piece):
    atts = [a for a in analyze(text, lang="de").attributions if piece in a.content.text]
    assert atts, text
    att = atts[0]
    assert source in label(att.source)
    assert att.kind == "indirect"
    assert not att.content.text.startswith(("dass", source))  # the frame stays outside
    assert att.cue is not None and att.cue.text not in att.content.text.split()


@pytest.mark.parametrize("text,cue", [
    ("Der Minister gab zu verstehen, man werde nicht nachgeben.", "gab zu verstehen"),
    ("Die Firma stellte in Aussicht, die Preise würden bald sinken.", "stellte in Aussicht"),
    ("Ein Manager ließ damals durchblicken, dass ein neues Werk entstehen solle.",
     "ließ durchblicken"),
    ("Der Trainer haderte damit, dass der Schiedsrichter das Tor nicht gegeben habe.", "haderte"),
    ("Von der Polizei kam die Information, bei den Toten handele es sich um Schmuggler.",
     "kam Information"),
])
def test_the_cue_is_the_verb_with_its_bracket(text, cue):
    att = analyze(text, lang="de").attributions[0]
    assert cue_words(att.cue) == cue


@pytest.mark.parametrize("text,source", [
    ("Von der Polizei kam die Information, bei den Toten handele es sich um Schmuggler.",
     "Polizei"),
    ("Die Sprecherin, Anna Roth, polterte, der Plan sei eine Zumutung.", "Anna Roth"),
    ("Er ließ durchblicken, dass er wieder antreten wolle.", "Er"),
    ("Die Ärzte ohne Grenzen stöhnten, die Lager seien überfüllt.", "Ärzte"),
    ("Aus der Regierung war zu hören, der Minister habe die Akten nie gelesen.", "Regierung"),
    ("Frankreich ließ wissen, man sei zu Gesprächen bereit.", "Frankreich"),
    ("Die Schweiz haderte damit, dass ein dritter Kandidat keine Chance habe.", "Schweiz"),
    ("Nachdem die Zahlen bekannt geworden waren, ließ der Minister durchblicken, dass er "
     "zurücktreten wolle.", "Minister"),
])
def test_other_speakers(text, source):
    atts = analyze(text, lang="de").attributions
    assert atts and source in label(atts[0].source)


#: Konjunktiv-looking clauses that report nothing, or whose subject cannot speak
LOOK_ALIKES = [
    ("Der Minister traf den Botschafter, der zuvor in Paris gewesen sei.", "Minister"),
    ("Die Polizei fand den Wagen, mit dem der Täter geflohen sei.", "Polizei"),
    ("Die Firma spart überall, sei es beim Personal, sei es bei den Mieten.", "Firma"),
    ("Der Verein tritt nicht an, es sei denn, der Verband ändere die Regeln.", "Verein"),
    ("Der Sänger hob das Glas, es lebe die Freundschaft.", "Sänger"),
    ("Verläuft der Test erfolgreich, würde ein Testflug folgen.", "Test"),
    ("Die Bahn fährt wieder, sobald die Strecke frei sei.", "Bahn"),
    ("Der Vorstand tat so, als ob nichts geschehen sei.", "Vorstand"),
    ("Die Stadt wirkte, als wäre sie verlassen.", "Stadt"),
    ("Der Roman handelt von einem Mann, der glaube, er sei unsterblich.", "Roman"),
    ("Er kaufte ein Haus, um dort zu wohnen.", "Er"),
    ("Die Firma schloss das Werk, weil die Nachfrage eingebrochen sei.", "Firma"),
    ("Der Mann wurde verhaftet, er habe Geld gestohlen.", "Mann"),
    ("Es war klar, dass die Firma schließen werde.", "Es"),
    ("Die Entscheidung fiel schwer, die Lage sei ernst.", "Entscheidung"),
    ("Die hohen Kosten bedeuteten, dass das Projekt scheitern werde.", "Kosten"),
    ("Die Kommission prüft, ob die Fusion rechtens sei.", "Kommission"),
    ("Die Taxifahrer stellten ein Ultimatum, anderenfalls würden sie zurückkehren.", "Taxifahrer"),
    ("Die Polizei sorgte dafür, dass niemand verletzt werde.", "Polizei"),
    ("Als die Polizei eintraf, war der Täter längst weg, er sei über den Zaun geklettert.",
     "Täter"),
    ("Weil es regnete, fiel das Spiel aus, der Platz sei unbespielbar.", "Spiel"),
    ("Aus Sicherheitsgründen war die Straße gesperrt, die Polizei habe alles abgeriegelt.",
     "Sicherheitsgründen"),
]


@pytest.mark.parametrize("text,subject", LOOK_ALIKES)
def test_look_alikes_get_no_implicit_frame(text, subject):
    atts = analyze(text, lang="de").attributions
    assert not any(a.rule == "implicit_frame" for a in atts)
    assert not any(subject in label(a.source) for a in atts)


def test_a_listed_frame_keeps_its_own_reading():
    """The fallback acts only where the lexical rules found no frame in the unit."""
    atts = analyze("Der Verband signalisierte, er sei zu Gesprächen bereit.", lang="de").attributions
    assert [a.rule for a in atts] != ["implicit_frame"] and atts[0].source is not None


def test_the_module_stays_small():
    path = Path(get_pack("de").folder) / "implicit_frames.py"
    assert len(path.read_text(encoding="utf-8").splitlines()) <= 600
    assert re.search(r"def implicit_frame\(", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("text,subject", [
    ("Acht weitere Gäste wurden verletzt, die Verletzten seien Touristen aus Polen.", "Gäste"),
    ("Würde Ruritanien Truppen schicken, würde das Land alle Partner verlieren.", "Ruritanien"),
    ("Sollte die Bahn streiken, hätten die Pendler ein Problem.", "Bahn"),
])
def test_passives_and_verb_first_conditions(text, subject):
    atts = analyze(text, lang="de").attributions
    assert not any(a.rule == "implicit_frame" for a in atts)
    assert not any(subject in label(a.source) for a in atts)
