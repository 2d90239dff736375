"""Attribution habits of the twelfth batch of unseen pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2024-06-01")


def test_the_spokesperson_closing_a_long_title_speaks(nlp: Language) -> None:
    # real wording (Daily Monitor): the parser makes "Division" the subject and the spokesperson a second,
    # coordinated one; the quotation names the force the title begins with
    text = ("“The joint Uganda Peoples’ Defence Forces (UPDF) and Armed Forces of the Democratic Republic of Congo "
            "under Operation Shujaa today put out of action one middle-level ADF commander Fazul who has been "
            "operating in Mwalika Valley,” said UPDF’s Mountain Division and Operation Shuuja spokesperson Maj "
            "Bilal Katamba.\n"
            "According to the army, the commander who was put out of action is Tanzanian by nationality.")
    found = direct(nlp, text)
    assert [q.speaker for q in found][:1] == ["Bilal Katamba"]


def test_who_made_a_disclosure_in_a_statement_issued_it(nlp: Language) -> None:
    text = ("Troops killed twenty ISWAP terrorists in Borno State. Director of Army Public Relations, Brigadier "
            "General Onyema Nwachukwu made the disclosure in a statement.\n"
            "“The Chief of Army Staff has congratulated the troops,” the statement said.")
    found = direct(nlp, text)
    assert [q.speaker for q in found] == ["Onyema Nwachukwu"]


def test_a_report_with_no_issuer_is_the_last_speakers_not_the_groups_it_is_about(nlp: Language) -> None:
    text = ("Zagazola Makama, a security analyst, said ISWAP terrorists fired mortar bombs at the base in Buni Yadi.\n"
            "The report said the terrorists fled toward Goniri.\n"
            "“They wanted to try their luck today and they lost badly,” the report said.")
    found = direct(nlp, text)
    assert [q.speaker for q in found] == ["Zagazola Makama"]
