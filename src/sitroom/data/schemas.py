"""The shape of every TOML file in sitroom/data, as pydantic models that forbid unknown keys.

Why: the loaders used to read ``data.get(key, [])``, so a misspelt key in a data file was silently
ignored and a rule quietly stopped working. Each model here lists the keys its file may hold (taken from
the file's own header comment); ``sitroom.data.load`` checks a file against its model and names the file
and the key when they disagree (error E503).

``sitroom.data.load(Model)`` returns the validated model, so loaders read attributes, not ``.get(key)``.
Values are typed where the file's format is settled. The event and speech vocabularies (events.toml,
speech.toml), the actor tables and the series kinds leave values ``Any`` for their loaders' own checks,
whose messages name the entry: to add a key, add one line to the table's model below (and document it in
the file's header).
"""

from __future__ import annotations

from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, RootModel, StringConstraints

Words = list[str]
# ISO 3166-1 alpha-2, as the files write it: a misspelt code ("IRQ", "iq") is a key error too.
Iso2 = Annotated[str, StringConstraints(pattern=r"^[A-Z]{2}$")]


class Table(BaseModel):
    """A TOML table whose keys are fixed: any other key is an error. A key without a default is required;
    a section the loaders read without a fallback is required too."""

    model_config = ConfigDict(extra="forbid")


# --------------------------------------------------------------------------- actors.toml


class ActorEntry(Table):
    id: Any = None
    canonical: Any = None
    type: Any = None
    wikidata: Any = None
    acronyms: Any = None
    names: Any = None
    weak: Any = None
    parent: Any = None
    regions: Any = None
    area: Any = None
    based_in: Any = None
    seat: Any = None
    domestic: Any = None
    outlet: Any = None
    fights_for: Any = None
    homes: Any = None
    home_acronyms: Any = None
    credit_acronyms: Any = None
    plain_canonical: Any = None
    full_words: Any = None
    full_places: Any = None
    page_forms: Any = None
    local_names: Any = None


class CountryEntry(Table):
    iso: Any = None
    canonical: Any = None
    aliases: Any = None
    demonyms: Any = None
    wikidata: Any = None


class GenericEntry(Table):
    word: Any = None
    actor: Any = None
    not_with: Any = None


class Branches(Table):
    heads: Any = None


class Countries(Table):
    not_after: Any = None


class MilitaryUnits(Table):
    words: Any = None


class ActorsFile(Table):
    # Values stay ``Any``: resolve/actor_kb.py checks them with messages users of extension files rely on.
    actor: list[ActorEntry] = []
    country: list[CountryEntry] = []
    generic: list[GenericEntry] = []
    branches: Branches = Branches()
    countries: Countries = Countries()
    units: MilitaryUnits = MilitaryUnits()


# --------------------------------------------------------------------------- boilerplate.toml


class LineRule(Table):
    name: str
    pattern: str
    why: str | None = None
    max_words: int | None = None


class Banner(Table):
    trigger: str
    sentences: Words = []
    buttons: Words = []


class Tail(Table):
    headings: Words = []


class Comments(Table):
    lookahead: int = 3
    headings: Words = []
    policy: Words = []
    form: Words = []
    standalone: Words = []


class Share(Table):
    max_words: int = 10
    words: Words = []


class TitleRules(Table):
    separators: Words = []
    suffix_max_words: int = 6


class CreditRules(Table):
    max_words: int = 16
    patterns: Words = []


class BoilerplateFile(Table):
    # The sections the cleaner needs are required: a file without one stops at load, naming it.
    line: list[LineRule] = []
    banner: Banner
    tail: Tail
    comments: Comments
    share: Share
    title: TitleRules
    credit: CreditRules = CreditRules()


# --------------------------------------------------------------------------- clean_dates.toml


class YearContext(Table):
    deadline_before: Words = []
    span_start_before: Words = []
    quantity_before: Words = []
    quantity_after: Words = []


class Caption(Table):
    markers: Words = []


class CleanDatesFile(Table):
    year: YearContext
    caption: Caption


# --------------------------------------------------------------------------- keyed by country


class CountryCentroidsFile(RootModel[dict[Iso2, tuple[float, float]]]):
    pass


class DemonymsFile(RootModel[dict[Iso2, Words]]):
    pass


# --------------------------------------------------------------------------- events.toml (see its header)


class EventType(Table):
    nouns: Any = None
    verbs: Any = None
    phrases: Any = None
    weak: Any = None
    context: Any = None
    requires: Any = None
    split_by_country: Any = None
    split_by_place: Any = None
    split_needs_list: Any = None
    split_sites: Any = None
    actor_types: Any = None
    exclude_modifiers: Any = None
    object_nouns: Any = None
    hostile_objects: Any = None
    visit_verbs: Words = []
    announce_verbs: Words = []
    visit_objects: Words = []
    visit_nouns: Words = []
    venue_verbs: Words = []
    speech_verbs: Words = []
    anchor_verbs: Words = []
    anchor_openers: Words = []
    anchor_subjects: Words = []
    claim_nouns: Any = None
    doer_nouns: Words = []
    doer_verbs: Words = []
    money_object: Any = None
    allegiance_words: Any = None
    actor_fallback: Any = None
    actor_is_patient: Any = None
    target_group_acts: Any = None
    perpetrator_verbs: Any = None
    perpetrator_things: Any = None
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
    held_at_dateline: bool = False
    reporter_acts: bool = False
    against_group: bool = False
    state_side: bool = False
    since_told: bool = False
    since_clause_told: bool = False
    held_only: bool = False
    forces_act: bool = False
    force_kills: bool = False
    outsider_takeover_not: bool = False
    seize_verbs: Any = None
    burn_verbs: Any = None
    burn_objects: Any = None
    fire_verbs: Any = None
    fire_words: Any = None
    aim_verbs: Any = None
    open_fire_verbs: Any = None
    open_fire_preps: Any = None
    detonate_verbs: Any = None
    positions: Any = None
    fall_verbs: Any = None
    purpose_nouns: Any = None
    purpose_verbs: Any = None
    purpose_objects: Any = None
    agentless_passive_not: Any = None
    arrest_verbs: Words = []
    arrest_doers: Words = []
    arrival_nouns: Words = []
    response_preps: Words = []
    custody_nouns: Words = []
    order_verbs: Words = []
    order_nouns: Words = []
    foil_verbs: Words = []
    foil_objects: Words = []
    foil_not_modifiers: Words = []
    search_verbs: Words = []
    search_objects: Words = []
    law_nouns: Words = []
    arrest_nouns: Words = []
    arrest_reports: Words = []
    arrest_ordinals: Words = []
    loose_reporters: Words = []
    cell_nouns: Words = []
    cell_haunts: Words = []
    camp_exit_verbs: Any = None
    return_verbs: Words = []
    camp_exit_nouns: Words = []
    object_verbs: Any = None
    fight_verbs: Words = []
    verb_objects: Any = None
    object_bands: Words = []
    air_nouns: Any = None
    air_modifiers: Any = None
    combined_arms: Words = []
    air_arms: Words = []
    ground_words: Words = []
    aircraft: Words = []
    told_attack_nouns: Words = []
    aircraft_verbs: Words = []
    step_up_verbs: Words = []
    air_origins: Words = []
    group_weapons: Words = []
    excluded_particles: Words = []
    force_verbs: Words = []
    other_wars: Words = []
    other_war_sides: Words = []
    opponent_preps: Words = []
    group_defeat_words: Words = []
    group_realms: Words = []
    realm_defeat_words: Words = []
    declare_verbs: Words = []
    facility_nouns: Words = []
    defeat_hedges: Words = []
    retreat_from: Words = []
    retreat_to: Words = []
    retreat_causes: Words = []
    excluded_objects: Words = []
    excluded_people: Words = []
    weapon_nouns: Words = []
    weapon_handling: Words = []
    blast_verbs: Words = []
    loyal_to: Words = []
    suspect_pledgers: Words = []
    pledger_cells: Words = []
    leader_words: Words = []
    defector_words: Words = []
    destroy_verbs: Words = []
    destroy_objects: Words = []
    rescue_verbs: Words = []
    rescue_objects: Words = []
    deploy_verbs: Words = []
    deploy_objects: Words = []
    entry_verbs: Words = []
    expel_verbs: Words = []
    lair_nouns: Words = []
    control_verbs: Words = []
    control_nouns: Words = []
    hold_verbs: Words = []
    hold_preps: Words = []
    since_preps: Words = []
    seize_nouns: Words = []
    rid_verbs: Words = []
    loss_verbs: Words = []
    held_places: Words = []


class WordsSection(Table):
    words: Any = None


class Tally(Table):
    max_event_count: Any = None
    max_held_count: Any = None
    max_year_held: Any = None
    max_perpetrated_count: Any = None
    words: Any = None


class Determiners(Table):
    determiners: Any = None
    proportions: Words = []


class Modality(Table):
    planned: Any = None
    planned_modifiers: Any = None
    made_modifiers: Words = []
    opening_modifiers: Words = []
    habitual_modifiers: Words = []
    instance_modifiers: Words = []
    instance_preps: Words = []
    stopped_modifiers: Words = []
    repelled_launch: Words = []
    repelled_targets: Words = []
    repel_verbs: Words = []
    plan_verbs: Words = []
    record_counts: Words = []
    record_multiples: Words = []
    record_verbs: Words = []
    renown_words: Words = []
    intent_words: Words = []
    plan_gerunds: Words = []
    background_modifiers: Words = []
    frame_apart: Words = []
    stopped_when: Words = []
    record_periods: Words = []
    record_modifiers: Words = []
    hypothetical: Any = None
    achieved: Words = []
    hortative: Any = None
    vow_verbs: Words = []
    aim_verbs: Words = []
    habitual: Any = None
    habitual_present: Any = None
    habitual_adverbs: Words = []
    activity_heads: Words = []
    involvement_words: Words = []
    captive_verbs: Words = []
    captive_offsets: Words = []
    captive_periods: Words = []
    sound_nouns: Words = []
    hearing_verbs: Words = []
    sound_reports: Words = []
    sound_witnesses: Words = []
    recall_nouns: Words = []
    recall_links: Words = []
    multitudes: Words = []
    denied: Any = None
    negations: Any = None
    reporting: Any = None
    made_telling: Words = []
    aftermath_verbs: Words = []
    repeat_nouns: Words = []
    author_verbs: Words = []
    condemn_verbs: Words = []
    condemn_generic: Words = []
    answer_nouns: Words = []
    accusation_verbs: Words = []
    repeat_counts: Words = []
    support_verbs: Any = None
    doing_verbs: Words = []
    occur_verbs: Words = []
    support_nouns: Words = []
    phase_nouns: Words = []
    partaking_verbs: Words = []
    incident_nouns: Words = []


class Casualties(Table):
    kill: Any = None
    kill_particles: Words = []
    kill_phrases: Words = []
    fatal_phrases: Words = []
    force_outcomes: Words = []
    operation_outcomes: Words = []
    die: Any = None
    civilians: Any = None
    sites: Words = []
    dead: Any = None
    wound: Any = None
    wounded: Any = None
    care_verbs: Words = []
    hospitals: Words = []
    care_conditions: Words = []
    shot_verbs: Words = []
    limbs: Words = []
    beheadings: Words = []
    person_nouns: Words = []
    titled_persons: Words = []
    toll: Any = None
    toll_update_verbs: Words = []
    toll_setting_verbs: Words = []
    result_verbs: Any = None
    life_verbs: Words = []
    lost_people: Words = []
    count_preps: Any = None
    respective_words: Words = []
    past_marks: Words = []
    setting_relatives: Words = []
    earlier_adverbs: Words = []
    superseded_marks: Words = []
    tally_preps: Words = []
    tally_date_preps: Words = []
    tally_nouns: Words = []
    tally_subjects: Words = []
    vague: Any = None
    scales: Words = []
    totals: Words = []
    short_of: Words = []
    added_marks: Words = []
    everyone: Words = []
    other_fates: Words = []
    remains: Words = []
    official_tellers: Words = []
    none_nouns: dict[str, list[str]] = {}
    none_people: Words = []


class Attackers(Table):
    nouns: Any = None
    losses: Any = None
    sides: Words = []
    members: Words = []
    described: Any = None
    collectives: Words = []
    group_parts: Words = []
    weapons: Any = None


class Pronouns(Table):
    words: Any = None
    descriptions: Any = None
    bodies: Any = None
    offices: Words = []
    bystanders: Words = []


class EventPlaces(Table):
    locative: Any = None
    from_types: Any = None
    topic_types: Words = []
    topic_preps: Words = []
    topic_verbs: Words = []
    containers: Any = None
    portions: Words = []
    member_preps: Any = None
    borders: Any = None
    journey_verbs: Words = []
    joining_verbs: Words = []
    origin_words: Words = []
    neighbours: Words = []
    mission_nouns: Words = []
    directions: Any = None
    force_nouns: Any = None
    home_forces: Words = []
    abroad_states: Words = []
    generic_forces: Words = []
    police_forces: Words = []
    backer_nouns: Words = []
    partner_nouns: Words = []
    split_words: Words = []
    backer_verbs: Words = []
    state_bodies: Words = []
    state_credit: Words = []
    outlet_words: Words = []
    settlements: Any = None
    small_settlements: Words = []
    quarters: Any = None
    under_verbs: Words = []
    area_words: Words = []
    route_words: Words = []
    one_assault_modifiers: Words = []


class EventDates(Table):
    after: Any = None
    before: Any = None
    since: Words = []
    start_verbs: Words = []
    claim_links: Words = []
    publish_verbs: Words = []
    report_nouns: Words = []
    response_nouns: Words = []
    range_preps: Words = []
    offset_units: dict[str, Any] = {}
    hour_units: Words = []


class Link(Table):
    target_group: Any = None
    distinct: Any = None
    ordinals: Any = None
    latest: Words = []
    restating_verbs: Words = []
    sequel_verbs: Words = []
    sequel_pronouns: Words = []
    cut_line_words: Words = []
    fights: Words = []
    held_again_nouns: Words = []
    held_again_pronouns: Words = []
    frame_preps: Words = []
    separate: Words = []
    separate_deeds: Words = []
    earlier: Words = []
    earlier_periods: Words = []
    later: Words = []
    later_periods: Words = []
    later_parts: Words = []
    next_adverbs: Words = []
    parallel_adverbs: Words = []
    elsewhere: Words = []
    same: Words = []
    again: Words = []
    another: Words = []
    several: Words = []
    unclaimed: Words = []
    claims: Words = []
    series_claims: Words = []
    claim_verbs: Words = []
    credit_verbs: Words = []
    outside_campaign: Words = []
    ruling_groups: Words = []
    branch_names: Words = []
    suspicion_words: Words = []
    campaign_start_year: int | None = None
    branch_years: dict[str, int] = {}
    names_also: dict[str, list[str]] = {}


class UnitCredit(Table):
    states: Words = []
    unit_words: Words = []
    theatre_states: Words = []
    headquarters: Words = []
    ministries: Words = []
    flying_partners: Words = []


class LandmarkAttack(Table):
    name: str
    date: Annotated[str, StringConstraints(pattern=r"^\d{4}-\d{2}-\d{2}$")]
    country: Iso2
    cues: Words


class Station(Table):
    name: str
    country: Iso2
    forms: Words
    of: Words = []
    types: Words = []


class EventsFile(Table):
    types: dict[str, EventType] = {}
    unit_modifiers: WordsSection | None = None
    unit_heads: WordsSection | None = None
    tally: Tally | None = None
    generic: Determiners | None = None
    definite: Determiners | None = None
    modality: Modality | None = None
    casualties: Casualties | None = None
    attackers: Attackers | None = None
    pronouns: Pronouns | None = None
    places: EventPlaces | None = None
    dates: EventDates | None = None
    link: Link | None = None
    numbers: dict[str, Any] = {}  # number word -> value
    national_forces: dict[str, str] = {}  # ISO code -> actors.toml id of the force its demonym names
    people_forces: dict[str, dict[str, str]] = {}  # people adjective -> ISO code -> actors.toml id of its force there
    national_police: dict[str, str] = {}  # ISO code -> actors.toml id of its one national police
    joint_leads: dict[str, str] = {}  # actors.toml id -> the partner credited with its joint operations
    successors: dict[str, dict[str, str]] = {}  # actors.toml id -> {after = YYYY-MM, by = actors.toml id}
    state_forces: dict[str, str] = {}  # ISO code -> actors.toml id of the force credited with the state's own events
    armed_forces: dict[str, str] = {}  # ISO code -> actors.toml id of its armed forces as a whole
    unit_credit: UnitCredit | None = None
    demonyms: dict[str, Any] = {}  # adjective or short form -> [ISO code, country name]
    landmarks: list[LandmarkAttack] = []  # well-known attacks a later page recalls (extract.events.landmarks)
    stations: list[Station] = []  # forces and bodies that act in one country (extract.events.stations)


# --------------------------------------------------------------------------- figures.toml


class Units(Table):
    people: Words = []
    troops: Words = []
    strikes: Words = []
    members: Words = []
    countries: Words = []


class FigureContext(Table):
    people_verbs: Words = []
    casualty_words: Words = []
    custody_words: Words = []
    people_events: Words = []
    people_totals: Words = []
    tally_nouns: Words = []
    tally_markers: Words = []
    flight_verbs: Words = []
    state_verbs: Words = []
    death_idioms: Words = []
    combatant_nouns: Words = []
    strength_verbs: Words = []
    strength_nouns: Words = []
    party_verbs: Words = []
    party_nouns: Words = []
    target_words: Words = []
    skip_nouns: Words = []
    cell_nouns: Words = []
    ordinal_bodies: Words = []
    condition_words: Words = []
    force_words: Words = []


class FiguresFile(Table):
    currency: dict[str, str] = {}
    scale: dict[str, float] = {}
    number_words: dict[str, int] = {}
    scale_articles: dict[str, float] = {}
    suffered_number_words: dict[str, int] = {}
    qualifiers: dict[str, str] = {}
    length: dict[str, float] = {}
    units: Units
    hyphen_units: dict[str, str] = {}
    context: FigureContext


# --------------------------------------------------------------------------- gazetteer.toml


class CuratedPlace(Table):
    name: str
    country: str
    lat: float
    lon: float
    alt: Words = []
    admin1: str | None = None
    iso: str | None = None
    feature: str | None = None
    precision: str | None = None
    population: int | None = None
    geonames_id: int | None = None
    # countries bordering a lake or region: the text's own decides its country, the first listed of them if several
    shared_by: list[Iso2] = []


class GazetteerFile(Table):
    facility_words: Words = []
    not_places: Words = []
    regions: Words = []
    small_town_countries: list[Iso2] = []
    respelt_countries: list[Iso2] = []
    organisation_words: Words = []
    relation_suffixes: Words = []
    locating_suffixes: Words = []
    ban_words: Words = []
    kind_words: Words = []
    place_kind_words: Words = []
    written_kind_words: Words = []
    name_words: Words = []
    feature_words: Words = []
    site_words: Words = []
    station_words: Words = []
    place: list[CuratedPlace] = []
    country_aliases: dict[Iso2, Words] = {}
    subdivision_centres: dict[str, tuple[float, float]] = {}  # ISO 3166-2 code -> (lat, lon)


# --------------------------------------------------------------------------- merge.toml


class MergeDefaults(Table):
    day_tolerance: int
    coarsest: str
    max_km: float
    unknown_place: bool
    undated_window_days: int = 31
    document_km: float = 0.0
    headcount: bool = False
    province_km: float = 0.0


class MergeRule(Table):  # a type's own rule: any of the defaults' keys, over them
    day_tolerance: int | None = None
    coarsest: str | None = None
    max_km: float | None = None
    unknown_place: bool | None = None
    undated_window_days: int | None = None
    document_km: float | None = None
    headcount: bool | None = None
    province_km: float | None = None


class Tolls(Table):
    revision: Words = []


class Official(Table):
    sources: Words = []
    url_hosts: Words = []


class MergeFile(Table):
    defaults: MergeDefaults
    types: dict[str, MergeRule] = {}  # per event type, over the defaults
    tolls: Tolls | None = None
    official: Official


# --------------------------------------------------------------------------- entity_names.toml


class EntityAlias(Table):
    names: Words = []


class EntityNamesFile(Table):
    place_words: Words = []
    articles: Words = []
    alias: list[EntityAlias] = []


# --------------------------------------------------------------------------- known_persons.toml


class KnownPerson(Table):
    name: str
    surnames: Words = []


class KnownPersonsFile(Table):
    person: list[KnownPerson] = []


# --------------------------------------------------------------------------- series.toml


class SeriesKind(Table):
    # Values are checked by picture/kinds.parse_kinds, whose messages name the kind.
    id: Any = None
    name: Any = None
    units: Any = None
    unit: Any = None
    measure: Any = None
    clause: Any = None
    not_clause: Any = None
    sentence: Any = None
    not_sentence: Any = None
    heads: Any = None
    cumulative: Any = None
    cumulative_name: Any = None
    document: Any = None


class Groups(Table):
    is_group: Words = []


class Target(Table):
    subject: Words = []
    of_pattern: str


class SeriesFile(Table):
    camps: dict[str, Words] = {}  # camp name -> its spellings
    groups: Groups
    kind: list[SeriesKind] = []
    target: Target


# --------------------------------------------------------------------------- speech.toml (see its header)


class Verbs(Table):
    direct: Any = None
    indirect: Any = None
    introductions: Any = None
    said_nouns: Words = []
    inverted: Words = []
    after_quote: Words = []
    after_quote_particles: Words = []


class Speakers(Table):
    person_pronouns: Any = None
    group_pronouns: Any = None
    anaphors: Any = None
    bodies: Any = None
    role_words: Any = None
    titles: Any = None
    group_descriptions: Any = None
    body_descriptions: Any = None
    civil_qualifiers: Any = None
    vehicles: Any = None
    addressees: Any = None
    platforms: Any = None
    outlets: Any = None
    press_reports: Any = None
    voices: Any = None
    voice_qualifiers: Any = None
    unnamed_people: Any = None
    things: Any = None
    bare_body_nouns: Any = None
    media_arms: Words = []
    media_nouns: Words = []
    members: Words = []


class SpeechFile(Table):
    verbs: Verbs
    speakers: Speakers


# --------------------------------------------------------------------------- stance.toml


class Topic(Table):
    name: str
    affirm: Words = []
    deny: Words = []


class StanceFile(Table):
    negations: Words = []
    window: int
    topic: list[Topic] = []


# --------------------------------------------------------------------------- titles.toml


class TitlesFile(Table):
    honorifics: Words = []
    ranks: Words = []
    offices: Words = []
    modifiers: Words = []
    suffixes: Words = []
    particles: Words = []
    institution_words: Words = []
    alias_markers: Words = []
    name_honorifics: Words = []
    qualified_titles: Words = []
    credit_markers: Words = []
    heading_words: Words = []
    byline_outlet_words: Words = []
    byline_desk_words: Words = []
    kunyas: Words = []


SCHEMAS: dict[str, type[BaseModel]] = {
    "actors.toml": ActorsFile,
    "boilerplate.toml": BoilerplateFile,
    "clean_dates.toml": CleanDatesFile,
    "country_centroids.toml": CountryCentroidsFile,
    "demonyms.toml": DemonymsFile,
    "entity_names.toml": EntityNamesFile,
    "events.toml": EventsFile,
    "figures.toml": FiguresFile,
    "gazetteer.toml": GazetteerFile,
    "known_persons.toml": KnownPersonsFile,
    "merge.toml": MergeFile,
    "series.toml": SeriesFile,
    "speech.toml": SpeechFile,
    "stance.toml": StanceFile,
    "titles.toml": TitlesFile,
}
