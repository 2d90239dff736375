"""read_paths: every kind of input becomes Sources or coded problems, never an exception."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import pytest

from sitroom.ingest import read_paths
from sitroom.models import IngestProblem, Source

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "corpus"

ARTICLE = (
    "The coalition said on Monday that partner forces had detained four suspected militants "
    "in a raid near the border, and that no civilians were hurt.\n"
)


def _read(*paths: Path | str, **kw: object) -> list[Source | IngestProblem]:
    return list(read_paths([str(p) for p in paths], **kw))  # type: ignore[arg-type]


def _codes(items: list[Source | IngestProblem]) -> list[str]:
    return [i.code for i in items if isinstance(i, IngestProblem)]


def _sources(items: list[Source | IngestProblem]) -> list[Source]:
    return [i for i in items if isinstance(i, Source)]


def test_readers_missing_path_is_e101(tmp_path: Path) -> None:
    items = _read(tmp_path / "nope.txt")
    assert _codes(items) == ["E101"]
    assert "nope.txt" in items[0].message  # type: ignore[union-attr]


def test_readers_unreadable_file_is_e102(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    f = tmp_path / "locked.txt"
    f.write_text(ARTICLE)

    def denied(*a: object, **k: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", denied)  # the reader opens with os.open (non-blocking), as root too
    assert _codes(_read(f)) == ["E102"]


def test_readers_empty_and_blank_files_are_e103(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("")
    (tmp_path / "b.txt").write_text("  \n\t\n")
    assert _codes(_read(tmp_path)) == ["E103", "E103"]


def test_readers_binary_is_e104(tmp_path: Path) -> None:
    (tmp_path / "nul.txt").write_bytes(b"abc\x00\x01\x02def" * 20)
    (tmp_path / "pdf.txt").write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj")
    items = _read(tmp_path)
    assert _codes(items) == ["E104", "E104"]
    assert "PDF" in items[1].message  # type: ignore[union-attr]


def test_readers_too_large_is_e105_before_reading(tmp_path: Path) -> None:
    f = tmp_path / "big.txt"
    f.write_text(ARTICLE * 10)
    assert _codes(_read(f, max_bytes=100)) == ["E105"]
    assert _sources(_read(f, max_bytes=10_000))


def test_readers_broken_utf8_gives_source_and_e106(tmp_path: Path) -> None:
    f = tmp_path / "broken.txt"
    f.write_bytes("Officials in Raqqa said the “sweep” ended.\n".encode() + b"Bad byte: \xff\xfe here.\n")
    items = _read(f)
    assert _codes(items) == ["E106"]
    (src,) = _sources(items)
    assert "“sweep”" in src.text and "\ufffd" in src.text


def test_readers_legacy_encoding_decodes_without_warning(tmp_path: Path) -> None:
    f = tmp_path / "cp1252.txt"
    f.write_bytes("Le ministère a déclaré que l’opération était terminée à Mossoul.".encode("cp1252"))
    items = _read(f)
    assert _codes(items) == []
    assert "ministère" in _sources(items)[0].text


def test_readers_malformed_html_is_e107(tmp_path: Path) -> None:
    f = tmp_path / "broken.html"
    f.write_text("<html><body><div><<<>>></div>")
    assert _codes(_read(f)) == ["E107"]


def test_readers_txt_header_becomes_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text(
        "Title: Raid near the border\nurl: https://example.org/raid\nPublished: 2025-03-02\n"
        "SOURCE: Example Wire\nAuthor: Desk\n\n" + ARTICLE
    )
    (src,) = _sources(_read(f))
    assert (src.title, src.url, src.published, src.source) == (
        "Raid near the border", "https://example.org/raid", "2025-03-02", "Example Wire",
    )
    assert src.extra["author"] == "Desk"
    assert src.text == ARTICLE and src.kind == "txt"


def test_readers_txt_without_header_keeps_text(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Source of the claim was unclear.\n" + ARTICLE)
    (src,) = _sources(_read(f))
    assert src.source is None and src.text.startswith("Source of the claim")


def test_readers_html_main_text_and_metadata(tmp_path: Path) -> None:
    f = tmp_path / "page.html"
    f.write_text(
        "<html><head><title>Raid near the border | Example News</title>"
        '<meta property="og:site_name" content="Example News">'
        '<meta property="article:published_time" content="2025-03-02T08:00:00Z">'
        "<script>var tracking = 1;</script></head><body><nav><a href='/'>Home</a></nav>"
        "<article><h1>Raid near the border</h1><p>" + ARTICLE + "</p><p>" + ARTICLE + "</p></article>"
        "<div id='cookies'>We use cookies. Accept</div><footer>Copyright Example News</footer></body></html>"
    )
    (src,) = _sources(_read(f))
    assert src.kind == "html" and src.title == "Raid near the border"
    assert src.published == "2025-03-02" and src.source == "Example News"
    assert "detained four suspected militants" in src.text
    assert "tracking" not in src.text and "cookies" not in src.text


def test_readers_jsonl_broken_line_reported_others_read(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    good = json.dumps({"text": ARTICLE, "title": "One", "published": "2025-03-02", "source": "Wire"})
    f.write_text(good + "\n{not json\n\n" + json.dumps({"content": ARTICLE, "url": "https://x.org"}) + "\n")
    items = _read(f)
    assert _codes(items) == ["E108"]
    first, second = _sources(items)
    assert first.path.endswith("feed.jsonl#0") and first.title == "One" and first.kind == "json"
    assert second.path.endswith("feed.jsonl#2") and second.url == "https://x.org"
    assert next(i for i in items if isinstance(i, IngestProblem)).path.endswith("#1")


def test_readers_json_record_without_text_is_e109(tmp_path: Path) -> None:
    f = tmp_path / "list.json"
    f.write_text(json.dumps([{"title": "No body"}, {"body": ARTICLE}]))
    items = _read(f)
    assert _codes(items) == ["E109"]
    assert _sources(items)[0].path.endswith("list.json#1")


def test_readers_unsupported_suffix_is_e111(tmp_path: Path) -> None:
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    assert _codes(_read(tmp_path)) == ["E111", "E111"]


def test_readers_sidecar_overrides_metadata(tmp_path: Path) -> None:
    f = tmp_path / "a.txt"
    f.write_text("Title: Old title\n\n" + ARTICLE)
    (tmp_path / "a.txt.meta.json").write_text(
        json.dumps({"title": "New title", "published": "2025-03-04", "source": "Outlet", "url": "https://o.org"})
    )
    items = _read(tmp_path)  # the sidecar itself is not an input
    (src,) = _sources(items)
    assert (src.title, src.published, src.source, src.url) == ("New title", "2025-03-04", "Outlet", "https://o.org")
    assert len(items) == 1


def test_readers_stem_sidecar_and_broken_sidecar_e112(tmp_path: Path) -> None:
    f = tmp_path / "b.txt"
    f.write_text(ARTICLE)
    (tmp_path / "b.meta.json").write_text("{broken")
    items = _read(f)
    assert _codes(items) == ["E112"]
    assert _sources(items)[0].text == ARTICLE


def test_readers_folder_is_sorted_recursive_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / ".git").mkdir()
    for name in ("b.txt", "a.txt", "sub/c.txt", ".hidden.txt", ".git/x.txt"):
        (tmp_path / name).write_text(ARTICLE)
    paths = [Path(s.path).relative_to(tmp_path).as_posix() for s in _sources(_read(tmp_path))]
    assert paths == ["a.txt", "b.txt", "sub/c.txt"]


def test_readers_stdin_dash(tmp_path: Path) -> None:
    items = _read("-", stdin=io.StringIO("Title: From a pipe\n\n" + ARTICLE))
    (src,) = _sources(items)
    assert src.path == "<stdin>" and src.kind == "stdin" and src.title == "From a pipe"
    assert _codes(_read("-", stdin=io.StringIO("   "))) == ["E103"]


def test_readers_example_corpus_reads_without_exceptions() -> None:
    if not EXAMPLES.is_dir():
        pytest.skip("examples/corpus missing")
    items = _read(EXAMPLES)
    assert _codes(items) == ["E103"]  # the deliberately empty download
    kinds = {s.kind for s in _sources(items)}
    assert kinds == {"txt", "html", "json"}
    assert len(_sources(items)) >= 14
