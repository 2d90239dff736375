"""The offline basemap: TopoJSON decoding, projection, view extent and markers."""

from __future__ import annotations

import pytest

from sitroom.serve.assets import atlas_path
from sitroom.serve.geo import (
    DEFAULT_EXTENT,
    Label,
    MapPoint,
    build_map,
    country_shapes,
    extent_for,
    marker_radius,
    place_labels,
    project,
    shapes_from_topology,
    spread,
)

# A square "country" of two arcs in a quantized, delta-encoded topology (the world-atlas format).
TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [1.0, 1.0], "translate": [40.0, 30.0]},
    "arcs": [[[0, 0], [2, 0], [0, 2]], [[2, 2], [-2, 0], [0, -2]]],
    "objects": {"countries": {"type": "GeometryCollection", "geometries": [
        {"type": "Polygon", "arcs": [[0, 1]], "id": "368", "properties": {"name": "Squareland"}},
        {"type": "MultiPolygon", "arcs": [[[~1, ~0]]], "id": "760", "properties": {"name": "Reversed"}},
    ]}},
}


def test_geo_decodes_quantized_arcs_into_projected_paths() -> None:
    square, reverse = shapes_from_topology(TOPOLOGY)
    assert square.name == "Squareland" and square.alpha2 == "IQ"
    assert square.bbox == (40.0, 30.0, 42.0, 32.0)
    assert square.path.startswith("M") and square.path.endswith("Z")
    x, y = project(40.0, 30.0)
    assert square.path.startswith(f"M{round(x, 1):g},{round(y, 1):g}")
    assert reverse.alpha2 == "SY" and reverse.bbox == square.bbox
    assert square.label_at == pytest.approx((41.0, 31.0))


def test_geo_extent_frames_points_with_a_margin() -> None:
    assert extent_for([]) == DEFAULT_EXTENT
    lon_min, lat_min, lon_max, lat_max = extent_for([(43.1, 36.3), (40.1, 35.3)])
    assert lon_min < 40.1 and lon_max > 43.1 and lat_min < 35.3 and lat_max > 36.3
    assert lon_max - lon_min >= 14.0  # never zoomed in past a region's context


def test_geo_marker_radius_grows_with_toll_and_is_capped() -> None:
    assert marker_radius(None, 100) == marker_radius(0, 100)
    assert marker_radius(50, 100) > marker_radius(4, 100) > marker_radius(0, 100)
    assert marker_radius(100_000, 100) == 2.5


def test_geo_build_map_keeps_countries_in_view_and_sorts_markers() -> None:
    points = [MapPoint(43.1, 36.3, "/events/a", "small", "attack", 1),
              MapPoint(39.0, 35.9, "/events/b", "big", "attack", 40)]
    view = build_map(points, countries=["IQ"])
    assert [m.label for m in view.markers] == ["big", "small"]  # big first, small drawn on top
    assert len(view.viewbox.split()) == 4 and view.graticule
    if atlas_path() is not None:  # npm ci has installed world-atlas
        names = {c.name for c in view.countries}
        assert {"Iraq", "Syria"} <= names and "Brazil" not in names
        assert any(lbl.text == "Iraq" for lbl in view.labels)


@pytest.mark.skipif(atlas_path() is None, reason="world-atlas not installed (npm ci)")
def test_geo_installed_atlas_has_the_theatre_countries() -> None:
    codes = {c.alpha2 for c in country_shapes()}
    assert {"IQ", "SY", "TR", "IR", "AF"} <= codes
    assert len(country_shapes()) > 170


def test_geo_extent_never_a_thin_strip() -> None:
    """Points spread east-west (Washington to Central Asia) still get a box tall enough to read."""
    lon_min, lat_min, lon_max, lat_max = extent_for([(-77.0, 38.9), (74.6, 41.2), (44.4, 33.3)])
    x0, y1 = project(lon_min, lat_min)
    x1, y0 = project(lon_max, lat_max)
    assert (y1 - y0) >= 0.44 * (x1 - x0)
    assert lat_min < 33.3 and lat_max > 41.2 and lat_min >= -85.0 and lat_max <= 85.0


def test_geo_coincident_markers_fan_out_instead_of_stacking() -> None:
    # Ten events placed at Iraq's centre (country-level) and two at Mosul.
    points = [MapPoint(43.7, 33.0, f"/events/c{i}", f"c{i}", "attack", i, approx=True) for i in range(10)]
    points += [MapPoint(43.1, 36.3, f"/events/m{i}", f"m{i}", "strike", 1) for i in range(2)]
    view = build_map(points)
    spots = {(m.x, m.y) for m in view.markers}
    assert len(spots) == 12  # every marker has its own spot
    x, y = project(43.7, 33.0)
    span_x = float(view.viewbox.split()[2])
    ring = [m for m in view.markers if m.approx]
    assert len(ring) == 10 and all(abs(m.x - x) < span_x * 0.05 and abs(m.y - y) < span_x * 0.05 for m in ring)
    assert max(m.r for m in view.markers) <= span_x * 0.025  # capped: no circle hides the region


def test_geo_spread_keeps_the_first_point_in_place() -> None:
    assert spread([(1.0, 2.0), (5.0, 5.0)], 1.0) == [(1.0, 2.0), (5.0, 5.0)]
    moved = spread([(0.0, 0.0)] * 4, 1.0)
    assert moved[0] == (0.0, 0.0) and len(set(moved)) == 4


def test_geo_labels_never_overlap_or_leave_the_view() -> None:
    big = Label(50.0, 50.0, "Netherlands")
    small = Label(52.0, 50.5, "Belgium")  # would overlap
    edge = Label(1.0, 50.0, "Greenland")  # would run past the left edge
    kept = place_labels([(10.0, big), (5.0, small), (20.0, edge)], 2.0, (0.0, 0.0, 100.0, 100.0))
    assert kept == [big]


@pytest.mark.skipif(atlas_path() is None, reason="world-atlas not installed (npm ci)")
def test_geo_world_labels_are_placed_where_the_countries_are() -> None:
    view = build_map([], world=True)
    boxes = {s.name: s.bbox for s in country_shapes()}
    for label in view.labels:
        lon, lat = label.x / project(1.0, 0.0)[0], -label.y / 10.0
        lon_min, lat_min, lon_max, lat_max = boxes[label.text]
        if lon_max - lon_min < 180:  # countries across the antimeridian have a world-wide box
            assert lon_min <= lon <= lon_max and lat_min <= lat <= lat_max, label.text
    fiji = next(s for s in country_shapes() if s.name == "Fiji")
    assert fiji.label_at[0] > 170 or fiji.label_at[0] < -170  # in the Pacific, not the Atlantic
