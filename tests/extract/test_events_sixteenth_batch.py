"""Habits of the sixteenth session's pages (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

pytestmark = pytest.mark.model


events = events_dated("2021-08-07")


def test_one_person_told_with_a_is_a_toll_of_one(nlp: Language) -> None:
    found = events(nlp, "A soldier was killed while six others were wounded when a roadside bomb hit their "
                        "vehicle in Datu Hoffer Ampatuan, Maguindanao on Thursday.")
    assert [(e.type, e.killed, e.wounded) for e in found] == [("attack", 1, 6)]


def test_a_leader_told_with_a_is_no_toll(nlp: Language) -> None:
    # the leader a strike was for: the conventions leave the target out of the strike's toll
    found = events(nlp, "A senior ISIS commander was killed in a US airstrike in Raqqa on Monday.")
    assert [(e.type, e.killed) for e in found] == [("strike", None)]


def test_a_count_since_a_date_is_no_toll(nlp: Language) -> None:
    found = events(nlp, "Gunmen attacked a UN base in Beni on Sunday. The council condemned the repeated attacks "
                        "by the ADF in North Kivu, which have already resulted in more than 500 civilians killed "
                        "since October 2014.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks and all(e.killed is None for e in attacks)


def test_a_count_over_a_run_of_encounters_is_no_toll(nlp: Language) -> None:
    found = events(nlp, "A roadside bomb hit an army truck in Datu Hoffer Ampatuan on Thursday. Officials said "
                        "the group is out to avenge the deaths of 27 companions killed in a spate of encounters "
                        "with soldiers between January 17 and July 26.")
    assert [(e.type, e.killed) for e in found] == [("attack", None)]


def test_a_count_beside_the_deadliest_since_is_the_toll(nlp: Language) -> None:
    found = events(nlp, "The group claimed a car bombing in June that killed at least 41 in the main market of "
                        "Mosul, in the deadliest single attack in the city since 2017.")
    assert [(e.type, e.killed) for e in found][:1] == [("attack", 41)]


def test_a_place_inside_an_apposition_is_where_the_village_lies(nlp: Language) -> None:
    one = events(nlp, "ISWAP insurgents have killed at least 23 farmers and fishermen in Malam Karanti, a remote "
                      "village near Baga in Kukawa Local Government Area of Borno State.", reference="2025-05-17")
    listed = events(nlp, "ISWAP terrorists overran military formations in Marte, Buni Gari and Wajiroko on Monday.",
                    reference="2025-05-17")
    assert [(e.type, e.killed) for e in one] == [("attack", 23)] and len(listed) == 3


def test_a_force_told_by_its_kind_is_the_national_force(nlp: Language) -> None:
    found = events(nlp, "Soldiers killed a senior Dawlah Islamiyah leader in a brief clash in Shariff Saydona "
                        "Mustapha, Maguindanao del Sur on Sunday.", reference="2025-12-09")
    assert [(e.type, e.actor) for e in found] == [("operation", "Armed Forces of the Philippines")]


def test_a_force_the_article_names_beats_its_kind(nlp: Language) -> None:
    found = events(nlp, "Operation Hadin Kai said troops clashed with ISWAP fighters near Bama, Borno State on "
                        "Sunday.", reference="2025-12-09")
    assert [(e.type, e.actor) for e in found] == [("operation", "Operation Hadin Kai")]


@pytest.mark.parametrize(
    ("sentence", "branch"),
    [
        ("Islamic State fighters attacked an army post near Tillaberi on Monday, killing 10 soldiers.",
         "Islamic State Sahel Province"),
        ("Islamic State fighters attacked an army post in Diffa on Monday, killing 10 soldiers.",
         "Islamic State West Africa Province"),
        ("An Islamic State gunman shot dead a police officer in Peshawar on Monday.",
         "Islamic State Khorasan Province"),
    ],
)
def test_the_group_in_a_country_two_branches_share_is_the_branch_of_the_place(
    nlp: Language, sentence: str, branch: str
) -> None:
    found = events(nlp, sentence, reference="2025-05-17")
    assert [(e.type, e.actor) for e in found] == [("attack", branch)]


@pytest.mark.parametrize("night", ["from Monday to Tuesday", "between Monday and Tuesday"])
def test_a_count_over_one_night_is_the_toll(nlp: Language, night: str) -> None:
    found = events(nlp, f"An attack by ADF rebels killed more than 30 people in Oicha overnight {night}, "
                        "officials said.")
    assert [(e.type, e.killed) for e in found] == [("attack", 30)]


def test_engaging_the_groups_fighters_is_an_operation(nlp: Language) -> None:
    found = events(nlp, "Philippine military forces engaged with members of the Dawlah Islamiyah near Munai town "
                        "in Lanao del Norte on Monday.", reference="2025-08-12")
    assert [(e.type, e.place) for e in found] == [("operation", "Munai")]


@pytest.mark.parametrize("sentence", ["The minister engaged with community leaders in Marawi on Monday.",
                                      "Officials engaged local elders in talks in Cotabato on Monday."])
def test_engaging_anyone_else_is_no_event(nlp: Language, sentence: str) -> None:
    assert events(nlp, sentence, reference="2025-08-12") == []


@pytest.mark.parametrize("fight", ["shootout", "skirmish"])
def test_a_shootout_or_skirmish_with_the_group_is_an_operation(nlp: Language, fight: str) -> None:
    found = events(nlp, f"Eleven ISKP militants were killed during a prolonged {fight} with police in Mastung on "
                        "Monday night.", reference="2025-08-12")
    assert [(e.type, e.place, e.date) for e in found] == [("operation", "Mastung", "2025-08-11")]


def test_venues_listed_as_appositives_are_still_a_list(nlp: Language) -> None:
    found = events(nlp, "Bombers struck St. Anthony's Shrine in Colombo, Zion Church in Batticaloa, and three "
                        "hotels in Colombo on Sunday.", reference="2019-04-22")
    assert sorted(e.place or "" for e in found if e.type == "attack") == ["Batticaloa", "Colombo"]


def test_a_date_of_what_came_before_does_not_date_the_event(nlp: Language) -> None:
    # "came days after": the event is later by an unstated distance, so the shootout's Friday is not its day
    found = events(nlp, "Islamic State claimed the bombings in Brussels. The bombings came days after police "
                        "arrested a suspect in a shootout on Friday.", reference="2016-03-22")
    assert all(e.date != "2016-03-18" for e in found if e.type == "attack")
    shifted = events(nlp, "A suicide bombing hit the airport in Brussels two days after police arrested a suspect "
                          "in a shootout on Friday.", reference="2016-03-22")
    assert [(e.type, e.date) for e in shifted if e.type == "attack"] == [("attack", "2016-03-20")]


def test_government_forces_in_a_country_the_article_gives_later_are_its_national_force(nlp: Language) -> None:
    found = events(nlp, "Government forces launched a land and air offensive in Maguing on March 1, where seven Dawlah "
                        "Islamiya members were killed. Fighting continued in Marawi, Philippines.",
                   reference="2022-03-05")
    assert [(e.type, e.actor) for e in found if e.type == "operation"][:1] == [
        ("operation", "Armed Forces of the Philippines")]


def test_the_one_foreign_force_an_article_names_runs_its_operation(nlp: Language) -> None:
    found = events(nlp, "The Uganda People's Defence Force (UPDF) announced new gains against the ADF. The operation "
                        "took place in the Alika Valley of North Kivu in Congo on Monday.", reference="2023-05-10")
    assert [(e.type, e.actor) for e in found] == [("operation", "Uganda People's Defence Force")]


@pytest.mark.parametrize(
    ("sentence", "force"),
    [
        ("Troops of the 103rd Infantry Brigade clashed with Dawlah Islamiyah gunmen in Munai, Lanao del Norte on "
         "Monday.", "Armed Forces of the Philippines"),
        ("The Western Mindanao Command said troops clashed with Abu Sayyaf militants in Patikul, Sulu on Monday.",
         "Armed Forces of the Philippines"),
        ("Pakistani security forces killed five ISKP militants in a raid in Bajaur on Monday.",
         "Pakistan Armed Forces"),
        # Nigerian reports are credited to the command or service the text names (no [unit_credit] there)
        ("The 7th Division of the Nigerian Army raided an ISWAP camp in Bama on Monday.", "Nigerian Army"),
    ],
)
def test_a_unit_of_a_national_force_is_credited_where_the_conventions_say(
    nlp: Language, sentence: str, force: str
) -> None:
    found = events(nlp, sentence, reference="2025-05-17")
    assert [(e.type, e.actor) for e in found] == [("operation", force)]


def test_who_laid_an_ambush_made_it(nlp: Language) -> None:
    found = events(nlp, "ISWAP-Boko Haram terrorists laid an ambush against troops in Borno State on Monday.",
                   reference="2023-06-12")
    assert [(e.type, e.actor) for e in found] == [("attack", "Islamic State West Africa Province")]


def test_a_meeting_named_for_the_bodys_ministers_is_the_bodys(nlp: Language) -> None:
    found = events(nlp, "The Secretary of State addressed the Meeting of Ministers of the Global Coalition to Defeat "
                        "ISIS, held at the State Department in Washington on Wednesday.", reference="2019-02-08")
    assert [(e.type, e.actor) for e in found] == [("meeting", "Global Coalition to Defeat Daesh/ISIS")]


def test_a_nested_place_of_an_ordinary_object_names_no_actor(nlp: Language) -> None:
    found = events(nlp, "US forces began the evacuation of bases in the federal areas of Iraq on Monday.",
                   reference="2019-02-08")
    assert all(e.actor != "Iraq" for e in found)
