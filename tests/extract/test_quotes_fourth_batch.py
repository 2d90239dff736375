"""Attribution habits of the fourth batch of unseen pages (short sentences written for the tests): a clause
after the quote whose own subject is not the speaker, an inverted "warned X" after such a clause, media named
as "the radio", a body's back-reference to the phrase that named it, a document "from" a date, the acronym
"IS" read as an auxiliary, an office holder named just after the quote, an indefinite office word, and a
speaker the NER does not tag."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2025-07-28")


def test_a_clause_after_the_quote_does_not_lend_its_subject(nlp: Language) -> None:
    found = direct(nlp, "Dieudonne Duranthabo is the civil society coordinator of Komanda.\n\n"
                        "According to Duranthabo, “We are truly disappointed because the attackers came back,” "
                        "adding that some people have since fled the area.\n")
    assert [q.speaker for q in found] == ["Dieudonne Duranthabo"]


def test_an_unattributed_quote_paragraph_after_a_named_quote_is_that_speakers(nlp: Language) -> None:
    found = direct(nlp, "According to Duranthabo, “We are truly disappointed because the attackers came back,” "
                        "adding that some people have since fled the area.\n\n"
                        "Since we are informed that the enemy is still close, “we demand military intervention "
                        "as soon as possible.”\n")
    assert [q.speaker for q in found] == ["Duranthabo", "Duranthabo"]


def test_an_inverted_speech_verb_after_a_clause_names_the_speaker(nlp: Language) -> None:
    found = direct(nlp, '"Africa remains significantly affected by the group," with renewed operations in the '
                        "Sahel, warned Vladimir Voronkov, the head of the counter-terrorism office.\n")
    assert [q.speaker for q in found] == ["Vladimir Voronkov"]


def test_the_radio_is_the_station_named_before(nlp: Language) -> None:
    found = direct(nlp, "The death toll was 43, according to Radio Okapi, which blamed the rebels. More than 20 "
                        "people were killed at a vigil, according to the radio. “Other bodies were discovered in "
                        "nearby burned-out homes,” the radio said.\n")
    assert [q.speaker for q in found] == ["Radio Okapi"]


def test_the_army_after_a_named_army_is_that_armys_body(nlp: Language) -> None:
    found = direct(nlp, "The Niger army announced the arrest of 31 suspects on Saturday. The military killed "
                        'Abdoulaye Idouwal, who the army describes as an "influential member of the Islamic State '
                        'in the Greater Sahara".\n')
    assert [q.speaker for q in found] == ["Nigerien Armed Forces"]


def test_a_report_from_a_date_is_the_issuers_report(nlp: Language) -> None:
    found = direct(nlp, "In its latest report on the campaign, the Pentagon said that the group was weaker.\n"
                        "In Iraq, “ISIS displayed limited capabilities and conducted the lowest number of attacks "
                        "observed since 2003,” said the report from October 29.\n")
    assert [q.speaker for q in found] == ["U.S. Department of Defense"]


def test_the_acronym_is_parsed_as_an_auxiliary_still_speaks(nlp: Language) -> None:
    found = direct(nlp, "A man stabbed three people in Melbourne on Friday before police shot him.\n"
                        "The IS said via its propaganda arm that the man was an “Islamic State fighter and carried "
                        "out the operation,” but provided no evidence.\n")
    assert [q.speaker for q in found] == ["Islamic State"]


def test_the_office_holder_named_right_after_the_quote_speaks(nlp: Language) -> None:
    found = direct(nlp, "“We will not rest until every terrorist is dealt with,” said the army spokesman, Col. "
                        "Onyema Nwachukwu, on Sunday.\n\n"
                        "“This is a very important step,” the minister said. Defence Minister Mohammed Badaru "
                        "Abubakar visited the troops in Monguno.\n")
    assert [q.speaker for q in found] == ["Onyema Nwachukwu", "Mohammed Badaru Abubakar"]


def test_an_indefinite_office_word_is_not_the_last_person_named(nlp: Language) -> None:
    found = direct(nlp, "Defence Minister Cristovao Chume spoke to Lusa on Monday. “The situation is under "
                        "control,” he said.\n\n"
                        "A local official told AFP: “We are still afraid to go back to our farms.”\n")
    assert [q.speaker for q in found] == ["Cristovao Chume"]


def test_a_speaker_the_ner_does_not_tag_is_a_person(nlp: Language) -> None:
    found = direct(nlp, "Cristovao Chume spoke to Lusa on Monday about the insurgency in Cabo Delgado.\n\n"
                        "“The situation is under control in most districts,” he said.\n")
    assert [q.speaker for q in found] == ["Cristovao Chume"]


def test_the_army_with_no_army_named_is_the_states_not_the_reporting_agency(nlp: Language) -> None:
    found = direct(nlp, "Militants killed 20 soldiers in an attack on a base in western Niger, Reuters reported. "
                        "Niger has fought jihadists for a decade.\n\n"
                        '"The terrorists were repelled after fierce fighting," the army said in a statement.\n')
    assert [q.speaker for q in found] == ["Nigerien Armed Forces"]


def test_the_military_is_the_force_of_the_country_the_paragraph_names(nlp: Language) -> None:
    found = direct(nlp, "Militants killed 20 soldiers in western Niger. Niger has fought jihadists for a decade.\n\n"
                        "Mozambique's government has sent more troops to Cabo Delgado. “The insurgents are "
                        "retreating towards the coast,” the military said.\n")
    assert [q.speaker for q in found] == ["Armed Defence Forces of Mozambique"]


def test_an_office_abbreviation_is_the_holder_of_the_office_written_out(nlp: Language) -> None:
    found = direct(nlp, "The Chief of Defence Staff, Gen. Christopher Musa, visited the troops in Maiduguri.\n\n"
                        '"I have directed the commanders to clear all the routes," the CDS added.\n')
    assert [q.speaker for q in found] == ["Christopher Musa"]


def test_she_is_the_woman_the_paragraph_names_not_the_last_man(nlp: Language) -> None:
    found = direct(nlp, "Spokeswoman Hauwa Ali said her village was burned. Governor Babagana Zulum promised to "
                        'rebuild the town on Monday. "They took everything we had in the house," she said.\n')
    assert [q.speaker for q in found] == ["Hauwa Ali"]


def test_the_army_after_the_armys_own_voice_is_that_voice(nlp: Language) -> None:
    found = direct(nlp, "Two militants were killed in an airstrike in Anbar, the army’s Security Media Cell said "
                        "in a statement.\n"
                        "The army said the strike was its way of marking the holiday. “This continues our pursuit "
                        "of the remaining terrorist gang members,” it said.\n")
    assert [q.speaker for q in found] == ["Iraqi Security Media Cell"]


def test_a_body_named_with_its_owner_keeps_speaking_when_the_verb_has_a_complement(nlp: Language) -> None:
    found = direct(nlp, "“U.S. forces conducted a successful airstrike in northern Syria, killing a deputy wali,” "
                        "the American military’s Central Command (CENTCOM) said.\n")
    assert [q.speaker for q in found] == ["U.S. Central Command"]


def test_a_quote_after_a_sentence_presenting_the_speaker_is_theirs(nlp: Language) -> None:
    found = direct(nlp, "In a statement on Sunday, police spokesman DSP Nahum Daso said: “Two suspects have been "
                        "arrested in connection with the attack.”\n\n"
                        "Lt. Col. Sani Uba described the attack as cowardly. “It was a desperate act by a defeated "
                        "group. Our troops responded swiftly.”\n")
    assert [q.speaker for q in found] == ["Nahum Daso", "Sani Uba"]


def test_a_quote_after_a_paragraph_break_keeps_the_previous_speaker(nlp: Language) -> None:
    # the sentence before the quote is another paragraph's: the continuation rule decides, not its subject
    found = direct(nlp, "“We will maintain the pressure on the group in Syria,” Ian McCary said.\n \n"
                        "In the Kurdistan Region, the coalition has enjoyed strong relations with the Peshmerga.\n \n"
                        "“We have, and we will continue to have, excellent cooperation with the Kurdish Peshmerga,” "
                        "he added.\n")
    assert [q.speaker for q in found] == ["Ian McCary", "Ian McCary"]


def test_quoted_as_saying_gives_the_person_quoted_not_the_outlet(nlp: Language) -> None:
    found = direct(nlp, "Gunmen attacked a village in Borno on Sunday.\n\n"
                        'The state news agency quoted police commissioner Yusuf Lawal as saying: "Five suspects have '
                        'been arrested after the attack."\n')
    assert [q.speaker for q in found] == ["Yusuf Lawal"]


def test_he_after_an_office_holder_with_a_hyphenated_name(nlp: Language) -> None:
    found = direct(nlp, "In a video message, ISWAP leader Abu Musab al-Barnawi threatened more attacks.\n\n"
                        "Speaking to the BBC, the mayor of Bunia, Jean-Pierre Bikilisende, said the town was calm. "
                        '"People have returned to the market," he added.\n')
    assert [q.speaker for q in found] == ["Jean-Pierre Bikilisende"]
