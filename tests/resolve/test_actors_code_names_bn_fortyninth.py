"""Actors, forty-ninth session (short sentences written for the tests): a code name the text introduces as an
operation's ("an operation code-named Blue Heron", "the mission with codename Red Dune", "Operation ‘Iron Gate’")
names the operation when it stands alone, as the conventions name it ("Operation Blue Heron"); a name no operation
word introduces stays as it is."""

from __future__ import annotations

import pytest

from sitroom.models import EntityMention
from sitroom.resolve.actor_kb import load_actor_kb
from sitroom.resolve.actors import _as_operation, _code_names


@pytest.mark.parametrize(("text", "name", "operation"), [
    ("The army launched an operation, code-named Blue Heron, against the camps.", "blue heron",
     "Operation Blue Heron"),
    ("The mission with codename Red Dune was carried out by the troops.", "red dune", "Operation Red Dune"),
    ("The joint offensive dubbed ‘Silent Lake 3’ aims to clear the islands.", "silent lake 3",
     "Operation Silent Lake 3"),
    ("The task force launched Operation ‘Iron Gate’, aimed at the islands.", "iron gate", "Operation Iron Gate"),
    ("The ministry began a campaign, named “Hilal” (crescent), in the district.", "hilal", "Operation Hilal"),
])
def test_a_code_name_the_text_introduces_names_the_operation(text: str, name: str, operation: str) -> None:
    assert _code_names(text) == {name: operation}


@pytest.mark.parametrize("text", [
    "The operation named Operation Blue Heron began on Sunday.",  # read by the capitalised pattern
    "The operation in Blue Heron district began on Sunday.",
    "The commander named Blue Heron as his deputy.",
])
def test_no_code_name_without_an_operation_word_naming_it(text: str) -> None:
    assert _code_names(text) == {}


def test_a_bare_code_name_mention_becomes_the_operation() -> None:
    def m(text: str, canonical: str, kind: str) -> EntityMention:
        return EntityMention(text=text, start=0, end=len(text), canonical=canonical, type=kind,
                             entity_id=f"{kind}:{canonical}")

    kb = load_actor_kb()
    codes = _code_names("The army launched an operation, code-named Blue Heron, against the camps.")
    renamed = _as_operation(m("Blue Heron", "Blue Heron", "person"), {}, kb, codes)
    assert (renamed.canonical, renamed.type) == ("Operation Blue Heron", "organization")
    assert _as_operation(m("Red Dune", "Red Dune", "person"), {}, kb, codes).canonical == "Red Dune"
