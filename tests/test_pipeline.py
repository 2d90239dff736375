"""The pipeline's shape: order checked at start, non-English passes through, per-document purity."""

from __future__ import annotations

import pytest
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from sitroom.annotate import check_order
from sitroom.annotate.nlp import COMPONENTS
from sitroom.errors import SitroomError
from sitroom.models import Document
from sitroom.pipeline import chunked, is_extractable, process_documents


@Language.factory("test_needs_events", requires=["doc._.events"], assigns=["doc._.figures"])
def _needs_events(nlp: Language, name: str):  # type: ignore[no-untyped-def]
    return lambda doc: doc


@Language.factory("test_gives_events", assigns=["doc._.events"])
def _gives_events(nlp: Language, name: str):  # type: ignore[no-untyped-def]
    return lambda doc: doc


def test_pipeline_check_order_rejects_component_before_its_input() -> None:
    import sitroom.annotate.extensions  # noqa: F401  (registers doc._ attributes)

    nlp = spacy.blank("en")
    nlp.add_pipe("test_needs_events")
    nlp.add_pipe("test_gives_events")
    with pytest.raises(SitroomError) as info:
        check_order(nlp)
    assert info.value.code == "E501"
    assert "test_needs_events" in info.value.message


def test_pipeline_check_order_accepts_right_order() -> None:
    nlp = spacy.blank("en")
    nlp.add_pipe("test_gives_events")
    nlp.add_pipe("test_needs_events")
    check_order(nlp)  # no exception
    assert nlp.pipe_names == ["test_gives_events", "test_needs_events"]


def test_pipeline_components_are_declared_in_stage_modules() -> None:
    names = [name for name, _module in COMPONENTS]
    assert names[-1] == "sitroom_events"  # events read everything the others assign
    assert all(module.startswith(("sitroom.resolve.", "sitroom.extract.")) for _n, module in COMPONENTS)


def test_pipeline_non_english_documents_pass_through_unextracted() -> None:
    doc = Document(id="fr1", text="Le ministre a parlé.", source_path="a.txt", language="fr")
    assert not is_extractable(doc)
    # No model is needed for a document that is not extracted.
    results = list(process_documents([doc], nlp=spacy.blank("en")))
    assert results[0].skipped_reason == "language:fr"
    assert results[0].events == [] and results[0].document is doc


def test_pipeline_chunked_keeps_order_and_remainder() -> None:
    assert list(chunked(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]


@pytest.mark.model
def test_pipeline_full_nlp_passes_order_check(nlp: Language) -> None:
    names = nlp.pipe_names
    # the line-break component sets sentence starts, so it runs before the parser; the given-name and owned-place
    # ones mend the NER's entities right after it; the rest come after them
    assert names.index("sitroom_lines") < names.index("parser")
    assert (names.index("ner") < names.index("sitroom_given_names") < names.index("sitroom_owned_places")
            < names.index(COMPONENTS[0][0]))
    assert [n for n, _m in COMPONENTS] == [p for p in names if p.startswith("sitroom_")
                                           and p not in ("sitroom_lines", "sitroom_given_names",
                                                         "sitroom_owned_places")]
    doc = nlp(Doc(nlp.vocab, words=["Daesh", "attacked", "Mosul", "."]))
    assert doc._.events is not None


@pytest.mark.model
def test_pipeline_a_shared_lakes_record_has_its_listed_country(nlp: Language) -> None:
    # a strike on the Nigerian side of Lake Chad is Nigeria's event; the place record is the lake, in Chad as the
    # gazetteer lists it, so one lake has one country across the pages that name it
    text = ("Nigerian Air Force jets struck ISWAP fighters on islands of Lake Chad in Borno State, Nigeria, "
            "on Monday, killing 20 of them, the military said.")
    (result,) = process_documents([Document(id="d1", text=text, source_path="naf.txt", published="2024-05-08",
                                                  reference_date="2024-05-08")], nlp)
    lake = [p for p in result.places if p.name == "Lake Chad"]
    assert [p.country for p in lake] == ["TD"]
    assert [e.country for e in result.events] == ["NG"]
