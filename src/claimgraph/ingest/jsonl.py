"""JSONL: one article per line, `{"text", "title"?, "url"?, "lang"?, "date"?}`."""

from __future__ import annotations

import json
from typing import Any, Iterator

from ..errors import InputError
from .text import normalize


def parse_line(line: str, name: str) -> dict[str, Any]:
    """One JSONL line to a record, or InputError naming the line."""
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        raise InputError(f"{name}: not valid JSON ({exc.msg})") from None
    if not isinstance(obj, dict):
        raise InputError(f"{name}: a JSON object is expected, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise InputError(f"{name}: field 'text' must be a string")
    for key in ("title", "url", "lang", "date", "html"):
        if key in obj and obj[key] is not None and not isinstance(obj[key], str):
            raise InputError(f"{name}: field '{key}' must be a string")
    text = normalize(text)
    if not text:
        raise InputError(f"{name}: field 'text' is empty")
    return {"text": text, "title": obj.get("title"), "url": obj.get("url"),
            "lang": obj.get("lang"), "date": obj.get("date")}


def iter_lines(data: str, name: str) -> Iterator[tuple[str, dict[str, Any] | InputError]]:
    """Yield (line name, record or error) for each non-blank line."""
    for no, line in enumerate(data.splitlines(), 1):
        if not line.strip():
            continue
        line_name = f"{name}:{no}"
        try:
            yield line_name, parse_line(line, line_name)
        except InputError as exc:
            yield line_name, exc
