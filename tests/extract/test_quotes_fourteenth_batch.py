"""Attribution habits of the fourteenth session's unseen pages (short sentences written for the tests): the one a
relative clause is about speaks, an event is never a speaker, and a country's army speaks for itself."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2023-03-10")


def test_the_person_a_relative_clause_is_about_speaks(nlp: Language) -> None:
    found = direct(nlp, "The toll is confirmed by Jean Kasereka, president of the local civil society, who "
                        "specifies that the assailants “entered the village without noise” on Wednesday.")
    assert [q.speaker for q in found] == ["Jean Kasereka"]


def test_an_event_is_talked_about_not_a_speaker(nlp: Language) -> None:
    found = direct(nlp, "The Malian army said on Monday it had killed a commander near Ménaka.\n"
                        "The military said the operation underscores its determination to “defend the integrity "
                        "of national territory,” urging citizens to remain vigilant.")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


def test_a_countrys_army_speaks_not_the_country(nlp: Language) -> None:
    found = direct(nlp, "Mali’s army said on Tuesday that “the attackers were pursued and neutralised” near Ménaka.")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


def test_the_next_sentence_names_the_speaker_in_the_passive(nlp: Language) -> None:
    found = direct(nlp, "“The territorial defeat of ISIS does not mean the end of the threat it poses.” It has been "
                        "explained by the Political Directors of the Global Coalition against Daesh in a Paris "
                        "meeting on Thursday.")
    assert [q.speaker for q in found] == ["Global Coalition to Defeat Daesh/ISIS"]
