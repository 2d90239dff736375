"""Casualty counts of attacks (thirty-third session, casualty helper; short sentences written for the tests, some
after train pages): what a conflict as a whole "has killed" is a record, not an attack's toll; the second verb of
an active pair ("killed at least 46 persons and injured over 100") keeps a count of its own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-10-28")


def tolls(nlp: Language, text: str) -> list[tuple[str | None, int | None]]:
    return [(e.date, e.killed) for e in events(nlp, text) if e.type == "attack"]


def test_a_conflicts_record_is_no_events_toll(nlp: Language) -> None:
    # (after train pages) a count a conflict as a whole "has killed" is a record of years, told after the attack
    assert tolls(nlp, "Gunmen attacked a military base in Gubio on Monday. Boko Haram's decade-long campaign of "
                      "violence has killed 27,000 people and displaced two million in Nigeria.") == [
        ("2024-10-28", None)]
    assert tolls(nlp, "Insurgents attacked the village of Nkoe on Tuesday. Its seven-year insurgency has left 20,000 "
                      "people dead.") == [("2024-10-22", None)]
    assert tolls(nlp, "Insurgents attacked the village of Nkoe on Tuesday. Rwanda sent troops to support the battle "
                      "against the insurgency which has claimed over 2,000 lives.") == [("2024-10-22", None)]
    # the attack's own count in the perfect stands
    assert tolls(nlp, "Insurgents attacked the village of Nkoe on Tuesday. The attack has killed 12 "
                      "people.") == [("2024-10-22", 12)]


def test_an_active_pair_of_verbs_keeps_the_second_count(nlp: Language) -> None:
    # (after a train page) "killed at least 46 persons and injured over 100": the second verb's count hangs on
    # "over"; it is that verb's own, not a passive subject shared with the first
    text = ("The police in Pakistan’s restive province of Khyber Pakhtunkhwa said on Monday that an initial probe had "
            "suggested that banned terrorist group ISIS was behind the suicide attack on a political convention of a "
            "hardline Islamist party that killed at least 46 persons and injured over 100.\n\nThe attack took place "
            "on Sunday in the town of Khar.")
    found = [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]
    assert found == [(46, 100)]
    # a passive pair shares its subject
    found = [(e.killed, e.wounded) for e in events(nlp, "Gunmen attacked a bus in Kirkuk on Sunday. Four soldiers "
             "were ambushed and killed.") if e.type == "attack"]
    assert found == [(4, None)]


def test_a_count_in_a_verbless_sentence_is_read(nlp: Language) -> None:
    # the count's verb is looked for up the tree, which ends at a root that is no verb ("Attack in Mosul: ...")
    found = events(nlp, "Attack in Mosul: 12 killed on Monday.\n")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]
