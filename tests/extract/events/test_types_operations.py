"""Operations end to end: a force's operations against the group, arrests and roundups, their actor, place, date and
count."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate import build_nlp
from sitroom.extract.events.triggers import find_triggers
from sitroom.extract.events.vocab import vocab
from sitroom.resolve.actor_kb import load_actor_kb

# the reference days the tests' sentences are written around
events_on_2020_10_03 = events_dated("2020-10-03")
events_on_2022_03_05 = events_dated("2022-03-05")
events_on_2022_06_12 = events_dated("2022-06-12")
# a Tuesday
events_on_2022_11_08 = events_dated("2022-11-08")
events_on_2024_03_10 = events_dated("2024-03-10")
events_on_2024_03_29 = events_dated("2024-03-29")
events_on_2024_05_10 = events_dated("2024-05-10")
events_on_2024_05_21 = events_dated("2024-05-21")
events_on_2024_06_20 = events_dated("2024-06-20")
events_on_2024_10_18 = events_dated("2024-10-18")
events_on_2024_10_28 = events_dated("2024-10-28")
events_on_2025_01_20 = events_dated("2025-01-20")
events_on_2025_05_07 = events_dated("2025-05-07")
events_on_2025_07_10 = events_dated("2025-07-10")
events_on_2025_09_28 = events_dated("2025-09-28")
events_on_2024_01_25 = events_dated("2024-01-25")
events_on_2022_03_10 = events_dated("2022-03-10")


# Operations: an operation noun after the "of" of a noun of setting it going ([modality] support_nouns: "announced on
# Monday the launch of an operation", "announced today the implementation of a security operation") is carried as by
# "launched an operation", and its day is the one the launch is told on.

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The army announced on Monday the launch of an operation in Anbar against ISIS cells.",
    "Iraqi forces announced on Monday the start of a security operation in Anbar against ISIS cells.",
])
def test_the_launch_of_an_operation_carries_it(nlp: Language, text: str) -> None:
    assert [(e.type, e.date) for e in events_on_2022_11_08(nlp, text)] == [("operation", "2022-11-07")]


@pytest.mark.model
def test_an_operation_after_another_nouns_of_is_not_carried(nlp: Language) -> None:
    found = events_on_2022_11_08(nlp, "The army announced on Monday the cost of an operation against ISIS cells.")
    assert [e for e in found if e.type == "operation"] == []


# Operations: an arrest whose object points back at people an arrest told before took (a pronoun, "the suspects") is
# that arrest told again with its place or its day, not a second operation; one of other people stays its own.

@pytest.mark.model
def test_an_arrest_of_him_is_the_arrest_told_before(nlp: Language) -> None:
    text = ("A Chicago man was arrested on Tuesday on charges of trying to support the Islamic State. "
            "The FBI arrested him at his Chicago home on Tuesday morning.")
    assert [e.type for e in events_on_2024_03_29(nlp, text)] == ["operation"]


@pytest.mark.model
def test_the_suspects_arrested_at_their_home_are_the_arrest_told_before(nlp: Language) -> None:
    text = ("Police in Mbale District have arrested four people suspected of links with the Allied Democratic "
            "Forces. The suspects were traced and arrested at their home in Namabasa village in Mbale District.")
    assert [e.type for e in events_on_2024_03_29(nlp, text)] == ["operation"]


@pytest.mark.model
def test_other_suspects_arrested_elsewhere_are_another_arrest(nlp: Language) -> None:
    text = ("Police arrested two men suspected of links with the Islamic State in Jakarta on Monday. "
            "Police also arrested three other suspects in Surabaya on Wednesday.")
    assert [e.type for e in events_on_2024_03_29(nlp, text)] == ["operation", "operation"]


@pytest.mark.model
def test_the_suspect_a_verb_before_it_took_is_not_one_told_before(nlp: Language) -> None:
    text = ("On March 12, troops arrested two Islamic State fighters near Monguno. On March 20, troops intercepted an "
            "ISWAP logistics supplier in the general area of Baga, the suspect was promptly arrested.")
    assert [e.type for e in events_on_2024_03_29(nlp, text)] == ["operation", "operation"]


@pytest.mark.model
def test_him_arrested_weeks_later_in_another_town_is_one_more_arrest_of_a_sweep(nlp: Language) -> None:
    text = ("Police arrested four suspects in Malacca on March 3 for links with the Islamic State. "
            "Police arrested him in Kota Kinabalu on March 26 for joining the Islamic State.")
    assert [e.type for e in events_on_2024_03_29(nlp, text)] == ["operation", "operation"]


# Operations: which bodies arrest at home (actors.toml ``domestic``), written on short sentences of our own, each with
# a case where the rule must not fire.

def test_internal_security_and_investigation_services_are_domestic() -> None:
    kb = load_actor_kb()
    for body in ("tajik_gknb", "nia_india", "singapore_isd", "syrian_interior_ministry", "uganda_jatt"):
        assert kb.actors[body].domestic, body
    # armies still fight abroad
    assert not kb.actors["updf"].domestic and not kb.actors["nigerian_army"].domestic


@pytest.mark.model
def test_a_security_service_detains_at_home_on_a_page_about_an_attack_abroad(nlp: Language) -> None:
    text = ("Islamic State gunmen attacked a concert hall near Moscow on Friday, killing 40 people. Officers of "
            "Tajikistan's State Committee for National Security have detained nine people.")
    assert ("operation", "TJ") in {(e.type, e.country) for e in events_on_2024_03_29(nlp, text)}


@pytest.mark.model
def test_an_operation_word_told_in_the_sentence_of_the_attack_is_the_attackers_raid(nlp: Language) -> None:
    text = ("The first operation took place on March 17 near the town of Dubalma, when about 50 Islamic State "
            "fighters on motorcycles attacked a military post, killing 12 soldiers.")
    found = events_on_2024_03_29(nlp, text)
    assert [e.type for e in found] == ["attack"]
    # an operation answering the attack ("after") is the force's own
    text = ("The police cell was busted on March 20 after Islamic State fighters attacked a military post near "
            "Dubalma on March 17, killing 12 soldiers.")
    assert "operation" in {e.type for e in events_on_2024_03_29(nlp, text)}


# Operations: an arrest that stopped a plot, and a capture of the group's people announced by the body that made it,
# written on short sentences of our own, each with a case where the rule must not fire.

@pytest.mark.model
def test_an_arrest_told_as_what_stopped_a_plot_is_made(nlp: Language) -> None:
    text = ("The plot was foiled as Indonesia's counter-terrorism squad Densus 88 arrested two of the would-be "
            "attackers in Jakarta on Sunday morning.")
    assert ("operation", "ID") in {(e.type, e.country) for e in events_on_2024_03_29(nlp, text)}
    # a stop that may only come stays a potential: nothing was made
    text = "The plot could be foiled if police arrest the suspects in Jakarta."
    assert "operation" not in {e.type for e in events_on_2024_03_29(nlp, text)}


@pytest.mark.model
def test_the_announced_capture_of_a_leader_of_the_group_is_an_operation(nlp: Language) -> None:
    text = ("Iraq's National Security Service announced on Tuesday the capture of a senior Islamic State leader "
            "in Kirkuk.")
    assert ("operation", "IQ") in {(e.type, e.country) for e in events_on_2024_03_29(nlp, text)}
    # the group announcing the capture of soldiers reports its own deed, no force's operation
    text = ("Islamic State fighters attacked a military post near Deou on Monday. The terrorist group also announced "
            "the capture of five soldiers.")
    assert "operation" not in {e.type for e in events_on_2024_03_29(nlp, text)}
    # a town's capture stays its recapture, not an arrest
    text = "The Syrian Democratic Forces announced the capture of Hajin on Tuesday."
    assert "operation" not in {e.type for e in events_on_2024_03_29(nlp, text)}


# Arrests: an arrest whose doer is a force a demonym names is one arrest by a known state, though nothing else anchors
# it; a bare force anchors nothing; the "by" phrase of a verb of stopping told in the past is the means that was used,
# not a thing that was only tried.

def _operations(found: list) -> list:
    return [e for e in found if e.type == "operation"]


@pytest.mark.model
def test_an_arrest_by_a_national_force_is_its_operation(nlp: Language) -> None:
    found = _operations(events_on_2020_10_03(nlp, "German special forces arrested the suspected IS member in a raid."))
    assert [e.country for e in found] == ["DE"]
    found = _operations(events_on_2020_10_03(
        nlp, "Iranian security forces announced last month that they had arrested a dozen "
             "Islamic State fighters."))
    assert [e.country for e in found] == ["IR"]


@pytest.mark.model
def test_an_arrest_by_a_bare_force_anchors_nothing(nlp: Language) -> None:
    assert _operations(events_on_2020_10_03(nlp, "Police arrested two men.")) == []


@pytest.mark.model
def test_the_means_of_a_thwarting_told_in_the_past_happened(nlp: Language) -> None:
    found = _operations(events_on_2020_10_03(
        nlp, "The FSB said it had thwarted the activities of the Islamic State on September 30, "
             "by detaining all members of a cell in the Moscow region."))
    assert [(e.country, e.date) for e in found] == [("RU", "2020-09-30")]
    # a potential stays one
    assert _operations(events_on_2020_10_03(
        nlp, "Police could prevent an attack by arresting the Islamic State suspects in "
             "Moscow.")) == []


@pytest.mark.model
def test_a_dated_passive_arrest_under_a_law_is_the_states_operation(nlp: Language) -> None:
    found = _operations(events_on_2020_10_03(
        nlp, "Singapore's Internal Security Department said on Monday it had dealt with two "
             "cases. A male 17-year-old student was detained in January 2020 under the "
             "Internal Security Act (ISA)."))
    assert [(e.country, e.date) for e in found] == [("SG", "2020-01")]
    # undated, it is who the person is
    assert _operations(events_on_2020_10_03(
        nlp, "The youth is the youngest to ever have been detained under the Internal "
             "Security Act in Singapore.")) == []


# Arrests: an arrest verb whose subject is a state named as such is that state's operation, as one whose subject is
# its force is.

@pytest.mark.model
def test_a_state_that_detains_group_members_makes_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "Germany has detained five suspected members of the Islamic State who were planning an attack.")
    assert [(e.type, e.country) for e in found] == [("operation", "DE")]


@pytest.mark.model
def test_a_state_that_arrests_named_fighters_on_a_day_makes_a_dated_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Iraq arrested several Islamic State members in Kirkuk on Thursday.")
    assert [(e.type, e.country, e.date) for e in found] == [("operation", "IQ", "2024-05-09")]


@pytest.mark.model
def test_a_state_that_kills_group_members_is_left_to_the_other_rules(nlp: Language) -> None:
    # only arrest verbs: a state's killing may be its air force's strike or its army's raid
    found = events_on_2024_05_10(nlp, "Iran has killed five members of the Islamic State.")
    assert found == []


@pytest.mark.model
def test_a_squad_that_arrests_suspected_militants_makes_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp,
                                 "The anti-terror squad arrested 18 suspected militants in West Sumatra on Monday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-05-06")]


@pytest.mark.model
def test_a_squad_arrested_by_no_one_stays_a_detail(nlp: Language) -> None:
    # the doer noun counts only as the subject of the arrest: a squad that was itself detained makes no operation
    found = events_on_2024_05_10(nlp, "Members of the squad were arrested.")
    assert found == []


# Further arrests: an arrest whose counted people are told as on top of others ("four more suspected members", "three
# additional suspects") is an arrest besides the one told before, not that one again; a count's bound ("more than 20
# suspects") is not.

FIRST = "The Syrian Democratic Forces arrested seven suspected ISIS members on Saturday in eastern Syria. "


@pytest.mark.model
def test_more_suspects_arrested_are_another_arrest(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, FIRST
                                 + "SDF units later arrested four more suspected ISIS members in Deir ez-Zor.")
    assert len([e for e in found if e.type == "operation"]) == 2


@pytest.mark.model
def test_additional_suspects_are_another_arrest(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, FIRST + "SDF forces also detained three additional ISIS suspects in Deir ez-Zor.")
    assert len([e for e in found if e.type == "operation"]) == 2


@pytest.mark.model
def test_more_than_a_count_is_the_same_arrest(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, FIRST + "The SDF said more than 20 suspects had been detained in the sweep.")
    assert len([e for e in found if e.type == "operation"]) == 1


# Arrests: a body's report of "the arrest of" people it took is its operation; an arrest told in the passive with no
# agent, at a place of its own, is an operation when a state's force or body is the one that reports it, not when a
# witness does; an arrest noun with no verb of reporting stays background.

@pytest.mark.model
def test_a_body_announcing_the_arrest_of_people_made_it(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "The National Intelligence and Security Service (NISS) announced the arrest of "
             "82 individuals affiliated with ISIS."))
    assert [e.actor for e in found] == ["National Intelligence and Security Service"]
    found = _operations(events_on_2025_05_07(
        nlp, "The Punjab Counter Terrorism Department (CTD) has confirmed the arrest of 21 "
             "alleged terrorists in Lahore."))
    assert [(e.country, e.place) for e in found] == [("PK", "Lahore")]


@pytest.mark.model
def test_an_arrest_noun_without_a_report_is_background(nlp: Language) -> None:
    assert _operations(
        events_on_2025_05_07(nlp, "After his arrest, the suspect told investigators about the ISIS cell.")) == []
    # the arrest of a town's attackers asked for, not reported
    assert _operations(events_on_2025_05_07(nlp, "Residents demanded the arrest of the ISIS fighters.")) == []


@pytest.mark.model
def test_a_passive_arrest_a_force_reports_at_a_place_is_its_operation(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "Four alleged ISIS terrorists have been arrested in Pakistan's Punjab province, "
             "police said."))
    assert [(e.country, e.place) for e in found] == [("PK", "Punjab")]
    found = _operations(events_on_2025_05_07(nlp, "Indonesian police said eight men were arrested in Riau province."))
    assert [(e.country, e.place) for e in found] == [("ID", "Riau")]


@pytest.mark.model
def test_a_passive_arrest_told_by_others_or_nowhere_is_no_operation(nlp: Language) -> None:
    # a witness is no force, nor is whoever speaks for a government
    assert _operations(events_on_2025_05_07(nlp, "A witness said two ISIS suspects were arrested in Kampala.")) == []
    assert _operations(events_on_2025_05_07(
        nlp, "A 16-year-old Syrian refugee has been arrested in Germany on suspicion of "
             "planning a bomb attack in the name of ISIS, officials said Wednesday.")) == []
    # no place of its own
    assert _operations(events_on_2025_05_07(nlp, "Police said two ISIS suspects were arrested.")) == []


@pytest.mark.model
def test_the_body_reporting_an_arrest_gives_way_to_the_force_that_made_it(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "The Syrian Ministry of Interior announced the arrest of an ISIS cell in Afrin. "
             "It stated that the security operation carried out by the Internal Security "
             "Forces in Afrin targeted ISIS cells."))
    assert [(e.country, e.actor) for e in found] == [("SY", "Internal Security Forces")]
    # who was taken is never who reported the arrest
    found = _operations(events_on_2025_05_07(nlp, "Police reported the arrest of two Islamic State members in Lahore."))
    assert [(e.place, e.actor) for e in found] == [("Lahore", None)]


@pytest.mark.model
def test_the_day_an_arrest_is_announced_is_not_the_day_it_was_made(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "On Friday, June 27, the Royal Malaysian Police announced the arrest of 36 "
             "Bangladeshi nationals linked to the Islamic State. The police's operation "
             "started on April 24 in Johor.", reference="2025-06-28"))
    assert [(e.date, e.country) for e in found] == [("2025-04-24", "MY")]


# Arrests: a pledge of allegiance sworn by a suspect, a detainee, a cell or someone told only as "he" is background of
# an arrest, not a group's pledge; a group's pledge stays one; Western Sahara's towns, where Morocco's bureau breaks
# up cells, are in Morocco as the annotated pages put them.

def _pledges(found: list) -> list:
    return [e for e in found if e.type == "pledge"]


@pytest.mark.model
def test_a_suspects_pledge_is_background_of_the_arrest(nlp: Language) -> None:
    assert _pledges(events_on_2025_05_07(
        nlp, "According to preliminary investigations, the suspects, steeped in the extremist "
             "ideology of Daesh and pledged their allegiance to the so-called emir of this "
             "organization, were planning dangerous terrorist projects.")) == []
    assert _pledges(
        events_on_2025_05_07(nlp, "Some of those arrested had pledged allegiance to ISIS in 2019, he added.")) == []
    assert _pledges(events_on_2025_05_07(
        nlp, "Two men were detained in Singapore. He had pledged his allegiance to the ISIS's "
             "caliph, Abu Bakr al-Baghdadi, as early as in July 2014.")) == []


@pytest.mark.model
def test_the_group_after_a_cell_is_the_cell(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The BCIJ dismantled a four-member ISIS cell operating between Tetouan and Chefchaouen. "
             "The group had pledged allegiance to ISIS' leader and was reportedly planning attacks.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_groups_pledge_stays_one(nlp: Language) -> None:
    found = _pledges(events_on_2025_05_07(nlp, "In 2019, the ADF pledged allegiance to the Islamic State."))
    assert [(e.actor, e.date) for e in found] == [("Allied Democratic Forces", "2019")]
    # "the group" after a sentence on arrested suspects (no cell) is the group named
    found = _pledges(events_on_2025_05_07(
        nlp, "Police arrested five suspects linked to the ADF. The group pledged allegiance to "
             "the Islamic State in 2019."))
    assert [e.actor for e in found] == ["Allied Democratic Forces"]
    found = _pledges(events_on_2025_05_07(
        nlp, "Rustam Asildarov, an emir who swore allegiance to IS in 2014, was killed in a "
             "raid in Makhachkala."))
    assert [e.date for e in found] == ["2014"]


@pytest.mark.model
def test_a_cell_in_western_sahara_is_broken_up_in_morocco(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Three members of a cell active in Laayoune, Salé and Marrakech were arrested today by the "
             "BCIJ.")
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "MA", "Laayoune")]


@pytest.mark.model
def test_where_the_people_arrested_were_headed_is_not_where_the_arrest_was(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Kenyan police have arrested two Tanzanians and two Kenyans said to have been travelling to "
             "Yemen to join the terror group ISIS.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]
    found = events_on_2025_05_07(nlp, "Police in Kenya detained a man who was trying to fly to Turkey to join ISIS.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]
    # a place the arrest verb's own phrase names still locates it
    found = events_on_2025_05_07(nlp, "Police arrested two men in Mombasa who were travelling to Somalia to join ISIS.")
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "KE", "Mombasa")]


@pytest.mark.model
def test_an_airport_where_suspects_are_arrested_is_known(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "The suspects were arrested at JKIA on Tuesday by the Anti-Terror Police Unit.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]


@pytest.mark.model
def test_one_bodys_arrest_of_as_many_people_told_twice_is_one(nlp: Language) -> None:
    # a page with no date: nothing but the count tells that the two are one
    text = ("Three members of a cell linked to Daesh were this morning arrested by the BCIJ.\n\nThe BCIJ strikes "
            "again! Three members of a cell active in Laayoune, Salé and Marrakech were arrested today by the BCIJ.")
    found = events_on_2025_05_07(nlp, text, reference=None)
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "MA", "Laayoune")]
    # two arrests of different counts stay two
    text = ("Three members of a cell linked to Daesh were this morning arrested by the BCIJ.\n\nThe BCIJ strikes "
            "again! Six members of a cell active in Laayoune, Salé and Marrakech were arrested today by the BCIJ.")
    assert len(events_on_2025_05_07(nlp, text, reference=None)) == 2


# Arrests: an arrest told in the passive is an operation when a force is its agent, or when a place and a day of its
# own locate it (not a place of the people arrested, of the attack it followed, or of their arrival); a cell broken up
# happened where the phrase on the cell puts it ("active in the cities of A and B": in A); "was able to" tells a deed;
# an attack told with a day years before the article is not the event told just before it.

@pytest.mark.model
def test_a_passive_arrest_with_a_force_as_agent_is_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "ISWAP commander Saidu Hassan Yellow has been apprehended by troops of the Nigerian Army "
             "in Mubi on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]
    # the same arrest by no force
    assert events_on_2025_05_07(nlp,
                                "ISWAP commander Saidu Hassan Yellow has been apprehended by his own relatives.") == []


@pytest.mark.model
def test_an_agentless_passive_arrest_with_a_place_and_a_day_of_its_own_is_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The five suspects were apprehended on Saturday in the city of Yaroslavl, northeast of "
             "Moscow.")
    assert [(e.type, e.country, e.date) for e in found] == [("operation", "RU", "2025-05-03")]
    found = events_on_2025_05_07(
        nlp, "Police spokesman George Kinoti said the four suspects were nabbed in Busia, Kenya, "
             "late Saturday.")
    assert [(e.type, e.country) for e in found] == [("operation", "KE")]


@pytest.mark.model
def test_an_agentless_passive_arrest_without_its_own_place_is_none(nlp: Language) -> None:
    # no place: a detail of the story
    assert events_on_2025_05_07(nlp,
                                "A 23-year-old has been arrested in connection with the incident on Tuesday.") == []
    # the place is the attack's the arrest followed
    found = events_on_2025_05_07(
        nlp, "The suspect, a 23-year-old Syrian, was arrested after the attack in the southern city "
             "of Villach on Saturday.")
    assert "operation" not in [e.type for e in found]
    # the place is where the people arrested arrived: a detail of their return
    assert events_on_2025_05_07(nlp,
                                "Two men were arrested upon their arrival at Kuala Lumpur airport on Tuesday.") == []
    # the place is where one of the people arrested wanted to go
    found = events_on_2025_05_07(
        nlp, "Two more Singaporeans were arrested last month under the Internal Security Act, one man "
             "for wanting to join the Islamic State of Iraq and Syria (ISIS) in Syria.")
    assert [(e.type, e.country) for e in found if e.type == "operation" and e.country == "SY"] == []


@pytest.mark.model
def test_suspects_nabbed_by_a_force_are_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "Police nabbed two terror suspects in Mombasa on Monday.")
    assert [(e.type, e.place) for e in found] == [("operation", "Mombasa")]
    assert events_on_2025_05_07(nlp, "Police nabbed two cows in Mombasa on Monday.") == []


@pytest.mark.model
def test_a_cell_broken_up_happened_where_the_phrase_on_the_cell_puts_it(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "The Central Bureau of Judicial Investigations (BCIJ) has dismantled a new terrorist cell "
             "composed of 13 elements, aged between 22 and 44, who are active in the cities of Kelâa "
             "Sraghna, Sale, Casablanca and Mohammedia.")
    assert [(e.type, e.country, e.place) for e in found] == [("operation", "MA", "Kelâa Sraghna")]
    found = events_on_2025_05_07(
        nlp, "DAMASCUS, Syria (North Press) - Moroccan security forces announced on Wednesday the "
             "dismantling of a terrorist cell affiliated with the Islamic State (ISIS), consisting of four "
             "extremists operating between the cities of Tetouan and Chefchaouen.")
    assert [(e.type, e.country) for e in found] == [("operation", "MA")]


@pytest.mark.model
def test_was_able_to_tells_a_deed_and_is_able_to_a_potential(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "On Monday, the Central Bureau of Judicial Investigations (BCIJ) was able to dismantle a "
             "terrorist cell in Tangier.")
    assert [(e.type, e.place) for e in found] == [("operation", "Tangier")]
    assert events_on_2025_05_07(
        nlp, "The Central Bureau of Judicial Investigations (BCIJ) is able to dismantle a terrorist cell "
             "in Tangier.") == []
    assert events_on_2025_05_07(
        nlp, "The Central Bureau of Judicial Investigations (BCIJ) will be able to dismantle a terrorist "
             "cell in Tangier.") == []


@pytest.mark.model
def test_an_attack_years_before_the_article_is_not_the_operation_told_before(nlp: Language) -> None:
    found = events_on_2025_05_07(
        nlp, "Troops of the Nigerian Army arrested ISWAP commander Saidu Hassan Yellow in Mubi on "
             "Monday. Saidu was alleged to be the mastermind of the attack on Askira Town on November 12 "
             "2021.")
    assert sorted((e.type, (e.date or "")[:4]) for e in found) == [("attack", "2021"), ("operation", "2025")]


# Arrests: an order of detention issued to or served on someone is an arrest told with another verb, as "taken into
# custody" is.

@pytest.mark.model
def test_issued_with_an_order_of_detention_under_a_law_is_an_operation(nlp: Language) -> None:
    found = events_on_2024_10_18(
        nlp, "A 17-year-old Singaporean was issued with an Order of Detention under the Internal Security "
             "Act in September 2024.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-09")]


@pytest.mark.model
def test_issued_a_detention_order_in_a_month_is_an_operation(nlp: Language) -> None:
    found = events_on_2024_10_18(nlp, "In July, the man was issued a two-year detention order.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-07")]


@pytest.mark.model
def test_an_order_of_detention_that_expired_is_no_arrest(nlp: Language) -> None:
    found = events_on_2024_10_18(
        nlp, "He was released on a Restriction Order when his Order of Detention expired in September 2019.")
    assert found == []


@pytest.mark.model
def test_a_restriction_order_holds_no_one(nlp: Language) -> None:
    found = events_on_2024_10_18(nlp, "In July, the woman was issued with a Restriction Order.")
    assert found == []


@pytest.mark.model
def test_killed_in_an_exchange_of_gunfire_with_forces_is_an_operation(nlp: Language) -> None:
    found = events_on_2022_06_12(
        nlp, "Two ISIS suspects were killed in an exchange of gunfire with security forces in Peshawar "
             "on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PK")]


@pytest.mark.model
def test_a_dated_exchange_of_fire_in_a_town_is_an_operation(nlp: Language) -> None:
    found = events_on_2022_06_12(
        nlp, "Nine insurgents were killed in an exchange of fire on Monday in Macomia, the army said.")
    assert [(e.type, e.country) for e in found] == [("operation", "MZ")]


@pytest.mark.model
def test_an_exchange_of_views_is_no_fight(nlp: Language) -> None:
    found = events_on_2022_06_12(nlp, "The ministers held an exchange of views in Abuja on Monday.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_force_met_with_gunfire_is_on_an_operation(nlp: Language) -> None:
    found = events_on_2022_06_12(
        nlp, "Soldiers were met with gunfire by members of the Dawlah Islamiya in Marawi on Saturday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PH")]


@pytest.mark.model
def test_a_proposal_met_with_fire_is_no_fight(nlp: Language) -> None:
    found = events_on_2022_06_12(nlp, "The proposal was met with fire from critics in Abuja on Monday.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_hyphenated_counter_offensive_is_an_operation(nlp: Language) -> None:
    # spaCy cuts "counter-offensive" into three tokens: the file's hyphenated noun must match them
    found = events_on_2022_06_12(
        nlp, "Nigerian troops launched a counter-offensive against the insurgents in Dikwa on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


@pytest.mark.model
def test_a_hyphenated_shoot_out_is_an_operation(nlp: Language) -> None:
    found = events_on_2022_06_12(nlp, "Two militants were killed in a shoot-out with police in Peshawar on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "PK")]


@pytest.mark.model
def test_an_undated_counter_offensive_told_of_no_one_is_no_event(nlp: Language) -> None:
    found = events_on_2022_06_12(nlp, "The counter-offensive was praised by analysts.")
    assert found == []


@pytest.mark.model
def test_attacks_listed_with_another_kind_launched_by_a_force_are_its_operation(nlp: Language) -> None:
    # "air and artillery attacks": the attack noun is joined to the object the force's light verb carries
    found = events_on_2022_06_12(
        nlp, "The Armed Forces of the Philippines (AFP) launched Monday air and artillery attacks against "
             "members of the Islamic State-aligned Dawlah Islamiya terrorist group in Datu Salibo town, "
             "Maguindanao.")
    assert [(e.type, e.actor) for e in found] == [
        ("operation", "Armed Forces of the Philippines")
    ]


@pytest.mark.model
def test_a_vow_to_act_is_no_operation(nlp: Language) -> None:
    found = events_on_2022_03_05(nlp, "Officials vowed on Saturday to launch an operation against the perpetrators.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_vow_to_arrest_keeps_the_attack_it_names(nlp: Language) -> None:
    # the infinitive is the intent; the attack its object's "of" phrase names happened
    found = events_on_2022_03_05(
        nlp, "Officials vowed on Saturday to track down and apprehend the perpetrators of a deadly mosque "
             "attack in Peshawar that killed 63 people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 63)]


@pytest.mark.model
def test_a_vow_that_tells_a_deed_in_a_clause_stays(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "The army said on Saturday it had launched an operation against the perpetrators in Peshawar.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_fight_at_the_attack_s_place_is_its_troops_side(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "ISWAP fighters attacked a military base in Gwoza on Sunday, killing four soldiers. A dozen "
             "ISWAP fighters were killed during a heavy gun battle in Gwoza, the army said.")
    assert [(e.type, e.place) for e in found] == [("attack", "Gwoza")]


@pytest.mark.model
def test_a_fight_at_another_town_stays_an_operation(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "ISWAP fighters attacked a military base in Gwoza on Sunday, killing four soldiers. A dozen "
             "ISWAP fighters were killed during a heavy gun battle in Bama, the army said.")
    assert sorted(e.type for e in found) == ["attack", "operation"]


@pytest.mark.model
def test_a_vowing_day_is_not_the_attack_s(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "A suicide bomber attacked a mosque in Peshawar on Friday, killing 63 people. Officials vowed "
             "on Saturday to track down and apprehend the perpetrators of the mosque attack in Peshawar.")
    assert [(e.type, e.date) for e in found] == [("attack", "2022-03-04")]


@pytest.mark.model
def test_a_killing_with_airstrikes_is_a_strike(nlp: Language) -> None:
    # the parser hangs "with airstrikes" on the victims named after the verb
    found = events_on_2022_03_05(
        nlp, "Troops killed an ISWAP commander, Abu Musa, and 15 of his fighters with airstrikes on Friday "
             "in Gwoza.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_killing_with_air_and_ground_means_stays_an_operation(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "Troops killed an ISWAP commander, Abu Musa, and 15 of his fighters with airstrikes and "
             "artillery on Friday in Gwoza.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_killing_with_ground_weapons_stays_an_operation(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "Troops killed an ISWAP commander, Abu Musa, and 15 of his fighters with rifles on Friday in "
             "Gwoza.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_strike_told_as_the_army_s_and_the_air_force_s_is_the_air_force_s(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "The Nigerian military has killed an ISWAP commander, Abu Musa, and 15 of his fighters with "
             "airstrikes near Marte on Saturday. The Nigerian Air Force component of Operation Hadin Kai "
             "launched a series of airstrikes at the hideouts of the terrorists in Marte on Saturday.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_an_effort_told_in_the_present_is_no_operation(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "We are working to identify and dismantle financial support networks that enable ISIS to "
             "spread its radical ideology.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_an_effort_in_the_present_keeps_the_attack_it_names(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "Police are working to dismantle the ISIS cell that attacked the church in Rabat on Friday, "
             "killing five people.")
    assert [(e.type, e.killed) for e in found] == [("attack", 5)]


@pytest.mark.model
def test_a_year_s_count_of_arrests_is_a_record(nlp: Language) -> None:
    found = events_on_2022_03_05(nlp, "In 2021, Moroccan authorities busted nine terror cells, arresting 189 suspects.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_year_s_small_count_of_arrests_stays_an_operation(nlp: Language) -> None:
    found = events_on_2022_03_05(nlp,
                                 "In 2021, Turkish police detained 12 suspected Islamic State members in Istanbul.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_day_dates_one_large_sweep(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "Turkish police on Sunday detained some 400 suspected Islamic State members in Istanbul.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_over_the_horizon_operation_is_a_strike(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "U.S. military forces conducted an over-the-horizon counterterrorism operation on Friday "
             "against an ISIS-K planner in Nangarhar.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_detained_fighter_is_a_person_held_not_an_arrest(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "The SDF will not hand over thousands of detained Islamic State militants and their families "
             "to any force, its commander said.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_former_detainee_is_no_arrest(nlp: Language) -> None:
    found = events_on_2022_03_05(
        nlp, "Among the suspects was a former detained terrorist who has connections with Daesh terrorists "
             "in Libya.")
    assert [e.type for e in found] == []


# Operations: a verb of what a force does to the group's people ("captured a member") done by the attackers themselves
# is no force's operation; done by troops, or by police who report it, or by another armed group ("MILF members
# engaged the BIFF"), it still is.

@pytest.mark.model
def test_rebels_capturing_a_militia_member_is_no_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "The rebels captured a member of the local militia in Ancuabe on Friday.")
    assert [e.type for e in found if e.type == "operation"] == []


@pytest.mark.model
def test_troops_capturing_a_member_of_the_group_is_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "Troops captured a member of the group in Ancuabe on Friday.")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2025-05-02", "Ancuabe")]


@pytest.mark.model
def test_police_reporting_their_own_capture_make_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "Police said they had captured four militants in Ancuabe on Friday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2025-05-02")]


@pytest.mark.model
def test_another_armed_group_engaging_the_groups_fighters_stays_an_operation(nlp: Language) -> None:
    found = events_on_2025_05_07(nlp, "MILF members engaged the BIFF fighters in Pusao on Tuesday.")
    assert [(e.type, e.actor) for e in found] == [("operation", "Moro Islamic Liberation Front")]


# Operations: a force reporting its own killing of the group's people as a gerund ("the army reported killing several
# fighters", "troops have announced killing militants") made that killing, as "said it killed" tells; the group
# reporting its own killing stays its attack.

@pytest.mark.model
@pytest.mark.parametrize("told", ["reported killing", "have announced killing"])
def test_a_force_reporting_its_killing_as_a_gerund_makes_its_operation(nlp: Language, told: str) -> None:
    found = events_on_2024_03_10(nlp, f"Government troops {told} several ISWAP fighters in Bama on Monday.")
    assert [(e.type, e.date, e.place) for e in found] == [("operation", "2024-03-04", "Bama")]


@pytest.mark.model
def test_the_group_reporting_its_killing_stays_its_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "ISWAP fighters reported killing three soldiers in Bama on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_force_denying_a_killing_makes_no_operation(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Government troops denied killing ISWAP fighters in Bama on Monday.")
    assert [e.type for e in found if e.type == "operation"] == []


# Events: a state's force eliminating or capturing the group's fighters, told in the simple past and the active voice,
# is its operation as a killing is; the group eliminating soldiers, an aim to eliminate, a passive with no force and a
# summary in the present perfect are not.

def _operations_on_2024_05_21(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.place, e.actor) for e in events_on_2024_05_21(nlp, text) if e.type == "operation"]


@pytest.mark.model
def test_troops_eliminating_counted_fighters_is_their_operation(nlp: Language) -> None:
    assert _operations_on_2024_05_21(nlp, "Troops eliminated five ISWAP terrorists in Gwoza on Monday.") == [
        ("Gwoza", "Nigerian Army")
    ]


@pytest.mark.model
def test_the_group_eliminating_soldiers_is_no_operation(nlp: Language) -> None:
    assert _operations_on_2024_05_21(nlp, "ISWAP fighters eliminated five soldiers in Gwoza on Monday.") == []


@pytest.mark.model
def test_an_aim_to_eliminate_is_no_operation(nlp: Language) -> None:
    assert _operations_on_2024_05_21(nlp, "The army vowed to eliminate the terrorists in Gwoza.") == []


@pytest.mark.model
def test_an_agentless_passive_elimination_is_no_operation(nlp: Language) -> None:
    assert _operations_on_2024_05_21(nlp, "Five ISWAP terrorists were eliminated in Gwoza.") == []


@pytest.mark.model
def test_troops_capturing_a_named_member_is_their_operation(nlp: Language) -> None:
    found = _operations_on_2024_05_21(
        nlp, "Troops of the MNJTF captured a high-ranking ISWAP member, Musa Mani, at Damasak.")
    assert [place for place, _actor in found] == ["Damasak"]


@pytest.mark.model
def test_a_present_perfect_summary_is_no_operation_of_its_own(nlp: Language) -> None:
    assert _operations_on_2024_05_21(nlp, "The Nigerian military has eliminated several ISWAP terrorists.") == []


# Operations: a force's own campaign told by "their" or "its" ("the forces said they had made progress in their
# offensive against the militants in <place>") is its operation, placed where the side it is against is fought; a
# government praising forces for "their" offensive, or a possessive with no force as subject, is not.

@pytest.mark.model
@pytest.mark.parametrize("noun", ["military campaign", "offensive"])
def test_a_forces_own_campaign_against_the_group_at_a_place_is_its_operation(nlp: Language, noun: str) -> None:
    found = events_on_2025_09_28(
        nlp, f"Puntland forces said they had made progress in their {noun} against ISIS militants in the "
             "Cal Miskaad mountains.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "SO", "Puntland Defence Forces")]


@pytest.mark.model
def test_a_government_praising_forces_for_their_offensive_makes_no_operation_of_its_own(nlp: Language) -> None:
    found = events_on_2025_09_28(
        nlp, "The regional government praised the soldiers for their offensive against ISIS militants in "
             "the Cal Miskaad mountains.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_their_campaign_with_no_place_stays_background(nlp: Language) -> None:
    found = events_on_2025_09_28(
        nlp, "Puntland forces said they had made progress in their offensive against ISIS militants.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_state_deploying_troops_into_another_country_is_its_forces_operation(nlp: Language) -> None:
    found = events_on_2025_09_28(
        nlp, "In July 2021, Rwanda deployed troops to Cabo Delgado at the request of the Mozambican "
             "government.")
    assert [(e.type, e.date, e.country, e.actor) for e in found] == [
        ("operation", "2021-07", "MZ", "Rwanda Defence Force")]


@pytest.mark.model
def test_a_force_entering_another_country_is_its_operation(nlp: Language) -> None:
    found = events_on_2025_09_28(nlp, "On November 30, 2021, Uganda entered the eastern Democratic Republic of Congo.")
    assert [(e.type, e.date, e.country, e.actor) for e in found] == [
        ("operation", "2021-11-30", "CD", "Uganda People's Defence Force")]


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Nigerian army deployed troops in Borno on Monday.",
    "In June, the Southern African Development Community agreed to deploy troops in northern Mozambique.",
    "Ugandan troops entered Beni town on Monday.",
])
def test_a_deployment_at_home_planned_or_into_a_town_is_no_operation(nlp: Language, text: str) -> None:
    assert [e.type for e in events_on_2025_09_28(nlp, text)] == []


@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Rwanda sent in 1,000 troops last month to shore up Mozambican military forces in the northern Cabo Delgado "
    "province.",
    "Rwanda deployed 1,000 troops, comprising soldiers and police officers, to support Mozambique's battle against "
    "the insurgency.",
])
def test_troops_sent_to_help_another_states_forces_are_an_operation_there(nlp: Language, text: str) -> None:
    found = events_on_2025_09_28(nlp, text)
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "MZ", "Rwanda Defence Force")]


@pytest.mark.model
def test_troops_sent_to_help_at_home_are_no_operation(nlp: Language) -> None:
    assert [e.type for e in events_on_2025_09_28(
        nlp, "The Nigerian army deployed more troops to support Nigerian police.")] == []


# Operations: a state's force or body that foiled, thwarted or prevented the group's attack or plot made an operation
# of it.

@pytest.mark.model
def test_a_security_service_that_thwarted_a_plot_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "On April 27, the FSB said it had thwarted an Islamic State plot to carry out a series of "
             "attacks in the Moscow area.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-04-27", "RU")]


@pytest.mark.model
def test_officers_who_foiled_an_attack_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "The elite anti-terror squad foiled yet another attack on Monday.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-05-06")]


@pytest.mark.model
def test_a_stopped_attack_with_no_force_stopping_it_is_none(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "Heavy rain prevented attacks on the town on Monday.")
    assert found == []


@pytest.mark.model
def test_a_foiled_plot_in_the_passive_is_left_to_the_other_rules(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "The plot was foiled on Monday.")
    assert found == []


@pytest.mark.model
def test_troops_at_large_that_foiled_attacks_are_left_to_the_other_rules(nlp: Language) -> None:
    # most often attacks repelled in the field: the group's attacks, or a battle told apart
    found = events_on_2024_05_10(
        nlp, "Security forces in Niger foiled three weekend attacks in the capital Niamey on Saturday.")
    assert [e.type for e in found if e.type == "operation"] == []


@pytest.mark.model
def test_a_stopping_told_by_the_arrest_it_was_made_by_is_the_arrest(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "The police thwarted a terror attack in Peshawar on Monday by arresting ten terrorists.")
    assert len([e for e in found if e.type == "operation"]) == 1


@pytest.mark.model
def test_police_who_searched_a_home_on_a_day_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "A handwritten pledge of allegiance was found when police searched the boy's home on "
             "October 19 2023.")
    assert [(e.type, e.date) for e in found] == [("operation", "2023-10-19")]


@pytest.mark.model
def test_a_family_that_searched_its_house_made_no_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "The family searched the house on Monday.")
    assert found == []


@pytest.mark.model
def test_soldiers_who_searched_the_site_of_a_fight_made_no_raid_of_it(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "The soldiers searched the site on Monday and found a rifle.")
    assert found == []


@pytest.mark.model
def test_soldiers_who_engaged_the_group_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "On Saturday, soldiers engaged the Maute group in a gun battle in Marawi.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-05-04")]


@pytest.mark.model
def test_officers_who_neutralized_a_group_of_militants_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "In April, police officers neutralized a group of militants who were recruiting "
                                      "citizens for the Islamic State.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-04")]


@pytest.mark.model
def test_the_group_that_captured_a_group_of_soldiers_made_no_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "On Saturday, Abu Sayyaf fighters captured a group of soldiers in Sulu.")
    assert [e.type for e in found if e.type == "operation"] == []


# Operations: a cell or network a security service exposes, smashes or busts is broken up; "taken into custody" is an
# arrest as "arrested" is; troops "were conducting operations" at a place tell one episode as "conducted" does; an
# infinitive or an intention of dismantling is an aim, not a deed.

@pytest.mark.model
def test_a_network_busted_is_an_operation(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "A network of the banned Islamic State-Khurasan Province has been busted in "
             "Peshawar."))
    assert [(e.country, e.place) for e in found] == [("PK", "Peshawar")]


@pytest.mark.model
def test_a_security_service_exposing_or_smashing_a_cell_breaks_it_up(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(nlp, "Police smashed an Islamic State network in Istanbul on Friday."))
    assert [(e.country, e.date) for e in found] == [("TR", "2025-05-02")]
    found = _operations(events_on_2025_05_07(
        nlp, "The Federal Security Service has exposed a clandestine cell of the Islamic "
             "State."))
    assert [e.actor for e in found] == ["Federal Security Service"]
    # what a report exposes is no cell
    assert _operations(events_on_2025_05_07(nlp, "The report exposed the weaknesses of the army.")) == []


@pytest.mark.model
def test_taken_into_custody_is_an_arrest(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "A man suspected of terrorism was taken into custody by Densus 88 in Central "
             "Java."))
    assert [(e.country, e.actor) for e in found] == [("ID", "Special Detachment 88")]
    found = _operations(events_on_2025_05_07(nlp,
                                             "Three suspects have been taken into custody in Peshawar, police said."))
    assert [(e.country, e.place) for e in found] == [("PK", "Peshawar")]


@pytest.mark.model
def test_taken_into_custody_with_no_one_and_nowhere_is_background(nlp: Language) -> None:
    assert _operations(
        events_on_2025_05_07(nlp, "The suspects were taken into custody for further judicial investigation.")) == []
    assert _operations(events_on_2025_05_07(nlp, "His wife was also taken into custody.")) == []


@pytest.mark.model
def test_operations_in_progress_at_a_place_are_one_episode(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "Our troops were conducting clearing operations in Barangay Adjid, Indanan, "
             "Sulu, when they encountered 15 Abu Sayyaf Group members."))
    assert [e.country for e in found] == ["PH"]


@pytest.mark.model
def test_dismantling_as_an_aim_is_no_operation(nlp: Language) -> None:
    assert _operations(events_on_2025_05_07(
        nlp, "The INSS said his arrest underscores the agency's ongoing efforts to track and "
             "dismantle terrorist networks.")) == []
    assert _operations(events_on_2025_05_07(nlp,
                                            "The SDF has intensified operations to dismantle these networks.")) == []
    assert _operations(events_on_2025_05_07(
        nlp, "The NIA is targeting various modules of ISIS active in the country with the "
             "intention of dismantling the terrorist network.")) == []
    # told as done, it is one
    found = _operations(events_on_2025_05_07(nlp, "The BCIJ was able to dismantle a terrorist cell in Sale on Monday."))
    assert [e.date for e in found] == ["2025-05-05"]


@pytest.mark.model
def test_troops_encountering_the_group_s_members_is_an_operation(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "Four soldiers were killed in a fight that erupted Friday as the government troops "
             "encountered 40 members of the Abu Sayyaf group in a jungle in Patikul, Sulu."))
    assert [(e.country, e.place) for e in found] == [("PH", "Patikul")]
    # what else troops meet is none
    assert _operations(events_on_2025_05_07(nlp, "The soldiers encountered heavy rains in Sulu on Monday.")) == []


@pytest.mark.model
def test_the_encounter_noun_stays_a_firefight_of_its_own(nlp: Language) -> None:
    found = _operations(events_on_2025_05_07(
        nlp, "Two Abu Sayyaf members were killed in an encounter with troops in Patikul, "
             "Sulu, on Friday."))
    assert [(e.place, e.date, e.trigger) for e in found] == [("Patikul", "2025-05-02", "encounter")]


# Operations: a force's reports of the elimination, neutralisation or apprehension of the group's people, and fighters
# put out of their own base.

@pytest.mark.model
def test_a_force_reporting_the_elimination_of_terrorists_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "The Multinational Joint Task Force has reported the elimination of 310 terrorists in "
             "Maiduguri on Monday.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-05-06", "NG")]


@pytest.mark.model
def test_a_force_announcing_the_neutralisation_of_terrorists_made_an_operation(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "The Nigerian Army announced the neutralisation of five terrorists in Maiduguri on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


@pytest.mark.model
def test_the_announced_elimination_of_a_subsidy_is_no_operation(nlp: Language) -> None:
    assert events_on_2024_05_10(nlp, "The minister announced the elimination of fuel subsidies on Monday.") == []


@pytest.mark.model
def test_fighters_put_out_of_their_own_base_were_raided(nlp: Language) -> None:
    found = events_on_2024_05_10(
        nlp, "On Friday, Puntland forces dislodged ISIS militants from their hiding base in Timirse "
             "village.")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2024-05-10", "SO")]


@pytest.mark.model
def test_fighters_driven_out_of_a_town_lost_it(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "On Friday, Iraqi forces drove IS militants out of Mosul.")
    assert [e.type for e in found] == ["territorial_defeat"]


@pytest.mark.model
def test_a_group_driven_out_of_its_last_stronghold_lost_it(nlp: Language) -> None:
    found = events_on_2024_05_10(nlp, "On Friday, the SDF drove ISIS out of its last stronghold in Baghuz.")
    assert [e.type for e in found] == ["territorial_defeat"]


@pytest.mark.model
def test_shot_dead_with_dead_hung_on_the_object_is_the_force_s_killing(nlp: Language) -> None:
    # the parser reads "dead" as a modifier of "fighters": the word after the verb still makes it a killing
    found = events_on_2022_06_12(nlp, "Police shot dead two ISIS fighters in Kampala on Monday.")
    assert [(e.type, e.country, e.actor) for e in found] == [("operation", "UG", "Uganda Police Force")]


@pytest.mark.model
def test_troops_shot_dead_stays_an_operation(nlp: Language) -> None:
    found = events_on_2022_06_12(nlp, "Troops shot dead three ISWAP fighters in Gwoza on Monday.")
    assert [(e.type, e.country) for e in found] == [("operation", "NG")]


@pytest.mark.model
def test_shot_without_dead_is_no_killing(nlp: Language) -> None:
    found = events_on_2022_06_12(nlp, "Police shot two ISIS fighters' photographs in Kampala on Monday.")
    assert [e.type for e in found] == []


@pytest.mark.model
def test_a_dated_clash_is_no_side_of_an_undated_background_kidnapping(nlp: Language) -> None:
    # the 2001 kidnapping, told with no date the parse links to it, took the clash as its evidence and was then
    # dropped as background, losing the clash with it
    found = events_on_2022_06_12(
        nlp, "Military says Abu Sayyaf death toll in Basilan clashes now 13\n\n"
             "Four Abu Sayyaf members were killed in a clash on Sunday, the military said.\n\n"
             "Hapilon is one of Abu Sayyaf's most senior leaders. The United States has placed a reward of "
             "five million dollars on his head for his role in the kidnapping of three Americans in 2001, "
             "two of whom later died.", reference="2016-04-11")
    assert [(e.type, e.date, e.country) for e in found] == [("operation", "2016-04-10", "PH")]


# Operations: an operation is a force's; a raid, a clash or an offensive credited to an armed group outside the
# campaign that rules no state is the groups' own fighting, no operation, where the ruling group's raid on the
# campaign's group stays one.

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Factions of the Somali militant group al-Shabaab clashed in Puntland state on Sunday.",
    "JAS fighters mounted a sweeping offensive on ISWAP camps near Lake Chad on Saturday.",
    "Boko Haram fighters raided an ISWAP hideout in Borno State on Saturday.",
])
def test_a_rival_groups_fighting_is_no_operation(nlp: Language, text: str) -> None:
    assert [e for e in events_on_2024_10_28(nlp, text) if e.type == "operation"] == []


@pytest.mark.model
def test_the_ruling_groups_raid_stays_an_operation(nlp: Language) -> None:
    found = [e for e in events_on_2024_10_28(nlp, "Taliban forces raided an ISKP hideout in Kabul on Saturday.")]
    assert [(e.type, e.actor) for e in found] == [("operation", "Taliban")]


# Operations: a force taking or overrunning where the group lives and fights from (its camp, base, hideout or
# stronghold) is its raid on it, told without an operation word; the group taking a base is its attack, and a named
# town taken stays a recapture.

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "Puntland forces captured an ISIS base in the Bari region on Sunday.",
    "Soldiers seized an ISIS camp in Lanao del Sur on Friday.",
    "Government troops overran an Abu Sayyaf hideout in Sulu province on Friday.",
])
def test_a_force_taking_the_groups_site_is_its_operation(nlp: Language, text: str) -> None:
    assert "operation" in [e.type for e in events_on_2024_10_28(nlp, text)]


@pytest.mark.model
def test_the_group_overrunning_a_base_stays_its_attack(nlp: Language) -> None:
    found = events_on_2024_10_28(nlp, "ISWAP fighters overran a military base in Borno on Sunday night.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_captured_town_stays_a_recapture(nlp: Language) -> None:
    found = events_on_2024_10_28(nlp, "Troops captured the town of Bama from ISWAP on Sunday.")
    assert [e.type for e in found] == ["territorial_defeat"]


# Operations told by words the earlier rules missed.

@pytest.mark.model
def test_capturing_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events_on_2025_07_10(nlp, "Puntland forces captured four ISIS militants near Bosaso on Sunday.")
    assert [(e.type, e.place) for e in found] == [("operation", "Bosaso")]


@pytest.mark.model
def test_capturing_a_town_or_ordinary_people_is_no_operation(nlp: Language) -> None:
    assert not [e for e in events_on_2025_07_10(nlp, "Police captured two thieves in Jolo on Monday.") if e.type
                == "operation"]
    found = events_on_2025_07_10(nlp, "Troops captured the town of Qandala on Monday.")
    assert not [e for e in found if e.type == "operation"]


@pytest.mark.model
def test_a_capture_told_in_the_passive_with_no_one_making_it_is_no_operation(nlp: Language) -> None:
    found = events_on_2025_07_10(nlp, "Some 800 fighters had been captured and were being treated in Borno State.")
    assert not [e for e in found if e.type == "operation"]


@pytest.mark.model
def test_who_was_captured_is_not_the_actor_of_the_capture(nlp: Language) -> None:
    # real wording (a Ugandan page): the "of" phrase of the capture is who was taken
    found = events_on_2025_07_10(
        nlp, "The rebels escaped after the capture of their commander, Njovu, on Lake Edward on Monday.")
    ops = [e for e in found if e.type == "operation"]
    assert ops and all(e.actor is None or "Njovu" not in e.actor for e in ops)


@pytest.mark.model
def test_the_groups_dead_killed_by_a_named_force_on_a_day_are_its_operation(nlp: Language) -> None:
    found = events_on_2025_07_10(nlp, "Eight ISIS militants were killed by troops on Tuesday in Bosaso.")
    assert [(e.type, e.place, e.date) for e in found] == [("operation", "Bosaso", "2025-07-08")]


@pytest.mark.model
def test_an_undated_kill_by_a_force_stays_background(nlp: Language) -> None:
    # a leader's death recalled: no day or month of its own
    assert events_on_2025_07_10(nlp, "Baghdadi, who was killed by US forces in 2019, led the group.") == []
    assert events_on_2025_07_10(nlp, "Eight ISIS militants were killed by troops in Bosaso.") == []


@pytest.mark.model
def test_the_ledes_arrest_by_police_is_the_pages_operation(nlp: Language) -> None:
    text = "PUTRAJAYA: Six men and two women have been arrested by police for alleged ties to the Islamic State."
    found = _operations(events_on_2024_06_20(nlp, text))
    assert [(e.country, e.date) for e in found] == [("MY", "2024-06")]


@pytest.mark.model
def test_the_ledes_arrest_with_no_one_making_it_is_the_pages_operation(nlp: Language) -> None:
    text = "Seven Islamic State supporters have been arrested in Indonesia over a plot against a church, police said."
    assert [e.country for e in _operations(events_on_2024_06_20(nlp, text))] == ["ID"]


@pytest.mark.model
def test_an_arrest_after_the_ledes_first_sentence_stays_a_detail(nlp: Language) -> None:
    # the attack is the news; the arrest told in the passive after it is a detail of its story
    text = "Two gunmen killed five people in Kabul on Monday. A suspect was arrested."
    assert _operations(events_on_2024_06_20(nlp, text)) == []


@pytest.mark.model
def test_an_arrest_further_down_the_page_stays_a_detail(nlp: Language) -> None:
    text = ("Gunmen killed five people at a market in Kabul on Monday, officials said.\n"
            "A suspect was arrested, police said.")
    assert _operations(events_on_2024_06_20(nlp, text)) == []


@pytest.mark.model
def test_who_was_arrested_before_is_no_operation_of_the_lede(nlp: Language) -> None:
    text = "Sharifullah, who was arrested by police, appeared in court on charges of terrorism."
    assert _operations(events_on_2024_06_20(nlp, text)) == []


@pytest.mark.model
def test_the_groups_fighters_detaining_people_in_the_lede_are_no_operation(nlp: Language) -> None:
    text = "Islamic State fighters detained five villagers near the town, residents said."
    assert _operations(events_on_2024_06_20(nlp, text)) == []


@pytest.mark.model
def test_a_place_in_a_clause_on_the_arrested_does_not_locate_the_arrest(nlp: Language) -> None:
    text = ("Late last year the Maldives arrested a local man described by the United States as a recruiter for IS in "
            "Syria and Afghanistan.")
    assert [e.country for e in _operations(events_on_2024_06_20(nlp, text))] == ["MV"]


@pytest.mark.model
def test_a_place_in_a_clause_on_those_a_raid_detains_does_not_locate_it(nlp: Language) -> None:
    text = "Istanbul police raided 17 addresses on Nov. 9 to detain 17 suspects who had connections to ISIS in Syria."
    assert [e.country for e in _operations(events_on_2024_06_20(nlp, text, "2020-11-12"))] == ["TR"]


@pytest.mark.model
def test_an_arrest_keeps_the_place_it_was_made_in(nlp: Language) -> None:
    found = _operations(events_on_2024_06_20(nlp, "Police arrested two ISIS suspects in Jakarta on Monday."))
    assert [(e.country, e.place) for e in found] == [("ID", "Jakarta")]


@pytest.mark.model
def test_where_someone_meant_to_join_the_group_is_no_place_of_the_arrest(nlp: Language) -> None:
    text = "Suspects detained for allegedly funding Daesh and planning to join the group in Syria"
    assert not [e for e in _operations(events_on_2024_06_20(nlp, text)) if e.country == "SY"]


@pytest.mark.model
def test_the_countries_in_the_groups_long_name_locate_nothing(nlp: Language) -> None:
    text = "Two men were arrested on Tuesday for supporting the Islamic State of Iraq and Syria, police said."
    assert not [e for e in events_on_2024_06_20(nlp, text) if e.country == "SY"]
    text = "A Detroit man was arrested Tuesday on charges of trying to support the Islamic State of Iraq and al-Sham."
    assert not [e for e in events_on_2024_06_20(nlp, text) if e.country == "SY"]


@pytest.mark.model
def test_a_branchs_name_still_places_its_attack(nlp: Language) -> None:
    found = events_on_2024_06_20(nlp, "ISIS in Somalia attacked a base in Bosaso on Monday.")
    assert [(e.type, e.country) for e in found] == [("attack", "SO")]


@pytest.mark.model
def test_the_ledes_arrest_after_an_attack_is_a_detail_of_the_attack(nlp: Language) -> None:
    text = "Police said the suspect was arrested after the knife attack in Villach on Saturday that killed a teenager."
    assert _operations(events_on_2024_06_20(nlp, text)) == []


@pytest.mark.model
def test_joining_a_person_for_a_meeting_keeps_its_place(nlp: Language) -> None:
    # the "in" phrase of joining is a destination only when a group is joined, not a person met
    found = events_on_2024_06_20(
        nlp, "He then joined US Secretary of State Antony Blinken for the Global Coalition to Defeat Daesh "
             "ministerial meeting in the Italian capital, Rome, on Monday.")
    assert [(e.type, e.country) for e in found] == [("meeting", "IT")]


# Operations: a force that "engaged in" a firefight with the group fought it, its operation as if it had launched one;
# a force engaged by the group's fighters "in a gun battle" is the side attacked, no operation of its own by that
# reading.

@pytest.mark.model
def test_a_force_that_engaged_in_a_gunbattle_made_an_operation(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Philippine Army soldiers engaged in a firefight with Abu Sayyaf militants in Sulu on "
             "Sunday.")
    assert [(e.type, e.actor) for e in found if e.type == "operation"] == [
        ("operation", "Armed Forces of the Philippines")]


@pytest.mark.model
def test_troops_that_engaged_in_a_fierce_gun_battle_made_an_operation(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "Nigerian troops engaged in a fierce gun battle with ISWAP terrorists in Borno State on "
             "Monday.")
    assert [e.type for e in found if e.type == "operation"] == ["operation"]


@pytest.mark.model
def test_fighters_that_engaged_troops_in_a_gun_battle_made_no_operation_of_the_newspapers(nlp: Language) -> None:
    found = events_on_2025_01_20(
        nlp, "ISWAP fighters returned on Thursday in nine trucks and engaged troops in a gun battle in "
             "Borno State, Agence France-Presse reported.")
    assert all(e.actor != "Agence France-Presse" for e in found if e.type == "operation")


# An arrest noun ranked by an ordinal and subject of its clause ("The third arrest was of...") tells one arrest of a
# list the page tells one by one: a trigger of its own ([types.operation] arrest_ordinals).

NLP = build_nlp()


def _types(text: str) -> list[str]:
    doc = NLP(text)
    return [t.type for sent in doc.sents for t in find_triggers(sent, vocab())]


def test_ranked_arrest_is_an_operation() -> None:
    assert _types("The second arrest was of a 46-year-old former teacher at the airport on Dec 1.") == ["operation"]


def test_ranked_series_of_arrests_is_an_operation() -> None:
    assert _types("The third series of arrests were of four Indonesians by Esscom on Dec 4 in Sandakan.") == [
        "operation"
    ]


def test_unranked_or_background_arrest_is_not() -> None:
    assert _types("The arrests were a follow-up to earlier work.") == []
    assert _types("He was released after his first arrest.") == []


def test_ranked_arrest_on_arrival_is_not() -> None:
    doc = NLP("The second arrest was made on April 4 at the airport where a suspect was apprehended upon her arrival.")
    heads = [t.head.lemma_ for sent in doc.sents for t in find_triggers(sent, vocab())]
    assert "arrest" not in heads


# Operations told by what a force did to the group's people (events/specific.py object verbs and their objects).

@pytest.mark.model
def test_a_force_that_neutralizes_a_convoy_of_terrorists_makes_an_operation(nlp: Language) -> None:
    found = _operations(events_on_2024_01_25(
        nlp, "The Burkinabe armed forces located and neutralized a convoy of terrorists near Djibo on Monday."))
    assert [(e.country, e.date) for e in found] == [("BF", "2024-01-22")]


@pytest.mark.model
def test_a_convoy_of_anything_else_is_no_operation(nlp: Language) -> None:
    # the band stands for its "of" phrase only: a convoy of trucks is none of the group's people
    found = _operations(events_on_2024_01_25(
        nlp, "Nigerian troops intercepted a convoy of trucks in Borno on Monday."))
    assert found == []


# Light verbs: a phase or stage of a campaign a light verb sets going carries the campaign's event noun.

@pytest.mark.model
@pytest.mark.parametrize("text", [
    "The Iraqi army and the Kurdish Peshmerga forces on Thursday launched the fifth phase of an expansive operation "
    "dubbed Solid Will, targeting ISIS remnants in Diyala.",
    "Both forces last month launched the fourth phase of the operation near Makhmour town, targeting ISIS militants.",
])
def test_launching_a_phase_of_an_operation_is_an_operation(nlp: Language, text: str) -> None:
    assert [e.type for e in events_on_2022_03_10(nlp, text)] == ["operation"]


@pytest.mark.model
def test_a_phase_of_something_else_is_no_event(nlp: Language) -> None:
    assert events_on_2022_03_10(nlp, "The project entered the final phase of construction on Thursday.") == []
