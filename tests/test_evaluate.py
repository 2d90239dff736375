"""`sitroom eval` scoring on a hand-made gold file and export."""

from __future__ import annotations

import json
from pathlib import Path

from sitroom.evaluate import evaluate, event_pairs, names_agree

GOLD = {
    "doc": "a.txt",
    "published": "2024-05-02",
    "events": [
        {"type": "attack", "date": "2024-05", "country": "IQ", "place": "Kirkuk", "actor": "Islamic State",
         "killed": 4, "wounded": None, "claimed": True},
        {"type": "meeting", "date": None, "country": "FR", "place": "Paris", "actor": None,
         "killed": None, "wounded": None, "claimed": False},
    ],
    "figures": [{"value": 250000000, "unit": "USD", "keywords": ["pledg"], "as_of": None}],
    "quotes": [{"speaker": "Jane Example", "starts": "We will stay the course"}],
    "entities": [{"canonical": "Islamic State", "type": "armed_group", "mentions": ["ISIS", "Daesh"]}],
    "places": [{"name": "Kirkuk", "country": "IQ", "lat": 35.47, "lon": 44.39}],
}


def _ev(doc_id: str, text: str) -> list[dict]:
    return [{"doc_id": doc_id, "start": 0, "end": len(text), "text": text}]


EXPORT = {
    "format": "sitroom/1",
    "documents": [{"id": "d1", "source_path": "/x/a.txt", "published": "2024-05-02"}],
    "events": [
        {"id": "e1", "doc_id": "d1", "type": "attack", "date": "2024-05-01", "country": "IQ", "place": "Kirkuk",
         "actor": "Islamic State", "killed": 4, "wounded": None, "claimed": True, "evidence": []},
        {"id": "e2", "doc_id": "d1", "type": "strike", "date": None, "country": "SY", "place": None,
         "actor": None, "killed": None, "wounded": None, "claimed": False, "evidence": []},
    ],
    "figures": [{"id": "f1", "doc_id": "d1", "subject": "pledges", "value": 2.5e8, "unit": "USD",
                 "evidence": _ev("d1", "Donors pledged $250 million.")}],
    "quotes": [{"id": "q1", "doc_id": "d1", "speaker": "Jane Example", "text": "We will stay the course, she said",
                "direct": True}],
    "entities": [{"id": "x", "canonical": "Islamic State", "type": "armed_group",
                  "mentions": [{"text": "ISIS", "doc_id": "d1"}, {"text": "Daesh", "doc_id": "d1"}]}],
    "places": [{"id": "p", "name": "Kirkuk", "country": "IQ", "lat": 35.46, "lon": 44.38,
                "mentions": [{"text": "Kirkuk", "doc_id": "d1"}]}],
}


def test_evaluate_scores_each_metric(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOLD))
    result = evaluate(tmp_path, EXPORT)
    m = result.metrics
    assert m["events.recall"] == 0.5  # the Paris meeting was missed
    assert m["events.precision"] == 0.5  # one of two emitted events matched
    assert m["events.date"] == 1.0 and m["events.killed"] == 1.0 and m["events.claimed"] == 1.0
    assert m["figures.recall"] == 1.0 and m["quotes.recall"] == 1.0 and m["quotes.speaker"] == 1.0
    assert m["entities.merged"] == 1.0 and m["entities.canonical"] == 1.0
    assert m["places.recall"] == 1.0 and m["published"] == 1.0
    assert any("missed event meeting" in line for line in result.misses)


def test_evaluate_missing_document_counts_as_misses(tmp_path: Path) -> None:
    (tmp_path / "a.json").write_text(json.dumps(GOLD))
    result = evaluate(tmp_path, {"documents": [], "events": [], "figures": [], "quotes": [], "entities": [],
                                 "places": []})
    assert result.metrics["events.recall"] == 0.0
    assert result.metrics["published"] == 0.0


def test_evaluate_names_agree_by_tokens() -> None:
    assert names_agree("Myles Caggins", "Col. Myles Caggins III")
    assert not names_agree("John Godfrey", "Godfrey")  # a bare surname is not enough
    assert names_agree("military committee", "the military committee")


def test_evaluate_found_counts_a_missed_event_attribute_as_wrong(tmp_path: Path) -> None:
    gold = {**GOLD, "events": [*GOLD["events"], {**GOLD["events"][0], "place": "Hawija", "killed": 9}]}
    (tmp_path / "a.json").write_text(json.dumps(gold))
    result = evaluate(tmp_path, EXPORT)
    assert result.metrics["events.killed"] == 1.0  # score.py's rate: over the one matched attack
    assert result.found["events.killed"] == 0.5  # over both gold attacks: the second was never found
    assert result.found["events.actor"] == 0.5 and result.found["events.claimed"] == 0.5


def test_event_pairs_names_misses_false_events_and_wrong_attributes() -> None:
    gold = {"events": [
        {"type": "attack", "date": "2024-05-02", "country": "NG", "place": "Dikwa", "actor": "ISWAP", "killed": 6,
         "wounded": None, "claimed": True},
        {"type": "meeting", "date": "2024-09-30", "country": "US", "place": None, "actor": None, "killed": None,
         "wounded": None, "claimed": False},
    ]}
    emitted = [
        {"type": "attack", "date": "2024-05-01", "country": "NG", "place": "Dikwa", "actor": "ISWAP", "killed": 4,
         "claimed": False, "evidence": [{"text": "Gunmen attacked Dikwa."}]},
        {"type": "strike", "date": "2024-05-03", "country": "NG", "evidence": [{"text": "Jets struck a camp."}]},
    ]
    lines = event_pairs(gold, emitted)
    assert lines[0].startswith("DIFF date 2024-05-02/2024-05-01; killed 6/4; claimed True/False")
    assert lines[1].startswith("MISS meeting 2024-09-30 US")
    assert lines[2].startswith("FP   strike 2024-05-03 NG") and "Jets struck a camp." in lines[2]
    assert len(lines) == 3
