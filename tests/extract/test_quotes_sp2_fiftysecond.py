"""Quote speakers (session 52, fix-sp2), on short sentences written for the tests: a label before a colon that
names a person of the page by surname alone, the NER having missed it ("Trump on Truth Social:"), is that person;
"his spokesman said" speaks for the person the sentence names before the office, even one the sentence has
something done to ("X was shocked by ..."), not for the last person who acted."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.models import EntityMention


def _person(text: str, name: str, entity_id: str, canonical: str | None = None, nth: int = 0) -> EntityMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return EntityMention(name, start, start + len(name), canonical or name, "person", entity_id)


def _organization(text: str, name: str, entity_id: str, canonical: str | None = None) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), canonical or name, "organization", entity_id)


@pytest.mark.model
def test_a_colon_label_naming_a_person_by_surname_alone(bare_nlp: Language) -> None:
    text = ("President Donald Trump said the group had been targeting villages.\n\n"
            "The foreign ministry said the strike was part of ongoing cooperation.\n\n"
            "Trump on Truth Social:\n\n"
            "\"Tonight, at my direction, the United States launched a powerful strike against the terrorists.\"\n\n"
            "\"I have previously warned these terrorists that there would be hell to pay, and tonight there was.\"\n")
    mentions = [_person(text, "Donald Trump", "p1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Donald Trump", "Donald Trump"]


@pytest.mark.model
def test_a_colon_label_whose_surname_two_persons_share_names_no_one(bare_nlp: Language) -> None:
    # two persons end with the same name: the label does not tell which, so it gives no one
    text = ("Ali Bukar and Musa Bukar spoke at the meeting on Monday in the town.\n\n"
            "Bukar on the radio:\n\n"
            "\"We will rebuild the market before the rains come back to the town.\"\n")
    mentions = [_person(text, "Ali Bukar", "p1"), _person(text, "Musa Bukar", "p2")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers != ["Ali Bukar"]
    assert speakers != ["Musa Bukar"]


@pytest.mark.model
def test_his_spokesman_speaks_for_the_person_his_sentence_names(bare_nlp: Language) -> None:
    text = ("The bishop of Pemba, Luiz Lisboa, said he had confirmed the killings with a number of sources.\n\n"
            "U.N. Secretary-General Antonio Guterres was shocked by the \u201creported beheading and kidnapping "
            "of women and children,\u201d his spokesman said this week.\n")
    mentions = [_person(text, "Luiz Lisboa", "p1"), _person(text, "Antonio Guterres", "p2")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Antonio Guterres"]


@pytest.mark.model
def test_his_spokesman_with_the_spokesman_named_is_the_spokesman(bare_nlp: Language) -> None:
    # the office's holder named in apposition speaks, not the owner
    text = ("President Bola Tinubu was briefed on the attack on Monday.\n\n"
            "\u201cThe president has ordered the security chiefs to hunt down the attackers,\u201d his spokesman, "
            "Bayo Onanuga, said.\n")
    mentions = [_person(text, "Bola Tinubu", "p1"), _person(text, "Bayo Onanuga", "p2")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Bayo Onanuga"]


@pytest.mark.model
def test_a_longer_attribution_after_the_closing_mark_that_ends_with_said(bare_nlp: Language) -> None:
    # the next sentence on the same line ends with its speech verb: it attributes the quotation, not the
    # person who spoke in the paragraph before
    text = ("\u201cWe are supporting our partners with mature intelligence sharing,\u201d Rear Admiral Heidi Berg, "
            "the command's director of intelligence, said in a statement.\n\n"
            "\u201cAt this time, it is assessed the airstrike on May 8 killed thirteen terrorists.\u201d US Africa "
            "Command statement released on Thursday said.\n")
    mentions = [_person(text, "Heidi Berg", "p1"),
                _organization(text, "US Africa Command", "o1", "U.S. Africa Command")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Heidi Berg", "U.S. Africa Command"]


@pytest.mark.model
def test_a_rank_and_first_name_after_the_full_name_is_that_person(bare_nlp: Language) -> None:
    # "Lt Col Sani said" after "Lt Col Sani Uba said": the rank is no part of the name, and the one name left
    # is the person the page named in full before, even with the NER tagging only "Sani"
    text = ("The command, in a statement by its spokesman, Lt Col Sani Uba said: \u201cTroops engaged the "
            "terrorists between the two villages and recovered rifles.\u201d\n\n"
            "Lt Col Sani said, \u201cEarlier, on January 9, troops conducted clearance operations in the "
            "cluster.\u201d\n")
    start = text.index("Lt Col Sani said")
    mentions = [EntityMention("Lt Col Sani", start, start + 11, "Sani", "person", "p1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)][-1] == "Sani Uba"


@pytest.mark.model
def test_a_ugandan_police_rank_is_no_part_of_the_name(bare_nlp: Language) -> None:
    text = ("According to the police spokesperson, SCP Fred Enanga, four more explosives were recovered.\n\n"
            "\u201cWe would like to inform the public that the security level has not changed,\u201d SCP Enanga "
            "said.\n")
    mentions = [_person(text, "Fred Enanga", "p1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Fred Enanga"]


@pytest.mark.model
def test_a_statements_title_is_the_person_who_just_disclosed_it(bare_nlp: Language) -> None:
    # no speech verb attributes the title: the person who spoke as the sentence's subject just before gives it,
    # not the body named in the person's office
    text = ("Troops have neutralised over 37 terrorists in the forest.\n\n"
            "The Director of Army Public Relations, Onyema Nwachukwu, disclosed this in a statement on Monday.\n\n"
            "The statement was titled, \u2018Operation Hadin Kai: Troops intensify onslaught on terrorists\u2019 "
            "hideouts.\u2019\n")
    mentions = [_organization(text, "Army Public Relations", "o1"), _person(text, "Onyema Nwachukwu", "p1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Onyema Nwachukwu"]


@pytest.mark.model
def test_a_body_acting_after_the_person_still_gives_the_words(bare_nlp: Language) -> None:
    # the body acts as the subject after the person spoke: the body is the last voice
    text = ("Troops have neutralised over 37 terrorists in the forest.\n\n"
            "The Director of Army Public Relations, Onyema Nwachukwu, disclosed this on Monday.\n\n"
            "The Nigerian Army later released the names of the soldiers.\n\n"
            "The list was titled, \u2018Troops clear the last terrorist enclaves of the forest.\u2019\n")
    mentions = [_organization(text, "Army Public Relations", "o1"), _person(text, "Onyema Nwachukwu", "p1"),
                _organization(text, "Nigerian Army", "o2")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Nigerian Army"]


@pytest.mark.model
def test_a_signer_before_a_line_break_that_cut_the_sentence(bare_nlp: Language) -> None:
    # the page broke the sentence after the signer's office: the body after the break ends the office, and the
    # signer speaks for the reported words and the quotations that go on from them
    text = ("The task force has launched a joint offensive on the islands of the lake.\n\n"
            "A statement issued Thursday by Brigadier General, Benard Onyeuko, Ag Director,\n\n"
            "Defence Media Operations, said the troops involved in the operation are from three countries.\n\n"
            "\u201cIt would be recalled that the insurgents retreated into the islands from where they attack soft "
            "targets.\u201d\n")
    mentions = [_person(text, "Benard Onyeuko", "p1"), _organization(text, "Defence Media Operations", "o1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Benard Onyeuko"]


@pytest.mark.model
def test_a_body_opening_a_paragraph_after_a_full_stop_speaks_itself(bare_nlp: Language) -> None:
    # the sentence before ended properly: the body after the break is a new speaker
    text = ("A statement was signed by the spokesman, Benard Onyeuko, on Thursday.\n\n"
            "Defence Media Operations said the troops involved in the operation are from three countries.\n\n"
            "\u201cIt would be recalled that the insurgents retreated into the islands from where they attack soft "
            "targets.\u201d\n")
    mentions = [_person(text, "Benard Onyeuko", "p1"), _organization(text, "Defence Media Operations", "o1")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Defence Media Operations"]


@pytest.mark.model
def test_a_document_put_out_with_a_colon_before_the_quotation_is_its_subjects(bare_nlp: Language) -> None:
    text = ("Gunmen stormed the prison on Tuesday night and freed hundreds of inmates.\n\n"
            "The Islamic State's Amaq Agency released the video with the caption: \u201cFighters of the Islamic "
            "State attacked the prison yesterday and freed dozens of prisoners.\u201d\n")
    mentions = [_organization(text, "Amaq Agency", "o1", "Amaq")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Amaq"]


@pytest.mark.model
def test_a_document_put_out_without_a_colon_gives_no_words(bare_nlp: Language) -> None:
    # the quotation does not follow the sentence's colon: the release is not what the quotation quotes
    text = ("The Islamic State's Amaq Agency released a video on Tuesday.\n\n"
            "Residents said \u201cthe fighters attacked the prison yesterday and freed dozens of prisoners\u201d "
            "in the night.\n")
    mentions = [_organization(text, "Amaq Agency", "o1", "Amaq")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] != ["Amaq"]
