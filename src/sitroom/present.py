"""Numbers as people read them, the same in the terminal and on the web pages: a merged event's toll and
a figure's value."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


def toll_text(event: Mapping[str, Any], key: str = "killed") -> str:
    """A merged event's ``key`` toll (killed, wounded): the best value, with the sources' range when they
    disagree ("12 (10–15)"); "" when no source gave one."""
    best, low, high = event.get(f"{key}_best"), event.get(f"{key}_low"), event.get(f"{key}_high")
    if best is None:
        return ""
    return f"{best} ({low}–{high})" if low is not None and high is not None and low != high else str(best)


def number_text(value: float | None) -> str:
    """A count or measure with thousands separators, decimals only where there are any; "-" for none."""
    if value is None:
        return "-"
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}"
