"""The gazetteer (resolve/gazetteer) and its speed shortcut: built once per process and kept out of the garbage
collector's reach, it still answers as before and frees what it should."""

from __future__ import annotations

import gc
import weakref

from sitroom.resolve.gazetteer import default_gazetteer, keep_out_of_collections, norm_name

# Speed pass: the gazetteer, built once per process, is moved out of the garbage collector's reach
# (``keep_out_of_collections``). Its answers stay what they were, through full collections too, and a frozen object is
# still freed by reference counting (short names written for the tests).

NAMES = ("Maiduguri", "Al-Hasakah", "Hasaka", "Mosul", "Lake Chad", "Cabo Delgado", "Marawi", "Beni")


def _answers() -> dict[str, list[tuple[str, str]]]:
    gazetteer = default_gazetteer()
    return {name: [(c.entry.name, c.entry.country) for c in gazetteer.candidates(name)] for name in NAMES}


def test_the_built_gazetteer_is_out_of_the_collectors_reach() -> None:
    gazetteer = default_gazetteer()
    assert gc.get_freeze_count() > 100_000  # the entries, their names and the index's lists
    assert all(o is not gazetteer for o in gc.get_objects())  # the collector's generations no longer hold it


def test_the_gazetteer_answers_the_same_after_full_collections() -> None:
    before = _answers()
    assert before["Maiduguri"] and before["Maiduguri"][0][1] == "NG"
    assert before["Hasaka"] == before["Al-Hasakah"]  # one key: norm_name folds the article and the final h
    gc.collect()
    gc.collect(2)
    assert _answers() == before


def test_a_frozen_object_without_references_is_still_freed() -> None:
    class Box:
        pass

    box = Box()
    gone = weakref.ref(box)
    keep_out_of_collections()
    del box
    assert gone() is None  # reference counting frees it: only cycles among frozen objects would stay


def test_names_meet_as_before() -> None:
    assert norm_name("Al-Hasakah") == norm_name("al Hasakah") == norm_name("Hasaka")
