"""German canonical names of speakers named together, with a bracket, or in quotes (session 4):
"Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums" is the group "Burt
Rutan und Anna Berg" (appositions dropped); "Burt Rutan (CDU), Chef der Y" is Burt Rutan with
the party as affiliation; "die „Aktion Deutschland hilft“" keeps the whole quotation. Look-alikes:
two speakers in two sentences, a bracketed age, a plain list, a single apposition. Invented
texts."""

from __future__ import annotations

import pytest

from claimgraph.names import parse_mention
from claimgraph.pipeline import analyze
from claimgraph.registry import load_registry

from resolve_helpers import resolved_names


@pytest.mark.parametrize("mention,name,type_,affiliation", [
    ("Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums",
     "Burt Rutan und Anna Berg", "group", None),
    ("Burt Rutan, Chef der Firma, und Anna Berg", "Burt Rutan und Anna Berg", "group", None),
    ("Lena Vogt, Anna Berg, Ärztin, und Jonas Wirt", "Lena Vogt, Anna Berg und Jonas Wirt",
     "group", None),
    ("Polizei und Feuerwehr", "Polizei und Feuerwehr", "group", None),
    ("Anna Berg (SPD) und Klaus Meier (CDU)", "Anna Berg und Klaus Meier", "group", None),
    ("Müller und Söhne", "Müller und Söhne", None, None),
    ("Burt Rutan (CDU), Chef der Firma", "Burt Rutan", "person", None),
    ("Burt Rutan (CDU)", "Burt Rutan", "person", "CDU"),
    ("Klaus Meier (54), Rentner aus Bonn", "Klaus Meier", "person", None),
    ("Klaus Meier (54)", "Klaus Meier", "person", None),
    ("Berliner Verkehrsbetriebe (BVG)", "Berliner Verkehrsbetriebe", "organisation", None),
    ("Die „Aktion Deutschland hilft“", "Aktion Deutschland hilft", "organisation", None),
    ("der „Bund der Steuerzahler“", "Bund der Steuerzahler", None, None),
    # look-alikes: one speaker with an apposition naming someone else's firm, a role with "und"
    ("Anna Berg, Sprecherin von Müller und Söhne", "Anna Berg", "person", None),
    ("Sprecherin und Ministerin Anna Berg", "Anna Berg", "person", None),
    ("Anna Berg, Sprecherin des Ministeriums", "Anna Berg", "person", None),
])
def test_parse_mention_names(mention: str, name: str, type_: str | None,
                             affiliation: str | None) -> None:
    p = parse_mention(mention, "de", load_registry())
    assert p.name == name
    if type_ is not None:
        assert p.type == type_
    if affiliation is not None:
        assert p.affiliation == affiliation


@pytest.mark.parametrize("text,mentions,names", [
    ("Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums, erklärten das.",
     ["Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums"],
     ["Burt Rutan und Anna Berg"]),
    # two separate speakers in two sentences stay two people
    ("Burt Rutan, Chef der Firma, sagte das. Anna Berg, Sprecherin des Ministeriums, widersprach.",
     ["Burt Rutan, Chef der Firma", "Anna Berg, Sprecherin des Ministeriums"],
     ["Burt Rutan", "Anna Berg"]),
    ("Burt Rutan (CDU), Chef der Firma, sagte das.", ["Burt Rutan (CDU), Chef der Firma"],
     ["Burt Rutan"]),
])
def test_resolved_names(text: str, mentions: list[str], names: list[str]) -> None:
    assert resolved_names(text, mentions, "de") == names


@pytest.mark.parametrize("text,name", [
    ("Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums, erklärten, die "
     "Arbeiten seien abgeschlossen.", "Burt Rutan und Anna Berg"),
    ("Burt Rutan (CDU), Chef der Firma, sagte, die Arbeiten seien abgeschlossen.", "Burt Rutan"),
    ("Klaus Meier (54) sagte, er sei unschuldig.", "Klaus Meier"),
    ("Klaus Meier (54), Rentner aus Bonn, sagte, er sei unschuldig.", "Klaus Meier"),
    ("Die „Aktion Deutschland hilft“ teilte mit, sie habe zwei Millionen Euro gesammelt.",
     "Aktion Deutschland hilft"),
    ("Nach Angaben der „Aktion Deutschland hilft“ wurden zwei Millionen Euro gesammelt.",
     "Aktion Deutschland hilft"),
])
def test_pipeline_names(text: str, name: str) -> None:
    names = [a.source.name for a in analyze(text, lang="de").attributions if a.source]
    assert names == [name]
