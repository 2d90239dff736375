"""Listings: RSS 2.0, Atom, sitemaps and sitemap indexes, told apart by content; anything else refused."""

from __future__ import annotations

import pytest
from tests.sources.site import atom, rss, sitemap

from sitroom.sources.feeds import NotAListing, read_listing

BASE = "http://127.0.0.1:1"


def test_rss_items_carry_link_title_and_date() -> None:
    listing = read_listing(rss(BASE, ["/news/mosul-strike.html"]).encode(), BASE + "/rss.xml")
    assert listing.kind == "feed" and listing.title == "Test Wire"
    item = listing.items[0]
    assert item.url == BASE + "/news/mosul-strike.html"
    assert item.title == "Coalition strike hits Islamic State cell near Mosul"
    assert item.published == "2024-06-10T08:00:00Z"


def test_atom_entries_are_read_like_rss_items() -> None:
    listing = read_listing(atom(BASE, ["/news/kirkuk-attack.html"]).encode(), BASE + "/atom.xml")
    assert listing.kind == "feed"
    assert [(i.url, i.published) for i in listing.items] == [(BASE + "/news/kirkuk-attack.html",
                                                              "2024-06-12T09:00:00Z")]


def test_sitemap_and_news_sitemap() -> None:
    listing = read_listing(sitemap(BASE, ["/news/raqqa-camp.html"]).encode(), BASE + "/sitemap.xml")
    assert listing.kind == "sitemap" and listing.items[0].published == "2024-06-11"
    news = (
        '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>/a.html</loc><news:news>'
        "<news:publication_date>2024-06-01</news:publication_date><news:title>A title</news:title>"
        "</news:news></url></urlset>"
    )
    item = read_listing(news.encode(), BASE + "/news-sitemap.xml").items[0]
    assert (item.url, item.title, item.published) == (BASE + "/a.html", "A title", "2024-06-01")


def test_sitemap_index_lists_child_sitemaps() -> None:
    index = ('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
             "<sitemap><loc>/s1.xml</loc></sitemap><sitemap><loc>/s2.xml</loc></sitemap></sitemapindex>")
    listing = read_listing(index.encode(), BASE + "/index.xml")
    assert listing.kind == "sitemapindex" and listing.sitemaps == [BASE + "/s1.xml", BASE + "/s2.xml"]


def test_entities_in_a_sitemap_are_not_expanded() -> None:
    evil = (b'<?xml version="1.0"?><!DOCTYPE u [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
            b'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/a&x;</loc></url></urlset>')
    listing = read_listing(evil, BASE + "/s.xml")
    assert all("root:" not in i.url for i in listing.items)


@pytest.mark.parametrize("content", [b"<html><body><p>a page</p></body></html>", b"plain words", b""])
def test_anything_else_is_not_a_listing(content: bytes) -> None:
    with pytest.raises(NotAListing):
        read_listing(content, BASE + "/x")
