"""Records and plans, twenty-eighth session: a group's habit told with an adverb of proportion ("mostly attacked
the policemen"), a line of activity told as a bare gerund ("involved in kidnapping for ransom"), a perfect killing
of "hundreds" with no count, and the aim of a preparation are no events; the same words with a day, an article or a
count still tell one (short sentences written for the tests, some shortened from training pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2019-05-07")


def kinds(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found]


@pytest.mark.model
def test_an_adverb_of_proportion_on_the_verb_tells_a_habit(nlp: Language) -> None:
    found = events(nlp, "This militant organization was active on social media and mostly attacked the policemen "
                        "on duty at different places.")
    assert kinds(found) == []


@pytest.mark.model
def test_mostly_on_the_victims_leaves_the_attack(nlp: Language) -> None:
    found = events(nlp, "Gunmen killed 20 people in an attack on a village on Monday, mostly women and children.")
    assert ("attack", "2019-05-06") in kinds(found)


@pytest.mark.model
def test_a_bare_gerund_after_involved_or_engaged_is_a_line_of_activity(nlp: Language) -> None:
    assert kinds(events(nlp, "The group was also engaged lately on kidnapping of locals in Sulu and Tawi-Tawi.")) == []
    assert kinds(events(nlp, "The suspect had been involved in fighting, kidnapping and beheading of foreign "
                             "hostages in the Philippines, police said.")) == []


@pytest.mark.model
def test_a_bombing_he_was_involved_in_with_a_month_is_an_event(nlp: Language) -> None:
    found = events(nlp, "He was also involved in a bombing incident in Bandung in March, police said.")
    assert kinds(found) == [("attack", "2019-03")]


@pytest.mark.model
def test_a_perfect_killing_of_hundreds_sums_up_a_record(nlp: Language) -> None:
    found = events(nlp, "The terrorists have killed hundreds of soldiers, policemen and civilians, mainly in North "
                        "Sinai but also elsewhere in Egypt.")
    assert kinds(found) == []


@pytest.mark.model
def test_a_perfect_killing_with_a_count_is_reported(nlp: Language) -> None:
    found = events(nlp, "Islamist militants have killed at least 15 soldiers in an attack on an army checkpoint in "
                        "northern Egypt.")
    assert [e.type for e in found] == ["attack"]
    assert found[0].killed == 15


@pytest.mark.model
def test_the_aim_of_a_preparation_is_a_plan(nlp: Language) -> None:
    found = events(nlp, "He was making the preparation to conduct the attack in collaboration with the other two "
                        "members of the terrorist group as well as one other facilitator who were in neighboring "
                        "Djibouti.")
    assert kinds(found) == []


@pytest.mark.model
def test_a_deed_that_says_which_fighters_are_meant_is_no_report(nlp: Language) -> None:
    found = events(nlp, "Six soldiers and at least one Islamist militant have been killed in the southern "
                        "Philippines, an army spokesman said Monday, as security forces hunted down fighters believed "
                        "to have bombed a Catholic mass last December.")
    assert "2018-12" not in [e.date for e in found]  # the bombing that says who is hunted is not reported
