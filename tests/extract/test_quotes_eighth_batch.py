"""Attribution habits of the eighth batch of unseen pages (short texts written for the tests): "it" inside a
clause a body's own verb governs, and a speaker's quoted paragraphs across a page's captions and links."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2024-06-01")


def test_it_inside_the_armys_own_sentence_is_the_army(nlp: Language) -> None:
    found = direct(nlp, "Security forces in Niger have eliminated a member of the Islamic State group.\n"
                        "The campaign in the Tillaberi region, bordering Niger, Mali, and Burkina Faso, killed "
                        "several insurgents.\n"
                        "The army said it had killed Abdoulaye Souleymane Idouwal, whom it described as “an "
                        "influential member of the Islamic State,” during a raid on Friday.\n")
    assert [q.speaker for q in found] == ["Nigerien Armed Forces"]


def test_quoted_paragraphs_go_on_across_captions_and_links(nlp: Language) -> None:
    found = direct(nlp, "Counter-terrorism expert David Otto said: “State forces and suspected spies have been "
                        "captured and beheaded by the group.\n\n"
                        "READ MORE: Minister urges public to be 'alert' as threat level raised\n\n"
                        "Guns uncovered\n\n"
                        "Guns uncovered (Image: Getty)\n\n"
                        "“Women have been the subject of targeted kidnapping.\n\n"
                        "“Sources say the jihadists keep the women as captives.\n")
    assert found and {q.speaker for q in found} == {"David Otto"}
    assert any("Sources say" in q.text for q in found)


def test_a_quote_after_paragraphs_of_prose_borrows_no_speaker(nlp: Language) -> None:
    found = direct(nlp, "Counter-terrorism expert David Otto said: “The group is growing.”\n"
                        "The army has deployed more troops to the province this year, officials confirmed on "
                        "Monday after a series of attacks.\n"
                        "Residents of the district fled their villages after the fighting spread to the coast "
                        "last month, aid groups reported.\n"
                        "“We have nothing left.”\n")
    assert all(q.speaker != "David Otto" for q in found if "nothing left" in q.text)


def test_an_outlet_that_reports_is_not_the_speaker(nlp: Language) -> None:
    found = direct(nlp, "Iraqi National Security Adviser Qassem al-Araji announced in early November that “1,567 "
                        "families had been transferred from al-Hol camp,” pointing out that “900 Iraqi families had "
                        "been returned to their original areas,” according to the official Iraqi News Agency.")
    assert [q.speaker for q in found] == ["Qassem al-Araji", "Qassem al-Araji"]
    # with no one else speaking, the outlet is the only source there is
    alone = direct(nlp, "“We repelled the attack,” according to the Iraqi News Agency.")
    assert [q.speaker for q in alone] == ["Iraqi News Agency"]


def test_a_statement_named_by_its_body_is_the_bodys(nlp: Language) -> None:
    found = direct(nlp, "Al-Shaibani traveled to Riyadh on Sunday, according to a joint US-Saudi statement. The "
                        "coalition statement expressed that members \"underscored their readiness to work closely "
                        "with the Syrian government.\"")
    assert [q.speaker for q in found if "underscored" in q.text] == ["Global Coalition to Defeat Daesh/ISIS"]


def test_a_rights_body_is_the_organisation_named_before_not_the_armed_group(nlp: Language) -> None:
    found = direct(nlp, "Human Rights Watch published a report on Monday. Islamic State fighters attacked the "
                        "village of Manda in June. \"The attackers shot worshippers inside the mosque,\" the rights "
                        "group said.")
    assert [q.speaker for q in found] == ["Human Rights Watch"]


def test_the_subject_of_what_someone_reported_is_not_the_next_speaker(nlp: Language) -> None:
    found = direct(nlp, "In another tweet, French Defence Minister Florence Parly said al-Sahrawi died following a "
                        "raid by France’s Barkhane force.\n\n“It is a decisive blow against this terrorist group,” "
                        "she tweeted.\n")
    assert [q.speaker for q in found] == ["Florence Parly"]


def test_an_inverted_pronoun_after_the_quote_speaks(nlp: Language) -> None:
    found = direct(nlp, "For his part, Matadi Muyapandi, police administrator of the Mambasa Territory, put the "
                        "number of bodies found at 11. The army “is pursuing these rebels everywhere in the areas of "
                        "Irumu (Ituri), Beni (North Kivu)”, assured he.")
    assert [q.speaker for q in found] == ["Matadi Muyapandi"]
