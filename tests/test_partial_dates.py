from datetime import date

from sitroom.partial_dates import PartialDate, date_bounds, precision_of


def test_partial_dates_span_the_days_they_cover() -> None:
    assert date_bounds("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))
    assert date_bounds("2021") == (date(2021, 1, 1), date(2021, 12, 31))
    assert date_bounds(" 2021-06-05 ") == (date(2021, 6, 5), date(2021, 6, 5))
    assert date_bounds("2021-13") == (None, None) and date_bounds("2021-02-30") == (None, None)
    assert date_bounds("soon") == (None, None) and date_bounds(None) == (None, None)


def test_partial_dates_precision_and_text_round_trip() -> None:
    assert [precision_of(v) for v in ("2021", "2021-06", "2021-06-05", "June")] == ["year", "month", "day", None]
    for value in ("2021", "2021-06", "2021-06-05"):
        assert str(PartialDate.parse(value)) == value


def test_partial_dates_strict_by_default_loose_for_reference_dates() -> None:
    # What queries accept is exactly YYYY[-MM[-DD]]; documents' reference dates come longer or unpadded.
    assert PartialDate.parse("2024-03-24T10:00:00Z") is None
    assert PartialDate.parse("2024-03-24T10:00:00Z", loose=True) == PartialDate(2024, 3, 24)
    assert PartialDate.parse("2024-3-5", loose=True) == PartialDate(2024, 3, 5)
    assert PartialDate.parse("2021-13-01", loose=True) is None
    assert PartialDate.parse("yesterday", loose=True) is None
