"""A branch of the Islamic State named by the group's name and its region joined by a dash (session 48, lead):
"Islamic State-Mozambique", "Islamic State – West Africa", Russian outlets' "Islamic State* — Sahel". Short
sentences written for the tests."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.actor_kb import load_actor_kb


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    doc = nlp(make_doc(nlp, text, "t", "2025-05-02"))
    return {m.text: m.canonical for m in doc._.entity_mentions or []}


def test_the_knowledge_base_reads_the_group_and_a_region_joined_by_a_dash() -> None:
    kb = load_actor_kb()
    for form, canonical in (("Islamic State-Mozambique", "Islamic State Mozambique Province"),
                            ("ISIS–Central Africa", "Islamic State Central Africa Province"),
                            ("Daesh-Khurasan", "Islamic State Khorasan Province")):
        actor = kb.lookup(form)
        assert actor is not None and actor.canonical == canonical, form


def test_a_form_another_actor_holds_keeps_its_owner() -> None:
    kb = load_actor_kb()
    owners = {form.lower(): kb.folded[form.lower()] for form in kb.joined_branch_forms}
    assert all(kb.folded[k] == v for k, v in owners.items())
    assert all(kb.actors[v].parent == "islamic_state" for v in owners.values())


@pytest.mark.model
@pytest.mark.parametrize(("text", "form", "canonical"), [
    ("The attack was later claimed by the Islamic State-Mozambique group, police said on Monday.\n",
     "Islamic State-Mozambique", "Islamic State Mozambique Province"),
    ("He said the use of drones by the Islamic State – West Africa group was a danger to troops in Borno.\n",
     "Islamic State – West Africa", "Islamic State West Africa Province"),
    ("In Niger, militants of the Islamic State* — Sahel attacked a military post near Tahoua.\n",
     "Islamic State* — Sahel", "Islamic State Sahel Province"),
])
def test_a_dash_joined_branch_name_is_the_branch(nlp: Language, text: str, form: str, canonical: str) -> None:
    assert _canonical_of(nlp, text).get(form) == canonical


@pytest.mark.model
def test_the_group_alone_stays_the_group(nlp: Language) -> None:
    text = "The Islamic State claimed the attack in Mozambique on Monday, police said.\n"
    assert _canonical_of(nlp, text).get("Islamic State") == "Islamic State"
