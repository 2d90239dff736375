"""Event mentions (events/mentions.py): killings told only in a clause set days or weeks before another event."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_06_20 = events_dated("2023-06-20")


# Event mentions: people killed in an "after" clause set a count of days or weeks before ("comes days after 18 people
# were killed") are an earlier attack of their own, with the clause's own place and toll, whatever the sentence's
# subject is and though no attacker is named.

@pytest.mark.model
def test_killings_days_and_weeks_before_are_attacks_of_their_own(nlp: Language) -> None:
    found = events_on_2023_06_20(
        nlp,
        "This week's violence comes days after at least 18 people were killed by the group in neighboring Ituri "
        "province and weeks after 17 people were killed, also in North Kivu.",
    )
    assert sorted((e.type, e.place, e.killed) for e in found) == [
        ("attack", "Ituri", 18), ("attack", "North Kivu", 17)]


@pytest.mark.model
def test_a_killing_a_day_before_the_claimed_attack_is_not_its_toll(nlp: Language) -> None:
    found = events_on_2023_06_20(
        nlp,
        "ISIS has claimed an attack in Mali's volatile east near the border with Niger that killed a French soldier "
        "on Saturday, a day after 53 Malian troops were massacred in the same area.",
    )
    assert sorted(e.killed for e in found if e.type == "attack") == [1, 53]


@pytest.mark.model
def test_the_earlier_killing_does_not_take_the_sentence_s_own_toll(nlp: Language) -> None:
    found = events_on_2023_06_20(
        nlp,
        "Fifteen people were killed on Monday in an attack in western Niger, less than two weeks after 33 people "
        "were killed by suspected jihadists in the same area.",
    )
    assert sorted(e.killed for e in found) == [15, 33]


@pytest.mark.model
def test_no_earlier_attack_from_the_group_s_dead_or_a_bare_after(nlp: Language) -> None:
    # the group's own dead are no attack on them
    assert events_on_2023_06_20(nlp, "The raid comes days after 32 Islamic State militants were killed in Achin.") == []
    # with no count of days between, the killing may be the sentence's own event
    found = events_on_2023_06_20(nlp, "Gunmen attacked a checkpoint in Mafa, after two soldiers were killed nearby.")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]
