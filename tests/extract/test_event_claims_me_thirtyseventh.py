"""Claims of responsibility, thirty-seventh session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-04-21")


def test_a_claim_of_the_incident_claims_the_attack_told_before(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot dead a police officer in Peshawar on Monday. On August 30, one trooper was "
                        "killed in an explosion in Bajaur District. Islamic State Khorasan Province later claimed "
                        "responsibility for the incident.")
    # (the officer shot dead is the first attack's toll: the conventions count the killed)
    assert [(e.killed, e.claimed) for e in found] == [(1, False), (1, True)]


def test_an_incident_not_claimed_stays_unclaimed(nlp: Language) -> None:
    found = events(nlp, "Gunmen shot dead a police officer in Peshawar on Monday. On August 30, one trooper was "
                        "killed in an explosion in Bajaur District. The Pakistani Taliban did not claim "
                        "responsibility for the incident.")
    assert [e.claimed for e in found] == [False, False]


def test_a_group_that_never_claimed_its_attacks_claims_none_of_them(nlp: Language) -> None:
    found = events(nlp, "Seven people were killed in an attack by ADF rebels near Beni on Saturday. The ADF has "
                        "never claimed responsibility for attacks.")
    assert [(e.killed, e.claimed) for e in found] == [(7, False)]


def test_claims_kept_since_a_date_claim_none_of_the_attacks_told(nlp: Language) -> None:
    found = events(nlp, "Suspected Islamic State fighters stormed Balidhidin town in Puntland on Wednesday, "
                        "killing one soldier. Since its inception, the group has claimed responsibility for deadly "
                        "attacks in Puntland.")
    assert [(e.killed, e.claimed) for e in found] == [(1, False)]


def test_a_participle_claimed_by_a_group_claims_the_attack_the_parser_made_its_subject(nlp: Language) -> None:
    found = events(nlp, "The bombing was the deadliest attack in Indonesia since January 2016, when a suicide blast "
                        "and gun assault claimed by IS in downtown Jakarta left four civilians dead.")
    assert [(e.date, e.claimed) for e in found if e.date == "2016-01"] == [("2016-01", True)]


def test_a_participle_claimed_by_a_group_set_off_after_the_clause_claims_its_subject(nlp: Language) -> None:
    found = events(nlp, "Militants attacked two military bases in Cameroon's Far North region in June. One assault "
                        "was on the military base in Sandawadjiri, in the Far North Mayo-Sava region, claimed by "
                        "ISWAP.")
    assert [(e.actor, e.claimed) for e in found] == [("Islamic State West Africa Province", True)]


def test_the_group_s_claim_of_responsibility_for_an_attack_is_a_claim(nlp: Language) -> None:
    found = events(nlp, "Russian police arrested three men on Tuesday. The operations come after the Islamic "
                        "State's claim of responsibility for an attack on a Moscow concert hall that claimed over "
                        "130 lives.")
    assert [(e.type, e.claimed) for e in found] == [("operation", False), ("attack", True)]


def test_no_armed_group_having_claimed_leaves_the_attack_unclaimed(nlp: Language) -> None:
    found = events(nlp, "Militants attacked a military checkpoint in North Sinai on Tuesday, killing two soldiers. "
                        "No armed group has claimed responsibility for the attack so far, although Wilayat Sinai "
                        "regularly launches similar attacks.")
    assert [(e.killed, e.claimed) for e in found] == [(2, False)]


def test_no_claim_of_responsibility_leaves_the_attacks_unclaimed(nlp: Language) -> None:
    found = events(nlp, "Jihadists launched a dawn assault on security posts in Ben Guerdane on March 7, killing 13 "
                        "members of the security forces. There was no claim of responsibility for the March 7 "
                        "attacks, but the Islamic State claimed attacks in Tunis last year.")
    assert [e.claimed for e in found if e.killed == 13] == [False]


def test_a_claim_of_most_of_a_campaign_s_attacks_claims_none_of_those_told(nlp: Language) -> None:
    found = events(nlp, "Militants killed 15 soldiers in an attack on an army checkpoint in Sheikh Zuweid on "
                        "Thursday. A Sinai-based group that pledged allegiance to Islamic State has claimed "
                        "responsibility for most of the attacks in the region.")
    assert [e.claimed for e in found if e.killed == 15] == [False]


def test_an_attack_attributed_to_a_group_and_confirmed_by_others_is_no_claim(nlp: Language) -> None:
    # the group named in the subject of "was confirmed" is in what is told, not the one telling it
    found = events(nlp, "Gunmen killed 43 villagers in Lubero territory on Sunday. The massacre, attributed to the "
                        "Allied Democratic Forces (ADF), was confirmed by the Catholic aid organization Aid to the "
                        "Church in Need.")
    assert [e.claimed for e in found] == [False]


def test_a_leader_claiming_responsibility_claims_the_attack(nlp: Language) -> None:
    found = events(nlp, "Al-Sahrawi had claimed responsibility for a 2017 attack in Niger that killed four U.S. "
                        "military personnel.")
    assert [(e.killed, e.claimed) for e in found] == [(4, True)]


def test_a_leader_claiming_that_the_group_was_responsible_claims_the_attacks(nlp: Language) -> None:
    found = events(nlp, "Hafiz Saeed Khan helped establish training camps in Afghanistan for the Islamic State and "
                        "also claimed that the group was responsible for a series of suicide attacks that killed up "
                        "to 30 people in the city of Jalalabad in April 2015.")
    assert [e.claimed for e in found] == [True]


def test_a_person_claiming_what_happened_is_no_claim_of_responsibility(nlp: Language) -> None:
    found = events(nlp, "The police chief Ahmed Musa claimed that the bombing in Maiduguri on Monday killed 12 "
                        "people.")
    assert [(e.killed, e.claimed) for e in found] == [(12, False)]


def test_a_leader_told_by_his_pronoun_claiming_responsibility_claims_the_attack(nlp: Language) -> None:
    found = events(nlp, "Adnan Abu Walid al-Sahrawi founded a group in the Sahel. In particular, he claimed "
                        "responsibility for the October 2017 attack on Tongo Tongo in Niger.")
    assert [(e.date, e.claimed) for e in found if e.type == "attack"] == [("2017-10", True)]
