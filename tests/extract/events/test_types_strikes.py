"""Strikes end to end: air and drone strikes, who made them, where, and those a release or a claim tells."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

# the reference days the tests' sentences are written around
events_on_2017_03_04 = events_dated("2017-03-04")
events_on_2022_02_21 = events_dated("2022-02-21")
events_on_2022_05_12 = events_dated("2022-05-12")
events_on_2022_11_08 = events_dated("2022-11-08")
events_on_2024_03_10 = events_dated("2024-03-10")
events_on_2024_03_12 = events_dated("2024-03-12")
events_on_2024_07_03 = events_dated("2024-07-03")
events_on_2025_08_26 = events_dated("2025-08-26")


# Event strikes: a deed aircraft do, told as done "from the air", was flown, whoever the doer's words name (with cases
# where the rule must not fire).

@pytest.mark.model
def test_an_attack_from_the_air_is_a_strike(nlp: Language) -> None:
    found = events_on_2022_11_08(
        nlp, "A close air support component also attacked the terrorists from the air near Dikwa on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_the_groups_attack_from_the_air_stays_its_attack(nlp: Language) -> None:
    # the group flies drones: its deed from the air is its attack
    found = events_on_2022_11_08(nlp, "Islamic State fighters attacked the base from the air using drones on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_an_air_base_is_no_air(nlp: Language) -> None:
    # "from the air base" names where troops set out from, no flight
    found = events_on_2022_11_08(nlp, "Troops attacked the militants from the air base in Dikwa on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_a_like_toll_in_a_village_of_another_province_is_another_strike(nlp: Language) -> None:
    # an undated page: the weekdays date nothing, and the two strikes count as many dead
    text = ("Four ISIS suspects were killed in an airstrike by Iraqi forces on Sunday in Salahaddin province. In a "
            "recent airstrike on Thursday, four ISIS militants were killed in the village of Tapakur in Kirkuk "
            "province.")
    found = events_on_2022_11_08(nlp, text, reference=None)
    assert [(e.type, e.place) for e in found] == [("strike", "Saladin Governorate"), ("strike", "Tapakur")]
    # the village of the province the first strike is told in may be where that one happened
    same = text.replace("Salahaddin province", "Kirkuk province")
    assert [(e.type, e.place) for e in events_on_2022_11_08(nlp, same, reference=None)] == [("strike", "Tapakur")]


# Attacks: a strike noun someone claims responsibility for is a group's attack (states announce their air strikes,
# they do not claim them); a force's strike stays its strike.

@pytest.mark.model
def test_a_strike_the_group_claims_is_its_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp,
                                 "The ADF claimed responsibility for a strike on an army position in Beni on Monday.")
    assert [(e.type, e.actor) for e in found] == [("attack", "Allied Democratic Forces")]


@pytest.mark.model
def test_a_force_strike_stays_a_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "US forces carried out a strike on an ISIS camp in Bari on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_claim_about_a_strike_is_no_claim_of_it(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "The US initially claimed the strike targeted an ISIS camp in Bari on Monday.")
    assert [e.type for e in found] == ["strike"]


# Strike frames: an operation and a strike one sentence tells together, of one actor, are one event; a strike when an
# air arm or a state abroad makes it, else the ground operation the strike supported. Two actors stay two events.

@pytest.mark.model
def test_an_operation_that_ends_in_strikes_abroad_is_the_strike(nlp: Language) -> None:
    text = (
        "U.S. Africa Command said it carried out a two-week operation with Somali forces that concluded Aug. 23 "
        "with multiple airstrikes against ISIS hideouts in the Golis Mountains."
    )
    assert [(e.type, e.date, e.country) for e in events_on_2025_08_26(nlp, text)] == [("strike", "2025-08-23", "SO")]
    text = (
        "The United States said on Friday it carried out a large-scale military operation against the Islamic State "
        "group in Syria, striking more than 70 targets."
    )
    assert [(e.type, e.country) for e in events_on_2025_08_26(nlp, text)] == [("strike", "SY")]


@pytest.mark.model
def test_an_air_arm_operation_with_a_strike_is_the_strike(nlp: Language) -> None:
    text = (
        "The Nigerian Air Force has pounded an ISWAP enclave in the Sambisa Forest of Borno State in an operation "
        "on Monday."
    )
    assert [(e.type, e.actor) for e in events_on_2025_08_26(nlp, text)] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_a_ground_operation_that_included_a_strike_stays_the_operation(nlp: Language) -> None:
    text = (
        "In a statement, the CTS said the operations began in the Hamrin Mountains on Monday and included an airstrike "
        "that killed seven ISIS members."
    )
    assert [(e.type, e.actor, e.killed) for e in events_on_2025_08_26(nlp, text)] == [
        ("operation", "Counter-Terrorism Service", 7)
    ]


@pytest.mark.model
def test_two_actors_stay_two_events(nlp: Language) -> None:
    text = (
        "On Monday, Iraqi forces launched an operation against ISIS hideouts in the Hamrin Mountains, while US "
        "aircraft carried out airstrikes on the group in Syria."
    )
    assert sorted(e.type for e in events_on_2025_08_26(nlp, text)) == ["operation", "strike"]


# A strike word telling an attack again: the bare noun "strike" in a sentence that tells the group's attack with a
# noun of its own, with no aircraft, air arm or air word and nothing it does of its own, is that attack, not an air
# strike (whose actor was read as the victims' army); and a force's word for an operation named for the group itself
# ("the second IS operation in Libya") is the group's attack.

@pytest.mark.model
def test_a_strike_in_apposition_to_an_attack_is_the_attack(nlp: Language) -> None:
    text = (
        "At least five Egyptian military personnel were killed in a militant attack on Wednesday in northern Sinai, "
        "two security sources said, the second deadly strike against the army in the region in a week."
    )
    assert [(e.type, e.actor, e.killed) for e in events_on_2022_05_12(nlp, text)] == [("attack", None, 5)]
    text = "Islamic State claimed responsibility for the attack on Tuesday, the first such strike on Malaysian soil."
    assert [(e.type, e.actor) for e in events_on_2022_05_12(nlp, text)] == [("attack", "Islamic State")]


@pytest.mark.model
def test_a_force_strike_beside_an_attack_stays_a_strike(nlp: Language) -> None:
    text = "On Monday, US forces carried out a strike in Somalia's Puntland after an al-Shabaab attack on a base."
    assert "strike" in [e.type for e in events_on_2022_05_12(nlp, text)]
    text = "The strike on Monday followed an attack by ISIS militants on an army base in Bari, the Somali army said."
    assert sorted(e.type for e in events_on_2022_05_12(nlp, text)) == ["attack", "strike"]


@pytest.mark.model
def test_an_operation_named_for_the_group_is_its_attack(nlp: Language) -> None:
    text = (
        "On January 17, IS fighters attacked an army post in Umm al-Aranib, killing one soldier. This was the second "
        "IS operation in Libya in 2022."
    )
    assert [e.type for e in events_on_2022_05_12(nlp, text)] == ["attack"]
    # an operation against the group stays the force's
    text = "On Monday, Iraqi forces launched an anti-IS operation in Anbar province."
    assert [e.type for e in events_on_2022_05_12(nlp, text)] == ["operation"]


# Strikes: joint "air and artillery strikes" are strikes, whichever word the parser takes for the head, and a state's
# force that bombs a camp makes a strike, not a ground operation.

@pytest.mark.model
def test_air_and_artillery_strikes_are_strikes(nlp: Language) -> None:
    text = "On Monday, the army launched air and artillery strikes against ADF camps in Congo."
    assert [e.type for e in events_on_2024_07_03(nlp, text)] == ["strike"]
    text = "In November 2021, the two forces launched joint air and artillery strikes against ADF camps in Congo."
    assert [(e.type, e.date) for e in events_on_2024_07_03(nlp, text)] == [("strike", "2021-11")]
    # an operation so modified stays a combined operation
    text = "On Monday, the army launched air and artillery operations against ADF camps in Congo."
    assert [e.type for e in events_on_2024_07_03(nlp, text)] == ["operation"]


@pytest.mark.model
def test_a_force_that_bombs_makes_a_strike(nlp: Language) -> None:
    text = "On Monday, the army bombed an ISWAP camp in Borno."
    assert [e.type for e in events_on_2024_07_03(nlp, text)] == ["strike"]
    # the group's bombing stays its attack, a force's raid its operation
    text = "On Monday, ISWAP fighters bombed a church in Borno."
    assert [e.type for e in events_on_2024_07_03(nlp, text)] == ["attack"]
    text = "On Monday, troops raided an ISWAP camp in Borno."
    assert [e.type for e in events_on_2024_07_03(nlp, text)] == ["operation"]


# Strikes: the site a strike hits, or hits "at", is a place even where no gazetteer knows it and the tagger reads it
# as an organisation; a strike no sentence credits is the air arm's the article names; the Air Component of Operation
# Hadin Kai is its own body, whose strikes are the Nigerian Air Force's on a page that names the air force (most with
# a case where the rule must not fire).

def _strikes_on_2022_02_21(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.place, e.actor) for e in events_on_2022_02_21(nlp, text) if e.type == "strike"]


@pytest.mark.model
def test_the_site_a_strike_hits_is_its_place(nlp: Language) -> None:
    # "at" a name the tagger reads as an organisation, one strike per site of a list
    text = ("Nigerian Air Force jets struck ISWAP in Borno State on Saturday. The fighter jets attacked the targets at "
            "Tumbun Kaiyowa with bombs. Another aircraft was redirected to attack Tumbun Allura with rockets.")
    places = [p for p, _ in _strikes_on_2022_02_21(nlp, text)]
    assert "Tumbun Kaiyowa" in places and "Tumbun Allura" in places
    text = ("The Nigerian Air Force said massive air strikes at Kirta Wulgo and Sabon Tumbun on Monday killed ISWAP "
            "leaders.")
    places = [p for p, _ in _strikes_on_2022_02_21(nlp, text)]
    assert "Kirta Wulgo" in places and "Sabon Tumbun" in places


@pytest.mark.model
def test_a_person_struck_is_no_place(nlp: Language) -> None:
    # the man a strike aims at stays no site
    text = "On Monday, US aircraft struck Bilal al-Sudani in northern Somalia, AFRICOM said."
    assert all(p != "Bilal al-Sudani" for p, _ in _strikes_on_2022_02_21(nlp, text))


@pytest.mark.model
def test_an_uncredited_strike_is_the_air_arms_the_article_names(nlp: Language) -> None:
    # the army is named more often, as the side the group fired on; the air arm's aircraft made the strike
    text = ("ISWAP fired on Nigerian Army locations in Mallam Fatori. The Nigerian Army repelled them. Consequently, "
            "the air component of Operation Hadin Kai deployed some aircraft to the location. The fighter jets "
            "attacked the targets at Tumbun Kaiyowa with bombs.")
    assert ("Tumbun Kaiyowa", "Operation Hadin Kai") in _strikes_on_2022_02_21(nlp, text)


@pytest.mark.model
def test_the_air_component_is_the_air_forces_where_the_page_names_it(nlp: Language) -> None:
    text = ("The Air Component of Operation Hadin Kai executed a series of air strikes against ISWAP terrorists in "
            "Malam Fatori on Saturday.")
    assert _strikes_on_2022_02_21(nlp, text) == [("Malam Fatori", "Air Component of Operation Hadin Kai")]
    text = ("The Nigerian Air Force said its Air Component of Operation Hadin Kai executed a series of air strikes "
            "against ISWAP terrorists in Malam Fatori on Saturday.")
    assert _strikes_on_2022_02_21(nlp, text) == [("Malam Fatori", "Nigerian Air Force")]


@pytest.mark.model
def test_the_iraqi_air_forces_strike_is_the_iraqi_security_forces(nlp: Language) -> None:
    # a body below the Iraqi Security Forces, whose strikes the conventions credit to the forces as a whole
    text = ("The Iraqi Security Media Cell announced on Wednesday that the Iraqi Air Force carried out airstrikes "
            "against hideouts used by ISIS terrorists in Kirkuk.")
    assert _strikes_on_2022_02_21(nlp, text) == [("Kirkuk", "Iraqi Security Forces")]
    # the name itself resolves to the air force
    doc = nlp("The Iraqi Air Force carried out airstrikes against ISIS hideouts in Kirkuk on Wednesday.")
    assert "Iraqi Air Force" in [m.canonical for m in doc._.entity_mentions]


@pytest.mark.model
def test_the_light_verb_of_a_strike_holds_its_site(nlp: Language) -> None:
    # "conducted an air interdiction at X": the "at" phrase hangs on the verb that carries the strike noun
    text = "The Nigerian Air Force said its jets conducted an air interdiction at Yarwa Kura on 9 September."
    assert [p for p, _ in _strikes_on_2022_02_21(nlp, text)] == ["Yarwa Kura"]
    # a common noun written large, with its article, is no site's name
    text = ("The bombardments by the Nigerian Air Force were executed at an Island in Tumbun near Lake Chad on "
            "9 September.")
    assert "Island" not in [p for p, _ in _strikes_on_2022_02_21(nlp, text)]


@pytest.mark.model
def test_a_strike_site_lies_in_the_area_the_report_names(nlp: Language) -> None:
    # one strike, told in the lede by its area and in the statement by its site
    text = ("The Nigerian Air Force said an airstrike in the Tumbuns area near Lake Chad on 22 August killed scores of "
            "terrorists. The statement said the Air Task Force conducted an air interdiction mission at Jubillaram on "
            "22 August.")
    assert len(_strikes_on_2022_02_21(nlp, text)) == 1


@pytest.mark.model
def test_the_sites_of_one_strike_word_share_its_day(nlp: Language) -> None:
    text = ("The Nigerian Air Force on Friday bombed a gathering of ISWAP members. Fighter jets shelled locations at "
            "Sabon Tumbun and Jibularam under Marte Local Government Area in Borno State.")
    dates = {e.place: e.date for e in events_on_2022_02_21(nlp, text, "2021-11-13") if e.type == "strike"}
    assert dates.get("Jibularam") == "2021-11-12"


# Strikes: a state's plural strikes told in a past clause with a place are the episode the sentence reports, not a
# record.

def _strikes_on_2024_03_12(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.country, e.actor) for e in events_on_2024_03_12(nlp, text) if e.type == "strike"]


@pytest.mark.model
def test_a_states_strikes_in_a_past_clause_are_reported(nlp: Language) -> None:
    # the demonym's strikes as the subject of a past verb of striking, in a clause after another event
    text = ("Reports indicate that militants launched attacks on two villages in Borno State on Sunday, just two days "
            "after US airstrikes targeted their camps in Sokoto State.")
    assert ("NG", "United States") in _strikes_on_2024_03_12(nlp, text)
    # a past perfect told after "said": the strikes done, not a record
    text = "The president said Ugandan forces had carried out air strikes against four ADF positions in Congo."
    assert [c for c, _ in _strikes_on_2024_03_12(nlp, text)] == ["CD"]


@pytest.mark.model
def test_a_record_or_a_view_of_strikes_is_no_episode(nlp: Language) -> None:
    # a present perfect sums up a record; what others make of the strikes is no strike told
    assert _strikes_on_2024_03_12(nlp,
                                  "US airstrikes in Syria have killed thousands of militants over the years.") == []
    assert _strikes_on_2024_03_12(nlp, "Russian airstrikes in Syria were criticised by rights groups.") == []


@pytest.mark.model
def test_a_present_perfect_is_the_news_only_in_the_first_sentence(nlp: Language) -> None:
    lede = "Ugandan forces have carried out air strikes on ADF camps in eastern Congo, the army said.\n\n"
    assert [c for c, _ in _strikes_on_2024_03_12(nlp, lede + "The camps were destroyed.")] == ["CD"]
    # further down, or with a word of a tally, the perfect sums up a record
    later = "The army spoke on Monday.\n\nUgandan forces have carried out air strikes on ADF camps in eastern Congo."
    assert _strikes_on_2024_03_12(nlp, later) == []
    tally = "Ugandan forces have carried out air strikes on ADF camps in eastern Congo since 2021, the army said."
    assert _strikes_on_2024_03_12(nlp, tally) == []


@pytest.mark.model
def test_strikes_a_lede_confirms_are_no_strike_of_their_own(nlp: Language) -> None:
    # a report of strikes the page tells on their own days, with a verb that neither strikes nor carries them out
    text = ("The Federal Government of Somalia has confirmed two targeted airstrikes against ISIS militants in the "
            "Puntland region.\n\nThe operations mark an escalation.")
    assert _strikes_on_2024_03_12(nlp, text) == []


@pytest.mark.model
def test_a_strike_report_opening_with_near_is_placed_there(nlp: Language) -> None:
    # the parser reads the opening "Near" as part of the town's name
    text = "Near Raqqa, three strikes engaged three ISIS tactical units and destroyed a fighting position."
    assert [(e.country, e.place) for e in events_on_2024_03_12(nlp, text) if e.type == "strike"] == [("SY", "Raqqa")]


# Strikes: the coalition task force's strike releases ("Near Mosul, five strikes engaged an ISIL tactical unit"), one
# strike per town, credited to the coalition.

RELEASE = ("Coalition military forces conducted 31 strikes against ISIS targets in Syria and Iraq on March 2, Combined "
           "Joint Task Force Operation Inherent Resolve officials reported today.\n\n")


def _strikes_on_2017_03_04(nlp: Language, text: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(e.country, e.place, e.actor) for e in events_on_2017_03_04(nlp, text) if e.type == "strike"]


@pytest.mark.model
def test_a_release_counts_many_strikes_at_one_town(nlp: Language) -> None:
    # a count above the tally's bound, at one town, as the subject of a past verb: that town's report
    text = RELEASE + "Near Mosul, 18 strikes engaged 10 ISIS tactical units and destroyed 27 fighting positions."
    assert [(c, p) for c, p, _ in _strikes_on_2017_03_04(nlp, text)] == [("IQ", "Mosul")]
    # over a country, or with a word of a tally, the count sums up a record
    assert _strikes_on_2017_03_04(nlp, "The coalition carried out 30 strikes in Iraq on Monday.") == []
    assert _strikes_on_2017_03_04(nlp, "Since 2014, 30 strikes engaged ISIS tactical units near Mosul in Iraq.") == []


@pytest.mark.model
def test_a_release_credits_its_strikes_to_the_coalition(nlp: Language) -> None:
    # the task force the release names is a body of the coalition, which fights in Iraq and Syria
    text = RELEASE + ("Near Raqqa, three strikes engaged three ISIS tactical units.\n\n"
                      "Near Mosul, five strikes engaged an ISIS tactical unit.")
    assert _strikes_on_2017_03_04(nlp, text) == [("SY", "Raqqa", "Global Coalition to Defeat Daesh/ISIS"),
                                   ("IQ", "Mosul", "Global Coalition to Defeat Daesh/ISIS")]
    # a page that names the Iraqi forces more credits an unattributed strike in Iraq to them
    text = ("Iraqi forces advanced on Mosul on Thursday, backed by the coalition. Iraqi forces took two villages.\n\n"
            "Near Mosul, five strikes engaged an ISIS tactical unit.")
    assert [a for c, _, a in _strikes_on_2017_03_04(nlp, text) if c == "IQ"] == ["Iraqi Security Forces"]


@pytest.mark.model
def test_attack_listed_with_aircraft_is_a_kind_of_aircraft(nlp: Language) -> None:
    text = RELEASE + "Attack, bomber, fighter and remotely piloted aircraft conducted 12 strikes in Iraq."
    assert [e.type for e in events_on_2017_03_04(nlp, text) if e.type == "attack"] == []
    # an attack told with the strikes is an event of its own
    text = "Iraq\n\nThe attack and the helicopter crash killed 20 people in Mosul on Monday."
    assert [e.type for e in events_on_2017_03_04(nlp, text)] == ["attack"]


@pytest.mark.model
def test_a_release_opening_near_a_town_of_several_words_is_placed_there(nlp: Language) -> None:
    # the parser reads the opening "Near" as the first of the name's words
    text = "Syria\n\nNear Dayr Az Zawr, two strikes destroyed 10 ISIL oil tanker trucks."
    assert [(c, p) for c, p, _ in _strikes_on_2017_03_04(nlp, text)] == [("SY", "Deir ez-Zor")]
    # a preposition the parser reads as such places the strikes the same
    text = "Syria\n\nIn Dayr Az Zawr, two strikes destroyed 10 ISIL oil tanker trucks."
    assert [(c, p) for c, p, _ in _strikes_on_2017_03_04(nlp, text)] == [("SY", "Deir ez-Zor")]


# Strikes: national air forces' strike releases ("the air component conducted an air interdiction operation at A and
# B", "air strikes conducted by the Air Task Force at C"): one strike per site a singular strike names, and the site a
# participle of the strike noun names.

def _strike_places_on_2022_11_08(nlp: Language, text: str) -> list[str | None]:
    return sorted((e.place or "") for e in events_on_2022_11_08(nlp, text) if e.type == "strike")


@pytest.mark.model
def test_a_singular_strike_at_a_list_of_sites_is_one_strike_per_site(nlp: Language) -> None:
    text = ("The Nigerian Air Force said that on Sunday, the air component conducted an air interdiction operation at "
            "Kumshe and Bulakesa in Borno State.")
    assert _strike_places_on_2022_11_08(nlp, text) == ["Bulakesa", "Kumshe"]
    # one site, and another town told in a phrase of its own, stay one strike
    text = "The Nigerian Air Force said an airstrike at Kumshe on Sunday killed a commander who came from Bama."
    assert len(_strike_places_on_2022_11_08(nlp, text)) == 1


@pytest.mark.model
def test_an_area_written_with_its_name_is_no_site_of_the_list(nlp: Language) -> None:
    # the parser coordinates "Bama and Gwoza Local Government Areas" with the sites: the areas are where they lie
    text = ("The Nigerian Air Force said that on Sunday, the air component conducted an air interdiction operation at "
            "Kumshe and Bulakesa in Bama and Gwoza Local Government Areas of Borno State.")
    assert _strike_places_on_2022_11_08(nlp, text) == ["Bulakesa", "Kumshe"]


@pytest.mark.model
def test_the_participle_of_a_strike_noun_holds_its_site(nlp: Language) -> None:
    text = ("In Borno State, ISWAP structures were destroyed in air strikes conducted at Bulakesa by the Nigerian Air "
            "Force on Sunday.")
    assert _strike_places_on_2022_11_08(nlp, text) == ["Bulakesa"]
    # a participle with no "at" phrase names no site
    text = ("In Borno State, ISWAP structures were destroyed in air strikes conducted by the Nigerian Air Force on "
            "Sunday.")
    assert "Bulakesa" not in _strike_places_on_2022_11_08(nlp, text)


@pytest.mark.model
def test_a_name_listed_after_a_struck_site_is_a_site_too(nlp: Language) -> None:
    # the tagger reads the second name of "Tumbun Kaiyowa and Tumbun Musa were struck" as a person's
    text = ("The Nigerian Air Force said on Monday it killed several ISWAP fighters in air strikes near Lake Chad in "
            "Borno.\n\nHe said that Tumbun Kaiyowa and Tumbun Musa were struck on Sunday after the terrorists were "
            "seen loading trucks.")
    assert "Tumbun Musa" in _strike_places_on_2022_11_08(nlp, text)
    # a person the strike aims at is no site
    text = ("The strike targeted Abu Ibrahim and Abu Bakr al-Mainuki near Kumshe in Borno State, the Nigerian Air "
            "Force said.")
    assert "Abu Bakr al-Mainuki" not in _strike_places_on_2022_11_08(nlp, text)


# Strikes: strikes counted by a vague quantity ("carried out tens of airstrikes on ISIS positions in Syria") are
# placed by the phrases the parser hangs on the light verb, and plural strikes told by a participle reducing a passive
# ("after airstrikes carried out on their hideouts near Baga") are the strikes done there.

def _strikes_on_2022_11_08(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return sorted((e.country, e.place) for e in events_on_2022_11_08(nlp, text) if e.type == "strike")


@pytest.mark.model
def test_strikes_counted_by_a_vague_quantity_are_placed_through_the_light_verb(nlp: Language) -> None:
    for quantity in ("tens", "dozens"):
        text = f"The United States carried out {quantity} of airstrikes on ISIS positions in Syria."
        assert [c for c, _ in _strikes_on_2022_11_08(nlp, text)] == ["SY"]
    # with no place of their own, a count of strikes stays a record
    assert _strikes_on_2022_11_08(nlp, "The coalition carried out dozens of airstrikes on Friday.") == []


@pytest.mark.model
def test_plural_strikes_reduced_to_a_participle_with_a_place_are_told(nlp: Language) -> None:
    text = "The army said it killed ten militants after airstrikes carried out on their hideouts near Baga."
    assert _strikes_on_2022_11_08(nlp, text) == [("NG", "Baga")]
    text = "The army said airstrikes were carried out on ISIS hideouts in Kirkuk province."
    assert [c for c, _ in _strikes_on_2022_11_08(nlp, text)] == ["IQ"]
    # a group's attacks so told sum up a record, not one attack
    text = "Attacks carried out in Borno last year displaced thousands."
    assert [e for e in events_on_2022_11_08(nlp, text) if e.type in ("attack", "strike")] == []


@pytest.mark.model
def test_plural_strikes_begun_in_a_month_by_a_past_passive_are_told(nlp: Language) -> None:
    text = ("Since December 2021, when airstrikes and artillery attacks were initiated on the group's bases, the UPDF "
            "has been pursuing the ADF rebels.")
    assert [e.date for e in events_on_2022_11_08(nlp, text) if e.type == "strike"] == ["2021-12"]
    # a year is no such month: strikes over a year sum up a record
    assert _strikes_on_2022_11_08(nlp, "In 2019, airstrikes were carried out against the group.") == []


# Strikes: strikes that killed a number of people, told in the simple past, are the episode reported even with no
# place ("precision airstrikes killed more than 30 of them"); a capitalised plural event noun opening the text, which
# the tagger reads as a name, is the event noun.

LEAD = "Officials gave details to reporters. "


def _strike_countries_on_2022_11_08(nlp: Language, text: str) -> list[str | None]:
    return sorted(str(e.country) for e in events_on_2022_11_08(nlp, LEAD + text) if e.type == "strike")


@pytest.mark.model
def test_plural_strikes_that_killed_a_number_in_the_simple_past_are_told(nlp: Language) -> None:
    assert len(_strike_countries_on_2022_11_08(nlp, "Precision airstrikes killed 30 militants.")) == 1
    assert len(
        _strike_countries_on_2022_11_08(nlp, "The troops said precision airstrikes killed more than 30 of them.")) == 1
    # a perfect over years, a multitude with no number, or no count at all sum up or name no episode
    assert _strike_countries_on_2022_11_08(nlp, "Airstrikes have killed 300 militants since 2014.") == []
    assert _strike_countries_on_2022_11_08(nlp, "Airstrikes killed hundreds of militants.") == []
    assert _strike_countries_on_2022_11_08(nlp, "Airstrikes killed the commander.") == []


@pytest.mark.model
def test_a_capitalised_plural_opening_the_text_is_the_event_noun(nlp: Language) -> None:
    # the tagger reads the page's first word as a name and leaves it unlemmatised
    text = "Airstrikes and artillery fire by the military on ISIS positions killed 15 extremists on Sunday."
    assert [e.type for e in events_on_2022_11_08(nlp, text)] == ["strike"]
    # a name that is no plural of an event word stays a name
    assert events_on_2022_11_08(nlp, "Rogers said on Sunday that the talks went well.") == []


# Strikes: strikes a state, its force, its air arm or its aircraft carried out (the active subject of a light verb in
# the simple past, the strikes its object) are the strikes the sentence reports, even with no place or day of their
# own; a state or its force (not its aircraft) only in a clause that times another event ("came after Russia carried
# out airstrikes").

def _strike_actors_on_2022_11_08(nlp: Language, text: str) -> list[str | None]:
    return sorted(str(e.actor) for e in events_on_2022_11_08(nlp, LEAD + text) if e.type == "strike")


@pytest.mark.model
def test_strikes_a_state_carried_out_are_told_without_a_place(nlp: Language) -> None:
    assert _strike_actors_on_2022_11_08(
        nlp, "The town fell after Russia carried out intensive airstrikes in support of the army.") == [
        "Russia"]
    assert len(_strike_actors_on_2022_11_08(
        nlp, "Overnight, Libyan warplanes carried out air strikes on the northern districts.")) == 1
    # a campaign summed up (a perfect, a tally), one still ahead, or no doer named are no strikes told
    assert _strike_actors_on_2022_11_08(
        nlp, "The coalition has been conducting airstrikes against the militants since 2014.") == []
    assert _strike_actors_on_2022_11_08(nlp, "Russia will carry out airstrikes in support of the army.") == []
    assert _strike_actors_on_2022_11_08(nlp,
                                        "The town fell after airstrikes were carried out in support of the army.") == []
    # a state's force in a main clause tells its part in the war, not strikes of a time
    text = "Coalition forces launched airstrikes against the militants and provided the army with arms."
    assert _strike_actors_on_2022_11_08(nlp, text) == []


def _page_strikes_on_2022_11_08(nlp: Language, text: str) -> int:
    return sum(e.type == "strike"
               for e in events_on_2022_11_08(nlp, "Iraqi forces said on Sunday they pressed on in Anbar. " + text))


@pytest.mark.model
def test_strikes_a_past_deed_was_done_by_or_through_are_told(nlp: Language) -> None:
    assert _page_strikes_on_2022_11_08(
        nlp, "Hideouts of the group were also destroyed by airstrikes, the statement added.") == 1
    assert _page_strikes_on_2022_11_08(nlp, "The statement said the feat was accomplished through air strikes.") == 1
    # joined to a ground word it tells a combined fight; summed up over years it is a tally
    assert _page_strikes_on_2022_11_08(nlp, "The army engaged the militants with artillery and airstrikes.") == 0
    assert _page_strikes_on_2022_11_08(nlp, "Hundreds of militants have been killed by airstrikes since 2014.") == 0


# Strikes: strike words the pipeline found and then dropped.

@pytest.mark.model
def test_plural_air_strikes_that_struck_a_target_in_the_past_are_told(nlp: Language) -> None:
    text = "Air strikes targeted the mountain range north of the town, destroying 50 targets, the ministry said."
    assert len(_strikes_on_2022_11_08(nlp, text)) == 1
    # a year, a perfect over a span or a killing's toll sums up a record
    assert _strikes_on_2022_11_08(nlp, "In 2017, airstrikes pounded the city.") == []
    assert _strikes_on_2022_11_08(nlp, "Coalition airstrikes have targeted the group's positions since 2014.") == []
    assert _strikes_on_2022_11_08(nlp, "Airstrikes killed thousands of civilians.") == []
    # strikes that opened an operation the sentence names are that operation
    text = "The force said that airstrikes targeted the hideouts, followed by an airborne operation."
    assert _strikes_on_2022_11_08(nlp, text) == []


@pytest.mark.model
def test_plural_air_strikes_a_state_did_by_a_past_light_verb_are_told(nlp: Language) -> None:
    text = "Overnight, Libyan and US warplanes carried out air strikes on two districts in the north of the city."
    assert [e.actor for e in events_on_2022_11_08(nlp, text) if e.type == "strike"] == ["United States"]
    # with no place or time in the sentence, a campaign summed up
    text = "Coalition forces launched airstrikes against ISIS positions and provided Kurdish forces with arms."
    assert _strikes_on_2022_11_08(nlp, text) == []
    # a perfect or a year alone sums up a record
    assert _strikes_on_2022_11_08(nlp, "The coalition has conducted airstrikes against the group.") == []
    assert _strikes_on_2022_11_08(nlp, "In 2025, AFRICOM conducted 124 strikes.") == []


# Strikes: air arms named as a joint operation's.

@pytest.mark.model
def test_an_air_arm_of_an_operation_strikes(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "The Nigerian Air Force said the Air Component of Operation Hadin Kai killed several "
             "terrorists at Baranga in Borno State on Monday.")
    assert [e.type for e in found] == ["strike"]
    found = events_on_2024_03_10(
        nlp, "The Air Task Force of Operation Lafiya Dole bombarded ISWAP hideouts at Tumbun Sale in "
             "Borno State on Monday.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_the_air_task_force_strikes_for_the_air_force(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "The Nigerian Air Force said the Air Task Force (ATF) of Operation Lafiya Dole has "
             "neutralized several ISWAP fighters at Tumbun Sale in Borno State on Monday.")
    assert [(e.type, e.actor) for e in found] == [("strike", "Nigerian Air Force")]


@pytest.mark.model
def test_the_ground_troops_of_an_operation_do_not_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "Troops of Operation Hadin Kai killed several terrorists at Baranga in Borno State on Monday.")
    assert [e.type for e in found if e.type == "strike"] == []


@pytest.mark.model
def test_aircraft_that_a_relative_clause_says_bombed_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "U.S. jets that bombed Sirte on Monday returned to base.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_an_assault_aircraft_deliver_is_their_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "NAF fighter jets unleashed a torrent of bombs on Monday, delivering a devastating assault on "
             "terrorists' hideouts in Borno.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_an_assault_militants_launch_stays_their_attack(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "ISWAP fighters launched an assault on the army base in Borno on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_strikes_the_tagger_reads_as_a_verb_told_past_are_a_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Coalition airstrikes on Rawah killed 20 militants.")
    assert [e.type for e in found] == ["strike"]
    found = events_on_2024_03_10(
        nlp, "An army major said US-led coalition airstrikes against the town of Tal Kayf, 12 kilometers "
             "from Mosul, mistakenly killed four Iraqi soldiers.")
    assert [e.type for e in found] == ["strike"]
    found = events_on_2024_03_10(
        nlp, "US-led coalition airstrikes against the town of Tal Kayf mistakenly killed four Iraqi "
             "soldiers.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_strikes_the_tagger_reads_as_a_verb_told_as_a_record_are_none(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "US airstrikes in Syria have killed thousands over the years.")
    assert [e.type for e in found if e.type == "strike"] == []


# Missed strikes, fourth pass: a force that steps up its strikes at a place flies them there.

@pytest.mark.model
def test_a_force_stepping_up_airstrikes_at_a_place_flies_them(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "AFRICOM has stepped up airstrikes and intelligence support in Somalia to disrupt ISIS.")
    assert [(e.type, e.country) for e in found] == [("strike", "SO")]
    found = events_on_2024_03_10(
        nlp, "Somali and allied forces escalate strikes against ISIS in Puntland, killing over 13 fighters.")
    assert [(e.type, e.country) for e in found] == [("strike", "SO")]


@pytest.mark.model
def test_strikes_urged_or_stepped_up_by_workers_are_none(nlp: Language) -> None:
    assert events_on_2024_03_10(nlp, "Officials say the coalition should step up airstrikes in Syria.") == []
    assert events_on_2024_03_10(nlp, "Workers stepped up strikes in Lagos over unpaid wages.") == []


# Missed strikes: an offensive flown from the air is a strike, one of land and air forces together stays an operation.

@pytest.mark.model
def test_an_air_offensive_is_a_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "At least 60 jihadists were killed on Friday in northern Burkina Faso in an air offensive by "
             "the army, the armed forces said.")
    assert [(e.type, e.country) for e in found] == [("strike", "BF")]


@pytest.mark.model
def test_a_land_and_air_offensive_is_no_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "The army launched a land and air offensive against ISIS fighters near Marawi on Friday, "
             "killing seven militants.")
    assert "strike" not in [e.type for e in found]


# Strikes: where a strike was and was not.

@pytest.mark.model
def test_the_point_a_distance_is_measured_from_is_no_second_site(nlp: Language) -> None:
    found = events_on_2024_03_10(
        nlp, "Iraqi jets bombarded an ISIS hideout near the town of Balad, some 80 km north of the capital "
             "Baghdad, on Monday.")
    assert [(e.type, e.place) for e in found] == [("strike", "Balad")]
    found = events_on_2024_03_10(
        nlp, "Iraqi helicopters carried out airstrikes on ISIS gangs in southwest of Shirqat, some 280 km "
             "north of the Iraqi capital of Baghdad, on Sunday.")
    assert [(e.type, e.place) for e in found if e.type == "strike"] == [("strike", "Sharqat")]


@pytest.mark.model
def test_a_place_measured_alone_still_locates_the_strike(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "Iraqi jets struck an ISIS hideout 20 km south of Kirkuk on Monday.")
    assert [(e.type, e.country) for e in found] == [("strike", "IQ")]


@pytest.mark.model
def test_warplanes_that_hit_the_group_at_a_place_strike_it(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "U.S. warplanes hit Islamic State in Sirte last week.")
    assert [e.type for e in found] == ["strike"]


@pytest.mark.model
def test_a_plane_that_was_hit_strikes_nothing(nlp: Language) -> None:
    found = events_on_2024_03_10(nlp, "A cargo plane was hit by a missile near Sabratha last week.")
    assert [e.type for e in found if e.type == "strike"] == []
