"""The figure component (extract/figures.py): figures told twice in a page, headlines, tallies (helper hfig2)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.extract.figures import FigureExtractor
from sitroom.models import Figure

pytestmark = pytest.mark.model


def _figures(bare_nlp: Language, text: str) -> list[Figure]:
    doc = bare_nlp(text)
    doc._.doc_id = "d2"
    doc._.timexes = None
    FigureExtractor()(doc)
    return list(doc._.figures)


def test_figure_told_twice_is_one_record_with_both_mentions(bare_nlp: Language) -> None:
    text = ("Troops killed 15 militants near the border on Monday, the army said.\n"
            "The statement added that 15 ISIS terrorists were killed and weapons were seized.")
    figs = [f for f in _figures(bare_nlp, text) if f.value == 15]
    assert len(figs) == 1
    assert [e.text[:12] for e in figs[0].evidence] == ["Troops kille", "The statemen"]
    assert figs[0].subject == "militants"


def test_same_value_in_other_units_stays_apart(bare_nlp: Language) -> None:
    figs = _figures(bare_nlp, "The coalition carried out 12 strikes that killed 12 fighters.")
    assert sorted(f.unit for f in figs if f.value == 12) == ["people", "strikes"]


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
