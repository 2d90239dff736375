"""Entity names (sentences written for the tests): a foreign ministry named by its office, or by its state's name,
goes by "Ministry of Foreign Affairs of <State>"; one written with its people's adjective keeps the adjective, and
"the foreign ministry" after it is the same body."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.resolve.conftest import entity_mentions

from sitroom.resolve.actor_kb import load_actor_kb

mentions = entity_mentions


def names(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in mentions(nlp, text)}


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "canonical"), [
    # the office's full name with no owner: the state the page is about
    ("Gunmen stormed a building in Tripoli, Libya. Libya said the Ministry of Foreign Affairs was hit by a car "
     "bomb and Libya mourned three dead.", "Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Libya"),
    # the state's name as the owner
    ("Nigeria’s Ministry of Foreign Affairs confirmed the strikes in Sokoto State on Friday.",
     "Nigeria’s Ministry of Foreign Affairs", "Ministry of Foreign Affairs of Nigeria"),
    # the people's adjective written: kept
    ("The German Foreign Ministry confirmed the return of the women from Syria.", "German Foreign Ministry",
     "German Foreign Ministry"),
])
def test_a_foreign_ministry_named_by_its_office_takes_its_state_after_it(
        ents_nlp: Language, text: str, form: str, canonical: str) -> None:
    assert names(ents_nlp, text).get(form) == canonical


@pytest.mark.model
def test_the_foreign_ministry_after_the_adjective_form_is_that_ministry(ents_nlp: Language) -> None:
    text = ("Germany brought home 11 women from a camp in Syria, the German Foreign Ministry said on Sunday. "
            "The Foreign Ministry said most of the children were sick.")
    found = {m.canonical for m in mentions(ents_nlp, text) if "Foreign" in m.text}
    assert found == {"German Foreign Ministry"}


def test_libyas_electoral_commission_and_foreign_ministry_go_by_their_official_names() -> None:
    kb = load_actor_kb()
    assert kb.lookup("Libyan High Electoral Commission").canonical == "High National Elections Commission"
    assert kb.lookup("Libyan Foreign Ministry").canonical == "Ministry of Foreign Affairs of Libya"


@pytest.mark.model
def test_a_ministry_of_national_defense_is_its_states_defence_ministry(ents_nlp: Language) -> None:
    text = ("The Ministry of National Defense said on Friday that ten soldiers died in Niger, where the army repelled "
            "an attack near Tillaberi.")
    assert names(ents_nlp, text).get("Ministry of National Defense") == "Nigerien Ministry of Defence"


@pytest.mark.model
@pytest.mark.parametrize("written", ["Operation Fansan Yanma", "Operation FANSAN YAMMA", "Operation Fansar Yanma"])
def test_the_north_west_operation_goes_by_one_spelling(ents_nlp: Language, written: str) -> None:
    text = f"Troops of {written} rescued 62 hostages in Kebbi State on Monday, the army said."
    found = {m.canonical for m in mentions(ents_nlp, text) if "anma" in m.text.lower() or "amma" in m.text.lower()}
    assert found == {"Operation Fansan Yamma"}


@pytest.mark.model
def test_puntlands_offensive_is_operation_hilaac_by_any_of_its_names(ents_nlp: Language) -> None:
    text = ("Puntland forces, under the Hilaac Campaign, have captured two bases in the Cal Miskaad mountains, "
            "officials said.")
    assert names(ents_nlp, text).get("Hilaac Campaign") == "Operation Hilaac"


@pytest.mark.model
def test_wagner_alone_is_the_group_on_a_page_about_mali(ents_nlp: Language) -> None:
    text = ("Mali's army spokesman said the Malian Armed Forces do not work with Wagner, but with Russian "
            "instructors, after the ambush near Gao in Mali.")
    assert names(ents_nlp, text).get("Wagner") == "Wagner Group"


@pytest.mark.parametrize(("written", "branch"), [
    ("ISIS branch in Somalia", "Islamic State Somalia Province"),
    ("ISIS wing in Somalia", "Islamic State Somalia Province"),
    ("IS Khorasan branch", "Islamic State Khorasan Province"),
    ("Islamic State Khurasan Chapter", "Islamic State Khorasan Province"),
])
def test_the_groups_part_in_a_place_is_the_branch_there(written: str, branch: str) -> None:
    found = load_actor_kb().lookup(written)
    assert found is not None and found.canonical == branch
