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

from ...model import SourceMention, Via
from ..base import LanguagePack
from ..common import as_via
from .mentions import NP


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
