"""Event extraction through the whole pipeline (actors, places, dates resolved by the real components)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.models import Event

pytestmark = pytest.mark.model


events = events_dated("2024-03-24")


def test_events_pipeline_pronoun_claimant_is_the_group_not_a_country(nlp: Language) -> None:
    found = events(nlp, "IS-K fighters crossed from Afghanistan. In February it claimed responsibility for a "
                        "bombing in Pakistan that killed nine people.")
    attack = next(e for e in found if e.type == "attack")
    assert attack.actor == "Islamic State Khorasan Province"
    assert attack.claimed is True and attack.country == "PK" and attack.killed == 9


def test_events_pipeline_country_adjective_is_actor_not_location(nlp: Language) -> None:
    found = events(nlp, "The US airstrikes hit militia depots at one location in Syria and two locations in Iraq.")
    strikes = sorted((e.country, e.actor) for e in found if e.type == "strike")
    assert strikes == [("IQ", "United States"), ("SY", "United States")]


def test_events_pipeline_date_from_another_clause_is_not_the_event_date(nlp: Language) -> None:
    found = events(nlp, "Ministers praised the Brussels meeting, saying donors expect to reach their target for "
                        "2025 within months.", reference="2024")
    meeting = next(e for e in found if e.type == "meeting")
    assert meeting.date is None


def _attacks(found: list[Event]) -> list[Event]:
    assert not [e for e in found if e.type == "strike"], "no air strike in these sentences"
    return [e for e in found if e.type == "attack"]


def test_events_pipeline_toll_update_date_is_not_the_attack_date(nlp: Language) -> None:
    found = events(nlp, "The death toll from a militant attack on a police station near Tikrit rose to nine on "
                        "Wednesday, a doctor said. The attack happened on Monday.", reference="2024-03-21")
    (attack,) = _attacks(found)
    assert attack.date == "2024-03-18" and attack.killed == 9


def test_events_pipeline_reporting_date_is_not_the_event_date(nlp: Language) -> None:
    found = events(nlp, "Gunmen ambushed a convoy near Haditha on Tuesday, killing four drivers, a police "
                        "officer said on Wednesday.", reference="2024-03-21")
    (attack,) = _attacks(found)
    assert attack.date == "2024-03-19" and attack.killed == 4


def test_events_pipeline_after_clause_shifts_the_outer_date(nlp: Language) -> None:
    found = events(nlp, "Mourners buried the victims on Friday, three days after a suicide bomber struck a "
                        "wedding party in Tal Afar.", reference="2024-03-22")
    (attack,) = _attacks(found)
    assert attack.date == "2024-03-19"


def test_events_pipeline_after_clause_without_offset_takes_no_outer_date(nlp: Language) -> None:
    found = events(nlp, "Police sealed off the square on Friday after gunmen attacked a bakery in Samarra.",
                   reference="2024-03-22")
    (attack,) = _attacks(found)
    # not Friday: only the article's month is known for it (real-article conventions)
    assert (attack.date, attack.date_precision) == ("2024-03", "month")


def test_events_pipeline_weapon_or_bomber_striking_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "A car bomb struck a police checkpoint in Samarra on Monday. Coalition jets struck "
                        "militant hideouts near Raqqa on Monday.", reference="2024-03-21")
    kinds = sorted((e.type, e.place) for e in found)
    assert kinds == [("attack", "Samarra"), ("strike", "Raqqa")]


def test_events_pipeline_reflexive_blowing_up_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber blew himself up at a mosque in Kabul on Friday, killing 12 "
                        "worshippers.", reference="2024-03-23")
    (attack,) = _attacks(found)
    assert (attack.date, attack.place, attack.killed) == ("2024-03-22", "Kabul", 12)


def test_events_pipeline_people_killed_by_militants_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "Villagers buried three farmers killed by Islamic State militants on Sunday, an "
                        "official said on Monday.", reference="2024-03-25")
    (attack,) = _attacks(found)
    assert (attack.date, attack.killed, attack.actor) == ("2024-03-24", 3, "Islamic State")


def test_events_pipeline_dateline_is_neither_place_nor_actor(nlp: Language) -> None:
    found = events(nlp, "RAMADI, Iraq (Example Wire) - A roadside bomb hit an Iraqi army patrol on Monday, killing "
                        "two soldiers. BEIRUT - Militants ambushed a convoy in Syria on Monday.",
                   reference="2024-03-21")
    assert sorted((e.country, e.place, e.actor) for e in _attacks(found)) == [("IQ", None, None), ("SY", None, None)]


def test_events_pipeline_place_named_by_container_direction_or_modifier(nlp: Language) -> None:
    found = events(nlp, "Militants attacked an army post near the city of Mosul on Monday. A bomb exploded at a "
                        "Kirkuk market on Tuesday, killing five people. Gunmen attacked a farm west of Tikrit "
                        "on Wednesday.", reference="2024-03-21")
    assert sorted(e.place for e in _attacks(found)) == ["Kirkuk", "Mosul", "Tikrit"]


def test_events_pipeline_definite_same_day_mention_adds_the_place(nlp: Language) -> None:
    found = events(nlp, "Mourners gathered on Saturday, two days after a militant bomber struck a crowded bus "
                        "station. The blast on Thursday killed 14 people in Samarra, officials said.",
                   reference="2024-03-23")
    (attack,) = _attacks(found)
    assert (attack.date, attack.place, attack.killed) == ("2024-03-21", "Samarra", 14)


def test_events_pipeline_a_day_is_never_the_target(nlp: Language) -> None:
    found = events(nlp, "Seven fighters were killed in the attack on Sunday near Raqqa, a monitor said.")
    attack = next(e for e in found if e.type == "attack")
    assert attack.target is None and attack.killed == 7


def test_events_pipeline_country_adjective_after_preposition_is_actor(nlp: Language) -> None:
    found = events(nlp, "On the US airstrikes targeting militia depots at one location in Syria and two "
                        "locations in Iraq, the envoy said the strikes were lawful.")
    assert sorted(e.country for e in found if e.type == "strike") == ["IQ", "SY"]


def test_events_pipeline_country_nested_in_the_of_object_is_not_the_actor(nlp: Language) -> None:
    found = events(nlp, "The committee announced the completion of the withdrawal of all advisers from the "
                        "bases in the western provinces of Iraq on Sunday.")
    withdrawal = next(e for e in found if e.type == "withdrawal")
    assert withdrawal.actor != "Iraq" and withdrawal.country == "IQ"


def test_events_pipeline_an_article_naming_its_attack_again_gives_one_event(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber attacked worshippers at a mosque in Peshawar on Friday, killing 56 "
                        "people. Islamic State claimed the bombing in a statement. Police said the assault "
                        "was carried out by a lone attacker.", reference="2022-03-05")
    (attack,) = _attacks(found)
    # the group's claim in the Khorasan Province's home is that branch's (session 18)
    assert (attack.date, attack.country, attack.killed, attack.actor) == (
        "2022-03-04", "PK", 56, "Islamic State Khorasan Province")
    assert len(attack.evidence) >= 2


def test_events_pipeline_background_attack_with_its_own_toll_stays_apart(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a checkpoint in Kirkuk on Monday, killing four soldiers. Another attack "
                        "killed 30 people in the city in July.", reference="2021-12-07")
    assert sorted(e.killed or 0 for e in _attacks(found)) == [4, 30]


def test_events_pipeline_a_far_parsed_day_is_the_sentences_only_date(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber attacked a line of people waiting outside a bank Saturday in eastern "
                        "Afghanistan, killing at least 35.", reference="2015-04-19")
    (attack,) = _attacks(found)
    assert attack.date == "2015-04-18"


def test_events_pipeline_an_undated_current_event_takes_the_articles_month(nlp: Language) -> None:
    found = events(nlp, "Taliban forces killed three Islamic State militants in an overnight raid in Kabul. "
                        "Troops will withdraw from the base, officials said.", reference="2023-02-15")
    raid = next(e for e in found if e.type == "operation")
    assert (raid.date, raid.date_precision) == ("2023-02", "month")
    assert all(e.date is None for e in found if e.modality == "planned")


def test_events_pipeline_an_undated_event_beside_another_year_stays_undated(nlp: Language) -> None:
    found = events(nlp, "Gunmen stormed the prison, a jail the group had attacked in 2019 as well.",
                   reference="2023-02-15")
    assert all(e.date != "2023-02" for e in found)


def test_events_pipeline_a_rampage_that_left_people_dead_has_its_toll(nlp: Language) -> None:
    found = events(nlp, "A shooting rampage across Vienna left four people dead.", reference="2020-11-03")
    (attack,) = _attacks(found)
    assert attack.killed == 4


def test_events_pipeline_a_dozen_is_twelve_and_dozens_is_vague(nlp: Language) -> None:
    (one,) = _attacks(events(nlp, "A car bomb struck a market in Baghdad on Monday, killing a dozen people.",
                             reference="2017-08-30"))
    (other,) = _attacks(events(nlp, "A car bomb struck a market in Baghdad on Monday, killing dozens of people.",
                               reference="2017-08-30"))
    assert (one.killed, other.killed) == (12, None)


def test_events_pipeline_the_agency_acts_for_the_agency_named_before(nlp: Language) -> None:
    found = events(nlp, "The National Investigation Agency searched homes in Pune on Monday. "
                        "The agency arrested eight suspects in the raids.", reference="2023-12-18")
    ops = [e for e in found if e.type == "operation"]
    assert ops and all(e.actor == "National Investigation Agency" for e in ops)


def test_events_pipeline_a_repatriation_happens_at_the_camp_not_at_home(nlp: Language) -> None:
    found = events(nlp, "Germany repatriated 11 women and 37 children from the Roj camp in northeast Syria on "
                        "Thursday. Germany repatriated more women in December.", reference="2022-10-07")
    reps = [e for e in found if e.type == "repatriation"]
    assert reps and all(e.country == "SY" for e in reps)


@pytest.mark.parametrize(
    ("text", "killed", "wounded"),
    [
        ("Gunmen attacked the shrine in Shiraz on Wednesday, leaving at least 15 dead and 40 others wounded.", 15, 40),
        ("A bomb exploded at the cathedral in Jolo on Sunday. The bombings left 20 dead and 112 wounded.", 20, 112),
        ("A suicide bomber attacked a crowd in Kabul on Thursday, killing 13 people and injuring over 50.", 13, 50),
    ],
)
def test_events_pipeline_tolls_said_of_the_state(nlp: Language, text: str, killed: int, wounded: int) -> None:
    attacks = [e for e in events(nlp, text, reference="2019-01-28") if e.type == "attack"]
    assert [(e.killed, e.wounded) for e in attacks] == [(killed, wounded)]


def test_events_pipeline_a_strike_report_gives_one_strike_per_town(nlp: Language) -> None:
    found = events(nlp, "In Syria, the coalition carried out 12 airstrikes near five cities, including Raqqa, "
                        "Ayn Isa and Deir Ezzor.", reference="2016-11-28")
    strikes = sorted(e.place or "" for e in found if e.type == "strike")
    assert strikes == ["Ain Issa", "Deir ez-Zor", "Raqqa"]


def test_events_pipeline_one_town_and_its_region_is_one_attack(nlp: Language) -> None:
    found = events(nlp, "The bombing killed 22 people at a concert in Manchester, England, on Monday night.",
                   reference="2017-05-23")
    (attack,) = [e for e in found if e.type == "attack"]
    assert (attack.place, attack.killed) == ("Manchester", 22)


def test_events_pipeline_a_tally_of_strikes_is_not_an_event(nlp: Language) -> None:
    found = events(nlp, "The coalition has carried out 14,000 airstrikes in Syria since 2014.", reference="2016-11-28")
    assert not [e for e in found if e.type == "strike"]


def test_events_pipeline_a_passive_claim_names_the_claimant(nlp: Language) -> None:
    found = events(nlp, "The deadly December 3 bombing in the Philippines has been claimed by the terrorist "
                        "organization ISIS.", reference="2023-12-05")
    (attack,) = [e for e in found if e.type == "attack"]
    # ISIS, the claimant, in the East Asia Province's home: that branch (session 18)
    assert (attack.actor, attack.claimed, attack.country) == ("Islamic State East Asia Province", True, "PH")


def test_events_pipeline_a_pledge_by_a_group_is_the_groups(nlp: Language) -> None:
    found = events(nlp, "Islamic State has accepted a pledge of allegiance by Nigerian extremist group Boko Haram.",
                   reference="2015-03-13")
    (pledge,) = [e for e in found if e.type == "pledge"]
    assert pledge.actor == "Boko Haram"


def test_events_pipeline_the_other_side_of_a_border_is_not_the_place(nlp: Language) -> None:
    found = events(nlp, "At least 12 Cameroonian soldiers were killed Monday night in an attack by Islamic "
                        "militants on the border with Nigeria.", reference="2025-03-27")
    (attack,) = [e for e in found if e.type == "attack"]
    assert (attack.country, attack.killed) == ("CM", 12)


def test_events_pipeline_a_place_in_a_clause_about_another_noun_is_not_the_events(nlp: Language) -> None:
    found = events(nlp, "Dozens of residents of a town in eastern Libya have pledged allegiance to Abu Bakr "
                        "al-Baghdadi, leader of Islamic State militants fighting in Syria and Iraq.",
                   reference="2014-11-01")
    (pledge,) = [e for e in found if e.type == "pledge"]
    assert pledge.country == "LY"


def test_events_pipeline_congo_alone_is_the_drc(nlp: Language) -> None:
    found = events(nlp, "Islamic State-affiliated rebels killed 15 people in eastern Congo on Thursday.",
                   reference="2026-01-02")
    assert [e.country for e in found if e.type == "attack"] == ["CD"]


@pytest.mark.parametrize("text", [
    "This support will meet critical needs that Syrians and Iraqis themselves have identified.",
    "Police officers and soldiers were met with gunfire by members of the group in Lanao del Sur on Saturday.",
    "The government had received tips that Hapilon was in Marawi to meet with the leaders of Maute.",
    "He said a significant gathering of ISWAP militants was identified around Malam Fatori on Monday.",
])
def test_events_pipeline_what_is_not_a_meeting(nlp: Language, text: str) -> None:
    assert not [e for e in events(nlp, text, reference="2025-08-10") if e.type == "meeting"]


def test_events_pipeline_a_completed_operation_to_recapture_is_a_recapture(nlp: Language) -> None:
    found = events(nlp, "The Iraqi Security Forces completed the operation to recapture Fallujah on June 26.",
                   reference="2016-07-14")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2016-06-26"]


def test_events_pipeline_a_run_on_page_of_many_attacks_is_read_in_one_pass(nlp: Language) -> None:
    # a broken page with no full stops: one "sentence" holding dozens of triggers and tolls (the fuzz of
    # issue 13 found such a page taking minutes when every toll searched every trigger for each trigger)
    clause = "militants attacked an army checkpoint near Sinjar on Friday, killing 16 soldiers and wounding 32 others, "
    found = events(nlp, "Islamic State " + clause * 30, reference="2024-03-24")
    assert [e for e in found if e.type == "attack"]


@pytest.mark.parametrize(("text", "place"), [
    ("Mosul fell to the Islamic State in June 2014.", "Mosul"),
    ("Islamic State fighters overran the town of Palmyra in May 2015.", "Palmyra"),
    ("Ramadi was seized by ISIS in May 2015.", "Ramadi"),
])
def test_events_pipeline_the_group_taking_a_town_is_its_attack(nlp: Language, text: str, place: str) -> None:
    found = [e for e in events(nlp, text, reference="2017-07-10") if e.type == "attack"]
    assert [(e.place, e.actor) for e in found] == [(place, "Islamic State")]


@pytest.mark.parametrize("text", [
    "The coalition was formed after ISIS militants seized vast swathes of northern Iraq in 2014.",
    "Iraqi forces captured the town of Bayji on Monday.",
    "Police captured an Islamic State commander in Mosul on Monday.",
])
def test_events_pipeline_what_is_not_a_taken_town(nlp: Language, text: str) -> None:
    assert not [e for e in events(nlp, text, reference="2017-07-10") if e.type == "attack"]


@pytest.mark.parametrize("text", [
    "The assault to retake Mosul began nine months ago.",
    "The Iraqi military launched a long-promised campaign to retake Ramadi last week.",
])
def test_events_pipeline_a_campaign_to_retake_a_town_is_an_operation(nlp: Language, text: str) -> None:
    found = events(nlp, text, reference="2017-07-10")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.parametrize(("text", "place"), [
    ("Iraqi military forces on Monday retook a government complex in the city of Ramadi.", "Ramadi"),
    ("The last major city held by the Islamic State, Mosul, was taken back by Iraqi forces on Sunday.", "Mosul"),
    ("Raqqa was liberated by the SDF on 17 October 2017.", "Raqqa"),
    ("Duterte declared the liberation of Marawi on October 17.", "Marawi"),
])
def test_events_pipeline_a_recapture_is_located_at_the_town_retaken(nlp: Language, text: str, place: str) -> None:
    found = [e for e in events(nlp, text, reference="2017-10-20") if e.type == "territorial_defeat"]
    assert [e.place for e in found] == [place]


def test_events_pipeline_a_holiday_dates_the_attack(nlp: Language) -> None:
    found = events(nlp, "A horrifying attack unfolded in the early hours of New Year’s Day on Bourbon Street in "
                        "New Orleans, leaving 14 dead.", reference="2025-01-02")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-01-01")]


@pytest.mark.parametrize("text", [
    "Taliban security forces killed six Islamic State members in an overnight operation in Kabul.",
    "Puntland forces claimed victories after a series of intense military operations in the Cal Miskaad mountains.",
])
def test_events_pipeline_an_operation_told_by_its_killings_or_as_a_series(nlp: Language, text: str) -> None:
    assert [e.type for e in events(nlp, text, reference="2025-09-03")] == ["operation"]


def test_events_pipeline_attacks_carried_out_by_a_named_group_are_its_events(nlp: Language) -> None:
    found = events(nlp, "The Council condemned the heinous attacks carried out by the Allied Democratic Forces in "
                        "the night of 26-27 July on a church in Komanda, which resulted in at least 43 deaths.",
                   reference="2025-07-28")
    assert [(e.type, e.actor, e.killed) for e in found] == [("attack", "Allied Democratic Forces", 43)]


def test_events_pipeline_a_participle_adjunct_is_told_as_fact(nlp: Language) -> None:
    found = events(nlp, "Kicking off the ministerial meeting of the coalition in Rome on Monday, the Secretary of "
                        "State called on countries to repatriate their citizens.", reference="2021-06-29")
    assert [(e.type, e.place) for e in found] == [("meeting", "Rome")]


def test_events_pipeline_an_agreement_to_end_a_mission_is_a_withdrawal(nlp: Language) -> None:
    found = events(nlp, "The United States and Iraq announced they had reached an agreement to end the military "
                        "mission of the coalition in Iraq.", reference="2024-09-28")
    assert [(e.type, e.country) for e in found] == [("withdrawal", "IQ")]
    assert not events(nlp, "The two sides reached an agreement to end the war in Iraq.", reference="2024-09-28")


def test_events_pipeline_a_handover_from_a_camp_is_a_repatriation_at_the_camp(nlp: Language) -> None:
    found = events(nlp, "They also handed over five Norwegian orphans who had been stranded in the camp of Al-Hol "
                        "following a visit by a delegation from Oslo.", reference="2019-06-03")
    assert [(e.type, e.country, e.place) for e in found] == [("repatriation", "SY", "al-Hol camp")]


def test_events_pipeline_strikes_are_where_their_targets_are_and_dated_by_their_own_announcement(
    nlp: Language,
) -> None:
    found = events(nlp, "US Central Command announced on Sunday that its forces conducted dozens of precision air "
                        "strikes targeting Islamic State camps in central Syria.", reference="2024-12-09")
    assert [(e.type, e.country, e.date) for e in found] == [("strike", "SY", "2024-12-08")]
    # a third party's report with its day dates an attack told without its own (nineteenth session: the real-page
    # conventions date an undated attack by the day it was commented on)
    found = events(nlp, "Officials said on Monday that gunmen attacked a checkpoint in Mosul.", reference="2024-12-10")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-12-09")]


@pytest.mark.parametrize("text", [
    "They include an Australian teen who reportedly died in a suicide attack in the city this week.",
    "U.S. airstrike targets ISIS-Somalia in support of the Federal Government.",
    "A July drone strike by American forces in the country's northwest killed a senior leader.",
])
def test_events_pipeline_a_nationality_or_the_striking_state_is_not_the_location(nlp: Language, text: str) -> None:
    found = events(nlp, text, reference="2022-10-07")
    assert found and all(e.country is None for e in found)


def test_events_pipeline_a_demonym_on_a_force_locates_its_operation(nlp: Language) -> None:
    found = events(nlp, "Nigerian troops repelled an attack by ISWAP fighters on Monday.", reference="2022-10-07")
    assert [(e.type, e.country) for e in found] == [("attack", "NG")]


@pytest.mark.parametrize("text", [
    "A 23-year-old has been arrested in South Manchester in connection with the incident.",
    "Three women were arrested on arrival at Frankfurt airport on Monday.",
    "Since the US withdrawal, ISIS-K has claimed several attacks against the Taliban.",
])
def test_events_pipeline_details_and_time_references_are_not_events(nlp: Language, text: str) -> None:
    assert not events(nlp, text, reference="2021-10-07")


def test_events_pipeline_an_arrest_sweep_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "In January this year, the police arrested 20 terror suspects in Makassar.",
                   reference="2021-03-29")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2021-01", "Makassar")]


def test_events_pipeline_strikes_that_killed_are_strikes_not_acts_of_their_target(nlp: Language) -> None:
    found = events(nlp, "It said strikes targeting the Nusra Front in the northern provinces of Aleppo and Idlib had "
                        "killed at least 50 fighters.", reference="2014-09-23")
    assert [(e.type, e.country, e.actor) for e in found] == [("strike", "SY", None)]


@pytest.mark.parametrize("text", [
    "Workers went on strike in Baghdad on Monday.",
    "U.S. forces launched raids against the group to disrupt an imminent attack against U.S. interests.",
])
def test_events_pipeline_idioms_and_threats_are_not_events(nlp: Language, text: str) -> None:
    assert not [e for e in events(nlp, text, reference="2014-09-23") if e.type in ("strike", "attack")]


def test_events_pipeline_a_force_attacked_or_an_outlets_home_does_not_locate(nlp: Language) -> None:
    found = events(nlp, "The Iraqi city was quiet. The group claimed responsibility for the attack in Mosul on Monday, "
                        "saying it targeted American forces, the Washington-based SITE group said.",
                   reference="2021-08-27")
    assert [(e.type, e.country) for e in found] == [("attack", "IQ")]


def test_events_pipeline_a_place_in_a_time_clause_or_on_another_noun_does_not_locate(nlp: Language) -> None:
    found = events(nlp, "As Iraqi security forces were mopping up in Tal Afar on Monday, an ISIS car bomb struck a "
                        "vegetable market in Baghdad, killing a dozen people.", reference="2017-08-22")
    assert [(e.type, e.place) for e in found] == [("attack", "Baghdad")]


def test_events_pipeline_the_group_among_the_attackers_killed_attacked(nlp: Language) -> None:
    found = events(nlp, "Troops repelled the attack on their base in Damasak on Thursday and killed 24 ISWAP "
                        "terrorists.", reference="2021-12-04")
    assert [(e.type, e.actor, e.killed) for e in found] == [("attack", "Islamic State West Africa Province", None)]


def test_events_pipeline_who_was_behind_an_attack_is_its_actor(nlp: Language) -> None:
    found = events(nlp, "Islamic State on Friday said its West Africa Province affiliate was behind an attack that "
                        "killed seven soldiers in northern Burkina Faso.", reference="2019-12-28")
    assert [(e.type, e.actor, e.killed) for e in found] == [("attack", "Islamic State West Africa Province", 7)]


def test_events_pipeline_the_first_of_several_attacks_is_its_own_event(nlp: Language) -> None:
    found = events(nlp, "At least 35 people were killed in a suicide attack in Baghdad, officials say. Eight policemen "
                        "were killed and 11 others wounded in the first attack, south of the city.",
                   reference="2016-10-16")
    assert sorted(e.killed or 0 for e in found if e.type == "attack") == [8, 35]


def test_events_pipeline_an_official_visit_is_a_meeting(nlp: Language) -> None:
    found = events(nlp, "The Executive Secretary of SADC arrived in Pemba on an official visit to the SADC Mission in "
                        "Mozambique on Monday.", reference="2024-01-29")
    assert [(e.type, e.place) for e in found] == [("meeting", "Pemba")]


def test_events_pipeline_a_town_just_liberated_takes_the_reports_day(nlp: Language) -> None:
    found = events(nlp, "According to pro-government forces the city of Sirte has been completely liberated from ISIS. "
                        "ISIS has been territorially defeated.", reference="2016-12-05")
    assert [(e.type, e.place, e.date) for e in found] == [("territorial_defeat", "Sirte", "2016-12-05")]


def test_events_pipeline_a_pledge_no_place_locates_is_in_the_groups_home(nlp: Language) -> None:
    found = events(nlp, "In March 2015, the leader of Boko Haram pledged allegiance to ISIS.", reference="2019-06-01")
    assert [(e.type, e.country, e.actor) for e in found] == [("pledge", "NG", "Boko Haram")]


@pytest.mark.parametrize("text", [
    "At least 192 Iraqi families left the Syrian Al-Hol camp to return to Iraq on Saturday.",
    "Kurdish authorities handed over most of the returnees to Uzbek diplomats on May 29 in Qamishli, Syria.",
])
def test_events_pipeline_leaving_a_camp_and_handovers_are_repatriations(nlp: Language, text: str) -> None:
    found = events(nlp, text, reference="2023-11-12")
    assert [(e.type, e.country) for e in found] == [("repatriation", "SY")]


def test_events_pipeline_a_weekday_beside_its_calendar_day_takes_the_day(nlp: Language) -> None:
    found = events(nlp, "Taliban forces raided an Islamic State hideout in Kabul on Saturday night, November 12, "
                        "a spokesman said.", reference="2022-11")
    raid = next(e for e in found if e.type == "operation")
    assert raid.date == "2022-11-12"


def test_events_pipeline_a_date_in_a_since_clause_opens_a_span_and_dates_nothing(nlp: Language) -> None:
    found = events(nlp, "Iraqi forces raided an Islamic State hideout in Anbar, the third raid since the "
                        "campaign began in 2021.", reference="2024-03-24")
    raid = next(e for e in found if e.type == "operation")
    assert raid.date != "2021"


def test_events_pipeline_a_dateline_date_dates_only_what_nothing_else_dates(nlp: Language) -> None:
    lead = events(nlp, "BAGHDAD, March 5 (Reuters) - A car bomb killed 20 people at a market in Sadr City.",
                  reference="2024-03-06")
    assert [e.date for e in lead if e.type == "attack"] == ["2024-03-05"]
    update = events(nlp, "Islamabad, July 31 (EFE).- The death toll from the suicide bombing at a rally in Bajaur "
                         "on Sunday rose to 54.", reference="2023-07-31")
    assert [e.date for e in update if e.type == "attack"] == ["2023-07-30"]


def test_events_pipeline_a_headline_and_its_lead_are_one_repatriation_at_the_camp(nlp: Language) -> None:
    found = events(nlp, "France repatriates 47 women, children from Syria camp\n\nFrance has repatriated 47 "
                        "nationals from the Roj camp in northeastern Syria, the foreign ministry said.",
                   reference="2023-01-24")
    repatriations = [(e.country, e.place, e.actor) for e in found if e.type == "repatriation"]
    assert repatriations == [("SY", "Roj camp", "France")]


def test_events_pipeline_a_reported_pronoun_is_the_reporter_named_or_not(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Army said they had killed 20 ISWAP fighters in a raid on a camp in Borno.")
    assert [e.actor for e in found if e.type == "operation"] == ["Nigerian Army"]
    found = events(nlp, "The coalition condemned the assault in Barcelona. Police said they had arrested two suspects "
                        "in a raid after the assault.")
    assert all(e.actor is None for e in found if e.type == "operation")


def test_events_pipeline_a_perfect_verb_keeps_its_subject_as_actor(nlp: Language) -> None:
    found = events(nlp, "France has repatriated 47 nationals from the Roj camp.")
    assert [e.actor for e in found if e.type == "repatriation"] == ["France"]


def test_events_pipeline_a_strike_release_credits_its_uncredited_strikes(nlp: Language) -> None:
    found = events(nlp, "U.S. Central Command forces conducted an airstrike near Raqqa, Syria. Four additional "
                        "airstrikes in Iraq targeted Daesh tactical units near Tal Afar.")
    assert {e.actor for e in found if e.type == "strike"} == {"U.S. Central Command"}


def test_events_pipeline_an_uncredited_attack_is_the_one_group_the_article_names(nlp: Language) -> None:
    text = ("The Islamic State West Africa Province has grown stronger around Lake Chad. On Sunday, a bomb "
            "attack on a market in Maiduguri killed 12 people.")
    assert [e.actor for e in events(nlp, text) if e.type == "attack"] == ["Islamic State West Africa Province"]
    unclaimed = text + " No group has claimed the attack."
    assert [e.actor for e in events(nlp, unclaimed) if e.type == "attack"] == [None]
    # Boko Haram is outside the campaign: naming it too leaves the attack the campaign's branch's
    # (credit.attacker_from_family); another insurgent group named as often leaves it open
    two_groups = text.replace("On Sunday", "Boko Haram also operates there. On Sunday")
    assert [e.actor for e in events(nlp, two_groups) if e.type == "attack"] == ["Islamic State West Africa Province"]


def test_events_pipeline_an_articles_toll_sentence_fills_its_one_attack(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber struck a political rally in Khar on Sunday, killing 54 people. Officials "
                        "met in Peshawar on Monday. Around 80 wounded people are undergoing treatment in hospitals.")
    attack = next(e for e in found if e.type == "attack")
    assert (attack.killed, attack.wounded) == (54, 80)
    assert any("80 wounded" in ev.text for ev in attack.evidence)


def test_events_pipeline_a_toll_of_another_year_is_background(nlp: Language) -> None:
    found = events(nlp, "A suicide bomber struck a political rally in Khar on Sunday, killing 54 people. Officials "
                        "met in Peshawar on Monday. In 2014, 141 people were wounded in a school siege.")
    attack = next(e for e in found if e.type == "attack" and e.killed == 54)
    assert attack.wounded is None


def test_events_pipeline_a_claim_told_apart_from_the_attack_claims_the_articles_one_attack(nlp: Language) -> None:
    text = ("Gunmen stormed a church in Qandala, Somalia, on Sunday, killing nine worshippers. Amaq, a media "
            "service associated with the Islamic State, also confirmed the attack.")
    attack = next(e for e in events(nlp, text) if e.type == "attack")
    assert attack.claimed is True
    unclaimed = text.replace("also confirmed the attack", "said nothing") + " No group has claimed the attack."
    assert next(e for e in events(nlp, unclaimed) if e.type == "attack").claimed is False


def test_events_pipeline_the_attacks_own_day_beats_the_day_of_its_claim(nlp: Language) -> None:
    found = events(nlp, "The Islamic State on Saturday claimed responsibility for a knife attack in Solingen, "
                        "Germany. The attack in Solingen on Friday night killed three people.",
                   reference="2024-08-25")
    attack = next(e for e in found if e.type == "attack")
    assert attack.date == "2024-08-23"


def test_events_pipeline_the_groups_claimed_toll_is_not_the_official_one(nlp: Language) -> None:
    found = events(nlp, "Islamic State West Africa Province said the attack on a military camp in Inates killed at "
                        "least 100 soldiers, while a Niger army spokesman said on Wednesday that 71 soldiers were "
                        "killed.")
    assert [e.killed for e in found if e.type == "attack"] == [71]


@pytest.mark.parametrize(("text", "killed"), [
    ("The attack on a village in Kokorou resulted in the deaths of at least 44 civilians.", 44),
    ("Militants attacked an army base in Damboa. So far, we have recovered over seven bodies, the source said.", 7),
])
def test_events_pipeline_deaths_of_and_bodies_count_the_dead(nlp: Language, text: str, killed: int) -> None:
    assert [e.killed for e in events(nlp, text) if e.type == "attack"] == [killed]



def test_events_pipeline_a_passive_victim_is_never_the_actor(nlp: Language) -> None:
    found = events(nlp, "The 25 Taskforce Brigade was attacked in Damboa on Saturday, resulting in many casualties.")
    assert [e.actor for e in found if e.type == "attack"] == [None]


@pytest.mark.parametrize("text", [
    "The operation, described as intelligence-based, took place near Peshawar on Sunday.",
    "Troops clashed with Dawlah Islamiyah fighters near the town of Munai on Sunday, the army said.",
])
def test_events_pipeline_an_operation_that_took_place_or_a_clash_with_the_group(nlp: Language, text: str) -> None:
    assert [e.type for e in events(nlp, text)] == ["operation"]


def test_events_pipeline_an_articles_main_attack_absorbs_a_report_with_a_stray_place(nlp: Language) -> None:
    text = ("The Islamic State claimed responsibility for a knife attack in Solingen, Germany, on Friday night. "
            "The attack in Solingen killed three people. Police said the attack in Solingen was carried out by a "
            "Syrian man. The group said the attacker targeted Christians to avenge Muslims in Palestine.")
    attacks = [(e.country, e.killed) for e in events(nlp, text, reference="2024-08-25") if e.type == "attack"]
    assert attacks == [("DE", 3)]


def test_events_pipeline_the_second_attack_is_a_part_of_the_coordinated_one(nlp: Language) -> None:
    # the real-page conventions count a coordinated attack told in parts as one event with the whole's toll (ca03)
    text = ("Three suicide bombers struck Kampala on Tuesday, killing three people. The attack near parliament "
            "was claimed by the Islamic State. The attack in Kampala shocked the city. The second attack, "
            "involving two bombers on motorbikes, killed one person.")
    attacks = [e for e in events(nlp, text, reference="2021-11-17") if e.type == "attack"]
    assert [e.killed for e in attacks] == [3]


@pytest.mark.parametrize("text", [
    "More than 80 percent of the ISIS attacks against the SDF in Deir ez-Zor have been carried out with IEDs.",
    "The raid was the latest in a series of US attacks against senior ISIS officials in Syria.",
])
def test_events_pipeline_a_share_of_a_kind_of_attack_is_no_attack(nlp: Language, text: str) -> None:
    assert [e for e in events(nlp, text) if e.type == "attack"] == []


def test_events_pipeline_a_meeting_of_a_body_whose_name_the_parse_cut(nlp: Language) -> None:
    found = events(nlp, "Kicking off the ministerial meeting of the Global Coalition to Defeat ISIS in Rome on Monday, "
                        "Blinken called on partners to repatriate their nationals.", reference="2021-06-29")
    assert [e.actor for e in found if e.type == "meeting"] == ["Global Coalition to Defeat Daesh/ISIS"]


def test_events_pipeline_dozens_of_strikes_by_the_reporters_own_forces(nlp: Language) -> None:
    found = events(nlp, "US Central Command announced on Sunday that its forces conducted dozens of precision air "
                        "strikes targeting known Islamic State camps in Syria.", reference="2025-01-01")
    assert [e.actor for e in found if e.type == "strike"] == ["U.S. Central Command"]


def test_events_pipeline_militants_killed_in_clashes_report_the_clashes(nlp: Language) -> None:
    found = events(nlp, "Nine members of the Dawlah Islamiya were killed in clashes in late January with soldiers "
                        "in Piagapo town in Lanao del Sur.", reference="2024-02-20")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-01", "PH")]


def test_events_pipeline_operations_launched_at_a_place_are_a_report(nlp: Language) -> None:
    found = events(nlp, "Later, security forces launched intelligence-based operations in Peshawar.",
                   reference="2026-02-10")
    assert [(e.type, e.country) for e in found] == [("operation", "PK")]


def test_events_pipeline_operations_that_began_at_a_place_are_a_report(nlp: Language) -> None:
    found = events(nlp, "The CTS said that the operations began in the Hamrin Mountains on Saturday.",
                   reference="2024-12-10")
    assert [(e.type, e.country) for e in found] == [("operation", "IQ")]


def test_events_pipeline_operations_as_a_kind_stay_out(nlp: Language) -> None:
    found = events(nlp, "Operations against the group are expensive and slow.", reference="2024-12-10")
    assert [e for e in found if e.type == "operation"] == []


def test_events_pipeline_people_killed_in_a_village_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The prime minister said on Sunday that 70 people were killed in the village of "
                        "Tchombangou.", reference="2021-01-04")
    assert [(e.type, e.killed) for e in found] == [("attack", 70)]


def test_events_pipeline_fighters_killed_in_a_town_are_no_massacre(nlp: Language) -> None:
    found = events(nlp, "Twelve militants were killed in Mosul.", reference="2021-01-04")
    assert [e for e in found if e.type == "attack"] == []


def test_events_pipeline_the_acting_state_is_not_where_it_acted(nlp: Language) -> None:
    found = events(nlp, "Kabul and Jalalabad are calm in Afghanistan. U.S. military forces conducted a "
                        "counterterrorism operation today against an ISIS-K planner.", reference="2022-08-01")
    (op,) = found
    assert (op.actor, op.country) == ("United States", "AF")


def test_events_pipeline_the_body_that_reports_an_unnamed_operation_did_it(nlp: Language) -> None:
    found = events(nlp, "In a statement, the CTS revealed that the operations began in the Hamrin Mountains on "
                        "Saturday.", reference="2024-12-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "Counter-Terrorism Service")]


def test_events_pipeline_the_army_of_a_spokesman_reports_the_clashes(nlp: Language) -> None:
    found = events(nlp, "The clashes took place Sunday in the jungle near the town of Munai on Mindanao island, "
                        "Philippine army spokesman Colonel Louie Dema-ala told AFP.", reference="2024-02-20")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_events_pipeline_a_reporter_does_not_commit_attacks(nlp: Language) -> None:
    found = events(nlp, "The army said on Monday that gunmen attacked a checkpoint in Maiduguri.",
                   reference="2024-02-20")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]


def test_events_pipeline_armed_men_are_attackers(nlp: Language) -> None:
    found = events(nlp, "Six aid workers were murdered by armed men on motorcycles on August 9 near Niamey.",
                   reference="2020-09-17")
    assert [(e.type, e.date, e.country) for e in found] == [("attack", "2020-08-09", "NE")]


def test_events_pipeline_an_assassination_or_kidnapping_is_an_attack(nlp: Language) -> None:
    found = events(nlp, "The Islamic State claimed the assassination of eight people on August 9 in Niger.",
                   reference="2020-09-17")
    assert [(e.type, e.claimed) for e in found] == [("attack", True)]
    found = events(nlp, "ISWAP fighters kidnapped six aid workers near Damasak on Monday.", reference="2019-07-20")
    assert [(e.type, e.country) for e in found] == [("attack", "NG")]


def test_events_pipeline_a_state_and_its_command_told_once_each_are_one_operation(nlp: Language) -> None:
    found = events(nlp, "Officials feared the Islamic State might regain power in Syria. The U.S. launched an "
                        "operation to ensure that did not happen. Early this morning in al Bab, Syria, CENTCOM "
                        "forces conducted a raid resulting in the death of a senior ISIS leader.",
                   reference="2025-07-25")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "SY", "U.S. Central Command")]


def test_events_pipeline_military_posts_overrun_by_attackers_are_an_attack(nlp: Language) -> None:
    found = events(nlp, "Last month, the terrorists overran more than five military formations in Marte, Borno.",
                   reference="2025-06-05")
    assert [(e.type, e.date, e.country) for e in found] == [("attack", "2025-05", "NG")]


def test_events_pipeline_militants_killed_in_a_gunfight_with_troops_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "The army confirmed that three ISWAP commanders were killed in a gunfight with soldiers in "
                        "Borno State on Thursday.", reference="2025-06-05")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


def test_events_pipeline_lost_their_lives_and_both_count_the_dead(nlp: Language) -> None:
    found = events(nlp, "ISIS militants attacked Banga village in Adamawa on Monday where two Christians lost their "
                        "lives.", reference="2025-04-20")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]
    found = events(nlp, "A blast at the cathedral in Makassar on Sunday killed both bombers.", reference="2021-03-30")
    assert [(e.type, e.killed) for e in found] == [("attack", 2)]


def test_events_pipeline_this_morning_is_the_pages_day(nlp: Language) -> None:
    found = events(nlp, "Early this morning in al Bab, Syria, CENTCOM forces conducted a raid resulting in the death "
                        "of a senior ISIS leader.", reference="2025-07-25")
    assert [(e.type, e.date) for e in found] == [("operation", "2025-07-25")]


def test_events_pipeline_a_figurative_subject_strikes_nothing(nlp: Language) -> None:
    found = events(nlp, "The treacherous hand of evil struck this evening, claiming our lives.",
                   reference="2025-06-22")
    assert found == []
    found = events(nlp, "US aircraft struck near Raqqa on Monday.", reference="2025-06-22")
    assert [e.type for e in found] == ["strike"]


def test_events_pipeline_storming_an_is_hideout_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Taliban security personnel stormed an important Daesh (ISIS) hideout in Kabul late Monday "
                        "night.", reference="2025-05-20")
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


def test_events_pipeline_attackers_falling_back_are_no_withdrawal(nlp: Language) -> None:
    found = events(nlp, "Reinforcements were sent from a nearby unit in Borno, but by then the Boko Haram fighters "
                        "had already withdrawn on Monday.", reference="2025-02-20")
    assert [e for e in found if e.type == "withdrawal"] == []


def test_events_pipeline_a_plural_trigger_noun_the_parser_took_for_a_verb(nlp: Language) -> None:
    found = events(nlp, "AFRICOM confirmed that airstrikes on March 25, 2025, killed several ISIS operatives in "
                        "northern Somalia.", reference="2025-03-27")
    assert [(e.type, e.date, e.country) for e in found] == [("strike", "2025-03-25", "SO")]


def test_events_pipeline_soldiers_reported_killed_are_counted(nlp: Language) -> None:
    found = events(nlp, "Twelve Nigerien soldiers were reported killed during a surprise attack by militants in "
                        "Tillaberi on Saturday.", reference="2025-12-21")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


def test_events_pipeline_the_incident_dates_and_places_the_event_told_before(nlp: Language) -> None:
    found = events(nlp, "ISKP has taken responsibility for an attack on religious scholars in Baghlan. The incident "
                        "occurred on Tuesday evening, January 7, in the Baghlan-e-Markazi district.",
                   reference="2025-01-09")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-01-07")]


def test_events_pipeline_dismantling_a_cell_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Moroccan police dismantled an Islamic State cell in Tetouan on Monday.",
                   reference="2024-03-06")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-03-04", "MA")]
    found = events(nlp, "Speaking in Rabat, the bureau chief said that the dismantling of this cell shows the threat.")
    assert [(e.type, e.country) for e in found] == [("operation", "MA")]


def test_events_pipeline_dismantling_anything_but_a_cell_is_no_operation(nlp: Language) -> None:
    assert events(nlp, "Ministers in Rome committed to dismantling ISIS networks and its finances.") == []
    assert events(nlp, "The new government in Baghdad dismantled the old ministry in March.") == []


def test_events_pipeline_a_couple_of_strikes_carried_out_at_a_place(nlp: Language) -> None:
    found = events(nlp, "US Africa Command said it carried out a couple of surgical strikes on the Islamic State in "
                        "the Puntland region of Somalia.", reference="2017-11-04")
    assert [(e.type, e.country) for e in found] == [("strike", "SO")]


def test_events_pipeline_operations_launched_after_an_aside(nlp: Language) -> None:
    found = events(nlp, "Since November 30, Ugandan forces have officially launched, in collaboration with their "
                        "Congolese counterparts (FARDC), air and artillery operations against several positions of "
                        "the notorious ADF rebels in DRC.",
                   reference="2021-12-11")
    assert [(e.type, e.country) for e in found] == [("operation", "CD")]
    found = events(nlp, "Since the withdrawal, ISIS-K has carried out several attacks against civilians in Kabul.",
                   reference="2021-12-11")
    assert found == []


def test_events_pipeline_villages_no_gazetteer_knows_tell_attacks_apart(nlp: Language) -> None:
    text = ("Last month, the terrorists overran military formations in Marte, Buni Gari and Wajiroko. "
            "During the attack on the village of Siripa in Cabo Delgado on May 6, the jihadists burned two churches.")
    found = events(nlp, text, reference="2025-05-13")
    places = sorted((e.place, e.country) for e in found if e.type == "attack")
    assert places == [("Buni Gari", "NG"), ("Marte", "NG"), ("Siripa", "MZ"), ("Wajiroko", "NG")]
    siripa = next(e for e in found if e.place == "Siripa")
    assert siripa.lat is None and siripa.geo_precision == "point"  # a named village, with no coordinates


def test_events_pipeline_a_people_word_before_village_is_no_village_name(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a Yazidi village in Sinjar on Monday.", reference="2024-03-13")
    assert [(e.type, e.place) for e in found] == [("attack", "Sinjar")]


def test_events_pipeline_an_attack_credited_to_boko_haram_goes_to_the_articles_branch(nlp: Language) -> None:
    text = ("ISWAP fighters overran a base in Borno. On Sunday, Boko Haram terrorists attacked the town of Damasak "
            "in Borno, killing four soldiers.")
    found = events(nlp, text, reference="2025-04-15")
    attack = next(e for e in found if e.date == "2025-04-13")
    assert attack.actor == "Islamic State West Africa Province"
    found = events(nlp, "On Sunday, Boko Haram terrorists attacked Damasak in Borno, killing four soldiers.",
                   reference="2025-04-15")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]  # never the group outside the campaign


def test_events_pipeline_the_attack_after_air_strikes_names_the_strikes(nlp: Language) -> None:
    text = ("The Air Component of Operation Hadin Kai executed a series of air strikes against ISWAP fighters in "
            "Malam Fatori. The attack led to the death of several ISWAP terrorists.")
    found = events(nlp, text, reference="2024-12-20")
    assert [e.type for e in found] == ["strike"]
    assert len(found[0].evidence) == 2


def test_events_pipeline_a_since_clause_is_a_time_not_an_event(nlp: Language) -> None:
    text = "Since the Taliban regained control of Afghanistan in August 2021, IS-K has intensified its campaign."
    assert events(nlp, text, reference="2024-03-24") == []


def test_events_pipeline_a_demonym_force_is_the_one_force_the_article_names(nlp: Language) -> None:
    text = ("Ugandan forces raided an ADF camp near Beni on Monday, killing five rebels. The Uganda People's "
            "Defence Force said the raid was part of a joint offensive.")
    found = events(nlp, text, reference="2021-12-08")
    assert [(e.type, e.actor) for e in found] == [("operation", "Uganda People's Defence Force")]


def test_events_pipeline_a_state_reporting_a_strike_stands_in_for_its_command(nlp: Language) -> None:
    text = ("The statement from the U.S. Africa Command (AFRICOM) detailed the operation. The U.S. military "
            "reported that the airstrike, which occurred on Friday, May 31, killed three ISIS militants near Bosaso.")
    found = events(nlp, text, reference="2024-06-01")
    assert [(e.type, e.actor) for e in found if e.type == "strike"] == [("strike", "U.S. Africa Command")]


def test_events_pipeline_another_operation_is_not_the_one_told_before(nlp: Language) -> None:
    text = ("Three suspected ISIS members killed in Kirkuk operation\n\nIraqi forces said on Monday that three "
            "suspected ISIS members were killed in a clash in Kirkuk. In another operation in Kirkuk on Sunday, "
            "Kurdish security forces eliminated three terrorists.")
    found = events(nlp, text, reference="2025-06-30")
    # two operations, the second on its own day; the first keeps the month: the day it was reported on follows
    # the other operation's day too closely to tell the two apart (``_reports_a_dated_one``, nineteenth session)
    assert sorted(e.date or "" for e in found if e.type == "operation") == ["2025-06", "2025-06-29"]


def test_events_pipeline_a_units_apposition_names_it_and_a_purpose_does_not_date_it(nlp: Language) -> None:
    text = ("The National Police's counter-terrorism unit Special Detachment 88 (Densus 88) has arrested 10 "
            "terrorist suspects in Central Java in a series of operations to secure the elections this year.")
    found = events(nlp, text, reference="2024-01-27")
    assert [(e.type, e.actor, e.date) for e in found] == [("operation", "Special Detachment 88", "2024-01")]


def test_events_pipeline_a_demonym_force_with_no_force_named_is_the_national_force(nlp: Language) -> None:
    text = ("Philippine security forces have killed three alleged members of the militant group Dawlah Islamiya "
            "during a clash in Lanao del Sur on Sunday.")
    found = events(nlp, text, reference="2024-06-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]
    found = events(nlp, "US forces conducted a raid in Raqqa on Sunday.", reference="2024-06-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "United States")]  # not listed: stays the state


def test_events_pipeline_an_operation_days_before_is_another_operation(nlp: Language) -> None:
    text = ("On Thursday, Turkish security forces detained 125 ISIS suspects across 25 provinces. Authorities had "
            "previously carried out an operation in Yalova on Monday, killing six ISIS members.")
    found = events(nlp, text, reference="2025-12-26")
    assert sorted(e.date or "" for e in found if e.type == "operation") == ["2025-12-22", "2025-12-25"]


def test_events_pipeline_an_operation_which_took_place_somewhere(nlp: Language) -> None:
    text = ("The suspects were arrested across nine cities. The operation, which took place in the southeastern "
            "region of Errachidia, laid bare the nexus between terrorism and crime.")
    found = events(nlp, text, reference="2025-02-24")
    assert [(e.type, e.country) for e in found] == [("operation", "MA")]


def test_events_pipeline_airstrikes_in_a_regions_mountains_dated_by_a_month(nlp: Language) -> None:
    text = ("In February, U.S. forces conducted airstrikes targeting ISIS hideouts in Puntland's Al-Miskaat "
            "Mountains, killing several militants.")
    found = events(nlp, text, reference="2025-03-27")
    # (the range, a curated spelling of Cal Miskaad since session 48: the dev gold places Puntland's strikes and raids
    # at the range 33 times to 11 at Puntland)
    assert [(e.type, e.date, e.place) for e in found] == [("strike", "2025-02", "Cal Miskaad")]


def test_events_pipeline_a_raid_from_the_air_is_a_strike(nlp: Language) -> None:
    found = events(nlp, "The Nigerien military carried out an air-to-ground raid targeting EIGS militants near "
                        "Tillaberi on Sunday.", reference="2025-03-25")
    assert [e.type for e in found] == ["strike"]
    found = events(nlp, "Nigerien special forces carried out a raid on an EIGS hideout near Tillaberi on Sunday.",
                   reference="2025-03-25")
    assert [e.type for e in found] == ["operation"]


def test_events_pipeline_an_encounter_and_the_incident_which_took_place(nlp: Language) -> None:
    text = ("(MENAFN) Security forces reported killing three suspected members of the militant group Dawlah "
            "Islamiya during a confrontation in Lanao del Sur province. The incident, which took place on "
            "Saturday, also left one soldier wounded.")
    found = events(nlp, text, reference="2025-08-10")
    assert [(e.type, e.date) for e in found] == [("operation", "2025-08-09")]
    assert found[0].actor != "MENAFN"  # the outlet's credit in brackets is no actor
    found = events(nlp, "Two soldiers were killed in an encounter with Abu Sayyaf militants in Patikul, Sulu on "
                        "Monday.", reference="2025-08-10")
    # the encounter is a ground fight word: one event; told only by the soldiers it cost, the group's attack on them
    # (triggers._force_losses_only), and the troops' operation when they start it
    assert [e.type for e in found] == ["attack"]
    found = events(nlp, "Troops had an encounter with Abu Sayyaf militants in Patikul, Sulu on Monday.",
                   reference="2025-08-10")
    assert [e.type for e in found] == ["operation"]


def test_events_pipeline_a_demonym_force_without_a_place_is_the_national_force_too(nlp: Language) -> None:
    found = events(nlp, "On Saturday, Iraqi and Kurdish security forces detained four suspected ISIS members.",
                   reference="2025-01-06")
    assert [(e.type, e.actor) for e in found] == [("operation", "Iraqi Security Forces")]


def test_events_pipeline_a_bracketed_credit_is_no_subject_and_security_forces_act_at_home(nlp: Language) -> None:
    text = ("(MENAFN) On Thursday, Turkish security forces apprehended 125 individuals during coordinated "
            "operations against ISIS, Interior Minister Ali Yerlikaya announced.")
    found = events(nlp, text, reference="2025-12-31")
    assert [(e.type, e.date, e.country, e.actor) for e in found] == [("operation", "2025-12-25", "TR", "Turkey")]


def test_events_pipeline_forces_in_a_state_are_its_national_force(nlp: Language) -> None:
    text = ("Security forces in the southern Philippines reported killing three suspected members of the "
            "militant group Dawlah Islamiya during a confrontation in Lanao del Sur province on Saturday.")
    found = events(nlp, text, reference="2025-08-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_events_pipeline_a_dateline_the_parse_made_a_subject_gives_way_to_the_real_one(nlp: Language) -> None:
    text = ("ERBIL, Kurdistan Region - Iraqi warplanes carried out several airstrikes Tuesday against suspected "
            "Islamic State hideouts in the Hamrin Mountains, the Security Media Cell said.")
    found = events(nlp, text, reference="2025-01-08")
    assert [(e.type, e.date, e.actor) for e in found] == [("strike", "2025-01-07", "Iraqi Security Forces")]


def test_events_pipeline_a_wire_datelines_city_is_not_who_killed(nlp: Language) -> None:
    text = ("MOSCOW (Reuters) – Russian counter-terrorism forces killed four militants affiliated with the "
            "Islamic State who were plotting an attack in the region of Dagestan, security services said on "
            "Wednesday.")
    found = events(nlp, text, reference="2025-03-05")
    assert [(e.type, e.country) for e in found] == [("operation", "RU")]


def test_events_pipeline_the_latest_of_its_kind_is_the_one_the_lede_told(nlp: Language) -> None:
    # "latest" sets an event apart from earlier ones of its kind, not from the article's own lede
    text = ("Nearly 160 Iraqi families have been repatriated from Syria's Al-Hol camp, an Iraqi "
            "government spokesman said Sunday.\n"
            "The families left Al-Hol on Saturday in the latest repatriation from the camp, the migration "
            "ministry said.")
    found = events(nlp, text, reference="2024-03-10")
    assert [(e.type, e.date) for e in found] == [("repatriation", "2024-03-09")]


def test_events_pipeline_an_undated_lead_attack_is_not_the_background_one_of_an_earlier_year(nlp: Language) -> None:
    text = ("PESHAWAR: Gunmen from the regional branch of the Islamic State group have killed a politician in "
            "northwest Pakistan, police said Friday.\n"
            "The group has carried out several attacks against political parties, including a blast at a rally "
            "in Bajaur in 2023 that killed 54 people.")
    found = events(nlp, text, reference="2024-11-15")
    # "killed a politician": one victim named as the object counts one (seventeenth session)
    # (the lead's attack dated by the day police reported it, nineteenth session)
    assert sorted((e.type, e.date, e.killed) for e in found) == [("attack", "2023", 54), ("attack", "2024-11-15", 1)]


def test_events_pipeline_a_datelines_day_refines_the_leads_year(nlp: Language) -> None:
    text = ("AMMAN, 10 January 2023 – Spain has brought home 13 children and two women from Roj camp in north-east "
            "Syria, a charity said today, the first repatriation from the camps so far this year.")
    found = events(nlp, text, reference="2023-01-10")
    assert [(e.type, e.date) for e in found] == [("repatriation", "2023-01-10")]


def test_events_pipeline_meeting_the_enemy_is_a_clash_not_a_meeting(nlp: Language) -> None:
    clash = events(nlp, "In Nangade, our forces met with the enemy and killed 12 insurgents on Friday.",
                   reference="2021-11-20")
    talks = events(nlp, "Iraqi Prime Minister Mohammed Shia al-Sudani met with the coalition commander in Baghdad "
                        "on Monday.", reference="2024-05-14")
    assert [e.type for e in clash] == ["operation"] and [e.type for e in talks] == ["meeting"]


def test_events_pipeline_the_killing_a_group_claims_is_an_attack(nlp: Language) -> None:
    claimed = events(nlp, "The Islamic State-Khorasan has claimed responsibility for the killing of a well-known "
                          "medicine practitioner in the Pakistani city of Peshawar on Thursday.",
                     reference="2021-10-01")
    told = events(nlp, "The killing of the group's leader in Idlib in October was a blow to the group.",
                  reference="2021-10-01")
    assert [(e.type, e.country, e.claimed) for e in claimed] == [("attack", "PK", True)] and told == []


def test_events_pipeline_a_raid_a_group_claimed_is_its_attack(nlp: Language) -> None:
    found = events(nlp, "An army post in Zigue was attacked on Monday night. The attack follows a raid 50 km north of "
                        "Zigue on Saturday, claimed by Islamic State.", reference="2021-07-28")
    assert ("attack", "2021-07-24", True) in [(e.type, e.date, e.claimed) for e in found]
    assert all(e.type == "attack" for e in found)


def test_events_pipeline_the_army_is_the_national_force_where_it_fought(nlp: Language) -> None:
    text = ("The Army launched decisive operations against the Dawlah Islamiyah in Datu Hoffer Ampatuan, "
            "Maguindanao del Sur, on Monday, killing three militants.")
    found = events(nlp, text, reference="2026-01-28")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "PH", "Armed Forces of the Philippines")]


def test_events_pipeline_an_operation_nobody_is_named_for_is_the_articles_force(nlp: Language) -> None:
    text = ("Morocco's Central Bureau of Judicial Investigations (BCIJ) said on Monday it had questioned four "
            "suspects linked to the Islamic State. The operation, which took place in Errachidia on Sunday, "
            "led to the seizure of weapons.")
    found = events(nlp, text, reference="2025-02-18")
    assert [(e.type, e.actor) for e in found] == [("operation", "Central Bureau of Judicial Investigations")]


def test_events_pipeline_the_operation_on_the_day_of_a_strike_is_that_strike(nlp: Language) -> None:
    text = ("U.S. Africa Command has confirmed it carried out multiple airstrikes against ISIS-Somalia in the "
            "Golis Mountains on Tuesday. Tuesday's operation is the latest in a series of strikes targeting "
            "ISIS-affiliated fighters in Somalia.")
    found = events(nlp, text, reference="2025-03-26")
    assert [(e.type, e.date) for e in found] == [("strike", "2025-03-25")]


def test_events_pipeline_the_strike_after_an_undated_attack_dates_it(nlp: Language) -> None:
    text = ("In a daring overnight assault, fighters of the Islamic State West Africa Province launched a deadly "
            "attack on a military base in Borno State. The strike, which occurred in the early hours of Friday, "
            "is the latest in a series of offensives.")
    found = events(nlp, text, reference="2025-10-11")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-10-10")]


def test_events_pipeline_families_returned_to_a_country_are_repatriated(nlp: Language) -> None:
    text = ("On Saturday, 223 Iraqi families left Syria's Al-Hol camp. In a previous round last month, 241 "
            "families were returned to Iraq in a similar operation.")
    found = events(nlp, text, reference="2025-05-31")
    assert [(e.type, e.date, e.country) for e in found] == [
        ("repatriation", "2025-05-31", "SY"), ("repatriation", "2025-04", "SY")
    ]
    assert events(nlp, "Hundreds of displaced families returned to Mosul last month.", reference="2025-05-31") == []


def test_events_pipeline_an_event_word_in_an_offices_name_is_no_event(nlp: Language) -> None:
    text = ("On Monday, the Taliban Minister for Refugees and Repatriation visited Kabul. The Directorate of "
            "Military Operations announced an airstrike on Monday in Raqqa.")
    found = events(nlp, text, reference="2025-01-10")
    assert [(e.type, e.country) for e in found] == [("strike", "SY")]


def test_events_pipeline_a_previous_attack_without_a_day_is_background(nlp: Language) -> None:
    found = events(nlp, "ISIS fighters were targeted after a previous attack in Kabul.", reference="2025-01-10")
    assert [e.type for e in found] == []
    found = events(nlp, "A previous attack in Kabul on January 4 killed five people.", reference="2025-01-10")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-01-04")]


def test_events_pipeline_a_link_to_another_story_between_paragraphs_is_no_event(nlp: Language) -> None:
    text = ("Gunmen killed 44 civilians in an attack on a mosque in Fambita, Niger, on Friday, the interior "
            "ministry said.\nDeath toll from tanker explosion in Nigeria rises to 86\n"
            "The ministry declared three days of national mourning.")
    found = events(nlp, text, reference="2025-03-23")
    assert [(e.type, e.country) for e in found] == [("attack", "NE")]


def test_events_pipeline_struggling_to_regain_a_province_is_no_recapture(nlp: Language) -> None:
    text = ("Rwanda sent in 1,000 troops last month to shore up Mozambican forces that have been struggling to "
            "regain control over the northern Cabo Delgado province.")
    # no recapture; the troops sent to help another state's forces are Rwanda's deployment there, an operation
    # (triggers._deploys_abroad)
    assert [e.type for e in events(nlp, text, reference="2021-08-08")] == ["operation"]


def test_events_pipeline_lives_claimed_or_cost_are_the_dead(nlp: Language) -> None:
    found = events(nlp, "An attack on a church in Komanda, Ituri, on Sunday claimed the lives of at least 38 people "
                        "and injured 15 others.", reference="2025-07-28")
    assert [(e.type, e.killed, e.wounded) for e in found] == [("attack", 38, 15)]
    found = events(nlp, "The bombing in Kabul on Monday cost 12 lives.", reference="2025-07-28")
    assert [(e.type, e.killed) for e in found] == [("attack", 12)]


@pytest.mark.parametrize("key", ["claims", "series_claims", "unclaimed"])
def test_every_claim_pattern_needs_a_claim_word(key: str) -> None:
    """extract_events runs these whole-text patterns only on an article that names_claim: each pattern must name
    one of link.CLAIM_WORDS outright (not in an optional part), or the guard would hide its matches."""
    from sitroom.data import load as load_data
    from sitroom.data.schemas import EventsFile
    from sitroom.extract.events.link import CLAIM_WORDS

    patterns = load_data(EventsFile).model_dump(exclude_unset=True)["link"][key]
    assert patterns
    for pattern in patterns:
        assert CLAIM_WORDS.search(pattern), pattern
