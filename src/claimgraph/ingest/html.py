"""HTML pages: main text, title and date through trafilatura; embedded posts pulled out first.

trafilatura keeps an embedded tweet's words but drops the marker that it was a tweet, so
`embeds.extract_html_embeds` takes `blockquote.twitter-tweet` and friends out of the tree
before extraction and the pipeline re-attaches them as embed paragraphs.

Pages with more than `FAST_ABOVE_BLOCKS` block elements skip trafilatura for `fast_text`, one
linear walk over the tree: trafilatura's boilerplate scoring took 5 of the 12 s of a page of
100,000 paragraphs (bench/pathological.py), and no article page comes near that many blocks.
"""

from __future__ import annotations

import re
from typing import Any

from ..errors import InputError
from .text import normalize


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or (
        "<body" in head or "<article" in head or ("<p>" in head and "</p>" in text[:20000].lower())
    )


def extract(html: str, name: str = "<input>", url: str | None = None,
            fast_above: int | None = None) -> dict[str, Any]:
    """Return {"text", "title", "date", "embeds", "extractor"} for one HTML page.

    Args:
        fast_above: block elements above which `fast_text` replaces trafilatura
            (default `FAST_ABOVE_BLOCKS`).
    """
    fast_above = FAST_ABOVE_BLOCKS if fast_above is None else fast_above
    import trafilatura
    from lxml import html as lxml_html

    from . import embeds as embeds_mod

    try:
        tree = lxml_html.fromstring(html)
    except (ValueError, TypeError, Exception) as exc:  # lxml raises several types on garbage
        raise InputError(f"{name}: HTML could not be parsed ({exc.__class__.__name__})") from None
    found = embeds_mod.extract_html_embeds(tree) if hasattr(embeds_mod, "extract_html_embeds") else []
    if count_blocks(tree, fast_above + 1) > fast_above:
        text = normalize(fast_text(tree))
        if not text:
            raise InputError(f"{name}: no article text found in the HTML")
        return {"text": text, "title": _title(tree), "date": _meta_date(tree), "embeds": found,
                "extractor": "fast"}
    result = trafilatura.bare_extraction(
        tree, url=url, with_metadata=True, include_comments=False, favor_precision=False
    )
    if result is None:
        raise InputError(f"{name}: no article text found in the HTML")
    data = result.as_dict() if hasattr(result, "as_dict") else dict(result)
    text = normalize(data.get("text") or "")
    if not text:
        raise InputError(f"{name}: no article text found in the HTML")
    return {"text": text, "title": data.get("title"), "date": data.get("date"), "embeds": found,
            "extractor": "trafilatura"}


#: block elements above which a page is read by `fast_text` (a long news page has a few hundred)
FAST_ABOVE_BLOCKS = 5_000

#: elements that start and end a line of text (a paragraph of the Document)
BLOCK_TAGS = frozenset("""
    p div li h1 h2 h3 h4 h5 h6 blockquote pre article section main header dd dt figcaption
    tr table caption ul ol dl address br hr body
""".split())

#: elements whose text is no article text (code, styles, menus, forms, the head)
DROP_TAGS = frozenset("""
    script style noscript template head nav footer aside form button select option textarea
    svg math iframe object canvas
""".split())

#: whitespace inside a text node (source line breaks are spaces in HTML)
_SPACES = re.compile(r"\s+")


def _tag(el: Any) -> str | None:
    """Lower-case local name of an element; None for comments and processing instructions."""
    tag = el.tag
    if not isinstance(tag, str):
        return None
    return tag.rsplit("}", 1)[-1].lower()


def count_blocks(tree: Any, stop: int) -> int:
    """Block elements in `tree`, counted up to `stop` (enough to decide, never the whole tree)."""
    n = 0
    for el in tree.iter():
        if _tag(el) in BLOCK_TAGS:
            n += 1
            if n >= stop:
                break
    return n


def fast_text(tree: Any) -> str:
    """The text of `tree`, one line per block element, without the text of `DROP_TAGS`.

    Linear and iterative (an explicit stack: 100,000 nested elements do not recurse); line
    breaks in the source are spaces; a comment's or dropped element's tail text is kept, it
    belongs to the parent.

    >>> from lxml import html
    >>> fast_text(html.fromstring("<body><p>Er sagte,<!-- x --> es <b>regne</b>.<script>f()"
    ...                           "</script></p><div>Zweiter  Absatz</div></body>"))
    'Er sagte, es regne.\\nZweiter Absatz'
    """
    parts: list[str] = []
    stack: list[tuple[Any, bool]] = [(tree, False)]
    while stack:
        el, closing = stack.pop()
        tag = _tag(el)
        if closing:
            if tag in BLOCK_TAGS:
                parts.append("\n")
        elif tag is not None and tag not in DROP_TAGS:
            if tag in BLOCK_TAGS:
                parts.append("\n")
            if el.text:
                parts.append(el.text.replace("\n", " "))
            stack.append((el, True))
            stack.extend((child, False) for child in reversed(el))
            continue
        if el.tail and el is not tree:
            parts.append(el.tail.replace("\n", " "))
    lines = (_SPACES.sub(" ", line).strip() for line in "".join(parts).split("\n"))
    return "\n".join(line for line in lines if line)


def _title(tree: Any) -> str | None:
    """The page title: <title>, else the first <h1>."""
    for path in (".//title", ".//h1"):
        el = tree.find(path)
        if el is not None:
            text = " ".join(el.text_content().split())
            if text:
                return text
    return None


#: <meta> names that carry the publication date
_DATE_META = frozenset({"article:published_time", "og:published_time", "date", "pubdate",
                        "publishdate", "dc.date", "dc.date.issued", "datepublished"})
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _meta_date(tree: Any) -> str | None:
    """The publication date (YYYY-MM-DD) from a <meta> tag or a <time datetime>, if any."""
    for el in tree.iter("meta", "time"):
        if el.tag == "meta":
            key = (el.get("property") or el.get("name") or el.get("itemprop") or "").lower()
            value = el.get("content") if key in _DATE_META else None
        else:
            value = el.get("datetime")
        m = _ISO_DATE.match(value or "")
        if m:
            return m.group()
    return None
