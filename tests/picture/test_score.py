"""The picture scorer (pairwise merge precision/recall, purity) and the picture gold's own consistency."""

from __future__ import annotations

import json
import tomllib
from pathlib import Path

import pytest
from tests.picture.builders import doc, entity, event, export, figure, place

from sitroom.evaluate import match_events
from sitroom.picture.score import (
    GoldEntity,
    GoldEvent,
    GoldSeries,
    load_entity_gold,
    load_event_gold,
    load_series_gold,
    pairwise,
    purity,
    score_entities,
    score_merges,
    score_series,
)

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
GOLD = FIXTURES / "picture_gold"
REAL = FIXTURES / "real"
SHARED_GOLD = FIXTURES.parents[2] / "shared" / "gold" / "real"


def test_pairwise_counts_pairs_over_items_both_label() -> None:
    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 3}
    system = {"a": "x", "b": "x", "c": "y", "d": "y", "f": "z"}  # e unseen, f not in gold
    score = pairwise(gold, system)
    # gold pairs among a-d: ab ac bc = 3; system pairs: ab, cd = 2; shared: ab = 1
    assert (score.shared, score.system, score.gold, score.items) == (1, 2, 3, 4)
    assert score.precision == 0.5 and score.recall == pytest.approx(1 / 3)


def test_pairwise_without_pairs_has_no_rate() -> None:
    score = pairwise({"a": 1, "b": 2}, {"a": "x", "b": "y"})
    assert score.precision is None and score.recall is None


def test_purity_weights_clusters_by_size() -> None:
    assert purity({"a": 1, "b": 1, "c": 2, "d": 2}, {"a": "x", "b": "x", "c": "x", "d": "y"}) == 0.75


def test_score_merges_counts_outlets_and_a_second_mention_in_one_article() -> None:
    obj = export([doc("a"), doc("b"), doc("c")], [
        event("a", killed=20), event("a", 1, killed=None, place=None, place_id=None, lat=None, lon=None,
                                     geo="country"),
        event("b", killed=24), event("c", killed=5, place="Mosul", place_id="gn:mosul", lat=36.34, lon=43.13),
    ])
    gold = [
        GoldEvent("Baghdad bombing", ({"doc": "a.txt", "type": "attack", "date": "2022-03-17", "country": "IQ",
                                       "place": "Baghdad", "killed": 20},
                                      {"doc": "b.txt", "type": "attack", "date": "2022-03-17", "country": "IQ",
                                       "place": "Baghdad", "killed": 24})),
        GoldEvent("Mosul attack", ({"doc": "c.txt", "type": "attack", "date": "2022-03-17", "country": "IQ",
                                    "place": "Mosul"},)),
    ]
    score = score_merges(gold, obj, match_events)
    # Three reports of the Baghdad bombing (one of them its article's second mention): 3 pairs, all merged.
    assert (score.items, score.gold, score.system, score.shared) == (4, 3, 3, 3)
    assert score.precision == score.recall == 1.0


def test_score_entities_finds_a_camp_listed_as_a_person() -> None:
    obj = export([doc("a"), doc("b")], entities=[
        entity("h1", "al-Hol camp", "facility", [("a", "al-Hol camp")], doc_id="a"),
        entity("h2", "Hol Camp Following", "person", [("b", "Al-Hol")], doc_id="b"),
    ])
    gold = [GoldEntity("Al-Hol camp", "facility", (("a.txt", ("al-Hol camp",)), ("b.txt", ("Al-Hol",))))]
    score = score_entities(gold, obj)
    assert score.places_as_persons == ["b.txt: Hol Camp Following"] and score.split == ["Al-Hol camp"]
    assert score.pairs.recall == 0.0


def _frozen_test_pages() -> set[str]:
    split = tomllib.loads((REAL / "split.toml").read_text(encoding="utf-8"))
    return {f"{stem}.txt" for stem in split["test"]}


def test_picture_gold_never_uses_the_frozen_test_part() -> None:
    frozen = _frozen_test_pages()
    events = {r["doc"] for e in load_event_gold(GOLD / "events.toml") for r in e.reports}
    entities = {d for e in load_entity_gold(GOLD / "entities.toml") for d, _ in e.mentions}
    series = {d for s in load_series_gold(GOLD / "series.toml") for d, _, _ in s.points}
    assert events and entities and series and not (events | entities | series) & frozen
    pages = tomllib.loads((GOLD / "pages.toml").read_text(encoding="utf-8"))["train"]
    assert pages and not {f"{stem}.txt" for stem in pages} & frozen


def test_score_series_keeps_series_of_gold_points_and_counts_the_rest_as_noise() -> None:
    camp = "The camp now holds around {} people, officials said."
    gold = [GoldSeries("population of al-Hol camp", "camp_population", "people",
                       (("a.txt", 37000.0, "2022-03-18"), ("b.txt", 38000.0, "2022-03"), ("c.txt", 40000.0, None)))]
    figures = [figure("a", 0, "people", 37000, "people", "around 37,000", "Al-Hol " + camp.format("37,000")),
               figure("b", 0, "people", 38000, "people", "around 38,000", "Al-Hol " + camp.format("38,000")),
               figure("a", 1, "troops", 900, "troops", "roughly 900", "The US has roughly 900 troops in Syria.")]
    places = [place("c:us", "US", "US", precision="country", mentions=[("a", "US")]),
              place("c:sy", "Syria", "SY", precision="country", mentions=[("a", "Syria")])]
    score = score_series(gold, export([doc("a"), doc("b")], figures=figures, places=places))
    assert (score.series, score.kept, score.noise) == (2, 1, ["American troops in Syria (troops)"])
    assert score.precision == 0.5 and score.point_recall == 2 / 3 and score.missed == [
        "population of al-Hol camp: c.txt 40000"]
    # Both points are dated to their page (2022-03-18): right for a, too precise for b's month.
    assert score.as_of == 0.5


def test_picture_gold_reports_are_the_per_document_gold_events_they_name() -> None:
    """Each report copied from a per-document gold file says what that file says, and each is used once."""
    seen: set[str] = set()
    for event_ in load_event_gold(GOLD / "events.toml"):
        for report in event_.reports:
            if "gold" not in report:
                continue
            stem, _, index = str(report["gold"]).partition("#")
            path = REAL / "gold" / f"{stem}.json"
            if not path.exists():
                path = SHARED_GOLD / f"{stem}.json"
                if not path.exists():
                    continue  # the shared set is absent on this machine
            gold = json.loads(path.read_text(encoding="utf-8"))["events"][int(index)]
            assert report["gold"] not in seen
            seen.add(report["gold"])
            for key in ("type", "date", "country", "place", "killed"):
                assert report.get(key) == (gold.get(key) or None), (report["gold"], key)
    assert len(seen) > 200


def test_picture_gold_entities_name_at_least_two_pages_each() -> None:
    for ent in load_entity_gold(GOLD / "entities.toml"):
        assert len({d for d, _ in ent.mentions}) >= 2 and all(forms for _, forms in ent.mentions), ent.name


def test_a_malformed_picture_gold_file_is_an_e510_naming_it(tmp_path: Path) -> None:
    from sitroom.errors import SitroomError

    bad = tmp_path / "events.toml"
    bad.write_text('[[event]]\nname = "x"\nreports = [{ doc = "a.txt", typo = "attack" }]\n', encoding="utf-8")
    with pytest.raises(SitroomError) as err:
        load_event_gold(bad)
    assert err.value.code == "E510" and str(bad) in str(err.value)
    empty = tmp_path / "entities.toml"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(SitroomError, match="E510"):
        load_entity_gold(empty)
