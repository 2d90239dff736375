"""Casualty counts of attacks (eighteenth session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_count_the_parser_hangs_on_the_noun_before_the_head(nlp: Language) -> None:
    assert tolls(nlp, "Two embassy personnel and an Afghan civilian were killed in a suicide bombing in Kabul on "
                      "Monday.") == [(3, None)]
    # a count inside the modifier's phrase, after its own determiner, counts the modifier, not the people
    assert tolls(nlp, "The staff of the two embassy compounds were killed in a suicide bombing in Kabul on "
                      "Monday.") == [(None, None)]


def test_a_count_confirmed_or_reported_dead(nlp: Language) -> None:
    assert tolls(nlp, "At least 50 people have been confirmed dead following an attack by ISWAP on Darajamal in "
                      "Borno on Friday.") == [(50, None)]
    assert tolls(nlp, "At least 60 people are reported to have been killed in an attack on Banibangou in Niger on "
                      "Tuesday.") == [(60, None)]
    # a result verb's own object counts the dead, not its subject
    assert tolls(nlp, "Two bombs left 15 dead in Kabul on Monday.") == [(15, None)]


def test_a_verb_with_to_death_kills(nlp: Language) -> None:
    assert tolls(nlp, "Two farmers were beaten to death by ISWAP fighters in Mafa on Sunday.") == [(2, None)]
    assert tolls(nlp, "ISWAP fighters attacked Mafa on Sunday and beat two farmers.") == [(None, None)]


def test_a_singular_noun_listed_beside_counted_victims_is_one_more(nlp: Language) -> None:
    assert tolls(nlp, "The bombing killed the driver and three passengers in Kabul on Monday.") == [(4, None)]
    # a noun of what befell another is no person
    assert tolls(nlp, "Militants attacked a checkpoint in Kifri on Monday, resulting in the killing of three "
                      "Peshmerga fighters and the injury of five others.") == [(3, 5)]
    # named victims beside their count are the counted, not more
    assert tolls(nlp, "Gunmen killed two Sikh traders, Kuljeet Singh and Ranjit Singh, in Peshawar on Monday.") == [
        (2, None)]


def test_a_number_word_the_parser_takes_for_an_adverb(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked Gabero on Tuesday. The provisional toll is now 13 dead, a dozen wounded and "
                      "hundreds of people fleeing.") == [(13, 12)]
    assert tolls(nlp, "Gunmen attacked Gabero on Tuesday. The toll is now 13 dead, and the wounded were taken to "
                      "Gao.") == [(13, None)]


UNDATED_ATTACK = ("A jihadi group's assault on a village in western Niger has resulted in the deaths of 44 civilians, "
                  "the ministry said.\nThe attack occurred on Friday afternoon in Fambita, a village near the border "
                  "with Mali.\nAt least 10 Nigerian soldiers are killed in an ambush, the army says\nThe gunmen also "
                  "set fire to a market and homes before withdrawing, it added.\n")


def test_a_count_apart_from_the_attack_on_an_undated_page(nlp: Language) -> None:
    # the linked story between the paragraphs is no second attack of the article's; the page has no date
    text = UNDATED_ATTACK + "According to the ministry, at least 44 civilians were killed, while 13 others sustained "
    assert [(e.killed, e.wounded) for e in events(nlp, text + "severe injuries.\n", None)
            if e.country == "NE"] == [(44, 13)]
    # a count naming a year is background, page date or not
    assert [(e.killed, e.wounded) for e in events(nlp, text + "severe injuries in 2019.\n", None)
            if e.country == "NE"] == [(44, None)]


def test_half_a_dozen_is_six_and_a_dozen_twelve(nlp: Language) -> None:
    # the parser counts with the scale word "dozen"; "half a" before it halves it
    assert tolls(nlp, "Gunmen killed half a dozen villagers in an attack on Tillia in Niger on Monday.") == [(6, None)]
    assert tolls(nlp, "Gunmen killed a dozen villagers in an attack on Tillia in Niger on Monday.") == [(12, None)]
