"""boundary: lone surrogates are replaced and reported; over-long texts are refused before spaCy sees them."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pyarrow as pa

from sitroom.clean import document_id, prepare
from sitroom.ingest import read_paths
from sitroom.ingest.boundary import MAX_DOCUMENT_CHARS
from sitroom.models import Document, IngestProblem, Source

ARTICLE = "The coalition said on Monday that partner forces had detained four suspected militants.\n"


def _split(items: list[Source | IngestProblem]) -> tuple[list[Source], list[str]]:
    return [i for i in items if isinstance(i, Source)], [i.code for i in items if isinstance(i, IngestProblem)]


def test_boundary_surrogates_in_json_fields_and_sidecar(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    # json.dumps writes the escape "\ud800", which json.loads turns back into a lone surrogate
    text = ARTICLE + "\n" + ARTICLE.replace("Monday", "Tuesday \ud800")
    f.write_text(json.dumps({"text": text, "title": "Raid report \udc00", "url": "https://x.org/\ud800"}) + "\n")
    (tmp_path / "feed.jsonl.meta.json").write_text(json.dumps({"source": "Out\ud800let"}))
    sources, codes = _split(list(read_paths([str(f)])))
    assert codes == ["E106"]
    (src,) = sources
    assert "\ud800" not in src.text and "\ufffd" in src.text and src.title == "Raid report \ufffd"
    assert src.source == "Out\ufffdlet"
    docs = prepare(src)
    assert isinstance(docs, list)
    doc: Document = docs[0]
    assert doc.id == document_id(doc.text)  # hashing no longer raises UnicodeEncodeError
    pa.table({"text": [doc.text], "url": [doc.url]})  # nor does the pyarrow write


def test_boundary_invalid_utf8_and_surrogates_on_stdin() -> None:
    # a real stdin is a TextIOWrapper over bytes; reading it as text would raise UnicodeDecodeError
    raw = io.BytesIO(("Title: Pipe\n\n" + ARTICLE + "The “sweep” ended.\n").encode() + b"bad \xff\xfe byte\n")
    sources, codes = _split(list(read_paths(["-"], stdin=io.TextIOWrapper(raw, encoding="utf-8"))))
    assert codes == ["E106"] and "\ufffd" in sources[0].text and sources[0].title == "Pipe"
    sources, codes = _split(list(read_paths(["-"], stdin=io.StringIO(ARTICLE + "\ud800"))))
    assert codes == ["E106"] and document_id(sources[0].text)


def test_boundary_stdin_gets_the_binary_check() -> None:
    raw = io.BytesIO(b"%PDF-1.7\n" + b"\x00\x01" * 50)
    _, codes = _split(list(read_paths(["-"], stdin=io.TextIOWrapper(raw))))
    assert codes == ["E104"]


def test_boundary_over_long_document_is_e113_and_run_goes_on(tmp_path: Path) -> None:
    (tmp_path / "a_long.txt").write_text("word " * (MAX_DOCUMENT_CHARS // 5 + 1))
    (tmp_path / "b_ok.txt").write_text(ARTICLE)
    sources, codes = _split(list(read_paths([str(tmp_path)])))
    assert codes == ["E113"] and [Path(s.path).name for s in sources] == ["b_ok.txt"]


def test_boundary_limit_is_spacys_max_length() -> None:
    import spacy

    assert spacy.blank("en").max_length == MAX_DOCUMENT_CHARS


def test_boundary_non_utf8_file_name_becomes_printable(tmp_path: Path) -> None:
    import os

    name = os.fsdecode(b"caf\xe9.txt")  # a Latin-1 file name: a surrogate escape in the str path
    (tmp_path / name).write_text(ARTICLE)
    (src,) = _split(list(read_paths([str(tmp_path)])))[0]
    assert src.path.endswith("caf\ufffd.txt")
    src.path.encode("utf-8")
