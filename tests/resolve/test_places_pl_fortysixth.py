"""Places the text calls by their kind though the NER tagged them a body or a person (session 46, places)."""

from __future__ import annotations

import pytest

from sitroom.resolve.places import resolve_place


def _mentions(nlp, text: str):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc._.reference_date = "2024-03-24"
    return nlp(doc)._.place_mentions


def _found(nlp, text: str) -> set[tuple[str, str | None]]:  # type: ignore[no-untyped-def]
    return {(m.place.name, m.place.country) for m in _mentions(nlp, text)}


@pytest.mark.model
def test_a_council_area_after_a_comma_or_a_motion_word_is_its_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "Augie LGA" / "Augie Local Government Area" come out ORG, with no locative word before them
    text = ("Gunmen killed vigilantes in Morai village, Augie Local Government Area of Kebbi State, Nigeria. "
            "The army then deployed troops to Augie LGA in Kebbi State.")
    assert ("Augie", "NG") in _found(places_nlp, text)


@pytest.mark.model
def test_a_town_the_text_calls_a_town_is_a_place_whatever_its_label(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "In Nigeria, ISWAP fighters attacked Geidam town in Yobe State on Wednesday evening."
    assert ("Geidam", "NG") in _found(places_nlp, text)


@pytest.mark.model
def test_a_kind_word_makes_no_namesake_of_another_spelling(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # "Bui" is an alternate name of Bowie (USA): a district the text names is no alias of a town abroad
    text = ("Gunmen attacked villages in the Bui district of Kebbi State in Nigeria, which receives training "
            "support from the United States.")
    assert all(country != "US" or name == "United States" for name, country in _found(places_nlp, text))


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
def test_a_dateline_after_the_outlets_name_or_in_a_stamp_line_is_a_place(places_nlp, opening: str) -> None:  # type: ignore[no-untyped-def]
    text = opening + "Puntland said the operation in Somalia's Bari region went on for two days."
    assert ("Garoowe", "SO") in _found(places_nlp, text)


@pytest.mark.model
def test_a_capitalised_word_and_colon_deep_in_the_story_is_no_dateline(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Puntland said the operation in Somalia's Bari region went on for two days. " * 30
            + "\nA statement - GAROWE: the forces said nothing more.")
    assert ("Garoowe", "SO") not in _found(places_nlp, text)


@pytest.mark.model
def test_a_town_whose_last_word_reads_as_a_name_is_the_whole_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    # NER tags only "Khan" (PERSON) of "Dera Ghazi Khan"
    found = _found(places_nlp, "Pakistani police carried out operations from Multan, Bahawalpur, and Dera Ghazi Khan.")
    assert ("Dera Ghazi Khan", "PK") in found


@pytest.mark.model
def test_a_title_before_a_persons_name_makes_no_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    found = _found(places_nlp, "In Pakistan, Prime Minister Imran Khan spoke to reporters in Lahore.")
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
    assert ("Ajdabiya", "LY") in _found(places_nlp, text)


def test_a_changed_consonant_makes_another_name() -> None:
    from sitroom.resolve.places import _respelt_town

    # an unknown village of Cabo Delgado is no Nacala
    assert _respelt_town("Napala", frozenset({"MZ"})) is None


@pytest.mark.model
def test_a_department_of_the_sahel_is_its_seat_town(places_nlp) -> None:  # type: ignore[no-untyped-def]
    text = "According to Niger's ministry, the attack took place in the department of Tera, near the border with Mali."
    assert ("Téra", "NE") in _found(places_nlp, text)
