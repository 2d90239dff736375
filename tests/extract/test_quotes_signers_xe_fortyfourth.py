"""Quote speakers (session 44, fix-xe), on short sentences written for the tests: a statement signed or put out by a
named person is that person's, when the parser hangs the agent on a second participle ("signed and made available
... by X") or the set-off "in a statement" on the subject ("X, the force's spokesman, in a statement, noted")."""

from __future__ import annotations

import pytest
from spacy.language import Language


def _speakers(nlp: Language, text: str) -> list[str | None]:
    return [q.speaker for q in nlp(text)._.quotes if q.direct]


@pytest.mark.model
def test_coordinated_participles_share_the_signer_of_the_statement(nlp: Language) -> None:
    text = ("Soldiers raided a militant camp in the north of the state.\n\n"
            "According to a statement signed and made available to reporters on Friday by the force's media "
            "officer, Major Daniel Okoro, the raid led to a long firefight.\n\n"
            "“The troops recovered three rifles and a large quantity of ammunition from the camp.”\n")
    assert _speakers(nlp, text) == ["Daniel Okoro"]


@pytest.mark.model
def test_in_a_statement_set_off_after_the_subject_makes_the_statement_the_subjects(nlp: Language) -> None:
    text = ("The commander said some leaders of the group had been killed.\n\n"
            "Colonel Peter Ndlovu, Chief of Public Information, HQ Sector Command, in a statement, noted that "
            "the force would pursue the rest.\n\n"
            "“The force will go after every remaining member of the group in the region,” the statement said.\n")
    assert _speakers(nlp, text) == ["Peter Ndlovu"]
