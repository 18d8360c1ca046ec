"""The speed-ups give the same answers as the plain forms they replace.

Each fast path (dates and digit look-alikes scanned only in pieces that can hold them, number
words as prefix trees, lazily built tokens) is compared with the straightforward scan on
sentences written for these tests, and on the shared Wikinews articles when they are present.
"""

from __future__ import annotations

import pickle
import re

import pytest

from claimgraph import dates, langid, quantities
from claimgraph.model import Document
from claimgraph.scanning import phrase_tree, prefix_tree
from claimgraph.segment import LazyTokens, paragraphs, segment, tokenize
from shared_paths import need_shared

# Our own sentences, chosen to sit on the edges of the cuts: dots after month names and
# abbreviations, commas before years, apostrophes, quotes, brackets, long spaces.
TRICKY = [
    "Am 28. Oktober 2024 sagte sie: «Wir gehen davon aus.» Das war im Oktober. 2025 folgt mehr.",
    "Bis Ende Okt. 2024, so die Planung, sollen 10'000 Soldaten bereitstehen (Stand: 5. Nov.).",
    "On October 28, 2024, officials said; by Jan. 5 they had left. In 2019’s report, nothing.",
    "Im Laufe der kommenden zwei Wochen, hieß es, werde entschieden – vor drei Tagen noch nicht.",
    "Vergangenen Montagabend und letzte Woche, am 3.4.2023, dann im Jahre 1989: alles anders.",
    "Tel. 030 1234567, Artikel 5, § 3, Flug LX 318 um 14.30 Uhr, 2 p.m. und +41 44 123 45 67.",
    "Seit 2001, bis 2024; ab 12. März wieder. Die Januar. 5 Liste, der 20. Platz, Nr. 7.",
    "They met two weeks ago, last year, this weekend, tomorrow and tonight; yesterday: 3 km.",
    "Zwischen 10.000 und 12.000 Menschen, rund 1,5 Millionen Euro, etwa 300-500 Helfer.",
    "Mitte-Oktober 2022 kamen Hunderttausende, tens of thousands of people, a million users.",
    "Einundzwanzig Tage, SEVENTY-five days, ſechs Wochen, zwölf Monate, Dutzende Male.",
    "Er rief an    (am   Freitag),   sagte   dann   am   vergangenen   Sonntag    nichts.",
]


def _shared_paragraphs(limit: int) -> list[str]:
    root = need_shared("data", "de-wikinews-texts", "texts")
    out: list[str] = []
    for path in sorted(root.glob("*.txt"))[:limit]:
        text = path.read_text(encoding="utf-8")
        out.extend(text[p.span.start:p.span.end] for p in paragraphs(text))
    return out


def _dates_plain(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup) for m in dates._DATE_RE.finditer(text)]


def _dates_pieces(text: str) -> list[tuple[int, int, str | None]]:
    return [(m.start(), m.end(), m.lastgroup)
            for s, e in dates._pieces(text, 0, len(text))
            for m in dates._DATE_RE.finditer(text, s, e)]


@pytest.mark.parametrize("text", TRICKY)
def test_date_pieces_find_what_the_whole_scan_finds(text):
    assert _dates_pieces(text) == _dates_plain(text)


def test_date_pieces_on_wikinews():
    paras = _shared_paragraphs(150)
    assert sum(len(_dates_plain(p)) for p in paras) > 50  # the comparison is not empty
    assert [_dates_pieces(p) for p in paras] == [_dates_plain(p) for p in paras]


@pytest.mark.parametrize("text", TRICKY + ["Mail an a.b@example.org, Foto pic.twitter.com/x1 #G7"])
def test_noise_pieces_find_what_the_whole_scan_finds(text):
    plain = [m.span() for m in quantities._noise_re().finditer(text)]
    assert quantities._noise_spans(text, 0, len(text)) == plain


def _plain_number_re() -> re.Pattern[str]:
    """The number regex as plain alternations (what the prefix trees replace)."""
    fast = quantities._number_re().pattern
    vague = quantities._alternation(list(quantities.lexicon().vague))
    plain = fast.replace(phrase_tree(list(quantities.lexicon().vague)), f"(?:{vague})")
    plain = plain.replace(prefix_tree(quantities._EN_WORDS.split("|")),
                          f"(?:{quantities._EN_WORDS})")
    plain = plain.replace(prefix_tree(quantities._DE_NUM.split("|")),
                          f"(?:{quantities._DE_NUM})")
    assert plain != fast
    return re.compile(plain, re.VERBOSE)


@pytest.mark.parametrize("text", TRICKY)
def test_number_tries_match_like_alternations(text):
    plain = [(m.span(), m.lastgroup) for m in _plain_number_re().finditer(text)]
    fast = [(m.span(), m.lastgroup) for m in quantities._number_re().finditer(text)]
    assert fast == plain


def test_number_tries_on_wikinews():
    paras = _shared_paragraphs(150)
    plain_re, fast_re = _plain_number_re(), quantities._number_re()
    plain = [[(m.span(), m.lastgroup) for m in plain_re.finditer(p)] for p in paras]
    assert sum(map(len, plain)) > 100
    assert [[(m.span(), m.lastgroup) for m in fast_re.finditer(p)] for p in paras] == plain


@pytest.mark.parametrize(
    "words",
    [["ein", "eins", "eine"], ["seven", "seventeen", "seventy", "six"], ["zwan", "zwei", "zig"]],
)
def test_trie_matches_each_word_whole(words):
    tree = re.compile(rf"(?i:\b{prefix_tree(words)}\b)")
    for w in words:
        assert tree.fullmatch(w) and tree.fullmatch(w.upper())
    assert tree.fullmatch(words[0] + "x") is None


def test_lazy_tokens_are_the_tokens():
    text = "Laut «Pentagon» sind 10'000 Soldaten da.\nU.S. officials said so, @user wrote."
    doc = segment(Document(text, lang="de"))
    assert isinstance(doc.tokens, LazyTokens)
    expected = [t for p in doc.paragraphs for t in tokenize(text, p.span.start, p.span.end)]
    assert len(doc.tokens) == len(expected) and list(doc.tokens) == expected
    assert doc.tokens[2].text == "Pentagon" and doc.tokens[-1].text == "."


@pytest.mark.parametrize("filled", [False, True])
def test_lazy_tokens_survive_pickling(filled):
    text = "Der Sprecher sagte, man prüfe das."
    tokens = LazyTokens(text, [(0, len(text))])
    if filled:
        len(tokens)
    copy = pickle.loads(pickle.dumps(tokens))
    assert list(copy) == tokenize(text)


def test_lazy_tokens_take_changes():
    text = "Eins zwei drei."
    tokens = LazyTokens(text, [(0, len(text))])
    tokens.append("extra")
    assert len(tokens) == 5 and tokens[-1] == "extra" and tokens[0].text == "Eins"


def _paragraph_lang_full(text: str, default: str) -> str:
    """detect_paragraph without the two-language shortcut (always the full detector)."""
    lang, _share, n = langid._vote(text)
    if lang:
        return lang
    if n < 8:
        return default
    found = langid.detect(text)
    return found if found in langid.SUPPORTED else default


SHORT_LINES = [
    "Bundespräsident warnt vor pauschaler Verurteilung deutscher Politiker",
    "Nürnberger Bürger müssen künftig tiefer in die Tasche greifen",
    "Storm knocks out power across three counties overnight",
    "Minister resigns after budget row with coalition partners",
    "Le gouvernement annonce une réforme des retraites pour 2026",
    "El presidente visitó ayer la capital con varios ministros",
    "Rettungskräfte bergen Verletzte nach schwerem Unfall auf der Autobahn",
]


@pytest.mark.parametrize("default", ["de", "en"])
@pytest.mark.parametrize("text", SHORT_LINES)
def test_paragraph_language_shortcut_agrees_with_full_detector(text, default):
    assert langid.detect_paragraph(text, default) == _paragraph_lang_full(text, default)


def test_paragraph_language_shortcut_on_wikinews():
    paras = [p for p in _shared_paragraphs(200) if len(p.split()) >= 8]
    for default in ("de", "en"):
        assert [langid.detect_paragraph(p, default) for p in paras] == \
            [_paragraph_lang_full(p, default) for p in paras]


# --- resolve: memoised lookups and the bisected pronoun walk ---------------------------------


def _resolved(texts: list[str], lang: str) -> list[list[tuple[str | None, str | None, str]]]:
    from claimgraph.pipeline import STAGES, run
    from claimgraph.ingest import from_text

    out = []
    for text in texts:
        doc = run(from_text(text, lang=lang), STAGES[:6])
        out.append([(a.source.name, a.source.entity, a.source.type)
                    for a in doc.attributions if a.source] +
                   [(e.name, e.id, e.type) for e in doc.entities])
    return out


def _cold_caches() -> None:
    from claimgraph import names
    from claimgraph.registry import default_registry

    names.lexicon()._memo.clear()
    names._is_place.cache_clear()
    default_registry()._starts_memo.clear()


def test_resolve_gives_the_same_answers_with_cold_and_warm_caches():
    root = need_shared("data", "de-wikinews-texts", "texts")
    texts = [p.read_text(encoding="utf-8") for p in sorted(root.glob("*.txt"))[:40]]
    _cold_caches()
    cold = _resolved(texts, "de")
    warm = _resolved(texts, "de")
    assert sum(len(doc) for doc in cold) > 100  # the comparison is not empty
    assert cold == warm
