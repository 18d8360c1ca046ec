"""Resolve-side source names: which person a pronoun, role or document noun names, on
sentences we wrote (each rule with look-alikes that must not change)."""

from __future__ import annotations

import pytest

from claimgraph.coref import doc_acronyms
from claimgraph.names import parse_mention
from claimgraph.registry import load_registry

from resolve_helpers import resolved_names


def _names(text: str, mentions: list[str], lang: str) -> list[str | None]:
    return resolved_names(text, mentions, lang)


@pytest.mark.parametrize(
    "text, mentions, lang, expected",
    [
        # a pronoun in a sentence that already has a speaker continues that speaker
        ("Mayor Lena Ortiz resigned on Friday. She said Governor Ruth Baines was fair; "
         "however, \"I had no choice\", she added.", ["She", "she"], "en",
         ["Lena Ortiz", "Lena Ortiz"]),
        ("Der Trainer Jonas Falk trat zurück. Er sagte, Präsident Ulf Brandt sei fair; „ich "
         "gehe trotzdem“, fügte er hinzu.", ["Er", "er"], "de", ["Jonas Falk", "Jonas Falk"]),
        # look-alike: no speaker in the sentence, the nearest fitting name before wins
        ("Mayor Lena Ortiz met Governor Ruth Baines, who, she said, was fair.", ["she"], "en",
         ["Ruth Baines"]),
    ],
)
def test_speaker_continues_in_its_sentence(text, mentions, lang, expected):
    assert _names(text, mentions, lang) == expected


@pytest.mark.parametrize(
    "text, mentions, lang, expected",
    [
        # a name deep in a prepositional phrase (a genitive chain) is no subject
        ("Bezüglich der Reform von Ministerpräsident Karl Brenner nahm Bürgermeister Otto "
         "Wiese kein Blatt vor den Mund. Seine Meinung: Sie komme zu spät.", ["Seine"], "de",
         ["Otto Wiese"]),
        ("Against the wishes of Senator Paul Reed, Governor Tom Hale vetoed the bill. He said "
         "it cost too much.", ["He"], "en", ["Tom Hale"]),
        # look-alike: "die Kritik von X" names the critic, who stays the subject
        ("Scharf fiel die Kritik von Greta Hallberg an Jan Vos aus. Sie sagte, er lüge.",
         ["Sie"], "de", ["Greta Hallberg"]),
        # look-alike: the preposition before a sentence end does not reach into the next
        # sentence ("returned to the US. Prime Minister Johnson ...")
        ("The nurse Ann Dale returned to the US. Prime Minister Ben Cole was asked about it "
         "by a reporter, Tim Wu. He said the case was sad.", ["He"], "en", ["Ben Cole"]),
    ],
)
def test_names_inside_prepositional_phrases_are_weak(text, mentions, lang, expected):
    assert _names(text, mentions, lang) == expected


@pytest.mark.parametrize(
    "written, lang, name",
    [
        # apposition: the side that is all name wins over a descriptor left out of the name
        ("zuständige Landeskoordinatorin für Hochwasser, Ayele Mekonnen", "de", "Ayele Mekonnen"),
        ("the acting Chief Engineer for Roads, Tamsin Olowe", "en", "Tamsin Olowe"),
        # look-alikes: a known first name still wins; a clause before a name is no name
        ("Sabrina Singh, Sprecherin des Pentagons", "de", "Sabrina Singh"),
        ("the leak of a tape in which someone, seemingly Okafor", "en", "Okafor"),
    ],
)
def test_apposition_prefers_the_whole_name_side(written, lang, name):
    assert parse_mention(written, lang, load_registry()).name == name


@pytest.mark.parametrize(
    "written, lang, name, etype",
    [
        # a lower-case institution or info noun before a role and a name only modifies the role
        ("study co-author Mei-Lin Cho", "en", "Mei-Lin Cho", "person"),
        ("the ministry spokesman Idris Kamara", "en", "Idris Kamara", "person"),
        # <descriptor> <Proper Name>: the proper name, small words inside it included
        ("Organic tea producer Leaf and Kettle", "en", "Leaf and Kettle", "organisation"),
        ("budget airline Sky Hop", "en", "Sky Hop", "organisation"),
        # look-alikes: no name after the head, the noun stays what it was
        ("police officers", "en", "police officers", "anonymous"),
        ("the company", "en", "company", "organisation"),
        ("the report", "en", "report", "anonymous"),
    ],
)
def test_descriptor_before_a_proper_name(written, lang, name, etype):
    parsed = parse_mention(written, lang, load_registry())
    assert (parsed.name, parsed.type) == (name, etype)


@pytest.mark.parametrize(
    "text, short, long",
    [
        # a clipped short name in brackets: word beginnings of the long form, in order
        ("The Nordic Institute of Glaciology and Hydrology (Norhyd) warned.", "Norhyd",
         "Nordic Institute of Glaciology and Hydrology"),
        ("Die Gesellschaft für Bodenkunde (Gebo) warnte.", "Gebo", "Gesellschaft für Bodenkunde"),
        # look-alikes: a place or nickname after a person, letters that are no word beginnings
        ("Minister Hans Meier (Hamburg) spoke.", "Hamburg", None),
        ("Singer Robert Tanner (Rota) spoke.", "Rota", None),
        ("The Federal Roads Office (Fixit) said.", "Fixit", None),
    ],
)
def test_clipped_short_names(text, short, long):
    assert doc_acronyms(text).get(short) == long


def test_clipped_short_name_as_source_is_the_institution():
    text = ("The Nordic Institute of Glaciology and Hydrology (Norhyd) measured the ice. "
            "Norhyd said the glacier shrank.")
    assert _names(text, ["Norhyd"], "en") == ["Nordic Institute of Glaciology and Hydrology"]


@pytest.mark.parametrize(
    "text, mention, expected",
    [
        # a registry name that is the surname of a person named in full is that person
        ("Senator Ann Ford and Michael Bloomberg spoke. Bloomberg said he would stay.",
         "Bloomberg", "Michael Bloomberg"),
        # look-alike: without a person of that name the registry entry stands
        ("Senator Ann Ford spoke to Bloomberg. Bloomberg reported she would stay.",
         "Bloomberg", "Bloomberg"),
    ],
)
def test_registry_name_as_surname(text, mention, expected):
    names = _names(text, [mention, mention], "en")  # the second occurrence is the source
    assert names[-1] == expected
