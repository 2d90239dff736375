"""Quotes, twenty-fifth session (short sentences written for the tests): who issued the statement a later "the
statement said" quotes. A body that did something "in a statement" ("Reacting in a statement, X condemned ...")
issued it; "It read, '...'" right after "The statement was titled ..." continues that statement, whose issuer may
be the spokesman who put it out; a bare collective noun ("the force said") is the body named before whose name
holds it, not whoever spoke last."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.models import EntityMention


def _mention(text: str, name: str, canonical: str, kind: str) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), canonical, kind, f"id-{canonical}")


def test_a_body_that_acted_in_a_statement_issued_it(bare_nlp: Language) -> None:
    text = ("\u201cThe talks with the government have broken down,\u201d ISWAP said in a video.\n\n"
            "Reacting in a statement, the Aid Alliance condemned the killing of the aid workers.\n\n"
            "\u201cThe armed group responsible for the kidnapping claimed it executed four hostages,\u201d the "
            "statement said.\n")
    mentions = [_mention(text, "ISWAP", "Islamic State West Africa Province", "armed_group"),
                _mention(text, "Aid Alliance", "Aid Alliance", "organization")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers[-1] == "Aid Alliance"


def test_a_body_that_condemned_in_a_statement_issued_it(bare_nlp: Language) -> None:
    text = ("\u201cWe lost three of our people in the night,\u201d the Borno State Government said.\n\n"
            "The Nigerian Army on Monday condemned the attack on the village in a statement.\n\n"
            "\u201cThe troops have since restored calm to the community,\u201d the statement said.\n")
    mentions = [_mention(text, "Borno State Government", "Borno State Government", "organization"),
                _mention(text, "Nigerian Army", "Nigerian Army", "armed_group")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Borno State Government", "Nigerian Army"]


def test_it_read_after_the_statement_was_titled_is_the_spokesmans(bare_nlp: Language) -> None:
    # the sentences of a train page (wa260), the long quotation shortened
    text = ("Troops of Operation Hadin Kai have neutralised over 37 terrorists.\n\n"
            "The Director of Army Public Relations, Onyema Nwachukwu, disclosed this in a statement on Monday.\n\n"
            "The statement was titled, \u2018Operation Hadin Kai: Troops intensify onslaught on hideouts.\u2019\n\n"
            "It read, \u201cJoint troops of Operation Hadin Kai have continued to intensify their onslaught on "
            "terrorists\u2019 enclaves in the North East.\u201d\n")
    mentions = [_mention(text, "Army Public Relations", "Army Public Relations", "organization"),
                _mention(text, "Onyema Nwachukwu", "Onyema Nwachukwu", "person")]
    quotes = direct_quotes(bare_nlp, text, mentions)
    joint = [q.speaker for q in quotes if q.text.startswith("Joint troops")]
    assert joint == ["Onyema Nwachukwu"]


def test_it_after_a_body_as_subject_stays_the_body(bare_nlp: Language) -> None:
    text = ("The Defence Ministry announced the arrest of five suspects.\n\n"
            "It said, \u201cThe suspects were planning attacks on churches in the capital.\u201d\n")
    mentions = [_mention(text, "Defence Ministry", "Iraqi Ministry of Defence", "organization")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Iraqi Ministry of Defence"]


def test_the_force_is_the_body_named_before_as_a_force(bare_nlp: Language) -> None:
    # the sentences of a train page (sh155)
    text = ("On Thursday, a special unit of Libya\u2019s Counter-Terrorism Force captured an Iraqi national on "
            "suspicion of belonging to the IS terrorist organisation.\n\n"
            "In a statement, the force said that the arrest \u201ccame as a result of intelligence, within the "
            "framework of state efforts to combat terrorism.\u201d\n")
    mentions = [_mention(text, "Counter-Terrorism Force", "Counter-Terrorism Force", "organization"),
                _mention(text, "IS", "Islamic State", "armed_group")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Counter-Terrorism Force"]



def test_the_force_is_never_a_body_named_after_it(bare_nlp: Language) -> None:
    # the noun refers back: a body holding it that the text names only later is not who spoke
    text = ("The Kurdish Regional Government said the raid on the village ended at dawn.\n\n"
            "\u201cOur fighters will pursue the cells in every village,\u201d the force said.\n\n"
            "The Joint Task Force later confirmed the raid.\n")
    mentions = [_mention(text, "Kurdish Regional Government", "Kurdistan Regional Government", "organization"),
                _mention(text, "Joint Task Force", "Joint Task Force", "organization")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers and "Joint Task Force" not in speakers


def test_a_name_set_off_before_a_verb_the_parser_left_without_subject(bare_nlp: Language) -> None:
    # the sentence of a train page (ca189): the parser hangs the name on the place before it
    text = ("During the press conference held on Tuesday January 14 at the FARDC General Staff in Mont-Ngaliema, "
            "General L\u00e9on-Richard Kasonga, FARDC spokesman, affirmed that \"the head of the ADF was the only "
            "one leader who is not yet definitively neutralized and who is hiding somewhere\".\n")
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text)]
    # (the title the entity step strips is still on the name without it)
    assert len(speakers) == 1 and (speakers[0] or "").endswith("L\u00e9on-Richard Kasonga")


def test_a_thing_before_a_verb_without_subject_is_no_speaker(bare_nlp: Language) -> None:
    # what comes before the comma is a place, not a name in apposition: nobody is made up
    text = ("After the attack on the market in the centre of Beni, \"the town is calm again and the shops are "
            "open,\" reported on Tuesday.\n")
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text)]
    assert "Beni" not in speakers


def test_a_report_carries_the_words_of_the_speaker_it_reports(bare_nlp: Language) -> None:
    # the sentence of a train page (as252), the station renamed
    text = ("Mufti Nehmatullah, the IS-K deputy leader in the north, said the jihadists surrendered because \u201cwe "
            "were tired of fighting and pressure was on us from both sides,\u201d an Aug. 2 report by a local "
            "station said.\n")
    mentions = [_mention(text, "Mufti Nehmatullah", "Mufti Nehmatullah", "person")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Mufti Nehmatullah"]


def test_a_report_alone_in_its_sentence_still_speaks(bare_nlp: Language) -> None:
    # no one else speaks in the sentence: the report's issuer is who the quotation is from
    text = ("The Long War Journal published a report on the Sahel on Monday.\n\n"
            "\u201cThe group has doubled the number of its attacks since January,\u201d the report said.\n")
    mentions = [_mention(text, "Long War Journal", "Long War Journal", "organization")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Long War Journal"]


def test_the_plural_forces_are_not_sent_back_to_a_group_named_forces(bare_nlp: Language) -> None:
    # the sentences of a train page (ca100): "the forces" are the army's, not the "Allied Democratic Forces" they fight
    text = ("The joint forces of the Ugandan army attacked camps of the Allied Democratic Forces near the river.\n\n"
            "According to the forces, in their search towards the river, \u201cthey found a mass grave with an "
            "estimated 100 to 150 decomposing bodies.\u201d\n")
    mentions = [_mention(text, "Allied Democratic Forces", "Allied Democratic Forces", "armed_group")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert "Allied Democratic Forces" not in speakers
