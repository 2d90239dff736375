"""Names two states' bodies share (``local_names`` in data/actors.toml), session 40 (sh): a country named as the
owner ("Kyrgyzstan's State Committee ...") makes the name that country's body, whatever country the page names most."""

from __future__ import annotations

import pytest
from spacy.language import Language

_KG = "State Committee for National Security of Kyrgyzstan"


def _canonical_of(nlp: Language, text: str) -> dict[str, str]:
    return {m.text: m.canonical for m in nlp(text)._.entity_mentions}


@pytest.mark.model
def test_a_country_named_as_owner_takes_the_shared_name(nlp: Language) -> None:
    # a curly apostrophe, which no name of the knowledge base writes
    text = ("Tajik militants trained in Tajikistan, Tajik officials said. Kyrgyzstan’s State Committee for National "
            "Security detained 15 people in Bishkek on Monday, the UKMK said.\n")
    found = _canonical_of(nlp, text)
    assert found.get("State Committee for National Security") == _KG
    assert found.get("UKMK") == _KG


@pytest.mark.model
def test_the_other_countrys_body_keeps_the_name(nlp: Language) -> None:
    text = ("Tajikistan's State Committee for National Security detained five men in Dushanbe, Tajik officials "
            "said on Monday.\n")
    assert _KG not in _canonical_of(nlp, text).values()


@pytest.mark.model
def test_singapores_home_affairs_ministry_is_named_with_its_state(nlp: Language) -> None:
    text = ("Singapore has detained a 17-year-old Singaporean under the Internal Security Act, the Ministry of Home "
            "Affairs said on Tuesday. The MHA said the youth had planned attacks in Singapore.\n")
    found = _canonical_of(nlp, text)
    assert found.get("Ministry of Home Affairs") == "Ministry of Home Affairs (Singapore)"
    assert found.get("MHA") == "Ministry of Home Affairs (Singapore)"


@pytest.mark.model
def test_the_malaysian_police_division_is_named_without_its_headquarters(nlp: Language) -> None:
    text = ("The Bukit Aman Special Branch Counter Terrorism Division arrested three men in Johor on Monday, "
            "Malaysian police said.\n")
    assert "Special Branch Counter-Terrorism Division" in _canonical_of(nlp, text).values()
