"""Trigger words (events/triggers.py): the words of a sentence that may report an event and the type each gives it:
gunfire, burnings, takings, raids, ambushes, blasts, air attacks, force verbs and the shapes of their own."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.triggers import flown_by_aircraft, kills_with_particle
from sitroom.extract.events.vocab import vocab

# the reference days the tests' sentences are written around
events_on_2021_08_28 = events_dated("2021-08-28")
events_on_2022_09_17 = events_dated("2022-09-17")
events_on_2023_12_26 = events_dated("2023-12-26")
events_on_2024_01_03 = events_dated("2024-01-03")
events_on_2024_03_10 = events_dated("2024-03-10")
events_on_2024_04_23 = events_dated("2024-04-23")
events_on_2024_05_20 = events_dated("2024-05-20")
events_on_2024_07_03 = events_dated("2024-07-03")
events_on_2024_11_20 = events_dated("2024-11-20")
events_on_2024_12_10 = events_dated("2024-12-10")
events_on_2025_03_05 = events_dated("2025-03-05")
events_on_2025_04_20 = events_dated("2025-04-20")
events_on_2025_05_07 = events_dated("2025-05-07")
events_on_2025_09_04 = events_dated("2025-09-04")
events_on_2026_03_17 = events_dated("2026-03-17")
events_on_2024_09_01 = events_dated("2024-09-01")
events_on_2025_09_03 = events_dated("2025-09-03")
events_on_2025_06_25 = events_dated("2025-06-25")
events_on_2022_09_02 = events_dated("2022-09-02")


# Event types: attackers setting fire to what people live and pray in ("set fire to a church", "set the school
# ablaze", "set houses on fire") are an attack, as "burned a church" is; setting anything else, or fire set by no
# attacker, is none.

@pytest.mark.model
def test_attackers_setting_fire_to_a_church_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_05_20(
        nlp, "Insurgents set fire to a church and several houses in the village of Nanduli on Sunday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-19")]


@pytest.mark.model
def test_attackers_setting_a_school_ablaze_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_05_20(nlp, "The terrorists set the school ablaze in the village of Banga on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_attackers_setting_houses_on_fire_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_05_20(nlp, "The militants set several houses on fire in the village of Chicomo on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_setting_a_date_is_no_attack(nlp: Language) -> None:
    assert events_on_2024_05_20(nlp, "The government set a date for the election in Maputo on Monday.") == []


@pytest.mark.model
def test_protesters_setting_fire_to_tyres_is_no_attack(nlp: Language) -> None:
    assert events_on_2024_05_20(nlp, "Protesters set fire to tyres in Maputo on Monday.") == []


# Event types: attackers opening fire on someone or something ("gunmen opened fire on the embassy", "fighters opened
# fire at a checkpoint") or setting off a charge ("the suicide bomber detonated his vest") is their attack, told with
# no attack word; a state's force opening fire, fire opened in answer to others coming or at each other, and police
# detonating devices are none.

@pytest.mark.model
def test_gunmen_opening_fire_on_an_embassy_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_11_20(nlp, "Two gunmen opened fire on the embassy in Kabul on Friday.")
    assert [(e.type, e.date, e.place) for e in found] == [("attack", "2024-11-15", "Kabul")]


@pytest.mark.model
def test_a_named_group_opening_fire_on_a_convoy_is_its_attack(nlp: Language) -> None:
    found = events_on_2024_11_20(
        nlp, "ISWAP fighters on Friday opened fire on a column of civilian vehicles in Borno State.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_troops_opening_fire_on_militants_is_no_attack(nlp: Language) -> None:
    assert [e.type
            for e in events_on_2024_11_20(nlp, "Troops opened fire on the militants in Borno on Monday.")] != ["attack"]


@pytest.mark.model
def test_fire_opened_when_security_forces_arrive_is_no_attack(nlp: Language) -> None:
    assert events_on_2024_11_20(nlp, "When security forces arrived at the scene, jihadists opened fire on them.") == []


@pytest.mark.model
def test_fire_opened_before_a_police_raid_is_no_attack(nlp: Language) -> None:
    found = events_on_2024_11_20(nlp,
                                 "Police stormed the house after the militants opened fire on the officers in Jakarta.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_suicide_bomber_detonating_his_vest_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_11_20(
        nlp, "The suicide bomber detonated his explosives vest at a checkpoint in Bosaso late Tuesday.")
    assert [(e.type, e.place) for e in found] == [("attack", "Bosaso")]


@pytest.mark.model
def test_a_militant_detonating_a_vest_in_a_market_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_11_20(
        nlp, "A militant detonated a suicide vest in a tent in a crowded market in Mosul on Monday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-11-18")]


@pytest.mark.model
def test_police_detonating_a_bomb_is_no_attack(nlp: Language) -> None:
    assert events_on_2024_11_20(nlp,
                                "Police safely detonated two devices found near a church in Kampala on Monday.") == []


# Event types: raids by insurgents told as "rebels", by a group outside the campaign, or by a subject the parser hung
# on a name before it, are attacks, not operations (after train pages' shapes).

@pytest.mark.model
def test_rebels_raiding_a_village_is_an_attack(nlp: Language) -> None:
    found = events_on_2023_12_26(
        nlp, "Suspected rebels raided Nyabitutsi village in Kamwenge on Christmas night, killing three "
             "people.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_rebels_clashing_with_the_army_start_the_fight(nlp: Language) -> None:
    # the group's fight told with it as the one subject, as "the militants clashed with the army" is
    found = events_on_2023_12_26(nlp, "The rebels clashed with the army in Beni on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_troops_raiding_a_rebel_camp_stay_an_operation(nlp: Language) -> None:
    found = events_on_2023_12_26(nlp, "Ugandan troops raided a rebel camp in Kasese on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_soldiers_clashing_with_named_rebels_stay_an_operation(nlp: Language) -> None:
    found = events_on_2023_12_26(nlp, "Congolese soldiers clashed with M23 rebels in Rutshuru on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_named_rebel_group_outside_the_campaign_is_not_the_campaign_s(nlp: Language) -> None:
    # M23 is no party of the campaign: its rebels are never credited to the Islamic State
    found = events_on_2023_12_26(nlp, "M23 rebels raided the village of Kibumba on Monday.")
    assert all(e.actor is None or "Islamic State" not in e.actor for e in found)


@pytest.mark.model
def test_a_raid_by_a_group_outside_the_campaign_is_an_attack(nlp: Language) -> None:
    found = events_on_2023_12_26(nlp, "Jihadists from al-Shabaab raided the town of Afgoye on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_outside_group_raiding_where_the_campaign_s_group_hides_stays_an_operation(nlp: Language) -> None:
    # the Taliban against ISIS-K: their operation against the group, not its attack
    found = events_on_2023_12_26(nlp,
                                 "Taliban fighters raided a house in Kabul on Monday where ISIS-K members were hiding.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_the_subject_hung_on_the_source_s_name_is_who_raided(nlp: Language) -> None:
    found = events_on_2023_12_26(
        nlp, "According to the RDC Kamwenge, Mr Isiah Byarugaba, the suspected rebels raided Nyabitutsi "
             "village in Businge parish on Christmas night and torched a house.")
    assert [e.type for e in found] == ["attack"]


# Event types and tolls: soldiers killed "in that raid", after a raid nobody's force made, are the toll of that raid,
# an attack on them; after a force's own raid, the raid stays the force's operation.

@pytest.mark.model
def test_soldiers_killed_in_that_raid_are_the_attack_toll(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Militants raided an army post in Kerawa on Saturday. Six soldiers were killed in that raid.")
    assert [(e.type, e.killed) for e in found] == [("attack", 6)]


@pytest.mark.model
def test_a_soldier_killed_in_a_force_raid_makes_no_attack(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "A US raid hit an ISIS compound in Syria on Saturday, killing a senior ISIS leader. One US "
             "soldier was killed in that raid.")
    assert [e.type for e in found] == ["operation"]


# Event types: "they" opening a sentence, taking up the attackers the sentence before names as its subject ("the
# insurgents"), takes a town as the group does, on a page that never names the group; "they" taking up soldiers does
# not.

@pytest.mark.model
def test_they_taking_up_the_insurgents_capture_towns(nlp: Language) -> None:
    found = events_on_2024_05_20(
        nlp, "And the insurgents are local people, known to their communities. They captured both Palma "
             "and Mocímboa da Praia last year.")
    assert sorted((e.type, e.date) for e in found) == [("attack", "2023"), ("attack", "2023")]


@pytest.mark.model
def test_they_taking_up_soldiers_is_no_seizure_by_the_group(nlp: Language) -> None:
    assert events_on_2024_05_20(nlp, "Soldiers are local people. They captured Palma last year.") == []


# Event types: who does the deed decides attack or operation.

@pytest.mark.model
def test_the_group_named_before_raiding_a_village_attacks_it(nlp: Language) -> None:
    # "the group" stands for ISWAP named just before: its raid is its attack, not a force's operation
    found = events_on_2024_12_10(
        nlp, "ISWAP has grown stronger in Borno State this year. On Sunday, the group launched a deadly "
             "raid on Mairari village, killing five farmers.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_pronoun_after_the_army_and_the_group_keeps_the_armys_operation(nlp: Language) -> None:
    # "it" is the army the paragraph is about, though ISWAP is named nearer
    found = events_on_2024_12_10(
        nlp, "The Nigerian Army has intensified its campaign against ISWAP in Borno. On Tuesday it "
             "launched an operation in the Sambisa forest, killing 30 terrorists.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_militants_clashing_with_the_army_attack(nlp: Language) -> None:
    found = events_on_2024_12_10(nlp, "On Sunday, ISWAP fighters clashed with the Nigerian Army in Marte, Borno State.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_the_army_clashing_with_militants_operates(nlp: Language) -> None:
    found = events_on_2024_12_10(nlp, "On Sunday, Nigerian troops clashed with ISWAP fighters in Marte, Borno State.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_attack_a_force_is_named_for_is_its_operation(nlp: Language) -> None:
    found = events_on_2024_12_10(nlp, "On Sunday, a joint UPDF attack on ADF camps in Tingwe hills freed 19 abductees.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_attack_the_group_is_named_for_stays_an_attack(nlp: Language) -> None:
    found = events_on_2024_12_10(nlp, "On Sunday, an ADF attack on a UPDF camp in Tingwe hills killed five soldiers.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_headline_clash_stays_the_forces_operation(nlp: Language) -> None:
    found = events_on_2024_12_10(nlp, "Terrorists clash with security forces in Hawija district on Monday.")
    assert all(e.type != "attack" for e in found)


@pytest.mark.model
def test_an_operation_framing_an_airstrike_is_that_strike(nlp: Language) -> None:
    found = events_on_2024_12_10(
        nlp, "In the third operation of its kind, U.S. Africa Command conducted an airstrike near Murzuq "
             "in Libya on Sunday, killing eleven ISIS fighters.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_countrys_worst_attack_is_no_operation_of_its_army(nlp: Language) -> None:
    found = events_on_2024_12_10(
        nlp, "Abu Sayyaf was responsible for the Philippines' worst terrorist attack in Manila on Sunday.")
    assert all(e.type != "operation" for e in found)


# An attack's type: the target group named in a clause of blame on the attack's target ("an attack on a nearby
# village, which was attributed by the army to the Islamic State") is who made the attack, not what it was aimed at,
# so it stays the group's attack.

@pytest.mark.model
def test_a_group_blamed_in_the_targets_clause_is_no_target(nlp: Language) -> None:
    text = ("Last month, 44 civilians were killed in an attack on the village of Mafa, which the army blamed on the "
            "Islamic State.")
    assert [(e.type, e.killed) for e in events_on_2024_07_03(nlp, text)] == [("attack", 44)]
    # a hideout the group used is still the group's: the force's attack on it is an operation
    text = "On Monday, troops launched an attack on a hideout which was used by the Islamic State in Mafa."
    assert [e.type for e in events_on_2024_07_03(nlp, text)] == ["operation"]


# A pronoun that opens its sentence's subjects stands for the subject of the sentence before: the target group's fight
# told so is its attack, a force's stays an operation.

@pytest.mark.model
def test_they_after_the_group_clashed_is_its_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Islamic State Mozambique remained active in Macomia district. The group undertook a "
             "variety of actions that targeted civilians. They clashed once with the Local Force in "
             "Macomia on 10 February.\n")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


@pytest.mark.model
def test_it_after_a_sentence_owned_by_it_goes_one_further_back(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Islamic State Mozambique undertook operations in Cabo Delgado. In Nampula, its actions "
             "displaced thousands. In the north, on 9 February, it undertook its first operation in "
             "Palma town since 2021, killing one civilian.\n")
    assert ("attack", "Palma", "Islamic State Mozambique Province") in [(e.type, e.place, e.actor) for e in found]
    assert "operation" not in [e.type for e in found]


@pytest.mark.model
def test_they_after_a_force_clashed_stays_its_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Rwandan forces arrived in Mocimboa da Praia in 2021. They clashed with insurgents in "
             "Mocimboa da Praia town on 3 February.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Rwanda Defence Force")]


@pytest.mark.model
def test_it_after_the_army_named_before_the_group_stays_the_army(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "The Nigerian Army has intensified its campaign against ISWAP in Borno. On Monday it "
             "launched an operation in Marte.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


@pytest.mark.model
def test_truckloads_of_fighters_striking_a_base_is_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Truckloads of ISWAP fighters struck a military base at Gajibo, Borno, on Tuesday, killing "
             "five soldiers.\n")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


# Event types: a strike that targets the state's own forces is the group's attack on them; one that targets the group,
# or that an aircraft or an air arm flies, stays a strike.

def types(found: list) -> list[str]:
    return [e.type for e in found]


@pytest.mark.model
def test_a_strike_on_a_police_patrol_is_an_attack(nlp: Language) -> None:
    found = events_on_2025_04_20(
        nlp, "Militants attacked a military base in Borno on Tuesday. The following day, a second strike "
             "reportedly targeted a police patrol, injuring several officers and damaging their vehicle.")
    assert types(found) == ["attack", "attack"]


@pytest.mark.model
def test_drone_strikes_on_military_hardware_during_a_raid_are_no_air_strike(nlp: Language) -> None:
    found = events_on_2025_04_20(
        nlp, "The militants breached the perimeter under the cover of darkness, engaging troops in fierce "
             "firefights while drone strikes targeted military hardware.")
    assert "strike" not in types(found)


@pytest.mark.model
def test_a_strike_on_the_group_stays_a_strike(nlp: Language) -> None:
    found = events_on_2025_04_20(nlp, "On Monday, a strike targeted an ISIS convoy near Raqqa, killing five militants.")
    assert types(found) == ["strike"]


@pytest.mark.model
def test_an_air_arm_strike_on_troops_by_mistake_stays_a_strike(nlp: Language) -> None:
    found = events_on_2025_04_20(
        nlp, "On Monday, an air force strike mistakenly hit army troops near Damboa, killing five soldiers.")
    assert "attack" not in types(found)


# Event types: an attack noun whose phrase joins an air word to another arm ("air and ground assaults", "air,
# artillery and ground assaults") is fought by armed forces from the air and the ground at once, their operation,
# whoever the sentence names; an air word alone stays a strike, and the group's own "drone and ground attack" stays
# its attack.

@pytest.mark.model
def test_fighters_killed_in_the_militarys_air_and_ground_assaults_is_its_operation(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "A faction leader allied with ISIS was killed along with his 11 followers in the military's "
             "air and ground assaults Monday in Datu Saudi Ampatuan, Maguindanao del Sur.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-04-22", "PH")]


@pytest.mark.model
def test_militants_killed_in_combined_air_and_ground_assaults_is_an_operation(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "The slain BIFF militants were killed on Sunday in combined air and ground assaults in "
             "Maguindanao.")
    assert [(e.type, e.country) for e in found] == [("operation", "PH")]


@pytest.mark.model
def test_a_town_cleared_with_air_artillery_and_ground_assaults_is_an_operation(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "Soldiers promptly cleared Maguing town with air, artillery and ground assaults last "
             "Tuesday, killing seven Dawlah Islamiya fighters.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_the_groups_drone_and_ground_attack_stays_its_attack(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "ISWAP fighters launched a combined drone and ground attack on a military base in Marte on "
             "Sunday, killing four soldiers.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_aerial_attacks_alone_stay_a_strike(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "Iraqi military aircraft launched a series of aerial attacks on Islamic State hideouts in "
             "Kirkuk on Sunday.")
    assert [(e.type, e.place) for e in found] == [("strike", "Kirkuk")]


@pytest.mark.model
def test_attackers_met_with_superior_firepower_is_no_meeting(nlp: Language) -> None:
    # the army releases' idiom for the fire that repels an attack: the attack is told, no meeting
    found = events_on_2024_04_23(
        nlp, "The ISWAP terrorists who launched an offensive using suicide vehicle-borne explosive devices "
             "on Monday were met with superior firepower from the MNJTF troops in Kukawa, the force said.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_commander_meeting_a_counterpart_stays_a_meeting(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "The Chief of the Army Staff met with the MNJTF Force Commander in N'Djamena on Monday to "
             "review operations against ISWAP.")
    assert [(e.type, e.place) for e in found] == [("meeting", "N'Djamena")]


@pytest.mark.model
def test_ground_and_aerial_offensives_stay_an_operation(nlp: Language) -> None:
    # the parse hangs the "and" on "ground" and makes "aerial" a modifier of the noun alone: still joined to a ground
    # arm, so no strike flown from the air
    found = events_on_2024_04_23(
        nlp, "An Egyptian military source said on Friday that the army launched ground and aerial "
             "offensives against the terrorists' hideouts in the south of Sheikh Zuweid, killing 12 "
             "militants.")
    assert [(e.type, e.place) for e in found] == [("operation", "Sheikh Zuweid")]


@pytest.mark.model
def test_ground_and_air_attacks_that_neutralised_terrorists_are_an_operation(nlp: Language) -> None:
    found = events_on_2024_04_23(
        nlp, "The Multinational Joint Task Force said ground and air attacks in the Tumbun Rago area on "
             "Sunday had neutralised more than 25 terrorists.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Multinational Joint Task Force")]


@pytest.mark.model
def test_air_attacks_alone_on_camps_stay_a_strike(nlp: Language) -> None:
    found = events_on_2024_04_23(nlp, "The army launched air attacks on ADF camps in Beni on Sunday.")
    assert [(e.type, e.place) for e in found] == [("strike", "Beni")]


# A vehicle, a thrown weapon or a series of blasts that "struck" people makes an attack, not an air strike; a meeting
# told only as the time an event of another type came is no meeting of the article; a pronoun subject stands for the
# subject of the clause its own hangs from (after train pages' false strikes, meetings and operations).

@pytest.mark.model
def test_a_truck_striking_a_patrol_is_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "On January 11, an explosives-laden pickup truck struck a Barkhane patrol near Menaka, "
             "wounding three military medics.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_vehicle_striking_cyclists_is_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "On July 29, a vehicle struck a group of cyclists near Danghara, before the assailants "
             "stabbed them.\n")
    assert "strike" not in [e.type for e in found]
    assert "attack" in [e.type for e in found]


@pytest.mark.model
def test_a_series_of_blasts_striking_churches_is_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "A series of blasts struck churches in Surabaya on Sunday, killing at least 13 people.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_jet_striking_a_camp_stays_a_strike(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "A Nigerian Air Force fighter jet yesterday struck a command centre of ISWAP in Alafa near "
             "Sambisa Forest.\n")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_a_visit_the_attack_came_after_is_no_meeting(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "The attack came days after United States Defense Secretary Lloyd Austin III visited a "
             "military base in Mindanao on Sunday.\n")
    assert "meeting" not in [e.type for e in found]


@pytest.mark.model
def test_a_meeting_news_came_as_is_no_meeting(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "News of Wednesday's attack came as President Abdel Fattah al-Sisi met U.S. national "
             "security advisor Jake Sullivan in Cairo.\n")
    assert "meeting" not in [e.type for e in found]


@pytest.mark.model
def test_a_visit_an_announcement_follows_stays_a_meeting(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "The announcement follows President al-Sharaa's historic visit to Washington on Monday, "
             "where he met President Donald Trump for bilateral talks.\n")
    assert "meeting" in [e.type for e in found]


@pytest.mark.model
def test_a_meeting_that_followed_an_agreement_stays_a_meeting(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "The meeting followed a January 29 agreement between the Syrian government and the Syrian "
             "Democratic Forces.\n")
    assert [e.type for e in found] == ["meeting"]


@pytest.mark.model
def test_they_after_gunmen_in_one_sentence_raided_is_their_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "The gunmen chanted slogans, fired shots, and set homes alight when they raided Nanjaba "
             "village on Monday.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_they_after_troops_in_one_sentence_raided_stays_their_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Nigerian troops pursued the insurgents until they raided a camp in Sambisa Forest on "
             "Monday.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


@pytest.mark.model
def test_they_the_army_said_clashed_stays_its_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp, "The army said they clashed with ISWAP fighters in Marte on Monday.\n")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


@pytest.mark.model
def test_they_in_a_where_clause_after_insurgents_clashed_is_their_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "After this, a group of insurgents left Chiure for Ancuabe district, where they clashed "
             "with the Naparama militia on 2 March outside Ntutupue.\n")
    assert "operation" not in [e.type for e in found]
    assert "attack" in [e.type for e in found]


# A group's part striking is the group's attack, also when the verb completes a claim.

@pytest.mark.model
def test_an_affiliate_claiming_to_have_struck_forces_made_an_attack(nlp: Language) -> None:
    found = events_on_2021_08_28(
        nlp, "An affiliate of the Islamic State claims to have struck US forces in Kabul on Thursday.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_warplanes_claimed_to_have_struck_stay_a_strike(nlp: Language) -> None:
    found = events_on_2021_08_28(
        nlp, "The army said its warplanes struck Islamic State hideouts in Nangarhar on Thursday.\n")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_an_affiliate_of_a_force_killed_is_one_victim(nlp: Language) -> None:
    found = events_on_2021_08_28(
        nlp, "On Sunday, an affiliate of the Federal Police was killed and two others were wounded "
             "after an ISIS attack on a village south of Kirkuk.\n", "2021-08-30")
    assert [(e.type, e.killed, e.wounded) for e in found] == [("attack", 1, 2)]


# Attack or operation by who does what to whom: the campaign's fighters ambushed, or killed in an attack word, with no
# other group named as the doer make the force's operation; a group accused of carrying out an attack made it, not the
# force that accuses it; a fight told only by what the force lost is the group's attack, and so is a group's outside
# the campaign with the state's forces (after train pages' attacks the gold types operations and the reverse).

@pytest.mark.model
def test_militants_ambushed_make_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp,
                                 "The militants were ambushed in a village near Bama on Sunday, the ministry said.\n")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_soldiers_ambushed_stay_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp, "Four soldiers were ambushed near Bama on Monday.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_fighters_attacked_by_another_group_stay_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp, "ISWAP fighters were attacked by Boko Haram near Bama on Monday.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_group_members_killed_in_a_joint_attack_make_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "At least 15 ISIS terrorists have been killed in a joint attack in Anbar on Monday, US "
             "officials have said.\n")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_commander_killed_in_an_attack_on_troops_stays_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "A senior Islamic State commander was killed during an attack on army forces in Diyala on "
             "Monday, according to local sources.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_group_accused_of_carrying_out_an_attack_made_it(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "The army is accusing rebels of the Allied Democratic Forces (ADF) of carrying out the "
             "attack in the town of Beni on Monday, an army spokesman said.\n")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


@pytest.mark.model
def test_the_army_carrying_out_an_attack_on_the_group_stays_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp, "The army said it carried out an attack on ADF positions near Beni on Monday.\n")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_soldiers_killed_in_clashes_make_the_groups_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Two soldiers were killed in clashes with ISWAP fighters in Yobe State on Saturday, the "
             "group claimed.\n")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]


@pytest.mark.model
def test_clashes_that_killed_security_personnel_make_an_attack(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "In mid-July, clashes between Iraqi forces and ISIS militants in Diyala lasted three days and "
             "resulted in the deaths of six security personnel.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_clash_that_killed_both_sides_stays_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Seven Dawlah Islamiya terrorists and six soldiers were killed in a clash in Munai on "
             "Sunday.\n")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_clash_the_next_sentence_counts_the_groups_dead_stays_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "A soldier died while two others were wounded in a clash with BIFF in Mamasapano on Nov. 9, "
             "the military said. Two BIFF members were also killed.\n")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_clash_the_troops_started_stays_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Army troops surrounded a jungle area in Patikul on Monday and clashed with about 100 bandits, "
             "and 17 soldiers were wounded.\n")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_an_outside_group_clashing_with_government_forces_attacks_them(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp, "Boko Haram terrorists have clashed with government forces in Diffa on Monday.\n")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_outside_groups_infighting_is_no_attack_on_the_state(nlp: Language) -> None:
    found = events_on_2025_03_05(
        nlp, "Factions of the Somali militant group al-Shabaab on Sunday clashed in Puntland state.\n")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_troops_clashing_with_an_outside_group_stay_an_operation(nlp: Language) -> None:
    found = events_on_2025_03_05(nlp, "Troops clashed with Boko Haram fighters near Bama on Monday.\n")
    assert [e.type for e in found] == ["operation"]


# Event types: a fight whose sides are the campaign's group and another armed group outside the campaign, with no
# state's force among them, is the groups' fighting (an attack), not a force's operation; a side that rules a state
# keeps its fight an operation, and so does a force.

@pytest.mark.model
def test_two_groups_as_the_subject_of_a_clash_fight_an_attack(nlp: Language) -> None:
    found = events_on_2022_09_17(nlp, "ISWAP and Boko Haram clashed again in Borno on Friday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_a_clash_between_the_group_and_a_rival_is_an_attack(nlp: Language) -> None:
    found = events_on_2022_09_17(
        nlp, "Several fighters died during a clash between ISWAP and Boko Haram in the Lake Chad region "
             "on Friday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_clash_with_a_ruling_group_stays_its_operation(nlp: Language) -> None:
    found = events_on_2022_09_17(nlp,
                                 "Eight people were killed in a clash between Taliban and ISKP in Kunduz on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


@pytest.mark.model
def test_troops_clashing_with_the_group_stay_an_operation(nlp: Language) -> None:
    found = events_on_2022_09_17(nlp, "Troops clashed with ISWAP fighters in Borno on Friday.")
    assert [e.type for e in found] == ["operation"]


# Event types: a force's killing told "during a failed ambush" or "in a failed attack" is the defenders' side of the
# fighters' attack that failed (one attack, the group's), not the force's own operation; an ambush with no such word
# stays the force's operation. A town taken by the group and named before its kind word ("overran Marte town") is
# taken as one named alone.

@pytest.mark.model
def test_troops_killing_fighters_during_a_failed_ambush_is_the_groups_attack(nlp: Language) -> None:
    found = events_on_2025_09_04(
        nlp, "Troops of Operation Hadin Kai killed six ISWAP fighters during a failed ambush near Dikwa, "
             "Borno State, on Wednesday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_a_headline_kill_in_a_failed_attack_is_the_groups_attack(nlp: Language) -> None:
    found = events_on_2025_09_04(nlp,
                                 "Troops kill 20 ISWAP terrorists in failed attack on Buni Yadi base in Yobe State.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_troops_killing_fighters_during_an_ambush_stays_their_operation(nlp: Language) -> None:
    found = events_on_2025_09_04(
        nlp, "Troops of Operation Hadin Kai killed 10 ISWAP fighters during an ambush near Bama on "
             "Wednesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Operation Hadin Kai")]


@pytest.mark.model
def test_overrunning_a_town_named_before_its_kind_word_is_an_attack(nlp: Language) -> None:
    # Nigerian usage puts the kind word after the name ("Marte town"): the town is taken as "Marte" is
    found = events_on_2025_09_04(nlp, "ISWAP fighters overran Marte town on Sunday night, killing two soldiers.")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Marte", "Islamic State West Africa Province")]


@pytest.mark.model
def test_invading_a_town_named_before_its_kind_word_is_an_attack(nlp: Language) -> None:
    found = events_on_2025_09_04(nlp, "The terrorists invaded Gubio town on Friday and burnt houses.")
    assert [(e.type, e.place) for e in found] == [("attack", "Gubio")]


# Strikes: an attack noun with an air word of its own ("aerial attacks", "air attacks") is flown from the air, a
# strike, whoever flies it; joined to a ground word ("ground and air attacks") it is a combined fight, and the group's
# "drone attack" stays its attack.

@pytest.mark.model
def test_a_force_air_attack_is_a_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "The army launched air attacks on rebel camps in Mambasa on Monday.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-03-04")]


@pytest.mark.model
def test_an_unattributed_aerial_attack_is_a_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Two commanders were killed east of Dikwa in the aerial attack on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_ground_and_air_attacks_stay_an_operation(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "Troops launched coordinated ground and air attacks on the armed group in Kebbi on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_the_group_drone_attack_stays_an_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "ISIS fighters launched a drone attack on a military base in Hasakah on Monday.")
    assert [e.type for e in found] == ["attack"]


# Operations by state forces: an ambush a force lays ("troops laid an ambush"), or in which it neutralises the group's
# fighters, is the force's operation, not the group's attack; an ambush the group lays stays its attack.

@pytest.mark.model
def test_an_ambush_a_force_lays_is_its_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Government troops laid an ambush near Damboa on Monday and killed four ISWAP fighters.")
    assert [(e.type, e.place, e.actor) for e in found] == [("operation", "Damboa", "Nigerian Army")]


@pytest.mark.model
def test_an_ambush_in_which_a_force_neutralises_fighters_is_its_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp,
                                 "Troops neutralised 12 terrorists in an ambush at Bula Yobe in Borno State on Monday.")
    assert [(e.type, e.date, e.actor) for e in found] == [("operation", "2025-05-05", "Nigerian Army")]


@pytest.mark.model
def test_an_ambush_the_group_lays_stays_its_attack(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp,
                                 "ISWAP terrorists laid an ambush for soldiers near Damboa on Monday, killing four.")
    assert [(e.type, e.actor, e.killed) for e in found] == [("attack", "Islamic State West Africa Province", 4)]


# Attacks: a weak blast or weapon noun ("bomb", "explosion", "blast") that went off is an attack even with no place or
# day of its own: the subject of a past verb of going off or hitting, one named by the weapon set off, or one a group
# claims; a bomb that only might go off, or an explosion of gas, is none.

@pytest.mark.model
def test_a_bomb_that_exploded_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp,
                                 "The Islamic State said a bomb exploded as the policemen queued outside the bank.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State")]


@pytest.mark.model
def test_a_bomb_that_ripped_through_a_market_is_an_attack_with_its_toll(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Ten people were killed when a bomb ripped through the market.")
    assert [(e.type, e.killed) for e in found] == [("attack", 10)]


@pytest.mark.model
def test_an_explosion_that_hit_a_club_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "On March 2, four people were killed when an explosion hit a sports club.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-03-02")]


@pytest.mark.model
def test_a_blast_named_by_its_weapon_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Three soldiers sustained light injuries in a landmine blast in the area.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_claimed_explosion_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "The Islamic State group claimed responsibility for a bus explosion that killed two people.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State")]


@pytest.mark.model
def test_a_bomb_that_could_explode_is_no_attack(nlp: Language) -> None:
    assert [e.type for e in events_on_2024_03_10(nlp, "Experts warned that a bomb could explode at any time.")] == []


@pytest.mark.model
def test_a_gas_explosion_is_no_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Police said a gas cylinder explosion at a restaurant injured two people.")
    assert [e.type for e in found] == []


# Force verbs: a force neutralising the group's people told with a gerund under "by" or "in" has the verb's subject as
# doer; a leader named with his title, or a man named with a relative clause as the group's member, killed by a force
# is an operation, and so is a force freeing the group's captives; the same words with no force doing them, or aimed
# at something else, are none.

@pytest.mark.model
def test_a_gerund_under_by_or_in_has_the_verb_s_subject_as_doer(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Puntland forces responded by neutralizing eight Daesh fighters near the Cal Miskat "
             "mountains on Monday.")
    assert [e.type for e in found] == ["operation"]
    found = events_on_2025_05_07(nlp,
                                 "On Monday, residents responded by neutralizing eight Daesh fighters near Bosaso.")
    assert found == []


@pytest.mark.model
def test_a_leader_named_with_his_title_killed_by_a_force_is_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Abu Sayyaf leader Isnilon Hapilon was killed by Philippine troops in Marawi on Monday.")
    assert [(e.type, e.place, e.actor) for e in found] == [
        ("operation", "Marawi", "Armed Forces of the Philippines")
    ]
    assert events_on_2025_05_07(nlp, "Village leader Musa Ali was killed by a falling tree in Marawi on Monday.") == []


@pytest.mark.model
def test_a_force_freeing_the_group_s_captives_is_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "On Monday, marines rescued them from Abu Sayyaf militants in waters near Jolo.")
    assert [e.type for e in found] == ["operation"]
    found = events_on_2025_05_07(nlp,
                                 "Our army also freed 83 hostages and seized sixteen war weapons on Monday in Irumu.")
    assert [(e.type, e.place) for e in found] == [("operation", "Irumu")]


@pytest.mark.model
def test_freeing_people_from_something_else_or_by_no_force_is_no_operation(nlp: Language) -> None:
    assert events_on_2025_05_07(nlp,
                                "On Monday rescuers freed 12 people from the rubble of the market in Maiduguri.") == []
    assert events_on_2025_05_07(nlp, "On Monday, troops rescued 20 women from the floods in Maiduguri.") == []
    found = events_on_2025_05_07(nlp, "On Monday, ISWAP fighters freed 12 prisoners from the jail in Kuje.")
    assert "operation" not in [e.type for e in found]
    # an aim, not a report
    assert events_on_2025_05_07(
        nlp, "On Monday the army said it is on the trail of the militiamen near Beni to rescue the "
             "hostages.") == []


@pytest.mark.model
def test_a_member_named_by_a_relative_clause_shot_dead_by_a_force_is_an_operation(nlp: Language) -> None:
    # the parser hangs the object of "shot dead" on "dead"; a relative clause tells whose member he was
    found = events_on_2025_05_07(
        nlp, "Police personnel shot dead a Chinese Uighur who was a member of the East Indonesia "
             "Mujahidin (MIT) terrorist group in Poso on Wednesday.")
    assert [e.type for e in found] == ["operation"]


# Repelled attacks: an attack troops foiled or thwarted that was launched, or aimed at a post they hold, was made (the
# conventions count a repelled attack as the attackers'); a plot stopped before it was made stays an operation of
# whoever stopped it.

@pytest.mark.model
def test_attacks_launched_on_troop_locations_and_thwarted_are_attacks_one_per_town(nlp: Language) -> None:
    found = events_on_2026_03_17(
        nlp, "Troops have demonstrated superior combat readiness by successfully thwarting terrorist "
             "attacks launched by ISWAP fighters on multiple troop locations at Njimtilo, Baga, Buratai, "
             "and Damboa. The attacks, which occurred in the early hours of 16 March 2026, were mounted "
             "from several directions.")
    assert sorted((e.type, e.place, e.actor) for e in found) == [
        ("attack", place, "Islamic State West Africa Province") for place in ("Baga", "Buratai", "Damboa", "Njimtilo")
    ]


@pytest.mark.model
def test_an_attack_on_the_troops_location_they_foiled_is_the_attackers(nlp: Language) -> None:
    found = events_on_2026_03_17(
        nlp, "Troops of Operation Hadin Kai on Tuesday foiled a major attack by ISWAP terrorists on their "
             "location in Marte, Borno State.")
    assert [(e.type, e.date, e.place, e.actor) for e in found] == [
        ("attack", "2026-03-17", "Marte", "Islamic State West Africa Province")]


@pytest.mark.model
def test_an_attack_targeting_a_brigade_that_was_thwarted_is_the_groups(nlp: Language) -> None:
    found = events_on_2026_03_17(
        nlp, "The Syrian Democratic Forces successfully thwarted an attack by an ISIS terrorist cell "
             "targeting the SDF's Dhiban Brigade in the eastern countryside of Deir ez-Zor.")
    assert [(e.type, e.country, e.actor) for e in found] == [("attack", "SY", "Islamic State")]


@pytest.mark.model
def test_a_foiled_attack_aimed_at_no_post_stays_the_stoppers_operation(nlp: Language) -> None:
    found = events_on_2026_03_17(nlp, "The elite anti-terror squad foiled yet another attack on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_foiled_attack_on_a_church_is_no_attack(nlp: Language) -> None:
    found = events_on_2026_03_17(nlp, "Police foiled an attack by ISIS supporters on a church in Surabaya on Monday.")
    assert [e for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_an_impeded_attack_on_a_base_with_no_doer_told_did_not_happen(nlp: Language) -> None:
    found = events_on_2026_03_17(nlp, "The army thwarted an attack on a military base in Ghazni on Monday.")
    assert [e for e in found if e.type == "attack"] == []


@pytest.mark.model
def test_a_post_named_on_the_attackers_phrase_is_still_the_attacks_aim(nlp: Language) -> None:
    # the parser hangs "on their location" on "terrorists", the doer of the attack
    found = events_on_2026_03_17(
        nlp, "Troops of Operation Hadiin Kai on Tuesday foiled a major attack by Islamic for West Africa "
             "Province (ISWAP) terrorists on their location in Marte, Borno State, and killed many "
             "insurgents.")
    assert [(e.type, e.place, e.actor) for e in found if e.type == "attack"] == [
        ("attack", "Marte", "Islamic State West Africa Province")]


# Event types: aircraft that attack make a strike, also when a force sends them to attack ("dispatched fighter jets to
# attack the location"); the Islamic State's own word for its fighters ("caliphate soldiers", "soldiers of the
# Caliphate") names attackers, not a state's soldiers; a force beginning an assault does it ("Libyan forces began an
# assault on Sirte" is their operation); and attackers a pronoun takes up ("the assailants raided the building...
# before they withdrew") make no withdrawal.

@pytest.mark.model
def test_aircraft_that_attack_make_a_strike(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "Our gunships attacked a big camp of the terrorists near Kasese on Monday.")
    assert [e.type for e in found] == ["strike"]
    found = events_on_2024_01_03(
        nlp, "On Monday the Air Task Force dispatched an enhanced force package of fighter jets and "
             "helicopter gunships to attack the two locations at Kirta Wulgo, scoring devastating hits.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_troops_sent_to_attack_or_a_helicopter_attacked_are_no_strike(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "Gunmen attacked a helicopter in Sirte on Monday.")
    assert [e.type for e in found] == ["attack"]
    found = events_on_2024_01_03(nlp, "Nigerian soldiers attacked an ISWAP camp in Kano on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_caliphate_soldiers_are_the_group_s_attackers(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "Soldiers of the Caliphate attacked the Inates military base of the apostate Nigerien army "
             "near the Malian border on Monday.")
    assert [e.type for e in found] == ["attack"]
    found = events_on_2024_01_03(
        nlp, "On Monday, caliphate soldiers attacked a crusader army post in the village of Quiterajo.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_forces_beginning_an_assault_make_an_operation(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "In May 2016, Libyan forces began an assault on Sirte, the city by then acting as the "
             "group's capital.")
    assert [e.type for e in found] == ["operation"]
    found = events_on_2024_01_03(nlp, "In May 2016, ISIS fighters began an assault on Sirte, killing five soldiers.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_attackers_taken_up_by_a_pronoun_make_no_withdrawal(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "The assailants raided the building, forced employees outside, burned down three diesel "
             "banks and stole two vehicles before they withdrew early on Tuesday.")
    assert "withdrawal" not in [e.type for e in found]


@pytest.mark.model
def test_a_state_s_troops_taken_up_by_a_pronoun_still_withdraw(nlp: Language) -> None:
    found = events_on_2024_01_03(
        nlp, "US troops handed over the base to Iraqi forces on Tuesday before they withdrew from "
             "Ain al-Asad.")
    assert [e.type for e in found] == ["withdrawal"]


# Smaller event types: an operation that aircraft or an air arm make (the doer of the verb, or of the light verb that
# carries the noun) is a strike; an official's visit to a force is a meeting, a visit to anything else is none;
# "pledged alliance to" the group is an oath of allegiance.

@pytest.mark.model
def test_raids_that_warplanes_launch_are_strikes(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "On Friday, Iraqi warplanes launched several raids on ISIS hideouts in the Hamrin mountains.")
    assert [(e.type, e.date, e.country) for e in found] == [("strike", "2025-05-02", "IQ")]


@pytest.mark.model
def test_a_raid_jets_carry_out_is_a_strike(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp,
                                 "On Friday, Iraqi jets carried out a raid on an ISIS hideout in the Hamrin mountains.")
    assert [(e.type, e.date) for e in found] == [("strike", "2025-05-02")]


@pytest.mark.model
def test_a_killing_by_an_air_force_named_by_its_possessor_is_a_strike(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The Egyptian army said on Thursday that its air force killed 19 militants in northern Sinai.")
    assert [(e.type, e.country, e.killed) for e in found] == [("strike", "EG", 19)]


@pytest.mark.model
def test_a_raid_by_troops_stays_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "On Friday, Iraqi troops carried out a raid on an ISIS hideout in the Hamrin mountains.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_official_visiting_troops_is_a_meeting(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "The defence minister visited Rwandan forces in Ancuabe district on Friday.")
    assert [(e.type, e.date, e.country, e.place) for e in found] == [("meeting", "2025-05-02", "MZ", "Ancuabe")]


@pytest.mark.model
def test_an_operational_visit_to_a_base_is_a_meeting(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The navy chief spoke on Saturday during an operational visit to the navy base in Baga.")
    assert [(e.type, e.date) for e in found] == [("meeting", "2025-05-03")]


@pytest.mark.model
def test_a_visit_to_the_scene_or_the_wounded_is_no_meeting(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The governor visited the scene in Maiduguri on Monday and visited the wounded in hospital.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_pledged_alliance_to_the_group_is_an_oath_of_allegiance(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp,
                                 "The ADF was founded in Uganda. It pledged alliance to the Islamic State in 2019.")
    assert [(e.type, e.date, e.actor) for e in found] == [("pledge", "2019", "Allied Democratic Forces")]


# triggers.py: the end of a force's combat role is a withdrawal (short texts written for the tests, with a case where
# the phrase must not fire).

@pytest.mark.model
def test_the_end_of_combat_operations_is_a_withdrawal(nlp: Language) -> None:
    text = ("About 2,500 U.S. troops remain in Iraq in an advisory role, following the official end of combat "
            "operations announced in December 2021.")
    assert [(e.type, e.date, e.country) for e in events_on_2024_09_01(nlp, text)] == [("withdrawal", "2021-12", "IQ")]


@pytest.mark.model
def test_the_end_of_an_operation_against_the_group_is_no_withdrawal(nlp: Language) -> None:
    text = "The end of the operation against ISIS cells in Anbar was announced on Monday."
    assert "withdrawal" not in [e.type for e in events_on_2024_09_01(nlp, text)]


# Recaptures of sites no gazetteer knows, listed by a held place (events/triggers.py).

@pytest.mark.model
def test_capture_of_positions_including_an_unknown_site_is_its_recapture(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "According to a statement released by Puntland security officials on Wednesday, the offensives resulted "
             "in the deaths of at least 15 ISIS fighters and the capture of key militant positions, including "
             "Ceelasha Burti-Cise and Af-ka Dharimood in the Baallade valley region.")
    assert [(e.type, e.country) for e in found] == [("territorial_defeat", "SO")]


@pytest.mark.model
def test_troops_seizing_positions_including_a_named_settlement_retake_it(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "According to a statement by the Puntland army, troops have conducted targeted offensives over the past "
             "72 hours, killing numerous ISIS fighters and seizing strategic positions, including the vital "
             "settlement of Ceelka Idakacab in the Baallade Valley, Bari region.")
    assert [(e.type, e.place, e.country) for e in found if e.type == "territorial_defeat"] == [
        ("territorial_defeat", "Ceelka Idakacab", "SO")]


@pytest.mark.model
def test_capture_of_positions_including_a_known_group_takes_no_site(nlp: Language) -> None:
    found = events_on_2025_09_03(
        nlp, "Officials confirmed on Wednesday the capture of several positions, including Islamic State, in the "
             "operation.")
    assert all(e.type != "territorial_defeat" for e in found)


# Who flew a strike (triggers.flown_by_aircraft): aircraft as the doer of the strike word's verb or participle.

def _flown(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    head = next(t for t in doc if t.text == word)
    words = vocab()
    return flown_by_aircraft(head, words.types["strike"], words)


@pytest.mark.model
def test_aircraft_subject_of_the_light_verb_flew_the_strikes(bare_nlp: Language) -> None:
    assert _flown(bare_nlp, "Iraqi F-16 aircraft had conducted airstrikes on a hideout.", "airstrikes")


@pytest.mark.model
def test_jets_agent_of_the_participle_flew_the_strike(bare_nlp: Language) -> None:
    assert _flown(bare_nlp, "Five militants were killed in a precision airstrike carried out by Iraqi fighter jets.",
                  "airstrike")


@pytest.mark.model
def test_troops_conducting_a_strike_are_no_aircraft(bare_nlp: Language) -> None:
    assert not _flown(bare_nlp, "Iraqi troops conducted an airstrike on a hideout.", "airstrike")


# Operation triggers: a manhunt forces set going is their operation, and so is a counted kill told in the perfect.

@pytest.mark.model
def test_a_manhunt_launched_by_forces_is_an_operation(nlp: Language) -> None:
    text = ("Security operatives, including troops and police tactical units, have launched a manhunt for the "
            "attackers across bush paths in Sokoto.")
    assert [(e.type, e.country) for e in events_on_2025_06_25(nlp, text)] == [("operation", "NG")]


@pytest.mark.model
def test_a_manhunt_said_to_be_under_way_is_no_operation(nlp: Language) -> None:
    found = events_on_2025_06_25(nlp, "A senior official said a major manhunt is now underway to find the bombers.")
    assert [e for e in found if e.type == "operation"] == []


# Operations: a force's deed on the group's fighters told in the present perfect, as a news lede tells it, is its
# operation when the fighters are counted; "has eliminated several terrorists" sums up a page's record as often.

events_on_2022_09_02 = events_dated("2022-09-02")
events_on_2024_02_01 = events_dated("2024-02-01")
events_on_2021_02_25 = events_dated("2021-02-25")


@pytest.mark.model
def test_forces_have_eliminated_a_counted_few_is_an_operation(nlp: Language) -> None:
    text = ("The Tunisian law enforcement forces have eliminated three members of the Jund al-Khilafah terrorist group "
            "in the governorate of Kasserine, the defense ministry said on Friday.")
    assert [(e.type, e.country) for e in events_on_2022_09_02(nlp, text)] == [("operation", "TN")]


@pytest.mark.model
def test_the_military_has_eliminated_several_is_no_operation(nlp: Language) -> None:
    found = events_on_2022_09_02(nlp, "The Nigerian military has eliminated several ISWAP terrorists.")
    assert [e for e in found if e.type == "operation"] == []


# Trigger types (events/triggers.py): a strike told with the group's own weapon or flown by the group is its attack,
# not a state's strike (the conventions type an event by who did it and how).

@pytest.mark.model
def test_a_bomb_strike_on_a_church_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "A bomb strike on a church in the eastern Democratic Republic of the Congo on Sunday left at least 10 "
        "people dead.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_explosive_device_striking_homes_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "The 11 family members were killed when an explosive device struck their homes in Borno State on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_militants_striking_a_checkpoint_with_a_car_bomb_is_an_attack(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "At least 10 people were killed when militants linked to the Abu Sayyaf group struck a military "
        "checkpoint with a car bomb in the southern Philippines on Tuesday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_jets_striking_with_guided_bombs_stay_a_strike(nlp: Language) -> None:
    found = events_on_2024_02_01(
        nlp, "Iraqi jets struck an Islamic State hideout with guided bombs in Kirkuk on Monday, killing five "
        "militants.")
    assert [e.type for e in found] == ["strike"]


# Killing with a particle or a phrase (events/triggers.py ``kills_with_particle``), read from the per-document word
# lists: only verbs a listed particle or phrase opens with are tested further.

def _verb(nlp: Language, text: str, word: str):  # type: ignore[no-untyped-def]
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


def test_a_verb_with_its_particle_or_phrase_kills(nlp: Language) -> None:
    words = vocab()
    assert kills_with_particle(_verb(nlp, "Police shot dead two ISIS fighters in Kano.", "shot"), words)
    assert kills_with_particle(_verb(nlp, "Troops put out of action two ADF rebels.", "put"), words)


def test_a_verb_no_particle_or_phrase_opens_with_does_not(nlp: Language) -> None:
    words = vocab()
    assert "visit" not in words.kill_particle_verbs | words.kill_phrase_verbs
    assert not kills_with_particle(_verb(nlp, "The minister visited dead soldiers' families.", "visited"), words)
    # a listed verb with another word after it kills with no particle
    assert not kills_with_particle(_verb(nlp, "Police shot a video of the parade.", "shot"), words)


def test_a_reduced_passive_by_a_force_is_not_the_phrase(nlp: Language) -> None:
    verb = _verb(nlp, "ADF Commander Put Out Of Action By UPDF", "Put")
    assert not kills_with_particle(verb, vocab())


def test_only_a_type_that_lists_air_arms_reads_an_air_arm_in_the_doer(nlp: Language) -> None:
    from sitroom.extract.events.triggers import _names_air_arm

    words = vocab()
    doer = _verb(nlp, "The Nigerian Air Force bombed a camp in Borno.", "Force")
    armed = [tv for tv in words.types.values() if tv.air_arms]
    unarmed = [tv for tv in words.types.values() if not tv.air_arms]
    assert armed and all(_names_air_arm(doer, tv) for tv in armed)
    assert unarmed and not any(_names_air_arm(doer, tv) for tv in unarmed)


def test_a_verb_s_words_with_its_particle_are_the_same_when_asked_again(nlp: Language) -> None:
    from sitroom.extract.events.triggers import _verb_words

    verb = _verb(nlp, "Militants blew up a bridge near Mosul.", "blew")
    assert _verb_words(verb) == {"blow", "blow up"}
    assert _verb_words(verb) is _verb_words(verb)  # kept for the document, not made again


# A campaign whose purpose is wiping out the group's fighters is an operation, as one to retake a town is.

@pytest.mark.model
def test_an_army_campaign_to_eliminate_the_group_is_its_operation(nlp: Language) -> None:
    found = events_on_2021_02_25(
        nlp, "In late 2019 the Congo army began a campaign to eliminate the ADF, which originated as an Ugandan "
             "militia.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2019", "CD")]


@pytest.mark.model
def test_a_campaign_to_defeat_the_group_names_the_whole_war(nlp: Language) -> None:
    found = events_on_2021_02_25(nlp, "General White will discuss the campaign to defeat ISIS in Iraq and Syria.")
    assert not [e for e in found if e.type == "operation"]
