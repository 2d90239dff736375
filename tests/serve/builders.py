"""A small hand-built database for the web tests: several outlets, a four-point series with a target,
events on the map, quotes, and one hostile document full of markup that must never execute.

All sentences are invented, in the style of wire copy. Offsets are computed from the text, so every piece
of evidence points at the right span.
"""

from __future__ import annotations

from pathlib import Path

from tests.factories import make_corpus

from sitroom.models import DocResult, Entity, PlaceRecord, stable_id
from sitroom.store import Store
from sitroom.synth import DocBuilder

XSS_SCRIPT = "<script>window.__xss=1</script>"
XSS_IMG = '<img src=x onerror="window.__xss=1">'
XSS_LINK = '<a href="javascript:window.__xss=1">read more</a>'
XSS_SPEAKER = "Sam <b onmouseover=window.__xss=1>Vale</b>"

RAQQA = PlaceRecord(id="gn:163915", name="Raqqa", country="SY", lat=35.95, lon=39.01, geonames_id=163915,
                    mentions=[], admin1="Raqqa", precision="point")
KIRKUK = PlaceRecord(id="gn:94787", name="Kirkuk", country="IQ", lat=35.468, lon=44.392, geonames_id=94787,
                     mentions=[], admin1="Kirkuk", precision="point")


def Builder(name: str, sentences: list[str], published: str | None, source: str,  # noqa: N802 - a record maker
            title: str | None = None) -> DocBuilder:
    """One web-test document (records are added with the DocBuilder's methods)."""
    return DocBuilder(sentences, id=lambda text: stable_id("serve-test", name, text), source_path=f"serve/{name}.txt",
                      title=title or f"Report {name}", source=source, published=published,
                      reference_date=published, language="en", language_score=0.99)


def person_quote(b: DocBuilder, words: str, speaker: str, date: str | None, role: str | None = None) -> None:
    """A quote of ``speaker``, who is also the document's person entity."""
    b.quote(words, speaker, date=date, role=role, speaker_id=stable_id("person", speaker))
    b.result.entities.append(Entity(id=stable_id("person", speaker), canonical=speaker, type="person",
                                    mentions=[b.mention(speaker)], roles=[role] if role else []))


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
        b.figure(figure, subject="camp residents", value=float(value), unit="people", as_of=as_of, qualifier="about")
        out.append(b.result)
    return out


def pledge_doc() -> DocResult:
    b = Builder("pledges", [
        "Ministers meeting in Kirkuk on Thursday pledged $600 million for stabilisation.",
        "The target for the year is $670 million, officials said.",
        '"We are close to the goal," said Alex Rivers, the envoy.',
    ], "2023-06-08", "Levant Post", title="Ministers pledge funds")
    b.event("pledged", "pledge", date="2023-06-08", at=KIRKUK, actor="Global Coalition to Defeat Daesh/ISIS")
    b.figure("$600 million", subject="stabilisation pledges", value=600e6, unit="USD", as_of="2023-06")
    b.figure("$670 million", subject="stabilisation pledges", value=670e6, unit="USD", as_of="2023", is_target=True)
    person_quote(b, "We are close to the goal", "Alex Rivers", "2023-06-08", role="the envoy")
    return b.result


def raqqa_doc() -> DocResult:
    b = Builder("raqqa", [
        "Gunmen stormed a police post in Raqqa on Sunday, killing seven officers, local sources said.",
        "Islamic State later claimed the raid.",
    ], "2023-11-06", "Northern Courier", title="Raid on police post in Raqqa")
    b.event("stormed", "attack", date="2023-11-05", at=RAQQA, actor="Islamic State", killed=7, claimed=True)
    return b.result


def xss_doc() -> DocResult:
    """A scraped page whose text carries live markup: it must show as text and never run."""
    b = Builder("hostile", [
        f"Militants attacked a village near Raqqa on Monday {XSS_SCRIPT} killing two guards.",
        f"Photo caption {XSS_IMG} was left in the scrape.",
        f"Related: {XSS_LINK} and javascript:window.__xss=1 as plain text.",
        f"The post was shared by {XSS_SPEAKER}, a local blogger.",
    ], "2023-10-02", f"Scraper {XSS_SCRIPT}", title=f"Village raid {XSS_IMG}")
    b.event("attacked", "attack", date="2023-10-02", at=RAQQA, actor="Islamic State", killed=2)
    person_quote(b, f"Related: {XSS_LINK}", XSS_SPEAKER, "2023-10-02")
    b.figure("two guards", subject=f"guards {XSS_SCRIPT}", value=2.0, unit="people", as_of="2023-10")
    return b.result


FORMULA_SOURCE = "=HYPERLINK(\"http://evil.example\",\"Wire\")"


def formula_doc() -> DocResult:
    """A scraped page whose cells a spreadsheet would run as formulas (CSV injection): downloads escape them."""
    b = Builder("formula", [
        "@SUM(1+1) Militants attacked a checkpoint near Kirkuk on Friday, killing three guards.",
        '"+cmd|\' /C calc\'!A0," said -2+3 Smith, a local official.',
        "The camp now holds -5+5 people, aid groups said.",
    ], "2023-09-02", FORMULA_SOURCE, title="=1+1 Checkpoint attack")
    b.event("attacked", "attack", date="2023-09-01", at=KIRKUK, actor="@Brigade", killed=3)
    person_quote(b, "+cmd|' /C calc'!A0,", "-2+3 Smith", "2023-09-02", role="=local official")
    b.figure("-5+5 people", subject="-camp residents", value=5.0, unit="people", as_of="2023-09")
    return b.result


def raqqa_second_report() -> DocResult:
    """Another outlet's report of the Raqqa raid with a different toll: merges with ``raqqa_doc``'s event."""
    b = Builder("raqqa-2", [
        "Militants raided a police post in Raqqa on Sunday, killing nine officers, a monitoring group said.",
        "The group has carried out similar raids this year.",
    ], "2023-11-06", "Desert Wire", title="Nine police killed in Raqqa raid")
    b.event("raided", "attack", date="2023-11-05", at=RAQQA, actor="Islamic State", killed=9)
    return b.result


def all_results() -> list[DocResult]:
    return [*make_corpus(), *camp_docs(), pledge_doc(), raqqa_doc(), xss_doc()]


def build_database(path: Path, results: list[DocResult] | None = None) -> Path:
    """Write the results (default: ``all_results()``) and build the cross-source picture, as ingest does."""
    with Store(path) as store:
        store.write_results(all_results() if results is None else results)
        store.rebuild_picture()
    return path
