"""Tests for the sitroom_figures component: values, units, qualifiers, subjects, dates, targets."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor, _alternation, figure_vocab
from sitroom.models import Figure, Timex, stable_id

pytestmark = pytest.mark.model


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
