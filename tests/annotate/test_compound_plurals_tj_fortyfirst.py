"""A compound noun's plural the small model reads as a verb ("airstrikes", whose end is the verb "strikes") is
given a plain plural noun's form for the model's features (forty-first session; short sentences written for the
tests): parsed as the noun it is, the strikes are kept; the text and the lower-cased form stay as written."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-03-10")


@pytest.mark.model
def test_the_plural_keeps_its_text_and_reads_as_a_noun(nlp: Language) -> None:
    doc = nlp("Hideouts of the group were destroyed by the coalition airstrikes.")
    plural = next(t for t in doc if t.lower_ == "airstrikes")
    assert (plural.text, plural.lower_) == ("airstrikes", "airstrikes")
    assert plural.tag_ == "NNS" and plural.dep_ == "pobj" and plural.head.lower_ == "by"
    assert [t.norm_ for t in nlp("The militia strikes at night.") if t.lower_ == "strikes"] == ["strikes"]


@pytest.mark.model
def test_the_capitalised_plural_reads_as_a_noun(nlp: Language) -> None:
    doc = nlp("Airstrikes were conducted on four hideouts in Borno at the weekend.")
    assert (doc[0].text, doc[0].tag_) == ("Airstrikes", "NNS")


@pytest.mark.model
def test_strikes_a_past_deed_was_done_by_are_a_strike(nlp: Language) -> None:
    found = events(nlp, "Tunnels and hideouts of the group near Mosul were destroyed by the coalition airstrikes.")
    assert [(e.type, e.country) for e in found] == [("strike", "IQ")]
