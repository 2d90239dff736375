"""Operations the earlier rules missed, thirty-seventh session (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2023-07-10")


def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


def test_a_force_putting_the_groups_fighters_out_of_action_is_its_operation(nlp: Language) -> None:
    text = "Ugandan troops put out of action two ADF terrorists in Beni on Monday."
    assert [(e.country, e.date) for e in _operations(events(nlp, text))] == [("CD", "2023-07-10")]


def test_a_named_commander_put_out_of_action_is_one_of_the_groups_people(nlp: Language) -> None:
    # the title word before the name says who was acted on, as "commander" alone would
    text = "Ugandan troops put out of action a senior ADF commander Hassan Musa in Beni on Monday."
    assert len(_operations(events(nlp, text))) == 1


def test_something_else_put_out_of_action_is_no_operation(nlp: Language) -> None:
    text = "The storm put out of action the power grid in Kampala on Monday."
    assert _operations(events(nlp, text)) == []


def test_a_force_eliminating_the_groups_members_is_its_operation(nlp: Language) -> None:
    text = "Tunisian forces eliminated three members of Jund al-Khilafah in Kasserine on Friday."
    assert [(e.country, e.place) for e in _operations(events(nlp, text))] == [("TN", "Kasserine")]


def test_eliminating_a_threat_is_no_operation(nlp: Language) -> None:
    text = "Tunisian forces eliminated the threat of terrorism in Kasserine on Friday."
    assert _operations(events(nlp, text)) == []


def test_an_offensive_resulting_in_the_neutralisation_of_fighters_is_an_operation(nlp: Language) -> None:
    text = ("Troops of the Multinational Joint Task Force in Mora, Cameroon, won a notable engagement, an offensive "
            "that resulted in the neutralization of two Boko Haram terrorists.")
    assert [e.country for e in _operations(events(nlp, text))] == ["CM"]


def test_a_forces_report_of_the_elimination_of_a_cell_is_its_operation(nlp: Language) -> None:
    text = "On Friday, the Libyan National Army announced the elimination of a cell affiliated with ISIS in Sabha."
    assert [(e.country, e.place, e.date) for e in _operations(events(nlp, text))] == [("LY", "Sabha", "2023-07-07")]


def test_a_speaker_citing_the_elimination_of_commanders_reports_no_operation(nlp: Language) -> None:
    text = "In October, the president announced progress against terrorism, citing the elimination of key commanders."
    assert _operations(events(nlp, text)) == []
