"""Word shapes of names: which capitalised words type an unknown institution, which never
start a name, and which small words or modifiers may stand inside or before one.

Why a module of its own: `names.parse_mention` reads whole mentions; these checks look at one
word or a short run of tokens and need no parser, so the resolver's other modules (coref,
descriptors, sources) can use `classify_unknown` without the mention grammar.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .lang.base import load_tsv
from .registry import Registry
from .source_words import DATA_DIR, DETERMINERS, POSSESSIVES, QUANTIFIERS, Lexicon, _is_place, lexicon

#: capitalised words that start sentences but never names ("Both said", "Beide sagten")
NOT_NAMES = frozenset(
    """Both One Two Three This That These Those Some Many Most All Several Each Every Other Others
    Such Another Any Few Beide Einige Viele Alle Manche Mehrere Andere Man Jeder Jede Keiner Es
    Sie Er Wir Ich Du Ihr It They We You I He She""".split()
)

#: quantifiers that name a group of speakers when they stand alone ("Some say", "Viele glauben")
LONE_QUANTIFIERS = frozenset("some many most others manche viele einige andere".split())


def lone_quantifier(text: str) -> str | None:
    """The group a mention made of one quantifier names, capitalised ("some" -> "Some"), else
    None: "Some officials" is headed by its noun, not by the quantifier."""
    words = text.strip().strip(" ,.:;«»„“”\"'").split()
    if len(words) != 1 or words[0].lower() not in LONE_QUANTIFIERS:
        return None
    return words[0][:1].upper() + words[0][1:].lower()


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
    r"stadtverwaltung|city hall|rathaus|\bsurvey\b)")
_ORG_WORDS = re.compile(
    r"(?i)(?:institut|university|universität|hochschule|stiftung|foundation|verband|association|"
    r"council|\brat\b|bank\b|group\b|gruppe|\bag\b|gmbh|\binc\b|corp|ltd|partei|party|union|"
    r"komitee|committee|agency|agentur|kommission|commission|organi[sz]ation|center|centre|zentrum|"
    r"society|gesellschaft|club|verein|fund\b|fonds|archive|archiv\b|project|projekt\b|"
    r"initiative|coalition|koalition|observatory|beobachtungsstelle|network|netzwerk|"
    r"federation|föderation|league|liga\b|foundation|trust\b|charity|hospital|klinik|"
    r"krankenhaus|school|schule\b|college|museum|library|bibliothek|church|kirche\b|board\b|"
    r"bureau|service\b|dienst\b|mission\b|medienhaus|verlag\b|verlagsgruppe|konzern\b|holding\b)")


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



@lru_cache(maxsize=1)
def _company_words() -> frozenset[str]:
    return frozenset(r["word"] for r in load_tsv(DATA_DIR / "company_words.tsv"))


def classify_unknown(name: str) -> str:
    """Type of a capitalised name not in the registry: outlet, government, organisation or ''."""
    if _OUTLET_WORDS.search(name):
        return "outlet"
    if _GOV_WORDS.search(name):
        return "government"
    if _ORG_WORDS.search(name):
        return "organisation"
    words = name.split()
    if len(words) > 1 and words[-1][:1].isupper() and words[-1].lower() in _company_words() \
            and not (len(words) == 2 and lexicon().first_name(words[0])):
        return "organisation"  # "Fairphone Shops", "Nordic Airlines"
    return ""


def _place_word(word: str) -> bool:
    """A country's abbreviation or the German adjective of a place: US, UK, Wiener (Wien),
    Berliner (a bare place name may be a given name: Paris Hilton, Israel Kamakawiwoʻole)."""
    kinds = ("country", "capital", "region", "city")
    return (word.isupper() and _is_place(word, kinds)) or (
        len(word) > 5 and word.endswith("er") and _is_place(word[:-2], kinds))


#: small words inside a proper name ("Who Gives a Crap", "Bank of England", "Marks & Spencer")
_NAME_CONNECTORS = frozenset("a an the of and for & on in at de la du".split())


#: small words that may stand inside an institution's name between capitalised words
_INNER_WORDS = frozenset("of for on the de la du zu für der des".split())


def _inner_word(toks: list[str], n: int, premods: list[str], name_parts: list[str],
                lex: Lexicon) -> bool:
    """Whether toks[n] continues a capitalised institution name: a small word (`of`, `zu`,
    `der`) or a number between capitalised words, in a name that does not start with a given
    name (`Lost 52 Project`, `Bank of England`; not `Peer Steinbrück zu Beginn`)."""
    before = name_parts or premods
    tok = toks[n]
    if not before or n + 1 >= len(toks) or lex.first_name(before[0]):
        return False
    nxt = toks[n + 1]
    if not nxt[:1].isupper() or lex.first_name(nxt) or nxt in NOT_NAMES:
        return False
    if tok.isdigit():
        return True
    return tok.lower() in _INNER_WORDS and tok[:1].islower() and any(
        classify_unknown(" ".join(part)) for part in (before, toks[n + 1:]))


def _noun_modifiers(before: list[str], lex: Lexicon) -> list[str]:
    """Lower-case words right before an English institution noun that say which one it is:
    "the health ministry", "the state police" (not "the said ministry", "Early")."""
    out: list[str] = []
    for tok in reversed(before):
        low = tok.lower()
        if not tok.isalpha() or not tok.islower() or low in DETERMINERS | QUANTIFIERS | \
                POSSESSIVES or low in _INNER_WORDS or lex.match(tok, "en", ("modifier",)) \
                or low in _NOT_MODIFIERS or low.endswith(("ly", "ed", "ing")):
            break
        out.insert(0, tok)
    return out[-2:]


#: lower-case words before an institution noun that do not name it
_NOT_MODIFIERS = frozenset("said same other new whole entire own and or but by to from with as "
                           "according that which who whose this these those".split())


def _proper_name(toks: list[str]) -> bool:
    """Whether tokens are one proper name: capitalised first and last, small words between."""
    return bool(toks) and _is_cap(toks[0]) and _is_cap(toks[-1]) and all(
        _is_cap(t) or t.lower() in _NAME_CONNECTORS for t in toks)


def _head_later(toks: list[str], n: int, lang: str) -> bool:
    """Whether a lower-case role or institution noun after toks[n] heads the mention and a
    name follows it: then toks[n] only modifies it ("study co-author Tak-Sing Wong", "toilet
    paper producer Who Gives a Crap", "the ministry spokesman Ali Rezaei")."""
    lex = lexicon()
    for j in range(n + 1, len(toks) - 1):
        tok = toks[j]
        if not tok[:1].islower():
            return False
        if lex.match(tok, lang, ("role", "org")) and _is_cap(toks[j + 1]):
            return True
    return False


def _compound_owner(tok: str, head: str, registry: Registry) -> str | None:
    """`Polizeiangaben` -> Polizei, `Regierungskreisen`-like info compounds without a hyphen:
    the first part names the owner when it is an institution (registry or institution word),
    not a person noun (`Expertenschätzungen` stay anonymous)."""
    low = tok.lower()
    cut = low.rfind(head)
    if cut < 3 or not tok[:1].isupper():
        return None
    first = tok[:cut]
    for cand in (first[:-1] if first.endswith("s") else None, first):
        if cand and (registry.lookup(cand) or (
                len(cand) > 3 and classify_unknown(cand) in ("government", "organisation")
                and lexicon().match(cand, "de", ("role", "group", "anonymous")) is None)):
            return cand
    return None
