"""Source mentions as the resolver reads them: what the rules wrote, re-parsed with what they
knew better ("Außer aus Rio" is nobody; "des Verbandes" refers back; "CalFire" is a brand), and
the person names running text adds. Split from `sources.py` to keep the resolver a short walk.
`partitive` and `surname_shape` check what a lone word the rules took for a name really is
("One of X" stands for X, "Relativierend" is nobody, "Satellite imaging" is a noun phrase).
"""

from __future__ import annotations

import re
from functools import lru_cache

from .acronyms import written_form
from .coref import Item
from .german_names import institution_head
from .model import Attribution, SourceMention, Span
from .name_shapes import lone_quantifier
from .names import NAME_PARTICLES, PersonHit, Parsed, classify_unknown, lexicon, parse_mention
from .registry import Registry
from .source_words import DATA_DIR, only_function_words
from .lang.base import load_tsv
from .lang.de.mentions import PARTITIVE_RE

#: a declined adjective opening a mention with no article: "staatlicher Organe"
_BARE_ADJECTIVE = re.compile(r"^[a-zäöüß][a-zäöüß-]{2,}(?:e|er|en|es|em)\s+[A-ZÄÖÜ][\w-]+$")


@lru_cache(maxsize=1)
def _time_words() -> frozenset[tuple[str, str]]:
    return frozenset((row["lang"], row["word"].strip())
                     for row in load_tsv(DATA_DIR / "time_words.tsv"))


def _bare_org_word(word: str) -> str | None:
    """`Verbandes` -> `verband`: a German institution noun alone, inflected, no compound."""
    low = word.lower()
    for cut in (2, 1, 0):
        stem = low[:len(low) - cut] if cut else low
        hit = lexicon().match(stem, "de", ("org",))
        if hit is not None and hit[0].word == stem:
            return stem
    return None


#: German indefinite articles: "ein Sprecher Koch-Mehrins" is one of her spokesmen
_INDEFINITE = frozenset("ein eine einer eines einem einen".split())


def _parse_source(att: Attribution, src: SourceMention, written: str, lang: str,
                  reg: Registry) -> Parsed:
    """What a source mention says, keeping what the rules knew better than the span shows."""
    if att.kind == "embed" and src.type == "social_account":
        # the engine read the post's author line: 'SANTINO (@MichaelSCollura)' is an account,
        # although its written span 'SANTINO' alone looks like an acronym (an organisation)
        return Parsed(written or src.name, "social", src.name or written, type="social_account")
    if lang == "de" and written and PARTITIVE_RE.fullmatch(written.strip()):
        # "Einer der beteiligten Feuerwehrmänner", "Zwei der Verletzten": an unnamed part of
        # a group is named as written (docs/annotation.md), not by its first or last word
        return Parsed(written.strip(), "anonymous", written.strip(),
                      type=src.type or "anonymous", definite=False)
    parsed = parse_mention(written or src.name, lang, reg)
    if parsed.form in ("surname", "role") and src.name and src.name != written:
        # the rules may already know more than the span shows
        better = parse_mention(src.name, lang, reg)
        if better.form in ("full", "org", "social") and not _tail_of_name(written, src.name) \
                and not (parsed.role and parsed.role in better.name.split()):
            # (not when the rules' name keeps the role the span showed: "Herausforderer Rajoy")
            parsed = better
    if parsed.form == "org" and parsed.entry is None and " " not in parsed.name and lang == "de":
        bare = _bare_org_word(parsed.name)
        if bare is not None:  # "des Verbandes": an institution noun alone refers back
            parsed = Parsed(parsed.text, "demonstrative", parsed.name, type=parsed.type,
                            role_head=bare)
    first = (written or "").split()[:1]
    if lang == "de" and parsed.form == "surname" and parsed.role and parsed.entry is None \
            and first and first[0].lower() in _INDEFINITE and parsed.name.endswith("s") \
            and len(parsed.name) > 4:
        # "ein Sprecher Koch-Mehrins": an indefinite role and a genitive name is someone of
        # that person's (as "ein Sprecher von Koch-Mehrin"), not the person
        return Parsed(parsed.text, "role", parsed.role, parsed.role, parsed.role_head,
                      parsed.name[:-1], "anonymous", parsed.gender, definite=False)
    if lang == "de" and parsed.form == "role" and not parsed.gender and first \
            and first[0].lower() in ("der", "die") and (parsed.role or "").endswith("e") \
            and parsed.role in written.split():  # (as written: not "Die Verantwortlichen")
        # a nominalised adjective says its gender by the article: "Der Vorsitzende" (he),
        # "Die Musikverantwortliche" (she; the plural is "Die Verantwortlichen")
        parsed.gender = "m" if first[0].lower() == "der" else "f"
    if lang == "de" and parsed.entry is None and parsed.form in ("org", "anonymous") \
            and " " not in parsed.name and parsed.name[:1].isupper() \
            and institution_head(parsed.name) and not institution_head(parsed.name, plural=False):
        # "Die Oppositionsparteien", "Mehrere Hilfsorganisationen": the plural of an institution
        # noun is several institutions, a group (not one organisation, not unnamed people)
        parsed = Parsed(parsed.text, "group", parsed.name, type="group")
    if parsed.entry is None and parsed.form not in ("pronoun", "social") and parsed.name \
            and only_function_words(parsed.name, lang) and not lone_quantifier(parsed.name):
        return None  # "Außer aus Rio": a preposition the rules took for the head
    if parsed.form in ("surname", "full") and parsed.entry is None and all(
            (lang, w.lower()) in _time_words() for w in parsed.name.split()):
        return None  # "am gestrigen Mittwoch": a day names nobody
    if parsed.form == "surname" and parsed.entry is None and lang == "de" \
            and _BARE_ADJECTIVE.match(written or "") and parsed.name == written.split()[-1] \
            and written.split()[0] not in NAME_PARTICLES:
        # "staatlicher Organe", "unabhängige Beobachter": an adjective without an article
        # before a capitalised word is a noun phrase (a surname takes no declined adjective)
        return Parsed(parsed.text, "anonymous", written.strip(), type="anonymous")
    if parsed.form == "surname" and parsed.entry is None:
        shape = surname_shape(parsed, lang)
        if shape == "void":
            return None  # "Relativierend sagte er": an adverbial participle, not a name
        if shape == "camel":  # "CalFire", "PayPal": a brand-like institution, not a surname
            return Parsed(parsed.text, "org", parsed.name,
                          type=classify_unknown(parsed.name) or "organisation")
        if shape:  # "Satellite imaging from 2017": the capitalised word modifies a noun
            return Parsed(parsed.text, "anonymous", shape, type="anonymous")
    if src.type == "anonymous" and parsed.type == "group" and parsed.entry is None:
        # The contract: anonymous = unnamed individuals, officials, experts; group = a named
        # collective. 'Experten', 'Diplomaten', 'Anwohner' name nobody, so a source the rules
        # typed anonymous stays anonymous; a registry group (Hamas, die Grünen) is named and
        # keeps its type, as does a person or institution the mention turns out to name.
        parsed = Parsed(parsed.text, "anonymous", parsed.name, parsed.role, parsed.role_head,
                        parsed.affiliation, "anonymous", parsed.gender)
    return parsed


def _tail_of_name(written: str, name: str) -> bool:
    """Whether `name` is only the last words of a longer capitalised name in `written`: the
    `Union` of "City University Student Union" is not the CDU's short name."""
    at = written.rfind(name)
    before = written[:at].split() if at > 0 else []
    return bool(before) and before[-1][:1].isupper() and written[at - 1:at] == " " and \
        " " not in name.strip()


def _registry_surnames(text: str, items: list[Item]) -> None:
    """A registry name that is the surname of a person the article names in full is that
    person ("Michael Bloomberg ... Bloomberg won the caucus", not the news agency)."""
    surnames = {it.parsed.name.split()[-1] for it in items if it.target is None
                and it.parsed.form == "full" and lexicon().first_name(it.parsed.name.split()[0])}
    if not surnames:
        return
    for item in items:
        p = item.parsed
        if p.entry is None or item.span is None:
            continue
        written = written_form(text[item.span.start:item.span.end])
        if written in surnames and not any(
                o.span is not None and o.span.start <= item.span.start < o.span.end
                and o.parsed.form == "full" for o in items if o is not item):
            item.parsed = Parsed(p.text, "surname", written)


def split_glued(items: list[Item]) -> None:
    """Two surnames the rules took for one name ("So kritisierte Rajoy Zapatero"): when each
    word is the surname of another person the article names in full (Mariano Rajoy, José Luis
    Rodríguez Zapatero), the source is the first (the subject before the object)."""
    lex = lexicon()
    owners: dict[str, set[str]] = {}
    for it in items:
        words = it.parsed.name.split()
        if it.parsed.form == "full" and len(words) > 1 and lex.first_name(words[0]):
            owners.setdefault(words[-1], set()).add(it.parsed.name)
    for it in items:
        p = it.parsed
        words = p.name.split()
        if p.form != "full" or p.entry is not None or len(words) != 2 or any(
                lex.first_name(w) for w in words) or not isinstance(it.target, SourceMention):
            continue
        first, second = (owners.get(w, set()) for w in words)
        if first and second and not first & second:
            p.form, p.name = "surname", words[0]


def _hit_item(hit: PersonHit, text: str = "") -> Item:
    before = text[max(0, hit.start - 40):hit.start].split()[-2:]
    if hit.role and " " not in hit.name and hit.name.endswith("s") and len(before) == 2 \
            and before[0].lower() in _INDEFINITE and before[1] == hit.role.split()[-1]:
        # "ein Sprecher Koch-Mehrins": the genitive name owns the role; his gender is not hers
        return Item(hit.start, Span(hit.start, hit.end), Parsed(hit.name, "surname", hit.name))
    gender = hit.gender
    if not gender and hit.role and hit.role.endswith("e") and len(before) == 2 \
            and before[1] == hit.role.split()[-1] and before[0].lower() in ("der", "die"):
        # "Die FDP-Abgeordnete Silvana X": a nominalised adjective's article says the gender
        gender = "f" if before[0].lower() == "die" else "m"
    parsed = Parsed(hit.name, "full" if len(hit.name.split()) > 1 else "surname", hit.name,
                    hit.role, hit.role_head, hit.affiliation, "person", gender)
    return Item(hit.start, Span(hit.start, hit.end), parsed)


def partitive(text: str, span: Span | None, written: str, reg: Registry) -> Parsed | None:
    """"One of these groups, the Syrian Democratic Forces (SDF)": a mention ending in of/von
    stands for the institution the registry finds right after it (within the next words)."""
    if span is None or written.split()[-1].lower() not in ("of", "von"):
        return None
    stop = re.search(r"[.;:]|\s(?:said|says|told|sagte|sagt|erklärte)\b",
                     text[span.end:span.end + 90])
    end = span.end + (stop.start() if stop else 90)
    for hit, entry in reg.find_in(text, span.end, end):
        return Parsed(text[hit.start:hit.end], "org", entry.name, type=entry.type, entry=entry)
    named = _PARTITIVE_NAME.match(text[:end], span.end)
    if named and not lexicon().first_name(named.group("name").split()[0]):
        # "of the Syrian Democratic Forces", "of these groups, the Syrian Democratic Forces":
        # a collective the registry does not know (a person is no partitive's whole)
        name = named.group("name")
        return Parsed(name, "org", name, type=classify_unknown(name) or "organisation")
    return None


#: the whole a partitive takes from: the noun phrase right after "of", or its apposition
_PARTITIVE_NAME = re.compile(r"""
    \s+(?:(?:the|these|those|its|their)\s+)?(?:[a-z][\w-]*\s*){0,2}  # "these groups"
    (?:,\s+(?:the\s+)?)?                                             # ", the" (apposition)
    (?P<name>[A-ZÄÖÜ][\w&'’-]+(?:\s+(?:of\s+|for\s+)?[A-ZÄÖÜ][\w&'’-]+)+)  # capitalised words
    """, re.VERBOSE)


#: German adverbial participles and adverbs in -weise: "Relativierend", "Bezeichnenderweise"
_DE_ADVERBIAL = re.compile(r"^[A-ZÄÖÜ][a-zäöüß]{4,}(?:end|weise)$")
#: an inner capital after a lower-case run: "CalFire", "PayPal" (not McDonald, MacArthur, DeSantis)
_CAMEL = re.compile(r"^(?P<pre>[A-Z][a-z]{2,})[A-Z][a-z]+$")
_SURNAME_PREFIXES = frozenset(
    "Mac Van Von Fitz Del Des Dos Las Los San Ter Ten Vander Della".split())
#: lower-case words that may follow a surname inside a mention without making it a modifier
_AFTER_SURNAME = frozenset("himself herself themselves itself too also alone jr sr et al".split())


def surname_shape(p: Parsed, lang: str) -> str | None:
    """What a lone capitalised word taken for a surname really is: "void" (a German adverbial
    participle), "camel" (an institution's brand name), the noun phrase it premodifies
    ("Satellite imaging"), or None (a surname)."""
    name = p.name
    if " " in name:
        return None
    if lang == "de" and _DE_ADVERBIAL.match(name):
        return "void"
    camel = _CAMEL.match(name)
    if camel and camel.group("pre") not in _SURNAME_PREFIXES:
        return "camel"
    if lang == "en":
        words = p.text.split()
        if name in words:
            k = words.index(name)
            nxt = words[k + 1].strip(",.;:") if k + 1 < len(words) else ""
            if nxt.isalpha() and nxt.islower() and nxt not in _AFTER_SURNAME \
                    and not only_function_words(nxt, "en"):
                return f"{name} {nxt}"
    return None
