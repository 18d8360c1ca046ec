"""The source-word lexicons: role, title, group and info words per language plus first names.

Why a module of its own: both readers of names use them, `names.parse_mention` (a source
mention as written) and `persons.find_persons` (person names in running text), and German
roles need more than a set lookup (feminine +in, plural +innen, weak nouns: den Experten), so
the matching lives here once, memoised.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from . import places
from .lang.base import load_tsv
from .registry import Registry

DATA_DIR = Path(__file__).parent / "data"

DETERMINERS = frozenset(
    """der die das den dem des ein eine einen einem einer eines dieser diese dieses diesem diesen
    jener jene jenes the a an another this that these those its his her their seine sein ihre ihr
    """.split()
)
INDEFINITE = frozenset("ein eine einen einem einer eines a an another".split())
#: quantifiers: what follows is a group ("Manche Analysten", "hunderte Demonstranten")
QUANTIFIERS = frozenset(
    """manche einige viele mehrere alle hunderte tausende zahlreiche etliche several many some
    numerous hundreds thousands dozens most all other andere anderen weitere""".split()
)
#: words that make a role a different office: a deputy governor is not the governor
DEPUTY = frozenset("deputy vice assistant stellvertretende stellvertretender "
                   "stellvertretenden vize".split())
POSSESSIVES = frozenset("ihrer seiner ihrem seinem ihren seinen deren dessen unserer".split())
#: particles inside names (Ursula von der Leyen, Ahmed al-Sharaa, Vincent van Gogh)
NAME_PARTICLES = frozenset("von van der den de del della di da du dos das la le al el bin ibn ben zu".split())


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
        """Gender (m, f, u) when `token` is a known first name, else None.

        A hyphenated given name whose parts are all first names is one too ("Frank-Jürgen",
        "Anne-Marie"): its last part gives the gender.
        """
        found = self.firstnames.get(token)
        if found is None and "-" in token and token[:1].isupper():
            parts = token.split("-")
            genders = [self.firstnames.get(p) for p in parts]
            if len(parts) == 2 and all(genders) and all(p[:1].isupper() for p in parts):
                return genders[-1]
        return found

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


@lru_cache(maxsize=4096)
def _is_place(name: str, kinds: tuple[str, ...] = ("country", "capital", "region")) -> bool:
    """A country, capital or region of the gazetteer, as written."""
    place = places.lookup(name) if name else None
    return place is not None and place.type in kinds and place.alias == name



def _split_compound(tok: str, registry: Registry) -> tuple[str | None, str]:
    """`NATO-Generalsekretär` -> ("NATO", ...); the prefix counts only when the registry knows it."""
    if "-" not in tok:
        return None, tok
    prefix, _, head = tok.rpartition("-")
    entry = registry.lookup(prefix)
    return (entry.name if entry else None), head



def singular_role(tok: str, word: Word) -> str:
    """`Verteidigungsexperten` -> `Verteidigungsexperte`, `Präsidenten` -> `Präsident` (weak nouns);
    a strong noun's genitive: `des Generalanwalts` -> `Generalanwalt`, `Leiters` -> `Leiter`."""
    if word.lang != "de":
        return tok
    if not word.weak:
        low = tok.lower()
        for end in ("es", "s"):
            if low.endswith(word.word + end) and not low.endswith(word.word + "ss"):
                return tok[: len(tok) - len(end)]
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


@lru_cache(maxsize=1)
def _synonym_sets() -> dict[tuple[str, str], frozenset[str]]:
    sets: dict[tuple[str, str], frozenset[str]] = {}
    for row in load_tsv(DATA_DIR / "role_synonyms.tsv"):
        words = frozenset(w.strip() for w in row["words"].split("|") if w.strip())
        for word in words:
            sets[(row["lang"], word)] = sets.get((row["lang"], word), frozenset()) | words
    return sets


def role_synonyms(role: str | None, lang: str) -> frozenset[str]:
    """Role words that name the same function as `role` ("Demonstrationsleiter" ->
    organisator, veranstalter ...), from data/role_synonyms.tsv; empty when none is listed."""
    word = role_word(role)
    return _synonym_sets().get((lang, word), frozenset()) if word else frozenset()


@lru_cache(maxsize=1)
def _epithets() -> frozenset[tuple[str, str]]:
    return frozenset((row["lang"], row["word"].strip()) for row in load_tsv(DATA_DIR / "epithets.tsv"))


def is_epithet(head: str | None, lang: str) -> bool:
    """Whether a role head describes a person rather than names an office ("der SPD-Politiker",
    "the Wooster professor"), from data/epithets.tsv; German feminine -in forms count."""
    if not head:
        return False
    low = head.lower()
    return (lang, low) in _epithets() or (low.endswith("in") and (lang, low[:-2]) in _epithets())


@lru_cache(maxsize=1)
def _function_words() -> frozenset[tuple[str, str]]:
    return frozenset((row["lang"], row["word"].strip())
                     for row in load_tsv(DATA_DIR / "function_words.tsv"))


def only_function_words(text: str, lang: str) -> bool:
    """Whether a mention is made only of closed-class words ("Zu", "One of"): it names nobody."""
    words = [w.strip(".,;:!?\"'„“”»«") for w in text.lower().split()]
    words = [w for w in words if w]
    table = _function_words()
    return bool(words) and all((lang, w) in table for w in words)


def role_word(role: str | None) -> str:
    """A role as the synonym table writes it: lower case, the last word (or an English
    two-word role), feminine -in removed ("Organisatorin" -> organisator)."""
    if not role:
        return ""
    words = role.lower().split()
    sets = _synonym_sets()
    for word in (" ".join(words[-2:]), words[-1]):
        for cand in (word, word[:-2] if word.endswith("in") else None):
            if cand and any(key[1] == cand for key in sets):
                return cand
    return words[-1]


#: words that end an institution's head noun phrase, and articles before it
_HEAD_END = frozenset("der des für von vom zur zum in im the of for".split())
_ARTICLES = frozenset("der die das den dem".split())


@lru_cache(maxsize=1)
def _institution_endings() -> tuple[tuple[str, str], ...]:
    rows = load_tsv(DATA_DIR / "de_institution_gender.tsv")
    return tuple(sorted(((r["ending"], r["gender"]) for r in rows), key=lambda r: -len(r[0])))


def institution_gender(name: str) -> str:
    """The German grammatical gender of an institution's head noun (m | f | n | ""): "Der
    Bundesverband ... Er" and "Die Landesregierung ... Sie" refer to the institution, so a
    pronoun of that gender may stand for it. The last word decides (compounds end in the head)."""
    words = re.findall(r"[\wäöüß]+", name.lower())
    words = words[1:] if words[:1] and words[0] in _ARTICLES else words
    cut = next((i for i, w in enumerate(words) if i and w in _HEAD_END), len(words))
    if not cut:
        return ""
    last = words[cut - 1]  # "Bundesverband der Deutschen Industrie": the head, not the tail
    for ending, gender in _institution_endings():
        if last.endswith(ending):
            return gender
    return ""


@lru_cache(maxsize=1)
def _thing_endings() -> tuple[str, ...]:
    return tuple(r["ending"] for r in load_tsv(DATA_DIR / "de_plural_things.tsv"))


#: a German plural noun phrase: an article, demonstrative or adjective, then a capitalised noun
_PLURAL_NP = re.compile(r"(?<![\w-])(?:[Dd]ie|[Dd]iese|[a-zäöüß]+e[n]?)\s+"
                        r"(?:[a-zäöüß][\w-]*\s+){0,2}(?P<noun>[A-ZÄÖÜ][\w-]*)")


def last_plural_thing(text: str, lo: int, hi: int) -> int:
    """Where the last plural noun of things (`de_plural_things.tsv`: "die Zahlen", "neue
    Daten") starts in text[lo:hi], or -1: a plural "sie" after it may mean the things."""
    last = -1
    for m in _PLURAL_NP.finditer(text, lo, hi):
        if m.group("noun").lower().endswith(_thing_endings()):
            last = m.start("noun")
    return last
