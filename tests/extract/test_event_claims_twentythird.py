"""Whether an attack was claimed: claims of the twenty-third session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

pytestmark = pytest.mark.model


events = events_dated("2024-06-01")


def _claims(found: list[Event]) -> list[bool]:
    return [e.claimed for e in found if e.type == "attack"]


def test_an_attack_claimed_by_a_group_the_parse_misreads(nlp: Language) -> None:
    # "IS" after "by" is read as a verb: the claimant is still the name right after "by"
    found = events(nlp, "In October, an attack claimed by IS killed at least five people in Libya's central "
                        "Kufra region.")
    assert _claims(found) == [True]


def test_a_claim_clause_hung_on_a_noun_of_the_events_phrase(nlp: Language) -> None:
    found = events(nlp, "The deaths follow a May 7 ambush at a checkpoint in Sinai that killed 11 Egyptian "
                        "soldiers and was claimed by Islamic State.")
    assert _claims(found) == [True]


def test_taking_responsibility_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "The Islamic State group has taken responsibility for the May 11 suicide bombing in "
                        "Peshawar.")
    assert _claims(found) == [True]


def test_denying_responsibility_is_no_claim(nlp: Language) -> None:
    found = events(nlp, "The Islamic State group denied responsibility for the bombing in Peshawar on Monday.")
    assert _claims(found) in ([], [False])


def test_the_group_taken_up_by_a_pronoun_says_it_was_behind_an_attack(nlp: Language) -> None:
    found = events(nlp, "Islamic State also said it was behind a suicide bombing in Kabul two months ago that "
                        "left 25 people dead. It also said it was behind an attack targeting tourists in Bamiyan "
                        "in May that killed six people.")
    assert _claims(found) == [True, True]


def test_a_pronoun_taking_up_a_ministry_is_no_claim(nlp: Language) -> None:
    # the group is named before, but "it" is the ministry named last
    found = events(nlp, "Islamic State fighters were seen in the area. The Afghan interior ministry said it was "
                        "investigating an attack in Bamiyan in May that killed six people.")
    assert _claims(found) == [False]
