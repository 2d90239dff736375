"""The entity stage's shortcut (speed, issue 8): whether an office word stands in a phrase, read by the phrase's
edges and the head list, answers as walking spaCy's subtree does."""

from __future__ import annotations

from spacy.language import Language

from sitroom.resolve.actors import _office_inside
from sitroom.resolve.persons import OFFICE


def test_office_inside_agrees_with_the_subtree(nlp: Language) -> None:
    doc = nlp("The mayor of Bunia, Jean-Pierre Bikilisende, said gunmen from the ADF, a group loyal to the "
              "Islamic State, killed the village chief and two farmers near the provincial governor's office.")
    marks: list[str | None] = [OFFICE if t.lower_ in ("mayor", "chief", "governor") else None for t in doc]
    for tok in doc:
        assert _office_inside(tok, marks) == any(marks[t.i] == OFFICE for t in tok.subtree)
    mayor = next(t for t in doc if t.lower_ == "mayor")
    assert _office_inside(mayor, marks)
    farmers = next(t for t in doc if t.lower_ == "farmers")
    assert not _office_inside(farmers, marks)
