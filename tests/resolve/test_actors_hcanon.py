"""Bodies the knowledge base now knows (resolve/actors with data/actors.toml): the SDF's press office and Iraq's
federal police (sentences written for the tests)."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import canonicals_of_form, entity_mentions, named

from sitroom.extract.events.credit import _outlet


def test_the_sdf_press_office_is_a_body_of_its_own(ents_nlp: Language) -> None:
    text = "The SDF Media Center said in a statement that its units arrested two ISIS members near Deir ez-Zor."
    assert canonicals_of_form(ents_nlp, text, "SDF Media Center") == {"SDF Media Center"}


def test_the_sdf_press_office_by_its_other_name_is_the_same_body(ents_nlp: Language) -> None:
    text = "According to the SDF Press Center, the raid in Hasakah ended with the arrest of a cell leader."
    assert canonicals_of_form(ents_nlp, text, "SDF Press Center") == {"SDF Media Center"}


def test_the_sdf_press_office_reports_raids_it_does_not_make() -> None:
    assert _outlet("SDF Media Center", "sdf_media_center")


def test_the_federal_police_on_a_page_about_iraq_are_iraqs(ents_nlp: Language) -> None:
    text = ("Iraqi forces pushed into Hawija on Thursday. The federal police took the village of al-Bayd, the army "
            "said, and the counter-terrorism units cleared the Iraqi town of Rashad.")
    assert "federal police" in named(entity_mentions(ents_nlp, text), "Iraqi Federal Police")


def test_the_federal_police_elsewhere_are_not_iraqs(ents_nlp: Language) -> None:
    text = "Australia's federal police arrested a teenager in Sydney on Tuesday, Australian officials said."
    assert "Iraqi Federal Police" not in {m.canonical for m in entity_mentions(ents_nlp, text)}


def test_the_iraqi_federal_police_by_their_full_name(ents_nlp: Language) -> None:
    text = "Units of the Iraqi Federal Police entered the western side of Mosul on Sunday."
    assert canonicals_of_form(ents_nlp, text, "Iraqi Federal Police") == {"Iraqi Federal Police"}


def test_memri_by_its_acronym_is_the_research_institute(ents_nlp: Language) -> None:
    text = "The Islamic State claimed the attack in Cabo Delgado, according to a translation by MEMRI."
    assert canonicals_of_form(ents_nlp, text, "MEMRI") == {"Middle East Media Research Institute"}


def test_memri_reports_claims_it_makes_no_attack() -> None:
    assert _outlet("MEMRI", "memri")
