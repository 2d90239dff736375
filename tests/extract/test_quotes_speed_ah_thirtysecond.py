"""Speed pass of the thirty-second session: ``find_quote_spans`` jumps from one quotation mark to the next instead of
reading every character of the page; any other character left its state as it was, so the quotations it finds are
the ones the character-by-character scan found (short texts written for the tests; the answers are the old scan's)."""

from __future__ import annotations

import pytest

from sitroom.extract.quotes import _QUOTE_CHARACTER, find_quote_spans


@pytest.mark.parametrize(("text", "segments"), [
    ("“We will not leave,” the governor said.", [[(1, 19)]]),
    ('He said "the attack was repelled" on Sunday.', [[(9, 32)]]),
    # a single-marked quote is one; the apostrophe of "don’t" opens nothing
    ("The minister called it a ‘cowardly act’ and said they don’t negotiate.", [[(26, 38)]]),
    ("‘’There was a blast,’’ said a resident.", [[(2, 20)]]),  # two single marks for a double one
    ('"We are not leaving,’’ she said.', [[(1, 20)]]),
    # a quotation reopened in the next paragraph is one quotation of two segments
    ("“The first paragraph goes on.\n\n“And the quote reopens here,” he added.", [[(1, 29), (32, 59)]]),
    # a quote inside the quote does not close it
    ("“5,000 members of the “Asayish” forces are taking part,” said the spokesman.", [[(1, 55)]]),
    ("Gen. Ali added,”Meanwhile the troops advanced.", [[(16, 46)]]),  # a closing mark typed for an opening one
    ("'The town is calm,' a local official said. It's the army's job.", [[(1, 18)]]),
    ("«Nous restons» a dit le maire.", [[(1, 13)]]),
    ("No quotation here at all, only words.", []),
])
def test_the_quotations_are_the_ones_the_character_scan_found(text: str, segments: list[list[tuple[int, int]]]) -> None:
    assert [s.segments for s in find_quote_spans(text)] == segments


def test_every_mark_the_scan_acts_on_is_a_stop_of_the_jump() -> None:
    marks = "“„«”»\"‘’'"
    assert [m.group() for m in _QUOTE_CHARACTER.finditer(f"a{marks}b")] == list(marks)
    assert _QUOTE_CHARACTER.search("plain words, a comma; a stop. (brackets) - dashes") is None
