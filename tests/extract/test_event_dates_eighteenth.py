"""Event dates, eighteenth session: the day a group says it was behind an attack is the claim's, not the
attack's (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2019-12-28")


@pytest.mark.model
def test_the_day_a_group_says_it_was_behind_an_attack_is_not_the_attacks(nlp: Language) -> None:
    # a Friday claim of an attack told without its own day: dated to its month, not to the Friday
    found = events(nlp, "The Islamic State group said on Friday it was behind an attack on a checkpoint in "
                        "North Sinai that killed 15 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2019-12")]
    found = events(nlp, "Islamic State on Friday said its West Africa Province affiliate was behind an attack "
                        "that killed seven soldiers at their base in northern Burkina Faso.")
    assert [(e.type, e.date) for e in found] == [("attack", "2019-12")]


@pytest.mark.model
def test_who_says_it_acted_still_dates_the_act_by_the_saying(nlp: Language) -> None:
    # no claim link: the ministry reports its own operation, the day of saying is the day told
    found = events(nlp, "The ministry said on Friday its forces carried out an attack on a militant camp in "
                        "North Sinai.")
    assert [e.date for e in found] == ["2019-12-27"]


@pytest.mark.model
def test_the_attacks_own_day_beside_a_claim_dates_it(nlp: Language) -> None:
    found = events(nlp, "The group said it was behind an attack on Tuesday on a checkpoint in North Sinai that "
                        "killed 15 soldiers.")
    assert [e.date for e in found] == ["2019-12-24"]


@pytest.mark.model
def test_a_day_after_that_is_the_reported_acts(nlp: Language) -> None:
    # "said that on Monday ...": the date opens the reported clause, it is the raid's day
    found = events(nlp, "Official sources said that on Monday the security forces spotted and killed Zubair, the "
                        "operational commander of Daesh for Pakistan, in the Tangi area of Bajaur.")
    assert [e.date for e in found if e.type == "operation"] == ["2019-12-23"]


@pytest.mark.model
def test_a_pledge_to_an_acronym_keeps_its_year(nlp: Language) -> None:
    # the parse reads "to IS" as an infinitive; the year is the pledge's, not a purpose's
    found = events(nlp, "The ADF pledged allegiance to IS in 2019.")
    assert [(e.type, e.date) for e in found] == [("pledge", "2019")]


@pytest.mark.model
def test_a_purposes_year_still_does_not_date_the_event(nlp: Language) -> None:
    found = events(nlp, "Police arrested ten suspects in a series of operations to secure the elections this year.")
    assert [e.date for e in found] != ["2019"]
