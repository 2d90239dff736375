"""Event dates, thirty-fourth session: a sentence opening with "Hours later," or "Shortly after," tells a happening
of the day told last (short sentences written for the tests, or cut from real pages)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.annotate.nlp import make_doc

events = events_dated("2017-04-10")


@pytest.mark.model
def test_hours_later_is_the_day_told_last(nlp: Language) -> None:
    found = events(nlp, "A bomb exploded at a church in Tanta on Sunday, killing 27 people. Hours later, a second "
                        "explosion occurred at the gates of St Mark's Cathedral in Alexandria, killing 17.")
    assert [(e.place, e.date) for e in found] == [("Tanta", "2017-04-09"), ("Alexandria", "2017-04-09")]


@pytest.mark.model
def test_shortly_after_is_the_day_told_last(nlp: Language) -> None:
    found = events_dated("2023-04-20")(
        nlp, "Al-Shabaab fighters ambushed an army convoy near Baidoa on Monday, killing five soldiers. Shortly after, "
             "a landmine explosion in Xabley killed 13 more soldiers.")
    assert [e.date for e in found] == ["2023-04-17", "2023-04-17"]


@pytest.mark.model
def test_minutes_later_with_no_day_told_is_not_the_pages_day(nlp: Language) -> None:
    found = events_dated("2017-09-15")(
        nlp, "Gunmen attacked a restaurant in Nasiriyah. Minutes later, an explosives-packed vehicle rammed a "
             "security checkpoint in the same area, officials said.")
    assert "2017-09-15" not in [e.date for e in found]


@pytest.mark.model
def test_shortly_after_an_event_is_no_time_expression(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "The suspects were arrested shortly after the attack in Mogadishu, and a second bomb "
                            "exploded moments later.", "t", "2023-04-20"))
    assert [t.text for t in doc._.timexes] == []



@pytest.mark.model
def test_a_day_of_mourning_over_an_attack_is_not_its_day(nlp: Language) -> None:
    # iq96: the day of a verb of what comes after an event ([modality] aftermath_verbs) is its own
    found = events_dated("2020-11-22")(
        nlp, "Salahaddin province declared three days of mourning from Sunday over a deadly attack blamed on the "
             "Islamic State group. Late Saturday, a roadside bomb hit a civilian car on an open road north of "
             "Baghdad, police said.")
    assert [(e.type, e.date) for e in found] == [("attack", "2020-11-21")]


def test_the_aftermath_verbs_are_read_from_the_data() -> None:
    from sitroom.extract.events.vocab import vocab

    assert {"investigate", "condemn", "mourn"} <= vocab().aftermath_verbs
