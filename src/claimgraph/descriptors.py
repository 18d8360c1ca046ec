"""Back-references by descriptor: "die Firma Euryza ... Die Firma", "Dem Bericht".

A German source often names what it refers to by a descriptor alone: "Die Firma" after "der
Firma Euryza", "des Verbandes" after "Der Bundesverband der Hersteller ...", "Die Aktivistin"
after "Hilda Ruiz, eine Aktivistin", "Dem Bericht" after "Laut einem Bericht der X", "Die
Kanadier" after "die kanadischen Ermittler" (19 of round 5's 94 German name errors). The text
helpers below find what stands around a descriptor; `DescriptorLookup` is the part of the
resolver (`sources._Resolver`) that turns them into entities through an index of the mentions.
The same lookup reads "the latter" / "Letzterer" (the second of two names just given) and
English document nouns ("The statement" -> the issuer named where the article introduced it);
`source_parse.py` checks what a lone word the rules took for a name really is.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterator

from .acronyms import written_form
from .coref import NOT_NAME_WORDS, Ent, Item, affiliations_meet, roles_agree
from .german_names import nominative, publisher_start
from .model import Document, SourceMention, Via
from .names import POSSESSIVE_GENDERS, Parsed, classify_unknown, lexicon
from .registry import Registry, normalise

#: a mention that starts with a definite article or demonstrative refers back
_DEFINITE_START = re.compile(r"(?i)^(?:der|die|das|dem|den|des|diese[rsmn]?|jene[rsmn]?)\s")
#: between a document noun and its issuer: "Bericht der Organisation", "Studie von X"
_ISSUER_LINK = re.compile(r"\s+(?:der|des|von|vom)\s+")
#: between a name and its descriptor in apposition: "Hilda Ruiz, eine Aktivistin"
_APPOSITION_BEFORE = re.compile(
    r",\s+(?:(?:ein|eine|einer|eines|der|die|des|dem)\s+)?(?:[a-zäöüß][\w-]*\s+){0,2}$")
#: a proper name right after a descriptor: "der Firma Euryza,", "der Reisimporteur Euryza"
_NAME_AFTER = re.compile(r"""
    \s+(?P<name>[A-ZÄÖÜ][\w&.'-]*(?:\s+[A-ZÄÖÜ][\w&.'-]*){0,3})  # capitalised words
    (?=\s*[,.;:)(]|\s+[a-zäöüß])                                # then punctuation or a verb
    """, re.VERBOSE)
#: a genitive or prepositional chain that belongs to a compound institution's name:
#: "Bundesverband der Hersteller von Nährmitteln aus Getreide und Reis"
_NAME_CHAIN = re.compile(r"""
    (?:\s+(?:der|des|für|von|vom|aus|zur|zum|und|gegen)   # a linking word
       \s+[A-ZÄÖÜ][\w-]*)+                                 # and a capitalised noun
    """, re.VERBOSE)
#: how far back (characters) a descriptor is looked for
DESCRIPTOR_REACH = 6000


def same_owner(a: str, b: str) -> bool:
    """Two affiliations of one role name one institution: equal, or one names the other once
    both are in the nominative ("der Bundesagentur für Arbeit" and "Bundesagentur")."""
    return a == b or affiliations_meet(nominative(a), nominative(b))


#: a definite article right before a word
_DEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:der|die|das|des|dem|den)\s+$")


def definite_mention(written: str) -> bool:
    """`Die Firma`, `dem Bericht`, `dieser Studie`: a mention that refers back."""
    return bool(_DEFINITE_START.match(written.strip()))


def head_occurrences(text: str, lo: int, hi: int, head: str) -> list[tuple[int, int]]:
    """Words in text[lo:hi] that are or end with `head` (German compounds and inflections:
    `Menschenrechtsorganisation`, `Bundesverbandes` for `verband`), nearest first."""
    pat = re.compile(rf"(?i)\b[\w-]*{re.escape(head)}(?:es|s|en|n|e)?\b")
    return [(m.start(), m.end()) for m in pat.finditer(text, lo, hi)][::-1]


#: what may follow an institution's head word inside its name: "Department of Defense",
#: "Bundesministerium der Finanzen" (else the word only modifies the head: "Military Times")
_AFTER_HEAD = r"(?:\s+(?:of|for|on|der|des|für|fuer|von|zur|zum|am|an)\b|$)"


def heads_name(head: str, spelled: str, name: str = "", fits: bool = False) -> bool:
    """Whether a descriptor's head ("ministerium", "agency") names a normalised spelling:
    it heads the name (a word that ends with it, at the end of the name or before a linking
    word), or, for an institution of a kind the head fits, stands anywhere in it ("the
    police" for "police scotland"; "military" does not name "military times", an outlet);
    and the capitalised modifiers in `name` are in the spelling too ("Iraqi military" is no
    "US military")."""
    nations = [normalise(w) for w in name.split()[:-1] if w[:1].isupper()]
    return bool(head in spelled if fits else re.search(
        rf"{re.escape(head)}{_AFTER_HEAD}", spelled)) and all(
        n in spelled.split() for n in nations)


def issuer_start(text: str, end: int) -> int | None:
    """Where the issuer after a document noun starts ("Bericht der |Organisation")."""
    m = _ISSUER_LINK.match(text, end)
    return m.end() if m else None


# a relative clause that names a document's author: "des Weltklimaberichts, der heute vom IPCC
# in Valencia vorgelegt wurde", "die Studie, die von der Universität X veröffentlicht wurde"
_AUTHOR_CLAUSE = re.compile(r"""
    (?:\s+[a-zäöüß]+){0,2}                                # an extraposed verb: zusammenfassen
    \s*,\s*(?:der|die|das)\s+(?:[\w.-]+\s+){0,4}?       # the relative pronoun, adverbs
    (?:vom|von\s+der|von\s+dem|von)\s+                    # the agent
    (?P<who>[^,.;]{2,80}?)\s+
    (?:vorgelegt|veröffentlicht|herausgegeben|erstellt|verfasst|vorgestellt|präsentiert)\b
    """, re.VERBOSE)


def author_start(text: str, end: int) -> int | None:
    """Where the author in a relative clause after a document noun starts (`vom |IPCC`)."""
    m = _AUTHOR_CLAUSE.match(text, end)
    return m.start("who") if m else None


def apposed_before(text: str, start: int, lo: int) -> int | None:
    """Where the name before a descriptor in apposition ends ("Hilda Ruiz|, eine Aktivistin")."""
    m = _APPOSITION_BEFORE.search(text, max(lo, start - 60), start)
    return m.start() if m and m.end() == start else None


def name_after(text: str, end: int) -> str | None:
    """A proper name right after a descriptor: "der Firma |Euryza," -> Euryza (not a noun the
    lexicons know, not a sentence-opening word)."""
    m = _NAME_AFTER.match(text, end)
    if not m:
        return None
    name = m.group("name")
    first = name.split()[0]
    lex = lexicon()
    if first in NOT_NAME_WORDS or lex.match(first, "de", ()) is not None:
        return None
    return name


def compound_name(text: str, start: int, end: int, head: str) -> str | None:
    """A longer capitalised compound with the head ("Bundesverband" for "des Verbandes"), with
    the genitive chain that completes it, as the institution's name."""
    word = text[start:end]
    cut = word.lower().rfind(head)
    if cut <= 0 or not word[:1].isupper() or "-" in word[cut - 1:cut]:
        return None
    chain = _NAME_CHAIN.match(text, end)
    return word[:cut + len(head)] + (chain.group() if chain else "")


def demonym_phrase(text: str, lo: int, hi: int, name: str) -> str | None:
    """"Die Kanadier" after "die kanadischen Ermittler": the group the adjective named last."""
    low = name.lower()
    stem = low[:-3] if low.endswith("ier") else low[:-2] if low.endswith("er") else ""
    if len(stem) < 4:
        return None
    pat = re.compile(rf"\b{re.escape(stem)}\w*isch\w*\s+([A-ZÄÖÜ][\w-]+)")
    lex = lexicon()
    for m in reversed(list(pat.finditer(text, lo, hi))):
        if lex.match(m.group(1), "de", ("role", "group", "anonymous")) is not None:
            return m.group()
    return None


#: an English document noun's issuer after it: "a statement from the White House", "the
#: proclamation issued by Trump", "a report of the UN"
_EN_ISSUER_AFTER = re.compile(
    r"\s+(?:(?:issued|released|published|put\s+out|sent|delivered)\s+)?(?:from|by|of)\s+(?:the\s+)?")
#: a document noun introduced with an indefinite article: "a (new) statement", "an 18-page
#: report" (a definite "the study" refers further back)
_EN_INTRODUCED = re.compile(r"\b(?:[Aa]n?|[Aa]nother)\s+(?:[\w-]+\s+){0,2}$")
#: an English possessive right before a document noun: "Erdogan's statement", "the army's report"
_EN_OWNER_BEFORE = re.compile(r"['’]s?\s+(?:[a-z][\w-]*\s+){0,2}$")


#: "the latter" and "the former" in both languages
_ORDINAL_REFS = {"latter": "latter", "letzterer": "latter", "letztere": "latter",
                 "letzteres": "latter", "letzteren": "latter", "former": "former",
                 "ersterer": "former", "erstere": "former", "ersteres": "former",
                 "ersteren": "former"}


def _ordinal_agrees(word: str, ent: Ent) -> bool:
    """German "Letzterer" is a man (or a masculine institution), "Letztere" a woman, a
    feminine institution or several: a person of the other gender is not meant."""
    if ent.type != "person" or ent.gender not in ("m", "f") or not word.startswith(
            ("letzter", "erster")):
        return True
    if word.endswith("er"):
        return ent.gender == "m"
    return not word.endswith("es") and (word.endswith("en") or ent.gender == "f")


#: two names joined by and/und, each capitalised words with small linking words inside
_PAIR_NAME = r"[A-ZÄÖÜ][\w.&'’-]*(?:\s+(?:(?:of|for|the|für|der|des)\s+)?[A-ZÄÖÜ][\w.&'’-]*)*"
_NAME_PAIR = re.compile(rf"""
    (?<![\w-])(?:(?:The|Der|Die|Das)\s+)?(?P<a>{_PAIR_NAME})
    \s*,?\s+(?:and|und)\s+(?:(?:the|der|die|das|dem|den)\s+)?
    (?P<b>{_PAIR_NAME})""", re.VERBOSE)


#: a character no head-word match contains: the look-back window may be cut there
_SEPARATOR = re.compile(r"[^\w-]")


def _live(skip: dict[int, int], k: int) -> int:
    """The nearest index at or below `k` not skipped (skip links shortened on the way)."""
    path = []
    while k in skip:
        path.append(k)
        k = skip[k]
    for j in path:
        skip[j] = k
    return k


class DescriptorLookup:
    """The resolver's look-ups by descriptor, over an index of every mention with a span.

    Mixed into `sources._Resolver`, which supplies `doc`, `reg`, `lang` and `entity()` and
    starts with an empty index; `index()` fills it once all mentions are known.
    """

    doc: Document
    reg: Registry
    lang: str | None
    #: every mention with a span, by start: what a descriptor stands next to
    spans: list[tuple[int, int, Item]]
    span_starts: list[int]
    longest: int

    def entity(self, key: str, name: str, etype: str, pos: int) -> Ent:
        raise NotImplementedError  # the resolver's: find or make the entity under `key`

    def sentence(self, pos: int) -> int:
        raise NotImplementedError  # the resolver's: the index of the sentence holding `pos`

    def index(self, items: list[Item]) -> None:
        """Remember where the mentions stand, for back-references by descriptor."""
        self.spans = sorted(((it.span.start, it.span.end, it) for it in items if it.span),
                            key=lambda t: (t[0], -t[1]))
        self.span_starts = [t[0] for t in self.spans]
        self.longest = max((e - s for s, e, _ in self.spans), default=0)
        #: per source mention (by id): the outlet that relays it, built when first needed
        self.relayed: dict[int, Via] | None = None
        #: per head word: where it occurs in the whole text (starts, ends), ascending
        self.heads: dict[str, tuple[list[int], list[int]]] = {}
        #: per (head, branch): candidates that failed for good (by position), and skip links
        #: over failed whole-text occurrences, so a look-back never walks them again
        self.dead: dict[tuple[str, str], tuple[set[tuple[int, int]], dict[int, int]]] = {}

    def _spans_from(self, lowest_start: int) -> Iterator[tuple[int, int, Item]]:
        """The indexed mentions from the first one starting at `lowest_start` on (by bisection:
        a scan from the first mention made descriptor look-ups quadratic on long texts)."""
        spans = self.spans
        return (spans[k] for k in range(bisect.bisect_left(self.span_starts, lowest_start), len(spans)))

    def _named(self, start: int, end: int | None = None, exclude: Item | None = None,
               source: bool = False) -> Ent | None:
        """The named entity of a mention starting at `start` (or ending at `end` when given)."""
        for s, e, it in self._spans_from(start if end is None else end - self.longest):
            if s > (end if end is not None else start):
                break
            if it is exclude or it.ent is None or it.ent.type == "anonymous" \
                    or it.ent.key.startswith(("role:", "anon:")) \
                    or (source and not isinstance(it.target, SourceMention)):
                continue
            if (end is None and s == start) or (end is not None and e == end):
                return it.ent
        return None

    def _issuer_at(self, text: str, at: int | None, item: Item) -> Ent | None:
        """The entity named (or registered) right at `at`, the start of a document's issuer."""
        if at is None:
            return None
        return self._named(at, exclude=item) or self._registered(text, at, item.pos)

    def _registered(self, text: str, at: int, pos: int) -> Ent | None:
        """A registry name right at `at` in any case ("amnesty international", which the
        case-sensitive registry scan of running text does not see)."""
        words = re.findall(r"[\w&.'-]+", text[at:at + 80])[:4]
        for k in range(len(words), 0, -1):
            entry = self.reg.lookup(" ".join(words[:k]))
            if entry is not None and (k > 1 or words[0][:1].isupper()):
                ent = self.entity("reg:" + entry.id, entry.name_in(self.lang), entry.type, pos)
                ent.entry = entry
                return ent
        return None

    def _inside(self, start: int, end: int, exclude: Item) -> Ent | None:
        for s, e, it in self._spans_from(end - self.longest):
            if s > start:
                break
            if it is not exclude and s <= start and end <= e and it.ent is not None \
                    and it.ent.type != "anonymous" and not it.ent.key.startswith(("role:", "anon:")):
                return it.ent
        return None

    def _owned_source(self, item: Item) -> Ent:
        """"Znak.com reported, citing its source", "Nexta meldete unter Berufung auf seine
        Quelle": an anonymous source the owner cites, one per owner, affiliated with it (the
        owner is the institution the possessive points back to; a German "seine"/"ihre"
        points to an institution as often as to a person)."""
        p = item.parsed
        owner_word = (p.owner or "").lower()
        gender = POSSESSIVE_GENDERS.get(owner_word, "")
        tries = [gender] if gender in ("n", "p") else ["n", gender]
        if self.relayed is None:  # the outlet relaying each source: the likeliest owner
            self.relayed = {id(a.source): a.via[0] for a in self.doc.attributions
                            if a.source is not None and a.via and a.via[0].span is not None}
        via = self.relayed.get(id(item.target))
        owner = self._named(via.span.start) if via is not None and via.span else None
        for g in tries if owner is None else ():
            owner = self._pronoun(Parsed(owner_word, "pronoun", owner_word, gender=g), item.pos)
            if owner is not None:
                break
        key = "anon:" + normalise(p.name) + ("@" + owner.key if owner is not None else "")
        ent = self.entity(key, p.name, "anonymous", item.pos)
        if owner is not None and not ent.affiliation:
            ent.affiliation = owner.entry.name_in(self.lang) if owner.entry else owner.name
        return ent

    def _pronoun(self, p: Parsed, pos: int) -> Ent | None:
        raise NotImplementedError  # the resolver's: a pronoun's antecedent

    def _issuer_back(self, item: Item, sentence_span: Callable[[int], tuple[int, int]]
                     ) -> Ent | None:
        """English "The statement", "the proclamation": the issuer named where the article
        introduced that document ("Trump issued a proclamation", "In a statement, the
        Combined Joint Task Force said", "a statement from the White House", "Erdogan's
        statement"): the named owner or agent, else the sentence's speaker, else its first
        named person or institution. Nothing when the article names no issuer."""
        p, span = item.parsed, item.span
        if span is None or p.form != "anonymous" or (item.lang or self.lang) != "en" \
                or not re.match(r"(?i)(?:the|this|that)\s", self.doc.text[span.start:span.end]):
            return None
        head = p.name.lower()
        if " " in head or lexicon().match(head, "en", ("info",)) is None:
            return None
        text = self.doc.text
        lo = max(0, span.start - DESCRIPTOR_REACH)
        pat = re.compile(rf"(?i)\b{re.escape(head)}s?\b")
        for m in reversed(list(pat.finditer(text, lo, span.start))):
            s, e = m.start(), m.end()
            ent = self._inside(s, e, item)
            if ent is not None:
                return ent
            after = _EN_ISSUER_AFTER.match(text, e)
            ent = self._named(after.end(), exclude=item) if after else None
            if ent is not None:
                return ent
            owner = _EN_OWNER_BEFORE.search(text, max(0, s - 40), s)
            ent = self._named(0, owner.start(), exclude=item) if owner else None
            if ent is not None:
                return ent
            if _EN_INTRODUCED.search(text, max(0, s - 40), s):
                # "Trump issued a proclamation", "In a statement, the X said": the agent
                return self._sentence_agent(sentence_span(s), item)
            # a definite "the study" again: the document was introduced further back
        return None

    def _sentence_agent(self, sent: tuple[int, int], exclude: Item) -> Ent | None:
        """The speaker of a sentence, else its first named person or institution."""
        first: Ent | None = None
        weak: Ent | None = None
        for s, e, it in self._spans_from(sent[0]):
            if s >= sent[1]:
                break
            ent = it.ent
            if it is exclude or ent is None or ent.type == "anonymous" \
                    or ent.key.startswith(("role:", "anon:")) \
                    or (ent.type == "group" and ent.entry is None):
                continue  # "scientists report" names no issuer; Hamas does
            if isinstance(it.target, SourceMention):
                return ent
            if it.weak:  # "On Sunday, President X issued": a weak guess, after the others
                weak = weak or ent
            else:
                first = first or ent
        return first or weak

    def _ordinal_back(self, item: Item) -> Ent | None:
        """"the latter" / "Letzterer": the second of the last two entities named before it;
        "the former" / "Ersterer": the first of them (within two sentences)."""
        words = item.parsed.text.lower().split()
        if not words or words[-1] not in _ORDINAL_REFS or len(words) > 2 or (
                len(words) == 2 and words[0] not in ("the", "der", "die", "das", "dem", "den")):
            return None
        here = self.sentence(item.pos)
        pair = self._ordinal_pair(item.pos, here, item.lang or self.lang or "en")
        if pair is not None:
            side = pair[1] if _ORDINAL_REFS[words[-1]] == "latter" else pair[0]
            exact = self._named(side[0], side[1], exclude=item)
            entry = self.reg.lookup(side[2]) if exact is None else None
            if entry is not None:
                exact = self.entity("reg:" + entry.id, entry.name_in(self.lang), entry.type,
                                    item.pos)
                exact.entry = entry
            return exact or self.entity(
                "org:" + normalise(side[2]), side[2], classify_unknown(side[2]) or "organisation",
                item.pos)
        named: list[Ent] = []
        outer = -1
        for s, e, it in self.spans:
            if s >= item.pos:
                break
            ent = it.ent
            if ent is None or it is item or s < outer or ent.type in ("anonymous", "group") \
                    or ent.key.startswith(("role:", "anon:")) or here - self.sentence(s) > 2:
                continue
            outer = e  # names inside this mention are part of it
            if ent in named:
                named.remove(ent)
            named.append(ent)
        # "die Moderatorin Nova M. ... so letztere": the last one, even when the other of the
        # two goes unnamed; a person of the wrong gender is not meant ("Letzterer" is a man)
        latter = _ORDINAL_REFS[words[-1]] == "latter"
        pick = (named[-1] if named else None) if latter else (named[-2] if len(named) > 1 else None)
        return pick if pick is not None and _ordinal_agrees(words[-1], pick) else None

    def _ordinal_pair(self, pos: int, here: int, lang: str
                      ) -> tuple[tuple[int, int, str], tuple[int, int, str]] | None:
        """The last two names coordinated in the sentence before (or up to) `pos`: "The
        National Transportation Safety Board and the Federal Aviation Administration". German
        capitalises every noun, so there both must be names the article knows ("Sonne und
        Hitze" in a quotation is no pair)."""
        lo = self.doc.sentences[max(0, here - 1)].span.start if self.doc.sentences else 0
        last = None
        for m in _NAME_PAIR.finditer(self.doc.text, lo, pos):
            if lang == "de" and not all(
                    self._named(m.start(g), m.end(g)) is not None or self.reg.lookup(m.group(g))
                    for g in ("a", "b")):
                continue
            last = m
        if last is None:
            return None
        return ((last.start("a"), last.end("a"), last.group("a")),
                (last.start("b"), last.end("b"), last.group("b")))

    def _backref(self, item: Item) -> Ent | None:
        """A descriptor that names an entity introduced with it (German; 19 of round 5's 94
        name errors): "Menschenrechtsorganisation amnesty international" is Amnesty; "Die
        Firma" after "der Firma Euryza"; "des Verbandes" after "Der Bundesverband der
        Hersteller ..."; "Die Aktivistin" after "Hilda Ruiz, eine Aktivistin"; "Dem Bericht"
        after "Laut einem Bericht der X" (X a source); "Die Kanadier" after "die kanadischen
        Ermittler"."""
        p, span = item.parsed, item.span
        if p.owner and p.form == "anonymous":
            return self._owned_source(item)
        if span is None or item.lang not in ("de", None) or (item.lang is None and self.lang != "de"):
            return None
        text = self.doc.text
        info = p.form == "anonymous" and lexicon().match(p.name, "de", ("info",)) is not None
        if p.form not in ("demonstrative", "role") and not info and p.form != "anonymous":
            return None
        if p.form in ("demonstrative", "role"):
            gap = re.compile(r"[\s\"„“”»«]*").match(text, span.end)
            at = gap.end() if gap else span.end
            ent = self._named(at, exclude=item) or (
                self._registered(text, at, item.pos) if p.form == "demonstrative" else None)
            if ent is not None and (p.form == "demonstrative") == (ent.type != "person"):
                return ent  # "Menschenrechtsorganisation amnesty international"
        before = text[max(0, span.start - 6):span.start].split()[-1:]
        if not definite_mention(text[span.start:span.end]) and not (
                before and definite_mention(before[0] + " x")):
            return None
        lo = max(0, span.start - DESCRIPTOR_REACH)
        if p.form == "anonymous" and not info:
            phrase = demonym_phrase(text, lo, span.start, p.name)
            return self.entity("anon:" + normalise(phrase), written_form(phrase), "anonymous",
                               item.pos) if phrase else None
        head = (p.role_head or p.name).lower() if not info else p.name.lower()
        if len(head) < 4:
            return None
        branch = "info" if info else "role" if p.form == "role" else "other"
        for s, e in self._head_candidates(text, lo, span.start, head, branch):
            ent, horizon = self._descriptor_at(item, p, s, e, lo, head, info)
            if ent is not None and p.form == "role" and p.affiliation and ent.affiliation and \
                    not same_owner(p.affiliation, ent.affiliation):
                continue  # "der Chef der Deutschen Bahn" is not the agency's chief named before
            if ent is not None and p.form == "role" and ent.type == "person" and ent.role \
                    and not roles_agree(p.text, ent.role, head):
                continue  # "Der Vize-Außenminister" is not "Außenminister Donald Rumsfeld"
            if ent is not None:
                return ent
            if horizon < item.pos:
                # every mention it consulted is resolved: it fails for later look-backs too
                self._mark_dead(head, branch, s, e)
        return None

    def _descriptor_at(self, item: Item, p: Parsed, s: int, e: int, lo: int, head: str,
                       info: bool) -> tuple[Ent | None, int]:
        """What the head word at text[s:e] names for `item`, and the furthest position whose
        mentions that answer read (a failure stays one once they are all resolved)."""
        text = self.doc.text
        ent = self._inside(s, e, item)
        if ent is not None and (ent.type == "person") == (p.form == "role"):
            return ent, s
        if info:
            horizon = s
            at = issuer_start(text, e)
            ent = self._named(at, exclude=item, source=True) if at is not None else None
            if ent is not None and ent.type != "person":
                return ent, s
            horizon = max(horizon, at or 0)
            at = author_start(text, e)  # "des Berichts, der vom IPCC vorgelegt wurde"
            ent = self._issuer_at(text, at, item)
            if ent is None:  # "Das Bundesamt ... legte seinen Jahresbericht vor"
                at = publisher_start(text, self._sentence_span(s)[0], s, e)
                ent = self._issuer_at(text, at, item)
                ent = ent if ent is not None and ent.type != "person" else None
            return ent, max(horizon, at or 0)
        if p.form == "role":
            end = apposed_before(text, s, lo)
            ent = self._named(0, end, exclude=item) if end is not None else None
            return (ent if ent is not None and ent.type == "person" else None), s
        ent = self._named(e + 1, exclude=item) if text[e:e + 1] == " " else None
        if ent is not None and ent.type != "person":
            return ent, e + 1
        end = apposed_before(text, s, lo)
        ent = self._named(0, end, exclude=item) if end is not None else None
        if ent is not None and ent.type != "person":
            return ent, e + 1
        name = name_after(text, e)
        if name is None and _DEFINITE_BEFORE.search(text, max(0, s - 5), s):
            # "Ärzte ohne Grenzen teilte mit, drei Flugzeuge der Hilfsorganisation ...": a
            # definite compound after an institution in its sentence refers back to it
            ent = self._earlier_institution(s)
            if ent is not None:
                return ent, e + 1
        name = name or compound_name(text, s, e, head)
        if name:
            return self.entity("org:" + normalise(name), name,
                               classify_unknown(name) or p.type, item.pos), e + 1
        return None, e + 1

    def _earlier_institution(self, pos: int) -> Ent | None:
        """The last institution mentioned before `pos` in its sentence, else None."""
        lo = self._sentence_span(pos)[0]
        for opos, ent in reversed(self.orgs):
            if opos < lo:
                break
            if opos < pos:
                return ent
        return None

    def _head_candidates(self, text: str, lo: int, hi: int, head: str, branch: str
                         ) -> Iterator[tuple[int, int]]:
        """What `head_occurrences(text, lo, hi, head)` gives, nearest first, less the
        candidates already failed for good: the edges (a word the window cuts) by the scan
        itself, the middle from a whole-text index by skip links, so the cost does not grow
        with the number of earlier mentions of the same head."""
        if not re.fullmatch(r"[\w-]+", head):
            yield from head_occurrences(text, lo, hi, head)
            return
        sep = _SEPARATOR.search(text, lo, hi)
        if sep is None:
            yield from head_occurrences(text, lo, hi, head)
            return
        c1 = sep.start()
        c2 = hi - 1
        while not _SEPARATOR.match(text, c2):
            c2 -= 1
        dead, skip = self.dead.setdefault((head, branch), (set(), {}))
        for s, e in head_occurrences(text, c2, hi, head):
            if (s, e) not in dead:
                yield s, e
        starts, ends = self._head_index(text, head)
        k = bisect.bisect_right(ends, c2) - 1  # whole-text occurrences ending by c2
        first = bisect.bisect_left(starts, c1)
        while True:
            k = _live(skip, k)
            if k < first:
                break
            yield starts[k], ends[k]
            k -= 1
        for s, e in head_occurrences(text, lo, c1, head):
            if (s, e) not in dead:
                yield s, e

    def _head_index(self, text: str, head: str) -> tuple[list[int], list[int]]:
        found = self.heads.get(head)
        if found is None:
            occ = head_occurrences(text, 0, len(text), head)[::-1]
            found = self.heads[head] = ([s for s, _ in occ], [e for _, e in occ])
        return found

    def _mark_dead(self, head: str, branch: str, s: int, e: int) -> None:
        dead, skip = self.dead.setdefault((head, branch), (set(), {}))
        dead.add((s, e))
        starts, ends = self._head_index(self.doc.text, head)
        k = bisect.bisect_left(starts, s)
        if k < len(starts) and starts[k] == s and ends[k] == e:
            skip[k] = k - 1
