"""Cutting document text into highlight segments."""

from __future__ import annotations

from sitroom.serve.highlight import Span, segments

TEXT = "Gunmen stormed a post. Seven died."


def _span(start: int, end: int, kind: str = "event", rid: str = "e1") -> Span:
    return Span(start, end, kind, rid, f"/x/{rid}", kind)


def test_highlight_segments_rebuild_the_text_exactly() -> None:
    spans = [_span(0, 22, "sentence"), _span(7, 14), _span(23, 34, "figure", "f1")]
    parts = segments(TEXT, spans)
    assert "".join(p.text for p in parts) == TEXT
    assert [p.text for p in parts if p.spans] == ["Gunmen ", "stormed", " a post.", "Seven died."]


def test_highlight_overlaps_keep_every_covering_span_and_pick_the_narrowest() -> None:
    parts = segments(TEXT, [_span(0, 22, "sentence", "e1"), _span(7, 14, "event", "e1")])
    stormed = next(p for p in parts if p.text == "stormed")
    assert stormed.kinds == ["event", "sentence"]
    assert stormed.primary is not None and stormed.primary.kind == "event"
    assert stormed.anchor == "rec-event-e1"
    assert parts[0].anchor == "rec-sentence-e1"
    assert next(p for p in parts if p.text == " a post.").anchor is None


def test_highlight_out_of_range_spans_are_clipped_or_dropped() -> None:
    parts = segments(TEXT, [_span(30, 500), _span(-3, 2), _span(9, 9), _span(600, 700)])
    assert "".join(p.text for p in parts) == TEXT
    assert [p.text for p in parts if p.spans] == [TEXT[30:]]


def test_highlight_markup_stays_plain_text() -> None:
    text = "<script>alert(1)</script> said"
    parts = segments(text, [_span(0, 25)])
    assert parts[0].text == "<script>alert(1)</script>"  # escaping is the template's job, never skipped
