"""Places, forty-third session: when the foreign-namesake rules drop a name's best gazetteer match, the page
country's town of that very name is meant."""

from __future__ import annotations

from sitroom.resolve.places import resolve_place


def test_a_town_of_the_pages_country_beats_a_foreign_namesake_the_alias_rule_drops() -> None:
    # the heaviest "Hong" is a Zürich quarter (Höngg), the heaviest "Koko" an alias of Cocoa, Florida: both are
    # dropped on a Nigerian page, where the Nigerian towns of those very names are meant
    hong = resolve_place("Hong", ("NG",))
    assert hong is not None and (hong.name, hong.country) == ("Hong", "NG")
    koko = resolve_place("Koko", ("NG",))
    assert koko is not None and (koko.name, koko.country) == ("Koko", "NG")
    assert resolve_place("Chamkani", ("PK",)) is None  # no town of the page's country bears it: still nothing
