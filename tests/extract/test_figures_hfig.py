"""The figure component (extract/figures.py): number forms and phrasings the helper branch hfig added."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _figures(bare_nlp: Language, text: str) -> list[Figure]:
    doc = bare_nlp(text)
    doc._.doc_id = "d2"
    doc._.timexes = []
    FigureExtractor()(doc)
    return list(doc._.figures)


def _values(figures: list[Figure]) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in figures}


def test_figures_one_before_a_scale_word_is_a_number(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "More than one million people are at risk of famine.")
    assert (1_000_000, "people") in _values(figs)


def test_figures_one_alone_still_needs_a_suffered_count(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "One official said the talks went well.") == []


def test_figures_a_dozen_and_half_a_dozen_are_numbers(bare_nlp: Language) -> None:
    text = "Troops killed half a dozen terrorists. More than a dozen suspected members were detained."
    figs = _figures(bare_nlp, text)
    assert {(6, "people"), (12, "people")} <= _values(figs)
    assert any(f.raw == "More than a dozen" and f.qualifier == "more than" for f in figs)


def test_figures_a_number_hung_on_the_participle_counts_its_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The Abu Sayyaf is still holding over 2 dozen kidnapped sailors in the region.")
    assert (24, "people") in _values(figs)
