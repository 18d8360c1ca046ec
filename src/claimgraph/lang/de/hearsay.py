"""German hearsay: reportative `sollen`, passive reports, and Konjunktiv units that continue
(or start) a speaker's reported speech.

`sollen` reports when it carries a perfect infinitive (`soll gestohlen haben`), a stative one
(`soll sich um … handeln`) or a passive about a named person (`Delmare soll verlegt werden`);
a plan for a thing (`Die Brücke soll gebaut werden`) is not hearsay.
"""

from __future__ import annotations

import re
from typing import Iterator

from ...model import Attribution, Document, SourceMention, TextSpan
from ..common import content, copy_source, make, MASK, text_span, Unit
from .clauses import Ctx, State, _PRE_SUBJ, _RELATIVE, _THAT, _clause_start, _is_name, _reach, _unwrap
from .owner import agreeing, explicit_subject, indicative_opening, introduced, party_subject
from .mentions import NP, parse

_REPORTATIVE = re.compile(
    r"""(?<![\w-])(?P<cue>soll|sollen|sollt?e?n?)(?![\w-])   # the modal
        (?P<mid>(?:[^,.;:!?]|(?<=\d)[.,](?=\d)                    # what is said to have happened
                  |(?<=\d)\.(?=\s+[A-ZÄÖÜ])                        # "am 3. Mai"
                  |,\s*(?:dem|den)\s+\d[^,;:!?]{1,30},               # ", dem 3. Mai 2010,"
                  |,(?=\s*(?:der|die|das|ein|eine|einer|eines)\s[^,.;:!?]{1,60}   # "A, B und C
                        (?:,|\s(?:und|oder)\s))                   #   gewesen sein": a list
                  ){0,160}?)
        (?<![\w-])(?:(?:[\w-]+(?:t|en)|[\w-]*getan)\s+(?:worden\s+|gewesen\s+)?)  # participle
        (?:haben|sein)(?![\w-])                                 # the perfect infinitive
    """, re.VERBOSE)


# "Es soll sich um … handeln", "Er soll krank sein": sollen + a stative infinitive
# (hearsay.tsv) is hearsay; built per pack by `_stative`
_STATIVE_TEMPLATE = r"""(?<![\w-])(?P<cue>soll|sollen)(?![\w-])
        (?P<mid>(?:[^,.;:!?]|(?<=\d)[.,](?=\d)                 # digits may hold 10.000
                  |(?<=\d)\.(?=\s+[A-ZÄÖÜ])                      # "eine 1. Klasse-Bahncard"
                  |,(?=\s*[^,.;:!?]{{1,60}}?\s(?:und|oder|sowie)\s)  # "Frauen, Kinder und …"
                  |,\s*(?:unter\s+anderem|darunter|vor\s+allem|insbesondere)\s[^,.;:!?]{{1,80}},
                  ){{1,160}}?)
        (?<![\w-])(?P<inf>{statives})
        (?=\s*(?:[,.;:!?]|$)                    # the clause ends, or a comparison follows:
           |(?<=sein)\s+(?:als|wie)\s)          # "soll dreimal größer sein als die Erde"
    """
#: "…, die gegen Fäule resistent sein soll", "der den Brand gelegt haben soll": a relative
#: (or causal) clause whose verb-last sollen carries a perfect or stative infinitive
_LAST_TEMPLATE = r"""(?:^|,)\s*(?P<rel>(?:(?:in|an|auf|bei|mit|von|aus|unter|für|gegen|
                                          über|nach|zu|durch)\s+)?
                     (?:der|die|das|dem|den|deren|dessen|denen|welche[rsmn]?|weil|da|
                        obwohl|nachdem|wo|wobei|wodurch|womit|weshalb|weswegen|woraufhin|
                        zumal)\s)
        (?P<mid>[^,.;:!?]{{1,160}}?)
        (?<![\w-])(?:(?P<perf>(?:[\w-]+(?:t|en)|[\w-]*getan)\s+(?:worden\s+|gewesen\s+)?
                             (?:haben|sein))
                      |(?P<inf>{statives}))
        \s+(?P<cue>soll|sollen)(?=\s*(?:[,.;:!?]|$))
    """
#: a four-digit year ("soll 2027 fertig sein"), not "seit 2010"
_YEAR = re.compile(r"(?<!seit )(?<![\w-])(?:19|20)\d\d(?![\w-])")


def _stative(ctx: Ctx) -> tuple[re.Pattern[str], re.Pattern[str], frozenset[str], frozenset[str]]:
    """(stative pattern, verb-last pattern, timed statives, future words) from hearsay.tsv."""
    done = ctx.pack.hooks.get("_de_hearsay")
    if done is None:
        rows = ctx.pack.lexicon("hearsay")
        stat = [r["word"] for r in rows if r["role"] in ("stative", "um")]
        alt = "|".join(sorted(map(re.escape, stat), key=len, reverse=True))
        done = (re.compile(_STATIVE_TEMPLATE.format(statives=alt), re.VERBOSE),
                re.compile(_LAST_TEMPLATE.format(statives=alt), re.VERBOSE),
                frozenset(r["word"] for r in rows if r["role"] == "stative" and r["timed"]),
                frozenset(r["word"] for r in rows if r["role"] == "future"))
        ctx.pack.hooks["_de_hearsay"] = done
        ctx.pack.hooks["_de_hearsay_um"] = frozenset(r["word"] for r in rows if r["role"] == "um")
    return done


#: impersonal "es" and an um-object in the middle ("soll es dabei um Geld gehen"), or a
#: relative "worum"/"um den es" before it
_ES_UM = re.compile(r"(?<![\w-])[Ee]s(?![\w-]).*(?<![\w-])um(?![\w-])|(?<![\w-])um\s+\w+\s+es(?![\w-])"
                    r"|(?<![\w-])[Ww]orum\s+es(?![\w-])", re.S)


def _planned(ctx: Ctx, rm: re.Match[str]) -> bool:
    """Does a future time word make a stative `soll … sein` a plan ("soll 2027 fertig sein")?

    An um-stative (gehen) without `es … um` is an order ("Er soll nach Hause gehen"): no
    hearsay either."""
    _, _, timed, future = _stative(ctx)
    inf = rm.groupdict().get("inf")
    if inf is not None and inf in ctx.pack.hooks["_de_hearsay_um"]:
        before = rm.string[:rm.start("cue")]
        lead = before[max(before.rfind(","), before.rfind(";")) + 1:]  # "Es soll dabei um …"
        return _ES_UM.search(lead + " " + rm.group("mid")) is None
    if inf is None and rm.groupdict().get("perf") is None:
        # "soll ab Montag geöffnet sein": a participle + sein is a state, not a perfect
        # (unlike "gestohlen haben", "getötet worden sein", "gewesen sein")
        inf = "sein" if re.search(r"(?<!worden)(?<!gewesen)\s+sein$", rm.group()) else None
    elif inf is None:
        inf = "sein" if re.search(r"(?<!worden)(?<!gewesen)\s+sein$", rm.group("perf")) else None
    if not inf or inf not in timed:
        return False
    mid = _RANGE.sub(" ", rm.group("mid"))
    return bool(set(re.findall(r"[\w-]+", mid)) & future) or _YEAR.search(mid) is not None


#: "zwei- bis siebenmal", "10 bis 20 Prozent": "bis" in a range is no time word
_RANGE = re.compile(r"""(?:\d|-|(?<![\w-])(?:ein|eins|zwei|drei|vier|fünf|sechs|sieben|acht|
                                          neun|zehn|zwölf|hundert|tausend))\s+bis(?![\w-])""",
                    re.VERBOSE)


_PASSIVE_AUX = re.compile(r"(?<![\w-])(?:wird|wurde|werden|wurden|war|waren|ist|sind)(?![\w-])")
_AGENT = re.compile(rf"(?:[Vv]on\s+Seiten|[Ss]eitens|[Vv]on|[Vv]om)\s+(?P<np>{NP})")
#: "In einer Analyse des BBC wird …": a document with its author opens a passive clause
_DOC_PP = re.compile(rf"\s*(?:(?:In|Nach)\s+(?:einem|einer|dem|der|seinem|seiner|ihrem|ihrer)|Im)\s+"
                     rf"(?:[\w-]+\s+)?(?P<doc>[A-ZÄÖÜ][\w-]+)\s+(?:des|der|von|vom)\s+(?P<np>{NP})\s+")


#: the same document PP after the auxiliary: "So wird im Bericht der Kommission betont, …"
_DOC_PP_MID = re.compile(rf"""(?<![\w-])(?:in|im)\s+(?:(?:einem|einer|dem|der|seinem|seiner|ihrem|
                                 ihrer)\s+)?(?:[a-zäöüß][\w-]*(?:e|en|er)\s+)?
                              (?P<doc>[A-ZÄÖÜ][\w-]+)\s+(?:des|der|von|vom)\s+(?P<np>{NP})
                              \s*$""", re.VERBOSE)


def _is_document(lx: object, noun: str) -> bool:
    """Is `noun` (or its last compound part: Presse|mitteilung) a document noun?"""
    low = noun.lower()
    return any(low.endswith(d) for d in lx.documents if len(d) >= 5) or low in lx.documents


_ZU_INF = re.compile(r"(?<![\w-])zu\s+[a-zäöüß]+en\s*$|[a-zäöüß]+zu[a-zäöüß]+en\s*$")


def _passive(ctx: Ctx, unit: Unit, m: str, cm: re.Match[str], row: dict[str, str],
             cue: TextSpan) -> tuple[bool, Attribution | None]:
    """(is the cue a passive participle, the report it frames or None).

    The agent (von Seiten X, seitens X, in einer Analyse des X) is the source, or nobody is
    ("Gegen den Plan wurde eingewandt, er sei zu teuer").
    """
    doc, lx = ctx.doc, ctx.lx
    base = unit.span.start
    form = cm.group(0)
    if "cite" in row["frame"] or "intro" in row["frame"] or form == row["lemma"] or \
            not form.endswith(("t", "en")):
        return False, None
    cstart = _clause_start(m, base, cm.start())
    pre = m[cstart - base:cm.start()]
    aux = _PASSIVE_AUX.search(pre, pre.rfind(",") + 1)  # in the cue's own clause
    after = m[cm.end():]
    worden = re.match(r"\s+worden(?![\w-])", after)
    if aux is None or (aux.group() in ("war", "waren", "ist", "sind") and worden is None):
        return False, None
    rest = cm.end() + (worden.end() if worden else 0)
    if "active" in row["frame"].split(","):
        return True, None  # "war damit begründet worden, dass": a reason given, nobody speaks
    if _PRE_SUBJ.fullmatch(pre[:aux.start()]) and not re.match(
            r"\s*(?:[Vv]on|[Vv]om|[Gg]egen|[Ii]n|[Nn]ach|[Ss]eitens|[Aa]us|[Bb]ei)\s", pre):
        judged = _judged(ctx, unit, m, pre, aux, cstart, cm, row, cue, rest)
        if judged is not None:
            return True, judged
        if not re.match(r"\s*[,:]\s*(?:dass|daß)(?![\w-])", m[rest:]):
            return True, None  # "Der Minister wurde gelobt": a subject, not a report
        # "Kony wird vorgeworfen, dass …": the first field is a dative, the clause reported
    dm = _DOC_PP.match(pre)
    # "Die Speicherung von Daten wurde …": a von-phrase inside the subject is no agent
    agent = _AGENT.search(pre, aux.end()) if _PRE_SUBJ.fullmatch(pre[:aux.start()]) else \
        _AGENT.search(pre)
    src = None
    mid = _DOC_PP_MID.search(pre, aux.end()) if dm is None and agent is None else None
    if mid is not None and _is_document(lx, mid.group("doc")):
        # "So wird in einer Pressemitteilung der Organisation gefordert, dass …": after the
        # auxiliary; the clause-start reading below keeps its own offsets
        src = _unwrap(ctx, mid.group("np"), cstart + mid.start("np"))
    elif dm is not None and dm.group("doc").lower() in lx.documents:
        src = _unwrap(ctx, dm.group("np"), cstart + dm.start("np"))
    elif agent is not None:
        src = parse(agent.group("np"), cstart + agent.start("np"), ctx.pack)
    tail = m[rest:]
    if dm is not None and src is not None and re.fullmatch(r"\s*[.!?]?\s*", tail):
        body = content(doc, cstart + aux.start(), cm.start() + base)  # "… wird X als Y gesehen."
        rule = "passive_document"
    else:
        pm = re.match(r"\s*[,:]", tail)
        if pm is None:
            return True, _agent_first(ctx, unit, m, pre, aux, agent, src, cm, row, cue, rest)
        end_rel = lx.content_end(m, rest + pm.end())
        clause = m[rest + pm.end():end_rel]
        if _RELATIVE.match(clause) and not re.match(r"\s*(?:der|die|das|dem|den)\s", clause):
            return True, None  # "wird auf X verwiesen, wo …": a relative clause on the object
        if not (_THAT.match(clause) or lx.mood(clause) or _ZU_INF.search(clause.rstrip(" .!?"))):
            return True, None
        body = content(doc, base + rest + pm.end(), base + end_rel)
        rule = "passive"
    if body is None:
        return True, None
    return True, make(row["kind"], body, cue=cue, source=src, rule=rule)


def _judged(ctx: Ctx, unit: Unit, m: str, pre: str, aux: re.Match[str], cstart: int,
            cm: re.Match[str], row: dict[str, str], cue: TextSpan, rest: int
            ) -> Attribution | None:
    """`Seine Werke werden von Kritikern als „Meilensteine“ bezeichnet`: a passive judgement
    with its agent; the subject and the als-phrase are the content."""
    if not any(f in ("prep:als", "prep:für") for f in row["frame"].split(",")):
        return None
    agent = _AGENT.match(pre, aux.end()) or _AGENT.search(pre, aux.end())
    if agent is None or not re.search(r"(?<![\w-])(?:als|für)(?![\w-])", pre[agent.end():]):
        return None
    if not re.fullmatch(r"\s*[.!?]?\s*", m[rest:]):
        return None
    src = parse(agent.group("np"), cstart + agent.start("np"), ctx.pack)
    body = content(ctx.doc, cstart, unit.span.start + cm.start())
    if src is None or body is None:
        return None
    return make(row["kind"], body, cue=cue, source=src, rule="passive_judged")


def _agent_first(ctx: Ctx, unit: Unit, m: str, pre: str, aux: re.Match[str],
                 agent: re.Match[str] | None, src: SourceMention | None, cm: re.Match[str],
                 row: dict[str, str], cue: TextSpan, rest: int) -> Attribution | None:
    """`Von Kritikern wurden seine Pläne als unsozial bezeichnet`: the agent stands in the
    first field, before the auxiliary; the words between the auxiliary and the participle
    (object + als-phrase) are the content."""
    if agent is None or src is None or agent.start() > aux.start():
        return None
    if not any(f in ("prep:als", "prep:für") for f in row["frame"].split(",")):
        return None
    middle = pre[aux.end():]
    if not re.search(r"(?<![\w-])(?:als|für)(?![\w-])", middle) or \
            not re.fullmatch(r"\s*[.!?]?\s*", m[rest:]):
        return None
    cstart = _clause_start(m, unit.span.start, cm.start())
    lead = len(middle) - len(middle.lstrip())
    body = content(ctx.doc, cstart + aux.end() + lead, unit.span.start + cm.start())
    if body is None:
        return None
    return make(row["kind"], body, cue=cue, source=src, rule="passive_judged")


#: "Delmare soll in eine Klinik verlegt werden": what is to happen to a named person is hearsay
#: (a plan for a thing, "Die Brücke soll gebaut werden", is not)
_REPORTATIVE_PERSON = re.compile(
    rf"""\s*(?P<np>{NP})\s+(?P<cue>soll)\s+              # a person's name, then the modal
        (?:[^,.;:!?]{{1,120}}?)\s+[\w-]+(?:t|en)\s+werden   # a passive infinitive
        (?=\s*(?:[.!?,]|$))""", re.VERBOSE)


def _known_person(doc: Document, np_text: str) -> bool:
    """A full name, or a surname that the text gives with a first name elsewhere."""
    if _is_name(np_text):
        return True
    word = np_text.strip()
    return bool(re.fullmatch(r"[A-ZÄÖÜ][a-zäöüß]+", word)) and introduced(doc, word)


#: "Angeblich wollte er …", "Er hat angeblich …": the adverb (not the adjective "angebliche")
#: marks the clause as hearsay without naming anyone
_ALLEGEDLY = re.compile(r"(?<![\w-])(?P<cue>[Aa]ngeblich|[Vv]orgeblich)(?![\w-])")
#: "Der Gruppe werden Kontakte zur Mafia nachgesagt": a passive rumour verb names nobody
_RUMOUR = re.compile(r"""(?<![\w-])(?:wird|werden|wurde|wurden)\s+
                         (?P<mid>[^,.;:!?]{3,160}?)\s+
                         (?P<cue>nachgesagt)(?=\s*(?:[,.;:!?]|$))""", re.VERBOSE)


#: a true perfect infinitive: "gestohlen haben", "getötet worden sein", "beteiligt gewesen sein"
_TRUE_PERFECT = re.compile(r"(?:[\w-]+\s+haben|(?:worden|gewesen)\s+sein)$")


def _hearsay_modal(m: str, rm: re.Match[str]) -> bool:
    """`soll`/`sollen` report; the past `sollte(n)` and Konjunktiv `solle(n)` only with a true
    perfect infinitive ("Er sollte an dem Angriff beteiligt gewesen sein"), never opening a
    conditional ("Sollte er … gewesen sein, …", "…, sollte er …")."""
    cue = rm.group("cue")
    if cue in ("soll", "sollen"):
        return True
    if cue not in ("sollte", "sollten", "solle"):
        return False
    if re.search(r"(?:^|[,;:(–—-])\s*$", m[:rm.start("cue")]) or \
            re.search(r"(?<![\w-])(?:wenn|falls|ob)(?![\w-])", m[:rm.start("cue")]):
        return False
    return _TRUE_PERFECT.search(rm.group()) is not None


#: a comma opening a main clause with a `sollen` of its own (a second report)
_NEXT_HEARSAY = re.compile(r",(?=\s+(?:(?:der|die|das|es|er|sie)\s+)?[\w-]+\s+soll(?:en)?(?![\w-]))")


def _reportative(ctx: Ctx, unit: Unit, m: str) -> Iterator[Attribution]:
    doc = ctx.doc
    base = unit.span.start
    seen: set[int] = set()
    am = _ALLEGEDLY.search(m)
    if am is not None and not re.search(r"(?<![\w-])soll(?:en)?(?![\w-])", m):
        # sentence-initial (also after an abbreviation the segmenter kept: "Inc. Angeblich")
        lead = re.fullmatch(r"(?:.*[.!?])?[\s\"„“”«»]*", m[:am.start()], re.S) is not None
        s = base + am.end() if lead else _clause_start(m, base, am.start())
        end = ctx.lx.content_end(m, am.end())
        if not lead and re.search(r",\s*(?:[a-zäöü]+\s+)?(?:der|die|das|dem|den|denen|dessen|"
                                  r"deren|welche[rsmn]?)\s+$", m[:am.start()]):
            # "eine Halle, in der angeblich Reis lagerte, …": the relative clause only
            s = base + am.end()
            comma = m.find(",", am.end(), end)
            end = comma if comma > 0 else end
        body = content(doc, s, base + end)
        if body is not None:
            yield make("reportative", body, cue=text_span(doc, base + am.start("cue"),
                       base + am.end("cue")), modality="reported", rule="reportative_adverb")
    for rm in _RUMOUR.finditer(m):
        body = content(doc, _clause_start(m, base, rm.start()), base + rm.start("cue"))
        if body is not None:
            yield make("reportative", body, cue=text_span(doc, base + rm.start("cue"),
                       base + rm.end("cue")), modality="reported", rule="reportative_rumour")
    person = _REPORTATIVE_PERSON.match(m)
    if person is not None and not _known_person(doc, person.group("np")):
        person = None
    stative, last, _, _ = _stative(ctx)
    for rm in last.finditer(m):
        if _planned(ctx, rm):
            continue  # "das bis 2026 fertig sein soll": a plan
        seen.add(rm.start("cue"))
        body = content(doc, base + rm.start("rel"), base + rm.end("cue"))
        if body is not None:
            yield make("reportative", body, cue=text_span(doc, base + rm.start("cue"),
                       base + rm.end("cue")), modality="reported", rule="reportative_last")
    for rm in [*_REPORTATIVE.finditer(m), *stative.finditer(m),
               *([person] if person else [])]:
        if not _hearsay_modal(m, rm) or rm.start() in seen or \
                rm.start("cue") in seen or _planned(ctx, rm):
            continue
        seen.add(rm.start())
        s = _clause_start(m, base, rm.start())
        comma = m.rfind(",", 0, rm.start())
        if comma >= 0 and base + comma > s and re.match(r",\s*(?:dass|weil|da|als|der|die|das)\s",
                                                         m[comma:]):
            s = base + comma + 1
        end = base + ctx.lx.content_end(m, rm.end())
        nxt = _NEXT_HEARSAY.search(m, rm.end(), end - base)
        if nxt is not None:  # "…, der Ölfilm soll sich … erstrecken": a report of its own
            end = base + nxt.start()
        colon = re.match(r"\s*:\s*(?![«„»“\"\u2591])", m[rm.end():]) if re.search(
            r"(?<![\w-])soll(?:en)?\s+sein$", m[:rm.end()]) else None
        after = rm.end() + (colon.end() if colon else 0)  # "sollen sein: A, B und C"
        stop = re.search(r"[;:]", m[after:end - base])
        body = content(doc, s, base + after + stop.start() if stop else end)
        if body is not None:
            yield make("reportative", body, cue=text_span(doc, base + rm.start("cue"),
                       base + rm.end("cue")), modality="reported", rule="reportative")


def _continuation(ctx: Ctx, unit: Unit, m: str, state: State, has_other: bool
                  ) -> Attribution | None:
    """A Konjunktiv I unit reports the last source; Konjunktiv II only right after one."""
    lx = ctx.lx
    mood = lx.mood(m)
    recent = (state.source is not None and state.counter - state.unit <= 1
              and state.paragraph == unit.paragraph)
    if mood is None and recent and state.reported and lx.k2_chain.search(m):
        # "Der Prüfung zufolge werde … gespart. In manchen Heimen müssten drei Bewohner …":
        # a subjunctive that hedges on its own reports inside a chain of reported speech
        mood = "k2"
    if mood is None:
        return None
    if mood == "k2" and (not recent or not state.clause or _INFERENCE.match(m)):
        return None
    party = party_subject(ctx, unit, m)
    src = explicit_subject(ctx, unit, m) or party or _new_speaker(ctx, unit, m) or \
        agreeing(ctx, unit, m, copy_source(_reach(state, unit, 3)))
    prev = state.previous
    if src is not None and state.counter - state.unit > 1 and _IMPERSONAL_MAN.match(m) and \
            prev is not None and lx.mood(ctx.doc.text[prev.start:prev.end]) is None:
        # "… hieß es vom Abgeordneten X. Der Sprengsatz war im Zug platziert worden. Man gehe
        # allen Spuren nach": after a narrator sentence, impersonal 'man' is the institution
        # at work, not the speaker named before it
        src = None
    start = unit.span.start
    that = re.search(r",\s*dass\s+", m) if party is not None and src is party else None
    if that is not None:
        start += that.end()  # "CDU und FDP setzten dem entgegen, dass …": the dass-clause
    body = content(ctx.doc, start, unit.span.end)
    if body is None or MASK in body.text[:1]:
        return None
    return make("indirect", body, source=src, modality="reported",
                rule="continuation_k1" if mood == "k1" else "continuation_k2")


#: impersonal 'man' as the subject of a Konjunktiv unit: "Man gehe …", "Derzeit prüfe man …"
_IMPERSONAL_MAN = re.compile(r"""\s*(?:Man(?![\w-])
                                 |(?:[A-ZÄÖÜ][a-zäöüß]+\s+){1,3}[a-zäöüß]+\s+man(?![\w-]))""",
                             re.VERBOSE)
#: "Damit wäre Indien die sechste Nation …": the writer's conclusion, not a report
_INFERENCE = re.compile(r"\s*(?:Damit|Somit|Sonst|Andernfalls|Dadurch|Folglich)(?![\w-])")
#: a unit that opens with a named person and an indicative verb: "Minister X zeigte sich …"
_OPENING = re.compile(rf"\s*(?P<np>{NP})\s+(?P<v>[a-zäöüß]+)(?![\w-])")


def _new_speaker(ctx: Ctx, unit: Unit, m: str) -> SourceMention | None:
    """The subject of a unit whose own verb is indicative while its Konjunktiv I comes later:

    "Bundesaußenminister X zeigte sich bestürzt und dass es eine große Trauer gebe" is X's
    statement, not the previous speaker's. "Minister X habe …" (the Konjunktiv is X's verb)
    stays with the previous speaker, who reports on X.
    """
    om = _OPENING.match(m)
    if not indicative_opening(ctx, m, om, r"(?:[a-zäöüß]+(?:te|ten|t)|hat|war|ist|wurde)"):
        return None
    assert om is not None
    src = parse(om.group("np"), unit.span.start + om.start("np"), ctx.pack)
    if src is None or src.type != "person" or not (src.role and src.name != src.text.split()[-1]
                                                   or _is_name(om.group("np"))):
        return None
    return src
