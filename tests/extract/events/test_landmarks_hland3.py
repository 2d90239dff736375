"""The branches' landmark attacks of 2015-2026 (session 59): each recalled undated takes its day; a later attack at
the same place, told without what only the landmark made known, keeps its own."""

from __future__ import annotations

from sitroom.extract.events.landmarks import landmark_dates
from sitroom.extract.events.records import EventMention


def _attack(text: str, date: str | None, country: str | None = None) -> EventMention:
    return EventMention("attack", "attack", 0, 6, 0, len(text), text, date=date, country=country)


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
