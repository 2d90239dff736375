"""URL canonicalisation: one spelling per page, so a story reached twice is fetched and stored once.

Feeds hand out the same article with tracking parameters (``?utm_source=rss``), fragments, default ports,
upper-case hosts or query parameters in another order. ``canonical_url`` removes exactly those differences
and nothing that could name another page (the path's case and ``www.`` are kept: servers may tell them
apart).
"""

from __future__ import annotations

import posixpath
import re
from contextlib import suppress
from urllib.parse import parse_qsl, quote, unquote, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader arrived, never which page they read.
TRACKING_PARAMS = frozenset({
    "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "_ga", "_gl", "igshid", "ocid", "cmpid",
    "ns_mchannel", "ns_source", "ns_campaign", "ns_linkname", "ns_fee", "at_medium", "at_campaign",
    "ito", "s_cid", "ref", "ref_src",
})
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "at_")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Characters kept as they are in a path; everything else is percent-encoded once (after one decode).
_PATH_SAFE = "/:@!$&'()*+,;=-._~"
_PERCENT_RE = re.compile(r"%[0-9a-fA-F]{2}")


def is_tracking(name: str) -> bool:
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


def _path(path: str) -> str:
    if not path:
        return "/"
    # Decode once and re-encode: %7E and ~, %2f-free paths spelled two ways become one.
    encoded = quote(unquote(path), safe=_PATH_SAFE)
    normal = posixpath.normpath(encoded)  # /a/./b/../c -> /a/c
    if normal.startswith("//"):  # normpath keeps a leading double slash (POSIX); a URL path needs one
        normal = "/" + normal.lstrip("/")
    if path.endswith("/") and not normal.endswith("/"):
        normal += "/"  # /news/ and /news may be different pages
    return normal


def canonical_url(url: str, base: str | None = None) -> str:
    """The canonical spelling of ``url`` (resolved against ``base`` when relative).

    Lower-case scheme and host, no default port, no fragment, no empty query, no tracking parameters,
    the rest of the query sorted, the path with dot segments removed and escapes normalised.
    """
    from urllib.parse import urljoin

    raw = urljoin(base, url.strip()) if base else url.strip()
    parts = urlsplit(raw)
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower().rstrip(".")
    with suppress(UnicodeError):  # an invalid international name is kept as given
        host = host.encode("idna").decode("ascii") if host and not host.isascii() else host
    port = parts.port if parts.port and parts.port != DEFAULT_PORTS.get(scheme) else None
    netloc = f"[{host}]" if ":" in host else host  # an IPv6 literal keeps its brackets
    if port:
        netloc += f":{port}"
    if parts.username:  # credentials in a feed link are kept: they select what is served
        auth = parts.username + (f":{parts.password}" if parts.password else "")
        netloc = f"{auth}@{netloc}"
    query = sorted((k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if not is_tracking(k))
    return urlunsplit((scheme, netloc, _path(parts.path), urlencode(query), ""))


def host_of(url: str) -> str:
    """``host[:port]`` of ``url``: the unit of robots.txt and of the rate limit."""
    parts = urlsplit(url)
    host = (parts.hostname or "").lower()
    return f"{host}:{parts.port}" if parts.port else host


def check_source_url(url: str) -> str | None:
    """Why ``url`` cannot be followed (None when it can): only absolute http(s) URLs with a host."""
    parts = urlsplit(url.strip())
    if parts.scheme.lower() not in ("http", "https"):
        return "only http:// and https:// URLs can be followed"
    if not parts.hostname:
        return "no host"
    return None
