"""Bytes -> text: binary sniffing and a careful decoding ladder (UTF-8, legacy guess, replacement).

News dumps mix UTF-8, UTF-8 with a BOM, Windows-1252 exports and the odd truncated multi-byte
sequence. We never raise: the caller learns whether the text had to be decoded with replacement
characters and reports that as a warning (E106) next to the Source.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

SNIFF_BYTES = 8192  # binary detection looks at the start of the file only
MAX_CONTROL_RATIO = 0.10  # share of non-whitespace control bytes above which a file is not text

# Signatures of formats that are never text, checked before anything else.
MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF87a", "GIF image"),
    (b"GIF89a", "GIF image"),
    (b"PK\x03\x04", "ZIP archive or Office document"),
    (b"\x1f\x8b", "gzip archive"),
    (b"BZh", "bzip2 archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x7fELF", "executable"),
    (b"RIFF", "RIFF media file"),
    (b"\x00\x00\x00\x18ftyp", "MP4 media file"),
    (b"\x00\x00\x00\x20ftyp", "MP4 media file"),
)

_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x08\x1b")
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: bool  # True when bytes could only be decoded with U+FFFD replacement characters


def binary_kind(data: bytes) -> str | None:
    """A short description when ``data`` is not text (magic number, NULs, control bytes), else None."""
    head = data[:SNIFF_BYTES]
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(_UTF16_BOMS):
        return None  # UTF-16 text legitimately holds NUL bytes
    if b"\x00" in head:
        return "contains NUL bytes"
    if head:
        controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls / len(head) > MAX_CONTROL_RATIO:
            return f"{controls} control bytes in the first {len(head)}"
    return None


def _guess_legacy(data: bytes) -> tuple[str, str] | None:
    """Decode with a guessed legacy encoding, strictly; None when nothing fits cleanly.

    charset-normalizer ranks Central European code pages (cp1250) level with cp1252 on short Western
    texts; news exports are overwhelmingly cp1252, so it wins whenever it fits as well as the best guess.
    """
    candidates: list[str] = []
    try:
        from charset_normalizer import from_bytes  # a dependency of trafilatura's requests stack
    except ImportError:  # pragma: no cover - charset-normalizer is normally installed
        pass
    else:
        matches = list(from_bytes(data))
        if matches:
            best = matches[0]
            if any(m.encoding == "cp1252" and m.chaos <= best.chaos + 0.01 for m in matches):
                candidates.append("cp1252")
            candidates.append(best.encoding)
    candidates.append("cp1252")  # the usual encoding of Western news exports
    for enc in candidates:
        try:
            return data.decode(enc), enc
        except (UnicodeDecodeError, LookupError):
            continue
    return None


def decode_bytes(data: bytes) -> Decoded:
    """Text from bytes: UTF-16 (BOM), UTF-8(-sig), then a legacy guess, else UTF-8 with replacement."""
    if data.startswith(_UTF16_BOMS):
        text = data.decode("utf-16", errors="replace")
        return Decoded(text, "utf-16", "\ufffd" in text)
    try:
        return Decoded(data.decode("utf-8-sig"), "utf-8", False)
    except UnicodeDecodeError:
        pass
    lenient = data.decode("utf-8", errors="replace")
    # Valid multi-byte UTF-8 sequences next to the broken ones mean the file *is* UTF-8 with a few
    # damaged bytes (a truncated character, a bad splice): guessing cp1252 would garble every other
    # non-ASCII character, so keep UTF-8 and flag the damage.
    has_valid_multibyte = any(ord(ch) > 0x7F and ch != "\ufffd" for ch in lenient)
    if not has_valid_multibyte:
        guessed = _guess_legacy(data)
        if guessed is not None:
            return Decoded(guessed[0], guessed[1], False)
    return Decoded(lenient, "utf-8", True)
