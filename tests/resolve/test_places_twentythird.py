"""Session 23 places: a province placed at the city it is named after, datelines with the outlet in brackets,
and the other prepositions of place before a town the NER tags as a person or an organisation."""

from __future__ import annotations

import pytest

from sitroom.resolve.places import resolve_place


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



def _names(nlp, text: str) -> set[str]:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2025-01-09"
    return {m.place.name for m in nlp(doc)._.place_mentions}


@pytest.mark.model
@pytest.mark.parametrize("opening", ["Garowe (HOL) — ", "Garowe - (Puntland Mirror) ", "Garowe, Somalia| "])
def test_a_title_case_dateline_with_the_outlet_in_brackets_is_a_place(places_nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = opening + "Puntland forces in Somalia captured two Islamic State leaders on Tuesday."
    assert "Garoowe" in _names(places_nlp, text)


@pytest.mark.model
def test_a_name_and_its_initials_in_brackets_is_no_dateline(places_nlp) -> None:  # type: ignore[no-untyped-def]
    assert _names(places_nlp, "Islamic State (IS) - a group active in Somalia - claimed the attack.") <= {"Somalia"}


@pytest.mark.model
def test_a_town_after_from_is_a_place_in_the_articles_country(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Uganda's army said it captured an ADF camp. Addressing journalists from Bundibugyo shortly after "
            "visiting the camp, the commander said the force had taken it.")
    assert "Bundibugyo" in _names(places_nlp, text)
    # the same name as the subject of a sentence, with no preposition of place, is not read as the town
    text = "Uganda's army said it captured an ADF camp. Bundibugyo told journalists the force had taken it."
    assert "Bundibugyo" not in _names(places_nlp, text)


@pytest.mark.model
def test_a_place_hyphened_to_based_is_a_place_of_the_page(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Abdullah Khan, director of the Islamabad-based Pakistan Institute for Conflict and Security Studies, "
            "said the group was weakened in Pakistan.")
    assert "Islamabad" in _names(places_nlp, text)
    # a tie that names a party, not where someone is, stays out
    assert "Israel" not in _names(places_nlp, "Israel-tied Daesh elements were arrested in Iran on Monday.")


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
