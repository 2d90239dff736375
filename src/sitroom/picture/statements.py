"""Statements by speaker, and opposing statements on the same subject.

Every quote (direct or reported) becomes a statement with its speaker (resolved across documents), role,
date (the quote's own date, else its document's), outlet and evidence. ``about`` lists the actors the
statement names: the non-person entities named in the quoted words, else in its sentence (the speaker
excluded). Its ``topic`` and ``polarity`` come from the cues of data/stance.toml.

Two statements are opposing when they are about the same actor, on the same topic, with opposite polarity
("X is still a threat" / "X no longer poses a threat"); each pair keeps both statements, hence both sources.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any

from sitroom import data as datafiles
from sitroom.data.schemas import StanceFile
from sitroom.models import stable_id
from sitroom.picture.common import doc_date
from sitroom.picture.entities import EntityResolution
from sitroom.picture.model import Opposition, Statement

_WORDS = re.compile(r"[\w']+")
# Types a statement can be "about" (persons are the speakers' counterparts, not the subject of a stance).
_ABOUT_TYPES = frozenset({"armed_group", "organization", "country"})
MAX_PAIRS_PER_SUBJECT = 200  # caps the pos x neg product of one (actor, topic) on big corpora


@dataclass(frozen=True)
class Topic:
    name: str
    affirm: re.Pattern[str]
    deny: re.Pattern[str]


@cache
def _stance() -> tuple[re.Pattern[str], int, tuple[Topic, ...]]:
    data = datafiles.load(StanceFile)
    negation = re.compile(
        r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(data.negations, key=len, reverse=True)) + r")(?!\w)",
        re.IGNORECASE)
    topics = tuple(
        Topic(t.name, re.compile("|".join(f"(?:{p})" for p in t.affirm), re.IGNORECASE),
              re.compile("|".join(f"(?:{p})" for p in t.deny), re.IGNORECASE))
        for t in data.topic
    )
    return negation, data.window, topics


def _negated(text: str, start: int, negation: re.Pattern[str], window: int) -> bool:
    before = text[:start]
    words = _WORDS.findall(before)[-window:] if window else []
    return bool(words) and bool(negation.search(" ".join(words)))


def stance(text: str) -> tuple[str | None, int]:
    """(topic, polarity) of a statement's words; (None, 0) when no topic cue is present.

    The topic is the one with most cue matches (ties: data file order).
    """
    negation, window, topics = _stance()
    best: tuple[int, str | None, int] = (0, None, 0)
    for topic in topics:
        score, hits = 0, 0
        for pattern, sign in ((topic.affirm, 1), (topic.deny, -1)):
            for m in pattern.finditer(text):
                hits += 1
                score += -sign if _negated(text, m.start(), negation, window) else sign
        if hits > best[0]:
            best = (hits, topic.name, (score > 0) - (score < 0))
    return best[1], best[2]


def build_statements(export_obj: Mapping[str, Any],
                     entities: EntityResolution) -> tuple[list[Statement], list[Opposition]]:
    docs = {d["id"]: d for d in export_obj.get("documents", [])}
    statements: list[Statement] = []
    for q in export_obj.get("quotes", []):
        doc = docs.get(q["doc_id"])
        speaker_id = entities.resolve(q["doc_id"], q.get("speaker_id"))
        sentence = " ".join(e.get("text", "") for e in q.get("evidence", []))
        about_ids = [rid for rid in entities.surfaces.find(q["doc_id"], q["text"])
                     if rid != speaker_id and entities.types.get(rid) in _ABOUT_TYPES]
        if not about_ids:
            about_ids = [rid for rid in entities.surfaces.find(q["doc_id"], sentence)
                         if rid != speaker_id and entities.types.get(rid) in _ABOUT_TYPES]
        topic, polarity = stance(q["text"])
        speaker = entities.names.get(speaker_id or "", q.get("speaker"))
        statements.append(Statement(
            id=q["id"], doc_id=q["doc_id"], source=(doc or {}).get("source"), speaker=speaker,
            speaker_id=speaker_id, role=q.get("role"), date=q.get("date") or doc_date(doc), text=q["text"],
            direct=bool(q.get("direct")), about_ids=about_ids, about=[entities.names[r] for r in about_ids],
            topic=topic, polarity=polarity, evidence=list(q.get("evidence", [])),
        ))
    statements.sort(key=lambda s: (s.date or "9999", s.doc_id, s.id))
    return statements, opposing(statements, entities)


def opposing(statements: list[Statement], entities: EntityResolution) -> list[Opposition]:
    """Pairs of statements on one (actor, topic) with opposite polarity, by different speakers or outlets."""
    groups: dict[tuple[str, str], list[Statement]] = defaultdict(list)
    for s in statements:
        if s.topic is None or s.polarity == 0:
            continue
        for about in s.about_ids:
            groups[(about, s.topic)].append(s)
    out: list[Opposition] = []
    for (about, topic), group in sorted(groups.items()):
        pos = [s for s in group if s.polarity > 0]
        neg = [s for s in group if s.polarity < 0]
        pairs = 0
        for a in pos:
            for b in neg:
                if a.speaker_id is not None and a.speaker_id == b.speaker_id and a.doc_id == b.doc_id:
                    continue  # one speaker hedging in one article is not a disagreement
                if pairs >= MAX_PAIRS_PER_SUBJECT:
                    break
                pairs += 1
                out.append(Opposition(id=stable_id("opposing", about, topic, a.id, b.id), topic=topic,
                                      about_id=about, about=entities.names.get(about, about),
                                      affirming=a.id, denying=b.id))
    return out
