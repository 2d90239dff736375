"""The linking stage's word sets made once per run rather than per claim (extract/events/link)."""

from __future__ import annotations

from sitroom.extract.events.link import _perpetrated_nouns
from sitroom.extract.events.vocab import vocab


def test_perpetrated_event_nouns_are_the_nouns_of_the_perpetrated_types_made_once() -> None:
    types = vocab().types.values()
    assert _perpetrated_nouns() == {n for t in types if t.perpetrated for n in t.nouns}
    assert "attack" in _perpetrated_nouns()
    assert _perpetrated_nouns() is _perpetrated_nouns()
