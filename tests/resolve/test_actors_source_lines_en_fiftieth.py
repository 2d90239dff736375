"""Session 50 entity rules: the outlet a page credits on a line of its own ("Source: Africanews") is an
organisation, and so is every other use of the same words on the page."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention


def named(ms: list[EntityMention], canonical: str) -> set[str]:
    return {m.text for m in ms if m.canonical == canonical}


def test_a_source_line_names_an_outlet(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Gunmen killed four villagers near the town on Sunday.\n\nSource: Lakeside Courier")
    assert named(ms, "Lakeside Courier") == {"Lakeside Courier"}
    assert all(m.type == "organization" for m in ms if m.text == "Lakeside Courier")


def test_a_source_line_outlet_is_the_same_entity_elsewhere_on_the_page(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Residents told Riverbank Daily the attackers fled.\n\nSOURCE: Riverbank Daily")
    assert [m.canonical for m in ms if m.text == "Riverbank Daily"] == ["Riverbank Daily", "Riverbank Daily"]


def test_a_source_line_after_a_slash_keeps_the_outlet(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Troops killed two militants in the valley.\nSource: /Northern Wire")
    assert named(ms, "Northern Wire") == {"Northern Wire"}


def test_a_source_line_of_page_furniture_or_an_address_is_no_outlet(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Troops killed two militants in the valley.\nSource: Read\nSource: www.example.com")
    assert not [m for m in ms if m.type == "organization"]
    ms = entity_mentions(ents_nlp, "Troops killed two militants.\nSource: Lakeside Courier and news agencies")
    assert not named(ms, "Lakeside Courier and news agencies")



def test_the_guardian_is_named_with_its_article_whatever_the_page_writes(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Troops killed two militants, Guardian reports.\nSource: Guardian")
    assert named(ms, "The Guardian") == {"Guardian"}
    ms = entity_mentions(ents_nlp, "The boy's guardian said the family fled.")
    assert not named(ms, "The Guardian")


def test_a_byline_naming_an_outlet_is_an_organisation(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Gunmen attacked the village.\nBy Lakeside Online Media\nKampala: The army said so.")
    assert named(ms, "Lakeside Online Media") == {"Lakeside Online Media"}
    ms = entity_mentions(ents_nlp, "Story\nBy PRLakeside\nThe army said PRLakeside was wrong about the toll.")
    assert [m.type for m in ms if m.text == "PRLakeside"] == ["organization", "organization"]
    ms = entity_mentions(ents_nlp, "Story\nBy\nLAKESIDE NEWS\n\nThe police said ten men were held.")
    assert named(ms, "Lakeside News") == {"LAKESIDE NEWS"}


def test_a_reporters_or_a_desks_byline_names_no_outlet(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Story\nBy Francis Okoye\nThe army said ten men were held.")
    assert [m.type for m in ms if m.text == "Francis Okoye"] == ["person"]
    ms = entity_mentions(ents_nlp, "Story\nBy Staff Reporter\nThe army said ten men were held.")
    assert not [m for m in ms if m.type == "organization"]


def test_the_bare_armed_forces_on_a_philippine_page_are_the_philippines(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Lt. Gen. Arnel dela Vega, commander of the Armed Forces' Western Mindanao "
                                   "Command, welcomed the surrender in Basilan, the Philippines.")
    doc_aliases = [m for m in ents_nlp("Armed Forces Chief General Romeo Brawner said the Philippines will win.")
                   ._.entity_aliases if m.text == "Armed Forces"]
    assert [m.canonical for m in doc_aliases] == ["Armed Forces of the Philippines"]
    assert not named(ms, "Armed Forces")


def test_a_demonym_inside_a_towns_name_names_no_main_country(ents_nlp: Language) -> None:
    # the bare "Army" is the main country's; "Datu Saudi Ampatuan" (a town of Maguindanao) is no Saudi page
    ms = entity_mentions(ents_nlp, "Troops clashed with the group in Datu Saudi Ampatuan, Maguindanao del Sur. "
                                   "Maj. Gen. Alex Rillera, commander of the Army's 6th Infantry Division, said "
                                   "Datu Saudi Ampatuan was cleared.")
    assert named(ms, "Philippine Army") == {"Army"}


def test_a_demonym_before_a_body_still_names_its_country() -> None:
    from sitroom.resolve.actors import _demonym_countries

    assert _demonym_countries("The Iraqi Army said so. Iraqi troops left. Former Iraqi Prime Minister spoke.") == (
        "IQ", "IQ", "IQ")
    assert _demonym_countries("He died in Datu Saudi Ampatuan town.") == ()


def test_a_states_government_in_lower_case_is_the_state_government(ents_nlp: Language) -> None:
    doc = ents_nlp("Five officials of the Borno State government were abducted near Maiduguri, Nigeria.")
    assert [(m.text, m.canonical, m.type) for m in doc._.entity_aliases if "government" in m.text] == [
        ("Borno State government", "Borno State Government", "organization")]
    doc = ents_nlp("The State government said the roads were closed.")
    assert not [m for m in doc._.entity_aliases if "government" in m.text]


def test_a_country_split_from_its_hyphen_inside_a_longer_name_is_still_the_country(ents_nlp: Language) -> None:
    doc = ents_nlp("Peshmerga, with support from the US-led Global Coalition, killed two militants in Kirkuk, Iraq.")
    assert [m.canonical for m in doc._.entity_aliases if m.text == "US"] == ["United States"]
    assert "US-led Global Coalition" in {m.text for m in doc._.entity_mentions}
    doc = ents_nlp("A Turkey-backed group and the Iraq- and Syria-based group fought.")
    assert sorted(m.text for m in [*doc._.entity_mentions, *doc._.entity_aliases] if m.type == "country") == [
        "Iraq", "Syria", "Turkey"]
