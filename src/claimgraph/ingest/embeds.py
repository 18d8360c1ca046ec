"""Embedded social posts: X/Twitter, Telegram, Instagram, Facebook, YouTube, Bluesky, Mastodon,
TikTok — in pasted plain text and in HTML.

HTML: `extract_html_embeds(tree)` takes the embed markup (`blockquote.twitter-tweet`,
`blockquote.instagram-media`, `blockquote.tiktok-embed`, `blockquote.bluesky-embed`, iframes,
`data-telegram-post`, `data-oembed-url`) out of the lxml tree before trafilatura runs, because
trafilatura keeps a tweet's words but drops the marker that they were a tweet. `detect_embeds`
then appends each post to the text as its own block (`post text` + `— author (@handle) date url`)
so that it gets spans like everything else.

Plain text: the pasted form `— NAME (@handle) October 28, 2024` with the post text before or
after it and a `pic.twitter.com/…` or status URL closing the post, or a bare post URL
(`t.me/channel/123`, `bsky.app/profile/…/post/…`) ending a short paragraph.

The paragraphs of an embed block get `Paragraph.kind = "embed"`, so they are neither headline
nor subhead; the attribution engine turns each `Embed` into an attribution of a social account.
"""

from __future__ import annotations

import re
from typing import Any

from ..dates import find_dates
from ..model import Document, Embed, Paragraph, Span, content_hash

SUPPORTED_LANGS = ("de", "en")

# A post URL names the platform and often the account.
_POST_URL = re.compile(
    r"""
    (?:https?://)?(?:
        (?:www\.|mobile\.)?(?P<twitter>twitter|x)\.com/(?P<tw_user>\w+)/status(?:es)?/\d+[\w?=&%-]*
      | (?P<twpic>pic\.twitter\.com|pic\.x\.com|t\.co)/\w+
      | (?P<telegram>t\.me|telegram\.me)/(?:s/)?(?P<tg_user>\w+)/\d+
      | (?:www\.)?(?P<instagram>instagram\.com)/(?:(?P<ig_user>[\w.]+)/)?(?:p|reel|tv)/[\w-]+/?
      | (?:www\.|m\.)?(?P<facebook>facebook\.com)/(?P<fb_user>[\w.]+)/(?:posts|videos)/[\w.]+
      | (?:www\.)?(?P<youtube>youtube\.com|youtu\.be|youtube-nocookie\.com)
            /(?:watch\?v=|embed/|shorts/)?[\w-]+(?:[?&][\w=&-]*)?
      | (?P<bluesky>bsky\.app)/profile/(?P<bs_user>[\w.:-]+)/post/\w+
      | (?:www\.)?(?P<tiktok>tiktok\.com)/@(?P<tt_user>[\w.]+)/video/\d+
      | (?P<ma_host>[\w-]+(?:\.[\w-]+)*\.(?:social|online|world|cloud|de|ch|at|org|net|uk|xyz))
            /@(?P<ma_user>\w+)/\d+
    )
    """,
    re.VERBOSE,
)
# The signature of a pasted post: '— SANTINO (@MichaelSCollura) October 28, 2024'
_SIGNATURE = re.compile(
    r"""
    (?:^|(?<=\s))(?:—|–|--|-)\s*                      # the dash that opens the signature
    (?P<author>[^\n()—]{1,80}?)\s*                     # display name
    \(@(?P<handle>[\w.]+(?:@[\w-]+(?:\.[\w-]+)+)?)\)   # (@handle), (@user@host) on Mastodon
    (?P<rest>[^\n]*)$                                  # date and URL, up to the line end
    """,
    re.VERBOSE | re.MULTILINE,
)
_URL_AT_END = re.compile(r"\s*(?:https?://)?\S+\s*$")
_EMOJI = re.compile("[\u2600-\u27bf\U0001f000-\U0001faff]")


def _platform_of(m: re.Match[str]) -> tuple[str, str | None]:
    """(platform, account) for a post URL match."""
    g = m.group
    if g("twitter") or g("twpic"):
        return "twitter", g("tw_user")
    if g("telegram"):
        return "telegram", g("tg_user")
    if g("instagram"):
        return "instagram", g("ig_user")
    if g("facebook"):
        return "facebook", g("fb_user")
    if g("youtube"):
        return "youtube", None
    if g("bluesky"):
        return "bluesky", g("bs_user")
    if g("tiktok"):
        return "tiktok", g("tt_user")
    return "mastodon", f"{g('ma_user')}@{g('ma_host')}"


def _full_url(url: str) -> str:
    return url if "://" in url else "https://" + url


def _iso_date(text: str) -> str | None:
    for d in find_dates(text):
        if d.value and len(d.value) == 10:
            return d.value
    return None


# --- HTML -------------------------------------------------------------------------------

_BLOCK_CLASSES = {
    "twitter-tweet": "twitter", "twitter-video": "twitter", "instagram-media": "instagram",
    "tiktok-embed": "tiktok", "bluesky-embed": "bluesky", "mastodon-embed": "mastodon",
    "fb-post": "facebook", "fb-video": "facebook", "telegram-post": "telegram",
}
_IFRAME_HOSTS = re.compile(
    r"(?P<youtube>youtube(?:-nocookie)?\.com|youtu\.be)|(?P<facebook>facebook\.com)|"
    r"(?P<telegram>t\.me|telegram\.org)|(?P<bluesky>bsky\.app|embed\.bsky\.app)|"
    r"(?P<instagram>instagram\.com)|(?P<tiktok>tiktok\.com)|(?P<twitter>twitter\.com|x\.com)|"
    r"(?P<mastodon>/@\w+/\d+/embed)"
)
_SHARED_BY = re.compile(
    r"(?:A post shared by|Ein Beitrag geteilt von|Beitrag geteilt von|Post shared by)\s*"
    r"(?P<author>[^(\n]*?)\s*\(@(?P<handle>[\w.]+)\)", re.I)
_BOILERPLATE = re.compile(
    r"^(?:View this post on Instagram|Diesen Beitrag auf Instagram ansehen|Watch on TikTok|"
    r"♬.*|Post by .*|View on Threads)$", re.I)


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())


def _text_lines(el: Any) -> list[str]:
    """Visible text of the `<p>` children (else of the element), line by line."""
    paras = [p for p in el.iter("p")]
    chunks = [" ".join(p.text_content().split()) for p in paras] if paras else \
        [" ".join(line.split()) for line in el.text_content().splitlines()]
    return [c for c in chunks if c and not _BOILERPLATE.match(c)]


def _from_block(el: Any, platform: str) -> dict[str, Any]:
    """A post from blockquote markup (Twitter, Bluesky, Mastodon, Instagram, TikTok, Facebook)."""
    full = " ".join(el.text_content().split())
    rec: dict[str, Any] = {"platform": platform, "author": None, "handle": None, "date": None,
                           "url": None, "text": "", "lang": None}
    for attr in ("data-instgrm-permalink", "cite", "data-href", "data-embed-url",
                 "data-bluesky-uri", "data-telegram-post"):
        if el.get(attr):
            rec["url"] = el.get(attr)
            break
    links = [a.get("href") for a in el.iter("a") if a.get("href")]
    status = next((h for h in links if _POST_URL.search(h) and "/status" in h), None)
    if not (rec["url"] or "").startswith("http"):  # at:// URIs, 'channel/17': prefer a web link
        rec["url"] = next((h for h in links if _POST_URL.search(h)), None) or rec["url"]
    rec["url"] = status or rec["url"]
    sig = re.search(r"[—–-]\s*(?P<author>[^()—]{1,80}?)\s*\(@?(?P<handle>@?[\w.]+(?:@[\w.-]+)?)\)"
                    r"\s*(?P<rest>.*)$", full)
    shared = _SHARED_BY.search(full)
    lines = _text_lines(el)
    if sig:
        rec["author"], rec["handle"] = sig.group("author").strip(), sig.group("handle").lstrip("@")
        rec["date"] = _iso_date(sig.group("rest"))
        lines = [ln for ln in lines if sig.group(0)[:20] not in ln]
    elif shared:
        rec["author"], rec["handle"] = shared.group("author").strip() or None, shared.group("handle")
        lines = [ln for ln in lines if not _SHARED_BY.search(ln)]
    if platform == "tiktok" and not rec["handle"]:
        tag = next((a.get("title") for a in el.iter("a") if (a.get("title") or "").startswith("@")),
                   None)
        rec["handle"] = tag.lstrip("@") if tag else None
    if rec["url"] and not rec["handle"]:
        m = _POST_URL.search(rec["url"])
        if m:
            rec["handle"] = _platform_of(m)[1]
    if platform == "telegram" and rec["url"] and not rec["url"].startswith("http"):
        rec["url"] = "https://t.me/" + rec["url"]
    for p in el.iter("p"):
        if p.get("lang") in SUPPORTED_LANGS:
            rec["lang"] = p.get("lang")
            break
    rec["text"] = "\n".join(lines)
    return rec


def _from_iframe(el: Any, src: str) -> dict[str, Any] | None:
    m = _IFRAME_HOSTS.search(src)
    if not m:
        return None
    platform = m.lastgroup or "unknown"
    rec: dict[str, Any] = {"platform": platform, "author": None, "handle": None, "date": None,
                           "url": _full_url(src.lstrip("/")), "text": (el.get("title") or "").strip(),
                           "lang": None}
    pm = _POST_URL.search(src)
    if pm:
        rec["handle"] = _platform_of(pm)[1]
    if platform == "facebook":
        href = re.search(r"href=([^&]+)", src)
        if href:
            from urllib.parse import unquote

            rec["url"] = unquote(href.group(1))
            fm = _POST_URL.search(rec["url"])
            rec["handle"] = _platform_of(fm)[1] if fm else None
    return rec


def extract_html_embeds(tree: Any) -> list[dict[str, Any]]:
    """Remove embedded posts from an lxml HTML tree and return them, in document order.

    Each is a dict: platform, author, handle, date (ISO), url, text (the post's own words),
    lang (when the markup says de or en).
    """
    found: list[tuple[Any, dict[str, Any]]] = []
    taken: set[Any] = set()
    for el in tree.iter():
        if not isinstance(el.tag, str) or any(a in taken for a in el.iterancestors()):
            continue
        rec: dict[str, Any] | None = None
        platform = next((_BLOCK_CLASSES[c] for c in _classes(el) if c in _BLOCK_CLASSES), None)
        if el.get("data-telegram-post"):
            post = el.get("data-telegram-post")
            rec = {"platform": "telegram", "author": None, "handle": post.split("/")[0],
                   "date": None, "url": "https://t.me/" + post, "text": "", "lang": None}
        elif platform and el.tag in ("blockquote", "div", "figure", "section"):
            rec = _from_block(el, platform)
        elif el.tag == "iframe" and el.get("src"):
            rec = _from_iframe(el, el.get("src"))
        elif el.get("data-oembed-url"):
            pm = _POST_URL.search(el.get("data-oembed-url"))
            if pm:
                rec = _from_block(el, _platform_of(pm)[0])
                rec["url"] = el.get("data-oembed-url")
        if rec is not None:
            found.append((el, rec))
            taken.add(el)
    for el, _ in found:
        if el.getparent() is not None:
            el.drop_tree()  # keeps the element's tail text in the article
    return [rec for _, rec in found]


# --- plain text -------------------------------------------------------------------------


def _shouty(line: str) -> bool:
    """'BREAKING ALERT 🚨': a short all-caps or emoji line that opens a pasted post."""
    s = line.strip()
    if not s or len(s) > 60 or s[-1:] in ".:;,":
        return False
    letters = [c for c in s if c.isalpha()]
    upper = sum(c.isupper() for c in letters) / max(len(letters), 1)
    return bool(_EMOJI.search(s)) or (len(letters) >= 4 and upper > 0.8)


class _Finder:
    """Finds embed blocks over `doc.paragraphs` (indices), each paragraph used at most once."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.paras = doc.paragraphs
        self.used: set[int] = set()
        self.embeds: list[Embed] = []

    def para_text(self, i: int) -> str:
        return self.doc.slice(self.paras[i].span)

    def url_in(self, i: int) -> re.Match[str] | None:
        line = self.para_text(i)
        return _POST_URL.search(line) if "/" in line else None  # cheap gate: no URL, no slash

    def add(self, first: int, last: int, platform: str, text_span: Span | None,
            author: str | None = None, handle: str | None = None, date: str | None = None,
            url: str | None = None) -> None:
        for k in range(first, last + 1):
            self.used.add(k)
            self.paras[k].kind = "embed"
        span = Span(self.paras[first].span.start, self.paras[last].span.end)
        self.embeds.append(Embed("", platform, span, author or None, handle or None, date,
                                 _full_url(url) if url else None, text_span))

    def text_between(self, first: int, last: int, strip_url: bool = True) -> Span | None:
        """The post's own words: paragraphs first..last without a trailing post URL."""
        if first > last:
            return None
        s, e = self.paras[first].span.start, self.paras[last].span.end
        if strip_url:
            m = None
            for m in _POST_URL.finditer(self.doc.text, self.paras[last].span.start, e):
                pass
            if m is not None and self.doc.text[m.end():e].strip() == "":
                e = m.start()
        while e > s and self.doc.text[e - 1].isspace():
            e -= 1
        return Span(s, e) if e > s else None

    def signatures(self) -> None:
        for i in range(len(self.paras)):
            if i in self.used:
                continue
            line = self.para_text(i)
            sig = _SIGNATURE.search(line) if "(@" in line else None
            if not sig:
                continue
            rest = sig.group("rest")
            url_m = _POST_URL.search(rest)
            handle = sig.group("handle")
            date = _iso_date(rest)
            sig_start = self.paras[i].span.start + sig.start()
            first, last = i, i
            text_span: Span | None = None
            if sig.start() > 0:  # 'post text — Name (@handle) date' on one line
                text_span = Span(self.paras[i].span.start, sig_start)
                while text_span.end > text_span.start and self.doc.text[text_span.end - 1] == " ":
                    text_span = Span(text_span.start, text_span.end - 1)
            else:
                after = next((j for j in range(i + 1, min(i + 5, len(self.paras)))
                              if j not in self.used and self.url_in(j)), None)
                if after is not None and not any(_SIGNATURE.search(self.para_text(k))
                                                 for k in range(i + 1, after + 1)):
                    last = after
                    text_span = self.text_between(i + 1, after)
                    url_m = url_m or self.url_in(after)
                    while first - 1 > 0 and first - 1 not in self.used and \
                            i - first < 2 and _shouty(self.para_text(first - 1)):
                        first -= 1
                elif i > 0 and i - 1 not in self.used and \
                        (self.paras[i - 1].kind != "headline" or i - 1 > 0):
                    first = i - 1
                    text_span = self.text_between(i - 1, i - 1)
                    url_m = url_m or self.url_in(i - 1)
            platform, account = _platform_of(url_m) if url_m else ("twitter", None)
            if "@" in handle:
                platform = "mastodon"
            elif handle.endswith(".bsky.social"):
                platform = "bluesky"
            url = None
            if url_m:
                url = url_m.group()
            self.add(first, last, platform, text_span, sig.group("author").strip(), handle, date,
                     url)

    def bare_urls(self) -> None:
        """A short paragraph ending with a post URL is a post (its text, then the link)."""
        for i in range(len(self.paras)):
            if i in self.used:
                continue
            line = self.para_text(i)
            m = None
            if "/" not in line:
                continue
            for m in _POST_URL.finditer(line):
                pass
            if m is None or line[m.end():].strip() or m.start() > 600:
                continue
            platform, account = _platform_of(m)
            text_span = self.text_between(i, i)
            self.add(i, i, platform, text_span, None, account, None, m.group())


def _append_html_embeds(doc: Document, finder: _Finder) -> None:
    """Put each HTML embed into the text (found inline, or appended as a final block)."""
    records = doc.meta.get("html_embeds") or []
    old_text = doc.text
    for rec in records:
        body = (rec.get("text") or "").strip()
        if body:
            pos = doc.text.find(body[:80])
            if pos >= 0:
                idx = [k for k, p in enumerate(doc.paragraphs)
                       if p.span.overlaps(Span(pos, pos + len(body)))]
                if idx:
                    finder.add(idx[0], idx[-1], rec.get("platform") or "unknown",
                               Span(pos, min(pos + len(body), doc.paragraphs[idx[-1]].span.end)),
                               rec.get("author"), rec.get("handle"), rec.get("date"),
                               rec.get("url"))
                    continue
        handle = rec.get("handle")
        sig = " ".join(x for x in [rec.get("author") or "", f"(@{handle})" if handle else "",
                                   rec.get("date") or "", rec.get("url") or ""] if x)
        lines = [ln.strip() for ln in body.splitlines() if ln.strip()] + [f"— {sig}".strip()]
        start_idx = len(doc.paragraphs)
        text = doc.text
        lang = rec.get("lang") if rec.get("lang") in SUPPORTED_LANGS else None
        for ln in lines:
            text += ("\n\n" if text else "")
            doc.paragraphs.append(Paragraph(Span(len(text), len(text) + len(ln)), "embed", lang))
            text += ln
        doc.text = text
        text_span = finder.text_between(start_idx, len(doc.paragraphs) - 2) if body else None
        finder.add(start_idx, len(doc.paragraphs) - 1, rec.get("platform") or "unknown",
                   text_span, rec.get("author"), handle, rec.get("date"), rec.get("url"))
        finder.embeds[-1].lang = lang
    if doc.text != old_text and doc.id == content_hash(old_text):
        doc.id = content_hash(doc.text)


def detect_embeds(doc: Document) -> Document:
    """Stage: find embedded posts, fill `doc.embeds` (ids m1.. in text order), mark paragraphs.

    >>> from claimgraph.model import Document
    >>> from claimgraph.segment import paragraphs
    >>> d = Document("Er schrieb:\\nWir bleiben.\\n— Anna B (@annab) March 3, 2024")
    >>> d.paragraphs = paragraphs(d.text)
    >>> [(e.handle, e.date) for e in detect_embeds(d).embeds]
    [('annab', '2024-03-03')]
    """
    if not doc.paragraphs:
        from ..segment import paragraphs

        doc.paragraphs = paragraphs(doc.text)
    finder = _Finder(doc)
    if doc.meta.get("html_embeds"):
        _append_html_embeds(doc, finder)
    finder.signatures()
    finder.bare_urls()
    found = sorted(finder.embeds, key=lambda e: e.span.start)
    for k, emb in enumerate(found, 1):
        emb.id = f"m{k}"
    doc.embeds = found
    return doc
