"""Mentions with no anchor of their own (events/link.py ``on_loan``, ``late_anchored``): on a page that tells no
anchored event, the first bare mention of each type a force makes waits for the anchors the page lends after linking
(its force credit, its one country) and is kept only if both were lent."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.extract.events.link import late_anchored, link, on_loan
from sitroom.extract.events.records import Actor, EventMention

ARMY = Actor("Somali National Army", "entity:army", "armed_group", kb_id="somali_national_army")

events_on_2025_09_10 = events_dated("2025-09-10")


def bare(type_: str = "operation", start: int = 0) -> EventMention:
    """ "Security forces arrested two suspects": no day, place, named doer or firm country."""
    return EventMention(type=type_, trigger="arrested", start=start, end=start + 8, sent_start=start,
                        sent_end=start + 40, sent_text="Security forces arrested two suspects.")


def test_link_hands_back_the_mentions_it_could_not_anchor() -> None:
    unanchored: list[EventMention] = []
    m = bare()
    assert link([m], "2020-07-15", None, unanchored) == []
    assert unanchored == [m]


def test_the_first_bare_mention_of_each_force_s_type_is_lent_the_page_s_anchors() -> None:
    first, second, strike = bare(start=0), bare(start=100), bare("strike", 200)
    assert on_loan([], [first, second, strike]) == [first, strike]
    assert first.on_loan and strike.on_loan and not second.on_loan


def test_a_bare_attack_is_not_lent_the_page_s_group() -> None:
    assert on_loan([], [bare("attack")]) == []


def test_a_page_with_an_anchored_event_lends_nothing() -> None:
    told = bare("strike", start=50)
    told.country = "SO"
    assert on_loan([told], [bare(start=0)]) == [told]


def test_a_mention_not_told_as_happened_is_not_lent() -> None:
    m = bare()
    m.modality = "denied"
    assert on_loan([], [m]) == []


def test_a_lent_mention_stays_only_with_a_doer_and_a_country() -> None:
    credited, placeless, doerless = bare(start=0), bare("strike", 10), bare("withdrawal", 20)
    for m in (credited, placeless, doerless):
        m.on_loan = True
    credited.actor, credited.country = ARMY, "SO"
    placeless.actor = ARMY
    doerless.country = "SO"
    firm = bare("meeting", 30)  # not lent: judged by nothing here
    assert late_anchored([credited, placeless, doerless, firm]) == [credited, firm]


@pytest.mark.model
def test_a_bare_arrest_by_security_forces_takes_the_page_s_force_and_country(nlp: Language) -> None:
    found = events_on_2025_09_10(
        nlp, "Puntland authorities announced on Tuesday that security forces arrested two suspected members of "
             "the Islamic State group.")
    assert [(e.type, e.country) for e in found] == [("operation", "SO")]
    assert found[0].actor is not None
