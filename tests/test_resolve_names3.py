"""Resolve-side source names, wave 3: canonical names keep what belongs to a name (small words,
numbers), documents name their authors, plural pronouns and descriptors name the group that spoke.
All sentences are invented for these tests."""

from __future__ import annotations

import pytest

from claimgraph.model import Attribution, Document, SourceMention, Span, TextSpan
from claimgraph.names import parse_mention
from claimgraph.registry import load_registry
from claimgraph.sources import resolve

REG = load_registry()


@pytest.mark.parametrize(
    "written, lang, name",
    [
        # small words and numbers inside an institution's name stay
        ("the United States Department of Commerce", "en", "United States Department of Commerce"),
        ("Bureau of Labor Statistics", "en", "Bureau of Labor Statistics"),
        ("the Institute for Fiscal Studies", "en", "Institute for Fiscal Studies"),
        ("The Lost 52 Project", "en", "Lost 52 Project"),
        ("die Universität zu Köln", "de", "Universität zu Köln"),
        # look-alikes: a person's name ends before a small word, a number is no name part
        ("Peer Steinbrück zu Beginn der Debatte", "de", "Peer Steinbrück"),
        ("Donald Trump and Joe Biden", "en", "Donald Trump"),
        ("Maria Keller of the Harbour Authority", "en", "Maria Keller"),
        # an adjective opening the sentence names nobody
        ("Early reports", "en", "reports"),
        ("Preliminary estimates", "en", "estimates"),
        ("Pentagon figures", "en", "Pentagon"),
        # a document's author speaks
        ("a report published by the health ministry", "en", "health ministry"),
        ("a study released by the Bank of England", "en", "Bank of England"),
        ("a report about the health ministry", "en", "report"),
        # an institution noun keeps the nouns that say which one
        ("the health ministry", "en", "health ministry"),
        ("the said ministry", "en", "ministry"),
        # footage speaks for whoever recorded it
        ("Footage from the Riverside College Student Union", "en",
         "Riverside College Student Union"),
    ],
)
def test_canonical_names(written: str, lang: str, name: str) -> None:
    assert parse_mention(written, lang, REG).name == name


def _resolved(text: str, written: str, rule_name: str, lang: str) -> str | None:
    start = text.index(written)
    span = Span(start, start + len(written))
    doc = Document(text, lang=lang)
    doc.attributions.append(Attribution(
        "indirect", TextSpan(text[span.end:span.end + 5], Span(span.end, span.end + 5)),
        source=SourceMention(written, span, rule_name), lang=lang))
    return resolve(doc).attributions[0].source.name


@pytest.mark.parametrize(
    "text, written, rule_name, expected",
    [
        # a registry short name that is only the tail of a longer name is not that entity
        ("Footage from the Riverside College Student Union showed a crowd.",
         "Footage from the Riverside College Student Union", "Union",
         "Riverside College Student Union"),
        # a better name from the rules is still taken when it is the whole name
        ("The spokesman said the talks failed.", "The spokesman", "Ahmed Karimi", "Ahmed Karimi"),
    ],
)
def test_rule_names_kept_or_refused(text: str, written: str, rule_name: str,
                                    expected: str) -> None:
    assert _resolved(text, written, rule_name, "en") == expected
