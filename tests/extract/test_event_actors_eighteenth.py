"""Who did each event: actors of the eighteenth session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2025-12-22")


def test_the_group_an_article_is_about_did_its_uncredited_attack(nlp: Language) -> None:
    # Abu Sayyaf is named three times, the Islamic State once in passing: the bombing is Abu Sayyaf's
    found = events(nlp, "Abu Sayyaf militants have been blamed for many kidnappings in Sulu. The Abu Sayyaf is "
                        "notorious for beheadings, and the Islamic State has praised it. On Sunday, a bombing "
                        "killed five soldiers in Jolo. Officials said the Abu Sayyaf Group was being hunted.",
                   "2020-08-25")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Jolo", "Abu Sayyaf Group")]


def test_two_groups_named_as_often_leave_the_attack_open(nlp: Language) -> None:
    found = events(nlp, "Abu Sayyaf militants have been blamed for many kidnappings in Sulu. The Islamic State has "
                        "praised the Abu Sayyaf. On Sunday, a bombing killed five soldiers in Jolo. Officials said "
                        "Islamic State fighters were being hunted.", "2020-08-25")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Jolo", None)]


def test_a_monitor_that_documented_an_attack_did_not_carry_it_out(nlp: Language) -> None:
    # ACLED reports the attack; the insurgents of Cabo Delgado are the Mozambique Province's
    found = events(nlp, "The first attack documented by the Armed Conflict Location and Event Data Project was "
                        "on Sunday, when insurgents beheaded two men in Macomia. Islamic State militants have been "
                        "active in Cabo Delgado since 2017.", "2024-02-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


def test_an_organization_still_holds_a_meeting(nlp: Language) -> None:
    # only attacks need an armed hand: a bloc's summit stays the bloc's
    found = events(nlp, "The Southern African Development Community held a summit in Luanda on Thursday to "
                        "discuss the insurgency in Cabo Delgado.", "2023-08-20")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Southern African Development Community")]


def test_a_claim_by_the_group_in_one_branchs_home_is_that_branchs(nlp: Language) -> None:
    # the group claims through its provinces: an attack in Tillaberi it claimed is the Sahel Province's
    found = events(nlp, "The Islamic State claimed responsibility for an attack on an army post in Tillaberi, "
                        "Niger, on Sunday that killed 20 soldiers.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State Sahel Province", True)]


def test_a_claim_where_no_branch_lives_stays_the_groups(nlp: Language) -> None:
    found = events(nlp, "The Islamic State claimed responsibility for a shooting in Brussels on Sunday that killed "
                        "two people.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State", True)]


def test_a_state_striking_abroad_is_the_command_its_release_names(nlp: Language) -> None:
    # a CENTCOM release told as "the United States said": the command of the strike's country
    found = events(nlp, "The United States said it killed two Islamic State leaders in an airstrike in Syria on "
                        "Thursday. U.S. Central Command said no civilians were harmed.")
    assert [(e.type, e.country, e.actor) for e in found] == [("strike", "SY", "U.S. Central Command")]


def test_a_command_of_another_area_leaves_the_state(nlp: Language) -> None:
    # Africa Command does not fight in Syria
    found = events(nlp, "The United States said it killed two Islamic State leaders in an airstrike in Syria on "
                        "Thursday. U.S. Africa Command said separately that it was watching Somalia.")
    assert [(e.type, e.country, e.actor) for e in found if e.country == "SY"] == [("strike", "SY", "United States")]


def test_the_monitors_letters_name_the_mozambique_province(nlp: Language) -> None:
    found = events(nlp, "ISM's attack on civilians in Mocimboa da Praia town on September 7 killed three people.",
                   "2025-09-20")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


def test_a_states_force_in_a_region_with_its_own_is_that_regions(nlp: Language) -> None:
    # Puntland fights the Islamic State in Bari itself: "Somali forces" there are Puntland's
    found = events(nlp, "Somali security forces killed seven Islamic State fighters in an operation near Qandala "
                        "on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Defence Forces")]


def test_the_states_force_elsewhere_stays_the_national_army(nlp: Language) -> None:
    found = events(nlp, "Somali security forces killed seven Islamic State fighters in an operation near Mogadishu "
                        "on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Somali National Army")]


def test_attackers_named_by_their_own_group_beside_the_one_they_are_tied_to(nlp: Language) -> None:
    # "IS-linked rebels of the ADF": the rebels are the ADF's, the link only describes them
    found = events(nlp, "Islamic State-linked rebels of the Allied Democratic Forces (ADF) killed 89 civilians in "
                        "multiple attacks in eastern Democratic Republic of Congo's Lubero territory on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


def test_attackers_only_tied_to_the_group_are_the_branch_of_their_area(nlp: Language) -> None:
    found = events(nlp, "Militants linked to the Islamic State group stormed a village in Macomia district of "
                        "Mozambique on Sunday, killing five people.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


def test_an_administrations_force_is_the_target_of_an_attack_not_its_author(nlp: Language) -> None:
    # the SDF are the Kurdish-led administration's army: the side the group's attacks are aimed at
    found = events(nlp, "The SDF suffered an attack in al-Zar on Sunday that killed one fighter.", "2023-09-10")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


def test_an_administrations_force_still_makes_arrests(nlp: Language) -> None:
    found = events(nlp, "The SDF arrested five ISIS suspects in a raid in Raqqa on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


def test_the_groups_claim_keeps_the_attackers_the_text_names(nlp: Language) -> None:
    # "ADF rebels attacked ... the Islamic State claimed": the ADF did it, the claim is the group's
    found = events(nlp, "ADF rebels attacked the Kangbayi prison in Beni on Tuesday, freeing 1,300 inmates. The "
                        "Islamic State group claimed responsibility for the prison attack.", "2020-10-22")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Allied Democratic Forces", True)]


def test_the_groups_claim_names_attackers_the_text_left_unnamed(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a church in Kasindi on Sunday, killing ten people. The Islamic State "
                        "group claimed responsibility for the church attack.", "2023-01-17")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    assert found[0].actor in ("Islamic State", "Islamic State Central Africa Province")


def test_of_two_branches_named_for_a_country_the_one_at_home_where_it_happened(nlp: Language) -> None:
    # Niger is shared: Niamey lies in the Sahel Province's home, Diffa in the West Africa Province's
    text = ("Fighters of the Islamic State West Africa Province and the Islamic State Sahel Province are active in "
            "Niger. On Wednesday, the Islamic State claimed an attack on an army post in {} that wounded four "
            "soldiers.")
    found = events(nlp, text.format("Niamey"), "2026-02-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]
    found = events(nlp, text.format("Diffa"), "2026-02-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]



def test_a_repatriation_no_one_is_credited_with_is_the_receiving_states(nlp: Language) -> None:
    # the returnees' demonym, or the country they return to, names the state; Syria, where the camp is, does not
    found = events(nlp, "Hundreds of Kyrgyz citizens, mostly women and children, were repatriated from the al-Hol "
                        "camp in Syria on Sunday.", "2025-03-10")
    assert [(e.type, e.country, e.actor) for e in found] == [("repatriation", "SY", "Kyrgyzstan")]
    found = events(nlp, "Four women and 13 children were returned to Australia on Saturday from the Roj camp in "
                        "Syria.", "2025-03-10")
    assert [(e.type, e.country, e.actor) for e in found] == [("repatriation", "SY", "Australia")]


def test_two_states_named_leave_the_repatriation_open(nlp: Language) -> None:
    found = events(nlp, "Kyrgyz and Kazakh citizens were repatriated from the al-Hol camp in Syria on Sunday.",
                   "2025-03-10")
    assert [(e.type, e.country, e.actor) for e in found] == [("repatriation", "SY", None)]
