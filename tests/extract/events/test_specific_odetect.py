"""Specific operations: a deed coordinated with an urging word is not urged, and operations set going after an
attack the text points to are that attack's answer."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_11_17 = events_dated("2024-11-17")
events_on_2022_09_16 = events_dated("2022-09-16")


# Modality: a verb coordinated with a word of urging or wanting is a deed of its own, not what is urged ("wanted for
# crimes", which the parser may read as the sentence's verb, urges no arrest).

@pytest.mark.model
def test_an_arrest_beside_wanted_for_crimes_is_asserted(nlp: Language) -> None:
    text = ("Three individuals, wanted for high-profile crimes and believed to have links to two local terror groups, "
            "were arrested by a police team in a residential area in Cotabato City on Saturday, November 16.")
    assert [(e.type, e.date) for e in events_on_2024_11_17(nlp, text)] == [("operation", "2024-11-16")]


@pytest.mark.model
def test_an_arrest_urged_stays_unreported(nlp: Language) -> None:
    found = events_on_2024_11_17(nlp, "The governor urged the police to arrest the militants in Cotabato City.")
    assert [e for e in found if e.type == "operation"] == []


# Operations: plural operations a force set going after an attack the text points to ("the attack") are its answer to
# that attack, one operation; following an attack no article points back to, they stay a kind of work.

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Three soldiers were killed in an ambush by the Abu Sayyaf in Al-Barka on Thursday. Following the attack, the "
    "military launched pursuit operations in the area.",
    "Gunmen attacked an army base near Bani-bangou on Thursday, killing 34 soldiers. Troops carried out aerial and "
    "ground search operations to secure the area after the attack, the ministry said.",
])
def test_operations_after_the_attack_are_one_operation(nlp: Language, text: str) -> None:
    assert sum(e.type == "operation" for e in events_on_2022_09_16(nlp, text)) == 1


@pytest.mark.model
def test_operations_after_an_unnamed_bombing_run_stay_unreported(nlp: Language) -> None:
    text = "The soldiers were fired upon while conducting clearing operations following an air support bombing run."
    assert [e for e in events_on_2022_09_16(nlp, text) if e.type == "operation"] == []
