"""Plain text: decode strictly, normalise the characters that break offsets and matching.

The emitted `Document.text` is the normalised text, so every span the later stages produce
points into exactly what the user sees in the output.
"""

from __future__ import annotations

import re

from ..errors import InputError

# Characters removed outright: soft hyphen, zero-width space/joiners, word joiner, BOM.
_DROP = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"), None)
# Characters that become a plain space: NBSP, narrow NBSP, figure/thin/hair spaces, tab.
_SPACE = dict.fromkeys(map(ord, "\u00a0\u202f\u2007\u2009\u200a\u2002\u2003\t"), " ")
_TABLE = {**_DROP, **_SPACE}
_TRAILING_SPACE = re.compile(r"[ ]+\n")
_MANY_BLANK = re.compile(r"\n{3,}")


def normalize(text: str) -> str:
    """Unify line ends and invisible characters; keep everything else as written.

    >>> normalize("Laut\\u00a0Pentagon\\r\\nsollen Sol\\u00addaten")
    'Laut Pentagon\\nsollen Soldaten'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_TABLE)
    text = _TRAILING_SPACE.sub("\n", text)
    text = _MANY_BLANK.sub("\n\n", text)
    return text.strip()


def looks_binary(data: bytes) -> bool:
    """NUL bytes or many control bytes in the first 8 KB mean this is no text file."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13, 27))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, name: str = "<input>") -> str:
    """Bytes to normalised text, or an InputError that says what is wrong."""
    if not data.strip():
        raise InputError(f"{name}: empty input")
    if looks_binary(data):
        raise InputError(f"{name}: binary data, not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: invalid UTF-8 at byte {exc.start} (convert the file to UTF-8 first)"
        ) from None
    text = normalize(text)
    if not text:
        raise InputError(f"{name}: empty input")
    return text
