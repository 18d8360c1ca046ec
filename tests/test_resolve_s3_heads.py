"""No function word, adverb or premodifier becomes a canonical name; brand-like names are
institutions. The resolver defends against a rule's bad span (session 3)."""

from __future__ import annotations

import pytest

from claimgraph.model import Attribution, Document, SourceMention, Span, TextSpan
from claimgraph.pipeline import analyze
from claimgraph.sources import resolve


def _resolve_span(text: str, lang: str, written: str) -> SourceMention:
    """Resolve a hand-made attribution whose source span is `written` (the bad span a rule
    may hand over), with the last words of the text as its content."""
    a = text.index(written)
    doc = Document(text, lang=lang)
    doc.attributions = [Attribution("indirect", TextSpan("x", Span(len(text) - 5, len(text) - 1)),
                                    source=SourceMention(written, Span(a, a + len(written)),
                                                         written))]
    return resolve(doc).attributions[0].source


@pytest.mark.parametrize("lang,text,written,name,etype", [
    ("en", "The US had been allied with Kurdish groups. One of these groups, the Syrian "
           "Democratic Forces (SDF), opposed the withdrawal and said it was betrayed.",
     "One of", "Syrian Democratic Forces", "organisation"),
    ("en", "One of the Kurdish People's Protection Units said it was betrayed.", "One of",
     "Kurdish People's Protection Units", "organisation"),
    # the whole of a partitive that names nobody, or a person: no name at all
    ("en", "One of the witnesses said it was loud.", "One of", "", "anonymous"),
    ("en", "One of the lawyers of Maria Lopez said it was loud.", "One of", "", "anonymous"),
    ("de", "Zu den Vorwürfen hieß es, das System sei alt.", "Zu", "", "anonymous"),
])
def test_function_word_spans(lang: str, text: str, written: str, name: str, etype: str) -> None:
    src = _resolve_span(text, lang, written)
    assert (src.name, src.type) == (name, etype)


@pytest.mark.parametrize("lang,text,name,etype", [
    ("en", "CalFire said the injuries were minor.", "CalFire", "organisation"),
    ("en", "McDonald said the injuries were minor.", "McDonald", "person"),
    ("en", "DeSantis said the plan was fine.", "DeSantis", "person"),
    ("en", "Satellite imaging from 2017 showed that the city contained 35,000 damaged "
           "structures.", "Satellite imaging", "anonymous"),
    ("en", "Smith himself said the plan was fine.", "Smith", "person"),
    ("de", "Müller sagte, die Lage sei ernst.", "Müller", "person"),
])
def test_surname_shapes(lang: str, text: str, name: str, etype: str) -> None:
    doc = analyze(text, lang=lang)
    assert [(a.source.name, a.source.type) for a in doc.attributions if a.source] == [(name, etype)]


@pytest.mark.parametrize("text,written", [
    ("Relativierend sagte Gall, man müsse abwarten.", "Relativierend"),
    ("Bezeichnenderweise sagte Gall, man müsse abwarten.", "Bezeichnenderweise"),
])
def test_german_adverbials_name_nobody(text: str, written: str) -> None:
    src = _resolve_span(text, "de", written)
    assert (src.name, src.type) == ("", "anonymous")


@pytest.mark.parametrize("text,name", [
    # a process noun's genitive is its object unless an institution stands there
    ("Die Untersuchung des Unfalls ergab, dass niemand schuld war.", "Untersuchung"),
    ("Die Ermittlungen der Polizei ergaben, dass niemand schuld war.", "Polizei"),
    # plural "die Wissenschaftler" is no describing role for the last speaker
    ("„Das Mittel wirkt“, sagte Andreas Grassauer. Die Wissenschaftler sagten, das Mittel "
     "wirke.", "Wissenschaftler"),
])
def test_german_process_and_plural(text: str, name: str) -> None:
    doc = analyze(text, lang="de")
    assert [a.source.name for a in doc.attributions if a.source][-1] == name
