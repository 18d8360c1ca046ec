"""Person names in running text, found without a NER model.

A run of capitalised words is a name when it holds a known first name followed by more
capitalised words, or when a role word or title stands right before it; a role set off by a
comma (apposition) is read too. The resolver uses the hits as antecedents and to learn roles.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .german_names import nominative
from .registry import Registry
from .source_words import (DEPUTY, DETERMINERS, NAME_PARTICLES, Word, _is_place, _role_head,
                           _split_compound, lexicon, singular_role)

@dataclass
class PersonHit:
    """A person name found in running text, with the role cue before it when there is one."""

    start: int
    end: int
    name: str
    role: str | None = None
    role_head: str | None = None
    affiliation: str | None = None
    gender: str = ""
    #: position of the hit's first token in its sentence (0 = sentence start: likely subject)
    order: int = 0


_RUN_TOKEN = re.compile(
    r"""(?:Dr|Prof|Mr|Mrs|Ms)\.            # titles keep their dot
      | (?:[^\W\d_]\.){1,4}(?![^\W\d_])   # initials: J.B.
      | [^\W\d_][\w'’]*(?:-[\w'’]+)*      # words and compounds: Cranny-Evans, Pentagon-Sprecherin
    """, re.VERBOSE)
#: particles that are German or Romance articles: inside a name only (von der Leyen, de la Cruz)
_ARTICLE_PARTICLES = frozenset("der den das des dem die la le".split())
_POSSESSIVE = re.compile(r"['’]s?$")
_NOT_NAME = ("role", "group", "info", "org", "anonymous", "pronoun")


def _particles_before_name(toks: list[tuple[int, int, str]], cap: list[bool], k: int) -> bool:
    """Whether toks[k] starts particles that lead to a capitalised name word: "von der Leyen",
    "de la Cruz"; an article comes only after a particle ("Papandreou der Opposition" is none)."""
    j = k
    while j < len(toks) and toks[j][2] in NAME_PARTICLES and j - k < 3:
        before = toks[j - 1][2] if j else ""
        if toks[j][2] in _ARTICLE_PARTICLES and (
                before not in NAME_PARTICLES or before in _ARTICLE_PARTICLES):
            return False
        j += 1
    return j > k and j < len(toks) and cap[j]


def find_persons(text: str, start: int, end: int, lang: str, registry: Registry) -> list[PersonHit]:
    """Person names in `text[start:end]` (one sentence).

    A run of capitalised words is a name when it holds a first name followed by more capitalised
    words (Mark Rutte, James J.B. Park), or when a role word or title comes right before it
    (Präsident Selenskyj, Pentagon-Sprecherin Singh, spokeswoman Singh, Dr. Meier).
    """
    lex = lexicon()
    toks = [(m.start(), m.end(), m.group()) for m in _RUN_TOKEN.finditer(text, start, end)]
    # no token starts with a digit, so `_is_cap` is "starts upper-case": flags computed once
    cap = [t[2][0].isupper() for t in toks]
    hits: list[PersonHit] = []
    i = 0
    n_toks = len(toks)
    for at in [c for c, up in enumerate(cap) if up]:
        if at < i:
            continue  # inside the run before
        i = at
        run = [i]
        k = i + 1
        while k < n_toks and not text[toks[k - 1][1]:toks[k][0]].strip() and (
                cap[k] or _particles_before_name(toks, cap, k)):
            run.append(k)
            k += 1
        if k == i + 1 and lang != "en":
            i = k
            continue  # one capitalised word (a German noun) is never a name on its own
        words = [toks[r][2] for r in run]
        person: list[int] = []
        cue = None
        first = next((n for n, w in enumerate(words[:-1]) if lex.first_name(w)), None)
        if first is not None:
            person = run[first:]
            cue = lex.match(words[first - 1], lang, ("role", "title")) if first else None
            if first == 0 and lang == "en" and i > 0 and toks[i - 1][2].islower() \
                    and not text[toks[i - 1][1]:toks[i][0]].strip():
                # "Regional governor Boris Dubrovsky": English lower-cases a role before a name
                cue = lex.match(toks[i - 1][2], lang, ("role",))
        else:
            # a cue must come before the last word: a run of one word (most often a German
            # noun) needs no lexicon match at all, the costliest step here
            cues = [lex.match(w, lang, ("role", "title")) for w in words] if len(words) > 1 \
                else [None]
            r = max((n for n, c in enumerate(cues) if c), default=None)
            if r is not None and r < len(words) - 1:
                person, cue = run[r + 1:], cues[r]
            elif lang == "en" and i > 0 and not text[toks[i - 1][1]:toks[i][0]].strip():
                cue = lex.match(toks[i - 1][2], lang, ("role",))
                person = run if cue else []
            if not person and _named_by_apposition(text, toks, run, lang):
                person = run  # "Gáspár Maróth, the government commissioner": a name the
                # first-name list does not know, made a person by the role apposed to it
        if person and toks[person[0]][2] in _ARTICLE_PARTICLES:
            person = []  # "Aktivisten der PKK": an article starts an affiliation, never a name
        names = [toks[p][2] for p in person]
        for cut in range(2, len(names)):
            if names[cut] in NAME_PARTICLES and lex.first_name(names[0]) and \
                    names[cut - 1] not in NAME_PARTICLES and not lex.first_name(names[cut - 1]):
                # a full name is complete: "Renate Künast von den Grünen"
                person, names = person[:cut], names[:cut]
                break
        if cue and cue[0].kind == "title" and first is None and len(names) > 3:
            names = []
        if names and names[0] in NAME_PARTICLES and (_is_place(" ".join(names[1:])) or (
                names[0] == "von" and len(names) == 2)):
            names = []  # "Ministerpräsident von Niedersachsen", "Bürgermeister von Orleans":
            # where, not who (von der Leyen keeps its "der"; de Maizière is no "von")
        # a registry word after a known first name is a surname: "Michael Bloomberg"
        surname_ok = len(names) > 1 and bool(lex.first_name(names[0]))
        if names and len(names) <= 5 and not registry.lookup(" ".join(names)) and not any(
                lex.match(n, lang, _NOT_NAME) or (registry.lookup(n) and not (
                    surname_ok and k == len(names) - 1)) for k, n in enumerate(names)):
            gender = cue[1] if cue and cue[1] in ("m", "f") else ""
            g = lex.first_name(names[0])
            gender = gender or (g if g in ("m", "f") else "")
            role_tok = toks[person[0] - 1][2] if cue and cue[0].kind == "role" else None
            deputy = toks[person[0] - 2] if role_tok and person[0] > 1 else None
            if deputy and deputy[2].lower() in DEPUTY \
                    and not text[deputy[1]:toks[person[0] - 1][0]].strip():
                role_tok = f"{deputy[2]} {role_tok}"  # "Deputy Governor Oleg Klimov"
            if role_tok is None and (cue is None or cue[0].kind != "title"):
                # apposition: "der Ministerpräsident des Landes, Christian Wulff",
                # "Tomasz Kubiak, a fire service spokesman"
                cue, role_tok = _apposition(text, toks, person[0], person[-1], lang) or (cue, None)
                gender = gender or (cue[1] if cue and cue[1] in ("m", "f") else "")
                apposed = role_tok is not None
            else:
                apposed = False
            role_tok = singular_role(role_tok, cue[0]) if role_tok and cue else role_tok
            prefix = _split_compound(role_tok, registry)[0] if role_tok else None
            if apposed and prefix is None and lang == "de":
                # "Frank-Jürgen Weise, Chef der Bundesagentur für Arbeit": whose chief
                prefix = _apposed_owner(text, toks[person[-1]][1], end)
            end = toks[person[-1]][1]
            poss = _POSSESSIVE.search(names[-1])
            if poss and len(names[-1]) > len(poss.group()):  # "Ann Carr's offer": the name is Ann Carr
                names[-1] = names[-1][:poss.start()]
                end -= len(poss.group())
            hits.append(PersonHit(toks[person[0]][0], end, " ".join(names),
                                  role_tok, _role_head(cue) if role_tok else None, prefix,
                                  gender, i))
        i = k
    return hits


#: words allowed between an apposed role and the name: articles, genitives, places, adjectives
_APPOSITION_GAP = 5


def _apposition(text: str, toks: list[tuple[int, int, str]], first: int, last: int, lang: str
                ) -> tuple[tuple[Word, str], str] | None:
    """A role set off by a comma right before or right after a name in one sentence."""
    lex = lexicon()
    # before: "<det> [..] ROLE [des Landes Niedersachsen], NAME"
    if first > 0 and text[toks[first - 1][1]:toks[first][0]].strip() == ",":
        for j in range(first - 1, max(-1, first - 2 - _APPOSITION_GAP), -1):
            if j < first - 1 and "," in text[toks[j][1]:toks[j + 1][0]]:
                break
            m = lex.match(toks[j][2], lang, ("role",))
            if m and j > 0 and toks[j - 1][2].lower() in DETERMINERS:
                return m, toks[j][2]
    # after: "NAME, [a|der] [..] ROLE"
    if last + 1 < len(toks) and text[toks[last][1]:toks[last + 1][0]].strip() == ",":
        for j in range(last + 1, min(len(toks), last + 2 + _APPOSITION_GAP)):
            if j > last + 1 and text[toks[j - 1][1]:toks[j][0]].strip():
                break  # punctuation ends the apposition
            m = lex.match(toks[j][2], lang, ("role",))
            if m:
                return m, toks[j][2]
            if toks[j][2][:1].isupper() and lex.first_name(toks[j][2]):
                break  # another name: a list, not an apposition
    return None


#: "<NAME>, [adjectives] ROLE der|des|vom NAME WORDS": the institution a role is apposed with
_APPOSED_OWNER = re.compile(r"""
    \s*,\s*(?:[a-zäöüß][\w-]*\s+){0,2}[A-ZÄÖÜ][\w-]*          # ", [stellvertretender] Chef"
    \s+(?:der|des|vom|von\s+der)\s+                            # the genitive or von
    (?P<owner>[A-ZÄÖÜ][\w-]*(?:\s+(?:für|der|des|[A-ZÄÖÜ][\w-]*)){0,4})  # Bundesagentur für Arbeit
""", re.VERBOSE)


def _apposed_owner(text: str, name_end: int, sentence_end: int) -> str | None:
    """The institution after a role apposed to a name, in the nominative, else None."""
    m = _APPOSED_OWNER.match(text, name_end, sentence_end)
    if m is None:
        return None
    words = m.group("owner").split()
    while words and words[-1] in ("für", "der", "des"):
        words.pop()
    return nominative(" ".join(words)) if words else None


#: words that open a sentence capitalised but start no name ("Meanwhile Smith, the ...")
_OPENERS = frozenset("""Meanwhile However Also Then Later Earlier Today Yesterday Now Still Instead
    Separately Previously Afterwards Additionally Inzwischen Dabei Damit Dann Später Heute Gestern
    Zudem Außerdem Auch Doch""".split())


def _named_by_apposition(text: str, toks: list[tuple[int, int, str]], run: list[int],
                         lang: str) -> bool:
    """Two or three capitalised words set off by a comma and a determiner plus a role:
    "Gáspár Maróth, the Hungarian Government commissioner" (a first name the list lacks)."""
    last = run[-1]
    if lang != "en":
        return False  # German capitalises every noun: "Berliner Polizei, ein Sprecher"
    if not 2 <= len(run) <= 3 or last + 2 >= len(toks) or toks[run[0]][2] in _OPENERS:
        return False
    if text[toks[last][1]:toks[last + 1][0]].strip() != "," \
            or toks[last + 1][2].lower() not in DETERMINERS - {"this", "that", "its", "his", "her",
                                                               "their", "sein", "ihr"}:
        return False
    words = [toks[r][2] for r in run]
    if not all(any(c.islower() for c in w) for w in words):
        return False  # "NATO, the alliance": acronyms are institutions
    lex = lexicon()
    if any(w.lower() in DETERMINERS or lex.match(w, lang, ()) for w in words):
        return False  # "Die Polizei, ein Sprecher": a noun phrase, not a name
    return _apposition(text, toks, run[0], last, lang) is not None


# "Stamenković et al", "de Vera et al": a research team named after its first author
_ET_AL_RUN = re.compile(r"(?<![\w-])((?:(?:de|van|von|da|di)\s+)?[A-ZÄÖÜ][\w'’-]+)\s+et\s+al\b\.?")
# a name in a coordination: up to five capitalised words, small name words between them; a word
# is at most 40 characters, so a run such as "A.B.A.B…" (dots inside words are allowed: "St.")
# cannot make every start position scan the rest of the line
_CONJ_NAME = (r"[A-ZÄÖÜ][\w'’.&-]{0,40}"
              r"(?:\s+(?:of\s+|de\s+|van\s+|von\s+)?[A-ZÄÖÜ][\w'’.&-]{0,40}){0,4}")
# two or more names joined by and/und: "Tesco and Salling Group", "Anna Berg, Jonas Wirt und Eva
# Lind"; what each part names is judged by the resolver (a known entity or not)
_COORDINATION = re.compile(
    rf"(?<![\w-])({_CONJ_NAME})((?:\s*,\s*{_CONJ_NAME})*)\s*,?\s+(?:and|und)\s+({_CONJ_NAME})")
_PART = re.compile(_CONJ_NAME)


@dataclass
class GroupHit:
    """A collective named in running text: a team after its first author, or coordinated names."""

    start: int
    end: int
    name: str
    #: the coordinated names, each (start, end, written); empty for "X et al"
    parts: list[tuple[int, int, str]]


def find_groups(text: str, start: int, end: int) -> list[GroupHit]:
    """Collectives in `text[start:end]` that "they" / plural "sie" may refer to."""
    hits = [GroupHit(m.start(), m.end(), f"{m.group(1)} et al", [])
            for m in _ET_AL_RUN.finditer(text, start, end)]
    for m in _COORDINATION.finditer(text, start, end):
        parts = [(p.start(), p.end(), p.group()) for p in _PART.finditer(text, m.start(), m.end())]
        if len(parts) >= 2:
            hits.append(GroupHit(m.start(), m.end(), text[m.start():m.end()], parts))
    return hits
