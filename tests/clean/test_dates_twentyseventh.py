"""Publication dates, twenty-seventh session: a numeric date glued before the lede by a dash."""

from __future__ import annotations

from sitroom.clean.dates import split_stamp_prefix


def test_a_numeric_date_before_a_dash_is_the_pages_stamp() -> None:
    lede = "BasNews, Makhmur – Kurdish Peshmerga force has freed the strategic towns of Makhmur and Gwer."
    assert split_stamp_prefix(f"10.08.2014 – {lede}") == ["10.08.2014", lede]
    assert split_stamp_prefix("24-09-2019 - The SDF said it had arrested two.") == ["24-09-2019",
                                                                                    "The SDF said it had arrested two."]


def test_a_numeric_date_without_a_dash_stays_in_its_sentence() -> None:
    # a lede that opens with a date is no stamp unless a dash sets the date apart
    assert split_stamp_prefix("10.08.2014 was the day the town fell.") == ["10.08.2014 was the day the town fell."]
    # a date line with only its time after the dash is left whole
    assert split_stamp_prefix("16-04-2025 | 11:38:35") == ["16-04-2025 | 11:38:35"]
