"""Generated wire-style text for benchmarks and load tests, and hand-built records (``DocBuilder``) for
tests and the load test: never used as evidence of anything.

Deterministic for a given seed, so ratios measured in one run compare like with like.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from typing import Any

from sitroom.models import (
    DocResult,
    Document,
    Event,
    Evidence,
    Figure,
    Mention,
    PlaceRecord,
    Quote,
    Sentence,
    stable_id,
)
from sitroom.partial_dates import precision_of

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


# --------------------------------------------------------------------------- records for tests and load tests


class DocBuilder:
    """One invented document and the records read from it, for tests, benchmarks and load tests: the one
    way sitroom builds DocResults by hand. Evidence and mentions are found in the text by substring, so
    every offset points at the right span whatever the sentences say.

    ``DocBuilder(["A bomber struck a market.", ...], id=..., source_path=..., published=...)``: the
    keywords are the Document's fields; ``sep`` joins the sentences into the text (and ``id`` may be a
    function of that text). Each record method takes the record's fields as keywords and fills in the id,
    the evidence and the trigger or raw text from ``part``, the words the record was read from.
    """

    def __init__(self, sentences: Sequence[str], id: str | Callable[[str], str], sep: str = "\n\n",
                 record_sentences: bool = True, **document: Any) -> None:
        self.text = sep.join(sentences)
        self.id = id(self.text) if callable(id) else id
        self.result = DocResult(document=Document(id=self.id, text=self.text, **document))
        self._sentences: list[Sentence] = []
        at = 0
        for i, s in enumerate(sentences):
            start = self.text.index(s, at)
            self._sentences.append(Sentence(self.id, i, start, start + len(s), s))
            at = start + len(s)
        if record_sentences:
            self.result.sentences.extend(self._sentences)

    def span(self, part: str, within: str | None = None) -> tuple[int, int]:
        """Offsets of the first ``part`` in the text (in the sentence ``within``, when given)."""
        base = self.text.index(within) if within is not None else 0
        start = self.text.index(part, base)
        return start, start + len(part)

    def evidence(self, part: str, within: str | None = None) -> list[Evidence]:
        start, end = self.span(part, within)
        sentence = next(s for s in self._sentences if s.start <= start < s.end)
        return [Evidence(doc_id=self.id, start=start, end=end, text=sentence.text)]

    def sentence_evidence(self, index: int) -> list[Evidence]:
        """The ``index``-th sentence as a whole, as evidence (right even when a sentence repeats)."""
        s = self._sentences[index]
        return [Evidence(doc_id=self.id, start=s.start, end=s.end, text=s.text)]

    def mention(self, part: str, within: str | None = None) -> Mention:
        start, end = self.span(part, within)
        return Mention(text=part, doc_id=self.id, start=start, end=end)

    def mentions(self, part: str) -> list[Mention]:
        """A mention for every place ``part`` occurs in the text."""
        out: list[Mention] = []
        at = self.text.find(part)
        while at != -1:
            out.append(Mention(part, self.id, at, at + len(part)))
            at = self.text.find(part, at + len(part))
        return out

    def place(self, place: PlaceRecord, part: str | None = None, within: str | None = None) -> PlaceRecord:
        """``place`` (a record without mentions) as this document's, mentioned at ``part`` (default: its name)."""
        rec = next((p for p in self.result.places if p.id == place.id), None)
        if rec is None:
            rec = replace(place, mentions=[])
            self.result.places.append(rec)
        rec.mentions.append(self.mention(part or place.name, within))
        return rec

    def event(self, part: str, type: str, at: PlaceRecord | None = None, within: str | None = None,
              **fields: Any) -> Event:
        """An event triggered by ``part``; ``at`` (a place) fills the place fields and adds its mention."""
        where: dict[str, Any] = {}
        if at is not None:
            self.place(at, within=within)
            where = {"country": at.country, "place": at.name, "lat": at.lat, "lon": at.lon, "place_id": at.id,
                     "geo_precision": at.precision}
        values: dict[str, Any] = {
            "id": stable_id(self.id, "event", part), "doc_id": self.id, "type": type, "date": None,
            "date_precision": None, "country": None, "place": None, "lat": None, "lon": None, "actor": None,
            "target": None, "killed": None, "wounded": None, "claimed": False, "trigger": part,
            **where, **fields,
        }
        values.setdefault("evidence", self.evidence(part, within))
        if values["date"] is not None and "date_precision" not in fields:
            values["date_precision"] = precision_of(values["date"])
        ev = Event(**values)
        self.result.events.append(ev)
        return ev

    def figure(self, part: str, within: str | None = None, **fields: Any) -> Figure:
        """A figure read from ``part`` (its raw text)."""
        values: dict[str, Any] = {"id": stable_id(self.id, "figure", part), "doc_id": self.id, "qualifier": None,
                                  "as_of": None, "raw": part, **fields}
        values.setdefault("evidence", self.evidence(part, within))
        fig = Figure(**values)
        self.result.figures.append(fig)
        return fig

    def quote(self, words: str, speaker: str, within: str | None = None, **fields: Any) -> Quote:
        """A quote of ``words`` said by ``speaker``."""
        values: dict[str, Any] = {"id": stable_id(self.id, "quote", words), "doc_id": self.id, "speaker": speaker,
                                  "text": words, "direct": True, "date": None, **fields}
        values.setdefault("evidence", self.evidence(words, within))
        q = Quote(**values)
        self.result.quotes.append(q)
        return q
