"""Quote speakers, twenty-second session (short sentences written for the tests): a name the places step
geocoded at the same words is a town the NER took for a person, never whom "he said" refers to; an unknown
organisation right after a spokesman word is a person; a quotation opening its line that nothing attributes (a
related story's headline) is left out; a media office written as one capitalised name ("SDF Media Center") speaks
under that name, one written with its owner's "'s" speaks for the owner."""

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
    # the same text with no place there: the person named before is whom "he" refers to (without "the town of"
    # before the name, which says it is a place whatever the places step made of it: session 51)
    assert [q.speaker for q in _quotes(bare_nlp, TOWN.replace("the town of ", ""), [])] == ["Gorom Gorom"]


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


def test_a_headline_opening_its_line_with_no_speaker_is_left_out(bare_nlp: Language) -> None:
    text = ("Troops repelled an attack on the base on Monday.\n\n"
            "EXCLUSIVE: 'ISIS Philippines spokesman is now the group\u2019s new emir'\n\n"
            "\u201cFighters in the south are now led by a new emir from abroad\u201d\n")
    assert direct_quotes(bare_nlp, text) == []


def test_a_line_opening_quotation_with_a_speaker_is_kept(bare_nlp: Language) -> None:
    text = "\u201cWe will win this war soon enough,\u201d said Colonel Pierre Martin on Monday.\n"
    assert [q.speaker for q in direct_quotes(bare_nlp, text)] == ["Pierre Martin"]


def test_an_unattributed_quotation_inside_a_sentence_is_kept(bare_nlp: Language) -> None:
    # only a quotation that opens its line is taken for a headline
    text = "The base was described as \u201ca threat to the whole region and far beyond it\u201d in the report.\n"
    assert len(direct_quotes(bare_nlp, text)) == 1


def _sdf(bare_nlp: Language, office: str) -> list[Quote]:
    text = (f"{office} said in a statement, \u201cOur units carried out two joint operations against the cells "
            "in the countryside.\u201d\n")
    start = text.index("SDF")
    sdf = EntityMention("SDF", start, start + 3, "Syrian Democratic Forces", "armed_group", "e-sdf")
    return direct_quotes(bare_nlp, text, [sdf])


def test_a_media_office_named_as_one_capitalised_name_speaks_under_it(bare_nlp: Language) -> None:
    assert [q.speaker for q in _sdf(bare_nlp, "SDF Media Center")] == ["SDF Media Center"]


def test_a_media_office_with_its_owner_written_speaks_for_the_owner(bare_nlp: Language) -> None:
    assert [q.speaker for q in _sdf(bare_nlp, "The SDF's Media Center")] == ["Syrian Democratic Forces"]


def test_a_line_opening_quotation_with_a_speech_verb_is_kept_unresolved(bare_nlp: Language) -> None:
    # "she said" with no one named: a speaker the rules missed, not a headline
    text = "\u201cI beg the aid group, we have families and some of us have children,\u201d she said.\n"
    assert len(direct_quotes(bare_nlp, text)) == 1


def test_a_line_opening_sentence_in_marks_is_no_headline(bare_nlp: Language) -> None:
    # a full stop inside the marks: a quoted sentence whose speaker the rules missed, kept
    text = ("Troops repelled an attack on the base on Monday.\n\n"
            "\u201cGroups of insurgents were also active across the district, looking for food.\u201d\n")
    assert len(direct_quotes(bare_nlp, text)) == 1
