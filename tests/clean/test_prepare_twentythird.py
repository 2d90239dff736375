"""Session 23: header lines that say where a story was filed, and a copyright year as the reference."""

from __future__ import annotations

import pytest

from sitroom.clean import prepare
from sitroom.models import Source

LEDE = "Jihadist insurgents are escalating their attacks in the north of the country, with two incidents reported.\n"


def _text(label: str) -> str:
    text = f"Militants launch raids on the border\n\n{label}\n\n{LEDE}"
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    return doc.text


@pytest.mark.parametrize(("label", "dateline"), [
    ("NIAMEY, Niger —", "NIAMEY –\n"),  # a wire dateline printed as a line of its own
    ("WASHINGTON", "WASHINGTON –\n"),
    ("DAMASCUS, Syria / ANKARA", "DAMASCUS –\nANKARA –\n"),
    ("Peshawar, July 31", "PESHAWAR –\n"),  # the place and a day without a year
    ("Garowe, Puntland", "GAROWE –\nPUNTLAND –\n"),  # two names: the places stage keeps what it can place
    ("Molly Kilete, Abuja", "MOLLY KILETE –\nABUJA –\n"),
])
def test_a_header_line_naming_the_filing_place_becomes_the_ledes_dateline(label: str, dateline: str) -> None:
    assert _text(label).startswith(dateline + "Jihadist insurgents")


@pytest.mark.parametrize("label", ["PTI", "Secretary of State", "John Kerry", "Monday, June"])
def test_an_agency_a_title_or_a_name_alone_is_no_dateline(label: str) -> None:
    assert _text(label).startswith("Jihadist insurgents")


def test_a_copyright_year_is_the_reference_when_the_text_gives_no_year() -> None:
    text = ("Taliban raid a compound in Kabul\n\nOn October 3, a bomb attack on a Kabul mosque killed five mourners "
            "and wounded many more.\n\nCopyright © 2021 Example Liberty. All rights reserved.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    # the copyright gives the year; the latest day the text names without one ("On October 3") is then the day
    # the page's relative dates count from
    assert (doc.published, doc.reference_date) == ("2021", "2021-10-03")


def test_a_year_in_the_text_still_beats_the_copyright() -> None:
    text = ("Taliban raid a compound in Kabul\n\nIn 2019, a bomb attack on a Kabul mosque killed five mourners and "
            "wounded many more.\n\nCopyright © 2021 Example Liberty. All rights reserved.\n")
    (doc,) = prepare(Source(path="a.txt", text=text, kind="txt"))  # type: ignore[misc]
    assert doc.reference_date == "2019"
