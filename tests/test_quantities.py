"""Quantities: locale formats, qualifiers, ranges, percentages, money, units; look-alikes that
are no quantity. All sentences written for these tests."""

import pytest

from claimgraph.quantities import find_quantities, parse_quantity

# text, lang -> value, qualifier, unit_key
COUNTS = [
    ("etwa 10'000 Soldaten", "de", 10000, "approx", "soldier"),
    ("rund 10’000 Soldaten", "de", 10000, "approx", "soldier"),
    ("ungefähr 10.000 Soldaten", "de", 10000, "approx", "soldier"),
    ("circa 10 000 Menschen", "de", 10000, "approx", "person"),
    ("ca. 250 Personen", "de", 250, "approx", "person"),
    ("zirka 40 Verletzte", "de", 40, "approx", "injured"),
    ("about 10,000 troops", "en", 10000, "approx", "soldier"),
    ("around 3,500 people", "en", 3500, "approx", "person"),
    ("roughly 700 soldiers", "en", 700, "approx", "soldier"),
    ("some 5,000 troops", "en", 5000, "approx", "soldier"),
    ("approximately 1.5 million refugees", "en", 1500000, "approx", "refugee"),
    ("über 600'000 Soldaten", "de", 600000, "over", "soldier"),
    ("mehr als 300 Tote", "de", 300, "over", "death"),
    ("mindestens 12 Todesopfer", "de", 12, "over", "death"),
    ("more than 40 civilians", "en", 40, "over", "civilian"),
    ("at least 17 dead", "en", 17, "over", "death"),
    ("over 2,000 prisoners", "en", 2000, "over", "prisoner"),
    ("bis zu 3000 Soldaten", "de", 3000, "under", "soldier"),
    ("fast 90 Geiseln", "de", 90, "under", "hostage"),
    ("beinahe 200 Häuser", "de", 200, "under", "house"),
    ("nahezu 70 Drohnen", "de", 70, "under", "drone"),
    ("knapp 500 Menschen", "de", 500, "under", "person"),
    ("weniger als 20 Panzer", "de", 20, "under", "tank"),
    ("up to 8,000 troops", "en", 8000, "under", "soldier"),
    ("nearly 600 drones", "en", 600, "under", "drone"),
    ("almost 30 tanks", "en", 30, "under", "tank"),
    ("fewer than 100 people", "en", 100, "under", "person"),
    ("zehntausend Soldaten", "de", 10000, "exact", "soldier"),
    ("ten thousand troops", "en", 10000, "exact", "soldier"),
    ("zweihundertfünfzig Flüchtlinge", "de", 250, "exact", "refugee"),
    ("sechzehn Kampfpanzer", "de", 16, "exact", "tank"),
    ("1,5 Millionen Menschen", "de", 1500000, "exact", "person"),
    ("1.5 million people", "en", 1500000, "exact", "person"),
    ("a million people", "en", 1000000, "exact", "person"),
    ("2000 Bodentruppen", "de", 2000, "exact", "soldier"),
    ("10,000 Military Troops", "en", 10000, "exact", "soldier"),
    ("3 Zivilisten", "de", 3, "exact", "civilian"),
    ("25 kilometres", "en", 25, "exact", "kilometre"),
    ("12 Kilometer", "de", 12, "exact", "kilometre"),
]


@pytest.mark.parametrize("text, lang, value, qualifier, unit_key", COUNTS)
def test_counts(text, lang, value, qualifier, unit_key):
    q = parse_quantity(text, lang)
    assert q is not None, text
    assert (q.value, q.qualifier, q.unit_key, q.kind) == (value, qualifier, unit_key, "count")
    assert q.text == text  # the span covers qualifier, number and noun


# vague amounts: text -> low, high, unit_key
VAGUE = [
    ("Tausende Soldaten", 2000, 9999, "soldier"),
    ("Tausende nordkoreanische Soldaten", 2000, 9999, "soldier"),
    ("thousands of troops", 2000, 9999, "soldier"),
    ("Dutzende Verletzte", 24, 99, "injured"),
    ("dozens of civilians", 24, 99, "civilian"),
    ("Hunderte Demonstranten", 200, 999, "protester"),
    ("hundreds of protesters", 200, 999, "protester"),
    ("Zehntausende Flüchtlinge", 20000, 99999, "refugee"),
    ("tens of thousands of refugees", 20000, 99999, "refugee"),
    ("hundreds of thousands of people", 200000, 999999, "person"),
]


@pytest.mark.parametrize("text, low, high, unit_key", VAGUE)
def test_vague_amounts(text, low, high, unit_key):
    q = parse_quantity(text)
    assert (q.qualifier, q.low, q.high, q.unit_key, q.value) == ("vague", low, high, unit_key, None)


RANGES = [
    ("zwischen 10'000 und 12'000 Soldaten", "de", 10000, 12000, "soldier"),
    ("10,000 to 12,000 troops", "en", 10000, 12000, "soldier"),
    ("10'000–12'000 Soldaten", "de", 10000, 12000, "soldier"),
    ("between 300 and 400 people", "en", 300, 400, "person"),
    ("1 bis 2 Millionen Menschen", "de", 1000000, 2000000, "person"),
]


@pytest.mark.parametrize("text, lang, low, high, unit_key", RANGES)
def test_ranges(text, lang, low, high, unit_key):
    q = parse_quantity(text, lang)
    assert (q.low, q.high, q.unit_key, q.text) == (low, high, unit_key, text)
    assert low < q.value < high and q.qualifier == "approx"


PERCENT_MONEY = [
    ("15 Prozent", "de", 15, "percent", None, "percent"),
    ("15 %", "de", 15, "percent", None, "percent"),
    ("3,5%", "de", 3.5, "percent", None, "percent"),
    ("15 percent", "en", 15, "percent", None, "percent"),
    ("2 Prozentpunkte", "de", 2, "percent", None, "percentage_point"),
    ("400 Millionen Franken", "de", 400_000_000, "money", "CHF", "CHF"),
    ("$5 billion", "en", 5_000_000_000, "money", "USD", "USD"),
    ("5 Mrd. Euro", "de", 5_000_000_000, "money", "EUR", "EUR"),
    ("2,3 Mrd. Euro", "de", 2_300_000_000, "money", "EUR", "EUR"),
    ("€3m", "en", 3_000_000, "money", "EUR", "EUR"),
    ("CHF 250", "de", 250, "money", "CHF", "CHF"),
    ("20 Milliarden US-Dollar", "de", 20_000_000_000, "money", "USD", "USD"),
    ("£40bn", "en", 40_000_000_000, "money", "GBP", "GBP"),
    ("50 million dollars", "en", 50_000_000, "money", "USD", "USD"),
]


@pytest.mark.parametrize("text, lang, value, kind, currency, unit_key", PERCENT_MONEY)
def test_percent_and_money(text, lang, value, kind, currency, unit_key):
    q = parse_quantity(text, lang)
    assert (q.value, q.kind, q.currency, q.unit_key) == (value, kind, currency, unit_key)


@pytest.mark.parametrize("words", [
    ("Soldaten", "troops", "soldiers", "Truppen", "Soldat", "soldier"),
    ("Menschen", "people", "Personen", "persons"),
    ("Tote", "dead", "killed", "Todesopfer", "deaths"),
])
def test_unit_key_is_language_independent(words):
    keys = {parse_quantity(f"500 {w}").unit_key for w in words}
    assert len(keys) == 1 and None not in keys


# look-alikes: no quantity at all
NOT_QUANTITIES = [
    "Am 28. Oktober 2024 kam es zu Gefechten.",
    "On October 28, 2024 the talks began.",
    "2019 fand ein Gipfeltreffen statt.",
    "Das Treffen begann um 14:30 und endete um 16.45 Uhr.",
    "Die Sitzung beginnt um 9 Uhr.",
    "Gemäss Artikel 5 gilt der Bündnisfall.",
    "Das steht in Nr. 5 des Berichts und in § 3 des Gesetzes.",
    "Fragen unter Tel. +41 44 123 45 67 oder 044 123 45 67.",
    "Call (555) 123-4567 for details.",
    "Die Software in Version 3.8.1 ist fehlerhaft.",
    "Schreiben Sie an max.muster2@example.com bitte.",
    "Der Account @user123 teilte pic.twitter.com/PxHKhl7F8v weiter.",
    "Mehr unter https://example.org/2024/10/28/bericht-5 online.",
    "Er holte den 3. Platz im Rennen.",
    "She finished in 3rd place.",
    "Kampfjets vom Typ F-16 und die COVID-19-Pandemie.",
    "In den 1990er Jahren war alles anders.",
    "Die Resolution 2231 des Sicherheitsrats.",
    "Treffpunkt @ Bahnhof, Details folgen.",
    "Der Krieg dauerte von 2014 bis 2022.",
]


@pytest.mark.parametrize("text", NOT_QUANTITIES)
def test_look_alikes_are_no_quantities(text):
    assert find_quantities(text, lang="de" if "Der" in text or "Die" in text else None) == []


def test_a_year_with_a_counted_noun_is_a_count():
    (q,) = find_quantities("Im Sommer kamen 2019 Soldaten an.", lang="de")
    assert (q.value, q.unit_key) == (2019, "soldier")


def test_spans_are_absolute_within_a_window():
    text = "Vorspann. Laut Pentagon sind etwa 10'000 Soldaten dort. Nachsatz mit 5 Panzern."
    start = text.index("Laut")
    found = find_quantities(text, start, text.index("Nachsatz"), "de")
    assert [text[q.span.start:q.span.end] for q in found] == ["etwa 10'000 Soldaten"]


def test_several_quantities_in_one_sentence_keep_their_order():
    text = "Mehr als 300 Tote und rund 1200 Verletzte, dazu 15 Prozent weniger Strom."
    found = find_quantities(text, lang="de")
    assert [(q.value, q.unit_key) for q in found] == [(300, "death"), (1200, "injured"),
                                                     (15, "percent")]
