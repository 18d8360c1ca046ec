""""the latter" / "the former" (Letzterer / Ersterer) name one of the two entities just named."""

from __future__ import annotations

import pytest

from claimgraph.pipeline import analyze


@pytest.mark.parametrize("lang,text,name", [
    ("en", "The National Transportation Safety Board and the Federal Aviation Administration "
           "were informed. The latter said they were not traveling to the scene.",
     "Federal Aviation Administration"),
    ("en", "The National Transportation Safety Board and the Federal Aviation Administration "
           "were informed. The former said it would send a team.",
     "National Transportation Safety Board"),
    ("en", "Angela Merkel met Emmanuel Macron in Berlin. The latter said Europe must act.",
     "Emmanuel Macron"),
    ("de", "Angela Merkel traf Emmanuel Macron in Berlin. Letzterer sagte, Europa müsse handeln.",
     "Emmanuel Macron"),
    ("de", "Angela Merkel traf Emmanuel Macron in Berlin. Erstere sagte, Europa müsse handeln.",
     "Angela Merkel"),
    # a look-alike: "the former president" is a role, not a back-reference
    ("en", "Angela Merkel met Emmanuel Macron in Berlin. The former president said Europe must "
           "act.", "president"),
])
def test_latter_former(lang: str, text: str, name: str) -> None:
    doc = analyze(text, lang=lang)
    names = [a.source.name for a in doc.attributions if a.source is not None]
    assert names and names[-1] == name
