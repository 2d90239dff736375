"""The event vocabulary (``data/events.toml``) compiled once into lookup tables."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from sitroom.data import load as load_data
from sitroom.data.schemas import EventsFile
from sitroom.errors import SitroomError

DATA_FILE = "events.toml"


@dataclass(frozen=True)
class TypeVocab:
    """Trigger words and constraints of one event type."""

    name: str
    nouns: frozenset[str]
    verbs: frozenset[str]
    weak: frozenset[str]
    context: frozenset[str]
    requires: frozenset[str]
    split_by_country: bool
    actor_types: tuple[str, ...]  # in order of preference
    exclude_modifiers: frozenset[str]
    object_nouns: frozenset[str]
    money_object: bool
    actor_fallback: bool  # a lone armed group in the sentence is the actor
    actor_is_patient: bool  # the actor is who the event happens to ("the group was defeated")
    perpetrator_verbs: frozenset[str] = frozenset()  # other types' verbs that are this type with a perpetrator
    perpetrator_things: frozenset[str] = frozenset()  # ... or with one of these things as subject ("a truck struck")
    allegiance_words: frozenset[str] = frozenset()  # words that make a pledge one without money
    defector_words: frozenset[str] = frozenset()  # a pledger named as part of another group founds a branch
    target_group_acts: bool = False  # the campaign's target group (and its branches) can be this type's actor
    split_by_place: bool = False  # one event per town of a coordinated list of towns
    split_needs_list: bool = False  # ... only towns the parse coordinates, not separate places of one sentence
    split_sites: bool = False  # ... a singular trigger too, over one coordinated list of towns (its sites)
    # behaviour flags, documented in events.toml
    has_target: bool = False
    needs_argument: bool = False
    crowded: bool = False
    perpetrated: bool = False
    parties_only: bool = False
    needs_support: bool = False
    at_camp: bool = False
    object_is_place: bool = False
    abroad: bool = False
    at_actor_home: bool = False
    held_at_dateline: bool = False  # placeless, it was held where the page is filed from
    reporter_acts: bool = False
    against_group: bool = False
    state_side: bool = False
    since_told: bool = False  # "since the withdrawal of X" still reports the withdrawal
    since_clause_told: bool = False  # "since the forces defeated IS in 2017" (a clause, not a phrase) still reports it
    held_only: bool = False  # told as planned ("is expected to host a meeting"), it is no event yet
    forces_act: bool = False  # a state credited with it in its own country did it through its forces
    outsider_takeover_not: bool = False  # a group outside the campaign taking a whole country is none of it
    force_kills: bool = False  # "troops killed five ISWAP fighters": a force killing the group's fighters
    seize_verbs: frozenset[str] = frozenset()  # "IS overran Ramadi": the target group taking a town
    positions: frozenset[str] = frozenset()  # "the terrorists overran five military formations"
    burn_verbs: frozenset[str] = frozenset()  # "insurgents burned a church": attackers destroying ...
    burn_objects: frozenset[str] = frozenset()  # ... one of these
    fire_verbs: frozenset[str] = frozenset()  # "insurgents set fire to a church": a verb of setting ...
    fire_words: frozenset[str] = frozenset()  # ... with one of these as its object or result burns one of those
    aim_verbs: frozenset[str] = frozenset()  # "a suicide bomber targeted a ceremony": attackers striking ...
    open_fire_verbs: frozenset[str] = frozenset()  # "gunmen opened fire on the congregation": attackers shooting ...
    open_fire_preps: frozenset[str] = frozenset()  # ... at what one of these phrases names
    detonate_verbs: frozenset[str] = frozenset()  # "the suicide bomber detonated his vest": attackers setting off ...
    fall_verbs: frozenset[str] = frozenset()  # "Mosul fell to IS"
    purpose_nouns: frozenset[str] = frozenset()  # "the assault to retake Mosul" is this type ...
    purpose_verbs: frozenset[str] = frozenset()  # ... when its infinitive is one of these
    purpose_objects: frozenset[str] = frozenset()  # ... with one of these as object, when set
    agentless_passive_not: frozenset[str] = frozenset()  # "two gunmen were arrested": no event
    arrest_verbs: frozenset[str] = frozenset()  # "was apprehended by troops": the agent made the arrest
    arrest_doers: frozenset[str] = frozenset()  # "counter-terrorism officers arrested seven": who arrests
    arrival_nouns: frozenset[str] = frozenset()  # "arrested on arrival at Frankfurt airport": a return's detail
    response_preps: frozenset[str] = frozenset()  # "launched pursuit operations following the attack": its answer
    custody_nouns: frozenset[str] = frozenset()  # "were taken into custody": an arrest told with another verb
    order_verbs: frozenset[str] = frozenset()  # "was issued with an Order of Detention": an arrest ...
    order_nouns: frozenset[str] = frozenset()  # ... when the order is of one of these
    foil_verbs: frozenset[str] = frozenset()  # "the FSB thwarted an IS plot": a force's operation ...
    foil_objects: frozenset[str] = frozenset()  # ... when what it stopped is one of these ...
    foil_not_modifiers: frozenset[str] = frozenset()  # ... not modified by one of these ("a planned bombing")
    search_verbs: frozenset[str] = frozenset()  # "police searched his home": a raid ...
    search_objects: frozenset[str] = frozenset()  # ... of one of these
    law_nouns: frozenset[str] = frozenset()  # "detained under the Internal Security Act": a state's arrest
    own_nouns: frozenset[str] = frozenset()  # the type's nouns list alone (nouns also holds object_verbs)
    arrest_nouns: frozenset[str] = frozenset()  # "announced the arrest of 82 individuals": this type ...
    arrest_reports: frozenset[str] = frozenset()  # ... as the object of one of these, with an "of" phrase
    arrest_ordinals: frozenset[str] = frozenset()  # "The third arrest was of ...": one arrest of a list
    loose_reporters: frozenset[str] = frozenset()  # "officials said two men were arrested in X": no force's report
    cell_nouns: frozenset[str] = frozenset()  # "dismantled a cell ... active in the cities of A and B" ...
    cell_haunts: frozenset[str] = frozenset()  # ... happened in A
    hostile_objects: frozenset[str] = frozenset()  # "met with the enemy": a clash, not this type
    visit_verbs: frozenset[str] = frozenset()  # "the army chief visited troops in Maiduguri": this type only ...
    announce_verbs: frozenset[str] = frozenset()  # "France said it would withdraw its troops": the decision told
    visit_objects: frozenset[str] = frozenset()  # ... with one of these as what is visited
    visit_nouns: frozenset[str] = frozenset()  # "the first visit by a Syrian leader to the United States": the host
    claim_nouns: frozenset[str] = frozenset()  # "claimed responsibility for the killing": this type only so
    doer_nouns: frozenset[str] = frozenset()  # "the militants' siege of Marawi": this type only with its doer told
    doer_verbs: frozenset[str] = frozenset()  # "militants laid siege on Marawi": whose subject is its doer
    object_verbs: frozenset[str] = frozenset()  # "dismantled a cell": this type only with ...
    fight_verbs: frozenset[str] = frozenset()  # "troops battled militants": object_verbs as verbs only, by a force
    verb_objects: frozenset[str] = frozenset()  # ... one of these as what is acted on
    object_bands: frozenset[str] = frozenset()  # ... or a band of them ("a convoy of terrorists")
    air_nouns: frozenset[str] = frozenset()  # another type's noun that is this type ...
    air_modifiers: frozenset[str] = frozenset()  # ... with one of these before it ("an air-to-ground raid")
    combined_arms: frozenset[str] = frozenset()  # "air and ground assaults": an attack noun so joined is this type
    air_arms: frozenset[str] = frozenset()  # an operation by a force so named is this type ("the Air Task Force")
    ground_words: frozenset[str] = frozenset()  # ... unless its sentences tell troops on the ground doing it
    aircraft: frozenset[str] = frozenset()  # a subject so named ("fighter jets") makes ...
    told_attack_nouns: frozenset[str] = frozenset()  # "the attack, the first such strike": another type's told again
    aircraft_verbs: frozenset[str] = frozenset()  # ... one of these verbs this type ("jets targeted a hideout")
    step_up_verbs: frozenset[str] = frozenset()  # "has stepped up airstrikes in Somalia": more of them, being done
    air_origins: frozenset[str] = frozenset()  # "attacked the terrorists from the air": flown, this type
    group_weapons: frozenset[str] = frozenset()  # "a bomb strike", "struck ... with a car bomb": the group's attack
    force_verbs: frozenset[str] = frozenset()  # another type's verb this type when a state's force does it
    other_wars: frozenset[str] = frozenset()  # countries (ISO, lower case) where this type ended another war
    other_war_sides: frozenset[str] = frozenset()  # actor KB ids of forces whose hits belong to another war
    camp_exit_verbs: frozenset[str] = frozenset()  # "left the al-Hol camp": this type with a camp as object
    return_verbs: frozenset[str] = frozenset()  # "families were returned to Iraq": people sent to a country
    camp_exit_nouns: frozenset[str] = frozenset()  # "the transfer of 450 families from Al-Hawl": with a camp
    opponent_preps: frozenset[str] = frozenset()  # "a clash with the Abu Sayyaf": who is fought, never the actor
    group_defeat_words: frozenset[str] = frozenset()  # "IS was defeated in 2017": this type with the group defeated
    defeat_hedges: frozenset[str] = frozenset()  # "nearly defeated": not yet
    group_realms: frozenset[str] = frozenset()  # "the defeat of the so-called caliphate": the group's by definition
    realm_defeat_words: frozenset[str] = frozenset()  # "destroyed the caliphate": a defeat word for the realm only
    declare_verbs: frozenset[str] = frozenset()  # "announced the defeat of IS on March 23": the declaration's day
    facility_nouns: frozenset[str] = frozenset()  # "retook the prison": a fight for a building, not for ground
    retreat_from: frozenset[str] = frozenset()  # "withdrew from their positions": a fallback in a fight ...
    retreat_to: frozenset[str] = frozenset()  # ... "withdrew to another naval base", with no "from" phrase
    retreat_causes: frozenset[str] = frozenset()  # ... or one "after the attack": not this type
    excluded_objects: frozenset[str] = frozenset()  # "struck a roadside bomb": the verb with one, not this type
    excluded_particles: frozenset[str] = frozenset()  # "shell out money": the verb with one, not this type
    excluded_people: frozenset[str] = frozenset()  # "repatriated refugees": those moved so, not this type
    weapon_nouns: frozenset[str] = frozenset()  # triggers that name a weapon ("an IED"), no event when ...
    weapon_handling: frozenset[str] = frozenset()  # ... made, found or known of ("fabricating IEDs", "an IED expert")
    blast_verbs: frozenset[str] = frozenset()  # "a bomb exploded near a bank": a weak weapon noun that went off
    loyal_to: frozenset[str] = frozenset()  # "pledged allegiance to the government": surrender, not this type
    suspect_pledgers: frozenset[str] = frozenset()  # "the suspects pledged allegiance": an arrest's background
    pledger_cells: frozenset[str] = frozenset()  # "dismantled a cell ... The group had pledged": likewise
    leader_words: frozenset[str] = frozenset()  # "its leader X pledged": the oath of the group X leads
    destroy_verbs: frozenset[str] = frozenset()  # "troops destroyed two IS hideouts": a force wrecking ...
    destroy_objects: frozenset[str] = frozenset()  # ... one of these is this type
    rescue_verbs: frozenset[str] = frozenset()  # "troops rescued 12 hostages": a force freeing the group's ...
    rescue_objects: frozenset[str] = frozenset()  # ... captives is this type
    deploy_verbs: frozenset[str] = frozenset()  # "Rwanda deployed troops to Cabo Delgado": a state sending ...
    deploy_objects: frozenset[str] = frozenset()  # ... its forces into another country is this type
    entry_verbs: frozenset[str] = frozenset()  # "the UPDF entered DRC": a state's force going into another country
    venue_verbs: frozenset[str] = frozenset()  # "the issue was discussed at the meeting": a venue, not this type
    speech_verbs: frozenset[str] = frozenset()  # "Speaking at the summit, he added ...": where words were said
    anchor_verbs: frozenset[str] = frozenset()  # "the attack came after X visited ...": a time, not this type ...
    anchor_openers: frozenset[str] = frozenset()  # ... when told after one of these (or as the verb's object)
    anchor_subjects: frozenset[str] = frozenset()  # ... and its subject is an event word or one of these
    expel_verbs: frozenset[str] = frozenset()  # "drove IS out of Mosul": the group put out of a place
    lair_nouns: frozenset[str] = frozenset()  # "dislodged militants from their hiding base": a raid, not a recapture
    control_verbs: frozenset[str] = frozenset()  # "took control of X": a verb that with ...
    control_nouns: frozenset[str] = frozenset()  # ... one of these as object takes the "of" phrase's place
    hold_verbs: frozenset[str] = frozenset()  # "has held Rutba since 2014": the group holding a town since a date ...
    hold_preps: frozenset[str] = frozenset()  # ... or the town "under" its control since a date ...
    since_preps: frozenset[str] = frozenset()  # ... ("since"): its taking of the town, dated then
    seize_nouns: frozenset[str] = frozenset()  # "the capture of Hajin": a noun of taking with the place as "of" phrase
    rid_verbs: frozenset[str] = frozenset()  # "cleared the village of militants": a place rid of the group
    loss_verbs: frozenset[str] = frozenset()  # "IS lost Derna to rival groups": the group losing a place
    held_places: frozenset[str] = frozenset()  # "out of its last stronghold": a place no gazetteer names



def _phrase_heads(phrases: frozenset[str]) -> frozenset[str]:
    """Every text before a space in the phrases: what a word must be for "word rest" to be one of them."""
    return frozenset(p[:k] for p in phrases for k, ch in enumerate(p) if ch == " ")


@dataclass(frozen=True)
class Vocab:
    types: dict[str, TypeVocab]
    # first lemma -> [(lemma sequence, event type)], longest first: one linear scan finds every phrase
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    unit_modifiers: frozenset[str]
    unit_heads: frozenset[str]
    tally_words: frozenset[str]
    tally_max: int
    held_max: int  # a perfect arrest of more people than this tells whom a force holds
    year_held_max: int  # arrests of more people than this, dated by a year alone, are the year's record
    perpetrated_max: int  # more attacks than this, counted with no day, are a record (specific.keep_trigger)
    generic_dets: frozenset[str]
    proportions: frozenset[str]  # "80 percent of the attacks": a share of a kind, not an event
    definite_dets: frozenset[str]
    planned: frozenset[str]
    planned_modifiers: frozenset[str]
    made_modifiers: frozenset[str]  # "a failed attack": made, though it failed
    opening_modifiers: frozenset[str]  # "the first attacks were staged in October 2017": a campaign's opening
    habitual_modifiers: frozenset[str]  # "under near-constant attack", "frequent attacks": a run of them
    instance_modifiers: frozenset[str]  # "the latest attack": one event of a habit, which happened
    instance_preps: frozenset[str]  # "including a large-scale attack against X": the example of a habit
    stopped_modifiers: frozenset[str]  # "an averted terror attack", "Thwarted Terrorist Attack": never made
    repelled_launch: frozenset[str]  # "thwarted attacks launched by ISWAP": a stopped attack that was made ...
    repelled_targets: frozenset[str]  # ... or aimed at a post troops hold ("foiled an attack on their location")
    repel_verbs: frozenset[str]  # "troops repelled multi-pronged assaults in Mandaragirau and Pulka": made, beaten back
    plan_verbs: frozenset[str]  # "had planned a suicide attack": an event no article points to is a plan's aim
    background_modifiers: frozenset[str]  # "a previous attack": background unless it has a day or a month
    frame_apart: frozenset[str]  # "despite being defeated in 2017, IS continues": the main clause's mood stops
    stopped_when: frozenset[str]  # "the plot was foiled after five suspects were arrested": the arrest was made
    hypothetical: frozenset[str]
    achieved: frozenset[str]  # "was able to dismantle a cell": a past ability is a deed, not a potential
    hortative: frozenset[str]
    aim_verbs: frozenset[str]  # "we are working to dismantle the networks": an effort under way, no deed yet
    vow_verbs: frozenset[str]  # "vowed to track down the perpetrators": a word given to do it, no deed
    habitual: frozenset[str]
    habitual_present: frozenset[str]
    habitual_adverbs: frozenset[str]  # "mostly attacked the policemen": a group's habit, unless dated
    activity_heads: frozenset[str]  # "involved in kidnapping for ransom": a bare gerund after these is an activity
    multitudes: frozenset[str]  # "have killed hundreds of soldiers": a record, unless dated
    denied: frozenset[str]
    negations: frozenset[str]
    reporting: frozenset[str]
    made_telling: frozenset[str]  # "made this known on Monday": a telling, as "said on Monday"
    aftermath_verbs: frozenset[str]  # "was Thursday investigating a bombing": the day is the investigation's
    support_verbs: frozenset[str]
    doing_verbs: frozenset[str]
    occur_verbs: frozenset[str]  # "took place", "occurred": the subject noun happened
    support_nouns: frozenset[str]  # "announced the launch of an operation": the noun carries the trigger after "of"
    phase_nouns: frozenset[str]  # "launched the fifth phase of an operation": a light verb carries it through its part
    partaking_verbs: frozenset[str]  # "engaged in a gun battle": the verb carries the trigger after "in"
    kill: frozenset[str]
    die: frozenset[str]
    civilians: frozenset[str]
    incident_nouns: frozenset[str]
    dead: frozenset[str]
    wound: frozenset[str]
    wounded: frozenset[str]
    toll: frozenset[str]
    other_fates: frozenset[str]  # "twelve missing" in a list of the dead and wounded: counted in neither
    vague: frozenset[str]
    attackers: frozenset[str]
    pronouns: frozenset[str]
    descriptions: frozenset[str]
    numbers: dict[str, int]
    locative: frozenset[str]
    from_types: frozenset[str]
    topic_types: frozenset[str] = frozenset()  # events a place after a topic_preps word is the subject of
    topic_preps: frozenset[str] = frozenset()
    topic_verbs: frozenset[str] = frozenset()  # a place in their object (or in an infinitive) is a topic_types' topic
    demonyms: dict[str, tuple[str, str]] = field(default_factory=dict)
    national_forces: dict[str, str] = field(default_factory=dict)  # "Philippine troops" -> the AFP's KB id
    # "Kurdish forces" -> by the event's country, the KB id of that people's force there
    people_forces: dict[str, dict[str, str]] = field(default_factory=dict)
    national_police: dict[str, str] = field(default_factory=dict)  # "police arrested him in Malacca" -> the RMP
    joint_leads: dict[str, str] = field(default_factory=dict)  # FARDC -> UPDF: who a joint operation is credited to
    # a force that ended in a month -> (that month, who fights under its name since): [successors] of events.toml
    successors: dict[str, tuple[str, str]] = field(default_factory=dict)
    state_forces: dict[str, str] = field(default_factory=dict)  # Syria -> its army: [state_forces] of events.toml
    armed_forces: dict[str, str] = field(default_factory=dict)  # Nigeria -> the AFN: [armed_forces] of events.toml
    unit_credit_states: frozenset[str] = frozenset()  # where a unit's strike or operation is the national force's
    unit_words: frozenset[str] = frozenset()  # "brigade", "battalion": what makes "103rd X Brigade" a unit
    # where a unit's strike or operation is its theatre command's, else the national force's
    unit_theatre_states: frozenset[str] = frozenset()
    headquarters: frozenset[str] = frozenset()  # KB ids of the bodies that report their forces' operations
    ministries: tuple[str, ...] = ()  # "Ministry of Defense", "Pentagon": names of a state's defence ministry
    flying_partners: frozenset[str] = frozenset()  # KB ids of the foreign commands that fly their partners' strikes
    containers: frozenset[str] = frozenset()
    portions: frozenset[str] = frozenset()  # "one-third of the city of Kobani": part of a place
    directions: frozenset[str] = frozenset()
    member_preps: frozenset[str] = frozenset()
    settlements: frozenset[str] = frozenset()  # "Banga village", "the town of Wulgo"
    small_settlements: frozenset[str] = frozenset()  # "the village of Nkoe" (a name tagged an organisation)
    quarters: frozenset[str] = frozenset()  # "the al-Mashahda quarter": a part of a city a force takes
    under_verbs: frozenset[str] = frozenset()  # "Dikwa came under attack": the subject is where
    area_words: frozenset[str] = frozenset()  # "the districts of Palma and Muidumbe": areas, not towns
    route_words: frozenset[str] = frozenset()  # "the Sebba–Dori road": its ends, not two towns
    one_assault_modifiers: frozenset[str] = frozenset()  # "coordinated attacks on A, B and C": one attack
    sites: frozenset[str] = frozenset()  # "massacred at a school": where people who are no party gather
    borders: frozenset[str] = frozenset()
    journey_verbs: frozenset[str] = frozenset()  # "travelling to Yemen": the "to" phrase is a destination
    origin_words: frozenset[str] = frozenset()  # "a group originally from Uganda": where someone comes from
    joining_verbs: frozenset[str] = frozenset()  # "to join ISIS in Syria": the "in" phrase is a destination
    neighbours: frozenset[str] = frozenset()  # "neighbouring Mali": the country next door
    mission_nouns: frozenset[str] = frozenset()  # "Pakistan's embassy": whose mission, abroad
    after_words: frozenset[str] = frozenset()
    author_verbs: frozenset[str] = frozenset()  # "masterminded the bombings in Kampala": who led it
    condemn_verbs: frozenset[str] = frozenset()  # "condemned attacks by the ADF in Lubero": a response to these
    condemn_generic: frozenset[str] = frozenset()  # "condemned all attacks on civilians": a stance, no episode
    answer_nouns: frozenset[str] = frozenset()  # "in retaliation for the beheading": the deed answered
    accusation_verbs: frozenset[str] = frozenset()  # "accused of two attacks in Uganda": events charged to a group
    involvement_words: frozenset[str] = frozenset()  # "involved in a bombing in Quetta": a deed that describes
    captive_verbs: frozenset[str] = frozenset()  # "who was kidnapped two months ago": a captive's past
    captive_offsets: frozenset[str] = frozenset()  # ... dated back by "ago" or "earlier"
    captive_periods: frozenset[str] = frozenset()  # ... a count of these
    sound_nouns: frozenset[str] = frozenset()  # "residents reported blasts and gunfire": noise heard
    hearing_verbs: frozenset[str] = frozenset()  # ... heard
    sound_reports: frozenset[str] = frozenset()  # ... or reported by bystanders or no one named
    sound_witnesses: frozenset[str] = frozenset()
    recall_nouns: frozenset[str] = frozenset()  # "the perpetrators of the Crocus attack": a known one recalled
    recall_links: frozenset[str] = frozenset()  # "linked to the Abbey Gate bombing": likewise
    repeat_nouns: frozenset[str] = frozenset()  # "attacked multiple times": a record of repeated events
    repeat_counts: frozenset[str] = frozenset()  # ... counted by one of these, with no number
    since_words: frozenset[str] = frozenset()  # open a span: "since 2021" does not date an event
    start_verbs: frozenset[str] = frozenset()  # ... except on these: "since May 1, forces have launched"
    range_preps: frozenset[str] = frozenset()  # "between 2017 and 2019": two dates bounding one span
    claim_links: frozenset[str] = frozenset()  # "said it was behind an attack": a claim, not the act
    publish_verbs: frozenset[str] = frozenset()  # "a statement issued Thursday": the day of a report
    report_nouns: frozenset[str] = frozenset()
    # "in retaliation for the beheading": a phrase on one of these tells what came first, as "after" does
    response_nouns: frozenset[str] = frozenset()
    unclaimed: re.Pattern[str] | None = None  # "no group has claimed": attacks stay unattributed
    claims: re.Pattern[str] | None = None  # "Amaq said", "took responsibility": the article reports a claim
    series_claims: re.Pattern[str] | None = None  # "claimed responsibility for a series of attacks": of several
    claim_verbs: frozenset[str] = frozenset()  # "boasted of attacking": a claim of what hangs on the verb
    credit_verbs: frozenset[str] = frozenset()  # "took credit for", "accepted responsibility for": likewise
    outside_campaign: frozenset[str] = frozenset()  # actor KB ids of groups whose attacks are out of scope
    ruling_groups: frozenset[str] = frozenset()  # of those, the ones that rule a state and fight the group as one
    branch_names: frozenset[str] = frozenset()  # of those, the ones whose names outlets also give a branch
    suspicion_words: frozenset[str] = frozenset()  # "pointed to X as the likely culprits": who the text suspects
    campaign_start_year: int | None = None  # events dated before it are another conflict's background
    # a group outside the campaign -> the year it gave the campaign a branch (before it, its attacks are its own war's)
    branch_years: dict[str, int] = field(default_factory=dict)
    names_also: dict[str, frozenset[str]] = field(default_factory=dict)  # "the attack" naming the strike before
    before_words: frozenset[str] = frozenset()
    offset_units: dict[str, int] = field(default_factory=dict)
    hour_units: frozenset[str] = frozenset()  # "24 hours after": counted in hours, a day in 24
    distinct_words: frozenset[str] = frozenset()
    # "on their way to attack a unit": an aim, never a deed (specific._intended)
    intent_words: frozenset[str] = frozenset()
    record_counts: frozenset[str] = frozenset()  # "numerous bombings": a record (specific.keep_trigger)
    record_multiples: frozenset[str] = frozenset()  # "hundreds of attacks": a record (specific.keep_trigger)
    record_verbs: frozenset[str] = frozenset()  # "documented attacks in Ituri": a monitor's tally (specific)
    renown_words: frozenset[str] = frozenset()  # "won infamy for its 2014 kidnapping": who someone is (specific)
    plan_gerunds: frozenset[str] = frozenset()  # "suspected of planning attack": an aim (specific.modality)
    frame_preps: frozenset[str] = frozenset()  # "in a separate incident": a frame of its own (with distinct)
    separate_words: frozenset[str] = frozenset()  # "In a separate operation, troops killed": an operation (specific)
    separate_deeds: frozenset[str] = frozenset()  # ... told by one of these deeds of its clause
    latest_words: frozenset[str] = frozenset()  # "the latest attack": the article's own event
    earlier_words: frozenset[str] = frozenset()  # "earlier this month": a background event (with earlier_periods)
    earlier_periods: frozenset[str] = frozenset()
    later_words: frozenset[str] = frozenset()  # "Days later, militants attacked": a new event (with later_periods)
    later_periods: frozenset[str] = frozenset()
    later_parts: frozenset[str] = frozenset()  # "Later that night, assailants attacked": a new event
    next_adverbs: frozenset[str] = frozenset()  # "Shortly after, terrorists attacked", "Meanwhile, ...": a new event
    parallel_adverbs: frozenset[str] = frozenset()  # "Similarly, fighters attacked": on the trigger, a new event
    elsewhere_words: frozenset[str] = frozenset()  # "killed in two ambushes elsewhere": a new event
    same_words: frozenset[str] = frozenset()  # "That same Sunday, a convoy was ambushed": a new event that day
    again_words: frozenset[str] = frozenset()  # "militants attacked Mafa again": a new event of the verb's kind
    another_words: frozenset[str] = frozenset()  # "Another private was killed in an explosion": a new event
    restating_verbs: frozenset[str] = frozenset()  # "This was the second attack": the subject's event, ranked
    sequel_verbs: frozenset[str] = frozenset()  # "The attack comes days after gunmen killed five": an earlier event
    sequel_pronouns: frozenset[str] = frozenset()  # "It comes a day after the Taliban arrested ten": the event told
    cut_line_words: frozenset[str] = frozenset()  # "..., during which the UN worker was kidnapped at": cut off
    fights: frozenset[str] = frozenset()  # "troops engaged the terrorists in a firefight": a side of an attack
    held_again_nouns: frozenset[str] = frozenset()  # "The suspects were arrested at their home": the arrest told before
    held_again_pronouns: frozenset[str] = frozenset()  # "The FBI arrested him at his residence": likewise
    ordinals: frozenset[str] = frozenset()  # "the first attack", "in the second attack": one of several
    several_words: frozenset[str] = frozenset()  # "a twin attack": one trigger, an event per town of its list
    result_verbs: frozenset[str] = frozenset()  # "left four people dead": a toll as the state left behind
    life_verbs: frozenset[str] = frozenset()  # "claimed the lives of 38 people", "cost 12 lives"
    lost_people: frozenset[str] = frozenset()  # "we lost five soldiers": a side's own dead ("lose soldier")
    kill_particles: frozenset[tuple[str, str]] = frozenset()  # "shot dead": (verb lemma, word after it)
    kill_phrases: frozenset[tuple[str, ...]] = frozenset()  # "put out of action": (verb lemma, the words after it)
    fatal_phrases: frozenset[tuple[str, str]] = frozenset()  # "hacked to death": (preposition, its object)
    force_outcomes: frozenset[str] = frozenset()  # "eliminated a commander during a raid": the raid was real
    operation_outcomes: frozenset[str] = frozenset()  # "recovered two hostages during an operation": likewise
    attacker_losses: frozenset[str] = frozenset()  # attackers killed by defenders: not the attack's toll
    sides: frozenset[str] = frozenset()  # "pro-government militants": a prefix naming the side fighters are on
    tally_preps: frozenset[str] = frozenset()  # "killed since 2014": a count over a span
    tally_date_preps: frozenset[str] = frozenset()  # "between January 17 to July 26": with a date, a span
    tally_nouns: frozenset[str] = frozenset()  # "in a spate of encounters": a run of events
    tally_subjects: frozenset[str] = frozenset()  # "the insurgency has killed 40,000": a conflict's record
    group_members: frozenset[str] = frozenset()  # "four members of ISWAP": the group's people
    described_attackers: frozenset[str] = frozenset()  # "armed men": "<modifier> <head lemma>"
    collectives: frozenset[str] = frozenset()  # "a group of terrorists": the attackers it is of
    group_parts: frozenset[str] = frozenset()  # "an affiliate of the Islamic State": the group it is part of
    weapons: frozenset[str] = frozenset()  # "warplanes struck", "a car bomb struck": what strikes
    record_periods: frozenset[str] = frozenset()  # "in recent years": a span an event is told over (a record)
    record_modifiers: frozenset[str] = frozenset()
    scales: frozenset[str] = frozenset()  # "three dozen": a number word that multiplies the one before it
    totals: frozenset[str] = frozenset()  # "a total of 26 soldiers": a noun that counts its "of" phrase
    count_preps: frozenset[str] = frozenset()  # "injuring over 50": a preposition the parser puts before a count
    respective_words: frozenset[str] = frozenset()  # "killed the chief and the governor, respectively"
    past_marks: frozenset[str] = frozenset()  # "where 12 soldiers were killed earlier this month": another event's
    setting_relatives: frozenset[str] = frozenset()  # ... told by a relative clause of one of these on a place
    earlier_adverbs: frozenset[str] = frozenset()  # "ISIL, which previously led to 53 deaths": an earlier event's
    superseded_marks: frozenset[str] = frozenset()  # "initial reports suggested 13 deaths": a first count
    toll_update_verbs: frozenset[str] = frozenset()  # "the toll rose to 21": the count as it now stands
    toll_setting_verbs: frozenset[str] = frozenset()  # "put the death toll at 20": the count a teller gives
    care_verbs: frozenset[str] = frozenset()  # "33 people were being treated in hospital": the hurt, with ...
    hospitals: frozenset[str] = frozenset()  # ... one of these as where
    care_conditions: frozenset[str] = frozenset()  # ... or one of these as what for ("with gunshot wounds")
    shot_verbs: frozenset[str] = frozenset()  # "was shot in the leg": a passive shot ...
    limbs: frozenset[str] = frozenset()  # ... in a body part a shot seldom kills by is a wounding
    beheadings: frozenset[str] = frozenset()  # "beheaded a Taliban fighter": one victim, even a group's member
    person_nouns: frozenset[str] = frozenset()  # "Herve Gourdel, French tourist": a name told as a person's
    titled_persons: frozenset[str] = frozenset()  # "killed the provincial police chief": one victim (and person_nouns)
    short_of: tuple[tuple[str, ...], ...] = ()  # "nearly 100": words before a count that make it no lower bound
    added_marks: frozenset[str] = frozenset()  # "a civilian was also killed": a count of more people than told
    everyone: frozenset[str] = frozenset()  # "20 people were killed": a count no later "also" count adds to
    remains: frozenset[str] = frozenset()  # "12 bodies were taken to hospital": the dead found or moved, maybe a part
    official_tellers: frozenset[str] = frozenset()  # "the defense ministry reported": a state's telling besides a force
    # "no casualties", "no deaths": a noun (lemma) told with "no" and the kinds of count it makes 0
    none_nouns: dict[str, frozenset[str]] = field(default_factory=dict)
    none_people: frozenset[str] = frozenset()  # "no one was injured": a subject that makes a verb's count 0
    generic_forces: frozenset[str] = frozenset()  # "the Army": the national force where it fought
    police_forces: frozenset[str] = frozenset()  # "police arrested him": the [national_police] where it has one
    backer_nouns: frozenset[str] = frozenset()  # "with the support of the coalition": a backer, not the actor
    partner_nouns: frozenset[str] = frozenset()  # "in cooperation with the directorate": a partner, not the actor
    split_words: frozenset[str] = frozenset()  # "a breakaway faction of the MILF": the group left, not the actor
    backer_verbs: frozenset[str] = frozenset()  # "backed by coalition forces": a backer, not the actor
    state_bodies: frozenset[str] = frozenset()  # "Spanish police": a state's body the knowledge base may not list
    state_credit: frozenset[str] = frozenset()  # ISO codes of states credited with their own operations at home
    outlet_words: frozenset[str] = frozenset()  # "Khaama Press", "Hindustan Times": a news outlet's name
    home_forces: frozenset[str] = frozenset()  # "Turkish security forces": at home, whoever is the actor
    abroad_states: frozenset[str] = frozenset()  # ISO codes (lower case) of states that fight only abroad
    force_nouns: frozenset[str] = frozenset()  # "Iraqi forces": a demonym on these names a state's force
    body_descriptions: frozenset[str] = frozenset()  # "the agency", "the ministry": a body named before
    bystanders: frozenset[str] = frozenset()  # "the International Organization for Migration": no party to the fighting
    offices: frozenset[str] = frozenset()  # "Minister for ... Repatriation": an event word in a name
    target_group: str = "islamic_state"  # actor KB id of the group the campaign is against

    # Each trigger finder asks every token about every type; the words of one of its lists over all types let
    # it pass over the many tokens no type can take (a cached union, so the answers stay the same).

    def _any_type(self, *lists: str) -> frozenset[str]:
        return frozenset().union(*(getattr(t, name) for t in self.types.values() for name in lists))

    def outlet_name(self, name: str) -> bool:
        """A news outlet's name ([places] outlet_words): "Shafaq News", "Khaama Press", or a name with the word glued on
        in lower case after a capitalised stem ("TOLOnews", "Ariananews"): it reports, never acts."""
        return any(w in self.outlet_words or any(
            len(w) > len(o) and w.endswith(o.lower()) and w[:1].isupper() for o in self.outlet_words)
            for w in name.split())

    @cached_property
    def trigger_words(self) -> frozenset[str]:
        """Lemmas or forms that make a token a trigger word of some type (``find_triggers``)."""
        return self._any_type(
            "nouns", "verbs", "claim_nouns", "object_verbs", "arrest_nouns", "visit_nouns", "order_verbs",
            "foil_verbs", "search_verbs", "fight_verbs",
        )

    @cached_property
    def trigger_openers(self) -> frozenset[str]:
        """``trigger_words`` and the first words of ``phrases``: a word ``find_triggers`` can open a trigger at."""
        return self.trigger_words | frozenset(self.phrases)

    @cached_property
    def casualty_words(self) -> frozenset[str]:
        """Lemmas or forms of which ``syntax.casualty`` can count a toll without an object or a prepositional
        phrase: words of killing, dying, wounding, care, a result or a life lost, a toll, a state of the dead or
        wounded (``find_casualties`` tries only these words and those with such a phrase)."""
        return (
            self.kill | self.die | self.wound | self.care_verbs | self.result_verbs | self.life_verbs | self.toll
            | self.dead | self.wounded
            | {verb for verb, _particle in self.kill_particles}  # "Eleven civilians were gunned down."
        )

    @cached_property
    def kill_particle_verbs(self) -> frozenset[str]:
        """The verb lemmas of ``kill_particles`` ("shoot" of "shot dead"): a verb outside them kills with no particle
        (``syntax.kills`` asks this of every verb of a sentence with a trigger, before any walk of its children)."""
        return frozenset(verb for verb, _particle in self.kill_particles)

    @cached_property
    def kill_phrase_verbs(self) -> frozenset[str]:
        """The verb lemmas ``kill_phrases`` open with ("put" of "put out of action")."""
        return frozenset(phrase[0] for phrase in self.kill_phrases)

    @cached_property
    def claim_words(self) -> frozenset[str]:
        """The words without one of which a sentence tells no claim of responsibility (``who._claim_told``): "claim"
        and the claim verbs, and for a credit verb ("took credit for", "accepted responsibility for") the object it
        needs (``who.CREDIT_OBJECTS``) or the predicate of a "that ... was responsible" clause."""
        return self.claim_verbs | {"claim", "responsibility", "credit", "responsible"}

    @cached_property
    def lost_people_verbs(self) -> frozenset[str]:
        """The verb lemmas ``lost_people`` phrases open with ("lose" of "lose soldier"): every text before a space."""
        return _phrase_heads(self.lost_people)

    @cached_property
    def object_phrase_verbs(self) -> frozenset[str]:
        """The verb lemmas of the verb-and-object phrases ``syntax.casualty`` reads a toll from when the verb is no
        casualty word ("lose life" of die, "sustain injury" of wound, "lose soldier" of lost_people): a word outside
        ``casualty_words`` with an object counts nothing unless it is one of these."""
        return _phrase_heads(self.die | self.wound | self.lost_people)

    @cached_property
    def fatal_preps(self) -> frozenset[str]:
        """The prepositions of ``fatal_phrases`` ("to" of "hacked to death"): a word outside ``casualty_words`` with
        a prepositional phrase counts nothing unless the phrase opens with one of these."""
        return frozenset(prep for prep, _obj in self.fatal_phrases)

    @cached_property
    def capture_lemmas(self) -> frozenset[str]:
        """Lemmas of a town's taking, holding, a camp exit or an air strike told by its verb (``capture_triggers``)."""
        return self._any_type(
            "hold_verbs", "control_nouns", "camp_exit_nouns", "seize_nouns", "control_verbs", "seize_verbs",
            "fall_verbs", "aircraft_verbs", "camp_exit_verbs", "return_verbs",
        )

    @cached_property
    def destroy_words(self) -> frozenset[str]:
        """Verbs (or phrasal verbs) of wrecking a place of any type (``triggers._wrecks_group_site``)."""
        return self._any_type("destroy_verbs")

    @cached_property
    def rescue_words(self) -> frozenset[str]:
        """Verbs (or phrasal verbs) of freeing captives of any type (``triggers._rescues_captives``)."""
        return self._any_type("rescue_verbs")

    @cached_property
    def deploy_words(self) -> frozenset[str]:
        """Verbs of sending forces abroad of any type (``triggers._deploys_abroad``)."""
        return self._any_type("deploy_verbs", "entry_verbs")

    @cached_property
    def aircraft_words(self) -> frozenset[str]:
        """Nouns of aircraft of any type ("fighter jets", "drone"): ``specific._aircraft_kind``, once per load."""
        return self._any_type("aircraft")

    @cached_property
    def control_lemmas(self) -> frozenset[str]:
        """Lemmas of verbs of putting the group out of a place or of its losing one (``control_triggers``)."""
        return self._any_type("expel_verbs", "rid_verbs", "loss_verbs")

    @cached_property
    def purpose_words(self) -> frozenset[str]:
        """Nouns of a campaign with a purpose (``campaign_triggers``)."""
        return self._any_type("purpose_nouns")

    @cached_property
    def demonym_forms(self) -> frozenset[str]:
        """The demonyms lower-cased: a word whose lower-cased text is none of them is no demonym (so a scan of a
        document's words reads its per-document list and makes a Token only for these)."""
        return frozenset(d.lower() for d in self.demonyms)


FLAGS = (
    "has_target",
    "needs_argument",
    "crowded",
    "perpetrated",
    "parties_only",
    "needs_support",
    "at_camp",
    "object_is_place",
    "abroad",
    "at_actor_home",
    "held_at_dateline",
    "reporter_acts",
    "against_group",
    "state_side",
    "since_told",
    "since_clause_told",
    "held_only",
    "forces_act",
    "force_kills",
    "outsider_takeover_not",
)


def _words(table: dict[str, Any], key: str) -> frozenset[str]:
    return frozenset(str(w).lower() for w in table.get(key, []))


def _defeat_words(table: dict[str, Any]) -> frozenset[str]:
    """A type's words of the group's defeat, those for its realm only included (they trigger the same way)."""
    return _words(table, "group_defeat_words") | _words(table, "realm_defeat_words")


def _as_tokens(phrase: str) -> tuple[str, ...]:
    """A trigger word or phrase as the tokenizer cuts it: spaCy makes a hyphen between letters a token of its own
    ("a counter-offensive" is "counter", "-", "offensive"; "a counter-terrorism operation" likewise), so the file's
    hyphenated words match only in that form."""
    return tuple(re.sub(r"(?<=\w)-(?=\w)", " - ", phrase.lower()).split())


def _any_of(patterns: list[str]) -> re.Pattern[str] | None:
    return re.compile("|".join(f"(?:{p})" for p in patterns), re.I) if patterns else None


@cache
def vocab() -> Vocab:
    """Parse and compile the vocabulary; a file missing a section stops the run with E503."""
    # The keys as the file wrote them (checked by EventsFile); the values are checked below.
    data = load_data(EventsFile).model_dump(exclude_unset=True)
    try:
        types: dict[str, TypeVocab] = {}
        phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for name, t in data["types"].items():
            types[name] = TypeVocab(
                name=name,
                nouns=_words(t, "nouns") | _words(t, "object_verbs") | _defeat_words(t),
                verbs=(
                    _words(t, "verbs") | _words(t, "object_verbs") | _words(t, "fight_verbs") | _defeat_words(t)
                    | _words(t, "visit_verbs")
                ),
                weak=_words(t, "weak"),
                context=_words(t, "context"),
                requires=_words(t, "requires"),
                split_by_country=bool(t.get("split_by_country", False)),
                actor_types=tuple(str(w).lower() for w in t.get("actor_types", [])),
                exclude_modifiers=_words(t, "exclude_modifiers"),
                object_nouns=_words(t, "object_nouns"),
                hostile_objects=_words(t, "hostile_objects"),
                visit_verbs=_words(t, "visit_verbs"),
                announce_verbs=_words(t, "announce_verbs"),
                visit_objects=_words(t, "visit_objects"),
                visit_nouns=_words(t, "visit_nouns"),
                venue_verbs=_words(t, "venue_verbs"),
                speech_verbs=_words(t, "speech_verbs"),
                anchor_verbs=_words(t, "anchor_verbs"),
                anchor_openers=_words(t, "anchor_openers"),
                anchor_subjects=_words(t, "anchor_subjects"),
                claim_nouns=_words(t, "claim_nouns"),
                doer_nouns=_words(t, "doer_nouns"),
                doer_verbs=_words(t, "doer_verbs"),
                money_object=bool(t.get("money_object", False)),
                actor_fallback=bool(t.get("actor_fallback", False)),
                actor_is_patient=bool(t.get("actor_is_patient", False)),
                perpetrator_verbs=_words(t, "perpetrator_verbs"),
                perpetrator_things=_words(t, "perpetrator_things"),
                target_group_acts=bool(t.get("target_group_acts", False)),
                split_by_place=bool(t.get("split_by_place", False)),
                split_needs_list=bool(t.get("split_needs_list", False)),
                split_sites=bool(t.get("split_sites", False)),
                allegiance_words=_words(t, "allegiance_words"),
                seize_verbs=_words(t, "seize_verbs"),
                positions=_words(t, "positions"),
                burn_verbs=_words(t, "burn_verbs"),
                burn_objects=_words(t, "burn_objects"),
                fire_verbs=_words(t, "fire_verbs"),
                fire_words=_words(t, "fire_words"),
                aim_verbs=_words(t, "aim_verbs"),
                open_fire_verbs=_words(t, "open_fire_verbs"),
                open_fire_preps=_words(t, "open_fire_preps"),
                detonate_verbs=_words(t, "detonate_verbs"),
                fall_verbs=_words(t, "fall_verbs"),
                purpose_nouns=_words(t, "purpose_nouns"),
                purpose_verbs=_words(t, "purpose_verbs"),
                purpose_objects=_words(t, "purpose_objects"),
                agentless_passive_not=_words(t, "agentless_passive_not"),
                arrest_verbs=_words(t, "arrest_verbs"),
                arrest_doers=_words(t, "arrest_doers"),
                arrival_nouns=_words(t, "arrival_nouns"),
                response_preps=_words(t, "response_preps"),
                custody_nouns=_words(t, "custody_nouns"),
                order_verbs=_words(t, "order_verbs"),
                order_nouns=_words(t, "order_nouns"),
                foil_verbs=_words(t, "foil_verbs"),
                foil_objects=_words(t, "foil_objects"),
                foil_not_modifiers=_words(t, "foil_not_modifiers"),
                search_verbs=_words(t, "search_verbs"),
                search_objects=_words(t, "search_objects"),
                law_nouns=_words(t, "law_nouns"),
                own_nouns=_words(t, "nouns"),
                arrest_nouns=_words(t, "arrest_nouns"),
                arrest_reports=_words(t, "arrest_reports"),
                arrest_ordinals=_words(t, "arrest_ordinals"),
                loose_reporters=_words(t, "loose_reporters"),
                cell_nouns=_words(t, "cell_nouns"),
                cell_haunts=_words(t, "cell_haunts"),
                camp_exit_verbs=_words(t, "camp_exit_verbs"),
                return_verbs=_words(t, "return_verbs"),
                camp_exit_nouns=_words(t, "camp_exit_nouns"),
                object_verbs=_words(t, "object_verbs"),
                fight_verbs=_words(t, "fight_verbs"),
                verb_objects=_words(t, "verb_objects"),
                object_bands=_words(t, "object_bands"),
                air_nouns=_words(t, "air_nouns"),
                air_modifiers=_words(t, "air_modifiers"),
                combined_arms=_words(t, "combined_arms"),
                air_arms=_words(t, "air_arms"),
                ground_words=_words(t, "ground_words"),
                aircraft=_words(t, "aircraft"),
                told_attack_nouns=_words(t, "told_attack_nouns"),
                aircraft_verbs=_words(t, "aircraft_verbs"),
                step_up_verbs=_words(t, "step_up_verbs"),
                air_origins=_words(t, "air_origins"),
                group_weapons=_words(t, "group_weapons"),
                force_verbs=_words(t, "force_verbs"),
                other_wars=_words(t, "other_wars"),
                other_war_sides=_words(t, "other_war_sides"),
                opponent_preps=_words(t, "opponent_preps"),
                group_defeat_words=_defeat_words(t),
                defeat_hedges=_words(t, "defeat_hedges"),
                group_realms=_words(t, "group_realms"),
                realm_defeat_words=_words(t, "realm_defeat_words"),
                declare_verbs=_words(t, "declare_verbs"),
                facility_nouns=_words(t, "facility_nouns"),
                retreat_from=_words(t, "retreat_from"),
                retreat_to=_words(t, "retreat_to"),
                retreat_causes=_words(t, "retreat_causes"),
                excluded_objects=_words(t, "excluded_objects"),
                excluded_particles=_words(t, "excluded_particles"),
                excluded_people=_words(t, "excluded_people"),
                weapon_nouns=_words(t, "weapon_nouns"),
                weapon_handling=_words(t, "weapon_handling"),
                blast_verbs=_words(t, "blast_verbs"),
                loyal_to=_words(t, "loyal_to"),
                suspect_pledgers=_words(t, "suspect_pledgers"),
                pledger_cells=_words(t, "pledger_cells"),
                leader_words=_words(t, "leader_words"),
                destroy_verbs=_words(t, "destroy_verbs"),
                destroy_objects=_words(t, "destroy_objects"),
                rescue_verbs=_words(t, "rescue_verbs"),
                rescue_objects=_words(t, "rescue_objects"),
                deploy_verbs=_words(t, "deploy_verbs"),
                deploy_objects=_words(t, "deploy_objects"),
                entry_verbs=_words(t, "entry_verbs"),
                defector_words=_words(t, "defector_words"),
                expel_verbs=_words(t, "expel_verbs"),
                lair_nouns=_words(t, "lair_nouns"),
                control_verbs=_words(t, "control_verbs"),
                control_nouns=_words(t, "control_nouns"),
                hold_verbs=_words(t, "hold_verbs"),
                hold_preps=_words(t, "hold_preps"),
                since_preps=_words(t, "since_preps"),
                seize_nouns=_words(t, "seize_nouns"),
                rid_verbs=_words(t, "rid_verbs"),
                loss_verbs=_words(t, "loss_verbs"),
                held_places=_words(t, "held_places"),
                **{flag: bool(t.get(flag, False)) for flag in FLAGS},
            )
            # (a hyphenated noun, "counter-offensive", "shoot-out", is a phrase of three tokens)
            for phrase in [*t.get("phrases", []), *(w for w in t.get("nouns", []) if "-" in w)]:
                seq = _as_tokens(phrase)
                phrases.setdefault(seq[0], []).append((seq, name))
        for entries in phrases.values():
            entries.sort(key=lambda e: -len(e[0]))
        mod, cas, dates = data["modality"], data["casualties"], data["dates"]
        return Vocab(
            types=types,
            phrases=phrases,
            unit_modifiers=_words(data["unit_modifiers"], "words"),
            unit_heads=_words(data["unit_heads"], "words"),
            tally_words=_words(data["tally"], "words"),
            tally_max=int(data["tally"]["max_event_count"]),
            held_max=int(data["tally"]["max_held_count"]),
            year_held_max=int(data["tally"]["max_year_held"]),
            perpetrated_max=int(data["tally"]["max_perpetrated_count"]),
            generic_dets=_words(data["generic"], "determiners"),
            proportions=_words(data["generic"], "proportions"),
            definite_dets=_words(data["definite"], "determiners"),
            planned=_words(mod, "planned"),
            planned_modifiers=_words(mod, "planned_modifiers"),
            made_modifiers=_words(mod, "made_modifiers"),
            opening_modifiers=_words(mod, "opening_modifiers"),
            habitual_modifiers=_words(mod, "habitual_modifiers"),
            instance_modifiers=_words(mod, "instance_modifiers"),
            instance_preps=_words(mod, "instance_preps"),
            stopped_modifiers=_words(mod, "stopped_modifiers"),
            repelled_launch=_words(mod, "repelled_launch"),
            repelled_targets=_words(mod, "repelled_targets"),
            repel_verbs=_words(mod, "repel_verbs"),
            plan_verbs=_words(mod, "plan_verbs"),
            background_modifiers=_words(mod, "background_modifiers"),
            frame_apart=_words(mod, "frame_apart"),
            stopped_when=_words(mod, "stopped_when"),
            record_periods=_words(mod, "record_periods"),
            record_modifiers=_words(mod, "record_modifiers"),
            hypothetical=_words(mod, "hypothetical"),
            achieved=_words(mod, "achieved"),
            hortative=_words(mod, "hortative"),
            vow_verbs=_words(mod, "vow_verbs"),
            aim_verbs=_words(mod, "aim_verbs"),
            habitual=_words(mod, "habitual"),
            habitual_present=_words(mod, "habitual_present"),
            habitual_adverbs=_words(mod, "habitual_adverbs"),
            activity_heads=_words(mod, "activity_heads"),
            multitudes=_words(mod, "multitudes"),
            denied=_words(mod, "denied"),
            negations=_words(mod, "negations"),
            reporting=_words(mod, "reporting"),
            made_telling=_words(mod, "made_telling"),
            aftermath_verbs=_words(mod, "aftermath_verbs"),
            author_verbs=_words(mod, "author_verbs"),
            condemn_verbs=_words(mod, "condemn_verbs"),
            condemn_generic=_words(mod, "condemn_generic"),
            answer_nouns=_words(mod, "answer_nouns"),
            accusation_verbs=_words(mod, "accusation_verbs"),
            involvement_words=_words(mod, "involvement_words"),
            captive_verbs=_words(mod, "captive_verbs"),
            captive_offsets=_words(mod, "captive_offsets"),
            captive_periods=_words(mod, "captive_periods"),
            sound_nouns=_words(mod, "sound_nouns"),
            hearing_verbs=_words(mod, "hearing_verbs"),
            sound_reports=_words(mod, "sound_reports"),
            sound_witnesses=_words(mod, "sound_witnesses"),
            recall_nouns=_words(mod, "recall_nouns"),
            recall_links=_words(mod, "recall_links"),
            repeat_nouns=_words(mod, "repeat_nouns"),
            repeat_counts=_words(mod, "repeat_counts"),
            support_verbs=_words(mod, "support_verbs"),
            doing_verbs=_words(mod, "doing_verbs"),
            occur_verbs=_words(mod, "occur_verbs"),
            support_nouns=_words(mod, "support_nouns"),
            phase_nouns=_words(mod, "phase_nouns"),
            partaking_verbs=_words(mod, "partaking_verbs"),
            kill=_words(cas, "kill"),
            die=_words(cas, "die"),
            civilians=_words(cas, "civilians"),
            sites=_words(cas, "sites"),
            incident_nouns=_words(mod, "incident_nouns"),
            dead=_words(cas, "dead"),
            wound=_words(cas, "wound"),
            wounded=_words(cas, "wounded"),
            other_fates=_words(cas, "other_fates"),
            toll=_words(cas, "toll"),
            toll_update_verbs=_words(cas, "toll_update_verbs"),
            toll_setting_verbs=_words(cas, "toll_setting_verbs"),
            care_verbs=_words(cas, "care_verbs"),
            hospitals=_words(cas, "hospitals"),
            care_conditions=_words(cas, "care_conditions"),
            shot_verbs=_words(cas, "shot_verbs"),
            limbs=_words(cas, "limbs"),
            beheadings=_words(cas, "beheadings"),
            person_nouns=_words(cas, "person_nouns"),
            titled_persons=_words(cas, "titled_persons"),
            result_verbs=_words(cas, "result_verbs"),
            life_verbs=_words(cas, "life_verbs"),
            lost_people=_words(cas, "lost_people"),
            kill_particles=frozenset(tuple(w.split(" ", 1)) for w in _words(cas, "kill_particles")),  # type: ignore[misc]
            kill_phrases=frozenset(tuple(w.split()) for w in _words(cas, "kill_phrases")),
            fatal_phrases=frozenset(tuple(w.split(" ", 1)) for w in _words(cas, "fatal_phrases")),  # type: ignore[misc]
            force_outcomes=_words(cas, "force_outcomes"),
            operation_outcomes=_words(cas, "operation_outcomes"),
            count_preps=_words(cas, "count_preps"),
            respective_words=_words(cas, "respective_words"),
            past_marks=_words(cas, "past_marks"),
            setting_relatives=_words(cas, "setting_relatives"),
            earlier_adverbs=_words(cas, "earlier_adverbs"),
            superseded_marks=_words(cas, "superseded_marks"),
            tally_preps=_words(cas, "tally_preps"),
            tally_date_preps=_words(cas, "tally_date_preps"),
            tally_nouns=_words(cas, "tally_nouns"),
            tally_subjects=_words(cas, "tally_subjects"),
            vague=_words(cas, "vague"),
            scales=_words(cas, "scales"),
            totals=_words(cas, "totals"),
            short_of=tuple(tuple(w.split()) for w in _words(cas, "short_of")),
            added_marks=_words(cas, "added_marks"),
            everyone=_words(cas, "everyone"),
            remains=_words(cas, "remains"),
            official_tellers=_words(cas, "official_tellers"),
            none_nouns={k: frozenset(v) for k, v in cas.get("none_nouns", {}).items()},
            none_people=_words(cas, "none_people"),
            attackers=_words(data["attackers"], "nouns"),
            attacker_losses=_words(data["attackers"], "losses"),
            sides=_words(data["attackers"], "sides"),
            group_members=_words(data["attackers"], "members"),
            described_attackers=_words(data["attackers"], "described"),
            collectives=_words(data["attackers"], "collectives"),
            group_parts=_words(data["attackers"], "group_parts"),
            weapons=_words(data["attackers"], "weapons"),
            pronouns=_words(data["pronouns"], "words"),
            descriptions=_words(data["pronouns"], "descriptions"),
            body_descriptions=_words(data["pronouns"], "bodies"),
            bystanders=_words(data["pronouns"], "bystanders"),
            offices=_words(data["pronouns"], "offices"),
            locative=_words(data["places"], "locative"),
            from_types=_words(data["places"], "from_types"),
            topic_types=_words(data["places"], "topic_types"),
            topic_preps=_words(data["places"], "topic_preps"),
            topic_verbs=_words(data["places"], "topic_verbs"),
            numbers={str(k).lower(): int(v) for k, v in data["numbers"].items()},
            demonyms={str(k): (str(v[0]), str(v[1])) for k, v in data["demonyms"].items()},
            national_forces={str(k): str(v) for k, v in data.get("national_forces", {}).items()},
            people_forces={str(k): {str(i): str(a) for i, a in v.items()}
                           for k, v in data.get("people_forces", {}).items()},
            national_police={str(k): str(v) for k, v in data.get("national_police", {}).items()},
            joint_leads={str(k): str(v) for k, v in data.get("joint_leads", {}).items()},
            successors={str(k): (str(v["after"]), str(v["by"])) for k, v in data.get("successors", {}).items()},
            state_forces={str(k): str(v) for k, v in data.get("state_forces", {}).items()},
            armed_forces={str(k): str(v) for k, v in data.get("armed_forces", {}).items()},
            unit_credit_states=frozenset(data.get("unit_credit", {}).get("states", [])),
            unit_words=frozenset(w.lower() for w in data.get("unit_credit", {}).get("unit_words", [])),
            unit_theatre_states=frozenset(data.get("unit_credit", {}).get("theatre_states", [])),
            headquarters=frozenset(data.get("unit_credit", {}).get("headquarters", [])),
            ministries=tuple(w.lower() for w in data.get("unit_credit", {}).get("ministries", [])),
            flying_partners=frozenset(data.get("unit_credit", {}).get("flying_partners", [])),
            containers=_words(data["places"], "containers"),
            portions=_words(data["places"], "portions"),
            directions=_words(data["places"], "directions"),
            member_preps=_words(data["places"], "member_preps"),
            settlements=_words(data["places"], "settlements"),
            small_settlements=_words(data["places"], "small_settlements"),
            quarters=_words(data["places"], "quarters"),
            under_verbs=_words(data["places"], "under_verbs"),
            area_words=_words(data["places"], "area_words"),
            route_words=_words(data["places"], "route_words"),
            one_assault_modifiers=_words(data["places"], "one_assault_modifiers"),
            borders=_words(data["places"], "borders"),
            journey_verbs=_words(data["places"], "journey_verbs"),
            joining_verbs=_words(data["places"], "joining_verbs"),
            origin_words=_words(data["places"], "origin_words"),
            neighbours=_words(data["places"], "neighbours"),
            mission_nouns=_words(data["places"], "mission_nouns"),
            force_nouns=_words(data["places"], "force_nouns"),
            home_forces=_words(data["places"], "home_forces"),
            abroad_states=_words(data["places"], "abroad_states"),
            generic_forces=_words(data["places"], "generic_forces"),
            police_forces=_words(data["places"], "police_forces"),
            backer_nouns=_words(data["places"], "backer_nouns"),
            partner_nouns=_words(data["places"], "partner_nouns"),
            split_words=_words(data["places"], "split_words"),
            backer_verbs=_words(data["places"], "backer_verbs"),
            state_bodies=_words(data["places"], "state_bodies"),
            state_credit=frozenset(str(w) for w in data["places"].get("state_credit", [])),
            outlet_words=frozenset(str(w) for w in data["places"].get("outlet_words", [])),
            after_words=_words(dates, "after"),
            before_words=_words(dates, "before"),
            since_words=_words(dates, "since"),
            start_verbs=_words(dates, "start_verbs"),
            range_preps=_words(dates, "range_preps"),
            claim_links=_words(dates, "claim_links"),
            publish_verbs=_words(dates, "publish_verbs"),
            report_nouns=_words(dates, "report_nouns"),
            response_nouns=_words(dates, "response_nouns"),
            offset_units={str(k).lower(): int(v) for k, v in dates["offset_units"].items()},
            hour_units=_words(dates, "hour_units"),
            distinct_words=_words(data["link"], "distinct"),
            intent_words=_words(mod, "intent_words"),
            record_counts=_words(mod, "record_counts"),
            record_multiples=_words(mod, "record_multiples"),
            record_verbs=_words(mod, "record_verbs"),
            renown_words=_words(mod, "renown_words"),
            plan_gerunds=_words(mod, "plan_gerunds"),
            frame_preps=_words(data["link"], "frame_preps"),
            separate_words=_words(data["link"], "separate"),
            separate_deeds=_words(data["link"], "separate_deeds"),
            ordinals=_words(data["link"], "ordinals"),
            latest_words=_words(data["link"], "latest"),
            earlier_words=_words(data["link"], "earlier"),
            earlier_periods=_words(data["link"], "earlier_periods"),
            later_words=_words(data["link"], "later"),
            later_periods=_words(data["link"], "later_periods"),
            later_parts=_words(data["link"], "later_parts"),
            next_adverbs=_words(data["link"], "next_adverbs"),
            parallel_adverbs=_words(data["link"], "parallel_adverbs"),
            elsewhere_words=_words(data["link"], "elsewhere"),
            same_words=_words(data["link"], "same"),
            again_words=_words(data["link"], "again"),
            another_words=_words(data["link"], "another"),
            restating_verbs=_words(data["link"], "restating_verbs"),
            sequel_verbs=_words(data["link"], "sequel_verbs"),
            sequel_pronouns=_words(data["link"], "sequel_pronouns"),
            cut_line_words=_words(data["link"], "cut_line_words"),
            fights=_words(data["link"], "fights"),
            held_again_nouns=_words(data["link"], "held_again_nouns"),
            held_again_pronouns=_words(data["link"], "held_again_pronouns"),
            several_words=_words(data["link"], "several"),
            unclaimed=_any_of(data["link"].get("unclaimed", [])),
            claims=_any_of(data["link"].get("claims", [])),
            series_claims=_any_of(data["link"].get("series_claims", [])),
            claim_verbs=_words(data["link"], "claim_verbs"),
            credit_verbs=_words(data["link"], "credit_verbs"),
            outside_campaign=frozenset(str(w) for w in data["link"].get("outside_campaign", [])),
            ruling_groups=frozenset(str(w) for w in data["link"].get("ruling_groups", [])),
            branch_names=frozenset(str(w) for w in data["link"].get("branch_names", [])),
            suspicion_words=_words(data["link"], "suspicion_words"),
            campaign_start_year=(int(data["link"]["campaign_start_year"])
                                 if data["link"].get("campaign_start_year") is not None else None),
            names_also={str(k): frozenset(str(t) for t in v) for k, v in data["link"].get("names_also", {}).items()},
            branch_years={str(k): int(v) for k, v in data["link"].get("branch_years", {}).items()},
            target_group=str(data["link"].get("target_group", "islamic_state")),
        )
    except (KeyError, TypeError, ValueError, IndexError) as exc:
        raise SitroomError("E503", path=DATA_FILE, detail=f"missing or malformed entry: {exc}") from exc
