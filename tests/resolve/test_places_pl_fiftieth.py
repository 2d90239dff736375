"""Session 50 places: a curated province named after its seat town is placed at that town."""

from __future__ import annotations

import pytest

from sitroom.geo import haversine_km
from sitroom.resolve.places import resolve_place


@pytest.mark.parametrize(("name", "country", "town"), [
    ("Tahoua region", "NE", "Tahoua"),
    ("Homs Governorate", "SY", "Homs"),
    ("Katsina State", "NG", "Katsina"),
])
def test_a_curated_province_named_after_its_seat_is_placed_at_the_seat(name: str, country: str, town: str) -> None:
    province = resolve_place(name, [country])
    seat = resolve_place(town, [country])
    assert province is not None and province.precision == "province"
    assert seat is not None and seat.precision == "point"
    assert province.lat is not None and province.lon is not None and seat.lat is not None and seat.lon is not None
    assert haversine_km(province.lat, province.lon, seat.lat, seat.lon) < 5


def test_a_curated_province_named_otherwise_keeps_its_centre() -> None:
    # Borno's seat is Maiduguri, Adamawa's Yola: no town of their names to move them to
    for name in ("Borno State", "Adamawa State"):
        province = resolve_place(name, ["NG"])
        assert province is not None and province.precision == "province" and province.lat is not None


def _found(nlp, text: str) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-03-24"
    return {(m.place.name, m.place.country) for m in nlp(doc)._.place_mentions}


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("Two soldiers were killed along the Damboa/Biu highway on Sunday, the Borno State Government said.", "Biu"),
    ("Gunmen killed two vigilantes in Augie on Monday, the Kebbi State Police Command said.", "Augie"),
])
def test_a_page_naming_no_country_is_about_the_country_of_its_curated_places(places_nlp, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
    # no "Nigeria", no demonym, the state named inside a body's name (an ORG): Damboa and Borno State, Kebbi State,
    # names only the curated gazetteer holds, say which country's town the small one is
    assert (town, "NG") in _found(places_nlp, text)

@pytest.mark.parametrize(("text", "towns"), [
    ("Gunmen attacked a Federal Police detachment on the Kirkuk-Daquq road in Iraq, killing four.",
     {("Kirkuk", "IQ"), ("Dāqūq", "IQ")}),
    ("The attack occurred three days earlier on the Deou-Orsi axis in Burkina Faso.", {("Déou", "BF")}),
    ("Rebels blocked the Bunagana – Rutshuru – Goma highways in the Democratic Republic of Congo.",
     {("Rutshuru", "CD"), ("Goma", "CD")}),
    ("A Nigerian officer was abducted along the Damboa – Biu Road on Sunday.", {("Damboa", "NG"), ("Biu", "NG")}),
])
def test_the_towns_a_route_joins_are_places_whatever_the_ner_made_of_them(places_nlp, text: str, towns) -> None:  # type: ignore[no-untyped-def]
    # the pair tagged as one FAC ("the Kirkuk-Daquq"), a town tagged PERSON between dashes, the route word in capitals
    # read into the untagged name ("Biu Road")
    assert towns <= _found(places_nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("The weapons were handed over at the UPDF Mountain Division Headquarters, Muhooti Barracks Fort Portal, in "
     "Uganda.", ("Fort Portal", "UG")),
    ("The children surrendered to troops of 25 Task Force Brigade Damboa, Borno State, Nigeria on Saturday.",
     ("Damboa", "NG")),
])
def test_the_town_a_unit_or_post_is_named_after_is_a_place(places_nlp, text: str, town) -> None:  # type: ignore[no-untyped-def]
    # the whole tagged PERSON or ORG: the capitalised words after the unit's last word are where it is stationed
    assert town in _found(places_nlp, text)


@pytest.mark.parametrize("name", ["Ndjamena-Chad", "N’djamena – Chad"])
def test_a_town_and_its_country_joined_by_a_dash_is_the_town(name: str) -> None:
    place = resolve_place(name)
    assert place is not None and (place.name, place.country, place.precision) == ("N'Djamena", "TD", "point")


def test_a_dash_joining_two_towns_or_a_country_of_two_words_stays_as_it_was() -> None:
    country = resolve_place("Guinea-Bissau")
    assert country is not None and country.precision == "country"
    assert resolve_place("Damboa-Maiduguri", ["NG"]) is None  # a route's ends are split elsewhere, each a place


@pytest.mark.model
@pytest.mark.parametrize(("text", "town"), [
    ("The injured village head was immediately evacuated to Geidam General Hospital for treatment, Nigerian police "
     "said.", ("Geidam", "NG")),
    ("Hassan was later taken to Geidam Hospital for treatment in Nigeria.", ("Geidam", "NG")),
    ("Explosions hit Parliamentary Avenue and Kampala Central Police Station in Uganda.", ("Kampala", "UG")),
])
def test_a_site_named_after_its_town_names_the_town(places_nlp, text: str, town) -> None:  # type: ignore[no-untyped-def]
    assert town in _found(places_nlp, text)


@pytest.mark.model
def test_a_site_named_after_a_person_names_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The victims were taken to Aminu Kano Teaching Hospital in Nigeria."
    assert _found(places_nlp, text) == {("Nigeria", "NG")}


@pytest.mark.model
def test_a_list_of_names_after_a_locative_word_read_as_appositions_is_after_it(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The group carried out attacks on communities in Damasak, Geidam, Mallam Fatori, and Diffa in Nigeria "
            "and Niger.")
    assert ("Geidam", "NG") in _found(places_nlp, text)


def test_tessit_is_the_gao_region_town_not_the_geonames_point_140_km_west() -> None:
    tessit = resolve_place("Tessit", ["ML"])
    assert tessit is not None and tessit.lat is not None and tessit.lon is not None
    assert haversine_km(tessit.lat, tessit.lon, 15.01, 0.97) < 10

