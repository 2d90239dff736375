"""Quote speakers (sentences written for the tests): a statement's signer introduced by a verbless line speaks the
paragraphs quoted after it, a paragraph may open with a closing mark, a person in a relative clause's apposition
is not the subject's, a surname spelled a letter apart is the person named in full, an office's holder whom the NER
missed is named after a rank."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

from sitroom.annotate import make_doc
from sitroom.extract.quotes import find_quote_spans

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2024-05-20")


def test_a_paragraph_opening_with_a_closing_mark_opens_a_quote() -> None:
    text = "Officials said.\n\u201d On 15 May 2024, a total of 47 fighters surrendered to the troops.\n"
    assert [s.text(text) for s in find_quote_spans(text)] == ["On 15 May 2024, a total of 47 fighters surrendered "
                                                               "to the troops."]


def test_a_closing_mark_inside_a_paragraph_still_closes_nothing_new() -> None:
    # (a closing mark after words, then a space and a capital: no quotation opens there)
    text = "The army said it had \u201cneutralised\u201d several fighters. The attack came at night.\n"
    assert [s.text(text) for s in find_quote_spans(text)] == ["neutralised"]


def test_the_signer_of_a_statement_introduced_without_a_verb_speaks_the_next_paragraphs(nlp: Language) -> None:
    found = direct(nlp, "Forty-seven fighters surrendered to troops near Lake Chad.\n\nIn a statement signed by "
                        "Abubakar Abdullahi, Lieutenant Colonel and Chief Military Public Information Officer, to "
                        "newsmen on Thursday in Maiduguri.\n\u201d On 15 May 2024, a total of 47 individuals "
                        "associated with Boko Haram surrendered to troops of the brigade.\n\u201cThe group includes "
                        "7 men, 9 women, and 31 children, who turned themselves in at Doron Baga.\u201d")
    assert found and {q.speaker for q in found} == {"Abubakar Abdullahi"}


def test_a_line_with_its_own_speaker_is_not_replaced_by_a_signer(nlp: Language) -> None:
    found = direct(nlp, "In a statement signed by Abubakar Abdullahi, Governor Babagana Zulum said the town "
                        "would be rebuilt.\n\n\u201cWe will rebuild every school the insurgents burned in this "
                        "town,\u201d Zulum said.")
    assert [q.speaker for q in found] == ["Babagana Zulum"]


def test_a_surname_spelled_a_letter_apart_is_the_person_named_in_full(nlp: Language) -> None:
    found = direct(nlp, "Government spokesman Orlando Mudumane said at a press conference in Maputo that the "
                        "attack occurred in the early hours.\n\nModumane said that insurgents set up barricades at "
                        "the main entrances, and \u201cright now, they are in crossfire with the forces\u201d.")
    assert [q.speaker for q in found] == ["Orlando Mudumane"]


def test_a_surname_of_another_person_is_not_a_spelling_variant(nlp: Language) -> None:
    found = direct(nlp, "Government spokesman Orlando Mudumane said at a press conference in Maputo that the "
                        "attack occurred in the early hours.\n\nKaranja said that \u201cright now, the insurgents "
                        "are in crossfire with the forces\u201d.")
    assert [q.speaker for q in found] != ["Orlando Mudumane"]


def test_an_office_holder_after_a_rank_speaks_when_the_ner_missed_the_name(nlp: Language) -> None:
    found = direct(nlp, "Six fighters have been killed by troops in Borno State. A statement by the Director, Army "
                        "Public Relations, Brig-Gen Onyema Nwachukwu, said: \u201cThe troops of the 25 Brigade "
                        "neutralized four terrorists on Wednesday.\u201d")
    assert [q.speaker for q in found] == ["Onyema Nwachukwu"]


def test_an_office_followed_by_a_clause_names_no_holder(nlp: Language) -> None:
    found = direct(nlp, "The spokesman, Defence Headquarters, Abuja, said that \u201cthe troops are doing well in "
                        "all the theatres of operation\u201d.")
    assert [q.speaker for q in found] != ["Defence Headquarters"]
    assert all(q.speaker != "Abuja" for q in found)


def test_a_person_in_apposition_inside_a_relative_clause_is_not_the_subject(nlp: Language) -> None:
    found = direct(nlp, "The Director of Defence Media Operations, who was represented by his deputy, Brigadier "
                        "General Abdullahi Ibrahim, told reporters: \u201cTroops of Operation Hadin Kai have "
                        "continued to intensify operations against terrorists.\u201d")
    assert [q.speaker for q in found] == ["Defence Media Operations"]


def test_a_person_in_apposition_to_the_subject_still_speaks(nlp: Language) -> None:
    found = direct(nlp, "Governor Babagana Zulum, who was accompanied by his deputy, Umar Kadafur, told "
                        "reporters: \u201cWe will rebuild every school the insurgents burned in this town.\u201d")
    assert [q.speaker for q in found] == ["Babagana Zulum"]


def test_a_well_known_figure_named_by_surname_alone_is_the_full_name(nlp: Language) -> None:
    found = direct(nlp, "\u201cThe terrorist incident that took place today will not pass unnoticed\u201d, Sisi "
                        "said on Friday.")
    assert [q.speaker for q in found] == ["Abdel Fattah al-Sisi"]


def test_the_person_after_the_verb_speaks_when_the_quote_has_an_apposition(nlp: Language) -> None:
    found = direct(nlp, "\"There are sleeper cells in the Hatra region and the thousands of square kilometers of "
                        "Jazira,\" the vast desert stretching from the west of Baghdad right up to the Syrian border, "
                        "said Haytham al-Shammar, a tribal leader.")
    assert [q.speaker for q in found] == ["Haytham al-Shammar"]


def test_a_person_the_speech_is_about_is_not_the_inverted_speaker(nlp: Language) -> None:
    found = direct(nlp, "The Nigerian Army said Abu Musab al-Barnawi was \u201ca dangerous commander of the "
                        "group\u201d.")
    assert [q.speaker for q in found] != ["Abu Musab al-Barnawi"]


def test_a_pronoun_about_the_reported_person_does_not_make_the_reporter_male(nlp: Language) -> None:
    found = direct(nlp, "The leader of the group, Adnan Abou Walid al-Sahrawi, was killed by French forces, President "
                        "Emmanuel Macron announced on Thursday.\n\nFlorence Parly, Minister for the Armed Forces later "
                        "told RFI radio that al-Sahrawi was killed \"several weeks ago\" but that they had waited for "
                        "confirmation that he had been killed. \"Today, we are certain,\" she said.")
    assert [q.speaker for q in found] == ["Florence Parly"]


def test_a_pronoun_that_speaks_still_marks_the_reporter(nlp: Language) -> None:
    found = direct(nlp, "Ali Musa said that Abu Bakr al-Baghdadi was killed in the raid, and he added that the "
                        "fighters fled.\n\n\u201cWe are certain of it now, after the tests,\u201d he said.")
    assert [q.speaker for q in found] == ["Ali Musa"]


def test_an_apposition_after_a_relative_clause_belongs_to_the_clause(nlp: Language) -> None:
    found = direct(nlp, "The Chief of Naval Staff (CNS), Vice Admiral Emmanuel Ikechukwu Ogalla, made this "
                        "disclosure on Saturday during a visit to the base in Baga.\n\nThe CNS, who was accompanied "
                        "by the Theatre Commander of Operation Hadin Kai, Major General Abdulsalam Abubakar, stressed "
                        "that the Federal Government is fully committed to the troops.\n\n\u201cAll necessary "
                        "support is being prioritised to give you every advantage in this fight,\u201d he said.")
    assert [q.speaker for q in found] == ["Emmanuel Ikechukwu Ogalla"]


def _reported(nlp: Language, text: str) -> list[tuple[str | None, str]]:
    doc = nlp(make_doc(nlp, text, "t", "2024-05-20"))
    return [(q.speaker, q.text) for q in doc._.quotes if not q.direct]


def test_reported_speech_without_a_parsed_subject_is_the_persons_named_before_the_verb(nlp: Language) -> None:
    found = _reported(nlp, "In his message condemning the incident, president, Yoweri Kaguta Museveni said the "
                           "attack was conducted by 4 killers believed to be the remnants of the group.")
    assert [s for s, _ in found] == ["Yoweri Kaguta Museveni"]


def test_reported_speech_of_a_person_named_apart_from_the_verb_is_not_theirs(nlp: Language) -> None:
    found = _reported(nlp, "After Yoweri Museveni visited the school on Monday, said the attack was conducted by "
                           "four killers.")
    assert all(s != "Yoweri Museveni" for s, _ in found)
