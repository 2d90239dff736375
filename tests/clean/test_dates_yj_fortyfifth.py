"""Dates, forty-fifth session (yj): stamp and dateline shapes that dated no page. A wire's compact filing stamp under
its copy ("20221204-114203"); a date glued to the lede by a long dash ("July 27, 2025–In one ..."); a dateline that
gives the date before the place ("September 23, 2020, Camp Bautista, Jolo, Sulu – Following ..."); a title-case
dateline whose agency credit runs into the lede ("Washington, 25 September 2019(Lana) The US ..."); a site's stamp in
lower case in the US date-and-time format ("naharnet - 2/6/2026 4:16:03 PM - GMT (+2 )"); a date the text calls
today under a URL of that month."""

from __future__ import annotations

from sitroom.clean import prepare
from sitroom.clean.dates import (
    date_of_date_line,
    date_of_dateline,
    date_of_yearless_dateline,
    day_in_month,
    split_stamp_prefix,
)
from sitroom.models import Source


def _published(text: str, url: str = "https://example.org/news/story") -> str | None:
    docs = prepare(Source(path="x", text=text, kind="txt", url=url))
    assert isinstance(docs, list)
    return docs[0].published


LEDE = ("Gunmen killed five people in an attack on a village in the north of the country, officials said, "
        "adding that the attackers fled into the forest.")


def test_a_compact_wire_stamp_is_a_date_line() -> None:
    assert date_of_date_line("20221204-114203") == "2022-12-04"
    assert date_of_date_line("20221304-114203") is None  # no month 13
    assert date_of_date_line("Ref 20221204-114203") is None


def test_a_compact_wire_stamp_under_the_copy_dates_the_page() -> None:
    assert _published(f"Attack kills five\n{LEDE}\n\n20221204-114203\n") == "2022-12-04"


def test_a_date_glued_to_the_lede_by_a_long_dash_is_split_off() -> None:
    assert split_stamp_prefix("July 27, 2025–In one attack, gunmen killed five people.") == [
        "July 27, 2025", "In one attack, gunmen killed five people."]
    assert _published(f"Attack kills five\nJuly 27, 2025–{LEDE}\n") == "2025-07-27"


def test_a_date_before_the_place_opens_a_dateline() -> None:
    line = "September 23, 2020, Camp Bautista, Jolo, Sulu – Following the operations, eight members surrendered."
    assert date_of_dateline(line) == "2020-09-23"
    # (a sentence after the date is no dateline)
    assert date_of_dateline("September 23, 2020, was the day the troops left the town – and never came back.") is None


def test_a_credit_running_into_the_lede_closes_a_title_case_dateline() -> None:
    assert date_of_dateline("Washington, 25 September 2019(Lana) The US Africa Command has struck") == "2019-09-25"


def test_a_lower_case_site_stamp_in_us_format_is_a_date_line_of_its_own() -> None:
    # a 12-hour clock with seconds is the US general format: month first
    assert date_of_date_line("naharnet - 2/6/2026 4:16:03 PM - GMT (+2 )") == "2026-02-06"
    assert date_of_date_line("06/02/2026 16:16:03") == "2026-02-06"  # a 24-hour clock: day first
    text = f"Attack kills five in the north\nnaharnet - 2/6/2026 4:16:03 PM - GMT (+2 )\n{LEDE}\n"
    assert _published(text) == "2026-02-06"


def test_a_date_the_text_calls_today_gives_the_day_of_the_url_s_month() -> None:
    top = ["The commander disclosed this today, 4th June 2024 during a press conference in Abuja."]
    assert day_in_month(top, "2024-06") == "2024-06-04"
    assert day_in_month(["The commander said on 4th June 2024 that the troops had left."], "2024-06") is None
    # (the part of today the story tells of, the day without its year)
    assert day_in_month(["Forces raided the hideout today’s morning, October 18, in the city."], "2022-10") == (
        "2022-10-18")


def test_an_ordinal_closed_by_a_full_stop_reads_as_a_day() -> None:
    # a signed statement's date line under the text ("17TH. JANUARY 2022") dates an otherwise undated page
    assert date_of_date_line("17TH. JANUARY 2022") == "2022-01-17"
    assert _published(f"Update on the operations\n{LEDE}\nJOHN DOE\nPOLICE SPOKESPERSON\n17TH. JANUARY 2022\n") == (
        "2022-01-17")


def test_an_agency_dateline_with_no_place_gives_the_day_under_a_url_of_the_next_day() -> None:
    text = ("France kills the group's head\n"
            "Sept. 15 (UPI) — French forces have killed the head of the group, the president said.\n")
    assert _published(text, "https://example.org/2021/09/16/france-kills-head") == "2021-09-15"
    # (alone, with no URL to fix its year, it dates nothing)
    assert date_of_yearless_dateline("Sept. 15 (UPI) — French forces have killed him.", "2021") is None
    assert date_of_yearless_dateline("Sept. 15 (UPI) — French forces have killed him.", "2021", placeless=True) == (
        "2021-09-15")


def test_a_military_date_signing_a_statement_is_a_date_line() -> None:
    assert date_of_date_line("2 Sep 21") == "2021-09-02"
    assert date_of_date_line("2 Sep 21 troops") is None
    assert _published(f"Troops kill six\n{LEDE}\nJOHN DOE\nBrigadier General\n2 Sep 21\n") == "2021-09-02"
