"""A small hand-built database for the web tests: several outlets, a four-point series with a target,
events on the map, quotes, and one hostile document full of markup that must never execute.

All sentences are invented, in the style of wire copy. Offsets are computed from the text, so every piece
of evidence points at the right span.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import make_corpus

from sitroom.models import (
    DocResult,
    Document,
    Entity,
    Event,
    Evidence,
    Figure,
    Mention,
    PlaceRecord,
    Quote,
    Sentence,
    stable_id,
)
from sitroom.store import Store

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_LINK = '<a href="javascript:window.__xss=1">read more</a>'
XSS_SPEAKER = "Sam <b onmouseover=window.__xss=1>Vale</b>"

RAQQA = PlaceRecord(id="gn:163915", name="Raqqa", country="SY", lat=35.95, lon=39.01, geonames_id=163915,
                    mentions=[], admin1="Raqqa", precision="point")
KIRKUK = PlaceRecord(id="gn:94787", name="Kirkuk", country="IQ", lat=35.468, lon=44.392, geonames_id=94787,
                     mentions=[], admin1="Kirkuk", precision="point")


class Builder:
    """One document and the records read from it, with evidence found by substring."""

    def __init__(self, name: str, sentences: list[str], published: str | None, source: str,
                 title: str | None = None) -> None:
        self.text = "\n\n".join(sentences)
        self.id = stable_id("serve-test", name, self.text)
        self.sentences = sentences
        self.result = DocResult(document=Document(
            id=self.id, text=self.text, source_path=f"serve/{name}.txt", title=title or f"Report {name}",
            source=source, published=published, reference_date=published, language="en", language_score=0.99,
        ))
        at = 0
        for i, s in enumerate(sentences):
            start = self.text.index(s, at)
            self.result.sentences.append(Sentence(self.id, i, start, start + len(s), s))
            at = start + len(s)

    def evidence(self, part: str) -> list[Evidence]:
        start = self.text.index(part)
        sentence = next(s for s in self.result.sentences if s.start <= start < s.end)
        return [Evidence(doc_id=self.id, start=start, end=start + len(part), text=sentence.text)]

    def event(self, part: str, type: str, date: str | None, place: PlaceRecord | None = None,
              actor: str | None = None, killed: int | None = None, wounded: int | None = None,
              claimed: bool = False) -> Event:
        ev = Event(
            id=stable_id(self.id, "event", part), doc_id=self.id, type=type, date=date,
            date_precision=None if date is None else {4: "year", 7: "month"}.get(len(date), "day"),
            country=place.country if place else None, place=place.name if place else None,
            lat=place.lat if place else None, lon=place.lon if place else None, actor=actor, target=None,
            killed=killed, wounded=wounded, claimed=claimed, evidence=self.evidence(part), trigger=part,
            place_id=place.id if place else None, geo_precision=place.precision if place else None,
        )
        self.result.events.append(ev)
        if place is not None:
            start = self.text.index(place.name)
            rec = next((p for p in self.result.places if p.id == place.id), None)
            if rec is None:
                rec = PlaceRecord(**{**place.__dict__, "mentions": []})
                self.result.places.append(rec)
            rec.mentions.append(Mention(place.name, self.id, start, start + len(place.name)))
        return ev

    def figure(self, part: str, subject: str, value: float, unit: str, as_of: str | None,
               is_target: bool = False, qualifier: str | None = None) -> Figure:
        fig = Figure(id=stable_id(self.id, "figure", part), doc_id=self.id, subject=subject, value=value,
                     unit=unit, qualifier=qualifier, as_of=as_of, evidence=self.evidence(part), raw=part,
                     is_target=is_target)
        self.result.figures.append(fig)
        return fig

    def quote(self, words: str, speaker: str, date: str | None, role: str | None = None) -> Quote:
        q = Quote(id=stable_id(self.id, "quote", words), doc_id=self.id, speaker=speaker, text=words,
                  direct=True, date=date, evidence=self.evidence(words), role=role,
                  speaker_id=stable_id("person", speaker))
        self.result.quotes.append(q)
        start = self.text.index(speaker)
        self.result.entities.append(Entity(id=stable_id("person", speaker), canonical=speaker, type="person",
                                           mentions=[Mention(speaker, self.id, start, start + len(speaker))],
                                           roles=[role] if role else []))
        return q


CAMP_POINTS = [  # (published, value, as_of, outlet)
    ("2019-06-10", 70_000, "2019-06", "Desert Wire"),
    ("2020-12-02", 62_000, "2020-12", "Levant Post"),
    ("2022-03-15", 56_000, "2022-03", "Desert Wire"),
    ("2023-09-20", 48_000, "2023-09", "Northern Courier"),
]


def camp_docs() -> list[DocResult]:
    """Four reports of a camp's population over four years: one series with four points."""
    out: list[DocResult] = []
    for i, (published, value, as_of, outlet) in enumerate(CAMP_POINTS):
        figure = f"about {value:,} people"
        sentence = f"The Roj Valley camp now holds {figure}, most of them women and children, aid workers said."
        b = Builder(f"camp-{i}", [f"Aid groups warned of a funding gap in northeast Syria on {published}.",
                                  sentence, "Repatriations have been slow."], published, outlet,
                    title=f"Camp population update {as_of}")
        b.figure(figure, "camp residents", float(value), "people", as_of, qualifier="about")
        out.append(b.result)
    return out


def pledge_doc() -> DocResult:
    b = Builder("pledges", [
        "Ministers meeting in Kirkuk on Thursday pledged $600 million for stabilisation.",
        "The target for the year is $670 million, officials said.",
        '"We are close to the goal," said Alex Rivers, the envoy.',
    ], "2023-06-08", "Levant Post", title="Ministers pledge funds")
    b.event("pledged", "pledge", "2023-06-08", place=KIRKUK, actor="Global Coalition to Defeat Daesh/ISIS")
    b.figure("$600 million", "stabilisation pledges", 600e6, "USD", "2023-06")
    b.figure("$670 million", "stabilisation pledges", 670e6, "USD", "2023", is_target=True)
    b.quote("We are close to the goal", "Alex Rivers", "2023-06-08", role="the envoy")
    return b.result


def raqqa_doc() -> DocResult:
    b = Builder("raqqa", [
        "Gunmen stormed a police post in Raqqa on Sunday, killing seven officers, local sources said.",
        "Islamic State later claimed the raid.",
    ], "2023-11-06", "Northern Courier", title="Raid on police post in Raqqa")
    b.event("stormed", "attack", "2023-11-05", place=RAQQA, actor="Islamic State", killed=7, claimed=True)
    return b.result


def xss_doc() -> DocResult:
    """A scraped page whose text carries live markup: it must show as text and never run."""
    b = Builder("hostile", [
        f"Militants attacked a village near Raqqa on Monday {XSS_SCRIPT} killing two guards.",
        f"Photo caption {XSS_IMG} was left in the scrape.",
        f"Related: {XSS_LINK} and javascript:window.__xss=1 as plain text.",
        f"The post was shared by {XSS_SPEAKER}, a local blogger.",
    ], "2023-10-02", f"Scraper {XSS_SCRIPT}", title=f"Village raid {XSS_IMG}")
    b.event("attacked", "attack", "2023-10-02", place=RAQQA, actor="Islamic State", killed=2)
    b.quote(f"Related: {XSS_LINK}", XSS_SPEAKER, "2023-10-02")
    b.figure("two guards", f"guards {XSS_SCRIPT}", 2.0, "people", "2023-10")
    return b.result


def raqqa_second_report() -> DocResult:
    """Another outlet's report of the Raqqa raid with a different toll: merges with ``raqqa_doc``'s event."""
    b = Builder("raqqa-2", [
        "Militants raided a police post in Raqqa on Sunday, killing nine officers, a monitoring group said.",
        "The group has carried out similar raids this year.",
    ], "2023-11-06", "Desert Wire", title="Nine police killed in Raqqa raid")
    b.event("raided", "attack", "2023-11-05", place=RAQQA, actor="Islamic State", killed=9)
    return b.result


def all_results() -> list[DocResult]:
    return [*make_corpus(), *camp_docs(), pledge_doc(), raqqa_doc(), xss_doc()]


def build_database(path: Path, results: list[DocResult] | None = None) -> Path:
    """Write the results (default: ``all_results()``) and build the cross-source picture, as ingest does."""
    with Store(path) as store:
        store.write_results(all_results() if results is None else results)
        store.rebuild_picture()
    return path
