"""The adversarial corpus of issue 13 (tests/adversarial.py) through one real ``sitroom ingest``, then a resume.

One subprocess run over every hostile input at once (stdin included), under a timeout: a hang fails the
test instead of the suite. The promises checked are the issue's: the run ends normally, every good document
is stored with its text, every bad input has exactly its coded report line(s), nothing is both stored and
skipped, stderr holds no traceback, every evidence span of the export lies inside its document and inside
its sentence, and a second run stores nothing new and lists each stored document as already stored.
"""

from __future__ import annotations

import json
from pathlib import Path

import duckdb
import pytest
from tests.adversarial import STDIN, Corpus, audit, evidence_outside, sitroom, write_corpus


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Corpus:
    return write_corpus(tmp_path_factory.mktemp("adversarial") / "corpus")


@pytest.mark.model
@pytest.mark.slow  # three sitroom processes (ingest, export, a resume): about 25 s
def test_adversarial_corpus_ingests_with_one_line_per_problem(corpus: Corpus, tmp_path: Path) -> None:
    db = tmp_path / "adv.duckdb"
    run = sitroom("ingest", str(corpus.folder), "-", "--db", str(db), "--json", stdin=corpus.stdin)
    stderr = run.stderr.decode("utf-8", errors="replace")
    assert run.returncode == 0, stderr
    assert "Traceback" not in stderr, stderr
    report = json.loads(run.stdout)

    with duckdb.connect(str(db), read_only=True) as con:
        rows = con.execute("SELECT id, source_path, text FROM documents").fetchall()
    found = audit(corpus, report, rows)
    assert found.lost == [] and found.wrong == []
    assert STDIN in {path for _, path, _ in rows}
    texts = {doc_id: text for doc_id, _, text in rows}

    export_path = tmp_path / "adv.json"
    exported = sitroom("export", "--db", str(db), "-o", str(export_path))
    assert exported.returncode == 0, exported.stderr
    checked, outside = evidence_outside(json.loads(export_path.read_text()), texts)
    assert outside == [] and checked > 20  # the good articles have events, figures and quotes

    # A second run (a resume with nothing left to do): nothing new, every stored document already stored,
    # the problem lines once more, and ingest_problems grows by those lines, not by the stored documents.
    with duckdb.connect(str(db), read_only=True) as con:
        problems_before = con.execute("SELECT count(*) FROM ingest_problems").fetchone()
    again = sitroom("ingest", str(corpus.folder), "-", "--db", str(db), "--json", stdin=corpus.stdin)
    assert again.returncode == 0 and b"Traceback" not in again.stderr, again.stderr
    second = json.loads(again.stdout)
    assert second["ingested"] == []
    assert {d["doc_id"] for d in second["already_stored"]} == set(texts)
    assert sorted(second["skipped"], key=str) == sorted(report["skipped"], key=str)
    with duckdb.connect(str(db), read_only=True) as con:
        problems_after = con.execute("SELECT count(*) FROM ingest_problems").fetchone()
    assert problems_before and problems_after
    assert problems_after[0] - problems_before[0] == len(second["skipped"]) + len(second["warnings"])
