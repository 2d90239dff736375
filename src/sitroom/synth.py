"""Generated wire-style text for benchmarks and load tests (never used as evidence of anything).

Deterministic for a given seed, so ratios measured in one run compare like with like.
"""

from __future__ import annotations

import random
from collections.abc import Iterator

PLACES = ["Mosul", "Kirkuk", "Raqqa", "Deir ez-Zor", "Hasakah", "Baghdad", "Erbil", "Tikrit", "Kabul", "Jalalabad",
          "Ramadi", "Fallujah", "Manbij", "Qamishli", "Sinjar"]
ACTORS = ["Islamic State", "ISIS", "Daesh", "IS-K", "the Islamic State group"]
OFFICIALS = ["a coalition spokesman", "the interior ministry", "a provincial official", "local police"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

TEMPLATES = [
    "{place}: At least {n} people were killed and {m} wounded when a suicide bomber struck a market in {place} "
    "on {day}, {official} said. {actor} claimed responsibility for the attack in a statement.",
    "Coalition aircraft carried out {n} strikes near {place} last week, targeting {actor} hideouts, "
    "{official} told reporters on {day}.",
    "Foreign ministers of the Global Coalition to Defeat Daesh met in {place} on {day} and pledged more than "
    "${m} million for stabilisation, against a target of ${n2} million.",
    "\u201cThe threat from {actor} has not gone away,\u201d {official} said on {day}. \u201cWe will keep up the "
    "pressure in {place} and beyond.\u201d",
    "Some {n}0 families were repatriated from camps in northeast Syria this month, bringing the number of "
    "residents below {m},000, {official} said.",
]


def wire_texts(count: int, seed: int = 7, sentences: int = 6) -> Iterator[str]:
    """``count`` short articles of ``sentences`` template sentences each."""
    rng = random.Random(seed)
    for _ in range(count):
        parts = []
        for _ in range(sentences):
            tpl = rng.choice(TEMPLATES)
            parts.append(tpl.format(
                place=rng.choice(PLACES), actor=rng.choice(ACTORS), official=rng.choice(OFFICIALS),
                day=rng.choice(WEEKDAYS), n=rng.randint(2, 90), m=rng.randint(3, 600), n2=rng.randint(600, 900),
            ))
        yield "\n\n".join(parts)


HEADLINES = [
    "{actor} attack kills {n} in {place}",
    "Coalition strikes hit {actor} near {place}",
    "{n}0 families return from camps to {place}",
    "Donors pledge ${m} million for {place}",
]


def _headline(rng: random.Random) -> str:
    line = rng.choice(HEADLINES).format(
        actor=rng.choice(ACTORS), place=rng.choice(PLACES), n=rng.randint(2, 90), m=rng.randint(3, 600)
    )
    return line[0].upper() + line[1:]


def _paragraph(rng: random.Random) -> str:
    (text,) = wire_texts(1, seed=rng.randrange(1 << 30), sentences=rng.randint(1, 4))
    return text.replace("\n\n", " ")


def _wrapped_article(rng: random.Random, width: int, teasers: float) -> str:
    """One article as a scrape of a listing page prints it: headline, date line, the headline again, then
    hard-wrapped paragraphs; a teaser (one short paragraph) with probability ``teasers``."""
    import textwrap

    headline = _headline(rng)
    date = f"Updated {rng.randint(1, 28)} May {rng.randint(2015, 2024)}"
    count = 1 if rng.random() < teasers else rng.randint(3, 8)
    paragraphs = [
        textwrap.fill(_paragraph(rng), width)
        for _ in range(count)
    ]
    if count == 1:
        paragraphs = [textwrap.fill(paragraphs[0].split(". ")[0] + ".", width)]
    return "\n\n".join([headline, date, headline, *paragraphs])


def hard_wrapped_text(size: int, seed: int = 7, width: int = 70, teasers: float = 0.5) -> str:
    """About ``size`` characters of wire articles hard-wrapped at ``width`` columns with blank lines between
    paragraphs: the shape of mail archives, PDF extractions and listing-page scrapes, where cleaning
    re-joins wrapped lines and folds teasers into the article before them (``teasers=1.0``: a listing of
    teasers only, all folded into the first article)."""
    rng = random.Random(seed)
    parts: list[str] = []
    total = 0
    while total < size:
        article = _wrapped_article(rng, width, teasers)
        parts.append(article)
        total += len(article) + 2
    return "\n\n".join(parts)[:size]
