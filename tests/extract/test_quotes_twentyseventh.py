"""Quotes of the twenty-seventh session: the credit lines the cleaner closes a text with are no more text, so a
quotation the page cut off before them is still cut off."""

from __future__ import annotations

import pytest

from sitroom.extract.quotes import cut_off, find_quote_spans


@pytest.mark.model
@pytest.mark.parametrize("credits", ["By Rita Akana", "By Rita Akana\nReporting by Jan Nasro; Editing by Mark Porter",
                                     "Source: BBC"])
def test_a_quote_the_page_cut_off_before_the_closing_credits_is_cut_off(credits: str) -> None:
    text = f"The statement added on Monday.\n\nHe said, “which in turn gives us more strength and determ\n\n{credits}"
    assert cut_off(text, find_quote_spans(text)[-1])


@pytest.mark.model
def test_a_quote_followed_by_article_text_before_the_credits_is_not_cut_off() -> None:
    text = ("The statement added on Monday.\n\nHe said, “which in turn gives us more strength and determ\n\n"
            "Troops later withdrew from the town.\n\nBy Rita Akana")
    assert not cut_off(text, find_quote_spans(text)[-1])
