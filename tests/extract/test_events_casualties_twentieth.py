"""Casualty counts of attacks (twentieth session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.place, e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_count_told_apart_goes_to_the_attack_told_last_before_it(nlp: Language) -> None:
    # two attacks in the article: the count two sentences after the second is the second's
    found = tolls(nlp, "ISWAP fighters attacked a military base in Konduga on Friday. The army said the base was "
                       "held. Gunmen attacked a village in Mafa on Saturday. The villagers fled into the bush. "
                       "Over 40 people have been confirmed dead.")
    assert [(p, k) for p, k, _w in found] == [("Konduga", None), ("Mafa", 40)]
    # told before any attack, a count is no one's
    found = tolls(nlp, "Over 40 people have been confirmed dead, the governor said. The villagers fled into the "
                       "bush. ISWAP fighters attacked a military base in Konduga on Friday. The army said the base "
                       "was held. Gunmen attacked a village in Mafa on Saturday.")
    assert [k for _p, k, _w in found] == [None, None]
    # a sentence dated to another month tells of other attacks
    found = tolls(nlp, "ISWAP fighters attacked a military base in Konduga on May 28. The army said the base was "
                       "held. Gunmen attacked a village in Mafa on May 29. The villagers fled into the bush. In "
                       "March, 13 villagers were killed.")
    assert [k for _p, k, _w in found] == [None, None]


def test_a_subject_the_parser_hangs_on_the_auxiliary(nlp: Language) -> None:
    assert tolls(nlp, "ISWAP fighters attacked a military base in Konduga on Friday. After half an hour of "
                      "clashes, eight villagers were killed and three others were severely wounded.") == [
        ("Konduga", 8, 3)]


def test_a_relative_pronoun_counts_the_noun_it_stands_for(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a militia post in Banibangou on Friday. There were 25 young fighters who lost "
                      "their lives and three others who were wounded.") == [("Banibangou", 25, 3)]
    # the attackers killed are set apart as before
    assert tolls(nlp, "Gunmen attacked a militia post in Banibangou on Friday. The militants who were killed were "
                      "buried.") == [("Banibangou", None, None)]


def test_martyred_dead_and_a_noun_of_killing(nlp: Language) -> None:
    assert tolls(nlp, "IS militants attacked the village of Hawija on Monday. Eight villagers were martyred.") == [
        ("Hawija", 8, None)]
    assert tolls(nlp, "Gunmen were behind the assassination of a local official in Peshawar on Monday.") == [
        ("Peshawar", 1, None)]
    # an attack noun with no count of its own keeps none
    assert tolls(nlp, "Gunmen were behind the attack on a local official in Peshawar on Monday.") == [
        ("Peshawar", None, None)]


def test_one_victim_with_a_possessive_or_two_names_for_one(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen killed a police officer and wounded his young son in Peshawar on Monday.") == [
        ("Peshawar", 1, 1)]
    assert tolls(nlp, "Gunmen killed a Sikh hakim or medicine practitioner in Peshawar on Monday.") == [
        ("Peshawar", 1, None)]
    # two people listed with "and" are not read as one victim
    assert tolls(nlp, "Gunmen killed a Sikh hakim and a shopkeeper in Peshawar on Monday.") != [("Peshawar", 1, None)]


def test_the_hurt_told_by_their_care_in_hospital(nlp: Language) -> None:
    assert tolls(nlp, "A suicide bomber struck a mosque in Peshawar on Friday, killing 31 people. Officials said 169 "
                      "people were transferred to hospital.") == [("Peshawar", 31, 169)]
    # the dead taken there are no wounded
    assert tolls(nlp, "A suicide bomber struck a mosque in Peshawar on Friday, killing 31 people. Officials said 12 "
                      "bodies were taken to hospital.") == [("Peshawar", 31, None)]


def test_a_count_told_with_a_list_of_towns_goes_to_the_first(nlp: Language) -> None:
    found = tolls(nlp, "ISWAP fighters attacked military bases in Konduga and Marte on Friday, killing 40 soldiers.")
    assert sorted(found, key=lambda f: f[0] or "") == [("Konduga", 40, None), ("Marte", None, None)]
