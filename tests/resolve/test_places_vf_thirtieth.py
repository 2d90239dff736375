"""Place entities, thirtieth session (short forms written for the tests): a state is named without its word, and a
place the page spells otherwise than the gazetteer's English name is named as the page spells it."""

from __future__ import annotations

from sitroom.models import Place, PlaceMention
from sitroom.resolve.places import place_entity_mentions

SALADIN = Place(id="p:sd", name="Saladin Governorate", country="IQ", lat=34.5, lon=43.5, precision="province",
                feature="province")
SINAI = Place(id="p:sinai", name="Sinai Peninsula", country="EG", lat=29.5, lon=33.8, precision="region")
BORNO = Place(id="p:borno", name="Borno State", country="NG", lat=11.9, lon=13.1, precision="province",
              feature="province")
NIGER_STATE = Place(id="p:niger", name="Niger State", country="NG", lat=9.9, lon=5.6, precision="province",
                    feature="province")


def test_a_respelt_province_is_named_as_the_page_spells_it() -> None:
    found, _ = place_entity_mentions([PlaceMention("Salahuddin province", 0, 19, SALADIN),
                                      PlaceMention("Salahuddin", 40, 50, SALADIN)], [])
    assert {m.canonical for m in found} == {"Salahuddin"}
    # the entity id stays the gazetteer's: other pages' spellings meet in it
    assert found[0].entity_id == found[1].entity_id


def test_a_page_writing_the_gazetteer_name_keeps_it() -> None:
    found, _ = place_entity_mentions([PlaceMention("Saladin", 0, 7, SALADIN),
                                      PlaceMention("Salahuddin", 20, 30, SALADIN)], [])
    assert {m.canonical for m in found} == {"Saladin"}


def test_a_form_that_drops_a_word_is_not_a_respelling() -> None:
    found, _ = place_entity_mentions([PlaceMention("Sinai", 0, 5, SINAI)], [])
    assert [m.canonical for m in found] == ["Sinai"]  # named by the written word, not respelt


def test_a_state_is_named_without_its_word_unless_the_bare_name_is_a_country() -> None:
    # (a page writing the bare name too names the state bare; one writing only "Borno State" keeps the word:
    # test_places_sp_fortysixth)
    borno, _ = place_entity_mentions([PlaceMention("Borno State", 0, 11, BORNO), PlaceMention("Borno", 20, 25, BORNO)],
                                     [])
    assert [m.canonical for m in borno] == ["Borno", "Borno"]
    niger, _ = place_entity_mentions([PlaceMention("Niger State", 0, 11, NIGER_STATE)], [])
    assert [m.canonical for m in niger] == ["Niger State"]


def test_a_big_city_keeps_its_english_name_however_the_page_spells_it() -> None:
    from sitroom.resolve.places import resolve_place

    raqqa = resolve_place("Raqa", ["SY"])
    assert raqqa is not None and raqqa.name == "Raqqa"
    found, _ = place_entity_mentions([PlaceMention("Raqa", 0, 4, raqqa)], [])
    assert [m.canonical for m in found] == ["Raqqa"]
