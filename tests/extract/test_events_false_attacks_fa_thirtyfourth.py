"""False-positive attacks, thirty-fourth session (short sentences written for the tests, after train pages): a
force's deed told with an attack word is its operation, not the group's attack, when the force does it through a
gerund on its own verb ("after ambushing them"), through a conjunct of the light verb's object ("launched air and
artillery attacks") or in a "by" phrase ("an ambush by our forces"), and guards are a force; an attack a participle
of stopping modifies ("an averted attack", a title's "Thwarted Terrorist Attack"; a "foiled" one may have been made
and repelled) was never made, nor one someone was
instructed to make."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import events_dated

events = events_dated("2024-05-01")


@pytest.mark.model
def test_a_gerund_on_a_force_verb_is_the_force_deed(nlp: Language) -> None:
    found = events(nlp, "The intelligence force tracked down the cell in Ramadi and captured its nine members after "
                        "ambushing them on Monday.")
    assert "attack" not in [e.type for e in found]
    found = events(nlp, "Fighter jets took turns in attacking the location near Marte on Monday.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_gerund_on_the_group_verb_is_still_its_attack(nlp: Language) -> None:
    found = events(nlp, "ISWAP fighters killed five soldiers in Marte on Monday after attacking their base.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_a_conjunct_of_the_force_object_is_the_force_deed(nlp: Language) -> None:
    found = events(nlp, "The Armed Forces of the Philippines launched air and artillery attacks against Dawlah "
                        "Islamiyah members in Datu Salibo on Monday.")
    assert [e.type for e in found] == ["operation"]


@pytest.mark.model
def test_an_attack_by_a_force_is_its_operation(nlp: Language) -> None:
    found = events(nlp, "The militants fell into an ambush by our forces near Mocimboa da Praia on Monday.")
    assert "attack" not in [e.type for e in found]
    found = events(nlp, "An attack by militants on an army post near Mocimboa da Praia killed five soldiers on Monday.")
    assert [e.type for e in found] == ["attack"]


@pytest.mark.model
def test_guards_are_a_force(nlp: Language) -> None:
    found = events(nlp, "The National Guards ambushed the group in Kasserine on Tuesday night and killed three "
                        "terrorists.")
    assert "attack" not in [e.type for e in found]


@pytest.mark.model
def test_a_stopped_attack_was_never_made(nlp: Language) -> None:
    assert events(nlp, "Monday's averted terror attack in Moscow shows the danger, the FSB said.") == []
    found = events(nlp, "Russia's FSB Says Thwarted Terrorist Attack in Cherkessk")
    assert "attack" not in [e.type for e in found]
    # a failed attack was still made (the conventions count it), and so was a foiled one that killed a soldier
    found = events(nlp, "Following the foiled ISIS attack against a police post in Bosaso today and the killing of "
                        "one soldier, police arrested the group's head of operations.")
    assert "attack" in [e.type for e in found]
    found = events(nlp, "Troops repelled a failed attack on their base in Marte on Monday.")
    assert "attack" in [e.type for e in found]


@pytest.mark.model
def test_an_instructed_attack_is_a_plan(nlp: Language) -> None:
    assert events(nlp, "The two were relatives of a militant who had instructed a lone wolf attack in Sabah last "
                       "August.") == []


@pytest.mark.model
def test_attacks_being_planned_are_a_plot(nlp: Language) -> None:
    found = events(nlp, "Authorities detained 115 suspected members of Daesh in Istanbul on Thursday, who were "
                        "allegedly planning attacks against Christmas celebrations.")
    assert "attack" not in [e.type for e in found]
    # the attack the suspects planned, pointed to, happened
    found = events(nlp, "Police arrested the militants who planned the attack on the church in Jolo on Monday.")
    assert "attack" in [e.type for e in found]


@pytest.mark.model
def test_an_adjective_of_frequency_tells_a_run_of_attacks(nlp: Language) -> None:
    assert events(nlp, "U.S. forces in Syria are also under near-constant attack by Iran-backed militant groups.") == []
    assert events(nlp, "Now based in eastern Congo, the ADF mounts frequent attacks in Beni.") == []
    # one attack told with its day stays
    found = events(nlp, "ADF rebels attacked the village of Oicha in Beni on Monday, killing seven civilians.")
    assert [e.type for e in found] == ["attack"]
