"""Casualty counts of attacks (twenty-second session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.place, e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_slaughter_and_massacre_are_killings(nlp: Language) -> None:
    assert [k for _p, k, _w in tolls(nlp, "ISWAP fighters stormed a village in Borno on Saturday and slaughtered six "
                                          "farmers.")] == [6]
    assert [k for _p, k, _w in tolls(nlp, "Gunmen massacred 20 villagers in an attack in Tillia on Monday.")] == [20]


def test_a_count_in_the_groups_statement_is_its_claim(nlp: Language) -> None:
    # "issued a statement claiming that ...": the official count told after it is the toll
    found = tolls(nlp, "ISIS claimed the suicide attack on tribal elders in Jalalabad on Monday. The group issued a "
                       "statement claiming that the attack left at least 15 people dead. However, officials said at "
                       "least 4 people were killed in the attack.")
    assert [k for _p, k, _w in found] == [4]
    # "according to" the group: likewise
    found = tolls(nlp, "ISWAP fighters attacked troops at a military base in Askira on Friday. According to the group, "
                       "13 soldiers were killed in the attack. The army said four soldiers were killed.")
    assert [k for _p, k, _w in found] == [4]
    # according to anyone else, the count stands
    found = tolls(nlp, "Islamic State militants attacked a military base in Askira on Friday. According to the rights "
                       "group, 13 soldiers were killed in the attack.")
    assert [k for _p, k, _w in found] == [13]


def test_wounded_told_with_a_verb_the_parser_took_for_a_modifier(nlp: Language) -> None:
    # "9 others have sustained injuries": the parser made "sustained" a modifier of "injuries"
    found = tolls(nlp, "The provincial office reported that 11 workers lost their lives in the attack in Jalalabad on "
                       "Monday and 9 others have sustained injuries.")
    assert [w for _p, _k, w in found] == [9]
    # injuries no one is counted as having sustained give no count
    found = tolls(nlp, "Gunmen attacked a checkpoint in Jalalabad on Monday and killed four soldiers, the police said, "
                       "adding that the sustained injuries were severe.")
    assert [w for _p, _k, w in found] == [None]


def test_a_link_line_to_another_story_takes_no_later_count(nlp: Language) -> None:
    # a headline of another story with a toll, printed between the paragraphs, does not take the story's attack
    # and its count
    text = ("Gunmen attacked a mosque in Fambita, Niger, on Friday, killing 44 worshippers.\n"
            "The attack occurred during Friday prayers, the ministry said.\n"
            "At least 10 soldiers are killed in an ambush, the army says\n"
            "The gunmen carried out their massacre with exceptional brutality, the statement said.\n"
            "According to the ministry, 13 others sustained severe injuries.\n")
    assert [(k, w) for _p, k, w in tolls(nlp, text)] == [(44, 13)]
    # a line that ends its sentence is the story's own
    text = ("Gunmen attacked a mosque in Fambita, Niger, on Friday, killing 44 worshippers.\n"
            "The attack occurred during Friday prayers, the ministry said.\n"
            "At least 10 soldiers were killed in an ambush near Tillia, the army said.\n")
    assert sorted(k or 0 for _p, k, _w in tolls(nlp, text)) == [10, 44]
