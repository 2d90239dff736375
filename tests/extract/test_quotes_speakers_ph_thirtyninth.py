"""Quote speakers on real-page habits (short sentences written for the tests): a singular office noun that also
names collective or unnamed speakers ("leader" as in "the leaders said", "a community leader said") holds the
office of the name set off in apposition after it, even where the parser hangs the name on the office's "of"
complement; its capitalised qualifier ("the Zonal leader") is no name."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_a_leader_with_a_name_in_apposition_is_that_person(nlp: Language) -> None:
    text = ("Speaking in Kano on Monday, the Zonal leader of the vigilante group, Garba Musa, said the attackers "
            "fled into the forest.\n\n"
            "He said: “We pursued them as far as the river before we lost their trail in the dark.”\n")
    assert _speakers(nlp, text) == ["Garba Musa"]


@pytest.mark.model
def test_an_unnamed_leader_stays_unnamed(nlp: Language) -> None:
    text = "“We pursued them as far as the river before we lost their trail,” a community leader said.\n"
    assert _speakers(nlp, text) == []  # no one named: the conventions leave the quote out


@pytest.mark.model
def test_a_related_headline_between_paragraphs_does_not_speak_for_the_statement(nlp: Language) -> None:
    text = ("Gunmen killed 44 civilians in a village in western Niger on Friday, according to the country's "
            "Interior Ministry.\n"
            "The attack took place during Friday prayers, the ministry stated.\n"
            "At least 10 soldiers are killed in an ambush near the border, the army says\n"
            "The news agency was unable to reach the group for comment.\n"
            "“The heavily armed terrorists surrounded the mosque and carried out their massacre,” the statement "
            "said.\n")
    assert _speakers(nlp, text) == ["Nigerien Ministry of Interior"]


@pytest.mark.model
def test_a_paragraph_closed_by_a_full_stop_still_speaks_for_the_statement(nlp: Language) -> None:
    text = ("Gunmen killed 44 civilians in a village in western Niger on Friday, according to the country's "
            "Interior Ministry.\n"
            "The attack took place during Friday prayers, the ministry stated.\n"
            "At least 10 soldiers were killed in an ambush near the border, the army said.\n"
            "“The heavily armed terrorists surrounded the mosque and carried out their massacre,” the statement "
            "said.\n")
    assert _speakers(nlp, text) == ["Nigerien Armed Forces"]  # the army of the page's state, the last body speaking


@pytest.mark.model
def test_a_quoted_paragraph_after_a_quotation_over_paragraphs_goes_on_with_its_speaker(nlp: Language) -> None:
    text = ("The Delta Watch summary has it fighters “moved to the village of Nguida, where they reportedly killed "
            "several more people, according to local sources.\n\n"
            "“Later the same day, the fighters moved south-west to another village, where buildings were set on "
            "fire.\n\n"
            "“According to a local source, soldiers left the district town on the morning of 22 May,” the "
            "monitoring group states.\n\n"
            "“Groups of fighters were also active across other districts of the province, though their main goal "
            "seems to be to find food.”\n")
    speakers = _speakers(nlp, text)
    assert len(speakers) == 2 and speakers[0] is not None and speakers[1] == speakers[0]
