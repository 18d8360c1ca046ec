"""The language-independent attribution engine.

Each paragraph is given to the pack of its language (`Paragraph.lang`); the pack's rules
return candidate attributions (`pack.find(doc, paragraph_indices, pack)`); the engine then

1. folds relays: an outlet reporting a clause whose own speaker is named becomes a `via` of
   that speaker's attribution (`Er fordert …, wie «Reuters» berichtet`);
2. folds a reportative `sollen` into an according-to frame over the same words (modality
   `reported`);
3. resolves overlaps: of two candidates sharing most of their content the stronger rule wins
   (direct > mixed > framed > according-to > reportative > continuation);
4. adds one `embed` attribution per embedded post and marks attributions inside posts;
5. sorts by content start. Ids stay empty (`pipeline.finalize` numbers them).

Source mentions carry what the rules could see (name, role, affiliation, type);
`sources.resolve` canonicalises them and builds entities afterwards.
"""

from __future__ import annotations

import gc
from collections import defaultdict
from contextlib import contextmanager
from typing import Callable, Iterator

from .config import LIMITS
from .lang.base import get_pack
from .lang.common import as_via, overlap
from .model import Attribution, Document, Embed, SourceMention, Span, TextSpan

#: rank of a kind when two candidates claim the same words (lower wins)
_KIND_RANK = {"embed": 0, "direct": 1, "mixed": 2, "indirect": 3, "according_to": 3,
              "reportative": 5}
#: share of the shorter content two candidates must share to be "the same words"
SAME_WORDS = 0.5


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for one stage (restored afterwards).

    The rules allocate many small objects; each collection then walks every object of the
    document, which made GC a quarter of the stage on 50,000 paragraphs (4.5 s -> 3.5 s
    without it). The few cycles the stage leaves are collected after it.
    """
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def attribute(doc: Document) -> Document:
    """Stage: find attributions in every paragraph with the pack of its language."""
    with gc_paused():
        return _attribute(doc)


def _attribute(doc: Document) -> Document:
    by_lang: dict[str, list[int]] = defaultdict(list)
    skipped = []
    for i, para in enumerate(doc.paragraphs):
        if len(para.span) > LIMITS.max_paragraph_chars:
            skipped.append(i)  # the rules' cost grows with the square of a unit's length
            continue
        by_lang[para.lang or doc.lang or "de"].append(i)
    if skipped:
        doc.meta.setdefault("limits", []).append(
            f"{len(skipped)} paragraph(s) longer than {LIMITS.max_paragraph_chars:,} characters "
            f"not analysed for attributions (max_paragraph_chars): {skipped[:20]}")
    found: list[Attribution] = []
    for code, indices in by_lang.items():
        pack = get_pack(code)
        for att in pack.find(doc, indices, pack):
            att.lang = att.lang or code
            found.append(att)
    found = resolve_overlaps(fold_reportative(fold_relays(found)))
    found.extend(embed_attributions(doc))
    mark_embeds(doc, found)
    found.sort(key=lambda a: (a.content.span.start, a.content.span.end))
    doc.attributions = found
    return doc


#: rules whose empty source is a finding (an impersonal frame names nobody), not a gap
IMPERSONAL_RULES = frozenset({"nominal_hiess_es", "nominal_rede"})


def _rank(att: Attribution) -> tuple[int, int, int]:
    """Smaller is stronger: kind, then continuation rules last, then a named source first."""
    cont = 1 if att.rule.startswith("continuation") else 0
    return (_KIND_RANK.get(att.kind, 4) + 2 * cont, 0 if att.source else 1,
            -len(att.content.span))


def _share(a: Attribution, b: Attribution) -> float:
    ov = overlap(a.content.span, b.content.span)
    return ov / max(1, min(len(a.content.span), len(b.content.span)))


def _blocks(span: Span) -> range:
    """The 64-character blocks a content span touches (an empty span: the one it sits in)."""
    return range(span.start >> 6, (max(span.end - 1, span.start) >> 6) + 1)


def _block_index(atts: list[Attribution], wanted: Callable[[Attribution], bool]
                 ) -> dict[int, list[int]]:
    """Positions of the `wanted` candidates by content block, ascending."""
    index: dict[int, list[int]] = defaultdict(list)
    for j, att in enumerate(atts):
        if wanted(att):
            for b in _blocks(att.content.span):
                index[b].append(j)
    return index


def _near(index: dict[int, list[int]], span: Span) -> list[int]:
    """Candidates whose content may overlap `span`, in list order (overlapping spans share a
    block, so none is missed; comparing with every attribution was quadratic)."""
    return sorted({j for b in _blocks(span) for j in index.get(b, ())})


def fold_relays(atts: list[Attribution]) -> list[Attribution]:
    """An outlet's frame around a named speaker's clause becomes that speaker's `via`.

    `NATO-Schätzungen zufolge hat Russland … verloren, meldet «AP»` -> source NATO, via AP.
    """
    drop: set[int] = set()
    # inner candidates overlap the outer content: by block (all pairs: 11.5 s for 4,000
    # paragraphs whose source is an outlet)
    index = _block_index(atts, lambda a: a.source is not None and a.source.type != "outlet")
    for i, outer in enumerate(atts):
        if outer.source is None or outer.source.type != "outlet" or outer.kind == "direct":
            continue
        for j in _near(index, outer.content.span):
            inner = atts[j]
            if i == j or j in drop or inner.source is None or inner.source.type == "outlet":
                continue
            if inner.kind == "reportative":
                continue
            if not outer.content.span.overlaps(inner.content.span):
                continue
            if overlap(outer.content.span, inner.content.span) < 0.6 * len(inner.content.span):
                continue
            if any(v.name == outer.source.name for v in inner.via):
                continue
            inner.via = [as_via(outer.source)] + inner.via
            drop.add(i)
            break
    return [a for k, a in enumerate(atts) if k not in drop]


def fold_reportative(atts: list[Attribution]) -> list[Attribution]:
    """`Laut X sollen … sein`: one according-to attribution with modality `reported`."""
    drop: set[int] = set()
    index = _block_index(atts, lambda a: a.kind != "reportative")  # (a share needs overlap)
    for i, rep in enumerate(atts):
        if rep.kind != "reportative":
            continue
        for other in (atts[j] for j in _near(index, rep.content.span)):
            if other is rep or other.kind == "reportative":
                continue
            if _share(rep, other) >= SAME_WORDS:
                other.modality = "reported"
                drop.add(i)
                break
    return [a for k, a in enumerate(atts) if k not in drop]


def resolve_overlaps(atts: list[Attribution]) -> list[Attribution]:
    """Keep the strongest of candidates that share most of their words."""
    kept: list[Attribution] = []
    # kept candidates by 64-character block of their content: a clash needs overlapping
    # content, so only candidates in shared blocks are compared (all-pairs was quadratic:
    # 9 s for 1,000 one-sentence paragraphs; 256-character blocks still compared each
    # one-line paragraph with a dozen neighbours)
    blocks: dict[int, list[int]] = defaultdict(list)
    for att in sorted(atts, key=_rank):
        span = att.content.span
        near = sorted({k for b in range(span.start >> 6, (max(span.end - 1, span.start) >> 6) + 1)
                       for k in blocks.get(b, ())})
        clash = next((kept[k] for k in near if _share(att, kept[k]) >= SAME_WORDS), None)
        if clash is None:
            for b in range(span.start >> 6, (max(span.end - 1, span.start) >> 6) + 1):
                blocks[b].append(len(kept))
            kept.append(att)
        elif clash.source is None and att.source is not None and clash.kind == att.kind \
                and not (clash.rule in IMPERSONAL_RULES and att.rule.startswith("continuation")):
            # an impersonal frame ("Hieß es zunächst, …") says that nobody is named: a
            # speaker carried over by a continuation must not fill it
            clash.source = att.source
    return kept


def _post_name(embed: Embed) -> str:
    if embed.author and embed.handle:
        return f"{embed.author} (@{embed.handle.lstrip('@')})"
    if embed.handle:
        return "@" + embed.handle.lstrip("@")
    return embed.author or embed.platform


def embed_attributions(doc: Document) -> list[Attribution]:
    """One `embed` attribution per embedded post: the post's text, said by its account."""
    out: list[Attribution] = []
    for emb in doc.embeds:
        span = emb.text_span or emb.span
        text = doc.text[span.start:span.end]
        shown = emb.author or (("@" + emb.handle.lstrip("@")) if emb.handle else emb.platform)
        src_span = None
        for written in (emb.author, f"@{emb.handle.lstrip('@')}" if emb.handle else None):
            if written:
                pos = doc.text.find(written, emb.span.start, emb.span.end)
                if pos >= 0:
                    src_span = type(span)(pos, pos + len(written))
                    shown = doc.text[pos:pos + len(written)]
                    break
        source = SourceMention(text=shown, span=src_span, name=_post_name(emb),
                               type="social_account")
        out.append(Attribution(kind="embed", content=TextSpan(text, span), source=source,
                               embed=emb.id, modality="asserted", lang=emb.lang, rule="embed"))
    return out


def mark_embeds(doc: Document, atts: list[Attribution]) -> None:
    """Set `embed` on every attribution whose content lies inside an embedded post."""
    for emb in doc.embeds:
        for att in atts:
            if att.embed is None and emb.span.contains(att.content.span):
                att.embed = emb.id
