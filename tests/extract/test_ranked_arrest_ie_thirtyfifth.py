"""An arrest noun ranked by an ordinal and subject of its clause ("The third arrest was of ...") tells one arrest of a
list the page tells one by one: a trigger of its own ([types.operation] arrest_ordinals)."""

from sitroom.annotate import build_nlp
from sitroom.extract.events.triggers import find_triggers
from sitroom.extract.events.vocab import vocab

NLP = build_nlp()


def _types(text: str) -> list[str]:
    doc = NLP(text)
    return [t.type for sent in doc.sents for t in find_triggers(sent, vocab())]


def test_ranked_arrest_is_an_operation() -> None:
    assert _types("The second arrest was of a 46-year-old former teacher at the airport on Dec 1.") == ["operation"]


def test_ranked_series_of_arrests_is_an_operation() -> None:
    assert _types("The third series of arrests were of four Indonesians by Esscom on Dec 4 in Sandakan.") == [
        "operation"
    ]


def test_unranked_or_background_arrest_is_not() -> None:
    assert _types("The arrests were a follow-up to earlier work.") == []
    assert _types("He was released after his first arrest.") == []


def test_ranked_arrest_on_arrival_is_not() -> None:
    doc = NLP("The second arrest was made on April 4 at the airport where a suspect was apprehended upon her arrival.")
    heads = [t.head.lemma_ for sent in doc.sents for t in find_triggers(sent, vocab())]
    assert "arrest" not in heads
