"""Downloading a URL without being a proxy into the local network (SSRF guard).

The only place claimgraph downloads anything is the Spark job's WARC list (`scale/spark.py`:
`https://…/crawl.warc.gz` paths are copied to a temporary file). A path list can come from
elsewhere, so a URL may point at `http://169.254.169.254/` (cloud metadata), `localhost` or a
host inside the network, directly, after a redirect, or through DNS that answers with a public
address first and a private one the second time (rebinding). Hence:

* only `http` and `https`;
* the host is resolved once, every address it resolves to must be public (`ip.is_global`),
  and the connection goes to that checked address (the Host header and TLS SNI/certificate
  check still use the name), so a second DNS answer is never used;
* redirects are followed by hand (at most 5) and each target is checked the same way;
* the body is cut off at `max_bytes`.
"""

from __future__ import annotations

import http.client
import ipaddress
import socket
import ssl
from typing import IO, Callable
from urllib.parse import urljoin, urlsplit

from .errors import InputError

MAX_REDIRECTS = 5
Resolver = Callable[[str, int], list[str]]


def resolve(host: str, port: int) -> list[str]:
    """Every address `host` resolves to (IPv4 and IPv6)."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise InputError(f"{host}: cannot be resolved ({exc})") from None
    return sorted({str(info[4][0]) for info in infos})


def is_public(address: str) -> bool:
    """True for a globally routable unicast address (not private, loopback, link-local,
    multicast, reserved, unspecified, or an IPv4-mapped form of one of those)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def check_url(url: str, *, resolver: Resolver = resolve,
              allowed: Callable[[str], bool] = is_public) -> tuple[str, str, int, str]:
    """(scheme, host, port, checked address) of a URL that may be fetched, or InputError."""
    parts = urlsplit(url)
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise InputError(f"{url}: only http(s) URLs are fetched, not {scheme or 'a bare path'}")
    host = parts.hostname
    if not host:
        raise InputError(f"{url}: no host in the URL")
    try:
        port = parts.port or (443 if scheme == "https" else 80)
    except ValueError:
        raise InputError(f"{url}: invalid port") from None
    addresses = resolver(host, port)
    if not addresses:
        raise InputError(f"{url}: {host} resolves to no address")
    refused = [a for a in addresses if not allowed(a)]
    if refused:
        raise InputError(f"{url}: {host} resolves to a non-public address ({refused[0]}); "
                         "refused")
    return scheme, host, port, addresses[0]


class _PinnedHTTPS(http.client.HTTPSConnection):
    """HTTPS to a fixed address; SNI and the certificate check use the host name."""

    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout, context=ssl.create_default_context())
        self._address = address

    def connect(self) -> None:
        sock = socket.create_connection((self._address, self.port), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)  # type: ignore[attr-defined]


class _PinnedHTTP(http.client.HTTPConnection):
    def __init__(self, host: str, address: str, port: int, timeout: float) -> None:
        super().__init__(host, port, timeout=timeout)
        self._address = address

    def connect(self) -> None:
        self.sock = socket.create_connection((self._address, self.port), self.timeout)


def fetch_to(url: str, out: IO[bytes], *, max_bytes: int | None = None, timeout: float = 60,
             resolver: Resolver = resolve,
             allowed: Callable[[str], bool] = is_public) -> int:
    """Download `url` into `out` (checked as in the module docstring); returns the bytes written.

    Args:
        max_bytes: refuse bodies longer than this (None: no limit).
        resolver, allowed: how host names are resolved and which addresses may be contacted
            (the defaults: the system resolver, public addresses only).
    """
    for _ in range(MAX_REDIRECTS + 1):
        scheme, host, port, address = check_url(url, resolver=resolver, allowed=allowed)
        cls = _PinnedHTTPS if scheme == "https" else _PinnedHTTP
        conn = cls(host, address, port, timeout)
        try:
            parts = urlsplit(url)
            target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
            conn.request("GET", target, headers={"User-Agent": "claimgraph",
                                                 "Accept-Encoding": "identity"})
            resp = conn.getresponse()
            if resp.status in (301, 302, 303, 307, 308):
                location = resp.getheader("Location")
                if not location:
                    raise InputError(f"{url}: redirect without a Location")
                url = urljoin(url, location)
                continue
            if resp.status != 200:
                raise InputError(f"{url}: HTTP {resp.status}")
            written = 0
            while chunk := resp.read(1 << 20):
                written += len(chunk)
                if max_bytes is not None and written > max_bytes:
                    raise InputError(f"{url}: more than {max_bytes:,} bytes; refused")
                out.write(chunk)
            return written
        except (OSError, http.client.HTTPException) as exc:
            raise InputError(f"{url}: download failed ({exc.__class__.__name__}: {exc})") from None
        finally:
            conn.close()
    raise InputError(f"{url}: more than {MAX_REDIRECTS} redirects")
