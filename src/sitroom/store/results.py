"""Stored documents back as DocResults, the pipeline's own records: what export and the picture rebuild read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

import duckdb

from sitroom.models import (
    DocResult,
    Document,
    Entity,
    Event,
    Evidence,
    Figure,
    Mention,
    PlaceRecord,
    Quote,
    Sentence,
)
from sitroom.store.query import DOCS_OF_IDS, _with_ids


def _evidence_list(rows: list[dict[str, Any]]) -> list[Evidence]:
    return [Evidence(doc_id=r["doc_id"], start=r["start_char"], end=r["end_char"], text=r["text"]) for r in rows]


# A record table's rows of the chunk's documents, by (doc_seq, doc_id): query.DOCS_OF_IDS.
_OF_CHUNK = f"JOIN {DOCS_OF_IDS} ON t.doc_seq = k.doc_seq AND t.doc_id = k.id"


def _load_chunk(con: duckdb.DuckDBPyConnection, ids: Sequence[str]) -> list[DocResult]:
    docs = _with_ids(con, ids, "SELECT d.* FROM documents d JOIN _ids k ON d.id = k.id")
    by_doc: dict[str, dict[str, list[dict[str, Any]]]] = defaultdict(lambda: defaultdict(list))
    for table, order in (("sentences", "idx"), ("entities", "ord"), ("places", "ord"), ("events", "ord"),
                         ("figures", "ord"), ("quotes", "ord"), ("mentions", "entity_id, ord"),
                         ("place_mentions", "place_id, ord")):
        for row in _with_ids(con, ids, f"SELECT t.* FROM {table} t {_OF_CHUNK} "
                                       f"ORDER BY t.doc_id, {order}"):
            by_doc[row["doc_id"]][table].append(row)
    evidence: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    records = " UNION ALL ".join(
        f"SELECT '{kind}' AS kind, t.id FROM {table} t {_OF_CHUNK}"
        for kind, table in (("event", "events"), ("figure", "figures"), ("quote", "quotes"))
    )
    for row in _with_ids(con, ids, f"SELECT e.* FROM evidence e JOIN ({records}) r "
                                   "ON e.record_kind = r.kind AND e.record_id = r.id "
                                   "ORDER BY e.record_kind, e.record_id, e.ord"):
        evidence[(row["record_kind"], row["record_id"])].append(row)

    results: list[DocResult] = []
    for d in sorted(docs, key=lambda r: (r["source_path"], r["segment"], r["id"])):
        rows = by_doc[d["id"]]
        mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in rows["mentions"]:
            mentions[m["entity_id"]].append(
                Mention(text=m["text"], doc_id=m["doc_id"], start=m["start_char"], end=m["end_char"]))
        place_mentions: dict[str, list[Mention]] = defaultdict(list)
        for m in rows["place_mentions"]:
            place_mentions[m["place_id"]].append(
                Mention(text=m["text"], doc_id=m["doc_id"], start=m["start_char"], end=m["end_char"]))
        document = Document(
            id=d["id"], text=d["text"], source_path=d["source_path"], segment=d["segment"], title=d["title"],
            url=d["url"], source=d["source"], published=d["published"], published_basis=d["published_basis"],
            reference_date=d["reference_date"], reference_basis=d["reference_basis"], language=d["language"],
            language_score=d["language_score"], near_duplicate_of=d["near_duplicate_of"],
            removed_lines=d["removed_lines"],
        )
        results.append(DocResult(
            document=document,
            sentences=[Sentence(doc_id=s["doc_id"], index=s["idx"], start=s["start_char"], end=s["end_char"],
                                text=s["text"]) for s in rows["sentences"]],
            events=[Event(
                id=e["id"], doc_id=e["doc_id"], type=e["type"], date=e["date"],
                date_precision=e["date_precision"], country=e["country"], place=e["place"], lat=e["lat"],
                lon=e["lon"], actor=e["actor"], target=e["target"], killed=e["killed"], wounded=e["wounded"],
                claimed=e["claimed"], evidence=_evidence_list(evidence[("event", e["id"])]),
                modality=e["modality"], trigger=e["trigger"], place_id=e["place_id"], actor_id=e["actor_id"],
                geo_precision=e["geo_precision"],
            ) for e in rows["events"]],
            figures=[Figure(
                id=f["id"], doc_id=f["doc_id"], subject=f["subject"], value=f["value"], unit=f["unit"],
                qualifier=f["qualifier"], as_of=f["as_of"], evidence=_evidence_list(evidence[("figure", f["id"])]),
                raw=f["raw"], is_target=f["is_target"],
            ) for f in rows["figures"]],
            quotes=[Quote(
                id=q["id"], doc_id=q["doc_id"], speaker=q["speaker"], text=q["text"], direct=q["direct"],
                date=q["date"], evidence=_evidence_list(evidence[("quote", q["id"])]),
                speaker_id=q["speaker_id"], role=q["role"],
            ) for q in rows["quotes"]],
            entities=[Entity(
                id=e["id"], canonical=e["canonical"], type=e["type"], mentions=mentions[e["id"]],
                roles=list(e["roles"]), wikidata=e["wikidata"],
            ) for e in rows["entities"]],
            places=[PlaceRecord(
                id=p["id"], name=p["name"], country=p["country"], lat=p["lat"], lon=p["lon"],
                geonames_id=p["geonames_id"], mentions=place_mentions[p["id"]], admin1=p["admin1"],
                precision=p["precision"],
            ) for p in rows["places"]],
            skipped_reason=d["skipped_reason"],
        ))
    return results


def iter_results(con: duckdb.DuckDBPyConnection, chunk_size: int = 500) -> Iterator[DocResult]:
    """Every stored document as a DocResult, in export order, a chunk at a time (memory stays bounded)."""
    ids = [r[0] for r in con.execute("SELECT id FROM documents ORDER BY source_path, segment, id").fetchall()]
    for i in range(0, len(ids), chunk_size):
        yield from _load_chunk(con, ids[i:i + chunk_size])
