"""Event dates, fifty-second session: a lede told in the present perfect ("Turkish security forces have detained 15
suspects", "An Iraqi airstrike has targeted a hideout") is the page's news of its own day, which dates the event when
nothing else does; not a claim's perfect, nor a perfect further down, nor a lede in the past tense (short sentences
written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# a Tuesday
events = events_dated("2024-02-06")


@pytest.mark.model
def test_a_lede_in_the_present_perfect_is_of_the_pages_day(nlp: Language) -> None:
    found = events(nlp, "Turkish security forces have detained 15 suspects linked to ISIS in raids in Istanbul, "
                        "according to an official statement.")
    assert [e.date for e in found if e.type == "operation"] == ["2024-02-06"]


@pytest.mark.model
def test_a_perfect_whose_subject_is_the_trigger(nlp: Language) -> None:
    found = events(nlp, "An Iraqi airstrike has targeted a hideout of the Islamic State in the Hamrin mountains, "
                        "killing three militants.")
    assert [e.date for e in found if e.type == "strike"] == ["2024-02-06"]


@pytest.mark.model
def test_a_lede_in_the_past_tense_keeps_the_month(nlp: Language) -> None:
    found = events(nlp, "Turkish security forces detained 15 suspects linked to ISIS in raids in Istanbul, "
                        "according to an official statement.")
    assert [e.date for e in found if e.type == "operation"] == ["2024-02"]


@pytest.mark.model
def test_a_perfect_below_the_lede_keeps_the_month(nlp: Language) -> None:
    found = events(nlp, "The interior ministry published its weekly report on security across the country.\n"
                        "Turkish security forces have detained 15 suspects linked to ISIS in raids in Istanbul, "
                        "according to the report.")
    assert [e.date for e in found if e.type == "operation"] == ["2024-02"]


@pytest.mark.model
def test_a_claims_perfect_does_not_date_the_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State group has claimed the attack on a police post in Grozny that killed two "
                        "officers.")
    assert "2024-02-06" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_day_the_story_tells_beats_the_pages(nlp: Language) -> None:
    found = events(nlp, "Troops have repelled an attack by ISWAP fighters on a military base in Damboa, Borno State.\n"
                        "The attack happened on Sunday night, the army said.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-02-04"]


@pytest.mark.model
def test_a_perfect_over_a_span_keeps_the_month(nlp: Language) -> None:
    found = events(nlp, "Since December, militants have attacked the army base in Tillaberi, killing 4 soldiers.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-02"]


@pytest.mark.model
def test_a_report_day_in_the_lede_leaves_the_perfect_the_pages(nlp: Language) -> None:
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
