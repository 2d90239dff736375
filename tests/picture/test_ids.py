"""Stable ids: a record keeps the id the previous picture gave it when members join, a merge keeps the
older id and redirects the other, a split leaves the id with the larger part, aliases follow their record."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from sitroom.picture.ids import assign_ids


def test_ids_a_record_that_grows_keeps_its_id() -> None:
    out = assign_ids([("fresh", ["r1", "r2", "r3"])], previous={"r1": "A", "r2": "A"}, born={"A": 0})
    assert out.ids == {"fresh": "A"}
    assert out.redirects == {}


def test_ids_two_records_that_merge_keep_the_older_id_and_redirect_the_newer() -> None:
    out = assign_ids([("fresh", ["r1", "r2", "r3"])], previous={"r1": "NEW", "r2": "NEW", "r3": "OLD"},
                     born={"OLD": 0, "NEW": 1})
    assert out.ids == {"fresh": "OLD"}
    assert out.redirects == {"NEW": "OLD"}


def test_ids_a_split_leaves_the_id_with_the_larger_part() -> None:
    out = assign_ids([("f1", ["r1"]), ("f2", ["r2", "r3"])], previous={"r1": "A", "r2": "A", "r3": "A"},
                     born={"A": 0})
    assert out.ids == {"f2": "A", "f1": "f1"}
    assert out.born["f1"] == 1  # issued by this rebuild


def test_ids_an_alias_of_an_alias_points_at_the_live_record() -> None:
    # Rebuild 1 retired X into B; now B merges into the older A: X must follow to A.
    out = assign_ids([("fresh", ["r1", "r2"])], previous={"r1": "A", "r2": "B"}, born={"A": 0, "B": 1, "X": 0},
                     redirects={"X": "B"})
    assert out.ids == {"fresh": "A"}
    assert out.redirects == {"B": "A", "X": "A"}


def test_ids_a_record_whose_reports_are_gone_has_no_redirect() -> None:
    out = assign_ids([("fresh", ["r9"])], previous={"r1": "A"}, born={"A": 0})
    assert out.ids == {"fresh": "fresh"}
    assert "A" not in out.redirects


@given(st.lists(st.integers(0, 5), min_size=1, max_size=12), st.lists(st.integers(0, 5), min_size=1, max_size=12))
def test_ids_every_previous_id_resolves_after_regrouping(before: list[int], after: list[int]) -> None:
    # Members r0..rn grouped by the lists' values, before and after (extra members in `after` are new reports).
    def groups(labels: list[int], prefix: str) -> list[tuple[str, list[str]]]:
        by: dict[int, list[str]] = {}
        for i, g in enumerate(labels):
            by.setdefault(g, []).append(f"r{i}")
        return [(f"{prefix}{g}", members) for g, members in sorted(by.items())]

    first = assign_ids(groups(before, "a"), previous={}, born={})
    previous = {m: first.ids[f] for f, members in groups(before, "a") for m in members}
    regrouped = groups(after + before[len(after):], "b")  # every earlier member is still there
    second = assign_ids(regrouped, previous=previous, born=first.born)
    live = set(second.ids.values())
    assert len(live) == len(regrouped)  # no two records share an id
    for old in set(first.ids.values()):
        assert old in live or second.redirects.get(old) in live


def test_ids_two_local_entities_sharing_a_member_id_keep_distinct_ids() -> None:
    # "Assad" bare in two articles: two document-local entities, one per-document id between them. Both
    # vote for both previous ids; each must keep its own, never both the same (a real database's rebuild
    # failed on the duplicate key).
    previous = {"m": "L1"}  # the member id, last owned by the first local entity
    out = assign_ids([("L1", ["m"]), ("L2", ["m"])], previous=previous, born={"L1": 0, "L2": 0})
    assert len(set(out.ids.values())) == 2 and out.ids["L1"] == "L1"
    out = assign_ids([("L2", ["m"]), ("L1", ["m"])], previous={"m": "L2"}, born={"L1": 0, "L2": 0})
    assert len(set(out.ids.values())) == 2 and out.ids["L2"] == "L2"
    # A fresh id another record took over is never issued twice.
    out = assign_ids([("A", ["m"]), ("B", ["n"])], previous={"m": "B"}, born={"B": 0})
    assert out.ids["A"] == "B" and out.ids["B"] not in ("A", "B")
