"""Session 23 entity names: states the knowledge base gives no people's name, their armies and ministries, the
platforms the groups post on, and the bodies the entity records keep beside the extractors' mentions (a lower-case
ministry, a possessed force's owner, a state's police by its adjective)."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention


def test_a_possessive_state_without_a_listed_people_takes_its_adjective(ents_nlp: Language) -> None:
    # Algeria has no "Algerians" in the knowledge base: its adjective comes from data/demonyms.toml
    ms = entity_mentions(ents_nlp, "Algeria's army killed five militants on Tuesday in the east.")
    assert [m.canonical for m in ms if m.text == "Algeria's army"] == ["National People's Army"]


def test_a_possessive_place_that_is_no_state_is_not_an_army(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Kano's army of street vendors came out on Tuesday.")
    assert not any(m.type == "armed_group" for m in ms)


def test_the_adjective_form_of_an_army_takes_its_full_name(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The Tunisian army said it killed two militants. He served in the Cameroon army.")
    assert [m.canonical for m in ms if m.type == "armed_group"] == ["Tunisian Armed Forces", "Cameroon Armed Forces"]


def test_tunisian_forces_stay_the_security_forces(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Tunisian forces killed two militants near Kasserine.")
    assert [m.canonical for m in ms if m.text == "Tunisian forces"] == ["Tunisian Security Forces"]


def test_a_ministry_of_national_defence_by_its_portfolio(ents_nlp: Language) -> None:
    text = "Algeria's army killed five militants in Algeria, the Defence Ministry said."
    ms = entity_mentions(ents_nlp, text)
    assert [m.canonical for m in ms if m.text == "Defence Ministry"] == ["Algerian Ministry of National Defence"]


def test_the_platforms_the_groups_post_on(ents_nlp: Language) -> None:
    text = "The group named the bomber on its Telegram channel, and he had posted on his Facebook page."
    ms = entity_mentions(ents_nlp, text)
    assert {m.text: m.canonical for m in ms if m.type == "organization"} == {
        "Telegram": "Telegram", "Facebook": "Facebook",
    }


def test_a_telegram_in_lower_case_is_a_message(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The minister sent a telegram of condolence to the families.")
    assert not any(m.canonical == "Telegram" for m in ms)


def entity_aliases(nlp: Language, text: str) -> list[EntityMention]:
    return list(nlp(text)._.entity_aliases)


def test_a_lower_case_ministry_is_the_state_s_in_the_records(ents_nlp: Language) -> None:
    text = "The interior ministry said five people were killed in Kabul, Afghanistan, on Sunday."
    assert not any(m.text == "interior ministry" for m in entity_mentions(ents_nlp, text))  # not an actor
    aliases = entity_aliases(ents_nlp, text)
    assert [m.canonical for m in aliases if m.text == "interior ministry"] == ["Afghan Interior Ministry"]


def test_a_lower_case_ministry_of_no_known_state_is_nothing(ents_nlp: Language) -> None:
    aliases = entity_aliases(ents_nlp, "The interior ministry said five people were killed.")
    assert not any("ministry" in m.text for m in aliases)


def test_the_owner_of_a_possessed_force_is_a_mention_of_its_country(ents_nlp: Language) -> None:
    text = "On Thursday, Egypt’s military said that security forces had killed 53 militants."
    assert [m.canonical for m in entity_mentions(ents_nlp, text)] == ["Egyptian Armed Forces"]
    assert [(m.text, m.canonical) for m in entity_aliases(ents_nlp, text)] == [("Egypt", "Egypt")]


def test_a_state_s_police_by_its_adjective(ents_nlp: Language) -> None:
    text = "The Turkish police detained 20 suspects, and Spanish police arrested two more."
    # "Turkish police" is a name of the knowledge base since the twenty-fourth session, "Spanish police" since the
    # twenty-eighth
    found = [*entity_mentions(ents_nlp, text), *entity_aliases(ents_nlp, text)]
    assert {m.text: m.canonical for m in found} == {
        "Turkish police": "Turkish National Police", "Spanish police": "Spanish National Police",
    }


def test_a_city_s_police_is_not_a_state_s(ents_nlp: Language) -> None:
    text = "Kano police said two suspects were arrested, and Borno police confirmed it."
    assert not any("police" in m.text for m in entity_aliases(ents_nlp, text))
