"""Attacks missed on Asian, Middle-Eastern and European pages, thirty-seventh session (short sentences written for the
tests, after train pages): a siege told with those who laid it."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2016-01-20")


def _attacks(nlp: Language, text: str) -> list[tuple[str | None, str | None]]:
    return [(e.date, e.place) for e in events(nlp, text) if e.type == "attack"]


@pytest.mark.model
def test_a_siege_counts_with_those_who_laid_it(nlp: Language) -> None:
    lede = "The Maute group is active in Lanao del Sur in the southern Philippines. "
    assert _attacks(nlp, lede + "In May 2015, about 500 militants laid siege on Marawi.") == [("2015-05", "Marawi")]
    told = lede + "He was involved in the May 2015 siege of Marawi by the Maute group."
    assert [d for d, _p in _attacks(nlp, told)] == ["2015-05"]
    # told with no one laying it, the siege is a time or a state
    assert not _attacks(nlp, lede + "He was wounded in the 2015 Marawi siege.")
    assert not _attacks(nlp, lede + "The army broke the siege of Marawi last year.")
