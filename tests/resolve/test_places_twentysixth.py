"""Session 26 places: names of villages and sites the NER misses or mistypes, and the forms a page writes them in."""

from __future__ import annotations

import pytest

from sitroom.models import Document, EntityMention, Place, PlaceMention
from sitroom.resolve.places import place_entity_mentions


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
