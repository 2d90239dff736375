"""How unseen outlets lay quotations out over paragraphs and pages (short sentences written for the tests): a
quotation whose paragraphs are separated by empty lines, one whose last paragraph the page cut off, a page line
after a quote ("Article continues below the player"), "the statement said" after the body that issued it, and
"the government" with no government named."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.extract.quotes import find_quote_spans
from sitroom.models import EntityMention


def _named(text: str, name: str, kind: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), name, kind, f"{kind}:{name}")


def test_a_quotation_over_paragraphs_separated_by_empty_lines_is_one() -> None:
    text = ("The governor spoke on Tuesday.\n\n“The attack claimed the lives of two teachers.\n\n"
            "“Other casualties include soldiers and civilians.\n\n“These acts are condemnable,” he stated.\n\n"
            "“We will rebuild the schools,” he added.\n")
    spans = [s.text(text) for s in find_quote_spans(text)]
    assert spans == ["The attack claimed the lives of two teachers. Other casualties include soldiers and civilians. "
                     "These acts are condemnable", "We will rebuild the schools"]


@pytest.mark.model
def test_the_speaker_of_a_quotation_over_paragraphs_is_named_where_it_closes(bare_nlp: Language) -> None:
    text = ("Governor Babagana Zulum issued a statement on Tuesday.\n\n“The bomb claimed the lives of two teachers "
            "on the road.\n\n“Other casualties include soldiers and civilians,” Babagana Zulum stated.\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [(q.speaker, q.text[:8]) for q in quotes] == [("Babagana Zulum", "The bomb")]


@pytest.mark.model
def test_a_quotation_whose_last_paragraph_was_cut_off_keeps_its_whole_paragraphs(bare_nlp: Language) -> None:
    text = ("The general briefed reporters on Sunday.\n\n“Overall, the troops recorded several losses in the "
            "operations this month.\n\n“On the whole, the operation is ongoing and the public will be\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [q.text for q in quotes] == ["Overall, the troops recorded several losses in the operations this month."]


@pytest.mark.model
def test_a_page_line_after_a_quote_is_not_its_speaker(bare_nlp: Language) -> None:
    text = ("The command issued a short statement.\n\n“The group has shown the will to attack our forces,” "
            "said Lt. Col. Mark Ellis. “Its efforts threaten our security interests.”\n\n"
            "Article continues below the player\n\nThe strikes were the fourth this month.\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [q.speaker for q in quotes] == ["Mark Ellis", "Mark Ellis"]


@pytest.mark.model
def test_the_statement_is_the_one_the_body_issued_before(bare_nlp: Language) -> None:
    text = ("The Security Council issued a press statement on Friday about the bombing. Another group, the "
            "Islamic State, claimed it.\n\n“The members of the Council expressed their deepest sympathy to the "
            "families,” the statement said.\n")
    mentions = [_named(text, "Security Council", "organization"), _named(text, "Islamic State", "armed_group")]
    quotes = direct_quotes(bare_nlp, text, mentions)
    assert [q.speaker for q in quotes] == ["Security Council"]


@pytest.mark.model
def test_the_government_is_the_government_of_the_country_the_text_is_about(bare_nlp: Language) -> None:
    text = ("Niger mourned 44 worshippers on Saturday. The attack was on the holy day of Islam, said Niger's "
            "minister.\n\nThe government has vowed that “these heinous crimes will not go unpunished,” pledging "
            "to find the attackers.\n")
    mentions = [_named(text, "Niger", "country"), _named(text, "Islam", "organization")]
    second = text.index("Niger's")
    mentions.append(EntityMention("Niger", second, second + 5, "Niger", "country", "country:Niger"))
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Government of Niger"]
    # with no country mention "the government" resolves to no body; the quote falls back to the speaker named
    # just before (Niger's minister), never to the nearest body of another kind (Islam)
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions[1:2])] == ["Niger"]


@pytest.mark.model
def test_a_quote_paragraph_is_spoken_by_the_person_who_opens_the_next_paragraph(bare_nlp: Language) -> None:
    text = ("The rebels later crossed into the district and attacked a school.\n\n"
            "“The group was destroyed and the survivors scattered into the forest.”\n\n"
            "Colonel Deo Akiiki said “These attacks were revenge for our operations in the east.”\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Deo Akiiki", "Deo Akiiki"]


@pytest.mark.model
def test_a_quote_paragraph_before_a_paragraph_about_someone_else_keeps_no_speaker(bare_nlp: Language) -> None:
    text = ("The rebels later crossed into the district and attacked a school.\n\n"
            "“The group was destroyed and the survivors scattered into the forest.”\n\n"
            "The army later visited the school, where Colonel Deo Akiiki said “These attacks were revenge.”\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)][:1] == [None]


@pytest.mark.model
def test_the_person_named_last_in_a_body_s_subject_speaks_for_it(bare_nlp: Language) -> None:
    text = ("The Iraqi Ministry of Migration and Displacement Spokesperson Ali Abbas Jahangir told reporters on "
            "Monday: “More than 12,600 persons remain in the camp.”\n")
    ministry = "Iraqi Ministry of Migration and Displacement"
    person = "Ali Abbas Jahangir"
    mentions = [_named(text, ministry, "organization"), _named(text, person, "person")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == [person]
