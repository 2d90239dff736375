"""Rule test: the Lake Chad Basin is a place of its own in the gazetteer, apart from the lake (the outlets that
name both keep them apart), while "the Lake Chad region" stays the lake's."""

from __future__ import annotations

from sitroom.resolve.places import resolve_place


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
