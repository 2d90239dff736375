"""A line break between paragraphs ends a sentence; inside hard-wrapped text it does not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from sitroom.annotate import make_doc
from sitroom.annotate.lines import hard_wrapped


def test_lines_hard_wrapped_text_is_recognised() -> None:
    wrapped = ("A suicide bomber blew himself up during mass at a Christian church in\n"
               "Damascus Sunday killing more than 20 and injuring more than 60 others. The man\n"
               "targeted the Greek Orthodox Church of the Prophet Elias in the Syrian\n"
               "capital, the interior ministry said on Monday in a statement to reporters.\n")
    paragraphs = ("Over a dozen dead as gunmen attack shrine in Iran's Shiraz\n"
                  "Gunmen opened fire at a major Shia holy site in the southern city of Shiraz, killing 15.\n"
                  "The state-run IRNA news agency reported the toll.\n")
    assert hard_wrapped(wrapped) and not hard_wrapped(paragraphs)


@pytest.mark.model
def test_lines_headline_is_its_own_sentence(nlp: Language) -> None:
    doc = nlp(make_doc(nlp, "Over a dozen dead as gunmen attack shrine in Iran's Shiraz\n"
                            "The attack was claimed by Daesh, state media said.", "t", "2022-10-27"))
    assert [s.text.strip() for s in doc.sents][0] == "Over a dozen dead as gunmen attack shrine in Iran's Shiraz"


@pytest.mark.model
def test_lines_story_after_a_wire_dateline_starts_a_sentence(nlp: Language) -> None:
    # the parser made MOSCOW the subject of "killed" and the forces its apposition
    doc = nlp(make_doc(nlp, "MOSCOW (Reuters) – Russian counter-terrorism forces killed four militants in "
                            "the region of Dagestan, security services said on Wednesday.", "t", "2025-03-05"))
    killed = next(t for t in doc if t.text == "killed")
    assert [s.text.strip() for s in doc.sents][0] == "MOSCOW (Reuters) –"
    assert [c.text for c in killed.children if c.dep_ == "nsubj"] == ["forces"]
