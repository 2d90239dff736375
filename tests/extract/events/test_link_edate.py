"""Linking a later sentence's other word for the event told before: "The operation, conducted on November 6", after
airstrikes told without a day, is the strikes' day (link._tells_its_day); "The operation came one day after Iraqi jets
struck", after an airstrike-led operation read as a strike, counts from that strike's day
(link.day_from_other_event)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_11_09 = events_dated("2024-11-09")
events_on_2025_11_24 = events_dated("2025-11-24")


@pytest.mark.model
def test_the_operation_conducted_on_a_day_dates_the_undated_strikes_told_before(nlp: Language) -> None:
    found = events_on_2024_11_09(
        nlp, "The Nigerian Air Force carried out strategic airstrikes that killed over 70 fighters of the Islamic "
             "State West Africa Province (ISWAP) in Borno State. The strikes focused on locations at Kwallaram and "
             "Arainna Ciki islands near Jibilarram in Marte Local Government Area. The operation, conducted on "
             "November 6, targeted ISWAP camps in the southern Lake Chad region.")
    assert [(e.type, e.date) for e in found] == [("strike", "2024-11-06")]


@pytest.mark.model
def test_the_operation_without_a_participle_of_doing_a_day_stays_apart(nlp: Language) -> None:
    found = events_on_2024_11_09(
        nlp, "The Nigerian Air Force carried out strategic airstrikes that killed over 70 fighters of the Islamic "
             "State West Africa Province (ISWAP) in Borno State. A ground operation on November 6 targeted ISWAP "
             "camps in the southern Lake Chad region.")
    assert ("operation", "2024-11-06") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_the_operation_a_day_after_strikes_counts_from_the_strike_told_as_an_operation(nlp: Language) -> None:
    found = events_on_2025_11_24(
        nlp, "Iraqi forces killed four ISIS militants on Monday during an airstrike-led operation in the Zghaitun "
             "Valley, south of Kirkuk, a military source told Shafaq News. The operation came one day after Iraqi "
             "jets struck five ISIS positions elsewhere in Kirkuk province.")
    assert sorted(e.date for e in found if e.type == "strike") == ["2025-11-23", "2025-11-24"]
