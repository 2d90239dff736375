"""Pledge and withdrawal events, thirty-eighth session (oh): a gerund on a preposition of a clause ("after pledging
allegiance") has the clause's subject; the infinitive under a verb with an object ("forcing the rest to withdraw")
has that object as its doer, never the subject above; a pledge "of loyalty" is the oath as one "of allegiance" is
(short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2015-01-30")


def _of_type(nlp: Language, text: str, kind: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events(nlp, text) if e.type == kind]


@pytest.mark.model
def test_a_gerund_after_a_preposition_has_the_clause_subject(nlp: Language) -> None:
    text = "The ADF changed its name after pledging allegiance to ISIL in 2019."
    assert _of_type(nlp, text, "pledge") == [("2019", "CD", "Allied Democratic Forces")]
    # without the gerund's subject the oath had no doer and, undated, was dropped
    text = "Boko Haram changed its name after pledging allegiance to ISIL."
    assert [actor for _d, _c, actor in _of_type(nlp, text, "pledge")] == ["Boko Haram"]


@pytest.mark.model
def test_the_object_of_a_forcing_verb_does_what_it_is_forced_to(nlp: Language) -> None:
    text = ("The Peshmerga eventually repelled the attack after killing more than 30 terrorists and forcing the rest "
            "to withdraw from the district.")
    assert _of_type(nlp, text, "withdrawal") == []
    # an infinitive under a verb with no object still has the subject above
    text = "French troops began to withdraw from Mali on Monday."
    assert [actor for _d, _c, actor in _of_type(nlp, text, "withdrawal")] == ["French Armed Forces"]



@pytest.mark.model
def test_a_written_pledge_found_in_a_search_is_no_oath_told(nlp: Language) -> None:
    text = "A handwritten pledge of allegiance to the IS leader was found when police searched his home in 2014."
    assert _of_type(nlp, text, "pledge") == []
    # the pledge itself is still one
    text = "The ADF announced its pledge of allegiance to the Islamic State in 2019."
    assert [date for date, _c, _a in _of_type(nlp, text, "pledge")] == ["2019"]
