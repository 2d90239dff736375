"""Same-event linking (events/link.py, ``restated``): an operation told with its place, then one told without a
place with a day or a count of people held of its own, is another operation the report goes on to; a placeless one
told first is the lede the placed one details."""

from __future__ import annotations

from sitroom.extract.events.link import restated
from sitroom.extract.events.records import Actor, EventMention
from sitroom.models import Place

ARMY = Actor("Nigerien Armed Forces", "e1", "state_force")
TILLABERI = Place("gn:1", "Tillaberi", "NE", 14.2, 1.45, precision="province", feature="province")

RAID = ("Abdoulaye Souleymane Idouwal was killed by the army during a military raid in Niger's Tillaberi region.")
OTHER_DAY = "On Thursday, nine terrorists were destroyed and 31 detained, according to the military."
LEDE = "The army said it had killed an influential member of the group."


def _operation(start: int, text: str, place: Place | None, date: str | None, held: int | None = None,
               definite: bool = False) -> EventMention:
    return EventMention("operation", "raid", start, start + 4, start, start + len(text), text, country="NE",
                        place=place, date=date, date_precision=None if date is None else
                        ("day" if len(date) == 10 else "month"), actor=ARMY, held=held, definite=definite)


def test_a_placeless_operation_with_a_day_of_its_own_after_a_placed_one_is_another() -> None:
    raid = _operation(0, RAID, TILLABERI, "2024-06")
    other = _operation(len(RAID) + 1, OTHER_DAY, None, "2024-06-20")
    assert len(restated([raid, other])) == 2


def test_the_operation_pointed_back_at_with_its_day_is_the_one_told_before() -> None:
    raid = _operation(0, RAID, TILLABERI, "2024-06")
    again = _operation(len(RAID) + 1, "The raid took place on Thursday.", None, "2024-06-20", definite=True)
    assert len(restated([raid, again])) == 1


def test_a_placeless_lede_with_its_day_before_the_placed_operation_is_that_operation() -> None:
    lede = _operation(0, LEDE, None, "2024-06-20")
    raid = _operation(len(LEDE) + 1, RAID, TILLABERI, "2024-06")
    assert len(restated([lede, raid])) == 1


def test_a_placeless_arrest_of_other_people_held_after_a_placed_one_is_another() -> None:
    placed = _operation(0, "Troops arrested seven suspected collaborators in Tillaberi.", TILLABERI, "2024-05",
                        held=7)
    other = _operation(100, "Troops in separate sting operations arrested 18 suspected collaborators.", None,
                       "2024-05", held=18)
    assert len(restated([placed, other])) == 2


def test_a_placeless_operation_of_the_same_month_and_no_count_of_its_own_is_the_placed_one() -> None:
    placed = _operation(0, RAID, TILLABERI, "2024-06")
    again = _operation(len(RAID) + 1, "Troops carried out an operation against the group.", None, "2024-06")
    assert len(restated([placed, again])) == 1


def test_a_placeless_operation_dated_only_by_a_month_after_a_placed_one_is_the_placed_one() -> None:
    raid = _operation(0, RAID, TILLABERI, "2024-06-20")
    again = _operation(len(RAID) + 1, "Troops located and neutralized the cell.", None, "2024-06")
    assert len(restated([raid, again])) == 1


def test_a_day_told_after_an_operation_dated_by_its_week_is_that_operation() -> None:
    raid = _operation(0, "Two suspects were arrested in an operation in Tillaberi over the weekend.", TILLABERI,
                      "2024-06")
    raid.week_dated = True
    again = _operation(100, "Both suspects yielded grenades when arrested last Saturday.", None, "2024-06-15")
    assert len(restated([raid, again])) == 1
