"""Quotes, twenty-eighth session (short sentences written for the tests, some shortened from train pages): a
country's office ("Iraq's prime minister said") is its holder named before or just after, not the country; a speech
verb set off by a comma with a name as its object is the inverted "said X" ('..., added local prosecutor X'), not
the subject of the clause before; "the note added" is the body whose statement was just quoted."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model

direct = direct_quotes_dated("2024-05-07")


def test_a_country_s_office_is_its_holder_named_before(nlp: Language) -> None:
    found = direct(nlp, "Prime Minister Mohammed Shia al-Sudani visited Mosul on Monday.\n\n\u201cThe terrorists "
                        "will be hunted down wherever they hide in the country,\u201d Iraq\u2019s prime minister "
                        "said.\n")
    assert [q.speaker for q in found] == ["Mohammed Shia al-Sudani"]


def test_a_country_s_office_is_the_holder_of_that_office_not_of_another(nlp: Language) -> None:
    found = direct(nlp, "Defence Minister Abdulkadir Nur visited the troops in Baidoa.\n\nSomalia\u2019s information "
                        "minister said \u201cthe operation killed dozens of al-Shabaab fighters in the "
                        "region.\u201d\n\n"
                        "Information Minister Daud Aweis spoke to reporters later in Mogadishu.\n")
    assert [q.speaker for q in found] == ["Daud Aweis"]


def test_an_inverted_verb_with_a_name_as_object_names_the_speaker(nlp: Language) -> None:
    found = direct(nlp, "Investigators had found a series of online chat messages that contained \"concrete "
                        "instructions for building explosive devices\" as well as tips on how to cause maximum "
                        "damage, added local prosecutor Ulf Willuhn at the same news conference.\n")
    assert [q.speaker for q in found] == ["Ulf Willuhn"]


def test_a_verb_with_its_own_subject_keeps_it(nlp: Language) -> None:
    found = direct(nlp, "Police spokesman Ahmed Musa said the suspects had \"planned to attack a church in the "
                        "capital city\" and told reporters that three of them were arrested on Monday.\n")
    assert [q.speaker for q in found] == ["Ahmed Musa"]


def test_the_note_is_the_body_whose_statement_was_quoted(nlp: Language) -> None:
    found = direct(nlp, "In a statement released Tuesday, SAMIM reports that nine insurgents were killed in an "
                        "exchange of fire in Macomia.\n\n\u201cSAMIM forces continue to dominate and pursue the "
                        "insurgents in the operational area,\u201d the note added.\n", "2022-11-23")
    assert [q.speaker for q in found] == ["SADC Mission in Mozambique"]


def test_a_named_office_a_body_owns_speaks_itself(nlp: Language) -> None:
    # capitalised, "the Pentagon's Lead Inspector General" names an office, not the general named before
    found = direct(nlp, "Gen. Michael Kurilla visited the camp in March.\n\nThe latest report from the Pentagon\u2019s "
                        "Lead Inspector General, a Congressionally-mandated document, explains, \u201cMost residents "
                        "of al-Hol are Syrian and Iraqi.\u201d\n")
    assert [q.speaker for q in found] == ["Lead Inspector General for Operation Inherent Resolve"]
