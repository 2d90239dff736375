"""The learned check on the rules' event candidates (events/learned.py)."""

from __future__ import annotations

import numpy as np

from sitroom.extract.events.learned import EventFilter, event_filter, features
from sitroom.train import fit

# The learned event check: its features, the packaged weights, and the fit.

def _event(**kw: object) -> dict:
    base = {"type": "attack", "trigger": "bombing", "modality": "asserted", "date": "2024-03-22",
            "date_precision": "day", "country": "RU", "place": "Krasnogorsk", "actor": "Islamic State",
            "killed": 137, "wounded": None, "claimed": True,
            "evidence": [{"start": 120, "text": "Gunmen attacked a concert hall on Friday."},
                         {"start": 900, "text": "The group claimed the attack."}]}
    base.update(kw)
    return base


def test_features_describe_what_the_candidate_has() -> None:
    f = features(_event(), "2024-03-24")
    assert f["type=attack"] == 1.0 and f["date=day"] == 1.0 and f["same_year"] == 1.0
    assert f["has_killed"] == 1.0 and f["claimed"] == 1.0 and f["lead"] == 1.0 and f["mentions"] == 0.4
    old = features(_event(date="2015-11", date_precision="month", evidence=[]), "2024-03-24")
    assert old["years_before"] == 0.9 and old["date=month"] == 1.0 and old["single_mention"] == 1.0


def test_filter_probability_is_a_logistic_of_the_weights() -> None:
    flt = EventFilter(weights={"bias": -1.0, "claimed": 2.0}, threshold=0.5, applies_to=frozenset({"attack"}))
    assert flt.probability({"bias": 1.0, "claimed": 1.0}) > 0.5 > flt.probability({"bias": 1.0, "claimed": 0.0})
    assert flt.keeps(_event(claimed=True), None) and not flt.keeps(_event(claimed=False), None)
    assert flt.keeps(_event(type="meeting", claimed=False), None)  # only where it paid


def test_packaged_weights_load_with_a_threshold() -> None:
    flt = event_filter()
    assert flt is not None and 0.0 < flt.threshold < 1.0 and "bias" in flt.weights


def test_fit_is_deterministic_and_separates_a_clear_signal() -> None:
    x = np.array([[1.0, 1.0], [1.0, 1.0], [1.0, 0.0], [1.0, 0.0]] * 25)  # enough data to outweigh the L2 prior
    y = np.array([1.0, 1.0, 0.0, 0.0] * 25)
    w1, w2 = fit(x, y), fit(x, y)
    assert np.array_equal(w1, w2)
    p = 1.0 / (1.0 + np.exp(-(x @ w1)))
    assert p[0] > 0.8 and p[2] < 0.2
