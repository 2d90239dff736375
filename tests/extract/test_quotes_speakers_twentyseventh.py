"""Quotes, twenty-seventh session (short sentences written for the tests, some shortened from train pages):
"the statement said" with no issuer named is the body acting in the sentences before, not the group they are
about; a statement posted on a body's account is that body's; a named news or propaganda office (Amaq, al-Naba)
speaks itself, also when referred back to ("the mouthpiece", "the newsletter"); a lower-case description ("the
prosecutors") is the body named before with those words."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model

direct = direct_quotes_dated("2024-07-06")


def test_a_statement_no_one_issued_is_the_body_acting_before_not_the_group_it_is_about(nlp: Language) -> None:
    found = direct(nlp, "The Nigerian Army made the announcement on its official social media handles, saying "
                        "troops cleared an enclave where 11 ISWAP terrorists were eliminated.\n\n"
                        "According to the statement, troops engaged the terrorists in a fierce gun battle.\n\n"
                        "\u201cThe neutralisation of the terrorists will contribute to stability in the area,\u201d "
                        "the statement stressed.\n")
    assert [q.speaker for q in found] == ["Nigerian Army"]


def test_a_statement_with_no_body_acting_before_keeps_the_nearest_body(nlp: Language) -> None:
    # no subject body: the old rule (the nearest body named in the two sentences before) still answers
    found = direct(nlp, "Troops clashed with the Islamic State in Borno last month.\n\n"
                        "\u201cThe terrorists fled into the forest after the clash with our troops,\u201d the "
                        "statement said.\n")
    assert [q.speaker for q in found] == ["Islamic State"]


def test_the_group_s_propaganda_outlet_named_in_apposition_speaks(nlp: Language) -> None:
    found = direct(nlp, "\u201cAround 50 Shiites were killed and 80 wounded in an attack on a mosque in Herat,\u201d "
                        "the group\u2019s propaganda outlet Amaq said on Wednesday.\n", "2021-10-20")
    assert [q.speaker for q in found] == ["Amaq"]


def test_an_affiliated_news_agency_parsed_as_the_object_speaks(nlp: Language) -> None:
    found = direct(nlp, "\u201cIslamic State commandos attack a restaurant frequented by foreigners in the city of "
                        "Dhaka,\u201d reported the ISIS-affiliated Amaq news agency.\n", "2016-07-01")
    assert [q.speaker for q in found] == ["Amaq"]


def test_the_mouthpiece_refers_back_to_the_office_named_before(nlp: Language) -> None:
    found = direct(nlp, "The IS\u2019 Amaq news agency claimed that the outfit sent three men to attack the "
                        "police academy.\n\nThe mouthpiece said the militants \u201cused machine guns and grenades, "
                        "and then blew up their explosive vests.\u201d\n", "2016-10-25")
    assert [q.speaker for q in found] == ["Amaq"]


def test_the_group_s_newsletter_is_the_newsletter_named_before(nlp: Language) -> None:
    found = direct(nlp, "In the most recent issue of the Islamic State\u2019s Al Naba weekly newsletter, the group "
                        "claims two attacks in the Sahel.\n\n\u201cSoldiers of the caliphate detonated an explosive "
                        "device on a car of the American forces,\u201d the Islamic State\u2019s newsletter reads.\n",
                   "2019-06-24")
    assert [q.speaker for q in found] == ["al-Naba"]


def test_an_agency_of_another_body_named_since_is_not_the_office(nlp: Language) -> None:
    # "the agency" after a state's agency was named is that agency, not the propaganda office named earlier
    found = direct(nlp, "Amaq claimed the attack on Monday.\n\nThe National Investigation Agency arrested two "
                        "suspects in Mumbai.\n\n\u201cThe two men had planned further attacks on the city,\u201d the "
                        "agency said.\n", "2023-08-01")
    assert [q.speaker for q in found] != ["Amaq"]


def test_lower_case_prosecutors_are_the_prosecutors_office_named_before(nlp: Language) -> None:
    found = direct(nlp, "German federal prosecutors identified the men as members of an Islamic State cell.\n\n"
                        "\u201cTargets for the attacks were supposed to be institutions of US forces in Germany,\u201d "
                        "the prosecutors said in a statement.\n", "2020-04-16")
    assert [q.speaker for q in found] == ["Federal Prosecutor's Office"]


def test_a_media_center_for_a_backed_force_is_the_force_not_its_backer(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe security forces in Raqqa have arrested six individuals who are responsible for "
                        "explosions in the city,\u201d the media center for the US-backed Syrian Democratic Forces "
                        "(SDF) said in a statement.\n", "2019-05-27")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


def test_the_military_s_media_wing_is_the_office_the_knowledge_base_gives_it(nlp: Language) -> None:
    found = direct(nlp, "Security forces killed two militants in North Waziristan, the Pakistan Army said on "
                        "Monday.\n\n\u201cThese incidents reveal continued involvement of Afghan nationals in "
                        "terrorist activities,\u201d the military\u2019s media wing said in a statement.\n",
                   "2025-11-03")
    assert [q.speaker for q in found] == ["Inter-Services Public Relations"]


def test_a_group_with_two_offices_speaks_itself_through_an_unnamed_wing(nlp: Language) -> None:
    # the Islamic State has two offices in the list (Amaq, al-Naba): its "propaganda wing" names neither
    found = direct(nlp, "The Islamic State\u2019s propaganda wing said in a statement on Wednesday that a suicide "
                        "bomber had \u201cdetonated his explosive vest among the Taliban militia members.\u201d\n",
                   "2020-02-13")
    assert [q.speaker for q in found] == ["Islamic State"]


def test_members_of_a_group_surrendering_do_not_issue_the_statement(nlp: Language) -> None:
    found = direct(nlp, "Two members of the ISIS terrorist group surrendered to the Puntland Defence Forces in "
                        "the Bari region on Sunday.\n\n\u201cThe militants were carrying weapons and wearing military "
                        "uniforms when they surrendered,\u201d the statement said.\n", "2025-02-10")
    assert [q.speaker for q in found] == ["Puntland Defence Forces"]


def test_a_group_claiming_an_attack_issues_the_statement_that_follows(nlp: Language) -> None:
    found = direct(nlp, "The Islamic State group has claimed responsibility for an attack that killed 30 soldiers "
                        "in Mali.\n\n\u201cAnother 30 soldiers of the apostate army were wounded in the ambush,\u201d "
                        "the statement said.\n", "2019-11-21")
    assert [q.speaker for q in found] == ["Islamic State"]
