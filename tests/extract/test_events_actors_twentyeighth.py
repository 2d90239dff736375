"""Event actors, twenty-eighth session (short sentences written for the tests): a pronoun subject of a party's deed
never stands for a bystander named in between (a relief agency, a rights group); the agent of a passive killing or
arrest "in an operation" is the operation's actor; a joint operation of two states' forces is the force the article
tells of."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-05-07")


@pytest.mark.model
def test_a_pronoun_skips_a_relief_agency_named_in_between(nlp: Language) -> None:
    found = events(nlp, "The Rwanda Defence Force deployed to Cabo Delgado in 2021 to fight the insurgents. The "
                        "International Organization for Migration said 5,000 people fled Macomia last week. On Sunday "
                        "they clashed with the militants near Mucojo, killing 12 of them.")
    ops = [e for e in found if e.type == "operation"]
    assert [e.actor for e in ops] == ["Rwanda Defence Force"]


@pytest.mark.model
def test_a_pronoun_skips_a_rights_group_named_in_between(nlp: Language) -> None:
    found = events(nlp, "The Nigerian Army has intensified its campaign against ISWAP in Borno. Amnesty International "
                        "criticised the conduct of the troops. On Tuesday it launched an operation in the Sambisa "
                        "forest, killing 30 terrorists.")
    ops = [e for e in found if e.type == "operation"]
    assert [e.actor for e in ops] == ["Nigerian Army"]


@pytest.mark.model
def test_the_agent_of_a_passive_killing_in_an_operation_is_its_actor(nlp: Language) -> None:
    found = events(nlp, "Forty two Islamic State West Africa Province (ISWAP) terrorists were killed in clearance "
                        "operation on Friday by the Multinational Joint Task Force (MNJTF) in Borno.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Multinational Joint Task Force")]


@pytest.mark.model
def test_the_agent_of_a_passive_arrest_during_a_raid_is_its_actor(nlp: Language) -> None:
    found = events(nlp, "Five suspected Islamic State members were arrested during a raid in Bingol by the Turkish "
                        "National Police on Monday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Turkish National Police")]


@pytest.mark.model
def test_the_agent_the_parse_made_a_participle_s_subject_is_the_attacker(nlp: Language) -> None:
    found = events(nlp, "In the mid-afternoon of 17 April, Philippine soldiers in the dense forests of northern Jolo "
                        "were ambushed by more than 40 heavily-armed Abu Sayyaf bandits hiding out on higher ground.",
                   reference="2019-05-07")
    assert [(e.type, e.actor) for e in found] == [("attack", "Abu Sayyaf Group")]


@pytest.mark.model
def test_a_group_outside_the_campaign_gives_way_to_the_branch_named_beside_it(nlp: Language) -> None:
    found = events(nlp, "Nigerian Army troops have repelled twin coordinated midnight attacks by Boko Haram and ISWAP "
                        "terrorists in Borno State, killing 16 insurgents.")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.actor for e in attacks] == ["Islamic State West Africa Province"]


@pytest.mark.model
def test_an_unlocated_attack_in_a_shared_country_goes_to_the_branch_at_home_there(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants killed 10 civilians in Mozambique on Sunday, the group said.")
    assert [(e.country, e.actor) for e in found] == [("MZ", "Islamic State Mozambique Province")]


@pytest.mark.model
def test_the_central_africa_province_a_page_names_for_mozambique_is_the_actor(nlp: Language) -> None:
    found = events(nlp, "The Islamic State Central Africa Province has expanded across Cabo Delgado in 2020. On 5 "
                        "August 2020, Islamic State fighters attacked Mocimboa da Praia, killing 10 soldiers.",
                   reference="2020-08-20")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.actor for e in attacks] == ["Islamic State Central Africa Province"]


@pytest.mark.model
def test_of_the_two_sides_of_a_clash_the_one_outside_the_group_operates(nlp: Language) -> None:
    found = events(nlp, "Clashes broke out on Sunday between ISWAP fighters and the Multinational Joint Task Force "
                        "near Monguno.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Multinational Joint Task Force")]


@pytest.mark.model
def test_a_clash_between_two_forces_keeps_the_first_named(nlp: Language) -> None:
    found = events(nlp, "Heavy clashes between the Nigerian Army and ISWAP fighters left 12 insurgents dead near "
                        "Monguno on Sunday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Nigerian Army")]


@pytest.mark.model
def test_an_arrest_by_the_police_counter_terrorism_division_is_the_police_s(nlp: Language) -> None:
    found = events(nlp, "The 19 suspects were arrested in a special operation conducted by the Bukit Aman Special "
                        "Branch Counter Terrorism Division in Kelantan and Johor between 4th July and August 30th.",
                   reference="2019-09-07")
    assert [(e.type, e.actor) for e in found] == [("operation", "Royal Malaysia Police")]
