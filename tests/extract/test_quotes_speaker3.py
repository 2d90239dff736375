"""Quote speakers (extract/quotes.py): an unnamed spokesman of a body the text gives only by its noun."""

from __future__ import annotations

from spacy.language import Language
from tests.extract.conftest import direct_speakers


def test_unnamed_spokesman_for_a_described_body_is_the_body_named_before(nlp: Language) -> None:
    text = ("Eleven militants were killed in a raid by the Counter Terrorism Department (CTD) "
            "in Mastung on Monday.\n\n"
            "A spokesman for the department said that CTD men conducted a search operation in the area.\n\n"
            "\u201cAfter the heavy gun battle that ensued, 11 alleged terrorists were found dead in the compound,"
            "\u201d "
            "said the spokesman.\n")
    assert direct_speakers(nlp, text) == ["Counter Terrorism Department"]


def test_unnamed_spokesman_of_a_body_never_named_stays_a_description(nlp: Language) -> None:
    text = ("Eleven militants were killed in a raid in Mastung on Monday.\n\n"
            "\u201cAfter the heavy gun battle that ensued, 11 alleged terrorists were found dead in the compound,"
            "\u201d "
            "said a spokesman for the department.\n")
    assert direct_speakers(nlp, text) == ["spokesman"]


def test_spokesman_named_before_keeps_his_words_over_the_body(nlp: Language) -> None:
    text = ("Eleven militants were killed in a raid by the Counter Terrorism Department (CTD) "
            "in Mastung on Monday.\n\n"
            "The army spokesman, Colonel Ahmed Khan, said the raid was planned for weeks.\n\n"
            "\u201cAfter the heavy gun battle that ensued, 11 alleged terrorists were found dead in the compound,"
            "\u201d "
            "the army spokesman said.\n")
    assert direct_speakers(nlp, text) == ["Ahmed Khan"]


def test_campaign_commander_named_by_surname_alone_has_his_full_name(nlp: Language) -> None:
    # known_persons.toml: the NER takes the rare surname for a place or a body
    text = ("Troops killed three Abu Sayyaf militants in Patikul town on Friday night.\n\n"
            "\u201cThe support of the public in our peace and security operations is much, much needed,\u201d "
            "Sobejana told The Associated Press.\n")
    assert direct_speakers(nlp, text) == ["Cirilito Sobejana"]
