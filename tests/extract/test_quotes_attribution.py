"""Speaker attribution the way outlets nobody tuned on write it (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.extract.quotes import QuoteExtractor, find_quote_spans
from sitroom.models import EntityMention, Quote


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
