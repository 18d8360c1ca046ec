"""Dates resolved against a document date, and places from the gazetteer (German and English).
All sentences written for these tests."""

import datetime as dt

import pytest

from claimgraph.dates import find_dates, parse_base
from claimgraph.measure import measure
from claimgraph.model import Attribution, Document, Span, TextSpan
from claimgraph.places import find_places, lookup
from claimgraph.segment import paragraphs

BASE = dt.date(2024, 10, 30)  # a Wednesday

DATES = [
    ("Die Gespräche begannen am 28. Oktober 2024 in Genf.", "28. Oktober 2024", "2024-10-28"),
    ("The talks began on October 28, 2024 in Geneva.", "October 28, 2024", "2024-10-28"),
    ("Sie reisten am 3. März ab.", "3. März", "2024-03-03"),
    ("Die Frist lief am 28.10.2024 ab.", "28.10.2024", "2024-10-28"),
    ("The report is dated 2024-10-28.", "2024-10-28", "2024-10-28"),
    ("2019 fand ein Gipfeltreffen statt.", "2019", "2019"),
    ("Ende Oktober 2024 wurde es kalt.", "Ende Oktober 2024", "2024-10"),
    ("Am Montag sagte der Minister, er sei zufrieden.", "Am Montag", "2024-10-28"),
    ("On Monday the minister said he was pleased.", "On Monday", "2024-10-28"),
    ("Am kommenden Freitag soll abgestimmt werden.", "Am kommenden Freitag", "2024-11-01"),
    ("Gestern kam es zu Protesten.", "Gestern", "2024-10-29"),
    ("The army withdrew yesterday.", "yesterday", "2024-10-29"),
    ("Letzte Woche gab es Gefechte.", "Letzte Woche", "2024-10-23"),
    ("Fighting flared last week.", "last week", "2024-10-23"),
    ("Im vergangenen Jahr war es ruhiger.", "Im vergangenen Jahr", "2023"),
    ("Vor drei Tagen brach der Kontakt ab.", "Vor drei Tagen", "2024-10-27"),
    ("Contact was lost two weeks ago.", "two weeks ago", "2024-10-16"),
    ("Die Soldaten sollen in den kommenden Wochen eintreffen.", "in den kommenden Wochen", None),
    ("Troops are expected in the coming weeks.", "in the coming weeks", None),
]


@pytest.mark.parametrize("text, found, value", DATES)
def test_dates_with_a_document_date(text, found, value):
    dates = find_dates(text, base=BASE)
    assert [(text[d.start:d.end], d.value) for d in dates] == [(found, value)]


@pytest.mark.parametrize("text, value", [
    ("Am Montag sagte der Minister etwas.", None),       # relative: unknown without a base
    ("Am 28. Oktober 2024 kam er.", "2024-10-28"),       # absolute: known without a base
    ("Sie reisten am 3. März ab.", None),               # no year, no base
])
def test_dates_without_a_document_date(text, value):
    (d,) = find_dates(text)
    assert d.value == value


@pytest.mark.parametrize("text", [
    "Der Morgen war kalt und klar.",
    "He may 5 times have said so.",
    "Die COVID-19-Pandemie und die 1990er Jahre.",
    "Es kamen 300 Menschen.",
])
def test_no_dates(text):
    assert find_dates(text, base=BASE) == []


@pytest.mark.parametrize("value, expected", [
    ("2024-10-30", BASE), ("2024-10-30T08:15:00+01:00", BASE), (dt.date(2024, 10, 30), BASE),
    (dt.datetime(2024, 10, 30, 9), BASE), ("gestern", None), (None, None), ("2024-13-45", None),
])
def test_parse_base(value, expected):
    assert parse_base(value) == expected


PLACES = [
    ("Moskau erhält Unterstützung aus Pjöngjang.", ["Moscow", "Pyongyang"]),
    ("Moscow receives support from Pyongyang.", ["Moscow", "Pyongyang"]),
    ("Nordkorea schickte Soldaten nach Ostrussland.", ["North Korea", "Russia"]),
    ("North Korea sent soldiers to Kursk.", ["North Korea", "Kursk"]),
    ("Die Schweiz und die Ukraine verhandeln in Genf.", ["Switzerland", "Ukraine", "Geneva"]),
    ("Switzerland and Ukraine talk in Geneva.", ["Switzerland", "Ukraine", "Geneva"]),
    ("Die Vereinigten Staaten und Grossbritannien", ["United States", "United Kingdom"]),
    ("the United States and the UK", ["United States", "United Kingdom"]),
    ("Das US-Aussenministerium warnt Russlands Führung.", ["United States", "Russia"]),
    ("Seit Beginn des Ukraine-Krieges", ["Ukraine"]),
    ("nordkoreanische Truppen im indopazifischen Raum", ["North Korea", "Indo-Pacific"]),
    ("North Korean troops in the Indo-Pacific", ["North Korea", "Indo-Pacific"]),
    ("Kiew und Kyiv und Charkiw und Kharkiv", ["Kyiv", "Kyiv", "Kharkiv", "Kharkiv"]),
    ("im Gazastreifen und im Westjordanland", ["Gaza Strip", "West Bank"]),
    ("in the Gaza Strip and the West Bank", ["Gaza Strip", "West Bank"]),
    ("Laut The Washington Post und der New York Times", []),
]


@pytest.mark.parametrize("text, names", PLACES)
def test_places(text, names):
    assert [m.place.name for m in find_places(text)] == names


@pytest.mark.parametrize("alias, name, country, detail", [
    ("Ostrussland", "Russia", "Russia", "East Russia"),
    ("Kursk", "Kursk", "Russia", ""),
    ("Pjöngjang", "Pyongyang", "North Korea", ""),
    ("Nordkorea", "North Korea", "North Korea", ""),
    ("Schweiz", "Switzerland", "Switzerland", ""),
    ("nordkoreanischen", "North Korea", "North Korea", ""),
])
def test_lookup(alias, name, country, detail):
    place = lookup(alias)
    assert (place.name, place.country, place.detail) == (name, country, detail)


def test_island_is_iceland_only_in_german():
    assert [m.place.name for m in find_places("Island und Norwegen", lang="de")] == \
        ["Iceland", "Norway"]
    assert [m.place.name for m in find_places("an Island of Norway", lang="en")] == ["Norway"]


def _doc(text: str, date: str | None = None) -> Document:
    doc = Document(text, lang="de", meta={"date": date} if date else {})
    doc.paragraphs = paragraphs(text)
    return doc


def test_measure_links_items_to_the_attribution_that_contains_them():
    text = ("Am Montag sagte Singh: «Etwa 10'000 Soldaten sind in Kursk.» "
            "Später kamen 300 Panzer nach Belgorod.")
    doc = _doc(text, "2024-10-30")
    start = text.index("Etwa")
    content = TextSpan(text[start:text.index("»")], Span(start, text.index("»")))
    doc.attributions = [Attribution(kind="direct", content=content)]
    measure(doc)
    assert doc.attributions[0].id == "a1"
    assert [(q.value, q.attribution) for q in doc.quantities] == [(10000, "a1"), (300, None)]
    got = [(m.kind, m.value, m.attribution) for m in doc.mentions]
    assert got == [("date", "2024-10-28", None), ("place", "Kursk", "a1"),
                   ("place", "Belgorod", None)]


def test_measure_a_relative_date_is_not_a_quantity():
    doc = measure(_doc("Vor drei Tagen kamen 40 Verletzte an.", "2024-10-30"))
    assert [q.value for q in doc.quantities] == [40]
    assert [(m.text, m.value) for m in doc.mentions] == [("Vor drei Tagen", "2024-10-27")]


def test_measure_year_with_a_counted_noun_is_no_date():
    doc = measure(_doc("Im Sommer kamen 2019 Soldaten an. 2019 war ein Jahr des Wandels."))
    assert [q.value for q in doc.quantities] == [2019]
    assert [(m.kind, m.text) for m in doc.mentions] == [("date", "2019")]
