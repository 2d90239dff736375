"""The actor knowledge base (resolve/actor_kb, data/actors.toml): state security bodies the pages credit with arrests
(Misrata's counter-terrorism force, Libya's and Pakistan's intelligence services, the Malaysian police's Bukit Aman
units, Tunisia's national guard in the plural)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.resolve.actor_kb import load_actor_kb


@pytest.mark.parametrize(("form", "canonical"), [
    ("Misratan Counter-Terrorism Forces", "Counter-Terrorism Force"),
    ("counter-terrorism force of Misrata", "Counter-Terrorism Force"),
    ("Libyan intelligence agency", "Libyan Intelligence Service"),
    ("Pakistani Intelligence Service", "Inter-Services Intelligence"),
    ("Bukit Aman Special Branch", "Special Branch Counter-Terrorism Division"),
])
def test_a_security_bodys_names_are_the_body(form: str, canonical: str) -> None:
    actor = load_actor_kb().lookup(form)
    assert actor is not None and actor.canonical == canonical


def test_the_malaysian_polices_units_belong_to_the_police() -> None:
    kb = load_actor_kb()
    actor = kb.lookup("Bukit Aman Special Task Force")
    assert actor is not None and "royal_malaysia_police" in kb.ancestors(actor.id)


@pytest.mark.model
def test_the_national_guards_of_a_tunisian_page_are_tunisias_national_guard(nlp: Language) -> None:
    text = ("The National Guards ambushed the group on Tuesday night near Kasserine, in Tunisia, and killed three "
            "terrorists, the Tunisian interior ministry said.\n")
    doc = nlp(make_doc(nlp, text, "t", "2016-04-20"))
    assert "Tunisian National Guard" in {m.canonical for m in doc._.entity_mentions or []}
