"""Session 26 entity rules: Nigeria's armed forces as a whole, as its releases name them, are not its army."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def named(ms: list[EntityMention], canonical: str) -> set[str]:
    return {m.text for m in ms if m.canonical == canonical}


def test_the_armed_forces_of_nigeria_are_one_body_apart_from_the_army(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Troops of the Armed Forces of Nigeria (AFN) killed 12 ISWAP fighters in Borno State on "
                            "Monday. The AFN said the Nigerian Armed Forces would continue.")
    assert named(ms, "Armed Forces of Nigeria") == {"Armed Forces of Nigeria", "AFN", "Nigerian Armed Forces"}
    assert not named(ms, "Nigerian Army")


def test_the_nigerian_army_and_military_stay_the_army(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The Nigerian Army said its troops cleared the camp; the Nigerian military confirmed it.")
    assert named(ms, "Nigerian Army") == {"Nigerian Army", "Nigerian military"}
    assert not named(ms, "Armed Forces of Nigeria")
