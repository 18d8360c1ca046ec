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


@pytest.mark.parametrize(
    "text, mentions, expected",
    [
        # an institution compound without a hyphen names its owner
        ("Nach Polizeiangaben wurden vier Menschen verletzt.", ["Polizeiangaben"], ["Polizei"]),
        ("Regierungsangaben zufolge sinkt die Zahl.", ["Regierungsangaben"], ["Regierung"]),
        # look-alike: a person noun as first part names nobody in particular
        ("Expertenschätzungen zufolge sinkt die Zahl.", ["Expertenschätzungen"],
         ["Expertenschätzungen"]),
        # an outlet name written with its article after a descriptor
        ("Wie aus einem Bericht des Nachrichtenmagazins DER SPIEGEL hervorgeht, sinkt sie.",
         ["Nachrichtenmagazins DER SPIEGEL"], ["Der Spiegel"]),
        # a registry prefix on a document noun names the issuer
        ("Laut einem EU-Dokument leben viele in Armut.", ["EU-Dokument"], ["EU"]),
        # a determiner the rules took for the source stands for the noun after it
        ("Es gibt eine neue Umfrage. Laut dieser Studie sinkt die Zahl.", ["dieser"], ["Studie"]),
        # a name in commas after a running-text role is that person; the pronoun finds it
        ("Der Trainer der Mannschaft aus Peru, Tadeo Quispe, wurde entlassen. Dazu sagte er, "
         "alles sei falsch.", ["er"], ["Tadeo Quispe"]),
    ],
)
def test_compound_owner_and_written_names(text, mentions, expected):
    assert _names(text, mentions, "de") == expected
