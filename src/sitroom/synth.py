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
