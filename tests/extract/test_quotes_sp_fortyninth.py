"""Speaker habits of the forty-ninth session (short sentences written for the tests): a statement quoted a few
paragraphs after its signer is named, with only the signer's own words reported in between, is the signer's."""

from __future__ import annotations

import pytest
from spacy.language import Language
from tests.extract.conftest import direct_quotes_dated

pytestmark = pytest.mark.model


direct = direct_quotes_dated("2025-09-01")


def test_the_signers_own_words_in_between_keep_the_statement_his(nlp: Language) -> None:
    found = direct(nlp, "The Kano State Police Command has confirmed that ten people were killed in the attack.\n\n"
                        "In a press release issued by the Police Public Relations Officer, CSP Musa Lawal, the "
                        "attack occurred on Sunday evening.\n\nLawal also stated that calm has returned to the "
                        "villages.\n\nThe Command urged residents to remain calm and to help the security "
                        "agencies.\n\n\u201cThe attackers came in large numbers and opened fire on the "
                        "villagers,\u201d the statement read.")
    assert [q.speaker for q in found][-1] == "Musa Lawal"


def test_someone_else_quoted_in_between_still_breaks_the_statement(nlp: Language) -> None:
    found = direct(nlp, "In a press release issued by the Police Public Relations Officer, CSP Musa Lawal, the "
                        "attack occurred on Sunday evening.\n\n\u201cWe will rebuild every house,\u201d Governor "
                        "Abba Yusuf said.\n\nThe Command urged residents to remain calm.\n\n\u201cThe attackers "
                        "came in large numbers and opened fire on the villagers,\u201d the statement read.")
    assert [q.speaker for q in found][-1] != "Musa Lawal"
