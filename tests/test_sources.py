"""sources.resolve: mention parsing, compound splitting and coreference, on sentences we wrote.

Most tests build the Document by hand (the attribution rules are other modules), giving each
attribution a source mention where the rules would put one; a few go through `analyze`.
"""

from __future__ import annotations

import re

import pytest

import claimgraph
from claimgraph.model import Attribution, Document, SourceMention, Span, TextSpan, Via
from claimgraph.names import find_persons, parse_mention
from claimgraph.registry import load_registry
from claimgraph.sources import resolve


def _doc(text: str, mentions: list[str], lang: str = "de", vias: dict[str, str] | None = None,
         cues: bool = False) -> Document:
    """A Document with one attribution per mention (the n-th occurrence when repeated); with
    `cues`, the word after each mention is its cue."""
    doc = Document(text, lang=lang)
    seen: dict[str, int] = {}
    atts = []
    for written in mentions:
        # the n-th whole-word occurrence ("he" is not the one inside "The")
        found = [m.start() for m in re.finditer(rf"(?<!\w){re.escape(written)}(?!\w)", text)]
        start = found[seen.get(written, 0)]
        seen[written] = seen.get(written, 0) + 1
        span = Span(start, start + len(written))
        via = []
        if vias and written in vias:
            v = text.index(vias[written])
            via = [Via(vias[written], span=Span(v, v + len(vias[written])))]
        cue = None
        if cues:
            word = re.compile(r"\s*(\w+)").match(text, span.end)
            cue = TextSpan(word.group(1), Span(word.start(1), word.end(1))) if word else None
        atts.append(Attribution("indirect", TextSpan(text[span.end:span.end + 5],
                                                     Span(span.end, span.end + 5)), cue=cue,
                                source=SourceMention(written, span, written), via=via,
                                lang=lang))
    doc.attributions = atts
    return resolve(doc)


def _names(doc: Document) -> list[str]:
    return [a.source.name for a in doc.attributions]


# --- mention parsing: compounds, premodifiers, roles, affiliations ---------------------------


@pytest.mark.parametrize(
    "written, lang, name, role, affiliation, etype",
    [
        ("NATO-Generalsekretär Mark Rutte", "de", "Mark Rutte", "NATO-Generalsekretär", "NATO",
         "person"),
        ("Pentagon-Sprecherin Sabrina Singh", "de", "Sabrina Singh", "Pentagon-Sprecherin",
         "Pentagon", "person"),
        ("der Sprecher Hans Meier", "de", "Hans Meier", "Sprecher", None, "person"),
        ("den Verteidigungsexperten James J.B. Park", "de", "James J.B. Park",
         "Verteidigungsexperte", None, "person"),
        ("Verteidigungsexperte Tom Weber", "de", "Tom Weber", "Verteidigungsexperte", None,
         "person"),
        ("Lea Frei vom Institut der deutschen Wirtschaft", "de", "Lea Frei", None,
         "Institut der deutschen Wirtschaft", "person"),
        ("Olga Stern, Sprecherin der EU-Kommission", "de", "Olga Stern", "Sprecherin",
         "EU-Kommission", "person"),
        ("Das US-Aussenministerium", "de", "US-Aussenministerium", None, None, "government"),
        ("NATO-Schätzungen", "de", "NATO", None, None, "organisation"),
        ("Pentagon-Angaben", "de", "Pentagon", None, None, "government"),
        ("Experten", "de", "Experten", None, None, "group"),
        ("«The Guardian»", "de", "The Guardian", None, None, "outlet"),
        ("Pentagon spokeswoman Sabrina Singh", "en", "Sabrina Singh", "Pentagon spokeswoman",
         "Pentagon", "person"),
        ("a spokesperson for the State Department", "en", "spokesperson", "spokesperson",
         "US-Aussenministerium", "anonymous"),
        ("Secretary of State Antony Blinken", "en", "Antony Blinken", "Secretary of State", None,
         "person"),
        ("Pentagon figures", "en", "Pentagon", None, None, "government"),
        ("officials", "en", "officials", None, None, "group"),
        ("Dr. Nina Brandt", "en", "Nina Brandt", None, None, "person"),
        # German nouns with an article or an abstract ending are not surnames
        ("die neue Verordnung", "de", "Verordnung", None, None, "anonymous"),
        ("Kritik", "de", "Kritik", None, None, "anonymous"),
        ("Lindqvist", "de", "Lindqvist", None, None, "person"),
        ("Manche Analysten", "de", "Analysten", None, None, "group"),
        ("hunderte Anwohner", "de", "Anwohner", None, None, "group"),
        ("eine Mitteilung von Reuters", "de", "Reuters", None, None, "outlet"),
        ("der Botschafter Kanadas", "de", "Botschafter", "Botschafter", "Kanada", "anonymous"),
        ("Estimates by the organizers", "en", "organizers", None, None, "anonymous"),
        ("activist Mia Jensen on Instagram", "en", "Mia Jensen", None, None, "person"),
        ("Prime Minister Tom Hale's spokesman, Ben Ode", "en", "Ben Ode", "spokesman",
         "Tom Hale", "person"),
        ("the agency Interfax", "en", "Interfax", None, None, "outlet"),
        ("ALA", "de", "ALA", None, None, "organisation"),
        # a name ends at a lower-case word or, once complete, at a particle
        ("Dr. Lena Ward at Mercy Hospital", "en", "Lena Ward", None, "Mercy Hospital",
         "person"),
        ("Dr. Paul Hart at Saint Francis", "en", "Paul Hart", None, None, "person"),
        ("Ana Ruiz of the island's water authority", "en", "Ana Ruiz", None,
         "island's water authority", "person"),
        ("Finanzministerin Petra Lohmann zu Beginn", "de", "Petra Lohmann",
         "Finanzministerin", None, "person"),
        ("Karl-Heinz zu Wendt", "de", "Karl-Heinz zu Wendt", None, None, "person"),
        # "citing X": X is the source; a possessive pronoun before an information noun
        ("a report citing the Harbour Police", "en", "Harbour Police", None, None, "government"),
        ("its press release", "en", "its", None, None, "person"),
        ("Seine Zuversicht", "de", "Seine", None, None, "person"),
        ("seine Partei", "de", "Partei", None, None, "organisation"),
        ("his publicist", "en", "publicist", "publicist", None, "person"),
        ("his associates", "en", "associates", None, None, "anonymous"),
        ("The Chilean Armed Forces", "en", "Chilean Armed Forces", None, None, "government"),
        ("it is Lopez's", "en", "Lopez", None, None, "person"),
        # countries speak through their governments; named institutions with a capitalised head
        ("Norway", "en", "Norway", None, None, "government"),
        ("Norwegens", "de", "Norwegen", None, None, "government"),
        ("The Coast Guard", "en", "Coast Guard", None, None, "government"),
        ("the United States Embassy in Iraq", "en", "United States Embassy", None, None,
         "government"),
        ("Vega et al.", "en", "Vega et al", None, None, "group"),
        # a definite singular role is one person; plural and indefinite ones name nobody
        ("the archbishop", "en", "archbishop", "archbishop", None, "person"),
        ("The mother", "en", "mother", "mother", None, "person"),
        ("the project", "en", "project", None, None, "anonymous"),
        ("der Ministerpräsident", "de", "Ministerpräsident", "Ministerpräsident", None, "person"),
        ("ein Sprecher", "de", "Sprecher", "Sprecher", None, "anonymous"),
        ("the protesters", "en", "protesters", None, None, "group"),
        ("the guests", "en", "guests", None, None, "anonymous"),
        ("German officials", "en", "officials", None, None, "group"),
        # titles that name a person with a place; data come from an institution
        ("the Duke of Sussex", "en", "Duke of Sussex", None, None, "person"),
        ("data from the Harbour Safety Project", "en", "Harbour Safety Project", None, None,
         "organisation"),
        # domains are online outlets; a registered label names the known outlet
        ("Znak.com", "en", "Znak.com", None, None, "outlet"),
        ("kyivdaily.ua", "en", "kyivdaily.ua", None, None, "outlet"),
        ("ndr.de", "de", "NDR", None, None, "outlet"),
        ("Notes from Poland", "en", "Notes from Poland", None, None, "outlet"),
        ("Prawo i Sprawiedliwość", "en", "Prawo i Sprawiedliwość", None, None, "organisation"),
        ("SANTINO (@MichaelSCollura)", "en", "SANTINO (@MichaelSCollura)", None, None,
         "social_account"),
    ],
)
def test_parse_mention(written, lang, name, role, affiliation, etype):
    p = parse_mention(written, lang, load_registry())
    assert (p.name, p.role, p.affiliation, p.type) == (name, role, affiliation, etype)


@pytest.mark.parametrize(
    "written, lang, gender",
    [("Pentagon-Sprecherin Singh", "de", "f"), ("Sprecher Lutz", "de", "m"),
     ("Anna Kowalski", "de", "f"), ("Piotr Kowalski", "de", "m"), ("the spokeswoman", "en", "f"),
     ("Mr. Hale", "en", "m"), ("Ministerin Dahl", "de", "f"), ("Kim Park", "en", "")],
)
def test_gender_from_role_title_and_first_name(written, lang, gender):
    assert parse_mention(written, lang, load_registry()).gender == gender


# --- coreference ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, mentions, lang, expected",
    [
        # surname after the full name
        ("Gesundheitsministerin Clara Vogt kündigte neue Regeln an. Vogt sagte, die Kliniken "
         "seien vorbereitet.", ["Gesundheitsministerin Clara Vogt", "Vogt"], "de",
         ["Clara Vogt", "Clara Vogt"]),
        # surname before the full name
        ("Vogt warnt vor Engpässen. Die Ministerin Clara Vogt sprach in Bern.",
         ["Vogt", "Die Ministerin Clara Vogt"], "de", ["Clara Vogt", "Clara Vogt"]),
        # role only -> the last person with that role
        ("Regierungssprecherin Anna Berger wies die Vorwürfe zurück. Die Sprecherin betonte, man "
         "habe korrekt gehandelt.", ["Regierungssprecherin Anna Berger", "Die Sprecherin"], "de",
         ["Anna Berger", "Anna Berger"]),
        # pronoun -> the person of the previous sentence
        ("Außenminister Jan Novak reiste nach Kiew. Er sagte, die Hilfe werde fortgesetzt.",
         ["Außenminister Jan Novak", "Er"], "de", ["Jan Novak", "Jan Novak"]),
        # pronoun gender picks between two persons
        ("Die Ökonomin Sara Lind und der Banker Paul Kern stritten. Sie erwartet höhere Zinsen.",
         ["Die Ökonomin Sara Lind", "Sie"], "de", ["Sara Lind", "Sara Lind"]),
        # pronoun -> a person named as subject, not (yet) a source: the seed's Selenskyj case
        ("Der kenianische Präsident Ruto besucht Berlin. Er fordert mehr Investitionen.",
         ["Er"], "de", ["Ruto"]),
        # demonstrative -> the last ministry
        ("Das Bundesinnenministerium prüft den Fall. Das Ministerium erklärte, man nehme die "
         "Hinweise ernst.", ["Das Bundesinnenministerium", "Das Ministerium"], "de",
         ["Bundesinnenministerium", "Bundesinnenministerium"]),
        # demonstrative -> the last authority, skipping a newspaper in between
        ("Laut Robert Koch-Institut steigen die Fälle, schreibt die Zeitung «Kurier». Die Behörde "
         "rät zur Vorsicht.", ["Robert Koch-Institut", "Die Behörde"], "de",
         ["Robert Koch-Institut", "Robert Koch-Institut"]),
        # English: surname, pronoun, role
        ("Senator Maria Lopez met Governor Tom Reed on Monday. She said the bill would pass.",
         ["Senator Maria Lopez", "She"], "en", ["Maria Lopez", "Maria Lopez"]),
        ("Tom Reed spoke after Maria Lopez left. He said the vote was close.", ["He"], "en",
         ["Tom Reed"]),
        ("Pentagon spokeswoman Sabrina Singh spoke first. The spokeswoman added that more troops "
         "were coming, Singh said.", ["Pentagon spokeswoman Sabrina Singh", "The spokeswoman",
                                      "Singh"], "en",
         ["Sabrina Singh", "Sabrina Singh", "Sabrina Singh"]),
        ("The Justice Department opened an inquiry. The department said it would report soon.",
         ["The Justice Department", "The department"], "en",
         ["US Justice Department", "US Justice Department"]),
    ],
)
def test_coreference(text, mentions, lang, expected):
    doc = _doc(text, mentions, lang)
    assert _names(doc) == expected
    ids = {a.source.entity for a in doc.attributions}
    assert len(ids) == 1 and None not in ids


@pytest.mark.parametrize(
    "text, mentions, lang, expected",
    [
        # two speakers in the sentence before: the later one goes on speaking
        ("Mayor Tom Holt said the roads were closed, while Police Chief Omar Baines wrote that "
         "two bridges were damaged. He posted, \"Stay at home tonight.\"",
         ["Mayor Tom Holt", "Police Chief Omar Baines", "He"], "en",
         ["Tom Holt", "Omar Baines", "Omar Baines"]),
        # no speaker before: the subject (first person) of the previous sentence
        ("Trade minister Karl Ostrow visited Oslo and met Per Lund. He said exports would grow.",
         ["He"], "en", ["Karl Ostrow"]),
        # an object after a preposition is no antecedent; the subject before it is
        ("The broadcaster said Governor Paul Andrade had signed the order. Speaking to reporter "
         "Tim Walsh, he said the order was overdue.", ["he"], "en", ["Paul Andrade"]),
        # a possessive is no antecedent
        ("Ann Carr's offer was rejected by Nora Field. She said the price was too low.",
         ["She"], "en", ["Nora Field"]),
        # a lone surname at the start of a sentence is the subject
        ("Judge Rita Moss heard Dan Pruitt and Aaron Webb. Pruitt denied the charge, but later "
         "he said he had been at the bank.", ["he"], "en", ["Dan Pruitt"]),
        # a name inside quotation marks (a nickname) is no antecedent
        ("Called \"the Tina Turner of Accra\" by fans, singer Amara Osei moved to Paris. In "
         "an interview, she said she felt at home.", ["she"], "en", ["Amara Osei"]),
        # a chain of the same pronoun carries the antecedent past the window
        ("Der Trainer Marco Rinaldi kam aus Turin. Er unterschrieb bis 2027. Das Stadion war "
         "voll. Er war schon 2010 hier. Die Fans jubelten. Danach meldete er sich zu Wort.",
         ["er"], "de", ["Marco Rinaldi"]),
        # "die Kritik von X": von names the speaker here, not an object
        ("Scharf fiel die Kritik von Greta Hallberg aus. Sie warf dem Minister Betrug vor.",
         ["Sie"], "de", ["Greta Hallberg"]),
        # an article after a role opens an affiliation, never a name: "Sprecherin der Partei"
        ("Es sprach Jana Wolff, Sprecherin der FDP-Fraktion. Sie warnte vor dem Gesetz.",
         ["Sie"], "de", ["Jana Wolff"]),
    ],
)
def test_pronoun_antecedents(text, mentions, lang, expected):
    assert _names(_doc(text, mentions, lang)) == expected


@pytest.mark.parametrize(
    "text, mentions, lang, expected",
    [
        # "they" -> the last group, institution or plural anonymous source; outlets report
        ("Local officials met the press, the Daily Courier reported. They said the dam held.",
         ["Local officials", "They"], "en", ["officials", "officials"]),
        ("The Red Cross sent trucks. Reuters reported that they were stopped at the border.",
         ["they"], "en", ["International Committee of the Red Cross"]),
        # "it" -> the last institution; "according to him" -> the last man
        ("The Harbour Authority closed the port. It said the storm was too strong.",
         ["The Harbour Authority", "It"], "en", ["Harbour Authority", "Harbour Authority"]),
        ("Colonel Ivan Petrov spoke on Monday. According to him, the road is open.",
         ["him"], "en", ["Ivan Petrov"]),
        # German "sie" with a plural verb next to it is "they"; with a singular one "she"
        ("Die Grünen lehnten den Antrag ab. Sie erklärten, das Gesetz sei zu teuer.",
         ["Die Grünen", "Sie"], "de", ["Grüne", "Grüne"]),
        # ... but only a collective that spoke: plural "sie" is as often things
        ("Laut der Weltbank stiegen die Preise. Sie zeigten, dass der Markt schwach sei.",
         ["Sie"], "de", ["Sie"]),
        ("Ministerin Eva Brandt traf die Grünen. Sie erklärte, das Gesetz sei zu teuer.",
         ["Sie"], "de", ["Eva Brandt"]),
        # German "sie" with no woman before it: a feminine institution that spoke
        ("Die Agentur Nordpress meldete den Brand. Sie schrieb, das Feuer sei gelöscht.",
         ["Die Agentur Nordpress", "Sie"], "de", ["Nordpress", "Nordpress"]),
        # a role in running text carries its person into the sentence before the pronoun
        ("Bundespräsidentin Maria Kessler sprach in Bonn. Auch die Grünen kamen. Lob gab es "
         "nicht. Dafür sparte die Bundespräsidentin nicht mit Kritik. Sie sagte, es fehle Mut.",
         ["Sie"], "de", ["Maria Kessler"]),
        ("Kanzlerin Eva Rom reiste ab. Von der Kanzlerin kam ein Brief. Sie schrieb, sie sei "
         "froh.", ["Sie"], "de", ["Eva Rom"]),
        # a possessive left as the source: "Seine Antwort"
        ("Der Bürgermeister Tom Vogel kam spät. Seine Antwort: Es gebe kein Geld.",
         ["Seine"], "de", ["Tom Vogel"]),
        # a role source with its name in apposition is that person
        ("„Wir wachsen“, sagte der Deutschlandchef von Norvia, Lars Hedin. Er lachte.",
         ["der Deutschlandchef von Norvia", "Er"], "de", ["Lars Hedin", "Lars Hedin"]),
        # "et al" names a team
        ("Kuma et al found ice at the pole. They said it was old.", ["Kuma et al", "They"],
         "en", ["Kuma et al", "Kuma et al"]),
    ],
)
def test_plural_neuter_and_object_pronouns(text, mentions, lang, expected):
    # the word after each mention is its cue, as the rules give it ("Sie erklärten")
    assert _names(_doc(text, mentions, lang, cues=True)) == expected


def test_unresolvable_pronoun_keeps_its_text():
    doc = _doc("Es regnete den ganzen Tag. Er sagte, es werde besser.", ["Er"])
    assert doc.attributions[0].source.name == "Er"
    assert doc.attributions[0].source.entity is None


def test_indefinite_role_is_a_new_anonymous_source():
    doc = _doc("Ministerin Eva Roth sprach. Ein Sprecher des Pentagons sagte, man prüfe das.",
               ["Ministerin Eva Roth", "Ein Sprecher des Pentagons"])
    src = doc.attributions[1].source
    assert (src.name, src.type, src.affiliation) == ("Sprecher", "anonymous", "Pentagon")
    assert src.entity != doc.attributions[0].source.entity


def test_later_compound_mention_joins_entity_and_collects_aliases():
    text = ("«Wir sind bereit», sagte Pentagon-Sprecherin Sabrina Singh. Später ergänzte "
            "Pentagon-Sprecherin Singh, man beobachte die Lage.")
    doc = _doc(text, ["Pentagon-Sprecherin Sabrina Singh", "Pentagon-Sprecherin Singh"])
    a, b = (att.source for att in doc.attributions)
    assert a.entity == b.entity
    ent = doc.entity(a.entity)
    assert (ent.name, ent.role, ent.affiliation, ent.type) == (
        "Sabrina Singh", "Pentagon-Sprecherin", "Pentagon", "person")
    assert "Pentagon-Sprecherin Singh" in ent.aliases
    assert [text[m.start:m.end] for m in ent.mentions] == [
        "Pentagon-Sprecherin Sabrina Singh", "Pentagon-Sprecherin Singh"]


def test_vias_become_outlet_entities_shared_with_sources():
    text = "Das Militär meldet Erfolge, berichtet «CNN». Auch CNN selbst zitiert Generäle."
    doc = _doc(text, ["Das Militär", "CNN"], vias={"Das Militär": "«CNN»"})
    via = doc.attributions[0].via[0]
    assert (via.name, via.type) == ("CNN", "outlet")
    assert via.entity == doc.attributions[1].source.entity


def test_entities_have_ids_in_text_order_and_valid_spans():
    text = ("Laut Reuters warnt NATO-Generalsekretär Mark Rutte vor Angriffen. Rutte sagte, "
            "die NATO sei bereit.")
    doc = _doc(text, ["Reuters", "NATO-Generalsekretär Mark Rutte", "Rutte"])
    assert [e.id for e in doc.entities] == [f"e{i}" for i in range(1, len(doc.entities) + 1)]
    firsts = [e.mentions[0].start for e in doc.entities]
    assert firsts == sorted(firsts)
    for ent in doc.entities:
        for m in ent.mentions:
            assert 0 <= m.start < m.end <= len(text)
    rutte = doc.entity(doc.attributions[2].source.entity)
    assert rutte.name == "Mark Rutte" and "Rutte" in rutte.aliases
    nato = next(e for e in doc.entities if e.name == "NATO")
    assert nato.registry_id == "nato" and len(nato.mentions) == 1  # "die NATO"; prefix in Rutte's


def test_canonical_names_never_hold_articles_or_roles():
    doc = _doc("Der Sprecher Hans Meier sagte das. Die Sprecherin Petra Holm widersprach.",
               ["Der Sprecher Hans Meier", "Die Sprecherin Petra Holm"])
    assert _names(doc) == ["Hans Meier", "Petra Holm"]
    assert [a.source.role for a in doc.attributions] == ["Sprecher", "Sprecherin"]


@pytest.mark.parametrize(
    "text, lang, names",
    [
        ("Gestern sprach Kanzler Olaf Scholz mit Präsident Macron.", "de",
         ["Olaf Scholz", "Macron"]),
        ("Die Soldaten der Armee bleiben in Kursk.", "de", []),
        # an article inside a name only after a particle
        ("Dann bot Premier Nikos Stavrou der Opposition Gespräche an, wie Ursula von der Leyen.",
         "de", ["Nikos Stavrou", "Ursula von der Leyen"]),
        ("Der Bürgermeister von Lindau und Ministerpräsident von Niedersachsen kamen.", "de", []),
        ("Dagegen ist die Ministerin Clara Brenner von den Grünen.", "de", ["Clara Brenner"]),
        ("Later, Prime Minister Keir Starmer met Dr. Ruth Adler.", "en",
         ["Keir Starmer", "Ruth Adler"]),
        ("New York Times reporters met in New York.", "en", []),
    ],
)
def test_find_persons_in_running_text(text, lang, names):
    found = find_persons(text, 0, len(text), lang, load_registry())
    assert [h.name for h in found] == names


# --- through the pipeline -------------------------------------------------------------------


def test_analyze_resolves_german_sources():
    text = ("Regierungssprecherin Maren Albers sagte am Montag, die Gespräche gingen weiter. "
            "«Wir sind zuversichtlich», sagte Albers.")
    doc = claimgraph.analyze(text, lang="de")
    named = [a.source for a in doc.attributions if a.source]
    assert named, "the German rules found no attribution with a source"
    assert {s.name for s in named} == {"Maren Albers"}
    assert len({s.entity for s in named}) == 1


def test_analyze_resolves_english_sources():
    text = ("\"We will not back down,\" said State Department spokesman Tom Keller. "
            "He added that talks would resume.")
    doc = claimgraph.analyze(text, lang="en")
    named = [a.source for a in doc.attributions if a.source]
    assert named, "the English rules found no attribution with a source"
    assert named[0].name == "Tom Keller"
    assert named[0].affiliation == "US-Aussenministerium"


def _att(text: str, written: str, name: str, etype: str, kind: str = "indirect",
         lang: str = "de") -> Attribution:
    start = text.index(written)
    span = Span(start, start + len(written))
    return Attribution(kind, TextSpan(text[span.end:span.end + 5], Span(span.end, span.end + 5)),
                       source=SourceMention(written, span, name, type=etype), lang=lang)


def test_embed_source_stays_the_social_account():
    text = "Ein Beitrag auf X.\nSANTINO schrieb: Truppen gesehen.\nSANTINO meldet sich erneut."
    doc = Document(text, lang="de")
    doc.attributions = [_att(text, "SANTINO", "SANTINO (@MichaelSCollura)", "social_account",
                             kind="embed")]
    src = resolve(doc).attributions[0].source
    assert (src.name, src.type) == ("SANTINO (@MichaelSCollura)", "social_account")
    ent = doc.entity(src.entity)
    assert (ent.name, ent.type) == ("SANTINO (@MichaelSCollura)", "social_account")
    assert "SANTINO" in ent.aliases


@pytest.mark.parametrize(
    "text, written, etype, expected",
    [
        # the rules' anonymous stays: these nouns name nobody
        ("Experten halten das für möglich.", "Experten", "anonymous", "anonymous"),
        ("Diplomaten zufolge wird verhandelt.", "Diplomaten", "anonymous", "anonymous"),
        ("Ein Sprecher sagte, man prüfe das.", "Ein Sprecher", "anonymous", "anonymous"),
        ("Officials said the talks would go on.", "Officials", "anonymous", "anonymous"),
        # a plural the rules left untyped (person) is still read as a group
        ("Experten halten das für möglich.", "Experten", "person", "group"),
        # a named collective from the registry keeps its own type
        ("Die Hamas erklärte, man sei bereit.", "Die Hamas", "anonymous", "group"),
    ],
)
def test_anonymous_sources_are_not_retyped_as_groups(text, written, etype, expected):
    lang = "en" if text.startswith("Officials") else "de"
    doc = Document(text, lang=lang)
    doc.attributions = [_att(text, written, written, etype, lang=lang)]
    assert resolve(doc).attributions[0].source.type == expected


@pytest.mark.parametrize(
    "text, lang, written, shown",
    [
        ("Die UNO warnte vor einer Hungersnot.", "de", "Die UNO", "UNO"),
        ("The United Nations warned of famine.", "en", "The United Nations", "United Nations"),
        ("The UN warned of famine.", "en", "The UN", "United Nations"),
        ("Der IWF senkte seine Prognose.", "de", "Der IWF", "IWF"),
        ("The IMF cut its forecast.", "en", "The IMF", "IMF"),
        ("The State Department said talks went on.", "en", "The State Department",
         "US State Department"),
        ("Laut Weltklimarat steigt der Meeresspiegel.", "de", "Weltklimarat", "Weltklimarat"),
        ("The IPCC said sea levels rise.", "en", "The IPCC", "IPCC"),
    ],
)
def test_registry_names_follow_the_mention_language(text, lang, written, shown):
    doc = Document(text, lang=lang)
    doc.attributions = [_att(text, written, written, "person", lang=lang)]
    assert resolve(doc).attributions[0].source.name == shown


@pytest.mark.parametrize(
    "text, mentions, lang, expected, entity_name",
    [
        # the article spells the name out: every mention shows the spelled-out name (a mention
        # written "WHO" keeps its text); an article that never spells it out shows the acronym
        ("The World Health Organization warned of measles. The WHO said cases doubled.",
         ["The World Health Organization", "The WHO"], "en",
         ["World Health Organization", "World Health Organization"], "World Health Organization"),
        ("The WHO said cases doubled.", ["The WHO"], "en", ["WHO"], "WHO"),
        ("The Saudi Press Agency reported the strike. The agency said exports continued.",
         ["The Saudi Press Agency", "The agency"], "en",
         ["Saudi Press Agency", "Saudi Press Agency"], "Saudi Press Agency"),
        # an acronym the article defines in brackets joins its long form
        ("Die Nordische Union der Bibliotheken (NUB) warnte vor Zensur. Die NUB zählte 400 "
         "Fälle.", ["Die Nordische Union der Bibliotheken", "Die NUB"], "de",
         ["Nordische Union der Bibliotheken", "Nordische Union der Bibliotheken"],
         "Nordische Union der Bibliotheken"),
        ("Figures from the Baltic Fisheries Council (BFC) show a decline, BFC data say.",
         ["BFC data"], "en", ["Baltic Fisheries Council"], "Baltic Fisheries Council"),
    ],
)
def test_spelled_out_names_and_defined_acronyms(text, mentions, lang, expected, entity_name):
    doc = _doc(text, mentions, lang)
    assert _names(doc) == expected
    assert [a.source.text for a in doc.attributions] == mentions
    ent = doc.entity(doc.attributions[0].source.entity)
    assert ent.name == entity_name
    assert len({a.source.entity for a in doc.attributions}) == 1


def test_one_entity_per_registry_entry_across_languages():
    text = "Die UNO warnte.\nThe United Nations said aid was blocked.\nDie UNO bleibt dabei."
    doc = Document(text, lang="de")
    doc.attributions = [_att(text, "Die UNO", "Die UNO", "person", lang="de"),
                        _att(text, "The United Nations", "The United Nations", "person",
                             lang="en")]
    de, en = (a.source for a in resolve(doc).attributions)
    assert (de.name, en.name) == ("UNO", "United Nations")
    assert de.entity == en.entity
    ent = doc.entity(de.entity)
    assert ent.name == "UNO" and "United Nations" in ent.aliases
