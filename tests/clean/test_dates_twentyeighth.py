"""Publication stamps of the twenty-eighth session: Indonesian and Malay month names in an English edition's
stamp ("04 Maret 2019 17:54"), and a byline's capitals glued to the month ("BY APD NEWSOct 12,2017")."""

from __future__ import annotations

import pytest

from sitroom.clean.dates import date_of_date_line, parse_date


@pytest.mark.parametrize(("line", "date"), [
    ("04 Maret 2019 17:54", "2019-03-04"),
    ("12 Agustus 2020", "2020-08-12"),
    ("5 Desember 2018 09:10 WIB", "2018-12-05"),
    ("3 Ogos 2019", "2019-08-03"),
])
def test_an_indonesian_or_malay_month_in_a_stamp(line: str, date: str) -> None:
    assert date_of_date_line(line) == date


def test_english_dates_read_as_before_with_the_other_languages() -> None:
    assert [parse_date(s) for s in ("Mar 3, 2024", "7 May 2019", "Sept. 29, 2019")] == [
        "2024-03-03", "2019-05-07", "2019-09-29"]


def test_a_byline_glued_to_the_month_is_a_date_line() -> None:
    assert date_of_date_line("BY APD NEWSOct 12,2017 at 11:34") == "2017-10-12"


def test_capitals_before_a_month_word_in_a_headline_are_no_date() -> None:
    assert date_of_date_line("ISIS ATTACKSMay 5 fighters") is None
