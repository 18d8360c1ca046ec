"""WARC (and gzip WARC) files: news articles out of web-archive response records.

A Common Crawl file holds ~30,000 records, most of which are not articles: requests, metadata,
redirects, images, robots.txt, feeds. They are dropped by their WARC and HTTP headers, before
any HTML is parsed, and counted by reason in a `WarcStats` the caller can read. Kept pages go
through the same `from_html` (trafilatura) as single HTML files, so a page gives the same
Document whether it comes from a file, a WARC, a worker process or a Spark executor.

A broken record is never fatal: truncated and garbage records are counted as `corrupt` and the
reader resynchronises on the next record start (a gzip member, or a `WARC/1.x` line).
"""

from __future__ import annotations

import base64
import fnmatch
import hashlib
import io
import os
import re
import zlib
from contextlib import contextmanager
from dataclasses import dataclass, field, fields
from typing import IO, Any, Iterator
from urllib.parse import urlsplit

from ..config import LIMITS
from ..errors import InputError
from . import Item, from_html

#: pages smaller than this are error pages, redirects or stubs: a news page with one short
#: paragraph is still above 1 KB of HTML (the smallest of our test articles is 1.3 KB)
MIN_BODY_BYTES = 600
#: extracted article text below this many characters is navigation or a teaser, not an article
MIN_TEXT_CHARS = 200
HTML_TYPES = ("text/html", "application/xhtml+xml")
#: URL paths that are never articles (checked before the body is read)
_NOT_ARTICLE = re.compile(
    r"""( /robots\.txt$                 # crawler rules
        | /(feed|rss|atom)(/|$)         # WordPress-style feeds
        | \.(rss|atom|xml|json|txt)$    # feeds, sitemaps, APIs
        | \.(jpe?g|png|gif|webp|svg|ico|css|js|pdf|mp[34]|woff2?)$  # assets
        )""", re.VERBOSE | re.IGNORECASE)
#: `<html lang="de-CH">` or `<html xml:lang='en'>` in the first bytes of a page
_HTML_LANG = re.compile(rb"""<html[^>]*?\blang\s*=\s*["']?([a-zA-Z]{2,3})""", re.IGNORECASE)
#: `<meta charset="…">` or `<meta http-equiv="Content-Type" content="text/html; charset=…">`
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
#: a sentence end: . ! ? (possibly before a closing quote) followed by a space or the end
_SENTENCE_END = re.compile(r"""[.!?…][»«“”"')]?(?:\s|$)""")
#: sentence ends an article has at least: link lists and menus that trafilatura falls back to
#: ("Rubrik 1\nRubrik 2 …") have none
MIN_SENTENCES = 2
_WARC_LINE = re.compile(rb"WARC/1\.[01]\r?\n")
_GZIP_MAGIC = b"\x1f\x8b\x08"
#: outlet lookup: host prefixes that say nothing about the outlet
_HOST_PREFIXES = ("www.", "m.", "mobile.", "amp.", "edition.")
#: second-level labels under which the registered domain has three labels (bbc.co.uk)
_SECOND_LEVEL = frozenset("co com net org gov ac".split())


@dataclass
class WarcOptions:
    """Which records to keep.

    Args:
        langs: keep only pages in these languages (None: all); checked on `<html lang>` and
            Content-Language first, then by detection on the extracted text.
        url_patterns: keep only URLs matching one of these: a glob on the URL or host
            (`*.spiegel.de`, `https://*/politik/*`), or a regex written `re:…`.
        min_body: smallest HTML body in bytes that is considered at all.
        max_body: largest HTML body in bytes that is parsed (default: the input limit).
    """

    langs: tuple[str, ...] | None = None
    url_patterns: tuple[str, ...] = ()
    min_body: int = MIN_BODY_BYTES
    max_body: int | None = None

    def url_ok(self, url: str) -> bool:
        if not self.url_patterns:
            return True
        host = (urlsplit(url).hostname or "").lower()
        for pat in self.url_patterns:
            if pat.startswith("re:"):
                if re.search(pat[3:], url):
                    return True
            elif fnmatch.fnmatchcase(url, pat) or fnmatch.fnmatchcase(host, pat.lower()):
                return True
        return False


@dataclass
class WarcStats:
    """Counts of one or more WARC files: how many records, and why each dropped one went."""

    files: int = 0
    records: int = 0
    responses: int = 0
    html: int = 0
    kept: int = 0
    corrupt: int = 0
    skipped: dict[str, int] = field(default_factory=dict)

    def skip(self, reason: str) -> None:
        self.skipped[reason] = self.skipped.get(reason, 0) + 1

    def merge(self, other: "WarcStats") -> None:
        for f in fields(self):
            if f.name == "skipped":
                for k, v in other.skipped.items():
                    self.skipped[k] = self.skipped.get(k, 0) + v
            else:
                setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def to_dict(self) -> dict[str, Any]:
        return {f.name: (dict(self.skipped) if f.name == "skipped" else getattr(self, f.name))
                for f in fields(self)}

    def line(self) -> str:
        why = ", ".join(f"{k} {v}" for k, v in sorted(self.skipped.items(), key=lambda kv: -kv[1]))
        return (f"warc: {self.records} records, {self.responses} responses, {self.html} HTML, "
                f"{self.kept} kept, {self.corrupt} corrupt" + (f"; skipped: {why}" if why else ""))


#: what `read_warc_path` uses when called without options (set by `warc_filters`)
_DEFAULT: list[tuple[WarcOptions, WarcStats | None]] = [(WarcOptions(), None)]


def set_default_options(options: WarcOptions) -> None:
    """Filters for every WARC file this process reads without explicit options (the CLI sets
    them once from `--lang`/`--url-pattern`)."""
    _DEFAULT[0] = (options, _DEFAULT[0][1])


@contextmanager
def warc_filters(options: WarcOptions | None = None) -> Iterator[WarcStats]:
    """Within the block, WARC files read through `ingest.read`/`read_all` use `options` and add
    their counts to the yielded WarcStats (how the CLI passes `--keep-lang`/`--url-pattern`)."""
    stats = WarcStats()
    _DEFAULT.append((options or WarcOptions(), stats))
    try:
        yield stats
    finally:
        _DEFAULT.pop()


# --- record iteration with resynchronisation ------------------------------------------------

def _is_gzip_member(fh: IO[bytes], pos: int) -> bool:
    """True when a gzip member starting at `pos` decompresses to a WARC header."""
    fh.seek(pos)
    head = fh.read(4096)
    try:
        out = zlib.decompressobj(16 + zlib.MAX_WBITS).decompress(head, 16)
    except zlib.error:
        return False
    # a member cut short within its first bytes inflates to nothing yet: still a record start
    return out[:5] == b"WARC/"[:len(out[:5])]


def _next_start(fh: IO[bytes], pos: int) -> int | None:
    """Offset of the next plausible record start at or after `pos`, or None at the end: a gzip
    member that inflates to a WARC header, or a `WARC/1.x` line after a newline (both are
    looked for, so junk before a gzip WARC's first member is passed over too)."""
    chunk_size = 1 << 20
    while True:
        base = max(pos - 1, 0)  # one byte before `pos`: a WARC line must follow a newline
        fh.seek(base)
        chunk = fh.read(chunk_size + 16)
        if len(chunk) <= pos - base:
            return None
        found: list[int] = []
        i = chunk.find(_GZIP_MAGIC, pos - base)
        while i != -1 and i < chunk_size:
            if _is_gzip_member(fh, base + i):
                found.append(i)
                break
            i = chunk.find(_GZIP_MAGIC, i + 1)
        for m in _WARC_LINE.finditer(chunk, pos - base):
            at = m.start()
            if at < chunk_size and (base + at == 0 or chunk[at - 1:at] == b"\n"):
                found.append(at)
                break
        if found:
            return base + min(found)
        if len(chunk) <= chunk_size:
            return None
        pos = base + chunk_size


def iter_records(fh: IO[bytes], stats: WarcStats) -> Iterator[tuple[int, Any]]:
    """(offset, fastwarc record) for every readable record of a seekable binary stream.

    A parse error ends one ArchiveIterator; reading restarts at the next record start found
    after the last good record. A region that yields nothing counts once as corrupt.
    """
    try:
        from fastwarc.warc import ArchiveIterator
    except ImportError as exc:
        raise InputError(f"reading WARC files needs FastWARC: pip install 'claimgraph[warc]' "
                         f"({exc})") from None
    start = 0
    while True:
        fh.seek(start)
        last: int | None = None
        clean = True
        try:
            for rec in ArchiveIterator(fh, parse_http=False, stream_detect=True, fsspec_args=False):
                last = rec.stream_pos
                yield last, rec
        except (OSError, ValueError, RuntimeError):
            clean = False
        nxt = _next_start(fh, (last if last is not None else start) + 1)
        if clean:
            if nxt is None:
                return
            stats.corrupt += 1  # a record start the reader passed over (a cut gzip member)
        elif last is None or nxt is None:
            stats.corrupt += 1
        if nxt is None:
            return
        start = nxt


# --- one record -> Item ------------------------------------------------------------------------

def _digest_ok(digest: str | None, block: bytes) -> bool:
    """False when the record carries a block digest (sha1/sha256, base32 or hex) that does not
    match; True when it matches or there is none (hashing costs ~1 ms per 500 KB page)."""
    if not digest or ":" not in digest:
        return True
    algo, _, value = digest.partition(":")
    algo = algo.strip().lower().replace("-", "")
    if algo not in ("sha1", "sha256"):
        return True
    raw = hashlib.new(algo, block).digest()
    value = value.strip()
    return value.upper() == base64.b32encode(raw).decode("ascii") or value.lower() == raw.hex()


def _http_split(block: bytes) -> tuple[int, dict[str, str], bytes] | None:
    """(status, lower-cased headers, body) of an HTTP response block, or None if malformed."""
    end = block.find(b"\r\n\r\n")
    sep = 4
    if end == -1:
        end, sep = block.find(b"\n\n"), 2
    if end == -1:
        return None
    lines = block[:end].decode("latin-1").splitlines()
    parts = lines[0].split(None, 2) if lines else []
    if len(parts) < 2 or not parts[0].startswith("HTTP/") or not parts[1].isdigit():
        return None
    headers: dict[str, str] = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return int(parts[1]), headers, block[end + sep:]


def _dechunk(body: bytes) -> bytes:
    out, pos = bytearray(), 0
    while True:
        eol = body.find(b"\r\n", pos)
        if eol == -1:
            return bytes(out)
        size = int(body[pos:eol].split(b";")[0].strip() or b"0", 16)
        if size == 0:
            return bytes(out)
        out += body[eol + 2:eol + 2 + size]
        pos = eol + 2 + size + 2


def _decode_body(body: bytes, headers: dict[str, str]) -> bytes:
    """Undo transfer and content encodings (Common Crawl stores most payloads already decoded
    and renames the headers to X-Crawler-*, so these only act on other crawlers' files)."""
    if "chunked" in headers.get("transfer-encoding", "").lower():
        body = _dechunk(body)
    enc = headers.get("content-encoding", "").lower()
    if enc in ("gzip", "x-gzip", "deflate"):
        body = zlib.decompressobj(16 + zlib.MAX_WBITS if "gzip" in enc else zlib.MAX_WBITS) \
            .decompress(body, LIMITS.max_bytes)
    elif enc == "br":
        import brotli

        body = brotli.decompress(body)
    return body


def _charset(headers: dict[str, str], body: bytes) -> str:
    m = re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", headers.get("content-type", ""), re.I)
    if m is None:
        m2 = _META_CHARSET.search(body[:4096])
        return m2.group(1).decode("ascii", "replace") if m2 else "utf-8"
    return m.group(1)


def _to_text(body: bytes, headers: dict[str, str]) -> str:
    charset = _charset(headers, body)
    try:
        return body.decode(charset, errors="replace")
    except LookupError:  # an unknown charset name in the page
        return body.decode("utf-8", errors="replace")


def _declared_lang(headers: dict[str, str], body: bytes) -> str | None:
    """Primary language subtag from Content-Language or `<html lang>`, lower case."""
    value = headers.get("content-language", "").split(",")[0].strip()
    if not value:
        m = _HTML_LANG.search(body[:4096])
        value = m.group(1).decode("ascii") if m else ""
    return value.split("-")[0].lower() or None


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    for prefix in _HOST_PREFIXES:
        if host.startswith(prefix) and host.count(".") > 1:
            return host[len(prefix):]
    return host


def outlet_of(url: str) -> str | None:
    """Outlet name of a URL: the registry entry of its domain, else the bare domain."""
    host = host_of(url)
    if not host:
        return None
    labels = host.split(".")
    n = 3 if len(labels) >= 3 and labels[-2] in _SECOND_LEVEL else 2
    domain = ".".join(labels[-n:])
    try:
        from ..registry import default_registry

        reg = default_registry()
    except Exception:  # the registry is optional here: a bare domain is still an outlet
        return domain
    for key in (host, domain):
        entry = reg.lookup(key)
        if entry is not None and entry.type == "outlet":
            return entry.name
    entry = reg.lookup(labels[-n])  # "bbc" of bbc.co.uk, "zeit" of zeit.de
    return entry.name if entry is not None and entry.type == "outlet" else domain


@dataclass
class RawPage:
    """An HTML response that passed the cheap checks, not yet extracted (picklable, so
    extraction can run in a worker process; see scale/parallel.py)."""

    name: str
    url: str
    body: bytes
    headers: dict[str, str]
    fetched: str | None
    offset: int


def record_page(rec: Any, offset: int, name: str, options: WarcOptions,
                stats: WarcStats) -> RawPage | None:
    """The cheap part: WARC and HTTP headers, size, declared language. None = skipped
    (the reason is counted)."""
    stats.records += 1
    wtype = rec.headers.get("WARC-Type")
    if wtype is None or rec.headers.get("Content-Length") is None:
        stats.corrupt += 1  # mandatory headers missing: cut off, or junk taken for a record
        return None
    if wtype != "response":
        stats.skip("not_response")
        return None
    stats.responses += 1
    url = rec.headers.get("WARC-Target-URI") or ""
    declared = rec.headers.get("Content-Length")
    if not url or declared is None or not declared.isdigit():
        stats.corrupt += 1
        return None
    if not url.startswith(("http://", "https://")):
        stats.skip("not_http")
        return None
    if _NOT_ARTICLE.search(urlsplit(url).path or "/"):
        stats.skip("not_article")
        return None
    if not options.url_ok(url):
        stats.skip("url")
        return None
    block = rec.reader.read()
    if len(block) < int(declared):
        stats.corrupt += 1  # truncated: the file ended inside this record
        return None
    if not _digest_ok(rec.headers.get("WARC-Block-Digest"), block):
        stats.corrupt += 1  # overwritten or spliced: the bytes are not those the crawler wrote
        return None
    parsed = _http_split(block)
    if parsed is None:
        stats.corrupt += 1
        return None
    status, headers, body = parsed
    if status != 200:
        stats.skip("status")
        return None
    ctype = headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype not in HTML_TYPES:
        stats.skip("not_html")
        return None
    stats.html += 1
    try:
        body = _decode_body(body, headers)
    except (zlib.error, ValueError, OSError, ImportError):
        stats.corrupt += 1
        return None
    if len(body) < options.min_body:
        stats.skip("tiny")
        return None
    if len(body) > (options.max_body or LIMITS.max_bytes):
        stats.skip("too_large")
        return None
    declared_lang = _declared_lang(headers, body)
    if options.langs and declared_lang and declared_lang not in options.langs:
        stats.skip("lang")
        return None
    return RawPage(name, url, body, headers, rec.headers.get("WARC-Date"), offset)


def page_item(page: RawPage, options: WarcOptions) -> tuple[Item | None, str | None]:
    """The costly part: trafilatura extraction and the checks on its text.

    Returns (Item, None) for an article, else (None, reason it was skipped)."""
    meta = {"fetched": page.fetched, "outlet": outlet_of(page.url),
            "warc": page.name.rsplit("#", 1)[0], "warc_offset": page.offset}
    try:
        doc = from_html(_to_text(page.body, page.headers), path=page.url, url=page.url, meta=meta)
    except InputError:
        return None, "no_text"
    if len(doc.text) < MIN_TEXT_CHARS:
        return None, "short_text"
    if len(_SENTENCE_END.findall(doc.text, 0, 20_000)) < MIN_SENTENCES:
        return None, "not_prose"
    doc.meta["format"] = "warc"
    if not doc.meta.get("date") and page.fetched:
        doc.meta["date"] = page.fetched[:10]  # a news page is fetched within a day of publication
    if options.langs:
        from .. import langid

        lang = langid.detect(doc.text)
        if lang not in options.langs:
            return None, "lang"
        doc.lang = lang
    return Item(page.name, doc=doc), None


def count_page(stats: WarcStats, reason: str | None) -> None:
    """Count the outcome of `page_item`."""
    if reason is None:
        stats.kept += 1
    else:
        stats.skip(reason)


def record_item(rec: Any, offset: int, name: str, options: WarcOptions,
                stats: WarcStats) -> Item | None:
    """The Item of one record, or None when it is skipped (the reason is counted)."""
    page = record_page(rec, offset, name, options, stats)
    if page is None:
        return None
    item, reason = page_item(page, options)
    count_page(stats, reason)
    return item


def current_options(options: WarcOptions | None = None) -> tuple[WarcOptions, WarcStats | None]:
    """`options` (or those of the `warc_filters` in effect) and the shared stats, if any."""
    opts, shared = _DEFAULT[-1]
    return options or opts, shared


def read_warc_pages(path: str, *, options: WarcOptions | None = None,
                    stats: WarcStats | None = None) -> Iterator[RawPage | Item]:
    """RawPages (not yet extracted) of a WARC file, or one error Item when it cannot be read;
    for callers that extract elsewhere (worker processes). Counts go into `stats` and the
    `warc_filters` stats; the caller counts extraction outcomes with `count_page`."""
    options, shared = current_options(options)
    own = WarcStats(files=1)
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Item(path, error=f"{path}: cannot be read ({exc.strerror or exc})")
        return
    try:
        with fh:
            for offset, rec in iter_records(fh, own):
                page = record_page(rec, offset, f"{path}#{offset}", options, own)
                if page is not None:
                    yield page
        if own.corrupt:  # quarantined with a reason, not lost silently (as ingest.read does)
            yield Item(path, error=f"{path}: {own.corrupt} corrupt or truncated WARC "
                                   "record(s) skipped")
    except InputError as exc:  # FastWARC missing
        yield Item(path, error=f"{path}: {exc}")
    finally:
        for target in (stats, shared):
            if target is not None:
                target.merge(own)


def _read_stream(fh: IO[bytes], name: str, options: WarcOptions | None,
                 stats: WarcStats | None) -> Iterator[Item]:
    options, shared = current_options(options)
    own = WarcStats(files=1)
    try:
        for offset, rec in iter_records(fh, own):
            item = record_item(rec, offset, f"{name}#{offset}", options, own)
            if item is not None:
                yield item
    except InputError as exc:  # FastWARC missing: one line naming the file, not a traceback
        yield Item(name, error=f"{name}: {exc}")
    finally:
        for target in (stats, shared):
            if target is not None:
                target.merge(own)


def read_warc_path(path: str, *, options: WarcOptions | None = None,
                   stats: WarcStats | None = None) -> Iterator[Item]:
    """Items of the article pages in a WARC file (plain or gzip), in file order.

    Args:
        path: a local file.
        options: filters (default: the `warc_filters` in effect, else keep every article).
        stats: a WarcStats the counts of this file are added to (when the iteration ends).
    """
    try:
        fh = open(path, "rb")
    except OSError as exc:
        yield Item(path, error=f"{path}: cannot be read ({exc.strerror or exc})")
        return
    with fh:
        if os.fstat(fh.fileno()).st_size == 0:
            yield Item(path, error=f"{path}: empty input")
            return
        yield from _read_stream(fh, path, options, stats)


def read_warc_bytes(data: bytes, name: str, *, options: WarcOptions | None = None,
                    stats: WarcStats | None = None) -> Iterator[Item]:
    """Items of the article pages in a WARC held in memory (see `read_warc_path`)."""
    yield from _read_stream(io.BytesIO(data), name, options, stats)
