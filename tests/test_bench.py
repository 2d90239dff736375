"""The benchmark runs and reports ratios (no timing is asserted: speed targets are read, not tested)."""

from __future__ import annotations

import pytest

from sitroom.bench import rss_mb, run_bench
from sitroom.synth import wire_texts


def test_bench_synthetic_texts_are_deterministic() -> None:
    assert list(wire_texts(3, seed=5)) == list(wire_texts(3, seed=5))
    assert list(wire_texts(3, seed=5)) != list(wire_texts(3, seed=6))


def test_bench_rss_is_measured() -> None:
    assert rss_mb() > 0


@pytest.mark.model
def test_bench_reports_words_per_second_and_ratio() -> None:
    result = run_bench(docs=6, memory_docs=0, repeats=1)
    assert result["words"] > 0
    assert result["bare_nlp_pipe_words_per_s"] > 0 and result["full_extraction_words_per_s"] > 0
    assert result["ratio_full_to_bare"] == pytest.approx(
        result["full_extraction_words_per_s"] / result["bare_nlp_pipe_words_per_s"]
    )
    shares = result["component_share"]
    assert "sitroom_entities" in shares
    assert sum(shares.values()) == pytest.approx(1.0)
