"""Document text cut into segments so records can be highlighted in place without building HTML here.

The templates print each segment's text through Jinja2's autoescaping and wrap the covered ones in
``<mark>``: document text never reaches the page unescaped, whatever it contains. Spans may overlap
(several records read from one sentence); the text is cut at every span boundary and each piece keeps
the list of spans that cover it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str  # event | figure | quote | evidence
    record_id: str
    href: str
    label: str


@dataclass
class Segment:
    text: str
    start: int
    spans: list[Span] = field(default_factory=list)

    @property
    def primary(self) -> Span | None:
        """The most specific covering span: the one a click on this piece should open."""
        return min(self.spans, key=lambda s: (s.end - s.start, s.kind, s.record_id)) if self.spans else None

    @property
    def anchor(self) -> str | None:
        """An element id for the first piece of a span, so links can jump to ``#rec-<kind>-<id>``."""
        for span in self.spans:
            if span.start == self.start:
                return f"rec-{span.kind}-{span.record_id}"
        return None

    @property
    def kinds(self) -> list[str]:
        return sorted({s.kind for s in self.spans})


def segments(text: str, spans: Sequence[Span]) -> list[Segment]:
    """``text`` cut at every span boundary; spans outside the text are clipped or dropped."""
    size = len(text)
    valid = [s for s in spans if 0 <= s.start < s.end and s.start < size]
    cuts = {0, size}
    for s in valid:
        cuts.add(s.start)
        cuts.add(min(s.end, size))
    points = sorted(cuts)
    # Sweep once: spans sorted by start enter when the sweep reaches them and leave at their end,
    # so the cost stays near-linear in text pieces plus spans even for long documents.
    by_start = sorted(valid, key=lambda s: (s.start, s.end))
    active: list[Span] = []
    nxt = 0
    out: list[Segment] = []
    for a, b in zip(points, points[1:], strict=False):
        while nxt < len(by_start) and by_start[nxt].start <= a:
            active.append(by_start[nxt])
            nxt += 1
        active = [s for s in active if s.end > a]
        out.append(Segment(text[a:b], a, [s for s in active if s.start <= a]))
    return out
