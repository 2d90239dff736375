"""Territorial defeats end to end: control of a place lost or won back, and a declared defeat of the group."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.syntax import misread_present

# the reference days the tests' sentences are written around
events_on_2017_06_03 = events_dated("2017-06-03")
events_on_2017_07_01 = events_dated("2017-07-01")
events_on_2019_06_10 = events_dated("2019-06-10")
events_on_2019_08_01 = events_dated("2019-08-01")
events_on_2020_05_01 = events_dated("2020-05-01")
events_on_2021_03_01 = events_dated("2021-03-01")
events_on_2024_01_03 = events_dated("2024-01-03")
events_on_2024_12_20 = events_dated("2024-12-20")
events_on_2025_01_10 = events_dated("2025-01-10")
events_on_2025_04_02 = events_dated("2025-04-02")
events_on_2025_09_04 = events_dated("2025-09-04")


# Change of territorial control: the group taking a named town told in a relative clause ("Mosul, which it overran in
# mid-2014") or a part of one ("one-third of the city of Kobani") is its attack; a force taking or regaining a named
# town is its recapture; a town the group has held since a date ("under IS control since June 2014", "held by the
# group since 2014") is the group's taking of it, dated then; "the capture of Hajin" by a force (or no one named) is
# its recapture. Taking hostages, a town held with no date, a town under a force's control and the capture of a person
# are none of these.

def _typed(found: list, etype: str) -> list:
    return [e for e in found if e.type == etype]


@pytest.mark.model
def test_taking_hostages_or_responsibility_takes_no_town(nlp: Language) -> None:
    assert not _typed(events_on_2017_06_03(nlp, "The Islamic State took hostages in Mosul in 2015."), "attack")
    assert not _typed(events_on_2017_06_03(nlp, "ISIS took responsibility in 2015."), "attack")
    assert not _typed(events_on_2017_06_03(nlp, "On Tuesday federal police took the suspects to Baghdad."),
                      "territorial_defeat")


@pytest.mark.model
def test_a_relative_pronoun_stands_for_the_town_or_the_taker(nlp: Language) -> None:
    found = _typed(events_on_2017_06_03(nlp, "Daesh remains in control of Mosul, which it overran in mid-2014."),
                   "attack")
    assert [(e.date, e.place, e.actor) for e in found] == [("2014", "Mosul", "Islamic State")]


@pytest.mark.model
def test_a_force_taking_or_regaining_a_named_town_retakes_it(nlp: Language) -> None:
    found = _typed(events_on_2017_06_03(
        nlp, "In June 2015, Kurdish forces of the YPG regained the city of Tel Abyad after months "
             "of fighting against ISIS."), "territorial_defeat")
    assert [(e.date, e.place) for e in found] == [("2015-06", "Tal Abyad")]
    found = _typed(events_on_2017_06_03(nlp, "On Tuesday federal police took Sinjar from the Islamic State."),
                   "territorial_defeat")
    assert [(e.date, e.place) for e in found] == [("2017-05-30", "Sinjar")]


@pytest.mark.model
def test_a_town_held_by_the_group_since_a_date_was_taken_then(nlp: Language) -> None:
    found = _typed(events_on_2017_06_03(
        nlp, "The Islamic State attacked a checkpoint on Monday. Rutba has been held by the "
             "extremist group since 2014."), "attack")
    assert ("2014", "Rutba") in [(e.date, e.place) for e in found]
    found = _typed(events_on_2017_06_03(
        nlp, "ISIS fighters attacked a checkpoint on Monday. The harbor town of Mocimboa da Praia "
             "has been under militant control since August 12, 2020."), "attack")
    assert ("2020-08-12", "Mocimboa da Praia") in [(e.date, e.place) for e in found]


@pytest.mark.model
def test_holding_with_no_date_or_by_a_force_is_no_taking(nlp: Language) -> None:
    found = events_on_2017_06_03(nlp,
                                 "The Islamic State attacked a checkpoint on Monday. Rutba is still held by the group.")
    assert "Rutba" not in [e.place for e in _typed(found, "attack")]
    found = events_on_2017_06_03(
        nlp, "The Islamic State attacked a checkpoint on Monday. Mosul has been under government "
             "control since July 2017.")
    assert "Mosul" not in [e.place for e in _typed(found, "attack")]


@pytest.mark.model
def test_the_capture_of_a_town_is_its_recapture_not_the_capture_of_a_person(nlp: Language) -> None:
    found = _typed(events_on_2017_06_03(nlp, "The Syrian Democratic Forces announced the capture of Hajin on Friday."),
                   "territorial_defeat")
    assert [(e.date, e.place, e.actor) for e in found] == [("2017-06-02", "Hajin", "Syrian Democratic Forces")]
    found = events_on_2017_06_03(
        nlp, "Iraqi forces announced on Tuesday the capture of a senior Islamic State leader in Mosul.")
    assert not _typed(found, "territorial_defeat")


@pytest.mark.model
def test_whoever_takes_a_town_from_the_group_retakes_it(nlp: Language) -> None:
    found = events_on_2017_06_03(
        nlp, "Turkish-backed rebels on Sunday captured the northern Syrian town of Dabiq from the Islamic "
             "State group.")
    assert [(e.type, e.date, e.place) for e in found] == [("territorial_defeat", "2017-05-28", "Dabiq")]
    # the group taking a town from others is its attack, never a recapture
    found = events_on_2017_06_03(nlp, "On Sunday the Islamic State captured the town of Dabiq from the rebels.")
    assert [(e.type, e.place) for e in found] == [("attack", "Dabiq")]


@pytest.mark.model
def test_a_part_of_a_town_is_taken_as_the_town(nlp: Language) -> None:
    found = _typed(events_on_2017_06_03(nlp, "Islamic State militants captured part of the town of Kobani on Monday."),
                   "attack")
    assert [(e.date, e.place) for e in found] == [("2017-05-29", "Kobani")]
    found = _typed(events_on_2017_06_03(
        nlp, "Islamic State militants have captured about one-third of the city of Kobani on "
             "Monday."), "attack")
    assert [e.place for e in found] == ["Kobani"]


@pytest.mark.model
def test_the_aim_of_an_operation_takes_no_town(nlp: Language) -> None:
    found = events_on_2017_06_03(
        nlp, "Government forces launched an operation in May to re-take Sirte from the Islamic State.")
    assert not _typed(found, "territorial_defeat")
    found = events_on_2017_06_03(nlp, "Government forces managed to take Sirte from the Islamic State in May.")
    assert [(e.type, e.date, e.place) for e in found] == [("territorial_defeat", "2017-05", "Sirte")]


# Change of territorial control: a force putting the Islamic State out of a place ("drove the IS militants out of X",
# "expelled the group from the city of X"), ridding a place of it ("cleared the village of X from Daesh terrorists")
# or taking control of a place is that place's recapture (gold/real conventions: a `territorial_defeat` credited to
# the force that retook it); the group losing a place "to" someone credits that someone, never the group; the group
# taking control of a town is its attack. What the group does to others ("insurgents dislodged the military"), what is
# cleared of something else ("cleared of mines") and people lost ("lost 25 fighters") are none of these.

def _td(found: list) -> list:
    return [e for e in found if e.type == "territorial_defeat"]


@pytest.mark.model
def test_a_force_driving_the_group_out_of_a_place_retakes_it(nlp: Language) -> None:
    found = _td(events_on_2024_01_03(
        nlp, "On Monday the CTS forces drove the IS militants out of the adjacent Sarijkhanah "
             "neighborhood in Mosul."))
    assert [(e.country, e.actor) for e in found] == [("IQ", "Counter-Terrorism Service")]
    found = _td(events_on_2024_01_03(
        nlp, "The Syrian Democratic Forces expelled the Islamic State from the city of Manbij on "
             "August 12, 2016."))
    assert [(e.date, e.actor) for e in found] == [("2016-08-12", "Syrian Democratic Forces")]
    found = _td(events_on_2024_01_03(
        nlp, "The military launched a counterattack on Saturday, pushing the militants out of Bosso."))
    assert [e.country for e in found] == ["NE"]


@pytest.mark.model
def test_a_place_rid_of_the_group_is_retaken(nlp: Language) -> None:
    found = _td(events_on_2024_01_03(
        nlp, "On Friday, Iraqi tribal fighters managed to clear the village of Shiala, south of Mosul, "
             "from Daesh terrorists."))
    assert [e.country for e in found] == ["IQ"]


@pytest.mark.model
def test_the_group_putting_others_out_or_a_place_cleared_of_mines_is_no_recapture(nlp: Language) -> None:
    assert not _td(events_on_2024_01_03(nlp,
                                        "On Sunday, insurgents dislodged the military from their location in Dikwa."))
    assert not _td(events_on_2024_01_03(nlp, "In 2016 the ruling junta expelled French forces from Mali."))
    assert not _td(events_on_2024_01_03(nlp, "Police on Monday cleared the town of Bama of mines."))
    assert not _td(events_on_2024_01_03(nlp, "ISIS lost 25 fighters in Hajin on Monday."))
    # the aim of an offensive, and the group's loss told with no one it lost the place to (the wire line on the
    # caliphate's end), are no recapture of this kind
    assert not _td(events_on_2024_01_03(
        nlp, "Uganda and the DRC launched a joint offensive in late 2021 to drive the ADF from its "
             "Congolese strongholds."))
    assert not _td(events_on_2024_01_03(
        nlp, "The Islamic State declared a caliphate in 2014 but lost its last Syrian stronghold "
             "in 2019."))


@pytest.mark.model
def test_the_group_losing_a_place_to_a_force_credits_the_force(nlp: Language) -> None:
    found = _td(events_on_2024_01_03(
        nlp, "In 2019 the armed group lost its last stronghold in Baghuz to the Syrian Democratic "
             "Forces."))
    assert [(e.date, e.actor) for e in found] == [("2019", "Syrian Democratic Forces")]
    found = _td(events_on_2024_01_03(
        nlp, "Last year, the IS lost their other stronghold, Derna in eastern Libya, to local Islamist "
             "militias."))
    assert [(e.country, e.actor) for e in found] == [("LY", None)]


@pytest.mark.model
def test_taking_control_of_a_place(nlp: Language) -> None:
    found = events_on_2024_01_03(nlp, "In October 2017, the Syrian Democratic Forces took control of the province.")
    assert [(e.type, e.date, e.actor) for e in found] == [
        ("territorial_defeat", "2017-10", "Syrian Democratic Forces")]
    found = events_on_2024_01_03(nlp, "In June 2014, ISIS took control of Mosul.")
    assert [(e.type, e.date, e.actor) for e in found] == [("attack", "2014-06", "Islamic State")]
    assert not events_on_2024_01_03(nlp, "On Monday the militants took control of the vehicle.")


# Territorial defeats: the group's realm named by the noun a relative clause hangs on ("the caliphate,... and which
# was defeated in 2019") is the defeated side, as "the caliphate was defeated" is.

@pytest.mark.model
def test_a_realm_defeated_in_a_relative_clause_is_the_groups_defeat(nlp: Language) -> None:
    found = [e for e in events_on_2021_03_01(
        nlp, "The detainees had been part of the Islamic State's caliphate, which the group "
             "built in Syria in 2014, and which was defeated by Kurdish forces in 2019.")
             if e.type == "territorial_defeat"]
    assert [(e.country, e.date) for e in found] == [("SY", "2019")]


@pytest.mark.model
def test_something_else_defeated_in_a_relative_clause_is_no_defeat(nlp: Language) -> None:
    found = [e for e in events_on_2021_03_01(
        nlp, "The motion, which was defeated in parliament in 2019, had sought a ban on the "
             "Islamic State.")
             if e.type == "territorial_defeat"]
    assert found == []


# Territorial defeats: an irregular past the tagger reads as a present ("Iraqi forces retook Ramadi": VBP) is still a
# past, not a habit; and a named town's recapture that no word of the page dates is kept undated, as the conventions
# keep it.

def _defeats(found: list) -> list:
    return [e for e in found if e.type == "territorial_defeat"]


@pytest.mark.model
def test_retook_read_as_a_present_is_still_a_recapture(nlp: Language) -> None:
    found = _defeats(events_on_2017_07_01(nlp, "Iraqi forces retook Ramadi from ISIS in December 2015."))
    assert [(e.country, e.place, e.date) for e in found] == [("IQ", "Ramadi", "2015-12")]


@pytest.mark.model
def test_retook_with_a_year_first_is_a_recapture(nlp: Language) -> None:
    found = _defeats(events_on_2017_07_01(nlp,
                                          "In December 2016 Puntland forces retook the town of Qandala from ISIS."))
    assert [(e.country, e.date, e.actor) for e in found] == [("SO", "2016-12", "Puntland Defence Forces")]


@pytest.mark.model
def test_the_misread_past_is_told_apart_from_a_true_present(nlp: Language) -> None:
    past = nlp("Iraqi forces retook Ramadi from ISIS in December 2015.")
    present = nlp("Iraqi forces patrol Ramadi every day.")
    assert misread_present(next(t for t in past if t.lower_ == "retook"))
    assert not misread_present(next(t for t in present if t.lower_ == "patrol"))


@pytest.mark.model
def test_an_undated_town_recapture_on_a_dated_page_is_kept(nlp: Language) -> None:
    found = _defeats(events_on_2017_07_01(
        nlp, "Backed by Coalition air operations, Iraqi forces have steadily advanced up the "
             "Euphrates River Valley, liberating Fallujah and Hit."))
    assert sorted(e.place or "" for e in found) == ["Fallujah", "Hit"]
    assert all(e.country == "IQ" for e in found)


@pytest.mark.model
def test_an_undated_defeat_with_no_town_stays_a_general_claim(nlp: Language) -> None:
    found = _defeats(events_on_2017_07_01(nlp,
                                          "ISIS was territorially defeated, but its cells still carry out attacks."))
    assert found == []


@pytest.mark.model
def test_an_undated_recapture_still_to_come_is_no_event(nlp: Language) -> None:
    found = _defeats(
        events_on_2017_07_01(nlp, "We think that Sirte will be liberated within days, not weeks, the commander said."))
    assert found == []


@pytest.mark.model
def test_a_recapture_told_in_an_earlier_report_is_the_declared_defeat(nlp: Language) -> None:
    # "In an earlier tweet" frames a report, not a separate event: the town's liberation is the defeat declared
    text = ("The Syrian Democratic Forces (SDF) declared the territorial defeat of the Islamic State on Saturday. "
            "In an earlier tweet that was subsequently deleted, Bali said that Baghouz village had been fully "
            "liberated.")
    found = _defeats(events_on_2017_07_01(nlp, text))
    assert [(e.place, e.actor) for e in found] == [("Baghouz", "Syrian Democratic Forces")]


@pytest.mark.model
def test_an_undated_taking_back_of_no_town_is_no_recapture(nlp: Language) -> None:
    # the place of the sentence is not what is taken back (people are): no territorial defeat
    text = ("Although Iraq has so many of its nationals detained in northeast Syria, the Iraqi government has been "
            "reluctant to take back any significant number.")
    assert _defeats(events_on_2017_07_01(nlp, text)) == []


@pytest.mark.model
def test_two_reports_of_one_town_taken_are_one_defeat_whoever_each_credits(nlp: Language) -> None:
    text = ("U.S.-backed militias in Syria declared victory over Islamic State in its capital Raqqa in October. "
            "Fighters of the Syrian Democratic Forces jubilate aboard an armoured vehicle after Raqqa was "
            "liberated from the Islamic State militants.")
    assert [e.place for e in _defeats(events_on_2017_07_01(nlp, text))] == ["Raqqa"]


# The group's defeat told by its realm's fall, by what its fighters are, or in a relative clause on the group (after
# train wire copy).

@pytest.mark.model
def test_the_fall_of_the_groups_caliphate_by_its_year_is_its_defeat(nlp: Language) -> None:
    found = events_on_2020_05_01(
        nlp, "The Islamic State group seized territory in 2014. Despite the fall of ISIS's \"caliphate\" in "
             "2019, the group continues to launch attacks from hideouts in the desert.\n")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2019")]


@pytest.mark.model
def test_the_fall_of_a_town_is_no_defeat_of_the_group(nlp: Language) -> None:
    found = events_on_2020_05_01(nlp, "The fall of Mosul to ISIS in 2014 shocked the world.\n")
    assert "territorial_defeat" not in [e.type for e in found]


@pytest.mark.model
def test_the_extremists_defeated_by_a_year_after_the_group_is_named(nlp: Language) -> None:
    found = events_on_2020_05_01(
        nlp, "Daesh captured a large number of Iraqis in 2014. The Iraqi government has announced that the "
             "extremists were defeated in late 2017, although sleeper cells still attack.\n",
        reference="2018-06-15")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2017")]


@pytest.mark.model
def test_a_group_driven_out_in_a_relative_clause_loses_the_town(nlp: Language) -> None:
    found = events_on_2020_05_01(
        nlp, "The attack was claimed by the Islamic State group, which was driven out of its Libyan "
             "stronghold of Sirte earlier this month.\n", reference="2017-01-15")
    assert ("territorial_defeat", "Sirte") in [(e.type, e.place) for e in found]


@pytest.mark.model
def test_fighters_driven_out_in_a_relative_clause_lose_the_town(nlp: Language) -> None:
    found = events_on_2020_05_01(
        nlp, "Dozens of ISWAP fighters, who were driven out of Bosso by troops on Monday, fled to the "
             "islands.\n", reference="2017-01-15")
    assert [(e.type, e.place) for e in found] == [("territorial_defeat", "Bosso")]


# Events: destroying the group's realm, or what was left of it, is its territorial defeat as defeating it is; the one
# who did it by a by-gerund is the subject of the clause the gerund hangs on.

def _defeats_on_2019_08_01(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.date, e.country, e.actor) for e in events_on_2019_08_01(nlp, text) if e.type == "territorial_defeat"]


@pytest.mark.model
def test_destroying_the_remnants_of_the_caliphate_is_its_defeat_by_the_clause_subject(nlp: Language) -> None:
    found = _defeats_on_2019_08_01(
        nlp,
        "The Global Coalition to Defeat ISIS achieved a victory by destroying the last remnants of the ISIS "
        "caliphate in Syria in March.",
    )
    assert found == [("2019-03", "SY", "Global Coalition to Defeat Daesh/ISIS")]


@pytest.mark.model
def test_the_destruction_of_the_caliphate_told_by_its_month(nlp: Language) -> None:
    found = _defeats_on_2019_08_01(
        nlp, "ISIS remains a threat after the destruction of its caliphate in Syria in March 2019.")
    assert [(date, country) for date, country, _ in found] == [("2019-03", "SY")]


@pytest.mark.model
def test_destroying_the_group_s_positions_is_no_defeat(nlp: Language) -> None:
    assert _defeats_on_2019_08_01(nlp, "Iraqi jets destroyed ISIS positions near Mosul in March 2019.") == []


@pytest.mark.model
def test_troops_destroying_the_group_s_hideouts_stay_an_operation(nlp: Language) -> None:
    found = events_on_2019_08_01(nlp, "On Monday the troops destroyed two ISIS hideouts near Hawija.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_the_caliphate_destroyed_in_the_passive(nlp: Language) -> None:
    found = _defeats_on_2019_08_01(nlp, "The caliphate of the Islamic State was destroyed in Syria in March 2019.")
    assert [(date, country) for date, country, _ in found] == [("2019-03", "SY")]


# Events: the noun of a declared victory over the group ("the declaration of victory over the group in 2017") is its
# territorial defeat, as the verb phrase is ("Iraq declared victory over IS in 2017"); undated, it is no event.

def _defeats_on_2019_06_10(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.country) for e in events_on_2019_06_10(nlp, text) if e.type == "territorial_defeat"]


@pytest.mark.model
def test_the_declaration_of_victory_over_the_group_is_its_defeat(nlp: Language) -> None:
    found = _defeats_on_2019_06_10(
        nlp, "Despite the declaration of victory over the group in Iraq in 2017, ISIS remains a concern.")
    assert found == [("2017", "IQ")]


@pytest.mark.model
def test_the_government_s_declaration_of_victory_against_the_group(nlp: Language) -> None:
    found = _defeats_on_2019_06_10(nlp, "Iraq's declaration of victory against ISIS came in December 2017.")
    assert found == [("2017-12", "IQ")]


@pytest.mark.model
def test_an_undated_declaration_of_victory_is_no_event(nlp: Language) -> None:
    assert _defeats_on_2019_06_10(nlp,
                                  "The declaration of victory over ISIS in Iraq was celebrated with a parade.") == []


# Events: the defeat of the group's "caliphate" is the group's territorial defeat, and a declared defeat ("announced
# the defeat of... on March 23") keeps its day.

@pytest.mark.model
def test_the_announced_defeat_of_the_caliphate_is_dated_by_its_day(nlp: Language) -> None:
    found = events_on_2019_06_10(nlp,
                                 "The SDF announced the defeat of the Islamic State's caliphate on March 23, 2019.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2019-03-23")]


@pytest.mark.model
def test_a_defeat_of_fighters_in_a_day_s_fight_is_no_territorial_defeat(nlp: Language) -> None:
    found = events_on_2019_06_10(nlp, "The army celebrated the defeat of ISIS fighters on Monday.")
    assert "territorial_defeat" not in [e.type for e in found]


@pytest.mark.model
def test_driven_out_last_december_is_dated_to_that_month(nlp: Language) -> None:
    found = events_on_2019_06_10(nlp,
                                 "Last December, ISIS was driven out from the port town of Qandala by Puntland forces.")
    assert [(e.type, e.date) for e in found] == [("territorial_defeat", "2018-12")]


# Territorial defeats: a group outside the campaign taking a whole country ("the Taliban regained control of
# Afghanistan in 2021") took it from its government, no recapture from the Islamic State; its taking of a town from IS
# stays one, and so does a state's force retaking a town.

@pytest.mark.model
def test_an_outside_group_taking_a_country_is_no_recapture(nlp: Language) -> None:
    text = "The Taliban regained control of Afghanistan in 2021 after the withdrawal of NATO forces."
    assert [e.type for e in events_on_2025_09_04(nlp, text)] == []


@pytest.mark.model
def test_a_town_retaken_stays_a_recapture(nlp: Language) -> None:
    # the same group taking a town back from IS is placed below the country
    text = "In August 2018, the Taliban recaptured the town of Darzab in Jowzjan from the Islamic State."
    assert [(e.type, e.actor) for e in events_on_2025_09_04(nlp, text)] == [("territorial_defeat", "Taliban")]
    # a state's force retaking a town, or its whole country, is unaffected
    text = "In December 2016, Puntland forces retook the port town of Qandala from ISIS."
    assert [(e.type, e.place) for e in events_on_2025_09_04(nlp, text)] == [("territorial_defeat", "Qandala")]
    text = "Iraqi forces regained control of Iraq in December 2017."
    assert [(e.type, e.date) for e in events_on_2025_09_04(nlp, text)] == [("territorial_defeat", "2017-12")]


# Recaptures: a village no gazetteer knows, named before a settlement noun in apposition ("Tasjiic and Xabley, two
# villages"), is the place taken, in the country a demonym on that noun says; a town name the parser reads as an
# adverb of the verb is its object; a recapture told in a clause of its own after another event is reported too.

def _recaptures_on_2025_04_02(nlp: Language, text: str, reference: str = "2025-04-02") -> list[tuple[str | None,
                                                                                                     str | None]]:
    return [(e.country, e.place) for e in events_on_2025_04_02(nlp, text, reference) if e.type == "territorial_defeat"]


@pytest.mark.model
def test_villages_named_in_apposition_are_the_places_taken(nlp: Language) -> None:
    text = ("In March, Puntland forces achieved significant victories by reclaiming Tasjiic and Xabley, two villages "
            "that had long served as ISIS hideouts.")
    places = [p for _, p in _recaptures_on_2025_04_02(nlp, text)]
    assert "Tasjiic" in places and "Xabley" in places
    # no settlement noun in apposition: the name stays no place of its own
    text = "In March, Puntland forces reclaimed Tasjiic, a stronghold that had long served as an ISIS hideout."
    assert all(p != "Tasjiic" for _, p in _recaptures_on_2025_04_02(nlp, text))


@pytest.mark.model
def test_the_demonym_on_the_settlement_noun_gives_the_country(nlp: Language) -> None:
    text = ("On Tuesday, ISWAP fighters attacked the army camp in Woulgo, a Nigerian locality opposite Soueram, "
            "Fotokol commune.")
    assert [(e.country, e.place) for e in events_on_2025_04_02(nlp, text) if e.type == "attack"] == [("NG", "Woulgo")]


@pytest.mark.model
def test_a_town_read_as_an_adverb_is_what_was_retaken(nlp: Language) -> None:
    # "Mosul" right after the verb, which the parser hangs on it as an adverb
    text = "Iraqi forces recaptured Mosul from the terrorist group last year."
    assert _recaptures_on_2025_04_02(nlp, text, "2018-05-01") == [("IQ", "Mosul")]


@pytest.mark.model
def test_a_recapture_in_a_clause_of_its_own_after_another_event(nlp: Language) -> None:
    text = ("Iraqi forces have already arrested thousands of suspected Daesh fighters after they recaptured Mosul "
            "from the terrorist group last year.")
    assert ("IQ", "Mosul") in _recaptures_on_2025_04_02(nlp, text, "2018-05-01")


@pytest.mark.model
def test_a_taking_told_as_an_infinitive_is_an_aim_unless_done(nlp: Language) -> None:
    # vowed, sent to, paved the way for: no town taken yet
    for text in (
        "The government vowed on Monday to retake those parts of Sirte that the group has seized.",
        "In Zambezia province, the army deployed 300 special forces to regain control of Sabe town on Monday.",
    ):
        assert _recaptures_on_2025_04_02(nlp, text, "2025-05-06") == []
    # managed to, were able to: done
    text = "The Kurdish troops were able on Thursday to retake the town of Koudellah after expelling ISIS from it."
    assert [p for _, p in _recaptures_on_2025_04_02(nlp, text)] == ["Koudellah"]
    text = "Tribal fighters managed to clear the village of Shiala from Daesh terrorists on Monday."
    assert [p for _, p in _recaptures_on_2025_04_02(nlp, text)] == ["Shiala"]


@pytest.mark.model
def test_an_operation_completed_to_retake_a_town_took_it(nlp: Language) -> None:
    # the infinitive hangs on a light verb of the operation ("completed"), which tells it done
    text = "The Iraqi Security Forces completed the operation to recapture Fallujah on June 26."
    assert ("IQ", "Fallujah") in _recaptures_on_2025_04_02(nlp, text, "2016-07-14")


# Recaptures: a state's control of a town restored is the town taken back; control reclaimed over roads is a fight for
# the way between towns, the forces' operation, not the recapture of the towns that locate the roads; the group put
# out of its own base is a raid on it, an operation.

def _typed_on_2025_01_10(nlp: Language, text: str, reference: str = "2025-01-10") -> list[tuple[str, str | None,
                                                                                                str | None]]:
    return [(e.type, e.country, e.place) for e in events_on_2025_01_10(nlp, text, reference)]


@pytest.mark.model
def test_control_of_a_town_restored_is_its_recapture(nlp: Language) -> None:
    text = "In August 2021, joint action by the Mozambique Armed Defence Forces and Rwanda restored control of Palma."
    assert ("territorial_defeat", "MZ", "Palma") in _typed_on_2025_01_10(nlp, text)
    # an aim: troops sent to restore control have taken nothing yet
    text = "The army sent troops on Monday to restore control of Palma."
    assert all(t != "territorial_defeat" for t, _, _ in _typed_on_2025_01_10(nlp, text))


@pytest.mark.model
def test_control_reclaimed_over_roads_is_an_operation(nlp: Language) -> None:
    text = ("The Egyptian Armed Forces declared in September that it had reclaimed tight control over all roads in "
            "the cities of Rafah and Arish.")
    found = _typed_on_2025_01_10(nlp, text, "2015-11-10")
    assert all(t != "territorial_defeat" for t, _, _ in found)
    assert any(t == "operation" and c == "EG" for t, c, _ in found)
    # the town itself reclaimed stays its recapture
    text = "Egyptian forces reclaimed Arish in September."
    assert [t for t, _, _ in _typed_on_2025_01_10(nlp, text, "2015-11-10")] == ["territorial_defeat"]


# Recaptures: a town that fell to a state's force, or into its hands, is taken back as "Mosul fell to IS" is the
# group's attack.

@pytest.mark.model
def test_town_fallen_to_a_force_is_its_recapture(nlp: Language) -> None:
    assert _typed_on_2025_01_10(nlp, "Mosul fell to Iraqi forces in July 2017.") == [("territorial_defeat", "IQ",
                                                                                      "Mosul")]
    assert _typed_on_2025_01_10(nlp, "Sirte fell into the hands of Libyan forces on Tuesday.") == [
        ("territorial_defeat", "LY", "Sirte")]
    # the group taking the town stays its attack, and a fall that no one took is no recapture
    assert _typed_on_2025_01_10(nlp, "Mosul fell to the Islamic State in June 2014.") == [("attack", "IQ", "Mosul")]
    assert _typed_on_2025_01_10(
        nlp, "Mosul fell into the hands of the Islamic State in June 2014.") == [("attack", "IQ", "Mosul")]
    assert _typed_on_2025_01_10(nlp, "Prices in Mosul fell to a record low in July 2017.") == []
    assert all(t != "territorial_defeat" for t, _, _ in _typed_on_2025_01_10(
        nlp, "The soldiers fell into an ambush near Mocimboa da Praia on Monday."))


# Recaptures: a village or quarter no gazetteer knows, taken by a state's force, is taken back as a known town is.

def _typed_on_2024_12_20(nlp: Language, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(e.type, e.country, e.place) for e in events_on_2024_12_20(nlp, text)]


@pytest.mark.model
def test_a_quarter_no_gazetteer_knows_is_taken_back(nlp: Language) -> None:
    assert _typed_on_2024_12_20(nlp, "Iraqi forces seized the al-Mashahda quarter on Tuesday.") == [
        ("territorial_defeat", "IQ", "al-Mashahda")]


@pytest.mark.model
def test_a_man_a_force_captures_is_no_town(nlp: Language) -> None:
    assert all(t != "territorial_defeat" for t, _,
               _ in _typed_on_2024_12_20(nlp, "Iraqi troops captured Abu Bakr on Monday."))
    assert all(t != "territorial_defeat" for t, _, _ in _typed_on_2024_12_20(
        nlp, "Iraqi troops seized the weapons of the militants on Monday."))


@pytest.mark.model
def test_a_village_named_as_one_is_taken_back_by_the_force_that_took_it(nlp: Language) -> None:
    # the taker of a by-gerund is the subject of the verb whose means it tells
    assert _typed_on_2024_12_20(
        nlp, "In November, Puntland forces made a decisive move by capturing Turmasaale, a strategically "
             "important village.") == [("territorial_defeat", "SO", "Turmasaale")]
    assert _typed_on_2024_12_20(nlp, "In November, Iraqi forces ended the siege by retaking Rawa from IS.") == [
        ("territorial_defeat", "IQ", "Rawah")]
    assert all(t != "territorial_defeat" for t, _, _ in _typed_on_2024_12_20(
        nlp, "In November, Iraqi forces made a decisive move by capturing Abu Bakr."))


@pytest.mark.model
def test_the_place_the_group_was_put_out_of(nlp: Language) -> None:
    # a fortress is a place a side holds, as a stronghold is
    assert _typed_on_2024_12_20(
        nlp, "The Islamic State emerged in Libya in 2014. IS was removed from its fortress in the city of "
             "Sirte in 2016.") == [("territorial_defeat", "LY", "Sirte")]
    # the relative pronoun of "from which" stands for the town its clause qualifies
    assert _typed_on_2024_12_20(
        nlp, "The Islamic State emerged in Libya in 2014. Derna, from which the group was driven out in "
             "2018, is quiet.") == [("territorial_defeat", "LY", "Darnah")]
    # a fortress the group was not put out of is no recapture
    assert all(t != "territorial_defeat" for t, _, _ in _typed_on_2024_12_20(
        nlp, "The Islamic State emerged in Libya in 2014. Tourists were removed from the fortress in Sirte in 2016."))
