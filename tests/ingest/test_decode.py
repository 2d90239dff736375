"""decode: BOM -> wide encodings without a BOM -> plausible UTF-8 -> detector -> replacement."""

from __future__ import annotations

import codecs

import pytest

from sitroom.ingest.decode import binary_kind, decode_bytes

TEXT = "Officials in Raqqa said the “sweep” ended on Monday, and that no civilians were hurt.\n" * 3


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be", "utf-16-le", "utf-16-be", "utf-8"])
def test_decode_bom_names_the_encoding(codec: str) -> None:
    bom = {"utf-32-le": codecs.BOM_UTF32_LE, "utf-32-be": codecs.BOM_UTF32_BE, "utf-16-le": codecs.BOM_UTF16_LE,
           "utf-16-be": codecs.BOM_UTF16_BE, "utf-8": codecs.BOM_UTF8}[codec]
    data = bom + TEXT.encode(codec)
    assert binary_kind(data) is None
    decoded = decode_bytes(data)
    assert decoded.text == TEXT and decoded.replaced == 0  # UTF-32-LE is not read as UTF-16 with NULs


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be", "utf-32-le", "utf-32-be"])
def test_decode_wide_without_bom_is_text_not_binary(codec: str) -> None:
    data = TEXT.encode(codec)
    assert binary_kind(data) is None
    decoded = decode_bytes(data)
    assert decoded.text == TEXT and decoded.encoding == codec


def test_decode_nul_bytes_without_a_lane_pattern_are_still_binary() -> None:
    assert binary_kind(b"abc\x00\x01\x02def" * 20) == "contains NUL bytes"
    int16s = bytes(range(1, 31)) * 40  # small little-endian integers: NUL in every odd byte, but not text
    assert binary_kind(b"".join(bytes([b, 0]) for b in int16s)) == "contains NUL bytes"


def test_decode_gb18030_that_is_valid_utf8_by_accident() -> None:
    original = "Xinhua 院士说 2025: 雪夜 山水诗 魏源"
    data = original.encode("gb18030")
    assert data.decode("utf-8") != original  # valid UTF-8, but mojibake
    decoded = decode_bytes(data)
    assert decoded.text == original and decoded.encoding == "gb18030"


def test_decode_real_multiscript_utf8_stays_utf8() -> None:
    text = "The group (الدولة الإسلامية) said Москва and Şanlıurfa — “5 km²” — were quiet."
    decoded = decode_bytes(text.encode())
    assert decoded.text == text and decoded.encoding == "utf-8"


def test_decode_counts_replacements() -> None:
    decoded = decode_bytes("Raqqa “sweep” ".encode() + b"\xff\xfe bad \xc3")
    assert decoded.encoding == "utf-8" and decoded.replaced >= 2
    utf32 = decode_bytes(codecs.BOM_UTF32_LE + "ok".encode("utf-32-le") + b"\xff\xff\xff\xff")
    assert utf32.text.startswith("ok") and utf32.replaced == 1


def test_decode_gb18030_in_an_english_article_valid_utf8_or_nearly() -> None:
    # Mostly ASCII: charset-normalizer offers UTF-8 alone, yet the few Chinese pairs are mojibake as UTF-8.
    article = "Islamic State militants attacked a checkpoint near Kirkuk on Monday, officials said.\n" * 3
    chinese = "Xinhua 院士说 2025: 雪夜 山水诗 魏源\n"
    for original in (article + chinese, "“Daesh” " + article + chinese):  # its curly quotes are not UTF-8
        decoded = decode_bytes(original.encode("gb18030"))
        assert decoded.text == original and decoded.encoding == "gb18030" and decoded.replaced == 0


def test_decode_damaged_utf8_with_real_non_ascii_stays_utf8() -> None:
    data = "Raqqa “sweep” café naïve Москва".encode() + b"\xff\xfe bad \xc3"
    decoded = decode_bytes(data)
    assert decoded.encoding == "utf-8" and decoded.text.startswith("Raqqa “sweep” café")
