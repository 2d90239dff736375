"""Quote speakers on real-page habits (short sentences written for the tests): a quotation no rule attributes is the
voice the text gave last in the same or the paragraph before, else the body a sentence just before has acting as
its subject; with neither, no one."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_an_unattributed_fragment_goes_on_with_the_body_that_just_spoke(nlp: Language) -> None:
    text = ("The Tunisian Interior Ministry said on Monday that police had arrested three men in Sousse.\n\n"
            "The suspects were allegedly “planning attacks on hotels and tourist sites in the region.”\n")
    assert _speakers(nlp, text) == ["Tunisian Ministry of Interior"]


@pytest.mark.model
def test_an_unattributed_fragment_is_the_acting_bodys(nlp: Language) -> None:
    text = ("The U.S. Department of the Treasury added Ali Musa to its list of global terrorists on Friday. "
            "Treasury identified Musa as “a key financier of the group's cells in East Africa.”\n")
    assert _speakers(nlp, text) == ["U.S. Department of the Treasury"]


@pytest.mark.model
def test_no_voice_before_leaves_the_fragment_unattributed(nlp: Language) -> None:
    text = ("Militants attacked the village of Kalembo on Friday night.\n\n"
            "Residents had long called the place “a quiet farming village by the river bank.”\n")
    assert _speakers(nlp, text) in ([], [None])


@pytest.mark.model
def test_the_militant_group_is_never_the_army_named_last(nlp: Language) -> None:
    text = ("The Islamic State said on Friday it was behind an attack on a checkpoint in North Sinai.\n\n"
            "The Egyptian military said the attack on Thursday killed 12 soldiers.\n\n"
            "A statement from the militant group said it blew up the checkpoint, adding: “A number of caliphate "
            "soldiers attacked a checkpoint of the apostate army near Arish and killed 15 of its elements.”\n")
    assert _speakers(nlp, text)[-1] == "Islamic State"


@pytest.mark.model
def test_whom_one_tells_is_the_listener_not_the_speaker(nlp: Language) -> None:
    text = ("“We are trying to bring them home, but the situation is difficult,” Ayob Khan Mydin Pitchay, head of "
            "counterterrorism for Special Branch, the intelligence arm of the Malaysian police, told Al Jazeera.\n")
    assert _speakers(nlp, text) == ["Ayob Khan Mydin Pitchay"]


@pytest.mark.model
def test_the_source_is_the_one_who_just_spoke(nlp: Language) -> None:
    text = ("“The group attacked the headquarters with three car bombs on Saturday evening,” Peshmerga officer "
            "Reshid Ali told the agency in Erbil.\n\n"
            "Eight fighters were reported dead.\n\n"
            "“The fighters eventually repelled the attack after killing more than 30 militants,” the source "
            "reported.\n")
    assert [q.speaker for q in nlp(text)._.quotes][-1] == "Reshid Ali"


@pytest.mark.model
def test_the_source_after_an_unnamed_source_stays_unnamed(nlp: Language) -> None:
    text = ("A security source said ten militants were killed in the clash.\n\n"
            "“The fighters eventually repelled the attack after killing more than 30 militants,” the source said.\n")
    assert _speakers(nlp, text) == []
