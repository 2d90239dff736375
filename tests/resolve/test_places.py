"""Place resolution (resolve/places): spelling variants, context disambiguation, type words, the sitroom_places
component, and the towns, council areas, provinces, states, lakes and zones real pages name (sentences written for the
tests). Namesakes, misspellings and place entity names have files of their own in tests/resolve/places/."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import place_countries

from sitroom.annotate import make_doc
from sitroom.geo import haversine_km
from sitroom.models import EntityMention, stable_id
from sitroom.resolve.gazetteer import default_gazetteer, norm_name
from sitroom.resolve.places import (
    _NOT_NAME_LABELS,
    _after_given_name,
    _respelt_town,
    _untagged_name_word,
    country_of,
    place_entity_mentions,
    resolve_place,
)

# Spelling variants, context disambiguation, type words, and the sitroom_places component.

def _same(*names: str, country: str) -> str:
    places = [resolve_place(n) for n in names]
    assert all(p is not None for p in places), names
    ids = {p.id for p in places if p}
    assert len(ids) == 1, [(n, p) for n, p in zip(names, places, strict=True)]
    place = places[0]
    assert place is not None and place.country == country
    assert place.lat is not None and place.lon is not None
    return ids.pop()


def test_places_norm_name_folds_articles_and_spelling() -> None:
    assert norm_name("Al-Hasaka") == norm_name("al Hasakah") == norm_name("Hasaka")
    assert norm_name("Deir ez-Zor") == norm_name("Deir al-Zor")
    assert norm_name("Mocímboa") == norm_name("Mocimboa")


def test_places_camp_spellings_meet() -> None:
    _same("al-Hol", "al-Hawl", "Al Hol", "Al-Hol camp", country="SY")


def test_places_erbil_spellings_meet() -> None:
    _same("Irbil", "Erbil", "Arbil", country="IQ")


def test_places_base_spellings_meet() -> None:
    place_id = _same("Ain al-Asad", "Ain Assad", "Al Asad Air Base", "Ain Assad base", country="IQ")
    place = resolve_place("Ain al-Asad")
    assert place is not None and place.feature == "base" and place.id == place_id


def test_places_hasakah_spellings_meet() -> None:
    _same("Hasaka", "Hasakah", "Al-Hasaka", "al-Hasakah", country="SY")


def test_places_ambiguous_city_follows_document_context() -> None:
    default = resolve_place("Tripoli")
    lebanon = resolve_place("Tripoli", ["LB"])
    assert default is not None and default.country == "LY"
    assert lebanon is not None and lebanon.country == "LB"


def test_places_context_does_not_beat_a_far_bigger_namesake() -> None:
    # Documents here mention the US constantly; a small US town must not win over the capital.
    paris = resolve_place("Paris", ["US", "IQ"])
    assert paris is not None and paris.country == "FR"


def test_places_a_town_by_its_own_name_beats_a_bigger_city_that_once_bore_it() -> None:
    # GeoNames lists "Islamabad" among the alternate names of Chittagong (its Mughal-era name)
    place = resolve_place("Islamabad")
    assert place is not None and place.country == "PK"


def test_places_type_words_pick_the_feature() -> None:
    city = resolve_place("Kirkuk")
    province = resolve_place("Kirkuk Province")
    assert city is not None and city.precision == "point"
    assert province is not None and province.precision == "province" and province.admin1 == "IQ-KI"
    anbar = resolve_place("the province of Anbar")
    assert anbar is not None and anbar.country == "IQ" and anbar.precision == "province"


def test_places_countries_resolve_with_country_precision() -> None:
    for name, iso in [("Syria", "SY"), ("Iran", "IR"), ("Russia", "RU"), ("the United States", "US"),
                      ("US", "US"), ("U.S.", "US"), ("UK", "GB"), ("Britain", "GB")]:
        place = resolve_place(name)
        assert place is not None and place.country == iso and place.precision == "country", name
        assert place.lat is not None, name
        assert country_of(name) == iso


def test_places_compound_names() -> None:
    mosul = resolve_place("Mosul, Iraq")
    assert mosul is not None and mosul.name == "Mosul"
    anbar = resolve_place("Iraq's Anbar province")
    assert anbar is not None and anbar.admin1 == "IQ-AN"


def test_places_non_places_and_macro_regions_do_not_resolve() -> None:
    for name in ["Islamic State", "Daesh", "Africa", "West Africa", "Middle East", "Kurdistan Regional Government"]:
        assert resolve_place(name) is None, name


def test_places_geonames_ids_become_place_ids() -> None:
    mosul = resolve_place("Mosul")
    assert mosul is not None and mosul.geonames_id is not None and mosul.id == f"gn:{mosul.geonames_id}"
    camp = resolve_place("al-Hol")
    assert camp is not None and not camp.id.startswith("gn:")


def test_places_curated_entries_take_over_geonames_names() -> None:
    # Raqqa is curated and linked to its GeoNames city, which keeps answering to GeoNames' spellings.
    raqqa = resolve_place("Ar Raqqah")
    assert raqqa is not None and raqqa.name == "Raqqa" and raqqa.geonames_id is not None
    assert default_gazetteer().get(raqqa.geonames_id) is not None


# --------------------------------------------------------------------------- component


def _mentions(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-03-24"
    return nlp(doc)._.place_mentions


@pytest.mark.model
def test_places_component_finds_places_with_coordinates(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Iraqi forces raided a hideout near Kirkuk on Monday, while Kurdish guards at the al-Hawl camp "
            "in Syria's Hasakah province reported unrest. Ministers later met in the Italian capital, Rome.")
    mentions = _mentions(places_nlp, text)
    by_text = {m.text: m.place for m in mentions}
    assert by_text["Kirkuk"].country == "IQ"
    camp = next(p for t, p in by_text.items() if "al-Hawl" in t)
    assert camp.feature == "camp" and camp.country == "SY"
    assert by_text["Rome"].country == "IT"
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.place.lat is not None and m.place.lon is not None


@pytest.mark.model
def test_places_component_skips_places_inside_organisation_names(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The Kurdistan Regional Government said the coalition would keep advisers in Erbil, "
            "Kurdistan 24 reported. Iraqi security forces took over the bases.")
    mentions = _mentions(places_nlp, text)
    assert all("Government" not in m.text for m in mentions)
    assert all(m.place.name != "Kurdistan Regional Government" for m in mentions)
    assert [m.text for m in mentions if m.place.country == "IQ"] == ["Erbil"]


@pytest.mark.model
def test_places_component_catches_names_ner_misses(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Rockets struck near Ain Assad air base in western Iraq, and drones hit Baghouz."
    names = {m.place.name for m in _mentions(places_nlp, text)}
    assert {"Ain al-Asad", "Baghouz"} <= names


@pytest.mark.model
def test_places_component_ignores_lowercase_words(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The mission of the coalition is to advise; its roj and conoco words are not names here."
    assert _mentions(places_nlp, text) == []


@pytest.mark.model
def test_places_a_capitalised_dateline_city_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(places_nlp, "MANILA - The group claimed a double bombing at a church in Jolo.")
    assert ("MANILA", "PH") in {(m.text, m.place.country) for m in found}


def test_places_affiliate_towns_from_the_curated_list() -> None:
    assert _same("Malam Fatori", "Malam-Fatori", country="NG")
    assert _same("Sheikh Zuweid", "Sheikh Zuwaid", country="EG")
    palma = resolve_place("Palma")
    assert palma is not None and palma.country == "MZ"  # Cabo Delgado, not Mallorca, in this domain


@pytest.mark.model
def test_places_a_name_with_an_apostrophe_is_capitalised(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(places_nlp, "Chad's army chiefs met at the headquarters of the force in N’Djamena, Chad.")
    assert ("N’Djamena", "TD") in {(m.text, m.place.country) for m in found}


@pytest.mark.model
def test_places_untagged_towns_after_a_locative_or_before_a_type_word(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Nigerian troops repelled an assault on a base in Sabon Gari, Damboa Local Government Area. "
            "In Indonesia, bombers struck churches in the country's second-largest city Surabaya.")
    found = {m.place.name: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Damboa") == "NG" and found.get("Surabaya") == "ID"


@pytest.mark.model
def test_places_second_level_units_named_territory(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Congolese troops said rebels attacked villages in the Democratic Republic of Congo's Beni territory."
    assert ("Beni", "CD") in {(m.place.name, m.place.country) for m in _mentions(places_nlp, text)}


@pytest.mark.model
def test_places_a_surname_is_no_town_without_a_place_cue(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Mustafa Bali, a spokesman for the Syrian Democratic Forces, said the raid in Syria was over."
    assert all(m.place.country != "IN" for m in _mentions(places_nlp, text))


def test_places_coalition_air_bases_abroad() -> None:
    base = resolve_place("Incirlik Air Base", ["TR"])
    assert base is not None and (base.country, base.feature) == ("TR", "base")


@pytest.mark.model
def test_places_camp_named_without_its_facility_word_is_the_camp(places_nlp) -> None:  # type: ignore[no-untyped-def]
    from sitroom.resolve.places import place_entity_mentions

    text = ("Returnees go to the Jadaa camp near Mosul. The Sulaimani branch of the security agency said "
            "families stay at al-Jadaa for months.")
    mentions = _mentions(places_nlp, text)
    by_text = {m.text: m.place for m in mentions}
    assert by_text["Sulaimani"].country == "IQ" and abs(by_text["Sulaimani"].lat - 35.56) < 0.2
    assert by_text["Jadaa camp"].country == "IQ"  # the camp in Nineveh, not Jeddah in Saudi Arabia
    places, _ = place_entity_mentions(mentions, [])
    camps = {p.canonical for p in places if p.type == "facility"}
    assert camps == {"al-Jadaa camp"}
    assert {p.text for p in places if p.type == "facility"} >= {"Jadaa camp", "al-Jadaa"}


@pytest.mark.model
def test_places_news_agency_acronym_is_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    mentions = _mentions(places_nlp, "The raid near Raqqa killed two fighters, IRNA reported on Monday.")
    assert [m.text for m in mentions] == ["Raqqa"]


def test_places_affiliate_provinces_and_garrison_towns_have_coordinates() -> None:
    for name, country in [("Lanao del Sur", "PH"), ("Central Java", "ID"), ("Khyber Pakhtunkhwa", "PK"),
                          ("Marte", "NG"), ("Lubero Territory", "CD"), ("Golis Mountains", "SO")]:
        place = resolve_place(name)
        assert place is not None and place.country == country and place.lat is not None, name


def test_places_province_entity_is_named_without_its_administrative_word() -> None:
    from sitroom.models import Place, PlaceMention
    from sitroom.resolve.places import place_entity_mentions

    state = Place(id="p1", name="Borno State", country="NG", lat=11.9, lon=13.1, precision="province",
                  feature="province")
    city = Place(id="p2", name="Raqqa", country="SY", lat=35.95, lon=39.0)
    province = Place(id="p3", name="Raqqa Governorate", country="SY", lat=35.9, lon=38.9, feature="province",
                     precision="province")
    found, _ = place_entity_mentions([PlaceMention("Borno", 0, 5, state), PlaceMention("Raqqa", 20, 25, city),
                                      PlaceMention("Raqqa province", 30, 44, province)], [])
    assert [m.canonical for m in found] == ["Borno", "Raqqa", "Raqqa"]
    assert found[1].entity_id != found[2].entity_id  # the city and its province stay two entities


def test_places_a_state_is_named_without_its_word_even_where_the_page_writes_it() -> None:
    from sitroom.models import Place, PlaceMention
    from sitroom.resolve.places import place_entity_mentions

    state = Place(id="p1", name="Borno State", country="NG", lat=11.9, lon=13.1, precision="province",
                  feature="province")
    # "Troops cleared Borno State; in Borno the curfew holds": the train gold names the state "Borno" (177 of 271
    # gold state entities, on pages writing "Borno State" too)
    found, _ = place_entity_mentions([PlaceMention("Borno State", 15, 26, state), PlaceMention("Borno", 31, 36, state)],
                                     [])
    assert [m.canonical for m in found] == ["Borno", "Borno"]
    # only the state's own word: a lowercase "state" describes it, and a region is not a state ("Puntland State")
    alone, _ = place_entity_mentions([PlaceMention("Borno", 31, 36, state)], [])
    assert [m.canonical for m in alone] == ["Borno"]
    region = Place(id="p4", name="Puntland", country="SO", lat=8.4, lon=49.2, precision="province", feature="region")
    puntland, _ = place_entity_mentions([PlaceMention("Puntland State", 0, 14, region)], [])
    assert [m.canonical for m in puntland] == ["Puntland"]
    # one place on every page: the name changes, the entity id stays the gazetteer's
    assert found[0].entity_id == alone[0].entity_id


def test_places_a_name_word_the_page_always_writes_after_the_name_is_part_of_it() -> None:
    from sitroom.models import Place, PlaceMention
    from sitroom.resolve.places import place_entity_mentions

    lake = Place(id="p1", name="Lake Chad", country="TD", lat=13.3, lon=14.1, feature="region")
    tillaberi = Place(id="p2", name="Tillaberi", country="NE", lat=14.2, lon=1.45, feature="province",
                      precision="province")
    # "fighters fled across the Lake Chad Basin", "troops deployed in the Tillabéri Region"
    found, _ = place_entity_mentions([PlaceMention("Lake Chad Basin", 24, 39, lake),
                                      PlaceMention("Tillabéri Region", 60, 76, tillaberi)], [])
    assert [m.canonical for m in found] == ["Lake Chad Basin", "Tillaberi Region"]
    # the bare name on the same page names it; a lowercase word only describes it
    found, _ = place_entity_mentions([PlaceMention("Lake Chad Basin", 24, 39, lake),
                                      PlaceMention("Lake Chad", 50, 59, lake),
                                      PlaceMention("Tillabéri region", 60, 76, tillaberi)], [])
    assert {m.canonical for m in found} == {"Lake Chad", "Tillaberi"}


def test_places_a_curated_province_never_takes_over_a_town_of_its_name() -> None:
    jolo = resolve_place("Jolo")  # GeoNames lists "Sulu" among Jolo's names, 10 km from the province's centre
    sulu = resolve_place("Sulu")
    assert jolo is not None and sulu is not None
    assert (jolo.name, jolo.precision) == ("Jolo", "point")
    assert sulu.precision == "province"


@pytest.mark.model
def test_places_local_government_area_is_a_place_not_an_organisation(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _mentions(places_nlp, "Militants stormed a base in Damboa Local Government Area of Borno State, Nigeria.")
    assert "Damboa" in {m.place.name for m in found}


def test_places_compass_named_subdivisions_are_no_places() -> None:
    # Botswana's "North East" district read "troops in North East of the country" (Nigeria) as Botswana
    for words in ("North East", "North-East", "South East", "Eastern"):
        assert resolve_place(words) is None, words
    saudi = resolve_place("Eastern Province", ["SA"])
    assert saudi is not None and saudi.precision == "province"


@pytest.mark.model
def test_places_a_name_in_a_list_of_hotels_is_a_hotel_not_a_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The attacks took place in Zion Church in Batticaloa, the Shangri-La, Cinammon Grand, "
            "and Kingsbury hotels in Colombo.")
    names = {m.place.name for m in _mentions(places_nlp, text)}
    assert "Colombo" in names and "Shangri-La" not in names
    camps = _mentions(places_nlp, "Women were moved from the al-Hol, Roj and Ain Issa camps in Syria.")
    assert "al-Hol camp" in {m.place.name for m in camps}  # a camp in a list of camps is that camp


@pytest.mark.model
def test_places_each_name_of_a_coordination_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # NER tags "Dori and Seytenga" as one organisation; the towns are places of their own
    text = "The convoy was ambushed between the towns of Dori and Seytenga in Burkina Faso."
    assert "Dori" in {m.place.name for m in _mentions(places_nlp, text)}


@pytest.mark.model
def test_places_the_ends_of_a_named_route_are_places(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Nigerian soldiers blocked the Maiduguri–Damaturu highway after the attack."
    assert {"Maiduguri", "Damaturu"} <= {m.place.name for m in _mentions(places_nlp, text)}


@pytest.mark.model
def test_places_a_colon_dateline_and_its_city_give_the_country(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "PESHAWAR:" opens the story (no outlet, no dash); Peshawar puts the article in Pakistan, so the
    # small district town Karak is Pakistan's, not Jordan's Karak
    text = ("By Bureau Report\nPESHAWAR: The department gunned down three militants on Friday.\n"
            "They were residents of district Karak.")
    found = {m.place.name: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Peshawar") == "PK" and found.get("Karak") == "PK"


@pytest.mark.model
def test_places_a_title_case_dateline_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Maputo — Since the early hours of today, jihadists have attacked Macomia in Mozambique."
    assert "Maputo" in {m.place.name for m in _mentions(places_nlp, text)}


def test_places_small_towns_of_the_affiliates_countries_resolve_in_context() -> None:
    # towns under 15,000 inhabitants where the affiliates fight (data/small_towns.tsv)
    karak = resolve_place("Karak", ["PK"])
    assert karak is not None and karak.country == "PK"
    # without that context a bigger namesake still wins, and a capital is never displaced
    elsewhere = resolve_place("Karak")
    assert elsewhere is not None and elsewhere.country == "JO"
    paris = resolve_place("Paris", ["NG"])
    assert paris is not None and paris.country == "FR"
    # a village of a context country does not displace a city of another: Syria's small "As Sūsah"
    sousse = resolve_place("Sousse", ["SY", "IQ"])
    assert sousse is not None and sousse.country == "TN"


def test_places_pakistans_former_tribal_districts_have_coordinates() -> None:
    # where ISKP and the Pakistani Taliban fight: "in Khyber district", "North Waziristan"
    for name in ("Khyber district", "Orakzai", "Kurram", "Mohmand", "North Waziristan", "South Waziristan"):
        place = resolve_place(name, ["PK"])
        assert place is not None and place.country == "PK" and place.lat is not None, name
    province = resolve_place("Khyber Pakhtunkhwa", ["PK"])
    assert province is not None and province.precision == "province"


@pytest.mark.model
def test_places_a_piece_of_a_longer_name_is_no_town_abroad(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "Digga Banda" is a neighbourhood of Tillabéri: its "Banda" is not the Indian city, though a well-known
    # city abroad named on its own ("flew to Washington") stays a place
    text = ("Jihadists attacked western Niger this week. Strikes hit central Tillaberi, in the Digga Banda "
            "neighborhood. The minister later flew to Washington.")
    found = {m.place.name for m in _mentions(places_nlp, text)}
    assert "Washington" in found and not any(name.startswith("B") for name in found)


@pytest.mark.model
def test_places_route_ends_inside_a_misread_name_and_a_mislabelled_country(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    # NER tags "Burkina Faso" as a person and "the Sebba–Dori" as a work of art: the country still gives the
    # context, and the ends of the road are Burkina Faso's towns
    text = ("Burkina Faso was hit by a wave of attacks. Burkina Faso's army lost a convoy on the Sebba–Dori "
            "road (Sahel region).")
    found = {m.place.name: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Sebba") == "BF" and found.get("Dori") == "BF"


@pytest.mark.model
def test_places_a_town_named_again_under_another_label_is_the_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Militants ambushed pro-army forces near Gorom-Gorom in Burkina Faso. The village of Diberi, north of "
            "Gorom-Gorom, was attacked again.")
    mentions = [m for m in _mentions(places_nlp, text) if m.place.name == "Gorom-Gorom"]
    assert len(mentions) == 2


@pytest.mark.model
def test_places_a_big_city_of_the_articles_country_needs_no_cue(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "Davao" left untagged as the modifier of "market bombing": a city everyone knows in the Philippines
    text = ("The Philippines has seen the siege of Marawi; the September 2016 Davao market bombing killed 15 "
            "people in the Philippines.")
    assert "Davao" in {m.place.name for m in _mentions(places_nlp, text)}


@pytest.mark.parametrize(("name", "country"), [
    ("Qardho", "SO"), ("Gardo", "SO"), ("Meluco", "MZ"), ("Shariff Aguak", "PH"), ("Darra Adam Khel", "PK"),
    ("Albukamal", "SY"),
])
def test_places_district_towns_of_the_affiliates_areas_resolve(name: str, country: str) -> None:
    place = resolve_place(name, [country])
    assert place is not None and place.country == country and place.lat is not None


@pytest.mark.model
def test_a_transliterated_place_is_named_as_the_text_writes_it(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Puntland forces met in Garowe on Monday. Garowe is the capital of Puntland.", "t",
                       "2025-09-29"))
    places, _ = place_entity_mentions(doc._.place_mentions, doc._.entity_mentions)
    names = {m.canonical for m in places if m.type == "location"}
    assert "Garowe" in names and "Garoowe" not in names


@pytest.mark.model
def test_a_list_of_places_tagged_as_an_organisation_is_the_places(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The ADF attacked several localities of Beni and Lubero territories, in North Kivu "
                            "province, on Monday.", "t", "2025-08-18"))
    places, actors = place_entity_mentions(doc._.place_mentions, doc._.entity_mentions)
    names = {m.canonical for m in [*places, *actors]}
    assert {"Beni", "Lubero"} <= names and "Beni and Lubero" not in names


@pytest.mark.model
def test_a_lowercase_type_word_is_no_part_of_a_places_mention(nlp: Language) -> None:
    text = ("Troops repelled an attack in Irumu territory, in Ituri province, on Monday. "
            "Kirkuk province police said a bomb went off in Kirkuk.")
    doc = nlp(make_doc(nlp, text, "t", "2025-08-18"))
    places, _ = place_entity_mentions(doc._.place_mentions, doc._.entity_mentions)
    forms = {m.text for m in places}
    assert {"Irumu", "Ituri"} <= forms
    # the whole phrase is a mention of the same place too ("attacks in the Bari region")
    assert "Ituri province" in forms
    assert len({m.entity_id for m in places if m.text in ("Ituri", "Ituri province")}) == 1
    for m in places:
        assert text[m.start:m.end] == m.text  # the evidence offsets follow the shorter mention
    # the province keeps its word where the bare name is the city's, another entity of the same text
    assert "Kirkuk province" in forms
    assert len({m.entity_id for m in places if m.text == "Kirkuk"}) == 1


@pytest.mark.model
def test_a_council_areas_title_is_no_part_of_its_towns_mention(nlp: Language) -> None:
    text = ("Troops repelled an incursion into Damboa Local Government Area of Borno State on Friday. "
            "Soldiers were attacked at a site in Gubio LGA.")
    doc = nlp(make_doc(nlp, text, "t", "2025-08-18"))
    places, _ = place_entity_mentions(doc._.place_mentions, doc._.entity_mentions)
    forms = {m.text for m in places}
    assert {"Damboa", "Gubio"} <= forms
    assert len({m.entity_id for m in places if m.text.startswith("Damboa")}) == 1
    for m in places:
        assert text[m.start:m.end] == m.text


@pytest.mark.model
def test_a_place_hyphened_to_a_tie_is_no_location(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Iranian forces arrested 10 Israel-tied Daesh members and US-backed fighters in Tehran on Sunday."
    found = {m.place.name for m in _mentions(places_nlp, text)}
    assert "Tehran" in found and not found & {"Israel", "United States"}


@pytest.mark.parametrize(("context", "country"), [
    # two shores: the first of shared_by (Nigeria's side, where most reports are); none: the entry's own
    (["NG"], "NG"), (["NE"], "NE"), (["NG", "CM"], "NG"), (["CM", "TD"], "TD"), (["IQ"], "TD"),
])
def test_a_lake_several_countries_border_is_in_the_texts_own(context: list[str], country: str) -> None:
    lake = resolve_place("Lake Chad", context)
    assert lake is not None and lake.country == country


@pytest.mark.model
def test_a_shared_name_on_a_page_naming_no_country_is_read_by_its_other_places(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Police arrested seven men in raids across Punjab, in Bahawalpur and Multan, on Monday."
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert found["Punjab"] == "PK"
    # a page that names its country keeps the country's reading
    found = {m.text: m.place.country for m in _mentions(places_nlp, "Police in Punjab, India, arrested two men.")}
    assert found["Punjab"] == "IN"


@pytest.mark.parametrize(("name", "country"), [
    ("Mindanao", "PH"), ("Sumatra", "ID"), ("Java", "ID"), ("Dagestan", "RU"), ("Chechnya", "RU"),
    ("Waziristan", "PK"),
])
def test_the_affiliates_islands_and_regions_are_places(name: str, country: str) -> None:
    place = resolve_place(name)
    assert place is not None and place.country == country and place.lat is not None


@pytest.mark.model
def test_a_hyphenated_place_name_ner_cuts_at_the_hyphen_is_the_whole_name(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Afghan forces said the commander was shot dead in Mazar-i-Sharif, the capital of Balkh province."
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Mazar-i-Sharif") == "AF" and "Mazar" not in found


@pytest.mark.model
def test_a_country_ner_tags_as_an_organisation_still_says_where_the_article_is(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    # two real sentences (International Insider): "Niger" is tagged ORG beside Nigeria; Diffa is still Niger's
    text = ("Boko Haram terrorists have clashed with government forces in Diffa, the most crowded city in the "
            "southwest of Niger, in what the jihadists called a successful attack on a military camp. Since 2009, "
            "Boko Haram's insurgency has caused over 36,000 casualties in Nigeria and displaced nearly two million "
            "people.")
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Diffa") == "NE"


@pytest.mark.model
def test_a_village_is_no_well_known_city_abroad(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # Handa (Japan) lists "Manda" among its alternate names; a "village" in a Sahel report is not it, nor does it
    # make the article one about Japan
    text = ("Militants attacked army posts in the Tillabéri region. On June 21, gunmen opened fire inside a mosque "
            "in Manda village, killing over 70.")
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert "JP" not in found.values() and found.get("Tillabéri") == "NE"


def test_a_curated_name_beats_a_geonames_alternate_name() -> None:
    # GeoNames lists "White House" among Casablanca's alternate names
    place = resolve_place("White House")
    assert place is not None and place.country == "US"


def test_a_name_listed_after_a_locative_word_is_after_it_too(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # NER tags the third name of the list a person; the locative "in" before the list makes each a town
    text = ("The Malian Armed Forces repelled attacks on four military positions situated in Labbezagan, Gossi, "
            "Tessalit, and Ménaka in Mali.")
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Tessalit") == "ML" and found.get("Ménaka") == "ML"


def test_district_seats_with_no_population_are_in_the_gazetteer() -> None:
    place = resolve_place("Tessalit", ("ML",))
    assert place is not None and place.country == "ML"


def test_a_country_named_only_in_its_forces_name_says_where_the_article_is(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    # NER tags "Kasese" a nationality; no country is named but in the army's name
    text = ("In a recent operation on Lake Edward in Kasese, the Uganda Peoples Defence Forces (UPDF) confirmed the "
            "elimination of two ADF rebels.")
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Kasese") == "UG"


def test_a_town_tagged_with_its_bracketed_province_is_the_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The coalition carried out airstrikes on new camps of ADF enemies, identified in the territory of Beni "
            "(North Kivu) and in the Ituri province of the Democratic Republic of the Congo.")
    found = {m.text: m.place.country for m in _mentions(places_nlp, text)}
    assert found.get("Beni") == "CD"


def test_a_town_no_gazetteer_places_is_still_a_location_entity(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp.make_doc("ADF rebels killed ten people in the village of Kandoyi, near Beni, on Sunday.")
    doc._.reference_date = "2024-03-24"
    doc = places_nlp(doc)
    unplaced = {m.text for m in doc._.unplaced_names}
    assert "Kandoyi" in unplaced and not {m.text for m in doc._.place_mentions} & unplaced
    found, _ = place_entity_mentions(doc._.place_mentions, [], doc._.unplaced_names)
    assert ("Kandoyi", "location") in {(m.canonical, m.type) for m in found}


def test_an_unplaced_name_an_actor_covers_stays_the_actors() -> None:
    from sitroom.models import EntityMention

    actor = EntityMention("ISWAP", 0, 5, "Islamic State West Africa Province", "armed_group", "e1")
    unplaced = [EntityMention("ISWAP", 0, 5, "ISWAP", "location", "e2")]
    found, kept = place_entity_mentions([], [actor], unplaced)
    assert found == [] and kept == [actor]


def test_places_a_name_the_ner_typed_otherwise_is_the_place_of_that_name() -> None:
    from sitroom.models import EntityMention, Place, PlaceMention

    province = Place(id="p1", name="Maguindanao del Norte", country="PH", lat=7.2, lon=124.3, precision="province",
                     feature="province")
    person = EntityMention("Maguindanao del Norte", 0, 21, "Maguindanao del Norte", "person", "e-person")
    found, kept = place_entity_mentions([PlaceMention("MAGUINDANAO DEL NORTE", 40, 61, province)], [person])
    assert [(m.type, m.entity_id) for m in kept] == [(found[0].type, found[0].entity_id)]


def test_places_one_unknown_name_typed_two_ways_is_one_entity() -> None:
    from sitroom.models import EntityMention

    site = EntityMention("Orangi Town", 0, 11, "Orangi Town", "facility", "e-fac")
    body = EntityMention("Orangi Town", 50, 61, "Orangi Town", "organization", "e-org")
    known = EntityMention("Iraqi Security Forces", 70, 91, "Iraqi Security Forces", "armed_group", "e-isf",
                          kb_id="iraqi_security_forces")
    _, kept = place_entity_mentions([], [site, body, known])
    assert [m.entity_id for m in kept] == ["e-fac", "e-fac", "e-isf"]


def test_places_a_foreign_small_town_by_a_name_not_its_own_is_no_place_of_the_text() -> None:
    # a Peshawar neighbourhood and a Borno village the gazetteer does not know
    assert resolve_place("Chamkani", ["PK"]) is None
    assert resolve_place("Dagumba", ["NG"]) is None
    # the document's own towns, and a foreign town by its own name, still resolve
    damasak, tessalit = resolve_place("Damasak", ["NG"]), resolve_place("Tessalit", ["NG"])
    assert damasak is not None and damasak.country == "NG"
    assert tessalit is not None and tessalit.country == "ML"


@pytest.mark.model
def test_a_page_naming_only_regions_is_about_their_country(nlp: Language) -> None:
    # no country and no big city on the page: Puntland says it is Somalia, so its Bari is the Somali region
    doc = nlp(make_doc(nlp, "Puntland forces kill ISIS members in Bari region. The Puntland Security Forces (PSF) "
                            "say they have killed ISIS members.", "t", "2025-08-18"))
    assert {(pm.text, pm.place.country) for pm in doc._.place_mentions} == {("Puntland", "SO"), ("Bari", "SO")}


def test_an_untagged_name_word_is_a_capitalised_proper_noun_or_any_capitalised_word_inside_a_sentence(
    nlp: Language,
) -> None:
    doc = nlp(make_doc(nlp, "Gunmen attacked Sabon Gari on Monday, killing 5 people.", "d1", "2024-03-26"))
    expected = [t.ent_type_ in _NOT_NAME_LABELS and t.text[:1].isupper()
                and t.is_alpha and (t.pos_ == "PROPN" or not t.is_sent_start) for t in doc]
    assert [_untagged_name_word(t) for t in doc] == expected
    assert not _untagged_name_word(doc[1])  # "attacked": lower case
    assert not _untagged_name_word(doc[-2])  # "people"


@pytest.mark.model
def test_a_country_by_its_initials_the_ner_left_untagged_is_the_country(nlp: Language) -> None:
    # "in eastern DRC": NER tags no entity there, yet the initials name the country as its full name would
    doc = nlp(make_doc(nlp, "The army killed another rebel commander in eastern DRC on Sunday.", "t", "2023-07-10"))
    assert [(pm.text, pm.place.country) for pm in doc._.place_mentions] == [("DRC", "CD")]
    # a body named by the initials stays a body ("the DRC Army"), and lower-case words are no initials
    doc = nlp(make_doc(nlp, "The DRC Army said the drc was calm.", "t", "2023-07-10"))
    assert doc._.place_mentions == []


def test_places_a_camp_written_without_its_word_is_named_with_it(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # the camp's name carries its word, as reports name it, where a page writes "al-Hol" alone
    names = {m.place.name for m in _mentions(places_nlp, "Thousands of women remain in al-Hol, officials said.")}
    assert names == {"al-Hol camp"}


def _body(text: str, start: int, kind: str) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type=kind,
                         entity_id=stable_id("entity", kind, text))


def test_places_a_council_area_run_on_into_its_state_is_the_town() -> None:
    # "in Geidam and Gujba Local Government Areas of Yobe State" tagged one body; "Buni Yadi, Gujba LGA of Yobe
    # state" with the council tagged a person: each is the council's town, under its own name
    found, kept = place_entity_mentions([], [_body("Gujba Local Government Areas of Yobe State", 10, "organization"),
                                             _body("Kaga LGA", 80, "person")], [])
    assert {m.canonical for m in found} == {"Gujba", "Kaga"}
    assert {"Gujba", "Kaga"} <= {m.text for m in found}
    assert all(m.type == "location" for m in found)
    assert kept == []


def test_places_a_person_whose_name_ends_in_no_council_word_stays_a_person() -> None:
    found, kept = place_entity_mentions([], [_body("Musa Kaga", 0, "person")], [])
    assert found == []
    assert [m.canonical for m in kept] == ["Musa Kaga"]


def test_places_an_unplaced_name_written_as_a_person_of_the_page_is_the_person() -> None:
    from sitroom.resolve.places import _person_named

    def m(text: str, canonical: str, kind: str) -> EntityMention:
        return EntityMention(text=text, start=0, end=len(text), canonical=canonical, type=kind,
                             entity_id=f"{kind}:{canonical}")

    person = m("Mehdi Yakus", "Mehdi Yakus", "person")
    found = _person_named(m("Yakus", "Yakus", "location"), [person])
    assert found is not None and found.entity_id == person.entity_id
    # a well-known figure's surname the NER took for a place, the page naming him so only
    famous = _person_named(m("Museveni", "Museveni", "location"), [])
    assert famous is not None and famous.canonical == "Yoweri Museveni"
    assert _person_named(m("Kibibi", "Kibibi", "location"), [person]) is None


# A town whose name holds an apostrophe ("N’Djamena", "Sana'a") is a name word like any other, so the town a post is
# named after is found after the post.

def _places(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text)


@pytest.mark.model
def test_a_town_with_an_apostrophe_after_a_post_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "Chad and Nigeria sent troops. The Chief of Military Public Information Officer "
                                "N’Djamena, Lieutenant Colonel Kamarudeen Adegoke, said so.")
    assert found.get("N’Djamena") == "TD"
    # a word with an apostrophe at its edge is no name word of a town
    assert "Officer" not in _places(places_nlp, "Chad sent troops. The Officers’ Mess was closed on Monday.")


# The town a distance or a bearing is measured from ("52 kilometres south-west of Torodi", "31 km NE of Biu") is a
# place whatever label the NER gave it; an extent ("square kilometers of Jazira") is no such distance.

@pytest.mark.model
def test_the_town_a_bearing_is_measured_from_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "The attack happened near Koutougou, a town located 52 kilometres south-west of "
                                "Torodi, in the Tillaberi region of Niger.")
    assert found.get("Torodi") == "NE"
    found = _places(places_nlp, "The base at Mararaba Kimba (31 km NE of Biu) was overrun by insurgents in Borno, "
                                "Nigeria.")
    assert found.get("Biu") == "NG"


@pytest.mark.model
def test_an_extent_is_no_distance(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _places(places_nlp, "There are sleeper cells in the thousands of square kilometers of Jazira, the "
                                "desert west of Baghdad in Iraq.")
    assert "Jazira" not in found


# Garrison and market towns of the fighting that the GeoNames extracts lack (Pulka, Waza, Boga, Talataye) or hold only
# as a foreign namesake (Tapah, read as India's Tapa) are curated places of their country.

def test_conflict_towns_resolve_in_their_country() -> None:
    for name, country in (("Pulka", "NG"), ("Waza", "CM"), ("Boga", "CD"), ("Talataye", "ML"), ("Tapah", "MY")):
        place = resolve_place(name, (country,))
        assert place is not None and place.country == country and place.lat is not None, name


@pytest.mark.model
def test_a_curated_town_is_found_in_text(places_nlp) -> None:  # type: ignore[no-untyped-def]
    doc = places_nlp("Troops repelled attacks in Mandaragirau and Pulka in Borno State, Nigeria.")
    assert "Pulka" in {m.place.name for m in doc._.place_mentions}


# Nigeria's council areas as outlets write them, "Damboa Local Government" (no "Area"), "Gwoza Local Council", a
# council the NER ran on into its state ("Marte Local Government Area of Borno", one ORG), and a council's words in
# lower case after a name the NER cut ("the Augie local government area").

def _place_names_on_2024_05_15(nlp, text: str) -> dict[str, str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-05-15"
    doc = nlp(doc)
    return {m.text: m.place.name for m in doc._.place_mentions}


@pytest.mark.model
def test_a_council_written_without_area_is_its_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _place_names_on_2024_05_15(
        places_nlp, "Troops repelled attacks in Yobe state and Damboa Local Government where several "
                    "were killed.")
    assert "Damboa" in found.values()


@pytest.mark.model
def test_a_council_run_on_into_its_state_is_two_places(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _place_names_on_2024_05_15(places_nlp, "Troops arrested 57 others in Marte Local Government Area of Borno.")
    assert "Marte" in found.values() and "Borno State" in found.values()
    found = _place_names_on_2024_05_15(
        places_nlp, "Ten were killed at Mandara mountains of Gwoza Local Council of Borno State in "
                    "Nigeria.")
    assert "Gwoza" in found.values() and "Borno State" in found.values()
    # a body named after the state's councils is no place
    assert "Borno State" not in _place_names_on_2024_05_15(
        places_nlp, "The Borno State Local Government Service Commission met in "
                    "Nigeria.").values()


@pytest.mark.model
def test_council_words_in_lower_case_after_a_name(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _place_names_on_2024_05_15(
        places_nlp, "The attack occurred in Mera village, located in the Augie local government area "
                    "of Kebbi State, in Nigeria.")
    assert found.get("Augie") == "Augie"


# Surnames and initials the NER tags, shared lakes, "the Republic".

def _names_and_countries(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-03-24"
    return [(m.text, m.place.country) for m in nlp(doc)._.place_mentions]


@pytest.mark.model
def test_a_surname_after_a_given_name_is_no_town(places_nlp: Language) -> None:
    # "Hassan" alone is a city of India; after "Jamilu" it is a man's name (the NER tags only the surname)
    found = _names_and_countries(
        places_nlp, "They launched the attack on Sunday, firing sporadically and killing one Jamilu Hassan.")
    assert ("Hassan", "IN") not in found
    # a city named without a given name before it stays a place
    assert ("Mosul", "IQ") in _names_and_countries(places_nlp, "The army said Mosul was calm on Sunday.")
    # nor does a body's word before a town make it a surname (the NER tags "Embassy Niamey" a person)
    doc = places_nlp.make_doc("United States Embassy Niamey strongly condemns the attacks.")
    assert not _after_given_name(doc[3:4])
    assert _after_given_name(places_nlp.make_doc("They killed one Jamilu Hassan.")[4:5])


@pytest.mark.model
def test_initials_are_no_town_by_an_alias(places_nlp: Language) -> None:
    # "BIR" (Cameroon's rapid intervention battalion) is an alternate name of Beed, India
    found = _names_and_countries(
        places_nlp, "On the same night clashes took place between elements of the BIR and the ISWAP "
                    "faction.")
    assert all(country != "IN" for _name, country in found)
    # a country's initials stay the country
    assert ("DRC", "CD") in _names_and_countries(places_nlp, "Ugandan troops crossed into the DRC on Sunday.")


@pytest.mark.model
def test_a_shared_lake_is_the_first_listed_of_the_texts_countries() -> None:
    # an MNJTF release naming Nigeria and Chad tells of the lake's Nigerian side (Borno's islands)
    lake = resolve_place("Lake Chad", ("TD", "NG"))
    assert lake is not None and lake.country == "NG"
    # one bordering country named: that one; none: the lake's own entry
    only = resolve_place("Lake Chad", ("TD", "US"))
    assert only is not None and only.country == "TD"
    bare = resolve_place("Lake Chad")
    assert bare is not None and bare.country == "TD"


@pytest.mark.model
def test_a_shared_lake_keeps_its_listed_country_whichever_side() -> None:
    # the events take the side the text tells of; the place itself is the gazetteer's, one country on every page
    nigerian = resolve_place("Lake Chad", ("NG",))
    assert nigerian is not None and (nigerian.country, nigerian.listed_country) == ("NG", "TD")
    town = resolve_place("Maiduguri", ("NG",))
    assert town is not None and town.listed_country is None


@pytest.mark.model
def test_the_republic_is_a_state_not_a_town() -> None:
    # "President of the Republic": Republic, Missouri is not meant
    assert resolve_place("Republic", ("US", "FR")) is None
    assert resolve_place("Central African Republic") is not None


@pytest.mark.model
def test_the_affiliates_border_villages_are_placed_in_their_country(places_nlp: Language) -> None:
    # villages no GeoNames extract lists, named in reports from across a border: each stays in its own country
    found = _names_and_countries(
        places_nlp, "Ugandan troops crossed into Congo at Kasindi, while in Niger gunmen struck Inates "
                    "and an army patrol was ambushed near Tongo Tongo.")
    assert {("Kasindi", "CD"), ("Inates", "NE"), ("Tongo Tongo", "NE")} <= set(found)
    assert resolve_place("Nangade", ("MZ",)) is not None
    banibangu = resolve_place("Banibangu", ())
    assert banibangu is not None and banibangu.country == "NE"


@pytest.mark.model
def test_a_curated_village_does_not_swallow_a_longer_name(places_nlp: Language) -> None:
    # the negative case: a word that only shares a stem with a curated village is no place
    assert _names_and_countries(places_nlp, "The Tongo family ran the market for decades.") == []


@pytest.mark.model
def test_bagas_chadian_namesake_is_one_name(places_nlp: Language) -> None:
    found = _names_and_countries(places_nlp,
                                 "Suicide bombers struck the Chadian lakeside town of Baga Sola on Saturday.")
    assert ("Baga Sola", "TD") in found
    # the negative case: Nigeria's Baga keeps its own country
    assert ("Baga", "NG") in _names_and_countries(places_nlp, "Fighters overran the army base in Baga in Borno state.")


# The Lake Chad Basin is a place of its own in the gazetteer, apart from the lake (the outlets that name both keep
# them apart), while "the Lake Chad region" stays the lake's.

def test_the_basin_and_the_lake_are_two_places() -> None:
    basin = resolve_place("Lake Chad Basin")
    lake = resolve_place("Lake Chad")
    region = resolve_place("Lake Chad region")
    assert basin is not None and lake is not None and region is not None
    assert (basin.name, lake.name, region.name) == ("Lake Chad Basin", "Lake Chad", "Lake Chad")
    assert basin.id != lake.id
    assert basin.country == lake.country == "TD"


def test_a_page_naming_both_has_two_entities() -> None:
    from sitroom.models import PlaceMention
    from sitroom.resolve.places import place_entity_mentions

    basin = resolve_place("Lake Chad Basin")
    lake = resolve_place("Lake Chad")
    assert basin is not None and lake is not None
    # "fighters fled across the Lake Chad Basin ... three islands of Lake Chad"
    found, _ = place_entity_mentions([PlaceMention("Lake Chad Basin", 24, 39, basin),
                                      PlaceMention("Lake Chad", 90, 99, lake)], [])
    assert sorted(m.canonical for m in found) == ["Lake Chad", "Lake Chad Basin"]
    assert len({m.entity_id for m in found}) == 2


# Places the sentence calls provinces: a name a lower-case "province" governs is the province of that name, not its
# namesake capital; a group's "Province" is not.

def _place_names_and_precisions(nlp, text: str) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-03-03"
    return {m.text: (m.place.name, m.place.precision) for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_the_province_of_a_name_is_the_province(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _place_names_and_precisions(places_nlp,
                                        "Gunmen killed five fighters in the eastern province of Deir ez-Zor on Sunday.")
    assert found["Deir ez-Zor"][1] == "province"


@pytest.mark.model
def test_names_listed_before_provinces_are_provinces(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _place_names_and_precisions(
        places_nlp, "The cell carried out attacks on patrols across Idlib and Aleppo provinces in "
                    "northern Syria.")
    assert found["Idlib"][1] == found["Aleppo"][1] == "province"


@pytest.mark.model
def test_a_town_named_alone_stays_the_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _place_names_and_precisions(
        places_nlp, "Fighters attacked a checkpoint in Deir ez-Zor on Sunday, the provincial police "
                    "said.")
    assert found["Deir ez-Zor"][1] == "point"


# A curated province named after its seat town is placed at that town.

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
def test_a_page_naming_no_country_is_about_the_country_of_its_curated_places(
    places_nlp, text: str, town: str) -> None:  # type: ignore[no-untyped-def]
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
def test_the_towns_a_route_joins_are_places_whatever_the_ner_made_of_them(
    places_nlp, text: str, towns) -> None:  # type: ignore[no-untyped-def]
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
def test_the_town_a_unit_or_post_is_named_after_is_a_place(places_nlp, text: str,
                                                           town) -> None:  # type: ignore[no-untyped-def]
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
def test_a_site_named_after_its_town_names_the_town(places_nlp, text: str,
                                                    town) -> None:  # type: ignore[no-untyped-def]
    assert town in _found(places_nlp, text)


@pytest.mark.model
def test_a_site_named_after_a_person_names_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "The victims were taken to Aminu Kano Teaching Hospital in Nigeria."
    assert _found(places_nlp, text) == {("Nigeria", "NG")}


@pytest.mark.model
def test_a_list_of_names_after_a_locative_word_read_as_appositions_is_after_it(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("The group carried out attacks on communities in Damasak, Geidam, Mallam Fatori, and Diffa in Nigeria "
            "and Niger.")
    assert ("Geidam", "NG") in _found(places_nlp, text)


def test_tessit_is_the_gao_region_town_not_the_geonames_point_140_km_west() -> None:
    tessit = resolve_place("Tessit", ["ML"])
    assert tessit is not None and tessit.lat is not None and tessit.lon is not None
    assert haversine_km(tessit.lat, tessit.lon, 15.01, 0.97) < 10


# Places the text calls by their kind though the NER tagged them a body or a person.

def _found_of_mentions(nlp, text: str) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(m.place.name, m.place.country) for m in _mentions(nlp, text)}


@pytest.mark.model
def test_a_council_area_after_a_comma_or_a_motion_word_is_its_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "Augie LGA" / "Augie Local Government Area" come out ORG, with no locative word before them
    text = ("Gunmen killed vigilantes in Morai village, Augie Local Government Area of Kebbi State, Nigeria. "
            "The army then deployed troops to Augie LGA in Kebbi State.")
    assert ("Augie", "NG") in _found_of_mentions(places_nlp, text)


@pytest.mark.model
def test_a_town_the_text_calls_a_town_is_a_place_whatever_its_label(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Nigeria, ISWAP fighters attacked Geidam town in Yobe State on Wednesday evening."
    assert ("Geidam", "NG") in _found_of_mentions(places_nlp, text)


@pytest.mark.model
def test_a_kind_word_makes_no_namesake_of_another_spelling(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "Bui" is an alternate name of Bowie (USA): a district the text names is no alias of a town abroad
    text = ("Gunmen attacked villages in the Bui district of Kebbi State in Nigeria, which receives training "
            "support from the United States.")
    assert all(country != "US" or name == "United States" for name, country in _found_of_mentions(places_nlp, text))


def test_provinces_pages_name_alone_have_coordinates() -> None:
    # ISO 3166-2 gives these provinces no coordinates: a mention of them could be placed nowhere
    for name, country in (("Sindh", "PK"), ("Faryab province", "AF"), ("Bohol", "PH"), ("Kelantan", "MY"),
                          ("Kocaeli", "TR")):
        place = resolve_place(name, [country])
        assert place is not None and place.country == country and place.precision == "province", name
        assert place.lat is not None and place.lon is not None, name


def test_a_name_two_countries_share_stays_with_the_pages_country() -> None:
    # no curated entry for a name that India's Punjab or a Nigerian town bears too
    punjab = resolve_place("Punjab", ["IN"])
    assert punjab is not None and punjab.country == "IN"
    bali = resolve_place("Bali", ["NG"])
    assert bali is not None and bali.country == "NG"


def test_small_towns_of_the_affiliates_attacks_are_known() -> None:
    # towns under 15,000 inhabitants outside the small-town countries, or listed under another spelling
    for name, country in (("Ben Gardane", "TN"), ("Gossi", "ML"), ("Koure", "NE"), ("Nukhaib", "IQ"),
                          ("Sitangkai Island", "PH"), ("Mecula", "MZ")):
        place = resolve_place(name, [country])
        assert place is not None and place.country == country and place.lat is not None, name


@pytest.mark.model
@pytest.mark.parametrize("opening", [
    "GOOBJOOG NEWS | GAROWE: Security forces raided a hideout of the militants in the mountains.\n",
    "Monitoring Desk-GAROWE: Security forces raided a hideout of the militants in the mountains.\n",
    "GAROWE, 16.06.2017. /NIAT/. Security forces raided a hideout of the militants in the mountains.\n",
    "Updated November 17, 2021 02:32 am EAT - Garowe\n\nSecurity forces raided a hideout of the militants.\n",
])
def test_a_dateline_after_the_outlets_name_or_in_a_stamp_line_is_a_place(
    places_nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = opening + "Puntland said the operation in Somalia's Bari region went on for two days."
    assert ("Garoowe", "SO") in _found_of_mentions(places_nlp, text)


@pytest.mark.model
def test_a_capitalised_word_and_colon_deep_in_the_story_is_no_dateline(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Puntland said the operation in Somalia's Bari region went on for two days. " * 30
            + "\nA statement - GAROWE: the forces said nothing more.")
    assert ("Garoowe", "SO") not in _found_of_mentions(places_nlp, text)


@pytest.mark.model
def test_a_town_whose_last_word_reads_as_a_name_is_the_whole_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # NER tags only "Khan" (PERSON) of "Dera Ghazi Khan"
    found = _found_of_mentions(places_nlp,
                               "Pakistani police carried out operations from Multan, Bahawalpur, and Dera Ghazi Khan.")
    assert ("Dera Ghazi Khan", "PK") in found


@pytest.mark.model
def test_a_title_before_a_persons_name_makes_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found_of_mentions(places_nlp, "In Pakistan, Prime Minister Imran Khan spoke to reporters in Lahore.")
    assert {name for name, _ in found} <= {"Pakistan", "Lahore"}


def test_a_town_spelt_a_letter_off_in_a_country_the_page_is_about() -> None:
    from sitroom.resolve.places import _respelt_town

    for written, country, name in (("Rutbe", "IQ", "Rutba"), ("Ajdabia", "LY", "Ajdabiya"),
                                   ("Sbitla", "TN", "Sbeitla"), ("Boni Yadi", "NG", "Buni Yadi")):
        place = _respelt_town(written, frozenset({country}))
        assert place is not None and place.name == name and place.lat is not None, written
    # a short name a letter off is too often another word; nor is a town of another country read
    assert _respelt_town("Bagh", frozenset({"IQ"})) is None
    assert _respelt_town("Rutbe", frozenset({"NG"})) is None


@pytest.mark.model
def test_a_place_tagged_name_spelt_a_letter_off_is_placed(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Libya, gunmen attacked a checkpoint in Ajdabia on Monday, Libyan officials said."
    assert ("Ajdabiya", "LY") in _found_of_mentions(places_nlp, text)


def test_a_changed_consonant_makes_another_name() -> None:
    from sitroom.resolve.places import _respelt_town

    # an unknown village of Cabo Delgado is no Nacala
    assert _respelt_town("Napala", frozenset({"MZ"})) is None


@pytest.mark.model
def test_a_department_of_the_sahel_is_its_seat_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to Niger's ministry, the attack took place in the department of Tera, near the border with Mali."
    assert ("Téra", "NE") in _found_of_mentions(places_nlp, text)


# The states of north-western and central Nigeria, where ISWAP, Ansaru and the Lakurawa strike.

def _names_on_2025_07_03(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-07-03"
    return {m.place.name for m in nlp(doc)._.place_mentions}


def test_a_nigerian_state_is_a_province_of_nigeria() -> None:
    sokoto = resolve_place("Sokoto State", ["NG"])
    assert sokoto is not None and sokoto.country == "NG" and sokoto.precision == "province"
    kogi = resolve_place("Kogi", ["NG"])
    assert kogi is not None and kogi.name == "Kogi State"
    # a state named after a country keeps "State": the bare name is the country
    niger = resolve_place("Niger", ["NG"])
    assert niger is not None and niger.country == "NE"


@pytest.mark.model
def test_a_state_after_a_local_government_area_the_ner_took_for_an_organisation(
    places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "Gunmen killed 15 people in an attack on a village in Tangaza Local Government Area of Sokoto State."
    assert "Sokoto State" in _names_on_2025_07_03(places_nlp, text)


# A province placed at the city it is named after, datelines with the outlet in brackets, and the other prepositions
# of place before a town the NER tags as a person or an organisation.

def test_a_province_without_coordinates_is_placed_at_its_namesake_seat() -> None:
    konya = resolve_place("Konya province", ["TR"])
    assert konya is not None and konya.precision == "province"
    assert konya.lat is not None and konya.lon is not None
    assert abs(konya.lat - 37.87) < 0.1 and abs(konya.lon - 32.48) < 0.1
    # a province named otherwise than its seat (Hatay's is Antakya) stays without a point (Kocaeli, Izmit's, is
    # curated since with its coordinates)
    hatay = resolve_place("Hatay province", ["TR"])
    assert hatay is not None and hatay.precision == "province" and hatay.lat is None
    # the city keeps winning its bare name
    city = resolve_place("Konya", ["TR"])
    assert city is not None and city.precision == "point"


def _names_on_2025_01_09(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-01-09"
    return {m.place.name for m in nlp(doc)._.place_mentions}


@pytest.mark.model
@pytest.mark.parametrize("opening", ["Garowe (HOL) — ", "Garowe - (Puntland Mirror) ", "Garowe, Somalia| "])
def test_a_title_case_dateline_with_the_outlet_in_brackets_is_a_place(
    places_nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = opening + "Puntland forces in Somalia captured two Islamic State leaders on Tuesday."
    assert "Garoowe" in _names_on_2025_01_09(places_nlp, text)


@pytest.mark.model
def test_a_name_and_its_initials_in_brackets_is_no_dateline(places_nlp) -> None:  # type: ignore[no-untyped-def]
    assert _names_on_2025_01_09(places_nlp,
                                "Islamic State (IS) - a group active in Somalia - claimed the attack.") <= {"Somalia"}


@pytest.mark.model
def test_a_town_after_from_is_a_place_in_the_articles_country(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Uganda's army said it captured an ADF camp. Addressing journalists from Bundibugyo shortly after "
            "visiting the camp, the commander said the force had taken it.")
    assert "Bundibugyo" in _names_on_2025_01_09(places_nlp, text)
    # the same name as the subject of a sentence, with no preposition of place, is not read as the town
    text = "Uganda's army said it captured an ADF camp. Bundibugyo told journalists the force had taken it."
    assert "Bundibugyo" not in _names_on_2025_01_09(places_nlp, text)


@pytest.mark.model
def test_a_place_hyphened_to_based_is_a_place_of_the_page(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Abdullah Khan, director of the Islamabad-based Pakistan Institute for Conflict and Security Studies, "
            "said the group was weakened in Pakistan.")
    assert "Islamabad" in _names_on_2025_01_09(places_nlp, text)
    # a tie that names a party, not where someone is, stays out
    assert "Israel" not in _names_on_2025_01_09(places_nlp,
                                                "Israel-tied Daesh elements were arrested in Iran on Monday.")


def test_locates_someone_reads_the_hyphened_word() -> None:
    from sitroom.resolve.places import locates_someone

    text = "a Kabul-based analyst and US-backed fighters"
    assert locates_someone(text, text.index("Kabul") + len("Kabul"))
    assert not locates_someone(text, text.index("US") + len("US"))


def test_names_a_ban_reads_the_words_before_the_place() -> None:
    from sitroom.resolve.places import names_a_ban

    text = "a cell of the Islamic State terrorist organization (outlawed in Russia) in Rostov, banned in the UK"
    assert names_a_ban(text, text.index("Russia"))
    assert names_a_ban(text, text.index("UK"))
    assert not names_a_ban(text, text.index("Rostov"))


# Two towns a slash joins ("Biu/Damboa road"), which the model reads as one organisation's name, are each a place.

def _places_on_2021_10_29(nlp, text: str) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    return place_countries(nlp, text, "2021-10-29")


@pytest.mark.model
def test_each_of_two_towns_a_slash_joins_is_a_place(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # the model reads the pair as one organisation's name
    found = _places_on_2021_10_29(places_nlp, "Troops repelled an attack on Biu/Damboa road in Borno.")
    assert found.get("Biu") == "NG" and found.get("Damboa") == "NG"
    # a photo credit's person and agency stay what they are
    assert _places_on_2021_10_29(
        places_nlp, "Photo: Jonathan Ernst/AFP. Troops killed five insurgents in Borno.") == {"Borno": "NG"}


def _countries(nlp: Language, text: str) -> dict[str, str | None]:
    doc = nlp.make_doc(text)
    doc._.reference_date = "2020-01-13"
    return {m.text: m.place.country for m in nlp(doc)._.place_mentions}


@pytest.mark.model
def test_a_lake_several_countries_border_on_a_page_naming_no_country_is_on_the_side_most_reports_are_about(
    places_nlp: Language,
) -> None:
    text = "The Air Task Force neutralised an ISWAP commander in an airstrike on a hideout in the Lake Chad Basin."
    assert _countries(places_nlp, text)["Lake Chad Basin"] == "NG"


@pytest.mark.model
def test_a_lake_on_a_page_naming_one_of_its_states_is_on_that_side(places_nlp: Language) -> None:
    text = "Chadian troops repelled an attack on an island in Lake Chad on Monday."
    assert _countries(places_nlp, text)["Lake Chad"] == "TD"


@pytest.mark.model
def test_a_city_listed_among_villages_no_gazetteer_knows_is_a_village_of_theirs(places_nlp: Language) -> None:
    text = "Troops of Operation Hadin Kai cleared terrorist hideouts in Tamsu Ngamdu, Dalakaleri, and Gaza in Borno."
    assert "Gaza" not in _countries(places_nlp, text)


@pytest.mark.model
def test_a_city_listed_among_known_towns_is_still_that_city(places_nlp: Language) -> None:
    text = "Israeli strikes hit Gaza, Rafah and Khan Younis on Monday."
    assert _countries(places_nlp, text).get("Gaza") == "PS"


# A town spelt a vowel off is read as a gazetteer town only where names are transliterated.

def test_a_village_a_vowel_off_an_american_town_is_not_that_town() -> None:
    # "ADF men attacked the village of Kisima": a page about Congo that also names the US
    assert _respelt_town("Kisima", frozenset({"US"})) is None
    place = _respelt_town("Kisima", frozenset({"CD", "US"}))
    assert place is None or place.country == "CD"


def test_a_borno_village_a_vowel_off_an_indian_town_is_not_that_town() -> None:
    assert _respelt_town("Musari", frozenset({"NG", "IN"})) is None


def test_a_transliterated_name_a_vowel_off_is_still_the_town() -> None:
    for written, country, name in (("Makhackala", "RU", "Makhachkala"), ("Sbitla", "TN", "Sbeitla"),
                                   ("Miudumbe", "MZ", "Muidumbe")):
        place = _respelt_town(written, frozenset({country, "US"}))
        assert place is not None and place.name == name, written


# Provinces and regions of the affiliates' countries, and places the gazetteer lacked under the pages' names.

@pytest.mark.parametrize(("name", "country", "lat", "lon"), [
    ("Punjab", "PK", 31.17, 72.71),
    ("Punjab", "IN", 30.79, 75.84),
    ("Bali", "ID", -8.42, 115.19),
    ("Tawi-Tawi", "PH", 5.03, 119.77),
])
def test_a_province_named_after_no_town_is_placed_at_its_centre(
    name: str, country: str, lat: float, lon: float,
) -> None:
    place = resolve_place(name, [country])
    assert place is not None and place.country == country and place.precision == "province"
    assert place.lat is not None and place.lon is not None
    assert haversine_km(place.lat, place.lon, lat, lon) < 5


def test_a_province_centre_leaves_the_choice_of_the_namesake_alone() -> None:
    # Nigeria's town a vowel off "Bali" stays what a Nigerian page means by it
    place = resolve_place("Bali", ["NG"])
    assert place is not None and place.country == "NG" and place.precision == "point"


def test_puntland_is_placed_at_its_capital_garowe() -> None:
    puntland = resolve_place("Puntland", ["SO"])
    garowe = resolve_place("Garowe", ["SO"])
    assert puntland is not None and garowe is not None
    assert puntland.lat is not None and puntland.lon is not None and garowe.lat is not None and garowe.lon is not None
    assert haversine_km(puntland.lat, puntland.lon, garowe.lat, garowe.lon) < 10


@pytest.mark.parametrize(("name", "country", "place_name"), [
    ("Paktia", "AF", "Paktia Province"),
    ("Namapa", "MZ", "Namapa"),
    ("Nyiragongo territory", "CD", "Nyiragongo"),
    ("Kibaale National Park", "UG", "Kibale National Park"),
    ("Tambao", "BF", "Tambao"),
    ("Samal Island", "PH", "Samal Island"),
    ("Metro Manila", "PH", "Metro Manila"),
    ("Gowa", "ID", "Gowa"),
    ("Qurghon-Teppa", "TJ", "Bokhtar"),
])
def test_places_of_the_affiliates_regions_no_extract_names_so_are_on_the_map(
    name: str, country: str, place_name: str,
) -> None:
    place = resolve_place(name, [country])
    assert place is not None and place.name == place_name and place.country == country
    assert place.lat is not None and place.lon is not None


# An outlet's credit letters in a dateline's brackets are no place.

def _dl_places(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, "d1", "2025-03-01"))
    return {m.text: m.place.name for m in doc._.place_mentions}


def test_places_outlet_credit_in_a_dateline_is_no_camp(places_nlp: Language) -> None:
    found = _dl_places(places_nlp, "Garowe (HOL) — Puntland forces said on Monday they killed seven fighters in Bari.")
    assert "HOL" not in found
    assert "Garowe" in found


def test_places_al_hol_camp_written_as_a_name_is_still_a_place(places_nlp: Language) -> None:
    found = _dl_places(places_nlp, "Families were moved from the al-Hol camp in Hasakah province of Syria on Monday.")
    assert any("Hol" in name for name in found.values())


# The borderlands' posts and villages across the frontier from an affiliate's home country (data/gazetteer.toml): each
# resolves in its own country, under the spellings the outlets use.

def test_border_posts_resolve_in_their_own_country() -> None:
    for name, country in (("Koulfoua Island", "TD"), ("Ngouboua", "TD"), ("Baroua", "NE"), ("Chettimari", "NE"),
                          ("Chetimari", "NE"), ("Arege", "NG"), ("Soueram", "CM"), ("Takanamat", "NE"),
                          ("Bweramule", "UG")):
        place = resolve_place(name, ())
        assert place is not None and place.country == country and place.lat is not None, name


def test_a_ugandan_suburb_is_not_read_as_its_kenyan_namesake() -> None:
    # without the entry, "Matugga" (Wakiso, Uganda) fell to Kenya's Matuga even on a page about Uganda
    place = resolve_place("Matugga", ("UG",))
    assert place is not None and place.country == "UG"
    # the negative case: Kenya's own town keeps its country
    kenyan = resolve_place("Matuga", ("KE",))
    assert kenyan is not None and kenyan.country == "KE"


def test_lake_chad_islands_and_shore_villages_resolve_in_chad_and_cameroon() -> None:
    for name, country in (("Bohoma", "TD"), ("Kaiga Kindjiria", "TD"), ("Tetewa", "TD"), ("Litri Island", "TD"),
                          ("Tchoukou Telia", "TD"), ("Darak", "CM")):
        place = resolve_place(name, ("NG",))
        assert place is not None and place.country == country, name
    # the negative case: Congo's port city Boma is no short name of Chad's Bohoma
    boma = resolve_place("Boma", ("CD",))
    assert boma is not None and boma.country == "CD"
