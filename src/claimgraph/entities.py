"""What the resolver hands back: canonical names on the mentions, and `doc.entities`.

`sources.resolve` decides who each mention is; this module writes that into the document. Every
SourceMention and Via gets the entity id and the entity's canonical name (the registry's, spelled
out where the article spells it out), role, affiliation and type; each entity a source or relay
refers to is listed once with its aliases and all its mention spans (the outermost ones, plus
every further occurrence of a person's full name or surname).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from .acronyms import is_acronym, written_form
from .coref import Ent, Item
from .model import Document, Entity, SourceMention, Span
from .registry import RegistryEntry, normalise

if TYPE_CHECKING:
    from .sources import _Resolver

#: aliases kept per entity (the contract shows written forms, not every occurrence)
MAX_ALIASES = 12


def write_back(doc: Document, res: _Resolver, items: list[Item],
               org_spans: list[tuple[Span, RegistryEntry]],
               spelled: dict[tuple[str, str], str] | None = None) -> None:
    """Put the resolved entities on the mentions (id, canonical name, role, type) and list
    the shown ones in `doc.entities`, numbered in text order."""
    spelled = spelled or {}

    def display(ent: Ent, lang: str | None) -> str:
        """The canonical name: the registry's (in the mention's language), spelled out where the
        registry name is an acronym and the article spells it out (WHO -> World Health
        Organization); an acronym the article defines shows its long form (ALA -> American
        Library Association). A mention written "WHO" still keeps its written text."""
        lang = lang or res.lang or ""
        if ent.entry is None:
            return ent.name
        name = ent.entry.name_in(lang)
        return spelled.get((ent.key, lang), name) if is_acronym(name) else name

    for item in items:
        ent = item.ent
        if ent is None or ent.hidden:
            continue
        if item.span is not None:
            ent.mentions.add((item.span.start, item.span.end))
        written = written_form(doc.slice(item.span)) if item.span else item.parsed.text
        if written and written != ent.name and item.parsed.form != "pronoun":
            ent.aliases.setdefault(written, None)
        if ent.entry is not None and item.target is not None:
            shown = ent.entry.name_in(item.lang or res.lang)  # 'United Nations' in a German text
            if shown != ent.name:
                ent.aliases.setdefault(shown, None)
    _more_mentions(doc, res)
    used = [e for e in res.ents.values() if not e.hidden]
    used.sort(key=lambda e: (min(e.mentions) if e.mentions else (e.first, e.first)))
    ids = {e.key: f"e{i}" for i, e in enumerate(used, 1)}
    for item in items:
        ent, target = item.ent, item.target
        if target is None:
            continue
        if ent is None:
            if isinstance(target, SourceMention) and item.parsed.form == "pronoun":
                # an unresolved "he" is still a person; "they", "it" name nobody
                target.type = "anonymous" if item.parsed.gender in ("p", "n") else "person"
            continue
        target.entity = ids[ent.key]
        target.name = display(ent, item.lang)
        target.type = ent.type
        if isinstance(target, SourceMention):
            target.role = item.parsed.role or ent.role
            target.affiliation = item.parsed.affiliation or ent.affiliation
    doc.entities = [
        Entity(
            id=ids[e.key], name=display(e, None), type=e.type,
            aliases=list(e.aliases)[:MAX_ALIASES], role=e.role, affiliation=e.affiliation,
            mentions=_outermost(e.mentions),
            registry_id=e.entry.id if e.entry else None,
        )
        for e in used
    ]


def _outermost(spans: set[tuple[int, int]]) -> list[Span]:
    """Mention spans without those inside another (the name inside `Sprecherin Sabrina Singh`)."""
    out: list[Span] = []
    for s, e in sorted(spans, key=lambda x: (x[0], -x[1])):
        if out and out[-1].start <= s and e <= out[-1].end:
            continue
        out.append(Span(s, e))
    return out


def _more_mentions(doc: Document, res: _Resolver) -> None:
    """Cheap extra mentions: every occurrence of a person's full name or surname."""
    text = doc.text
    for ent in res.ents.values():
        if ent.type != "person":
            continue
        words = ent.name.split()
        forms = {ent.name}
        if len(words) > 1:
            forms |= {w for w in (words[-1], words[0]) if len(w) > 2 and normalise(w) in ent.surnames()}
        taken = sorted(ent.mentions)
        # a span can only lie inside a taken one that starts at most `longest` characters
        # before it, so the containment test looks at a bisected window, not the whole list
        # (a name repeated 50,000 times made this quadratic)
        longest = max([e - s for s, e in taken] + [len(f) for f in forms])
        for form in forms:
            at = text.find(form)
            while at >= 0:
                span = (at, at + len(form))
                before = text[at - 1] if at else " "
                after = text[span[1]] if span[1] < len(text) else " "
                if not (before.isalnum() or before == "-" or after.isalnum() or after == "-"):
                    lo = bisect.bisect_left(taken, (at - longest, -1))
                    hi = bisect.bisect_right(taken, (at, len(text) + 1))
                    if not any(e >= span[1] for _s, e in taken[lo:hi]):
                        ent.mentions.add(span)
                        bisect.insort(taken, span)
                at = text.find(form, at + 1)
