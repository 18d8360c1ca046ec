"""The seed article end to end: every attributed statement, its kind, source and relays.

The statements were listed by reading shared/examples/seed-article-de.txt; `seed_doc` is the
session fixture of conftest.py (the whole pipeline, sources.resolve included).
"""

from __future__ import annotations

import pytest

from claimgraph.attribute import attribute
from claimgraph.model import Document, Embed, Paragraph, Span
from cue_checks import cue_words

# content needle, accepted kinds, source mention text needle, source name (None: not checked),
# via names, cue
SEED = [
    ("Tausende nordkoreanische Soldaten in Grenznähe", {"according_to", "reportative"},
     "Pentagon", "Pentagon", [], "Laut"),
    ("die Entsendung nordkoreanischer Truppen nach Russland", {"indirect"},
     "Das Pentagon", "Pentagon", [], "meldet"),
    ("Wir gehen davon aus, dass Nordkorea etwa 10'000 Soldaten", {"direct"},
     "Pentagon-Sprecherin Sabrina Singh", "Sabrina Singh", [], "erklärt"),
    ("Einige seien bereits näher an die ukrainische Grenze", {"indirect"},
     "The New York Times", "The New York Times", [], "berichtet"),
    ("Diese Region grenzt direkt an die Ukraine", {"according_to", "indirect"},
     "The Washington Post", "The Washington Post", [], "berichtet"),
    ("die Präsenz nordkoreanischer Einheiten in Kursk", {"indirect"},
     "Mark Rutte", "Mark Rutte", [], "bestätigt"),
    ("Dies könnte auf grössere Schwierigkeiten Putins hindeuten", {"direct"},
     "Rutte", "Mark Rutte", ["CNN"], "zitiert"),
    ("schwerwiegenden Auswirkungen auf die Sicherheit in Europa", {"mixed"},
     "US-Aussenministerium", None, [], "warnt vor"),
    ("konkrete NATO-Beitrittsperspektive für die Ukraine", {"indirect"},
     "Er", "Selenskyj", ["Reuters"], "fordert"),
    ("hat Russland über 600'000 Soldaten verloren", {"according_to"},
     "NATO", "NATO", ["Associated Press"], "zufolge"),
    ("«ausserordentlichen Verlusten» der russischen Streitkräfte", {"mixed"},
     "Das Pentagon", "Pentagon", [], "spricht von"),
    ("Diese Entwicklung deutet auf eine «zunehmende Verzweiflung» Putins hin",
     {"mixed", "according_to"}, "Pentagon-Sprecherin Singh", "Sabrina Singh", [], "so"),
    ("eine strategische Entscheidung Nordkoreas", {"indirect"}, "Experten", None, [], "sehen"),
    ("Kim schickt zunächst unerfahrene Soldaten", {"direct"},
     "James J.B. Park", "James J.B. Park", ["The Wall Street Journal"], "zitiert"),
    ("Ein Einsatz in Russland ermöglicht es Pjöngjang", {"direct"},
     "Samuel Cranny-Evans", "Samuel Cranny-Evans", ["The Guardian"], "erklärt"),
]


def _one(doc, needle):
    hits = [a for a in doc.attributions if needle in a.content.text]
    assert len(hits) == 1, (needle, [(a.kind, a.content.text) for a in hits])
    return hits[0]


@pytest.mark.parametrize("needle,kinds,src_text,src_name,vias,cue", SEED,
                         ids=[s[0][:30] for s in SEED])
def test_seed_statement(seed_doc, needle, kinds, src_text, src_name, vias, cue):
    att = _one(seed_doc, needle)
    assert att.kind in kinds, att.rule
    assert att.source is not None and src_text in att.source.text
    if src_name is not None:
        assert att.source.name == src_name
    assert [v.name for v in att.via] == vias
    assert att.cue is not None and cue_words(att.cue) == cue
    assert att.lang == "de" and att.embed is None


def test_seed_singh_role_and_affiliation(seed_doc):
    src = _one(seed_doc, "Wir gehen davon aus").source
    assert (src.role, src.affiliation, src.type) == ("Pentagon-Sprecherin", "Pentagon", "person")


def test_seed_outlets_and_anonymous_are_typed(seed_doc):
    assert _one(seed_doc, "Einige seien bereits").source.type == "outlet"
    assert _one(seed_doc, "strategische Entscheidung").source.type in ("anonymous", "group")
    assert _one(seed_doc, "Ein Einsatz in Russland").source.affiliation == \
        "Royal United Services Institute"


def test_seed_reportative_is_reported(seed_doc):
    assert _one(seed_doc, "Tausende nordkoreanische Soldaten").modality == "reported"


def test_seed_embed(seed_doc):
    if not seed_doc.embeds:
        pytest.skip("the embeds stage found no post in the seed (ingest/embeds.py)")
    emb = seed_doc.embeds[0]
    posts = [a for a in seed_doc.attributions if a.kind == "embed"]
    assert len(posts) == 1
    post = posts[0]
    assert post.embed == emb.id and post.source is not None
    assert "North Korea has sent 10,000 Military Troops" in post.content.text
    inside = [a for a in seed_doc.attributions if a.embed == emb.id]
    assert all(emb.span.contains(a.content.span) for a in inside)


def test_seed_embed_source_from_the_engine(seed_text):
    """The engine's own embed source (before sources.resolve): the account, typed as such."""
    from claimgraph.ingest import from_text
    from claimgraph.pipeline import STAGES, run

    doc = run(from_text(seed_text), STAGES[:STAGES.index(attribute) + 1])
    if not doc.embeds:
        pytest.skip("the embeds stage found no post in the seed (ingest/embeds.py)")
    (post,) = [a for a in doc.attributions if a.kind == "embed"]
    assert post.source.type == "social_account"
    assert post.source.name == "SANTINO (@MichaelSCollura)"
    assert post.source.text == "SANTINO"


def test_seed_no_attribution_in_plain_narrative(seed_doc):
    for plain in ("Moskau erhält weiter Unterstützung", "Nach dem Zerfall der Sowjetunion",
                  "2019 fand ein Gipfeltreffen", "Die Beziehungen zwischen Russland"):
        assert not [a for a in seed_doc.attributions if plain in a.content.text], plain


def test_seed_sorted_by_content_start(seed_doc):
    starts = [a.content.span.start for a in seed_doc.attributions]
    assert starts == sorted(starts)


def test_engine_adds_embed_attribution_and_marks_inner_ones():
    """The generic engine, on a document whose embed record an earlier stage made."""
    text = ("Der Minister sagte, die Lage sei ruhig.\n"
            "Alles ruhig hier, sagt die Polizei.\n"
            "— Anna Muster (@annamuster) May 2, 2024")
    line2 = text.index("Alles")
    doc = Document(text, lang="de")
    line3 = text.index("—")
    doc.paragraphs = [Paragraph(Span(0, line2 - 1)), Paragraph(Span(line2, line3 - 1)),
                      Paragraph(Span(line3, len(text)))]
    doc.embeds = [Embed("m1", "twitter", Span(line2, len(text)), author="Anna Muster",
                        handle="annamuster", text_span=Span(line2, text.index("\n", line2)))]
    from claimgraph.pipeline import detect_language
    from claimgraph.segment import segment

    doc = attribute(segment(detect_language(doc)))
    post = [a for a in doc.attributions if a.kind == "embed"]
    assert len(post) == 1 and post[0].source.name == "Anna Muster (@annamuster)"
    assert post[0].content.text == "Alles ruhig hier, sagt die Polizei."
    assert post[0].source.text == "Anna Muster"
    inner = [a for a in doc.attributions if a.kind != "embed" and "ruhig hier" in a.content.text]
    assert len(inner) == 1 and inner[0].embed == "m1"
    outside = [a for a in doc.attributions if "Lage sei ruhig" in a.content.text]
    assert len(outside) == 1 and outside[0].embed is None
