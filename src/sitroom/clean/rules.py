"""Load the cleaning data files once (``boilerplate.toml``, ``clean_dates.toml``) and compile their regexes."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from sitroom import data as datafiles
from sitroom.data.schemas import BoilerplateFile, CleanDatesFile
from sitroom.errors import SitroomError


@dataclass(frozen=True)
class LineRule:
    name: str
    pattern: re.Pattern[str]
    max_words: int | None


@dataclass(frozen=True)
class BannerRules:
    trigger: re.Pattern[str]  # a consent banner is on the line
    sentence: re.Pattern[str]  # banner sentences besides the trigger's, on a trigger line only
    buttons: frozenset[str]  # words of the buttons and links printed after the banner


@dataclass(frozen=True)
class BoilerplateRules:
    lines: tuple[LineRule, ...]
    banner: BannerRules
    tail_heading: re.Pattern[str]
    comment_heading: re.Pattern[str]
    comment_policy: re.Pattern[str]
    comment_form: re.Pattern[str]
    comment_standalone: re.Pattern[str]
    comment_lookahead: int
    share_words: frozenset[str]
    share_max_words: int
    title_separator: re.Pattern[str]  # a separator before an outlet suffix, spaces around it
    title_suffix_max_words: int
    credit_lines: tuple[re.Pattern[str], ...] = ()  # a whole line that credits a reporter or outlet (case kept)
    credit_max_words: int = 16


@dataclass(frozen=True)
class DateRules:
    deadline_before_year: re.Pattern[str]  # matched against the text just before a year
    span_start_before_year: re.Pattern[str]  # likewise: the year only opens a span lasting to the page's time
    quantity_after_year: re.Pattern[str]  # matched against the text just after a year
    quantity_before_year: re.Pattern[str]
    caption_markers: re.Pattern[str]


def _compile(name: str, pattern: str) -> re.Pattern[str]:
    try:
        return re.compile(pattern, re.IGNORECASE)
    except re.error as exc:
        raise SitroomError("E503", path=name, detail=f"bad regex {pattern!r}: {exc}") from exc


def _compile_cased(name: str, pattern: str) -> re.Pattern[str]:
    """A whole-line pattern whose capitals count (a credit's names are capitalised, its words are not)."""
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        raise SitroomError("E503", path=name, detail=f"bad regex {pattern!r}: {exc}") from exc
    if "credit" not in compiled.groupindex:
        raise SitroomError("E503", path=name, detail=f"regex {pattern!r} has no group named 'credit'")
    return compiled


def _whole_line_any(name: str, patterns: list[str]) -> re.Pattern[str]:
    return _compile(name, r"^(?:" + "|".join(f"(?:{p})" for p in patterns) + r")\s*:?$")


def _search_any(name: str, patterns: list[str]) -> re.Pattern[str]:
    return _compile(name, "|".join(f"(?:{p})" for p in patterns))


def _separator(name: str, separators: list[str]) -> re.Pattern[str]:
    return _compile(name, r"\s(?:" + "|".join(re.escape(s) for s in separators) + r")\s")


@cache
def boilerplate_rules() -> BoilerplateRules:
    name = "boilerplate.toml"
    data = datafiles.load(BoilerplateFile)
    comments, banner = data.comments, data.banner
    return BoilerplateRules(
        lines=tuple(LineRule(r.name, _compile(name, r.pattern), r.max_words) for r in data.line),
        banner=BannerRules(
            trigger=_compile(name, banner.trigger),
            sentence=_search_any(name, banner.sentences),
            buttons=frozenset(w.lower() for w in banner.buttons),
        ),
        tail_heading=_whole_line_any(name, data.tail.headings),
        comment_heading=_whole_line_any(name, comments.headings),
        comment_policy=_search_any(name, comments.policy),
        comment_form=_whole_line_any(name, comments.form),
        comment_standalone=_search_any(name, comments.standalone),
        comment_lookahead=comments.lookahead,
        share_words=frozenset(w.lower() for w in data.share.words),
        share_max_words=data.share.max_words,
        title_separator=_separator(name, data.title.separators),
        title_suffix_max_words=data.title.suffix_max_words,
        credit_lines=tuple(_compile_cased(name, p) for p in data.credit.patterns),
        credit_max_words=data.credit.max_words,
    )


@cache
def date_rules() -> DateRules:
    name = "clean_dates.toml"
    data = datafiles.load(CleanDatesFile)
    return DateRules(
        deadline_before_year=_compile(name, "(?:" + "|".join(data.year.deadline_before) + r")\s*$"),
        span_start_before_year=_compile(name, "(?:" + "|".join(data.year.span_start_before or ["(?!)"]) + r")\s*$"),
        quantity_after_year=_compile(name, r"^\s*(?:" + "|".join(data.year.quantity_after) + r")(?!\w)"),
        quantity_before_year=_compile(name, "(?:" + "|".join(data.year.quantity_before) + r")\s*$"),
        caption_markers=_search_any(name, data.caption.markers),
    )
