"""Session 17 entity-name rules: noms de guerre, NATO's canonical."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def canonicals(ms: list[EntityMention], text: str) -> set[str]:
    return {m.canonical for m in ms if m.text == text}


def test_alias_after_a_name_is_that_person_everywhere(ents_nlp: Language) -> None:
    text = ("Troops killed Zulkifli bin Hir, alias Marwan, in a raid on Sunday. "
            "Marwan had trained bomb makers for years, the army said.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Marwan") == {"Zulkifli bin Hir"}
    assert len([m for m in ms if m.text == "Marwan"]) == 2


def test_quoted_alias_after_known_as_joins_the_person(ents_nlp: Language) -> None:
    text = ("The leader, Abdallah Maki Mosleh al-Rifai, commonly referred to as “Abu Khadija,” was killed. "
            "The strike on Abu Khadija was carried out by Iraqi jets.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Abu Khadija") == {"Abdallah Maki Mosleh al-Rifai"}


def test_known_as_before_a_description_or_a_longer_name_changes_nothing(ents_nlp: Language) -> None:
    text = ("Abdallah Maki Mosleh al-Rifai, known as a ruthless planner, fled. Police arrested Ali Hassan, "
            "alias Abu Musab, in Mosul. Abu Musab al-Barnawi leads a rival faction.")
    ms = mentions(ents_nlp, text)
    assert not any(m.canonical == "Abdallah Maki Mosleh al-Rifai" and m.text != "Abdallah Maki Mosleh al-Rifai"
                   for m in ms)
    assert "Ali Hassan" not in canonicals(ms, "Abu Musab al-Barnawi")


def test_nato_is_named_by_its_acronym_whichever_form_the_text_writes(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The North Atlantic Treaty Organization met in Brussels. NATO leaders agreed.")
    assert canonicals(ms, "North Atlantic Treaty Organization") == {"NATO"}
    assert canonicals(ms, "NATO") == {"NATO"}
    # an ordinary capitalised word is no alias of the alliance
    assert "NATO" not in canonicals(mentions(ents_nlp, "Nato Kurbanov, a farmer, was hurt."), "Nato Kurbanov")


def test_a_paper_written_with_a_capital_the_inside_a_sentence_keeps_it(ents_nlp: Language) -> None:
    text = "Two soldiers were killed, a local official told The Baghdad Post on Monday."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Baghdad Post") == {"The Baghdad Post"}
    assert canonicals(ms, "The Baghdad Post") == {"The Baghdad Post"}


def test_a_capital_the_opening_a_sentence_is_no_part_of_the_name(ents_nlp: Language) -> None:
    text = "The Baghdad Post reported two deaths in Mosul on Monday."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Baghdad Post") == {"Baghdad Post"}
    text = "Two soldiers died in Mosul. “The Baghdad Post lied about the raid,” a police officer said."
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "Baghdad Post") == {"Baghdad Post"}


def test_ustadz_is_an_honorific_not_a_given_name(ents_nlp: Language) -> None:
    text = "The group was led by Ustadz Ameril Umbra Kato, the army said."
    ms = mentions(ents_nlp, text)
    assert {m.canonical for m in ms if m.type == "person"} == {"Ameril Umbra Kato"}


def test_a_bracketed_acronym_is_named_by_the_words_it_spells(ents_nlp: Language) -> None:
    text = ("Fighters of the Movement for the Salvation of Azawad (MSA) clashed with the militants near Menaka. "
            "The MSA lost four men.")
    ms = mentions(ents_nlp, text)
    assert canonicals(ms, "MSA") == {"Movement for the Salvation of Azawad"}
    assert canonicals(ms, "Movement for the Salvation of Azawad") == {"Movement for the Salvation of Azawad"}
    text = "The United Nations Development Programme (UNDP) said on Monday that aid had resumed in Borno."
    assert canonicals(mentions(ents_nlp, text), "UNDP") == {"United Nations Development Programme"}


def test_a_bracketed_acronym_the_words_before_do_not_spell_stays_as_written(ents_nlp: Language) -> None:
    text = "Police in Karachi (SIU) arrested two men. The SIU said both were members of the group."
    ms = mentions(ents_nlp, text)
    assert "Police in Karachi" not in {m.canonical for m in ms}
    assert all(m.canonical == "SIU" for m in ms if m.text == "SIU")
