"""Stage `resolve`: source mentions -> entities, with roles, affiliations and coreference.

The attribution rules write what they see (`Pentagon-Sprecherin Singh`, `Er`, `NATO-Schätzungen`,
`das Ministerium`); this stage decides who that is. It works in two passes over the document,
so that it stays linear in the number of mentions:

1. seed entities from unambiguous forms: registry names (outlets, institutions), full person
   names (`Sabrina Singh`, from sources and from running text), social accounts, groups;
2. walk all mentions in text order and resolve the rest against what came before:
   surname -> the person with that surname (`Singh` -> Sabrina Singh, even when the full name
   comes later), role only (`die Sprecherin`, `the spokeswoman`) -> the last person with that
   role whose role words agree, pronoun (`Er`, `she`, `they`, `it`, `Seine`) -> in the same
   sentence the nearest fitting one, in an earlier sentence its last speaker, else its subject
   (first person), never a possessive, object or quoted name, sentence by sentence back so that
   no newer person is skipped; demonstrative (`das Ministerium`) -> the last institution of a
   fitting kind.

`coref.py` holds what the walk reads around the mentions (lone surnames, running-text roles,
objects, acronyms); `descriptors.py` the German back-references by descriptor ("Die Firma"
after "der Firma Euryza"); canonical names spell out what the article spells out (WHO -> World
Health Organization where the article writes it).

Every SourceMention and Via then carries the entity id and the entity's canonical name, role,
affiliation and type; `doc.entities` lists each entity with all its mention spans
(`entities.py` writes that back).
"""

from __future__ import annotations

import bisect
import re

from .coref import (CHAIN_WORDS, COORDINATED_ROLE, FEMININE, INSTITUTIONS, OBJECT_PREPS, Cand,
                    Ent, Item, affiliations_meet, apposed_names, can_be_they, group_items,
                    indefinite_items, mark_weak, named_after, plural_descriptor, plural_group_items,
                    plural_verb_after, plural_verb_next_to, role_items, roles_agree,
                    plural_mention, singular_antecedent, subject_pronoun_items, surname_items)
from .acronyms import doc_acronyms, spelled_out
from .descriptors import DescriptorLookup, heads_name, same_owner
from .entities import write_back
from .model import Document, SourceMention
from .name_shapes import lone_quantifier
from .names import DETERMINERS, Parsed, classify_unknown, find_persons, lexicon, parse_mention
from .source_parse import _hit_item, _parse_source, _registry_surnames, partitive, split_glued
from .registry import Registry, default_registry, normalise
from .source_words import (institution_gender, is_epithet, last_plural_thing,
                           only_function_words, role_synonyms, role_word)

#: sentences looked back for a pronoun's antecedent (the seed's `Er` needs one); a sentence
#: holding a pronoun of the same gender continues the chain and is not counted
PRONOUN_WINDOW = 3
#: sentences looked back at most, chains included
PRONOUN_REACH = 10
#: sentences looked back for a role-only or demonstrative mention
ROLE_WINDOW = 40
#: sentences looked back for a demonstrative (`das Ministerium`, `the army`)
DEMONSTRATIVE_WINDOW = 5
#: sentences looked back for the speaker a describing role refers to ("The professor added")
EPITHET_WINDOW = 2


class _Resolver(DescriptorLookup):
    def __init__(self, doc: Document, registry: Registry) -> None:
        self.doc = doc
        self.reg = registry
        #: an entity's name is the registry name in the document's language
        self.lang = doc.lang
        self.ents: dict[str, Ent] = {}
        self.starts = [s.span.start for s in doc.sentences]
        #: persons in text order — for pronouns and roles
        self.persons: list[Cand] = []
        #: groups, institutions and anonymous sources in text order — for "they", "it"
        self.collectives: list[Cand] = []
        #: institutions in text order: (position, entity) — for demonstratives
        self.orgs: list[tuple[int, Ent]] = []
        #: acronyms the document defines: ALA -> American Library Association
        self.acronyms = doc_acronyms(doc.text)
        #: sentences holding a pronoun of each gender (chains: "Er ... Er ... sagte er")
        self.chained: dict[str, set[int]] = {"m": set(), "f": set()}
        for m in CHAIN_WORDS.finditer(doc.text):
            self.chained[m.lastgroup or "m"].add(self.sentence(m.start()))
        #: every mention with a span, by start: what a descriptor stands next to
        self.spans: list[tuple[int, int, Item]] = []
        self.span_starts: list[int] = []
        self.longest = 0

    def sentence(self, pos: int) -> int:
        return max(0, bisect.bisect_right(self.starts, pos) - 1)

    def _sentence_span(self, pos: int) -> tuple[int, int]:
        sent = self.doc.sentences[self.sentence(pos)].span if self.doc.sentences else None
        return (sent.start, sent.end) if sent else (0, len(self.doc.text))

    # -- entities ---------------------------------------------------------------------------

    def entity(self, key: str, name: str, etype: str, pos: int) -> Ent:
        ent = self.ents.get(key)
        if ent is None:
            ent = self.ents[key] = Ent(key, name, etype, pos)
        ent.first = min(ent.first, pos)
        return ent

    def seed(self, item: Item) -> None:
        """Pass 1: entities for forms that need no context."""
        p = item.parsed
        if p.entry is None and p.form == "anonymous" and "-" in p.name:
            prefix, _, head = p.name.rpartition("-")
            if prefix in self.acronyms and lexicon().match(head, item.lang or self.lang or "de",
                                                            ("info",)):
                p.form, p.name = "surname", prefix  # "ai-Bericht": the report of "(ai)"
        long = self.acronyms.get(p.name) if p.entry is None and p.form in ("org", "surname") \
            else None
        entry = self.reg.lookup(long) if long else None
        if entry is not None:  # "amnesty international (ai)": a registry name spelled small
            p.form, p.name, p.type, p.entry = "org", entry.name, entry.type, entry
            long = None
        if long:  # "ALA" in a text that wrote "American Library Association (ALA)"; "Phivolcs"
            org = p.form == "org"
            p.form, p.name = "org", long
            p.type = classify_unknown(long) or (p.type if org else "") or "organisation"
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
            if item.hidden and item.ent.first == item.pos and not item.ent.mentions:
                item.ent.hidden = True  # read from running text; shown once a source names it

    def resolve(self, item: Item) -> None:
        """Pass 2, in text order: context-dependent forms."""
        p = item.parsed
        if item.ent is None and isinstance(item.target, SourceMention) and p.form in (
                "role", "anonymous", "group") and plural_descriptor(p.text, item.lang or self.lang):
            item.ent = self._group_back(item.pos)  # "The parties" after "Tesco and Salling Group"
        if item.ent is None and isinstance(item.target, SourceMention):
            item.ent = self._ordinal_back(item) or self._coordinated_holder(item) \
                or self._backref(item) \
                or self._issuer_back(item, self._sentence_span)
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
        cand = Cand(item.pos, self.sentence(item.pos), ent,
                    isinstance(item.target, SourceMention), item.weak,
                    item.span.end if item.span else item.pos,
                    plural_mention(p, item.lang or self.lang or "de"))
        if ent.type == "person":
            self.persons.append(cand)
        else:
            self.collectives.append(cand)
            if not ent.feminine and item.span is not None:
                before = self.doc.text[max(0, item.span.start - 5):item.span.start].split()
                ent.feminine = (bool(before) and before[-1] == "die") or bool(
                    FEMININE.search(ent.name)) or item.parsed.text.lower().startswith("die ")
            if not ent.ggender and ent.type in INSTITUTIONS:
                ent.ggender = institution_gender(item.parsed.text) or institution_gender(ent.name)
        if ent.type in ("organisation", "government", "outlet"):
            self.orgs.append((item.pos, ent))

    def _surname(self, p: Parsed, pos: int) -> Ent:
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

    def _pronoun(self, p: Parsed, pos: int) -> Ent | None:
        """The antecedent: same sentence the nearest before; an earlier sentence its last speaker,
        else its first person (the subject). Walks back sentence by sentence, so a new person in
        between is never skipped; possessives, objects and quoted names are passed over."""
        here = self.sentence(pos)
        plural = p.gender in ("p", "n")
        if p.gender == "p" and p.name.lower() == "sie":
            thing = self._thing_issuer(pos, here)
            if thing is not None:  # "Die Zahlen ... Sie zeigen": the figures' issuer or nobody
                return thing or None
        pool = self.collectives if plural else self.persons
        if p.gender == "p":  # "Die Wissenschaftler ... Sie gehen davon aus": plural persons too
            pool = sorted(pool + [c for c in self.persons if c.plural], key=lambda c: c.pos)
        chain = self.chained.get(p.gender, set())
        k = bisect.bisect_left(pool, pos, key=lambda c: c.pos) - 1
        #: the nearest object of the right gender, when no subject fits ("spoke with Anne X.
        #: She informed police ...")
        fallback: Cand | None = None
        while k >= 0:
            sent = pool[k].sent
            gap = here - sent
            if gap > PRONOUN_REACH or gap - sum(1 for t in range(sent + 1, here)
                                                 if t in chain) > PRONOUN_WINDOW:
                break
            group: list[Cand] = []
            while k >= 0 and pool[k].sent == sent:
                cand = pool[k]
                if plural:  # "it" is an institution; "they" may be a group or anonymous too
                    fits = cand.ent.type in INSTITUTIONS if p.gender == "n" else \
                        (can_be_they(cand.ent) or cand.plural) and (
                            cand.speaker or p.name.lower() != "sie" or cand.ent.type == "group")
                    # (German "sie" + plural verb is as often things: "Die Zahlen ... Sie
                    # zeigten", so only a collective that spoke before is taken)
                else:  # (not "die Wissenschaftler" for "er")
                    fits = (not cand.ent.gender or not p.gender or cand.ent.gender == p.gender) \
                        and not cand.plural
                if fits and not cand.weak:
                    group.append(cand)
                elif cand.weak and fallback is None and p.gender in ("m", "f") \
                        and cand.ent.gender == p.gender:
                    fallback = cand
                k -= 1
            if group:
                pick = self._pick(group[::-1], p.gender, sent == here)
                inst = self._institution(p, pos, here, sent)
                if inst is not None:
                    return inst  # "Hans Ober ... Der Verband kritisierte ... Er sagte"
                if not plural and not pick.gender and p.gender in ("m", "f"):
                    pick.gender = p.gender
                return pick
        inst = self._institution(p, pos, here, -1)
        if inst is not None:
            return inst  # "Der Verband kritisierte die Reform. Er sagte"
        single = singular_antecedent(self.collectives, pos, here, p.gender, PRONOUN_WINDOW) \
            if p.gender in ("m", "f") else None  # "Ein Augenzeuge ... Seiner Darstellung nach"
        if single is not None and (fallback is None or single.pos > fallback.pos):
            return single.ent
        if fallback is None and p.gender == "f" and p.name.lower() == "sie":
            return self._feminine_institution(pos, here)
        return fallback.ent if fallback else None

    def _institution(self, p: Parsed, pos: int, here: int, person_sent: int) -> Ent | None:
        """German "er"/"sie" (singular) for an institution of that grammatical gender ("Der
        Verband kritisierte die Reform. Er sagte"; "Die Regierung billigte den Plan. Sie
        erklärte"): the last one within the window that spoke or opened its sentence (the
        subject), when it stands in a later sentence than the best person."""
        if p.gender not in ("m", "f") or p.name.lower() not in ("er", "sie"):
            return None
        for cand in reversed(self.collectives):
            if cand.pos >= pos:
                continue
            if here - cand.sent > PRONOUN_WINDOW or cand.sent <= person_sent:
                return None
            ent = cand.ent
            if cand.weak or ent.type not in INSTITUTIONS or ent.ggender != p.gender:
                continue
            if cand.speaker or self._opens_sentence(cand):
                return ent
        return None

    def _thing_issuer(self, pos: int, here: int) -> Ent | bool | None:
        """Plural "sie" right after a plural noun of things ("Die Zahlen sind laut Terry kein
        Grund zum Feiern. Sie zeigten, dass"): the things do not speak, so the source is who
        cited or issued them in their sentence (a speaker, else its subject), or False (nobody);
        None when a plural noun of people stands nearer."""
        lo = self.starts[max(0, here - 1)] if self.starts else 0
        at = last_plural_thing(self.doc.text, lo, pos)
        if at < 0 or any(at < c.pos < pos and can_be_they(c.ent) and not c.weak and (
                c.speaker or self._opens_sentence(c)) for c in self.collectives):
            return None
        sent = self.sentence(at)
        near = [c for pool in (self.persons, self.collectives) for c in pool
                if c.sent == sent and c.pos < pos and not c.weak]
        pick = [c for c in near if c.speaker] or [c for c in near if self._opens_sentence(c)]
        return pick[-1].ent if pick else False

    def _opens_sentence(self, cand: Cand) -> bool:
        """Whether no other candidate stands before this one in its sentence (the subject of
        "Am Montag kritisierte der Verband die Regierung")."""
        start = self.starts[cand.sent] if cand.sent < len(self.starts) else 0
        before = [w.strip(",;:()„“\"").lower() for w in self.doc.text[start:cand.pos].split()]
        if len(before) > 4 or any(w in _SUBJECT_PRONOUNS for w in before) \
                or any(w in _NOT_BEFORE_SUBJECT for w in before[-3:]):
            return False  # "Er werde als Abgeordneter im Bundestag bleiben": no subject
        return not any(start <= c.pos < cand.pos for pool in (self.persons, self.collectives)
                       for c in pool if c.sent == cand.sent)

    def _group_back(self, pos: int) -> Ent | None:
        """The last group of several named members before `pos` (a pair that spoke or that
        running text coordinates), within the pronoun reach (a descriptor says more than a
        pronoun, and such groups are rare)."""
        here = self.sentence(pos)
        for cand in reversed(self.collectives):
            if cand.pos >= pos:
                continue
            if here - cand.sent > PRONOUN_REACH:
                break
            if cand.ent.type == "group" and not cand.weak and _SEVERAL.search(cand.ent.name):
                return cand.ent
        return None

    def _feminine_institution(self, pos: int, here: int) -> Ent | None:
        """German "sie" with no woman before it: the last feminine institution that spoke
        ("die BBC berichtete ... Sie schrieb"), within the pronoun window."""
        for cand in reversed(self.collectives):
            if cand.pos >= pos:
                continue
            if here - cand.sent > PRONOUN_WINDOW:
                break
            if cand.speaker and cand.ent.feminine and cand.ent.type in INSTITUTIONS:
                return cand.ent
        return None

    @staticmethod
    def _pick(group: list[Cand], gender: str, same_sentence: bool) -> Ent:
        """One sentence's candidates (text order): the best antecedent for a pronoun.

        A speaker of the sentence wins ("He said Zelensky is honest; 'I resigned', he added":
        the one who added is the one who said); else, in the same sentence, the nearest; in an
        earlier one the first (the subject; names inside a prepositional phrase are weak)."""
        def known(cands: list[Cand]) -> list[Cand]:  # gender known to agree, else all
            return [c for c in cands if gender and c.ent.gender == gender] or cands
        speakers = known([c for c in group if c.speaker])  # (a speaker of unknown gender
        if speakers:                                       # before an object of known one)
            return speakers[-1].ent
        exact = known(group)
        return exact[-1].ent if same_sentence else exact[0].ent

    def _coordinated_holder(self, item: Item) -> Ent | None:
        """A role source the rules cut before a second role and the name ("Der
        Landtagsabgeordnete| und SPD-Fraktionschef Andreas Stoch"): the person named there."""
        if item.span is None or item.parsed.form != "role":
            return None
        both = COORDINATED_ROLE.match(self.doc.text, item.span.end)
        if both is None or lexicon().match(both.group("role"), item.lang or self.lang or "de",
                                           ("role",)) is None:
            return None
        ent = self._named(both.end(), exclude=item) or self._named(
            both.start("role"), exclude=item)
        return ent if ent is not None and ent.type == "person" else None

    def _role(self, p: Parsed, pos: int) -> Ent:
        here = self.sentence(pos)
        if p.definite and p.role_head:
            for cand in reversed(self.persons):
                ppos, sent, ent = cand.pos, cand.sent, cand.ent
                if ppos >= pos or here - sent > ROLE_WINDOW:
                    continue
                if ent.role_head == p.role_head and (not p.affiliation or not ent.affiliation
                                                     or same_owner(p.affiliation, ent.affiliation)) \
                        and roles_agree(p.text, ent.role, p.role_head):
                    return ent
        same = role_synonyms(p.role, self.lang) if p.definite else frozenset()
        for cand in reversed(self.persons) if same else ():
            # "der Organisator Andreas X ... sagte der Demonstrationsleiter": a synonym role
            if cand.pos < pos and here - cand.sent <= DEMONSTRATIVE_WINDOW \
                    and role_word(cand.ent.role) in same:
                return cand.ent
        if p.definite and p.role_head:
            ent = self._epithet(p, pos, here) or self._sole_holder(p, pos)
            if ent is not None:
                return ent
        # a definite role ("the archbishop") is one person, even without a name; an anonymous
        # one keeps its written form ("eines Mitarbeiters", as docs/annotation.md names it)
        etype = "person" if p.type == "person" and p.definite else "anonymous"
        key = (p.role or p.name) if etype == "person" else (p.name or p.role)
        return self.entity(f"{'role' if etype == 'person' else 'anon'}:"
                           + normalise(f"{key}|{p.affiliation or ''}"), p.name or p.role or key,
                           etype, pos)

    def _epithet(self, p: Parsed, pos: int, here: int) -> Ent | None:
        """A describing role ("The Wooster professor added", "nach Meinung des SPD-Politikers")
        right after a named person: that person, when gender and affiliation agree."""
        if not is_epithet(p.role_head, self.lang or "en") or plural_descriptor(
                p.text, self.lang or "en") or (p.text.lower().startswith("die ")
                                               and p.gender != "f"):
            return None  # "die Wissenschaftler" are several
        for cand in reversed(self.persons):
            if cand.pos >= pos:
                continue
            if here - cand.sent > EPITHET_WINDOW:
                break
            ent = cand.ent
            if cand.weak or len(ent.name.split()) < 2 or cand.end > pos:
                continue  # (a running-text role around this very mention is no antecedent)
            # the nearest named person only, and only when it spoke ("so Gall. ... des
            # SPD-Politikers"); a person merely named in between ("Manfred Hettmer hatte die
            # Idee ... dem Wissenschaftler") or one who does not fit stops the search
            if not cand.speaker and not any(c.speaker and c.ent is ent and c.sent == cand.sent
                                            for c in self.persons[-12:]):
                return None  # (the name in running text and the source are one mention)
            if p.gender in ("m", "f") and ent.gender in ("m", "f") and p.gender != ent.gender:
                return None
            if p.affiliation and ent.affiliation and not affiliations_meet(p.affiliation,
                                                                           ent.affiliation):
                return None
            return ent
        return None

    def _sole_holder(self, p: Parsed, pos: int) -> Ent | None:
        """An office named before its holder ("Chelyabinsk's governor has promised ...
        Regional governor Boris Dubrovsky said"): the one person the article gives the role."""
        fits = {e.key: e for e in self.ents.values() if e.type == "person" and e.first > pos
                and e.role_head == p.role_head and len(e.name.split()) > 1
                and roles_agree(p.text, e.role, p.role_head)}
        return next(iter(fits.values())) if len(fits) == 1 else None

    def _demonstrative(self, p: Parsed, pos: int) -> Ent:
        head = (p.role_head or "").lower()
        here = self.sentence(pos)
        if p.definite:
            for opos, ent in reversed(self.orgs):
                if opos >= pos:
                    continue
                if here - self.sentence(opos) > DEMONSTRATIVE_WINDOW:
                    break
                kind = ent.entry.kind if ent.entry else ""
                spelled = [normalise(a) for a in (
                    ent.name, *(ent.entry.aliases if ent.entry else ()))]
                near, fit = here - self.sentence(opos) <= 2, kind in p.fits
                if (head and any(heads_name(head, sp, p.name, fit) for sp in spelled)) or (
                        near and fit and heads_name("", " ".join(spelled), p.name)):
                    return ent
        return self.entity("org:" + normalise(p.name), p.name, p.type, pos)


#: a group name with several members: "Tesco and Salling Group", "Keller et al"
_SEVERAL = re.compile(r"\s(?:and|und)\s|\set al$")
#: the noun after a determiner the rules took for the whole source
_NOUN_AFTER = re.compile(r"\s+([A-ZÄÖÜ][\w-]+)")


#: words before an institution that make it no sentence subject: a preposition governs it, or
#: a pronoun is the subject already ("Er werde im Bundestag bleiben")
_SUBJECT_PRONOUNS = frozenset("er sie es ich wir ihr man".split())
_NOT_BEFORE_SUBJECT = OBJECT_PREPS | frozenset("in im von vom aus dass weil wenn ob und".split())


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


def resolve(doc: Document, registry: Registry | None = None) -> Document:
    """Stage: canonical sources and entities (`doc.entities`) with coreference.

    >>> from claimgraph.model import Attribution, Span, TextSpan
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
    items: list[Item] = []
    covered: list[tuple[int, int]] = []
    for att in doc.attributions:
        lang = att.lang or lang_at(att.content.span.start)
        src = att.source
        if src is not None:
            pos = src.span.start if src.span else att.content.span.start
            written = doc.slice(src.span) if src.span else (src.text or src.name)
            noun = _NOUN_AFTER.match(doc.text, src.span.end) if src.span else None
            if noun and written.strip().lower() in DETERMINERS:
                written = f"{written} {noun.group(1)}"  # "Laut dieser Studie": span "dieser"
            void = only_function_words(written, lang) and not lone_quantifier(written)
            # a rule's bad span ("Zu", "One of"): the group a partitive names, else nobody
            parsed = partitive(doc.text, src.span, written, reg) if void else \
                _parse_source(att, src, written, lang, reg)
            if parsed is None:
                src.name, src.type, src.entity = "", "anonymous", None
                src.role = src.affiliation = None
            else:
                if parsed.form == "pronoun" and lang == "de" and parsed.name.lower() == "sie" \
                        and src.span and (plural_verb_next_to(doc.text, src.span, att.cue)
                                          or plural_verb_after(doc.text, src.span)):
                    parsed.gender = "p"  # "sie sagten", "erklärten sie": they
                items.append(Item(pos, src.span, parsed, src, lang=lang))
            if src.span:
                covered.append((src.span.start, src.span.end))
        for via in att.via:
            pos = via.span.start if via.span else att.content.span.start
            written = doc.slice(via.span) if via.span else via.name
            parsed = parse_mention(written or via.name, lang, reg)
            if parsed.form not in ("org", "full", "surname", "social") and via.name:
                parsed = parse_mention(via.name, lang, reg)
            items.append(Item(pos, via.span, parsed, via, lang=lang))
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
            items.append(_hit_item(hit, doc.text))
    named_roles = sorted((it.pos, it.parsed.role_head) for it in items
                         if it.target is None and it.parsed.role_head)
    items.extend(r for r in role_items(doc.text, lang_at, inside)  # (a name in apposition is
                 if r.parsed.form == "full" or not named_after(r, named_roles))  # named already)
    items.extend(indefinite_items(doc.text, lang_at, inside))
    items.extend(plural_group_items(doc.text, lang_at, inside))
    items.extend(subject_pronoun_items(doc, lang_at, inside))
    org_spans = reg.find_in(doc.text)
    for span, entry in org_spans:
        if not inside(span.start, span.end):
            items.append(Item(span.start, span, Parsed(doc.slice(span), "org", entry.name,
                                                        type=entry.type, entry=entry)))
    items.sort(key=lambda it: it.pos)
    split_glued(items)
    _registry_surnames(doc.text, items)
    apposed_names(doc.text, items)
    for item in items:
        res.seed(item)
    items.extend(surname_items(doc, res.ents.values(), items))
    groups = group_items(doc, list(res.ents.values()), reg, res.acronyms, inside, lang_at,
                         items)
    for item in groups:
        res.seed(item)
    items.extend(groups)
    items.sort(key=lambda it: it.pos)
    res.index(items)
    mark_weak(doc, items, lang_at)
    for item in items:
        res.resolve(item)
    write_back(doc, res, items, org_spans, spelled_out(doc, items, lang_at))
    return doc


__all__ = ["resolve", "lexicon"]
