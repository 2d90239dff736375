"""Segmentation: several articles in one file, teasers folded, headlines as titles."""

from __future__ import annotations

import pytest

from sitroom.clean import prepare
from sitroom.clean.segment import (
    is_header_label,
    is_headline_like,
    is_title_line,
    split_articles,
    without_trailing_credit,
)
from sitroom.models import Source

FIRST = [
    "Iraqi forces detain IS cell in Kirkuk",
    "",
    "Soldiers stand guard at a checkpoint in Kirkuk, Iraq, May 4, 2025. (Photo: Example)",
    "Short Url",
    "Updated 5 May 2025",
    "Follow",
    "",
    "Iraqi forces detain IS cell in Kirkuk",
    "",
    "  • Five suspects held after a tip-off, police said",
    "",
    "KIRKUK: Iraqi security forces detained five suspected members of an Islamic State cell in Kirkuk "
    "province on Sunday, police said, after residents reported armed men moving between villages.",
    "The suspects were planning attacks on power lines, a police officer said, and weapons were found "
    "in a farmhouse used as a hideout. Local officials said the arrests followed weeks of surveillance.",
]
SECOND = [
    "Coalition hands over base near Mosul",
    "",
    "Published: 7 June 2025",
    "Share",
    "",
    "Coalition hands over base near Mosul",
    "",
    "The US-led coalition handed a base near Mosul to Iraqi forces on Saturday, the defence ministry said, "
    "as part of the drawdown agreed last year between Baghdad and Washington.",
    "A coalition spokesman said the handover was orderly and that advisers would stay in other locations "
    "for now. Iraqi commanders said their forces were ready to take over all security duties.",
]
TEASER = [
    "Coalition hands over base near Mosul",
    "Short Url",
    "https://example.news/x1",
    "Coalition hands over base near Mosul",
    "",
    "- The handover is part of the agreed drawdown",
]


def test_segment_two_articles_get_own_titles_and_dates() -> None:
    src = Source(path="page.txt", text="\n".join(FIRST + ["", ""] + SECOND + ["", ""] + TEASER), kind="txt")
    docs = prepare(src)
    assert isinstance(docs, list) and len(docs) == 2
    first, second = docs
    assert (first.segment, second.segment) == (0, 1)
    assert first.title == "Iraqi forces detain IS cell in Kirkuk"
    assert second.title == "Coalition hands over base near Mosul"
    assert (first.published, first.published_basis) == ("2025-05-05", "updated-line")
    assert second.published == "2025-06-07"
    assert first.text.startswith("Soldiers stand guard")  # caption kept once, header furniture gone
    assert "Short Url" not in first.text and "Follow" not in first.text and "•" not in first.text
    assert "handover is part of the agreed drawdown" not in second.text  # teaser folded away
    assert first.id != second.id


def test_segment_teaser_gives_title_to_untitled_article() -> None:
    body = SECOND[7:]
    segs = split_articles(body + [""] + TEASER)
    assert len(segs) == 1
    assert segs[0].title == "Coalition hands over base near Mosul"


def test_segment_first_line_headline_is_title_and_removed() -> None:
    src = Source(path="a.txt", text="\n".join(SECOND[:1] + [""] + SECOND[7:]), kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.title == "Coalition hands over base near Mosul"
    assert not doc.text.startswith("Coalition hands over")


def test_segment_metadata_title_wins_and_duplicate_headline_dropped() -> None:
    src = Source(path="a.txt", text="\n".join(SECOND[:1] + [""] + SECOND[7:]), kind="txt",
                 title="Coalition hands over base near Mosul | Example News")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.title == "Coalition hands over base near Mosul | Example News"
    assert doc.text.startswith("The US-led coalition")


def test_segment_headline_like() -> None:
    assert is_headline_like("Iraqi forces detain IS cell in Kirkuk")
    assert is_headline_like("‘We will not leave’: army vows to clear mountains")
    assert not is_headline_like("The suspects were detained.")
    assert not is_headline_like("Updated 5 May 2025")
    assert not is_headline_like("Short Url")
    assert not is_headline_like("24-09-2019")


def test_segment_empty_after_cleaning_is_e110() -> None:
    src = Source(path="junk.txt", text="Short Url\nhttps://example.news/x\nFollow\nAccept\n", kind="txt")
    result = prepare(src)
    assert not isinstance(result, list) and result.code == "E110"


def test_segment_headline_directly_above_date_or_byline_is_the_title() -> None:
    body = "\n\nThe coalition said on Friday its aircraft struck hideouts in Anbar. Five militants were killed."
    for header in ("Strikes hit hideouts in Anbar\nJune 28, 2021", "Strikes hit hideouts in Anbar\nBy Jane Roe"):
        docs = prepare(Source(path="a.txt", text=header + body, kind="txt"))
        assert isinstance(docs, list) and docs[0].title == "Strikes hit hideouts in Anbar"


def test_segment_header_label_is_a_short_line_without_a_full_stop() -> None:
    assert is_header_label("Example Radio") and is_header_label("Office of the Spokesperson")
    assert not is_header_label("Officials said on Sunday that the strikes continued.")
    assert not is_header_label("Soldiers stand guard at a checkpoint in Kirkuk, Iraq, May 4, 2025.")


def test_segment_trailing_photo_credit_is_cut_after_a_sentence() -> None:
    line = "Soldiers stand guard in Kirkuk, May 4, 2025. Photo: Example TV"
    assert without_trailing_credit(line) == "Soldiers stand guard in Kirkuk, May 4, 2025."
    assert without_trailing_credit("Photo: Example TV") == "Photo: Example TV"  # no sentence before it


def test_segment_outlet_label_above_the_lede_is_not_article_text() -> None:
    lede = ("MOSUL, Iraq - Two soldiers were killed on Monday when militants attacked their post near the city, "
            "the army said in a statement issued late in the evening.")
    src = Source(path="a.txt", text="Soldiers killed near Mosul\n\n12-05-2025\nExample Radio\n\n" + lede, kind="txt")
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.text.startswith("MOSUL") and "Example Radio" not in doc.text


def test_segment_listing_of_teasers_folds_into_the_first_article_in_order() -> None:
    teaser = ["Islamic State attack kills {n} in Mosul", "", "Updated 3 May 2019", "",
              "Islamic State attack kills {n} in Mosul", "", "Fighters attacked post number {n} at dawn."]
    lines = FIRST + [""] + [line.format(n=n) for n in range(300) for line in [*teaser, ""]]
    (seg,) = split_articles(lines)
    bodies = [line for line in seg.lines if line.startswith("Fighters attacked")]
    assert bodies == [f"Fighters attacked post number {n} at dawn." for n in range(300)]
    assert not any(line.startswith("Islamic State attack kills") for line in seg.lines)  # teaser headlines dropped


TITLE = "Coalition hands over base near Mosul"


@pytest.mark.parametrize(
    ("line", "title", "expected"),
    [
        (TITLE, TITLE, True),
        ("COALITION HANDS OVER BASE NEAR MOSUL!", TITLE, True),  # case and punctuation do not count
        (f"{TITLE} - Example News", TITLE, True),  # the outlet suffix on the printed line...
        (TITLE, f"{TITLE} | Example News", True),  # ...or on the metadata title
        (f"{TITLE} on Sunday, officials said.", TITLE, False),  # a sentence that contains the title
        (f"{TITLE} - and the handover was completed on Sunday after weeks of talks", TITLE, False),  # no suffix
        ("Mosul", TITLE, False),  # part of the title
        ("", TITLE, False),
    ],
)
def test_segment_title_line_is_the_title_itself(line: str, title: str, expected: bool) -> None:
    assert is_title_line(line, title) is expected


def test_segment_one_paragraph_record_holding_its_title_is_kept() -> None:
    text = (f"{TITLE} on Sunday as part of the agreed drawdown, the Iraqi defence ministry said, adding that "
            "Iraqi forces would take over the facility.")
    src = Source(path="records.jsonl#0", text=text, kind="json", title=TITLE)
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.text == text
    assert doc.title == TITLE


def test_segment_first_paragraph_opening_with_the_title_is_kept() -> None:
    lede = f"{TITLE}, the defence ministry said on Sunday, in a handover that follows months of talks."
    src = Source(path="a.json", text="\n\n".join([lede, *SECOND[7:]]), kind="json", title=TITLE)
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.text.startswith(lede)


def test_segment_headline_with_outlet_suffix_is_dropped() -> None:
    src = Source(path="a.json", text="\n\n".join([f"{TITLE} | Example News", *SECOND[7:]]), kind="json",
                 title=TITLE)
    (doc,) = prepare(src)  # type: ignore[misc]
    assert doc.text.startswith("The US-led coalition")


def test_split_articles_a_short_page_header_before_the_first_article_is_its_header() -> None:
    lines = ["Home AfricaIraqi forces detain IS cell in Kirkuk", "", "date 2025-05-05", "", *FIRST]
    segments = split_articles(lines)
    assert len(segments) == 1
    kept = [line for i, line in enumerate(segments[0].lines) if i not in segments[0].drop]
    assert "Home AfricaIraqi forces detain IS cell in Kirkuk" not in kept
    assert "date 2025-05-05" in segments[0].lines  # still there for the page's dates
    assert any(line.startswith("KIRKUK:") for line in kept)


def test_page_furniture_printed_twice_is_no_headline_of_a_new_article() -> None:
    # a news site's "Continue reading the main story" around its ad slot, twice in a row like a repeated headline:
    # the story below it is the same article, dated by the page's URL
    text = "\n".join([
        "Dozens killed in attack on military hospital in Kabul",
        "",
        "The fall of the Western-backed government in August and the Taliban takeover of the country have been "
        "followed by an increase in Islamic State attacks across Afghanistan, from bombings of mosques in the north "
        "to assassinations of Taliban officials in the east, where the group has long had its stronghold and where "
        "the new rulers have struggled to contain it.",
        "",
        "Continue reading the main story",
        "",
        "Supported by",
        "",
        "Continue reading the main story",
        "",
        "At least 25 people were killed during an attack by the Islamic State on a military hospital in Kabul on "
        "Tuesday, according to local officials, who said the toll could rise as rescuers searched the building.",
        "",
        "The attack, which included gunmen and at least one suicide bomber, targeted the 400-bed military hospital in "
        "one of the city's more affluent neighbourhoods, where both wounded soldiers and civilians are treated.",
        "",
        "A spokesman for the Taliban said the attack was carried out by several members of the Islamic State, "
        "including a suicide bomber who detonated his explosives at the gate to the hospital compound.",
    ])
    docs = prepare(Source(path="hospital.txt", text=text, kind="txt", url="https://example.com/2021/11/02/kabul-hospital/"))
    assert isinstance(docs, list) and len(docs) == 1
    assert docs[0].published == "2021-11-02"
    assert "Continue reading" not in docs[0].text
