"""Casualty counts attached to the right event (thirty-second session, casualty-linking helper; short sentences
written for the tests after train pages): a count in a sentence naming no event is told first when it comes before
the sentence after an event sentence that gave the event's count, and the first count told stands."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2024-12-14")


def tolls(nlp: Language, text: str) -> list[tuple[int | None, int | None]]:
    return [(e.killed, e.wounded) for e in events(nlp, text) if e.type == "attack"]


def test_a_count_told_before_the_sentence_after_the_attack_stands(nlp: Language) -> None:
    # "the injury of four others" is told before "two wounded people were also transferred", which follows a
    # sentence naming the attack again
    assert tolls(nlp, "Militants attacked an army camp in Rabaa on Tuesday. Security forces closed the roads around "
                      "the town. The army confirmed the death of two soldiers and the injury of four others. Earlier, "
                      "witnesses said that the attack started by detonating two car bombs in the camp. This explosion "
                      "was followed by heavy shooting by dozens of armed men. Two wounded people were later "
                      "transferred to a hospital in Ismailia.") == [(2, 4)]


def test_a_count_told_after_the_sentence_after_the_attack_does_not_replace_it(nlp: Language) -> None:
    # the sentence right after the attack tells its count first; a later sentence naming no event gives way
    assert tolls(nlp, "Militants attacked an army camp in Rabaa on Tuesday. Four soldiers were wounded. The army "
                      "said it was investigating. Two wounded people were later transferred to a hospital in "
                      "Ismailia.") == [(None, 4)]
