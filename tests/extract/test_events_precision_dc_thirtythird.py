"""Event precision, thirty-third session (short sentences written for the tests): a participle adjunct of a clause told
as a habit ("have regularly pounded ..., killing dozens") is a habit too; a drill that simulates an assault is no
assault; the caption of an archive photo ("In this May 9, 2018 photo, ...") tells no event of the page; and a group's
coordinated attack on a list of towns is one attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model

events = events_dated("2024-12-10")


def test_a_participle_of_a_habitual_clause_is_no_event(nlp: Language) -> None:
    assert events(nlp, "Fighter jets have regularly pounded positions held by the Islamic State in Qaim and Rawa, "
                       "killing dozens of militants.") == []


def test_a_participle_of_a_dated_strike_is_still_told(nlp: Language) -> None:
    found = events(nlp, "On Sunday, fighter jets pounded positions held by the Islamic State in Qaim, killing dozens "
                        "of militants.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-12-08")]


def test_a_drill_simulating_an_assault_is_no_attack(nlp: Language) -> None:
    found = events(nlp, "American and Filipino troops took part on Monday in a landing exercise simulating a beach "
                        "assault in San Antonio, Zambales.")
    assert all(e.type != "attack" for e in found)


def test_an_archive_photo_caption_tells_no_event(nlp: Language) -> None:
    assert events(nlp, "In this May 9, 2018 photo, soldiers patrol a village after an attack by militants in "
                       "Marawi, killing three people.") == []
    assert events(nlp, "FILE - In this Sept. 3, 2019, file photo, smoke rises after a suicide bombing in Kabul "
                       "that killed 20 people.") == []


def test_a_caption_of_the_days_photo_still_tells_the_event(nlp: Language) -> None:
    found = events(nlp, "In this photo, smoke rises after a suicide bombing in Kabul on Monday that killed 20 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 20)]


def test_coordinated_attacks_on_a_list_of_towns_are_one_attack(nlp: Language) -> None:
    found = events(nlp, "On Thursday night, militants linked to ISWAP launched coordinated attacks on military bases "
                        "in Konduga, Mainok, Jakana and Marte.")
    assert [(e.type, e.place) for e in found] == [("attack", "Konduga")]
    found = events(nlp, "On Sunday, the villages of Ouatagouna, Karou and Deouteguef were attacked in a coordinated "
                        "assault by jihadists on motorcycles.")
    assert [e.type for e in found] == ["attack"]


def test_attacks_on_a_list_of_towns_are_one_each(nlp: Language) -> None:
    found = events(nlp, "On Thursday night, militants linked to ISWAP launched attacks on military bases in Konduga, "
                        "Mainok, Jakana and Marte.")
    assert len(found) == 4
