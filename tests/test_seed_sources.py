"""Sources and entities of the canonical German seed article (shared/examples).

A failure that says "no attribution" is the attribution rules' (lang/de); any other failure is
the resolve stage's.
"""

from __future__ import annotations

import pytest


def _sources(doc, written: str):
    found = [a.source for a in doc.attributions if a.source and a.source.text.strip("«»") == written]
    assert found, f"no attribution with the source mention {written!r} (German rules)"
    return found


def _via(doc, name: str):
    found = [v for a in doc.attributions for v in a.via if v.name == name]
    found += [a.source for a in doc.attributions if a.source and a.source.name == name]
    assert found, f"no attribution with {name!r} as source or via (German rules)"
    return found


def test_singh_is_one_entity_with_role_and_affiliation(seed_doc):
    full = _sources(seed_doc, "Pentagon-Sprecherin Sabrina Singh")[0]
    short = _sources(seed_doc, "Pentagon-Sprecherin Singh")[0]
    for src in (full, short):
        assert (src.name, src.role, src.affiliation, src.type) == (
            "Sabrina Singh", "Pentagon-Sprecherin", "Pentagon", "person")
    assert full.entity == short.entity
    ent = seed_doc.entity(full.entity)
    assert "Pentagon-Sprecherin Singh" in ent.aliases


def test_rutte_full_and_surname(seed_doc):
    full = _sources(seed_doc, "NATO-Generalsekretär Mark Rutte")[0]
    short = _sources(seed_doc, "Rutte")[0]
    assert full.name == short.name == "Mark Rutte"
    assert (full.role, full.affiliation) == ("NATO-Generalsekretär", "NATO")
    assert full.entity == short.entity


def test_er_is_selenskyj(seed_doc):
    er = _sources(seed_doc, "Er")[0]
    assert er.name == "Selenskyj" and er.type == "person"
    ent = seed_doc.entity(er.entity)
    assert ent.role == "Präsident"
    assert len(ent.mentions) >= 2  # the name in the previous sentence and the pronoun


@pytest.mark.parametrize(
    "name, etype",
    [("Pentagon", "government"), ("NATO", "organisation"), ("US-Aussenministerium", "government")],
)
def test_institutions(seed_doc, name, etype):
    found = [a.source for a in seed_doc.attributions if a.source and a.source.name == name]
    assert found, f"no attribution with the source {name!r} (German rules)"
    assert {s.type for s in found} == {etype}
    assert len({s.entity for s in found}) == 1
    ent = seed_doc.entity(found[0].entity)
    assert ent.registry_id is not None


def test_nato_estimates_resolve_to_nato(seed_doc):
    src = _sources(seed_doc, "NATO-Schätzungen")[0]
    assert (src.name, src.type) == ("NATO", "organisation")


@pytest.mark.parametrize(
    "outlet",
    ["The New York Times", "The Washington Post", "CNN", "Reuters", "Associated Press",
     "The Wall Street Journal", "The Guardian"],
)
def test_outlets(seed_doc, outlet):
    found = _via(seed_doc, outlet)
    assert {f.type for f in found} == {"outlet"}
    ids = {f.entity for f in found}
    assert len(ids) == 1 and None not in ids
    assert seed_doc.entity(ids.pop()).type == "outlet"


def test_named_experts_keep_name_and_role(seed_doc):
    park = [a.source for a in seed_doc.attributions if a.source and "Park" in a.source.text]
    assert park, "no attribution for James J.B. Park (German rules)"
    assert (park[0].name, park[0].role) == ("James J.B. Park", "Verteidigungsexperte")
    evans = [a.source for a in seed_doc.attributions
             if a.source and "Cranny-Evans" in a.source.text]
    assert evans, "no attribution for Samuel Cranny-Evans (German rules)"
    assert (evans[0].name, evans[0].affiliation) == (
        "Samuel Cranny-Evans", "Royal United Services Institute")


def test_every_named_source_has_an_entity(seed_doc):
    ids = {e.id for e in seed_doc.entities}
    for att in seed_doc.attributions:
        if att.source is not None:
            assert att.source.entity in ids, att.source
        for via in att.via:
            assert via.entity in ids, via
