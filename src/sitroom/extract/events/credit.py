"""Who an event is credited to, read across the whole document once its mentions are linked.

Sentences name actors loosely: "IS claimed the bombing" in an article about the Islamic State's Khorasan
branch, "US forces conducted a drone strike" in a CENTCOM release, "the Ugandan army confirmed 41 killed"
for an attack on a school. Document-level rules, driven by the actor knowledge base:

* an event credited to a parent (the campaign's target group, or a state read from a demonym) goes to
  its branch or regional command that the same article names, when the event's country is in that
  branch's ``area`` (actors.toml);
* a strike or operation credited to a state through its demonym ("Ugandan forces") goes to the one force
  of that state the article names, else to its national force (events.toml [national_forces]);
* an attack is never credited to a state, one of its forces or an administration's force, claimed or not:
  in this domain such sentences report the victims or the officials who confirmed the toll;
* a repatriation happens where people are handed over, the camp (real-article conventions), not in the
  receiving state: one read as in the actor's own country, or in none, moves to the camp the article
  names.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc, Span, Token

from sitroom.annotate.extensions import doc_text, token_words
from sitroom.extract.events.records import SUBJECTS, Actor, EventMention, target_family
from sitroom.extract.events.specific import _pledger
from sitroom.extract.events.syntax import has_word, listed_in, plural_demonym
from sitroom.extract.events.vocab import TypeVocab, vocab
from sitroom.extract.quotes import speech_vocab
from sitroom.models import EntityMention, Place, stable_id
from sitroom.resolve.actor_kb import Actor as KBActor
from sitroom.resolve.actor_kb import ActorKB, load_actor_kb
from sitroom.resolve.gazetteer import curated_entries
from sitroom.resolve.persons import OFFICE, title_vocab


@cache
def _ancestors() -> dict[str, tuple[str, ...]]:
    """KB id -> its parent chain (nearest first), for every actor."""
    kb = load_actor_kb()
    return {actor_id: kb.ancestors(actor_id) for actor_id in kb.actors}


def _domestic_state(kb_id: str | None) -> str | None:
    """The state (ISO code) a domestic police or justice body (actors.toml domestic), or a unit of one, acts in."""
    if not kb_id:
        return None
    kb = load_actor_kb()
    chain = (kb_id, *_ancestors().get(kb_id, ()))
    if not any(kb.actors[a].domestic for a in chain if a in kb.actors):
        return None
    return next((a.split(":", 1)[1] for a in chain if a.startswith("country:")), None)


def _is_state(kb_id: str | None) -> bool:
    if not kb_id:
        return False
    return kb_id.startswith("country:") or any(a.startswith("country:") for a in _ancestors().get(kb_id, ()))


def _state_side(kb_id: str | None) -> bool:
    """A state, or a force or body of one or of an administration (the SDF are the Kurdish-led
    administration's army): the side the campaign's attacks are aimed at."""
    if kb_id is None:
        return False
    kb = load_actor_kb()
    return _is_state(kb_id) or any(
        a in kb.actors and kb.actors[a].type != "armed_group" for a in _ancestors().get(kb_id, ())
    )


def _receiving_state(e: EventMention, doc: Doc, mentions: list[EntityMention]) -> Actor | None:
    """The state a repatriation no one is credited with brings its people home to: the one country other than
    where it happened that its sentence names, by name or demonym ("192 Iraqi families left al-Hol camp",
    "Four women and 13 children were returned to Australia from camps in Syria")."""
    states = {m.kb_id for m in mentions
              if e.sent_start <= m.start < e.sent_end and m.kb_id and m.kb_id.startswith("country:")}
    span = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
    demonyms = vocab().demonyms
    states |= {f"country:{demonyms[t.text][0]}" for t in span or () if t.text in demonyms}
    states.discard(f"country:{e.country}")
    if len(states) != 1:
        return None
    return _country_actor(next(iter(states)).removeprefix("country:"))


def _country_actor(iso: str) -> Actor | None:
    name = next((a.canonical for a in load_actor_kb().actors.values() if a.id == f"country:{iso}"), None)
    return Actor(name, stable_id("country", name), "country", False, f"country:{iso}") if name else None


def _recipient_state(e: EventMention, doc: Doc, mentions: list[EntityMention]) -> Actor | None:
    """The state a camp's authority hands people over to, named in the trigger's "to" phrase ("Kurdish authorities
    handed over the returnees to Uzbek diplomats", "... to the Iraqi government"): the receiving state is the
    repatriation's actor (real-article conventions), the administration only runs the camp. The people's own
    nationality ("handed over five Norwegian orphans") names no recipient."""
    trigger = doc.char_span(e.start, e.end, alignment_mode="expand")
    if trigger is None:
        return None
    to = next((c for c in trigger.root.children if c.dep_ in ("prep", "dative") and c.lower_ == "to"), None)
    if to is None:
        return None
    lo, hi = to.left_edge.idx, to.right_edge.idx + len(to.right_edge.text)
    states = {m.kb_id for m in mentions if lo <= m.start < hi and m.kb_id and m.kb_id.startswith("country:")}
    demonyms = vocab().demonyms
    states |= {f"country:{demonyms[t.text][0]}" for t in to.subtree if t.text in demonyms}
    states.discard(f"country:{e.country}")
    return _country_actor(next(iter(states)).removeprefix("country:")) if len(states) == 1 else None


# a name that is only capital letters ("TOL", "YAT", "ACONIT"): an acronym, when the knowledge base does not know it
_BARE_LETTERS = re.compile(r"[A-Z]{2,8}")


def _sentence_force(e: EventMention, mentions: list[EntityMention]) -> Actor | None:
    """The one state force (an armed group of a state or an administration in the knowledge base) the event's
    sentence names."""
    kb = load_actor_kb()
    return _sole({m.kb_id: m for m in mentions if e.sent_start <= m.start < e.sent_end and m.kb_id in kb.actors
                  and kb.actors[m.kb_id].type == "armed_group" and _state_side(m.kb_id)})


def _meeting_name(name: str, nouns: frozenset[str]) -> bool:
    """A name whose last word is one of the meeting's nouns ([types.X] nouns): "Extraordinary Summit", "Small Group
    Coalition Ministerial"."""
    words = name.split()
    return bool(words) and words[-1].lower() in nouns


def _sentence_body(e: EventMention, mentions: list[EntityMention]) -> Actor | None:
    """The one organization of the knowledge base, no state's own body, the event's sentence names."""
    kb = load_actor_kb()
    return _sole({m.kb_id: m for m in mentions if e.sent_start <= m.start < e.sent_end and m.kb_id in kb.actors
                  and kb.actors[m.kb_id].type == "organization" and not _is_state(m.kb_id)})


def _outlet(name: str, kb_id: str | None = None) -> bool:
    """A news outlet's name ([places] outlet_words): "Khaama Press", "Hindustan Times", "Syrian Arab News Agency"; or
    an outlet of the knowledge base whose name has no such word ("Al Jazeera", "Philippine Daily Inquirer": actors.toml
    outlet)."""
    actor = load_actor_kb().actors.get(kb_id or "")
    return vocab().outlet_name(name) or (actor is not None and actor.outlet)


def _office_name(name: str) -> bool:
    """A name the NER took for a body that opens or ends with a person's office ([titles] offices): "Chief of Naval
    Staff", "Chief Military Public Information (Officer)", "Police Inspector-General" name the official who
    announced the event, not a body that did it."""
    low = name.lower()
    return any(low.startswith(office + " ") or low.endswith(" " + office)
               # (not the short abbreviations, "mp", "gov.", which end names of other kinds)
               for office in title_vocab().lists[OFFICE] if len(office) > 3 and not office.endswith("."))


def _armed_owner(kb_id: str | None) -> Actor | None:
    """The armed group a body of the knowledge base belongs to (Amaq: the Islamic State), if it is no state's."""
    kb = load_actor_kb()
    for a in _ancestors().get(kb_id or "", ()):
        actor = kb.actors.get(a)
        if actor is not None and actor.type == "armed_group" and not _is_state(a):
            return Actor.of_kb(actor, a)
    return None


def _is_camp(name: str, text: str) -> bool:
    return "camp" in name.lower().split() or "camp" in text.lower().split() or name in curated_camps()


@cache
def curated_camps() -> frozenset[str]:
    """Names of the camps in the curated gazetteer (al-Hol, Roj camp, Rukban ...)."""
    return frozenset(e.name for e in curated_entries() if e.feature == "camp")


@cache
def _iso_of_country() -> dict[str, str]:
    """Canonical country name -> ISO alpha-2."""
    return {a.canonical: a.id.split(":", 1)[1] for a in load_actor_kb().actors.values() if a.type == "country"}


def _actor_country(e: EventMention) -> str | None:
    """The ISO code of an event's actor when the actor is a state."""
    return _iso_of_country().get(e.actor.name) if e.actor is not None else None


def _sole(found: dict[str, EntityMention]) -> Actor | None:
    """The actor of the one knowledge-base entry found (mentions keyed by KB id); two or none: no one."""
    return Actor.of(next(iter(found.values()))) if len(found) == 1 else None


def _one_force(state: str, mentions: list[EntityMention], domestic: bool = False, soldiers: bool = False,
               ) -> Actor | None:
    """The state's one armed force the article names ("Ugandan forces" in an article naming the UPDF):
    outlets write the demonym for the force they name elsewhere. Two forces named, or none: no one. With
    ``domestic``, the state's one police or justice body (actors.toml domestic) instead, whatever its type: "Pakistan's
    counter-terrorism units raided a hideout" on a page that names the Counter Terrorism Department and no army; with
    ``soldiers`` (the doers are told as the army by kind), its police is none of its forces."""
    kb = load_actor_kb()
    forces = {
        m.kb_id: m
        for m in mentions
        if m.kb_id in kb.actors and state in _ancestors().get(m.kb_id, ())
        and (kb.actors[m.kb_id].domestic if domestic else kb.actors[m.kb_id].type == "armed_group"
             and not (soldiers and kb.actors[m.kb_id].domestic))
    }
    return _sole(forces)


def _national_force(state: str, place: Place | None = None) -> Actor | None:
    """The force the state's demonym names when it fights ([national_forces] in events.toml); where a region
    of the state keeps its own force (actors.toml ``homes``), that force: "Somali security forces killed 60
    ISIS fighters in Puntland" are Puntland's, which fights the Islamic State there, not the national army."""
    iso = state.removeprefix("country:")
    kb_id = _regional_force(iso, place) or vocab().national_forces.get(iso)
    actor = load_actor_kb().actors.get(kb_id or "")
    if actor is None:
        return None
    return Actor.of_kb(actor)


def _people_force(e: EventMention, doc: Doc) -> Actor | None:
    """ "Kurdish forces on Wednesday retook full control of a prison", "the operation in Sinjar being carried out by
    Iraqi Kurdish forces": a people's force ([people_forces] in events.toml) as the trigger's subject or agent is that
    people's force in the country the event happened in (the SDF in Syria, the Peshmerga in Iraq), whatever state's
    demonym goes with it."""
    forces = vocab().people_forces
    trigger = doc.char_span(e.start, e.end, alignment_mode="expand") if forces and e.country else None
    if trigger is None:
        return None
    head = trigger.root
    verb = head if head.pos_ in ("VERB", "AUX") else head.head
    # the agent of the verb, of the trigger, or of a participle on the trigger ("the operation being carried out by")
    doers = (verb, head, *(c for c in head.children if c.dep_ == "acl"))
    agents = [g for v in doers for a in v.children if a.dep_ == "agent" for g in a.children if g.dep_ == "pobj"]
    # (the agent first: "the operation ... being carried out by Kurdish forces" has the trigger as its subject)
    subj = next(iter(agents), None) or next((c for c in verb.children if c.dep_ in SUBJECTS and c.i != head.i), None)
    if subj is None or not has_word(subj, vocab().force_nouns) and subj.lemma_.lower() != "fighter":
        return None
    people = next((c.text for c in subj.children if c.dep_ in ("amod", "compound") and c.text in forces), None)
    kb_id = forces[people].get(e.country or "") if people else None
    actor = load_actor_kb().actors.get(kb_id or "")
    if actor is None:
        return None
    return Actor.of_kb(actor)


def _regional_force(iso: str, place: Place | None) -> str | None:
    """The KB id of the one force of state ``iso`` whose home box there holds ``place``."""
    if place is None or place.lat is None or place.lon is None:
        return None
    lat, lon = place.lat, place.lon
    found = [a.id for a in load_actor_kb().actors.values()
             if a.type == "armed_group" and f"country:{iso}" in _ancestors().get(a.id, ())
             and any(h == iso and w <= lon <= e and s <= lat <= n for h, w, s, e, n in a.homes)]
    return found[0] if len(found) == 1 else None


def _aerial(m: EntityMention, air_arms: frozenset[str], text: str) -> bool:
    """An air arm by its name ("the Nigerian Air Force"), or a force named as the one an air arm belongs to ("the air
    component of Operation Hadin Kai": the operation's)."""
    before = text[max(0, m.start - 30) : m.start].lower()
    return any(w in m.canonical.lower() or re.search(rf"\b{re.escape(w)} of (?:the )?$", before) for w in air_arms)


def _administration_army(actor: KBActor, country: str) -> bool:
    """The army of an administration no state owns in the knowledge base, based in ``country`` (the SDF in Syria),
    or a bloc's force whose area holds it (the MNJTF in Nigeria): it fights there as a state's force does ("the
    capture of Hajin" on a page about the SDF's offensive, "a series of air interdictions at Tumbun Fulani" in an
    MNJTF release)."""
    return (actor.type == "armed_group" and (actor.based_in == country or country in actor.area)
            and _state_side(actor.id))


def _article_force(
    country: str, mentions: list[EntityMention], air_arms: frozenset[str] = frozenset(), foreign_ok: bool = True,
    text: str = "",
) -> Actor | None:
    """The state force or security body the article names most that fights where the event happened: a
    force of that state, or a command whose area holds it. Outlets name the force once and then write
    "the operation, which took place in Errachidia" or "troops killed five militants". With ``air_arms``
    ([types.X] air_arms, for a strike), an air arm the article names comes first: "the air component of Operation
    Hadin Kai deployed some aircraft", then "the fighter jets attacked the targets", on a page that names the
    army more often (as the side the group fired on); not another state's air arm (``foreign_ok``)."""
    kb = load_actor_kb()
    if air_arms:
        aerial = [m for m in mentions if _aerial(m, air_arms, text)]
        if aerial and (force := _article_force(country, aerial, foreign_ok=False)) is not None:
            return force
    count: dict[str, int] = {}
    first: dict[str, EntityMention] = {}
    foreign: dict[str, EntityMention] = {}
    for m in mentions:
        actor = kb.actors.get(m.kb_id or "")
        if actor is not None and (coalition := _coalition_there(actor.id, country)) is not None:
            # "Near Mosul, five strikes engaged an ISIL tactical unit" in a release of the coalition's task force:
            # the coalition of states fighting there, named by itself or by a body of it
            count[coalition] = count.get(coalition, 0) + 1
            continue
        if actor is None or actor.type not in ("armed_group", "organization") or not (
                _is_state(actor.id) or _administration_army(actor, country)):
            continue
        if (f"country:{country}" in _ancestors().get(actor.id, ()) or country in actor.area
                or _administration_army(actor, country)):
            count[actor.id] = count.get(actor.id, 0) + 1
            first.setdefault(actor.id, m)
        elif actor.type == "armed_group":
            foreign.setdefault(actor.id, m)
    if not count:
        # no force of that state named: the one foreign force the article names fights there ("The operation
        # took place in the Alika Valley of North Kivu" in a UPDF release on Operation Shujaa)
        return _sole(foreign) if foreign_ok else None
    most = max(count, key=lambda k: count[k])
    if most not in first:
        body = kb.actors[most]
        return Actor.of_kb(body)
    return Actor.of(first[most])


def _coalition_there(kb_id: str, country: str) -> str | None:
    """The KB id of the coalition of states (a body of no state, whose actors.toml ``area`` holds ``country``) that
    ``kb_id`` is, or is a body of ("Combined Joint Task Force - Operation Inherent Resolve" of the Global Coalition)."""
    kb = load_actor_kb()
    for a in (kb_id, *_ancestors().get(kb_id, ())):
        body = kb.actors.get(a)
        if body is not None and body.type == "organization" and country in body.area and not _is_state(a):
            return a
    return None


# Words that tie attackers to the group rather than name it as the one that acted: "linked to IS",
# "Islamic State-affiliated rebels", "militants loyal to the Islamic State".
# ("IS-inspired" attackers are no branch's: their actor stays open, by the conventions)
_TIED_BEFORE = re.compile(
    r"\b(?:linked|tied|affiliated|allied|loyal|connected|aligned|pledged)\s+(?:to|with)\s+(?:the\s+)?$", re.I
)
_TIED_AFTER = re.compile(r"^(?:\s+group)?[-‐–]\s*(?:linked|affiliated|allied|aligned|backed)\b", re.I)


def _affiliated(e: EventMention, mentions: list[EntityMention], text: str) -> bool:
    """Whether the event's sentence names its actor only as what the attackers are tied to."""
    assert e.actor is not None
    own = [m for m in mentions if m.entity_id == e.actor.entity_id and e.sent_start <= m.start < e.sent_end]
    return bool(own) and all(
        _TIED_BEFORE.search(text[max(0, m.start - 40) : m.start]) or _TIED_AFTER.match(text[m.end : m.end + 30])
        for m in own
    )


def _own_group(e: EventMention, mentions: list[EntityMention], target_group: str) -> Actor | None:
    """The one armed group, neither a state's nor the target group itself, that the event's sentence names."""
    kb = load_actor_kb()
    found = {
        m.kb_id: m
        for m in mentions
        if e.sent_start <= m.start < e.sent_end and m.kb_id in kb.actors and m.kb_id != target_group
        and kb.actors[m.kb_id].type == "armed_group" and not _is_state(m.kb_id)
    }
    return _sole(found)


def _branches_named(kb_id: str, country: str | None, mentions: list[EntityMention]) -> list[EntityMention]:
    """The article's mentions of branches or commands of ``kb_id`` whose area holds ``country``, in text order."""
    kb = load_actor_kb()
    if country is None:
        return []
    return [m for m in mentions if (branch := kb.actors.get(m.kb_id or "")) is not None
            and kb_id in _ancestors().get(branch.id, ()) and country in branch.area]


def _by_home(found: list[EntityMention], country: str | None, place: Place | None) -> list[EntityMention]:
    """Of the branches named for a country two of them share, those whose home box there holds the event's
    place: an article on the Niamey airport attack that recalls the West Africa Province names the Sahel
    Province's attack. Without a place, or with no box holding it, all of them."""
    kb = load_actor_kb()
    if len({m.kb_id for m in found}) < 2 or place is None or place.lat is None or place.lon is None:
        return found
    lat, lon = place.lat, place.lon
    home = [m for m in found if any(iso == country and w <= lon <= e and s <= lat <= n
                                    for iso, w, s, e, n in kb.actors[m.kb_id or ""].homes)]
    return home or found


# the target group's branches, by knowledge base (the one built for a set of files: its id, kept with it) and group:
# ``_home_branch`` is asked for each event of each page, and went through the whole knowledge base each time
_BRANCHES: dict[tuple[int, str], tuple[ActorKB, list[KBActor]]] = {}


def _branches(kb: ActorKB, target_group: str) -> list[KBActor]:
    """The actors of ``kb`` whose parent is ``target_group``, in the knowledge base's order."""
    held = _BRANCHES.get((id(kb), target_group))
    if held is None or held[0] is not kb:
        held = _BRANCHES[(id(kb), target_group)] = (
            kb, [a for a in kb.actors.values() if a.parent == target_group])
    return held[1]


def _home_branch(target_group: str, country: str, place: Place | None = None) -> Actor | None:
    """The one branch of the target group whose area holds ``country``, if exactly one does; in a country two
    branches share, the one whose home box there (actors.toml ``homes``) holds the event's place."""
    kb = load_actor_kb()
    found = [a for a in _branches(kb, target_group) if country in a.area]
    if len(found) > 1 and place is not None and place.lat is not None and place.lon is not None:
        lat, lon = place.lat, place.lon
        found = [a for a in found if any(iso == country and w <= lon <= e and s <= lat <= n
                                         for iso, w, s, e, n in a.homes)]
    elif len(found) > 1:
        # no place: the one branch with a home in the country, a branch named there only when the page names it
        # (the Pakistan Province beside the Khorasan Province's home in Pakistan) left out
        homed = [a for a in found if any(iso == country for iso, *_ in a.homes)]
        found = homed if len(homed) == 1 else found
    if len(found) != 1:
        return None
    a = found[0]
    return Actor.of_kb(a)


def _page_home_branch(target_group: str, country: str, places: list[Place]) -> Actor | None:
    """In a country two branches share, the branch whose home box there holds most of the page's own places in
    that country (towns, districts and regions, not the country itself), when they outnumber all the others: a
    story on a massacre "in the Tahoua region" or "in western Tillaberi" told only as the Islamic State's is the
    Sahel Province's, one on Diffa and Bosso the West Africa Province's. Distinct places vote once each."""
    kb = load_actor_kb()
    homed = [a for a in _branches(kb, target_group) if country in a.area and any(iso == country for iso, *_ in a.homes)]
    if len(homed) < 2:
        return None
    votes: dict[str, int] = {}
    for p in {p.id: p for p in places}.values():
        if p.country != country or p.lat is None or p.lon is None or p.precision == "country":
            continue
        lat, lon = p.lat, p.lon
        holders = [a for a in homed if any(iso == country and w <= lon <= e and s <= lat <= n
                                           for iso, w, s, e, n in a.homes)]
        if len(holders) == 1:
            votes[holders[0].id] = votes.get(holders[0].id, 0) + 1
    if not votes:
        return None
    top = max(votes, key=lambda k: votes[k])
    if 2 * votes[top] <= sum(votes.values()):
        return None
    a = kb.actors[top]
    return Actor.of_kb(a)


def _local_group(branch: Actor | None, mentions: list[EntityMention]) -> Actor | None:
    """The one armed group the article names that belongs to ``branch`` (actors.toml ``parent``): in the
    Congo "rebels affiliated with the Islamic State group" are the Allied Democratic Forces the article names
    elsewhere, the perpetrator the annotated pages credit (the branch's name is the claim's)."""
    if branch is None or branch.kb_id is None:
        return None
    kb = load_actor_kb()
    # (or that fights under its flag, actors.toml ``fights_for``: "ISIS-linked militants" beheading a hostage in Sulu
    # are the Abu Sayyaf Group the page names)
    found = {m.kb_id: m for m in mentions if m.kb_id in kb.actors
             and branch.kb_id in (kb.actors[m.kb_id].parent, kb.actors[m.kb_id].fights_for)
             and kb.actors[m.kb_id].type == "armed_group"}
    return _sole(found)


def home_branches(events: list[EventMention], target_group: str,
                  mentions: list[EntityMention] | None = None, places: list[Place] | None = None) -> None:
    """An attack told as the group's ("ISIS militants planted a roadside bomb" in Puntland, "suspected Islamic
    State fighters beheaded five" in Cabo Delgado, "Islamic State claimed the attack on the army post in
    Tillaberi"), in the home of exactly one of its branches, is that branch's: attackers named by the group are
    the branch of their area (real-article conventions), and the group claims through its provinces (Amaq
    credits "Sahel Province", al-Naba "Wilayat Somalia"), so the annotated pages credit its claims there to the
    branch too. Run once every event has its country.

    In a country two branches share (Niger: the West Africa Province at Lake Chad, the Sahel Province in
    Tillaberi), an event with no place to choose by goes to the one of them the page names (of ``mentions``):
    "attacks by the Islamic State Sahel Province", then "eyewitnesses blame Islamic State jihadists"; with none
    named, to the one whose home holds most of the page's places in the country (``places``)."""
    types = vocab().types
    kb = load_actor_kb()
    for e in events:
        if (e.actor is not None and e.actor.kb_id == target_group and e.country
                and types[e.type].perpetrated):
            branch = _home_branch(target_group, e.country, e.place)
            if branch is None and mentions:
                named = {m.kb_id or "": m for m in _branches_named(target_group, e.country, mentions)
                         if kb.actors[m.kb_id or ""].parent == target_group}
                branch = _sole(named)
            if branch is None and places:
                # neither its place nor a branch the page names decides: the page's other places in the country
                branch = _page_home_branch(target_group, e.country, places)
            e.actor = branch or e.actor


_WORDS = re.compile(r"[a-z]+")


def pledges_to_branch(events: list[EventMention], doc: Doc, target_group: str, outside: frozenset[str]) -> None:
    """A pledge to the target group founds its branch of the pledger's home ([types.X] defector_words): "Pro-ISIS
    militants who pledged allegiance in August" in Somalia, "a faction of Al-Shabaab defected and pledged
    allegiance" are the Islamic State Somalia Province, neither the group pledged to nor the one left (a group
    outside the campaign, events.toml [link] outside_campaign, named with a defector word next to it). A group
    that pledges whole keeps its own name ("the ADF pledged allegiance to IS in 2019"). Run once every event
    has its country."""
    types = vocab().types
    mentions = doc._.entity_mentions or []
    for e in events:
        words = types[e.type].defector_words
        kb_id = e.actor.kb_id if e.actor is not None else None
        if not words or kb_id is None or e.country is None:
            continue
        left = bool({kb_id, *_ancestors().get(kb_id, ())} & outside) and _defecting(e, mentions, doc_text(doc), words)
        if kb_id == target_group or left:
            e.actor = _home_branch(target_group, e.country, e.place) or e.actor


# a leader word ties a person to a group this close to both names ("ISIS-GS and its leader, Adnan Abu Walid
# al-Sahrawi", "the ADF a “foreign terrorist organisation” and said its leader Musa Baluku")
LEADER_GAP = 80
_OWNER_END = re.compile(r"(?:^|\b(?:its|their)|'s|’s)\s*$", re.I)


def pledges_by_leaders(events: list[EventMention], doc: Doc, target_group: str) -> None:
    """A pledge credited to no one whose pledger is a person ("its leader Musa Baluku had pledged allegiance to IS",
    "Al-Sahrawi first pledged allegiance to ISIS", "Santoso and his group declared allegiance") is the pledge of the
    group he leads, as the annotated pages credit it: the armed group, neither a state's nor the one pledged to, that
    a sentence naming him ties him to with a leader word ([types.X] leader_words). Run before ``credit``, so that the
    pledge is placed at the group's home."""
    types = vocab().types
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        leaders = types[e.type].leader_words
        if e.actor is not None or not leaders:
            continue
        person = _pledging_person(e, doc, mentions)
        if person is not None:
            e.actor = _led_group(person, doc, mentions, target_group, leaders)
        else:
            e.actor = _pledging_group(e, doc, mentions, target_group)


def _pledging_person(e: EventMention, doc: Doc, mentions: list[EntityMention]) -> EntityMention | None:
    """The person mention in the phrase of the one who swears the event's oath (specific._pledger)."""
    trigger = doc.char_span(e.start, e.end, alignment_mode="expand")
    found = _pledger(trigger.root) if trigger is not None else None
    if found is None:
        return None
    who, clause = found
    start, end = who.left_edge.idx, who.right_edge.idx + len(who.right_edge)
    # not in the clause that swears the oath ("fighters who pledged allegiance to al-Baghdadi": the one sworn to)
    if clause.i != who.i and who.is_ancestor(clause):
        after = clause.right_edge.idx + len(clause.right_edge)
        start, end = (start, clause.left_edge.idx) if clause.left_edge.i > who.i else (after, end)
    inside = next((m for m in mentions if m.type == "person" and start <= m.start < end), None)
    if inside is not None or who.pos_ != "PROPN":
        return inside
    # the NER took the name for a person elsewhere only ("the MIT led by Santoso ... Santoso and his group declared
    # allegiance"): the person the article names so
    return next((m for m in mentions if m.type == "person" and m.canonical.split()[-1] == who.text), None)


def _pledging_group(e: EventMention, doc: Doc, mentions: list[EntityMention], target_group: str) -> Actor | None:
    """The one armed group, neither a state's nor the one pledged to, named in the phrase of the one who swears the
    event's oath (specific._pledger) where the parse leaves the trigger no subject of its own: a second verb ("The
    ADF ... has waged a violent insurgency and pledged allegiance to IS in 2019"), a relative clause ("a cell of Abu
    Sayyaf who have been hiding in Sabah and have pledged allegiance")."""
    trigger = doc.char_span(e.start, e.end, alignment_mode="expand")
    if trigger is None:
        return None
    found = _pledger(trigger.root)
    if found is None:
        return None
    who, clause = found
    skip = {t.i for t in clause.subtree} if clause.i != who.i and who.is_ancestor(clause) else set()
    words = [t for t in who.subtree if t.i not in skip]
    # "X, a new militant group with about 50 fighters who pledged their allegiance": when the pledger's phrase
    # names no group, the fighters of the group the phrase they hang on names, through a preposition or an
    # apposition (only the head words climbed through, never the rest of their phrases)
    climbed: list[Token] = []
    head = who
    for _ in range(4):
        if head.dep_ not in ("pobj", "prep", "appos") or head.head.i == head.i:
            break
        head = head.head
        climbed.append(head)

    def groups_in(tokens: list[Token]) -> dict[str, EntityMention]:
        return {m.kb_id: m for m in mentions if m.type == "armed_group" and m.kb_id and m.kb_id != target_group
                and not _state_side(m.kb_id) and any(m.start <= t.idx < m.end for t in tokens)}

    return _sole(groups_in(words) or groups_in(climbed))


def _led_group(person: EntityMention, doc: Doc, mentions: list[EntityMention], target_group: str,
               leaders: frozenset[str]) -> Actor | None:
    """The armed group a sentence of the article ties ``person`` to with a leader word between or in the two names
    ("Boko Haram leader Abubakar Shekau", "the MIT led by Santoso"), the closest pair in the article; none when
    no sentence does."""
    text = doc_text(doc)
    groups = [m for m in mentions if m.type == "armed_group" and m.kb_id and m.kb_id != target_group
              and not _state_side(m.kb_id)]
    best: tuple[int, EntityMention] | None = None
    for p in (m for m in mentions if m.entity_id == person.entity_id):
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is None:
            continue
        sent = span.sent
        for g in groups:
            if not sent.start_char <= g.start < sent.end_char:
                continue
            gap = max(p.start, g.start) - min(p.end, g.end)
            between = set(_WORDS.findall(text[min(p.end, g.end) : max(p.start, g.start)].lower()))
            if g.end <= p.start and _OWNER_END.search(text[g.end : p.start]):
                # the leader word in the person's own phrase, right after the group or "its": "ADF leader Musa
                # Baluku", "the ADF ... said its leader Musa Baluku" (not "Police chief Ali Musa met the ADF")
                between |= set(_WORDS.findall(p.text.lower()))
            tied = 0 <= gap <= LEADER_GAP and bool(between & leaders)
            if tied and (best is None or gap < best[0]):
                best = (gap, g)
    return Actor.of(best[1]) if best is not None else None


def _defecting(e: EventMention, mentions: list[EntityMention], text: str, words: frozenset[str]) -> bool:
    """Whether the event's sentence names its actor with a defector word close by: "a faction of Al-Shabaab",
    "former al-Shabab commander", "Al-Shabaab defected"."""
    assert e.actor is not None
    for m in mentions:
        if m.entity_id != e.actor.entity_id or not e.sent_start <= m.start < e.sent_end:
            continue
        near = text[max(e.sent_start, m.start - 30) : m.start] + " " + text[m.end : min(e.sent_end, m.end + 30)]
        if set(_WORDS.findall(near.lower())) & words:
            return True
    return False


def aircraft_by_demonym(events: list[EventMention], doc: Doc) -> None:
    """A strike whose own sentence names the aircraft that flew it by one state's demonym, as the subject or the "by"
    agent ("Iraqi F-16 fighter jets carried out an airstrike", "killed in an airstrike by Iraqi aircraft", "Iraqi
    warplanes had destroyed 18 hideouts"), is that state's air arm the article names ([types.X] air_arms), else its
    national force ([national_forces]): the sentence says who flew it, so neither the command that announced it nor
    a militia named nearby nor a name the NER model made of the jet ("Iraqi F-16") stands for it. A strike already
    credited to an air arm of that state keeps it."""
    types = vocab().types
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        kind = types[e.type]
        if not kind.aircraft or e.modality != "asserted":
            continue
        sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
        states = _aircraft_states(sentence, kind.aircraft)
        if len(states) != 1:
            continue
        state = f"country:{next(iter(states))}"
        if e.actor is not None and _air_arm(e.actor.kb_id, state, kind.air_arms):
            continue
        arm = next((m for m in mentions if _air_arm(m.kb_id, state, kind.air_arms)), None)
        iso = state.removeprefix("country:")
        e.actor = Actor.of(arm) if arm is not None else (
            _national_force(state, e.place if e.country == iso else None) or e.actor)


def _air_arm(kb_id: str | None, state: str, air_arms: frozenset[str]) -> bool:
    """The knowledge base's actor ``kb_id`` is an air arm ([types.X] air_arms in its name) of ``state``."""
    actor = load_actor_kb().actors.get(kb_id or "")
    return actor is not None and state in _ancestors().get(actor.id, ()) and any(
        arm in actor.canonical.lower() for arm in air_arms)


def _aircraft_states(sentence: Span | None, aircraft: frozenset[str]) -> set[str]:
    """ISO codes of the states whose demonym modifies an aircraft noun the sentence names as a subject or a "by"
    agent ("Iraqi warplanes struck", "an airstrike by Iraqi military aircraft"); not a victim ("an Iraqi helicopter
    was shot down" is a passive subject, so only active subjects count) nor an object."""
    words = vocab()
    found: set[str] = set()
    # (a Token only for a word that may be an aircraft noun, found from the document's index of its words: a walk of
    # the sentence made a Token of every word)
    for tok in (sentence.doc[i] for i in listed_in(sentence, aircraft)) if sentence is not None else ():
        if not has_word(tok, aircraft) or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        head = tok
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if not (head.dep_ == "nsubj" or (head.dep_ == "pobj" and head.head.lower_ == "by")):
            continue
        found |= {words.demonyms[t.text][0] for t in tok.subtree
                  if t.i < tok.i and t.text in words.demonyms and t.dep_ in ("amod", "compound", "nmod")}
    return found


def forces_by_demonym(events: list[EventMention], doc: Doc) -> None:
    """A strike, an operation, a recapture or a withdrawal still credited to no one, whose sentence names one
    state's force by its demonym as the one acting ("Rwandan forces “have an ongoing operation launched on 21
    December”", "Iraqi government forces ... retook control of a neighborhood" in a parse that lost the verb,
    "all 1,200 Chadians in this force were pulled back"), is that state's force: the one the knowledge base names
    there ("The Nigerian Air Force has reportedly killed ..."), else the one the article names, else its national
    force ([national_forces]) or, for its police, its national police. The force of the country the event
    happened in, which the article names most, would take it otherwise."""
    types = vocab().types
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        kind = types[e.type]
        if e.actor is not None or kind.perpetrated or not (kind.reporter_acts or kind.forces_act or kind.state_side):
            continue
        sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
        own = [m for m in mentions if e.sent_start <= m.start < e.sent_end and m.type != "country"]
        named = _demonym_forces(sentence, own, passive=kind.state_side)
        if len(named) != 1:
            continue  # none, or a joint force ("Ugandan and Congolese troops")
        iso, force = next(iter(named.items()))
        state = f"country:{iso}"
        if isinstance(force, EntityMention):
            e.actor = Actor.of(force)
            continue
        e.actor = ((_national_police(iso) if force else None) or _one_force(state, mentions)
                   or _national_force(state, e.place if e.country == iso else None))


def _demonym_forces(sentence: Span | None, own: list[EntityMention],
                    passive: bool = False) -> dict[str, bool | EntityMention]:
    """ISO code -> the force of each state whose force the sentence names by demonym as the one acting: a force
    noun ([places] force_nouns) the demonym modifies ("Rwandan forces", "Iraqi government forces"), or the
    people's plural ("the Rwandans attacked"), as a subject (``passive``: a passive one too, "Chadians ... were
    pulled back") or a "by" agent; not a victim ("Three Chadian soldiers were killed") or an object. The force is
    the mention of ``own`` (the sentence's names) the noun is part of, else whether the noun is the police."""
    words = vocab()
    found: dict[str, bool | EntityMention] = {}
    for tok in sentence or ():
        head = tok
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        roles = SUBJECTS if passive else ("nsubj",)
        if not (head.dep_ in roles or head.dep_ == "ROOT" or (head.dep_ == "pobj" and head.head.lower_ == "by")):
            continue
        people = plural_demonym(tok, words) if tok.pos_ in ("NOUN", "PROPN") else None
        if people is not None:
            found.setdefault(words.demonyms[people][0], False)  # "the Rwandans", "1,200 Chadians"
            continue
        if not has_word(tok, words.force_nouns):
            continue
        for dem in (t for t in tok.subtree if t.i < tok.i and t.text in words.demonyms):
            if dem.dep_ in ("amod", "compound", "nmod") and dem.head.i <= tok.i:
                name = next((m for m in own if m.start <= tok.idx < m.end), None)
                found[words.demonyms[dem.text][0]] = name or tok.lower_ in words.police_forces
    return found


def commands_abroad(events: list[EventMention], doc: Doc, countryless: set[int]) -> None:
    """A strike or operation credited to a state fighting abroad, which had no country when ``credit`` chose commands
    (``countryless``: ids of those events), is the state's command there that the article names, as ``credit`` makes it
    of the others: "According to CENTCOM's statement, US and allied troops carried out 11 missions" in an article
    located in Syria only by its other sentences is the command's."""
    types = vocab().types
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        kb_id = e.actor.kb_id if e.actor is not None else None
        if (id(e) not in countryless or kb_id is None or not kb_id.startswith("country:") or e.country is None
                or kb_id == f"country:{e.country}" or not types[e.type].reporter_acts):
            continue
        for m in _by_home(_branches_named(kb_id, e.country, mentions), e.country, e.place):
            e.actor = Actor.of(m)
            break


def force_from_article(events: list[EventMention], doc: Doc) -> None:
    """A strike or operation still credited to no one, after the article's other events of its type had
    their say, is the force the article names for its country (``_article_force``), else, when its sentence
    names a force only by its kind, the national force of the country ([national_forces])."""
    types = vocab().types
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        # a recapture too (forces_act): "The group was declared territorially defeated in Iraq in 2017" is the
        # victory of the state's forces the article names
        if e.actor is None and e.country and (types[e.type].reporter_acts or types[e.type].forces_act):
            e.actor = _article_force(e.country, mentions, types[e.type].air_arms, text=doc_text(doc))
            sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
            if e.actor is None and _force_by_kind(sentence):
                e.actor = _national_force(e.country, e.place)  # "Soldiers killed X in a brief clash in Sultan Kudarat"
            if e.actor is None and (_police_by_kind(sentence) or _police_reports(sentence)):
                e.actor = _national_police(e.country)  # "Police arrested him in Malacca on Nov 26"


def national_forces_last(events: list[EventMention], doc: Doc) -> None:
    """A strike, an operation or a recapture credited to no one once every other rule has had its say is the
    national force's of the country it happened in ([national_forces]): outlets name the force by its units
    ("elements of the 6th Infantry Division", "a Marine and three militants were killed in a firefight"), by
    "our troops" in a quote, or not at all ("The group was declared territorially defeated in Iraq in 2017"),
    and the state's own army fights at home. Not when the sentence names the police ("Police arrested him in
    Kano"): a state with no national police listed leaves its police's arrests open."""
    types = vocab().types
    police_page = _police_page(doc)
    for e in events:
        t = types[e.type]
        if e.actor is None and e.country and e.modality == "asserted" and (t.reporter_acts or t.forces_act):
            sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
            if not _police_by_kind(sentence):
                # (on a page that tells of the police more than of the army, a state's operation no sentence names
                # a doer for is its national police's: "We have arrested 21 suspects", a police spokesman said; "our
                # teams conducted a search operation" on the police's own site)
                e.actor = ((_national_police(e.country) if police_page and t.forces_act else None)
                           or _national_force(e.country, e.place))


def reporting_bodies(events: list[EventMention], doc: Doc) -> None:
    """A raid or an arrest ([types.X] forces_act) that only the state's kind or demonym credits to its national force
    ("Eleven ISIL terrorists were killed during an operation by Pakistani security forces", "Pakistani authorities
    said they had arrested four militants"), on a page whose one police or counter-terrorism body of that state
    (actors.toml domestic) is the one reporting it ("..., the Counter-Terrorism Department announced", "the city's
    Counter Terrorism Department said in a statement"), is that body's: the body that announces the raid is the one
    that made it, the army being only how the sentence names the doers. Not when the sentence names the force itself
    ("The Pakistan Army said troops raided ...")."""
    words, kb = vocab(), load_actor_kb()
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    reporters: dict[str, dict[str, EntityMention]] = {}
    for m in mentions:
        actor = kb.actors.get(m.kb_id or "")
        if actor is not None and actor.domestic and _reports(m, doc):
            state = _state_of(actor.id)
            if state is not None:
                reporters.setdefault(state, {})[actor.id] = m
    if not reporters:
        return
    for e in events:
        if e.actor is None or e.country not in reporters or not words.types[e.type].forces_act:
            continue
        force = words.national_forces.get(e.country)
        # (a name the knowledge base lists for the force that is only the state's demonym and a kind, "Pakistani
        # security forces", names no force of its own)
        if force is None or e.actor.kb_id != force or any(m.kb_id == force and e.sent_start <= m.start < e.sent_end
                                         and m.text.split()[0] not in words.demonyms for m in mentions):
            continue
        e.actor = _sole(reporters[e.country]) or e.actor


def strikes_to_air_arm(events: list[EventMention], doc: Doc) -> None:
    """A strike ([types.X] air_arms) credited to a state's national force ([national_forces], its army) is the air
    arm of that state the article names most, when it names one: armies do not fly, and outlets write the army or "the
    military" for the state's side ("the Nigerian Army said airstrikes hit the camp") in a report whose release names
    the aircraft's force ("The Air Task Force dispatched Nigerian Air Force (NAF) fighter jets")."""
    words, kb = vocab(), load_actor_kb()
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    text = doc_text(doc)
    for e in events:
        arms = words.types[e.type].air_arms
        if e.actor is None or not arms or e.country is None:
            continue
        force = words.national_forces.get(e.country)
        if force is None or e.actor.kb_id != force:
            continue
        state = f"country:{e.country}"
        count: dict[str, int] = {}
        first: dict[str, EntityMention] = {}
        for m in mentions:
            if m.kb_id and state in _ancestors().get(m.kb_id, ()) and _aerial(m, arms, text):
                count[m.kb_id] = count.get(m.kb_id, 0) + 1
                first.setdefault(m.kb_id, m)
        ranked = sorted(count.values(), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0] > ranked[1]):
            # (the one the article names most: "The Air Task Force dispatched Nigerian Air Force (NAF) jets ...
            # engaged by the NAF attack aircraft" is the air force's)
            e.actor = Actor.of(first[max(count, key=lambda k: count[k])])
        elif not ranked and (arm := _state_air_arm(state, arms)) is not None and _air_arm_by_kind(e, doc, arms):
            # "retreated after initial airstrikes by the air force": the article names the air arm only by its kind
            e.actor = Actor.of_kb(arm)
        elif not ranked and (whole := kb.actors.get(words.armed_forces.get(e.country, ""))) is not None and (
                re.search(r"\bmilitary\b", text[e.sent_start:e.sent_end], re.IGNORECASE)):
            # "a coordinated air strike by the Nigerian military": armies do not fly, the military is the armed
            # forces as a whole ([armed_forces])
            e.actor = Actor.of_kb(whole)


def _state_air_arm(state: str, arms: frozenset[str]) -> KBActor | None:
    """The one air arm the knowledge base gives the state itself ("Nigerian Air Force"), not a command's."""
    found = [a for a in load_actor_kb().actors.values()
             if a.parent == state and any(w in a.canonical.lower() for w in arms)]
    return found[0] if len(found) == 1 else None


def _air_arm_by_kind(e: EventMention, doc: Doc, arms: frozenset[str]) -> bool:
    """The event's sentence names an air arm by its kind, written in lower case ("by the air force", "both Nigerian
    and Nigerien air forces"): a name in capitals is a knowledge-base name or another body's."""
    sentence = doc_text(doc)[e.sent_start:e.sent_end]
    return any(re.search(rf"\b{re.escape(w)}s?\b", sentence) for w in arms)


def _police_page(doc: Doc) -> bool:
    """The page names the police ([places] police_forces) more often than the army by its kind ("army", "military",
    "troops", "soldiers": the one-word [places] generic_forces): the police's report, whose operations are its own."""
    words = vocab()
    police = army = 0
    # (the forms from the per-document list: a walk over ``doc`` made a Token and a string-store look-up per word)
    for _lemma, low in token_words(doc):
        if low in words.police_forces:
            police += 1
        elif low in words.generic_forces:
            army += 1
    return police > army


_ORDINAL = re.compile(r"\b\d+(?:st|nd|rd|th)?\b|-\d+\b", re.IGNORECASE)


def _home_operation(e: EventMention) -> bool:
    """A raid, an arrest or a town retaken (not a strike, which states carry abroad) that a state does in its own
    country ([types.X] forces_act)."""
    return vocab().types[e.type].forces_act and e.country is not None and _actor_country(e) == e.country


def _to_state_force(e: EventMention, state: str, mentions: list[EntityMention], doc: Doc) -> None:
    """ "Malaysia has arrested two men", "Syria announced it had dismantled an ISIS cell", "Iraq declared victory
    over ISIS": a state's operation at home is done by the one force of that state the article names ("Tunisia has
    arrested three ..., the Tunisian National Guard said"; ``_one_force``, as for a force named by its demonym), else
    by its national force ([national_forces]), else by the body
    of it the article names most (its interior ministry, its counter-terrorism police), else by the body the
    sentence names by its kind after the state ("Spanish police arrested ..."); the state's one police
    ([national_police]) comes first when the sentence names the actor only as "police" ("a militant hideout was
    raided by police in Bangladesh"). States the conventions credit themselves ([places] state_credit) keep it,
    unless the sentence names their police ("Turkey's police detained 15": the national police)."""
    iso = state.removeprefix("country:")
    sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
    police = _national_police(iso) if _police_by_kind(sentence) else None
    if iso in vocab().state_credit:
        e.actor = (police if _police_by_kind(sentence, acting=True) else None) or e.actor
        return
    # (the state's one police or justice body the page names, unless the sentence names the doer as its army by kind:
    # "Mozambican security forces killed sixteen insurgents" on a page naming the police's commander)
    soldiers = _force_by_kind(sentence)
    body = None if soldiers else _one_force(state, mentions, domestic=True)
    e.actor = (police or _one_force(state, mentions, soldiers=soldiers) or body or _national_force(state, e.place)
               or _state_body(state, mentions) or _kind_body(e, state, mentions, doc) or e.actor)


def _kind_body(e: EventMention, state: str, mentions: list[EntityMention], doc: Doc) -> Actor | None:
    """The body of ``state`` the event's sentence names by its kind ([places] state_bodies) after the state's
    demonym or name, when the knowledge base does not list it: "Spanish police arrested a Moroccan" is the
    "Spanish police", "Tunisian security forces have killed three" the "Tunisian security forces". Not the
    army ("Tunisian forces"), which is the national force, nor a body named only in passing ("the Spanish
    police chief said")."""
    sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
    if sentence is None:
        return None
    words = vocab()
    iso = state.removeprefix("country:")
    named = {m.start for m in mentions if m.kb_id == state and e.sent_start <= m.start < e.sent_end}
    for tok in sentence:
        if not (tok.text in words.demonyms and words.demonyms[tok.text][0] == iso) and tok.idx not in named:
            continue
        head = tok.head
        if tok.dep_ not in ("amod", "compound", "nmod") or head.i <= tok.i or head.pos_ not in ("NOUN", "PROPN"):
            continue
        if head.dep_ == "compound":
            continue  # "the Spanish police chief": a person's title
        kind = doc[tok.i + 1 : head.i + 1].text.lower()
        if kind in words.state_bodies:
            name = doc[tok.i : head.i + 1].text
            return Actor(name, stable_id("entity", "organization", name), "organization", False, None)
    return None


def domestic_at_home(events: list[EventMention]) -> None:
    """"The FBI arrested a man on Tuesday at JFK Airport" on a page about Syria: a raid or an arrest ([types.X]
    forces_act) of a state's police or justice body (actors.toml domestic) that its sentence does not locate happened
    in that state, even one that fights only abroad ([places] abroad_states), not in the country the story is about.
    Run before ``country_from_article`` (and after the unlocated events are noted, so that ``restated`` still merges
    them with the article's other reports)."""
    types = vocab().types
    for e in events:
        if e.country is None and e.place is None and e.actor is not None and types[e.type].forces_act:
            state = _domestic_state(e.actor.kb_id) or _arresting_state(e)
            if state is not None:
                e.country, e.country_weak = state, True


def joint_front(events: list[EventMention], doc: Doc, mentions: list[EntityMention]) -> None:
    """ "The DRC and Uganda launched a joint offensive against the ADF", "Ugandan troops alongside the Congolese
    military have killed 22 ADF rebels": an operation or a strike ([types.X] reporter_acts) of a state's force whose
    sentence names the forces or governments of two states and a group based in one of them (actors.toml
    based_in) is fought where that group is based, not in the country of the force the sentence names first nor in
    the one the story is about. Only for an event no place of its sentence names (a country alone is weak: the one
    the rules took from the joint force). Run before ``country_from_article``."""
    types = vocab().types
    kb = load_actor_kb()
    demonyms = vocab().demonyms
    for e in events:
        if e.place is not None or (e.country is not None and not e.country_weak) or e.actor is None:
            continue
        if not types[e.type].reporter_acts or not _state_side(e.actor.kb_id):
            continue
        inside = [kb.actors[m.kb_id] for m in mentions
                  if e.sent_start <= m.start < e.sent_end and m.kb_id and m.kb_id in kb.actors]
        states = {s for a in inside if (s := _state_of(a.id)) is not None}
        span = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
        states |= {demonyms[t.text][0] for t in span or () if t.text in demonyms}
        if (s := _state_of(e.actor.kb_id)) is not None:
            states.add(s)
        bases = {a.based_in for a in inside if a.based_in and a.type == "armed_group" and not _state_side(a.id)}
        if len(states) > 1 and len(bases) == 1 and (base := next(iter(bases))) in states:
            e.country, e.country_weak, e.country_place = base, True, None


def _state_of(kb_id: str | None) -> str | None:
    """The state (ISO code) an actor is, or is a force or body of."""
    if not kb_id:
        return None
    chain = (kb_id, *_ancestors().get(kb_id, ()))
    return next((a.split(":", 1)[1] for a in chain if a.startswith("country:")), None)


def _arresting_state(e: EventMention) -> str | None:
    """ "Pakistan has arrested an ISIS commander accused of plotting the Kabul airport bombing": a state that
    arrests (its trigger one of [types.X] arrest_verbs) does so where it has the power to, on its own soil, whatever
    country the story is about; not a state that fights only abroad ([places] abroad_states), whose forces hold
    people where they fight."""
    if e.actor is None or not e.actor.kb_id or not e.actor.kb_id.startswith("country:"):
        return None
    words = e.trigger.lower().split()
    if not words or not any(words[0].startswith(v) for v in vocab().types[e.type].arrest_verbs):
        return None
    iso = e.actor.kb_id.split(":", 1)[1]
    return iso if iso.lower() not in vocab().abroad_states else None


def forces_own_country(events: list[EventMention]) -> None:
    """A raid or a town retaken ([types.X] forces_act) that neither its sentence nor the article locates
    ("the UPDF carried out an operation on Lake Edward off the Kayanja Landing site", no place the gazetteer
    knows) happened, as far as the text tells, in the country whose force or police did it: a state's forces
    act at home (strikes, which states carry abroad, are not forces_act; nor a state that fights only abroad,
    [places] abroad_states: "US forces conducted a raid" says nothing of where). Run after
    ``country_from_article``."""
    types = vocab().types
    for e in events:
        if e.country is not None or e.actor is None or not e.actor.kb_id or not types[e.type].forces_act:
            continue
        chain = (e.actor.kb_id, *_ancestors().get(e.actor.kb_id, ()))
        state = next((a.split(":", 1)[1] for a in chain if a.startswith("country:")), None)
        if state is not None and state.lower() not in vocab().abroad_states:
            e.country, e.country_weak = state, True


def forces_at_home(events: list[EventMention], doc: Doc) -> None:
    """``credit``'s rule for a state's operation at home, again for the events that only the article's main
    country has located ("Iraq declared victory over ISIS in 2017" in an article about Iraq)."""
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        if e.actor is not None and e.actor.kb_id and e.actor.kb_id.startswith("country:") and _home_operation(e):
            _to_state_force(e, e.actor.kb_id, mentions, doc)


def _state_body(state: str, mentions: list[EntityMention]) -> Actor | None:
    """The force or security body of ``state`` the article names most ("the Royal Malaysia Police", "the
    Interior Ministry"): outlets write the state for it ("Malaysia has arrested ...")."""
    kb = load_actor_kb()
    count: dict[str, int] = {}
    first: dict[str, EntityMention] = {}
    for m in mentions:
        actor = kb.actors.get(m.kb_id or "")
        if actor is not None and actor.type in ("armed_group", "organization") and state in _ancestors()[actor.id]:
            count[actor.id] = count.get(actor.id, 0) + 1
            first.setdefault(actor.id, m)
    return Actor.of(first[max(count, key=lambda k: count[k])]) if count else None


def units_to_national_force(events: list[EventMention]) -> None:
    """A strike or operation by a unit or command of a national force, in a state whose reports the conventions
    credit to that force ([unit_credit] of events.toml: "Western Mindanao Command", "the 103rd Infantry
    Brigade"), is the national force's."""
    words, kb = vocab(), load_actor_kb()
    state_of = {words.national_forces[c]: c for c in words.unit_credit_states if c in words.national_forces}
    for e in events:
        if e.actor is None or not words.types[e.type].reporter_acts:
            continue
        kb_id = e.actor.kb_id
        if kb_id in kb.actors:  # a body of the knowledge base below the force ("Western Mindanao Command")
            state = next((state_of[a] for a in kb.ancestors(kb_id) if a in state_of), None)
        elif kb_id is None and e.country in words.unit_credit_states and _numbered_unit(e.actor.name, words.unit_words):
            state = e.country  # a unit the knowledge base does not know ("the 103rd Infantry Brigade")
        else:
            state = None
        if state is not None:
            e.actor = _national_force(state) or e.actor


@cache
def _ministry_pattern(ministries: tuple[str, ...]) -> re.Pattern[str]:
    """Any of the ministry names as whole words: one pattern for the list, compiled once (a pattern per name,
    written out and looked up in ``re``'s cache for every event of every document, cost more than the search)."""
    return re.compile("|".join(rf"\b{re.escape(w)}\b" for w in ministries))


def ministries_to_forces(events: list[EventMention]) -> None:
    """A strike or operation credited to a state's defence ministry ([unit_credit] ministries: "the Pentagon", "the
    Egyptian Ministry of Defense") is the state's national force's, or the state's where it has none listed: the
    ministry announces what the forces did, and the annotated pages never credit it. The state is the one the
    knowledge base puts the ministry under, else the one its name's demonym gives, else where the event happened."""
    words, kb = vocab(), load_actor_kb()
    if not words.ministries:
        return
    for e in events:
        if e.actor is None or not words.types[e.type].reporter_acts:
            continue
        name = e.actor.name.lower()
        if not _ministry_pattern(words.ministries).search(name):
            continue
        entry = kb.actors.get(e.actor.kb_id or "")
        state = entry.parent if entry is not None and (entry.parent or "").startswith("country:") else None
        first = e.actor.name.split()[0]
        iso = (state or "").removeprefix("country:") or (words.demonyms[first][0] if first in words.demonyms
                                                         else e.country)
        if iso:
            e.actor = _national_force(iso) or _country_actor(iso) or e.actor


def units_to_theatre(events: list[EventMention], doc: Doc) -> None:
    """A strike or operation by a numbered unit the knowledge base does not know, or reported as a headquarters'
    ([unit_credit] headquarters), in a state whose army fights through a theatre command ([unit_credit]
    theatre_states), is that command's: the one the sentence names ("troops of the 25 Brigade of Joint Task Force,
    North-East, Operation Hadin Kai (OPHK), neutralized four terrorists"), else the one the article names (the
    Defence Headquarters' weekly briefing on the troops of Operation Hadin Kai); with none named, a unit is the
    national force's ("troops of 233 Battalion laid an ambush") and a headquarters stays the one credited. A
    headquarters its own sentence names as the doer ("Troops of the Defence Headquarters Special Operations Brigade
    launched an offensive"), not as the one that reports ("The Defence Headquarters said troops ..."), keeps it unless
    that sentence names a command too: a page's other command is only where the statement came from. A ground
    operation ([types.X] forces_act) credited to the national force itself goes to the command its own sentence
    names: "troops of the Nigerian Army's Operation Fansan Yamma cleared camps", "Nigerian troops serving in Operation
    Hadin Kai raided a hideout" are the command's, the army being how outlets name its troops; not to one named only
    elsewhere ("The army's special brigade destroyed 22 camps", told by the command's theatre commander), nor a
    strike, flown by the air force."""
    words, kb = vocab(), load_actor_kb()
    if not words.unit_theatre_states:
        return
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        if e.actor is None or e.country not in words.unit_theatre_states or not words.types[e.type].reporter_acts:
            continue
        force = words.national_forces.get(e.country)
        unit = e.actor.kb_id is None and _numbered_unit(e.actor.name, words.unit_words)
        army = force is not None and e.actor.kb_id == force and words.types[e.type].forces_act
        if not unit and not army and e.actor.kb_id not in words.headquarters:
            continue
        theatres = [m for m in mentions if m.kb_id in kb.actors and kb.actors[m.kb_id].type == "armed_group"
                    and force in kb.ancestors(m.kb_id)]
        own = _sole({m.kb_id or "": m for m in theatres if e.sent_start <= m.start < e.sent_end})
        if army or (not unit and any(m.kb_id == e.actor.kb_id and e.sent_start <= m.start < e.sent_end
                                     and not _reports(m, doc) for m in mentions)):
            e.actor = own or e.actor
            continue
        national = _national_force(e.country) if unit else None
        e.actor = own or _sole({m.kb_id or "": m for m in theatres}) or national or e.actor


def _reports(m: EntityMention, doc: Doc) -> bool:
    """The mention is the one that reports: the subject of a verb of saying ([modality] reporting: "the Counter
    Terrorism Department said"), the object of "according to", or the owner of a statement or a spokesman ("the
    spokesperson of CTD", "the CTD's statement": [dates] report_nouns, speech.toml role_words). An apposition stands
    where its head does ("Pakistan, the Counter-Terrorism Department (CTD) of Balochistan announced")."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None:
        return False
    words, root = vocab(), span.root
    while root.dep_ == "appos" and root.head is not root:
        root = root.head
    head = root.head
    if root.dep_ in ("nsubj", "nsubjpass") and head.lemma_.lower() in words.reporting:
        return True
    if root.dep_ == "pobj" and head.lower_ == "to" and head.head.lower_ == "according":
        return True
    owner = head.head if root.dep_ == "pobj" and head.lower_ == "of" else head if root.dep_ in ("poss", "compound") \
        else None
    return owner is not None and (owner.lemma_.lower() in words.report_nouns
                                  or owner.lemma_.lower() in speech_vocab().role_words)


def joint_leads(events: list[EventMention], doc: Doc) -> None:
    """A strike or operation credited to a force whose joint operations the conventions credit to its partner
    ([joint_leads] of events.toml), in an article that names that partner, is the partner's: "the Congolese army
    (FARDC) and the Ugandan military (UPDF) launched joint operations in Beni" is the UPDF's Operation Shujaa."""
    words = vocab()
    named: dict[str, EntityMention] = {}
    for m in sorted(doc._.entity_mentions or [], key=lambda m: m.start):
        if m.kb_id:
            named.setdefault(m.kb_id, m)
    for e in events:
        lead = words.joint_leads.get(e.actor.kb_id or "") if e.actor is not None else None
        if lead in named and words.types[e.type].reporter_acts:
            e.actor = Actor.of(named[lead])


def strikes_by_flying_partners(events: list[EventMention], doc: Doc) -> None:
    """A strike ([types.X] air_arms) credited to the side of the state it hit, whose own sentence names a foreign
    command that flies its partners' strikes ([unit_credit] flying_partners), is that command's: "The Federal
    Government of Somalia, in collaboration with U.S. Africa Command (AFRICOM), has executed an airstrike" (the
    state announces as its own the strike the command flew)."""
    words = vocab()
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        if e.actor is None or not words.types[e.type].air_arms or e.country is None:
            continue
        if _state_of(e.actor.kb_id) != e.country:
            continue
        partner = next((m for m in mentions if e.sent_start <= m.start < e.sent_end
                        and m.kb_id in words.flying_partners), None)
        if partner is not None:
            e.actor = Actor.of(partner)


def arrests_at_home(events: list[EventMention], doc: Doc) -> None:
    """An arrest ([types.X] arrest_verbs, arrest_nouns) in one state credited to another state, or to a force or body
    of it, that the arrest's own sentence does not name (the credit lent by another sentence or by the article: "The
    suspect was arrested on Friday at a train station in Ampang" after "detained by the Turkish authorities", "the
    suspects were detained in raids, said the police" on a page that recalls a Singapore arrest) is the arresting
    state's own: people are arrested by the authorities of the soil they stand on. It goes to the one police or
    justice body of that state the article names (actors.toml domestic), else its [national_police], else its
    [national_forces], else the state itself. A foreign state the sentence names keeps it ("detained by U.S. forces",
    "Singapore authorities arrested a Malaysian")."""
    types, words = vocab().types, vocab()
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    for e in events:
        state = _state_of(e.actor.kb_id) if e.actor is not None else None
        if state is None or e.country is None or state == e.country or not _arrest(e, types[e.type]):
            continue
        sentence = doc.char_span(e.sent_start, e.sent_end, alignment_mode="expand")
        named = any(_state_of(m.kb_id) == state for m in mentions if e.sent_start <= m.start < e.sent_end)
        if named or any(words.demonyms.get(t.text, ("",))[0] == state for t in sentence or ()):
            continue
        home = f"country:{e.country}"
        e.actor = (_one_force(home, mentions, domestic=True) or _national_police(e.country)
                   or _national_force(home, e.place) or _country_actor(e.country) or e.actor)


def repatriations_by_states(events: list[EventMention], doc: Doc) -> None:
    """A repatriation credited to a state's government or ministry is the state's (real-article conventions: the
    receiving state): the government's own body in the knowledge base ("the Iraqi government plans to repatriate",
    the Government of Iraq), or a name it does not know that holds one state's name or demonym or follows its
    possessive ("Iraq's Ministry of Immigration and Displacement has repatriated", "the Finnish Foreign Ministry",
    "Germany Brings Back 12 Citizens"). A force's body is not the state ("Operation Shujaa" hands people over)."""
    types, kb = vocab().types, load_actor_kb()
    text = doc_text(doc)
    for e in events:
        if e.actor is None or not types[e.type].at_camp or e.actor.type == "country":
            continue
        body = kb.actors.get(e.actor.kb_id or "")
        if body is not None:
            parent = body.parent or ""
            state = parent.split(":", 1)[1] if body.type == "organization" and parent.startswith("country:") else None
        else:
            own = [m for m in doc._.entity_mentions or [] if m.entity_id == e.actor.entity_id
                   and e.sent_start <= m.start < e.sent_end]
            before = text[max(e.sent_start, own[0].start - 20) : own[0].start] if own else ""
            state = _state_named(e.actor.name, before)
        e.actor = (_country_actor(state) if state else None) or e.actor


# a state's possessive right before a name: "Iraq's Ministry of Immigration and Displacement"
_POSSESSOR = re.compile(r"(\w[\w ]*?)['’]s\s*$")


def _state_named(name: str, before: str) -> str | None:
    """The ISO code of the one state a name holds by its name or demonym ("Finnish Foreign Ministry"), or whose
    possessive stands right before it (``before``: "Iraq's")."""
    demonyms, countries = vocab().demonyms, _iso_of_country()
    found = {demonyms[w][0] for w in name.split() if w in demonyms}
    found |= {iso for country, iso in countries.items() if re.search(rf"\b{re.escape(country)}\b", name)}
    owner = _POSSESSOR.search(before)
    if not found and owner is not None:
        found = {iso for country, iso in countries.items() if owner.group(1).endswith(country)}
    return next(iter(found)) if len(found) == 1 else None


def _arrest(e: EventMention, kind: TypeVocab) -> bool:
    """The event's trigger is a word of arrest ([types.X] arrest_verbs: "arrested", "the arrests", "detained")."""
    return any(w.startswith(v) for w in e.trigger.lower().split() for v in kind.arrest_verbs)


def states_to_forces(events: list[EventMention]) -> None:
    """An operation or a recapture ([types.X] forces_act) credited to the state itself in its own country ("Syria
    announced on Sunday it had dismantled an ISIS cell", "Security forces in Syria's Raqqa arrested six") is the
    force's that acts for it ([state_forces] of events.toml), on the states whose pages credit only that force."""
    words, kb = vocab(), load_actor_kb()
    for e in events:
        if e.actor is None or e.country is None or e.actor.kb_id != f"country:{e.country}":
            continue
        actor = kb.actors.get(words.state_forces.get(e.country, ""))
        if actor is not None and words.types[e.type].forces_act:
            e.actor = Actor.of_kb(actor)


def successors(events: list[EventMention], reference: str | None) -> None:
    """An event credited to a force that had ended by its month ([successors] of events.toml) is the successor's:
    "Afghan forces killed six ISIS members in Kabul" in February 2023 are the Taliban's, the republic's forces
    having fallen in August 2021. An undated event is of the page's time (``reference``, its publication); an
    event of no known time keeps its credit."""
    words, kb = vocab(), load_actor_kb()
    for e in events:
        ended = words.successors.get(e.actor.kb_id or "") if e.actor is not None else None
        when = e.date or reference
        if ended is None or when is None:
            continue
        if (when[:7] <= ended[0]) if len(when) >= 7 else (when[:4] <= ended[0][:4]):
            continue  # (a year alone: only a later year is after the month)
        actor = kb.actors.get(ended[1])
        if actor is not None:
            e.actor = Actor.of_kb(actor)


def _numbered_unit(name: str, unit_words: frozenset[str]) -> bool:
    """ "103rd Infantry Brigade", "Marine Battalion Landing Team-2", "33rd IB": a number and a unit word."""
    return bool(_ORDINAL.search(name)) and any(w.lower().strip(".") in unit_words for w in name.split())


def _national_police(iso: str) -> Actor | None:
    """The one national police of state ``iso`` ([national_police] in events.toml)."""
    actor = load_actor_kb().actors.get(vocab().national_police.get(iso, ""))
    if actor is None:
        return None
    return Actor.of_kb(actor)


def _police_by_kind(sentence: Span | None, acting: bool = False) -> bool:
    """The sentence tells who acted as "police" ([places] police_forces), a noun: "a police raid" says what kind
    of raid, not whose. ``acting``: only as a subject or a "by" agent ("police detained seven"), not as one named
    in passing ("operations conducted under the guidance of prosecutors and anti-terrorism police")."""
    kinds = vocab().police_forces

    def acts(tok: Token) -> bool:
        while tok.dep_ == "conj" and tok.head is not tok:
            tok = tok.head
        return tok.dep_ in SUBJECTS or (tok.dep_ == "pobj" and tok.head.lower_ == "by")

    return sentence is not None and any(
        tok.lower_ in kinds and tok.pos_ in ("NOUN", "PROPN") and tok.dep_ not in ("amod", "compound")
        and (not acting or acts(tok))
        for tok in sentence
    )


def _police_reports(sentence: Span | None) -> bool:
    """The sentence's reporter is the police's own spokesman or officer, by kind ([places] police_forces): "Police
    spokesman George Kinoti said the four suspects were nabbed at the Busia border", "a police official said": the
    arrest no one is named as making is the police's, as "police said they arrested" is."""
    if sentence is None:
        return False
    words = vocab()

    def phrase_head(tok: Token) -> Token:
        while tok.dep_ == "compound" and tok.head is not tok:
            tok = tok.head  # "Police spokesman George Kinoti": the name the words before it modify
        return tok

    return any(
        tok.lower_ in words.police_forces and tok.dep_ in ("compound", "amod", "poss")
        and (head := phrase_head(tok.head) if tok.dep_ == "compound" else tok.head).dep_ in SUBJECTS
        and head.head.pos_ == "VERB" and head.head.lemma_.lower() in words.reporting
        for tok in sentence
    )


def _force_by_kind(sentence: Span | None) -> bool:
    """The sentence tells who acted by a force's kind alone ("soldiers", "troops", "the military"), as a noun:
    "a military operation" says what kind of operation, not whose."""
    if sentence is None:
        return False
    kinds = vocab().generic_forces
    for tok in sentence:
        if tok.pos_ not in ("NOUN", "PROPN") or tok.dep_ in ("amod", "compound"):
            continue
        before = tok.doc[tok.i - 1].lower_ if tok.i > 0 else ""
        if tok.lower_ in kinds or f"{before} {tok.lower_}" in kinds:
            return True
    return False


# (the knowledge base, its countries' entity ids -> KB ids): the same for every document, and hashing every
# country's name again for each one cost a tenth of the event stage's time
_COUNTRY_IDS: list[tuple[ActorKB, dict[str, str]]] = []


def _country_ids(kb: ActorKB) -> dict[str, str]:
    """The KB id of each country by the entity id of its canonical name."""
    if not _COUNTRY_IDS or _COUNTRY_IDS[0][0] is not kb:
        _COUNTRY_IDS[:] = [(kb, {stable_id("country", a.canonical): a.id for a in kb.actors.values()
                                 if a.type == "country"})]
    return _COUNTRY_IDS[0][1]


def credit(events: list[EventMention], doc: Doc, target_group: str) -> None:
    """Apply the two rules above to ``events`` in place."""
    kb = load_actor_kb()
    types = vocab().types
    mentions = sorted(doc._.entity_mentions or [], key=lambda m: m.start)
    kb_of = {m.entity_id: m.kb_id for m in mentions if m.kb_id}
    country_ids = _country_ids(kb)
    camps = [p for p in doc._.place_mentions or [] if _is_camp(p.place.name, p.text)]
    family = target_family(target_group)
    for e in events:
        # a camp named in the event's own sentence wins over another place there ("handed over orphans
        # stranded in al-Hol, after a visit by a delegation from Oslo")
        own = [c for c in camps if e.sent_start <= c.start < e.sent_end]
        # a country alone is no handover point: "Germany and Denmark repatriate 48 from a camp" (read as in
        # Denmark), "France repatriates 47 women from Syria camp" (in France)
        located = e.place is not None and not e.country_weak
        if types[e.type].at_camp and camps and (own or not located or _actor_country(e) == e.country):
            camp = (own or camps)[0].place
            if e.place is not None and e.place != camp and (own or e.place.country != camp.country):
                e.place = None  # "landed in Frankfurt": the destination is not the handover point
            e.country, e.country_weak = camp.country, False
            if e.place is None:
                e.place = camp
        if (e.actor is None or e.actor.type == "country") and (types[e.type].forces_act or types[e.type].state_side):
            e.actor = _people_force(e, doc) or e.actor
        if e.actor is None and types[e.type].at_camp and e.country:
            e.actor = _receiving_state(e, doc, mentions)
        elif e.actor is not None and types[e.type].at_camp and e.country and not _is_state(
                kb_of.get(e.actor.entity_id) or country_ids.get(e.actor.entity_id)):
            e.actor = _recipient_state(e, doc, mentions) or e.actor
        if e.actor is None:
            continue
        kb_id = kb_of.get(e.actor.entity_id) or country_ids.get(e.actor.entity_id)
        if types[e.type].parties_only and kb_id is None and _meeting_name(e.actor.name, types[e.type].nouns):
            # "the decision of the Organ Troika Summit", "outcomes of the March 30 Small Group Coalition Ministerial":
            # a name that ends in a meeting noun names the meeting, not who met; the body of the knowledge base
            # the sentence names met ("the 43rd Ordinary Summit of SADC Heads of States")
            e.actor = _sentence_body(e, mentions)
            if e.actor is None:
                continue
            kb_id = e.actor.kb_id
        if types[e.type].perpetrated and e.actor.type == "organization":
            # a news agency, a monitor or a party reports or suffers an attack, it does not carry one out ("the
            # first attack documented by ACLED", "a bombing on a JUI-F rally", "Tindinbawen" misread as a name);
            # a group's own outlet stands for the group ("Amaq said its fighters ...")
            e.actor = _armed_owner(kb_id)
            if e.actor is None:
                continue
            kb_id = e.actor.kb_id
        if e.actor.type == "organization" and _outlet(e.actor.name, kb_id):
            # "the operation was carried out in Deh Bala, the ministry said, cited by Khaama Press", "Taliban fighters
            # raided the hideout, Al Jazeera reported": an outlet reports an event of any type, it never does one
            # (the later rules credit the event as if no one were named)
            e.actor = None
            continue
        if e.actor.type == "organization" and kb_id is None and _office_name(e.actor.name):
            # "A statement by the Chief Military Public Information Officer MNJTF", "..., Police Inspector-General
            # Khalid Abu Bakar said": the official's office speaks for the body, whose event the later rules credit
            e.actor = None
            continue
        if types[e.type].reporter_acts and kb_id is None and _BARE_LETTERS.fullmatch(e.actor.name):
            # letters the knowledge base does not know name a force's unit or the operation itself, never a party
            # the annotated pages credit: "the SDF said its Military Operations Teams (TOL) conducted a security
            # operation", "the military operation ACONIT took place in Tongo Tongo"; the one state force the
            # sentence names did it, else the article's force (later rules)
            e.actor = _sentence_force(e, mentions)
            if e.actor is None:
                continue
            kb_id = e.actor.kb_id
        by_force = types[e.type].reporter_acts or types[e.type].state_side
        if by_force and e.actor.type == "organization" and kb_id and not _is_state(kb_id):
            # "SADC forces destroy terrorist base", "the SADC announced they destroyed a base": a bloc fights
            # through its one mission the article names (actors.toml parent: SAMIM, AMISOM, the MNJTF), and
            # withdraws it ("SADC began the withdrawal of its troops": the mission leaves)
            e.actor = _one_force(kb_id, mentions) or e.actor
            kb_id = e.actor.kb_id or kb_id
        if kb_id is None and e.country and e.actor.name.lower().removeprefix("the ") in vocab().generic_forces:
            e.actor = _national_force(e.country, e.place) or e.actor
            continue
        # "In 2019, they pledged allegiance to the Islamic State group" on a page about an ADF attack in Uganda:
        # sworn where the group is based (its based_in), else in its one area country
        actor = kb.actors.get(kb_id or "")
        home = () if actor is None else (actor.based_in,) if actor.based_in else actor.area
        seat = None if actor is None else actor.seat
        if types[e.type].held_at_dateline and seat and e.place is None and (e.country is None or e.country_weak):
            # "the report ... at the center of a Security Council meeting": a body that sits in one place met
            # there, not in the country it talked about nor where the page was filed
            e.country, e.country_weak = seat, False
        elif types[e.type].at_actor_home and e.country is None and len(home) == 1:
            e.country, e.country_weak = home[0], True
        elif (types[e.type].state_side and (e.country is None or e.country_weak) and not _is_state(kb_id)
              and len(home) == 1):
            # "Since the withdrawal of SAMIM, Rwanda has deployed ...", "assess the impact of the withdrawal of SAMIM":
            # a mission of one country leaves that country, not one another clause of the sentence names
            e.country, e.country_weak = home[0], True
        # (a group fighting under a branch's flag, actors.toml fights_for, is on the group's side too: "Five Abu
        # Sayyaf members were killed during the clash", "Ten BIFF members were killed in a firefight with
        # government forces" tell the troops' operation, with the group as the side it hit)
        under_flag = kb_id in kb.actors and kb.actors[kb_id].fights_for in family
        if not types[e.type].target_group_acts and (kb_id in family or under_flag):
            # linked or restated from a sentence about the group ("Sirte has been completely liberated from ISIS",
            # "the operation took place in Mastung" after "IS fighters were holed up"): a strike, an operation or
            # a recapture is aimed at the campaign's target group, never done by it
            e.actor = None
            continue
        if types[e.type].perpetrated and _state_side(kb_id):
            # even "claimed": the state or the administration is the victim or the one reporting the toll, and
            # a claim next to its name is the group's ("ISIS operatives targeted an SDF military vehicle")
            e.actor = None
            continue
        if _home_operation(e) and kb_id is not None and kb_id.startswith("country:"):
            _to_state_force(e, kb_id, mentions, doc)
            continue
        # the target group hands its events to its branch ("IS claimed ..."); a state when named as a modifier
        # ("U.S. forces conducted a drone strike"), or as the one who fought abroad in a report that names its
        # command there ("The United States said it killed two IS leaders in an airstrike in Syria ... CENTCOM
        # said": the command's release); not in its other doings ("Washington agreed to end the mission")
        fought_abroad = (types[e.type].reporter_acts and kb_id is not None and kb_id.startswith("country:")
                         and e.country is not None and kb_id != f"country:{e.country}")
        if kb_id is None or not (kb_id == target_group or e.actor.modifier or fought_abroad):
            continue
        # a branch or command is chosen by the event's country
        branches = _branches_named(kb_id, e.country, mentions)
        if e.claimed and kb_id == target_group:
            # "The Islamic State claimed responsibility for the bombing of a Catholic mass in Marawi" on a page naming
            # the Dawlah Islamiyah-Maute Group: a claim by the group alone is the group's, told through its province
            # (home_branches), never a local group below the province (gold: "Islamic State" on 9 of the 13 claimed
            # attacks of the Southeast Asian train pages, the Maute group on none)
            branches = [m for m in branches if kb.actors[m.kb_id or ""].parent == target_group]
        for m in _by_home(branches, e.country, e.place):
            e.actor = Actor.of(m)
            break
        else:
            if kb_id == target_group and e.country and _affiliated(e, mentions, doc_text(doc)):
                # "militants tied to the Islamic State group stormed the town" in Mozambique: attackers only
                # linked to the group in a branch's home are that branch (real-article conventions); attackers
                # the sentence names by their own group are that group's ("Islamic State-linked rebels of the
                # Allied Democratic Forces killed 89 civilians")
                named = _own_group(e, mentions, target_group)
                branch = _home_branch(target_group, e.country, e.place)
                e.actor = named or _local_group(branch, mentions) or branch or e.actor
                continue
            # forces do strikes and operations; a withdrawal or a meeting is the state's ("French President
            # Macron announced a transition away from Barkhane" is France's withdrawal)
            fought = types[e.type].reporter_acts
            # ... and a state's ground operation abroad is its force's, as one at home is ("In July 2021, Rwanda
            # deployed troops to Cabo Delgado" is the Rwanda Defence Force's operation in Mozambique)
            abroad = fought_abroad and types[e.type].forces_act
            if fought and _is_state(kb_id) and (e.actor.modifier or abroad):
                e.actor = _one_force(kb_id, mentions) or _national_force(kb_id, e.place) or e.actor


# The campaign's group or branch an article is about outnumbers, by this factor, the mentions of every other one
# of them it names (the same ratio as records.DOMINANT_GROUP_RATIO)
FAMILY_RATIO = 2


def _family_side(mentions: list[EntityMention], target_group: str, outside: frozenset[str]) -> Actor | None:
    """The part of the target group an article tells of: the one branch it names (a local group counting as its
    branch's: "ADF rebels" on a page about the Central Africa Province), or the one it names at least
    ``FAMILY_RATIO`` times as often as every other branch together; with no branch named, the group itself.
    Groups outside the campaign ([link] outside_campaign) do not count ("Boko Haram" recalled in an ISWAP
    report); any other insurgent group must be named ``FAMILY_RATIO`` times less often than the target group
    ("The Islamic State has praised the Abu Sayyaf": either may have set off the bomb)."""
    kb = load_actor_kb()
    family = target_family(target_group)
    sides: dict[str, int] = {}
    parent: EntityMention | None = None
    named = others = 0
    for m in mentions:
        actor = kb.actors.get(m.kb_id or "")
        if m.type == "armed_group" and (actor is None or actor.id not in family) and not _state_side(m.kb_id):
            others += not ({m.kb_id, *_ancestors().get(m.kb_id or "", ())} & outside)
            continue
        if actor is None or actor.id not in family or actor.type != "armed_group":
            continue
        named += 1
        if actor.id == target_group:
            parent = parent or m
            continue
        side = actor.id if actor.parent == target_group else (actor.parent or actor.id)
        sides[side] = sides.get(side, 0) + 1
    if named < FAMILY_RATIO * others:
        return None
    if not sides:
        return Actor.of(parent) if parent is not None else None
    top = max(sides, key=lambda k: sides[k])
    if sides[top] < FAMILY_RATIO * sum(n for k, n in sides.items() if k != top):
        return None
    a = kb.actors[top]
    return Actor.of_kb(a)


def attacker_from_family(events: list[EventMention], doc: Doc, target_group: str, unclaimed: bool) -> None:
    """An attack no sentence credits, in an article about the campaign's group, is that group's side
    (``_family_side``): outlets name the group once and then write "the insurgents attacked the communities",
    "jihadists killed 17 civilians", "the rebel group killed eight", whatever group outside the campaign they
    recall ("Boko Haram" on an ISWAP page). Not when the article says no one claimed it. Run after the article's
    own group (link.attacker_from_article) has had its say, before the branch of the event's country is chosen."""
    if unclaimed:
        return
    types = vocab().types
    side: Actor | None = None
    for e in events:
        t = types[e.type]
        if e.actor is not None or e.modality != "asserted" or not (t.perpetrated and t.has_target
                                                                    and t.target_group_acts):
            continue
        side = side or _family_side(sorted(doc._.entity_mentions or [], key=lambda m: m.start), target_group,
                                    vocab().outside_campaign)
        if side is None:
            return
        e.actor = side


def local_groups(events: list[EventMention], doc: Doc, target_group: str) -> None:
    """An attack credited to a branch with no claim of it, in an article that names one local group of that
    branch (actors.toml ``parent``), is the local group's: the annotated pages credit the perpetrator the text
    names ("ADF rebels attacked ..." on a page that calls the group the Islamic State's Central Africa
    Province), and the branch's name only to the attacks it claimed."""
    kb = load_actor_kb()
    types = vocab().types
    mentions = doc._.entity_mentions or []
    for e in events:
        if (e.actor is None or e.claimed or e.actor.kb_id not in kb.actors
                or kb.actors[e.actor.kb_id].parent != target_group
                or not (types[e.type].perpetrated and types[e.type].has_target)):
            continue
        e.actor = _local_group(e.actor, mentions) or e.actor
