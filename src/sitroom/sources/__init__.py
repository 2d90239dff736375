"""Sources: follow feeds, sitemaps and folders, so the picture stays current without anyone running ingest.

- ``urls.py``: URL canonicalisation (dedup on the canonical URL).
- ``fetch.py``: ``Fetcher``, the polite HTTP client (User-Agent, robots.txt, per-host rate limit, timeouts,
  retries with backoff, conditional GET, byte cap).
- ``feeds.py``: what a feed (RSS/Atom, feedparser) or a sitemap lists.
- ``passes.py``: ``fetch_pass``, one pass over every source: pages read as HTML ingest reads them, ingested
  together, every request in the store's fetch log (``store/sources.py``).
- ``watch.py``: ``watch_folders``, ingest files as they appear or change (watchfiles).
- ``follow.py``: ``Follower``, the fetch and watch loops a server runs (``sitroom serve --follow``), so that
  one process writes the database and the web app sees each batch as soon as it is committed.
"""

from sitroom.sources.passes import FetchReport, SourceReport, fetch_pass

__all__ = ["FetchReport", "SourceReport", "fetch_pass"]
