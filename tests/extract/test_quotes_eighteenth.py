"""Speaker habits of the eighteenth session (short sentences written for the tests): an outlet reports what
a body said, a statement quoted later is its signer's, a body's media office speaks for the body, a body's
words reported by a named person are that person's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2025-09-01")


def test_an_outlet_reporting_a_statement_is_not_its_speaker(nlp: Language) -> None:
    found = direct(nlp, "\u201cA suicide attacker detonated his explosive jacket in the middle of a crowd\u201d in "
                        "the town of Khar, the armed group\u2019s news arm Amaq said in a statement, according to "
                        "Al Jazeera.")
    assert [q.speaker for q in found] == ["Amaq"]


def test_an_outlet_that_reports_a_group_claim_is_not_its_speaker(nlp: Language) -> None:
    found = direct(nlp, "ISIS said its members had \u201cdetonated an explosive device on a large gathering in "
                        "Marawi City,\u201d CNN reports.")
    assert [q.speaker for q in found] == ["Islamic State"]


def test_an_outlet_alone_in_the_sentence_still_speaks(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe situation in the camps is getting worse every day for the families,\u201d CNN "
                        "reported.")
    assert [q.speaker for q in found] == ["CNN"]


def test_the_statement_quoted_later_is_its_signers(nlp: Language) -> None:
    found = direct(nlp, "The gains were contained in the weekly operational update released by the Defence "
                        "Headquarters, and signed by the Director of Defence Media Operations, Major General "
                        "Michael Onoja.\n\nAccording to the update, troops sustained a high tempo of operations.\n\n"
                        "The statement reads, \u201cIn the North East, troops dealt a significant blow to the "
                        "terrorists.\u201d")
    assert [q.speaker for q in found][-1] == "Michael Onoja"


def test_a_signer_quoted_before_someone_else_does_not_sign_a_later_statement(nlp: Language) -> None:
    found = direct(nlp, "The update was released by the Defence Headquarters and signed by Major General Michael "
                        "Onoja.\n\n\u201cWe will not rest until the villages are safe again,\u201d Governor Babagana "
                        "Zulum said.\n\nThe statement reads, \u201cIn the North East, troops dealt a significant "
                        "blow to the terrorists.\u201d")
    assert [q.speaker for q in found][-1] != "Michael Onoja"


def test_a_media_office_speaks_for_its_owner(nlp: Language) -> None:
    found = direct(nlp, "Fighters of the Popular Mobilization Forces clashed with Islamic State militants near "
                        "Hamreen.\n\n\u201cTroops of the 88th brigade destroyed on Tuesday two vehicles loaded with "
                        "weapons for IS militants,\u201d the media service of the forces said in a statement.")
    assert [q.speaker for q in found] == ["Popular Mobilization Forces"]


def test_a_named_security_service_is_not_a_media_office(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe detainee planned to blow up a police station in Moscow,\u201d Russia\u2019s "
                        "Federal Security Service said.")
    assert found and "Federal Security Service" in (found[0].speaker or "")


def test_a_bodys_words_reported_by_a_named_person_are_the_persons(nlp: Language) -> None:
    found = direct(nlp, "Philippine Army chief Lt. Gen. Roy Galido visited the base on Monday.\n\nGalido said the "
                        "Philippine Army condemned the \u201csenseless, treacherous and most heinous acts perpetrated "
                        "by this terrorist group.\u201d")
    assert [q.speaker for q in found] == ["Roy Galido"]


def test_a_bodys_words_reported_by_another_body_stay_unchanged(nlp: Language) -> None:
    found = direct(nlp, "The Nigerian Army said the Defence Headquarters condemned the \u201csenseless and "
                        "cowardly attack on innocent villagers in the community.\u201d")
    assert found and found[0].speaker != "Nigerian Army"


def test_a_media_office_with_a_name_of_its_own_speaks(nlp: Language) -> None:
    found = direct(nlp, "\u201cFifteen Shias were killed and six others wounded in an attack in central "
                        "Afghanistan,\u201d the group\u2019s Amaq media wing said in a statement.")
    assert [q.speaker for q in found] == ["Amaq"]



def test_a_known_presidents_surname_alone_is_his_full_name(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe cowardly terrorist incident in Diyala is a despicable attempt to destabilize the "
                        "country,\u201d Salih said in an Arabic-language tweet.")
    assert [q.speaker for q in found] == ["Barham Salih"]


def test_another_salih_named_in_full_stays_himself(nlp: Language) -> None:
    found = direct(nlp, "Kurdish politician Salih Muslim spoke in Qamishli on Monday.\n\n\u201cThe camps are a "
                        "danger to the whole region and its people,\u201d Salih said.")
    assert [q.speaker for q in found] == ["Salih Muslim"]
