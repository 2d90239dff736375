"""Operations, thirtieth session (short sentences written for the tests, some shortened from train pages): a cell or
network a security service exposes, smashes or busts is broken up; "taken into custody" is an arrest as "arrested"
is; troops "were conducting operations" at a place tell one episode as "conducted" does; an infinitive or an
intention of dismantling is an aim, not a deed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


@pytest.mark.model
def test_a_network_busted_is_an_operation(nlp: Language) -> None:
    found = _operations(events(nlp, "A network of the banned Islamic State-Khurasan Province has been busted in "
                                    "Peshawar."))
    assert [(e.country, e.place) for e in found] == [("PK", "Peshawar")]


@pytest.mark.model
def test_a_security_service_exposing_or_smashing_a_cell_breaks_it_up(nlp: Language) -> None:
    found = _operations(events(nlp, "Police smashed an Islamic State network in Istanbul on Friday."))
    assert [(e.country, e.date) for e in found] == [("TR", "2025-05-02")]
    found = _operations(events(nlp, "The Federal Security Service has exposed a clandestine cell of the Islamic "
                                    "State."))
    assert [e.actor for e in found] == ["Federal Security Service"]
    # what a report exposes is no cell
    assert _operations(events(nlp, "The report exposed the weaknesses of the army.")) == []


@pytest.mark.model
def test_taken_into_custody_is_an_arrest(nlp: Language) -> None:
    found = _operations(events(nlp, "A man suspected of terrorism was taken into custody by Densus 88 in Central "
                                    "Java."))
    assert [(e.country, e.actor) for e in found] == [("ID", "Special Detachment 88")]
    found = _operations(events(nlp, "Three suspects have been taken into custody in Peshawar, police said."))
    assert [(e.country, e.place) for e in found] == [("PK", "Peshawar")]


@pytest.mark.model
def test_taken_into_custody_with_no_one_and_nowhere_is_background(nlp: Language) -> None:
    assert _operations(events(nlp, "The suspects were taken into custody for further judicial investigation.")) == []
    assert _operations(events(nlp, "His wife was also taken into custody.")) == []


@pytest.mark.model
def test_operations_in_progress_at_a_place_are_one_episode(nlp: Language) -> None:
    found = _operations(events(nlp, "Our troops were conducting clearing operations in Barangay Adjid, Indanan, "
                                    "Sulu, when they encountered 15 Abu Sayyaf Group members."))
    assert [e.country for e in found] == ["PH"]


@pytest.mark.model
def test_dismantling_as_an_aim_is_no_operation(nlp: Language) -> None:
    assert _operations(events(nlp, "The INSS said his arrest underscores the agency's ongoing efforts to track and "
                                   "dismantle terrorist networks.")) == []
    assert _operations(events(nlp, "The SDF has intensified operations to dismantle these networks.")) == []
    assert _operations(events(nlp, "The NIA is targeting various modules of ISIS active in the country with the "
                                   "intention of dismantling the terrorist network.")) == []
    # told as done, it is one
    found = _operations(events(nlp, "The BCIJ was able to dismantle a terrorist cell in Sale on Monday."))
    assert [e.date for e in found] == ["2025-05-05"]


@pytest.mark.model
def test_troops_encountering_the_group_s_members_is_an_operation(nlp: Language) -> None:
    found = _operations(events(nlp, "Four soldiers were killed in a fight that erupted Friday as the government troops "
                                    "encountered 40 members of the Abu Sayyaf group in a jungle in Patikul, Sulu."))
    assert [(e.country, e.place) for e in found] == [("PH", "Patikul")]
    # what else troops meet is none
    assert _operations(events(nlp, "The soldiers encountered heavy rains in Sulu on Monday.")) == []


@pytest.mark.model
def test_the_encounter_noun_stays_a_firefight_of_its_own(nlp: Language) -> None:
    found = _operations(events(nlp, "Two Abu Sayyaf members were killed in an encounter with troops in Patikul, "
                                    "Sulu, on Friday."))
    assert [(e.place, e.date, e.trigger) for e in found] == [("Patikul", "2025-05-02", "encounter")]
