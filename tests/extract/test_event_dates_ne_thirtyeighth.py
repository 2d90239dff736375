"""Event dates, thirty-eighth session: a response's phrase tells what came first, as an "after" phrase does ("launched
air strikes on Monday in retaliation for a video showing the beheading": the beheading is not Monday's), and the day a
report was made dates the happening it reports, not one its sentence tells as having come first ("said on Wednesday the
airstrike was conducted in response to an attack on partner forces") (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2015-02-20")


@pytest.mark.model
def test_a_report_day_does_not_date_what_a_response_answered(nlp: Language) -> None:
    found = events(nlp, "A statement from AFRICOM on Wednesday said the airstrike was conducted in response to an "
                        "attack on partner forces by the militants near Bosaso.")
    dates = {e.type: e.date for e in found}
    assert dates.get("strike") == "2015-02-18"
    assert dates.get("attack") != "2015-02-18"


@pytest.mark.model
def test_a_report_day_still_dates_the_happening_it_reports(nlp: Language) -> None:
    found = events(nlp, "The army said on Monday that its troops repelled an attack on a base in Borno.")
    assert [(e.type, e.date) for e in found] == [("attack", "2015-02-16")]


@pytest.mark.model
def test_the_clause_day_does_not_date_what_a_retaliation_answered(nlp: Language) -> None:
    found = events(nlp, "The town lies west of Derna, where Egypt launched air strikes against what it said were "
                        "Islamic State targets on Monday in retaliation for a video showing the beheading of 21 "
                        "Christians.")
    assert "2015-02-16" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_day_before_a_report_noun_is_the_reports(nlp: Language) -> None:
    found = events(nlp, "At least 44 BIFF members were killed during a two-day encounter with government forces in "
                        "Maguindanao, the army said on Sunday. Based on last Friday's reports, only 12 were recorded "
                        "killed by the troops.", reference="2018-03-11")
    assert [e.type for e in found] == ["operation"]
    assert found[0].date != "2018-03-09"


@pytest.mark.model
def test_a_report_nouns_day_still_dates_what_nothing_else_dates(nlp: Language) -> None:
    found = events(nlp, "Monday's statement said troops killed five militants in a raid in Sulu.",
                   reference="2018-03-11")
    assert [(e.type, e.date) for e in found] == [("operation", "2018-03-05")]
