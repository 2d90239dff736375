"""Small charts computed on the server and drawn by the templates as inline SVG (no chart library).

Each function returns plain geometry (coordinates, labels, links); the templates turn it into SVG
elements, so every label goes through autoescaping and every point is a real, focusable link.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sitroom.partial_dates import PartialDate

_CURRENCY = {"USD": "$", "EUR": "€", "GBP": "£"}


def format_value(value: float | int | None, unit: str | None = None) -> str:
    """A figure for people: $600M, 1.2B, 56,000, 12%."""
    if value is None:
        return "–"
    v = float(value)
    prefix = _CURRENCY.get(unit or "", "")
    if unit == "percent":
        return f"{v:g}%"
    if prefix or abs(v) >= 1_000_000:
        for size, suffix in ((1e9, "B"), (1e6, "M"), (1e3, "K")):
            if abs(v) >= size:
                return f"{prefix}{v / size:.3g}{suffix}"
        return f"{prefix}{v:,.0f}"
    return f"{v:,.0f}" if v == int(v) else f"{v:,.2f}"


def _first_day(value: str | None) -> date | None:
    found = PartialDate.parse(value, loose=True)  # as_of values from older databases may carry a time
    return found.first if found else None


def nice_ticks(high: float, count: int = 4) -> list[float]:
    """Round tick values from 0 to at least ``high``."""
    if high <= 0:
        return [0.0, 1.0]
    raw = high / count
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    return [i * step for i in range(math.ceil(high / step) + 1)]


@dataclass
class ChartPoint:
    x: float
    y: float
    label: str
    href: str
    id: str


@dataclass
class TargetLine:
    y: float
    label: str
    href: str
    id: str


@dataclass
class LineChart:
    width: int
    height: int
    left: int
    top: int
    right: int
    bottom: int
    path: str
    points: list[ChartPoint]
    targets: list[TargetLine]
    y_ticks: list[tuple[float, str]]
    x_ticks: list[tuple[float, str]]
    undated: int = 0  # points without a date (listed in the table, not drawn)


def line_chart(series: dict[str, Any], width: int = 960, height: int = 300, compact: bool = False) -> LineChart:
    """A dated line of the series' points with its targets as horizontal lines."""
    left, right = (8, 8) if compact else (64, 16)
    top, bottom = (6, 6) if compact else (16, 32)
    unit = series.get("unit")
    dated = [(_first_day(p.get("as_of")), p) for p in series.get("points", [])]
    drawn = [(d, p) for d, p in dated if d is not None]
    values = [float(p["value"]) for _, p in drawn] + [float(t["value"]) for t in series.get("targets", [])]
    ticks = nice_ticks(max(values, default=1.0) * 1.05, 3 if compact else 4)
    y_max = ticks[-1] or 1.0
    ords = [d.toordinal() for d, _ in drawn]
    x_lo, x_hi = (min(ords), max(ords)) if ords else (0, 1)
    if x_hi == x_lo:  # one date: centre it
        x_lo, x_hi = x_lo - 180, x_hi + 180
    pad = (x_hi - x_lo) * 0.04  # keep the first and last points off the axes
    x_lo, x_hi = int(x_lo - pad), int(x_hi + pad) + 1
    plot_w, plot_h = width - left - right, height - top - bottom

    def x_of(ordinal: int) -> float:
        return round(left + (ordinal - x_lo) / (x_hi - x_lo) * plot_w, 1)

    def y_of(value: float) -> float:
        return round(top + plot_h - value / y_max * plot_h, 1)

    points = [
        ChartPoint(x_of(d.toordinal()), y_of(float(p["value"])),
                   f"{format_value(p['value'], unit)} as of {p.get('as_of')}", p["href"], p["id"])
        for d, p in drawn
    ]
    path = "M" + "L".join(f"{p.x},{p.y}" for p in points) if len(points) > 1 else ""
    targets = [TargetLine(y_of(float(t["value"])), f"target {format_value(t['value'], unit)}", t["href"], t["id"])
               for t in series.get("targets", [])]
    x_ticks: list[tuple[float, str]] = []
    if ords and not compact:
        first, last = date.fromordinal(min(ords)).year, date.fromordinal(max(ords)).year
        step = max(1, math.ceil((last - first + 1) / 8))
        for year in range(first, last + 2, step):
            o = date(year, 1, 1).toordinal()
            if x_lo <= o <= x_hi:
                x_ticks.append((x_of(o), str(year)))
        if not x_ticks:
            x_ticks = [(x_of(min(ords)), date.fromordinal(min(ords)).isoformat()[:7])]
    y_ticks = [] if compact else [(y_of(t), format_value(t, unit)) for t in ticks]
    return LineChart(width, height, left, top, right, bottom, path, points, targets, y_ticks, x_ticks,
                     undated=len(dated) - len(drawn))


@dataclass
class Bar:
    x: float
    y: float
    w: float
    h: float
    month: str
    count: int
    since: str
    until: str


@dataclass
class Histogram:
    width: int
    height: int
    bars: list[Bar] = field(default_factory=list)
    labels: list[tuple[float, str]] = field(default_factory=list)
    baseline: float = 0.0


# Half the width of a "YYYY-MM" tick label at the 11 px the stylesheet sets (7 characters, ~0.6 em each).
LABEL_HALF_WIDTH = 24.0


def month_histogram(months: list[tuple[str, int]], width: int = 900, height: int = 160) -> Histogram:
    """Events per month as bars; each bar carries the since/until of its month for the period filter."""
    chart = Histogram(width, height)
    if not months:
        return chart
    top, bottom, side = 16, 22, 4
    plot_h = height - top - bottom
    slot = (width - 2 * side) / len(months)
    peak = max(c for _, c in months) or 1
    chart.baseline = top + plot_h
    label_every = max(1, math.ceil(len(months) / 12))
    for i, (month, count) in enumerate(months):
        h = round(count / peak * plot_h, 1)
        x = round(side + i * slot, 1)
        chart.bars.append(Bar(x, round(top + plot_h - h, 1), round(max(slot - 1, 1), 1), h, month, count,
                              month, month))
        if i % label_every == 0:
            # Centred under its bar, but kept inside the chart: "2014-07" under the first or last bar of a
            # long span would otherwise be cut at the edge ("14-07", "2025-").
            half = LABEL_HALF_WIDTH
            chart.labels.append((round(min(max(x + slot / 2, half), width - half), 1), month))
    return chart
