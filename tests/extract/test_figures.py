"""The figure component (extract/figures.py): the numbers a text reports with their units, values, ranges and dates."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.clean.prepare import normalise_text
from sitroom.extract.figures import FigureExtractor, _alternation, figure_vocab
from sitroom.models import Figure, Timex, stable_id

pytestmark = pytest.mark.model


# Tests for the sitroom_figures component: values, units, qualifiers, subjects, dates, targets.

def _figures(bare_nlp: Language, text: str, timexes: list[Timex] | None = None) -> list[Figure]:
    doc = bare_nlp(text)
    doc._.doc_id = "d2"
    doc._.timexes = timexes
    FigureExtractor()(doc)
    return list(doc._.figures)


def _one(figures: list[Figure], raw_part: str) -> Figure:
    hits = [f for f in figures if raw_part in f.raw]
    assert len(hits) == 1, [f.raw for f in figures]
    return hits[0]


def test_figures_money_with_qualifier_and_subject(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "To date, donors have made pledges of more than $400 million.")
    f = _one(figs, "400")
    assert (f.value, f.unit, f.qualifier) == (400_000_000, "USD", "more than")
    assert f.subject == "pledges"
    assert f.raw == "more than $400 million"
    assert f.id == stable_id("d2", "figure", f.evidence[0].start)
    assert f.evidence[0].text.startswith("To date")


def test_figures_pledge_and_target_in_one_sentence(bare_nlp: Language) -> None:
    text = "Partners have pledged more than $300 million against their 2022 goal of $900 million."
    start = text.index("2022")
    figs = _figures(bare_nlp, text, [Timex("2022", start, start + 4, "2022", "year")])
    pledged, goal = _one(figs, "300"), _one(figs, "900")
    assert not pledged.is_target and "pledged" in pledged.subject
    assert goal.is_target and goal.value == 900_000_000
    assert goal.as_of == "2022"


def test_figures_abbreviated_currency_scales(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The bank lent €45m to the city and 2.3bn euros to the region.")
    assert (_one(figs, "45m").value, _one(figs, "45m").unit) == (45_000_000, "EUR")
    assert (_one(figs, "2.3bn").value, _one(figs, "2.3bn").unit) == (2_300_000_000, "EUR")


def test_figures_people_troops_strikes(bare_nlp: Language) -> None:
    text = ("The camp holds 24,000 residents. Some 1,800 troops remain, and jets carried out "
            "12,400 airstrikes. A car bomb exploded in the market, killing seven.")
    figs = _figures(bare_nlp, text)
    residents = _one(figs, "24,000")
    assert (residents.unit, residents.subject) == ("people", "residents")
    troops = _one(figs, "1,800")
    assert (troops.unit, troops.qualifier, troops.value) == ("troops", "some", 1800)
    assert _one(figs, "12,400").unit == "strikes"
    seven = _one(figs, "seven")
    assert (seven.value, seven.unit) == (7, "people")


def test_figures_partitive_and_bare_subject_are_people(bare_nlp: Language) -> None:
    text = "Some 14,000 of those detained are Syrian, and approximately 2,000 are from other countries."
    figs = _figures(bare_nlp, text)
    assert _one(figs, "14,000").unit == "people"
    other = _one(figs, "2,000")
    assert (other.unit, other.qualifier) == ("people", "about")
    assert "other countries" in other.subject


def test_figures_members_countries_percent_km(bare_nlp: Language) -> None:
    text = ("The 79-member alliance includes eight Gulf states and 30 countries from Europe. "
            "Deposits rose 25 percent along the 900 km (559 mile) frontier.")
    figs = _figures(bare_nlp, text)
    member = _one(figs, "79-member")
    assert (member.value, member.unit) == (79, "members")
    assert _one(figs, "eight").unit == "countries"
    assert _one(figs, "30").unit == "countries"
    pct = _one(figs, "25 percent")
    assert (pct.value, pct.unit) == (25, "percent")
    km = _one(figs, "900")
    assert (km.value, km.unit) == (900, "km")
    assert not [f for f in figs if "559" in f.raw]


def test_figures_range_end_gives_as_of(bare_nlp: Language) -> None:
    text = "Jets conducted 21,000 strikes between March 2015 and the end of June 2018."
    a, b = text.index("March 2015"), text.index("the end of June 2018")
    timexes = [Timex("March 2015", a, a + 10, "2015-03", "month"),
               Timex("the end of June 2018", b, b + 20, "2018-06", "month")]
    f = _one(_figures(bare_nlp, text, timexes), "21,000")
    assert f.as_of == "2018-06"


def test_figures_range_end_without_dates_component(bare_nlp: Language) -> None:
    f = _one(_figures(bare_nlp, "Jets conducted 21,000 strikes between March 2015 and the end of June 2018."), "21,000")
    assert f.as_of == "2018-06"


def test_figures_dates_years_and_names_are_not_figures(bare_nlp: Language) -> None:
    text = ("The G-7 met in 2019 despite COVID-19, on March 3 at 10:30, and a 25-year-old man "
            "was arrested on page 4 of the report.")
    assert _figures(bare_nlp, text) == []


def test_figures_bare_number_without_unit_is_skipped(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "The score was 3 to 1 after the match.") == []


@pytest.mark.model
def test_figures_subject_is_a_noun_phrase_not_a_dateline(bare_nlp: Language) -> None:
    doc = bare_nlp("KIRKUK, May 2 (Example Wire) - Donors pledged more than $200 million on Friday, officials said.")
    figures = FigureExtractor(bare_nlp)(doc)._.figures
    assert figures[0].value == 200_000_000 and "KIRKUK" not in figures[0].subject


@pytest.mark.model
def test_figures_one_of_is_not_a_count(bare_nlp: Language) -> None:
    doc = bare_nlp("He was one of the group's most senior commanders, one aid worker said.")
    assert FigureExtractor(bare_nlp)(doc)._.figures == []


@pytest.mark.model
def test_figures_bare_coordinated_number_shares_the_counted_noun(bare_nlp: Language) -> None:
    for text, value in (("The US keeps about 900 troops in Syria and about 2,500 in Iraq.", 2500),
                        ("Some 400 soldiers were deployed to Anbar and 300 to Nineveh.", 300)):
        figures = FigureExtractor(bare_nlp)(bare_nlp(text))._.figures
        second = next(f for f in figures if f.value == value)
        assert second.unit == "troops"


def test_figures_soldiers_and_members_who_were_killed_are_people(bare_nlp: Language) -> None:
    # gold/real conventions: troops and members count a force's size; the killed, wounded and held are people
    found = _figures(bare_nlp, "The attack killed 71 soldiers at the camp. Six Islamic State members killed in the "
                               "raid were buried on Sunday. The force has 2,500 troops.")
    assert _one(found, "71").unit == "people"
    assert _one(found, "Six").unit == "people"
    assert _one(found, "2,500").unit == "troops"


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        # a conjunct shares the verb of the first: killed service members are people, not a force size
        ("The bombing killed at least 60 Afghans and 13 American service members.", "13", 13),
        ("Eight policemen were killed and 11 others wounded in the attack.", "11", 11),  # reduced passive
        ("The attack left two members of the checkpoint dead.", "two", 2),
        ("The ambush also left over a dozen soldiers wounded.", "dozen", 12),
        ("Seven American troops sustained injuries during the raid.", "Seven", 7),
        ("Of the women, eight had been placed in custody on arrival.", "eight", 8),
        ("Police reported the arrest of its leader and six members of the cell.", "six", 6),
        ("The strike came after the killing of three Americans last month.", "three", 3),
        ("Four armed terrorists opened fire on the crowd.", "Four", 4),
        ("The army confirmed 16 deaths on Friday.", "16", 16),
        ("More than 43,000 Syrians and Iraqis are held in the camp.", "43,000", 43_000),
        ("The prison held an estimated 3,500 IS inmates.", "3,500", 3_500),
        # a state verb and its casualty word, death idioms, the bodies of the dead, "others" of a count
        ("At least seven soldiers were confirmed dead after the raid.", "seven", 7),
        ("Sadly, two brave soldiers paid the supreme price in line of duty.", "two", 2),
        ("Five policemen lost their lives in the ambush.", "Five", 5),
        ("Three policemen were martyred in the attack.", "Three", 3),
        ("Rescuers have recovered seven bodies so far.", "seven", 7),
        ("23 Dawlah Islamiya members surrendered to the army on Monday.", "23", 23),
        ("25 civilians were killed, including 15 men found in a house and seven others along a road.", "seven", 7),
    ],
)
def test_figures_people_a_verb_or_noun_tells(bare_nlp: Language, text: str, raw: str, value: int) -> None:
    f = _one(_figures(bare_nlp, text), raw)
    assert (f.value, f.unit) == (value, "people")


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        ("The bombings have left 20 dead and 112 wounded.", "20", 20),
        ("The van hit the crowd, injuring over 50 on the promenade.", "50", 50),
        ("He said 284 people were wounded and 195 are still hospitalised.", "195", 195),
        ("In all 382 people were injured, 205 of whom received outpatient care.", "205", 205),
        ("The death toll from the bombing rose to 54 on Monday.", "54", 54),
        ("The death toll including the bombers was six, police said.", "six", 6),
        ("The overall death toll of 42 was one of the highest in years.", "42", 42),
        ("The camp, whose population is estimated at 74,000, is overcrowded.", "74,000", 74_000),
        ("The flights brought the total number of repatriated Iraqis to 15,000.", "15,000", 15_000),
    ],
)
def test_figures_bare_numbers_of_people(bare_nlp: Language, text: str, raw: str, value: int) -> None:
    f = _one(_figures(bare_nlp, text), raw)
    assert (f.value, f.unit) == (value, "people")


def test_figures_one_counts_only_people_something_happened_to(bare_nlp: Language) -> None:
    assert _one(_figures(bare_nlp, "One government soldier was wounded in the clash."), "One").value == 1
    assert _one(_figures(bare_nlp, "One of the aid workers was executed on camera."), "One").unit == "people"
    assert _one(_figures(bare_nlp, "One person was missing, he added."), "One").unit == "people"
    assert not [f for f in _figures(bare_nlp, "One aid worker said the camp was calm.") if f.value == 1]
    assert not [f for f in _figures(bare_nlp, "It was one of the deadliest attacks this year.") if f.value == 1]


def test_figures_counts_the_model_put_in_a_date_or_on_a_modifier(bare_nlp: Language) -> None:
    f = _one(_figures(bare_nlp, "We also welcome since January 2017 12 new members to the coalition."), "12")
    assert (f.value, f.unit) == (12, "members")
    f = _one(_figures(bare_nlp, "Troops from more than 30 military contributing nations remain in Iraq."), "30")
    assert (f.value, f.unit) == (30, "countries")
    f = _one(_figures(bare_nlp, "It hosts 2,201 people from around 40 nationalities."), "40")
    assert (f.value, f.unit) == (40, "countries")
    f = _one(_figures(bare_nlp, "The army carried out a couple of surgical strikes on the camps."), "couple")
    assert (f.value, f.unit) == (2, "strikes")


def test_figures_fighters_a_group_has_are_its_strength(bare_nlp: Language) -> None:
    f = _one(_figures(bare_nlp, "Fewer than 1,000 Islamic State fighters remain in Iraq and Syria."), "1,000")
    assert (f.value, f.unit) == (1_000, "members")
    f = _one(_figures(bare_nlp, "The group has some 3,000 fighters around the lake."), "3,000")
    assert f.unit == "members"
    figs = _figures(bare_nlp, "Troops killed 20 fighters near the border.")
    assert _one(figs, "20").unit == "people"  # fighters something happened to are people


@pytest.mark.parametrize(
    ("text", "raw", "value"),
    [
        # a number word times "dozen" or "hundred": the parser may hang the scale word on the number
        ("The blast has so far killed three dozen people and injured 169.", "three dozen", 36),
        ("Some five hundred fighters surrendered to the army.", "five hundred", 500),
    ],
)
def test_figures_number_word_with_a_scale_word(bare_nlp: Language, text: str, raw: str, value: int) -> None:
    f = _one(_figures(bare_nlp, text), raw)
    assert (f.value, f.unit) == (value, "people")


def test_figures_bracketed_count_of_other_things_is_a_figure(bare_nlp: Language) -> None:
    # "241 families (865 individuals)": the brackets count people, not the families again in another measure
    found = _figures(bare_nlp, "A convoy of 241 families (865 individuals) returned to Iraq in April.")
    f = _one(found, "865")
    assert (f.value, f.unit, f.subject) == (865, "people", "individuals")
    # a conversion in brackets repeats the first figure: still left out
    assert not [g for g in _figures(bare_nlp, "The border wall runs 1,600 km (994 miles) to the east.")
                if g.raw.startswith("994")]


def test_figures_a_bare_number_compared_with_a_counted_one_shares_its_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The group now has an estimated 1,000 members, up from approximately 300 in 2019.")
    f = _one(figs, "300")
    assert (f.value, f.unit) == (300, "members")
    figs = _figures(bare_nlp, "The command has conducted 60 airstrikes so far this year, "
                              "compared to just 10 in all of 2024.")
    assert (_one(figs, "10").value, _one(figs, "10").unit) == (10, "strikes")


def test_figures_a_list_by_place_shares_the_first_counted_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "One terrorist suspect was arrested in Karanganyar, "
                              "three in Boyolali and five in Sukoharjo.")
    assert {(f.value, f.unit) for f in figs} >= {(3, "people"), (5, "people")}


def test_figures_a_bare_number_with_nothing_counted_before_it_stays_out(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The talks moved from 3 to 5 in the afternoon after a delay.")
    assert figs == []


def test_figures_headline_number_with_a_casualty_participle(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Two killed in clashes between the military and Dawlah Islamiya")
    assert [(f.value, f.unit) for f in figs] == [(2, "people")]


def test_figures_a_communique_neutralises_people(bare_nlp: Language) -> None:
    # "neutralised" and "eliminated" are the military's words for killing: those counted are people, not a
    # group's strength
    figs = _figures(bare_nlp, "Troops have neutralised at least 25 members of the terrorist group in Borno.")
    assert [(f.value, f.unit) for f in figs] == [(25, "people")]
    assert [(f.value, f.unit) for f in _figures(bare_nlp, "The group has 3,000 members in the region.")] == [
        (3000, "members")]


def test_figures_a_bare_number_then_a_casualty_participle(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Attention turns to the plight of over 6,200 killed and millions displaced since "
                              "the conflict began.")
    assert [(f.value, f.unit) for f in figs] == [(6200, "people")]


def test_figures_lives_claimed_and_people_hurt_are_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The IED attack claimed the lives of two staff members of the education authority.")
    assert [(f.value, f.unit) for f in figs] == [(2, "people")]
    figs = _figures(bare_nlp, "Four Catholics were killed in the bombing that also hurt more than 40 others.")
    assert {(f.value, f.unit) for f in figs} == {(4, "people"), (40, "people")}


def test_figures_the_size_of_a_cell_counts_people_of_a_coalition_members(bare_nlp: Language) -> None:
    cell = _figures(bare_nlp, "Police dismantled a five-member terrorist cell in Fez.")
    assert [(f.value, f.unit) for f in cell] == [(5, "people")]
    coalition = _figures(bare_nlp, "The 83-member coalition met in Rome.")
    assert [(f.value, f.unit) for f in coalition] == [(83, "members")]


@pytest.mark.parametrize(("text", "raw", "value", "unit"), [
    # casualties counted by their injuries and lives, and in a small clause ("left N soldiers dead")
    ("The blast resulted in at least 31 deaths and 169 injuries.", "169", 169, "people"),
    ("The toll later rose to 36 lives.", "36", 36, "people"),
    ("Armed men attacked an army base, leaving at least 34 soldiers dead and 14 wounded.", "34", 34, "people"),
    # a hyphenated number word opening a sentence
    ("Forty-four people have been killed in a terrorist attack on a mosque.", "Forty-four", 44, "people"),
    # the count the model tags as a date (an age): "killing over 70"
    ("Gunmen opened fire inside a mosque, killing over 70.", "70", 70, "people"),
    # a length written on the number
    ("The patrol came under fire 180kms north of Beni.", "180kms", 180, "km"),
    ("Diffa, a city with around 200,000 inhabitants, lies near the border.", "200,000", 200000, "people"),
    # session 12: wounded and killed soldiers are people wherever the sentence names their harm
    ("ISWAP has inflicted a series of attacks in Damboa, resulting in the tragic loss of three Internally Displaced "
     "Persons (IDPs) and injuries to 13 others, including eight soldiers.", "eight", 8, "people"),
    ("ISWAP has inflicted a series of attacks in Damboa, resulting in the tragic loss of three Internally Displaced "
     "Persons (IDPs) and injuries to 13 others, including eight soldiers.", "13", 13, "people"),
    ("Sadly, three soldiers sustained various degrees of injuries.", "three", 3, "people"),
    ("Scores of civilians were slain along with 17 soldiers.", "17", 17, "people"),
    ("The clash led to the injury of 12 soldiers.", "12", 12, "people"),
    # a count of fighters the model tags as a date (an age)
    ("Ground assessment confirmed that over 70 ISWAP fighters were killed at the camp.", "70", 70, "people"),
])
def test_figures_casualty_and_length_forms_of_real_pages(
    bare_nlp: Language, text: str, raw: str, value: float, unit: str
) -> None:
    f = _one(_figures(bare_nlp, text), raw)
    assert (f.value, f.unit) == (value, unit)


def test_figures_an_age_after_over_stays_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "He lived for over 70 years.") == []


def test_figures_alternation_grouped_by_initial_matches_as_the_plain_one() -> None:
    import re

    words = ["two", "twenty", "twenty-two", "three", "Thirty", "thirty seven", "one", "a dozen", "dozen", "ten"]
    plain = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    text = "Twenty-two and thirty seven, THIRTY, tens of ten; a dozen or two dozen, one-third, twentytwo, Three."
    for flags in (0, re.IGNORECASE):
        grouped = re.compile(rf"\b(?:{_alternation(words)})", flags)
        expected = [m.span() for m in re.finditer(rf"\b(?:{plain})", text, flags)]
        assert [m.span() for m in grouped.finditer(text)] == expected
    # longest first within an initial: "twenty-two" is one match, not "twenty"
    assert re.match(_alternation(words), "twenty-two").group(0) == "twenty-two"
    # words not all starting with a letter are left one plain alternation
    assert _alternation(["$", "US$", "€"]) == "|".join(re.escape(w) for w in ["US$", "$", "€"])


def test_figures_number_pattern_finds_spelled_counts(bare_nlp: Language) -> None:
    v = figure_vocab()
    found = [m.group(0) for m in v.pattern.finditer("Forty-four people and thirty seven militants, 3,000 fighters.")]
    assert found == ["Forty-four", "thirty seven", "3,000"]


# Figures: both ends of a range, space-grouped thousands, "a million", spaced number words, trades and parts as
# people, member states as countries, a strength said with "was".

def _value_units(figures: list[Figure]) -> set[tuple[float, str]]:
    return {(f.value, f.unit) for f in figures}


def test_both_ends_of_a_hyphenated_range_count_the_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Its combined strength was 3,000-5,000 fighters.")
    assert {(3000, "members"), (5000, "members")} <= _value_units(figs)
    low = next(f for f in figs if f.value == 3000)
    assert low.subject == "fighters" and low.raw == "3,000"


@pytest.mark.parametrize("text", [
    "Officials said 2,000 to 4,000 militants remain in the region.",
    "Officials said between 2,000 and 4,000 militants remain in the region.",
])
def test_both_ends_of_a_worded_range(bare_nlp: Language, text: str) -> None:
    figs = _figures(bare_nlp, text)
    units = {f.unit for f in figs if f.value in (2000, 4000)}
    assert sorted(f.value for f in figs) == [2000, 4000] and len(units) == 1 and units <= {"members", "people"}


def test_and_without_between_is_no_range(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Troops killed 4 and arrested 9 militants.")
    assert [f.subject for f in figs if f.value == 4] == ["killed"]


@pytest.mark.parametrize("text", [
    "The army beat the police 1-0 in the final.",
    "The G-7 pledged support to the fund.",
    "Flights run 24-7 past the memorial.",
])
def test_hyphenated_pairs_that_are_no_range(bare_nlp: Language, text: str) -> None:
    assert _figures(bare_nlp, text) == []


def test_thousands_grouped_by_spaces(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "More than 600 000 people are displaced in the province.")
    assert _value_units(figs) == {(600_000, "people")}


def test_a_year_before_a_count_is_no_grouped_number(bare_nlp: Language) -> None:
    assert _value_units(_figures(bare_nlp, "In 2014 300 people died in the fighting.")) == {(300, "people")}


@pytest.mark.parametrize(("text", "value"), [
    ("A million people fled the fighting.", 1_000_000),
    ("Half a million people fled the fighting.", 500_000),
    ("Around a hundred insurgents were killed.", 100),
])
def test_an_article_before_a_scale_word(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _value_units(_figures(bare_nlp, text))


def test_an_article_alone_is_no_number(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "A soldier met a commander at a checkpoint.") == []


def test_tens_and_units_without_a_hyphen(bare_nlp: Language) -> None:
    assert _value_units(_figures(bare_nlp, "Thirty seven militants were killed in the raid.")) == {(37, "people")}


def test_trades_and_parts_in_an_attack_are_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Gunmen killed 11 miners and seven shepherds; police arrested 13 perpetrators.")
    assert _value_units(figs) == {(11, "people"), (7, "people"), (13, "people")}


def test_member_states_are_countries_and_members_stay_members(bare_nlp: Language) -> None:
    assert _value_units(_figures(bare_nlp, "Leaders of the 28 member states met in Brussels.")) == {(28, "countries")}
    assert _value_units(_figures(bare_nlp, "The coalition's 74 members met in Rome.")) == {(74, "members")}


def test_fighters_among_the_dead_are_people(bare_nlp: Language) -> None:
    assert _value_units(_figures(bare_nlp, "Among the dead were 12 fighters.")) == {(12, "people")}


@pytest.mark.parametrize("text", [
    "The death toll was 43, according to the local radio.",
    "The radio reported the death toll at 43, while rescuers searched for victims.",
    "The toll has reached 43.",
])
def test_a_toll_given_as_its_value(bare_nlp: Language, text: str) -> None:
    assert (43, "people") in _value_units(_figures(bare_nlp, text))


def test_lengths_written_on_the_number_are_no_dates(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "They attacked 3 targets, 180kms, 184kms and 200kms, respectively, from the border.")
    assert {(180, "km"), (184, "km"), (200, "km")} <= _value_units(figs)


@pytest.mark.parametrize(("text", "value"), [
    ("Doctors said 33 people were treated in hospital, including five in critical condition.", 5),
    ("Of the injured, 32 are in serious condition.", 32),
    ("Three of them were in critical condition.", 3),
])
def test_people_in_a_condition(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _value_units(_figures(bare_nlp, text))


def test_a_good_condition_counts_nobody(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "Three of the bridges were in good condition.") == []


def test_the_metric_side_of_a_miles_conversion(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The strike hit a camp approximately 50 miles (80 kilometers) southeast of the port.")
    assert _value_units(figs) == {(80, "km")}
    km_first = _figures(bare_nlp, "The camp lies 1,600 km (994 miles) from the capital.")
    assert _value_units(km_first) == {(1600, "km")}


@pytest.mark.parametrize(("text", "value"), [
    ("The firefight resulted in six dead soldiers and two dead civilians.", 6),
    ("The losses come in addition to six wounded soldiers.", 6),
    ("Heavy fighting continued throughout the day on Monday and left nearly sixty dead, including twelve security "
     "personnel and seven civilians.", 12),
    ("The report shows three dead, four wounded, including six soldiers and a child.", 6),
    ("Six paramilitary troops, who were guarding the market, were among the wounded.", 6),
])
def test_soldiers_who_are_casualties_are_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _value_units(_figures(bare_nlp, text))


def test_soldiers_listed_in_a_deployment_stay_troops(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The army deployed 900 troops, including 200 soldiers from the north.")
    assert _value_units(figs) == {(900, "troops"), (200, "troops")}


@pytest.mark.parametrize("text", [
    "About 300 militants from across the border attacked a village.",
    "The troops clashed with some 300 fighters near the river.",
    "At night, a group of 300 militants crossed into the district.",
])
def test_the_size_of_an_attacking_party_is_a_strength(bare_nlp: Language, text: str) -> None:
    assert _value_units(_figures(bare_nlp, text)) == {(300, "members")}


def test_fighters_killed_after_they_attacked_are_people(bare_nlp: Language) -> None:
    assert _value_units(_figures(bare_nlp, "Troops killed 12 militants who attacked the base.")) == {(12, "people")}


def test_arrests_count_people(bare_nlp: Language) -> None:
    assert _value_units(_figures(bare_nlp, "Police made 71 arrests in the raids.")) == {(71, "people")}


# Figures: a count of soldiers or members under a hundred is of people unless a force word makes it a force's size; a
# coalition's partners are countries.

def _values(bare_nlp: Language, text: str) -> set[tuple[float, str]]:
    doc = bare_nlp(text)
    doc._.doc_id = "d22"
    doc._.timexes = None
    FigureExtractor()(doc)
    figures: list[Figure] = list(doc._.figures)
    return {(f.value, f.unit) for f in figures}


@pytest.mark.parametrize(("text", "value"), [
    ("The victims included 12 civilians and two soldiers from the army who were killed in the line of duty.", 2),
    ("Ten Daesh members were also in the operation in the district.", 10),
])
def test_a_small_count_of_soldiers_or_members_is_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The assembly approved the deployment of 20 military personnel as part of the mission.", 20, "troops"),
    ("The attack targeted a compound where about 60 soldiers were based.", 60, "troops"),
    ("Around 4,000 French troops are deployed in Mali.", 4000, "troops"),
    ("The group has 50 members in the province.", 50, "members"),
    ("Officials estimate the group has about 1,000 members.", 1000, "members"),
    ("We also welcome 12 new members from Africa and Asia to the coalition.", 12, "members"),
    # the object of the verb the count hangs from says what is counted
    ("The summit admitted two states, which brought its membership to 48 members.", 48, "members"),
])
def test_a_force_word_or_a_large_count_keeps_the_force_unit(
        bare_nlp: Language, text: str, value: float, unit: str) -> None:
    assert (value, unit) in _values(bare_nlp, text)


def test_a_coalitions_partners_are_countries(bare_nlp: Language) -> None:
    assert (60, "countries") in _values(bare_nlp, "The meeting brought together over 60 partners in Marrakesh.")


@pytest.mark.parametrize(("text", "value"), [
    ("Forces killed at least 10 Islamic State (ISIS / Daesh / ISIL) group terrorists as they fled.", 10),
    ("The raids led to the death of no fewer than 38 Islamic State of West Africa Province (ISWAP) terrorists.", 38),
])
def test_a_number_before_a_group_name_counts_the_noun_after_it(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


def test_a_group_name_with_no_counted_noun_after_it_gives_no_figure(bare_nlp: Language) -> None:
    assert not {v for v in _values(bare_nlp, "The 2019 Islamic State (IS) statement was read on radio.")
                if v[0] == 2019}


def test_people_counted_by_sex_or_trade(bare_nlp: Language) -> None:
    values = _values(bare_nlp, "The number comprised 47 males, 180 females and 323 children.")
    assert {(47, "people"), (180, "people")} <= values


def test_an_adjective_of_the_same_spelling_is_no_count(bare_nlp: Language) -> None:
    assert not {v for v in _values(bare_nlp, "The relative calm of the two districts ended.") if v[1] == "people"}


@pytest.mark.parametrize(("text", "value"), [
    ("By 2019, there were an estimated 300 ISIS militants there.", 300),
    ("Security sources estimate that around 100 terrorists operate in the area.", 100),
])
def test_fighters_said_to_exist_or_operate_are_a_strength(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "members") in _values(bare_nlp, text)


def test_fighters_said_to_be_killed_there_are_people(bare_nlp: Language) -> None:
    assert (12, "people") in _values(bare_nlp, "There were 12 militants killed in the raid.")


def test_members_said_to_exist_are_a_size(bare_nlp: Language) -> None:
    values = _values(bare_nlp, "Police say there are still nine members of the group hiding in the hills.")
    assert (9, "members") in values
    assert (9, "people") in _values(bare_nlp, "Nine members of the group were arrested in the hills.")


# Figures: bare numbers as the subject of a passive verb or of "a total of", those left displaced or homeless, the
# size of "a group of" a bare number, a patrol's soldiers, and peoples named by a plural the model does not know.

@pytest.mark.parametrize(("text", "value"), [
    ("Some 1,000 have been brought back from the camp so far.", 1000),
    ("Police said five have been caught.", 5),
    ("A total of 550 were rescued.", 550),
])
def test_a_bare_number_subject_of_a_passive_verb_counts_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


@pytest.mark.parametrize(("text", "value"), [
    ("The conflict has left 2.5 million displaced across the region.", 2_500_000),
    ("About 430,000 have been left homeless by the fighting.", 430_000),
])
def test_the_displaced_and_homeless_are_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


def test_a_group_of_a_bare_number_is_its_size(bare_nlp: Language) -> None:
    assert (100, "members") in _values(bare_nlp, "The militants were in a group of about 100.")
    assert (20, "people") in _values(bare_nlp, "A group of 20 was killed in the strike.")
    assert _values(bare_nlp, "The leaders of the Group of Seven met in Rome.") == set()


def test_a_patrols_soldiers_are_a_force(bare_nlp: Language) -> None:
    assert (52, "troops") in _values(bare_nlp, "A patrol of 52 Nigerien soldiers was ambushed.")


def test_a_plural_people_name_counts_people(bare_nlp: Language) -> None:
    assert (10, "people") in _values(bare_nlp, "Ten Uighurs initially joined the group.")
    assert {(3, "people"), (2, "people")} <= _values(bare_nlp, "Police arrested three Uzbeks and two Tajiks.")


# Figures: a bare number after "the injury of" / "the death of", fighters and soldiers counted as "elements", and a
# count in a sentence a scraper glued to the next ("injured 50.They").

@pytest.mark.parametrize(("text", "value"), [
    ("The channel reported the death of one soldier and the injury of five.", 5),
    ("Officials confirmed the killing of 12 in the village.", 12),
])
def test_a_bare_number_after_a_casualty_event_counts_people(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "people") in _values(bare_nlp, text)


def test_elements_are_people(bare_nlp: Language) -> None:
    text = "Some 12 assailants were killed and 6 elements of the rapid intervention battalion were wounded."
    assert (6, "people") in _values(bare_nlp, text)


def test_a_bare_number_glued_to_the_next_sentence_is_read_as_the_wounded(bare_nlp: Language) -> None:
    text = normalise_text("The attackers killed 9 people and injured 50.They fled.")[0]
    assert (50, "people") in _values(bare_nlp, text)


# Figures: an ordinal on a strike counts the strikes so far ("the 81st U.S. strike in Somalia this year" = 81
# strikes), one on a member or country of a coalition its member states ("the 90th member of the coalition" = 90
# countries); other ordinals (dates, floors, divisions) count nothing.

@pytest.mark.parametrize(("text", "value"), [
    ("Monday's airstrike marks the 81st U.S. strike in Somalia this year.", 81),
    ("The command said this is its 42nd airstrike of the year in Somalia.", 42),
])
def test_an_ordinal_strike_counts_the_strikes(bare_nlp: Language, text: str, value: float) -> None:
    assert (value, "strikes") in _values(bare_nlp, text)


@pytest.mark.parametrize("text", [
    "The coalition, which includes Syria as its 90th member, aims to combat ISIS.",
    "The deal makes Syria the 90th country to join the coalition.",
    "Syria has formally become the 90th member of the international coalition fighting the Islamic State.",
])
def test_an_ordinal_member_of_a_coalition_counts_its_states(bare_nlp: Language, text: str) -> None:
    assert (90, "countries") in _values(bare_nlp, text)


@pytest.mark.parametrize("text", [
    "The commander of the 6th Infantry Division said the blast on the 21st floor came on August 26th.",
    "He became the 5th member of the council to resign.",
])
def test_other_ordinals_count_nothing(bare_nlp: Language, text: str) -> None:
    assert _values(bare_nlp, text) == set()


# Figures: a dozen and one million as numbers; people counted without their noun ("eight of them", "killed three
# more", a tally brought to a number, a list by place or day); trial, camp and journey roles as people; a group's size
# given by "numbering".

def test_figures_one_before_a_scale_word_is_a_number(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "More than one million people are at risk of famine.")
    assert (1_000_000, "people") in _value_units(figs)


def test_figures_one_alone_still_needs_a_suffered_count(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "One official said the talks went well.") == []


def test_figures_a_dozen_and_half_a_dozen_are_numbers(bare_nlp: Language) -> None:
    text = "Troops killed half a dozen terrorists. More than a dozen suspected members were detained."
    figs = _figures(bare_nlp, text)
    assert {(6, "people"), (12, "people")} <= _value_units(figs)
    assert any(f.raw == "More than a dozen" and f.qualifier == "more than" for f in figs)


def test_figures_a_number_hung_on_the_participle_counts_its_noun(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The Abu Sayyaf is still holding over 2 dozen kidnapped sailors in the region.")
    assert (24, "people") in _value_units(figs)


def test_figures_a_number_of_them_counts_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Five others were wounded, two of them seriously. Six of them were caught in Sabah.")
    assert {(2, "people"), (6, "people")} <= _value_units(figs)


def test_figures_a_number_of_them_takes_the_unit_counted_before(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Jets carried out 20 strikes, 12 of them in Syria.")
    assert (12, "strikes") in _value_units(figs)


def test_figures_a_number_of_the_dead_counts_people(bare_nlp: Language) -> None:
    assert (12, "people") in _value_units(_figures(bare_nlp, "At least 12 of the deceased are below 12 years of age."))


def test_figures_a_number_of_more_or_other_people_a_verb_befell(bare_nlp: Language) -> None:
    text = "The group killed 16 soldiers and wounded nine more. Airstrikes injured five other in Mosul."
    assert {(9, "people"), (5, "people")} <= _value_units(_figures(bare_nlp, text))


def test_figures_more_of_nothing_people_is_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "They need three more.") == []


def test_figures_a_tally_brought_to_a_number_counts_what_it_is_of(bare_nlp: Language) -> None:
    text = ("The new deaths bring the number of civilians killed by armed groups in Beni since November 2019 to at "
            "least 1,013. The arrest brings the number of Malaysians arrested this month to four.")
    assert {(1013, "people"), (4, "people")} <= _value_units(_figures(bare_nlp, text))


def test_figures_a_toll_risen_to_a_total_counts_people(bare_nlp: Language) -> None:
    text = "The death toll from the Palm Sunday bombing has risen to a total of 49 as of Monday."
    assert (49, "people") in _value_units(_figures(bare_nlp, text))


def test_figures_a_tally_of_things_is_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "The number of attacks rose to 30.") == []


def test_figures_the_items_of_a_list_by_place_or_day_share_the_noun(bare_nlp: Language) -> None:
    text = ("The NIA detained 48 people – 13 on August 1 and 35 on July 31 – with links to the IS. More than 4,000 "
            "people were killed in Mali last year and more than 7,500 in Burkina Faso.")
    assert {(13, "people"), (7500, "people")} <= _value_units(_figures(bare_nlp, text))


def test_figures_a_number_of_them_that_are_things_is_no_figure(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "A spokesman confirmed the destruction of four vehicles, three of them booby-trapped.")
    assert (3, "people") not in _value_units(figs)


def test_figures_more_of_nothing_befallen_is_no_figure(bare_nlp: Language) -> None:
    assert _figures(bare_nlp, "Lajnef said at least 10 more left militant-held ground on Monday.") == []


def test_figures_a_tally_of_members_who_surrendered_counts_people(bare_nlp: Language) -> None:
    text = ("The surrender brings the number of Abu Sayyaf members who have surrendered to the government up to 114 "
            "since January.")
    assert (114, "people") in _value_units(_figures(bare_nlp, text))


def test_figures_a_pair_of_ages_is_no_list(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Police have arrested three teenagers aged 15 and 16 on suspicion of plotting.")
    assert _value_units(figs) == {(3, "people")}


def test_figures_people_in_court_in_camps_and_on_the_road_are_people(bare_nlp: Language) -> None:
    text = ("In addition, three other defendants received prison sentences. Iranian forces also arrested more than "
            "50 sympathizers. The Treasury named four South African-based Isis facilitators.")
    assert {(3, "people"), (50, "people"), (4, "people")} <= _value_units(_figures(bare_nlp, text))


def test_figures_peshmerga_are_a_force_and_a_few_of_them_are_people(bare_nlp: Language) -> None:
    text = "Nine Peshmerga and three civilians were among those killed. 1,500 Peshmerga were deployed."
    figs = _figures(bare_nlp, text)
    assert {(9, "people"), (1500, "troops")} <= _value_units(figs)


def test_figures_what_a_band_numbers_is_its_strength(bare_nlp: Language) -> None:
    text = ("During their attack on Macomia, the jihadists, numbering at least 100, also attacked the local base. A "
            "force of insurgents, estimated by local sources to number around 200, has been marauding.")
    assert {(100, "members"), (200, "members")} <= _value_units(_figures(bare_nlp, text))


def test_figures_a_group_s_strength_or_numbers_brought_to_a_number_is_its_size(bare_nlp: Language) -> None:
    text = ("Soldiers were hunting the remaining members of the MIT, whose numbers were reduced to nine. The latest "
            "military estimate placed the strength of the Abu Sayyaf to about 300.")
    assert {(9, "members"), (300, "members")} <= _value_units(_figures(bare_nlp, text))


def test_figures_families_numbering_so_many_are_people(bare_nlp: Language) -> None:
    text = "ISWAP fighters and their families numbering 104 surrendered to troops on Saturday."
    assert (104, "people") in _value_units(_figures(bare_nlp, text))


def test_figures_fighters_numbering_so_many_that_were_killed_are_people(bare_nlp: Language) -> None:
    text = "The terrorists numbering five were killed following an intelligence report."
    assert (5, "people") in _value_units(_figures(bare_nlp, text))


# Figures: running totals in brackets; the displaced.

def test_bracketed_running_total_counts_the_noun_before_the_bracket(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "At least 11 reported civilian fatalities (2,477 since 1 October 2017)")
    (total,) = [f for f in figs if f.value == 2477]
    assert (total.unit, total.subject) == ("people", "civilian fatalities")


def test_bracketed_number_without_a_tally_marker_is_no_running_total(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The ministry counted 241 fatalities (865 according to the monitors) last year.")
    assert [f.value for f in figs if f.value == 865 and f.unit == "people"] == []


def test_bare_number_forced_to_flee_counts_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The insurgency has killed around 30,000 people and forced about 2 million to leave "
                              "their homes.")
    (fled,) = [f for f in figs if f.value == 2_000_000]
    assert (fled.unit, fled.subject) == ("people", "to leave their homes")


def test_number_before_more_people_counts_the_people(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "Around two million more people have been displaced from their homes by the violence.")
    (displaced,) = [f for f in figs if f.value == 2_000_000]
    assert displaced.unit == "people"


def test_bracketed_running_total_counts_the_noun_its_complement_is_on(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "At least 16 reported fatalities from political violence (5,940 since 1 October 2017)")
    (total,) = [f for f in figs if f.value == 5940]
    assert (total.unit, total.subject) == ("people", "fatalities from political violence")
