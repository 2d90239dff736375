"""Same-event linking (events/link.py): what tells a page's further attack apart from the one told before it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_undated = events_dated(None)


@pytest.mark.model
def test_an_attack_on_a_weekday_days_off_the_one_told_before_is_another_attack_on_an_undated_page(
    nlp: Language,
) -> None:
    # (no page date resolves the weekdays: only their distance tells the two attacks apart)
    found = events_undated(
        nlp, "Boko Haram fighters killed six Cameroonian soldiers in an attack in the far north of the country. "
             "The attack took place on Monday night near the border with Nigeria. "
             "Boko Haram fighters killed eight Cameroonian soldiers on Saturday in a village near the border.")
    assert sorted(e.killed for e in found if e.type == "attack") == [6, 8]


@pytest.mark.model
def test_an_attack_at_night_and_its_next_days_report_stay_one_attack_on_an_undated_page(nlp: Language) -> None:
    found = events_undated(
        nlp, "Boko Haram fighters killed six Cameroonian soldiers in an attack on Sunday night in the far north. "
             "The attack on Monday morning left six soldiers dead, the ministry said.")
    assert sum(e.type == "attack" for e in found) == 1
