"""Habits of the fifth batch of unseen pages (army, air force and ministry statements; short sentences written
for the tests): a force killing the group's fighters with no event word is the force's operation, an attack
word done by a state's force is its operation, a kill inside a sentence's other event is part of it, attackers
only tied to the Islamic State in a branch's home area are that branch, and a day and a town of their own
keep a raid apart from the article's main attack."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

pytestmark = pytest.mark.model


events = events_dated("2025-10-20")


def kinds(found: list[Event]) -> list[tuple[str, str | None]]:
    return [(e.type, e.actor) for e in found]


def test_troops_killing_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Nigerian troops killed five ISWAP fighters in Gwoza on Monday.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2025-10-20", "NG")]  # a Monday


def test_neutralised_fighters_and_shot_dead_members_are_operations_too(nlp: Language) -> None:
    neutralised = events(nlp, "Nigerian troops on Monday neutralised 12 ISWAP terrorists near Monguno, Borno State.")
    assert kinds(neutralised) == [("operation", "Nigerian Army")]
    shot = events(nlp, "Soldiers shot dead a member of the Dawlah Islamiya-Maute Group in a brief encounter in "
                       "Piagapo, Lanao del Sur on Saturday.")
    assert [e.type for e in shot] == ["operation"]


def test_another_armed_group_killing_the_groups_members_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Taliban forces have killed three Islamic State (ISKP) militants in Kabul on Friday.")
    assert kinds(found) == [("operation", "Taliban")]


def test_gunmen_killing_soldiers_stays_an_attack(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot dead three soldiers in Borno on Monday.")
    assert [e.type for e in found] == ["attack"]


def test_a_neutralising_with_no_force_as_subject_is_no_operation(nlp: Language) -> None:
    found = events(nlp, "It was a precision air interdiction that neutralised several high-value ISWAP commanders "
                        "and fighters on Friday.")
    # no operation: the kill is the air interdiction's, a strike in the conventions (events.toml phrases)
    assert [e.type for e in found] == ["strike"]


def test_a_kill_inside_the_sentences_attack_is_part_of_it(nlp: Language) -> None:
    found = events(nlp, "The troops of Operation Hadin Kai on Friday neutralized 16 terrorists as they repelled a "
                        "coordinated attack on Damboa town.")
    assert [e.type for e in found] == ["attack"]


def test_an_attack_word_done_by_a_states_force_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "Joint units from Puntland's Defense Forces carried out coordinated ground assaults on "
                        "Friday, targeting entrenched ISIS hideouts in Cal Miskaad.")
    assert kinds(found) == [("operation", "Puntland Defence Forces")]


def test_condemning_attacks_does_not_make_them_the_condemners(nlp: Language) -> None:
    found = events(nlp, "The members of the Security Council condemned the heinous attacks carried out by the "
                        "Allied Democratic Forces in Komanda, Ituri, on 27 July 2025.")
    assert kinds(found) == [("attack", "Allied Democratic Forces")]


def test_attackers_tied_to_the_group_in_a_branchs_home_are_that_branch(nlp: Language) -> None:
    tied = events(nlp, "Militants tied to the Islamic State group stormed the town of Mocimboa da Praia in "
                       "Mozambique on Sunday.")
    assert kinds(tied) == [("attack", "Islamic State Mozambique Province")]
    affiliated = events(nlp, "Islamic State-affiliated rebels killed 15 people in eastern Congo on Friday.")
    assert [e.actor for e in affiliated] == ["Islamic State Central Africa Province"]


def test_a_claim_by_the_group_in_a_branchs_home_is_the_branchs(nlp: Language) -> None:
    # the group claims through its provinces (session 18; it was "Islamic State" before)
    found = events(nlp, "The Islamic State claimed the attack in Macomia, Mozambique on Friday.")
    assert [e.actor for e in found] == ["Islamic State Mozambique Province"]


def test_a_day_and_a_town_of_their_own_keep_a_raid_apart_from_the_main_attack(nlp: Language) -> None:
    text = (
        "ISWAP fighters attacked a military base in Monguno on Tuesday, October 14, killing five soldiers.\n\n"
        "The attack on the Monguno base lasted several hours, the army said.\n\n"
        "The attackers were repelled from Monguno after a gunfight, residents said.\n\n"
        "On Thursday, October 16, ISWAP fighters attacked a patrol in Marte, killing two soldiers.\n"
    )
    places = sorted(e.place or "" for e in events(nlp, text) if e.type == "attack")
    assert places == ["Marte", "Monguno"]
