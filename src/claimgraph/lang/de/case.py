"""The case of a German noun phrase in the first field: can it be the nominative subject?

In a verb-second clause the phrase before the finite verb is the subject only when it is
nominative. `Der Zeitung sagte der Minister, …` fronts a dative: `der` before a feminine noun
(Zeitung, Agentur, Sprecherin) is dative or genitive, never nominative; `dem`, `den`, `des`,
`einem`, `einen`, `eines` never are either. Then the nominative subject follows the verb
(`der Minister`, `er`). Look-alikes keep their first field: `Der Sprecher der Polizei sagte`
(masculine head; the feminine noun is a genitive attribute after it), `Die Zeitung berichtete`
(`die` is nominative), `Der Minister sagte der Zeitung` (the dative stands after the verb).

Why by gender: German marks case on the article, and `der` is nominative only with a masculine
noun. The gender of the head noun comes from its ending (case.tsv: -ung, -heit, -schaft, -ion,
-erin …, and press nouns such as Agentur, Behörde, Polizei, Partei), so compounds
(Nachrichtenagentur, Landesregierung) need no list of their own.
"""

from __future__ import annotations

import re

from ..base import LanguagePack

#: an article that is never nominative (dative, accusative or genitive); "Den Haag" is a city
_OBLIQUE_ARTICLE = re.compile(r"""(?:[Dd]em|[Dd]en(?!\s+Haag)|[Dd]es|[Ee]inem|[Ee]inen|[Ee]ines|
                                    [Ss]einem|[Ss]einen|[Ii]hrem|[Ii]hren|[Dd]iesem|[Jj]enem)\s+
                                 (?:[a-zäöüß][\w-]*\s+){0,2}[„"«»‚]?[A-ZÄÖÜ]""", re.VERBOSE)
#: a capitalised word, perhaps in quotes ("„Bild“-Zeitung", "„Süddeutschen")
_WORD = r"[„\"«»‚]?[A-ZÄÖÜ][\w„“\"«»‚‘-]*"
#: `der`/`einer` (or a possessive in -er), adjectives, then the run of capitalised words that
#: heads the phrase ("Der Süddeutschen Zeitung", "Der Nachrichtenagentur AP"); "einer der
#: Demonstranten" is a pronoun with a genitive, no article
_DER_RUN = re.compile(r"""(?:[Dd]er|[Ee]iner(?!\s+(?:der|des|von)\s)|[Ss]einer|[Ii]hrer|[Dd]ieser)\s+
                          (?:[a-zäöüß][\w-]*\s+){0,2}
                          (?P<run>""" + _WORD + r"(?:\s+" + _WORD + r"){0,3})", re.VERBOSE)


def _genders(pack: LanguagePack) -> tuple[dict[str, str], dict[str, str]]:
    """(endings, whole words) -> gender, from case.tsv (cached on the pack)."""
    done = pack.hooks.get("_de_case")
    if done is None:
        ends: dict[str, str] = {}
        words: dict[str, str] = {}
        for row in pack.lexicon("case"):
            (words if row["match"] == "word" else ends)[row["ending"].lower()] = row["gender"]
        done = pack.hooks["_de_case"] = (ends, words)
    return done


def gender(pack: LanguagePack, noun: str) -> str | None:
    """`f`, `n` or `m` for a German noun by its longest listed ending (or as a whole word),
    None when no row fits."""
    ends, words = _genders(pack)
    w = noun.lower().strip(".,;:!?«»„“‚‘\"'()")
    if w in words:
        return words[w]
    for i in range(len(w) - 1):  # longest ending first; a bare ending is no noun ("Ei")
        g = ends.get(w[i:])
        if g is not None and (i >= 2 or i == 0 and len(w) >= 3):
            return g
    return None


def not_nominative(pack: LanguagePack, np_text: str) -> bool:
    """Is the phrase `np_text` (from its start) certainly not nominative: a dative, accusative
    or genitive article, or `der`/`einer` before a feminine or neuter head noun?"""
    text = np_text.strip()
    if _OBLIQUE_ARTICLE.match(text):
        return True
    dm = _DER_RUN.match(text)
    if dm is None:
        return False
    run = dm.group("run").split()
    # the head noun is the first word of the run, or its last ("Der Süddeutschen Zeitung");
    # a name after a role ("Der Minister Putin") is never checked alone
    heads = [run[0]] if len(run) == 1 else [run[0], run[-1]]
    if len(run) > 1 and gender(pack, run[0]) == "m":
        return False
    return any(gender(pack, h) in ("f", "n") for h in heads)
