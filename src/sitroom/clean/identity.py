"""Document identity: an exact id from the normalised text, and a SimHash for near-duplicates.

``document_id`` makes re-ingesting the same article a no-op whatever its whitespace or case.
``fingerprint`` is a 64-bit SimHash over word 5-shingles (Charikar 2002; Manku et al. 2007 use
Hamming distance <= 3 on 64 bits for web-scale near-duplicate detection): a syndicated copy that
differs by an outlet line or a credit line stays within a few bits, a different story does not.
Short texts have few shingles, so every changed shingle moves more bits: the dateline, the line
syndicators rewrite most, is left out of the fingerprint (not out of the id), and so are the credit lines
(bylines, "Reporting by …", "Source: …") that close a cleaned text.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

import numpy as np

from sitroom.clean.boilerplate import credit_of
from sitroom.dateline import WIRE_OPENING

SHINGLE = 5
_WS_RE = re.compile(r"\s+")
_WORD_RE = re.compile(r"\w+")


def normalise(text: str) -> str:
    """NFKC, lowercased, whitespace collapsed: the form identity is computed on."""
    return _WS_RE.sub(" ", unicodedata.normalize("NFKC", text)).strip().lower()


def document_id(text: str) -> str:
    """First 16 hex digits of the sha256 of the normalised text."""
    return hashlib.sha256(normalise(text).encode("utf-8")).hexdigest()[:16]


def _shingles(words: list[str]) -> list[str]:
    if len(words) < SHINGLE:
        return [" ".join(words)] if words else []
    return [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]


def without_closing_credits(text: str) -> str:
    """``text`` without the credit lines that close it ("By Rita Akana", "Reporting by X; Editing by Y")."""
    lines = text.rstrip().split("\n")
    while len(lines) > 1 and (lines[-1].strip() == "" or credit_of(lines[-1]) is not None):
        lines.pop()
    return "\n".join(lines)


def fingerprint(text: str) -> int:
    """64-bit SimHash of the text's word 5-shingles (0 for a text without words).

    A wire dateline "CITY, date (Outlet) -" opening the text is left out: it is exactly what syndicated
    copies rewrite, so a copy that only changes the outlet stays within a bit or two of the original. The
    credit lines closing it are left out too: one copy credits its reporters, another its own outlet."""
    text = without_closing_credits(text)
    shingles = _shingles(_WORD_RE.findall(normalise(WIRE_OPENING.sub("", text, count=1))))
    if not shingles:
        return 0
    digests = b"".join(hashlib.blake2b(s.encode("utf-8"), digest_size=8).digest() for s in shingles)
    # One row of 64 bits per shingle; a bit of the SimHash is set when most shingles set it.
    bits = np.unpackbits(np.frombuffer(digests, dtype=np.uint8)).reshape(len(shingles), 64)
    votes = bits.sum(axis=0, dtype=np.int64) * 2 > len(shingles)
    return int("".join("1" if v else "0" for v in votes), 2)


def hamming(a: int, b: int) -> int:
    return (a ^ b).bit_count()


def is_near_duplicate(a: int, b: int, max_distance: int = 3) -> bool:
    """True when two fingerprints are within ``max_distance`` differing bits."""
    return hamming(a, b) <= max_distance
