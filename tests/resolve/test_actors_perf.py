"""The entity stage's word sets made once per run rather than per page (resolve/actors): each holds what the data
files give, and the rules that read them answer as before (sentences written for the tests)."""

from __future__ import annotations

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language

from sitroom.resolve.actors import _alias_titles, _body_and_site_words, _credit_furniture, _group_names_with_countries
from sitroom.resolve.persons import OFFICE, RANK, title_vocab
from sitroom.resolve.places import facility_words, organisation_words


def test_run_level_word_sets_hold_the_data_files_words_lower_cased() -> None:
    assert _alias_titles() == {w.lower() for k in (OFFICE, RANK) for w in title_vocab().lists[k]}
    assert _body_and_site_words() == {w.lower() for w in organisation_words()} | set(facility_words())
    assert _credit_furniture() == frozenset(title_vocab().heading_words) | STOP_WORDS
    # the same set object for every page: made once
    assert _alias_titles() is _alias_titles()


def test_a_nom_de_guerre_after_a_name_still_names_the_person(ents_nlp: Language) -> None:
    doc = ents_nlp("Zulkifli bin Hir, alias Marwan, led the cell. Marwan was killed in a raid in January.")
    persons = {(m.text, m.canonical) for m in doc._.entity_mentions if m.type == "person"}
    assert ("Marwan", "Zulkifli bin Hir") in persons


def test_group_long_names_with_countries_found_case_blind_and_none_without_iraq() -> None:
    text = "Fighters of the ISLAMIC STATE of Iraq and the Levant and of al-Iraq wa al-Sham."
    assert _group_names_with_countries(text) == ((16, 52), (60, 78))
    assert _group_names_with_countries("The Islamic State of Syria and the Levant.") == ()
