"""Event country, twenty-second session: a country told as the partner of a joint operation ("with Uganda") is
not where it happened (short sentences written for the tests, each with a case where the rule must not fire)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-10")


@pytest.mark.model
def test_a_country_the_operation_is_run_with_is_a_partner_not_the_place(nlp: Language) -> None:
    found = events(nlp, "The DR Congo launched joint military operations with Uganda against the ADF in November 2021.")
    assert [(e.type, e.country) for e in found] == [("operation", "CD")]
    # a country the operation is run in locates it
    found = events(nlp, "Nigerian troops launched military operations in Chad against ISWAP in November 2021.")
    assert [(e.type, e.country) for e in found] == [("operation", "TD")]
