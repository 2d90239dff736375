"""Casualty counts of attacks (twenty-first session; short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-06-01")


def tolls(nlp: Language, text: str) -> list[tuple[str | None, int | None, int | None]]:
    return [(e.place, e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_group_member_beheaded_is_a_victim(nlp: Language) -> None:
    # a beheading is never a raid's target: one fighter or member so killed is the attack's toll
    assert tolls(nlp, "ISIS said that the group captured and beheaded a Taliban fighter in Jalalabad on Monday.") == [
        ("Jalalabad", 1, None)]
    assert tolls(nlp, "The attack on Mocimboa da Praia on Sunday resulted in the decapitation of an FDS member.") == [
        ("Mocimboa da Praia", 1, None)]
    # a member killed otherwise stays out of the count, as before
    assert tolls(nlp, "Islamic State militants attacked a checkpoint in Jalalabad on Monday and killed a Taliban "
                      "fighter.") == [("Jalalabad", None, None)]


def test_a_name_told_as_a_persons_by_the_noun_beside_it(nlp: Language) -> None:
    assert [k for _p, k, _w in tolls(nlp, "Militants of Jund al-Khilafa kidnapped and beheaded Herve Gourdel, French "
                                          "tourist, in Tizi Ouzou on Monday.")] == [1]
    # a name with no person's noun beside it gives no count (the tagger does not take it for a person's)
    assert [k for _p, k, _w in tolls(nlp, "Militants of Jund al-Khilafa kidnapped and beheaded Herve Gourdel in Tizi "
                                          "Ouzou on Monday.")] == [None]


def test_a_count_the_parser_hangs_on_a_dateline(nlp: Language) -> None:
    # "Erbil (Iraq):" taken for the subject, the counted people for its apposition
    assert [k for _p, k, _w in tolls(nlp, "Erbil (Iraq): At least 12 people, including a member of a Kurdish force, "
                                          "were killed in an attack by Islamic State terrorists in a village in "
                                          "northern Iraq.")] == [12]


def test_a_number_word_opening_the_sentence(nlp: Language) -> None:
    # "Thirteen" parsed as a name modifying "people"
    found = tolls(nlp, "Gunmen attacked a mosque in Fambita on Friday.\n\nThirteen other people were injured in the "
                       "attack carried out in the middle of the Muslim holy month of Ramadan, four of them seriously, "
                       "the statement read out on state television added.")
    assert [w for _p, _k, w in found] == [13]


def test_the_latest_attack_is_the_articles_own(nlp: Language) -> None:
    # told after a background attack, "the latest attack" names the one the lede told
    found = tolls(nlp, "Six soldiers were killed in an ambush by ISWAP militants near Diffa on Wednesday. It comes two "
                       "weeks after an ISWAP assault on a military convoy in the same area that left one soldier dead. "
                       "In the latest attack, three other soldiers were wounded.")
    assert [(k, w) for _p, k, w in found] == [(6, 3), (1, None)]
    # a plain "the attack" still names the one told just before
    found = tolls(nlp, "Six soldiers were killed in an ambush by ISWAP militants near Diffa on Wednesday. It comes two "
                       "weeks after an ISWAP assault on a military convoy in the same area that left one soldier dead. "
                       "In the attack, three other soldiers were wounded.")
    assert [(k, w) for _p, k, w in found] == [(6, None), (1, 3)]
    # "the latest twin attacks" may be others than the lede's one: the one told just before, as before
    found = tolls(nlp, "Six soldiers were killed in an ambush by ISWAP militants near Diffa on Wednesday. It comes two "
                       "weeks after an ISWAP assault on a military convoy in the same area that left one soldier dead. "
                       "In the latest twin attacks, three other soldiers were wounded.")
    assert [(k, w) for _p, k, w in found] == [(6, None), (1, 3)]
