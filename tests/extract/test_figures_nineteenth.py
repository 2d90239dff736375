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


@pytest.mark.parametrize("text", [
    "The death toll was 43, according to the local radio.",
    "The radio reported the death toll at 43, while rescuers searched for victims.",
    "The toll has reached 43.",
])
def test_a_toll_given_as_its_value(bare_nlp: Language, text: str) -> None:
    assert (43, "people") in _values(_figures(bare_nlp, text))


def test_lengths_written_on_the_number_are_no_dates(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "They attacked 3 targets, 180kms, 184kms and 200kms, respectively, from the border.")
    assert {(180, "km"), (184, "km"), (200, "km")} <= _values(figs)


@pytest.mark.parametrize(("text", "value"), [
    ("Doctors said 33 people were treated in hospital, including five in critical condition.", 5),
    ("Of the injured, 32 are in serious condition.", 32),
    ("Three of them were in critical condition.", 3),
])
def test_people_in_a_condition(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(_figures(bare_nlp, text))


def test_a_good_condition_counts_nobody(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "Three of the bridges were in good condition.") == []


def test_the_metric_side_of_a_miles_conversion(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The strike hit a camp approximately 50 miles (80 kilometers) southeast of the port.")
    assert _values(figs) == {(80, "km")}
    km_first = _figures(bare_nlp, "The camp lies 1,600 km (994 miles) from the capital.")
    assert _values(km_first) == {(1600, "km")}


@pytest.mark.parametrize(("text", "value"), [
    ("The firefight resulted in six dead soldiers and two dead civilians.", 6),
    ("The losses come in addition to six wounded soldiers.", 6),
    ("Heavy fighting continued throughout the day on Monday and left nearly sixty dead, including twelve security "
     "personnel and seven civilians.", 12),
    ("The report shows three dead, four wounded, including six soldiers and a child.", 6),
    ("Six paramilitary troops, who were guarding the market, were among the wounded.", 6),
])
def test_soldiers_who_are_casualties_are_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(_figures(bare_nlp, text))


def test_soldiers_listed_in_a_deployment_stay_troops(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The army deployed 900 troops, including 200 soldiers from the north.")
    assert _values(figs) == {(900, "troops"), (200, "troops")}


@pytest.mark.parametrize("text", [
    "About 300 militants from across the border attacked a village.",
    "The troops clashed with some 300 fighters near the river.",
    "At night, a group of 300 militants crossed into the district.",
])
def test_the_size_of_an_attacking_party_is_a_strength(bare_nlp: Language, text: str) -> None:
    assert _values(_figures(bare_nlp, text)) == {(300, "members")}


def test_fighters_killed_after_they_attacked_are_people(bare_nlp: Language) -> None:
    assert _values(_figures(bare_nlp, "Troops killed 12 militants who attacked the base.")) == {(12, "people")}


def test_arrests_count_people(bare_nlp: Language) -> None:
    assert _values(_figures(bare_nlp, "Police made 71 arrests in the raids.")) == {(71, "people")}
