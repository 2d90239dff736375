"""The load generator itself, at a small scale (the 100k-event run is `python -m sitroom.serve.loadtest`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sitroom.serve.loadtest import ENDPOINTS, build, run_load_test, synthetic_results
from sitroom.store import Store


def test_loadtest_synthetic_results_have_exact_evidence() -> None:
    results = list(synthetic_results(12))
    assert sum(len(r.events) for r in results) == 12
    for result in results:
        for event in result.events:
            ev = event.evidence[0]
            assert result.document.text[ev.start:ev.end] == ev.text
        # Places and actors named in the text are records too (the places/entities lists need rows).
        assert {p.name for p in result.places} == {e.place for e in result.events}
        for record in [*result.places, *result.entities]:
            assert record.mentions and all(result.document.text[m.start:m.end] == m.text for m in record.mentions)


@pytest.mark.slow
def test_loadtest_serves_every_endpoint_over_loopback(tmp_path: Path) -> None:
    db = tmp_path / "load.duckdb"
    build(db, 3000)
    with Store(db, read_only=True) as store:
        assert store.counts()["events"] == 3000
    report = run_load_test(3000, rounds=3, clients=2, db=db)
    print({path: round(stats["p95"], 1) for path, stats in report["endpoints"].items()})
    assert set(report["endpoints"]) == set(ENDPOINTS)
    assert all(stats["n"] == 3 for stats in report["endpoints"].values())  # every request answered 200
    assert report["worst_p95_ms"] < 2000


@pytest.mark.slow
def test_loadtest_pages_measures_weight_and_requests_per_second(tmp_path: Path) -> None:
    from sitroom.serve.loadtest import measure_pages, serving

    db = tmp_path / "pages.duckdb"
    build(db, 300)
    with serving(db) as base:
        report = measure_pages(base, ["/", "/series"], clients=(1, 2), requests=4)
    assert set(report) == {"/", "/series"}
    home = report["/"]
    assert home["status"] == 200 and 0 < home["bytes_sent"] < home["bytes"]  # sent gzipped
    assert all(home[k] > 0 for k in ("rps_1", "rps_2", "p95_1", "p95_2"))
