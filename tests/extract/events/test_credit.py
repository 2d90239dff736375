"""Who an event is credited to across the document (events/credit.py): claims, the group that claims an attack, and a
claim's branch."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.credit import _aircraft_states
from sitroom.extract.events.syntax import has_word
from sitroom.extract.events.vocab import vocab

# the reference days the tests' sentences are written around
events_on_2015_04_02 = events_dated("2015-04-02")
events_on_2025_03_14 = events_dated("2025-03-14")
events_on_2025_04_21 = events_dated("2025-04-21")
events_on_2016_01_20 = events_dated("2016-01-20")
events_on_2025_12_21 = events_dated("2025-12-21")
events_on_2016_12_11 = events_dated("2016-12-11")
events_on_2021_04_26 = events_dated("2021-04-26")


# Claims: "claim" whose object is a thing no event is named by, which a relative clause tells more of ("to claim the
# victory, which took place a year after the city was first attacked"), claims that thing, not the event the clause
# tells.

@pytest.mark.model
def test_claiming_a_victory_claims_no_attack_of_its_clause(nlp: Language) -> None:
    found = events_on_2015_04_02(
        nlp, "The prime minister arrived in the city on Wednesday to claim the victory, which took place a "
             "year after the city was first attacked by the Islamic State.")
    assert [e.claimed for e in found if e.type == "attack"] == [False]


@pytest.mark.model
def test_a_claimed_event_noun_keeps_its_clause_claimed(nlp: Language) -> None:
    found = events_on_2015_04_02(nlp,
                                 "The Islamic State claimed the assault, in which gunmen attacked a base in Kirkuk.")
    assert [e.claimed for e in found if e.type == "attack"] == [True]


@pytest.mark.model
def test_a_claim_of_a_series_of_attacks_claims_each_one_told(nlp: Language) -> None:
    # the claim is told once, of several attacks; each attack then told apart, with no claim word, is claimed
    found = events_on_2025_04_21(
        nlp, "ISWAP has claimed responsibility for a series of deadly attacks in Borno State this month. "
             "On April 3, ISWAP fighters attacked an army base in Wajiroko, killing four soldiers. "
             "On April 15, ISWAP fighters raided the village of Banga, killing two farmers.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed for e in attacks)


@pytest.mark.model
def test_a_wave_of_attacks_claimed_by_the_group_claims_each_one_told(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Burkina Faso was hit by a wave of attacks claimed by the Islamic State. On April 16, "
             "Islamic State fighters attacked an army post in Gorom-Gorom, killing five soldiers. On April "
             "17, Islamic State fighters attacked the town of Sebba, killing ten civilians.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed for e in attacks)


@pytest.mark.model
def test_a_series_claim_does_not_claim_attacks_when_no_group_claimed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Gunmen attacked an army post in Gorom-Gorom on April 16, killing five soldiers. Attacks "
             "claimed by the Islamic State have grown this year. No group has claimed the attack.")
    assert not any(e.claimed for e in found)


@pytest.mark.model
def test_a_state_raid_is_never_claimed_by_a_series_claim(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "ISWAP has claimed responsibility for a series of attacks in Borno State. On April 3, "
             "the Nigerian Army raided an ISWAP camp in Sambisa Forest, killing 12 militants.")
    assert [e.claimed for e in found if e.type == "operation"] in ([False], [])


@pytest.mark.model
def test_an_attack_that_killed_and_was_claimed_by_the_group_is_claimed(nlp: Language) -> None:
    # the claim is the second verb of the main clause the attack is the subject of
    found = events_on_2025_04_21(
        nlp, "A suicide bombing at a mosque in Peshawar on Friday killed 56 people and was later claimed "
             "by the Islamic State group.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 56, True)]


@pytest.mark.model
def test_an_attack_blamed_by_officials_on_the_group_is_not_claimed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "A bomb attack in Kabul killed five people and was blamed by officials on the Islamic State.")
    assert [(e.killed, e.claimed) for e in found] == [(5, False)]


@pytest.mark.model
def test_the_groups_claim_of_an_attack_is_the_claim_of_the_group_named_before(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Turkish police arrested 40 suspects linked to the Islamic State on Tuesday. The operations "
             "come after the group's claim of responsibility for an attack on a Moscow concert hall that "
             "claimed over 130 lives.")
    assert [(e.killed, e.claimed) for e in found if e.type == "attack"] == [(130, True)]


@pytest.mark.model
def test_a_headline_claiming_attacks_claims_each_attack_told(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Islamic State group claims attacks on Nigeria soldiers\n\nISWAP fighters attacked soldiers "
             "at a checkpoint in Jiri on Monday, killing three. On Tuesday, ISWAP fighters ambushed a "
             "patrol near Monguno, killing five soldiers.")
    attacks = [e for e in found if e.type == "attack"]
    assert len(attacks) == 2
    assert all(e.claimed for e in attacks)


@pytest.mark.model
def test_claiming_the_lives_of_people_in_attacks_is_no_series_claim(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "The insurgency has claimed the lives of thousands in attacks. ISWAP fighters attacked "
             "soldiers at a checkpoint in Jiri on Monday, killing three. On Tuesday, ISWAP fighters "
             "ambushed a patrol near Monguno, killing five soldiers.")
    assert not any(e.claimed for e in found)


@pytest.mark.model
def test_a_claim_of_attacks_kept_since_a_date_is_background(nlp: Language) -> None:
    # a record of claims since 2019 claims none of the attacks the article tells
    found = events_on_2025_04_21(
        nlp, "Since April 2019, the Islamic State group has claimed responsibility for a number of ADF "
             "attacks. On Sunday, ADF rebels attacked the village of Kasindi, killing 13 villagers. On "
             "Monday, ADF rebels attacked the village of Mpondwe, killing four farmers.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks
    assert not any(e.claimed for e in attacks)


@pytest.mark.model
def test_a_claim_of_the_incident_claims_the_attack_told_before(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Gunmen shot dead a police officer in Peshawar on Monday. On August 30, one trooper was "
             "killed in an explosion in Bajaur District. Islamic State Khorasan Province later claimed "
             "responsibility for the incident.")
    # (the officer shot dead is the first attack's toll: the conventions count the killed)
    assert [(e.killed, e.claimed) for e in found] == [(1, False), (1, True)]


@pytest.mark.model
def test_an_incident_not_claimed_stays_unclaimed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Gunmen shot dead a police officer in Peshawar on Monday. On August 30, one trooper was "
             "killed in an explosion in Bajaur District. The Pakistani Taliban did not claim "
             "responsibility for the incident.")
    assert [e.claimed for e in found] == [False, False]


@pytest.mark.model
def test_a_group_that_never_claimed_its_attacks_claims_none_of_them(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Seven people were killed in an attack by ADF rebels near Beni on Saturday. The ADF has "
             "never claimed responsibility for attacks.")
    assert [(e.killed, e.claimed) for e in found] == [(7, False)]


@pytest.mark.model
def test_claims_kept_since_a_date_claim_none_of_the_attacks_told(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Suspected Islamic State fighters stormed Balidhidin town in Puntland on Wednesday, "
             "killing one soldier. Since its inception, the group has claimed responsibility for deadly "
             "attacks in Puntland.")
    assert [(e.killed, e.claimed) for e in found] == [(1, False)]


@pytest.mark.model
def test_a_participle_claimed_by_a_group_claims_the_attack_the_parser_made_its_subject(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "The bombing was the deadliest attack in Indonesia since January 2016, when a suicide blast "
             "and gun assault claimed by IS in downtown Jakarta left four civilians dead.")
    assert [(e.date, e.claimed) for e in found if e.date == "2016-01"] == [("2016-01", True)]


@pytest.mark.model
def test_a_participle_claimed_by_a_group_set_off_after_the_clause_claims_its_subject(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Militants attacked two military bases in Cameroon's Far North region in June. One assault "
             "was on the military base in Sandawadjiri, in the Far North Mayo-Sava region, claimed by "
             "ISWAP.")
    assert [(e.actor, e.claimed) for e in found] == [("Islamic State West Africa Province", True)]


@pytest.mark.model
def test_the_group_s_claim_of_responsibility_for_an_attack_is_a_claim(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Russian police arrested three men on Tuesday. The operations come after the Islamic "
             "State's claim of responsibility for an attack on a Moscow concert hall that claimed over "
             "130 lives.")
    assert [(e.type, e.claimed) for e in found] == [("operation", False), ("attack", True)]


@pytest.mark.model
def test_no_armed_group_having_claimed_leaves_the_attack_unclaimed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Militants attacked a military checkpoint in North Sinai on Tuesday, killing two soldiers. "
             "No armed group has claimed responsibility for the attack so far, although Wilayat Sinai "
             "regularly launches similar attacks.")
    assert [(e.killed, e.claimed) for e in found] == [(2, False)]


@pytest.mark.model
def test_no_claim_of_responsibility_leaves_the_attacks_unclaimed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Jihadists launched a dawn assault on security posts in Ben Guerdane on March 7, killing 13 "
             "members of the security forces. There was no claim of responsibility for the March 7 "
             "attacks, but the Islamic State claimed attacks in Tunis last year.")
    assert [e.claimed for e in found if e.killed == 13] == [False]


@pytest.mark.model
def test_a_claim_of_most_of_a_campaign_s_attacks_claims_none_of_those_told(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Militants killed 15 soldiers in an attack on an army checkpoint in Sheikh Zuweid on "
             "Thursday. A Sinai-based group that pledged allegiance to Islamic State has claimed "
             "responsibility for most of the attacks in the region.")
    assert [e.claimed for e in found if e.killed == 15] == [False]


@pytest.mark.model
def test_an_attack_attributed_to_a_group_and_confirmed_by_others_is_no_claim(nlp: Language) -> None:
    # the group named in the subject of "was confirmed" is in what is told, not the one telling it
    found = events_on_2025_04_21(
        nlp, "Gunmen killed 43 villagers in Lubero territory on Sunday. The massacre, attributed to the "
             "Allied Democratic Forces (ADF), was confirmed by the Catholic aid organization Aid to the "
             "Church in Need.")
    assert [e.claimed for e in found] == [False]


@pytest.mark.model
def test_a_leader_claiming_responsibility_claims_the_attack(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Al-Sahrawi had claimed responsibility for a 2017 attack in Niger that killed four U.S. "
             "military personnel.")
    assert [(e.killed, e.claimed) for e in found] == [(4, True)]


@pytest.mark.model
def test_a_leader_claiming_that_the_group_was_responsible_claims_the_attacks(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Hafiz Saeed Khan helped establish training camps in Afghanistan for the Islamic State and "
             "also claimed that the group was responsible for a series of suicide attacks that killed up "
             "to 30 people in the city of Jalalabad in April 2015.")
    assert [e.claimed for e in found] == [True]


@pytest.mark.model
def test_a_person_claiming_what_happened_is_no_claim_of_responsibility(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "The police chief Ahmed Musa claimed that the bombing in Maiduguri on Monday killed 12 "
             "people.")
    assert [(e.killed, e.claimed) for e in found] == [(12, False)]


@pytest.mark.model
def test_a_leader_told_by_his_pronoun_claiming_responsibility_claims_the_attack(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Adnan Abu Walid al-Sahrawi founded a group in the Sahel. In particular, he claimed "
             "responsibility for the October 2017 attack on Tongo Tongo in Niger.")
    assert [(e.date, e.claimed) for e in found if e.type == "attack"] == [("2017-10", True)]


@pytest.mark.model
def test_a_claim_participle_after_the_phrase_of_the_attack_claims_it(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Nine villagers died during the attack, claimed by the Allied Democratic Forces, near Beni.")
    assert [(e.actor, e.claimed) for e in found] == [("Allied Democratic Forces", True)]


@pytest.mark.model
def test_a_participle_of_another_verb_after_the_phrase_claims_nothing(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Nine villagers died during the attack, carried out by the Allied Democratic Forces near "
             "Beni.")
    assert [e.claimed for e in found] == [False]


@pytest.mark.model
def test_a_claim_in_a_relative_clause_hung_on_the_attack_s_place_claims_the_attack(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Officials recalled a bombing at a market in Maiduguri that killed 19 shoppers and was "
             "claimed by ISWAP.")
    assert [(e.killed, e.claimed) for e in found] == [(19, True)]


@pytest.mark.model
def test_a_pronoun_that_says_it_was_behind_an_attack_claims_it(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "ISIS claimed a bombing in Kabul on Friday. It also said it was behind an attack on "
             "a bus in Herat in May that killed four passengers.")
    assert [e.claimed for e in found] == [True, True]


@pytest.mark.model
def test_a_pronoun_with_no_group_before_it_claims_nothing(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Police arrested two men in Kabul. It said it was behind an attack on a bus in Herat in "
             "May that killed four passengers.")
    assert [e.claimed for e in found if e.type == "attack"] == [False]


@pytest.mark.model
def test_claiming_credit_is_a_claim_the_article_reports() -> None:
    claims = vocab().claims
    assert claims is not None
    assert claims.search("The militants have since claimed credit for the operation")
    assert not claims.search("The army claimed success in the operation")


@pytest.mark.model
def test_a_group_claiming_with_an_adverb_between_claims_the_attack(nlp: Language) -> None:
    # the parser reads the acronym "IS" as the verb "is": the claimant is still right before "claimed"
    found = events_on_2025_03_14(nlp, "IS also claimed an attack on a bank in northern Afghanistan on Wednesday that "
                                      "killed eight people.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 8, True)]


@pytest.mark.model
def test_a_claim_as_the_noun_s_modifier_is_a_claim(nlp: Language) -> None:
    found = events_on_2025_03_14(
        nlp, "In 2023, six civilians were killed near the foreign ministry in Kabul in another "
             "IS-claimed bombing.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 6, True)]


@pytest.mark.model
def test_a_claimed_toll_of_lives_is_no_claim_of_responsibility(nlp: Language) -> None:
    # "claimed the lives of" is the toll's verb, not a claim (unchanged by the modifier rule)
    found = events_on_2025_03_14(nlp,
                                 "A suspected ISIS bombing claimed the lives of ten civilians in Kabul on Wednesday.")
    assert [e.claimed for e in found] == [False]


@pytest.mark.model
def test_taking_credit_for_an_attack_is_a_claim(nlp: Language) -> None:
    # "the group" refers back to the group named before; "took credit for" claims as "claimed" does
    found = events_on_2025_03_14(
        nlp, "The Islamic State said its fighters were active in Quetta. Earlier in August, the group "
             "took credit for an attack on a gathering of lawyers at a hospital in Quetta that left 70 "
             "persons killed.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 70, True)]
    assert found[0].actor is not None and "Islamic State" in found[0].actor


@pytest.mark.model
def test_accepting_responsibility_is_a_claim(nlp: Language) -> None:
    found = events_on_2025_03_14(
        nlp, "The Islamic State accepted responsibility for the bombing of a church in Quetta on Sunday "
             "that killed nine people.")
    assert [(e.type, e.killed, e.claimed) for e in found] == [("attack", 9, True)]


@pytest.mark.model
def test_boasting_of_an_attack_is_a_claim(nlp: Language) -> None:
    found = events_on_2025_03_14(
        nlp, "Islamic State boasted of attacking the army barracks in Mocimboa da Praia on Sunday, "
             "killing two soldiers.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_bearing_responsibility_is_blame_not_a_claim(nlp: Language) -> None:
    # "bears responsibility" is what others lay on someone: no credit verb
    found = events_on_2025_03_14(
        nlp, "Police said the gunmen who bear responsibility for the ambush in Tillaberi on Sunday "
             "killed five soldiers.")
    assert all(not e.claimed for e in found)


@pytest.mark.model
def test_others_saying_the_group_was_responsible_is_no_claim(nlp: Language) -> None:
    found = events_on_2025_03_14(
        nlp, "Police said the group was responsible for the October 24 attack on a police academy in "
             "Quetta that killed 60 people.")
    assert [(e.killed, e.claimed) for e in found] == [(60, False)]


@pytest.mark.model
def test_a_title_case_headline_claims_the_attack_it_names(nlp: Language) -> None:
    # the parser reads "Claims" as part of a name in a title-case headline
    found = events_on_2025_03_14(nlp, "Daesh Claims Attack on Pakistani Police Barracks")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    assert found[0].actor is not None and "Islamic State" in found[0].actor


@pytest.mark.model
def test_a_title_case_toll_is_no_claim(nlp: Language) -> None:
    found = events_on_2025_03_14(nlp, "Brutal ADF Attack Claims 16 Lives in Beni")
    assert all(not e.claimed for e in found)


@pytest.mark.model
def test_declaring_responsibility_is_a_claim(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "IS declared responsibility for an attack at Nkoe in Cabo Delgado on Sunday, killing one "
             "soldier.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_the_group_not_saying_another_branch_was_responsible_is_no_claim(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "ISIS did not say that ISWAP was responsible for a simultaneous assault on Tuesday on the "
             "city of Arbinda that left 35 civilians dead.")
    assert [(e.killed, e.claimed) for e in found] == [(35, False)]


@pytest.mark.model
def test_no_group_having_so_far_claimed_leaves_the_attack_unclaimed(nlp: Language) -> None:
    # "so far" between "has" and "claimed" still says no one claimed it; the article's claim words do not count
    found = events_on_2025_04_21(
        nlp, "Jihadists affiliated with the Islamic State attacked a village near Banibangou in Niger "
             "on Sunday, killing 60 people. No group has so far claimed responsibility for the attack.")
    assert [(e.killed, e.claimed) for e in found] == [(60, False)]


@pytest.mark.model
def test_no_party_having_claimed_leaves_the_attack_unclaimed(nlp: Language) -> None:
    found = events_on_2025_04_21(
        nlp, "Elements affiliated with the Islamic State ambushed the Malian army near Tessit on Sunday, "
             "killing four soldiers. No party has claimed responsibility for the attack.")
    assert [(e.killed, e.claimed) for e in found] == [(4, False)]


# Who an event is credited to across the document (events/credit.py): an arrest lent another state's credit.

@pytest.mark.model
def test_an_arrest_lent_a_foreign_states_credit_is_the_arresting_states(nlp: Language) -> None:
    # the state the article credits its other arrest to (Turkey) did not arrest the couple in Malaysia
    found = events_on_2016_01_20(
        nlp, "Three suspects were detained by the Turkish authorities in Istanbul on Nov 15 for trying to join the "
        "Islamic State. A married couple was deported to Malaysia last Monday and arrested upon arrival at the "
        "Kuala Lumpur International Airport.")
    in_malaysia = [e for e in found if e.type == "operation" and e.country == "MY"]
    assert [e.actor for e in in_malaysia] == ["Royal Malaysia Police"]


@pytest.mark.model
def test_an_arrest_abroad_by_a_force_its_sentence_names_keeps_it(nlp: Language) -> None:
    found = events_on_2016_01_20(nlp, "U.S. forces detained two Islamic State associates in Syria on Tuesday.")
    assert [e.actor for e in found if e.type == "operation"] != ["Syria"]
    assert all(e.actor is not None for e in found if e.type == "operation")


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Iraq's Ministry of Immigration and Displacement has repatriated 150 Iraqi families from al-Hol camp in "
    "northeast Syria on Monday.",
    "The Finnish Foreign Ministry said on Monday it had repatriated two women and five children from the al-Hol "
    "camp in Syria.",
])
def test_a_ministrys_repatriation_is_its_states(nlp: Language, text: str) -> None:
    found = events_on_2016_01_20(nlp, text)
    assert [e.actor for e in found if e.type == "repatriation"] in (["Iraq"], ["Finland"])


# A state's own operations at home credited to the force that makes them (events/credit.py states_to_forces).

@pytest.mark.model
def test_syria_announcing_a_raid_since_2024_is_its_interior_ministry(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "Syria announced on Sunday it had dismantled an ISIS cell in a Damascus suburb and arrested seven people.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Ministry of Interior")]


@pytest.mark.model
def test_syria_retaking_a_town_before_2024_is_its_army(nlp: Language) -> None:
    found = events_on_2016_12_11(
        nlp, "Backed by Russian air power, Syria had recaptured Palmyra from the Islamic State in March.")
    assert [(e.type, e.actor) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Syrian Arab Army")]


# A strike credited to the state's army whose sentence names an air arm only by its kind is the state's air force.

events_on_2021_04_26 = events_dated("2021-04-26")
events_on_2017_08_27 = events_dated("2017-08-27")
events_on_2025_04_02 = events_dated("2025-04-02")


@pytest.mark.model
def test_airstrikes_by_the_air_force_are_the_states_air_force(nlp: Language) -> None:
    found = events_on_2021_04_26(
        nlp, "ISWAP fighters overran Geidam in Yobe State on Friday. The insurgents retreated after airstrikes by "
             "the air force hit their positions in Geidam.")
    assert [e.actor for e in found if e.type == "strike"] == ["Nigerian Air Force"]


@pytest.mark.model
def test_airstrikes_by_the_military_are_the_armed_forces_as_a_whole(nlp: Language) -> None:
    # armies do not fly: "the military" that struck from the air is the state's armed forces ([armed_forces])
    found = events_on_2021_04_26(
        nlp, "ISWAP fighters overran Geidam in Yobe State on Friday. The insurgents retreated after airstrikes by "
             "the military hit their positions in Geidam.")
    assert [e.actor for e in found if e.type == "strike"] == ["Armed Forces of Nigeria"]


@pytest.mark.model
def test_a_strike_credited_to_the_army_by_name_stays_the_army(nlp: Language) -> None:
    found = events_on_2021_04_26(
        nlp, "The Nigerian Army said its troops bombed ISWAP positions in Geidam, Yobe State, on Friday with "
             "artillery strikes.")
    assert [e.actor for e in found if e.type == "strike"] == ["Nigerian Army"]


# Who an event is credited to across the document (events/credit.py): a force's command credited as the force, a
# partner state's airstrike as the foreign command that flew it.

@pytest.mark.model
def test_a_strike_told_as_operation_barkhane_is_the_french_armed_forces(nlp: Language) -> None:
    found = events_on_2017_08_27(
        nlp, "Operation Barkhane carried out an airstrike near Menaka in Mali on Saturday, killing two militants.")
    assert [e.actor for e in found if e.type == "strike"] == ["French Armed Forces"]


# A partner state announces as its own the airstrike a foreign command flew ([unit_credit] flying_partners): the strike
# is the command's.

@pytest.mark.model
def test_a_states_airstrike_in_collaboration_with_africom_is_the_commands(nlp: Language) -> None:
    found = events_on_2025_04_02(
        nlp, "The Federal Government of Somalia, in collaboration with U.S. Africa Command (AFRICOM), has "
             "successfully executed an airstrike against ISIS militants near Bosaso.")
    assert [e.actor for e in found if e.type == "strike"] == ["U.S. Africa Command"]


@pytest.mark.model
def test_a_states_airstrike_naming_no_foreign_command_stays_the_states(nlp: Language) -> None:
    found = events_on_2025_04_02(
        nlp, "Puntland forces carried out a targeted airstrike that killed three ISIS fighters near Bosaso.")
    assert [e.actor for e in found if e.type == "strike"] == ["Puntland Defence Forces"]


# ``_aircraft_states`` (events/credit.py) reads only the words its aircraft list may hold: the states it finds are
# those a walk of every word of the sentence finds.

@pytest.mark.model
@pytest.mark.parametrize(("text", "states"), [
    ("Iraqi warplanes struck an ISIS hideout in the Hamrin Mountains on Tuesday.", {"IQ"}),
    ("Three militants were killed in an airstrike by Iraqi military aircraft near Kirkuk.", {"IQ"}),
    ("An Iraqi helicopter was shot down near Kirkuk.", set()),
])
def test_the_state_whose_aircraft_flew_the_strike(nlp: Language, text: str, states: set[str]) -> None:
    doc = nlp(text)
    aircraft = vocab().types["strike"].aircraft
    sentence = doc[:]
    found = _aircraft_states(sentence, aircraft)
    assert found == states
    # every aircraft noun of the sentence was weighed: none the word index left out
    assert {t.i for t in sentence if has_word(t, aircraft)} <= {t.i for t in sentence if t.lower_ in aircraft
                                                                  or t.lemma_.lower() in aircraft
                                                                  or t.lower_[:-1] in aircraft}


@pytest.mark.model
def test_no_sentence_names_no_state(nlp: Language) -> None:
    assert _aircraft_states(None, vocab().types["strike"].aircraft) == set()
