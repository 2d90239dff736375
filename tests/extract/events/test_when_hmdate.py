"""When an event happened (events/when.py): a date outside the relative clause that names the subject by its deed."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2023_09_30 = events_dated("2023-09-30")


@pytest.mark.model
def test_the_main_clause_day_does_not_date_the_deed_of_a_subject_relative(nlp: Language) -> None:
    # "The militants who attacked the soldiers were arrested on Monday": Monday is the arrest's, not the attack's
    found = events_on_2023_09_30(
        nlp, "Nine Dawlah Islamiya terrorists were killed in a series of clashes with soldiers on Friday in Piagapo, "
             "Lanao del Sur. The militants who attacked the soldiers were arrested on Monday in Marawi City.")
    assert "2023-09-25" not in [e.date for e in found if e.type == "attack"]
