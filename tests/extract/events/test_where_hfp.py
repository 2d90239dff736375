"""Where an event happened (events/where.py): those who answer a deed are not where it was."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events_on_2021_11_29 = events_dated("2021-11-29")


@pytest.mark.model
def test_countries_that_condemn_an_attack_do_not_locate_it(nlp: Language) -> None:
    found = events_on_2021_11_29(
        nlp, "Peshmerga forces repelled an ISIS attack near Kirkuk overnight Sunday.\n\n"
             "The attack came a day after an IED killed five Peshmerga fighters who were repelling an ISIS attack on "
             "Zxqvor village.\n\n"
             "Top officials from the US, the UK, and France have extended their condolences to the families of the "
             "victims and condemned the attack.\n\n"
             "ISIS cells remain active in Kirkuk and Diyala.\n")
    assert [(e.killed, e.country) for e in found if e.type == "attack"] == [(None, "IQ"), (5, "IQ")]


@pytest.mark.model
def test_a_place_on_the_condemned_attack_still_locates_it(nlp: Language) -> None:
    found = events_on_2021_11_29(
        nlp, "The U.S. Embassy strongly condemns the attack on a church in Maradi, Niger.\n")
    assert {e.country for e in found if e.type == "attack"} == {"NE"}


@pytest.mark.model
def test_the_deed_a_reprisal_answers_is_not_where_the_reprisal_was_launched_from(nlp: Language) -> None:
    found = events_on_2021_11_29(
        nlp, "On Monday Cairo launched bombing raids against Derna in retaliation for the beheading of 21 Egyptian "
             "Christians.\n\nThe militants in Libya had released a video of the killings on Sunday.\n")
    assert [(e.country, e.killed) for e in found if e.type == "attack"] == [("LY", 21)]
