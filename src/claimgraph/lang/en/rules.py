"""English attribution rules: cue verbs, quotations, `according to`, relays and hedges.

Work happens per paragraph on a *masked* copy of the text (`reading.mask_quotes`) in which the
inside of every outermost quotation is replaced by placeholder letters: cue words inside a
quotation are not the writer's attributions, and a multi-sentence quote must not be cut by the
sentence splitter. Each cue is read in three steps: who is to its left (the speaker, after
skipping auxiliaries and adverbials), what is to its right (a quotation, a `that` clause, a bare
clause, or nothing, in which case the content stood before), and whether a relay
(`told Reuters`, `citing`, `according to` an outlet) passes it on.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import islice

from ...model import Attribution, Document, SourceMention, Span, Via
from ..base import load_tsv
from ...segment import sentences_in
from ..common import MAX_CUES, ParagraphIndex
from . import mentions
from .mentions import is_outlet, parse
from .carry import inverted_insert, passive_agent
from .inverted import role_name_end
from .nominal import nominal
from .colon_clause import colon_clause
from .nested import citing_after, outlet_via, relay_frames
from .frames import IRREGULAR_PAST, according, document, evidence_participle, prepositional, quoted_as, reportative
from .objects import (
    AUX_FIRST, INSERTED, MESSAGE_BEFORE, NO_CLAUSE, absolute, act_object, before_frame, finite, judged_object, label, naming,
    PP_CLAUSE, gap_clause, object_clause, object_content, passive_naming, past_clause,
)
from .quotes import continue_quotes, headline, loose_quotes, quote_paragraphs
from .reading import (
    AUX, BARE_CLAUSE, BE, FOLDER, Left, Para, add_attribution, clause_end, is_lookalike, leading_subject, lexicon,
    make_source, mask_quotes, outlets_in, quote_at, quote_ending, skip_after, speaker_left, trim,
)


# --- cue verbs ---------------------------------------------------------------------------

_OBJECT = re.compile(
    r"""\s+(?:(?:(?:the\s+)?(?:[A-Z][\w-]*\s+|local\s+|state\s+|public\s+)?(?:news\s+|media\s+|TV\s+|radio\s+)?  # French news
          (?:channel|agency|newspaper|broadcaster|daily|station|magazine|website|outlet|paper|network|tabloid)\s+
          (?P<outlet>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)*))          # channel BFM TV
       | (?P<name>(?:[Tt]he\s+)?[A-Z][\w.&'’-]*(?:\s+(?:of\s+|de\s+)?[A-Z][\w.&'’-]*)*)   # Reuters, The Jakarta Post
       | (?:the|a|an|local|state|foreign|national|his|her|their)\s+(?:[\w-]+\s+){0,2}?
         (?:media|press|newspaper|paper|agency|broadcaster|channel|station|outlet|website|network|
            magazine|court|committee|audience|crowd|world|reporters|journalists|parliament|lawmakers|
            public|nation|country|people|police|investigators|jury|hearing|panel|senators|members)
       | (?:him|her|them|me|us|reporters|journalists|lawmakers|parliament|supporters|colleagues|
            police|investigators|viewers|listeners|readers|residents|Congress)
       # any short noun phrase right before "that" or a colon and a quotation is the addressee
       # ('told the family that …', 'informed shareholders that …', 'told the crowd: "…"')
       | (?:(?!(?:that|how|what|why|whether|if|of|about|to|in|on)\b)[\w'’-]+\s+){0,4}?
         (?!(?:that|how|what|why|whether|if|of|about|to|in|on)\b)[\w'’-]+(?=\s*,?\s+that\s|\s*:\s*[\"“]))\b""",
    re.VERBOSE,
)
# 'said in a financial filing last week that …': a prepositional phrase between cue and "that"
_GAP_THAT = re.compile(
    r"""\s*,?\s*(?:in|on|at|during|after|before|to|from|while|outside|through|via|with|under|about)\s
        [^,;:\"“”]{1,80}?,?\s+that\s+""",
    re.VERBOSE,
)
# 'warned of "serious consequences"', 'spoke about "a new era"': a quote within three words
_PREP_QUOTE = re.compile(r"\s*((?:of|about|against|for|on|to)\s+)(?:[\w'’-]+\s+){0,3}?[\"“]")
# '…, but AFP reported as many as 32 hospitalised': a count is a claim without a verb of its own
_COUNT = re.compile(r"\s*(?:as\s+(?:many|much|few)\s+as|at\s+least|at\s+most|more\s+than|fewer\s+than|"
                    r"up\s+to|nearly|almost|about|around|over)\s+(?:\d(?![\d,.]*\s+(?:seconds?|minutes?|hours?|days?|weeks?|"
                    r"months?|years?|times|miles?|km|kilometres?|kilometers?)\b)|(?:a|one|two|three|four|five|several|a\s+few)\s+"
                    r"(?:hundred|thousand|dozen|million)|(?:hundreds|thousands|dozens|millions)\s+of|"
                    # 'said at most ten people …' (number words from numbers.tsv, then a noun)
                    r"(?:" + "|".join(r["word"].replace(" ", r"\s+") for r in load_tsv(FOLDER / "numbers.tsv"))
                    + r")(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?\s+(?!(?:seconds?|minutes?|"
                    r"hours?|days?|weeks?|months?|years?|times|miles?|km|kilometres?|kilometers?|of\s+(?:them|us|you))\b)"
                    r"(?-i:[a-z]))")


# 'confirmed with the police that …': the party checked with, then the that-clause
_CHECKED_WITH = re.compile(r"\s*with\s+((?:the\s+)?[^,;:\"“”]{1,60}?)\s*,?\s+(?=that\s)")


# left of a cue, compiled once (they run for every cue):
# 'according to initial reports': the noun "reports" closes an according-to frame
_ACCORDING_BEFORE = re.compile(r"\b[Aa]ccording\s+to\s+(?:[\w'’.-]+\s+){0,4}$")
# 'was told', 'is later called': a passive cue
_PASSIVE_BEFORE = re.compile(rf"\b{BE}\s+(?:(?:\w+ly|later|also|since|then|now|still|first|soon|never|not|once)\s+)?$")
# 'wants to say', 'did not say', 'why did he say': no reported content …
_NO_REPORT_BEFORE = re.compile(r"\b(?:to|will|would|could|should|can|may|might|must|not|never|n't)\s+$|"
                               r"\b(?:[Ww]hat|[Ww]hy|[Hh]ow|[Ww]hen|[Ww]here)\s+(?:did|does|do)\s+(?:[\w'’-]+\s+){1,3}$")
# … unless 'has to say', 'went on to say', 'went as far as to say'
_REPORT_AFTER_ALL = re.compile(r"\b(?:has|had|have)\s+\w*\s*$|\b(?:on|far|as)\s+to\s+$")
_COORDINATED = re.compile(r"(?:^|[,;]|\s)(?:and|but)(?:\s+(?:then|also|later|has|have|had|was|were|is|are"
                          r"|would|will|did|(?-i:[a-z]+ly)))*$")
_WITH_NP = re.compile(r"(?:^|\s)with\s+((?:[\w.'’&-]+\s+){0,5}?[\w.'’&-]+)$")
# 'to be called', 'was reported': a passive or infinitive cue has no speaker of its own
# an object and an infinitive of being after a verb of holding a view: 'the film to be', 'him to have'
_ECM = re.compile(r"\s*(?:[\w'’-]+\s+){1,6}?to\s+(?:be|have)\b")
_NO_SPEAKER_BEFORE = re.compile(r"\b(?:to|be|been|being|is|are|was|were)\s+(?:\w+ly\s+)?$")


def _has_verb(text: str) -> bool:
    """Any auxiliary, modal, negation or past form: a clause rather than an addressee or a time."""
    return any(w in AUX or w.endswith(("ed", "n't", "n’t")) or w in IRREGULAR_PAST
               for w in re.findall(r"[\w'’]+", text.lower()))


def _read_cue(p: Para, sent: Span, m: re.Match[str], stops: list[int]) -> None:
    doc, t = p.doc, p.masked
    lex = lexicon()
    cue = lex.cues[m.group()]
    cs, ce = m.span()
    if is_lookalike(doc.text, sent, cs, ce):
        return
    if cue.klass == "document":
        document(p, sent, cs, ce)
        return
    if cue.lemma == "report" and _ACCORDING_BEFORE.search(t[max(sent.start, cs - 60):cs]):
        return  # "according to initial reports": the noun, and the frame's source (a look-alike
        # row would hide the according-to frame too)
    passive = _PASSIVE_BEFORE.search(t[max(sent.start, cs - 30):cs])
    if passive and cue.klass == "naming":
        passive_naming(p, sent, max(sent.start, cs - 30) + passive.start(), cs, ce)
        return
    if passive:
        passive_agent(p, sent, cs, ce, stops)  # 'was told by the minister that …': the agent speaks
        return  # passive ("was told"); "is said to" belongs to the reportative rule
    # ("They did say …": emphatic do-support reports; "did not say" is caught by "not")
    if _NO_REPORT_BEFORE.search(t[max(sent.start, cs - 40):cs]):
        if not _REPORT_AFTER_ALL.search(t[max(sent.start, cs - 20):cs]):
            return  # "wants to say", "did not say", "would tell": no reported content
            # ("went on to say", "went as far as to say" do report)
    left_text = t[sent.start:cs].rstrip()
    pos, vias = skip_after(t, ce, sent.end)
    obj_end = pos
    if cue.takes_object:
        om = _OBJECT.match(t, pos, sent.end)
        if om:
            app = re.match(r"\s*,\s*(?:a|an|the)\s+[^,;:\"“”]{1,50}?,(?=\s*(?:that\b|[\"“]))", t[om.end():sent.end])
            name = om.group("name")
            if om.group("outlet"):  # 'told French news channel BFM TV': the name after the outlet noun
                vias.append(Span(om.start("outlet"), om.end("outlet")))
            elif name and (is_outlet(name) or app and re.search(
                    r"\b(?:news|media|outlet|newspaper|paper|agency|broadcaster|channel|station|website)\b",
                    app.group())):  # "told Anadolu Agency, a local news outlet, that …"
                vias.append(Span(om.start("name"), om.end("name")))
            obj_end = om.end() + (app.end() if app else 0)
        pos, more = skip_after(t, obj_end, sent.end)
        vias.extend(more)
    fwd_cite = citing_after(t, pos, sent.end)  # 'reported, citing two diplomats, that …'
    pos = fwd_cite[0] if fwd_cite else pos
    rest = t[pos:sent.end]
    # 'Wikinews confirmed with UpGuard that …': whom the writer checked with is the source
    checked = _CHECKED_WITH.match(rest) if cue.lemma in ("confirm", "verify", "check") else None
    if checked:
        checked_span = Span(*trim(t, pos + checked.start(1), pos + checked.end(1)))
        pos += checked.end()
        rest = t[pos:sent.end]
    participle = cue.form.endswith("ing")
    if participle:
        # '…, further saying' / '…," adding': an adverb may stand between comma and participle
        left_text = re.sub(r"(?:\s+(?:further|also|then|later|again|before|\w+ly))+$", "", left_text)
        if left_text.endswith(("\"", "”")) and doc.text[len(left_text) + sent.start - 2] == ",":
            left_text = left_text[:-1] + ","
    # '…, with officials saying …' / 'with local media reporting …': the noun phrase speaks
    with_np = _WITH_NP.search(left_text) \
        if participle and not left_text.endswith(",") else None
    # 'tried to have him released by saying they forgave him': the sentence's subject speaks
    by_ing = participle and (re.search(r"(?:^|\s)(?:by|in|while|when|after|before|through|without)$", left_text)
                             or MESSAGE_BEFORE.search(left_text))
    if with_np:
        participle = False
    elif participle and not left_text.endswith(",") and not by_ing:
        if cue.klass == "evidence":
            evidence_participle(p, sent, cs, ce, pos, stops)
        else:
            absolute(p, sent, cs, ce, pos)
        return
    if cue.needs == "ecm" and not (re.match(r"\s*,?\s*that\s", rest) or _ECM.match(rest)):
        return  # 'considered the offer' (an act), 'the brines they considered,' (a relative with a gap)
    # where is the speaker?
    # inversion ('"…," said X.' / '…, said the minister.'): the cue and a name close the clause
    inverted = not participle and not cue.takes_object and \
        cue.klass not in ("label", "appeal", "valuation", "evidence", "naming") and \
        (left_text.endswith((",", "\"", "”", "’")) or not left_text)
    coordinated = _COORDINATED.search(left_text) is not None
    left = Left() if participle or coordinated else speaker_left(p, sent, cs)
    if with_np:
        inverted = False
        np_end = with_np.end(1)
        when = re.search(r"\s+(?:yesterday|today|tonight|also|later|then)$", left_text[:np_end])
        if when and when.start() > with_np.start(1):  # "with the latter yesterday confirming"
            np_end = when.start()
        left = Left(speaker=Span(sent.start + with_np.start(1), sent.start + np_end))
    source: SourceMention | None = None
    if inverted:
        nm = re.match(r"(\s*[\w.'’&–-]+(?:\s+[\w.'’&–-]+){0,13}?)(?=\s*(?:\([^()]{1,40}\)\s*)?(?:[,.;!?]|$)|\s+[\"“]|\s+(?:after|before|on|at|during|while|when|outside|in|from)\s+(?:the\s+|a\s+)?[a-z0-9]"
                      r"|\s+(?:on|via|in)\s+(?:Twitter|Facebook|Instagram|Telegram|YouTube|TikTok|X|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b)",
                      t[ce:sent.end])
        first = nm.group(1).split()[0] if nm and nm.group(1).strip() else ""
        if nm and re.match(r"\s+[\"“]", t[ce + nm.end(1):sent.end]) and not (
                left_text.endswith(("\"", "”")) and re.match(r"\s+[\"“][a-z]", doc.text[ce + nm.end(1):sent.end])):
            first = ""  # ('…, said Cummings "worked until his last breath"': the reported clause's subject)
        if first in ("on", "in", "at", "via", "to", "from", "with", "for", "by", "during", "after", "before",
                     "of", "about", "regarding"):  # ('wrote of Lee, "…"': whom it is about)
            first = ""
        elif first.lower() in ("her", "his", "their", "its", "our") and not any(
                w.lower().strip(".,") in mentions.lexicons().roles or w.lower().strip(".,") in mentions.lexicons().groups
                for w in nm.group(1).split()[1:4]):
            first = ""  # '…, 67, announced her candidacy': an object ('said her lawyer' names a role)  # "…, announced on Facebook there were …": an adverbial, not a speaker
        caps_soon = any(w[:1].isupper() for w in nm.group(1).split()[:4]) if first else False
        if first and (first[:1].isupper() or caps_soon or first.lower() in mentions.DETERMINERS
                      or first.lower() in mentions.lexicons().roles
                      or first.lower() in mentions.lexicons().groups
                      or first.lower() in mentions.PRONOUNS) and first.lower() != "that" \
                and not finite(" ".join(w for w in nm.group(1).split() if w[:1].islower())):
            # ('…, announced US troops would be leaving': a clause after the cue, no speaker)
            span = role_name_end(t, Span(*trim(t, ce + nm.start(1), ce + nm.end(1))), sent.end)
            source = parse(doc.text, span.start, span.end)  # strict: no guessing after the cue
            if source is not None:
                pos2, more = skip_after(t, span.end, sent.end)
                vias.extend(more)
                left = Left(speaker=None, content_end=cs)
                rest = t[pos2:sent.end]
                pos = pos2
    if inverted and source is None:
        inverted = False
    if source is None and not participle and not coordinated:
        source = make_source(p, left.speaker)
        vias = left.vias + vias
    if participle or coordinated:
        prior = [a for a in p.found if a.source and sent.start <= a.content.span.start < cs]
        # ('X said the questions politicians asked …, and argued …': not a speaker inside X's content)
        prior = [a for a in prior if not (a.source.span and any(
            b.content.span.start <= a.source.span.start < b.content.span.end for b in prior))] or prior
        if prior:
            source = prior[-1].source
        else:
            source = leading_subject(p, sent, cs)
    cited = make_source(p, left.cited) if left.cited else make_source(p, fwd_cite[1]) \
        if fwd_cite and source is not None and outlet_via(doc, source) else None  # (a person citing a report speaks)
    if checked and source is not None and (make_source(p, checked_span) is not None):
        if source.type == "outlet":  # the outlet relays what it checked
            cited = make_source(p, checked_span)
        else:  # the writer (or an unlisted publisher) checked: no relay
            source = make_source(p, checked_span)
    if cited is not None and source is not None and source.span:
        vias = [source.span] + [v for v in vias if v != source.span]
        source = cited
    if source is None:
        return
    if cue.klass == "evidence" and source.type not in ("organisation", "anonymous") and \
            not re.search(r"\b(?:" + "|".join(mentions.lexicons().evidence) + r")\b",
                          (source.text or "").lower()) and \
            not re.match(r"\s*,?\s*that\s", rest) and not BARE_CLAUSE.match(rest) and \
            not object_clause(p, sent, cue, cs, pos, rest) and not judged_object(rest) and not PP_CLAUSE.match(rest):
        return  # 'they found the body' (no finding); 'they found (that) oxygen levels would be …'
    if AUX_FIRST.match(rest) and not cue.form.endswith("ing") and \
            not re.search(r"\b(?:which|that|who|what|whom)\b", t[max(sent.start, cs - 60):cs]):
        return  # ('the budget, which he said would cut waste' is read by the relative rule)
    kind = "indirect"
    modality = "hedged" if cue.klass == "belief" else "asserted"
    cue_span = (cs, ce)
    rule = f"cue_{cue.klass}"
    if cue.klass == "label":
        label(p, sent, ce, cue_span, source, vias)
        return
    if cue.klass == "naming":
        naming(p, sent, pos, cue_span, source, vias, stops)
        return
    sp_start = left.speaker.start if left.speaker else cs
    back = sp_start
    while back > p.start and t[back - 1] in " ,":
        back -= 1
    q_before = quote_ending(p, back) if (left.speaker is not None or inverted) else None
    # '"A," she said, "B"' resumes one sentence; '"A." She said "B."' are two quotations
    resumable = q_before is not None and (doc.text[q_before.inner.end - 1:q_before.inner.end] in ",—–-"
                                          or t[q_before.span.end:sp_start].strip().startswith(","))
    if q_before is not None and not resumable and inverted and doc.text[q_before.inner.end - 1:q_before.inner.end].isalpha():
        # '"We stand ready" tweeted Johnson "to provide …"': no commas, the quotation goes on in lower case
        resumable = re.match(r"\s*[\"“](?=[a-z])", doc.text[pos:sent.end]) is not None
    if resumable and re.search(r"\b(?:it|him|her|them|this|that|as)\s*$", t[sent.start:q_before.span.start]):
        resumable = False  # 'Calling it "an insult", X told Reuters "…"': a label, not the first half
    # 1. a quotation right after the cue: X said: "…" / X told Reuters, "…" / "A," she said, "B"
    qm = re.match(r"\s*(?:,|:|that)?\s*", rest)
    q = quote_at(p, pos + qm.end()) if qm else None
    if q is None:
        # 'said on the parliament floor, "…"' / 'said, in remarks published by CNN, "…"'
        pm = re.match(r"\s*,?\s*(?:on|in|at|during|to|after|before|from|while|when|outside|of|about|"
                      r"regarding|following|via|through|with|as|upon|under|according\s+to)\s"
                      r"[^,;:\"“”]{1,80}?,?\s*:?\s*(?=[\"“])"
                      r"|\s*[—–]\s*(?:as\s+)?[^—–,;:\"“”]{1,80}?\s*[—–]\s*,?\s*:?\s*(?=[\"“])"
                      # '"A," said Zahra, a union organiser, "B"': an apposition on the speaker
                      r"|\s*,\s*(?:a|an|the|his|her|their|its)\s[^,;:\"“”]{1,60}?,\s*(?=[\"“])", rest)
        if pm is None and cue.takes_object:
            # 'told a guard at the door, in French and English, "…"': the addressee, then asides
            pm = re.match(r"(?:\s*[^,;:\"“”.]{1,60}?,){1,3}\s*:?\s*(?=[\"“])", rest)
            if pm and (re.search(r"\bthat\b", pm.group()) or finite(pm.group())):
                pm = None
        if pm and re.match(r"\s*,?\s*to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+\b", pm.group()):
            pm = None  # 'vowed to continue "the good fight"': an infinitive around the quote (mixed)
        if pm and quote_at(p, pos + pm.end()) is not None:
            q = quote_at(p, pos + pm.end())
            if not re.search(r"\bwhich\b|[—–]", pm.group()) or re.search(  # '— which the BBC noted —'
                    r"[—–]\s*(?:as\s+)?(?:reported|published|quoted|cited|broadcast)\s+(?:by|in|on)\b", pm.group()):
                vias = vias + [v for v in outlets_in(t, pos, pos + pm.end()) if v not in vias]
                rb = re.search(r"(?:reported|published|broadcast)\s+by\s+((?:the\s+)?[A-Z][^—–]{0,60}?)\s*[—–]",
                               pm.group())
                if rb and not vias:  # '— as reported by Kathimerini —': a relay the registry lacks
                    vias.append(Span(*trim(t, pos + rb.start(1), pos + rb.end(1))))
    if q is not None and len(doc.slice(q.inner).split()) >= 2:
        if resumable and q_before.span.start not in p.used_quotes:
            p.used_quotes.add(q_before.span.start)
            add_attribution(p, "direct", (q_before.inner.start, q.inner.end), cue_span, source,
                 rule + "_quote_resumed", vias, modality)
            return
        add_attribution(p, "direct", (q.inner.start, q.inner.end), cue_span, source, rule + "_quote_after", vias,
             modality)
        return
    # 2. content before: "…," X said. / "…," said X. / "…" X said. (quote in the sentence before)
    # ('"…", Johnson said in a video statement released …': after a quote ending in a comma,
    # whatever follows the frame is circumstance unless it opens with "that", ":" or a quote)
    after_quote = resumable and not re.match(r"\s*,?\s*(?:that\b|[:\"“])", rest)
    if inverted or after_quote or before_frame(p, sent, pos):
        cm = re.match(r"\s*,\s*(?:citing|quoting)\s+([^,.;]+)", t[pos:sent.end])
        if cm:  # "…, Bloomberg reported, citing two people familiar with the matter"
            cited = make_source(p, Span(*trim(t, pos + cm.start(1), pos + cm.end(1))))
            if cited is not None and source.span is not None:
                vias = [source.span] + vias
                source = cited
        if q_before is not None:
            add_attribution(p, "direct", (q_before.inner.start, q_before.inner.end), cue_span, source,
                 rule + "_quote_before", vias, modality)
        elif left.content_end is not None or (inverted and back > sent.start):
            c_end = left.content_end if left.content_end is not None else back
            go_on = inverted_insert(t, sent.start, c_end, pos) if inverted else None
            if go_on is not None:  # 'Because X, says the study, it rises …': the frame sits inside
                add_attribution(p, kind, (sent.start, clause_end(p, go_on, sent, stops)), cue_span, source,
                                rule + "_inserted", vias, modality)
                return
            add_attribution(p, kind, (sent.start, c_end), cue_span, source, rule + "_before", vias, modality)
        return
    # 3. a that-clause or bare clause after the cue
    if left.content_end is not None and not participle and (INSERTED.match(rest) or re.match(
            r"\s*,\s*(?:[\w'’-]+\s+){1,8}?(?:would|could|will|might|may|must|should|can|is|are|was|were)\b", rest)
            and re.match(r"(?:If|Unless|Although|Though|Because|Once|Since|Even\s+if)\s", t[sent.start:left.content_end])):
        # ('If the birds had been farmed, they reasoned, the specimens would …': the whole sentence)
        # 'Such reefs, they reason, could serve …': a frame between commas inside the clause
        c0 = t.rfind("; ", sent.start, left.content_end)
        c0 = c0 + 2 if c0 >= 0 else sent.start
        after = pos + re.match(r"\s*,\s*", rest).end()
        add_attribution(p, kind, (c0, clause_end(p, after, sent, stops)), cue_span, source,
                        rule + "_inserted", vias, modality)
        return
    tm = re.match(r"\s*,?\s*that(?:\s*,)?\s+", rest) or _GAP_THAT.match(rest)  # "arguing that, as …,"
    if tm:
        c_start = pos + tm.end()
        vias = vias + [v for v in outlets_in(t, pos, c_start) if v not in vias]
    elif _PREP_QUOTE.match(rest):
        # 'warned of "serious consequences" if …': the quoted words sit in the speaker's clause
        c_start = pos + _PREP_QUOTE.match(rest).end(1)
        add_attribution(p, "mixed", (c_start, clause_end(p, c_start, sent, stops)), cue_span, source,
                        rule + "_prep_quote", vias, modality)
        return
    elif cue.klass in ("appeal", "valuation") or cue.needs == "np":
        if cue.needs == "np" and re.search(r"\b(?:that|which)\s+(?:\w+ly\s+)?$", t[sent.start:cs]):
            return  # 'models that predict the weather': a relative clause names a kind, not a claim
        object_content(p, sent, cue, pos, rest, cue_span, source, vias, stops)
        return
    else:
        if cue.lemma in ("announce", "confirm") and act_object(rest):
            return  # 'announced his resignation', 'confirmed her nomination': an act, not a claim
        # words counted in the text, not the masked copy (a masked quote is one "word")
        obj = object_clause(p, sent, cue, cs, pos, rest)
        needs_that = cue.needs_that and (cue.needs == "strict" or not (with_np and finite(rest))
                                         and not BARE_CLAUSE.match(rest) and not past_clause(rest) and not obj)
        count = cue.klass in ("speech", "report") and _COUNT.match(rest)
        if not count and (needs_that or (NO_CLAUSE.match(rest) and not PP_CLAUSE.match(rest) and not obj)
                          or len(doc.text[pos:sent.end].split()) < 3):
            return
        c_start = pos
    c_end = clause_end(p, c_start, sent, stops)
    if left.relative and "," in t[c_start:c_end]:
        c_end = t.index(",", c_start, c_end)  # "China, which claims sovereignty over Taiwan, …"
    if not tm and len(doc.text[c_start:c_end].split()) < 3 and not _COUNT.match(rest):
        return  # "announced his plan": a noun phrase, not a reported clause
    if gap_clause(doc.text[c_start:c_end]):
        return  # 'far from where the records predicted it would be': a relative clause with a gap
    # 'said the roof fell in and "everyone screamed", and "it felt like the end."': a paraphrase
    # with a quoted part, then a whole quotation closing the sentence — two items
    two = re.search(r"[”\"],?\s+and\s+(?=[“\"])", doc.text[c_start:c_end])
    q2 = quote_at(p, c_start + two.end()) if two else None
    if q2 is not None and q2.span.end >= trim(doc.text, c_start, c_end)[1] - 1 \
            and len(doc.slice(q2.inner).split()) >= 3:
        add_attribution(p, kind, (c_start, c_start + two.start() + 1), cue_span, source,
                        rule + "_clause", vias, modality)
        add_attribution(p, "direct", (q2.inner.start, q2.inner.end), cue_span, source,
                        rule + "_quote_joined", vias, modality)
        return
    colon = re.match(r"\s*:", doc.text[trim(t, c_start, c_end)[1]:p.end])  # (a quotation or clause follows)
    if not (colon and not tm and len(doc.text[c_start:c_end].split()) <= 6 and not _has_verb(doc.text[c_start:c_end])):
        # ('warned residents on Monday evening: "…"': an addressee before a colon is no clause)
        add_attribution(p, kind, (c_start, c_end), cue_span, source, rule + ("_that" if tm else "_clause"), vias,
                        modality)
    # 'told the press the drugs were only part of it: "What will stop …"': the quotation after the
    # colon is the same speaker's own words
    colon = re.match(r"\s*:\s*", t[c_end:sent.end])
    q3 = quote_at(p, c_end + colon.end()) if colon else None
    if q3 is not None and len(doc.slice(q3.inner).split()) >= 3 and \
            not lexicon().cue_re.search(t, q3.span.end, min(q3.span.end + 40, p.end)):  # ('…," he said')
        add_attribution(p, "direct", (q3.inner.start, q3.inner.end), cue_span, source,
                        rule + "_quote_colon", vias, modality)


def _stops(p: Para, sent: Span, cues: list[re.Match[str]]) -> list[int]:
    """Commas before a sentence-final 'X said': forward content must not run into them."""
    out = []
    for m in cues:
        cue = lexicon().cues[m.group()]
        if cue.klass == "evidence" and cue.form.endswith("ing"):
            continue  # '— suggesting masks help' has no speaker of its own
        if _NO_SPEAKER_BEFORE.search(p.masked[max(sent.start, m.start() - 20):m.start()]):
            continue  # 'the new region, to be called Bangsamoro, would …': a passive or infinitive, no speaker
        left = speaker_left(p, sent, m.start())
        if before_frame(p, sent, skip_after(p.masked, m.end(), sent.end)[0]):
            if left.speaker is not None and left.content_end is not None:
                out.append(left.content_end)
        elif left.speaker is not None:
            # "… his plan, the council said …": a new speaker after a comma ends earlier content
            before = p.masked[sent.start:left.speaker.start].rstrip()
            if before.endswith(","):
                out.append(sent.start + len(before) - 1)
    return out


# --- the pack's entry point --------------------------------------------------------------

_PRIORITY = {"direct": 0, "mixed": 1, "indirect": 2, "according_to": 3, "reportative": 4}


def _overlap(a: Span, b: Span) -> float:
    inter = min(a.end, b.end) - max(a.start, b.start)
    return max(inter, 0) / max(min(len(a), len(b)), 1)


def _tidy(found: list[Attribution]) -> list[Attribution]:
    """Pass outlets' reports on as relays, then drop duplicates and hedges inside reports."""
    out = _relays(found)
    out.sort(key=lambda a: (_PRIORITY.get(a.kind, 5), a.content.span.start))
    kept: list[Attribution] = []
    for a in out:
        dup = next((k for k in kept if _overlap(k.content.span, a.content.span) > 0.8
                    and (k.source is None or a.source is None or a.kind == "reportative"
                         or k.kind == "according_to" or a.kind == "according_to"
                         or (k.cue and a.cue and k.cue.span == a.cue.span))), None)
        if dup is not None:
            if dup.source is None and a.source is not None:
                dup.source = a.source
            continue
        if a.kind == "reportative" and any(
                k.content.span.contains(a.cue.span) for k in kept if a.cue and k.source):
            continue
        kept.append(a)
    kept.sort(key=lambda a: (a.content.span.start, a.content.span.end))
    return kept


def _split_nested(doc: Document, found: list[Attribution]) -> None:
    """'A as the Pentagon reported B, NATO confirmed': NATO's content stops before the Pentagon.

    The engine keeps one of two attributions sharing most words; cutting the outer content at
    the inner speaker keeps both claims (and says what the outer speaker added).
    """
    # only a b whose cue lies inside a's content can cut it: candidates by bisect over the cue
    # starts, in list order, found again after a cut (all pairs took 8 s for 4,000 sentences)
    order = sorted((j for j, b in enumerate(found) if b.source and b.source.span and b.cue),
                   key=lambda j: found[j].cue.span.start)  # type: ignore[union-attr]
    starts = [found[j].cue.span.start for j in order]  # type: ignore[union-attr]
    for a in found:
        if a.kind == "direct":
            continue
        done = -1  # candidates up to this position in `found` were tried
        while True:
            span = a.content.span
            near = sorted(j for j in order[bisect_left(starts, span.start):
                                           bisect_right(starts, span.end)] if j > done)
            for j in near:
                done, b = j, found[j]
                if a is b:
                    continue
                sp = b.source.span  # type: ignore[union-attr]
                if a.content.span.start < sp.start and b.content.span.end <= a.content.span.end \
                        and a.content.span.contains(b.cue.span):  # type: ignore[union-attr]
                    cut = re.search(r"(?:[\s,;]+(?:as|and|but|while|when|after|since|because|that|—|–))*[\s,;]*$",
                                    doc.text[a.content.span.start:sp.start])
                    end = a.content.span.start + (cut.start() if cut else sp.start - a.content.span.start)
                    if len(doc.text[a.content.span.start:end].split()) >= 4:
                        a.content = doc.text_span(a.content.span.start, end)
                        if a.content.span != span:
                            break  # other candidates now
            else:
                break


def _relays(found: list[Attribution]) -> list[Attribution]:
    """An outlet's report whose content holds someone else's cue passes that claim on (via)."""
    out: list[Attribution] = []
    for a in found:
        if a.source and a.source.type == "outlet":
            inner = [b for b in found if b is not a and b.cue and b.source
                     and b.source.type != "outlet" and a.content.span.contains(b.cue.span)]
            if inner:
                for b in inner:
                    b.via = [Via(a.source.name, "outlet", span=a.source.span)] + b.via
                continue
        out.append(a)
    # "Reuters reported that X, a government source said": the source's claim, relayed
    for a in list(out):
        if not (a.source and a.source.type == "outlet" and a.cue):
            continue
        for b in out:
            if b is a or not (b.source and b.source.type != "outlet" and b.cue) or b.kind == "direct":
                continue
            if b.content.span.contains(a.cue.span) and b.cue.span.start >= a.content.span.end \
                    and _overlap(a.content.span, b.content.span) > 0.6:
                b.content = a.content
                b.via = [Via(a.source.name, "outlet", span=a.source.span)] + b.via
                out.remove(a)
                break
    # "X said …, Reuters reported": the outlet's cue after the speaker's content
    for a in list(out):
        if a.source and a.source.type == "outlet" and a.cue:
            inner = [b for b in out if b is not a and b.source and b.source.type != "outlet"
                     and b.cue and _overlap(a.content.span, b.content.span) > 0.6
                     and b.cue.span.start < a.cue.span.start]
            if inner:
                for b in inner:
                    b.via = [Via(a.source.name, "outlet", span=a.source.span)] + b.via
                out.remove(a)
    return out


def _paragraph(doc: Document, idx: int, masked: str, index: ParagraphIndex) -> Para:
    para = doc.paragraphs[idx]
    quotes = list(index.quotes.get(idx, ()))
    p = Para(doc, idx, para.span.start, para.span.end, masked, quotes)
    lex = lexicon()
    if para.kind in ("headline", "subhead"):
        headline(p)
    for sent in sentences_in(masked, p.start, p.end, idx):
        span = sent.span
        cues = list(islice(lex.cue_re.finditer(masked, span.start, span.end), MAX_CUES))
        quoted_as(p, span)
        stops = _stops(p, span, cues)
        for m in cues:
            _read_cue(p, span, m, stops)
        according(p, span)
        nominal(p, span)
        prepositional(p, span)
        reportative(p, span)
        colon_clause(p, span)
    loose_quotes(p)
    return p


def find(doc: Document, paragraphs: list[int], pack: object = None) -> list[Attribution]:
    """Attributions in the English paragraphs `paragraphs` of `doc`.

    >>> from claimgraph import analyze
    >>> [a.source.name for a in analyze("The minister said the bridge would reopen in May.").attributions]
    ['minister']
    """
    wanted = set(paragraphs)  # (a set per quote was quadratic)
    masked = mask_quotes(doc.text, [q for q in doc.quotes if q.paragraph in wanted])
    index = ParagraphIndex.of(doc)
    paras: dict[int, Para] = {}
    for i in sorted(paragraphs):
        span = doc.paragraphs[i].span
        if span.end - span.start >= 3:
            paras[i] = _paragraph(doc, i, masked, index)
    continue_quotes(paras)
    quote_paragraphs(paras)
    found = [a for p in paras.values() for a in _tidy(relay_frames(doc, p.found))]
    _split_nested(doc, found)
    for a in found:
        for m in doc.embeds:
            if m.span.contains(a.content.span):
                a.embed = m.id
    return found
