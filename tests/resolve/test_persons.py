"""Within-document person resolution: titles, roles, suffixes, surname links (sentences written here)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span

from sitroom.annotate import extensions
from sitroom.annotate.nlp import MODEL_PACKAGE
from sitroom.models import EntityMention
from sitroom.resolve.persons import (
    PersonResolver,
    TitleMarker,
    _join_adjacent,
    clean_person_span,
    short_key,
    strip_titles,
    surname_keys,
)


@pytest.fixture(scope="session")
def persons_nlp() -> Language:
    """The statistical model plus the entities component (persons are resolved inside it)."""
    import sitroom.resolve.actors  # noqa: F401  (registers the factory)

    extensions.register()
    nlp = spacy.load(MODEL_PACKAGE)
    nlp.add_pipe("sitroom_entities")
    return nlp


def persons(nlp: Language, text: str) -> list[EntityMention]:
    return [m for m in nlp(text)._.entity_mentions if m.type == "person"]


# --------------------------------------------------------------------------- plain strings


def test_persons_strip_titles_from_text() -> None:
    assert strip_titles("Col. Jane Roe III") == "Jane Roe"
    assert strip_titles("Prime Minister Omar Haddad") == "Omar Haddad"
    assert strip_titles("Mr. Haddad") == "Haddad"
    assert strip_titles("Martin Luther King Jr.") == "Martin Luther King"


def test_persons_surname_keys_ignore_particles() -> None:
    assert surname_keys("Omar al-Haddad") == {"al-haddad", "haddad"}
    assert "di monte" in surname_keys("Luca Di Monte")
    assert short_key("Al-Haddad") == "haddad"
    assert short_key("Haddad") == "haddad"


# --------------------------------------------------------------------------- spans (tokenizer only)


def test_persons_clean_span_cuts_line_break_and_title(persons_nlp: Language) -> None:
    doc = persons_nlp.make_doc("By Omar Haddad\nSpokesman Lt. Col. Rana Aziz Jr. said so.")
    marks = TitleMarker(persons_nlp).marks(doc)
    byline = clean_person_span(Span(doc, 1, 5, label="PERSON"), marks)  # "Omar Haddad\nSpokesman"
    assert byline is not None and byline.text == "Omar Haddad"
    titled = clean_person_span(Span(doc, 4, 11, label="PERSON"), marks)  # "Spokesman Lt. Col. Rana Aziz"
    assert titled is not None and titled.text == "Rana Aziz Jr."  # the suffix the NER left out is added
    assert clean_person_span(Span(doc, 4, 5, label="PERSON"), marks) is None  # a bare title


def test_persons_mislabelled_surname_becomes_the_person(persons_nlp: Language) -> None:
    doc = persons_nlp("Nadia Farouk visited the camp. Farouk said conditions were poor.")
    resolver = PersonResolver(persons_nlp)
    first = Span(doc, 0, 2, label="PERSON")
    mislabelled = Span(doc, 6, 7, label="ORG")  # "Farouk" tagged as an organisation
    found, claimed = resolver.resolve(doc, [first], [mislabelled], [False] * len(doc))
    assert claimed == {0}
    assert [(m.span.text, m.canonical) for m in found] == [("Nadia Farouk", "Nadia Farouk"), ("Farouk", "Nadia Farouk")]


# --------------------------------------------------------------------------- whole component


@pytest.mark.model
def test_persons_surname_and_titled_surname_link_to_full_name(persons_nlp: Language) -> None:
    ms = persons(
        persons_nlp,
        "Mark Ellis, the acting US envoy for the coalition, arrived in Erbil on Monday. "
        "Ellis said the camps were overcrowded. Later, Special Envoy Ellis met local leaders.",
    )
    # a name with a title right before it is also mentioned as the whole titled phrase
    assert [m.text for m in ms] == ["Mark Ellis", "Ellis", "Special Envoy Ellis", "Ellis"]
    assert {m.canonical for m in ms} == {"Mark Ellis"}
    assert len({m.entity_id for m in ms}) == 1
    assert ms[0].role == "acting US envoy for the coalition"
    assert ms[2].role == ms[3].role == "Special Envoy"
    assert all(m.kb_id is None for m in ms)


@pytest.mark.model
def test_persons_surname_before_the_full_name_links_too(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Mr. Ellis spoke first. The envoy, Mark Ellis, then took questions.")
    assert {m.canonical for m in ms} == {"Mark Ellis"}


@pytest.mark.model
def test_persons_rank_leaves_the_canonical_and_the_suffix_stays(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Coalition spokesman Col. David Warren III told reporters the raids would go on.")
    # the whole titled phrase, the name with its rank (gold lists that form too) and the bare name
    assert [m.text for m in ms] == ["Coalition spokesman Col. David Warren III", "Col. David Warren III",
                                    "David Warren III"]
    # the fullest form the text gives: a generational suffix is part of the name, a rank is not
    assert {m.canonical for m in ms} == {"David Warren III"}
    ms = ms[2:]
    assert ms[0].canonical == "David Warren III"
    assert ms[0].text == "David Warren III"
    assert ms[0].role == "Coalition spokesman"


@pytest.mark.model
def test_persons_office_title_is_a_role_not_a_name(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Prime Minister Omar Haddad hosted the talks in the capital.")
    assert [(m.text, m.canonical, m.role) for m in ms] == [
        ("Prime Minister Omar Haddad", "Omar Haddad", "Prime Minister"),
        ("Omar Haddad", "Omar Haddad", "Prime Minister"),
    ]


@pytest.mark.model
def test_persons_shared_surname_stays_ambiguous(persons_nlp: Language) -> None:
    ms = persons(
        persons_nlp,
        "Laura Bennett, the US ambassador to Iraq, met Thomas Bennett, a coalition adviser. "
        "Bennett declined to comment.",
    )
    canon = [m.canonical for m in ms]
    assert "Laura Bennett" in canon and "Thomas Bennett" in canon
    lone = [m for m in ms if m.text == "Bennett"]
    assert lone and all(m.canonical not in {"Laura Bennett", "Thomas Bennett"} for m in lone)
    roles = {m.canonical: m.role for m in ms}
    assert roles["Laura Bennett"] == "US ambassador to Iraq"


@pytest.mark.model
def test_persons_kb_alias_tagged_as_person_is_not_a_person(persons_nlp: Language) -> None:
    doc = persons_nlp("Daesh said in a statement that it carried out the attack.")
    assert all(m.type != "person" for m in doc._.entity_mentions)
    assert any(m.canonical == "Islamic State" for m in doc._.entity_mentions)


def test_persons_given_name_the_model_left_out_after_a_title(persons_nlp: Language) -> None:
    doc = persons_nlp("National Police spokesman Argo Yuwono said so.")
    marks = TitleMarker(persons_nlp).marks(doc)
    name = clean_person_span(Span(doc, 4, 5, label="PERSON"), marks)  # the model tagged "Yuwono" alone
    assert name is not None and name.text == "Argo Yuwono"


@pytest.mark.model
def test_persons_a_shorter_run_of_a_full_name_is_that_person(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Police named the attacker as Hassan Khalif Shire Ali, 30. Shire Ali was known to "
                              "the intelligence services.")
    assert {m.canonical for m in ms} == {"Hassan Khalif Shire Ali"}


@pytest.mark.model
def test_persons_a_given_name_alone_is_the_full_name_starting_with_it(persons_nlp: Language) -> None:
    # Indonesian and Arab outlets refer back by the first name ("General Listyo")
    ms = persons(persons_nlp, "Police chief Listyo Sigit Prabowo spoke on Monday. \"We will find them,\" "
                              "General Listyo said.")
    assert {m.canonical for m in ms} == {"Listyo Sigit Prabowo"}


@pytest.mark.model
def test_persons_full_name_the_ner_folded_into_an_office_is_found(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Philippine Secretary of National Defense Delfin Lorenzana has rejected the "
                              "request.\n\n\u201cThere will be no martial law,\u201d Lorenzana said late on Tuesday.")
    assert {m.canonical for m in ms} == {"Delfin Lorenzana"}


@pytest.mark.model
def test_persons_a_given_name_after_a_title_takes_the_surname(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Louisiana Governor Jeff Landry described the event as a horrific act of violence.")
    assert {m.canonical for m in ms} == {"Jeff Landry"}


@pytest.mark.model
def test_persons_religious_titles_stay_out_of_the_name(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Iran's supreme leader Ayatollah Ali Khamenei vowed a harsh response.")
    assert {m.canonical for m in ms} == {"Ali Khamenei"}


@pytest.mark.model
def test_persons_a_nationality_is_not_a_nisba_surname(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Abd al-Basit al-Iraqi was killed in the raid. Iraqi forces said Abd al-Basit had "
                              "led the cell.")
    assert {m.canonical for m in ms} == {"Abd al-Basit al-Iraqi"}
    assert all(m.text != "Iraqi" for m in ms)


@pytest.mark.model
def test_persons_a_hyphenated_lower_case_surname_part_stays_in_the_name(persons_nlp: Language) -> None:
    found = persons(persons_nlp, "Philippine army spokesman Colonel Louie Dema-ala told reporters on Monday.")
    assert {m.canonical for m in found} == {"Louie Dema-ala"}
    found = persons(persons_nlp, "Fighters loyal to the Erdogan-backed council, said Omar Haddad, left the town.")
    assert all("backed" not in m.canonical for m in found)


@pytest.mark.model
def test_persons_a_name_the_ner_cut_in_two_is_one_person(persons_nlp: Language) -> None:
    doc = persons_nlp.make_doc("Peshawar police chief Muhammad Ijaz Khan told reporters.")
    cut = [Span(doc, 3, 5, label="PERSON"), Span(doc, 5, 6, label="PERSON")]
    assert [s.text for s in _join_adjacent(cut)] == ["Muhammad Ijaz Khan"]
    apart = persons_nlp.make_doc("Karim, Modih and Arip fled.")
    listed = [Span(apart, 0, 1, label="PERSON"), Span(apart, 2, 3, label="PERSON")]
    assert len(_join_adjacent(listed)) == 2


@pytest.mark.model
def test_persons_hyphenated_surnames_stay_whole(persons_nlp: Language) -> None:
    # "Hajji" is an honorific on its own, but after "Al-" it is part of the surname
    ms = persons(persons_nlp, "The head of the departure office, Shukri Al-Hajji, told reporters the convoy left.")
    assert {m.canonical for m in ms} == {"Shukri Al-Hajji"}
    ms = persons(persons_nlp, "UN Secretary-General Ban Ki-moon condemned the bombing on Friday.")
    assert "Ban Ki-moon" in {m.canonical for m in ms}


@pytest.mark.model
def test_persons_role_stops_at_a_common_noun_before_of(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "Ministers met in Washington at the invitation of Secretary of State Antony J. Blinken.")
    assert {m.text for m in ms} >= {"Secretary of State Antony J. Blinken", "Antony J. Blinken"}
    assert not [m for m in ms if m.text.startswith("invitation")]


@pytest.mark.model
def test_persons_word_completing_an_office_is_not_part_of_the_name(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, '"We will act," said the command\'s Director of Intelligence Heidi Berg.')
    assert {m.canonical for m in ms} == {"Heidi Berg"}


@pytest.mark.model
def test_persons_unpunctuated_rank_tagged_as_the_person_takes_the_name_after_it(persons_nlp: Language) -> None:
    # the NER makes "Brig Gen" the PERSON and "Nwachukwu" an ORG
    ms = persons(persons_nlp, "The Director of Army Public Relations, Brig Gen Onyema Nwachukwu, could not be reached.")
    assert {m.canonical for m in ms if m.type == "person"} == {"Onyema Nwachukwu"}
    assert all(m.canonical != "Nwachukwu" for m in ms)
def test_persons_a_headline_verb_run_into_a_name_is_not_a_surname(persons_nlp: Language) -> None:
    # title-case headlines make the NER take the verb after a name as its surname ("Muhoozi Hails")
    text = ("Gen. Muhoozi Hails UPDF Soldiers On Operation Shujaa\n\n"
            "The Commander of Land Forces, Lt. Gen. Muhoozi Kainerugaba, has applauded the soldiers. "
            "Gen. Muhoozi is satisfied with the performance of the forces.\n")
    ms = persons(persons_nlp, text)
    assert {m.canonical for m in ms} == {"Muhoozi Kainerugaba"}


@pytest.mark.model
def test_persons_a_name_in_a_headline_that_the_body_does_not_contradict_stays(persons_nlp: Language) -> None:
    text = ("Envoy Mark Ellis Arrives In Erbil For Talks\n\n"
            "Mark Ellis met local leaders on Monday. Ellis said the camps were overcrowded.\n")
    assert {m.canonical for m in persons(persons_nlp, text)} == {"Mark Ellis"}


@pytest.mark.model
def test_persons_surname_joins_the_name_written_with_a_suffix(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "President Ferdinand Marcos Jr. condemned the ambush on Monday. Marcos said the "
                              "troops would be honoured.")
    assert {m.text: m.canonical for m in ms if m.text in ("Ferdinand Marcos Jr.", "Marcos")} == {
        "Ferdinand Marcos Jr.": "Ferdinand Marcos Jr.", "Marcos": "Ferdinand Marcos Jr."}


@pytest.mark.model
def test_persons_given_name_after_an_office_and_its_comma_is_part_of_the_name(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "The raid killed a senior ISIS leader, Dhiya Zawba Muslih al-Hardani, and his two sons.")
    assert {m.canonical for m in ms} == {"Dhiya Zawba Muslih al-Hardani"}


@pytest.mark.model
def test_persons_south_asian_religious_honorific_is_not_part_of_the_name(persons_nlp: Language) -> None:
    ms = persons(persons_nlp, "The rally was attended by the party leader, Maulana Fazlur Rehman, on Sunday.")
    assert "Fazlur Rehman" in {m.canonical for m in ms}


@pytest.mark.model
def test_persons_a_plural_office_is_not_a_person(persons_nlp: Language) -> None:
    # a headline's "Top Counter-Terrorism Officials" is a group of office holders, not someone's name
    found = persons(persons_nlp, "ISIL Still a Threat, Top Counter-Terrorism Officials Warn Security Council\n"
                                 "The group remains a threat, warned Vladimir Voronkov on Wednesday.")
    assert {m.canonical for m in found} == {"Vladimir Voronkov"}


@pytest.mark.model
def test_persons_a_well_known_figure_named_by_surname_alone_takes_the_full_name(persons_nlp: Language) -> None:
    found = persons(persons_nlp, "President Biden welcomed the move on Monday, a day after Senator Feinstein had "
                                 "called for it.")
    assert {m.canonical for m in found} >= {"Joe Biden", "Dianne Feinstein"}


@pytest.mark.model
def test_persons_a_known_figures_shorter_form_takes_the_full_name(persons_nlp: Language) -> None:
    found = persons(persons_nlp, "CENTCOM Commander Gen. Erik Kurilla said the raid killed a leader. "
                                 "Gen. Michael “Erik” Kurilla visited the base.")
    assert {m.canonical for m in found} == {"Michael Erik Kurilla"}
    # another first name with a known surname is someone else
    other = persons(persons_nlp, "Reporter Jane Kurilla wrote the story on Monday.")
    assert "Michael Erik Kurilla" not in {m.canonical for m in other}


@pytest.mark.model
def test_persons_a_full_name_in_the_text_beats_the_known_figure(persons_nlp: Language) -> None:
    # the document's own full name links the surname first: another Assad stays that Assad
    found = persons(persons_nlp, "Hafez al-Assad ruled Syria for three decades. Assad died in 2000.")
    assert {m.canonical for m in found} == {"Hafez al-Assad"}


@pytest.mark.model
def test_persons_untagged_full_name_of_a_surname_the_page_uses_alone(persons_nlp: Language) -> None:
    doc = persons_nlp("The rebels held Norwegian Kjartan Sekkingstad for a year. Sekkingstad was freed in 2016.")
    doc.ents = []  # the NER missed the full name
    alone = next(Span(doc, t.i, t.i + 1, label="PERSON") for t in doc if t.text == "Sekkingstad" and t.is_sent_start)
    found, _ = PersonResolver(persons_nlp).resolve(doc, [alone], [], [False] * len(doc))
    assert {(m.span.text, m.canonical) for m in found} == {("Kjartan Sekkingstad", "Kjartan Sekkingstad"),
                                                           ("Sekkingstad", "Kjartan Sekkingstad")}
