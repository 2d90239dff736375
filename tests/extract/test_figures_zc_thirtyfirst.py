"""Figures, thirty-first session (zc): an ordinal on a strike counts the strikes so far ("the 81st U.S. strike in
Somalia this year" = 81 strikes), one on a member or country of a coalition its member states ("the 90th member of
the coalition" = 90 countries); other ordinals (dates, floors, divisions) count nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _values(bare_nlp: Language, text: str) -> set[tuple[float, str]]:
    doc = bare_nlp(text)
    doc._.doc_id = "d31zc"
    doc._.timexes = None
    FigureExtractor()(doc)
    figures: list[Figure] = list(doc._.figures)
    return {(f.value, f.unit) for f in figures}


@pytest.mark.parametrize(("text", "value"), [
    ("Monday's airstrike marks the 81st U.S. strike in Somalia this year.", 81),
    ("The command said this is its 42nd airstrike of the year in Somalia.", 42),
])
def test_an_ordinal_strike_counts_the_strikes(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "strikes") in _values(bare_nlp, text)


@pytest.mark.parametrize("text", [
    "The coalition, which includes Syria as its 90th member, aims to combat ISIS.",
    "The deal makes Syria the 90th country to join the coalition.",
    "Syria has formally become the 90th member of the international coalition fighting the Islamic State.",
])
def test_an_ordinal_member_of_a_coalition_counts_its_states(bare_nlp: Language, text: str) -> None:
    assert (90, "countries") in _values(bare_nlp, text)


@pytest.mark.parametrize("text", [
    "The commander of the 6th Infantry Division said the blast on the 21st floor came on August 26th.",
    "He became the 5th member of the council to resign.",
])
def test_other_ordinals_count_nothing(bare_nlp: Language, text: str) -> None:
    assert _values(bare_nlp, text) == set()
