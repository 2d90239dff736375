"""Background events, twenty-fourth session: an earlier event told inside a noun phrase or a subordinate clause
counts when it carries its own day or month ("preceded by the January 31 gunfight", "broke out with coordinated
attacks ... on 5 October last year", "crewmen kidnapped in July"); a camp exit told as a return or a transfer
(short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-02-03")


def kinds(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found]


@pytest.mark.model
def test_a_dated_fight_after_preceded_by(nlp: Language) -> None:
    found = events(nlp, "The raid here was preceded by the January 31 gunfight between militants and soldiers of "
                        "the Army in Tupi, South Cotabato.")
    assert ("operation", "2022-01-31") in kinds(found)


@pytest.mark.model
def test_a_day_of_last_year_dates_the_attacks_an_insurgency_broke_out_with(nlp: Language) -> None:
    found = events_dated("2018-05-24")(
        nlp, "Mocimboa da Praia has been the epicentre of an insurgency that broke out with coordinated attacks on "
             "three police stations in Mocimboa da Praia on 5 October last year.")
    assert kinds(found) == [("attack", "2017-10-05")]


@pytest.mark.model
def test_a_camp_exit_told_as_a_return_or_a_transfer_is_a_repatriation(nlp: Language) -> None:
    found = events_dated("2022-07-25")(
        nlp, "In April, Iraq organized the transfer of 450 families from Al-Hawl to Al-Jada camp in Iraq.")
    assert [(e.type, e.date, e.country) for e in found] == [("repatriation", "2022-04", "SY")]
    found = events_dated("2023-06-01")(
        nlp, "Approximately 4,000 Iraqi nationals have recently returned from the Al-Hol camp in northeastern "
             "Syria, as confirmed by the Iraqi Ministry of Migration.")
    assert [(e.type, e.country) for e in found] == [("repatriation", "SY")]
    # a return to a town, or from a place that is no camp, is none
    found = events_dated("2024-10-01")(
        nlp, "Some of these men had recently been transferred to Afghanistan from ISIS training camps in Pakistan's "
             "Balochistan in September.")
    assert [e.type for e in found if e.type == "repatriation"] == []
    found = events_dated("2023-06-01")(
        nlp, "On Monday, 400 displaced families returned from Mosul to their homes in Sinjar, the ministry said.")
    assert [e.type for e in found if e.type == "repatriation"] == []


@pytest.mark.model
def test_a_dated_participle_reducing_a_relative_clause_is_an_event(nlp: Language) -> None:
    found = events_dated("2017-03-23")(
        nlp, "The two men were among five Malaysian tugboat crewmen kidnapped in July off Malaysia's Sabah state.")
    assert [(e.type, e.date, e.country) for e in found] == [("attack", "2016-07", "MY")]
    # undated, the participle only says which people are meant
    found = events_dated("2017-03-23")(
        nlp, "The two men were among five Malaysian tugboat crewmen kidnapped off Malaysia's Sabah state.")
    assert found == []


@pytest.mark.model
def test_who_organised_the_event_did_it(nlp: Language) -> None:
    # Iraq's transfer is its own, not a date for Tajikistan's repatriation told before it
    found = events_dated("2022-07-25")(
        nlp, "Tajikistan repatriated 146 of its nationals from Al-Hawl camp in Syria.\nIn April, Iraq organized the "
             "transfer of 450 families from Al-Hawl to Al-Jada camp in Iraq.")
    assert sorted((e.type, e.actor) for e in found) == [("repatriation", "Iraq"), ("repatriation", "Tajikistan")]
    # the light verb gives no event of its own
    assert events_dated("2022-07-25")(nlp, "The ministry organized the families' papers in Baghdad on Monday.") == []
