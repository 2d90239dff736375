"""The actor knowledge base: ``sitroom/data/actors.toml`` (format documented there) plus every ISO 3166
country from pycountry, mapping surface forms to one canonical actor: "Daesh", "ISIS", "IS" and "Islamic
State" are all "Islamic State". Users extend it with TOML files in the same format (``load_actor_kb`` or
the ``SITROOM_ACTORS`` environment variable). The matcher that finds these actors in text is
``sitroom.resolve.actors``; this module needs no spaCy.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from functools import cache
from importlib import resources
from pathlib import Path

import pycountry
from pydantic import BaseModel

from sitroom import data as datafiles
from sitroom.data.schemas import ActorsFile
from sitroom.errors import SitroomError

ACTOR_TYPES = ("armed_group", "organization", "country", "facility")
ENV_VAR = "SITROOM_ACTORS"


@dataclass(frozen=True)
class Actor:
    """One knowledge-base entry (see the header of actors.toml for the fields)."""

    id: str
    canonical: str
    type: str
    acronyms: tuple[str, ...] = ()
    names: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    parent: str | None = None
    wikidata: str | None = None
    regions: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    area: tuple[str, ...] = ()  # ISO alpha-2 codes where a branch or command acts
    # ISO alpha-2 code of the one country a group is based in, where its pledge is sworn ("the ADF": CD, though
    # founded in Uganda); unlike ``area`` it moves no credit from the group's parent
    based_in: str | None = None
    # ISO alpha-2 code of where a body sits: its meetings no place locates are held there (the UN Security Council
    # in New York)
    seat: str | None = None
    # a state's police or justice body (the FBI, a national police force): its arrests and raids happen in its
    # state, even a state that fights only abroad, and not in the country the story is about
    domestic: bool = False
    # a news outlet, agency or photo agency: it reports the events its name stands beside ("the Taliban killed
    # four, Al Jazeera reported", "(EPA)"), it never does one of them
    outlet: bool = False
    # the branch whose area a group outside the Islamic State fights in under its flag ("Abu Sayyaf" in the
    # Philippines): attackers only "linked to the Islamic State" there are this group when the article names it
    fights_for: str | None = None
    # (ISO, west, south, east, north): the part of a country shared with another branch that is this one's home
    homes: tuple[tuple[str, float, float, float, float], ...] = ()
    home_acronyms: tuple[str, ...] = ()  # letters another actor owns that mean this one on a page about its country
    # letters that name this outlet only as a dateline's credit ("BAGHDAD (AA) -"): too short to match elsewhere
    credit_acronyms: tuple[str, ...] = ()
    # the name on a page none of whose mentions writes one of ``full_words`` ("Dawlah Islamiyah" without "Maute")
    plain_canonical: str | None = None
    full_words: tuple[str, ...] = ()
    # places whose naming anywhere on the page keeps the canonical all the same: the home of the faction the full
    # name is ("Lanao" for the Maute group's Dawlah Islamiyah)
    full_places: tuple[str, ...] = ()
    # forms another entry owns that mean this one on a page naming this one by a form of its own ("Puntland security
    # forces" on a page that names the PSF)
    page_forms: tuple[str, ...] = ()
    # (ISO, forms): names that mean this actor only on a page about that country ("al-Shabaab", "Ansar al-Sunna" for
    # the Mozambique Province on a page about Mozambique; al-Qaeda's Somali affiliate, or nobody, elsewhere)
    local_names: tuple[tuple[str, tuple[str, ...]], ...] = ()
    iso: str | None = None


@dataclass(frozen=True)
class Generic:
    """A bare common noun that names one actor in this domain ("the coalition")."""

    word: str
    actor: str
    not_with: frozenset[str]


@dataclass
class ActorKB:
    """All actors with lookup indexes; build it with ``load_actor_kb``."""

    actors: dict[str, Actor]
    branch_heads: frozenset[str] = frozenset()
    generics: tuple[Generic, ...] = ()
    country_not_after: frozenset[str] = frozenset()
    unit_words: frozenset[str] = frozenset()  # "Battalion": a number before it names a unit ("45th Infantry Battalion")
    # derived in __post_init__
    exact: dict[str, str] = field(init=False)
    folded: dict[str, str] = field(init=False)
    demonyms: dict[str, str] = field(init=False)
    branches: dict[str, dict[str, str]] = field(init=False)
    folded_the: dict[str, str] = field(init=False)
    generic_words: dict[str, str] = field(init=False)
    weak_forms: frozenset[str] = field(init=False)
    # parent id -> its children's ``home_acronyms`` (form -> child), gathered once: the actor resolver asks for the
    # children of each page's main country, and walking every actor for it was a pass over the KB per page
    home_acronyms: dict[str, dict[str, Actor]] = field(init=False)
    # every actor's ``local_names`` as (ISO, form, actor), in the actors' order: the actor resolver reads them for
    # every page, and gathering them there was a pass over the KB per page
    local_names: tuple[tuple[str, str, Actor], ...] = field(init=False)
    # "Islamic State-Mozambique": the group's names joined to a branch's regions (form as written -> branch id)
    joined_branch_forms: dict[str, str] = field(init=False)

    def __post_init__(self) -> None:
        self.exact, self.folded, self.demonyms, self.branches = {}, {}, {}, {}
        self.home_acronyms, self.joined_branch_forms = {}, {}
        for actor in self.actors.values():
            for form in _variants(actor.acronyms):
                self.exact[form] = actor.id
            if actor.type == "country":
                # a dateline or a headline shouts the country ("KABUL, AFGHANISTAN –", "UGANDA: ..."): the same
                # country, not a place entity of its own; letters shorter than a name ("US", "UK") are acronyms
                for form in actor.acronyms:
                    if len(form) >= 4 and not form.isupper() and any(c.isalpha() for c in form):
                        self.exact.setdefault(form.upper(), actor.id)
            for form in _variants(actor.names + actor.weak):
                self.folded[form.lower()] = actor.id
            for dem in actor.demonyms:
                self.demonyms[dem.lower()] = actor.id
            if actor.parent and actor.home_acronyms:
                by_form = self.home_acronyms.setdefault(actor.parent, {})
                for form in actor.home_acronyms:
                    by_form[form] = actor  # (a later actor's form wins, as in one dict built over all actors)
            if actor.parent and actor.regions:
                by_region = self.branches.setdefault(actor.parent, {})
                for region in actor.regions:
                    by_region[region.lower()] = actor.id
        # a branch named by the group's name and its region joined by a dash ("Islamic State-Mozambique", "Islamic
        # State – West Africa", Russian outlets' "Islamic State* — Sahel" with the mark of a banned group): the
        # branch of that region, whichever of the group's names leads; a form another actor holds keeps its owner
        for actor in self.actors.values():
            if actor.parent not in self.actors or not actor.regions:
                continue
            group = self.actors[actor.parent]
            if not {n.lower() for n in _GROUP_NAMES} & {f.lower() for f in (*group.names, *group.acronyms)}:
                continue  # regions of another organisation's parts ("the Nigerian Army's 7 Division")
            for name in _GROUP_NAMES:
                for region in actor.regions:
                    for joint in _BRANCH_JOINTS:
                        form = f"{name}{joint}{region}"
                        if self.folded.setdefault(form.lower(), actor.id) == actor.id:
                            self.joined_branch_forms[form] = actor.id
        # names registered with their article ("the international coalition"), looked up without it
        self.generic_words = {g.word: g.actor for g in self.generics}
        self.folded_the = {k[4:]: v for k, v in self.folded.items() if k.startswith("the ")}
        self.weak_forms = frozenset(f.lower() for a in self.actors.values() for f in _variants(a.weak))
        self.local_names = tuple(
            (iso, f, a) for a in self.actors.values() for iso, names in a.local_names for f in names
        )

    def get(self, actor_id: str) -> Actor:
        return self.actors[actor_id]

    def ancestors(self, actor_id: str) -> tuple[str, ...]:
        """The parent chain of an actor, nearest first ("iscap" -> ("islamic_state",))."""
        chain: list[str] = []
        parent = self.actors[actor_id].parent if actor_id in self.actors else None
        while parent and parent in self.actors and parent not in chain:
            chain.append(parent)
            parent = self.actors[parent].parent
        return tuple(chain)

    def lookup(self, text: str) -> Actor | None:
        """The actor a surface form names, if any ("the D-ISIS Coalition's" -> the Global Coalition)."""
        # (a page's footnote calls glued to the name, "Multi-National Joint Task Force[i][1]", are no part of it)
        form = _FOOTNOTE_CALLS.sub("", " ".join(text.split()))
        for suffix in ("'s", "’s", "'", "’"):
            if form.endswith(suffix) and len(form) > len(suffix) + 1:
                form = form[: -len(suffix)]
                break
        if form.lower().startswith("the "):
            form = form[4:]
        actor_id = (
            self.exact.get(form)
            or self.folded.get(form.lower())
            or self.folded_the.get(form.lower())
            or self.generic_words.get(form.lower())  # "the coalition" / "Coalition"
        )
        return self.actors.get(actor_id) if actor_id else None

    def country(self, iso: str) -> Actor | None:
        return self.actors.get(f"country:{iso.upper()}")


_FOOTNOTE_CALLS = re.compile(r"(?:\[(?:\d{1,3}|[ivx]{1,4})\]?)+$")


# the group's usual names, and the words that make a name of them the name of one of its parts ("the ISIS branch in
# Somalia", "the Islamic State Khurasan Chapter")
_GROUP_NAMES = ("Islamic State", "ISIS", "ISIL", "IS", "Daesh")
_BRANCH_WORDS = ("branch", "wing", "chapter", "faction", "affiliate")
# what outlets put between the group's name and a branch's region: dashes, after the asterisk by which Russian
# outlets mark a group banned in Russia
_BRANCH_JOINTS = ("-", "–", "—", "* -", "* –", "* —")
_NAMED_BRANCH = re.compile(r"(?:Islamic State|ISIS|ISIL|IS|Daesh) [A-Z][a-z]+")


def _variants(forms: Iterable[str]) -> list[str]:
    """Each form, plus the spellings outlets use for the same name: an en-dash for a hyphen ("ISIS-K" /
    "ISIS–K"), a hyphen after a leading acronym ("ISIS Libya" / "ISIS-Libya", "IS-Khorasan Province"), and
    the other English spelling of "Defence" ("Rwanda Defense Force"), and the group's usual names before a branch's
    place ("ISIS in Somalia" for "Islamic State in Somalia")."""
    out: list[str] = []
    for f in forms:
        spellings = [f]
        first, _, rest = f.partition(" ")
        if rest and first.isupper() and first.isalpha() and len(first) >= 2:
            spellings.append(f"{first}-{rest}")
        for word, other in (("Defence", "Defense"), ("Defense", "Defence")):
            if word in f:
                spellings.append(f.replace(word, other))
        if f.startswith("Islamic State in "):
            # "ISIS in Somalia", "Daesh in Mozambique": a branch named by the place it fights in, after any of
            # the group's usual names ("IS in" is left out: "the group is in Somalia")
            place = f[len("Islamic State in "):]
            spellings += [f"{alias} in {place}" for alias in ("ISIS", "ISIL", "Daesh")]
            # ... or as the group's part there: "the ISIS branch in Somalia", "the IS wing in Somalia"
            spellings += [f"{alias} {part} in {place}" for alias in _GROUP_NAMES for part in _BRANCH_WORDS]
            # ... or as "the group" there, the wire services' style for the group's name: "the Islamic State group
            # in the Greater Sahara" (5 dev pages of 5 outlets, all of them the province in the gold), written
            # without the article too ("Islamic State group in Greater Sahara")
            places = [place, place[len("the "):]] if place.startswith("the ") else [place]
            spellings += [f"{alias} group in {where}" for alias in _GROUP_NAMES for where in places]
        branch = _NAMED_BRANCH.fullmatch(f)
        if branch is not None:
            # "the ISIS Khorasan branch", "the Islamic State Khurasan Chapter": the branch by its region's name and
            # the word for a part of the group
            spellings += [f"{f} {part}" for part in _BRANCH_WORDS]
        task_force = re.fullmatch(r"Joint Task Force[ -]([A-Z].*)", f)
        if task_force is not None:
            # "JTF Sulu", "JTF-Central": the Philippine and Nigerian task forces by the letters their releases use
            spellings += [f"JTF {task_force.group(1)}", f"JTF-{task_force.group(1)}"]
        if f.endswith((" military", " army")):
            # "French military forces", "the Nigerian army troops": the force named with its members
            spellings += [f"{f} forces", f"{f} troops"]
        for g in spellings:
            out.append(g)
            if "-" in g:
                out.append(g.replace("-", "–"))
    return list(dict.fromkeys(out))


# --------------------------------------------------------------------------- loading


def _countries() -> dict[str, Actor]:
    """Every ISO 3166 country as an actor, named by its common name (pycountry)."""
    out: dict[str, Actor] = {}
    for c in pycountry.countries:
        common = getattr(c, "common_name", None)
        official = getattr(c, "official_name", None)
        canonical = common or c.name
        forms = []
        for form in (canonical, c.name, official):
            if form and "," not in form and "(" not in form and form not in forms:
                forms.append(form.removeprefix("the "))
        out[f"country:{c.alpha_2}"] = Actor(
            id=f"country:{c.alpha_2}", canonical=canonical, type="country", acronyms=tuple(forms), iso=c.alpha_2
        )
    return out


# The schema fixes each table's keys; the values are checked here, with messages that name the entry.
def _str_list(entry: BaseModel, key: str, path: str) -> tuple[str, ...]:
    value = getattr(entry, key)
    value = [] if value is None else value
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        owner = getattr(entry, "id", None) or getattr(entry, "iso", None) or "an entry"
        raise SitroomError("E503", path=path, detail=f"{key} of {owner} must be a list of strings")
    return tuple(value)


def _homes(entry: BaseModel, path: str) -> tuple[tuple[str, float, float, float, float], ...]:
    """``homes = {NE = [west, south, east, north]}`` as (ISO, west, south, east, north) boxes."""
    value = getattr(entry, "homes", None) or {}
    out = []
    for iso, box in dict(value).items():
        ok = re.fullmatch(r"[A-Z]{2}", str(iso)) and isinstance(box, list) and len(box) == 4
        if not ok or not all(isinstance(v, int | float) for v in box) or box[0] >= box[2] or box[1] >= box[3]:
            detail = f"homes of {getattr(entry, 'id', None)}: {iso} needs [west, south, east, north] in degrees"
            raise SitroomError("E503", path=path, detail=detail)
        out.append((str(iso), float(box[0]), float(box[1]), float(box[2]), float(box[3])))
    return tuple(out)


def _local_names(entry: BaseModel, path: str) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """``local_names = {MZ = ["Ansar al-Sunna", ...]}`` as (ISO, forms) pairs."""
    value = getattr(entry, "local_names", None) or {}
    out = []
    for iso, forms in dict(value).items():
        ok = re.fullmatch(r"[A-Z]{2}", str(iso)) and isinstance(forms, list) and forms
        if not ok or not all(isinstance(f, str) and f.strip() for f in forms):
            detail = f"local_names of {getattr(entry, 'id', None)}: {iso} needs a list of names"
            raise SitroomError("E503", path=path, detail=detail)
        out.append((str(iso), tuple(forms)))
    return tuple(out)


def _opt_bool(entry: BaseModel, key: str, path: str) -> bool:
    value = getattr(entry, key)
    if value is not None and not isinstance(value, bool):
        raise SitroomError("E503", path=path, detail=f"{key} of {getattr(entry, 'id', None)} must be true or false")
    return bool(value)


def _opt_str(entry: BaseModel, key: str, path: str) -> str | None:
    value = getattr(entry, key)
    if value is not None and not isinstance(value, str):
        raise SitroomError("E503", path=path, detail=f"{key} must be a string")
    return value


def _merge(old: Actor | None, new: Actor) -> Actor:
    """An extension entry adds its aliases to an existing actor and replaces the fields it gives."""
    if old is None:
        return new

    def union(a: tuple[str, ...], b: tuple[str, ...]) -> tuple[str, ...]:
        return a + tuple(x for x in b if x not in a)

    return replace(
        old,
        canonical=new.canonical or old.canonical,
        type=new.type or old.type,
        acronyms=union(old.acronyms, new.acronyms),
        names=union(old.names, new.names),
        weak=union(old.weak, new.weak),
        parent=new.parent or old.parent,
        wikidata=new.wikidata or old.wikidata,
        regions=union(old.regions, new.regions),
        demonyms=union(old.demonyms, new.demonyms),
        area=union(old.area, new.area),
        based_in=new.based_in or old.based_in,
        seat=new.seat or old.seat,
        domestic=new.domestic or old.domestic,
        outlet=new.outlet or old.outlet,
        fights_for=new.fights_for or old.fights_for,
        home_acronyms=union(old.home_acronyms, new.home_acronyms),
        credit_acronyms=union(old.credit_acronyms, new.credit_acronyms),
        homes=old.homes + tuple(h for h in new.homes if h not in old.homes),
        plain_canonical=new.plain_canonical or old.plain_canonical,
        full_words=union(old.full_words, new.full_words),
        full_places=union(old.full_places, new.full_places),
        page_forms=union(old.page_forms, new.page_forms),
        local_names=old.local_names + tuple(n for n in new.local_names if n not in old.local_names),
    )


def _apply(
    raw: ActorsFile,
    path: str,
    actors: dict[str, Actor],
    heads: set[str],
    generics: dict[str, Generic],
    not_after: set[str],
    units: set[str],
) -> None:
    """Fold one parsed TOML file into the knowledge base being built."""
    for entry in raw.actor:
        actor_id = _opt_str(entry, "id", path)
        if not actor_id:
            raise SitroomError("E503", path=path, detail="an [[actor]] has no id")
        old = actors.get(actor_id)
        canonical = _opt_str(entry, "canonical", path) or ""
        kind = _opt_str(entry, "type", path) or ""
        if old is None and not (canonical and kind):
            raise SitroomError("E503", path=path, detail=f"new actor {actor_id} needs canonical and type")
        if kind == "person":
            raise SitroomError("E503", path=path, detail=f"{actor_id}: persons come from the text, not the actor list")
        if kind and kind not in ACTOR_TYPES:
            allowed = ", ".join(ACTOR_TYPES)
            raise SitroomError("E503", path=path, detail=f"{actor_id}: type {kind!r} is not one of {allowed}")
        new = Actor(
            id=actor_id, canonical=canonical, type=kind,
            acronyms=_str_list(entry, "acronyms", path), names=_str_list(entry, "names", path),
            weak=_str_list(entry, "weak", path), parent=_opt_str(entry, "parent", path),
            wikidata=_opt_str(entry, "wikidata", path), regions=_str_list(entry, "regions", path),
            area=tuple(c.upper() for c in _str_list(entry, "area", path)),
            based_in=(_opt_str(entry, "based_in", path) or "").upper() or None,
            seat=(_opt_str(entry, "seat", path) or "").upper() or None,
            domestic=_opt_bool(entry, "domestic", path),
            outlet=_opt_bool(entry, "outlet", path),
            fights_for=_opt_str(entry, "fights_for", path),
            home_acronyms=_str_list(entry, "home_acronyms", path), homes=_homes(entry, path),
            credit_acronyms=_str_list(entry, "credit_acronyms", path),
            plain_canonical=_opt_str(entry, "plain_canonical", path), full_words=_str_list(entry, "full_words", path),
            full_places=_str_list(entry, "full_places", path),
            page_forms=_str_list(entry, "page_forms", path), local_names=_local_names(entry, path),
        )
        actors[actor_id] = _merge(old, new)
    for country in raw.country:
        iso = (_opt_str(country, "iso", path) or "").upper()
        if not re.fullmatch(r"[A-Z]{2}", iso):
            raise SitroomError("E503", path=path, detail=f"a [[country]] needs a two-letter iso code, got {iso!r}")
        actor_id = f"country:{iso}"
        old = actors.get(actor_id)
        canonical = _opt_str(country, "canonical", path) or (old.canonical if old else "")
        if not canonical:
            raise SitroomError("E503", path=path, detail=f"country {iso} is unknown to pycountry: give a canonical")
        forms = _str_list(country, "aliases", path)
        if old is not None and canonical != old.canonical:
            forms = (canonical,) + forms
        new = Actor(
            id=actor_id, canonical=canonical, type="country", acronyms=forms,
            demonyms=_str_list(country, "demonyms", path), wikidata=_opt_str(country, "wikidata", path), iso=iso,
        )
        actors[actor_id] = _merge(old, new)
        _claim_country_forms(actors, actor_id, forms)
    heads.update(h.lower() for h in _str_list(raw.branches, "heads", path))
    not_after.update(_str_list(raw.countries, "not_after", path))
    units.update(_str_list(raw.units, "words", path))
    for generic in raw.generic:
        word, actor_id = _opt_str(generic, "word", path), _opt_str(generic, "actor", path)
        if not word or not actor_id:
            raise SitroomError("E503", path=path, detail="a [[generic]] needs word and actor")
        not_with = frozenset(w.lower() for w in _str_list(generic, "not_with", path))
        generics[word.lower()] = Generic(word=word.lower(), actor=actor_id, not_with=not_with)


def _claim_country_forms(actors: dict[str, Actor], owner: str, forms: tuple[str, ...]) -> None:
    """A curated country's alias is that country's alone: pycountry names the Republic of the Congo plain
    "Congo", which in this domain's texts is the DRC (the file says so by listing it there)."""
    taken = {f.lower() for f in forms}
    for actor_id, actor in actors.items():
        if actor_id != owner and actor.type == "country" and any(a.lower() in taken for a in actor.acronyms):
            actors[actor_id] = replace(actor, acronyms=tuple(a for a in actor.acronyms if a.lower() not in taken))


def _read(path: str, text: str) -> ActorsFile:
    # Extension files share actors.toml's format, so they are checked against the same schema.
    return datafiles.parse(ActorsFile, text, path)


@cache
def _build(extra: tuple[str, ...]) -> ActorKB:
    actors = _countries()
    heads: set[str] = set()
    not_after: set[str] = set()
    generics: dict[str, Generic] = {}
    units: set[str] = set()
    packaged = resources.files("sitroom") / "data" / "actors.toml"
    raw = _read(str(packaged), packaged.read_text(encoding="utf-8"))
    _apply(raw, str(packaged), actors, heads, generics, not_after, units)
    for p in extra:
        try:
            text = Path(p).read_text(encoding="utf-8")
        except OSError as exc:
            raise SitroomError("E503", path=p, detail=str(exc)) from exc
        _apply(_read(p, text), p, actors, heads, generics, not_after, units)
    for actor in actors.values():
        if actor.parent and actor.parent not in actors:
            raise SitroomError("E503", path=str(packaged), detail=f"{actor.id}: unknown parent {actor.parent}")
        if actor.fights_for and actor.fights_for not in actors:
            raise SitroomError("E503", path=str(packaged), detail=f"{actor.id}: unknown fights_for {actor.fights_for}")
    for g in generics.values():
        if g.actor not in actors:
            raise SitroomError("E503", path=str(packaged), detail=f"generic {g.word!r}: unknown actor {g.actor}")
    return ActorKB(
        actors=actors, branch_heads=frozenset(heads), generics=tuple(generics.values()),
        country_not_after=frozenset(not_after), unit_words=frozenset(units),
    )


# The knowledge base a component pinned for the document it is reading (``pinned_actor_kb``): the event rules call
# ``load_actor_kb()`` thousands of times per document, and reading ``SITROOM_ACTORS`` from ``os.environ`` on each
# call cost more than the rest of the look-up. The variable is read once per document instead; outside a
# component's call (tests that set it, the CLI) every call still reads it.
_pinned: ActorKB | None = None


@contextmanager
def pinned_actor_kb() -> Iterator[ActorKB]:
    """Within the block, ``load_actor_kb()`` (no extra paths, with the environment) returns the knowledge base read
    on entering it, without reading ``SITROOM_ACTORS`` again."""
    global _pinned
    outer = _pinned
    _pinned = kb = outer or load_actor_kb()
    try:
        yield kb
    finally:
        _pinned = outer


def load_actor_kb(extra_paths: Iterable[str | os.PathLike[str]] = (), use_env: bool = True) -> ActorKB:
    """The packaged knowledge base plus user files (arguments first, then ``SITROOM_ACTORS``).

    Loaded once per distinct set of files.
    """
    if _pinned is not None and use_env and extra_paths == ():
        return _pinned
    paths = [os.fspath(p) for p in extra_paths]
    if use_env and os.environ.get(ENV_VAR):
        paths += [p for p in os.environ[ENV_VAR].split(os.pathsep) if p]
    return _build(tuple(paths))
