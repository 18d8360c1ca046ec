"""German citing phrases inside a verb frame: who speaks when `X berichtet unter Berufung auf
Y, …`.

An outlet relays: `„BBC News“ berichtet unter Berufung auf einen Gefängniswärter, …` -> the
guard speaks, via BBC News. Anyone else speaks for itself: `Unter Berufung auf staatliche
Organe teilte die Weltgesundheitsorganisation mit, …` -> the WHO speaks; the organs are
neither its source nor a via. The verb frames (rules.py) find the subject and the cited
phrase; `pattern` and `relay` decide (citing.tsv lists the phrases).
"""

from __future__ import annotations

import re

from ...model import Attribution, Document, SourceMention, Via
from ..base import LanguagePack
from ..common import as_via
from .frames_embedded import prune_crossing
from .mentions import NP, parse


def pattern(pack: LanguagePack) -> re.Pattern[str]:
    """`unter Berufung auf (nicht näher genannte) Quellen`: the cited noun phrase in `np`."""
    rx = pack.hooks.get("_de_citing")
    if rx is None:
        phrases = sorted((r["phrase"] for r in pack.lexicon("citing")), key=len, reverse=True)
        alt = "|".join(r"\s+".join(re.escape(w) for w in p.split()) for p in phrases)
        # the first letter may be capital at the sentence start ("Unter Berufung auf …")
        alt = re.sub(r"(?<![\\\w])([umUM])", lambda m: f"[{m.group(1).lower()}{m.group(1).upper()}]",
                     alt)
        rx = re.compile(rf"(?P<cue>{alt})\s+"
                        rf"(?:(?:nicht|namentlich|näher|weiter)\s+){{0,3}}(?P<np>{NP})")
        pack.hooks["_de_citing"] = rx
    return rx


def relay(subject: SourceMention, cited: SourceMention | None,
          vias: list[Via]) -> tuple[SourceMention, list[Via]]:
    """(source, vias) of a frame whose subject cites `cited`: an outlet subject relays."""
    if cited is None or subject.type != "outlet":
        return subject, vias
    return cited, [as_via(subject)] + [v for v in vias if v.name != subject.name]


#: media nouns without a name ("Medien", "Staatsmedien", "Medienberichte"): they relay too
_MEDIA = re.compile(r"(?:[Mm]edien|[Pp]resse|[Bb]erichte[n]?)$")
#: what may stand between the relaying subject and its citing phrase: a name after a generic
#: noun ("das Portal al-Arabiya"), a time ("am Montag"), an edition ("in ihrer Ausgabe")
_BETWEEN = re.compile(r"""(?:\s+(?:[a-z]{1,3}-)?[A-ZÄÖÜ][\w.-]*        # al-Arabiya, Kyodo
                           |\s+(?:am|heute|gestern|zuvor|bereits|am\s+\w+)(?![\w-])
                           ){0,3}\s*""", re.VERBOSE)


def _relays(src: SourceMention) -> bool:
    """An outlet, or a nameless media noun ("Medien berichten unter Berufung auf …")."""
    return src.type == "outlet" or bool(_MEDIA.search(src.name or ""))


def recite(doc: Document, found: list[Attribution], pack: LanguagePack) -> None:
    """`Das berichtet die FTD unter Berufung auf Unternehmenskreise.`, `…, berichtet das Portal
    al-Arabiya unter Berufung auf einen Augenzeugen.`: a citing phrase right after a relaying
    subject (outside the content) makes the cited party the source and the outlet a via.
    The verb frames read the simple shapes; this pass catches a frame sentence of its own and
    a name between the subject and the phrase."""
    prune_crossing(found)  # a verb inside a noun's clause frames nothing outside it
    rx = pattern(pack)
    for att in found:
        src = att.source
        if src is None or src.span is None or att.cue is None or not _relays(src):
            continue
        if att.content.span.start <= src.span.start < att.content.span.end:
            continue
        gap = _BETWEEN.match(doc.text, src.span.end)
        cm = rx.match(doc.text, gap.end()) if gap is not None else None
        if cm is None or att.content.span.start <= cm.start() < att.content.span.end:
            continue
        cited = parse(cm.group("np"), cm.start("np"), pack)
        if cited is None:
            continue
        att.source, att.via = relay(SourceMention(src.text, src.span, src.name, src.role,
                                                  src.affiliation, "outlet", src.entity),
                                    cited, att.via)
