"""Who did an event (events/who.py, events/credit.py), when a group acted: the Islamic State's branches and provinces,
the groups fighting under a branch's flag, the group an attack is blamed on, and pledges sworn to it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2016_05_10 = events_dated("2016-05-10")
events_on_2017_03_10 = events_dated("2017-03-10")
events_on_2020_08_27 = events_dated("2020-08-27")
events_on_2021_03_23 = events_dated("2021-03-23")
events_on_2021_06_29 = events_dated("2021-06-29")
events_on_2023_06_12 = events_dated("2023-06-12")
events_on_2024_05_10 = events_dated("2024-05-10")
events_on_2025_09_10 = events_dated("2025-09-10")
events_on_2022_10_22 = events_dated("2022-10-22")
events_on_2015_12_28 = events_dated("2015-12-28")
events_on_2017_05_11 = events_dated("2017-05-11")
events_on_2024_11_15 = events_dated("2024-11-15")


# Event actors: a pledge sworn by a group's leader is the group's; the State Department's "ISIS-GS" is the Sahel
# Province; men only "linked to" the Islamic State in the East Asia Province's area are the local group the page
# names; letters the knowledge base does not know are no force; the Hind Province and Uganda's joint task force are
# known (most with a case where the rule must not fire).

def _pledgers_on_2024_05_10(nlp: Language, text: str) -> list[str | None]:
    return [e.actor for e in events_on_2024_05_10(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_a_leaders_pledge_is_his_groups(nlp: Language) -> None:
    # the group and "its leader" in the pledge's own sentence
    text = ("On March 10, the State Department branded the ADF a terrorist organisation and said its leader Musa "
            "Baluku had pledged allegiance to the Islamic State group.")
    assert _pledgers_on_2024_05_10(nlp, text) == ["Allied Democratic Forces"]
    # the tie told in another sentence, the oath by his surname
    text = ("Boko Haram leader Abubakar Shekau appeared in a video. Shekau pledged allegiance to ISIS leader Abu Bakr "
            "al-Baghdadi in March 2015.")
    assert _pledgers_on_2024_05_10(nlp, text) == ["Boko Haram"]
    # "led by", with a surname the NER took for a person only where the group is named
    text = ("Poso was haunted by the East Indonesia Mujahidin group (MIT) led by Santoso alias Abu Wardah. Santoso and "
            "his group declared allegiance to Al Baghdadi on a YouTube page.")
    assert _pledgers_on_2024_05_10(nlp, text) == ["Mujahidin Indonesia Timur"]


@pytest.mark.model
def test_a_person_tied_to_no_group_pledges_for_none(nlp: Language) -> None:
    # a title in the person's own phrase, with the group only as the one he met, ties him to nothing
    assert _pledgers_on_2024_05_10(
        nlp, "Police chief Ali Musa met the ADF. Musa pledged allegiance to IS in 2019.") == [None]
    # nor does the group pledged to
    text = "Islamic State leader Abu Bakr al-Baghdadi spoke. Ali Musa pledged allegiance to IS in 2019."
    assert _pledgers_on_2024_05_10(nlp, text) == [None]


@pytest.mark.model
def test_isis_gs_is_the_sahel_province(nlp: Language) -> None:
    text = ("The Department designated ISIS-GS and its leader, Adnan Abu Walid al-Sahrawi, as terrorists. "
            "Al-Sahrawi first pledged allegiance to ISIS in May 2015.")
    assert _pledgers_on_2024_05_10(nlp, text) == ["Islamic State Sahel Province"]


def _attackers_on_2024_05_10(nlp: Language, text: str) -> list[str | None]:
    return [e.actor for e in events_on_2024_05_10(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_attackers_linked_to_is_are_the_local_group_the_page_names(nlp: Language) -> None:
    # in the East Asia Province's area, men only "linked to" the Islamic State are the group the page names
    text = ("ISIS-linked militants beheaded a hostage in Jolo, Sulu on Tuesday. The Abu Sayyaf group has kidnapped "
            "dozens of foreigners.")
    assert _attackers_on_2024_05_10(nlp, text) == ["Abu Sayyaf Group"]
    text = ("Pro-ISIS militants killed two soldiers in Datu Hofer, Maguindanao on Monday, the army said. The BIFF "
            "has been blamed for bombings.")
    assert _attackers_on_2024_05_10(nlp, text) == ["Bangsamoro Islamic Freedom Fighters"]
    # with no local group named, the branch of the area
    text = "Pro-ISIS militants killed two soldiers in Datu Hofer, Maguindanao on Monday, the army said."
    assert _attackers_on_2024_05_10(nlp, text) == ["Islamic State East Asia Province"]
    # two such groups named: the page does not say which
    text = ("Pro-ISIS militants killed two soldiers in Datu Hofer, Maguindanao on Monday, the army said. The BIFF "
            "and the Abu Sayyaf group have been blamed for bombings.")
    assert _attackers_on_2024_05_10(nlp, text) == ["Islamic State East Asia Province"]


def _operators_on_2024_05_10(nlp: Language, text: str) -> list[str | None]:
    return [e.actor for e in events_on_2024_05_10(nlp, text) if e.type == "operation"]


@pytest.mark.model
def test_letters_the_knowledge_base_does_not_know_are_no_operations_actor(nlp: Language) -> None:
    # a force's unit named by its letters: the force the sentence names
    text = ("In a statement, the SDF said its Military Operations Teams (TOL), backed by the coalition, conducted a "
            "security operation on Sunday in the town of Dhiban.")
    assert _operators_on_2024_05_10(nlp, text) == ["Syrian Democratic Forces"]
    # letters the knowledge base knows stay the actor
    text = "The SDF conducted a security operation on Sunday in the town of Dhiban."
    assert _operators_on_2024_05_10(nlp, text) == ["Syrian Democratic Forces"]


@pytest.mark.model
def test_the_hind_province_is_named_for_its_claims_in_india(nlp: Language) -> None:
    text = ("The Islamic State used the name Hind Province for an attack it claimed in Shopian, Kashmir on Friday, "
            "which killed a soldier.")
    assert _attackers_on_2024_05_10(nlp, text) == ["Islamic State Hind Province"]


@pytest.mark.model
def test_ugandas_joint_task_force_makes_its_arrests(nlp: Language) -> None:
    text = ("Twenty-two suspected ADF rebels were arrested in Kyankwanzi district on Monday by the Joint "
            "Anti-terrorism Task Force.")
    assert _operators_on_2024_05_10(nlp, text) == ["Joint Anti-terrorism Task Force"]


# Event actors: the Islamic State's own claim stays the group's (its province's), not a local group's; a meeting of
# people a body sends is that body's; Iraq's counter-terrorism forces are the Counter-Terrorism Service; a Nigerian
# unit's or the Defence Headquarters' operation is the theatre command's.

@pytest.mark.model
def test_a_group_fighting_under_the_flag_does_not_take_the_branchs_claim(nlp: Language) -> None:
    # the Abu Sayyaf Group fights for the East Asia Province (actors.toml fights_for): the province's claim stays its
    found = events_on_2021_06_29(
        nlp, "Two bombs exploded at a cathedral in Jolo on Sunday, killing 20 people. The Islamic "
             "State's East Asia Province claimed responsibility for the attack. The Abu Sayyaf Group "
             "has long operated in Sulu.\n", "2019-01-28")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State East Asia Province", True)]


@pytest.mark.model
def test_a_meeting_of_representatives_from_a_body_is_the_bodys(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "The Italian Republic hosted a meeting of senior diplomatic representatives from the Small "
             "Group of the Global Coalition to Defeat Daesh/ISIS today in Rome.\n")
    assert [(e.type, e.place, e.actor) for e in found] == [
        ("meeting", "Rome", "Global Coalition to Defeat Daesh/ISIS")]


@pytest.mark.model
def test_a_meeting_from_phrase_on_the_noun_names_the_body(nlp: Language) -> None:
    # the parse hangs "from the Small Group" on "meeting", not on "directors"
    found = events_on_2021_06_29(
        nlp, "The Kingdom of the Netherlands and the United States hosted a meeting of political "
             "directors from the Small Group of the Global Coalition to Defeat Daesh yesterday in the "
             "Hague.\n")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Global Coalition to Defeat Daesh/ISIS")]


@pytest.mark.model
def test_a_meeting_with_officials_of_a_country_names_no_body(nlp: Language) -> None:
    # a meeting's actors are bodies (organizations): the country the officials come from is none
    found = events_on_2021_06_29(nlp, "Defence ministers met with officials from Kenya in Nairobi on Monday.\n")
    assert [e.actor for e in found if e.type == "meeting"] in ([], [None])


@pytest.mark.model
def test_iraqi_counter_terrorism_forces_are_the_service(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "Iraqi counter-terrorism forces killed five ISIS militants in a raid in Kirkuk on Friday.\n",
        "2020-10-17")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


@pytest.mark.model
def test_iraqi_forces_stay_the_security_forces(nlp: Language) -> None:
    found = events_on_2021_06_29(nlp, "Iraqi forces killed five ISIS militants in a raid in Kirkuk on Friday.\n",
                                 "2020-10-17")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iraqi Security Forces")]


@pytest.mark.model
def test_a_nigerian_unit_named_with_its_theatre_command_is_the_commands(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "Troops of the 25 Brigade of Joint Task Force, North-East, Operation Hadin Kai (OPHK), on "
             "Wednesday neutralized four terrorists in Damboa, Borno State.\n", "2021-09-02")
    assert [(e.type, e.actor) for e in found] == [("operation", "Operation Hadin Kai")]


@pytest.mark.model
def test_a_nigerian_unit_alone_is_the_nigerian_army(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "On August 11, troops of 233 Battalion laid an ambush in Damaturu, Yobe State, killing one "
             "terrorist.\n", "2021-09-02")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


@pytest.mark.model
def test_the_defence_headquarters_reports_the_theatre_commands_operation(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "The Defence Headquarters said troops of Operation Hadin Kai killed 20 terrorists in Borno "
             "last week. The Defence Headquarters said troops conducted a clearance operation at Yuwe in "
             "Borno State on Thursday, killing 12 terrorists.\n", "2023-02-24")
    assert {e.actor for e in found if e.type == "operation"} == {"Operation Hadin Kai"}


@pytest.mark.model
def test_the_groups_claim_in_the_philippines_is_not_the_maute_groups(nlp: Language) -> None:
    # a claim by the Islamic State alone is the group's (its province names it), never the Dawlah Islamiyah-Maute
    # Group the page names beside it, which the conventions count as a branch of its own
    found = events_on_2021_06_29(
        nlp, "The Islamic State group claimed responsibility for a bombing during a Catholic Mass in "
             "Marawi on Sunday that killed four people. The military is also investigating the Dawlah "
             "Islamiyah-Maute Group.\n", "2023-12-05")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    assert found[0].actor in ("Islamic State", "Islamic State East Asia Province")


@pytest.mark.model
def test_an_unclaimed_attack_named_as_the_maute_groups_stays_its(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "Suspected members of the Dawlah Islamiyah-Maute Group attacked an army outpost in Lanao del "
             "Sur on Sunday, killing two soldiers.\n", "2023-12-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Dawlah Islamiyah-Maute Group")]


@pytest.mark.model
def test_puntland_regional_security_forces_are_the_security_force(nlp: Language) -> None:
    found = events_on_2021_06_29(
        nlp, "Puntland regional security forces on Tuesday raided an ISIS hideout in the Cal Miskaad "
             "mountains of Bari region, killing five militants.\n", "2025-05-21")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Security Force")]


# Event actors: the group an attack is blamed for or charged with, and the names that credit a group or a government
# only in one country.

@pytest.mark.model
def test_the_group_blamed_for_an_attack_in_a_headline_did_it(nlp: Language) -> None:
    # (no claim: the article's one group is not lent to its attacks)
    found = events_on_2023_06_12(nlp, "ISIS blamed for Iraq attack that killed three soldiers, military official says\n"
                                      "There was no immediate claim of responsibility.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State", False)]


@pytest.mark.model
def test_the_group_police_blame_for_an_attack_did_it(nlp: Language) -> None:
    found = events_on_2023_06_12(
        nlp, "Police blamed the Islamic State for the bombing of a market in Kirkuk on Sunday. There was "
             "no immediate claim of responsibility.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Islamic State")]


@pytest.mark.model
def test_the_un_backed_government_in_libya_is_the_government_of_national_accord(nlp: Language) -> None:
    found = events_on_2023_06_12(
        nlp, "In December 2016, forces allied with the UN-backed government defeated the Islamic State and "
             "expelled its fighters from Sirte, Libya's officials said.")
    assert [(e.type, e.actor) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Government of National Accord")]


@pytest.mark.model
def test_a_strike_the_pentagon_announces_is_the_united_states(nlp: Language) -> None:
    found = events_on_2023_06_12(
        nlp, "The leader of the Islamic State in Afghanistan was killed in an airstrike in Nangarhar last "
             "month, the Pentagon announced on Friday.")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [("strike", "United States")]


@pytest.mark.model
def test_an_operation_a_defence_ministry_announces_is_the_national_force_s(nlp: Language) -> None:
    found = events_on_2023_06_12(
        nlp, "The Egyptian Ministry of Defense launched a major operation against Islamic State militants "
             "in North Sinai on Friday.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [("operation", "Egyptian Armed Forces")]


@pytest.mark.model
def test_a_state_s_operation_located_by_the_article_is_its_command_s(nlp: Language) -> None:
    # the operations' sentence names no place: the article's other sentences put them in Syria, CENTCOM's area
    found = events_on_2023_06_12(
        nlp, "Syria has seen a rise in ISIS attacks this year. According to CENTCOM's statement, US and "
             "allied troops carried out 11 missions between December 20 and 29, capturing 20 ISIS members.",
        reference="2025-12-31")
    assert [(e.type, e.country, e.actor) for e in found if e.type == "operation"] == [
        ("operation", "SY", "U.S. Central Command")]


# Event actors: the pledges of fighters a group's phrase names, and the English names of the Mujahidin Indonesia
# Timur.

@pytest.mark.model
def test_fighters_of_a_group_named_by_apposition_pledge_for_it(nlp: Language) -> None:
    # the group is named before the common noun whose fighters swear; the one sworn to is no pledger
    found = events_on_2016_05_10(
        nlp, "The dead gunmen belonged to Ansar Khilafah Philippines, a small armed group with about 40 "
             "fighters who pledged their allegiance to Islamic State leader Abu Bakr al-Baghdadi in 2014.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Ansar Al-Khilafa Philippines")]


@pytest.mark.model
def test_the_one_sworn_to_in_the_oath_clause_is_no_pledger(nlp: Language) -> None:
    # al-Baghdadi, in the clause that swears the oath, does not stand for the fighters
    found = events_on_2016_05_10(
        nlp, "The dead gunmen belonged to Abu Sayyaf, a small armed group with about 40 fighters who "
             "pledged their allegiance to Islamic State leader Abu Bakr al-Baghdadi in 2014.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Abu Sayyaf Group")]


@pytest.mark.model
def test_the_eastern_indonesian_mujahideen_are_the_mujahidin_indonesia_timur(nlp: Language) -> None:
    found = events_on_2016_05_10(
        nlp, "Police in Central Sulawesi said the Eastern Indonesian Mujahideen killed four farmers in "
             "Poso on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Mujahidin Indonesia Timur")]


@pytest.mark.model
def test_mit_on_a_page_about_indonesia_is_the_group(nlp: Language) -> None:
    found = events_on_2016_05_10(
        nlp, "Indonesian police said the MIT killed two farmers in Poso, Central Sulawesi, on Monday. "
             "The MIT has pledged allegiance to the Islamic State.")
    assert ("attack", "Mujahidin Indonesia Timur") in [(e.type, e.actor) for e in found]


@pytest.mark.model
def test_a_strike_by_a_states_aircraft_is_its_force_not_a_militia_named_nearby(nlp: Language) -> None:
    found = events_on_2016_05_10(
        nlp, "Four Islamic State militants were killed in an airstrike by Iraqi aircraft in the Hamrin "
             "Mountains on Friday, security officials said. The Popular Mobilization Forces said the "
             "bodies were found.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Iraqi Security Forces")]


@pytest.mark.model
def test_jets_a_demonym_names_fly_for_the_state_not_for_a_name_made_of_the_jet(nlp: Language) -> None:
    found = events_on_2016_05_10(
        nlp, "The Iraqi Joint Operations Command announced the killing of three members of the ISIS "
             "organization in an airstrike by Iraqi F-16 fighter jets.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Iraqi Security Forces")]


@pytest.mark.model
def test_a_states_air_arm_the_article_names_keeps_the_strike(nlp: Language) -> None:
    found = events_on_2016_05_10(
        nlp, "Egyptian warplanes struck Islamic State positions near Derna on Monday, the Egyptian Air "
             "Force said.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Egyptian Air Force")]


@pytest.mark.model
@pytest.mark.parametrize(("text", "actor"), [
    ("Police in Kenya say they have arrested two ISIS suspects in the capital, foiling attacks planned for Nairobi.",
     "National Police Service"),
    ("Police in Maldives have arrested 14 people allegedly working with foreign extremists to carry out a bombing.",
     "Maldives Police Service"),
    ("Police in Tanzania arrested three men suspected of recruiting fighters for the Islamic State in Dar es Salaam on "
     "Monday.", "Tanzania Police Force"),
    ("The Kenyan anti-terrorism police on Saturday morning arrested two IS suspects in the coastal city of Mombasa.",
     "Anti-Terrorism Police Unit"),
])
def test_police_in_a_state_are_its_national_police(nlp: Language, text: str, actor: str) -> None:
    found = events_on_2016_05_10(nlp, text)
    assert [(e.type, e.actor) for e in found] == [("operation", actor)]


# Event actors: the group an article that says no one claimed its attack names as the suspect.

@pytest.mark.model
def test_the_suspect_named_beside_no_claim_did_the_attack(nlp: Language) -> None:
    found = events_on_2020_08_27(
        nlp, "A bomb exploded at a market in Jolo on Monday, killing 14 people. No group has claimed "
             "responsibility, but the military pointed to Abu Sayyaf as the likely culprits.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Abu Sayyaf Group", False)]


@pytest.mark.model
def test_the_suspect_may_be_named_in_the_sentence_after(nlp: Language) -> None:
    found = events_on_2020_08_27(
        nlp, "A suicide bomber killed 31 people at a rally in Mastung on Friday. No group has claimed "
             "responsibility for the bombing. The Islamic State Khorasan Province was the likely "
             "perpetrator, a police officer said.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Khorasan Province")]


@pytest.mark.model
def test_a_group_named_with_no_word_of_suspicion_is_no_suspect(nlp: Language) -> None:
    found = events_on_2020_08_27(
        nlp, "A bomb exploded at a market in Jolo on Monday, killing 14 people. No group has claimed "
             "responsibility. Abu Sayyaf has long been active on the island.")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


@pytest.mark.model
def test_iraq_s_special_forces_are_its_counter_terrorism_service(nlp: Language) -> None:
    found = events_on_2020_08_27(
        nlp, "Iraqi special forces said on Monday they had killed 14 Islamic State militants in a raid "
             "near Kirkuk.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


@pytest.mark.model
def test_a_force_holds_its_commanders_meeting(nlp: Language) -> None:
    found = events_on_2020_08_27(
        nlp, "Commanders of the Multinational Joint Task Force met in N'Djamena on Monday to review "
             "operations against ISWAP.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Multinational Joint Task Force")]


# Actors: in a country two branches share, an attack the page gives to the bare group, with neither its own place nor
# a branch the page names to choose by, is the branch whose home holds most of the page's places in that country;
# places split evenly, or none, leave the group.

def _attacks_on_2021_03_23(nlp: Language, text: str) -> list[tuple[str, str | None]]:
    return [(e.type, e.actor) for e in events_on_2021_03_23(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_an_unplaced_attack_on_a_page_of_western_places_is_the_sahel_province(nlp: Language) -> None:
    found = _attacks_on_2021_03_23(
        nlp, "Gunmen suspected of belonging to the Islamic State killed 137 people in attacks on "
             "villages in Niger on Sunday, the government said.\n\nThe raids hit several settlements "
             "in the Tahoua region near the border with Mali. Tillaberi has also seen repeated "
             "attacks this year.")
    assert found == [("attack", "Islamic State Sahel Province")]


@pytest.mark.model
def test_an_unplaced_attack_on_a_page_of_lake_chad_places_is_the_west_africa_province(nlp: Language) -> None:
    found = _attacks_on_2021_03_23(
        nlp, "Islamic State fighters killed 12 soldiers in an attack on an army post in Niger on "
             "Sunday, the government said.\n\nThe army has been fighting the insurgents around Diffa "
             "and Bosso, near Lake Chad, for years.")
    assert found == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_an_unplaced_attack_on_a_page_of_no_places_in_the_country_stays_the_groups(nlp: Language) -> None:
    found = _attacks_on_2021_03_23(
        nlp, "Islamic State fighters killed 12 soldiers in an attack on an army post in Niger on "
             "Sunday, the government said.")
    assert found == [("attack", "Islamic State")]


@pytest.mark.model
def test_an_unplaced_attack_on_a_page_split_between_both_homes_stays_the_groups(nlp: Language) -> None:
    found = _attacks_on_2021_03_23(
        nlp, "Islamic State fighters killed 12 soldiers in an attack on an army post in Niger on "
             "Sunday, the government said.\n\nThe regions of Diffa and Tillaberi have both been under a "
             "state of emergency since 2017.")
    assert found == [("attack", "Islamic State")]


# Actors: in a country two branches share, an attack the page gives to the bare group, with no place to choose the
# branch by, is the one branch the page names; naming none leaves the group.

@pytest.mark.model
def test_an_unplaced_attack_in_a_shared_country_is_the_branch_the_page_names(nlp: Language) -> None:
    found = events_on_2025_09_10(
        nlp, "Human Rights Watch said Nigerien authorities must do more to protect civilians against "
             "attacks by the Islamic State Sahel Province. One of the deadliest attacks took place in a "
             "village mosque in Manda in Niger on June 21, when the jihadists killed 70 people. No group "
             "has claimed responsibility for the attacks but eyewitnesses blame Islamic State jihadists.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Islamic State Sahel Province")]


@pytest.mark.model
def test_a_page_naming_no_branch_leaves_the_group_in_a_shared_country(nlp: Language) -> None:
    found = events_on_2025_09_10(
        nlp, "One of the deadliest attacks took place in a village mosque in Niger on June 21, when the "
             "jihadists killed 70 people. No group has claimed responsibility for the attacks but "
             "eyewitnesses blame Islamic State jihadists.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Islamic State")]


# Actors: a group that fights under a branch's flag (actors.toml fights_for: Abu Sayyaf, the BIFF, the MIT) is the
# side an operation hits, never the force that made it, as the campaign's own group is not (credit.credit).

@pytest.mark.model
def test_a_clash_told_by_the_group_killed_in_it_is_the_troops_operation(nlp: Language) -> None:
    found = events_on_2017_03_10(
        nlp, "Abu Sayyaf bandits killed in Sulu clash\n\nFive Abu Sayyaf members were killed during the "
             "clash in Patikul on Thursday, Galvez said.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


@pytest.mark.model
def test_who_pays_a_courtesy_call_is_the_meetings_actor(nlp: Language) -> None:
    found = events_on_2017_03_10(
        nlp, "The Force Commander of the Multinational Joint Task Force, Major General Ibrahim Sallau Ali, "
             "has paid a courtesy call at the Ministry of Defense in N'Djamena, Chad, to the new Minister "
             "of Defense on Monday.", reference="2024-08-20")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Multinational Joint Task Force")]


@pytest.mark.model
def test_a_relative_clause_hung_on_the_main_verb_still_stands_for_the_noun_before_it(nlp: Language) -> None:
    # the parser makes "that pledged" an adverbial clause of "belong": the pronoun is still the group's
    found = events_on_2017_03_10(
        nlp, "The ministry affirmed that the terrorists belong to Jund al-Khilafa that pledged allegiance "
             "to ISIS in 2015.", reference="2019-01-04")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Jund al-Khilafa")]


@pytest.mark.model
def test_jund_al_khilafa_on_a_page_about_tunisia_is_the_tunisian_group(nlp: Language) -> None:
    found = events_on_2017_03_10(
        nlp, "Tunisian troops killed three militants in Kasserine on Friday, the Tunisian defence ministry "
             "said. The militants belonged to Jund al-Khilafah, which pledged allegiance to the Islamic "
             "State in 2015.", reference="2022-09-03")
    assert [(e.type, e.country, e.actor) for e in found if e.type == "pledge"] == [("pledge", "TN", "Jund al-Khilafa")]


# The article's groups (events/records.py): the suspect an article names just before it says no one claimed.

@pytest.mark.model
def test_the_group_accused_just_before_no_claim_is_told_did_the_attack(nlp: Language) -> None:
    found = events_on_2022_10_22(
        nlp, "Taliban forces killed six Islamic State members in a raid in Kabul, a spokesman said on Saturday. The "
        "Islamic State members killed in the raid were involved in an attack on a city mosque, the spokesman said. "
        "\"They were the attackers of the mosque,\" he said. No group claimed responsibility for the attack. On "
        "Sept. 23, at least seven people were killed in a blast near a mosque in Kabul.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and all(e.actor in ("Islamic State", "Islamic State Khorasan Province") for e in attacks)


# Who did an event (events/who.py): the group a faction split from is not the faction's deed's actor.

@pytest.mark.model
def test_the_group_a_faction_broke_away_from_is_not_the_attacker(nlp: Language) -> None:
    found = events_on_2015_12_28(
        nlp, "Members of the BIFF, a breakaway faction of the MILF rebel group, shot seven farmers at close range in "
        "the province of Sultan Kudarat on Saturday.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and all(e.actor != "Moro Islamic Liberation Front" for e in attacks)
    assert [e.actor for e in attacks] == ["Bangsamoro Islamic Freedom Fighters"]


events_on_2017_05_11 = events_dated("2017-05-11")


@pytest.mark.model
def test_a_state_joined_by_a_dash_to_backed_is_not_the_doer(nlp: Language) -> None:
    found = events_on_2017_05_11(
        nlp, "US-backed forces have seized the strategic city of Tabqa and its dam from the Islamic State group, the "
        "Syrian Democratic Forces said on Wednesday.")
    defeats = [e for e in found if e.type == "territorial_defeat"]
    assert defeats and all(e.actor != "United States" for e in defeats)


# Claims read from who tells an attack (group_says): the group among the joined tellers of a report.

def test_the_group_joined_with_another_teller_claims_the_attack(nlp: Language) -> None:
    # "police and the militants said": the group tells its own killing beside the police, as "the militants said"
    found = [e for e in events_on_2024_11_15(
        nlp, "Gunmen from the regional branch of the Islamic State group have killed a politician in northwest "
             "Pakistan, police and the militants said Friday.") if e.type == "attack"]
    assert [(e.actor, e.claimed) for e in found] == [("Islamic State Khorasan Province", True)]


def test_a_report_by_the_police_alone_claims_nothing(nlp: Language) -> None:
    found = [e for e in events_on_2024_11_15(
        nlp, "Gunmen from the regional branch of the Islamic State group have killed a politician in northwest "
             "Pakistan, police and local officials said Friday.") if e.type == "attack"]
    assert [e.claimed for e in found] == [False]
