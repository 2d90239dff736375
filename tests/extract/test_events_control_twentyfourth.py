"""Change of territorial control, twenty-fourth session (short sentences written for the tests): a force putting
the Islamic State out of a place ("drove the IS militants out of X", "expelled the group from the city of X"), ridding
a place of it ("cleared the village of X from Daesh terrorists") or taking control of a place is that place's
recapture (gold/real conventions: a `territorial_defeat` credited to the force that retook it); the group losing a
place "to" someone credits that someone, never the group; the group taking control of a town is its attack. What
the group does to others ("insurgents dislodged the military"), what is cleared of something else ("cleared of
mines") and people lost ("lost 25 fighters") are none of these."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-01-03")


def _td(found: list) -> list:
    return [e for e in found if e.type == "territorial_defeat"]


@pytest.mark.model
def test_a_force_driving_the_group_out_of_a_place_retakes_it(nlp: Language) -> None:
    found = _td(events(nlp, "On Monday the CTS forces drove the IS militants out of the adjacent Sarijkhanah "
                            "neighborhood in Mosul."))
    assert [(e.country, e.actor) for e in found] == [("IQ", "Counter-Terrorism Service")]
    found = _td(events(nlp, "The Syrian Democratic Forces expelled the Islamic State from the city of Manbij on "
                            "August 12, 2016."))
    assert [(e.date, e.actor) for e in found] == [("2016-08-12", "Syrian Democratic Forces")]
    found = _td(events(nlp, "The military launched a counterattack on Saturday, pushing the militants out of Bosso."))
    assert [e.country for e in found] == ["NE"]


@pytest.mark.model
def test_a_place_rid_of_the_group_is_retaken(nlp: Language) -> None:
    found = _td(events(nlp, "On Friday, Iraqi tribal fighters managed to clear the village of Shiala, south of Mosul, "
                            "from Daesh terrorists."))
    assert [e.country for e in found] == ["IQ"]


@pytest.mark.model
def test_the_group_putting_others_out_or_a_place_cleared_of_mines_is_no_recapture(nlp: Language) -> None:
    assert not _td(events(nlp, "On Sunday, insurgents dislodged the military from their location in Dikwa."))
    assert not _td(events(nlp, "In 2016 the ruling junta expelled French forces from Mali."))
    assert not _td(events(nlp, "Police on Monday cleared the town of Bama of mines."))
    assert not _td(events(nlp, "ISIS lost 25 fighters in Hajin on Monday."))
    # the aim of an offensive, and the group's loss told with no one it lost the place to (the wire line on the
    # caliphate's end), are no recapture of this kind
    assert not _td(events(nlp, "Uganda and the DRC launched a joint offensive in late 2021 to drive the ADF from its "
                               "Congolese strongholds."))
    assert not _td(events(nlp, "The Islamic State declared a caliphate in 2014 but lost its last Syrian stronghold "
                               "in 2019."))


@pytest.mark.model
def test_the_group_losing_a_place_to_a_force_credits_the_force(nlp: Language) -> None:
    found = _td(events(nlp, "In 2019 the armed group lost its last stronghold in Baghuz to the Syrian Democratic "
                            "Forces."))
    assert [(e.date, e.actor) for e in found] == [("2019", "Syrian Democratic Forces")]
    found = _td(events(nlp, "Last year, the IS lost their other stronghold, Derna in eastern Libya, to local Islamist "
                            "militias."))
    assert [(e.country, e.actor) for e in found] == [("LY", None)]


@pytest.mark.model
def test_taking_control_of_a_place(nlp: Language) -> None:
    found = events(nlp, "In October 2017, the Syrian Democratic Forces took control of the province.")
    assert [(e.type, e.date, e.actor) for e in found] == [
        ("territorial_defeat", "2017-10", "Syrian Democratic Forces")]
    found = events(nlp, "In June 2014, ISIS took control of Mosul.")
    assert [(e.type, e.date, e.actor) for e in found] == [("attack", "2014-06", "Islamic State")]
    assert not events(nlp, "On Monday the militants took control of the vehicle.")
