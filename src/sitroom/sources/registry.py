"""The sources a database follows: add, list (with health), remove. Plain functions the CLI wraps."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sitroom.errors import SitroomError
from sitroom.sources.urls import check_source_url
from sitroom.store import Store


def add_source(db: str | Path, url: str, name: str | None = None) -> tuple[dict[str, Any], bool]:
    """Follow ``url`` (an RSS/Atom feed or a sitemap; its kind is learnt on the first fetch).

    Returns the source and whether it is new; adding a URL already followed changes nothing. No request
    is made here: ``sitroom fetch`` is the one place that talks to servers, politely."""
    url = url.strip()
    reason = check_source_url(url)
    if reason:
        raise SitroomError("E602", url=url, reason=reason)
    with Store(db) as store:
        return store.add_source(url, name or None)


def list_sources(db: str | Path) -> list[dict[str, Any]]:
    """Every source with its health (last success, failures, documents added)."""
    if not Path(db).exists():
        return []
    try:
        with Store(db, read_only=True) as store:  # read-only: it may run beside a read-only server
            return store.sources()
    except SitroomError as exc:
        if exc.code != "E302" or "needs upgrading" not in exc.message:
            raise
    with Store(db) as store:  # a database from before sources were followed: upgraded once, as ingest would
        return store.sources()


def remove_source(db: str | Path, which: str) -> dict[str, Any]:
    """Stop following a source given by id, URL or name. Documents it brought and its log stay."""
    with Store(db) as store:
        return store.remove_source(which)
