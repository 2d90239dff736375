"""URL canonicalisation: spellings of one page become one URL; different pages stay apart."""

from __future__ import annotations

import pytest

from sitroom.sources.urls import canonical_url, check_source_url, host_of


@pytest.mark.parametrize(("given", "expected"), [
    ("HTTP://Example.COM:80/a/b.html", "http://example.com/a/b.html"),
    ("https://example.com:443/a?utm_source=rss&utm_medium=feed", "https://example.com/a"),
    ("https://example.com/a?b=2&a=1#comments", "https://example.com/a?a=1&b=2"),
    ("https://example.com/a/./b/../c.html", "https://example.com/a/c.html"),
    ("https://example.com", "https://example.com/"),
    ("https://example.com/%7Euser/x", "https://example.com/~user/x"),
    ("https://example.com/news/?fbclid=abc&id=7", "https://example.com/news/?id=7"),
    ("https://example.com:8080/a", "https://example.com:8080/a"),
])
def test_canonical_url_removes_only_what_never_names_another_page(given: str, expected: str) -> None:
    assert canonical_url(given) == expected


def test_canonical_url_keeps_what_may_name_another_page() -> None:
    assert canonical_url("https://example.com/News") != canonical_url("https://example.com/news")
    assert canonical_url("https://www.example.com/a") != canonical_url("https://example.com/a")
    assert canonical_url("https://example.com/a?id=1") != canonical_url("https://example.com/a?id=2")


def test_relative_links_resolve_against_the_listing() -> None:
    assert canonical_url("../b.html", base="https://example.com/news/a/") == "https://example.com/news/b.html"


def test_source_urls_must_be_http_with_a_host() -> None:
    assert check_source_url("https://example.com/feed.xml") is None
    assert "http" in (check_source_url("file:///etc/passwd") or "")
    assert check_source_url("https:///feed.xml") == "no host"
    assert host_of("http://127.0.0.1:8080/x") == "127.0.0.1:8080"
