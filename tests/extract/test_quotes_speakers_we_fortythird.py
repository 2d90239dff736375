"""Quote speakers on real-page habits (short sentences written for the tests): an activity that goes on after a
quotation is no speaker, a name the kind of place follows is no person, and an outlet that only cites a report
is not who issued it."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_an_activity_going_on_after_a_quotation_is_no_speaker(nlp: Language) -> None:
    text = ("Gunmen ambushed a military unit on Friday, the army said in a statement.\n\n"
            "The provisional toll is “eight bodies of soldiers found on the battlefield, three wounded evacuated”, "
            "but the search continues for several soldiers.\n")
    assert "search" not in _speakers(nlp, text)


@pytest.mark.model
def test_a_name_the_kind_of_place_follows_is_no_person_who_speaks(nlp: Language) -> None:
    text = ("The offensive took place after armed men ambushed a military unit in the Sahel region.\n\n"
            "“Operations continue and all means are being used to find the missing soldiers,” said the officer.\n")
    assert "Sahel" not in _speakers(nlp, text)


@pytest.mark.model
def test_an_outlet_citing_a_report_did_not_issue_it(nlp: Language) -> None:
    text = ("Militants attacked a police station in Borno, according to a report cited by Daily Media (DM). "
            "The report reads:\n"
            "“Report received that on Friday at about 2300hrs, terrorists attacked police quarters firing "
            "sporadically.”\n")
    assert not {"Daily Media", "DM"} & set(_speakers(nlp, text))
