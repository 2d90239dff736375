"""Hand-built ``sitroom/1`` export dicts for the picture tests: short invented wire sentences."""

from __future__ import annotations

from typing import Any

from sitroom.models import stable_id


def doc(doc_id: str, source: str = "Example Wire", published: str | None = "2022-03-18",
        url: str | None = None) -> dict[str, Any]:
    return {"id": doc_id, "source_path": f"{doc_id}.txt", "segment": 0, "title": f"Report {doc_id}",
            "url": url or f"https://news.example/{doc_id}", "source": source, "published": published,
            "published_basis": "header", "reference_date": published, "reference_basis": "published",
            "language": "en", "near_duplicate_of": None, "skipped_reason": None}


def evidence(doc_id: str, sentence: str, part: str | None = None) -> list[dict[str, Any]]:
    start = sentence.find(part) if part else 0
    return [{"doc_id": doc_id, "start": start, "end": start + len(part or sentence), "text": sentence}]


def event(doc_id: str, n: int = 0, type: str = "attack", date: str | None = "2022-03-17",
          precision: str | None = "day", country: str | None = "IQ", place: str | None = "Baghdad",
          place_id: str | None = "gn:98182", lat: float | None = 33.34, lon: float | None = 44.40,
          geo: str | None = "point", actor: str | None = "Islamic State",
          actor_id: str | None = "is", killed: int | None = None, wounded: int | None = None,
          modality: str = "asserted", sentence: str = "A bomber struck a market, killing dozens.") -> dict[str, Any]:
    return {"id": stable_id(doc_id, "event", n), "doc_id": doc_id, "type": type, "date": date,
            "date_precision": precision, "country": country, "place": place, "place_id": place_id, "lat": lat,
            "lon": lon, "actor": actor, "actor_id": actor_id, "target": None, "killed": killed,
            "wounded": wounded, "claimed": False, "modality": modality, "geo_precision": geo,
            "trigger": "struck", "evidence": evidence(doc_id, sentence, "struck")}


def place(pid: str, name: str, country: str | None, precision: str = "point", admin1: str | None = None,
          lat: float | None = None, lon: float | None = None,
          mentions: list[tuple[str, str]] = ()) -> dict[str, Any]:  # type: ignore[assignment]
    return {"id": pid, "name": name, "country": country, "lat": lat, "lon": lon, "geonames_id": None,
            "admin1": admin1, "precision": precision,
            "mentions": [{"text": t, "doc_id": d, "start": 0, "end": len(t)} for d, t in mentions]}


def entity(ent_id: str, canonical: str, type: str, mentions: list[tuple[str, str]],
           roles: list[str] = (), doc_id: str | None = None) -> dict[str, Any]:  # type: ignore[assignment]
    rec = {"id": ent_id, "canonical": canonical, "type": type, "wikidata": None, "roles": list(roles),
           "mentions": [{"text": t, "doc_id": d, "start": 0, "end": len(t)} for d, t in mentions]}
    if doc_id is not None:
        rec["doc_id"] = doc_id
    return rec


def figure(doc_id: str, n: int, subject: str, value: float, unit: str, raw: str, sentence: str,
           as_of: str | None = None, is_target: bool = False, qualifier: str | None = None) -> dict[str, Any]:
    return {"id": stable_id(doc_id, "figure", n), "doc_id": doc_id, "subject": subject, "value": value,
            "unit": unit, "qualifier": qualifier, "as_of": as_of, "is_target": is_target, "raw": raw,
            "evidence": evidence(doc_id, sentence, raw)}


def quote(doc_id: str, n: int, speaker: str, speaker_id: str | None, text: str, sentence: str,
          role: str | None = None, date: str | None = None, direct: bool = True) -> dict[str, Any]:
    return {"id": stable_id(doc_id, "quote", n), "doc_id": doc_id, "speaker": speaker, "speaker_id": speaker_id,
            "role": role, "text": text, "direct": direct, "date": date, "evidence": evidence(doc_id, sentence, text)}


def export(documents: list[dict[str, Any]], events: list[dict[str, Any]] = (),  # type: ignore[assignment]
           figures: list[dict[str, Any]] = (), quotes: list[dict[str, Any]] = (),  # type: ignore[assignment]
           entities: list[dict[str, Any]] = (), places: list[dict[str, Any]] = ()  # type: ignore[assignment]
           ) -> dict[str, Any]:
    return {"format": "sitroom/1", "documents": list(documents), "events": list(events), "figures": list(figures),
            "quotes": list(quotes), "entities": list(entities), "places": list(places)}
