"""Same-event linking (events/link.py) on a page with no date: two mentions whose own words name two times the page's
day cannot resolve, one of them a month, are two events; a later "the attack" with a day of its own is the one told."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_undated = events_dated(None)


def _attacks(found: list) -> list[tuple[str | None, str | None, int | None]]:
    return [(e.country, e.place, e.killed) for e in found if e.type == "attack"]


@pytest.mark.model
def test_an_attack_told_last_week_and_one_in_september_are_two(nlp: Language) -> None:
    found = events_undated(
        nlp, "Last week, two ISIS-K gunmen opened fire on Pakistan's embassy in Kabul. In September, an ISIS-K "
             "suicide bomber blew himself up at the entrance to the Russian embassy in Kabul, killing six people.")
    assert _attacks(found) == [("AF", "Kabul", None), ("AF", "Kabul", 6)]


@pytest.mark.model
def test_attacks_told_in_two_months_are_two(nlp: Language) -> None:
    found = events_undated(
        nlp, "In September, ISIS-K gunmen attacked a police post in Kabul. In March, ISIS-K gunmen attacked a "
             "police post in Kabul.")
    assert len(_attacks(found)) == 2


@pytest.mark.model
def test_the_attack_told_again_with_its_weekday_is_the_one_told_with_its_month(nlp: Language) -> None:
    found = events_undated(
        nlp, "In September, ISIS-K gunmen attacked a police post in Kabul. The attack on Sunday killed six people.")
    assert _attacks(found) == [("AF", "Kabul", 6)]


@pytest.mark.model
def test_attacks_on_two_days_of_one_month_a_week_apart_are_two(nlp: Language) -> None:
    found = events_undated(
        nlp, "ISCAP operatives attacked a militia position in Mangina on October 24, killing two soldiers. ISCAP "
             "operatives attacked a militia position near Mangina on October 31.")
    assert _attacks(found) == [("CD", "Mangina", 2), ("CD", "Mangina", None)]


@pytest.mark.model
def test_a_span_since_a_month_does_not_set_the_attack_it_counts_apart(nlp: Language) -> None:
    found = events_undated(
        nlp, "In a brutal attack late Sunday night, ISWAP fighters killed at least 15 fishermen near Kukawa. After "
             "rounding them up, the militants arranged the fishermen in a line and opened fire, killing 15 of them on "
             "the spot. This recent attack is the third of its kind targeting fishermen in the area since February.")
    assert _attacks(found) == [("NG", None, 15)]


@pytest.mark.model
def test_a_month_s_tally_of_strikes_is_no_strike_apart_from_the_one_told(nlp: Language) -> None:
    found = events_undated(
        nlp, "A US strike Tuesday killed six ISIS militants in the Golis Mountains, AFRICOM said. In the month of "
             "May alone, AFRICOM conducted six strikes in the Golis Mountains targeting ISIS militants.")
    assert [(e.type, e.place, e.killed) for e in found] == [("strike", "Golis Mountains", 6)]
