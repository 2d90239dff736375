"""Wire datelines ("MOSUL, Iraq, May 2 (Example Wire) - ..."): where the story was filed, not where
anything in it happened, so extractors leave the names inside them out of places and actors.

Every dateline pattern of sitroom is here, built from the same parts: the place in capitals, an optional
region after a comma, the outlet in brackets and the dash. Three uses want three shapes: ``DATELINE``
finds the filing place at any line start (places and events skip it); ``WIRE_OPENING`` is what the
near-duplicate fingerprint skips at the top of a text (outlet required: the part syndicated copies rewrite;
stored fingerprints were computed with exactly this shape, so it must not change); ``dated_datelines``
reads the date out of one (clean/dates.py).
"""

from __future__ import annotations

import re

PLACE_CAPS = r"[A-Z][A-Z .'’-]"  # "MOSUL", "SHEIKH ZUWEID", "ST. PETERSBURG": a length bound follows
OUTLET = r"\([^)\n]{1,60}\)"  # "(Reuters)", "(Example Wire)"

# "DATU HOFFER, Maguindanao del Sur—Militants ambushed ...": the Philippine press closes the dateline with a
# dash and no space (only a long dash: "ISIS-K" is no dateline)
DATELINE = re.compile(
    rf"^[ \t]*{PLACE_CAPS}{{2,40}}(?:,[^()\n\-–—]{{1,40}})?(?:\s*{OUTLET})?\s*(?:[-–—]+\s|[–—](?=[A-Z“\"‘']))",
    re.MULTILINE,
)
# "Islamabad, July 31 (EFE).- ", "Kabul, Oct 3 (AP) -- ": a place in title case is a dateline only with the
# outlet in brackets right before the dash (a title-case opening alone could be any sentence)
DATELINE_TITLE = re.compile(
    rf"^[ \t]*[A-Z][a-z][\w.'’-]{{1,25}}(?: [A-Z][\w.'’-]{{1,25}}){{0,2}},[^()\n\-–—]{{1,40}}\s*{OUTLET}"
    r"\.?\s*[-–—]+\s?",
    re.MULTILINE,
)
WIRE_OPENING = re.compile(rf"^\s*{PLACE_CAPS}{{1,40}}(?:,[^()\n]{{0,60}})?\s*{OUTLET}\s*[-–—:]\s*")


def dated_datelines(date: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The dateline shapes that carry a date (matched by the pattern ``date``, as group ``date``):
    "BAGHDAD, March 3, 2024 (Reuters) -" and "WASHINGTON (UrduPoint News / Sputnik - 19th November, 2019)"."""
    head = rf"^{PLACE_CAPS}{{1,40}}(?:,\s*[A-Z][\w.'’ -]{{1,40}})?\s*"
    return (
        re.compile(rf"{head}[,:]?\s*(?P<date>(?i:{date}))\s*(?:\([^)]{{1,40}}\))?\s*[-–—:]"),
        re.compile(rf"{head}\([^()]{{0,60}}?(?P<date>(?i:{date}))\)"),
    )


# Datelines the line-start shape misses: a press release flattened onto one line ("... Release Number
# 20251112-01 FOR IMMEDIATE RELEASE TAMPA, Fla. – U.S. Central Command ...") and a wire dateline with the
# day but no dash ("CAIRO Nov 1 Dozens of residents ..."). Group "at" starts the place.
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
OTHER_DATELINES = (
    re.compile(rf"\bFOR IMMEDIATE RELEASE[ \t]+(?P<at>{PLACE_CAPS}{{2,40}}(?:,[^()\n\-–—]{{1,40}})?\s*[-–—]+\s)"),
    re.compile(rf"^[ \t]*(?P<at>[A-Z]{{3,}}(?: [A-Z]{{3,}}){{0,2}}),? {_MONTH_ABBR} \d{{1,2}} (?=[A-Z])", re.MULTILINE),
    # "JAKARTA (Jakarta Post/ANN): The National Police ...": the outlet in brackets and a colon
    re.compile(rf"^[ \t]*(?P<at>{PLACE_CAPS}{{2,40}}\s*{OUTLET}\s*:\s)", re.MULTILINE),
    # "PESHAWAR: The Counter Terrorism Department ...", "ABIDJAN: Local sources said ...": the South Asian
    # and African press habit, the place in capitals and a colon, no outlet
    re.compile(r"^[ \t]*(?P<at>[A-Z]{3,}(?:[ -][A-Z]{2,}){0,2}):[ \t]+(?=[A-Z“\"‘'])", re.MULTILINE),
    # "Beni, DR Congo, May 26 – Thirteen people ...", "Garowe, Somalia, Sept 28, 2025 — Puntland forces ...": a
    # place in title case is a dateline with its day before the dash (not "Monday, June 17, 2024 - ", a date line);
    # the agency may follow the day without brackets ("Dushanbe, August 31, Interfax - The Tajik ..."), or close the
    # dateline in brackets with a colon ("Niamey, 2 March 2023 (TDI): The plenary meeting ...")
    re.compile(
        rf"^[ \t]*(?P<at>(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)[A-Z][a-z][\w.'’-]{{1,25}}"
        rf"(?: [A-Z][\w.'’-]{{1,25}}){{0,2}}(?:, [A-Z][\w.'’ ]{{1,30}}?)?, "
        rf"(?:{_MONTH_ABBR} [0-3]?\d(?:st|nd|rd|th)?|[0-3]?\d(?:st|nd|rd|th)? {_MONTH_ABBR})(?:,? (?:19|20)\d\d)?"
        rf"(?:(?:[ \t]*{OUTLET}|, [A-Z][A-Za-z]{{2,15}})?[ \t]*[-–—]{{1,2}}|[ \t]*{OUTLET}[ \t]*:)"
        r"[ \t]*)(?=[A-Z“\"‘'])",
        re.MULTILINE,
    ),
)
# "Mogadishu (HOL) — U.S. Africa Command ...": a title-case place, the outlet's short name, a dash; not a name
# and its own initials ("Islamic State (IS) - a group that ...")
_TITLE_SHORT_OUTLET = re.compile(
    r"^[ \t]*(?P<at>[A-Z][a-z][\w.'’-]{1,25}(?: [A-Z][a-z][\w.'’-]{1,25})?)"
    r" ?\((?P<outlet>[A-Z]{2,8})\)\s*[-–—]+(?:\s|(?=[A-Z“\"‘']))",
    re.MULTILINE,
)
# "Bari (Dawan Africa) – Puntland’s forces ...", "Jakarta (AsiaNews) - ...", "Abuja (Reuters) - ...": a title-case
# place and an outlet's name of any shape in brackets, a dash and the story's first word in capitals; the Somali
# press may write it without spaces ("Bosaso(Mogadishu24)-Puntland State Security forces ...", "Bosaso (WDN)-The ...")
_TITLE_NAMED_OUTLET = re.compile(
    r"^[ \t]*(?P<at>[A-Z][a-z][\w.'’-]{1,25}(?: [A-Z][a-z][\w.'’-]{1,25})?)"
    r"(?: [-–—])? ?\( ?(?P<outlet>[A-Z][\w.'’/ -]{1,38}[\w.])\)\s*[-–—]+\s*(?=[A-Z“\"‘'])",
    re.MULTILINE,
)
# sentence adverbs and days that open a line as a place would ("Meanwhile, Nigeria — Troops ...")
_NO_PLACE = r"(?:Meanwhile|However|Also|Moreover|Furthermore|Separately|Earlier|Later|Today|Yesterday|Tonight|" \
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)"
# "Garowe, Somalia — Puntland forces ...", "Diyala, IRAQ — A senior ...", "Maiduguri, Borno state - Several ...": a
# title-case place, its region or country in capitals, a dash and the story's first word in capitals (not
# "Beni, the main town - ...": the region starts with a capital)
_TITLE_REGION = re.compile(
    rf"^[ \t]*(?P<at>(?!{_NO_PLACE}\b)[A-Z][a-z][\w.'’-]{{1,25}}(?: [A-Z][a-z][\w.'’-]{{1,25}}){{0,2}}), "
    r"[A-Z][\w.'’]{1,20}(?: (?:[A-Z][\w.'’]{1,20}|state|region|province)){0,2}[ \t]*[-–—]+[ \t]+(?=[A-Z“\"‘'])",
    re.MULTILINE,
)


def _initials(words: str) -> str:
    return "".join(w[0] for w in words.split())


def _own_initials(name: str, bracket: str) -> bool:
    """The bracket holds the name's own short form ("Islamic State (IS)", "Islamic State (ISIS)"), not an outlet
    ("Maputo (MOZTIMES)": one word's initial is no short form)."""
    initials = _initials(name)
    return bracket == initials or (len(initials) > 1 and bracket.startswith(initials))


def dateline_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of every dateline of ``text``: at a line start, or after a release header."""
    spans = [(m.start(), m.end()) for m in DATELINE.finditer(text)]
    spans += [(m.start(), m.end()) for m in DATELINE_TITLE.finditer(text)]
    for pattern in OTHER_DATELINES:
        spans += [(m.start("at"), m.end()) for m in pattern.finditer(text)]
    spans += [
        (m.start("at"), m.end())
        for pattern in (_TITLE_SHORT_OUTLET, _TITLE_NAMED_OUTLET)
        for m in pattern.finditer(text)
        if not _own_initials(m["at"], m["outlet"])
    ]
    spans += [(m.start("at"), m.end()) for m in _TITLE_REGION.finditer(text)]
    return sorted(set(spans))


def without_datelines(text: str) -> str:
    return DATELINE.sub("", text)
