"""The canonical German article: its troop and loss figures, the embedded post, dates, places."""

import pytest


def _quantity(doc, needle):
    hits = [q for q in doc.quantities if needle in q.text]
    assert len(hits) == 1, (needle, [q.text for q in doc.quantities])
    return hits[0]


@pytest.mark.parametrize("needle, value, qualifier, low, high", [
    ("Tausende", None, "vague", 2000, 9999),
    ("etwa 10'000 Soldaten", 10000, "approx", None, None),
    ("über 600'000 Soldaten", 600000, "over", 600000, None),
    ("10,000 Military Troops", 10000, "exact", None, None),
])
def test_seed_troop_and_loss_figures(seed_doc, needle, value, qualifier, low, high):
    q = _quantity(seed_doc, needle)
    assert (q.value, q.qualifier, q.low, q.high, q.unit_key) == (value, qualifier, low, high,
                                                                 "soldier")
    assert seed_doc.text[q.span.start:q.span.end] == q.text


def test_seed_figures_are_comparable_across_languages(seed_doc):
    """'etwa 10'000 Soldaten' (German) and '10,000 Military Troops' (English post) agree."""
    de = _quantity(seed_doc, "etwa 10'000")
    en = _quantity(seed_doc, "10,000 Military")
    assert (de.value, de.unit_key) == (en.value, en.unit_key)


def test_seed_no_year_or_date_is_a_quantity(seed_doc):
    assert not [q for q in seed_doc.quantities if q.value in (2019, 2024, 28)]


def test_seed_has_exactly_one_embed(seed_doc):
    (emb,) = seed_doc.embeds
    assert (emb.id, emb.platform, emb.handle, emb.author, emb.date) == \
        ("m1", "twitter", "MichaelSCollura", "SANTINO", "2024-10-28")
    assert "pic.twitter.com/PxHKhl7F8v" in emb.url
    block = seed_doc.text[emb.span.start:emb.span.end]
    assert block.startswith("BREAKING ALERT") and block.endswith("PxHKhl7F8v")
    post = seed_doc.text[emb.text_span.start:emb.text_span.end]
    assert "10,000 Military Troops" in post and "(@MichaelSCollura)" not in post
    kinds = [p.kind for p in seed_doc.paragraphs if emb.span.contains(p.span)]
    assert kinds == ["embed"] * 5


def test_seed_quantities_point_to_existing_attributions(seed_doc):
    ids = {a.id for a in seed_doc.attributions}
    linked = [q.attribution for q in seed_doc.quantities if q.attribution]
    assert all(a in ids for a in linked)
    for q in seed_doc.quantities:
        if q.attribution:
            att = next(a for a in seed_doc.attributions if a.id == q.attribution)
            assert att.content.span.contains(q.span)


def test_seed_dates_and_places(seed_doc):
    dates = {(m.text, m.value) for m in seed_doc.mentions if m.kind == "date"}
    assert ("October 28, 2024", "2024-10-28") in dates
    assert ("2019", "2019") in dates
    assert ("in den kommenden Wochen", None) in dates
    places = {m.value for m in seed_doc.mentions if m.kind == "place"}
    assert {"North Korea", "Russia", "Ukraine", "Kursk", "Pyongyang", "Moscow"} <= places
