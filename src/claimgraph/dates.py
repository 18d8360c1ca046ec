"""Dates: absolute (`28. Oktober 2024`, `October 28, 2024`, `2019`) and relative (`am Montag`,
`last week`, `in den kommenden Wochen`), resolved against the document date where known.

One precompiled regex cuts the candidates out; absolute dates and the common relative forms
(weekdays, yesterday, last week, last year) are computed here because that is exact and fast;
only the rest (`vor drei Tagen`, `two weeks ago`) goes to `dateparser.parse` on the short cut-out
span, cached. `search_dates()` is never used: it reads the German article `die` as a date.
Periods (`in den kommenden Wochen`) are kept with value None.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .scanning import pieces

MONTHS = {
    **{m: i for i, m in enumerate(
        "januar februar märz april mai juni juli august september oktober november dezember"
        .split(), 1)},
    **{m: i for i, m in enumerate(
        "january february march april may june july august september october november december"
        .split(), 1)},
    "jänner": 1, "jan": 1, "feb": 2, "mär": 3, "mar": 3, "apr": 4, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "sept": 9, "okt": 10, "oct": 10, "nov": 11, "dez": 12, "dec": 12,
}
WEEKDAYS = {
    **{d: i for i, d in enumerate(
        "montag dienstag mittwoch donnerstag freitag samstag sonntag".split())},
    **{d: i for i, d in enumerate(
        "monday tuesday wednesday thursday friday saturday sunday".split())},
    "sonnabend": 5,
}
# Month names as written (case matters: 'may' is a verb, 'March' a month only capitalised).
_MONTH = (r"(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|"
          r"Dezember|January|February|March|May|June|July|October|December|"
          r"(?:Jan|Feb|Mär|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Okt|Oct|Nov|Dez|Dec)\.?)")
_WEEKDAY = (r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|Monday|"
            r"Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)")
_PAST = r"(?i:vergangenen|letzten|vorigen|last|past)"
_NEXT = r"(?i:kommenden|nächsten|folgenden|next|coming|this\s+coming)"
_NUMW = (r"(?:\d+|ein|einem|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|wenigen|"
         r"einigen|mehreren|a|an|one|two|three|four|five|six|seven|eight|nine|ten|few|several)")
_UNIT_DE = r"(?:Tagen?|Wochen?|Monaten?|Jahren?|Jahrzehnten?|Stunden?)"
_UNIT_EN = r"(?:days?|weeks?|months?|years?|decades?|hours?)"

_DATE_RE = re.compile(
    rf"""
    \b(?:                                # every date starts a word: mid-word positions fail fast
      (?P<iso>\b(?P<iy>\d{{4}})-(?P<im>\d{{2}})-(?P<id>\d{{2}})\b)          # 2024-10-28
    | (?P<dot>\b(?P<dd>\d{{1,2}})\.(?P<dm>\d{{1,2}})\.(?P<dy>\d{{4}}|\d{{2}})\b)  # 28.10.2024
    | (?P<dmy>\b(?P<d1>\d{{1,2}})(?:\.|st|nd|rd|th)?\s?(?:of\s+)?(?P<m1>{_MONTH})
          (?:,?\s+(?P<y1>\d{{4}}))?(?!\w))                                # 28. Oktober 2024
    | (?P<mdy>\b(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b
          (?:,?\s+(?P<y2>\d{{4}}))?)                                      # October 28, 2024
    | (?P<my>\b(?:(?:Anfang|Mitte|Ende|early|mid|late)[\s-])?
          (?P<m3>{_MONTH})\s+(?P<y3>\d{{4}})\b)                           # Oktober 2024
    | (?P<wd>\b(?:(?i:am|on)\s+)?(?:(?P<wpast>{_PAST})\s+|(?P<wnext>{_NEXT})\s+)?
          (?P<wday>{_WEEKDAY})(?:abend|morgen|nachmittag|vormittag|mittag)?\b)  # am Montag
    | (?P<rel>\b(?:[Hh]eute|[Gg]estern|[Vv]orgestern|morgen|übermorgen|[Tt]oday|[Yy]esterday|
          [Tt]omorrow|[Tt]onight)\b)                                      # gestern, today
    | (?P<unit>\b(?:(?i:im|in)\s+)?(?:(?P<upast>(?i:vergangene[nrs]?|letzte[nrs]?|vorige[nrs]?|last|past))
          |(?P<unext>(?i:nächste[nrs]?|kommende[nrs]?|next|coming))
          |(?P<uthis>(?i:diese[nrs]?|this)))\s+
          (?P<uword>Woche|Monat|Jahr|Wochenende|week|month|year|weekend)\b)  # last week
    | (?P<period>\b(?i:in\s+den|in\s+the|im\s+Laufe\s+der|over\s+the|during\s+the)?\s*
          (?i:kommenden|nächsten|vergangenen|letzten|folgenden|coming|next|past|last|following)
          \s+(?:{_NUMW}\s+)?(?:Tagen|Wochen|Monaten|Jahren|Jahrzehnten|Stunden|days|weeks|months|
          years|decades|hours)\b)                                         # in den kommenden Wochen
    | (?P<ago>\b(?:[Vv]or\s+{_NUMW}\s+{_UNIT_DE}|{_NUMW}\s+{_UNIT_EN}\s+ago)\b)  # vor 3 Tagen
    | (?P<year>(?<![\w./-])(?:(?i:im\s+Jahre?|seit|since|in|bis|ab|by|until)\s+)?
          (?P<yy>1[89]\d\d|20\d\d)(?![\w'’]|[.,]\d))                       # 2019
    )""",
    re.VERBOSE,
)


# --- where a date can be at all ---------------------------------------------------------
# Every date holds a digit or one of these words (a month, weekday, 'heute', a unit such as
# 'Woche'/'days'); substrings are enough, so 'Jahr' also covers 'Jahren' and 'Jahrzehnten'.
_TRIGGER = re.compile(
    r"\d|Jan|Jän|Feb|Mär|Mar|Apr|Mai|May|Jun|Jul|Aug|Sep|Okt|Oct|Nov|Dez|Dec|Montag|Dienstag|"
    r"Mittwoch|Donnerstag|Freitag|Samstag|Sonnabend|Sonntag|day|eute|estern|orgen|omorrow|onight|"
    r"Tag|Woche|Monat|Jahr|Stunde|week|month|year|decade|hour"
)
# Places no date can span: a character that no date pattern holds and that no lookaround of
# _DATE_RE reads as part of a word (not an apostrophe: `2019’s` is checked by a lookahead), a
# sentence dot after a lower-case word of four letters or more (dates hold dots only after
# digits and month abbreviations: `28. Oktober`, `Okt. 2024`), and a comma not followed by a
# year (`October 28, 2024`). Scanning only the pieces between cuts that hold a trigger gives the
# same matches as scanning the whole paragraph, because no match can cross a cut and the
# lookarounds at a cut see a non-word character either way.
_CUT = re.compile(
    r"""[^\w\s.,'’-]                              # quotes, brackets, colons, ? ! ; / % …
      | (?<=[a-zäöüß]{4})(?<!Januar)(?<!Jänner)(?<!Februar)(?<!April)(?<!August)(?<!ember)
        (?<!Oktober)(?<!January)(?<!February)(?<!March)(?<!October)\.(?=\s)   # a sentence end
      | ,(?=\s+[^\d\s])                          # a comma before a word
    """,
    re.VERBOSE,
)


def _pieces(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The pieces of `text[start:end]` between cuts that may hold a date, in order."""
    return pieces(text, start, end, _TRIGGER, _CUT)


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    value: str | None  # ISO date, 'YYYY-MM', 'YYYY', or None when it cannot be resolved
    #: which pattern found it: iso dot dmy mdy my wd rel unit period ago year
    form: str = ""


def parse_base(value: object) -> dt.date | None:
    """The document date from `doc.meta['date']` (ISO string, date or datetime), else None."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = re.match(r"\s*(\d{4})-(\d{2})-(\d{2})", value)
        if m:
            try:
                return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            except ValueError:
                return None
    return None


def _iso(y: int, m: int, d: int) -> str | None:
    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _month(name: str) -> int | None:
    return MONTHS.get(name.lower().rstrip("."))


def _full_year(y: str) -> int:
    n = int(y)
    return n + (2000 if n < 50 else 1900) if len(y) == 2 else n


def _shift_months(base: dt.date, months: int) -> str:
    total = base.year * 12 + base.month - 1 + months
    return f"{total // 12:04d}-{total % 12 + 1:02d}"


@lru_cache(maxsize=2048)
def _dateparser(phrase: str, lang: str | None, base: dt.date) -> str | None:
    """dateparser on one short cut-out phrase, cached per (phrase, lang, base)."""
    import dateparser

    settings = {"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day),
                "PREFER_DATES_FROM": "past"}
    langs = [lang] if lang in ("de", "en") else ["de", "en"]
    try:
        found = dateparser.parse(phrase, languages=langs, settings=settings)
    except (ValueError, TypeError, OverflowError):
        return None
    return found.date().isoformat() if found else None


def _resolve(m: re.Match[str], base: dt.date | None, lang: str | None) -> str | None:
    g = m.group
    if g("iso"):
        return _iso(int(g("iy")), int(g("im")), int(g("id")))
    if g("dot"):
        return _iso(_full_year(g("dy")), int(g("dm")), int(g("dd")))
    if g("dmy") or g("mdy"):
        day, month, year = (g("d1"), g("m1"), g("y1")) if g("dmy") else (g("d2"), g("m2"), g("y2"))
        mon = _month(month)
        if year:
            return _iso(int(year), mon, int(day)) if mon else None
        return _iso(base.year, mon, int(day)) if (base and mon) else None
    if g("my"):
        mon = _month(g("m3"))
        return f"{int(g('y3')):04d}-{mon:02d}" if mon else None
    if g("year"):
        return g("yy")
    if base is None:
        return None
    if g("wd"):
        target = WEEKDAYS[g("wday").lower()]
        if g("wnext"):
            ahead = (target - base.weekday()) % 7 or 7
            return (base + dt.timedelta(days=ahead)).isoformat()
        back = (base.weekday() - target) % 7
        if g("wpast") and back == 0:
            back = 7
        return (base - dt.timedelta(days=back)).isoformat()
    if g("rel"):
        word = g("rel").lower()
        days = {"heute": 0, "today": 0, "tonight": 0, "gestern": -1, "yesterday": -1,
                "vorgestern": -2, "morgen": 1, "tomorrow": 1, "übermorgen": 2}[word]
        return (base + dt.timedelta(days=days)).isoformat()
    if g("unit"):
        step = -1 if g("upast") else 1 if g("unext") else 0
        word = g("uword").lower()
        if word in ("woche", "week", "wochenende", "weekend"):
            return (base + dt.timedelta(days=7 * step)).isoformat()
        if word in ("monat", "month"):
            return _shift_months(base, step)
        return f"{base.year + step:04d}"
    if g("ago"):
        return _dateparser(g("ago").lower(), lang, base)
    return None  # a period such as 'in den kommenden Wochen'


def find_dates(text: str, start: int = 0, end: int | None = None, lang: str | None = None,
               base: dt.date | None = None) -> list[DateMatch]:
    """Date mentions in `text[start:end]`, resolved against `base` (the document date).

    >>> [d.value for d in find_dates("Am 28. Oktober 2024 und am Montag", base=dt.date(2024, 10, 30))]
    ['2024-10-28', '2024-10-28']
    """
    end = len(text) if end is None else end
    out: list[DateMatch] = []
    for piece_start, piece_end in _pieces(text, start, end):
        for m in _DATE_RE.finditer(text, piece_start, piece_end):
            s, e = m.start(), m.end()
            while s < e and text[s].isspace():
                s += 1
            out.append(DateMatch(s, e, _resolve(m, base, lang), m.lastgroup or ""))
    return out
