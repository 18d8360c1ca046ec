"""Person and institution names without a NER model: what a source mention says about its source.

Why no model: none runs offline here for German (see shared/DEPENDENCIES.md), and news sources are
written in a few regular shapes: `[Artikel] [Adjektiv] [Affiliation-]Rolle [Titel] Vorname Nachname
[vom Institut]`, `the [Pentagon] spokeswoman Sabrina Singh`, `Sabrina Singh, Sprecherin des
Pentagons`, a registry name, a pronoun, a plural group. `parse_mention` reads those shapes with the
lexicons of `source_words.py` (`data/source_words.tsv`, `data/firstnames.txt`); `find_persons`
(in `persons.py`, re-exported here) finds person names in running text (first name +
capitalised token, or role cue + capitalised token); `name_shapes.py` holds the word checks
(`classify_unknown`, `NOT_NAMES`, the small words inside institution names) it reads with.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .german_names import (GLUED_NOUN, PREFIXED_ADJECTIVE, agent_noun, bare_noun_after,
                           de_proper_name, holder_after, institution_head, name_word, nominative, org_type,
                           particle_name)
from .name_shapes import (_INNER_WORDS, NOT_NAMES, _compound_owner, _head_later, _inner_word,
                          _is_cap, _noun_modifiers, _place_word, _proper_name,
                          canonical_affiliation, classify_unknown, lone_quantifier)
from .name_units import _AND, apposed_members, bracket_alias, possessive_owner, quoted_name
from .persons import _POSSESSIVE, PersonHit, find_persons
from .registry import Registry, RegistryEntry
from .source_words import (DETERMINERS, INDEFINITE, NAME_PARTICLES, POSSESSIVES,
                           QUANTIFIERS, Lexicon, Word, _is_place, _role_head, _split_compound,
                           lexicon, singular_role)

# German abstract-noun endings: a lone capitalised word with one of them is not a surname
# (Aufklärungsquote, Überprüfung, Kritik, Presseerklärung were "persons" in 60 Wikinews articles)
_DE_NOUN = re.compile(r"(?:ung|ungen|heit|keit|schaft|ion|ionen|tät|nis|nisse|ismus|tik|ment|"
                      r"quote|bericht|berichts|erklärung|kritik)$", re.IGNORECASE)
#: leading words a rule may leave in a mention ("Laut Pentagon", "according to NATO")
LEADING = frozenset("laut zufolge gemäss gemäß nach according to per via by von vom".split())
#: words that attach an affiliation after the role or name
AFFILIATION_PREPS = frozenset("vom von des der beim bei aus of for at from with im by".split())
#: affiliation words that may also join the parts of one institution's name
_GENITIVE_PREPS = frozenset("der des of for".split())
#: words after which the rest of a mention is a channel, not part of the source ("on Twitter")
CHANNEL_PREPS = frozenset("on auf via in".split())
_HANDLE = re.compile(r"@\w{1,30}")
_ET_AL = re.compile(r"\s+et\s+al\.?$")
# a web domain as a source: ndr.de, Znak.com, nau.ch, bbc.co.uk
_DOMAIN = re.compile(r"(?i)^[a-z0-9][\w-]*(?:\.[\w-]+)*\.(?:com|de|ch|at|org|net|ru|pl|ua|uk|fr|it|es|"
                     r"nl|info|news|media|io|eu|us)$")
# titles that name one person together with their place: Duke of Sussex, Archbishop of Canterbury
_NOBLE = re.compile(r"^(Duke|Duchess|Prince|Princess|Earl|Countess|Marquess|Baron|Baroness|"
                    r"King|Queen|Archbishop|Herzog|Herzogin|Prinz|Prinzessin|König|Königin|"
                    r"Erzbischof)\s+(?:of|von)\s+[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)*$")
_NOBLE_GENDER = {"duke": "m", "duchess": "f", "prince": "m", "princess": "f", "earl": "m",
                 "countess": "f", "marquess": "m", "baron": "m", "baroness": "f", "king": "m",
                 "queen": "f", "archbishop": "m", "herzog": "m", "herzogin": "f", "prinz": "m",
                 "prinzessin": "f", "könig": "m", "königin": "f", "erzbischof": "m"}
_CITING = re.compile(r"\b(?:citing|quoting|unter Berufung auf|mit Verweis auf)\s+(?=\S)")
# a document and its author: "a report published by the health ministry", "eine vom Ministerium
# veröffentlichte Studie" is German word order and handled by the rules
_AUTHORED = re.compile(r"^(?P<doc>.*?\S)\s+(?:published|released|issued|compiled|written|prepared|"
                       r"produced|authored|commissioned|presented)\s+(?:on\s+\w+\s+)?by\s+(?=\S)")
#: possessive pronouns before an information noun: "its press release", "seine Angaben"
#: what speaks for its owner without being the owner ("His legal team", "seine Anwälte")
_TEAM = frozenset("team lawyers attorneys campaign staff office family team anwälte anwalt "
                  "familie büro kanzlei".split())
_POSSESSIVE_PRONOUNS = {"its": "n", "their": "p", "his": "m", "her": "f", "seine": "m",
                        "seinen": "m", "seiner": "m", "seinem": "m", "seines": "m", "ihre": "f",
                        "ihren": "f", "ihrer": "f", "ihrem": "f"}
#: gender a possessive determiner points back to ("its" -> n: an institution)
POSSESSIVE_GENDERS = _POSSESSIVE_PRONOUNS
_INITIALS = re.compile(r"^(?:[A-ZÄÖÜ]\.){1,4}$")
_TOKEN = re.compile(r"@\w+|(?:[^\W\d_]\.){1,4}(?![^\W\d_])|[\w][\w'’.\-]*[\w]|[\w]|[^\w\s]")


@dataclass
class Parsed:
    """What one mention says: its form, name parts, role, affiliation and type."""

    text: str
    form: str  # full | surname | role | pronoun | org | demonstrative | group | anonymous | social
    name: str = ""
    role: str | None = None
    #: the bare role word for matching later role-only mentions ("sprecherin", "spokeswoman")
    role_head: str | None = None
    affiliation: str | None = None
    type: str = "person"
    gender: str = ""
    entry: RegistryEntry | None = None
    fits: tuple[str, ...] = ()
    definite: bool = True
    #: the possessive before an anonymous source ("its source"): whose source it is
    owner: str | None = None


def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


def parse_mention(text: str, lang: str, registry: Registry) -> Parsed:
    """Read a source mention as written (`Pentagon-Sprecherin Sabrina Singh`, `Er`, `Experten`).

    German institution names come back in the nominative (german_names.nominative).

    >>> from claimgraph.registry import load_registry
    >>> p = parse_mention("der Sprecher Hans Meier", "de", load_registry())
    >>> (p.name, p.role, p.type, p.gender)
    ('Hans Meier', 'Sprecher', 'person', 'm')
    """
    parsed = _parse_mention(text, lang, registry)
    if lang == "de" and parsed.entry is None and parsed.form in ("org", "anonymous",
                                                                 "demonstrative"):
        name = nominative(parsed.name)
        if name != parsed.name:
            entry = registry.lookup(name, lang)
            if entry is not None and parsed.form == "org":
                return Parsed(text, "org", entry.name, type=entry.type, entry=entry,
                              affiliation=parsed.affiliation)
            parsed.name = name
    return parsed


def _parse_mention(text: str, lang: str, registry: Registry) -> Parsed:
    lex = lexicon()
    raw = text.strip().strip("«»„“”\"'‚‘’‹›").strip(" ,.:;")
    handle = _HANDLE.search(raw)
    if handle:
        return Parsed(text, "social", raw, type="social_account")
    quoted = quoted_name(text.strip().strip(" ,.:;"))
    if quoted:  # "die „Aktion Deutschland hilft“": the quotation is the whole name
        entry = registry.lookup(quoted, lang)
        return Parsed(text, "org", entry.name if entry else quoted,
                      type=entry.type if entry else "organisation", entry=entry)
    unbracketed = bracket_alias(raw)
    if unbracketed:  # "Burt Rutan (CDU), Chef der Firma": the party is no part of the name
        parsed = parse_mention(unbracketed[0], lang, registry)
        parsed.text = text
        if parsed.type == "person":
            parsed.affiliation = parsed.affiliation or unbracketed[1]
        return parsed
    bracketed = _BRACKETED_ACRONYM.match(raw)
    if bracketed:  # "Multilateralen Investitionsfonds (MIF)": the acronym is only an alias
        parsed = parse_mention(bracketed.group(1), lang, registry)
        parsed.text = text
        if parsed.type == "person" and not parsed.affiliation:  # "Peter Meier (SPD)": his party
            parsed.affiliation = raw[bracketed.end(1):].strip(" ()")
        return parsed
    citing = _CITING.search(raw)
    if citing:  # "a report citing the mayor's office": the one cited is the source
        return parse_mention(raw[citing.end():], lang, registry)
    authored = _AUTHORED.match(raw)
    if authored and lex.match(tokens_of(authored.group("doc"))[-1], lang, ("info",)):
        return parse_mention(raw[authored.end():], lang, registry)  # the author speaks
    alone = lone_quantifier(raw)
    if alone:  # "Some say", "Others argued", "Viele glauben": the quantifier is the group
        return Parsed(text, "group", alone, type="group")
    if _ET_AL.search(raw):  # "Stamenković et al": a team, named after its first author
        return Parsed(text, "group", _ET_AL.sub(" et al", raw).strip(), type="group")
    toks = tokens_of(raw)
    while toks and toks[0].lower() in LEADING and len(toks) > 1:
        toks = toks[1:]
    if 1 < len(toks) <= 3 and toks[0].lower() in _POSSESSIVE_PRONOUNS \
            and lex.match(toks[-1], lang, ("anonymous",)) and lex.match(toks[-1], lang, (
                "info",)) is None and all(t[:1].islower() for t in toks[1:-1]):
        # "its (anonymous) source", "seine Quelle", "ihre Informanten": someone the owner
        # cites, not the owner itself (the resolver affiliates it with the owner)
        return Parsed(text, "anonymous", " ".join(toks[1:]), type="anonymous", owner=toks[0])
    if 1 < len(toks) <= 3 and toks[0].lower() in _POSSESSIVE_PRONOUNS and (lex.match(
            toks[-1], lang, ("info",)) or toks[0].lower() == "its" or all(
                not lex.first_name(t) and not registry.lookup(t) and t.lower() not in _TEAM
                and not (lang == "en" and t.endswith("s") and not t.endswith("ss"))
                and not lex.match(t, lang, ("org", "role", "group", "anonymous"))
                for t in toks[1:])):
        # "its press release", "Seine Zuversicht", "seiner Aussage": the owner speaks
        return Parsed(text, "pronoun", toks[0], gender=_POSSESSIVE_PRONOUNS[toks[0].lower()])
    owner = possessive_owner(toks, lang)
    if owner:  # "The chain's press release", "the company's statement": the owner speaks
        return parse_mention(owner, lang, registry)
    definite = True
    had_det = quantified = False
    while toks and len(toks) > 1 and toks[0].lower() in DETERMINERS | QUANTIFIERS | POSSESSIVES:
        definite = toks[0].lower() not in INDEFINITE
        had_det = True
        quantified = quantified or toks[0].lower() in QUANTIFIERS
        toks = toks[1:]
    core = " ".join(toks)
    entry = registry.lookup(core, lang) if toks else None
    if entry is not None:
        return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
    if _DOMAIN.match(core):
        # "ndr.de", "Znak.com": an online outlet; a known outlet when its label is registered
        entry = registry.lookup(core.split(".")[0])
        if entry is not None and entry.type == "outlet":
            return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
        return Parsed(text, "org", core, type="outlet")
    noble = _NOBLE.match(core)
    if noble:  # "the Duke of Sussex", "Archbishop of Canterbury": the title names the person
        return Parsed(text, "full", core, type="person", gender=_NOBLE_GENDER.get(
            noble.group(1).lower(), ""))
    if lang == "de" and len(toks) == 1 and core.endswith("s") and _is_place(core[:-1], (
            "country",)):
        core = core[:-1]  # "Österreichs": the genitive of a state
    if toks and toks[0][:1].isupper() and _is_place(core, ("country",)) \
            and not lex.first_name(toks[0]):
        # "Germany said": a state speaks through its government (not capitals: "Amman" was a
        # surname in the English gold set)
        return Parsed(text, "org", core, type="government")
    if len(toks) == 1:
        m = lex.match(toks[0], lang, ("pronoun",))
        if m and toks[0].lower() == m[0].word:
            return Parsed(text, "pronoun", toks[0], gender=m[1])
    members = apposed_members(toks, lang, lambda t: parse_mention(t, lang, registry))
    if members:  # "X, Chef der Firma, und Y, Sprecherin …": named together, as members
        return Parsed(text, "group", members, type="group")
    together = _coordination(text, toks, lang, registry)
    if together is not None:
        return together
    if "," in toks:  # apposition: "Sabrina Singh, Sprecherin des Pentagons"
        i = toks.index(",")
        left = parse_mention(" ".join(toks[:i]), lang, registry)
        right = parse_mention(" ".join(toks[i + 1:]), lang, registry)
        def score(p: Parsed, side: list[str]) -> int:
            first = bool(p.name) and bool(lexicon().first_name(p.name.split()[0]))
            # a side that is all name ("Deftalgne Tessema") over one with descriptor words
            # left out of the name ("zuständige Koordinator für Naturkatastrophen")
            whole = p.form in ("full", "surname") and p.name == " ".join(side)
            return 2 * first + (p.form == "full") + (p.form in ("full", "surname")) + whole
        named, other = (left, right) if score(left, toks[:i]) >= score(right, toks[i + 1:]) \
            else (right, left)
        if named.form in ("full", "surname"):
            named.role = named.role or other.role
            named.role_head = named.role_head or other.role_head
            named.affiliation = named.affiliation or other.affiliation
            named.gender = named.gender or other.gender
            named.text = text
            return named
    parsed = _parse_tokens(text, toks, lang, registry, definite, had_det)
    if quantified and parsed.type in ("person", "anonymous") and parsed.form != "full":
        return Parsed(text, "group", " ".join(toks), None, parsed.role_head, parsed.affiliation,
                      "group")
    return parsed


#: a name with its acronym in brackets after it: "Berliner Verkehrsbetriebe (BVG)"
_BRACKETED_ACRONYM = re.compile(r"^(.*[\w.])\s*\([A-ZÄÖÜ][\w&-]{1,9}\)$")


def _coordination(text: str, toks: list[str], lang: str, registry: Registry) -> Parsed | None:
    """Several sources speaking together: "Tesco and Salling Group", "Anna Berg, Jonas Wirt
    und Eva Lind" (a group named by its members), "Trump and his supporters" (a group as
    written). Not "Experten und Politiker" (nobody named) nor "Sprecherin und Ministerin Anna
    Berg" (one person)."""
    cuts = [i for i, t in enumerate(toks) if t.lower() in _AND]
    if len(cuts) != 1 or cuts[0] in (0, len(toks) - 1):
        return None
    left, right = toks[:cuts[0]], toks[cuts[0] + 1:]
    if any(t.lower() in AFFILIATION_PREPS for t in left[1:]):
        return None  # "X of the Department of Emergency Services and Public Protection"
    lex = lexicon()
    if _proper_name(right) and any(t[:1].islower() and lex.match(t, lang, ("role", "org"))
                                   for t in left):
        return None  # "tea producer Leaf and Kettle": one descriptor, one name
    parts: list[list[str]] = [[]]
    for tok in left:
        if tok == ",":
            parts.append([])
        else:
            parts[-1].append(tok)
    parts.append(right)
    if any(not part or not _is_cap(part[-1]) or part[-1].endswith("-") for part in parts[:-1]):
        return None  # "AU trade and industry commissioner X", "Handels- und Industrieminister"
    parsed = [parse_mention(" ".join(part), lang, registry) for part in parts]
    named = [p.form in ("full", "org", "surname", "group") and p.name[:1].isupper()
             for p in parsed]
    if all(named) and len({p.name for p in parsed}) == len(parsed):
        joint = " und " if lang == "de" else " and "
        names = [p.entry.name_in(lang) if p.entry else p.name for p in parsed]
        return Parsed(text, "group", ", ".join(names[:-1]) + joint + names[-1], type="group")
    if len(parts) == 2 and named[0] and parts[1][0].lower() in POSSESSIVES | {
            "his", "her", "their", "its", "other", "andere"}:
        return Parsed(text, "group", " ".join(toks), type="group")
    return None


def _owner_person(left: list[str], right: list[str], prep: str, lang: str, lex: Lexicon) -> bool:
    """Whether `left prep right` is a role of a named person: only a role (with its article
    and adjectives) before von/for/of, only a first name and surname words after it."""
    if prep.lower() not in ("von", "for", "of") or len(right) < 2 or not lex.first_name(right[0]):
        return False
    if not all(t[:1].isupper() and t not in NOT_NAMES for t in right):
        return False
    words = [t for t in left if t.lower() not in DETERMINERS | POSSESSIVES]
    return bool(words) and lex.match(words[-1], lang, ("role",)) is not None and all(
        t[:1].islower() for t in words[:-1]) and (lang == "en" or words[-1][:1].isupper())


def _parse_tokens(text: str, toks: list[str], lang: str, registry: Registry,
                  definite: bool, had_det: bool = False) -> Parsed:
    lex = lexicon()
    affiliation: str | None = None
    # affiliation tail: "vom Royal United Services Institute", "des Pentagons", "for the State Dept"
    particles: set[int] = set()  # positions inside "von der" of "Ursula von der Leyen"
    for i in range(1, len(toks)):
        if i in particles:
            continue
        if toks[i].lower() in AFFILIATION_PREPS and i + 1 < len(toks):
            if toks[i][:1].isupper() and registry.lookup(" ".join(toks[i:])):
                continue  # "Nachrichtenmagazins DER SPIEGEL": the article is the name's
            if particle_name(toks[:i], toks[i:], lex):
                particles.update((i + 1, i + 2))
                continue  # "Ursula von der Leyen", "Otto von Bismarck": a name, no affiliation
            rest = " ".join(toks[i + 1:])
            info_head = lex.match(toks[i - 1], lang, ("info",)) is not None
            left = toks[:i]
            if toks[i].lower() in _GENITIVE_PREPS and classify_unknown(" ".join(left)) and not any(
                    lex.match(t, lang, ("role",)) or lex.first_name(t) for t in left):
                break  # "Union der Bibliotheken", "Institute of Physics": one institution's name
            bare = [t for t in left if not lex.match(t, lang, ("title",))]
            named = len(bare) > 1 and bool(lex.first_name(bare[0])) and all(
                t[:1].isupper() for t in bare)  # "José Ortiz of the island's power authority"
            if _owner_person(left, toks[i + 1:], toks[i], lang, lex):
                # "Der Anwalt von Karl Braun", "the lawyer for Karl Brown": the person named
                # after the role is whom the role serves; the source is the role's holder
                affiliation = " ".join(toks[i + 1:])
                toks = toks[:i]
                break
            held = holder_after(toks[i + 1:], lex) if lang == "de" and not named and toks[
                i].lower() in ("der", "des", "vom", "von") else None
            if held:  # "Der Präsident der Region Elsass Adrien Zeller": the holder ends it
                affiliation = canonical_affiliation(" ".join(toks[i + 1:-held]), registry)
                toks = toks[:i] + toks[-held:]
                break
            if registry.lookup(rest) or info_head or named or (
                    any(t[:1].isupper() for t in toks[i + 1:]) and not any(
                        lex.first_name(t) for t in toks[i + 1:] if t[0].isupper())):
                affiliation = canonical_affiliation(rest, registry)
                toks = toks[:i]
                break
    role_parts: list[str] = []
    written_role: list[str] = []  # as written ("Mitarbeiters"): docs/annotation.md names so
    role_head: str | None = None
    name_parts: list[str] = []
    premods: list[str] = []
    gender = ""
    plural = oblique = False
    for n, tok in enumerate(toks):
        low = tok.lower()
        if low in CHANNEL_PREPS and (name_parts or role_parts or premods) and n + 1 < len(toks):
            break  # "Joshua Wong on Twitter": the rest is where it was said
        if name_parts and low in NAME_PARTICLES and len(name_parts) > 1 and \
                lex.first_name(name_parts[0]) and not lex.first_name(name_parts[-1]) \
                and name_parts[-1].lower() not in NAME_PARTICLES:  # (von| der Leyen)
            break  # a full name is complete: "Peer Steinbrück zu Beginn der Debatte"
        if name_parts and (_is_cap(tok) or low in NAME_PARTICLES or _INITIALS.match(tok)):
            name_parts.append(tok)
            continue
        if _inner_word(toks, n, premods if lang == "en" and not role_parts else [],
                       name_parts, lex):
            # "Department of Defense", "Lost 52 Project", "Universität zu Köln": small words
            # and numbers between capitalised words belong to one institution's name
            (name_parts if name_parts else premods).append(tok)
            continue
        if name_parts and tok[:1].islower() and not re.search(r"['’]s?$", name_parts[-1]) \
                and (len(name_parts) > 1 or lex.first_name(name_parts[0])):
            break  # the name ended: "Dr. Steven Wolf at Saint Francis", "X of the authority"
        if name_parts and re.search(r"['’]s?$", name_parts[-1]) and \
                lex.match(tok, lang, ("role",)):
            # "Angela Merkel's spokesperson": the possessor is the affiliation
            affiliation = affiliation or re.sub(r"['’]s?$", "", " ".join(premods + name_parts))
            name_parts, premods, role_parts, written_role = [], [], [], []
        m = lex.match(tok, lang, ("title", "role", "group", "anonymous", "info", "org"))
        if m and lang == "en" and tok[:1].isupper() and m[0].kind in (
                "org", "info", "group", "anonymous") and premods and (
                    tok is not toks[-1] or m[0].kind == "org"):
            # "State Department spokesman", "the Harbour Authority": a capitalised head inside
            # a proper name
            m = None
        if m and m[0].kind == "title":
            gender = gender or m[1]
            continue
        if lang == "de" and not name_parts and (PREFIXED_ADJECTIVE.match(tok) or (
                (_place_word(tok) or (had_det and tok.endswith("er"))) and n + 1 < len(toks) and (
                    lex.match(toks[n + 1], lang, ("role",)) or agent_noun(toks[n + 1])))):
            continue  # "Die US-amerikanische Außenministerin", "Der Bremer Forscher"
        if m is None and lang == "de" and not name_parts and not role_parts and (
                had_det or (n and toks[n - 1][:1].islower()) or (n + 1 < len(toks) and lex.match(
                    toks[n + 1], lang, ("title",)))) and n + 1 < len(toks) \
                and name_word(toks[n + 1], lex) and not lex.first_name(tok) \
                and not _place_word(tok) and agent_noun(tok):
            # "der konservative Herausforderer Rajoy": an agent noun after an article or
            # adjective and before a name is a role (German surnames take no article); not
            # "die Münchener Polizei" (a place adjective before an institution)
            g = agent_noun(tok) or ""
            role_parts.append(tok)
            role_head = (tok[:-2] if g == "f" else tok[:-5] if g == "p" else tok).lower()
            gender = g if g in ("m", "f") else gender
            plural = plural or g == "p"
            continue
        if m and m[0].kind in ("role", "group", "anonymous", "info", "org") and not name_parts:
            word, g = m
            prefix, _ = _split_compound(tok, registry)
            if lang == "en" and premods:
                aff = registry.lookup(" ".join(premods))
                prefix = prefix or (aff.name if aff else None)
            affiliation = affiliation or prefix
            if word.kind in ("info", "org", "group", "anonymous") and not role_parts \
                    and lang == "en" and _head_later(toks, n, lang):
                continue  # "study co-author Tak-Sing Wong": a modifier of the role after it
            rest = [t for t in toks[n + 1:] if t not in "«»„“”\"'‚‘’‹›"]
            if word.kind == "org" and lang == "en" and tok[:1].isupper() and len(rest) > 1 \
                    and rest[0].lower() in _INNER_WORDS and _proper_name(rest[1:]):
                rest = [tok] + rest  # "the Institute for Fiscal Studies": all one name
            quoted = n + 1 < len(toks) and toks[n + 1] in "«»„“”\"‚‘’‹›"
            if word.kind == "org" and lang == "de" and len(rest) == 1 and not quoted and (
                    (rest[0].endswith("s") and _is_place(rest[0][:-1])) or _DE_NOUN.search(rest[0])
                    or lex.match(rest[0], lang, ("info",)) or bare_noun_after(n, had_det, rest[0])):
                # "Die Regierung Guatemalas" (a genitive place: whose), "die Organisation
                # Schätzungen" (a noun the rules ran into): no name after the noun
                if rest[0].endswith("s") and _is_place(rest[0][:-1]):
                    return Parsed(text, "org", f"{tok} {rest[0]}", type=org_type(word, tok))
                rest = []
            if word.kind == "org" and (_proper_name(rest) or (
                    lang == "de" and rest and (quoted or de_proper_name(rest)))):
                # "Die Organisation „Reporter ohne Grenzen“", "die Organisation Ärzte ohne
                # Grenzen": the name apposed to the institution noun is the institution
                entry = registry.lookup(" ".join(rest))
                if entry:
                    return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
                name = " ".join(rest)
                kind = "outlet" if set(word.fits) & {"newspaper", "broadcaster", "agency"} else (
                    classify_unknown(name) or "organisation")
                return Parsed(text, "org", name, type=kind)
            if word.kind in ("info", "org", "group", "anonymous") and not role_parts:
                found = _special(text, word, g, tok, premods, prefix, affiliation, lang,
                                 registry, definite)
                mods = _noun_modifiers(toks[:n], lex)
                if found.form == "demonstrative" and lang == "en" and word.kind != "info" \
                        and (not premods or not mods and all(
                            _is_place(t, ("adjective", "country")) for t in premods)):
                    # "the health ministry"; "the Iraqi military": the country says which one
                    found.name = " ".join(premods + mods + [tok])
                return found
            role_tok = singular_role(tok, word)
            # a weak noun's -en form without a name is plural ("Experten"); a genitive -s is not
            oblique = oblique or (role_tok != tok and not tok.endswith("s"))
            role_parts.extend(premods + [role_tok])
            written_role.extend(premods + [tok if tok.endswith("s") else role_tok])
            premods = []
            role_head = _role_head(m)
            gender = g if g in ("m", "f") else gender
            plural = plural or g == "p"
            continue
        if lang == "en" and len(premods) > 1 and not role_parts and tok[:1].islower() \
                and low not in NAME_PARTICLES and lex.first_name(premods[0]):
            break  # "Dr. Steven Wolf at Saint Francis": the name before "at" is complete
        if not tok[:1].isupper() and not _INITIALS.match(tok):
            if lang == "en" and premods and not role_parts and _POSSESSIVE.search(premods[-1]) \
                    and any(_is_cap(t) for t in toks[n + 1:]):
                # "the UN's climate panel IPCC": the possessor owns the name after the noun
                affiliation = affiliation or _POSSESSIVE.sub("", " ".join(premods))
                premods = []
            if role_parts and lang == "en" and low in ("of", "for"):
                role_parts.append(tok)  # "Secretary of State Antony Blinken"
            continue  # adjectives, particles before the name
        if lang == "en" and not role_parts:
            if not premods and not name_parts and n + 1 < len(toks) and \
                    lex.match(tok, lang, ("modifier",)):
                continue  # "Early reports", "Preliminary figures": an adjective opening a sentence
            premods.append(tok)  # may turn out to be "Pentagon" in "Pentagon spokeswoman"
            continue
        name_parts.append(tok)
    premods = [t for t in premods if t not in NOT_NAMES]
    name_parts = [t for t in name_parts if t not in NOT_NAMES or name_parts.index(t)]
    if premods and not name_parts:
        name_parts = premods
    elif premods:
        name_parts = premods + name_parts
    # a first name inside the name starts it: "State Antony Blinken" -> role "... State" (not
    # "Franz Josef Jung": two given names)
    for k, tok in enumerate(name_parts[:-1]):
        if k and lex.first_name(tok) and not all(lex.first_name(t) for t in name_parts[:k]):
            role_parts.extend(name_parts[:k])
            name_parts = name_parts[k:]
            break
    while name_parts and name_parts[-1].lower() in NAME_PARTICLES:
        name_parts.pop()
    if name_parts and _POSSESSIVE.search(name_parts[-1]) and len(name_parts[-1]) > 3:
        name_parts[-1] = _POSSESSIVE.sub("", name_parts[-1])  # "it is Johnson's" -> Johnson
    role = " ".join(role_parts) or None
    name = " ".join(name_parts)
    if not name:
        if plural or oblique:  # "Experten sagen": a weak noun's -en form without a name is plural
            written = " ".join(t for t in toks if _is_cap(t)) or text
            return Parsed(text, "group", written, None, role_head, affiliation, "group")
        # a definite singular role names one identifiable person ("der Ministerpräsident",
        # "the archbishop", "The mother"); indefinite ones ("ein Sprecher") name nobody
        bare = [t for t in toks if t.isalpha()]
        # only role words count: "the project", "the debate", "the fire service" are no persons
        # a genitive role without its article ("Generalanwalts des EuGH": the rules cut "des")
        genitive = lang == "de" and written_role != role_parts
        one = definite and (had_det or genitive) and role is not None
        if role and genitive:
            # "eines Mitarbeiters", "des SPD-Politikers": named as written (docs/annotation.md),
            # the role in the nominative links it to later mentions of that role
            return Parsed(text, "role", " ".join(written_role), role, role_head, affiliation,
                          "person" if one else "anonymous", gender, definite=definite)
        return Parsed(text, "role", role or " ".join(bare) or text, role, role_head, affiliation,
                      "person" if one else "anonymous", gender, definite=definite)
    if lang == "de" and len(name_parts) > 1 and GLUED_NOUN.search(name_parts[-1]) and not \
            institution_head(name_parts[-1]) and not lex.first_name(name_parts[0]) \
            and not re.search(r"(?:en|em)$", name_parts[-2]):
        # "die IADB Überweisungen": an abstract noun after a name is no part of it
        name_parts = name_parts[:-1]
        name = " ".join(name_parts)
    kind = classify_unknown(name) if not role else ""
    if not kind and not role and lang == "de" and len(name_parts) > 1 and institution_head(
            name_parts[-1]) and not any(lex.first_name(t) for t in name_parts):
        kind = "organisation"  # "Deutsche Bahn", "Multilateraler Investitionsfonds"
    if not kind and not role and len(name_parts) == 1 and len(name) >= 2 and name.isupper():
        kind = "organisation"  # ALA, VDR: an unknown acronym is an institution, not a surname
    if kind:
        return Parsed(text, "org", name, type=kind, affiliation=affiliation)
    first = lex.first_name(name_parts[0])
    if not first and not role and len(name_parts) > 1 and _place_word(name_parts[0]) and not any(
            lex.first_name(t) or lex.match(t, lang, ("role",)) for t in name_parts[1:]):
        # "Wiener Linien", "Berliner Verkehrsbetriebe", "UK Met Office": a place before a
        # name without a given name makes an institution, not a person
        return Parsed(text, "org", name, type="organisation", affiliation=affiliation)
    if lang == "de" and len(name_parts) == 1 and not first:
        if not role and institution_head(name, plural=False) and (not had_det or re.match(
                r"[A-ZÄÖÜ][\w.]*-[A-ZÄÖÜ]", name)):
            # "Airbus-Gesamtbetriebsrates", "Bundesamt": an institution noun is no surname
            return Parsed(text, "org", name, type=classify_unknown(name) or "organisation",
                          affiliation=affiliation)
        if role and had_det and name.endswith("s") and _is_place(name[:-1]):
            # "der Präsident Indonesiens": a genitive after the role is where, not who
            return Parsed(text, "role", role, role, role_head, name[:-1], "anonymous", gender,
                          definite=definite)
        if not role and (had_det or _DE_NOUN.search(name)):
            # "die Aufklärungsquote", "Dem Mann", "Kritik": German surnames take no article
            return Parsed(text, "anonymous", name, type="anonymous", affiliation=affiliation)
    if first and first != "u" and not gender:
        gender = first
    form = "full" if len(name_parts) > 1 else "surname"
    return Parsed(text, form, name, role, role_head, affiliation, "person", gender)


def _special(text: str, word: Word, gender: str, tok: str, premods: list[str], prefix: str | None,
             affiliation: str | None, lang: str, registry: Registry, definite: bool) -> Parsed:
    """Mentions headed by an info, org, group or anonymous noun."""
    if word.kind == "info":  # NATO-Schätzungen zufolge, Pentagon figures
        if not prefix and not premods and affiliation:  # "Estimates by event organizers"
            owner = parse_mention(affiliation, lang, registry)
            if owner.form == "anonymous" and owner.name and lexicon().match(
                    owner.name.split()[-1], lang, ("info",)):
                return Parsed(text, "anonymous", tok, type="anonymous")  # a study of studies
            if "process" in word.fits and owner.form not in ("org", "demonstrative"):
                # "Auswertung des Bodenradars", "Untersuchung des Unfalls": the object, not
                # an agent; only an institution investigates
                return Parsed(text, "anonymous", tok, type="anonymous")
            if owner.type == "person" and owner.name and not lexicon().first_name(
                    owner.name.split()[0]) and owner.name[:1].isupper():
                if lexicon().match(owner.name.split()[-1], lang, ("info",)):
                    # "Der Ergebnisauswertung der Einzelstudien": documents issue nothing
                    return Parsed(text, "anonymous", tok, type="anonymous")
                # "data from the Gun Violence Archive": data come from institutions
                return Parsed(text, "org", owner.name, type="organisation")
            if owner.form == "demonstrative":
                # "a report from the Mexican government": the institution, as written
                words = tokens_of(affiliation)
                while len(words) > 1 and words[0].lower() in DETERMINERS:
                    words = words[1:]
                owner.name = " ".join(words)
            return owner
        owner = prefix or (" ".join(premods) if premods else None) or (
            _compound_owner(tok, word.word, registry) if lang == "de" else None)
        entry = registry.lookup(owner) if owner else None
        if entry:
            return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
        if owner:
            return Parsed(text, "org", owner, type=classify_unknown(owner) or "organisation")
        return Parsed(text, "anonymous", tok, type="anonymous")
    if word.kind == "org":
        if prefix:  # EU-Kommission, US-Behörde: a registry prefix names the institution
            entry = registry.lookup(tok)
            if entry:
                return Parsed(text, "org", entry.name, type=entry.type, entry=entry)
        etype = "outlet" if set(word.fits) & {"newspaper", "broadcaster", "magazine"} else (
            "organisation" if set(word.fits) & {"intergovernmental", "ngo", "party", "company",
                                                "thinktank", "union"} else "government")
        return Parsed(text, "demonstrative", tok, affiliation=affiliation, type=etype,
                      fits=word.fits, role_head=word.word, definite=definite)
    if word.kind == "group":
        return Parsed(text, "group", tok, None, word.word, affiliation, "group")
    return Parsed(text, "anonymous", " ".join(premods + [tok]), type="anonymous",
                  affiliation=affiliation)


__all__ = ["DETERMINERS", "NAME_PARTICLES", "POSSESSIVE_GENDERS", "Parsed", "PersonHit",
           "classify_unknown", "find_persons", "lexicon", "parse_mention", "singular_role",
           "tokens_of"]
