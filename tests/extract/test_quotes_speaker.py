"""Quote speakers, on short sentences written for the tests: the person set between a closing mark and a speech
verb the parser hung elsewhere speaks; a noun a participle "described as" hangs on is described, not speaking."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.models import EntityMention


def _person(text: str, name: str, entity_id: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), name, "person", entity_id)


def _organization(text: str, name: str, entity_id: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), name, "organization", entity_id)


@pytest.mark.model
def test_person_between_closing_mark_and_told_speaks_not_the_sentence_subject(bare_nlp: Language) -> None:
    text = ("The armed fighters came in a large group early on Tuesday and \"managed to break the door with "
            "electrical equipment,\" the town’s mayor, Modeste Bakwanamaha, told Reuters.\n")
    mentions = [_person(text, "Modeste Bakwanamaha", "p1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Modeste Bakwanamaha"]


@pytest.mark.model
def test_person_described_as_is_not_the_speaker(bare_nlp: Language) -> None:
    text = ("A key member of the group has been eliminated by the Nigerien military, the army said.\n\n"
            "Abdoulaye Souleymane Idouwal, described as \"an influential member of the Islamic State,\" was killed "
            "by the army during a military raid in the Tillaberi region.\n")
    mentions = [_organization(text, "Nigerien military", "o1"), _person(text, "Abdoulaye Souleymane Idouwal", "p1")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers and "Abdoulaye Souleymane Idouwal" not in speakers


@pytest.mark.model
def test_quote_paragraph_after_a_person_shared_his_thoughts_is_that_persons(bare_nlp: Language) -> None:
    text = ("The Congolese army said the killing occurred in an attack by the Allied Democratic Forces.\n\n"
            "Kizito Bin Hang, the representative of civil society, shared his thoughts about the incident.\n\n"
            "\"During their operation, the ADF massacred more than ten people and burned houses.\"\n")
    mentions = [_organization(text, "Congolese army", "o1"), _person(text, "Kizito Bin Hang", "p1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Kizito Bin Hang"]
