"""Event tolls (events/tolls.py, [casualties] official_tellers): the Taliban, Afghanistan's rulers since 2021, tell
the state's count of an attack, which the conventions take as the lower official figure."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_01_13 = events_dated("2023-01-13")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events_on_2023_01_13(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_the_talibans_lower_count_is_the_official_toll(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people. The Taliban said on "
                      "Friday that 31 people were killed in the attack.") == [(31, None)]


@pytest.mark.model
def test_the_talibans_higher_count_does_not_replace_the_first(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people. The Taliban said on "
                      "Friday that 55 people were killed in the attack.") == [(40, None)]


# The lower official figure holds for the wounded as for the dead: an official count of the injured that is lower
# and counts the same people replaces the first one, a higher one does not.

@pytest.mark.model
def test_a_lower_official_count_of_the_wounded_replaces_the_first(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people and injuring 60 others. The "
                      "interior ministry said on Friday that 31 people were killed and 20 were injured in the "
                      "attack.") == [(31, 20)]


@pytest.mark.model
def test_a_higher_official_count_of_the_wounded_does_not_replace_the_first(nlp: Language) -> None:
    assert tolls(nlp, "Gunmen attacked a mosque in Kunduz on Thursday, killing 40 people and injuring 60 others. The "
                      "interior ministry said on Friday that 31 people were killed and 75 were injured in the "
                      "attack.") == [(31, 60)]
