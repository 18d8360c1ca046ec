"""The German lexicons compiled once per pack: cue forms, frame regexes, mood forms, blockers.

Verb forms are generated from the lemma for weak verbs (sagen -> sagt, sagte, sagten,
gesagt, sage) and listed in cues.tsv for strong ones, so adding a verb is one TSV line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ...scanning import prefix_tree
from ..base import LanguagePack
from ..common import alternation
from .mentions import NP

_INSEPARABLE = ("be", "er", "ver", "ent", "zer", "ge", "emp", "miss", "über", "unter", "wider",
                "hinter")
_PARTICLES = {"ab", "zu", "an", "auf", "aus", "ein", "vor", "nach", "zurück", "fest", "weg",
              "hin", "her", "los", "mit", "bei", "durch", "um"}
_FUNCTION_E = {"ohne", "gerne", "alle", "diese", "jede", "keine", "eine", "seine", "ihre",
               "meine", "deine", "unsere", "viele", "einige", "manche", "solche", "welche",
               "beide", "andere", "lange", "gerade", "bitte", "danke", "heute", "nahe", "leise",
               "gleiche", "ganze", "erste", "letzte", "weitere", "große", "kleine", "neue",
               "alte", "gute", "beste", "meiste", "genauso", "ebenso", "derselbe", "dieselbe",
               "selbe", "zwölfe", "ende", "stelle", "gerne", "mitte", "weise", "gegebene"}
#: postpositions and adverbs ending in -e that follow a noun ("Dem Bericht zufolge")
_POSTPOSITION_E = {"zufolge", "zuliebe", "alleine", "hierzulande", "gemäße", "halbe", "selbe",
                   "sowie", "beinahe", "ebenfalls", "ohne", "gleichwohl", "indessen"}
_AUX = r"(?:hat|hatte|habe|haben|hatten|wird|wurde|werden|wurden|ist|war|worden)"
#: the finite forms of werden (a passive or future auxiliary: such a clause names no giver)
WERDEN = r"(?:wird|wurde|werden|wurden)"
FINITE_WERDEN = re.compile(rf"(?<![\w-]){WERDEN}(?![\w-])")


def weak_forms(lemma: str) -> list[str]:
    """Finite forms, participle and Konjunktiv I of a weak verb (sagen, rechnen, fordern)."""
    if lemma.endswith(("eln", "ern")):
        stem, e = lemma[:-1], ""
    else:
        stem = lemma[:-2]
        e = "e" if re.search(r"(?:[td]|[^aeiouäöülrh][mn]|chn|ffn|gn|dm|tm)$", stem) else ""
    t = stem + e + "t"
    forms = [t, stem + e + "te", stem + e + "ten", lemma, stem + "e"]
    if lemma.endswith("ieren") or lemma.startswith(_INSEPARABLE):
        forms.append(t)
    else:
        forms.append("ge" + t)
    return forms


#: a subordinate or relative clause between commas inside a frame ("warf X, nachdem …, vor")
_INSERTED = re.compile(r""",\s*(?:nachdem|als|weil|da|obwohl|wenn|während|bevor|seit|seitdem|
                                 der|die|das|dem|den|deren|dessen|denen|wie)\s[^,.;:!?]{1,160},""",
                       re.VERBOSE)


#: a name in apposition between commas ("der Minister des Landes, Jan Weber (CDU), zu …")
_APPOSED_NAME = re.compile(r""",\s*(?:[A-ZÄÖÜ][\w'’.-]*\s+){1,3}[A-ZÄÖÜ][\w'’-]*\w
                               (?:\s*\([^()]{1,40}\))?\s*,""", re.VERBOSE)


#: the speaker head right after a postposed verb ("teilte [auch] Burt Rutan")
_SPEAKER_AT = re.compile(rf"\s+(?:(?:auch|zudem|dazu|weiter|nun|jetzt|dann)\s+)?(?P<np>{NP})")


#: between a speaker's closing comma and the particle only an adverbial may stand ("am
#: Montag", "gegenüber der Presse"); "…, Anna Roth, die Schule bleibe zu" is a clause
_ADVERBIAL_REST = re.compile(r"""\s*(?:(?:am|im|in|bei|beim|auf|gegenüber|vor|nach|seit|zum|zur|
                                      heute|gestern|bereits|schon|nun|jetzt|dann|auch|zudem|dazu|
                                      ebenfalls|außerdem|erneut|später)
                                   (?:\s+[^\s,]+){0,3})?\s*""", re.VERBOSE)


def blank_apposition(rest: str) -> str:
    """`rest` with a name in apposition after a noun blanked (same length):
    " der Minister, Jan Weber, zu der Frage Stellung"."""
    am = _APPOSED_NAME.search(rest)
    if am is not None and re.search(r"[A-ZÄÖÜ][\w-]*\w$", rest[:am.start()]):
        rest = rest[:am.start()] + " " * len(am.group()) + rest[am.end():]
    return rest


def blank_inserted(rest: str) -> str:
    """`rest` with subordinate clauses inserted between commas blanked (same length), when
    words of the frame stand before them: " dem Minister, nachdem …, vor, er habe …"."""
    im = _INSERTED.search(rest)
    if im is None or not rest[:im.start()].strip():
        return rest
    return rest[:im.start()] + " " * len(im.group()) + rest[im.end():]


#: the lead of a fixed noun standing right before its verb ("zum Ausdruck gebracht")
_NOUN_LEAD = r"(?:(?:[Zz]u|[Zz]um|[Zz]ur|[Ii]ns|[Ii]m|[Ii]n|[Aa]uf|[Vv]or|[Vv]on)\s+)?(?:(?:dem|der|die|den|das)\s+)?"


def _noun_before(noun: str, text: str, at: int) -> str:
    """The fixed noun of a cue (with its preposition) right before the verb form at `at`:
    a perfect participle (`hat zum Ausdruck gebracht`) or a fronted noun (`Zur Bedingung
    machte X`); "" when the noun is not there or is lower case (a particle)."""
    if not noun[:1].isupper():
        return ""
    nm = re.search(rf"(?<![\w-]){_NOUN_LEAD}{re.escape(noun)}\s+$", text[max(0, at - 40):at])
    if nm is None:
        return ""
    return nm.group().rstrip()


def frame_clause(text: str, after: int) -> str:
    """The rest of a frame's clause after offset `after`: up to the first punctuation, past
    a subordinate clause inserted between commas."""
    rest = blank_inserted(text[after:after + 400])
    stop = re.search(r"[,.;:!?]", rest)
    return rest[:stop.start()] if stop else rest


#: an article or a case-governing preposition right before a verb form that is followed by a
#: noun: the form is an attributive adjective or participle ("die erwarteten Folgen")
#: (not a clause-initial "das": "… – das beschreiben Forscher der Universität" is the pronoun)
_ATTRIBUTIVE = re.compile(r"""(?:(?<![\w-])(?:der|die|den|dem|des|ein|eine|einer|einen|eines|
                                             einem|wegen|nach|trotz|seit|bei|mit|von|zur|zum)
                               |(?<![\s,.;:!?–—-])\s+das)\s+$""",
                          re.VERBOSE | re.IGNORECASE)


@dataclass
class Compiled:
    """Everything the German rules look up, compiled from the TSV files once."""

    cue: re.Pattern[str]
    rows: dict[str, list[tuple[dict[str, str], bool]]]
    post_quote: re.Pattern[str]
    trailer: re.Pattern[str]
    wie: re.Pattern[str]
    k1: re.Pattern[str]
    k2: re.Pattern[str]
    k_block: re.Pattern[str]
    laut_blockers: frozenset[str]
    cue_blockers: frozenset[str]
    documents: frozenset[str]
    sub_forms: frozenset[str] = field(default_factory=frozenset)
    #: the Konjunktiv forms listed in konjunktiv.tsv (k1 and k2)
    k_forms: frozenset[str] = field(default_factory=frozenset)
    #: subjunctives that report only inside a running chain of reported speech (k2chain)
    k2_chain: re.Pattern[str] = re.compile(r"(?!)")
    #: the pack the lexicons came from (the apposition reader parses speaker phrases with it)
    pack: LanguagePack | None = None

    def row_for(self, form: str, text: str, after: int) -> dict[str, str] | None:
        """The lexicon row of a cue form, checking a separable particle in the same clause."""
        options = self.rows.get(form)
        if not options:
            return None
        if _ATTRIBUTIVE.search(text[max(0, after - len(form) - 12):after - len(form)]) and \
                re.match(r"\s+[A-ZÄÖÜ][\w-]*(?!\s*,)(?=\s|$)", text[after:after + 60]):
            return None  # "die bekannte Feministin", "wegen wiederholten Fouls": an adjective
        clause = frame_clause(text, after)
        found = re.findall(r"[\w-]+", clause)
        # a noun particle may stand after a name in apposition ("nahm X, Jan Weber, Stellung")
        appositive = re.findall(r"[\w-]+", frame_clause(blank_apposition(text[after:after + 400]), 0))
        words = set(found) | set(appositive)
        last = found[-1] if found else ""
        # "teilte der Direktor, Bagus Puruhito, mit.": the particle right after a name in
        # apposition, closing the sentence
        tail = re.match(r"[^.!?;:]*", text[after:after + 400]).group()
        pm = re.search(r",\s*(?P<p>[a-zäöüß]+)\s*$", tail)
        last_app = pm.group("p") if pm is not None and _APPOSED_NAME.search(tail) else ""
        if not last_app:
            last_app = self._after_speaker(tail)
        plain = None
        for row, sub in options:
            if sub:
                return row
            if "refl" in row["frame"].split(",") and not row["particle"] and "sich" not in words:
                continue  # "gab sich überzeugt, dass" frames; "Es gab Hinweise, dass" does not
            if "norefl" in row["frame"].split(",") and ("sich" in words or re.search(
                    r"(?<![\w-])sich\s[^,.;:!?]*$", text[max(0, after - 80):after])):
                continue  # "befand, dass" judges; "befindet sich darauf" is a place
            if row["particle"]:
                # a lower-case particle closes the clause ("teilte … mit,"); "sagte zu den
                # Vorwürfen, …" has a preposition "zu", not the particle
                if (row["particle"] in (last, last_app) if row["particle"][:1].islower()
                        else row["particle"] in words):
                    return row
                noun = _noun_before(row["particle"], text, after - len(form))
                if noun:  # "hat zum Ausdruck gebracht", "Zur Bedingung machte X, dass …"
                    return dict(row, particle="", split=noun)
            elif plain is None:
                plain = row
        return plain

    def _after_speaker(self, tail: str) -> str:
        """`teilte Burt Rutan, Chef der Firma X, mit.`, `…, Burt Rutan, 54, am Montag ein.`,
        `…, Burt Rutan, der die Firma leitet, mit.`: the particle closing the clause after a
        speaker whose appositions (apposition.tail) end in a comma; only a few words without a
        comma stand between; "" when the comma closes something else."""
        from types import SimpleNamespace

        from .apposition import is_name, tail as appos_tail  # (apposition imports clauses)
        pm = re.search(r"(?<![\w-])(?P<p>[a-zäöüß]+)\s*$", tail)
        hm = _SPEAKER_AT.match(tail)
        if pm is None or hm is None or self.pack is None or "," not in tail[hm.end():]:
            return ""
        t = appos_tail(SimpleNamespace(pack=self.pack), tail, hm.end(),  # type: ignore[arg-type]
                       head_is_name=is_name(hm.group("np")))
        rest = tail[t.after:pm.start()] if t.after > 0 else ","
        return pm.group("p") if _ADVERBIAL_REST.fullmatch(rest) else ""

    def cue_ends(self, pre: str) -> bool:
        """Does `pre` end with a reporting verb (+ subject): `sagte er „…“` without a colon?"""
        words = [w.strip(",") for w in pre.split()]
        if not words:
            return False
        if words[-1] in self.rows:
            return True
        return len(words) > 1 and words[-2] in self.rows and (
            words[-1][:1].isupper() or words[-1] in ("er", "sie"))

    def pp_only(self, form: str) -> bool:
        """Does `form` frame only after a document PP ("In dem Bericht steht, …"; cues.tsv `pp`)?"""
        options = self.rows.get(form)
        return bool(options) and all("pp" in r["frame"].split(",") for r, _ in options)

    def subordinate_form(self, form: str) -> bool:
        return form in self.sub_forms

    def blocked_particle(self, region: str) -> bool:
        """`sagte ab`, `sagte nichts`: the verb is another verb, or says nothing."""
        words = region.split()
        if not words:
            return False
        return words[-1].strip(".!?") in _PARTICLES or words[0] in self.cue_blockers - _PARTICLES

    def clause_ends_soon(self, m: str, pos: int) -> bool:
        rest = m[pos:]
        cut = re.search(r"[,:]\s*[«„»“\"]", rest)
        if cut:
            rest = rest[:cut.start()]
        # ", in einer Pressemitteilung." closing the frame is no new clause
        rest = _CLOSING_PP.sub(" ", rest)
        # "…, Bagus Puruhito, mit.": the comma closing an apposition before the particle
        rest = re.sub(r"^\s*,(?=\s*[a-zäöüß]+\s*[.!?]?\s*$)", " ", rest)
        return len(rest.split()) <= 8 and not re.search(r"[,:;]\s*\w", rest)

    def content_end(self, m: str, rel: int) -> int:
        """End of a content clause starting at `rel`: before a trailing frame or the end."""
        tm = self.trailer.search(m, rel)
        end = tm.start() if tm else len(m)
        return end

    def wie_before(self, m: str, cue_start: int) -> re.Match[str] | None:
        """`wie X berichtet` ending right at the cue at `cue_start`."""
        window_start = max(0, cue_start - 160)
        return self.wie.search(m, window_start, cue_start)

    def mood(self, m: str) -> str | None:
        """k1 when a Konjunktiv I form reports (not after/before `ich`), k2, or None."""
        m = self.k_block.sub(lambda x: "#" * len(x.group()), m)
        m = _CONCESSIVE.sub(lambda x: "#" * len(x.group()), m)
        for km in self.k1.finditer(m):
            before = m[max(0, km.start() - 5):km.start()].split()
            after = m[km.end():km.end() + 5].split()
            if (before and before[-1].lower() == "ich") or (after and after[0].lower() == "ich"):
                continue
            return "k1"
        if self.k2.search(m):
            return "k2"
        return None


#: "…, sei es durch Steuern oder durch Gebühren": a concessive "sei es" (an "oder" or a
#: second "sei es" follows) reports nothing; "Dabei sei es um … gegangen" does
_CONCESSIVE = re.compile(r"""(?:^|(?<=[,;–—(]))\s*[Ss]ei\s+es
                             (?=[^.!?]{1,100}?(?:,\s*sei\s+es|(?<![\w-])oder(?![\w-])))""",
                         re.VERBOSE)
#: ", in einer Pressemitteilung." / ", im Interview mit der Zeit.": a bare prepositional
#: phrase (no verb) closing a postposed frame
#: one closing piece of a postposed frame: a PP ("in einer Mitteilung", "am Montag",
#: "gegenüber der Zeitung"), a dative ("den Reportern") or a time adverb
_CLOSING_PIECE = r"""(?:(?:in|im|auf|am|bei|beim|gegenüber|vor|nach|zum|zur|den|dem)\s+
                       (?:(?:einer|einem|einen|der|dem|den|des|seiner|seinem|ihrer|ihrem)\s+)?
                       (?:[a-zäöüß][\w-]*(?:e|en|er|em)\s+)?[A-ZÄÖÜ][\w-]*
                       (?:\s+(?:mit|der|des|von)\s+(?:der|dem|den|des)?\s*[A-ZÄÖÜ][\w-]*)?
                     |heute|gestern|später|zudem|weiter)"""
_CLOSING_PP = re.compile(rf""",\s*{_CLOSING_PIECE}(?:\s+{_CLOSING_PIECE}){{0,2}}
                              (?:\s+[a-zäöüß]+)?       # a particle: "…, am Montag ein."
                              \s*[.!?]?\s*$""", re.VERBOSE)


def compiled(pack: LanguagePack) -> Compiled:
    """The compiled lexicons of `pack` (cached on it)."""
    done = pack.hooks.get("_compiled")
    if done is not None:
        return done
    rows: dict[str, list[tuple[dict[str, str], bool]]] = {}
    sub_forms: set[str] = set()
    for row in pack.lexicon("cues"):
        forms = row["forms"].split(",") + [row["lemma"]] if row["forms"] else \
            weak_forms(row["lemma"])
        forms = [f.strip() for f in forms if f.strip()]
        for f in forms:
            rows.setdefault(f, []).append((row, False))
        if row["particle"] and not row["particle"][:1].isupper():
            p = row["particle"]
            for f in forms:
                sub = f if f.startswith(p) else p + f
                # the participle (mitgeteilt) heads a perfect main clause; the finite prefixed
                # forms (mitteilte) only a subordinate one
                rows.setdefault(sub, []).append((row, True))
                if not f.startswith("ge") and f != row["lemma"]:
                    sub_forms.add(sub)  # (einräumen after a modal is a main clause too)
    # one prefix-tree alternation: a flat one over ~900 forms cost a quarter of the stage
    cue_forms = prefix_tree(sorted(rows))
    cue = re.compile(rf"(?<![\w-])(?:{cue_forms})(?![\w-])")
    post_quote = re.compile(
        rf"""\s*[,–—-]?\s*                          # comma or dash after the closing mark
            (?:so\s+(?=[a-zäöüß]))?                 # "„…“, so bestätigt X": "so" links the verb
            (?P<cue>so|{cue_forms})(?![\w-])        # the verb (or postposed «so»)
            (?P<es>\s+es\s+(?:vom|von\s+der|von\s+den|von|aus\s+dem|aus\s+der|aus|bei\s+der|
                beim|bei|seitens)(?=\s))?              # "hieß es vom Abgeordneten X"
            # "äußerte sich X": a reflexive before the speaker (round 5: 1 of 1)
            (?:\s+(?:sich|auch|dazu|zudem|weiter|später|damals|jetzt|nun)){{0,2}}
            (?:\s+(?:der|die|das)\s+                # "die in Berlin geborene X": an extended
               (?:[^\s,.;:!?«»„“]+\s+){{1,4}}?       #   attribute before the name
               [a-zäöüß][\w-]*(?:ene|ende|te)n?(?=\s+[A-ZÄÖÜ]))?
            \s+(?P<np>{NP})                         # the speaker
        """, re.VERBOSE)
    trailer = re.compile(
        rf""",\s*(?:so\s+{NP}
                  |wie\s+{NP}\s+(?:[^\s,.;:]+\s+){{0,5}}?(?:{cue_forms})(?:\s+{_AUX})?
                  |(?:{cue_forms})\s+{NP})
            (?:\s+[^\s,.!?]+){{0,8}}\s*[.!?]?\s*$""", re.VERBOSE)
    wie = re.compile(rf"""(?<![\w-])[Ww]ie\s+(?:(?:schon|bereits|auch|zuvor|zuletzt|bisher)\s+)?
                         (?P<np>{NP})
                         # "Wie X, ein Sprecher der Armee, mitteilte": a role in apposition
                         (?:\s*,\s*(?:ein|eine|der|die)\s[^,;:«„»“]{{1,80}}?,?(?=\s))?
                         \s+(?:[^\s,;:]+\s+){{0,9}}?$""", re.VERBOSE)
    konj = pack.lexicon("konjunktiv")
    k1 = [r["form"] for r in konj if r["mood"] == "k1"]
    k2 = [r["form"] for r in konj if r["mood"] == "k2"]
    k2_chain = [r["form"] for r in konj if r["mood"] == "k2chain"]
    # "er gehe", "gehe er": a lower-case -e word next to a 3rd-person pronoun is Konjunktiv I,
    # unless it is a weak past (-te), "wurde", an adverb (-weise) or an adjective ending.
    verb_e = r"(?!(?:{f})(?![\w-]))(?![a-zäöüß]*(?:te|weise|liche|ige|ische|bare|lose|wurde)(?![\w-]))"
    morph = (r"(?:(?<![\w-])(?:er|sie|es|man)\s+{v}[a-zäöüß]{{3,}}e(?![\w-])"
             r"|(?<![\w-]){v}[a-zäöüß]{{3,}}e\s+(?:er|es|man)(?![\w-]))").format(
        v=verb_e.format(f=alternation(_FUNCTION_E)))
    # "Das Geld reiche nicht aus", "Die Zahl steige weiter": the -e word right after a noun
    # subject (a capitalised word, not the first of the sentence) and before a lower-case word
    # or a clause end is the finite verb of a V2 clause; an adjective would stand before its
    # noun, a noun is capitalised, "ich reiche" is the 1st person (tested in mood)
    morph += (r"|(?<![\w-])(?!Ich\s)[A-ZÄÖÜ][a-zäöüß]{{2,}}\s+"
              r"(?:(?!(?:{f}|{post}|{k2})(?![\w-]))(?![a-zäöüß]*(?:te|weise|wurde)(?![\w-]))"
              r"[a-zäöüß]{{3,}}e)"
              r"(?=\s+(?:nicht|noch|weiter|aus|kaum|nur|auch|bereits|schon|derzeit|nun|jetzt"
              r"|die|den|das|dem|einen|eine|einem|keine|keinen)"
              r"(?![\w-]))").format(f=alternation(_FUNCTION_E), post=alternation(_POSTPOSITION_E),
                                k2=alternation([r["form"] for r in pack.lexicon("konjunktiv")
                                                if r["mood"] != "k1"]))
    blockers = pack.lexicon("blockers")
    k_block = [r["word"] for r in blockers if r["context"] == "konj"] + [
        "als sei", "als seien", "als habe", "als hätte", "als wäre", "als würde", "als ob"]
    done = Compiled(
        cue=cue, rows=rows, post_quote=post_quote, trailer=trailer, wie=wie,
        k1=re.compile(rf"(?<![\w-])(?:{alternation(k1)})(?![\w-])|{morph}"),
        k2=re.compile(rf"(?<![\w-])(?:{alternation(k2)})(?![\w-])"),
        k_block=re.compile(rf"(?<![\w-])(?:{alternation(k_block)})(?![\w-])", re.I),
        laut_blockers=frozenset(r["word"] for r in blockers if r["context"] == "laut"),
        cue_blockers=frozenset(r["word"] for r in blockers if r["context"] == "cue"),
        documents=frozenset(r["noun"].lower() for r in pack.lexicon("documents")),
        sub_forms=frozenset(sub_forms),
        k_forms=frozenset(k1 + k2),
        k2_chain=re.compile(rf"(?<![\w-])(?:{alternation(k2_chain)})(?![\w-])") if k2_chain
        else re.compile(r"(?!)"),
        pack=pack,
    )
    pack.hooks["_compiled"] = done
    return done
