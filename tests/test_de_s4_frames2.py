"""German frames, session 4 part 2 (writer V2b): block quotes after a colon frame, quotes taken
up by the next sentence, written surfaces, `mit dem Argument` in every position, consensus,
coordinated and citing laut-sources, `, so <adverb> X`, and the statement noun's clause that a
verb inside it must not frame past. Sentences are invented; each row is one construction ×
verb/noun × sentence shape, with look-alikes that must not fire."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from frame_checks import check_found


def _att(text: str, piece: str):
    hits = [a for a in analyze(text, lang="de").attributions if piece in a.content.text]
    assert hits, [a.content.text for a in analyze(text, lang="de").attributions]
    return hits[0]


# --- 1. direct quotes as blocks -----------------------------------------------------------------
# (text, content, cue, source label piece or "" for none)
BLOCKS = [
    # a frame ending with a colon in the paragraph before: verb × tense × subject shape
    ("Der Innenminister Boris Pistorius sagte am Montag vor Journalisten:\n\n„Wir werden die "
     "Grenzen nicht schließen.“", "Grenzen nicht schließen", "sagte", "Pistorius"),
    ("Die Bürgermeisterin hat am Abend erklärt:\n\n„Die Brücke bleibt bis zum Sommer gesperrt.“",
     "Brücke bleibt", "erklärt", "Bürgermeisterin"),
    ("Am Dienstag betonte der Trainer Julian Nagelsmann:\n\n„Wir wollen das Turnier gewinnen.“",
     "Turnier gewinnen", "betonte", "Nagelsmann"),
    ("Die Sprecherin des Verbandes schrieb der Zeitung:\n\n„Unsere Mitglieder sind empört.“",
     "Mitglieder sind empört", "schrieb", "Sprecherin"),
    # a quote taken up by the next sentence: "Mit diesen Worten", "So X." (verbless), "Dies sagte"
    ("„Wir haben lange genug gewartet.“ Mit diesen Worten eröffnete die Präsidentin Bärbel Bas "
     "die Sitzung.", "lange genug gewartet", "Mit diesen Worten", "Bas"),
    ("„Die Zeit drängt.“ Mit den Worten begann sie ihre Rede.", "Zeit drängt",
     "Mit den Worten", "sie"),
    ("„Das ist ein schwarzer Tag für die Demokratie.“ So der Fraktionschef der Grünen, Anton "
     "Hofreiter.", "schwarzer Tag", "So", "Hofreiter"),
    ("„Das ist ein schwarzer Tag.“ So Hofreiter am Dienstag in Berlin.", "schwarzer Tag", "So",
     "Hofreiter"),
    ("„Die Lage ist ernst.“ So die Polizei.", "Lage ist ernst", "So", "Polizei"),
    ("„Die Lage ist ernst.“ Dies sagte der Innenminister am Montag.", "Lage ist ernst", "sagte",
     "Innenminister"),
    # text on a sign or in a letter: the named owner, a letter itself, a sign without owner: none
    ("Auf den Transparenten der Demonstranten stand: „Kein Krieg in unserem Namen!“",
     "Kein Krieg", "stand", "Demonstranten"),
    ("Auf dem Plakat der Gewerkschaft Verdi war zu lesen: „Mehr Lohn jetzt!“", "Mehr Lohn",
     "war zu lesen", "Verdi"),
    ("Auf einem Schild an der Tür stand geschrieben: „Heute geschlossen.“", "Heute geschlossen",
     "stand geschrieben", ""),
    ("Auf einem Protestplakat stand: „Wir sind die Zukunft.“", "Wir sind die Zukunft", "stand",
     ""),
    ("Im Brief der Ministerin stand: „Die Schulen bleiben offen.“", "Schulen bleiben offen",
     "stand", "Ministerin"),
    ("In dem Schreiben hieß es: „Die Frist ist abgelaufen.“", "Frist ist abgelaufen", "hieß es",
     "Schreiben"),
    # "Weiter sagte X:", "X weiter:" after a name
    ("Der Trainer zeigte sich zufrieden. Weiter sagte er: „Die Mannschaft hat gekämpft.“",
     "Mannschaft hat gekämpft", "sagte", "Trainer"),
]


@pytest.mark.parametrize("text,piece,cue,source", BLOCKS, ids=[r[1] for r in BLOCKS])
def test_block_quote(text, piece, cue, source):
    att = _att(text, piece)
    assert att.kind == "direct"
    assert att.cue is not None and att.cue.text == cue
    label = "" if att.source is None else f"{att.source.text} | {att.source.name}"
    assert (source in label) if source else label == ""


# quotes that are names or scare quotes: no attribution; a quote after a narrative sentence
# whose follower is no frame keeps no taken-up cue
NO_QUOTE_FRAME = [
    "Der Roman „Die Blechtrommel“ erschien im Jahr 1959.",
    "Die Operation „Sichere Heimat“ lief ein Jahr lang.",
    "Das „Gute-Kita-Gesetz“ tritt im Januar in Kraft.",
    "Die Ausstellung „Kunst und Krieg“ ist bis Mai zu sehen.",
    "Auf dem Plakat war ein Bild des Kanzlers zu sehen.",
    "So kam es am Abend zu einem Stau auf der Autobahn.",
]


@pytest.mark.parametrize("text", NO_QUOTE_FRAME, ids=[t[:30] for t in NO_QUOTE_FRAME])
def test_no_quote_frame(text):
    atts = analyze(text, lang="de").attributions
    assert all(a.kind != "direct" for a in atts), [(a.rule, a.content.text) for a in atts]


@pytest.mark.parametrize("text", [
    "„Wir sind bereit.“ So kam es dann auch.",
    "„Wir sind bereit.“ Mit diesen Worten im Ohr fuhren die Fans nach Hause.",
])
def test_taken_up_lookalike_names_no_speaker(text):
    att = _att(text, "Wir sind bereit")
    assert att.cue is None or att.cue.text not in ("So", "Mit diesen Worten")


# --- 2. mit dem Argument/Hinweis/Verweis, consensus, view frames -------------------------------
# (text, content, outside, source)
MIT_NOUN = [
    # after any finite verb (V2 subject first), with a separated particle, with an auxiliary
    ("Die Regierung begegnet der Kritik mit dem Argument, die Reform sei notwendig.",
     "Reform sei notwendig", "Kritik", "Regierung"),
    ("Der Minister lehnte den Antrag ab mit dem Hinweis, die Kasse sei leer.", "Kasse sei leer",
     "Antrag", "Minister"),
    ("Der Senat wies die Klage mit dem Verweis zurück, das Gesetz sei verfassungsgemäß.",
     "Gesetz sei verfassungsgemäß", "Klage", "Senat"),
    ("Die Ministerin verteidigte die Reform mit dem Argument, sie sei gerecht.", "sei gerecht",
     "verteidigte", "Ministerin"),
    ("Die Gewerkschaft hat den Streik mit der Begründung beendet, die Löhne seien zu niedrig.",
     "Löhne seien", "Streik", "Gewerkschaft"),
    # fronted mit-phrase: the subject after the finite verb
    ("Mit dem Argument, die Kasse sei leer, lehnte der Minister den Antrag ab.",
     "Kasse sei leer", "lehnte", "Minister"),
    ("Mit dem Hinweis, die Kasse sei leer, hat die Kämmerin den Antrag abgelehnt.",
     "Kasse sei leer", "Antrag", "Kämmerin"),
    ("Mit der Begründung, das Gebäude sei baufällig, schloss die Stadt das Museum.",
     "Gebäude sei baufällig", "Museum", "Stadt"),
]


@pytest.mark.parametrize("text,content,outside,source", MIT_NOUN, ids=[r[1] for r in MIT_NOUN])
def test_mit_noun(text, content, outside, source):
    check_found(text, content, outside, source)


@pytest.mark.parametrize("text,piece", [
    # a werden-passive after the fronted phrase: the patient gives no reason
    ("Mit der Begründung, die Räume würden gebraucht, wurden die Redakteure verlegt.",
     "Räume würden gebraucht"),
    # a mit-phrase that is no statement noun
    ("Mit dem Zug, der um acht Uhr fuhr, kamen die Fans nach Berlin.", "Zug"),
])
def test_mit_noun_lookalike(text, piece):
    for att in analyze(text, lang="de").attributions:
        assert not (piece in att.content.text and att.source is not None
                    and att.source.name in ("Redakteure", "Fans")), att


CONSENSUS = [
    ("Unter den Experten herrschte Konsens, dass die Reform zu spät komme.",
     "Reform zu spät komme", "Konsens", "Experten"),
    ("Zwischen Bund und Ländern herrscht Einvernehmen, dass die Schulen offen bleiben.",
     "Schulen offen bleiben", "herrscht", "Bund"),
    ("Bei den Teilnehmern bestand Einigkeit darüber, dass die Steuern sinken sollen.",
     "Steuern sinken sollen", "darüber", "Teilnehmern"),
    ("Konsens war, dass die Reform zu spät komme.", "Reform zu spät komme", "Konsens", ""),
    ("Es bestand Einigkeit darüber, dass die Steuern sinken sollen.", "Steuern sinken sollen",
     "Einigkeit", ""),
    ("Unter den Beobachtern herrscht Streit, wer gewonnen hat. So gibt es einen Konsens "
     "darüber, dass keiner der Kandidaten versagt hat, allerdings lobten viele die Moderatorin.",
     "keiner der Kandidaten versagt hat", "allerdings", "Beobachtern"),
]


@pytest.mark.parametrize("text,content,outside,source", CONSENSUS, ids=[r[1] for r in CONSENSUS])
def test_consensus(text, content, outside, source):
    check_found(text, content, outside, source)


def test_consensus_as_topic_frames_nothing():
    text = "Der Konsens, dass Schulden schlecht sind, zerbrach im Jahr 2020."
    assert not [a for a in analyze(text, lang="de").attributions if a.rule == "nominal_consensus"]


VIEWS = [
    ("Nach Ansicht von Experten ist die Reform zu spät gekommen.", "Reform zu spät", "Ansicht",
     "Experten"),
    ("Nach Auffassung des Gerichts ist das Gesetz verfassungswidrig.", "verfassungswidrig",
     "Auffassung", "Gericht"),
    ("Nach Einschätzung der Polizei war der Täter allein.", "Täter allein", "Polizei", "Polizei"),
    ("Nach Überzeugung der Ermittler handelte der Täter allein.", "Täter allein", "Ermittler",
     "Ermittler"),
    ("Aus Sicht von Greenpeace ist das Projekt gescheitert.", "Projekt gescheitert", "Sicht",
     "Greenpeace"),
]


@pytest.mark.parametrize("text,content,outside,source", VIEWS, ids=[r[1] for r in VIEWS])
def test_view_frames(text, content, outside, source):
    check_found(text, content, outside, source)


# --- 3. according-to: coordinated, citing, so + adverb ------------------------------------------
LAUT = [
    ("Laut Polizei und Feuerwehr wurden drei Menschen verletzt.", "drei Menschen verletzt",
     "Feuerwehr", "Polizei und Feuerwehr"),
    ("Laut der Polizei und der Feuerwehr wurden drei Menschen verletzt.",
     "drei Menschen verletzt", "Feuerwehr", "Feuerwehr"),
    ("Drei Menschen wurden verletzt, laut Polizei und Rettungsdienst.", "Menschen wurden verletzt",
     "Rettungsdienst", "Polizei und Rettungsdienst"),
    ("Drei Menschen wurden laut Polizei und Feuerwehr verletzt.", "Menschen wurden",
     "", "Polizei und Feuerwehr"),
    ("Laut NDR unter Berufung auf Scotland Yard wurden drei Männer festgenommen.",
     "drei Männer festgenommen", "Berufung", "Scotland Yard"),
    ("Laut der BBC unter Berufung auf Regierungskreise wurden drei Männer festgenommen.",
     "drei Männer festgenommen", "Berufung", "Regierungskreise"),
    # not an outlet: the police speak itself; the citing phrase is still no content
    ("Laut Polizei unter Berufung auf Zeugen floh der Täter zu Fuß.", "Täter zu Fuß",
     "Berufung", "Polizei"),
    # "so" with a time or an adverb before the speaker
    ("Drei Männer wurden festgenommen, so am Montag die Polizei.", "Männer wurden festgenommen",
     "Montag", "Polizei"),
    ("Die Lage sei ernst, so auch der Sprecher des Ministeriums.", "Lage sei ernst", "Sprecher",
     "Sprecher"),
    ("Die Lage sei ernst, so gestern Innenministerin Nancy Faeser.", "Lage sei ernst", "gestern",
     "Faeser"),
]


@pytest.mark.parametrize("text,content,outside,source", LAUT, ids=[r[0][:40] for r in LAUT])
def test_laut_and_so(text, content, outside, source):
    check_found(text, content, outside, source)


def test_laut_citing_outlet_is_via():
    att = _att("Laut NDR unter Berufung auf Scotland Yard wurden drei Männer festgenommen.",
               "festgenommen")
    assert [v.name for v in att.via] == ["NDR"]


@pytest.mark.parametrize("text,source", [
    # a clause coordinated after the laut phrase: the second noun phrase is its subject
    ("Der Täter floh laut Polizei und die Feuerwehr löschte den Brand.", "Polizei"),
    ("Laut Polizei wurde niemand verletzt, und die Feuerwehr rückte wieder ab.", "Polizei"),
])
def test_laut_coordination_lookalike(text, source):
    att = _att(text, "")
    assert att.source is not None and att.source.text == source


def test_so_dass_is_no_frame():
    text = "Die Arbeiten dauerten lange, so dass die Straße gesperrt blieb."
    assert not [a for a in analyze(text, lang="de").attributions if a.rule == "according_so"]


# --- 4. the statement noun's clause, not a verb inside it ---------------------------------------
NOUN_CLAUSE = [
    ("Die Warnung des Wetterdienstes, es drohten Überschwemmungen, wurde ernst genommen.",
     "es drohten Überschwemmungen", "ernst", "Wetterdienst"),
    ("Die Warnung des Wetterdienstes, es drohten Überschwemmungen, kam zu spät.",
     "es drohten Überschwemmungen", "spät", "Wetterdienst"),
    ("Die Behauptung der Opposition, die Regierung habe gelogen, wies der Kanzler zurück.",
     "Regierung habe gelogen", "Kanzler", "Opposition"),
    ("Die Befürchtung der Bauern, die Ernte falle aus, bewahrheitete sich nicht.",
     "Ernte falle aus", "bewahrheitete", "Bauern"),
]


@pytest.mark.parametrize("text,content,outside,source", NOUN_CLAUSE,
                         ids=[r[1] for r in NOUN_CLAUSE])
def test_noun_clause_source(text, content, outside, source):
    check_found(text, content, outside, source)
    # nothing is framed from inside the noun's clause onto the main clause
    for att in analyze(text, lang="de").attributions:
        assert att.source is None or att.source.name not in ("Überschwemmungen", "Ernte")


@pytest.mark.parametrize("text", [
    # an apposition after the owner is no clause
    "Die Kernaussage von Jerome Lanz, dem Chef von Nordwind, lautete dazu: „Wir sind zufrieden.“",
    # a relative clause after the noun
    "Die Warnung des Wetterdienstes, die am Morgen kam, wurde ernst genommen.",
])
def test_noun_clause_lookalike(text):
    for att in analyze(text, lang="de").attributions:
        assert att.rule != "nominal_frame" or "dem Chef" not in att.content.text
        assert not att.content.text.startswith("die am Morgen")
