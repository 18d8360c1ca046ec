"""Acronyms of another language defined after a German institution name (session 4): "die
Berliner Verkehrsbetriebe (BVG)", "der Interamerikanischen Entwicklungsbank (IADB)"; the long
form is the canonical name, in the nominative. Not a person with a party in brackets, not a
place line. Invented texts."""

from __future__ import annotations

import pytest

from claimgraph.acronyms import doc_acronyms

from resolve_helpers import resolved_names


@pytest.mark.parametrize("text,acr,long", [
    ("Fast neun Millionen Euro zahlen die Kölner Verkehrsbetriebe (KVB) jährlich.", "KVB",
     "Kölner Verkehrsbetriebe"),
    ("Ein Sprecher der Interamerikanischen Entwicklungsbank (IADB) sagte das.", "IADB",
     "Interamerikanische Entwicklungsbank"),
    ("Experten des Multilateralen Investitionsfonds (MIF) rechnen damit.", "MIF",
     "Multilateraler Investitionsfonds"),
    ("Die Bundesagentur für Arbeit (BA) meldet neue Zahlen.", "BA", "Bundesagentur für Arbeit"),
    # look-alikes: a person and a party, a dateline, a name without an institution noun
    ("Ministerpräsident Christian Wulff (CDU) sagte das.", "CDU", None),
    ("Laut Berlin (dpa) ist das so.", "dpa", None),
    ("Der Hersteller Volkswagen Nutzfahrzeuge (VWN) meldet mehr Absatz.", "VWN", None),
])
def test_acronym_after_an_institution(text: str, acr: str, long: str | None) -> None:
    assert doc_acronyms(text).get(acr) == long


def test_the_acronym_source_takes_the_long_name() -> None:
    text = ("Die Daten stammen von der Interamerikanischen Entwicklungsbank (IADB). Die IADB "
            "schätzt, dass die Überweisungen steigen.")
    assert resolved_names(text, ["Die IADB"], "de") == ["Interamerikanische Entwicklungsbank"]


@pytest.mark.parametrize("text,lang,name,affiliation", [
    ("Multilateralen Investitionsfonds (MIF)", "de", "Multilateraler Investitionsfonds", None),
    ("Kölner Verkehrsbetriebe (KVB)", "de", "Kölner Verkehrsbetriebe", None),
    ("the World Health Organization (WHO)", "en", "WHO", None),
    # look-alike: a person with a party in brackets keeps the party as affiliation
    ("Peter Meier (SPD)", "de", "Peter Meier", "SPD"),
])
def test_bracketed_acronym_after_a_source(text: str, lang: str, name: str,
                                          affiliation: str | None) -> None:
    from claimgraph.names import parse_mention
    from claimgraph.registry import default_registry

    p = parse_mention(text, lang, default_registry())
    assert (p.name, p.affiliation) == (name, affiliation)
