"""German source mentions: the noun-phrase pattern and mention -> (name, role, affiliation, type).

No parser runs here: a German news source is nearly always one of a few noun-phrase shapes
(pronoun; determiner + adjectives + capitalised words; a name in quotation marks; any of these
with a genitive or von/vom/bei attachment), so one verbose regex finds them and the lexicons
(roles.tsv, anonymous.tsv, relay.tsv) type them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ...model import Quote, SourceMention, Span
from ..base import LanguagePack
from ..common import MASK, NAME_FUNCTION_WORDS, alternation
from .animacy import Animacy

DET = (r"(?:[Dd]er|[Dd]ie|[Dd]as|[Dd]en|[Dd]em|[Dd]es|[Ee]in|[Ee]ine|[Ee]iner|[Ee]ines|[Ee]inem|"
       r"[Ee]inen|[Dd]iese[rsnm]?|[Ss]eine[rnms]?|[Ii]hre[rnms]?|[Ss]ein|[Ii]hr|[Mm]ehrere|"
       r"[Ee]inige|[Vv]iele|[Zz]ahlreiche|[Bb]eide|[Aa]lle|[Zz]wei|[Dd]rei|[Vv]ier)")
#: lower-case words ending like adjectives that are verbs or prepositions
_NOT_ADJ = (r"(?:haben|hatten|waren|werden|wurden|sollen|sollten|können|konnten|müssen|mussten|"
            r"wollen|wollten|dürfen|seien|habe|hatte|wurde|werde|sagte|sagten|gegen|wegen|unter|"
            r"über|hinter|außer|ausser|oder|aber|sowie|sie|die|der|des|den|dem|ihre|seine|eine|"
            r"einer|einen|einem|eines|gestern|immer|wieder|später|sonst|sehr|mehr|weiter|oben|"
            r"unten|innen|außen|ohne|gerne|heute|beide|alle|"
            # relative pronouns: "Kolarow, dessen Behörde …" opens a clause, not a phrase
            r"dessen|deren|denen)(?![\w-])")
ADJ = (rf"(?:(?!{_NOT_ADJ})[a-zäöüß][\w-]*(?:e|en|er|es|em)(?![\w-])|\d+-[jJ]ährige[rn]?"
       r"|[A-ZÄÖÜ][\w-]*(?:ische|ischen))")
#: capitalised words that start a sentence but never a source noun phrase
STOPCAP = (r"(?:Am|Im|In|Ins|Auf|Nach|Vor|Bei|Beim|Mit|Seit|Zudem|Dazu|Auch|Doch|Aber|Dann|Damit|"
           r"Daher|Deshalb|Laut|Wie|So|Als|Heute|Gestern|Dabei|Zuvor|Später|Bereits|Nun|Jetzt|"
           r"Inzwischen|Unterdessen|Derweil|Zugleich|Außerdem|Ausserdem|Allerdings|Jedoch|Trotzdem|"
           r"Gleichzeitig|Für|Gegen|Über|Unter|Aus|Von|Vom|Zum|Zur|Es|Das|Dies|Man|Wir|Ich|Ihr|"
           r"Hier|Dort|Da|Wenn|Weil|Ob|Dass|Daß|Nachdem|Während|Obwohl|Um|Ohne|Bis|Ab|Durch|Wegen|"
           r"Trotz|Neben|Zwischen|Noch|Nur|Schon|Erst|Zunächst|Zuletzt|Schließlich|Insgesamt|"
           r"Offenbar|Demnach|Weiter|Weiterhin|Ferner|Vielmehr|Und|Oder|Sondern|Denn|Dafür|Darauf|"
           r"Darüber|Dagegen|Hingegen|Indes|Zwar|Gemäß|Gemäss|Zufolge|Was|Wer|Wo|Wann|Warum|Sie|Er|"
           r"Mehr|Viel|Weniger|Kein|Keine|Alles|Nichts|Etwa|Rund|Fast|Knapp|Mindestens|Erneut|"
           r"Dem|Den|Der|Die|Des|Ein|Eine|Einer|Eines|Einem|Einen|Diese|Dieser|Dieses|Deren|Dessen|"
           r"Insbesondere|Besonders|Gerade|Ebenfalls|Jedenfalls|Immerhin|Tatsächlich|Angeblich|"
           r"Eigentlich|Letztlich|Schliesslich|Seitdem|Sobald|Solange|Falls|Sofern|Damals|"
           # prepositions with a genitive that open a first field, never a source
           r"Bezüglich|Hinsichtlich|Angesichts|Aufgrund|Infolge|Anlässlich|Seitens|Mittels|"
           r"Statt|Anstatt|Innerhalb|Außerhalb|Ausserhalb|Jenseits|Entgegen|Gegenüber|Zugunsten|"
           r"Zwecks|Dank|Mithilfe|Binnen|Ungeachtet|Abgesehen|Unweit|Nahe|Entlang|"
           # nominalised adverbs after an article: "Des Weiteren", "Im Übrigen"
           r"Weiteren|Übrigen|Ganzen|Allgemeinen|Folgenden|Einzelnen|Wesentlichen|"
           r"Darin|Daraus|Davon|Hierzu|Hierbei|Hierin|Worin|Womit|"
           # fronted adverbs and "An die X gewandt": a first field, never a source
           r"An|Aktuell|Derzeit|Momentan|Anschließend|Anschliessend|Danach|Daraufhin|Kürzlich|"
           r"Jüngst|Zuerst|Abschließend|Abschliessend|Ebenso|Eingangs|Ausdrücklich|Öffentlich)"
           r"(?![\w-])")
CAP = (rf"(?!{STOPCAP})(?:[A-ZÄÖÜ]\.(?:[A-ZÄÖÜ]\.)+|[A-ZÄÖÜ](?:[\w'’-]*\w)?(?:\.(?=[A-ZÄÖÜ\s]))?)")
#: "of"/"for" join English names in German text ("University of Toronto")
PARTICLE = r"(?:von\s+der|von|van\s+der|van|de|da|del|al|bin|ibn|ter|zu|dos|du|le|la|of|for)"
QUOTED = r"(?:[«„»“\"‚][^«»„“”\"\n]{1,60}[»“”«\"‘](?:-[\w-]*\w)?)"
#: "diese" stands alone before punctuation or a preposition ("so schrieb diese in einem Brief")
_PRON = (r"(?:[Ee]r|[Ss]ie|[Dd]ieser|[Jj]ener|[Ll]etzterer|[Ee]rsterer|"
         # "…, so letztere.": the feminine/plural forms are adjectives before a noun
         r"(?:[Dd]iese|[Ll]etztere|[Ee]rstere|[Jj]ene)(?=\s*[,.;:!?]|\s+(?:in|im|am|auf|bei|"
         r"gegenüber|weiter|zudem|auch|jedoch|aber|dazu|später|damals|nun|jetzt)(?![\w-])))")
#: outlets written in lower case: "die taz", "ndr.de", "spiegel.de"
LOWER_OUTLET = r"(?:taz|[a-z][\w-]*\.(?:de|at|ch|com|net|org|fr|it|uk))(?![\w.-])"
#: a compound on a lower-case abbreviation: "ai-Bericht", "dpa-Meldung"
LOWER_COMPOUND = r"(?:[a-z]{2,5}-[A-ZÄÖÜ][\w-]*\w)"
_HEAD = rf"(?:(?:{DET}\s+)?(?:{ADJ}\s+){{0,3}}{CAP}(?:\s+(?:{CAP}|{PARTICLE}\s+{CAP})){{0,5}})"
#: the "… ohne Grenzen" family of NGO names written without quotes (Reporter, Ärzte,
#: Ingenieure ohne Grenzen): "ohne" joins no other name ("sagte Müller ohne Umschweife")
_SANS = r"(?:\s+ohne\s+Grenzen(?![\w-]))"
_ATTACH = (rf"(?:\s+(?:des|der|vom|von\s+der|von\s+den|von|beim|bei\s+der|bei\s+dem|bei|für|aus)\s+"
           rf"(?:{DET}\s+)?(?:{ADJ}\s+){{0,2}}(?:{QUOTED}|{CAP}(?:\s+(?:{CAP}|(?:of|for)\s+{CAP})){{0,4}})"
           rf"(?:\s+{QUOTED})?{_SANS}?)")
#: a partitive phrase is one speaker: "Einer der beteiligten Feuerwehrmänner", "Zwei der
#: Verletzten", "Einige von ihnen", "Keiner der Zeugen" (the quantifier heads the phrase)
_PART_Q = (r"(?:[Ee]ine[rs]?|[Kk]eine[rs]?|[Jj]ede[rs]?|[Vv]iele|[Ee]inige|[Mm]ehrere|[Mm]anche|"
           r"[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Bb]eide|[Aa]lle|[Dd]ie\s+meisten|[Tt]eile)")
PARTITIVE = (rf"(?:{_PART_Q}\s+(?:(?:der|von\s+den|unter\s+den)\s+(?:(?:\d+|{ADJ})\s+){{0,3}}{CAP}"
             rf"(?:{_ATTACH})?|von\s+(?:ihnen|uns|euch)(?![\w-])))")
#: the partitive speaker phrase, compiled once (the mention reader and resolution use it)
PARTITIVE_RE = re.compile(PARTITIVE)
#: a source noun phrase (no capture groups; callers wrap it)
NP = (rf"(?<![\w-])(?:{PARTITIVE}|{_PRON}(?![\w-])|{QUOTED}|(?:{DET}\s+)?(?:{ADJ}\s+){{0,2}}{QUOTED}|"
      rf"(?:{DET}\s+)?(?:{LOWER_OUTLET}|{LOWER_COMPOUND})|"
      # "(die) Ärzte ohne Grenzen" alone; after a class noun ("Die Hilfsorganisation Ärzte
      # ohne Grenzen") the resolver reads the name from the head (sources.py)
      rf"(?:{DET}\s+)?{CAP}{_SANS}{_ATTACH}{{0,2}}|"
      rf"{_HEAD}(?:\s+{QUOTED})?{_ATTACH}{{0,2}})")

_WORD = re.compile(r"[\w'’.-]+|[«„»“\"][^«»„“”\"]*[»“”«\"]", re.UNICODE)
_INDEF = {"ein", "eine", "einer", "eines", "einem", "einen"}
_PLURAL_DET = {"mehrere", "einige", "viele", "zahlreiche", "beide", "alle", "zwei", "drei", "vier"}
_ARTICLES = {"der", "die", "das", "den", "dem", "des"}
_GOV_WORDS = ("regierung", "ministerium", "pentagon", "kreml", "weiße haus", "weisse haus",
              "polizei", "behörde", "amt", "staatsanwaltschaft", "armee", "streitkräfte",
              "bundeswehr", "militär", "senat", "parlament", "bundestag", "kanzleramt",
              "außenministerium", "aussenministerium", "verwaltung", "gericht", "stadt",
              "feuerwehr", "justiz", "kommission", "usa", "bundesrat", "landesregierung")
_ORG_WORDS = ("nato", "uno", "un", "eu", "institut", "institute", "verband", "gewerkschaft",
              "unternehmen", "konzern", "firma", "ag", "gmbh", "partei", "komitee", "rat",
              "organisation", "vereinigung", "verein", "stiftung", "universität", "klinik",
              "bank", "club", "klub", "fifa", "uefa", "ioc", "spd", "cdu", "csu", "fdp", "afd",
              "grünen", "linke", "svp", "övp", "spö", "fpö", "greenpeace", "who", "iaea", "iaeo",
              "team", "verein", "bund", "gruppe", "service", "services")

_ORG_SUFFIXES = ("dienst", "werk", "verband", "institut", "gesellschaft", "zentrum", "konzern",
                 "bank", "partei", "vereinigung", "gewerkschaft", "stiftung", "universität")


@dataclass
class Lexicons:
    """The pack's source lexicons, compiled once."""

    roles: tuple[str, ...]
    anonymous: dict[str, str]
    outlet_words: tuple[str, ...]
    outlet_names: frozenset[str]
    subject_blockers: frozenset[str]
    adverbs: frozenset[str] = frozenset()
    adverb_suffixes: tuple[str, ...] = ()
    #: words ending in a role suffix that are no role ("Jagdflugzeuge", roles.tsv kind=not)
    not_roles: tuple[str, ...] = ()
    #: prepositions and conjunctions (adverbs.tsv): a closed class, never a source by itself
    prepositions: frozenset[str] = frozenset()
    conjunctions: frozenset[str] = frozenset()
    #: class nouns before quoted names -> "outlet" or "" (animacy.tsv: Verein „Pro Asyl“)
    name_classes: dict[str, str] = field(default_factory=dict)

    @classmethod
    def of(cls, pack: LanguagePack) -> "Lexicons":
        cached = pack.hooks.get("_mention_lexicons")
        if cached is None:
            relay = pack.lexicon("relay")
            cached = cls(
                roles=tuple(r["suffix"].lower() for r in pack.lexicon("roles")
                            if r.get("kind") != "not"),
                not_roles=tuple(r["suffix"].lower() for r in pack.lexicon("roles")
                                if r.get("kind") == "not"),
                anonymous={r["head"].lower(): r["type"] for r in pack.lexicon("anonymous")},
                outlet_words=tuple(r["entry"].lower() for r in relay if r["kind"] == "word"),
                outlet_names=frozenset(r["entry"].lower() for r in relay if r["kind"] == "name"),
                subject_blockers=frozenset(r["word"].lower() for r in pack.lexicon("blockers")
                                           if r["context"] == "subject"),
                adverbs=frozenset(r["word"].lower() for r in pack.lexicon("adverbs")
                                  if r["kind"] == "word"),
                adverb_suffixes=tuple(r["word"].lower() for r in pack.lexicon("adverbs")
                                      if r["kind"] == "suffix"),
                prepositions=frozenset(r["word"].lower() for r in pack.lexicon("adverbs")
                                       if r["kind"] == "preposition"),
                conjunctions=frozenset(r["word"].lower() for r in pack.lexicon("adverbs")
                                       if r["kind"] == "conjunction"),
                name_classes=Animacy.of(pack).name_classes,
            )
            pack.hooks["_mention_lexicons"] = cached
        return cached

    @cached_property
    def outlet_name_re(self) -> re.Pattern[str]:
        return re.compile(rf"(?<![\w-])(?:{alternation(self.outlet_names)})(?![\w-])", re.I)

    def is_role(self, word: str) -> bool:
        low = word.lower().rstrip(".")
        return len(low) > 2 and low.endswith(self.roles) and not low.endswith(self.not_roles)

    def is_adverb(self, word: str) -> bool:
        """`Bislang`, `Monatelang`: a closed-class adverb (adverbs.tsv), never a source."""
        low = word.strip().lower()
        return low in self.adverbs or any(
            low.endswith(s) and len(low) >= len(s) + 3 and low.isalpha()
            for s in self.adverb_suffixes)

    def is_closed(self, word: str) -> bool:
        """An adverb, a preposition or a conjunction: a word that never names a source."""
        low = word.strip().lower()
        return self.is_adverb(low) or low in self.prepositions or low in self.conjunctions

    def is_outlet_word(self, word: str) -> bool:
        low = word.lower()
        return low.endswith(self.outlet_words)


#: a present participle or participle-like adverb ("Relativierend", "Ergänzend",
#: "Abschließend"): the infinitive plus -d; nouns in -end are short (Abend, Jugend, Gegend)
_PARTICIPLE = re.compile(r"[A-ZÄÖÜa-zäöüß][a-zäöüß]{3,}(?:en|eln|ern)d")


def is_participle(word: str) -> bool:
    """Is `word` a single present participle (an adverbial, never a source)?"""
    return len(word) >= 7 and _PARTICIPLE.fullmatch(word) is not None


def _strip_quotes(s: str) -> str:
    return re.sub(r"[«»„“”\"‚‘]", "", s).strip("' ")


def is_outlet(text: str, lex: Lexicons) -> bool:
    """Is this mention an outlet (quoted after a reporting frame, an outlet word or name)?"""
    t = text.strip()
    if t[:1] in "«„»“\"" or re.search(QUOTED + r"\s*$", t) or re.search(LOWER_OUTLET + "$", t):
        return True
    words = [w for w in re.findall(r"[\w-]+", t) if w.lower() not in _ARTICLES]
    if not words:
        return False
    if _strip_quotes(t).lower() in lex.outlet_names or " ".join(words).lower() in lex.outlet_names:
        return True
    return any(lex.is_outlet_word(w) for w in words[:2] if w[:1].isupper())


def parse(text: str, start: int, lex: LanguagePack | Lexicons) -> SourceMention | None:
    """A SourceMention for the noun phrase `text` that starts at offset `start`.

    >>> from claimgraph.lang import base
    >>> m = parse("Pentagon-Sprecherin Sabrina Singh", 0, base.get_pack("de"))
    >>> (m.name, m.role, m.affiliation, m.type)
    ('Sabrina Singh', 'Pentagon-Sprecherin', 'Pentagon', 'person')
    """
    if isinstance(lex, LanguagePack):
        lex = Lexicons.of(lex)
    raw = text
    text = text.rstrip(" ,.;:")
    if not text or MASK in text:
        return None
    lead = len(text) - len(text.lstrip())
    text = text.strip()
    start += lead
    wie = re.match(r"(?:Wie|Als|Nachdem|Während|Da|Weil|Wenn)\s+(?=[a-zäöüß]|\S+\s)", text)
    if wie is not None and text[wie.end():].split()[0] in _ARTICLES | {"ein", "eine", "einer"}:
        # "Wie die Premierministerin …, erklärte": the subordinator opens the frame, no name
        start += wie.end()
        text = text[wie.end():]
    span = Span(start, start + len(text))
    low = text.lower()
    part = PARTITIVE_RE.fullmatch(text)
    if part is not None:
        return _partitive(text, span, lex)
    if low in lex.subject_blockers or lex.is_closed(low):
        return None
    if low in {"er", "sie", "dieser", "diese", "jener", "jene", "letzterer", "letztere",
               "ersterer", "erstere"}:
        return SourceMention(text, span, text, type="person")
    # a quoted name: an outlet unless it is written after a role ("Sprecher «X»" is rare)
    quoted = re.search(QUOTED, text)
    words = _WORD.findall(text)
    first = words[0].lower() if words else ""
    # split off a von/vom/des/der attachment: the affiliation
    att = re.search(r"\s(vom|von der|von den|von|des|der|beim|bei der|bei dem|bei|aus)\s+(.+)$",
                    text)
    if att and re.match(r"[^,]*\sfür\s", text) and " für " in text[:att.start() + 1]:
        att = None  # "Bundesamt für Statistik": one name
    head = text[:att.start()] if att else text
    affiliation = _clean(att.group(2)) if att else None
    att_quote = re.search(QUOTED, att.group(2)) if att else None
    if att and att_quote and _class_quote(att.group(2), lex) is not None:
        # "Ein Sprecher des Vereins „Pro Asyl“": the quoted name is the affiliation
        affiliation = _strip_quotes(att_quote.group())
    sans = re.search(r"[A-ZÄÖÜ][\w-]*\s+ohne\s+Grenzen$", head)
    if sans is not None:  # "(Die Organisation) Reporter ohne Grenzen": one NGO name (_SANS)
        return SourceMention(text, span, sans.group(), affiliation=affiliation, type="organisation")
    head_words = [w for w in _WORD.findall(head)]
    content_words = [w for w in head_words if w.lower() not in _ARTICLES | _INDEF | _PLURAL_DET
                     and not (w[:1].islower() and w.lower() not in ("von", "van", "de", "al"))]
    role = None
    name_words: list[str] = []
    for i, w in enumerate(content_words):
        if role is None and lex.is_role(w) and not w.startswith(("«", "„", "»", "\"")):
            role = w
            name_words = content_words[i + 1:]
            break
    if role is not None and not name_words and lex.anonymous.get(role.lower()) and \
            role.lower() not in ("sprecher", "sprecherin"):
        role = None  # "Experten", "Diplomaten": a crowd, not a role
    if role is not None:
        if "-" in role and not affiliation:
            affiliation = role.rsplit("-", 1)[0]
        name = " ".join(name_words) if name_words else _clean(text)
        if quoted and not name_words and is_outlet(head, lex):
            return SourceMention(text, span, _strip_quotes(quoted.group()), type="outlet")
    else:
        name = " ".join(content_words) if content_words else _clean(text)
        if quoted and _class_quote(head, lex) == "":
            # "Die Initiative „Mehr Demokratie“", "der Verein „Pro Asyl“": an organisation
            return SourceMention(text, span, _strip_quotes(quoted.group()), type="organisation",
                                 affiliation=affiliation)
        if quoted and (not content_words or is_outlet(head, lex) or head.strip() == quoted.group()):
            return SourceMention(text, span, _strip_quotes(quoted.group()), type="outlet",
                                 affiliation=None)
    name = _strip_quotes(name) or _clean(text)
    typ = _type(head if role or len(head_words) > 1 else text, head_words, first, role,
                name_words, lex)
    if typ == "outlet" and quoted:
        name = _strip_quotes(quoted.group())
    elif typ in ("government", "organisation") and not role:
        name = _nominative(name)
    del raw
    return SourceMention(text, span, name, role=role, affiliation=affiliation, type=typ)


_ONE_OF = frozenset("einer eine eines keiner keine keines jeder jede jedes".split())


def _partitive(text: str, span: Span, lex: Lexicons) -> SourceMention:
    """"Einer der Feuerwehrmänner", "Zwei der Verletzten": the phrase as written is the name;
    one member is a person, several a group, a part of institutions keeps their type."""
    q, _, rest = text.partition(" ")
    whole = parse(re.sub(r"^(?:der|von den|unter den|von)\s+", "", rest), 0, lex)
    typ = whole.type if whole is not None else "group"
    if typ not in ("organisation", "government", "outlet"):
        # "Eine der Ärztinnen", "Keiner der Zeugen": one member; "Zwei der …", "Viele …": more
        typ = "person" if q.lower() in _ONE_OF else "group"
    return SourceMention(text, span, text, type=typ)


def _class_quote(phrase: str, lex: Lexicons) -> str | None:
    """"" (organisation) or "outlet" when `phrase` is a class noun and a quoted name ("der
    Verein „Pro Asyl“", "die Zeitung „Die Welt“"); None for any other phrase."""
    cm = re.fullmatch(rf"\s*(?:{DET}\s+)?(?:{ADJ}\s+){{0,2}}([A-ZÄÖÜ][\w-]*)\s+{QUOTED}\s*", phrase)
    if cm is None:
        return None
    low = cm.group(1).lower()
    for e, note in lex.name_classes.items():
        if low == e or low in (e + "s", e + "es") or (low.endswith(e) and len(low) >= len(e) + 3):
            return "outlet" if note == "outlet" or lex.is_outlet_word(low) else ""
    return None


#: genitive endings of institution nouns -> nominative ("des Verteidigungsministeriums")
_GENITIVE = (("iums", "ium"), ("amtes", "amt"), ("amts", "amt"), ("tages", "tag"),
             ("tags", "tag"), ("rates", "rat"), ("rats", "rat"), ("gerichtes", "gericht"),
             ("gerichts", "gericht"), ("instituts", "institut"), ("institutes", "institut"),
             ("verbandes", "verband"), ("verbands", "verband"), ("konzerns", "konzern"),
             ("senats", "senat"), ("komitees", "komitee"), ("büros", "büro"),
             ("vorstands", "vorstand"), ("vorstandes", "vorstand"), ("ministers", "minister"))


def _nominative(name: str) -> str:
    words = name.split()
    if not words:
        return name
    last = words[-1]
    for gen, nom in _GENITIVE:
        if last.lower().endswith(gen) and len(last) > len(gen):
            words[-1] = last[:len(last) - len(gen)] + nom
            break
    return " ".join(words)


def _clean(s: str) -> str:
    s = re.sub(r"(?<![\w-])(?:so\s+genannte[nrms]?|sogenannte[nrms]?)\s+", "", s)
    words = s.split()
    while words and words[0].lower() in _ARTICLES | _INDEF:
        words = words[1:]
    return _strip_quotes(" ".join(words))


def _type(text: str, head_words: list[str], first: str, role: str | None,
          name_words: list[str], lex: Lexicons) -> str:
    """person | organisation | government | outlet | group | anonymous for a German mention."""
    last = head_words[-1].lower() if head_words else ""
    last_part = last.rsplit("-", 1)[-1]
    if role and name_words:
        return "person"
    anon = lex.anonymous.get(last) or lex.anonymous.get(last_part)
    if anon is None:
        for key, typ in lex.anonymous.items():
            if len(key) > 5 and last.endswith(key):
                anon = typ
                break
    if role and first in _INDEF:
        return "anonymous"
    if is_outlet(" ".join(head_words), lex):
        return "outlet"
    low = text.lower()
    if anon == "anonymous" and (first not in _ARTICLES or last not in ("sprecher", "sprecherin")):
        if last in ("sprecher", "sprecherin") and first not in _INDEF:
            return "person"
        return "anonymous"
    if anon == "group" and first not in _INDEF:
        return "group"
    words = re.findall(r"[\w-]+", low)
    # genitives: "des Verteidigungsministeriums", "des Bundesamtes"
    words += [w[:-2] if w.endswith("es") else w[:-1] for w in words
              if w.endswith("s") and len(w) > 4]
    parts = {p for w in words for p in w.split("-")}
    if any(w in _GOV_WORDS or w.endswith(("ministerium", "regierung", "polizei", "behörde")) for
           w in words) or parts & {"pentagon", "kreml", "polizei", "regierung"}:
        return "government"
    if any(w in _ORG_WORDS for w in words) or parts & set(_ORG_WORDS) or last.endswith(
            _ORG_SUFFIXES):
        return "organisation"
    if role:
        return "person"
    if len(head_words) == 1 and head_words[0].isupper() and len(head_words[0]) > 1:
        return "organisation"  # an acronym: NATO, ÖTV, UNO
    if first in _PLURAL_DET:
        return "group"
    return "person"


# --- quoted names inside a noun phrase ------------------------------------------------------

#: right before a quoted name: a definite article or a preposition fused with one
#: ("Wie die „Aktion Deutschland hilft“ mitteilte", "Wohlrab von der „Aktion …“", "beim „X“")
_NAME_BEFORE = re.compile(r"(?:^|[\s(])(?:der|die|das|des|dem|den|vom|beim|zum|zur|im|am)\s*$",
                          re.IGNORECASE)
#: or a class noun that takes a name (animacy.tsv name_class): "Der Verein „Pro Asyl“"
_CLASS_BEFORE = re.compile(r"(?<![\w-])([A-ZÄÖÜ][\w-]*)\s*$")
#: a quote frame after the quote ("„…“, riefen die Demonstranten", "„…“ – sagte er"): speech
_FRAMED_AFTER = re.compile(r"""\s*(?:,\s*(?!(?:der|die|das|dem|den|deren|dessen|welche[rsmn]?|
                                           ein|eine|einer|und|oder|sowie)(?![\w-]))[a-zäöüß]
                                  |\s[–—]\s*[a-zäöüß])""", re.VERBOSE)
#: first words of a spoken sentence, never of a name with a lower-case word ("Wir schaffen das")
_SPOKEN_OPENERS = frozenset("wir ich es das dies dieses sie er man wer was wie ein eine kein keine "
                            "nicht nein ja du ihr uns mir jetzt hier".split())


def quoted_name(pack: LanguagePack, text: str, q: Quote) -> bool:
    """Is the quote `q` the name inside a noun phrase, not quoted speech?

    German press puts organisation, outlet and campaign names in quotation marks: "Wie die
    „Aktion Deutschland hilft“ mitteilte", "Ein Sprecher des Vereins „Pro Asyl“ sagte". A short
    quote (up to six words, capitalised, no sentence punctuation, at most one lower-case word
    besides function words) right after a definite article, a fused preposition or a class noun
    is the phrase's name. Not: "sagte „Nein“" (after a verb), "nannte das „absurd“" (lower
    case), "erklärte: „Wir …“" (after a colon), "„Nieder mit X“, riefen sie" (a frame follows).
    """
    inner = text[q.inner.start:q.inner.end].strip()
    words = inner.split()
    if not q.closed or q.depth or not 1 <= len(words) <= 6 or not inner[:1].isupper() or \
            re.search(r"[!?;:,\n«»„“”\"]|\.(?:\s|$)", inner):
        return False
    lower = [w for w in words if not (w[:1].isupper() or w[:1].isdigit())
             and w.lower() not in NAME_FUNCTION_WORDS]
    if len(lower) > 1 or (lower and words[0].lower() in _SPOKEN_OPENERS):
        return False
    if lower and Animacy.of(pack).can_speak(words[0]) is False:
        return False  # "zur „Stärkung der internationalen Diplomatie“": a phrase, not a name
    if _FRAMED_AFTER.match(text, q.span.end):
        return False
    line_start = text.rfind("\n", 0, q.span.start) + 1
    before = text[max(line_start, q.span.start - 60):q.span.start]
    if _NAME_BEFORE.search(before):
        return True
    cm = _CLASS_BEFORE.search(before)
    return cm is not None and Animacy.of(pack).name_class(cm.group(1)) is not None
