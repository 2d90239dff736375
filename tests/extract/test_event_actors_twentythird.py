"""Who did each event: actors of the twenty-third session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-01-10")


def test_a_backer_named_in_the_subject_is_no_actor(nlp: Language) -> None:
    # [places] backer_nouns: the "with the support of" phrase names who helps the one acting
    found = events(nlp, "Special units of the Syrian Democratic Forces, with the support of the U.S.-led coalition, "
                        "carried out a security operation in Deir ez-Zor on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]
    # [places] backer_verbs: nor the agent of "backed by", nor its demonym ("US-led")
    found = events(nlp, "The SDF said in a statement: “Our units backed by the US-led coalition forces carried out a "
                        "raid on an ISIS cell in Deir ez-Zor on Friday.”")
    assert [(e.type, e.actor) for e in found] == [("operation", "Syrian Democratic Forces")]


def test_a_with_phrase_that_names_no_backer_keeps_the_actor(nlp: Language) -> None:
    found = events(nlp, "Troops of the U.S.-led coalition, with armoured vehicles, carried out a raid in Deir ez-Zor "
                        "on Friday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Global Coalition to Defeat Daesh/ISIS")]


def test_an_attack_told_without_its_group_is_the_campaign_group_the_article_names(nlp: Language) -> None:
    # another group named as often does not keep the campaign's branch from the attack; the branch is the one of
    # the event's country (home_branches)
    found = events(nlp, "Jihadists killed 17 civilians in an attack in northern Mali on Tuesday. The Islamic State in "
                        "the Greater Sahara is active in the area, as is al-Qaeda.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State Sahel Province")]


def test_no_group_is_given_an_attack_no_one_claimed_or_one_outside_the_campaign(nlp: Language) -> None:
    found = events(nlp, "Jihadists killed 17 civilians in an attack in northern Mali on Tuesday. No group has "
                        "claimed responsibility. The Islamic State in the Greater Sahara is active in the area, as is "
                        "al-Qaeda.")
    assert [(e.type, e.actor) for e in found] == [("attack", None)]
    # Boko Haram is outside the campaign: its attacks stay unattributed
    found = events(nlp, "Boko Haram fighters ambushed a convoy in Borno on Monday. Boko Haram and al-Qaeda remain "
                        "active. On Tuesday, the insurgents attacked the communities around Geidam, killing nine "
                        "people.")
    assert [(e.type, e.actor) for e in found] == [("attack", None), ("attack", None)]


def test_an_unclaimed_attack_of_a_branch_is_the_local_group_the_article_names(nlp: Language) -> None:
    found = events(nlp, "Islamic State militants attacked a village near Beni on Sunday, killing 12 civilians. The "
                        "Allied Democratic Forces, the Islamic State's Central Africa Province, have killed thousands "
                        "since 2014.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


def test_a_claimed_attack_stays_the_branchs(nlp: Language) -> None:
    found = events(nlp, "The Islamic State claimed an attack on a village near Beni on Sunday that killed 12 "
                        "civilians. The Allied Democratic Forces, the Islamic State's Central Africa Province, have "
                        "killed thousands since 2014.")
    assert [(e.type, e.actor, e.claimed) for e in found] == [("attack", "Islamic State Central Africa Province", True)]

