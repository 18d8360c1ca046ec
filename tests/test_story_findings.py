"""The team-written story set (tests/data/story): planted findings are found, look-alikes are not.

`expected.json` was written from the story design. Claims are named by article prefix and a
substring of the attribution content, so the test does not depend on attribution ids.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import claimgraph
from claimgraph.compare import cluster_claims, compare_documents
from claimgraph.model import Attribution, Document, Finding

from test_store import pg_schema_url  # noqa: F401 (fixture: skips, or fails in CI, without PG)

STORY = Path(__file__).parent / "data" / "story"
EXPECTED = json.loads((STORY / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def story() -> dict[str, Document]:
    """Prefix ("01") -> analysed Document, in story order."""
    return {p.name[:2]: claimgraph.analyze(p.read_text(encoding="utf-8"), path=p.name)
            for p in sorted(STORY.glob("*.txt"))}


@pytest.fixture(scope="module")
def corpus(story) -> list[Finding]:
    return compare_documents(list(story.values()))


def _atts(story: dict[str, Document], finding: Finding, local_doc: str | None = None
          ) -> list[tuple[str, Attribution]]:
    """(prefix, attribution) of each ref of a finding (local refs when `local_doc` is given)."""
    by_hash = {d.id: k for k, d in story.items()}
    out = []
    for ref in finding.attributions:
        key, local = (local_doc, ref) if local_doc else (by_hash[ref.split("#")[0]], ref.split("#")[1])
        att = next(a for a in story[key].attributions if a.id == local)
        out.append((key, att))
    return out


def _has(atts: list[tuple[str, Attribution]], claim: list[str]) -> bool:
    return any(k == claim[0] and claim[1] in a.content.text for k, a in atts)


def _all_findings(story, corpus):
    """(scope, prefix or None, finding, its attributions) over document and corpus findings."""
    for key, doc in story.items():
        for f in doc.findings:
            yield "document", key, f, _atts(story, f, key)
    for f in corpus:
        yield "corpus", None, f, _atts(story, f)


@pytest.mark.parametrize("want", EXPECTED["corpus"], ids=lambda w: f"{w['type']}-{w['reason']}")
def test_planted_corpus_finding_is_found(story, corpus, want):
    hits = [f for f in corpus if f.type == want["type"] and want["reason"] in (f.reason or "")
            and all(_has(_atts(story, f), c) for c in want["claims"])]
    assert hits, f"missing {want}; got {[(f.type, f.reason) for f in corpus]}"
    for name in want.get("sources", []):
        assert name in hits[0].sources


@pytest.mark.parametrize("want", EXPECTED["document"], ids=lambda w: f"{w['doc']}-{w['type']}")
def test_planted_document_finding_is_found(story, want):
    doc = story[want["doc"]]
    hits = [f for f in doc.findings if f.type == want["type"] and want["reason"] in (f.reason or "")]
    if "summary_contains" in want:
        hits = [f for f in hits if want["summary_contains"] in f.summary]
    for claim in want.get("claims", []):
        hits = [f for f in hits if _has(_atts(story, f, want["doc"]), claim)]
    assert hits, f"missing {want}; got {[(f.type, f.reason) for f in doc.findings]}"


@pytest.mark.parametrize("type_, allowed", [
    ("conflict", EXPECTED["only_conflicts_involving"]),
    ("escalation", EXPECTED["only_escalations_involving"]),
    ("single_source", EXPECTED["only_single_source_involving"]),
])
def test_no_false_findings_between_look_alikes(story, corpus, type_, allowed):
    """"3'000" vs "3,000" vs "rund 3000" vs "about 3,200" agree: every conflict needs a planted side."""
    for scope, _, f, atts in _all_findings(story, corpus):
        if f.type == type_:
            assert any(_has(atts, c) for c in allowed), f"unexpected {scope} {type_}: {f.summary}"


def test_unsourced_only_where_planted(story):
    for key, doc in story.items():
        found = [f.summary for f in doc.findings if f.type == "unsourced"]
        if key not in EXPECTED["unsourced_only_in"]:
            assert found == [], key


@pytest.mark.parametrize("claim", EXPECTED["never_in_findings"], ids=lambda c: c[1])
def test_other_matters_stay_out_of_findings(story, corpus, claim):
    for scope, _, f, atts in _all_findings(story, corpus):
        assert not _has(atts, claim), f"{claim} in {scope} {f.type}: {f.summary}"


def test_corpus_refs_name_documents_and_findings_are_cross_document(story, corpus):
    hashes = {d.id for d in story.values()}
    for f in corpus:
        docs = {ref.split("#")[0] for ref in f.attributions}
        assert docs <= hashes and len(docs) >= 2, f.summary
        assert f.sources and f.summary and 0 <= (f.score or 0) <= 1


def test_clusters_join_languages_and_keep_matters_apart(story):
    clusters = cluster_claims(list(story.values()))
    by_hash = {d.id: k for k, d in story.items()}
    drones = [c for c in clusters if any("Drohnen" in _content(story, by_hash, r) for r in c)]
    assert len(drones) == 1
    assert {by_hash[r.split("#")[0]] for r in drones[0]} >= {"01", "03", "04"}
    assert not any("5000 Soldaten" in _content(story, by_hash, r) for r in drones[0])


def _content(story, by_hash, ref: str) -> str:
    h, local = ref.split("#")
    return next(a.content.text for a in story[by_hash[h]].attributions if a.id == local)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_story_through_the_store(story, corpus, backend, tmp_path, request):
    """The store stores corpus findings with links to both documents' attribution rows."""
    from claimgraph.store import open_store

    if backend == "sqlite":
        url = str(tmp_path / "story.db")
    else:
        url = request.getfixturevalue("pg_schema_url")
    store = open_store(url)
    try:
        for doc in story.values():
            store.add(doc)
        found = store.refresh_findings()
        assert {(f.type, f.reason) for f in found} == {(f.type, f.reason) for f in corpus}
        rows = [r for r in store.list_findings(type="conflict") if r["scope"] == "corpus"]
        # conflicts are grouped by value: every attribution of every side is linked
        assert rows and all(len(r["attribution_ids"]) == len(r["attributions"]) >= 2
                            and len(r["documents"]) >= 2 for r in rows)
    finally:
        store.close()


def test_disputed_figure_is_one_conflict_with_every_relay(story, corpus):
    """5000 (UK) against the ~3000 of the Ukrainian ministry and its relays: one finding."""
    numbers = [f for f in corpus if f.type == "conflict" and f.reason.startswith("number")]
    assert len(numbers) == 1
    atts = _atts(story, numbers[0])
    for claim in (["06", "5000 Soldaten"], ["01", "rund 3000 Soldaten"], ["04", "About 3,200"],
                  ["05", "officially deployed 3,000"]):
        assert _has(atts, claim), claim
    assert numbers[0].sources[-1] == "Britisches Verteidigungsministerium"  # the smaller side


# --- incremental refresh: new documents against the stored ones -------------------------------

def _keys(findings) -> list[tuple[str, tuple[str, ...]]]:
    return sorted((f.type, tuple(sorted(f.attributions))) for f in findings)


@pytest.mark.parametrize("first", [1, 3, 4, 5])
def test_incremental_refresh_equals_full(story, corpus, tmp_path, first):
    """Stories stored in two batches, refreshed after each: the findings a full comparison
    gives, each once; a refresh with nothing new changes nothing."""
    from claimgraph.store import open_store

    docs = list(story.values())
    with open_store(str(tmp_path / "inc.db")) as store:
        for doc in docs[:first]:
            store.add(doc)
        assert store.refresh().full  # the first refresh of a store compares everything
        for doc in docs[first:]:
            store.add(doc)
        summary = store.refresh()
        assert (summary.full, summary.new) == (False, len(docs) - first)
        assert summary.related >= 1
        found = store.corpus_findings()
        assert _keys(found) == _keys(corpus)
        again = store.refresh()
        assert (again.new, again.added, again.findings) == (0, 0, len(found))
        clusters = store._all("SELECT COUNT(*) AS n FROM clusters")[0]["n"]
        assert clusters == len(cluster_claims(docs))
        assert _keys(store.refresh_findings(full=True)) == _keys(corpus)


def test_refresh_replaces_a_grouped_conflict_when_a_relay_joins(tmp_path):
    """A third document relaying the disputed figure extends the stored conflict (no duplicate)."""
    from claimgraph.store import open_store

    texts = ["Das Verteidigungsministerium teilte mit, dass 10'000 Soldaten nach Kursk verlegt "
             "wurden.", "The Defence Ministry said 12,000 troops were moved to Kursk.",
             "Laut Verteidigungsministerium wurden 12'000 Soldaten nach Kursk verlegt."]
    with open_store(str(tmp_path / "relay.db")) as store:
        for text in texts[:2]:
            store.add(claimgraph.analyze(text))
        store.refresh()
        store.add(claimgraph.analyze(texts[2]))
        summary = store.refresh()
        conflicts = [f for f in store.corpus_findings() if f.type == "conflict"]
        assert (summary.added, summary.replaced) == (1, 1)
        assert len(conflicts) == 1 and len(conflicts[0].attributions) == 3


def test_cli_compare_prints_a_summary(story, tmp_path):
    from click.testing import CliRunner

    from claimgraph.cli import main
    from claimgraph.store import open_store

    db = str(tmp_path / "cli.db")
    with open_store(db) as store:
        for doc in story.values():
            store.add(doc)
    runner = CliRunner()
    first = runner.invoke(main, ["compare", "--db", db])
    assert first.exit_code == 0, first.output
    assert first.output.startswith("compare (full): 6 new documents")
    again = runner.invoke(main, ["compare", "--db", db])
    assert "compare (incremental): 0 new documents" in again.output
    full = runner.invoke(main, ["compare", "--db", db, "--full"])
    assert full.exit_code == 0 and f"{len(_keys(compare_documents(list(story.values()))))} corpus findings" in full.output
    missing = runner.invoke(main, ["compare", "--db", str(tmp_path / "nope.db")])
    assert missing.exit_code == 1 and "no such store" in missing.output
