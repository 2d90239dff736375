"""Event merging rules on hand-built export dicts."""

from __future__ import annotations

from tests.picture.builders import doc, event, export, figure, place

from sitroom.picture import build_picture


def _three_outlets() -> dict:
    docs = [doc("a", "Levant Wire", "2022-03-17"), doc("b", "Gulf Courier", "2022-03-18"),
            doc("c", "Iraqi Ministry of Interior", "2022-03-18", url="https://moi.gov.iq/x"),
            doc("d", "Tigris Daily", "2022-03-19")]
    events = [event("a", killed=28), event("b", killed=32, date="2022-03-18"), event("c", killed=30),
              event("d", killed=35, actor=None, actor_id=None)]
    return export(docs, events)


def test_events_same_event_from_four_outlets_is_one_with_every_source() -> None:
    picture = build_picture(_three_outlets())
    assert len(picture.events) == 1
    merged = picture.events[0]
    assert sorted(s.doc_id for s in merged.sources) == ["a", "b", "c", "d"]
    assert merged.date == "2022-03-17" and merged.time_precision == 1 and merged.geo_precision_code == 1


def test_events_conflicting_tolls_are_summarised_never_overwritten() -> None:
    killed = build_picture(_three_outlets()).events[0].killed
    assert killed is not None
    assert (killed.low, killed.high) == (28, 35)
    # The ministry is an official source: its figure is the best estimate.
    assert killed.best == 30 and killed.basis == "official"
    assert {(s.doc_id, s.value) for s in killed.by_source} == {("a", 28), ("b", 32), ("c", 30), ("d", 35)}


def test_events_best_is_lower_median_without_official_source() -> None:
    obj = export([doc("a"), doc("b"), doc("c"), doc("d")],
                 [event("a", killed=4), event("b", killed=7), event("c", killed=5), event("d", killed=6)])
    killed = build_picture(obj).events[0].killed
    assert killed is not None and killed.best == 5 and killed.basis == "median"


def test_events_day_tolerance_is_one_day_for_attacks() -> None:
    obj = export([doc("a"), doc("b")], [event("a", date="2022-03-17"), event("b", date="2022-03-19")])
    assert len(build_picture(obj).events) == 2


def test_events_month_precision_joins_a_day_in_that_month_only() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a", date="2022-06-08", type="strike"),
        event("b", date="2022-06", precision="month", type="strike"),
        event("c", date="2022-07-01", precision="day", type="strike"),
    ])
    picture = build_picture(obj)
    assert len(picture.events) == 2
    june = next(e for e in picture.events if e.date == "2022-06-08")
    assert {s.doc_id for s in june.sources} == {"a", "b"} and june.date_precision == "day"


def test_events_year_precision_attack_stays_alone() -> None:
    obj = export([doc("a"), doc("b")], [event("a"), event("b", date="2022", precision="year")])
    assert len(build_picture(obj).events) == 2


def test_events_country_only_report_nests_in_a_town_report() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a"),
        event("b", place=None, place_id=None, lat=None, lon=None, geo="country"),
        event("c", place=None, place_id=None, lat=None, lon=None, geo="country", country="SY"),
    ])
    picture = build_picture(obj)
    assert sorted(len(e.sources) for e in picture.events) == [1, 2]
    merged = next(e for e in picture.events if len(e.sources) == 2)
    assert merged.place == "Baghdad" and merged.geo_precision == "point"


def test_events_province_contains_its_town() -> None:
    places = [place("gn:1", "Kirkuk", "IQ"), place("p:ki", "Kirkuk Governorate", "IQ", precision="province")]
    obj = export([doc("a"), doc("b")], [
        event("a", place="Kirkuk", place_id="gn:1", lat=35.47, lon=44.39),
        event("b", place="Kirkuk Governorate", place_id="p:ki", lat=None, lon=None, geo="province"),
    ], places=places)
    assert len(build_picture(obj).events) == 1


def test_events_nearby_points_merge_distant_ones_do_not() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a", place="Town", place_id="gn:1", lat=33.34, lon=44.40),
        event("b", place="Suburb", place_id="gn:2", lat=33.40, lon=44.45),  # ~8 km
        event("c", place="Far", place_id="gn:3", lat=36.34, lon=43.13),  # Mosul, ~340 km
    ])
    assert sorted(len(e.sources) for e in build_picture(obj).events) == [1, 2]


def test_events_different_actors_or_types_stay_apart() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a"), event("b", actor="Other Group", actor_id="other"), event("c", type="strike"),
    ])
    assert len(build_picture(obj).events) == 3


def test_events_denied_report_does_not_merge_with_asserted() -> None:
    obj = export([doc("a"), doc("b")], [event("a"), event("b", modality="denied")])
    assert len(build_picture(obj).events) == 2


def test_events_merged_id_is_deterministic_and_order_free() -> None:
    obj = _three_outlets()
    first = build_picture(obj).events[0].id
    obj["events"].reverse()
    assert build_picture(obj).events[0].id == first


def test_events_undated_report_joins_the_one_dated_event_at_the_same_place() -> None:
    obj = export([doc("a", published="2022-03-18"), doc("b", published=None)],
                 [event("a", type="meeting", date="2022-03-14"),
                  event("b", type="meeting", date=None, precision=None)])
    obj["documents"][1]["reference_date"] = "2022"
    merged = build_picture(obj).events
    assert len(merged) == 1 and sorted(s.doc_id for s in merged[0].sources) == ["a", "b"]


def test_events_undated_report_outside_its_document_year_stays_apart() -> None:
    obj = export([doc("a", published="2022-03-18"), doc("b", published="2019-05-01")],
                 [event("a", type="meeting", date="2022-03-14"),
                  event("b", type="meeting", date=None, precision=None)])
    assert len(build_picture(obj).events) == 2


def _crocus(actor: str, actor_id: str, doc_id: str, date: str | None, precision: str | None,
            place: str | None, killed: int) -> dict:
    return event(doc_id, date=date, precision=precision, country="RU", place=place,
                 place_id="gn:crocus" if place else None, lat=55.82 if place else None, lon=37.39 if place else None,
                 geo="point" if place else "country", actor=actor, actor_id=actor_id, killed=killed)


def test_events_a_branch_and_its_parent_credited_with_one_attack_merge() -> None:
    # Real reporting of Crocus City Hall: "Islamic State" on the day, "ISIS-K" (month, country only) later.
    obj = export([doc("a", published="2024-03-23"), doc("b", published="2024-03-30")], [
        _crocus("Islamic State", "is", "a", "2024-03-22", "day", "Crocus City Hall", 143),
        _crocus("ISIS-K", "iskp", "b", "2024-03", "month", None, 145),
    ])
    (merged,) = build_picture(obj).events
    assert merged.place == "Crocus City Hall" and merged.killed is not None
    assert (merged.killed.low, merged.killed.high) == (143, 145)  # the sources disagree, both kept


def test_events_two_different_branches_stay_apart() -> None:
    obj = export([doc("a"), doc("b")], [
        _crocus("ISIS-K", "iskp", "a", "2024-03-22", "day", "Crocus City Hall", 143),
        _crocus("ISWAP", "iswap", "b", "2024-03-22", "day", "Crocus City Hall", 143),
    ])
    assert len(build_picture(obj).events) == 2


# --- real reporting (issue 9): granularity, one article's two events, vague reports that clearly refer


def test_events_moscow_krasnogorsk_and_the_hall_are_one_attack_with_every_toll() -> None:
    # Outlets place Crocus City Hall at "Moscow", "Krasnogorsk" or the hall itself, date it to the day or
    # the month, and count 40, 137 or 143 dead: one attack, every toll kept.
    places = [place("gn:moscow", "Moscow", "RU", lat=55.752, lon=37.618),
              place("gn:krasnogorsk", "Krasnogorsk", "RU", lat=55.82, lon=37.33),
              place("p:crocus", "Crocus City Hall", "RU", lat=55.826, lon=37.389)]
    docs = [doc("a", published="2024-03-22"), doc("b", published="2024-03-24"), doc("c", published="2024-04-01")]
    obj = export(docs, [
        event("a", date="2024-03-22", country="RU", place="Moscow", place_id="gn:moscow", lat=55.752, lon=37.618,
              killed=40),
        event("b", date="2024-03-22", country="RU", place="Krasnogorsk", place_id="gn:krasnogorsk", lat=55.82,
              lon=37.33, killed=137, actor=None, actor_id=None),
        event("c", date="2024-03", precision="month", country="RU", place="Crocus City Hall",
              place_id="p:crocus", lat=55.826, lon=37.389, killed=143),
    ], places=places)
    (merged,) = build_picture(obj).events
    assert merged.killed is not None and (merged.killed.low, merged.killed.best, merged.killed.high) == (40, 137, 143)
    assert merged.date == "2024-03-22" and {s.doc_id for s in merged.sources} == {"a", "b", "c"}


def test_events_two_attacks_on_one_day_in_one_country_stay_apart() -> None:
    # Burkina Faso, 24 December 2019: Arbinda and a base ~90 km away, reported by the same outlets.
    obj = export([doc("a"), doc("b")], [
        event("a", date="2019-12-24", country="BF", place="Arbinda", place_id="gn:arbinda", lat=13.88, lon=-1.35,
              killed=35),
        event("a", 1, date="2019-12-24", country="BF", place="Hallele", place_id="gn:hallele", lat=14.20,
              lon=-0.60, killed=7),
        event("b", date="2019-12-24", country="BF", place="Arbinda", place_id="gn:arbinda", lat=13.88, lon=-1.35,
              killed=42),
    ])
    merged = build_picture(obj).events
    assert sorted(len(e.sources) for e in merged) == [1, 2]
    arbinda = next(e for e in merged if len(e.sources) == 2)
    assert arbinda.place == "Arbinda" and {s.doc_id for s in arbinda.sources} == {"a", "b"}


def test_events_one_article_two_days_are_two_attacks() -> None:
    # "Late Saturday, seven people were killed ... A second assault took place early Sunday near Oicha."
    obj = export([doc("a")], [
        event("a", date="2020-11-07", country="CD", place=None, place_id=None, lat=None, lon=None, geo="country"),
        event("a", 1, date="2020-11-08", country="CD", place=None, place_id=None, lat=None, lon=None, geo="country"),
    ])
    assert len(build_picture(obj).events) == 2


def test_events_one_article_two_tolls_are_two_attacks_unless_revised() -> None:
    apart = export([doc("a")], [event("a", killed=35), event("a", 1, killed=3)])
    assert len(build_picture(apart).events) == 2
    revised = export([doc("a")], [
        event("a", killed=14),
        event("a", 1, killed=19, sentence="The health ministry raised the death toll to 19, up from 14."),
    ])
    (merged,) = build_picture(revised).events
    assert merged.killed is not None and (merged.killed.low, merged.killed.high) == (19, 19)  # one source, its largest


def test_events_one_article_mentioning_one_attack_twice_is_one_event() -> None:
    obj = export([doc("a")], [event("a", killed=20), event("a", 1, killed=None, place=None, place_id=None, lat=None,
                                                          lon=None, geo="country")])
    (merged,) = build_picture(obj).events
    assert len(merged.sources) == 2 and merged.place == "Baghdad"


def test_events_year_only_report_joins_the_one_attack_at_its_place_with_its_toll() -> None:
    # "a terror attack on a church in Jolo, the Philippines, in 2019 that killed more than 20 people"
    obj = export([doc("a", published="2019-01-28"), doc("b", published="2021-03-30")], [
        event("a", date="2019-01-27", country="PH", place="Jolo", place_id="gn:jolo", killed=20),
        event("b", date="2019", precision="year", country="PH", place="Jolo", place_id="gn:jolo", killed=21,
              actor=None, actor_id=None),
    ])
    (merged,) = build_picture(obj).events
    assert merged.date == "2019-01-27" and len(merged.sources) == 2


def test_events_year_only_report_stays_apart_when_two_attacks_could_be_it() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a", date="2019-01-27", place_id="gn:jolo", killed=20),
        event("b", date="2019-06-28", place_id="gn:jolo", killed=22),
        event("c", date="2019", precision="year", place_id="gn:jolo", killed=21),
    ])
    assert len(build_picture(obj).events) == 3


def test_events_undated_country_only_report_joins_the_recent_attack_with_its_toll() -> None:
    base = dict(date=None, precision=None, country="IR", place=None, place_id=None, lat=None, lon=None,
                geo="country")
    obj = export([doc("a", published="2024-01-04"), doc("b", published="2024-01-10")], [
        event("a", date="2024-01-03", country="IR", place="Kerman", place_id="gn:kerman", killed=84),
        event("b", killed=89, **base),  # type: ignore[arg-type]
    ])
    assert len(build_picture(obj).events) == 1
    # Without a toll to agree on, "an attack in Iran" could be any attack: it stays visible on its own.
    obj["events"][1]["killed"] = None
    assert len(build_picture(obj).events) == 2
    # Months later it is another attack.
    obj["events"][1]["killed"] = 89
    obj["documents"][1]["published"] = obj["documents"][1]["reference_date"] = "2024-06-10"
    assert len(build_picture(obj).events) == 2


def test_events_one_article_naming_the_district_then_the_town_is_one_attack() -> None:
    # "41 people were killed in a Friday night attack on a school in Kasese" ... "the June 16 attack on
    # Lhubirira Secondary School in Mpondwe" (Mpondwe lies 43 km from Kasese town, in Kasese district).
    kasese = dict(country="UG", place="Kasese", place_id="gn:kasese", lat=0.183, lon=30.083)
    mpondwe = dict(country="UG", place="Mpondwe", place_id="gn:mpondwe", lat=0.040, lon=29.725)
    obj = export([doc("a")], [event("a", date="2023-06-16", killed=41, actor=None, actor_id=None, **kasese),
                              event("a", 1, date="2023-06-16", actor="ADF", actor_id="adf", **mpondwe)])
    (merged,) = build_picture(obj).events
    assert len(merged.sources) == 2
    # Two articles are two outlets: 43 km apart is two places for them.
    obj = export([doc("a"), doc("b")], [event("a", date="2023-06-16", killed=41, **kasese),
                                        event("b", date="2023-06-16", killed=41, **mpondwe)])
    assert len(build_picture(obj).events) == 2
    # The next day, or another toll, is another attack even in one article.
    obj = export([doc("a")], [event("a", date="2023-06-16", killed=41, **kasese),
                              event("a", 1, date="2023-06-16", killed=3, **mpondwe)])
    assert len(build_picture(obj).events) == 2


def test_events_one_article_two_headcounts_are_two_repatriations() -> None:
    sent = "Kurdish authorities on Monday started sending home 800 Syrian women and children."
    orphans = "They also handed over five Norwegian orphans who had been stranded in the same camp."
    leaving = "\"800 civilians have started leaving the camp aboard buses,\" said an official."
    camp = dict(type="repatriation", country="SY", place="al-Hol", place_id="p:hol", lat=36.38, lon=41.15)
    obj = export(
        [doc("a")],
        [event("a", date="2019-06-03", sentence=sent, **camp),
         event("a", 1, date="2019-06", precision="month", sentence=orphans, **camp),
         event("a", 2, date="2019-06", precision="month", actor=None, actor_id=None, sentence=leaving, **camp)],
        figures=[figure("a", 0, "Syrian women", 800, "people", "800", sent),
                 figure("a", 1, "Norwegian orphans", 5, "people", "five", orphans),
                 figure("a", 2, "civilians", 800, "people", "800", leaving)],
    )
    merged = build_picture(obj).events
    assert sorted(len(e.sources) for e in merged) == [1, 2]
    eight_hundred = next(e for e in merged if len(e.sources) == 2)
    assert {s.trigger for s in eight_hundred.sources} == {"struck"} and eight_hundred.date == "2019-06-03"
    # Attacks are told apart by tolls, not by the people a sentence counts.
    for e in obj["events"]:
        e["type"] = "attack"
    assert len(build_picture(obj).events) == 1


def test_events_undated_report_at_a_town_joins_the_country_level_attack_with_its_toll() -> None:
    # An undated page: "gunmen opened fire at a shrine in the southern city of Shiraz, killing at least 15";
    # a dated one: "on 26 October 2022 ... 13 people were killed" in Iran, no town named.
    shiraz = dict(date=None, precision=None, country="IR", place="Shiraz", place_id="gn:shiraz", lat=29.61,
                  lon=52.53)
    iran = dict(country="IR", place=None, place_id=None, lat=None, lon=None, geo="country")
    obj = export([doc("a", published=None), doc("b", published="2023-08-13")],
                 [event("a", killed=15, **shiraz), event("b", date="2022-10-26", killed=13, **iran)])
    (merged,) = build_picture(obj).events
    assert merged.place == "Shiraz" and merged.date == "2022-10-26"
    # No toll to agree on, or a toll far from it: it stays on its own.
    obj["events"][0]["killed"] = None
    assert len(build_picture(obj).events) == 2
    obj["events"][0]["killed"] = 40
    assert len(build_picture(obj).events) == 2
    # Two attacks in the country it could be: ambiguity keeps it apart.
    obj["events"][0]["killed"] = 15
    obj["events"].append(event("b", 1, date="2023-08-13", killed=14, **iran))
    assert len(build_picture(obj).events) == 3
    # Another town of the country names another place.
    obj["events"].pop()
    obj["events"][1].update(place="Kerman", place_id="gn:kerman", lat=30.28, lon=57.08,
                        geo_precision="point")
    assert len(build_picture(obj).events) == 2


def test_events_a_province_contains_a_town_whose_code_is_geonames_own() -> None:
    # "attacked a checkpoint in Deir ez-Zor province" (ISO 3166-2 "SY-DY") and "the ambush near al-Busayrah"
    # (GeoNames' "SY.07", 18 km from the province's centre) on one day are one attack
    places = [place("p:dy", "Deir ez-Zor Governorate", "SY", precision="province", admin1="SY-DY", lat=35.0, lon=40.5),
              place("gn:1", "Al Busayrah", "SY", admin1="SY.07", lat=35.16, lon=40.43)]
    obj = export([doc("a"), doc("b")], [
        event("a", country="SY", place="Deir ez-Zor Governorate", place_id="p:dy", lat=35.0, lon=40.5,
              geo="province"),
        event("b", country="SY", place="Al Busayrah", place_id="gn:1", lat=35.16, lon=40.43),
    ], places=places)
    assert len(build_picture(obj).events) == 1


def test_events_two_towns_of_one_province_on_one_day_stay_apart() -> None:
    # Al Busayrah and Hajin (~60 km apart, both in Deir ez-Zor): two attacks, whatever a province report joins
    places = [place("p:dy", "Deir ez-Zor Governorate", "SY", precision="province", admin1="SY-DY", lat=35.0, lon=40.5),
              place("gn:1", "Al Busayrah", "SY", admin1="SY.07", lat=35.16, lon=40.43),
              place("gn:2", "Hajin", "SY", admin1="SY.07", lat=34.69, lon=40.83)]
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a", country="SY", place="Al Busayrah", place_id="gn:1", lat=35.16, lon=40.43),
        event("b", country="SY", place="Hajin", place_id="gn:2", lat=34.69, lon=40.83),
        event("c", country="SY", place="Deir ez-Zor Governorate", place_id="p:dy", lat=35.0, lon=40.5,
              geo="province"),
    ], places=places)
    assert sorted(len(e.sources) for e in build_picture(obj).events) == [1, 2]


def test_events_a_province_does_not_contain_a_town_of_another_iso_code_or_far_from_its_centre() -> None:
    places = [place("p:dy", "Deir ez-Zor Governorate", "SY", precision="province", admin1="SY-DY", lat=35.0, lon=40.5),
              place("gn:3", "Raqqa", "SY", admin1="SY-RA", lat=35.95, lon=39.01),
              place("gn:4", "Homs", "SY", admin1="SY.11", lat=34.73, lon=36.71)]
    province = event("c", country="SY", place="Deir ez-Zor Governorate", place_id="p:dy", lat=35.0, lon=40.5,
                     geo="province")
    for town in (event("a", country="SY", place="Raqqa", place_id="gn:3", lat=35.95, lon=39.01),
                 event("a", country="SY", place="Homs", place_id="gn:4", lat=34.73, lon=36.71)):
        assert len(build_picture(export([doc("a"), doc("c")], [town, province], places=places)).events) == 2


def test_events_an_episode_told_by_its_month_at_the_province_joins_its_day_at_a_town() -> None:
    # "the group was behind the attacks in Deir ez-Zor province in March" and "the ambush near al-Busayrah on
    # 2 March": the episode a report tells as one and the part another outlet tells are one event
    places = [place("p:dy", "Deir ez-Zor Governorate", "SY", precision="province", admin1="SY-DY", lat=35.0, lon=40.5),
              place("gn:1", "Al Busayrah", "SY", admin1="SY.07", lat=35.16, lon=40.43)]
    obj = export([doc("a"), doc("b")], [
        event("a", country="SY", date="2025-03", precision="month", place="Deir ez-Zor Governorate", place_id="p:dy",
              lat=35.0, lon=40.5, geo="province"),
        event("b", country="SY", date="2025-03-02", place="Al Busayrah", place_id="gn:1", lat=35.16, lon=40.43),
    ], places=places)
    merged = build_picture(obj).events
    assert len(merged) == 1 and merged[0].place == "Al Busayrah" and merged[0].date == "2025-03-02"
