"""Indicator series: grouping by rules, dates for points, targets linked to their progress."""

from __future__ import annotations

from tests.picture.builders import doc, export, figure, place

from sitroom.picture import build_picture
from sitroom.picture.series import clause, subject_head

HOL = "p:hol"


def _camp_obj() -> dict:
    docs = [doc(f"d{i}", published=p) for i, p in enumerate(["2019-08-12", "2020-09-15", "2021-10-20", "2022-11-08"])]
    sentences = [
        ("The al-Hol camp now holds about 70,000 people, aid agencies said.", "about 70,000 people", 70000.0),
        ("Around 64,500 people remain in al-Hol camp after some families went home.", "Around 64,500 people", 64500.0),
        ("More than 59,000 residents live in al-Hol camp, officials said.", "More than 59,000 residents", 59000.0),
        ("The al-Hol camp holds some 53,000 people, half of them children.", "some 53,000 people", 53000.0),
    ]
    figures = [figure(f"d{i}", i, "people" if "people" in raw else "residents", v, "people", raw, s)
               for i, (s, raw, v) in enumerate(sentences)]
    # An out-of-order document must not break the date order of points.
    figures.reverse()
    places = [place(HOL, "al-Hol", "SY", mentions=[(f"d{i}", "al-Hol camp") for i in range(4)])]
    return export(docs, figures=figures, places=places)


def test_series_camp_population_has_four_points_in_date_order() -> None:
    series = build_picture(_camp_obj()).series
    camp = next(s for s in series if s.name == "al-Hol camp population")
    assert [p.value for p in camp.points] == [70000.0, 64500.0, 59000.0, 53000.0]
    assert [p.as_of for p in camp.points] == ["2019-08-12", "2020-09-15", "2021-10-20", "2022-11-08"]
    assert all(p.as_of_basis == "document" for p in camp.points) and camp.rule == "camp_population"


def test_series_sub_count_of_camp_stays_out_of_population() -> None:
    obj = _camp_obj()
    s = "The al-Hol camp holds some 53,000 people, including 30,000 children."
    obj["figures"].append(figure("d3", 9, "children", 30000.0, "people", "30,000 children", s))
    camp = next(x for x in build_picture(obj).series if x.name == "al-Hol camp population")
    assert 30000.0 not in [p.value for p in camp.points]


def test_series_target_linked_to_progress() -> None:
    docs = [doc("a", published="2022-07-13"), doc("b", published="2022-09-20"), doc("c", published="2022-11-30")]
    s1 = "Donors pledged $450 million for stabilization, toward a target of $700 million."
    s2 = "Members have pledged $560 million of the $700 million stabilization goal."
    s3 = "Stabilization pledges reached $640 million, officials said."
    figures = [
        figure("a", 0, "pledges", 4.5e8, "USD", "$450 million", s1),
        figure("a", 1, "target", 7.0e8, "USD", "$700 million", s1),
        figure("b", 0, "pledges", 5.6e8, "USD", "$560 million", s2),
        figure("b", 1, "goal", 7.0e8, "USD", "$700 million", s2),
        figure("c", 0, "pledges", 6.4e8, "USD", "$640 million", s3),
    ]
    (series,) = build_picture(export(docs, figures=figures)).series
    assert series.name == "stabilization pledges (USD)"
    assert [p.value for p in series.points] == [4.5e8, 5.6e8, 6.4e8]
    assert series.target == 7.0e8 and len(series.targets) == 2


def test_series_of_pattern_marks_target_without_flag() -> None:
    s = "Members have pledged $560 million of the $700 million sought."
    obj = export([doc("b")], figures=[figure("b", 0, "pledges", 5.6e8, "USD", "$560 million", s),
                                      figure("b", 1, "money", 7.0e8, "USD", "$700 million", s)])
    (series,) = build_picture(obj).series
    assert [p.value for p in series.points] == [5.6e8] and series.target == 7.0e8


def test_series_repatriations_by_verb_of_the_number_not_of_the_sentence() -> None:
    docs = [doc("a"), doc("b")]
    places = [place(HOL, "al-Hol", "SY", mentions=[("a", "al-Hol camp"), ("b", "al-Hol camp")]),
              place("c:iq", "Iraq", "IQ", precision="country", mentions=[("a", "Iraq"), ("b", "Iraq")])]
    s1 = "Iraq repatriated 150 families from al-Hol camp on Thursday."
    s2 = "The population of al-Hol camp fell to 47,000 people as repatriations to Iraq sped up."
    obj = export(docs, figures=[figure("a", 0, "families", 150.0, "people", "150 families", s1),
                                figure("b", 0, "people", 47000.0, "people", "47,000 people", s2)], places=places)
    names = {s.name: s for s in build_picture(obj).series}
    assert [p.value for p in names["repatriations to Iraq"].points] == [150.0]
    assert [p.value for p in names["al-Hol camp population"].points] == [47000.0]


def test_series_fallback_groups_by_subject_head_and_unit() -> None:
    obj = export([doc("a"), doc("b")], figures=[
        figure("a", 0, "schools", 12.0, "count", "12 schools", "Crews rebuilt 12 schools."),
        figure("b", 0, "new schools", 20.0, "count", "20 new schools", "Crews rebuilt 20 new schools."),
    ])
    (series,) = build_picture(obj).series
    assert series.name == "school (count)" and series.rule == "subject" and len(series.points) == 2


def test_series_helpers() -> None:
    assert subject_head("residents of the camp") == "resident"
    assert subject_head("") == ""
    assert clause("It fell to 47,000 people as returns rose.", "47,000 people") == "It fell to 47,000 people"


def test_series_progress_near_a_drive_target_joins_the_drive() -> None:
    obj = export(
        [doc("a")], [],
        figures=[
            figure("a", 1, "stabilization pledge target", 900e6, "USD", "$900 million",
                    "Donors aim to meet the stabilization pledge target of $900 million.", is_target=True),
            figure("a", 2, "pledges", 700e6, "USD", "$700 million", "So far they have pledged $700 million."),
        ],
    )
    series = {s.name: s for s in build_picture(obj).series}
    drive = next(s for s in series.values() if s.rule == "stabilization_pledges")
    assert [p.value for p in drive.points] == [700e6] and drive.target == 900e6


def test_series_casualty_tolls_are_not_indicator_series() -> None:
    obj = export(
        [doc("a")], [],
        figures=[figure("a", 1, "people", 12, "people", "12 people",
                        "KIRKUK, May 2 (Example Wire) - A bomb killed 12 people at a market in Kirkuk.")],
    )
    assert build_picture(obj).series == []
