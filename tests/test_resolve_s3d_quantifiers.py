"""Resolution wave 4: a lone quantifier is the group that speaks ("Some say", "Viele glauben"),
a quantifier before a noun leaves the noun as the name ("Some officials said" -> officials), and
short first names the lexicon lacked (Jeb, Newt, Uschi) make person names."""

from __future__ import annotations

import pytest

from claimgraph.name_shapes import lone_quantifier
from claimgraph.names import lexicon, parse_mention
from claimgraph.pipeline import analyze
from claimgraph.registry import load_registry
from resolve_helpers import resolved_names


@pytest.mark.parametrize("text, lang, mention, name", [
    ("Some say the new bridge will never open.", "en", "Some", "Some"),
    ("Many believe the harbour fees are too high.", "en", "Many", "Many"),
    ("Others argued that the ferry was late again.", "en", "Others", "Others"),
    ("Most agreed that the vote had been fair.", "en", "Most", "Most"),
    ("Some officials said the tunnel was unsafe.", "en", "Some officials", "officials"),
    ("Many residents said the tap water was brown.", "en", "Many residents", "residents"),
    ("Manche sagen, die neue Brücke werde nie eröffnet.", "de", "Manche", "Manche"),
    ("Viele glauben, die Hafengebühren seien zu hoch.", "de", "Viele", "Viele"),
    ("Einige meinten, die Fähre sei wieder zu spät.", "de", "Einige", "Einige"),
    ("Andere erklärten, der Tunnel sei sicher.", "de", "Andere", "Andere"),
    ("Einige Beamte sagten, der Tunnel sei unsicher.", "de", "Einige Beamte", "Beamte"),
    ("Viele Anwohner berichteten, das Leitungswasser sei braun.", "de", "Viele Anwohner",
     "Anwohner"),
])
def test_quantifier_alone_is_the_name_before_a_noun_the_noun_is(text, lang, mention, name):
    assert resolved_names(text, [mention], lang) == [name]


@pytest.mark.parametrize("text, lang, name", [
    ("Some say the new bridge will never open.", "en", "Some"),
    ("Others argued that the ferry was late again.", "en", "Others"),
    ("Some officials said the tunnel was unsafe.", "en", "officials"),
    ("Viele glauben, die Hafengebühren seien zu hoch.", "de", "Viele"),
])
def test_pipeline_keeps_the_quantifier_group(text, lang, name):
    names = [a.source.name for a in analyze(text, lang=lang).attributions if a.source]
    assert names == [name]


@pytest.mark.parametrize("written, alone", [
    ("Some", "Some"), ("some", "Some"), ("OTHERS", "Others"), ("Viele", "Viele"),
    ("Some officials", None), ("Somebody", None), ("the many", None), ("Several", None),
])
def test_lone_quantifier_is_one_word_of_the_list(written, alone):
    assert lone_quantifier(written) == alone


@pytest.mark.parametrize("mention, lang, name, gender", [
    ("Jeb Bush", "en", "Jeb Bush", "m"),
    ("Newt Gingrich", "en", "Newt Gingrich", "m"),
    ("Mitt Romney", "en", "Mitt Romney", "m"),
    ("Rudy Giuliani", "en", "Rudy Giuliani", "m"),
    ("Ketanji Brown Jackson", "en", "Ketanji Brown Jackson", "f"),
    ("Uschi Glas", "de", "Uschi Glas", "f"),
    ("Jupp Heynckes", "de", "Jupp Heynckes", "m"),
    ("Kalle Schwensen", "de", "Kalle Schwensen", "m"),
])
def test_short_first_names_make_full_person_names(mention, lang, name, gender):
    p = parse_mention(mention, lang, load_registry())
    assert (p.form, p.name, p.type, p.gender) == ("full", name, "person", gender)


@pytest.mark.parametrize("word, gender", [
    ("Jeb", "m"), ("Newt", "m"), ("Bob", "m"), ("Jim", "m"), ("Ted", "m"), ("Hank", "m"),
    ("Uschi", "f"), ("Steffi", "f"), ("Melania", "f"), ("Barack", "m"),
])
def test_first_name_lexicon_knows_short_forms(word, gender):
    assert lexicon().first_name(word) == gender
