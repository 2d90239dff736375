"""The ids of the documents one ingest run stored, in the order it stored them, 8 bytes each.

The run's report lists every id it stored (``IngestReport.ingested``), so what it keeps grows with the run.
As a list of ``str`` that was ~75 bytes a document (a 16-character str object and its slot); a long
cluster ingest keeps it in the client for its whole length (issue 10: the client's memory must stay flat
over 20,000 documents, and a million-document run would hold ~75 MB). A document id is the first 16 hex
digits of a sha256 (``clean.identity.document_id``): one unsigned 64-bit integer. The list is built from
this once, when the run has finished and the report is handed back.
"""

from __future__ import annotations

import re
from array import array
from collections.abc import Iterable, Iterator

_PACKABLE = re.compile(r"[0-9a-f]{16}")  # exactly what f"{n:016x}" gives back


class RunIds:
    """An append-only sequence of document ids, stored as 64-bit integers. An id of another shape (none is
    made today) is kept as it is, beside its position, so nothing is ever changed on the way back."""

    def __init__(self) -> None:
        self._packed = array("Q")
        self._other: dict[int, str] = {}  # position -> an id that is not 16 lower-case hex digits

    def extend(self, ids: Iterable[str]) -> None:
        for doc_id in ids:
            if _PACKABLE.fullmatch(doc_id):
                self._packed.append(int(doc_id, 16))
            else:
                self._other[len(self._packed)] = doc_id
                self._packed.append(0)

    def __len__(self) -> int:
        return len(self._packed)

    def __iter__(self) -> Iterator[str]:
        other = self._other
        for position, value in enumerate(self._packed):
            yield other.get(position, f"{value:016x}")

    def tolist(self) -> list[str]:
        return list(self)
