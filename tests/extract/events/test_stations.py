"""The stations of [[stations]] in data/events.toml: a regional force's sector, a mission, a body's seat."""

from __future__ import annotations

from sitroom.extract.events.stations import station_country


def test_an_mnjtf_sector_names_its_country() -> None:
    assert station_country("In Sector 1 (Cameroon), MNJTF troops conducted ambush operations", "operation") == "CM"
    assert station_country("troops of Sector 2 Multinational Joint Task Force, MNJTF, have neutralised one terrorist",
                           "operation") == "TD"
    assert station_country("Troops of Sector 4 MNJTF deployed at a village conducted a cordon and search",
                           "operation") == "NE"


def test_a_sector_of_another_force_names_no_country() -> None:
    # Operation Hadin Kai's sectors are all in Nigeria: a sector number alone is not the MNJTF's
    assert station_country("the Sector 2 troops of Operation HADIN KAI neutralised two terrorists", "operation") is None


def test_sectors_of_two_countries_name_none() -> None:
    assert station_country("troops of Sector 3 MNJTF and the Special Forces of Sector 4 MNJTF launched an operation",
                           "operation") is None


def test_a_security_council_meeting_sits_in_new_york_but_locates_no_other_event() -> None:
    text = "The rising threat of ISKP was a key topic at a UN Security Council (UNSC) counterterrorism meeting."
    assert station_country(text, "meeting") == "US"
    assert station_country(text, "attack") is None
