"""The English paragraph being read, and the pieces every rule asks of it.

`reading.py` explains the approach: rules work on a *masked* copy of each paragraph (quotation
insides replaced by placeholder letters). This module holds that copy (`Para`, `mask_quotes`),
the pack's compiled lexicon (cue verbs, look-alikes, skippable adverbials), the look-alike test,
adverbial skipping around a cue, outlets named in a span, and small span helpers. It knows no
rule; `speaker.py` and `reading.py` build on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from ...model import Attribution, Document, Quote, Span, Via
from ..base import load_tsv
from .gates import Requirement, foldable, required
from .mentions import is_outlet

if TYPE_CHECKING:
    from .speaker import Left

FOLDER = Path(__file__).parent
QUOTE_OPEN = "\"“‘'«»„"
QUOTE_CLOSE = "\"”’'»«“"


@dataclass(frozen=True)
class Cue:
    form: str
    lemma: str
    klass: str
    takes_object: bool
    needs_that: bool
    needs: str = ""


@dataclass(frozen=True)
class Lexicon:
    cues: dict[str, Cue]
    cue_re: re.Pattern[str]
    lookalikes: tuple[re.Pattern[str], ...]
    #: all look-alike patterns in one alternation: no match of it in a window means no match of
    #: any single pattern, so most cues cost one scan (the per-pattern loop was ~30% of the pack)
    any_lookalike: re.Pattern[str]
    before: re.Pattern[str]
    after: re.Pattern[str]
    #: look-alike patterns by a word each needs (`gates.required`): a window lacking every key
    #: word of a pattern cannot match it; patterns with no provable word sit under ""
    lookalike_keys: dict[str, tuple[int, ...]] = field(default_factory=dict)
    #: per pattern, all its requirement sets (checked once its key word is present)
    lookalike_gates: tuple[tuple[Requirement, ...], ...] = ()


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Cue verbs, look-alikes and skippable adverbials of this pack, compiled once."""
    cues = {
        r["form"]: Cue(r["form"], r["lemma"], r["class"], r["object"] == "yes", r["needs"] in ("that", "strict"),
                       r["needs"])
        for r in load_tsv(FOLDER / "cues.tsv")
    }
    forms = sorted(cues, key=len, reverse=True)
    cue_re = re.compile(r"(?<![\w'’-])(?:" + "|".join(map(re.escape, forms)) + r")(?![\w'’-])")
    rows = load_tsv(FOLDER / "lookalikes.tsv")
    looks = tuple(re.compile(r["pattern"], re.IGNORECASE) for r in rows)
    any_look = re.compile("|".join(f"(?:{r['pattern']})" for r in rows), re.IGNORECASE)
    adv = load_tsv(FOLDER / "adverbials.tsv")
    before = "|".join(r["pattern"] for r in adv if r["where"] in ("before", "both"))
    after = "|".join(r["pattern"] for r in adv if r["where"] in ("after", "both"))
    gates = [required(r["pattern"], re.IGNORECASE) or () for r in rows]
    keys: dict[str, list[int]] = {}
    for i, gate in enumerate(gates):  # the key: the set with the longest shortest word
        key = max(gate, key=lambda r: (min(map(len, r)), -len(r)), default=frozenset({""}))
        for word in key:
            keys.setdefault(word, []).append(i)
    return Lexicon(
        cues, cue_re, looks, any_look,
        re.compile(rf"(?<![\w'’-])(?:{before})\s*,?\s*$", re.IGNORECASE),
        re.compile(rf"\s*,?\s*(?:{after})\b\s*,?", re.IGNORECASE),
        {w: tuple(ix) for w, ix in keys.items()}, tuple(gates),
    )


@dataclass
class Para:
    """One paragraph being read: the document, its masked text and the quotes in it."""

    doc: Document
    index: int
    start: int
    end: int
    masked: str
    quotes: list[Quote]
    found: list[Attribution] = field(default_factory=list)
    used_quotes: set[int] = field(default_factory=set)
    #: `speaker_left` by (sentence start, sentence end, cue start): `_stops` and the cue's own
    #: reading ask the same question (the answer depends only on the text, which stays put)
    lefts: dict[tuple[int, int, int], "Left"] = field(default_factory=dict)
    #: `objects.before_frame` by (sentence end, position after the cue), for the same reason
    befores: dict[tuple[int, int], bool] = field(default_factory=dict)


def mask_quotes(text: str, quotes: list[Quote]) -> str:
    """`text` with the inside of each outermost quotation replaced by `Qqq…` (final . ! ? kept)."""
    chars = list(text)
    for q in quotes:
        if q.depth != 0 or len(q.inner) < 1:
            continue
        s, e = q.inner.start, q.inner.end
        keep = text[e - 1] if text[e - 1] in ".!?" else None
        for i in range(s, e):
            chars[i] = "q"
        chars[s] = "Q"
        if keep and e - s > 1:
            chars[e - 1] = keep
    # thousands separators must not look like clause commas: 10,000 -> 10'000 (same length)
    return re.sub(r"(?<=\d),(?=\d{3})", "'", "".join(chars))


def trim(text: str, s: int, e: int) -> tuple[int, int]:
    """Shrink [s, e) past spaces, commas and final punctuation (quote marks stay outside)."""
    while s < e and text[s] in " ,;:—–-":
        s += 1
    while e > s and text[e - 1] in " ,;:.—–-":
        e -= 1
    return s, e


def quote_at(p: Para, pos: int) -> Quote | None:
    for q in p.quotes:
        if q.depth == 0 and q.span.start == pos:
            return q
    return None


def quote_ending(p: Para, pos: int) -> Quote | None:
    for q in p.quotes:
        if q.depth == 0 and q.span.end == pos:
            return q
    return None


def is_lookalike(text: str, sent: Span, cs: int, ce: int) -> bool:
    """A look-alike pattern (lookalikes.tsv) covers the cue at [cs, ce) in a window around it."""
    window_s = max(sent.start, cs - 40)
    return _lookalike_in(text[window_s:min(sent.end, ce + 60)], cs - window_s, ce - window_s)


@lru_cache(maxsize=4096)
def _lookalike_in(window: str, cs: int, ce: int) -> bool:
    """The answer depends on the window alone: a repeated line (boilerplate, a feed's footer)
    is read once."""
    lex = lexicon()
    if foldable(window):  # only the patterns whose words all occur in the window can match
        low = window.lower()
        picked = sorted({i for word, ix in lex.lookalike_keys.items() if word in low for i in ix})
        gates = lex.lookalike_gates
        present = {w for i in picked for req in gates[i] for w in req if w in low}
        pats = [lex.lookalikes[i] for i in picked if not any(map(present.isdisjoint, gates[i]))]
    elif lex.any_lookalike.search(window) is None:
        return False
    else:
        pats = list(lex.lookalikes)
    for pat in pats:
        for m in pat.finditer(window):
            if m.start() <= cs and ce <= m.end():
                return True
    return False


def strip_before(masked: str, s: int, e: int) -> int:
    """End of the speaker once auxiliaries/adverbials before the cue are removed."""
    lex = lexicon()
    while True:
        m = lex.before.search(masked, s, e)
        if not m or m.end() != e or m.start() == e:
            return e
        new_e = m.start()
        while new_e > s and masked[new_e - 1] == " ":
            new_e -= 1
        if new_e == e:
            return e
        e = new_e


def skip_after(masked: str, pos: int, end: int) -> tuple[int, list[Span]]:
    """Position after adverbials that follow a cue; spans of outlets named in them (via)."""
    lex = lexicon()
    vias: list[Span] = []
    while True:
        m = lex.after.match(masked, pos, end)
        if not m or m.end() == pos:
            return pos, vias
        vias.extend(outlets_in(masked, m.start(), m.end()))
        pos = m.end()


CAP_RUN = re.compile(r"(?:The\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+|the\s+)?[A-Z][\w.&'’-]*)*")


def outlets_in(text: str, s: int, e: int) -> list[Span]:
    out = []
    for m in CAP_RUN.finditer(text, s, e):
        name = m.group().rstrip(".,")
        if is_outlet(name):
            out.append(Span(m.start(), m.start() + len(name)))
    return out


def as_via(doc: Document, span: Span) -> Via:
    name = re.sub(r"^(?:the|The)\s+", "", doc.slice(span))
    return Via(name=name, type="outlet", span=span)
