"""English source mentions: from the words before a cue to a SourceMention.

The mention keeps the text as written; `name` is the best name visible (a person's name, else
the organisation, else the phrase without its article); `role` keeps the full written role
phrase and `affiliation` the organisation inside it, as the German pack does
("Pentagon spokeswoman Sabrina Singh" -> role "Pentagon spokeswoman", affiliation "Pentagon").
Pronouns keep text and name as written; `sources.resolve` resolves them later.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..base import load_tsv
from ...model import SourceMention, Span

FOLDER = Path(__file__).parent

PRONOUNS = {
    "he": "person", "she": "person", "i": "person", "we": "group", "they": "group",
    "it": "organisation", "you": "person",
    # object forms appear after "according to" ("according to him")
    "him": "person", "her": "person", "them": "group", "us": "group", "me": "person",
}
# Capitalised words that open sentences but never name a speaker on their own ("Just tell …")
NOT_NAMES = frozenset(
    "just only even also then now so still here there this that these those such some many most "
    "few both all each every other others one two three four five six seven eight nine ten "
    "eleven twelve dozens hundreds thousands the a an it's what which who why how when where "
    "if yes no please however meanwhile by in on at for with from after before during among "
    "amongst under".split()
)
# an indefinite pronoun alone as the subject of a cue names an unnamed group ('Some say …',
# 'Others argue …', 'Many believe …'); with a noun after it the noun heads the phrase instead
_QUANTIFIER_SUBJECTS = frozenset("some others many most several both few".split())
# capitalised at a sentence start, yet no organisation: "Early reports suggested …"
_NOT_AFFILIATION = frozenset("early initial first latest later preliminary unconfirmed official unofficial conflicting "
                             "multiple recent previous new further earlier subsequent independent".split())
DETERMINERS = frozenset(
    "the a an some several many most two three four five six seven eight nine ten one "
    "other another both his her their its our local senior top unnamed anonymous few".split()
)
# Words that may sit inside a capitalised name ("Ministry of Health", "Royal United Services Institute")
NAME_GLUE = frozenset("of for the and de del della la le van von der den da di al bin ibn & on in at".split())
ANONYMITY = re.compile(
    r"""\b(?:who|that)\s+(?:spoke|asked|requested|declined\s+to\s+be\s+named|was\s+not\s+authori[sz]ed)
      | \bon\s+condition\s+of\s+anonymity
      | \bfamiliar\s+with
      | \bclose\s+to\s+the
      | \bnot\s+authori[sz]ed
      | \bunnamed\b | \banonymous\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
_OUTLET_NOUNS = frozenset("newspaper paper daily broadcaster channel station magazine tabloid website "
                          "outlet weekly network agency".split())
# plural trade nouns read as a group without a lexicon row ('geologists report …')
_EXPERTS = re.compile(r"[a-z]{2,}(?:ologists|ists|icians|ographers|onomers|ticians)")
# plural agent nouns (a verb or noun + -er/-or: forecasters, negotiators, farmers, regulators)
# name people of a trade or role unless nonagents.tsv lists them (numbers, towers, factors)
_AGENTS = re.compile(r"[a-z]{3,}(?:ers|ors)")


@lru_cache(maxsize=1)
def _nonagents() -> frozenset[str]:
    return frozenset(r["word"] for r in load_tsv(FOLDER / "nonagents.tsv"))


def agent_noun(word: str) -> bool:
    """True for a plural agent noun such as 'forecasters' (people), not 'numbers' or 'towers'."""
    return _AGENTS.fullmatch(word) is not None and word not in _nonagents()
_ROLE_FOR = re.compile(r"(?:(?:[Aa]|[Aa]n|[Tt]he)\s+)?([a-z-]+)\s+(?:for|of|at)\s+((?:the|its|his|her|their)\s+[a-z][\w\s-]{2,60})$")
_WORD = re.compile(r"[^\W\d_][\w.'’&-]*|\d[\w.,]*|\S")


@dataclass(frozen=True)
class Lexicons:
    roles: dict[str, str]
    groups: dict[str, str]
    evidence: dict[str, str]
    orgwords: dict[str, str]
    outlets: frozenset[str]
    outlet_words: frozenset[str]
    portfolios: frozenset[str]


@lru_cache(maxsize=1)
def lexicons() -> Lexicons:
    """The noun lexicons of this pack, read once."""
    def table(name: str, key: str, value: str) -> dict[str, str]:
        return {r[key]: r[value] for r in load_tsv(FOLDER / f"{name}.tsv")}

    return Lexicons(
        roles=table("roles", "word", "kind"),
        groups=table("groups", "word", "type"),
        evidence=table("evidence", "word", "type"),
        orgwords=table("orgwords", "word", "type"),
        outlets=frozenset(r["name"] for r in load_tsv(FOLDER / "outlets.tsv")),
        outlet_words=frozenset(r["word"] for r in load_tsv(FOLDER / "outlet_words.tsv")),
        portfolios=frozenset(r["word"] for r in load_tsv(FOLDER / "portfolios.tsv")),
    )


def _cap(word: str) -> bool:
    # "el-Sisi", "al-Assad", "bin-Salman": a particle joined to a capitalised name
    return word[:1].isupper() or (word[:1].isdigit() is False and word.isupper()) or \
        bool(re.match(r"(?:el|al|ul|ad|as|ash|bin|ibn|abu|ben)-[A-Z]", word))


def is_outlet(name: str) -> bool:
    """True for a known outlet or a name ending in an outlet word (The Jakarta Post)."""
    lex = lexicons()
    bare = re.sub(r"^(?:the|The)\s+", "", name.strip())
    if name.strip() in lex.outlets or bare in lex.outlets or f"The {bare}" in lex.outlets:
        return True
    words = bare.split()
    return len(words) >= 2 and words[-1] in lex.outlet_words and all(_cap(w) for w in words)


def org_type(name: str) -> str | None:
    """organisation | government when a word of the name marks an organisation, else None."""
    lex = lexicons()
    for phrase, kind in lex.orgwords.items():
        if " " in phrase and phrase in name:
            return kind
    for w in re.findall(r"[\w.]+", name):
        if w in lex.orgwords:
            return lex.orgwords[w]
    if re.fullmatch(r"[A-Z]{2,6}", name.strip()):
        return "organisation"  # an acronym alone (FSB, NEOC) names a body far more often than a person
    return None


def _name_runs(words: list[tuple[str, int, int]]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of capitalised runs (glue words allowed inside)."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if _cap(words[i][0]) and words[i][0].lower() not in DETERMINERS | {"the"}:
            j = i + 1
            while j < len(words):
                w = words[j][0]
                if _cap(w) or re.fullmatch(r"[A-Z]\.(?:[A-Z]\.)*", w):
                    j += 1
                elif w.lower() in NAME_GLUE and j + 1 < len(words) and _cap(words[j + 1][0]):
                    j += 1
                else:
                    break
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _strip_possessive(name: str) -> str:
    return re.sub(r"['’]s?$", "", name)


def parse(text: str, start: int, end: int) -> SourceMention | None:
    """A SourceMention for `text[start:end]` (the words naming whoever speaks), or None."""
    while start < end and text[start] in " ,;:\"'“”‘’«»(—–-":
        start += 1
    while end > start and text[end - 1] in " ,;:\"'“”‘’«»)—–-":
        end -= 1
    if end <= start:
        return None
    # a trailing acronym in brackets adds nothing: "the Federal Security Service (FSB)"
    m = re.search(r"\s*\([A-Z][\w.-]*\)?$", text[start:end])
    if m:
        end = start + m.start()
    written = text[start:end]
    if len(written) > 160 or "\n" in written or not written:
        return None
    lex = lexicons()
    words = [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(written)]
    if not words:
        return None
    low = [w[0].lower() for w in words]
    span = Span(start, end)

    if len(words) == 1 and low[0] in PRONOUNS:
        return SourceMention(written, span, written, type=PRONOUNS[low[0]])
    if len(words) == 1 and low[0] in _QUANTIFIER_SUBJECTS:
        return SourceMention(written, span, written, type="group")  # 'Some say …', 'Others argue …'
    part = re.match(r"(?:[Pp]arts?|[Mm]uch|[Pp]ortions?|[Ss]ections?|[Oo]ne\s+section|[Aa]\s+(?:part|portion|section|passage))"
                    r"\s+of\s+(?=(?:the|a|an|his|her|its|their)\s)", written)
    if part:  # 'Part of the court order declared': the document speaks, the written text stays whole
        inner = parse(text, start + part.end(), end)
        if inner is not None:
            return SourceMention(written, span, inner.name, inner.role, inner.affiliation, inner.type)
    if all((w[0].lower() in NOT_NAMES and not w[0].isupper()) or w[0].isdigit() for w in words):
        return None

    # a role for a lower-case institution: "a spokesman for the ministry" is a person
    rm = _ROLE_FOR.match(written)
    if rm and rm.group(1).lower() in lex.roles and not any(_cap(w[0]) for w in words if w[0] not in ("The", "A", "An")):
        return SourceMention(written, span, rm.group(1), role=rm.group(1),
                             affiliation=re.sub(r"^(?:the|its|his|her|their)\s+", "", rm.group(2)), type="person")

    # coordinated sources: "Cruz and Rooney", "the FSB and the Investigative Committee"
    # ... but not inside one name: "Department of Emergency Services and Public Protection",
    # "Road Transport and Bridges Minister Obaidul Quader" (two portfolios, one minister)
    inside = re.search(r"\b(?:of|for)\s+(?:the\s+)?[A-Z][^,]*?\sand\s+[A-Z]", written) or (
        re.search(r"\sand\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:" + "|".join(
            w.capitalize() for w in ("minister", "secretary", "commissioner", "director")) + r")\b", written)
        and not any(w in lexicons().roles for w in written.partition(" and ")[0].lower().split()))
    if " and " in written and "," not in written and not inside:
        left, _, right = written.partition(" and ")
        a = parse(text, start, start + len(left))
        b = parse(text, end - len(right), end)
        if a and b:
            kinds = {a.type, b.type}
            kind = kinds.pop() if len(kinds) == 1 and a.type != "person" else "group"
            return SourceMention(written, span, re.sub(r"^(?:the|The)\s+", "", written), type=kind)

    # appositions: "Tomasz Kubiak, a fire service spokesman" / "The Senate leader, Chuck Schumer"
    if "," in written:
        head, _, tail = written.partition(",")
        tail = tail.strip().strip(",").strip()
        if re.match(r"(?:which|who|whose|that|where)\b|(?:(?:both|all|each)(?:\s+of\s+them)?\s+)?(?:in|at|based\s+in"
                    r"|located\s+in|headquartered\s+in)\s", tail):
            # "The Revolutionary Guard, which includes the Quds Force": the head speaks
            # ("researchers from GT and USCB, both in the United States": a place, not a speaker)
            h = parse(text, start, start + len(head))
            return SourceMention(written, span, h.name, h.role, h.affiliation, h.type) if h else None
        if re.search(r"\s(?:in|at)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*$", head) and \
                re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}", tail):
            # "the health ministry in Munich, Germany": town, country (a person is "of P, Name")
            h = parse(text, start, start + len(head))
            return SourceMention(written, span, h.name, h.role, h.affiliation, h.type) if h else None
        a = parse(text, start, start + len(head))
        t0 = start + written.index(tail, len(head)) if tail else end
        b = parse(text, t0, t0 + len(tail)) if tail else None
        if a and b:
            def named(x: SourceMention) -> bool:
                return x.type in ("person", "anonymous") and x.role != x.name
            person, other = (b, a) if named(b) and not named(a) else (a, b)
            role = person.role or other.role
            aff = person.affiliation or other.affiliation
            if other.type in ("organisation", "government") and not aff:
                aff = other.name
            return SourceMention(written, span, person.name, role=role, affiliation=aff,
                                 type=person.type)
        if a:
            return SourceMention(written, span, a.name, a.role, a.affiliation, a.type)
        if b and b.type in ("organisation", "government", "outlet") and b.name[:1].isupper() and \
                len(head.split()) <= 6 and not any(_cap(w) for w in head.split()[1:]):
            # "One of these groups, the Syrian Democratic Forces": a description, then the name
            return SourceMention(written, span, b.name, b.role, b.affiliation, b.type)
        if b and b.type == "person" and b.name != b.role and len(head.split()) <= 14:
            # "The judge presiding over the case, Anna Roth": the name after the comma
            return SourceMention(written, span, b.name, b.role, b.affiliation, b.type)
        return None

    # an organisation's full name: "Directorate General of Civil Aviation", "Center for Food
    # Safety", "Transport for London" (capitalised words around of/for, an organisation word or
    # "for" before the preposition: people are "X of Y", never "X for Y")
    om = re.match(r"(?:[Tt]he\s+)?((?:[A-Z][\w.'’&-]*\s+)+?)(of|for)\s+(?:the\s+)?[A-Z][\w.'’&-]*"
                  r"(?:\s+(?:(?:of|for|and|the|on|in|&)\s+)*[A-Z][\w.'’&-]*)*$", written)
    roles_in = [w for w in om.group(1).split() if w.lower().strip(".") in lex.roles] if om else []
    if om and len(om.group(1).split()) <= 4 and (
            (om.group(2) == "for" and not roles_in)
            or (org_type(om.group(1)) and om.group(1).split()[0].lower() not in lex.roles)):
        name = re.sub(r"^(?:the|The)\s+", "", written)
        return SourceMention(written, span, name, type=org_type(om.group(1)) or "organisation")

    # relative clause or anonymity marker: "a senior official who spoke on condition of anonymity"
    core_end = len(words)
    for k, w in enumerate(low):
        if w in ("who", "which", "that") and k > 0 and not words[k][0].isupper():  # "the WHO"
            core_end = k
            break
        if k > 0 and k + 1 < len(low) and low[k + 1] == "by" and words[k][0].islower() and \
                re.fullmatch(r"[a-z]+(?:ed|en)", w) and low[k - 1] not in lex.roles \
                and w not in ("led", "headed", "chaired", "coordinated", "joined"):  # (a team led by X: X)
            core_end = k  # "the decree signed by the Pope": a participle after its noun, the noun heads
            break
    anonymous = bool(ANONYMITY.search(written))
    core = words[:core_end]
    core_low = low[:core_end]
    # "a spokesperson for the State Department", "Professor Carl Lipo of Binghamton University"
    aff_from_pp = None
    for k, w in enumerate(core_low):
        if w in ("for", "of", "at", "from", "with", "in") and k > 0 and k + 1 < len(core) and \
                (w != "in" or core[k - 1][0].isalpha()):  # ("the ministry in Lyon": a place after a noun)
            rest = [x for x in core[k + 1:] if x[0].lower() not in ("the",)]
            roles_at = [r for r, x in enumerate(rest) if x[0].lower() in lex.roles]
            if roles_at and roles_at[-1] + 1 < len(rest) and all(_cap(x[0]) for x in rest[roles_at[-1] + 1:]):
                break  # "House of Commons Speaker John Bercow": the phrase is the role, the name ends it
            named_before = _cap(core[k - 1][0]) and core_low[k - 1] not in lex.roles
            caps_rest = [x for x in rest if _cap(x[0])]
            if core_low[k - 1] in lex.roles and len(caps_rest) >= 3 and k + 1 + len(rest) == len(core) \
                    and all(_cap(x[0]) or x[0].lower() in NAME_GLUE for x in rest):
                # "Secretary of State Mike Pompeo", "Mayor of London Sadiq Khan"
                name = text[rest[-2][1]:rest[-1][2]]
                role_s = core[0][1] if core_low[0] not in DETERMINERS else core[1][1]
                of_part = [x for x in rest[:-2] if x[0].lower() not in NAME_GLUE]
                before = [x for x in core[:k] if _cap(x[0]) and x[0].lower() not in lex.roles
                          and x[0].lower() not in lex.portfolios and x[0].lower() not in DETERMINERS]
                if before:  # "US Secretary of State Mike Pompeo" -> US
                    aff = text[before[0][1]:before[-1][2]]
                elif all(x[0].lower() in lex.portfolios for x in of_part):
                    aff = None  # "Secretary of State": a portfolio, not an institution
                else:  # "Mayor of London Sadiq Khan" -> London
                    aff = text[rest[0][1]:rest[-3][2]]
                return SourceMention(written, span, name, text[role_s:rest[-3][2]], aff, "person")
            if rest and (named_before or all(_cap(x[0]) or x[0].lower() in NAME_GLUE for x in rest)):
                # "Professor Carl Lipo of Binghamton University", "Dr. Paul Okafor of the health ministry"
                aff_from_pp = text[rest[0][1]:core[-1][2]]
                core, core_low = core[:k], core_low[:k]
                break
    if not core:
        return None
    runs = _name_runs(core)
    role_idx = [k for k, w in enumerate(core_low) if w in lex.roles]
    head = core_low[-1]
    # "a second report from the coast guard", "two sources within the ministry": the noun before
    # the first preposition heads the phrase when it is a known source noun
    for k, w in enumerate(core_low[1:-1], start=1):
        if w in ("from", "of", "by", "at", "in", "within", "inside", "with", "close") and \
                (core_low[k - 1] in lex.evidence or core_low[k - 1] in lex.groups):
            if not (runs and runs[-1][1] == len(core) and core_low[k - 1] in lex.groups):
                head = core_low[k - 1]
            break

    # a personal name at the end, after role words: "Pentagon spokeswoman Sabrina Singh"
    if runs:
        i, j = runs[-1]
        if j == len(core):
            # within the run, role words written with capitals (President, Health Minister)
            k = i
            for r in range(i, j):
                if core_low[r] in lex.roles or core_low[r] + "." in lex.roles:
                    k = r + 1
            name_words = core[k:j]
            if not name_words:
                runs = []  # "The Senate Minority Leader": a role without a name
            elif len(name_words) == 1 and (core_low[k] in lex.groups or core_low[k] in lex.evidence
                                         or core_low[k] in lex.roles):
                runs = []  # "Officials", "Reports" at a sentence start are no names
        if runs and runs[-1][1] == len(core):
            name = _strip_possessive(text[name_words[0][1]:name_words[-1][2]])
            role_words = core[:k]
            while role_words and role_words[0][0].lower() in DETERMINERS:
                role_words = role_words[1:]
            role = text[role_words[0][1]:role_words[-1][2]] if role_words else None
            if role and not any(w[0].lower() in lex.roles for w in role_words):
                # "Florida Highway Patrol" before a name is no role; keep it as affiliation
                role_aff = role
                role = None
            else:
                role_aff = None
            kind = org_type(name)
            if any(w[0].lower() in _OUTLET_NOUNS for w in core[:k]) and not role:
                return SourceMention(written, span, name, type="outlet")  # "newspaper The Hindu"
            if is_outlet(name) and not role:
                return SourceMention(written, span, name, affiliation=None, type="outlet")
            if kind and not role:
                return SourceMention(written, span, name, affiliation=aff_from_pp, type=kind)
            aff = aff_from_pp or role_aff
            if role and not aff:
                caps = [w for w in role_words if _cap(w[0]) and w[0].lower() not in lex.roles
                        and w[0].lower() not in lex.portfolios]
                if caps:
                    aff = text[caps[0][1]:caps[-1][2]]
            if anonymous:
                return SourceMention(written, span, name, role, aff, "anonymous")
            if len(name_words) == 1 and name_words[0][0].isupper() and len(name) > 1:
                return SourceMention(written, span, name, role, aff, "organisation")
            return SourceMention(written, span, name, role, aff, "person")

    # no name at the end: evidence, groups, roles
    bare_words = core
    while bare_words and bare_words[0][0].lower() in ("the", "a", "an"):
        bare_words = bare_words[1:]
    bare = text[bare_words[0][1]:bare_words[-1][2]] if bare_words else written
    caps = [w for w in core if _cap(w[0]) and w[0].lower() not in lex.roles
            and w[0].lower() not in DETERMINERS and w[0].lower() not in lex.groups
            and w[0].lower() not in lex.evidence and w[0].lower() != "the"
            and w[0].lower() not in _NOT_AFFILIATION]
    aff = aff_from_pp or (text[caps[0][1]:caps[-1][2]] if caps else None)
    if head in lex.evidence:
        return SourceMention(written, span, bare, affiliation=aff, type=lex.evidence[head])
    if anonymous:
        return SourceMention(written, span, bare, role=bare if role_idx else None,
                             affiliation=aff, type="anonymous")
    if head in lex.groups:
        kind = lex.groups[head]
        if kind == "anonymous" and aff and head not in ("source", "sources", "insider", "insiders",
                                                         "person", "people"):
            kind = "group"  # "Pentagon officials" name their institution; "a German government
            # source" stays anonymous
        return SourceMention(written, span, bare, affiliation=aff, type=kind)
    if _EXPERTS.fullmatch(head) or agent_noun(head):  # geologists, forecasters: people of a trade (not listed)
        return SourceMention(written, span, bare, affiliation=aff, type="group")
    if head in lex.roles or head.rstrip("s") in lex.roles:
        return SourceMention(written, span, bare, role=bare, affiliation=aff, type="person")
    if head in ("government", "ministry", "administration", "kremlin", "police", "military",
                "army", "court", "company", "firm", "agency", "committee", "council", "party",
                "office", "department", "service", "embassy", "parliament", "commission"):
        return SourceMention(written, span, bare, affiliation=aff, type="government"
                             if head not in ("company", "firm", "party") else "organisation")
    if head in ("newspaper", "outlet", "broadcaster", "agency", "channel", "magazine", "media", "press",
                "website", "tabloid", "daily", "broadsheet", "television", "tv", "radio"):
        return SourceMention(written, span, bare, type="outlet")
    return None
