"""Person resolution (resolve/persons): titles, roles, suffixes, surname links, and the forms of person names real pages
write (sentences written for the tests)."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Span
from tests.resolve.conftest import canonicals, canonicals_of_form, entity_mentions

from sitroom.annotate import extensions
from sitroom.annotate.nlp import MODEL_PACKAGE
from sitroom.models import EntityMention
from sitroom.resolve.actors import _not_places
from sitroom.resolve.persons import (
    PersonMention,
    PersonResolver,
    TitleMarker,
    _full_name_in,
    _join_adjacent,
    _known_spelling,
    _page_spelling,
    _respelt,
    _respelt_name,
    canonical_name,
    clean_person_span,
    ends_in_place_kind,
    known_names,
    known_persons,
    short_key,
    sound_key,
    strip_titles,
    surname_keys,
    title_vocab,
)

# Within-document person resolution: titles, roles, suffixes, surname links (sentences written here).

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


# Persons the NER model typed as a body or a facility, and a nun's title kept out of her name: "Sister" is an
# honorific like "Father"; a name set off by a comma and "who" is no facility; "X, a Tunisian national" is a person,
# as only a person holds a nationality.

def _persons_by_canonical_name(nlp: Language, text: str) -> dict[str, set[str]]:
    """canonical name of each person -> the surface forms that name them."""
    out: dict[str, set[str]] = {}
    for m in nlp(text)._.entity_mentions:
        if m.type == "person":
            out.setdefault(m.canonical, set()).add(m.text)
    return out


@pytest.mark.model
def test_sister_is_a_title_not_part_of_the_name(nlp: Language) -> None:
    text = ("Four Christians were killed in the attack, including Sister Maria De Coppi (84), a nun who had served "
            "there for decades.\nHoping to reach the dormitory, Sister Maria ran out into the night.\n")
    persons = _persons_by_canonical_name(nlp, text)
    assert "Maria De Coppi" in persons
    assert not any(name.startswith("Sister") for name in persons)


@pytest.mark.model
def test_a_name_followed_by_who_and_a_national_is_one_person(nlp: Language) -> None:
    text = ("Pentagon press secretary Peter Cook said the death of Noureddine Chouchane, who officials described as a "
            "senior ISIS facilitator, would deprive the group of an experienced operative.\n"
            "Defense officials said Chouchane, a Tunisian national, was probably killed in the air raid.\n")
    persons = _persons_by_canonical_name(nlp, text)
    assert {"Noureddine Chouchane", "Chouchane"} <= persons.get("Noureddine Chouchane", set())


# A given name the NER left out between a title and the surname: the title ends the run of capitalised words, so the
# word after it may be the name's first word, and a name word may hold one inner apostrophe ("Ma’ruf", "Ja'far").

def _person_canonicals(nlp: Language, text: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_mentions if m.type == "person"}


@pytest.mark.model
def test_given_name_with_apostrophe_after_a_title_is_kept(nlp: Language) -> None:
    persons = _person_canonicals(nlp, "Vice President Ma’ruf Amin praised the police for arresting the suspect.")
    assert "Ma’ruf Amin" in persons
    assert "Amin" not in persons


@pytest.mark.model
def test_title_words_stay_out_of_the_name(nlp: Language) -> None:
    persons = _person_canonicals(nlp, "Defence Minister Richard Marles said the troops would stay.")
    assert persons == {"Richard Marles"}


@pytest.mark.model
def test_a_word_opening_with_an_apostrophe_is_no_name_word(nlp: Language) -> None:
    from sitroom.resolve.persons import _name_letters

    assert _name_letters("Ma’ruf") and _name_letters("O'Brien")
    assert not _name_letters("’Ruf") and not _name_letters("Amin’") and not _name_letters("Ma’ru’f")


# Person names on real-page habits: a name written surname first elsewhere on the page is one person.

@pytest.mark.model
def test_a_name_written_surname_first_is_the_same_person(nlp: Language) -> None:
    text = ("The suspects who include Siraje Ssenkungu were arrested on Sunday in Mpigi.\n"
            "\"Our teams searched the homes of Ssenkungu Siraje in the presence of local leaders,\" the police "
            "said.\n")
    doc = nlp(text)
    persons = {m.canonical for m in doc._.entity_mentions if m.type == "person"}
    assert persons == {"Siraje Ssenkungu"}


@pytest.mark.model
def test_spellings_of_state_forces_without_apostrophe_or_space_are_the_force(nlp: Language) -> None:
    doc = nlp("The Uganda Peoples Defense Force and the Nigerian Airforce struck the camps on Monday.\n")
    canon = {m.canonical for m in doc._.entity_mentions}
    assert {"Uganda People's Defence Force", "Nigerian Air Force"} <= canon


# The one name word the model leaves out at either end of a name is the name's.

def canonical_person_names(nlp: Language, text: str) -> set[str]:
    return {m.canonical for m in entity_mentions(nlp, text) if m.type == "person"}


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # a given name before the tagged "Mohamed Hussien" / "Mohamed Saleh"
    ("The trio, named as Abdik Mohamed Hussien and two others, have been arrested.", "Abdik Mohamed Hussien"),
    ("A finance minister, identified as Dawoud Mohamed Saleh, was arrested during a raid.", "Dawoud Mohamed Saleh"),
    # a surname after the tagged "Mohammed Arshad", before "of" and the town
    ("The agency identified Mohammed Arshad Warsi of Dehradun as the third accused.", "Mohammed Arshad Warsi"),
])
def test_persons_a_name_word_the_model_left_out_is_the_names(ents_nlp: Language, text: str, name: str) -> None:
    assert name in canonical_person_names(ents_nlp, text)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # after a determiner the word describes the person
    ("At the beginning of 2016, the Salafist Safia S., just 15 years old, stabbed a police officer.", "Safia S."),
    # an English noun after the name closes a byline
    ("The report was long.\nArutz Sheva Staff contributed to this report", "Arutz Sheva"),
])
def test_persons_a_description_or_a_credit_word_stays_out(ents_nlp: Language, text: str, name: str) -> None:
    found = canonical_person_names(ents_nlp, text)
    assert name in found and not any(n != name and name in n for n in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "name"), [
    # the word after "of" or "for" ends the office, not a given name
    ("The Inspector General of Police Joseph Boinett said two men were held.", "Joseph Boinett"),
    ("UN Deputy Secretary-General for Counter-Terrorism Vladimir Voronkov spoke on Monday.", "Vladimir Voronkov"),
])
def test_persons_the_last_word_of_an_office_stays_out(ents_nlp: Language, text: str, name: str) -> None:
    found = canonical_person_names(ents_nlp, text)
    assert name in found and not any(n != name and name in n for n in found)


@pytest.mark.model
@pytest.mark.parametrize(("text", "word"), [
    # an English noun before the name is no given name
    ("Troops of 25 Task Force Brigade under Operations Hadin Kai in Damboa have killed terrorists.", "Operations"),
    # words followed by an acronym name a body: the NER's person there is not lengthened
    ("He was a member of the extremist organization Jemaah Anshorut Daulah, or JAD, which pledged allegiance to "
     "the Islamic State.", "Jemaah"),
])
def test_persons_a_noun_or_a_body_with_an_acronym_is_not_lengthened(ents_nlp: Language, text: str, word: str) -> None:
    assert not any(word in n for n in canonical_person_names(ents_nlp, text))


# Transliterations of a known figure, a surname spelt another way once.


def test_transliterations_share_a_sound_key() -> None:
    assert sound_key("Gadhafi") == sound_key("Qaddafi") == sound_key("Gaddafi")
    assert sound_key("al-Sahrawi") == sound_key("Sahraoui")
    assert sound_key("Sharaa") != sound_key("Sahrawi")


def test_a_known_figure_in_another_transliteration_is_that_figure(ents_nlp: Language) -> None:
    text = "Moammar Gadhafi ruled Libya until 2011. Later, forces loyal to Khalifa Hifter took Sirte."
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Moammar Gadhafi") == {"Muammar Gaddafi"}
    assert canonicals(ms, "Khalifa Hifter") == {"Khalifa Haftar"}


def test_a_relative_of_a_known_figure_keeps_his_own_name(ents_nlp: Language) -> None:
    ms = entity_mentions(ents_nlp, "Saif al-Islam Gaddafi, a son of the late ruler, spoke in Zintan on Monday.")
    assert canonicals(ms, "Saif al-Islam Gaddafi") == {"Saif al-Islam Gaddafi"}


def test_a_surname_spelt_another_way_once_joins_the_full_name(ents_nlp: Language) -> None:
    text = "Army spokesman Elias Ssegujja said the rebels fled. Sseguja added that two soldiers died."
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Sseguja") == {"Elias Ssegujja"}
    # a different surname stays its own person
    text = "Army spokesman Elias Ssegujja said the rebels fled. Kasozi added that two soldiers died."
    ms = entity_mentions(ents_nlp, text)
    assert "Elias Ssegujja" not in canonicals(ms, "Kasozi")


def test_a_respelt_surname_keeps_its_first_letter_and_is_no_nisba() -> None:
    particles = title_vocab().particles
    assert _respelt("Sseguja", "Ssegujja", particles)
    assert not _respelt("Palawan", "Hapilon", particles)  # same consonants, another word
    assert not _respelt("Baghdad", "al-Baghdadi", particles)  # the city a nisba is formed from


# A place, people or portfolio written before an office inside the NER's person span is the office's, not the name's
# ("Borno Governor Babagana Zulum" is Babagana Zulum).

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


# Two name words a page ran together ("DelfinLorenzana") are the person's name with the space put back; a name with a
# capital of its own inside ("McDonald", "MacKenzie") and a brand ("SunStar", "YouTube") stay whole (resolve/persons).

def test_two_glued_name_words_get_their_space_back() -> None:
    doc = spacy.blank("en")("Defense Secretary RobertoMendoza said so .")
    assert canonical_name(doc[2:3], [None] * len(doc)) == "Roberto Mendoza"


def test_names_and_brands_with_a_capital_inside_stay_whole() -> None:
    doc = spacy.blank("en")("Ronald McDonald , Ian MacKenzie , SunStar , YouTube , Fiorello LaGuardia")
    marks = [None] * len(doc)
    assert [canonical_name(doc[a:b], marks) for a, b in ((0, 2), (3, 5), (6, 7), (8, 9), (10, 12))] == [
        "Ronald McDonald", "Ian MacKenzie", "SunStar", "YouTube", "Fiorello LaGuardia"]


# A known person's name spelt with its given names apart or run together ("Abdul Hamid" / "Abdelhamid") is that
# person; a different given name with the same surname is not.

@pytest.mark.parametrize("written", ["Abdul Hamid al-Dabaiba", "Abdul Hameed Dbeibah", "Abdul Hamid Dbeibé",
                                     "Abdulhamid Dbeibah"])
def test_given_names_written_apart_or_together_are_the_known_spelling(written: str) -> None:
    assert _known_spelling(written) == "Abdelhamid Dbeibah"


def test_another_given_name_with_a_known_surname_is_someone_else() -> None:
    assert _known_spelling("Khalid al-Barnawi") is None
    assert _known_spelling("Ahmed Mujahid") is None
    assert _known_spelling("Abu Mus’ab Al-Barnawi") == "Abu Musab al-Barnawi"


@pytest.mark.model
def test_a_known_spokesman_named_by_surname_alone_is_the_full_name(ents_nlp: Language) -> None:
    text = "Mujahid said in a post on X that the gunmen had been killed in Kabul."
    assert {m.canonical for m in entity_mentions(ents_nlp, text) if m.text == "Mujahid"} == {"Zabihullah Mujahid"}


# A religious title the conventions keep in front of a name.

def test_a_kept_religious_title_names_the_person_on_every_mention(ents_nlp: Language) -> None:
    text = ("Police arrested Mufti Suhail Ahmed in Peshawar on Monday. Officials said Ahmed had recruited "
            "fighters for the group.")
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Suhail Ahmed") == {"Mufti Suhail Ahmed"}
    assert canonicals(ms, "Ahmed") == {"Mufti Suhail Ahmed"}


def test_other_honorifics_stay_out_of_the_name(ents_nlp: Language) -> None:
    # "Maulana" and courtesy titles are not part of the name the conventions write
    ms = entity_mentions(ents_nlp, "Maulana Fazlur Rehman and Mr. John Smith met in Islamabad on Monday.")
    assert canonicals(ms, "Fazlur Rehman") == {"Fazlur Rehman"}
    assert canonicals(ms, "John Smith") == {"John Smith"}
    # a well-known figure keeps the name analysts use
    ms = entity_mentions(ents_nlp, "A recording of Sheikh Abu Bakr al-Baghdadi was released on Monday.")
    assert canonicals(ms, "Abu Bakr al-Baghdadi") <= {"Abu Bakr al-Baghdadi"}


def test_a_malaysian_honour_is_no_part_of_the_name(ents_nlp: Language) -> None:
    # "Tan Sri" before the name kept the NER's whole span as the name, and "Khalid" alone found no full name
    text = ("Inspector-General of Police, Tan Sri Khalid Abu Bakar on Twitter said two of those arrested had recently "
            "returned from Syria.\nKhalid also congratulated the police on the arrests made.")
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Khalid Abu Bakar") == {"Khalid Abu Bakar"}
    assert canonicals(ms, "Khalid") == {"Khalid Abu Bakar"}


# A name spelt another way is a known figure only when each end word opens with the same sound; consonant keys alone
# join short names that are different people.

@pytest.mark.parametrize(("written", "known"), [
    ("Moammar Gadhafi", "Muammar Gaddafi"),
    ("Muammar Qaddafi", "Muammar Gaddafi"),  # q and g sound alike
    ("Khalifa Hifter", "Khalifa Haftar"),
    ("Bashar Assad", "Bashar al-Assad"),
])
def test_a_known_figure_spelt_another_way(written: str, known: str) -> None:
    assert _known_spelling(written) == known


@pytest.mark.parametrize("written", ["Ahmed Yusuf", "Amadou Abarry", "Ibrahim Salau"])
def test_a_short_name_sharing_only_consonants_with_a_known_figure_is_someone_else(written: str) -> None:
    assert _known_spelling(written) is None


# One name spelt two ways on one page is one person.

@pytest.mark.parametrize(("a", "b"), [
    ("Zabihullah Mujahid", "Zabiullah Mujahid"),  # a letter dropped
    ("Radjmil Jannatul", "Radzmil Jannatul"),  # a letter changed
    ("Atif Muzzafar", "Atif Muzaffar"),  # two letters, the same sounds
    ("Bilal al-Sudani", "Bilal-al-Sudani"),  # hyphens for spaces
])
def test_one_name_spelt_another_way(a: str, b: str) -> None:
    assert _respelt_name(a, b)


@pytest.mark.parametrize(("a", "b"), [
    ("Abu Omar", "Abu Amar"),  # short words: another name
    ("Ali Hassan", "Ali Hussein"),  # the same consonants, another name
    ("Omar Maute", "Abdullah Maute"),  # brothers
    ("Jane Roe", "Jane Roe"),
    ("Mujahid", "Mujahed"),  # a surname alone
])
def test_other_names_are_not_respellings(a: str, b: str) -> None:
    assert not _respelt_name(a, b)


def test_a_name_spelt_two_ways_on_a_page_is_one_person(ents_nlp: Language) -> None:
    text = ("Taliban spokesman Zabihullah Mujahid said on Monday that the attack was investigated. "
            "Zabihullah Mujahid added that two suspects were held.\n"
            "In a later statement Zabiullah Mujahid said the suspects belonged to the Islamic State.")
    ms = entity_mentions(ents_nlp, text)
    assert canonicals(ms, "Zabihullah Mujahid") == {"Zabihullah Mujahid"}
    assert canonicals(ms, "Zabiullah Mujahid") == {"Zabihullah Mujahid"}


# A place's name with its kind word is no person's name (resolve/persons, resolve/actors).

def test_a_name_ending_in_a_place_kind_word_is_a_place() -> None:
    doc = spacy.blank("en")("Troops reached Mera village and the Saladin Governorates while Amina Bello spoke.")
    assert ends_in_place_kind(doc[2:4])  # Mera village
    assert ends_in_place_kind(doc[6:8])  # Saladin Governorates (plural)
    assert not ends_in_place_kind(doc[9:11])  # Amina Bello
    assert not ends_in_place_kind(doc[2:3])  # one word


def test_a_place_with_its_kind_word_is_no_full_name_of_a_person() -> None:
    doc = spacy.blank("en")("Gunmen raided Mera village at dawn.")
    marks = [None] * len(doc)
    assert _full_name_in(doc[2:4], {"mera"}, marks) is None
    named = spacy.blank("en")("Listyo Sigit Prabowo said.")
    assert _full_name_in(named[0:3], {"listyo"}, [None] * len(named)) is not None


def test_a_person_tagged_place_with_its_kind_word_is_dropped_from_persons() -> None:
    doc = spacy.blank("en")("Soldiers died between Diyala and Saladin Governorates , said Amina Bello .")
    persons = [doc[5:7], doc[9:11]]
    assert [s.text for s in _not_places(persons, [None] * len(doc))] == ["Amina Bello"]


# A full name written once with its surname a letter off the spelling the page keeps for the surname alone takes the
# page's spelling (resolve/persons).

def test_the_surname_the_page_writes_most_spells_the_full_name() -> None:
    doc = spacy.blank("en")("General Peter Moralez spoke . Morales said . Morales added . Morales left .")
    mentions = [PersonMention(doc[1:3], "Peter Moralez")] + [
        PersonMention(doc[i:i + 1], "Peter Moralez") for i in (5, 8, 11)]
    _page_spelling(mentions)
    assert {m.canonical for m in mentions} == {"Peter Morales"}


def test_one_respelling_against_one_full_name_keeps_the_full_name() -> None:
    doc = spacy.blank("en")("General Peter Moralez spoke . Morales said .")
    mentions = [PersonMention(doc[1:3], "Peter Moralez"), PersonMention(doc[5:6], "Peter Moralez")]
    _page_spelling(mentions)
    assert {m.canonical for m in mentions} == {"Peter Moralez"}


# Public officials the table knows: matched in other spellings also when listed by full name only.

@pytest.mark.parametrize(("written", "known"), [
    ("Lloyd J. Austin III", "Lloyd Austin"),  # an initial and a generational suffix are no other person
    ("Nafi’u Abubakar", "Nafiu Abubakar"),
    ("Bernardino Raphael", "Bernardino Rafael"),
    ("Ali Kaliora", "Ali Kalora"),
])
def test_a_known_official_without_a_surname_entry_spelt_another_way(written: str, known: str) -> None:
    assert _known_spelling(written) == known


def test_a_common_surname_alone_does_not_stand_for_a_known_official() -> None:
    # listed by full name only: "Austin" or "Abubakar" alone names no one in particular
    assert "Lloyd Austin" in known_names()
    assert "austin" not in known_persons()
    assert "abubakar" not in known_persons()


def test_another_given_name_with_the_official_s_surname_is_someone_else() -> None:
    assert _known_spelling("Austin Edwards") is None
    assert _known_spelling("Musa Abubakar") is None


# A head of government, minister or commander of the campaign's theatres named by surname alone is the full name the
# annotated pages write for such figures.

@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "full"), [
    ("Shettima said on Monday that the troops had cleared the camps near Lake Chad.", "Shettima", "Kashim Shettima"),
    ("The gunmen had surrendered, General Brawner told reporters in Zamboanga.", "Brawner", "Romeo Brawner"),
    ("Mr Chume said the joint forces had retaken the district.", "Chume", "Cristovao Chume"),
])
def test_a_theatre_official_named_by_surname_alone_is_the_full_name(ents_nlp: Language, text: str, form: str,
                                                                    full: str) -> None:
    assert canonicals_of_form(ents_nlp, text, form) == {full}


@pytest.mark.model
def test_another_given_name_with_an_official_s_surname_keeps_its_own_name(ents_nlp: Language) -> None:
    text = "Musa Shettima, a trader in Maiduguri, said the road had been closed since Friday."
    assert canonicals_of_form(ents_nlp, text, "Musa Shettima") == {"Musa Shettima"}
