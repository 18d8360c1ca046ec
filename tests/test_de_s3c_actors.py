"""Two actors (rules._plural_belief): a plural group's belief told in the indicative
(`Bislang gingen die Forscher davon aus, dass … sind`) is background; the Konjunktiv I run
after it stays with the singular speaker named before it. A group that reports (warnen), a
group whose clause is in Konjunktiv I, and a named singular believer take the run over."""

from __future__ import annotations

import pytest

from claimgraph import analyze

BERG = "Die Astronomin Jana Berg erklärte, der Fund sei überraschend. "

ROWS = [
    # text, the continued content, its speaker
    (BERG + "Bislang gingen die Forscher davon aus, dass solche Sterne selten sind. "
     "Der neue Stern habe sich sehr schnell gebildet.", "neue Stern", "Jana Berg"),
    ("Der Geologe Paul Kern sagte, der Vulkan sei ruhig. Viele Anwohner befürchten, dass es "
     "bald einen Ausbruch gibt. Die Messwerte seien aber unauffällig.", "Messwerte", "Paul Kern"),
    ("Die Ärztin Eva Lind sagte, die Lage sei ernst. Die Kliniken hoffen, dass die Welle bald "
     "abflaut. Die Intensivstationen seien jedoch voll.", "Intensivstationen", "Eva Lind"),
    # look-alikes: the group or the new singular speaker goes on
    ("Der Minister Karl Roth sagte, die Steuern würden steigen. Die Ökonomen warnten, dass die "
     "Preise steigen. Die Inflation werde zunehmen.", "Inflation", "Ökonomen"),
    (BERG + "Die Forscher glauben, dass solche Sterne selten seien. "
     "Der neue Stern habe sich sehr schnell gebildet.", "neue Stern", "Forscher"),
    (BERG + "Der Forscher Max Ott glaubt, dass solche Sterne selten sind. "
     "Der neue Stern habe sich sehr schnell gebildet.", "neue Stern", "Max Ott"),
]


@pytest.mark.parametrize("text,needle,speaker", ROWS, ids=[r[0][60:110] for r in ROWS])
def test_run_speaker(text, needle, speaker):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if needle in a.content.text]
    assert hits, [a.content.text for a in doc.attributions]
    att = hits[0]
    assert att.source is not None and speaker in att.source.name, (att.source, att.rule)


@pytest.mark.parametrize("text,needle,group", [
    (ROWS[0][0], "solche Sterne selten", "Forscher"),
    (ROWS[1][0], "Ausbruch", "Anwohner"),
])
def test_the_belief_itself_stays_the_groups(text, needle, group):
    doc = analyze(text, lang="de")
    att = next(a for a in doc.attributions if needle in a.content.text)
    assert att.source is not None and group in att.source.name
