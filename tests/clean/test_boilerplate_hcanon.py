"""The outlet a page's date line names after its date stamp (clean/boilerplate: site_name, credits_left_out)."""

from __future__ import annotations

from sitroom.clean.boilerplate import credits_left_out, site_name


def test_the_outlet_after_a_date_stamp_is_the_sites_own_name() -> None:
    assert site_name("date 2025-12-24 Shafaq News – Deir ez-Zor", "shafaq.com") == "Shafaq News"


def test_an_outlet_named_with_its_word_for_news_is_the_site_named_without_it() -> None:
    assert site_name("Shafaq News – Baghdad", "www.shafaq.com") == "Shafaq News"


def test_another_name_after_a_date_stamp_is_not_the_sites() -> None:
    assert site_name("date 2025-12-24 Reuters – Baghdad", "shafaq.com") is None


def test_the_outlet_of_a_dropped_date_line_is_a_credit_of_the_page() -> None:
    lines = ["date 2025-10-16 Shafaq News – Damascus", "Syrian security forces arrested an ISIS cell in Damascus."]
    assert credits_left_out(lines, lines[1:], "shafaq.com") == ["Shafaq News"]
