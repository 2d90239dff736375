"""What a followed URL lists: RSS/Atom feeds through feedparser, sitemaps (and sitemap indexes) through lxml.

Only bytes come in: feedparser can fetch URLs itself, but every request goes through ``Fetcher`` so that it
is polite and logged. ``read_listing`` tells the kind from the document, not from the URL or the
Content-Type (servers label feeds ``text/html`` and sitemaps ``text/plain`` often enough).
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any, Literal
from urllib.parse import urljoin

Kind = Literal["feed", "sitemap", "sitemapindex"]
# Google News sitemaps carry the title and date the page itself may lack.
_NEWS_NS = "http://www.google.com/schemas/sitemap-news/0.9"


class NotAListing(ValueError):
    """The document is neither a feed nor a sitemap (the detail says what it looked like)."""


@dataclass(frozen=True)
class Item:
    """One article a listing points to, with what the listing says about it (pages may say better)."""

    url: str
    title: str | None = None
    published: str | None = None  # ISO 8601 from the feed entry or the sitemap's lastmod / news date


@dataclass
class Listing:
    kind: Kind
    title: str | None = None  # the feed's own title: a name for a source added without --name
    items: list[Item] = field(default_factory=list)
    sitemaps: list[str] = field(default_factory=list)  # children of a sitemap index


def _struct_iso(value: Any) -> str | None:
    if not value:
        return None
    try:
        return time.strftime("%Y-%m-%dT%H:%M:%SZ", value)
    except (TypeError, ValueError):
        return None


def _xml_root(content: bytes) -> Any | None:
    """The root element of an XML document, parsed without entities or network access; None if not XML."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False, recover=False)
    try:
        return etree.fromstring(content.lstrip(), parser=parser)
    except (etree.XMLSyntaxError, ValueError):
        return None


def _local(tag: Any) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element: Any, name: str, ns: str | None = None) -> str | None:
    for child in element:
        if _local(child.tag) == name and (ns is None or child.tag == f"{{{ns}}}{name}"):
            text = (child.text or "").strip()
            return text or None
    return None


def _sitemap(root: Any, base_url: str) -> Listing:
    kind: Kind = "sitemapindex" if _local(root.tag) == "sitemapindex" else "sitemap"
    listing = Listing(kind=kind)
    for entry in root:
        loc = _text(entry, "loc")
        if not loc:
            continue
        url = urljoin(base_url, loc)
        if kind == "sitemapindex":
            listing.sitemaps.append(url)
            continue
        news = next((c for c in entry if c.tag == f"{{{_NEWS_NS}}}news"), None)
        title = _text(news, "title", _NEWS_NS) if news is not None else None
        published = (_text(news, "publication_date", _NEWS_NS) if news is not None else None) or _text(entry, "lastmod")
        listing.items.append(Item(url=url, title=title, published=published))
    return listing


def read_listing(content: bytes, base_url: str) -> Listing:
    """The articles (or child sitemaps) ``content`` lists; raises NotAListing for anything else."""
    root = _xml_root(content)
    if root is not None and _local(root.tag) in ("urlset", "sitemapindex"):
        return _sitemap(root, base_url)
    import feedparser  # imported lazily: only a fetch pass needs it

    parsed = feedparser.parse(content, response_headers={"content-location": base_url})
    if not parsed.get("version") and not parsed.entries:
        problem = parsed.get("bozo_exception")
        raise NotAListing(f"{type(problem).__name__}: {problem}" if problem else "no feed or sitemap elements")
    listing = Listing(kind="feed", title=(parsed.feed.get("title") or None))
    for entry in parsed.entries:
        link = entry.get("link") or next(
            (lk.get("href") for lk in entry.get("links", []) if lk.get("href")), None
        )
        if not link:
            continue
        listing.items.append(Item(
            url=urljoin(base_url, link),
            title=(entry.get("title") or "").strip() or None,
            published=_struct_iso(entry.get("published_parsed") or entry.get("updated_parsed")),
        ))
    return listing
