"""Attribution habits of the fifth batch of unseen pages (short sentences written for the tests): "the military"
as a speaker when the text named the state's army but not the state."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2023-04-24")


def test_the_military_is_the_states_army_named_before(nlp: Language) -> None:
    found = direct(nlp, "The Malian army said Monday it had carried out an operation against jihadists in the "
                        "northeast.\nThe military urged local armed groups to “coordinate their movements with the "
                        "armed forces.”\n")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


def test_the_nationality_of_a_described_official_refers_back_to_the_person_named(nlp: Language) -> None:
    quotes = direct(nlp, 'Hussam al-Tahan, the internal security chief of Damascus countryside, said the cells were '
                         'arrested on Sunday. The Syrian security official said the militants were "planning to use '
                         'these weapons and explosives to destabilize the region."')
    assert [q.speaker for q in quotes] == ["Hussam al-Tahan"]


def test_a_nationality_and_a_common_noun_refer_back_to_the_body_named_before(nlp: Language) -> None:
    quotes = direct(nlp, "Russia's Federal Security Service said on Monday it had foiled an attack in Moscow. The "
                         "foiled attack “once again demonstrates the close coordination between the Kiev regime and "
                         "international terrorist organizations,” the Russian intelligence service stated.")
    assert [q.speaker for q in quotes] == ["Federal Security Service"]
