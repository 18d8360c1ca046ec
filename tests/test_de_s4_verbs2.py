"""Session 4 German verb frames, wave 2: particle verbs of reply and objection in every
position (V2 with the particle closing the clause, fronted content, Perfekt with the joined
participle, a fronted subordinate clause whose main clause comes back, coordinated subjects),
experiencer frames with a speech infinitive (`Ihm war es wichtig zu betonen, dass …`),
passive speech whose speaker is the mover of a motion (`Zur Begründung des Antrags der Grünen
wurde betont, …`), and the loose ends of wave 1 (a name given is no report, the stance
adjective of `zeigte sich sicher`, a fronted `Zusammen mit X` is no object). All sentences
are invented."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from cue_checks import cue_words
from frame_checks import check_found

# (sentence, a piece of the content, a piece that must stay outside it, a piece of the source)
REPLIES = [
    # setzen … entgegen: V2, fronted object, Perfekt, coordinated subject
    ("Die Gewerkschaft setzte dem entgegen, dass die Löhne seit Jahren stagnierten.", "Löhne seit Jahren", "entgegen", "Gewerkschaft"),
    ("Dem setzte der Verband entgegen, dass die Mieten weiter stiegen.", "Mieten weiter", "Verband", "Verband"),
    ("Der Verband hat dem entgegengesetzt, dass die Mieten weiter stiegen.", "Mieten weiter", "Verband", "Verband"),
    ("CDU und FDP setzten dem entgegen, dass die Kosten zu hoch seien.", "Kosten zu hoch", "setzten", "CDU"),
    # halten … dagegen / gab … zurück
    ("Der Bürgermeister hielt dagegen, dass die Stadt kein Geld habe.", "kein Geld", "hielt", "Bürgermeister"),
    ("Grüne und Linke hielten dagegen, die Reform belaste vor allem Geringverdiener.", "Reform belaste", "hielten", "Grüne"),
    ("Die Opposition hat dagegengehalten, das Gesetz sei verfassungswidrig.", "verfassungswidrig", "Opposition", "Opposition"),
    ("Der Trainer gab zurück, seine Mannschaft habe gut gespielt.", "Mannschaft habe", "Trainer", "Trainer"),
    ("Seine Mannschaft habe gut gespielt, gab der Trainer zurück.", "Mannschaft habe", "Trainer", "Trainer"),
    # entgegnen / einwenden / einwerfen / festhalten / klarstellen / kontern / widersprechen / einräumen
    ("Die Zahlen seien veraltet, entgegnete die Ministerin.", "Zahlen seien", "Ministerin", "Ministerin"),
    ("Sein Mandant sei nicht vor Ort gewesen, wandte der Anwalt ein.", "Mandant sei", "Anwalt", "Anwalt"),
    ("Der Anwalt hat eingewandt, sein Mandant sei nicht vor Ort gewesen.", "Mandant sei", "eingewandt", "Anwalt"),
    ("Kritiker wandten dagegen ein, die Maßnahme komme zu spät.", "Maßnahme komme", "Kritiker", "Kritiker"),
    ("Der Haushalt sei nicht gedeckt, warf die Abgeordnete ein.", "Haushalt sei", "Abgeordnete", "Abgeordnete"),
    ("Die Frist sei abgelaufen, hielt der Richter fest.", "Frist sei", "Richter", "Richter"),
    ("Der Sprecher hat klargestellt, dass es keine Entlassungen gebe.", "keine Entlassungen", "klargestellt", "Sprecher"),
    ("Die Opposition habe selbst keine Lösung, konterte der Minister.", "keine Lösung", "Minister", "Minister"),
    ("Der Konzern widersprach: Die Anlage sei sicher.", "Anlage sei sicher", "widersprach", "Konzern"),
    ("Allerdings räumte der Kanzler ein, dass die Reform nicht gelungen sei.", "Reform nicht gelungen", "Allerdings", "Kanzler"),
    ("Der Sprecher des Konzerns, Peter Maier, stellte klar, dass keine Stellen gestrichen würden.", "keine Stellen", "Maier", "Maier"),
    # a fronted subordinate frame: the main clause comes back with a weak, cue or strong past
    ("Als die Ministerin einräumte, dass Fehler gemacht worden seien, forderte die Opposition ihren Rücktritt.", "Fehler gemacht", "Opposition", "Ministerin"),
    ("Als der Anwalt einwandte, dass sein Mandant nicht vor Ort gewesen sei, unterbrach ihn der Richter.", "Mandant nicht", "Richter", "Anwalt"),
    ("Als der Minister konterte, die Opposition habe keine Lösung, verließen die Abgeordneten den Saal.", "keine Lösung", "Saal", "Minister"),
    ("Während die Ministerin einräumte, dass Fehler passiert seien, widersprach ihr Staatssekretär.", "Fehler passiert", "Staatssekretär", "Ministerin"),
    ("Als die Verteidiger einwandten, die Beweise seien gefälscht, vertagte der Richter die Sitzung.", "Beweise seien", "Sitzung", "Verteidiger"),
    ("Als der Trainer zurückgab, seine Mannschaft habe gut gespielt, lachten die Reporter.", "Mannschaft habe", "Reporter", "Trainer"),
    # Plusquamperfekt, modal, pronoun subject, fronted object, adverbs in the middle field
    ("Dem hatte die Ministerin entgegengesetzt, dass die Kosten sinken würden.", "Kosten sinken", "Dem", "Ministerin"),
    ("Die Gewerkschaft wollte dem entgegensetzen, dass die Löhne stagnierten.", "Löhne stagnierten", "wollte", "Gewerkschaft"),
    ("Der Bürgermeister hatte dagegengehalten, dass die Stadt kein Geld habe.", "kein Geld", "hatte", "Bürgermeister"),
    ("Er hielt dagegen, die Stadt habe kein Geld.", "kein Geld", "hielt", "Er"),
    ("Die Stadt habe kein Geld, hielt der Bürgermeister dagegen.", "kein Geld", "Bürgermeister", "Bürgermeister"),
    ("Der Trainer hatte zurückgegeben, seine Mannschaft habe gut gespielt.", "Mannschaft habe", "zurückgegeben", "Trainer"),
    ("Der Anwalt wandte am Dienstag vor Gericht ein, sein Mandant sei unschuldig.", "Mandant sei", "Dienstag", "Anwalt"),
    ("Der Anwalt des Angeklagten, Peter Klein, wandte ein, sein Mandant sei unschuldig.", "Mandant sei", "Klein", "Peter Klein"),
]


@pytest.mark.parametrize("text,content,outside,source", REPLIES)
def test_reply_verbs(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


# the same particle verbs with an object and no clause: an action, nothing reported
REPLY_LOOKALIKES = [
    "Sie gab das Buch am Montag zurück.",
    "Er setzte dem Treiben ein Ende.",
    "Die Demonstranten setzten der Polizei Widerstand entgegen.",
    "Die Polizei hielt den Verdächtigen fest.",
    "Er warf den Ball ein.",
    "Sie widersprach dem Vorschlag.",
    "Als der Anwalt einwandte, dass sein Mandant krank sei.",
    "Er gab ihr das Geld zurück, das sie ihm geliehen hatte.",
    "Der Verein setzte dem Gegner drei Tore entgegen.",
    "Sie hielt dagegen die Tür offen.",
]


@pytest.mark.parametrize("text", REPLY_LOOKALIKES)
def test_reply_lookalikes(text: str) -> None:
    assert not [a.content.text for a in analyze(text, lang="de").attributions if a.source]


EXPERIENCERS = [
    # a dative experiencer + war es wichtig / ein Anliegen + speech infinitive
    ("Dem Minister war es wichtig zu betonen, dass die Reform sozial ausgewogen sei.", "sozial ausgewogen", "wichtig", "Minister"),
    ("Der Ministerin war es ein Anliegen, klarzustellen, dass niemand entlassen werde.", "niemand entlassen", "Anliegen", "Ministerin"),
    ("Ihm war es wichtig, noch einmal zu betonen, dass die Firma keine Schuld trage.", "keine Schuld", "betonen", "Ihm"),
    ("Es war ihm wichtig zu betonen, dass die Firma keine Schuld trage.", "keine Schuld", "wichtig", "ihm"),
    ("Dabei war es dem Trainer wichtig hervorzuheben, die Mannschaft habe Charakter gezeigt.", "Charakter gezeigt", "Trainer", "Trainer"),
    ("SPD und Linken war es wichtig zu betonen, dass die Mieten bezahlbar bleiben müssten.", "Mieten bezahlbar", "wichtig", "SPD"),
    # lag daran / war daran gelegen
    ("Ihm lag daran klarzustellen, dass er nicht zurücktreten werde.", "nicht zurücktreten", "daran", "Ihm"),
    ("Dem Verband lag viel daran, festzuhalten, dass die Preise stabil blieben.", "Preise stabil", "daran", "Verband"),
    ("Der Partei war daran gelegen zu betonen, dass sie geschlossen sei.", "geschlossen sei", "gelegen", "Partei"),
    # a subject that weighs it: legte Wert darauf / auf die Feststellung
    ("Die Kanzlerin legte Wert darauf, zu betonen, dass Deutschland ein verlässlicher Partner bleibe.", "verlässlicher Partner", "Wert", "Kanzlerin"),
    ("Der Bürgermeister legte Wert auf die Feststellung, dass die Stadt schuldenfrei sei.", "schuldenfrei", "Feststellung", "Bürgermeister"),
    ("Die Kanzlerin legte großen Wert auf die Feststellung, dass Deutschland verlässlich bleibe.", "verlässlich bleibe", "Wert", "Kanzlerin"),
    ("Beide Regierungen legten aber Wert darauf, dass auch andere Länder Soldaten schicken.", "andere Länder", "Wert", "Regierungen"),
]


@pytest.mark.parametrize("text,content,outside,source", EXPERIENCERS)
def test_experiencer_frames(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


# stance without a speech infinitive, or a speech infinitive without a reported clause
EXPERIENCER_LOOKALIKES = [
    "Dem Trainer war es wichtig, pünktlich zu sein.",
    "Ihm lag daran, das Haus schnell zu verkaufen.",
    "Die Firma legte Wert auf gute Qualität.",
    "Der Kanzlerin war es wichtig zu betonen, was sie erreicht hatte.",
]


@pytest.mark.parametrize("text", EXPERIENCER_LOOKALIKES)
def test_experiencer_lookalikes(text: str) -> None:
    assert not [a for a in analyze(text, lang="de").attributions
                if a.rule.startswith("experiencer")]


PASSIVES = [
    # the agent phrase names the speaker
    ("Von der Opposition wurde betont, dass die Reform zu teuer sei.", "zu teuer", "Opposition", "Opposition"),
    ("Seitens der Stadtverwaltung wurde erklärt, man prüfe den Vorfall.", "prüfe den Vorfall", "Seitens", "Stadtverwaltung"),
    # the owner of the motion put forward is the speaker
    ("Zur Begründung des Antrags der Grünen wurde betont, ein Modellprojekt sei ein Standortvorteil.", "Modellprojekt", "Antrags", "Grünen"),
    ("Bei der Vorstellung des Gesetzentwurfs der Regierung wurde betont, die Reform sei für Familien gut.", "Familien gut", "Gesetzentwurfs", "Regierung"),
    ("Zur Begründung der Vorlage der SPD wurde ausgeführt, dass der Wohnraum bezahlbar bleiben müsse.", "Wohnraum bezahlbar", "Vorlage", "SPD"),
    ("Bei der Einbringung des Antrags von Bürgermeister Peter Schulz wurde erklärt, die Stadt brauche mehr Kitas.", "mehr Kitas", "Einbringung", "Peter Schulz"),
    ("Bei der Einbringung des CDU-Antrags der Fraktion wurde erklärt, die Stadt brauche mehr Kitas.", "mehr Kitas", "Einbringung", "Fraktion"),
    # no agent, no mover: said by nobody named
    ("Als Grund wurde genannt, dass die Finanzierung fehle.", "Finanzierung fehle", "Grund", ""),
    ("Dabei wurde betont, die Sicherheit habe Vorrang.", "Sicherheit habe", "Dabei", ""),
]


@pytest.mark.parametrize("text,content,outside,source", PASSIVES)
def test_passive_speakers(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


PASSIVE_LOOKALIKES = [
    "Zur Begründung des Antrags der Grünen wurde eine Studie vorgelegt.",
    "Bei der Vorstellung des Gesetzentwurfs der Regierung wurde gelacht.",
    "Von der Polizei wurde der Mann festgenommen.",
    "Der Antrag der Grünen wurde abgelehnt.",
]


@pytest.mark.parametrize("text", PASSIVE_LOOKALIKES)
def test_passive_lookalikes(text: str) -> None:
    assert not [a for a in analyze(text, lang="de").attributions if a.source is not None]


NAMES_GIVEN = [
    ("Er nennt seinen Sohn Paul.", False),
    ("Die Eltern nannten ihre Tochter Marie Luise.", False),
    ("Sie nannten das Baby Emma.", False),
    ("Der Minister nannte seine Gründe.", True),
    ("Der Minister nannte die Reform einen Fehler.", True),
    ("Der Verband nannte seine Forderungen Anfang der Woche.", True),
]


@pytest.mark.parametrize("text,reports", NAMES_GIVEN)
def test_name_given_is_no_report(text: str, reports: bool) -> None:
    assert bool(analyze(text, lang="de").attributions) is reports


STANCE_CUES = [
    ("Der Minister zeigte sich sicher, dass die Verhandlungen gelingen würden.", "zeigte sich sicher"),
    ("Die Trainerin zeigte sich sehr stolz, dass ihr Team gewonnen habe.", "zeigte sich stolz"),
    ("Die Ärztin zeigte sich zuversichtlich, dass der Patient bald entlassen werde.", "zeigte sich zuversichtlich"),
    ("Der Manager gab sich froh, dass der Vertrag unterschrieben sei.", "gab sich froh"),
]


@pytest.mark.parametrize("text,words", STANCE_CUES)
def test_stance_adjective_in_cue(text: str, words: str) -> None:
    atts = analyze(text, lang="de").attributions
    assert atts and cue_words(atts[0].cue) == words


# a fronted "Zusammen mit X" is no object of the frame; the content starts after the subject
FRONTED_PP = [
    ("Zusammen mit dem Verband plädierte die Ministerin für eine schnellere Reform.", "schnellere Reform", "Zusammen", "Ministerin"),
    ("Gemeinsam mit der SPD plädierten die Grünen für ein Tempolimit.", "Tempolimit", "Gemeinsam", "Grüne"),
    ("Zusammen mit dem Verband sprach sich die Ministerin für eine Reform aus.", "eine Reform", "Zusammen", "Ministerin"),
    ("Am Montag plädiert die Ministerin für eine schnellere Reform.", "schnellere Reform", "Montag", "Ministerin"),
]


@pytest.mark.parametrize("text,content,outside,source", FRONTED_PP)
def test_fronted_pp_is_no_object(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


def test_institution_with_fuer_is_no_pp_object() -> None:
    """`das Bundesamt für Strahlenschutz` keeps its für: no content is cut from the name."""
    assert not analyze("Dafür plädierte das Bundesamt für Strahlenschutz.", lang="de").attributions


# "Dies teilte X mit" opening a paragraph points back to the last sentence of the paragraph
# before; a headline (no closing stop) is no content
ANAPHORS = [
    ("Der König lud den Premier in den Palast ein.\n\nDies teilte der Ministerpräsident am Sonntag mit.", "König lud", "Ministerpräsident"),
    ("Es regnete. Das Wetter war schlecht.\n\nDas bestätigte der Wetterdienst am Montag.", "Wetter war schlecht", "Wetterdienst"),
    ("Die Mieten steigen. Dies sagte die Ministerin am Montag.", "Mieten steigen", "Ministerin"),
]


@pytest.mark.parametrize("text,content,source", ANAPHORS)
def test_anaphor_points_back(text: str, content: str, source: str) -> None:
    check_found(text, content, "teilte", source)


def test_anaphor_after_headline_is_no_report() -> None:
    assert not analyze("Titel der Meldung\n\nDies teilte der Ministerpräsident am Sonntag mit.",
                       lang="de").attributions


# judgement speech acts with an als-phrase, and a reason given with "begründete X mit Y"
JUDGEMENTS = [
    ("Der Außenminister attackierte den Iran als führenden Förderer von Terrorismus.", "als führenden Förderer", "attackierte", "Außenminister"),
    ("Eine Organisation feierte die Absage als großen Erfolg für das Land.", "großen Erfolg", "feierte", "Organisation"),
    ("Die Ministerin tat die Vorwürfe als haltlos ab.", "als haltlos", "tat", "Ministerin"),
    ("Der Konzern stellte den Plan als alternativlos dar.", "als alternativlos", "stellte", "Konzern"),
    ("Die Opposition brandmarkte das Gesetz als Angriff auf die Pressefreiheit.", "Angriff auf die Pressefreiheit", "brandmarkte", "Opposition"),
    ("Der Papst pries den Verstorbenen als mutigen Kämpfer für den Frieden.", "mutigen Kämpfer", "pries", "Papst"),
    ("Stoiber begründete seinen Rückzug mit einer veränderten Lage nach der Wahl.", "veränderten Lage", "begründete", "Stoiber"),
    ("Der Bundespräsident begründete seine Entscheidung mit der fehlenden Mehrheit im Bundestag.", "fehlenden Mehrheit", "Bundespräsident", "Bundespräsident"),
]


@pytest.mark.parametrize("text,content,outside,source", JUDGEMENTS)
def test_judgement_speech_acts(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


JUDGEMENT_LOOKALIKES = [
    "Der Hamburger SV feierte am Mittwoch den Sieg.",
    "Die Soldaten attackierten die Stellung im Morgengrauen.",
    "Das Team feierte, als der Schlusspfiff ertönte.",
    "Die Studie stellte die Ergebnisse in einer Grafik dar.",
    "Der Antrag wurde mit der schwierigen Lage begründet.",
]


@pytest.mark.parametrize("text", JUDGEMENT_LOOKALIKES)
def test_judgement_lookalikes(text: str) -> None:
    assert not analyze(text, lang="de").attributions


def test_begruenden_damit_cue_keeps_no_correlative() -> None:
    """`begründete X damit, dass …`: the cue is the verb alone (the gold convention)."""
    att = analyze("Die Agentur begründet die Bewertung damit, dass die Schulden sinken würden.",
                  lang="de").attributions[0]
    assert cue_words(att.cue) == "begründet" and att.content.text.startswith("dass")


def test_wert_darauf_cue_in_pieces() -> None:
    att = analyze("Die Stadt legte Wert darauf, dass die Bürger früh informiert würden.",
                  lang="de").attributions[0]
    assert cue_words(att.cue) == "legte Wert darauf" and att.content.text.startswith("dass")
