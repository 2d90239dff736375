"""Jinja2 rendering with autoescaping always on, and the URL helpers that keep filters shareable.

Filters live in the query string. The period (``since``/``until``) picked on the timeline travels with
every navigation link, so the map, the overview and the lists show the same period.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlencode, urlsplit

import jinja2
from starlette.requests import Request

from sitroom.models import EVENT_TYPES
from sitroom.serve.charts import format_value

TEMPLATES = Path(__file__).with_name("templates")
STATIC = Path(__file__).with_name("static")
PERIOD_KEYS = ("since", "until")
# What the overview, the map and the timeline share: going from one to another keeps the same events.
EVENT_VIEW_KEYS = ("type", "country", "actor", "since", "until", "place", "claimed", "disputed", "undated")
EVENT_VIEWS = ("/", "/map", "/timeline", "/events")


def url_with(request: Request, path: str | None = None, **changes: Any) -> str:
    """The current URL (or ``path``) with query parameters changed; None or "" removes one."""
    params = dict(request.query_params)
    for key, value in changes.items():
        if value is None or value == "":
            params.pop(key, None)
        else:
            params[key] = str(value)
    query = urlencode(sorted(params.items()))
    return (path or request.url.path) + (f"?{query}" if query else "")


def period_url(request: Request, path: str, **extra: Any) -> str:
    """``path`` carrying the current period (since/until) and ``extra`` parameters."""
    params = {k: v for k in PERIOD_KEYS if (v := request.query_params.get(k))}
    params.update({k: str(v) for k, v in extra.items() if v not in (None, "")})
    query = urlencode(sorted(params.items()))
    return path + (f"?{query}" if query else "")


def web_link(url: str | None) -> str | None:
    """``url`` when it is an http(s) address a link may point at, else None (no javascript:, data:, ...)."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    return url.strip() if parts.scheme in ("http", "https") and parts.netloc else None


def outlet(doc: dict[str, Any]) -> str:
    """Who published a document: its outlet, else the web site its URL names ("www." dropped)."""
    if doc.get("source"):
        return str(doc["source"])
    link = web_link(doc.get("url"))
    return (urlsplit(link).hostname or "").removeprefix("www.") if link else ""


@cache
def static_url(name: str) -> str:
    """``/static/<name>?v=<content hash>``: a new version gets a new URL, so the old one can be cached for
    good (the app sends a year-long Cache-Control for versioned static URLs)."""
    digest = hashlib.sha256((STATIC / name).read_bytes()).hexdigest()[:10]
    return f"/static/{name}?v={digest}"


def nav_url(request: Request, path: str) -> str:
    """A main-menu link: the event views carry every event filter, the other pages only the period."""
    if path not in EVENT_VIEWS or request.url.path not in EVENT_VIEWS:
        return period_url(request, path)
    params = {k: v for k in EVENT_VIEW_KEYS if (v := request.query_params.get(k))}
    query = urlencode(sorted(params.items()))
    return path + (f"?{query}" if query else "")


@cache
def environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(TEMPLATES),
        autoescape=True,  # every template, whatever its name: document text is untrusted input
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(event_types=EVENT_TYPES, url_with=url_with, period_url=period_url, nav_url=nav_url,
                       static_url=static_url, web_link=web_link, outlet=outlet)
    env.filters["fmt"] = format_value
    return env


def render(template: str, request: Request, **context: Any) -> str:
    context.setdefault("api_url", None)
    period = {k: request.query_params.get(k) or "" for k in PERIOD_KEYS}
    return environment().get_template(template).render(request=request, period=period, **context)
