"""Claims of responsibility, thirty-fifth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-04-21")


def test_a_claim_of_a_series_of_attacks_claims_each_one_told(nlp: Language) -> None:
    # the claim is told once, of several attacks; each attack then told apart, with no claim word, is claimed
    found = events(nlp, "ISWAP has claimed responsibility for a series of deadly attacks in Borno State this month. "
                        "On April 3, ISWAP fighters attacked an army base in Wajiroko, killing four soldiers. "
                        "On April 15, ISWAP fighters raided the village of Banga, killing two farmers.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed for e in attacks)


def test_a_wave_of_attacks_claimed_by_the_group_claims_each_one_told(nlp: Language) -> None:
    found = events(nlp, "Burkina Faso was hit by a wave of attacks claimed by the Islamic State. On April 16, "
                        "Islamic State fighters attacked an army post in Gorom-Gorom, killing five soldiers. On April "
                        "17, Islamic State fighters attacked the town of Sebba, killing ten civilians.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed for e in attacks)


def test_a_series_claim_does_not_claim_attacks_when_no_group_claimed(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked an army post in Gorom-Gorom on April 16, killing five soldiers. Attacks "
                        "claimed by the Islamic State have grown this year. No group has claimed the attack.")
    assert not any(e.claimed for e in found)


def test_a_state_raid_is_never_claimed_by_a_series_claim(nlp: Language) -> None:
    found = events(nlp, "ISWAP has claimed responsibility for a series of attacks in Borno State. On April 3, "
                        "the Nigerian Army raided an ISWAP camp in Sambisa Forest, killing 12 militants.")
    assert [e.claimed for e in found if e.type == "operation"] in ([False], [])


def test_an_attack_that_killed_and_was_claimed_by_the_group_is_claimed(nlp: Language) -> None:
    # the claim is the second verb of the main clause the attack is the subject of
    found = events(nlp, "A suicide bombing at a mosque in Peshawar on Friday killed 56 people and was later claimed "
                        "by the Islamic State group.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 56, True)]


def test_an_attack_blamed_by_officials_on_the_group_is_not_claimed(nlp: Language) -> None:
    found = events(nlp, "A bomb attack in Kabul killed five people and was blamed by officials on the Islamic State.")
    assert [(e.killed, e.claimed) for e in found] == [(5, False)]


def test_the_groups_claim_of_an_attack_is_the_claim_of_the_group_named_before(nlp: Language) -> None:
    found = events(nlp, "Turkish police arrested 40 suspects linked to the Islamic State on Tuesday. The operations "
                        "come after the group's claim of responsibility for an attack on a Moscow concert hall that "
                        "claimed over 130 lives.")
    assert [(e.killed, e.claimed) for e in found if e.type == "attack"] == [(130, True)]


def test_a_headline_claiming_attacks_claims_each_attack_told(nlp: Language) -> None:
    found = events(nlp, "Islamic State group claims attacks on Nigeria soldiers\n\nISWAP fighters attacked soldiers "
                        "at a checkpoint in Jiri on Monday, killing three. On Tuesday, ISWAP fighters ambushed a "
                        "patrol near Monguno, killing five soldiers.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed for e in attacks)


def test_claiming_the_lives_of_people_in_attacks_is_no_series_claim(nlp: Language) -> None:
    found = events(nlp, "The insurgency has claimed the lives of thousands in attacks. ISWAP fighters attacked "
                        "soldiers at a checkpoint in Jiri on Monday, killing three. On Tuesday, ISWAP fighters "
                        "ambushed a patrol near Monguno, killing five soldiers.")
    assert not any(e.claimed for e in found)


def test_a_claim_of_attacks_kept_since_a_date_is_background(nlp: Language) -> None:
    # a record of claims since 2019 claims none of the attacks the article tells
    found = events(nlp, "Since April 2019, the Islamic State group has claimed responsibility for a number of ADF "
                        "attacks. On Sunday, ADF rebels attacked the village of Kasindi, killing 13 villagers. On "
                        "Monday, ADF rebels attacked the village of Mpondwe, killing four farmers.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks
    assert not any(e.claimed for e in attacks)
