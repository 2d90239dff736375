"""Who did each event: actors of the nineteenth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-03-10")


def test_lakurawa_gunmen_are_the_sahel_province(nlp: Language) -> None:
    # the Nigerian press's name for the province's fighters in Sokoto and Kebbi
    found = events(nlp, "Suspected Lakurawa gunmen attacked an immigration post in Bagudo, Kebbi State, on "
                        "Sunday, killing three officers.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]


def test_bandits_in_kebbi_stay_unattributed(nlp: Language) -> None:
    # only the name makes them the province's: gunmen alone are no one's
    found = events(nlp, "Gunmen attacked an immigration post in Bagudo, Kebbi State, on Sunday, killing three "
                        "officers.")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


def test_the_group_a_clash_is_with_did_not_operate(nlp: Language) -> None:
    # the "with" phrase names the side fought; the article's force fought it
    found = events(nlp, "The Armed Forces of the Philippines said on Sunday that the clash with the Abu Sayyaf "
                        "group occurred in Talipao.", "2017-09-08")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_a_force_that_clashes_with_the_group_still_operated(nlp: Language) -> None:
    found = events(nlp, "Troops of the Armed Forces of the Philippines clashed with Abu Sayyaf gunmen in Patikul on "
                        "Sunday.", "2018-05-15")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_a_town_liberated_from_the_group_is_not_the_groups_recapture(nlp: Language) -> None:
    # the recapture is credited to the force that retook the town, never to the group it was taken from
    found = events(nlp, "On Monday the city of Sirte was completely liberated from ISIS.", "2016-12-06")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", None)]


def test_afghan_forces_are_the_republics_forces(nlp: Language) -> None:
    found = events(nlp, "Afghan police forces killed five Daesh fighters during an operation in Deh Bala district "
                        "of Nangarhar province on Friday.", "2019-05-25")
    assert [(e.type, e.actor) for e in found] == [("operation", "Afghan forces")]


def test_taliban_forces_stay_the_taliban(nlp: Language) -> None:
    found = events(nlp, "Taliban forces killed five Daesh fighters during an operation in Nangarhar province on "
                        "Friday.", "2023-05-25")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


def test_the_group_declared_defeated_is_still_named(nlp: Language) -> None:
    # the defeat phrase names the defeated group, which the real-article conventions never credit (thirty-second
    # session): the country's national force retook the ground
    found = events(nlp, "ISIS was declared territorially defeated in Iraq in December 2017.", "2018-01-06")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


def test_a_force_that_says_it_killed_in_an_ambush_operated(nlp: Language) -> None:
    # "it" is the service that reports its own ambush
    found = events(nlp, "The Counter-Terrorism Service announced on Wednesday that it had killed two ISIS suspects "
                        "during an ambush in Kirkuk province.", "2025-06-20")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


def test_a_group_that_says_it_killed_in_an_ambush_attacked(nlp: Language) -> None:
    found = events(nlp, "The Islamic State said on Wednesday that it had killed two soldiers during an ambush in "
                        "Kirkuk province.", "2025-06-20")
    assert [e.type for e in found] == ["attack"]


def _credited(nlp: Language, text: str, kind: str, actor: str) -> str | None:
    """The actor ``credit`` leaves on a ``kind`` event first credited to the knowledge-base actor ``actor``."""
    from sitroom.annotate import make_doc
    from sitroom.extract.events.credit import credit
    from sitroom.extract.events.records import Actor, EventMention
    from sitroom.extract.events.vocab import vocab
    from sitroom.models import stable_id
    from sitroom.resolve.actor_kb import load_actor_kb

    doc = nlp(make_doc(nlp, text, "t", "2024-05-06"))
    a = load_actor_kb().actors[actor]
    e = EventMention(kind, kind, 0, 5, 0, len(text), text, country="PK",
                     actor=Actor(a.canonical, stable_id("entity", a.type, a.canonical), a.type, False, a.id))
    credit([e], doc, vocab().target_group)
    return e.actor.name if e.actor is not None else None


def test_an_operation_read_as_the_groups_is_aimed_at_it(nlp: Language) -> None:
    # linked from a sentence about the group's leaders: the group is what the raid was against
    text = "The operation took place in Mastung. The IS leadership claimed to have been taken out was large."
    assert _credited(nlp, text, "operation", "islamic_state") is None


def test_an_attack_read_as_the_groups_stays_the_groups(nlp: Language) -> None:
    text = "The attack took place in Mastung. The IS leadership claimed it on Sunday."
    assert _credited(nlp, text, "attack", "islamic_state") == "Islamic State"


def test_police_in_malaysia_are_its_national_police(nlp: Language) -> None:
    found = events(nlp, "Police arrested him in Malacca on Nov 26 for joining IS.", "2017-01-01")
    assert [(e.type, e.actor) for e in found] == [("operation", "Royal Malaysia Police")]


def test_police_where_no_national_police_is_listed_stay_open(nlp: Language) -> None:
    found = events(nlp, "Police arrested him in Kano on Nov 26 for joining IS.", "2017-01-01")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]
