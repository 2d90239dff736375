"""Event recall, twentieth session: sentences that named an event but never became a mention (short
sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_a_kind_word_before_incident_is_the_event(nlp: Language) -> None:
    # "suicide bombing" modifies "incident": the phrase names the attack, it is no "attack helicopter"
    found = events(nlp, "A suicide bombing incident occurred at the police headquarters in Medan on Wednesday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-08")]
    # ... but a trigger word modifying another noun still is no event
    assert events(nlp, "An attack helicopter landed at the airport in Medan on Wednesday.") == []


@pytest.mark.model
def test_the_wounded_in_a_blast_make_it_an_attack(nlp: Language) -> None:
    found = events(nlp, "Forty people were wounded in a blast near the police station.")
    assert [(e.type, e.wounded) for e in found] == [("attack", 40)]
    # a blast nobody was hurt or killed in, with nothing else to anchor it, is no report
    assert events(nlp, "Forty people heard a blast near the police station.") == []
    # soldiers hurt in a clash are a detail of the fight, not its report
    assert events(nlp, "Two soldiers were hurt in a clash near the police station.") == []


@pytest.mark.model
def test_initiated_carries_an_operation(nlp: Language) -> None:
    found = events(nlp, "Puntland forces initiated an operation targeting ISIS strongholds.")
    assert [e.type for e in found] == ["operation"]
    # an operation noun with no light verb, date or place is still no event
    assert events(nlp, "Puntland forces praised the operation.") == []


@pytest.mark.model
def test_plural_attacks_with_a_place_and_a_month_are_one_episode(nlp: Language) -> None:
    found = events(nlp, "In April, attacks by the group were also recorded on a reserve in the province of Niassa.")
    assert [(e.type, e.date, e.country) for e in found] == [("attack", "2024-04", "MZ")]
    # ... a year is no such episode: "attacks ... in 2021" is a tally
    assert events(nlp, "In 2021, attacks by the group were also recorded on a reserve in the province of Niassa.") == []


@pytest.mark.model
def test_the_groups_dead_at_a_place_on_a_day_are_an_operation(nlp: Language) -> None:
    # an army release's kill with no killer named: the place and the day make it the operation's report
    found = events(nlp, "An ISWAP commander was killed in Gwoza on Sunday.")
    assert [(e.type, e.place, e.date) for e in found] == [("operation", "Gwoza", "2024-05-05")]
    # without a day of its own it stays a detail of a story told around it
    assert events(nlp, "An ISWAP commander was also killed in Gwoza.") == []


@pytest.mark.model
def test_a_named_operation_with_a_start_date_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Operation Shujaa, which commenced on November 30, 2021, aims to eradicate the Allied "
                        "Democratic Forces from the eastern part of the DRC.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2021-11-30", "CD")]
    # the name is no actor of the operation it names
    assert all(e.actor != "Operation Shujaa" for e in found)
    # a standing operation's name, with no light verb or date of its own, reports no event
    assert events(nlp, "Combined Joint Task Force - Operation Inherent Resolve continues to support partner "
                       "forces.") == []


@pytest.mark.model
def test_a_force_killing_a_named_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Troops killed five Boko Haram fighters in Gwoza on Monday.")
    assert [(e.type, e.place, e.date) for e in found] == [("operation", "Gwoza", "2024-05-06")]
    # "fighters" alone may be either side's
    assert events(nlp, "Troops killed five fighters in Gwoza on Monday.") == []


@pytest.mark.model
def test_only_an_operation_word_opens_a_named_event(nlp: Language) -> None:
    # "Liberation" in a front's name and "Attack" in a missile's name name no event of their own
    assert events(nlp, "The Moro Islamic Liberation Front signed a peace deal with the government on Monday.") == []
    assert all(e.type != "attack" for e in events(
        nlp, "The forces struck ISIS positions in Raqqa with Tomahawk Land Attack Missiles on Monday."))


@pytest.mark.model
def test_people_killed_in_a_claimed_attack_are_no_operation(nlp: Language) -> None:
    # the group named in the victims' phrase claimed the attack: the dead are not its fighters
    found = events(nlp, "At least 16 people were killed in bomb blasts in two Afghan cities on Thursday, attacks "
                        "claimed by the Islamic State group.")
    assert "operation" not in [e.type for e in found]
