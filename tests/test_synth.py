from sitroom.models import PlaceRecord
from sitroom.synth import DocBuilder

KIRKUK = PlaceRecord(id="gn:94787", name="Kirkuk", country="IQ", lat=35.468, lon=44.392, geonames_id=94787,
                     mentions=[], precision="point")


def test_synth_doc_builder_points_every_record_at_its_words() -> None:
    sentences = ["Gunmen attacked a post in Kirkuk on Sunday.", "Police said the gunmen attacked twice."]
    b = DocBuilder(sentences, id="d1", source_path="d1.txt", published="2023-11-06")
    ev = b.event("attacked", "attack", at=KIRKUK, date="2023-11")
    again = b.event("attacked", "attack", within=sentences[1], id="e2")
    fig = b.figure("twice", subject="attacks", value=2.0, unit="strikes")
    q = b.quote("the gunmen attacked twice", "Police")
    for rec, words, sentence in ((ev, "attacked", 0), (again, "attacked", 1), (fig, "twice", 1), (q, q.text, 1)):
        (e,) = rec.evidence
        assert b.text[e.start:e.end] == words and e.text == sentences[sentence]
    assert ev.date_precision == "month" and ev.place_id == KIRKUK.id
    (place,) = b.result.places
    assert [b.text[m.start:m.end] for m in place.mentions] == ["Kirkuk"] and KIRKUK.mentions == []
    assert [s.text for s in b.result.sentences] == sentences
    assert [m.start for m in b.mentions("gunmen")] == [b.text.index("gunmen")]
