"""Event tolls (events/tolls.py): of the several towns one sentence tells, each an event of its own, the town a count
belongs to."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_05_01 = events_dated("2024-05-01")
events_on_2024_02_20 = events_dated("2024-02-20")
events_on_2015_11_20 = events_dated("2015-11-20")


def _tolls(found: list) -> dict[str, int | None]:
    return {e.place: e.killed for e in found if e.type == "attack" and e.place is not None}


@pytest.mark.model
def test_a_count_in_the_clause_of_a_second_town_is_that_towns_toll(nlp: Language) -> None:
    found = events_on_2024_05_01(
        nlp, "Suspected ADF rebels have killed nine people in Oicha, North Kivu, following deadly assaults in Lubero "
        "that left 45 dead.")
    assert _tolls(found) == {"Oicha": 9, "Lubero": 45}


@pytest.mark.model
def test_a_count_after_the_village_goes_to_the_village_not_the_district_told_first(nlp: Language) -> None:
    found = events_on_2024_02_20(
        nlp, "In Mecufi, insurgents ambushed two vehicles carrying troops near the village of Nahavara on January 30, "
        "killing eight officers.")
    assert _tolls(found).get("Nahavara") == 8
    assert _tolls(found).get("Mecufi") is None


@pytest.mark.model
def test_a_count_told_with_the_attacks_in_a_second_town_is_not_the_first_towns(nlp: Language) -> None:
    found = events_on_2015_11_20(
        nlp, "The resolution condemned the 13 November attacks in Paris and others in the Middle East, including those "
        "in Sousse on 25 June in which 30 Britons were murdered.")
    assert _tolls(found) == {"Paris": None, "Sousse": 30}


@pytest.mark.model
def test_a_combined_toll_after_a_coordinated_list_of_towns_stays_on_the_first(nlp: Language) -> None:
    found = events_on_2024_05_01(
        nlp, "Militants attacked military bases in Konduga, Mainok and Marte on Monday, killing over 40 soldiers.")
    tolls = _tolls(found)
    assert sorted(v for v in tolls.values() if v is not None) == [40]
    assert tolls.get("Konduga") == 40


@pytest.mark.model
def test_a_town_told_only_as_the_point_another_lies_from_takes_no_count(nlp: Language) -> None:
    found = events_dated("2016-11-25")(
        nlp, 'The militant group said it blew up the checkpoint, adding: "A number of caliphate soldiers attacked a '
        "checkpoint belonging to the apostate Egyptian army in the Sabeel village, southwest of Arish city, and the "
        "following clashes using light and medium weapons were able to kill 15 of the checkpoint's elements.\"")
    tolls = _tolls(found)
    assert tolls.get("Sabeel") == 15
    assert not any(v for place, v in tolls.items() if place != "Sabeel")
