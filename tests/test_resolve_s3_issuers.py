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
