"""Quote speakers that are bodies and offices (extract/quotes.py): ministries, armies, acronyms, a state's adjective, an
office and its holder, and who issued or signed the statement a later "the statement said" quotes."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes, direct_quotes_dated, direct_speakers

from sitroom.extract.quotes import _initials
from sitroom.models import EntityMention

# the reference days the tests' sentences are written around
direct_on_2019_06_04 = direct_quotes_dated("2019-06-04")
direct_on_2023_01_10 = direct_quotes_dated("2023-01-10")
direct_on_2024_03_11 = direct_quotes_dated("2024-03-11")
direct_on_2024_05_07 = direct_quotes_dated("2024-05-07")
direct_on_2024_07_06 = direct_quotes_dated("2024-07-06")
direct_on_2025_09_01 = direct_quotes_dated("2025-09-01")


# Quotes: an acronym no knowledge base expands speaks for the body or the office the page spelled out before it ("the
# ODNI" after "the Office of the Director of National Intelligence", "The MoI" after "Ministry of Interior", "the PM"
# after "Prime Minister X"); an acronym the page never spells out stays as written.

@pytest.mark.model
def test_initials_of_a_name_and_of_its_last_words() -> None:
    assert "odni" in _initials("Office of the Director of National Intelligence")
    assert "moi" in _initials("Ministry of Interior")
    assert "pm" in _initials("Iraqi Prime Minister")
    assert "ipm" in _initials("Iraqi Prime Minister")
    assert _initials("Sudani") == set()  # one word is no acronym's source


@pytest.mark.model
def test_an_acronym_after_the_office_spelled_out_is_that_office(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "The Office of the Director of National Intelligence lists the group among the threats "
             "in East Africa.\n\nThe group \u201cuses small arms and IEDs to conduct small-scale, sporadic "
             "attacks against officials,\u201d according to the ODNI.\n")
    assert [q.speaker for q in found] == ["Office of the Director of National Intelligence"]


@pytest.mark.model
def test_a_mixed_case_acronym_keeps_its_small_words(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "On 6 July, the Libyan Ministry of Interior announced that police had captured an ISIS "
             "cell in Zawiyya.\n\nThe MoI claimed the cell was intending to \u201ccarry out terrorist "
             "attacks and plots to harm security and stability.\u201d\n")
    assert [q.speaker for q in found] == ["Libyan Ministry of Interior"]


@pytest.mark.model
def test_an_office_s_acronym_is_the_person_holding_it(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "Iraqi Prime Minister Mohammed Shia al-Sudani ordered a hunt for the attackers.\n\n"
             "\u201cThe terrorist elements resorted to malicious methods after they received painful "
             "blows,\u201d the PM said in a statement.\n")
    assert [q.speaker for q in found] == ["Mohammed Shia al-Sudani"]


@pytest.mark.model
def test_an_acronym_never_spelled_out_stays_as_written(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "Police arrested three suspects in Peshawar on Monday.\n\n\u201cThe suspects were planning "
             "attacks on security forces in the city,\u201d the RSB said.\n")
    assert [q.speaker for q in found] == ["RSB"]


# Quotes: a state's adjective left alone as a speaker ("the Rwandan statement concluded") is the state's armed forces
# as the knowledge base names them.

@pytest.mark.model
def test_a_demonym_statement_speaks_for_the_state_s_force(nlp: Language) -> None:
    found = direct_on_2023_01_10(
        nlp, "The troops met the governor in Ancuabe district.\n\n\u201cThey received a briefing on the "
             "ongoing operations and praised the work done on the ground so far,\u201d the Rwandan "
             "statement concluded.\n")
    assert [q.speaker for q in found] == ["Rwanda Defence Force"]


@pytest.mark.model
def test_a_people_s_plural_is_left_as_it_is(nlp: Language) -> None:
    # "the Rwandans" are people, not the state's statement: no force is made of them
    found = direct_on_2023_01_10(
        nlp, "\u201cWe want to go home to our villages before the rains come this year,\u201d the Rwandans "
             "said.\n")
    assert [q.speaker for q in found] != ["Rwanda Defence Force"]


# Quotes: who issued the statement a later "the statement said" quotes. A body that did something "in a statement"
# ("Reacting in a statement, X condemned...") issued it; "It read, '...'" right after "The statement was titled..."
# continues that statement, whose issuer may be the spokesman who put it out; a bare collective noun ("the force
# said") is the body named before whose name holds it, not whoever spoke last.

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


# Quotes: "the defense ministry said" on a page about one state is that state's ministry, which the entity stage keeps
# for the records only (never an event's actor); the quote takes the body's name, not the bare words.

@pytest.mark.model
def test_a_lower_case_ministry_speaks_as_the_state_s_ministry(nlp: Language) -> None:
    found = direct_on_2019_06_04(
        nlp, "Security forces in Niger foiled three attacks in Niamey and Diffa over the weekend.\n\n"
             "\u201cThe suicide bomber and his guide were arrested outside the church,\u201d the defense "
             "ministry said.\n")
    assert [q.speaker for q in found] == ["Nigerien Ministry of Defence"]


@pytest.mark.model
def test_a_ministry_in_neither_spelling_keeps_one_name(nlp: Language) -> None:
    # the knowledge base lists Niger's ministry under both spellings: one canonical name
    found = direct_on_2019_06_04(
        nlp, "\u201cThe attackers were neutralised near the border post in the morning,\u201d the "
             "Nigerien Ministry of Defense said in a statement on Niger state television.\n")
    assert [q.speaker for q in found] == ["Nigerien Ministry of Defence"]


# Quotes: a country's office ("Iraq's prime minister said") is its holder named before or just after, not the country;
# a speech verb set off by a comma with a name as its object is the inverted "said X" ('..., added local prosecutor
# X'), not the subject of the clause before; "the note added" is the body whose statement was just quoted.

@pytest.mark.model
def test_a_country_s_office_is_its_holder_named_before(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "Prime Minister Mohammed Shia al-Sudani visited Mosul on Monday.\n\n\u201cThe terrorists "
             "will be hunted down wherever they hide in the country,\u201d Iraq\u2019s prime minister "
             "said.\n")
    assert [q.speaker for q in found] == ["Mohammed Shia al-Sudani"]


@pytest.mark.model
def test_a_country_s_office_is_the_holder_of_that_office_not_of_another(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "Defence Minister Abdulkadir Nur visited the troops in Baidoa.\n\nSomalia\u2019s information "
             "minister said \u201cthe operation killed dozens of al-Shabaab fighters in the "
             "region.\u201d\n\n"
             "Information Minister Daud Aweis spoke to reporters later in Mogadishu.\n")
    assert [q.speaker for q in found] == ["Daud Aweis"]


@pytest.mark.model
def test_an_inverted_verb_with_a_name_as_object_names_the_speaker(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "Investigators had found a series of online chat messages that contained \"concrete "
             "instructions for building explosive devices\" as well as tips on how to cause maximum "
             "damage, added local prosecutor Ulf Willuhn at the same news conference.\n")
    assert [q.speaker for q in found] == ["Ulf Willuhn"]


@pytest.mark.model
def test_a_verb_with_its_own_subject_keeps_it(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "Police spokesman Ahmed Musa said the suspects had \"planned to attack a church in the "
             "capital city\" and told reporters that three of them were arrested on Monday.\n")
    assert [q.speaker for q in found] == ["Ahmed Musa"]


@pytest.mark.model
def test_the_note_is_the_body_whose_statement_was_quoted(nlp: Language) -> None:
    found = direct_on_2024_05_07(
        nlp, "In a statement released Tuesday, SAMIM reports that nine insurgents were killed in an "
             "exchange of fire in Macomia.\n\n\u201cSAMIM forces continue to dominate and pursue the "
             "insurgents in the operational area,\u201d the note added.\n", "2022-11-23")
    assert [q.speaker for q in found] == ["SADC Mission in Mozambique"]


@pytest.mark.model
def test_a_named_office_a_body_owns_speaks_itself(nlp: Language) -> None:
    # capitalised, "the Pentagon's Lead Inspector General" names an office, not the general named before
    found = direct_on_2024_05_07(
        nlp, "Gen. Michael Kurilla visited the camp in March.\n\nThe latest report from the Pentagon\u2019s "
             "Lead Inspector General, a Congressionally-mandated document, explains, \u201cMost residents "
             "of al-Hol are Syrian and Iraqi.\u201d\n")
    assert [q.speaker for q in found] == ["Lead Inspector General for Operation Inherent Resolve"]


# Quote speakers, fix-xe), on: a statement signed or put out by a named person is that person's, when the parser hangs
# the agent on a second participle ("signed and made available... by X") or the set-off "in a statement" on the
# subject ("X, the force's spokesman, in a statement, noted").

@pytest.mark.model
def test_coordinated_participles_share_the_signer_of_the_statement(nlp: Language) -> None:
    text = ("Soldiers raided a militant camp in the north of the state.\n\n"
            "According to a statement signed and made available to reporters on Friday by the force's media "
            "officer, Major Daniel Okoro, the raid led to a long firefight.\n\n"
            "“The troops recovered three rifles and a large quantity of ammunition from the camp.”\n")
    assert direct_speakers(nlp, text) == ["Daniel Okoro"]


@pytest.mark.model
def test_in_a_statement_set_off_after_the_subject_makes_the_statement_the_subjects(nlp: Language) -> None:
    text = ("The commander said some leaders of the group had been killed.\n\n"
            "Colonel Peter Ndlovu, Chief of Public Information, HQ Sector Command, in a statement, noted that "
            "the force would pursue the rest.\n\n"
            "“The force will go after every remaining member of the group in the region,” the statement said.\n")
    assert direct_speakers(nlp, text) == ["Peter Ndlovu"]


# Quote speakers, fix-sp), on: an office set off by a comma right before a name ("the media information officer of the
# task force, Lt Col Musa Bello") is that person's, so that a later "the task force media information officer said" is
# that person even when the role kept only the rank.

@pytest.mark.model
def test_an_office_set_off_before_the_name_is_the_holders(nlp: Language) -> None:
    text = ("Troops of the Joint Task Force North (JTFN) repelled attacks on three bases in Borno State on Sunday.\n\n"
            "A statement issued by the media information officer JTFN, Lt Col Musa Bello, in Maiduguri said the "
            "failed assaults showed the desperation of the terrorists.\n\n"
            "The JTFN media information officer said, \"On Sunday, the base came under heavy attack by a large number "
            "of terrorists.\"\n")
    assert [q.speaker for q in nlp(text)._.quotes if q.direct] == ["Musa Bello"]


@pytest.mark.model
def test_an_office_of_another_word_does_not_name_the_holder(nlp: Language) -> None:
    # the office before the name is a commander's; "the spokesman" is someone else, unnamed
    text = ("The commander of the task force, Brig Gen Musa Bello, visited the troops in Maiduguri on Sunday.\n\n"
            "\"The base came under heavy attack by a large number of terrorists,\" a JTFN spokesman said.\n")
    assert "Musa Bello" not in [q.speaker for q in nlp(text)._.quotes if q.direct]


# Quote speakers on real-page habits: a lower-case ministry with its "of" complement, a bare "the ministry" whose name
# the reported words give, a wire agency's bare-name dateline, a police chief's multi-word office before the name, the
# Puntland army by its kind.

@pytest.mark.model
def test_a_lower_case_ministry_of_defense_is_the_states_ministry(nlp: Language) -> None:
    doc = nlp("Gunmen attacked an Algerian military patrol south of the capital, wounding four gendarmes, the "
              "ministry of defense said.\n")
    assert [q.speaker for q in doc._.quotes] == ["Algerian Ministry of National Defence"]


@pytest.mark.model
def test_the_ministry_named_inside_the_reported_words_speaks(nlp: Language) -> None:
    text = ("Dushanbe, August 31, Interfax - The Tajik Interior Ministry has apprehended 14 citizens suspected of "
            "spreading ISIS ideas, the ministry said on Saturday.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Tajik Ministry of Interior"]


@pytest.mark.model
def test_an_inspector_general_of_police_before_a_name_is_an_office(nlp: Language) -> None:
    text = ("Six men were arrested in Johor, Inspector-General of Police Mohamad Fuzi Harun said in a statement.\n"
            "\"All of them planned to escape to a neighboring country after the attacks,\" Muhamad Fuzi said.\n"
            "Mohamad Fuzi said the suspect had planned several attacks in Sabah.\n")
    doc = nlp(text)
    assert {q.speaker for q in doc._.quotes} == {"Mohamad Fuzi Harun"}
    persons = {m.canonical for m in doc._.entity_mentions if m.type == "person"}
    assert persons == {"Mohamad Fuzi Harun"}


@pytest.mark.model
def test_the_puntland_army_is_the_puntland_defence_forces(nlp: Language) -> None:
    text = ("According to a statement by the Puntland army, troops have killed numerous ISIS fighters.\n"
            "\"Over the course of 72 hours, our forces carried out successful assaults on Islamic State "
            "positions,\" the statement said.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Puntland Defence Forces"]


@pytest.mark.model
def test_a_one_word_source_described_as_an_analyst_is_the_person_he_stands_for(nlp: Language) -> None:
    text = ("In a series of tweets by Zagazola, a counter insurgency expert and security analyst in the Lake Chad "
            "region, the two fighters reportedly lost their way.\n\nHe wrote;\n\n"
            "“Two ISWAP fighters who came on a mission to fight Boko Haram surrendered to troops in Bama.”\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["Zagazola"]


@pytest.mark.model
def test_a_place_described_after_a_comma_stays_a_place(nlp: Language) -> None:
    doc = nlp("The fighters fled to Bama, a town in Borno State, on Monday.\n")
    assert not [m for m in doc._.entity_mentions if m.type == "person"]


@pytest.mark.model
def test_russias_antiterrorism_committee_speaks_by_any_spelling(nlp: Language) -> None:
    text = ("Police stopped a cell linked to ISIS in Dagestan, according to a press release of the National "
            "antiterrorist Committee.\n"
            "“According to reports, all of them were included in the so-called sleeping cell,” said the NAC.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes if q.direct] == ["National Anti-Terrorism Committee"]


# Quote speakers on real-page habits: a capitalised body noun whose name goes on with "of" and another's name ("the
# Ministry of Peshmerga Affairs", "the Embassy of the United States") is a body of its own that speaks, not the force
# or state its name holds; a definite member noun qualified by an armed group's name ("the senior ISIS operative") is
# the member named before, not the group; a state's lower-case office in a headline ("US envoy says") is its holder
# named in the story.

@pytest.mark.model
def test_a_ministry_of_a_force_is_the_ministry(nlp: Language) -> None:
    text = ("“We have sent more troops to the front line near the town,” the Ministry of Peshmerga Affairs said "
            "on Monday.\n")
    assert direct_speakers(nlp, text) == ["Ministry of Peshmerga Affairs"]


@pytest.mark.model
def test_an_embassy_of_a_state_is_the_embassy(nlp: Language) -> None:
    text = "“Three suspects were arrested at a checkpoint outside the city,” the Embassy of the United States said.\n"
    assert direct_speakers(nlp, text) == ["Embassy of the United States"]


@pytest.mark.model
def test_a_groups_operative_is_the_member_named_before(nlp: Language) -> None:
    text = ("Security forces arrested Saher Ahmed al-Abdullah, a senior ISIS commander, in Deir ez-Zor last week. "
            "He admitted to planting bombs.\n\n"
            "The senior ISIS operative further detailed how his cell members “avoided carrying phones during "
            "operations to prevent interception” in the desert.\n")
    assert direct_speakers(nlp, text) == ["Saher Ahmed al-Abdullah"]


@pytest.mark.model
def test_a_groups_spokesman_is_not_taken_for_a_member(nlp: Language) -> None:
    # a spokesman speaks for the group: the member rule leaves it to the rules for offices
    text = ("Security forces arrested Saher Ahmed al-Abdullah, a senior ISIS commander, in Deir ez-Zor last week.\n\n"
            "“Our fighters will avenge the brothers taken in the desert,” the ISIS spokesman said in an audio "
            "message.\n")
    assert direct_speakers(nlp, text) == ["Islamic State"]


@pytest.mark.model
def test_a_headlines_state_office_is_its_holder_named_in_the_story(nlp: Language) -> None:
    text = ("Syria joining coalition ‘marks a new chapter in global security’, US envoy says\n\n"
            "Syria has joined the Global Coalition to Defeat ISIS, U.S. Special Envoy Tom Barrack said on Monday.\n")
    assert direct_speakers(nlp, text) == ["Tom Barrack"]


@pytest.mark.model
def test_a_states_office_taken_before_is_its_holder(nlp: Language) -> None:
    text = ("Prime Minister Mohammed Shia al-Sudani visited Mosul on Monday.\n\n"
            "“We will not allow the group to regroup in the north,” the Iraqi prime minister said.\n")
    assert direct_speakers(nlp, text) == ["Mohammed Shia al-Sudani"]


# Quote speakers on real-page habits: a singular office noun that also names collective or unnamed speakers ("leader"
# as in "the leaders said", "a community leader said") holds the office of the name set off in apposition after it,
# even where the parser hangs the name on the office's "of" complement; its capitalised qualifier ("the Zonal leader")
# is no name.

@pytest.mark.model
def test_a_leader_with_a_name_in_apposition_is_that_person(nlp: Language) -> None:
    text = ("Speaking in Kano on Monday, the Zonal leader of the vigilante group, Garba Musa, said the attackers "
            "fled into the forest.\n\n"
            "He said: “We pursued them as far as the river before we lost their trail in the dark.”\n")
    assert direct_speakers(nlp, text) == ["Garba Musa"]


@pytest.mark.model
def test_an_unnamed_leader_stays_unnamed(nlp: Language) -> None:
    text = "“We pursued them as far as the river before we lost their trail,” a community leader said.\n"
    assert direct_speakers(nlp, text) == []  # no one named: the conventions leave the quote out


@pytest.mark.model
def test_a_related_headline_between_paragraphs_does_not_speak_for_the_statement(nlp: Language) -> None:
    text = ("Gunmen killed 44 civilians in a village in western Niger on Friday, according to the country's "
            "Interior Ministry.\n"
            "The attack took place during Friday prayers, the ministry stated.\n"
            "At least 10 soldiers are killed in an ambush near the border, the army says\n"
            "The news agency was unable to reach the group for comment.\n"
            "“The heavily armed terrorists surrounded the mosque and carried out their massacre,” the statement "
            "said.\n")
    assert direct_speakers(nlp, text) == ["Nigerien Ministry of Interior"]


@pytest.mark.model
def test_a_paragraph_closed_by_a_full_stop_still_speaks_for_the_statement(nlp: Language) -> None:
    text = ("Gunmen killed 44 civilians in a village in western Niger on Friday, according to the country's "
            "Interior Ministry.\n"
            "The attack took place during Friday prayers, the ministry stated.\n"
            "At least 10 soldiers were killed in an ambush near the border, the army said.\n"
            "“The heavily armed terrorists surrounded the mosque and carried out their massacre,” the statement "
            "said.\n")
    # the army of the page's state, the last body speaking
    assert direct_speakers(nlp, text) == ["Nigerien Armed Forces"]


@pytest.mark.model
def test_a_quoted_paragraph_after_a_quotation_over_paragraphs_goes_on_with_its_speaker(nlp: Language) -> None:
    text = ("The Delta Watch summary has it fighters “moved to the village of Nguida, where they reportedly killed "
            "several more people, according to local sources.\n\n"
            "“Later the same day, the fighters moved south-west to another village, where buildings were set on "
            "fire.\n\n"
            "“According to a local source, soldiers left the district town on the morning of 22 May,” the "
            "monitoring group states.\n\n"
            "“Groups of fighters were also active across other districts of the province, though their main goal "
            "seems to be to find food.”\n")
    speakers = direct_speakers(nlp, text)
    assert len(speakers) == 2 and speakers[0] is not None and speakers[1] == speakers[0]


# Quote speakers: an office of several words ("the Deputy Prime Minister") refers back to its holder; a relative
# clause about a thing ("the acts that claimed the lives of...") names no speaker; "the statement" is the body whose
# statement the text named first ("a Security Media Cell statement"); "according to X" closing a paragraph makes X the
# speaker of the quote after.

MINISTER = ("On Monday, Deputy Prime Minister and Minister of Foreign Affairs Anna Lindqvist travelled to Rome for "
            "the meeting of the coalition.\n\n")


@pytest.mark.model
def test_an_office_of_several_words_refers_back_to_its_holder(nlp: Language) -> None:
    text = MINISTER + ("\u201cThe coalition must stay united against the group,\u201d stated the Deputy Prime "
                       "Minister.\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Anna Lindqvist"]


@pytest.mark.model
def test_an_unnamed_holder_of_the_office_is_someone_new(nlp: Language) -> None:
    text = MINISTER + "\u201cThe coalition must stay united against the group,\u201d said a Deputy Prime Minister.\n"
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] != ["Anna Lindqvist"]


@pytest.mark.model
def test_a_relative_clause_about_a_thing_names_no_speaker(nlp: Language) -> None:
    text = ("On Monday, Prime Minister Anna Lindqvist condemned the \u201cbarbaric acts\u201d that claimed the lives "
            "of \u201cinnocent people and caused many injuries in the village.\u201d\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Anna Lindqvist"]


@pytest.mark.model
def test_a_relative_clause_about_an_office_holder_still_names_the_speaker(nlp: Language) -> None:
    text = ("Governor John Okafor visited the town on Monday.\n\n"
            "Residents met the governor, who said that the attackers \u201ccame at night and burned the market "
            "to the ground.\u201d\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["John Okafor"]


CELL = ("Four suspects were killed in an airstrike on Sunday, according to a Security Media Cell statement.\n\n"
        "The strike followed an operation by the Military Intelligence Directorate in the area.\n\n")


@pytest.mark.model
def test_the_statement_is_the_body_whose_statement_was_named_before(nlp: Language) -> None:
    text = CELL + "\u201cAmong those killed was a commander of the group in the province,\u201d the statement said.\n"
    speakers = [q.speaker for q in direct_on_2024_03_11(nlp, text)]
    assert len(speakers) == 1 and "Security Media Cell" in (speakers[0] or "")


@pytest.mark.model
def test_a_statement_named_without_its_body_leaves_the_body_named_last(nlp: Language) -> None:
    text = ("Four suspects were killed in an airstrike on Sunday, according to a Sunday statement.\n\n"
            "The strike followed an operation by the Military Intelligence Directorate in the area.\n\n"
            "\u201cAmong those killed was a commander of the group in the province,\u201d the statement said.\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Military Intelligence Directorate"]


@pytest.mark.model
def test_according_to_a_body_closing_a_paragraph_speaks_on_in_the_next(nlp: Language) -> None:
    text = ("Four suspects were killed in an airstrike in Salahaddin on Sunday, according to the Security Media "
            "Cell.\n\nThe operation was carried out following \u201cdays of surveillance and intelligence "
            "gathering\u201d in the area.\n")
    speakers = [q.speaker for q in direct_on_2024_03_11(nlp, text)]
    assert len(speakers) == 1 and "Security Media Cell" in (speakers[0] or "")


OLUM = ("The overall commander of the operation, Maj Gen Peter Olum, confirmed the killing of the commander.\n\n"
        "\u201cWe are not relenting on our mission of degrading the rebels,\u201d Olum said.\n\n")


@pytest.mark.model
def test_a_definite_office_of_a_named_force_refers_back_to_its_holder(nlp: Language) -> None:
    text = OLUM + ("The battle-hardened UPDF general further confirmed that his troops had recovered ten weapons. "
                   "\u201cWe are making awesome progress and the operation tempo is high.\u201d\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)][-1] == "Peter Olum"


UPDF = ("Ten fighters infiltrated the country through Kasese district and attacked a school, according to the "
        "UPDF.\n\nTheir commander was later killed and his deputy captured.\n\n"
        "\u201cThe group was destroyed and operations have further scattered the fighters into the jungles.\u201d\n\n")


@pytest.mark.model
def test_after_reported_speech_a_lone_quote_is_the_person_speaking_next(nlp: Language) -> None:
    text = UPDF + ("Col. Deo Akiiki said \u201cThese revenge acts of terrorism were occasioned by sustained joint "
                   "operations of both armies.\u201d\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Deo Akiiki", "Deo Akiiki"]


@pytest.mark.model
def test_after_reported_speech_a_lone_quote_keeps_that_speaker_when_no_one_speaks_next(nlp: Language) -> None:
    text = UPDF + "The army has deployed more troops along the border since the attack.\n"
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Uganda People's Defence Force"]


@pytest.mark.model
def test_after_a_persons_reported_speech_a_lone_quote_stays_theirs(nlp: Language) -> None:
    text = ("Western Command commander Lt. Gen. Mario de la Paz visited the wounded on Monday.\n\n"
            "He said the troops were highly motivated and eager to return to the front.\n\n"
            "\u201cThe mission is clear. We will not stop until the group is destroyed.\u201d\n\n"
            "Command spokesman Maj. Felipe Santos said troops attacked the group in the village.\n")
    assert [q.speaker for q in direct_on_2024_03_11(nlp, text)] == ["Mario de la Paz"]


# Quotes: "the statement said" with no issuer named is the body acting in the sentences before, not the group they are
# about; a statement posted on a body's account is that body's; a named news or propaganda office (Amaq, al-Naba)
# speaks itself, also when referred back to ("the mouthpiece", "the newsletter"); a lower-case description ("the
# prosecutors") is the body named before with those words.

@pytest.mark.model
def test_a_statement_no_one_issued_is_the_body_acting_before_not_the_group_it_is_about(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "The Nigerian Army made the announcement on its official social media handles, saying "
             "troops cleared an enclave where 11 ISWAP terrorists were eliminated.\n\n"
             "According to the statement, troops engaged the terrorists in a fierce gun battle.\n\n"
             "\u201cThe neutralisation of the terrorists will contribute to stability in the area,\u201d "
             "the statement stressed.\n")
    assert [q.speaker for q in found] == ["Nigerian Army"]


@pytest.mark.model
def test_a_statement_with_no_body_acting_before_keeps_the_nearest_body(nlp: Language) -> None:
    # no subject body: the old rule (the nearest body named in the two sentences before) still answers
    found = direct_on_2024_07_06(
        nlp, "Troops clashed with the Islamic State in Borno last month.\n\n"
             "\u201cThe terrorists fled into the forest after the clash with our troops,\u201d the "
             "statement said.\n")
    assert [q.speaker for q in found] == ["Islamic State"]


@pytest.mark.model
def test_the_group_s_propaganda_outlet_named_in_apposition_speaks(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "\u201cAround 50 Shiites were killed and 80 wounded in an attack on a mosque in Herat,\u201d "
             "the group\u2019s propaganda outlet Amaq said on Wednesday.\n", "2021-10-20")
    assert [q.speaker for q in found] == ["Amaq"]


@pytest.mark.model
def test_an_affiliated_news_agency_parsed_as_the_object_speaks(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "\u201cIslamic State commandos attack a restaurant frequented by foreigners in the city of "
             "Dhaka,\u201d reported the ISIS-affiliated Amaq news agency.\n", "2016-07-01")
    assert [q.speaker for q in found] == ["Amaq"]


@pytest.mark.model
def test_the_mouthpiece_refers_back_to_the_office_named_before(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "The IS\u2019 Amaq news agency claimed that the outfit sent three men to attack the "
             "police academy.\n\nThe mouthpiece said the militants \u201cused machine guns and grenades, "
             "and then blew up their explosive vests.\u201d\n", "2016-10-25")
    assert [q.speaker for q in found] == ["Amaq"]


@pytest.mark.model
def test_the_group_s_newsletter_is_the_newsletter_named_before(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "In the most recent issue of the Islamic State\u2019s Al Naba weekly newsletter, the group "
             "claims two attacks in the Sahel.\n\n\u201cSoldiers of the caliphate detonated an explosive "
             "device on a car of the American forces,\u201d the Islamic State\u2019s newsletter reads.\n",
        "2019-06-24")
    assert [q.speaker for q in found] == ["al-Naba"]


@pytest.mark.model
def test_an_agency_of_another_body_named_since_is_not_the_office(nlp: Language) -> None:
    # "the agency" after a state's agency was named is that agency, not the propaganda office named earlier
    found = direct_on_2024_07_06(
        nlp, "Amaq claimed the attack on Monday.\n\nThe National Investigation Agency arrested two "
             "suspects in Mumbai.\n\n\u201cThe two men had planned further attacks on the city,\u201d the "
             "agency said.\n", "2023-08-01")
    assert [q.speaker for q in found] != ["Amaq"]


@pytest.mark.model
def test_lower_case_prosecutors_are_the_prosecutors_office_named_before(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "German federal prosecutors identified the men as members of an Islamic State cell.\n\n"
             "\u201cTargets for the attacks were supposed to be institutions of US forces in Germany,\u201d "
             "the prosecutors said in a statement.\n", "2020-04-16")
    assert [q.speaker for q in found] == ["Federal Prosecutor's Office"]


@pytest.mark.model
def test_a_media_center_for_a_backed_force_is_the_force_not_its_backer(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "\u201cThe security forces in Raqqa have arrested six individuals who are responsible for "
             "explosions in the city,\u201d the media center for the US-backed Syrian Democratic Forces "
             "(SDF) said in a statement.\n", "2019-05-27")
    assert [q.speaker for q in found] == ["Syrian Democratic Forces"]


@pytest.mark.model
def test_the_military_s_media_wing_is_the_office_the_knowledge_base_gives_it(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "Security forces killed two militants in North Waziristan, the Pakistan Army said on "
             "Monday.\n\n\u201cThese incidents reveal continued involvement of Afghan nationals in "
             "terrorist activities,\u201d the military\u2019s media wing said in a statement.\n",
        "2025-11-03")
    assert [q.speaker for q in found] == ["Inter-Services Public Relations"]


@pytest.mark.model
def test_a_group_with_two_offices_speaks_itself_through_an_unnamed_wing(nlp: Language) -> None:
    # the Islamic State has two offices in the list (Amaq, al-Naba): its "propaganda wing" names neither
    found = direct_on_2024_07_06(
        nlp, "The Islamic State\u2019s propaganda wing said in a statement on Wednesday that a suicide "
             "bomber had \u201cdetonated his explosive vest among the Taliban militia members.\u201d\n",
        "2020-02-13")
    assert [q.speaker for q in found] == ["Islamic State"]


@pytest.mark.model
def test_members_of_a_group_surrendering_do_not_issue_the_statement(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "Two members of the ISIS terrorist group surrendered to the Puntland Defence Forces in "
             "the Bari region on Sunday.\n\n\u201cThe militants were carrying weapons and wearing military "
             "uniforms when they surrendered,\u201d the statement said.\n", "2025-02-10")
    assert [q.speaker for q in found] == ["Puntland Defence Forces"]


@pytest.mark.model
def test_a_group_claiming_an_attack_issues_the_statement_that_follows(nlp: Language) -> None:
    found = direct_on_2024_07_06(
        nlp, "The Islamic State group has claimed responsibility for an attack that killed 30 soldiers "
             "in Mali.\n\n\u201cAnother 30 soldiers of the apostate army were wounded in the ambush,\u201d "
             "the statement said.\n", "2019-11-21")
    assert [q.speaker for q in found] == ["Islamic State"]


# Speaker habits: a statement quoted a few paragraphs after its signer is named, with only the signer's own words
# reported in between, is the signer's.

@pytest.mark.model
def test_the_signers_own_words_in_between_keep_the_statement_his(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "The Kano State Police Command has confirmed that ten people were killed in the attack.\n\n"
             "In a press release issued by the Police Public Relations Officer, CSP Musa Lawal, the "
             "attack occurred on Sunday evening.\n\nLawal also stated that calm has returned to the "
             "villages.\n\nThe Command urged residents to remain calm and to help the security "
             "agencies.\n\n\u201cThe attackers came in large numbers and opened fire on the "
             "villagers,\u201d the statement read.")
    assert [q.speaker for q in found][-1] == "Musa Lawal"


@pytest.mark.model
def test_someone_else_quoted_in_between_still_breaks_the_statement(nlp: Language) -> None:
    found = direct_on_2025_09_01(
        nlp, "In a press release issued by the Police Public Relations Officer, CSP Musa Lawal, the "
             "attack occurred on Sunday evening.\n\n\u201cWe will rebuild every house,\u201d Governor "
             "Abba Yusuf said.\n\nThe Command urged residents to remain calm.\n\n\u201cThe attackers "
             "came in large numbers and opened fire on the villagers,\u201d the statement read.")
    assert [q.speaker for q in found][-1] != "Musa Lawal"


# Quote speakers (extract/quotes.py): an unnamed spokesman of a body the text gives only by its noun.

@pytest.mark.model
def test_unnamed_spokesman_for_a_described_body_is_the_body_named_before(nlp: Language) -> None:
    text = ("Eleven militants were killed in a raid by the Counter Terrorism Department (CTD) "
            "in Mastung on Monday.\n\n"
            "A spokesman for the department said that CTD men conducted a search operation in the area.\n\n"
            "\u201cAfter the heavy gun battle that ensued, 11 alleged terrorists were found dead in the compound,"
            "\u201d "
            "said the spokesman.\n")
    assert direct_speakers(nlp, text) == ["Counter Terrorism Department"]


@pytest.mark.model
def test_unnamed_spokesman_of_a_body_never_named_stays_a_description(nlp: Language) -> None:
    text = ("Eleven militants were killed in a raid in Mastung on Monday.\n\n"
            "\u201cAfter the heavy gun battle that ensued, 11 alleged terrorists were found dead in the compound,"
            "\u201d "
            "said a spokesman for the department.\n")
    assert direct_speakers(nlp, text) == ["spokesman"]


@pytest.mark.model
def test_spokesman_named_before_keeps_his_words_over_the_body(nlp: Language) -> None:
    text = ("Eleven militants were killed in a raid by the Counter Terrorism Department (CTD) "
            "in Mastung on Monday.\n\n"
            "The army spokesman, Colonel Ahmed Khan, said the raid was planned for weeks.\n\n"
            "\u201cAfter the heavy gun battle that ensued, 11 alleged terrorists were found dead in the compound,"
            "\u201d "
            "the army spokesman said.\n")
    assert direct_speakers(nlp, text) == ["Ahmed Khan"]


@pytest.mark.model
def test_campaign_commander_named_by_surname_alone_has_his_full_name(nlp: Language) -> None:
    # known_persons.toml: the NER takes the rare surname for a place or a body
    text = ("Troops killed three Abu Sayyaf militants in Patikul town on Friday night.\n\n"
            "\u201cThe support of the public in our peace and security operations is much, much needed,\u201d "
            "Sobejana told The Associated Press.\n")
    assert direct_speakers(nlp, text) == ["Cirilito Sobejana"]
