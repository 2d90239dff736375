"""A mention written with its owner's possessive names the owner and the owned entity (resolve/places)."""

from __future__ import annotations

from sitroom.models import EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions


def _mention(text: str, start: int, etype: str, kb_id: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type=etype,
                         entity_id=stable_id("entity", etype, text), kb_id=kb_id)


def test_a_site_named_with_its_town_s_possessive_is_the_site_and_the_town() -> None:
    text = "Asim Khan, a spokesman for Peshawar’s Lady Reading Hospital, said."
    at = text.index("Peshawar")
    found, kept = place_entity_mentions([], [_mention("Peshawar’s Lady Reading Hospital", at, "facility")], [], text)
    forms = {(m.text, m.canonical, m.type) for m in [*found, *kept]}
    assert ("Lady Reading Hospital", "Lady Reading Hospital", "facility") in forms
    assert ("Peshawar’s Lady Reading Hospital", "Lady Reading Hospital", "facility") in forms
    assert ("Peshawar", "Peshawar", "location") in forms
    site = {m.entity_id for m in [*found, *kept] if m.type == "facility"}
    assert len(site) == 1


def test_a_place_after_a_country_s_possessive_names_the_country_too() -> None:
    text = "Insurgents attacked villages in Mozambique's Cabo Delgado on Monday."
    at = text.index("Mozambique")
    cabo = Place(id="p:cd", name="Cabo Delgado", country="MZ", lat=-12.3, lon=39.3, precision="province")
    written = "Mozambique's Cabo Delgado"
    found, kept = place_entity_mentions([PlaceMention(written, at, at + len(written), cabo)], [], [], text)
    by_text = {m.text: (m.canonical, m.type) for m in [*found, *kept]}
    assert by_text["Mozambique"] == ("Mozambique", "country")
    assert by_text["Cabo Delgado"] == by_text[written]


def test_a_possessive_inside_a_name_is_no_owner() -> None:
    text = "The Uganda People’s Defence Forces said."
    at = text.index("Uganda")
    name = "Uganda People’s Defence Forces"
    found, kept = place_entity_mentions([], [_mention(name, at, "armed_group", kb_id="updf")], [], text)
    assert [(m.text, m.canonical) for m in [*found, *kept]] == [(name, name)]


def _place(text: str, start: int, canonical: str) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=canonical, type="location",
                         entity_id=stable_id("entity", "location", canonical))


def test_a_place_written_only_with_a_feature_word_is_the_feature() -> None:
    text = "The gunmen fled into the Gohono forest. Troops combed the Gohono forest."
    first, second = text.index("Gohono"), text.rindex("Gohono")
    town = Place(id="p:gohono", name="Gohono", country="NG", lat=13.5, lon=4.9, precision="point")
    found, _ = place_entity_mentions([PlaceMention("Gohono", first, first + 6, town),
                                      PlaceMention("Gohono", second, second + 6, town)], [], [], text)
    assert {m.canonical for m in found} == {"Gohono Forest"}
    assert "Gohono forest" in {m.text for m in found}


def test_a_place_also_written_alone_keeps_its_name() -> None:
    text = "The gunmen fled into the Gohono forest near Gohono town, residents of Gohono said."
    town = Place(id="p:gohono", name="Gohono", country="NG", lat=13.5, lon=4.9, precision="point")
    places = [PlaceMention("Gohono", at, at + 6, town) for at in
              (text.index("Gohono"), text.index("Gohono town"), text.rindex("Gohono"))]
    found, _ = place_entity_mentions(places, [], [], text)
    assert {m.canonical for m in found} == {"Gohono"}


def test_places_listed_in_one_organisation_are_places_of_their_own() -> None:
    text = "The Peshmerga liberated the villages of Gire and Merde in Makhmur district."
    at = text.index("Gire")
    listed = _mention("Gire and Merde in Makhmur", at, "organization")
    found, kept = place_entity_mentions([], [listed], [], text)
    assert {(m.text, m.canonical) for m in found} >= {("Gire", "Gire"), ("Merde", "Merde"), ("Makhmur", "Makhmur")}
    assert not [m for m in [*found, *kept] if m.text == "Gire and Merde in Makhmur"]


def test_a_list_of_bodies_or_one_with_no_place_cue_stays_whole() -> None:
    text = "Officers of the National Police and State Intelligence Agency said. Alpha and Omega won."
    bodies = _mention("National Police and State Intelligence Agency", text.index("National"), "organization")
    firm = _mention("Alpha and Omega", text.index("Alpha"), "organization")
    _, kept = place_entity_mentions([], [bodies, firm], [], text)
    assert {m.text for m in kept} == {bodies.text, firm.text}
