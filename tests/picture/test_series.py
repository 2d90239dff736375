"""Indicator series on real sentences (from the project's and the shared real corpora): a figure joins a
series only for a known kind with a clear subject, flows never join stocks, one unit, honest as-of dates."""

from __future__ import annotations

import re
from typing import Any

import pytest
from tests.picture.builders import doc, entity, export, figure, place

from sitroom.picture import build_picture
from sitroom.picture.kinds import kinds
from sitroom.picture.series import clause, subject_head

IQ = place("c:iq", "Iraq", "IQ", precision="country")
SY = place("c:sy", "Syria", "SY", precision="country")
US = place("c:us", "US", "US", precision="country")


def _one(sentence: str, raw: str, value: float, unit: str = "people", subject: str = "people",
         published: str = "2024-03-10", places: list[dict[str, Any]] = (),  # type: ignore[assignment]
         entities: list[dict[str, Any]] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    """A one-figure export whose places/entities are mentioned in document "d" wherever the sentence names them."""
    located = [{**p, "mentions": [{"text": p["name"], "doc_id": "d", "start": 0, "end": len(p["name"])}]}
               for p in places if p["name"] in sentence]
    return export([doc("d", published=published)], figures=[figure("d", 0, subject, value, unit, raw, sentence)],
                  places=located, entities=list(entities))


def _names(obj: dict[str, Any]) -> dict[str, Any]:
    return {s.name: s for s in build_picture(obj).series}


@pytest.mark.parametrize(("sentence", "raw", "value", "subject", "expected"), [
    ("The Kurdish-led administration that runs the camp says al-Hol now holds around 37,000 people.",
     "around 37,000", 37000.0, "people", "population of al-Hol camp"),
    ("According to UNICEF, the Roj camp contains more than 2,500 people, more than half of them children.",
     "more than 2,500", 2500.0, "people", "population of Roj camp"),
    ('"800 civilians have started leaving the Al-Hol camp aboard buses taking them to their hometowns."',
     "800", 800.0, "civilians", "departures from al-Hol camp"),
    ("Iraq repatriated about 600 of its citizens from the al-Hol camp in northeast Syria last week.",
     "about 600", 600.0, "its citizens", "repatriations to Iraq"),
    ("“157 families, or 625 people” had returned to Iraq from Al-Hol on Saturday.", "625", 625.0, "people",
     "repatriations to Iraq"),
    ("More than 500 Kyrgyz citizens have been repatriated since 2021, AFP reported.", "More than 500", 500.0,
     "Kyrgyz citizens", "repatriations to Kyrgyzstan, running total"),
    ("The US has roughly 900 troops in Syria as part of its effort to defeat ISIS in the region.", "roughly 900",
     900.0, "troops in Syria", "American troops in Syria"),
    ("The coalition, formed in 2014, now counts 87 members.", "87", 87.0, "members", "Global Coalition members"),
    ("The coalition has conducted 34,514 strikes between August 2014 and the end of May 2019.", "34,514",
     34514.0, "strikes", "coalition strikes against IS, running total"),
    # Women and children are the batch a country brings home.
    ("In August 2023, the Kyrgyz Republic repatriated 95 women and children who had been in a similar "
     "vulnerable situation.", "95", 95.0, "women", "repatriations to Kyrgyzstan"),
    ("Uzbekistan on May 30 announced it had carried out Operation Dobro (Good Deed), a humanitarian effort "
     "that brought home 156 Uzbek citizens.", "156", 156.0, "Uzbek citizens", "repatriations to Uzbekistan"),
    # A sentence opening "In Syria," locates its strikes.
    ("In Syria, the coalition carried out 12 airstrikes near five cities, including Raqqa, Ayn Isa and Deir Ezzor.",
     "12", 12.0, "strikes", "coalition strikes in Syria, per report"),
])
def test_series_kind_takes_a_real_sentence(sentence: str, raw: str, value: float, subject: str,
                                           expected: str) -> None:
    unit = {"strikes": "strikes", "members": "members", "troops in Syria": "troops"}.get(subject, "people")
    obj = _one(sentence, raw, value, unit=unit, subject=subject, places=[IQ, SY, US])
    obj["places"].append({**place("c:kg", "Kyrgyzstan", "KG", precision="country"), "mentions": []})
    names = _names(obj)
    assert list(names) == [expected]
    assert [p.value for p in names[expected].points] == [value]


@pytest.mark.parametrize(("sentence", "raw", "value", "unit", "subject"), [
    # The noise: a casualty toll, a distance, a share, a stray subject word — all stay figures.
    ("KIRKUK, May 2 (Example Wire) - A bomb killed 12 people at a market in Kirkuk.", "12", 12.0, "people", "people"),
    ("The village is 40 km from Baghdad.", "40", 40.0, "km", "from"),
    ("Residents of Kirkuk are 60 percent Kurdish, officials say.", "60 percent", 60.0, "percent", "Kirkuk are"),
    ("Five soldiers were killed and eight injured, CamerounWeb reported.", "Five", 5.0, "troops", "soldiers"),
    # "80-member Global Coalition" is the coalition's size, not Islamic State fighters.
    ("Two ISIS members were killed in the raid.", "Two", 2.0, "members", "ISIS members"),
    # Flows are not stocks: 800 people leaving the camp is not its population.
    ("776 people left the Syrian Al-Hol camp to return to Iraq.", "776", 776.0, "people", "people"),
    # Two camps: whose population is unclear.
    ("Approximately 35,000 individuals remain in the al-Hol and Roj camps.", "Approximately 35,000", 35000.0,
     "people", "individuals"),
    # Women and children counted apart are parts of a repatriation, not its total.
    ("France on Tuesday repatriated 15 women and 32 children from a camp in Syria.", "15", 15.0, "people", "women"),
    ("Germany repatriated 23 children and their eight mothers on a charter flight.", "23", 23.0, "people",
     "children"),
    # "A couple of strikes" is a word, not a count to plot.
    ("US Africa Command said it carried out a couple of surgical strikes on the Islamic State in Syria.", "couple",
     2.0, "strikes", "strikes"),
    # "41 strikes since February 14" is a week's count, not the campaign's running total.
    ("The United States conducted 41 strikes against the Islamic State in Iraq and Syria since February 14.",
     "41", 41.0, "strikes", "strikes"),
])
def test_series_figures_without_a_kind_or_clear_subject_stay_figures(sentence: str, raw: str, value: float,
                                                                     unit: str, subject: str) -> None:
    obj = _one(sentence, raw, value, unit=unit, subject=subject, places=[IQ, SY, US])
    if "776" in sentence:
        # 776 people leaving is a departure (a flow), never a point of the camp's population.
        assert "population of al-Hol camp" not in _names(obj)
    else:
        assert _names(obj) == {}


def test_series_troops_sent_to_a_province_are_in_its_country() -> None:
    sentence = ("Rwanda sent in 1,000 troops last month to shore up Mozambican military forces that have been "
                "struggling to regain control over the northern Cabo Delgado province.")
    places = [place("c:rw", "Rwanda", "RW", precision="country"),
              place("p:cd", "Cabo Delgado", "MZ", precision="province"),
              place("c:mz", "Mozambique", "MZ", precision="country")]
    obj = _one(sentence, "1,000", 1000.0, unit="troops", subject="troops", places=places)
    assert [p.value for p in _names(obj)["Rwandan troops in Mozambique"].points] == [1000.0]


def test_series_detainees_are_named_by_their_holder() -> None:
    sentence = ("There are about 12,000 suspected ISIS fighters detained by the SDF in northern Syria, "
                "including some 2,000 foreigners.")
    ents = [entity("e1", "Syrian Democratic Forces", "armed_group", [("d", "SDF")], doc_id="d"),
            entity("e2", "Islamic State", "armed_group", [("d", "ISIS")], doc_id="d")]
    obj = _one(sentence, "about 12,000", 12000.0, subject="suspected ISIS fighters", entities=ents)
    obj["figures"].append(figure("d", 1, "foreigners", 2000.0, "people", "some 2,000", sentence))
    names = _names(obj)
    assert list(names) == ["IS detainees held by Syrian Democratic Forces"]
    assert [p.value for p in names["IS detainees held by Syrian Democratic Forces"].points] == [12000.0]


def test_series_as_of_is_the_date_the_text_gives_not_the_publication_date() -> None:
    sentence = "In August 2023, the Kyrgyz Republic repatriated 95 people who had been in camps in Syria."
    obj = _one(sentence, "95", 95.0, published="2024-07-31")
    (series,) = build_picture(obj).series
    assert (series.points[0].as_of, series.points[0].as_of_basis) == ("2023-08", "text")


def test_series_as_of_falls_back_to_the_document_and_says_so() -> None:
    obj = _one("Iraq repatriated about 600 of its citizens from the al-Hol camp.", "about 600", 600.0,
               subject="its citizens", places=[IQ])
    (series,) = build_picture(obj).series
    assert (series.points[0].as_of, series.points[0].as_of_basis) == ("2024-03-10", "document")


def test_series_camp_population_points_in_date_order_with_one_unit() -> None:
    docs = [doc(f"d{i}", published=p) for i, p in enumerate(["2023-11-12", "2024-06-01", "2025-03-12"])]
    sentences = [
        ("Nearly 50,000 people live in the dilapidated and overcrowded al-Hol camp.", "Nearly 50,000", 50000.0),
        ("The administration says al-Hol now holds around 37,000 people.", "around 37,000", 37000.0),
        ("Ministers discussed the al-Hol camp in northeast Syria, which still holds about 38,000 people.",
         "about 38,000", 38000.0),
    ]
    figures = [figure(f"d{i}", i, "people", v, "people", raw, s) for i, (s, raw, v) in enumerate(sentences)]
    figures.reverse()  # an out-of-order document must not break the date order of points
    (camp,) = build_picture(export(docs, figures=figures)).series
    assert camp.name == "population of al-Hol camp" and camp.unit == "people" and "(" not in camp.name
    assert [p.value for p in camp.points] == [50000.0, 37000.0, 38000.0]


def test_series_pledge_drive_progress_and_target_from_the_seed_sentences() -> None:
    docs = [doc("a", published="2021-06-28"), doc("b", published="2021-07-01")]
    s1 = ("He announced that the coalition anticipates meeting its stabilization pledge drive target for 2021, "
          "which is $670 million.")
    s2 = "To date, they have garnered pledges of more than $500 million."
    s3 = ("Coalition partners emphasized the importance of contributions to stabilization in areas liberated from "
          "Daesh/ISIS – to date, Coalition partners have pledged more than $600 million against their 2021 goal of "
          "$670 million.")
    figures = [
        figure("a", 0, "stabilization pledge drive target", 6.7e8, "USD", "$670 million", s1, is_target=True),
        figure("a", 1, "pledges", 5.0e8, "USD", "more than $500 million", s2),
        figure("b", 0, "pledged", 6.0e8, "USD", "more than $600 million", s3),
        figure("b", 1, "goal", 6.7e8, "USD", "$670 million", s3),
    ]
    (drive,) = build_picture(export(docs, figures=figures)).series
    assert drive.name == "Coalition stabilization pledge drive" and drive.unit == "USD"
    assert [p.value for p in drive.points] == [5.0e8, 6.0e8] and drive.target == 6.7e8


# Words that must never name a series (the "is (people)", "from (km)", "mm (count)" ...).
STOP = {"is", "are", "from", "mm", "it", "they", "he", "she", "we", "this", "that", "the", "a", "of", "people",
        "figures", "strong", "members", "his", "its", "their"}


def test_series_names_are_kind_templates_never_a_stray_word() -> None:
    templates = [re.escape(t).replace(r"\{", "{").replace(r"\}", "}") for k in kinds()
                 for t in (k.name, k.cumulative_name) if t]
    pattern = re.compile("|".join("^" + re.sub(r"\{\w+\}", r"([A-Z][\\w'’ -]+|al-Hol)", t) + "$" for t in templates))
    obj = _one("The US has roughly 900 troops in Syria.", "roughly 900", 900.0, unit="troops", subject="troops",
               places=[US, SY])
    for s in build_picture(obj).series:
        m = pattern.match(s.name)
        assert m, s.name
        filled = [g for g in m.groups() if g]
        assert filled and not any(g.casefold() in STOP for g in filled)


def test_series_helpers() -> None:
    assert subject_head("residents of the camp") == "resident"
    assert subject_head("") == ""
    assert subject_head("three men") == "man"
    assert clause("It fell to 47,000 people as returns rose.", "47,000 people") == "It fell to 47,000 people"


def test_series_an_attributive_count_is_as_of_its_page_not_the_sentences_event() -> None:
    sentence = ("The 80-member Global Coalition to Defeat ISIS achieved a significant victory by destroying the "
                "last remnants of the caliphate in Syria in March.")
    obj = _one(sentence, "80-member", 80.0, unit="members", subject="Global Coalition", published="2019-08-01")
    (point,) = _names(obj)["Global Coalition members"].points
    assert (point.as_of, point.as_of_basis) == ("2019-08-01", "document")
