"""Place entity names (resolve/places, place_entity_mentions): the name a place mention gives its entity, states and
cities with or without their kind word, possessives naming an owner and the owned, and unknown names the NER cut out of
a longer place's (mentions written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import Document, EntityMention, Place, PlaceMention, stable_id
from sitroom.resolve.places import place_entity_mentions, resolve_place

# A state the page writes only with its capitalised word keeps it; a page that also writes the bare name, or the word
# in lower case, names the state bare.

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


# Place-entity names: a city the text writes with "City" after its name is named so.

MARAWI = Place(id="curated:marawi", name="Marawi", country="PH", lat=8.0, lon=124.29, feature="city")


KIRKUK = Place(id="curated:kirkuk", name="Kirkuk", country="IQ", lat=35.47, lon=44.39, feature="city")


def _at(text: str, start: int, place: Place) -> PlaceMention:
    return PlaceMention(text=text, start=start, end=start + len(text), place=place)


def test_a_city_written_with_its_city_word_is_named_so_on_every_mention() -> None:
    # "MARAWI CITY" in the dateline, "Marawi City" in the body: one entity, the chartered city's name
    found, _ = place_entity_mentions([_at("MARAWI CITY", 0, MARAWI), _at("Marawi City", 40, MARAWI)], [])
    assert {m.canonical for m in found} == {"Marawi City"}
    assert len({m.entity_id for m in found}) == 1
    # a page that also writes the bare name names the city by it (session 26: the gold does, 10 pages of 12)
    found, _ = place_entity_mentions([_at("MARAWI CITY", 0, MARAWI), _at("Marawi", 40, MARAWI)], [])
    assert {m.canonical for m in found} == {"Marawi"}
    assert len({m.entity_id for m in found}) == 1


def test_a_town_never_written_with_the_word_keeps_its_name() -> None:
    found, _ = place_entity_mentions([_at("Kirkuk", 0, KIRKUK), _at("Kirkuk city", 30, KIRKUK)], [])
    # the lower-case word only describes the town
    assert {m.canonical for m in found} == {"Kirkuk"}
    found, _ = place_entity_mentions([_at("Kirkuk", 0, KIRKUK)], [])
    assert {m.canonical for m in found} == {"Kirkuk"}


SINAI = Place(id="curated:sinai", name="Sinai Peninsula", country="EG", lat=29.5, lon=33.8, feature="region")


SUMATRA = Place(id="curated:sumatra", name="Sumatra", country="ID", lat=-0.59, lon=101.34, feature="region")


def test_a_kind_word_the_page_never_writes_is_no_part_of_the_name() -> None:
    # "militants in Sinai": the page's name, not the gazetteer's "Sinai Peninsula"
    found, _ = place_entity_mentions([_at("Sinai", 0, SINAI), _at("Sinai", 30, SINAI)], [])
    assert {m.canonical for m in found} == {"Sinai"}
    found, _ = place_entity_mentions([_at("Sinai Peninsula", 0, SINAI), _at("Sinai", 30, SINAI)], [])
    assert {m.canonical for m in found} == {"Sinai Peninsula"}  # written once: the gazetteer's name stands


def test_a_compass_word_before_a_name_makes_its_own_area() -> None:
    # "arrested in West Sumatra and South Sumatra": two provinces, neither the island
    found, _ = place_entity_mentions([_at("West Sumatra", 0, SUMATRA), _at("South Sumatra", 30, SUMATRA)], [])
    assert {m.canonical for m in found} == {"West Sumatra", "South Sumatra"}
    assert len({m.entity_id for m in found}) == 2
    # a lower-case direction only says where: "northern Sumatra" is the island
    found, _ = place_entity_mentions([_at("northern Sumatra", 0, SUMATRA), _at("Sumatra", 30, SUMATRA)], [])
    assert {m.canonical for m in found} == {"Sumatra"}


def _named(text: str, start: int, kind: str = "location") -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type=kind,
                         entity_id=stable_id("entity", kind, text))


def test_a_village_no_gazetteer_holds_is_named_without_its_kind_word() -> None:
    # "gunmen raided Babunga village"; "in Barangay Kitango"; "Abadam Local Government Area" tagged a body
    found, kept = place_entity_mentions([], [_named("Abadam Local Government Area", 60, "organization")],
                                        [_named("Babunga village", 0), _named("Barangay Kitango", 30)])
    assert {m.canonical for m in found} == {"Babunga", "Kitango", "Abadam"}
    assert {"Babunga", "Kitango", "Abadam"} <= {m.text for m in found}
    assert kept == []


def test_a_name_whose_last_word_is_its_own_stays_whole() -> None:
    # "Sambisa Forest", "Ndjamena-Chad": no village word to drop; a lower-case start is no name
    found, _ = place_entity_mentions([], [], [_named("Sambisa Forest", 0), _named("Tummunna", 30)])
    assert {m.canonical for m in found} == {"Sambisa Forest", "Tummunna"}


# Names of villages and sites the NER misses or mistypes, and the forms a page writes them in.

def _entities(text: str) -> dict[str, set[str]]:
    """Canonical name -> mention texts of the entity records the whole pipeline makes of ``text``."""
    from sitroom.annotate import build_nlp, make_doc
    from sitroom.pipeline import doc_result

    nlp = build_nlp()
    document = Document(id="d1", source_path="x.txt", text=text, reference_date="2025-05-07")
    result = doc_result(document, nlp(make_doc(nlp, text, "d1", "2025-05-07")))
    return {e.canonical: {m.text for m in e.mentions} for e in result.entities}


@pytest.mark.model
def test_a_village_the_text_calls_a_village_is_a_location_whatever_the_ner_made_of_it() -> None:
    found = _entities("The attack happened Wednesday night in Baeti village in North Kivu province. "
                      "Troops fought close to the commune of Makalondi in the Tillabéri region.")
    assert {"Baeti", "Baeti village"} <= found.get("Baeti", set())
    assert "Makalondi" in found.get("Makalondi", set())


@pytest.mark.model
def test_a_name_the_ner_took_for_a_person_is_a_location_where_something_happened_in_it() -> None:
    found = _entities("Insurgents have killed at least 23 farmers and fishermen in Malam Karanti, a remote village "
                      "near Baga.")
    assert "Malam Karanti" in found.get("Malam Karanti", set())


@pytest.mark.model
def test_a_place_is_also_named_with_its_kind_word_and_without_its_owner() -> None:
    found = _entities("Puntland forces kill ISIS members in Bari region. The fighters raided Mozambique’s Cabo "
                      "Delgado last week.")
    assert {"Bari", "Bari region"} <= found.get("Bari", set())
    assert "Cabo Delgado" in found.get("Cabo Delgado", set())


@pytest.mark.model
def test_a_named_site_is_a_facility_next_to_the_town_in_its_name() -> None:
    found = _entities("A blast near the Sakhi shrine killed five. ISIS fighters set off a bomb on a bus carrying "
                      "Kunduz airport employees. The IS blew up al-Nuri mosque. The attacker entered the Astana "
                      "Anyar police station with a motorcycle.")
    for site in ("Sakhi shrine", "Kunduz airport", "al-Nuri mosque", "Astana Anyar police station"):
        assert site in found.get(site, set()), site
    assert "Kunduz" in found.get("Kunduz", set())  # the town stays a location of its own
    assert "Sakhi" not in found and "al-Nuri" not in found  # the NER's "organisation" was the site's name


@pytest.mark.model
def test_a_known_actor_before_a_site_word_is_no_site() -> None:
    found = _entities("Troops stormed an ISIS camp near the town on Monday.")
    assert not any(name.endswith(" camp") for name in found)


def test_a_site_keeps_the_entity_the_gazetteer_gave_its_name() -> None:
    camp = Place(id="c1", name="al-Hol camp", country="SY", lat=36.4, lon=41.1, precision="point", feature="camp")
    text = "Thousands in al-Hol camp."
    site = EntityMention("al-Hol camp", 13, 24, "al-Hol camp", "facility", "e-site")
    found, _ = place_entity_mentions([PlaceMention("al-Hol", 13, 19, camp)], [], [site], text)
    assert found and {m.entity_id for m in found} == {found[0].entity_id} != "e-site"


@pytest.mark.model
def test_a_village_under_its_title_is_a_location_however_the_ner_typed_it() -> None:
    found = _entities("Troops of the 1st Mechanized Brigade were dispatched to Barangay Kitango after they reported "
                      "sightings of armed men.")
    assert {"Barangay Kitango", "Kitango"} <= found.get("Kitango", set())
    assert "Barangay Kitango" not in found  # no person of that name


def test_a_village_named_in_a_site_stays_a_location_of_its_own() -> None:
    text = "Gajibo camp was attacked."
    village = EntityMention("Gajibo", 0, 6, "Gajibo", "location", "e-village")
    site = EntityMention("Gajibo camp", 0, 11, "Gajibo camp", "facility", "e-site")
    found, _ = place_entity_mentions([], [], [village, site], text)
    assert {(m.text, m.type) for m in found} == {("Gajibo", "location"), ("Gajibo camp", "facility")}


@pytest.mark.model
def test_a_town_named_site_on_a_page_that_names_the_site_otherwise_is_no_second_site() -> None:
    found = _entities("Two explosions hit the departure hall of Zaventem airport on Tuesday. Flights to Brussels "
                      "airport were cancelled after the blasts.")
    assert "Brussels airport" not in found
    assert "Brussels" in found.get("Brussels", set())  # the town stays a location of its own


# A mention written with its owner's possessive names the owner and the owned entity (resolve/places).

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


# A state is named without its word, and a place the page spells otherwise than the gazetteer's English name is named
# as the page spells it.

SALADIN = Place(id="p:sd", name="Saladin Governorate", country="IQ", lat=34.5, lon=43.5, precision="province",
                feature="province")


SINAI_BY_PRECISION = Place(id="p:sinai", name="Sinai Peninsula", country="EG", lat=29.5, lon=33.8, precision="region")


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
    found, _ = place_entity_mentions([PlaceMention("Sinai", 0, 5, SINAI_BY_PRECISION)], [])
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


# An unknown name the NER cut out of a longer place's name yields to the place; the theatre's named areas GeoNames
# lacks are in the curated gazetteer; a macro-region the NER took for a person or a product is a location entity, with
# no place record.

AREA = Place(id="p1", name="Sample Triangle", country="NG", lat=11.0, lon=12.4, precision="province",
             feature="region")


def _org(text: str, start: int, kb_id: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=text, type="organization",
                         entity_id=f"e-{text}", kb_id=kb_id)


def test_an_unknown_name_cut_out_of_a_place_yields_to_it() -> None:
    # "Troops cleared the Sample Triangle", the NER tagging only "Triangle" as an organisation
    found, kept = place_entity_mentions([PlaceMention("Sample Triangle", 19, 34, AREA)], [_org("Triangle", 26)])
    assert [m.canonical for m in found] == ["Sample Triangle"]
    assert kept == []


def test_a_known_body_inside_a_place_name_stays() -> None:
    # a body the knowledge base knows keeps its mention, and the place yields to it as before
    found, kept = place_entity_mentions([PlaceMention("Sample Triangle", 19, 34, AREA)],
                                        [_org("Triangle", 26, kb_id="kb1")])
    assert [m.canonical for m in kept] == ["Triangle"]
    assert found == []


def test_a_name_running_past_the_place_stays() -> None:
    # "the Sample Triangle Authority said": the body's name runs past the place, which is no part cut out of it
    _, kept = place_entity_mentions([PlaceMention("Sample Triangle", 4, 19, AREA)],
                                    [_org("Triangle Authority", 11)])
    assert [m.canonical for m in kept] == ["Triangle Authority"]


def test_named_areas_of_the_theatres_are_in_the_gazetteer() -> None:
    triangle = resolve_place("Timbuktu Triangle", ["NG"])
    assert triangle is not None and triangle.country == "NG"
    semuliki = resolve_place("Semliki", ["CD"])
    assert semuliki is not None and semuliki.name == "Semuliki"
    hamrin = resolve_place("Himreen", ["IQ"])
    assert hamrin is not None and hamrin.name == "Hamrin Mountains"


@pytest.mark.model
def test_a_macro_region_the_ner_took_for_a_person_is_a_location(places_nlp: Language) -> None:
    # the model tags "Sahel" a person here, and a product in the second sentence
    for text in ("ISGS, a fledgling organization in the Sahel which holds allegiance to Abu Bakr al-Baghdadi.",
                 "The group has links to ISIS operating in the Sahel. The attack occurred on Friday."):
        doc = places_nlp(text)
        assert [(m.text, m.type) for m in doc._.unplaced_names if m.text == "Sahel"] == [("Sahel", "location")]
        assert not [m for m in doc._.place_mentions if m.text == "Sahel"]  # still no point on the map


@pytest.mark.model
def test_a_macro_region_is_no_person(ents_nlp: Language) -> None:
    text = "ISGS, a fledgling organization in the Sahel which holds allegiance to Abu Bakr al-Baghdadi."
    assert not [m for m in entity_mentions(ents_nlp, text) if m.text == "Sahel" and m.type == "person"]


def test_a_spelling_the_curated_gazetteer_lists_keeps_the_curated_name() -> None:
    # "Calmiskaad" is one of the curated spellings of the Cal Miskaad range: named by the gazetteer's name
    miskaad = resolve_place("Calmiskaad", ["SO"])
    assert miskaad is not None and miskaad.name == "Cal Miskaad"
    found, _ = place_entity_mentions([PlaceMention("Calmiskaad", 10, 20, miskaad),
                                      PlaceMention("Calmiskaad", 40, 50, miskaad)], [])
    assert {m.canonical for m in found} == {"Cal Miskaad"}


def test_a_spelling_no_curator_listed_is_named_as_written() -> None:
    # a transliteration the gazetteer knows for the place stays the page's form (the conventions' rule for most
    # places); a spelling it does not know at all is the page's slip, named by the gazetteer's name (session 49)
    town = Place(id="p3", name="Sampletown", country="NG", lat=11.0, lon=12.4, precision="point", feature="city")
    found, _ = place_entity_mentions([PlaceMention("Samppletown", 10, 21, town)], [])
    assert {m.canonical for m in found} == {"Sampletown"}


# A place written inside a longer name of a body, a road or an official's title is an entity of its own too.
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
