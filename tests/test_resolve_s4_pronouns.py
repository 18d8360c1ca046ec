"""German pronouns and the grammatical gender of institutions (session 4, wave 3): "Der Verband
... Er sagte" is the Verband, "Die Landesregierung ... Sie erklärte" the government, when the
institution is the subject of a later sentence than the last fitting person; a person of the
pronoun's gender nearer by, an institution of another gender, one after a preposition or one
that is no subject leave the person reading. Invented texts."""

from __future__ import annotations

import pytest

from claimgraph.model import Attribution, Document, SourceMention, Span, TextSpan
from claimgraph.source_words import institution_gender
from claimgraph.sources import resolve

from resolve_helpers import resolved_names


@pytest.mark.parametrize("name,gender", [
    ("Bundesverband", "m"), ("Der Verband", "m"), ("Landesregierung", "f"),
    ("Staatsanwaltschaft", "f"), ("Auswärtiges Amt", "n"), ("Sozialministerium", "n"),
    ("Deutsche Bank", "f"), ("Bundesrat", "m"),
    # look-alikes: names with no institution head noun
    ("Siemens", ""), ("Greenpeace", ""), ("", ""),
])
def test_institution_gender(name: str, gender: str) -> None:
    assert institution_gender(name) == gender


_HANS = "Hans Ober eröffnete am Montag die Sitzung. "
_ANNA = "Anna Berg eröffnete am Montag die Sitzung. "


@pytest.mark.parametrize("text,mentions,names", [
    # the institution spoke or opened its sentence, in a later sentence than the person
    ("Der Verband kritisierte die Reform. Er sagte, die Beiträge würden steigen.",
     ["Der Verband", "Er"], ["Verband", "Verband"]),
    (_HANS + "Der Verband kritisierte die Reform. Er sagte, die Beiträge würden steigen.",
     ["Hans Ober", "Der Verband", "Er"], ["Hans Ober", "Verband", "Verband"]),
    (_ANNA + "Die Landesregierung lehnte den Antrag ab. Sie erklärte, das Geld fehle.",
     ["Anna Berg", "Die Landesregierung", "Sie"], ["Anna Berg", "Landesregierung",
                                                   "Landesregierung"]),
    (_HANS + "Am Dienstag kritisierte der Verband die Reform. Er sagte, sie sei teuer.",
     ["Hans Ober", "der Verband", "Er"], ["Hans Ober", "Verband", "Verband"]),
    # look-alikes: the person is nearer; the institution's gender differs from the pronoun's
    ("Der Verband kritisierte die Reform. " + _HANS + "Er sagte, die Beiträge würden steigen.",
     ["Der Verband", "Hans Ober", "Er"], ["Verband", "Hans Ober", "Hans Ober"]),
    (_HANS + "Die Landesregierung lehnte den Antrag ab. Er sagte, das Geld fehle.",
     ["Hans Ober", "Die Landesregierung", "Er"], ["Hans Ober", "Landesregierung", "Hans Ober"]),
    (_HANS + "Das Ministerium lehnte den Antrag ab. Er sagte, das Geld fehle.",
     ["Hans Ober", "Das Ministerium", "Er"], ["Hans Ober", "Ministerium", "Hans Ober"]),
    (_ANNA + "Der Verband kritisierte die Reform. Sie sagte, die Beiträge würden steigen.",
     ["Anna Berg", "Der Verband", "Sie"], ["Anna Berg", "Verband", "Anna Berg"]),
])
def test_pronoun_for_institution_by_grammatical_gender(text: str, mentions: list[str],
                                                       names: list[str]) -> None:
    assert resolved_names(text, mentions, "de") == names


@pytest.mark.parametrize("text,names", [
    # an institution after a preposition, or after a pronoun subject, is no subject
    ("Franz Lang tritt zurück. Er werde aber im Bundestag bleiben. Danach sagte er, es sei "
     "genug.", ["Franz Lang", "Franz Lang", "Franz Lang"]),
    ("Franz Lang tritt zurück. Er werde im Landtag bleiben. Danach sagte er, es sei genug.",
     ["Franz Lang", "Franz Lang", "Franz Lang"]),
])
def test_institution_that_is_no_subject(text: str, names: list[str]) -> None:
    assert resolved_names(text, ["Franz Lang", "Er", "er"], "de") == names


def test_object_institution_leaves_feminine_pronoun_open() -> None:
    """ "Hans Ober kritisierte die Regierung. Sie ..." : the government is an object, no woman
    is named: the pronoun stays unresolved rather than guessed."""
    text = "Hans Ober kritisierte am Montag die Regierung. Sie erklärte, das Geld fehle."
    assert resolved_names(text, ["Hans Ober", "Sie"], "de")[1] != "Regierung"


_ARAGHCHI = ("Auf der Konferenz stritt Kerry mit dem iranischen {role}{pp}, Abbas Araghchi, und "
             "anderen Politikern. Auch der {other} Donald Rumsfeld griff den Iran an. Der iranische "
             "{role} betrachtet den Beschluss als Eskalation.")


@pytest.mark.parametrize("role,pp,other,name", [
    # a role, a prepositional phrase of what it is for, then the name in commas: that person
    ("Vize-Außenminister", " für internationale Beziehungen", "US-amerikanische Außenminister",
     "Abbas Araghchi"),
    ("Vize-Außenminister", " für Fragen der Abrüstung", "US-amerikanische Außenminister",
     "Abbas Araghchi"),
    ("Vize-Außenminister", "", "US-amerikanische Außenminister", "Abbas Araghchi"),
    ("Botschafter", " bei den Vereinten Nationen", "US-amerikanische Verteidigungsminister",
     "Abbas Araghchi"),
])
def test_role_with_pp_and_apposed_name(role: str, pp: str, other: str, name: str) -> None:
    text = _ARAGHCHI.format(role=role, pp=pp, other=other)
    assert resolved_names(text, [f"Der iranische {role}"], "de", last=True) == [name]


@pytest.mark.parametrize("earlier,later,name", [
    # a deputy is not the office holder named before, and the other way round
    ("der US-amerikanische Außenminister Donald Rumsfeld", "Der Vize-Außenminister",
     "Vize-Außenminister"),
    ("der stellvertretende Außenminister Donald Rumsfeld", "Der Außenminister", "Außenminister"),
    # look-alike: the same office is that person
    ("der US-amerikanische Außenminister Donald Rumsfeld", "Der Außenminister", "Donald Rumsfeld"),
])
def test_deputy_role_is_not_the_office_holder(earlier: str, later: str, name: str) -> None:
    text = f"Am Montag griff {earlier} den Iran an. {later} sagte, man verhandle weiter."
    assert resolved_names(text, [later], "de") == [name]


@pytest.mark.parametrize("text,mentions,names", [
    # plural "sie" right after figures: the one who cited them, not the last group that spoke
    ("Die Gewerkschaft kritisierte die Pläne. Die Zahlen sind laut Anna Berg kein Grund zur "
     "Freude. Sie zeigten, dass die Löhne sinken.", ["Die Gewerkschaft", "Anna Berg", "Sie"],
     ["Gewerkschaft", "Anna Berg", "Anna Berg"]),
    ("Die Gewerkschaft kritisierte die Pläne. Die Umfrageergebnisse sind laut Anna Berg "
     "eindeutig. Sie belegten, dass die Löhne sinken.", ["Die Gewerkschaft", "Anna Berg", "Sie"],
     ["Gewerkschaft", "Anna Berg", "Anna Berg"]),
    # ... nobody cited them: the pronoun stays open rather than naming the group
    ("Die Gewerkschaft kritisierte die Pläne. Die Daten sind eindeutig. Sie zeigten, dass die "
     "Löhne sinken.", ["Die Gewerkschaft", "Sie"], ["Gewerkschaft", "Sie"]),
    # look-alikes: a group stands nearer than the figures; no figures at all
    ("Die Gewerkschaft prüfte die Zahlen. Die Gewerkschafter erklärten, man sei empört. Sie "
     "forderten, dass die Löhne steigen.", ["Die Gewerkschafter", "Sie"],
     ["Gewerkschafter", "Gewerkschafter"]),
    ("Die Demonstranten erklärten, man sei empört. Sie forderten, dass die Löhne steigen.",
     ["Die Demonstranten", "Sie"], ["Demonstranten", "Demonstranten"]),
])
def test_plural_sie_after_things(text: str, mentions: list[str], names: list[str]) -> None:
    assert resolved_names(text, mentions, "de") == names


@pytest.mark.parametrize("mention,name", [
    # a bare institution noun, then a plural common noun the rules ran into: the noun alone
    ("Ministerium Arbeiten", "Ministerium"),
    ("Ministerium Angaben", "Ministerium"),
    ("Behörde Problemen", "Behörde"),
    # look-alikes: a name after an article, a registry name, a non-plural name shape
    ("die Firma Euryza", "Euryza"),
    ("Konzern Siemens", "Siemens"),
    ("Firma Euryza", "Euryza"),
])
def test_common_noun_after_bare_institution(mention: str, name: str) -> None:
    text = f"Am Montag hieß es laut {mention} an der Leitung, alles sei ruhig."
    assert resolved_names(text, [mention], "de") == [name]


@pytest.mark.parametrize("text,mention,etype", [
    # the plural of an institution noun is several institutions: a group
    ("Die Oppositionsparteien erklärten, die Wahl sei gefälscht.", "Die Oppositionsparteien",
     "group"),
    ("Mehrere Hilfsorganisationen warnten, die Lage sei ernst.", "Mehrere Hilfsorganisationen",
     "group"),
    ("Die Gewerkschaften kritisierten, die Löhne seien niedrig.", "Die Gewerkschaften", "group"),
    # look-alikes: the singular, and a noun whose plural is its singular
    ("Die Partei erklärte, die Wahl sei gefälscht.", "Die Partei", "organisation"),
    ("Das Unternehmen erklärte, die Zahlen seien gut.", "Das Unternehmen", "organisation"),
])
def test_plural_institution_noun_is_a_group(text: str, mention: str, etype: str) -> None:
    doc = Document(text, lang="de")
    start = text.index(mention)
    doc.attributions.append(Attribution(
        "indirect", TextSpan(text[-10:], Span(len(text) - 10, len(text))),
        source=SourceMention(mention, Span(start, start + len(mention)), mention), lang="de"))
    assert resolve(doc).attributions[0].source.type == etype


_NEWIN = ("Der Politiker Newin Chidchob wandte sich an die Anhänger; er habe nichts verraten. "
          "{er} beschuldigte Thaksin, den Premier Samak Sundaravej fallen gelassen zu haben. "
          "{mid}Die Anhänger warnte {last}, man benutze sie.")


@pytest.mark.parametrize("er,mid,last,name", [
    # "Er" opening a sentence carries its antecedent: the later "er" is that subject, not the
    # object named after it (nor a speaker of unknown gender passed over for a known one)
    ("Er", "", "er", "Newin Chidchob"),
    ("Er", "Am Abend sprach man darüber. ", "er", "Newin Chidchob"),
    # look-alike: a new named subject in between
    ("Er", "Samak Sundaravej widersprach. ", "er", "Samak Sundaravej"),
])
def test_subject_pronoun_carries_the_chain(er: str, mid: str, last: str, name: str) -> None:
    text = _NEWIN.format(er=er, mid=mid, last=last)
    assert resolved_names(text, ["Newin Chidchob", last], "de", last=True)[-1] == name


_CHEN = "„Das Kind musste gut aussehen“, sagte {name} zum Austausch des Mädchens. {role} meinte "


@pytest.mark.parametrize("name,role,expected", [
    # a function noun right after a named speaker ("Der Musikverantwortliche der Feier
    # meinte weiter"): that speaker
    ("Chen Qigang", "Der Musikverantwortliche der Eröffnungsfeier", "Chen Qigang"),
    ("Chen Qigang", "Der Verantwortliche", "Chen Qigang"),
    ("Anna Berg", "Die Musikverantwortliche", "Anna Berg"),
    # look-alikes: gender disagrees; several of them
    ("Anna Berg", "Der Musikverantwortliche", "Musikverantwortliche"),
    ("Chen Qigang", "Die Verantwortlichen", "Verantwortlichen"),
])
def test_function_noun_after_named_speaker(name: str, role: str, expected: str) -> None:
    text = _CHEN.format(name=name, role=role) + "weiter, das Lied sei ausgetauscht worden."
    assert resolved_names(text, [name, role], "de") == [name, expected]


@pytest.mark.parametrize("middle,expected", [
    # "die Wissenschaftler" (plural) is no antecedent for "er": the named man before them
    ("Bislang gingen die Wissenschaftler davon aus, dass Planeten langsam wachsen. ",
     "Ken Rice"),
    ("Bislang gingen die Forscher davon aus, dass Planeten langsam wachsen. ", "Ken Rice"),
    # look-alikes: a singular role after "der" is a man; the feminine "die Forscherin" is no "er"
    ("Bislang ging der Forscher Tom Berg davon aus, dass Planeten langsam wachsen. ", "Tom Berg"),
    ("Bislang ging die Forscherin davon aus, dass Planeten langsam wachsen. ", "Ken Rice"),
])
def test_plural_role_is_no_singular_antecedent(middle: str, expected: str) -> None:
    text = ("Ken Rice erklärte, die Entdeckung sei neu. " + middle
            + "Mit seinen Simulationen habe er das nachweisen können.")
    sources = ["Ken Rice", middle.split(" davon")[0].split(" ", 2)[2], "er"]
    assert resolved_names(text, sources, "de", last=True)[-1] == expected


@pytest.mark.parametrize("spokes,name", [
    # "ein Sprecher Koch-Mehrins": one of her spokesmen; his gender is not hers, so the later
    # "Sie" (a name the first-name list does not know) is still her
    ("ein Sprecher Koch-Mehrins", "Silvana Koch-Mehrin"),
    ("eine Sprecherin Koch-Mehrins", "Silvana Koch-Mehrin"),
    # look-alike: a man named after a definite role
    ("der Sprecher Tom Berg", "Silvana Koch-Mehrin"),
])
def test_genitive_owner_keeps_her_gender(spokes: str, name: str) -> None:
    text = (f"Die Abgeordnete Silvana Koch-Mehrin hat Widerspruch eingelegt. Dies teilte {spokes} "
            "mit. Sie wisse, dass ihre Arbeit Schwächen habe.")
    assert resolved_names(text, [spokes, "Sie"], "de")[-1] == name


@pytest.mark.parametrize("mention,name,etype", [
    ("ein Sprecher Koch-Mehrins", "Sprecher", "anonymous"),
    ("Ein Sprecher Merkels", "Sprecher", "anonymous"),
    # look-alike: a definite role before a name is that person
    ("Der Sprecher Hans Jonas", "Hans Jonas", "person"),
])
def test_indefinite_role_with_genitive_name(mention: str, name: str, etype: str) -> None:
    text = f"{mention} sagte am Montag, die Lage sei ruhig."
    doc = Document(text, lang="de")
    doc.attributions.append(Attribution(
        "indirect", TextSpan(text[-10:], Span(len(text) - 10, len(text))),
        source=SourceMention(mention, Span(0, len(mention)), mention), lang="de"))
    src = resolve(doc).attributions[0].source
    assert (src.name, src.type) == (name, etype)


@pytest.mark.parametrize("first,pronoun,name", [
    # a nominalised adjective role says the gender of a name the first-name list lacks
    ("Die Vorsitzende Kim Lee sprach lange.", "Er", "Er"),
    ("Die Abgeordnete Kim Lee sprach lange.", "Er", "Er"),
    ("Die Vorsitzende Kim Lee sprach lange.", "Sie", "Kim Lee"),
    ("Der Vorsitzende Kim Lee traf die Ministerin Anna Berg.", "Er", "Kim Lee"),
    # look-alike: the same role after "Der" is a man
    ("Der Vorsitzende Kim Lee sprach lange.", "Er", "Kim Lee"),
])
def test_adjective_role_gives_gender_to_name(first: str, pronoun: str, name: str) -> None:
    text = f"{first} {pronoun} sagte, die Arbeit sei gut."
    assert resolved_names(text, [pronoun], "de") == [name]


@pytest.mark.parametrize("first,mention,second,name", [
    # plural "Sie" + plural verb after a plural role that spoke: those people
    ("Die Wissenschaftler der Universität machen die Hygiene verantwortlich.",
     "Die Wissenschaftler der Universität", "Sie gehen davon aus", "Wissenschaftler"),
    ("Die Forscher erklärten, die Lage sei ernst.", "Die Forscher", "Sie fordern",
     "Forscher"),
    # look-alikes: singular "Sie" + singular verb; a feminine singular role
    ("Die Forscher erklärten, die Lage sei ernst.", "Die Forscher", "Sie fordert", "Sie"),
    ("Die Forscherin erklärte, die Lage sei ernst.", "Die Forscherin", "Sie fordern", "Sie"),
])
def test_plural_sie_for_plural_role(first: str, mention: str, second: str, name: str) -> None:
    text = f"{first} {second}, dass mehr getan werde."
    assert resolved_names(text, [mention, "Sie"], "de")[-1] == name
