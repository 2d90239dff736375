"""The adversarial corpus of issue 13 (tests/adversarial.py) through one real ``sitroom ingest``, then a resume.

One subprocess run over every hostile input at once (stdin included), under a timeout: a hang fails the
test instead of the suite. The promises checked are the issue's: the run ends normally, every good document
is stored with its text, every bad input has exactly its coded report line(s), nothing is both stored and
skipped, stderr holds no traceback, every evidence span of the export lies inside its document and inside
its sentence, and a second run stores nothing new and lists each stored document as already stored.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path
from typing import Any

import duckdb
import pytest
from tests.adversarial import STDIN, Corpus, write_corpus

TIMEOUT = 240  # seconds; the run takes about 10


def _sitroom(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    return subprocess.run([sys.executable, "-m", "sitroom.cli", *args], input=stdin, capture_output=True,
                          timeout=TIMEOUT, env=env)


def report_lines(report: dict[str, Any]) -> list[tuple[str, str]]:
    """(path, code) of every line of an ingest --json report."""
    lines = [(p["path"], p["code"]) for p in report["skipped"] + report["warnings"]]
    lines += [(d["path"], "W202") for d in report["duplicates"]]
    lines += [(d["path"], "W204") for d in report["already_stored"]]
    return lines


def check_evidence(export: dict[str, Any], texts: dict[str, str]) -> int:
    """Assert every event/figure/quote evidence span lies in its document and in its sentence; the count."""
    checked = 0
    for kind in ("events", "figures", "quotes"):
        for record in export[kind]:
            for ev in record["evidence"]:
                text = texts[ev["doc_id"]]
                start, end = ev["start"], ev["end"]
                assert 0 <= start < end <= len(text), (kind, ev)
                holders = [i for i in _occurrences(text, ev["text"]) if i <= start and end <= i + len(ev["text"])]
                assert holders, (kind, ev, text[start:end])
                checked += 1
    return checked


def _occurrences(text: str, needle: str) -> list[int]:
    found, i = [], text.find(needle)
    while i >= 0:
        found.append(i)
        i = text.find(needle, i + 1)
    return found


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("adversarial") / "corpus")


@pytest.mark.model
def test_adversarial_corpus_ingests_with_one_line_per_problem(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "adv.duckdb"
    run = _sitroom("ingest", str(corpus.folder), "-", "--db", str(db), "--json", stdin=corpus.stdin)
    stderr = run.stderr.decode("utf-8", errors="replace")
    assert run.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    report = json.loads(run.stdout)

    # every report line belongs to a case, and each case has exactly its lines
    lines: dict[str, list[str]] = defaultdict(list)
    for path, code in report_lines(report):
        case = corpus.case_of(path)
        assert case is not None, f"a report line for no case: {path} {code}"
        lines[case.name].append(code)
    for case in corpus.cases:
        assert sorted(lines[case.name]) == list(case.codes), (case.what, lines[case.name])

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT id, source_path, text FROM documents").fetchall()
    texts = {doc_id: text for doc_id, _, text in rows}
    stored: dict[str, list[str]] = defaultdict(list)
    for _, path, text in rows:
        case = corpus.case_of(path)
        assert case is not None, f"a stored document for no case: {path}"
        stored[case.name].append(text)
    for case in corpus.cases:
        assert len(stored[case.name]) >= case.min_stored, case.what
        if not case.min_stored:
            assert not stored[case.name], f"{case.what}: stored, but must not be"
        if case.keep:
            assert any(case.keep in text for text in stored[case.name]), f"{case.what}: lost {case.keep!r}"
    assert sorted(report["ingested"]) == sorted(texts)  # the report lists exactly what is stored

    skipped = {p["path"] for p in report["skipped"]}
    assert not skipped & {path for _, path, _ in rows}, "a document listed both stored and skipped"
    assert STDIN in {path for _, path, _ in rows}

    export_path = tmp_path / "adv.json"
    exported = _sitroom("export", "--db", str(db), "-o", str(export_path))
    assert exported.returncode == 0, exported.stderr
    assert check_evidence(json.loads(export_path.read_text()), texts) > 20  # the good articles have events

    # A second run (a resume with nothing left to do): nothing new, every stored document already stored,
    # the problem lines once more, and ingest_problems grows by those lines, not by the stored documents.
    with duckdb.connect(str(db), read_only=True) as con:
        problems_before = con.execute("SELECT count(*) FROM ingest_problems").fetchone()
    again = _sitroom("ingest", str(corpus.folder), "-", "--db", str(db), "--json", stdin=corpus.stdin)
    assert again.returncode == 0 and b"Traceback" not in again.stderr, again.stderr
    second = json.loads(again.stdout)
    assert second["ingested"] == []
    assert {d["doc_id"] for d in second["already_stored"]} == set(texts)
    assert sorted(second["skipped"], key=str) == sorted(report["skipped"], key=str)
    with duckdb.connect(str(db), read_only=True) as con:
        problems_after = con.execute("SELECT count(*) FROM ingest_problems").fetchone()
    assert problems_before and problems_after
    assert problems_after[0] - problems_before[0] == len(second["skipped"]) + len(second["warnings"])
