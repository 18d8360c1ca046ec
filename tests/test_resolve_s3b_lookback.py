"""The descriptor look-back ("Die Sprecherin" -> whom?) does bounded work per mention.

Each earlier "Die Sprecherin" that failed as an antecedent once fails for good (its mentions
are resolved), so later look-backs skip it: the candidates tried per mention must not grow
with the number of earlier mentions of the same head. And the skipping must not change what
is found: the team-written texts below resolve as the plain scan resolves them.
"""

from __future__ import annotations

import pytest

import claimgraph
from claimgraph import descriptors
from claimgraph.descriptors import DescriptorLookup, head_occurrences


def _tries(monkeypatch, text: str) -> int:
    calls = []
    real = DescriptorLookup._descriptor_at
    monkeypatch.setattr(DescriptorLookup, "_descriptor_at",
                        lambda self, *a: calls.append(1) or real(self, *a))
    claimgraph.analyze(text, lang="de")
    return len(calls)


@pytest.mark.parametrize("unit", [
    "Die Sprecherin sagte, es regne.\n\n",
    "Der Sprecher erklärte, die Lage sei ruhig.\n\n",
    "Das Unternehmen teilte mit, der Umsatz sinke. Die Firma sagte, es gebe Pläne.\n\n",
])
def test_candidates_per_mention_do_not_grow(monkeypatch, unit):
    small = _tries(monkeypatch, unit * 100)
    large = _tries(monkeypatch, unit * 400)
    # within the 6,000-character reach, a plain scan tries up to ~150 earlier mentions each
    assert 0 < small and large <= 4 * small + 10, (small, large)
    assert large <= 3 * 400 * unit.count("."), large


def _plain_backref_texts() -> list[str]:
    return [
        "Die Firma Euryza lieferte Reis. Die Firma sagte, sie prüfe die Vorwürfe.",
        "Der Bundesverband der Hersteller von Nährmitteln warnte. Der Sprecher des Verbandes "
        "sagte, es fehle Geld. Des Verbandes Sprecherin sagte später, man warte ab.",
        "Hilda Ruiz, eine Aktivistin aus Lima, protestierte. Die Aktivistin sagte, sie bleibe."
        "\n\nDie Sprecherin sagte, es regne. Die Aktivistin sagte erneut, sie bleibe.",
        "Laut einem Bericht der Organisation Pro Asyl fehlen Plätze. Dem Bericht zufolge "
        "sind 300 Menschen betroffen. Der Bericht sagt, es werde schlimmer.",
    ]


@pytest.mark.parametrize("text", _plain_backref_texts())
def test_skipping_finds_what_the_plain_scan_finds(monkeypatch, text):
    text = ("Die Sprecherin sagte, es regne.\n\n" * 30) + text + "\n\n" + text
    fast = claimgraph.analyze(text, lang="de").to_dict()

    def plain(self, text, lo, hi, head, branch):
        yield from head_occurrences(text, lo, hi, head)

    monkeypatch.setattr(DescriptorLookup, "_head_candidates", plain)
    monkeypatch.setattr(DescriptorLookup, "_mark_dead", lambda self, *a: None)
    assert claimgraph.analyze(text, lang="de").to_dict() == fast


@pytest.mark.parametrize("text,lo,hi", [
    ("Die Pressesprecherin sagte. Die Sprecherin sagte. Sprecherinnen", 0, 60),
    ("Presse-Sprecherin Sprecherin", 3, 28),   # a word the window's left edge cuts
    ("Sprecherin Sprecherin", 0, 15),           # and one its right edge cuts
    ("Sprecherin", 0, 10),                      # no separator at all
])
def test_window_edges_match_the_scan(text, lo, hi):
    look = DescriptorLookup.__new__(DescriptorLookup)
    look.heads, look.dead = {}, {}
    got = list(look._head_candidates(text, lo, hi, "sprecherin", "role"))
    assert got == head_occurrences(text, lo, hi, "sprecherin")
    assert descriptors.DESCRIPTOR_REACH > 0
