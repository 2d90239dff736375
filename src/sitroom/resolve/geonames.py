"""Stream a GeoNames dump (``allCountries.txt``, ``cities500.txt``, ``IQ.txt`` ...) into gazetteer entries.

The dump is tab-separated UTF-8 with 19 columns: geonameid, name, asciiname, alternatenames (comma-
separated), latitude, longitude, feature class, feature code, country code, cc2, admin1, admin2, admin3,
admin4, population, elevation, dem, timezone, modification date. allCountries holds ~13M rows, so rows
are read one at a time and filtered by feature class and country before anything is kept.

Use: ``default_gazetteer()`` extends itself with the dump named by the environment variable
SITROOM_GEONAMES (optionally limited to the ISO codes in SITROOM_GEONAMES_COUNTRIES, e.g. "IQ,SY"), or
call ``gazetteer.extend(load_geonames(path, countries=["IQ", "SY"]))`` yourself.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from pathlib import Path

from sitroom.errors import SitroomError
from sitroom.resolve.entries import GazetteerEntry, good_alt_name

DEFAULT_CLASSES = ("P", "A", "S", "L")  # populated places, admin areas, spots/facilities, areas/regions
N_COLUMNS = 19

# Feature codes that map to a sitroom feature other than the class default.
_FEATURE_BY_CODE = {
    "PCLI": "country", "PCLD": "country", "PCLIX": "country", "PCLS": "country", "PCLF": "country",
    "ADM1": "province", "ADM1H": "province", "ADM2": "district", "ADM2H": "district", "ADM3": "district",
    "CMPRF": "camp", "CMP": "camp", "MILB": "base", "INSM": "base", "AIRB": "base", "AIRF": "base",
    "AIRP": "airport", "PRN": "facility",
}
_FEATURE_BY_CLASS = {"P": "city", "A": "district", "S": "facility", "L": "region"}
_PRECISION_BY_FEATURE = {"country": "country", "province": "province", "district": "district", "region": "province"}
# Administrative codes that are not areas (historical, dependent, or abandoned ones stay out).
_SKIP_CODES = frozenset({"PPLH", "PPLQ", "PPLW", "ADMD", "ADMDH", "PCLH", "ZN", "ZNB"})


def _entry(cols: list[str]) -> GazetteerEntry | None:
    code = cols[7]
    if code in _SKIP_CODES:
        return None
    feature = _FEATURE_BY_CODE.get(code, _FEATURE_BY_CLASS.get(cols[6], "city"))
    try:
        lat, lon = float(cols[4]), float(cols[5])
        geonames_id = int(cols[0])
        population = int(cols[14] or 0)
    except ValueError:
        return None
    names = [n for n in cols[3].split(",") if n and good_alt_name(n)]
    if cols[2] and cols[2] != cols[1]:
        names.insert(0, cols[2])
    admin1 = f"{cols[8]}.{cols[10]}" if cols[10] and cols[10] != "00" else None
    return GazetteerEntry(
        name=cols[1], country=cols[8] or None, lat=lat, lon=lon, feature=feature,
        precision=_PRECISION_BY_FEATURE.get(feature, "point"), geonames_id=geonames_id,
        admin1=admin1, population=population, alt_names=tuple(dict.fromkeys(names)), source="geonames",
    )


def _population(text: str) -> int:
    try:
        return int(text or 0)
    except ValueError:
        return 0


def load_geonames(
    path: str | Path,
    feature_classes: Collection[str] = DEFAULT_CLASSES,
    countries: Collection[str] | None = None,
    min_population: int = 0,
) -> Iterator[GazetteerEntry]:
    """Yield one entry per kept row of a GeoNames dump; malformed rows are skipped.

    ``admin1`` is GeoNames' own code ("IQ.11"), not ISO 3166-2: the dump carries no mapping between them.
    ``min_population`` applies to populated places (class P) only, so areas and facilities are kept.
    """
    classes = frozenset(feature_classes)
    wanted = frozenset(c.upper() for c in countries) if countries else None
    file = Path(path)
    if not file.is_file():
        raise SitroomError("E503", path=str(file), detail="no such GeoNames dump")
    with file.open(encoding="utf-8", errors="replace") as handle:
        for line in handle:
            cols = line.rstrip("\n").split("\t")
            if len(cols) < N_COLUMNS or cols[6] not in classes:
                continue
            if wanted is not None and cols[8] not in wanted:
                continue
            if cols[6] == "P" and min_population and _population(cols[14]) < min_population:
                continue
            entry = _entry(cols)
            if entry is not None:
                yield entry
