"""The ingest report: documents stored with a warning (E106, E112) are warnings, not skipped."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.jobs import ingest

ARTICLE = (
    "The coalition said on Monday that partner forces had detained four suspected militants "
    "in a raid near the border, and that no civilians were hurt.\n"
)


@pytest.mark.model
def test_report_stored_documents_with_warnings_are_not_skipped(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_bytes(ARTICLE.encode() + b"Broken \xff\xfe byte \xe2\x80\x9cok\xe2\x80\x9d.\n")
    (corpus / "b.txt").write_text(ARTICLE.replace("Monday", "Tuesday"))
    (corpus / "b.txt.meta.json").write_text('{"title": ["not", "a", "string"]}')
    (corpus / "c.txt").write_text("")
    report = ingest([str(corpus)], tmp_path / "db.duckdb")
    assert len(report.ingested) == 2
    assert sorted(p.code for p in report.warnings) == ["E106", "E112"]
    assert [p.code for p in report.skipped] == ["E103"]
