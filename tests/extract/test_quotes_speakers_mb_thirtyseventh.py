"""Quote speakers on real-page habits (short sentences written for the tests): an inverted verb the tagger took for
an adjective, a description set off after a person's name, an indefinite spokesman after the named one, a body's
statement whose speaker the text names after it, a state's government by its adjective, a parenthetical "said X",
and a quotation that lost its closing mark before the sentence introducing the next one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.quotes import find_quote_spans


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_an_inverted_verb_tagged_as_an_adjective_still_attributes(nlp: Language) -> None:
    text = ("The army has taken stock of its operations in Ituri province.\n\n"
            "“28 ADF were killed, 14 others captured. Our army also freed 83 hostages from the hands of the "
            "assailants”, detailed Lieutenant Jules Ngongo.\n")
    assert _speakers(nlp, text) == ["Jules Ngongo"]


@pytest.mark.model
def test_a_description_after_a_name_and_a_comma_is_that_person(nlp: Language) -> None:
    text = ("Two soldiers were killed in an ambush north of Baghdad on Saturday.\n\n"
            "For Jamal al-Dhari, another Sunni figure writing on Twitter, the ambush \"shows the repeated failures "
            "of the government in the fight against terrorism\".\n")
    assert _speakers(nlp, text) == ["Jamal al-Dhari"]


@pytest.mark.model
def test_an_indefinite_spokesman_is_the_spokesman_named_before(nlp: Language) -> None:
    text = ("The army announced on Tuesday the death of two soldiers in an attack on a checkpoint in North Sinai. "
            "Army Spokesman Colonel Hany Fouad said: \"The forces thwarted an attempt to attack a checkpoint in the "
            "Bir al-Abd area.\"\n\n"
            "A spokesman for the armed forces confirmed: \"The destruction of four vehicles, three of them "
            "booby-trapped, and the death of two soldiers.\"\n")
    assert _speakers(nlp, text) == ["Hany Fouad", "Hany Fouad"]


@pytest.mark.model
def test_an_indefinite_spokesman_with_none_named_stays_unnamed(nlp: Language) -> None:
    text = ("The army announced on Tuesday the death of two soldiers in an attack on a checkpoint in North Sinai.\n\n"
            "A spokesman for the armed forces confirmed: \"The destruction of four vehicles, three of them "
            "booby-trapped, and the death of two soldiers.\"\n")
    assert "Hany Fouad" not in _speakers(nlp, text)


@pytest.mark.model
def test_a_bodys_statement_is_the_person_who_said_it_in_the_statement(nlp: Language) -> None:
    text = ("Insurgents attacked the town of Rann on Monday evening.\n\n"
            "The military in a statement said, \"The terrorists in their numbers attacked the town just as the "
            "locals prepared to break their fast.\"\n\n"
            "The army's spokesman, Brigadier General Musa Danladi, said in the statement that troops withdrew to a "
            "nearby town.\n")
    assert _speakers(nlp, text) == ["Musa Danladi"]


@pytest.mark.model
def test_a_states_government_by_its_adjective_is_the_government_of_that_state(nlp: Language) -> None:
    text = ("Militants attacked a military base in Borno State on Sunday, killing 15 soldiers.\n\n"
            "In July, the Nigerian government again claimed that the \"Boko Haram terrorism has been degraded and "
            "defeated.\"\n")
    assert _speakers(nlp, text) == ["Government of Nigeria"]


@pytest.mark.model
def test_a_parenthetical_said_names_its_speaker_after_the_verb(nlp: Language) -> None:
    text = ("The Department of State Services (DSS) announced the arrest of five suspects in Abuja on Tuesday.\n"
            "The Boko Haram terrorist group, said the DSS, uses the network \"to get new members into Nigeria every "
            "year\".\n")
    assert _speakers(nlp, text) == ["Department of State Services"]


def test_a_quote_that_lost_its_closing_mark_ends_before_the_next_ones_attribution() -> None:
    text = ("“We are highly against the bombing of a mosque in the city. The deputy minister, Zabi Mujahid, "
            "tweeted, “There is no justification for attacking civilians and worshipers.”\n")
    spans = [s.text(text) for s in find_quote_spans(text)]
    assert spans == ["We are highly against the bombing of a mosque in the city.",
                     "There is no justification for attacking civilians and worshipers."]


def test_a_quote_in_a_quote_still_nests() -> None:
    text = "“Some 5,000 members of the “Asayish” forces are taking part in the operation,” he said.\n"
    spans = [s.text(text) for s in find_quote_spans(text)]
    assert spans == ["Some 5,000 members of the “Asayish” forces are taking part in the operation"]


@pytest.mark.model
def test_the_sentence_introducing_the_next_quote_attributes_the_unclosed_one(nlp: Language) -> None:
    text = ("Asim Khan, a spokesman for the hospital, said the death toll would rise.\n\n"
            "“We are highly against the bombing of a mosque in the city. The Taliban’s deputy minister, Zabihullah "
            "Mujahid, tweeted, “There is no justification for attacking civilians and worshipers.”\n")
    assert _speakers(nlp, text) == ["Zabihullah Mujahid", "Zabihullah Mujahid"]


@pytest.mark.model
def test_a_group_named_in_the_descriptions_own_relative_clause_is_not_the_group(nlp: Language) -> None:
    text = ("The Islamic State (ISIS) has claimed responsibility for an attack in Damaturu, the capital of Yobe "
            "State.\n"
            "In a statement on Thursday, the militant group, which Boko Haram pledged allegiance to two years ago, "
            "explained how its members organised the operation.\n"
            "“The fighters took three vehicles mounted with rifles and heavy weaponry into the town,” the statement "
            "said.\n")
    assert _speakers(nlp, text) == ["Islamic State"]


@pytest.mark.model
def test_a_fragment_after_a_participles_agent_is_the_agents(nlp: Language) -> None:
    text = ("Troops killed a militant leader in Lanao del Sur on Friday.\n"
            "He was among 10 individuals designated as terrorists by the Anti-Terrorism Council in February 2021 "
            "\"for conspiring, planning and preparing for the commission of terrorism.\"\n")
    assert _speakers(nlp, text) == ["Anti-Terrorism Council"]


@pytest.mark.model
def test_a_fragment_set_off_by_a_comma_after_the_agent_is_not_the_agents(nlp: Language) -> None:
    text = ("Troops killed a militant leader in Lanao del Sur on Friday, Colonel Juan Cruz said.\n"
            "\"He was hiding in a house near the lake with two of his bodyguards,\" Cruz said.\n"
            "He was among 10 individuals killed by the Philippine Army in the town, \"a heavy blow to the group and "
            "its allies.\"\n")
    assert _speakers(nlp, text)[-1] == "Juan Cruz"


@pytest.mark.model
def test_a_bodys_words_after_its_spokesmans_press_statement_are_the_spokesmans(nlp: Language) -> None:
    text = ("“The joint forces today put out of action one ADF commander in the valley,” said UPDF spokesperson Maj "
            "Bilal Katamba.\n\n"
            "“The joint forces also recovered two rifles and one military radio near the river,” Maj Katamba added "
            "in a press statement on Friday.\n\n"
            "On Friday, the joint forces appealed to the militants “to surrender and benefit from the government "
            "amnesty that is still in force.”\n")
    assert _speakers(nlp, text) == ["Bilal Katamba", "Bilal Katamba", "Bilal Katamba"]


@pytest.mark.model
def test_a_bodys_words_after_a_statement_by_someone_else_stay_the_bodys(nlp: Language) -> None:
    text = ("“The joint forces today put out of action one ADF commander in the valley,” Governor Jane Kato said "
            "in a press statement on Friday.\n\n"
            "On Friday, the UPDF appealed to the militants “to surrender and benefit from the government amnesty "
            "that is still in force.”\n")
    assert _speakers(nlp, text)[-1] != "Jane Kato"


@pytest.mark.model
def test_a_lower_case_body_is_the_organisation_that_spoke_last(nlp: Language) -> None:
    text = ("The United Nations Security Council condemned the attack on the peacekeepers in North Kivu.\n\n"
            "The council condemned \"in the strongest terms the repeated attacks perpetrated against civilians by "
            "the ADF,\" said the statement.\n\n"
            "The 15-member body further stressed \"the utmost importance of neutralizing all armed groups in the "
            "region.\"\n")
    assert _speakers(nlp, text)[-1] == "United Nations Security Council"
