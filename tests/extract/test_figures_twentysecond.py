"""Figures, twenty-second session: a count of soldiers or members under a hundred is of people unless a force
word makes it a force's size; a coalition's partners are countries."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _values(bare_nlp: Language, text: str) -> set[tuple[float, str]]:
    doc = bare_nlp(text)
    doc._.doc_id = "d22"
    doc._.timexes = None
    FigureExtractor()(doc)
    figures: list[Figure] = list(doc._.figures)
    return {(f.value, f.unit) for f in figures}


@pytest.mark.parametrize(("text", "value"), [
    ("The victims included 12 civilians and two soldiers from the army who were killed in the line of duty.", 2),
    ("Ten Daesh members were also in the operation in the district.", 10),
])
def test_a_small_count_of_soldiers_or_members_is_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The assembly approved the deployment of 20 military personnel as part of the mission.", 20, "troops"),
    ("The attack targeted a compound where about 60 soldiers were based.", 60, "troops"),
    ("Around 4,000 French troops are deployed in Mali.", 4000, "troops"),
    ("The group has 50 members in the province.", 50, "members"),
    ("Officials estimate the group has about 1,000 members.", 1000, "members"),
    ("We also welcome 12 new members from Africa and Asia to the coalition.", 12, "members"),
    # the object of the verb the count hangs from says what is counted
    ("The summit admitted two states, which brought its membership to 48 members.", 48, "members"),
])
def test_a_force_word_or_a_large_count_keeps_the_force_unit(
        bare_nlp: Language, text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(bare_nlp, text)


def test_a_coalitions_partners_are_countries(bare_nlp: Language) -> None:
    assert (60, "countries") in _values(bare_nlp, "The meeting brought together over 60 partners in Marrakesh.")


@pytest.mark.parametrize(("text", "value"), [
    ("Forces killed at least 10 Islamic State (ISIS / Daesh / ISIL) group terrorists as they fled.", 10),
    ("The raids led to the death of no fewer than 38 Islamic State of West Africa Province (ISWAP) terrorists.", 38),
])
def test_a_number_before_a_group_name_counts_the_noun_after_it(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


def test_a_group_name_with_no_counted_noun_after_it_gives_no_figure(bare_nlp: Language) -> None:
    assert not {v for v in _values(bare_nlp, "The 2019 Islamic State (IS) statement was read on radio.")
                if v[0] == 2019}


def test_people_counted_by_sex_or_trade(bare_nlp: Language) -> None:
    values = _values(bare_nlp, "The number comprised 47 males, 180 females and 323 children.")
    assert {(47, "people"), (180, "people")} <= values


def test_an_adjective_of_the_same_spelling_is_no_count(bare_nlp: Language) -> None:
    assert not {v for v in _values(bare_nlp, "The relative calm of the two districts ended.") if v[1] == "people"}


@pytest.mark.parametrize(("text", "value"), [
    ("By 2019, there were an estimated 300 ISIS militants there.", 300),
    ("Security sources estimate that around 100 terrorists operate in the area.", 100),
])
def test_fighters_said_to_exist_or_operate_are_a_strength(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "members") in _values(bare_nlp, text)


def test_fighters_said_to_be_killed_there_are_people(bare_nlp: Language) -> None:
    assert (12, "people") in _values(bare_nlp, "There were 12 militants killed in the raid.")


def test_members_said_to_exist_are_a_size(bare_nlp: Language) -> None:
    values = _values(bare_nlp, "Police say there are still nine members of the group hiding in the hills.")
    assert (9, "members") in values
    assert (9, "people") in _values(bare_nlp, "Nine members of the group were arrested in the hills.")
