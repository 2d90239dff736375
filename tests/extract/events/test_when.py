"""When an event happened (events/when.py): the dates of a trigger's clause, offsets from other events, report days as
opposed to event days, recalled and later dates, and the pick among several."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate.nlp import make_doc
from sitroom.clean.dates import photo_caption
from sitroom.extract.events.specific import recalled
from sitroom.extract.events.vocab import vocab
from sitroom.extract.events.when import page_stamp, shifted_day, time_told
from sitroom.models import Timex

# the reference days the tests' sentences are written around
# a page with no date of its own whose text writes 2016 as its latest year
events_in_2016 = events_dated("2016")
events_in_2023 = events_dated("2023")
events_in_2023_05 = events_dated("2023-05")
events_on_2015_02_20 = events_dated("2015-02-20")
# a Saturday
events_on_2016_08_20 = events_dated("2016-08-20")
# a photo's day (a Sunday) as the page's reference, as clean/prepare.py reads an undated page with a dated caption
events_on_2017_03_26 = events_dated("2017-03-26")
events_on_2017_04_10 = events_dated("2017-04-10")
events_on_2017_08_03 = events_dated("2017-08-03")
events_on_2018_03_11 = events_dated("2018-03-11")
events_on_2018_06_15 = events_dated("2018-06-15")
events_on_2018_08_26 = events_dated("2018-08-26")
events_on_2019_12_28 = events_dated("2019-12-28")
events_on_2020_01_15 = events_dated("2020-01-15")
events_on_2020_06_10 = events_dated("2020-06-10")
events_on_2021_12_07 = events_dated("2021-12-07")
events_on_2022_03_12 = events_dated("2022-03-12")
# a Friday
events_on_2022_06_10 = events_dated("2022-06-10")
events_on_2023_03_25 = events_dated("2023-03-25")
# a Tuesday, two days after a Sunday's bombing
events_on_2023_08_01 = events_dated("2023-08-01")
events_on_2023_12_03 = events_dated("2023-12-03")
# a Tuesday
events_on_2024_02_06 = events_dated("2024-02-06")
# a Monday
events_on_2024_03_18 = events_dated("2024-03-18")
events_on_2024_03_20 = events_dated("2024-03-20")
# a Saturday
events_on_2024_04_20 = events_dated("2024-04-20")
events_on_2024_05_01 = events_dated("2024-05-01")
events_on_2024_12_12 = events_dated("2024-12-12")
# a Friday
events_on_2025_01_24 = events_dated("2025-01-24")
events_on_2025_02_16 = events_dated("2025-02-16")
events_on_2025_03_06 = events_dated("2025-03-06")
events_on_2025_07_07 = events_dated("2025-07-07")
# a Tuesday
events_on_2025_07_29 = events_dated("2025-07-29")
events_on_2025_12_17 = events_dated("2025-12-17")
events_on_2025_12_21 = events_dated("2025-12-21")
# a Friday
events_on_2026_01_30 = events_dated("2026-01-30")
events_on_2025_09_17 = events_dated("2025-09-17")
events_on_2023_09_30 = events_dated("2023-09-30")


# Event dates: an attack dated only by the day it was claimed or reported on takes the day the story tells just before
# it ("Three soldiers were killed on Wednesday... claimed responsibility for the attack on Thursday") (or cut from
# real pages).

@pytest.mark.model
def test_a_claimed_attack_takes_the_day_its_count_was_told_with(nlp: Language) -> None:
    found = events_on_2018_06_15(
        nlp, "Three soldiers were killed on Wednesday at a checkpoint west of Arish, according to "
             "eyewitnesses. Province of Sinai, the Islamic State affiliate, claimed responsibility for the "
             "attack through the Amaq News Agency on Thursday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2018-06-13")]


@pytest.mark.model
def test_a_claimed_attack_takes_the_day_the_claim_tells(nlp: Language) -> None:
    found = events_dated("2024-05-20")(
        nlp, "The Islamic State group on Sunday claimed responsibility for an attack targeting tourists in "
             "Afghanistan that killed three Spaniards and three Afghans. The group said in a statement that "
             "\"fighters shot at Christian tourists with machine guns\" in the city of Bamiyan on Friday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-05-17")]


@pytest.mark.model
def test_a_day_after_the_claim_is_not_the_attacks(nlp: Language) -> None:
    found = events_on_2018_06_15(
        nlp, "The Islamic State on Wednesday claimed responsibility for an attack that killed three "
             "soldiers near Arish. On Thursday, the army buried the three soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2018-06-13")]


@pytest.mark.model
def test_a_meeting_told_by_a_report_keeps_its_day(nlp: Language) -> None:
    found = events_dated("2014-09-16")(
        nlp, "On Saturday, police arrested four men in Poso. At a hastily convened meeting of his security Cabinet "
             "on Monday, the president told officials to keep a close watch on militants.")
    assert [e.date for e in found if e.type == "meeting"] in ([], ["2014-09-15"])


@pytest.mark.model
def test_a_count_of_hours_reaching_a_day_shifts_the_day(nlp: Language) -> None:
    found = events_dated("2021-12-03")(
        nlp, "Barely 24 hours after insurgents attacked the military base in Rann, killing 7 soldiers, ISWAP "
             "fighters stormed Mallam Fatori on Friday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-02"), ("attack", "2021-12-03")]


@pytest.mark.model
def test_hours_without_a_count_keep_the_same_day(nlp: Language) -> None:
    found = events_dated("2021-12-03")(
        nlp, "Hours after insurgents attacked the military base in Rann, killing 7 soldiers, ISWAP fighters "
             "stormed Mallam Fatori on Friday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-03"), ("attack", "2021-12-03")]


@pytest.mark.model
def test_the_day_a_statement_was_issued_is_no_day_of_the_story(nlp: Language) -> None:
    found = events_dated("2025-09-04")(
        nlp, "Troops of Operation Hadin Kai have killed 13 members of ISWAP during a failed ambush in Kareto town, "
             "Borno State. In a statement issued Thursday, the spokesman of Operation Hadin Kai said the incident "
             "occurred on Wednesday, September 3, 2025, while troops were escorting humanitarian trucks.")
    assert {e.date for e in found} == {"2025-09-03"}


@pytest.mark.model
def test_a_day_the_story_tells_with_issue_stays_a_day_of_the_story(nlp: Language) -> None:
    found = events_dated("2025-09-04")(
        nlp, "Troops killed 13 members of ISWAP during a failed ambush in Kareto town, Borno State. On Tuesday, the "
             "governor issued new curfew orders for the town.")
    assert {e.date for e in found} == {"2025-09-02"}


@pytest.mark.model
def test_a_day_long_before_the_claim_is_another_happening(nlp: Language) -> None:
    found = events_dated("2016-03-22")(
        nlp, "Islamic State has claimed responsibility for the two bomb attacks that killed at least 31 people in "
             "the Belgian capital on Tuesday. The bombings came days after officials warned of possible attacks "
             "following an arrest in a Brussels shootout on Friday.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2016-03-22")]


@pytest.mark.model
def test_the_day_a_magazine_was_published_is_a_reports_day(nlp: Language) -> None:
    found = events_dated("2023-02-20")(
        nlp, "The jihadist group had already claimed responsibility for an attack three days earlier in the same "
             "region.\nThe attack on Monday, February 20, against a Burkinabe army camp in Tin-Akoff was carried out "
             "by the Islamic State (IS). The terrorist group claimed responsibility for the assault through its weekly "
             "magazine \"Al Naba\" (the news) published on Thursday night in its distribution channels.")
    assert [e.date for e in found] == ["2023-02-17", "2023-02-20"]


# Event dates: of a claim's two days, the one told before the trigger on the claim's verb is the claim's, the one
# after the trigger the deed's (or cut from real pages).

@pytest.mark.model
def test_the_day_after_the_claimed_attack_is_the_attacks(nlp: Language) -> None:
    found = events_on_2021_12_07(
        nlp, "The terror group on Tuesday claimed responsibility for an attack on Peshmerga in Kirkuk late "
             "on Sunday, killing four of them.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-05")]


@pytest.mark.model
def test_a_claim_fronted_day_gives_way_to_the_attacks(nlp: Language) -> None:
    found = events_on_2021_12_07(nlp, "On Tuesday, IS claimed responsibility for an attack in Kirkuk late on Sunday.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-05")]


@pytest.mark.model
def test_a_claim_alone_still_dates_its_attack(nlp: Language) -> None:
    found = events_on_2021_12_07(
        nlp, "The Islamic State on Monday claimed responsibility for an attack that killed three "
             "soldiers near Arish.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021-12-06")]


@pytest.mark.model
def test_a_claimed_attack_days_before_another_at_its_place_stays_apart(nlp: Language) -> None:
    # (the day after the trigger is the deed's, no claim's day that lets two days of one place join)
    found = events_on_2021_12_07(
        nlp, "Two Iraqi soldiers killed in ISIS attack in Kirkuk\n\nIslamic State militants on Tuesday "
             "launched an attack on the Iraqi forces in Kirkuk province, killing two soldiers. The terror "
             "group on Tuesday claimed responsibility for an attack on Peshmerga in Kirkuk late on Sunday, "
             "killing four of them.")
    assert sorted(e.date for e in found if e.type == "attack") == ["2021-12-05", "2021-12-07"]


@pytest.mark.model
def test_a_reported_event_takes_the_storys_day_across_the_months_end(nlp: Language) -> None:
    # (the report's Monday is March 1; the story's Sunday, the day before, is of February)
    found = events_dated("2021-03-02")(
        nlp, "Soldiers killed four members of the BIFF who tried to launch bombings in Maguindanao, the military "
             "here said Monday. Major Banaag said the firefight ensued after members of the BIFF fired at soldiers "
             "in Barangay Pagatin 1 on Sunday afternoon.")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-02-28")]


@pytest.mark.model
def test_a_day_of_the_month_before_far_from_the_report_is_not_lent(nlp: Language) -> None:
    found = events_dated("2021-03-04")(
        nlp, "Soldiers killed four members of the BIFF in Maguindanao, the military here said Wednesday. Major "
             "Banaag said the group had fired at villagers on Sunday.")
    assert [(e.type, e.date) for e in found if e.type == "operation"] == [("operation", "2021-03-03")]


# Event dates: a day named right after the "after"/"before" phrase that holds the trigger ("arrested after the attack
# in Villach on Saturday") is the trigger's, whatever verb the parse hung it on (or cut from real pages).

@pytest.mark.model
def test_a_day_right_after_the_after_phrase_dates_its_event(nlp: Language) -> None:
    found = events_on_2025_02_16(
        nlp, "Police said the suspect, a 23-year-old Syrian, was arrested after the knife attack in the "
             "southern city of Villach on Saturday that killed a teenager.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-02-15")]


@pytest.mark.model
def test_a_day_before_the_after_phrase_is_the_clauses_own(nlp: Language) -> None:
    found = events_on_2025_02_16(nlp, "Police arrested the man on Monday after the attack in Villach.")
    assert ("attack", "2025-02") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_a_year_in_a_relative_clause_of_another_noun_does_not_date_the_event(nlp: Language) -> None:
    found = events_dated("2020-12-29")(
        nlp, "The group, which broke away from Boko Haram in 2016, said in a statement that its fighters attacked "
             "the town of Gombi and killed 20 people.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-12")]


@pytest.mark.model
def test_a_relative_clause_on_the_trigger_still_dates_it(nlp: Language) -> None:
    found = events_dated("2020-12-29")(nlp, "The attack, which took place on Monday, killed 20 people in Gombi.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-12-28")]


# Event dates: "the incident", the subject of a passive clause with a relative clause of occurring ("The incident,
# which took place on Wednesday, was reported to..."), names the event told before and dates it.

@pytest.mark.model
def test_an_incident_that_took_place_on_a_day_dates_the_event_told_before_in_a_passive_clause(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Monguno. The incident, which took place on Wednesday, "
            "April 17, was reported to a security analyst by military sources.")
    assert [e.date for e in events_on_2024_04_20(nlp, text) if e.type == "attack"] == ["2024-04-17"]


@pytest.mark.model
def test_an_incident_with_no_clause_of_occurring_dates_nothing(nlp: Language) -> None:
    text = ("ISWAP fighters attacked a military base in Monguno. The incident was reported to a security analyst on "
            "Wednesday, April 17.")
    assert "2024-04-17" not in [e.date for e in events_on_2024_04_20(nlp, text) if e.type == "attack"]


# Event dates: the day a group says it was behind an attack is the claim's, not the attack's.

@pytest.mark.model
def test_the_day_a_group_says_it_was_behind_an_attack_is_not_the_attacks(nlp: Language) -> None:
    # a Friday claim of an attack told without its own day: dated to its month, not to the Friday
    found = events_on_2019_12_28(
        nlp, "The Islamic State group said on Friday it was behind an attack on a checkpoint in "
             "North Sinai that killed 15 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2019-12")]
    found = events_on_2019_12_28(
        nlp, "Islamic State on Friday said its West Africa Province affiliate was behind an attack "
             "that killed seven soldiers at their base in northern Burkina Faso.")
    assert [(e.type, e.date) for e in found] == [("attack", "2019-12")]


@pytest.mark.model
def test_who_says_it_acted_still_dates_the_act_by_the_saying(nlp: Language) -> None:
    # no claim link: the ministry reports its own operation, the day of saying is the day told
    found = events_on_2019_12_28(
        nlp, "The ministry said on Friday its forces carried out an attack on a militant camp in "
             "North Sinai.")
    assert [e.date for e in found] == ["2019-12-27"]


@pytest.mark.model
def test_the_attacks_own_day_beside_a_claim_dates_it(nlp: Language) -> None:
    found = events_on_2019_12_28(
        nlp, "The group said it was behind an attack on Tuesday on a checkpoint in North Sinai that "
             "killed 15 soldiers.")
    assert [e.date for e in found] == ["2019-12-24"]


@pytest.mark.model
def test_a_day_after_that_is_the_reported_acts(nlp: Language) -> None:
    # "said that on Monday ...": the date opens the reported clause, it is the raid's day
    found = events_on_2019_12_28(
        nlp, "Official sources said that on Monday the security forces spotted and killed Zubair, the "
             "operational commander of Daesh for Pakistan, in the Tangi area of Bajaur.")
    assert [e.date for e in found if e.type == "operation"] == ["2019-12-23"]


@pytest.mark.model
def test_a_pledge_to_an_acronym_keeps_its_year(nlp: Language) -> None:
    # the parse reads "to IS" as an infinitive; the year is the pledge's, not a purpose's
    found = events_on_2019_12_28(nlp, "The ADF pledged allegiance to IS in 2019.")
    assert [(e.type, e.date) for e in found] == [("pledge", "2019")]


@pytest.mark.model
def test_a_purposes_year_still_does_not_date_the_event(nlp: Language) -> None:
    found = events_on_2019_12_28(
        nlp, "Police arrested ten suspects in a series of operations to secure the elections this year.")
    assert [e.date for e in found] != ["2019"]


# Event dates: a "where" clause on the subject tells an event at the place the main clause is about, which the main
# clause's date does not date; a "where" clause further in goes on with the story and takes its date.

def dates(found: list) -> list[tuple[str, str | None]]:
    return [(e.type, e.date) for e in found]


@pytest.mark.model
def test_the_main_clause_date_of_a_place_is_not_its_where_clause_event(nlp: Language) -> None:
    found = events_on_2023_12_03(
        nlp, "ISIS claimed the bombing of a Catholic mass in Marawi on Sunday that killed four people. "
             "Marawi, where the bombing took place, was devastated in 2017 when the city was besieged by "
             "militants.")
    assert dates(found) == [("attack", "2023-12-03")]


@pytest.mark.model
def test_a_where_clause_on_a_place_further_in_takes_the_story_date(nlp: Language) -> None:
    found = events_on_2023_12_03(
        nlp, "Since the early hours of Friday, 1 December, insurgents have been present in the village "
             "of Muaja, in Ancuabe district, where they abducted a group of young people.")
    assert dates(found) == [("attack", "2023-12-01")]


@pytest.mark.model
def test_a_date_inside_the_where_clause_dates_its_event(nlp: Language) -> None:
    found = events_on_2023_12_03(
        nlp, "Mosul, where a car bomb killed 12 people on Tuesday, was retaken from the group in July "
             "2017.")
    assert ("attack", "2023-11-28") in dates(found)


# Event dates: a sentence opening with "Hours later," or "Shortly after," tells a happening of the day told last (or
# cut from real pages).

@pytest.mark.model
def test_hours_later_is_the_day_told_last(nlp: Language) -> None:
    found = events_on_2017_04_10(
        nlp, "A bomb exploded at a church in Tanta on Sunday, killing 27 people. Hours later, a second "
             "explosion occurred at the gates of St Mark's Cathedral in Alexandria, killing 17.")
    assert [(e.place, e.date) for e in found] == [("Tanta", "2017-04-09"), ("Alexandria", "2017-04-09")]


@pytest.mark.model
def test_shortly_after_is_the_day_told_last(nlp: Language) -> None:
    found = events_dated("2023-04-20")(
        nlp, "Al-Shabaab fighters ambushed an army convoy near Baidoa on Monday, killing five soldiers. Shortly after, "
             "a landmine explosion in Xabley killed 13 more soldiers.")
    assert [e.date for e in found] == ["2023-04-17", "2023-04-17"]


@pytest.mark.model
def test_minutes_later_with_no_day_told_is_not_the_pages_day(nlp: Language) -> None:
    found = events_dated("2017-09-15")(
        nlp, "Gunmen attacked a restaurant in Nasiriyah. Minutes later, an explosives-packed vehicle rammed a "
             "security checkpoint in the same area, officials said.")
    assert "2017-09-15" not in [e.date for e in found]


@pytest.mark.model
def test_shortly_after_an_event_is_no_time_expression(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The suspects were arrested shortly after the attack in Mogadishu, and a second bomb "
                            "exploded moments later.", "t", "2023-04-20"))
    assert [t.text for t in doc._.timexes] == []


@pytest.mark.model
def test_a_day_of_mourning_over_an_attack_is_not_its_day(nlp: Language) -> None:
    # iq96: the day of a verb of what comes after an event ([modality] aftermath_verbs) is its own
    found = events_dated("2020-11-22")(
        nlp, "Salahaddin province declared three days of mourning from Sunday over a deadly attack blamed on the "
             "Islamic State group. Late Saturday, a roadside bomb hit a civilian car on an open road north of "
             "Baghdad, police said.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-11-21")]


def test_the_aftermath_verbs_are_read_from_the_data() -> None:
    from sitroom.extract.events.vocab import vocab

    assert {"investigate", "condemn", "mourn"} <= vocab().aftermath_verbs


# Event dates: a page's own date stamp or wire dateline is no day of its story, and a date that closes a reported
# clause told before its attribution ("killed... yesterday, the military said") is the clause's (or cut from real
# pages).

def _timex(text: str, words: str, value: str) -> Timex:
    start = text.index(words)
    return Timex(text=words, start=start, end=start + len(words), value=value, precision="day")


def test_a_stamp_line_is_the_pages_day() -> None:
    text = "Head of Daesh killed\n  • Sunday 26, August 2018 in 5:43 PM\nThe head of Daesh was killed."
    assert page_stamp(_timex(text, "Sunday 26, August 2018", "2018-08-26"), text)


def test_a_published_line_is_the_pages_day() -> None:
    text = "ISWAP attacks military base\nPublished 4 December 2021\nMembers of ISWAP attacked a base."
    assert page_stamp(_timex(text, "4 December 2021", "2021-12-04"), text)


def test_a_dateline_glued_to_the_lede_is_the_pages_day() -> None:
    text = ("Zamboanga City, Philippines, 27 August 2016 (MINA) – Government forces engaged the bandits in a "
            "firefight yesterday, killing 11 of them in Patikul, Sulu.")
    assert page_stamp(_timex(text, "27 August 2016", "2016-08-27"), text)


def test_a_day_the_story_tells_is_no_stamp() -> None:
    text = "Police arrested eleven militants in Karachi on Monday, 15 April 2019, officials said."
    assert not page_stamp(_timex(text, "Monday, 15 April 2019", "2019-04-15"), text)


@pytest.mark.model
def test_an_undated_event_does_not_take_the_stamps_day(nlp: Language) -> None:
    # as174: the stamp's Sunday was taken for the story's day, the operation told undated below it
    found = events_on_2018_08_26(
        nlp, "Head of Daesh in Afghanistan killed, says government\n"
             "  • Sunday 26, August 2018 in 5:43 PM\n"
             "The head of Daesh in Afghanistan was killed in a strike on the group's hideouts in Nangarhar "
             "province on Saturday night, authorities said on Sunday.\n"
             "Ten other members of the group were also killed in a joint ground and air operation by Afghan "
             "forces, the National Directorate of Security said in a statement.\n")
    assert "2018-08-26" not in [e.date for e in found]


@pytest.mark.model
def test_a_date_closing_the_report_before_its_attribution_is_the_events(nlp: Language) -> None:
    # iq153
    found = events_dated("2022-02-24")(
        nlp, "Five militants of the extremist group Daesh were killed, in airstrikes in Iraq's northern province of "
             "Kirkuk yesterday, the Iraqi military said.")
    assert [(e.type, e.date) for e in found] == [("strike", "2022-02-23")]


# Event dates: the day a statement came out ("said in a statement posted late on Tuesday that one of its members
# attacked") is the statement's, not the attack's, which the story tells apart ("The attack took place on Monday
# night"); "Earlier in the day" counts from the day told last though the model tags "day" alone (or cut from real
# pages).

@pytest.mark.model
def test_a_statements_posting_day_does_not_date_the_attack(nlp: Language) -> None:
    # as263
    found = events_on_2024_05_01(
        nlp, "The militant group said in a statement posted on its Telegram website late on Tuesday that "
             "one of its members attacked a mosque in Herat province with a machine gun. The attack, which "
             "took place on Monday night in the district of Guzara, also left one person wounded.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-04-29")]


@pytest.mark.model
def test_a_statement_day_alone_still_dates_the_report(nlp: Language) -> None:
    # with no day of its own, the event keeps the day it was reported on (the real-page conventions)
    found = events_on_2024_05_01(
        nlp, "In a statement released on Tuesday, the army said its troops killed five militants in "
             "a raid on a hideout in Sambisa forest.")
    assert [e.date for e in found if e.type == "operation"] == ["2024-04-30"]


@pytest.mark.model
def test_a_release_the_trigger_itself_puts_out_keeps_its_day(nlp: Language) -> None:
    # the video is the event's own proof, put out by the group that carried out the killing: no report above it
    found = events_on_2024_05_01(nlp, "Islamic State fighters beheaded a soldier in a video released on Sunday.")
    assert [e.date for e in found] == ["2024-04-28"]


@pytest.mark.model
def test_earlier_in_the_day_is_the_day_told_last(nlp: Language) -> None:
    # iq193: the model tags "day" alone, which named no day, so the attack took the page's month
    found = events_dated("2017-08-07")(
        nlp, "Iraqi army helicopters carried out airstrikes on Daesh positions near Shirqat on Sunday. Earlier in "
             "the day, fighters of the Popular Mobilization Units repulsed an attack by Daesh in western Mosul.")
    assert ("attack", "2017-08-06") in [(e.type, e.date) for e in found]


@pytest.mark.model
def test_the_day_an_army_assured_is_no_story_day(nlp: Language) -> None:
    # se37: "assured on Wednesday" was taken for the story's day, and the undated operation took it
    found = events_dated("2025-06-25")(
        nlp, "There is no immediate threat of spillover violence from local terrorist groups, the Philippine Army "
             "assured on Wednesday. Two militants were killed in an operation by the 6th Infantry Division in "
             "Barangay Libutan.")
    assert "2025-06-25" not in [e.date for e in found if e.type == "operation"]


# Event dates: a verb joined to the one before it with "later" ("first appeared in eastern Afghanistan in 2014, and
# later carried out attacks in other regions") happened an untold time after the first verb's date, which is not its
# own.

@pytest.mark.model
def test_a_later_deed_does_not_take_the_date_of_the_one_before(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, "Members of the group first appeared in eastern Afghanistan in 2014 and later carried out "
             "attacks in other regions.")
    assert [e.date for e in found if e.type == "attack"] == [None]


@pytest.mark.model
def test_a_deed_joined_without_later_keeps_the_date(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, "Members of the group crossed into eastern Afghanistan in 2014 and carried out attacks in "
             "Nangarhar.")
    assert [e.date for e in found if e.type == "attack"] == ["2014"]


# Event dates: a trigger in an "after" clause with no stated distance takes the month of the clause it hangs on ("He
# issued his ultimatum in November after gunmen massacred 300 worshippers": the massacre was in November too), not its
# day ("arrested on Friday after an attack": the attack may be days older) nor its year (a background's years run
# apart).

@pytest.mark.model
def test_a_month_dates_what_happened_just_before_it(nlp: Language) -> None:
    found = events_on_2018_03_11(
        nlp, "He issued his ultimatum in November after suspected Daesh gunmen massacred more than 300 "
             "worshippers in a Sinai mosque.")
    assert [(e.type, e.date) for e in found] == [("attack", "2017-11")]


@pytest.mark.model
def test_a_day_does_not_date_what_happened_before_it(nlp: Language) -> None:
    found = events_on_2018_03_11(nlp, "Soldiers arrested two suspects on Friday after an attack on a church in Kano.")
    assert "2018-03-09" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_year_does_not_date_what_happened_before_it(nlp: Language) -> None:
    found = events_on_2018_03_11(
        nlp, "The town came into the limelight in 2014 after insurgents killed 58 students of a college.")
    assert "2014" not in [e.date for e in found if e.type == "attack"]


# Event dates: a response's phrase tells what came first, as an "after" phrase does ("launched air strikes on Monday
# in retaliation for a video showing the beheading": the beheading is not Monday's), and the day a report was made
# dates the happening it reports, not one its sentence tells as having come first ("said on Wednesday the airstrike
# was conducted in response to an attack on partner forces").

@pytest.mark.model
def test_a_report_day_does_not_date_what_a_response_answered(nlp: Language) -> None:
    found = events_on_2015_02_20(
        nlp, "A statement from AFRICOM on Wednesday said the airstrike was conducted in response to an "
             "attack on partner forces by the militants near Bosaso.")
    dates = {e.type: e.date for e in found}
    assert dates.get("strike") == "2015-02-18"
    assert dates.get("attack") != "2015-02-18"


@pytest.mark.model
def test_a_report_day_still_dates_the_happening_it_reports(nlp: Language) -> None:
    found = events_on_2015_02_20(nlp, "The army said on Monday that its troops repelled an attack on a base in Borno.")
    assert [(e.type, e.date) for e in found] == [("attack", "2015-02-16")]


@pytest.mark.model
def test_the_clause_day_does_not_date_what_a_retaliation_answered(nlp: Language) -> None:
    found = events_on_2015_02_20(
        nlp, "The town lies west of Derna, where Egypt launched air strikes against what it said were "
             "Islamic State targets on Monday in retaliation for a video showing the beheading of 21 "
             "Christians.")
    assert "2015-02-16" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_day_before_a_report_noun_is_the_reports(nlp: Language) -> None:
    found = events_on_2015_02_20(
        nlp, "At least 44 BIFF members were killed during a two-day encounter with government forces in "
             "Maguindanao, the army said on Sunday. Based on last Friday's reports, only 12 were recorded "
             "killed by the troops.", reference="2018-03-11")
    assert [e.type for e in found] == ["operation"]
    assert found[0].date != "2018-03-09"


@pytest.mark.model
def test_a_report_nouns_day_still_dates_what_nothing_else_dates(nlp: Language) -> None:
    found = events_on_2015_02_20(nlp, "Monday's statement said troops killed five militants in a raid in Sulu.",
                                 reference="2018-03-11")
    assert [(e.type, e.date) for e in found] == [("operation", "2018-03-05")]


# Event dates: a weekday beside its stated date, a photo caption's day, "earlier in the day" after a day the text
# names.

@pytest.mark.model
def test_the_date_beside_a_weekday_dates_the_event(nlp: Language) -> None:
    # counted back from a reference before the day, "Monday" alone is the week before; the bracket says which
    found = events_on_2017_03_26(
        nlp, "Syrian Democratic Forces liberated two villages on Monday (March 27) from Islamic State "
             "control west of Raqqa.")
    assert [e.date for e in found] == ["2017-03-27"]
    # the model leaves a bracketed abbreviated date out: it is still read
    found = events_on_2017_03_26(
        nlp, "The Iraqi army declared the city of Tal Afar liberated from Islamic State on Tuesday "
             "(Mar 28).")
    assert [e.date for e in found] == ["2017-03-28"]


@pytest.mark.model
def test_a_weekday_alone_is_still_counted_back(nlp: Language) -> None:
    found = events_on_2017_03_26(
        nlp, "Syrian Democratic Forces liberated two villages on Monday from Islamic State control west "
             "of Raqqa.")
    assert [e.date for e in found] == ["2017-03-20"]


@pytest.mark.model
def test_a_photo_captions_day_yields_to_the_storys_own(nlp: Language) -> None:
    text = ("Police inspect the scene of a bomb explosion in Khar, Bajaur district, Pakistan, 31 July 2023. "
            "EXAMPLE-EPA/JOHN DOE\n\n"
            "A suicide bomber blew himself up at a rally in Khar town of Bajaur district on Sunday, killing 54 "
            "people.")
    found = events_on_2017_03_26(nlp, text, "2023-07-31")
    assert [(e.type, e.date) for e in found] == [("attack", "2023-07-30")]


@pytest.mark.model
def test_a_dated_sentence_without_a_credit_keeps_its_day(nlp: Language) -> None:
    # no credit closes the line: its day is the event's own, and the later weekday does not move it
    text = ("A bomb explosion hit a rally in Khar, Bajaur district, Pakistan, on 31 July 2023.\n\n"
            "The bombing in Khar town of Bajaur district on Sunday killed 54 people.")
    found = events_on_2017_03_26(nlp, text, "2023-08-01")
    assert [e.date for e in found if e.type == "attack"][0] == "2023-07-31"


def test_a_photo_caption_closes_with_its_credit() -> None:
    assert photo_caption("Fighters stand east of Raqqa city, Syria March 26, 2017. REUTERS/Jane Doe")
    assert photo_caption("Soldiers patrol in Gao, Mali, on May 2, 2023. (AP Photo/John Doe)")
    # a slash inside the sentence is no credit
    assert not photo_caption("The statement was released by the Global Coalition to Defeat ISIS/DAESH.")
    assert not photo_caption("ISIL claims responsibility for deadly Kabul attack | ISIL/ISIS News")


@pytest.mark.model
def test_earlier_in_the_day_is_the_day_named_before(nlp: Language) -> None:
    text = ("At least 19 people were killed in an attack by ADF rebels on a village in eastern Congo, authorities "
            "said Monday.\n\nThe attack occurred earlier in the day in Lubero territory of North Kivu province.")
    found = events_on_2017_03_26(nlp, text, "2025-10-14")
    assert [e.date for e in found if e.type == "attack"] == ["2025-10-13"]
    # with no day named before it, it is the page's day
    found = events_on_2017_03_26(
        nlp, "The attack occurred earlier in the day in Lubero territory of North Kivu province, killing "
             "19 villagers.", "2025-10-14")
    assert [e.date for e in found if e.type == "attack"] == ["2025-10-14"]


@pytest.mark.model
def test_the_day_of_a_report_dates_an_event_told_without_its_own(nlp: Language) -> None:
    found = events_on_2017_03_26(
        nlp, "Iraqi counterterrorism forces said on Monday that three suspected Islamic State members "
             "were killed in an airstrike in Kirkuk.", "2025-06-30")
    assert [e.date for e in found] == ["2025-06-30"]


@pytest.mark.model
def test_the_events_own_day_beats_the_reports(nlp: Language) -> None:
    found = events_on_2017_03_26(
        nlp, "Three soldiers were killed in an ambush in Borno on Sunday, the army said on Monday.",
        "2025-06-30")
    assert [e.date for e in found] == ["2025-06-29"]


@pytest.mark.model
def test_a_claims_day_still_dates_no_attack(nlp: Language) -> None:
    # the group saying it was behind the attack: the claim's day, so only the month (eighteenth session)
    found = events_on_2017_03_26(
        nlp, "The Islamic State group said on Friday it was behind an attack on a checkpoint in North "
             "Sinai that killed 15 soldiers.", "2025-06-30")
    assert [e.date for e in found] == ["2025-06"]


@pytest.mark.model
def test_shortly_after_a_dated_announcement_is_its_day(nlp: Language) -> None:
    found = events_on_2017_03_26(
        nlp, "The announcement came on Monday, November 10, 2025, shortly after the Syrian president met "
             "US President Donald Trump at the White House.", "2025-11-11")
    assert [e.date for e in found] == ["2025-11-10"]
    # "days after" states no length: the month only
    found = events_on_2017_03_26(
        nlp, "The announcement came on Monday, November 10, 2025, days after the Syrian president met "
             "US President Donald Trump at the White House.", "2025-11-11")
    assert [e.date for e in found] == ["2025-11"]


@pytest.mark.model
def test_a_report_a_day_after_a_dated_event_of_its_kind_gives_no_new_day(nlp: Language) -> None:
    # a real page's opening (iq14): the command's post on Friday reports the raid it dates to Thursday below
    text = ("The U.S. military forces in Iraq, in collaboration with Iraqi Security Forces, killed 15 Islamic State "
            "(IS) operatives during a joint operation targeting the militant group's leadership, U.S. Central "
            "Command (Centcom) wrote on X on Friday.\n\nU.S. Central Command (CENTCOM) forces and Iraqi Security "
            "Forces conducted a partnered raid in Western Iraq in the early hours of Aug. 29, resulting in the "
            "death of 15 ISIS operatives.")
    found = events_on_2017_03_26(nlp, text, "2024-08-31")
    assert "2024-08-30" not in [e.date for e in found]


# Event dates: a month's offset ("a month after", "two months before") moves a date by months and dates to the month
# only; a day counted a month away is no day.

def test_a_days_offset_keeps_the_day_a_months_the_month_a_years_the_year() -> None:
    assert shifted_day("2020-01-09", -2) == ("2020-01-07", "day")
    assert shifted_day("2020-01-09", -30) == ("2019-12", "month")
    assert shifted_day("2020-01-09", -3 * 365) == ("2017", "year")


@pytest.mark.model
def test_an_attack_a_month_before_a_dated_one_is_in_the_month_before(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, "The 9 January attack came only a month after an attack by militants on a base in Inates.")
    dates = sorted(e.date for e in found if e.type == "attack")
    assert "2019-12" in dates
    assert "2020-01-09" in dates


@pytest.mark.model
def test_a_month_counted_months_away_does_not_date_the_event(nlp: Language) -> None:
    found = events_on_2020_01_15(
        nlp, "The attack on the base came two months after the villagers returned to the area in June.")
    assert [e.date for e in found if e.type == "attack"] != ["2019-06"]


# Event dates: a report told in a month before the page's dates the happening it reports at that month ("In late
# January, the army said its troops had freed the province": January, not the page's day), while a report of the
# page's own month leaves the event to the page's day; a "where" clause on a place in the trigger's phrase tells what
# happened there, not when the trigger did ("an operation in the forest where the insurgents abducted 30 students in
# January").

@pytest.mark.model
def test_a_report_month_before_the_pages_dates_the_event(nlp: Language) -> None:
    found = events_on_2015_02_20(
        nlp, "In late January, the Iraqi army said its troops freed the whole province of Diyala from "
             "the Islamic State militants.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2015-01"]


@pytest.mark.model
def test_a_report_of_the_pages_month_does_not_take_the_month(nlp: Language) -> None:
    found = events_on_2015_02_20(
        nlp, "In February, the Iraqi army said its troops freed the whole province of Diyala from "
             "the Islamic State militants.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2015-02"]


@pytest.mark.model
def test_a_where_clause_dates_its_place_not_the_trigger(nlp: Language) -> None:
    found = events_on_2015_02_20(
        nlp, "Nigerian troops killed 20 militants in an operation in the forest where the insurgents "
             "abducted 30 students in January.")
    operations = [e.date for e in found if e.type == "operation"]
    assert operations and "2015-01" not in operations


# Event dates: a photo caption's looking over the scene ("Security personnel inspect the site of a suicide attack...
# on July 31") is the aftermath's day, not the attack's; a closing attribution the parse hung below the deed ("..., a
# security source reported on Friday") still dates the report.

@pytest.mark.model
def test_a_report_day_closing_the_lede_dates_the_attack(nlp: Language) -> None:
    found = events_on_2024_02_06(
        nlp, "Suspected militants have carried out a large-scale attack on Alela village in Sokoto State, "
             "security sources reported on Tuesday.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-02-06"]


@pytest.mark.model
def test_a_captions_inspection_day_gives_way_to_the_storys(nlp: Language) -> None:
    found = events_on_2023_08_01(nlp, "Security personnel inspect the site of a suicide attack in Bajaur district, "
                                      "northwestern Pakistan, on July 31, 2023. A suicide bomber killed 54 people at a "
                                      "political rally in Bajaur on Sunday.")
    assert [e.date for e in found if e.type == "attack"] == ["2023-07-30"]


@pytest.mark.model
def test_investigators_studying_the_scene_do_not_date_the_bombing(nlp: Language) -> None:
    found = events_on_2023_08_01(
        nlp, "Investigators in Negombo on Monday study the scene of a suicide bombing at St. "
             "Sebastian Church. The bombings at hotels and churches on Saturday left more than 300 "
             "people dead.")
    assert [e.date for e in found if e.type == "attack"] == ["2023-07-29"]


@pytest.mark.model
def test_an_inspection_alone_still_dates_the_attack_as_a_reports_day(nlp: Language) -> None:
    found = events_on_2023_08_01(
        nlp, "Police inspect the site of an attack in Lembantongoa village, in Palu, Sulawesi, on "
             "July 30, 2023.")
    assert [e.date for e in found if e.type == "attack"] == ["2023-07-30"]


@pytest.mark.model
def test_a_trailing_source_reported_on_a_day_dates_the_report(nlp: Language) -> None:
    # (the parse hangs "reported" on "source" as a clause of the noun: the day is still the report's)
    found = events_on_2025_01_24(nlp, "Counter-terrorism forces conducted a joint airborne operation in Tuz Khurmatu "
                                      "district, Saladin province, a security source reported on Friday.")
    assert [e.date for e in found if e.type == "operation"] == ["2025-01-24"]


@pytest.mark.model
def test_a_trailing_attribution_after_a_participle_dates_the_report(nlp: Language) -> None:
    found = events_on_2025_01_24(
        nlp, "Suspected militants have carried out a large-scale attack on Alela village in Sokoto "
             "State, burning down houses and rustling livestock, security sources reported on "
             "Sunday.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-01-19"]


# Event dates: a clause whose definite subject points back at an event told before ("The operation comes a day after
# the United States carried out airstrikes") counts its offset from that event's day, the subject being no mention of
# its own.

@pytest.mark.model
def test_an_offset_counts_from_the_event_the_subject_points_back_at(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "U.S. forces killed an ISIS leader in a raid in Syria on Sunday. The operation comes a day "
             "after the United States carried out airstrikes on ISIS positions in Syria.")
    dates = {e.type: e.date for e in found}
    assert dates.get("operation") == "2025-12-21"
    assert dates.get("strike") == "2025-12-20"


@pytest.mark.model
def test_an_offset_of_days_counts_back_from_a_clash(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "An Abu Sayyaf fighter was killed in a clash with soldiers in Basilan on Friday. The clash "
             "comes two days after rebels attacked a village in Basilan.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-12-17"]


@pytest.mark.model
def test_a_subject_of_another_kind_lends_no_day(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "Troops killed five militants in a raid in Anbar on Friday. The decision comes two days "
             "after rebels attacked a village in Anbar.")
    assert "2025-12-17" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_year_that_opens_a_span_leaves_an_event_the_pages_month(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "Suspected jihadists killed at least 13 civilians in the Gao region of Mali. The attack, near "
             "the site of an offensive waged by the group since early 2022, left hundreds fleeing.",
        reference="2023-06-28")
    assert [(e.type, e.date) for e in found] == [("attack", "2023-06")]


@pytest.mark.model
def test_a_year_told_as_a_time_still_marks_background(nlp: Language) -> None:
    found = events_on_2025_12_21(
        nlp, "Suspected jihadists killed at least 13 civilians in the Gao region of Mali. The attack, near "
             "the site of an offensive waged by the group in early 2022, left hundreds fleeing.",
        reference="2023-06-28")
    assert "2023-06" not in [e.date for e in found]


# Event dates: an event only a report dates takes no story day after that report's ("On Sunday, the ministry said that
# four soldiers were killed in an attack", the story going on to Monday: a thing is told after it happened); an event
# only the page's own week dates ("early this week", which the resolver gives as its month) takes the story's day of
# that week, as an undated one does, where "last week" does not (the story's first day is most often its news, after
# that week); a date closing its line after a label and a dash ("North Kivu — January 4, 2026") or glued after the
# line's last sentence ("... has risen to 54. Monday, July 31, 2023 | 14:00") is the page's stamp, no day of its
# story.

@pytest.mark.model
def test_a_story_day_after_the_report_does_not_date_the_reported_event(nlp: Language) -> None:
    found = events_on_2025_12_17(
        nlp, "On Sunday, the ministry said that four security personnel were killed in an attack on their "
             "patrol in the city of Maaret al-Numan in Idlib province. Another soldier was injured by "
             "gunfire in Aleppo the following day.")
    assert [e.date for e in found if e.type == "attack"][:1] == ["2025-12-14"]


@pytest.mark.model
def test_this_week_takes_the_storys_day_of_that_week(nlp: Language) -> None:
    found = events_on_2017_08_03(
        nlp, "Philippine troops early this week killed six Islamic State militants in an operation in "
             "Maguindanao. The militants were seen in the village of Pusao on Tuesday afternoon.")
    assert [e.date for e in found if e.type == "operation"] == ["2017-08-01"]


@pytest.mark.model
def test_last_week_keeps_its_month(nlp: Language) -> None:
    found = events_on_2017_08_03(
        nlp, "Philippine troops last week killed six Islamic State militants in an operation in "
             "Maguindanao. The militants were seen in the village of Pusao on Tuesday afternoon.")
    assert [e.date for e in found if e.type == "operation"] == ["2017-07"]


def test_a_date_closing_its_line_after_a_label_and_a_dash_is_the_pages_day() -> None:
    text = "Attacks leave 15 dead in eastern Congo\nNorth Kivu — January 4, 2026\nThe attacks unfolded on January 1."
    assert page_stamp(_timex(text, "January 4, 2026", "2026-01-04"), text)


def test_a_date_glued_after_the_lines_last_sentence_is_the_pages_day() -> None:
    text = "The toll of the bombing in Bajaur has risen to 54. Monday, July 31, 2023 | 14:00\nFunerals were held."
    assert page_stamp(_timex(text, "July 31, 2023", "2023-07-31"), text)


def test_a_date_a_sentence_tells_at_its_end_is_no_stamp() -> None:
    text = "Gunmen attacked a police post in Bajaur. Three policemen were killed on July 31, 2023\nFunerals were held."
    assert not page_stamp(_timex(text, "July 31, 2023", "2023-07-31"), text)


# Event dates: a known attack recalled by who planned, did, suffered or is tied to it ("the mastermind of the Kabul
# airport attack", "four perpetrators of the Crocus City Hall terror attack") is not one of the page's month: left
# undated, or dated by the page's own telling of it (or cut from real pages).

def _head(nlp: Language, text: str, word: str) -> bool:
    doc = nlp(text)
    tok = next(t for t in doc if t.lower_ == word)
    return recalled(tok, vocab())


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Police arrested the mastermind of the Kabul airport attack.", "attack"),
        ("A court sentenced four perpetrators of the Crocus City Hall terror attack to life imprisonment.", "attack"),
        ("He was involved in the planning of the bombing.", "bombing"),
        ("The group behind the Paris attacks has been weakened.", "attacks"),
        ("Victims of the beach attack launched legal action.", "attack"),
    ],
)
def test_an_attack_named_by_its_people_is_recalled(nlp: Language, text: str, word: str) -> None:
    assert _head(nlp, text, word)


@pytest.mark.model
@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Gunmen attacked a checkpoint, and the attack killed four soldiers.", "attack"),
        ("The army repelled the attack on the base.", "attack"),
    ],
)
def test_an_attack_told_as_such_is_not_recalled(nlp: Language, text: str, word: str) -> None:
    assert not _head(nlp, text, word)


@pytest.mark.model
def test_a_recalled_attack_does_not_take_the_pages_month(nlp: Language) -> None:
    # as68: the 2021 airport bombing, recalled in a 2025 story of an arrest
    found = events_on_2025_03_06(
        nlp, "The United States has said that the credit for the arrest of Isis terrorist Sharifullah, "
             "the mastermind of the Kabul airport attack, goes to Pakistan.")
    attacks = [e for e in found if e.type == "attack"]
    assert attacks
    assert all(e.date != "2025-03" for e in attacks)


@pytest.mark.model
def test_a_recalled_attack_takes_the_day_the_page_tells_it(nlp: Language) -> None:
    # as313: the recalled attack, then its own day told below, is one event of that day
    found = events_dated("2026-03-20")(
        nlp, "A Russian court has sentenced four perpetrators of the Crocus City Hall terror attack to life "
             "imprisonment.\nOn the evening of March 22, 2024, a terrorist attack took place at the Crocus City Hall "
             "concert hall in Krasnogorsk, killing 145 people.")
    attacks = [e for e in found if e.type == "attack"]
    assert [e.date for e in attacks] == ["2024-03-22"]


@pytest.mark.model
def test_an_attack_the_page_tells_keeps_its_month(nlp: Language) -> None:
    found = events_on_2025_03_06(nlp, "Islamic State militants attacked an army post in Borno, killing six soldiers.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-03"]


# Event days: a day in a phrase after a report noun, or after the participle that tells it came out ("According to a
# statement from Wednesday", "In a statement released on Tuesday"), is the report's day, not the day of the attack it
# tells; the attack told again in it stays the one told before.

@pytest.mark.model
def test_a_statement_from_a_later_day_does_not_date_the_attack_again(nlp: Language) -> None:
    found = events_on_2022_03_12(
        nlp, "Islamic State militants attacked the village of Tamalat in Mali on Friday, killing dozens of "
             "civilians. According to a statement from Wednesday, a horde of men from Islamic State had "
             "staged an attack on Tamalat.")
    assert [(e.type, e.date) for e in found] == [("attack", "2022-03-11")]


# Event dates: an event the text never dates, on a page dated only to its year (a year in its address), is one of that
# year, the precision the page has, as one on a page dated to its month or day is one of that month; not when the text
# names a month of that year, which may be the event's or a background's, nor when the text writes that year itself:
# an undated page's reference is then the latest year its text names, most often a thing's past ("which split from
# Boko Haram in 2016"), not the page's.

@pytest.mark.model
def test_an_undated_event_on_a_page_of_a_year_takes_that_year(nlp: Language) -> None:
    found = events_in_2023(nlp, "Soldiers conducted a raid against Islamic State militants in northwest Syria, the "
                                "army said.")
    assert [e.date for e in found if e.type == "operation"] == ["2023"]


@pytest.mark.model
def test_an_undated_event_on_a_page_of_a_month_keeps_that_month(nlp: Language) -> None:
    found = events_in_2023_05(nlp, "Soldiers conducted a raid against Islamic State militants in northwest Syria, the "
                                   "army said.")
    assert [e.date for e in found if e.type == "operation"] == ["2023-05"]


@pytest.mark.model
def test_a_page_of_a_year_naming_a_month_of_it_lends_no_year(nlp: Language) -> None:
    found = events_in_2023(nlp, "Soldiers conducted a raid against Islamic State militants in northwest Syria, the "
                                "army said. The twin bombings in Baghdad in January were a reminder of the threat.")
    assert [e.date for e in found if e.type == "operation"] == [None]


@pytest.mark.model
def test_a_year_the_text_writes_in_a_relative_clause_is_no_year_of_the_page(nlp: Language) -> None:
    found = events_in_2016(nlp, "Gunmen attacked a village in Borno, killing ten people, police said. Islamic State "
                                "West Africa Province, which split from Boko Haram in 2016, has carried out a number "
                                "of attacks in the region.")
    assert [e.date for e in found if e.type == "attack"] == [None]


@pytest.mark.model
def test_a_year_the_text_writes_in_a_main_clause_is_no_year_of_the_page_either(nlp: Language) -> None:
    found = events_in_2016(nlp, "Gunmen attacked a village in Borno, killing ten people, police said. More than 20 "
                                "soldiers were killed in the region during 2016.")
    assert [e.date for e in found if e.type == "attack"] == [None]


# Event dates: a year heading a noun phrase, the member an "including" phrase names.

@pytest.mark.model
def test_a_year_heading_the_events_noun_phrase_dates_it(nlp: Language) -> None:
    found = events_on_2024_03_20(nlp,
                                 "He played a key role in planning the 2022 Kocha Risaldar mosque bombing in Peshawar.")
    assert [e.date for e in found] == ["2022"]


@pytest.mark.model
def test_a_count_after_the_article_is_no_year(nlp: Language) -> None:
    found = events_on_2024_03_20(nlp, "Militants attacked the 1500 soldiers guarding the base in Kiwanja on Monday.")
    assert [e.date for e in found] == ["2024-03-18"]


@pytest.mark.model
def test_the_member_an_including_phrase_names_dates_the_series(nlp: Language) -> None:
    found = events_on_2024_03_20(
        nlp, "Turkey has faced a series of attacks in recent years, including a 2017 nightclub shooting in "
             "Istanbul that left 39 people dead.")
    assert [e.date for e in found] == ["2017"]
    # finer than the series' own date, and inside it
    found = events_on_2024_03_20(
        nlp, "Last month, U.S. forces launched strikes against ISIS in Somalia, including one on Feb. 1 "
             "that killed 14 militants.")
    assert [e.date for e in found] == ["2024-02-01"]


@pytest.mark.model
def test_a_members_date_outside_the_series_date_does_not_replace_it(nlp: Language) -> None:
    found = events_on_2024_03_20(nlp, "Militants attacked five villages on Monday, including Kiwanja in January.")
    assert [e.date for e in found] == ["2024-03-18"]


# Event dates: a date a "when" clause tells of dates the clause's event however far the parse hung it, two days of a
# month written far from the trigger still date it, and a date standing before an event noun of another kind is that
# event's (or cut from real pages).

@pytest.mark.model
def test_a_when_clause_after_a_since_date_is_dated_by_it(nlp: Language) -> None:
    found = events_dated("2019-09-26")(nlp, "Malaysia has been on high alert since January 2016, when gunmen allied "
                                            "with Islamic State carried out a series of attacks in Jakarta.")
    assert [(e.type, e.date) for e in found] == [("attack", "2016-01")]


@pytest.mark.model
def test_a_since_date_without_a_when_clause_still_opens_a_span(nlp: Language) -> None:
    found = events_dated("2020-04-03")(nlp, "Since December, militants have attacked the army base in Tillaberi, "
                                            "killing 4 soldiers.")
    assert [e.date for e in found] == ["2020-04"]


@pytest.mark.model
def test_two_days_of_a_month_far_from_the_trigger_date_it(nlp: Language) -> None:
    found = events_dated("2021-03-27")(nlp, "The police arrested six individuals suspected of being involved in a "
                                            "terrorist group around Kuala Lumpur, Selangor, Perak and Penang on Jan 6 "
                                            "and 7.")
    assert [(e.type, e.date) for e in found] == [("operation", "2021-01")]


@pytest.mark.model
def test_a_date_before_an_event_noun_of_another_kind_is_that_event_s(nlp: Language) -> None:
    # the feast dates the bombings, not the arrests of the suspects linked with them
    found = events_dated("2019-05-06")(nlp, "Police said all of the suspects linked with the Easter Sunday bombings "
                                            "have been arrested or are dead.")
    assert all(e.date != "2019-04-21" for e in found if e.type == "operation")
    assert [e.date for e in found if e.type == "attack"] == ["2019-04-21"]


@pytest.mark.model
def test_a_date_before_an_event_noun_of_the_same_kind_still_dates_the_trigger(nlp: Language) -> None:
    found = events_dated("2024-03-11")(nlp, "Troops arrested two militants in Sunday's raid on a hideout in Marawi.")
    assert [(e.type, e.date) for e in found] == [("operation", "2024-03-10")]


# Event dates: an undated event whose sentence names an earlier month is background, not one of the page's month (or
# cut from real pages).

@pytest.mark.model
def test_an_event_beside_an_earlier_month_is_not_the_pages_month(nlp: Language) -> None:
    # the date dates the main clause, the massacre its "after" clause: not the page's March; since session 37 the
    # month of the main clause, which holds what happened just before it (the gold of the page it is cut from)
    found = events_on_2018_03_11(
        nlp, "He issued his ultimatum in November after suspected Daesh gunmen massacred more than 300 "
             "worshippers in a Sinai mosque.")
    assert [(e.type, e.date) for e in found] == [("attack", "2017-11")]


@pytest.mark.model
def test_an_event_in_a_since_phrase_of_an_earlier_month_is_not_the_pages_month(nlp: Language) -> None:
    found = events_dated("2025-07-27")(nlp, "This is the deadliest assault in the region since February, when the "
                                            "ADF killed 23 people in Mambasa territory.")
    # (its "when" clause tells what happened in February: the gold of the page it is cut from dates it so)
    assert [e.date for e in found] == ["2025-02"]


@pytest.mark.model
def test_an_undated_event_beside_a_day_of_the_pages_month_keeps_the_month(nlp: Language) -> None:
    # a date of the page's own month says nothing against it (the report's day, another event's)
    found = events_on_2018_03_11(
        nlp, "He said on March 9 that suspected Daesh gunmen had massacred more than 30 worshippers in a "
             "Sinai mosque.")
    assert [e.date[:7] for e in found if e.date] == ["2018-03"]


@pytest.mark.model
def test_a_since_phrase_opens_a_span_and_names_no_earlier_time(nlp: Language) -> None:
    # "Since December" opens the span the count covers: the event keeps the page's month
    found = events_dated("2020-04-03")(nlp, "Since December, militants have attacked the army base in Tillaberi, "
                                            "killing 4 soldiers.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-04")]


@pytest.mark.model
def test_the_day_a_report_was_made_is_no_earlier_happening(nlp: Language) -> None:
    # "named" times that keep an undated event off the page's month leave out a report's own day
    from sitroom.extract.events.vocab import vocab as load_vocab
    from sitroom.extract.events.when import reported_day

    doc = nlp("Uzbekistan on May 30 announced it had carried out an operation. Gunmen attacked a post in May.")
    vocab = load_vocab()
    said = next(t for t in doc if t.text == "30")
    told = next(t for t in doc if t.text == "May" and t.i > said.i)
    assert reported_day(said, vocab) and not reported_day(told, vocab)


# Event dates: a day the text states beside a day it counts from another, and an event told as days before or after
# another of its sentence.

@pytest.mark.model
def test_a_stated_date_beside_a_counted_one_dates_the_event(nlp: Language) -> None:
    found = events_on_2020_06_10(
        nlp, "On June 1, gunmen killed a soldier in Rafah. Two weeks earlier, on the evening of May 17, "
             "militants attacked a checkpoint in Sheikh Zuwayed, killing five soldiers.")
    assert [e.date for e in found] == ["2020-06-01", "2020-05-17"]


@pytest.mark.model
def test_an_event_told_days_after_another_dates_the_other(nlp: Language) -> None:
    found = events_on_2020_06_10(
        nlp, "Gunmen killed 20 villagers in Tillaberi on Tuesday. The massacre comes just two days after "
             "the Nigerien military carried out an air raid targeting suspected ISGS fighters in Menaka.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-06-09"), ("strike", "2020-06-07")]


@pytest.mark.model
def test_an_event_the_page_tells_as_a_day_before_its_news_is_the_day_before_the_page(nlp: Language) -> None:
    found = events_on_2020_06_10(
        nlp, "This comes a day after U.S. forces carried out airstrikes on ISIS positions in Syria.")
    assert [(e.type, e.date) for e in found] == [("strike", "2020-06-09")]


@pytest.mark.model
def test_an_offset_with_no_dated_event_to_count_from_leaves_the_month(nlp: Language) -> None:
    # past tense, the clause's own event undated: nothing to count from, the article's month stands
    found = events_on_2020_06_10(
        nlp, "The operation came one day after Iraqi jets struck five ISIS positions in Kirkuk province.")
    assert [(e.type, e.date) for e in found] == [("strike", "2020-06")]


@pytest.mark.model
def test_a_day_after_counts_one_day_from_the_clauses_date(nlp: Language) -> None:
    # "a day" states its length with the article alone (before, only "one day", "two days" counted)
    found = events_on_2020_06_10(
        nlp, "Troops killed five militants in Borno on Monday, a day after ISWAP fighters attacked a base "
             "in Monguno.")
    assert [(e.type, e.date) for e in found if e.type == "attack"] == [("attack", "2020-06-07")]


# Event dates: an event its sentence leaves undated while naming one earlier time is of that time, not undated ("In
# March, ISWAP targeted a base with drones before advancing its ground assault"); a time that another event of the
# sentence has is that event's, one in a clause opened after the trigger is that clause's, and two times leave the
# event undated (or cut from real pages).

@pytest.mark.model
def test_the_sole_earlier_month_of_the_sentence_dates_its_event(nlp: Language) -> None:
    found = events_on_2025_07_07(
        nlp, "In March, ISWAP targeted a Nigerian military base with drones before advancing its ground "
             "assault, killing 16 people.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-03")]


@pytest.mark.model
def test_a_month_after_the_place_dates_the_attack(nlp: Language) -> None:
    found = events_dated("2016-06-09")(nlp, "Authorities are on high alert after a militant attack in the heart of "
                                            "the capital, Jakarta, in January in which eight people were killed.")
    assert [(e.type, e.date) for e in found] == [("attack", "2016-01")]


@pytest.mark.model
def test_a_month_and_year_of_another_clause_dates_the_attack(nlp: Language) -> None:
    found = events_dated("2019-01-04")(nlp, "In June 2015, 38 people were gunned down at a beach resort in the "
                                            "coastal city of Sousse in another ISIS attack.")
    assert [(e.type, e.date) for e in found] == [("attack", "2015-06")]


@pytest.mark.model
def test_two_earlier_times_leave_the_event_undated(nlp: Language) -> None:
    found = events_on_2025_07_07(
        nlp, "In March, after talks in January, ISWAP targeted a military base with drones before "
             "advancing its ground assault, killing 16 people.")
    assert [(e.type, e.date) for e in found] == [("attack", None)]


@pytest.mark.model
def test_the_time_of_another_event_of_the_sentence_is_not_taken(nlp: Language) -> None:
    found = events_dated("2019-01-04")(nlp, "Gunmen attacked a hotel in Sousse, killing 12 people, in a raid that "
                                            "recalled the massacre at a beach resort in 2015.")
    assert [(e.type, e.date) for e in found] == [("attack", None), ("attack", "2015")]


@pytest.mark.model
def test_a_time_of_a_clause_opened_after_the_trigger_is_not_taken(nlp: Language) -> None:
    found = events_dated("2019-01-04")(nlp, "Gunmen attacked a hotel in Sousse that had reopened after its closure "
                                            "in 2015, killing 12 people.")
    assert [(e.type, e.date) for e in found] == [("attack", None)]


# Event dates: "made this known on Monday" is a telling, whose day is the report's and no day of the story (the
# story's own "on Sunday" dates what its lede leaves undated); of a trigger's dates, a coarser one nearer in the parse
# ("this week") that holds a finer one ("in the early hours of Thursday") is the same time told less exactly, and the
# finer one dates the event; a town's recapture told in the present perfect of a dated report has the report's day,
# which the story's own day for it, told after, replaces.

@pytest.mark.model
def test_made_this_known_on_a_day_is_the_reports_day(nlp: Language) -> None:
    found = events_on_2025_07_29(nlp, "Nigerian Air Force jets killed several ISWAP fighters in the Lake Chad region.\n"
                                      "The air force spokesman made this known in a statement in Abuja on Monday.\n"
                                      "He said the mission, carried out on Sunday, targeted a hideout in the Tumbuns.")
    assert [e.date for e in found if e.type == "strike"] == ["2025-07-27"]


@pytest.mark.model
def test_made_it_known_on_a_day_is_the_reports_day(nlp: Language) -> None:
    found = events_on_2025_07_29(
        nlp, "Troops repelled an attack on a military base in Borno, killing ten ISWAP fighters.\n"
             "The army spokesman made it known on Monday that the fighters came in gun trucks on "
             "Sunday night.")
    assert [e.date for e in found if e.type == "attack"] == ["2025-07-27"]


@pytest.mark.model
def test_a_day_held_by_a_nearer_week_dates_the_event(nlp: Language) -> None:
    found = events_on_2026_01_30(
        nlp, "Militants backed by drones raided an army base in Borno state in the early hours of "
             "Thursday, killing several troops, the military said, marking the second reported "
             "assault in the area this week and underscoring a growing security challenge for "
             "authorities.")
    assert [e.date for e in found if e.type == "attack"] == ["2026-01-29"]


@pytest.mark.model
def test_a_recapture_in_the_present_perfect_takes_the_day_the_story_states(nlp: Language) -> None:
    found = events_on_2016_08_20(
        nlp, "Iraqi government forces have recaptured the town of Khaldiyah in Anbar province "
             "from Islamic State militants.\nThe Joint Operations Command announced in a statement "
             "that counter-terrorism forces had managed to retake Khaldiyah town, west of Baghdad, "
             "on Friday evening.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2016-08-19"]


@pytest.mark.model
def test_a_recapture_in_the_present_perfect_told_alone_keeps_the_pages_day(nlp: Language) -> None:
    found = events_on_2016_08_20(nlp, "Iraqi government forces have recaptured the town of Khaldiyah in Anbar province "
                                      "from Islamic State militants.")
    assert [e.date for e in found if e.type == "territorial_defeat"] == ["2016-08-20"]


# Event dates: a year inside a clause opened after the trigger about something else ("since it returned to power in
# 2021") does not make the event background: it keeps the article's month (or cut from real pages).

@pytest.mark.model
def test_a_year_in_a_since_clause_after_the_trigger_leaves_the_article_month(nlp: Language) -> None:
    found = events_on_2024_12_12(
        nlp, "Taliban refugee minister Khalil Haqqani has been killed in a suicide bombing inside the "
             "interior ministry in Kabul, the movement's most high profile casualty since it returned to "
             "power in Afghanistan in 2021.")
    assert [(e.type, e.date) for e in found] == [("attack", "2024-12")]


@pytest.mark.model
def test_a_fronted_earlier_year_still_makes_the_event_background(nlp: Language) -> None:
    found = events_on_2024_12_12(nlp,
                                 "In 2021, a suicide bomber killed 13 people inside the interior ministry in Kabul.")
    assert [(e.type, e.date) for e in found] == [("attack", "2021")]


@pytest.mark.model
def test_a_when_clause_hung_on_a_since_time_is_of_that_time(nlp: Language) -> None:
    found = events_dated("2025-07-27")(nlp, "This is the deadliest assault in the region since February, when the ADF "
                                            "killed 23 people in Mambasa territory.")
    assert [(e.type, e.date, e.killed) for e in found] == [("attack", "2025-02", 23)]


@pytest.mark.model
def test_a_since_time_without_a_clause_of_its_own_dates_nothing(nlp: Language) -> None:
    found = events_dated("2025-07-27")(nlp, "Since February, the ADF has killed 23 people in Mambasa territory.")
    assert [e.date for e in found] != ["2025-02"]


# Event dates: a meeting in an "after" phrase of the telling that follows it ("the government said yesterday after the
# council meeting", "Speaking to journalists on Monday after a meeting with the President") took place on the day of
# the telling; an attack so told keeps no day.

@pytest.mark.model
def test_a_meeting_the_telling_follows_is_of_the_tellings_day(nlp: Language) -> None:
    found = events_on_2022_06_10(
        nlp, "The attack bore the traits of ISWAP, the government said yesterday after the National "
             "Security Council meeting, chaired by the President at the Presidential Villa, Abuja.")
    assert [e.date for e in found if e.type == "meeting"] == ["2022-06-09"]


@pytest.mark.model
def test_speaking_to_journalists_after_a_meeting_dates_the_meeting(nlp: Language) -> None:
    found = events_on_2022_06_10(
        nlp, "Speaking to journalists on Wednesday, June 8, 2022, after a meeting with the President "
             "at the State House in Abuja, the governor described the situation as deteriorating.")
    assert [e.date for e in found if e.type == "meeting"] == ["2022-06-08"]


@pytest.mark.model
def test_an_attack_the_telling_follows_takes_no_day_from_it(nlp: Language) -> None:
    found = events_on_2022_06_10(nlp, "Police said on Thursday that the suspects were arrested after the attack on the "
                                      "church.")
    assert "2022-06-09" not in [e.date for e in found if e.type == "attack"]


@pytest.mark.model
def test_a_weekday_after_the_weekend_is_no_day_of_it(nlp: Language) -> None:
    found = events_on_2024_03_18(
        nlp, "The president on Monday promised swift justice for four soldiers killed by militants "
             "in the south over the weekend.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-03"]


@pytest.mark.model
def test_the_weekends_event_takes_the_day_the_story_names(nlp: Language) -> None:
    found = events_on_2024_03_18(
        nlp, "The president on Monday promised swift justice for four soldiers killed by militants "
             "in the south over the weekend.\nThe military said the militants ambushed the troops on "
             "Sunday near the town.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-03-17"]


@pytest.mark.model
def test_a_day_of_the_weekend_still_dates_it_finer(nlp: Language) -> None:
    found = events_on_2024_03_18(
        nlp, "Militants raided an army post in the early hours of Saturday, killing two soldiers, "
             "the army said, the second assault in the area over the weekend.")
    assert [e.date for e in found if e.type == "attack"] == ["2024-03-16"]


# What an unresolved time phrase still names (events/when.py ``time_told``): a month, a weekday or a span relative to
# the page's day, for telling two undated events apart.

@pytest.mark.parametrize(("text", "key"), [
    ("In September", "m:09"),
    ("in late February", "m:02"),
    ("Oct. 16", "m:10-16"),
    ("Sunday evening", "d:6"),
    ("Last week", "r:last week"),
    ("early this month", "r:this month"),
])
def test_an_unresolved_time_keeps_its_month_weekday_or_relative_span(text: str, key: str) -> None:
    assert time_told(text) == key


@pytest.mark.parametrize("text", ["nearly 20 years", "24", "a single day"])
def test_a_stretch_of_time_or_a_bare_number_names_no_time(text: str) -> None:
    assert time_told(text) is None


# An incident told as occurring on a day "following" an event noun: the phrase tells how the incident came about, the
# same happening, so the day is the event's (when._occurrence_of); a clause after "after" is another deed.

@pytest.mark.model
def test_an_incident_occurring_on_a_day_following_an_ambush_dates_the_ambush(nlp: Language) -> None:
    found = events_on_2025_09_17(
        nlp, "The statement said the incident occurred in the early hours of September 15, following an ambush on "
             "troops near Garin Giwa along the Baga road.")
    assert [(e.type, e.date) for e in found] == [("attack", "2025-09-15")]


@pytest.mark.model
def test_an_ambush_a_week_before_the_incident_is_not_dated_by_the_incident_s_day(nlp: Language) -> None:
    found = events_on_2025_09_17(
        nlp, "The statement said the incident occurred on September 15, a week after an ambush on troops near "
             "Garin Giwa along the Baga road.")
    assert [e.date for e in found if e.type == "attack"] and all(
        e.date != "2025-09-15" for e in found if e.type == "attack")


# When an event happened (events/when.py): a date outside the relative clause that names the subject by its deed.

@pytest.mark.model
def test_the_main_clause_day_does_not_date_the_deed_of_a_subject_relative(nlp: Language) -> None:
    # "The militants who attacked the soldiers were arrested on Monday": Monday is the arrest's, not the attack's
    found = events_on_2023_09_30(
        nlp, "Nine Dawlah Islamiya terrorists were killed in a series of clashes with soldiers on Friday in Piagapo, "
             "Lanao del Sur. The militants who attacked the soldiers were arrested on Monday in Marawi City.")
    assert "2023-09-25" not in [e.date for e in found if e.type == "attack"]
