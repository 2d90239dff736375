"""A recalled landmark attack takes its own day, not the one the page lends it."""

from __future__ import annotations

import re

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.landmarks import any_cue, landmark_dates, landmarks
from sitroom.extract.events.records import EventMention

CROCUS = "IS-K claimed the attack on Moscow's Crocus City Hall in March that killed more than 140 people."


def _attack(text: str, date: str | None, country: str | None = None) -> EventMention:
    return EventMention("attack", "attack", 0, 6, 0, len(text), text, date=date, country=country)


def test_a_recalled_attack_dated_by_the_page_takes_its_own_day() -> None:
    event = _attack("This followed a massive attack on a mosque in Al-Arish, which killed at least 305 people.",
                    "2018-05-29", "EG")
    landmark_dates([event], "2018-05-29")
    assert (event.date, event.date_precision, event.country) == ("2017-11-24", "day", "EG")


def test_a_bare_month_read_in_the_wrong_year_takes_the_attacks_year() -> None:
    event = _attack(CROCUS, "2023-03")
    landmark_dates([event], "2023")  # an undated page whose latest written year is the one before
    assert (event.date, event.country) == ("2024-03-22", "RU")


def test_an_undated_recalled_attack_is_dated() -> None:
    event = _attack("Islamic State has carried out several attacks, including one at Kabul airport.", None, "AF")
    landmark_dates([event], None)
    assert event.date == "2021-08-26"


def test_a_new_attack_at_the_landmarks_place_keeps_the_day_the_text_tells() -> None:
    # a day the text tells, on a page of Thursday
    event = _attack("Militants ambushed soldiers on Tuesday near Tongo Tongo, where four U.S. soldiers died in 2017.",
                    "2019-05-14", "NE")
    landmark_dates([event], "2019-05-16")
    assert event.date == "2019-05-14"


def test_a_sentence_writing_another_year_keeps_its_date() -> None:
    event = _attack("In 2022, gunmen attacked a church near the Bardo museum.", "2022-09", "TN")
    landmark_dates([event], "2022-09-02")
    assert event.date == "2022-09"


def test_a_page_written_before_the_landmark_or_another_country_is_left_alone() -> None:
    before, elsewhere = _attack(CROCUS, "2019-03"), _attack(CROCUS, "2025-03-01", "AF")
    landmark_dates([before], "2019-03-10")
    landmark_dates([elsewhere], "2025-03-01")
    assert (before.date, elsewhere.date) == ("2019-03", "2025-03-01")


def test_two_landmarks_in_one_sentence_date_neither() -> None:
    event = _attack("The group carried out the Bardo National Museum and Sousse beach attacks.", "2022-09", "TN")
    landmark_dates([event], "2022-09-02")
    assert event.date == "2022-09"


def test_a_new_attack_in_a_landmarks_town_is_not_the_landmark() -> None:
    # the town alone is no cue: the group attacks there again
    event = _attack("Gunmen attacked a hotel in Sousse, killing 12 people, in a raid that recalled the massacre at a "
                    "beach resort in 2015.", None, "TN")
    landmark_dates([event], "2019-01-04")
    assert event.date is None


def test_every_landmark_has_a_day_a_country_and_cues() -> None:
    for lm in landmarks():
        assert len(lm.date) == 10 and len(lm.country) == 2 and lm.cues, lm.name


events = events_dated("2018-05-29")


@pytest.mark.model
def test_events_pipeline_a_recalled_mosque_massacre_is_dated_by_its_own_day(nlp: Language) -> None:
    found = events(nlp, "This had followed a massive terror attack on a mosque in the city of Al-Arish, which "
                        "killed at least 305 worshippers.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2017-11-24", 305)]


def test_every_landmark_is_a_day_in_the_campaign_years_with_a_country_code() -> None:
    # the table is read as knowledge: a wrong day moves every page that recalls the attack
    for lm in landmarks():
        assert re.fullmatch(r"20(1[4-9]|2\d)-\d\d-\d\d", lm.date), lm.name
        assert re.fullmatch(r"[A-Z]{2}", lm.country), lm.name
        assert lm.cues, lm.name


# The branches' landmark attacks in the regions of the affiliates, 2015-2026: each recalled undated takes its day; a
# later attack at the same place, told without what only the landmark made known, keeps its own; a current report's
# weekday on a page written within a fortnight of the attack keeps the text's date.

def test_a_recalled_church_attack_in_komanda_takes_its_day() -> None:
    event = _attack("The development comes just weeks after ADF rebels killed at least 38 people during a brutal "
                    "attack on a Catholic church in Komanda, eastern DRC.", None, "CD")
    landmark_dates([event], None)
    assert (event.date, event.country) == ("2025-07-27", "CD")


def test_the_palmyra_ambush_on_us_soldiers_takes_its_day() -> None:
    event = _attack("The operation came in response to the killing of two US service members and one civilian in an "
                    "ISIS ambush in Palmyra.", None, "SY")
    landmark_dates([event], "2025")
    assert event.date == "2025-12-13"


def test_the_seizure_of_qandala_recalled_by_last_october_takes_its_day() -> None:
    event = _attack("Last October, ISIS militants took control of Qandala town, east of Bosaso.", "2024-10", "SO")
    landmark_dates([event], "2025-02-26")
    assert event.date == "2016-10-26"


def test_a_later_attack_near_qandala_keeps_its_date() -> None:
    event = _attack("Fighters abducted four men following an attack on a passenger bus outside Qandala.", "2017-01-28",
                    "SO")
    landmark_dates([event], "2017-01-28")
    assert event.date == "2017-01-28"


def test_the_second_attack_on_shah_cheragh_keeps_its_date() -> None:
    # the shrine was attacked again in August 2023: only the October attack is the landmark
    event = _attack("Two gunmen attacked the holy shrine of Shah Cheragh, killing four people.", "2023-08-13", "IR")
    landmark_dates([event], "2023-08-13")
    assert event.date == "2023-08-13"


def test_a_current_reports_weekday_on_a_page_of_a_month_keeps_the_month() -> None:
    event = _attack("On Tuesday, Puntland's forces repelled a suicide bombing attack on the base near Dharjaale.",
                    "2025-01", "SO")
    landmark_dates([event], "2025-01")
    assert event.date == "2025-01"


def test_easter_sunday_is_no_weekday_of_the_pages_week() -> None:
    event = _attack("The group claimed the Easter Sunday bombings in Sri Lanka.", "2019-05", "LK")
    landmark_dates([event], "2019-05")
    assert event.date == "2019-04-21"


def test_last_weeks_attack_on_a_page_of_the_next_fortnight_keeps_the_texts_date() -> None:
    event = _attack("The Islamic State claimed responsibility for last week's coordinated attack on Diori Hamani "
                    "International Airport in Niamey.", "2026-02", "NE")
    landmark_dates([event], "2026-02-10")
    assert event.date == "2026-02"


def test_a_weekday_of_a_later_telling_does_not_keep_the_pages_date() -> None:
    # the spokesman spoke on Saturday, months after the attack he recalls
    event = _attack("They attacked Lhubiriha Secondary School and killed students, the deputy defence spokesperson "
                    "reminded reporters on Saturday.", "2024-03-18", "UG")
    landmark_dates([event], "2024-03-18")
    assert event.date == "2023-06-16"


def test_the_killing_of_khalil_haqqani_recalled_undated_takes_its_day() -> None:
    event = _attack("The Afghan Taliban's acting minister for refugees, Khalil Rahman Haqqani, and six other people "
                    "were killed in an explosion in the capital Kabul.", None, "AF")
    landmark_dates([event], None)
    assert event.date == "2024-12-11"


def test_a_later_raid_on_byambwe_is_not_the_health_centre_massacre() -> None:
    event = _attack("ADF fighters attacked the villages of Mausa and Byambwe, killing nine civilians.", "2026-01-20",
                    "CD")
    landmark_dates([event], "2026-01-20")
    assert event.date == "2026-01-20"


# A recalled landmark attack dated by a day the story lent it takes its own day; the group taking a town it held once
# is that seizure.
SIEGE = ("Their five-month siege of Marawi City resulted in the death of no fewer than a thousand people, displaced "
         "some 300,000 villagers and left historic enclaves in ruins.")


def _ph_attack(text: str, date: str | None) -> EventMention:
    return EventMention("attack", "attack", 0, 6, 0, len(text), text, date=date, country="PH")


def test_a_story_day_lent_to_a_recalled_attack_gives_way_to_its_own_day() -> None:
    # the story's Thursday two days before the page, which the sentence itself never names
    event = _ph_attack(SIEGE, "2022-04-21")
    landmark_dates([event], "2022-04-23", text_dated=frozenset())
    assert (event.date, event.date_precision) == ("2017-05-23", "day")


def test_a_day_the_attacks_own_sentence_tells_stands() -> None:
    event = _ph_attack(SIEGE, "2022-04-21")
    landmark_dates([event], "2022-04-23", text_dated=frozenset({id(event)}))
    assert event.date == "2022-04-21"


def test_the_group_seizing_marawi_is_the_siege() -> None:
    # on the siege's fifth anniversary: the page's day stood in for the seizure's
    event = _ph_attack("The combined forces of the Maute and Abu Sayyaf groups seized Marawi in a bid to establish the "
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


# The landmarks' cues searched all at once find the sentences the cues one by one find.

def test_no_landmark_cue_refers_to_a_group_or_sets_a_flag_inside_it() -> None:
    # one pattern of them all finds what one of them finds only so: a numbered group moves, an inline flag is refused
    for landmark in landmarks():
        for cue in landmark.cues:
            assert not re.search(r"\\[1-9]|\(\?P[=<]|\(\?[aiLmsux]", cue.pattern), (landmark.name, cue.pattern)


def test_the_joined_cues_match_a_sentence_exactly_when_one_cue_does() -> None:
    sentences = [
        "IS-K claimed the attack on Moscow's Crocus City Hall in March that killed more than 140 people.",
        "This followed a massive attack on a mosque in Al-Arish, which killed at least 305 people.",
        "Gunmen attacked a village near Diffa on Tuesday, killing five people.",
        "The army said it repelled an attack on its base.",
    ]
    for sentence in sentences:
        one_by_one = any(c.search(sentence) for lm in landmarks() for c in lm.cues)
        assert (any_cue().search(sentence) is not None) == one_by_one
    assert any_cue().search(sentences[0]) and not any_cue().search(sentences[3])


def test_an_attack_whose_sentence_names_no_landmark_keeps_its_date() -> None:
    text = "Gunmen attacked a village near Diffa on Tuesday, killing five people."
    event = EventMention("attack", "attacked", 7, 15, 0, len(text), text, date="2024-03-19", country="NE")
    landmark_dates([event], "2024-03-21")
    assert (event.date, event.country) == ("2024-03-19", "NE")
