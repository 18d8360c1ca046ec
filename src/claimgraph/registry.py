"""The outlet and organisation registry: known names, their spellings, and their types.

Why a registry and not a model: the sources news cite again and again (agencies, papers,
ministries, alliances) are a few hundred names with many spellings («CNN», Cable News Network;
US-Außenministerium, State Department). A dict of normalised aliases types them exactly and
costs one lookup. The data lives in `data/outlets.tsv` and `data/organisations.tsv`; users add
their own rows with `load_registry(extra_path)` or `CLAIMGRAPH_REGISTRY=/path/to/file.tsv`.

Optional `name_de`/`name_en` columns give an entry's name in one language where it differs
(UNO / United Nations, IWF / IMF): `sources.resolve` shows a mention in that language under it,
while the document keeps one entity per entry (named in the document's language).

Aliases starting with `~` are ambiguous in running text ("Welt", "X", "Insider"): they are
found when a mention is looked up or when they stand inside quotation marks, never when free
text is scanned.
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Iterator

from .errors import InputError
from .model import SOURCE_TYPES, Span

DATA_DIR = Path(__file__).parent / "data"
BUILTIN_FILES = (DATA_DIR / "outlets.tsv", DATA_DIR / "organisations.tsv")
COLUMNS = ("id", "name", "type", "kind", "country", "lang", "aliases")
#: optional columns: the name in one language where it differs (UNO = United Nations)
NAME_COLUMNS = ("name_de", "name_en")
ENV_VAR = "CLAIMGRAPH_REGISTRY"

#: articles dropped at the start of a name before lookup ("Die Welt" = "Welt", "The Guardian")
_ARTICLES = frozenset(
    "der die das des dem den ein eine einer eines the a an le la les el il lo los las het".split()
)
_QUOTES = "«»„“”\"‚‘’‹›'`"
_OPEN_QUOTES = "«»„“‚‘‹›\"'"
_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue",
                          "ß": "ss", "ẞ": "SS"})
# word characters, kept together with inner dots/apostrophes/ampersands: U.S., Sat.1, Ha'aretz
# (written as runs, `[^\W_][\w&]*(?:[.'’](?=\w)[\w&]*)*`, the same words as one alternation per
# character, `[^\W_](?:[\w&]|[.'’](?=\w))*`, at a fraction of the cost: it scans every document)
_WORD = re.compile(r"[^\W_][\w&]*(?:[.'’](?=\w)[\w&]*)*\.?", re.UNICODE)
# German adjective endings stripped from non-final words for a second, looser key
_ADJ_END = re.compile(r"(?:es|en|er|em|e)$")


class RegistryError(InputError):
    """A registry file cannot be read or has a bad row (the message names file and line)."""


@lru_cache(maxsize=65536)
def _fold(text: str) -> str:
    """Case-preserving fold: umlauts/ß spelled out, accents dropped, quotes and dots removed."""
    text = unicodedata.normalize("NFC", text).translate(_UMLAUTS)
    text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = re.sub(rf"[{_QUOTES}]", "", text.replace("’s", "s").replace("'s", "s"))
    text = text.replace(".", "")
    text = re.sub(r"[-‐‑–—/_,:()]+", " ", text)
    words = text.split()
    while len(words) > 1 and words[0].casefold() in _ARTICLES and not words[0].isupper():
        words = words[1:]
    if words and words[0].casefold() in {"l", "d"}:  # L'Express after quote removal: "LExpress"
        words = words[1:] or words
    return " ".join(words)


def normalise(text: str) -> str:
    """Lookup key of a name: case-folded, ß=ss, ä=ae, no quotes, dots, hyphens or articles.

    >>> normalise("«Die Neue Zürcher Zeitung»") == normalise("neue zuercher zeitung")
    True
    """
    return _fold(text).casefold()


def _loose(key: str) -> str:
    """A looser key: German adjective endings removed from every word but the last."""
    words = key.split()
    return " ".join([_ADJ_END.sub("", w) if len(w) > 4 else w for w in words[:-1]] + words[-1:])


@dataclass(frozen=True)
class RegistryEntry:
    """One known outlet or institution."""

    id: str
    name: str
    #: entity type: outlet | organisation | government | group | ...
    type: str
    #: agency | newspaper | broadcaster | online | social | ministry | party | ...
    kind: str = ""
    country: str = ""
    lang: str = ""
    aliases: tuple[str, ...] = ()
    #: aliases (folded, case kept) that must not be found in free text
    ambiguous: frozenset[str] = frozenset()
    #: the name in German / English where it differs from `name` (optional columns)
    name_de: str = ""
    name_en: str = ""
    #: aliases (normalised) that name the entry only in one language, with that language:
    #: "de:Union" is the CDU/CSU in German, a trade union in English
    lang_only: frozenset[tuple[str, str]] = frozenset()

    def spellings(self) -> tuple[str, ...]:
        """The canonical name, the per-language names and every alias, as written in the data."""
        extra = tuple(n for n in (self.name_de, self.name_en)
                      if n and n != self.name and n not in self.aliases)
        return (self.name, *extra, *self.aliases)

    def name_in(self, lang: str | None) -> str:
        """The name to show for a mention in `lang`: `name_en`/`name_de` when given, else `name`.

        >>> RegistryEntry("un", "UNO", "organisation", name_en="United Nations").name_in("en")
        'United Nations'
        """
        if lang == "en" and self.name_en:
            return self.name_en
        if lang == "de" and self.name_de:
            return self.name_de
        return self.name


@dataclass
class Registry:
    """Entries by id plus alias dicts for lookup (case-folded) and scanning (case kept)."""

    entries: dict[str, RegistryEntry] = field(default_factory=dict)
    _by_key: dict[str, str] = field(default_factory=dict, repr=False)
    _by_loose: dict[str, str] = field(default_factory=dict, repr=False)
    _scan: dict[str, str] = field(default_factory=dict, repr=False)
    _first_words: set[str] = field(default_factory=set, repr=False)
    #: first word -> word counts of the scanned names it starts, longest first
    _lengths: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _max_words: int = 1
    #: (key, kept id, dropped id) for aliases claimed by two entries
    collisions: list[tuple[str, str, str]] = field(default_factory=list, repr=False)
    #: scanned word -> whether its fold starts a name (news vocabulary repeats across documents)
    _starts_memo: dict[str, bool] = field(default_factory=dict, repr=False)

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[RegistryEntry]:
        return iter(self.entries.values())

    def get(self, entry_id: str | None) -> RegistryEntry | None:
        return self.entries.get(entry_id) if entry_id else None

    def add(self, entry: RegistryEntry, *, override: bool = False) -> None:
        """Add (or with `override`, replace) an entry and index its spellings."""
        old = self.entries.get(entry.id)
        if old is not None:
            merged_aliases = tuple(dict.fromkeys(old.aliases + entry.aliases + (old.name,)))
            entry = replace(
                entry,
                kind=entry.kind or old.kind, country=entry.country or old.country,
                lang=entry.lang or old.lang, ambiguous=old.ambiguous | entry.ambiguous,
                name_de=entry.name_de or old.name_de, name_en=entry.name_en or old.name_en,
                lang_only=old.lang_only | entry.lang_only,
                aliases=tuple(a for a in merged_aliases if a != entry.name),
            )
            override = True
        self.entries[entry.id] = entry
        for spelling in entry.spellings():
            key = normalise(spelling)
            if not key:
                continue
            self._index(self._by_key, key, entry.id, override)
            self._index(self._by_loose, _loose(key), entry.id, override, record=False)
            scan = _fold(spelling)
            if scan in entry.ambiguous:
                continue
            words = scan.split()
            if not words or (scan in self._scan and not override):
                continue
            self._scan[scan] = entry.id
            self._first_words.add(words[0])
            self._lengths[words[0]] = tuple(sorted({*self._lengths.get(words[0], ()), len(words)},
                                                   reverse=True))
            self._starts_memo.clear()
            self._max_words = max(self._max_words, len(words))

    def _index(self, table: dict[str, str], key: str, entry_id: str, override: bool,
               record: bool = True) -> None:
        have = table.get(key)
        if have is None or have == entry_id or override:
            table[key] = entry_id
        elif record:
            self.collisions.append((key, have, entry_id))

    def lookup(self, name: str | None, lang: str | None = None) -> RegistryEntry | None:
        """The entry a written name refers to, or None.

        Tries the exact key, then without a genitive -s (des Pentagons, NATO's), then a key
        without German adjective endings (russische/russisches Verteidigungsministerium).
        With `lang`, an alias that names the entry only in another language is no hit ("the
        union" in English is no CDU).

        >>> load_registry().lookup("Associated Press").name
        'Associated Press'
        """
        if not name:
            return None
        key = normalise(name)
        if not key:
            return None
        whole = key
        hit = self._by_key.get(key)
        if hit is None and len(key) > 3 and key.endswith("s"):
            key = whole[:-1]
            hit = self._by_key.get(key)
            if hit is None and whole.endswith("es"):
                key = whole[:-2]
                hit = self._by_key.get(key)
        if hit is None and " " in whole:
            hit = self._by_loose.get(_loose(whole))
        entry = self.entries.get(hit) if hit else None
        if entry is not None and lang and entry.lang_only and any(
                k == key and only != lang for k, only in entry.lang_only):
            return None
        return entry

    def find_in(self, text: str, start: int = 0, end: int | None = None
                ) -> list[tuple[Span, RegistryEntry]]:
        """Registry names in `text[start:end]`, longest match first, left to right.

        Case matters here (WHO, not who); ambiguous aliases count only inside quotes.
        """
        end = len(text) if end is None else end
        raw = _WORD.findall(text, start, end)
        # A name can start only at a word whose fold is a first word of some name, or right
        # after an opening quote: find those once per distinct word and visit only them.
        first_words, memo = self._first_words, self._starts_memo
        if len(memo) > 200_000:
            memo.clear()
        starts = set()
        for w in set(raw):
            ok = memo.get(w)
            if ok is None:
                ok = memo[w] = _fold_word(w) in first_words
            if ok:
                starts.add(w)
        quoted = {m.start() for m in _AFTER_QUOTE.finditer(text, start, end)}
        if not starts and not quoted:
            return []
        words = [m.span() for m in _WORD.finditer(text, start, end)]
        visit = [k for k, w in enumerate(raw) if w in starts or words[k][0] in quoted]
        folded: dict[int, str] = {}

        def fold_at(k: int) -> str:
            got = folded.get(k)
            if got is None:
                got = folded[k] = _fold_word(raw[k])
            return got

        out: list[tuple[Span, RegistryEntry]] = []
        i = 0
        for at in visit:
            if at < i:
                continue  # inside the name found before
            i = at
            hit = None
            longest = min(self._max_words, len(words) - i)
            quoted_here = words[i][0] in quoted
            # only the word counts of names starting with this word can hit, unless the word is
            # quoted (then any quoted span is looked up as a whole)
            # (a word folding to several or none, 'a_b', would shift the counts: try them all)
            plain = all(" " not in f and f for f in map(fold_at, range(i, i + longest)))
            counts = range(longest, 0, -1) if quoted_here or not plain else [
                n for n in self._lengths.get(fold_at(i), ()) if n <= longest]
            for n in counts:
                s, e = words[i][0], words[i + n - 1][1]
                surface = text[s:e]
                # the folded n-gram is the folded words joined (hyphens fold to spaces)
                entry_id = self._scan.get(" ".join(fold_at(k) for k in range(i, i + n)))
                if entry_id is None and quoted_here and _quoted_after(text, e):
                    entry = self.lookup(surface)
                    entry_id = entry.id if entry else None
                if entry_id is not None:
                    hit = (Span(s, e), self.entries[entry_id], n)
                    break
            if hit is None:
                i += 1
                continue
            out.append((hit[0], hit[1]))
            i += hit[2]
        return out


def _fold_word(word: str) -> str:
    """`_fold` of one scanned word; plain ASCII words fold to themselves (no call needed)."""
    return word if word.isascii() and word.isalnum() else _fold(word)


# a word start right after an opening quote mark (where ambiguous aliases count)
_AFTER_QUOTE = re.compile(rf"(?<=[{re.escape(_OPEN_QUOTES)}])[^\W_]")


def _quoted_before(text: str, pos: int) -> bool:
    return pos > 0 and text[pos - 1] in _OPEN_QUOTES


def _quoted_after(text: str, pos: int) -> bool:
    return pos < len(text) and text[pos] in _QUOTES


def read_rows(path: Path | str) -> Iterator[tuple[int, RegistryEntry]]:
    """Entries of one registry TSV (`#` comments, a header row, then one entry a line)."""
    path = Path(path)
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        raise RegistryError(f"{path}: registry file not found") from None
    except OSError as exc:
        raise RegistryError(f"{path}: cannot read registry ({exc.strerror})") from None
    header: list[str] | None = None
    with handle:
        try:
            lines = list(handle)
        except UnicodeDecodeError:
            raise RegistryError(f"{path}: registry is not UTF-8 text") from None
    for lineno, line in enumerate(lines, 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.rstrip("\n").split("\t")]
        if header is None:
            header = [c.lower() for c in cells]
            missing = [c for c in ("name", "type") if c not in header]
            if missing:
                raise RegistryError(
                    f"{path}:{lineno}: header needs the columns {', '.join(COLUMNS)} "
                    f"(missing: {', '.join(missing)}; columns are separated by tabs)")
            continue
        row = {k: (cells[i] if i < len(cells) else "") for i, k in enumerate(header)}
        yield lineno, _entry(row, path, lineno)


def _entry(row: dict[str, str], path: Path, lineno: int) -> RegistryEntry:
    name, etype = row.get("name", ""), row.get("type", "").lower()
    if not name:
        raise RegistryError(f"{path}:{lineno}: empty name")
    if etype not in SOURCE_TYPES:
        raise RegistryError(f"{path}:{lineno}: unknown type '{etype}' for '{name}' "
                            f"(expected one of {', '.join(SOURCE_TYPES)})")
    aliases: list[str] = []
    ambiguous: set[str] = set()
    lang_only: set[tuple[str, str]] = set()
    for alias in (row.get("aliases") or "").split("|"):
        alias = alias.strip()
        if alias.startswith("~"):
            alias = alias[1:].strip()
            ambiguous.add(_fold(_LANG_ONLY.sub("", alias)))
        only = _LANG_ONLY.match(alias)
        if only:  # "de:Union": an alias in German only
            alias = alias[only.end():].strip()
            lang_only.add((normalise(alias), only.group(1)))
        if alias and alias != name:
            aliases.append(alias)
    entry_id = row.get("id") or normalise(name).replace(" ", "_")
    return RegistryEntry(entry_id, name, etype, row.get("kind", ""), row.get("country", ""),
                         row.get("lang", ""), tuple(dict.fromkeys(aliases)), frozenset(ambiguous),
                         row.get("name_de", ""), row.get("name_en", ""), frozenset(lang_only))


#: a language tag before an alias: "de:Union"
_LANG_ONLY = re.compile(r"^(de|en):")


def build(paths: Iterable[Path | str], extra: Iterable[Path | str] = ()) -> Registry:
    """A registry from built-in files, then `extra` files whose rows override them."""
    reg = Registry()
    for path in paths:
        for _, entry in read_rows(path):
            reg.add(entry)
    for path in extra:
        for _, entry in read_rows(path):
            reg.add(entry, override=True)
    return reg


@lru_cache(maxsize=8)
def _cached(extra: tuple[str, ...]) -> Registry:
    return build(BUILTIN_FILES, extra)


def load_registry(extra_path: Path | str | None = None) -> Registry:
    """The built-in registry, merged with a user TSV of the same columns when given.

    Loaded once per process and path. Raises RegistryError (one line) for a bad user file.
    """
    extra = (str(Path(extra_path).resolve()),) if extra_path else ()
    return _cached(extra)


def default_registry() -> Registry:
    """The registry the pipeline uses: built-in plus `$CLAIMGRAPH_REGISTRY` when set."""
    return _by_env(os.environ.get(ENV_VAR) or None)


@lru_cache(maxsize=8)
def _by_env(value: str | None) -> Registry:
    return load_registry(value)


def use_registry(extra_path: Path | str) -> Registry:
    """Make a user registry the default for this process and its workers (`--registry FILE`).

    Loads it once to fail early with a one-line RegistryError, then sets $CLAIMGRAPH_REGISTRY so
    that worker processes started later read the same file.
    """
    path = str(Path(extra_path).resolve())
    reg = load_registry(path)
    os.environ[ENV_VAR] = path
    return reg
