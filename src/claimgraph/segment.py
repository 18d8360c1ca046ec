"""Segmentation: paragraphs (headline, subheads, body), sentences, tokens, quotation spans.

Our own splitter, because (a) every library splitter cuts multi-sentence quotes apart and we
find quotes at paragraph level first, (b) it must keep `10'000`, `z.B.`, `Nr. 5`, `U.S.`,
`J.B. Park` and `Dr. med.` whole, and (c) it is a few regexes, so it costs little next to
HTML extraction. Everything is a character offset into `Document.text`.
"""

from __future__ import annotations

import re
from .config import LIMITS
from .model import Document, Paragraph, Quote, Sentence, Span, Token

# --- paragraphs ------------------------------------------------------------------------

_LINE = re.compile(r"[^\n]+")
_END_PUNCT = ".!?:;…»«“”\"'’)"
HEADLINE_MAX_CHARS = 140


def _is_heading(line: str) -> bool:
    """A short line without end punctuation is a headline or subhead (wire style)."""
    s = line.strip()
    if not s or len(s) > HEADLINE_MAX_CHARS:
        return False
    if s.endswith("?") and len(s.split()) <= 12:  # "Vorsätzlicher Einsatz unerfahrener Soldaten?"
        return True
    # a headline may end with a quoted title or phrase: 'Haushaltsdebatte 2007: „Ja, es gibt …“'
    bare = s.rstrip("»«“”\"'’)")
    if bare != s and bare and not bare.endswith(tuple(".!?:;…")):
        return len(s.split()) <= 16
    return not s.endswith(tuple(_END_PUNCT)) and len(s.split()) <= 16


def paragraphs(text: str) -> list[Paragraph]:
    """Each non-empty line is a paragraph; short unpunctuated lines are headline/subheads."""
    out: list[Paragraph] = []
    for m in _LINE.finditer(text):
        start, end = m.start(), m.end()
        line = m.group()
        lead = len(line) - len(line.lstrip())
        trail = len(line) - len(line.rstrip())
        if lead == len(line):
            continue
        span = Span(start + lead, end - trail)
        kind = "body"
        if _is_heading(line):
            kind = "headline" if not out else "subhead"
        out.append(Paragraph(span, kind))
    return out


# --- tokens ----------------------------------------------------------------------------

_TOKEN = re.compile(
    r"""
    https?://\S+                              # URLs stay whole
  | [@\#][\w_]+                               # handles, hashtags
  | \d+(?:['’.,\u202f ]\d{3})+(?:[.,]\d+)?    # 10'000 10.000 10,000 1.234,5 (grouped numbers)
  | \d+(?:[.,]\d+)?                           # 1,5 3.75 2024
  | (?:[^\W\d_]\.){2,}                        # U.S. z.B. J.B. (dotted initialisms)
  | [^\W\d_][\w]*(?:[-'’][\w]+)*              # words, hyphenated compounds, it's
  | \S                                        # any other single character
    """,
    re.VERBOSE | re.UNICODE,
)


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of `text[start:end]` with absolute offsets."""
    end = len(text) if end is None else end
    return [Token(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text, start, end)]


class LazyTokens(list):
    """`Document.tokens`, tokenized on first use.

    Why: no stage reads tokens today, and building ~250 Token objects per article was half the
    cost of segmentation. Any read or change of the list (len, iteration, indexing, append, ==)
    fills it first, so it behaves as the list `tokenize` returns; pickling keeps it unfilled.
    """

    __slots__ = ("_pending",)

    def __init__(self, text: str, spans: list[tuple[int, int]]) -> None:
        super().__init__()
        self._pending: tuple[str, list[tuple[int, int]]] | None = (text, spans)

    def _fill(self) -> None:
        pending = self._pending
        if pending is not None:
            self._pending = None
            text, spans = pending
            for start, end in spans:
                list.extend(self, tokenize(text, start, end))

    def __reduce__(self):  # type: ignore[override]
        if self._pending is not None:
            return (LazyTokens, self._pending)
        return (list, (list(self),))


def _filled(name: str):
    base = getattr(list, name)

    def method(self: LazyTokens, *args, **kwargs):
        self._fill()
        return base(self, *args, **kwargs)

    method.__name__ = name
    return method


for _name in ("__len__", "__iter__", "__getitem__", "__contains__", "__reversed__", "__eq__",
              "__ne__", "__lt__", "__le__", "__gt__", "__ge__", "__repr__", "__add__", "__iadd__",
              "__mul__", "__rmul__", "__imul__", "__setitem__", "__delitem__", "append", "extend",
              "insert", "pop", "remove", "index", "count", "copy", "sort", "reverse", "clear"):
    setattr(LazyTokens, _name, _filled(_name))


# --- sentences -------------------------------------------------------------------------

# Abbreviations that end with a period but rarely end a sentence (lower-cased, without dot).
ABBREVIATIONS = frozenset(
    """
    z.b u.a d.h bzw ca dr prof med nr no vgl etc usw evtl ggf inkl bspw sog jh jhd str mio mrd
    mr mrs ms st jr sr gen lt col sgt capt gov sen rep rev fig vol dept corp inc ltd co jan feb
    mar apr jun jul aug sep sept oct nov dec okt dez abs art bzgl ehem gegr geb hl hrsg max min
    tel u.s u.k e.g i.e vs v.a o.ä s.o z.t d.j a.d dipl ing rer nat phil jur mag bzw
    """.split()
)
_MONTHS_DE = (
    "Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"
)
_BOUNDARY = re.compile(r"[.!?…]+[»«“”\"'’)]*(?=\s+)")
_ORDINAL_BEFORE_MONTH = re.compile(rf"\d{{1,2}}\.\s+(?:{_MONTHS_DE})\b")
_NEXT_STARTS_SENTENCE = re.compile(r"\s+[«»„“\"'‚(\[]?[A-ZÄÖÜ0-9¿¡]")


def _word_before(text: str, pos: int) -> str:
    i = pos
    while i > 0 and not text[i - 1].isspace() and text[i - 1] not in "(«»„“\"":
        i -= 1
    return text[i:pos]


def _is_boundary(text: str, m: re.Match[str], para_end: int) -> bool:
    punct = m.group()
    pos = m.start()
    if not _NEXT_STARTS_SENTENCE.match(text, m.end()):
        return False
    if punct[0] != ".":
        return True
    word = _word_before(text, pos)
    low = word.lower().rstrip(".")
    if low in ABBREVIATIONS:
        return False
    if len(word) == 1 and word.isalpha() and word.isupper():  # initials: J. Park
        return False
    if re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", word):  # U.S, J.B, z.B (dotted)
        # a dotted initialism ends a sentence only before a clear sentence start word
        nxt = text[m.end():m.end() + 20].split()
        return bool(nxt) and nxt[0] in {"The", "Der", "Die", "Das", "Er", "Sie", "It", "He", "She"}
    if word.isdigit() and len(word) <= 2:
        # "am 4. Dezember", "Nr. 5" is handled above; "der 3. Platz": ordinals before nouns
        if _ORDINAL_BEFORE_MONTH.match(text, pos - len(word)):
            return False
        nxt = text[m.end():m.end() + 30].split()
        if nxt and nxt[0][:1].isupper() and pos - len(word) > 0 and \
                text[pos - len(word) - 1] == " ":
            prev = _word_before(text, pos - len(word) - 1).lower()
            if prev in {"am", "der", "die", "das", "den", "dem", "zum", "zur", "vom", "im", "ab", "bis"}:
                return False
    return True


#: "geborgen wurden.Das Fährschiff": a full stop glued to the next sentence's first word (a
#: typo in scraped news); only before words that open sentences, so "bsp.De" or "3.Liga" stay
_GLUED = re.compile(r"""(?<=[a-zäöüß]{3})[.!?]
                        (?=(?:Der|Die|Das|Den|Dem|Des|Er|Sie|Es|Ein|Eine|Im|In|Am|Nach|Laut|Auch|
                              Doch|Bei|Mit|Seit|Zudem|Dabei|Damit|Dies|Diese|Dieser|Wie|Während|
                              The|He|She|It|They|We|On|At|According)\s)""", re.VERBOSE)


#: "im Bundesanzeiger.Mats Schönauer schreibt": a full stop glued to any capitalised word that
#: a space follows, after a lower-case word of three letters or more; `_glued_name` rules out
#: domains, file names and words with inner dots ("Spiegel.De", "www.heise.De", "Node.Js")
_GLUED_ANY = re.compile(r"(?<=[a-zäöüß]{3})\.(?=[A-ZÄÖÜ][a-zäöüß]+[\s,])")
#: a capitalised word after a dot that continues a domain or product name, not a sentence
_DOMAIN_PART = frozenset("de at ch com net org info eu online news js io app tv fm".split())


def _glued_name(text: str, dot: int) -> bool:
    """Does the dot at `dot` end a sentence glued to the next one (not a domain or a file)?"""
    word = _word_before(text, dot)
    nxt = re.match(r"[^\W\d_]+", text[dot + 1:])
    if word.lower() in ABBREVIATIONS or nxt is None or nxt.group().lower() in _DOMAIN_PART:
        return False
    # "www.bundesanzeiger.Mats" or "info@verein.Mit": the word before is part of an address
    return not re.search(r"[./@:\\]|www", word, re.IGNORECASE) and word[:1].isalpha()


def _cuts(text: str, start: int, end: int) -> list[int]:
    """Offsets right after each sentence-final punctuation in `text[start:end]`."""
    cuts = [m.end() for m in _BOUNDARY.finditer(text, start, end)
            if m.end() < end and _is_boundary(text, m, end)]
    cuts += [m.end() for m in _GLUED.finditer(text, start, end)
             if _word_before(text, m.start()).lower() not in ABBREVIATIONS]
    cuts += [m.end() for m in _GLUED_ANY.finditer(text, start, end) if _glued_name(text, m.start())]
    return sorted(set(cuts))


def sentences_in(text: str, start: int, end: int, paragraph: int = 0) -> list[Sentence]:
    """Split `text[start:end]` into sentences (quotes are not opened or closed here)."""
    out: list[Sentence] = []
    s = start
    for cut in _cuts(text, start, end):
        if cut <= s:
            continue
        out.append(Sentence(Span(s, cut), paragraph))
        s = cut
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        out.append(Sentence(Span(s, end), paragraph))
    return out


# --- quotations ------------------------------------------------------------------------

# opening mark -> closing marks it accepts
_PAIRS = {
    "«": "»", "»": "«", "„": "“”", "“": "”", "‚": "‘’", "‘": "’", '"': '"', "'": "'",
}
_QUOTE_CHARS = set("«»„“”‚‘’\"'")
_QUOTE_RE = re.compile("[" + re.escape("".join(sorted(_QUOTE_CHARS))) + "]")


def _can_open(text: str, i: int, start: int, end: int) -> bool:
    """Straight or ambiguous marks open after space/punctuation and before a non-space."""
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return (before.isspace() or before in "([{—–-:/«»„“\"'") and not after.isspace()


def _can_close(text: str, i: int, start: int, end: int) -> bool:
    before = text[i - 1] if i > start else " "
    after = text[i + 1] if i + 1 < end else " "
    return not before.isspace() and not after.isalnum()


def _closes_after_space(text: str, i: int, end: int) -> bool:
    """A straight mark after a space closes the open quote when punctuation or the paragraph end
    follows (`… 'Wow, a pianist' ", he recalled`): opening a quote before a comma makes no sense."""
    rest = text[i + 1:end]
    return rest[:1] in (",", ".", ";", ":") or not rest.strip()


def quotes_in(text: str, start: int, end: int, paragraph: int = 0,
              limit: int | None = None) -> list[Quote]:
    """Quotation spans in one paragraph, nested ones included, in order of opening.

    A quote still open at the end of the paragraph is returned with `closed=False` and runs
    to the paragraph end (the next paragraph may continue it).
    """
    limit = LIMITS.max_quotes if limit is None else limit
    stack: list[tuple[str, int]] = []
    found: list[Quote] = []
    for qm in _QUOTE_RE.finditer(text, start, end):  # the quote marks only, not every character
        i = qm.start()
        ch = text[i]
        if len(found) >= limit:
            break
        top = stack[-1][0] if stack else None
        # „…" (a German opening mark closed by a straight one) is common in typed text
        closes = top is not None and (ch in _PAIRS[top] or (top == "„" and ch == '"'))
        if ch in "'’" and text[i - 1:i].isalnum() and text[i + 1:i + 2].isalnum():
            continue  # apostrophe or Swiss thousands separator: it's, 10'000
        if closes and (ch not in "\"'’" or _can_close(text, i, start, end) or _closes_after_space(text, i, end)):
            mark, pos = stack.pop()
            found.append(Quote(Span(pos, i + 1), Span(pos + 1, i), mark, ch, len(stack), True,
                               paragraph))
            continue
        if ch in "”’":
            continue  # a closer with nothing to close (apostrophe, stray mark)
        if ch not in "«„‚" and not _can_open(text, i, start, end):
            continue  # », “, straight and single marks open only before a word
        if len(stack) < 8:  # deeper nesting is noise, not quotation
            stack.append((ch, i))
    # unclosed outermost quote: runs to paragraph end (multi-paragraph quote)
    if stack:
        mark, pos = stack[0]
        if mark not in "'‘‚" and end - pos > 1:
            found.append(Quote(Span(pos, end), Span(pos + 1, end), mark, "", 0, False, paragraph))
    found.sort(key=lambda q: (q.span.start, -q.span.end))
    return found


# --- document stage --------------------------------------------------------------------


def _without_german_names(text: str, found: list[Quote]) -> list[Quote]:
    """German quotes minus the names inside noun phrases (`die „Aktion Deutschland hilft“`):
    the name belongs to its phrase, so the rules read it as a speaker, not as speech."""
    from .lang.base import get_pack  # imported late: the German pack imports segment's users
    from .lang.de.mentions import quoted_name

    pack = get_pack("de")
    return [q for q in found if not quoted_name(pack, text, q)]


def segment(doc: Document) -> Document:
    """Stage: fill paragraphs, sentences, tokens and quotes of `doc`."""
    text = doc.text
    if not doc.paragraphs:
        doc.paragraphs = paragraphs(text)
    doc.sentences, doc.quotes = [], []
    doc.tokens = LazyTokens(text, [(p.span.start, p.span.end) for p in doc.paragraphs])
    for idx, para in enumerate(doc.paragraphs):
        s, e = para.span.start, para.span.end
        doc.sentences.extend(sentences_in(text, s, e, idx))
        remaining = LIMITS.max_quotes - len(doc.quotes)
        if remaining > 0:
            found = quotes_in(text, s, e, idx, remaining)
            if (para.lang or doc.lang) == "de":
                found = _without_german_names(text, found)
            doc.quotes.extend(found)
    if doc.title is None:
        head = next((p for p in doc.paragraphs if p.kind == "headline"), None)
        if head is not None and doc.paragraphs.index(head) == 0:
            doc.title = doc.slice(head.span)
    return doc

