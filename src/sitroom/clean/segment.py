"""Split a text that holds several articles into segments, find each segment's headline and header block.

Signals (general page-scrape habits, no site templates):
- Sites print the headline twice around a few short header lines ("Updated …", "Follow", "Short Url",
  a caption). A short headline-like line repeated within the next few lines starts a new article.
- A standalone headline-like first line followed by a blank line is the headline of the first article.
- A segment with too little body text (a repeated headline, a bullet summary and a short link after the
  body) is a teaser of the article before it: its header lines are dropped and whatever is left is
  folded into the previous segment, which takes its headline as title if it had none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from sitroom.clean.boilerplate import is_boilerplate, word_count
from sitroom.clean.dates import date_in_stamp, date_of_date_line
from sitroom.clean.rules import boilerplate_rules

_BYLINE = re.compile(r"^by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|\|).*)?$", re.IGNORECASE)

HEADLINE_MAX_WORDS = 20
REPEAT_WINDOW = 7  # at most this many non-blank lines between the two copies of a headline
HEADER_LINE_MAX_WORDS = 45  # lines between the copies are short header lines (captions included)
MIN_BODY_WORDS = 50  # a segment with less body than this is not an article of its own
LONG_LINE_WORDS = 25  # a paragraph of article text rather than a header line
TOP_LINES = 12  # how many non-blank lines count as "the top" of an article when looking for dates
# A page that lists related headlines above the article prints its date stamp below them: when the top holds no
# date, the short lines down to the first paragraph are read too, at most this many.
HEADER_MAX_LINES = 30

_BULLET_RE = re.compile(r"^\s*[•·▪●◦‣*–—-]\s+")
_HEADLINE_START_RE = re.compile(r"^[\"'‘“«(\[]?[A-Z0-9\u00C0-\u00DE]")
_HEADLINE_BAD_END_RE = re.compile(r"[.,;:]$")
_KEY_RE = re.compile(r"\W+")


@dataclass
class Segment:
    lines: list[str]
    title: str | None = None
    drop: set[int] = field(default_factory=set)  # indices of header lines not kept in the text
    repeated_headline: bool = False


def _key(line: str) -> str:
    return _KEY_RE.sub(" ", line.lower()).strip()


def is_bullet(line: str) -> bool:
    return bool(_BULLET_RE.match(line))


def is_headline_like(line: str) -> bool:
    """A short title-cased line without sentence-final punctuation that is not boilerplate or a date."""
    s = line.strip()
    n = word_count(s)
    if not 2 <= n <= HEADLINE_MAX_WORDS or is_bullet(s):
        return False
    if not _HEADLINE_START_RE.match(s) or _HEADLINE_BAD_END_RE.search(s):
        return False
    if date_of_date_line(s) is not None or date_in_stamp(s)[0]:
        return False
    return not is_boilerplate(s)


def _repeat_of(lines: list[str], nonblank: list[int], p: int) -> int | None:
    """Position in ``nonblank`` of the second copy of the headline at ``nonblank[p]``, or None."""
    key = _key(lines[nonblank[p]])
    for q in range(p + 2, min(len(nonblank), p + 2 + REPEAT_WINDOW)):
        if _key(lines[nonblank[q]]) == key:
            return q
        if word_count(lines[nonblank[q]]) > HEADER_LINE_MAX_WORDS:
            return None  # body text between the copies: not a header block
    return None


def _header_block(lines: list[str], nonblank: list[int], p: int, q: int) -> set[int]:
    """Both headline copies plus the bullet summary right after the second copy."""
    drop = {nonblank[p], nonblank[q]}
    for r in range(q + 1, len(nonblank)):
        if not is_bullet(lines[nonblank[r]]):
            break
        drop.add(nonblank[r])
    return drop


def _body_words(seg: Segment, header_end: int) -> int:
    return sum(
        word_count(line)
        for i, line in enumerate(seg.lines)
        if i >= header_end and i not in seg.drop and line.strip() and not is_boilerplate(line)
    )


def split_articles(lines: list[str], known_title: str | None = None) -> list[Segment]:
    """Segments of ``lines`` (one per article), each with its title and the header lines to drop."""
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    starts: list[tuple[int, set[int], int]] = []  # (line index, header lines, header end)
    p = 0
    while p < len(nonblank):
        if is_headline_like(lines[nonblank[p]]):
            q = _repeat_of(lines, nonblank, p)
            if q is not None:
                block = _header_block(lines, nonblank, p, q)
                starts.append((nonblank[p], block, max(block) + 1))
                p = q + 1
                continue
        p += 1

    segments: list[Segment] = []
    header_ends: list[int] = []
    first = starts[0][0] if starts else len(lines)
    if any(line.strip() for line in lines[:first]):
        lead = Segment(lines=lines[:first])
        header_ends.append(_lead_headline(lead, known_title))
        segments.append(lead)
    for k, (start, block, header_end) in enumerate(starts):
        end = starts[k + 1][0] if k + 1 < len(starts) else len(lines)
        seg = Segment(
            lines=lines[start:end],
            title=lines[start].strip(),
            drop={i - start for i in block},
            repeated_headline=True,
        )
        seg.drop |= _title_copies(seg, header_end - start)
        segments.append(seg)
        header_ends.append(header_end - start)

    if len(segments) > 1 and not segments[0].repeated_headline and _is_page_top(segments[0], header_ends[0]):
        header_ends[1] += len(segments[0].lines)
        _prepend_header(segments[1], segments.pop(0))
        header_ends.pop(0)

    merged: list[Segment] = []
    for seg, header_end in zip(segments, header_ends, strict=True):
        if merged and seg.repeated_headline and _body_words(seg, header_end) < MIN_BODY_WORDS:
            _fold(merged[-1], seg, header_end)
        else:
            merged.append(seg)
    return merged


def _is_page_top(seg: Segment, header_end: int) -> bool:
    """Lines above the first article that hold no paragraph of text ("Home AfricaIS-Linked Insurgents Kill
    Four ...", a breadcrumb run into the headline): the page's top, not an article of its own."""
    return _body_words(seg, header_end) < MIN_BODY_WORDS and all(
        word_count(line) <= LONG_LINE_WORDS for line in seg.lines
    )


def _prepend_header(seg: Segment, top: Segment) -> None:
    """Put the page-top lines ``top`` above ``seg`` as header lines it drops (its dates are still read)."""
    n = len(top.lines)
    seg.lines[:0] = top.lines
    seg.drop = {i + n for i in seg.drop} | {i for i, line in enumerate(top.lines) if line.strip()}


def _copies_from(lines: list[str], start: int, title: str) -> set[int]:
    """Indices of the copies of ``title`` from ``start`` on, up to the first other non-blank line."""
    out: set[int] = set()
    for i in range(start, len(lines)):
        if not lines[i].strip():
            continue
        if not is_title_line(lines[i], title):
            break
        out.add(i)
    return out


def _title_copies(seg: Segment, header_end: int) -> set[int]:
    """Further copies of the headline in the header block or right after it: a page that prints the
    headline a third time prints no article text there."""
    title = seg.title or ""
    out = {i for i in range(header_end) if seg.lines[i].strip() and is_title_line(seg.lines[i], title)}
    return out | _copies_from(seg.lines, header_end, title)


def _lead_headline(seg: Segment, known_title: str | None) -> int:
    """Title of the first segment from its first line when that is a standalone headline."""
    nonblank = [i for i, line in enumerate(seg.lines) if line.strip()]
    if not nonblank:
        return 0
    i = nonblank[0]
    first = seg.lines[i].strip()
    if known_title and is_title_line(first, known_title):
        seg.title = known_title
        copies = _copies_from(seg.lines, i, known_title)
        seg.drop |= copies
        return max(copies) + 1
    following = seg.lines[i + 1] if i + 1 < len(seg.lines) else ""
    # a headline stands alone, or right above its date/stamp line or byline
    followed_by_blank = not following.strip() or bool(
        date_of_date_line(following) or date_in_stamp(following)[0] or _BYLINE.match(following.strip())
    )
    if is_headline_like(first) and followed_by_blank and len(nonblank) > 1:
        seg.title = known_title or first
        seg.drop.add(i)
        return i + 1
    seg.title = known_title
    return 0


def _without_suffixes(line: str) -> list[str]:
    """Keys of ``line`` and of every head of it that a short outlet suffix follows ("X - Reuters" -> "X")."""
    rules = boilerplate_rules()
    keys = [_key(line)]
    for m in rules.title_separator.finditer(line):
        if word_count(line[m.end() :]) <= rules.title_suffix_max_words:
            keys.append(_key(line[: m.start()]))
    return keys


def is_title_line(line: str, title: str) -> bool:
    """True when ``line`` is the headline ``title`` printed again (give or take an outlet suffix on either):
    a paragraph that only contains the title is article text — a one-paragraph record would lose it all."""
    line_keys = _without_suffixes(line)
    title_keys = _without_suffixes(title)
    if not line_keys[0] or not title_keys[0]:
        return False
    # the suffix may be on either side (metadata titles usually carry the outlet, printed headlines not)
    return line_keys[0] in title_keys or title_keys[0] in line_keys


def _fold(prev: Segment, teaser: Segment, header_end: int) -> None:
    """Append what is left of a too-short segment, minus its header block, to the previous one."""
    rest = [line for i, line in enumerate(teaser.lines) if i >= header_end and i not in teaser.drop]
    # extend in place: rebuilding prev.lines copied the whole segment once per teaser, quadratic when a
    # long text folds thousands of short repeated-headline segments into one
    prev.lines.append("")
    prev.lines.extend(rest)
    if prev.title is None:
        prev.title = teaser.title


def top_indices(seg: Segment) -> list[int]:
    """Indices of the first non-blank lines of a segment (header block included), where dates are printed."""
    out: list[int] = []
    long_lines = 0
    for i, line in enumerate(seg.lines):
        if not line.strip():
            continue
        out.append(i)
        if word_count(line) > LONG_LINE_WORDS:
            long_lines += 1
        if len(out) >= TOP_LINES or long_lines >= 2:
            break
    return out


def header_indices(seg: Segment) -> list[int]:
    """Indices of the non-blank lines above the first paragraph of article text, that paragraph included
    (at most ``HEADER_MAX_LINES``): where a page that lists related headlines first prints its date."""
    out: list[int] = []
    for i, line in enumerate(seg.lines):
        if not line.strip():
            continue
        out.append(i)
        if word_count(line) > LONG_LINE_WORDS or len(out) >= HEADER_MAX_LINES:
            break
    return out


HEADER_LABEL_MAX_WORDS = 5
_LABEL_END_RE = re.compile(r"[.!?:;,\"”’')\]]$")


def is_header_label(line: str) -> bool:
    """A short line above the first paragraph that is not a sentence: an outlet name ("Kurdistan 24"),
    a document label ("Media Note"), an author or office name. Left in the text it is glued by the parser
    to the first sentence of the article, whose subject it then hides."""
    s = line.strip()
    return 0 < word_count(s) <= HEADER_LABEL_MAX_WORDS and not _LABEL_END_RE.search(s) and not is_bullet(s)


_TRAILING_CREDIT_RE = re.compile(
    r"(?<=[.!?])\s*[(\[]?\s*(?:photo|image|picture|file photo|video)\s*(?:credit)?\s*:\s*[^.()\[\]]{1,40}[)\]]?$",
    re.IGNORECASE,
)


def without_trailing_credit(line: str) -> str:
    """A caption without the photo credit printed after its last sentence ("... May 2, 2023. Photo: AFP"):
    the credit is no sentence, and without a full stop after it the parser runs the caption into the
    first paragraph of the article."""
    return _TRAILING_CREDIT_RE.sub("", line)


def header_line_count(top: list[str]) -> int:
    """How many of the top lines come before the first paragraph of article text."""
    for i, line in enumerate(top):
        if word_count(line) > LONG_LINE_WORDS:
            return i
    return len(top)
