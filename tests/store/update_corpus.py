"""A random corpus for the incremental-picture tests: invented wire sentences whose records collide on
purpose (the same few days, places, actors, people and camps), so merged events, entity groups, series and
opposing statements form across documents and a new document reaches into what is stored."""

from __future__ import annotations

import random

from sitroom.models import DocResult, Document, Entity, Event, Evidence, Figure, Mention, PlaceRecord, Quote, stable_id

PLACES = {
    "Mosul": PlaceRecord(id="gn:99072", name="Mosul", country="IQ", lat=36.335, lon=43.119, geonames_id=99072,
                         mentions=[], admin1="Nineveh", precision="point"),
    "Tal Afar": PlaceRecord(id="gn:98241", name="Tal Afar", country="IQ", lat=36.377, lon=42.449,
                            geonames_id=98241, mentions=[], admin1="Nineveh", precision="point"),
    "Nineveh": PlaceRecord(id="gn:98229", name="Nineveh", country="IQ", lat=36.0, lon=42.5, geonames_id=98229,
                           mentions=[], admin1="Nineveh", precision="province"),
    "Iraq": PlaceRecord(id="gn:99237", name="Iraq", country="IQ", lat=33.0, lon=44.0, geonames_id=99237,
                        mentions=[], admin1=None, precision="country"),
    "Raqqa": PlaceRecord(id="gn:163915", name="Raqqa", country="SY", lat=35.95, lon=39.01, geonames_id=163915,
                         mentions=[], admin1="Raqqa", precision="point"),
}
GROUPS = ["Islamic State", "Islamic State Khorasan Province", "Syrian Democratic Forces"]
# "John Smith Jones" arriving after "John Smith" regroups a stored record (the update then resolves every
# record again); before it, the update counts per group.
PEOPLE = ["John Smith", "Smith", "José Pérez", "Jose Perez", "Jane Doe", "Sam Vale", "John Smith Jones"]
DAYS = [f"2022-03-0{d}" for d in range(1, 6)]
STANCES = ["{g} remains a threat to the region", "{g} is a spent force", "{g} will regroup",
           "{g} has been defeated", "talks went well"]
CAMPS = ["The camp administration says al-Hol now holds around {n} people.",
         "According to UNICEF, the Roj camp contains more than {n} people, more than half of them children."]


class _Doc:
    def __init__(self, doc_id: str) -> None:
        self.doc_id, self.text = doc_id, ""

    def add(self, sentence: str) -> tuple[int, int]:
        start = len(self.text) + (1 if self.text else 0)
        self.text = f"{self.text} {sentence}" if self.text else sentence
        return start, start + len(sentence)

    def evidence(self, span: tuple[int, int]) -> list[Evidence]:
        return [Evidence(self.doc_id, span[0], span[1], self.text[span[0]:span[1]])]


def corpus(seed: int, n_docs: int) -> list[DocResult]:
    rng = random.Random(seed)
    return [_result(rng, seed, i) for i in range(n_docs)]


def _result(rng: random.Random, seed: int, i: int) -> DocResult:
    doc_id = stable_id("update-corpus", seed, i)
    doc = _Doc(doc_id)
    published = rng.choice([*DAYS, "2022-03-06", None])
    events: list[Event] = []
    entities: dict[str, Entity] = {}
    places: dict[str, PlaceRecord] = {}
    figures: list[Figure] = []
    quotes: list[Quote] = []

    def entity(name: str, etype: str, span: tuple[int, int], roles: tuple[str, ...] = ()) -> Entity:
        ent = entities.setdefault(name, Entity(id=stable_id(etype, name), canonical=name, type=etype, mentions=[],
                                                roles=list(roles)))
        at = doc.text.find(name, span[0])
        ent.mentions.append(Mention(text=name, doc_id=doc_id, start=at, end=at + len(name)))
        return ent

    def place(name: str, span: tuple[int, int]) -> PlaceRecord:
        rec = places.setdefault(name, PlaceRecord(**{**PLACES[name].__dict__, "mentions": []}))
        at = doc.text.find(name, span[0])
        rec.mentions.append(Mention(text=name, doc_id=doc_id, start=at, end=at + len(name)))
        return rec

    for n in range(rng.randint(0, 3)):
        etype = rng.choice(["attack", "attack", "strike"])
        where = rng.choice([*PLACES, None])
        actor = rng.choice([*GROUPS, None])
        when = rng.choice([*DAYS, *DAYS, "2022-03", None])
        sentence = (f"{actor or 'Gunmen'} carried out an {etype} "
                    f"{'in ' + where if where else 'somewhere'} {'on ' + when if when else 'recently'}.")
        span = doc.add(sentence)
        p = place(where, span) if where else None
        a = entity(actor, "armed_group", span) if actor else None
        events.append(Event(
            id=stable_id(doc_id, "event", n), doc_id=doc_id, type=etype, date=when,
            date_precision=None if when is None else ("month" if len(when) == 7 else "day"),
            country=p.country if p else None, place=where, lat=p.lat if p else None, lon=p.lon if p else None,
            actor=actor, target=None, killed=rng.choice([None, 2, 3, 5]), wounded=None, claimed=False,
            evidence=doc.evidence(span), modality=rng.choice(["asserted"] * 5 + ["denied"]), trigger="carried out",
            place_id=p.id if p else None, actor_id=a.id if a else None, geo_precision=p.precision if p else None,
        ))
    for n in range(rng.randint(0, 2)):
        speaker = rng.choice(PEOPLE)
        group = rng.choice(GROUPS)
        words = rng.choice(STANCES).format(g=group)
        role = rng.choice([None, "coalition spokesman", "envoy"])
        span = doc.add(f'"{words}," said {speaker}{", the " + role if role else ""}.')
        who = entity(speaker, "person", span, (role,) if role else ())
        if group in words:
            entity(group, "armed_group", span)
        quotes.append(Quote(id=stable_id(doc_id, "quote", n), doc_id=doc_id, speaker=speaker, text=words,
                            direct=True, date=published, evidence=doc.evidence(span), speaker_id=who.id, role=role))
    if rng.random() < 0.4:
        value = rng.choice([37000, 41000, 2500])
        camp = rng.choice(CAMPS)
        raw = f"{'around' if 'al-Hol' in camp else 'more than'} {value:,}"
        span = doc.add(camp.format(n=f"{value:,}"))
        at = doc.text.find(raw, span[0])
        figures.append(Figure(id=stable_id(doc_id, "figure", 0), doc_id=doc_id, subject="people", value=float(value),
                              unit="people", qualifier=None, as_of=None, raw=raw,
                              evidence=[Evidence(doc_id, at, at + len(raw), doc.text[span[0]:span[1]])]))
    document = Document(id=doc_id, text=doc.text or "Nothing happened.", source_path=f"c/{rng.choice('abc')}{i}.txt",
                        title=f"Report {i}", url=f"https://news.example/{seed}/{i}",
                        source=rng.choice(["Example Wire", "Other Post"]), published=published,
                        reference_date=published, language="en")
    return DocResult(document=document, events=events, figures=figures, quotes=quotes,
                     entities=list(entities.values()), places=list(places.values()))
