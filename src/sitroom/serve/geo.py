"""The offline map, drawn on the server as SVG: Natural Earth countries + event and place markers.

No JavaScript map library and no tiles: country polygons come from the ``world-atlas`` TopoJSON installed
at setup, are decoded here once, projected (equirectangular, standard parallel 30°, which keeps the
Middle East close to true shape) and cut down to the countries inside the view. Markers are plain SVG
links, so they are keyboard-focusable and work without scripts.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import pycountry

from sitroom.serve.assets import atlas_path

# Projected units per degree: x shrinks by cos(30°) so mid-latitude shapes are not stretched sideways.
_SCALE_Y = 10.0
_SCALE_X = _SCALE_Y * math.cos(math.radians(30))
# Shown when there is nothing with coordinates: the theatre this tool is about (Levant to Iran).
DEFAULT_EXTENT = (30.0, 25.0, 52.0, 40.0)  # lon_min, lat_min, lon_max, lat_max
WORLD_EXTENT = (-180.0, -60.0, 180.0, 84.0)
_MIN_SPAN_DEG = 14.0
_MIN_ASPECT = 0.45  # height / width of the projected view box


def project(lon: float, lat: float) -> tuple[float, float]:
    return lon * _SCALE_X, -lat * _SCALE_Y


@dataclass(frozen=True)
class CountryShape:
    name: str
    alpha2: str | None
    bbox: tuple[float, float, float, float]  # lon_min, lat_min, lon_max, lat_max
    path: str  # SVG path data in projected units
    label_at: tuple[float, float]  # lon/lat of the centroid of the largest ring, for the name


@dataclass
class Marker:
    x: float
    y: float
    r: float
    href: str
    label: str
    kind: str  # css class suffix: the event type, or "place"
    approx: bool = False


@dataclass
class Label:
    x: float
    y: float
    text: str


@dataclass
class MapView:
    viewbox: str
    countries: list[CountryShape]
    markers: list[Marker] = field(default_factory=list)
    graticule: list[str] = field(default_factory=list)  # path data of 10° lines, for orientation
    has_basemap: bool = True
    active_countries: frozenset[str] = frozenset()
    labels: list[Label] = field(default_factory=list)  # country names whose centre is in view
    font_size: float = 1.0  # in projected units, so names keep one on-screen size at any zoom


def _decode_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    transform = topology.get("transform")
    arcs: list[list[tuple[float, float]]] = []
    for arc in topology["arcs"]:
        if transform:  # quantized and delta-encoded
            (sx, sy), (tx, ty) = transform["scale"], transform["translate"]
            x = y = 0
            points = []
            for dx, dy, *_ in arc:
                x += dx
                y += dy
                points.append((x * sx + tx, y * sy + ty))
            arcs.append(points)
        else:
            arcs.append([(p[0], p[1]) for p in arc])
    return arcs


def _ring(indices: Sequence[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for index in indices:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        ring.extend(points if not ring else points[1:])  # consecutive arcs share their end point
    return ring


def _ring_path(ring: list[tuple[float, float]]) -> str:
    parts: list[str] = []
    last: tuple[float, float] | None = None
    for lon, lat in ring:
        x, y = project(lon, lat)
        point = (round(x, 1), round(y, 1))
        if point == last:  # decimation for free: drop points that round to the previous one
            continue
        parts.append(f"{point[0]:g},{point[1]:g}")
        last = point
    return ("M" + "L".join(parts) + "Z") if len(parts) > 2 else ""


def _area(ring: list[tuple[float, float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True)) / 2


def _centroid(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """The area centroid of a ring (shoelace formula); the mean of its points for degenerate rings."""
    area = _area(ring)
    if abs(area) < 1e-9:
        return (sum(p[0] for p in ring) / len(ring), sum(p[1] for p in ring) / len(ring))
    cx = cy = 0.0
    for (x0, y0), (x1, y1) in zip(ring, ring[1:] + ring[:1], strict=True):
        cross = x0 * y1 - x1 * y0
        cx += (x0 + x1) * cross
        cy += (y0 + y1) * cross
    return cx / (6 * area), cy / (6 * area)


def _label_point(ring: list[tuple[float, float]]) -> tuple[float, float]:
    """Where a country's name goes: the centroid of its largest ring. A ring across the antimeridian
    (Fiji) is shifted east first, else its centroid lands half a world away (Fiji in the Atlantic)."""
    lons = [p[0] for p in ring]
    if max(lons) - min(lons) > 180:
        ring = [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]
    lon, lat = _centroid(ring)
    return (lon - 360 if lon > 180 else lon), lat


def _alpha2(numeric: object) -> str | None:
    if numeric is None:
        return None
    try:
        country = pycountry.countries.get(numeric=str(numeric).zfill(3))
    except (KeyError, LookupError):
        return None
    return country.alpha_2 if country else None


def shapes_from_topology(topology: dict[str, Any]) -> list[CountryShape]:
    """Every country of a world-atlas topology as projected SVG path data with its lon/lat box."""
    arcs = _decode_arcs(topology)
    shapes: list[CountryShape] = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        kind = geometry.get("type")
        if kind == "Polygon":
            polygons = [geometry["arcs"]]
        else:
            polygons = geometry.get("arcs", []) if kind == "MultiPolygon" else []
        rings = [_ring(r, arcs) for polygon in polygons for r in polygon]
        points = [p for ring in rings for p in ring]
        if not points:
            continue
        lons = [p[0] for p in points]
        lats = [p[1] for p in points]
        path = "".join(_ring_path(r) for r in rings)
        name = str((geometry.get("properties") or {}).get("name") or "")
        shapes.append(CountryShape(name, _alpha2(geometry.get("id")),
                                   (min(lons), min(lats), max(lons), max(lats)), path,
                                   _label_point(max(rings, key=lambda r: abs(_area(r))))))
    return shapes


@cache
def _load_shapes(path: Path) -> tuple[CountryShape, ...]:
    with path.open(encoding="utf-8") as handle:
        return tuple(shapes_from_topology(json.load(handle)))


def country_shapes() -> tuple[CountryShape, ...]:
    """The installed basemap (decoded once per process), or nothing when setup has not installed it."""
    path = atlas_path()
    return _load_shapes(path) if path else ()


def extent_for(points: Iterable[tuple[float, float]], world: bool = False) -> tuple[float, float, float, float]:
    """A lon/lat box around ``points`` with a margin, never narrower than a few degrees."""
    if world:
        return WORLD_EXTENT
    pts = list(points)
    if not pts:
        return DEFAULT_EXTENT
    lon_min, lon_max = min(p[0] for p in pts), max(p[0] for p in pts)
    lat_min, lat_max = min(p[1] for p in pts), max(p[1] for p in pts)
    lon_pad = max((lon_max - lon_min) * 0.15, (_MIN_SPAN_DEG - (lon_max - lon_min)) / 2, 1.0)
    lat_pad = max((lat_max - lat_min) * 0.15, (_MIN_SPAN_DEG * 0.6 - (lat_max - lat_min)) / 2, 1.0)
    # Points strung out east-west (Washington to Central Asia) would give a thin strip a few pixels
    # high; keep the box at least _MIN_ASPECT as tall as wide on screen so the map stays readable.
    lon_span = lon_max - lon_min + 2 * lon_pad
    min_lat_span = lon_span * _SCALE_X / _SCALE_Y * _MIN_ASPECT
    lat_pad = max(lat_pad, (min_lat_span - (lat_max - lat_min)) / 2)
    return (max(lon_min - lon_pad, -180.0), max(lat_min - lat_pad, -85.0),
            min(lon_max + lon_pad, 180.0), min(lat_max + lat_pad, 85.0))


def _intersects(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def marker_radius(killed: int | None, span_x: float) -> float:
    """Area grows with the toll (radius with its square root), capped so one massacre does not hide a map."""
    base = span_x * 0.006
    # Capped at 2.5% of the view's width: a mass-casualty event must not cover the region around it.
    return round(min(base * (1.0 + math.sqrt(max(killed or 0, 0)) * 0.6), span_x * 0.025), 2)


@dataclass
class MapPoint:
    lon: float
    lat: float
    href: str
    label: str
    kind: str
    killed: int | None = None
    approx: bool = False  # located only to a country or province: drawn as a ring, not a dot


# Markers at one spot fan out on a sunflower spiral (golden angle), this share of the view's width apart,
# so ten events geocoded to one country centroid (or one town) are ten markers, not one.
SPREAD_STEP = 0.009
_GOLDEN_ANGLE = math.pi * (3 - math.sqrt(5))


def spread(points: Sequence[tuple[float, float]], step: float) -> list[tuple[float, float]]:
    """Projected positions with coincident points moved onto a spiral around their shared spot."""
    seen: dict[tuple[float, float], int] = {}
    out: list[tuple[float, float]] = []
    for x, y in points:
        key = (round(x, 1), round(y, 1))
        i = seen.get(key, 0)
        seen[key] = i + 1
        if i == 0:
            out.append((x, y))
            continue
        r = step * math.sqrt(i)
        out.append((x + r * math.cos(i * _GOLDEN_ANGLE), y + r * math.sin(i * _GOLDEN_ANGLE)))
    return out


def _label_box(label: Label, font_size: float) -> tuple[float, float, float, float]:
    # Upper-case names in a bold sans: about 0.72 em per letter, one em tall, centred on x.
    half = len(label.text) * font_size * 0.72 / 2
    return (label.x - half, label.y - font_size, label.x + half, label.y + font_size * 0.3)


def place_labels(candidates: Sequence[tuple[float, Label]], font_size: float,
                 view: tuple[float, float, float, float]) -> list[Label]:
    """Country names that fit: largest country first; a name that would overlap one already placed or
    run past the edge of the view is left out (UK/Netherlands, Mali/Niger; Greenland cut at the top)."""
    x0, y0, x1, y1 = view
    placed: list[tuple[float, float, float, float]] = []
    out: list[Label] = []
    for _, label in sorted(candidates, key=lambda c: -c[0]):
        box = _label_box(label, font_size)
        if box[0] < x0 or box[2] > x1 or box[1] < y0 or box[3] > y1:
            continue
        if any(box[0] < b[2] and b[0] < box[2] and box[1] < b[3] and b[1] < box[3] for b in placed):
            continue
        placed.append(box)
        out.append(label)
    return out


def build_map(points: Sequence[MapPoint], world: bool = False,
              countries: Iterable[str] = ()) -> MapView:
    """The SVG model of a map of ``points``: view box, countries in view, markers (largest first)."""
    lon_min, lat_min, lon_max, lat_max = extent_for(((p.lon, p.lat) for p in points), world)
    x0, y1 = project(lon_min, lat_min)
    x1, y0 = project(lon_max, lat_max)
    span_x = x1 - x0
    box = (lon_min, lat_min, lon_max, lat_max)
    shapes = country_shapes()
    view = MapView(
        viewbox=f"{x0:.1f} {y0:.1f} {span_x:.1f} {y1 - y0:.1f}",
        countries=[s for s in shapes if s.path and _intersects(s.bbox, box)],
        has_basemap=bool(shapes),
        active_countries=frozenset(countries),
    )
    view.font_size = round(span_x * (0.011 if world else 0.014), 2)
    candidates: list[tuple[float, Label]] = []
    for shape in view.countries:
        lon, lat = shape.label_at
        # Name the countries with events, and others only when wide enough that names do not collide.
        width = shape.bbox[2] - shape.bbox[0]
        wide = width > (lon_max - lon_min) * (0.08 if world else 0.1)
        if (wide or shape.alpha2 in view.active_countries) and lon_min < lon < lon_max and lat_min < lat < lat_max:
            x, y = project(lon, lat)
            # Countries with events are named first, then the others by size.
            rank = (1e6 if shape.alpha2 in view.active_countries else 0) + width * (shape.bbox[3] - shape.bbox[1])
            candidates.append((rank, Label(round(x, 1), round(y, 1), shape.name)))
    view.labels = place_labels(candidates, view.font_size, (x0, y0, x1, y1))
    # Lines run well past the view box: a wide screen shows more than the box (SVG "meet" scaling).
    step = 30 if world else 10 if (lon_max - lon_min) > 30 else 5
    g_lon = (max(lon_min - (lon_max - lon_min), -180.0), min(lon_max + (lon_max - lon_min), 180.0))
    g_lat = (max(lat_min - (lat_max - lat_min), -85.0), min(lat_max + (lat_max - lat_min), 85.0))
    for lon in range(math.ceil(g_lon[0] / step) * step, math.floor(g_lon[1]) + 1, step):
        xa, ya = project(lon, g_lat[1])
        _, yb = project(lon, g_lat[0])
        view.graticule.append(f"M{xa:.1f},{ya:.1f}V{yb:.1f}")
    for lat in range(math.ceil(g_lat[0] / step) * step, math.floor(g_lat[1]) + 1, step):
        xa, ya = project(g_lon[0], lat)
        xb, _ = project(g_lon[1], lat)
        view.graticule.append(f"M{xa:.1f},{ya:.1f}H{xb:.1f}")
    # Big markers first so small ones stay on top and clickable.
    ordered = sorted(points, key=lambda p: -(p.killed or 0))
    at = spread([project(p.lon, p.lat) for p in ordered], span_x * SPREAD_STEP)
    for p, (x, y) in zip(ordered, at, strict=True):
        view.markers.append(Marker(round(x, 2), round(y, 2), marker_radius(p.killed, span_x),
                                   p.href, p.label, p.kind, p.approx))
    return view
