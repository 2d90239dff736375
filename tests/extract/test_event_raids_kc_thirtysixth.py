"""Event types, thirty-sixth session (kc): raids by insurgents told as "rebels", by a group outside the campaign, or
by a subject the parser hung on a name before it, are attacks, not operations (short sentences written for the
tests, after train pages' shapes)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2023-12-26")


def test_rebels_raiding_a_village_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Suspected rebels raided Nyabitutsi village in Kamwenge on Christmas night, killing three "
                        "people.")
    assert [e.type for e in found] == ["attack"]


def test_rebels_clashing_with_the_army_start_the_fight(nlp: Language) -> None:
    # the group's fight told with it as the one subject, as "the militants clashed with the army" is
    found = events(nlp, "The rebels clashed with the army in Beni on Monday.")
    assert [e.type for e in found] == ["attack"]


def test_troops_raiding_a_rebel_camp_stay_an_operation(nlp: Language) -> None:
    found = events(nlp, "Ugandan troops raided a rebel camp in Kasese on Monday.")
    assert [e.type for e in found] == ["operation"]


def test_soldiers_clashing_with_named_rebels_stay_an_operation(nlp: Language) -> None:
    found = events(nlp, "Congolese soldiers clashed with M23 rebels in Rutshuru on Monday.")
    assert [e.type for e in found] == ["operation"]


def test_a_named_rebel_group_outside_the_campaign_is_not_the_campaign_s(nlp: Language) -> None:
    # M23 is no party of the campaign: its rebels are never credited to the Islamic State
    found = events(nlp, "M23 rebels raided the village of Kibumba on Monday.")
    assert all(e.actor is None or "Islamic State" not in e.actor for e in found)


def test_a_raid_by_a_group_outside_the_campaign_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Jihadists from al-Shabaab raided the town of Afgoye on Monday.")
    assert [e.type for e in found] == ["attack"]


def test_an_outside_group_raiding_where_the_campaign_s_group_hides_stays_an_operation(nlp: Language) -> None:
    # the Taliban against ISIS-K: their operation against the group, not its attack
    found = events(nlp, "Taliban fighters raided a house in Kabul on Monday where ISIS-K members were hiding.")
    assert [e.type for e in found] == ["operation"]


def test_the_subject_hung_on_the_source_s_name_is_who_raided(nlp: Language) -> None:
    found = events(nlp, "According to the RDC Kamwenge, Mr Isiah Byarugaba, the suspected rebels raided Nyabitutsi "
                        "village in Businge parish on Christmas night and torched a house.")
    assert [e.type for e in found] == ["attack"]
