"""Documents and processes name their issuer; a document with no issuer stays the document noun.

Invented sentences; each row gives the written source and the canonical name it must get.
"""

from __future__ import annotations

import pytest

from claimgraph.pipeline import analyze


def _sources(text: str, lang: str) -> list[tuple[str, str | None, str | None]]:
    doc = analyze(text, lang=lang)
    return [(doc.slice(a.source.span), a.source.name, a.source.type) for a in doc.attributions
            if a.source is not None and a.source.span is not None]


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Another report from the Mexican government said eight people died in the attack.",
     "Mexican government"),
    ("en", "A report from the Chilean government said the fires were under control.",
     "Chilean government"),
    ("en", "According to data from the Gun Violence Archive, 300 shootings happened this year.",
     "Gun Violence Archive"),
    ("de", "Die Ermittlungen der Staatsanwaltschaft München gehen davon aus, dass Geld "
           "veruntreut wurde.", "Staatsanwaltschaft München"),
    ("de", "Die Untersuchung der Staatsanwaltschaft Köln ergab, dass niemand verletzt wurde.",
     "Staatsanwaltschaft Köln"),
    ("de", "Nach Angaben der Polizei wurden drei Menschen verletzt.", "Polizei"),
    # no issuer: a study of studies names nobody, the document noun stays
    ("de", "Der Ergebnisauswertung der Einzelstudien zufolge sei das Mittel wirksam.",
     "Ergebnisauswertung"),
])
def test_document_issuer(lang: str, text: str, name: str) -> None:
    names = [n for _, n, _ in _sources(text, lang)]
    assert names and names[0] == name


@pytest.mark.parametrize("lang,text", [
    ("en", "Another report from the Mexican government said eight people died in the attack."),
    ("de", "Der Ergebnisauswertung der Einzelstudien zufolge sei das Mittel wirksam."),
])
def test_no_function_word_as_name(lang: str, text: str) -> None:
    for _, name, _ in _sources(text, lang):
        assert name and name.split()[0] not in ("Another", "Der", "Einer")


@pytest.mark.parametrize("text,name", [
    ("On Sunday, President Donald Trump issued a proclamation on the outbreak. The proclamation "
     "said the emergency began on March 1.", "Donald Trump"),
    ("In a statement, the Combined Joint Task Force said no troops were injured. The statement "
     "said the Iraqi forces helped.", "Combined Joint Task Force"),
    ("Officials received a statement from the World Health Organization. The statement said "
     "cases were falling.", "World Health Organization"),
    # no issuer named: the document noun stays, anonymous
    ("The statement said cases were falling.", "statement"),
    # a definite "the study" again is no introduction: the agent of that sentence is no issuer
    ("Some scientists had suggested otherwise, but that is not what the study found. The study "
     "said frogs evolved spikes many times.", "study"),
])
def test_english_document_issuer(text: str, name: str) -> None:
    found = [(w, n) for w, n, _ in _sources(text, "en") if w.lower().startswith("the ")
             and w.split()[-1] in ("statement", "proclamation", "study")]
    assert found and found[-1][1] == name


@pytest.mark.parametrize("text,written,name", [
    ("Laut einem Bericht der Organisation amnesty international (ai) nimmt die Zahl der Morde "
     "zu. Auch wirft der ai-Bericht den Behörden vor, Opfer zu diskriminieren.",
     "der ai-Bericht", "Amnesty International"),
    # an acronym the text never defines stays a document
    ("Die Zahl der Morde nimmt zu. Auch wirft der xy-Bericht den Behörden vor, Opfer zu "
     "diskriminieren.", "der xy-Bericht", "xy-Bericht"),
])
def test_german_report_of_a_defined_acronym(text: str, written: str, name: str) -> None:
    found = {w: n for w, n, _ in _sources(text, "de")}
    assert found.get(written) == name


@pytest.mark.parametrize("text,acronyms", [
    ("Die Organisation amnesty international (ai) warnte.", {"ai": "amnesty international"}),
    ("Der Text ist auf Ungarisch (hu) erschienen.", {}),
    ("Die Weltgesundheitsorganisation (WHO) warnte.", {}),
])
def test_lower_case_acronyms(text: str, acronyms: dict[str, str]) -> None:
    from claimgraph.coref import doc_acronyms
    assert {k: v for k, v in doc_acronyms(text).items() if k.islower()} == acronyms
