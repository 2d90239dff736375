"""The borderlands' posts and villages across the frontier from an affiliate's home country (data/gazetteer.toml):
each resolves in its own country, under the spellings the outlets use."""

from __future__ import annotations

from sitroom.resolve.places import resolve_place


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
