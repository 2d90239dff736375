"""Names that mean an actor only in one country (``local_names`` in data/actors.toml), session 37 (lg): outlets in
Mozambique call the Islamic State's province there "al-Shabaab", "Ansar al-Sunna" or "Ahlu Sunnah Wal Jama'a (ASWJ)",
while in Somalia al-Shabaab is al-Qaeda's affiliate. Short sentences written for the tests."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from sitroom.errors import SitroomError
from sitroom.resolve.actor_kb import load_actor_kb

_ISMP = "Islamic State Mozambique Province"


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_mentions}


def test_the_local_names_are_read_and_checked(tmp_path: Path) -> None:
    names = dict(load_actor_kb().actors["is_mozambique"].local_names)
    assert "Ansar al-Sunna" in names["MZ"] and "al-Shabaab" in names["MZ"]
    bad = tmp_path / "bad.toml"
    bad.write_text('[[actor]]\nid = "is_mozambique"\nlocal_names = { Mozambique = ["Ansar al-Sunna"] }\n')
    with pytest.raises(SitroomError):
        load_actor_kb([bad], use_env=False)


@pytest.mark.model
def test_the_local_names_on_a_page_about_mozambique(nlp: Language) -> None:
    text = ("Jihadists from al-Shabaab raided the town of Macomia in Mozambique on Monday. Mozambican officials said "
            "the Ahlu Sunnah Wal Jama'a (ASWJ) fighters burned houses in Cabo Delgado.\n")
    names = _canonical_of(nlp, text)
    assert names["al-Shabaab"] == _ISMP
    assert names["Ahlu Sunnah Wal Jama'a"] == _ISMP
    assert names["ASWJ"] == _ISMP


@pytest.mark.model
def test_the_same_names_elsewhere_keep_their_reading(nlp: Language) -> None:
    somalia = ("Al-Shabaab fighters attacked a military base in Somalia on Monday, Somali officials said. The "
               "Somali army said it had repelled the attack near Mogadishu.\n")
    assert _canonical_of(nlp, somalia)["Al-Shabaab"] == "al-Shabaab"
    # a name another country qualifies keeps its reading, even on a page about Mozambique
    text = ("The insurgents in Mozambique, known locally as Ansar al-Sunna, are not related to the Somali al-Shabaab, "
            "Mozambican officials said.\n")
    names = _canonical_of(nlp, text)
    assert names["Ansar al-Sunna"] == _ISMP
    assert names["al-Shabaab"] == "al-Shabaab"


@pytest.mark.model
def test_the_local_name_holds_in_a_sentence_naming_the_country_on_another_page(nlp: Language) -> None:
    text = ("Rwandan troops arrived in Kigali on Monday, the Rwandan army said. Rwanda sent 1,000 troops last year. "
            "Botswana and Rwanda agreed to stay. They fight the Al Sunnah wa Jama'ah insurgents in Cabo Delgado.\n")
    assert _canonical_of(nlp, text)["Al Sunnah wa Jama'ah"] == _ISMP
