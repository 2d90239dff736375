"""Quotes, twenty-fourth session (short sentences written for the tests): a thing that is known, found or planned
("the latest plot", "information") never speaks; a lone surname without its particle ("Refaie said") is the
person quoted before in full ("Tamer al-Refaie"), also one the NER missed and the parser folded into a body's
phrase ("spokesperson of the Egyptian Army Tamer al-Refaie said:"); an office set off by commas before a name the
NER took for a body is that person's; a capitalised name after a body's possessive ("the SDF's Military
Observation Desk") speaks itself; "the army said" after a state's force named "... Defence Force" spoke is that
force."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.models import EntityMention


def _mention(text: str, name: str, canonical: str, kind: str, kb_id: str | None = None) -> EntityMention:
    start = text.index(name)
    return EntityMention(name, start, start + len(name), canonical, kind, f"id-{canonical}", kb_id=kb_id)


def test_a_plot_is_no_speaker(bare_nlp: Language) -> None:
    text = ("The Interior Ministry said it had arrested five men in the south.\n\n"
            "The latest plot sought to \u201ctake control of the town and attack the police stations there,\u201d "
            "the ministry said.\n")
    mentions = [_mention(text, "Interior Ministry", "Tunisian Ministry of Interior", "organization")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Tunisian Ministry of Interior"]


def test_a_body_named_by_a_thing_word_still_speaks(bare_nlp: Language) -> None:
    # "information" qualifies the ministry here; the head noun is the body
    text = ("\u201cThe militants were arrested in a dawn raid on their hideout,\u201d the information ministry "
            "said.\n")
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text)]
    assert speakers and speakers[0] is not None and "ministry" in speakers[0].lower()


def test_a_surname_without_its_particle_is_the_person_quoted_in_full(bare_nlp: Language) -> None:
    # the real sentence of a train page (sh244)
    text = ("In a press conference held on by the Egyptian Army\u2019s Department of Morale Affairs, spokesperson of "
            "the Egyptian Army Tamer al-Refaie said:\n\n"
            "\u201cEgypt is proceeding with its operation against the terrorists in North Sinai.\u201d\n\n"
            "\u201cThe Armed Forces and the police have launched a large security operation,\u201d Refaie said.\n")
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text)]
    assert speakers == ["Tamer al-Refaie", "Tamer al-Refaie"]


def test_another_surname_is_not_joined_to_a_particle_name(bare_nlp: Language) -> None:
    text = ("\u201cEgypt is proceeding with its operation against the terrorists,\u201d Tamer al-Refaie said.\n\n"
            "\u201cThe village will be rebuilt before the winter comes,\u201d Hassan said.\n")
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text)]
    assert speakers[0] == "Tamer al-Refaie"
    assert speakers[1] != "Tamer al-Refaie"


def test_an_office_before_a_name_the_ner_took_for_a_body(bare_nlp: Language) -> None:
    # the real sentence of a train page (wa243), with the NER's person for the place and body for the name
    text = ("But Tchoukou Telia\u2019s deputy prefect, Haki Djiddi, while confirming the incident said \u201c24 troops "
            "were killed, several were wounded and others have scattered into the countryside.\u201d\n")
    mentions = [_mention(text, "Tchoukou Telia", "Tchoukou Telia", "person"),
                _mention(text, "Haki Djiddi", "Haki Djiddi", "organization")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Haki Djiddi"]


def test_a_known_body_in_apposition_is_no_person(bare_nlp: Language) -> None:
    text = ("But the local branch, Islamic State Sahel Province, while claiming the attack said \u201c24 soldiers "
            "were killed and the rest of them fled.\u201d\n")
    mentions = [_mention(text, "Islamic State Sahel Province", "Islamic State Sahel Province", "armed_group",
                         kb_id="group:isgs")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Islamic State Sahel Province"]


def test_a_named_office_after_a_possessive_speaks(bare_nlp: Language) -> None:
    text = ("According to the monthly report released by the SDF\u2019s Military Observation Desk, the forces "
            "arrested 57 persons, \u201cmost of whom are members of terrorist cells in separate areas.\u201d\n")
    mentions = [_mention(text, "SDF", "Syrian Democratic Forces", "armed_group", kb_id="group:sdf")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Military Observation Desk"]


def test_the_owner_speaks_through_a_common_noun(bare_nlp: Language) -> None:
    text = ("According to a report released by the SDF\u2019s media office, the forces arrested 57 persons, "
            "\u201cmost of whom are members of terrorist cells in separate areas.\u201d\n")
    mentions = [_mention(text, "SDF", "Syrian Democratic Forces", "armed_group", kb_id="group:sdf")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Syrian Democratic Forces"]


def test_the_army_is_the_defence_force_that_just_spoke(bare_nlp: Language) -> None:
    # the force's name says "Force", not "forces" or "army": it is a state's force all the same, and the one that
    # just spoke, not the DR Congo's army the paragraph names last
    text = ("\u201cWe have attacked the rebels to prevent further hostile activities,\u201d Uganda\u2019s military "
            "said on Friday.\n\n"
            "After talks with the DR Congo, \u201cthe joint forces will pursue the rebels into their camps in the "
            "forest,\u201d the army said in a statement.\n")
    mentions = [_mention(text, "Uganda", "Uganda", "country", kb_id="country:UG"),
                _mention(text, "DR Congo", "Democratic Republic of the Congo", "country", kb_id="country:CD")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Uganda People's Defence Force"] * 2


def test_the_army_without_a_force_speaking_before_is_the_paragraphs_state(bare_nlp: Language) -> None:
    text = ("The rebels attacked a camp in the DR Congo on Friday.\n\n"
            "After talks with the DR Congo, \u201cthe joint forces will pursue the rebels into their camps in the "
            "forest,\u201d the army said in a statement.\n")
    mentions = [_mention(text, "DR Congo", "Democratic Republic of the Congo", "country", kb_id="country:CD")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert speakers == ["Armed Forces of the Democratic Republic of the Congo"]


def test_the_person_right_before_the_verb_speaks_not_the_clause_subject(bare_nlp: Language) -> None:
    # the real sentence of a train page (ca291): the parser hangs "the joint forces" on "said" as well
    text = ("Addressing journalists from Bundibugyo shortly after visiting Kambi Ya Yua that the joint forces captured "
            "from ADF, Brigadier General Kayanja Muhanga said; \u201cwe have now transited into a second phase where "
            "we will pursue the ADF by foot.\u201d\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Kayanja Muhanga"]


def test_a_single_subject_before_the_person_still_speaks(bare_nlp: Language) -> None:
    text = ("The army said on Sunday that Brigadier General Kayanja Muhanga had visited the camp, \u201cwhere the "
            "rebels kept their weapons and food.\u201d\n")
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text)]
    assert speakers != ["Kayanja Muhanga"]


def test_a_quoted_infinitive_is_what_the_speaker_asks(bare_nlp: Language) -> None:
    text = ("Faced with this renewed violence, the civil society coordinator Jean Mbuyi asks the authorities "
            "\u201cto strengthen the positions of the military. The enemy is still in the forest.\u201d\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Jean Mbuyi"]


def test_an_infinitive_outside_the_marks_is_no_speech(bare_nlp: Language) -> None:
    # "asked to remain anonymous": the verb does not report the quotation, the continuation does not make it hers
    text = ("A nurse who asked to remain anonymous described the ward. \u201cThere were bodies everywhere in the "
            "corridors of the hospital,\u201d the report said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] != ["nurse"]


def test_a_name_with_an_apostrophe_tagged_as_a_pronoun_speaks(bare_nlp: Language) -> None:
    text = ("Police commander Atanasio M'tumuke met the residents of Ilala on Monday.\n\n"
            "Governor Valige Tauabo also visited the district.\n\n"
            "M'tumuke said that in the latest clash some 200 women \"who used to give food to the bandits took the "
            "opportunity to escape. Today there are no women with this group\".\n")
    mentions = [_mention(text, "Atanasio M'tumuke", "Atanasio M'tumuke", "person"),
                _mention(text, "Valige Tauabo", "Valige Tauabo", "person")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Atanasio M'tumuke"]


def test_the_guard_is_the_guard_named_before(bare_nlp: Language) -> None:
    text = ("Iran\u2019s Revolutionary Guard hit targets in eastern Syria on Sunday.\n\n"
            "The guard says a \u201clarge number of terrorists were killed and weapons destroyed\u201d in the "
            "strikes.\n")
    mentions = [_mention(text, "Revolutionary Guard", "Islamic Revolutionary Guard Corps", "armed_group",
                         kb_id="group:irgc")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Islamic Revolutionary Guard Corps"]


def test_a_security_guard_is_no_body(bare_nlp: Language) -> None:
    text = ("The Interior Ministry said the attackers came at night.\n\n"
            "\u201cThey came over the wall and started shooting at the windows,\u201d a security guard said.\n")
    mentions = [_mention(text, "Interior Ministry", "Iraqi Ministry of Interior", "organization")]
    speakers = [q.speaker for q in direct_quotes(bare_nlp, text, mentions)]
    assert "Iraqi Ministry of Interior" not in speakers


def test_a_place_before_the_verb_is_no_second_speaker(bare_nlp: Language) -> None:
    # the real sentence of a train page (se100): the parser makes the place a second subject of "recalls"
    text = ("ILIGAN CITY \u2013 The lone survivor in the January 23 ambush in Munai, Lanao del Norte recalls they were "
            "ambushed by \u201cmore or less 10 young aggressive terrorists\u201d while crossing a shallow river.\n")
    assert "Lanao del Norte" not in [q.speaker for q in direct_quotes(bare_nlp, text)]


def test_a_body_running_into_the_name_is_no_second_speaker(bare_nlp: Language) -> None:
    # the real paragraph of a train page (sh191)
    text = ("\u201cA military operation has been started to wipe out the militants of Islamic State in Sabratha. At "
            "least three of our fighters have been killed and ten wounded,\u201d Sabratha municipal council major "
            "Hussein al-Thwadi said.\n")
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Hussein al-Thwadi"]
