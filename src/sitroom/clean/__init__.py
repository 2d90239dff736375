"""Clean and segment: ``Source`` -> one ``Document`` per article (boilerplate removed, dated, language tagged).

Contract (owned by the clean module):
    prepare(source: Source) -> list[Document] | IngestProblem
    document_id(text: str) -> str        # hash of the normalised text
    fingerprint(text: str) -> int        # 64-bit SimHash over word 5-shingles
    is_near_duplicate(a: int, b: int, max_distance: int = 3) -> bool
"""

from sitroom.clean.identity import document_id, fingerprint, is_near_duplicate
from sitroom.clean.prepare import prepare

__all__ = ["document_id", "fingerprint", "is_near_duplicate", "prepare"]
