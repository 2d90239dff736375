"""Publication dates (clean/dates) read by the helper of session 59: a yearless wire dateline whose lede names the
weekday of its day; a date printed with the comma after the month."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.dates import date_of_date_line, date_of_weekday_dateline, parse_date
from sitroom.models import Source

TASS_LEDE = ("DUSHANBE, January 25. /TASS/. Around 1,000 Tajikistani citizens are fighting abroad alongside the "
             "Islamic State, the interior minister told a press conference on Monday.")


def test_a_yearless_dateline_is_in_the_year_after_the_texts_latest_when_only_there_it_is_the_ledes_weekday() -> None:
    # 25 January 2015 was a Sunday, 25 January 2016 a Monday
    assert date_of_weekday_dateline(TASS_LEDE, "", "2015") == "2016-01-25"


def test_a_yearless_dateline_keeps_the_texts_latest_year_when_its_day_is_the_ledes_weekday_in_it() -> None:
    line = "BAGHDAD, April 2: Iraqi forces re-captured the city on Thursday, officials said."
    assert date_of_weekday_dateline(line, "", "2015") == "2015-04-02"


def test_an_agency_dateline_on_a_line_of_its_own_reads_the_weekday_of_the_lede_under_it() -> None:
    lede = ("The Islamic State has claimed responsibility this Friday for the ambush against the army in the "
            "province of Oudalan. The army first announced the death of eight soldiers.")
    # 24 February 2022 was a Thursday, 24 February 2023 a Friday
    assert date_of_weekday_dateline("24 Feb. (EUROPA PRESS) –", lede, "2022") == "2023-02-24"


def test_a_yearless_dateline_whose_day_is_not_the_ledes_weekday_in_either_year_is_left_to_the_texts_year() -> None:
    # the lede tells of the day before the filing ("Sunday's attacks" and "on Sunday" under a Monday's dateline)
    line = "UNITED NATIONS, April 22. /TASS/. The Council condemned the attacks carried out on Sunday in Sri Lanka."
    assert date_of_weekday_dateline(line, "", "2019") is None


def test_a_weekday_in_the_possessive_is_another_days_story_not_the_datelines() -> None:
    line = "MANILA, June 29 (Xinhua) -- The death toll in Friday's twin blasts rose to eight, the police said."
    assert date_of_weekday_dateline(line, "", "2018") is None


def test_a_weekday_after_the_ledes_first_sentence_does_not_date_the_dateline() -> None:
    line = ("DUSHANBE, January 25. /TASS/. Around 1,000 Tajikistani citizens are fighting abroad. The minister will "
            "speak again on Monday.")
    assert date_of_weekday_dateline(line, "", "2015") is None


def test_a_yearless_dateline_with_no_year_on_the_page_dates_nothing() -> None:
    assert date_of_weekday_dateline(TASS_LEDE, "", None) is None


def test_a_page_dated_only_by_a_yearless_dateline_is_published_in_the_year_its_ledes_weekday_fits() -> None:
    text = ("Around 1,000 Tajiks fighting alongside Islamic State\n\n" + TASS_LEDE + "\n\n"
            "The minister spoke of the operation in the Ramit gorge in September 2015, when 38 militants were killed.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2016-01-25", "dateline")


def test_a_date_with_the_comma_after_the_month_is_a_date() -> None:
    assert parse_date("November, 21 2025") == "2025-11-21"
    assert date_of_date_line("Wednesday Feb, 02 2022 09:09:11 PM") == "2022-02-02"


def test_a_date_with_the_comma_after_the_month_glued_to_the_lede_by_a_dash_dates_the_page() -> None:
    text = ("89 civilians killed in week-long attacks in eastern Congo\n\n"
            "November, 21 2025 - At least 89 civilians have been killed in a string of attacks in eastern Democratic "
            "Republic of Congo, the UN peacekeeping mission has confirmed.")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert (doc.published, doc.published_basis) == ("2025-11-21", "dateline")
    assert "November, 21 2025" not in doc.text
