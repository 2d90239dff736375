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

