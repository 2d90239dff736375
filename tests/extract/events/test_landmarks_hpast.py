"""A recalled landmark attack dated by a day the story lent it takes its own day."""

from __future__ import annotations

from sitroom.extract.events.landmarks import landmark_dates
from sitroom.extract.events.records import EventMention

SIEGE = ("Their five-month siege of Marawi City resulted in the death of no fewer than a thousand people, displaced "
         "some 300,000 villagers and left historic enclaves in ruins.")


def _attack(text: str, date: str | None) -> EventMention:
    return EventMention("attack", "attack", 0, 6, 0, len(text), text, date=date, country="PH")


def test_a_story_day_lent_to_a_recalled_attack_gives_way_to_its_own_day() -> None:
    # the story's Thursday two days before the page, which the sentence itself never names
    event = _attack(SIEGE, "2022-04-21")
    landmark_dates([event], "2022-04-23", text_dated=frozenset())
    assert (event.date, event.date_precision) == ("2017-05-23", "day")


def test_a_day_the_attacks_own_sentence_tells_stands() -> None:
    event = _attack(SIEGE, "2022-04-21")
    landmark_dates([event], "2022-04-23", text_dated=frozenset({id(event)}))
    assert event.date == "2022-04-21"


def test_the_group_seizing_marawi_is_the_siege() -> None:
    # on the siege's fifth anniversary: the page's day stood in for the seizure's
    event = _attack("The combined forces of the Maute and Abu Sayyaf groups seized Marawi in a bid to establish the "
                    "country's only Islamic city as a province of the Islamic State.", "2022-05-23")
    landmark_dates([event], "2022-05-23")
    assert event.date == "2017-05-23"


def test_the_branch_taking_qandala_is_its_seizure_of_the_town() -> None:
    # "Last October" read against a page of years later
    text = ("Last October, ISIS militants took control of Qandala town, located east of Bosaso Port, but security "
            "forces drove the militants out of the town in December 2016.")
    event = EventMention("attack", "attack", 0, 6, 0, len(text), text, date="2024-10", country="SO")
    landmark_dates([event], "2025-02-26")
    assert event.date == "2016-10-26"


def test_a_village_captured_near_qandala_is_another_attack() -> None:
    text = "Puntland has not commented on the capture of a village near Qandala by suspected ISIS militants."
    event = EventMention("attack", "attack", 0, 6, 0, len(text), text, date="2025-02", country="SO")
    landmark_dates([event], "2025-02-26")
    assert event.date == "2025-02"
