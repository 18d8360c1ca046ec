"""Who owns a German Konjunktiv run: precedence and agreement (lang/de/owner.py, runs.py).

Each row: a text, a piece of the content whose source is checked, a word the source must
contain ("" = no source) and a word it must not contain. Invented sentences."""

from __future__ import annotations

import pytest

from frame_checks import source_of

# 1. an explicit subject inside the Konjunktiv sentence ("sehe er, Köhler, …") wins, and a
#    statement noun inside a prepositional phrase ("Zu dieser Einschätzung des X") frames nothing
EXPLICIT = [
    ("Der Präsident unterschrieb das Gesetz. Zu dieser Einschätzung des Kanzlers sehe er, "
     "Köhler, keine Alternative. Die Lage sei ernst.", "Die Lage sei ernst", "Köhler", "Kanzler"),
    ("Die Ministerin trat vor die Presse. Nach der Rede des Kanzlers habe sie, Schwesig, "
     "keine Zweifel mehr. Der Plan sei gut.", "Der Plan sei gut", "Schwesig", "Kanzler"),
    ("Der Trainer sprach lange. Mit der Kritik des Vorstands könne er, Klopp, gut leben. "
     "Die Mannschaft werde sich steigern.", "Mannschaft werde", "Klopp", "Vorstand"),
    ("Der Bürgermeister äußerte sich am Abend. Nach Prüfung aller Unterlagen sei er, Meier, "
     "zu einem klaren Ergebnis gekommen.", "klaren Ergebnis", "Meier", ""),
    # plain pronoun subject without a name: the run goes on with the speaker named before
    ("Anna Berger sagte, das Projekt sei teuer. Dazu sehe sie keine Alternative.",
     "keine Alternative", "Berger", ""),
    # look-alike: a name apposed to an object pronoun in narration opens nothing new
    ("Die Polizei sagte, der Täter sei geflohen. Man habe ihn, den Fahrer, nicht gefunden.",
     "nicht gefunden", "Polizei", "Fahrer"),
]

# 2. "wie X mitteilte" inside the opening sentence gives the run after it to X
WIE = [
    ("Die Chemikalie stand unter Druck, wie Burt Rutan, Chef der Firma, mitteilte. "
     "Die Ursache sei aber nicht klar.", "Ursache sei", "Rutan", "Chemikalie"),
    ("Der Zug fuhr zu schnell, wie die Bahn am Montag mitteilte. Die Strecke sei gesperrt.",
     "Strecke sei", "Bahn", "Zug"),
    ("Das Feuer brach im Keller aus, wie ein Sprecher der Feuerwehr berichtete. Verletzt "
     "worden sei niemand.", "niemand", "Sprecher", "Das Feuer"),
    ("Die Brücke war marode, sagte der Ingenieur Paul Roth. Sie hätte längst saniert "
     "werden müssen.", "Sie hätte", "Roth", "Brücke"),
]

# 3. pronoun agreement: "Sie wisse" is no male speaker's, "Er habe" no woman's
AGREEMENT = [
    ("Manfred Berg, der Dekan der Fakultät, sagte, das Verfahren sei fair gewesen. "
     "Sie wisse, dass ihre Arbeit Schwächen habe.", "Sie wisse", "", "Berg"),
    ("Die Ministerin Petra Lang sagte, das Verfahren sei fair gewesen. "
     "Er glaube nicht daran.", "Er glaube", "", "Lang"),
    ("Herr Krause sagte, das Verfahren sei fair gewesen. Sie wüssten nichts davon.",
     "Sie wüssten", "", "Krause"),
    ("Herr Krause sagte, das Verfahren sei fair gewesen. Dabei wisse sie nichts davon.",
     "Dabei wisse sie", "", "Krause"),
    # look-alike: "sie" as the reported clause's own subject (the bridge) keeps the speaker
    ("Paul Roth sagte, die Brücke sei marode. Sie habe längst saniert werden müssen.",
     "Sie habe", "Roth", ""),
    # agreeing pronouns keep the speaker
    ("Angela Merkel sagte, das Verfahren sei fair gewesen. Sie habe nichts davon gewusst.",
     "Sie habe", "Merkel", ""),
    ("Angela Merkel sagte, das Verfahren sei fair gewesen. Sie wisse nichts davon.",
     "Sie wisse", "Merkel", ""),
    ("Der Dekan Manfred Berg sagte, das Verfahren sei fair gewesen. Er habe nichts gewusst.",
     "Er habe", "Berg", ""),
    ("Die Dekanin sagte, das Verfahren sei fair gewesen. Sie habe nichts davon gewusst.",
     "Sie habe", "Dekanin", ""),
    # a body may be "sie" in the singular (die Gewerkschaft) and in the plural (die Grünen)
    ("Die Gewerkschaft sagte, der Streik sei beendet. Sie habe ihre Ziele erreicht.",
     "Sie habe", "Gewerkschaft", ""),
    ("Die Grünen sagten, der Plan sei falsch. Sie hätten andere Vorschläge gemacht.",
     "Sie hätten", "Grünen", ""),
]

# 4. coordinated bodies and dative experiencers open runs
PARTIES = [
    ("CDU und FDP setzten dem entgegen, dass der Markt das regeln werde. Es dürften nicht "
     "zu viele Vorschriften gemacht werden.", "Vorschriften", "CDU und FDP", ""),
    ("SPD und Linken war es wichtig zu betonen, dass der Wohnraum bezahlbar bleiben müsse. "
     "Es sei ein sozialer Ausbau nötig.", "sozialer Ausbau", "SPD und Linken", ""),
    ("Den Grünen war es ein Anliegen zu betonen, dass der Park erhalten bleibe. "
     "Er sei wichtig für das Klima.", "Klima", "Grünen", ""),
    ("Union und SPD hielten dagegen, dass die Kosten zu hoch seien. Man müsse sparen.",
     "Man müsse", "Union und SPD", ""),
    # look-alike: coordinated bodies acting, with an indicative dass-clause, open no run
    ("Die Zeitung schrieb, die Stadt plane einen Park. CDU und FDP stimmten dem Plan zu. "
     "Der Park sei zu teuer.", "Park sei", "Zeitung", "CDU"),
]

# 5. a source never lies inside its own content
INSIDE = [
    ("Der Journalist veröffentlichte seinen Bericht über die Steuerdaten. So heißt es, die "
     "Verwaltung habe begonnen, die Namen im Internet zu veröffentlichen.",
     "die Namen im Internet", "Bericht", "Internet"),
    ("Die Zeitung brachte eine Meldung über den Konzern. Darin heißt es, die Firma wolle "
     "Stellen in Berlin abbauen.", "Stellen in Berlin", "", "Berlin"),
    # look-alike: "laut X" keeps X inside an according-to content
    ("Laut Polizei wurde niemand verletzt.", "niemand verletzt", "Polizei", ""),
]


@pytest.mark.parametrize("text,piece,source,not_source",
                         EXPLICIT + WIE + AGREEMENT + PARTIES + INSIDE)
def test_run_owner(text: str, piece: str, source: str, not_source: str) -> None:
    got = source_of(text, piece)
    assert got is not None, f"no attribution holds {piece!r}"
    if source:
        assert source in got
    elif not not_source:
        assert got == ""
    if not_source:
        assert not_source not in got
