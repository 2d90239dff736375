"""The picture quality gate: merges, cross-document entities and indicator series on real pages stay at or
above their floors (tests/quality_floors.toml, [picture]), scored against tests/fixtures/picture_gold."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path
from typing import Any

import pytest

from sitroom.evaluate import match_events
from sitroom.jobs import prepare_documents
from sitroom.picture import picture_input
from sitroom.picture.entities import resolve_entities
from sitroom.picture.kinds import kinds
from sitroom.picture.score import (
    load_entity_gold,
    load_event_gold,
    load_series_gold,
    score_entities,
    score_merges,
    score_series,
)
from sitroom.picture.series import build_series
from sitroom.pipeline import process_parallel

TESTS = Path(__file__).resolve().parents[1]
ROOT = TESTS.parent
REAL = TESTS / "fixtures" / "real"
GOLD = TESTS / "fixtures" / "picture_gold"
SHARED_REAL = ROOT.parent / "shared" / "corpus" / "real"
EXAMPLES = ROOT / "examples" / "corpus"
FLOORS = tomllib.loads((TESTS / "quality_floors.toml").read_text(encoding="utf-8"))["picture"]

pytestmark = [
    pytest.mark.model,
    pytest.mark.skipif(not SHARED_REAL.is_dir(), reason="shared real set not present"),
]


@pytest.fixture(scope="module")
def gold_pages_input() -> dict[str, Any]:
    """The picture input of the pages the gold was made on (never the frozen test part)."""
    train = tomllib.loads((GOLD / "pages.toml").read_text(encoding="utf-8"))["train"]
    paths = [str(REAL / "corpus" / f"{stem}.txt") for stem in train]
    paths += sorted(str(p) for p in SHARED_REAL.glob("*.txt"))
    paths += sorted(str(p) for p in EXAMPLES.iterdir() if p.is_file() and not p.name.endswith(".meta.json"))
    return picture_input(process_parallel(prepare_documents(paths).documents))


def _below(values: dict[str, float | None], prefix: str) -> dict[str, tuple[float | None, float]]:
    return {m: (values.get(m.removeprefix(prefix)), floor) for m, floor in FLOORS.items()
            if m.startswith(prefix) and (values.get(m.removeprefix(prefix)) or 0.0) < floor}


def test_picture_gate_merges_meet_floors(gold_pages_input: dict[str, Any]) -> None:
    score = score_merges(load_event_gold(GOLD / "events.toml"), gold_pages_input, match_events)
    below = _below(score.as_dict(), "merge.")
    assert not below, f"below floor (got, floor): {below}; {score.as_dict()}"


def test_picture_gate_entities_meet_floors_and_no_place_is_a_person(gold_pages_input: dict[str, Any]) -> None:
    score = score_entities(load_entity_gold(GOLD / "entities.toml"), gold_pages_input)
    below = _below(score.as_dict(), "entities.")
    assert not below, f"below floor (got, floor): {below}; split: {score.split}"
    assert score.places and not score.places_as_persons


def test_picture_gate_series_meet_floors(gold_pages_input: dict[str, Any]) -> None:
    score = score_series(load_series_gold(GOLD / "series.toml"), gold_pages_input)
    below = _below(score.as_dict(), "series.")
    assert not below, f"below floor (got, floor): {below}; noise: {score.noise}; missed: {score.missed}"


def test_picture_series_on_real_pages_are_never_named_by_a_stop_word_pronoun_or_stray_token(
        gold_pages_input: dict[str, Any]) -> None:
    # The noise: "is (people)", "from (km)", "mm (count)", "Kirkuk are (percent)". Every name is a
    # kind's template whose slots hold a name (capitalised words), none of them a stop word or pronoun.
    from spacy.lang.en.stop_words import STOP_WORDS

    pronouns = {"i", "you", "he", "she", "it", "we", "they", "me", "him", "her", "us", "them", "this", "that",
                "these", "those", "who", "which", "its", "their", "his", "our"}
    templates = [t for k in kinds() for t in (k.name, k.cumulative_name) if t]
    slot = r"([A-Z][\w'’./ -]*|al-Hol)"
    pattern = re.compile("|".join("^" + re.sub(r"\\\{\w+\\\}", lambda _: slot, re.escape(t)) + "$" for t in templates))
    series = build_series(gold_pages_input, resolve_entities(gold_pages_input))
    assert series
    for s in series:
        m = pattern.match(s.name)
        assert m, f"not a kind's name: {s.name!r}"
        for filled in (g for g in m.groups() if g):
            words = [w.casefold() for w in re.findall(r"[\w’']+", filled)]
            assert words and not all(w in STOP_WORDS or w in pronouns for w in words), (s.name, filled)
            assert filled.casefold() not in STOP_WORDS | pronouns and len(filled) > 2, (s.name, filled)
