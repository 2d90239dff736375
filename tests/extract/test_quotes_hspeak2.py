"""Quote speakers (extract/quotes.py): which quotations the conventions keep, by who the text says spoke."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_speakers

# A quotation whose speaker is a person the text never names ("a cattle herder", "residents", "a senior Iraqi
# security official": a nationality inside the description names no one either) is left out, as the conventions
# do. A body's description ("the ministry") and a named person stay.

@pytest.mark.model
def test_a_quotation_from_a_described_person_is_not_kept(nlp: Language) -> None:
    text = ("Gunmen attacked a market in the north of the country on Sunday.\n\n"
            "\u201cThe attack triggered an exodus of young people to the camps in the south,\u201d a cattle "
            "herder said.\n")
    assert direct_speakers(nlp, text) == []


@pytest.mark.model
def test_a_described_person_with_a_nationality_is_not_named_either(nlp: Language) -> None:
    text = ("Iraqi forces moved families out of the camp on Monday.\n\n"
            "\u201cWe moved 192 families, or 776 people, to the new site,\u201d a senior Iraqi security "
            "official told reporters.\n")
    assert direct_speakers(nlp, text) == []


@pytest.mark.model
def test_a_named_speaker_and_a_described_body_are_kept(nlp: Language) -> None:
    text = ("Troops killed several militants near the border on Sunday.\n\n"
            "\u201cDozens of terrorists were neutralized in the operation,\u201d the ministry said.\n\n"
            "\u201cThe troops will stay in the area until it is safe,\u201d Colonel John Okello said.\n")
    speakers = direct_speakers(nlp, text)
    assert len(speakers) == 2 and speakers[1] == "John Okello"


# The conventions never give a bare state for speaker: a quotation the rules gave to a country by its name alone goes
# to the voice the text gave last; a country's government ("the German government") still speaks.

@pytest.mark.model
def test_a_quotation_given_to_a_bare_country_goes_to_the_last_voice(nlp: Language) -> None:
    text = ("ERBIL, Kurdistan Region - Twenty Islamic State (ISIS) militants were arrested during a six-day operation "
            "by Kurdish forces at the notorious al-Hol camp in northeast Syria (Rojava), the Kurdish forces "
            "announced on Wednesday.\n"
            "The internal security forces (Asayish) in Rojava stated that \u201cto ensure security and stability and "
            "confront the growing threats posed by terrorist cells,\u201d Kurdish forces have \u201ccompleted a "
            "security operation inside al-Hol Camp.\u201d\n")
    assert direct_speakers(nlp, text) == ["Asayish", "Asayish"]


@pytest.mark.model
def test_a_country_s_government_still_speaks(nlp: Language) -> None:
    text = ("The German government announced on Wednesday that it has settled \u201cnearly all known instances of "
            "its nationals held in the camps in Syria\u201d after the return of 12 women.\n")
    assert direct_speakers(nlp, text) == ["Government of Germany"]
