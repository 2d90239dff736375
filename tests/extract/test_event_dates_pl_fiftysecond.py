"""Event dates, fifty-second session: a photo caption's looking over the scene ("Security personnel inspect the site
of a suicide attack ... on July 31") is the aftermath's day, not the attack's; a closing attribution the parse hung
below the deed ("..., a security source reported on Friday") still dates the report (short sentences written for the
tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Tuesday
events = events_dated("2024-02-06")


@pytest.mark.model
def test_a_report_day_closing_the_lede_dates_the_attack(nlp: Language) -> None:
    found = events(nlp, "Suspected militants have carried out a large-scale attack on Alela village in Sokoto State, "
                        "security sources reported on Tuesday.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-02-06"]


# a Tuesday, two days after a Sunday's bombing
caption_events = events_dated("2023-08-01")


@pytest.mark.model
def test_a_captions_inspection_day_gives_way_to_the_storys(nlp: Language) -> None:
    found = caption_events(nlp, "Security personnel inspect the site of a suicide attack in Bajaur district, "
                                "northwestern Pakistan, on July 31, 2023. A suicide bomber killed 54 people at a "
                                "political rally in Bajaur on Sunday.")
    assert [e.date for e in found if e.type == "attack"] == ["2023-07-30"]


@pytest.mark.model
def test_investigators_studying_the_scene_do_not_date_the_bombing(nlp: Language) -> None:
    found = caption_events(nlp, "Investigators in Negombo on Monday study the scene of a suicide bombing at St. "
                                "Sebastian Church. The bombings at hotels and churches on Saturday left more than 300 "
                                "people dead.")
    assert [e.date for e in found if e.type == "attack"] == ["2023-07-29"]


@pytest.mark.model
def test_an_inspection_alone_still_dates_the_attack_as_a_reports_day(nlp: Language) -> None:
    found = caption_events(nlp, "Police inspect the site of an attack in Lembantongoa village, in Palu, Sulawesi, on "
                                "July 30, 2023.")
    assert [e.date for e in found if e.type == "attack"] == ["2023-07-30"]


# a Friday
friday_events = events_dated("2025-01-24")


@pytest.mark.model
def test_a_trailing_source_reported_on_a_day_dates_the_report(nlp: Language) -> None:
    # (the parse hangs "reported" on "source" as a clause of the noun: the day is still the report's)
    found = friday_events(nlp, "Counter-terrorism forces conducted a joint airborne operation in Tuz Khurmatu "
                               "district, Saladin province, a security source reported on Friday.")
    assert [e.date for e in found if e.type == "operation"] == ["2025-01-24"]


@pytest.mark.model
def test_a_trailing_attribution_after_a_participle_dates_the_report(nlp: Language) -> None:
    found = friday_events(nlp, "Suspected militants have carried out a large-scale attack on Alela village in Sokoto "
                               "State, burning down houses and rustling livestock, security sources reported on "
                               "Sunday.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-01-19"]
