"""Stage `resolve`: source mentions -> entities, with roles, affiliations and coreference.

The attribution rules write what they see (`Pentagon-Sprecherin Singh`, `Er`, `NATO-Schätzungen`,
`das Ministerium`); this stage decides who that is. It works in two passes over the document,
so that it stays linear in the number of mentions:

1. seed entities from unambiguous forms: registry names (outlets, institutions), full person
   names (`Sabrina Singh`, from sources and from running text), social accounts, groups;
2. walk all mentions in text order and resolve the rest against what came before:
   surname -> the person with that surname (`Singh` -> Sabrina Singh, even when the full name
   comes later), role only (`die Sprecherin`, `the spokeswoman`) -> the last person with that
   role, pronoun (`Er`, `she`) -> the last fitting person, preferring the subject (earliest
   person) of the preceding sentence, demonstrative (`das Ministerium`) -> the last institution
   of a fitting kind.

Every SourceMention and Via then carries the entity id and the entity's canonical name, role,
affiliation and type; `doc.entities` lists each entity with all its mention spans.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable

from .model import Attribution, Document, Entity, SourceMention, Span, TextSpan, Via
from .names import (Parsed, PersonHit, _role_head, classify_unknown, find_persons, lexicon,
                    parse_mention, singular_role)
from .registry import Registry, RegistryEntry, default_registry, normalise

#: sentences looked back for a pronoun's antecedent (the seed's `Er` needs one); a sentence
#: holding a pronoun of the same gender continues the chain and is not counted
PRONOUN_WINDOW = 3
#: sentences looked back at most, chains included
PRONOUN_REACH = 10
#: words before a name that make it an object, not a subject: "Speaking to Martin Smith, he said"
#: must not resolve "he" to Smith (wrong in 3 of 3 such cases in the English gold set)
OBJECT_PREPS = frozenset(
    """to with from for at against about on into toward towards than like between among
    mit an am auf bei beim gegen für über zu zum zur gegenüber neben unter als wie bezüglich
    wegen trotz ohne um""".split())
# (not "of", "von", "by": "criticism of X", "die Kritik von Gisela Piltz", "rejected by X" name
# the agent)
#: what "it" may refer to
_INSTITUTIONS = frozenset({"organisation", "government", "outlet"})
# pronouns in running text, per gender, that carry a chain across sentences
_CHAIN_WORDS = re.compile(r"\b(?:(?P<m>[Ee]r|[Hh]e|[Hh]im|[Hh]is)|(?P<f>[Ss]he|[Hh]er))\b")
# a German finite verb in the plural: sagten, erklären, teilten ... mit (not sagte, erklärt)
_PLURAL_VERB = re.compile(r"^\w+(?:ten|[^t]en)\b")
# an acronym defined in brackets after its long form: "American Library Association (ALA)"
_ACRONYM_DEF = re.compile(r"\(([A-ZÄÖÜ][A-Za-zÄÖÜäöü&]{1,7})\)")
_DEF_WORD = re.compile(r"[\w'’.&-]+")
#: small words inside a spelled-out name ("Council of Europe", "Verband für Arbeit und Bildung")
_CONNECTORS = frozenset("of the for and on de la du des der die das für und von zur zum".split())
_ARTICLES = frozenset("der die das den dem des ein eine einen einem the a an".split())
#: modifiers that do not tell two offices apart
_GENERIC_MODIFIERS = frozenset("the a an der die das den dem des ein eine of for von des "
                               "new neue neuer neuen acting amtierende amtierender ex former "
                               "ehemalige ehemaliger ehemaligen früherer frühere then "
                               "damalige damaliger".split())
# German feminine institution nouns: die Behörde, die Regierung, die Zeitung, die Kommission
_FEMININE = re.compile(r"(?i)(?:ung|ion|ei|tät|schaft|behörde|kommission|organisation|partei|"
                       r"agentur|bank|union|armee|bundeswehr|nato|uno|gruppe|stiftung|"
                       r"gesellschaft|firma|universität|hochschule|initiative)$")
# a definite role noun in running text, not followed by a name
_RUNNING_ROLE = re.compile(r"""
    \b(?P<art>[Dd]er|[Dd]ie|[Dd]em|[Dd]es|[Tt]he)\s+   # a definite article
    (?:[a-zäöüß][\w-]*\s+){0,2}?                     # up to two adjectives (deutschen, local)
    (?P<noun>[\w-]+)\b                                # the role noun
    (?!\s+(?:[A-ZÄÖÜ]|von\s|van\s|de\s))             # ... with no name after it
    """, re.VERBOSE)
# a comma between a role and the name after it
_APPOSED = re.compile(r"\s*,\s*")
#: sentences looked back for a role-only or demonstrative mention
ROLE_WINDOW = 40
#: sentences looked back for a demonstrative (`das Ministerium`, `the army`)
DEMONSTRATIVE_WINDOW = 5
#: aliases kept per entity (the contract shows written forms, not every occurrence)
MAX_ALIASES = 12


@dataclass
class _Ent:
    """An entity while it is being built."""

    key: str
    name: str
    type: str
    first: int
    role: str | None = None
    role_head: str | None = None
    affiliation: str | None = None
    gender: str = ""
    #: German grammatical gender of an institution seen as feminine ("die BBC", "die Behörde")
    feminine: bool = False
    #: known only from a role in running text ("der Bundespräsident"): an antecedent, not
    #: listed among the document's entities unless a source refers to it
    hidden: bool = False
    entry: RegistryEntry | None = None
    aliases: dict[str, None] = field(default_factory=dict)
    mentions: set[tuple[int, int]] = field(default_factory=set)

    def surnames(self) -> set[str]:
        """Keys a surname-only mention may have: the last name, the family name of Kim Jong-un."""
        words = self.name.split()
        keys = {normalise(words[-1])} if words else set()
        if len(words) == 2 and re.search(r"-[a-z]", words[1]):
            keys.add(normalise(words[0]))
        return keys

    def take(self, p: Parsed) -> None:
        """Fill role, affiliation and gender from a mention when still unknown."""
        if p.role and not self.role:
            self.role, self.role_head = p.role, p.role_head
        if p.affiliation and not self.affiliation:
            self.affiliation = p.affiliation
        if p.gender in ("m", "f") and not self.gender:
            self.gender = p.gender


@dataclass(frozen=True)
class _Cand:
    """A possible antecedent: where it stands, and whether it spoke or is an object."""

    pos: int
    sent: int
    ent: "_Ent"
    #: the source of an attribution (the last speaker of a sentence is the likeliest "he")
    speaker: bool = False
    #: a possessive, an object after a preposition or a name inside a quotation: never picked
    weak: bool = False


@dataclass
class _Item:
    """One mention to resolve: a source, a via, or a person name found in running text."""

    pos: int
    span: Span | None
    parsed: Parsed
    target: SourceMention | Via | None = None
    ent: _Ent | None = None
    #: language of the attribution the mention belongs to (names registry entries in it)
    lang: str | None = None
    #: possessive, prepositional object or quoted: not an antecedent for pronouns
    weak: bool = False


class _Resolver:
    def __init__(self, doc: Document, registry: Registry) -> None:
        self.doc = doc
        self.reg = registry
        #: an entity's name is the registry name in the document's language
        self.lang = doc.lang
        self.ents: dict[str, _Ent] = {}
        self.starts = [s.span.start for s in doc.sentences]
        #: persons in text order — for pronouns and roles
        self.persons: list[_Cand] = []
        #: groups, institutions and anonymous sources in text order — for "they", "it"
        self.collectives: list[_Cand] = []
        #: institutions in text order: (position, entity) — for demonstratives
        self.orgs: list[tuple[int, _Ent]] = []
        #: acronyms the document defines: ALA -> American Library Association
        self.acronyms = _doc_acronyms(doc.text)
        #: sentences holding a pronoun of each gender (chains: "Er ... Er ... sagte er")
        self.chained: dict[str, set[int]] = {"m": set(), "f": set()}
        for m in _CHAIN_WORDS.finditer(doc.text):
            self.chained[m.lastgroup or "m"].add(self.sentence(m.start()))

    def sentence(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    # -- entities ---------------------------------------------------------------------------

    def entity(self, key: str, name: str, etype: str, pos: int) -> _Ent:
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = _Ent(key, name, etype, pos)
        ent.first = min(ent.first, pos)
        return ent

    def seed(self, item: _Item) -> None:
        """Pass 1: entities for forms that need no context."""
        p = item.parsed
        long = self.acronyms.get(p.name) if p.entry is None and p.form == "org" else None
        if long:  # "ALA" in a text that wrote "American Library Association (ALA)"
            p.name, p.type = long, classify_unknown(long) or p.type or "organisation"
        if p.entry is not None:
            item.ent = self.entity("reg:" + p.entry.id, p.entry.name_in(self.lang), p.entry.type,
                                   item.pos)
            item.ent.entry = p.entry
        elif p.form == "org":
            item.ent = self.entity("org:" + normalise(p.name), p.name, p.type, item.pos)
        elif p.form == "social":
            handle = re.search(r"@\w+", p.name)
            key = "soc:" + (handle.group().lower() if handle else normalise(p.name))
            item.ent = self.entity(key, p.name, "social_account", item.pos)
        elif p.form == "group":
            item.ent = self.entity("grp:" + normalise(p.name), p.name, "group", item.pos)
        elif p.form == "full":
            words = p.name.split()
            item.ent = self.entity("per:" + normalise(f"{words[0]} {words[-1]}"), p.name,
                                   "person", item.pos)
            if len(p.name) > len(item.ent.name):  # James J.B. Park over James Park
                item.ent.name = p.name
        if item.ent is not None:
            item.ent.take(p)

    def resolve(self, item: _Item) -> None:
        """Pass 2, in text order: context-dependent forms."""
        p = item.parsed
        if item.ent is None:
            if p.form == "surname":
                item.ent = self._surname(p, item.pos)
            elif p.form == "pronoun":
                item.ent = self._pronoun(p, item.pos)
            elif p.form == "role":
                item.ent = self._role(p, item.pos)
            elif p.form == "demonstrative":
                item.ent = self._demonstrative(p, item.pos)
            elif p.form == "anonymous":
                item.ent = self.entity("anon:" + normalise(p.name), p.name, "anonymous", item.pos)
            if item.ent is not None and p.form != "pronoun":
                item.ent.take(p)
            if item.ent is not None and item.target is None and p.form == "role" \
                    and item.ent.first == item.pos and not item.ent.mentions:
                item.ent.hidden = True  # a running-text role nobody cites yet
        if item.ent is not None and item.target is not None:
            item.ent.hidden = False
        ent = item.ent
        if ent is None:
            return
        cand = _Cand(item.pos, self.sentence(item.pos), ent,
                     isinstance(item.target, SourceMention), item.weak)
        if ent.type == "person":
            self.persons.append(cand)
        else:
            self.collectives.append(cand)
            if not ent.feminine and item.span is not None:
                before = self.doc.text[max(0, item.span.start - 5):item.span.start].split()
                ent.feminine = (bool(before) and before[-1] == "die") or bool(
                    _FEMININE.search(ent.name)) or item.parsed.text.lower().startswith("die ")
        if ent.type in ("organisation", "government", "outlet"):
            self.orgs.append((item.pos, ent))

    def _surname(self, p: Parsed, pos: int) -> _Ent:
        key = normalise(p.name)
        fits = [e for e in self.ents.values() if e.type == "person" and key in e.surnames()
                and len(e.name.split()) > 1]
        if not fits and key.endswith("s") and len(key) > 4 and p.text == p.name:
            # a bare genitive: "Schäubles" (not "The Tongs", a family)
            fits = [e for e in self.ents.values() if e.type == "person" and key[:-1] in
                    e.surnames() and len(e.name.split()) > 1]
        if fits:
            before = [e for e in fits if e.first <= pos]
            return max(before, key=lambda e: e.first) if before else min(fits, key=lambda e: e.first)
        return self.entity("per:" + key, p.name, "person", pos)

    def _pronoun(self, p: Parsed, pos: int) -> _Ent | None:
        """The antecedent: same sentence the nearest before; an earlier sentence its last speaker,
        else its first person (the subject). Walks back sentence by sentence, so a new person in
        between is never skipped; possessives, objects and quoted names are passed over."""
        here = self.sentence(pos)
        plural = p.gender in ("p", "n")
        pool = self.collectives if plural else self.persons
        chain = self.chained.get(p.gender, set())
        k = bisect.bisect_left(pool, pos, key=lambda c: c.pos) - 1
        #: the nearest object of the right gender, when no subject fits ("spoke with Anne X.
        #: She informed police ...")
        fallback: _Ent | None = None
        while k >= 0:
            sent = pool[k].sent
            gap = here - sent
            if gap > PRONOUN_REACH or gap - sum(1 for t in range(sent + 1, here)
                                                 if t in chain) > PRONOUN_WINDOW:
                break
            group: list[_Cand] = []
            while k >= 0 and pool[k].sent == sent:
                cand = pool[k]
                if plural:  # "it" is an institution; "they" may be a group or anonymous too
                    fits = cand.ent.type in _INSTITUTIONS if p.gender == "n" else \
                        _can_be_they(cand.ent) and (cand.speaker or p.name.lower() != "sie")
                    # (German "sie" + plural verb is as often things: "Die Zahlen ... Sie
                    # zeigten", so only a collective that spoke before is taken)
                else:
                    fits = not cand.ent.gender or not p.gender or cand.ent.gender == p.gender
                if fits and not cand.weak:
                    group.append(cand)
                elif cand.weak and fallback is None and p.gender in ("m", "f") \
                        and cand.ent.gender == p.gender:
                    fallback = cand.ent
                k -= 1
            if group:
                pick = self._pick(group[::-1], p.gender, sent == here)
                if not plural and not pick.gender and p.gender in ("m", "f"):
                    pick.gender = p.gender
                return pick
        if fallback is None and p.gender == "f" and p.name.lower() == "sie":
            return self._feminine_institution(pos, here)
        return fallback

    def _feminine_institution(self, pos: int, here: int) -> _Ent | None:
        """German "sie" with no woman before it: the last feminine institution that spoke
        ("die BBC berichtete ... Sie schrieb"), within the pronoun window."""
        for cand in reversed(self.collectives):
            if cand.pos >= pos:
                continue
            if here - cand.sent > PRONOUN_WINDOW:
                break
            if cand.speaker and cand.ent.feminine and cand.ent.type in _INSTITUTIONS:
                return cand.ent
        return None

    @staticmethod
    def _pick(group: list[_Cand], gender: str, same_sentence: bool) -> _Ent:
        """One sentence's candidates (text order): the best antecedent for a pronoun."""
        exact = [c for c in group if gender and c.ent.gender == gender] or group
        if same_sentence:
            return exact[-1].ent
        speakers = [c for c in exact if c.speaker]
        return speakers[-1].ent if speakers else exact[0].ent

    def _role(self, p: Parsed, pos: int) -> _Ent:
        here = self.sentence(pos)
        if p.definite and p.role_head:
            for cand in reversed(self.persons):
                ppos, sent, ent = cand.pos, cand.sent, cand.ent
                if ppos >= pos or here - sent > ROLE_WINDOW:
                    continue
                if ent.role_head == p.role_head and (not p.affiliation or not ent.affiliation
                                                     or p.affiliation == ent.affiliation) \
                        and _roles_agree(p.text, ent.role, p.role_head):
                    return ent
        name = p.role or p.name
        # a definite role ("the archbishop") is one person, even without a name
        etype = "person" if p.type == "person" and p.definite else "anonymous"
        return self.entity(f"{'role' if etype == 'person' else 'anon'}:"
                           + normalise(f"{name}|{p.affiliation or ''}"), name, etype, pos)

    def _demonstrative(self, p: Parsed, pos: int) -> _Ent:
        head = (p.role_head or "").lower()
        here = self.sentence(pos)
        if p.definite:
            for opos, ent in reversed(self.orgs):
                if opos >= pos:
                    continue
                if here - self.sentence(opos) > DEMONSTRATIVE_WINDOW:
                    break
                kind = ent.entry.kind if ent.entry else ""
                spelled = [normalise(ent.name)] + [normalise(a) for a in (
                    ent.entry.aliases if ent.entry else ())]
                near = here - self.sentence(opos) <= 2
                if (head and any(head in sp for sp in spelled)) or (near and kind in p.fits):
                    return ent
        return self.entity("org:" + normalise(p.name), p.name, p.type, pos)


def _role_modifiers(role: str | None, head: str) -> set[str]:
    """What a role says besides its head: {"health", "local"} for "local health minister",
    {"innen"} for "Innenminister" (German compounds), set() for "the minister"."""
    if not role:
        return set()
    low = role.lower()
    stem = head[:-2] if head.endswith("in") and head[:-2] and head[:-2] in low else head
    words = set()
    for word in re.split(r"[\s-]+", low):
        if word.endswith(stem) or word.endswith(head):
            word = word[: word.rfind(stem)]
        word = word.strip("-")
        if word and word not in _GENERIC_MODIFIERS:
            words.add(word)
    return words


def _roles_agree(a: str | None, b: str | None, head: str) -> bool:
    """Two roles with the same head name the same office unless both say more and share
    nothing: "the local health minister" is not "Civil Aviation Minister X"."""
    ma, mb = _role_modifiers(a, head), _role_modifiers(b, head)
    if not ma or not mb or ma & mb:
        return True
    # German compounds: "innen" in "bundesinnen" (Innenminister = Bundesinnenminister)
    return any(x in y or y in x for x in ma for y in mb)


def _plural_verb_next_to(text: str, span: Span, cue: TextSpan | None) -> bool:
    """Whether the cue right before or after a German "sie" is a plural finite verb
    ("sie sagten", "erklärten sie"; not "lässt sie ... erklären", an infinitive further on)."""
    if cue is None:
        return False
    gap = text[span.end:cue.span.start] if cue.span.start >= span.end else \
        text[cue.span.end:span.start]
    return len(gap.split()) == 0 and _PLURAL_VERB.search(cue.text) is not None


def _can_be_they(ent: _Ent) -> bool:
    """Whether "they" / plural "sie" can refer to an entity: a group, an institution or a plural
    anonymous source ("Japanese officials"), not an outlet (it reports; it rarely is "they")
    nor a singular anonymous one ("research from 2014", "a spokesman")."""
    if ent.type in ("group", "organisation", "government"):
        return True
    if ent.type != "anonymous":
        return False
    words = ent.name.lower().split()
    return bool(words) and words[0] not in ("a", "an", "one", "ein", "eine", "einer") and any(
        w.endswith(("s", "en", "er")) for w in words)


def _doc_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in brackets after their long form, when the initials agree.

    >>> _doc_acronyms("Die American Library Association (ALA) warnte.")
    {'ALA': 'American Library Association'}
    """
    out: dict[str, str] = {}
    for m in _ACRONYM_DEF.finditer(text):
        acr = m.group(1)
        letters = [c for c in acr if c.isupper()]
        if len(letters) < 2 or acr in out:
            continue
        words = _DEF_WORD.findall(text, max(0, m.start() - 160), m.start())[-16:]
        caps: list[int] = []
        for j in range(len(words) - 1, -1, -1):
            if words[j][:1].isupper():
                caps.insert(0, j)
                if len(caps) == len(letters):
                    break
            elif words[j].lower() not in _CONNECTORS:
                break
        if len(caps) == len(letters) and all(
                words[c][0] == ch for c, ch in zip(caps, letters)):
            out[acr] = " ".join(words[caps[0]:])
    return out


def _lang_at(doc: Document, pos: int) -> str:
    for para in doc.paragraphs:
        if para.span.start <= pos < para.span.end:
            return para.lang or doc.lang or "de"
    return doc.lang or "de"


class _LangAt:
    """`_lang_at` for many positions: paragraph starts bisected once, not scanned per sentence."""

    def __init__(self, doc: Document) -> None:
        self.default = doc.lang or "de"
        self.paras = doc.paragraphs
        self.starts = [p.span.start for p in doc.paragraphs]
        spans = [p.span for p in doc.paragraphs]
        self.sorted = all(a.end <= b.start for a, b in zip(spans, spans[1:]))
        self.doc = doc

    def __call__(self, pos: int) -> str:
        if not self.sorted:
            return _lang_at(self.doc, pos)
        k = bisect.bisect_right(self.starts, pos) - 1
        # paragraphs do not overlap: only the last one starting at or before pos can hold it
        if k >= 0 and pos < self.paras[k].span.end:
            return self.paras[k].lang or self.default
        return self.default


def _ensure_sentences(doc: Document) -> None:
    """Hand-built documents (tests, the Python API) may come without segmentation."""
    if doc.sentences:
        return
    from .segment import paragraphs, quotes_in, sentences_in

    if not doc.paragraphs:
        doc.paragraphs = paragraphs(doc.text)
    quotes = not doc.quotes
    for idx, para in enumerate(doc.paragraphs):
        doc.sentences.extend(sentences_in(doc.text, para.span.start, para.span.end, idx))
        if quotes:
            doc.quotes.extend(quotes_in(doc.text, para.span.start, para.span.end, idx))


def _parse_source(att: Attribution, src: SourceMention, written: str, lang: str,
                  reg: Registry) -> Parsed:
    """What a source mention says, keeping what the rules knew better than the span shows."""
    if att.kind == "embed" and src.type == "social_account":
        # the engine read the post's author line: 'SANTINO (@MichaelSCollura)' is an account,
        # although its written span 'SANTINO' alone looks like an acronym (an organisation)
        return Parsed(written or src.name, "social", src.name or written, type="social_account")
    parsed = parse_mention(written or src.name, lang, reg)
    if parsed.form in ("surname", "role") and src.name and src.name != written:
        # the rules may already know more than the span shows
        better = parse_mention(src.name, lang, reg)
        if better.form in ("full", "org", "social"):
            parsed = better
    if src.type == "anonymous" and parsed.type == "group" and parsed.entry is None:
        # The contract: anonymous = unnamed individuals, officials, experts; group = a named
        # collective. 'Experten', 'Diplomaten', 'Anwohner' name nobody, so a source the rules
        # typed anonymous stays anonymous; a registry group (Hamas, die Grünen) is named and
        # keeps its type, as does a person or institution the mention turns out to name.
        parsed = Parsed(parsed.text, "anonymous", parsed.name, parsed.role, parsed.role_head,
                        parsed.affiliation, "anonymous", parsed.gender)
    return parsed


def _hit_item(hit: PersonHit) -> _Item:
    parsed = Parsed(hit.name, "full" if len(hit.name.split()) > 1 else "surname", hit.name,
                    hit.role, hit.role_head, hit.affiliation, "person", hit.gender)
    return _Item(hit.start, Span(hit.start, hit.end), parsed)


def _written(text: str) -> str:
    """A written form for aliases: the mention without leading articles and quotes."""
    words = text.strip().strip("«»„“”\"'‚‘’‹›").split()
    while len(words) > 1 and words[0].lower() in {"der", "die", "das", "den", "dem", "des",
                                                  "the", "ein", "eine", "a", "an"}:
        words = words[1:]
    return " ".join(words).strip("«»„“”\"'‚‘’‹›")


def resolve(doc: Document, registry: Registry | None = None) -> Document:
    """Stage: canonical sources and entities (`doc.entities`) with coreference.

    >>> from claimgraph.model import Attribution, TextSpan
    >>> text = "Pentagon-Sprecherin Sabrina Singh sagte etwas. Singh sagte mehr."
    >>> doc = Document(text, lang="de")
    >>> doc.attributions = [Attribution("indirect", TextSpan("x", Span(0, 1)),
    ...     source=SourceMention("Singh", Span(47, 52), "Singh"))]
    >>> resolve(doc).attributions[0].source.name
    'Sabrina Singh'
    """
    reg = registry or default_registry()
    _ensure_sentences(doc)
    res = _Resolver(doc, reg)
    lang_at = _LangAt(doc)
    items: list[_Item] = []
    covered: list[tuple[int, int]] = []
    for att in doc.attributions:
        lang = att.lang or lang_at(att.content.span.start)
        src = att.source
        if src is not None:
            pos = src.span.start if src.span else att.content.span.start
            written = doc.slice(src.span) if src.span else (src.text or src.name)
            parsed = _parse_source(att, src, written, lang, reg)
            if parsed.form == "pronoun" and lang == "de" and parsed.name.lower() == "sie" \
                    and src.span and _plural_verb_next_to(doc.text, src.span, att.cue):
                parsed.gender = "p"  # "sie sagten", "erklärten sie": they
            items.append(_Item(pos, src.span, parsed, src, lang=lang))
            if src.span:
                covered.append((src.span.start, src.span.end))
        for via in att.via:
            pos = via.span.start if via.span else att.content.span.start
            written = doc.slice(via.span) if via.span else via.name
            parsed = parse_mention(written or via.name, lang, reg)
            if parsed.form not in ("org", "full", "surname", "social") and via.name:
                parsed = parse_mention(via.name, lang, reg)
            items.append(_Item(pos, via.span, parsed, via, lang=lang))
            if via.span:
                covered.append((via.span.start, via.span.end))
    covered.sort()

    def inside(s: int, e: int) -> bool:
        k = bisect.bisect_right(covered, (s, 10**12)) - 1
        return any(cs <= s and e <= ce for cs, ce in covered[max(0, k - 3):k + 1])

    for sent in doc.sentences:
        lang = lang_at(sent.span.start)
        for hit in find_persons(doc.text, sent.span.start, sent.span.end, lang, reg):
            # inside a source mention too: the role cue there may be one the source lacks
            items.append(_hit_item(hit))
    named_roles = sorted((it.pos, it.parsed.role_head) for it in items
                         if it.target is None and it.parsed.role_head)
    items.extend(r for r in _role_items(doc.text, lang_at, inside)
                 if not _named_after(r, named_roles))
    org_spans = reg.find_in(doc.text)
    for span, entry in org_spans:
        if not inside(span.start, span.end):
            items.append(_Item(span.start, span, Parsed(doc.slice(span), "org", entry.name,
                                                        type=entry.type, entry=entry)))
    items.sort(key=lambda it: it.pos)
    _apposed_names(doc.text, items)
    for item in items:
        res.seed(item)
    items.extend(_surname_items(doc, res, items))
    items.sort(key=lambda it: it.pos)
    _mark_weak(doc, items, lang_at)
    for item in items:
        res.resolve(item)
    _write_back(doc, res, items, org_spans, _spelled_out(doc, items, lang_at))
    return doc


def _apposed_names(text: str, items: list[_Item]) -> None:
    """A role source followed by its name in apposition ("sagte der Deutschlandchef von EY,
    Hubert Bart"): the source is the named person, with the role and affiliation written."""
    hits = {it.span.start: it for it in items if it.target is None and it.span is not None
            and it.parsed.form == "full"}
    if not hits:
        return
    for item in items:
        if not isinstance(item.target, SourceMention) or item.span is None \
                or item.parsed.form != "role":
            continue
        gap = _APPOSED.match(text, item.span.end)
        hit = hits.get(gap.end()) if gap else None
        if hit is not None:
            p = item.parsed
            item.parsed = Parsed(p.text, "full", hit.parsed.name, p.role or hit.parsed.role,
                                 p.role_head or hit.parsed.role_head,
                                 p.affiliation or hit.parsed.affiliation, "person",
                                 p.gender or hit.parsed.gender)


def _role_items(text: str, lang_at: "_LangAt", inside: "Callable[[int, int], bool]"
                ) -> list[_Item]:
    """Definite singular roles in running text ("sparte der Bundespräsident nicht mit Kritik",
    "Von der deutschen Bundeskanzlerin liegt ... vor"): they carry a person into a sentence, so
    that the next "er"/"sie" finds them (the named person with that role, when there is one)."""
    lex = lexicon()
    out: list[_Item] = []
    for m in _RUNNING_ROLE.finditer(text):
        word = m.group("noun")
        s, e = m.start(), m.end()
        lang = "de" if word[0].isupper() else "en"  # German nouns are capitalised
        article = m.group("art").lower()
        if (article == "the") != (lang == "en"):
            continue
        hit = lex.match(word, lang, ("role",))
        if hit is None or hit[1] not in ("m", "f") or singular_role(word, hit[0]) != word:
            continue
        if lang == "de" and article == "die" and hit[1] != "f":
            continue  # "die Experten" is plural ("der Bundeskanzlerin" is a singular dative)
        if lang_at(s) != lang or inside(s, e):
            continue
        out.append(_Item(s, Span(s, e), Parsed(text[s:e], "role", word, word, _role_head(hit),
                                               None, "person", hit[1])))
    return out


def _named_after(role: _Item, named: list[tuple[int, str | None]]) -> bool:
    """Whether a person with this role is named right after a running-text role ("der
    Ministerpräsident des Landes Niedersachsen, Christian Wulff"): that name is the person."""
    k = bisect.bisect_right(named, (role.pos, ""))
    return any(pos - role.pos < 90 and head == role.parsed.role_head
               for pos, head in named[k:k + 3])


def _surname_items(doc: Document, res: _Resolver, items: list[_Item]) -> list[_Item]:
    """Lone surnames of the persons named in full ("Honcharuk filed ... He said"): antecedents
    for pronouns, which a single capitalised word in running text is not on its own."""
    taken = sorted((it.span.start, it.span.end) for it in items if it.span)
    starts = [t[0] for t in taken]
    text = doc.text
    out: list[_Item] = []
    seen: set[str] = set()
    for ent in list(res.ents.values()):
        if ent.type != "person" or len(ent.name.split()) < 2:
            continue
        for form in (w for w in (ent.name.split()[-1],) if len(w) > 2 and w not in seen):
            seen.add(form)
            at = text.find(form)
            while at >= 0:
                end = at + len(form)
                before = text[at - 1] if at else " "
                after = text[end] if end < len(text) else " "
                k = bisect.bisect_right(starts, at) - 1
                inside = any(s <= at and end <= e for s, e in taken[max(0, k - 3):k + 1])
                if not (before.isalnum() or before == "-" or after.isalnum() or after == "-") \
                        and not inside:
                    out.append(_Item(at, Span(at, end), Parsed(form, "surname", form)))
                at = text.find(form, end)
    return out


def _mark_weak(doc: Document, items: list[_Item], lang_at: "_LangAt") -> None:
    """Flag names that cannot be a pronoun's antecedent: possessives ("Honcharuk's offer"),
    objects after a preposition ("Speaking to Martin Smith") and names inside quotations
    ("nicknamed the \"Kim Kardashian of Pakistan\"")."""
    text = doc.text
    # closed quotes only: an unclosed one runs to the paragraph end and may be a stray mark
    quotes = sorted((q.inner.start, q.inner.end) for q in doc.quotes if q.closed and not q.depth)
    qstarts = [q[0] for q in quotes]
    lex = lexicon()
    for item in items:
        if item.span is None or isinstance(item.target, SourceMention):
            continue
        s, e = item.span.start, item.span.end
        if text[e:e + 2] in ("'s", "’s") or text[e:e + 1] in ("'", "’"):
            item.weak = True
            continue
        k = bisect.bisect_right(qstarts, s) - 1
        if k >= 0 and quotes[k][0] <= s and e <= quotes[k][1]:
            item.weak = True
            continue
        lang = ""
        # skip back over role words and capitalised modifiers ("to Crown Prince X")
        for word in reversed(text[max(0, s - 60):s].replace(",", " ").split()[-4:]):
            low = word.lower()
            if low in OBJECT_PREPS:
                item.weak = True
                break
            if word.endswith(".") and len(word) > 4:
                break  # the end of the previous sentence
            if word[:1].isupper() or low in _ARTICLES:
                continue
            lang = lang or lang_at(s)
            if not lex.match(word, lang, ("role", "title")):
                break


def _is_acronym(name: str) -> bool:
    """WHO, IMF, U.N., CBCP: a short all-capitals name."""
    bare = name.replace(".", "").replace("-", "")
    return 2 <= len(bare) <= 6 and bare.isupper() and bare.isalpha()


def _spelled_out(doc: Document, items: list[_Item], lang_at: "_LangAt") -> dict[tuple[str, str], str]:
    """Per (entity key, language): the longest spelled-out registry form the document writes.

    An article that writes "the World Health Organization" names its source so; the registry's
    short form (WHO) is shown only where the article itself never spells the name out.
    """
    out: dict[tuple[str, str], str] = {}
    for item in items:
        ent = item.ent
        if ent is None or ent.entry is None or item.span is None:
            continue
        lang = item.lang or lang_at(item.span.start)
        if not _is_acronym(ent.entry.name_in(lang)):
            continue
        key = normalise(_written(doc.slice(item.span)))
        acronym = ent.entry.name_in(lang)
        for spelling in ent.entry.spellings():
            if normalise(spelling) == key and _spells(spelling, acronym) \
                    and len(spelling) > len(out.get((ent.key, lang), "")):
                out[(ent.key, lang)] = spelling
    return out


def _spells(long: str, acronym: str) -> bool:
    """Whether `long` spells `acronym` out: the initials of its capitalised words, in order
    (World Health Organization = WHO; BBC News does not spell out BBC)."""
    letters = [c for c in acronym if c.isalpha()]
    initials = [w[0] for w in re.split(r"[\s-]+", long) if w[:1].isupper()]
    return " " in long and initials == [c.upper() for c in letters]


def _write_back(doc: Document, res: _Resolver, items: list[_Item],
                org_spans: list[tuple[Span, RegistryEntry]],
                spelled: dict[tuple[str, str], str] | None = None) -> None:
    spelled = spelled or {}

    def display(ent: _Ent, lang: str | None) -> str:
        """The canonical name: the registry's (in the mention's language), spelled out where the
        registry name is an acronym and the article spells it out (WHO -> World Health
        Organization); an acronym the article defines shows its long form (ALA -> American
        Library Association). A mention written "WHO" still keeps its written text."""
        lang = lang or res.lang or ""
        if ent.entry is None:
            return ent.name
        name = ent.entry.name_in(lang)
        return spelled.get((ent.key, lang), name) if _is_acronym(name) else name

    for item in items:
        ent = item.ent
        if ent is None or ent.hidden:
            continue
        if item.span is not None:
            ent.mentions.add((item.span.start, item.span.end))
        written = _written(doc.slice(item.span)) if item.span else item.parsed.text
        if written and written != ent.name and item.parsed.form != "pronoun":
            ent.aliases.setdefault(written, None)
        if ent.entry is not None and item.target is not None:
            shown = ent.entry.name_in(item.lang or res.lang)  # 'United Nations' in a German text
            if shown != ent.name:
                ent.aliases.setdefault(shown, None)
    _more_mentions(doc, res)
    used = [e for e in res.ents.values() if not e.hidden]
    used.sort(key=lambda e: (min(e.mentions) if e.mentions else (e.first, e.first)))
    ids = {e.key: f"e{i}" for i, e in enumerate(used, 1)}
    for item in items:
        ent, target = item.ent, item.target
        if target is None:
            continue
        if ent is None:
            if isinstance(target, SourceMention) and item.parsed.form == "pronoun":
                # an unresolved "he" is still a person; "they", "it" name nobody
                target.type = "anonymous" if item.parsed.gender in ("p", "n") else "person"
            continue
        target.entity = ids[ent.key]
        target.name = display(ent, item.lang)
        target.type = ent.type
        if isinstance(target, SourceMention):
            target.role = item.parsed.role or ent.role
            target.affiliation = item.parsed.affiliation or ent.affiliation
    doc.entities = [
        Entity(
            id=ids[e.key], name=display(e, None), type=e.type,
            aliases=list(e.aliases)[:MAX_ALIASES], role=e.role, affiliation=e.affiliation,
            mentions=_outermost(e.mentions),
            registry_id=e.entry.id if e.entry else None,
        )
        for e in used
    ]


def _outermost(spans: set[tuple[int, int]]) -> list[Span]:
    """Mention spans without those inside another (the name inside `Sprecherin Sabrina Singh`)."""
    out: list[Span] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and out[-1].start <= s and e <= out[-1].end:
            continue
        out.append(Span(s, e))
    return out


def _more_mentions(doc: Document, res: _Resolver) -> None:
    """Cheap extra mentions: every occurrence of a person's full name or surname."""
    text = doc.text
    for ent in res.ents.values():
        if ent.type != "person":
            continue
        words = ent.name.split()
        forms = {ent.name}
        if len(words) > 1:
            forms |= {w for w in (words[-1], words[0]) if len(w) > 2 and normalise(w) in ent.surnames()}
        taken = sorted(ent.mentions)
        for form in forms:
            at = text.find(form)
            while at >= 0:
                span = (at, at + len(form))
                before = text[at - 1] if at else " "
                after = text[span[1]] if span[1] < len(text) else " "
                if not (before.isalnum() or before == "-" or after.isalnum() or after == "-") \
                        and not any(s <= span[0] and span[1] <= e for s, e in taken):
                    ent.mentions.add(span)
                    taken.append(span)
                at = text.find(form, at + 1)


__all__ = ["resolve", "lexicon"]
