"""Place entities, session 48 (ac; short forms written for the tests): a place a page writes only in capitals (a
dateline's "SULAIMANI –") is named by that spelling in title case, as a place written so in running text is."""

from __future__ import annotations

from sitroom.models import PlaceMention
from sitroom.resolve.places import place_entity_mentions, resolve_place


def test_a_dateline_in_capitals_gives_the_page_s_spelling_in_title_case() -> None:
    city = resolve_place("Sulaimani", ["IQ"])
    assert city is not None and city.name == "Sulaymaniyah"
    found, _ = place_entity_mentions([PlaceMention("SULAIMANI", 0, 9, city)], [])
    assert [m.canonical for m in found] == ["Sulaimani"]


def test_capitals_of_the_gazetteer_s_own_name_keep_it() -> None:
    city = resolve_place("Sulaymaniyah", ["IQ"])
    assert city is not None
    found, _ = place_entity_mentions([PlaceMention("SULAYMANIYAH", 0, 12, city)], [])
    assert [m.canonical for m in found] == ["Sulaymaniyah"]
