"""Session 28 entity rules: a body named after a place's possessive drops the mark ("Puntland's Counterterrorism
Operations Command" is the "Puntland Counterterrorism Operations Command"), a common noun's possessive stays
("the Sheriff's Office"); an acronym spells the words of a body written out earlier without its small words
("the Ministry of Home Affairs ... MHA said"); national bodies by their own-language or portfolio names."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention
from sitroom.resolve.actor_kb import load_actor_kb

pytestmark = pytest.mark.model


def canonical_of(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_a_body_named_after_a_place_s_possessive_drops_the_mark(nlp: Language) -> None:
    ms = entity_mentions(nlp, "According to a statement from Puntland\u2019s Counterterrorism Operations Command, "
                              "the operation followed tips from residents.")
    assert canonical_of(ms, "Puntland\u2019s Counterterrorism Operations Command") == {
        "Puntland Counterterrorism Operations Command"}


def test_a_common_noun_s_possessive_stays_in_the_name(nlp: Language) -> None:
    ms = entity_mentions(nlp, "The Sheriff's Office said it was investigating the threat.")
    assert canonical_of(ms, "Sheriff's Office") == {"Sheriff's Office"}


def test_an_acronym_of_a_body_written_out_without_its_small_words(nlp: Language) -> None:
    ms = entity_mentions(nlp, "A man was arrested after he tried to join ISIS, the Ministry of Home Affairs "
                              "said on Tuesday. He had hoped to hide his tracks, MHA said.")
    assert canonical_of(ms, "MHA") == {"Ministry of Home Affairs"}


@pytest.mark.parametrize(("form", "canonical"), [
    ("Policía Nacional", "Spanish National Police"),
    ("Canadian Foreign Ministry", "Global Affairs Canada"),
])
def test_national_bodies_by_their_other_names(form: str, canonical: str) -> None:
    actor = load_actor_kb().lookup(form)
    assert actor is not None and actor.canonical == canonical


def test_the_peace_and_security_council_named_without_its_union_is_the_african_union_s(nlp: Language) -> None:
    ms = entity_mentions(nlp, "The Peace and Security Council (PSC) of the African Union is on a field mission to "
                              "Mozambique. The 15 members of the PSC are interested.")
    assert canonical_of(ms, "Peace and Security Council") == {"African Union Peace and Security Council"}
    assert canonical_of(ms, "PSC") == {"African Union Peace and Security Council"}
