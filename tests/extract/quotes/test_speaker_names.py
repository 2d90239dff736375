"""Quote speakers' names (extract/quotes.py): surnames with particles or spelt apart, labels before a colon, and names
the NER took for a person that are places."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes, direct_quotes_dated

from sitroom.extract.quotes import QuoteExtractor, _named_as_place
from sitroom.models import EntityMention, Place, PlaceMention, Quote
from sitroom.resolve.persons import place_kind_words

# the reference days the tests' sentences are written around
direct_on_2024_03_11 = direct_quotes_dated("2024-03-11")
direct_on_2024_05_20 = direct_quotes_dated("2024-05-20")


# Speakers named by a surname with its particle: "al-Jabouri said" after "Major General Mohammed al-Jabouri", whether
# the parser keeps the hyphenated name whole or makes each piece of it a subject.

INTRO = "Iraqi army commander Major General Mohammed al-Jabouri visited the area on Monday.\n\n"


@pytest.mark.model
def test_a_surname_with_its_particle_is_the_full_name_given_before(nlp: Language) -> None:
    text = INTRO + "\u201cThe desert is secured,\u201d al-Jabouri said.\n"
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Mohammed al-Jabouri"]


@pytest.mark.model
def test_a_name_split_into_subjects_by_the_parser_is_one_speaker(nlp: Language) -> None:
    # the parser makes "al", "-" and "Jabouri" three subjects of "said": not the speaker "al"
    text = INTRO + ("The area is calm, al-Jabouri said, noting that \u201cany infiltration by the enemy is quickly "
                    "detected and tackled.\u201d\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Mohammed al-Jabouri"]


@pytest.mark.model
def test_a_particle_surname_joins_only_a_full_name_that_holds_it(nlp: Language) -> None:
    text = ("Iraqi army commander Major General Mohammed al-Obeidi visited the area on Monday.\n\n"
            "\u201cThe desert is secured,\u201d al-Jabouri said.\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] != ["Mohammed al-Obeidi"]


# Quote speakers, fix-sp2), on: a label before a colon that names a person of the page by surname alone, the NER
# having missed it ("Trump on Truth Social:"), is that person; "his spokesman said" speaks for the person the sentence
# names before the office, even one the sentence has something done to ("X was shocked by..."), not for the last
# person who acted.

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


# Quote speakers, fix-sp), on: a name the NER took for a person that the words before show to be a place ("between the
# towns of Ngouboua and Kaiga", "X of Zainakote Srinagar") is never who "he said" refers to; a country naming whose
# body or office speaks ("the UK government said") is not the speaker, the phrase is.

def test_a_name_after_the_kind_of_place_and_of_is_a_place() -> None:
    kinds = place_kind_words()
    text = "The attack hit the island between the towns of Ngouboua and Kaiga on Sunday."
    assert _named_as_place(text, text.index("Kaiga"), kinds, set())
    assert _named_as_place(text, text.index("Ngouboua"), kinds, set())
    village = "Gunmen stormed the village of Kwata at dawn."
    assert _named_as_place(village, village.index("Kwata"), kinds, set())


def test_a_name_after_an_office_and_of_stays_a_person() -> None:
    # "the mayor of the town, Ali Bukar": no kind of place right before the name; an office's "of" is no place's
    kinds = place_kind_words()
    text = "The governor of Borno, Babagana Zulum, visited the town of Kaiga, and Ali Bukar spoke."
    assert not _named_as_place(text, text.index("Ali Bukar"), kinds, set())
    assert not _named_as_place(text, text.index("Babagana Zulum"), kinds, set())


def test_a_name_right_after_a_persons_name_and_of_is_the_hometown() -> None:
    kinds = place_kind_words()
    text = "The slain militants were identified as Dawood Ahmad Sofi of Zainakote Srinagar and Majid Dar."
    person_end = text.index("Dawood Ahmad Sofi") + len("Dawood Ahmad Sofi")
    assert _named_as_place(text, text.index("Zainakote"), kinds, {person_end})
    # "of" after a common noun ("the son of Majid Dar", no person's name ending there) makes no hometown
    son = "He is the son of Majid Dar."
    assert not _named_as_place(son, son.index("Majid"), kinds, set())


@pytest.mark.model
def test_he_said_skips_a_town_the_ner_took_for_a_person(bare_nlp: Language) -> None:
    # the town is the last "person" before "he said"; the spokesman named right after is who "he" is
    text = ("The presidency said in a statement that the attack struck the island between the towns of Ngouboua "
            "and Kaiga.\n\n"
            "“This attack confirms the active presence of the jihadists in the basin,” he said.\n\n"
            "Presidential spokesman Brah Mahamat stressed that the president ordered a response.\n")
    mentions = [_person(text, "Kaiga", "p1"), _person(text, "Brah Mahamat", "p2")]
    assert [q.speaker for q in direct_quotes(bare_nlp, text, mentions)] == ["Brah Mahamat"]


@pytest.mark.model
def test_a_countrys_government_speaks_not_the_country(nlp: Language) -> None:
    text = ("Britain issued a travel alert for Uganda on Thursday.\n\n"
            "“Attacks could be indiscriminate, including in places visited by foreigners,” the UK government said "
            "in a statement.\n")
    speakers = [q.speaker for q in nlp(text)._.quotes if q.direct]
    assert speakers == ["UK government"]


@pytest.mark.model
def test_adding_after_a_reported_clause_is_the_speakers_not_the_clauses_subject(nlp: Language) -> None:
    # "adding" hangs on "were killed", whose subject ("dozens") says nothing: the one who said it adds
    text = ("Fishermen fled the island after the raid on Wednesday.\n\n"
            "Musa Garba said that dozens of rebels were killed during the confrontation, adding, “The shooting "
            "continued after we left.”\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Musa Garba"]


@pytest.mark.model
def test_stating_after_a_reported_total_is_the_claimants(nlp: Language) -> None:
    text = ("A suicide bomber struck outside the court on Monday.\n\n"
            "The Amaq news agency claimed that the total number of dead and wounded exceeded 45, stating that "
            "the bombing was carried out “to avenge the prisoners held by the Taliban.”\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Amaq"]


# Quote speakers (sentences written for the tests): a surname the page later spells two letters apart, with its
# particle dropped, or a letter short is the person named first; a state's force described by the country's name in
# the possessive ("Ruritania's army" is not a name of its own) speaks as the force the knowledge base names.

@pytest.mark.model
def test_a_surname_spelled_two_letters_apart_is_the_person_named_in_full(nlp: Language) -> None:
    found = direct_on_2024_05_20(
        nlp, "Clinic director Amani Bwenge told reporters that the attack killed four patients.\n\n"
             "\u201cTwo wards in the medical centre were burned to the ground,\u201d Bwenji said.")
    assert [q.speaker for q in found] == ["Amani Bwenge"]


@pytest.mark.model
def test_a_surname_two_letters_apart_with_another_opening_is_another_person(nlp: Language) -> None:
    found = direct_on_2024_05_20(
        nlp, "Clinic director Amani Bwenge told reporters that the attack killed four patients.\n\n"
             "\u201cTwo wards in the medical centre were burned to the ground,\u201d Mwenji said.")
    assert [q.speaker for q in found] != ["Amani Bwenge"]


@pytest.mark.model
def test_a_surname_without_its_particle_joined_is_the_person_named_first(nlp: Language) -> None:
    found = direct_on_2024_05_20(
        nlp, "Earlier, Von Al-haq, the front's spokesperson, said the five members died in a blast.\n\n"
             "\u201cThe area is so vast and they can hide in the forested mountains,\u201d Al Haqq said.")
    assert [q.speaker for q in found] == ["Von Al-haq"]


@pytest.mark.model
def test_a_one_word_name_a_letter_short_is_the_name_the_page_gave_first(nlp: Language) -> None:
    found = direct_on_2024_05_20(
        nlp, "Local reporter Arizal said the blast came at nine in the morning.\n\n"
             "\u201cThe bomber struck exactly at the canteen of the headquarters,\u201d Ariza said.\n\n"
             "\u201cNo one is allowed to be near the crime scene now,\u201d Arizal said.")
    assert [q.speaker for q in found] == ["Arizal", "Arizal"]


@pytest.mark.model
def test_the_army_after_a_countrys_army_is_the_states_force(nlp: Language) -> None:
    found = direct_on_2024_05_20(
        nlp, "Mali\u2019s army said it has killed a senior commander of the Islamic State in the "
             "Greater Sahara.\n\nThe army gave no details of the clash but said the militant leader "
             "\u201cpersonally directed multiple abductions of civilians and targeted killings\u201d.")
    assert [q.speaker for q in found] == ["Malian Armed Forces"]


# Quote speakers: a name the places step geocoded at the same words is a town the NER took for a person, never whom
# "he said" refers to; an unknown organisation right after a spokesman word is a person; a quotation opening its line
# that nothing attributes (a related story's headline) is left out; a media office written as one capitalised name
# ("SDF Media Center") speaks under that name, one written with its owner's "'s" speaks for the owner.

TOWN = ("The army said its troops struck a camp north of the town of Gorom Gorom on Monday.\n\n"
        "In a statement, he added that the troops \u201chave knocked out many terrorists in the region.\u201d\n")


def _person_named(text: str, surface: str) -> EntityMention:
    start = text.index(surface)
    return EntityMention(surface, start, start + len(surface), surface, "person", f"p-{surface}")


def _quotes(bare_nlp: Language, text: str, placed: list[str]) -> list[Quote]:
    doc = bare_nlp(text)
    doc._.doc_id = "d1"
    doc._.entity_mentions = [_person_named(text, "Gorom Gorom")]
    doc._.place_mentions = [
        PlaceMention(name, text.index(name), text.index(name) + len(name), Place(f"x-{name}", name, "BF", 14.4, -0.2))
        for name in placed]
    doc._.timexes = []
    QuoteExtractor()(doc)
    return [q for q in doc._.quotes if q.direct]


def test_a_placed_name_is_no_person_he_refers_to(bare_nlp: Language) -> None:
    assert "Gorom Gorom" not in [q.speaker for q in _quotes(bare_nlp, TOWN, ["Gorom Gorom"])]


def test_a_person_name_the_places_step_did_not_place_still_speaks(bare_nlp: Language) -> None:
    # the same text with no place there: the person named before is whom "he" refers to (without "the town of"
    # before the name, which says it is a place whatever the places step made of it: session 51)
    assert [q.speaker for q in _quotes(bare_nlp, TOWN.replace("the town of ", ""), [])] == ["Gorom Gorom"]


def test_without_place_mentions_the_persons_stand(bare_nlp: Language) -> None:
    assert [q.speaker for q in direct_quotes(bare_nlp, "\u201cWe will win this war soon enough,\u201d said "
                                             "Colonel Pierre Martin on Monday.\n")] == ["Pierre Martin"]


ADDS = ("\u201cOur forces are pursuing them and they will account for their acts,\u201d {who} said on Tuesday.\n\n"
        "The army suspects that the attackers are linked to the rebels.\n\n"
        "\u201cWe shall even increase the pressure on them and protect our people,\u201d he adds.\n\n"
        "Wildlife Authority spokesperson Bashir Hangi said the park was closed.\n")


def _org_then_person(bare_nlp: Language, who: str, org: str) -> list[Quote]:
    text = ADDS.format(who=who)
    start = text.index(org)
    mentions = [EntityMention(org, start, start + len(org), org, "organization", f"o-{org}"),
                _person_named(text, "Bashir Hangi")]
    return direct_quotes(bare_nlp, text, mentions)


def test_an_unknown_organisation_right_after_a_spokesman_word_is_a_person(bare_nlp: Language) -> None:
    # the NER took the name for a body: "he adds" is still the spokesperson named before
    found = _org_then_person(bare_nlp, "Army spokesperson Felix Kulayigye", "Felix Kulayigye")
    assert [q.speaker for q in found] == ["Felix Kulayigye", "Felix Kulayigye"]


def test_a_body_named_without_a_title_before_it_stays_a_body(bare_nlp: Language) -> None:
    found = _org_then_person(bare_nlp, "the monitoring group Kivu Security Tracker", "Kivu Security Tracker")
    assert [q.speaker for q in found][1] != "Kivu Security Tracker"


def test_a_headline_opening_its_line_with_no_speaker_is_left_out(bare_nlp: Language) -> None:
    text = ("Troops repelled an attack on the base on Monday.\n\n"
            "EXCLUSIVE: 'ISIS Philippines spokesman is now the group\u2019s new emir'\n\n"
            "\u201cFighters in the south are now led by a new emir from abroad\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_line_opening_quotation_with_a_speaker_is_kept(bare_nlp: Language) -> None:
    text = "\u201cWe will win this war soon enough,\u201d said Colonel Pierre Martin on Monday.\n"
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Pierre Martin"]


def test_an_unattributed_quotation_inside_a_sentence_is_kept(bare_nlp: Language) -> None:
    # only a quotation that opens its line is taken for a headline
    text = "The base was described as \u201ca threat to the whole region and far beyond it\u201d in the report.\n"
    assert len(direct_quotes(bare_nlp, text)) == 1


def _sdf(bare_nlp: Language, office: str) -> list[Quote]:
    text = (f"{office} said in a statement, \u201cOur units carried out two joint operations against the cells "
            "in the countryside.\u201d\n")
    start = text.index("SDF")
    sdf = EntityMention("SDF", start, start + 3, "Syrian Democratic Forces", "armed_group", "e-sdf")
    return direct_quotes(bare_nlp, text, [sdf])


def test_a_media_office_named_as_one_capitalised_name_speaks_under_it(bare_nlp: Language) -> None:
    assert [q.speaker for q in _sdf(bare_nlp, "SDF Media Center")] == ["SDF Media Center"]


def test_a_media_office_with_its_owner_written_speaks_for_the_owner(bare_nlp: Language) -> None:
    assert [q.speaker for q in _sdf(bare_nlp, "The SDF's Media Center")] == ["Syrian Democratic Forces"]


def test_a_line_opening_quotation_with_a_speech_verb_is_kept_unresolved(bare_nlp: Language) -> None:
    # "she said" with no one named: a speaker the rules missed, not a headline
    text = "\u201cI beg the aid group, we have families and some of us have children,\u201d she said.\n"
    assert len(direct_quotes(bare_nlp, text)) == 1


def test_a_line_opening_sentence_in_marks_is_no_headline(bare_nlp: Language) -> None:
    # a full stop inside the marks: a quoted sentence whose speaker the rules missed, kept
    text = ("Troops repelled an attack on the base on Monday.\n\n"
            "\u201cGroups of insurgents were also active across the district, looking for food.\u201d\n")
    assert len(direct_quotes(bare_nlp, text)) == 1
