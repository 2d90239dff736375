"""Strikes, fortieth session (ra): strikes a state, its force, its air arm or its aircraft carried out (the active
subject of a light verb in the simple past, the strikes its object) are the strikes the sentence reports, even with
no place or day of their own; a state or its force (not its aircraft) only in a clause that times another event
("came after Russia carried out airstrikes") (short texts written for the tests, each with a case where the rule
must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2022-11-08")
LEAD = "Officials gave details to reporters. "


def _strikes(nlp: Language, text: str) -> list[str | None]:
    return sorted(str(e.actor) for e in events(nlp, LEAD + text) if e.type == "strike")


@pytest.mark.model
def test_strikes_a_state_carried_out_are_told_without_a_place(nlp: Language) -> None:
    assert _strikes(nlp, "The town fell after Russia carried out intensive airstrikes in support of the army.") == [
        "Russia"]
    assert len(_strikes(nlp, "Overnight, Libyan warplanes carried out air strikes on the northern districts.")) == 1
    # a campaign summed up (a perfect, a tally), one still ahead, or no doer named are no strikes told
    assert _strikes(nlp, "The coalition has been conducting airstrikes against the militants since 2014.") == []
    assert _strikes(nlp, "Russia will carry out airstrikes in support of the army.") == []
    assert _strikes(nlp, "The town fell after airstrikes were carried out in support of the army.") == []
    # a state's force in a main clause tells its part in the war, not strikes of a time
    text = "Coalition forces launched airstrikes against the militants and provided the army with arms."
    assert _strikes(nlp, text) == []


def _page_strikes(nlp: Language, text: str) -> int:
    return sum(e.type == "strike" for e in events(nlp, "Iraqi forces said on Sunday they pressed on in Anbar. " + text))


@pytest.mark.model
def test_strikes_a_past_deed_was_done_by_or_through_are_told(nlp: Language) -> None:
    assert _page_strikes(nlp, "Hideouts of the group were also destroyed by airstrikes, the statement added.") == 1
    assert _page_strikes(nlp, "The statement said the feat was accomplished through air strikes.") == 1
    # joined to a ground word it tells a combined fight; summed up over years it is a tally
    assert _page_strikes(nlp, "The army engaged the militants with artillery and airstrikes.") == 0
    assert _page_strikes(nlp, "Hundreds of militants have been killed by airstrikes since 2014.") == 0
