"""Quotation habits of outlets the attribution rules were not written on (short sentences written for the tests):
attribution verbs beyond "said", a speaker presented in the paragraph before a quote, an office holder named
after a comma, quotations the stored page cut off, and words of speakers the text never names."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.extract.quotes import QuoteSpan, cut_off, find_quote_spans, in_credit
from sitroom.models import EntityMention


@pytest.mark.model
@pytest.mark.parametrize("verb", ["lamented", "recounted", "pleaded"])
def test_less_common_attribution_verbs_name_the_speaker(bare_nlp: Language, verb: str) -> None:
    text = f'"We have buried twelve people since the attack on Sunday," {verb} Ibrahim Musa, a village head.\n'
    quotes = direct_quotes(bare_nlp, text)
    assert [q.speaker for q in quotes] == ["Ibrahim Musa"]


@pytest.mark.model
def test_a_quote_paragraph_after_a_speaker_is_presented_is_that_speakers(bare_nlp: Language) -> None:
    text = ("Major General Abdulsalam Abubakar, the theatre commander, spoke to reporters in Maiduguri on Sunday.\n\n"
            "“The terrorists are on the run. We have destroyed their logistics bases in the forest.”\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Abdulsalam Abubakar"]


@pytest.mark.model
def test_a_later_speaker_keeps_the_continuation_paragraph(bare_nlp: Language) -> None:
    # the quote right before the standalone paragraph is more recent than the presented speaker
    text = ("Major General Abdulsalam Abubakar spoke to reporters in Maiduguri on Sunday. “We will hold every "
            "town we have taken back,” said Governor Babagana Zulum.\n\n"
            "“The people must return to their farms before the rains come.”\n")
    quotes = direct_quotes(bare_nlp, text)
    assert [q.speaker for q in quotes] == ["Babagana Zulum", "Babagana Zulum"]


@pytest.mark.model
def test_the_person_named_after_a_comma_holds_the_office(bare_nlp: Language) -> None:
    text = ('The militants "will be defeated before the end of the year," according to the governor of the '
            "province, Valige Tauabo, who spoke to reporters on Friday.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Valige Tauabo"]


def test_a_quote_cut_off_by_the_end_of_the_page_is_recognised() -> None:
    for tail in ("and the public will be", "territories that were once occ"):
        text = f"The general spoke on Monday.\n\n“The operation is ongoing {tail}\n"
        spans = find_quote_spans(text)
        assert cut_off(text, spans[-1])
    complete = "The general spoke on Monday.\n\n“I don’t think that was related"
    assert not cut_off(complete, find_quote_spans(complete)[-1])
    closed = "“The operation is ongoing and the public will be informed,” he said."
    assert not cut_off(closed, QuoteSpan([(1, closed.index(","))]))


@pytest.mark.model
def test_a_cut_off_quote_is_not_kept(bare_nlp: Language) -> None:
    text = ("General Romeo Brawner said the troops were ambushed by ten armed men.\n\n"
            "“The army vows to hunt down the perpetrators and bring them to")
    assert direct_quotes(bare_nlp, text) == []


@pytest.mark.model
def test_words_of_an_unnamed_source_are_not_a_direct_quote(bare_nlp: Language) -> None:
    text = ("Militants stormed the base before dawn on Saturday.\n\n"
            "“The terror group invaded the camp using various weapons,” a military source said.\n\n"
            "“We have recovered over seven bodies so far,” the source added.\n")
    assert direct_quotes(bare_nlp, text) == []


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        ('The attack was carried out by a soldier of the caliphate in response to the calls," Amaq said.',
         "The attack was carried out by a soldier of the caliphate in response to the calls"),
        ("The attacker had been followed by the services for months,” the minister told reporters.",
         "The attacker had been followed by the services for months"),
    ],
)
def test_a_closing_mark_whose_opening_one_was_lost_still_ends_a_quote(text: str, quote: str) -> None:
    assert [s.text(text) for s in find_quote_spans(text)] == [quote]


def test_a_closing_mark_without_attribution_after_it_opens_nothing() -> None:
    text = 'The group called the town a "stronghold." Residents fled on Monday.'
    assert [s.text(text) for s in find_quote_spans(text)] == ["stronghold."]


@pytest.mark.model
def test_a_lost_opening_mark_keeps_the_speaker(bare_nlp: Language) -> None:
    text = 'The attack was carried out by a soldier of the caliphate in response to the calls," Amaq said.\n'
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Amaq"]


def test_byline_and_picture_credit_are_recognised() -> None:
    text = "By Ivan Mwine\nSoldiers at the base. (Photo by Alexis Huguet / AFP)\nThe army said the camp fell.\n"
    assert in_credit(text, text.index("Ivan"))
    assert in_credit(text, text.index("Alexis"))
    assert not in_credit(text, text.index("army"))


@pytest.mark.model
def test_the_byline_author_is_not_who_he_stands_for(bare_nlp: Language) -> None:
    text = ("By John Smith\n"
            "Police in the capital arrested four suspects in a raid on Friday.\n"
            "“We will not allow these cells to operate anywhere in the country,” he said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] != ["John Smith"]


@pytest.mark.model
def test_an_interview_answer_is_the_labelled_persons(bare_nlp: Language) -> None:
    text = ("Asia-Plus: How many Tajiks are in the group's ranks?\n\n"
            "Parviz Mullojanov: Several hundred, by most estimates. Many were recruited in Russia, where they are "
            "“easy prey for the recruiters who promise them money and glory.”\n")
    start = text.index("Parviz")
    person = EntityMention("Parviz Mullojanov", start, start + 17, "Parviz Mullojanov", "person", "p1")
    assert [q.speaker for q in direct_quotes(bare_nlp, text, [person])] == ["Parviz Mullojanov"]


@pytest.mark.model
def test_a_plural_description_does_not_go_on_speaking(bare_nlp: Language) -> None:
    text = ("Several hundred fighters joined the group last year, according to estimates.\n\n"
            "“The recruiters promise them money and glory in the name of the caliphate.”\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == [None]


def _person(text: str, name: str, pid: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), name, "person", pid)


@pytest.mark.model
def test_a_statement_issued_by_a_named_spokesperson_is_the_spokespersons(bare_nlp: Language) -> None:
    text = ('"The troops will continue to dominate the whole area," the army said in a statement issued by its '
            "spokesperson Brig. Gen. Felix Kulayigye.\n")
    quotes = direct_quotes(bare_nlp, text, [_person(text, "Felix Kulayigye", "p1")])
    assert [q.speaker for q in quotes] == ["Felix Kulayigye"]


@pytest.mark.model
def test_it_said_after_the_statement_was_signed_by_a_spokesman(bare_nlp: Language) -> None:
    text = ("The statement was signed by the Director of Defence Information, Maj. Gen. Jimmy Akpor. "
            "“The operation will continue until all terrorists are flushed out,” it said.\n")
    quotes = direct_quotes(bare_nlp, text, [_person(text, "Jimmy Akpor", "p1")])
    assert [q.speaker for q in quotes] == ["Jimmy Akpor"]


@pytest.mark.model
def test_an_office_abbreviation_stands_for_its_holder(bare_nlp: Language) -> None:
    text = ("The Commissioner of Police, CP Yusuf Lawal, confirmed the incident. “Three suspects were arrested and "
            "are being interrogated,” the CP said.\n")
    quotes = direct_quotes(bare_nlp, text, [_person(text, "Yusuf Lawal", "p1")])
    assert [q.speaker for q in quotes] == ["Yusuf Lawal"]


@pytest.mark.model
def test_a_body_noun_is_not_an_office_abbreviation(bare_nlp: Language) -> None:
    text = ("The spokesman, army captain Reuben Kovangiya, described the fighting.\n"
            "“Three prominent commanders were eliminated in the gunbattles,” the Army posted.\n")
    quotes = direct_quotes(bare_nlp, text, [_person(text, "Reuben Kovangiya", "p1")])
    assert [q.speaker for q in quotes] != ["Reuben Kovangiya"]


@pytest.mark.model
def test_west_african_honorifics_are_not_part_of_the_name(bare_nlp: Language) -> None:
    text = '"We are determined to end this insurgency," Alhaji Babagana Umara Zulum said on Monday.\n'
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Babagana Umara Zulum"]


@pytest.mark.model
def test_the_person_before_a_comma_and_said_speaks_when_the_parse_gives_no_subject(bare_nlp: Language) -> None:
    text = ('Speaking on national television, the Minister of Defence, Mohammed Badaru, said: "The military has '
            'the upper hand and will end this war soon."\n')
    quotes = direct_quotes(bare_nlp, text, [_person(text, "Mohammed Badaru", "p1")])
    assert [q.speaker for q in quotes] == ["Mohammed Badaru"]


@pytest.mark.model
def test_in_the_words_of_names_the_speaker(bare_nlp: Language) -> None:
    text = ('In the words of the army chief, Lt. Gen. Olufemi Oluyede, "the terrorists have nowhere left to hide '
            'in the North East."\n')
    quotes = direct_quotes(bare_nlp, text, [_person(text, "Olufemi Oluyede", "p1")])
    assert [q.speaker for q in quotes] == ["Olufemi Oluyede"]


@pytest.mark.model
def test_a_repeated_quotation_is_one_quote(bare_nlp: Language) -> None:
    text = ('"We will not stop until every fighter is gone from the forest," Brig. Gen. Felix Kulayigye said.\n\n'
            "The operation continues in the north.\n\n"
            '"We will not stop until every fighter is gone from the forest," Brig. Gen. Felix Kulayigye said.\n')
    quotes = direct_quotes(bare_nlp, text)
    assert [q.speaker for q in quotes] == ["Felix Kulayigye"]
    assert quotes[0].evidence[0].start < text.index("The operation")


@pytest.mark.model
def test_a_headline_pull_quote_gives_way_to_the_attributed_one(nlp: Language) -> None:
    # the whole pipeline: its line handling keeps the headline a sentence of its own
    text = ('Army chief vows: "We will crush the insurgents before the rains"\n\n'
            'Lt. Gen. Olufemi Oluyede said on Monday: "We will crush the insurgents before the rains come," adding '
            "that the troops were ready.\n")
    quotes = [q for q in nlp(text)._.quotes if q.direct]
    assert [(q.speaker, q.text) for q in quotes] == [
        ("Olufemi Oluyede", "We will crush the insurgents before the rains come")
    ]


@pytest.mark.model
def test_a_transcript_label_in_capitals_is_the_person_of_that_surname(nlp: Language) -> None:
    text = ("Department press briefing by spokesperson Ned Price in Washington.\n\n"
            "QUESTION: And on Iraq?\n\n"
            'MR PRICE: The coalition "remains in Iraq at the invitation of the government of Iraq," and that has '
            "not changed.\n")
    quotes = [q for q in nlp(text)._.quotes if q.direct]
    assert [q.speaker for q in quotes] == ["Ned Price"]


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Army spokesman Col. Musa Bello said the attacker, identified as Abubakar Ali, was killed by troops. "
         "Abubakar Ali had joined the group in 2019.\n"
         "“He was a known member of the cell and had been under watch for months,” the spokesman said.\n",
         "Musa Bello"),
        ("Governor Babagana Zulum visited Mafa on Monday. The village head, Bukar Modu, showed him the burnt "
         "houses.\n“This is the worst attack we have seen in years,” the governor said.\n", "Babagana Zulum"),
        ("UN envoy Jane Roe met President Bola Tinubu in Abuja. Tinubu thanked the UN for its support.\n"
         "“The humanitarian situation in the North East remains dire,” the envoy said.\n", "Jane Roe"),
    ],
)
def test_an_office_word_is_the_person_holding_that_office(nlp: Language, text: str, speaker: str) -> None:
    # not the last person named: the attacker, the village head, the president met
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == [speaker]


@pytest.mark.model
def test_an_unnamed_office_holder_who_spoke_before_goes_on_speaking(nlp: Language) -> None:
    text = ("The police commissioner said the suspect, Ahmed Musa, had confessed. Musa told investigators he was "
            "paid.\n“The suspect will be charged in court next week,” the commissioner added.\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["police commissioner"]


@pytest.mark.model
def test_he_said_before_anyone_is_named_is_the_person_named_right_after(nlp: Language) -> None:
    text = ("“We will hunt them down wherever they are,” he said.\n"
            "Defence Minister Mohammed Badaru made the remarks in Abuja on Monday after meeting the service chiefs.\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Mohammed Badaru"]


def test_a_paragraph_closing_mark_whose_opening_was_lost_closes_the_sentences_after_the_attribution() -> None:
    text = ("“We need to examine the sequence of events,” says Jane Roe, professor of political science in Pisa. "
            "In the first phase, there was a battalion linked to the group, which was later eliminated”.\n")
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "We need to examine the sequence of events",
        "In the first phase, there was a battalion linked to the group, which was later eliminated",
    ]


def test_a_stray_closing_mark_in_a_paragraph_without_quotes_opens_nothing() -> None:
    text = "The battalion was later eliminated, officials say. It never recovered”.\n"
    assert find_quote_spans(text) == []


@pytest.mark.model
@pytest.mark.parametrize(
    "after",
    ["This was stated by the Theatre Commander, Maj. Gen. Abdulsalam Abubakar, during a visit to Monguno.",
     "These were the words of the Theatre Commander, Maj. Gen. Abdulsalam Abubakar, at the ceremony."],
)
def test_a_sentence_after_the_quote_names_who_said_it(nlp: Language, after: str) -> None:
    text = f'"We will not relent until every terrorist enclave in the Lake Chad is cleared."\n\n{after}\n'
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Abdulsalam Abubakar"]


def test_a_caption_that_quotes_its_subject_is_not_all_credit() -> None:
    text = 'Photo: "We will rebuild every house," says Governor Babagana Zulum\nBy Musa Ali\n'
    assert not in_credit(text, text.index("Babagana"))
    assert in_credit(text, text.index("Musa"))
