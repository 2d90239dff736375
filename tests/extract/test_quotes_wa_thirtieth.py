"""Quote speakers on real-page habits (short sentences written for the tests): a broadcaster named after "national
television" is no person "he said" refers to, and a person whose given name is also a newspaper's one-word name
("Dawn") keeps the whole name."""

from __future__ import annotations

import pytest
from spacy.language import Language


@pytest.mark.model
def test_a_broadcaster_named_after_television_is_not_whom_he_refers_to(nlp: Language) -> None:
    # (real sentences of a Sahel page)
    text = ("Twenty soldiers and one civilian were killed on Tuesday June 25 in western Niger during an attack "
            "perpetrated by a “coalition of armed terrorist groups”announced the Ministry of Defense in a press "
            "release read on national television, Télé Sahel.\n\n"
            "He reports “21 martyrs including one civilian”, “nine injured treated at Gothèye hospital”.\n")
    speakers = [q.speaker for q in nlp(text)._.quotes]
    assert speakers == ["Nigerien Ministry of Defence"] * 3


@pytest.mark.model
def test_a_given_name_that_is_also_a_newspapers_name_stays_in_the_persons_name(nlp: Language) -> None:
    text = ('"The indictment alleges that the defendant attempted to support and join ISIS," said U.S. Attorney '
            "Dawn N. Ison for the Eastern District of Michigan.\n")
    doc = nlp(text)
    assert [q.speaker for q in doc._.quotes] == ["Dawn N. Ison"]
    assert "Dawn" not in [m.canonical for m in doc._.entity_mentions]


@pytest.mark.model
def test_the_newspaper_dawn_on_its_own_is_still_the_body(nlp: Language) -> None:
    doc = nlp("Dawn reported that three soldiers were killed in North Waziristan on Monday.\n")
    assert "Dawn" in [m.canonical for m in doc._.entity_mentions]
