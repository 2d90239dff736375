"""Tests for the sitroom_quotes component: quotation marks, speakers, indirect speech."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.extract.quotes import QuoteExtractor, find_quote_spans, is_quotation
from sitroom.models import EntityMention, Quote, Timex, stable_id


def _quotes(bare_nlp: Language, text: str, mentions: list[EntityMention] | None = None,
            timexes: list[Timex] | None = None) -> list[Quote]:
    doc: Doc = bare_nlp(text)
    doc._.doc_id = "d1"
    doc._.entity_mentions = mentions
    doc._.timexes = timexes
    QuoteExtractor()(doc)
    return list(doc._.quotes)


def _direct(quotes: list[Quote]) -> list[Quote]:
    return [q for q in quotes if q.direct]


def test_quotes_spans_curly_straight_and_apostrophes() -> None:
    text = "“The coalition’s work isn’t done,” she said. He said \"we will stay here for now.\""
    spans = [s.text(text) for s in find_quote_spans(text)]
    assert spans == ["The coalition’s work isn’t done", "we will stay here for now."]


def test_quotes_spans_single_marks_not_split_by_apostrophes() -> None:
    text = "Rebels vowed to rebuild their ‘caliphate’ but the militants’ camps didn’t reopen."
    spans = [s.text(text) for s in find_quote_spans(text)]
    assert spans == ["caliphate"]


def test_quotes_spans_paragraph_continuation() -> None:
    text = "“The first part runs on without a close.\n“And the second part ends here,” he said."
    spans = find_quote_spans(text)
    assert len(spans) == 1
    assert spans[0].text(text) == "The first part runs on without a close. And the second part ends here"


def test_quotes_scare_quotes_and_titles_are_not_quotations() -> None:
    assert not is_quotation("caliphate")
    assert not is_quotation("Will of Victory")
    assert not is_quotation("Operation Desert Shield Review Board")
    assert is_quotation("we will not leave the region")


@pytest.mark.model
def test_quotes_said_after_quote_resolves_surname(bare_nlp: Language) -> None:
    text = ("Defence Minister Karl Brandt visited the base on Monday.\n"
            "“The threat has not gone away and we remain vigilant,” Brandt said.")
    quotes = _direct(_quotes(bare_nlp, text))
    assert len(quotes) == 1
    assert quotes[0].speaker == "Karl Brandt"
    assert quotes[0].text.startswith("The threat has not gone away")
    assert quotes[0].id == stable_id("d1", "quote", quotes[0].evidence[0].start)
    assert "Brandt said" in quotes[0].evidence[0].text


@pytest.mark.model
def test_quotes_said_before_and_inverted(bare_nlp: Language) -> None:
    text = ("Maria Lopez said: \"Our forces will remain in the north for another year.\"\n"
            "\"The talks were constructive and useful,\" said Peter Hall.")
    quotes = _direct(_quotes(bare_nlp, text))
    assert [q.speaker for q in quotes] == ["Maria Lopez", "Peter Hall"]


@pytest.mark.model
def test_quotes_told_reporters_and_title_stripped(bare_nlp: Language) -> None:
    text = "Special Envoy Anna Berg told reporters, “We expect the camps to be emptied by the summer.”"
    quotes = _direct(_quotes(bare_nlp, text))
    assert quotes[0].speaker == "Anna Berg"
    assert quotes[0].role is not None and "Envoy" in quotes[0].role


@pytest.mark.model
def test_quotes_pronoun_takes_last_subject_person(bare_nlp: Language) -> None:
    text = ("Envoy Tom Reed toured the camps last week. He then met Foreign Minister Sara Vale in Amman.\n"
            "“It was important to see the situation on the ground,” he said.")
    quotes = _direct(_quotes(bare_nlp, text))
    assert quotes[0].speaker == "Tom Reed"


@pytest.mark.model
def test_quotes_continuation_paragraph_inherits_speaker(bare_nlp: Language) -> None:
    text = ("“We are not leaving the region any time soon,” Colonel Dan Ortiz said.\n"
            "“The partner forces still need our air support and our advice.”")
    quotes = _direct(_quotes(bare_nlp, text))
    assert len(quotes) == 2
    assert quotes[1].speaker == quotes[0].speaker == "Dan Ortiz"


@pytest.mark.model
def test_quotes_entity_mentions_give_canonical_speaker(bare_nlp: Language) -> None:
    text = "“The group is trying to regroup in the desert,” Godfrey said."
    start = text.index("Godfrey")
    mention = EntityMention("Godfrey", start, start + 7, "John Godfrey", "person", "e1")
    quotes = _direct(_quotes(bare_nlp, text, mentions=[mention]))
    assert quotes[0].speaker == "John Godfrey"
    assert quotes[0].speaker_id == "e1"


@pytest.mark.model
def test_quotes_organisation_speakers(bare_nlp: Language) -> None:
    text = ("“We welcome the progress made by the security forces in the north,” the G-7 said.\n"
            "“In every meeting the issue of returns was raised,” a State Department spokesperson explained.")
    quotes = _direct(_quotes(bare_nlp, text))
    assert [q.speaker for q in quotes] == ["G7", "State Department"]
    assert quotes[1].role == "spokesperson"


@pytest.mark.model
def test_quotes_statement_resolves_to_issuing_body(bare_nlp: Language) -> None:
    text = ("Foreign ministers of the Northern Alliance met in Oslo on Tuesday.\n"
            "The ministers “reaffirmed their determination to finish the fight against the militants,” "
            "as they said in a final communique.\n"
            "“Further measures to improve coordination remain essential,” the statement continued.")
    start = text.index("Northern Alliance")
    mention = EntityMention("Northern Alliance", start, start + 17, "Northern Alliance", "organization", "e9")
    quotes = _direct(_quotes(bare_nlp, text, mentions=[mention]))
    assert [q.speaker for q in quotes] == ["Northern Alliance", "Northern Alliance"]
    assert quotes[0].text.startswith("reaffirmed their determination")


@pytest.mark.model
def test_quotes_partial_quote_inside_sentence(bare_nlp: Language) -> None:
    text = "Jon Kerr warned the fight is not over “despite the sharp decline in attacks this year”."
    quotes = _quotes(bare_nlp, text)
    assert len(quotes) == 1 and quotes[0].direct
    assert quotes[0].speaker == "Jon Kerr"
    assert quotes[0].text == "despite the sharp decline in attacks this year"


@pytest.mark.model
def test_quotes_scare_quotes_ignored_in_text(bare_nlp: Language) -> None:
    text = "The militants want to restore their ‘caliphate’, the operation “Desert Dawn” said officials."
    assert _direct(_quotes(bare_nlp, text)) == []


@pytest.mark.model
def test_quotes_indirect_speech_with_date(bare_nlp: Language) -> None:
    text = "Lena Park said on Thursday that the militants remain active in the desert."
    start = text.index("Thursday")
    tx = Timex("Thursday", start, start + 8, "2024-03-21", "day")
    quotes = _quotes(bare_nlp, text, timexes=[tx])
    assert len(quotes) == 1
    assert not quotes[0].direct
    assert quotes[0].speaker == "Lena Park"
    assert quotes[0].text == "the militants remain active in the desert"
    assert quotes[0].date == "2024-03-21"


@pytest.mark.model
def test_quotes_according_to_is_indirect(bare_nlp: Language) -> None:
    text = "According to the Interior Ministry, four suspects were arrested near the border."
    quotes = _quotes(bare_nlp, text)
    assert len(quotes) == 1 and not quotes[0].direct
    assert quotes[0].speaker == "Interior Ministry"
    assert quotes[0].text.startswith("four suspects were arrested")


@pytest.mark.model
def test_quotes_no_indirect_when_sentence_has_direct_quote(bare_nlp: Language) -> None:
    text = "Rita Moss said the mission “will continue until the job is finished”."
    quotes = _quotes(bare_nlp, text)
    assert [q.direct for q in quotes] == [True]
    assert quotes[0].speaker == "Rita Moss"


@pytest.mark.model
def test_quotes_work_without_other_components(bare_nlp: Language) -> None:
    doc = bare_nlp("“We will rebuild the bridges before winter,” the governor said.")
    QuoteExtractor()(doc)
    assert len(doc._.quotes) == 1
    assert doc._.quotes[0].doc_id == ""


def test_two_single_marks_close_a_double_quote() -> None:
    text = "\"We are not withdrawing from this region. We are staying,’’ the envoy said."
    spans = find_quote_spans(text)
    assert [s.text(text) for s in spans] == ["We are not withdrawing from this region. We are staying"]
