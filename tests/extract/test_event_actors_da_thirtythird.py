"""Event actors, thirty-third session (da): a pledge sworn by a group's leader is the group's; the State
Department's "ISIS-GS" is the Sahel Province; men only "linked to" the Islamic State in the East Asia Province's area
are the local group the page names; letters the knowledge base does not know are no force; the Hind Province and
Uganda's joint task force are known (short sentences written for the tests, most with a case where the rule must not
fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


def _pledgers(nlp: Language, text: str) -> list[str | None]:
    return [e.actor for e in events(nlp, text) if e.type == "pledge"]


@pytest.mark.model
def test_a_leaders_pledge_is_his_groups(nlp: Language) -> None:
    # the group and "its leader" in the pledge's own sentence
    text = ("On March 10, the State Department branded the ADF a terrorist organisation and said its leader Musa "
            "Baluku had pledged allegiance to the Islamic State group.")
    assert _pledgers(nlp, text) == ["Allied Democratic Forces"]
    # the tie told in another sentence, the oath by his surname
    text = ("Boko Haram leader Abubakar Shekau appeared in a video. Shekau pledged allegiance to ISIS leader Abu Bakr "
            "al-Baghdadi in March 2015.")
    assert _pledgers(nlp, text) == ["Boko Haram"]
    # "led by", with a surname the NER took for a person only where the group is named
    text = ("Poso was haunted by the East Indonesia Mujahidin group (MIT) led by Santoso alias Abu Wardah. Santoso and "
            "his group declared allegiance to Al Baghdadi on a YouTube page.")
    assert _pledgers(nlp, text) == ["Mujahidin Indonesia Timur"]


@pytest.mark.model
def test_a_person_tied_to_no_group_pledges_for_none(nlp: Language) -> None:
    # a title in the person's own phrase, with the group only as the one he met, ties him to nothing
    assert _pledgers(nlp, "Police chief Ali Musa met the ADF. Musa pledged allegiance to IS in 2019.") == [None]
    # nor does the group pledged to
    text = "Islamic State leader Abu Bakr al-Baghdadi spoke. Ali Musa pledged allegiance to IS in 2019."
    assert _pledgers(nlp, text) == [None]


@pytest.mark.model
def test_isis_gs_is_the_sahel_province(nlp: Language) -> None:
    text = ("The Department designated ISIS-GS and its leader, Adnan Abu Walid al-Sahrawi, as terrorists. "
            "Al-Sahrawi first pledged allegiance to ISIS in May 2015.")
    assert _pledgers(nlp, text) == ["Islamic State Sahel Province"]


def _attackers(nlp: Language, text: str) -> list[str | None]:
    return [e.actor for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_attackers_linked_to_is_are_the_local_group_the_page_names(nlp: Language) -> None:
    # in the East Asia Province's area, men only "linked to" the Islamic State are the group the page names
    text = ("ISIS-linked militants beheaded a hostage in Jolo, Sulu on Tuesday. The Abu Sayyaf group has kidnapped "
            "dozens of foreigners.")
    assert _attackers(nlp, text) == ["Abu Sayyaf Group"]
    text = ("Pro-ISIS militants killed two soldiers in Datu Hofer, Maguindanao on Monday, the army said. The BIFF "
            "has been blamed for bombings.")
    assert _attackers(nlp, text) == ["Bangsamoro Islamic Freedom Fighters"]
    # with no local group named, the branch of the area
    text = "Pro-ISIS militants killed two soldiers in Datu Hofer, Maguindanao on Monday, the army said."
    assert _attackers(nlp, text) == ["Islamic State East Asia Province"]
    # two such groups named: the page does not say which
    text = ("Pro-ISIS militants killed two soldiers in Datu Hofer, Maguindanao on Monday, the army said. The BIFF "
            "and the Abu Sayyaf group have been blamed for bombings.")
    assert _attackers(nlp, text) == ["Islamic State East Asia Province"]


def _operators(nlp: Language, text: str) -> list[str | None]:
    return [e.actor for e in events(nlp, text) if e.type == "operation"]


@pytest.mark.model
def test_letters_the_knowledge_base_does_not_know_are_no_operations_actor(nlp: Language) -> None:
    # a force's unit named by its letters: the force the sentence names
    text = ("In a statement, the SDF said its Military Operations Teams (TOL), backed by the coalition, conducted a "
            "security operation on Sunday in the town of Dhiban.")
    assert _operators(nlp, text) == ["Syrian Democratic Forces"]
    # letters the knowledge base knows stay the actor
    text = "The SDF conducted a security operation on Sunday in the town of Dhiban."
    assert _operators(nlp, text) == ["Syrian Democratic Forces"]


@pytest.mark.model
def test_the_hind_province_is_named_for_its_claims_in_india(nlp: Language) -> None:
    text = ("The Islamic State used the name Hind Province for an attack it claimed in Shopian, Kashmir on Friday, "
            "which killed a soldier.")
    assert _attackers(nlp, text) == ["Islamic State Hind Province"]


@pytest.mark.model
def test_ugandas_joint_task_force_makes_its_arrests(nlp: Language) -> None:
    text = ("Twenty-two suspected ADF rebels were arrested in Kyankwanzi district on Monday by the Joint "
            "Anti-terrorism Task Force.")
    assert _operators(nlp, text) == ["Joint Anti-terrorism Task Force"]
