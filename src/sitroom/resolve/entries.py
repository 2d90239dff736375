"""A gazetteer entry and the name filter for alternate names: the types that both the gazetteer
(resolve/gazetteer.py) and the GeoNames dump reader (resolve/geonames.py) use.

They live here so the two modules do not import each other: the gazetteer loads a dump through
geonames.py, and geonames.py yields entries of this type.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from sitroom.models import Place, stable_id


@dataclass(frozen=True)
class GazetteerEntry:
    """One place the gazetteer knows, with every name it answers to."""

    name: str
    country: str | None
    lat: float | None
    lon: float | None
    feature: str = "city"  # city | camp | base | facility | district | province | region | country
    precision: str = "point"  # a PlacePrecision
    geonames_id: int | None = None
    admin1: str | None = None  # ISO 3166-2 code when known
    population: int = 0
    alt_names: tuple[str, ...] = ()
    source: str = "geonames"  # curated | country | subdivision | geonames | small_town
    shared_by: tuple[str, ...] = ()  # a lake or region several countries border (ISO2): whose it is depends on the text
    capital: bool = False  # its country's capital: the place its own name means ("Islamabad")

    @property
    def id(self) -> str:
        if self.geonames_id is not None:
            return f"gn:{self.geonames_id}"
        return stable_id("place", self.name, self.country)

    def place(self, context: frozenset[str] = frozenset()) -> Place:
        """The place; a shared feature ("Lake Chad") is in the country of ``context`` that borders it, the first
        listed when the text names several (``shared_by`` lists the side most reports are about first: an MNJTF
        release naming Nigeria and Chad tells of ISWAP's islands off Borno)."""
        ours = [c for c in self.shared_by if c in context]
        country = ours[0] if ours else self.country
        return Place(
            id=self.id, name=self.name, country=country, lat=self.lat, lon=self.lon,
            geonames_id=self.geonames_id, admin1=self.admin1, precision=self.precision, feature=self.feature,
            listed_country=self.country if self.shared_by else None,
        )


def good_alt_name(name: str) -> bool:
    """Latin-script alternate names that look like names: not codes ("EBL") nor machine transliterations."""
    if len(name) < 3 or (name.isupper() and len(name) <= 4):
        return False
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return stripped.isascii() and any(c.isupper() for c in name)
