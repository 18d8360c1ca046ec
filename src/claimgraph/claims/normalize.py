"""Claims: the content of an attribution, normalised so that claims can be compared.

A `Claim` holds what the comparison needs and nothing else: concept keys of the content words
(bilingual, so "Soldaten zur Ausbildung geschickt" meets "sent troops to train"), canonical
places and dates from `doc.mentions`, the quantities inside the content, purpose/status frames,
certainty and polarity, and who stands behind it: the *origin* (the institution a spokesperson
speaks for, the registry entry of an outlet, or the source's own name) and the *speaker* who is
responsible for the wording (the social account of an embedded post, else the source).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Callable, Sequence

from ..lang.base import load_tsv
from ..model import Attribution, Document, Quantity, Span
from ..registry import default_registry, normalise
from . import lexicon
from .lexicon import LEVELS

_WORD = re.compile(r"[^\W\d_][\w’']*(?:-[^\W\d_][\w’']*)*")
#: content with fewer matter words than this is a frame around nested attributions only
_MIN_OWN_TERMS = 2


@lru_cache(maxsize=1)
def unit_keys() -> frozenset[str]:
    """Unit keys of quantities (soldier, person, …): they count as units, not as matter words."""
    return frozenset(r["key"] for r in load_tsv(lexicon.DATA / "units.tsv") if r["type"] == "unit")


@dataclass
class Claim:
    """One attribution's content, normalised (see module docstring)."""

    ref: str
    doc_index: int
    att: Attribution
    lang: str
    text: str
    terms: frozenset[str] = frozenset()
    units: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    dates: frozenset[str] = frozenset()
    #: specific named actors in the content or behind it (claims/anchors.py), normalised
    actors: frozenset[str] = frozenset()
    #: places of the article's headline and lead: where the article's event happens
    lead_places: frozenset[str] = frozenset()
    #: unknown words of the headline ("Rheinau", "Nargis"): names the gazetteer may not know
    lead_words: frozenset[str] = frozenset()
    quantities: list[Quantity] = field(default_factory=list)
    frames: dict[str, str] = field(default_factory=dict)
    level: str = "asserted"
    polarity: str | None = None  # denied | confirmed | None
    accusation: bool = False
    origin: str = ""  # key; "" when nobody is named
    origin_name: str = ""
    person: str = ""  # normalised person name of the source, for unify_people
    speaker: str = ""  # display name of who is responsible for the wording
    relayed: bool = False  # via an outlet or inside an embedded post
    container: bool = False  # only frames nested attributions (a whole post)
    span: Span = field(default_factory=lambda: Span(0, 0))
    paragraph: int = -1
    date: str | None = None

    @property
    def strength(self) -> int:
        return LEVELS[self.level]


def paragraph_at(doc: Document) -> Callable[[int], int] | None:
    """`pos -> index of the paragraph holding pos` (-1: none), by bisect over the starts.

    Scanning every paragraph per attribution was quadratic (2.4 s of 21 s for 4,000 one-line
    paragraphs). Paragraphs from segmentation are sorted and disjoint; None when they are not
    (then the callers scan).
    """
    paras = doc.paragraphs
    starts = [p.span.start for p in paras]
    if any(paras[i].span.end > starts[i + 1] for i in range(len(paras) - 1)):
        return None

    def at(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return i if i >= 0 and pos < paras[i].span.end else -1
    return at


class SpanIndex:
    """Positions (in input order) of the spans lying inside a query span, by bisect over the
    sorted starts: the all-pairs scan per attribution was quadratic (8 s for 4,000)."""

    def __init__(self, spans: Sequence[Span]) -> None:
        self.spans = spans
        self.order = sorted(range(len(spans)), key=lambda i: spans[i].start)
        self.starts = [spans[i].start for i in self.order]

    def inside(self, span: Span) -> list[int]:
        lo, hi = bisect_left(self.starts, span.start), bisect_right(self.starts, span.end)
        return sorted(i for i in self.order[lo:hi] if span.contains(self.spans[i]))


def _lang_at(doc: Document, pos: int, att: Attribution,
             at: Callable[[int], int] | None = None) -> str:
    if at is None:
        for para in doc.paragraphs:
            if para.span.start <= pos < para.span.end and para.lang in ("de", "en"):
                return para.lang
    else:  # disjoint paragraphs: at most one holds pos
        i = at(pos)
        if i >= 0 and doc.paragraphs[i].lang in ("de", "en"):
            return doc.paragraphs[i].lang  # type: ignore[return-value]
    lang = att.lang or doc.lang or "de"
    return lang if lang in ("de", "en") else "en"


def _paragraph(doc: Document, pos: int) -> int:
    for i, para in enumerate(doc.paragraphs):
        if para.span.start <= pos < para.span.end:
            return i
    return -1


def _blank(text: str, base: int, spans: list[Span]) -> str:
    """`text` (starting at `base`) with the given spans replaced by spaces (offsets kept)."""
    chars = list(text)
    for s in spans:
        for i in range(max(s.start - base, 0), min(s.end - base, len(chars))):
            chars[i] = " "
    return "".join(chars)


def extract_terms(text: str, lang: str) -> frozenset[str]:
    """Concept keys of the content words of `text` (unknown words: `~stem`).

    >>> sorted(extract_terms("Soldaten zur Ausbildung geschickt", "de"))
    ['send', 'soldier', 'train']
    """
    table = lexicon.terms()
    keys: set[str] = set()
    anyp = table.any_phrase.get(lang)
    for pat, key in table.phrases.get(lang, []) if anyp and anyp.search(text) else ():
        if pat.search(text):
            keys.add(key)
            text = pat.sub(" ", text)
    for m in _WORD.finditer(text):
        for word in m.group(0).split("-"):
            if len(word) < 3 or table.is_stop(word, lang):
                continue
            found = table.keys(word, lang)
            if not found and len(word) >= 4 and not word.isupper():
                found = ["~" + lexicon.stem(word, lang)]
            elif not found and word.isupper():  # acronyms as written: NATO, UNO
                found = ["~" + word.casefold()]
            keys.update(found)
    return frozenset(keys)


def _person_key(doc: Document, name: str) -> str:
    """A person's key; a bare surname takes the full name of a person of the document."""
    key = normalise(name)
    if " " not in key:
        for ent in doc.entities:
            full = normalise(ent.name)
            if ent.type == "person" and full.endswith(" " + key):
                return full
    return key


def _lookup(name: str):  # noqa: ANN202 (RegistryEntry | None)
    """Registry lookup that also strips a genitive (des ukrainischen Verteidigungsministeriums)."""
    reg = default_registry()
    entry = reg.lookup(name)
    for cut in ("s", "es"):
        if entry is None and name.endswith(cut) and len(name) > 5:
            entry = reg.lookup(name[: -len(cut)])
    return entry


def _stem_key(key: str) -> str:
    words = key.split(":", 1)[-1].split() if key else []
    word = words[-1] if words else ""  # 'anonymous:' (a source without a name) has no word
    return re.sub(r"(?:es|s)$", "", word) if len(word) > 6 else word


def resolve_anaphora(claims: list[Claim]) -> None:
    """Generic sources (die Sprecherin, das Ministerium, the ministry) take the origin of the
    closest earlier claim of the same document whose source they name generically.

    "Nach Angaben des Verteidigungsministeriums" after "laut dem ukrainischen
    Verteidigungsministerium" is the same ministry; "die Sprecherin" after "die Sprecherin des
    ukrainischen Verteidigungsministeriums" speaks for it as well.
    """
    # the latest earlier reg:/org: claim of a document by every ending of its names' last word
    # and by their stem key: scanning all earlier claims was quadratic (2 s for 4,000
    # attributions of "the police"); a claim's origin is final once it was read
    by_end: dict[tuple[int, str], int] = {}
    by_stem: dict[tuple[int, str], int] = {}
    for i, c in enumerate(claims):
        src = c.att.source
        generic = c.origin.startswith(("anonymous:", "name:")) and src is not None
        if generic and len(normalise(src.name or src.text).split()) <= 1:  # type: ignore[union-attr]
            word = _stem_key(c.origin)
            j = max(by_end.get((c.doc_index, word), -1), by_stem.get((c.doc_index, word), -1))
            if j >= 0:
                c.origin, c.origin_name = claims[j].origin, claims[j].origin_name
        if c.origin.startswith(("reg:", "org:")):
            role = src.role if src else None
            for n in (normalise(c.origin_name), normalise(role or "")):
                last = n.split()[-1] if n.split() else None
                if last is not None:
                    for k in range(len(last) + 1):
                        by_end[(c.doc_index, last[k:])] = i
                    by_stem[(c.doc_index, _stem_key(n))] = i


def unify_people(claims: list[Claim]) -> None:
    """A person quoted without affiliation takes the institution given for the same person
    elsewhere (Olena Kowal, Sprecherin des Verteidigungsministeriums -> that ministry)."""
    known: dict[str, tuple[str, str]] = {}
    for c in claims:
        if c.person and c.origin.startswith(("reg:", "org:")):
            known.setdefault(c.person, (c.origin, c.origin_name))
    for c in claims:
        if c.person and c.origin.startswith("person:") and c.person in known:
            c.origin, c.origin_name = known[c.person]


def _role_affiliations(doc: Document) -> dict[str, str]:
    """Role -> affiliation where the document gives exactly one affiliation for that role.

    "die Sprecherin des ukrainischen Verteidigungsministeriums, Olena Kowal" may reach us as an
    unnamed spokesperson with the ministry plus "Olena Kowal, Sprecherin" without it; within
    one article they are the same spokesperson (story set, article 01).
    """
    found: dict[str, set[str]] = {}
    for ent in doc.entities:
        if ent.role and ent.affiliation:
            found.setdefault(ent.role.casefold(), set()).add(ent.affiliation)
    return {role: next(iter(affs)) for role, affs in found.items() if len(affs) == 1}


def origin_of(doc: Document, att: Attribution) -> tuple[str, str]:
    """(key, display name) of the original source behind an attribution; ("", "") if none.

    A spokesperson speaks for the institution (Sabrina Singh -> Pentagon), so two statements by
    her and by "the Pentagon" are one origin; registry entries unify spellings and languages
    (US-Verteidigungsministerium = Pentagon).
    """
    src = att.source
    if src is None:
        return "", ""
    ent = doc.entity(src.entity)
    name = (ent.name if ent else "") or src.name or src.text
    reg = default_registry()
    aff = src.affiliation or (ent.affiliation if ent else None)
    if not aff and src.type == "person":
        aff = _role_affiliations(doc).get((src.role or (ent.role if ent else None) or "").casefold())
    if aff and src.type in ("person", "anonymous"):  # an unnamed spokesperson speaks for it too
        entry = _lookup(aff)
        return ("reg:" + entry.id, entry.name) if entry else ("org:" + normalise(aff), aff)
    if src.type == "anonymous":
        return "anonymous:" + normalise(src.text or name), name
    if src.type == "person":
        return "person:" + _person_key(doc, name), name
    entry = reg.get(ent.registry_id) if ent and ent.registry_id else reg.lookup(name)
    if entry:
        return "reg:" + entry.id, entry.name
    return "name:" + normalise(name), name


def speaker_of(doc: Document, att: Attribution) -> str:
    """Who is responsible for the wording: the account of an embedded post, else the source."""
    if att.embed:
        for emb in doc.embeds:
            if emb.id == att.embed and (emb.author or emb.handle):
                if emb.author and emb.handle:
                    return f"{emb.author} (@{emb.handle})"
                return emb.author or f"@{emb.handle}"
    if att.source is None:
        return "(no source)"
    return att.source.name or att.source.text


def _is_container(span: Span, nested: list[Span], terms: frozenset[str],
                  quantities: list[Quantity]) -> bool:
    """A whole post or paragraph whose claims are its nested attributions (counted there)."""
    if not nested:
        return False
    covered = sum(len(n) for n in nested)
    return covered * 2 >= len(span) or (len(terms) < _MIN_OWN_TERMS and not quantities)


#: paragraphs of an article whose places say where its event happens (the headline; the lead
#: paragraph names neighbours too: "Myanmar … Hilfe aus Indien")
_LEAD_PARAGRAPHS = 1


def _lead_places(doc: Document) -> frozenset[str]:
    """Places of the headline ("Flugzeugabsturz in Calicut")."""
    paras = doc.paragraphs[:_LEAD_PARAGRAPHS]
    if not paras:
        return frozenset()
    end = paras[-1].span.end
    return frozenset(m.value or m.text for m in doc.mentions if m.kind == "place" and m.span.start < end)


def _lead_words(doc: Document) -> frozenset[str]:
    """Unknown words (`~stem`) of the headline: names of places, firms and storms that the
    measure stage does not know ("Stadt Rheinau plant neuen Containerhafen")."""
    if not doc.paragraphs:
        return frozenset()
    head = doc.paragraphs[0].span
    lang = doc.paragraphs[0].lang if doc.paragraphs[0].lang in ("de", "en") else (doc.lang or "de")
    lang = lang if lang in ("de", "en") else "de"
    return frozenset(t for t in extract_terms(doc.text[head.start:head.end], lang) if t.startswith("~"))


def _actors(doc: Document, span: Span, origin_name: str,
            index: tuple[SpanIndex, list[int]] | None = None) -> frozenset[str]:
    """Normalised names of the specific entities named inside `span`, plus the named origin.

    `index`: the entity mentions and their entity's position, built once by `build_claims`."""
    from .anchors import is_generic_actor  # anchors imports Claim from here

    if index is None:
        names = {e.name for e in doc.entities if e.type != "outlet"
                 and any(span.contains(m) for m in e.mentions)}
    else:
        spans, owner = index
        names = {doc.entities[k].name for k in sorted({owner[j] for j in spans.inside(span)})}
    if origin_name:
        names.add(origin_name)
    return frozenset(normalise(n) for n in names if n and not is_generic_actor(n))


def build_claims(doc: Document, doc_index: int = 0, prefix: str = "") -> list[Claim]:
    """One Claim per attribution of `doc`, refs `prefix + att.id` (prefix "" within a document)."""
    atts = [a for a in doc.attributions if a.content and a.content.span]
    claims: list[Claim] = []
    date = doc.meta.get("date") if isinstance(doc.meta, dict) else None
    lead = _lead_places(doc)
    lead_words = _lead_words(doc)
    # bisect indexes: every attribution against every other one, quantity and mention was
    # quadratic (8 s for 4,000 attributions); results and their order are the same
    in_atts = SpanIndex([a.content.span for a in atts])
    in_quantities = SpanIndex([q.span for q in doc.quantities])
    in_mentions = SpanIndex([m.span for m in doc.mentions])
    owners = [(m, k) for k, e in enumerate(doc.entities) if e.type != "outlet" for m in e.mentions]
    in_entities = (SpanIndex([m for m, _ in owners]), [k for _, k in owners])
    at = paragraph_at(doc)
    for i, att in enumerate(atts):
        span = att.content.span
        nested = [atts[j].content.span for j in in_atts.inside(span)
                  if atts[j] is not att and atts[j].content.span != span]
        own = lambda s: not any(n.contains(s) for n in nested)  # noqa: E731 (inside span)
        quantities = [doc.quantities[j] for j in in_quantities.inside(span)
                      if own(doc.quantities[j].span)]
        mentions = [doc.mentions[j] for j in in_mentions.inside(span) if own(doc.mentions[j].span)]
        lang = _lang_at(doc, span.start, att, at)
        text = _blank(doc.text[span.start:span.end], span.start,
                      nested + [q.span for q in quantities]
                      + [m.span for m in mentions if m.kind in ("place", "date")])
        plain = _blank(doc.text[span.start:span.end], span.start, nested)
        frames = lexicon.find_frames(plain, lang)
        # a frame is matter too: "festgenommen" and "released" are both about custody
        words = extract_terms(text, lang) | {"frame:" + f for f in lexicon.frames_present(plain, lang)}
        units = {q.unit_key for q in quantities if q.unit_key} | (words & unit_keys())
        terms = words - unit_keys()
        cue = att.cue.text if att.cue else ""
        found = lexicon.find_markers(plain, cue, lang)
        polarity = "denied" if "denied" in found else ("confirmed" if "confirmed" in found else None)
        level = lexicon.certainty(found)
        if att.modality in ("hedged", "speculative") and LEVELS[att.modality] < LEVELS[level]:
            level = att.modality  # the engine saw a hedge our markers missed
        okey, oname = origin_of(doc, att)
        claims.append(Claim(
            ref=prefix + (att.id or f"a{i + 1}"), doc_index=doc_index, att=att, lang=lang,
            text=" ".join(plain.split()), terms=terms, units=frozenset(units),
            # "US-Dollar", "US$" are currencies, not places
            places=frozenset(m.value or m.text for m in mentions if m.kind == "place"
                             and not any(q.span.overlaps(m.span) for q in quantities)),
            dates=frozenset(m.value for m in mentions if m.kind == "date" and m.value),
            actors=_actors(doc, span, "" if okey.startswith("anonymous:") else oname,
                           in_entities),
            lead_places=lead, lead_words=lead_words,
            quantities=quantities, frames=frames, level=level,
            polarity=polarity, accusation="accusation" in found, origin=okey,
            person=_person_key(doc, att.source.name) if att.source and att.source.type == "person"
            else "", origin_name=oname, speaker=speaker_of(doc, att),
            relayed=bool(att.via or att.embed),
            container=_is_container(span, nested, terms, quantities),
            span=span, paragraph=at(span.start) if at else _paragraph(doc, span.start),
            date=str(date) if date else None,
        ))
    resolve_anaphora(claims)
    return claims


def same_sentence(doc_text: str, a: Claim, b: Claim) -> bool:
    """True when two claims of one document sit in one sentence (one composite statement)."""
    if a.doc_index != b.doc_index or a.paragraph != b.paragraph:
        return False
    first, second = sorted((a.span, b.span))
    if second.start < first.end:
        return True
    return re.search(r"[.!?…][»«\"“”']?\s", doc_text[first.end:second.start]) is None
