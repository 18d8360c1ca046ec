"""What running text tells coreference: antecedent candidates and the clues to pick among them.

`sources.resolve` links mentions to entities; this module holds what it reads around the
mentions, so that the resolver stays a short walk over them:

* candidates besides the sources: lone surnames of persons named in full ("Honcharuk filed
  ... He said"), definite roles in running text ("sparte der Bundespräsident nicht mit Kritik"),
  a role source with its name in apposition ("der Deutschlandchef von EY, Hubert Bart");
* what rules a candidate out: possessives, objects after a preposition, names in quotations;
  plural "they" only for collectives; offices whose modifiers disagree ("the local health
  minister" is not "Civil Aviation Minister X");
* names: acronyms the article defines ("American Library Association (ALA)") or spells out
  ("the World Health Organization" for the registry's WHO).

Back-references by descriptor ("die Firma Euryza ... Die Firma", "Dem Bericht") live in
`descriptors.py`, which builds on the `Ent` and `Item` defined here.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import Callable, Iterable

from .acronyms import doc_acronyms  # noqa: F401 (tests/test_resolve_names.py imports it here)
from .model import Document, SourceMention, Span, TextSpan, Via
from .names import NOT_NAMES, Parsed, _role_head, classify_unknown, lexicon, singular_role
from .persons import find_groups
from .source_words import DEPUTY
from .registry import Registry, RegistryEntry, normalise

#: words before a name that make it an object, not a subject: "Speaking to Martin Smith, he said"
#: must not resolve "he" to Smith (wrong in 3 of 3 such cases in the English gold set)
OBJECT_PREPS = frozenset(
    """to with from for at against about on into toward towards than like between among
    mit an am auf bei beim gegen für über zu zum zur gegenüber neben unter als wie bezüglich
    wegen trotz ohne um""".split())
# (not "of", "von", "by": "criticism of X", "die Kritik von Gisela Piltz", "rejected by X" name
# the agent)
#: links of a genitive chain, passed over when looking for the preposition a name depends on
_GENITIVE_LINKS = frozenset("von of".split())
#: what "it" may refer to
INSTITUTIONS = frozenset({"organisation", "government", "outlet"})
# pronouns in running text, per gender, that carry a chain across sentences
CHAIN_WORDS = re.compile(r"\b(?:(?P<m>[Ee]r|[Hh]e|[Hh]im|[Hh]is)|(?P<f>[Ss]he|[Hh]er))\b")
# a German finite verb in the plural: sagten, erklären, teilten ... mit (not sagte, erklärt)
_PLURAL_VERB = re.compile(r"^\w+(?:ten|[^t]en|ern|eln)\b")  # (fordern, handeln)
_ARTICLES = frozenset("der die das den dem des ein eine einen einem the a an".split())
#: modifiers that do not tell two offices apart
_GENERIC_MODIFIERS = frozenset("the a an der die das den dem des ein eine of for von des "
                               "new neue neuer neuen acting amtierende amtierender ex former "
                               "ehemalige ehemaliger ehemaligen früherer frühere then "
                               "damalige damaliger".split())
# German feminine institution nouns: die Behörde, die Regierung, die Zeitung, die Kommission
FEMININE = re.compile(r"(?i)(?:ung|ion|ei|tät|schaft|behörde|kommission|organisation|partei|"
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


@dataclass
class Ent:
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
    #: German grammatical gender of an institution (m | f | n | ""): "der Verband" is "er",
    #: "die Regierung" "sie", "das Ministerium" "es" (`source_words.institution_gender`)
    ggender: str = ""
    #: known only from a role in running text ("der Bundespräsident"): an antecedent, not
    #: listed among the document's entities unless a source refers to it
    hidden: bool = False
    #: one unnamed person introduced with an indefinite article ("ein Augenzeuge", "a witness"):
    #: an antecedent for "er"/"she" when no named person fits, never for "they"
    single: bool = False
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
        if p.form in ("role", "anonymous") and p.text.split()[:1] and \
                p.text.split()[0].lower() in SINGULAR_ARTICLES and self.type == "anonymous":
            self.single = True


@dataclass(frozen=True)
class Cand:
    """A possible antecedent: where it stands, and whether it spoke or is an object."""

    pos: int
    sent: int
    ent: "Ent"
    #: the source of an attribution (the last speaker of a sentence is the likeliest "he")
    speaker: bool = False
    #: a possessive, an object after a preposition or a name inside a quotation: never picked
    weak: bool = False
    #: where the mention ends (a running-text role around a source overlaps it)
    end: int = -1
    #: a plural mention ("die Wissenschaftler", "the scientists"): never "er"/"she"
    plural: bool = False


@dataclass
class Item:
    """One mention to resolve: a source, a via, or a person name found in running text."""

    pos: int
    span: Span | None
    parsed: Parsed
    target: SourceMention | Via | None = None
    ent: Ent | None = None
    #: language of the attribution the mention belongs to (names registry entries in it)
    lang: str | None = None
    #: possessive, prepositional object or quoted: not an antecedent for pronouns
    weak: bool = False
    #: a collective only read from running text: listed as an entity once a source names it
    hidden: bool = False


def role_modifiers(role: str | None, head: str) -> set[str]:
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


def roles_agree(a: str | None, b: str | None, head: str) -> bool:
    """Two roles with the same head name the same office unless both say more and share
    nothing: "the local health minister" is not "Civil Aviation Minister X"."""
    ma, mb = role_modifiers(a, head), role_modifiers(b, head)
    if bool(ma & DEPUTY) != bool(mb & DEPUTY):
        return False  # "Deputy Governor X" is not "the governor"; "Vizekanzler" no "Kanzler"
    if not ma or not mb or ma & mb:
        return True
    # German compounds: "innen" in "bundesinnen" (Innenminister = Bundesinnenminister)
    return any(x in y or y in x for x in ma for y in mb)


def affiliations_meet(a: str, b: str) -> bool:
    """`SPD` and `SPD-Landtagsfraktion`, `Grünen` and `Die Grünen`: one names the other."""
    ka, kb = normalise(a), normalise(b)
    return ka in kb or kb in ka


def plural_verb_next_to(text: str, span: Span, cue: TextSpan | None) -> bool:
    """Whether the cue right before or after a German "sie" is a plural finite verb
    ("sie sagten", "erklärten sie"; not "lässt sie ... erklären", an infinitive further on)."""
    if cue is None:
        return False
    gap = text[span.end:cue.span.start] if cue.span.start >= span.end else \
        text[cue.span.end:span.start]
    return len(gap.split()) == 0 and _PLURAL_VERB.search(cue.text) is not None


def plural_verb_after(text: str, span: Span) -> bool:
    """Whether a plural finite verb follows a German "Sie" right away ("Sie zeigten, dass"),
    whatever cue the rules found for its content."""
    return _PLURAL_VERB.match(text[span.end:span.end + 40].lstrip()) is not None


def can_be_they(ent: Ent) -> bool:
    """Whether "they" / plural "sie" can refer to an entity: a group, an institution or a plural
    anonymous source ("Japanese officials"), not an outlet (it reports; it rarely is "they")
    nor a singular anonymous one ("research from 2014", "a spokesman")."""
    if ent.type in ("group", "organisation", "government"):
        return True
    if ent.type != "anonymous" or ent.single:
        return False
    words = ent.name.lower().split()
    return bool(words) and words[0] not in ("a", "an", "one", "ein", "eine", "einer") and any(
        w.endswith(("s", "en", "er")) for w in words)


#: indefinite articles of one person: "ein Augenzeuge", "eine Anwohnerin", "a witness"
SINGULAR_ARTICLES = frozenset("ein eine a an".split())
#: an indefinite noun phrase in running text: the article and the next three words
_INDEFINITE = re.compile(r"(?<![\w-])(?P<art>[Ee]ine?|[Aa]n?)\s+(?P<words>[\w-]+(?:\s+[\w-]+){0,2})")
#: what makes an indefinite describe someone already named: "as a suspect", "als Zeuge",
#: an apposition after a name ("Tom Baker, a witness")
_PREDICATIVE = re.compile(r"(?:\b(?:as|als|wie)|[A-ZÄÖÜ][\w.-]*,)\s+$")
#: a name given right after the noun: "eine Tochter namens Mindset AG", "a man called Tom"
_NAMED_AFTER = re.compile(r"\s+(?:namens|genannt|named|called)\b")
#: person nouns outside the role lexicon that carry a pronoun chain ("Ein Mann rief an. Er sagte")
_PLAIN_PERSONS = {("de", "mann"): "m", ("de", "frau"): "f", ("de", "junge"): "m",
                  ("en", "man"): "m", ("en", "woman"): "f", ("en", "boy"): "m", ("en", "girl"): "f"}


def indefinite_items(text: str, lang_at: Callable[[int], str], inside: Callable[[int, int], bool]
                     ) -> list[Item]:
    """One unnamed person introduced in running text ("Im Bericht wird ein Augenzeuge zitiert",
    "a witness was quoted"): the antecedent of a later "er"/"seiner Darstellung"/"his account"
    when no named person fits. The article's gender must agree with the noun's ("eine Zeugin",
    not "ein" + a feminine noun); a German noun is the first capitalised word, an English one
    the first role word after at most two adjectives."""
    lex = lexicon()
    out: list[Item] = []
    for m in _INDEFINITE.finditer(text):
        art = m.group("art").lower()
        lang = "de" if art.startswith("ei") else "en"
        if lang_at(m.start()) != lang or _PREDICATIVE.search(text, max(0, m.start() - 30),
                                                               m.start()):
            continue  # "spoke with Anne X as a suspect", "X, ein Anwohner,": someone named
        start = m.start("words")
        for word in re.finditer(r"[\w-]+", m.group("words")):
            w = word.group()
            if lang == "de" and not w[:1].isupper():
                continue  # an adjective: "ein 45-jähriger Anwohner"
            gender = _PLAIN_PERSONS.get((lang, w.lower()))
            hit = lex.match(w, lang, ("role",)) if gender is None else None
            if hit is not None and singular_role(w, hit[0]) == w:
                gender = hit[1] or ""
            if gender is None and hit is None and lang == "de" and w.endswith("in") \
                    and lex.match(w[:-2], lang, ("role", "group")) is not None:
                gender = "f"  # "eine Anwohnerin"
            if gender is not None and not (lang == "de" and (art == "eine") != (gender == "f")):
                e = start + word.end()
                if not inside(m.start(), e) and not _NAMED_AFTER.match(text, e):
                    out.append(Item(m.start(), Span(m.start(), e), Parsed(
                        text[m.start():e], "role", w, w if hit else None,
                        _role_head(hit) if hit else w.lower(),
                        None, "anonymous", gender, definite=False)))
            if lang == "de" or gender is not None or not w.islower():
                break  # the noun (German: the first capitalised word) ends the phrase
    return out


#: a definite plural noun phrase in running text: "die Demonstranten", "the protesters"
_DEFINITE_PLURAL = re.compile(
    r"(?<![\w-])(?:[Dd]ie|[Tt]he)\s+(?:[a-zäöüß][\w-]*\s+){0,2}?(?P<noun>[\w-]+)(?![\w-])")


def plural_group_items(text: str, lang_at: Callable[[int], str],
                       inside: Callable[[int, int], bool]) -> list[Item]:
    """Collectives in running text ("Die Demonstranten zogen vor das Rathaus. Sie forderten",
    "The protesters marched. They demanded"): antecedents for "they" / plural "sie", hidden
    until a source refers to them. Only nouns the lexicon lists as groups of people."""
    lex = lexicon()
    out: list[Item] = []
    for m in _DEFINITE_PLURAL.finditer(text):
        noun = m.group("noun")
        lang = "de" if m.group().lower().startswith("die") else "en"
        if (lang == "de") != noun[:1].isupper() or lang_at(m.start()) != lang:
            continue
        hit = lex.match(noun, lang, ("group",))
        if hit is None or hit[0].kind != "group" or inside(m.start(), m.end()):
            continue
        s, e = m.start(), m.end()
        out.append(Item(s, Span(s, e), Parsed(text[s:e], "group", noun, type="group"),
                        hidden=True))
    return out


def singular_antecedent(collectives: list[Cand], pos: int, here: int, gender: str,
                        window: int) -> Cand | None:
    """The nearest unnamed single person before `pos` ("ein Augenzeuge", "a witness") of a
    fitting gender, within `window` sentences: "er"/"she" when no named person fits."""
    for cand in reversed(collectives):
        if cand.pos >= pos:
            continue
        if here - cand.sent > window:
            return None
        ent = cand.ent
        if ent.single and not cand.weak and (not ent.gender or ent.gender == gender):
            return cand
    return None


def group_items(doc: Document, ents: Iterable[Ent], registry: Registry, acronyms: dict[str, str],
                inside: Callable[[int, int], bool], lang_at: Callable[[int], str],
                items: Iterable[Item] = ()) -> list[Item]:
    """Antecedents for "they" / plural "sie" that running text names: a team after its first
    author ("de Vera et al ... They showed"), coordinated names the article knows ("Tesco and
    Salling Group", "Anna Berg und Jonas Wirt"), an acronym it defines ("National Basketball
    Association (NBA) ... The NBA did not ... They did say"). Hidden until a source names them."""
    known: dict[str, str] = {}
    for ent in ents:
        known.setdefault(normalise(ent.name), ent.name)
        if ent.type == "person" and len(ent.name.split()) > 1:
            for key in ent.surnames():
                known.setdefault(key, ent.name)
    for item in items:  # a one-word name a source uses: "Shakira"
        if isinstance(item.target, SourceMention) and item.parsed.form == "surname":
            known.setdefault(normalise(item.parsed.name), item.parsed.name)

    def name_of(written: str) -> str | None:
        words = written.split()
        while words and (words[0] in NOT_NAMES or words[0].lower() in _ARTICLES):
            words = words[1:]
        if not words:
            return None
        plain = " ".join(words)
        entry = registry.lookup(plain)
        return known.get(normalise(plain)) or (entry.name if entry else None) or acronyms.get(plain)

    text, out = doc.text, []
    for sent in doc.sentences:
        lang = lang_at(sent.span.start)
        for hit in find_groups(text, sent.span.start, sent.span.end):
            if not hit.parts:
                name = hit.name
            else:
                names = [name_of(w) for _s, _e, w in hit.parts]
                if not all(names) or len(set(names)) < len(names):
                    continue
                joint = " und " if lang == "de" else " and "
                name = ", ".join(names[:-1]) + joint + names[-1]  # type: ignore[arg-type]
            out.append(Item(hit.start, Span(hit.start, hit.end),
                            Parsed(hit.name, "group", name, type="group"), hidden=True))
    for short, long in acronyms.items():
        kind = classify_unknown(long) or "organisation"
        for m in re.finditer(rf"(?<![\w-]){re.escape(short)}(?![\w-])", text):
            if not inside(m.start(), m.end()):
                out.append(Item(m.start(), Span(m.start(), m.end()),
                                Parsed(short, "org", long, type=kind), hidden=True))
    return out


def subject_pronoun_items(doc: Document, lang_at: Callable[[int], str],
                          inside: Callable[[int, int], bool]) -> list[Item]:
    """A German sentence opened by "Er" (the subject in first position) that no source holds:
    it carries its antecedent into that sentence, so that a later "er" finds the subject ("Er
    beschuldigte Thaksin, Samak fallen gelassen zu haben. ... warnte er": not Samak)."""
    out: list[Item] = []
    for sent in doc.sentences:
        s = sent.span.start
        if doc.text.startswith("Er ", s) and lang_at(s) == "de" and not inside(s, s + 2):
            out.append(Item(s, Span(s, s + 2), Parsed("Er", "pronoun", "Er", gender="m")))
    return out


def plural_mention(p: Parsed, lang: str) -> bool:
    """Whether a role or group mention names several people: "die Wissenschaftler" (a German
    role after "die" that is not feminine), "the scientists", a group."""
    if p.form == "group" or p.type == "group":
        return True
    if p.form != "role":
        return False
    if lang == "de":
        return p.text.lower().startswith("die ") and p.gender != "f"
    return plural_descriptor(p.text, lang)


#: words that count the members of a plural descriptor ("die beiden Sängerinnen", "both sides")
_COUNTED = frozenset("both two three four beide beiden zwei drei vier".split())
_PLURAL_DETERMINERS = frozenset("the these those both die diese beide beiden".split())


def plural_descriptor(written: str, lang: str) -> bool:
    """Whether a source is a definite plural noun that can stand for a named group ("The
    parties", "die beiden Sängerinnen", "both companies"), not unnamed people ("the officials",
    "die Experten") nor a document ("the reports")."""
    words = re.findall(r"[\w'’-]+", written)
    if len(words) < 2 or words[0].lower() not in _PLURAL_DETERMINERS \
            or any(w[:1].isupper() for w in words[1:-1]):
        return False
    head, lex = words[-1], lexicon()
    counted = any(w.lower() in _COUNTED for w in words)
    if lang == "en":
        if not head.islower() or not head.endswith("s") or head.endswith(("ss", "us", "is")):
            return False
    elif not counted:
        role = lex.match(head, "de", ("role",))
        if role is None or role[1] != "p":
            return False
    return counted or lex.match(head, lang, ("group", "anonymous", "info")) is None


def apposed_names(text: str, items: list[Item]) -> None:
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


def role_items(text: str, lang_at: Callable[[int], str], inside: Callable[[int, int], bool]
                ) -> list[Item]:
    """Definite singular roles in running text ("sparte der Bundespräsident nicht mit Kritik",
    "Von der deutschen Bundeskanzlerin liegt ... vor"): they carry a person into a sentence, so
    that the next "er"/"sie" finds them (the named person with that role, when there is one)."""
    lex = lexicon()
    out: list[Item] = []
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
        both = COORDINATED_ROLE.match(text, e)
        if both and lex.match(both.group("role"), lang, ("role",)) is not None:
            continue  # "Der Vizekanzler und Arbeitsminister Franz Müntefering": one named person
        named = _ROLE_APPOSITION.match(text, e) if lang == "de" else None
        if named and not any(w in NOT_NAME_WORDS for w in named.group("name").split()):
            # "Der Manager der Nationalmannschaft aus Ecuador, Vincio Luna, hat": the name in
            # apposition is the person (a first name the list does not know included)
            ns, ne = named.start("name"), named.end("name")
            out.append(Item(ns, Span(ns, ne), Parsed(text[ns:ne], "full", text[ns:ne], word,
                                                     _role_head(hit), None, "person", hit[1])))
            continue
        out.append(Item(s, Span(s, e), Parsed(text[s:e], "role", word, word, _role_head(hit),
                                               None, "person", hit[1])))
    return out


#: a second role joined to a running-text role, then a name: both roles are that person's
COORDINATED_ROLE = re.compile(r"\s+(?:und|and)\s+(?P<role>[\w-]+)\s+(?=[A-ZÄÖÜ])")
#: a name in commas after a running-text role and its genitive or origin ("Der Manager der
#: Nationalmannschaft aus Ecuador, Vincio Luna, hat")
_ROLE_APPOSITION = re.compile(r"""
    (?:\s+(?:der|des|von|vom|aus|im|in|für|bei|beim|zur|zum)  # what the role is of, from or
       \s+(?:[\w-]+\s+){0,2}?[\w-]+){0,4}                      # for ("bei den Vereinten Nationen")
    ,\s+(?P<name>[A-ZÄÖÜ][a-zäöüßé-]+\s+[A-ZÄÖÜ][a-zäöüßé-]+)  # two capitalised words
    \s*,                                                      # closed by a comma
    """, re.VERBOSE)
#: capitalised words that open no name ("Der", "Laut", "Sie"): not a name in apposition, nor
#: the name after a descriptor (`descriptors.name_after`)
NOT_NAME_WORDS = frozenset("""Der Die Das Dem Den Des Ein Eine Und Oder Aber In Im Am Auf Mit Nach
    Von Vom Zu Zum Zur Bei Für Laut Wie Als So Auch Sie Er Es Wir Ihr""".split())


def named_after(role: Item, named: list[tuple[int, str | None]]) -> bool:
    """Whether a person with this role is named right after a running-text role ("der
    Ministerpräsident des Landes Niedersachsen, Christian Wulff"): that name is the person."""
    k = bisect.bisect_right(named, (role.pos, ""))
    return any(pos - role.pos < 90 and head == role.parsed.role_head
               for pos, head in named[k:k + 3])


def surname_items(doc: Document, ents: Iterable[Ent], items: list[Item]) -> list[Item]:
    """Lone surnames of the persons named in full ("Honcharuk filed ... He said"): antecedents
    for pronouns, which a single capitalised word in running text is not on its own."""
    taken = sorted((it.span.start, it.span.end) for it in items if it.span)
    starts = [t[0] for t in taken]
    text = doc.text
    out: list[Item] = []
    seen: set[str] = set()
    for ent in list(ents):
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
                    out.append(Item(at, Span(at, end), Parsed(form, "surname", form)))
                at = text.find(form, end)
    return out


#: an article (and adjectives) and a capitalised noun right before a German name: the name
#: after it is a genitive ("der Sprecher Macrons", "des früheren Kampfgefährten Thaksins")
_POSTNOMINAL_GENITIVE = re.compile(
    r"\b(?:[Dd](?:er|ie|as|em|en|es)|[Ee]ine[mnrs]?|[Ee]in)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
    r"[A-ZÄÖÜ][a-zäöüß]+[a-zäöüß-]*\s+$")


def mark_weak(doc: Document, items: list[Item], lang_at: Callable[[int], str]) -> None:
    """Flag names that cannot be a pronoun's antecedent: possessives ("Honcharuk's offer"),
    objects after a preposition ("Speaking to Martin Smith") and names inside quotations
    ("nicknamed the \"Kim Kardashian of Pakistan\"")."""
    text = doc.text
    # closed quotes only: an unclosed one runs to the paragraph end and may be a stray mark
    quotes = sorted((q.inner.start, q.inner.end) for q in doc.quotes if q.closed and not q.depth)
    qstarts = [q[0] for q in quotes]
    sstarts = [sent.span.start for sent in doc.sentences]
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
        if item.parsed.form == "surname" and text[s:e].endswith("s") and lang_at(s) == "de" \
                and _POSTNOMINAL_GENITIVE.search(text, max(0, s - 60), s):
            item.weak = True  # "Der Sprecher Macrons, Gabriel Attal,": Macron owns, Attal speaks
            continue
        if item.hidden and text[max(0, s - 5):s].rstrip().endswith(","):
            continue  # "In 2014, also on Mars, de Vera et al studied": a clause opens at the comma
        lang = ""
        # skip back over role words and capitalised modifiers ("to Crown Prince X") and over a
        # genitive chain ("bezüglich des Wahlkampfes von Merkels Amtsvorgänger Gerhard
        # Schröder", "against the wishes of Prime Minister X"): a name inside a prepositional
        # phrase is no subject
        k = bisect.bisect_right(sstarts, s) - 1
        lo = max(0, s - 90, sstarts[k] if k >= 0 else 0)  # within the name's sentence
        head = False  # the word before "of"/"von" is the head noun of the chain ("wishes of")
        for word in reversed(text[lo:s].replace(",", " ").split()[-7:]):
            low = word.lower()
            if low in OBJECT_PREPS:
                item.weak = True
                break
            if word.endswith(".") and len(word) > 4:
                break  # the end of the previous sentence
            if word[:1].isupper() or low in _ARTICLES or low in _GENITIVE_LINKS or head:
                head = low in _GENITIVE_LINKS
                continue
            lang = lang or lang_at(s)
            if not lex.match(word, lang, ("role", "title")):
                break
