"""Attribution habits of unseen outlets (extract/quotes.py): who a quotation is credited to when outlets nobody tuned
the rules on write it: verbs beyond "said", statements, bodies, pronouns and paragraphs."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc
from tests.extract.conftest import direct_quotes, direct_quotes_dated

from sitroom.extract.quotes import QuoteExtractor, QuoteSpan, cut_off, find_quote_spans, in_credit
from sitroom.models import EntityMention, Quote

# the reference days the tests' sentences are written around
direct_on_2023_03_10 = direct_quotes_dated("2023-03-10")
direct_on_2023_04_24 = direct_quotes_dated("2023-04-24")
direct_on_2024_06_01 = direct_quotes_dated("2024-06-01")
direct_on_2024_06_26 = direct_quotes_dated("2024-06-26")
direct_on_2025_07_28 = direct_quotes_dated("2025-07-28")
direct_on_2025_09_01 = direct_quotes_dated("2025-09-01")


# Speaker attribution the way outlets nobody tuned on write it.

def _quotes(bare_nlp: Language, text: str, mentions: list[EntityMention] | None = None) -> list[Quote]:
    doc: Doc = bare_nlp(text)
    doc._.doc_id = "d1"
    doc._.entity_mentions = mentions
    doc._.timexes = []
    QuoteExtractor()(doc)
    return list(doc._.quotes)


def _mention(text: str, surface: str, canonical: str, kind: str, entity_id: str, nth: int = 0) -> EntityMention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(surface, start + 1)
    return EntityMention(surface, start, start + len(surface), canonical, kind, entity_id)


def test_closing_mark_typed_as_opening_opens_a_quote() -> None:
    text = "Gen. Kato added,”Meanwhile the fighters used drones against the advancing troops.\n"
    assert [s.text(text) for s in find_quote_spans(text)] == [
        "Meanwhile the fighters used drones against the advancing troops."
    ]


def test_closing_mark_right_before_a_word_still_closes_an_open_quote() -> None:
    text = "“We will hold the town whatever it costs,”he said."
    assert [s.text(text) for s in find_quote_spans(text)] == ["We will hold the town whatever it costs"]


@pytest.mark.model
def test_according_to_him_at_paragraph_end_carries_the_speaker_to_the_next_quote(bare_nlp: Language) -> None:
    text = ("The Director of Defence Media, Major General Musa Kato, made this known in a statement on Sunday.\n\n"
            "According to him, the clearance operation began on 16 January and is still going on.\n\n"
            "“Troops recorded several encounters with the terrorists during the clearance operations.”\n")
    quotes = _quotes(bare_nlp, text)
    indirect = [q for q in quotes if not q.direct]
    assert indirect and indirect[0].text.startswith("the clearance operation began")
    direct = [q for q in quotes if q.direct]
    assert len(direct) == 1
    assert direct[0].speaker == "Musa Kato"


@pytest.mark.model
def test_bare_ministry_goes_to_the_ministry_named_in_full(bare_nlp: Language) -> None:
    text = ("The Ministry of Defence of Ruritania has commended the strike.\n\n"
            "A statement from the Ministry stressed the partnership.\n\n"
            "“The strike today shows the strength of our partnership with our allies,” the Ministry said.\n")
    mentions = [
        _mention(text, "Ministry of Defence of Ruritania", "Ministry of Defence of Ruritania", "organization", "e1"),
        _mention(text, "Ministry", "Ministry", "organization", "e2", nth=1),
        _mention(text, "Ministry", "Ministry", "organization", "e2", nth=2),
    ]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ministry of Defence of Ruritania"


@pytest.mark.model
def test_disclosed_attributes_a_quote(bare_nlp: Language) -> None:
    text = "“We have recovered seven bodies from the base so far,” Colonel Ade Bello disclosed on Monday."
    quotes = [q for q in _quotes(bare_nlp, text) if q.direct]
    assert len(quotes) == 1
    assert quotes[0].speaker == "Ade Bello"


@pytest.mark.model
def test_a_description_that_spoke_is_not_the_body_behind_a_later_statement(bare_nlp: Language) -> None:
    text = ("Joint units from the Puntland Defence Forces carried out coordinated ground assaults.\n\n"
            "Commanders said the operation was part of a broader campaign in the region.\n\n"
            "“During the operation, our forces neutralized several militants and regained control of key sites,” "
            "the statement said.\n")
    mentions = [_mention(text, "Puntland Defence Forces", "Puntland Defence Forces", "armed_group", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Puntland Defence Forces"]


@pytest.mark.model
def test_a_platform_is_where_a_message_was_posted_not_who_posted_it(bare_nlp: Language) -> None:
    text = ("The group’s Amaq news agency made the claim on its channel on Telegram late on Tuesday. "
            "“The perpetrators of the attack on the hotels were fighters of the caliphate,” the brief message said.\n")
    mentions = [_mention(text, "Amaq", "Amaq", "organization", "e1"),
                _mention(text, "Telegram", "Telegram", "organization", "e2")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Amaq"]


@pytest.mark.model
def test_a_qualified_ministry_with_none_named_keeps_its_description(bare_nlp: Language) -> None:
    text = ("Photo: EPA\n\n"
            "The women and children landed in Frankfurt on Saturday.\n\n"
            "“They are mostly sick children or those with a guardian in Germany,” the foreign ministry said.\n\n"
            "Smugglers attacked security patrols on Tuesday.\n\n"
            "“There were multiple attacks on security patrols across the province,” the same ministry relayed.\n")
    mentions = [_mention(text, "EPA", "European Pressphoto Agency", "organization", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["foreign ministry", "foreign ministry"]


@pytest.mark.model
def test_the_embassy_is_the_embassy_described_before(bare_nlp: Language) -> None:
    text = ("Earlier in March, the U.S. embassy in Russia had issued a warning about an attack.\n\n"
            "Crocus is a popular concert venue in a suburb of Moscow.\n\n"
            "“The Embassy is monitoring reports that extremists plan to target large gatherings,” "
            "read a statement from the embassy.\n")
    mentions = [_mention(text, "Crocus", "Crocus", "organization", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["U.S. embassy in Russia"]


@pytest.mark.model
def test_the_report_is_issued_by_whoever_the_text_said_wrote_it(bare_nlp: Language) -> None:
    text = ("In a recent report by The Long War Journal, two analysts described the use of women in attacks "
            "by the Islamic State West Africa Province. According to the report,\n\n"
            "“the use of women makes it easier for jihadist groups to carry out suicide attacks.”\n")
    mentions = [_mention(text, "The Long War Journal", "Long War Journal", "organization", "e1"),
                _mention(text, "Islamic State West Africa Province", "Islamic State West Africa Province",
                         "armed_group", "e2")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Long War Journal"]


@pytest.mark.model
def test_a_speech_verb_in_a_purpose_clause_does_not_attribute(bare_nlp: Language) -> None:
    text = ("Secretary Jon Kerr underlined the need for the coalition to expand its efforts and deny the group "
            "new recruits by “sharing positive alternative narratives” online.")
    quotes = [q for q in _quotes(bare_nlp, text) if q.direct]
    assert [q.speaker for q in quotes] == ["Jon Kerr"]


@pytest.mark.model
def test_a_quote_standing_alone_takes_the_person_the_next_sentence_points_to(bare_nlp: Language) -> None:
    text = ("“We will fight until there is not one insurgent left in the region, wherever you are.”\n\n"
            "This was the message to insurgents from Major General Ibrahim Sambo Ali, the new theatre commander.\n")
    quotes = [q for q in _quotes(bare_nlp, text) if q.direct]
    assert [q.speaker for q in quotes] == ["Ibrahim Sambo Ali"]


@pytest.mark.model
def test_an_office_acronym_given_before_a_name_is_that_person(bare_nlp: Language) -> None:
    text = ("The Director, Defence Media Operations (DDMO), Major General Musa Kato, spoke in Abuja on Sunday.\n\n"
            "The DDMO however revealed that several soldiers lost their lives.\n\n"
            "“Overall, during the course of the operations, troops sadly recorded casualties,” the DDMO said.\n")
    mentions = [
        _mention(text, "DDMO", "DDMO", "organization", "e1"),
        _mention(text, "Major General Musa Kato", "Musa Kato", "person", "e2"),
        _mention(text, "DDMO", "DDMO", "organization", "e1", nth=1),
        _mention(text, "DDMO", "DDMO", "organization", "e1", nth=2),
    ]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Musa Kato"]


@pytest.mark.model
def test_a_letter_released_by_the_attackers_is_the_group_s(bare_nlp: Language) -> None:
    text = ("The Islamic State West Africa Province claimed the massacre in the town on Sunday. "
            "In a letter released by the attackers, the group said the village had aided the army.\n"
            "The letter reads, “You have harmed our brothers in the past days and you cooperated with the army.”\n")
    mentions = [_mention(text, "Islamic State West Africa Province", "Islamic State West Africa Province",
                         "armed_group", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Islamic State West Africa Province"]


@pytest.mark.model
def test_the_body_after_a_possessive_speaks_not_its_owner(bare_nlp: Language) -> None:
    text = ("“U.S. forces conducted a successful airstrike in northern Syria, killing a senior official,” "
            "the American military’s Central Command (CENTCOM) said.")
    start = text.index("Central Command")
    mentions = [EntityMention("Central Command", start, start + 15, "U.S. Central Command", "organization", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["U.S. Central Command"]


@pytest.mark.model
def test_a_person_right_before_said_speaks_when_the_parse_gives_said_no_subject(bare_nlp: Language) -> None:
    # a short real sentence from the train corpus (se16); inside its full page the parser gave "said" no
    # subject and the nearest one ("the government") was taken. Alone it parses well: a regression guard.
    text = ("Home Secretary Claire O’Neill said the government was weighing “a combination of safety, community "
            "and welfare factors”.\n")
    mentions = [_mention(text, "Claire O’Neill", "Claire O’Neill", "person", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Claire O’Neill"]


@pytest.mark.model
def test_a_quote_signed_on_the_next_line(bare_nlp: Language) -> None:
    text = ("“The rebels killed 43 people in the town and we are still searching for more bodies,”\n"
            "— Dieudonne Duranthabo, civil society coordinator\n")
    mentions = [_mention(text, "Dieudonne Duranthabo", "Dieudonne Duranthabo", "person", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Dieudonne Duranthabo"]


@pytest.mark.model
def test_a_label_before_a_colon_names_the_speaker(bare_nlp: Language) -> None:
    text = ("Army chief Olufemi Oluyede: “We will crush the remaining fighters in the Lake Chad islands”\n"
            "The insurgency in the northeast began in 2009.\n")
    mentions = [_mention(text, "Olufemi Oluyede", "Olufemi Oluyede", "person", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Olufemi Oluyede"]


@pytest.mark.model
def test_an_office_named_before_its_holder_is_the_holder_named_next(bare_nlp: Language) -> None:
    text = ("“The situation is calm and the population is returning to their homes,” the minister said.\n"
            "Mozambique's defence minister Cristovao Chume visited Macomia on Friday.\n")
    chume = _mention(text, "Cristovao Chume", "Cristovao Chume", "person", "e1")
    chume = EntityMention(chume.text, chume.start, chume.end, chume.canonical, chume.type, chume.entity_id,
                          role="defence minister")
    quotes = [q for q in _quotes(bare_nlp, text, [chume]) if q.direct]
    assert [q.speaker for q in quotes] == ["Cristovao Chume"]


@pytest.mark.model
def test_a_statement_signed_by_a_named_spokesman_is_his(bare_nlp: Language) -> None:
    text = ("“The troops repelled the attack and killed several terrorists,” the army said in a statement "
            "signed by its spokesman, Col. Sani Uba.\n")
    mentions = [_mention(text, "Sani Uba", "Sani Uba", "person", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Sani Uba"]


@pytest.mark.model
def test_a_headline_quote_takes_the_person_after_its_colon(bare_nlp: Language) -> None:
    text = "‘We will not retreat from the islands’: Army chief Olufemi Oluyede vows to end insurgency\n"
    mentions = [_mention(text, "Olufemi Oluyede", "Olufemi Oluyede", "person", "e1")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Olufemi Oluyede"]


@pytest.mark.model
def test_the_expert_is_the_expert_named_before(bare_nlp: Language) -> None:
    text = ("Zagazola Makama, a counter-insurgency expert, reported that the terrorists attacked the base.\n"
            "“They burned vehicles and houses before the troops arrived,” the expert added.\n")
    quotes = [q for q in _quotes(bare_nlp, text) if q.direct]
    assert [q.speaker for q in quotes] == ["Zagazola Makama"]


@pytest.mark.model
def test_the_name_between_an_office_and_its_verb_holds_the_office(bare_nlp: Language) -> None:
    # a short real sentence from the train corpus (wa17); the NER typed a country as a person before it
    text = ("Burkino Faso, Niger and Benin have suffered attacks from Islamic groups.\n"
            "The chairman of the African Union, Mahamoud Ali Youssouf said following the attack in Benin that: "
            "“the attack “highlights the urgent need for enhanced cooperation between neighbouring states”.\n")
    mentions = [_mention(text, "Burkino Faso", "Burkino Faso", "person", "e1"),
                _mention(text, "Mahamoud Ali Youssouf", "Mahamoud Ali Youssouf", "person", "e2")]
    quotes = [q for q in _quotes(bare_nlp, text, mentions) if q.direct]
    assert [q.speaker for q in quotes] == ["Mahamoud Ali Youssouf"]


# Attribution habits: a clause after the quote whose own subject is not the speaker, an inverted "warned X" after such
# a clause, media named as "the radio", a body's back-reference to the phrase that named it, a document "from" a date,
# the acronym "IS" read as an auxiliary, an office holder named just after the quote, an indefinite office word, and a
# speaker the NER does not tag.

@pytest.mark.model
def test_a_clause_after_the_quote_does_not_lend_its_subject(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Dieudonne Duranthabo is the civil society coordinator of Komanda.\n\n"
             "According to Duranthabo, “We are truly disappointed because the attackers came back,” "
             "adding that some people have since fled the area.\n")
    assert [q.speaker for q in found] == ["Dieudonne Duranthabo"]


@pytest.mark.model
def test_an_unattributed_quote_paragraph_after_a_named_quote_is_that_speakers(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "According to Duranthabo, “We are truly disappointed because the attackers came back,” "
             "adding that some people have since fled the area.\n\n"
             "Since we are informed that the enemy is still close, “we demand military intervention "
             "as soon as possible.”\n")
    assert [q.speaker for q in found] == ["Duranthabo", "Duranthabo"]


@pytest.mark.model
def test_an_inverted_speech_verb_after_a_clause_names_the_speaker(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, '"Africa remains significantly affected by the group," with renewed operations in the '
             "Sahel, warned Vladimir Voronkov, the head of the counter-terrorism office.\n")
    assert [q.speaker for q in found] == ["Vladimir Voronkov"]


@pytest.mark.model
def test_the_radio_is_the_station_named_before(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "The death toll was 43, according to Radio Okapi, which blamed the rebels. More than 20 "
             "people were killed at a vigil, according to the radio. “Other bodies were discovered in "
             "nearby burned-out homes,” the radio said.\n")
    assert [q.speaker for q in found] == ["Radio Okapi"]


@pytest.mark.model
def test_the_army_after_a_named_army_is_that_armys_body(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "The Niger army announced the arrest of 31 suspects on Saturday. The military killed "
             'Abdoulaye Idouwal, who the army describes as an "influential member of the Islamic State '
             'in the Greater Sahara".\n')
    assert [q.speaker for q in found] == ["Nigerien Armed Forces"]


@pytest.mark.model
def test_a_report_from_a_date_is_the_issuers_report(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "In its latest report on the campaign, the Pentagon said that the group was weaker.\n"
             "In Iraq, “ISIS displayed limited capabilities and conducted the lowest number of attacks "
             "observed since 2003,” said the report from October 29.\n")
    assert [q.speaker for q in found] == ["U.S. Department of Defense"]


@pytest.mark.model
def test_the_acronym_is_parsed_as_an_auxiliary_still_speaks(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "A man stabbed three people in Melbourne on Friday before police shot him.\n"
             "The IS said via its propaganda arm that the man was an “Islamic State fighter and carried "
             "out the operation,” but provided no evidence.\n")
    assert [q.speaker for q in found] == ["Islamic State"]


@pytest.mark.model
def test_the_office_holder_named_right_after_the_quote_speaks(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "“We will not rest until every terrorist is dealt with,” said the army spokesman, Col. "
             "Onyema Nwachukwu, on Sunday.\n\n"
             "“This is a very important step,” the minister said. Defence Minister Mohammed Badaru "
             "Abubakar visited the troops in Monguno.\n")
    assert [q.speaker for q in found] == ["Onyema Nwachukwu", "Mohammed Badaru Abubakar"]


@pytest.mark.model
def test_an_indefinite_office_word_is_not_the_last_person_named(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Defence Minister Cristovao Chume spoke to Lusa on Monday. “The situation is under "
             "control,” he said.\n\n"
             "A local official told AFP: “We are still afraid to go back to our farms.”\n")
    assert [q.speaker for q in found] == ["Cristovao Chume"]


@pytest.mark.model
def test_a_speaker_the_ner_does_not_tag_is_a_person(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Cristovao Chume spoke to Lusa on Monday about the insurgency in Cabo Delgado.\n\n"
             "“The situation is under control in most districts,” he said.\n")
    assert [q.speaker for q in found] == ["Cristovao Chume"]


@pytest.mark.model
def test_the_army_with_no_army_named_is_the_states_not_the_reporting_agency(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Militants killed 20 soldiers in an attack on a base in western Niger, Reuters reported. "
             "Niger has fought jihadists for a decade.\n\n"
             '"The terrorists were repelled after fierce fighting," the army said in a statement.\n')
    assert [q.speaker for q in found] == ["Nigerien Armed Forces"]


@pytest.mark.model
def test_the_military_is_the_force_of_the_country_the_paragraph_names(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Militants killed 20 soldiers in western Niger. Niger has fought jihadists for a decade.\n\n"
             "Mozambique's government has sent more troops to Cabo Delgado. “The insurgents are "
             "retreating towards the coast,” the military said.\n")
    assert [q.speaker for q in found] == ["Armed Defence Forces of Mozambique"]


@pytest.mark.model
def test_an_office_abbreviation_is_the_holder_of_the_office_written_out(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "The Chief of Defence Staff, Gen. Christopher Musa, visited the troops in Maiduguri.\n\n"
             '"I have directed the commanders to clear all the routes," the CDS added.\n')
    assert [q.speaker for q in found] == ["Christopher Musa"]


@pytest.mark.model
def test_she_is_the_woman_the_paragraph_names_not_the_last_man(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Spokeswoman Hauwa Ali said her village was burned. Governor Babagana Zulum promised to "
             'rebuild the town on Monday. "They took everything we had in the house," she said.\n')
    assert [q.speaker for q in found] == ["Hauwa Ali"]


@pytest.mark.model
def test_the_army_after_the_armys_own_voice_is_that_voice(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Two militants were killed in an airstrike in Anbar, the army’s Security Media Cell said "
             "in a statement.\n"
             "The army said the strike was its way of marking the holiday. “This continues our pursuit "
             "of the remaining terrorist gang members,” it said.\n")
    assert [q.speaker for q in found] == ["Iraqi Security Media Cell"]


@pytest.mark.model
def test_a_body_named_with_its_owner_keeps_speaking_when_the_verb_has_a_complement(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "“U.S. forces conducted a successful airstrike in northern Syria, killing a deputy wali,” "
             "the American military’s Central Command (CENTCOM) said.\n")
    assert [q.speaker for q in found] == ["U.S. Central Command"]


@pytest.mark.model
def test_a_quote_after_a_sentence_presenting_the_speaker_is_theirs(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "In a statement on Sunday, police spokesman DSP Nahum Daso said: “Two suspects have been "
             "arrested in connection with the attack.”\n\n"
             "Lt. Col. Sani Uba described the attack as cowardly. “It was a desperate act by a defeated "
             "group. Our troops responded swiftly.”\n")
    assert [q.speaker for q in found] == ["Nahum Daso", "Sani Uba"]


@pytest.mark.model
def test_a_quote_after_a_paragraph_break_keeps_the_previous_speaker(nlp: Language) -> None:
    # the sentence before the quote is another paragraph's: the continuation rule decides, not its subject
    found = direct_on_2025_07_28(
        nlp, "“We will maintain the pressure on the group in Syria,” Ian McCary said.\n \n"
             "In the Kurdistan Region, the coalition has enjoyed strong relations with the Peshmerga.\n \n"
             "“We have, and we will continue to have, excellent cooperation with the Kurdish Peshmerga,” "
             "he added.\n")
    assert [q.speaker for q in found] == ["Ian McCary", "Ian McCary"]


@pytest.mark.model
def test_quoted_as_saying_gives_the_person_quoted_not_the_outlet(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "Gunmen attacked a village in Borno on Sunday.\n\n"
             'The state news agency quoted police commissioner Yusuf Lawal as saying: "Five suspects have '
             'been arrested after the attack."\n')
    assert [q.speaker for q in found] == ["Yusuf Lawal"]


@pytest.mark.model
def test_he_after_an_office_holder_with_a_hyphenated_name(nlp: Language) -> None:
    found = direct_on_2025_07_28(
        nlp, "In a video message, ISWAP leader Abu Musab al-Barnawi threatened more attacks.\n\n"
             "Speaking to the BBC, the mayor of Bunia, Jean-Pierre Bikilisende, said the town was calm. "
             '"People have returned to the market," he added.\n')
    assert [q.speaker for q in found] == ["Jean-Pierre Bikilisende"]


# Attribution habits: "the military" as a speaker when the text named the state's army but not the state.

@pytest.mark.model
def test_the_military_is_the_states_army_named_before(nlp: Language) -> None:
    found = direct_on_2023_04_24(
        nlp, "The Malian army said Monday it had carried out an operation against jihadists in the "
             "northeast.\nThe military urged local armed groups to “coordinate their movements with the "
             "armed forces.”\n")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


@pytest.mark.model
def test_the_nationality_of_a_described_official_refers_back_to_the_person_named(nlp: Language) -> None:
    quotes = direct_on_2023_04_24(
        nlp, 'Hussam al-Tahan, the internal security chief of Damascus countryside, said the cells were '
             'arrested on Sunday. The Syrian security official said the militants were "planning to use '
             'these weapons and explosives to destabilize the region."')
    assert [q.speaker for q in quotes] == ["Hussam al-Tahan"]


@pytest.mark.model
def test_a_nationality_and_a_common_noun_refer_back_to_the_body_named_before(nlp: Language) -> None:
    quotes = direct_on_2023_04_24(
        nlp, "Russia's Federal Security Service said on Monday it had foiled an attack in Moscow. The "
             "foiled attack “once again demonstrates the close coordination between the Kiev regime and "
             "international terrorist organizations,” the Russian intelligence service stated.")
    assert [q.speaker for q in quotes] == ["Federal Security Service"]


# Attribution habits: "it" inside a clause a body's own verb governs, and a speaker's quoted paragraphs across a
# page's captions and links.

@pytest.mark.model
def test_it_inside_the_armys_own_sentence_is_the_army(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "Security forces in Niger have eliminated a member of the Islamic State group.\n"
             "The campaign in the Tillaberi region, bordering Niger, Mali, and Burkina Faso, killed "
             "several insurgents.\n"
             "The army said it had killed Abdoulaye Souleymane Idouwal, whom it described as “an "
             "influential member of the Islamic State,” during a raid on Friday.\n")
    assert [q.speaker for q in found] == ["Nigerien Armed Forces"]


@pytest.mark.model
def test_quoted_paragraphs_go_on_across_captions_and_links(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "Counter-terrorism expert David Otto said: “State forces and suspected spies have been "
             "captured and beheaded by the group.\n\n"
             "READ MORE: Minister urges public to be 'alert' as threat level raised\n\n"
             "Guns uncovered\n\n"
             "Guns uncovered (Image: Getty)\n\n"
             "“Women have been the subject of targeted kidnapping.\n\n"
             "“Sources say the jihadists keep the women as captives.\n")
    assert found and {q.speaker for q in found} == {"David Otto"}
    assert any("Sources say" in q.text for q in found)


@pytest.mark.model
def test_a_quote_after_paragraphs_of_prose_borrows_no_speaker(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "Counter-terrorism expert David Otto said: “The group is growing.”\n"
             "The army has deployed more troops to the province this year, officials confirmed on "
             "Monday after a series of attacks.\n"
             "Residents of the district fled their villages after the fighting spread to the coast "
             "last month, aid groups reported.\n"
             "“We have nothing left.”\n")
    assert all(q.speaker != "David Otto" for q in found if "nothing left" in q.text)


@pytest.mark.model
def test_an_outlet_that_reports_is_not_the_speaker(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "Iraqi National Security Adviser Qassem al-Araji announced in early November that “1,567 "
             "families had been transferred from al-Hol camp,” pointing out that “900 Iraqi families had "
             "been returned to their original areas,” according to the official Iraqi News Agency.")
    assert [q.speaker for q in found] == ["Qassem al-Araji", "Qassem al-Araji"]
    # with no one else speaking, the outlet is the only source there is
    alone = direct_on_2024_06_01(nlp, "“We repelled the attack,” according to the Iraqi News Agency.")
    assert [q.speaker for q in alone] == ["Iraqi News Agency"]


@pytest.mark.model
def test_a_statement_named_by_its_body_is_the_bodys(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "Al-Shaibani traveled to Riyadh on Sunday, according to a joint US-Saudi statement. The "
             "coalition statement expressed that members \"underscored their readiness to work closely "
             "with the Syrian government.\"")
    assert [q.speaker for q in found if "underscored" in q.text] == ["Global Coalition to Defeat Daesh/ISIS"]


@pytest.mark.model
def test_a_rights_body_is_the_organisation_named_before_not_the_armed_group(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "Human Rights Watch published a report on Monday. Islamic State fighters attacked the "
             "village of Manda in June. \"The attackers shot worshippers inside the mosque,\" the rights "
             "group said.")
    assert [q.speaker for q in found] == ["Human Rights Watch"]


@pytest.mark.model
def test_the_subject_of_what_someone_reported_is_not_the_next_speaker(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "In another tweet, French Defence Minister Florence Parly said al-Sahrawi died following a "
             "raid by France’s Barkhane force.\n\n“It is a decisive blow against this terrorist group,” "
             "she tweeted.\n")
    assert [q.speaker for q in found] == ["Florence Parly"]


@pytest.mark.model
def test_an_inverted_pronoun_after_the_quote_speaks(nlp: Language) -> None:
    found = direct_on_2024_06_01(
        nlp, "For his part, Matadi Muyapandi, police administrator of the Mambasa Territory, put the "
             "number of bodies found at 11. The army “is pursuing these rebels everywhere in the areas of "
             "Irumu (Ituri), Beni (North Kivu)”, assured he.")
    assert [q.speaker for q in found] == ["Matadi Muyapandi"]


@pytest.mark.model
@pytest.mark.parametrize(("text", "speaker"), [
    # the parser hangs "stating" under a small clause whose subject is "the operation"
    ("Iraqi Prime Minister Mohammed Shia al-Sudani declared the operation a testament to Iraq’s ongoing "
     "commitment to combating terrorism, stating, “The Iraqis continue their impressive victories over the forces "
     "of darkness and terrorism.”", "Mohammed Shia al-Sudani"),
    # the sentence's own subject is a thing; who threatened is who said it
    ("The air strike came one day after President Biden threatened the perpetrators of the deadly attack saying, "
     "“We will hunt you down and make you pay.”", "Biden"),
])
def test_a_participle_of_saying_quotes_the_nearest_subject_that_can_speak(
    nlp: Language, text: str, speaker: str
) -> None:
    found = direct_on_2024_06_01(nlp, text)
    assert len(found) == 1 and speaker in (found[0].speaker or "")


@pytest.mark.model
def test_the_spokesperson_closing_a_long_title_speaks(nlp: Language) -> None:
    # real wording (Daily Monitor): the parser makes "Division" the subject and the spokesperson a second,
    # coordinated one; the quotation names the force the title begins with
    text = ("“The joint Uganda Peoples’ Defence Forces (UPDF) and Armed Forces of the Democratic Republic of Congo "
            "under Operation Shujaa today put out of action one middle-level ADF commander Fazul who has been "
            "operating in Mwalika Valley,” said UPDF’s Mountain Division and Operation Shuuja spokesperson Maj "
            "Bilal Katamba.\n"
            "According to the army, the commander who was put out of action is Tanzanian by nationality.")
    found = direct_on_2024_06_01(nlp, text)
    assert [q.speaker for q in found][:1] == ["Bilal Katamba"]


@pytest.mark.model
def test_who_made_a_disclosure_in_a_statement_issued_it(nlp: Language) -> None:
    text = ("Troops killed twenty ISWAP terrorists in Borno State. Director of Army Public Relations, Brigadier "
            "General Onyema Nwachukwu made the disclosure in a statement.\n"
            "“The Chief of Army Staff has congratulated the troops,” the statement said.")
    found = direct_on_2024_06_01(nlp, text)
    assert [q.speaker for q in found] == ["Onyema Nwachukwu"]


@pytest.mark.model
def test_a_report_with_no_issuer_is_the_last_speakers_not_the_groups_it_is_about(nlp: Language) -> None:
    text = ("Zagazola Makama, a security analyst, said ISWAP terrorists fired mortar bombs at the base in Buni Yadi.\n"
            "The report said the terrorists fled toward Goniri.\n"
            "“They wanted to try their luck today and they lost badly,” the report said.")
    found = direct_on_2024_06_01(nlp, text)
    assert [q.speaker for q in found] == ["Zagazola Makama"]


# Attribution habits unseen pages: the one a relative clause is about speaks, an event is never a speaker, and a
# country's army speaks for itself.

@pytest.mark.model
def test_the_person_a_relative_clause_is_about_speaks(nlp: Language) -> None:
    found = direct_on_2023_03_10(
        nlp, "The toll is confirmed by Jean Kasereka, president of the local civil society, who "
             "specifies that the assailants “entered the village without noise” on Wednesday.")
    assert [q.speaker for q in found] == ["Jean Kasereka"]


@pytest.mark.model
def test_an_event_is_talked_about_not_a_speaker(nlp: Language) -> None:
    found = direct_on_2023_03_10(
        nlp, "The Malian army said on Monday it had killed a commander near Ménaka.\n"
             "The military said the operation underscores its determination to “defend the integrity "
             "of national territory,” urging citizens to remain vigilant.")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


@pytest.mark.model
def test_a_countrys_army_speaks_not_the_country(nlp: Language) -> None:
    found = direct_on_2023_03_10(
        nlp, "Mali’s army said on Tuesday that “the attackers were pursued and neutralised” near Ménaka.")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


@pytest.mark.model
def test_the_next_sentence_names_the_speaker_in_the_passive(nlp: Language) -> None:
    found = direct_on_2023_03_10(
        nlp, "“The territorial defeat of ISIS does not mean the end of the threat it poses.” It has been "
             "explained by the Political Directors of the Global Coalition against Daesh in a Paris "
             "meeting on Thursday.")
    assert [q.speaker for q in found] == ["Global Coalition to Defeat Daesh/ISIS"]


# Attribution habits unseen pages: a head of state named before speaks as "the head of state", a body described by who
# leads it is the body named before, and a weekday that is a given name stays in the speaker's name.

@pytest.mark.model
def test_the_head_of_state_is_the_president_named_before(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "Mozambican President Filipe Nyusi spoke on Tuesday at the independence day ceremony.\n"
             "“Our salute to these sons who work day and night,” said the Mozambican head of state.")
    assert [q.speaker for q in found] == ["Filipe Nyusi"]


@pytest.mark.model
def test_a_force_described_by_who_leads_it_is_the_force_named_before(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "The Syrian Democratic Forces (SDF) announced two operations near Busayrah on Monday.\n"
             "“Our units targeted an ISIS terrorist cell,” the Kurdish-led force said.")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


@pytest.mark.model
def test_a_weekday_given_name_stays_in_the_speakers_name(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "The Chief of the Air Staff, Air Marshal Sunday Aneke, visited the base on Monday.\n"
             "“This operation demonstrates our resolve,” Aneke said.")
    assert [q.speaker for q in found] == ["Sunday Aneke"]


@pytest.mark.model
def test_the_update_a_headquarters_released_speaks_for_it(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "The successes were contained in the weekly operational update released by the Defence "
             "Headquarters on Thursday.\n"
             "The update reads, “Troops repelled an attack on a forward operating base in Mairari.”")
    assert [q.speaker for q in found] == ["Defence Headquarters"]


@pytest.mark.model
def test_words_describing_those_a_statement_names_are_not_theirs(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "The SDF said in a statement on Monday that its forces captured four ISIS operatives.\n"
             "The captured operatives were identified as Mohammed and Nawaf al-Abbar, who were “tasked "
             "with monitoring the movement of military vehicles” in western Deir ez-Zor.")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


@pytest.mark.model
def test_the_name_closing_an_office_phrase_is_the_person_mr_names_later(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "The army disclosed this in a statement on Saturday by the spokesperson for the joint task "
             "force, Sani Uba.\n"
             "“Further exploitation revealed drag marks and a shallow grave,” said Mr Uba.")
    assert [q.speaker for q in found] == ["Sani Uba"]


@pytest.mark.model
def test_she_is_not_the_one_her_own_sentence_says_was_killed(nlp: Language) -> None:
    found = direct_on_2024_06_26(
        nlp, "French Defence Minister Florence Parly said the strike hit a camp in the Menaka region.\n"
             "Issa al-Sahraoui, the group’s “logistics and finance coordinator”, was killed, she added.")
    assert [q.speaker for q in found] == ["Florence Parly"]


# Attribution habits pages: a claim speaks for whoever made it, and rebels are the armed group named before.

@pytest.mark.model
def test_a_claim_speaks_for_the_group_that_made_it(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The claim, made through Islamic State propaganda channels, said the fighters “captured "
             "one of the Christians” near Nangade.")
    assert [q.speaker for q in found] == ["Islamic State"]


@pytest.mark.model
def test_rebels_are_the_armed_group_named_before(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The Allied Democratic Forces claimed another raid on Friday, with the rebels claiming that "
             "they had “captured a member of the local militia” near Beni.")
    assert [q.speaker for q in found] == ["Allied Democratic Forces"]


@pytest.mark.model
def test_two_single_marks_open_and_close_a_quotation(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "‘’There was a landmine blast at the junction after our convoy had passed,’’ said Joseph "
             "Kibet in an interview on Monday.")
    assert [(q.text[:9], q.speaker) for q in found] == [("There was", "Joseph Kibet")]


@pytest.mark.model
def test_a_name_after_a_two_word_rank_is_the_person_who_speaks(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The Director of Public Relations, Nigerian Air Force, Air Commodore Ibikunle Daramola, "
             "spoke on Saturday. According to him: “The Air Task Force has neutralized several ISWAP "
             "fighters at Bukar Meram.”")
    assert [q.speaker for q in found] == ["Ibikunle Daramola"]


@pytest.mark.model
def test_a_capitalised_name_with_of_the_ner_missed_speaks_whole(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "“Members of the same group executed twelve herders,” the Movement for the Salvation of "
             "Azawad said in a statement on Monday.")
    assert [q.speaker for q in found] == ["Movement for the Salvation of Azawad"]


# Speaker habits: an outlet reports what a body said, a statement quoted later is its signer's, a body's media office
# speaks for the body, a body's words reported by a named person are that person's.

@pytest.mark.model
def test_an_outlet_reporting_a_statement_is_not_its_speaker(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "\u201cA suicide attacker detonated his explosive jacket in the middle of a crowd\u201d in "
             "the town of Khar, the armed group\u2019s news arm Amaq said in a statement, according to "
             "Al Jazeera.")
    assert [q.speaker for q in found] == ["Amaq"]


@pytest.mark.model
def test_an_outlet_that_reports_a_group_claim_is_not_its_speaker(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "ISIS said its members had \u201cdetonated an explosive device on a large gathering in "
             "Marawi City,\u201d CNN reports.")
    assert [q.speaker for q in found] == ["Islamic State"]


@pytest.mark.model
def test_an_outlet_alone_in_the_sentence_still_speaks(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "\u201cThe situation in the camps is getting worse every day for the families,\u201d CNN "
             "reported.")
    assert [q.speaker for q in found] == ["CNN"]


@pytest.mark.model
def test_the_statement_quoted_later_is_its_signers(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The gains were contained in the weekly operational update released by the Defence "
             "Headquarters, and signed by the Director of Defence Media Operations, Major General "
             "Michael Onoja.\n\nAccording to the update, troops sustained a high tempo of operations.\n\n"
             "The statement reads, \u201cIn the North East, troops dealt a significant blow to the "
             "terrorists.\u201d")
    assert [q.speaker for q in found][-1] == "Michael Onoja"


@pytest.mark.model
def test_a_signer_quoted_before_someone_else_does_not_sign_a_later_statement(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The update was released by the Defence Headquarters and signed by Major General Michael "
             "Onoja.\n\n\u201cWe will not rest until the villages are safe again,\u201d Governor Babagana "
             "Zulum said.\n\nThe statement reads, \u201cIn the North East, troops dealt a significant "
             "blow to the terrorists.\u201d")
    assert [q.speaker for q in found][-1] != "Michael Onoja"


@pytest.mark.model
def test_a_media_office_speaks_for_its_owner(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "Fighters of the Popular Mobilization Forces clashed with Islamic State militants near "
             "Hamreen.\n\n\u201cTroops of the 88th brigade destroyed on Tuesday two vehicles loaded with "
             "weapons for IS militants,\u201d the media service of the forces said in a statement.")
    assert [q.speaker for q in found] == ["Popular Mobilization Forces"]


@pytest.mark.model
def test_a_named_security_service_is_not_a_media_office(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "\u201cThe detainee planned to blow up a police station in Moscow,\u201d Russia\u2019s "
             "Federal Security Service said.")
    assert found and "Federal Security Service" in (found[0].speaker or "")


@pytest.mark.model
def test_a_bodys_words_reported_by_a_named_person_are_the_persons(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "Philippine Army chief Lt. Gen. Roy Galido visited the base on Monday.\n\nGalido said the "
             "Philippine Army condemned the \u201csenseless, treacherous and most heinous acts perpetrated "
             "by this terrorist group.\u201d")
    assert [q.speaker for q in found] == ["Roy Galido"]


@pytest.mark.model
def test_a_bodys_words_reported_by_another_body_stay_unchanged(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The Nigerian Army said the Defence Headquarters condemned the \u201csenseless and "
             "cowardly attack on innocent villagers in the community.\u201d")
    assert found and found[0].speaker != "Nigerian Army"


@pytest.mark.model
def test_a_media_office_with_a_name_of_its_own_speaks(nlp: Language) -> None:
    found = direct_on_2025_09_01(nlp, "\u201cFifteen Shias were killed and six others wounded in an attack in central "
                                      "Afghanistan,\u201d the group\u2019s Amaq media wing said in a statement.")
    assert [q.speaker for q in found] == ["Amaq"]


@pytest.mark.model
def test_a_known_presidents_surname_alone_is_his_full_name(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "\u201cThe cowardly terrorist incident in Diyala is a despicable attempt to destabilize the "
             "country,\u201d Salih said in an Arabic-language tweet.")
    assert [q.speaker for q in found] == ["Barham Salih"]


@pytest.mark.model
def test_another_salih_named_in_full_stays_himself(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "Kurdish politician Salih Muslim spoke in Qamishli on Monday.\n\n\u201cThe camps are a "
             "danger to the whole region and its people,\u201d Salih said.")
    assert [q.speaker for q in found] == ["Salih Muslim"]


# Quotation habits of outlets the attribution rules were not written on: attribution verbs beyond "said", a speaker
# presented in the paragraph before a quote, an office holder named after a comma, quotations the stored page cut off,
# and words of speakers the text never names.

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


# Quote speakers, on short sentences written for the tests: the person set between a closing mark and a speech verb
# the parser hung elsewhere speaks; a noun a participle "described as" hangs on is described, not speaking.

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
