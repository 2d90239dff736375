"""Casualty counts of attacks (thirty-fourth session, casualty helper; short sentences written for the tests, after
train pages): wounds done "to" counted people, a result verb's state opened by an adverb, a rank told with "the",
and a toll a pronoun claims for the group."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-10-28")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_injuries_to_counted_people_are_the_wounded(nlp: Language) -> None:
    # (after train pages) the parser hangs "to five others" on the noun, on the first noun of the list or on the verb
    assert tolls(nlp, "Gunmen attacked an army post in Diyala on Monday, which resulted in the deaths of four soldiers "
                      "and injuries to three others.") == [(4, 3)]
    assert tolls(nlp, "A suicide bomber attacked a polling station in Quetta on Monday, which resulted in the killing "
                      "of 16 people and caused injuries to 54 others.") == [(16, 54)]
    # injuries to a part of the body count no one
    assert tolls(nlp, "Gunmen attacked an army post in Diyala on Monday, killing two soldiers. A third soldier "
                      "sustained injuries to the head.")[0][0] == 2


def test_a_result_state_opened_by_an_adverb_is_read(nlp: Language) -> None:
    # "left three soldiers badly wounded": the parser makes the state a clause of its own
    assert tolls(nlp, "The militants attacked a base in Mogadishu on Monday, which left three soldiers badly "
                      "wounded.") == [(None, 3)]
    assert tolls(nlp, "Gunmen attacked a bus in Kirkuk on Sunday, leaving two people seriously injured.") == [(None, 2)]


def test_a_police_rank_told_with_the_is_one_person(nlp: Language) -> None:
    assert tolls(nlp, "Two gunmen ambushed a police car in Peshawar on Monday, killing three constables on the spot "
                      "and injuring the incharge head-constable.") == [(3, 1)]


def test_a_toll_a_pronoun_claims_is_the_groups(nlp: Language) -> None:
    # (after a train page) "It further claimed that about 50 ... were killed": the group named before claims it; the
    # count the text gives as its own stands
    text = ("Gunmen attacked a gurdwara in Kabul on Saturday. The Islamic State Khorasan Province claimed that four "
            "IEDs were used in the attack. It further claimed that about 50 Hindu Sikhs and Taliban members were "
            "killed in the attack. However, only two people were killed and seven others were wounded.")
    assert tolls(nlp, text) == [(2, 7)]


def test_a_sides_lost_soldiers_are_killed(nlp: Language) -> None:
    # (after train pages) "we lost five soldiers": the victims' side tells its own dead
    assert tolls(nlp, 'Militants ambushed a patrol near Gubio on Monday. "We lost five soldiers in the ambush, two '
                      'were wounded and several are missing," he said.') == [(5, 2)]
    assert tolls(nlp, 'ISWAP fighters attacked a base in Damboa on Monday. "In this encounter, we lost two of our '
                      'soldiers," he said.') == [(2, None)]
    # what else is lost is no toll
    assert tolls(nlp, "Militants attacked the base in Marte on Monday. The army lost 95 percent of its "
                      "equipment.") == [(None, None)]


def test_a_passive_verb_that_kills_with_its_particle_counts(nlp: Language) -> None:
    # (after train pages) "were gunned down" ([casualties] kill_particles) is a killing in the passive too
    assert tolls(nlp, "Militants attacked a village near Beni on Monday. Eleven civilians were gunned down.") == [
        (11, None)]
