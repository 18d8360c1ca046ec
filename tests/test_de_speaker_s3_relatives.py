"""German reported speech inside a relative clause, session 3 (sentences written for these
tests): a relative clause that ends in a verb of saying names its own speaker — the antecedent
for a nominative relative pronoun, the pronoun inside for "in denen er …", the outlet for a
document printed in it — instead of a speaker carried from an earlier sentence.
"""

from __future__ import annotations

import pytest

from speaker_checks import check_silent, check_speaker

SPEAKS = [
    ("Die Laudatio hielt die bekannte Feministin Alice Schwarzer, die den Mut der Preisträgerin "
     "hervorhob, der in ihrem Einsatz zum Ausdruck komme.",
     "den Mut der Preisträgerin", "Alice Schwarzer", None),
    ("Die Rede hielt Bürgermeister Jens Albers, der die Helfer lobte, die unermüdlich im "
     "Einsatz seien.",
     "die Helfer", "Albers", None),
    ("Zuletzt hatten seine Reden Widerspruch ausgelöst, in denen er die Reform als Irrweg "
     "bezeichnet hatte, die gestoppt werden müsse.",
     "die Reform als Irrweg", "er", None),
    ("In der Frankfurter Allgemeinen Zeitung erschien ein Kommentar, der die Entscheidung als "
     "„Fehler“ bezeichnet, der sich rächen werde.",
     "die Entscheidung als", "Frankfurter Allgemeine", None),
]

SILENT = [
    # look-alikes: the relative clause's verb is no verb of saying; a document printed nowhere
    ("Die Vorsitzende Eva Roth, die das Gesetz eingebracht hatte, sei enttäuscht.",
     "das Gesetz eingebracht", "Eva Roth"),
    ("Das Gericht verwarf die Klage, die der Verband eingereicht hatte, weil sie unbegründet sei.",
     "der Verband eingereicht", "Verband"),
    ("Im Regal lag ein Buch, das die Reform als Irrweg bezeichnet, die scheitern werde.",
     "die Reform als Irrweg", "Buch"),
]


@pytest.mark.parametrize("text,content,source,wrong", SPEAKS)
def test_relative_speaker(text, content, source, wrong):
    check_speaker(text, content, source, wrong)


@pytest.mark.parametrize("text,content,wrong", SILENT)
def test_no_relative_speaker(text, content, wrong):
    check_silent(text, content, wrong)


def test_dative_article_is_no_relative_pronoun():
    # ", der Presse mitteilte": "der" is the article of a dative object, not a relative pronoun
    check_speaker("Wie Tom Deng, ein Sprecher der Armee, der Presse mitteilte, seien auch "
                  "neun Dörfer bombardiert worden.", "neun Dörfer", "Tom Deng", None)
