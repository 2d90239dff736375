"""An operation an air arm is credited with is a strike (events/link.py air_arm_operations)."""

from __future__ import annotations

from sitroom.extract.events.link import air_arm_operations
from sitroom.extract.events.records import Actor, EventMention


def _operation(actor: Actor) -> EventMention:
    text = "Air Force spokesman said the operation was conducted on 8 March 2019 following intelligence reports."
    return EventMention("operation", "operation", 29, 38, 0, len(text), text, country="NG", actor=actor)


def test_an_operation_credited_to_an_air_force_is_a_strike() -> None:
    events = [_operation(Actor("Nigerian Air Force", "e1", "armed_group"))]
    air_arm_operations(events)
    assert [e.type for e in events] == ["strike"]


def test_an_operation_credited_to_an_army_stays_an_operation() -> None:
    events = [_operation(Actor("Nigerian Army", "e2", "armed_group"))]
    air_arm_operations(events)
    assert [e.type for e in events] == ["operation"]


def test_a_ground_assault_the_air_arm_supported_stays_an_operation() -> None:
    text = "He explained that the ground assault was supported by the Air Component throughout the operation."
    events = [EventMention("operation", "operation", 86, 95, 0, len(text), text, country="NG",
                           actor=Actor("Air Component of Operation Hadin Kai", "e3", "armed_group"))]
    air_arm_operations(events)
    assert [e.type for e in events] == ["operation"]
