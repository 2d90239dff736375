"""Same-event linking: the mentions of one real-world event in a document become one ``Event``.

A later mention joins an earlier event of the same type when it refers back to it ("the attack",
"that meeting": definite, no new place; or definite, same day and country, one of them placeless) or
when both name the same place or the same country with compatible dates. Attacks and strikes need
more than a shared country, because one article often lists several. Missing attributes (date, place,
casualties, claim, actor) are filled from the later mention and every mention's sentence is kept as
evidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace
from functools import cache

from spacy.tokens import Doc, Token

from sitroom.annotate.extensions import doc_text, token_words
from sitroom.annotate.lines import SENTENCE_END
from sitroom.clean.rules import date_rules
from sitroom.extract.events.clauses import is_passive, subj_of
from sitroom.extract.events.mentions import lede_end
from sitroom.extract.events.records import Actor, DocIndex, EventMention, counted
from sitroom.extract.events.records import kb_ancestors as _ancestors
from sitroom.extract.events.tolls import add_more, fuller_toll, lower_official
from sitroom.extract.events.triggers import air_arm_type
from sitroom.extract.events.unlisted import STRIKE_SITE
from sitroom.extract.events.vocab import vocab
from sitroom.extract.events.when import shifted_day
from sitroom.extract.events.who import agent_of
from sitroom.geo import SAME_SCENE_KM, haversine_km
from sitroom.models import Event, Evidence, Place, PlaceMention, Timex, stable_id


def _crowded(event_type: str) -> bool:
    """Several events of this type happen on one day in one country ([types.X] crowded)."""
    return vocab().types[event_type].crowded


def dates_compatible(a: str | None, b: str | None) -> bool:
    """Same year, and same month when both give one (relative days drift within a month)."""
    if not a or not b:
        return True
    n = min(len(a), len(b), 7)
    return a[:n] == b[:n]


# Days an event may lie before the day it was claimed or reported on and its story's day still be taken for its own
# (a claim comes within a day or two; a day further back is most often another happening: "following the arrest
# in a Brussels shootout on Friday", told after the Tuesday of the claimed attacks). Defined once: it was bound
# twice, 7 and then 2, and the second binding won, so every rule already ran with 2.
CLAIM_LAG_DAYS = 2

# Days before the page's own day beyond which a dated event is no longer the undated news it follows: a report of a
# weekend's raid comes by midweek; a week back ("On April 21", in a story of April 28) is an earlier happening.
BACKGROUND_DAYS = 5


def _claim_then_day(event: EventMention, m: EventMention) -> bool:
    """``event`` is dated by the day of a claim or report about it ("August 1: IS-K has claimed responsibility for
    the suicide attack") and ``m``, told with "the", names a day a few days before ("a suicide bomber carried out
    the attack on Sunday"): the event's own day, which may lie across a month's end from the claim's."""
    return bool(
        event.date_said and not m.date_said and m.definite and event.date and m.date
        and len(event.date) == len(m.date) == 10 and 0 <= _days(event.date) - _days(m.date) <= CLAIM_LAG_DAYS
    )


def _background_day(event: EventMention, m: EventMention, reference: str | None) -> bool:
    """ "The FSB detained four members of an ISIS sleeper cell in Moscow", then "On April 21, FSB killed an ISIS
    terrorist who had plotted an attack in Stavropol" in a story of April 28: the undated event is the page's news,
    and a new (not definite, not pointed back at) mention of another sentence dated a week before it is an earlier
    one the story recalls, not its day. Not an event dated only by the day it was announced on ("On June 27, the police
    announced the arrest of 36 nationals", then "The police's operation started on April 24"): what is announced may
    have begun long before."""
    return bool(
        event.date is None and event.report_day is None and event.report_month is None
        and reference and len(reference) >= 10 and m.date and len(m.date) == 10
        and not (m.definite or m.anaphoric or m.day_named) and m.sent_start != event.sent_start
        and _days(reference[:10]) - _days(m.date) > BACKGROUND_DAYS
    )


def _same_day(a: EventMention, b: EventMention) -> bool:
    return bool(a.date and b.date and len(a.date) == len(b.date) == 10 and a.date == b.date)


def _country(m: EventMention) -> str | None:
    return None if m.country_weak else m.country


def _held_again(event: EventMention, m: EventMention) -> bool:
    """ "A Detroit man was arrested Tuesday", then "The FBI arrested him at his Detroit residence this morning": an
    arrest of people told before (a pronoun, "the suspects") in a later sentence is the arrest told before, whatever
    place or day it adds; not one set apart ("another operation"), nor one of another country or force."""
    if not m.held_again or m.distinct or m.sent_start == event.sent_start:
        return False
    ca, cb = _country(event), _country(m)
    if ca and cb and ca != cb:
        return False
    # "Police arrested him in Malacca on Nov 26", "police arrested the last suspect in Kota Kinabalu", after a sweep
    # told on Nov 3: a day more than two apart, or a town off the one told, is one more arrest of the sweep's people
    if not dates_compatible(event.date, m.date) and not _next_day(event.date, m.date):
        return False
    if event.date and m.date and len(event.date) == len(m.date) == 10 and abs(_days(event.date) - _days(m.date)) > 2:
        return False
    # (a village no gazetteer places may lie in the district told before: "arrested from their residence in Namukooge
    # village ... in Kaliro District")
    unplaced = any(p is not None and p.lat is None for p in (event.place, m.place))
    if not (_places_compatible(event, m, reach=True) or _near(event.place, m.place) or unplaced):
        return False
    return event.actor is None or m.actor is None or event.actor.same_side(m.actor)


def _near(a: Place | None, b: Place | None) -> bool:
    """Two places with coordinates within a scene's reach of each other ("Berlin", "Bernau bei Berlin")."""
    if a is None or b is None or a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_SCENE_KM


def _places_compatible(a: EventMention, b: EventMention, reach: bool = False) -> bool:
    """The same place, or (``reach``) a province and a town near its centre: a headline's "15 Abu Sayyaf
    bandits killed in Sulu clashes" and the story's "killed in two separate encounters in Patikul"."""
    if a.place and b.place:
        same = a.place.id == b.place.id or a.place.name == b.place.name
        return same or (reach and (_inside(a.place, b.place) or _inside(b.place, a.place)))
    return True


def _inside(province: Place, town: Place) -> bool:
    """A town near a province's centre, or one the text put in it: "Densus 88 arrests two terror suspects in
    East Java" and "arrested YR on Tuesday in Kedungkandang, Malang City, East Java", a village no gazetteer
    knows (no coordinates) that carries the province's code (``unlisted``)."""
    if province.precision == "province" and province.admin1 and town.admin1 == province.admin1:
        return town.precision in ("point", "district") and province.country == town.country
    return _in_province(province, town) or _village_unknown(province, town)


def _village_unknown(province: Place, town: Place) -> bool:
    """ "US Africa Command ... carried out a couple of surgical strikes on the Islamic State in Puntland", then "the
    strikes hit militants near Buqa": a village of the province's country that no gazetteer places (no coordinates,
    no province code) may lie in it."""
    return (province.precision == "province" and town.precision == "point" and town.lat is None
            and town.admin1 is None and town.feature != STRIKE_SITE and town.country is not None
            and town.country == province.country)


def compatible(
    event: EventMention, m: EventMention, reference: str | None = None, listed: frozenset[int] = frozenset()
) -> bool:
    """``listed``: the starts of triggers split by place (a town of a list is no restatement of its province)."""
    if _held_again(event, m):
        return True
    if _background_day(event, m, reference):
        return False
    reach = event.start not in listed and m.start not in listed
    dated = dates_compatible(event.date, m.date) or _claim_then_day(event, m)
    if not dated or not (_places_compatible(event, m, reach) or _town_told_inside(event, m)
                         or _town_told_inside(m, event)):
        return False
    if _episodes(event, m):
        return False
    if m.sent_start != event.sent_start and _times_apart(event, m):
        return False  # "Last week, two ISIS-K gunmen opened fire on the embassy in Kabul", then "In September, a
        # suicide bomber blew himself up at the Russian embassy in Kabul", on a page with no date
    if _earlier_year(m, event, reference):
        return False  # "Gunmen have killed a politician ... IS-K has carried out attacks, including a blast in 2023"
    if m.distinct and m.sent_start != event.sent_start:
        return False  # "In another operation in Kirkuk on Sunday": not the one told before
    if m.sent_start == event.sent_start and (m.earlier_clause or event.earlier_clause):
        return False  # "killed a French soldier on Saturday, a day after 53 troops were massacred": two events
    if _told_earlier(event, m):
        return False
    if not m.definite and m.sent_start != event.sent_start and event.date and m.date and _far_days(event.date, m.date):
        return False  # "On Thursday, forces detained 125 ... had carried out an operation on Monday": two
    if (
        not m.definite
        and m.sent_start != event.sent_start
        and (k1 := counted(event)) is not None
        and (k2 := counted(m)) is not None
        and "killed" not in m.added  # "Twenty-two civilians were also killed in the attack": more of its dead
        and _tolls_apart(k1, k2)
        and abs(k1 - k2) >= TOLL_GAP
    ):
        return False  # "a suicide bombing in Kabul that killed six ... In 2022, a suicide bombing killed 53": two
    ca, cb = _country(event), _country(m)
    if m.anaphoric and m.day_named and _same_day(event, m) and not (ca and cb and ca != cb):
        # "Bangladesh security forces raided a hideout in Dhaka on Monday ... Monday's raid came after police received
        # information ..., Reuters reported": the day as possessor points to the event told of that day; an actor
        # read from its clause (the outlet that reported it) does not set it apart
        return True
    if _same_town_again(event, m):
        return True
    if (event.actor and m.actor and event.actor.entity_id != m.actor.entity_id and m.sent_start != event.sent_start
            and not (event.actor_told or m.actor_told) and not _unit_unknown(event.actor, m.actor)
            and not _group_and_branch(event.actor, m.actor)):
        # (the body that reports an arrest may stand above the force that made it: "The Syrian Ministry of Interior
        # announced the arrest of an ISIS cell in Afrin", then "the operation carried out by the Internal Security
        # Forces in Aleppo province")
        return False  # in one sentence ("raided homes and detained suspects") the second actor is a misread
    if ca and cb and ca != cb:
        return False
    if m.anaphoric and m.sent_start != event.sent_start:
        return True
    if _in_its_country(event, m):
        return True
    if m.sent_start == event.sent_start:
        return True  # "a meeting in Rome, where he attended a conference of the coalition"
    if event.place and m.place:
        return True
    if (
        m.definite
        and (_same_day(event, m) or (m.occurred and m.sent_start != event.sent_start))
        and (event.place is None or m.place is None)
        and (event.country is None or m.country is None or event.country == m.country)
    ):
        # "... after a bomber struck a market. The bombing on Thursday killed 35 people in Baghdad":
        # a definite mention of the same day in the same country adds the place the first one lacked; so does
        # one that says where it happened ("IS claimed an ambush on an army patrol in Niger. The attack took place
        # near Tongo Tongo")
        return True
    if _crowded(event.type):
        dated = bool(event.date and m.date and len(event.date) >= 7 and len(m.date) >= 7)
        return dated and bool(ca) and ca == cb
    if _same_day(event, m) and event.actor and m.actor and event.actor.entity_id == m.actor.entity_id:
        return True  # a caption's "Coalition Ministerial Meeting, 30 September 2024" and the meeting it shows
    return event.country == m.country  # here a country read from the sentence counts too


def _times_apart(event: EventMention, m: EventMention) -> bool:
    """Two undated mentions whose own words name two times the page's day cannot resolve (``time_told``), one of them
    a month: "Several people were killed in an ambush in late February" is no restatement of an attack "on Sunday";
    nor is "In September" of "Last week". Only a later mention told without "the" when one time is no month: "the
    attack on Sunday" may give the day of the attack told "in February" (not another month: "the March bombing")."""
    a, b = event.time_told, m.time_told
    if a is None or b is None or a == b or event.date or m.date:
        return False
    if m.several > 1:
        return False  # "In the month of May alone, AFRICOM conducted six strikes": a tally, which may hold the one told
    if a.startswith("d:") and b.startswith("d:") and vocab().types[event.type].perpetrated:
        # "killed five soldiers ... on Monday night", then "killed eight soldiers on Saturday in Sagme": two weekdays
        # more than a night apart are two days, as two dates would be (a night's attack and its morning's report
        # are one day apart); an attack's only: a force's strikes are told by the day of their report as often
        # ("four killed in an airstrike on Sunday", "in a recent airstrike on Thursday": one strike)
        gap = abs(int(a[2:]) - int(b[2:]))
        return min(gap, 7 - gap) > 1
    months = a.startswith("m:") + b.startswith("m:")
    if months == 2:
        # "on October 24" and "on October 31": two days of one month more than a night apart are two times too
        return a[2:4] != b[2:4] or (len(a) == len(b) == 7 and abs(int(a[5:]) - int(b[5:])) > 1)
    return months == 1 and not m.definite


def _unit_unknown(told: Actor, later: Actor) -> bool:
    """The later mention's actor is a body the actor knowledge base does not know (no ``kb_id``) and no armed group,
    the event's one it knows: a unit, office or team of that actor, maybe ("Taliban claims to have killed 6 ISKP
    members in Herat", then "the group's Special Forces conducted an operation in the western province of Herat"):
    it does not tell the mention apart. (Not the other way round: a body told first, "the Nineveh Police Command
    arrested a terrorist", is no part of "Iraqi forces have already arrested thousands" told after it.)"""
    return later.kb_id is None and told.kb_id is not None and later.type != "armed_group"


def _group_and_branch(a: Actor, b: Actor) -> bool:
    """ "The Islamic State claimed a deadly ambush in Burkina Faso", then "In a statement released on Tuesday, EIGS
    described the ambush as precise": an armed group and one of its branches (by the actor knowledge base) are one
    doer told twice, the group that claims and the province that fought; they do not tell two events apart."""
    return a.type == b.type == "armed_group" and (_narrower(a, b) or _narrower(b, a))


def _same_town_again(event: EventMention, m: EventMention) -> bool:
    """ "The 9 January attack on Chinégodar", then "the government revised upward the number of soldiers killed in
    the attack in Chinégodar" on Sunday: a later sentence's definite mention at the event's own town or village
    names that event again. The day of the report and an actor read from its clause (the government that counted
    the dead) do not set it apart; "another attack" and "the first attack" do (``distinct``, ``ranked``)."""
    a, b = event.place, m.place
    if not m.definite or m.ranked or m.sent_start == event.sent_start or a is None or b is None:
        return False
    if _actors_clash(event, m):
        return False  # "Tajikistan repatriates hundreds from Al-Hawl camp", then "Iraq organized the transfer of 450
        # families from Al-Hawl": two states, two repatriations
    if not a.precision == b.precision == "point":
        return False
    if a.id == b.id:
        return True
    # "dismantled an ISIS cell in a Damascus suburb", then "the security operation in the Daraya area": a place of
    # the same scene, on no other day and with no toll of its own far from the event's
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None or _days_apart(event, m):
        return False
    k1, k2 = counted(event), counted(m)
    if k1 is not None and k2 is not None and _tolls_apart(k1, k2):
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_SCENE_KM


def _actors_clash(event: EventMention, m: EventMention) -> bool:
    """Two actors that cannot both be the one event's: not a body of the other ("Syria" and its General Intelligence
    Service), nor, for an attack, the state its victims served, read from a report's clause ("the government of Niger
    had revised upward the number of soldiers killed in the attack")."""
    a, b = event.actor, m.actor
    if a is None or b is None or a.entity_id == b.entity_id or _narrower(a, b) or _narrower(b, a):
        return False
    return not (vocab().types[event.type].perpetrated and _of_a_state(a) != _of_a_state(b))


def _of_a_state(actor: Actor) -> bool:
    """A state or one of its bodies (a force, a ministry), by the actor knowledge base."""
    return _state_of(actor) is not None


def _state_of(actor: Actor) -> str | None:
    """The country code of the state an actor is or serves, by the actor knowledge base."""
    chain = (actor.kb_id, *_ancestors(actor.kb_id)) if actor.kb_id else ()
    return next((x.split(":", 1)[1] for x in chain if x.startswith("country:")), None)


def _in_its_country(event: EventMention, m: EventMention) -> bool:
    """ "In a deadly terror attack in Niger's Dosso region, two Indian nationals were killed on July 15. The assault
    occurred in southwest Niger": a later sentence's definite mention, undated and located only by the event's own
    country, names the event told before; a toll of its own far from the event's sets it apart."""
    if not m.definite or m.ranked or m.sent_start == event.sent_start or m.date:
        return False
    # ... or by a place of that country an undated, placeless event lacked ("The Khyber Pakhtunkhwa Police have
    # confirmed that Daesh was responsible for the suicide bombing in Pakistan", then "The explosion took place at
    # 4 p.m. at the convention in Khar")
    if m.place is not None and (event.place is not None or event.date or m.place.country != event.country):
        return False
    if m.country_weak or m.country is None or m.country != event.country:
        return False
    k1, k2 = counted(event), counted(m)
    return k1 is None or k2 is None or not _tolls_apart(k1, k2)


def _episodes(a: EventMention, b: EventMention) -> bool:
    """Two episodes one trigger lists by date ("attacks on a barracks on Friday and a post on Sunday"): two events."""
    return a.start == b.start and a.episode != b.episode


def _told_earlier(event: EventMention, m: EventMention) -> bool:
    """``m`` is set in an earlier week, month or year ("Earlier this month, ISWAP claimed a bombing in Taraba") and
    ``event`` has been told in two sentences or more: the article has told its own event and now one before it.
    An event told once may be a headline the lede dates so ("IS claims attack that killed 30 soldiers in Mali", then
    "claimed responsibility for an attack that killed 30 soldiers in Mali earlier this week")."""
    return m.earlier and m.sent_start != event.sent_start and bool(event.extra_evidence)


def _earlier_year(m: EventMention, event: EventMention, reference: str | None) -> bool:
    """``m`` is dated only by a year before the article's and ``event``, told before it, has no date: an
    undated event of a news article is one of its own time (``date_from_article``), so a mention "in 2023"
    that does not point back at it ("the attack") is background, not its date. A month or a day of the year
    before may be the event's own ("the Mass bombing" of a January page, "a blast in December")."""
    if not m.date or not reference or m.definite or m.anaphoric:
        return False
    if event.date:
        # "Car bombings in Badakhshan last December ...", then "Last year, IS-K carried out a deadly suicide bombing
        # outside the embassy": an indefinite mention of its own sentence, dated only by an earlier year, introduces
        # another event; the one told before with its month is not told again that coarsely without "the"
        return (len(m.date) == 4 and len(event.date) >= 7 and m.sent_start != event.sent_start
                and not event.recalled and m.date < reference[:4])
    if event.recalled:
        return False  # "the perpetrators of the Crocus City Hall attack", then "On March 22, 2024, a terrorist
        # attack took place at the Crocus City Hall": a known attack, recalled first, told with its own day
    if len(m.date) == 4:
        return m.date < reference[:4]
    # a day or month two years or more before the article's is background too ("The Mocimboa da Praia district was
    # the first militant target, with an attack there on 5 October 2017", on a page of 2023)
    return m.date[:4].isdigit() and reference[:4].isdigit() and int(m.date[:4]) < int(reference[:4]) - 1


def listed_apart(a: EventMention, b: EventMention) -> bool:
    """Two attacks one list of a sentence tells side by side (``where.listed_attacks``)."""
    return b.start in a.listed_with or a.start in b.listed_with


def merge(event: EventMention, m: EventMention) -> None:
    """Fill what ``event`` lacks from the later mention ``m`` and keep its evidence."""
    event.listed_with |= m.listed_with
    if m.date and (
        not event.date
        or len(m.date) > len(event.date)
        # "claimed on Saturday ... the attack on Friday night": the event's own day beats the claim's; a day after the
        # claim's cannot be the event's ("the toll of the attack was revised on Sunday")
        or (event.date_said and not m.date_said and len(m.date) == len(event.date) and m.date <= event.date)
    ):
        event.date, event.date_precision, event.date_said = m.date, m.date_precision, m.date_said
        event.week_dated = m.week_dated
    event.report_day = event.report_day or m.report_day
    event.time_told = event.time_told or m.time_told
    event.recalled = event.recalled and m.recalled  # told once as the page's own: dated as such
    # a count told of several attacks at once ("Four people were killed in two attacks") is their sum: the count of
    # one of them told on its own ("an attack on the outpost killed one soldier") is the event's
    summed = event.several > 1 and m.several <= 0 and m.own_toll
    event.single = event.single or m.single
    if m.single or event.single:
        event.several = 0  # "an attack" joined the "two attacks" told before: no longer a sum only
    elif m.several > 0 and not event.several:
        event.several = m.several  # a title's "killing 30 people", then "two terrorist attacks"
    elif not m.several and event.several == -1:
        event.several = 0  # "in the operations carried out in Sabah, police apprehended ...": one told
    event.offset_anchor = event.offset_anchor or m.offset_anchor
    # ... and the site a strike hit inside the area told before is where it happened (a second site is then a
    # second strike: "jets attacked the targets at Tumbun Kaiyowa", "another aircraft attacked Tumbun Allura")
    # (and so is a town or village inside the province told before: a second one is then a second event)
    # (and a village no gazetteer knows, by the town told before: "attack on Koko village in Macomia district")
    if m.place and (not event.place or _site_inside(m.place, event.place) or _inside(event.place, m.place)
                    or _village_by(m.place, event.place)):
        event.place = m.place
    if m.country and (not event.country or (event.country_weak and not m.country_weak)):
        event.country, event.country_weak, event.country_place = m.country, m.country_weak, m.country_place
    # the claimant, or the part of the actor named ("U.S. Central Command" over "the United States"); not a
    # claimant the named attackers belong to ("ADF rebels attacked the prison ... the Islamic State claimed
    # the attack": the real-page conventions keep the ADF, claimed)
    narrower = m.actor is not None and event.actor is not None and _narrower(m.actor, event.actor)
    part = m.actor is not None and event.actor is not None and _narrower(event.actor, m.actor)
    if m.actor and (not event.actor or (m.claimed and not event.claimed and not part) or narrower
                    or (event.actor_told and not m.actor_told) or _air_arm_over(m.actor, event)):
        event.actor, event.actor_told = m.actor, m.actor_told  # the force that made an arrest over who reported it
    event.claimed = event.claimed or m.claimed
    event.held = event.held if event.held is not None else m.held
    # a headline's count gives way to the story's ("Pakistan: 100 dead ..." then "72 people were killed"); else
    # the first count told stands
    if m.killed is not None and (event.killed is None or summed or _beats("killed", event, m)):
        event.killed = m.killed
        event.headline_counts.discard("killed")
        event.headline_counts |= m.headline_counts & {"killed"}
        event.one_by_title = (event.one_by_title - {"killed"}) | (m.one_by_title & {"killed"})
        _take_words("killed", event, m)
        _take_place_told("killed", event, m)
    elif m.killed is not None and "killed" in m.added and vocab().types[m.type].perpetrated:
        add_more(event, "killed", m.killed, m.counted_words.get("killed", frozenset()), vocab())  # "also killed"
    if m.wounded is not None and (event.wounded is None or summed or _beats("wounded", event, m)):
        event.wounded = m.wounded
        event.headline_counts.discard("wounded")
        event.headline_counts |= m.headline_counts & {"wounded"}
        event.one_by_title = (event.one_by_title - {"wounded"}) | (m.one_by_title & {"wounded"})
        _take_words("wounded", event, m)
        _take_place_told("wounded", event, m)
    elif m.wounded is not None and "wounded" in m.added and vocab().types[m.type].perpetrated:
        add_more(event, "wounded", m.wounded, m.counted_words.get("wounded", frozenset()), vocab())
    if m.toll_now is not None:
        event.toll_now = max(event.toll_now or 0, m.toll_now)
    for kind, n in m.group_tolls.items():
        event.group_tolls.setdefault(kind, n)
    event.none_hurt |= m.none_hurt
    event.flown = event.flown or m.flown
    if event.target is None:
        event.target = m.target
    if event.modality == "planned" and m.modality == "asserted":
        event.modality = "asserted"
    event.extra_evidence.append((m.start, m.end, m.sent_text))


def _take_words(kind: str, event: EventMention, m: EventMention) -> None:
    """``event`` took ``m``'s count of ``kind``: the people it names, whether it was told with "also" and whether
    officially go with it."""
    event.counted_words[kind] = m.counted_words.get(kind, frozenset())
    event.official = (event.official - {kind}) | (m.official & {kind})
    event.added = (event.added - {kind}) | (m.added & {kind})


def _take_place_told(kind: str, event: EventMention, m: EventMention) -> None:
    """``event`` took ``m``'s count of ``kind``: where a sentence after ``m`` told it goes with it."""
    event.follow_on_at.pop(kind, None)
    if kind in m.follow_on_at:
        event.follow_on_at[kind] = m.follow_on_at[kind]


def _beats(kind: str, event: EventMention, m: EventMention) -> bool:
    """``m``'s count of ``kind`` replaces ``event``'s: the story's over a headline's, or a count over one person
    told with "the" ("killed the police chief" before "the bombing killed seven"), or a split toll that holds
    ``event``'s count ("nine soldiers", then "nine soldiers and two task force members"), or a lower official count
    of the same people ("over fifty fatalities", then "the army's statement confirmed the deaths of 25 civilians")."""
    later = m.killed if kind == "killed" else m.wounded
    return (_story_beats_title(kind, event, m) or (kind in event.one_by_title and kind not in m.one_by_title)
            or (later is not None and kind not in m.added
                and fuller_toll(event, kind, later, m.counted_words.get(kind, frozenset())))
            or (kind in m.official and kind not in event.official and later is not None
                and lower_official(event, kind, later, m.counted_words.get(kind, frozenset()), vocab())))


def _story_beats_title(kind: str, event: EventMention, m: EventMention) -> bool:
    """``event``'s count of ``kind`` is a headline's and ``m``'s the story's own, close to it: a count far from
    the title's ("ADF rebels kill three" and "killed 10 people around the Kibaale forest") is another attack's,
    told as background and merged by mistake."""
    first, later = (event.killed, m.killed) if kind == "killed" else (event.wounded, m.wounded)
    if first is None or later is None or _tolls_apart(first, later):
        return False
    return kind in event.headline_counts and kind not in m.headline_counts


def _air_arm_over(a: Actor, event: EventMention) -> bool:
    """A strike told as the state's forces' ("The Nigerian military has killed ... with airstrikes") and as its air
    arm's ("the Nigerian Air Force component launched a series of airstrikes"): the arm that flew it ([types.strike]
    air_arms) is its actor, as the conventions credit strikes."""
    b = event.actor
    if b is None or event.type != "strike" or _state_of(a) is None or _state_of(a) != _state_of(b):
        return False
    arms = vocab().types[event.type].air_arms
    return any(w in a.name.lower() for w in arms) and not any(w in b.name.lower() for w in arms)


def _narrower(a: Actor, b: Actor) -> bool:
    """``a`` is a part of ``b`` that acts: a body of the state ``b`` (a command, a ministry, an army) or a
    branch of the armed group ``b`` (not its news agency: Amaq reports the group's attacks)."""
    if not (a.kb_id and b.kb_id and a.kb_id != b.kb_id and b.kb_id in _ancestors(a.kb_id)):
        return False
    return b.kb_id.startswith("country:") or a.type == b.type == "armed_group"


def link(mentions: list[EventMention], reference: str | None = None, text: str | None = None,
         unanchored: list[EventMention] | None = None) -> list[EventMention]:
    """Merge mentions (in document order) into events; anaphors take the most recent compatible one.
    ``reference`` is the article's date (its year tells background mentions apart); with ``text``, the page's,
    a mention with a toll of its own on a link line to another story takes no later mention ("At least 10 Nigerian
    soldiers are killed in an ambush, the army says" between the paragraphs does not take the story's
    "massacre" and its count of wounded, which are the story's own attack's; a subhead with no toll, "Africom
    operation kills ISIS militants in latest airstrike", may be the story's own).
    With ``unanchored``, the mentions that have no anchor of their own and join no event are put there, in order
    (``late_anchored`` judges them once the page has lent its anchors)."""
    events: list[EventMention] = []
    lede = lede_end(text) if text is not None else None
    links = {id(m) for m in mentions if text is not None and m.own_toll and on_link_line(m, text, lede)}
    also = vocab().names_also
    starts = [m.start for m in mentions]
    listed = frozenset(s for s in starts if starts.count(s) > 1)
    for m in mentions:
        # "In the latest attack, three soldiers were wounded": the article's own event, told first, not the
        # background attack told just before ("two weeks after an assault that left one soldier dead")
        # (never an attack the same list tells beside it: "an attack on the ministry, an attack on the embassy")
        open_ = [e for e in events if id(e) not in links and not listed_apart(e, m)]
        order = open_ if m.latest else list(reversed(open_))
        if (whole := _part_of_whole(m, open_)) is not None:
            merge(whole, _as_part(m))
            continue
        target = next((e for e in order if e.type == m.type and compatible(e, m, reference, listed)), None)
        if target is not None:
            merge(target, m)
        elif _names_last(m, open_, also.get(m.type, frozenset()), reference):
            merge(open_[-1], m)  # its day, where the event told before had none
        elif _tells_its_day(m, open_, also.get(m.type, frozenset())):
            merge(open_[-1], m)
        elif (sole := _sole_of_its_type(m, open_, reference, listed)) is not None:
            merge(sole, replace(m, country=None) if _guessed_country(m) and sole.country else m)
        elif m.anchored:
            m.back_dated = any(e.type == m.type and _background_day(e, m, reference) for e in open_)
            events.append(m)
        elif m.more and (told := [e for e in open_ if vocab().types[e.type].perpetrated]):
            _more_of_attack(told[-1], m)  # "Twenty-two civilians were also killed in the clash": the attack's
        elif m.none_hurt and (told := [e for e in open_ if e.type == m.type]):
            # "officials confirmed a checkpoint had been attacked, but there were no casualties": the attack told
            # before, again, with nothing to anchor it but its toll of none
            told[-1].none_hurt |= m.none_hurt
        elif unanchored is not None:
            unanchored.append(m)
    return _list_days(summed_up(consolidate([e for e in events if e.anchored], reference)))


def summed_up(events: list[EventMention]) -> list[EventMention]:
    """ "More than a dozen people have been killed in two attacks near Beni", then "seven people were killed in an
    attack ... at Kisima" and "A second assault took place near Oicha": a count of events of a type, told before
    the article tells at least as many of that type apart (two at least), sums them up and is none of its own;
    so do "the attacks" beside two or more told apart.
    Its claim and its doer are theirs where they tell none ("two attacks ... that were blamed on the ADF")."""
    out: list[EventMention] = []
    for e in events:
        # (not "the attacks" at a town: "The latest attacks resembled one on 23 February in the village of X" is
        # read with the town and day of the one they resemble, another attack)
        if e.several > 1 or (e.several == -1 and (e.place is None or e.place.precision != "point")):
            # "The attacks, which took place in the Tillaberi region", beside two attacks told apart: the ones told,
            # before it or after (not a place of the same word's list: "the attacks in Nice, Baghdad and Dhaka")
            parts = [o for o in events if o is not e and o.type == e.type and o.start != e.start
                     and (o.start > e.start or e.several == -1)
                     and not (o.country and e.country and o.country != e.country)
                     # attacks of another month are no parts of it: "two insurgent attacks" told this March beside
                     # the attacks of February the article recalls, or "their first attacks, in October 2016"
                     # beside those of 2017
                     and dates_compatible(o.date, e.date)]
            if len(parts) >= max(e.several, 2):
                for o in parts:
                    o.claimed = o.claimed or e.claimed
                    if o.actor is None:
                        o.actor = e.actor
                continue
        out.append(e)
    return out


def _part_of_whole(m: EventMention, events: list[EventMention]) -> EventMention | None:
    """ "three suicide bombers killed three people", then "The second attack, involving two suicide bombers on
    motorbikes, killed one person"; "ISWAP ... attacked two military bases in Malam Fatori", then "The first camp,
    outside the town, was attacked ..., killing at least 20": a part of a coordinated attack picked out by an
    ordinal (``part``) belongs to the attack told before it, whoever a sentence between blames (a claimant and
    the group police name are one attack's) and whatever part of the dead it counts. Only the attack told last, on
    no other day or in no other country, and only a part at that attack's own scene or at none of its own: "the
    first assault occurred in the village of al-Zar", after attacks across a province, is one of several attacks."""
    if not m.part or m.earlier:
        return None
    told = [e for e in events if e.type == m.type]
    if not told or told[-1].sent_start >= m.sent_start:
        return None
    whole = told[-1]
    if whole.single:
        return None  # "35 people were killed in a suicide attack in Baghdad ... in the first attack, south of the
        # city": one attack told, and then another of the day's
    if not dates_compatible(whole.date, m.date) or _days_apart(whole, m):
        return None
    if m.date and len(m.date) == 10 and not _same_day(whole, m):
        return None  # "The second attack struck the army 48 hours later, on Monday evening, July 26": its own day
    ca, cb = _country(whole), _country(m)
    if ca and cb and ca != cb:
        return None
    if m.place is not None and not _same_scene(whole.place, m.place):
        return None
    return whole


def _same_scene(a: Place | None, b: Place) -> bool:
    """One place, or two points of one scene."""
    if a is None:
        return False
    if a.id == b.id or a.name == b.name:
        return True
    if a.precision != "point" or b.precision != "point":
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_SCENE_KM


def _as_part(m: EventMention) -> EventMention:
    """The part without its counts: the whole's toll is the sum of its parts, which the text tells of the whole
    ("three suicide bombers killed three people", then "the second attack ... killed one person"), or of the
    whole later (``casualties_from_article``), never by one part."""
    return replace(m, killed=None, wounded=None, added=m.added - {"killed", "wounded"})


def _list_days(events: list[EventMention]) -> list[EventMention]:
    """ "The Nigerian Air Force on Friday bombed a gathering of ISWAP members. Fighter jets shelled locations at Sabon
    Tumbun and Jibularam": one strike word split by place is one raid on one day; the day the first site's strike
    took from the sentence before is the day of the others the word names too (strikes only: an attack word listing
    towns may sum up attacks of several days)."""
    for e in events:
        if e.type != "strike" or e.date is not None:
            continue
        same = next((o for o in events if o is not e and o.type == e.type and o.date and len(o.date) == 10
                     and e.start in (o.start, *(start for start, _end, _text in o.extra_evidence))), None)
        if same is not None:
            e.date, e.date_precision = same.date, same.date_precision
    return events


def _names_last(
    m: EventMention, events: list[EventMention], types: frozenset[str], reference: str | None = None
) -> bool:
    """ "The attack led to the death of several ISWAP terrorists", after a report of air strikes: a bare
    anaphor ("the attack": no place, date or toll of its own) with no event of its type before it names
    the event told just before, when that is of one of ``types``. A day it shares with that event is
    nothing new ("Tuesday's operation is the latest in a series of strikes", after Tuesday's strike)."""
    if counted(m) is not None or not events or events[-1].type not in types:
        return False
    # a country the last event shares is nothing new either ("... strikes targeting fighters in Somalia")
    bare = m.definite and not m.distinct and m.place is None and m.country == events[-1].country
    if not (m.anaphoric or bare):
        return False
    if m.date and events[-1].date and not _same_day(m, events[-1]):
        return False
    # "Saidu was alleged to be the mastermind of the attack on Askira Town on November 12 2021", after his arrest
    # told in 2024: a day years before the article's is another story's, told as background
    if m.date and reference and m.date[:4].isdigit() and reference[:4].isdigit() and (
            int(m.date[:4]) < int(reference[:4]) - 1):
        return False
    return not any(e.type == m.type for e in events)


def _tells_its_day(m: EventMention, events: list[EventMention], types: frozenset[str]) -> bool:
    """ "U.S. forces launched airstrikes that killed IS militants this week", then "The Tuesday attacks occurred in
    the vicinity of the Golis Mountains": a later sentence's definite mention that says when the event happened
    ("occurred", "took place", "The operation, conducted on November 6"), with a day inside the month the event told
    just before was dated by (or none) and no event of its own type before it, tells that event's day, in another
    word for it (``names_also``)."""
    if not events or events[-1].type not in types or not m.occurred or m.distinct or m.ranked:
        return False
    last = events[-1]
    if counted(m) is not None or last.sent_start == m.sent_start or any(e.type == m.type for e in events):
        return False
    # (or an event told before with no date at all: "The Air Force carried out airstrikes ...", then "The operation,
    # conducted on November 6, targeted ISWAP camps")
    return bool(m.date and len(m.date) == 10 and (
        last.date is None or (len(last.date) == 7 and m.date.startswith(last.date))))


def _sole_of_its_type(
    m: EventMention, events: list[EventMention], reference: str | None, listed: frozenset[int]
) -> EventMention | None:
    """ "ISIS kills Syrian security force member in Deir ez-Zor suicide attack", then "The attack targeted a
    checkpoint in Mayadin city"; "The ambush, which led to over a dozen additional soldiers being wounded, took place
    in the Lake Chad region": an attack's later plain definite mention with a place (not "another", not
    "the first"), with no other date, when the article has told one event of its type so far, can point to
    nothing else; the place it adds is that event's, told finer or coarser. Not a place far off (a town more than a
    province's reach away is another scene), nor one in another country unless the country is only a guess (a
    village no gazetteer knows) or the place a region several countries share ("in the Lake Chad area"), told of an
    event that had no place."""
    tv = vocab().types[m.type]
    # "The raids, carried out in Padgha-Borivali, Thane and Pune, took place early morning on Saturday", "the operation
    # was carried out in the Gaaca, Guban and Moqorse towns": a force's operation told again as the subject of a verb
    # of happening or of doing in the passive says where the one told before was (meetings and other operation
    # mentions are told again with places of other parts: "the Paris meeting")
    retold = tv.against_group and m.retold
    if not (tv.perpetrated or retold) or m.start in listed or m.place is None:
        return None  # (a trigger split by place, "bombings in Baghdad and Muqdadiyah", is one event per town)
    if not m.definite or m.distinct or m.ranked or m.earlier or (m.anaphoric and not retold):
        return None  # (a bare anaphor, "the attack" with no place, is _names_last's)
    told = [e for e in events if e.type == m.type]
    if len(told) != 1 or told[0].sent_start == m.sent_start or _actors_clash(told[0], m) or _times_apart(told[0], m):
        return None
    event = told[0]
    # "At least 17 civilians were killed in an ambush near Beni", then "The attack, which occurred late Sunday
    # evening near the village of Masambo": a day of its own the event lacked, or shares, is its day; a year
    # before the article's is a known event's told in passing ("the attack on the prison in 2020")
    if m.date and (not dates_compatible(event.date, m.date) or _days_apart(event, m)
                   or reference is None or not m.date[:4].isdigit() or m.date[:4] < reference[:4]):
        return None
    k1, k2 = counted(event), counted(m)
    if k1 is not None and k2 is not None and _tolls_apart(k1, k2):
        return None
    a, b = event.place, m.place
    if a is not None and b is not None and a.lat is not None and a.lon is not None and b.lat is not None \
            and b.lon is not None and haversine_km(a.lat, a.lon, b.lat, b.lon) > PROVINCE_REACH_KM:
        return None
    ca, cb = event.country, m.country  # (one read from the sentence counts: "Cameroonian soldiers were killed")
    # (a guess counts for an event with no place only: a village no gazetteer knows is no part of a town it put
    # in another country)
    if ca and cb and ca != cb and not (_guessed_country(m) and a is None):
        return None
    return event


def _guessed_country(m: EventMention) -> bool:
    """The mention's country is only a guess from its place: a village no gazetteer knows ("near the town of
    Wulgo", put in Nigeria for a Cameroonian border town) or a region several countries share ("the Lake Chad
    area"). Where the event it restates has a country, that one stands."""
    return m.place is not None and (m.place.lat is None or m.place.feature == "region")


def _places_agree(a: Place | None, b: Place | None, reach: bool = True) -> bool:
    """One scene, one place inside the other, or (``reach``) a town near the centre of a province."""
    if a is None or b is None or a.id == b.id or a.name == b.name:
        return True
    if _site_inside(a, b) or _site_inside(b, a):
        return True
    if a.precision == "province" and b.admin1 and b.admin1 == a.admin1:
        return True
    if b.precision == "province" and a.admin1 and a.admin1 == b.admin1:
        return True
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    if reach and (_in_province(a, b) or _in_province(b, a)):
        return True
    return haversine_km(a.lat, a.lon, b.lat, b.lon) <= SAME_SCENE_KM


def _site_inside(site: Place, area: Place) -> bool:
    """ "Airstrike ... in the Tumbuns area near Lake Chad", then "an air interdiction mission at Jubillaram": the site
    a strike hit, which no gazetteer knows, may lie in any province or region of its country the report names."""
    return (site.feature == STRIKE_SITE and site.lat is None and area.precision == "province"
            and (site.country is None or site.country == area.country))


# A town this close to a province's centre lies in it, as far as linking two reports of one event goes.
PROVINCE_REACH_KM = 150.0


def _in_province(province: Place, town: Place) -> bool:
    """ "ISWAP fighters kill 15 soldiers in Borno attack" and "the convoy came under attack near Gudumbali": a
    province and a town of the same country near its centre. The admin1 codes cannot tell: a province carries
    its ISO 3166-2 code ("NG-BO"), a GeoNames town GeoNames' own ("NG.27")."""
    if province.precision != "province" or town.precision not in ("point", "district"):
        return False
    if province.country != town.country:
        return False
    if province.admin1 and town.admin1 and "." not in province.admin1 + town.admin1:
        return False  # two ISO codes, not the same: a town of another province (Maiduguri's "NG-BO" for Yobe)
    if province.lat is None or province.lon is None or town.lat is None or town.lon is None:
        return False
    return haversine_km(province.lat, province.lon, town.lat, town.lon) <= PROVINCE_REACH_KM


def _official_retelling(a: EventMention, b: EventMention, ka: int, kb: int) -> bool:
    """``b`` names ``a`` again ("the attack") with a lower count an official tells, where ``a``'s was no official's:
    "the explosion killed at least 20 people", then "The Taliban reported a lower casualty figure, stating that three
    people died ... in the attack" is one attack told by two sources (the conventions take the lower official
    figure), not a background one. The count is told in ``b``'s own sentence: one a later sentence gave it
    ("only three fatalities in that attack", of another attack told in between) tells no retelling."""
    return b.anaphoric and b.own_toll and kb < ka and "killed" in b.official and "killed" not in a.official


def _one_event(
    a: EventMention, b: EventMention, reference: str | None = None, listed: frozenset[int] = frozenset()
) -> bool:
    """Nothing tells two same-type events of one article apart: no two countries, no two places apart,
    no two days or months. Real articles name their main event again and again ("the attack", "the
    bombing at the mosque", "the blast claimed by IS"), each time with some of its attributes."""
    if a.type != b.type or b.distinct or not _crowded(a.type):
        return False  # other types are named once or twice, and the first pass links those
    if listed_apart(a, b):
        return False
    if b.start == a.start or any(start == b.start for start, _end, _text in a.extra_evidence):
        return False  # one trigger split by place ("attacks in Mafa, Dikwa and Marte"): the sentence told them apart
    if _earlier_year(b, a, reference) or _told_earlier(a, b) or _times_apart(a, b):
        return False
    if a.country and b.country and a.country != b.country:
        return False  # even a country read from elsewhere in the sentence tells them apart here
    ka, kb = counted(a), counted(b)
    if ka is not None and kb is not None and _tolls_apart(ka, kb) and not _official_retelling(a, b, ka, kb):
        return False  # two tolls: a background attack ("In July, a car bomb killed 300"), not an update
    if ka is not None and kb is not None and ka != kb and (_timed_past(a, b) or _timed_past(b, a)):
        return False
    if not dates_compatible(a.date, b.date) and not _next_day(a.date, b.date):
        return False
    if a.date and b.date and len(a.date) == len(b.date) == 10 and abs(_days(a.date) - _days(b.date)) > 1:
        return False
    # a town of a list ("attacks in Mafa, Dikwa and Marte") is one of the events a province's report sums up
    if _places_agree(a.place, b.place, reach=a.start not in listed and b.start not in listed):
        return True
    # (a village of a list, "attacks on the villages of A and B", is one of the list's events)
    if a.start in listed or b.start in listed:
        return False
    if _same_day(a, b) and (_village_by(a.place, b.place) or _village_by(b.place, a.place)):
        return True
    # "At least 19 people were killed in the latest attack ... in Lubero territory", then "The attackers invaded Mukondo
    # village": a village no gazetteer places, told with no day of its own and the same count of dead as the event of
    # its country, is where that event happened (not one told with its own day: "hostages ... kidnapped on March 22 by
    # the ADF in the village of Matolo" beside the killing of as many in Bakwanza)
    return (ka is not None and ka == kb and ka >= SAME_TOLL_MIN
            and any(_unplaced_village(m.place) and m.date is None and not _other_province(m.place, o.place)
                    for m, o in ((a, b), (b, a))))


def _timed_past(told: EventMention, other: EventMention) -> bool:
    """ "In 2023, IS claimed an attack outside the foreign ministry that killed at least five" beside an attack told
    with no time at all that killed six: a year or a month the mention's own words give (a date no finer than a
    month), and a count of dead of its own, set a past attack apart from the story's, which a day would date (an
    update of the story's toll comes with its day or with none). Not beside a month the other's words name ("m:"),
    which may be that one."""
    return (told.date is not None and len(told.date) <= 7 and other.date is None
            and not (other.time_told or "").startswith("m:"))


def _other_province(village: Place | None, other: Place | None) -> bool:
    """ "Four ISIS suspects were killed in an airstrike ... in Salahaddin province", then "In a recent airstrike, four
    militants were killed in the village of Tapakur in Kirkuk province": a village the text put in a province (its
    code, ``unlisted``) other than the one the other event's place is in lies elsewhere, whatever the like toll. Only
    two ISO codes compare (a GeoNames town's "IQ.05" names the province otherwise)."""
    if village is None or other is None or not village.admin1 or not other.admin1:
        return False
    return "." not in village.admin1 + other.admin1 and village.admin1 != other.admin1


# a count of dead this high told twice of one country's events in one stretch of days is one event's toll
SAME_TOLL_MIN = 3


def _unplaced_village(place: Place | None) -> bool:
    return place is not None and place.precision == "point" and place.lat is None


def _village_by(village: Place | None, town: Place | None) -> bool:
    """ "Militants attack village in Macomia district May 24", then "attack on Koko village in Macomia district on
    May 24"; "Sunday's deadly attack on farmers at Dumba, near Baga": a village no gazetteer knows (no coordinates,
    ``unlisted``) and a town of its country and province that it lies in or near, on one day, are one event told
    by the town and by the village. Two villages, or two known towns, still tell two events apart."""
    if village is None or town is None or village.lat is not None or village.feature != "village":
        return False
    if town.lat is None or town.precision not in ("point", "district") or village.country not in (None, town.country):
        return False
    return village.admin1 is None or town.admin1 is None or village.admin1 == town.admin1 or (
        "." in village.admin1 + town.admin1)


# A toll this close to another is the same attack counted again as the dead are found ("at least 13",
# then "15"; "89", then "90"); a background attack's toll is rarely within a third of the main one.
TOLL_UPDATE_RATIO = 0.7


# Tolls of a few dead differ with who is counted ("two Indian nationals were killed", then "one Indian national was
# killed, another abducted"): two tolls set mentions apart in the first pass only when this many or more apart.
TOLL_GAP = 3


def _tolls_apart(a: int, b: int) -> bool:
    return min(a, b) < TOLL_UPDATE_RATIO * max(a, b)


def _days(day: str) -> int:
    return dt.date.fromisoformat(day).toordinal()


def _next_day(a: str | None, b: str | None) -> bool:
    """Two days in a row: reports name the night of an attack and the day of the claim or the count
    ("late Saturday", "on Sunday") — across a month's end too."""
    return bool(a and b and len(a) == len(b) == 10 and abs(_days(a) - _days(b)) <= 1)


def consolidate(events: list[EventMention], reference: str | None = None) -> list[EventMention]:
    """A second, document-wide pass: an event joins the latest earlier one of its type that it cannot be told
    apart from (``_one_event``): a report names the event it is about just before it ("an attack on a base in
    Damboa ... 'The Brigade was attacked, we have recovered seven bodies'"). The first pass only links
    mentions that say they are the same event."""
    out: list[EventMention] = []
    starts = [e.start for e in events]
    listed = frozenset(s for s in starts if starts.count(s) > 1)  # one trigger split by place
    for e in events:
        target = next((o for o in reversed(out) if _one_event(o, e, reference, listed)), None)
        if target is None:
            out.append(e)
        else:
            merge(target, e)
            target.extra_evidence.append((e.start, e.end, e.sent_text))
    return out


def _far_days(a: str, b: str) -> bool:
    """Two days more than a day apart (a night's event and its morning report are one)."""
    return len(a) == len(b) == 10 and abs(_days(a) - _days(b)) > 1


def _days_apart(a: EventMention, b: EventMention) -> bool:
    return bool(a.date and b.date and len(a.date) == len(b.date) == 10 and a.date != b.date)


def _restated(a: EventMention, b: EventMention) -> bool:
    """One actor's event at one place, said twice ("France repatriates 47 women from Syria camp" as the
    headline, then "France has repatriated 47 nationals from the Roj camp"): once credit has moved both to
    where they happened, nothing tells them apart."""
    return (
        a.type == b.type
        and not b.distinct
        and not listed_apart(a, b)
        and a.back_dated == b.back_dated
        and not _episodes(a, b)
        and not _told_earlier(a, b)
        and not _times_apart(a, b)
        and a.actor is not None
        and b.actor is not None
        and (a.actor.same_side(b.actor) or _one_taking(a, b))
        and (
            (a.place is not None and b.place is not None and a.place.id == b.place.id)
            # or placeless in one country on one day ("forces in Iraq ... killed 15" / "a raid in Western Iraq")
            or (a.place is None and b.place is None and a.country is not None and a.country == b.country
                and _same_day(a, b))
            # a kind of event an article rarely holds two of, told once without a place: "The U.S. launched an
            # operation" and "CENTCOM forces conducted a raid in al Bab" in the same month; or in the same year
            # when that is all either says ("Iraq declared victory over ISIS in 2017" / "Iraqi forces reclaimed
            # all ISIS-held territory in late 2017")
            or (
                not _crowded(a.type)
                and (a.place is None or b.place is None)
                and a.country is not None
                and a.country == b.country
                and (bool(a.date and b.date and len(a.date) >= 7 and len(b.date) >= 7)
                     or bool(a.date and a.date == b.date)
                     or _both_undated(a, b))
                and not _days_apart(a, b)
            )
            # one state body's arrest of as many people in one country, told once without a place and once with
            # it: "Three members of a cell linked to Daesh were this morning arrested by the BCIJ" and "Three
            # members of a cell active in Laayoune, Salé and Marrakech were arrested today by the BCIJ"
            or (
                a.held is not None
                and a.held == b.held
                and (a.place is None or b.place is None)
                and a.country is not None
                and a.country == b.country
                and not _days_apart(a, b)
            )
        )
        and dates_compatible(a.date, b.date)
        # "Iraq strikes ISIS cells in Hamrin Mountains" on Tuesday and "another hideout was struck by Iraqi warplanes on
        # Friday" there: one place on two days more than a night apart is two strikes; not a caption's or a claim's
        # day ("Blinken participates in a meeting in Rome ..., June 27, 2021" over "meeting in Rome on Monday")
        and not (a.date and b.date and not (a.date_said or b.date_said) and _far_days(a.date, b.date))
        and not ((ka := counted(a)) is not None and (kb := counted(b)) is not None and _tolls_apart(ka, kb))
    )


def _one_taking(a: EventMention, b: EventMention) -> bool:
    """A town taken ([types.X] object_is_place) is taken once a month: two reports of it are one event whoever
    each credits ("militias in Syria declared victory in Raqqa", a caption's "SDF fighters ... after Raqqa was
    liberated")."""
    return (vocab().types[a.type].object_is_place and a.place is not None and b.place is not None
            and a.place.id == b.place.id and a.place.precision != "country")


def _both_undated(a: EventMention, b: EventMention) -> bool:
    """Neither mention dated by its text ("Pakistan said its forces had intercepted and killed four Islamic State
    operatives in a remote mountain area", then "security forces conducted a search operation ... according to the
    statement"): on a page with no date, or before the article's day stands in for theirs, a later report of the
    one actor that drops the place names the operation told with it. Not a placeless one told first (a lede's
    "Police have arrested eight suspects" may sum up more than the raid the story then places), nor "the latest
    operation" after one told "last week", nor a count of people held of its own ("arrested two others")."""
    if a.date or b.date or a.latest or b.latest or a.earlier or b.earlier:
        return False
    first, later = (a, b) if a.start <= b.start else (b, a)
    if later.place is not None and first.place is None:
        return False
    return a.held is None or b.held is None or a.held == b.held


def restated(events: list[EventMention], among: set[int] | None = None) -> list[EventMention]:
    """Join the events ``_restated`` cannot tell apart, keeping the first; with ``among`` (ids of events),
    only pairs one of which is in it."""
    out: list[EventMention] = []
    for e in events:
        target = next(
            (o for o in out if (among is None or id(o) in among or id(e) in among) and _restated(o, e)), None
        )
        if target is None:
            out.append(e)
        else:
            merge(target, e)
    return out


# an event told in at least this many sentences is what its article is about
MAIN_EVENT_MENTIONS = 3


def absorb_into_main(
    events: list[EventMention], family: frozenset[str], reference: str | None = None
) -> list[EventMention]:
    """In an article about one attack (told in ``MAIN_EVENT_MENTIONS`` sentences or more), another attack
    report that nothing sets apart is that attack read with a stray place: "Ariana Grande Concert: ISIS Claims
    Manchester Bombing" (Ariana, Tunisia), "the attacker targeted Christians ... to avenge Muslims in
    Palestine", "in the Lake Chad area near Wulgo". Set apart: a word saying it is another ("the second
    attack"), another actor, a day more than one apart or another month, a toll of its own; with ``reference``,
    the article's date, a year before the article's given to an undated main event ("has escaped at least two
    bombings - in 2011 and 2014", on a page of 2023 about a rally bombing the lede tells without a date)."""
    kinds = [e for e in events if vocab().types[e.type].perpetrated]
    if len(kinds) < 2:
        return events
    main = max(kinds, key=lambda e: len(e.extra_evidence))
    if len(main.extra_evidence) + 1 < MAIN_EVENT_MENTIONS or sum(
        len(e.extra_evidence) == len(main.extra_evidence) for e in kinds
    ) > 1:
        return events
    if main.distinct:
        return events  # "Similarly, ISWAP fighters attacked Kala-Balge": told as another than one before, not the
        # attack the article is about
    out: list[EventMention] = []
    for e in events:
        if (e is not main and e in kinds and _restates_main(main, e, family) and not _earlier_year(e, main, reference)
                and not _times_apart(main, e)):

            where = (main.country, main.country_weak, main.country_place, main.place)
            merge(main, e)
            if where[0] is not None and e.country != where[0]:
                # the stray place is what set the report apart: the main event keeps where it happened
                main.country, main.country_weak, main.country_place, main.place = where
        else:
            out.append(e)
    return out


def fights_in_attacks(events: list[EventMention], fights: frozenset[str]) -> list[EventMention]:
    """ "ISWAP fighters stormed the base in Damasak ... 'the soldiers engaged the terrorists in a prolonged
    firefight, effectively thwarting the attack'", "4 soldiers, 63 jihadists killed in clash in Niger" over the
    story of an ambush: an operation whose trigger is an exchange of fire (``fights``), told with no place of its
    own and not set apart ("another clash"), beside the one attack of its country and day or month, is the troops'
    side of that attack. It joins the attack as evidence only: its actor is the defender, its toll often the
    attackers' dead. A fight at the attack's own place joins it too; one with a place of its own ("clashes in
    Amchide"), or beside no attack or several, or one an armed group makes, stays."""
    attacks = [e for e in events if e.type == "attack"]
    out: list[EventMention] = []
    for e in events:
        # a fight between two armed groups ("MILF members engaged the BIFF in Pusao") is no side of the attack
        side = e.actor is None or e.actor.type != "armed_group"
        if e.type == "operation" and not e.distinct and side and _fight(e.trigger, fights):
            # "killed in a clash on Sunday" beside "the 2001 kidnapping of tourists": a fight with a day of its own is
            # no side of an attack the page tells with no date at all (told as background, and dropped as such)
            # ... unless the undated attack is told in the sentence next to the fight's ("Troops recorded another
            # success on Monday, September 15, by neutralising eight ISWAP terrorists in an encounter. The encounter
            # followed an ambush on the troops near Garin Giwa"): the story's own, not background
            near = [a for a in attacks if _same_fight(a, e)
                    and not (a.date is None and e.date and len(e.date) == 10 and not _next_sentence(a, e))]
            # "the attackers made another incursion into the town; a heavy gunfight with troops ensued ... before the
            # attack was eventually repelled": among several attacks of the month, the one the fight's own sentence
            # tells is the one it is the troops' side of
            told = [a for a in near if e.sent_text in {a.sent_text, *(t for _s, _e, t in a.extra_evidence)}]
            near = told if len(near) > 1 and len(told) == 1 else near
            # "A dozen fighters were killed during a heavy gun battle in the Kolofata district" after the raid on
            # Kolofata: a fight at the attack's own place is its troops' side as much as one told with no place
            if len(near) == 1 and (e.place is None or _at_same_place(near[0], e)):
                near[0].extra_evidence.append((e.start, e.end, e.sent_text))
                near[0].extra_evidence.extend(e.extra_evidence)
                _more_of_attack(near[0], e)
                continue
        out.append(e)
    return out


def _next_sentence(a: EventMention, b: EventMention) -> bool:
    """The two are told in sentences next to each other (only blanks between them), neither set apart nor told as
    days before or after another ("The clash comes two days after rebels attacked a village": another event)."""
    if a.distinct or b.distinct or a.offset_anchor is not None or b.offset_anchor is not None:
        return False
    first, second = (a, b) if a.sent_start < b.sent_start else (b, a)
    return 0 <= second.sent_start - first.sent_end <= 3


def raids_of_attacks(events: list[EventMention]) -> list[EventMention]:
    """ "The first operation took place on September 17 near Dubalma, when about 50 armed terrorists on motorcycles
    attacked a military post", "a similar violent raid on April 22, when members of Lakurawa attacked the village":
    an operation word whose sentence names no force of its own doing it, told in the very sentence of an attack of
    its country and month, is the attackers' raid, that attack told again, not a force's operation. It joins the
    attack as evidence only. Run before the article's force is lent to operations no sentence credits."""
    attacks = [e for e in events if e.type == "attack"]
    out: list[EventMention] = []
    for e in events:
        if e.type == "operation" and e.actor is None and not e.distinct:
            told = [a for a in attacks if (at := _told_at(a, e.sent_text)) is not None and _same_fight(a, e)
                    and not _answers(e, at)]
            if len(told) != 1 and (raided := _raid_told_again(e, events)) is not None:
                told = [raided]
            if len(told) == 1:
                told[0].extra_evidence.append((e.start, e.end, e.sent_text))
                told[0].extra_evidence.extend(e.extra_evidence)
                continue
        out.append(e)
    return out


def _raid_told_again(e: EventMention, events: list[EventMention]) -> EventMention | None:
    """ "On January 6, suspected militants raided the same town ...", then "four motorcycles were destroyed during the
    January raid"; "a suicide attack on a military base", then "eight of the attackers were among the fatalities,
    adding that the raid took place near Dharjaale": a definite raid (the noun both an attack and an operation are
    told by) in a later sentence, which no force is named doing, with no operation told before it, is the attack
    told last before it, of its country and month, told again."""
    if not e.definite or not _shared_noun(e.trigger):
        return None
    before = [a for a in events if a.start < e.start and a.sent_start != e.sent_start]
    if any(a.type == e.type for a in before):
        return None
    # (a day of its own other than the attack's is another raid: "the raid on Saturday night, March 16, of a military
    # patrol base", after Sunday's ambush)
    attacks = [a for a in before if a.type == "attack" and _same_fight(a, e)
               and not (a.date and e.date and len(a.date) == len(e.date) == 10 and a.date != e.date)]
    return attacks[-1] if attacks else None


def _shared_noun(trigger: str) -> bool:
    """The trigger's noun is one the attack and the operation types share ("raid", "raids")."""
    last = trigger.lower().split()[-1] if trigger.split() else ""
    return last in _shared_nouns() or last.removesuffix("s") in _shared_nouns()


@cache
def _shared_nouns() -> frozenset[str]:
    # (the vocabularies are fixed once loaded: built once, not for every raid)
    words = vocab().types
    return frozenset({w for tv in words.values() if tv.perpetrated for w in tv.weak} & {
        w for tv in words.values() if tv.against_group for w in tv.nouns})


def _told_at(a: EventMention, sentence: str) -> int | None:
    """Where the event's trigger stands in this sentence of its evidence, if it is one."""
    if a.sent_text == sentence:
        return a.start
    return next((s for s, _e, t in a.extra_evidence if t == sentence), None)


def _answers(operation: EventMention, attack_at: int) -> bool:
    """ "The module was busted in March after three members planted a bomb", "This operation started December 19,
    after a deadly ISIS attack near Palmyra": the attack told after the operation in an "after" phrase or a "response"
    ([dates] after, response_nouns) came first; the operation answering it is the force's own. So is one told after
    such a phrase: "Following the attack, the military launched pursuit operations", "following the two explosions,
    security carried out operations" (the phrase's word a few words before the attack's)."""
    words = vocab()
    if attack_at <= operation.start:
        before = re.findall(r"[a-z]+", operation.sent_text[: attack_at - operation.sent_start].lower())[-3:]
        return any(w in words.after_words or w in words.response_nouns for w in before)
    between = operation.sent_text[operation.start - operation.sent_start: attack_at - operation.sent_start].lower()
    return any(w in words.after_words or w in words.response_nouns for w in re.findall(r"[a-z]+", between))


def _at_same_place(a: EventMention, b: EventMention) -> bool:
    """Both told at one place (the same gazetteer entry or name)."""
    return a.place is not None and b.place is not None and (a.place.id == b.place.id or a.place.name == b.place.name)


def air_arm_operations(events: list[EventMention]) -> None:
    """ "the operation was conducted on 8 March 2019", told by an air force's spokesman and credited to the air force
    only once the article is read: an operation an air arm makes ([types.strike] air_arms) is a strike (gold/real
    conventions: air strikes are strikes, whatever word tells them), as it is when the sentence names the air arm
    (mentions.py); not one its sentences tell troops on the ground doing ([types.strike] ground_words). Run once
    every actor is credited."""
    words = vocab()
    for e in events:
        air = air_arm_type(e.actor, words.types[e.type], words) if e.type == "operation" else None
        if air is None:
            continue
        told = " ".join([e.sent_text, *(t for _s, _e, t in e.extra_evidence)]).lower()
        if not any(w in air.ground_words for w in re.findall(r"[a-z]+", told)):
            e.type = air.name


def strikes_framed(events: list[EventMention]) -> list[EventMention]:
    """ "U.S. Africa Command said it carried out a two-week operation ... that concluded Aug. 23 with multiple
    airstrikes", "The United States said it carried out a large-scale military operation ..., striking more than 70
    targets", "the operations began in the Hamrin Mountains ... and included an airstrike": an operation and a strike
    one sentence tells together (the trigger sentence of one is the other's), of one actor (or a part of it), day or
    month and place, are one event, the operation word its frame. It is a strike when an air arm makes it or a state
    acting abroad (the coalition's and the US commands' strike releases), else a ground operation the strikes
    supported (gold/real conventions: ground raids are operations, air and drone strikes are strikes). Two actors
    ("Iraqi forces" and the coalition's strikes) stay two events. Run once every actor is credited."""
    gone: set[int] = set()
    for e in events:
        if e.type != "operation" or id(e) in gone:
            continue
        strike = next((s for s in events if s.type == "strike" and id(s) not in gone and _framed_pair(e, s)), None)
        if strike is None:
            continue
        keep, drop = (strike, e) if _from_the_air(e, strike) else (e, strike)
        merge(keep, drop)
        gone.add(id(drop))
    return [e for e in events if id(e) not in gone]


def _framed_pair(a: EventMention, b: EventMention) -> bool:
    """An operation and a strike one sentence tells together, not set apart by actor, day, country or place."""
    if {a.type, b.type} != {"operation", "strike"} or a.distinct or b.distinct:
        return False
    told_a = {a.sent_text, *(t for _s, _e, t in a.extra_evidence)}
    told_b = {b.sent_text, *(t for _s, _e, t in b.extra_evidence)}
    if a.sent_text not in told_b and b.sent_text not in told_a:
        return False
    if a.actor is None or b.actor is None or not a.actor.same_side(b.actor):
        return False
    ca, cb = _country(a), _country(b)
    if ca and cb and ca != cb:
        return False
    return dates_compatible(a.date, b.date) and _places_compatible(a, b, reach=True)


def _from_the_air(operation: EventMention, strike: EventMention) -> bool:
    """The pair is a strike: aircraft flew it, an air arm acts ([types.strike] air_arms), or a state's force abroad."""
    if strike.flown:
        return True  # "Following yesterday's operation ..., Iraqi F-16 jets conducted precise airstrikes"
    words = vocab()
    actors = [a for a in (operation.actor, strike.actor) if a is not None]
    if any(air_arm_type(a, words.types[operation.type], words) is not None for a in actors):
        return True
    country = _country(strike) or _country(operation)
    return country is not None and any((state := _state_of(a)) is not None and state != country for a in actors)


def _more_of_attack(attack: EventMention, fight: EventMention) -> None:
    """The fight's counts told with "also" of people other than the attackers add to the attack's: "Four soldiers
    were killed ... a single civilian was also killed in the clashes in the village" (the attackers' own dead
    are the fight's, never the attack's toll)."""
    for kind, (n, more) in fight.more.items():
        add_more(attack, kind, n, more, vocab())


def _fight(trigger: str, fights: frozenset[str]) -> bool:
    """The trigger is one of ``fights`` (lemmas), in any inflection: "clashes", "clashed", "engaged"."""
    words = trigger.lower().split()
    if not words:
        return False
    last = words[-1]
    stems = {last, last.removesuffix("s"), last.removesuffix("es"), last.removesuffix("d"), last.removesuffix("ed")}
    return any(" ".join([*words[:-1], stem]) in fights for stem in stems)


def _same_fight(attack: EventMention, fight: EventMention) -> bool:
    """One country (or none told), and one day or month: a day apart at most when both give one."""
    if attack.country and fight.country and attack.country != fight.country:
        return False
    if not dates_compatible(attack.date, fight.date) and not _next_day(attack.date, fight.date):
        return False
    return not (_days_apart(attack, fight) and not _next_day(attack.date, fight.date))


def _restates_main(main: EventMention, e: EventMention, family: frozenset[str]) -> bool:
    if e.type != main.type or e.distinct or _episodes(main, e) or _told_earlier(main, e) or listed_apart(main, e):
        return False
    ids = {main.actor.entity_id, e.actor.entity_id} if main.actor and e.actor else set()
    if len(ids) == 2 and not ids <= family:
        return False  # two actors, unless both of the target group (IS and its branch)
    if not dates_compatible(main.date, e.date) and not _next_day(main.date, e.date):
        return False
    if e.date and len(e.date) == 10 and not (main.date and len(main.date) == 10):
        return False  # a report with a day the main event lacks is an event of its own ("on January 4")
    if main.date and e.date and len(main.date) == len(e.date) == 10 and abs(_days(main.date) - _days(e.date)) > 1:
        return False
    if main.date and e.date and len(main.date) == len(e.date) == 10 and main.date != e.date and _other_town(
        main.place, e.place
    ):
        return False  # "On August 16 near Gorom-Gorom ... That same Sunday, a convoy on the Sebba road": a day and
        # a town of its own make a raid of its own, not the main one told with a stray place
    if _raid_of_its_own(main, e):
        return False  # "Islamic State Pakistan Province took credit for killing a policeman in Mastung", beside the
        # article's bombing in Quetta: another raid of the article's, at a town of its own
    km, ke = counted(main), counted(e)
    if _far_in_one_country(main.place, e.place) and (not _coarse_only(main, e) or (
            km is not None and ke is not None and km != ke)):
        return False  # "At least 52 people were killed in a blast at a shrine in Balochistan", beside the article's
        # suicide bombing in Peshawar: a place of the main event's own country a province's reach away or more is
        # another scene, not a stray reading (a stray place lies abroad: "Ariana", "Palestine"). A province told
        # beside the main event's town ("an army base in northeastern Borno state") sets it apart only with a count
        # of dead of its own: the town may be a namesake the gazetteer put in another province
    if _told_before_abroad(main, e) and ke is not None and km is None:
        return False  # "Fifteen people were killed in an attack in western Niger ... their camp in Aguelhok [Mali]
        # was attacked": the lede's attack, with a toll of its own in a country of its own, is not the one the
        # article goes on to tell at length
    if _told_afresh_elsewhere(main, e) and (km is None or km != ke):
        return False  # "By midnight on May 13, Rann and Dikwa came under heavy attack", "They clashed with the Local
        # Force in Macomia": another of the raids the article reports (told with the main event's own count, it is
        # the main event again)
    if km is not None and ke is not None and km != ke and _other_town(main.place, e.place):
        return False  # "attacked a village near Diffa, killing 12 ... killed ten civilians in an attack in the town
        # of Ayorou": a town and a count of its own make an attack of its own
    return ke is None or km is None or not _tolls_apart(km, ke)


def _raid_of_its_own(main: EventMention, e: EventMention) -> bool:
    """``e``, told with no "the" pointing back, at a town of the main event's country other than its town and not
    a village by it (``_village_by``), is another raid, wherever the article tells it (a stray place a gazetteer
    namesake makes lies abroad: "Ariana", Tunisia, for the singer). Not a town of the list one trigger splits
    (``e`` shares a start with one of the main event's mentions): the main event's own list of scenes."""
    a, b = main.place, e.place
    if a is None or b is None or e.definite or e.anaphoric or not _other_town(a, b) or a.country != b.country:
        return False
    if _village_by(a, b) or _village_by(b, a):
        return False
    if _town_told_inside(main, e):
        return False
    return e.start not in (main.start, *(start for start, _end, _text in main.extra_evidence))


def _town_told_inside(main: EventMention, e: EventMention) -> bool:
    """ "ISIS militants launched an attack in Kirkuk province, killing two soldiers", then "militants attacked
    Dibis town in Kirkuk, killing two Iraqi soldiers": ``e``'s sentence sets its town in the main event's place,
    on a day that does not differ and with the same dead, so it is the main event told by its town, not a raid
    of its own."""
    km, ke = counted(main), counted(e)
    if km is None or km != ke or main.place is None or not dates_compatible(main.date, e.date):
        return False
    return re.search(rf"\bin {re.escape(main.place.name)}\b", e.sent_text) is not None


def _coarse_only(main: EventMention, e: EventMention) -> bool:
    """``e`` is told at a province or region, the main event at a town."""
    return bool(main.place and e.place and main.place.precision == "point" and e.place.precision != "point")


def _far_in_one_country(a: Place | None, b: Place | None) -> bool:
    """Two places of one country, neither in the other, more than ``PROVINCE_REACH_KM`` apart; twice that when one
    is a region of several provinces, whose centre lies far from its own towns ("A series of attacks in Egypt's
    restive Sinai peninsula", beside an attack in Sheikh Zuweid)."""
    if a is None or b is None or a.country is None or a.country != b.country or _places_agree(a, b):
        return False
    if a.lat is None or a.lon is None or b.lat is None or b.lon is None:
        return False
    reach = 2 * PROVINCE_REACH_KM if "region" in (a.feature, b.feature) else PROVINCE_REACH_KM
    return haversine_km(a.lat, a.lon, b.lat, b.lon) > reach


def _told_before_abroad(main: EventMention, e: EventMention) -> bool:
    """``e`` is told, not in a title, before the main event's first mention, both in countries read from their
    own places (not guessed), and the two countries differ."""
    return (e.start < main.start and not e.title and main.country is not None and e.country is not None
            and main.country != e.country and not main.country_weak and not e.country_weak)


def _told_afresh_elsewhere(main: EventMention, e: EventMention) -> bool:
    """``e``, told after the main event's first mention, not in a title and with no "the" pointing back, is set
    at a town of its own in a sentence that does not tell the main event (there a second town may be its scene)."""
    if e.start < main.start or e.title or e.definite or e.anaphoric or not _other_town(main.place, e.place):
        return False
    if main.country and e.country and main.country != e.country:
        return False  # a town abroad is the stray place a gazetteer namesake makes ("al-Zarka" read as Jordan's Zarqa)
    return e.sent_text != main.sent_text and all(e.sent_text != text for _s, _e, text in main.extra_evidence)


def _other_town(a: Place | None, b: Place | None) -> bool:
    """Two places below the province, neither named inside the other: two towns or villages."""
    if a is None or b is None or a.precision != "point" or b.precision != "point":
        return False
    return a.name != b.name and a.name not in b.name and b.name not in a.name




def without_link_lines(events: list[EventMention], text: str) -> list[EventMention]:
    """Pages print links to other stories between the paragraphs, as headlines: "At least 10 Nigerian
    soldiers are killed in an ambush, the army says", "Death toll from tanker explosion rises to 86". An
    event told only on such a line (a whole line without a full stop, after the lede's first sentence) and
    given no day or month by anything is one of those stories, not this one's; so is one told only on a line that
    lists headlines (``_on_headline_list``), whatever it is dated."""
    lede = lede_end(text)
    return [e for e in events if (e.extra_evidence or not on_link_line(e, text, lede))
            and not all(_on_headline_list(start, text) for start in (e.sent_start, *_evidence_starts(e)))]


# a line that lists other stories' headlines: "Macedonia declares ... • Roundup: Roadside bomb kills 4 in N. Afghanistan
# • Urgent: ...", or headlines each glued to its time stamp ("Niger says 12 soldiers killed in attack near MaliGMT
# 23:05 2017 Tuesday ,17 October")
_HEADLINE_BULLETS = 2
_STAMPED_HEADLINE = re.compile(r"\w(?:GMT|UTC) \d{1,2}:\d{2}\b")


def _on_headline_list(start: int, text: str) -> bool:
    """The sentence starting at ``start`` is on a line that lists the headlines of other stories: two bullets or more
    between them, or a headline run into its time stamp; or it is one item of a list of headlines, one a line
    (``_listed_headline``). An event told only there is another story's."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : line_end if line_end != -1 else len(text)]
    if line.count("\u2022") >= _HEADLINE_BULLETS or _STAMPED_HEADLINE.search(line) is not None:
        return True
    if not _listed_headline(line):
        return False
    before = text[: max(line_start - 1, 0)].rstrip("\n")
    after = text[line_end + 1 :].lstrip("\n") if line_end != -1 else ""
    previous = before[before.rfind("\n") + 1 :] if before else ""
    following = after.split("\n", 1)[0]
    return _listed_headline(previous) or _listed_headline(following)


# one item of a list of other stories' headlines, one a line: a dash or a bullet, then a headline with no full stop
# ("- Africom operation kills ISIS militants in latest airstrike in Puntland"); a list of such lines under "More To
# Read" links to other stories, where the article's own points are sentences
_LISTED_HEADLINE = re.compile(
    r"^\s*[-\u2013\u2014\u2022\u25aa\u25ba*]\s+[A-Z0-9\u2018\u201c\"'][^\n]*[^\s.!?:;,\"\u201d\u2019')\]]$"
)


def _listed_headline(line: str) -> bool:
    return _LISTED_HEADLINE.match(line) is not None and len(line.split()) >= 4


def _evidence_starts(e: EventMention) -> list[int]:
    """Where the sentences of ``e``'s later mentions start (its evidence beyond the first)."""
    return [start for start, _end, _text in e.extra_evidence]


def on_link_line(e: EventMention, text: str, lede_end: int | None) -> bool:
    """The undated mention ``e`` is told on a link line to another story (``without_link_lines``)."""
    if lede_end is None or e.date or e.sent_start < lede_end:
        return False
    line_start = text.rfind("\n", 0, e.sent_start) + 1
    line_end = text.find("\n", e.sent_start)
    line = text[line_start : line_end if line_end != -1 else len(text)].strip()
    return line == e.sent_text and not line.endswith(SENTENCE_END) and not _cut_off(line)


def _cut_off(line: str) -> bool:
    """The line stops on a lower-case word that never ends a headline ([link] cut_line_words: "... during which the
    UN worker was kidnapped at"): a sentence the page cut off, the article's own, not a link to another story."""
    last = line.rsplit(None, 1)[-1] if line else ""
    return last in vocab().cut_line_words


def actor_from_article(events: list[EventMention]) -> None:
    """An event no sentence credits ("Four additional airstrikes in Iraq targeted Daesh units", "A second
    assault took place early Sunday near Oicha") is, in an article that credits every other event of its
    type to one actor, that actor's: a strike release, a report on one group's raids."""
    for e in events:
        if e.actor is not None or e.modality != "asserted":
            continue
        actors = {o.actor.entity_id: o.actor for o in events if o.type == e.type and o.actor is not None}
        if len(actors) == 1:
            e.actor = replace(next(iter(actors.values())), modifier=False)


def attacker_from_article(events: list[EventMention], groups: list[Actor], unclaimed: bool) -> None:
    """An attack no sentence credits ("On Sunday, a bombing outside a mosque in Kabul killed five") is the
    work of the one armed group the article names ([types.X] perpetrated), unless the article says no one
    claimed it. ``groups`` are that group's names, most specific first; more than one group, nothing."""
    if unclaimed or len(groups) != 1:
        return
    for e in events:
        if e.actor is None and e.modality == "asserted" and vocab().types[e.type].perpetrated:
            e.actor = groups[0]


def claim_from_article(events: list[EventMention], claimed: bool, unclaimed: bool) -> None:
    """An article that reports a claim ("Amaq, a media service associated with IS, also confirmed the
    attack") and tells of one attack reports the claim of that attack."""
    main = [e for e in events if vocab().types[e.type].perpetrated and e.modality == "asserted"]
    # ... or of the attacks one sentence lists by date ("Car bombings in Badakhshan last December and in June this
    # year killed ... IS-K claimed responsibility for both the attacks"): one telling of its episodes
    told = len(main) == 1 or (len(main) > 1 and all(e.start == main[0].start and e.episode >= 0 for e in main))
    if claimed and not unclaimed and told and all(e.actor is not None for e in main):
        for e in main:
            e.claimed = True


# A word each pattern of [link] claims, series_claims and unclaimed needs, case aside ("claimed", "took
# responsibility", "took credit", "Amaq"; tests/extract/test_events_pipeline.py checks the lists against it). Those
# patterns try every alternative at each character of the whole text, some ten times the cost of this one search,
# and an article that names none of these words reports no claim nor its absence.
CLAIM_WORDS = re.compile("claim|responsibility|credit|maq", re.I)


def names_claim(text: str) -> bool:
    """The text may tell a claim of responsibility, or its absence: without this, ``claim_told`` and the
    [link] unclaimed search find nothing."""
    return CLAIM_WORDS.search(text) is not None


def claim_told(doc: Doc, claims: re.Pattern[str] | None, since_words: frozenset[str]) -> bool:
    """The article reports a claim ([link] claims, of its attack; series_claims, of several), not as a record kept
    since a date ("Since April 2019, the Islamic State group has claimed responsibility for a number of ADF
    attacks", "Since its inception, the group has claimed responsibility for deadly attacks in Puntland": a
    campaign's background, which claims none of the attacks told): no "since" word in the claim's sentence; nor
    as a claim denied ("The ADF has never claimed responsibility for attacks"): no negated word in the claim."""
    words = token_words(doc)
    for m in claims.finditer(doc_text(doc)) if claims is not None else ():
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(c.dep_ == "neg" for t in span for c in t.children):
            continue
        if not any(words[i][1] in since_words for i in range(span.sent.start, span.sent.end)):
            return True
    return False


def claim_of_previous(events: list[EventMention], doc: Doc, claims: re.Pattern[str] | None,
                      since_words: frozenset[str], unclaimed: bool, group: str) -> None:
    """ "In a related incident on Monday, 26 people were killed when their vehicle detonated a landmine outside Rann.
    ISWAP later claimed responsibility for the blast.": a sentence that reports a claim ([link] claims) and tells no
    event of its own claims the attack the sentence just before it told, when that one sentence tells a single attack
    credited to the group (``group``: the campaign's target group, whose branches claim through it). Not a claim
    denied or kept as a record since a date (as ``claim_told``), nor on a page that says no one claimed its attack."""
    if claims is None or unclaimed:
        return
    words = token_words(doc)
    text = doc_text(doc)
    for m in claims.finditer(text):
        span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if span is None or any(c.dep_ == "neg" for t in span for c in t.children):
            continue
        sent = span.sent
        if any(words[i][1] in since_words for i in range(sent.start, sent.end)):
            continue
        if any(e.sent_start == sent.start_char or any(s == sent.start_char for s in _evidence_starts(e))
               for e in events):
            continue  # the sentence tells an event of its own, which the claim is of
        if sent.start == 0 or _claims_several(doc, span.end, sent.end):
            continue
        before = doc[sent.start - 1].sent
        told = [e for e in events if e.sent_start == before.start_char and vocab().types[e.type].perpetrated
                and e.modality == "asserted"]
        if len(told) != 1 or told[0].actor is None or told[0].actor.kb_id is None:
            continue
        kb_id = told[0].actor.kb_id
        if group in {kb_id, *_ancestors(kb_id)}:
            told[0].claimed = True


@cache
def _perpetrated_nouns() -> frozenset[str]:
    """The event nouns of the perpetrated types (events.toml): gathered once, not at each claim of a page."""
    return frozenset(n for t in vocab().types.values() if t.perpetrated for n in t.nouns)


def _claims_several(doc: Doc, start: int, end: int) -> bool:
    """What the claim is of, after it in its sentence, is a plural event noun ("claimed responsibility for 'recent
    attacks on security forces'"): several attacks, a record, not the one told just before."""
    nouns = _perpetrated_nouns()
    return any(doc[i].tag_ == "NNS" and doc[i].lemma_.lower() in nouns for i in range(start, end))


def series_claim_from_article(events: list[EventMention], series: bool, unclaimed: bool, group: str) -> None:
    """An article that reports a group's claim of several attacks ("ISWAP has claimed responsibility for a series of
    deadly attacks", "a wave of attacks claimed by ISIS") and then tells them one by one, each in its own sentence
    with no claim word, reports the claim of each attack it credits to the group (``group``: the campaign's target
    group, whose branches and local groups claim through it); not a state's raid, nor an attack left to no one."""
    if not series or unclaimed:
        return
    for e in events:
        if (e.actor is not None and e.actor.kb_id is not None and e.modality == "asserted"
                and vocab().types[e.type].perpetrated and group in {e.actor.kb_id, *_ancestors(e.actor.kb_id)}):
            e.claimed = True


def before_branch(events: list[EventMention], branch_years: dict[str, int]) -> list[EventMention]:
    """Without the attacks credited to a group outside the campaign and dated, by a year their own sentences write,
    before the group gave the campaign a branch ([link] branch_years: "the 2014 kidnapping of schoolgirls by Boko
    Haram in Chibok" is the JAS insurgency's, a year before its pledge made ISWAP). Run before ``within_campaign``
    hands such attacks to the branch."""

    def before(m: EventMention) -> bool:
        kb_id = m.actor.kb_id if m.actor is not None else None
        if kb_id is None or not (m.date and m.date[:4].isdigit()):
            return False
        founded = min((branch_years[k] for k in {kb_id, *_ancestors(kb_id)} if k in branch_years), default=None)
        return (founded is not None and int(m.date[:4]) < founded
                and any(m.date[:4] in _YEAR.findall(t) for t in [m.sent_text, *(t for _s, _e, t in m.extra_evidence)]))

    return [m for m in events if not before(m)]


def within_campaign(
    events: list[EventMention], outside: frozenset[str], branch: list[Actor], doc: Doc, index: DocIndex
) -> list[EventMention]:
    """An attack credited to a group outside the campaign (or a part of one) goes to the campaign's group
    the article is about (``branch``: outlets still call ISWAP "Boko Haram"), or to no one: the real-page
    conventions keep such attacks, unattributed, and never credit them to the outside group. Without the attacks
    whose doer, as their own sentence tells it, is such a group whose name no branch goes by ([link] branch_names):
    "Tehreek-e-Taliban Pakistan militants opened fire at a police convoy" is the TTP's war, outside the scope."""
    words = vocab()
    kept = []
    for m in events:
        kb_id = m.actor.kb_id if m.actor is not None else None
        if kb_id is None or not words.types[m.type].perpetrated or not {kb_id, *_ancestors(kb_id)} & outside:
            kept.append(m)
            continue
        if _done_by(m, doc, index, outside):
            continue
        m.actor = branch[0] if len(branch) == 1 else None
        m.claimed = m.claimed and m.actor is not None
        kept.append(m)
    return kept


def _done_by(m: EventMention, doc: Doc, index: DocIndex, outside: frozenset[str]) -> bool:
    """The trigger's doer names one of the ``outside`` groups (actors.toml ids, or a part of one) whose name no branch
    goes by ([link] branch_names; al-Shabaab, a part of al-Qaeda, is one that does): the subject of its verb, or the
    "by" phrase or possessor of its noun, or the subject of a light verb ([modality] support_verbs, author_verbs)
    that takes it as object ("The Taliban orchestrated another attack"); not a group the sentence names as the
    victim or a critic."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    head = span.root
    words = vocab()
    doers: list[Token | None] = [agent_of(head)]
    if head.pos_ in ("VERB", "AUX"):
        doers.append(None if is_passive(head) else subj_of(head))
    else:
        doers += [c for c in head.children if c.dep_ == "poss"]
        verb = head.head
        if (head.dep_ == "dobj" and verb.lemma_.lower() in words.support_verbs | words.author_verbs
                and not is_passive(verb)):
            doers.append(subj_of(verb))
    for doer in doers:
        if doer is None:
            continue
        for e in index.entities_in(doer.left_edge.idx, doer.right_edge.idx + len(doer.right_edge.text)):
            groups = {e.kb_id, *_ancestors(e.kb_id)} if e.kb_id is not None else set()
            if groups & outside and not groups & words.branch_names:
                return True
    return False


def outsider_takeovers(events: list[EventMention], outside: frozenset[str]) -> list[EventMention]:
    """Without the events of a type that is none when a group outside the campaign takes a whole country ([types.X]
    outsider_takeover_not): "The Taliban regained control of Afghanistan in 2021" is the Taliban's return to power,
    background on IS-K pages; a town it took ("drove IS out of Jowzjan") is placed below the country and stays."""
    words = vocab()
    return [
        m for m in events
        if not (
            words.types[m.type].outsider_takeover_not
            and (m.place is None or m.place.precision == "country")
            and m.actor is not None and m.actor.kb_id is not None
            and {m.actor.kb_id, *_ancestors(m.actor.kb_id)} & outside
        )
    ]


def rivals_no_operation(
    events: list[EventMention], outside: frozenset[str], ruling: frozenset[str]
) -> list[EventMention]:
    """Without the events of a type fought against the group ([types.X] against_group: an operation) credited, once
    actors are final, to an armed group outside the campaign ([link] outside_campaign) that rules no state ([link]
    ruling_groups): "Factions of al-Shabaab clashed in Puntland", "JAS fighters mounted a sweeping offensive", "ISWAP,
    Boko Haram clashed again in Borno" are the groups' own fighting, which the conventions never type as a force's
    operation (the Taliban's raid on an ISKP hideout stays one)."""
    words = vocab()
    barred = outside - ruling
    return [
        m for m in events
        if not (
            words.types[m.type].against_group
            and m.actor is not None and m.actor.kb_id is not None
            and {m.actor.kb_id, *_ancestors(m.actor.kb_id)} & barred
        )
    ]


RECENT_TITLE_DAYS = 7  # a report comes out within a week of what it tells


def _title_month(title: EventMention, story_day: str, reference: str | None) -> bool:
    """The title's month covers ``story_day``: it is that day's month, or the title has only the article's month and
    the story's day falls in the week before the article (a bombing on 30 April reported on 1 May: the title's
    "The Islamic State group says it was behind a mosque bombing" is dated by the report, not the bombing)."""
    if title.date is None or story_day[:7] == title.date:
        return True
    if not reference or len(reference) < 10 or title.date != reference[:7]:
        return False
    gap = _days_before(story_day, reference[:10])
    return gap is not None and 0 < gap <= RECENT_TITLE_DAYS


def _days_before(story_day: str, day: str) -> int | None:
    try:
        return (dt.date.fromisoformat(day) - dt.date.fromisoformat(story_day)).days
    except ValueError:
        return None


def _title_covers(title: EventMention, story_day: str, reference: str | None, dayless: frozenset[int]) -> bool:
    """A title with no day of its own covers the story's day by its month; one whose day the article lent it
    (``dayless``: the page's or a report's day, given after linking, "Densus 88 arrests 12 terrorist suspects in
    four cities" on 17 March) covers a story day of the week before that day ("arrested on Tuesday")."""
    if title.date is None or len(title.date) == 7:
        return _title_month(title, story_day, reference)
    if id(title) not in dayless or title.extra_evidence:
        return False  # a day of its own, or a story sentence joined it since ("restated"): its day is that one's
    gap = _days_before(story_day, title.date)
    return gap is not None and 0 <= gap <= RECENT_TITLE_DAYS


def headlines_into_story(
    events: list[EventMention], reference: str | None = None, dayless: frozenset[int] = frozenset()
) -> list[EventMention]:
    """A title names the story's event with the article's month for its date ("Morocco dismantles terror cell,
    arrests 5 IS suspects", then "The Moroccan security services dismantled on Tuesday a terrorist cell ... in
    Tetouan"): a title-line event with no day of its own joins the first event of its type the story tells, in
    its country, on a day of that month, unless the two give different tolls (a story event told as "another"
    is not the title's). Run once dates and countries are
    final: the title's other words (the state for its force, a province for the town) kept them apart before.
    ``dayless``: ids of title events whose day the article lent them after linking (``_title_covers``)."""
    out: list[EventMention] = []
    for e in events:
        # "In another operation in Kirkuk on Sunday": not the one the title told
        if e.title and (e.date is None or len(e.date) == 7 or id(e) in dayless):
            story = next(
                (
                    o for o in events
                    if o is not e and not o.title and not o.distinct and o.type == e.type
                    and (e.country is None or o.country == e.country)
                    and o.date is not None and len(o.date) == 10 and _title_covers(e, o.date, reference, dayless)
                ),
                None,
            )
            if story is not None and not (
                e.killed is not None and story.killed is not None and e.killed != story.killed
            ):
                merge(story, e)
                continue
        out.append(e)
    return out


def to_event(m: EventMention, doc_id: str) -> Event:
    evidence = [Evidence(doc_id=doc_id, start=m.start, end=m.end, text=m.sent_text)]
    evidence += [Evidence(doc_id=doc_id, start=s, end=e, text=t) for s, e, t in m.extra_evidence]
    first = min(ev.start for ev in evidence)
    place = m.place or m.country_place
    # a village no gazetteer knows (extract/events/unlisted.py) keeps its point precision without coordinates:
    # as a country-level report the picture would merge it with every report of its country and month
    geo = m.place.precision if m.place else ("country" if m.country else None)
    return Event(
        id=stable_id(doc_id, "event", m.type, first, m.country, place.id if place else None),
        doc_id=doc_id,
        type=m.type,
        date=m.date,
        date_precision=m.date_precision,
        country=m.country,
        place=m.place.name if m.place else None,
        lat=place.lat if place else None,
        lon=place.lon if place else None,
        actor=m.actor.name if m.actor else None,
        target=m.target,
        killed=m.killed,
        wounded=m.wounded,
        claimed=m.claimed,
        evidence=evidence,
        modality=m.modality,
        trigger=m.trigger,
        place_id=place.id if place else None,
        actor_id=m.actor.entity_id if m.actor else None,
        geo_precision=geo,
    )


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def date_from_report(events: list[EventMention]) -> None:
    """An event still undated that a sentence reports with its day ("Iraqi counterterrorism forces said on Monday
    that three suspected IS members were killed in Kirkuk") happened, as far as the text tells, on that day: the
    real-page conventions date it so (the day Kirby commented on an attack the text never dates). Not a claim's
    day ("IS said on Friday it was behind an attack", see ``event_timexes``). Last before the article's month:
    the dateline's day and the story's first day (``day_from_article``) are more often the event's own, a report
    coming a day after ("killed ... on Thursday", then "the ministry said on Friday")."""
    for e in events:
        if e.date is None and e.report_day and e.modality == "asserted":
            if _reports_a_dated_one(e, e.report_day, events):
                continue
            e.date, e.date_precision, e.date_said = e.report_day, "day", True


def month_from_report(events: list[EventMention], reference: str | None) -> None:
    """An event still undated that a sentence reports in a month before the page's ("In late January, the Iraqi
    forces said they had freed the whole province"): it happened by the time it was told, in that month as far as
    the text tells, not in the page's month or on its day (which ``day_from_article`` and ``date_from_article``
    would lend it). A report of the page's own month leaves the event to them."""
    if not reference:
        return
    for e in events:
        if e.date is None and e.report_month and e.modality == "asserted" and e.report_month < reference[:7]:
            e.date, e.date_precision, e.date_said = e.report_month, "month", True


def _reports_a_dated_one(event: EventMention, day: str, events: list[EventMention]) -> bool:
    """The article already dates an event of the same kind on the report's day or the two days before it: the
    report is most likely of that event, told again a day later ("the raid on Thursday", then "the command said
    on Friday that two leaders were killed"), and its day would split one event in two."""
    reported = dt.date.fromisoformat(day)
    for other in events:
        if other is event or other.type != event.type or not other.date or len(other.date) != 10:
            continue
        if 0 <= (reported - dt.date.fromisoformat(other.date)).days <= 2:
            return True
    return False


def day_from_other_event(events: list[EventMention], reference: str | None) -> None:
    """An event still undated that its sentence tells as N days before or after another it dates ("JUST two days
    after the suicide bomb attack in Manchester, the Indonesian capital was rocked by two explosions", the
    explosions dated elsewhere) happened N days from that one's day; told so from the page's present ("This comes
    a day after a deadly attack ..."), N days from the page's day; told of an event the clause's subject points back
    at ("The operation comes a day after ..."), N days from that event's day."""
    for e in events:
        if e.date is not None or e.offset_anchor is None or e.modality != "asserted":
            continue
        shift, lo, hi, own_lo, own_hi, present, kinds = e.offset_anchor
        day = next((o.date for o in events if o is not e and o.date and len(o.date) == 10
                    and any(lo <= at < hi and not own_lo <= at < own_hi for at in _trigger_starts(o))), None)
        if day is None and kinds:
            # "The operation comes a day after ...": the subject points back at the last event of its kind told
            # before, whose day the clause's is
            told = [o for o in events if o is not e and o.type in kinds and o.start < lo]
            if not told:
                # ("The operation came one day after Iraqi jets struck", after "killed four militants during an
                # airstrike-led operation", read as a strike): another word for it (``names_also``)
                also = {t for k in kinds for t in vocab().names_also.get(k, ())}
                told = [o for o in events if o is not e and o.type in also and o.start < lo]
            last = max(told, key=lambda o: o.start, default=None)
            if last is not None and last.date and len(last.date) == 10:
                day = last.date
        if day is None and present and reference and len(reference) == 10:
            day = reference
        if day is None:
            continue
        e.date, e.date_precision = shifted_day(day, shift)


def _trigger_starts(e: EventMention) -> list[int]:
    return [e.start, *(s for s, _t, _x in e.extra_evidence)]


def date_from_dateline(events: list[EventMention], dateline_dates: list[tuple[int, int, Timex]]) -> None:
    """An event still undated whose sentences open with a dated wire dateline ("BAGHDAD, March 5 (Reuters) -
    A car bomb killed 20 people") happened, as far as the text tells, on the day the story was filed."""
    for e in events:
        if e.modality != "asserted":
            continue
        s, t = e.sent_start, e.sent_end
        # the dateline is a sentence of its own (annotate/lines.py): the sentence right after it counts too
        found = next((tx for a, b, tx in dateline_dates if s <= a < t or a <= s <= b), None)
        if found is None or not found.value:
            continue
        # a lead's month or year ("the first repatriation so far this year") holds the dateline's day
        finer = e.date is not None and len(str(found.value)) > len(e.date) and str(found.value).startswith(e.date)
        if e.date is None or finer:
            e.date, e.date_precision = str(found.value), found.precision


def day_from_article(
    events: list[EventMention], days: list[tuple[int, str]], reference: str | None, named: Sequence[Timex] = ()
) -> None:
    """An event its sentences leave undated ("Police conducted a raid on a compound in Karachi's Taiser Town"),
    in an article whose first day is one of its month ("Eleven militants were arrested on Monday in Karachi"),
    happened on that day as far as the text tells: a news story tells its day first, then the story without
    it. ``days`` (offset, day) come in text order, without a report's ("police said Friday": ``story_days``).
    Only a day of the reference month up to the reference, the month ``date_from_article`` would give, and not
    one of the event's own sentences: those left it undated on purpose ("Police sealed off the square on Friday
    after gunmen attacked a bakery"). A day the text gives another event is that event's for the events told
    before it ("In another operation in Kirkuk on Sunday" after the lede's clash), the story's for those told
    after it ("Police detained 40 suspects in Istanbul on Friday. In Izmir, police detained seven."). An event
    only a claim or report dates takes the story's day just before that one (``_claimed_day_only``)."""
    if not reference or len(reference) != 10:
        return
    taken = {e.date for e in events if e.date and len(e.date) == 10}
    # (a day of the month before, for an event a report dates right after it: "Soldiers killed four members of the
    # BIFF, the military said Monday [March 1]", then "fired at soldiers ... on Sunday afternoon" [February 28]); a day
    # or two before the report, as ``_before_claim`` (the report's own day, "Uzbekistan on May 30 announced it had
    # carried out Operation Dobro", told again, is no day of the deed, and split it from other outlets' June event)
    earlier = [(at, d) for at, d in days if len(d) == 10 and d[:7] < reference[:7]]
    days = [(at, d) for at, d in days if len(d) == 10 and d[:7] == reference[:7] and d <= reference]
    for e in events:
        lent = days
        if e.date is None and e.report_day and len(e.report_day) == 10:
            near = [(at, d) for at, d in earlier if 0 < _days(e.report_day) - _days(d) <= CLAIM_LAG_DAYS]
            lent = sorted([*days, *near])
        week = _week_only(e, reference)
        if e.modality != "asserted" or not (e.date is None or week or _claimed_day_only(e)) or e.recalled:
            continue
        spans = [(e.sent_start, e.sent_end), *((s, t) for s, t, _x in e.extra_evidence)]
        # (a claimed event's sentences may tell its day where the parse did not let it date the event: "Three
        # soldiers were killed on Wednesday", a count told apart that joined the claimed attack)
        own = [] if e.date is not None and not week else spans
        # (and only for an event whose own sentences name no day: one they name that the parse did not give it
        # leaves it another's, "the two explosions which took place on 9 September")
        told = [at for at, _d in lent] + [tx.start for tx in named if tx.precision == "day"]
        first = min(_trigger_starts(e)) if not any(s <= at < t for at in told for s, t in spans) else -1
        day = next((d for at, d in lent if not any(s <= at < t for s, t in own)
                    and (d not in taken or at < first)
                    and (_in_week(d, reference) if week else _before_claim(e, d))), None)
        if day is None or (e.date is None and e.report_day is not None and day > e.report_day):
            # ("On Sunday, the ministry said that four personnel were killed", the story going on to Monday): a
            # thing is told after it happened, the day of its report (``date_from_report``) bounds it
            continue
        if any(o.type == e.type and o.date and len(o.date) == 10 and o.date != day
               and (not o.country or o.country == e.country) and _places_agree(o.place, e.place, reach=False)
               for o in events if o is not e):
            continue  # most often the event of that type dated to another day told again ("killed 15 IS
            # operatives ... during an operation early Thursday"): the story's day would make it a second one; not
            # one of another place ("On Thursday, police detained 101 suspects in Ankara", then "In Izmir, police
            # detained seven"): another event, of the story's day
        # (a claimed event is dated already, to a day a few days after the story's: no background)
        if e.date is None and _names_other_year(e, reference[:4]):
            continue  # background ("IS seized Mosul, in 2014"), as for date_from_article
        if e.date is None and _names_earlier_time(e, named, reference[:7]):
            continue  # likewise an earlier month ("in January in which eight people were killed")
        e.date, e.date_precision, e.date_said = day, "day", False


def _claimed_day_only(e: EventMention) -> bool:
    """The event's only date is the day a claim or report was made about it ("Province of Sinai claimed responsibility
    for the attack ... on Thursday"): the story's own day before it ("Three soldiers were killed on Wednesday"), in a
    sentence of its own, is the event's (``day_from_article``). Only an attack's: a meeting or an operation dated by a
    report ("At a meeting of his Cabinet on Monday, the president told officials") is most often that day's."""
    return e.date_said and e.date is not None and len(e.date) == 10 and vocab().types[e.type].perpetrated


# Days back from the page's day its own week reaches ("early this week")
WEEK_REACH_DAYS = 6


def _week_only(e: EventMention, reference: str) -> bool:
    """The event's only date is the page's week ("MILF members early this week engaged the BIFF in
    prolonged clashes"), which the resolver gives as its month: the story's day of that week ("in the village of
    Pusao on Tuesday afternoon"), told in a sentence of its own, is the event's as for an undated one."""
    return e.week_dated and e.date is not None and e.date == reference[:7]


def _in_week(day: str, reference: str) -> bool:
    """``day`` falls in the week a "this week" of the page's day can name."""
    return 0 <= (dt.date.fromisoformat(reference) - dt.date.fromisoformat(day)).days <= WEEK_REACH_DAYS


def _before_claim(e: EventMention, day: str) -> bool:
    """``day`` can be the event's: any day for an undated event, one shortly before a claim's or report's day for one
    only a claim dates (a thing happens before it is claimed; a day after it is another story's)."""
    if e.date is None:
        return True
    lag = (dt.date.fromisoformat(str(e.date)) - dt.date.fromisoformat(day)).days
    return 0 < lag <= CLAIM_LAG_DAYS


def date_from_article(events: list[EventMention], reference: str | None, named: Sequence[Timex] = ()) -> None:
    """An event the text never dates is, in a news article, one of the article's month: it gets the
    reference month at month precision (the real-article conventions date it so when no day can be
    resolved). Not when its sentences name another year: that is background ("IS seized Mosul, in 2014");
    nor when they name an earlier month (``named``: the text's resolved dates), which the parse did not let
    date the event ("He issued his ultimatum in November after gunmen massacred 300 worshippers", "since
    February, when the ADF killed 23 people"): the page's month would be wrong, no date is only unknown.
    A page dated only to its year (a year in its address, ``when.page_year``) lends that year, the precision it
    has, to an event its text never dates; not when the text names a month of that year: the event may be
    of it or of another (a background "bombings in Baghdad in January" on a page of June), and a year would hide it."""
    if not reference or len(reference) < 4:
        return
    if len(reference) < 7 and _names_month_of(reference[:4], named):
        return
    month = reference[:7] if len(reference) >= 7 else reference[:4]
    precision = "month" if len(month) == 7 else "year"
    for e in events:
        if e.date is not None or e.modality != "asserted":
            continue  # a planned event is not the article's ("will withdraw by September")
        back = _counted_back(e, reference, named)
        if back is not None:
            e.date, e.date_precision = back
            continue
        if _names_other_year(e, reference[:4]) or _names_earlier_time(e, named, month):
            sole = _sole_time_of_sentence(e, named, month)
            if sole is not None and not _dates_another(sole, e, events):
                e.date, e.date_precision = str(sole.value), sole.precision
            continue
        if e.recalled:
            continue  # "the perpetrators of the Crocus City Hall attack": a known one, of its own time
        e.date, e.date_precision = month, precision


# "The attack comes two months after a similar raid on the same base killed 25 soldiers", "the victory, which took
# place a year after the city was first attacked": a count of months or years and the "after" that opens the clause
_COUNTED_AFTER = re.compile(
    r"\b(?:(?:nearly|almost|about|some|around|just|only|barely|roughly|more than|over) ){0,2}"
    r"(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) "
    r"(?P<unit>year|month|week|day)s? after\b", re.I)
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
# what ends the clause an "after" opens before the trigger would stand outside it
_CLAUSE_END = re.compile(r"[,;:()\"“”]")


def _counted_back(e: EventMention, reference: str, named: Sequence[Timex]) -> tuple[str, str] | None:
    """(value, precision) of an undated event its own sentence tells a counted number of days, weeks, months or years
    before the happening it names first ("The attack comes two months after a similar raid on the same base killed 25
    soldiers": the raid is two months before the page's month; "a year after the city was first attacked": the year
    before the page's; "just over a week after militants beheaded 11 people": the month of the page's day a week
    back), when what it is counted from is the page's own time: the sentence names no other time before the count
    (else that time, not the page's, is the anchor: "declared victory in December, three years after"). None
    otherwise; "less than a month after" counts nothing."""
    trigger = e.start - e.sent_start
    found = [m for m in _COUNTED_AFTER.finditer(e.sent_text, 0, max(0, trigger))
             if not _CLAUSE_END.search(e.sent_text, m.end(), trigger)]
    if not found or e.sent_text[max(0, found[-1].start() - 10): found[-1].start()].lower().endswith("less than "):
        return None
    m = found[-1]
    month = reference[:7]
    before = [str(tx.value) for tx in named if tx.value and e.sent_start <= tx.start < e.sent_start + m.start()]
    if any(not (month.startswith(v) or v.startswith(month)) for v in before):
        return None
    n = _COUNT_WORDS.get(m["num"].lower()) or (int(m["num"]) if m["num"].isdigit() else 0)
    if not n:
        return None
    unit = m["unit"].lower()
    if unit == "year":
        return str(int(reference[:4]) - n), "year"
    if unit in ("week", "day"):
        # (a few days or weeks back from the page's day: the month that day falls in, the day the anchor's own is not)
        if len(reference) != 10:
            return None
        back = dt.date.fromisoformat(reference) - dt.timedelta(days=n * (7 if unit == "week" else 1))
        return back.isoformat()[:7], "month"
    if len(reference) < 7:
        return None
    months = int(reference[:4]) * 12 + int(reference[5:7]) - 1 - n
    return f"{months // 12:04d}-{months % 12 + 1:02d}", "month"


def _names_month_of(year: str, named: Sequence[Timex]) -> bool:
    """One of the text's resolved dates names a month or a day of ``year``."""
    return any(tx.value and len(str(tx.value)) >= 7 and str(tx.value).startswith(year) for tx in named)


def _sole_time_of_sentence(e: EventMention, named: Sequence[Timex], month: str) -> Timex | None:
    """The one earlier time the event's own sentence names, which the parse did not let date it ("In March,
    ISWAP targeted a base with drones before advancing its ground assault", "a militant attack in the capital,
    Jakarta, in January in which eight people were killed"): a sentence that tells a past event with a single
    time tells it at that time. None when the sentence names two times (which one is the event's is unknown)
    or its time is not before the reference month (``date_from_article`` gives that month)."""
    own = [tx for tx in named if tx.value and e.sent_start <= tx.start < e.sent_end]
    if any(_heads_a_noun(tx, e) for tx in own):
        return None  # "the deadliest since the 2015 Sousse massacre": the time of another thing it names
    values = {str(tx.value): tx for tx in own}
    if len(values) != 1:
        return None
    tx = next(iter(values.values()))
    value = str(tx.value)
    if not value[: len(month)] < month[: len(value)]:
        return None
    return tx if _fronted(tx, e) or _beside_trigger(tx, e) or _when_clause_of(tx, e) else None


# Words that open a clause of its own: a time after one of them tells of that clause ("a hotel that had reopened after
# its closure in 2015"), not of the event before it
_CLAUSE_OPENER = re.compile(r"\b(?:that|which|who|whom|whose|when|where|while|after|before|since|until|as|because|"
                            r"following|amid|despite)\b", re.I)
# Nothing but prepositions, adverbs of time and conjunctions before a time that opens its sentence
_FRONT = re.compile(r"^\W*(?:(?:in|on|at|during|by|and|but|then|also|later|earlier|early|late|the)\s+)*$", re.I)


def _fronted(tx: Timex, e: EventMention) -> bool:
    """The time opens the sentence ("In March, ISWAP targeted a base ..."): a fronted time scopes over all of it."""
    return bool(_FRONT.match(e.sent_text[: max(0, tx.start - e.sent_start)]))


def _beside_trigger(tx: Timex, e: EventMention) -> bool:
    """The time follows the trigger with no clause opened between them ("a militant attack in the capital, Jakarta,
    in January in which eight people were killed")."""
    if not e.start <= tx.start:
        return False
    between = e.sent_text[max(0, e.start - e.sent_start): max(0, tx.start - e.sent_start)]
    return not _CLAUSE_OPENER.search(between)


# ", when" right after a time: a clause hung on the time, telling what happened then
_WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.I)


def _when_clause_of(tx: Timex, e: EventMention) -> bool:
    """The sentence's one time carries a "when" clause ("This is the deadliest assault in the region since
    February, when the ADF killed 23 people"): the clause tells what happened at that time, even after "since",
    and the event the sentence tells (its killing, merged with the assault named before) is of it."""
    return bool(_WHEN_AFTER.match(e.sent_text, tx.end - e.sent_start))


def _dates_another(tx: Timex, e: EventMention, events: list[EventMention]) -> bool:
    """Another event told in ``e``'s sentence has the time for its date ("Gunmen attacked a hotel, in a raid that
    recalled the massacre at a beach resort in 2015"): the time is that event's, not the undated one's."""
    return any(o is not e and o.date == tx.value and any(e.sent_start <= at < e.sent_end for at in _trigger_starts(o))
               for o in events)


_NOUN_AFTER = re.compile(r"\s+(?!(?:of|and|or|to|in|at|on)\b)[A-Za-z]")


def _heads_a_noun(tx: Timex, e: EventMention) -> bool:
    """The time stands before a noun after an article ("the 2015 Sousse massacre", "a January 31 raid"): it dates
    that thing."""
    before, after = e.sent_text[: tx.start - e.sent_start], e.sent_text[tx.end - e.sent_start:]
    return before.endswith(("the ", "The ", "a ", "A ", "an ")) and bool(_NOUN_AFTER.match(after))


# Words opening a clause about something else than the event before it: a time inside such a clause, after the
# trigger, dates that other thing ("killed in a suicide bombing, the most high-profile casualty since it returned
# to power in 2021"), not the event ("when", "after" and "as" clauses are left out: "killed 300 people when it
# stormed Sinjar in 2014" is dated by its clause)
_OTHER_CLAUSE = re.compile(r"\b(?:since|that|which|who|whom|whose|where)\b", re.I)


def _in_later_clause(e: EventMention, at: int) -> bool:
    """The character ``at`` of the event's own sentence lies after its trigger, in a clause (``_OTHER_CLAUSE``)
    opened between them."""
    return e.start < at and bool(_OTHER_CLAUSE.search(e.sent_text[max(0, e.end - e.sent_start): at - e.sent_start]))


# an article right before a date ("the 2021 Abbey Gate bombing", "a January 28 attack") ...
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.I)
# ... the date itself (a year, or a month's day with or without its year) and the noun phrase it heads (not a word
# that goes on with the date or a preposition: "the 2000s", "a year on", "the March 3 to 5 talks" read apart)
_DATE_BEFORE_NOUN = re.compile(
    r"(?:(?:19|20)\d\d|[A-Z][a-z]{2,8}\.? [0-3]?\d(?:st|nd|rd|th)?(?:,? (?:19|20)\d\d)?)"
    r" (?!(?:and|or|to|at|in|of|for|the|with|on|by|from|when|as|after|before)\b)[A-Za-z]")


def _names_a_thing(text: str, i: int, kind: str | None = None) -> bool:
    """The date at ``i`` of ``text`` stands between an article and a noun, first modifier of a noun phrase ("arrested
    a commander alleged to have plotted the 2021 Abbey Gate bombing"): it dates that thing, told as known, not the
    happening the sentence tells (a count is no date: "the 2000 troops"; "the 2015 attacks" is one). With ``kind``,
    only a thing of another kind than that event type's: "the 2019 attack" told again in an attack's sentence dates
    it."""
    m = _DATE_BEFORE_NOUN.match(text, i)
    if m is None or not _ARTICLE_BEFORE.search(text[max(0, i - 6): i]):
        return False
    phrase = _NOUN_PHRASE.match(text, m.end() - 1)
    words = [w.lower().removesuffix("s") for w in (phrase.group().split() if phrase else [])]
    types = vocab().types
    if date_rules().quantity_after_year.match(text[m.end() - 2:]) and not any(
            words[:1] and words[0] in tv.own_nouns for tv in types.values()):
        return False
    return kind is None or not set(words) & types[kind].own_nouns


# the words of a noun phrase after its date, up to a preposition, a verb's usual companions or a punctuation mark
_NOUN_PHRASE = re.compile(r"(?:(?!(?:at|in|on|of|by|for|from|with|that|which|who|and|or|to)\b)[\w'’-]+ ?){1,5}")


def _names_known_thing(e: EventMention, at: int, date: str) -> bool:
    """The date ``date`` at the character ``at`` of the event's own sentence, after its trigger, names a thing of
    another kind (``_names_a_thing``); or, at a mention of the event in another sentence, does so wherever that
    sentence writes it."""
    if e.sent_start <= at < e.sent_end:
        return e.start < at and _names_a_thing(e.sent_text, at - e.sent_start, e.type)
    for s, t, text in e.extra_evidence:
        if s <= at < t:
            found = [m.start() for m in re.finditer(re.escape(date), text)]
            return bool(found) and all(_names_a_thing(text, i, e.type) for i in found)
    return False


# A relative pronoun: a clause it opens before the trigger and closes with a comma tells of the noun it hangs on
_RELATIVE = re.compile(r"\b(?:which|who|whom|whose)\b", re.I)


def _in_earlier_clause(e: EventMention, at: int) -> bool:
    """The character ``at`` of the event's own sentence lies before its trigger, in a relative clause closed by a
    comma before the trigger: "The group which broke away from Boko Haram in 2018, in a video it posted on Tuesday,
    said it coordinated the attacks" tells the group's year, not the attacks'."""
    if at >= e.start:
        return False
    opened = e.sent_text[: max(0, at - e.sent_start)].rsplit(",", 1)[-1]
    return bool(_RELATIVE.search(opened)) and "," in e.sent_text[at - e.sent_start : e.start - e.sent_start]


# what may stand between "since" and the year it opens a span with: "since 2012", "since early 2022", "since
# January 2020", "since the start of 2021", "since March 15, 2019"
_SINCE_BEFORE = re.compile(
    r"\bsince\s+(?:(?:early|late|mid|the\s+(?:start|end|beginning|middle)\s+of)[\s-]+)?(?:[A-Z][a-z]+\.?\s+)?"
    r"(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?(?:[A-Z][a-z]+\.?\s+)?$", re.I)


def _opens_span(text: str, at: int) -> bool:
    """The year at ``at`` of ``text`` is the start of a span ("since early 2022"): it dates no happening."""
    return bool(_SINCE_BEFORE.search(text[max(0, at - 40) : at]))


def _names_other_year(e: EventMention, year: str) -> bool:
    """One of the event's sentences writes a year other than ``year``, outside a clause of its own sentence about
    something else (``_in_later_clause``, ``_in_earlier_clause``); in another of its sentences, not as the start of
    a span ("near the site of an offensive waged since early 2022": ``_opens_span``), which dates no happening (in
    the event's own sentence such a span may be the event's: "Since June 2023, police have detained 3,000")."""
    own = any(m.group() != year and not _in_later_clause(e, at := e.sent_start + m.start())
              and not _in_earlier_clause(e, at) and not _names_known_thing(e, at, m.group())
              for m in _YEAR.finditer(e.sent_text))
    return own or any(m.group() != year and not _opens_span(t, m.start()) and not _names_a_thing(t, m.start(), e.type)
                      for _s, _e, t in e.extra_evidence for m in _YEAR.finditer(t))


def _names_earlier_time(e: EventMention, named: Sequence[Timex], month: str) -> bool:
    """One of the event's sentences names a time before the reference month: a month or day of an earlier
    month, or an earlier year ("late last year"), outside a later clause about something else."""
    spans = [(e.sent_start, e.sent_end), *((s, t) for s, t, _x in e.extra_evidence)]
    for tx in named:
        value = str(tx.value or "")
        if not value or not any(s <= tx.start < t for s, t in spans) or _in_later_clause(e, tx.start) \
                or _in_earlier_clause(e, tx.start) or _names_known_thing(e, tx.start, tx.text):
            continue
        if value[: len(month)] < month[: len(value)]:
            return True
    return False


def not_after_report(events: list[EventMention], reference: str | None) -> list[EventMention]:
    """A news page tells what has happened: an event told as done but dated to a later month than the page's
    ("set to host an IMF-World Bank meeting in Bali in October", a weekday or "this year" misread) is a plan the
    grammar did not show, or a date misread, never one of its events. One told as planned keeps its day ("is due
    to meet US President Joe Biden in Washington on April 15"), and so does one whose sentence writes its year
    ("On August 29, 2022, terrorists killed a police constable"): then the page's own date is what is wrong."""
    if not reference:
        return events

    def later(e: EventMention) -> bool:
        n = min(len(e.date or ""), len(reference), 7)
        if e.modality != "asserted" or e.date is None or e.date[:n] <= reference[:n]:
            return False
        texts = [e.sent_text, *(t for _s, _e, t in e.extra_evidence)]
        return not any(e.date[:4] in _YEAR.findall(t) for t in texts)

    return [e for e in events if not later(e)]


def since_campaign(events: list[EventMention], start_year: int | None) -> list[EventMention]:
    """An event dated before the campaign began ([link] campaign_start_year: "the 2002 Bali bombing", "the 2009
    attacks on Jakarta hotels" in a story on today's cells) is another conflict's background: not the picture's."""
    if start_year is None:
        return events

    def before(e: EventMention) -> bool:
        if not (e.date and e.date[:4].isdigit() and int(e.date[:4]) < start_year):
            return False
        # only a year its own sentences write: one counted from a page with no date, read from the latest year its
        # text names ("latest-year-in-text"), may be years too early for an event of the campaign
        return any(e.date[:4] in _YEAR.findall(t) for t in [e.sent_text, *(t for _s, _e, t in e.extra_evidence)])

    return [e for e in events if not before(e)]


def outside_wars(events: list[EventMention]) -> list[EventMention]:
    """An event of a kind that, in its country, ended another war than the campaign ([types.X] other_wars: the 2021
    US and NATO withdrawal from Afghanistan, background on many IS-K pages) is not the picture's. Run once
    countries are final."""
    words = vocab()
    return [e for e in events if not (e.country and e.country.lower() in words.types[e.type].other_wars)]


def other_war_hits(events: list[EventMention], index: DocIndex) -> list[EventMention]:
    """Without the events of a type whose sentence names a force of another war ([types.X] other_war_sides) that is
    not their actor: "Soleimani, head of the Quds Force, ... was killed in a US airstrike" is the US-Iran conflict,
    not the campaign's. Run once actors are final."""
    words = vocab()

    def other_side(e: EventMention) -> bool:
        sides = words.types[e.type].other_war_sides
        if not sides:
            return False
        own = {e.actor.kb_id, *_ancestors(e.actor.kb_id)} if e.actor is not None and e.actor.kb_id else set()
        return any(m.kb_id in sides and m.kb_id not in own for m in index.entities_in(e.sent_start, e.sent_end))

    return [e for e in events if not other_side(e)]


def host_from_dateline(events: list[EventMention], dateline_places: list[tuple[int, int, PlaceMention]]) -> None:
    """A meeting the text does not locate ("The French President had a meeting with Mr Haider al-Abadi, Prime
    Minister of Iraq") was held, as far as the text tells, where its page was issued: the first dateline's place
    ("Paris, 2 June 2015"), over a country only read from elsewhere in its sentence (the guest's) and before
    ``country_from_article``, which would put it in the country the talks were about."""
    host = next((pm for _a, _b, pm in dateline_places if pm.place.country), None)
    if host is None:
        return
    for e in events:
        if (e.country is None or e.country_weak) and e.place is None and vocab().types[e.type].held_at_dateline:
            e.country, e.country_weak = host.place.country, True
            if host.place.precision == "country":
                e.country_place = host.place
            else:
                e.place = host.place


# The article's country must hold this share of its place mentions to stand for events that name none.
MAIN_COUNTRY_SHARE = 0.4


def _main_country(counts: dict[str, int], dateline: str | None = None) -> str | None:
    """The country holding ``MAIN_COUNTRY_SHARE`` of the counts; on a tie the dateline's (``dateline``: the story
    was filed there, "PESHAWAR, Pakistan — ... fled to Afghanistan ... Pakistani police"), else the first seen
    (dicts keep order)."""
    if not counts:
        return None
    main = max(counts, key=lambda c: (counts[c], c == dateline))
    return main if counts[main] >= MAIN_COUNTRY_SHARE * sum(counts.values()) else None


def country_from_article(
    events: list[EventMention], places: list[Place], demonyms: Sequence[str] = (), dateline: str | None = None
) -> None:
    """An event no sentence locates ("The group claimed responsibility for the attack.") happened, as far
    as the text tells, in the country the article is about: the country most of its places lie in. Left
    unset when no country dominates (a round-up of several countries). Where its places settle nothing ("killed
    five Cameroonian soldiers ... in the country's far north" at villages no gazetteer knows, then "Cameroon,
    alongside neighbouring Nigeria and Chad"), its demonyms (``demonyms``, ISO2 in text order) of the countries
    it names count too. Where its body names no known place at all ("ZAMBOANGA CITY, Philippines — ... clashes
    ... in the Piagapao Complex"), the country of its dateline (``dateline``) is the article's."""
    counts: dict[str, int] = {}
    names: dict[str, str] = {}
    for p in places:
        if p.country:
            counts[p.country] = counts.get(p.country, 0) + 1
            if p.precision == "country":
                names[p.country] = p.name
    # a state that fights only abroad ([places] abroad_states) is no place an attack, strike or raid of the
    # article happened unless a sentence puts it there: a US report of US strikes in Syria is about Syria
    far = vocab().abroad_states
    if not counts and dateline and dateline.lower() not in far:
        counts[dateline] = 1
    main_near = _main_country({c: n for c, n in counts.items() if c.lower() not in far}, dateline)
    main = _main_country(counts, dateline)
    if main is None:
        # only for a country it names: a nationality alone locates nothing ("an Australian teen who died in a
        # suicide attack in the city", "a drone strike by American forces")
        for iso in demonyms:
            if iso in counts:
                counts[iso] += 1
        main = _main_country(counts, dateline)
    for e in events:
        if e.country is None:
            held = vocab().types[e.type].held_at_dateline
            country = main if held or main is None or main.lower() not in far else main_near
            if country is None:
                continue
            if vocab().types[e.type].abroad and e.actor is not None and e.actor.name == names.get(country):
                continue  # a US report of a US strike is about the US, but the strike hit elsewhere
            e.country, e.country_weak = country, True


def _same_actor(a: EventMention, b: EventMention) -> bool:
    """One doer for both, or none named for either."""
    if a.actor is None or b.actor is None:
        return a.actor is None and b.actor is None
    return a.actor.entity_id == b.actor.entity_id or (
        a.actor.kb_id is not None and a.actor.kb_id == b.actor.kb_id)


def _tells_another(sentence: str) -> bool:
    """ "In the second attack, the wife and three children ... were killed", "a separate explosion took place": a
    sentence that tells one of several apart ([link] distinct, ordinals) may be about another incident."""
    words = vocab()
    return bool(set(re.findall(r"[a-z]+", sentence.lower())) & (words.distinct_words | words.ordinals))


def _placeless_twin(placed: EventMention, bare: EventMention, dated: frozenset[int]) -> bool:
    """``bare``, with no place below its country, is ``placed`` told again: one type, one actor (or none named for
    either), one country, and one of them dated by its own text with a day or month ``placed``'s falls in."""
    return (
        placed is not bare
        and bare.place is None
        and placed.type == bare.type
        and placed.place is not None
        and placed.place.precision != "country"
        and bare.country is not None
        and placed.country == bare.country
        and _same_actor(placed, bare)
        and (id(placed) in dated or id(bare) in dated)
        # the located one's date at least as fine as the other's: "a bombing in 2022" at an education centre in Kabul
        # is no "suicide attack" of March 2022 in Kandahar
        and placed.date is not None
        and bare.date is not None
        and placed.date.startswith(bare.date)
        and not (_tells_another(placed.sent_text) or _tells_another(bare.sent_text))
        and not (bare.distinct or placed.distinct or bare.earlier or placed.earlier or bare.part or placed.part)
        # "A car bombing in Herat last December killed a police chief. Last year, the group carried out a suicide
        # bombing outside an embassy": one told after with "a" brings in another
        and not (bare.single and bare.start > placed.start)
        # "arrested seven suspected ISIS members on Saturday in eastern Syria", "arrested four more in Deir ez-Zor"
        and not (placed.held is not None and bare.held is not None and placed.held != bare.held)
        # "coordinated attacks on three villages in Lubero ... At least 15 people were killed": a sum of several, of
        # which the unlocated one may be a part
        and not (placed.several or bare.several or placed.plural or bare.plural)
        and not _episodes(placed, bare)
    )


def placeless_twins(events: list[EventMention], dated: frozenset[int]) -> list[EventMention]:
    """Join an event told without a place to the located one of its type, actor, country and date (``dated``: ids of
    the events their own text dates, before the page's day stood in for the others'). Reports tell one incident twice,
    once with its town and once without, and with two tolls when their sources disagree ("ADF rebels killed at least
    38 people in an attack on a church in Komanda on Sunday", then "witnesses said militants stormed the church,
    killing over 20 worshippers"; "15 people were killed on Thursday in northeastern Nigeria", then "militants opened
    fire on farmers near Gurnowa village, killing four"): the tolls kept the two apart when mentions were linked, as
    they keep two attacks of one day apart. Once every event is located, dated and credited, an unlocated one that
    agrees with a located one in all else is that one. The one told first takes the other, and its counts stand:
    the lede's, the other a witness's or a monitor's."""
    out: list[EventMention] = []
    gone: set[int] = set()
    for e in events:
        if id(e) in gone:
            continue
        twin = next((o for o in events if id(o) not in gone and _placeless_twin(o, e, dated)), None)
        if twin is None:
            out.append(e)
            continue
        first, later = (e, twin) if e.start <= twin.start else (twin, e)
        killed, wounded = first.killed, first.wounded
        merge(first, later)
        first.killed = killed if killed is not None else first.killed
        first.wounded = wounded if wounded is not None else first.wounded
        gone.add(id(later))
        if first is e:
            out.append(e)
    return [e for e in out if id(e) not in gone]


def on_loan(linked: list[EventMention], unanchored: list[EventMention]) -> list[EventMention]:
    """ "Security forces arrested two suspects", "Puntland special forces attacked a base": a force's operation with
    no day, place, named doer or firm country of its own, that ``link`` joined to no event, is still the page's event
    when the page tells no other: the page lends it the anchors it only assigns after linking (the force credit, its
    one country). The first such mention of each type a force makes (not an attack, whose doer only the page's
    group would be) joins the events, marked ``on_loan`` for ``late_anchored``. On a page with events of its own a
    bare mention is background: lending there (or to attacks) made up more events than it found, as did an earlier
    attempt to anchor every bare force's raid."""
    if linked:
        return linked
    types = vocab().types
    lent: dict[str, EventMention] = {}
    for m in unanchored:
        if m.modality == "asserted" and not types[m.type].perpetrated and m.type not in lent:
            m.on_loan = True
            lent[m.type] = m
    return list(lent.values())


def late_anchored(linked: list[EventMention]) -> list[EventMention]:
    """The events ``on_loan`` kept only when the page lent both a doer and a country."""
    return [e for e in linked if not e.on_loan or (e.actor is not None and e.country)]
