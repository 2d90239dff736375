"""Event country, fiftieth session: the countries a border is told to run with or near are the neighbours, every
one of a list of them (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-25")


@pytest.mark.model
def test_every_country_of_a_border_list_is_across(nlp: Language) -> None:
    text = ("Gunmen killed 12 soldiers in an attack on a base near the border with Mali and Burkina Faso on Friday, "
            "the Niger army said.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "BF") not in found and ("attack", "NE") in found
    text = ("Gunmen killed 12 soldiers in an attack on a base close to the country's borders with Chad, Niger and "
            "Nigeria on Friday, the Cameroonian army said.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert not found & {("attack", "TD"), ("attack", "NE"), ("attack", "NG")}


@pytest.mark.model
def test_a_border_of_countries_the_place_lies_near_is_across(nlp: Language) -> None:
    text = ("Gunmen killed 12 soldiers in an attack on a base close to the borders of Mali and Burkina Faso on "
            "Friday, the Niger army said.")
    found = {(e.type, e.country) for e in events(nlp, text)}
    assert ("attack", "BF") not in found and ("attack", "NE") in found
    text = "Gunmen killed 12 soldiers in an attack near the border of Mali on Friday, the Niger army said."
    assert ("attack", "ML") not in {(e.type, e.country) for e in events(nlp, text)}
    # on the border itself, the place may be either side: the country stays a candidate
    text = "Gunmen killed 12 soldiers in an attack on the border of Mali on Friday."
    assert ("attack", "ML") in {(e.type, e.country) for e in events(nlp, text)}
