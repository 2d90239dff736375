"""Great-circle distance, the one geometry helper the stages share."""

from __future__ import annotations

import math

# Two places this close are one scene ("Iskan" in "Baghdad", "Kabul airport" in "Kabul"): events there are
# not told apart by place.
SAME_SCENE_KM = 30.0


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Distance in km between two WGS84 points (mean earth radius 6371 km)."""
    r1, r2 = math.radians(lat1), math.radians(lat2)
    dlat, dlon = r2 - r1, math.radians(lon2 - lon1)
    a = math.sin(dlat / 2) ** 2 + math.cos(r1) * math.cos(r2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
