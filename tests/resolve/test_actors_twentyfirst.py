"""Session 21 entity names: the coalition as its Small Group's papers and lower-case copies write it."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

COALITION = "Global Coalition to Defeat Daesh/ISIS"


def test_the_coalition_as_the_small_group_writes_it(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "The Foreign Ministers of the Counter Daesh Coalition Small Group met in Rome.")
    assert [m.canonical for m in ms if m.text == "Counter Daesh Coalition"] == [COALITION]


def test_the_full_name_in_lower_case_is_the_coalition(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Meeting of Small Group of global coalition to counter ISIL in Brussels.")
    assert [m.canonical for m in ms if m.text == "global coalition to counter ISIL"] == [COALITION]


def test_a_global_coalition_of_another_cause_is_not_the_coalition(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "A global coalition to counter climate change met in Paris.")
    assert not any(m.canonical == COALITION for m in ms)
