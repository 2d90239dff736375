"""Place entity names (resolve/places, place_entity_mentions): a place written inside a longer name of a body, a road
or an official's title is an entity of its own too (mentions written for the tests)."""

from __future__ import annotations

from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions

PUNTLAND = Place(id="p-puntland", name="Puntland", country="SO", lat=8.4, lon=49.2, precision="province",
                 feature="region")
KALORA = Place(id="p-kalora", name="Kalora", country="ID", lat=-1.4, lon=120.7, precision="city", feature="town")
SABAH = Place(id="p-sabah", name="Sabah", country="MY", lat=5.3, lon=117.0, precision="province", feature="province")


def _actor(text: str, start: int, canonical: str, kind: str, kb_id: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=canonical, type=kind,
                         entity_id=stable_id("entity", kind, canonical), kb_id=kb_id)


def test_a_place_inside_a_bodys_name_is_a_location_too() -> None:
    # "Puntland forces killed ten militants": the forces keep their mention, Puntland is named as well
    forces = _actor("Puntland forces", 0, "Puntland Defence Forces", "armed_group", "puntland_defence_forces")
    found, kept = place_entity_mentions([PlaceMention("Puntland", 0, 8, PUNTLAND)], [forces])
    assert [(m.canonical, m.text) for m in found] == [("Puntland", "Puntland")]
    assert [m.canonical for m in kept] == ["Puntland Defence Forces"]


def test_a_place_in_an_officials_title_is_a_location_too() -> None:
    # "Sabah police commissioner Datuk Hazani Ghazali said": the place is in the title, not in the name
    person = _actor("Sabah police commissioner Datuk Hazani Ghazali", 0, "Hazani Ghazali", "person")
    found, _ = place_entity_mentions([PlaceMention("Sabah", 0, 5, SABAH)], [person])
    assert [m.canonical for m in found] == ["Sabah"]


def test_a_place_word_in_a_persons_own_name_is_no_location() -> None:
    # "Ali Kalora": the surname is no town there
    person = _actor("Ali Kalora", 0, "Ali Kalora", "person")
    found, kept = place_entity_mentions([PlaceMention("Kalora", 4, 10, KALORA)], [person])
    assert found == []
    assert [m.canonical for m in kept] == ["Ali Kalora"]


def test_a_mention_that_is_the_place_itself_is_left_to_the_actor() -> None:
    # the same span the actor stage resolved: one entity, not two
    actor = _actor("Puntland", 0, "Puntland", "organization", "puntland")
    found, _ = place_entity_mentions([PlaceMention("Puntland", 0, 8, PUNTLAND)], [actor])
    assert found == []
