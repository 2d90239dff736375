"""Canonical names of bodies the knowledge base lists (data/actors.toml): the UN General Assembly is its own body,
an outlet keeps the article it names itself with, a command's acronym is known with or without its "t", and
"the National Police" on a page about Indonesia (or the Philippines) is that country's."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _canonicals(nlp: Language, text: str) -> set[str]:
    return {m.canonical for m in nlp(text)._.entity_mentions}


@pytest.mark.model
def test_the_un_general_assembly_is_not_the_un(nlp: Language) -> None:
    names = _canonicals(nlp, "The UN General Assembly adopted the resolution on Monday.\n")
    assert "United Nations General Assembly" in names
    assert "United Nations" not in names


@pytest.mark.model
def test_the_defense_post_keeps_its_article(nlp: Language) -> None:
    names = _canonicals(nlp, "Five soldiers were killed, a military source told Defense Post on Monday.\n")
    assert "The Defense Post" in names


@pytest.mark.model
def test_wesmincom_is_the_western_mindanao_command(nlp: Language) -> None:
    names = _canonicals(nlp, "Wesmincom said troops killed three Abu Sayyaf members in Sulu on Monday.\n")
    assert "Western Mindanao Command" in names


@pytest.mark.model
def test_the_national_police_on_a_page_about_indonesia_is_the_indonesian_national_police(nlp: Language) -> None:
    text = ("Indonesian police arrested three suspects in Poso. Indonesia has seen several attacks this year. "
            "The National Police said the men were linked to Mujahidin Indonesia Timur.\n")
    doc = nlp(text)
    police = {m.canonical for m in doc._.entity_mentions if "Police" in m.text}
    assert police == {"Indonesian National Police"}
