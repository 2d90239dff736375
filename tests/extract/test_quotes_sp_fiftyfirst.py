"""Quote speakers (session 51, fix-sp), on short sentences written for the tests: a name the NER took for a person
that the words before show to be a place ("between the towns of Ngouboua and Kaiga", "X of Zainakote Srinagar")
is never who "he said" refers to; a country naming whose body or office speaks ("the UK government said") is not
the speaker, the phrase is."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.extract.quotes import _named_as_place
from sitroom.models import EntityMention
from sitroom.resolve.persons import place_kind_words


def _person(text: str, name: str, entity_id: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), name, "person", entity_id)


def test_a_name_after_the_kind_of_place_and_of_is_a_place() -> None:
    kinds = place_kind_words()
    text = "The attack hit the island between the towns of Ngouboua and Kaiga on Sunday."
    assert _named_as_place(text, text.index("Kaiga"), kinds, set())
    assert _named_as_place(text, text.index("Ngouboua"), kinds, set())
    village = "Gunmen stormed the village of Kwata at dawn."
    assert _named_as_place(village, village.index("Kwata"), kinds, set())


def test_a_name_after_an_office_and_of_stays_a_person() -> None:
    # "the mayor of the town, Ali Bukar": no kind of place right before the name; an office's "of" is no place's
    kinds = place_kind_words()
    text = "The governor of Borno, Babagana Zulum, visited the town of Kaiga, and Ali Bukar spoke."
    assert not _named_as_place(text, text.index("Ali Bukar"), kinds, set())
    assert not _named_as_place(text, text.index("Babagana Zulum"), kinds, set())


def test_a_name_right_after_a_persons_name_and_of_is_the_hometown() -> None:
    kinds = place_kind_words()
    text = "The slain militants were identified as Dawood Ahmad Sofi of Zainakote Srinagar and Majid Dar."
    person_end = text.index("Dawood Ahmad Sofi") + len("Dawood Ahmad Sofi")
    assert _named_as_place(text, text.index("Zainakote"), kinds, {person_end})
    # "of" after a common noun ("the son of Majid Dar", no person's name ending there) makes no hometown
    son = "He is the son of Majid Dar."
    assert not _named_as_place(son, son.index("Majid"), kinds, set())


@pytest.mark.model
def test_he_said_skips_a_town_the_ner_took_for_a_person(bare_nlp: Language) -> None:
    # the town is the last "person" before "he said"; the spokesman named right after is who "he" is
    text = ("The presidency said in a statement that the attack struck the island between the towns of Ngouboua "
            "and Kaiga.\n\n"
            "“This attack confirms the active presence of the jihadists in the basin,” he said.\n\n"
            "Presidential spokesman Brah Mahamat stressed that the president ordered a response.\n")
    mentions = [_person(text, "Kaiga", "p1"), _person(text, "Brah Mahamat", "p2")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Brah Mahamat"]


@pytest.mark.model
def test_a_countrys_government_speaks_not_the_country(nlp: Language) -> None:
    text = ("Britain issued a travel alert for Uganda on Thursday.\n\n"
            "“Attacks could be indiscriminate, including in places visited by foreigners,” the UK government said "
            "in a statement.\n")
    speakers = [q.speaker for q in nlp(text)._.quotes if q.direct]
    assert speakers == ["UK government"]


@pytest.mark.model
def test_adding_after_a_reported_clause_is_the_speakers_not_the_clauses_subject(nlp: Language) -> None:
    # "adding" hangs on "were killed", whose subject ("dozens") says nothing: the one who said it adds
    text = ("Fishermen fled the island after the raid on Wednesday.\n\n"
            "Musa Garba said that dozens of rebels were killed during the confrontation, adding, “The shooting "
            "continued after we left.”\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Musa Garba"]


@pytest.mark.model
def test_stating_after_a_reported_total_is_the_claimants(nlp: Language) -> None:
    text = ("A suicide bomber struck outside the court on Monday.\n\n"
            "The Amaq news agency claimed that the total number of dead and wounded exceeded 45, stating that "
            "the bombing was carried out “to avenge the prisoners held by the Taliban.”\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Amaq"]
