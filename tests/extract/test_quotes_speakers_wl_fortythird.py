"""Quote speakers (session 43, fix-wl), on short sentences written for the tests: a quotation standing as its own
paragraph after a sentence where a named person acts "in a post" or "in a statement" is that person's."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_a_paragraph_quoted_after_a_person_acting_in_a_post_is_theirs(nlp: Language) -> None:
    text = ("A suicide bomber killed the minister and five guards in Kabul on Wednesday.\n"
            "Foreign Minister Ishaq Dar extended his condolences on the loss of lives in a post on X.\n"
            "“We condemn terrorism in all its forms. We are in touch with the government to learn more.”\n")
    assert _speakers(nlp, text) == ["Ishaq Dar"]


@pytest.mark.model
def test_a_paragraph_quoted_after_a_person_acting_without_a_vehicle_borrows_nothing(nlp: Language) -> None:
    text = ("A suicide bomber killed the minister and five guards in Kabul on Wednesday.\n"
            "Foreign Minister Ishaq Dar visited the wounded in a hospital on Thursday.\n"
            "“We condemn terrorism in all its forms. We are in touch with the government to learn more.”\n")
    assert _speakers(nlp, text) != ["Ishaq Dar"]


@pytest.mark.model
def test_a_bodys_words_go_on_through_the_spokesman_whose_statement_gave_them(nlp: Language) -> None:
    text = ("Ugandan and Congolese troops have killed a top rebel commander and three other fighters, authorities "
            "said on Friday.\n\n"
            "“The joint Uganda People’s Defence Forces (UPDF) and the Congolese army today killed a rebel commander "
            "in the valley,” said UPDF spokesperson Maj John Okello.\n\n"
            "According to the army, the commander was a foreigner.\n\n"
            "“The troops also recovered four rifles and a radio,” Maj Okello added in a press statement on Friday.\n\n"
            "In 2021, Ugandan troops deployed in the east in an operation launched with the government.\n\n"
            "On Friday, the joint forces appealed to the rebels “to surrender and benefit from the amnesty still in "
            "force.”\n\n"
            "“The joint forces continue to pursue these rebels in every corner of the forest,” they emphasized.\n")
    assert _speakers(nlp, text)[-1] == "John Okello"


@pytest.mark.model
def test_a_title_alone_is_the_one_person_named_before_with_that_title(nlp: Language) -> None:
    text = ("Soldiers killed five gunmen in a raid in Marawi on Friday. According to Brigadier General "
            "**Billy de la Rosa**, commander of the brigade, the suspects opened fire first.\n\n"
            "Brigadier General **de la Rosa** praised the troops, stating, “The decisive outcome with no civilian "
            "casualties is a testament to the discipline of all the troops.”\n")
    assert _speakers(nlp, text) == ["Billy de la Rosa"]
