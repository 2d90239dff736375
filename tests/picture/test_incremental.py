"""The pure parts of the picture update: reconciling ids over a block gives what reconciling the whole
picture gives, and windows and attachable places read the linker's own rules."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sitroom.picture import incremental as inc
from sitroom.picture.ids import assign_ids

SETTINGS = settings(max_examples=200, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow])


@st.composite
def histories(draw: st.DrawFn) -> tuple[dict[str, list[str]], set[str], list[tuple[str, list[str]]],
                                         dict[str, int], dict[str, str]]:
    """(stored records: published id -> members, the ids of those recomputed, the recomputed records as
    (fresh id, members), born, redirects)."""
    n = draw(st.integers(1, 6))
    stored = {f"p{i}": [f"m{i}.{j}" for j in range(draw(st.integers(1, 3)))] for i in range(n)}
    block = {p for p in stored if draw(st.booleans())}
    members = [m for p in sorted(block) for m in stored[p]] + [f"new{j}" for j in range(draw(st.integers(0, 3)))]
    members = draw(st.permutations(members))
    groups: list[tuple[str, list[str]]] = []
    at = 0
    while at < len(members):
        size = draw(st.integers(1, len(members) - at))
        # Fresh ids may equal a published one (a record named after the same earliest report).
        fresh = draw(st.sampled_from([f"f{len(groups)}", *sorted(stored)]))
        if fresh in {g[0] for g in groups}:
            fresh = f"f{len(groups)}"
        groups.append((fresh, members[at:at + size]))
        at += size
    born = {p: draw(st.integers(0, 3)) for p in stored}
    redirects = {}
    for k in range(draw(st.integers(0, 3))):
        target = draw(st.sampled_from(sorted(stored)))
        redirects[f"old{k}"] = target
        born[f"old{k}"] = draw(st.integers(0, 3))
    return stored, block, groups, born, redirects


@SETTINGS
@given(histories())
def test_assign_block_equals_assign_ids_over_the_whole_picture(history: tuple) -> None:  # type: ignore[type-arg]
    stored, block, groups, born, redirects = history
    previous = {m: p for p, ms in stored.items() for m in ms}
    kept = set(stored) - block
    # The whole picture: kept records come back under fresh ids of their own, with the same members.
    whole = assign_ids([*((f"k:{p}", stored[p]) for p in sorted(kept)), *groups], previous, born, redirects)
    part = inc.assign_block(groups, {m: p for m, p in previous.items() if p in block}, born, redirects, kept)
    assert {f: part.ids[f] for f, _ in groups} == {f: whole.ids[f] for f, _ in groups}
    assert part.redirects == whole.redirects
    assert part.born == whole.born
    assert {whole.ids[f"k:{p}"] for p in kept} == kept  # a kept record keeps its id


def test_window_widens_a_day_by_the_type_tolerance_and_refuses_what_cannot_merge() -> None:
    day = inc.window({"type": "attack", "date": "2022-03-04", "date_precision": "day"})
    assert day is not None and day[0] < day[1]
    month = inc.window({"type": "attack", "date": "2022-03", "date_precision": "month"})
    assert month is not None and month[0] <= date(2022, 3, 1) and month[1] >= date(2022, 3, 31)
    assert inc.window({"type": "attack", "date": None}) is None
    assert inc.window({"type": "attack", "date": "2022", "date_precision": "year"}) is None


def test_only_a_specific_place_can_take_an_undated_report() -> None:
    places = {"gn:1": {"precision": "point"}, "gn:2": {"precision": "province"}}
    assert inc.attachable({"place_id": "gn:1"}, places) == "gn:1"
    assert inc.attachable({"place_id": "gn:2"}, places) is None
    assert inc.attachable({"place_id": None}, places) is None
