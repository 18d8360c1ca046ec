"""HTML pages: main text, title and date through trafilatura; embedded posts pulled out first.

trafilatura keeps an embedded tweet's words but drops the marker that it was a tweet, so
`embeds.extract_html_embeds` takes `blockquote.twitter-tweet` and friends out of the tree
before extraction and the pipeline re-attaches them as embed paragraphs.
"""

from __future__ import annotations

from typing import Any

from ..errors import InputError
from .text import normalize


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<article" in head or ("<p>" in head and "</p>" in text[:20000].lower())
    )


def extract(html: str, name: str = "<input>", url: str | None = None) -> dict[str, Any]:
    """Return {"text", "title", "date", "embeds"} for one HTML page."""
    import trafilatura
    from lxml import html as lxml_html

    from . import embeds as embeds_mod

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, Exception) as exc:  # lxml raises several types on garbage
        raise InputError(f"{name}: HTML could not be parsed ({exc.__class__.__name__})") from None
    found = embeds_mod.extract_html_embeds(tree) if hasattr(embeds_mod, "extract_html_embeds") else []
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, favor_precision=False
    )
    if result is None:
        raise InputError(f"{name}: no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = normalize(data.get("text") or "")
    if not text:
        raise InputError(f"{name}: no article text found in the HTML")
    return {"text": text, "title": data.get("title"), "date": data.get("date"), "embeds": found}
