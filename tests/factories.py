"""Hand-built DocResults for store and export tests (no model needed).

The texts are short invented sentences in the style of wire copy; offsets are computed from the text so
evidence always points at the right span.
"""

from __future__ import annotations

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

ATTACK = "Islamic State fighters attacked a checkpoint near Mosul on Tuesday, killing four soldiers."
CLAIM = "The group claimed the attack through its Amaq news agency."
PLEDGE = "Donors pledged more than $250 million to stabilise liberated areas."
QUOTE = '"We will not let them regroup," said Jane Doe, the coalition spokeswoman.'
STRIKE = "Coalition aircraft struck an IS hideout in Deir ez-Zor province in March."

MOSUL = PlaceRecord(id="gn:99072", name="Mosul", country="IQ", lat=36.335, lon=43.11889, geonames_id=99072,
                    mentions=[], admin1="Nineveh", precision="point")
DEIR = PlaceRecord(id="gn:170792", name="Deir ez-Zor", country="SY", lat=35.33588, lon=40.14084,
                   geonames_id=170792, mentions=[], admin1="Deir ez-Zor", precision="province")


def _span(text: str, sentence: str, part: str) -> tuple[int, int]:
    base = text.index(sentence)
    start = base + sentence.index(part)
    return start, start + len(part)


def _evidence(doc_id: str, text: str, sentence: str, part: str) -> list[Evidence]:
    start, end = _span(text, sentence, part)
    return [Evidence(doc_id=doc_id, start=start, end=end, text=sentence)]


def make_result(
    name: str = "a",
    sentences: tuple[str, ...] = (ATTACK, CLAIM, PLEDGE, QUOTE, STRIKE),
    published: str | None = "2024-05-14",
    segment: int = 0,
    language: str | None = "en",
) -> DocResult:
    """A DocResult for an invented article made of ``sentences``; records for those it recognises."""
    text = " ".join(sentences)
    doc_id = stable_id("doc", name, text)
    document = Document(
        id=doc_id, text=text, source_path=f"corpus/{name}.txt", segment=segment, title=f"Report {name}",
        url=f"https://news.example/{name}", source="Example Wire", published=published,
        published_basis="metadata" if published else None, reference_date=published,
        reference_basis="published" if published else None, language=language,
        language_score=0.99 if language else None,
    )
    result = DocResult(document=document)
    offset = 0
    for i, s in enumerate(sentences):
        start = text.index(s, offset)
        result.sentences.append(Sentence(doc_id=doc_id, index=i, start=start, end=start + len(s), text=s))
        offset = start + len(s)

    islamic_state = Entity(id=stable_id("armed_group", "Islamic State"), canonical="Islamic State",
                           type="armed_group", mentions=[], wikidata="Q2429253")
    places: dict[str, PlaceRecord] = {}

    def mention(entity: Entity, sentence: str, part: str) -> None:
        start, end = _span(text, sentence, part)
        entity.mentions.append(Mention(text=part, doc_id=doc_id, start=start, end=end))

    def place_mention(place: PlaceRecord, sentence: str, part: str) -> None:
        rec = places.setdefault(place.id, PlaceRecord(**{**place.__dict__, "mentions": []}))
        start, end = _span(text, sentence, part)
        rec.mentions.append(Mention(text=part, doc_id=doc_id, start=start, end=end))

    if ATTACK in sentences:
        mention(islamic_state, ATTACK, "Islamic State")
        place_mention(MOSUL, ATTACK, "Mosul")
        evidence = _evidence(doc_id, text, ATTACK, "attacked")
        if CLAIM in sentences:
            evidence += _evidence(doc_id, text, CLAIM, "claimed")
        result.events.append(Event(
            id=stable_id(doc_id, "event", "attack"), doc_id=doc_id, type="attack", date="2024-05-14",
            date_precision="day", country="IQ", place="Mosul", lat=MOSUL.lat, lon=MOSUL.lon,
            actor="Islamic State", target="Iraqi Security Forces", killed=4, wounded=None,
            claimed=CLAIM in sentences, evidence=evidence, trigger="attacked", place_id=MOSUL.id,
            actor_id=islamic_state.id, geo_precision="point",
        ))
    if STRIKE in sentences:
        mention(islamic_state, STRIKE, "IS")
        place_mention(DEIR, STRIKE, "Deir ez-Zor")
        result.events.append(Event(
            id=stable_id(doc_id, "event", "strike"), doc_id=doc_id, type="strike", date="2024-03",
            date_precision="month", country="SY", place="Deir ez-Zor", lat=DEIR.lat, lon=DEIR.lon,
            actor="Global Coalition to Defeat Daesh/ISIS", target="Islamic State", killed=None, wounded=None,
            claimed=False, evidence=_evidence(doc_id, text, STRIKE, "struck"), trigger="struck",
            place_id=DEIR.id, geo_precision="province",
        ))
    if PLEDGE in sentences:
        result.events.append(Event(
            id=stable_id(doc_id, "event", "pledge"), doc_id=doc_id, type="pledge", date=None,
            date_precision=None, country=None, place=None, lat=None, lon=None, actor=None, target=None,
            killed=None, wounded=None, claimed=False, evidence=_evidence(doc_id, text, PLEDGE, "pledged"),
            modality="asserted", trigger="pledged",
        ))
        result.figures.append(Figure(
            id=stable_id(doc_id, "figure", "pledge"), doc_id=doc_id, subject="pledges", value=250_000_000.0,
            unit="USD", qualifier="more than", as_of=published[:7] if published else None,
            evidence=_evidence(doc_id, text, PLEDGE, "more than $250 million"), raw="more than $250 million",
        ))
    if QUOTE in sentences:
        doe = Entity(id=stable_id("person", "Jane Doe"), canonical="Jane Doe", type="person", mentions=[],
                     roles=["coalition spokeswoman"])
        mention(doe, QUOTE, "Jane Doe")
        result.entities.append(doe)
        result.quotes.append(Quote(
            id=stable_id(doc_id, "quote", 0), doc_id=doc_id, speaker="Jane Doe",
            text="We will not let them regroup", direct=True, date=published,
            evidence=_evidence(doc_id, text, QUOTE, "We will not let them regroup"), speaker_id=doe.id,
            role="coalition spokeswoman",
        ))
    if islamic_state.mentions:
        result.entities.insert(0, islamic_state)
    result.places = list(places.values())
    return result


def make_corpus() -> list[DocResult]:
    """Three documents that share entities and places, plus one non-English document with no records."""
    french = make_result("d", sentences=("Les donateurs se sont engagés à verser des fonds.",), language="fr")
    french.skipped_reason = "language:fr"
    return [
        make_result("b", sentences=(STRIKE, QUOTE), published="2024-04-02"),
        make_result("a"),
        make_result("c", sentences=(ATTACK, PLEDGE), published=None, segment=1),
        french,
    ]
