"""Session 50 entity rules (fix-sp): a numbered unit's short form that runs its number into its words' initials
("6ID", "90IB", "5MIB", "601IBde") is the unit the text names in full, so that a release the short form issues
("the 5MIB said") speaks for that unit."""

from __future__ import annotations

from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.models import EntityMention

mentions = entity_mentions


def named(ms: list[EntityMention], canonical: str) -> set[str]:
    return {m.text for m in ms if m.canonical == canonical}


def test_a_units_number_run_into_its_initials_is_the_unit(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "Soldiers of the 7th Infantry Division (7ID) seized the camp on Monday. The 7ID said two "
                            "gunmen surrendered to the 42nd Mechanized Infantry Battalion, and the 42MIB took them in.")
    assert named(ms, "7th Infantry Division") >= {"7th Infantry Division", "7ID"}
    assert named(ms, "42nd Mechanized Infantry Battalion") >= {"42nd Mechanized Infantry Battalion", "42MIB"}


def test_a_short_unit_word_after_the_initials_still_spells_them(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The 703rd Infantry Brigade (703IBde) said the rebels fled into the hills.")
    assert named(ms, "703rd Infantry Brigade") >= {"703rd Infantry Brigade", "703IBde"}


def test_a_short_form_two_units_fit_or_another_number_stays_alone(ents_nlp: Language) -> None:
    ms = mentions(ents_nlp, "The 3rd Infantry Battalion and the 3rd Independent Brigade joined the 9th Infantry "
                            "Division. The 3IB and the 8ID said so.")
    assert not any(m.text in ("3IB", "8ID") and m.canonical[:1].isdigit() and m.canonical != m.text for m in ms)
