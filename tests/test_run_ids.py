"""The run's stored ids: the same list back, in order, at 8 bytes a document while the run lasts."""

from __future__ import annotations

from sitroom.clean.identity import document_id
from sitroom.run_ids import RunIds


def test_run_ids_give_back_the_ids_in_order() -> None:
    ids = [document_id(f"story {i}") for i in range(1000)]
    ids += ["0000000000000000", "ffffffffffffffff", ids[3]]  # the extremes, and an id twice: kept as given
    kept = RunIds()
    kept.extend(ids[:10])
    kept.extend(ids[10:])
    assert len(kept) == len(ids) and kept.tolist() == ids and list(kept) == ids


def test_run_ids_keep_an_id_of_another_shape_as_it_is() -> None:
    odd = ["0123456789abcdef", "0123456789ABCDEF", "doc-1", "", "0123456789abcdef0", "fedcba9876543210"]
    kept = RunIds()
    kept.extend(odd)
    assert kept.tolist() == odd


def test_run_ids_hold_eight_bytes_a_document() -> None:
    kept = RunIds()
    kept.extend(document_id(f"story {i}") for i in range(20_000))
    assert kept._packed.itemsize == 8 and len(kept._packed) == 20_000 and not kept._other
