"""Countries in the entity records (resolve/actors): a country written in capitals, by its adjective, after a compass
word or a lower-case word, and one name a page writes two ways as one entity (sentences and mentions written for the
tests)."""

from __future__ import annotations

import dataclasses

import pytest
from spacy.language import Language
from tests.resolve.conftest import canonicals_of_form, entity_mentions

from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions

# A country a dateline or headline writes in capitals is that country, and a country named only by its adjective
# ("Turkish warplanes") is a mention of it in the entity records.


def alias_canonicals(nlp: Language, text: str, form: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_aliases if m.text == form}


@pytest.mark.model
def test_a_country_in_capitals_is_the_country(ents_nlp: Language) -> None:
    text = ("KABUL, AFGHANISTAN – The regional affiliate of the Islamic State claimed the explosion. The group is "
            "active across Afghanistan.")
    assert canonicals_of_form(ents_nlp, text, "AFGHANISTAN") == {"Afghanistan"}
    assert canonicals_of_form(ents_nlp, text, "Afghanistan") == {"Afghanistan"}


@pytest.mark.model
def test_a_shouted_place_name_around_a_country_stays_the_place(ents_nlp: Language) -> None:
    text = "FIGHTING NEAR LAKE CHAD: soldiers repelled an attack on Monday."
    assert "Chad" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


@pytest.mark.model
def test_a_country_adjective_is_a_mention_of_the_country(ents_nlp: Language) -> None:
    text = "Turkish warplanes struck positions near Raqqa on Sunday, the Russian embassy said."
    assert alias_canonicals(ents_nlp, text, "Turkish") == {"Turkey"}
    assert alias_canonicals(ents_nlp, text, "Russian") == {"Russia"}
    # an adjective is no actor: the extractors' mentions do not count it
    assert canonicals_of_form(ents_nlp, text, "Turkish") == set()


@pytest.mark.model
def test_an_adjective_inside_a_name_is_no_country_mention(ents_nlp: Language) -> None:
    text = "The Central African Republic sent troops, and South Africa's army joined them."
    assert alias_canonicals(ents_nlp, text, "Central African") == set()
    assert alias_canonicals(ents_nlp, text, "African") == set()


@pytest.mark.model
def test_an_adjective_before_a_name_the_ner_missed_is_no_country_mention(ents_nlp: Language) -> None:
    text = "Fighters crossed into Iraqi Kurdistan Region on Friday, officials said."
    assert alias_canonicals(ents_nlp, text, "Iraqi") == set()


@pytest.mark.model
def test_the_coalition_without_its_article_is_the_global_coalition(ents_nlp: Language) -> None:
    text = ("Iraqi forces received intelligence from international coalition forces. The caliphate fell after "
            "pressure from a US led coalition, and forces backed by the anti-IS international coalition advanced.")
    coalition = "Global Coalition to Defeat Daesh/ISIS"
    assert canonicals_of_form(ents_nlp, text, "international coalition") == {coalition}
    assert canonicals_of_form(ents_nlp, text, "US led coalition") == {coalition}
    assert canonicals_of_form(ents_nlp, text, "anti-IS international coalition") == {coalition}


@pytest.mark.model
def test_a_bare_national_body_the_ner_missed_is_the_main_countrys(ents_nlp: Language) -> None:
    text = ("Indonesian police arrested five suspects in Java, Indonesia. National Police Chief Gen. Listyo Sigit said "
            "the suspects were linked to JAD. The National Police's Special Detachment 88 led the raid.")
    assert alias_canonicals(ents_nlp, text, "National Police") == {"Indonesian National Police"}


@pytest.mark.model
def test_a_bare_body_name_inside_another_name_stays_out(ents_nlp: Language) -> None:
    text = ("Philippine troops clashed with militants in Sulu, the Philippines. A U.S. Army adviser watched, and the "
            "Moro Army was not involved.")
    assert alias_canonicals(ents_nlp, text, "Army") == set()


@pytest.mark.model
def test_puntlands_police_and_its_army_by_its_somali_name(ents_nlp: Language) -> None:
    text = "Puntland Police arrested two suspects in Bosaso. Darawiish forces later captured a base in the mountains."
    assert canonicals_of_form(ents_nlp, text, "Puntland Police") == {"Puntland Police Force"}
    assert canonicals_of_form(ents_nlp, text, "Darawiish forces") == {"Puntland Defence Forces"}


# A country written after a capitalised compass word ("Northeast Nigeria", "Eastern DRC", "Northern Mozambique") is a
# mention of the country in the entity records, unless the whole phrase names something else ("Northern Ireland",
# "South Sudan", "North and East Syria"); the part of the country stays a location entity of its own.

@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "country"), [
    ("Gunmen abducted five farmers in a town of Borno State, Northeast Nigeria, on Monday.", "Nigeria", "Nigeria"),
    ("Police in a district of Eastern Uganda have arrested five people.", "Uganda", "Uganda"),
    ("Three People Beheaded in Northern Mozambique", "Mozambique", "Mozambique"),
    ("The rebels killed thousands of civilians in Eastern Democratic Republic of Congo.",
     "Democratic Republic of Congo", "Democratic Republic of the Congo"),
    ("Troops raided camps in North-East Nigeria's forests.", "Nigeria", "Nigeria"),
])
def test_a_country_after_a_compass_word_is_the_country(ents_nlp: Language, text: str, form: str,
                                                       country: str) -> None:
    assert alias_canonicals(ents_nlp, text, form) == {country}
    # an entity-record mention only: the extractors' mentions do not count it as an actor
    assert not any(m.text == form and m.type == "country" for m in entity_mentions(ents_nlp, text))


@pytest.mark.model
def test_a_compass_name_of_another_place_names_no_country(ents_nlp: Language) -> None:
    text = "He was born in Northern Ireland, worked in South Sudan and later in North and East Syria."
    assert not any(m.type == "country" for m in ents_nlp(text)._.entity_aliases)
    assert not any(m.canonical in ("Ireland", "Sudan") for m in entity_mentions(ents_nlp, text))


NIGERIA = Place(id="p:ng", name="Nigeria", country="NG", lat=9.1, lon=8.7, precision="country", feature="country")


def test_the_part_of_a_country_stays_a_location_beside_the_country() -> None:
    country = EntityMention(text="Nigeria", start=10, end=17, canonical="Nigeria", type="country",
                            entity_id=stable_id("entity", "country", "Nigeria"), kb_id="country:NG")
    found, kept = place_entity_mentions([PlaceMention("Northwest Nigeria", 0, 17, NIGERIA)], [country])
    assert [m.text for m in found] == ["Northwest Nigeria"]
    assert [m.canonical for m in kept] == ["Nigeria"]


# Entity merging: a country after a lower-case word ("in northern Mali") is the country, and one name a page writes
# two ways is one entity.

@pytest.mark.model
def test_a_country_after_a_lower_case_compass_word_is_the_country(ents_nlp: Language) -> None:
    text = "The army said it killed a commander in northern Mali on Monday."
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if m.text == "Mali"} == {"Mali"}


@pytest.mark.model
def test_a_capitalised_word_before_a_country_still_makes_another_place(ents_nlp: Language) -> None:
    text = "Fighters crossed Lake Chad on Monday."
    assert "Chad" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


def _mention(text: str, start: int, etype: str = "location", kb_id: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type=etype,
                         entity_id=stable_id("entity", etype, text), kb_id=kb_id)


TOWN = Place(id="p:town", name="Peshawar", country="PK", lat=34.0, lon=71.6, precision="point", feature="city")


FAR = Place(id="p:far", name="Kalaat", country="TN", lat=35.8, lon=8.7, precision="point", feature="city")


NEAR_FAR = Place(id="p:far2", name="Kalaa", country="TN", lat=33.0, lon=10.0, precision="point", feature="city")


def test_a_place_misspelt_once_is_the_place_the_gazetteer_knows() -> None:
    found, kept = place_entity_mentions([PlaceMention("Peshawar", 0, 8, TOWN)], [_mention("Peshwar", 40)],
                                        [_mention("Peshwar", 40)])
    assert {m.canonical for m in [*found, *kept]} == {"Peshawar"}
    assert len({m.entity_id for m in [*found, *kept]}) == 1


def test_a_name_with_and_without_its_hyphen_or_capitals_is_one_entity() -> None:
    _, kept = place_entity_mentions([], [_mention("Tabqah Dam", 0, "facility"), _mention("Tabqah dam", 30, "facility"),
                                         _mention("Tabqah Dam", 60, "facility"),
                                         _mention("North Rhine-Westphalia", 90, "organization"),
                                         _mention("North Rhine Westphalia", 130, "organization")])
    assert [m.canonical for m in kept] == ["Tabqah Dam"] * 3 + ["North Rhine-Westphalia"] * 2


def test_a_misspelt_body_joins_the_known_one() -> None:
    _, kept = place_entity_mentions([], [_mention("Reuters", 0, "organization", kb_id="reuters"),
                                         _mention("Reuter", 30, "organization")])
    assert {(m.canonical, m.kb_id) for m in kept} == {("Reuters", "reuters")}


def test_names_a_letter_apart_stay_apart_when_short_placed_far_apart_or_acronyms() -> None:
    found, _ = place_entity_mentions([PlaceMention("Kalaat", 0, 6, FAR), PlaceMention("Kalaa", 20, 25, NEAR_FAR)], [])
    assert len({m.entity_id for m in found}) == 2
    _, kept = place_entity_mentions([], [_mention("Bama", 0), _mention("Gama", 10), _mention("ISWAP", 20,
                                         "organization"), _mention("ISWA", 30, "organization")])
    assert len({m.entity_id for m in kept}) == 4


@pytest.mark.model
def test_the_name_after_abu_alone_is_the_by_named_person(ents_nlp: Language) -> None:
    text = ("Among the dead was Abu Omar, a bomb maker of the group. Omar, according to the military, trained "
            "the bombers.")
    persons = {(m.text, m.canonical) for m in entity_mentions(ents_nlp, text) if m.type == "person"}
    assert ("Omar", "Abu Omar") in persons
    assert {c for _, c in persons} == {"Abu Omar"}


@pytest.mark.model
def test_a_people_s_word_is_no_person(ents_nlp: Language) -> None:
    text = "A Tajik town lives in fear after Tajik citizens were detained, Tajikistan's interior ministry said."
    assert not [m for m in entity_mentions(ents_nlp, text) if m.type == "person" and m.text == "Tajik"]


def test_a_short_form_the_page_gives_a_body_is_not_the_place_of_those_letters() -> None:
    congo = Place(id="p:cd", name="Democratic Republic of the Congo", country="CD", lat=-2.9, lon=23.6,
                  precision="country")
    council = _mention("Danish Refugee Council", 0, "organization")
    short = dataclasses.replace(council, text="DRC", start=24, end=27)
    found, kept = place_entity_mentions([PlaceMention("DRC", 24, 27, congo)], [council, short])
    assert [(m.text, m.canonical) for m in kept] == [("Danish Refugee Council", "Danish Refugee Council"),
                                                     ("DRC", "Danish Refugee Council")]
    assert not found


@pytest.mark.model
def test_a_middle_name_alone_is_the_full_name_s_person(ents_nlp: Language) -> None:
    text = ("Police Inspector Gen. Abdul Rakhman Baso said the gunmen fled into the forest. \"We will find them,\" "
            "Rakhman told reporters on Friday.")
    persons = {(m.text, m.canonical) for m in entity_mentions(ents_nlp, text) if m.type == "person"}
    assert ("Rakhman", "Abdul Rakhman Baso") in persons


@pytest.mark.model
def test_a_word_of_a_two_word_name_alone_stays_the_person_though_a_place_is_so_named(ents_nlp: Language) -> None:
    text = ("The attack was carried out separately by Hasan Zakaria, 25, a former student. Police learnt that "
            "Hasan, who had travelled to Syria, was killed in 2016.")
    persons = {(m.text, m.canonical) for m in entity_mentions(ents_nlp, text) if m.type == "person"}
    assert ("Hasan", "Hasan Zakaria") in persons


def test_a_place_named_as_the_country_is_the_country() -> None:
    country = EntityMention(text="United States", start=0, end=13, canonical="United States", type="country",
                            entity_id=stable_id("entity", "country", "United States"), kb_id="country:US")
    _, kept = place_entity_mentions([], [country, _mention("United States", 40)])
    assert {(m.type, m.entity_id) for m in kept} == {("country", country.entity_id)}
    # ... but a place a letter apart from a country is not it
    _, kept = place_entity_mentions([], [dataclasses.replace(country, canonical="Iraq", text="Iraq"),
                                         _mention("Iraqi", 40)])
    assert len({m.entity_id for m in kept}) == 2


def test_either_name_of_a_hyphenated_double_surname_refers_back() -> None:
    from sitroom.resolve.persons import surname_keys

    assert {"salliman", "hataman"} <= surname_keys("Jim Hataman-Salliman")
    assert surname_keys("Jane al-Rashid") == {"al-rashid", "rashid"}


@pytest.mark.model
def test_the_inspector_general_s_short_title_before_a_surname_is_a_title(ents_nlp: Language) -> None:
    text = ("Inspector General of Police, Zulfiqar Hameed, while talking to media, later disclosed the plot. \"A "
            "terrorist attempted to assassinate a scholar in the heart of the city,\" IG Hameed stated.")
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if "Hameed" in m.text} == {"Zulfiqar Hameed"}


def test_a_river_or_desert_word_after_a_place_is_a_form_of_its_name() -> None:
    river = Place(id="p:messalo", name="Messalo", country="MZ", lat=-11.6, lon=40.3, precision="point",
                  feature="city")
    text = "Troops crossed the Messalo river on Monday."
    found, _ = place_entity_mentions([PlaceMention("Messalo", 19, 26, river)], [], text=text)
    assert {m.text for m in found} == {"Messalo", "Messalo river"}
    assert len({m.entity_id for m in found}) == 1


@pytest.mark.model
def test_a_name_written_surname_first_as_a_body_is_the_person(ents_nlp: Language) -> None:
    text = ("The suspects who include Siraje Ssenkungu were arrested on Sunday in Mpigi. Police said Ssenkungu Siraje "
            "had received money from the group.")
    found = {m.canonical for m in entity_mentions(ents_nlp, text) if "Ssenkungu" in m.text}
    assert found == {"Siraje Ssenkungu"}
