"""Place entity names (mentions written for the tests): a state the page writes only with its capitalised word
keeps it; a page that also writes the bare name, or the word in lower case, names the state bare."""

from __future__ import annotations

from sitroom.models import Place, PlaceMention
from sitroom.resolve.places import place_entity_mentions

STATE = Place(id="p1", name="Borno State", country="NG", lat=11.9, lon=13.1, precision="province", feature="province")


def test_a_state_written_only_with_its_word_keeps_it() -> None:
    # "Troops cleared Borno State ... across Borno State"
    found, _ = place_entity_mentions([PlaceMention("Borno State", 15, 26, STATE),
                                      PlaceMention("Borno State", 40, 51, STATE)], [])
    assert [m.canonical for m in found] == ["Borno State", "Borno State"]


def test_a_state_also_written_bare_is_named_bare() -> None:
    found, _ = place_entity_mentions([PlaceMention("Borno State", 15, 26, STATE),
                                      PlaceMention("Borno", 31, 36, STATE)], [])
    assert [m.canonical for m in found] == ["Borno", "Borno"]


def test_a_lower_case_state_word_describes_and_the_id_stays_the_gazetteers() -> None:
    lower, _ = place_entity_mentions([PlaceMention("Borno state", 15, 26, STATE)], [])
    whole, _ = place_entity_mentions([PlaceMention("Borno State", 15, 26, STATE)], [])
    assert {m.canonical for m in lower} == {"Borno"}  # (the phrase and the name without the describing word)
    assert lower[0].entity_id == whole[0].entity_id
