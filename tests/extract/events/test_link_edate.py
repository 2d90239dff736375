"""Linking a later sentence's other word for the event told before: "The operation, conducted on November 6", after
airstrikes told without a day, is the strikes' day (link._tells_its_day)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2024_11_09 = events_dated("2024-11-09")


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
