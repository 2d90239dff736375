"""Bytes -> text: binary sniffing and a decoding ladder (BOM, UTF-8 if plausible, a detector, replacement).

News dumps mix UTF-8, UTF-8 with a BOM, UTF-16/32 exports (with or without a BOM), Windows-1252 and
GB18030 files and the odd truncated multi-byte sequence. The order is fixed:

1. a byte-order mark names the encoding (UTF-32 before UTF-16: the UTF-32-LE mark starts with UTF-16-LE's);
2. NUL bytes in a steady lane pattern mean UTF-16/32 without a mark;
3. UTF-8, when it decodes *and* reads like text (GB18030 can be valid UTF-8 by accident: it decodes to
   an odd mix of Cyrillic, Armenian and Hebrew letters that charset-normalizer's mess ratio catches);
4. charset-normalizer's best guess;
5. UTF-8 with replacement characters.

We never raise: the caller learns whether replacement characters went in and reports it (E106).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import CharsetMatch, from_bytes
from charset_normalizer.md import mess_ratio

SNIFF_BYTES = 8192  # binary and wide-encoding detection look at the start of the file only
MAX_CONTROL_RATIO = 0.10  # share of non-whitespace control bytes above which a file is not text
# UTF-8 whose non-ASCII lines score above this mess ratio is treated as a likely accident of another
# encoding; real multi-script news text (Arabic names in English copy, Kurdish, Cyrillic) scores 0.0.
MAX_UTF8_MESS = 0.1
MESS_SAMPLE_CHARS = 50_000  # the mess ratio is costly; the non-ASCII lines at the top tell enough
# Detector guesses within this chaos of the best are ties, broken by PREFERRED_LEGACY.
CHAOS_MARGIN = 0.05
# Legacy encodings news exports actually come in, most likely first. charset-normalizer scores short
# texts level across families (cp1250 with cp1252; Shift-JIS half-width katakana and Thai with
# GB18030 hanzi), so a tie goes to the encoding a news archive is likelier to hold.
PREFERRED_LEGACY: tuple[str, ...] = ("cp1252", "gb18030", "cp1256", "cp1251", "big5", "euc_kr", "cp932")

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

# Byte-order marks, longest first where one is a prefix of another.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# UTF-16/32 without a mark: (codec, width, lane that carries the low byte, lanes that are always NUL for
# the text news holds). ASCII-heavy UTF-16-LE has NUL in every odd byte; UTF-32 in two lanes of four.
WIDE_LANES: tuple[tuple[str, int, int, tuple[int, ...]], ...] = (
    ("utf-32-le", 4, 0, (2, 3)),
    ("utf-32-be", 4, 3, (0, 1)),
    ("utf-16-le", 2, 0, (1,)),
    ("utf-16-be", 2, 1, (0,)),
)
MIN_NUL_LANE = 0.3  # share of NULs in the high-byte lane (CJK or Arabic text fills it less often)
MAX_NUL_TEXT_LANE = 0.02  # the low-byte lane is NUL only for U+0000 (or U+xx00), which text never holds

_TEXT_CONTROLS = frozenset(b"\t\n\r\f\v\x08\x1b")


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str
    replaced: int = 0  # how many U+FFFD replacement characters decoding had to put in


def bom_encoding(data: bytes) -> str | None:
    return next((enc for bom, enc in BOMS if data.startswith(bom)), None)


def _nul_share(head: bytes, width: int, lane: int) -> float:
    lane_bytes = head[lane::width]
    return lane_bytes.count(0) / len(lane_bytes) if lane_bytes else 0.0


def wide_encoding(data: bytes) -> str | None:
    """UTF-16/32 without a byte-order mark, recognised by where its NUL bytes fall."""
    head = data[:SNIFF_BYTES]
    for codec, width, text_lane, nul_lanes in WIDE_LANES:
        usable = head[: len(head) - len(head) % width]
        if len(usable) < 2 * width:
            continue
        if (
            _nul_share(usable, width, text_lane) <= MAX_NUL_TEXT_LANE
            and all(_nul_share(usable, width, lane) >= MIN_NUL_LANE for lane in nul_lanes)
            and _reads_as_text(usable.decode(codec, errors="replace"))
        ):
            return codec
    return None


def _reads_as_text(sample: str) -> bool:
    """False when control characters fill the sample: arrays of small integers share UTF-16's NUL lanes."""
    controls = sum(1 for ch in sample if ord(ch) < 0x20 and ord(ch) not in _TEXT_CONTROLS)
    return controls / max(1, len(sample)) <= MAX_CONTROL_RATIO


def binary_kind(data: bytes) -> str | None:
    """A short description when ``data`` is not text (magic number, NULs, control bytes), else None."""
    head = data[:SNIFF_BYTES]
    for magic, kind in MAGIC:
        if head.startswith(magic):
            return kind
    if bom_encoding(head) or wide_encoding(head):
        return None  # UTF-16/32 text legitimately holds NUL bytes
    if b"\x00" in head:
        return "contains NUL bytes"
    if head:
        controls = sum(1 for b in head if b < 0x20 and b not in _TEXT_CONTROLS)
        if controls / len(head) > MAX_CONTROL_RATIO:
            return f"{controls} control bytes in the first {len(head)}"
    return None


def _lenient(data: bytes, encoding: str) -> Decoded:
    """Strict when it can be; otherwise with replacement characters, counted for the report."""
    name = encoding.removesuffix("-sig")
    try:
        return Decoded(data.decode(encoding), name)
    except UnicodeDecodeError:
        text = data.decode(encoding, errors="replace")
        return Decoded(text, name, max(1, text.count("\ufffd")))


def utf8_mess(text: str) -> float:
    """charset-normalizer's mess ratio over the lines that hold non-ASCII (0.0 for plain ASCII)."""
    sample = "\n".join(line for line in text[: MESS_SAMPLE_CHARS * 4].split("\n") if not line.isascii())
    return mess_ratio(sample[:MESS_SAMPLE_CHARS], maximum_threshold=1.0) if sample else 0.0


def detect_legacy(data: bytes) -> tuple[str, str, float] | None:
    """(text, encoding, chaos) of charset-normalizer's guess, ties going to PREFERRED_LEGACY."""
    matches = [m for m in from_bytes(data) if m.encoding not in ("utf_8", "utf_16", "utf_32")]
    if not matches:
        return None
    best = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best + CHAOS_MARGIN]

    choice = min(tied, key=_preference)
    try:
        return data.decode(choice.encoding), choice.encoding, choice.chaos
    except (UnicodeDecodeError, LookupError):
        return None


def _preference(match: CharsetMatch) -> tuple[int, float]:
    enc = match.encoding
    return (PREFERRED_LEGACY.index(enc) if enc in PREFERRED_LEGACY else len(PREFERRED_LEGACY), match.chaos)


def decode_bytes(data: bytes) -> Decoded:
    """Text from bytes through the ladder in the module docstring; never raises."""
    marked = bom_encoding(data) or wide_encoding(data)
    if marked is not None:
        return _lenient(data, marked)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return _decode_not_utf8(data)
    mess = utf8_mess(text)
    if mess <= MAX_UTF8_MESS:
        return Decoded(text, "utf-8")
    return _less_messy(data, mess) or Decoded(text, "utf-8")


def _less_messy(data: bytes, mess: float) -> Decoded | None:
    """A legacy decoding of ``data`` that reads as less of a mess than UTF-8 did, if there is one.

    charset-normalizer first; but when most of a file is ASCII and its few GB18030 pairs are valid UTF-8
    by accident, it offers UTF-8 alone, so the preferred legacy encodings are then tried strictly too."""
    guessed = detect_legacy(data)
    if guessed is not None and guessed[2] < mess:
        return Decoded(guessed[0], guessed[1])
    scored: list[tuple[float, str, str]] = []
    for encoding in PREFERRED_LEGACY:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        score = utf8_mess(text)
        if score < mess:
            scored.append((score, text, encoding))
    if not scored:
        return None
    # As in detect_legacy, near-equal scores are ties that go to the likelier encoding (listed first): half-width
    # katakana (cp932) scores level with, or better than, the GB18030 hanzi the same bytes are.
    best = min(score for score, _, _ in scored)
    _, text, encoding = next(s for s in scored if s[0] <= best + CHAOS_MARGIN)
    return Decoded(text, encoding)


def _decode_not_utf8(data: bytes) -> Decoded:
    lenient = _lenient(data, "utf-8")
    # Valid multi-byte UTF-8 sequences next to the broken ones mean the file *is* UTF-8 with a few
    # damaged bytes (a truncated character, a bad splice): guessing cp1252 would garble every other
    # non-ASCII character, so keep UTF-8 and flag the damage. Unless those valid sequences read as a
    # mess: then they are another encoding's pairs that happen to be valid UTF-8 (GB18030 with its
    # curly quotes, which are not), and a legacy decoding that reads better wins.
    if any(ord(ch) > 0x7F and ch != "\ufffd" for ch in lenient.text):
        mess = utf8_mess(lenient.text.replace("\ufffd", ""))
        return (mess > MAX_UTF8_MESS and _less_messy(data, mess)) or lenient
    guessed = detect_legacy(data)
    if guessed is not None:
        return Decoded(guessed[0], guessed[1])
    try:  # the usual encoding of Western news exports, when the detector found nothing
        return Decoded(data.decode("cp1252"), "cp1252")
    except UnicodeDecodeError:
        return lenient
