"""Who did an event (events/who.py, events/credit.py): the subject, agent, claimant or reporter a sentence names,
pronouns, possessives and names the NER mistook."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate import make_doc
from sitroom.extract.events import extract_events
from sitroom.extract.events.records import DocIndex
from sitroom.extract.events.vocab import vocab
from sitroom.extract.events.who import according_to_group
from sitroom.resolve.actor_kb import load_actor_kb

# the reference days the tests' sentences are written around
events_on_2021_10_04 = events_dated("2021-10-04")
events_on_2021_12_20 = events_dated("2021-12-20")
events_on_2023_11_20 = events_dated("2023-11-20")
events_on_2024_01_10 = events_dated("2024-01-10")
events_on_2025_02_10 = events_dated("2025-02-10")
events_on_2025_03_10 = events_dated("2025-03-10")
events_on_2025_03_14 = events_dated("2025-03-14")
events_on_2025_05_07 = events_dated("2025-05-07")
events_on_2025_10_14 = events_dated("2025-10-14")
events_on_2025_12_22 = events_dated("2025-12-22")
events_on_2025_02_01 = events_dated("2025-02-01")


# Actors: a news outlet the knowledge base lists (actors.toml outlet), whose name has none of the outlet words ("Al
# Jazeera", "Al Arabiya"), reports the event its name stands beside; it never does it.

@pytest.mark.model
def test_a_raid_an_outlet_reports_is_not_the_outlet_s(nlp: Language) -> None:
    found = events_on_2021_10_04(
        nlp, "Several Islamic State fighters were killed in a raid in Charikar on Friday, Al Jazeera "
             "reported.")
    assert [e.actor for e in found if e.type == "operation"] == [None]


@pytest.mark.model
def test_a_clash_an_outlet_reports_is_the_troops_force_s(nlp: Language) -> None:
    found = events_on_2021_10_04(
        nlp, "Troops killed 13 Abu Sayyaf gunmen in a clash in Basilan on Sunday, Al Arabiya reported.")
    assert [e.actor for e in found if e.type == "operation"] == ["Armed Forces of the Philippines"]


@pytest.mark.model
def test_a_raid_the_agency_s_dispatch_tells_is_the_speaker_s_side(nlp: Language) -> None:
    found = events_on_2021_10_04(
        nlp, "Afghan Voice Agency (AVA) - Several IS fighters were killed and detained in Friday's raid "
             "in Charikar, said Taliban spokesman Bilal Karimi.")
    assert [e.actor for e in found if e.type == "operation"] == ["Taliban"]


@pytest.mark.model
def test_the_knowledge_base_marks_outlets_and_only_outlets() -> None:
    kb = load_actor_kb()
    assert all(kb.actors[i].outlet for i in ("al_jazeera", "al_arabiya", "philippine_daily_inquirer", "reuters",
                                             "afghan_voice_agency"))
    assert not any(kb.actors[i].outlet for i in ("amaq", "fbi", "global_coalition", "africom"))


@pytest.mark.model
def test_a_name_opening_or_ending_with_an_office_is_the_official_s_not_a_body() -> None:
    # (a name the NER took for a body: the official who announced the event, whose body the later rules credit)
    from sitroom.extract.events.credit import _office_name

    assert _office_name("Chief of Naval Staff")
    assert _office_name("Chief Military Public Information")
    assert _office_name("Police Inspector-General")
    assert not any(_office_name(n) for n in ("Defence Headquarters", "Joint Operations Command", "Amaq News Agency",
                                             "Ministry of Interior", "Security Council", "Army Super Camp 11"))


@pytest.mark.model
def test_indonesia_s_arrest_is_its_national_police_s(nlp: Language) -> None:
    # (Indonesia's operations against the group's cells are its police's, as Malaysia's: [national_forces] ID)
    found = events_on_2021_10_04(nlp,
                                 "Indonesia arrested three suspected Islamic State militants in Surabaya on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Indonesian National Police")]


@pytest.mark.model
def test_an_indonesian_raid_by_demonym_is_the_national_police_s(nlp: Language) -> None:
    found = events_on_2021_10_04(
        nlp, "Indonesian forces raided a militant hideout in Poso on Tuesday, killing two members of the "
             "East Indonesia Mujahideen.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [("operation", "Indonesian National Police")]


@pytest.mark.model
def test_kyrgyzstan_s_arrest_is_its_security_service_s(nlp: Language) -> None:
    # (Kyrgyzstan's arrests of the group's cells are the GKNB's: [national_forces] KG)
    found = events_on_2021_10_04(
        nlp, "Kyrgyzstan detained five suspected members of the Islamic State in Bishkek on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "State Committee for National Security of Kyrgyzstan")]


@pytest.mark.model
def test_the_group_declared_defeated_is_not_the_actor_of_its_defeat(nlp: Language) -> None:
    # the real-article conventions credit a recapture to the force that retook the ground, never to the group
    # defeated: with no force named, the country's national force
    found = events_on_2025_03_10(nlp, "ISIS was declared territorially defeated in Iraq in December 2017.",
                                 "2018-01-06")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


@pytest.mark.model
def test_the_defeat_goes_to_the_force_the_article_names(nlp: Language) -> None:
    found = events_on_2025_03_10(
        nlp, "The Counter-Terrorism Service raided a hideout in Kirkuk on Monday. The group was "
             "declared territorially defeated in Iraq in 2017.")
    assert ("territorial_defeat", "Counter-Terrorism Service") in [(e.type, e.actor) for e in found]


@pytest.mark.model
def test_a_fight_no_force_is_named_for_is_the_national_forces(nlp: Language) -> None:
    # the force named only by its units, or not at all: the state's own army fights at home
    found = events_on_2025_03_10(
        nlp, "A Marine and three Abu Sayyaf militants were killed in a firefight in the southern "
             "Philippine province of Jolo on Thursday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


@pytest.mark.model
def test_an_arrest_by_police_is_not_the_armys(nlp: Language) -> None:
    # a state with no national police listed: its police's arrests stay open rather than go to its army
    found = events_on_2025_03_10(nlp, "Police reported the arrest of two Islamic State members in Lahore.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]


@pytest.mark.model
def test_a_country_a_meeting_was_to_discuss_is_not_where_it_met(nlp: Language) -> None:
    found = events_on_2025_03_10(nlp, "Coalition partners met in Rome on Monday to discuss the situation in Libya.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IT")]
    # what the meeting was to do names the countries it was about
    found = events_on_2025_03_10(nlp, "The meeting of the coalition in Rome on Monday aimed to address urgent security "
                                      "challenges in Syria and Iraq.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IT")]


@pytest.mark.model
def test_a_partner_in_cooperation_is_not_the_actor(nlp: Language) -> None:
    # "in cooperation with X" names who the actor worked with, as "with the support of X" names its backer
    found = events_on_2025_03_10(
        nlp, "The security units in Idlib province, in cooperation with the General Intelligence "
             "Directorate, carried out two security operations targeting ISIS cells.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]
    found = events_on_2025_03_10(
        nlp, "In coordination with the Federal Government of Somalia, U.S. Africa Command conducted an "
             "airstrike against ISIS-Somalia in the Cal Miskaad mountains on Monday.")
    assert [(e.type, e.actor) for e in found] == [("strike", "U.S. Africa Command")]


@pytest.mark.model
def test_irans_arrests_are_its_intelligence_ministrys(nlp: Language) -> None:
    # the ministry the resolver names from its portfolio is the knowledge base's, and Iran's national force
    found = events_on_2025_03_10(nlp, "Iran's ministry of intelligence announced on Sunday that it had apprehended 28 "
                                      "individuals affiliated with an ISIS network in Tehran.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iranian Ministry of Intelligence")]
    found = events_on_2025_03_10(nlp, "Iranian forces arrested ten members of an ISIS cell in Mashhad on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iranian Ministry of Intelligence")]


@pytest.mark.model
def test_the_group_an_article_is_about_did_its_uncredited_attack(nlp: Language) -> None:
    # Abu Sayyaf is named three times, the Islamic State once in passing: the bombing is Abu Sayyaf's
    found = events_on_2025_12_22(
        nlp, "Abu Sayyaf militants have been blamed for many kidnappings in Sulu. The Abu Sayyaf is "
             "notorious for beheadings, and the Islamic State has praised it. On Sunday, a bombing "
             "killed five soldiers in Jolo. Officials said the Abu Sayyaf Group was being hunted.",
        "2020-08-25")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Jolo", "Abu Sayyaf Group")]


@pytest.mark.model
def test_two_groups_named_as_often_leave_the_attack_open(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Abu Sayyaf militants have been blamed for many kidnappings in Sulu. The Islamic State has "
             "praised the Abu Sayyaf. On Sunday, a bombing killed five soldiers in Jolo. Officials said "
             "Islamic State fighters were being hunted.", "2020-08-25")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Jolo", None)]


@pytest.mark.model
def test_a_monitor_that_documented_an_attack_did_not_carry_it_out(nlp: Language) -> None:
    # ACLED reports the attack; the insurgents of Cabo Delgado are the Mozambique Province's
    found = events_on_2025_12_22(
        nlp, "The first attack documented by the Armed Conflict Location and Event Data Project was "
             "on Sunday, when insurgents beheaded two men in Macomia. Islamic State militants have been "
             "active in Cabo Delgado since 2017.", "2024-02-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


@pytest.mark.model
def test_an_organization_still_holds_a_meeting(nlp: Language) -> None:
    # only attacks need an armed hand: a bloc's summit stays the bloc's
    found = events_on_2025_12_22(
        nlp, "The Southern African Development Community held a summit in Luanda on Thursday to "
             "discuss the insurgency in Cabo Delgado.", "2023-08-20")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Southern African Development Community")]


@pytest.mark.model
def test_a_claim_by_the_group_in_one_branchs_home_is_that_branchs(nlp: Language) -> None:
    # the group claims through its provinces: an attack in Tillaberi it claimed is the Sahel Province's
    found = events_on_2025_12_22(
        nlp, "The Islamic State claimed responsibility for an attack on an army post in Tillaberi, "
             "Niger, on Sunday that killed 20 soldiers.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State Sahel Province", True)]


@pytest.mark.model
def test_a_claim_where_no_branch_lives_stays_the_groups(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "The Islamic State claimed responsibility for a shooting in Brussels on Sunday that killed "
             "two people.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State", True)]


@pytest.mark.model
def test_a_state_striking_abroad_is_the_command_its_release_names(nlp: Language) -> None:
    # a CENTCOM release told as "the United States said": the command of the strike's country
    found = events_on_2025_12_22(
        nlp, "The United States said it killed two Islamic State leaders in an airstrike in Syria on "
             "Thursday. U.S. Central Command said no civilians were harmed.")
    assert [(e.type, e.country, e.actor) for e in found] == [("strike", "SY", "U.S. Central Command")]


@pytest.mark.model
def test_a_command_of_another_area_leaves_the_state(nlp: Language) -> None:
    # Africa Command does not fight in Syria
    found = events_on_2025_12_22(
        nlp, "The United States said it killed two Islamic State leaders in an airstrike in Syria on "
             "Thursday. U.S. Africa Command said separately that it was watching Somalia.")
    assert [(e.type, e.country, e.actor) for e in found if e.country == "SY"] == [("strike", "SY", "United States")]


@pytest.mark.model
def test_the_monitors_letters_name_the_mozambique_province(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "ISM's attack on civilians in Mocimboa da Praia town on September 7 killed three people.",
        "2025-09-20")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


@pytest.mark.model
def test_a_states_force_in_a_region_with_its_own_is_that_regions(nlp: Language) -> None:
    # Puntland fights the Islamic State in Bari itself: "Somali forces" there are Puntland's
    found = events_on_2025_12_22(
        nlp, "Somali security forces killed seven Islamic State fighters in an operation near Qandala "
             "on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Puntland Defence Forces")]


@pytest.mark.model
def test_the_states_force_elsewhere_stays_the_national_army(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Somali security forces killed seven Islamic State fighters in an operation near Mogadishu "
             "on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Somali National Army")]


@pytest.mark.model
def test_attackers_named_by_their_own_group_beside_the_one_they_are_tied_to(nlp: Language) -> None:
    # "IS-linked rebels of the ADF": the rebels are the ADF's, the link only describes them
    found = events_on_2025_12_22(
        nlp, "Islamic State-linked rebels of the Allied Democratic Forces (ADF) killed 89 civilians in "
             "multiple attacks in eastern Democratic Republic of Congo's Lubero territory on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


@pytest.mark.model
def test_attackers_only_tied_to_the_group_are_the_branch_of_their_area(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Militants linked to the Islamic State group stormed a village in Macomia district of "
             "Mozambique on Sunday, killing five people.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Mozambique Province")]


@pytest.mark.model
def test_an_administrations_force_is_the_target_of_an_attack_not_its_author(nlp: Language) -> None:
    # the SDF are the Kurdish-led administration's army: the side the group's attacks are aimed at
    found = events_on_2025_12_22(nlp, "The SDF suffered an attack in al-Zar on Sunday that killed one fighter.",
                                 "2023-09-10")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


@pytest.mark.model
def test_an_administrations_force_still_makes_arrests(nlp: Language) -> None:
    found = events_on_2025_12_22(nlp, "The SDF arrested five ISIS suspects in a raid in Raqqa on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


@pytest.mark.model
def test_the_groups_claim_keeps_the_attackers_the_text_names(nlp: Language) -> None:
    # "ADF rebels attacked ... the Islamic State claimed": the ADF did it, the claim is the group's
    found = events_on_2025_12_22(
        nlp, "ADF rebels attacked the Kangbayi prison in Beni on Tuesday, freeing 1,300 inmates. The "
             "Islamic State group claimed responsibility for the prison attack.", "2020-10-22")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Allied Democratic Forces", True)]


@pytest.mark.model
def test_the_groups_claim_names_attackers_the_text_left_unnamed(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Gunmen attacked a church in Kasindi on Sunday, killing ten people. The Islamic State "
             "group claimed responsibility for the church attack.", "2023-01-17")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    assert found[0].actor in ("Islamic State", "Islamic State Central Africa Province")


@pytest.mark.model
def test_of_two_branches_named_for_a_country_the_one_at_home_where_it_happened(nlp: Language) -> None:
    # Niger is shared: Niamey lies in the Sahel Province's home, Diffa in the West Africa Province's
    text = ("Fighters of the Islamic State West Africa Province and the Islamic State Sahel Province are active in "
            "Niger. On Wednesday, the Islamic State claimed an attack on an army post in {} that wounded four "
            "soldiers.")
    found = events_on_2025_12_22(nlp, text.format("Niamey"), "2026-02-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]
    found = events_on_2025_12_22(nlp, text.format("Diffa"), "2026-02-05")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


@pytest.mark.model
def test_a_repatriation_no_one_is_credited_with_is_the_receiving_states(nlp: Language) -> None:
    # the returnees' demonym, or the country they return to, names the state; Syria, where the camp is, does not
    found = events_on_2025_12_22(
        nlp, "Hundreds of Kyrgyz citizens, mostly women and children, were repatriated from the al-Hol "
             "camp in Syria on Sunday.", "2025-03-10")
    assert [(e.type, e.country, e.actor) for e in found] == [("repatriation", "SY", "Kyrgyzstan")]
    found = events_on_2025_12_22(
        nlp, "Four women and 13 children were returned to Australia on Saturday from the Roj camp in "
             "Syria.", "2025-03-10")
    assert [(e.type, e.country, e.actor) for e in found] == [("repatriation", "SY", "Australia")]


@pytest.mark.model
def test_two_states_named_leave_the_repatriation_open(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Kyrgyz and Kazakh citizens were repatriated from the al-Hol camp in Syria on Sunday.",
        "2025-03-10")
    assert [(e.type, e.country, e.actor) for e in found] == [("repatriation", "SY", None)]


# Event actors: a country in the place phrase of the doers is where they were, not who they are.

@pytest.mark.model
def test_a_country_where_the_attackers_were_is_no_actor(nlp: Language) -> None:
    found = events_on_2025_02_10(
        nlp, "A civilian convoy escorted by the army was attacked by suspected jihadists in Mali, near Gao. "
             "The attack left at least 32 people dead. Five trucks were destroyed during the assault, which "
             "is suspected to have been carried out by members of the Islamic State.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]


@pytest.mark.model
def test_lakurawa_gunmen_are_the_sahel_province(nlp: Language) -> None:
    # the Nigerian press's name for the province's fighters in Sokoto and Kebbi
    found = events_on_2025_03_10(
        nlp, "Suspected Lakurawa gunmen attacked an immigration post in Bagudo, Kebbi State, on "
             "Sunday, killing three officers.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]


@pytest.mark.model
def test_bandits_in_kebbi_stay_unattributed(nlp: Language) -> None:
    # only the name makes them the province's: gunmen alone are no one's
    found = events_on_2025_03_10(
        nlp, "Gunmen attacked an immigration post in Bagudo, Kebbi State, on Sunday, killing three "
             "officers.")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


@pytest.mark.model
def test_the_group_a_clash_is_with_did_not_operate(nlp: Language) -> None:
    # the "with" phrase names the side fought; the article's force fought it
    found = events_on_2025_03_10(
        nlp, "The Armed Forces of the Philippines said on Sunday that the clash with the Abu Sayyaf "
             "group occurred in Talipao.", "2017-09-08")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


@pytest.mark.model
def test_a_force_that_clashes_with_the_group_still_operated(nlp: Language) -> None:
    found = events_on_2025_03_10(
        nlp, "Troops of the Armed Forces of the Philippines clashed with Abu Sayyaf gunmen in Patikul on "
             "Sunday.", "2018-05-15")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


@pytest.mark.model
def test_a_town_liberated_from_the_group_is_not_the_groups_recapture(nlp: Language) -> None:
    # the recapture is credited to the force that retook the town, never to the group it was taken from
    found = events_on_2025_03_10(nlp, "On Monday the city of Sirte was completely liberated from ISIS.", "2016-12-06")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", None)]


@pytest.mark.model
def test_afghan_forces_are_the_republics_forces(nlp: Language) -> None:
    found = events_on_2025_03_10(
        nlp, "Afghan police forces killed five Daesh fighters during an operation in Deh Bala district "
             "of Nangarhar province on Friday.", "2019-05-25")
    assert [(e.type, e.actor) for e in found] == [("operation", "Afghan forces")]


@pytest.mark.model
def test_taliban_forces_stay_the_taliban(nlp: Language) -> None:
    found = events_on_2025_03_10(
        nlp, "Taliban forces killed five Daesh fighters during an operation in Nangarhar province on "
             "Friday.", "2023-05-25")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


@pytest.mark.model
def test_the_group_declared_defeated_is_still_named(nlp: Language) -> None:
    # the defeat phrase names the defeated group, which the real-article conventions never credit (thirty-second
    # session): the country's national force retook the ground
    found = events_on_2025_03_10(nlp, "ISIS was declared territorially defeated in Iraq in December 2017.",
                                 "2018-01-06")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


@pytest.mark.model
def test_a_force_that_says_it_killed_in_an_ambush_operated(nlp: Language) -> None:
    # "it" is the service that reports its own ambush
    found = events_on_2025_03_10(
        nlp, "The Counter-Terrorism Service announced on Wednesday that it had killed two ISIS suspects "
             "during an ambush in Kirkuk province.", "2025-06-20")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


@pytest.mark.model
def test_a_group_that_says_it_killed_in_an_ambush_attacked(nlp: Language) -> None:
    found = events_on_2025_03_10(
        nlp, "The Islamic State said on Wednesday that it had killed two soldiers during an ambush in "
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


@pytest.mark.model
def test_an_operation_read_as_the_groups_is_aimed_at_it(nlp: Language) -> None:
    # linked from a sentence about the group's leaders: the group is what the raid was against
    text = "The operation took place in Mastung. The IS leadership claimed to have been taken out was large."
    assert _credited(nlp, text, "operation", "islamic_state") is None


@pytest.mark.model
def test_an_attack_read_as_the_groups_stays_the_groups(nlp: Language) -> None:
    text = "The attack took place in Mastung. The IS leadership claimed it on Sunday."
    assert _credited(nlp, text, "attack", "islamic_state") == "Islamic State"


@pytest.mark.model
def test_police_in_malaysia_are_its_national_police(nlp: Language) -> None:
    found = events_on_2025_03_10(nlp, "Police arrested him in Malacca on Nov 26 for joining IS.", "2017-01-01")
    assert [(e.type, e.actor) for e in found] == [("operation", "Royal Malaysia Police")]


@pytest.mark.model
def test_police_where_no_national_police_is_listed_stay_open(nlp: Language) -> None:
    found = events_on_2025_03_10(nlp, "Police arrested him in Kano on Nov 26 for joining IS.", "2017-01-01")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]


# Event actors: the body a possessive owner precedes is the one that acted.

@pytest.mark.model
def test_the_owned_unit_acts_not_its_owner(nlp: Language) -> None:
    found = events_on_2023_11_20(
        nlp, "The National Police's Anti-terror Detachment 88 arrested two terrorism suspects in Jakarta "
             "on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Special Detachment 88")]


@pytest.mark.model
def test_an_owner_alone_still_acts(nlp: Language) -> None:
    found = events_on_2023_11_20(nlp, "The National Police arrested two terrorism suspects in Jakarta on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "National Police")]


@pytest.mark.model
def test_a_state_arresting_at_home_is_the_body_the_article_names(nlp: Language) -> None:
    # "Syria announced it had dismantled an ISIS cell": outlets write the state for its interior ministry
    found = events_on_2025_12_22(
        nlp, "Syria announced on Sunday it had dismantled an ISIS cell in a Damascus suburb. The Syrian "
             "Interior Ministry said seven people were arrested.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "SY", "Syrian Ministry of Interior")]


@pytest.mark.model
def test_a_state_arresting_at_home_is_its_national_force(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Malaysia has arrested two men with links to the Islamic State in Kuala Lumpur on Sunday.",
        "2018-01-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "Royal Malaysia Police")]


@pytest.mark.model
def test_a_state_striking_abroad_stays_the_state(nlp: Language) -> None:
    # a strike is no operation at home: "the United States bombed" stays the state's, even beside a named body
    found = events_on_2025_12_22(
        nlp, "The United States carried out airstrikes against the Islamic State in Syria on Sunday. "
             "The Pentagon said three militants were killed.")
    assert [(e.type, e.actor) for e in found] == [("strike", "United States")]


@pytest.mark.model
def test_a_relative_pronoun_subject_stands_for_the_fighters_named_before_it(nlp: Language) -> None:
    # "who" is the subject the parse gives the verb: the fighters are who launched the assaults
    found = events_on_2025_12_22(
        nlp, "The military said the airstrikes targeted Boko Haram and ISWAP fighters who launched "
             "assaults on army bases in Dikwa.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [
        ("attack", "Islamic State West Africa Province")
    ]


@pytest.mark.model
def test_what_the_relative_clause_names_is_not_its_subject(nlp: Language) -> None:
    # the group the clause's operation is aimed at does not make the soldiers its attackers; the SDF, the force the
    # article names in Syria, are (thirty-fifth session: an administration's army counts as the article's force)
    found = events_on_2025_12_22(
        nlp, "The soldiers, who launched an operation against ISIS in Raqqa on Monday, were SDF "
             "members.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


@pytest.mark.model
def test_a_force_on_the_states_side_leaves_the_article_one_armed_group(nlp: Language) -> None:
    # the SDF are the Kurdish-led administration's army, not a second insurgent group beside IS
    found = events_on_2025_12_22(
        nlp, "The SDF said on Monday that Islamic State cells remain active in Deir ez-Zor. On Tuesday, "
             "a bombing killed three people in Raqqa.")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Raqqa", "Islamic State")]


@pytest.mark.model
def test_a_group_outside_the_campaign_leaves_an_uncredited_attack_to_the_campaigns(nlp: Language) -> None:
    # the Taliban are outside the campaign ([link] outside_campaign): an unclaimed bombing on a page about IS
    # cells is the branch's (credit.attacker_from_family; the annotated pages credit it so on an Afghan page
    # naming the Taliban twice as often as IS); two campaign-side groups named as often still leave it open
    # (test_event_actors_eighteenth)
    found = events_on_2025_12_22(
        nlp, "The Taliban said on Monday that Islamic State cells remain active in Kunar. On Tuesday, "
             "a bombing killed three people in Jalalabad.")
    assert [(e.type, e.place, e.actor) for e in found] == [("attack", "Jalalabad", "Islamic State Khorasan Province")]


@pytest.mark.model
def test_the_body_that_reports_iraqi_strikes_is_not_who_struck(nlp: Language) -> None:
    # the Security Media Cell speaks for the Iraqi Security Forces: their strike, not the spokesman's
    found = events_on_2025_12_22(
        nlp, "The Iraqi Security Media Cell announced on Wednesday that two airstrikes targeted ISIS "
             "hideouts in the Hamrin Mountains.", "2025-01-08")
    assert [(e.type, e.actor) for e in found] == [("strike", "Iraqi Security Forces")]


@pytest.mark.model
def test_a_named_iraqi_force_keeps_its_operation(nlp: Language) -> None:
    found = events_on_2025_12_22(
        nlp, "Iraq's Counter-Terrorism Service said on Wednesday that it had killed three ISIS militants "
             "in a raid in Kirkuk.", "2025-01-08")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


@pytest.mark.model
def test_a_state_retaking_its_own_town_is_its_national_force(nlp: Language) -> None:
    # real-article conventions: the Iraqi government's forces as a whole are the Iraqi Security Forces
    found = events_on_2025_12_22(nlp, "Iraq declared victory over ISIS in December 2017.", "2018-01-10")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


@pytest.mark.model
def test_the_defeated_group_is_not_the_actor_of_its_territorial_defeat(nlp: Language) -> None:
    # (thirty-second session: the real-article conventions never credit the group defeated, the force does)
    found = events_on_2025_12_22(nlp, "ISIS was declared territorially defeated in Iraq in December 2017.",
                                 "2018-01-10")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


# Event actors: who comes on a visit or speaks at a meeting, and a body the knowledge base knows over a title the NER
# took for one.

@pytest.mark.model
def test_who_arrives_on_a_visit_makes_it(nlp: Language) -> None:
    found = events_on_2023_11_20(
        nlp, "The Executive Secretary of the Southern African Development Community arrived in Pemba on an "
             "official visit to Mozambique on Monday.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Southern African Development Community")]


@pytest.mark.model
def test_the_agent_of_a_passive_speaks_at_the_meeting(nlp: Language) -> None:
    found = events_on_2023_11_20(
        nlp, "The plan was explained by the Southern African Development Community in a Maputo meeting on "
             "Monday.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Southern African Development Community")]


@pytest.mark.model
def test_a_known_body_stands_before_a_title_taken_for_a_name(nlp: Language) -> None:
    found = events_on_2023_11_20(
        nlp, "The Political Directors of the Global Coalition against the Islamic State met in Paris on "
             "Monday.")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Global Coalition to Defeat Daesh/ISIS")]


@pytest.mark.model
def test_a_states_police_named_by_its_demonym_made_the_arrest(nlp: Language) -> None:
    # the police, not the state: since session 28 the knowledge base lists Spain's national police by that form
    found = events_on_2021_12_20(
        nlp, "Spanish police arrested a Moroccan national suspected of leading an Islamic State cell "
             "in San Sebastian on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Spanish National Police")]


@pytest.mark.model
def test_a_states_security_forces_named_by_its_demonym(nlp: Language) -> None:
    found = events_on_2021_12_20(nlp, "Tunisian security forces have killed three suspected militants from an Islamic "
                                      "State-affiliated group in Kasserine on Saturday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Tunisian Security Forces")]


@pytest.mark.model
def test_a_police_chief_is_no_body_of_the_state(nlp: Language) -> None:
    # "police chief" is a person's title: no body named by its kind acted
    found = events_on_2021_12_20(
        nlp, "The Spanish police chief said officers arrested a Moroccan suspected of links to the "
             "Islamic State in Madrid on Tuesday.")
    assert all(e.actor != "Spanish police" for e in found)


@pytest.mark.model
def test_the_states_one_police_made_an_arrest_told_as_by_police(nlp: Language) -> None:
    found = events_on_2021_12_20(
        nlp, "A militant hideout was raided by police in Bangladesh on Thursday, which killed five "
             "suspected militants.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Bangladesh Police")]


@pytest.mark.model
def test_german_prosecutors_are_the_federal_prosecutors_office(nlp: Language) -> None:
    found = events_on_2021_12_20(
        nlp, "German prosecutors said Sunday they had arrested a Libyan man in Bernau on suspicion of "
             "links to the Islamic State group.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Federal Prosecutor's Office")]


@pytest.mark.model
def test_the_groups_own_report_of_its_attack_is_a_claim(nlp: Language) -> None:
    found = events_on_2021_12_20(
        nlp, "The Islamic State (IS) group said it carried out a gun and bomb attack on a Shiite "
             "mosque in Kabul on Friday that killed at least 39 people.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_another_speaker_naming_the_group_is_no_claim(nlp: Language) -> None:
    found = events_on_2021_12_20(
        nlp, "Police said the Islamic State carried out the bombing in Kabul on Friday that killed 39 "
             "people.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


@pytest.mark.model
def test_an_attack_that_claimed_lives_was_not_claimed(nlp: Language) -> None:
    # "claim" with the attack as subject tells its toll, not who took responsibility
    found = events_on_2021_12_20(
        nlp, "Last Thursday, a suspected ISIS assault in Diyala's Muqdadiya district claimed the lives of "
             "at least ten civilians.")
    assert [(e.type, e.claimed) for e in found] == [("attack", False)]


@pytest.mark.model
def test_an_attack_claimed_by_the_group_is_still_claimed(nlp: Language) -> None:
    found = events_on_2021_12_20(nlp, "The bombing in Kabul on Friday was claimed by the Islamic State.")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]


@pytest.mark.model
def test_a_news_outlet_reports_a_raid_it_does_not_make_it(nlp: Language) -> None:
    found = events_on_2021_12_20(
        nlp, "Hindustan Times reported that the leader of Neo JMB was killed in the raid at Patartek in "
             "Gazipur on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]


@pytest.mark.model
def test_a_body_whose_name_is_no_outlets_still_raided(nlp: Language) -> None:
    # "Agency" is no outlet word: the investigation agency made the arrests
    found = events_on_2021_12_20(
        nlp, "The National Investigation Agency arrested two Islamic State suspects in Chennai on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "National Investigation Agency")]


@pytest.mark.model
def test_attackers_only_tied_to_the_group_are_the_local_group_the_article_names(nlp: Language) -> None:
    # in the Congo the branch's local face, named later in the article, is the perpetrator
    found = events_on_2024_01_10(
        nlp, "Rebels affiliated with the Islamic State group killed at least nine civilians in an attack "
             "in Beni, local officials said on Monday. The Allied Democratic Forces have killed thousands "
             "of civilians in the region since 2014.")
    assert [(e.type, e.actor) for e in found if e.type == "attack"] == [("attack", "Allied Democratic Forces")]


@pytest.mark.model
def test_without_the_local_group_named_tied_attackers_stay_the_branch(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "Rebels affiliated with the Islamic State group killed at least nine civilians in an attack "
             "in Beni, local officials said on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Central Africa Province")]


@pytest.mark.model
def test_a_faction_that_leaves_another_group_to_pledge_founds_the_branch(nlp: Language) -> None:
    # the part that goes over is the Islamic State's Somali branch, not the group it left
    found = events_on_2024_01_10(
        nlp, "A faction of al-Shabaab in Somalia defected and pledged allegiance to the Islamic State "
             "in 2015.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Islamic State Somalia Province")]
    found = events_on_2024_01_10(
        nlp, "The branch in Somalia was founded in 2015 by former al-Shabaab commander Abdulkadir Mumin, "
             "who pledged allegiance to the Islamic State.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Islamic State Somalia Province")]


@pytest.mark.model
def test_pro_group_militants_who_pledge_are_their_home_branch(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "Pro-ISIS militants in Somalia who pledged allegiance in August are led by Abdulkadir Mumin.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Islamic State Somalia Province")]


@pytest.mark.model
def test_a_group_that_pledges_whole_keeps_its_name(nlp: Language) -> None:
    # no defector word: the group itself pledges, and the conventions keep it separate from the branch
    found = events_on_2024_01_10(nlp, "Boko Haram pledged allegiance to the Islamic State in March 2015.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "Boko Haram")]
    # (a pledge after the campaign began: one of 2012 is another conflict's background, see [link]
    # campaign_start_year)
    found = events_on_2024_01_10(nlp, "In Somalia, al-Shabaab pledged allegiance to al-Qaeda's new leader in 2022.")
    assert [(e.type, e.actor) for e in found] == [("pledge", "al-Shabaab")]


@pytest.mark.model
def test_a_state_s_police_by_its_demonym_is_its_national_police(nlp: Language) -> None:
    # a demonym form of a state's force takes the force's full name (the conventions), the police too
    found = events_on_2024_01_10(nlp, "Turkish police detained 15 Islamic State suspects in Ankara on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "TR", "Turkish National Police")]
    # the police named by its kind alone, in a page about Turkey ([national_police])
    found = events_on_2024_01_10(
        nlp, "In Turkey's southeastern province of Bingol, police detained seven Daesh suspects on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "TR", "Turkish National Police")]


@pytest.mark.model
def test_a_state_credited_with_its_operations_keeps_them_unless_its_police_acts(nlp: Language) -> None:
    # [places] state_credit: Turkey's security forces and Turkey itself are Turkey
    found = events_on_2024_01_10(nlp, "Turkish security forces detained 125 ISIS suspects across Istanbul on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkey")]
    # the police named in passing, not as the one acting
    found = events_on_2024_01_10(
        nlp, "Turkey detained 40 ISIL suspects in Adana on Monday in operations conducted under the "
             "guidance of prosecutors and anti-terrorism police.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkey")]


@pytest.mark.model
def test_a_foreign_force_named_by_its_demonym_beats_the_host_s_force(nlp: Language) -> None:
    # forces_by_demonym: the article names the host's army, the sentence the foreign force acting (ca306)
    found = events_on_2024_01_10(
        nlp, "The gas projects, suspended due to attacks, are in Palma district, but Rwandan forces "
             "\u201chave an ongoing operation launched on 21 December\u201d in Ancuabe district, to the "
             "south, they said in a statement. The Mozambican armed forces (FADM) fight the insurgents in "
             "Macomia.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Rwanda Defence Force")]


@pytest.mark.model
def test_a_demonym_plural_names_the_state_s_force(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "In early January, all 1,200 Chadians in this force who had been deployed in Nigeria were "
             "pulled back to the Chadian side of the lake.")
    assert [(e.type, e.actor) for e in found] == [("withdrawal", "Chadian Armed Forces")]


@pytest.mark.model
def test_a_broken_parse_keeps_the_demonym_force_of_the_subject(nlp: Language) -> None:
    # the parser reads "retook" as a noun: the subject's demonym still names who retook the neighbourhood
    found = events_on_2024_01_10(
        nlp, "Iraqi government forces battling Islamic State (IS) militants on Friday retook control of a "
             "neighborhood in western Mosul.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


@pytest.mark.model
def test_a_demonym_on_the_victims_names_no_actor(nlp: Language) -> None:
    # a passive subject is who suffered in an operation, not who made it: the host's force the article names
    found = events_on_2024_01_10(
        nlp, "Three Rwandan soldiers were killed during an operation in Ancuabe district on 21 December, a "
             "statement said. The Mozambican armed forces (FADM) fight the insurgents in Macomia.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Defence Forces of Mozambique")]
    # a force the knowledge base names keeps its name ("Nigerian Air Force", not the demonym's national army)
    found = events_on_2024_01_10(
        nlp, "The Nigerian Air Force has reportedly killed over 15 ISWAP militants in a series of "
             "airstrikes conducted in Sambisa Forest. The Nigerian Army also fights there.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_the_group_in_the_of_phrase_of_a_defeat_is_the_side_defeated(nlp: Language) -> None:
    # who announced the defeat won it; the group after "of" lost it (the state's forces, [types] forces_act)
    found = events_on_2024_01_10(nlp, "Iraq announced the total defeat of ISIS in December 2017.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]
    found = events_on_2024_01_10(nlp, "The Iraqi army declared the defeat of IS in December 2017.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


@pytest.mark.model
def test_a_defeat_nobody_is_named_as_winning_is_the_national_forces(nlp: Language) -> None:
    # the group excluded as the defeated side; the state's own army retook its ground (thirty-second session:
    # the train pages credit the Iraqi Security Forces with 54 of the 73 Iraqi recaptures, and name no one for 19)
    found = events_on_2024_01_10(nlp, "ISIS was defeated in Iraq in December 2017.")
    assert [(e.type, e.actor) for e in found] == [("territorial_defeat", "Iraqi Security Forces")]


@pytest.mark.model
def test_an_outlets_lead_before_the_body_that_reports_credits_the_body(nlp: Language) -> None:
    # "Outlet / body announced ...": the parse makes the body an apposition of the outlet's name
    found = events_on_2024_01_10(
        nlp, "Shafaq News / the Syrian Democratic Forces (SDF) announced on Tuesday that two ISIS "
             "members were arrested in an operation in Deir ez-Zor.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


@pytest.mark.model
def test_an_outlet_that_reports_alone_is_no_actor(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "Shafaq News reported on Tuesday that two ISIS members were arrested in an operation in "
             "Deir ez-Zor.")
    assert [(e.type, e.actor) for e in found] == [("operation", None)]


@pytest.mark.model
def test_a_backer_named_in_the_subject_is_no_actor(nlp: Language) -> None:
    # [places] backer_nouns: the "with the support of" phrase names who helps the one acting
    found = events_on_2024_01_10(
        nlp, "Special units of the Syrian Democratic Forces, with the support of the U.S.-led coalition, "
             "carried out a security operation in Deir ez-Zor on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]
    # [places] backer_verbs: nor the agent of "backed by", nor its demonym ("US-led")
    found = events_on_2024_01_10(
        nlp, "The SDF said in a statement: “Our units backed by the US-led coalition forces carried out a "
             "raid on an ISIS cell in Deir ez-Zor on Friday.”")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


@pytest.mark.model
def test_a_with_phrase_that_names_no_backer_keeps_the_actor(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "Troops of the U.S.-led coalition, with armoured vehicles, carried out a raid in Deir ez-Zor "
             "on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Global Coalition to Defeat Daesh/ISIS")]


@pytest.mark.model
def test_an_attack_told_without_its_group_is_the_campaign_group_the_article_names(nlp: Language) -> None:
    # another group named as often does not keep the campaign's branch from the attack; the branch is the one of
    # the event's country (home_branches)
    found = events_on_2024_01_10(
        nlp, "Jihadists killed 17 civilians in an attack in northern Mali on Tuesday. The Islamic State in "
             "the Greater Sahara is active in the area, as is al-Qaeda.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]


@pytest.mark.model
def test_no_group_is_given_an_attack_no_one_claimed_or_one_outside_the_campaign(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "Jihadists killed 17 civilians in an attack in northern Mali on Tuesday. No group has "
             "claimed responsibility. The Islamic State in the Greater Sahara is active in the area, as is "
             "al-Qaeda.")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]
    # Boko Haram is outside the campaign: its attacks stay unattributed
    found = events_on_2024_01_10(
        nlp, "Boko Haram fighters ambushed a convoy in Borno on Monday. Boko Haram and al-Qaeda remain "
             "active. On Tuesday, the insurgents attacked the communities around Geidam, killing nine "
             "people.")
    assert [(e.type, e.actor) for e in found] == [("attack", None), ("attack", None)]


@pytest.mark.model
def test_an_unclaimed_attack_of_a_branch_is_the_local_group_the_article_names(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "Islamic State militants attacked a village near Beni on Sunday, killing 12 civilians. The "
             "Allied Democratic Forces, the Islamic State's Central Africa Province, have killed thousands "
             "since 2014.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


@pytest.mark.model
def test_a_claimed_attack_stays_the_branchs(nlp: Language) -> None:
    found = events_on_2024_01_10(
        nlp, "The Islamic State claimed an attack on a village near Beni on Sunday that killed 12 "
             "civilians. The Allied Democratic Forces, the Islamic State's Central Africa Province, have "
             "killed thousands since 2014.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State Central Africa Province", True)]


@pytest.mark.model
def test_a_joint_operation_naming_the_updf_is_the_updf_s(nlp: Language) -> None:
    # Operation Shujaa: the annotated pages credit the UPDF whichever partner the sentence names first
    found = events_on_2025_03_14(
        nlp, "On November 30, 2021, the Congolese army (FARDC) and the Ugandan military (UPDF) launched "
             "joint operations in the Beni territory of the Democratic Republic of Congo against the ADF.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Uganda People's Defence Force")]


@pytest.mark.model
def test_the_congolese_army_alone_keeps_its_operation(nlp: Language) -> None:
    found = events_on_2025_03_14(
        nlp, "The Armed Forces of the Democratic Republic of the Congo (FARDC) launched an operation "
             "against the ADF in Beni on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [
        ("operation", "Armed Forces of the Democratic Republic of the Congo")]


# Event actors: a pronoun subject of a party's deed never stands for a bystander named in between (a relief agency, a
# rights group); the agent of a passive killing or arrest "in an operation" is the operation's actor; a joint
# operation of two states' forces is the force the article tells of.

@pytest.mark.model
def test_a_pronoun_skips_a_relief_agency_named_in_between(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The Rwanda Defence Force deployed to Cabo Delgado in 2021 to fight the insurgents. The "
             "International Organization for Migration said 5,000 people fled Macomia last week. On Sunday "
             "they clashed with the militants near Mucojo, killing 12 of them.")
    ops = [e for e in found if e.type == "operation"]
    assert [e.actor for e in ops] == ["Rwanda Defence Force"]


@pytest.mark.model
def test_a_pronoun_skips_a_rights_group_named_in_between(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The Nigerian Army has intensified its campaign against ISWAP in Borno. Amnesty International "
             "criticised the conduct of the troops. On Tuesday it launched an operation in the Sambisa "
             "forest, killing 30 terrorists.")
    ops = [e for e in found if e.type == "operation"]
    assert [e.actor for e in ops] == ["Nigerian Army"]


@pytest.mark.model
def test_the_agent_of_a_passive_killing_in_an_operation_is_its_actor(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Forty two Islamic State West Africa Province (ISWAP) terrorists were killed in clearance "
             "operation on Friday by the Multinational Joint Task Force (MNJTF) in Borno.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Multinational Joint Task Force")]


@pytest.mark.model
def test_the_agent_of_a_passive_arrest_during_a_raid_is_its_actor(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Five suspected Islamic State members were arrested during a raid in Bingol by the Turkish "
             "National Police on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkish National Police")]


@pytest.mark.model
def test_the_agent_the_parse_made_a_participle_s_subject_is_the_attacker(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "In the mid-afternoon of 17 April, Philippine soldiers in the dense forests of northern Jolo "
             "were ambushed by more than 40 heavily-armed Abu Sayyaf bandits hiding out on higher ground.",
        reference="2019-05-07")
    assert [(e.type, e.actor) for e in found] == [("attack", "Abu Sayyaf Group")]


@pytest.mark.model
def test_a_group_outside_the_campaign_gives_way_to_the_branch_named_beside_it(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Nigerian Army troops have repelled twin coordinated midnight attacks by Boko Haram and ISWAP "
             "terrorists in Borno State, killing 16 insurgents.")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.actor for e in attacks] == ["Islamic State West Africa Province"]


@pytest.mark.model
def test_an_unlocated_attack_in_a_shared_country_goes_to_the_branch_at_home_there(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp,
                                 "Islamic State militants killed 10 civilians in Mozambique on Sunday, the group said.")
    assert [(e.country, e.actor) for e in found] == [("MZ", "Islamic State Mozambique Province")]


@pytest.mark.model
def test_the_central_africa_province_a_page_names_for_mozambique_is_the_actor(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The Islamic State Central Africa Province has expanded across Cabo Delgado in 2020. On 5 "
             "August 2020, Islamic State fighters attacked Mocimboa da Praia, killing 10 soldiers.",
        reference="2020-08-20")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.actor for e in attacks] == ["Islamic State Central Africa Province"]


@pytest.mark.model
def test_of_the_two_sides_of_a_clash_the_one_outside_the_group_operates(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Clashes broke out on Sunday between ISWAP fighters and the Multinational Joint Task Force "
             "near Monguno.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Multinational Joint Task Force")]


@pytest.mark.model
def test_a_clash_between_two_forces_keeps_the_first_named(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Heavy clashes between the Nigerian Army and ISWAP fighters left 12 insurgents dead near "
             "Monguno on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


@pytest.mark.model
def test_an_arrest_by_the_police_counter_terrorism_division_is_the_police_s(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The 19 suspects were arrested in a special operation conducted by the Bukit Aman Special "
             "Branch Counter Terrorism Division in Kelantan and Johor between 4th July and August 30th.",
        reference="2019-09-07")
    assert [(e.type, e.actor) for e in found] == [("operation", "Royal Malaysia Police")]


# Event actors: a name the NER takes for an organisation in one sentence ("crossed the river from Memba") while the
# page names the same words as a place is that place, never the actor a pronoun ("they clashed with...") refers back
# to.

@pytest.mark.model
def test_a_place_the_ner_took_for_an_organisation_is_no_actor(nlp: Language) -> None:
    found = events_on_2025_10_14(
        nlp, "ISM fighters raided villages in Memba district on Monday, killing one soldier. On Tuesday, "
             "a group of ISM militants crossed the Lurio river from Memba back into Chiure district. At "
             "the village of Napala, they clashed with Mozambican troops.")
    napala = [e for e in found if e.place == "Napala"]
    assert len(napala) == 1 and napala[0].actor != "Memba"


# Who did an event (events/who.py): names in the doers' place phrases.

@pytest.mark.model
def test_a_place_the_ner_took_for_a_body_beside_the_soldiers_is_not_the_doer(nlp: Language) -> None:
    # "around Iknewane, Tilia Department" tells where the soldiers were; the NER reads the name as a body
    found = events_on_2025_02_01(
        nlp, "As gathered, the clashes occurred between the gunmen and the soldiers around Iknewane, Tilia "
             "Department, near the Mali border in Niger's Tahoua Region.")
    assert [e.actor for e in found if e.type == "operation"] == ["Nigerien Armed Forces"]


@pytest.mark.model
def test_a_known_force_named_with_the_soldiers_stays_the_doer(nlp: Language) -> None:
    found = events_on_2025_02_01(
        nlp, "Soldiers of the Nigerien Armed Forces around Iknewane killed 20 militants on Friday.")
    assert "Nigerien Armed Forces" in [e.actor for e in found]


# The actor rules of events/who.py: the "according to" test read on the per-document lists answers as the walk over
# the word's children does.

@pytest.mark.model
def test_according_to_the_group_names_it_on_the_word_it_hangs_on(nlp: Language) -> None:
    text = "Militants killed seven soldiers in Borno on Monday, according to the Islamic State."
    doc = nlp(make_doc(nlp, text, "t1", "2024-05-10"))
    index = DocIndex(doc, vocab())
    found = {t.i: according_to_group(t, index) for t in doc}
    # only the word the "according" phrase hangs on is told by the group
    holders = {t.head.i for t in doc if t.lower_ == "according" and t.dep_ == "prep"}
    assert {i for i, m in found.items() if m is not None} <= holders
    assert all(found[i] is None for i in range(len(doc)) if i not in holders)
    assert extract_events(doc)
