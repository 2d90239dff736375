"""Event dates, thirty-ninth session: a clause whose definite subject points back at an event told before ("The
operation comes a day after the United States carried out airstrikes") counts its offset from that event's day, the
subject being no mention of its own (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-12-21")


@pytest.mark.model
def test_an_offset_counts_from_the_event_the_subject_points_back_at(nlp: Language) -> None:
    found = events(nlp, "U.S. forces killed an ISIS leader in a raid in Syria on Sunday. The operation comes a day "
                        "after the United States carried out airstrikes on ISIS positions in Syria.")
    dates = {e.type: e.date for e in found}
    assert dates.get("operation") == "2025-12-21"
    assert dates.get("strike") == "2025-12-20"


@pytest.mark.model
def test_an_offset_of_days_counts_back_from_a_clash(nlp: Language) -> None:
    found = events(nlp, "An Abu Sayyaf fighter was killed in a clash with soldiers in Basilan on Friday. The clash "
                        "comes two days after rebels attacked a village in Basilan.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-12-17"]


@pytest.mark.model
def test_a_subject_of_another_kind_lends_no_day(nlp: Language) -> None:
    found = events(nlp, "Troops killed five militants in a raid in Anbar on Friday. The decision comes two days "
                        "after rebels attacked a village in Anbar.")
    assert "2025-12-17" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_year_that_opens_a_span_leaves_an_event_the_pages_month(nlp: Language) -> None:
    found = events(nlp, "Suspected jihadists killed at least 13 civilians in the Gao region of Mali. The attack, near "
                        "the site of an offensive waged by the group since early 2022, left hundreds fleeing.",
                   reference="2023-06-28")
    assert [(e.type, e.date) for e in found] == [("attack", "2023-06")]


@pytest.mark.model
def test_a_year_told_as_a_time_still_marks_background(nlp: Language) -> None:
    found = events(nlp, "Suspected jihadists killed at least 13 civilians in the Gao region of Mali. The attack, near "
                        "the site of an offensive waged by the group in early 2022, left hundreds fleeing.",
                   reference="2023-06-28")
    assert "2023-06" not in [e.date for e in found]
