"""German speaker noun phrases and frames in basic shapes that found nothing before session 4
wave 4: partitive subjects ("Einer der Feuerwehrmänner sagte"), and their look-alikes."""

from __future__ import annotations

import pytest

from claimgraph import analyze
from claimgraph.lang.base import get_pack
from claimgraph.lang.de.mentions import parse
from frame_checks import check_found, label


# --- partitive subjects: the whole phrase is the speaker -------------------------------------

@pytest.mark.parametrize("text,content,source", [
    ("Einer der beteiligten Feuerwehrmänner sagte: „Das Feuer war schnell außer Kontrolle.“",
     "außer Kontrolle", "Einer der beteiligten Feuerwehrmänner"),
    ("Einer der 13 Feuerwehrmänner sagte, der Keller sei voller Rauch gewesen.",
     "voller Rauch", "Einer der 13 Feuerwehrmänner"),
    ("Eine der Ärztinnen berichtete, die Station sei völlig überlastet.", "überlastet",
     "Eine der Ärztinnen"),
    ("Viele der Demonstranten erklärten, sie würden am Samstag wiederkommen.", "wiederkommen",
     "Viele der Demonstranten"),
    ("Zwei der Verletzten sagten aus, der Fahrer sei zu schnell gefahren.", "zu schnell",
     "Zwei der Verletzten"),
    ("Einige von ihnen gaben an, sie hätten nichts gehört.", "nichts gehört",
     "Einige von ihnen"),
    ("Keiner der Zeugen wollte bestätigen, dass der Wagen rot war.", "Wagen rot",
     "Keiner der Zeugen"),
    # fronted object / adverb in the first field: the partitive follows the verb
    ("Am Abend erklärte einer der Sanitäter, die Lage sei unter Kontrolle.", "unter Kontrolle",
     "einer der Sanitäter"),
    # Perfekt, plural, adjective inside
    ("Mehrere der entlassenen Arbeiter haben erklärt, sie würden klagen.", "würden klagen",
     "Mehrere der entlassenen Arbeiter"),
    # partitive with a genitive attachment
    ("Einer der Sprecher des Vereins sagte, man sei enttäuscht.", "enttäuscht",
     "Einer der Sprecher des Vereins"),
])
def test_partitive_subject(text: str, content: str, source: str) -> None:
    check_found(text, content, "", source)


@pytest.mark.parametrize("phrase,typ", [
    ("Einer der Feuerwehrmänner", "person"),
    ("Eine der Ärztinnen", "person"),
    ("Keiner der Zeugen", "person"),
    ("Zwei der Verletzten", "group"),
    ("Viele der Demonstranten", "group"),
    ("Einige von ihnen", "group"),
])
def test_partitive_type(phrase: str, typ: str) -> None:
    m = parse(phrase, 0, get_pack("de"))
    assert m is not None and m.text == phrase and m.type == typ


@pytest.mark.parametrize("text", [
    # look-alikes: a partitive that does not speak (a thing, narration, a question)
    "Einer der Gründe für den Streik ist die niedrige Bezahlung.",
    "Zwei der Verletzten wurden in ein Krankenhaus gebracht.",
    "Viele der Demonstranten zogen am Abend weiter zum Rathaus.",
    "Sagte einer der Zeugen die Wahrheit?",
])
def test_partitive_look_alikes(text: str) -> None:
    assert not analyze(text, lang="de").attributions, text


# --- postposed Perfekt frames: "…, hat der Minister gesagt." ----------------------------------

@pytest.mark.parametrize("text,content,outside,source", [
    ("Die Lage ist ernst, hat der Minister am Montag gesagt.", "Lage ist ernst", "hat der",
     "Minister"),
    ("Die Verhandlungen seien gescheitert, hatte die Sprecherin erklärt.", "gescheitert",
     "hatte", "Sprecherin"),
    ("Der Täter ist gefasst, haben die Ermittler mitgeteilt.", "Täter ist gefasst", "Ermittler",
     "Ermittler"),
    ("Man werde den Vertrag nicht verlängern, hat Siemens-Chef Joe Kaeser erklärt.",
     "nicht verlängern", "Kaeser", "Joe Kaeser"),
    ("Das Spiel war schwach, hat er nach dem Abpfiff gesagt.", "Spiel war schwach", "Abpfiff",
     "er"),
    ("Die Firma baut ein neues Werk, hatten die Manager angekündigt.", "neues Werk", "Manager",
     "Manager"),
])
def test_perfect_postposed(text: str, content: str, outside: str, source: str) -> None:
    check_found(text, content, outside, source)


def test_perfect_postposed_quote_is_direct() -> None:
    atts = analyze("„Wir schaffen das“, hat die Kanzlerin gesagt.", lang="de").attributions
    assert [(a.kind, a.content.text, a.source.name) for a in atts] == \
        [("direct", "Wir schaffen das", "Kanzlerin")]


@pytest.mark.parametrize("text", [
    # look-alikes: an action after the comma, a subordinate clause first, a number clash
    "Als der Regen kam, hat der Trainer das Spiel abgebrochen.",
    "Die Brücke ist gesperrt, hat die Stadt beschlossen.",
    "Die Lage ist ernst, haben der Minister gesagt.",
])
def test_perfect_postposed_look_alikes(text: str) -> None:
    assert not analyze(text, lang="de").attributions, text


# --- "Nach der Einschätzung von X" with the article: according_to ------------------------------

@pytest.mark.parametrize("text,content,source", [
    ("Nach der Einschätzung von Experten würde dies gegen eine schnelle Erholung sprechen.",
     "schnelle Erholung", "Experten"),
    ("Nach der Ansicht des Ministers ist die Reform gescheitert.", "Reform gescheitert",
     "Minister"),
    ("Nach der Auffassung der Opposition verstößt das Gesetz gegen die Verfassung.",
     "gegen die Verfassung", "Opposition"),
    ("Nach der Überzeugung der Ermittler war der Mann der Täter.", "der Täter", "Ermittler"),
    ("Die Reform ist nach der Einschätzung von Fachleuten zu teuer.", "zu teuer", "Fachleute"),
])
def test_nach_der_view(text: str, content: str, source: str) -> None:
    atts = [a for a in analyze(text, lang="de").attributions if content in a.content.text]
    assert atts and atts[0].kind == "according_to" and source in label(atts[0].source)


@pytest.mark.parametrize("text", [
    # look-alikes: "nach der" + a time or place noun is no view
    "Nach der Sitzung des Ministers ist die Reform gescheitert.",
    "Nach der Rückkehr der Ermittler war der Fall geklärt.",
])
def test_nach_der_look_alikes(text: str) -> None:
    assert not [a for a in analyze(text, lang="de").attributions if a.kind == "according_to"]


# --- a last line that lost its full stop is still a sentence ----------------------------------

@pytest.mark.parametrize("last,source", [
    ("Der Umsatz wird im nächsten Jahr weiter steigen, so Anna Berg, Chefin der Firma",
     "Anna Berg"),
    ("Der Umsatz wird im nächsten Jahr weiter steigen, sagte Anna Berg", "Anna Berg"),
])
def test_last_line_without_stop(last: str, source: str) -> None:
    text = f"Neue Zahlen\n\nDie Firma legte am Montag ihre Zahlen vor.\n\n{last}"
    atts = analyze(text, lang="de").attributions
    assert [a.content.text for a in atts] == ["Der Umsatz wird im nächsten Jahr weiter steigen"]
    assert source in label(atts[0].source)


@pytest.mark.parametrize("text", [
    # a subhead between body paragraphs, or a last line without a comma, stays a heading
    "Neue Zahlen\n\nDie Firma legte Zahlen vor.\n\nUmsatz steigt, sagt Berg\n\nDer Rest folgt.",
    "Neue Zahlen\n\nDie Firma legte Zahlen vor.\n\nBerg sagt Umsatzplus voraus",
])
def test_heading_lines_stay_headings(text: str) -> None:
    assert not analyze(text, lang="de").attributions


# --- a verbless "So X." sentence after a claim or a quote --------------------------------------

@pytest.mark.parametrize("text,content,kind,source", [
    ("Die Wirtschaft wächst wieder. So Merkel, die Kanzlerin, am Abend.",
     "Die Wirtschaft wächst wieder", "according_to", "Merkel"),
    ("„Wir schaffen das.“ So Merkel, die Kanzlerin, am Abend.", "Wir schaffen das", "direct",
     "Merkel"),
    ("Die Reform kommt zu spät. So die Opposition am Montag.", "Reform kommt zu spät",
     "according_to", "Opposition"),
    ("Die Steuer muss sinken. So der Finanzminister gegenüber der Zeitung.", "Steuer muss sinken",
     "according_to", "Finanzminister"),
])
def test_so_alone(text: str, content: str, kind: str, source: str) -> None:
    atts = [a for a in analyze(text, lang="de").attributions if content in a.content.text]
    assert atts and atts[0].kind == kind and source in label(atts[0].source)


@pytest.mark.parametrize("text", [
    # look-alikes: an exclamation, "likewise", a thing, a clause with a verb
    "Das Ergebnis ist knapp. So ein Unsinn.",
    "Die Stadt senkt die Gebühren. So auch Berlin.",
    "Die Lage ist ruhig. So die Lage am Abend.",
    "Das Werk schließt. So kam es zum Streik.",
])
def test_so_alone_look_alikes(text: str) -> None:
    assert not [a for a in analyze(text, lang="de").attributions if a.rule == "according_so_alone"]
    assert not [a for a in analyze(text, lang="de").attributions if a.source is not None]
