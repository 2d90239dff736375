"""Casualty counts of attacks (thirty-second session, casualty helper; short sentences written for the tests,
some after train pages): an attack the text says hurt no one has a count of 0 ("no casualties were reported", "the
attack resulted in no deaths", "no one was injured"), which a count told anywhere beats."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_no_one_hurt_is_a_count_of_zero(nlp: Language) -> None:
    # in the attack's sentence and in the sentence after it
    assert tolls(nlp, "Militants attacked a checkpoint in Bajaur on Monday, but there were no casualties.") == [(0, 0)]
    assert tolls(nlp, "Insurgents attacked the village of Koko in Macomia on Sunday. No fatalities were reported, "
                      "but houses were set on fire.") == [(0, None)]
    assert tolls(nlp, "Gunmen attacked a church in Istanbul on Sunday. The authorities said no one was "
                      "injured.") == [(None, 0)]
    # a noun of death with "no", a count of the wounded beside it
    assert tolls(nlp, "Insurgents attacked the village of Nkoe on Tuesday. The attack resulted in no deaths, but at "
                      "least five people were wounded.") == [(0, 5)]


def test_a_told_count_beats_no_one_hurt(nlp: Language) -> None:
    # a count of the kind told after the "none" stands
    assert tolls(nlp, "Militants attacked a police post in Kirkuk on Monday. No one was killed. Two policemen "
                      "were injured.") == [(0, 2)]
    # "no civilian casualties", "no immediate casualties" say nothing of the whole toll
    assert tolls(nlp, "Gunmen attacked an army base in Diffa on Friday. There were no immediate casualties.") == [
        (None, None)]
    # "no reports of casualties": the "no" is the reports'
    assert tolls(nlp, "Gunmen attacked an army base in Diffa on Friday. There were no reports of "
                      "casualties.") == [(None, None)]


def test_counted_people_parsed_as_the_opening_dates_apposition(nlp: Language) -> None:
    # (a train page's timeline) the parser takes "two policemen" for an apposition of the date and leaves "were
    # killed" without a subject
    assert tolls(nlp, "On August 30, 2022, one Frontier Constabulary (FC) trooper was killed and another critically "
                      "injured in an explosion in the Yusuf Abad area of Bajaur District. Islamic State-Khorasan "
                      "Province (IS-KP) later claimed responsibility for the incident.\n\nOn August 29, 2022, "
                      "suspected IS-KP terrorists killed a Police constable and two construction workers in the "
                      "Mamuzai area of Orakzai District.\n\nOn August 19, 2022, two policemen, Havaldar Saeed Ahmad "
                      "and Sepoy Inayatur Rahman, were killed in an explosion near a check post in Bajaur "
                      "District.") == [(1, 1), (3, None), (2, None)]
