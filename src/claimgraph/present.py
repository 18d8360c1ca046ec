"""Terminal presentation: a readable table of who said what, through whom (rich)."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from .model import Document

KIND_STYLE = {"direct": "green", "indirect": "cyan", "mixed": "bright_cyan",
              "according_to": "yellow", "reportative": "magenta", "embed": "blue"}


def _short(text: str, n: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1] + "…"


def render_table(doc: Document, console: Console | None = None) -> None:
    """Print one document as a table: source, kind, content, via, cue."""
    console = console or Console()
    title = doc.title or doc.path or doc.id[:19]
    table = Table(title=f"{title}  [dim]({doc.lang}, {len(doc.attributions)} attributions)[/]",
                  show_lines=True, expand=True)
    table.add_column("#", style="dim", no_wrap=True)
    table.add_column("source", ratio=2)
    table.add_column("kind", no_wrap=True)
    table.add_column("content", ratio=6)
    table.add_column("via", ratio=2)
    table.add_column("cue", ratio=1)
    for att in doc.attributions:
        src = att.source
        if src:
            who = src.name or src.text
            extra = ", ".join(x for x in (src.role, src.affiliation) if x and x not in who)
            who = f"{who} [dim]({src.type}{', ' + extra if extra else ''})[/]"
        else:
            who = "[dim]—[/]"
        via = " → ".join(v.name for v in att.via) or ""
        style = KIND_STYLE.get(att.kind, "white")
        table.add_row(att.id, who, f"[{style}]{att.kind}[/]", _short(att.content.text), via,
                      att.cue.text if att.cue else "")
    console.print(table)
    for f in doc.findings:
        console.print(f"[bold red]{f.type}[/]: {f.summary}")
