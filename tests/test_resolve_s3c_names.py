"""Source names that are no person: a possessor before a name ("the UN's climate panel IPCC"),
a day ("am gestrigen Mittwoch"), a German noun phrase with a bare adjective ("staatlicher
Organe"), and statement nouns whose genitive owner speaks ("einem Vorschlag der CDU")."""

from __future__ import annotations

import pytest

from claimgraph.pipeline import analyze


def _sources(text: str, lang: str) -> list[tuple[str | None, str | None]]:
    return [(a.source.name, a.source.type) for a in analyze(text, lang=lang).attributions
            if a.source is not None]


@pytest.mark.parametrize("text,name", [
    ("The UN's climate panel IPCC said temperatures would rise further.", "IPCC"),
    ("Germany's weather service DWD said the summer was the hottest on record.", "DWD"),
    # look-alikes: a role after the possessive keeps the person; no name after it keeps the owner
    ("Tesco's chief executive Dave Lewis said sales had risen.", "Dave Lewis"),
    ("Merkel's spokesman Steffen Seibert said the talks were constructive.", "Steffen Seibert"),
])
def test_possessor_before_a_name(text: str, name: str) -> None:
    assert _sources(text, "en")[0][0] == name


@pytest.mark.parametrize("lang,text,bad", [
    ("de", "Laut gestrigen Mittwoch sei der Vertrag gekündigt.", "Mittwoch"),
    ("de", "Nach Angaben vom Montag sei der Vertrag gekündigt.", "Montag"),
])
def test_a_day_is_nobody(lang: str, text: str, bad: str) -> None:
    assert all(name != bad and kind != "person" for name, kind in _sources(text, lang))


@pytest.mark.parametrize("text,name,kind", [
    ("Nach Angaben staatlicher Organe sind 40 Menschen gestorben.", "staatlicher Organe",
     "anonymous"),
    ("Laut spanischen Händlern entstand ein Schaden von 200 Millionen Euro.",
     "spanischen Händlern", "anonymous"),
    ("Nach Ansicht einiger Juristen ist das Gesetz verfassungswidrig.", "einiger Juristen",
     "anonymous"),
    # look-alikes: a name particle is no adjective; a name after a role stays a person
    ("Laut de Maizière sei der Koffer harmlos gewesen.", "Maizière", "person"),
    ("Laut Bundeskanzler Scholz sei der Haushalt solide.", "Scholz", "person"),
])
def test_bare_adjective_noun_phrase(text: str, name: str, kind: str) -> None:
    assert _sources(text, "de")[0] == (name, kind)


@pytest.mark.parametrize("lang,text,name", [
    ("de", "Laut einem Vorschlag der CDU sollen die Gebühren sinken.", "CDU"),
    ("de", "Nach Darstellung der Polizei war der Fahrer betrunken.", "Polizei"),
    ("de", "Laut Forderung der Gewerkschaft sollen die Löhne steigen.", "Gewerkschaft"),
    ("en", "According to a proposal by the European Commission, fees would fall.",
     "European Commission"),
    ("en", "According to the testimony of a witness, the car was red.", "witness"),
])
def test_statement_noun_owner_speaks(lang: str, text: str, name: str) -> None:
    assert _sources(text, lang)[0][0] == name


@pytest.mark.parametrize("lang,text,name", [
    # a role of a named person: the role's holder speaks, the named person is whom it serves
    ("de", "Der Anwalt von Karl Braun erklärte, sein Mandant sei unschuldig. Er sagte, die "
           "Vorwürfe seien haltlos.", "Anwalt"),
    ("de", "Die Tochter von Peter Müller sagte, er sei lange krank gewesen.", "Tochter"),
    ("en", "The lawyer for Karl Brown said his client was innocent. He said the charges were "
           "baseless.", "lawyer"),
    ("en", "A spokesman for Joe Biden said the campaign would continue.", "spokesman"),
    # a possessive before a relative or helper is that person, not the possessor
    ("de", "Peter Müller ist tot. Seine Tochter sagte, er sei lange krank gewesen.", "Tochter"),
    ("de", "Ivan Petrow ist tot. Nach Angaben seines Impresarios starb er in Frankfurt.",
     "Impresarios"),
    # look-alikes: a name in apposition after the role, or a place after von, keep the person
    ("de", "Der Präsident von Frankreich Emmanuel Macron sagte, Europa müsse handeln.",
     "Emmanuel Macron"),
    ("en", "Secretary of State Antony Blinken said talks would resume.", "Antony Blinken"),
    ("de", "Der Sprecher von Siemens sagte, der Gewinn sei gestiegen.", "Sprecher"),
])
def test_role_of_a_person(lang: str, text: str, name: str) -> None:
    assert all(got == name for got, _kind in _sources(text, lang))


def test_named_indefinite_is_no_antecedent() -> None:
    text = ("Die Firma Nordlicht AG besitzt eine Tochter namens Polar GmbH. Ein Vertreter "
            "bezeichnete ihre Investition als strategisch.")
    assert all(got != "Tochter" for got, _kind in _sources(text, "de"))


@pytest.mark.parametrize("lang,text,name,kind", [
    # "other"/"andere"/"weitere" count members of a group like "many"/"viele"
    ("en", "Other Republicans said the claims were an embarrassment.", "Republican Party",
     "organisation"),
    ("de", "Andere Quellen berichten von 25 Verletzten.", "Quellen", "anonymous"),
    ("de", "Weitere Zeugen sagten, das Auto sei rot gewesen.", "Zeugen", None),
    # look-alike: "the other officer" is one person
    ("en", "The other officer said he saw nothing.", "officer", None),
    # a programme of its own, not an alias of another one
    ("de", "Die Tagesthemen berichteten, die Lage sei ernst.", "Tagesthemen", "outlet"),
])
def test_collectives_and_outlets(lang: str, text: str, name: str, kind: str | None) -> None:
    got_name, got_kind = _sources(text, lang)[0]
    assert got_name == name
    if kind is not None:
        assert got_kind == kind


@pytest.mark.parametrize("text,name", [
    # an owned website speaks for its owner, like an owned report
    ("According to the company's website, the product is safe.", "company"),
    ("The BBC's website reported that the fire was out.", "BBC"),
    # agencies the registry knows by their long name and acronym
    ("The NTSB investigated the crash. Its website notes that the plane was new.",
     "National Transportation Safety Board"),
    ("The FAA said the plane had been inspected in May.", "Federal Aviation Administration"),
])
def test_owned_website_and_agencies(text: str, name: str) -> None:
    assert _sources(text, "en")[0][0] == name
