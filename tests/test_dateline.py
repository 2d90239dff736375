"""Wire datelines of every shape sitroom reads: which openings say where (and when) a story was filed."""

from __future__ import annotations

import pytest

from sitroom.dateline import dateline_spans


@pytest.mark.parametrize(("text", "dateline"), [
    ("BAGHDAD, March 5 (Reuters) - A car bomb killed 20 people.", "BAGHDAD, March 5 (Reuters) - "),
    ("MAIDUGURI, Nigeria — Gunmen killed five farmers.", "MAIDUGURI, Nigeria — "),
    # title case, as EFE and many syndicated copies print it: the outlet in brackets makes it a dateline
    ("Islamabad, July 31 (EFE).- The death toll from a suicide bombing rose to 54.", "Islamabad, July 31 (EFE).- "),
    ("Kabul, Afghanistan, Oct. 3 (AP) -- Taliban fighters raided a hideout.", "Kabul, Afghanistan, Oct. 3 (AP) -- "),
    # a title-case place and the outlet's short name, no comma
    ("Mogadishu (HOL) — U.S. Africa Command confirmed the strike.", "Mogadishu (HOL) — "),
    ("JAKARTA (Jakarta Post/ANN): Densus 88 has arrested 10 suspects.", "JAKARTA (Jakarta Post/ANN): "),
])
def test_dateline_spans_find_the_filing_line(text: str, dateline: str) -> None:
    assert [text[a:b] for a, b in dateline_spans(text)] == [dateline]


@pytest.mark.parametrize("text", [
    "The Islamic State (IS) - a group that once held Mosul - claimed it.",
    "In Mosul, fighters of the group (IS) - retook the bridge.",
    "Islamic State (IS) - a group that once held Mosul - claimed it.",
])
def test_dateline_spans_leave_title_case_sentences_with_brackets_alone(text: str) -> None:
    assert dateline_spans(text) == []


def _datelines(text: str) -> list[str]:
    return [text[a:b] for a, b in dateline_spans(text)]


def test_dateline_at_a_line_start() -> None:
    assert _datelines("ERBIL, Kurdistan Region - Two militants were killed.") == ["ERBIL, Kurdistan Region - "]


def test_dateline_of_a_press_release_flattened_onto_one_line() -> None:
    text = "Release Number 20251112-01 FOR IMMEDIATE RELEASE TAMPA, Fla. – U.S. forces conducted a raid."
    assert _datelines(text) == ["TAMPA, Fla. – "]


def test_dateline_with_a_day_and_no_dash() -> None:
    assert _datelines("CAIRO Nov 1 Dozens of residents pledged allegiance.") == ["CAIRO Nov 1 "]
    assert _datelines("The JAN 5 meeting was postponed. US May 3 Talks ended.") == []


def test_dateline_of_a_place_in_capitals_and_a_colon() -> None:
    # the South Asian and African press: "PESHAWAR: The department ...", no outlet and no dash
    assert _datelines("By Bureau Report\nPESHAWAR: The department gunned down three militants.") == ["PESHAWAR: "]
    assert _datelines("ABIDJAN: Local sources said terrorists killed 25 members of a militia.") == ["ABIDJAN: "]
    assert _datelines("The unit said: Troops are on alert. NOTE the time.") == []


def test_dateline_of_a_place_in_title_case_with_its_day() -> None:
    # the day before the dash makes a title-case opening a dateline (its day is the filing day, not the event's)
    assert _datelines("Beni, DR Congo, May 26 – Thirteen people were killed.") == ["Beni, DR Congo, May 26 – "]
    text = "Garowe, Somalia, Sept 28, 2025 — Puntland forces attacked."
    assert _datelines(text) == ["Garowe, Somalia, Sept 28, 2025 — "]
    # a date line with its weekday, a sentence opening with a place, a place and a dash without a day: no dateline
    assert _datelines("Monday, June 17, 2024 - In a series of operations, troops advanced.") == []
    assert _datelines("In Beni, May 26 was a quiet day.") == []
    assert _datelines("Beni, the main town - Thirteen people were killed.") == []


def test_dateline_of_a_title_case_place_and_a_named_outlet() -> None:
    # an outlet's name of any shape in brackets ("Dawan Africa", "AsiaNews", "Reuters"), a one-word place whose
    # initial starts the outlet's letters ("Maputo (MOZTIMES)"), a dash before the bracket too
    assert _datelines("Bari (Dawan Africa) – Puntland’s forces launched an operation.") == ["Bari (Dawan Africa) – "]
    assert _datelines("Maputo (MOZTIMES) – Insurgents attacked a village.") == ["Maputo (MOZTIMES) – "]
    assert _datelines("Abuja - (Reuters) - Nigerian troops killed 20 militants.") == ["Abuja - (Reuters) - "]
    # the Somali press's spaceless form, with a named or a short outlet
    assert _datelines("Bosaso(Mogadishu24)-Puntland forces captured two militants.") == ["Bosaso(Mogadishu24)-"]
    assert _datelines("Bosaso (WDN)-The Puntland Defense Forces launched an operation.") == ["Bosaso (WDN)-"]
    # a name and its own short form, or a story word after the dash in lower case, is no dateline
    assert _datelines("Islamic State (ISIS) - A group that once held Mosul.") == []
    assert _datelines("Mosul (Iraq) - a city the group held.") == []


def test_dateline_of_a_title_case_place_and_its_region() -> None:
    assert _datelines("Garowe, Somalia — Puntland forces attacked a base.") == ["Garowe, Somalia — "]
    assert _datelines("Maiduguri, Borno state - Several soldiers are feared dead.") == ["Maiduguri, Borno state - "]
    assert _datelines("Diyala, IRAQ — A senior commander was killed.") == ["Diyala, IRAQ — "]
    # a sentence adverb before a country, a place with a lower-case phrase after it: no dateline
    assert _datelines("Meanwhile, Nigeria — Troops repelled an attack.") == []
    assert _datelines("Beni, the main town - Thirteen people were killed.") == []


def test_a_title_case_dateline_with_the_agency_after_the_day_and_no_brackets() -> None:
    # ag, thirty-second session: the Interfax habit ("Dushanbe, August 31, Interfax - The Tajik ...")
    text = "Dushanbe, August 31, Interfax - The Tajik Interior Ministry has detained 14 people.\n"
    assert dateline_spans(text) == [(0, len("Dushanbe, August 31, Interfax - "))]


def test_a_title_case_dateline_closed_by_the_agency_in_brackets_and_a_colon() -> None:
    text = "Niamey, 2 March 2023 (TDI): The plenary meeting of the group was held on 1st March 2023 in Niamey.\n"
    assert dateline_spans(text) == [(0, len("Niamey, 2 March 2023 (TDI): "))]
    # a colon with no agency before it is a sentence's ("Kabul, 3 May: a day of attacks"), no dateline
    assert dateline_spans("Kabul, 3 May 2023: The day began with an attack on a school.\n") == []
