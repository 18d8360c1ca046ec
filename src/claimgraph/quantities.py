"""Quantities: `10'000 = 10.000 = 10,000 = 10 000 = zehntausend`, with qualifier, range and unit.

A number is found by one precompiled regex (digits in every locale format, German and English
number words, vague amounts such as `Tausende`), then grown outwards with small anchored
regexes: a scale word (`1,5 Millionen`), a range (`zwischen 10'000 und 12'000`), a percent
sign or currency, the counted noun (`Soldaten`, unit_key `soldier`) and a qualifier before it
(`etwa` -> approx). The words around numbers live in `data/units.tsv`.

What looks like a number but is none is dropped before it costs anything: dates, times,
article and paragraph numbers, phone and version numbers, handles, URLs, e-mail addresses and
ordinals. A year (`2019`) is a date unless a counted noun follows it (`2019 Soldaten`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .lang.base import load_tsv
from .model import Quantity, Span
from .scanning import phrase_tree, pieces, prefix_tree

DATA = Path(__file__).parent / "data"


@dataclass(frozen=True)
class _Lexicon:
    units: dict[str, tuple[str, str]]        # lower-cased word -> (key, lang)
    de_unit_suffixes: tuple[str, ...]        # German unit words for compound endings, longest first
    currencies: dict[str, str]               # word as written (and lower-cased) -> ISO code
    percents: dict[str, str]                 # lower-cased word -> percent | percentage_point
    scales: dict[str, int]                   # word as written -> multiplier
    vague: dict[str, tuple[int, int]]        # lower-cased phrase -> (low, high)
    qualifiers: dict[str, str]               # lower-cased phrase -> approx | over | under


@lru_cache(maxsize=1)
def lexicon() -> _Lexicon:
    """The rows of data/units.tsv, indexed once per process."""
    units: dict[str, tuple[str, str]] = {}
    currencies: dict[str, str] = {}
    percents: dict[str, str] = {}
    scales: dict[str, int] = {}
    vague: dict[str, tuple[int, int]] = {}
    qualifiers: dict[str, str] = {}
    for row in load_tsv(DATA / "units.tsv"):
        word, typ = row["word"], row["type"]
        if typ == "unit":
            units.setdefault(word.lower(), (row["key"], row["lang"]))
        elif typ == "currency":
            currencies[word] = row["key"]
            currencies.setdefault(word.lower(), row["key"])
        elif typ == "percent":
            percents[word.lower()] = row["key"]
        elif typ == "scale":
            scales[word] = int(row["value"])
        elif typ == "vague":
            low, high = row["value"].split(":")
            vague[word.lower()] = (int(low), int(high))
        elif typ == "qualifier":
            qualifiers[word.lower()] = row["value"]
    suffixes = tuple(sorted((w for w, (_, lang) in units.items() if lang == "de" and len(w) >= 5),
                            key=len, reverse=True))
    return _Lexicon(units, suffixes, currencies, percents, scales, vague, qualifiers)


def _alternation(words: list[str]) -> str:
    """Longest-first regex alternation; spaces in phrases match any run of spaces."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


# --- the number regex -------------------------------------------------------------------

_DE_NUM = ("ein|zwei|drei|vier|fünf|sechs|sech|sieben|sieb|acht|neun|zehn|elf|zwölf|zwan|dreißig|"
           "dreissig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig|hundert|tausend|und|zig|s")
_EN_WORDS = ("one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|"
             "fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|"
             "eighty|ninety|hundred|thousand")
_SMALL_WORDS = frozenset(
    "ein eins eine zwei drei vier fünf sechs sieben acht neun zehn elf zwölf one two three four "
    "five six seven eight nine ten eleven twelve".split()
)


@lru_cache(maxsize=1)
def _number_re() -> re.Pattern[str]:
    lex = lexicon()
    vague = phrase_tree(list(lex.vague))
    en_words, de_num = prefix_tree(_EN_WORDS.split("|")), prefix_tree(_DE_NUM.split("|"))
    # the letters a number word can start with: other words fail on one look, not on each branch
    firsts = "".join(sorted({w[0] for w in (*_EN_WORDS.split("|"), *_DE_NUM.split("|"), *lex.vague,
                                             "a", "an", "eine", "one")}))
    return re.compile(
        rf"""
        \b(?i:(?=[\d{firsts}]))      # a number starts a word: mid-word positions fail fast
        (?:
        (?P<vague>(?i:\b{vague}\b))                            # Tausende, tens of thousands
      | (?P<digits>
            \d{{1,3}}(?P<sep>['’.,\ ])\d{{3}}(?:(?P=sep)\d{{3}})*   # 10'000 10.000 10,000 10 000
            (?:[.,]\d+)?                                      # 1.234,5
          | \d+(?:[.,]\d+)?                                   # 600 1,5 3.75 2019
        )
      | (?P<enword>(?i:\b{en_words}(?:(?:\s+|-)(?:and\s+)?{en_words})*\b))
      | (?P<deword>(?i:\b{de_num}+\b))                        # zehntausend, zweihundert
      | (?P<article>\b(?:[Aa]n?|[Ee]ine[rm]?|[Oo]ne)             # a million, eine Milliarde
            (?=\s+(?:million|billion|trillion|Million|Milliarde|Billion)\b))
        )""",
        re.VERBOSE,
    )


@lru_cache(maxsize=1)
def _scale_re() -> re.Pattern[str]:
    lex = lexicon()
    long = [w for w in lex.scales if len(w) > 1 and w not in ("bn", "mn", "tn", "k")]
    glued = [w for w in lex.scales if w not in long]
    return re.compile(
        rf"""
        (?:(?P<glued>{_alternation(glued)})                   # €3m, $5bn, 10k: glued only
        | \s+(?P<word>{_alternation(long)}))                  # 1,5 Millionen, 2,3 Mrd.
        (?![\w])
        """,
        re.VERBOSE,
    )


_RANGE = re.compile(
    r"""\s*(?:(?P<dash>[–—-])|(?P<word>bis(?:\s+zu)?|to|and|und|or|oder))\s*""", re.VERBOSE
)
_RANGE_OPENERS = re.compile(r"(?i:\b(?:zwischen|between|von|from)\s+$)")
_NEEDS_OPENER = frozenset({"and", "und", "or", "oder"})
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
_GAP = re.compile(r"[ \t]*")
_PERCENT = re.compile(r"\s?(%)|\s+(Prozentpunkte[n]?|Prozent|percentage\s+points|per\s+cent"
                      r"|percent|pct)\b")
# what may glue to the right of a number without a space: units and scales, nothing else
_GLUED_RIGHT = re.compile(r"(?:bn|mn|m|k|km²|km|kg|%)(?![\w])")


#: noise branches that need a character to match at all, by that character (see _noise_re):
#: a window without '@' cannot hold an e-mail address, so its branch is left out of the scan
_NOISE_NEEDS = (("url", ("://", "www.")), ("path", ("/",)), ("mail", ("@",)), ("tag", ("@", "#")),
                ("para", ("§",)))


# Places no digit-bearing look-alike can span (see _noise_re without its optional branches): a
# character none of them holds, a sentence dot after a lower-case word of four letters or more
# that is no month name ('5. Oktober.' keeps its dot), a comma before a word.
_NOISE_CUT = re.compile(
    r"""[^\w\s.:,/()+-]
      | (?<=[a-zäöüß]{4})(?<!Januar)(?<!Jänner)(?<!Februar)(?<!April)(?<!August)(?<!ember)
        (?<!Oktober)(?<!January)(?<!February)(?<!March)(?<!October)\.(?=\s)
      | ,(?=\s+[^\d\s])
    """,
    re.VERBOSE,
)


def _noise_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the look-alikes in `text[start:end]`, as one finditer over the window gives them.

    Without '@', '/', '#', '§' or a URL in the window every look-alike holds a digit, so only the
    pieces between cuts that hold a digit are scanned; no match crosses a cut, and the `\\b` at a
    cut sees a non-word character either way, so the spans are the same.
    """
    pattern = _noise_for(text, start, end)
    if pattern is not _noise_re(()):
        return [m.span() for m in pattern.finditer(text, start, end)]
    return [m.span() for s, e in pieces(text, start, end, _DIGIT, _NOISE_CUT)
            for m in pattern.finditer(text, s, e)]


def _noise_for(text: str, start: int, end: int) -> re.Pattern[str]:
    """The noise regex without the branches that cannot match in `text[start:end]`.

    Leaving out an alternative that matches nowhere changes no match (leftmost-first order is
    kept), and the URL, path and e-mail branches try a word-long match at every position: on
    Wikinews paragraphs, which rarely hold '@', '/' or '#', this halves the noise scan.
    """
    window = text[start:end]
    return _noise_re(tuple(name for name, needles in _NOISE_NEEDS
                           if any(n in window for n in needles)))


@lru_cache(maxsize=64)
def _noise_re(present: tuple[str, ...] = ("url", "path", "mail", "tag", "para")) -> re.Pattern[str]:
    """Things that contain digits but are no quantity; their spans are skipped.

    `present` names the optional branches to include (all by default).
    """
    months = (
        "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
        "Dezember|Jan|Feb|Mär|Apr|Jun|Jul|Aug|Sep|Sept|Okt|Nov|Dez|January|February|March|May|"
        "June|July|October|December|Mar|Oct|Dec"
    )
    optional = {
        "url": r"(?:https?://|www\.)\S+",                 # URLs
        "path": r"\b[\w-]+(?:\.[\w-]+)+/\S*",           # pic.twitter.com/x t.me/c/1
        "mail": r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+",          # e-mail addresses
        "tag": r"[@\#]\w+",                              # handles, hashtags
    }
    head = "".join(f"{optional[k]}\n      | " for k in ("url", "path", "mail", "tag") if k in present)
    para = r"| §+\s*\d+[a-z]?" if "para" in present else ""  # § 3
    return re.compile(
        head + rf"""
        \b\d{{1,2}}\.\s?(?:{months})\b\.?(?:\s+\d{{4}})?          # 28. Oktober 2024
      | \b(?:{months})\.?\s+\d{{1,2}}\b(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?  # October 28, 2024
      | \b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{months})\b(?:,?\s+\d{{4}})?  # 28 October
      | \b(?:{months})\s+\d{{4}}\b                                 # Oktober 2024
      | \b\d{{1,2}}(?:[:.]\d{{2}})?\s*(?:Uhr|h\b|a\.m\.|p\.m\.|am\b|pm\b)  # 14.30 Uhr, 2 p.m.
      | \b(?:Artikel|Art\.|[Aa]rticle|Nr\.?|No\.|Nummer|[Nn]umber|Abs\.|Absatz|Ziffer|
             Kapitel|[Cc]hapter|[Ss]ection|Seite|S\.|[Pp]age|p\.|pp\.|[Rr]esolution|Paragraf|
             [Pp]aragraph|Band|Vol\.|[Vv]olume|[Vv]ersion|Ausgabe|[Ii]ssue|Flug|[Ff]light|
             Linie|Gleis|Zimmer|[Rr]oom|Platz|Rang|[Rr]ank|Level|Stufe|Klasse|Bundesstraße|
             Autobahn|Tel\.?|Telefon|Fax|[Pp]hone|[Cc]all)\s*:?\s*
             \d+(?:[./-]\d+)*[a-z]?\b                              # Artikel 5, Nr. 5, Tel. 030
      {para}
      | (?:\+|\b00)\d{{1,3}}(?:[\s./-]?\(?\d{{1,5}}\)?){{2,6}}    # +41 44 123 45 67
      | \(\d{{2,5}}\)\s?\d{{3,4}}[-\s]?\d{{3,4}}                  # (555) 123-4567
      | \b0\d{{1,4}}[\s/-]\d{{3,}}(?:[\s-]\d{{2,4}})*\b           # 030 1234567, 044/123 45 67
      | \b0\d{{1,4}}\s\d{{2,3}}\s\d{{2}}\s\d{{2}}\b               # 044 123 45 67
      | \b\d{{3}}-\d{{3}}-\d{{4}}\b                               # 555-123-4567
      | \bv\d+(?:\.\d+)+                                          # v2.0
        """,
        re.VERBOSE,
    )


# A qualifier right before the number (anchored at the end of the text before it).
@lru_cache(maxsize=1)
def _qualifier_re() -> re.Pattern[str]:
    words = _alternation(list(lexicon().qualifiers))
    return re.compile(rf"(?i:(?<![\w.])(?P<q>{words})\s+$)")


@lru_cache(maxsize=1)
def _currency_before_re() -> re.Pattern[str]:
    symbols = [w for w in lexicon().currencies if not w[:1].isalpha() or w.isupper()]
    return re.compile(rf"(?:(?<![\w])(?:{_alternation(symbols)}))\s?$")


# The word before an ordinal "3." (der 3. Platz, am 5. Tag).
_ORDINAL_BEFORE = frozenset(
    "der die das den dem des am im zum zur vom beim ins ihr ihre ihrem ihren ihrer sein seine "
    "seinem seinen seiner unser unsere jeder jede jedem dieser diese diesem dieses ab bis seit "
    "the".split()
)
_EN_STOP = frozenset(
    "the a an of to in on at by for from and or but as is are was were be been has have had "
    "will would could should may might can more than less over under about this that these those "
    "it its their his her our we they he she who which what when where per each every other "
    "new more most some many such so also just only still already up down out into after before "
    "during since while against between among people's".split()
)
_DE_ADJ_END = ("e", "en", "er", "es", "em")
_EN_ADJ_END = ("ed", "al", "an", "ive", "ish", "ous", "ful", "ic", "ary")
_DIGIT = re.compile(r"\d")
_YEAR = re.compile(r"(?:1\d|20)\d\d")


def _to_number(digits: str, lang: str | None, before_scale: bool) -> float | int | None:
    """'10'000' -> 10000, '1,5' -> 1.5, '1.234,5' -> 1234.5; None if it is no number."""
    if len(digits) > 40:  # an id or garbage, not an amount; int() refuses > 4300 digits anyway
        return None
    s = digits.replace("’", "'")
    groups = re.fullmatch(r"(\d{1,3})(['., ])(\d{3}(?:\2\d{3})*)((?:[.,]\d+)?)", s)
    if groups:
        head, sep, tail, dec = groups.groups()
        decimal_mark = "," if lang == "de" else "." if lang == "en" else None
        if sep in ".," and not dec and tail.count(sep) == 0 and before_scale and \
                (decimal_mark is None or sep == decimal_mark):
            value = float(f"{head}.{tail}")  # '1,250 Milliarden', '1.250 billion'
        else:
            whole = int(head + tail.replace(sep, ""))
            value = whole + float("0." + dec[1:]) if dec else whole
    else:
        value = float(s.replace(",", ".")) if ("," in s or "." in s) else int(s)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return value


@lru_cache(maxsize=4096)
def _words_to_number(words: str) -> int | None:
    """Number words through text2num (German first, then English); None if they are none."""
    from text_to_num import text2num

    low = re.sub(r"\s+", " ", words.lower().replace("-", " ")).strip()
    for lang in ("de", "en"):
        try:
            return int(text2num(low, lang))
        except (ValueError, IndexError, KeyError, AttributeError):
            continue
    return None


def _scaled(value: float | int, mult: int) -> float | int:
    out = value * mult
    return int(round(out)) if abs(out - round(out)) < 1e-6 else out


class _Scanner:
    """Grows one number match into a Quantity; one instance per `find_quantities` call."""

    def __init__(self, text: str, lang: str | None):
        self.text, self.lang, self.lex = text, lang, lexicon()

    # -- the core number ----------------------------------------------------------------
    def number(self, m: re.Match[str], second: bool = False
               ) -> tuple[float | int | None, int, tuple[int, int] | None]:
        """(value, end, vague range) for a number match, value None when it is no number.

        `second` is the upper end of a range ('300-500'), whose dash is no glue.
        """
        text, end = self.text, m.end()
        if m.group("vague"):
            low, high = self.lex.vague[re.sub(r"\s+", " ", m.group().lower())]
            return None, end, (low, high)
        if m.group("digits"):
            glued = _GLUED_RIGHT.match(text, end)
            if end < len(text) and (text[end].isalnum() or text[end] == "_") and not glued:
                return None, end, None  # 90er, 3rd, 5G, F-16's other half
            if text[end:end + 2][:1] in ".,:" and text[end + 1:end + 2].isdigit():
                return None, end, None  # 3.8.1, 28.10.2024, 14:30
            if text[end:end + 1] == "-" and text[end + 1:end + 2].isalpha():
                return None, end, None  # 37-jährige, 45-minütiger, 10-Punkte-Plan
            start = m.start()
            if start > 0 and (text[start - 1].isalpha() or text[start - 1] in "_/@#+:"):
                return None, end, None  # F16, @user123, /status/123, +41
            if not second and start > 1 and text[start - 1] in ".,-" and \
                    text[start - 2].isalnum():
                return None, end, None  # 3.8.1 (second part), F-16, COVID-19
            scale = _scale_re().match(text, end)
            return _to_number(m.group(), self.lang, bool(scale)), end, None
        if m.group("article"):
            return 1, end, None
        words = m.group()
        if words.lower() in ("ein", "eins", "und", "s", "zig", "one", "sieb", "zwan"):
            return None, end, None
        value = _words_to_number(words)
        return value, end, None

    def scale(self, pos: int) -> tuple[int, int]:
        """(multiplier, end) of a scale word at `pos` (1 when there is none)."""
        m = _scale_re().match(self.text, pos)
        if not m:
            return 1, pos
        word = m.group("glued") or m.group("word")
        mult = self.lex.scales.get(word) or self.lex.scales.get(word.lower(), 1)
        if self.lang == "en" and word.lower() in ("billion", "billions") and word[0] == "B":
            mult = 10**9
        return mult, m.end()

    # -- what follows -------------------------------------------------------------------
    def words_after(self, pos: int, n: int = 4) -> list[tuple[str, int, int]]:
        """Up to `n` words after `pos`, stopping at punctuation (hyphens stay in words)."""
        out: list[tuple[str, int, int]] = []
        text = self.text
        while len(out) < n:
            g = _GAP.match(text, pos)
            pos = g.end()
            m = _WORD.match(text, pos)
            if not m:
                break
            word = m.group().rstrip(".") if not m.group().endswith(("Mrd.", "Mio.", "Fr.")) \
                else m.group()
            out.append((word, m.start(), m.start() + len(word)))
            pos = m.start() + len(word)
            if word != m.group():
                break  # a sentence end
        return out

    def unit_key(self, word: str) -> str | None:
        low = word.lower()
        hit = self.lex.units.get(low)
        if hit:
            return hit[0]
        if low.endswith("s") and low[:-1] in self.lex.units:
            return self.lex.units[low[:-1]][0]
        if word[:1].isupper():
            for suffix in self.lex.de_unit_suffixes:
                if low.endswith(suffix) and len(low) > len(suffix):
                    return self.lex.units[suffix][0]
        return None

    def unit(self, pos: int) -> tuple[str | None, str | None, int]:
        """(unit as written, unit_key, end) of the counted noun after `pos`."""
        words = self.words_after(pos)
        if words and words[0][0] in ("of", "von"):
            words = words[1:]  # 'thousands of troops', 'hundreds of thousands of refugees'
        # two-word units first: 'service members', 'asylum seekers', 'police officers'
        for i in range(len(words) - 1):
            pair = f"{words[i][0]} {words[i + 1][0]}"
            if pair.lower() in self.lex.units:
                if all(self._skippable(w[0]) for w in words[:i]):
                    return pair, self.lex.units[pair.lower()][0], words[i + 1][2]
        fallback: tuple[str, int] | None = None
        for i, (word, s, e) in enumerate(words[:3]):
            key = self.unit_key(word)
            if key:
                return word, key, e
            if word.lower() in _EN_STOP:
                break
            if fallback is None and self._noun_like(word, i):
                fallback = (word, e)
            if not self._skippable(word):
                break
        if fallback:
            return fallback[0], None, fallback[1]
        return None, None, pos

    def _noun_like(self, word: str, i: int) -> bool:
        if self.lang == "de" or (self.lang is None and word[:1].isupper()):
            return word[:1].isupper() and word.lower() not in self.lex.qualifiers
        return i == 0 and word.isalpha() and len(word) > 2 and word.lower() not in _EN_STOP

    def _skippable(self, word: str) -> bool:
        """An adjective between number and noun: 'nordkoreanische', 'Military', 'more'."""
        if word[:1].islower():
            low = word.lower()
            if self.lang != "de" and low.endswith(_EN_ADJ_END):
                return True  # 'suspected deaths', 'civilian casualties', 'additional troops'
            return low.endswith(_DE_ADJ_END) or low in ("more", "further", "new", "other")
        return self.lang != "de"  # English: 'Military Troops', 'North Korean soldiers'

    def currency_after(self, pos: int) -> tuple[str | None, str | None, int]:
        words = self.words_after(pos, 2)
        if not words:
            m = re.match(r"\s*([€$£¥])", self.text[pos:pos + 3])
            if m:
                return m.group(1), self.lex.currencies[m.group(1)], pos + m.end()
            return None, None, pos
        if len(words) == 2:
            pair = f"{words[0][0]} {words[1][0]}"
            if pair in self.lex.currencies:
                return pair, self.lex.currencies[pair], words[1][2]
        word, _, e = words[0]
        code = self.lex.currencies.get(word) or (
            self.lex.currencies.get(word.lower()) if word.islower() or word.isupper() else None)
        if code and (word.isupper() or word[:1].isupper() or self.lang != "de"):
            return word, code, e
        return None, None, pos

    def percent_after(self, pos: int) -> tuple[str | None, str | None, int]:
        m = _PERCENT.match(self.text, pos)
        if not m:
            return None, None, pos
        word = m.group(1) or m.group(2)
        return word, self.lex.percents[re.sub(r"\s+", " ", word.lower())], m.end()


def _is_year(m: re.Match[str], value: float | int | None, mult: int) -> bool:
    return bool(m.group("digits")) and mult == 1 and _YEAR.fullmatch(m.group()) is not None


def _ordinal(text: str, start: int, end: int) -> bool:
    """'der 3. Platz', 'am 5. Tag': a number, a dot and a word, after an article."""
    if text[end:end + 2] not in (". ",) or end - start > 3:
        return False
    before = text[max(0, start - 12):start].split()
    return bool(before) and before[-1].lower() in _ORDINAL_BEFORE


def find_quantities(text: str, start: int = 0, end: int | None = None,
                    lang: str | None = None) -> list[Quantity]:
    """Quantities in `text[start:end]` with absolute spans, in text order.

    >>> [(q.value, q.qualifier, q.unit_key) for q in find_quantities("etwa 10'000 Soldaten")]
    [(10000, 'approx', 'soldier')]
    """
    end = len(text) if end is None else end
    # every look-alike holds a digit: a window without one needs no noise scan (most paragraphs)
    has_digit = _DIGIT.search(text, start, end) is not None
    noise = _noise_spans(text, start, end) if has_digit else []
    sc = _Scanner(text, lang)
    out: list[Quantity] = []
    pos = start
    number_re = _number_re()
    ni = 0
    while True:
        m = number_re.search(text, pos, end)
        if not m:
            break
        pos = m.end()
        while ni < len(noise) and noise[ni][1] <= m.start():
            ni += 1
        if ni < len(noise) and noise[ni][0] < m.end():
            pos = max(pos, noise[ni][1])
            continue
        q = _grow(sc, m, end)
        if q is None:
            continue
        out.append(q)
        pos = max(pos, q.span.end)
    return out


def _grow(sc: _Scanner, m: re.Match[str], limit: int) -> Quantity | None:
    """Turn one number match into a Quantity (or None for a year, ordinal, lone word)."""
    text = sc.text
    value, pos, vague = sc.number(m)
    if value is None and vague is None:
        return None
    if m.group("digits") and _ordinal(text, m.start(), pos):
        return None
    mult, pos = sc.scale(pos) if value is not None else (1, pos)
    low = high = None
    qualifier = "exact"
    if vague:
        low, high = vague
        qualifier = "vague"
    else:
        value = _scaled(value, mult)
    # a range: 10'000–12'000, zwischen 10'000 und 12'000, 1 to 2 million
    r = _RANGE.match(text, pos) if value is not None else None
    opener = _RANGE_OPENERS.search(text, max(0, m.start() - 12), m.start())
    if r and (r.group("dash") or r.group("word").lower() not in _NEEDS_OPENER or opener):
        m2 = _number_re().match(text, r.end())
        if m2 and not m2.group("vague"):
            v2, p2, _ = sc.number(m2, second=True)
            if v2 is not None:
                mult2, p2 = sc.scale(p2)
                if mult == 1 and mult2 > 1:
                    value = _scaled(value, mult2)
                v2 = _scaled(v2, mult2)
                if _YEAR.fullmatch(m.group()) and _YEAR.fullmatch(m2.group()) and mult2 == 1:
                    return None  # 2022-2024 is a period of years
                if v2 > value:
                    low, high, pos = value, v2, p2
                    value = (value + v2) / 2
                    value = int(value) if float(value).is_integer() else value
                    qualifier = "approx"
    # qualifier and currency symbol before the number
    first = opener.start() if (low is not None and opener and qualifier == "approx") else m.start()
    kind, currency, unit, unit_key = "count", None, None, None
    cur = _currency_before_re().search(text, max(0, first - 5), first)
    if cur:
        kind, currency = "money", sc.lex.currencies[cur.group().strip()]
        first = cur.start()
    q = _qualifier_re().search(text, max(0, first - 20), first)
    if q and qualifier == "exact":
        qualifier = sc.lex.qualifiers[re.sub(r"\s+", " ", q.group("q").lower())]
        first = q.start()
    elif q and qualifier == "approx" and low is not None and not opener:
        first = q.start()  # 'rund 10 bis 12 Millionen'
    # percent, currency word, or counted noun after it
    word, key, p = sc.percent_after(pos)
    if word and kind == "count":
        kind, unit, unit_key, pos = "percent", word, key, p
    elif kind == "count":
        word, code, p = sc.currency_after(pos)
        if word:
            kind, currency, unit, unit_key, pos = "money", code, word, code, p
    if kind == "count" or (kind == "money" and unit is None):
        unit, unit_key, p = sc.unit(pos)
        if unit and kind == "count":
            pos = p
        elif kind == "money":
            unit, unit_key = None, currency
    if kind == "count" and qualifier == "exact" and _is_year(m, value, mult) and \
            unit_key is None:
        return None  # 2019 is a date, 2019 Soldaten is a count
    if m.group("enword") or m.group("deword"):
        small = m.group().lower() in _SMALL_WORDS
        if small and unit is None and kind == "count" and mult == 1:
            return None  # 'drei' alone, 'ten' as a name: only with a counted noun
    if qualifier == "over":
        low = value if low is None else low
    elif qualifier == "under":
        high = value if high is None else high
    pos = min(pos, limit)
    return Quantity(text=text[first:pos], span=Span(first, pos), value=value, qualifier=qualifier,
                    unit=unit, low=low, high=high, kind=kind, currency=currency,
                    unit_key=unit_key if kind != "money" else (unit_key or currency))


def parse_quantity(text: str, lang: str | None = None) -> Quantity | None:
    """The first quantity in a short text, spans relative to it.

    >>> q = parse_quantity("über 600'000 Soldaten")
    >>> (q.value, q.qualifier, q.unit)
    (600000, 'over', 'Soldaten')
    """
    found = find_quantities(text, 0, len(text), lang)
    return found[0] if found else None
