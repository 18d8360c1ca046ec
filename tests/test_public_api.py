"""The public API stays small and sorted (a change here is a deliberate decision)."""

import claimgraph


def test_all_is_sorted_and_importable():
    assert claimgraph.__all__ == sorted(claimgraph.__all__)
    for name in claimgraph.__all__:
        assert hasattr(claimgraph, name), name


def test_analyze_returns_document_with_contract():
    doc = claimgraph.analyze("Laut Polizei wurde niemand verletzt. Das sagte ein Sprecher.")
    d = doc.to_dict()
    assert d["claimgraph"] == "1" and d["lang"] == "de"
    again = claimgraph.Document.from_dict(d)
    assert again.to_dict() == d
