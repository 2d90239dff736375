"""Event specificity, fiftieth session: a gerund in the "for" phrase of a word of renown names a deed that says
who someone is, as a noun there does (short sentences written for the tests, each with a case where the rule must
not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2025-03-25")


@pytest.mark.model
def test_a_gerund_a_group_is_known_for_is_no_event(nlp: Language) -> None:
    text = "Abu Sayyaf is known for kidnapping people for ransom in southwest Mindanao."
    assert not events(nlp, text)
    text = "The group is notorious for attacking villages in Cabo Delgado and beheading civilians."
    assert not events(nlp, text)
    # the "for" phrase of an arrest tells the deed the arrest was for: the kidnapping is reported
    text = "Abu Sayyaf gunmen were arrested for kidnapping two fishermen in Sulu last week."
    assert "attack" in {e.type for e in events(nlp, text)}
