"""Session 20 entity-name rules: a body's generic last words in lower case; bodies the knowledge base lacked."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_name_with_its_generic_last_words_in_lower_case_is_the_body(ents_nlp: Language) -> None:
    text = "Troops of the Pakistan army and Popular Mobilization forces fought Boko haram and Islamic State."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Pakistan army") == {"Pakistan Army"}
    assert canonicals(ms, "Popular Mobilization forces") == {"Popular Mobilization Forces"}
    assert canonicals(ms, "Boko haram") == {"Boko Haram"}


def test_an_ordinary_phrase_in_lower_case_stays_no_body(ents_nlp: Language) -> None:
    # after "an" the phrase is the idea, not the group; a name's first word in lower case names nothing
    ms = mentions(ents_nlp, "The preacher called for an Islamic state in the region, not for a pakistan army.")
    assert not any(m.canonical == "Islamic State" for m in ms)
    assert not any(m.canonical == "Pakistan Army" for m in ms)


def test_bodies_of_the_campaigns_areas_are_known(ents_nlp: Language) -> None:
    text = ("The Puntland Security Forces (PSF) raided a base, while Puntland security forces held Bosaso. "
            "The LNA and the Wagner Group met MUJAO envoys; Doctors Without Borders and UNICEF sent aid.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Puntland Security Forces") == {"Puntland Security Force"}
    assert canonicals(ms, "PSF") == {"Puntland Security Force"}
    # a page that names the unit means it by the lower-case plural too (the gold of ca157, ca248, ca367)
    assert canonicals(ms, "Puntland security forces") == {"Puntland Security Force"}
    assert canonicals(ms, "LNA") == {"Libyan National Army"}
    assert canonicals(ms, "Wagner Group") == {"Wagner Group"}
    assert canonicals(ms, "MUJAO") == {"Movement for Oneness and Jihad in West Africa"}
    assert canonicals(ms, "Doctors Without Borders") == {"Doctors Without Borders"}
    assert canonicals(ms, "UNICEF") == {"UNICEF"}


def test_a_page_that_never_writes_maute_names_dawlah_islamiyah_plainly(ents_nlp: Language) -> None:
    # Dawlah Islamiyah has several factions: the Maute name comes only from a page that writes it
    ms = mentions(ents_nlp, "Soldiers killed two Dawlah Islamiyah members in Maguindanao, the army said.")
    assert canonicals(ms, "Dawlah Islamiyah") == {"Dawlah Islamiyah"}


def test_a_page_on_lanao_names_the_maute_faction(ents_nlp: Language) -> None:
    # Lanao is the Maute faction's home: its Dawlah Islamiyah is the Maute group, whether or not the page says so
    ms = mentions(ents_nlp, "Soldiers killed two Dawlah Islamiyah members in Lanao del Sur, the army said.")
    assert canonicals(ms, "Dawlah Islamiyah") == {"Dawlah Islamiyah-Maute Group"}


def test_a_page_that_writes_maute_keeps_the_full_name(ents_nlp: Language) -> None:
    text = "Soldiers killed two Dawlah Islamiyah members in Lanao del Sur. The Maute Group had held Marawi."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Dawlah Islamiyah") == {"Dawlah Islamiyah-Maute Group"}
    assert canonicals(ms, "Maute Group") == {"Dawlah Islamiyah-Maute Group"}


def test_a_byline_or_credit_names_a_person(ents_nlp: Language) -> None:
    # the NER takes these bylines for organisations
    for text, name in (("Lakurawa terrorists\n\nBy Akeem Atoyebi\n\nAt least 15 people were reported killed.",
                        "Akeem Atoyebi"),
                       ("Troops clash with ISWAP in Yobe\n\nBY MUSA IDRIS UMAR, MAY 03, 2025 | 09:40 PM\n\n"
                        "At least four soldiers died.", "MUSA IDRIS UMAR")):
        ms = mentions(ents_nlp, text)
        assert {m.type for m in ms if m.text == name} == {"person"}


def test_a_byline_of_a_desk_or_an_ordinary_by_names_no_one(ents_nlp: Language) -> None:
    text = "By Our Correspondent\n\nThe town was taken by Islamic State Fighters on Monday."
    ms = mentions(ents_nlp, text)
    assert not any(m.type == "person" for m in ms)


def test_a_rank_of_three_words_and_an_undotted_excellency_are_no_part_of_a_name(ents_nlp: Language) -> None:
    text = "Private First Class Jeffrey Carino was wounded. H.E Felix Tshisekedi visited Beni on Monday."
    ms = mentions(ents_nlp, text)
    persons = {m.canonical for m in ms if m.type == "person"}
    assert "Jeffrey Carino" in persons and "Felix Tshisekedi" in persons
    assert not any(c.startswith(("Class", "H.E")) for c in persons)


def test_bodies_named_by_their_letters_alone(ents_nlp: Language) -> None:
    text = "The FDLR and the BIR were blamed, UPI and PTI reported, citing a CIS statement."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "FDLR") == {"Democratic Forces for the Liberation of Rwanda"}
    assert canonicals(ms, "BIR") == {"Rapid Intervention Battalion"}
    assert canonicals(ms, "UPI") == {"United Press International"}
    assert canonicals(ms, "PTI") == {"Press Trust of India"}


def test_pakistans_party_keeps_its_letters_where_the_page_spells_it_out(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Leaders of Pakistan Tehreek-e-Insaf (PTI) condemned the blast. PTI called a strike.")
    assert canonicals(ms, "PTI") == {"Pakistan Tehreek-e-Insaf"}
