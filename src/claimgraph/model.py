"""The data model every layer shares: plain dataclasses, serialised as contract v1.

`Document.to_dict()` emits exactly the shape of `shared/spec/output.md` (fields may be
added, never renamed); `Document.from_dict()` reads it back so the store, the HTTP API and
the Spark job can round-trip documents without re-analysing them.

Segmentation records (paragraphs, sentences, tokens, quotes) are kept on the Document for the
later stages but are not part of the contract output, except for a compact `paragraphs` list
that the web page uses to draw headlines and embeds.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Literal

CONTRACT_VERSION = "1"

Kind = Literal["direct", "indirect", "mixed", "according_to", "reportative", "embed"]
SourceType = Literal[
    "person", "organisation", "government", "outlet", "social_account", "group", "anonymous"
]
Modality = Literal["asserted", "reported", "hedged", "speculative"]
Qualifier = Literal["exact", "approx", "over", "under", "vague"]

KINDS: tuple[str, ...] = ("direct", "indirect", "mixed", "according_to", "reportative", "embed")
SOURCE_TYPES: tuple[str, ...] = (
    "person", "organisation", "government", "outlet", "social_account", "group", "anonymous",
)


@dataclass(frozen=True, order=True)
class Span:
    """Half-open character range `[start, end)` into `Document.text`."""

    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def to_list(self) -> list[int]:
        return [self.start, self.end]

    @classmethod
    def from_list(cls, value: list[int] | tuple[int, int] | None) -> "Span | None":
        return None if value is None else cls(int(value[0]), int(value[1]))


@dataclass
class TextSpan:
    """A piece of text with its span (used for cue and content)."""

    text: str
    span: Span

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list()}

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "TextSpan | None":
        if not d:
            return None
        return cls(d["text"], Span.from_list(d["span"]))  # type: ignore[arg-type]


# --- segmentation records (internal, not in the contract) -------------------------------


@dataclass
class Paragraph:
    """A line block of the text. kind: headline | subhead | body | embed."""

    span: Span
    kind: str = "body"
    lang: str | None = None


@dataclass
class Sentence:
    span: Span
    paragraph: int = 0


@dataclass
class Token:
    text: str
    start: int
    end: int


@dataclass
class Quote:
    """A quotation: `span` includes the marks, `inner` excludes them.

    `closed` is False for a quote that opens and runs to the end of its paragraph without a
    closing mark (multi-paragraph quotes); `depth` is 0 for outermost quotes.
    """

    span: Span
    inner: Span
    open_mark: str
    close_mark: str
    depth: int = 0
    closed: bool = True
    paragraph: int = 0


# --- contract records --------------------------------------------------------------------


@dataclass
class SourceMention:
    text: str
    span: Span | None
    name: str
    role: str | None = None
    affiliation: str | None = None
    type: str = "person"
    entity: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_list() if self.span else None,
            "name": self.name,
            "role": self.role,
            "affiliation": self.affiliation,
            "type": self.type,
            "entity": self.entity,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any] | None) -> "SourceMention | None":
        if not d:
            return None
        return cls(
            text=d.get("text", ""),
            span=Span.from_list(d.get("span")),
            name=d.get("name", ""),
            role=d.get("role"),
            affiliation=d.get("affiliation"),
            type=d.get("type", "person"),
            entity=d.get("entity"),
        )


@dataclass
class Via:
    """A relaying outlet or person (outermost first in `Attribution.via`)."""

    name: str
    type: str = "outlet"
    entity: str | None = None
    span: Span | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "type": self.type,
            "entity": self.entity,
            "span": self.span.to_list() if self.span else None,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Via":
        return cls(d["name"], d.get("type", "outlet"), d.get("entity"), Span.from_list(d.get("span")))


@dataclass
class Attribution:
    kind: str
    content: TextSpan
    cue: TextSpan | None = None
    source: SourceMention | None = None
    via: list[Via] = field(default_factory=list)
    embed: str | None = None
    modality: str = "asserted"
    id: str = ""
    lang: str | None = None
    #: which rule produced it (debugging and error analysis; emitted as an added field)
    rule: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "cue": self.cue.to_dict() if self.cue else None,
            "content": self.content.to_dict(),
            "source": self.source.to_dict() if self.source else None,
            "via": [v.to_dict() for v in self.via],
            "embed": self.embed,
            "modality": self.modality,
            "lang": self.lang,
            "rule": self.rule,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Attribution":
        return cls(
            id=d.get("id", ""),
            kind=d["kind"],
            cue=TextSpan.from_dict(d.get("cue")),
            content=TextSpan.from_dict(d["content"]),  # type: ignore[arg-type]
            source=SourceMention.from_dict(d.get("source")),
            via=[Via.from_dict(v) for v in d.get("via") or []],
            embed=d.get("embed"),
            modality=d.get("modality", "asserted"),
            lang=d.get("lang"),
            rule=d.get("rule", ""),
        )


@dataclass
class Entity:
    id: str
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    role: str | None = None
    affiliation: str | None = None
    mentions: list[Span] = field(default_factory=list)
    #: id in the outlet/organisation registry, when the entity is a known one
    registry_id: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name,
            "type": self.type,
            "aliases": list(self.aliases),
            "role": self.role,
            "affiliation": self.affiliation,
            "mentions": [m.to_list() for m in self.mentions],
            "registry_id": self.registry_id,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Entity":
        return cls(
            id=d["id"],
            name=d["name"],
            type=d.get("type", "person"),
            aliases=list(d.get("aliases") or []),
            role=d.get("role"),
            affiliation=d.get("affiliation"),
            mentions=[Span(*m) for m in d.get("mentions") or []],
            registry_id=d.get("registry_id"),
        )


@dataclass
class Quantity:
    text: str
    span: Span
    value: float | int | None
    qualifier: str = "exact"
    unit: str | None = None
    #: range bounds (for ranges and vague amounts such as "Tausende")
    low: float | int | None = None
    high: float | int | None = None
    #: count | percent | money
    kind: str = "count"
    currency: str | None = None
    #: language-independent unit key, e.g. "soldier" for Soldaten/troops/soldiers
    unit_key: str | None = None
    attribution: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "span": self.span.to_list(),
            "value": self.value,
            "qualifier": self.qualifier,
            "unit": self.unit,
            "low": self.low,
            "high": self.high,
            "kind": self.kind,
            "currency": self.currency,
            "unit_key": self.unit_key,
            "attribution": self.attribution,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Quantity":
        return cls(
            text=d["text"], span=Span(*d["span"]), value=d.get("value"),
            qualifier=d.get("qualifier", "exact"), unit=d.get("unit"), low=d.get("low"),
            high=d.get("high"), kind=d.get("kind", "count"), currency=d.get("currency"),
            unit_key=d.get("unit_key"), attribution=d.get("attribution"),
        )


@dataclass
class Embed:
    id: str
    platform: str
    span: Span
    author: str | None = None
    handle: str | None = None
    date: str | None = None
    url: str | None = None
    #: span of the post's own text inside `span`
    text_span: Span | None = None
    lang: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "platform": self.platform,
            "author": self.author,
            "handle": self.handle,
            "date": self.date,
            "url": self.url,
            "span": self.span.to_list(),
            "text_span": self.text_span.to_list() if self.text_span else None,
            "lang": self.lang,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Embed":
        return cls(
            id=d["id"], platform=d.get("platform", "unknown"), span=Span(*d["span"]),
            author=d.get("author"), handle=d.get("handle"), date=d.get("date"), url=d.get("url"),
            text_span=Span.from_list(d.get("text_span")), lang=d.get("lang"),
        )


@dataclass
class Mention:
    """A date or place found in the text (issue: dates and places)."""

    text: str
    span: Span
    kind: str  # date | place
    value: str | None = None  # ISO date, or canonical place name
    attribution: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "span": self.span.to_list(), "kind": self.kind,
                "value": self.value, "attribution": self.attribution}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Mention":
        return cls(d["text"], Span(*d["span"]), d["kind"], d.get("value"), d.get("attribution"))


@dataclass
class Finding:
    type: str  # conflict | escalation | unsourced | single_source | diversity
    summary: str
    attributions: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    #: added fields: a machine-readable reason and a score in [0, 1]
    reason: str | None = None
    score: float | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "type": self.type,
            "summary": self.summary,
            "attributions": list(self.attributions),
            "sources": list(self.sources),
            "reason": self.reason,
            "score": self.score,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Finding":
        return cls(d["type"], d.get("summary", ""), list(d.get("attributions") or []),
                   list(d.get("sources") or []), d.get("reason"), d.get("score"))


def content_hash(text: str) -> str:
    """Stable document id: sha256 of the normalised text."""
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


@dataclass
class Document:
    text: str
    path: str | None = None
    lang: str | None = None
    title: str | None = None
    id: str = ""
    attributions: list[Attribution] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    embeds: list[Embed] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    #: url, date (ISO), outlet, source format, ... from ingest
    meta: dict[str, Any] = field(default_factory=dict)
    # segmentation (internal)
    paragraphs: list[Paragraph] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.id:
            self.id = content_hash(self.text)

    def slice(self, span: Span) -> str:
        return self.text[span.start:span.end]

    def text_span(self, start: int, end: int) -> TextSpan:
        return TextSpan(self.text[start:end], Span(start, end))

    def entity(self, entity_id: str | None) -> Entity | None:
        for e in self.entities:
            if e.id == entity_id:
                return e
        return None

    def to_dict(self) -> dict[str, Any]:
        """Serialise as contract v1 (plus added fields)."""
        return {
            "claimgraph": CONTRACT_VERSION,
            "id": self.id,
            "path": self.path,
            "lang": self.lang,
            "title": self.title,
            "text": self.text,
            "attributions": [a.to_dict() for a in self.attributions],
            "entities": [e.to_dict() for e in self.entities],
            "quantities": [q.to_dict() for q in self.quantities],
            "embeds": [m.to_dict() for m in self.embeds],
            "findings": [f.to_dict() for f in self.findings],
            "mentions": [m.to_dict() for m in self.mentions],
            "meta": dict(self.meta),
            "paragraphs": [
                {"span": p.span.to_list(), "kind": p.kind, "lang": p.lang} for p in self.paragraphs
            ],
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "Document":
        doc = cls(
            text=d["text"], path=d.get("path"), lang=d.get("lang"), title=d.get("title"),
            id=d.get("id", ""),
            attributions=[Attribution.from_dict(a) for a in d.get("attributions") or []],
            entities=[Entity.from_dict(e) for e in d.get("entities") or []],
            quantities=[Quantity.from_dict(q) for q in d.get("quantities") or []],
            embeds=[Embed.from_dict(m) for m in d.get("embeds") or []],
            findings=[Finding.from_dict(f) for f in d.get("findings") or []],
            mentions=[Mention.from_dict(m) for m in d.get("mentions") or []],
            meta=dict(d.get("meta") or {}),
        )
        doc.paragraphs = [
            Paragraph(Span(*p["span"]), p.get("kind", "body"), p.get("lang"))
            for p in d.get("paragraphs") or []
        ]
        return doc
