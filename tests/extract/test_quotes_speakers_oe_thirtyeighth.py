"""Quote speakers on real-page habits (short sentences written for the tests): a capitalised body noun whose name
goes on with "of" and another's name ("the Ministry of Peshmerga Affairs", "the Embassy of the United States") is a
body of its own that speaks, not the force or state its name holds; a definite member noun qualified by an armed
group's name ("the senior ISIS operative") is the member named before, not the group; a state's lower-case office
in a headline ("US envoy says") is its holder named in the story."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_a_ministry_of_a_force_is_the_ministry(nlp: Language) -> None:
    text = ("“We have sent more troops to the front line near the town,” the Ministry of Peshmerga Affairs said "
            "on Monday.\n")
    assert _speakers(nlp, text) == ["Ministry of Peshmerga Affairs"]


@pytest.mark.model
def test_an_embassy_of_a_state_is_the_embassy(nlp: Language) -> None:
    text = "“Three suspects were arrested at a checkpoint outside the city,” the Embassy of the United States said.\n"
    assert _speakers(nlp, text) == ["Embassy of the United States"]



@pytest.mark.model
def test_a_groups_operative_is_the_member_named_before(nlp: Language) -> None:
    text = ("Security forces arrested Saher Ahmed al-Abdullah, a senior ISIS commander, in Deir ez-Zor last week. "
            "He admitted to planting bombs.\n\n"
            "The senior ISIS operative further detailed how his cell members “avoided carrying phones during "
            "operations to prevent interception” in the desert.\n")
    assert _speakers(nlp, text) == ["Saher Ahmed al-Abdullah"]


@pytest.mark.model
def test_a_groups_spokesman_is_not_taken_for_a_member(nlp: Language) -> None:
    # a spokesman speaks for the group: the member rule leaves it to the rules for offices
    text = ("Security forces arrested Saher Ahmed al-Abdullah, a senior ISIS commander, in Deir ez-Zor last week.\n\n"
            "“Our fighters will avenge the brothers taken in the desert,” the ISIS spokesman said in an audio "
            "message.\n")
    assert _speakers(nlp, text) == ["Islamic State"]


@pytest.mark.model
def test_a_headlines_state_office_is_its_holder_named_in_the_story(nlp: Language) -> None:
    text = ("Syria joining coalition ‘marks a new chapter in global security’, US envoy says\n\n"
            "Syria has joined the Global Coalition to Defeat ISIS, U.S. Special Envoy Tom Barrack said on Monday.\n")
    assert _speakers(nlp, text) == ["Tom Barrack"]


@pytest.mark.model
def test_a_states_office_taken_before_is_its_holder(nlp: Language) -> None:
    text = ("Prime Minister Mohammed Shia al-Sudani visited Mosul on Monday.\n\n"
            "“We will not allow the group to regroup in the north,” the Iraqi prime minister said.\n")
    assert _speakers(nlp, text) == ["Mohammed Shia al-Sudani"]
