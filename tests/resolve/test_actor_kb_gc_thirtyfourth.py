"""Kurdish parties the knowledge base knows (data/actors.toml), by name or by acronym, on short sentences written
for the tests: they recur on pages about the Kurdistan Region and north-east Syria."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_mentions}


@pytest.mark.model
def test_the_kurdistan_region_parties_and_their_acronyms(nlp: Language) -> None:
    text = ("The Patriotic Union of Kurdistan (PUK) and the Kurdistan Democratic Party (KDP) blamed each other on "
            "Monday. A PUK official said the KDP had failed to secure the road.\n")
    names = _canonical_of(nlp, text)
    assert names["PUK"] == "Patriotic Union of Kurdistan"
    assert names["KDP"] == "Kurdistan Democratic Party"


@pytest.mark.model
def test_the_pyd_and_the_pkk_by_a_variant_name(nlp: Language) -> None:
    text = "In Syria, the Democratic Union Party (PYD) said the Kurdish Workers' Party (PKK) was not involved.\n"
    names = _canonical_of(nlp, text)
    assert names["PYD"] == "Democratic Union Party"
    assert names["Kurdish Workers' Party"] == "Kurdistan Workers' Party"
