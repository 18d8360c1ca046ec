"""A German institution noun with its name apposed (session 4): "die Organisation „Reporter ohne
Grenzen“", "die Organisation Ärzte ohne Grenzen" name the institution, not a back-reference to an
earlier one; a genitive after the noun ("der Organisation der Vereinten Nationen") or a bare noun
stays a descriptor. Invented texts."""

from __future__ import annotations

import pytest

from claimgraph.names import parse_mention
from claimgraph.registry import default_registry

from resolve_helpers import resolved_names


@pytest.mark.parametrize("text,form,name", [
    ("Die Organisation „Reporter ohne Grenzen“", "org", "Reporter ohne Grenzen"),
    ("die Organisation Ärzte ohne Grenzen", "org", "Ärzte ohne Grenzen"),
    # look-alikes: a genitive after the noun, the noun alone
    ("die Organisation der Vereinten Nationen", "demonstrative", "Organisation"),
    ("Der Verband", "demonstrative", "Verband"),
])
def test_name_apposed_to_an_institution_noun(text: str, form: str, name: str) -> None:
    p = parse_mention(text, "de", default_registry())
    assert (p.form, p.name) == (form, name)


def test_apposed_name_wins_over_an_earlier_institution() -> None:
    text = ("Die Journalisten-Hilfsorganisation legte am Montag Zahlen vor. Die Organisation "
            "„Reporter ohne Grenzen“ teilte mit, die Lage habe sich verschlechtert.")
    mention = "Die Organisation „Reporter ohne Grenzen“"
    assert resolved_names(text, [mention], "de") == ["Reporter ohne Grenzen"]


@pytest.mark.parametrize("text,lang,kind", [
    ("den Fairphone Shops", "de", "organisation"),
    ("Nordic Airlines", "en", "organisation"),
    ("Acme Technologies", "en", "organisation"),
    # look-alikes: a given name before the word, a person's plain name
    ("Thomas Shop", "de", "person"),
    ("Anna Becker", "de", "person"),
])
def test_business_noun_at_the_end_makes_a_company(text: str, lang: str, kind: str) -> None:
    assert parse_mention(text, lang, default_registry()).type == kind


_MSF = ("Ärzte ohne Grenzen teilte gestern mit, drei Flugzeuge der {noun} seien gelandet. "
        "Der Organisation zufolge ist die Lage dramatisch.")


@pytest.mark.parametrize("text,name", [
    # a definite compound after the institution in its sentence refers back to it
    (_MSF.format(noun="Hilfsorganisation"), "Ärzte ohne Grenzen"),
    (_MSF.format(noun="Nichtregierungsorganisation"), "Ärzte ohne Grenzen"),
    # look-alike: a compound that opens its sentence names an institution of its own
    ("Der Bundesverband der Hersteller legte Zahlen vor. Nach Angaben des Verbandes sank der "
     "Umsatz.", "Bundesverband der Hersteller"),
])
def test_definite_compound_refers_back(text: str, name: str) -> None:
    mention = "Der Organisation" if "Der Organisation" in text else "des Verbandes"
    assert resolved_names(text, [mention], "de") == [name]


@pytest.mark.parametrize("text,name,kind", [
    # a genitive place after the noun says whose; an info noun after it is no name
    ("Die Regierung Guatemalas", "Regierung Guatemalas", "government"),
    ("die Organisation Schätzungen", "Organisation", "organisation"),
    # look-alikes: a firm's own name, a newspaper's title
    ("die Firma Euryza", "Euryza", "organisation"),
    ("die Zeitung Bild", "Bild", "outlet"),
])
def test_word_after_an_institution_noun(text: str, name: str, kind: str) -> None:
    p = parse_mention(text, "de", default_registry())
    assert (p.name, p.type) == (name, kind)
