"""Line-level boilerplate removal for plain text (C4 / RefinedWeb style), rules in data/boilerplate.toml.

Works on the lines of one article segment, in this order:
1. tail sections that belong to other articles ("The Latest", "Related", "Most read" …) are cut from
   their heading to the end of the segment;
2. reader-comment sections (a "Comments" heading followed by moderation policy and form labels);
3. consent-banner sentences are cut out of their line (the line goes when nothing else is left on it);
   single lines matched by a rule ("Short Url", bare URLs, share/follow rows, credits …) are dropped;
4. consecutive duplicate lines (captions and bylines printed twice) keep one copy.
Each step is one linear pass; the regexes are compiled once when the rules are first loaded.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.lang.en.stop_words import STOP_WORDS

from sitroom import data as datafiles
from sitroom.clean.rules import BannerRules, BoilerplateRules, boilerplate_rules
from sitroom.data.schemas import TitlesFile

_WORD_RE = re.compile(r"[\w'’+-]+")
# a sentence ends at . ! ? (a closing quote or bracket may follow) before a space
_SENTENCE_GAP_RE = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’')\]]))\s+")


def word_count(line: str) -> int:
    return len(line.split())


def _is_banner_piece(sentence: str, rules: BannerRules) -> bool:
    if rules.trigger.search(sentence) or rules.sentence.search(sentence):
        return True
    return all(t in rules.buttons for t in _WORD_RE.findall(sentence.lower()))  # "Accept Read More", "×"


def without_banner(line: str, rules: BoilerplateRules | None = None) -> str:
    """``line`` without its consent-banner sentences and buttons ('' when it held nothing else): a banner
    pasted after the last paragraph must not take the paragraph with it."""
    banner = (rules or boilerplate_rules()).banner
    if not banner.trigger.search(line):
        return line
    return " ".join(s for s in _SENTENCE_GAP_RE.split(line) if not _is_banner_piece(s, banner))


def matching_rule(line: str, rules: BoilerplateRules | None = None) -> str | None:
    """The name of the rule that drops ``line`` on its own, or None when the line is kept."""
    rules = rules or boilerplate_rules()
    stripped = line.strip()
    if not stripped:
        return None
    stripped = without_banner(stripped, rules)
    if not stripped:
        return "cookie-banner"
    words = word_count(stripped)
    for rule in rules.lines:
        if rule.max_words is not None and words > rule.max_words:
            continue
        if rule.pattern.search(stripped):
            return rule.name
    if rules.comment_standalone.search(stripped):
        return "comment-policy"
    tokens = _WORD_RE.findall(stripped.lower())
    if tokens and len(tokens) <= rules.share_max_words and all(t in rules.share_words for t in tokens):
        return "share-row"
    return None


def credit_of(line: str, rules: BoilerplateRules | None = None) -> str | None:
    """The credit a line holds alone ("By Ndahi Marama, Maiduguri" -> "By Ndahi Marama", "Source: BBC"), or None."""
    rules = rules or boilerplate_rules()
    stripped = line.strip()
    if not stripped or word_count(stripped) > rules.credit_max_words:
        return None
    for pattern in rules.credit_lines:
        m = pattern.fullmatch(stripped)
        if m is not None:
            return " ".join(m.group("credit").split()).rstrip(" ;,.") or None
    return None


# an outlet's name leading a line, before a separator, a date or the line's end: "Malay Mail", "Tempo - March 17,
# 2022", "Just Earth News | @justearthnews | 26 Oct 2021"
_LEADING_STAMP = re.compile(r"^(?:date[ \t]+)?\d{4}-\d{2}-\d{2}[ \t]+")
_LEADING_NAME = re.compile(
    r"^(?P<name>[A-Z][\w'’&.-]*(?:[ \t]+(?:[A-Z0-9][\w'’&.-]*|of|and|&)){0,4})(?:[ \t]*(?:[|–—/:(-]|\d).*)?$"
)


def site_name(line: str, host: str | None) -> str | None:
    """The outlet's own name when a line holds it alone or before a date or separator, as its site's address spells
    it ("The Borneo Post" on theborneopost.com, "Malay Mail" on malaymail.com), else None."""
    if not host:
        return None
    # ... or after the date stamp a date line opens with ("date 2025-12-24 Shafaq News – Deir ez-Zor"): the line goes
    # as the page's date, and its outlet with it
    m = _LEADING_NAME.match(_LEADING_STAMP.sub("", line.strip()))
    if m is None:
        return None
    name = m.group("name").rstrip(" .-")
    squeezed = re.sub(r"[^a-z0-9]", "", name.lower())
    labels = [label for label in host.split(".")[:-1] if len(label) >= 4]  # "en.tempo.co": "tempo"
    # (a site named for the outlet without its word for news: "Shafaq News" on shafaq.com)
    bare = squeezed.removeprefix("the").removesuffix("news")
    return name if squeezed in labels or bare in labels else None


# a name alone on its line, or before a dash, a bar or a slash and the outlet ("Bobby Lagsa", "John Unson -
# Philstar.com"): two to four capitalised words, none all in capitals
_NAME_WORD = r"(?:[A-Z][a-z][\w’'\-]*|(?:al|el|bin|ibn)-[\w’'\-]+)"
NAME_LINE = re.compile(rf"[ \t]*(?P<name>[A-Z][a-z][\w’'\-]*(?:[ \t]+{_NAME_WORD}){{1,3}})[ \t]*(?:[-–—|/].*)?")
# a page's header ends at its first line of this many words: the story has begun
STORY_LINE_WORDS = 25


@cache
def _not_name_words() -> frozenset[str]:
    """Words (lower case) no reporter's name holds: a body's (titles.toml institution_words), the page
    furniture's (heading_words: "Home Africa", "Related Posts") and English stop words ("The Secretary")."""
    titles = datafiles.load(TitlesFile)
    return frozenset(w.lower() for w in [*titles.institution_words, *titles.heading_words]) | STOP_WORDS


def header_byline(line: str) -> str | None:
    """The reporter's name a header line holds alone ("Bobby Lagsa" under the headline, "John Unson -
    Philstar.com"), as pages print a byline without "By", written as a credit ("By Bobby Lagsa"); whether it is a
    person is the entity stage's call. Not a breadcrumb or a section's head ("Home Africa", "Related Posts")."""
    m = NAME_LINE.fullmatch(line)
    if m is None or any(w.lower() in _not_name_words() for w in m.group("name").split()):
        return None
    return f"By {m.group('name')}"


def credits_left_out(lines: list[str], kept: list[str], host: str | None = None) -> list[str]:
    """The credits of ``lines`` that no kept line holds, each once, in page order: the reporters and outlets the
    byline, credit and source lines name, the outlet's own name on a line of its own (its site ``host``
    spells it), and a name alone on a line of the page's header (``header_byline``), which the line rules and the
    page-top rules drop as no article text."""
    rules = boilerplate_rules()
    text = "\n".join(kept)
    out: list[str] = []
    header = True
    for line in lines:
        header = header and word_count(line) < STORY_LINE_WORDS
        credit = credit_of(line, rules) or site_name(line, host)
        # (not a line a rule drops as the page's furniture: "Short Url", "Related Posts")
        if credit is None and header and (byline := header_byline(line)) is not None \
                and matching_rule(line, rules) is None:
            credit = byline if byline.removeprefix("By ") not in text else None
        if credit is not None and credit not in out and credit not in text:
            out.append(credit)
    return out


def is_boilerplate(line: str) -> bool:
    return matching_rule(line) is not None


def tail_start(lines: list[str], rules: BoilerplateRules | None = None) -> int | None:
    """Index of the first tail heading that follows some article text, else None."""
    rules = rules or boilerplate_rules()
    seen_text = False
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if seen_text and word_count(stripped) <= 8 and rules.tail_heading.match(stripped) and not _story_follows(
            lines, i
        ):
            return i
        if word_count(stripped) > 8:
            seen_text = True
    return None


# a paragraph of the story, not a related story's headline or teaser line
_PARAGRAPH_WORDS = 25


def _story_follows(lines: list[str], at: int) -> bool:
    """A tail heading ("More From Me") in an author box or sidebar above the story: what came before it is a short
    bio or a headline, and the story's paragraphs come after it (many times more prose than before), where a
    block of other articles holds headlines and short teasers."""
    before = sum(n for line in lines[:at] if (n := word_count(line.strip())) > 8)
    after = sum(n for line in lines[at + 1:] if (n := word_count(line.strip())) > _PARAGRAPH_WORDS)
    return before < 100 and after > 3 * before


def _comment_block_end(lines: list[str], start: int, rules: BoilerplateRules) -> int | None:
    """End (exclusive) of a comment block whose heading is ``lines[start]``, or None if it is not one."""
    if not rules.comment_heading.match(lines[start].strip()):
        return None
    seen = 0
    has_policy = False
    for j in range(start + 1, len(lines)):
        stripped = lines[j].strip()
        if not stripped:
            continue
        seen += 1
        if rules.comment_policy.search(stripped) or rules.comment_form.match(stripped):
            has_policy = True
            continue
        if not has_policy and seen <= rules.comment_lookahead:
            return None  # a heading that happens to read "Comments", followed by ordinary text
        return j if has_policy else None
    return len(lines) if has_policy else None


def strip_boilerplate(lines: list[str]) -> tuple[list[str], int]:
    """The kept lines (blank runs collapsed) and how many non-blank lines were removed."""
    rules = boilerplate_rules()
    removed = 0
    cut = tail_start(lines, rules)
    if cut is not None:
        removed += sum(1 for line in lines[cut:] if line.strip())
        lines = lines[:cut]

    kept: list[str] = []
    last_text: str | None = None  # last kept non-blank line, for the duplicate check
    i = 0
    while i < len(lines):
        stripped = lines[i].strip()
        if not stripped:
            if kept and kept[-1]:
                kept.append("")
            i += 1
            continue
        end = _comment_block_end(lines, i, rules)
        if end is not None:
            removed += sum(1 for line in lines[i:end] if line.strip())
            i = end
            continue
        text = without_banner(stripped, rules)
        if not text or matching_rule(text, rules) is not None or text == last_text:
            removed += 1
            i += 1
            continue
        kept.append(text)
        last_text = text
        i += 1
    while kept and not kept[-1]:
        kept.pop()
    return kept, removed
