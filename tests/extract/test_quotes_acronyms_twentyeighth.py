"""Quotes, twenty-eighth session (short sentences written for the tests, some shortened from train pages): an
acronym no knowledge base expands speaks for the body or the office the page spelled out before it ("the ODNI"
after "the Office of the Director of National Intelligence", "The MoI" after "Ministry of Interior", "the PM"
after "Prime Minister X"); an acronym the page never spells out stays as written."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

from sitroom.extract.quotes import _initials

pytestmark = pytest.mark.model

direct = direct_quotes_dated("2024-05-07")


def test_initials_of_a_name_and_of_its_last_words() -> None:
    assert "odni" in _initials("Office of the Director of National Intelligence")
    assert "moi" in _initials("Ministry of Interior")
    assert "pm" in _initials("Iraqi Prime Minister")
    assert "ipm" in _initials("Iraqi Prime Minister")
    assert _initials("Sudani") == set()  # one word is no acronym's source


def test_an_acronym_after_the_office_spelled_out_is_that_office(nlp: Language) -> None:
    found = direct(nlp, "The Office of the Director of National Intelligence lists the group among the threats "
                        "in East Africa.\n\nThe group \u201cuses small arms and IEDs to conduct small-scale, sporadic "
                        "attacks against officials,\u201d according to the ODNI.\n")
    assert [q.speaker for q in found] == ["Office of the Director of National Intelligence"]


def test_a_mixed_case_acronym_keeps_its_small_words(nlp: Language) -> None:
    found = direct(nlp, "On 6 July, the Libyan Ministry of Interior announced that police had captured an ISIS "
                        "cell in Zawiyya.\n\nThe MoI claimed the cell was intending to \u201ccarry out terrorist "
                        "attacks and plots to harm security and stability.\u201d\n")
    assert [q.speaker for q in found] == ["Libyan Ministry of Interior"]


def test_an_office_s_acronym_is_the_person_holding_it(nlp: Language) -> None:
    found = direct(nlp, "Iraqi Prime Minister Mohammed Shia al-Sudani ordered a hunt for the attackers.\n\n"
                        "\u201cThe terrorist elements resorted to malicious methods after they received painful "
                        "blows,\u201d the PM said in a statement.\n")
    assert [q.speaker for q in found] == ["Mohammed Shia al-Sudani"]


def test_an_acronym_never_spelled_out_stays_as_written(nlp: Language) -> None:
    found = direct(nlp, "Police arrested three suspects in Peshawar on Monday.\n\n\u201cThe suspects were planning "
                        "attacks on security forces in the city,\u201d the RSB said.\n")
    assert [q.speaker for q in found] == ["RSB"]
