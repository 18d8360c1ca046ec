"""German morphology of source names: agent nouns before a name, names back in the nominative.

German writes a source in whatever case the sentence needs: "nach Angaben des Multilateralen
Investitionsfonds", "laut der Deutschen Bahn", "eine Erklärung des Airbus-Gesamtbetriebsrates".
A canonical name is the nominative (Multilateraler Investitionsfonds, Deutsche Bahn,
Airbus-Gesamtbetriebsrat), so that one institution gets one name whichever case named it.

German also puts a describing noun before a person's name ("der konservative Herausforderer
Rajoy"); roles.tsv lists the usual offices, but any agent noun (-er, -ent, -ant, -or, -ist, -eur,
-chef, -leiter ...) in that place is a role, not a first name. The word lists are data:
`data/de_name_heads.tsv` (head nouns and their gender), `data/de_agent_suffixes.tsv`.

A document speaks for whoever issued it: "Das Bundesamt ... legte seinen Jahresbericht vor.
Der Bericht stellt fest ..." — `publisher_start` finds that subject when its verb is one of
`data/de_publish_verbs.tsv` (descriptors.py asks it for a document noun's issuer).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang.base import load_tsv
from .name_shapes import NOT_NAMES, _is_cap, classify_unknown
from .source_words import DATA_DIR, Lexicon, Word, _is_place

#: words that end the head part of a name: "Bundesamt| für Verfassungsschutz"
_CONNECTORS = frozenset("für der des von vom zur zum am an ohne und in im auf aus bei gegen".split())

#: adjective stems as German builds them (europäisch, multilateral, kommunal, föderal, sozial,
#: christlich, ständig, national, vereint, zentral ...) plus short ones listed by hand
_ADJECTIVE_STEM = re.compile(r"""
    (?:isch|sch|al|ell|ig|lich|är|iv|ar|ant|ent|iert|eint|los|bar|sam)$   # derived adjectives
    | ^(?:rot|neu|frei|grün|hoh|ober|unter|alt|jung|erst|gross|groß|klein|weiß|schwarz|
          blau|gelb|mittler|link|recht|ost|west|nord|süd)$                 # short ones
""", re.VERBOSE)


@lru_cache(maxsize=1)
def _heads() -> dict[str, tuple[str, str]]:
    """tail -> (gender, kind) from de_name_heads.tsv."""
    return {r["tail"].lower(): (r["gender"], r["kind"])
            for r in load_tsv(DATA_DIR / "de_name_heads.tsv")}


@lru_cache(maxsize=1)
def _agent_suffixes() -> tuple[list[tuple[str, int]], tuple[str, ...]]:
    rows = load_tsv(DATA_DIR / "de_agent_suffixes.tsv")
    good = sorted(((r["suffix"].lower(), int(r["min_len"] or 0)) for r in rows
                   if r["kind"] != "not"), key=lambda s: -len(s[0]))
    return good, tuple(r["suffix"].lower() for r in rows if r["kind"] == "not")


def agent_noun(tok: str) -> str | None:
    """Gender ("m", "f", "p") when a capitalised word has the shape of a German agent noun.

    >>> agent_noun("Herausforderer"), agent_noun("Unterhändlerin"), agent_noun("Becker")
    ('m', 'f', None)
    """
    if not tok[:1].isupper() or not tok.isalpha() and "-" not in tok:
        return None
    low = tok.lower()
    good, bad = _agent_suffixes()
    if low.endswith(bad):
        return None
    for form, gender in ((low, "m"), (low[:-2], "f") if low.endswith("in") else ("", ""),
                         (low[:-5], "p") if low.endswith("innen") else ("", "")):
        if not form:
            continue
        for suffix, min_len in good:
            if form.endswith(suffix) and len(form) >= min_len:
                return gender
    return None


def _head(word: str) -> tuple[str, str, str, bool] | None:
    """(nominative, gender, kind, plural) of a name's head noun, inflected or not."""
    low = word.lower()
    heads = _heads()
    for end, cut in (("", 0), ("es", 2), ("s", 1), ("en", 2), ("n", 1)):
        if end and not low.endswith(end):
            continue
        stem = low[:len(low) - cut] if cut else low
        for k in range(len(stem)):
            hit = heads.get(stem[k:])
            if hit is None:
                continue
            gender, kind = hit
            if kind == "not":
                return None  # "Demokrat" ends in "rat" but is a person
            if end in ("es", "s") and gender == "f":
                break  # feminine nouns take no genitive -s: "Bahns" is no form of Bahn
            if end in ("en", "n") and gender != "f":
                break  # (a masculine -en is a dative plural or a weak noun: left alone)
            base = word[:len(word) - cut] if cut else word
            return base, gender, kind, end in ("en", "n")
    return None


def institution_head(word: str, plural: bool = True) -> bool:
    """Whether a word is (a form of) a noun that heads institution names: Bahn, Gesamtbetriebsrat
    (with `plural=False` not its plural: "Zeitungen" alone are several, no institution)."""
    hit = _head(word)
    return hit is not None and hit[2] == "institution" and (plural or not hit[3])


def _adjective(word: str) -> str | None:
    """The stem of a capitalised adjective in an oblique case ("Multilateralen" -> Multilateral)."""
    m = re.match(r"^([A-ZÄÖÜ][\w-]*?)(?:en|em)$", word)
    if m is None:
        return None
    stem = m.group(1)
    return stem if _ADJECTIVE_STEM.search(stem.lower().rsplit("-", 1)[-1]) else None


_STRONG = {"m": "er", "f": "e", "n": "es", "p": "e"}


def nominative(name: str) -> str:
    """A German institution or document name in the nominative, as a name stands alone.

    >>> nominative("Multilateralen Investitionsfonds"), nominative("Deutschen Bahn")
    ('Multilateraler Investitionsfonds', 'Deutsche Bahn')
    >>> nominative("Airbus-Gesamtbetriebsrates"), nominative("Bundesamtes für Verfassungsschutz")
    ('Airbus-Gesamtbetriebsrat', 'Bundesamt für Verfassungsschutz')
    """
    words = name.split()
    end = next((k for k, w in enumerate(words) if w.lower() in _CONNECTORS), len(words))
    if end == 0:
        return name
    hit = _head(words[end - 1])
    if hit is None:
        return name
    base, gender, _kind, plural = hit
    if plural and len(words[end - 1]) != len(base):
        return name  # "Vereinten Nationen": a plural name keeps its words
    mods = words[:end - 1]
    # a weak nominative after der/das ("der Deutsche Fußball-Bund") takes the strong ending too
    stems = [_adjective(w) or (_adjective(w + "n") if gender in ("m", "n") and not plural
                                and w.endswith("e") else None) for w in mods]
    if any(s is None and not _plain_modifier(w) for s, w in zip(stems, mods)):
        return name  # a word before the head that is neither adjective nor name: leave it
    out = [w if s is None else s + _STRONG[gender] for s, w in zip(stems, mods)]
    return " ".join(out + [base] + words[end:])


def _plain_modifier(word: str) -> bool:
    """Words before a head that do not inflect: names (Airbus), place adjectives (Berliner)."""
    return word[:1].isupper() and not re.search(r"(?:en|em)$", word) or word.isupper()


@lru_cache(maxsize=1)
def _publish_verbs() -> tuple[dict[str, str], frozenset[str]]:
    """Finite publishing verbs (-> the particle they leave) and participles."""
    rows = load_tsv(DATA_DIR / "de_publish_verbs.tsv")
    return ({r["form"]: r["particle"] for r in rows if r["kind"] == "finite"},
            frozenset(r["form"] for r in rows if r["kind"] == "participle"))


# "Das Bundesamt für Verfassungsschutz legte am Dienstag seinen Jahresbericht": the subject,
# its V2 verb, anything but a clause break, then the object's determiner right before the noun
_PUBLISHER_PATTERN = r"""
    \s*(?:(?:Der|Die|Das)\s+)?                               # the subject's article
    (?P<who>[A-ZÄÖÜ][^,.;:!?"„“]{{1,80}}?)\s+                  # the subject
    (?P<verb>{verbs})\b                                     # its finite verb (V2)
    [^,.;:!?]*?\s                                           # adverbs
    (?:seine[nmrs]?|ihre[nmrs]?|sein|ihr|eine[nmrs]?|ein|den|die|das|dem)\s+  # determiner
    (?:[a-zäöüß][\w-]*\s+){{0,2}}$                          # adjectives before the noun
"""
_CLAUSE_END = re.compile(r"[^,.;:!?]*")


@lru_cache(maxsize=1)
def _publisher() -> re.Pattern[str]:
    verbs = "|".join(sorted([*_publish_verbs()[0], "hat", "haben", "hatte", "hatten"],
                            key=len, reverse=True))
    return re.compile(_PUBLISHER_PATTERN.format(verbs=verbs), re.VERBOSE)


def publisher_start(text: str, sent_start: int, s: int, e: int) -> int | None:
    """Where the subject that issues the document noun at text[s:e] starts, when its verb
    is a publishing verb ("legte ... vor", "hat ... veröffentlicht"), else None."""
    finite, participles = _publish_verbs()
    m = _publisher().fullmatch(text, sent_start, s)
    if m is None:
        return None
    rest = text[e:_CLAUSE_END.match(text, e).end()].split()
    verb = m.group("verb")
    if verb in finite:
        particle = finite[verb]
        ok = not particle or particle in rest
    else:
        ok = verb in ("hat", "haben", "hatte", "hatten") and any(w in participles for w in rest)
    return m.start("who") if ok else None


# -- words around a German name (names.py reads mentions with these) ----------------------

#: German abstract nouns (at least seven letters) that end a name they are glued to: "die IADB
#: Überweisungen"; not "-ion" (Hoover Institution, Human Rights Investigation are names)
GLUED_NOUN = re.compile(r"^[A-ZÄÖÜ]\w{2,}(?:ungen|ung|heiten|heit|keiten|keit|schaften|nisse|täten)$")


#: small words inside a German proper name: "Ärzte ohne Grenzen", "Brot für die Welt"
DE_NAME_CONNECTORS = frozenset("ohne für der des die von und am im zur zum".split())


def de_proper_name(toks: list[str]) -> bool:
    """A German name after an institution noun: capitalised first and last, small words
    between, at most six words ("Ärzte ohne Grenzen", not "Mitte der Woche am Montag")."""
    return len(toks) <= 6 and _is_cap(toks[0]) and _is_cap(toks[-1]) and all(
        _is_cap(t) or t in DE_NAME_CONNECTORS for t in toks) and toks[0] not in NOT_NAMES


#: an adjective after a capitalised prefix: "US-amerikanische", "EU-weiten"
PREFIXED_ADJECTIVE = re.compile(r"^[A-ZÄÖÜ]{2,}-[a-zäöüß]+(?:e|en|er|es|em)$")


def holder_after(tail: list[str], lex: Lexicon) -> int:
    """How many words at the end of an affiliation are the role holder's name: a given name
    and one or two capitalised words ("der Region Elsass| Adrien Zeller"), else 0."""
    for k in range(max(1, len(tail) - 3), len(tail) - 1):
        if lex.first_name(tail[k]) and all(t[:1].isupper() and t not in NOT_NAMES
                                           for t in tail[k:]) and tail[k - 1][:1].isupper():
            return len(tail) - k
    return 0


def name_word(tok: str, lex: Lexicon) -> bool:
    """A capitalised word that may be (part of) a name: no institution, role or info noun."""
    if tok.endswith("s") and _is_place(tok[:-1]):
        return False  # "der Oberrabbiner Israels": a genitive place says where, not who
    return _is_cap(tok) and not institution_head(tok) and lex.match(
        tok, "de", ("org", "info", "role", "group", "anonymous")) is None


def particle_name(left: list[str], right: list[str], lex: Lexicon) -> bool:
    """Whether `right` ("von der Leyen", "zu Guttenberg") continues the person name `left`
    ends with: a first name before a particle and one or two capitalised words after it."""
    if not left or not lex.first_name(left[-1]) or right[0].lower() not in (
            "von", "van", "zu", "de", "da", "di", "del"):
        return False
    rest = right[1:]
    if rest and rest[0].lower() in ("der", "den", "dem", "de", "la", "le"):
        rest = rest[1:]
    return 0 < len(rest) <= 2 and all(t[:1].isupper() and not lex.first_name(t) for t in rest)


def org_type(word: Word, tok: str) -> str:
    """The type an institution noun gives ("Regierung" government, "Zeitung" outlet)."""
    if set(word.fits) & {"newspaper", "broadcaster", "agency", "magazine"}:
        return "outlet"
    return classify_unknown(tok) or "organisation"


__all__ = ["DE_NAME_CONNECTORS", "GLUED_NOUN", "PREFIXED_ADJECTIVE", "agent_noun",
           "de_proper_name", "holder_after", "institution_head", "name_word", "nominative",
           "org_type", "particle_name", "publisher_start"]


#: the -en ending of most German plural common nouns ("Arbeiten", "Angaben", "Problemen");
#: not -er or -e, which many company names have (Daimler, Porsche)
_PLURAL_NOUN = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{2,}en$")


def bare_noun_after(n: int, had_det: bool, word: str) -> bool:
    """Whether the one word after a bare institution noun opening a mention is a common noun
    the rules ran into, not the institution's name ("laut Ministerium Arbeiten an der Leitung",
    "laut Ministerium Fehler"): a name is apposed after an article ("die Firma Euryza"), and
    "Ministerium" with no article before it stands for itself. Plural-noun shapes only; not a
    place, first name or registry name."""
    return n == 0 and not had_det and _PLURAL_NOUN.match(word) is not None \
        and not _is_place(word) and not _known_name(word)


def _known_name(word: str) -> bool:
    """A first name of the shipped list or a registry name ("laut Konzern Daimler")."""
    from .registry import default_registry  # (imported late: the registry loads on first use)
    from .source_words import lexicon
    return bool(lexicon().first_name(word)) or default_registry().lookup(word) is not None
