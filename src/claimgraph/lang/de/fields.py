"""The German first field (Vorfeld): is what stands before the finite verb its subject?

In a verb-second main clause exactly one phrase precedes the finite verb. When that phrase is
an adverbial — a prepositional phrase ("Zu den Vorwürfen führte X aus"), an adverb ("Bislang
gingen die Forscher davon aus"), a participle ("Relativierend fügte X hinzu", "Die Wahl
betreffend sagte X"), a time span ("Zwei Tage später erklärte X") or a fronted als-phrase — the
subject is the nominative noun phrase right after the verb. The word lists are in adverbs.tsv.
"""

from __future__ import annotations

import re

from ..base import LanguagePack
from .mentions import Lexicons, is_participle

#: a first field closed by a participle ("Die Wahl betreffend", "An die Presse gewandt") is an
#: adverbial phrase; the subject follows the verb
FRONT_PARTICIPLE = re.compile(r"\S\s+(?!(?:jedenfalls|zumindest|wenigstens)\s*$)"
                              r"[a-zäöüß][\w-]*(?:end|gewandt|bezogen|angesprochen|befragt)\s*$")


#: "Als großen Erfolg bezeichnet X den Sieg": a fronted predicative als-phrase (no comma, no
#: finite verb of its own), the subject follows the verb
ALS_FIELD = re.compile(r"\s*Als\s+[^,;:.!?]{1,80}?\s*")

#: a time span opening the clause: "Wenige Stunden nach dem Putsch", "Zwei Tage später"
TIME_FIELD = re.compile(r"""\s*(?:(?:Wenige|Einige|Mehrere|Zwei|Drei|Vier|Fünf|Sechs|Sieben|Acht|
                                  Zehn|Ein|Eine|Einen|Eineinhalb|Anderthalb|\d+)\s+)?
                            (?:Sekunden|Minuten|Stunden|Tage|Tagen|Wochen|Monate|Monaten|Jahre|
                               Jahren|Tag|Woche|Monat|Jahr)\s+
                            (?:später|zuvor|danach|davor|vorher|nach|vor|lang|seit)(?![\w-])""",
                        re.VERBOSE)
#: "Kurz darauf", "Unmittelbar danach", "Tags zuvor": an adverb of degree or time before a
#: temporal pronominal adverb; "Kurz" here is no surname
SHORTLY_FIELD = re.compile(r"""\s*(?:Kurz|Bald|Gleich|Unmittelbar|Wenig|Tags|Lange|Noch|Schon|Direkt)\s+
                               (?:darauf|danach|zuvor|vorher|nachher|später|davor|anschließend)
                               \s*""", re.VERBOSE)

#: "Sinngemäß hofft Musk", "Erwartungsgemäß lehnte X ab", "Verhältnismäßig spät räumte X ein": a
#: manner adverb in -gemäß/-mäßig fills the first field (no noun ends so), the subject follows
MANNER_FIELD = re.compile(r"\s*[A-ZÄÖÜ][a-zäöüß]{2,}(?:gemäß|gemäss|mäßig|mässig)(?:\s+[a-zäöüß]+)?\s*")

#: "Der Zeitung gegenüber erklärte X", "Reportern gegenüber sagte sie": a postpositional
#: phrase (its noun is dative) fills the first field, the subject follows the verb
POSTPOSITION_FIELD = re.compile(r"\s*[^,;:]{2,80}?\s(?:gegenüber|zufolge|entsprechend|zuliebe)\s*")

#: words that end a prepositional first field early: a second finite verb, a conjunction or a
#: relative pronoun means the stretch is more than one phrase
_NOT_ONE_PHRASE = re.compile(r"""(?<![\w-])(?:und|oder|sowie|dass|daß|ob|weil|wie|
                                 hat|hatte|haben|hatten|ist|sind|war|waren|wird|wurde|werden|
                                 wurden|sagte|sagten|sagt)(?![\w-])""", re.VERBOSE)


#: adverbs that open a prepositional first field ("Zusammen mit Barney Frank plädiert X")
_PREP_ADVERBS = frozenset({"zusammen", "gemeinsam", "angesichts", "unmittelbar", "kurz", "gleich",
                           "direkt", "noch", "schon", "bereits", "erst"})


def adverbs_only(pack: LanguagePack, field: str) -> bool:
    """`Bislang`, `Monatelang`, `Damals jedoch`: a first field of adverbs only (adverbs.tsv),
    so the subject follows the verb."""
    words = field.split()
    lex = Lexicons.of(pack)
    return bool(words) and len(words) <= 3 and all(lex.is_adverb(w) for w in words)


def prepositional(pack: LanguagePack, field: str) -> bool:
    """`Zu den Vorwürfen`, `Gegenüber der Presse`, `Über die Pläne des Senats`: the first field
    is one prepositional phrase (it opens with a capitalised preposition, ends in a noun, has no
    comma and no second clause in it), so it cannot hold the subject."""
    words = field.split()
    if len(words) < 2 or len(words) > 14 or "," in field or not words[0][:1].isupper():
        return False
    if not (words[-1][:1].isupper() or words[-1][:1].isdigit()):
        return False  # "Im weiteren …", "Für weite …": a phrase ends in its noun
    if words[0].lower() not in Lexicons.of(pack).prepositions and not (
            words[0].lower() in _PREP_ADVERBS and words[1].lower() in Lexicons.of(pack).prepositions):
        return False  # "Zusammen mit X", "Gemeinsam mit X": an adverb + PP is one phrase too
    return _NOT_ONE_PHRASE.search(field) is None


def circumstance(pack: LanguagePack, np: str) -> bool:
    """Does the noun phrase of an `In`/`Im` phrase state a time or a circumstance
    (circumstances.tsv: "Im Mai", "Im Vorfeld", "In diesem Zusammenhang"), so that it names
    no sayer? The head is the first capitalised word (before a genitive: "Im Vorfeld des
    Gipfels"); a compound counts by its end."""
    heads = re.findall(r"[A-ZÄÖÜ][\w-]*", np)
    if not heads:
        return False
    head = heads[0].lower()
    nouns = _circumstance_nouns(pack)
    return head in nouns or any(head.endswith(n) for n in nouns if len(n) >= 4)


def _circumstance_nouns(pack: LanguagePack) -> frozenset[str]:
    return frozenset(r["noun"].lower() for r in pack.lexicon("circumstances"))


def adverbial(pack: LanguagePack, field: str) -> bool:
    """Is the first field an adverbial, so that the subject follows the finite verb?"""
    words = field.split()
    return (len(words) == 1 and is_participle(words[0].strip())) \
        or FRONT_PARTICIPLE.search(field) is not None or TIME_FIELD.match(field) is not None \
        or SHORTLY_FIELD.fullmatch(field) is not None or MANNER_FIELD.fullmatch(field) is not None \
        or adverbs_only(pack, field) or ALS_FIELD.fullmatch(field) is not None \
        or prepositional(pack, field) or POSTPOSITION_FIELD.fullmatch(field) is not None
