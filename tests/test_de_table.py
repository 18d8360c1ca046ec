"""German attribution rules, one construction per row (sentences written for these tests).

Each row: text -> the attribution whose content contains `content` has this kind, this cue
and a source whose mention text or name contains `source` ("" = no source, None = anything).
"""

from __future__ import annotations

import pytest

from claimgraph import analyze
from cue_checks import cue_words

ROWS = [
    # --- direct quotes: speaker after, before, around; Swiss «», German „“, Austrian »«
    ("«Wir senken die Gebühren im Herbst», sagte die Gemeindepräsidentin Ruth Keller.",
     "direct", "Ruth Keller", "Wir senken die Gebühren", "sagte"),
    ("„Das Spiel war eine Enttäuschung“, erklärte Trainer Hansi Flick nach dem Abpfiff.",
     "direct", "Hansi Flick", "Das Spiel war eine Enttäuschung", "erklärte"),
    ("»Die Lawinengefahr bleibt hoch«, warnte ein Sprecher der Bergrettung.",
     "direct", "Sprecher der Bergrettung", "Die Lawinengefahr bleibt hoch", "warnte"),
    ("Die Ministerin sagte: «Wir werden das Gesetz noch in diesem Jahr vorlegen.»",
     "direct", "Ministerin", "Wir werden das Gesetz", "sagte"),
    ("Polizeisprecher Markus Weber erklärte: „Der Fahrer war deutlich zu schnell unterwegs.“",
     "direct", "Markus Weber", "Der Fahrer war deutlich", "erklärte"),
    ("«Die Zahlen sind gut», sagte Konzernchef Thomas Meier, «aber wir bleiben vorsichtig.»",
     "direct", "Thomas Meier", "aber wir bleiben vorsichtig", "sagte"),
    ("„Wir haben verdient gewonnen. Die Mannschaft hat gekämpft. Jetzt feiern wir“, sagte "
     "Kapitän Jonas Berg.", "direct", "Jonas Berg", "Die Mannschaft hat gekämpft", "sagte"),
    ("«Wir fordern sofortige Neuwahlen», so SVP-Präsident Marcel Dettling.",
     "direct", "Marcel Dettling", "Wir fordern sofortige Neuwahlen", "so"),
    ("„Die Brücke ist nicht mehr sicher“, betonte der Ingenieur gegenüber der „Süddeutschen "
     "Zeitung“.", "direct", "Ingenieur", "Die Brücke ist nicht mehr sicher", "betonte"),
    ("Die Bürgermeisterin fügte hinzu: „Die Schulen bleiben bis Montag geschlossen.“",
     "direct", "Bürgermeisterin", "Die Schulen bleiben", "fügte hinzu"),
    ("»Wir haben die Lage im Griff«, versicherte Innenminister Gerhard Karner in Wien.",
     "direct", "Gerhard Karner", "Wir haben die Lage im Griff", "versicherte"),
    ("„Die Preise werden weiter steigen“, sagte er.", "direct", "er",
     "Die Preise werden weiter steigen", "sagte"),
    # --- relays of direct quotes
    ("Die «Neue Zürcher Zeitung» zitiert den Bankier Urs Frei: «Die Zinsen bleiben tief.»",
     "direct", "Urs Frei", "Die Zinsen bleiben tief", "zitiert"),
    ("Der Sportdirektor Max Eberl sagte gegenüber dem «Kicker»: «Der Trainer bleibt im Amt.»",
     "direct", "Max Eberl", "Der Trainer bleibt im Amt", "sagte"),
    # --- indirect speech: dass, V2, Konjunktiv I
    ("Der Bürgermeister sagte, dass die Straße im Mai wieder geöffnet werde.",
     "indirect", "Bürgermeister", "die Straße im Mai wieder geöffnet", "sagte"),
    ("Die Polizei teilte mit, dass zwei Verdächtige festgenommen worden seien.",
     "indirect", "Polizei", "zwei Verdächtige festgenommen", "teilte mit"),
    ("Finanzministerin Karin Keller-Sutter erklärte, der Bund müsse mehr sparen.",
     "indirect", "Karin Keller-Sutter", "der Bund müsse mehr sparen", "erklärte"),
    ("Am Montag sagte der Trainer, er habe keine Angst vor dem Abstieg.",
     "indirect", "Trainer", "er habe keine Angst", "sagte"),
    ("Der Konzern hat am Dienstag bestätigt, dass 300 Stellen wegfallen.",
     "indirect", "Konzern", "300 Stellen wegfallen", "bestätigt"),
    ("Ein Sprecher der Staatsanwaltschaft betonte, die Ermittlungen stünden erst am Anfang.",
     "indirect", "Sprecher der Staatsanwaltschaft", "die Ermittlungen stünden", "betonte"),
    ("Die Gewerkschaft kündigte an, dass sie am Freitag streiken werde.",
     "indirect", "Gewerkschaft", "am Freitag streiken", "kündigte an"),
    ("Der Minister räumte ein, dass Fehler gemacht worden seien.",
     "indirect", "Minister", "Fehler gemacht worden seien", "räumte ein"),
    ("Die Klubführung gab bekannt, dass der Vertrag mit dem Stürmer verlängert wurde.",
     "indirect", "Klubführung", "Vertrag mit dem Stürmer", "gab bekannt"),
    # --- postposed frames
    ("Der Verkehr auf der A1 staut sich auf zwölf Kilometern, meldet der «TCS».",
     "indirect", "TCS", "Der Verkehr auf der A1", "meldet"),
    ("Die Fabrik soll Ende Jahr schließen, berichtet die Zeitung «Der Bund».",
     "indirect", "Bund", "Die Fabrik soll Ende Jahr schließen", "berichtet"),
    ("Der Angeklagte habe die Tat gestanden, sagte die Richterin.",
     "indirect", "Richterin", "Der Angeklagte habe die Tat gestanden", "sagte"),
    ("Die Waldbrände seien unter Kontrolle, teilte die Feuerwehr mit.",
     "indirect", "Feuerwehr", "Die Waldbrände seien unter Kontrolle", "teilte mit"),
    # --- according-to
    ("Laut Polizei wurden bei dem Unfall drei Personen verletzt.",
     "according_to", "Polizei", "drei Personen verletzt", "Laut"),
    ("Laut dem Bundesamt für Statistik stiegen die Mieten um vier Prozent.",
     "according_to", "Bundesamt für Statistik", "stiegen die Mieten", "Laut"),
    ("Gemäss SBB fallen am Wochenende mehrere Züge aus.",
     "according_to", "SBB", "fallen am Wochenende mehrere Züge aus", "Gemäss"),
    ("Gemäß einer Mitteilung des Ministeriums bleiben die Grenzen offen.",
     "according_to", "Ministeriums", "bleiben die Grenzen offen", "Gemäß"),
    ("Dem Bericht zufolge haben die Behörden die Warnungen ignoriert.",
     "according_to", "Bericht", "die Behörden die Warnungen ignoriert", "zufolge"),
    ("Einem Bericht der «Financial Times» zufolge plant die Bank eine Übernahme.",
     "according_to", "Financial Times", "plant die Bank eine Übernahme", "zufolge"),
    ("Nach Angaben der Feuerwehr brach das Feuer im Keller aus.",
     "according_to", "Feuerwehr", "brach das Feuer im Keller aus", "Nach Angaben"),
    ("Nach Polizeiangaben war der Fahrer betrunken.",
     "according_to", "Polizei", "war der Fahrer betrunken", "Nach"),
    ("Nach Angaben von Augenzeugen fielen mehrere Schüsse.",
     "according_to", "Augenzeugen", "fielen mehrere Schüsse", "Nach Angaben"),
    ("Die Inflation wird im nächsten Jahr sinken, so die Europäische Zentralbank.",
     "according_to", "Zentralbank", "Die Inflation wird im nächsten Jahr sinken", "so"),
    ("Wie die Stadtverwaltung mitteilte, wird das Hallenbad im Juni saniert.",
     "according_to", "Stadtverwaltung", "wird das Hallenbad im Juni saniert", "Wie mitteilte"),
    ("Das Spiel wurde wegen Nebels abgebrochen, wie der Verband berichtet.",
     "according_to", "Verband", "Das Spiel wurde wegen Nebels abgebrochen", "wie berichtet"),
    ("Der Vorstand tagte bis spät in die Nacht. Demnach soll der Chef bald zurücktreten.",
     "according_to", "", "soll der Chef bald zurücktreten", "Demnach"),
    ("NATO-Angaben zufolge wurden zwei Drohnen abgeschossen.",
     "according_to", "NATO", "wurden zwei Drohnen abgeschossen", "zufolge"),
    # --- relays: the relaying outlet becomes via
    ("Die Zeitung berichtet unter Berufung auf Diplomaten, dass die Gespräche gescheitert seien.",
     "indirect", "Diplomaten", "die Gespräche gescheitert seien", "berichtet"),
    ("Er kritisiert die Reform scharf, wie der «Tages-Anzeiger» berichtet.",
     "indirect", "Er", "die Reform scharf", "kritisiert"),
    # --- beliefs, assessments, evidence
    ("Die Regierung geht davon aus, dass die Wirtschaft wieder wächst.",
     "indirect", "Regierung", "die Wirtschaft wieder wächst", "geht davon aus"),
    ("Der Verband rechnet mit einem Rückgang der Exporte.",
     "indirect", "Verband", "einem Rückgang der Exporte", "rechnet mit"),
    ("Viele Anwohner befürchten, dass der Lärm weiter zunimmt.",
     "indirect", "Anwohner", "der Lärm weiter zunimmt", "befürchten"),
    ("Die Ärztin vermutet, dass das Virus aus dem Ausland eingeschleppt wurde.",
     "indirect", "Ärztin", "das Virus aus dem Ausland", "vermutet"),
    ("Umfragen zeigen, dass die Mehrheit das Projekt ablehnt.",
     "indirect", "Umfragen", "die Mehrheit das Projekt ablehnt", "zeigen"),
    ("Experten halten eine Rezession für wahrscheinlich.",
     "indirect", "Experten", "eine Rezession für wahrscheinlich", "halten"),
    ("Beobachter sehen in dem Treffen ein Zeichen der Entspannung.",
     "indirect", "Beobachter", "ein Zeichen der Entspannung", "sehen"),
    ("Die Ökonomin schätzt, dass die Preise um drei Prozent steigen.",
     "indirect", "Ökonomin", "die Preise um drei Prozent steigen", "schätzt"),
    # --- mixed quotes
    ("Der Umweltverband warnt vor «irreparablen Schäden am Gletscher».",
     "mixed", "Umweltverband", "irreparablen Schäden am Gletscher", "warnt vor"),
    ("Die Opposition spricht von einem „Skandal ohne Beispiel“ in der Geschichte des Landes.",
     "mixed", "Opposition", "Skandal ohne Beispiel", "spricht von"),
    ("Der Kanzler bezeichnete den Vorschlag als „völlig unrealistisch“.",
     "mixed", "Kanzler", "völlig unrealistisch", "bezeichnete"),
    # --- reportative sollen
    ("Der Täter soll das Auto am Bahnhof gestohlen haben.",
     "reportative", "", "das Auto am Bahnhof gestohlen haben", "soll"),
    ("Im Norden sollen bereits hunderte Häuser zerstört worden sein.",
     "reportative", "", "hunderte Häuser zerstört worden sein", "sollen"),
    # --- continuations: Konjunktiv I after a frame keeps the source
    ("Die Direktorin sagte, das Museum bleibe offen. Die Sammlung werde aber verkleinert.",
     "indirect", "Direktorin", "Die Sammlung werde aber verkleinert", None),
    ("Der Trainer erklärte: «Wir sind bereit.» Die Mannschaft sei in guter Form.",
     "indirect", "Trainer", "Die Mannschaft sei in guter Form", None),
    ("Der Präsident kündigte Reformen an. «Wir beginnen mit der Steuer», sagte er. «Dann folgt "
     "die Rente.»", "direct", "er", "Dann folgt die Rente", None),
    # --- impersonal and group sources
    ("Aus Regierungskreisen hieß es, die Verhandlungen stünden kurz vor dem Abschluss.",
     "indirect", "Regierungskreisen", "die Verhandlungen stünden kurz", "hieß es"),
    ("Die Demonstranten forderten den Rücktritt des Bürgermeisters.",
     "indirect", "Demonstranten", "den Rücktritt des Bürgermeisters", "forderten"),
    ("Die Grünen kritisieren den Ausbau der Autobahn.",
     "indirect", "Grünen", "den Ausbau der Autobahn", "kritisieren"),
    ("Der Gesundheitsminister, Karl Lauterbach, warnte vor einer neuen Welle.",
     "indirect", "Lauterbach", "einer neuen Welle", "warnte vor"),
    ("Die Präsidentin des Verbands, Anna Huber, sagte, die Mitglieder seien zufrieden.",
     "indirect", "Anna Huber", "die Mitglieder seien zufrieden", "sagte"),
    # --- word order and perfect tense
    ("Die Pläne der Regierung bezeichnete er als „reine Symbolpolitik“.",
     "mixed", "er", "reine Symbolpolitik", "bezeichnete"),
    ("Die Sprecherin des Gerichts hatte am Freitag mitgeteilt, dass die Klage abgewiesen wurde.",
     "indirect", "Sprecherin des Gerichts", "die Klage abgewiesen wurde", "mitgeteilt"),
    ("Nachdem das Beben vorbei war, warnte die Botschaft vor weiteren Nachbeben.",
     "indirect", "Botschaft", "weiteren Nachbeben", "warnte vor"),
    ("Der Minister wird von der Agentur «Reuters» mit den Worten zitiert, man sei zufrieden.",
     "indirect", "Minister", "man sei zufrieden", "zitiert"),
    ("Es soll sich um einen technischen Defekt handeln.",
     "reportative", "", "um einen technischen Defekt handeln", "soll"),
    ("Der Direktor der Nationalbank, Martin Schlegel („Wir beobachten die Lage genau.“), "
     "blieb gelassen.", "direct", "Martin Schlegel", "Wir beobachten die Lage genau", None),
    # --- round 2: quotes after a colon without a reporting verb
    ("Gratuliert haben der Stadtrat und die Schweizer Bundespräsidentin Viola Amherd: «Das ist "
     "ein grosser Tag für das Land.»", "direct", "Viola Amherd", "ein grosser Tag", None),
    ("Der Architekt Peter Zumthor hat eine klare Meinung zu dem Neubau: «Er ist zu hoch und zu "
     "laut.»", "direct", "Peter Zumthor", "Er ist zu hoch", None),
    ("Die Forscherin beschrieb den Fund mit den Worten: „So etwas sieht man einmal im Leben.“",
     "direct", "Forscherin", "So etwas sieht man", None),
    ("Warum der Zug stehen blieb, erklärte die Bahn so: «Ein Baum lag auf der Strecke.»",
     "direct", "Bahn", "Ein Baum lag auf der Strecke", "erklärte"),
    ("Der Arzt sagte: «Die Lage ist ernst.» Und: «Wir brauchen mehr Personal.»",
     "direct", "Arzt", "Wir brauchen mehr Personal", None),
    ("Der Minister hatte im Mai zugesichert: «Die Renten sind sicher.»",
     "direct", "Minister", "Die Renten sind sicher", "zugesichert"),
    # --- quotes framed after them, taken up, or continued as a partial quote
    ("«Die Lage ist unter Kontrolle», hieß es vom Sprecher der Feuerwehr Bern.",
     "direct", "Sprecher der Feuerwehr", "Die Lage ist unter Kontrolle", "hieß es"),
    ("«Der Markt hat sich erholt», zitiert die «Handelszeitung» den Ökonomen Klaus Wellershoff.",
     "direct", "Klaus Wellershoff", "Der Markt hat sich erholt", "zitiert"),
    ("«Wir haben Fehler gemacht.» Das musste der Verbandspräsident am Montag einräumen.",
     "direct", "Verbandspräsident", "Wir haben Fehler gemacht", "einräumen"),
    ("«Wir haben Fehler gemacht.» Das musste der Verbandspräsident am Montag einräumen. Die "
     "Kasse sei aber gesund.", "indirect", "Verbandspräsident", "Die Kasse sei aber gesund", None),
    ("«Auf lange Sicht», so die Ökonomin Monika Bütler, sei die Reform «längst überfällig».",
     "mixed", "Monika Bütler", "längst überfällig", "so"),
    # --- impersonal and introducing frames name the speaker of what follows
    ("Die Rektorin schrieb den Eltern: «Wir danken Ihnen.» Weiter hieß es, die Schule bleibe bis "
     "Freitag geschlossen.", "indirect", "Rektorin", "die Schule bleibe", "hieß es"),
    ("Am Abend nahm die Bürgermeisterin Anna Keller zu den Vorwürfen Stellung. Die Stadt habe "
     "alle Regeln eingehalten.", "indirect", "Anna Keller", "Die Stadt habe alle Regeln", None),
    ("Der Gemeinderat äußerte sich auch zu den Plänen für das Freibad. Die Sanierung werde im "
     "Herbst beginnen.", "indirect", "Gemeinderat", "Die Sanierung werde im Herbst", None),
    ("Die Kommission kam zu dem Schluss, dass der Unfall vermeidbar gewesen sei.",
     "indirect", "Kommission", "der Unfall vermeidbar gewesen sei", "kam zu dem Schluss"),
    # --- nominal and belief frames with als / auf
    ("Viele Fachleute betrachten den Entscheid als Fehler.",
     "indirect", "Fachleute", "den Entscheid als Fehler", "betrachten"),
    ("Der Kanzler verurteilte den Angriff als «feigen Akt».",
     "mixed", "Kanzler", "feigen Akt", "verurteilte"),
    ("Die Versicherung schätzt den Schaden auf zwei Millionen Franken.",
     "indirect", "Versicherung", "den Schaden auf zwei Millionen", "schätzt"),
    ("Die Opposition sieht den Kompromiss als Niederlage der Regierung.",
     "indirect", "Opposition", "den Kompromiss als Niederlage", "sieht"),
    ("Es soll sich um rund 10.000 Liter Heizöl handeln.",
     "reportative", "", "10.000 Liter Heizöl", "soll"),
    ("Die Sängerin Nina Hagen war im Herbst gestürzt. Hagen soll nun in eine Reha-Klinik verlegt "
     "werden.", "reportative", "", "Hagen soll nun in eine Reha-Klinik", "soll"),
    # --- passive reports: the agent is the source, or nobody is
    ("Gegen den Neubau wurde eingewandt, er sei viel zu teuer.",
     "indirect", "", "er sei viel zu teuer", "eingewandt"),
    ("Von Seiten der Gewerkschaft war dem Konzern vorgeworfen worden, die Löhne gedrückt zu haben.",
     "indirect", "Gewerkschaft", "die Löhne gedrückt zu haben", "vorgeworfen"),
    ("In einer Analyse der Bundesbank wird die Lage als angespannt gesehen.",
     "indirect", "Bundesbank", "die Lage als angespannt", "gesehen"),
    ("Die Reform sei längst überfällig, wird die Ökonomin Monika Bütler im Magazin «Bilanz» "
     "zitiert.", "indirect", "Monika Bütler", "Die Reform sei längst überfällig", "zitiert"),
    # --- subjects: appositions after the name, coordinated verbs, asyndetic clauses
    ("Anna Meier, Präsidentin des Mieterverbands im Kanton Zürich, sagte, die Mieten seien zu "
     "hoch.", "indirect", "Anna Meier", "die Mieten seien zu hoch", "sagte"),
    ("Jonas Weber, ein Fachmann vom Wetterdienst erklärte, der Sommer werde heiß.",
     "indirect", "Jonas Weber", "der Sommer werde heiß", "erklärte"),
    ("Den Entwurf bezeichnete die Ministerin als „unausgegoren“ und fordert, dass er überarbeitet "
     "wird.", "indirect", "Ministerin", "dass er überarbeitet wird", "fordert"),
    ("Den Entwurf bezeichnete die Ministerin als „unausgegoren“ und fordert, dass er überarbeitet "
     "wird.", "mixed", "Ministerin", "Den Entwurf bezeichnete", "bezeichnete"),
    ("Nach Angaben der Veranstalter kamen 9.000 Menschen, die Polizei spricht von 5.000 "
     "Teilnehmern.", "indirect", "Polizei", "5.000 Teilnehmern", "spricht von"),
    ("Nach Angaben der Veranstalter kamen 9.000 Menschen, die Polizei spricht von 5.000 "
     "Teilnehmern.", "according_to", "Veranstalter", "kamen 9.000 Menschen", "Nach Angaben"),
    # --- a new speaker opens a Konjunktiv unit; a lower-case outlet; parenthesis before zufolge
    ("Der Bürgermeister sagte, die Stadt helfe. Ministerin Anna Berger zeigte sich erschüttert: "
     "Das Land zahle alle Kosten.", "indirect", "Anna Berger", "Das Land zahle", None),
    ("Die taz vermutet, dass die Daten schon lange gespeichert werden.",
     "indirect", "taz", "die Daten schon lange gespeichert", "vermutet"),
    ("Einer Mitteilung des Deutschen Wetterdienstes (DWD) zufolge wird es am Wochenende kalt.",
     "according_to", "Deutschen Wetterdienstes", "wird es am Wochenende kalt", "zufolge"),
    ("Für Bundesrätin Karin Keller-Sutter ist der Kompromiss ein Erfolg, wenn beide Kammern "
     "zustimmen.", "according_to", "Karin Keller-Sutter", "der Kompromiss ein Erfolg", "Für"),
    # --- round 3: a V2 clause after a frame with a PP; its Konjunktiv continuation
    ("Der Minister sagte in einer Fernsehansprache, der Haushalt sei solide.",
     "indirect", "Minister", "der Haushalt sei solide", "sagte"),
    ("Die Ministerin sagte in einer Videobotschaft, die Reform sei überfällig. Allerdings sei "
     "der Zeitplan zu knapp.", "indirect", "Ministerin", "Allerdings sei der Zeitplan", None),
    ("Er sagte zu den Vorwürfen, dass er unschuldig sei.",
     "indirect", "Er", "er unschuldig sei", "sagte"),
    # --- round 3: appositions name the person who speaks for a role or an institution
    ("Am Abend sagte die Sprecherin der Stadt, Anna Roth, die Schule bleibe zu.",
     "indirect", "Anna Roth", "die Schule bleibe zu", "sagte"),
    ("Die Schule bleibe bis Montag zu, sagte die Sprecherin der Stadt, Anna Roth.",
     "indirect", "Anna Roth", "Die Schule bleibe bis Montag zu", "sagte"),
    ("Die Lage an der Front sei ruhig, sagte die Sprecherin des ukrainischen "
     "Verteidigungsministeriums, Olena Kowal.", "indirect", "Olena Kowal",
     "Die Lage an der Front sei ruhig", "sagte"),
    ("Alle Verletzten seien außer Lebensgefahr, sagte Mark Keller, der Sprecher der Ambulanz.",
     "indirect", "Mark Keller", "Alle Verletzten seien", "sagte"),
    ("Ein Sprecher der Polizei, Kommissar Tim Berg sagte, der Wagen sei zu schnell gewesen.",
     "indirect", "Tim Berg", "der Wagen sei zu schnell", "sagte"),
    ("Anna Roth, die Kandidatin der Grünen, hat in einem Interview angekündigt, auf Spenden "
     "verzichten zu wollen.", "indirect", "Anna Roth", "auf Spenden verzichten", "angekündigt"),
    ("Vor zwei Tagen hatte der Bauherr, Peter Imhof, zugesagt, den Turm niedriger zu bauen.",
     "indirect", "Peter Imhof", "den Turm niedriger zu bauen", "zugesagt"),
    # --- round 3: particles after an inserted clause, new cue verbs, shared subjects
    ("Die Partei warf dem Minister, nachdem der Bericht publik wurde, vor, er habe gelogen.",
     "indirect", "Partei", "er habe gelogen", "warf vor"),
    ("Ein Sprecher des Amtes schränkte die Zusage jedoch dahingehend ein, dass keine Garantie "
     "bestehe.", "indirect", "Sprecher des Amtes", "keine Garantie bestehe", "schränkte ein"),
    ("Die Polizei beziffert die Zahl der Toten auf 30.",
     "indirect", "Polizei", "die Zahl der Toten auf 30", "beziffert"),
    ("Die Polizei beziffert die Zahl der Toten auf 30, befürchtet aber weitere Opfer.",
     "indirect", "Polizei", "weitere Opfer", "befürchtet"),
    ("Die Verbraucherschützer prangerten an, dass die Preise ohne Grund gestiegen seien.",
     "indirect", "Verbraucherschützer", "die Preise ohne Grund", "prangerten an"),
    ("Die Behörde bekundete, die Daten seien nicht verschlüsselt gewesen.",
     "indirect", "Behörde", "die Daten seien nicht", "bekundete"),
    # --- round 3: a frame inserted with "so", anaphoric frames, "mit diesen Worten"
    ("Sein Gegner, so der Kandidat weiter, würde Spenden von Lobbygruppen erhalten.",
     "indirect", "Kandidat", "würde Spenden von Lobbygruppen", "so"),
    ("Sein Gegner, so der Kandidat weiter, würde Spenden erhalten. Er selber wolle unabhängig "
     "bleiben.", "indirect", "Kandidat", "Er selber wolle unabhängig", None),
    ("Doch sei es, so die Autorin Mira Klein in einem Blogeintrag auf der Website der Zeitung "
     "„Die Welt“, ein Kreis mächtiger Leute gewesen, der den Täter schützte.",
     "indirect", "Mira Klein", "ein Kreis mächtiger Leute", "so"),
    ("Die Preise steigen, so die Nationalbank am Montag, um drei Prozent.",
     "according_to", "Nationalbank", "Die Preise steigen", "so"),
    ("Der Italiener Marco Rossi wird neuer Trainer beim FC Basel. Dies gab die Vereinsführung "
     "heute auf einer Pressekonferenz bekannt.", "indirect", "Vereinsführung",
     "Marco Rossi wird neuer Trainer", "gab bekannt"),
    ("Die Steuern steigen im Mai. Das berichtete die Zeitung „Der Bund“ am Sonntag.",
     "indirect", "Der Bund", "Die Steuern steigen im Mai", "berichtete"),
    ("Es ist nur ein neuer Name, doch er hat großes Gewicht – das zumindest meint Anna Roth vom "
     "Tourismusamt.", "indirect", "Anna Roth", "Es ist nur ein neuer Name", "meint"),
    ("„Guten Tag, da bin ich wieder“, mit diesen Worten meldete sich der Trainer zurück.",
     "direct", "Trainer", "da bin ich wieder", "meldete sich"),
    # --- round 3: passive judgements with an agent; a dative first field before a dass-clause
    ("Seine Bilder werden von Kritikern als Wendepunkt der Malerei bezeichnet.",
     "indirect", "Kritikern", "als Wendepunkt der Malerei", "bezeichnet"),
    ("Dem Minister wird vorgeworfen, dass er Akten vernichtet habe.",
     "indirect", "", "er Akten vernichtet habe", "vorgeworfen"),
    # --- round 3: according-to frames with extended attributes, quoted names, points of view
    ("Laut einer am Dienstag veröffentlichten Mitteilung des Roten Kreuzes wurden 2.000 "
     "Menschen versorgt.", "according_to", "Roten Kreuzes", "wurden 2.000 Menschen", "Laut"),
    ("Die Regenzeit könnte nach Angaben des Leiters der Sektion von „Ärzte ohne Grenzen“ bis "
     "September andauern.", None, "Leiters", "Die Regenzeit könnte", "nach Angaben"),
    ("Aus Sicht der Regierung ist die Krise vorbei.",
     "according_to", "Regierung", "ist die Krise vorbei", "Aus Sicht"),
    ("Während die Gespräche aus der Sicht der Gewerkschaft gescheitert waren, verhandelte der "
     "Arbeitgeber weiter.", "according_to", "Gewerkschaft", "die Gespräche", "aus der Sicht"),
    # --- round 3: a reportative copula before a colon keeps its list; Konjunktiv II of strong verbs
    ("Kunden der Firma sollen sein: das Verteidigungsministerium, die Armee und mehrere Banken.",
     "reportative", "", "das Verteidigungsministerium, die Armee", "sollen"),
    ("Die Regierung warnt vor weiteren Überschwemmungen. Die Dämme befänden sich am Limit.",
     "indirect", "Regierung", "Die Dämme befänden sich", None),
    ("Bezüglich des Startortes meldet die Nachrichtenagentur „Xinhua“, die Maschine sei in "
     "Sentani gestartet.", "indirect", "Xinhua", "die Maschine sei in Sentani", "meldet"),
    # --- round 3: perfect tense with the object between subject and participle; appeals
    ("Beobachter hatten das Verhältnis der beiden Staaten als entspannter betrachtet.",
     "indirect", "Beobachter", "das Verhältnis der beiden Staaten als", "betrachtet"),
    ("Die Gewerkschaft hat am Montag den Rücktritt des Ministers gefordert.",
     "indirect", "Gewerkschaft", "den Rücktritt des Ministers", "gefordert"),
    ("Der Verband forderte die Regierung auf, stärker auf Einsparungen zu setzen.",
     "indirect", "Verband", "stärker auf Einsparungen zu setzen", "forderte auf"),
    ("Des Weiteren betonte die Ministerin, der Haushalt sei ausgeglichen.",
     "indirect", "Ministerin", "der Haushalt sei ausgeglichen", "betonte"),
    # --- round 3: a quote after the name of a laut frame is content; "Denn wie X berichtete"
    ("Die Kontrollen sollen laut Müller „auch in Zukunft bestehen“.",
     "mixed", "Müller", "auch in Zukunft bestehen", "laut"),
    ("Denn wie die Zeitung „Bild“ berichtete, leidet der Schauspieler an Alzheimer.",
     "according_to", "Bild", "leidet der Schauspieler an Alzheimer", "berichtete"),
    # --- round 3: „…" (a straight closing mark) is a quote (segment.quotes_in)
    ('Der Minister sagte: „Das Gesetz kommt im Mai". Dann ging er.',
     "direct", "Minister", "Das Gesetz kommt im Mai", "sagte"),
    ('„Wir bleiben hart", sagte die Gewerkschafterin Eva Lang.',
     "direct", "Eva Lang", "Wir bleiben hart", "sagte"),
    ("In dem Brief fordert der Rektor Jan Otto die Studierenden auf, die Mensa zu meiden.",
     "indirect", "Jan Otto", "die Mensa zu meiden", "fordert auf"),
    ("Darin wird der Rektor aufgefordert, die Mensa zu schließen.",
     "indirect", "", "die Mensa zu schließen", "aufgefordert"),
    # --- round 4: verb-last frames in subordinate clauses (subordinate.py)
    ("Während die Ministerin erklärte, die Renten würden nicht gekürzt, protestierten Hunderte "
     "vor dem Landtag.", "indirect", "Ministerin", "die Renten würden nicht gekürzt", "erklärte"),
    ("Seitdem der Abgeordnete bekannt gemacht hatte, ein neues Wappen vorzuschlagen, wird im "
     "Dorf gestritten.", "indirect", "Abgeordnete", "ein neues Wappen vorzuschlagen",
     "bekannt gemacht"),
    ("Der Trainer verließ die Sitzung, indem er dem Präsidenten vorwarf, ihn übergangen zu haben.",
     "indirect", "er", "ihn übergangen zu haben", "vorwarf"),
    ("Als die Rektorin mitteilte, dass die Schule schließt, weinten die Kinder.",
     "indirect", "Rektorin", "dass die Schule schließt", "mitteilte"),
    # --- round 4: a particle written apart from the participle
    ("Die Brauerei hatte am Freitag bekannt gegeben, dass sie 40 Stellen streicht.",
     "indirect", "Brauerei", "dass sie 40 Stellen streicht", "bekannt gegeben"),
    # --- round 4: verbs with a particle or pronominal adverb before the content
    ("Die Kanzlerin schloss nicht aus, dass die Mehrwertsteuer steigt.",
     "indirect", "Kanzlerin", "dass die Mehrwertsteuer steigt", "schloss nicht aus"),
    ("Die Verlage bestehen darauf, ihre Archive selbst zu verwalten.",
     "indirect", "Verlage", "ihre Archive selbst zu verwalten", "bestehen darauf"),
    # --- round 4: fronted adverbials are no subjects
    ("An die Landwirte gewandt sagte die Ministerin, die Hilfen kämen im Mai.",
     "indirect", "Ministerin", "die Hilfen kämen im Mai", "sagte"),
    ("Die Nachfolge betreffend schloss der Vorstand nicht aus, dass eine Frau den Posten "
     "übernimmt.", "indirect", "Vorstand", "dass eine Frau den Posten übernimmt", "schloss nicht aus"),
    ("Aktuell lässt der Sänger über seinen Anwalt erklären, er habe keine Steuern hinterzogen.",
     "indirect", "Sänger", "er habe keine Steuern hinterzogen", "erklären"),
    # --- round 4: a statement noun names its owner before a colon
    ("Das Fazit von Rektorin Eva Stein: „Die Reform hat sich bewährt.“",
     "direct", "Eva Stein", "Die Reform hat sich bewährt", "Fazit"),
    ("Die Antwort des Bürgermeisters: „Wir prüfen das sorgfältig.“",
     "direct", "Bürgermeisters", "Wir prüfen das sorgfältig", "Antwort"),
    # --- round 4: an extended attribute before the speaker's name
    ("„Das ist der schönste Tag meines Lebens“, schrieb die in Hamburg geborene Sängerin Lena "
     "Vogt.", "direct", "Lena Vogt", "Das ist der schönste Tag", "schrieb"),
    # --- round 4: a zu-infinitive opened by a preposition is content ("seit … zu haben")
    ("Nach dem Spiel räumte die Torhüterin Mia Kern ein, seit Wochen mit Schmerzen gespielt zu "
     "haben.", "indirect", "Mia Kern", "seit Wochen mit Schmerzen gespielt zu haben", "räumte ein"),
    # --- round 4: a reflexive or adverb between auxiliary and subject; coordinated participles
    ("So hat sich etwa die Chefin des Elternbeirats, Petra Lenz, gegen die Reform ausgesprochen "
     "und behauptet, die Noten würden dadurch schlechter.",
     "indirect", "Petra Lenz", "die Noten würden dadurch schlechter", "behauptet"),
    # --- round 4: a main clause closed by its particle, then a second clause with a speaker
    ("Der Bürgermeister wies die Kritik zurück, die Sprecherin der Opposition, Jana Roth (SPD), "
     "erklärte: „Der Haushalt ist nicht gedeckt.“",
     "direct", "Jana Roth", "Der Haushalt ist nicht gedeckt", "erklärte"),
    # --- round 5: a comparative after reportative sollen ("soll … größer sein als …")
    ("Der neu entdeckte Komet soll etwa dreimal heller sein als der Halleysche Komet.",
     "reportative", "", "dreimal heller sein als", "soll"),
    # --- round 5: a zu-infinitive without its comma
    ("Die Abgeordnete Maria Klein hat am Dienstag angekündigt ihr Mandat niederzulegen.",
     "indirect", "Maria Klein", "ihr Mandat niederzulegen", "angekündigt"),
    # --- round 5: a nominal object with a quoted fragment
    ("Die Ministerin konstatierte eine „immer tiefere Kluft“ in der Gesellschaft.",
     "mixed", "Ministerin", "immer tiefere Kluft", "konstatierte"),
    # --- round 5: a view frame inside a relative clause covers that clause only
    ("Das Blatt wird vor allem von Lehrern gelesen, die nach Ansicht der Kritiker eher "
     "konservativ denken.", "according_to", "Kritiker", "eher konservativ denken", "nach Ansicht"),
    # --- round 5: a name's genitive before a view noun
    ("Nach Merkels Vorschlag soll die Steuer im Herbst sinken.",
     "according_to", "Merkel", "die Steuer im Herbst sinken", "Nach"),
    # --- round 5: "Unter Berufung auf X" fronted before the verb: X speaks, the subject relays
    ("Unter Berufung auf Quellen im Ministerium gab die Zeitung Le Monde an, der Minister sei "
     "zurückgetreten.", "indirect", "Quellen", "der Minister sei zurückgetreten", "gab an"),
    # --- round 5: "Das erklärte X" after a sentence with a quoted fragment
    ("Die Junta will nach der Wahl nicht verschwinden, sondern dem Kabinett „helfen“. Das "
     "erklärte General Prayut am Montag gegenüber ausländischen Diplomaten.",
     "mixed", "General Prayut", "dem Kabinett „helfen“", "erklärte"),
    # --- round 6: nach + view noun with a bare genitive name, an `aus` origin, a compound owner
    ("Nach Auffassung Dänemarks darf der Zoll nicht vor dem Sommer steigen.",
     "according_to", "Dänemarks", "darf der Zoll nicht", "Nach Auffassung"),
    ("Nach Angaben aus Kiew wurden in der Nacht zwei Kraftwerke beschädigt.",
     "according_to", "Kiew", "zwei Kraftwerke beschädigt", "Nach Angaben"),
    ("Nach Medienberichten hat der Verein den Trainer bereits entlassen.",
     "according_to", "Medien", "den Trainer bereits entlassen", "Nach"),
    ("Nach Expertenmeinung droht im Winter ein Engpass beim Gas.",
     "according_to", "Experten", "ein Engpass beim Gas", "Nach"),
    # --- round 6: the adverb "angeblich" marks hearsay without a source
    ("Angeblich wollte der Händler die Bilder noch vor Weihnachten verkaufen.",
     "reportative", "", "wollte der Händler die Bilder", "Angeblich"),
    ("Der Kassierer hatte angeblich schon im Mai gekündigt.",
     "reportative", "", "Der Kassierer hatte angeblich", "angeblich"),
    # --- round 6: a reflexive verb with its subject after it and a predicative adjective
    ("Im Gespräch äußerte sich die Trainerin Anna Roth jedoch optimistisch: „Wir schaffen den "
     "Aufstieg noch.“", "direct", "Anna Roth", "Wir schaffen den Aufstieg", "äußerte sich"),
    ("Am Abend zeigte sich der Bürgermeister enttäuscht: „Das Ergebnis ist zu knapp.“",
     "direct", "Bürgermeister", "Das Ergebnis ist zu knapp", "zeigte sich enttäuscht"),
    # --- round 6: "heißt es in einer Erklärung" after a quote: the document or its owner
    ("„Wir bedauern den Ausfall sehr“, heißt es in einer am Montag verbreiteten Mitteilung.",
     "direct", "Mitteilung", "Wir bedauern den Ausfall", "heißt es"),
    ("„Die Saison ist für uns beendet“, hieß es in der Erklärung des Vereins.",
     "direct", "Verein", "Die Saison ist für uns beendet", "hieß es"),
    # --- round 6: a report noun with its owner and a wonach-clause
    ("Ein Bericht der Zeitung „Kommersant“, wonach der Minister verhaftet worden sei, wurde "
     "am Abend dementiert.", "indirect", "Kommersant", "der Minister verhaftet worden sei",
     "Bericht"),
    ("Die Polizei prüft eine Meldung des Senders NTV, wonach zwei Häftlinge geflohen seien.",
     "indirect", "NTV", "zwei Häftlinge geflohen seien", "Meldung"),
]


def _rules_only(text: str):
    """The Document after the attribute stage (before sources.resolve re-types mentions)."""
    from claimgraph.attribute import attribute
    from claimgraph.ingest import from_text
    from claimgraph.pipeline import STAGES, run

    return run(from_text(text, lang="de"), STAGES[:STAGES.index(attribute) + 1])


def _find(text: str, needle: str):
    doc = analyze(text, lang="de")
    hits = [a for a in doc.attributions if needle in a.content.text]
    assert hits, f"no attribution with {needle!r}: {[a.content.text for a in doc.attributions]}"
    return min(hits, key=lambda a: len(a.content.text))


@pytest.mark.parametrize("text,starts", [
    ("Das Blatt wird vor allem von Lehrern gelesen, die nach Ansicht der Kritiker eher "
     "konservativ denken.", "die nach Ansicht"),
    ("Die Preise stiegen stark, was laut Verbraucherschützern vor allem Rentner trifft.",
     "was laut"),
])
def test_frame_in_relative_clause_keeps_the_main_clause_out(text, starts):
    att = _find(text, starts)
    assert att.kind == "according_to"
    assert att.content.text.startswith(starts), att.content.text


def test_fronted_berufung_relays_through_the_subject():
    text = ("Unter Berufung auf Quellen im Ministerium gab die Zeitung Le Monde an, der Minister "
            "sei zurückgetreten.")
    att = _find(text, "der Minister sei")
    assert [v.name for v in att.via] == ["Le Monde"]


def test_table_is_large_enough():
    assert len(ROWS) >= 60
    kinds = {row[1] for row in ROWS}
    assert kinds >= {"direct", "indirect", "mixed", "according_to", "reportative"}


@pytest.mark.parametrize("text,kind,source,content,cue", ROWS, ids=[r[0][:40] for r in ROWS])
def test_row(text, kind, source, content, cue):
    att = _find(text, content)
    assert kind is None or att.kind == kind, (att.kind, att.rule)
    if source == "":
        assert att.source is None or att.source.type == "anonymous", att.source
    elif source is not None:
        assert att.source is not None, att.rule
        assert source in att.source.text or source in att.source.name, att.source
    if cue is not None:
        assert att.cue is not None and cue_words(att.cue) == cue, (att.cue, att.rule)
    assert att.content.text == text[att.content.span.start:att.content.span.end]


@pytest.mark.parametrize("text,role,affiliation,name,typ", [
    ("«Die Truppen sind verlegt», sagte Pentagon-Sprecherin Sabrina Singh.",
     "Pentagon-Sprecherin", "Pentagon", "Sabrina Singh", "person"),
    ("Samuel Cranny-Evans vom Royal United Services Institute sagte: «Das ist neu.»",
     None, "Royal United Services Institute", "Samuel Cranny-Evans", "person"),
    ("«Wir prüfen den Fall», sagte ein Sprecher der Polizei.",
     "Sprecher", "Polizei", None, "anonymous"),
    ("Die Wahl sei gefälscht worden, berichtet «Le Monde».", None, None, "Le Monde", "outlet"),
    ("Laut dem Pentagon sind die Truppen bereits verlegt.", None, None, "Pentagon",
     "government"),
    ("Experten befürchten, dass der Damm bricht.", None, None, None, "anonymous"),
    # round 3: the named person of an apposition speaks; institutions in the genitive
    ("Am Abend sagte die Sprecherin der Stadt, Anna Roth, die Schule bleibe zu.",
     "Sprecherin", "Stadt", "Anna Roth", "person"),
    ("Die Lage sei ruhig, sagte die Sprecherin des ukrainischen Verteidigungsministeriums, "
     "Olena Kowal.", "Sprecherin", "ukrainischen Verteidigungsministeriums", "Olena Kowal",
     "person"),
    ("Alle seien gesund, sagte Mark Keller, der Sprecher der Ambulanz.",
     "Sprecher", "Ambulanz", "Mark Keller", "person"),
    ("Nach Angaben des ukrainischen Verteidigungsministeriums fielen zwei Drohnen.",
     None, None, "Verteidigungsministerium", "government"),
])
def test_source_typing(text, role, affiliation, name, typ):
    src = _rules_only(text).attributions[0].source
    assert src is not None
    assert src.type == typ
    assert src.role == role
    assert src.affiliation == affiliation
    if name is not None:
        assert src.name == name


@pytest.mark.parametrize("text,vias", [
    ("«CNN» zitiert den Minister: «Wir verhandeln weiter.»", ["CNN"]),
    ("Die Zahl der Opfer steigt laut UNO auf 200, meldet die Agentur «Reuters».", ["Reuters"]),
    ("Er fordert neue Sanktionen, wie «Associated Press» berichtet.", ["Associated Press"]),
    ("Die Ministerin sagte gegenüber «The Guardian»: «Wir bleiben hart.»", ["The Guardian"]),
])
def test_relays_become_via(text, vias):
    doc = analyze(text, lang="de")
    assert len(doc.attributions) == 1, [a.rule for a in doc.attributions]
    att = doc.attributions[0]
    assert [v.name for v in att.via] == vias
    assert att.source is not None and att.source.type != "outlet"


def test_unclosed_quote_continues_into_next_paragraph():
    text = ("Die Trainerin sagte: «Wir haben viel gelernt. Die nächste Saison wird besser.\n"
            "Wir holen neue Spielerinnen und bauen die Jugend aus.» Danach ging sie.")
    doc = analyze(text, lang="de")
    directs = [a for a in doc.attributions if a.kind == "direct"]
    assert len(directs) == 2
    assert all(a.source is not None and "Trainerin" in a.source.text for a in directs)
    assert directs[1].content.text.startswith("Wir holen neue Spielerinnen")


def test_output_sorted_and_ids_numbered():
    text = ("Laut Polizei brannte es im Keller. «Niemand wurde verletzt», sagte ein Sprecher. "
            "Die Ursache sei unklar.")
    doc = analyze(text, lang="de")
    starts = [a.content.span.start for a in doc.attributions]
    assert starts == sorted(starts) and len(starts) == 3
    assert [a.id for a in doc.attributions] == ["a1", "a2", "a3"]
