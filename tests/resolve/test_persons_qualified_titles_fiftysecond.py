"""Rule tests: a place, people or portfolio written before an office inside the NER's person span is the office's,
not the name's ("Borno Governor Babagana Zulum" is Babagana Zulum)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from sitroom.resolve.persons import TitleMarker, clean_person_span


def _clean(nlp: Language, text: str, start: int, end: int) -> str | None:
    doc = nlp.make_doc(text)
    marks = TitleMarker(nlp).marks(doc)
    span = clean_person_span(Span(doc, start, end, label="PERSON"), marks)
    return None if span is None else span.text


def test_place_before_governor_is_no_name(ents_nlp: Language) -> None:
    # "Sulu Governor Toto Tan" tagged whole
    assert _clean(ents_nlp, "They surrendered to Sulu Governor Toto Tan on Monday.", 3, 7) == "Toto Tan"
    assert _clean(ents_nlp, "Basilan Governor Jim Salliman said five were hurt.", 0, 4) == "Jim Salliman"


def test_people_and_portfolio_before_an_office(ents_nlp: Language) -> None:
    assert _clean(ents_nlp, "Ugandan President Yoweri Museveni called for calm.", 0, 4) == "Yoweri Museveni"
    assert _clean(ents_nlp, "provincial Law Minister Rana Sanaullah told AFP.", 1, 5) == "Rana Sanaullah"


def test_two_qualifying_words_before_a_rank(ents_nlp: Language) -> None:
    # "Chief of Defence Staff Gen Leo Iraboh", the span starting at "Staff"
    assert _clean(ents_nlp, "with Chief of Defence Staff Gen Leo Iraboh (left)", 4, 8) == "Leo Iraboh"


def test_a_lone_word_after_the_office_keeps_the_span(ents_nlp: Language) -> None:
    # one word after the title may be a surname of a name the title word sits inside: nothing is cut
    assert _clean(ents_nlp, "Ugandan President Museveni spoke.", 0, 3) == "Ugandan President Museveni"


def test_an_office_that_is_also_a_name_word_is_not_cut(ents_nlp: Language) -> None:
    # "Sultan" is an office and a given name: not a qualified title
    assert _clean(ents_nlp, "Ahmed Sultan Bin Sulayem visited the port.", 0, 4) == "Ahmed Sultan Bin Sulayem"


def test_the_canonical_is_the_name_after_the_qualified_office(ents_nlp: Language) -> None:
    text = ("This was coming less than 24 hours after the Borno Governor Babagana Zulum was in the town to cast "
            "his vote at his polling unit.")
    names = {m.canonical for m in ents_nlp(text)._.entity_mentions if m.type == "person"}
    assert names == {"Babagana Zulum"}
