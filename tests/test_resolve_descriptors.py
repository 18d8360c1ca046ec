"""Resolve-side back-references by descriptor (German): a definite institution, role or document
noun names the entity the article introduced with that noun. Sentences written for these tests;
each rule has look-alikes that must not change."""

from __future__ import annotations

import pytest

from test_resolve_names import _names


@pytest.mark.parametrize(
    "text, mentions, expected",
    [
        # a descriptor right before a registry name written in lower case is that institution
        ("Laut einem Bericht der Menschenrechtsorganisation amnesty international wächst die "
         "Zahl. Die Menschenrechtsorganisation fordert Reformen.",
         ["Menschenrechtsorganisation", "Die Menschenrechtsorganisation"],
         ["Amnesty International", "Amnesty International"]),
        # the head of the compound descriptor refers back too
        ("Die Hilfsorganisation Greenpeace protestierte. Die Organisation fordert ein Verbot.",
         ["Die Organisation"], ["Greenpeace"]),
        # "die Firma X" introduces X; "Die Firma" later is X
        ("Der Reis gehört der Firma Koralla, die den Fund bestätigte. Die Firma sagte, sie "
         "prüfe alles.", ["Die Firma"], ["Koralla"]),
        # a longer compound with its genitive chain names the institution
        ("Der Landesverband der Imker von Sachsen warnt vor Verlusten. Nach Schätzungen des "
         "Verbandes sterben viele Völker.", ["Verbandes"],
         ["Landesverband der Imker von Sachsen"]),
        # a document noun names the source that issued it
        ("Laut einem Bericht der Menschenrechtsorganisation amnesty international stieg die "
         "Zahl. Dem Bericht zufolge fehlt Schutz.", ["Menschenrechtsorganisation", "Dem Bericht"],
         ["Amnesty International", "Amnesty International"]),
        # a person introduced with a role in apposition
        ("Heute wird Clara Ibsen, eine Aktivistin aus Bergen, zitiert. Die Aktivistin sagte, "
         "es fehle Geld.", ["Die Aktivistin"], ["Clara Ibsen"]),
        # a demonym after the adjective that named the group
        ("Die kanadischen Ermittler erheben Vorwürfe. Die Kanadier sagen, der Pilot sei schuld.",
         ["Die Kanadier"], ["kanadischen Ermittler"]),
    ],
)
def test_descriptor_refers_back(text, mentions, expected):
    assert _names(text, mentions, "de") == expected


@pytest.mark.parametrize(
    "text, mentions, expected",
    [
        # indefinite: a new firm, not the one named before
        ("Der Reis gehört der Firma Koralla. Eine Firma sagte, sie prüfe alles.",
         ["Eine Firma"], ["Firma"]),
        # a document noun whose issuer never spoke keeps the document noun
        ("Es gibt eine Studie des Bildungsministeriums. Die Studie zeige Mängel.",
         ["Die Studie"], ["Studie"]),
        # a demonym with no adjective before it stays as written
        ("Die Ermittler erheben Vorwürfe. Die Kanadier sagen, der Pilot sei schuld.",
         ["Die Kanadier"], ["Kanadier"]),
        # a role noun that nobody was introduced with keeps the role
        ("Heute wird Clara Ibsen zitiert. Die Aktivistin sagte, es fehle Geld.",
         ["Die Aktivistin"], ["Aktivistin"]),
    ],
)
def test_descriptor_lookalikes(text, mentions, expected):
    assert _names(text, mentions, "de") == expected
