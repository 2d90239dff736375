"""Server-side chart geometry."""

from __future__ import annotations

from sitroom.serve.charts import format_value, line_chart, month_histogram, nice_ticks


def test_charts_format_value_for_people() -> None:
    assert format_value(600e6, "USD") == "$600M"
    assert format_value(1.25e9, "USD") == "$1.25B"
    assert format_value(56000, "people") == "56,000"
    assert format_value(12, "percent") == "12%"
    assert format_value(None) == "–"


def test_charts_partial_dates_and_ticks() -> None:
    ticks = nice_ticks(73_000)
    assert ticks[0] == 0 and ticks[-1] >= 73_000 and len(ticks) <= 6


def test_charts_line_chart_orders_points_in_time_and_draws_targets() -> None:
    series = {"unit": "USD", "points": [
        {"id": "a", "value": 500e6, "as_of": "2021-06", "href": "/d/a"},
        {"id": "b", "value": 600e6, "as_of": "2022-06", "href": "/d/b"},
        {"id": "c", "value": 550e6, "as_of": None, "href": "/d/c"},
    ], "targets": [{"id": "t", "value": 670e6, "href": "/d/t"}]}
    chart = line_chart(series)
    first, second = chart.points
    assert first.x < second.x and first.y > second.y  # later and higher: right and up
    assert chart.undated == 1
    assert chart.targets[0].y < second.y  # the target sits above the last point
    assert chart.path.startswith("M")


def test_charts_month_histogram_bars_carry_their_period() -> None:
    chart = month_histogram([("2023-01", 2), ("2023-02", 0), ("2023-03", 4)])
    assert [b.since for b in chart.bars] == ["2023-01", "2023-02", "2023-03"]
    assert chart.bars[1].h == 0 and chart.bars[2].h > chart.bars[0].h


def test_histogram_axis_labels_stay_inside_the_chart() -> None:
    from sitroom.serve.charts import LABEL_HALF_WIDTH, month_histogram

    months = [(f"{2014 + i // 12}-{i % 12 + 1:02d}", i % 5) for i in range(140)]
    chart = month_histogram(months)
    assert len(chart.labels) >= 10
    assert all(LABEL_HALF_WIDTH <= x <= chart.width - LABEL_HALF_WIDTH for x, _ in chart.labels)
    assert chart.labels[0][1] == "2014-01"
