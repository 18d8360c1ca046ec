"""German speaker noun phrases with apposition, brackets, age and relative clauses in the
according-to, `so` and `wie` frames (lang/de/apposition.py).

A coverage matrix: every frame x every speaker shape names the speaker, and the content keeps
the main clause but never the apposition (`Laut X, Chef der Y, ist …` once gave the content
`Chef der Y, ist …`). The sentences are invented; the names are used for their shapes only.
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found, label

#: speaker shapes: (id, nominative, dative, needs a closing comma, expected source, outside)
#: `outside` is a piece of the speaker phrase that must not be in the content
SHAPES = [
    ("name", "Burt Rutan", "Burt Rutan", False, "Burt Rutan", "Rutan"),
    ("role_name", "Firmenchef Burt Rutan", "Firmenchef Burt Rutan", False, "Burt Rutan",
     "Firmenchef"),
    ("name_appos", "Burt Rutan, Chef der Firma Scaled Composites",
     "Burt Rutan, Chef der Firma Scaled Composites", True, "Burt Rutan", "Chef der Firma"),
    ("role_comma_name", "der Chef der Firma, Burt Rutan", "dem Chef der Firma, Burt Rutan", True,
     "Burt Rutan", "Chef der Firma"),
    ("name_party", "Anna Berg (Grüne)", "Anna Berg (Grüne)", False, "Anna Berg", "Grüne"),
    ("name_relative", "Burt Rutan, der die Firma seit 1990 leitet",
     "Burt Rutan, der die Firma seit 1990 leitet", True, "Burt Rutan", "seit 1990"),
    ("name_age", "Burt Rutan, 54,", "Burt Rutan, 54,", False, "Burt Rutan", "54"),
    ("genitive_chain", "der Sprecher des Verbands der Chemischen Industrie",
     "dem Sprecher des Verbands der Chemischen Industrie", False, "Chemischen Industrie",
     "Verbands"),
    ("quoted_org", "die Firma „Scaled Composites“", "der Firma „Scaled Composites“", False,
     "Scaled Composites", "Firma"),
    ("coordinated", "Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums",
     "Burt Rutan, Chef der Firma, und Anna Berg, Sprecherin des Ministeriums", True,
     "Burt Rutan", "Sprecherin"),
]

#: frames owned by the according/so/wie readers: (id, template); {nom}/{dat} is the speaker,
#: {c} the comma closing an apposition; "Lage am Standort" is always in the content
FRAMES = [
    ("laut", "Laut {dat}{c} ist die Lage am Standort ernst."),
    ("zufolge", "{Dat}{c} zufolge ist die Lage am Standort ernst."),
    ("nach_angaben", "Nach Angaben von {dat}{c} ist die Lage am Standort ernst."),
    ("nach_informationen", "Nach Informationen von {dat}{c} ist die Lage am Standort ernst."),
    ("nach_ansicht", "Nach Ansicht von {dat}{c} ist die Lage am Standort ernst."),
    ("so_postposed", "Die Lage am Standort ist ernst, so {nom}."),
    ("wie_fronted_mitteilte", "Wie {nom}{c} mitteilte, ist die Lage am Standort ernst."),
    ("wie_fronted_sagte", "Wie {nom}{c} am Montag sagte, ist die Lage am Standort ernst."),
    ("wie_after_berichtete", "Die Lage am Standort ist ernst, wie {nom}{c} berichtete."),
    ("wie_after_mitteilte", "Die Lage am Standort ist ernst, wie {nom}{c} am Montag mitteilte."),
]

#: frames read by teammates' modules (verb frames; clauses.py/subject_np.py, verb_content.py)
OTHER_FRAMES = [
    ("teilte_mit_postposed", "Die Lage am Standort ist ernst, teilte {nom}{c} mit."),
    ("sagte_postposed", "Die Lage am Standort sei ernst, sagte {nom}{c} am Montag."),
    ("sagte_v2", "{Nom}{c} sagte, die Lage am Standort sei ernst."),
]


def _fill(template: str, nom: str, dat: str, closing: bool) -> str:
    """The frame with the speaker filled in (`von dem` contracted, the first letter upper)."""
    nom_, dat_ = nom.rstrip(","), dat.rstrip(",")
    comma = "," if closing or nom.endswith(",") else ""
    final = template.endswith("{nom}.")  # the speaker closes the clause: no comma
    text = template.format(nom=nom_, dat=dat_, Nom=nom_[:1].upper() + nom_[1:],
                           Dat=dat_[:1].upper() + dat_[1:], c="" if final else comma)
    return text.replace("von dem ", "vom ")


def _cells(frames):
    return [pytest.param(_fill(t, nom, dat, closing), source, outside, id=f"{fid}-{sid}")
            for fid, t in frames for sid, nom, dat, closing, source, outside in SHAPES]


@pytest.mark.parametrize("text,source,outside", _cells(FRAMES))
def test_frame_by_speaker_shape(text: str, source: str, outside: str) -> None:
    check_found(text, "Lage am Standort", outside, source)


#: look-alikes: a comma after the frame's noun phrase that opens no apposition
LOOKALIKES = [
    # an enumeration after laut: the list is the source or none, never content "Budget und …"
    ("Laut Plan, Budget und Satzung muss der Verein bis Juni sparen.", "Budget und Satzung"),
    ("Laut Polizei, Feuerwehr und Rettungsdienst wurden drei Menschen verletzt.",
     "Feuerwehr und Rettungsdienst, wurden"),
    # a comparison with wie: no speaker
    ("Die Halle ist so groß wie Berlin, sagte er.", "Berlin"),
    # so as an adverb: no so-frame
    ("Die Brücke soll so schnell wie möglich repariert werden, sagte der Bürgermeister.",
     "möglich, sagte"),
]


@pytest.mark.parametrize("text,never", LOOKALIKES)
def test_no_apposition_in_lookalikes(text: str, never: str) -> None:
    for att in analyze(text, lang="de").attributions:
        assert never not in label(att.source), label(att.source)
        assert not att.content.text.startswith(never.split(",")[0])


@pytest.mark.parametrize("text,source", [
    ("Die Brücke soll so schnell wie möglich repariert werden, sagte der Bürgermeister.",
     "Bürgermeister"),
    ("Die Halle ist so groß wie Berlin, sagte er.", "er"),
])
def test_lookalike_keeps_the_verb_frame(text: str, source: str) -> None:
    """The comparison inside the content leaves the real speaker in place."""
    atts = analyze(text, lang="de").attributions
    assert [a for a in atts if a.source is not None and source in label(a.source)], \
        [label(a.source) for a in atts]


@pytest.mark.parametrize("text,role", [
    ("Laut Burt Rutan, Chef der Firma Scaled Composites, ist die Lage ernst.", "Chef"),
    ("Wie die Sprecherin des Ministeriums, Anna Berg, mitteilte, ist die Lage ernst.",
     "Sprecherin"),
    ("Die Lage ist ernst, so Anna Berg, Leiterin der Polizei.", "Leiterin"),
])
def test_apposition_gives_the_role(text: str, role: str) -> None:
    """A role in apposition (or the role before a name in apposition) is the speaker's role."""
    att = analyze(text, lang="de").attributions[0]
    assert att.source is not None and att.source.role == role, att.source


@pytest.mark.parametrize("text,cue", [
    ("Wie Burt Rutan, Chef der Firma, mitteilte, ist die Lage ernst.", "Wie mitteilte"),
    ("Die Lage ist ernst, wie die Chefin der Firma, Anna Berg, am Montag sagte.", "wie sagte"),
])
def test_wie_cue_holds_wie(text: str, cue: str) -> None:
    """The cue of a wie-frame is `wie` + verb, also past an apposition."""
    att = analyze(text, lang="de").attributions[0]
    assert att.to_dict()["cue"]["words"] == cue
