"""English frames without a cue verb of their own: `according to X`, reportative hedges, `quoted as`.

Also here: prepositional frames (`Per X`, `In a report of X`, `by early reports`), documents
quoted with `read(s)` and findings as participles (`research … showing …`).

`according to` takes its source from the words after it (cut where a verb shows that the
sentence goes on: "according to the ministry recovered ten survivors"); the content is the rest
of the sentence, or what stood before when the frame closes it. Reportative hedges
(`reportedly`, `is said to`, `it was reported that`) have no source.
"""

from __future__ import annotations

import re
from itertools import islice

from ...model import SourceMention, Span
from ..common import MAX_CUES
from . import apposition, mentions
from .mentions import parse
from .reading import (
    ACCORDING, ADVERBIAL_START, AUX, BARE_CLAUSE, BE, QUOTED_AS, REPORTATIVE, Para, add_attribution,
    clause_end, is_lookalike, leading_subject, lexicon, make_source, outlets_in, quote_at, quote_ending, speaker_left,
    trim,
)

# the words after "according to", up to punctuation; abbreviations (Dr., U.S.) do not end them
_SOURCE_WORDS = re.compile(
    r"""\s*((?:(?:Dr|Mr|Mrs|Ms|Prof|Gen|Sen|Rep|Gov|Lt|Col|Capt|Sgt|St|Jr|Sr|Inc|Corp|Co|No)\.   # Dr.
             | \b[A-Z]\.                                   # initials, U.S.
             | \([^()\"“”;:]{1,40}\)                        # a bracket tail: "Anna Berg (D-Calif.)"
             | \b(?:January|February|March|April|May|June|July|August|September|October|November|December)
               \s+\d{1,2},\s+\d{4}\b                       # "a March 14, 2019 press release"
             | [^,.;:!?\"“”])+)                            # anything else but punctuation
    """,
    re.VERBOSE,
)
# a date opening the source phrase ("a March 14, 2019 statement"): left out of the span to resolve
_DATE_LEAD = re.compile(
    r"(?:(?:a|an|the)\s+)?(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\s+\d{1,2}(?:,\s+\d{4})?\s+(?=\S)")
# an apposition after the source of a fronted frame: "According to X, formerly the director of Y, …"
_APPOSITION = re.compile(
    r"""\s*,\s*(?:a|an|formerly|former|currently|now|then|who|which|himself|herself|one\s+of
             |(?-i:[A-Z][\w.'’-]+)(?:\s+(?-i:[A-Z][\w.'’-]+)){0,3}(?=\s*,)     # "the mayor, Dee Margo,"
             |the\s+(?:[\w-]+\s+){0,2}?(?P<role>[\w-]+)(?=\s+(?:of|at|for|in)\b|\s*,))
       [^,;:\"“”]{0,120},""",
    re.VERBOSE | re.IGNORECASE,
)


# a time phrase closing the source words: "according to the daily in March", "… on Monday"
_SOURCE_TIME = re.compile(
    r"""\s+(?:in|on|last|this|earlier|during)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August
        |September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
        |week|month|year|weekend|morning|evening|\d{4})(?:\s+\d{1,2}|\s+\d{4})*$""",
    re.VERBOSE,
)


def _source_end(t: str, ns: int, ne: int) -> tuple[int, bool]:
    """End of the source words: before the first verb when the sentence goes on without a comma."""
    words = list(re.finditer(r"\S+", t[ns:ne]))
    for k, w in enumerate(words):
        low = w.group().lower()
        if k >= 1 and low in ("which", "who", "whose", "where", "when", "that") and words[k - 1].group() != "of" \
                and not w.group().isupper():  # "the WHO" is the World Health Organization
            # "a report from ABC on March 3 in which they said …": a relative clause ends the source
            cut = words[k - 1] if words[k - 1].group() in ("in", "from", "on", "at", "by") else w
            return ns + (words[k - 2].end() if cut is words[k - 1] and k >= 2 else w.start()), False
        if k >= 1 and w.group()[:1].islower() and (low in AUX or low.endswith("ed")) \
                and words[k - 1].group().lower() not in mentions.DETERMINERS \
                and not _BY_AUTHOR.match(t, ns + w.start(), ne):  # ('a memo posted online by X')
            return ns + words[k - 1].end(), True
    return ne, False


# 'a memo posted online by Senator Juan Dalmau': the author of a document speaks through it
_BY_AUTHOR = re.compile(r"(?:posted|published|released|issued|written|signed|sent|shared|circulated|filed|authored"
                        r"|drafted|submitted|compiled|prepared)\s+(?:(?:online|publicly|jointly|today|yesterday)\s+)?"
                        r"by\s+(?=(?:the\s+)?(?-i:[A-Z])|the\s+(?:[\w-]+\s+){0,2}(?:ministry|department|agency|office|government"
                        r"|council|commission|authority|authorities|police|court|committee|institute|university|company"
                        r"|bank|board|service|organi[sz]ation|union|party)\b)", re.IGNORECASE)


def _document_author(doc_text: str, ns: int, ne: int) -> SourceMention | None:
    """'a memo posted online by Senator Juan Dalmau' (a document noun first): the author, with
    the whole phrase as its written text."""
    words = doc_text[ns:ne].lower().split()
    if not words or not any(w in mentions.lexicons().evidence for w in words[:3]):
        return None
    m = _BY_AUTHOR.search(doc_text, ns, ne)
    if m is None:
        return None
    author = parse(doc_text, m.end(), ne)
    if author is None or author.type == "anonymous":
        return None
    return SourceMention(doc_text[ns:ne], Span(ns, ne), author.name, role=author.role,
                         affiliation=author.affiliation, type=author.type)


# nouns that carry a source phrase on past an evidence word ("the survey team", "the study authors")
_HEAD_AFTER = frozenset("team teams group authors author researchers scientists panel committee unit staff "
                        "office lead leader leaders director".split())


def according(p: Para, sent: Span) -> None:
    """`According to X, …` / `…, according to X` / `… according to X …`."""
    doc, t = p.doc, p.masked
    for m in islice(ACCORDING.finditer(t, sent.start, sent.end), MAX_CUES):  # lang.common
        if is_lookalike(doc.text, sent, m.start(), m.end()):
            continue
        nm = _SOURCE_WORDS.match(t, m.end(), sent.end)
        if not nm:
            continue
        ns = nm.start(1)
        ne, verb_cut = _source_end(t, ns, nm.end(1))
        tail = _SOURCE_TIME.search(t, ns, ne)
        if tail and tail.start() > ns:  # "according to Gazeta Wyborcza in March"
            ne = tail.start()
        vias = _via_after(doc.text, ns, ne)
        if vias:  # "according to the mayor via news agency Interfax": the mayor speaks, relayed
            ne = ns + re.search(r"\s+(?:via|through)\s", t[ns:ne]).start()
        source = None
        dated = _DATE_LEAD.match(t, ns, ne)
        if dated and dated.end() < ne:  # "a March 14, 2019 NATO press release": the date names no one
            ns = dated.end()
        words = list(re.finditer(r"\S+", t[ns:ne]))
        # "According to the town's mayor, Dee Margo, …": the name in the apposition is the source
        an = None if verb_cut else re.match(r"\s*,\s*((?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*?)\s*(?:,|\.?\s*$)",
                                            t[ne:sent.end])  # (or closing the sentence)
        if an:
            named = parse(doc.text, ns, ne + an.end(1))
            if named is not None and named.type == "person" and named.name in an.group(1):
                source, words = named, []
        author = _document_author(doc.text, ns, ne) if source is None else None
        if author is not None:
            source, words = author, []
        for k in range(min(len(words), 18), 0, -1):
            end = ns + words[k - 1].end()
            if k < len(words) and re.search(r"['’]s?$", words[k - 1].group()):
                continue  # "Windsor Locks' first selectman": a possessive names whose, not who
            cand = parse(doc.text, ns, end)
            if cand is not None and k < len(words) and words[k].group().lower() in _HEAD_AFTER:
                continue  # "the research team": the noun goes on
            if cand is not None and k < len(words) and words[k].group()[:1].isdigit():
                continue  # "a March 14, 2019 NATO press release": a date, the phrase goes on
            if cand is not None and (k == len(words) or cand.type != "person" or k <= 4):
                source = cand
                ne = end if k < len(words) and cand.type == "person" and k <= 4 and \
                    not re.match(r"\s+(?:of|at|for|from|in)\b", t[end:ne]) else ne
                break
        if source is None and (len(words) <= 8 or verb_cut) and \
                (verb_cut or re.match(r"\s*[,.;:!?]|\s*$", t[ne:sent.end])):
            source = make_source(p, Span(*trim(t, ns, ne)), max_words=8)
        if source is None:
            continue
        semi = t.rfind("; ", sent.start, m.start())
        c0 = semi + 2 if semi >= 0 else sent.start  # "…; according to X, he owed …": this clause
        head = t[c0:m.start()]
        at_start = not head.strip(" ,") or \
            ADVERBIAL_START.match(head.strip()) and head.count(",") == 1 and \
            not re.match(r"(?i:at\s+(?:least|most)|in\s+all|in\s+total)\b", head.strip())  # "At least 40 …, according to"
        cue = (m.start(), m.end())
        # the speaker phrase with its appositions ('Burt Rutan, 54, who has led the firm since 1990,')
        head_is_role = t[ns:ns + 1].islower() or t.startswith(("The ", "A ", "An "), ns)
        app_end = nm.end(1) if verb_cut else apposition.right_end(t, nm.end(1), sent.end, after_role=head_is_role,
                                                                   to_end=not at_start)
        verb = re.search(r"([a-z]+)\s*,\s*$", head)
        if verb and verb.group(1) in lexicon().cues and re.match(r"\s*,\s*:?\s*[\"“]", t[nm.end(1):sent.end]):
            continue  # 'X decided, according to the summary, "…"': the cue's own quotation
        if at_start:
            c_start = nm.end(1)
            am = None if app_end > c_start else _APPOSITION.match(t, c_start, sent.end)
            if am and re.search(r"\b(?:has|have|had|is|are|was|were|will|would|said|says)\b", am.group()):
                am = None  # ', former Vice President X has amassed …,' is the content, not an apposition
            if am and re.match(r"\s*(?:\d{1,3}\s*,\s*)?(?:has|have|had|is|are|was|were|will|would)\b", t[am.end():sent.end]):
                am = None  # 'According to police, a man, 34, was arrested': the subject of the content
            if app_end > c_start:
                c_start = app_end + len(re.match(r"\s*,?", t[app_end:sent.end]).group())
            elif am and (not am.group("role") or am.group("role").lower() in mentions.lexicons().roles):
                c_start = am.end()
            else:  # ", director of the event," — a role noun among the first words of the chunk
                rm = re.match(r"\s*,\s*((?:[\w'’-]+\s+){0,3}?)([\w-]+)\s+(?:of|at|for|in)\b[^,;:\"“”]{0,80},", t[c_start:sent.end])
                if rm and rm.group(2).lower() in mentions.lexicons().roles and not re.search(
                        r"\b(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|said|says)\b",
                        rm.group()):
                    c_start += rm.end()
            c_end = clause_end(p, c_start, sent, [])
            while re.match(r",?\s+(?:while|whereas)\s", t[c_end:sent.end]):
                # "According to X, A, while B": a fronted frame covers the contrast too
                c_end = clause_end(p, c_end + t[c_end:sent.end].index(" w") + 6, sent, [])
            q = quote_at(p, trim(t, c_start, c_end)[0])
            if q is not None:
                add_attribution(p, "according_to", (q.inner.start, q.inner.end), cue, source,
                                "according_quote", vias)
                continue
        elif not t[ne if verb_cut else app_end:sent.end].strip(" .!?\"”") or \
                (head.rstrip().endswith(",") and not verb_cut and t[app_end:app_end + 1] != ",") or \
                (not verb_cut and _closes(t[app_end:sent.end])) or re.match(r"\s*;", t[app_end:sent.end]):
            # "…, according to a report from ABC on March 3 in which …": the content stood before
            # ("Magnitude 6.3 according to X, it was …": a new clause follows the frame)
            c_start, c_end = c0, m.start()
        else:
            c_start, c_end = c0, sent.end
        if c_end == sent.end:
            c_end = min(c_end, t.find("; ", nm.end(1), sent.end) % (sent.end + 1))
        add_attribution(p, "according_to", (c_start, c_end), cue, source, "according_to", vias)


def _via_after(text: str, ns: int, ne: int) -> list[Span]:
    """The outlet named after "via"/"through" inside a source phrase ("the mayor via Interfax")."""
    vm = re.search(r"\s+(?:via|through)\s+", text[ns:ne])
    if vm is None or vm.start() == 0:
        return []
    vs = ns + vm.end()
    found = outlets_in(text, vs, ne)
    if found:
        return found[:1]
    named = parse(text, vs, ne)
    if named is not None and named.type == "outlet" and named.name in text[vs:ne]:
        at = text.index(named.name, vs, ne)
        return [Span(at, at + len(named.name))]
    return []


IRREGULAR_PAST = frozenset(
    "rose fell went came took made gave saw found got left began ran won lost held kept paid met sent "
    "brought built bought caught taught thought fought sold stood spoke wrote drove broke grew knew "
    "threw flew drew shook hit cut put set spread struck became remains remain dug fled hid led lit "
    "swam sank slept stole told tore wore woke bit chose froze rode rang sang shot shut slid stuck swept swung withdrew".split())


def _closes(after: str) -> bool:
    """True when what follows ', according to X' does not continue the reported clause.

    ', but the man was found dead' / ', who said …' / ', some of whom …' start clauses of their
    own; ', the U.S. Attorney for Texas.' is an apposition to the source. ', rose sharply' (a
    verb without a subject) continues the clause around the frame.
    """
    m = re.match(r"\s*,\s*(.*)$", after, re.S)
    if m is None:
        return False
    rest = m.group(1)
    if re.match(r"(?:but|and|while|whereas|although|though|yet|so|who|which|whose|whom|where|some\s+of"
                r"|many\s+of|most\s+of|all\s+of|none\s+of|one\s+of)\b", rest):
        return True
    if re.match(r"(?:it|he|she|they|we|there|this)\s+(?:\w+ly\s+)?(?:is|was|were|are|had|has|have|would|will"
                r"|could|can|said|says|added)\b", rest):
        return True  # ', it was recorded as …': a clause with a subject of its own
    words = rest.lower().strip(" .!?\"”").split()
    return bool(words) and words[0] in ("the", "a", "an", "who", "its", "his", "her") and not any(
        w in AUX or w.endswith("ed") or w in IRREGULAR_PAST for w in words)


# words before a participle that make it a verb of its own clause, not a reduced relative
_NOT_BEFORE_REDUCED = frozenset("is are was were be been being am also still now not never then once further "
                                "he she they it we i who which that has have had".split())


# "As revealed at trial, …" / "As reported last week, …": a fronted frame that names no speaker
_AS_FRAME = re.compile(
    r"""\s*(?P<cue>As\s+(?:revealed|reported|disclosed|announced|noted|stated|confirmed|documented))
        (?P<pp>\s+(?!by\b)(?:at|in|on|during|earlier|last|this|before|previously)\b[^,;:\"“”]{0,60})?,\s+""",
    re.VERBOSE,
)


def as_frame(p: Para, sent: Span) -> None:
    """`As revealed at trial, X`: the clause after the comma is reported, by no one named."""
    t = p.masked
    m = _AS_FRAME.match(t, sent.start, sent.end)
    if m is None:
        return
    c0 = m.end()
    add_attribution(p, "according_to", (c0, clause_end(p, c0, sent, [])), m.span("cue"), None, "as_frame",
                    modality="reported")


_HAVE = re.compile(r"\s+have\s+")


def reportative(p: Para, sent: Span) -> None:
    """`reportedly`, `is said/believed/suspected to`, `it was reported that`: no source."""
    as_frame(p, sent)
    doc, t = p.doc, p.masked
    for m in REPORTATIVE.finditer(t, sent.start, sent.end):
        word = m.group()
        cue_at = m.start() + (word.index("said") if "said" in word else 0)
        have = _HAVE.match(t, m.end(), sent.end) if m.group("pass") else None
        if have and lexicon().cue_re.match(t, have.end(), sent.end):
            continue  # 'X is reported to have said that …': the cue rule reads X's saying (adverbials.tsv)
        if m.group("reduced"):
            prev = re.search(r"([\w'’-]+)\W*$", t[sent.start:m.start()])
            if prev is None or prev.group(1).lower() in _NOT_BEFORE_REDUCED or prev.group(1).endswith("ly"):
                continue  # "is also believed to" (a passive the cue rule or `pass` reads), "widely believed"
            add_attribution(p, "reportative", (m.end(), clause_end(p, m.end(), sent, [])), (m.start(), m.end()),
                            None, "reportative", modality="reported")
            continue
        if is_lookalike(doc.text, sent, cue_at, cue_at + 4 if "said" in word else m.end()):
            continue
        # a clause joined by ", and"/", but" with a cue of its own is not under the hedge
        end = sent.end
        for j in re.finditer(r",\s+(?:and|but|while|whereas)\s|;\s", t[m.end():sent.end]):
            if lexicon().cue_re.search(t, m.end() + j.end(), sent.end):
                end = m.end() + j.start()
                break
        if m.group("it"):
            c = (m.end(), clause_end(p, m.end(), sent, []))
        elif m.group("adv") and (not t[sent.start:m.start()].strip(" \"“”")
                                 or t[sent.start:m.start()].rstrip()[-1:] in "—–,:;("):
            c = (m.end(), end)  # "Reportedly(,) the sergeant was due …" / "… — reportedly the first"
            before = t[sent.start:m.start()].rstrip()
            if before.endswith(",") and len(before.split()) > 2 and t[m.end():m.end() + 1] == ",":
                # "… cut the water used by, reportedly, a factor of two": the hedge covers its clause
                b0 = t.rfind("; ", sent.start, m.start())
                c = (b0 + 2 if b0 >= 0 else sent.start, end)
            semi = t.find("; ", m.end(), end)
            if t[sent.start:m.start()].rstrip().endswith(",") and \
                    re.match(r"\s*(?:about|around|some|nearly|almost|over|up\s+to)?\s*\d", t[m.end():end]):
                # "…, reportedly 18.9 deaths per 100,000 people; this is …": the clause around a count
                before = t.rfind("; ", sent.start, m.start())
                c = (before + 2 if before >= 0 else sent.start, semi if semi >= 0 else end)
        else:
            b0 = t.rfind("; ", sent.start, m.start())
            start = b0 + 2 if b0 >= 0 else sent.start  # "…; it has reportedly grown …": this clause
            if m.group("pass") or m.group("presumed") or m.group("adv"):
                # "… were rescued while the rest are presumed dead": the clause of the hedge
                # (and "… arrested a man while two others were reportedly at large")
                b = list(re.finditer(r",\s+(?:and|but|where|when)\s|\s(?:while|whereas|although)\s|;\s",
                                     t[sent.start:m.start()]))
                if b:
                    start = sent.start + b[-1].end()
            c = (start, end)
        add_attribution(p, "reportative", c, (m.start(), m.end()), None, "reportative", modality="reported")
    _by_agent(p, sent)
    _it_by_agent(p, sent)


# "It was reported by the Daily Telegraph that …", "It has been confirmed by police that …": an
# impersonal passive whose agent is the source and whose that-clause is the content
_IT_BY_AGENT = re.compile(
    r"""\b[Ii]t\s+(?:is|was|has\s+been|had\s+been)\s+(?:\w+ly\s+|also\s+|later\s+)?
        (?P<cue>reported|announced|confirmed|stated|claimed|alleged|said|revealed|disclosed|suggested)
        \s+by\s+(?P<src>[^,;:\"“”]{2,70}?)
        (?:\s+(?:on|in|at|during|last|earlier|this)\s+[^,;:\"“”]{1,30}?)?   # 'on Friday': a time, not the agent
        \s*,?\s+that\s+""",
    re.VERBOSE,
)


def _it_by_agent(p: Para, sent: Span) -> None:
    t = p.masked
    for m in _IT_BY_AGENT.finditer(t, sent.start, sent.end):
        source = make_source(p, Span(*trim(t, m.start("src"), m.end("src"))), max_words=8)
        if source is None:
            continue
        c = (m.end(), clause_end(p, m.end(), sent, []))
        if len(p.doc.text[c[0]:c[1]].split()) >= 2:
            add_attribution(p, "indirect", c, (m.start("cue"), m.end("cue")), source, "it_by_agent")


# "were reported by local media to have visited", "reported by local press as belonging to"
_BY_AGENT = re.compile(
    r"""\b(?:(?P<cue>(?:(?:is|are|was|were|been)\s+)?reported)
          |(?:(?:is|are|was|were|been)\s+)?(?P<label>described|identified|named|characteri[sz]ed|labell?ed|branded))
        \s+by\s+(?P<src>[^,;:\"“”]{2,60}?)\s+(?P<link>to|as)\s+(?=[\w\"“‘])   # 'as "a strong advocate"' """,
    re.VERBOSE,
)


def _by_agent(p: Para, sent: Span) -> None:
    """A passive report with its agent: the agent is the source (not a reportative hedge)."""
    t = p.masked
    for m in _BY_AGENT.finditer(t, sent.start, sent.end):
        source = make_source(p, Span(*trim(t, m.start("src"), m.end("src"))), max_words=6)
        if source is None:
            continue
        if m.group("link") == "as":
            comma = t.find(",", m.end(), sent.end)  # "a plane, reported by X as Y, crashed"
            c = (m.end(), min(clause_end(p, m.end(), sent, []), comma if comma > 0 else sent.end))
        else:
            c = (sent.start, clause_end(p, m.end(), sent, []))
        if len(p.doc.text[c[0]:c[1]].split()) < 2:
            continue  # "reported by CNN as such"
        cue = "cue" if m.group("cue") else "label"
        add_attribution(p, "indirect", c, (m.start(cue), m.end(cue)), source, "reported_by")


def quoted_as(p: Para, sent: Span) -> None:
    """`X was quoted (by Y) as saying …` / `Y quoted X as saying …`: Y is the relay."""
    doc, t = p.doc, p.masked
    for m in QUOTED_AS.finditer(t, sent.start, sent.end):
        if m.group("cue"):
            left = speaker_left(p, sent, m.start())
            source = make_source(p, left.speaker)
            relay = Span(m.start("relay"), m.end("relay")) if m.group("relay") else None
            cue = (m.start("cue"), m.end("cue"))
        else:
            src = Span(m.start("src"), m.end("src"))
            source = make_source(p, src)
            left = speaker_left(p, sent, m.start())
            relay = left.speaker
            cue = (m.start("cue2"), m.end("cue2"))
        if source is None or m.group("that") and (source.type not in ("person", "anonymous", "group")
                                                  or source.text.lower() in mentions.PRONOUNS):
            continue  # "cited figures that showed …": evidence, not a speaker
        # a pronoun relay ("It cited …") names no outlet the reader could check
        vias = [relay] if relay and doc.slice(relay).lower() not in mentions.PRONOUNS else []
        rest = t[m.end():sent.end]
        qm = re.match(r"\s*(?:,|:|that)?\s*", rest)
        q = quote_at(p, m.end() + qm.end())
        qb = quote_ending(p, left.speaker.start - 1) if left.speaker is not None and left.content_end is None \
            else None
        if m.group("cue") and (left.content_end is not None or qb is not None) and not rest.strip(" .!?\"”’"):
            # 'The bridge will reopen, police were quoted as saying.': the frame closes the clause
            # ('"…," the mayor was quoted as saying.': the quotation before the speaker)
            if qb is not None:
                add_attribution(p, "direct", (qb.inner.start, qb.inner.end), cue, source, "quoted_as_before", vias)
            else:
                add_attribution(p, "indirect", trim(t, sent.start, left.content_end), cue, source,
                                "quoted_as_before", vias)
        elif q is not None:
            add_attribution(p, "direct", (q.inner.start, q.inner.end), cue, source, "quoted_as", vias)
            am = re.match(r"\s*,?\s*and\s+(?:that\s+)?", t[q.span.end:sent.end])
            q2 = quote_at(p, q.span.end + am.end()) if am else None
            if q2 is not None:  # 'as saying "…" and "…"': the second quotation is the same speaker's
                add_attribution(p, "direct", (q2.inner.start, q2.inner.end), cue, source, "quoted_as_and", vias)
        else:
            tm = re.match(r"\s*,?\s*(?:that\s+)?", rest)
            c_start = m.end() + tm.end()
            add_attribution(p, "indirect", (c_start, clause_end(p, c_start, sent, [])), cue, source,
                            "quoted_as", vias)


# Prepositional frames other than `according to` (annotation rule: `Per X`, `In a report of X`
# and `by early reports` are according_to with the preposition as cue)
_PER_FRONT = re.compile(r"(?P<cue>[Pp]er)\s+(?P<src>[^,;:\"“”]{2,90}?)\s*,\s+(?=\S)")
_PER_BACK = re.compile(r",\s+(?P<cue>per)\s+(?P<src>[^,;:\"“”]{2,90}?)\s*[.!?]?\s*$")
# "In a situational report of the council,", "In its latest bulletin from the agency,"
_IN_REPORT = re.compile(
    r"""(?P<cue>[Ii]n)\s+(?:a|an|the|its|their|his|her)\s+(?:[\w-]+\s+){0,3}?
        (?:report|statement|bulletin|update|advisory|release|assessment|filing|notice|communiqu[eé]|briefing)
        \s+(?:of|by|from)\s+(?P<src>[^,;:\"“”]{2,80}?)\s*,\s+(?=\S)""",
    re.VERBOSE,
)
# ", by early reports," / "By initial accounts," — reports without a named author
_BY_REPORTS = re.compile(
    r"""(?P<cue>\b[Bb]y)\s+(?P<src>(?:(?:early|initial|first|official|local|media|press|news|some|most|all|
            several|many|police|government|unofficial|latest|later)\s+){0,2}(?:reports|accounts|estimates|counts))
        (?:(?:\s+(?:on|from|as\s+of|late|early)\s+(?:\w+\s+){0,2}?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday
            |night|morning|evening|afternoon|day|\d{1,2}))?\s*(?=,)|(?=\s+(?:he|she|they|it|we|there|the|(?-i:[A-Z])[\w'’-]*\s+[a-z]+(?:ed|s)\b)))  # 'By reports he won'""",
    re.VERBOSE,
)
# 'per the guidelines', 'per the contract': a norm followed, not a source
_NORM = re.compile(r"(?:the\s+|its\s+|their\s+|[A-Z]+\s+)?(?:[\w'’-]+\s+){0,2}(?:guidelines?|rules?|law|policy|protocol|"
                   r"regulations?|tradition|custom|constitution|contract|agreement|standards?|instructions|usual|"
                   r"request|orders|wish|wishes|demand|capita|cent|annum|se|diem|year|day|hour|person|head)\b")
# the agent of a participle inside the source words: "numbers reported by The Associated Press"
_AGENT = re.compile(r"\b(?:reported|released|published|compiled|issued|given|provided|cited)\s+by\s+(.+)$")


def prepositional(p: Para, sent: Span) -> None:
    """`Per the decree, …`, `…, per the AP.`, `In a report of X, …`, `…, by early reports, …`."""
    t = p.masked
    start = sent.start
    lead = re.match(r"\s*(?:[A-Z][a-z]+day|[Oo]n\s+\w+(?:\s+\d+)?|[Ee]arlier|[Ll]ater|[Mm]eanwhile)\s*,\s+",
                    t[start:sent.end])
    if lead:
        start += lead.end()
    front = _PER_FRONT.match(t, start, sent.end) or _IN_REPORT.match(t, start, sent.end)
    if front and front.group("cue").lower() == "per" and _NORM.match(front.group("src")):
        front = None  # "Per request of the prime minister, …": who asked, not who says
    c_start = front.end() if front else sent.start
    if front:
        if front.group("cue").lower() == "in" and lexicon().cue_re.search(t, c_start, clause_end(p, c_start, sent, [])):
            front = None  # "In a statement from the club, the coach said …": the cue verb reads it
    if front:
        _add_prep(p, sent, front, (c_start, clause_end(p, c_start, sent, [])))
    back = _PER_BACK.search(t, sent.start, sent.end)
    if back and back.start() > sent.start and not _NORM.match(back.group("src")) \
            and not lexicon().cue_re.search(t, sent.start, back.start()):
        # (', per WHO guidelines': a norm; 'X said …, per Y': the cue verb's frame decides)
        semi = t.rfind("; ", sent.start, back.start())
        _add_prep(p, sent, back, (semi + 2 if semi >= 0 else sent.start, back.start()))
    for m in _BY_REPORTS.finditer(t, sent.start, sent.end):
        before = t[sent.start:m.start()].rstrip()
        if before and not before.endswith(","):
            continue  # "killed by reports of …" is no frame
        after = m.end() + (1 if t[m.end():m.end() + 1] == "," else 0)  # past the comma
        if not before:
            content = (after, clause_end(p, after, sent, []))
        else:
            content = (sent.start, clause_end(p, after, sent, []))
        _add_prep(p, sent, m, content)


def _add_prep(p: Para, sent: Span, m: re.Match[str], content: tuple[int, int]) -> None:
    t = p.masked
    s, e = m.start("src"), m.end("src")
    agent = _AGENT.search(t, s, e)
    if agent:
        s = agent.start(1)
    source = make_source(p, Span(*trim(t, s, e)), max_words=8)
    if source is None or len(p.doc.text[content[0]:content[1]].split()) < 3:
        return
    add_attribution(p, "according_to", content, (m.start("cue"), m.end("cue")), source, "prepositional")


def _is_document(source: SourceMention | None) -> bool:
    words = re.findall(r"[\w-]+", (source.text if source else "").lower())
    return any(w in mentions.lexicons().evidence for w in words)


def document(p: Para, sent: Span, cs: int, ce: int) -> None:
    """'The decree read "…"' / '"…," reads the judge's statement': a text quoted word for word.

    'read' is mostly 'read a book'; only a quotation next to it and a document noun as its
    subject (or, inverted, after it) make it a frame.
    """
    t = p.masked
    if re.search(rf"\b{BE}\s+$", t[max(sent.start, cs - 20):cs]):
        return  # "the letter was read aloud"
    qm = re.match(r"\s*(?:,?\s*in\s+(?:part|full|its\s+entirety|summary))?\s*[,:]?\s*", t[ce:sent.end])
    q = quote_at(p, ce + qm.end())  # ('The ruling read in part, "…"')
    if q is not None:
        source = make_source(p, speaker_left(p, sent, cs).speaker, max_words=8)
    else:
        back = cs
        while back > sent.start and t[back - 1] in " ,":
            back -= 1
        q = quote_ending(p, back)
        if q is None:
            return
        end = clause_end(p, ce, sent, [])
        source = make_source(p, Span(*trim(t, ce, end)), max_words=8)
    if source is None or not _is_document(source) or len(p.doc.slice(q.inner).split()) < 3:
        return
    add_attribution(p, "direct", (q.inner.start, q.inner.end), (cs, ce), source, "cue_document_quote")


# a noun that a judge or a court issues: its finding is the issuer's ('Judge X issued a ruling
# against Y finding that …' -> Judge X); other evidence nouns speak themselves ('research
# from 2014 showing …')
_ISSUED = frozenset("ruling decision verdict judgment judgement order opinion decree".split())


def evidence_participle(p: Para, sent: Span, cs: int, ce: int, pos: int, stops: list[int]) -> None:
    """'research from 2014 showing X', 'a ruling against Y finding that X', 'data suggesting X'."""
    t = p.masked
    rest = t[pos:sent.end]
    tm = re.match(r"\s*that(?:\s*,)?\s+", rest)
    if not tm and not BARE_CLAUSE.match(rest):
        return
    left = t[max(sent.start, cs - 120):cs]
    lex = mentions.lexicons()
    nouns = [m for m in re.finditer(r"[\w-]+", left) if m.group().lower() in lex.evidence]
    if not nouns or re.search(r"[;:]|,\s+(?:and|but)\s", left[nouns[-1].end():]):
        return
    noun = nouns[-1]
    n_start = cs - len(left) + noun.start()
    if noun.group().lower() in _ISSUED:
        source = leading_subject(p, sent, n_start)
    else:
        det = re.search(r"(?:\b(?:the|a|an|its|their|his|her|new|recent|earlier|[A-Z][\w.'’-]*)\s+){0,3}$",
                        t[max(sent.start, n_start - 40):n_start])
        s0 = n_start - (len(det.group()) if det else 0)
        source = make_source(p, Span(*trim(t, s0, cs)), max_words=8)
    if source is None:
        return
    c_start = pos + (tm.end() if tm else len(rest) - len(rest.lstrip()))
    add_attribution(p, "indirect", (c_start, clause_end(p, c_start, sent, stops)), (cs, ce), source,
                    "cue_evidence_participle")
