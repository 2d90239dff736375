"""Names that mean an actor only in one country (``local_names`` in data/actors.toml), session 37 (lg): on pages about
Libya of 2015-2016 "the UN-backed government" is the Government of National Accord; elsewhere the words name another
state's government. Short sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from sitroom.errors import SitroomError
from sitroom.resolve.actor_kb import load_actor_kb

_GNA = "Government of National Accord"


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_mentions}


def test_the_local_names_are_read_and_checked(tmp_path: Path) -> None:
    names = dict(load_actor_kb().actors["government_of_national_accord"].local_names)
    assert "UN-backed government" in names["LY"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[actor]]\nid = "is_mozambique"\nlocal_names = { Mozambique = ["Ansar al-Sunna"] }\n')
    with pytest.raises(SitroomError):
        load_actor_kb([bad], use_env=False)


@pytest.mark.model
def test_the_local_name_on_a_page_about_libya(nlp: Language) -> None:
    text = ("Forces allied with the UN-backed government retook Sirte in Libya on Monday. Libyan officials said the "
            "fighting in Sirte was over.\n")
    assert _GNA in _canonical_of(nlp, text).values()


@pytest.mark.model
def test_the_same_name_elsewhere_is_not_the_libyan_body(nlp: Language) -> None:
    text = ("Somali troops loyal to the UN-backed government attacked a base in Somalia on Monday, Somali officials "
            "said. The Somali army said it had repelled al-Shabaab near Mogadishu.\n")
    assert _GNA not in _canonical_of(nlp, text).values()
