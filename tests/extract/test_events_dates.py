"""The day an event no clause dates takes from its article (link.date_from_article), through the pipeline."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.models import Event

pytestmark = pytest.mark.model


def _events(nlp: Language, text: str, reference: str) -> list[Event]:
    return list(nlp(make_doc(nlp, text, "t", reference))._.events)


def test_an_event_reported_on_a_day_of_the_articles_month_takes_that_day(nlp: Language) -> None:
    found = _events(nlp, "Iraqi counterterrorism forces said on Monday that three suspected Islamic State members "
                         "were killed in a clash in Kirkuk province.", "2025-06-30")
    assert [e.date for e in found] == ["2025-06-30"]


def test_an_event_reported_at_the_end_of_last_month_takes_that_day(nlp: Language) -> None:
    # the article is of 2 July; "Monday" was 30 June, and the clash cannot have come after its report
    found = _events(nlp, "Iraqi counterterrorism forces said on Monday that three suspected Islamic State members "
                         "were killed in a clash in Kirkuk province.", "2025-07-02")
    assert [e.date for e in found] == ["2025-06-30"]


def test_an_event_whose_sentence_names_two_days_keeps_the_articles_month(nlp: Language) -> None:
    found = _events(nlp, "Officials said on Monday that three suspected Islamic State members were killed in clashes "
                         "in Kirkuk province, a police source said on Sunday.", "2025-06-30")
    # two report days (Sunday, Monday): which one the clash came by is not said, the month is
    assert [e.date for e in found] == ["2025-06"]
