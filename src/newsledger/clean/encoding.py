"""Turn raw bytes into text: byte-order mark, then the declared charset, then detection.

Why this order: a BOM is unambiguous; a charset the page or server declares is right far more
often than a guess; charset-normalizer covers undeclared legacy pages (windows-1251, latin-1).
Decoding never raises: odd bytes are replaced as a last resort so one bad page cannot stop a batch.
Text that is UTF-8 with some Windows-1252 bytes mixed in (files pasted together from several
sources) is read as exactly that, so neither part is garbled by a guess made for the whole.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# Browsers read these labels as windows-1252 (WHATWG encoding standard); so do we.
_MAX_BAD_SHARE = 0.0005
_ALIASES = {"latin-1": "cp1252", "latin1": "cp1252", "iso-8859-1": "cp1252", "ascii": "cp1252"}


def declared_charset(html: bytes) -> str | None:
    """The charset an HTML page declares in `<meta charset>` or `http-equiv` (first 4 kB)."""
    match = _META_CHARSET.search(html[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def decode(data: bytes, declared: str | None = None) -> str:
    """Decode `data`: BOM, then `declared` (if it decodes cleanly), then detection, then UTF-8
    with replacement characters."""
    for bom, name in _BOMS:
        if data.startswith(bom):
            return data.decode(name, errors="replace")
    for name in _candidates(declared):
        try:
            text = data.decode(name, errors="replace")
        except LookupError:
            continue
        # A few stray bytes in a page that is otherwise valid in its charset are damage to that
        # page, not a sign of another charset (browsers decide the same way).
        if text.count("\ufffd") - data.count(b"\xef\xbf\xbd") <= len(data) * _MAX_BAD_SHARE:
            return text
    if declared is None and _mixed_utf8(data):
        return data.decode("utf-8", errors=_CP1252_FALLBACK)
    best = from_bytes(data[:200_000]).best()
    if best is not None and best.encoding:
        return data.decode(best.encoding, errors="replace")
    return data.decode("utf-8", errors="replace")


def _candidates(declared: str | None) -> list[str]:
    """UTF-8 first when nothing is declared: it almost never decodes non-UTF-8 bytes by chance."""
    if not declared:
        return ["utf-8"]
    label = declared.strip().lower()
    return [_ALIASES.get(label, label)]


def _mixed_utf8(data: bytes) -> bool:
    """Mostly UTF-8: as many well-formed multi-byte characters as bytes that do not decode.

    Single-byte legacy text (Windows-1252, -1251 ...) almost never forms a valid UTF-8
    sequence, so it has next to none of the former and goes to detection instead.
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count(b"\xef\xbf\xbd")
    good = sum(1 for char in text if ord(char) > 127 and char != "\ufffd")
    return good >= bad > 0


def _cp1252_bytes(error: UnicodeError) -> tuple[str, int]:
    """Error handler: bytes that are not UTF-8 are read as Windows-1252."""
    assert isinstance(error, UnicodeDecodeError)
    bad = error.object[error.start : error.end]
    return bytes(bad).decode("cp1252", errors="replace"), error.end


_CP1252_FALLBACK = "newsledger-cp1252-fallback"
codecs.register_error(_CP1252_FALLBACK, _cp1252_bytes)
