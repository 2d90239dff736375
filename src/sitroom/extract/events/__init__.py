"""The ``sitroom_events`` spaCy component: one ``Event`` per real-world event reported in a document.

Reads the sentences, the resolved actors (``doc._.entity_mentions``), places (``doc._.place_mentions``)
and dates (``doc._.timexes``) and assigns ``doc._.events``. Triggers, cues and casualty words live in
``data/events.toml``; ``mentions.py`` reads one sentence (with ``triggers``, ``specific``, ``where``, ``when``,
``who`` and ``tolls`` for the trigger words and the event's attributes), ``link.py`` merges mentions of one event.
"""

from __future__ import annotations

import os
from dataclasses import asdict

from spacy.language import Language
from spacy.tokens import Doc, Span

from sitroom.annotate import extensions
from sitroom.annotate.extensions import doc_sents, doc_text, token_words
from sitroom.extract.events.credit import (
    aircraft_by_demonym,
    arrests_at_home,
    attacker_from_family,
    commands_abroad,
    credit,
    domestic_at_home,
    force_from_article,
    forces_at_home,
    forces_by_demonym,
    forces_own_country,
    home_branches,
    joint_front,
    joint_leads,
    local_groups,
    ministries_to_forces,
    national_forces_last,
    pledges_by_leaders,
    pledges_to_branch,
    repatriations_by_states,
    reporting_bodies,
    states_to_forces,
    strikes_by_flying_partners,
    strikes_to_air_arm,
    successors,
    units_to_national_force,
    units_to_theatre,
)
from sitroom.extract.events.landmarks import landmark_dates
from sitroom.extract.events.learned import event_filter
from sitroom.extract.events.link import (
    absorb_into_main,
    actor_from_article,
    air_arm_operations,
    attacker_from_article,
    before_branch,
    claim_from_article,
    claim_of_previous,
    claim_told,
    country_from_article,
    date_from_article,
    date_from_dateline,
    date_from_report,
    day_from_article,
    day_from_other_event,
    fights_in_attacks,
    headlines_into_story,
    host_from_dateline,
    late_anchored,
    link,
    month_from_report,
    names_claim,
    not_after_report,
    on_loan,
    other_war_hits,
    outside_wars,
    outsider_takeovers,
    placeless_twins,
    raids_of_attacks,
    restated,
    rivals_no_operation,
    series_claim_from_article,
    since_campaign,
    strikes_framed,
    to_event,
    within_campaign,
    without_link_lines,
)
from sitroom.extract.events.mentions import sentence_mentions
from sitroom.extract.events.records import (
    DocIndex,
    EventMention,
    article_groups,
    dominant_group,
    suspected_group,
)
from sitroom.extract.events.syntax import across_border, beside_country, listed_in
from sitroom.extract.events.tolls import (
    add_current_toll,
    add_follow_on_casualties,
    casualties_from_article,
    current_tolls,
    group_tolls_last,
    none_hurt_last,
)
from sitroom.extract.events.vocab import Vocab, vocab
from sitroom.extract.events.when import opens_span, page_year, reported_day, story_days
from sitroom.extract.events.where import clock_aside, destination
from sitroom.extract.spans import doc_id_of
from sitroom.models import Event
from sitroom.resolve.actor_kb import pinned_actor_kb

__all__ = ["EventExtractor", "extract_events", "make_events"]


def extract_events(doc: Doc, words: Vocab | None = None) -> list[Event]:
    """The events of an annotated Doc, in order of first mention."""
    words = words or vocab()
    index = DocIndex(doc, words)
    mentions: list[EventMention] = []
    previous: list[EventMention] = []  # mentions of the sentence before
    eventless: list[Span] = []  # sentences naming no event
    last_attack: EventMention | None = None  # the attack told last, whose toll a later sentence may update
    for sent in doc_sents(doc):
        found = sentence_mentions(sent, index, mentions[-1].type if mentions else None)
        if not found and len(previous) == 1:
            before = (previous[0].killed, previous[0].wounded)
            add_follow_on_casualties(previous[0], sent, words, index)
            after = (previous[0].killed, previous[0].wounded)
            for kind, n, was in zip(("killed", "wounded"), after, before, strict=True):
                if was is None and n is not None:
                    previous[0].follow_on_at[kind] = sent.start_char
        elif not found and last_attack is not None:
            add_current_toll(last_attack, sent, words, index)
        last_attack = next((m for m in reversed(found) if words.types[m.type].perpetrated), last_attack)
        if not found:
            eventless.append(sent)
        mentions.extend(found)
        previous = found
    doc_id = doc_id_of(doc)
    unanchored: list[EventMention] = []
    linked = link(mentions, doc._.reference_date, doc_text(doc), unanchored)
    linked = on_loan(linked, unanchored)  # judged by ``late_anchored`` once credit and the country are lent
    pledges_by_leaders(linked, doc, words.target_group)  # before credit places a pledge at its group's home
    credit(linked, doc, words.target_group)
    linked = restated(linked)
    linked = absorb_into_main(linked, index.target_group_ids, doc._.reference_date)
    linked = fights_in_attacks(linked, words.fights)
    linked = raids_of_attacks(linked)
    actor_from_article(linked)
    aircraft_by_demonym(linked, doc)  # the aircraft a sentence names flew its strike, whoever else it names
    forces_by_demonym(linked, doc)
    force_from_article(linked, doc)
    # a story linked between the paragraphs ("At least 10 soldiers are killed in an ambush, the army says") is
    # no second attack of the article's own
    casualties_from_article(without_link_lines(linked, doc_text(doc)), eventless, index)
    current_tolls(linked)
    none_hurt_last(linked)  # an official "no one was hurt" before the group's own count
    group_tolls_last(linked)
    # (the whole-text claim patterns are run only on an article with a word they all need)
    claim_words = names_claim(doc_text(doc))
    unclaimed = bool(claim_words and words.unclaimed and words.unclaimed.search(doc_text(doc)))
    # ... unless the article names whom it suspects ("no group has claimed it, but police blamed ISKP")
    suspects = (suspected_group(index, words.unclaimed, words.suspicion_words, words.outside_campaign)
                if unclaimed else [])
    attacker_from_article(linked, suspects or article_groups(index) or dominant_group(index),
                          unclaimed and not suspects)
    claim_from_article(linked, claim_words and claim_told(doc, words.claims, words.since_words), unclaimed)
    series_claim_from_article(linked, claim_words and claim_told(doc, words.series_claims, words.since_words),
                              unclaimed, words.target_group)
    if claim_words:
        claim_of_previous(linked, doc, words.claims, words.since_words, unclaimed, words.target_group)
    linked = before_branch(linked, words.branch_years)
    linked = within_campaign(linked, words.outside_campaign,
                             suspects or article_groups(index, words.outside_campaign), doc, index)
    linked = outsider_takeovers(linked, words.outside_campaign)
    attacker_from_family(linked, doc, words.target_group, unclaimed)
    # titles told on their line alone with no day yet: a day the article lends them below is the report's, not the
    # event's (a title the lede told again is the lede's event, dated by the page if by nothing else)
    dayless = frozenset(id(m) for m in linked
                        if m.title and not m.extra_evidence and (m.date is None or len(m.date) < 10))
    text_dated = frozenset(id(m) for m in linked if m.date)  # before the page's or another event's day stands in
    date_from_dateline(linked, index.dateline_dates)
    linked = without_link_lines(linked, doc_text(doc))  # before the article's day stands in for theirs
    day_from_other_event(linked, doc._.reference_date)
    # the times the sentences tell of: not a span's start, nor the day a report was made ("Uzbekistan on May 30
    # announced it had carried out ..."), which is no earlier happening
    named = [tx for tx, tok in index.timexes if not opens_span(tok, words) and not reported_day(tok, words)]
    month_from_report(linked, doc._.reference_date)  # "In late January, the forces said ...": not the page's day
    day_from_article(linked, story_days(index.timexes, words), doc._.reference_date, named)
    date_from_report(linked)  # the day it was reported on, rather than the article's month
    date_from_article(linked, page_year(doc._.reference_date, index.timexes), named)
    linked = not_after_report(linked, doc._.reference_date)
    linked = since_campaign(linked, words.campaign_start_year)
    countryless = {id(m) for m in linked if m.country is None}
    host_from_dateline(linked, index.dateline_places)
    joint_front(linked, doc, index.entities)  # a joint offensive of two states: where the group it fights is based
    domestic_at_home(linked)  # a police or justice body's arrest still unlocated: at home, not where the story is
    # "an attack in Uyyeh, about 50 kilometers from the border with Mali": the country next door, however often
    # named, is not the one the article's unlocated events happened in
    # "two Kenyans ... en route to Yemen to join ISIS": where people were headed is not where the story is
    country_from_article(linked, [pm.place for pm, tok in index.places
                                  if not clock_aside(tok) and not across_border(tok, words)
                                  and not beside_country(pm, tok, words)
                                  and not destination(tok, words)],
                         # (the demonym words' places from the document's word index the trigger finders made,
                         # not a test of every word of the page)
                         [words.demonyms[doc[i].text][0] for i in listed_in(doc[:], words.demonym_forms)
                          if token_words(doc)[i][1] in words.demonym_forms and doc[i].text in words.demonyms],
                         next((pm.place.country for _a, _b, pm in index.dateline_places), None))
    forces_own_country(linked)  # a state force's raid still unlocated: in its own country
    commands_abroad(linked, doc, countryless)  # a state's events abroad only now located: its command there
    force_from_article(linked, doc)  # again, for the events that have only now been given a country
    forces_at_home(linked, doc)  # likewise
    national_forces_last(linked, doc)  # the state's own army, for the strikes and operations no one is named for
    reporting_bodies(linked, doc)  # the police body that announces a raid the sentence gives the army by kind
    strikes_to_air_arm(linked, doc)  # an army's strike: the state's air arm the article names
    units_to_theatre(linked, doc)  # a unit's or a headquarters' operation, in a state that fights by theatre
    units_to_national_force(linked)
    ministries_to_forces(linked)  # a defence ministry's announcement of what its forces did
    joint_leads(linked, doc)  # a joint operation's partner the conventions credit
    strikes_by_flying_partners(linked, doc)  # a partner state's strike the foreign command named beside it flew
    arrests_at_home(linked, doc)  # an arrest lent a foreign state's credit: the arresting state's own
    repatriations_by_states(linked, doc)  # a government's or a ministry's repatriation: the state's
    # once every event has its country and its claim; the page's branches for a country two of them share
    home_branches(linked, words.target_group, doc._.entity_mentions or [], [pm.place for pm, _tok in index.places])
    local_groups(linked, doc, words.target_group)  # once the branch is chosen
    pledges_to_branch(linked, doc, words.target_group, words.outside_campaign)  # likewise
    states_to_forces(linked)  # a state's own raid at home: the force that makes them, before its successor
    successors(linked, doc._.reference_date)  # once every actor is credited and every event dated
    linked = late_anchored(linked)  # once credit and the page's country are lent
    linked = restated(linked, countryless)  # events that have only now been given the article's country
    linked = strikes_framed(linked)  # once every actor is credited and every event located
    air_arm_operations(linked)  # once the operations framing a strike are that strike
    linked = outside_wars(linked)  # once every event has its country
    linked = other_war_hits(linked, index)  # once every actor is final
    linked = rivals_no_operation(linked, words.outside_campaign, words.ruling_groups)  # once every actor is final
    linked = placeless_twins(linked, text_dated)  # once every event is located and credited
    # a title's event with the article's month, told again with its day
    linked = headlines_into_story(linked, doc._.reference_date, dayless)
    # once merged: the recalled attack's own day links nothing more
    landmark_dates(linked, doc._.reference_date, text_dated)
    events = [to_event(m, doc_id) for m in linked]
    # opt-in (SITROOM_EVENT_FILTER=on): it trades recall for precision, see extract/events/learned.py
    learned = event_filter() if os.environ.get("SITROOM_EVENT_FILTER", "off") == "on" else None
    if learned is not None:
        reference = doc._.reference_date
        events = [e for e in events if learned.keeps(asdict(e), reference)]
    return events


class EventExtractor:
    """Pipeline component; the vocabulary is compiled once, when the pipeline is built."""

    def __init__(self) -> None:
        extensions.register()
        self.vocab = vocab()

    def __call__(self, doc: Doc) -> Doc:
        with pinned_actor_kb():  # SITROOM_ACTORS read once for the document, not on each of the rules' look-ups
            doc._.events = extract_events(doc, self.vocab)
        return doc


@Language.factory(
    "sitroom_events",
    requires=["doc.sents", "doc._.entity_mentions", "doc._.place_mentions", "doc._.timexes"],
    assigns=["doc._.events"],
)
def make_events(nlp: Language, name: str) -> EventExtractor:
    return EventExtractor()
