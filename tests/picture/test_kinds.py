"""The indicator kinds file is validated on load, and the shipped one passes."""

from __future__ import annotations

from typing import Any

import pytest

from sitroom.errors import SitroomError
from sitroom.picture.kinds import SLOTS, kinds, parse_kinds

GOOD: dict[str, Any] = {"id": "k", "name": "population of {camp} camp", "units": ["people"], "measure": "stock",
                        "clause": ["\\bholds\\b"]}


def test_kinds_shipped_file_is_valid_and_names_only_known_slots() -> None:
    loaded = kinds()
    assert {k.id for k in loaded} >= {"camp_population", "repatriations", "detainees", "troop_levels",
                                      "coalition_members", "coalition_pledges"}
    assert all(set(k.slots()) <= SLOTS for k in loaded)


@pytest.mark.parametrize(("change", "message"), [
    ({"units": ["parsecs"]}, "units"),
    ({"name": "camp population (people)"}, "names the unit"),
    ({"name": "population of {tent}"}, "unknown slots"),
    ({"clause": ["(unclosed"]}, "clause"),
    ({"measure": "vibes"}, "measure"),
    ({"unit": "USD"}, "not one of its units"),
    ({"colour": "red"}, "unknown keys"),
    ({"cumulative": ["\\bsince\\b"]}, "go together"),
])
def test_kinds_a_bad_kind_is_e503(change: dict[str, Any], message: str) -> None:
    with pytest.raises(SitroomError) as err:
        parse_kinds([{**GOOD, **change}])
    assert err.value.code == "E503" and message in err.value.message


def test_kinds_duplicate_ids_are_e503() -> None:
    with pytest.raises(SitroomError) as err:
        parse_kinds([GOOD, GOOD])
    assert "unique" in err.value.message
