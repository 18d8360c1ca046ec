"""The actor of a German narrator sentence: who goes on speaking in the Konjunktiv I after it.

A sentence without a verb of saying can still name the person whose reported speech follows:
"Der Innenminister X definierte das Ziel. Es gehe nicht darum, …". The actor is the subject of
the sentence's finite verb — the first field ("Der Vizekanzler X (SPD), hat … verkündet") or,
when the first field is an adverbial ("Mit Kritik an … hält sich Gall zurück"), the nominative
noun phrase right after the verb. Only a person with a role, or a surname the text introduced
earlier with a first name, qualifies; a thing or a crowd leaves the last speaker in place.
A person named with a known first name ("Jeb Bush hat sich für Romney ausgesprochen. Es sei …")
or an organisation or authority ("Langfristig strebt das Unternehmen die Loslösung an. Eine der
Optionen sei …") acts too; an organisation only when no speaker was named in the units before
(a narrator line about a company inside someone's quoted run keeps that speaker).
"""

from __future__ import annotations

import re

from ...model import SourceMention
from ...source_words import lexicon as source_lexicon
from ..common import Unit
from .clauses import Ctx, _POST_SUBJ, _agrees, _reach
from .fields import adverbial
from .mentions import NP, parse
from .owner import introduced

#: the strong past singular has no ending ("erhob", "gab", "hielt", "wies … zurück"); with a
#: prefix or particle stem: "erhob", "vorschlug" does not occur in a main clause, "erhob" does
_STRONG = r"(?:gab|kam|sprach|hielt|rief|wies|hob|ging|stand|fand|nahm|trat|bat|warf|schrieb|blieb|zog|ließ|sah|lag|bot|traf|schlug|stieß|wandte|nannte|brachte|dachte)"

#: "Der Innenminister X definierte das Ziel.", "Der Vizekanzler X (SPD), hat … verkündet": the
#: first field (with a party or age in brackets and a stray comma after it), then a finite verb
_ACTOR = re.compile(rf"""\s*(?:{NP}\s+und\s+(?=[A-ZÄÖÜ]))?    # "Der Vizekanzler und Minister X"
                         (?P<np>{NP})(?:\s*\([^()]{{1,40}}\))?\s*,?
                         \s+(?P<v>[a-zäöüß]{{3,}}(?:t|te|ten|en)|hat|ist|war
                              |[a-zäöüß]*{_STRONG})(?=[\s,.])""",
                    re.VERBOSE)

#: a lowercase word that may be the finite verb after an adverbial first field
_FINITE = re.compile(rf"(?<=\s)(?P<v>[a-zäöüß]{{3,}}(?:t|te|ten|en)|hat|ist|war|{_STRONG})(?=\s)")

#: words that look like a finite verb by their ending but are not one
_NOT_VERB = frozenset("""der die das den dem des ein eine einen einem einer eines mit nach
    seit bis unter hinter zwischen gegen durch ohne wegen trotz statt und oder aber denn
    nicht recht weit zuletzt erst meist mindestens möglichen öffentlichen""".split())


def actor(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """The person who acts in the indicative unit `m` (masked text), or None."""
    if ctx.lx.mood(m) is not None:
        return None
    am = _ACTOR.match(m)
    if am is not None:
        src = parse(am.group("np"), unit.span.start + am.start("np"), ctx.pack)
        if src is not None and src.type == "person" and (src.role or _full_name(src.text)):
            return src
        if src is not None and _institution(ctx, unit, src, am.group("v")):
            return src
    return _after_adverbial(ctx, unit, m)


#: the types of a subject that acts as a body: it speaks through statements
_BODIES = ("organisation", "government")


def _institution(ctx: Ctx, unit: Unit, src: SourceMention, verb: str) -> bool:
    """Is `src` a definite organisation or authority ("das Unternehmen", "die Polizei") acting
    in the active voice, with no speaker named in the last two units? A bare plural ("sollen
    auch Unternehmen …") is generic; "Der Stadt Berlin wurden Grundstücke enteignet" is a
    dative before a passive; "das Unternehmen Umsatzerlöse" runs into the object."""
    if src.type not in _BODIES or verb in _WERDEN or _reach(ctx.state, unit, 2) is not None:
        return False
    words = src.text.split()
    if len(words) < 2 or words[0].lower() not in ("der", "die", "das"):
        return False
    if len(words) == 2:
        return True
    tail = parse(words[-1], 0, ctx.pack)
    return tail is not None and tail.type in _BODIES


#: the auxiliary of a passive: its subject undergoes the act
_WERDEN = frozenset("wird wurde wurden werden".split())


#: ", der frühere Gouverneur Floridas": an apposition that gives a name its role
_APP_ROLE = re.compile(r"\s*,\s*(?:der|die|ein|eine)\s+(?:[a-zäöüß][\w-]*\s+){0,2}"
                       r"(?P<role>[A-ZÄÖÜ][\w-]*)")


def _role_after(ctx: Ctx, m: str, at: int) -> bool:
    """Does a role in apposition follow the name ending at `at`?"""
    am = _APP_ROLE.match(m, at)
    if am is None:
        return False
    role = parse(am.group("role"), 0, ctx.pack)
    return role is not None and bool(role.role)


def _full_name(text: str) -> bool:
    """`Jeb Bush`, `Anna Maria Berg`: a known first name, then capitalised names (no article:
    "Der Sturm" or "Hurrikan Katrina" are no persons)."""
    words = text.split()
    if not 2 <= len(words) <= 4 or not all(re.fullmatch(r"[A-ZÄÖÜ][\w'’.-]*", w) for w in words):
        return False
    return source_lexicon().first_name(words[0]) is not None


def _after_adverbial(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """`Mit Kritik an … hält sich Gall zurück.`: an adverbial first field, the finite verb, the
    subject (a name or a person with a role) right after it."""
    for fv in _FINITE.finditer(m, 0, min(len(m), 160)):
        if fv.group("v") in _NOT_VERB:
            continue
        field = m[:fv.start()]
        if "," in field or not adverbial(ctx.pack, field):
            continue
        if _cites(ctx, field):
            return None  # "Nach den Ermittlungen des Richters war X …": X is talked about
        refl = re.match(r"\s+sich(?![\w-])", m[fv.end():])
        sm = _POST_SUBJ.match(m, fv.end() + (refl.end() if refl else 0))
        if sm is None or not _agrees(fv.group("v"), sm.group("np")):
            return None
        src = parse(sm.group("np"), unit.span.start + sm.start("np"), ctx.pack)
        np_text = sm.group("np")
        if src is not None and _institution(ctx, unit, src, fv.group("v")):
            return src  # "Langfristig strebt das Unternehmen die Loslösung an."
        if src is None or src.type != "person":
            return None
        if _full_name(np_text) or _role_after(ctx, m, sm.end()):
            return src  # "Inzwischen hat sich Jeb Bush, der frühere Gouverneur …, für …"
        if src.role and not re.search(r"\s(?:beim|bei|im|am|in)\s", np_text):
            return src  # "Ministerin Eva Brandt"; not "die Schauspielerin Klage beim Landgericht"
        last = np_text.split()[-1]
        return src if re.fullmatch(rf"(?:[A-ZÄÖÜ][\w-]+\s+)?{re.escape(last)}", np_text) and \
            _known_surname(ctx, last, unit) else None
    return None


def _cites(ctx: Ctx, field: str) -> bool:
    """Does the first field name where the sentence comes from ("Laut …", "Nach Angaben …",
    "Nach den Ermittlungen …", "In dem Bericht …")? Then its subject is the topic, not a speaker."""
    words = [w.lower().strip(".,") for w in field.split()]
    nouns = _according_nouns(ctx)
    return bool(words) and (words[0] in ("laut", "gemäß", "gemäss", "zufolge")
                            or any(w in ctx.lx.documents or w in nouns for w in words))


def _according_nouns(ctx: Ctx) -> frozenset[str]:
    """The nouns of according.tsv's "nach NOUN X" frames (Angaben, Informationen, …) plus the
    inquiry nouns of an investigation."""
    cached = ctx.pack.hooks.get("_de_according_nouns")
    if cached is None:
        cached = frozenset(r["phrase"].split()[1].lower() for r in ctx.pack.lexicon("according")
                           if re.fullmatch(r"nach \w+ X", r["phrase"])) | _INQUIRY
        ctx.pack.hooks["_de_according_nouns"] = cached
    return cached


#: an investigation's findings are cited like a document
_INQUIRY = frozenset("ermittlungen untersuchungen recherchen erkenntnissen".split())


def _known_surname(ctx: Ctx, word: str, unit: Unit) -> bool:
    """`Gall` after "Reinhold Gall" earlier in the text: a bare surname already introduced
    with a first name is a person."""
    if not re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß'’-]+", word):
        return False
    return introduced(ctx.doc, word, unit.span.start)
