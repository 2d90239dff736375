"""Entity spans (sentences and mentions written for the tests): names a slash joins in one unknown name the NER
found are names of their own."""

from __future__ import annotations

from sitroom.models import EntityMention, Place, PlaceMention
from sitroom.resolve.places import place_entity_mentions

TOWN = Place(id="p2", name="Sampleville", country="UG", lat=0.5, lon=30.1, precision="point", feature="city")


def _name(text: str, start: int, kind: str = "organization", kb_id: str | None = None,
          canonical: str | None = None) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=canonical or text, type=kind,
                         entity_id=f"e-{text}", kb_id=kb_id)


def test_a_photo_credit_of_two_names_is_two_names() -> None:
    # "[Sample Press Service/Flickr]" and "Dailynews.com / Jane Sample" under a picture
    _, kept = place_entity_mentions([], [_name("Sample Press Service/Flickr", 1),
                                         _name("Dailynews.com / Jane Sample", 40)])
    assert [(m.text, m.start, m.end) for m in kept] == [
        ("Sample Press Service", 1, 21), ("Flickr", 22, 28), ("Dailynews.com", 40, 53), ("Jane Sample", 56, 67)]
    assert len({m.entity_id for m in kept}) == 4


def test_a_part_the_page_names_elsewhere_is_that_entity() -> None:
    known = _name("Sputnik", 0, kb_id="kb-sputnik", canonical="Sputnik News")
    _, kept = place_entity_mentions([], [known, _name("Sample News / Sputnik", 20)])
    assert [(m.text, m.canonical) for m in kept] == [
        ("Sputnik", "Sputnik News"), ("Sample News", "Sample News"), ("Sputnik", "Sputnik News")]
    assert kept[0].entity_id == kept[2].entity_id


def test_a_placed_part_is_left_to_the_place() -> None:
    # "killed south of Sampleville/Nobel border point": the gazetteer places the first town
    found, kept = place_entity_mentions([PlaceMention("Sampleville", 16, 27, TOWN)],
                                        [_name("Sampleville/Nobel", 16, kind="person")])
    assert [m.canonical for m in found] == ["Sampleville"]
    assert [(m.text, m.type) for m in kept] == [("Nobel", "person")]


def test_a_person_keeps_the_parts_of_its_canonical_name() -> None:
    _, kept = place_entity_mentions([], [_name("Corporal Jane Sample/Sample Corps", 0, kind="person",
                                               canonical="Jane Sample/Sample Corps")])
    assert [(m.text, m.canonical) for m in kept] == [
        ("Corporal Jane Sample", "Jane Sample"), ("Sample Corps", "Sample Corps"), ("Jane Sample", "Jane Sample")]


def test_acronym_pairs_known_bodies_and_lower_case_parts_stay_whole() -> None:
    whole = [_name("RFE/RL", 0), _name("Daesh/ISIS", 10, kb_id="kb-is"), _name("AYB/ac/APA", 30),
             _name("B/Haram", 50)]
    _, kept = place_entity_mentions([], whole)
    assert [m.text for m in kept] == ["RFE/RL", "Daesh/ISIS", "AYB/ac/APA", "B/Haram"]


NIGER = Place(id="p3", name="Niger", country="NE", lat=17.6, lon=8.1, precision="country", feature="country")
VIRGINIA_TOWN = Place(id="p4", name="Alexandria", country="US", lat=38.8, lon=-77.0, precision="point",
                      feature="city")


def test_a_place_mention_that_lists_countries_names_each() -> None:
    # "The border areas where Niger, Burkina Faso and Mali meet": the gazetteer read the first two as one place
    found, _ = place_entity_mentions([PlaceMention("Niger, Burkina Faso", 23, 42, NIGER)], [])
    assert [(m.text, m.start, m.end, m.canonical) for m in found] == [
        ("Niger", 23, 28, "Niger"), ("Burkina Faso", 30, 42, "Burkina Faso")]


def test_a_listed_town_no_gazetteer_places_is_a_name_and_the_list_no_body() -> None:
    # "attacks in Zzqa, Mubi, Adamawa": the NER tagged "Zzqa, Mubi" an organisation, the gazetteer placed it at Mubi
    mubi = Place(id="p5", name="Mubi", country="NG", lat=10.27, lon=13.26, precision="point", feature="city")
    found, kept = place_entity_mentions([PlaceMention("Zzqa, Mubi", 11, 21, mubi)], [_name("Zzqa, Mubi", 11)])
    assert sorted(m.text for m in found) == ["Mubi", "Zzqa"]
    assert kept == []


def test_a_town_and_its_state_or_postal_code_stay_one_name() -> None:
    for text in ("Alexandria, Virginia", "Alexandria, VA"):
        found, _ = place_entity_mentions([PlaceMention(text, 0, len(text), VIRGINIA_TOWN)], [])
        assert [m.text for m in found] == [text]


def _person(text: str, canonical: str, start: int = 0) -> EntityMention:
    return EntityMention(text=text, start=start, end=start + len(text), canonical=canonical, type="person",
                         entity_id=f"p-{canonical}")


def test_a_titled_person_is_also_named_by_the_words_after_the_title() -> None:
    _, kept = place_entity_mentions([], [_person("Samplian President Jane Idris Roe", "Roe", 10),
                                         _person("Air Vice Marshal Tom Sample Doe", "Sample Doe", 60)])
    assert [(m.text, m.start, m.canonical) for m in kept] == [
        ("Samplian President Jane Idris Roe", 10, "Roe"), ("Air Vice Marshal Tom Sample Doe", 60, "Sample Doe"),
        ("Jane Idris Roe", 29, "Roe"), ("Tom Sample Doe", 77, "Sample Doe")]
    assert kept[2].entity_id == kept[0].entity_id


def test_a_name_of_one_word_after_a_title_or_one_with_a_lower_case_word_adds_nothing() -> None:
    _, kept = place_entity_mentions([], [_person("President Roe", "Roe"), _person("Mr Jane of Sample", "Jane Sample"),
                                         _person("Jane Roe", "Jane Roe", 40)])
    assert [m.text for m in kept] == ["President Roe", "Mr Jane of Sample", "Jane Roe"]


def test_police_and_soldiers_ranks_of_nigerian_and_pakistani_statements_are_no_part_of_a_name() -> None:
    from sitroom.resolve.persons import strip_titles

    assert strip_titles("SP Jane Sample") == "Jane Sample"
    assert strip_titles("Havaldar Tom Sample") == "Tom Sample"
    assert strip_titles("Lance Naik Tom Sample") == "Tom Sample"
    assert strip_titles("Sepoy Tom Sample") == "Tom Sample"


def test_a_town_named_only_with_its_kind_word_is_named_by_its_name_too() -> None:
    town = Place(id="p6", name="Samplea", country="MZ", lat=-11.9, lon=40.1, precision="point", feature="city")
    found, _ = place_entity_mentions([PlaceMention("Samplea District", 13, 29, town)], [])
    assert [(m.text, m.start, m.end) for m in found] == [("Samplea District", 13, 29), ("Samplea", 13, 20)]
    assert found[0].entity_id == found[1].entity_id


def test_the_bare_name_is_left_alone_when_another_entity_is_written_so() -> None:
    town = Place(id="p7", name="Samplea", country="PH", lat=8.0, lon=124.3, precision="point", feature="city")
    other = _name("Samplea", 40)
    found, kept = place_entity_mentions([PlaceMention("Samplea City", 0, 12, town)], [other])
    assert [m.text for m in [*found, *kept]] == ["Samplea City", "Samplea"]
