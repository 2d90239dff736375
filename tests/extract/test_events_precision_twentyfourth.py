"""Event precision, twenty-fourth session (short sentences written for the tests): an event told over the recent
years or months ("During the past two years, the group has beheaded three hostages", "implicated in a series of
bombings in recent years") sums up a record, not one event; a passive report of the people a story is about, a
rank ("one of the deadliest in recent years") and a record whose member is told stay as before."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-04-13")


@pytest.mark.model
def test_an_event_told_over_recent_years_is_a_record(nlp: Language) -> None:
    assert events(nlp, "During the past two years, the group has beheaded a German and two Canadian hostages.") == []
    assert events(nlp, "The suspects belong to a militant group implicated in a series of bombings in central "
                       "Mindanao in recent years.") == []
    assert events(nlp, "The police have arrested several terror suspects in Java in recent years.") == []
    assert events(nlp, "Over the last three years, the army has launched raids on militant camps in Sinai.") == []
    # the span on the clause's verb, past "following" and a participle adjunct
    assert events(nlp, "In recent months, the Nigerian military has stepped up its campaign against militant groups, "
                       "following a series of attacks that have left communities in fear.") == []
    assert events(nlp, "Boko Haram and its offshoots have consistently targeted military bases in recent months, "
                       "killing over a thousand soldiers.") == []


@pytest.mark.model
def test_a_recent_week_or_a_dated_event_stays(nlp: Language) -> None:
    found = events(nlp, "Police arrested two suspects in Surabaya on Monday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-04-08")]
    # a record whose member the text tells: the member is the event
    found = events(nlp, "Turkey has faced a series of attacks in recent years, including a 2017 nightclub shooting "
                        "in Istanbul that left 39 people dead.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2017", 39)]
    found = events(nlp, "Attacks by militant groups have killed nearly 5,000 people in Burkina Faso in the last two "
                        "years, with a particularly notable attack in June of last year claiming the lives of at least "
                        "160 people in the town of Solhan.")
    assert [(e.type, e.place, e.killed) for e in found] == [("attack", "Solhan", 160)]


@pytest.mark.model
def test_a_passive_report_over_recent_years_stays(nlp: Language) -> None:
    # the people the story is about, told in the passive: the report the page gives of their return
    found = events(nlp, "Hundreds of Kyrgyz citizens, mostly women and children, have been repatriated from Syria "
                        "in recent years.")
    assert [e.type for e in found] == ["repatriation"]


@pytest.mark.model
def test_an_imperative_meet_is_no_meeting(nlp: Language) -> None:
    assert events(nlp, "Home / News / Meet the newly remade Union of Sinai Tribes, the force taking over the fight "
                       "in Sinai") == []
    found = events(nlp, "The defence ministers met in Kampala on Monday to discuss the joint operation.")
    assert [(e.type, e.place) for e in found] == [("meeting", "Kampala")]


@pytest.mark.model
def test_a_meeting_that_is_only_where_a_thing_was_discussed_is_no_meeting(nlp: Language) -> None:
    assert events(nlp, "The administrator of Mambasa territory says the issue was discussed this week at the local "
                       "security council meeting.") == []
    # the parties told as the subject: a meeting
    found = events(nlp, "Coalition ministers discussed the plan at a meeting in Rome on Monday.")
    assert [(e.type, e.place) for e in found] == [("meeting", "Rome")]


@pytest.mark.model
def test_an_event_noun_in_a_participle_of_another_trigger_restates_it(nlp: Language) -> None:
    found = events(nlp, "U.S. fighter jets struck a suspected ISIS camp in Libya on Friday, killing at least 40 "
                        "people in an attack that illustrates growing Western resolve.")
    assert [(e.type, e.killed) for e in found] == [("strike", 40)]
    # told in a clause of its own, the attack is another event
    found = events(nlp, "U.S. fighter jets struck a suspected ISIS camp in Libya on Friday. Militants killed 12 "
                        "people in an attack on a checkpoint in Sirte on Thursday.")
    assert sorted(e.type for e in found) == ["attack", "strike"]


@pytest.mark.model
def test_a_day_as_possessor_names_the_event_of_that_day(nlp: Language) -> None:
    found = events(nlp, "Bangladesh security forces raided a suspected militant hideout in Dhaka on Monday, killing "
                        "two militants, police said. Monday's raid came after police received information about the "
                        "presence of suspected members of the group, Reuters reported.")
    assert [(e.type, e.place, e.actor) for e in found] == [("operation", "Dhaka", "Bangladesh Police")]
    # another day's raid is another event
    found = events(nlp, "Bangladesh security forces raided a suspected militant hideout in Dhaka on Monday, police "
                        "said. Wednesday's raid killed three militants, Reuters reported.")
    assert len(found) == 2
