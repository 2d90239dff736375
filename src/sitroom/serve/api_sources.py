"""What's new, for clients that poll: ``/api/new?since=`` and ``/api/sources`` (health, last fetch per source).

A client keeps the ``until`` of one answer and asks with it as the next ``since``: it then sees each stored
document (and the merged events it reports) once, as a following server commits them.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request

from sitroom.errors import SitroomError
from sitroom.serve.api import StoreDep

router = APIRouter(prefix="/api", tags=["live"])


def parse_since(value: str | None) -> dt.datetime | None:
    """An ISO date or date-time (a zone is converted to UTC); None (a day back) when not given."""
    if not value:
        return None
    try:
        when = dt.datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise SitroomError("E402", name="since", value=value, reason="an ISO date or date-time") from exc
    return when.astimezone(dt.UTC).replace(tzinfo=None) if when.tzinfo else when


@router.get("/new", summary="Documents stored after `since` (and the merged events they report), newest first")
def new(store: StoreDep, since: Annotated[str | None, Query(max_length=40, description="ISO date-time")] = None,
        limit: Annotated[int, Query(ge=0, le=500)] = 100) -> dict[str, Any]:
    return store.arrivals(parse_since(since), limit=limit)


@router.get("/sources", summary="Followed sources: last success, failures, documents added, last fetch")
def sources(request: Request, store: StoreDep) -> dict[str, Any]:
    follower = getattr(request.app.state, "follower", None)
    return {
        "items": store.sources(),
        "following": follower is not None,
        "passes": follower.passes if follower is not None else 0,
        "every_seconds": follower.config.every if follower is not None else None,
    }


def live_panel(request: Request, store: Any, shown: int = 10) -> dict[str, Any] | None:
    """The overview's "new since" panel: what arrived after ``?arrived_since=`` (a day back by default) and
    the last fetch of each followed source; None for a database that follows nothing and no server that
    watches (the overview is then as it was). ``since`` itself filters events by their date there."""
    follower = getattr(request.app.state, "follower", None)
    followed = store.sources()
    if not followed and follower is None:
        return None
    try:
        since = parse_since(request.query_params.get("arrived_since"))
    except SitroomError:
        since = None  # a bad value on a page: the default window, rather than an error page
    new = store.arrivals(since, limit=shown)
    return {**new, "sources": followed, "every_seconds": follower.config.every if follower is not None else None}
