"""Person and institution names without a NER model: what a source mention says about its source.

Why no model: none runs offline here for German (see shared/DEPENDENCIES.md), and news sources are
written in a few regular shapes: `[Artikel] [Adjektiv] [Affiliation-]Rolle [Titel] Vorname Nachname
[vom Institut]`, `the [Pentagon] spokeswoman Sabrina Singh`, `Sabrina Singh, Sprecherin des
Pentagons`, a registry name, a pronoun, a plural group. `parse_mention` reads those shapes with the
lexicons in `data/source_words.tsv` and `data/firstnames.txt`; `find_persons` finds person names
in running text (first name + capitalised token, or role cue + capitalised token).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import places
from .lang.base import load_tsv
from .registry import Registry, RegistryEntry

DATA_DIR = Path(__file__).parent / "data"

DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines dieser diese dieses diesem diesen
    jener jene jenes the a an this that these those its his her their seine sein ihre ihr""".split()
)
INDEFINITE = frozenset("ein eine einen einem einer eines a an".split())
#: quantifiers: what follows is a group ("Manche Analysten", "hunderte Demonstranten")
QUANTIFIERS = frozenset(
    """manche einige viele mehrere alle hunderte tausende zahlreiche etliche several many some
    numerous hundreds thousands dozens most all""".split()
)
POSSESSIVES = frozenset("ihrer seiner ihrem seinem ihren seinen deren dessen unserer".split())
# German abstract-noun endings: a lone capitalised word with one of them is not a surname
# (Aufklärungsquote, Überprüfung, Kritik, Presseerklärung were "persons" in 60 Wikinews articles)
_DE_NOUN = re.compile(r"(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|nis|nisse|ismus|tik|ment|"
                      r"quote|bericht|berichts|erklärung|kritik)$", re.IGNORECASE)
#: leading words a rule may leave in a mention ("Laut Pentagon", "according to NATO")
LEADING = frozenset("laut zufolge gemäss gemäß nach according to per via by von vom".split())
#: words that attach an affiliation after the role or name
AFFILIATION_PREPS = frozenset("vom von des der beim bei aus of for at from with im by".split())
#: affiliation words that may also join the parts of one institution's name
_GENITIVE_PREPS = frozenset("der des of for".split())
#: words after which the rest of a mention is a channel, not part of the source ("on Twitter")
CHANNEL_PREPS = frozenset("on auf via in".split())
#: capitalised words that start sentences but never names ("Both said", "Beide sagten")
NOT_NAMES = frozenset(
    """Both One Two Three This That These Those Some Many Most All Several Each Every Other Others
    Such Another Any Few Beide Einige Viele Alle Manche Mehrere Andere Man Jeder Jede Keiner Es
    Sie Er Wir Ich Du Ihr It They We You I He She""".split()
)
#: particles inside names (Ursula von der Leyen, Ahmed al-Sharaa, Vincent van Gogh)
NAME_PARTICLES = frozenset("von van der den de del della di da du dos das la le al el bin ibn ben zu".split())
_HANDLE = re.compile(r"@\w{1,30}")
_ET_AL = re.compile(r"\s+et\s+al\.?$")
# a web domain as a source: ndr.de, Znak.com, nau.ch, bbc.co.uk
_DOMAIN = re.compile(r"(?i)^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|de|ch|at|org|net|ru|pl|ua|uk|fr|it|es|"
                     r"nl|info|news|media|io|eu|us)$")
# titles that name one person together with their place: Duke of Sussex, Archbishop of Canterbury
_NOBLE = re.compile(r"^(Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Baron|Baroness|"
                    r"King|Queen|Archbishop|Herzog|Herzogin|Prinz|Prinzessin|König|Königin|"
                    r"Erzbischof)\s+(?:of|von)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)*$")
_NOBLE_GENDER = {"duke": "m", "duchess": "f", "prince": "m", "princess": "f", "earl": "m",
                 "countess": "f", "marquess": "m", "baron": "m", "baroness": "f", "king": "m",
                 "queen": "f", "archbishop": "m", "herzog": "m", "herzogin": "f", "prinz": "m",
                 "prinzessin": "f", "könig": "m", "königin": "f", "erzbischof": "m"}
_CITING = re.compile(r"\b(?:citing|quoting|unter Berufung auf|mit Verweis auf)\s+(?=\S)")
#: possessive pronouns before an information noun: "its press release", "seine Angaben"
#: what speaks for its owner without being the owner ("His legal team", "seine Anwälte")
_TEAM = frozenset("team lawyers attorneys campaign staff office family team anwälte anwalt "
                  "familie büro kanzlei".split())
_POSSESSIVE_PRONOUNS = {"its": "n", "their": "p", "his": "m", "her": "f", "seine": "m",
                        "seinen": "m", "seiner": "m", "seinem": "m", "seines": "m", "ihre": "f",
                        "ihren": "f", "ihrer": "f", "ihrem": "f"}
_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,4}$")
_TOKEN = re.compile(r"@\w+|(?:[^\W\d_]\.){1,4}(?![^\W\d_])|[\w][\w'’.\-]*[\w]|[\w]|[^\w\s]")
# news and government words that type an unknown institution (English and German)
_OUTLET_WORDS = re.compile(
    r"(?i)\b(?:times|news|post|journal|zeitung|radio|tv|television|fernsehen|rundfunk|presse?|"
    r"magazine?|tribune|herald|gazette|chronicle|daily|nachrichten|anzeiger|kurier|rundschau)\b")
_GOV_WORDS = re.compile(
    r"(?i)(?:ministerium|ministry|department|behörde|amt\b|office\b|regierung|government|"
    r"armee|army|military|militär|polizei|police|staatsanwaltschaft|prosecutor'?s office|"
    r"authority|\bguard\b|embassy|botschaft\b|consulate|konsulat|navy|air force|"
    r"parliament|parlament|senate|senat\b|municipality|gemeinde\b|directorate|"
    r"\bforce\b|armed forces|streitkräfte|"
    r"stadtverwaltung|city hall|rathaus)")
_ORG_WORDS = re.compile(
    r"(?i)(?:institut|university|universität|hochschule|stiftung|foundation|verband|association|"
    r"council|\brat\b|bank\b|group\b|gruppe|\bag\b|gmbh|\binc\b|corp|ltd|partei|party|union|"
    r"komitee|committee|agency|agentur|kommission|commission|organi[sz]ation|center|centre|zentrum|"
    r"society|gesellschaft|club|verein|fund\b|fonds|archive|archiv\b|project|projekt\b|"
    r"initiative|coalition|koalition|observatory|beobachtungsstelle|network|netzwerk|"
    r"federation|föderation|league|liga\b|foundation|trust\b|charity|hospital|klinik|"
    r"krankenhaus|school|schule\b|college|museum|library|bibliothek|church|kirche\b|board\b|"
    r"bureau|service\b|dienst\b|mission\b)")


@dataclass(frozen=True)
class Word:
    """One row of data/source_words.tsv."""

    word: str
    lang: str
    kind: str
    gender: str = ""
    weak: bool = False
    fits: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """Source words per language plus the first-name list."""

    words: dict[str, dict[str, list[Word]]] = field(default_factory=dict)
    firstnames: dict[str, str] = field(default_factory=dict)
    _memo: dict[tuple[str, str, tuple[str, ...]], tuple[Word, str] | None] = field(
        default_factory=dict, repr=False)
    #: per language: every key, key+"in" and key+"innen" (a tail outside it cannot match)
    _tails: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    def first_name(self, token: str) -> str | None:
        """Gender (m, f, u) when `token` is a known first name, else None."""
        return self.firstnames.get(token)

    def match(self, token: str, lang: str, kinds: tuple[str, ...] = ()) -> tuple[Word, str] | None:
        """The word a token is or (German) ends with, and its gender; longest match wins.

        German roles also match feminine (+in) and plural (+innen) forms and weak-noun forms
        (den Experten); the gender returned says which ("f", "m", "p" for plural, "" unknown).
        """
        memo_key = (token, lang, kinds)
        found = self._memo.get(memo_key, _MISSING)
        if found is not _MISSING:
            return found  # type: ignore[return-value]
        if len(self._memo) > 200_000:
            self._memo.clear()
        found = self._match(token, lang, kinds)
        if found is None and lang == "de" and len(token) > 4 and token.endswith("s"):
            found = self._match(token[:-1], lang, kinds)  # des Mitarbeiters, des Sprechers
        self._memo[memo_key] = found
        return found

    def _match(self, token: str, lang: str, kinds: tuple[str, ...]) -> tuple[Word, str] | None:
        low = token.lower().strip(".,;:")
        table = self.words.get(lang) or {}
        if lang != "de":
            for w in table.get(low, []):
                if not kinds or w.kind in kinds:
                    return w, w.gender
            return None
        tails = self._tails.get(lang)
        if tails is None:
            tails = self._tails[lang] = frozenset(
                k + end for k in table for end in ("", "in", "innen"))
        best: tuple[Word, str] | None = None
        best_len = 0
        for cut in range(max(0, len(low) - 22), len(low)):
            tail = low[cut:]
            if len(tail) <= best_len:
                break
            if tail not in tails:
                continue  # no form of this tail is a word (one set lookup, most tails)
            for form, gender_of in ((tail, None), (tail[:-2], "f") if tail.endswith("in") else
                                    (None, None), (tail[:-5], "p") if tail.endswith("innen")
                                    else (None, None)):
                if not form:
                    continue
                for w in table.get(form, []):
                    if kinds and w.kind not in kinds:
                        continue
                    if w.kind in ("pronoun", "title") and cut:
                        continue  # only whole words: "Albers" does not end in the pronoun "er"
                    if gender_of and w.kind != "role":
                        continue
                    best, best_len = (w, gender_of or w.gender), len(tail)
                    break
                if best_len == len(tail):
                    break
        return best


_MISSING = object()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The shipped lexicons, loaded once per process."""
    lex = Lexicon()
    for row in load_tsv(DATA_DIR / "source_words.tsv"):
        fits = tuple(f for f in row.get("fits", "").split("|") if f)
        w = Word(row["word"], row["lang"], row["kind"], row.get("gender", ""),
                 row.get("weak") == "1", fits)
        lex.words.setdefault(w.lang, {}).setdefault(w.word, []).append(w)
        if w.weak and w.lang == "de":  # der Experte -> den Experten; der Präsident -> des Präsidenten
            oblique = w.word + ("n" if w.word.endswith("e") else "en")
            lex.words["de"].setdefault(oblique, []).append(
                Word(w.word, "de", "role", w.gender, True, fits))
    for row in load_tsv(DATA_DIR / "firstnames.txt"):
        lex.firstnames[row["name"]] = row.get("gender") or "u"
    return lex


@dataclass
class Parsed:
    """What one mention says: its form, name parts, role, affiliation and type."""

    text: str
    form: str  # full | surname | role | pronoun | org | demonstrative | group | anonymous | social
    name: str = ""
    role: str | None = None
    #: the bare role word for matching later role-only mentions ("sprecherin", "spokeswoman")
    role_head: str | None = None
    affiliation: str | None = None
    type: str = "person"
    gender: str = ""
    entry: RegistryEntry | None = None
    fits: tuple[str, ...] = ()
    definite: bool = True


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


def _is_cap(tok: str) -> bool:
    return bool(tok) and (tok[0].isupper() or tok[0].isdigit())


def canonical_affiliation(text: str, registry: Registry) -> str:
    """An affiliation as a registry name when known, else as written without articles."""
    entry = registry.lookup(text)
    if entry:
        return entry.name
    words = text.split()
    while words and words[0].lower() in DETERMINERS:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=4096)
def _is_place(name: str, kinds: tuple[str, ...] = ("country", "capital", "region")) -> bool:
    """A country, capital or region of the gazetteer, as written."""
    place = places.lookup(name) if name else None
    return place is not None and place.type in kinds and place.alias == name


def classify_unknown(name: str) -> str:
    """Type of a capitalised name not in the registry: outlet, government, organisation or ''."""
    if _OUTLET_WORDS.search(name):
        return "outlet"
    if _GOV_WORDS.search(name):
        return "government"
    if _ORG_WORDS.search(name):
        return "organisation"
    return ""


def _split_compound(tok: str, registry: Registry) -> tuple[str | None, str]:
    """`NATO-Generalsekretär` -> ("NATO", ...); the prefix counts only when the registry knows it."""
    if "-" not in tok:
        return None, tok
    prefix, _, head = tok.rpartition("-")
    entry = registry.lookup(prefix)
    return (entry.name if entry else None), head


def parse_mention(text: str, lang: str, registry: Registry) -> Parsed:
    """Read a source mention as written (`Pentagon-Sprecherin Sabrina Singh`, `Er`, `Experten`).

    >>> from claimgraph.registry import load_registry
    >>> p = parse_mention("der Sprecher Hans Meier", "de", load_registry())
    >>> (p.name, p.role, p.type, p.gender)
    ('Hans Meier', 'Sprecher', 'person', 'm')
    """
    lex = lexicon()
    raw = text.strip().strip("«»„“”\"'‚‘’‹›").strip(" ,.:;")
    handle = _HANDLE.search(raw)
    if handle:
        return Parsed(text, "social", raw, type="social_account")
    citing = _CITING.search(raw)
    if citing:  # "a report citing the mayor's office": the one cited is the source
        return parse_mention(raw[citing.end():], lang, registry)
    if _ET_AL.search(raw):  # "Stamenković et al": a team, named after its first author
        return Parsed(text, "group", _ET_AL.sub(" et al", raw).strip(), type="group")
    toks = tokens_of(raw)
    while toks and toks[0].lower() in LEADING and len(toks) > 1:
        toks = toks[1:]
    if 1 < len(toks) <= 3 and toks[0].lower() in _POSSESSIVE_PRONOUNS and (lex.match(
            toks[-1], lang, ("info",)) or toks[0].lower() == "its" or all(
                not lex.first_name(t) and not registry.lookup(t) and t.lower() not in _TEAM
                and not (lang == "en" and t.endswith("s") and not t.endswith("ss"))
                and not lex.match(t, lang, ("org", "role", "group", "anonymous"))
                for t in toks[1:])):
        # "its press release", "Seine Zuversicht", "seiner Aussage": the owner speaks
        return Parsed(text, "pronoun", toks[0], gender=_POSSESSIVE_PRONOUNS[toks[0].lower()])
    definite = True
    had_det = quantified = False
    while toks and len(toks) > 1 and toks[0].lower() in DETERMINERS | QUANTIFIERS | POSSESSIVES:
        definite = toks[0].lower() not in INDEFINITE
        had_det = True
        quantified = quantified or toks[0].lower() in QUANTIFIERS
        toks = toks[1:]
    core = " ".join(toks)
    entry = registry.lookup(core) if toks else None
    if entry is not None:
        return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
    if _DOMAIN.match(core):
        # "ndr.de", "Znak.com": an online outlet; a known outlet when its label is registered
        entry = registry.lookup(core.split(".")[0])
        if entry is not None and entry.type == "outlet":
            return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
        return Parsed(text, "org", core, type="outlet")
    noble = _NOBLE.match(core)
    if noble:  # "the Duke of Sussex", "Archbishop of Canterbury": the title names the person
        return Parsed(text, "full", core, type="person", gender=_NOBLE_GENDER.get(
            noble.group(1).lower(), ""))
    if lang == "de" and len(toks) == 1 and core.endswith("s") and _is_place(core[:-1], (
            "country",)):
        core = core[:-1]  # "Österreichs": the genitive of a state
    if toks and toks[0][:1].isupper() and _is_place(core, ("country",)) \
            and not lex.first_name(toks[0]):
        # "Germany said": a state speaks through its government (not capitals: "Amman" was a
        # surname in the English gold set)
        return Parsed(text, "org", core, type="government")
    if len(toks) == 1:
        m = lex.match(toks[0], lang, ("pronoun",))
        if m and toks[0].lower() == m[0].word:
            return Parsed(text, "pronoun", toks[0], gender=m[1])
    if "," in toks:  # apposition: "Sabrina Singh, Sprecherin des Pentagons"
        i = toks.index(",")
        left = parse_mention(" ".join(toks[:i]), lang, registry)
        right = parse_mention(" ".join(toks[i + 1:]), lang, registry)
        def score(p: Parsed) -> int:
            first = bool(p.name) and bool(lexicon().first_name(p.name.split()[0]))
            return 2 * first + (p.form == "full") + (p.form in ("full", "surname"))
        named, other = (left, right) if score(left) >= score(right) else (right, left)
        if named.form in ("full", "surname"):
            named.role = named.role or other.role
            named.role_head = named.role_head or other.role_head
            named.affiliation = named.affiliation or other.affiliation
            named.gender = named.gender or other.gender
            named.text = text
            return named
    parsed = _parse_tokens(text, toks, lang, registry, definite, had_det)
    if quantified and parsed.type in ("person", "anonymous") and parsed.form != "full":
        return Parsed(text, "group", " ".join(toks), None, parsed.role_head, parsed.affiliation,
                      "group")
    return parsed


def _parse_tokens(text: str, toks: list[str], lang: str, registry: Registry,
                  definite: bool, had_det: bool = False) -> Parsed:
    lex = lexicon()
    affiliation: str | None = None
    # affiliation tail: "vom Royal United Services Institute", "des Pentagons", "for the State Dept"
    for i in range(1, len(toks)):
        if toks[i].lower() in AFFILIATION_PREPS and i + 1 < len(toks):
            rest = " ".join(toks[i + 1:])
            info_head = lex.match(toks[i - 1], lang, ("info",)) is not None
            left = toks[:i]
            if toks[i].lower() in _GENITIVE_PREPS and classify_unknown(" ".join(left)) and not any(
                    lex.match(t, lang, ("role",)) or lex.first_name(t) for t in left):
                break  # "Union der Bibliotheken", "Institute of Physics": one institution's name
            bare = [t for t in left if not lex.match(t, lang, ("title",))]
            named = len(bare) > 1 and bool(lex.first_name(bare[0])) and all(
                t[:1].isupper() for t in bare)  # "José Ortiz of the island's power authority"
            if registry.lookup(rest) or info_head or named or (
                    any(t[:1].isupper() for t in toks[i + 1:]) and not any(
                        lex.first_name(t) for t in toks[i + 1:] if t[0].isupper())):
                affiliation = canonical_affiliation(rest, registry)
                toks = toks[:i]
                break
    role_parts: list[str] = []
    role_head: str | None = None
    name_parts: list[str] = []
    premods: list[str] = []
    gender = ""
    plural = oblique = False
    for n, tok in enumerate(toks):
        low = tok.lower()
        if low in CHANNEL_PREPS and (name_parts or role_parts or premods) and n + 1 < len(toks):
            break  # "Joshua Wong on Twitter": the rest is where it was said
        if name_parts and low in NAME_PARTICLES and len(name_parts) > 1 and \
                lex.first_name(name_parts[0]) and not lex.first_name(name_parts[-1]):
            break  # a full name is complete: "Peer Steinbrück zu Beginn der Debatte"
        if name_parts and (_is_cap(tok) or low in NAME_PARTICLES or _INITIALS.match(tok)):
            name_parts.append(tok)
            continue
        if name_parts and tok[:1].islower() and not re.search(r"['’]s?$", name_parts[-1]) \
                and (len(name_parts) > 1 or lex.first_name(name_parts[0])):
            break  # the name ended: "Dr. Steven Wolf at Saint Francis", "X of the authority"
        if name_parts and re.search(r"['’]s?$", name_parts[-1]) and \
                lex.match(tok, lang, ("role",)):
            # "Angela Merkel's spokesperson": the possessor is the affiliation
            affiliation = affiliation or re.sub(r"['’]s?$", "", " ".join(premods + name_parts))
            name_parts, premods, role_parts = [], [], []
        m = lex.match(tok, lang, ("title", "role", "group", "anonymous", "info", "org"))
        if m and lang == "en" and tok[:1].isupper() and m[0].kind in (
                "org", "info", "group", "anonymous") and premods and (
                    tok is not toks[-1] or m[0].kind == "org"):
            # "State Department spokesman", "the Harbour Authority": a capitalised head inside
            # a proper name
            m = None
        if m and m[0].kind == "title":
            gender = gender or m[1]
            continue
        if m and m[0].kind in ("role", "group", "anonymous", "info", "org") and not name_parts:
            word, g = m
            prefix, _ = _split_compound(tok, registry)
            if lang == "en" and premods:
                aff = registry.lookup(" ".join(premods))
                prefix = prefix or (aff.name if aff else None)
            affiliation = affiliation or prefix
            rest = [t for t in toks[n + 1:] if t not in "«»„“”\"'‚‘’‹›"]
            if word.kind == "org" and rest and all(_is_cap(t) for t in rest):
                entry = registry.lookup(" ".join(rest))
                if entry:
                    return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
                name = " ".join(rest)
                kind = "outlet" if set(word.fits) & {"newspaper", "broadcaster", "agency"} else (
                    classify_unknown(name) or "organisation")
                return Parsed(text, "org", name, type=kind)
            if word.kind in ("info", "org", "group", "anonymous") and not role_parts:
                return _special(text, word, g, tok, premods, prefix, affiliation, lang, registry,
                                definite)
            role_tok = singular_role(tok, word)
            oblique = oblique or role_tok != tok
            role_parts.extend(premods + [role_tok])
            premods = []
            role_head = _role_head(m)
            gender = g if g in ("m", "f") else gender
            plural = plural or g == "p"
            continue
        if lang == "en" and len(premods) > 1 and not role_parts and tok[:1].islower() \
                and low not in NAME_PARTICLES and lex.first_name(premods[0]):
            break  # "Dr. Steven Wolf at Saint Francis": the name before "at" is complete
        if not tok[:1].isupper() and not _INITIALS.match(tok):
            if role_parts and lang == "en" and low in ("of", "for"):
                role_parts.append(tok)  # "Secretary of State Antony Blinken"
            continue  # adjectives, particles before the name
        if lang == "en" and not role_parts:
            premods.append(tok)  # may turn out to be "Pentagon" in "Pentagon spokeswoman"
            continue
        name_parts.append(tok)
    premods = [t for t in premods if t not in NOT_NAMES]
    name_parts = [t for t in name_parts if t not in NOT_NAMES or name_parts.index(t)]
    if premods and not name_parts:
        name_parts = premods
    elif premods:
        name_parts = premods + name_parts
    # a first name inside the name starts it: "State Antony Blinken" -> role "... State"
    for k, tok in enumerate(name_parts[:-1]):
        if k and lex.first_name(tok):
            role_parts.extend(name_parts[:k])
            name_parts = name_parts[k:]
            break
    while name_parts and name_parts[-1].lower() in NAME_PARTICLES:
        name_parts.pop()
    if name_parts and _POSSESSIVE.search(name_parts[-1]) and len(name_parts[-1]) > 3:
        name_parts[-1] = _POSSESSIVE.sub("", name_parts[-1])  # "it is Johnson's" -> Johnson
    role = " ".join(role_parts) or None
    name = " ".join(name_parts)
    if not name:
        if plural or oblique:  # "Experten sagen": a weak noun's -en form without a name is plural
            written = " ".join(t for t in toks if _is_cap(t)) or text
            return Parsed(text, "group", written, None, role_head, affiliation, "group")
        # a definite singular role names one identifiable person ("der Ministerpräsident",
        # "the archbishop", "The mother"); indefinite ones ("ein Sprecher") name nobody
        bare = [t for t in toks if t.isalpha()]
        # only role words count: "the project", "the debate", "the fire service" are no persons
        one = definite and had_det and role is not None
        return Parsed(text, "role", role or " ".join(bare) or text, role, role_head, affiliation,
                      "person" if one else "anonymous", gender, definite=definite)
    kind = classify_unknown(name) if not role else ""
    if not kind and not role and len(name_parts) == 1 and len(name) >= 2 and name.isupper():
        kind = "organisation"  # ALA, VDR: an unknown acronym is an institution, not a surname
    if kind:
        return Parsed(text, "org", name, type=kind, affiliation=affiliation)
    first = lex.first_name(name_parts[0])
    if lang == "de" and len(name_parts) == 1 and not first:
        if role and had_det and name.endswith("s"):
            # "der Präsident Indonesiens": a genitive after the role is where, not who
            return Parsed(text, "role", role, role, role_head, name[:-1], "anonymous", gender,
                          definite=definite)
        if not role and (had_det or _DE_NOUN.search(name)):
            # "die Aufklärungsquote", "Dem Mann", "Kritik": German surnames take no article
            return Parsed(text, "anonymous", name, type="anonymous", affiliation=affiliation)
    if first and first != "u" and not gender:
        gender = first
    form = "full" if len(name_parts) > 1 else "surname"
    return Parsed(text, form, name, role, role_head, affiliation, "person", gender)


def _special(text: str, word: Word, gender: str, tok: str, premods: list[str], prefix: str | None,
             affiliation: str | None, lang: str, registry: Registry, definite: bool) -> Parsed:
    """Mentions headed by an info, org, group or anonymous noun."""
    if word.kind == "info":  # NATO-Schätzungen zufolge, Pentagon figures
        if not prefix and not premods and affiliation:  # "Estimates by event organizers"
            owner = parse_mention(affiliation, lang, registry)
            if owner.type == "person" and owner.name and not lexicon().first_name(
                    owner.name.split()[0]) and owner.name[:1].isupper():
                # "data from the Gun Violence Archive": data come from institutions
                return Parsed(text, "org", owner.name, type="organisation")
            return owner
        owner = prefix or (" ".join(premods) if premods else None)
        entry = registry.lookup(owner) if owner else None
        if entry:
            return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
        if owner:
            return Parsed(text, "org", owner, type=classify_unknown(owner) or "organisation")
        return Parsed(text, "anonymous", tok, type="anonymous")
    if word.kind == "org":
        if prefix:  # EU-Kommission, US-Behörde: a registry prefix names the institution
            entry = registry.lookup(tok)
            if entry:
                return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
        etype = "outlet" if set(word.fits) & {"newspaper", "broadcaster", "magazine"} else (
            "organisation" if set(word.fits) & {"intergovernmental", "ngo", "party", "company",
                                                "thinktank"} else "government")
        return Parsed(text, "demonstrative", tok, affiliation=affiliation, type=etype,
                      fits=word.fits, role_head=word.word, definite=definite)
    if word.kind == "group":
        return Parsed(text, "group", tok, None, word.word, affiliation, "group")
    return Parsed(text, "anonymous", " ".join(premods + [tok]), type="anonymous",
                  affiliation=affiliation)


# --- person names in running text ------------------------------------------------------------


@dataclass
class PersonHit:
    """A person name found in running text, with the role cue before it when there is one."""

    start: int
    end: int
    name: str
    role: str | None = None
    role_head: str | None = None
    affiliation: str | None = None
    gender: str = ""
    #: position of the hit's first token in its sentence (0 = sentence start: likely subject)
    order: int = 0


_RUN_TOKEN = re.compile(
    r"""(?:Dr|Prof|Mr|Mrs|Ms)\.            # titles keep their dot
      | (?:[^\W\d_]\.){1,4}(?![^\W\d_])   # initials: J.B.
      | [^\W\d_][\w'’]*(?:-[\w'’]+)*      # words and compounds: Cranny-Evans, Pentagon-Sprecherin
    """, re.VERBOSE)
#: particles that are German or Romance articles: inside a name only (von der Leyen, de la Cruz)
_ARTICLE_PARTICLES = frozenset("der den das des dem die la le".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_NAME = ("role", "group", "info", "org", "anonymous", "pronoun")


def _particles_before_name(toks: list[tuple[int, int, str]], cap: list[bool], k: int) -> bool:
    """Whether toks[k] starts particles that lead to a capitalised name word: "von der Leyen",
    "de la Cruz"; an article comes only after a particle ("Papandreou der Opposition" is none)."""
    j = k
    while j < len(toks) and toks[j][2] in NAME_PARTICLES and j - k < 3:
        before = toks[j - 1][2] if j else ""
        if toks[j][2] in _ARTICLE_PARTICLES and (
                before not in NAME_PARTICLES or before in _ARTICLE_PARTICLES):
            return False
        j += 1
    return j > k and j < len(toks) and cap[j]


def find_persons(text: str, start: int, end: int, lang: str, registry: Registry) -> list[PersonHit]:
    """Person names in `text[start:end]` (one sentence).

    A run of capitalised words is a name when it holds a first name followed by more capitalised
    words (Mark Rutte, James J.B. Park), or when a role word or title comes right before it
    (Präsident Selenskyj, Pentagon-Sprecherin Singh, spokeswoman Singh, Dr. Meier).
    """
    lex = lexicon()
    toks = [(m.start(), m.end(), m.group()) for m in _RUN_TOKEN.finditer(text, start, end)]
    # no token starts with a digit, so `_is_cap` is "starts upper-case": flags computed once
    cap = [t[2][0].isupper() for t in toks]
    hits: list[PersonHit] = []
    i = 0
    n_toks = len(toks)
    for at in [c for c, up in enumerate(cap) if up]:
        if at < i:
            continue  # inside the run before
        i = at
        run = [i]
        k = i + 1
        while k < n_toks and not text[toks[k - 1][1]:toks[k][0]].strip() and (
                cap[k] or _particles_before_name(toks, cap, k)):
            run.append(k)
            k += 1
        if k == i + 1 and lang != "en":
            i = k
            continue  # one capitalised word (a German noun) is never a name on its own
        words = [toks[r][2] for r in run]
        person: list[int] = []
        cue = None
        first = next((n for n, w in enumerate(words[:-1]) if lex.first_name(w)), None)
        if first is not None:
            person = run[first:]
            cue = lex.match(words[first - 1], lang, ("role", "title")) if first else None
        else:
            # a cue must come before the last word: a run of one word (most often a German
            # noun) needs no lexicon match at all, the costliest step here
            cues = [lex.match(w, lang, ("role", "title")) for w in words] if len(words) > 1 \
                else [None]
            r = max((n for n, c in enumerate(cues) if c), default=None)
            if r is not None and r < len(words) - 1:
                person, cue = run[r + 1:], cues[r]
            elif lang == "en" and i > 0 and not text[toks[i - 1][1]:toks[i][0]].strip():
                cue = lex.match(toks[i - 1][2], lang, ("role",))
                person = run if cue else []
        if person and toks[person[0]][2] in _ARTICLE_PARTICLES:
            person = []  # "Aktivisten der PKK": an article starts an affiliation, never a name
        names = [toks[p][2] for p in person]
        for cut in range(2, len(names)):
            if names[cut] in NAME_PARTICLES and lex.first_name(names[0]) and \
                    names[cut - 1] not in NAME_PARTICLES and not lex.first_name(names[cut - 1]):
                # a full name is complete: "Renate Künast von den Grünen"
                person, names = person[:cut], names[:cut]
                break
        if cue and cue[0].kind == "title" and first is None and len(names) > 3:
            names = []
        if names and names[0] in NAME_PARTICLES and (_is_place(" ".join(names[1:])) or (
                names[0] == "von" and len(names) == 2)):
            names = []  # "Ministerpräsident von Niedersachsen", "Bürgermeister von Orleans":
            # where, not who (von der Leyen keeps its "der"; de Maizière is no "von")
        if names and len(names) <= 5 and not registry.lookup(" ".join(names)) and not any(
                lex.match(n, lang, _NOT_NAME) or registry.lookup(n) for n in names):
            gender = cue[1] if cue and cue[1] in ("m", "f") else ""
            g = lex.first_name(names[0])
            gender = gender or (g if g in ("m", "f") else "")
            role_tok = toks[person[0] - 1][2] if cue and cue[0].kind == "role" else None
            if role_tok is None and (cue is None or cue[0].kind != "title"):
                # apposition: "der Ministerpräsident des Landes, Christian Wulff",
                # "Tomasz Kubiak, a fire service spokesman"
                cue, role_tok = _apposition(text, toks, person[0], person[-1], lang) or (cue, None)
                gender = gender or (cue[1] if cue and cue[1] in ("m", "f") else "")
            role_tok = singular_role(role_tok, cue[0]) if role_tok and cue else role_tok
            prefix = _split_compound(role_tok, registry)[0] if role_tok else None
            end = toks[person[-1]][1]
            poss = _POSSESSIVE.search(names[-1])
            if poss and len(names[-1]) > len(poss.group()):  # "Ann Carr's offer": the name is Ann Carr
                names[-1] = names[-1][:poss.start()]
                end -= len(poss.group())
            hits.append(PersonHit(toks[person[0]][0], end, " ".join(names),
                                  role_tok, _role_head(cue) if role_tok else None, prefix,
                                  gender, i))
        i = k
    return hits


#: words allowed between an apposed role and the name: articles, genitives, places, adjectives
_APPOSITION_GAP = 5


def _apposition(text: str, toks: list[tuple[int, int, str]], first: int, last: int, lang: str
                ) -> tuple[tuple[Word, str], str] | None:
    """A role set off by a comma right before or right after a name in one sentence."""
    lex = lexicon()
    # before: "<det> [..] ROLE [des Landes Niedersachsen], NAME"
    if first > 0 and text[toks[first - 1][1]:toks[first][0]].strip() == ",":
        for j in range(first - 1, max(-1, first - 2 - _APPOSITION_GAP), -1):
            if j < first - 1 and "," in text[toks[j][1]:toks[j + 1][0]]:
                break
            m = lex.match(toks[j][2], lang, ("role",))
            if m and j > 0 and toks[j - 1][2].lower() in DETERMINERS:
                return m, toks[j][2]
    # after: "NAME, [a|der] [..] ROLE"
    if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]].strip() == ",":
        for j in range(last + 1, min(len(toks), last + 2 + _APPOSITION_GAP)):
            if j > last + 1 and text[toks[j - 1][1]:toks[j][0]].strip():
                break  # punctuation ends the apposition
            m = lex.match(toks[j][2], lang, ("role",))
            if m:
                return m, toks[j][2]
            if toks[j][2][:1].isupper() and lex.first_name(toks[j][2]):
                break  # another name: a list, not an apposition
    return None


def singular_role(tok: str, word: Word) -> str:
    """`Verteidigungsexperten` -> `Verteidigungsexperte`, `Präsidenten` -> `Präsident` (weak nouns)."""
    if not word.weak or word.lang != "de":
        return tok
    ending = "n" if word.word.endswith("e") else "en"
    if tok.lower().endswith(word.word[-3:] + ending):
        return tok[: len(tok) - len(ending)]
    return tok


def _role_head(m: tuple[Word, str] | None) -> str | None:
    if not m:
        return None
    return m[0].word + ("in" if m[1] == "f" and m[0].lang == "de" and
                        not m[0].word.endswith("in") else "")
