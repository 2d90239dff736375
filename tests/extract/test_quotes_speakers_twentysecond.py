"""Quote speakers, twenty-second session (short sentences written for the tests): a name the places step
geocoded at the same words is a town the NER took for a person, never whom "he said" refers to."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import direct_quotes

from sitroom.extract.quotes import QuoteExtractor
from sitroom.models import EntityMention, Place, PlaceMention, Quote

TOWN = ("The army said its troops struck a camp north of the town of Gorom Gorom on Monday.\n\n"
        "In a statement, he added that the troops \u201chave knocked out many terrorists in the region.\u201d\n")


def _person(text: str, surface: str) -> EntityMention:
    start = text.index(surface)
    return EntityMention(surface, start, start + len(surface), surface, "person", f"p-{surface}")


def _quotes(bare_nlp: Language, text: str, placed: list[str]) -> list[Quote]:
    doc = bare_nlp(text)
    doc._.doc_id = "d1"
    doc._.entity_mentions = [_person(text, "Gorom Gorom")]
    doc._.place_mentions = [
        PlaceMention(name, text.index(name), text.index(name) + len(name), Place(f"x-{name}", name, "BF", 14.4, -0.2))
        for name in placed]
    doc._.timexes = []
    QuoteExtractor()(doc)
    return [q for q in doc._.quotes if q.direct]


def test_a_placed_name_is_no_person_he_refers_to(bare_nlp: Language) -> None:
    assert "Gorom Gorom" not in [q.speaker for q in _quotes(bare_nlp, TOWN, ["Gorom Gorom"])]


def test_a_person_name_the_places_step_did_not_place_still_speaks(bare_nlp: Language) -> None:
    # the same text with no place there: the person named before is whom "he" refers to
    assert [q.speaker for q in _quotes(bare_nlp, TOWN, [])] == ["Gorom Gorom"]


def test_without_place_mentions_the_persons_stand(bare_nlp: Language) -> None:
    assert [q.speaker for q in direct_quotes(bare_nlp, "\u201cWe will win this war soon enough,\u201d said "
                                             "Colonel Pierre Martin on Monday.\n")] == ["Pierre Martin"]


ADDS = ("\u201cOur forces are pursuing them and they will account for their acts,\u201d {who} said on Tuesday.\n\n"
        "The army suspects that the attackers are linked to the rebels.\n\n"
        "\u201cWe shall even increase the pressure on them and protect our people,\u201d he adds.\n\n"
        "Wildlife Authority spokesperson Bashir Hangi said the park was closed.\n")


def _org_then_person(bare_nlp: Language, who: str, org: str) -> list[Quote]:
    text = ADDS.format(who=who)
    start = text.index(org)
    mentions = [EntityMention(org, start, start + len(org), org, "organization", f"o-{org}"),
                _person(text, "Bashir Hangi")]
    return direct_quotes(bare_nlp, text, mentions)


def test_an_unknown_organisation_right_after_a_spokesman_word_is_a_person(bare_nlp: Language) -> None:
    # the NER took the name for a body: "he adds" is still the spokesperson named before
    found = _org_then_person(bare_nlp, "Army spokesperson Felix Kulayigye", "Felix Kulayigye")
    assert [q.speaker for q in found] == ["Felix Kulayigye", "Felix Kulayigye"]


def test_a_body_named_without_a_title_before_it_stays_a_body(bare_nlp: Language) -> None:
    found = _org_then_person(bare_nlp, "the monitoring group Kivu Security Tracker", "Kivu Security Tracker")
    assert [q.speaker for q in found][1] != "Kivu Security Tracker"
