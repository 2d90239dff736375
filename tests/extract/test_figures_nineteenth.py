"""Figures: both ends of a range, space-grouped thousands, "a million", spaced number words, trades and
parts as people, member states as countries, a strength said with "was"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _figures(bare_nlp: Language, text: str) -> list[Figure]:
    doc = bare_nlp(text)
    doc._.doc_id = "d19"
    doc._.timexes = None
    FigureExtractor()(doc)
    return list(doc._.figures)


def _values(figures: list[Figure]) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in figures}


def test_both_ends_of_a_hyphenated_range_count_the_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Its combined strength was 3,000-5,000 fighters.")
    assert {(3000, "members"), (5000, "members")} <= _values(figs)
    low = next(f for f in figs if f.value == 3000)
    assert low.subject == "fighters" and low.raw == "3,000"


@pytest.mark.parametrize("text", [
    "Officials said 2,000 to 4,000 militants remain in the region.",
    "Officials said between 2,000 and 4,000 militants remain in the region.",
])
def test_both_ends_of_a_worded_range(bare_nlp: Language, text: str) -> None:
    figs = _figures(bare_nlp, text)
    units = {f.unit for f in figs if f.value in (2000, 4000)}
    assert sorted(f.value for f in figs) == [2000, 4000] and len(units) == 1 and units <= {"members", "people"}


def test_and_without_between_is_no_range(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Troops killed 4 and arrested 9 militants.")
    assert [f.subject for f in figs if f.value == 4] == ["killed"]


@pytest.mark.parametrize("text", [
    "The army beat the police 1-0 in the final.",
    "The G-7 pledged support to the fund.",
    "Flights run 24-7 past the memorial.",
])
def test_hyphenated_pairs_that_are_no_range(bare_nlp: Language, text: str) -> None:
    assert _figures(bare_nlp, text) == []


def test_thousands_grouped_by_spaces(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "More than 600 000 people are displaced in the province.")
    assert _values(figs) == {(600_000, "people")}


def test_a_year_before_a_count_is_no_grouped_number(bare_nlp: Language) -> None:
    assert _values(_figures(bare_nlp, "In 2014 300 people died in the fighting.")) == {(300, "people")}


@pytest.mark.parametrize(("text", "value"), [
    ("A million people fled the fighting.", 1_000_000),
    ("Half a million people fled the fighting.", 500_000),
    ("Around a hundred insurgents were killed.", 100),
])
def test_an_article_before_a_scale_word(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(_figures(bare_nlp, text))


def test_an_article_alone_is_no_number(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "A soldier met a commander at a checkpoint.") == []


def test_tens_and_units_without_a_hyphen(bare_nlp: Language) -> None:
    assert _values(_figures(bare_nlp, "Thirty seven militants were killed in the raid.")) == {(37, "people")}


def test_trades_and_parts_in_an_attack_are_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Gunmen killed 11 miners and seven shepherds; police arrested 13 perpetrators.")
    assert _values(figs) == {(11, "people"), (7, "people"), (13, "people")}


def test_member_states_are_countries_and_members_stay_members(bare_nlp: Language) -> None:
    assert _values(_figures(bare_nlp, "Leaders of the 28 member states met in Brussels.")) == {(28, "countries")}
    assert _values(_figures(bare_nlp, "The coalition's 74 members met in Rome.")) == {(74, "members")}


def test_fighters_among_the_dead_are_people(bare_nlp: Language) -> None:
    assert _values(_figures(bare_nlp, "Among the dead were 12 fighters.")) == {(12, "people")}
