"""Event dates, nineteenth session: a weekday beside its stated date, a photo caption's day, "earlier in the day"
after a day the text names (short sentences written for the tests)."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

from sitroom.clean.dates import photo_caption

# a photo's day (a Sunday) as the page's reference, as clean/prepare.py reads an undated page with a dated caption
events = events_dated("2017-03-26")


@pytest.mark.model
def test_the_date_beside_a_weekday_dates_the_event(nlp: Language) -> None:
    # counted back from a reference before the day, "Monday" alone is the week before; the bracket says which
    found = events(nlp, "Syrian Democratic Forces liberated two villages on Monday (March 27) from Islamic State "
                        "control west of Raqqa.")
    assert [e.date for e in found] == ["2017-03-27"]
    # the model leaves a bracketed abbreviated date out: it is still read
    found = events(nlp, "The Iraqi army declared the city of Tal Afar liberated from Islamic State on Tuesday "
                        "(Mar 28).")
    assert [e.date for e in found] == ["2017-03-28"]


@pytest.mark.model
def test_a_weekday_alone_is_still_counted_back(nlp: Language) -> None:
    found = events(nlp, "Syrian Democratic Forces liberated two villages on Monday from Islamic State control west "
                        "of Raqqa.")
    assert [e.date for e in found] == ["2017-03-20"]


@pytest.mark.model
def test_a_photo_captions_day_yields_to_the_storys_own(nlp: Language) -> None:
    text = ("Police inspect the scene of a bomb explosion in Khar, Bajaur district, Pakistan, 31 July 2023. "
            "EXAMPLE-EPA/JOHN DOE\n\n"
            "A suicide bomber blew himself up at a rally in Khar town of Bajaur district on Sunday, killing 54 "
            "people.")
    found = events(nlp, text, "2023-07-31")
    assert [(e.type, e.date) for e in found] == [("attack", "2023-07-30")]


@pytest.mark.model
def test_a_dated_sentence_without_a_credit_keeps_its_day(nlp: Language) -> None:
    # no credit closes the line: its day is the event's own, and the later weekday does not move it
    text = ("A bomb explosion hit a rally in Khar, Bajaur district, Pakistan, on 31 July 2023.\n\n"
            "The bombing in Khar town of Bajaur district on Sunday killed 54 people.")
    found = events(nlp, text, "2023-08-01")
    assert [e.date for e in found if e.type == "attack"][0] == "2023-07-31"


def test_a_photo_caption_closes_with_its_credit() -> None:
    assert photo_caption("Fighters stand east of Raqqa city, Syria March 26, 2017. REUTERS/Jane Doe")
    assert photo_caption("Soldiers patrol in Gao, Mali, on May 2, 2023. (AP Photo/John Doe)")
    # a slash inside the sentence is no credit
    assert not photo_caption("The statement was released by the Global Coalition to Defeat ISIS/DAESH.")
    assert not photo_caption("ISIL claims responsibility for deadly Kabul attack | ISIL/ISIS News")


@pytest.mark.model
def test_earlier_in_the_day_is_the_day_named_before(nlp: Language) -> None:
    text = ("At least 19 people were killed in an attack by ADF rebels on a village in eastern Congo, authorities "
            "said Monday.\n\nThe attack occurred earlier in the day in Lubero territory of North Kivu province.")
    found = events(nlp, text, "2025-10-14")
    assert [e.date for e in found if e.type == "attack"] == ["2025-10-13"]
    # with no day named before it, it is the page's day
    found = events(nlp, "The attack occurred earlier in the day in Lubero territory of North Kivu province, killing "
                        "19 villagers.", "2025-10-14")
    assert [e.date for e in found if e.type == "attack"] == ["2025-10-14"]


@pytest.mark.model
def test_the_day_of_a_report_dates_an_event_told_without_its_own(nlp: Language) -> None:
    found = events(nlp, "Iraqi counterterrorism forces said on Monday that three suspected Islamic State members "
                        "were killed in an airstrike in Kirkuk.", "2025-06-30")
    assert [e.date for e in found] == ["2025-06-30"]


@pytest.mark.model
def test_the_events_own_day_beats_the_reports(nlp: Language) -> None:
    found = events(nlp, "Three soldiers were killed in an ambush in Borno on Sunday, the army said on Monday.",
                   "2025-06-30")
    assert [e.date for e in found] == ["2025-06-29"]


@pytest.mark.model
def test_a_claims_day_still_dates_no_attack(nlp: Language) -> None:
    # the group saying it was behind the attack: the claim's day, so only the month (eighteenth session)
    found = events(nlp, "The Islamic State group said on Friday it was behind an attack on a checkpoint in North "
                        "Sinai that killed 15 soldiers.", "2025-06-30")
    assert [e.date for e in found] == ["2025-06"]


@pytest.mark.model
def test_shortly_after_a_dated_announcement_is_its_day(nlp: Language) -> None:
    found = events(nlp, "The announcement came on Monday, November 10, 2025, shortly after the Syrian president met "
                        "US President Donald Trump at the White House.", "2025-11-11")
    assert [e.date for e in found] == ["2025-11-10"]
    # "days after" states no length: the month only
    found = events(nlp, "The announcement came on Monday, November 10, 2025, days after the Syrian president met "
                        "US President Donald Trump at the White House.", "2025-11-11")
    assert [e.date for e in found] == ["2025-11"]


@pytest.mark.model
def test_a_report_a_day_after_a_dated_event_of_its_kind_gives_no_new_day(nlp: Language) -> None:
    # a real page's opening (iq14): the command's post on Friday reports the raid it dates to Thursday below
    text = ("The U.S. military forces in Iraq, in collaboration with Iraqi Security Forces, killed 15 Islamic State "
            "(IS) operatives during a joint operation targeting the militant group's leadership, U.S. Central "
            "Command (Centcom) wrote on X on Friday.\n\nU.S. Central Command (CENTCOM) forces and Iraqi Security "
            "Forces conducted a partnered raid in Western Iraq in the early hours of Aug. 29, resulting in the "
            "death of 15 ISIS operatives.")
    found = events(nlp, text, "2024-08-31")
    assert "2024-08-30" not in [e.date for e in found]
