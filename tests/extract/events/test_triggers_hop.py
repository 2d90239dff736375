"""A campaign whose purpose is wiping out the group's fighters is an operation, as one to retake a town is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2021_02_25 = events_dated("2021-02-25")


@pytest.mark.model
def test_an_army_campaign_to_eliminate_the_group_is_its_operation(nlp: Language) -> None:
    found = events_on_2021_02_25(
        nlp, "In late 2019 the Congo army began a campaign to eliminate the ADF, which originated as an Ugandan "
             "militia.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2019", "CD")]


@pytest.mark.model
def test_a_campaign_to_defeat_the_group_names_the_whole_war(nlp: Language) -> None:
    found = events_on_2021_02_25(nlp, "General White will discuss the campaign to defeat ISIS in Iraq and Syria.")
    assert not [e for e in found if e.type == "operation"]
